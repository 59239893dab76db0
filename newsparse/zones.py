"""The tokenizer: split a document into header, body and footer, and the body into paragraphs.

>>> doc = zone("# *NATO to withdraw*\\n\\n---\\n\\nBrussels, Jan 8 -- \\"Over the coming\\n\\n"
...            "days,\\" he said.\\n\\n---\\n\\n<https://radiohc.cu/a>\\n\\n**Radio Habana Cuba**\\n")
>>> doc.slice(doc.title_line)
'# *NATO to withdraw*'
>>> [doc.slice(p) for p in doc.paragraphs]
['Brussels, Jan 8 -- "Over the coming\\n\\ndays," he said.']
>>> [doc.slice(s) for s in doc.footer_lines]
['<https://radiohc.cu/a>', '**Radio Habana Cuba**']

Rules, in order:

* Line ends: ``\\r\\n`` is read as `` \\n`` and a lone ``\\r`` as ``\\n`` (same length, so every
  offset is an offset into the decoded text as it was).
* Header: a Markdown heading (``# Title``, setext ``Title`` + ``===``), or a first short
  one-line block followed by more text; then byline, date and standfirst lines, and everything
  up to a horizontal rule that closes the header within its first blocks.
* Footer: trailing link lines (``<https://...>``, bare URLs, ``Source: ...``), bold publisher
  lines, copyright and credit lines, wire sign-offs (``Reuter``, ``(AP)``), read backwards from
  the end; and all that follows the last horizontal rule when it is short and holds such a line.
* Body: the rest, as paragraphs split on blank lines, rules and indented first lines. A
  paragraph that ends without closing punctuation is joined to the next when that one starts
  in lower case or continues a quotation left open (the seed's "Over the coming" / "days").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon.agencies import AGENCY_NAMES, BYLINE_ROLE_WORDS, PUBLISHER_NAMES
from .lexicon.calendar import MONTH_ALTERNATION, WEEKDAY_ALTERNATION
from .model import Span

#: Line-end characters other than ``\\n``, mapped one-to-one so offsets do not move.
_LINE_ENDS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0c": "\n"})

# A thematic break: "---", "* * *", "___" (three or more of one mark, spaces allowed).
RULE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
# An ATX heading: "# *NATO to withdraw some troops from Iraq*".
ATX_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+\S")
# A setext underline: "=====" (or "-----" directly under a text line).
SETEXT_UNDERLINE = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*")
# A byline: "By Jane Doe and John Roe", "BY JANE DOE, Reuters", "Written by Jane Doe on Jan. 8, 2020".
BYLINE = re.compile(
    r"[ \t]*(?:\*{1,2}|_)?(?:(?:Written|Story|Words|Text|Reported|Report) by|By|BY|by)[ \t]+[A-Z][\w.'’-]*"
)
# A credit byline without "By": "Jane Doe, Reuters", "JANE DOE and JOHN ROE | Associated Press".
CREDIT_BYLINE = re.compile(
    r"[ \t]*(?:\*{1,2}|_)?(?P<names>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|&))"
    r"{1,8})[ \t]*(?:,|\||—|–|-)[ \t]*(?P<outlet>[A-Z][\w.&'’ -]{1,40}?)[ \t]*(?:\*{1,2}|_)?[ \t]*"
)
# A role or outlet line under a byline: "*Staff Writer*", "Associated Press", "AP Business Writer".
ROLE_LINE = re.compile(r"[ \t]*(?:\*{1,2}|_)?(?P<words>[A-Z][\w'’ ]{1,60}?)[ \t]*(?:\*{1,2}|_)?[ \t]*")
# A date or time stamp line in a header: "Published: 8 January 2020", "Updated Jan. 8, 2020 10:31 a.m. ET",
# "Wed 8 Jan 2020 10.31 GMT", "2020-01-08T10:31:00Z".
HEADER_DATE = re.compile(
    r"[ \t]*(?:\*{1,2}|_)?(?:(?:Published|Updated|Posted|Last updated|Last modified|Date|Filed)\b[^\n]{0,80}"
    r"|(?:(?:" + WEEKDAY_ALTERNATION + r")\.?,?[ \t]+)?"
    r"(?:(?:" + MONTH_ALTERNATION + r")\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:" + MONTH_ALTERNATION + r")\.?,?[ \t]+\d{4}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)[^\n]{0,40})",
    re.IGNORECASE,
)
# A reading-time or section line in a header: "3 min read", "5-minute read".
READING_TIME = re.compile(r"[ \t]*(?:\*{1,2}|_)?\d{1,2}[ -]min(?:ute)?s?\.?[ \t]+read[ \t]*(?:\*{1,2}|_)?[ \t]*",
                          re.IGNORECASE)
# A photo caption or credit line above the story: "(Photo: Reuters)", "Photo: AFP/Getty Images".
CAPTION = re.compile(r"[ \t]*[(\[]?(?:Photo|Image|Picture|File photo|Caption)\b[^\n]{0,200}", re.IGNORECASE)
# A first line that is the story itself, opening with a dateline: "WASHINGTON (AP) — The Senate voted ...".
STORY_OPENING = re.compile(
    r"[ \t]*(?:[A-Z][^\n()]{0,60}?[ \t]*\([A-Za-z][A-Za-z .]{0,30}\)|[A-Z][A-Z.'’ ]{1,40}(?:,[^\n,]{1,30}){0,2})"
    r"[ \t]*(?:--|—|–|-)[ \t]*[A-Z\"“]"
)
# A line that opens with a dateline, to tell a headline from the story right under it:
# "COLUMBUS, IND., Feb 26 - Arvin said", "Washington, March 5 (Reuters)-- The", "WASHINGTON (AP) — The".
DATELINE_START = re.compile(
    r"[ \t]*(?:[A-Z0-9][\w.'’]*(?:[ \t,/]{1,2}|-(?=\w))){0,8}?(?:[A-Z0-9][\w.'’]*)?"
    r"(?:[ \t]*\([A-Za-z][A-Za-z .]{0,30}\)[ \t]*(?:--|—|–|-)?|[ \t]*(?:--|—|–)|-[ \t])"
)
# YAML front matter: "---" / "title: Farmers protest" / "date: 2020-01-08" / "---".
FRONT_MATTER_FIELD = re.compile(r"[ \t]*(?:[A-Za-z_][\w-]{0,30}[ \t]*:(?:[ \t][^\n]*)?|-[ \t][^\n]*)")
FRONT_MATTER_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*")
FRONT_MATTER_TITLE = re.compile(r"[ \t]*title[ \t]*:", re.IGNORECASE)

# Footer lines, read from the end of the document.
# "<https://www.radiohc.cu/en/...>", "https://example.com/a", "[Reuters](https://...)"
FOOTER_LINK = re.compile(r"[ \t]*(?:<https?://\S+>|https?://\S+|\[[^\]\n]{0,200}\]\(https?://[^)\s]+\))[ \t]*")
# "Source: Reuters", "Originally published at https://...", "Read more: ..."
FOOTER_SOURCE = re.compile(
    r"[ \t]*(?:\*{1,2}|_)?(?:Source|Sources|Originally published|Original article|Read more|Read the original|"
    r"This (?:article|story) (?:was )?(?:first |originally )?(?:appeared|published))\b[^\n]{0,300}",
    re.IGNORECASE,
)
# "**Radio Habana Cuba**", "__The Guardian__"
FOOTER_BOLD = re.compile(r"[ \t]*(?:\*\*[^*\n]{1,80}\*\*|__[^_\n]{1,80}__)[ \t]*")
# "© 2020 The Guardian", "Copyright 2016 The Associated Press. All rights reserved."
FOOTER_COPYRIGHT = re.compile(r"[ \t]*(?:©|\(c\)|Copyright\b)[^\n]{0,200}", re.IGNORECASE)
# "(Reporting by Jane Doe; Editing by John Roe)", "Writing by ...", "Additional reporting by ..."
FOOTER_CREDIT = re.compile(
    r"[ \t]*[(\[]?(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Produced) by\b[^\n]{0,300}"
)
# Wire sign-offs: " Reuter", "REUTER", "Reuters", "(AP)", "AP", "AFP", "-- AFP", "(RHC)".
FOOTER_SIGNOFF = re.compile(
    r"[ \t]*(?:[-–—]{1,2}[ \t]*)?\(?(?i:Reuters?|AP|AFP|UPI|Xinhua|dpa|RHC)\)?\.?[ \t]*"
)
# A link line to elsewhere: "Related: https://...", "Follow us on Twitter: https://twitter.com/x".
FOOTER_OTHER_LINK = re.compile(
    r"[ \t]*(?:\*{1,2}|_)?(?:Related|See also|More|Also read|Follow|Subscribe|Sign up)\b[^\n:]{0,60}:?[ \t]*"
    r"(?:<?https?://\S+>?|\[[^\]\n]{0,200}\]\(https?://[^)\s]+\))[ \t]*",
    re.IGNORECASE,
)
_FOOTER_LINES = (FOOTER_LINK, FOOTER_SOURCE, FOOTER_BOLD, FOOTER_COPYRIGHT, FOOTER_CREDIT, FOOTER_SIGNOFF,
                 FOOTER_OTHER_LINK)

#: A block after the last rule is footer only when it is this short.
_FOOTER_AFTER_RULE_MAX_CHARS = 600
#: The header closes at a rule only when the rule comes within this many blocks of the top.
_HEADER_RULE_WITHIN_BLOCKS = 4
#: A first line longer than this is body text, not a title.
_TITLE_MAX_CHARS = 300
#: A first line opening with a dateline and longer than this is the story, not a title.
_STORY_LINE_MIN_CHARS = 60
#: A headline with the story directly under it (no blank line between) is at most this long.
_TIGHT_TITLE_MAX_CHARS = 200
#: A line in capitals over prose is a headline when it has at least this many words.
_CAPITALS_TITLE_MIN_WORDS = 3
#: Front matter closes within this many lines, or it is not front matter.
_FRONT_MATTER_MAX_LINES = 40
#: A byline or credit line is at most this long.
_BYLINE_MAX_CHARS = 120

_CLOSING = frozenset('.!?:;"”’»)]…—–\'')
_OPEN_MARKS = frozenset('"“„«')


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the document, its end excluding the line break."""

    start: int
    end: int
    kind: str  # text | blank | rule


@dataclass(slots=True)
class ZonedDoc:
    """A document cut into zones; every span indexes ``text``."""

    text: str
    header: Span | None
    body: Span | None
    footer: Span | None
    title_line: Span | None
    header_lines: tuple[Span, ...]
    paragraphs: tuple[Span, ...]
    footer_lines: tuple[Span, ...]

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]


def zone(text: str) -> ZonedDoc:
    """Cut ``text`` into header, body (repaired paragraphs) and footer."""
    text = _normalise_line_ends(text)
    lines = _lines(text)
    front = _front_matter(text, lines)
    first = 0 if front is not None else _next_content(lines, 0)
    if first is None:
        return ZonedDoc(text, None, None, None, None, (), (), ())
    if front is not None:
        title_line, header_end = front[0], _extend_header(text, lines, front[1])
    else:
        title_line, header_end = _find_header(text, lines, first)
    footer_start = _find_footer(text, lines, header_end)
    header_lines = tuple(
        Span(ln.start, ln.end) for ln in lines[first:header_end]
        if ln.kind == "text" and (title_line is None or ln.start != title_line.start)
        and not SETEXT_UNDERLINE.fullmatch(text, ln.start, ln.end)
    )
    footer_lines = tuple(Span(ln.start, ln.end) for ln in lines[footer_start:] if ln.kind == "text")
    paragraphs = _repair(text, _paragraphs(text, lines[header_end:footer_start]))
    header = _cover(lines[first:header_end])
    footer = _cover(lines[footer_start:])
    body = Span(paragraphs[0].start, paragraphs[-1].end) if paragraphs else None
    return ZonedDoc(text, header, body, footer, title_line, header_lines, tuple(paragraphs), footer_lines)


def _normalise_line_ends(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", " \n")
    return text.translate(_LINE_ENDS)


def _lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if text[pos:end].strip() == "":
            kind = "blank"
        elif RULE.fullmatch(text, pos, end):
            kind = "rule"
        else:
            kind = "text"
        lines.append(Line(pos, end, kind))
        if nl < 0:
            break
        pos = nl + 1
    return lines


def _next_content(lines: list[Line], i: int) -> int | None:
    while i < len(lines):
        if lines[i].kind == "text":
            return i
        i += 1
    return None


def _block_end(lines: list[Line], i: int) -> int:
    """Index after the last line of the text block starting at ``i``."""
    while i < len(lines) and lines[i].kind == "text":
        i += 1
    return i


def _find_header(text: str, lines: list[Line], first: int) -> tuple[Span | None, int]:
    """Return the title line (or None) and the index of the first line after the header."""
    ln = lines[first]
    block_end = _block_end(lines, first)
    title: Span | None = None
    nxt = lines[first + 1] if first + 1 < len(lines) else None
    if ATX_HEADING.match(text, ln.start, ln.end):
        title, end = Span(ln.start, ln.end), first + 1
    elif nxt is not None and nxt.kind != "blank" and SETEXT_UNDERLINE.fullmatch(text, nxt.start, nxt.end):
        # "Title" over "=====" (h1) or "-----" (h2)
        title, end = Span(ln.start, ln.end), first + 2
    elif (_looks_like_title(text, ln) and _next_content(lines, block_end) is not None
          and all(_is_header_line(text, other) for other in lines[first + 1:block_end])):
        # a one-line block, or a title with its byline/date lines directly below
        title, end = Span(ln.start, ln.end), first + 1
    elif (block_end > first + 1 and _looks_like_title(text, ln) and ln.end - ln.start <= _TIGHT_TITLE_MAX_CHARS
          and (DATELINE_START.match(text, lines[first + 1].start, lines[first + 1].end)
               or _capitals_over_prose(text, ln, lines[first + 1]))):
        # a headline with the story right under it: "ARVIN INDS <ARV> PROMOTES EVANS" / "COLUMBUS, IND., Feb 26 - ..."
        title, end = Span(ln.start, ln.end), first + 1
    elif _is_header_line(text, ln, below_title=False):
        end = first
    else:
        return None, first
    return title, _extend_header(text, lines, end)


def _front_matter(text: str, lines: list[Line]) -> tuple[Span | None, int] | None:
    """YAML front matter opening the document: its ``title:`` line and the index after it."""
    if not lines or text[lines[0].start:lines[0].end].strip() != "---":
        return None
    title: Span | None = None
    for i in range(1, min(len(lines), _FRONT_MATTER_MAX_LINES)):
        ln = lines[i]
        if i > 1 and FRONT_MATTER_CLOSE.fullmatch(text, ln.start, ln.end):
            return title, i + 1
        if ln.kind == "blank":
            continue
        if not FRONT_MATTER_FIELD.fullmatch(text, ln.start, ln.end):
            return None
        if title is None and FRONT_MATTER_TITLE.match(text, ln.start, ln.end):
            title = Span(ln.start, ln.end)
    return None


def _capitals_over_prose(text: str, ln: Line, nxt: Line) -> bool:
    """A wire headline in capitals over a line of mixed-case prose: ``LANDMARK SAVINGS <LSA> ...``."""
    line = text[ln.start:ln.end]
    return (line.upper() == line and len(line.split()) >= _CAPITALS_TITLE_MIN_WORDS
            and any(c.islower() for c in text[nxt.start:nxt.end]))


def _looks_like_title(text: str, ln: Line) -> bool:
    line = text[ln.start:ln.end].strip()
    if len(line) > _TITLE_MAX_CHARS or _is_header_line(text, ln, below_title=False):
        return False
    if line[-1] in ".!?\"”" and len(line) > _STORY_LINE_MIN_CHARS and STORY_OPENING.match(line):
        return False  # "WASHINGTON (AP) — The Senate voted ... on Tuesday." is the story
    if line[-1] in ".!?" and len(line.split()) > 25:
        return False
    return not (line.count(". ") >= 2 and line[-1] in ".!?")


def _is_header_line(text: str, ln: Line, *, below_title: bool = True) -> bool:
    """A byline, date, caption or reading-time line; credit and role lines only below a title
    (a first line ``Stocks Rally - Reuters`` is a headline)."""
    if any(p.fullmatch(text, ln.start, ln.end) for p in (HEADER_DATE, CAPTION, READING_TIME)):
        return True
    if ln.end - ln.start > _BYLINE_MAX_CHARS:
        return False
    if BYLINE.match(text, ln.start, ln.end):
        return True
    return below_title and (_is_credit_byline(text, ln) or _is_role_line(text, ln))


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


def _extend_header(text: str, lines: list[Line], i: int) -> int:
    """After the title: byline/date/caption lines, and all up to a rule closing the header."""
    # a rule within the first few blocks closes the header (the seed: title, ---, body)
    blocks = 0
    j = i
    while j < len(lines) and blocks <= _HEADER_RULE_WITHIN_BLOCKS:
        if lines[j].kind == "rule":
            if blocks <= 2 and all(
                _is_header_line(text, ln) or _short_standfirst(text, ln)
                for ln in lines[i:j] if ln.kind == "text"
            ):
                return j + 1
            break
        if lines[j].kind == "text":
            j = _block_end(lines, j)
            blocks += 1
            continue
        j += 1
    # otherwise byline, date and caption lines directly below the title
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "blank":
            nxt = _next_content(lines, i)
            if nxt is None or not _is_header_line(text, lines[nxt]):
                break
            i = nxt
            continue
        if ln.kind == "text" and _is_header_line(text, ln):
            i += 1
            continue
        break
    return i


def _short_standfirst(text: str, ln: Line) -> bool:
    """An italic, bold or quoted deck line between title and rule: ``*Troops to move to Kuwait*``."""
    line = text[ln.start:ln.end].strip()
    return len(line) <= 300 and line[:1] in "*_>"


def _is_footer_line(text: str, ln: Line) -> bool:
    return ln.kind == "text" and any(p.fullmatch(text, ln.start, ln.end) for p in _FOOTER_LINES)


def _find_footer(text: str, lines: list[Line], header_end: int) -> int:
    """Index of the first footer line (``len(lines)`` when there is no footer)."""
    n = len(lines)
    i = n
    # trailing footer lines, read backwards
    j = n - 1
    while j >= header_end and lines[j].kind != "text":
        j -= 1
    k = j
    while k >= header_end and (lines[k].kind != "text" or _is_footer_line(text, lines[k])):
        if lines[k].kind == "text":
            i = k
        k -= 1
    # a short tail after the last rule that holds a footer line is all footer
    last_rule = next((r for r in range(n - 1, header_end - 1, -1) if lines[r].kind == "rule"), None)
    if last_rule is not None and last_rule + 1 < i:
        tail = [ln for ln in lines[last_rule + 1:i] if ln.kind == "text"]
        size = sum(ln.end - ln.start for ln in tail)
        has_footer_line = any(_is_footer_line(text, ln) for ln in lines[last_rule + 1:])
        if tail and size <= _FOOTER_AFTER_RULE_MAX_CHARS and has_footer_line and len(tail) <= 6:
            i = _next_content(lines, last_rule + 1) or i
    if i < n and _next_content(lines, header_end) == i:
        # nothing but footer lines: a one-line "Reuters" story is body, not footer
        return n
    return i


def _paragraphs(text: str, lines: list[Line]) -> list[Span]:
    """Blocks split on blank lines and rules, and on indented lines that open a wire paragraph."""
    paras: list[Span] = []
    start: int | None = None
    last_end = 0
    for ln in lines:
        if ln.kind != "text":
            if start is not None:
                paras.append(Span(start, last_end))
                start = None
            continue
        indented = text.startswith(("  ", "\t"), ln.start)
        if start is not None and indented:
            paras.append(Span(start, last_end))
            start = None
        if start is None:
            start = ln.start + (len(text[ln.start:ln.end]) - len(text[ln.start:ln.end].lstrip()))
        last_end = ln.start + len(text[ln.start:ln.end].rstrip())
    if start is not None:
        paras.append(Span(start, last_end))
    return paras


def _repair(text: str, paras: list[Span]) -> list[Span]:
    """Join paragraphs broken mid-sentence."""
    out: list[Span] = []
    for para in paras:
        if out and _continues(text, out[-1], para):
            out[-1] = Span(out[-1].start, para.end)
        else:
            out.append(para)
    return out


def _continues(text: str, prev: Span, nxt: Span) -> bool:
    if text[prev.end - 1] in _CLOSING:
        return False
    first = text[nxt.start]
    if first.islower():
        return True
    return first.isalpha() and _open_quote_left(text, prev)


def _open_quote_left(text: str, span: Span) -> bool:
    """True when the paragraph opens a double quotation it does not close."""
    chunk = text[span.start:span.end]
    opens = chunk.count("“") + chunk.count("„") + chunk.count("«")
    closes = chunk.count("”") + chunk.count("»")
    straight = chunk.count('"')
    return opens > closes or straight % 2 == 1


def _cover(lines: list[Line]) -> Span | None:
    content = [ln for ln in lines if ln.kind != "blank"]
    if not content:
        return None
    return Span(content[0].start, content[-1].end)
