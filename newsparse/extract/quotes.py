"""Direct quotations: every quoted stretch of the headline and body, where it stands and what kind it is.

>>> from newsparse.zones import zone
>>> doc = zone('Title\\n\\n"We will leave," he said. Critics called it "a disaster" on Monday.\\n')
>>> [(q.text, q.kind) for q in find_quotes(doc)]
[('We will leave,', 'full'), ('a disaster', 'partial')]

Marks read: straight (``"``), curly (“…”), low-9 („…“), guillemets (« … », » … «), doubled
apostrophes (``''…''``, as archived NYT text has them), and mixed glyphs (the seed opens with
``"`` and closes with ``”``). British single-quote style (‘…’ or '…') is read when a document
has far more single-mark quotations than double-mark ones (which then sit nested inside); in a
document quoting in double marks, one in single marks that a speech verb follows (``'We had
chances,' said Ryan.``) is read too, with what goes on in single marks in its paragraph;
apostrophes inside words, after a plural's ``s`` and in ``rock 'n' roll`` are left alone.
Marks inside HTML tags (``<tweet id="1">``) are not quotations.

Kinds (``full``, ``partial``, or a ``title`` left out) are told by ``quote_kinds``.
The headline is read too, and a body copy that keeps one paragraph a line is split there.
A quote interrupted by its attribution (``"We will," he said, "win."``) is reported as its two
parts; ``speakers`` gives both the same speaker.

A quotation running over several paragraphs (each re-opening with a mark, only the last
closing) is one quote whose span covers them all; the re-opening marks are dropped from its
text. A mark left open at the end of a paragraph that no next paragraph continues ends the
quote there, flagged ``unclosed``; it never swallows the rest of the article.

Speakers are filled in afterwards by ``speakers.attribute``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from ..model import Quote, Span
from ..pattern_cache import compile_pattern
from ..zones import ZonedDoc
from . import folded
from .quote_kinds import WIDE_SPACES, quote_kind

# Double quotation marks of every style, an apostrophe, a curly single mark or a backtick only doubled: ''We will,''
# / "x" / “x” / „x“ / «x» / ‘‘x’’ / ``x''.
# (Written to open with a character class, so the regex engine skips to the next mark in C.)
DOUBLE_MARK = compile_pattern(r"[\"“”„‟«»'‘’`](?:(?<=')'|(?<=‘)‘|(?<=’)’|(?<=`)`|(?<!['‘’`]))")
# Single quotation marks for British-style documents: ‘x’ or 'x'.
SINGLE_MARK = compile_pattern(r"[‘’']")
#: A mark found in the text: where it starts and ends, and the mark itself.
Mark = tuple[int, int, str]
# What may stand before an opening mark: start, space, bracket, dash, slash, colon.
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:;>*_" + WIDE_SPACES)
# What may follow a closing mark: end, space, punctuation.
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}—–-*_'’\"”" + WIDE_SPACES)
_N_MARKS = frozenset({"'n'", "‘n’", "’n’"})
# What follows an inch mark: a thing measured in inches ('6" pipe', '5\'11" and', '55" screen') or a measure run on
# ('6"x4"'); not a quote's end ('"99.9" percent').
INCH_AFTER = compile_pattern(r"x[0-9]|[ \t](?:pipes?|screens?|displays?|monitors?|tv|wide|long|tall|high|deep|thick|"
                             r"diameter|of (?:snow|rain)|rain|snow|barrels?|wheels?|tires?|tyres?|rims|blades?|boards?|"
                             r"and|or|by|x)\b")
# A conjunction after a mark, which an inch measure and a quote's end may both have: ' and' in '5\'11" and fast'.
JOINED_AFTER = compile_pattern(r"[ \t](?:and|or|by)\b")
# Feet before the inches of a height: "5'11" in '5\'11" and fast'.
FEET_BEFORE = compile_pattern(r"[0-9]['’][0-9]{1,2}$")
# An inch measure before another: '6"x4' in '6"x4" beam'.
INCH_BY_INCH = compile_pattern(r'[0-9]"x[0-9]+$')
# A front-matter key before a quoted value: 'title:' in 'title: "Farmers block roads"'.
FRONT_MATTER_KEY = compile_pattern(r"[a-z_][a-z0-9_-]{0,30}:")  # (lower case: 'Mayor: "We will"' is a headline's quote)
# An HTML or XML tag whose attribute values are not quotations: '<tweet id="672" author="@x">'.
TAG = compile_pattern(r"<[A-Za-z/][^<>\n]{0,300}>")
# A line break that ends a paragraph in copy that keeps one paragraph a line (no blank lines):
# 'he said.\nRubio hit back', 'schools open."\n"Leadership' (not 'areas,"\nKlopfenstein told', a
# hard-wrapped line).
# (It opens with the sentence's last mark, so the engine skips from one to the next; group 1 starts where the
# first line ends. Read from a block's start, which is never white space, it finds what lookbehinds before the
# white space would.)
# An empty line of a Markdown block quote, which parts two of its paragraphs: "\n>" in '> "We go.\n>\n> "Now."'.
BLOCK_QUOTE_BREAK = compile_pattern(r"\n[ \t]*>[ \t]*(?=\n)")
# The block-quote marks opening a line inside a quotation, left out of its text: "\n> " in '> "We go,\n> he said."'.
BLOCK_QUOTE_LINE = compile_pattern(r"\n[ \t]*(?:>[ \t]?)+")
LINE_PARAGRAPH_BREAK = compile_pattern(
    r"(?:[.!?:][\"”’»)']?|[.!?][\"”’'][\"”’'])([ \t]*)\n(?=[ \t]*[\"“‘'«A-Z0-9(\[*>])"
)


def find_quotes(doc: ZonedDoc) -> list[Quote]:
    """Every quotation in the headline and the body, in document order, without speakers."""
    quotes = _scan(doc, _double_marks, _double_role)
    if quotes and doc.title_line is not None and quotes[0].end <= doc.title_line.end \
            and _quotes_whole_line(doc.text, quotes[0], doc.title_line):
        quotes = quotes[1:]  # 'title: "Farmers block roads"' (front matter) quotes the title, nobody's words
    if (len(quotes) < 3 and any(ch in doc.text for ch in "‘'")) or doc.text.count("‘") > 2 * len(quotes):  # (curly
        # singles far more than the doubles found: British style, though a few doubles nest inside)
        singles = [q for q in _scan(doc, _single_marks, _single_role) if len(q.text) > 3]
        if len(singles) > 2 * len(quotes):  # British style: 'single' marks, "double" ones nested inside
            return singles
    if quotes and SAID_AFTER_SINGLE.search(doc.text) is not None:
        quotes = _with_said_singles(doc, quotes)
    return quotes


# A quotation in single marks closing on a comma, a question or an exclamation before its speech verb, or a name and
# one: ",' said" in "'We had chances,' said Ryan", "?' Ryan asked" (read in a document quoting in double marks).
SAID_AFTER_SINGLE = compile_pattern(
    r"[,?!]['’][ \t]+(?:(?:he|she|they|we|I|(?:[A-Z][\w'’-]*[ \t]+){1,4})[ \t]*)?"
    r"(?:said|says|added|adds|asked|asks|told|tells|replied|insisted|explained|warned|recalled)\b")


def _with_said_singles(doc: ZonedDoc, quotes: list[Quote]) -> list[Quote]:
    """The quotations in double marks, and in a document that quotes in both, those in single marks outside them
    that a speech verb follows (``'We had chances,' said Ryan.``), with the sentences that go on in single marks in
    their paragraph (``'... ,' said Ryan. 'We never stopped.'``)."""
    text = doc.text
    spans = [(q.start - 1, q.end + 1) for q in quotes]
    starts = [start for start, _ in spans]
    said: list[Quote] = []
    for single in _scan(doc, _single_marks, _single_role):
        k = bisect.bisect_right(starts, single.start) - 1
        if (k >= 0 and spans[k][1] > single.start) or (k + 1 < len(spans) and spans[k + 1][0] < single.end):
            continue  # (inside a double-mark quotation, or across one)
        if SAID_AFTER_SINGLE.match(text, single.end - 1) is not None \
                or (said and "\n" not in text[said[-1].end:single.start]
                    and SAID_AFTER_SINGLE.match(text, said[-1].end - 1) is not None) \
                or (said and _paragraph_after(text, said[-1], single)):
            said.append(single)
    return sorted(quotes + said, key=lambda q: q.start) if said else quotes


def _paragraph_after(text: str, before: Quote, quote: Quote) -> bool:
    """Whether ``quote`` in single marks is the whole paragraph after the one of ``before``: the speaker going on
    ("'Swimmer safety comes first,' Mr Lane said." / "'I am not going to take the nets away.'")."""
    rest = text[before.end:quote.start - 1]
    line_end = rest.find("\n")
    closing = text.find("\n", quote.end)
    return line_end >= 0 and not rest[line_end:].strip() \
        and not text[quote.end + 1:len(text) if closing < 0 else closing].strip()


def _quotes_whole_line(text: str, quote: Quote, line: Span) -> bool:
    """A quote that is all of its line but markup or a front-matter key: '# "Title"', 'title: "Title"'."""
    before = text[line.start:quote.start].strip(" \t#*_>\"“”'«")
    after = text[quote.end:line.end].strip(" \t*_\"“”'»")
    return not after and (not before or FRONT_MATTER_KEY.fullmatch(before) is not None)


def blocks(doc: ZonedDoc) -> list[Span]:
    """The headline, then the body's paragraphs, each line its own paragraph where lines end
    sentences ('said.\\nHe'), in a paragraph most of whose lines do (hard-wrapped prose keeps its lines together).
    Worked out once per document: quotes and speakers both ask."""
    global _last_blocks
    last_doc, last = _last_blocks
    if last_doc is doc:
        return last
    text = doc.text
    out: list[Span] = [doc.title_line] if doc.title_line is not None else []
    for whole in doc.paragraphs:
        for para in _block_quote_paragraphs(text, whole):
            start = para.start
            lines = text.count("\n", start, para.end)
            breaks = list(LINE_PARAGRAPH_BREAK.finditer(text, start, para.end)) if lines else []
            if breaks and len(breaks) * 2 > lines:  # most lines end sentences: a paragraph a line (not wrapped prose)
                for m in breaks:
                    out.append(Span(start, m.start(1)))
                    start = m.end()
                    while text[start] in " \t":
                        start += 1
                out.append(Span(start, para.end))
            else:
                out.append(para)
    _last_blocks = (doc, out)
    return out


def _block_quote_paragraphs(text: str, para: Span) -> list[Span]:
    """A paragraph cut at the empty lines of a Markdown block quote ('>' alone), which part its paragraphs."""
    if ">" not in text[para.start:para.end]:
        return [para]
    out: list[Span] = []
    start = para.start
    for m in BLOCK_QUOTE_BREAK.finditer(text, para.start, para.end):
        if m.start() > start:
            out.append(Span(start, m.start()))
        start = m.end() + 1  # (past the line's end)
        while start < para.end and text[start] in " \t":
            start += 1
    if start < para.end:
        out.append(Span(start, para.end))
    return out


# A speech verb and its comma or colon right before a mark inside a quotation, which opens words quoted inside it in
# the same marks: "said, " in ‘When I took it on, the man before me said, ‘Leave the rhubarb.’ He was right,’.
NESTED_LEAD_IN = compile_pattern(r"\b(?:said|says|told[ \t]+(?:me|us|him|her|them)|asked|asks|shouted|yelled"
                                 r"|replied|wrote|added)[,:][ \t]*$")

#: The document ``blocks`` last cut, and its blocks.
_last_blocks: tuple[ZonedDoc | None, list[Span]] = (None, [])


def _scan(doc: ZonedDoc, find_marks: Callable[[str, int, int], list[Mark]], role) -> list[Quote]:
    text = doc.text
    quotes: list[Quote] = []
    opener: str | None = None  # the mark of the quotation being read, None while none is open
    content_start = 0  # where its words start
    pieces: list[tuple[int, int]] = []  # its stretches so far, one per paragraph it runs over
    paragraphs = blocks(doc)
    tags = [(m.start(), m.end()) for m in TAG.finditer(text)] if "<" in text else []
    # every mark of the headline and body in one scan (white space stands before each block and after
    # it, so no mark runs over a block's edge), handed out to the blocks below
    marks = find_marks(text, paragraphs[0].start, paragraphs[-1].end) if paragraphs else []
    mark_starts = [at for at, _, _ in marks]
    para_starts = [p.start for p in paragraphs]
    nested: str | None = None  # the mark of a quotation of the other style open inside the one being read
    index = 0
    while index < len(paragraphs):
        para = paragraphs[index]
        piece_start = para.start
        nested = None  # (a quotation inside another never runs over a paragraph's end)
        if opener is not None:  # the quotation runs on: skip the mark that re-opens it
            reopen = _reopening_mark(text, marks, mark_starts, para)
            piece_start = reopen[1] if reopen else para.start
        first = bisect.bisect_left(mark_starts, piece_start)
        if opener is None:  # no quotation open: go straight to the block of the next mark
            if first == len(marks):
                break
            next_block = bisect.bisect_right(para_starts, mark_starts[first]) - 1
            if next_block > index:
                index = next_block
                continue
        for at, after, mark in marks[first:bisect.bisect_left(mark_starts, para.end, first)]:
            if tags and _in_tag(tags, at):
                continue
            kind = role(text, at, after, mark, opener)
            if kind == "skip" or (opener is not None and at == content_start):
                if kind != "skip":  # '"“You don't win' opens once with two marks
                    content_start = piece_start = after
                continue
            if opener is None:
                if kind in ("open", "either"):
                    opener, content_start, piece_start, pieces, nested = mark, after, after, [], None
                continue
            if nested is not None:  # inside a quotation of the other style: 'a "disgrace" to' in “...”
                if kind != "open" and _STYLE.get(mark) == _STYLE.get(nested):
                    nested = None
                continue
            style, current = _STYLE.get(mark), _STYLE.get(opener)
            if kind == "open" and style is not None and current is not None and style != current:
                nested = mark  # (single marks have no other style to nest: None)
                continue
            if kind in ("open", "either") and mark == opener and style is None \
                    and NESTED_LEAD_IN.search(text, max(content_start, at - 30), at) is not None:
                nested = mark  # words quoted inside in the same single marks: ‘the man said, ‘Leave it.’ He was
                continue  # right,’ (double marks inside double ones are more often a closing mark left out: '"Absent
                # a force, he added, "this is how it ends."')
            if kind == "open" and _strong_opener(mark, opener):
                # a new quotation opens before the last one closed: that one was never closed
                pieces.append((piece_start, _rstrip(text, at)))
                quotes.append(_finish(text, pieces, content_start, unclosed=True))
                opener, content_start, piece_start, pieces = mark, after, after, []
                continue
            pieces.append((piece_start, at))
            quotes.append(_finish(text, pieces, content_start, unclosed=False))
            opener = None
        if opener is not None:
            pieces.append((piece_start, para.end))
            runs_on = index + 1 < len(paragraphs) and not (index == 0 and doc.title_line is not None)  # (a
            # headline's quotation never runs on into the body)
            reopen = _reopening_mark(text, marks, mark_starts, paragraphs[index + 1]) if runs_on else None
            if reopen is None:
                quotes.append(_finish(text, pieces, content_start, unclosed=True))
                opener = None
        index += 1
    return [q for q in quotes if q.end > q.start and q.kind != "title"]


def _double_marks(text: str, start: int, end: int) -> list[Mark]:
    """The marks DOUBLE_MARK finds in ``text[start:end]``, in order, found as its ``finditer`` finds them but
    with ``str.find`` for each mark (memchr in C): the pattern opens with a class of eight characters, which
    the engine tests at every character, and stops at every apostrophe. An apostrophe is a mark only doubled
    (``''``), each pair read once."""
    found = []
    for mark in _DOUBLE_MARKS:
        step = len(mark)
        at = text.find(mark, start, end)
        while at >= 0:
            found.append((at, at + step, mark))
            at = text.find(mark, at + step, end)
    found.sort()
    return found


def _single_marks(text: str, start: int, end: int) -> list[Mark]:
    """The marks SINGLE_MARK finds in ``text[start:end]``, in order."""
    return [(m.start(), m.end(), m.group()) for m in SINGLE_MARK.finditer(text, start, end)]


#: What DOUBLE_MARK matches: each double mark, and two apostrophes; and two curly single marks or two backticks,
#: which some archives write for double marks (‘‘We will,’’ / ``We will,'').
_DOUBLE_MARKS = ('"', "“", "”", "„", "‟", "«", "»", "''", "‘‘", "’’", "``")
#: The double mark each pair of single marks stands for.
_PAIRED_SINGLES = {"‘‘": "“", "’’": "”", "``": "“"}


def _in_tag(tags: list[tuple[int, int]], position: int) -> bool:
    k = bisect.bisect_right(tags, (position, len(tags) + position)) - 1
    return k >= 0 and tags[k][0] < position < tags[k][1]


def _reopening_mark(text: str, marks: list[Mark], mark_starts: list[int], para: Span) -> Mark | None:
    """The mark that opens the next paragraph when a quotation runs on into it (after a block quote's '> ')."""
    opens = para.start
    while opens < para.end and text[opens] in "> \t" and text[para.start] == ">":
        opens += 1
    k = bisect.bisect_left(mark_starts, opens)
    if k < len(marks) and marks[k][0] == opens and marks[k][2][:1] not in "”»’":
        return marks[k]
    return None


def _double_role(text: str, start: int, end: int, mark: str, opener: str | None) -> str:
    """open / close / either / skip for the double mark ``mark`` at ``start``..``end``, from its glyph
    and its neighbours; ``opener`` is the mark of the quotation open there (None for none)."""
    inside = opener is not None
    mark = _PAIRED_SINGLES.get(mark, mark)  # ('‘‘We will,’’')
    if mark in "“„‟":  # (the neighbours are read only where the glyph leaves the role open)
        if mark == "“" and inside and opener == "„":
            return "close"  # German „…“
        if mark == "“" and inside and start > 0 and text[start - 1] not in _OPEN_BEFORE:
            return "close"  # a curly opener used as closer
        return "open"
    if mark == "”":
        if not inside and (start == 0 or text[start - 1] in _OPEN_BEFORE) \
                and (end < len(text) and text[end] not in _CLOSE_AFTER):
            return "open"  # a closer glyph used as opener
        return "close"
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if mark in "«»":
        if inside:
            return "close" if (mark == "»" and opener == "«") or (mark == "«" and opener == "»") else "skip"
        if mark == "«":
            return "open"  # French copy puts a space inside: « Nous restons »
        return "open" if after not in " \t\n" else "skip"
    # straight " or doubled apostrophe: read its neighbours
    if mark == '"' and before.isdigit() and (INCH_AFTER.match(text, end) is not None
                                             or INCH_BY_INCH.search(text, max(0, start - 8), start) is not None) \
            and not (inside and JOINED_AFTER.match(text, end) is not None
                     and FEET_BEFORE.search(text, max(0, start - 8), start) is None):
        return "skip"  # an inch mark: 'a 6" pipe', '5\'11" and fast', 'a 6"x4" beam' (not the end of a quote open
        # before it: 'the group "will have what it needs to win on May 6" and declined')
    opens = before in _OPEN_BEFORE or before in "\"“'"
    closes = after in _CLOSE_AFTER
    if inside:
        return "open" if opens and not closes else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _single_role(text: str, start: int, end: int, mark: str, opener: str | None) -> str:
    inside = opener is not None
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if before.isalnum() and after.isalnum():
        return "skip"  # don't, O'Brien
    if text[start:start + 3] in _N_MARKS or text[start - 2:end] in _N_MARKS:
        return "skip"  # rock 'n' roll
    if after.isdigit() and _ELIDED_YEAR.match(text, end):
        return "skip"  # in '93, the '90s
    if before in _OPEN_BEFORE and (after.isalnum() or after in "\"“"):
        return "open" if mark != "’" or not inside else "skip"
    if not inside:
        return "skip"
    if before == "s" and after == " " and text[end + 1:end + 2].islower() \
            and _WORD_AFTER.match(text, end + 1).group() not in _NO_NOUN_AFTER:
        return "skip"  # the players' union (not 'keep ‘chaos’ in the streets': no noun follows a closing mark there)
    return "close" if after in _CLOSE_AFTER or after == "\n" else "skip"


# A year of two digits after an apostrophe that stands for its century: "93" in "In '93", "90s" in "the '90s".
_ELIDED_YEAR = compile_pattern(r"\d\ds?(?![\w%])")
# The word after a mark: "in" in "’ in the eastern streets".
_WORD_AFTER = compile_pattern(r"[\w'’-]*")
#: Words that follow no plural's possessive mark, which then closes a quotation: "in" after "‘chaos’".
_NO_NOUN_AFTER = frozenset("""in on at to and but or as for from with by of was is were are when while if because
    that which who after before since until over into than so then the a an he she they it we i you his her their its
    had has have would will could should said says""".split())
#: The style of each double mark: a quotation inside another is written in the other style ('“a "disgrace"
#: to”', '"a “disgrace” to"'), so a mark of that style opening inside one neither closes nor reopens it.
_STYLE = {'"': "straight", "''": "straight", "“": "curly", "”": "curly", "„": "curly", "‟": "curly",
          "«": "guillemet", "»": "guillemet",  # (AFP copy nests straight marks in guillemets: «He said, "Go."»)
          "‘‘": "curly", "’’": "curly", "``": "straight"}


def _strong_opener(mark: str, current: str) -> bool:
    """Only a curly or low opener can show that an earlier quotation was left open."""
    return mark in "“„«" and current in "“„«" and mark == current


def _finish(text: str, pieces: list[tuple[int, int]], content_start: int, unclosed: bool) -> Quote:
    start = end = -1
    parts: list[str] = []
    for piece_start, piece_end in pieces:
        chunk = text[piece_start:piece_end]
        part = folded(BLOCK_QUOTE_LINE.sub("\n", chunk) if "\n" in chunk and ">" in chunk else chunk)
        if part:  # the piece without its white space at either end
            if start < 0:
                start = piece_start + len(chunk) - len(chunk.lstrip())
            end = piece_start + len(chunk.rstrip())
            parts.append(part)
    if not parts:
        return Quote("", content_start, content_start)
    joined = " ".join(parts)
    return Quote(joined, start, end, None, None, None, quote_kind(text, start, end, joined), unclosed)


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
