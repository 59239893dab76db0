"""The words around a number: whether it is a figure at all, its qualifier, its sign, an age.

>>> from newsparse.extract.figure_numbers import iter_numbers
>>> text = "On January 8, 2020 at 3 p.m., Article 5 and Fox 35 said about 500 people, minus 5 percent."
>>> [(text[n.start:n.end], not_a_figure(text, n, None, 0)) for n in iter_numbers(text, 0, len(text))]
[('8', True), ('2020', True), ('3', True), ('5', True), ('35', True), ('500', False), ('5', False)]
>>> qualifier_before(text, text.index("500")), minus_before(text, text.index("5 percent"), 0)
('about', 74)

Not figures: dates (``January 8``, ``8 January``, ``June 9 and 15``, ``May 13-22``), years
(``2020``, ``fiscal 1987``), times (``3 p.m.``, ``1300 GMT``), identifiers after a label word
(``Article 5``, ``No. 1``, ``page 4``, ``H.R. 3762``), numbers in names (``Fox 35``, ``Boeing 747``,
``the Big Ten``), addresses (``1600 Pennsylvania Avenue``), list and footnote numbers (``1.`` opening
a line, ``[2]``). URLs, e-mail addresses and phone numbers are masked before numbers are read.
"""

from __future__ import annotations

import re

from ..lexicon.calendar import MONTH_ALTERNATION
from .figure_numbers import Number

_MONTHS = MONTH_ALTERNATION + "|" + MONTH_ALTERNATION.upper()
# A month just before: "January 8", "Jan. 8", "MARCH 3", "June 9 and 15", "May 13-" (a day, not a figure).
DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})[.,]?\s{{1,3}}(?:[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s{{0,3}}"
                         r"(?:and|to|through|or|&|-|–)\s{0,3})?$")
# A month just after: "8 January", "8th of January".
DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_MONTHS})\b")
# A clock time: "3 p.m.", "10 am", "1300 GMT", "9 o'clock", "6 ET".
TIME_AFTER = re.compile(r"[ \t]?(?::[ \t]?[0-9]{2}\b|[aApP]\.[mM]\.|[aApP][mM]\b|o['’]clock\b"
                        r"|(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT|IST|JST)\b|local time\b)")
# A label that makes the number an identifier: "Article 5", "No. 1", "page 4", "H.R. 3762", "Chapter 11".
IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:(?i:article|section|sect|sec|chapter|page|pages|pp?\.|rule|title|room|suite|route|highway|interstate|"
    r"flight|resolution|amendment|district|precinct|ward|item|proposition|prop|level|phase|grade|class|"
    r"category|channel|volume|vol|part|figure|fig|table|game|round|stage|season|episode|verse|platform|gate|"
    r"terminal|exit|lot|unit|apt|box|model|version|series|form|schedule|annex|appendix|clause|paragraph|para"
    r"|number)|No|Nos|Apollo|Windows|Psalm|Week|Day|Line|Bus|Mark|Mk)\.?|\b(?:[A-Z]\.){1,3}[A-Z]?|\bno\.|#)"
    r"[ \t]*$"
)
# The word just before: "Fox 35", "Boeing 747", "Calif. 90210", "iPhone 7".
WORD_BEFORE = re.compile(r"(?<![\w.'’-])(?P<word>[\w][\w.'’&-]{0,30})[ \t]$")
# An address after the number: "1600 Pennsylvania Avenue", "10 Downing St.".
ADDRESS_AFTER = re.compile(r"[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd"
                           r"|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Terrace|Parkway|Pkwy|Square"
                           r"|Circle|Plaza)\b")
# A list or footnote number: "1. " or "2) " opening a line, "[3]", "(4)" standing alone.
LIST_AFTER = re.compile(r"[.)\]][ \t]")
# A name right after a bare number: "3 Marco Rubio", "9 Selenis Leyva Got Real" (ranks and list items).
NAME_AFTER = re.compile(r"[ \t][A-Z][a-z]")
# Qualifiers kept apart from the span: "about 500", "more than $2 billion", "up to 40 percent".
QUALIFIER_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?P<q>about|around|approximately|approx\.|roughly|nearly|almost|some|over|under|more than|"
    r"less than|fewer than|up to|at least|at most|as many as|as much as|as few as|as little as|an estimated|"
    r"estimated|just over|just under|well over|well under|in excess of|upwards of|close to|no more than|"
    r"no less than|no fewer than|not more than|below|above|exactly|precisely|plus or minus|only|just|a mere|"
    r"barely|a maximum of|a minimum of|a total of|an average of|average of|average)[ \t]+$"
)
# The word "minus" before a number: "minus five percent" (but "plus or minus 5.7 points" is a margin).
MINUS_BEFORE = re.compile(r"(?i)(?<![\w-])(?<!plus or )(?<!plus-or-)(?:minus|negative)[ \t]+$")
# A sign standing alone at the start of a line: "- 10 k" (a signed number written with a space).
SPACED_SIGN = re.compile(r"[ \t]*[-−][ \t]")
_LINE_REST = re.compile(r"[ \t.!?]*(?:\n|$)")
# An age: "under age 45", "aged 30", "those over 50", "died at 92", "voters 45 and older".
AGE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:age[sd]?|at the age of|died at|dies at|dead at|(?:those|people|adults|voters|men|women|"
    r"anyone|children|kids|patients|americans|residents|workers|users|drivers|persons|seniors|individuals)"
    r"[ \t]+(?:over|under|above|below|older than|younger than))[ \t]+$")
AGE_AFTER = re.compile(r"(?i)[ \t]+and[ \t]+(?:older|over|up|above|younger|under)\b")
_SENTENCE_OPENERS = "\n.!?:;\"“‘(["
#: Capitalised words that may stand before a figure without naming it: "By 5 points", "About 500".
_FUNCTION_WORDS = frozenset("""
    a an the and or but of to in on at by for from with as than about around over under nearly almost some
    only just all another those these its their his her our up down more less fewer least most roughly
    approximately estimated another each every both between among after before since until during per vs
    within without against toward towards into onto upon via plus minus total average
    """.split())
_YEAR_MIN, _YEAR_MAX = 1800, 2100
_VOCABULARY_KINDS = frozenset({"money", "percent", "measure", "duration"})


def not_a_figure(text: str, number: Number, kind: str | None, para_start: int) -> bool:
    """True when the number is a date, year, time, identifier, name part, address or list number;
    ``kind`` is the kind of the unit found after it (a money, percent, measure or duration unit
    keeps numbers after names: "Inc 4,000 bpd")."""
    start = number.start
    window = max(para_start, start - 40)
    with_unit = kind in _VOCABULARY_KINDS or number.scale > 1 or number.currency is not None
    integer = isinstance(number.value, int) and not number.fraction
    day_like = integer and 0 < number.raw <= 31 and (number.value_max is None or number.value_max <= 31)
    if (day_like or number.words) and (DATE_BEFORE.search(text, window, start) or (
            not number.words and DATE_AFTER.match(text, number.end))):
        return True
    if number.words:
        return text[start].isupper() and not _sentence_initial(text, start, para_start) and not with_unit
    if with_unit and not (number.currency is None and IDENTIFIER_BEFORE.search(text, window, start)):
        return False
    if integer and _is_year(text, number):
        return True
    if TIME_AFTER.match(text, number.end) or IDENTIFIER_BEFORE.search(text, window, start):
        return True
    if _in_name(text, number, para_start) or _list_number(text, number, para_start):
        return True
    if kind == "other" and NAME_AFTER.match(text, number.end):
        return True
    return bool(integer and ADDRESS_AFTER.match(text, number.end))


def _is_year(text: str, number: Number) -> bool:
    """"2016", "fiscal 1987", "1981-1989"."""
    digits = number.digits
    return len(digits) == 4 and digits.isdigit() and _YEAR_MIN <= number.raw <= _YEAR_MAX and (
        number.value_max is None or _YEAR_MIN <= number.value_max <= _YEAR_MAX)


def _in_name(text: str, number: Number, para_start: int) -> bool:
    """"Fox 35", "Boeing 747", "iPhone 7": a capitalised word (not opening a sentence, not a function
    word) right before the number."""
    m = WORD_BEFORE.search(text, max(para_start, number.start - 32), number.start)
    if m is None:
        return False
    word = m.group("word")
    if not any(c.isupper() for c in word) or word.lower().rstrip(".") in _FUNCTION_WORDS:
        return False
    return not (word[0].isupper() and word[1:].islower() and _sentence_initial(text, m.start(), para_start))


def _list_number(text: str, number: Number, para_start: int) -> bool:
    """"1. " opening a line or a sentence, "(2)", "[3]", "(1.)"."""
    before = text[max(para_start, number.start - 8):number.start]
    line_start = before.rpartition("\n")[2].strip(" \t([") == "" and (
        "\n" in before or number.start - len(before) == para_start)
    if (line_start or _sentence_initial(text, number.start, para_start)) and LIST_AFTER.match(text, number.end):
        return True
    return before.endswith(("[", "(")) and text.startswith(("]", ")", ".)"), number.end)


def _sentence_initial(text: str, pos: int, para_start: int) -> bool:
    i = pos - 1
    while i >= para_start and text[i] in " \t*_#":
        i -= 1
    return i < para_start or text[i] in _SENTENCE_OPENERS


def qualifier_before(text: str, start: int) -> str | None:
    """"about", "more than", "up to": the qualifier right before a figure, lower case."""
    m = QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
    return " ".join(m.group("q").lower().split()) if m else None


def minus_before(text: str, start: int, para_start: int) -> int | None:
    """Where a figure written with a minus word or a lone sign opening its line starts: "minus five",
    "- 10 k"."""
    m = MINUS_BEFORE.search(text, max(para_start, start - 12), start)
    if m:
        return m.start()
    before = text[max(para_start, start - 8):start]
    _, newline, head = before.rpartition("\n")
    at_line_start = bool(newline) or start - len(before) == para_start
    return start - 2 if at_line_start and SPACED_SIGN.fullmatch(head) else None


def sign_ends_line(text: str, end: int) -> bool:
    """A lone sign counts only when the figure is all the line holds ("- 10 k", not a list item)."""
    return bool(_LINE_REST.match(text, end))


def is_age(text: str, start: int, end: int) -> bool:
    """"under age 45", "those over 50", "voters 45 and older", "died at 92"."""
    return bool(AGE_BEFORE.search(text, max(0, start - 40), start) or AGE_AFTER.match(text, end))
