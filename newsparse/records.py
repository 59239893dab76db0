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
from types import ModuleType
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
    if len(data) > options.max_bytes:
        return error_record(path, "FileTooLargeError", f"larger than --max-bytes ({options.max_bytes} bytes)")
    decode, extract = _pipeline()  # (imported before the clock starts: their import is no file's parse time)
    started = time.perf_counter()
    try:
        with time_budget(options.timeout):
            text, used = decode.decode_bytes(data, options.encoding)  # as newsparse.parse_bytes does
            record = extract.build_article(text, path=path, encoding=used,
                                           reference_date=options.reference_date).to_dict()
    except Exception as exc:  # one honest error record per input, whatever failed
        record = error_record(path, type(exc).__name__, _message(exc))
        if options.debug:
            import traceback

            record["error"]["traceback"] = traceback.format_exc()
    if options.timed:
        record["parse_seconds"] = time.perf_counter() - started
    return record


@functools.cache
def _pipeline() -> tuple[ModuleType, ModuleType]:
    """The decode and extract modules, imported when the first file is parsed (not at start-up) and then
    looked up once: an import statement run for every file costs a few microseconds."""
    from . import decode, extract

    return decode, extract


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
    if not (seconds > 0 and _alarms_usable()):
        yield
        return
    global _budget
    _budget = seconds
    previous = signal.getsignal(signal.SIGALRM)
    own = previous is not _expire  # (a batch keeps the handler installed: see ``alarm_handler``)
    if own:
        signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        if own:
            signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def alarm_handler() -> Iterator[None]:
    """Keep the time budget's signal handler installed over a batch, so that ``time_budget`` only arms
    and disarms the timer for each file (installing and restoring a handler costs ~4 us a file)."""
    if not _alarms_usable():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    try:
        yield
    finally:
        signal.signal(signal.SIGALRM, previous)


#: The budget of the file being parsed, for the message of the error it raises.
_budget = 0.0


def _expire(signum: int, frame: object) -> None:
    raise TimeBudgetError(f"took longer than the per-file time budget ({_budget:g} s)")


def _alarms_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
