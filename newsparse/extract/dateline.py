"""The dateline that opens a story: where and when it was filed, and by which agency.

>>> from newsparse.zones import zone
>>> d = extract_dateline(zone("Title\\n\\nBrussels, January 8 (RHC)-- The alliance said.\\n"))
>>> d.text, d.location, d.date, d.agency
('Brussels, January 8 (RHC)--', 'Brussels', '--01-08', 'RHC')
>>> extract_dateline(zone("Title\\n\\nWASHINGTON (AP) — The Senate voted.\\n")).location
'WASHINGTON'
>>> extract_dateline(zone("Title\\n\\nParis is a city of light.\\n")) is None
True

Styles read: Reuters (``NEW YORK, March 3 (Reuters) -``, ``NEW YORK, March 3 -``,
``Dec 29 (Reuters) -``), AP (``WASHINGTON (AP) —``), AFP (``PARIS (AFP) -``), CNN (``LONDON,
England (CNN) --``, ``(CNN) —``), UPI, Xinhua, PTI (``NEW DELHI, Jan 8 (PTI)`` with no dash),
press wires (``NEW YORK, Jan. 8, 2020 /PRNewswire/ --``, ``SAN JOSE, Calif.--(BUSINESS WIRE)--``), a press
release's date in brackets (``MOORHEAD, Minn. (March 4, 2025) —``),
old AP's underscore (``WASHINGTON (AP) _``), several cities (``DUBAI/LONDON``), a
state or country after the place (``BAHIA BLANCA, Argentina, Feb 26 -``, ``SPRINGFIELD, Ill. —``),
weekday and day-first dates, a dash, en dash, em dash, double hyphen or colon after it, in Markdown emphasis
or not (``**LONDON** —``).

Precision first. Only the opening of the first body paragraphs is read (a byline, caption or
standfirst line may stand above the dateline): ``WASHINGTON —`` deep in the body is not one. A
place alone before a dash must be in capitals (``WASHINGTON —``) or a place the gazetteer knows
followed by a sentence (``Washington — The Senate``), never a label (``EXCLUSIVE —``, ``FILE -``);
a dateline without a place needs a known agency (``(CNN) —``).
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from ..dates import dateline_date, header_date
from ..gazetteer import is_known_place, resolve_place
from ..lexicon.agencies import AGENCY_NAMES, AGENCY_WORDS, NOT_PLACES
from ..lexicon.calendar import MONTH_ALTERNATION, MONTHS, WEEKDAY_ALTERNATION, WEEKDAYS
from ..lexicon.regions import COUNTRY_ALIASES, PLACE_PARTICLES, REGIONS, fold_place
from ..model import Dateline
from ..pattern_cache import compile_pattern, longest_first
from ..zones import ZonedDoc

if TYPE_CHECKING:
    import regex

    Match = re.Match[str] | regex.Match[str]

_MONTH = r"(?i:" + MONTH_ALTERNATION + r")"
_WEEKDAY = r"(?i:" + WEEKDAY_ALTERNATION + r")"
# One word of a place name: "W.Va.", "D.C.", "NEW", "York", "ST.", "O'HARE", "WILKES-BARRE", "Bahía",
# "SAINT-JEAN-DE-LUZ" (up to five parts joined by hyphens).
_PLACE_WORD = r"(?:\p{Lu}\.(?:\p{L}{1,3}\.)+|\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*){0,4}\.?)"
# A lower-case particle inside a place name, one of PLACE_PARTICLES: "Rio de Janeiro", "Stratford-upon-Avon" (spaced),
# "Port of Spain".
_PARTICLE = r"(?:" + "|".join(sorted(PLACE_PARTICLES, key=longest_first)) + r")(?=[ \t]+\p{Lu})"
# A word that opens a date, not a place: "Wednesday, January 8", "Dec 29 (Reuters)", "Wed Jan 8".
_DATE_START = (r"(?:" + _WEEKDAY + r"\b\.?(?:,|[ \t]+(?:" + _MONTH + r"\b|\d)|[ \t]*[(\-–—])"
               r"|" + _MONTH + r"\b\.?[ \t]+\d)")
# A place: "NEW YORK", "Brussels", "BAHIA BLANCA", "St. Louis", "RIO DE JANEIRO", "Rio de Janeiro".
_PLACE = r"(?!" + _DATE_START + r")" + _PLACE_WORD + r"(?:[ \t]+(?:" + _PLACE_WORD + r"|" + _PARTICLE + r")){0,4}"
# A region or country after the place: "Argentina", "Ill.", "England", "N.Y.", "Puerto Rico", "Trinidad and Tobago".
_REGION = (r"(?!" + _DATE_START + r")" + _PLACE_WORD + r"(?:[ \t]+(?:" + _PLACE_WORD
           + r"|(?:and|of|the)(?=[ \t]+\p{Lu}))){0,3}")  # ("Bosnia and Herzegovina", "Isle of Man")
# A date: "January 8", "Jan. 8", "8 January", "Wednesday", "Wed, Jan 8", "March 3, 1987", "8 January 2020".
_DATE = (
    r"(?:(?P<weekday>" + _WEEKDAY + r")\b\.?,?(?:[ \t]+|(?=[ \t]*[(/\-–—:])))?"
    r"(?:(?P<month>" + _MONTH + r")\b\.?[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<month2>" + _MONTH + r")\b\.?)?"
    r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?"
)
# The credit: "(Reuters)", "(AP)", "(Thomson Reuters Foundation)", "/PRNewswire/", "/TASS/.".
_AGENCY = (r"(?:\((?P<agency>\p{L}[\p{L}\p{N} .&'’-]{0,40})\)"
           r"|/[ \t]?(?P<agency_slash>\p{L}[\p{L}\p{N} .&-]{0,30}?)[ \t]?/\.?)")
# Agencies that credit a dated dateline without brackets: "TOKYO, Feb. 14 Kyodo -".
_BARE_AGENCIES = r"Kyodo|Jiji|Yonhap|Bernama|Xinhua|Antara|TASS|IANS|PTI|ANI|AAP"
# What closes a dateline: "-", "--", "—", "–", ":", old AP's " _ ", EFE's ".-" after its credit ("(EFE).-"), or
# nothing right after the credit ("(PTI) The");
# a hyphen or colon only before a space ("S-K-I Ltd said" is a name).
_DASH = (r"(?P<dash>[ \t]*(?:(?<=\))\.)?(?:--|—|–|[-:](?=[ \t]))|[ \t]_(?=[ \t])|(?<=[)/.])[ \t]*(?=[\p{Lu}\"“‘']))"
         r"(?=[ \t]*\S)")

# "NEW YORK, March 3 (Reuters) -", "BAHIA BLANCA, Argentina, Feb 26 -", "(CNN) —", "DUBAI/LONDON (Reuters) -",
# "(ANSA) - ROME, MAR 12 -" (the credit first), "New Delhi [India], March 24 (ANI):",
# "SAN JOSE, Calif.--(BUSINESS WIRE)--" (for the regex module: \p{Lu} is any capital letter)
_DATELINE = (
    r"(?:\((?P<agency_lead>\p{L}[\p{L}\p{N} .&'’-]{0,40})\)[ \t]*[-–—][ \t]*(?=\p{Lu}))?"  # ('(ANSA) - ROME, MAR 12 -')
    r"(?P<location>" + _PLACE + r"(?:/" + _PLACE + r"){0,3}(?:[ \t]+\[" + _REGION + r"\])?"  # ('New Delhi [India],')
    r"(?:,[ \t]*(?P<region>" + _REGION + r")){0,2})?"
    r"(?:--\((?P<agency_first>\p{L}[\p{L}\p{N} .&'’-]{0,40})\)--(?=" + _MONTH + r"))?"  # ('BOSTON--(BUSINESS
    # WIRE)--Feb. 22, 2024--': the credit before the date)
    r"(?:(?:[ \t]+[-–—][ \t]+(?=" + _MONTH + r"\b[^\n]{3,20}?[ \t][-–—][ \t])|,?[ \t]*(?P<date_bracket>\()?)"  # (a
    # press release's date between dashes: 'FRESNO, CA – January 22, 2025 – The', or in brackets: 'MOORHEAD, Minn.
    # (March 4, 2025) — The')
    r"(?P<date>" + _DATE + r")(?(date_bracket)\))(?:\.(?=[ \t]*/))?)?"
    r"(?:[ \t]*(?:--)?" + _AGENCY + r"|(?<=\d)[ \t]+(?P<agency_bare>" + _BARE_AGENCIES + r")(?=[ \t]*[-–—]))?"
    + _DASH
)
#: Characters outside ASCII that are no letter, digit or word character, which re and regex read alike.
PLAIN_PUNCTUATION = "“”‘’„«»—–―…•·©®°€£\u00a0\u2009\u202f\u200b"
# An opening with no letter or digit outside ASCII, nor anything else re and regex read differently:
# "WASHINGTON (AP) — The", "NEW YORK, March 3 (Reuters) - “We". Most are so, and are read by DATELINE.
PLAIN_OPENING = compile_pattern(rf"[\t\n\r\x20-\x7e{PLAIN_PUNCTUATION}]*")


#: The Unicode properties the dateline uses, as ASCII ranges.
_ASCII_PROPERTIES = {"Lu": "A-Z", "L": "A-Za-z", "N": "0-9"}
# A property, another escape or a character class of a pattern: "\p{Lu}", "\.", "[\p{L}'’]".
_PROPERTY_ESCAPE_OR_CLASS = compile_pattern(r"\\p\{(?P<property>\w+)\}|\\.|\[\^?\]?(?:\\.|[^\]\\])*\]")


def _ascii_letters(pattern: str) -> str:
    """``pattern`` in the syntax of ``re``, for text whose letters and digits are ASCII:
    ``\\p{Lu}`` -> ``[A-Z]``, ``[\\p{L}'’]`` -> ``[A-Za-z'’]``."""
    def ascii_ranges(m: re.Match[str]) -> str:
        if m.group("property"):
            return f"[{_ASCII_PROPERTIES[m.group('property')]}]"
        found = m.group()
        for name, ranges in _ASCII_PROPERTIES.items():
            found = found.replace(rf"\p{{{name}}}", ranges)
        return found

    return _PROPERTY_ESCAPE_OR_CLASS.sub(ascii_ranges, pattern)


# The dateline in an opening that PLAIN_OPENING matches: "NEW YORK, March 3 (Reuters) -".
DATELINE = compile_pattern(_ascii_letters(_DATELINE))


@functools.cache
def _dateline_any_letters() -> regex.Pattern[str]:
    """The dateline in any opening ("BOGOTÁ, Colombia (AP) —"): the regex module, imported and the pattern
    compiled when first needed (together they cost more than the rest of the pipeline's start-up)."""
    import regex

    return regex.compile(_DATELINE)


# A mark every dateline _plausible takes holds: the bracket or slash of its credit, or its dash or colon ("(" in
# "PARIS (AFP) -", "—" in "WASHINGTON —", ":" in "New Delhi [India], March 24 (ANI):", "_" in "WASHINGTON (AP) _").
# A header line of when and where: "Published - October 17, 2024 09:48 pm IST - BENGALURU" (groups "words": the line
# from its first word, "date", "location": the place in capitals).
PUBLISHED_WHERE = compile_pattern(r"[ \t]*(?P<words>(?:Published|Updated)[ \t]*[-–—:][ \t]*(?P<date>" + _MONTH
                                  + r"\.?[ \t]+\d{1,2},?[ \t]+\d{4})[^\n]{0,30}?[ \t][-–—][ \t]*"
                                  r"(?P<location>[A-Z][A-Z .'’-]{1,40}?))[ \t]*")
DATELINE_MARK = compile_pattern(r"[(/\-—–:_]")
# HTML tags opening a paragraph: "<p>", "<p class=\"lead\"><strong>".
LEADING_TAGS = compile_pattern(r"(?:<(?:p|div|span|strong|b|em|section|article)\b[^<>\n]{0,80}>[ \t]*)+")
#: Paragraphs at the top of the body where a dateline may stand (a caption or byline line first).
_FIRST_PARAGRAPHS = 3
#: How far into a paragraph a dateline may reach.
_DATELINE_MAX_CHARS = 200


def extract_dateline(doc: ZonedDoc, reference_date: datetime.date | None = None) -> Dateline | None:
    """The dateline opening the body, or None. ``reference_date`` anchors years and weekdays."""
    summary_next = labelled = deck_above = False
    for position, para in enumerate(doc.paragraphs[:_FIRST_PARAGRAPHS + 1]):
        if position == _FIRST_PARAGRAPHS and not labelled:  # (a labelled summary may push the dateline one down)
            break
        end = min(para.end, para.start + _DATELINE_MAX_CHARS)
        text, start = doc.text, para.start
        if text[start] in "*_":  # "**LONDON** —", "*LONDON (Reuters)* -": read with the emphasis marks as spaces
            text, start = _unemphasised(text, start, end)
        elif text[start] == "<" and (tags := LEADING_TAGS.match(text, start, end)) is not None:
            start = tags.end()  # "<p>MIAMI — The storm hit": HTML a scraper left before it
        if DATELINE_MARK.search(text, start, end) is not None:  # (most openings have none: no long match there)
            plain = PLAIN_OPENING.fullmatch(text, start, end)
            m = (DATELINE if plain else _dateline_any_letters()).match(text, start, end)
            if m and m.end() > m.start() and _plausible(m, first=position == 0):
                return _build(doc, m, reference_date, para.start)
        paragraph = doc.text[para.start:para.end]
        if deck_above:
            break  # (a long deck stands right above the dateline, or it was the story's first paragraph)
        summary = _labelled_summary(paragraph)
        if summary is None and not _is_preamble(paragraph) \
                and not (summary_next and _is_summary(paragraph.split("\n"))):
            if position > 0 or "\n" in paragraph.strip() or len(paragraph) >= _DECK_MAX_CHARS:
                break
            deck_above = True  # a deck of one long line: the dateline may open the paragraph after it only
        summary_next, labelled = summary is False, labelled or summary is not None
    return _published_where(doc)


def _published_where(doc: ZonedDoc) -> Dateline | None:
    """The place a header line of when and where gives, as The Hindu writes its dateline above the story:
    'Published - October 17, 2024 09:48 pm IST - BENGALURU'; None if no header line does."""
    for line in doc.header_lines:
        m = PUBLISHED_WHERE.fullmatch(doc.text, line.start, line.end)
        if m is not None and is_known_place(m.group("location")):
            date = header_date(m.group("date"))
            start = m.start("words")
            text = doc.text[start:line.end].rstrip()
            return Dateline(text=text, start=start, end=start + len(text), location=m.group("location"),
                            date=date.isoformat() if date else None, agency=None,
                            place=resolve_place(m.group("location")))
    return None


def _unemphasised(text: str, start: int, end: int) -> tuple[str, int]:
    """``text`` with the emphasis marks of ``text[start:end]`` read as spaces (so every offset stays), and
    where its words start."""
    opening = text[start:end].replace("*", " ").replace("_", " ")
    return text[:start] + opening + text[end:], start + len(opening) - len(opening.lstrip())


def _plausible(m: Match, *, first: bool) -> bool:
    """Precision first: see the module docstring."""
    location, agency = m.group("location"), _agency(m)
    has_date = bool((m.group("month") or m.group("month2")) or m.group("weekday"))
    if location is None:
        return agency is not None and _known_agency(agency)
    head = location.split(",")[0].split("/")[0].split(" [")[0].strip()
    if fold_place(head).split(" ")[0] in NOT_PLACES:
        return False
    capitals = head.upper() == head
    if agency is not None:
        if agency.split(" ")[0].rstrip(".").lower() in MONTHS and any(c.isdigit() for c in agency):
            return False  # (a date in brackets that is not a whole one: 'DENVER (March 2025) —')
        return _known_agency(agency) or capitals or is_known_place(head)
    if not m.group("dash").strip():
        return False
    if m.group("date_bracket"):  # ('MOORHEAD, Minn. (March 4, 2025) —': a whole date, after a place in capitals or
        # one the gazetteer knows; not 'Smith (March 4) -')
        return bool((m.group("month") or m.group("month2")) and (m.group("day") or m.group("day2"))) \
            and (capitals or is_known_place(head))
    if has_date:
        return True
    dash = m.group("dash").strip()
    region = m.group("region")
    if dash == ":" and _agency_as_region(region):
        return first or capitals or is_known_place(head)  # ('Hosakere, DHNS:': a daily's own news service)
    if dash == ":":  # ('JAIPUR:'; 'Jaipur:' in title case as Indian dailies write it, opening the story)
        return is_known_place(head) and (capitals or (first and _sentence_follows(m)))
    evidence = is_known_place(head) or (region is not None and _known_region(region))
    if capitals:
        return evidence or (first and not _label_like(head))
    return evidence and (dash != "-" or first) and _sentence_follows(m)  # (a hyphen after a place in lower case only
    # opening the story, as South African wires write it: 'Mbombela - Lwazi Ndabankulu scored')


def _label_like(head: str) -> bool:
    """A label or an acronym in capitals, not a place: 'NEWS ANALYSIS', 'SPECIAL REPORT', 'NASA', 'EU'."""
    words = fold_place(head).split(" ")
    return any(word in NOT_PLACES for word in words) or (len(words) == 1 and len(words[0]) <= 4)


def _agency(m: Match) -> str | None:
    agency = m.group("agency") or m.group("agency_slash") or m.group("agency_first") or m.group("agency_bare") \
        or m.group("agency_lead")
    return agency.strip() if agency else None


def _known_agency(agency: str) -> bool:
    """``Reuters``, ``AP``, ``CNN Business``, ``Thomson Reuters Foundation``, ``GLOBE NEWSWIRE``."""
    words = agency.lower().replace("-", " ").split()
    return agency.lower() in AGENCY_NAMES or any(w in AGENCY_NAMES or w in AGENCY_WORDS for w in words)


def _agency_as_region(region: str | None) -> bool:
    """Whether what stands where a region would is a news service in capitals: 'DHNS' in 'Bengaluru, DHNS:'."""
    return region is not None and region.isupper() and _known_agency(region)


def _known_region(region: str) -> bool:
    key = fold_place(region)
    return key in REGIONS or key in COUNTRY_ALIASES or is_known_place(region)


def _sentence_follows(m: Match) -> bool:
    """The dash is followed by a sentence's first word: ``Washington — The Senate``."""
    rest = m.string[m.end():m.end() + 3].lstrip()
    return bool(rest) and (rest[0].isupper() or rest[0] in "\"“‘'" or rest[0].isdigit())


def _is_preamble(paragraph: str) -> bool:
    """A short line above the dateline: a byline, photo caption, credit or standfirst (a deck is a sentence too:
    'As hate speech grows, so does debate.'); or a few short lines that end no sentence, as a press release's
    'NEWS PROVIDED BY / Northwind Robotics, Inc. / Oct 29, 2024, 16:05 ET' (not a hard-wrapped paragraph)."""
    lines = paragraph.strip().split("\n")
    if len(lines) == 1:
        return len(paragraph) < 160
    return len(lines) <= _PREAMBLE_MAX_LINES and all(len(line) < _PREAMBLE_LINE_MAX_CHARS for line in lines) \
        and lines[-1].rstrip()[-1:] not in '.!?"”\''


#: A deck of one line opening the body, right above the dateline, is shorter than this: 'The three-term delegate, who
#: promised to answer every call, beat a former county executive and a surgeon who spent two million dollars of his
#: own money.' (a preamble of one line elsewhere is shorter than 160).
_DECK_MAX_CHARS = 280
#: A preamble of several lines has at most this many, each shorter than this.
_PREAMBLE_MAX_LINES = 4
_PREAMBLE_LINE_MAX_CHARS = 60

# The label of a summary over the story, alone or before its words: "Synopsis", "**Key points:**", "Highlights:",
# "## Story highlights", "In brief: The bank beat forecasts.", "ABSTRACT." (the archives of the New York Times).
STANDFIRST_LABEL = compile_pattern(r"[ \t]*(?:\*{1,2}|#{1,4}[ \t]+)?(?i:synopsis|summary|story highlights|highlights"
                                   r"|key points|key takeaways|in brief|in short|at a glance|tl;?dr|abstract)[ \t]*"
                                   r"(?:\*{0,2}[ \t]*(?P<colon>:)[ \t]*\*{0,2}|\*{1,2}|\.)?[ \t]*")


def _labelled_summary(paragraph: str) -> bool | None:
    """A summary under its label above the story ('Synopsis' / 'Net income rose 14 per cent.'), perhaps after
    short lines of page chrome ('Follow us  |  Share'): True; False when the label ends the paragraph (its summary
    is the next one); None when the paragraph is none."""
    lines = paragraph.strip().split("\n")
    for index, line in enumerate(lines[:_PREAMBLE_MAX_LINES]):
        label = STANDFIRST_LABEL.match(line)
        if label is not None and (label.end() == len(line) or label.group("colon")):
            rest = lines[index + 1:]
            if label.end() < len(line):
                rest.insert(0, line[label.end():])
            return (True if _is_summary(rest) else None) if rest else False
        if len(line) >= _PREAMBLE_LINE_MAX_CHARS:
            return None
    return None


def _is_summary(lines: list[str]) -> bool:
    """The few lines of a story's summary."""
    return 0 < len(lines) <= _SUMMARY_MAX_LINES and all(len(line) < _SUMMARY_LINE_MAX_CHARS for line in lines)


#: A summary under its label has at most this many lines, each shorter than this.
_SUMMARY_MAX_LINES = 6
_SUMMARY_LINE_MAX_CHARS = 320


def _anchor_date(doc: ZonedDoc) -> datetime.date | None:
    """The article's own date: a header date line, ``Published:`` line or byline date."""
    for span in doc.header_lines:
        found = header_date(doc.slice(span))
        if found:
            return found
    return None


def _build(doc: ZonedDoc, m: Match, reference: datetime.date | None, para_start: int) -> Dateline:
    start = m.start() if doc.text[para_start] not in "*_" else para_start  # ('**NAIROBI** —' as it stands)
    text = doc.text[start:m.end()].rstrip()
    end = start + len(text)  # "NEW DELHI, Jan 8 (PTI) The": the space before the story is not the dateline's
    location = m.group("location")
    location = location.split(" [", 1)[0].strip().rstrip(",") if location else None  # ('New Delhi [India]')
    agency = _agency(m)
    if agency is None and m.group("dash").strip() == ":" and _agency_as_region(region := m.group("region")):
        agency, location = region, location[:location.rindex(region)].rstrip(" ,")  # ('Bengaluru, DHNS:')
    if agency is not None:
        agency = AGENCY_NAMES.get(agency.lower(), agency)
    return Dateline(
        text=text,
        start=start,
        end=end,
        location=location,
        date=_iso_date(m, doc, reference),
        agency=agency,
        place=resolve_place(location) if location else None,
    )


def _iso_date(m: Match, doc: ZonedDoc, reference: datetime.date | None) -> str | None:
    month_name = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    weekday = m.group("weekday")
    if not (month_name and day) and not weekday:
        return None
    return dateline_date(
        month=MONTHS[month_name.lower()] if month_name else None,
        day=int(day) if day else None,
        year=int(m.group("year")) if m.group("year") else None,
        weekday=WEEKDAYS[weekday.lower()] if weekday else None,
        anchor=_anchor_date(doc),
        reference=reference,
    )
