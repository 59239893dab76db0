"""records: the per-file time budget, alone and over a batch that keeps its handler installed."""

from __future__ import annotations

import signal
import time

import pytest

from newsparse.records import TimeBudgetError, alarm_handler, time_budget


def _previous(signum: int, frame: object) -> None:  # a handler the caller had before
    pass


@pytest.mark.parametrize("in_batch", [False, True], ids=["one file restores the caller's handler",
                                                         "a batch restores it at its end"])
def test_time_budget_raises_and_the_callers_handler_comes_back(in_batch):
    before = signal.signal(signal.SIGALRM, _previous)
    try:
        with pytest.raises(TimeBudgetError, match=r"\(0.05 s\)"):
            if in_batch:
                with alarm_handler(), time_budget(0.05):
                    time.sleep(2)
            else:
                with time_budget(0.05):
                    time.sleep(2)
        assert signal.getsignal(signal.SIGALRM) is _previous
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, before)


def test_files_of_a_batch_arm_the_timer_without_installing_the_handler_again(monkeypatch):
    installed = []
    with alarm_handler():
        monkeypatch.setattr(signal, "signal", lambda *args: installed.append(args))
        for _ in range(3):
            with time_budget(5):
                pass
        monkeypatch.undo()
    assert installed == []
