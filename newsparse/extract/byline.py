"""The authors named in a byline.

>>> from newsparse.zones import zone
>>> extract_authors(zone("Title\\nBy Jane Doe and John Roe\\n\\nText.\\n"))
['Jane Doe', 'John Roe']
>>> extract_authors(zone("Title\\nBy JANE DOE, Reuters\\n\\nText.\\n"))
['Jane Doe']
>>> extract_authors(zone("Title\\n\\nJane Doe, Associated Press\\n\\nText.\\n"))
['Jane Doe']
>>> extract_authors(zone("Title\\n\\nBy Jane Doe, Transport Correspondent\\n\\nText.\\n"))
['Jane Doe']
>>> extract_authors(zone("Title\\n\\nBy [Jane Doe](https://example.com/profile/jane-doe)\\n\\nText.\\n"))
['Jane Doe']

Bylines read: ``By ...`` (also ``Written by``, ``Story by``, ``Posted by``; names linked to author pages), a
credit without ``By`` (``Jane Doe, Reuters``) and an ``author:`` field of front matter, in the header or in a
short line above the story. Role words and outlet names (``Staff Writer``, ``Senior Economics Correspondent``,
``Reuters``, ``Bloomberg News``) are not authors, nor is what follows a bar, a dash or a date
(``By Jane Doe | The Daily Courier | January 8, 2020``). A single word is no author's name.
"""

from __future__ import annotations

import re

from ..dates import HEADER_DATE_TEXT
from ..lexicon.agencies import AGENCY_NAMES, BYLINE_ROLE_WORDS, PUBLISHER_NAMES
from ..lexicon.people import NAME_PARTICLE_PATTERN
from ..model import Span
from ..pattern_cache import compile_pattern
from ..zone_lines import CREDIT_BYLINE
from ..zones import ZonedDoc

# "By Jane Doe and John Roe", "**By JANE DOE, Reuters**", "Written by Jane Doe on Jan. 8, 2020".
BYLINE = compile_pattern(r"[ \t]*(?:\*{1,2}|_)?[ \t]*(?:(?:written|story|words|text|reported|report|posted)[ \t]+)?"
                         r"by:?[ \t]+(?P<names>[^\n]{2,200})", re.IGNORECASE)
# Front matter: "author: Jane Doe", "authors: [Jane Doe, John Roe]".
FRONT_MATTER_AUTHOR = compile_pattern(r"[ \t]*(?:author|authors"
                                      r"|byline)[ \t]*[:=][ \t]*\[?[\"']?(?P<names>[^\]\n\"']{2,200})"
                                      r"[\"']?\]?[ \t]*", re.IGNORECASE)
# Where the names end: "| The Daily Courier", " — Bloomberg", " on Jan. 8", " Published ...", "Updated".
NAMES_END = compile_pattern(r"[ \t]*(?:[|•·]|[ \t][-–—][ \t]|\bon[ \t]+(?=[A-Z\d])|\b(?:Published|Updated|Posted)\b)")
# Separators between names: "Jane Doe, John Roe and Ann Poe", "Jane Doe & John Roe", "Jane Doe; John Roe".
NAME_SEPARATOR = compile_pattern(r"[ \t]*(?:,[ \t]*and\b|,|\band\b|&|;)[ \t]*", re.IGNORECASE)
# A name linked to its author page: "[Richard Partington](https://.../profile/richard-partington)" -> its text.
NAME_LINK = compile_pattern(r"\[([^\]\n]{1,80})\]\([^)\s]{1,300}\)")
# One word of a name: "Jane", "O'Neil", "Smith-Jones", "J.", "DOE"; particles "de", "van", "al-".
_NAME_WORD = compile_pattern(r"(?:[A-Z][\w'’.-]*|" + NAME_PARTICLE_PATTERN + r")")
_NAME_MAX_WORDS = 5
#: Last words of a job after a byline's name: "By Jane Doe, Transport Correspondent".
_ROLE_HEADS = frozenset("staff team desk writer writers reporter reporters correspondent correspondents editor editors "
                        "columnist contributor photographer producer anchor analyst commentator journalist "
                        "freelancer".split())
#: Bylines are short: a longer line is prose that happens to contain "by".
_BYLINE_MAX_CHARS = 200
#: Short paragraphs above the story where a byline may stand.
_FIRST_PARAGRAPHS = 3
_PREAMBLE_MAX_CHARS = 160


def extract_authors(doc: ZonedDoc) -> list[str]:
    """Names in the first byline of the header (or of a short line above the story), in order."""
    for span in _candidates(doc):
        line = doc.slice(span)
        if len(line) > _BYLINE_MAX_CHARS:
            continue
        field = _names_field(line)
        if field is not None:
            names = _names(field)
            if names:
                return names
    return []


def _candidates(doc: ZonedDoc) -> list[Span]:
    spans = list(doc.header_lines)
    for para in doc.paragraphs[:_FIRST_PARAGRAPHS]:
        if para.end - para.start > _PREAMBLE_MAX_CHARS or "\n" in doc.slice(para):
            break
        spans.append(para)
    return spans


def _names_field(line: str) -> str | None:
    m = FRONT_MATTER_AUTHOR.fullmatch(line) or BYLINE.match(line)
    if m:
        field = m.group("names")
    else:
        credit = CREDIT_BYLINE.fullmatch(line)
        if not credit or not _is_outlet(credit.group("outlet")):
            return None
        field = credit.group("names")
    end = NAMES_END.search(field)
    if end:
        field = field[:end.start()]
    date = HEADER_DATE_TEXT.search(field)
    if date:
        field = field[:date.start()]
    return field.strip(" \t*_,")


def _names(field: str) -> list[str]:
    names: list[str] = []
    for part in NAME_SEPARATOR.split(NAME_LINK.sub(r"\1", field)):
        name = _person(part.strip(" \t*_.,"))
        if name and name not in names:
            names.append(name)
    return names


def _person(part: str) -> str | None:
    """``JANE DOE AP Business Writer`` -> ``Jane Doe``; ``JANE DOE Associated Press`` -> ``Jane Doe``;
    ``Staff Writer``, ``Guardian Staff`` and ``Reuters`` -> None."""
    words = part.strip("\"'").split()
    for i, word in enumerate(words):  # a role or outlet word ends the name, as does a name in capitals ending
        if i >= 2 and (word.lower().strip(".,") in BYLINE_ROLE_WORDS or word.lower() in AGENCY_NAMES
                       or _is_outlet(" ".join(words[i:])) or (words[0].isupper() and not word.isupper())):
            words = words[:i]
            break
    if not 2 <= len(words) <= _NAME_MAX_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    lowered = [w.lower().strip(".,") for w in words]
    if _is_outlet(" ".join(words)) or lowered[0] in BYLINE_ROLE_WORDS or lowered[-1] in _ROLE_HEADS:
        return None  # ('Guardian Staff', 'Transport Correspondent')
    if lowered[0] in AGENCY_NAMES and all(w in BYLINE_ROLE_WORDS for w in lowered[1:]):
        return None  # "AP Business Writer"; but "Ana Lindqvist" is a name
    name = " ".join(words)
    return _title_case(name) if name.isupper() else name


def _is_outlet(name: str) -> bool:
    key = name.strip().lower()
    return key in AGENCY_NAMES or key in PUBLISHER_NAMES


def _title_case(name: str) -> str:
    """``JANE O'NEIL-SMITH`` -> ``Jane O'Neil-Smith``."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), name)
