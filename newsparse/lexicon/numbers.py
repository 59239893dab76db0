"""Number words and scale words as news prose writes them, and a reader for spelled-out numbers.

>>> parse_number_words("twenty five".split()), parse_number_words("two million people".split())
(NumberWords(value=25, words=2, fraction=False), NumberWords(value=2000000, words=2, fraction=False))
>>> parse_number_words("two and a half".split()).value, parse_number_words(["three", "quarters"]).value
(2.5, 0.75)
>>> parse_number_words(["twenty", "first"], hyphens=[False, True]) is None    # an ordinal, not a number
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..pattern_cache import longest_first

#: Cardinal words below twenty -> value: "two", "eleven".
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
#: Tens -> value: "twenty", "ninety".
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Every cardinal below a hundred written as one word: "two", "seventeen", "forty".
SMALL_NUMBERS: dict[str, int] = {**UNITS, **TENS}
#: Scale words that may follow a spelled-out number: "two million", "35 lakh" (Indian English).
WORD_SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
#: Scale words and wire abbreviations after digits -> multiplier: "2.5 billion", "31 mln", "$3bn", "4.2m", "10k",
#: "RM8mil" (Malaysian and Philippine papers).
SCALES: dict[str, int] = {
    **WORD_SCALES, "hundred": 100, "k": 1_000,
    "mln": 1_000_000, "mn": 1_000_000, "m": 1_000_000, "mio": 1_000_000, "mil": 1_000_000,
    "bln": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "bil": 1_000_000_000,
    "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "tln": 1_000_000_000_000, "t": 1_000_000_000_000, "dozen": 12,
}
#: Fraction words -> denominator: "one sixth", "three-quarters", "a fifth".
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
}
#: Ordinals that end a compound ordinal: "twenty-first", "thirty-second" (ranks, not figures).
ORDINALS: frozenset[str] = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                      "ninth"})
#: Every word the figure pattern treats as part of a spelled-out number, longest first.
NUMBER_WORDS: tuple[str, ...] = tuple(sorted(
    set(UNITS) | set(TENS) | set(WORD_SCALES) | set(DENOMINATORS) | ORDINALS | {"hundred", "dozen", "dozens"},
    key=longest_first,
))


_BEFORE_SCALE = frozenset({"unit", "tens", "hundred", "half", "point"})


class NumberWords(NamedTuple):
    """A spelled-out number read from the start of a word list: its value and how many words it took."""

    value: int | float
    words: int
    fraction: bool


def parse_number_words(words: Sequence[str], hyphens: Sequence[bool] | None = None) -> NumberWords | None:
    """The longest spelled-out number that opens ``words``, or None when they open no number or a
    compound ordinal ("twenty-first"). ``hyphens[i]`` tells that a hyphen joins word i to the one before."""
    reader = _Reader([w.lower() for w in words], list(hyphens) if hyphens else [False] * len(words))
    return reader.read()


class _Reader:
    """A small left-to-right reader of English cardinal numbers ("three hundred and fifty thousand")."""

    def __init__(self, words: list[str], hyphens: list[bool]) -> None:
        self.words = words
        self.hyphen_before = hyphens
        self.total = 0.0
        self.group = 0.0
        self.last = ""
        self.scale_cap = float("inf")
        self.best: NumberWords | None = None

    def peek(self, i: int) -> str:
        return self.words[i] if i < len(self.words) else ""

    def keep(self, i: int, fraction: bool = False) -> None:
        value = self.total + self.group
        self.best = NumberWords(int(value) if float(value).is_integer() else value, i, fraction)

    def read(self) -> NumberWords | None:
        i = self._opening()
        if i < 0:
            return self.best
        while i < len(self.words):
            step = self._step(i)
            if step == 0:
                break
            if step < 0:
                return None
            i += step
        return self.best

    def _opening(self) -> int:
        """Openings that are not plain cardinals: "a dozen", "half a million", "a fifth"; -1 when done."""
        skip = 1 if self.peek(0) in ("a", "an") and self.peek(1) in ("half", "quarter") else 0
        w0, w1, w2 = self.peek(skip), self.peek(skip + 1), self.peek(skip + 2)
        if w0 in ("half", "quarter"):  # "a half million", "a half-million", "a quarter of a trillion"
            part = 0.5 if w0 == "half" else 0.25
            if w1 in WORD_SCALES:
                self.group = part * WORD_SCALES[w1]
                self.keep(skip + 2)
                return -1
            if w1 == "of" and w2 in ("a", "an") and self.peek(skip + 3) in WORD_SCALES:
                self.group = part * WORD_SCALES[self.peek(skip + 3)]
                self.keep(skip + 4)
                return -1
        if w0 == "half" and w1 in ("a", "an") and (w2 in WORD_SCALES or w2 in ("hundred", "dozen")):
            self.group = 0.5 * (12 if w2 == "dozen" else 100 if w2 == "hundred" else WORD_SCALES[w2])
            self.keep(skip + 3)  # "half a million", "a half a million"
            return -1
        if w0 == "half":
            self.group = 0.5
            self.keep(skip + 1, fraction=True)
            return -1
        if skip:  # "a quarter" without a scale: a fraction, read below
            w0, w1 = "a", w0
        if w0 in ("a", "an"):
            if w1 in DENOMINATORS and not w1.endswith("s"):
                self.group = 1 / DENOMINATORS[w1]
                self.keep(2, fraction=True)
                return -1
            if w1 in ("hundred", "dozen") or w1 in WORD_SCALES:
                self.group, self.last = 1, "unit"
                return 1
            return -1
        return 0

    def _step(self, i: int) -> int:
        """Consume the word at ``i`` (and what it needs after it): the number of words taken,
        0 to stop before it, -1 to reject the whole phrase (a compound ordinal)."""
        w, last, hyphen = self.words[i], self.last, self.hyphen_before[i]
        if w in UNITS or w in TENS:
            small = UNITS.get(w, TENS.get(w, 0))
            if not ((last == "tens" and w in UNITS and small < 10) or last in ("", "hundred", "scale", "and")):
                return 0
            self.group += small
            self.last = "tens" if w in TENS else "unit"
            self.keep(i + 1)
            return 1
        if w in ORDINALS and (last == "tens" or (hyphen and w not in DENOMINATORS)):
            return -1
        if w in DENOMINATORS and self.total == 0 and (
                (last == "unit" and self.group < 20) or (w.endswith("s") and last in ("unit", "tens"))):
            if w == "quarters" and self.group not in (1, 3):
                return 0  # periods of three months, not fourths: "two quarters", "six quarters" (but "three quarters")
            return self._fraction(i)  # "one sixth", "three-quarters", "twenty-three fifths"
        if w == "hundred" and last in ("unit",) and self.group < 100:
            self.group *= 100
            self.last = "hundred"
            self.keep(i + 1)
            return 1
        if w in WORD_SCALES and last in _BEFORE_SCALE and WORD_SCALES[w] < self.scale_cap:
            self.scale_cap = WORD_SCALES[w]
            self.total += self.group * WORD_SCALES[w]
            self.group = 0
            self.last = "scale"
            self.keep(i + 1)
            return 1
        if w in ("dozen", "dozens") and last in ("unit", "tens") and self.total == 0 and self.group < 100:
            self.group *= 12
            self.last = "dozen"
            self.keep(i + 1)
            return 1
        if w == "and":
            part = self._and_fraction(i + 1) if last in ("unit", "tens", "hundred", "scale") else None
            if part is not None:  # "two and a half", "one hundred and three quarters", "three and a fifth"
                self.group += part * (self.scale_cap if last == "scale" else 1)  # ("a million and a half")
                self.last = "half"
                self.keep(i + 3)
                return 3
            if last in ("hundred", "scale") and (self.peek(i + 1) in UNITS or self.peek(i + 1) in TENS):
                self.last = "and"
                return 1
            return 0
        if w == "point" and last in ("unit", "tens", "hundred", "scale"):
            return self._decimals(i)
        return 0

    def _and_fraction(self, i: int) -> float | None:
        top, bottom = self.peek(i), self.peek(i + 1)
        if bottom not in DENOMINATORS:
            return None
        if top in ("a", "an") and not bottom.endswith("s"):
            return 1 / DENOMINATORS[bottom]
        if top in UNITS and 0 < UNITS[top] < DENOMINATORS[bottom] and (UNITS[top] == 1) != bottom.endswith("s"):
            return UNITS[top] / DENOMINATORS[bottom]
        return None

    def _fraction(self, i: int) -> int:
        self.group /= DENOMINATORS[self.words[i]]
        self.keep(i + 1, fraction=True)
        return 0

    def _decimals(self, i: int) -> int:
        """"two hundred point seventy-one" -> .71; "point five" -> .5."""
        digits = ""
        j = i + 1
        while j < len(self.words):
            w = self.words[j]
            if w in TENS:
                tens = str(TENS[w] // 10)
                unit = self.peek(j + 1)
                if unit in UNITS and 0 < UNITS[unit] < 10:
                    digits += tens + str(UNITS[unit])
                    j += 2
                    continue
                digits += tens + "0"
            elif w in UNITS:
                digits += str(UNITS[w])
            else:
                break
            j += 1
        if not digits:
            return 0
        self.group += int(digits) / 10 ** len(digits)
        self.last = "point"
        self.keep(j)
        return j - i

#: Qualifiers before a figure, as word tuples (kept apart from the span): "about 500", "more than $2 billion",
#: "up to 40 percent", "plus or minus 5.7 percentage points".
QUALIFIERS: frozenset[tuple[str, ...]] = frozenset(tuple(q.split()) for q in (
    "about", "around", "approximately", "approx.", "roughly", "nearly", "almost", "some", "over", "under",
    "more than", "less than", "fewer than", "up to", "at least", "at most", "as many as", "as much as", "as few as",
    "as little as", "an estimated", "estimated", "just over", "just under", "well over", "well under",
    "in excess of", "upwards of", "close to", "no more than", "no less than", "no fewer than", "not more than",
    "below", "above", "exactly", "precisely", "plus or minus", "only", "just", "a mere", "barely", "a maximum of",
    "a minimum of", "a total of", "an average of", "average of", "average",
))
#: Labels that make the number after them an identifier, in any case: "Article 5", "page 4", "Chapter 11".
IDENTIFIER_LABELS: frozenset[str] = frozenset("""
    article art section sect sec chapter ch page pages p pp rule title room suite route highway interstate footnote
    flight resolution amendment district precinct ward item proposition prop level phase grade class category
    channel volume vol part figure fig table game round stage season episode verse platform gate terminal exit
    lot unit apt box model version series form schedule annex appendix clause paragraph para number pillar
    dial dialled dialed dialing dialling tier type zip postcode zipcode code band text sms lap hole
    """.split())
#: Labels that make an identifier only when capitalised: "No. 1", "Week 3", "Windows 10", "Apollo 11".
CAPITALISED_LABELS: frozenset[str] = frozenset({"No", "Nos", "Apollo", "Windows", "Psalm", "Week", "Day", "Line",
                                                "Bus", "Mark", "Mk", "Year", "Years"})
