"""The pattern cache: a pattern built from its stored program is the pattern ``re.compile`` makes."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import pattern_cache
from newsparse.pattern_cache import PatternCache, compile_pattern, longest_first, trie

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = ('BRUSSELS, Jan. 8 (RHC)-- "We go," the spokesman, Ana Lind, said. Gov. Pérez told 500 troops\n'
          "on Monday that $2.5 billion was 'not enough'. ÉMILE ZOLA, 61, a retired teacher, disagreed.")

PATTERNS = [
    (r"(?P<verb>said|says|told)\b", 0),
    (r"\b(?:Jan|Feb|Mar)[a-z]*\.?[ \t]+\d{1,2}\b", re.IGNORECASE),
    (r"(?<![\w'’-])([A-Z][\w'’-]+)(?:[ \t]+([A-Z][\w'’-]+)){1,2}", 0),
    (r"^[A-Z]+,[ \t]+(?P<month>[A-Z][a-z]+)\.?[ \t]+(?P<day>\d+)[ \t]+\((?P<agency>\w+)\)", re.MULTILINE),
    (r"(?i:gov|governor)\.?[ \t]+(\w+)", 0),
    (r"[\"“](.{1,200}?)[\"”]", re.DOTALL),
]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(match.span(group) for group in range(pattern.groups + 1)) for match in pattern.finditer(text)]


@pytest.mark.parametrize(("text", "flags"), PATTERNS)
def test_a_stored_program_gives_the_pattern_re_compiles(tmp_path, text, flags):
    path = str(tmp_path / "patterns.marshal")
    first = PatternCache(path)
    compiled = first.compile(text, flags)
    first.save()
    again = PatternCache(path)
    stored = again.compile(text, flags)
    expected = re.compile(text, flags)
    assert (first.hits, first.added, again.hits, again.added) == (0, 1, 1, 0)
    for pattern in (compiled, stored):
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == (
            expected.pattern, expected.flags, expected.groups, expected.groupindex)
        assert spans(pattern, SAMPLE) == spans(expected, SAMPLE)


def test_every_pattern_of_the_package_is_rebuilt_the_same():
    """Each pattern the package compiled in this process, rebuilt from its program, finds what re finds."""
    for name in ("quotes", "speakers", "figures", "dateline", "footer", "byline", "title"):
        __import__(f"newsparse.extract.{name}")
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(FIXTURES.glob("*.txt"))[:6]]
    for text in texts:
        newsparse.parse(text)
    sample = "\n\n".join([SAMPLE, *texts])
    programs = pattern_cache.CACHE.programs or {}
    checked = 0
    for text, flags in sorted(pattern_cache.CACHE.used):
        program = programs.get((text, flags)) or pattern_cache._program_of(re.compile(text, flags))
        assert program is not None, text
        rebuilt = pattern_cache._rebuild(text, program)
        expected = re.compile(text, flags)
        assert (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
            expected.flags, expected.groups, expected.groupindex), text
        assert spans(rebuilt, sample) == spans(expected, sample), text
        checked += 1
    assert checked > 250


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps([1, 2, 3]),
                                     marshal.dumps((pattern_cache.FORMAT, ("another", "python"), {}))])
def test_a_damaged_or_foreign_file_is_ignored(tmp_path, content):
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    cache = PatternCache(str(path))
    assert cache.compile(r"\bsaid\b").search("she said so").span() == (4, 8)
    assert cache.hits == 0


def test_a_damaged_program_is_compiled_anew(tmp_path):
    path = str(tmp_path / "patterns.marshal")
    cache = PatternCache(path)
    cache.compile(r"(said|told)\b")
    key = (r"(said|told)\b", 0)
    flags, code, *rest = cache.programs[key]
    cache.programs[key] = (flags, code[: len(code) // 2], *rest)  # a program cut in half: _sre refuses it
    cache.save()
    again = PatternCache(path)
    assert again.compile(r"(said|told)\b").match("told him").group(1) == "told"
    assert (again.hits, again.added) == (0, 1)


def test_an_unwritable_folder_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = PatternCache(str(blocker / "cache" / "patterns.marshal"))
    assert cache.compile(r"\d+").match("42").group() == "42"
    cache.save()
    assert sorted(os.listdir(tmp_path)) == ["file"]


def test_a_full_file_keeps_only_what_the_last_run_used(tmp_path, monkeypatch):
    path = str(tmp_path / "patterns.marshal")
    cache = PatternCache(path)
    for word in ("alpha", "beta", "gamma"):
        cache.compile(word)
    cache.save()
    monkeypatch.setattr(pattern_cache, "MAX_PROGRAMS", 2)
    again = PatternCache(path)
    again.compile("delta")
    again.save()
    assert sorted(text for text, _ in PatternCache(path)._programs()) == ["delta"]


def test_off_cpython_every_pattern_is_compiled(monkeypatch, tmp_path):
    monkeypatch.setattr(pattern_cache, "_sre", None)
    cache = PatternCache(str(tmp_path / "patterns.marshal"))
    assert cache.compile(r"x+").match("xx").group() == "xx"
    cache.save()
    assert not os.listdir(tmp_path)


def test_compile_pattern_is_re_compile():
    assert compile_pattern(r"a(b)", re.IGNORECASE).match("AB").group(1) == "B"


def test_longest_first_orders_an_alternation_the_same_in_every_run():
    assert sorted({"gov", "governor", "governor-general", "rep"}, key=longest_first) == [
        "governor-general", "governor", "gov", "rep"]


_RUN = ("import json, sys, newsparse; from newsparse import pattern_cache as p; "
        "newsparse.parse(open(sys.argv[1], encoding='utf-8').read()); "
        "print(json.dumps([p.CACHE.hits, p.CACHE.added]))")


def test_a_second_run_compiles_nothing(tmp_path):
    """Every pattern's text is the same in every process (str hashes differ: no set order may leak into one)."""
    article = next(iter(sorted(FIXTURES.glob("*.txt"))))
    counts = []
    for seed in ("1", "2"):
        env = {**os.environ, "NEWSPARSE_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _RUN, str(article)], env=env, capture_output=True, text=True,
                              check=True)
        counts.append(json.loads(done.stdout))
    (first_hits, first_added), (second_hits, second_added) = counts
    assert first_added > 100 and first_hits < first_added  # (a pattern written twice is found the second time)
    assert second_added == 0 and second_hits >= first_added


def test_processes_writing_in_turn_keep_each_others_patterns(tmp_path):
    """A --jobs worker writes what it compiled (flush), and the main process, writing last, keeps it."""
    path = str(tmp_path / "patterns.marshal")
    main, worker = PatternCache(path), PatternCache(path)
    main.compile(r"main\d")
    worker.compile(r"worker\d")
    worker.flush()
    worker.flush()  # (nothing new: not written again)
    main.save()
    assert sorted(text for text, _ in PatternCache(path)._programs()) == [r"main\d", r"worker\d"]


def test_flush_writes_only_what_is_new(tmp_path):
    path = tmp_path / "patterns.marshal"
    cache = PatternCache(str(path))
    cache.flush()
    assert not path.exists()
    cache.compile(r"x+")
    cache.flush()
    written = path.stat().st_mtime_ns
    path.write_bytes(b"damaged")
    cache.flush()
    assert path.read_bytes() == b"damaged" and written


def test_a_jobs_run_leaves_the_workers_patterns(tmp_path):
    env = {**os.environ, "NEWSPARSE_CACHE_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "newsparse", "extract", "--jobs", "2", "--format", "jsonl", "-o", os.devnull,
                    str(FIXTURES)], env=env, capture_output=True, check=True, timeout=120)
    (written,) = tmp_path.glob("patterns-*.marshal")
    assert len(PatternCache(str(written))._programs()) > 100


def test_a_newer_version_removes_an_older_versions_file(tmp_path):
    older = tmp_path / "patterns-cpython-311-7-0.0.9.marshal"
    other_python = tmp_path / "patterns-cpython-312-7-0.1.0.marshal"
    for path in (older, other_python):
        path.write_bytes(b"")
    cache = PatternCache(str(tmp_path / "patterns-cpython-311-7-0.1.0.marshal"))
    cache.compile(r"\d+")
    cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["patterns-cpython-311-7-0.1.0.marshal",
                                                         "patterns-cpython-312-7-0.1.0.marshal"]


def test_the_file_is_named_for_the_interpreter_and_the_package_version():
    assert pattern_cache.CACHE.path is None or pattern_cache.CACHE.path.endswith(f"-{newsparse.__version__}.marshal")


_WORD_LETTERS = "aeinrst -"


@settings(max_examples=300, deadline=None)
@given(words=st.sets(st.text(_WORD_LETTERS, min_size=1, max_size=6).filter(lambda w: w.strip(" ") == w), min_size=1,
                     max_size=12),
       data=st.data(), flags=st.sampled_from([0, re.IGNORECASE]))
def test_a_trie_matches_what_the_flat_alternation_longest_first_matches(words, data, flags):
    """Where a word is followed by what may also follow a shorter one ('vice' and 'vice president' before a blank),
    both try the longest first: every match, and the word each match takes, is the same."""
    pieces = data.draw(st.lists(st.sampled_from(sorted(words)) | st.text(_WORD_LETTERS + "AE.,", max_size=3),
                                max_size=8))
    text = data.draw(st.sampled_from(["", " ", "-"])).join(pieces)
    flat = re.compile(r"(?<![a-z])(" + "|".join(map(re.escape, sorted(words, key=longest_first))) + r")(?:[ -]|$)",
                      flags)
    shaped = re.compile(r"(?<![a-z])(" + trie(words) + r")(?:[ -]|$)", flags)
    assert [(m.span(), m.group(1)) for m in shaped.finditer(text)] == \
        [(m.span(), m.group(1)) for m in flat.finditer(text)]
