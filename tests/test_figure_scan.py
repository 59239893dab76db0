"""Where numbers can start: the places figure_numbers tries its patterns at must hold every match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.extract.figure_numbers import DIGITS, WORDS, _continental_digits, _read_words
from newsparse.extract.figure_scan import OPENERS, Starts, digit_starts, word_starts

_PIECES = [*"0123456789 ,.-–/½¾\n\t(“", "1,500", "2.5", ".75", "7-3/8", "40 000", "x", "v2", "1/4", "A"]
_WORD_PIECES = [" ", "\n", "\t", "(", "“", "—", "\xa0", "-", ",", ".", "a", "an", "the", "two", "Two", "TWENTY",
                "twenty-five", "half", "a half a million", "a dozen", "an eighth", "a third", "third", "million",
                "first", "a second", "someone", "often", "tenth", "and", "point", "five"]


def searches(starts: Starts) -> list[tuple[int, int]]:
    spans, pos = [], 0
    while (m := starts.search(pos)) is not None:
        spans.append(m.span())
        pos = m.end()
    return spans


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.booleans())
@settings(max_examples=400, deadline=None)
def test_digit_starts_hold_every_match_of_the_digits_pattern(text, continental):
    pattern = _continental_digits() if continental else DIGITS
    positions = digit_starts(text, 0, len(text), "," if continental else ".")
    assert searches(Starts(pattern, text, positions, len(text))) == [m.span() for m in pattern.finditer(text)]


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=30).map("".join))
@settings(max_examples=400, deadline=None)
def test_word_starts_hold_every_spelled_out_number(text):
    lowered = text.lower()
    starts = set(word_starts(lowered, 0, len(text)))
    for at in range(len(text)):
        m = WORDS.match(lowered, at)
        if m is not None and _read_words(text, m) is not None:
            assert at in starts, text


@pytest.mark.parametrize("text, expected", [
    ("in 1987 and 2,500", ["1987", "2,500"]),
    ("a run 123456 of digits", ["123456"]),
    ("only .75 of it", [".75"]),
    ("a ½ share", ["½"]),
], ids=["runs", "one-run-one-start", "decimal-point", "fraction-sign"])
def test_digit_starts(text, expected):
    matches = [DIGITS.match(text, at) for at in digit_starts(text, 0, len(text), ".")]
    assert [m.group() for m in matches if m is not None] == expected


def test_openers_are_the_marks_the_word_pattern_opens_with():
    opening = re.compile(WORDS.pattern.partition("]")[0] + "]")
    assert {chr(c) for c in range(0x10000) if opening.fullmatch(chr(c))} == {" ", *OPENERS}
