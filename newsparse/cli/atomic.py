"""Files written whole or not at all: a temp file in the same folder, then ``os.replace``.

>>> import tempfile, os
>>> folder = tempfile.mkdtemp()
>>> with atomic_writer(os.path.join(folder, "a.json")) as fh:
...     _ = fh.write("{}\\n")
>>> sorted(os.listdir(folder))
['a.json']

click's ``open_file(atomic=True)`` replaces the target even when the block raised, leaving a
partial file; this helper deletes the temp file instead and leaves the old target untouched.
Temp files are named ``.newsparse-*.tmp``; ``remove_stale_temps`` clears those a killed run
left behind. A path that is one of the process's own descriptors (``/dev/stdout``, ``/dev/fd/63`` from a shell's
``>(...)``) is written through that descriptor: what it points at is neither replaced nor truncated.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import IO

from ..pattern_cache import compile_pattern

# A path that names a descriptor the process holds: "/dev/stdout", "/dev/fd/63", "/proc/self/fd/1".
FD_ALIAS = compile_pattern(r"/dev/(stdin|stdout|stderr)|/dev/fd/([0-9]{1,6})|/proc/self/fd/([0-9]{1,6})")
_STANDARD_FDS = {"stdin": 0, "stdout": 1, "stderr": 2}
TEMP_PREFIX = ".newsparse-"
TEMP_SUFFIX = ".tmp"


@contextlib.contextmanager
def atomic_writer(target: str) -> Iterator[IO[str]]:
    """Write UTF-8 text to ``target`` atomically; on any error the target is left as it was. A symlink is
    written through (its target replaced), a pipe or a device written to directly (``-o /dev/null`` stays a
    device); a new file gets the mode the umask gives, a replaced one keeps its own."""
    import stat
    import tempfile  # ~5 ms at start-up (random, shutil): only runs that write files pay it

    fd = _fd_alias(target)
    if fd is not None:  # '-o /dev/stdout', '-o >(gzip > x.gz)': the open file itself, never replaced nor truncated
        with os.fdopen(os.dup(fd), "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        return
    target = os.path.realpath(target)
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with open(target, "w", encoding="utf-8", newline="\n") as fh:  # a pipe or a device: nothing to replace
            yield fh
        return
    folder = os.path.dirname(target)
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    try:
        os.chmod(temp, stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _fd_alias(path: str) -> int | None:
    """The descriptor a path names when it is an alias of one this process holds: ``/dev/stdout`` -> 1,
    ``/dev/fd/63`` -> 63, ``/proc/self/fd/2`` -> 2; None for any other path."""
    m = FD_ALIAS.fullmatch(path)
    if m is None:
        return None
    return _STANDARD_FDS[m.group(1)] if m.group(1) else int(m.group(2) or m.group(3))


def _umask() -> int:
    """The process's umask (read by setting it, then set back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def remove_stale_temps(folder: str) -> None:
    """Delete temp files a killed run left in ``folder`` (not below it)."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX) and entry.is_file():
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
