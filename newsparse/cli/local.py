"""The local run, without click: inputs to records to a sink, messages on stderr, the exit code.

``newsparse extract FILE`` (one regular file, no option, output not a terminal: the call a shell loop makes once
per file) runs ``extract_file`` straight from ``cli.run``, without importing click (~20 ms of a ~50 ms start); every
other command line goes through click's ``extract``, which runs the same ``extract_inputs`` on what it parsed.

>>> import io, json, os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "a.txt")
>>> with open(path, "w") as fh:
...     _ = fh.write('ROME (Reuters) - Rain fell all day. "It was wet," Anna Rossi said.\\n')
>>> out = io.StringIO()
>>> extract_inputs(expand([path]), Options(), 1, renderer("jsonl"), StreamWriter(out, "jsonl"))
0
>>> record = json.loads(out.getvalue())
>>> record["dateline"]["location"], record["quotes"][0]["speaker"]
('ROME', 'Anna Rossi')
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypeVar

from .. import SCHEMA_VERSION
from ..records import Options
from . import EXIT_FAILED, EXIT_OK
from .batch import Render, Result, result_of, results, usable_cpus
from .inputs import DEFAULT_INCLUDE, Input, expand
from .output import OutputDirWriter, StreamWriter, renderer

T = TypeVar("T")


def plain_extract(args: list[str]) -> bool:
    """Whether ``args`` are ``extract FILE`` and nothing else, FILE a regular file (no folder, no '-', no URL, no
    option) and stdout no terminal (where the default format is the table): what click would run with every option
    at its default, as ``extract_file`` does.

    >>> plain_extract(["extract", "--format", "json", "a.txt"]), plain_extract(["extract", "/"])
    (False, False)
    """
    if len(args) != 2 or args[0] != "extract" or args[1].startswith("-") or "://" in args[1]:
        return False
    try:
        return os.path.isfile(args[1]) and not sys.stdout.isatty()
    except (ValueError, OSError):  # a path with a NUL, a closed stdout: click's run reports it
        return False


def extract_file(path: str) -> int:
    """``newsparse extract FILE`` with every option at its default: FILE's JSON Lines record on stdout."""
    with stdout_sink("jsonl", color=use_color("auto", sys.stdout)) as sink:
        return extract_inputs(expand([path], DEFAULT_INCLUDE), Options(), 1, renderer("jsonl"), sink)


def extract_inputs(inputs: Iterable[Input], options: Options, jobs: int, render: Render | None, sink: Any,
                   quiet: bool = False, verbose: int = 0) -> int:
    """Parse ``inputs`` with ``jobs`` workers (0 = one per usable core), write their records to ``sink``, report
    the failures; return the exit code."""
    failed, total = run_batch(results(inputs, options, min(jobs, usable_cpus()) or usable_cpus(), render), sink,
                              quiet, verbose)  # (more workers than cores only slows a parse down)
    if failed and not quiet:
        say(f"newsparse: {failed} of {total} inputs failed")
    return EXIT_FAILED if failed else EXIT_OK


def run_batch(pairs: Iterable[tuple[Input, Result]], sink: Any, quiet: bool, verbose: int) -> tuple[int, int]:
    """Write every result to the sink and report failures; return (failed, total)."""
    failed = total = 0
    for item, result in with_progress(iter(pairs), quiet):
        total += 1
        if isinstance(sink, OutputDirWriter):
            problem = sink.write(result, item.relative)
            if problem and result.error is None:
                record = {"schema_version": SCHEMA_VERSION, "path": result.path,
                          "error": {"type": "OutputError", "message": problem}}
                result = result_of(record, None)
        else:
            sink.write(result)
        if result.error is not None:
            failed += 1
            report_error(result.path, result.error, verbose)
        elif verbose:
            say(f"newsparse: ok: {result.path}: {_count(result.quotes, 'quote')}, {_count(result.figures, 'figure')}")
    return failed, total


@contextlib.contextmanager
def stdout_sink(fmt: str, array: bool = False, color: bool = False, rows: str = "articles") -> Iterator[StreamWriter]:
    """A writer of ``fmt`` on stdout, in UTF-8 whatever the locale, closed (a JSON array's ']') at the end."""
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace", newline="\n",
                              write_through=False)
    writer = StreamWriter(stream, fmt, array=array, color=color, rows=rows)
    try:
        yield writer
        writer.close()
    finally:
        with contextlib.suppress(ValueError, OSError):
            stream.detach()


def say(message: str) -> None:
    """One message line on stderr."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def report_error(path: str | None, error: dict[str, str], verbose: int) -> None:
    """One line on stderr for a failed input (and its traceback with -vv)."""
    message = " ".join(str(error.get("message", "")).split())
    say(f"newsparse: error: {_one_line(path)}: {message}")
    if verbose >= 2 and error.get("traceback"):
        say(error["traceback"].rstrip())


def report_record(record: dict[str, Any], verbose: int) -> None:
    """``report_error`` for a whole error record (what the view commands hold)."""
    report_error(record.get("path"), record["error"], verbose)


def with_progress(pairs: Iterator[T], quiet: bool) -> Iterator[T]:
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


def use_color(choice: str, stream: IO[str]) -> bool:
    """Colour for ``stream``: --color, then NO_COLOR, TERM=dumb, FORCE_COLOR, and whether it is a terminal."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool(os.environ.get("FORCE_COLOR")) or stream.isatty()


def _one_line(path: str | None) -> str | None:
    """A path as one line of a report: control characters escaped ('a\\nb.txt' for a name holding a newline)."""
    if path is None or path.isprintable():
        return path
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def _count(n: int, noun: str) -> str:
    """'1 quote', '3 quotes'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
