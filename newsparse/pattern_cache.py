"""Compiled regular expressions, kept between runs: ``compile_pattern`` is ``re.compile`` that remembers.

>>> from newsparse.pattern_cache import compile_pattern
>>> compile_pattern(r"(?P<verb>said|says)\\b").match("said the spokesman").group("verb")
'said'

Compiling the package's ~300 patterns (word lists of roles, titles, places, units) costs about 90 ms,
two thirds of a cold ``newsparse extract one-file.txt``, and people call the tool once per file.
CPython compiles a pattern to a program, a list of integers, and ``_sre.compile`` turns such a program
back into a pattern in microseconds, checking it first (a damaged program raises; it cannot crash).
So the programs are kept in one file per interpreter and package version, ``patterns-<cache_tag>-<sre
magic>-<version>.marshal`` (a newer version's first write removes an older's), in
the cache folder (``cache_folder()``); a pattern not in the file is compiled by ``re.compile`` as usual,
and the file is rewritten when the process ends. Whatever goes wrong (a read-only home, a damaged
file, another interpreter) the pattern is compiled instead: results never depend on the cache.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from collections.abc import Iterable

from . import __version__

try:  # CPython's regular expression engine and compiler (private: used with a fallback to re.compile)
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: compile every time
    _sre = None

# (flags, code, groups - 1, groupindex, indexgroup): what re compiles a pattern to, as _sre.compile takes it, but
# the code as bytes (its words in this machine's order: a file of them is read in a millisecond, and only the
# patterns a run uses are turned back into lists)
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

FORMAT = 2
# How a code word is stored: the C type as wide as the engine's words (4 bytes in CPython 3.11 to 3.14).
_WORD = "I" if _sre is None or _sre.CODESIZE == 4 else "H"
# A file holds no more programs than this (the package compiles ~350; the rest would be programs of patterns changed
# since); past it, only the ones the writing process used are kept.
MAX_PROGRAMS = 1000


class PatternCache:
    """The programs of one cache file: read on first use, written back at exit when patterns were added."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.programs: dict[tuple[str, int], Program] | None = None
        self.used: set[tuple[str, int]] = set()
        self.added = 0
        self.hits = 0
        self.saved = 0  # how many of the patterns added were in the file last written

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the stored program when there is one."""
        flags = int(flags)
        if self.path is None or _sre is None:
            return re.compile(pattern, flags)
        programs = self._programs()
        key = (pattern, flags)
        self.used.add(key)
        program = programs.get(key)
        if program is not None:
            try:
                compiled = _rebuild(pattern, program)
            except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged entry: compile it anew
                del programs[key]
            else:
                self.hits += 1
                return compiled
        compiled = re.compile(pattern, flags)
        program = _program_of(compiled)
        if program is not None:
            programs[key] = program
            if not self.added:
                atexit.register(self.save)
            self.added += 1
        return compiled

    def _programs(self) -> dict[tuple[str, int], Program]:
        if self.programs is None:
            self.programs = _read(self.path) if self.path else {}
        return self.programs

    def flush(self) -> None:
        """Write the file now if patterns were added since it was last written: for a worker process, which its
        parent ends without ``atexit`` (``newsparse extract --jobs``)."""
        if self.added > self.saved:
            self.save()

    def save(self) -> None:
        """Write the programs to the file, with those another process wrote since this one read it (``--jobs``
        workers, runs in parallel), atomically: a parallel run reads the old file or the new one."""
        self.saved = self.added
        if not self.path or not self.programs:
            return
        programs = {**_read(self.path), **self.programs}
        if len(programs) > MAX_PROGRAMS:
            programs = {key: programs[key] for key in self.used if key in programs}
        folder = os.path.dirname(self.path)
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(folder, exist_ok=True)
            with open(temporary, "wb") as fh:
                fh.write(marshal.dumps((FORMAT, _fingerprint(), programs)))
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # read-only home, full disk: the next run compiles again
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return
        _remove_older(self.path)


def _remove_older(path: str) -> None:
    """Remove the files an older version of the package kept beside ``path``: the same name up to its last '-'
    ('patterns-cpython-311-20220615-0.1.0.marshal' replaces 'patterns-cpython-311-20220615-0.0.9.marshal')."""
    folder, name = os.path.split(path)
    stem, dash, _ = name.rpartition("-")
    if not dash:
        return
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name != name and entry.name.startswith(stem + "-") and entry.name.endswith(".marshal") \
                    and entry.name.count("-") == name.count("-"):
                os.unlink(entry.path)


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` through the package's pattern cache."""
    return CACHE.compile(pattern, flags)


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: longer first, so "governor-general" is tried before
    "governor"; then alphabetical, so the pattern's text (and its cache entry) is the same in every run.

    >>> "|".join(sorted({"Jan", "January", "June"}, key=longest_first))
    'January|June|Jan'
    """
    return -len(word), word


def trie(words: Iterable[str], first: str = "", also: tuple[str, ...] = ()) -> str:
    """A regex alternation of ``words`` shaped as a trie, so the engine tries one branch per letter; ``first``
    follows the first letter of every word, and ``also`` are more alternatives at the top (kept flat: each opening
    with a letter lets the engine skip ahead). Building one costs ~10 us a word, at import: kept to short lists (the
    number words), not the 900 role words.

    >>> trie(["ten", "three", "thirty", "two", "twelve"])
    't(?:en|h(?:irty|ree)|w(?:elve|o))'

    It matches what the flat alternation of the same words sorted by ``longest_first`` matches, in the same order
    of preference: the words that can match at one place are prefixes of one another, and both try the longest
    first (the end of a word is its node's last branch).
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict], head: str, more: tuple[str, ...] = ()) -> str:
        branches = [re.escape(c) + head + emit(node[c], "") for c in sorted(node) if c] + list(more)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree, first, also)


def _rebuild(pattern: str, program: Program) -> re.Pattern[str]:
    """The pattern from its program (raises when the program is damaged)."""
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, memoryview(code).cast(_WORD).tolist(), groups, groupindex, indexgroup)


def _program_of(compiled: re.Pattern[str]) -> Program | None:
    """The program ``re`` compiled ``compiled`` to, checked to rebuild the same pattern; None if it does not."""
    import array  # (only when a pattern is new to the cache)

    try:
        parsed = _parser.parse(compiled.pattern, compiled.flags)
        code = _compiler._code(parsed, compiled.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program: Program = (compiled.flags | parsed.state.flags, array.array(_WORD, code).tobytes(),
                            parsed.state.groups - 1, groupindex, tuple(indexgroup))
        rebuilt = _rebuild(compiled.pattern, program)
    except Exception:
        return None
    if (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) != (compiled.flags, compiled.groups, compiled.groupindex):
        return None
    return program


def _read(path: str) -> dict[tuple[str, int], Program]:
    """The programs stored at ``path``; empty when the file is missing, damaged or from another interpreter."""
    try:
        with open(path, "rb") as fh:
            stored = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (FORMAT, _fingerprint())
            and isinstance(stored[2], dict)):
        return {}
    return stored[2]


def _fingerprint() -> tuple[object, ...]:
    """What a stored program depends on: the interpreter's version and its regular expression engine."""
    return (sys.implementation.cache_tag, sys.version, sys.byteorder, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT,
            _sre.MAXGROUPS)


def cache_folder() -> str:
    """The package's cache folder: ``$NEWSPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsparse``, else
    ``~/.cache/newsparse`` (the gazetteer's index is kept there too)."""
    explicit = os.environ.get("NEWSPARSE_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "newsparse")


CACHE = PatternCache(os.path.join(cache_folder(),
                                  f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}-{__version__}.marshal")
                     if _sre is not None else None)
