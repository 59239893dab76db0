"""Number words and scale words as news prose writes them.

>>> words_to_number("twenty-five"), words_to_number("two million"), words_to_number("a dozen")
(25, 2000000, 12)
>>> words_to_number("three hundred and fifty thousand")
350000
"""

from __future__ import annotations

#: Cardinal words -> value: "two", "twenty", "dozen".
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Scale words and wire abbreviations -> multiplier: "2.5 billion", "31 mln", "$3bn", "4.2m", "10k".
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000, "k": 1_000,
    "million": 1_000_000, "mln": 1_000_000, "mn": 1_000_000, "m": 1_000_000, "mio": 1_000_000,
    "billion": 1_000_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}
#: Words that stand for a number on their own: "a dozen eggs", "a score of".
COLLECTIVES: dict[str, int] = {"dozen": 12, "score": 20, "gross": 144}
#: Fraction words -> value: "three-quarters", "two thirds", "half a million".
FRACTIONS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 0.125, "eighths": 0.125,
    "tenth": 0.1, "tenths": 0.1,
}
#: Every word that can be part of a spelled-out number.
NUMBER_WORDS: frozenset[str] = frozenset(UNITS) | frozenset(TENS) | frozenset(
    w for w in SCALES if len(w) > 3) | frozenset({"hundred"}) | frozenset(COLLECTIVES)


def words_to_number(phrase: str) -> int | float | None:
    """Value of a spelled-out number ("twenty-five", "two million", "a dozen"), or None."""
    words = [w for w in phrase.lower().replace("-", " ").split() if w not in ("and", "a", "an")]
    if not words:
        return None
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in COLLECTIVES:
            current = (current or 1) * COLLECTIVES[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES and len(word) > 3:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
