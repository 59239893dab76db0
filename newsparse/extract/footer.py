"""The article's own link and its publisher, read from the footer.

>>> from newsparse.zones import zone
>>> doc = zone("Title\\n\\nBody.\\n\\n---\\n\\n<https://www.radiohc.cu/en/a-1>\\n\\n**Radio Habana Cuba**\\n")
>>> extract_footer(doc)
('https://www.radiohc.cu/en/a-1', 'Radio Habana Cuba')
>>> extract_footer(zone("TITLE\\n\\nNEW YORK, Feb 26 - Text.\\n Reuter\\n"))
(None, 'Reuters')

The link, best first: one a line names as the source (``Source: ...``, ``Originally published
at ...``, ``This article first appeared on ...``), then a line that is only a link
(``<https://...>``, a bare URL, ``[text](https://...)``) or a ``Read more at <https://...>`` closing a line;
never another ``Read more``, ``Related`` or ``Follow us`` link, nor a social network's.

Publisher, first found wins: a bold publisher line (``**Radio Habana Cuba**``), the site named in
a ``Source: [Reuters](https://...)`` or ``first appeared on The Conversation`` line, a line that is one link
named for its site (``[Times of India](https://...)``), a press release's issuer (``SOURCE Northwind Robotics,
Inc.``, over its ``For further information: ...`` or ``Media contact: ...`` lines), a copyright holder
(``© 2020 The Guardian``), an agency
notice naming itself (``Anadolu Agency website contains only a portion of the news stories ...``), an agency
sign-off (``Reuter`` -> Reuters, ``(AP)`` -> Associated Press, ``-- BERNAMA`` -> Bernama, ``dpa ksc/mfh`` -> dpa,
also in brackets closing the last paragraph: ``... rose 4.2 percent. (Yonhap)``),
an outlet's name alone on a line that an address in the document spells (``The Harbour Tribune`` beside
``ana@harbourtribune.co.uk``).
The agency of a dateline (``(AP)``) is not the publisher: a story AP filed and a newspaper printed names the
newspaper here. Where the footer gives neither, the front matter's fields may (``url:``, ``source:``;
``publisher:``, ``site_name:``).
"""

from __future__ import annotations

import re

from ..lexicon.agencies import AGENCY_NAMES, PUBLISHER_NAMES
from ..pattern_cache import compile_pattern
from ..zone_lines import (
    COPYRIGHT_MARK,
    FOOTER_LINK,
    FOOTER_SIGNOFF,
    FOOTER_SITE_NOTICE,
    FRONT_MATTER_OPENERS,
    RELATED_LABEL,
    signed_outlet,
    site_named,
)
from ..zones import ZonedDoc

# The link itself: "<https://...>", "https://...", "[Reuters](https://...)".
URL = compile_pattern(r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
# "**Radio Habana Cuba**" or "__The Guardian__".
# (also before its site's address or its desk: "**The Prairie Farm Journal** | prairiefarmjournal.com",
# "**Mountain Dispatch** · Weather desk").
BOLD_LINE = compile_pattern(r"\s*(?:\*\*(?P<a>[^*\n]{1,80})\*\*|__(?P<b>[^_\n]{1,80})__)"
                            r"(?:\s*[|·•—–-]\s*(?:[\w.-]{1,60}\.[a-z]{2,12}/?|[A-Z][\w&' ]{0,38}[Dd]esk))?\s*")
# "Source: [Reuters](https://...)" -> Reuters; "Source: Reuters" -> Reuters.
SOURCE_NAME = compile_pattern(
    r"\s*[*_]{0,2}(?:Source|Sources)\s*:\s*(?:\[(?P<link>[^\]]{1,80})\]|(?P<plain>[^<\[\n(]{1,80}?))"
    r"\s*(?:\(|<|$|[,–—|:-]?\s*(?=https?://))",  # ('Source: Reuters https://...')
    re.IGNORECASE,
)
# A line naming the article's origin: "Source: https://...", "Originally published at https://...", "Original: <...>",
# "This article first appeared on The Conversation: https://...", "Read the original article".
SOURCE_LINE = compile_pattern(
    r"[\s*_\[]*(?:Source|Sources|Originally published|Original article|Original story|Original(?=\s*:)|"
    r"Read the original|Published by|"
    r"View original content|(?:This|The) (?:article|story|post|report) (?:by [^\n]{1,60}? )?(?:was |is )?"
    r"(?:first |originally )?(?:appeared|published|republished|ran))"
    r"\b",
    re.IGNORECASE,
)
# "first appeared on The Conversation", "originally published by ProPublica." -> the outlet; "This report by The
# Canadian Press was first published April 2, 2024." -> The Canadian Press; "Originally published at https://... by
# MetroDeed." -> MetroDeed.
ORIGIN_NAME = compile_pattern(
    r"(?:(?:appeared|published|ran|Published)\s+(?:on|in|by|at|from)|report\s+by|https?://\S+\s+by)\s+\[?"
    r"(?P<name>(?:the\s+)?[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*){0,4})",
)
# Links that are never the article's own: "Read more: ...", "Related: ...", "Follow us on Twitter: ...".
OTHER_LINK_LINE = compile_pattern(
    r"[\s*_(\[]*(?:Read more|Read also|Related|See also|More|Also read|Follow|Subscribe|Sign up|Share|Like us|"
    r"Watch|Listen|Download|Contact|Email|Twitter|Facebook|Instagram)\b",
    re.IGNORECASE,
)
# A link to the story itself, closing the line (after its copyright notice, or alone): "Read more at
# <https://www.example.co.ke/business/avocados>", "_© 2025 Rift Valley Post._ Read more at https://...", "Read the
# full story at https://..." (not "Read more: https://..." nor "Read more at" a site's home page: other stories).
READ_MORE_AT = compile_pattern(r"(?:^|(?<=[\s*_.]))Read (?:more|the full (?:story|article)) (?:at|on)[ \t]+<?"
                               r"(?P<url>https?://[^\s/<>()\[\]]+/[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"/]/?)>?[\s*_.]*$",
                               re.IGNORECASE)
# Hosts of social networks and mail links: never an article's own link.
SOCIAL_HOST = compile_pattern(
    r"https?://(?:www\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.me|instagram\.com|youtube\.com|youtu\.be|"
    r"linkedin\.com|t\.co|t\.me|tiktok\.com|whatsapp\.com|bit\.ly)\b",
    re.IGNORECASE,
)
# "© 2020 The Guardian", "Copyright 2016 The Associated Press. All rights reserved. This material may not be
# published ...", "© Copyright 2020 Reuters", "© 2019 Bloomberg L.P.".
# (also after a menu of site links or a notice: "Terms  |  © 2024 Independent Digital News & Media Ltd",
# "ALL RIGHTS RESERVED © Copyright ANSA").
COPYRIGHT = compile_pattern(COPYRIGHT_MARK + r"\s*(?:©|&copy;|\(c\)|Copyright)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
                            r"(?P<holder>[^\n]{2,80}?)\.?(?:\s+All rights reserved\.?[^\n]*)?\s*$", re.IGNORECASE)
# Initials closing a holder's name, their last period read off: "Bloomberg L.P".
INITIALS_END = compile_pattern(r"\b[A-Z]\.[A-Z]$")
# A year after a copyright holder: "© Reuters 2024".
HOLDER_YEAR = compile_pattern(r",?\s+\d{4}$")
# What follows a copyright holder's name: "Guardian News & Media Limited or its affiliated companies".
HOLDER_TAIL = compile_pattern(r"\s+(?:or|and)\s+its\s+affiliat\w*(?:\s+companies)?$|,?\s+all rights reserved$",
                              re.IGNORECASE)
# Where a copyright holder's name ends before more words: "Riverwatch Europe 2025 · Imprint" (site links after a
# separator), "dpa-infocom, dpa:240909-99-123456/3" (a comma not before
# a company's suffix), "Cable News Network. A Warner Bros. Discovery Company" (a sentence's end, not an
# abbreviation's).
HOLDER_END = compile_pattern(r"\s+[·•|]\s+|,\s+(?!(?:Inc|Ltd|LLC|L\.?P|PLC|plc|Co|S\.?A|AG|GmbH)\b)"
                             r"|(?<![A-Z])(?<!\bBros)(?<!\bInc)(?<!\bCo)(?<!\bCorp)\.\s+(?=[A-Z])")
#: Company suffixes written with a period: "Inc.", "Corp.".
_ABBREVIATED_SUFFIXES = frozenset({"Inc", "Corp", "Co", "Ltd", "Bros"})
# A footer line that is one link named for its site: "[Times of India](https://timesofindia.indiatimes.com/...)".
NAMED_LINK_LINE = compile_pattern(r"\s*\[(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&)){0,5})\]"
                                  r"\((?P<url>https?://[^)\s]+)\)\s*")
# Agencies named after an outlet in a source line: "Al Jazeera and news agencies", "Reuters, agencies".
AGENCIES_TAIL = compile_pattern(r"\s*(?:,|\band\b|&)\s*(?:news\s+|wire\s+)?(?:agencies|wires|wire services)\s*$",
                                re.IGNORECASE)
# A front matter field: 'publisher: Bloomberg', 'url: "https://..."' (the value unquoted is group "value").
FRONT_MATTER_VALUE = compile_pattern(r"[ \t]*(?P<key>[A-Za-z_]{1,30})[ \t]*[:=][ \t]*([\"']?)"
                                     r"(?P<value>[^\n\"']{1,300}?)\2[ \t]*")

# A line in italics, read for what it says: "*Copyright 2025 The Associated Press.*" (not bold: "**Radio Habana**").
ITALIC_LINE = compile_pattern(r"[ \t]*(?:\*(?!\*)|_(?!_))([^*_\n]{1,300})[*_][ \t]*")
# A header's field naming the agency or outlet the story is from, alone or among others: "Source: Reuters",
# "**Published:** 14 March 2025 · **Source:** AFP", "By Ana Ruiz | Source: dpa".
HEADER_SOURCE = compile_pattern(r"(?:^|[·|•])[ \t]*[*_]{0,2}Source[ \t]*(?::[*_]{0,2}|[*_]{0,2}[ \t]*:)[ \t]*"
                                r"(?P<name>[A-Za-z][\w&'’.-]*(?:[ \t][\w&'’.-]+){0,3}?)[ \t]*[*_]{0,2}[ \t]*"
                                r"(?:$|[·|•])")
# A press release's issuer, as PR Newswire closes with it: "SOURCE Northwind Robotics, Inc.".
ISSUER_LINE = compile_pattern(r"\s*SOURCE[ \t]+(?P<name>[A-Z][^\n]{1,80}?)\s*")

# A separator between the fields of one footer line: " · " in "© Mallee Courier 2025 · [Original article](...)".
FIELD_SEPARATOR = compile_pattern(r"[ \t]+[·•|][ \t]+")

_SOURCE_RANK, _LINK_RANK = 0, 1
#: Front matter keys that give the article's own link, and its publisher, in the order they are trusted.
_URL_KEYS = ("canonical_url", "source_url", "url", "source", "link", "permalink")
_PUBLISHER_KEYS = ("publisher", "site_name", "publication", "outlet", "source_name", "source")  # ('source:' when no
# link: 'source: Harbour Daily')


def extract_footer(doc: ZonedDoc) -> tuple[str | None, str | None]:
    """Return ``(source_url, publisher)``, each None when the footer does not give it."""
    links: list[tuple[int, str]] = []
    publishers: list[tuple[int, str]] = []
    related_end = _under_related_label(doc)  # (where the last line under a 'RELATED' label ends)
    for span in doc.footer_lines:
        line = doc.slice(span)
        if related_end is not None and doc.text.count("\n", related_end, span.start) == 1:
            related_end = span.end  # (the links under 'RELATED' are other stories': not this one's name or link)
            continue
        related_end = span.end if RELATED_LABEL.fullmatch(line) is not None else None
        if related_end is not None:
            continue
        if (italic := ITALIC_LINE.fullmatch(line)) is not None:
            line = italic.group(1)  # ('*Copyright 2025 The Associated Press. All rights reserved.*')
        link, publisher = _own_link(line), _publisher(line)
        if link is None and publisher is None and FIELD_SEPARATOR.search(line):
            parts = FIELD_SEPARATOR.split(line)  # ('© Mallee Courier 2025 · [Original article](https://...)')
            link = min(filter(None, map(_own_link, parts)), default=None)
            publisher = min(filter(None, map(_publisher, parts)), default=None)
        if link:
            links.append(link)
        if publisher:
            publishers.append(publisher)
        elif (site := site_named(doc.text, span.start, span.end)
              or signed_outlet(doc.text, span.start, span.end)) is not None:
            publishers.append((3, site))  # ('The Harbour Tribune' under 'Contact ... at ana@harbourtribune.co.uk';
            # '— Buenos Aires Times' closing the story)
    source_url = min(links, key=lambda r: r[0])[1] if links else None
    publisher = min(publishers, key=lambda r: r[0])[1] if publishers else None
    if (source_url is None or publisher is None) and doc.text.startswith(FRONT_MATTER_OPENERS):
        fields = _front_matter_fields(doc)
        source_url = source_url or next((fields[k] for k in _URL_KEYS if URL.fullmatch(fields.get(k, ""))), None)
        publisher = publisher or next((fields[k] for k in _PUBLISHER_KEYS if k in fields and not URL.match(fields[k])),
                                      None)
    return source_url, publisher or _header_source(doc) or closing_signoff(doc)


# An agency's name in brackets closing the story's last paragraph: " (Yonhap)" in "... rose 4.2 percent. (Yonhap)".
CLOSING_SIGNOFF = compile_pattern(r"[.!?\"”’][ \t]*\(([A-Z][A-Za-z]{1,19}(?:[ -][A-Z][A-Za-z]{1,19})?)\)[ \t]*$")


def closing_signoff(doc: ZonedDoc) -> str | None:
    """The agency whose name in brackets closes the last paragraph ('... rose 4.2 percent. (Yonhap)' -> Yonhap),
    when the lexicon knows it as one: a sign-off at the end of the copy, where a dateline's is at its start."""
    if not doc.paragraphs:
        return None
    last = doc.paragraphs[-1]
    m = CLOSING_SIGNOFF.search(doc.text, max(last.start, last.end - 40), last.end)
    if m is None or (agency := m.group(1).lower()) not in AGENCY_NAMES:
        return None
    return PUBLISHER_NAMES.get(agency) or AGENCY_NAMES[agency]


def _header_source(doc: ZonedDoc) -> str | None:
    """The agency or outlet a header's ``Source:`` field names ('**Source:** AFP' -> Agence France-Presse); only one
    newsparse knows (a field may name a study's or a ministry's data)."""
    for span in doc.header_lines:
        m = HEADER_SOURCE.search(doc.slice(span))
        if m is not None:
            name = m.group("name").lower()
            return PUBLISHER_NAMES.get(name) or AGENCY_NAMES.get(name)
    return None


def _under_related_label(doc: ZonedDoc) -> int | None:
    """Where the line above the footer ends when the footer opens among the links under a 'RELATED' label (the
    block 'RELATED' / 'Grain prices slide' / '[Farm loans climb](https://...)' read as footer from its link on)."""
    if not doc.footer_lines:
        return None
    start = doc.footer_lines[0].start
    for _ in range(_RELATED_MAX_LINES):
        above_end = doc.text.rfind("\n", 0, start)
        if above_end <= 0:
            return None
        start = doc.text.rfind("\n", 0, above_end) + 1
        if not doc.text[start:above_end].strip():
            return None  # (a blank line above: the footer opens no block)
        if RELATED_LABEL.fullmatch(doc.text, start, above_end) is not None:
            return doc.footer_lines[0].start - 1  # (as if a line of the block ended just before the footer's first)
    return None


#: How many lines above the footer a 'RELATED' label is looked for.
_RELATED_MAX_LINES = 8


def _front_matter_fields(doc: ZonedDoc) -> dict[str, str]:
    """The 'key: value' fields of the front matter opening the document (its header lines), keys in lower case."""
    fields: dict[str, str] = {}
    for span in doc.header_lines:
        m = FRONT_MATTER_VALUE.fullmatch(doc.text, span.start, span.end)
        if m:
            fields.setdefault(m.group("key").lower(), m.group("value"))
    return fields


def _own_link(line: str) -> tuple[int, str] | None:
    """(rank, url) when the line gives the article's own link; lower rank wins, then the first."""
    m = URL.search(line)
    if not m or SOCIAL_HOST.match(m.group()):
        return None
    if (read_more := READ_MORE_AT.search(line)) is not None:
        return _LINK_RANK, read_more.group("url")
    if OTHER_LINK_LINE.match(line):
        return None
    if SOURCE_LINE.match(line):
        return _SOURCE_RANK, m.group()
    if FOOTER_LINK.fullmatch(line):
        return _LINK_RANK, m.group()
    return None


def _publisher(line: str) -> tuple[int, str] | None:
    """(rank, name) of the publisher a footer line names; lower rank wins."""
    m = BOLD_LINE.fullmatch(line)
    if m:
        return 0, (m.group("a") or m.group("b")).strip()
    m = ISSUER_LINE.fullmatch(line)
    if m:
        return 1, m.group("name")
    m = SOURCE_NAME.match(line)
    if m:
        name = AGENCIES_TAIL.sub("", (m.group("link") or m.group("plain") or "").strip())
        if name and not URL.match(name):
            return 1, PUBLISHER_NAMES.get(name.lower(), name)
    if SOURCE_LINE.match(line):
        origin = ORIGIN_NAME.search(line)
        if origin:
            return 1, origin.group("name").rstrip(".")
    m = NAMED_LINK_LINE.fullmatch(line)
    if m and not OTHER_LINK_LINE.match(line) and not SOCIAL_HOST.match(m.group("url")):
        return 2, PUBLISHER_NAMES.get(m.group("name").lower(), m.group("name"))
    m = COPYRIGHT.match(line)
    if m:
        holder = HOLDER_YEAR.sub("", HOLDER_END.split(HOLDER_TAIL.sub("", m.group("holder").strip()), 1)[0])
        if (INITIALS_END.search(holder) or holder.rpartition(" ")[2] in _ABBREVIATED_SUFFIXES) \
                and line.startswith(".", m.end("holder")):
            holder += "."  # ('Bloomberg L.P.', 'Thomson Reuters, Inc.' keep the period read as the sentence's)
        return 3, PUBLISHER_NAMES.get(holder.lower(), holder)
    m = FOOTER_SITE_NOTICE.fullmatch(line)
    if m:
        return 3, m.group("name")
    m = FOOTER_SIGNOFF.fullmatch(line)
    if m:
        agency = m.group("agency").lower()
        return 4, PUBLISHER_NAMES.get(agency) or AGENCY_NAMES.get(agency, m.group("agency"))
    return None
