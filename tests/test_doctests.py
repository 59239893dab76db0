"""The input/output examples in every module docstring hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsparse

MODULES = sorted(m.name for m in pkgutil.walk_packages(newsparse.__path__, "newsparse."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra (e.g. dask) that is not installed
        pytest.skip(f"optional dependency missing: {exc}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
