"""Every stage of the pipeline takes time linear in its input, on the shapes that make
backtracking regexes and per-match rescans blow up: time(4n) / time(n) stays near 4.

Each stage is timed on its own (zones and every extractor called by ``build_article``), best
of a few runs, with a small constant added to both times so that microseconds cannot look
quadratic. The sizes are small enough to keep the whole file under a few seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import newsparse.extract as pipeline

N = 8_000  # characters at the small size; the large one is 4N
MAX_RATIO = 8.0  # linear is about 4; quadratic is about 16
NOISE_S = 0.004


def repeat(unit: str, n: int, tail: str = "") -> str:
    return (unit * (n // len(unit) + 1))[:n] + tail


SHAPES: dict[str, Callable[[int], str]] = {
    "digit-runs-with-commas": lambda n: ",".join(map(str, range(1, n)))[:n] + "!",
    "digits-and-dots": lambda n: repeat("1.", n, "x"),
    "one-long-number": lambda n: "9" * n + " troops",
    "capitalised-words": lambda n: repeat("Alpha Bravo Charlie Delta Echo Foxtrot ", n, "!"),
    "titles-before-names": lambda n: repeat("Gen. Sen. Mr. Dr. President ", n, "said."),
    "nested-parentheses": lambda n: "(" * (n // 2) + "x" + ")" * (n // 2),
    "said-said-said": lambda n: repeat("said ", n, "."),
    "quote-mark-runs": lambda n: repeat('" “ ” ‘ ’ " ', n),
    "unclosed-quotes": lambda n: repeat("“word ", n),
    "alternating-quotes": lambda n: repeat('"word" ', n),
    "quotes-with-attribution": lambda n: repeat('"We will leave," he said. ', n),
    "a-then-bang": lambda n: "a" * n + "!",
    "no-spaces": lambda n: repeat("abc.def-ghi,", n),
    "blank-lines-with-spaces": lambda n: repeat("\n \n", n, "x"),
    "many-short-paragraphs": lambda n: repeat("Word.\n\n", n),
    "dashes": lambda n: repeat("- ", n, "x"),
    "url-dots": lambda n: "<https://" + repeat("a.", n, "!>"),
    "at-signs": lambda n: repeat("a@", n, ".b"),
    "number-words": lambda n: repeat("one two three hundred and ", n),
    "colons": lambda n: repeat("He said: ", n),
    "dateline-heads": lambda n: repeat("BRUSSELS, January 8 (RHC)-- ", n),
    "footer-lines": lambda n: "Story.\n\n---\n\n" + repeat("<https://example.org/x>\n**Wire**\n", n),
    "levels-with-no-sentence-end": lambda n: "Visits rose " + repeat("to 5 from 6, ", n),
    "officials-said": lambda n: repeat('Two officials left. "We go," the official said. ', n),
    "initials-in-brackets": lambda n: repeat('The Chief Officer (CO) left. "We go," the CO said. ', n),
}


def stage_times(text: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    """Seconds each stage of ``build_article`` spent on ``text``."""
    spent: dict[str, float] = {}
    for name in dir(pipeline):
        fn = getattr(pipeline, name)
        if callable(fn) and getattr(fn, "__module__", "").startswith("newsparse.") and name != "build_article" \
                and not isinstance(fn, type):
            monkeypatch.setattr(pipeline, name, _timed(fn, name, spent))
    pipeline.build_article(text)
    monkeypatch.undo()
    return spent


def _timed(fn: Callable, name: str, spent: dict[str, float]) -> Callable:
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
    return run


def best_times(text: str, monkeypatch: pytest.MonkeyPatch, runs: int = 3) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(runs):
        for stage, seconds in stage_times(text, monkeypatch).items():
            best[stage] = min(seconds, best.get(stage, seconds))
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_every_stage_is_linear(shape, monkeypatch):
    build = SHAPES[shape]
    small, large = best_times(build(N), monkeypatch), best_times(build(4 * N), monkeypatch)
    ratios = {stage: (large[stage] + NOISE_S) / (small.get(stage, 0.0) + NOISE_S) for stage in large}
    if any(r > MAX_RATIO for r in ratios.values()):  # a noisy machine: measure once more, keep the best
        small = {k: min(v, best_times(build(N), monkeypatch).get(k, v)) for k, v in small.items()}
        large = {k: min(v, best_times(build(4 * N), monkeypatch).get(k, v)) for k, v in large.items()}
        ratios = {stage: (large[stage] + NOISE_S) / (small.get(stage, 0.0) + NOISE_S) for stage in large}
    slow = {stage: f"{r:.1f} ({small.get(stage, 0):.3f}s -> {large[stage]:.3f}s)"
            for stage, r in ratios.items() if r > MAX_RATIO}
    assert not slow, f"not linear on {shape}: {slow}"
