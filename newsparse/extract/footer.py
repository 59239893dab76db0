"""The article's own link and its publisher, read from the footer.

>>> from newsparse.zones import zone
>>> doc = zone("Title\\n\\nBody.\\n\\n---\\n\\n<https://www.radiohc.cu/en/a-1>\\n\\n**Radio Habana Cuba**\\n")
>>> extract_footer(doc)
('https://www.radiohc.cu/en/a-1', 'Radio Habana Cuba')
>>> extract_footer(zone("TITLE\\n\\nNEW YORK, Feb 26 - Text.\\n Reuter\\n"))
(None, 'Reuters')

Publisher, first found wins: a bold publisher line (``**Radio Habana Cuba**``), the site named in
a ``Source: [Reuters](https://...)`` line, a copyright holder (``© 2020 The Guardian``), an agency
sign-off (``Reuter`` -> Reuters, ``(AP)`` -> Associated Press).
"""

from __future__ import annotations

import re

from ..lexicon.agencies import PUBLISHER_NAMES
from ..zones import ZonedDoc

# The link itself: "<https://...>", "https://...", "[Reuters](https://...)".
URL = re.compile(r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
# "**Radio Habana Cuba**" or "__The Guardian__".
BOLD_LINE = re.compile(r"\s*(?:\*\*(?P<a>[^*\n]{1,80})\*\*|__(?P<b>[^_\n]{1,80})__)\s*")
# "Source: [Reuters](https://...)" -> Reuters; "Source: Reuters" -> Reuters.
SOURCE_NAME = re.compile(r"\s*(?:Source|Sources)\s*:\s*(?:\[(?P<link>[^\]]{1,80})\]|(?P<plain>[^<\[\n(]{1,80}?))\s*(?:\(|<|$)",
                         re.IGNORECASE)
# "© 2020 The Guardian", "Copyright 2016 The Associated Press. All rights reserved."
COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?P<holder>[^.\n]{2,80}?)\.?"
                       r"(?:\s+All rights reserved\.?)?\s*$", re.IGNORECASE)
# A wire sign-off line: " Reuter", "REUTER", "(AP)", "-- AFP".
SIGNOFF = re.compile(r"\s*(?:[-–—]{1,2}\s*)?\(?(?P<agency>(?i:Reuters?|AP|AFP|UPI))\)?\.?\s*")


def extract_footer(doc: ZonedDoc) -> tuple[str | None, str | None]:
    """Return ``(source_url, publisher)``, each None when the footer does not give it."""
    source_url: str | None = None
    publishers: list[tuple[int, str]] = []
    for span in doc.footer_lines:
        line = doc.slice(span)
        if source_url is None:
            m = URL.search(line)
            if m:
                source_url = m.group()
        publisher = _publisher(line)
        if publisher:
            publishers.append(publisher)
    publisher = min(publishers)[1] if publishers else None
    return source_url, publisher


def _publisher(line: str) -> tuple[int, str] | None:
    """(rank, name) of the publisher a footer line names; lower rank wins."""
    m = BOLD_LINE.fullmatch(line)
    if m:
        return 0, (m.group("a") or m.group("b")).strip()
    m = SOURCE_NAME.match(line)
    if m:
        name = (m.group("link") or m.group("plain") or "").strip()
        if name and not URL.match(name):
            return 1, PUBLISHER_NAMES.get(name.lower(), name)
    m = COPYRIGHT.match(line)
    if m:
        return 2, m.group("holder").strip()
    m = SIGNOFF.fullmatch(line)
    if m:
        return 3, PUBLISHER_NAMES.get(m.group("agency").lower(), m.group("agency"))
    return None
