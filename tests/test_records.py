"""records: reading a file within --max-bytes; the per-file time budget."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

import pytest

from newsparse.records import FileTooLargeError, TimeBudgetError, read_limited, time_budget


def _previous(signum: int, frame: object) -> None:  # a handler the caller had before
    pass


def test_time_budget_raises_and_the_callers_handler_comes_back():
    before = signal.signal(signal.SIGALRM, _previous)
    try:
        with pytest.raises(TimeBudgetError, match=r"\(0.05 s\)"), time_budget(0.05):
            time.sleep(2)
        assert signal.getsignal(signal.SIGALRM) is _previous
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, before)


@pytest.mark.parametrize(("size", "limit", "fits"), [
    (0, 10, True), (1000, 1000, True), (1000, 999, False),
], ids=["an empty file is read", "a file of exactly --max-bytes is read", "one byte more is refused"])
def test_read_limited_reads_a_file_whole_or_refuses_it(tmp_path, size, limit, fits):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * size)
    if fits:
        assert read_limited(str(path), limit) == b"x" * size
    else:
        with pytest.raises(FileTooLargeError):
            read_limited(str(path), limit)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
@pytest.mark.parametrize(("limit", "fits"), [(1 << 20, True), (200_000, False)],
                         ids=["a pipe with no size is read to its end", "a pipe past --max-bytes is refused"])
def test_read_limited_reads_a_pipe_in_many_reads(tmp_path, limit, fits):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def write() -> None:
        with contextlib.suppress(BrokenPipeError):  # (the refused pipe is closed before it is all written)
            fifo.write_bytes(b"y" * 300_000)

    threading.Thread(target=write, daemon=True).start()
    if fits:
        assert read_limited(str(fifo), limit) == b"y" * 300_000
    else:
        with pytest.raises(FileTooLargeError):
            read_limited(str(fifo), limit)
