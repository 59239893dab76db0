"""``newsparse extract --engine dask``: the same records, made on a Dask cluster.

Inputs are local paths (listed exactly as the local engine lists them, so records are
identical, ``path`` included) or URLs that fsspec reads (``s3://bucket/news/``, ``gs://...``,
``https://...``), listed with the same ``--include``/``--exclude``/``--hidden`` rules. The
list is cut into partitions of ``partition_files`` inputs; each partition is one Dask task
(``client.submit``: each task ships only its own partition)
that fetches its remote files concurrently (one ``fs.cat`` call, so object-store latency is
paid once per partition, not once per file), parses them and returns their JSON Lines. The
parts are written in input order to one file (or stdout), or one ``part-NNNNN.jsonl`` per
partition when the output is a folder (a path ending in ``/``, or an existing folder),
anywhere fsspec can write.

A file that cannot be fetched or parsed gives its error record, as with the local engine; the
batch goes on. The per-file ``--timeout`` is not enforced (tasks run in worker threads, where
no alarm signal can interrupt them); ``--max-bytes`` is, before anything is fetched.

>>> from newsparse.records import Options
>>> text, errors, count = extract_partition([Item(None, "nope.txt", "nope.txt")], Options())
>>> count, errors[0][1]["type"]
(1, 'FileNotFoundError')
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import dask.config
import fsspec
from distributed import Client, LocalCluster

from ..cli.atomic import atomic_writer
from ..cli.batch import usable_cpus
from ..cli.inputs import DEFAULT_INCLUDE, expand, selected
from ..cli.output import dumps
from ..model import error_record
from ..records import FileTooLargeError, Options, record_for_bytes, record_for_path, too_large

#: Inputs per Dask task: enough to amortise a task's overhead and an object store's latency.
PARTITION_FILES = 64
#: Partitions in flight per worker thread; results wait on the workers until written, in order.
WINDOW_PER_WORKER = 4


class Item(NamedTuple):
    """One input as a task sees it; ``fs`` None means a local path, read as the local engine reads it."""

    fs: Any  # an fsspec filesystem (pickled with its options, so workers reach the same store)
    path: str
    display: str
    size: int | None = None
    error: dict[str, str] | None = None  # the input could not even be listed


class Summary(NamedTuple):
    total: int
    failed: int


def run(operands: list[str], output: str, options: Options, *, scheduler: str | None = None,
        include: tuple[str, ...] = DEFAULT_INCLUDE, exclude: tuple[str, ...] = (), hidden: bool = False,
        on_error: Callable[[str, dict[str, str]], None] | None = None,
        partition_files: int = PARTITION_FILES, workers: int | None = None) -> Summary:
    """Extract every input on a cluster and write JSON Lines to ``output`` (a file, a folder, or ``-``).

    The cluster is ``scheduler`` (``tcp://HOST:8786``), else a local one of ``workers``
    processes (default: one per usable core).
    """
    items = list(list_inputs(operands, include, exclude, hidden))
    partitions = [items[i:i + partition_files] for i in range(0, len(items), partition_files)]
    total = failed = 0
    with _client(scheduler, workers) as client, _sink(output) as write:
        window = WINDOW_PER_WORKER * max(1, sum(client.nthreads().values()))

        def submit(number: int) -> Any:
            return client.submit(extract_partition, partitions[number], options, pure=False)

        pending = deque(submit(number) for number in range(min(window, len(partitions))))
        for number in range(len(partitions)):
            future = pending.popleft()
            text, errors, count = future.result()
            future.release()
            if number + window < len(partitions):  # a bounded window of partitions in flight: flat memory
                pending.append(submit(number + window))
            write(number, text)
            total += count
            failed += len(errors)
            for path, error in errors:
                if on_error:
                    on_error(path, error)
    return Summary(total, failed)


def list_inputs(operands: list[str], include: tuple[str, ...], exclude: tuple[str, ...],
                hidden: bool) -> Iterator[Item]:
    """Every input, in order: local operands by the local engine's own rules, URLs through fsspec."""
    for operand in operands:
        if "://" not in operand:
            for item in expand([operand], include, exclude, hidden):
                error = {"type": item.error[0], "message": item.error[1]} if item.error else None
                yield Item(None, item.path, item.display, error=error)
            continue
        try:
            fs, root = fsspec.core.url_to_fs(operand)
            listed = _list_url(fs, root, include, exclude, hidden)
        except Exception as exc:  # a bucket that does not exist, no credentials, a bad URL
            yield Item(None, operand, operand, error={"type": type(exc).__name__, "message": _message(exc)})
            continue
        if not listed:
            yield Item(None, operand, operand, error={"type": "NoInputFiles",
                                                      "message": "folder holds no file matching --include"})
        for path, size in listed:
            yield Item(fs, path, fs.unstrip_protocol(path), size)


def _list_url(fs: Any, root: str, include: tuple[str, ...], exclude: tuple[str, ...],
              hidden: bool) -> list[tuple[str, int | None]]:
    """(path, size) of the object at ``root``, or of the matching objects under it, sorted."""
    if not fs.isdir(root):
        return [(root, fs.info(root).get("size"))]
    top = root.rstrip("/") + "/"
    found = []
    for path, info in sorted(fs.find(root, detail=True).items()):
        rel = path[len(top):] if path.startswith(top) else path.rsplit("/", 1)[-1]
        parts = rel.split("/")
        if (hidden or not any(p.startswith(".") for p in parts)) and selected(parts[-1], rel, include, exclude):
            found.append((path, info.get("size")))
    return found


def extract_partition(items: list[Item], options: Options) -> tuple[str, list[tuple[str, dict[str, str]]], int]:
    """Worker side: the JSON Lines of one partition, its errors ``(path, error)``, and its size."""
    fetched = _fetch(items, options)
    lines, errors = [], []
    for item in items:
        if item.error is not None:
            record = error_record(item.display, item.error["type"], item.error["message"])
        elif item.fs is None:
            record = record_for_path(item.path, options, item.display)
        else:
            data = fetched[item.path]
            if isinstance(data, bytes):
                record = record_for_bytes(data, item.display, options)
            else:
                record = error_record(item.display, type(data).__name__, _message(data))
        if "error" in record:
            errors.append((record["path"], record["error"]))
        lines.append(dumps(record, "jsonl"))
    return "".join(lines), errors, len(items)


def _fetch(items: list[Item], options: Options) -> dict[str, bytes | BaseException]:
    """The bytes of the partition's remote files, fetched concurrently, one call per filesystem."""
    wanted: dict[int, tuple[Any, list[str]]] = {}
    fetched: dict[str, bytes | BaseException] = {}
    for item in items:
        if item.fs is None or item.error is not None:
            continue
        if item.size is not None and item.size > options.max_bytes:
            fetched[item.path] = FileTooLargeError(too_large(item.size, options.max_bytes))
        else:
            wanted.setdefault(id(item.fs), (item.fs, []))[1].append(item.path)
    for fs, paths in wanted.values():
        got = fs.cat(paths, on_error="return") if len(paths) > 1 else _cat_one(fs, paths[0])
        for path in paths:
            data = got.get(path, FileNotFoundError(f"no such object: {path}"))
            if isinstance(data, bytes) and len(data) > options.max_bytes:
                data = FileTooLargeError(too_large(len(data), options.max_bytes))
            fetched[path] = data
    return fetched


def _cat_one(fs: Any, path: str) -> dict[str, bytes | BaseException]:
    try:
        return {path: fs.cat_file(path)}
    except Exception as exc:  # the object vanished, no permission: that file's error record
        return {path: exc}


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of ``scheduler``, or of a local cluster of ``workers`` processes (default: the cores)."""
    logging.getLogger("distributed").setLevel(logging.ERROR)
    # the workers' statistical profiler samples every thread every 10 ms: ~15% of a parse-bound task
    dask.config.set({"distributed.worker.profile.enabled": False})
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers or usable_cpus(), threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


@contextlib.contextmanager
def _sink(output: str) -> Iterator[Callable[[int, str], None]]:
    """``write(partition number, text)``: to stdout, one file (atomically), or parts in a folder."""
    if output == "-":
        def to_stdout(number: int, text: str) -> None:
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.buffer.flush()
        yield to_stdout
        return
    fs, root = fsspec.core.url_to_fs(output)
    if output.endswith("/") or fs.isdir(root):
        fs.makedirs(root, exist_ok=True)

        def to_part(number: int, text: str) -> None:
            with fs.open(f"{root.rstrip('/')}/part-{number:05d}.jsonl", "wb") as fh:
                fh.write(text.encode("utf-8"))
        yield to_part
        return
    if "://" not in output:  # a local file: whole or not at all
        with atomic_writer(os.fspath(output)) as fh:
            yield lambda number, text: fh.write(text)
        return
    with fs.open(root, "wb") as fh:  # an object store writes the object when it is closed
        yield lambda number, text: fh.write(text.encode("utf-8"))
