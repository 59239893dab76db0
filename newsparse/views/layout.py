"""Laying out marked text: blocks of the document, marks swept over them, lines wrapped.

``blocks(text, record)`` cuts the document into the pieces ``show`` prints: the header and
footer as blocks of lines, each body paragraph as one block to re-wrap, and any text outside
the zones; blank lines and rule-only lines (``---``) are left out.

>>> text = "# Port shut\\n\\n---\\n\\nMIAMI (AP) - Ships wait.\\n\\nMore ships wait.\\n"
>>> record = {"zones": {"header": {"start": 0, "end": 11}, "body": {"start": 18, "end": 60}, "footer": None},
...           "body": [{"start": 18, "end": 42}, {"start": 44, "end": 60}]}
>>> [(b.zone, text[b.start:b.end]) for b in blocks(text, record)]
[('header', '# Port shut'), ('body', 'MIAMI (AP) - Ships wait.'), ('body', 'More ships wait.')]

``annotate(text, blocks, marks, color)`` sweeps the sorted blocks and sorted marks once (linear
in both), giving each block's rich Text with the marks drawn (bracket markers, or colours and
badges) and the notes of the marks that open in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..pattern_cache import compile_pattern
from . import safe

#: A blank line between blocks of the header, footer or text outside the zones: ``"link\n\n**Radio**"``.
BLANK_LINE = compile_pattern(r"\n[ \t\r]*\n")
#: White space folded to one space inside a re-wrapped paragraph: ``"coming\n\ndays"``.
WHITE_SPACE = compile_pattern(r"\s+")
#: Joins a marker to the word it opens on, so a line never ends in a bare ``"[Q1``; shown as a space.
GLUE = "\u00a0"
#: A word for wrapping: what runs to the next space (a GLUE is no space here).
WORD = compile_pattern(r"[^ ]+ *| +")
#: A block that only separates zones and is not shown: ``---``, ``***``, ``___``.
RULE_LINE = compile_pattern(r"[ \t]*(?:[-*_][ \t]*){3,}")

@dataclass(frozen=True, slots=True)
class Mark:
    """One found thing over ``text[start:end]``: its pager markers, its colour, its note."""

    start: int
    end: int
    opener: str  # plain marker before the span: "[Q1 "
    closer: str  # plain marker after it: "]"
    style: str  # colour of the span's text
    label: str = ""  # number shown before the span in colour and before its note: "Q1"
    label_style: str = ""
    note: str = ""  # shown under the paragraph after the label: "→ S1 Anne Roy (said-verb)"
    rank: int = 0  # order of marks starting at the same offset, after the longer one


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text shown as one piece: a body paragraph (re-wrapped) or a block of lines."""

    start: int
    end: int
    zone: str
    fold: bool
    dim: bool = False


def blocks(text: str, record: dict[str, Any]) -> list[Block]:
    """The pieces shown, in order: header/footer line blocks, body paragraphs, text outside zones."""
    zones = record.get("zones") or {}
    regions = sorted((z["start"], z["end"], name) for name in ("header", "body", "footer")
                     if isinstance(z := zones.get(name), dict))
    paragraphs = sorted((p["start"], p["end"]) for p in record.get("body") or [])
    out: list[Block] = []
    cursor = 0
    for start, end, name in regions:
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        out.extend(_line_blocks(text, cursor, start, "outside zones", dim=True))
        if name == "body" and paragraphs:
            inner = start
            for p_start, p_end in paragraphs:
                p_start, p_end = max(p_start, inner), min(p_end, end)
                if p_start < p_end:
                    out.extend(_line_blocks(text, inner, p_start, "body", dim=True))
                    out.append(Block(p_start, p_end, "body", fold=True))
                    inner = p_end
            out.extend(_line_blocks(text, inner, end, "body", dim=True))
        else:
            out.extend(_line_blocks(text, start, end, name, dim=False, fold=name == "body"))
        cursor = end
    out.extend(_line_blocks(text, cursor, len(text), "outside zones" if regions else "body", dim=bool(regions),
                            fold=not regions))
    return out


def _line_blocks(text: str, start: int, end: int, zone: str, dim: bool, fold: bool = False) -> Iterator[Block]:
    """Blocks of ``text[start:end]`` between blank lines, without blank or rule-only blocks."""
    cursor = start
    for gap in [*BLANK_LINE.finditer(text, start, end), None]:
        stop = gap.start() if gap else end
        piece = text[cursor:stop]
        if piece.strip() and not RULE_LINE.fullmatch(piece.strip()):
            lead = len(piece) - len(piece.lstrip())
            yield Block(cursor + lead, cursor + len(piece.rstrip()), zone, fold=fold, dim=dim)
        cursor = gap.end() if gap else end


def annotate(text: str, shown: list[Block], marks: list[Mark], color: bool) -> Iterator[tuple[Block, Any, Any]]:
    """Sweep the blocks and the marks together (both sorted): each block's Text and its notes.

    A mark still open at the end of a block carries into the next block when it reaches it, and
    is closed at the end of the last block it reaches.
    """
    from rich.text import Text

    painter = _Painter(color)
    carried: list[Mark] = []  # opened in an earlier block, still open; in opening order
    upcoming = 0
    for i, block in enumerate(shown):
        next_start = shown[i + 1].start if i + 1 < len(shown) else len(text) + 1
        opening: list[Mark] = []
        while upcoming < len(marks) and marks[upcoming].start < block.end:
            if marks[upcoming].end > block.start:  # else it lies wholly between blocks
                opening.append(marks[upcoming])
            upcoming += 1
        rank = {id(m): r for r, m in enumerate(carried + opening)}
        events = [(max(m.start, block.start), 1, rank[id(m)], m) for m in opening]
        events += [(min(m.end, block.end), 0, -rank[id(m)], m) for m in carried + opening
                   if m.end <= block.end or next_start >= m.end]
        events.sort(key=lambda e: e[:3])  # at one offset: closes (inner first), then opens (outer first)

        writer = _Writer(Text(style="dim" if block.dim else ""), block.fold)
        notes: list[Any] = []
        active = list(carried)
        cursor = block.start
        for pos, is_open, _, mark in [*events, (block.end, 0, 0, None)]:
            if pos > cursor:
                writer.put(text[cursor:pos], painter.style(active))
                cursor = pos
            if mark is None:
                break
            if is_open:
                if color and mark.label:
                    writer.marker(f"{GLUE}{mark.label}{GLUE}", mark.label_style)
                elif not color:
                    writer.marker(mark.opener.replace(" ", GLUE), None)
                if mark.note:
                    notes.append(Text.assemble((mark.label, mark.label_style if color else ""), " ", safe(mark.note)))
                active.append(mark)
            else:
                if not color:
                    writer.marker(mark.closer, None)
                active.remove(mark)
        carried = active
        writer.out.rstrip()
        yield block, writer.out, Text("\n").join(notes) if notes else None


class Wrapped:
    """A block's Text wrapped at spaces only (never inside a glued marker), one Text per line."""

    def __init__(self, text: Any) -> None:
        self.text = text

    def __rich_console__(self, console: Any, options: Any) -> Iterator[Any]:
        from rich.cells import cell_len

        width = options.max_width
        for line in self.text.split("\n", allow_blank=True):
            plain, breaks, column = line.plain, [], 0
            for word in WORD.finditer(plain):
                size = cell_len(word.group().rstrip(" "))
                if column and column + size > width:
                    breaks.append(word.start())
                    column = 0
                column += cell_len(word.group())
            for piece in line.divide(breaks):
                piece.rstrip()
                piece.plain = piece.plain.replace(GLUE, " ")
                yield piece


class _Painter:
    """The colour of text under a set of open marks (inner marks win); none without colour."""

    def __init__(self, color: bool) -> None:
        self.color = color
        self.cache: dict[tuple[str, ...], Any] = {}

    def style(self, active: list[Mark]) -> Any:
        if not self.color or not active:
            return None
        key = tuple(m.style for m in active)
        if key not in self.cache:
            from rich.style import Style

            self.cache[key] = Style.combine(Style.parse(s) for s in key)
        return self.cache[key]


class _Writer:
    """Appends text to a rich Text, folding white space in re-wrapped paragraphs."""

    def __init__(self, out: Any, fold: bool) -> None:
        self.out = out
        self.fold = fold
        self.after_space = True

    def put(self, piece: str, style: Any) -> None:
        if self.fold:
            piece = WHITE_SPACE.sub(" ", piece)
            if self.after_space:
                piece = piece.lstrip(" ")
            if not piece:
                return
            self.after_space = piece.endswith(" ")
        else:
            piece = piece.replace("\r", "")
        self.out.append(safe(piece), style)

    def marker(self, piece: str, style: Any) -> None:
        if piece:
            self.out.append(piece, style)
            self.after_space = piece.endswith(" ")
