"""Reading numbers as news prose writes them: digits, separators, signs, fractions, scales and words.

>>> text = "It cost $2.5 billion, 7-3/8 pct, two and a half miles, 30-40 per cent and -10C."
>>> [(n.text(text), n.value, n.value_max) for n in iter_numbers(text, 0, len(text))]
[('$2.5 billion', 2500000000, None), ('7-3/8', 7.375, None), ('two and a half', 2.5, None), \
('30-40', 30, 40), ('-10C', -10, None)]
>>> [n.value for n in iter_numbers("1.500 Euro und 2,5 Millionen", 0, 28, continental=True)]
[1500, 2500000]

A number is found by one pattern (``FIGURE`` or its continental twin) and read here into its
value, the currency sign before it (``$``, ``US$``, ``c $``, ``€``), a unit or scale glued to it
(``4.2m``, ``7.62mm``, ``10k``) and a scale word after it (``31 mln``, ``35 lakh``). A range in one
token (``30-40``) keeps both ends; a descending pair (``6-3``, a score or court split) is no figure.
What the number counts is decided in figure_units, whether it is a figure at all in figures.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon.numbers import NUMBER_WORDS, SCALES, parse_number_words
from ..lexicon.units import ATTACHED_UNITS, CURRENCY_SIGNS, METRE_CONTEXT

_SPACE_GROUP = "[ \u00a0\u202f\u2009]"
# English digits: "1,500", "1,674.5", "40 000", "40\u202f000", "1 234 567", "2.5", ".75", "9031".
_DIGITS_EN = (rf"[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]{{1,3}}(?:{_SPACE_GROUP}[0-9]{{3}})+(?![0-9])"
              r"(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
# Continental digits: "1.500", "2,5", "1.234.567,89", "40 000".
_DIGITS_CONTINENTAL = (rf"[0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]+)?|[0-9]{{1,3}}(?:{_SPACE_GROUP}[0-9]{{3}})+(?![0-9])"
                       r"(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?")
# Currency signs and prefixes: "$", "US$", "U.S.$", "HK$", "C$", "c $" (tokenised text), "€", "Rs.", "EUR ".
_CURRENCY = (r"(?:US|U\.S\.|NZ|HK|AU|CA|NT|MX|[ACSR])\$|us[ \t]\$(?=[ \t])|[cC][ \t]\$|[$€£¥₹₩₽₺₾₱₦₴₫₪฿]"
             r"|Rs\.?(?=[ \t]?[0-9])|(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|HKD|AUD|CAD|NZD|SGD|INR|SEK|NOK|DKK|ZAR|BRL|MXN"
             r"|RUB|KRW)(?=[ \t]?[0-9])")
# Units and scales glued to the digits, case as written: "4.2m", "$3bn", "10k", "7.62mm", "-10C", "4km^3", "5pc".
_ATTACHED = "|".join(sorted(
    {*ATTACHED_UNITS, "k", "K", "m", "M", "b", "B", "bn", "mn", "mln", "bln", "tn", "trn",
     "km²", "km³", "m²", "m³", "km2", "km3", "m2", "m3"}, key=len, reverse=True))
_WORD = "|".join(NUMBER_WORDS)
# Spelled-out numbers: "twenty-five", "two million", "a dozen", "half a million", "one - fourth",
# "two hundred point seventy-one", "two and a half".
_WORDS = (rf"(?i:(?:an?[ \t]+)?(?:{_WORD})\b(?:(?:[ \t]{{1,4}}|[ \t]*-[ \t]*|[ \t]*\n[ \t]*)"
          rf"(?:{_WORD}|and|an?|point)\b){{0,12}})")


# Not inside a word, a number, a path or an identifier: "F-35", "COVID-19", "v2.0", "'16", "62%-32%", "Ã1".
_NOT_AFTER = r"(?<![\w.,/:'’@#&=^*%\\\u0300-\u036f-])"
_VULGAR = "½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚"


def _figure_pattern(digits: str) -> re.Pattern[str]:
    return re.compile(
        _NOT_AFTER +
        rf"(?:(?P<cur>{_CURRENCY})[ \t]{{0,2}}(?=[-−]?[0-9.]))?"
        r"(?P<sign>[-−+](?=[0-9.]))?"
        rf"(?:(?P<ratio>[0-9]{{1,2}}[/⁄][0-9]{{1,3}}|[{_VULGAR}])(?![0-9/⁄])"
        rf"|(?P<num>{digits})"
        rf"(?:(?P<frac>(?:-|[ \t]{{1,2}})[0-9]{{1,2}}[/⁄][0-9]{{1,3}}(?![0-9/⁄])|[ \t]?[{_VULGAR}])"
        rf"|[-–](?P<max>{digits}))?"
        r"(?P<sci>×10\^?[-−]?[0-9]{1,3}|[x*]10\^[-−]?[0-9]{1,3})?"
        r"(?P<pm>[ \t]?±[ \t]?[0-9]+(?:\.[0-9]+)?)?)"
        rf"(?P<att>{_ATTACHED})?"
        r"(?![\w]|[.,:][0-9]|[/⁄][0-9]|[-–][0-9])"
        rf"|{_NOT_AFTER}(?P<words>{_WORDS})"
    )


# A figure in English text: "$2.5 billion", "7-3/8", "1,500", "30-40", "-10C", "2.48×10−5", "two million".
FIGURE = _figure_pattern(_DIGITS_EN)
# The same where the text writes "1.500" and "2,5" (continental separators).
FIGURE_CONTINENTAL = _figure_pattern(_DIGITS_CONTINENTAL)
# A scale word after the digits: "2.5 billion", "31 mln", "35 lakh", "2.33 k".
SCALE_AFTER = re.compile(r"\s{1,3}(?:(?P<word>(?i:million|billion|trillion|thousand|hundred|lakhs?|crores?|mln|bln"
                         r"|bn|mn|tn|trn|mio|dozen|millones|millions|milliards?|millionen|milliarden|mrd))\b|"
                         r"(?P<k>k)(?![\w-]))")
# Continental style in a document: "1.234.567", "1.500,75", "2,5 Millionen", "3,5 %".
CONTINENTAL_HINT = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9.,])"
                              r"|(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+"
                              r"|(?<![0-9.,])[0-9]+,[0-9]{1,2}[ \t]?(?:%|€|(?i:prozent|por ciento|pour cent"
                              r"|millionen|milliarden|millones|millions|milliards|mio|mrd|euro))")
# English style: "1,500.25", "1,234,567", "2.5 million", "3.5%".
ENGLISH_HINT = re.compile(r"[0-9],[0-9]{3}(?:\.[0-9]|,[0-9]{3})|[0-9]\.[0-9]{1,2}[ \t]?(?:%|percent|per cent|pct"
                          r"|million|billion|mln|bln)")
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
#: Denominators a digit fraction may have: "1/2", "3/4", "7-3/8", "1/16"; not "9/11", "24/7", "50/50".
_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100})
_SCALE_WORDS = {"millones": "million", "millions": "million", "milliard": "billion", "milliards": "billion",
                "millionen": "million", "milliarden": "billion", "mrd": "billion"}


@dataclass(slots=True)
class Number:
    """One number as read: where it starts (its currency sign or sign) and ends (its scale word), its
    value with scale and sign applied, and what was glued to it."""

    start: int
    end: int
    number_start: int
    value: int | float
    value_max: int | float | None = None
    raw: int | float = 0
    scale: int = 1
    words: bool = False
    fraction: bool = False
    currency: str | None = None
    attached: str | None = None
    attached_start: int = 0
    hyphen_words: bool = False
    digits: str = ""

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


def is_continental(text: str) -> bool:
    """True when the document writes "1.500" for fifteen hundred and "2,5" for two and a half."""
    return bool(CONTINENTAL_HINT.search(text)) and not ENGLISH_HINT.search(text)


def iter_numbers(text: str, start: int, end: int, continental: bool = False) -> Iterator[Number]:
    """Every number in ``text[start:end]``, left to right; numbers never overlap."""
    pattern = FIGURE_CONTINENTAL if continental else FIGURE
    pos = start
    while True:
        m = pattern.search(text, pos, end)
        if m is None:
            return
        number = read_number(text, m, end, continental)
        if number is None:
            pos = m.end() if m.group("words") is None else _WORD_TOKEN.search(text, m.start(), end).end()
            continue
        yield number
        pos = number.end if number.end > m.start() else m.end()


def read_number(text: str, m: re.Match[str], limit: int, continental: bool = False) -> Number | None:
    """The number matched by ``m`` (a FIGURE match), or None when it reads as no quantity."""
    if m.group("words") is not None:
        return _read_words(text, m)
    value = _digits_value(m, continental)
    if value is None:
        return None
    number = Number(start=m.start(), end=m.end(), number_start=m.start("sign") if m.group("sign") else
                    m.start("ratio") if m.group("ratio") else m.start("num"), value=value,
                    digits=m.group("num") or "")
    if m.group("max"):
        high = _to_float(m.group("max"), continental)
        if high is None or high <= value:
            return None
        number.value_max = high
    if m.group("cur"):
        number.currency = CURRENCY_SIGNS.get(" ".join(m.group("cur").lower().split()), "USD")
    number.fraction = bool(m.group("ratio"))
    attached = m.group("att")
    scale = 1
    if attached:
        if attached.lower() in SCALES and not (attached == "m" and _metre_context(text, m.end(), limit, number)):
            scale = SCALES[attached.lower()]
        else:
            number.attached, number.attached_start = attached, m.start("att")
    else:
        after = SCALE_AFTER.match(text, m.end(), limit)
        if after:
            word = (after.group("word") or after.group("k")).lower()
            scale = SCALES[_SCALE_WORDS.get(word, word)]
            number.end = after.end()
    _apply(number, m, scale)
    return number


def _apply(number: Number, m: re.Match[str], scale: int) -> None:
    sign = -1 if m.group("sign") in ("-", "−") else 1
    exponent = 0
    if m.group("sci"):
        exponent = int(m.group("sci").lstrip("×x*").removeprefix("10").lstrip("^").replace("−", "-"))
    number.raw = tidy(sign * number.value * 10 ** exponent)
    number.scale = scale
    number.value = tidy(number.raw * scale)
    if number.value_max is not None:
        number.value_max = tidy(sign * number.value_max * scale)


def _digits_value(m: re.Match[str], continental: bool) -> float | None:
    if m.group("ratio"):
        return _fraction(m.group("ratio"))
    value = _to_float(m.group("num"), continental)
    if value is None or (len(m.group("num")) > 12 and m.group("num").isdigit()):
        return None  # an identifier: "673679711437004805"
    if m.group("frac"):
        part = _fraction(m.group("frac").strip(" \t-"))
        if part is None or not value.is_integer():
            return None
        value += part
    return value


def _fraction(text: str) -> float | None:
    if text in _VULGAR:
        return unicodedata.numeric(text)
    numerator, _, denominator = text.replace("⁄", "/").partition("/")
    top, bottom = int(numerator), int(denominator)
    if bottom not in _DENOMINATORS or not 0 < top < bottom:
        return None
    return top / bottom


def _to_float(digits: str, continental: bool) -> float | None:
    digits = re.sub(r"[ \u00a0\u202f\u2009]", "", digits)
    digits = digits.replace(".", "").replace(",", ".") if continental else digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _metre_context(text: str, pos: int, limit: int, number: Number) -> bool:
    """"1.8m tall", "the 100m sprint": a glued "m" is metres, not millions (never after a currency sign)."""
    if number.currency:
        return False
    word = _WORD_TOKEN.match(text, pos + 1, min(limit, pos + 20)) if pos < limit and text[pos] == " " else None
    return bool(word and word.group().lower() in METRE_CONTEXT)


def _read_words(text: str, m: re.Match[str]) -> Number | None:
    tokens = list(_WORD_TOKEN.finditer(text, m.start("words"), m.end("words")))
    hyphens = [i > 0 and "-" in text[tokens[i - 1].end():t.start()] for i, t in enumerate(tokens)]
    parsed = parse_number_words([t.group() for t in tokens], hyphens)
    if parsed is None or parsed.words == 0:
        return None
    start, end = tokens[0].start(), tokens[parsed.words - 1].end()
    value = parsed.value
    return Number(start=start, end=end, number_start=start, value=value, raw=value, words=True,
                  fraction=parsed.fraction, hyphen_words=any(hyphens[1:parsed.words]))


def tidy(value: float) -> int | float:
    if isinstance(value, float):
        value = float(f"{value:.12g}")
        if value.is_integer() and abs(value) < 1e18:
            return int(value)
    return value
