#!/usr/bin/env python3
"""Where the time of one process goes: each pipeline stage, in ms per document, over a corpus.

    python benchmarks/stages.py ../shared/corpora/quotes-dev/docs            # stage table
    python benchmarks/stages.py --profile 25 ../shared/corpora/quotes-dev/docs  # + cProfile, by module

The stage table wraps every function ``newsparse.extract.build_article`` calls (``zone`` and one
entry function per extractor) with a clock, so the figures carry no profiler overhead; it adds
reading and decoding, ``Article.to_dict`` and ``json.dumps`` (what ``extract --format jsonl``
does around the pipeline), and prints docs/s for the whole. ``--profile N`` then runs the corpus
under cProfile and prints the N functions with the most own time, and the own time summed per
module (which extractor module is hot, and by how much).
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import json
import os
import pstats
import sys
import time
from collections.abc import Callable
from typing import Any


def corpus(folder: str) -> list[str]:
    return sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names
                  if name.endswith((".txt", ".md")))


def stage_table(paths: list[str]) -> None:
    import newsparse.extract as pipeline
    from newsparse.decode import decode_bytes

    spent: collections.Counter[str] = collections.Counter()

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return run

    for name in dir(pipeline):
        fn = getattr(pipeline, name)
        if callable(fn) and not isinstance(fn, type) and getattr(fn, "__module__", "").startswith("newsparse.") \
                and name != "build_article":
            setattr(pipeline, name, timed(f"{fn.__module__}.{name}", fn))
    texts = []
    start = time.perf_counter()
    for path in paths:
        with open(path, "rb") as fh:
            texts.append(decode_bytes(fh.read())[0])
    spent["read + decode"] = time.perf_counter() - start
    pipeline.build_article(texts[0])  # first-use costs (lazy tables) are not a document's
    spent.clear()
    begin = time.perf_counter()
    for text in texts:
        article = pipeline.build_article(text)
        t0 = time.perf_counter()
        record = article.to_dict()
        t1 = time.perf_counter()
        json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        t2 = time.perf_counter()
        spent["model.to_dict"] += t1 - t0
        spent["json.dumps"] += t2 - t1
    total = time.perf_counter() - begin
    n = len(texts)
    print(f"{n} docs, {sum(map(len, texts)) / 1e6:.1f} M chars: {n / total:.0f} docs/s "
          f"({total * 1000 / n:.3f} ms/doc, reading and decoding not included)")
    print(f"{'stage':46s} {'ms/doc':>8s} {'share':>6s}")
    for stage, seconds in spent.most_common():
        print(f"{stage:46s} {seconds * 1000 / n:8.3f} {100 * seconds / total:5.0f}%")


def profile(paths: list[str], top: int) -> None:
    from newsparse.records import record_for_path

    record_for_path(paths[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        json.dumps(record_for_path(path), ensure_ascii=False, separators=(",", ":"))
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    by_module: collections.Counter[str] = collections.Counter()
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        marker = f"{os.sep}newsparse{os.sep}"
        module = filename.split(marker, 1)[1] if marker in filename else (
            "built-ins (regex, str, ...)" if filename == "~" else os.path.basename(filename))
        by_module[module] += own
    total = sum(by_module.values())
    print(f"{'own time by module (under cProfile)':46s} {'share':>6s}")
    for module, seconds in by_module.most_common(15):
        print(f"{module:46s} {100 * seconds / total:5.0f}%")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", help="a folder of articles (*.txt, *.md)")
    ap.add_argument("--profile", type=int, metavar="N", default=0, help="also print cProfile's top N functions")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    paths = corpus(args.folder)[: args.limit or None]
    if not paths:
        print(f"no *.txt or *.md under {args.folder}", file=sys.stderr)
        return 2
    stage_table(paths)
    if args.profile:
        profile(paths, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
