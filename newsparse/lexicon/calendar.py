"""Month and weekday names as datelines and bylines write them.

>>> MONTHS["sept"], MONTHS["january"]
(9, 1)
"""

from __future__ import annotations

from ..pattern_cache import longest_first

#: Month names and wire abbreviations -> month number ("Jan. 8", "Sept 3", "8 January").
MONTHS: dict[str, int] = {}
_abbreviations: set[str] = set()
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number
    _abbreviations.update(_names[1:])
#: The wire abbreviations alone: "jan", "sept" (not "may", a month's whole name).
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(_abbreviations)

#: Weekday names and abbreviations -> ISO weekday (Monday = 1): "Wednesday", "Wed.".
WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    ),
    start=1,
):
    for _name in _names:
        WEEKDAYS[_name] = _number

#: Regex alternation of every month name, longest first ("September|Sept|Sep|...").
MONTH_ALTERNATION = "|".join(sorted((m.capitalize() for m in MONTHS), key=longest_first))
#: Regex alternation of every weekday name, longest first.
WEEKDAY_ALTERNATION = "|".join(sorted((d.capitalize() for d in WEEKDAYS), key=longest_first))

#: Spans of time a count or 'later' goes with: "An hour later she posted again", "Her husband of 38 years, Woody".
SPANS_OF_TIME = frozenset("moment moments minute minutes hour hours day days week weeks month months year years decade "
                          "decades".split())
