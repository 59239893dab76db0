"""Line rules for the tokenizer: which lines are headline, byline, date, caption, footer.

>>> is_header_line("By Jane Doe and John Roe", Line(0, 24, "text"))
True
>>> is_footer_line(" Reuter", Line(0, 7, "text"))
True
>>> looks_like_title("WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee.",
...                  Line(0, 76, "text"))
False

Each rule reads one line of the document (``text[ln.start:ln.end]``); ``newsparse.zones`` decides
from them where the header ends and the footer begins.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon.agencies import AGENCY_NAMES, BYLINE_ROLE_WORDS, OUTLET_NOUNS, PUBLISHER_NAMES
from .lexicon.calendar import MONTH_ALTERNATION, WEEKDAY_ALTERNATION
from .pattern_cache import compile_pattern


class Line(NamedTuple):
    """One line of the document, its end excluding the line break."""

    start: int
    end: int
    kind: str  # text | blank | rule


# A byline: "By Jane Doe and John Roe", "BY JANE DOE, Reuters", "Written by Jane Doe on Jan. 8, 2020", "By: Jane Doe".
BYLINE = compile_pattern(
    r"[ \t]*(?:\*{1,2}|_)?(?:(?:Written|Story|Words|Text|Reported|Report) by|By|BY|by):?[ \t]+[A-Z][\w.'’-]*"
)
# A credit byline without "By": "Jane Doe, Reuters", "JANE DOE and JOHN ROE | Associated Press".
CREDIT_BYLINE = compile_pattern(
    r"[ \t]*(?:\*{1,2}|_)?(?P<names>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|&))"
    r"{1,8})[ \t]*(?:,|\||—|–|-)[ \t]*(?P<outlet>[A-Z][\w.&'’ -]{1,40}?)[ \t]*(?:\*{1,2}|_)?[ \t]*"
)
# A role or outlet line under a byline: "*Staff Writer*", "Associated Press", "AP Business Writer".
ROLE_LINE = compile_pattern(r"[ \t]*(?:\*{1,2}|_)?(?P<words>[A-Z][\w'’ ]{1,60}?)[ \t]*(?:\*{1,2}|_)?[ \t]*")
# A date or time stamp line in a header: "Published: 8 January 2020", "Updated Jan. 8, 2020 10:31 a.m. ET",
# "Wed 8 Jan 2020 10.31 GMT", "2020-01-08T10:31:00Z", "02/01/2020".
HEADER_DATE = compile_pattern(
    r"[ \t]*(?:\*{1,2}|_)?(?:(?:Published|Updated|Posted|Last updated|Last modified|Date|Filed)\b[^\n]{0,80}"
    r"|(?:(?:" + WEEKDAY_ALTERNATION + r")\.?,?[ \t]+)?"
    r"(?:(?:" + MONTH_ALTERNATION + r")\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:" + MONTH_ALTERNATION + r")\.?,?[ \t]+\d{4}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\d{1,2}[/.]\d{1,2}[/.]\d{4})[^\n]{0,40})",
    re.IGNORECASE,
)
# A reading-time or section line in a header: "3 min read", "5-minute read".
READING_TIME = compile_pattern(r"[ \t]*(?:\*{1,2}|_)?\d{1,2}[ -]min(?:ute)?s?\.?[ \t]+read[ \t]*(?:\*{1,2}|_)?[ \t]*",
                               re.IGNORECASE)
# A page's share buttons, two at least: "Share  Facebook  X  Email", "Share this article: Facebook | WhatsApp".
_SHARE_TARGET = (r"\[?(?:facebook|twitter|x|e-?mail|whatsapp|linkedin|reddit|pinterest|print|copy link|messenger"
                 r"|flipboard|telegram|bluesky|threads|sms)\]?")
SHARE_BUTTONS = compile_pattern(r"[ \t]*(?:share(?: (?:this|the) (?:article|story|page))?(?: on)?[ \t]*:?[ \t]*)?"
                                + _SHARE_TARGET + r"(?:(?:[ \t]*[|·•,/][ \t]*"
                                                 r"|[ \t]+)" + _SHARE_TARGET + r"){1,11}[ \t]*",
                                re.IGNORECASE)
# A photo caption or credit line above the story: "(Photo: Reuters)", "Photo: AFP/Getty Images".
CAPTION = compile_pattern(r"[ \t]*[(\[]?(?:Photo|Image|Picture|File photo|Caption)\b[^\n]{0,200}", re.IGNORECASE)
# A first line that is the story itself, opening with a dateline: "WASHINGTON (AP) — The Senate voted ...".
STORY_OPENING = compile_pattern(
    r"[ \t]*(?:[A-Z][^\n()]{0,60}?[ \t]*\([A-Za-z][A-Za-z .]{0,30}\)|[A-Z][A-Z.'’ ]{1,40}(?:,[^\n,]{1,30}){0,2})"
    r"[ \t]*(?:--|—|–|-)[ \t]*[A-Z\"“]"
)
# A line that opens with a dateline, to tell a headline from the story right under it:
# "COLUMBUS, IND., Feb 26 - Arvin said", "Washington, March 5 (Reuters)-- The", "WASHINGTON (AP) — The".
DATELINE_START = compile_pattern(
    r"[ \t]*(?:[A-Z0-9][\w.'’]*(?:[ \t,/]{1,2}|-(?=\w))){0,8}?(?:[A-Z0-9][\w.'’]*)?"
    r"(?:[ \t]*\([A-Za-z][A-Za-z .]{0,30}\)[ \t]*(?:--|—|–|-)?|[ \t]*(?:--|—|–)|-[ \t])"
)
# An ATX heading: "# *NATO to withdraw some troops from Iraq*".
ATX_HEADING = compile_pattern(r"[ \t]{0,3}#{1,6}[ \t]+\S")
# YAML front matter: "---" / "title: Farmers protest" / "date: 2020-01-08" / "---".
FRONT_MATTER_FIELD = compile_pattern(r"[ \t]*(?:[A-Za-z_][\w-]{0,30}[ \t]*(?::(?:[ \t][^\n]*)?|=[^\n]*)|-[ \t][^\n]*)")
FRONT_MATTER_CLOSE = compile_pattern(r"(?:---|\.\.\.|\+\+\+)[ \t]*")
FRONT_MATTER_TITLE = compile_pattern(r"[ \t]*(?:title|headline)[ \t]*[:=]", re.IGNORECASE)  # (also 'headline: ...')
#: The lines that open front matter: YAML's, and TOML's (Hugo: "+++", then 'title = "..."').
FRONT_MATTER_OPENERS = ("---", "+++")

# Footer lines, read from the end of the document.
# "<https://www.radiohc.cu/en/...>", "https://example.com/a", "[Reuters](https://...)"
FOOTER_LINK = compile_pattern(r"[ \t]*(?:<https?://\S+>|https?://\S+|\[[^\]\n]{0,200}\]\(https?://[^)\s]+\))[ \t]*")
# "Source: Reuters", "Originally published at https://...", "Original: https://...", "Read more: ...", "Read the full
# story at https://..."
FOOTER_SOURCE = compile_pattern(
    r"[ \t]*(?:\*{1,2}|_)?(?:Source|Sources|Originally published|Original article|Original(?=[ \t]*:)|Read more|"
    r"Read the full (?:story|article)|"
    r"Published by|"
    r"Read the original|"
    r"View original content|This (?:article|story|report) (?:by [^\n]{1,60}? )?(?:was |is )?(?:first |originally )?"
    r"(?:appeared|published|republished))\b[^\n]{0,300}",
    re.IGNORECASE,
)
# "**Radio Habana Cuba**", "__The Guardian__", "**The Prairie Farm Journal** | prairiefarmjournal.com" (its site after)
# (or its desk: "**Mountain Dispatch** · Weather desk").
FOOTER_BOLD = compile_pattern(r"[ \t]*(?:\*\*[^*\n]{1,80}\*\*|__[^_\n]{1,80}__)"
                              r"(?:[ \t]*[|·•—–-][ \t]*(?:[\w.-]{1,60}\.[a-z]{2,12}/?"
                              r"|[A-Z][\w&' ]{0,38}[Dd]esk))?[ \t]*")
# "© 2020 The Guardian", "Copyright 2016 The Associated Press. All rights reserved."
# Also after a menu of site links or its notice: "Privacy policy  |  Terms  |  © 2024 Independent Digital News & Media
# Ltd", "ALL RIGHTS RESERVED © Copyright ANSA".
COPYRIGHT_MARK = (r"[ \t]*[*_]?(?:[^\n|©]{1,40}\|[ \t]*){0,6}(?:All rights reserved\.?[ \t]*)?"
                  r"(?:©|&copy;|\(c\)|Copyright\b)")  # (case aside: compiled with re.IGNORECASE where used)
FOOTER_COPYRIGHT = compile_pattern(COPYRIGHT_MARK + r"[^\n]{0,200}", re.IGNORECASE)
# "(Reporting by Jane Doe; Editing by John Roe)", "Writing by ...", "Additional reporting by ..."
FOOTER_CREDIT = compile_pattern(
    r"[ \t]*[(\[]?(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Produced) by\b[^\n]{0,300}"
)
# Wire sign-offs: " Reuter", "REUTER", "Reuters", "(AP)", "AP", "AFP", "-- AFP", "(RHC)", "-- BERNAMA", "==Kyodo",
# "(PNA)", "GNA" (short national agencies' codes in capitals only), with the desk's slugs after some: "dpa ksc/mfh"
# (editors' initials), "dpa ch xyz", "PTI ABC DV DV", "UNI XC SNG 1045", "BSS/AR/1530 hrs", a teleprinter's date, time
# and zone: "UPI 01-12 11:42 AES".
FOOTER_SIGNOFF = compile_pattern(
    r"[ \t]*(?:[-–—=]{1,2}[ \t]*)?\(?(?P<agency>(?i:Reuters?|AP|AFP|UPI|Xinhua|dpa|RHC|Bernama|Kyodo|IANS|PTI|ANI|UNI"
    r"|ANSA|EFE|AAP|Yonhap|Anadolu|TASS|KUNA|WAM|Antara|Belga|Lusa|(?:The )?(?:Australian )?Associated Press"
    r"|The Canadian Press|Agence France-Presse)|PNA|GNA|NAN|APP|QNA|BSS|MENA|SANA|VNA|PAP|CMC)\)?\.?"
    r"(?:/[A-Za-z]{1,4}){0,3}(?:/[0-9]{3,4}(?:[ \t]*hrs?\.?)?)?"  # ('BSS/AR/1530 hrs', 'PAP/ks/mw')
    r"(?:[ \t]+(?:[a-z]{2,4}(?:/[a-z]{2,4}){0,3}|[A-Z]{2,4}|[0-9]{3,4}|[0-9]{2}-[0-9]{2}|[0-9]{1,2}:[0-9]{2})){0,4}"
    r"[ \t]*"
)
# A press release's contact line, under its "SOURCE ..." line: "For further information: Investor Relations,
# 416-555-0100, ir@example.com", "Media contact: Ana Ruiz, press@example.com", "Investor Relations: 212-555-0188".
FOOTER_CONTACT = compile_pattern(
    r"[ \t]*(?:\*{1,2}|_)?(?:For (?:further|more) information(?:,? (?:please )?contact)?|Contacts?"
    r"|(?:Media|Press|Investor|News|Analyst)s?(?:[ \t]+(?:and|&)[ \t]+(?:Media|Press|Investor|Analyst)s?)?[ \t]+"
    r"(?:Contacts?|Inquiries|Enquiries|Relations))(?:\*{1,2}|_)?[ \t]*:(?:\*{1,2}|_)?[ \t]+\S[^\n]{0,300}",
    re.IGNORECASE,
)
# A link line to elsewhere: "Related: https://...", "Follow us on Twitter: https://twitter.com/x".
FOOTER_OTHER_LINK = compile_pattern(
    r"[ \t]*(?:\*{1,2}|_)?(?:Related|See also|More|Also read|Follow|Subscribe|Sign up)\b[^\n:]{0,60}:?[ \t]*"
    r"(?:<?https?://\S+>?|\[[^\]\n]{0,200}\]\(https?://[^)\s]+\))[ \t]*",
    re.IGNORECASE,
)
# Boilerplate a site prints after the story: "Our Standards: The Thomson Reuters Trust Principles.", "Share this
# article", "Sign up for our newsletter", "Related topics: Energy, South Africa", "Newsletter — Sign up for ...".
FOOTER_BOILERPLATE = compile_pattern(
    r"[ \t]*(?:\*{1,2}|_)?(?:Our Standards:[^\n]{0,120}|Share (?:this|the) (?:article|story)[^\n]{0,40}"
    r"|(?:Newsletter[ \t]*[-–—:|][ \t]*)?Sign up (?:for|to) [^\n]{0,80}"
    r"|(?:Related )?(?:Topics|Tags):[^\n]{0,200})[ \t]*",
    re.IGNORECASE,
)
# An agency's notice naming it under the story: "Anadolu Agency website contains only a portion of the news stories
# offered to subscribers ..." (the name is group "name").
FOOTER_SITE_NOTICE = compile_pattern(r"[ \t]*(?P<name>[A-Z][\w&'’.-]{0,30}(?:[ \t][A-Z][\w&'’.-]{0,30}){0,3})[ \t]+"
                                     r"website contains only a portion of[^\n]{0,300}")
# A site's menu under the story: "About us | Contact | Privacy | Terms" (words between pipes, no figures).
FOOTER_MENU = compile_pattern(r"[ \t]*[A-Za-z][A-Za-z&'’ .-]{0,29}(?:[ \t]*\|[ \t]*[A-Za-z][A-Za-z&'’ .-]{0,29}){2,11}"
                              r"[ \t]*")
# A wire desk's slugs alone on the line under a sign-off: "sn/pgh", "ksc/mfh" (editors' initials).
FOOTER_DESK_SLUGS = compile_pattern(r"[ \t]*[a-z]{2,4}(?:/[a-z]{2,4}){1,3}[ \t]*")
_FOOTER_LINES = (FOOTER_LINK, FOOTER_SOURCE, FOOTER_BOLD, FOOTER_COPYRIGHT, FOOTER_CREDIT, FOOTER_SIGNOFF, FOOTER_MENU,
                 FOOTER_OTHER_LINK, FOOTER_BOILERPLATE, FOOTER_DESK_SLUGS, FOOTER_CONTACT, FOOTER_SITE_NOTICE)
# An outlet's name of capitalised words: "The Harbour Tribune", "Buenos Aires Times" (group "name").
_OUTLET_NAME = r"(?P<name>(?:The[ \t]+)?[A-Z][\w&'’-]{0,30}(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’-]{0,30}){0,4})"
# An outlet's name alone on a line, in capitals: "The Harbour Tribune" (an outlet when some address in the
# document spells it: "sokafor@harbourtribune.co.uk", "https://www.harbourtribune.co.uk/...").
NAME_LINE = compile_pattern(r"[ \t]*" + _OUTLET_NAME + r"[ \t]*")
_NOT_DOMAIN = compile_pattern(r"[^a-z0-9]+")
# A dash before a name closing the story: "— Buenos Aires Times", "-- The Harbour Tribune" (an outlet's sign-off
# when the name ends in a newspaper's word or is a publisher's, not "— Ana Ruiz").
DASH_NAME_LINE = compile_pattern(r"[ \t]*[-–—]{1,2}[ \t]*" + _OUTLET_NAME + r"[ \t]*\.?[ \t]*")

#: A first line longer than this is body text, not a title.
_TITLE_MAX_CHARS = 300
#: A first line opening with a dateline and longer than this is the story, not a title.
_STORY_LINE_MIN_CHARS = 60
#: ... or this long, when the dateline holds an agency's credit.
_CREDITED_STORY_LINE_MIN_CHARS = 30
#: A line in capitals over prose is a headline when it has at least this many words.
_CAPITALS_TITLE_MIN_WORDS = 3
#: A byline or credit line is at most this long.
_BYLINE_MAX_CHARS = 120

def capitals_over_prose(text: str, ln: Line, nxt: Line) -> bool:
    """A wire headline in capitals over a line of mixed-case prose: ``LANDMARK SAVINGS <LSA> ...``."""
    line = text[ln.start:ln.end]
    return (line.upper() == line and len(line.split()) >= _CAPITALS_TITLE_MIN_WORDS
            and any(c.islower() for c in text[nxt.start:nxt.end]))


def _in_title_case(words: str) -> bool:
    """Whether most words of four letters or more are capitalised, as a headline writes them: 'Washington Would
    Rather Lose the West.' (not 'The Senate voted on the bill on Tuesday.')."""
    long_words = [word for word in words.split() if len(word.strip(".,:;!?\"“”'’")) >= 4]
    return len(long_words) >= 3 and sum(word[:1].isupper() for word in long_words) >= 0.75 * len(long_words)


def looks_like_title(text: str, ln: Line) -> bool:
    line = text[ln.start:ln.end].strip()
    if len(line) > _TITLE_MAX_CHARS or is_header_line(text, ln, below_title=False):
        return False
    if line[-1] in ".!?\"”" and len(line) > _CREDITED_STORY_LINE_MIN_CHARS and (opening := STORY_OPENING.match(line)) \
            and (len(line) > _STORY_LINE_MIN_CHARS or "(" in opening.group()) \
            and not _in_title_case(line[opening.end() - 1:]):
        return False  # "WASHINGTON (AP) — The Senate voted ... on Tuesday." is the story; so is a short one with its
        # credit ("LONDON, Jan 5 (Reuters) - Markets fell."), not "EXCLUSIVE – Roger Stone: Don’t Trust the Machines."
        # nor "EXCLUSIVE – Sen. Reed: Washington Would Rather Lose the West."
    if line[-1] in ".!?" and len(line.split()) > 25:
        return False
    return not (line.count(". ") >= 2 and line[-1] in ".!?")


def is_header_line(text: str, ln: Line, *, below_title: bool = True) -> bool:
    """A byline, date, caption, reading-time or share-buttons line; credit and role lines only below a title
    (a first line ``Stocks Rally - Reuters`` is a headline)."""
    start, end = ln.start, ln.end
    if HEADER_DATE.fullmatch(text, start, end) or CAPTION.fullmatch(text, start, end) \
            or READING_TIME.fullmatch(text, start, end) or SHARE_BUTTONS.fullmatch(text, start, end):
        return True
    if end - start > _BYLINE_MAX_CHARS:
        return False
    if BYLINE.match(text, start, end):
        return True
    return below_title and (_is_credit_byline(text, ln) or _is_role_line(text, ln))


def is_byline_or_date(text: str, start: int, end: int) -> bool:
    """A byline, date or reading-time line: 'By Ana Lucero | Updated 3 hours ago', 'March 4, 2024', '5 min read'
    (its numbers are no figures of the story)."""
    return any(p.fullmatch(text, start, end) for p in (HEADER_DATE, READING_TIME)) \
        or (end - start <= _BYLINE_MAX_CHARS and BYLINE.match(text, start, end) is not None)


def _is_credit_byline(text: str, ln: Line) -> bool:
    """``Jane Doe, Reuters``: names, then an outlet newsparse knows."""
    m = CREDIT_BYLINE.fullmatch(text, ln.start, ln.end)
    return bool(m) and _is_outlet(m.group("outlet"))


def _is_role_line(text: str, ln: Line) -> bool:
    """``*Staff Writer*``, ``Associated Press``, ``AP Business Writer`` under a byline."""
    m = ROLE_LINE.fullmatch(text, ln.start, ln.end)
    if not m:
        return False
    words = m.group("words").lower().split()
    return _is_outlet(m.group("words")) or all(w in BYLINE_ROLE_WORDS or w in AGENCY_NAMES for w in words)


def _is_outlet(name: str) -> bool:
    key = name.strip().lower()
    return key in AGENCY_NAMES or key in PUBLISHER_NAMES


def short_standfirst(text: str, ln: Line) -> bool:
    """An italic, bold or quoted deck line between title and rule: ``*Troops to move to Kuwait*``."""
    line = text[ln.start:ln.end].strip()
    return len(line) <= 300 and line[:1] in "*_>"


def is_footer_line(text: str, ln: Line) -> bool:
    if ln.kind != "text":
        return False
    for pattern in _FOOTER_LINES:
        if pattern.fullmatch(text, ln.start, ln.end):
            return True
    return site_named(text, ln.start, ln.end) is not None or signed_outlet(text, ln.start, ln.end) is not None


def signed_outlet(text: str, start: int, end: int) -> str | None:
    """The outlet a dash signs off the story with, on a line of its own.

    >>> signed_outlet("— Buenos Aires Times", 0, 20), signed_outlet("— Ana Ruiz", 0, 10)
    ('Buenos Aires Times', None)
    """
    m = DASH_NAME_LINE.fullmatch(text, start, end)
    if m is None:
        return None
    name = m.group("name")
    if name.rpartition(" ")[2].lower() in OUTLET_NOUNS:
        return name
    return PUBLISHER_NAMES.get(name.lower())


def site_named(text: str, start: int, end: int) -> str | None:
    """The outlet a line names alone, when an address in the document spells the name as its domain.

    >>> site_named("Write to ana@harbourtribune.co.uk\\n\\nThe Harbour Tribune", 35, 54)
    'The Harbour Tribune'
    """
    m = NAME_LINE.fullmatch(text, start, end)
    if m is None:
        return None
    name = m.group("name")
    key = _NOT_DOMAIN.sub("", name.lower().removeprefix("the "))
    if len(key) < 5:
        return None
    at = text.find(key + ".")
    while at > 0:
        if text[at - 1] in "@/.":  # ('@harbourtribune.', '//harbourtribune.', 'www.harbourtribune.')
            return name
        at = text.find(key + ".", at + 1)
    return None


# ----------------------------------------------------------------------------- what a scraper leaves around a story

# A line holding only HTML a scraper left: "<br>", "</p>", "&nbsp;", "<div class=\"x\">".
MARKUP_ONLY = compile_pattern(r"(?:[ \t]*(?:</?(?:br|p|div|span|hr|section"
                              r"|article|figure|center)\b[^<>\n]{0,200}>|&nbsp;"
                              r"|&#160;))+[ \t]*")
# A labelled field of a story's record: "Title: Port volumes rebound", "Date: 2024-07-26", "Author: Henk de Vries".
FIELD_LINE = compile_pattern(r"[ \t]*(Title|Date|Published|Updated|Author"
                             r"|Byline|By|Source|URL|Link|Section|Category|Tags"
                             r"|Publisher|Subject|From|To|Sent)[ \t]*:[ \t]+\S[^\n]*", re.IGNORECASE)  # (an e-mail's
# header too: 'From: MoneyWise Weekly <hello@...>' / 'Subject: Rates dip')
# A skip link: "Skip to content", "[Skip to main content](#maincontent)", "Jump to navigation".
SKIP_LINK = compile_pattern(r"\[?(?:Skip|Jump) to [^\n]{1,40}?(?:\]\([^)\s]{0,200}\))?")
# Breadcrumbs ("Home > World > Asia", "News / UK") or a menu between pipes ("Home | Africa | World | Business").
BREADCRUMBS = compile_pattern(
    r"(?:[\w&'’.-]+(?:[ \t][\w&'’.-]+){0,3}[ \t]*(?:>|›|»|/|\|)[ \t]*){1,8}[\w&'’.-]+(?:[ \t][\w&'’.-]+){0,3}"
)
# A menu spaced out, no separators: "Markets  Oil & Gas  Power  Data  Newsletter", "Opinion  Obituaries  e-Edition"
# (an item may open with its number: "Watch Live   News   7 Investigates").
SPACED_MENU = compile_pattern(r"(?:\d{1,3}[ \t])?[A-Z][\w&'’-]*(?:[ \t][\w&'’-]+){0,2}"
                              r"(?:[ \t]{2,}(?:[a-z]-?|\d{1,3}[ \t])?[A-Z][\w&'’-]*(?:[ \t][\w&'’-]+){0,2}){2,11}")
# Other lines of a site's navigation: a skip link ("Skip to content", "[Skip to main content](#maincontent)"), a link
# within the site ("[Sign in](/login)").
NAVIGATION_LINK = compile_pattern(
    SKIP_LINK.pattern +
    r"|\[[^\]\n]{1,40}\]\((?:#|/)[^)\s]{0,200}\)"
    # a menu of Markdown links: "[Home](https://x.com/) | [Politics](https://x.com/politics/)"
    r"|\[[^\]\n]{1,30}\]\([^)\s]{1,200}\)(?:[ \t]*[|·•/]?[ \t]*\[[^\]\n]{1,30}\]\([^)\s]{1,200}\)){1,11}"
    # a station's alert over the story: "WEATHER ALERT: Flood watch in effect until 7 PM"
    r"|(?:SEVERE[ \t]+)?(?:WEATHER|TRAFFIC|AMBER)[ \t]+ALERT:[^\n]{0,100}"
    # a press release's label: "FOR IMMEDIATE RELEASE", "Press release"
    r"|(?i:for immediate release|press release|news release|media release)"
    # the site's address alone: "energymarkets.news", "www.harbourtribune.co.uk"
    r"|(?:www\.)?[a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,60}){0,3}\.[a-z]{2,12}/?"
    # the reader's account links and a subscription offer: "Sign In | Subscribe: $1 for 6 months", "Log in  Subscribe
    # now: 3 months for 99p"
    r"|(?i:(?:sign in|log in|login|register|my account)[ \t]*(?:[|·/][ \t]*|[ \t]{2,}))?"
    r"(?i:subscribe(?:[ \t]+(?:now|today))?)[ \t]*[:|—–][ \t]*[^\n]{1,60}"
    # ... or the offer first: "Subscribe for $1 | Sign In"
    r"|(?i:subscribe(?:[ \t]+(?:now|today))?[ \t]+(?:for|from)[ \t]+[^\n|·]{1,30}"
    r"(?:[|·][ \t]*(?:sign in|log in|login|register|my account))?)"
)
# A markets ticker over the story, two quotes at least: "Markets  |  FTSE 100 8,214.52 ▲ 0.41%  |  GBP/USD 1.2734",
# "DOW 38,996.39 +0.2%  ·  S&P 500 5,137.08  ·  Gold $2,083.50", "Sensex 73,902.15 (-0.61%)   Nifty 22,410.30 (-0.55%)",
# "Sensex 73,902.15 -452.70 (-0.61%)  |  USD/INR 83.41  |  Gold ₹71,250" (a change in points and in brackets too).
_TICKER_NUMBER = r"\d[\d,]*(?:\.\d+)?%?"
_TICKER_CHANGE = r"[ \t]*(?:[▲▼↑↓+−-][ \t]*" + _TICKER_NUMBER + r"|\([▲▼↑↓+−-]?" + _TICKER_NUMBER + r"\))"
_TICKER_QUOTE = (r"[A-Z][\w&/.-]*(?:[ \t][\w&/.-]+){0,3}[ \t]+[$£€¥₹]?" + _TICKER_NUMBER
                 + r"(?:" + _TICKER_CHANGE + r"){0,2}")
_TICKER_SEPARATOR = r"(?:[ \t]*[|·•][ \t]*|[ \t]{2,})"
MARKET_TICKER = compile_pattern(r"[ \t]*(?:(?i:markets?|market data|indices)[ \t]*:?" + _TICKER_SEPARATOR + r")?"
                                + _TICKER_QUOTE + r"(?:" + _TICKER_SEPARATOR + _TICKER_QUOTE + r"){1,9}[ \t]*")
# A digit, which every quote of a ticker has: "8,214.52".
DIGIT = compile_pattern(r"[0-9]")
# The label of a block of links to other stories closing a page: "RELATED", "Related stories:", "Read next",
# "**You may also like**".
RELATED_LABEL = compile_pattern(r"[ \t]*(?:\*{1,2}|#{1,4}[ \t]+)?(?i:related(?:[ \t]+(?:stories"
                                r"|articles|coverage|content"
                                r"|news|reading|links))?|more[ \t]+(?:stories|news|coverage)|read[ \t]+(?:next|also)"
                                r"|also[ \t]+read|see[ \t]+also|recommended(?:[ \t]+for[ \t]+you)?"
                                r"|you[ \t]+may[ \t]+also"
                                r"[ \t]+like|most[ \t]+read|trending(?:[ \t]+now)?)[ \t]*:?[ \t]*\**[ \t]*")
# A cookie banner: "We use cookies to improve your experience. [Accept] [Manage settings]".
COOKIE_BANNER = compile_pattern(r"[^\n]{0,120}\b(?i:(?:we|this (?:web)?site"
                                r"|our (?:web)?site) uses? cookies)\b[^\n]{0,200}")
# The buttons of a consent banner: "ACCEPT ALL    MANAGE OPTIONS", "[Accept] [Reject all]", "I agree | More options".
_CONSENT_BUTTON = (r"\[?(?:accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|decline(?: all)?|i agree|agree"
                   r"(?: and close)?|i accept|allow(?: all)?(?: cookies)?|deny|manage (?:options|settings|preferences"
                   r"|choices|cookies)|(?:cookie )?settings|more options|customi[sz]e(?: settings)?|got it|ok)\]?")
CONSENT_BUTTONS = compile_pattern(r"[ \t]*" + _CONSENT_BUTTON + r"(?:(?:[ \t]{2,}|[ \t]*[|·/][ \t]*|[ \t]+(?=\[))"
                                  + _CONSENT_BUTTON + r"){1,3}[ \t]*", re.IGNORECASE)
# The word of a consent banner's button that gives consent: "ACCEPT ALL", "I agree", "Allow cookies".
CONSENT_WORD = compile_pattern(r"(?i:accept|agree|allow)")
#: Entries of a site's menu: a block of short lines holding one of them is navigation ("Home", "News", "Sport").
MENU_WORDS = frozenset("home news sport sports menu search sections sign in log in login subscribe skip to content "
                        "weather business world video opinion advertisement".split()) \
    | {"sign in", "log in", "skip to content"}  # (and an advert's label: "Advertisement")
#: Words of a section label above a headline: "World News", "Business & Economy", "US Politics".
SECTION_WORDS = frozenset("""
    news world politics business sport sports opinion comment analysis technology tech science health
    entertainment culture arts markets economy money us u.s. uk europe asia africa americas middle east local
    national international breaking exclusive latest live lifestyle travel environment climate education
    """.split())


def is_navigation_markup(line: str) -> bool:
    """Breadcrumbs or a menu ('Home | Africa | World', 'Markets  Oil & Gas  Power'), a skip link, a link within the
    site, an alert or a subscription offer. Breadcrumbs are tried only where a line holds their separator, a spaced
    menu only where it holds two spaces or a tab."""
    return NAVIGATION_LINK.fullmatch(line) is not None \
        or ((">" in line or "/" in line or "|" in line or "›" in line or "»" in line)
            and BREADCRUMBS.fullmatch(line) is not None) \
        or (("  " in line or "\t" in line) and SPACED_MENU.fullmatch(line) is not None)


def is_navigation_line(line: str) -> bool:
    """A line of a site's navigation: a skip link, breadcrumbs or a menu ('Home | Africa | World'), menu words
    ('Sign in    Subscribe', 'Search'), a cookie banner or a markets ticker ('FTSE 100 8,214.52  |  Brent $78.12')."""
    if is_navigation_markup(line):
        return True
    lowered = line.lower()
    if all(word in MENU_WORDS for word in lowered.split()):
        return True
    plain = line.isascii()  # (ASCII letters fold only to each other, and its digits are [0-9]: where the marks the
    # patterns need are missing, they are not tried)
    return ((not plain or "cookie" in lowered) and COOKIE_BANNER.fullmatch(line) is not None) \
        or ((not plain or DIGIT.search(line) is not None) and MARKET_TICKER.fullmatch(line) is not None)


def is_consent_banner(block: list[str]) -> bool:
    """A consent banner's block: a few lines, one of them its buttons ('We value your privacy' / 'We and our partners
    store ...' / 'ACCEPT ALL    MANAGE OPTIONS')."""
    return len(block) <= _CONSENT_BANNER_MAX_LINES and any(
        CONSENT_BUTTONS.fullmatch(line) is not None and CONSENT_WORD.search(line) is not None for line in block)


#: A consent banner's block has at most this many lines.
_CONSENT_BANNER_MAX_LINES = 6


def is_section_label(line: str) -> bool:
    """A section's name over a headline: 'UK News', 'Africa', 'Business & Economy' (three words at most)."""
    words = line.lower().strip("#* ").replace("&", " ").split()
    return 0 < len(words) <= 3 and all(word in SECTION_WORDS for word in words)
