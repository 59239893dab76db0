"""One input in, one JSON record out: the unit of work every engine (single, --jobs, Dask) runs.

>>> rec = record_for_bytes(b'PARIS (AFP) - "We go," he said.', "a.txt")
>>> rec["path"], rec["dateline"]["agency"], rec["encoding"]
('a.txt', 'AFP', 'utf-8')
>>> record_for_bytes(b"\\x00\\x01\\x02binary", "b.txt")["error"]["type"]
'BinaryFileError'

Whatever goes wrong with one input becomes its error record ``{"path", "schema_version",
"error": {"type", "message"}}``; nothing here raises for a bad file. The functions are
module-level and their arguments picklable, so worker processes can run them.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .model import error_record

#: Default --max-bytes: a file larger than this gets an error record instead of being read.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: Default per-file time budget in seconds (--timeout); 0 turns it off.
DEFAULT_TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class Options:
    """How each input is read and parsed; the same for every file of a batch."""

    encoding: str | None = None
    reference_date: datetime.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    debug: bool = False  # attach the traceback to error records (-vv)
    timed: bool = False  # add "parse_seconds" to each record (newsparse stats); extract never sets it


class FileTooLargeError(ValueError):
    """The file is larger than --max-bytes."""


class TimeBudgetError(RuntimeError):
    """Parsing the file took longer than the per-file time budget."""


def record_for_path(path: str, options: Options = Options(), display: str | None = None) -> dict[str, Any]:
    """Read ``path`` and return its record; ``display`` is the path to report (default: ``path``)."""
    shown = path if display is None else display
    try:
        data = read_limited(path, options.max_bytes)
    except (OSError, FileTooLargeError) as exc:
        return error_record(shown, type(exc).__name__, _message(exc))
    return record_for_bytes(data, shown, options)


def record_for_bytes(data: bytes, path: str | None, options: Options = Options()) -> dict[str, Any]:
    """Decode and parse ``data``; the record, or the error record of what failed."""
    from . import parse_bytes

    if len(data) > options.max_bytes:
        return error_record(path, "FileTooLargeError", f"larger than --max-bytes ({options.max_bytes} bytes)")
    if options.timed:
        _warm_pipeline()  # (the pipeline's imports and first compiles are no file's parse time)
    started = time.perf_counter()
    try:
        with time_budget(options.timeout):
            record = parse_bytes(data, path=path, encoding=options.encoding,
                                 reference_date=options.reference_date).to_dict()
    except Exception as exc:  # one honest error record per input, whatever failed
        record = error_record(path, type(exc).__name__, _message(exc))
        if options.debug:
            import traceback

            record["error"]["traceback"] = traceback.format_exc()
    if options.timed:
        record["parse_seconds"] = time.perf_counter() - started
    return record


#: Short stories with a dateline (in ASCII and not), a quote, a pronoun, a figure, a footer and front matter with a
#: date: parsed once before timed parses, so that the extractors' lazy imports and patterns (the place index,
#: dateutil) are loaded before the clock runs.
_WARM_STORIES = (
    b'Title\n\nLONDON, March 3 (Reuters) - Tom Reyes, the mayor, spoke. "We won 52 percent," he said. '
    b'The $2.5 billion plan passed.\n\n---\n\n**The Ledger**\n',
    '---\ntitle: Title\ndate: 2020-01-08\n---\n\nS\u00c3O PAULO, Jan. 7 (Reuters) - Prices fell.\n'.encode(),
)


@functools.cache
def _warm_pipeline() -> None:
    from . import parse_bytes

    for story in _WARM_STORIES:
        parse_bytes(story, path=None)


def read_limited(path: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing (``FileTooLargeError``) past ``max_bytes`` without reading it all."""
    # Unbuffered, and asking for the size plus one byte: a file is read in one call, with no buffer allocated
    # for it. A file with no size (a pipe, /proc), one that changed, or a read cut short is read on to its end.
    with open(path, "rb", buffering=0) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise FileTooLargeError(too_large(size, max_bytes))
        data = fh.read(size + 1)
        if len(data) != size:
            rest = bytearray(data)
            while len(rest) <= max_bytes and (more := fh.read(max_bytes + 1 - len(rest))):
                rest += more
            data = bytes(rest)
    if len(data) > max_bytes:  # a file that grew, or a pipe with no size
        raise FileTooLargeError(too_large(None, max_bytes))
    return data


def too_large(size: int | None, max_bytes: int) -> str:
    """The error message for an input past ``--max-bytes`` (``size`` None: not known)."""
    if size is None:
        return f"larger than --max-bytes ({max_bytes} bytes)"
    return f"{size} bytes, larger than --max-bytes ({max_bytes})"


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ``TimeBudgetError`` in the block after ``seconds`` (main thread on Unix; else no limit)."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeBudgetError(f"took longer than the per-file time budget ({seconds:g} s)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
