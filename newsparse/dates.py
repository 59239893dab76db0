"""Dates as news headers write them, to ISO 8601.

>>> to_iso(month=1, day=8)
'--01-08'
>>> to_iso(month=1, day=8, year=2020)
'2020-01-08'
>>> resolve_year(12, 30, reference=datetime.date(2020, 1, 8))
2019
>>> header_date("Published: Wednesday 8 January 2020 10:31 GMT")
datetime.date(2020, 1, 8)

A date is matched by our own patterns first (``HEADER_DATE_TEXT``) and only then handed to
dateutil, never by fuzzy scanning of prose; dateutil is imported on first use.
"""

from __future__ import annotations

import datetime
import re

from .lexicon.calendar import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

# A full date with a year, as header, byline and "Published:" lines write it:
# "January 8, 2020", "Jan. 8, 2020", "8 January 2020", "2020-01-08", "Wednesday 8 January 2020".
HEADER_DATE_TEXT = re.compile(
    r"(?:(?:" + WEEKDAY_ALTERNATION + r")\.?,?\s+)?"
    r"(?:(?:" + MONTH_ALTERNATION + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_ALTERNATION + r")\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b",
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
    year = reference.year
    try:
        if datetime.date(year, month, day) > reference:
            year -= 1
    except ValueError:  # 29 February in a common year
        year -= 1
    return year


def weekday_before(weekday: int, reference: datetime.date) -> datetime.date:
    """The latest date on or before ``reference`` that falls on ISO ``weekday`` (Monday = 1)."""
    return reference - datetime.timedelta(days=(reference.isoweekday() - weekday) % 7)


def header_date(line: str) -> datetime.date | None:
    """The first full date in a header, byline or ``Published:`` line, or None."""
    m = HEADER_DATE_TEXT.search(line)
    if not m:
        return None
    from dateutil import parser as dateutil_parser  # imported only when a date is there

    try:
        return dateutil_parser.parse(m.group().replace(".", ""), fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
