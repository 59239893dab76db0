"""Run a batch: every input to exactly one ``Result``, in input order, whatever fails.

``results(inputs, options, jobs, render)`` yields ``(input, result)`` pairs. ``render`` turns a
record into its output text (JSON Lines, JSON); it runs where the record is made, so with
``jobs > 1`` the workers parse *and* serialise, and the main process only writes text.

With ``jobs > 1`` files are parsed in worker processes, a bounded window of chunks ahead of
the writer, and yielded in input order, so the output is byte-identical to ``jobs == 1``. A
worker that dies takes no record with it: the chunks in flight are retried one file at a time,
each in a process of its own, and a file that kills its process again gets an error record
(``WorkerDied``); the batch goes on with a fresh pool. Standard input is always read in the
main process. Ctrl-C (``KeyboardInterrupt`` in the main process) stops the workers at once.

>>> from newsparse.cli.inputs import Input
>>> [(r.path, r.error["type"]) for _, r in results([Input("nope.txt", "nope.txt", "nope.txt")], BATCH_OPTIONS)]
[('nope.txt', 'FileNotFoundError')]
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import error_record
from ..records import FileTooLargeError, Options, record_for_bytes, record_for_path, too_large
from .inputs import STDIN, Input

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

#: Files per task sent to a worker: large enough to amortise the hand-over, small enough to balance.
CHUNK = 16
#: Chunks in flight per worker.
WINDOW_PER_JOB = 8
BATCH_OPTIONS = Options()

Render = Callable[[dict[str, Any]], str]


class Result(NamedTuple):
    """One input's outcome: what the batch loop reports and what the writer writes."""

    path: str | None
    error: dict[str, str] | None  # {"type", "message"} (and "traceback" with -vv) for a failed input
    quotes: int
    figures: int
    text: str | None  # the record as ``render`` wrote it, when a render was given
    record: dict[str, Any] | None  # the record itself, when no render was given (table)


def result_of(record: dict[str, Any], render: Render | None) -> Result:
    """Reduce a record to what the main process needs: its text, or the record for a table."""
    return Result(record.get("path"), record.get("error"), len(record.get("quotes") or ()),
                  len(record.get("figures") or ()), render(record) if render else None,
                  None if render else record)


def usable_cpus() -> int:
    """Cores this process may run on (affinity-aware)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def one_record(item: Input, options: Options) -> dict[str, Any]:
    """The record for one input, made in this process."""
    if item.error is not None:
        return error_record(item.display, *item.error)
    if item.path == STDIN:
        return _stdin_record(item, options)
    return record_for_path(item.path, options, item.display)


def results(inputs: Iterable[Input], options: Options, jobs: int = 1,
            render: Render | None = None) -> Iterator[tuple[Input, Result]]:
    """``(input, result)`` for every input, in order."""
    if jobs <= 1:
        for item in inputs:
            yield item, result_of(one_record(item, options), render)
        return
    yield from _parallel(iter(inputs), options, jobs, render)


def _stdin_record(item: Input, options: Options) -> dict[str, Any]:
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        return error_record(item.display, "OSError", "no standard input")
    try:
        data = stream.read(options.max_bytes + 1)
    except OSError as exc:
        return error_record(item.display, type(exc).__name__, exc.strerror or str(exc))
    if len(data) > options.max_bytes:
        return error_record(item.display, FileTooLargeError.__name__, too_large(None, options.max_bytes))
    return record_for_bytes(data, item.display, options)


def _work(chunk: list[tuple[str, str]], options: Options, render: Render | None) -> list[Result]:
    """Worker side: results for a chunk of (path, display) pairs."""
    return [result_of(record_for_path(path, options, display), render) for path, display in chunk]


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(jobs: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor  # only batches with --jobs pay for the import

    return ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)


def _parallel(inputs: Iterator[Input], options: Options, jobs: int,
              render: Render | None) -> Iterator[tuple[Input, Result]]:
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(jobs)
    pending: deque[tuple[list[Input], Future[list[Result]] | None]] = deque()
    window = jobs * WINDOW_PER_JOB
    try:
        while True:
            while len(pending) < window:
                chunk = list(islice(inputs, CHUNK))
                if not chunk:
                    break
                pending.extend(_submit(pool, chunk, options, render))
            if not pending:
                return
            chunk, future = pending.popleft()
            if future is None:  # stdin or a listing error: done here
                yield chunk[0], result_of(one_record(chunk[0], options), render)
                continue
            try:
                done = future.result()
            except BrokenProcessPool:
                _stop(pool)
                retry = [chunk] + [c for c, _ in pending]
                pending.clear()
                for items in retry:
                    for item in items:
                        yield item, _isolated(item, options, render)
                pool = _pool(jobs)
                continue
            yield from zip(chunk, done, strict=True)
    finally:
        _stop(pool)


def _submit(pool: ProcessPoolExecutor, chunk: list[Input], options: Options,
            render: Render | None) -> list[tuple[list[Input], Future[list[Result]] | None]]:
    """Split a chunk into worker tasks and main-process items, keeping order."""
    run: list[Input] = []
    out: list[tuple[list[Input], Future[list[Result]] | None]] = []
    for item in chunk:
        if item.path == STDIN or item.error is not None:
            if run:
                out.append((run, pool.submit(_work, [(i.path, i.display) for i in run], options, render)))
                run = []
            out.append(([item], None))
        else:
            run.append(item)
    if run:
        out.append((run, pool.submit(_work, [(i.path, i.display) for i in run], options, render)))
    return out


def _isolated(item: Input, options: Options, render: Render | None) -> Result:
    """Parse one file in a process of its own: a crash becomes that file's error record."""
    from concurrent.futures.process import BrokenProcessPool

    if item.path == STDIN or item.error is not None:
        return result_of(one_record(item, options), render)
    solo = _pool(1)
    try:
        return solo.submit(_work, [(item.path, item.display)], options, render).result()[0]
    except BrokenProcessPool:
        record = error_record(item.display, "WorkerDied", "the worker process parsing this file died")
        return result_of(record, render)
    finally:
        _stop(solo)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool down now: pending work cancelled, running workers terminated and reaped."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public handle on the workers
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=5)


def records(inputs: Iterable[Input], options: Options, jobs: int = 1) -> Iterator[tuple[Input, dict[str, Any]]]:
    """``(input, record)`` for every input, in order: for commands that need the records themselves."""
    for item, result in results(inputs, options, jobs):
        assert result.record is not None  # no render: the record travels whole
        yield item, result.record
