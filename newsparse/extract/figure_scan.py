"""Where a number can start: the few places the number patterns are tried at, found fast.

>>> text = "It cost $25 billion, .75 of it in 1987; two and a half, not someone."
>>> [text[at:at + 4] for at in digit_starts(text, 0, len(text), ".")]
['25 b', '.75 ', '75 o', '1987']
>>> [text[at:at + 6] for at in word_starts(text.lower(), 0, len(text))]
[' two a', ' a hal', ' half,']

A regex that opens with a character class makes the engine test every character against the class
(about 3 ns each, 15 us for a 4,600-character article), and a number-word pattern that opens with a
space or an opening mark is tried at every word. Instead, ``digit_starts`` finds each digit with
``str.find`` and keeps the first digit of each run (a number cannot start right after a digit), with
the decimal point before it (".75") and fraction signs ("½"); ``word_starts`` looks for the words a
spelled-out number can open with ("two", "twenty", "half", "a dozen", "an eighth") in lower-cased
text whose opening marks are made spaces, so that the pattern opens with a plain space, which the
engine skips to in C. ``Starts`` then gives the leftmost match at or after a position, as
``pattern.search`` would, trying the pattern only at those places.
"""

from __future__ import annotations

import re

from ..lexicon.numbers import DENOMINATORS, TENS, UNITS, WORD_SCALES
from ..pattern_cache import compile_pattern, trie

#: Words a spelled-out number opens with (figure_numbers reads no number from any other): "two", "half".
OPENING_WORDS = (*UNITS, *TENS, "half")
#: Words after "a" or "an" that make a number: "a dozen", "a million", "an eighth", "a half".
AFTER_A = (*(word for word in DENOMINATORS if not word.endswith("s")), "hundred", "dozen", *WORD_SCALES)
# The space before a word that may open a spelled-out number, in lower-cased text whose opening marks
# are spaces (a lookahead, so that each match is one character and none hides the next): " two",
# " twenty-five", " half", " a dozen", " an  eighth".
_A_NUMBER = rf"an?[ \t]+{trie(AFTER_A)}"
WORD_START = compile_pattern(rf" (?=(?:{trie(OPENING_WORDS, also=(_A_NUMBER,))})\b)")
#: What the number-word patterns take for an opening mark besides a space: white space ("\s") and
#: "([“\"*‘—–" (tests check this against the pattern); the non-ASCII ones are looked for only where
#: the text has a non-ASCII character.
ASCII_OPENERS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f([\"*"
OPENERS = ASCII_OPENERS + "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
                          "\u2028\u2029\u202f\u205f\u3000“‘—–"
VULGAR = "½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚"
_DIGITS = frozenset("0123456789")


class Starts:
    """``pattern.search(text, pos, end)`` for rising ``pos``, tried only at ``positions`` (sorted; None
    for everywhere): the same match where every place a match can start at is among them."""

    __slots__ = ("end", "index", "pattern", "positions", "text")

    def __init__(self, pattern: re.Pattern[str], text: str, positions: list[int] | None, end: int) -> None:
        self.pattern, self.text, self.positions, self.end = pattern, text, positions, end
        self.index = 0

    def search(self, pos: int) -> re.Match[str] | None:
        positions, index = self.positions, self.index
        if positions is None:
            return self.pattern.search(self.text, pos, self.end)
        while index < len(positions):
            at = positions[index]
            if at >= pos:
                m = self.pattern.match(self.text, at, self.end)
                if m is not None:
                    self.index = index
                    return m
            index += 1
        self.index = index
        return None


def digit_starts(text: str, start: int, end: int, separator: str) -> list[int]:
    """Where in ``text[start:end]`` a number written in digits can start, in order: the first digit of
    each run, the decimal ``separator`` right before it (".75") and each fraction sign ("½")."""
    found = []
    for digit in "0123456789":
        at = text.find(digit, start, end)
        while at >= 0:
            if at == 0 or text[at - 1] not in _DIGITS:
                if at > start and text[at - 1] == separator:
                    found.append(at - 1)
                found.append(at)
            at = text.find(digit, at + 1, end)
    if not text.isascii():
        for fraction in VULGAR:
            at = text.find(fraction, start, end)
            while at >= 0:
                found.append(at)
                at = text.find(fraction, at + 1, end)
    found.sort()
    return found


def word_starts(lowered: str, start: int, end: int) -> list[int]:
    """Where in ``lowered[start:end]`` (a lower-cased text) a spelled-out number can start after an
    opening mark, in order: the mark before "two", "half", "a dozen"."""
    for mark in ASCII_OPENERS if lowered.isascii() else OPENERS:
        if mark in lowered:
            lowered = lowered.replace(mark, " ")
    return [m.start() for m in WORD_START.finditer(lowered, start, end)]
