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

* Line ends: ``\\r\\n`` is read as `` \\n`` and a lone ``\\r`` as ``\\n``, a byte-order mark opening the
  text as a space (same length, so every offset is an offset into the decoded text as it was).
* Header: a Markdown heading (``# Title``, setext ``Title`` + ``===``), or a first short
  one-line block followed by more text; then byline, date and standfirst lines, and everything
  up to a horizontal rule that closes the header within its first blocks.
* Footer: trailing link lines (``<https://...>``, bare URLs, ``Source: ...``), bold publisher
  lines, copyright and credit lines, wire sign-offs (``Reuter``, ``(AP)``), read backwards from
  the end; and all that follows the last horizontal rule when it is short and holds such a line.
* Body: the rest, as paragraphs split on blank lines, rules, indented first lines and list items
  ('- ' after a line that ends a sentence). A paragraph that ends without closing punctuation is
  joined to the next when that one starts in lower case or continues a quotation left open (the
  seed's "Over the coming" / "days").

What makes a line a byline, date, caption or footer line is in ``newsparse.zone_lines``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .model import Span
from .page_top import next_text_line, past_navigation, text_block_end
from .pattern_cache import compile_pattern
from .zone_lines import (
    ATX_HEADING,
    DATELINE_START,
    FIELD_LINE,
    FRONT_MATTER_CLOSE,
    FRONT_MATTER_FIELD,
    FRONT_MATTER_OPENERS,
    FRONT_MATTER_TITLE,
    MARKUP_ONLY,
    RELATED_LABEL,
    SECTION_WORDS,
    SKIP_LINK,
    Line,
    capitals_over_prose,
    is_footer_line,
    is_header_line,
    looks_like_title,
    short_standfirst,
)

#: Line-end characters other than ``\\n``, mapped one-to-one so offsets do not move.
_LINE_ENDS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0c": "\n"})
_OTHER_LINE_ENDS = "\r\u2028\u2029\x85\x0c"

# A thematic break: "---", "* * *", "___" (three or more of one mark, spaces allowed).
RULE = compile_pattern(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
# A setext underline: "=====" (or "-----" directly under a text line).
SETEXT_UNDERLINE = compile_pattern(r"[ \t]{0,3}(?:=+|-+)[ \t]*")
#: A block after the last rule is footer only when it is this short.
_FOOTER_AFTER_RULE_MAX_CHARS = 600
#: The header closes at a rule only when the rule comes within this many blocks of the top.
_HEADER_RULE_WITHIN_BLOCKS = 4
#: A headline with the story directly under it (no blank line between) is at most this long.
_TIGHT_TITLE_MAX_CHARS = 200
#: Each line of a first block read as a headline and its subtitle is at most this long.
_HEADLINE_BLOCK_MAX_CHARS = 160
#: Front matter closes within this many lines, or it is not front matter.
_FRONT_MATTER_MAX_LINES = 40
#: A block of links to other stories closing a page has at most this many, each at most this long.
_RELATED_MAX_LINKS = 8
_RELATED_LINK_MAX_CHARS = 200

_CLOSING = frozenset('.!?:;"”’»)]…—–\'')
#: The marks that open the items of a list, each line one: '- ' in '- Sam Pike, a teacher, said ...' (Axios).
_BULLETS = ("- ", "* ", "• ", "· ", "– ")
_OPEN_MARKS = frozenset('"“„«')


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
    lines = split_lines(text)
    front = _front_matter(text, lines) or _field_block(text, lines)
    first = 0 if front is not None else next_text_line(lines, 0)
    if first is None:
        return ZonedDoc(text, None, None, None, None, (), (), ())
    if front is not None:
        title_line, header_end = front[0], _extend_header(text, lines, front[1])
    else:
        first = past_navigation(text, lines, first)
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
    if text.startswith("\ufeff"):  # a byte-order mark left in a string read without "utf-8-sig": a space here
        text = " " + text[1:]
    if "\r" in text:
        text = text.replace("\r\n", " \n")
    if any(end in text for end in _OTHER_LINE_ENDS):  # rare; translate() costs ~30 ns a character
        text = text.translate(_LINE_ENDS)
    return text


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if not line or line.isspace() or (line.lstrip()[:1] in ("<", "&") and MARKUP_ONLY.fullmatch(line)):
            kind = "blank"  # (a line of HTML left in the text, "<br>" or "&nbsp;", is a blank line)
        elif line[0] in "-*_ \t" and RULE.fullmatch(text, pos, end):  # (a rule opens with its mark or a space)
            kind = "rule"
        else:
            kind = "text"
        lines.append(_new_line((pos, end, kind)))
        pos = end + 1
    return lines


#: ``Line(start, end, kind)`` from a tuple, without the Python-level ``__new__`` of a NamedTuple (~40 a document).
_new_line = functools.partial(tuple.__new__, Line)


def _find_header(text: str, lines: list[Line], first: int) -> tuple[Span | None, int]:
    """Return the title line (or None) and the index of the first line after the header."""
    ln = lines[first]
    block_end = text_block_end(lines, first)
    title: Span | None = None
    nxt = lines[first + 1] if first + 1 < len(lines) else None
    if ATX_HEADING.match(text, ln.start, ln.end):
        title, end = Span(ln.start, ln.end), first + 1
    elif nxt is not None and nxt.kind != "blank" and SETEXT_UNDERLINE.fullmatch(text, nxt.start, nxt.end):
        # "Title" over "=====" (h1) or "-----" (h2)
        title, end = Span(ln.start, ln.end), first + 2
    elif ((title_like := looks_like_title(text, ln)) and next_text_line(lines, block_end) is not None
          and all(is_header_line(text, other) for other in lines[first + 1:block_end])):
        # a one-line block, or a title with its byline/date lines directly below
        title, end = Span(ln.start, ln.end), first + 1
    elif (block_end > first + 1 and title_like and ln.end - ln.start <= _TIGHT_TITLE_MAX_CHARS
          and (DATELINE_START.match(text, lines[first + 1].start, lines[first + 1].end)
               or capitals_over_prose(text, ln, lines[first + 1]))):
        # a headline with the story right under it: "ARVIN INDS <ARV> PROMOTES EVANS" / "COLUMBUS, IND., Feb 26 - ..."
        title, end = Span(ln.start, ln.end), first + 1
    elif (headline := _headline_block(text, lines, first, block_end)) is not None:
        title, end = headline, block_end  # "Airline cancels flights" over "Staff shortages blamed"
    elif is_header_line(text, ln, below_title=False):
        end = first
    else:
        return None, first
    return title, _extend_header(text, lines, end)


def _headline_block(text: str, lines: list[Line], first: int, block_end: int) -> Span | None:
    """The title of a first block of two or three short lines over the story: a headline and its subtitle, or a
    section label over the headline ("World News" / "# Ministers agree budget"); never wrapped prose (a line
    opening in lower case)."""
    block = lines[first:block_end]
    if not 2 <= len(block) <= 3 or next_text_line(lines, block_end) is None:
        return None
    for k, ln in enumerate(block):
        line = text[ln.start:ln.end].strip()
        if not line or len(line) > _HEADLINE_BLOCK_MAX_CHARS or not looks_like_title(text, ln) \
                or line[0].islower() or (line[-1] in ",;-–" and not (line[-1] == ";" and k == 0 and len(block) == 2)):
            return None  # (a headline may end with a semicolon over its subtitle: "Netanyahu and Obama: A tortured
            # relationship; " / "Divided by ideology, their history is one of mistrust.")
    heading = next((ln for ln in block if ATX_HEADING.match(text, ln.start, ln.end)), None)
    if heading is not None:
        return Span(heading.start, heading.end)
    first_line = text[block[0].start:block[0].end]
    label = first_line.lower().replace("&", " ").split()
    over_it = (bool(label) and all(word in SECTION_WORDS for word in label)) \
        or SKIP_LINK.fullmatch(first_line.strip()) is not None
    chosen = block[1] if over_it else block[0]  # (a skip link too: "Skip to content" / "Oil Prices Climb | Live: ...")
    return Span(chosen.start, chosen.start + len(text[chosen.start:chosen.end].rstrip(" \t;")))


def _front_matter(text: str, lines: list[Line]) -> tuple[Span | None, int] | None:
    """YAML (or TOML) front matter opening the document: its ``title:`` line and the index after it."""
    if not lines or text[lines[0].start:lines[0].end].strip() not in FRONT_MATTER_OPENERS:
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


def _field_block(text: str, lines: list[Line]) -> tuple[Span | None, int] | None:
    """A block of labelled fields opening the document with no front matter marks, as some archives save a story:
    'Title: Port volumes rebound / Date: 2024-07-26 / Author: Henk de Vries', or an e-mail's header ('From: ... /
    Subject: Rates dip'). Its ``Title:`` (or ``Subject:``) line and the index after it; None unless it has a title
    and another known field, and nothing else."""
    first = next_text_line(lines, 0)
    if first is None:
        return None
    end = text_block_end(lines, first)
    keys = [FIELD_LINE.fullmatch(text, ln.start, ln.end) for ln in lines[first:end]]
    if not 2 <= len(keys) <= _FRONT_MATTER_MAX_LINES or not all(keys):
        return None
    labels = [key.group(1).lower() for key in keys if key is not None]
    label = "title" if "title" in labels else "subject"
    if label not in labels:
        return None
    title = lines[first + labels.index(label)]
    return Span(title.start, title.end), end


def _extend_header(text: str, lines: list[Line], i: int) -> int:
    """After the title: byline/date/caption lines, and all up to a rule closing the header."""
    # a rule within the first few blocks closes the header (the seed: title, ---, body)
    blocks = 0
    j = i
    while j < len(lines) and blocks <= _HEADER_RULE_WITHIN_BLOCKS:
        if lines[j].kind == "rule":
            if blocks <= 2 and all(
                is_header_line(text, ln) or short_standfirst(text, ln)
                for ln in lines[i:j] if ln.kind == "text"
            ):
                return j + 1
            break
        if lines[j].kind == "text":
            j = text_block_end(lines, j)
            blocks += 1
            continue
        j += 1
    # otherwise byline, date and caption lines directly below the title
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "blank":
            nxt = next_text_line(lines, i)
            if nxt is None or not is_header_line(text, lines[nxt]):
                break
            i = nxt
            continue
        if ln.kind == "text" and is_header_line(text, ln):
            i += 1
            continue
        break
    return i


def _find_footer(text: str, lines: list[Line], header_end: int) -> int:
    """Index of the first footer line (``len(lines)`` when there is no footer)."""
    n = len(lines)
    i = n
    # trailing footer lines, read backwards (from above a closing block of links to other stories)
    j = _above_related_block(text, lines, header_end, n - 1)
    while j >= header_end and lines[j].kind != "text":
        j -= 1
    k = j
    while k >= header_end and (lines[k].kind != "text" or is_footer_line(text, lines[k])):
        if lines[k].kind == "text":
            i = k
        k -= 1
    # a short tail after the last rule that holds a footer line is all footer
    last_rule = next((r for r in range(n - 1, header_end - 1, -1) if lines[r].kind == "rule"), None)
    if last_rule is not None and last_rule + 1 < i:
        tail = [ln for ln in lines[last_rule + 1:i] if ln.kind == "text"]
        size = sum(ln.end - ln.start for ln in tail)
        has_footer_line = any(is_footer_line(text, ln) for ln in lines[last_rule + 1:])
        if tail and size <= _FOOTER_AFTER_RULE_MAX_CHARS and has_footer_line and len(tail) <= 6:
            i = next_text_line(lines, last_rule + 1) or i
    if i < n and next_text_line(lines, header_end) == i:
        # nothing but footer lines: a one-line "Reuters" story is body, not footer
        return n
    return i


def _above_related_block(text: str, lines: list[Line], header_end: int, last: int) -> int:
    """The index above a block of links to other stories closing the page ('RELATED' / 'Farm loans climb again'),
    ``last`` when there is none."""
    while last >= header_end and lines[last].kind != "text":
        last -= 1
    first = last
    while first > header_end and lines[first - 1].kind == "text":
        first -= 1
    links = lines[first + 1:last + 1]
    if first <= header_end or not 0 < len(links) <= _RELATED_MAX_LINKS \
            or RELATED_LABEL.fullmatch(text, lines[first].start, lines[first].end) is None \
            or any(ln.end - ln.start > _RELATED_LINK_MAX_CHARS for ln in links):
        return last
    return first - 1


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
        if start is not None and (indented or (text.startswith(_BULLETS, ln.start) and text[last_end - 1] in _CLOSING)):
            # (a list item after a line that ends a sentence: '- Sam Pike, a teacher, said ...')
            paras.append(Span(start, last_end))
            start = None
        # (a text line has a character that is no white space; most have none at either end)
        if start is None:
            start = ln.start if not text[ln.start].isspace() else ln.end - len(text[ln.start:ln.end].lstrip())
        last_end = ln.end if not text[ln.end - 1].isspace() else ln.start + len(text[ln.start:ln.end].rstrip())
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
