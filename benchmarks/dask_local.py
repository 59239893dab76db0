#!/usr/bin/env python3
"""--engine dask on a LocalCluster against the local engine, on the same scaled corpus.

    python benchmarks/dask_local.py ../shared/corpora/quotes-dev/docs --copies 10 --workers 1 2

Builds a folder of ``--copies`` copies of the corpus, then times, as a user runs them (start-up
included): ``newsparse extract --jobs 1``, ``--jobs N``, and ``--engine dask`` on a LocalCluster of
N worker processes (via the library call ``newsparse.engines.dask.run``, which takes the worker
count; the command sizes the cluster to the cores). Also times the cluster's start and stop
alone, and checks that every run wrote the same bytes. With ``--moto`` the corpus is also put in
an S3 emulator (moto's server mode, on this machine) and read from ``s3://`` by the same cluster:
that prices the object-store path (listing, one request per object, batched per partition), not a
real store's network latency. Needs ``pip install 'newsparse[dask-test]'``.
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


def dask_s3_run(folder: str, out: str, workers: int) -> tuple[float, float]:
    """(seconds to upload, seconds to extract s3://bench/corpus/) through a local moto server."""
    code = f"""
import os, socket, sys, time
import boto3, fsspec.config
from moto.server import ThreadedMotoServer
from newsparse.engines import dask
from newsparse.records import Options
with socket.socket() as s:
    s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False); server.start()
endpoint = f"http://127.0.0.1:{{port}}"
creds = dict(aws_access_key_id="x", aws_secret_access_key="x", region_name="us-east-1")
s3 = boto3.client("s3", endpoint_url=endpoint, **creds); s3.create_bucket(Bucket="bench")
start = time.perf_counter()
for name in sorted(os.listdir({folder!r})):
    s3.upload_file(os.path.join({folder!r}, name), "bench", "corpus/" + name)
uploaded = time.perf_counter() - start
fsspec.config.conf["s3"] = {{"endpoint_url": endpoint, "key": "x", "secret": "x"}}
start = time.perf_counter()
dask.run(["s3://bench/corpus/"], {out!r}, Options(), workers={workers})
print(uploaded, time.perf_counter() - start)
server.stop()
"""
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    uploaded, extracted = map(float, result.stdout.split())
    return uploaded, extracted


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
    ap.add_argument("--moto", action="store_true", help="also read the corpus from a local S3 emulator")
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
        if args.moto:
            n = max(args.workers)
            uploaded, extracted = dask_s3_run(folder, os.path.join(tmp, "s3.jsonl"), n)
            print(f"{f'dask, {n} worker(s), s3:// (moto, local)':40s} {extracted:8.2f} {docs / extracted:8.0f}"
                  f"  (upload took {uploaded:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
