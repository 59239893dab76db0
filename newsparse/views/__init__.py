"""Views for people: one article annotated in place (show), a corpus summarised (stats).

Both read the JSON records ``newsparse extract`` writes, so what a person sees is what a script
gets. rich is imported only inside the rendering functions: importing this package is cheap.

>>> safe("bell\\x07 and \\x1b[31mescape")
'bell� and �[31mescape'
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from ..pattern_cache import compile_pattern

if TYPE_CHECKING:
    from rich.console import Console

#: Control characters a terminal would act on (C0 but tab and newline, DEL, C1):
#: ``"\x1b[2J"`` in an article must not clear the reader's screen.
CONTROL_CHARS = compile_pattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """``text`` with terminal control characters shown as U+FFFD."""
    return CONTROL_CHARS.sub("\ufffd", text)


def make_console(stream: IO[str], color: bool, width: int | None = None) -> Console:
    """A rich console on ``stream``: ``color=False`` writes no escape codes at all (not even bold).

    ``width=None`` is the terminal's width, else ``COLUMNS``, else 80.
    """
    from rich.console import Console

    return Console(file=stream, width=width, color_system="auto" if color else None,
                   force_terminal=True if color else None, no_color=not color,
                   highlight=False, emoji=False, markup=False, soft_wrap=False)


def to_string(parts: Iterable[Any], color: bool, width: int | None = None) -> str:
    """Renderables printed one after another, as text; no line ends in spaces (rich pads cells)."""
    out = io.StringIO()
    console = make_console(out, color=color, width=width)
    for part in parts:
        console.print(part)
    return "\n".join(line.rstrip(" ") for line in out.getvalue().split("\n"))
