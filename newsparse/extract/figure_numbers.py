"""Reading numbers as news prose writes them: digits, separators, signs, fractions, scales and words.

>>> text = "It cost $2.5 billion, 7-3/8 pct, two and a half miles, 30-40 per cent and -10C."
>>> [(n.text(text), n.value, n.value_max) for n in iter_numbers(text, 0, len(text))]
[('$2.5 billion', 2500000000, None), ('7-3/8', 7.375, None), ('two and a half', 2.5, None), \
('30-40', 30, 40), ('-10C', -10, None)]
>>> [n.value for n in iter_numbers("1.500 Euro und 2,5 Millionen", 0, 28, continental=True)]
[1500, 2500000]

A number is found by one of two patterns (``DIGITS`` or its continental twin, and ``WORDS``),
tried only where figure_scan finds that a number can start, and read here into its value, the
sign and currency sign before it (``$``, ``US$``, ``c $``, ``€``), a unit or scale glued to it
(``4.2m``, ``7.62mm``, ``10k``) and a scale word after it (``31 mln``, ``35 lakh``). A range in
one token (``30-40``) keeps both ends; a descending pair (``6-3``, a score or court split) is no
figure.
What the number counts is decided in figure_units, whether it is a figure at all in figures.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.numbers import NUMBER_WORDS, SCALES, SMALL_NUMBERS, WORD_SCALES, parse_number_words
from ..lexicon.units import ATTACHED_UNITS, CURRENCY_SIGNS, METRE_BEFORE, METRE_CONTEXT, RACE_METRES
from ..pattern_cache import compile_pattern, longest_first, trie
from .figure_currency import GLUED_SIGN_CURRENCIES, glued_sum, sign_and_currency
from .figure_scan import VULGAR, Starts, digit_starts, word_starts

if TYPE_CHECKING:
    import regex

# A space that groups thousands: "40 000", "40\u202f000" (narrow no-break space), "1\u00a0500".
_SPACE_GROUP = "[ \u00a0\u202f\u2009]"
# English digits: "1,500", "1,674.5", "40 000", "40\u202f000", "1 234 567", "2.5", "9031"; Indian grouping in
# lakhs: "1,50,000", "12,50,000".
_DIGITS_EN = (r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9]|,[0-9])(?:\.[0-9]+)?"
              rf"|[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]{{1,3}}(?:{_SPACE_GROUP}[0-9]{{3}})+(?![0-9])"
              r"(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
# Continental digits: "1.500", "2,5", "1.234.567,89", "40 000".
_DIGITS_CONTINENTAL = (rf"[0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]+)?|[0-9]{{1,3}}(?:{_SPACE_GROUP}[0-9]{{3}})+(?![0-9])"
                       r"(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?")
# Units and scales glued to the digits, case as written: "4.2m", "$3bn", "10k", "7.62mm", "-10C", "4km^3", "5pc".
_ATTACHED = "|".join(sorted(
    {*ATTACHED_UNITS, "k", "K", "m", "M", "b", "B", "T", "bn", "mn", "mln", "bln", "tn", "trn", "million", "billion",
     "trillion", "mil", "bil",
     "km²", "km³", "m²", "m³", "km2", "km3", "m2", "m3"} - {"p", "s", "st"}, key=longest_first)) \
    + r"|p(?!\.?[mM]\b)|(?<=\.[0-9])s|(?<=\.[0-9]{2})s|(?<=\.[0-9]{3})s"  \
    + r"|(?<=[02-9])st|(?<=11)st"  # ("44.98s"; not the "1990s"; stone where no ordinal can be: "14st", not "21st")
_VULGAR = VULGAR
# What may not stand right before a number: a word character, a decimal point, a path or identifier
# mark ("v2.0", "'16", "COVID-19" is read from the hyphen, see figure_currency).
_NOT_AFTER = r"[\w.,/:'’@#&=^*%\\\u0300-\u036f]"


#: ISO codes that may stand glued to a sum: "USD5,000", "EUR300", "GBP12 million" (three letters each).
_GLUED_CODES = "|".join(sorted(code.upper() for code in CURRENCY_SIGNS if len(code) == 3 and code.isalpha()
                               and code.isascii()))


def _digits_pattern(digits: str, separator: str) -> re.Pattern[str]:
    """The pattern opens with a character class, so the regex engine skips to the next digit in C, and
    checks the character before it with a two-character lookbehind. The groups hold what follows the
    first character: ``num`` the rest of the digits ("1" + "2,500"), ``dec`` a decimal written without
    its zero (".75"), ``ratio`` a fraction ("1" + "/4"), ``vulgar`` a fraction sign ("½")."""
    rest = "|".join(re.sub(r"^\[0-9\](?:\{1,([23])\}|\+)",
                           lambda m: f"[0-9]{{0,{int(m.group(1)) - 1}}}" if m.group(1) else "[0-9]*", alt)
                    for alt in digits.split("|"))
    return compile_pattern(
        rf"[0-9{_VULGAR}\{separator}](?:(?<!{_NOT_AFTER}.)|(?<=(?<![^\s(\[])\*[0-9])|(?<=(?<![^\s(\[])\*\*[0-9])"
        rf"|(?<=(?<![\w.])(?:R|N|K|P)[0-9])|(?<=(?<![\w.])R[Mps][0-9])|(?<=(?<![\w.])Rs\.[0-9])"
        rf"|(?<=(?<![\w.])(?:{_GLUED_CODES}|KSh|USh|TSh|Shs|Dhs)[0-9])|(?<=(?<![\w.])(?:Sh|KD|QR|JD|Dh|Tk|Bt|Nu|MK|Rf|SR|RO)[0-9]))"
        # (after an emphasis opening in Markdown: '**21,400 trips**', '*4.5 km*'; 'R15 bn', 'N2.4 trillion', 'RM250',
        # 'Rp15,720', 'Rs186 billion', 'Rs.500', 'Tk12,500', 'USD5,000', 'KSh13.2 million', 'Sh58,000', 'KD6.3
        # billion', 'Bt48.7 billion': the sign glued)
        rf"(?:(?<=[0-9])(?P<ratio>[0-9]?[/⁄][0-9]{{1,3}})(?![0-9/⁄])|(?<=[{_VULGAR}])(?P<vulgar>)"
        rf"|(?:(?<=[0-9])(?P<num>{rest})|(?<=\{separator})(?P<dec>[0-9]+))"
        rf"(?:(?P<frac>(?:-|[ \t]{{1,2}})[0-9]{{1,2}}[/⁄][0-9]{{1,3}}(?![0-9/⁄])|[ \t]?[{_VULGAR}])"
        rf"|[-–](?P<max>{digits}))?"
        r"(?P<sci>×10\^?[-−]?[0-9]{1,3}|[x*]10\^[-−]?[0-9]{1,3}|[eE][-+]?[0-9]{1,3}(?![0-9]))?"
        r"(?P<pm>[ \t]?±[ \t]?[0-9]+(?:\.[0-9]+)?)?)"
        rf"(?P<att>{_ATTACHED})?"
        r"(?![\w]|[.,:][0-9]|[/⁄][0-9]|[-–][0-9]|\.[a-z]{2,4}\b)"  # (not a web address: '24.kg')
    )


_TOKEN = trie((*NUMBER_WORDS, "and", "a", "an", "point"))
# "of" between a fraction and a scale: "a quarter of a million" (only there: "one of the" stops at "one").
_OF_A_SCALE = r"of(?=[ \t]+an?[ \t]+(?:million|billion|trillion)\b)"
_WORDS_CORE = (trie(NUMBER_WORDS, also=(rf"an?[ \t]+{trie(NUMBER_WORDS)}",)) + r"\b"
               rf"(?:(?:[ \t]{{1,4}}|[ \t]*-[ \t]*|[ \t]*\n[ \t]*)(?:{_TOKEN}|{_OF_A_SCALE})\b){{0,12}}")
# Spelled-out numbers, matched in lower-cased text after a space or an opening mark (the pattern opens
# with that character, so the regex engine skips to the next one in C): "twenty-five", "two million",
# "a dozen", "half a million", "one - fourth", "two hundred point seventy-one", "two and a half".
WORDS = compile_pattern(rf"[\s(\[“\"*‘—–]{_WORDS_CORE}")  # ('**four years**': a star opens Markdown's emphasis)
# The same at the very start of a paragraph.
WORDS_OPENING = compile_pattern(_WORDS_CORE)


@functools.cache
def _words_any_case() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """WORDS and WORDS_OPENING ignoring case, for the rare text whose lower case changes its length
    ("İ" -> "i̇"); compiled when first needed."""
    return compile_pattern(WORDS.pattern, re.IGNORECASE), compile_pattern(WORDS_OPENING.pattern, re.IGNORECASE)


# A telephone number: "202 555 0100", "(202) 555-0100", "202.555.0100", "+44 20 7946 0958", "020 7946 0958",
# "+1 (877) 555-0143", "+44 (0)20 7946 0958".
PHONE = compile_pattern(r"\(?[0-9]{3}\)?[ .-]?[0-9]{3}[ .-][0-9]{4}(?![0-9])"
                        r"|\+[0-9]{1,3}(?:[ .-][0-9]{1,4}){2,5}(?![0-9])"
                        r"|\+[0-9]{1,3}[ .-]?\([0-9]{1,4}\)[0-9]{0,2}(?:[ .-][0-9]{2,4}){2,3}(?![0-9])"
                        r"|\(?0[0-9]{2,4}\)?[ .-][0-9]{3,4}[ .-][0-9]{3,4}(?![ .-]?[0-9])"
                        r"|1[38]00(?:[ .-][0-9]{2,3}){2,3}(?![ .-]?[0-9])")  # ("020 7946 0958": a
# trunk's 0; "1800 742 389", "1800 93 12 40", Australian free-call numbers; not a run of digit groups, which is read
# whole as one number)
# A number in English text: "2.5", "7-3/8", "1,500", "30-40", "10C", "2.48×10−5", "½".
DIGITS = _digits_pattern(_DIGITS_EN, ".")


@functools.cache
def _continental_digits() -> re.Pattern[str]:
    """DIGITS where the text writes "1.500" and "2,5" (continental separators); compiled when first needed."""
    return _digits_pattern(_DIGITS_CONTINENTAL, ",")


_NO_GROUPING = str.maketrans("", "", " \u00a0\u202f\u2009")
# A scale word after the digits: "2.5 billion", "31 mln", "35 lakh", "2.33 k", "a 108-billion-dlr debt".
SCALE_AFTER = compile_pattern(r"(?=\s)[ \t]{0,2}\n?[ \t]{0,2}(?:(?P<word>(?i:million|billion|trillion|thousand|hundred"
                              r"|lakhs?|crores?|mln|bln|bn|mn|tn|trn|tln|mio|dozens?"
                              r"|millones|millions|milliards?|millionen"
                              r"|milliarden|mrd))\b|(?P<k>k)(?![\w-]))"
                              r"|-(?P<joined>(?i:million|billion|trillion|mln|bln))(?=-[a-z])")
# A second scale word after the first: " trillion" in "7.8 billion trillion tonnes" (group 1: the word).
STACKED_SCALE = compile_pattern(r"[ \t]+(thousand|million|billion|trillion)\b")
# A crore after a lakh: " crore" in "Rs 3.5 lakh crore" (a lakh of crores).
LAKH_CRORE = compile_pattern(r"[ \t]+crores?\b", re.IGNORECASE)
# A scale joined by a hyphen to an amount of money, as Canadian and some US copy writes it: "$3.5-billion",
# "$200-million" (the group is named as SCALE_AFTER's joined one).
MONEY_SCALE_JOINED = compile_pattern(r"-(?P<joined>(?i:million|billion|trillion))\b(?![-'’])")
# A wire scale after a spelled-out number: "three mln", "seven bln" ("three million" is read as words).
WORD_SCALE_AFTER = compile_pattern(r"[ \t]{1,2}(?i:(mln|bln|bn|mn|tn|trn|tln|mio))\b")
# Continental style in a document: "1.234.567", "1.500,75", "2,5 Millionen", "3,5 %".
_CONTINENTAL_HINT = (r"[0-9](?<![0-9.,][0-9])(?:[0-9]{0,2}(?:\.[0-9]{3}){2,}(?![0-9.,])"
                     r"|[0-9]{0,2}(?:\.[0-9]{3})+,[0-9]+"
                     r"|[0-9]*,[0-9]{1,2}[ \t]?(?:%|€|(?i:prozent|por ciento|pour cent"
                     r"|millionen|milliarden|millones|millions|milliards|mio|mrd|euro)))")
CONTINENTAL_HINT = compile_pattern(_CONTINENTAL_HINT)
# A point or a comma between digits, where a continental hint may be (each opens with its mark, which
# the regex engine finds fast): "1.500", "2,5".
DOT_IN_DIGITS = compile_pattern(r"\.(?<=[0-9]\.)(?=[0-9])")
COMMA_IN_DIGITS = compile_pattern(r",(?<=[0-9],)(?=[0-9])")
_ASCII_DIGITS = frozenset("0123456789")
#: Letters that re and the regex module may match differently ignoring case ("ı" is "i" only to re).
_FOLDED_APART = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K (Kelvin)
# English style: "1,500.25", "1,234,567", "2.5 million", "3.5%".
ENGLISH_HINT = compile_pattern(r"[0-9],[0-9]{3}(?:\.[0-9]|,[0-9]{3})|[0-9]\.[0-9]{1,2}[ \t]?(?:%|percent|per cent|pct"
                               r"|million|billion|mln|bln)")
# One word of a spelled-out number: "twenty" and "five" in "twenty-five".
_WORD_TOKEN = compile_pattern(r"[A-Za-z]+")
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
    max_start: int = 0
    raw: int | float = 0
    scale: int = 1
    words: bool = False
    fraction: bool = False
    currency: str | None = None
    attached: str | None = None
    attached_start: int = 0
    digits: str = ""

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


def is_continental(text: str) -> bool:
    """True when the document writes "1.500" for fifteen hundred and "2,5" for two and a half."""
    if any(letter in text for letter in _FOLDED_APART):
        return bool(_continental_hint_folded().search(text)) and not ENGLISH_HINT.search(text)
    return _has_continental_hint(text) and not ENGLISH_HINT.search(text)


def _has_continental_hint(text: str) -> bool:
    """``CONTINENTAL_HINT.search(text)``, tried only where a hint can start. Every hint has a separator
    between digits, and the digits before its first separator are all of it that comes before: so it
    starts where the run of digits before some SEPARATOR_IN_DIGITS starts."""
    tried = -1
    for m in itertools.chain(DOT_IN_DIGITS.finditer(text), COMMA_IN_DIGITS.finditer(text)):
        start = m.start() - 1
        while start > 0 and text[start - 1] in _ASCII_DIGITS:
            start -= 1
        if start != tried and CONTINENTAL_HINT.match(text, start):
            return True
        tried = start
    return False


@functools.cache
def _continental_hint_folded() -> regex.Pattern[str]:
    """CONTINENTAL_HINT as the regex module reads it, which it was written for, where the text holds a letter
    of _FOLDED_APART; imported and compiled when first needed."""
    import regex

    return regex.compile(_CONTINENTAL_HINT)


def iter_numbers(text: str, start: int, end: int, continental: bool = False,
                 lowered: str | None = None) -> Iterator[Number]:
    """Every number in ``text[start:end]``, left to right; numbers never overlap. ``lowered`` is
    ``text.lower()`` when the caller has it (spelled-out numbers are matched in lower case)."""
    digits = Starts(_continental_digits() if continental else DIGITS, text,
                    digit_starts(text, start, end, "," if continental else "."), end)
    if lowered is None:
        lowered = text.lower()
    if len(lowered) == len(text):
        words, opening = Starts(WORDS, lowered, word_starts(lowered, start, end), end), WORDS_OPENING
        w = opening.match(lowered, start, end) or words.search(start)
    else:
        any_case, opening = _words_any_case()
        words = Starts(any_case, text, None, end)
        w = opening.match(text, start, end) or words.search(start)
    d = digits.search(start)
    while d is not None or w is not None:
        if w is None or (d is not None and d.start() < w.start()):
            at = d.start()
            if at > start and text[at - 1] in "(+":
                phone = PHONE.match(text, at - 1, end)
            else:  # a telephone number opening with its digits has three of them first
                phone = PHONE.match(text, at, end) if text[at:at + 3].isdigit() else None
            number = None if phone else read_number(text, d, start, end, continental)
            pos = phone.end() if phone else number.end if number is not None else d.end()
            d = digits.search(pos)
        else:
            number = _read_words(text, w)
            pos = number.end if number is not None else _WORD_TOKEN.search(text, w.start(), end).end()
        if w is not None and w.start() < pos:
            w = words.search(pos - 1)
        if d is not None and d.start() < pos:
            d = digits.search(pos)
        if number is not None:
            yield number


def read_number(text: str, m: re.Match[str], start: int, limit: int, continental: bool = False) -> Number | None:
    """The number matched by ``m`` (a DIGITS match) in the paragraph ``text[start:limit]``, with the sign
    and currency sign before it; None when it reads as no quantity."""
    ratio, _, num, dec, frac, high_digits, sci, _, attached = m.groups()
    at, end = m.span()
    if num is not None:  # the digits of the match: "2,500", ".75", "1/4", "½"
        numeral = text[at:m.end(3)]
    elif dec is not None:
        numeral = text[at:m.end(4)]
    elif ratio is not None:
        numeral = text[at:m.end(1)]
    else:
        numeral = text[at]
    value = _digits_value(numeral, num is None and dec is None, frac, continental)
    if value is None:
        return None
    begin = sign_and_currency(text, at, start)
    if begin is None:
        return None
    first, sign, currency = begin
    number = Number(first, end, at - (sign != ""), value, digits=numeral if ratio is None else "",
                    currency=currency, fraction=num is None and dec is None)
    if high_digits:
        high = _to_float(high_digits, continental)
        if high is None or high <= value:
            return None
        number.value_max, number.max_start = high, m.start("max")
    scale = 1
    if attached in ("B", "M", "T") and currency is None and "." not in numeral:
        return None  # "221B Baker Street", not 221 billion ("$5B", "1.2B" are scales)
    if attached:
        if attached.lower() in SCALES and not (attached == "m" and _metre_context(text, end, limit, number)):
            scale = SCALES[attached.lower()]
        else:
            number.attached, number.attached_start = attached, m.start(9)
    elif end < limit and (text[end] == "-" or text[end].isspace()):  # SCALE_AFTER opens with either
        after = SCALE_AFTER.match(text, end, limit)
        if after is None and number.currency is not None and text[end] == "-":
            after = MONEY_SCALE_JOINED.match(text, end, limit)  # 'a $3.5-billion plan'
        if after:
            word = after.group(after.lastindex).lower().removesuffix("s")  # (word, k or joined: one matched)
            word = word if word in SCALES or word in _SCALE_WORDS else word + "s"
            scale = SCALES[_SCALE_WORDS.get(word, word)]
            number.end = after.end()
            if word == "lakh" and (crore := LAKH_CRORE.match(text, number.end, limit)) is not None:
                scale, number.end = scale * SCALES["crore"], crore.end()  # 'Rs 3.5 lakh crore': 3.5 trillion
            elif (stacked := STACKED_SCALE.match(text, number.end, limit)) is not None:
                scale, number.end = scale * SCALES[stacked.group(1).lower()], stacked.end()  # '1.3 billion
                # trillion litres': 1.3e21
    if scale == 1 and currency in GLUED_SIGN_CURRENCIES and not glued_sum(text, currency, first, number.end):
        return None  # 'the R2 road', 'N95 masks
    return number if _apply(number, sci, scale, sign) else None


#: Largest power of ten a figure may carry: past it a float overflows ("2.48x10^345").
_MAX_EXPONENT = 300


def _apply(number: Number, sci: str | None, scale: int, sign_mark: str) -> bool:
    """Give the number its sign, exponent and scale; False for a value no float can hold ("3e999")."""
    sign = -1 if sign_mark in ("-", "−") else 1
    exponent = 0
    if sci:  # "e-5", "×10−5", "x10^3"
        power = sci[1:] if sci[0] in "eE" else sci[1:].removeprefix("10").lstrip("^")
        exponent = int(power.replace("−", "-"))
        if abs(exponent) > _MAX_EXPONENT:
            return False
    number.raw = tidy(sign * number.value * 10 ** exponent)
    number.scale = scale
    number.value = tidy(number.raw * scale)
    if number.value_max is not None:
        number.value_max = tidy(sign * number.value_max * scale)
    return True


def _digits_value(numeral: str, fraction: bool, frac: str | None, continental: bool) -> int | float | None:
    if fraction:
        return _fraction(numeral)
    value = _to_float(numeral, continental)
    if value is None or (len(numeral) > 15 and numeral.isdigit()):
        return None  # an identifier: "673679711437004805"
    if frac:
        part = _fraction(frac.strip(" \t-"))
        if part is None:
            return None
        if isinstance(value, float):  # a fraction of the last decimal place, as grain prices are quoted:
            places = len(numeral.rpartition("." if not continental else ",")[2])  # '2.74-1/2 dlrs' is 2.745
            return round(value + part / 10 ** places, places + 4)
        value += part
    return value


def _fraction(text: str) -> float | None:
    if text in _VULGAR:
        import unicodedata  # (only for a fraction in one character: '½')

        return unicodedata.numeric(text)
    numerator, _, denominator = text.replace("⁄", "/").partition("/")
    top, bottom = int(numerator), int(denominator)
    if bottom not in _DENOMINATORS or not 0 < top < bottom:
        return None
    return top / bottom


def _to_float(digits: str, continental: bool) -> int | float | None:
    if len(digits) > 24:
        return None  # an identifier or a run of digits, not a quantity
    if digits.isdigit():
        return int(digits)
    digits = digits.translate(_NO_GROUPING)
    digits = digits.replace(".", "").replace(",", ".") if continental else digits.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in digits else value


def _metre_context(text: str, pos: int, limit: int, number: Number) -> bool:
    """"1.8m tall", "the 100m sprint", "a 4m-high wall", "He cleared 4.72m.", "won the 400m": a glued "m" is
    metres, not millions (never after a currency sign)."""
    if number.currency:
        return False
    word = _WORD_TOKEN.match(text, pos + 1, min(limit, pos + 20)) if pos < limit and text[pos] in " -" else None
    if word and word.group().lower() in METRE_CONTEXT:
        return True  # ('1.8m tall', 'a 4m-high wall')
    if word and text[word.end():word.end() + 1] == " " and word.group().islower() \
            and (second := _WORD_TOKEN.match(text, word.end() + 1, min(limit, word.end() + 20))) is not None \
            and second.group().lower() in METRE_CONTEXT:
        return True  # ('a 640m demountable barrier', not 'a 640m gas field')
    numeral = text[number.number_start:pos - 1]
    if (word is None or word.group() in _AFTER_RACE) and (number.value >= 1000 or DECIMALS_2.search(numeral)) \
            and not (pos < limit and text[pos].isalpha()):
        return True  # a measure's shape, nothing counted after it: 'reached 5,410m on Monday', 'with 64.35m, ahead'
        # (not '2.5m people', nor 'hit 4.1m,' in viewers)
    before = text[max(0, number.start - 12):number.start].split()[-1:]
    return bool(before) and (before[0].lower() in METRE_BEFORE or (
        before[0].lower() == "the" and number.value in RACE_METRES and (not word or word.group() in _AFTER_RACE)))


# Two decimal places, a measurement's precision: ".35" in "64.35" (millions are given to one: "4.1m").
DECIMALS_2 = compile_pattern(r"\.[0-9]{2}$")
#: Words after "the 400m" that name no counted thing (not "the 400m people"): "won the 400m in 44.98sec".
_AFTER_RACE = frozenset("in at on and or with for by was is after before when".split())


#: Fraction words that may open a compound after a number: 'quarter' in 'two quarter-point cuts'.
_FRACTION_WORDS = frozenset({"quarter", "half", "third", "fifth", "tenth"})
# A hyphen and a word after a token: "-point" in "quarter-point".
HYPHEN_WORD = compile_pattern(r"-[a-z]")
# A range's first number and its 'or' or 'to' right before a number: "two or " in "two or three quarters".
RANGE_OPENED_BEFORE = compile_pattern(r"\b(?:[0-9]+|" + "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
                                      + r")[ \t]+(?:or|to)[ \t]+$", re.IGNORECASE)


def _read_words(text: str, m: re.Match[str]) -> Number | None:
    first = m.start() + (not text[m.start()].isalpha())
    if m.end() - first <= 9 and text[first:m.end()].isalpha():  # one word: "two", "seventeen"
        value = SMALL_NUMBERS.get(text[first:m.end()].lower())
        if value is not None:
            return _wire_scale(text, Number(start=first, end=m.end(), number_start=first, value=value, raw=value,
                                            words=True))
    tokens = list(_WORD_TOKEN.finditer(text, m.start(), m.end()))
    compound = next((i for i, t in enumerate(tokens) if i > 0 and t.group().lower() in _FRACTION_WORDS
                     and tokens[i - 1].group().lower() not in ("a", "an") and HYPHEN_WORD.match(text, t.end())), None)
    if compound is not None:
        tokens = tokens[:compound]  # a fraction opening a compound is no part of the number: 'two quarter-point
        # cuts' (two cuts; but 'four-and-a-half-acre')
    hyphens = [i > 0 and "-" in text[tokens[i - 1].end():t.start()] for i, t in enumerate(tokens)]
    if len(tokens) == 2 and not hyphens[1] and tokens[1].group().lower() == "quarters" \
            and RANGE_OPENED_BEFORE.search(text, max(0, tokens[0].start() - 24), tokens[0].start()) is not None \
            and not text.startswith(" of ", tokens[1].end()):
        tokens = tokens[:1]  # a range of periods of three months: 'two or three quarters to recover' (not 'three
        # quarters of the vote')
    parsed = parse_number_words([t.group() for t in tokens], hyphens)
    if parsed is None or parsed.words == 0:
        return None
    start, end = tokens[0].start(), tokens[parsed.words - 1].end()
    value = parsed.value
    scale = WORD_SCALES.get(tokens[parsed.words - 1].group().lower(), 1) if parsed.words > 1 else 1
    return _wire_scale(text, Number(start=start, end=end, number_start=start, value=value, raw=tidy(value / scale),
                                    scale=scale, words=True, fraction=parsed.fraction))  # ('eight billion': 8 and
    # its scale, as '8 billion' is read)


def _wire_scale(text: str, number: Number) -> Number:
    """A spelled-out number with a wire scale after it: "three mln shares" (3,000,000), "seven bln yen"."""
    after = WORD_SCALE_AFTER.match(text, number.end)
    if after is not None:
        number.scale = SCALES[after.group(1).lower()]
        number.value = tidy(number.raw * number.scale)
        number.end = after.end()
    return number


def tidy(value: float) -> int | float:
    """A float that is a whole number as an int, others rounded to 12 significant digits (0.1 + 0.2)."""
    if isinstance(value, float):
        value = float(f"{value:.12g}")
        if value.is_integer() and abs(value) < 1e18:
            return int(value)
    return value
