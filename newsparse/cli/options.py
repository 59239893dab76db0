"""Options shared by the commands, as decorators (the sqlite-utils way), so that a new command
takes the same flags with the same help by stacking a few lines:

    @cli.command()
    @input_options
    @jobs_option
    @message_options
    def stats(paths, jobs, quiet, verbose, color, **read): ...

``read_options(read)`` turns the reading flags into the ``records.Options`` every engine takes.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..records import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Options
from .inputs import DEFAULT_INCLUDE

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
COLOR_CHOICE = click.Choice(["auto", "always", "never"])
#: The flags ``input_options`` adds besides PATHS, as they reach the command.
READ_FLAGS = ("include", "exclude", "hidden", "encoding", "reference_date", "max_bytes", "timeout", "stdin_name")


def _stack(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    def apply(command: F) -> F:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command
    return apply


def _reference_date(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _timeout(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if not math.isfinite(value) or value > _MAX_TIMEOUT:
        raise click.BadParameter(f"{value} is no number of seconds (0 for no limit, at most a year)")
    return value


#: The longest per-file time budget a timer takes (a year).
_MAX_TIMEOUT = 365 * 24 * 3600.0


def encoding_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check an --encoding value names a text codec (a usage error if not)."""
    from ..decode import DecodeError, check_encoding

    if value is not None:
        try:
            check_encoding(value)
        except DecodeError as exc:
            raise click.BadParameter(str(exc)) from None
    return value


input_options = _stack(
    click.argument("paths", nargs=-1, type=click.Path(allow_dash=True)),
    click.option("--include", multiple=True, metavar="GLOB",
                 help=f"Files to read under folders (repeatable). Default: {' '.join(DEFAULT_INCLUDE)}."),
    click.option("--exclude", multiple=True, metavar="GLOB", help="Files to skip under folders (repeatable)."),
    click.option("--hidden", is_flag=True, help="Also read dot-files and dot-folders under folders."),
    click.option("--encoding", default=None, callback=encoding_option,
                 help="Read inputs in this encoding instead of detecting it."),
    click.option("--reference-date", callback=_reference_date, metavar="YYYY-MM-DD",
                 help="Publication date to resolve year-less and weekday datelines against."),
    click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                 help="Larger files get an error record instead of being read."),
    click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
                 callback=_timeout,
                  help="Seconds one file may take before it gets an error record; 0 = no limit."),
    click.option("--stdin-name", default=None, metavar="NAME", help="Path to report for standard input (default: -)."),
)

jobs_option = click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
                           help="Worker processes, at most the usable cores; 0 = all of them.")

message_options = _stack(
    click.option("--color", type=COLOR_CHOICE, default="auto", show_default=True,
                 help="Colour in the table format and messages; auto honours NO_COLOR and terminals."),
    click.option("--no-color", is_flag=True, help="Same as --color never."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar, warnings or summary (errors still shown)."),
    click.option("-v", "--verbose", count=True, help="-v: one line per file on stderr; -vv: tracebacks too."),
)


def read_options(read: dict[str, Any], verbose: int = 0) -> Options:
    """The ``records.Options`` for the reading flags of ``input_options``."""
    return Options(encoding=read["encoding"], reference_date=read["reference_date"], max_bytes=read["max_bytes"],
                   timeout=read["timeout"], debug=verbose >= 2)
