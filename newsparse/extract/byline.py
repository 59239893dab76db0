"""The authors named in a byline.

>>> from newsparse.zones import zone
>>> extract_authors(zone("Title\\nBy Jane Doe and John Roe\\n\\nText.\\n"))
['Jane Doe', 'John Roe']
>>> extract_authors(zone("Title\\nBy JANE DOE, Reuters\\n\\nText.\\n"))
['Jane Doe']

Role words and outlet names after the names (``Staff Writer``, ``Reuters``, ``The Associated
Press``) are not authors.
"""

from __future__ import annotations

import re

from ..lexicon.agencies import AGENCY_NAMES
from ..zones import ZonedDoc

# "By Jane Doe and John Roe", "**By JANE DOE, Reuters**", "by Jane Doe | Staff Writer".
BYLINE = re.compile(r"\s*(?:\*{1,2}|_)?\s*by\s+(?P<names>[^\n|]{2,200}?)\s*(?:\*{1,2}|_)?\s*(?:\|.*)?$",
                    re.IGNORECASE)
# Separators between names: "Jane Doe, John Roe and Ann Poe", "Jane Doe & John Roe".
NAME_SEPARATOR = re.compile(r"\s*(?:,|\band\b|&|;)\s*", re.IGNORECASE)
_ROLE_WORDS = frozenset(
    """
    staff writer reporter correspondent editor contributor columnist senior political chief special
    bureau foreign national news desk photographer the
    """.split()
)


def extract_authors(doc: ZonedDoc) -> list[str]:
    """Names in the first byline of the header (or the first body paragraph), in order."""
    candidates = list(doc.header_lines) + list(doc.paragraphs[:1])
    for span in candidates:
        m = BYLINE.match(doc.slice(span))
        if m and span.end - span.start <= 200:
            return _names(m.group("names"))
    return []


def _names(field: str) -> list[str]:
    names = []
    for part in NAME_SEPARATOR.split(field):
        part = part.strip(" .*_")
        words = part.split()
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
            continue
        if part.lower() in AGENCY_NAMES or all(w.lower() in _ROLE_WORDS for w in words):
            continue
        if part.isupper():
            part = " ".join(w.capitalize() for w in words)
        names.append(part)
    return names
