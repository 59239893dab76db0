"""Engines that run ``newsparse extract`` somewhere other than this process and its workers.

Only ``dask`` so far (``pip install 'newsparse[dask]'``); importing it without the extra raises
``ImportError``, which the command turns into a one-line message.
"""
