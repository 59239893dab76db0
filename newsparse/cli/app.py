"""The click application: options, inputs, the batch loop, exit codes.

Exit codes: 0 every input gave a record, 1 some inputs failed (their error records are still
written), 2 usage error, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import os
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from .. import SCHEMA_VERSION, __version__
from ..records import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Options
from .atomic import atomic_writer
from .batch import records, usable_cpus
from .csv_rows import ROWS, CsvWriter
from .inputs import DEFAULT_INCLUDE, STDIN, Input, expand
from .output import FORMATS, OutputDirWriter, StreamWriter
from .view_commands import show, stats

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EXIT_CODES_EPILOG = """\b
Exit codes: 0 all inputs extracted; 1 some inputs failed (each still has an error record);
2 usage error; 130 interrupted.
"""


def version_text() -> str:
    py = ".".join(map(str, sys.version_info[:3]))
    return f"newsparse {__version__} (schema {SCHEMA_VERSION}, Python {py})"


@click.group(context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_EPILOG)
@click.version_option(message=version_text(), version=__version__)
def cli() -> None:
    """Turn raw news articles into structured data: title, dateline, quotes and speakers,
    figures, source link and publisher.

    \b
    Examples:
      newsparse extract article.txt | jq .quotes
      newsparse extract corpus/ > records.jsonl
      newsparse extract --format table article.txt
      cat article.txt | newsparse extract -
    """


def _reference_date(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@cli.command(context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_EPILOG)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-f", "--format", "fmt", type=click.Choice((*FORMATS, "csv")), default=None,
              help="Output format. Default: table on a terminal, else jsonl.")
@click.option("--rows", type=click.Choice(ROWS), default=None,
              help="With --format csv (implied): one row per article (default), quote or figure.")
@click.option("--array", is_flag=True, help="With --format json: one JSON array instead of a stream of objects.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write the records to FILE (atomically) instead of stdout.")
@click.option("--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one <input path>.json per input under DIR (atomically).")
@click.option("--include", multiple=True, metavar="GLOB",
              help=f"Files to read under folders (repeatable). Default: {' '.join(DEFAULT_INCLUDE)}.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Files to skip under folders (repeatable).")
@click.option("--hidden", is_flag=True, help="Also read dot-files and dot-folders under folders.")
@click.option("--encoding", default=None, help="Read inputs in this encoding instead of detecting it.")
@click.option("--reference-date", callback=_reference_date, metavar="YYYY-MM-DD",
              help="Publication date to resolve year-less and weekday datelines against.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes; 0 = all usable cores.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Larger files get an error record instead of being read.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one file may take before it gets an error record; 0 = no limit.")
@click.option("--stdin-name", default=None, metavar="NAME", help="Path to report for standard input (default: -).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in the table format and messages; auto honours NO_COLOR and terminals.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, warnings or summary (errors still shown).")
@click.option("-v", "--verbose", count=True, help="-v: one line per file on stderr; -vv: tracebacks too.")
def extract(paths: tuple[str, ...], fmt: str | None, array: bool, output: str | None, output_dir: str | None,
            include: tuple[str, ...], exclude: tuple[str, ...], hidden: bool, encoding: str | None,
            reference_date: datetime.date | None, jobs: int, max_bytes: int, timeout: float,
            stdin_name: str | None, color: str, quiet: bool, verbose: int, rows: str | None = None) -> int:
    """Extract title, dateline, quotes, figures, source and publisher from articles.

    PATHS are files, folders (read recursively) or - for standard input; with no PATH, piped
    standard input is read.

    \b
    Examples:
      newsparse extract article.txt | jq '.quotes[] | {speaker, text}'
      newsparse extract corpus/ > records.jsonl
      newsparse extract -j 0 --output-dir out/ corpus/
      newsparse extract --format json --array a.txt b.txt > records.json
      newsparse extract --format csv --rows quotes corpus/ > quotes.csv
      for f in *.txt; do newsparse extract "$f" | jq -r .title; done
    """
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            click.echo(click.get_current_context().get_usage(), err=True)
            click.echo("Try 'newsparse extract -h' for help; give a PATH or pipe an article in.", err=True)
            return EXIT_USAGE
        paths = (STDIN,)
    if output and output_dir:
        raise click.UsageError("give either -o/--output or --output-dir, not both")
    if paths.count(STDIN) > 1:
        raise click.UsageError("standard input (-) can be read only once")
    if output_dir and STDIN in paths and not stdin_name:
        raise click.UsageError("--output-dir with - needs --stdin-name to name the output file")
    if output_dir:
        _check_output_dir(output_dir, paths)
    to_stdout = output in (None, "-") and not output_dir
    if fmt is None and rows:
        fmt = "csv"
    if rows and fmt != "csv":
        raise click.UsageError("--rows applies to --format csv")
    if fmt is None:
        fmt = "table" if to_stdout and sys.stdout.isatty() else ("json" if output_dir else "jsonl")
    if fmt in ("table", "csv") and output_dir:
        raise click.UsageError(f"--format {fmt} cannot be written with --output-dir")
    options = Options(encoding=encoding, reference_date=reference_date, max_bytes=max_bytes, timeout=timeout,
                      debug=verbose >= 2)
    inputs = expand(list(paths), include or DEFAULT_INCLUDE, exclude, hidden, stdin_name)
    use_color = _use_color(color, sys.stdout)
    failed = total = 0
    protected = _input_identities(paths)
    with _sink(output, output_dir, fmt, array, use_color, protected, rows or "articles") as sink:
        for item, record in _with_progress(records(inputs, options, jobs or usable_cpus()), quiet):
            total += 1
            if output_dir:
                problem = sink.write(record, item.relative)
                if problem and "error" not in record:
                    record = {"path": record.get("path"), "schema_version": SCHEMA_VERSION,
                              "error": {"type": "OutputError", "message": problem}}
            else:
                sink.write(record)
            if "error" in record:
                failed += 1
                _report(record, verbose)
            elif verbose:
                click.echo(f"newsparse: ok: {record['path']}: {len(record['quotes'])} quotes, "
                           f"{len(record['figures'])} figures", err=True)
    if failed and not quiet:
        click.echo(f"newsparse: {failed} of {total} inputs failed", err=True)
    return EXIT_FAILED if failed else EXIT_OK


cli.add_command(show)
cli.add_command(stats)


def _check_output_dir(output_dir: str, paths: tuple[str, ...]) -> None:
    """Refuse an output folder inside a folder being read: the outputs would become inputs."""
    out = os.path.realpath(output_dir)
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            top = os.path.realpath(path)
            if out == top or out.startswith(top + os.sep):
                raise click.UsageError(f"--output-dir {output_dir} lies inside the input folder {path}")


def _input_identities(paths: tuple[str, ...]) -> set[tuple[int, int]]:
    """(device, inode) of every file named on the command line: never written over."""
    ids = set()
    for path in paths:
        with contextlib.suppress(OSError):
            st = os.stat(path)
            ids.add((st.st_dev, st.st_ino))
    return ids


def _use_color(choice: str, stream: IO[str]) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool(os.environ.get("FORCE_COLOR")) or stream.isatty()


@contextlib.contextmanager
def _sink(output: str | None, output_dir: str | None, fmt: str, array: bool, color: bool,
          protected: set[tuple[int, int]], rows: str = "articles") -> Iterator[Any]:
    if output_dir:
        yield OutputDirWriter(output_dir, fmt, protected)
        return
    if output not in (None, "-"):
        with contextlib.suppress(OSError):
            st = os.stat(output)
            if (st.st_dev, st.st_ino) in protected:
                raise click.UsageError(f"refusing to overwrite the input file {output}")
        with atomic_writer(output) as fh:
            writer = CsvWriter(fh, rows) if fmt == "csv" else StreamWriter(fh, fmt, array=array, color=False)
            yield writer
            writer.close()
        return
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace", newline="\n",
                              write_through=False)
    writer = CsvWriter(stream, rows) if fmt == "csv" else StreamWriter(stream, fmt, array=array, color=color)
    try:
        yield writer
        writer.close()
    finally:
        with contextlib.suppress(ValueError, OSError):
            stream.detach()


def _report(record: dict[str, Any], verbose: int) -> None:
    err = record["error"]
    message = " ".join(str(err.get("message", "")).split())
    click.echo(f"newsparse: error: {record.get('path')}: {message}", err=True)
    if verbose >= 2 and err.get("traceback"):
        click.echo(err["traceback"].rstrip(), err=True)


def _with_progress(pairs: Iterator[tuple[Input, dict[str, Any]]], quiet: bool) -> Iterator[tuple[Input, dict]]:
    """Show a progress bar on stderr when it is a terminal and more than one input is read."""
    if quiet or not sys.stderr.isatty():
        yield from pairs
        return
    first = next(pairs, None)
    if first is None:
        return
    second = next(pairs, None)
    if second is None:
        yield first
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), "{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        for pair in (first, second):
            yield pair
            progress.advance(task)
        for pair in pairs:
            yield pair
            progress.advance(task)
