"""Where the time goes: milliseconds per document for each stage of the pipeline.

    python benchmarks/profile_stages.py                       # quotes-dev
    python benchmarks/profile_stages.py CORPUS_DIR --rounds 5
    python benchmarks/profile_stages.py --cprofile 25         # and the 25 hottest functions by own time

Each stage runs as ``extract.build_article`` runs it, on the documents read and decoded beforehand
(decoding is timed apart); the best of ``--rounds`` rounds is reported for each stage, so a noisy
round does not count, in CPU time of this process (other load on the machine counts less). ``total``
is one whole ``newsparse.parse`` per document, ``to_dict`` the record built from it (``json`` its
serialisation as the CLI writes it), ``per file`` what ``newsparse extract`` does for each input but
write it: read, decode, parse (within the time budget), record, serialise.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsparse.cli.output import dumps
from newsparse.decode import decode_bytes
from newsparse.extract import build_article
from newsparse.extract.byline import extract_authors
from newsparse.extract.dateline import extract_dateline
from newsparse.extract.figures import extract_figures
from newsparse.extract.footer import extract_footer
from newsparse.extract.quotes import find_quotes
from newsparse.extract.speakers import attribute
from newsparse.extract.title import extract_title
from newsparse.records import record_for_path
from newsparse.zones import zone

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "quotes-dev" / "docs"


def best_of(rounds: int, run: Callable[[], object]) -> float:
    """The fastest of ``rounds`` runs, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="folder of articles")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per stage; the best counts")
    parser.add_argument("--cprofile", type=int, metavar="N", default=0, help="also list the N hottest functions")
    args = parser.parse_args()
    paths = sorted(p for p in args.corpus.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())
    raw = [p.read_bytes() for p in paths]
    texts = [decode_bytes(data)[0] for data in raw]
    docs = [zone(t) for t in texts]
    quotes = [find_quotes(d) for d in docs]
    articles = [build_article(t) for t in texts]
    records = [a.to_dict() for a in articles]
    stages: list[tuple[str, Callable[[], object]]] = [
        ("decode", lambda: [decode_bytes(data) for data in raw]),
        ("zones", lambda: [zone(t) for t in texts]),
        ("title", lambda: [extract_title(d) for d in docs]),
        ("dateline", lambda: [extract_dateline(d) for d in docs]),
        ("byline", lambda: [extract_authors(d) for d in docs]),
        ("footer", lambda: [extract_footer(d) for d in docs]),
        ("quotes", lambda: [find_quotes(d) for d in docs]),
        ("speakers", lambda: [attribute(d, q) for d, q in zip(docs, quotes, strict=True)]),
        ("figures", lambda: [extract_figures(d) for d in docs]),
        ("to_dict", lambda: [a.to_dict() for a in articles]),
        ("json", lambda: [dumps(r, "jsonl") for r in records]),
        ("total", lambda: [build_article(t) for t in texts]),
        ("per file", lambda: [dumps(record_for_path(str(p)), "jsonl") for p in paths]),
    ]
    n = len(texts)
    print(f"{n} documents, {sum(map(len, texts)) / n:,.0f} characters each on average; best of {args.rounds}")
    for name, run in stages:
        seconds = best_of(args.rounds, run)
        print(f"{name:10} {1000 * seconds / n:7.3f} ms/doc")
    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
        for t in texts:
            build_article(t)
        profile.disable()
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(args.cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
