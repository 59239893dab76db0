#!/bin/sh
# A scratch venv holding quantulum3, for benchmarks/quantulum_compare.py only. newsparse never depends on quantulum3.
# quantulum3 0.9.2 with its "classifier" extra (scikit-learn, which disambiguates units such as "pound"). The
# classifier it ships (clf.joblib) was pickled with scikit-learn 1.5.0 and does not load with 1.6 or later
# ("Can't get attribute 'Log'"), so scikit-learn is pinned to the version that wrote it.
# Without the extra (as a bare "pip install quantulum3" gives), run the comparison with --no-classifier.
set -eu
VENV=${1:-/tmp/venv-quantulum}
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q 'quantulum3[classifier]==0.9.2' 'scikit-learn==1.5.0' 'setuptools<81'
"$VENV/bin/python" -W ignore -c "from quantulum3 import classifier, parser; parser.parse('It cost 3 pounds.'); \
print('quantulum3 ok, classifier', classifier.USE_CLF)"
