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

from collections.abc import Iterator
from typing import Any

from . import safe, to_string
from .layout import Mark, Wrapped, annotate, blocks

#: Speaker colours, in order of first quotation; yellow is kept for figures.
PALETTE = ("cyan", "magenta", "green", "bright_blue", "red", "bright_cyan", "bright_magenta",
           "bright_green", "bright_red", "blue")
NO_SPEAKER = "italic"
FIGURE, FIGURE_BADGE = "bold yellow", "black on yellow"
TITLE, DATELINE = "bold underline", "bold reverse"


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
    for block, body, notes in annotate(text, blocks(text, record), marks, color):
        if block.zone != shown_zone:
            parts.append(Rule(_zone_title(record, block.zone), style="dim", align="left", characters="─"))
            shown_zone = block.zone
        else:
            parts.append(Text(""))
        parts.append(Wrapped(body))
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
    """``about 6.4 USD (money)``, ``40 percent (percent)``: what a figure was read as."""
    def number(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "?"
        return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"

    words = [figure.get("qualifier"), number(figure.get("value")), figure.get("unit")]
    kind = f" ({figure['kind']})" if figure.get("kind") else ""
    return " ".join(str(w) for w in words if w) + kind


def _zone_title(record: dict[str, Any], zone: str) -> str:
    span = (record.get("zones") or {}).get(zone)
    return f"{zone} {span['start']}–{span['end']}" if isinstance(span, dict) else zone


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
