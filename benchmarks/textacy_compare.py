#!/usr/bin/env python3
"""newsparse against textacy (spaCy) on the same articles: documents per second for quotations.

textacy is never a dependency of newsparse: it lives in a scratch venv made for this comparison
(benchmarks/setup_textacy.sh), and this script runs it there in a child process.

    sh benchmarks/setup_textacy.sh /tmp/venv-textacy
    python benchmarks/textacy_compare.py --textacy-python /tmp/venv-textacy/bin/python \\
        --newsparse "newsparse" ../shared/corpora/quotes-dev/docs

textacy side: import spaCy and textacy, load the English model (timed apart: start-up), then
for each document run the spaCy pipeline and ``textacy.extract.triples.direct_quotations`` (its
quotation-and-speaker extractor, the closest to ours). newsparse side: the whole command,
``newsparse extract --format jsonl FOLDER`` (every extractor, not only quotations), timed as a
user runs it (best of three); its start-up is the same command on one document (best of five:
interpreter, imports, pattern compiles, place index). Both read the same files. Two ratios are
printed: documents per second after each side's start-up (textacy's parse time against
newsparse's time less its start-up), and with each side's start-up counted once.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time


def textacy_main(model: str, paths: list[str]) -> None:
    """Runs under the scratch venv's python: print one JSON object with the timings."""
    start = time.perf_counter()
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(model)
    loaded = time.perf_counter()
    quotes = failed = 0
    for path in paths:
        with open(path, "rb") as fh:
            text = fh.read().decode("utf-8", "replace")
        try:
            quotes += sum(1 for _ in direct_quotations(nlp(text)))
        except Exception:  # textacy raises on some quote-mark patterns (its issue #379)
            failed += 1
    done = time.perf_counter()
    print(json.dumps({"startup_s": loaded - start, "parse_s": done - loaded, "docs": len(paths), "quotes": quotes,
                      "failed": failed, "spacy": spacy.__version__, "model": model}))


def main() -> int:
    if sys.argv[1:2] == ["--_textacy"]:
        textacy_main(sys.argv[2], sys.argv[3:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", help="a folder of *.txt articles")
    ap.add_argument("--textacy-python", required=True, help="python of the scratch venv holding textacy")
    ap.add_argument("--model", default="en_core_web_sm", help="spaCy model package name")
    ap.add_argument("--newsparse", default="newsparse", help="the newsparse command (split like a shell)")
    ap.add_argument("--limit", type=int, default=200, help="documents to use (textacy takes ~0.2 s each)")
    args = ap.parse_args()
    paths = sorted(os.path.join(args.folder, n) for n in os.listdir(args.folder) if n.endswith(".txt"))[:args.limit]
    with tempfile.TemporaryDirectory() as tmp:  # the same documents in a folder of their own
        for path in paths:
            shutil.copyfile(path, os.path.join(tmp, os.path.basename(path)))
        ours_s, out = min(_timed([*shlex.split(args.newsparse), "extract", "--format", "jsonl", tmp])
                          for _ in range(3))
        # start-up: the same command on one document (imports, pattern compiles, place index load)
        ours_startup_s = min(_timed([*shlex.split(args.newsparse), "extract", "--format", "jsonl", paths[0]])[0]
                             for _ in range(5))
    ours_quotes = sum(len(json.loads(line).get("quotes") or []) for line in out.splitlines())
    child = subprocess.run([args.textacy_python, os.path.abspath(__file__), "--_textacy", args.model, *paths],
                           capture_output=True, text=True, check=False)
    if child.returncode:
        print(f"textacy run failed:\n{child.stderr[-2000:]}", file=sys.stderr)
        return 1
    theirs = json.loads(child.stdout.splitlines()[-1])
    ours_total = len(paths) / ours_s
    ours_rate = (len(paths) - 1) / max(ours_s - ours_startup_s, 1e-9)
    textacy_rate = theirs["docs"] / theirs["parse_s"]
    textacy_total = theirs["docs"] / (theirs["parse_s"] + theirs["startup_s"])
    print(f"{len(paths)} documents from {args.folder}")
    print(f"{'':44s} {'docs/s':>9s} {'start-up s':>11s} {'docs/s with start-up':>21s} {'quotes':>7s}")
    print(f"{'newsparse (every extractor, whole command)':44s} {ours_rate:9.0f} {ours_startup_s:11.2f} "
          f"{ours_total:21.0f} {ours_quotes:7d}")
    print(f"{'textacy ' + theirs['model'] + ' (quotations)':44s} {textacy_rate:9.1f} {theirs['startup_s']:11.2f} "
          f"{textacy_total:21.1f} {theirs['quotes']:7d}"
          + (f"  ({theirs['failed']} documents raised)" if theirs["failed"] else ""))
    print(f"ratio newsparse / textacy: {ours_rate / textacy_rate:.0f}x per document after start-up; "
          f"{ours_total / textacy_total:.0f}x with each one's start-up")
    return 0


def _timed(command: list[str]) -> tuple[float, bytes]:
    """Seconds the command took, and its standard output."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start, done.stdout


if __name__ == "__main__":
    sys.exit(main())
