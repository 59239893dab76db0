"""The annotated article: the text as written, with what newsparse found marked where it stands.

``render(text, record, color)`` gives rich renderables: a summary of the header fields, a legend
of speakers (colour, number, quote count), then the document zone by zone (header, body,
footer, each under a rule), body paragraphs re-wrapped to the width, and under each paragraph
a note per quotation (who said it, found how) and per figure (value, unit, kind).

In colour, each quotation takes its speaker's colour behind a numbered badge, the speaker's
mention is underlined in that colour and figures are highlighted. Without colour every mark is
a bracket marker that reads in a pager::

    <T title>  <D dateline>  <S1 speaker mention>  "[Q1 quotation]"  {F1 figure}

>>> text = 'PARIS (AFP) - "We sent 40 trucks," Anne Roy said.'
>>> record = {"dateline": {"text": "PARIS (AFP) -", "start": 0, "end": 13},
...     "quotes": [{"text": "We sent 40 trucks,", "start": 15, "end": 33, "speaker": "Anne Roy",
...                 "speaker_span": {"start": 35, "end": 43}, "speaker_method": "said-verb"}],
...     "figures": [{"text": "40 trucks", "start": 23, "end": 32, "value": 40, "unit": "trucks", "kind": "count"}],
...     "zones": {"header": None, "body": {"start": 0, "end": 50}, "footer": None},
...     "body": [{"start": 0, "end": 50}]}
>>> shown = render_text(text, record, width=72)
>>> print(shown[shown.index("<D PARIS"):], end="")
<D PARIS (AFP) -> "[Q1 We sent {F1 40 trucks},]" <S1 Anne Roy> said.
    Q1 → S1 Anne Roy (said-verb)
    F1 = 40 trucks (count)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import safe, to_string

#: Speaker colours, in order of first quotation; yellow is kept for figures.
PALETTE = ("cyan", "magenta", "green", "bright_blue", "red", "bright_cyan", "bright_magenta",
           "bright_green", "bright_red", "blue")
NO_SPEAKER = "italic"
FIGURE, FIGURE_BADGE = "bold yellow", "black on yellow"
TITLE, DATELINE = "bold underline", "bold reverse"

#: A blank line between blocks of the header, footer or text outside the zones: ``"link\n\n**Radio**"``.
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
#: White space folded to one space inside a re-wrapped paragraph: ``"coming\n\ndays"``.
WHITE_SPACE = re.compile(r"\s+")
#: Joins a marker to the word it opens on, so a line never ends in a bare ``"[Q1``; shown as a space.
GLUE = "\u00a0"
#: A word for wrapping: what runs to the next space (a GLUE is no space here).
WORD = re.compile(r"[^ ]+ *| +")
#: A block that only separates zones and is not shown: ``---``, ``***``, ``___``.
RULE_LINE = re.compile(r"[ \t]*(?:[-*_][ \t]*){3,}")


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


def render_text(text: str, record: dict[str, Any], color: bool = False, width: int | None = 80) -> str:
    """The rendering as a string: plain brackets, or ANSI colour with ``color=True``."""
    return to_string(render(text, record, color), color=color, width=width)


def render(text: str, record: dict[str, Any], color: bool) -> list[Any]:
    """Renderables for the article: summary, legend, then the zones with marks and notes."""
    from rich.padding import Padding
    from rich.rule import Rule
    from rich.text import Text

    speakers = speaker_numbers(record)
    parts: list[Any] = [_summary(record), Text("")]
    if record.get("quotes"):
        parts.append(_legend(record, speakers, color))
    if not color:
        parts.append(Text("Markers: <T title> <D dateline> <S1 speaker> [Q1 quotation] {F1 figure}"))
    parts.append(Text(""))
    marks = sorted(_marks(text, record, speakers), key=lambda m: (m.start, -m.end, m.rank))
    shown_zone = None
    for block, body, notes in _annotate(text, blocks(text, record), marks, color):
        if block.zone != shown_zone:
            parts.append(Rule(_zone_title(record, block.zone), style="dim", align="left", characters="─"))
            shown_zone = block.zone
        else:
            parts.append(Text(""))
        parts.append(_Wrapped(body))
        if notes:
            parts.append(Padding(notes, (0, 0, 0, 4)))
    return parts


def speaker_numbers(record: dict[str, Any]) -> dict[str, int]:
    """Speaker name -> 1, 2, ... in order of first quotation."""
    numbers: dict[str, int] = {}
    for quote in record.get("quotes") or []:
        name = quote.get("speaker")
        if name and name not in numbers:
            numbers[name] = len(numbers) + 1
    return numbers


def colour_of(number: int | None) -> str:
    return PALETTE[(number - 1) % len(PALETTE)] if number else NO_SPEAKER


def _marks(text: str, record: dict[str, Any], speakers: dict[str, int]) -> Iterator[Mark]:
    size = len(text)

    def span(start: Any, end: Any) -> tuple[int, int] | None:
        if not isinstance(start, int) or not isinstance(end, int):
            return None
        start, end = max(0, start), min(size, end)
        return (start, end) if start < end else None

    title = record.get("title_span") or {}
    if where := span(title.get("start"), title.get("end")):
        yield Mark(*where, "<T ", ">", TITLE)
    dateline = record.get("dateline") or {}
    if where := span(dateline.get("start"), dateline.get("end")):
        yield Mark(*where, "<D ", ">", DATELINE)
    mentioned: set[tuple[int, int]] = set()
    for n, quote in enumerate(record.get("quotes") or [], 1):
        number = speakers.get(quote.get("speaker") or "")
        colour = colour_of(number)
        if where := span(quote.get("start"), quote.get("end")):
            yield Mark(*where, f"[Q{n} ", "]", colour, f"Q{n}", f"bold reverse {colour}", _quote_note(quote, number),
                       rank=1)
        mention = quote.get("speaker_span") or {}
        where = span(mention.get("start"), mention.get("end"))
        if where and number and where not in mentioned:
            mentioned.add(where)
            yield Mark(*where, f"<S{number} ", ">", f"bold underline {colour}", rank=2)
    for n, figure in enumerate(record.get("figures") or [], 1):
        if where := span(figure.get("start"), figure.get("end")):
            yield Mark(*where, f"{{F{n} ", "}", FIGURE, f"F{n}", FIGURE_BADGE, f"= {figure_value(figure)}", rank=3)


def _quote_note(quote: dict[str, Any], number: int | None) -> str:
    who = f"S{number} {quote['speaker']}" if number else "no speaker found"
    how = [x for x in (quote.get("speaker_method"), quote.get("kind") if quote.get("kind") == "partial" else None,
                       "unclosed" if quote.get("unclosed") else None) if x]
    return f"→ {who}" + (f" ({', '.join(how)})" if how else "")


def figure_value(figure: dict[str, Any]) -> str:
    """``about 6.4 USD (money)``, ``30–40 percent (percent)``: what a figure was read as."""
    def number(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "?"
        return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"

    shown = number(figure.get("value"))
    if figure.get("value_max") is not None:
        shown += f"–{number(figure['value_max'])}"
    words = [figure.get("qualifier"), shown, figure.get("unit")]
    kind = f" ({figure['kind']})" if figure.get("kind") else ""
    return " ".join(str(w) for w in words if w) + kind


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


def _zone_title(record: dict[str, Any], zone: str) -> str:
    span = (record.get("zones") or {}).get(zone)
    return f"{zone} {span['start']}–{span['end']}" if isinstance(span, dict) else zone


def _annotate(text: str, shown: list[Block], marks: list[Mark], color: bool) -> Iterator[tuple[Block, Any, Any]]:
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


class _Wrapped:
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


def _summary(record: dict[str, Any]) -> Any:
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    rows = [("file", record.get("path")), ("title", record.get("title"))]
    dateline = record.get("dateline")
    if dateline:
        place = dateline.get("place") or {}
        where = ", ".join(x for x in (place.get("name"), place.get("region"), place.get("country")) if x)
        rows.append(("dateline", " · ".join(str(x) for x in (
            dateline.get("location"), where and f"({where})", dateline.get("date"), dateline.get("agency")) if x)))
    rows += [("authors", ", ".join(record.get("authors") or [])), ("publisher", record.get("publisher")),
             ("source", record.get("source_url")),
             ("found", f"{len(record.get('quotes') or [])} quotes, {len(record.get('figures') or [])} figures")]
    for label, value in rows:
        if value:
            grid.add_row(label, safe(str(value)))
    return grid


def _legend(record: dict[str, Any], speakers: dict[str, int], color: bool) -> Any:
    from rich.table import Table
    from rich.text import Text

    quotes = record.get("quotes") or []
    described = {s.get("name"): s.get("descriptions") or [] for s in record.get("speakers") or []}
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
    table.add_column("", no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("quotes", justify="right")
    table.add_column("quotations", style="dim", ratio=1)
    by_speaker: dict[int | None, list[str]] = {}
    for n, quote in enumerate(quotes, 1):
        by_speaker.setdefault(speakers.get(quote.get("speaker") or ""), []).append(f"Q{n}")
    for name, number in speakers.items():
        also = [d for d in described.get(name, []) if d != name]
        table.add_row(Text(f" S{number} ", style=f"bold reverse {colour_of(number)}" if color else ""),
                      Text(safe(name), style=colour_of(number) if color else ""), str(len(by_speaker[number])),
                      safe(" ".join(by_speaker[number]) + (f"; also: {'; '.join(also)}" if also else "")))
    if None in by_speaker:
        table.add_row(Text(" -- ", style=f"reverse {NO_SPEAKER}" if color else ""), "no speaker found",
                      str(len(by_speaker[None])), " ".join(by_speaker[None]))
    return table
