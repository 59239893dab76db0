"""Run a batch: every input to exactly one record, in input order, whatever fails.

``records(inputs, options, jobs)`` yields ``(input, record)`` pairs. With ``jobs > 1`` files are
parsed in worker processes, a bounded window of chunks ahead of the writer, and yielded in
input order, so the output is byte-identical to ``jobs == 1``. A worker that dies takes no
record with it: its chunk is retried one file at a time in a fresh pool, and a file that
kills a worker again gets an error record (``WorkerDied``). Standard input is always read and
parsed in the main process.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from ..model import error_record
from ..records import Options, FileTooLargeError, record_for_bytes, record_for_path
from .inputs import STDIN, Input

#: Files per task sent to a worker: large enough to amortise the hand-over, small enough to balance.
CHUNK = 16
#: Chunks in flight per worker.
WINDOW_PER_JOB = 4

Pair = tuple[Input, dict[str, Any]]


def usable_cpus() -> int:
    """Cores this process may run on (affinity-aware)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def one_record(item: Input, options: Options) -> dict[str, Any]:
    """The record for one input (in this process)."""
    if item.error is not None:
        return error_record(item.display, *item.error)
    if item.path == STDIN:
        return _stdin_record(item, options)
    return record_for_path(item.path, options, item.display)


def records(inputs: Iterable[Input], options: Options, jobs: int = 1) -> Iterator[Pair]:
    """``(input, record)`` for every input, in order."""
    if jobs <= 1:
        for item in inputs:
            yield item, one_record(item, options)
        return
    yield from _parallel(iter(inputs), options, jobs)


def _stdin_record(item: Input, options: Options) -> dict[str, Any]:
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        return error_record(item.display, "OSError", "no standard input")
    try:
        data = stream.read(options.max_bytes + 1)
    except OSError as exc:
        return error_record(item.display, type(exc).__name__, exc.strerror or str(exc))
    if len(data) > options.max_bytes:
        return error_record(item.display, FileTooLargeError.__name__,
                            f"larger than --max-bytes ({options.max_bytes} bytes)")
    return record_for_bytes(data, item.display, options)


def _work(chunk: list[tuple[str, str]], options: Options) -> list[dict[str, Any]]:
    """Worker side: records for a chunk of (path, display) pairs."""
    return [record_for_path(path, options, display) for path, display in chunk]


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parallel(inputs: Iterator[Input], options: Options, jobs: int) -> Iterator[Pair]:
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
    pending: deque[tuple[list[Input], Future[list[dict[str, Any]]] | None]] = deque()
    window = jobs * WINDOW_PER_JOB
    try:
        while True:
            while len(pending) < window:
                chunk = list(islice(inputs, CHUNK))
                if not chunk:
                    break
                pending.extend(_submit(pool, chunk, options))
            if not pending:
                return
            chunk, future = pending.popleft()
            if future is None:  # stdin or a listing error: done here
                yield chunk[0], one_record(chunk[0], options)
                continue
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
                retry = [(chunk, None)] + [(c, None) for c, _ in pending]
                pending.clear()
                for c, _ in retry:
                    for item in c:
                        yield item, _isolated(item, options)
                continue
            yield from zip(chunk, results)
    finally:
        _stop(pool)


def _submit(pool: ProcessPoolExecutor, chunk: list[Input], options: Options):
    """Split a chunk into worker tasks and main-process items, keeping order."""
    run: list[Input] = []
    out: list[tuple[list[Input], Future | None]] = []
    for item in chunk:
        if item.path == STDIN or item.error is not None:
            if run:
                out.append((run, pool.submit(_work, [(i.path, i.display) for i in run], options)))
                run = []
            out.append(([item], None))
        else:
            run.append(item)
    if run:
        out.append((run, pool.submit(_work, [(i.path, i.display) for i in run], options)))
    return out


def _isolated(item: Input, options: Options) -> dict[str, Any]:
    """Parse one file in a process of its own: a crash becomes that file's error record."""
    if item.path == STDIN or item.error is not None:
        return one_record(item, options)
    with ProcessPoolExecutor(max_workers=1, initializer=_ignore_sigint) as solo:
        try:
            return solo.submit(_work, [(item.path, item.display)], options).result()[0]
        except BrokenProcessPool:
            return error_record(item.display, "WorkerDied", "the worker process parsing this file died")


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool down now: pending work cancelled, running workers terminated."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public handle on the workers
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
