"""The ``table`` format: one rich panel per article, for people reading in a terminal.

Imported only when ``--format table`` is used (rich costs ~30 ms to import).
"""

from __future__ import annotations

import os
from typing import IO, Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def make_console(stream: IO[str], color: bool, width: int | None = None) -> Console:
    """A console on ``stream``; ``color=False`` emits no escape codes at all."""
    if width is None and "COLUMNS" in os.environ and os.environ["COLUMNS"].isdigit():
        width = int(os.environ["COLUMNS"])
    return Console(file=stream, color_system="auto" if color else None, force_terminal=color or None,
                   no_color=not color, width=width, highlight=False, soft_wrap=False)


def render(record: dict[str, Any]) -> RenderableType:
    """A panel showing the record: header fields, quotes with speakers, figures, source."""
    if "error" in record:
        err = record["error"]
        return Panel(Text(f"{err['type']}: {err['message']}", style="red"), title=_plain(record.get("path")),
                     border_style="red", box=box.ROUNDED)
    parts: list[RenderableType] = [_fields(record)]
    if record.get("quotes"):
        parts.append(_quotes(record["quotes"]))
    if record.get("figures"):
        parts.append(_figures(record["figures"]))
    title = record.get("title") or "(no title)"
    return Panel(Group(*parts), title=Text(title, style="bold"), subtitle=_plain(record.get("path") or ""),
                 box=box.ROUNDED, title_align="left", subtitle_align="right")


def _plain(value: object) -> Text:
    """Article text as a cell: never read as rich markup (``[partial]``, ``[bold]`` stay as written)."""
    return Text(str(value))


def _fields(record: dict[str, Any]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()
    dateline = record.get("dateline")
    if dateline:
        bits = [dateline.get("location") or "", dateline.get("date") or "", dateline.get("agency") or ""]
        grid.add_row("dateline", _plain(" · ".join(b for b in bits if b) + f"   ({dateline['text']})"))
    if record.get("authors"):
        grid.add_row("authors", _plain(", ".join(record["authors"])))
    if record.get("publisher"):
        grid.add_row("publisher", _plain(record["publisher"]))
    if record.get("source_url"):
        grid.add_row("source", _plain(record["source_url"]))
    speakers = record.get("speakers") or []
    if speakers:
        grid.add_row("speakers", _plain("; ".join(f"{s['name']} ({s['quotes']})" for s in speakers)))
    grid.add_row("counts", f"{len(record.get('quotes') or [])} quotes, {len(record.get('figures') or [])} figures, "
                           f"{len(record.get('body') or [])} paragraphs")
    return grid


def _quotes(quotes: list[dict[str, Any]]) -> Table:
    table = Table(title="quotes", box=box.SIMPLE_HEAD, title_justify="left", expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("speaker", style="green", ratio=2, min_width=16)
    table.add_column("quote", ratio=5)
    table.add_column("how", style="dim", no_wrap=True)
    for n, q in enumerate(quotes, 1):
        kind = "" if q.get("kind") == "full" else f" [{q.get('kind')}]"
        table.add_row(str(n), _plain(q.get("speaker") or "—"), _plain(f"“{q['text']}”{kind}"),
                      q.get("speaker_method") or "")
    return table


def _figures(figures: list[dict[str, Any]]) -> Table:
    table = Table(title="figures", box=box.SIMPLE_HEAD, title_justify="left", expand=True)
    table.add_column("figure", ratio=2)
    table.add_column("value", justify="right", style="yellow")
    table.add_column("unit", style="magenta")
    table.add_column("kind", style="dim")
    for f in figures:
        value = f.get("value")
        shown = f"{value:,}" if isinstance(value, int) else (f"{value:,.6g}" if isinstance(value, float) else "—")
        if f.get("qualifier"):
            shown = f"{f['qualifier']} {shown}"
        table.add_row(_plain(f["text"]), shown, _plain(f.get("unit") or "—"), f.get("kind") or "")
    return table
