"""Turn the PATH operands into the ordered list of inputs to read.

* ``-`` is standard input (reported as ``-``, or ``--stdin-name``).
* A file named on the command line is always read, whatever its extension.
* A folder is walked recursively, each folder's files in name order, then its sub-folders in
  name order (the same order every run, whatever the file system); files whose name matches an ``--include``
  glob (default ``*.txt *.text *.md *.markdown``) and no ``--exclude`` glob are read. Globs are
  matched against the file name and against the path relative to the folder operand, letter case aside; a
  folder an ``--exclude`` glob matches is not entered. A FIFO, socket or device found in a folder becomes an
  error record (one named on the command line is read, as a pipe is).
  Dot-files and dot-folders are skipped unless ``--hidden``; folder symlinks are not followed
  (so a symlink loop cannot trap the walk); file symlinks are read like files.
* A path that does not exist, or a folder holding no matching file, becomes an error record.

Paths are reported as given (``in/a.txt`` for ``a.txt`` found under the operand ``in``), with
bytes that are not UTF-8 in a file name shown as U+FFFD. ``Input.relative`` is where
``--output-dir`` puts the record: the reported path, normalised, with ``..`` parts and a
leading ``/`` dropped, so it always lies inside the output folder (docs/reliability.md).

>>> safe_relative("in/../../x.txt"), safe_relative("/srv/news/a.txt")
('x.txt', 'srv/news/a.txt')
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass

DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.text", "*.md", "*.markdown")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file path (or ``-``), how to report it, and what failed finding it."""

    path: str
    display: str
    relative: str  # where --output-dir puts its record, relative to the output folder
    error: tuple[str, str] | None = None  # (type, message) when the input cannot even be listed


def display_path(path: str) -> str:
    """The path as it can be printed in UTF-8 JSON: undecodable bytes become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def safe_relative(path: str) -> str:
    """A path made relative and free of ``..``: ``../x.txt`` -> ``x.txt``, ``/a/b.txt`` -> ``a/b.txt``."""
    parts = [p for p in os.path.normpath(path).split(os.sep) if p not in ("", ".", "..")]
    return os.path.join(*parts) if parts else "stdin"


def expand(operands: list[str], include: tuple[str, ...] = DEFAULT_INCLUDE, exclude: tuple[str, ...] = (),
           hidden: bool = False, stdin_name: str | None = None) -> Iterator[Input]:
    """Inputs in operand order, each folder's files in sorted order."""
    for operand in operands:
        if operand == STDIN:
            name = stdin_name or STDIN
            yield Input(STDIN, name, safe_relative(stdin_name or "stdin"))
        elif os.path.isdir(operand):
            yield from _walk(operand, include, exclude, hidden)
        else:  # files, broken symlinks and missing paths alike: reading them tells what is wrong
            yield Input(operand, display_path(operand), safe_relative(display_path(operand)))


def _walk(top: str, include: tuple[str, ...], exclude: tuple[str, ...], hidden: bool) -> Iterator[Input]:
    found = False
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=errors.append, followlinks=False):
        rel_dir = os.path.relpath(dirpath, top)
        dirnames[:] = sorted(d for d in dirnames if (hidden or not d.startswith("."))
                             and not _matches(d, d if rel_dir == "." else os.path.join(rel_dir, d), exclude))
        for name in sorted(filenames):
            if not hidden and name.startswith("."):
                continue
            rel = name if rel_dir == "." else os.path.join(rel_dir, name)
            if not selected(name, rel, include, exclude):
                continue
            path = os.path.join(dirpath, name)
            found = True
            shown = display_path(path)
            yield Input(path, shown, safe_relative(shown), None if _regular(path) else _NOT_REGULAR)
    for err in errors:
        shown = display_path(err.filename or top)
        found = True
        yield Input(err.filename or top, shown, safe_relative(shown), (type(err).__name__, err.strerror or str(err)))
    if not found:
        shown = display_path(top)
        yield Input(top, shown, safe_relative(shown), ("NoInputFiles", "folder holds no file matching --include"))


def selected(name: str, rel: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """Whether a file found in a folder is read: its name or relative path matches an ``--include`` glob and no
    ``--exclude`` glob, letter case aside (``A.TXT`` is a ``*.txt``)."""
    return _matches(name, rel, include) and not _matches(name, rel, exclude)


def _matches(name: str, rel: str, patterns: tuple[str, ...]) -> bool:
    name, rel = name.lower(), rel.lower()
    return any(fnmatch.fnmatchcase(name, p.lower()) or fnmatch.fnmatchcase(rel, p.lower()) for p in patterns)


def _regular(path: str) -> bool:
    """Whether a file found in a folder is a regular file (or a link to one): a FIFO there would wait forever for
    a writer, a device would read without end."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # (reading it tells what is wrong: a broken link, a file gone)


#: The error of a FIFO, socket or device found in a folder (one named on the command line is read).
_NOT_REGULAR = ("NotRegularFileError", "not a regular file (a FIFO, socket or device found in a folder is not read)")
