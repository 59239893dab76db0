"""Writers: records to JSON Lines, JSON, a rich table, or one file per input.

>>> import io
>>> from newsparse.cli.batch import result_of
>>> out = io.StringIO()
>>> writer = StreamWriter(out, "jsonl")
>>> writer.write(result_of({"path": "a.txt", "quotes": []}, renderer("jsonl"))); writer.close()
>>> out.getvalue()
'{"path":"a.txt","quotes":[]}\\n'

A writer takes ``batch.Result``s: the record already rendered as text by ``renderer(fmt)``
(in the worker that parsed it), or the record itself for formats drawn here (``table``).
Adding a format: a name in ``FORMATS``, what ``renderer`` gives for it, and a branch in
``StreamWriter``.

* ``jsonl``: one compact object a line, never an array.
* ``json``: each record pretty-printed (a stream ``jq`` reads); ``array=True`` streams one JSON
  array (``[`` first, ``,`` between, ``]`` last) so memory stays flat.
* ``table``: a rich panel per article (rich is imported only here, only then).
* ``csv``: one row per article, quote or figure (``rows``), written by ``csv_rows.CsvWriter``.

Data on stdout is never coloured; every record is flushed as soon as it is written.
"""

from __future__ import annotations

import functools
import json
import os
from typing import IO, TYPE_CHECKING, Any

from .atomic import atomic_writer, remove_stale_temps

if TYPE_CHECKING:
    from .batch import Render, Result

FORMATS = ("jsonl", "json", "table", "csv")


# (Records are trees built fresh by to_dict, never cyclic: the encoder need not track the containers it
# is inside, which saves some 8% of its time.)
_ENCODERS = {"json": json.JSONEncoder(ensure_ascii=False, indent=2, check_circular=False),
             "jsonl": json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)}


def dumps(record: dict[str, Any], fmt: str) -> str:
    """One record as text in ``fmt`` (``jsonl`` compact, ``json`` indented), ending in a newline."""
    return _ENCODERS["json" if fmt == "json" else "jsonl"].encode(record) + "\n"


def renderer(fmt: str) -> Render | None:
    """The picklable record -> text function for ``fmt``; None when the writer needs the record."""
    if fmt in ("jsonl", "json"):
        return functools.partial(dumps, fmt=fmt)
    return None


class StreamWriter:
    """Records to one text stream, in the order they are written."""

    def __init__(self, stream: IO[str], fmt: str, array: bool = False, color: bool = False,
                 width: int | None = None, rows: str = "articles") -> None:
        self.stream = stream
        self.fmt = fmt
        self.array = array and fmt == "json"
        self.count = 0
        self._console = None
        self._csv = None
        if fmt == "table":
            from .table import make_console

            self._console = make_console(stream, color=color, width=width)
        elif fmt == "csv":
            from .csv_rows import CsvWriter

            self._csv = CsvWriter(stream, rows)

    def write(self, result: Result) -> None:
        if self._csv is not None:
            self._csv.write(_record(result))
        elif self._console is not None:
            from .table import render

            self._console.print(render(_record(result)))
        elif self.array:
            body = _text(result, self.fmt).rstrip("\n")
            self.stream.write(("[\n" if self.count == 0 else ",\n") + body)
        else:
            self.stream.write(_text(result, self.fmt))
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.array:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class OutputDirWriter:
    """One ``<relative input path>.json`` per record under ``folder``, each written atomically.

    A target that resolves outside ``folder`` (through a symlink inside it) or that is one of
    the inputs is refused: the record's error says so, and nothing is written.
    """

    def __init__(self, folder: str, fmt: str, protected: set[tuple[int, int]]) -> None:
        self.folder = os.path.realpath(folder)
        self.fmt = "jsonl" if fmt == "jsonl" else "json"
        self.protected = protected
        self.used: set[str] = set()
        self.cleaned: set[str] = set()
        os.makedirs(self.folder, exist_ok=True)

    def target(self, relative: str) -> str:
        """Where the record for an input at ``relative`` goes; a second input there gets ``.2.json``."""
        base = os.path.join(self.folder, relative)
        candidate, n = base + ".json", 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}.{n}.json"
        self.used.add(candidate)
        return candidate

    def write(self, result: Result, relative: str) -> str | None:
        """Write the record; return why it could not be written, or None."""
        target = self.target(relative)
        parent = os.path.dirname(target)
        try:
            os.makedirs(parent, exist_ok=True)
        except OSError as exc:
            return f"cannot create {parent}: {exc.strerror or exc}"
        real_parent = os.path.realpath(parent)
        if real_parent != self.folder and not real_parent.startswith(self.folder + os.sep):
            return f"refusing to write {target}: it resolves outside the output folder"
        if os.path.islink(target):
            return f"refusing to write {target}: it is a symlink"
        try:
            st = os.stat(target)
        except OSError:
            pass
        else:
            if (st.st_dev, st.st_ino) in self.protected:
                return f"refusing to overwrite the input file {target}"
        if real_parent not in self.cleaned:
            remove_stale_temps(real_parent)
            self.cleaned.add(real_parent)
        try:
            with atomic_writer(target) as fh:
                fh.write(_text(result, self.fmt))
        except OSError as exc:
            return f"cannot write {target}: {exc.strerror or exc}"
        return None


def _text(result: Result, fmt: str) -> str:
    return result.text if result.text is not None else dumps(_record(result), fmt)


def _record(result: Result) -> dict[str, Any]:
    if result.record is None:
        raise ValueError("this writer needs the record, not its text: make the batch with render=None")
    return result.record
