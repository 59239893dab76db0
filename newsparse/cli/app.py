"""The click application: commands, their options and usage errors, exit codes.

Exit codes: 0 every input gave a record, 1 some inputs failed (their error records are still
written), 2 usage error, 130 interrupted (Ctrl-C).

A command is its options (shared decorators from ``options.py``) and a short body: turn PATHS
into inputs (``inputs.expand``), open a sink (``open_sink``), and run ``local.extract_inputs`` (or, for
``--engine dask``, ``newsparse.engines.dask``); the run itself is ``local``'s, without click. A new output
format is a name in ``output.FORMATS`` and a branch in its writer; a new command stacks the same decorators.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import click

from .. import SCHEMA_VERSION, __version__
from ..records import Options
from . import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from .atomic import atomic_writer
from .batch import Result
from .csv_rows import ROWS
from .inputs import DEFAULT_INCLUDE, STDIN, Input, expand
from .local import extract_inputs, report_error, say, stdout_sink, use_color
from .options import CONTEXT_SETTINGS, input_options, jobs_option, message_options, read_options
from .output import FORMATS, OutputDirWriter, StreamWriter, renderer
from .view_commands import show, stats

ENGINES = ("local", "dask")

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


@cli.command(context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_EPILOG)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format. Default: table on a terminal, else jsonl.")
@click.option("--rows", type=click.Choice(ROWS), default=None,
              help="With --format csv (implied): one row per article (default), quote or figure.")
@click.option("--array", is_flag=True, help="With --format json: one JSON array instead of a stream of objects.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write the records to FILE (atomically) instead of stdout.")
@click.option("--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one <input path>.json per input under DIR (atomically).")
@input_options
@jobs_option
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="dask: run on a Dask cluster (pip install 'newsparse[dask]'); PATHS may be URLs (s3://...).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: the scheduler (tcp://HOST:8786). Default: a local cluster.")
@message_options
def extract(paths: tuple[str, ...], fmt: str | None, rows: str | None, array: bool, output: str | None,
            output_dir: str | None, jobs: int, engine: str, scheduler: str | None, color: str, no_color: bool,
            quiet: bool, verbose: int, **read: Any) -> int:
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
      newsparse extract --engine dask s3://bucket/news/ -o records.jsonl
    """
    operands = paths_or_stdin(paths, "extract")
    if operands is None:
        return EXIT_USAGE
    if output and output_dir:
        raise click.UsageError("give either -o/--output or --output-dir, not both")
    if output_dir and STDIN in operands and not read["stdin_name"]:
        raise click.UsageError("--output-dir with - needs --stdin-name to name the output file")
    if output_dir:
        check_output_dir(output_dir, operands)
    to_stdout = output in (None, "-") and not output_dir
    if fmt is None and rows:
        fmt = "csv"
    if rows and fmt != "csv":
        raise click.UsageError("--rows applies to --format csv")
    if array and fmt is None:
        fmt = "json"
    if array and fmt != "json":
        raise click.UsageError("--array applies to --format json")
    if fmt is None:
        fmt = "table" if to_stdout and sys.stdout.isatty() else ("json" if output_dir else "jsonl")
    if fmt in ("table", "csv") and output_dir:
        raise click.UsageError(f"--format {fmt} cannot be written with --output-dir")
    if array and output_dir:
        raise click.UsageError("--array makes one document: it cannot be written with --output-dir (one file an input)")
    if read["stdin_name"] and "-" not in operands:
        raise click.UsageError("--stdin-name names standard input: give - among the paths")
    options = read_options(read, verbose)
    if engine == "dask":
        return _run_dask(operands, fmt, output, output_dir, scheduler, options, read, quiet)
    if scheduler:
        raise click.UsageError("--scheduler needs --engine dask")
    if any("://" in operand and operand.split("://", 1)[0].isalnum() for operand in operands):
        raise click.UsageError("URLs (s3://, gs://, https://...) are read with --engine dask")
    inputs = expand(list(operands), read["include"] or DEFAULT_INCLUDE, read["exclude"], read["hidden"],
                    read["stdin_name"])
    protected = input_identities(operands)
    render = renderer(fmt if not output_dir else ("jsonl" if fmt == "jsonl" else "json"))
    with open_sink(output, output_dir, fmt, array, use_color("never" if no_color else color, sys.stdout), protected,
                   rows or "articles", file_color=color == "always" and not no_color) as sink:
        return extract_inputs(_guard_output(inputs, sink), options, jobs, render, sink, quiet, verbose)


def paths_or_stdin(paths: tuple[str, ...], command: str) -> tuple[str, ...] | None:
    """The operands: PATHS, or ``-`` when stdin is piped; None (after a short usage) on a terminal."""
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            click.echo(click.get_current_context().get_usage(), err=True)
            click.echo(f"Try 'newsparse {command} -h' for help; give a PATH or pipe an article in.", err=True)
            return None
        paths = (STDIN,)
    if paths.count(STDIN) > 1:
        raise click.UsageError("standard input (-) can be read only once")
    return paths


def check_output_dir(output_dir: str, paths: Iterable[str]) -> None:
    """Refuse an output folder that overlaps a folder being read (outputs would become inputs,
    or be written over inputs not read yet)."""
    out = os.path.realpath(output_dir)
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            top = os.path.realpath(path)
            if _within(out, top) or _within(top, out):
                raise click.UsageError(f"--output-dir {output_dir} overlaps the input folder {path}")


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def input_identities(paths: Iterable[str]) -> set[tuple[int, int]]:
    """(device, inode) of every file named on the command line: never written over."""
    ids = set()
    for path in paths:
        with contextlib.suppress(OSError, ValueError):
            st = os.stat(path)
            ids.add((st.st_dev, st.st_ino))
    return ids


class _FileSink:
    """``-o FILE``: the stream written to a temp file, put in place at the end unless it would
    replace an input (found while reading: a file under a folder operand may be FILE)."""

    def __init__(self, writer: StreamWriter, target: str) -> None:
        self.writer = writer
        self.target = target
        try:
            st = os.stat(target)
            self.identity: tuple[int, int] | None = (st.st_dev, st.st_ino)
        except OSError:
            self.identity = None
        self.is_input = False

    def write(self, result: Result) -> None:
        self.writer.write(result)

    def watch(self, item: Input) -> None:
        if self.identity is not None and item.path != STDIN and item.error is None:
            with contextlib.suppress(OSError, ValueError):
                st = os.stat(item.path)
                self.is_input = self.is_input or (st.st_dev, st.st_ino) == self.identity


def _guard_output(inputs: Iterator[Input], sink: Any) -> Iterator[Input]:
    if not isinstance(sink, _FileSink) or sink.identity is None:
        yield from inputs
        return
    for item in inputs:
        sink.watch(item)
        yield item


@contextlib.contextmanager
def open_sink(output: str | None, output_dir: str | None, fmt: str, array: bool, color: bool,
              protected: set[tuple[int, int]], rows: str = "articles", file_color: bool = False) -> Iterator[Any]:
    """Where the records go: an ``OutputDirWriter``, an atomic ``-o`` file (coloured only when asked for with
    ``--color always``), or stdout."""
    if output_dir:
        yield OutputDirWriter(output_dir, fmt, protected)
        return
    if output not in (None, "-"):
        with contextlib.suppress(OSError):
            st = os.stat(output)
            if (st.st_dev, st.st_ino) in protected:
                raise click.UsageError(f"refusing to overwrite the input file {output}")
        if output.endswith(("/", os.sep)) or os.path.isdir(output):
            raise click.UsageError(f"cannot write {output}: -o names a file; for a file per input use --output-dir")
        folder = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(folder):
            raise click.UsageError(f"cannot write {output}: no folder {folder}")
        with atomic_writer(output) as fh:
            sink = _FileSink(StreamWriter(fh, fmt, array=array, color=file_color, rows=rows), output)
            yield sink
            sink.writer.close()
            if sink.is_input:
                raise click.ClickException(f"refusing to overwrite the input file {output}; nothing written")
        return
    with stdout_sink(fmt, array=array, color=color, rows=rows) as writer:
        yield writer


cli.add_command(show)
cli.add_command(stats)


def _run_dask(operands: tuple[str, ...], fmt: str, output: str | None, output_dir: str | None,
              scheduler: str | None, options: Options, read: dict[str, Any], quiet: bool) -> int:
    if fmt != "jsonl" or output_dir:
        raise click.UsageError("--engine dask writes JSON Lines: use --format jsonl and -o OUT (a file or a folder)")
    if STDIN in operands:
        raise click.UsageError("--engine dask reads files and URLs, not standard input")
    try:
        from ..engines import dask as dask_engine
    except ImportError as exc:
        missing = click.ClickException(f"--engine dask needs the dask extra: pip install 'newsparse[dask]' ({exc})")
        missing.exit_code = 2  # (how the tool was called, not an input, failed)
        raise missing from None
    summary = dask_engine.run(list(operands), output or "-", options, scheduler=scheduler,
                              include=read["include"] or DEFAULT_INCLUDE, exclude=read["exclude"],
                              hidden=read["hidden"], on_error=lambda path, error: report_error(path, error, 0))
    if summary.failed and not quiet:
        say(f"newsparse: {summary.failed} of {summary.total} inputs failed")
    return EXIT_FAILED if summary.failed else EXIT_OK
