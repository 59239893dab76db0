"""Dates as news headers write them, to ISO 8601.

>>> to_iso(month=1, day=8)
'--01-08'
>>> to_iso(month=1, day=8, year=2020)
'2020-01-08'
>>> header_date("Published: Wednesday 8 January 2020 10:31 GMT")
datetime.date(2020, 1, 8)
>>> dateline_date(month=12, day=30, reference=datetime.date(2020, 1, 8))
'2019-12-30'
>>> dateline_date(weekday=3, reference=datetime.date(2020, 1, 10))  # Wednesday
'2020-01-08'

A date is matched by our own patterns first (``HEADER_DATE_TEXT``) and only then handed to
dateutil, never by fuzzy scanning of prose; dateutil is imported on first use.

Where the year of a dateline comes from, first found wins: the dateline itself
(``Jan. 8, 2020``); the article's own date (a header date line, ``Published:``, a byline date),
taking the year that puts the day nearest to it; the user's reference date, taking the latest
day on or before it. No date after the reference date is ever given: a year that would put it
there is dropped (``--MM-DD``). A weekday alone (``MOSCOW, Wednesday``) is the latest such day
on or before the article's date, else the reference date, else unknown.
"""

from __future__ import annotations

import datetime
import re

from .lexicon.calendar import MONTH_ALTERNATION, WEEKDAY_ALTERNATION
from .pattern_cache import compile_pattern

# A full date with a year, as header, byline and "Published:" lines write it:
# "January 8, 2020", "Jan. 8, 2020", "8 January 2020", "2020-01-08T10:31Z", "Wednesday 8 January 2020".
HEADER_DATE_TEXT = compile_pattern(
    r"(?:(?:" + WEEKDAY_ALTERNATION + r")\.?,?\s+)?"
    r"(?:(?:" + MONTH_ALTERNATION + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_ALTERNATION + r")\.?,?\s+\d{4}\b"
    r"|\d{4}-\d{2}-\d{2}(?=T|\b))",
    re.IGNORECASE,
)


def to_iso(month: int, day: int, year: int | None = None) -> str | None:
    """``--MM-DD`` without a year, ``YYYY-MM-DD`` with one; None for an impossible date."""
    try:
        datetime.date(year or 2000, month, day)  # 2000 is a leap year: --02-29 is valid
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def resolve_year(month: int, day: int, reference: datetime.date) -> int:
    """The year that puts month/day on or before ``reference`` and nearest to it."""
    for year in range(reference.year, reference.year - 9, -1):
        try:
            if datetime.date(year, month, day) <= reference:
                return year
        except ValueError:  # 29 February in a common year
            continue
    return reference.year - 1


def nearest_year(month: int, day: int, anchor: datetime.date) -> int | None:
    """The year that puts month/day nearest to ``anchor`` (a story dated Dec 31 published Jan 2)."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            distance = abs((datetime.date(year, month, day) - anchor).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def weekday_before(weekday: int, reference: datetime.date) -> datetime.date:
    """The latest date on or before ``reference`` that falls on ISO ``weekday`` (Monday = 1)."""
    return reference - datetime.timedelta(days=(reference.isoweekday() - weekday) % 7)


def dateline_date(month: int | None = None, day: int | None = None, year: int | None = None,
                  weekday: int | None = None, anchor: datetime.date | None = None,
                  reference: datetime.date | None = None) -> str | None:
    """The ISO date of a dateline from its parts, the article's own date and the reference date."""
    if anchor is not None and reference is not None and anchor > reference:
        anchor = None  # an article date after the reference date is not believed
    if month is None or day is None:
        base = anchor or reference
        if weekday is None or base is None:
            return None
        return weekday_before(weekday, base).isoformat()
    if year is not None:  # written in the dateline: kept unless it is after the reference date
        return to_iso(month, day, None if _after(year, month, day, reference) else year)
    if anchor is not None:
        year = nearest_year(month, day, anchor)
    if reference is not None and (year is None or _after(year, month, day, reference)):
        year = resolve_year(month, day, reference)
    return to_iso(month, day, year)


def _after(year: int, month: int, day: int, reference: datetime.date | None) -> bool:
    if reference is None:
        return False
    try:
        return datetime.date(year, month, day) > reference
    except ValueError:
        return False


def header_date(line: str) -> datetime.date | None:
    """The first full date in a header, byline or ``Published:`` line, or None."""
    m = HEADER_DATE_TEXT.search(line)
    if not m:
        return None
    from dateutil import parser as dateutil_parser  # imported only when our pattern found a date

    try:
        return dateutil_parser.parse(m.group().replace(".", ""), fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
