"""Run a batch: every input to exactly one ``Result``, in input order, whatever fails.

``results(inputs, options, jobs, render)`` yields ``(input, result)`` pairs. ``render`` turns a
record into its output text (JSON Lines, JSON); it runs where the record is made, so with
``jobs > 1`` the workers parse *and* serialise, and the main process only writes text.

With ``jobs > 1`` files are parsed in worker processes (each with its own pipe), a bounded
window of chunks ahead of the writer, and yielded in input order, so the output is
byte-identical to ``jobs == 1``. A worker that dies takes no record with it: the chunk it was
parsing is retried one file per process, and the file that kills its process again gets an
error record (``WorkerDied``); a new worker takes the dead one's place and the batch goes on.
Standard input is always read in the main process. Ctrl-C (``KeyboardInterrupt`` in the main
process) terminates the workers at once. (``concurrent.futures`` is not used: terminating its
workers mid-result can leave its manager thread waiting forever, and it cannot tell which task
a dead worker was running.)

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
from ..pattern_cache import CACHE
from ..records import FileTooLargeError, Options, record_for_bytes, record_for_path, too_large
from .inputs import STDIN, Input

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

#: Files per task sent to a worker: large enough to amortise the hand-over, small enough to balance. The first
#: chunks are smaller (1, 2, 4, 8 files), so a batch of a few large files is shared among the workers too.
CHUNK = 16
#: How often an idle worker checks that the main process is still there.
_PARENT_CHECK_SECONDS = 0.5
#: Chunks parsed ahead of the writer, per worker (results wait their turn to keep input order).
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


def chunk_size(number: int) -> int:
    """How many files chunk ``number`` holds: 1, 2, 4, 8, then CHUNK (a few large files are shared out too).

    >>> [chunk_size(k) for k in range(6)]
    [1, 2, 4, 8, 16, 16]
    """
    return min(CHUNK, 1 << min(number, 4))


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


def _serve(conn: Connection, options: Options, render: Render | None, parent: int) -> None:
    """A worker process: parse the chunks it is sent until told to stop (None), the pipe closes or the main
    process is gone (killed: its pipe may stay open in a sibling worker, so the worker looks for itself)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    while True:
        try:
            while not conn.poll(_PARENT_CHECK_SECONDS):
                if os.getppid() != parent:
                    return
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        number, chunk = task
        conn.send((number, _work(chunk, options, render)))
        CACHE.flush()  # (the patterns this worker compiled, kept for the next run: it never reaches atexit)


class _Worker:
    """One worker process and its pipe, with the numbers of the chunks it was sent, oldest first."""

    def __init__(self, options: Options, render: Render | None) -> None:
        import multiprocessing

        self.conn, theirs = multiprocessing.Pipe()
        self.proc = multiprocessing.Process(target=_serve, args=(theirs, options, render, os.getpid()), daemon=True)
        self.proc.start()
        theirs.close()
        self.sent: deque[int] = deque()

    def send(self, number: int, chunk: list[Input]) -> None:
        self.conn.send((number, [(i.path, i.display) for i in chunk]))
        self.sent.append(number)

    def stop(self) -> None:
        """End the process now (Ctrl-C, a death, or the batch is done)."""
        if self.proc.is_alive():
            self.proc.terminate()
        self.proc.join(timeout=5)
        self.conn.close()


class _Pool:
    """Workers fed chunks in input order; each result is kept until its turn to be yielded.

    Every worker has its own pipe, so a worker that dies is known, and so is the chunk it was
    parsing: that chunk is retried one file per process, the chunks queued behind it are sent
    again, and a new worker takes its place.
    """

    PER_WORKER = 2  # chunks sent ahead to each worker, so none waits for the next one

    def __init__(self, jobs: int, options: Options, render: Render | None) -> None:
        self.options, self.render = options, render
        self.workers = [_Worker(options, render) for _ in range(jobs)]
        self.chunks: dict[int, list[Input]] = {}
        self.done: dict[int, list[Result]] = {}
        self.waiting: deque[int] = deque()  # chunks not sent yet (sent again after a death)

    def run(self, inputs: Iterator[Input]) -> Iterator[tuple[Input, Result]]:
        window = len(self.workers) * WINDOW_PER_JOB
        numbered, emit = 0, 0
        while True:
            while numbered - emit < window:
                chunk = list(islice(inputs, chunk_size(numbered)))
                if not chunk:
                    break
                self.chunks[numbered] = chunk
                self.waiting.append(numbered)
                numbered += 1
            if emit == numbered:
                return
            self._dispatch()  # keep every worker fed, also while results ahead of their turn are yielded
            while emit not in self.done:
                self._collect()
                self._dispatch()
            yield from zip(self.chunks.pop(emit), self.done.pop(emit), strict=True)
            emit += 1

    def _dispatch(self) -> None:
        for worker in list(self.workers):
            while self.waiting and len(worker.sent) < self.PER_WORKER:
                number = self.waiting.popleft()
                chunk = self.chunks[number]
                if any(i.path == STDIN or i.error is not None for i in chunk):
                    # stdin can be read only here; a chunk with it (or a listing error) is parsed here
                    self.done[number] = [result_of(one_record(i, self.options), self.render) for i in chunk]
                    continue
                try:
                    worker.send(number, chunk)
                except OSError:  # it died idle: the pipe is closed
                    self.waiting.appendleft(number)
                    self._replace(worker)
                    break

    def _collect(self) -> None:
        from multiprocessing.connection import wait

        busy = [w for w in self.workers if w.sent]
        ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy])
        for worker in busy:
            if worker.conn in ready or worker.proc.sentinel in ready:
                try:
                    number, done = worker.conn.recv()
                except (EOFError, OSError):
                    self._replace(worker)
                    continue
                worker.sent.remove(number)
                self.done[number] = done

    def _replace(self, dead: _Worker) -> None:
        """A worker died: its current chunk one file per process, the rest to be sent again."""
        dead.stop()
        if dead.sent:
            current, *queued = dead.sent
            self.done[current] = [_isolated(item, self.options, self.render) for item in self.chunks[current]]
            self.waiting.extendleft(reversed(queued))
        self.workers[self.workers.index(dead)] = _Worker(self.options, self.render)

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


def _parallel(inputs: Iterator[Input], options: Options, jobs: int,
              render: Render | None) -> Iterator[tuple[Input, Result]]:
    pool = _Pool(jobs, options, render)
    try:
        yield from pool.run(inputs)
    finally:
        pool.stop()


def _isolated(item: Input, options: Options, render: Render | None) -> Result:
    """Parse one file in a process of its own: its death becomes that file's error record."""
    from multiprocessing.connection import wait

    solo = _Worker(options, render)
    try:
        solo.send(0, [item])
        wait([solo.conn, solo.proc.sentinel])
        try:
            return solo.conn.recv()[1][0]
        except (EOFError, OSError):
            record = error_record(item.display, "WorkerDied", "the worker process parsing this file died")
            return result_of(record, render)
    finally:
        solo.stop()


def records(inputs: Iterable[Input], options: Options, jobs: int = 1) -> Iterator[tuple[Input, dict[str, Any]]]:
    """``(input, record)`` for every input, in order: for commands that need the records themselves."""
    for item, result in results(inputs, options, jobs):
        assert result.record is not None  # no render: the record travels whole
        yield item, result.record
