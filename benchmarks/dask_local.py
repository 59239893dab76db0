#!/usr/bin/env python3
"""--engine dask on a LocalCluster against the local engine, on the same scaled corpus.

    python benchmarks/dask_local.py ../shared/corpora/quotes-dev/docs --copies 10 --workers 1 2

Builds a folder of ``--copies`` copies of the corpus, then times, as a user runs them (start-up
included): ``newsparse extract --jobs 1``, ``--jobs N``, and ``--engine dask`` on a LocalCluster of
N worker processes (via the library call ``newsparse.engines.dask.run``, which takes the worker
count; the command sizes the cluster to the cores). Also times the cluster's start and stop
alone, and checks that every run wrote the same bytes. Needs ``pip install 'newsparse[dask]'``.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time


def build(src: str, dest: str, copies: int) -> int:
    names = sorted(n for n in os.listdir(src) if n.endswith(".txt"))
    for copy in range(copies):
        for name in names:
            shutil.copyfile(os.path.join(src, name), os.path.join(dest, f"{copy:03d}-{name}"))
    return len(names) * copies


def timed(argv: list[str], out: str) -> float:
    start = time.perf_counter()
    with open(out, "wb") as fh:
        subprocess.run(argv, stdout=fh, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def dask_run(folder: str, out: str, workers: int) -> float:
    code = ("import sys\nfrom newsparse.engines import dask\nfrom newsparse.records import Options\n"
            f"dask.run([{folder!r}], {out!r}, Options(), workers={workers})\n")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cluster_overhead(workers: int) -> float:
    code = ("from newsparse.engines.dask import _client\n"
            f"with _client(None, {workers}) as client:\n    client.submit(len, [1]).result()\n")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="a folder of *.txt articles")
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--newsparse", default=os.path.join(os.path.dirname(sys.executable), "newsparse"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "corpus")
        os.mkdir(folder)
        docs = build(args.corpus, folder, args.copies)
        size = sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder)) / 1e6
        print(f"{docs} documents, {size:.1f} MB; {os.cpu_count()} CPUs")
        print(f"{'run':40s} {'seconds':>8s} {'docs/s':>8s}")
        reference = os.path.join(tmp, "jobs1.jsonl")
        rows = [("local, --jobs 1", timed([args.newsparse, "extract", "-f", "jsonl", "-j", "1", folder], reference),
                 reference)]
        for n in args.workers:
            if n > 1:
                out = os.path.join(tmp, f"jobs{n}.jsonl")
                rows.append((f"local, --jobs {n}", timed([args.newsparse, "extract", "-f", "jsonl", "-j", str(n),
                                                           folder], out), out))
            out = os.path.join(tmp, f"dask{n}.jsonl")
            rows.append((f"dask LocalCluster, {n} worker(s)", dask_run(folder, out, n), out))
        for label, seconds, out in rows:
            same = "" if filecmp.cmp(out, reference, shallow=False) else "  OUTPUT DIFFERS"
            print(f"{label:40s} {seconds:8.2f} {docs / seconds:8.0f}{same}")
        for n in args.workers:
            print(f"{f'LocalCluster start + stop, {n} worker(s)':40s} {cluster_overhead(n):8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
