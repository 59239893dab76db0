"""The ``show`` and ``stats`` commands: records drawn for people (newsparse/views does the drawing).

Nothing heavy is imported here: rich and the pipeline load when a command runs. Helpers shared
with ``extract`` (colour choice, progress bar, error lines) are taken from ``app`` at run time.
"""

from __future__ import annotations

import json
import sys

import click

from ..records import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from .inputs import DEFAULT_INCLUDE, STDIN
from .local import report_record, use_color, with_progress
from .options import encoding_option

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
COLOR_CHOICE = click.Choice(["auto", "always", "never"])


def _color_and_width(color: str, no_color: bool, width: int | None) -> tuple[bool, int | None]:
    """Colour as ``extract`` decides it (``--no-color`` = ``--color never``); the terminal's width."""
    colored = use_color("never" if no_color else color, sys.stdout)
    if width is None and sys.stdout.isatty():
        import shutil

        width = shutil.get_terminal_size().columns
    return colored, width


def _stdin_or_usage(paths: tuple[str, ...], command: str) -> tuple[str, ...] | None:
    """No PATH: standard input when piped, else None after a short usage on stderr."""
    if paths:
        return paths
    if sys.stdin is None or sys.stdin.isatty():
        click.echo(click.get_current_context().get_usage(), err=True)
        click.echo(f"Try 'newsparse {command} -h' for help; give a PATH or pipe an article in.", err=True)
        return None
    return (STDIN,)


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.buffer.flush()


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--width", type=click.IntRange(min=20), default=None,
              help="Columns to wrap at. Default: the terminal's width, else COLUMNS, else 80.")
@click.option("--color", type=COLOR_CHOICE, default="auto", show_default=True,
              help="Colour; auto honours NO_COLOR and whether stdout is a terminal.")
@click.option("--no-color", is_flag=True, help="Same as --color never: plain text with bracket markers.")
@click.option("--encoding", default=None, callback=encoding_option,
              help="Read the file in this encoding instead of detecting it.")
def show(file: str | None, width: int | None, color: str, no_color: bool, encoding: str | None) -> int:
    """Show one article with what was found marked in place.

    Title and dateline are highlighted, each quotation takes its speaker's colour behind a
    numbered badge, speaker mentions are underlined, figures are highlighted, and a note under
    each paragraph gives who said each quotation and what each figure was read as. Without
    colour (--no-color, NO_COLOR, or a pipe) the marks are brackets that read well in a pager:
    <T title> <D dateline> <S1 speaker> [Q1 quotation] {F1 figure}.

    \b
    Examples:
      newsparse show article.txt
      newsparse show --no-color article.txt | less
      newsparse show --color always article.txt | less -R
      curl -s https://example.org/story.txt | newsparse show -
    """
    from ..decode import decode_bytes
    from ..extract import build_article
    from ..records import FileTooLargeError, read_limited
    from ..views.show import render_text

    files = _stdin_or_usage((file,) if file else (), "show")
    if files is None:
        return 2
    path = files[0]
    try:
        data = sys.stdin.buffer.read(DEFAULT_MAX_BYTES + 1) if path == STDIN else read_limited(path, DEFAULT_MAX_BYTES)
        if len(data) > DEFAULT_MAX_BYTES:
            raise FileTooLargeError(f"larger than {DEFAULT_MAX_BYTES} bytes")
        text, used = decode_bytes(data, encoding)
        record = build_article(text, path=path, encoding=used).to_dict()
    except Exception as exc:  # one error line, as extract gives, never a traceback
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        click.echo(f"newsparse: error: {path}: {' '.join(message.split())}", err=True)
        return 1
    use_color, width = _color_and_width(color, no_color, width)
    _write(render_text(text, record, color=use_color, width=width))
    return 0


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people; json: one object with the same numbers, for scripts.")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
              help="Length of the speaker, place, slowest-file and failure lists; 0 = all.")
@click.option("--include", multiple=True, metavar="GLOB",
              help=f"Files to read under folders (repeatable). Default: {' '.join(DEFAULT_INCLUDE)}.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Files to skip under folders (repeatable).")
@click.option("--hidden", is_flag=True, help="Also read dot-files and dot-folders under folders.")
@click.option("--encoding", default=None, callback=encoding_option,
              help="Read inputs in this encoding instead of detecting it.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes; 0 = all usable cores.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Larger files count as failures instead of being read.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one file may take before it counts as a failure; 0 = no limit.")
@click.option("--width", type=click.IntRange(min=20), default=None, help="Columns for the table.")
@click.option("--color", type=COLOR_CHOICE, default="auto", show_default=True,
              help="Colour in the table; auto honours NO_COLOR and whether stdout is a terminal.")
@click.option("--no-color", is_flag=True, help="Same as --color never.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary line (errors still shown).")
def stats(paths: tuple[str, ...], fmt: str, top: int, include: tuple[str, ...], exclude: tuple[str, ...],
          hidden: bool, encoding: str | None, jobs: int, max_bytes: int, timeout: float, width: int | None,
          color: str, no_color: bool, quiet: bool) -> int:
    """Summarise a corpus: articles, quotes, figures, failures, most quoted speakers, datelines
    by country and place, quotes per article, the slowest files.

    Reads PATHS as extract does (files, folders, - for standard input) and keeps only running
    totals, so memory stays flat however many files there are. Exit 1 when some input failed
    (the summary is still written), 2 for usage errors.

    \b
    Examples:
      newsparse stats corpus/
      newsparse stats -j 0 --top 25 corpus/
      newsparse stats --format json corpus/ | jq '.speakers[:5]'
    """
    from ..records import Options
    from ..views.stats import CorpusStats
    from .batch import records, usable_cpus
    from .inputs import expand

    operands = _stdin_or_usage(paths, "stats")
    if operands is None:
        return 2
    if operands.count(STDIN) > 1:
        raise click.UsageError("standard input (-) can be read only once")
    options = Options(encoding=encoding, max_bytes=max_bytes, timeout=timeout, timed=True)
    inputs = expand(list(operands), include or DEFAULT_INCLUDE, exclude, hidden)
    summary = CorpusStats(top)
    for _, record in with_progress(records(inputs, options, min(jobs, usable_cpus()) or usable_cpus()), quiet):
        summary.add(record)
        if "error" in record:
            report_record(record, 0)
    result = summary.to_dict()
    if fmt == "json":
        _write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        from ..views import to_string
        from ..views.stats import render

        use_color, width = _color_and_width(color, no_color, width)
        _write(to_string(render(result, use_color), color=use_color, width=width))
    if result["failed"] and not quiet:
        click.echo(f"newsparse: {result['failed']} of {result['inputs']} inputs failed", err=True)
    return 1 if result["failed"] else 0

