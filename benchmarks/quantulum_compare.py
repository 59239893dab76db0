#!/usr/bin/env python3
"""newsparse against quantulum3 on the figures corpora: detection, value, unit, end-to-end, docs/s.

quantulum3 is never a dependency of newsparse: it lives in a scratch venv made for this comparison
(benchmarks/setup_quantulum.sh), and this script runs it there in a child process.

    sh benchmarks/setup_quantulum.sh /tmp/venv-quantulum
    python benchmarks/quantulum_compare.py --quantulum-python /tmp/venv-quantulum/bin/python \\
        --newsparse "newsparse" ../shared/corpora/figures-news-dev ../shared/corpora/figures-dev

Both systems are scored by the project's scorer (``../shared/eval/score_figures.py --pred FILE CORPUS``)
on the same files. quantulum3 side: import it (and, with its ``classifier`` extra, load the unit
classifier on a first short sentence: timed apart as start-up), then ``quantulum3.parser.parse(text)``
on each document, read as the scorer reads it (UTF-8, line ends kept). ``--no-classifier`` turns the
classifier off (``quantulum3.classifier.USE_CLF = False``: what ``pip install quantulum3`` without the
extra gives). newsparse side: the whole command, ``newsparse extract --format jsonl CORPUS/docs``, start-up
included, timed as a user runs it. docs/s is per corpus: newsparse whole command, quantulum3 parse only.

Conversion of a quantulum3 ``Quantity`` to a contract figure (``figures[]`` of ../shared/eval/CONTRACT.md):

* ``start``/``end``: ``Quantity.span`` (code-point offsets into the text given to ``parse``, which is the
  document as the scorer reads it); ``text`` is the document's text over that span.
* ``value``: ``Quantity.value`` as it is (quantulum3 applies scale words itself: ``$2.5 billion`` ->
  2500000000; a percent keeps the number written, 12 for ``12%``, as the contract's gold does).
* a range (quantulum3 gives one quantity: the midpoint, with the half-width as ``uncertainty``, e.g.
  ``13-22`` -> 17.5 ± 4.5) becomes the contract's two figures, ``value - uncertainty`` over the text
  before the dash/``to``/``and`` and ``value + uncertainty`` over the text after it; ``2.5 ± 0.1`` stays one
  figure (an uncertainty, not a range).
* ``unit`` (see ``contract_unit``):
  - a currency with an ISO 4217 code (``Unit.currency_code``: ``$`` and ``dollar`` -> USD, ``pound
    sterling`` -> GBP, ``euro`` -> EUR, ...) -> that code; a currency without one (``cent``) -> its name;
  - ``percentage`` -> ``percent``;
  - quantulum3's bare numbers (``dimensionless``, ``count``, ``unk``) -> null;
  - a measure or duration that the contract names -> the contract's code (``UNIT_CODES``: ``kilometre``
    -> km, ``pound-mass`` -> lb, ``tonne`` -> t, ``degree Celsius`` -> °C, ``mile per hour`` -> mph,
    ``barrel per day`` -> bbl/d, ``year`` -> years, ``second`` -> s, ...);
  - any other unit -> quantulum3's unit name as it is (``dozen``, ``basis point``, ``minute of arc``, and
    the composite units it builds from unknown words: ``dlrs`` -> ``decilitre south african rand second``).
    The scorer reads an unknown name as a counted noun (its last word), which is never worse for the peer
    than null: a bare-number gold accepts a counted noun, a vocabulary gold rejects both.
  quantulum3 never names what is counted (``500 Canadian troops`` -> 500, dimensionless), so a counted
  noun in the gold is a unit miss for it; nothing here guesses one from the text.

Every choice above is the one that reads quantulum3's own answer most favourably without adding
anything it did not find; the doctests below pin the mapping (``python -m doctest benchmarks/quantulum_compare.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score_figures.py"

# quantulum3 unit names (units.json, with its prefixed forms) -> the contract's codes (the scorer's vocabulary)
UNIT_CODES = {
    "percentage": "percent",
    "kilometre": "km", "metre": "m", "centimetre": "cm", "millimetre": "mm", "decimetre": "dm", "picometre": "pm",
    "mile": "mi", "yard": "yd", "foot": "ft", "inch": "in",
    "kilogram": "kg", "gram": "g", "milligram": "mg", "microgram": "µg", "pound-mass": "lb", "ounce": "oz",
    "tonne": "t", "ton": "ton", "short ton": "ton",
    "litre": "l", "millilitre": "ml", "centilitre": "cl", "gallon": "gal", "barrel": "bbl", "barrel per day": "bbl/d",
    "acre": "acre", "square metre": "m2", "square kilometre": "km2", "square mile": "mi2",
    "cubic kilometre": "km3", "cubic centimetre": "cm3", "cubic foot": "ft3",
    "degree Celsius": "°C", "degree fahrenheit": "°F", "kelvin": "K",
    "kilometre per hour": "km/h", "mile per hour": "mph",
    "year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours", "minute": "minutes",
    "second": "s",
}
# quantulum3's names for a number with no unit
BARE_NUMBER = {"dimensionless", "count", "unk"}
# the two ends of a range in quantulum3's surface: "13-22", "30 to 40 percent", "between 5 and 10"
RANGE_SPLIT = re.compile(r"\d\s*(?:-|–|—|\bto\b|\band\b)\s*(?=\S)")


def contract_unit(name: str, currency_code: str | None = None) -> str | None:
    """The contract's unit for a quantulum3 unit (its ``name`` and ``currency_code``).

    >>> contract_unit("dollar", "USD"), contract_unit("pound sterling", "GBP"), contract_unit("cent")
    ('USD', 'GBP', 'cent')
    >>> contract_unit("percentage"), contract_unit("dimensionless"), contract_unit("count")
    ('percent', None, None)
    >>> contract_unit("kilometre"), contract_unit("degree fahrenheit"), contract_unit("year")
    ('km', '°F', 'years')
    >>> contract_unit("decilitre south african rand second"), contract_unit("dozen")
    ('decilitre south african rand second', 'dozen')
    """
    if currency_code:
        return currency_code
    if name in BARE_NUMBER:
        return None
    return UNIT_CODES.get(name, name)


def to_figures(text: str, quantity: dict) -> list[dict]:
    """Contract figures for one quantulum3 quantity (as the child prints it: span, value, uncertainty, unit).

    >>> doc = "Shares rose 13-22 percent."
    >>> q = {"span": [12, 25], "value": 17.5, "uncertainty": 4.5, "unit": "percentage", "currency_code": None}
    >>> [(f["text"], f["value"], f["unit"]) for f in to_figures(doc, q)]
    [('13', 13.0, 'percent'), ('22 percent', 22.0, 'percent')]
    >>> doc = "It weighs 2.5±0.1 kg."
    >>> q = {"span": [10, 20], "value": 2.5, "uncertainty": 0.1, "unit": "kilogram", "currency_code": None}
    >>> to_figures(doc, q)
    [{'text': '2.5±0.1 kg', 'start': 10, 'end': 20, 'value': 2.5, 'unit': 'kg'}]
    """
    start, end = quantity["span"]
    unit = contract_unit(quantity["unit"], quantity.get("currency_code"))
    surface = text[start:end]
    spread = quantity.get("uncertainty")
    split = RANGE_SPLIT.search(surface) if spread and "±" not in surface else None
    if split is None:
        return [{"text": surface, "start": start, "end": end, "value": quantity["value"], "unit": unit}]
    low_end, high_start = start + split.start() + 1, start + split.end()
    return [{"text": text[start:low_end], "start": start, "end": low_end, "value": quantity["value"] - spread,
             "unit": unit},
            {"text": text[high_start:end], "start": high_start, "end": end, "value": quantity["value"] + spread,
             "unit": unit}]


def quantulum_main(use_classifier: bool, paths: list[str]) -> None:
    """Runs under the scratch venv's python: one JSON line per document, then one with the timings."""
    import warnings

    warnings.simplefilter("ignore")  # its "classifier dependencies not installed" notice
    start = time.perf_counter()
    import quantulum3
    from quantulum3 import classifier, parser

    classifier.USE_CLF = classifier.USE_CLF and use_classifier
    parser.parse("It cost $3 and weighed 3 pounds.")  # loads the unit tables (and the classifier, when used)
    loaded = time.perf_counter()
    failed = 0
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:  # as the scorer reads the gold's offsets
            text = fh.read()
        try:
            found = parser.parse(text)
        except Exception:  # a document it cannot parse yields no figures, as a failed newsparse document would
            failed += 1
            found = []
        quantities = [{"span": list(q.span), "value": q.value, "uncertainty": q.uncertainty, "unit": q.unit.name,
                       "currency_code": q.unit.currency_code} for q in found]
        print(json.dumps({"path": path, "quantities": quantities}, ensure_ascii=False))
    done = time.perf_counter()
    print(json.dumps({"startup_s": loaded - start, "parse_s": done - loaded, "docs": len(paths), "failed": failed,
                      "version": quantulum3.__version__ if hasattr(quantulum3, "__version__") else "?",
                      "classifier": classifier.USE_CLF}))


def score(scorer: str, pred_file: str, corpus: str) -> dict:
    out = subprocess.run([sys.executable, scorer, "--json", "--pred", pred_file, corpus],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def run_quantulum(python: str, use_classifier: bool, corpus: str, pred_file: str) -> dict:
    docs = os.path.join(corpus, "docs")
    paths = sorted(os.path.join(docs, n) for n in os.listdir(docs) if n.endswith(".txt"))
    child = subprocess.run([python, os.path.abspath(__file__), "--_quantulum", str(int(use_classifier)), *paths],
                           capture_output=True, text=True, check=False)
    if child.returncode:
        raise SystemExit(f"quantulum3 run failed:\n{child.stderr[-2000:]}")
    *rows, timings = (json.loads(line) for line in child.stdout.splitlines())
    with open(pred_file, "w", encoding="utf-8") as out:
        for row in rows:
            with open(row["path"], encoding="utf-8", newline="") as fh:
                text = fh.read()
            figures = [f for q in row["quantities"] for f in to_figures(text, q)]
            out.write(json.dumps({"path": row["path"], "figures": figures}, ensure_ascii=False) + "\n")
    return timings


def run_newsparse(command: str, corpus: str, pred_file: str) -> float:
    start = time.perf_counter()
    out = subprocess.run([*shlex.split(command), "extract", "--format", "jsonl", os.path.join(corpus, "docs")],
                         capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    with open(pred_file, "wb") as fh:
        fh.write(out.stdout)
    return elapsed


def table_row(name: str, res: dict, docs_per_s: float, startup: str) -> str:
    return (f"| {name} | {res['detection']['f1']:.3f} | {res['value_accuracy']['accuracy']:.3f} | "
            f"{res['unit_accuracy']['accuracy']:.3f} | {res['end_to_end']['f1']:.3f} | {docs_per_s:.1f} | {startup} |")


def main() -> int:
    if sys.argv[1:2] == ["--_quantulum"]:
        quantulum_main(sys.argv[2] == "1", sys.argv[3:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", help="figures corpus folders (docs/ and gold.jsonl)")
    ap.add_argument("--quantulum-python", required=True, help="python of the scratch venv holding quantulum3")
    ap.add_argument("--newsparse", default="newsparse", help="the newsparse command (split like a shell)")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER), help="score_figures.py (default: %(default)s)")
    ap.add_argument("--no-classifier", action="store_true", help="quantulum3 without its unit classifier")
    ap.add_argument("--keep", metavar="DIR", help="keep the prediction files here (for --errors runs of the scorer)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.keep or tmp
        os.makedirs(out_dir, exist_ok=True)
        for corpus in args.corpora:
            name = os.path.basename(os.path.normpath(corpus))
            theirs_file = os.path.join(out_dir, f"{name}.quantulum3.jsonl")
            ours_file = os.path.join(out_dir, f"{name}.newsparse.jsonl")
            theirs = run_quantulum(args.quantulum_python, not args.no_classifier, corpus, theirs_file)
            ours_s = run_newsparse(args.newsparse, corpus, ours_file)
            ours, their_res = score(args.scorer, ours_file, corpus), score(args.scorer, theirs_file, corpus)
            label = f"quantulum3 {theirs['version']}" + (" + classifier" if theirs["classifier"] else "")
            print(f"\n{name}: {ours['docs']} documents, {ours['detection']['gold']} gold figures")
            print("| system | detection F1 | value acc | unit acc | end-to-end F1 | docs/s | start-up s |")
            print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
            print(table_row("newsparse (whole command)", ours, ours["docs"] / ours_s, "(in)"))
            print(table_row(f"{label} (parse only)", their_res, theirs["docs"] / theirs["parse_s"],
                            f"{theirs['startup_s']:.2f}"))
            if theirs["failed"]:
                print(f"({theirs['failed']} documents raised in quantulum3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
