"""Figures: every number the story reports, with its value, unit and what it counts.

>>> from newsparse.zones import zone
>>> doc = zone("T\\n\\nSome of the estimated 500 Canadian troops left; 30 out of the 130 personnel stay. "
...            "It costs $2.5 billion, a 12 per cent rise, on January 8, 2020.\\n")
>>> [(f.text, f.value, f.unit, f.kind) for f in extract_figures(doc)]
[('500 Canadian troops', 500, 'troops', 'count'), ('30', 30, 'personnel', 'count'), \
('130 personnel', 130, 'personnel', 'count'), ('$2.5 billion', 2500000000, 'USD', 'money'), \
('12 per cent', 12, 'percent', 'percent')]

What is read: digits with separators and decimals, scale words (``2.5 billion``, ``$3bn``,
``31 mln``), number words (``two million``, ``twenty-five``, ``a dozen``), wire fractions
(``7-3/8 pct``), currency signs and words (ISO 4217 codes), percent, measures, durations, and
for counts the counted noun (``500 Canadian troops`` -> ``troops``). Qualifiers (``about``,
``more than``, ``up to``) are reported apart, outside the span. Each end of a range is its own
figure, the first taking the unit of the second (``30 to 40 percent``).

Not figures: years and dates, times, ordinals, identifiers (``Article 5``, ``F-35``,
``COVID-19``), numbers inside URLs and names.
"""

from __future__ import annotations

import re

from ..lexicon.calendar import MONTH_ALTERNATION
from ..lexicon.numbers import SCALES, words_to_number
from ..lexicon.units import (
    CENT_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DURATION_WORDS,
    MEASURE_WORDS,
    PERCENT_WORDS,
)
from ..model import Figure
from ..zones import ZonedDoc


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|trillion|dozen)"
)
# A figure: optional currency sign, a number in digits or words, optional scale word.
# "$2.5 billion", "US$ 3", "7-3/8", "1,500", "4.2m", "two million", "twenty-five", "a dozen".
FIGURE = re.compile(
    r"(?P<currency>(?:US|U\.S\.|HK|C|A|NZ|S|R)?\$|€|£|¥|₹|\bRs\.?)?\s?"
    r"(?:(?P<digits>(?<![\w./:-])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[- ]\d{1,2}/\d{1,2})?(?![\w/]|[.,:]\d))"
    r"|(?P<words>(?<![\w-])(?:a\s+|half\s+a\s+)?" + _NUMBER_WORD + r"(?:(?:-|\s+|\s+and\s+)" + _NUMBER_WORD + r"){0,5}"
    r"(?![\w-])))"
    r"(?P<scale>\s?(?:million|billion|trillion|thousand|mln|bln|bn|mn|tn)\b|(?<=\d)[mkb]\b)?",
    re.IGNORECASE,
)
# Units after the figure: "%", "per cent", "mln dlrs", "Canadian dlrs", "pct", "miles", "years".
UNIT_AFTER = re.compile(
    r"\s?(?P<unit>%|(?:" + _alternation(set(PERCENT_WORDS) | set(CURRENCY_WORDS) | set(MEASURE_WORDS)
                                      | set(DURATION_WORDS) | CENT_WORDS) + r")(?![\w]))",
    re.IGNORECASE,
)
# Words before a figure that make it a qualifier-bounded figure: "about 500", "more than $2 billion".
QUALIFIER_BEFORE = re.compile(
    r"(?P<q>about|around|approximately|roughly|nearly|almost|some|over|under|more than|less than|fewer than|"
    r"up to|at least|at most|as many as|as much as|an estimated|estimated|just over|just under)\s+$",
    re.IGNORECASE,
)
# Context that makes a number an identifier, date or time, not a figure:
# "Article 5", "No. 1", "January 8", "H.R. 3762", "page 4".
IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|Article|Section|Title|Rule|Chapter|Page|Room|Route|Highway|Interstate|Flight|"
    r"Resolution|Amendment|District|Precinct|Item|Proposition|Prop|Act|Level|Phase|Grade|Class|Category|"
    r"Channel|Apollo|Windows|Vol|Volume|Part|Figure|Table|Game|Round|Week|Day)\.?|"
    r"\b(?:" + MONTH_ALTERNATION + r")\.?|\b[A-Z]\.[A-Z]\.)\s*$"
)
# A month after the number ("8 January") or a clock after it ("3 p.m.", "10:30").
DATE_OR_TIME_AFTER = re.compile(r"\s*(?:(?:" + MONTH_ALTERNATION + r")\b|[ap]\.?m\.?(?!\w)|GMT|EST|EDT|ET\b)",
                                re.IGNORECASE)
# Words that may sit between a number and its counted noun: "500 Canadian troops", "3 armed men".
_COUNT_WORD = re.compile(r"\s+(?P<word>[A-Za-z][a-z'’-]*|[A-Z][A-Za-z'’-]*)")
_STOP_WORDS = frozenset(
    """
    of the a an and or to in on at by for from with as than that this which who were was are is be been
    had has have will would could should may might can did do does per out percent pct vs against over
    under more less about into after before during since until while among between year years old
    times time
    """.split()
)
_IRREGULAR_PLURALS = frozenset({"people", "personnel", "men", "women", "children", "police", "staff", "cattle",
                                "sheep", "fish", "deer", "aircraft", "livestock", "folks", "youth"})
_RANGE_JOINERS = re.compile(r"\s*(?:to|-|–|and|or|out of(?: the)?|of(?: the)?)\s*", re.IGNORECASE)
# The address part is tried only where a run of non-space begins, so a long run stays linear.
_URL = re.compile(r"https?://\S+|www\.\S+|(?<!\S)[^\s@]+@\S+\.\w+")
_YEAR_MIN, _YEAR_MAX = 1800, 2100


def extract_figures(doc: ZonedDoc) -> list[Figure]:
    """Every figure in the body paragraphs, in document order."""
    text = doc.text
    figures: list[Figure] = []
    for para in doc.paragraphs:
        masked = [(m.start(), m.end()) for m in _URL.finditer(text, para.start, para.end)]
        for m in FIGURE.finditer(text, para.start, para.end):
            if any(s <= m.start() < e for s, e in masked):
                continue
            figure = _read(text, m, para.end)
            if figure is not None:
                figures.append(figure)
    return _share_range_units(text, figures)


def _read(text: str, m: re.Match[str], limit: int) -> Figure | None:
    digits, words = m.group("digits"), m.group("words")
    start = m.start("currency") if m.group("currency") else m.start("digits" if digits else "words")
    end = m.end()
    if digits:
        value = _digits_value(digits)
    else:
        if not _words_count(words):
            return None
        value = words_to_number(words.replace("half a", "").strip()) if "half" not in words.lower() else None
        if words.lower().startswith("half"):
            inner = words_to_number(words.lower().replace("half a", "").strip())
            value = inner / 2 if inner else None
        if words.lower().startswith("a "):
            start = m.start("words")
    if value is None:
        return None
    scale = (m.group("scale") or "").strip().lower()
    if scale:
        value *= SCALES[scale]
    if digits and _not_a_figure(text, m, value, bool(scale or m.group("currency"))):
        return None
    unit, kind = None, "count"
    if m.group("currency"):
        unit, kind = CURRENCY_SYMBOLS.get(m.group("currency").lower().replace(" ", ""), "USD"), "money"
    after = UNIT_AFTER.match(text, end, limit)
    if after:
        word = " ".join(after.group("unit").lower().split())
        code, kind_after = _unit_code(word)
        if code and (unit is None or kind_after == "money"):
            unit, kind, end = code, kind_after, after.end()
            if word in CENT_WORDS:
                value = value / 100
    if unit is None:
        noun = _counted_noun(text, end, limit)
        if noun:
            unit, end = noun[0], noun[1]
        elif words and words.lower() in ("one", "a dozen"):
            return None
    if digits and unit is None and _looks_like_year(digits, text, m):
        return None
    qualifier = QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
    return Figure(
        text=text[start:end], start=start, end=end, value=_tidy(value), unit=unit, kind=kind,
        qualifier=qualifier.group("q").lower() if qualifier else None,
    )


def _digits_value(digits: str) -> float | int | None:
    whole, _, frac = digits.replace(" ", "-").partition("-") if "/" in digits else (digits, "", "")
    if not whole and digits.startswith("-"):
        return None
    try:
        value = float(whole.replace(",", ""))
    except ValueError:
        return None
    if frac:
        num, _, den = frac.partition("/")
        if int(den) == 0:
            return None
        value += int(num) / int(den)
    return value


def _words_count(words: str) -> bool:
    return bool(words.strip())


def _not_a_figure(text: str, m: re.Match[str], value: float, has_unit_marker: bool) -> bool:
    start = m.start("digits")
    if IDENTIFIER_BEFORE.search(text, max(0, start - 12), start) and not has_unit_marker:
        return True
    return bool(DATE_OR_TIME_AFTER.match(text, m.end("digits")))


def _looks_like_year(digits: str, text: str, m: re.Match[str]) -> bool:
    return digits.isdigit() and len(digits) == 4 and _YEAR_MIN <= int(digits) <= _YEAR_MAX


def _unit_code(word: str) -> tuple[str | None, str]:
    if word in PERCENT_WORDS:
        return "percent", "percent"
    if word in CURRENCY_WORDS:
        return CURRENCY_WORDS[word], "money"
    if word in CENT_WORDS:
        return "USD", "money"
    if word in MEASURE_WORDS:
        return MEASURE_WORDS[word], "measure"
    if word in DURATION_WORDS:
        return DURATION_WORDS[word], "duration"
    return None, "count"


def _counted_noun(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The head noun counted after a number: '500 Canadian troops' -> ('troops', end)."""
    for _ in range(3):
        m = _COUNT_WORD.match(text, pos, limit)
        if not m:
            return None
        word = m.group("word")
        low = word.lower()
        if low in _STOP_WORDS:
            return None
        if low in _IRREGULAR_PLURALS or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3):
            return low, m.end()
        if not word[0].isupper() and not low.endswith(("al", "ed", "ian", "ese", "ish", "ive", "ful", "ing")):
            return None
        pos = m.end()
    return None


def _share_range_units(text: str, figures: list[Figure]) -> list[Figure]:
    """'30 to 40 percent', '30 out of the 130 personnel': the first end takes the second's unit."""
    out = list(figures)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit is None and b.unit is not None and _RANGE_JOINERS.fullmatch(text, a.end, b.start):
            out[i] = Figure(a.text, a.start, a.end, a.value, b.unit, b.kind, a.qualifier, a.value_max)
    return out


def _tidy(value: float | int) -> float | int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
