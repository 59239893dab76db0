"""The dateline that opens a story: where and when it was filed, and by which agency.

>>> from newsparse.zones import zone
>>> d = extract_dateline(zone("Title\\n\\nBrussels, January 8 (RHC)-- The alliance said.\\n"))
>>> d.text, d.location, d.date, d.agency
('Brussels, January 8 (RHC)--', 'Brussels', '--01-08', 'RHC')
>>> extract_dateline(zone("Title\\n\\nWASHINGTON (AP) — The Senate voted.\\n")).location
'WASHINGTON'
>>> extract_dateline(zone("Title\\n\\nParis is a city of light.\\n")) is None
True

Styles read: Reuters (``NEW YORK, March 3 (Reuters) -``, ``NEW YORK, March 3 -``), AP
(``WASHINGTON (AP) —``), AFP (``PARIS (AFP) -``), CNN (``LONDON, England (CNN) --``), a state or
country after the place (``BAHIA BLANCA, Argentina, Feb 26 -``, ``SPRINGFIELD, Ill. —``), weekday
and day-first dates, any case, and a dash, en dash, em dash or double hyphen after it. Only the
opening of the first body paragraphs is read: ``WASHINGTON —`` deep in the body is not a dateline.
"""

from __future__ import annotations

import datetime

import regex

from ..dates import header_date, resolve_year, to_iso, weekday_before
from ..lexicon.agencies import AGENCY_NAMES
from ..lexicon.calendar import MONTH_ALTERNATION, MONTHS, WEEKDAY_ALTERNATION, WEEKDAYS
from ..model import Dateline
from ..zones import ZonedDoc

# One word of a place name: "NEW", "York", "ST.", "O'HARE", "Bahia", "Washington-based" not (no dash-word).
_PLACE_WORD = r"(?:\p{Lu}[\p{L}'’]*\.?|\p{Lu}\.(?:\p{Lu}\.)+)"
# A place: "NEW YORK", "Brussels", "BAHIA BLANCA", "St. Louis", "RIO DE JANEIRO".
_PLACE = _PLACE_WORD + r"(?:[ \t]+(?:" + _PLACE_WORD + r"|de|da|do|del|la|el|les|sur|am|upon|on))" r"{0,4}"
# A region or country after the place: "Argentina", "Ill.", "England", "N.Y.", "D.C.".
_REGION = r"(?!(?:" + WEEKDAY_ALTERNATION + "|" + MONTH_ALTERNATION + r")\b)" + _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r"){0,2}"
# A date: "January 8", "Jan. 8", "8 January", "Wednesday", "Wed, Jan 8", "March 3, 1987".
_DATE = (
    r"(?:(?P<weekday>" + WEEKDAY_ALTERNATION + r")\.?,?(?:[ \t]+|(?=[ \t]*[(\-–—:])))?"
    r"(?:(?P<month>" + MONTH_ALTERNATION + r")\.?[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<month2>" + MONTH_ALTERNATION + r")\.?)?"
    r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?"
)
# The agency credit: "(Reuters)", "(AP)", "(RHC)".
_AGENCY = r"\((?P<agency>[\p{L}][\p{L}\p{N} .&'’-]{0,30})\)"
# The dash that closes a dateline: "-", "--", "—", "–", also "-- " glued to the credit.
_DASH = r"(?P<dash>[ \t]*(?:--|—|–|-|:)(?=[ \t]*\S))"

DATELINE = regex.compile(
    r"(?P<location>" + _PLACE + r"(?:,[ \t]*" + _REGION + r"){0,2})"
    r"(?:,?[ \t]+(?P<date>" + _DATE + r"))?"
    r"(?:[ \t]*" + _AGENCY + r")?"
    + _DASH,
    regex.IGNORECASE,
)
#: Paragraphs at the top of the body where a dateline may stand (a caption or byline line first).
_FIRST_PARAGRAPHS = 3


def extract_dateline(doc: ZonedDoc, reference_date: datetime.date | None = None) -> Dateline | None:
    """The dateline opening the body, or None. ``reference_date`` anchors years and weekdays."""
    year_hint = _year_from_header(doc)
    for para in doc.paragraphs[:_FIRST_PARAGRAPHS]:
        m = DATELINE.match(doc.text, para.start, min(para.end, para.start + 200))
        if m and _plausible(m):
            return _build(doc.text, m, year_hint, reference_date)
        if not _is_preamble(doc.text[para.start:para.end]):
            break
    return None


def _plausible(m: regex.Match) -> bool:
    """Precision first: a date or agency, or a place in capitals (``WASHINGTON —``)."""
    if m.group("date") and (m.group("month") or m.group("month2") or m.group("weekday")):
        return True
    if m.group("agency"):
        return True
    location = m.group("location")
    head = location.split(",")[0]
    letters = [c for c in head if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and m.group("dash").strip() != ":"


def _is_preamble(paragraph: str) -> bool:
    """A short line above the dateline: a byline, photo caption or credit."""
    return len(paragraph) < 160 and "\n" not in paragraph.strip()


def _year_from_header(doc: ZonedDoc) -> int | None:
    for span in doc.header_lines:
        found = header_date(doc.slice(span))
        if found:
            return found.year
    return None


def _build(text: str, m: regex.Match, year_hint: int | None,
           reference: datetime.date | None) -> Dateline:
    start, end = m.start(), m.end()
    location = m.group("location").strip().rstrip(",")
    agency_raw = m.group("agency")
    agency = AGENCY_NAMES.get(agency_raw.lower(), agency_raw) if agency_raw else None
    return Dateline(
        text=text[start:end].strip(),
        start=start,
        end=end,
        location=location,
        date=_iso_date(m, year_hint, reference),
        agency=agency,
    )


def _iso_date(m: regex.Match, year_hint: int | None, reference: datetime.date | None) -> str | None:
    month_name = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    if month_name and day:
        month = MONTHS[month_name.lower()]
        year = int(m.group("year")) if m.group("year") else year_hint
        if year is None and reference is not None:
            year = resolve_year(month, int(day), reference)
        return to_iso(month, int(day), year)
    if m.group("weekday") and reference is not None:
        found = weekday_before(WEEKDAYS[m.group("weekday").lower()], reference)
        return found.isoformat()
    return None
