"""newsparse show: every mark wraps exactly what was found, in order, at any width, in a pager or in colour."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.decode import decode_bytes
from newsparse.views.show import figure_value, render_text
from tests.cli_helpers import FIXTURES, invoke, run_cli

ARTICLES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def fold(text: str) -> str:
    return " ".join(text.split())


def after_key(shown: str) -> str:
    """The rendering after the legend's marker key (which shows one marker of each kind)."""
    return shown[shown.index("\n", shown.index("Markers:")):]


def article(path: Path) -> tuple[str, dict[str, Any]]:
    """The fixture's text as newsparse decodes it (some are cp1252, some CRLF) and its record."""
    text, _ = decode_bytes(path.read_bytes())
    return text, newsparse.parse(text, path=path.name).to_dict()


Mark = tuple[int, int, str, str]
NOTE_LINE = re.compile(r"^ {4}[QF]\d+ [→=].*$", re.M)


def marked(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """``text[start:end]`` with the markers of every mark nested inside it, folded as show folds it."""
    inner = [m for m in marks if start <= m[0] and m[1] <= end and (m[0], m[1]) != (start, end)]
    top = [m for m in inner
           if not any(o is not m and o[0] <= m[0] and m[1] <= o[1] and (o[0], o[1]) != (m[0], m[1]) for o in inner)]
    pieces, cursor = [], start
    for s, e, opener, closer in sorted(top):
        pieces += [text[cursor:s], opener, marked(text, s, e, marks), closer]
        cursor = e
    pieces.append(text[cursor:end])
    return fold("".join(pieces))


def all_marks(record: dict[str, Any]) -> dict[str, list[Mark]]:
    """Every mark show draws, by kind, in the order show numbers them."""
    speakers: dict[str, int] = {}
    marks: dict[str, list[Mark]] = {"quotes": [], "figures": [], "speakers": []}
    for n, quote in enumerate(record["quotes"], 1):
        marks["quotes"].append((quote["start"], quote["end"], f"[Q{n} ", "]"))
        if quote["speaker"]:
            number = speakers.setdefault(quote["speaker"], len(speakers) + 1)
            span = quote["speaker_span"]
            if span:
                marks["speakers"].append((span["start"], span["end"], f"<S{number} ", ">"))
    for n, figure in enumerate(record["figures"], 1):
        marks["figures"].append((figure["start"], figure["end"], f"{{F{n} ", "}"))
    return marks


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_every_quote_figure_and_mention_is_wrapped_in_its_marker(path):
    text, record = article(path)
    shown = fold(NOTE_LINE.sub("", after_key(render_text(text, record, width=100))))
    marks = all_marks(record)
    every = [m for kind in marks.values() for m in kind]
    for start, end, opener, closer in every:
        assert f"{opener}{marked(text, start, end, every)}{closer}" in shown
    if record["title_span"]:
        start, end = record["title_span"]["start"], record["title_span"]["end"]
        assert f"<T {marked(text, start, end, every)}>" in shown
    if record["dateline"]:
        start, end = record["dateline"]["start"], record["dateline"]["end"]
        assert f"<D {marked(text, start, end, every)}>" in shown


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_markers_appear_in_reading_order_and_each_has_its_note(path):
    text, record = article(path)
    shown = after_key(render_text(text, record, width=100))
    quote_at = [shown.index(f"[Q{n} ") for n in range(1, len(record["quotes"]) + 1)]
    figure_at = [shown.index(f"{{F{n} ") for n in range(1, len(record["figures"]) + 1)]
    assert quote_at == sorted(quote_at) and figure_at == sorted(figure_at)
    for n, quote in enumerate(record["quotes"], 1):
        who = "no speaker found" if quote["speaker"] is None else fold(quote["speaker"])
        assert re.search(rf"^ +Q{n} → (S\d+ )?{re.escape(who)}", fold_lines(shown), re.M)
    for n, figure in enumerate(record["figures"], 1):
        assert f"F{n} = {figure_value(figure)}" in fold_lines(shown)


def fold_lines(shown: str) -> str:
    """Notes may wrap at narrow widths; join each wrapped note back to one line."""
    return re.sub(r"\n {5,}", " ", shown)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_zones_are_shown_under_rules_in_order(path):
    text, record = article(path)
    shown = render_text(text, record, width=100)
    rules = [z for z in ("header", "body", "footer") if record["zones"][z]]
    at = [shown.index(f"\n{z} {record['zones'][z]['start']}–{record['zones'][z]['end']} ─") for z in rules]
    assert at == sorted(at)


def test_legend_lists_speakers_with_quote_counts():
    text, record = article(FIXTURES / "rhc--markdown-seed.txt")
    legend = render_text(text, record, width=160).split("Markers:")[0]
    for n, speaker in enumerate(dict.fromkeys(q["speaker"] for q in record["quotes"] if q["speaker"]), 1):
        count = sum(q["speaker"] == speaker for q in record["quotes"])
        assert re.search(rf"S{n} +{re.escape(speaker)} +{count} ", fold(legend))


# A constructed record, independent of the extractors: the rendering rules themselves.
TEXT = ('# Storm *closes* port\n\nMIAMI (AP) — "We moved 40 boats,\n\nand 12 more," Ana Ruiz said.\n\n'
        '"Stay home," officials said \x1b[2J today.\r\n\n---\n\nSource: Wire\n')
RECORD = {
    "path": "storm.txt", "title": "Storm closes port", "title_span": {"start": 2, "end": 21},
    "dateline": {"text": "MIAMI (AP) —", "start": 23, "end": 35, "location": "MIAMI", "date": None, "agency": "AP",
                 "place": {"name": "Miami", "region": "Florida", "country": "US"}},
    "quotes": [
        {"text": "We moved 40 boats, and 12 more,", "start": 37, "end": 69, "speaker": "Ana Ruiz",
         "speaker_span": {"start": 71, "end": 79}, "speaker_method": "said-verb", "kind": "full"},
        {"text": "Stay home,", "start": 88, "end": 98, "speaker": None, "speaker_span": None,
         "speaker_method": None, "kind": "partial"},
    ],
    "speakers": [{"name": "Ana Ruiz", "quotes": 1, "descriptions": []}],
    "figures": [
        {"text": "40 boats", "start": 46, "end": 54, "value": 40, "unit": "boats", "kind": "count"},
        {"text": "12 more", "start": 61, "end": 68, "value": 12, "unit": "boats", "kind": "count",
         "qualifier": "about"},
    ],
    "zones": {"header": {"start": 0, "end": 21}, "body": {"start": 23, "end": 126},
              "footer": {"start": 134, "end": 146}},
    "body": [{"start": 23, "end": 55}, {"start": 57, "end": 85}, {"start": 87, "end": 126}],
}


def test_constructed_record_offsets_are_what_they_claim():
    for quote in RECORD["quotes"]:
        assert fold(TEXT[quote["start"]:quote["end"]]) == quote["text"]
    for figure in RECORD["figures"]:
        assert TEXT[figure["start"]:figure["end"]] == figure["text"]


@pytest.mark.parametrize("expected", [
    pytest.param("# <T Storm *closes* port>", id="the title span after the Markdown heading mark"),
    pytest.param('<D MIAMI (AP) —> "[Q1 We moved {F1 40 boats},', id="dateline, then a quote with a figure inside"),
    pytest.param('and {F2 12 more},]" <S1 Ana Ruiz> said.', id="a quote carried across a paragraph break closes"),
    pytest.param('"[Q2 Stay home,]" officials said \ufffd[2J today.', id="a control character is shown, not obeyed"),
    pytest.param("Q2 → no speaker found (partial)", id="an unattributed partial quote says so"),
    pytest.param("F2 = about 12 boats (count)", id="a figure note gives qualifier, value, unit, kind"),
    pytest.param("Source: Wire", id="the footer is shown"),
    pytest.param("Miami, Florida, US", id="the resolved place is in the summary"),
])
def test_plain_rendering_of_a_constructed_record(expected):
    assert expected in render_text(TEXT, RECORD, width=100)


def test_a_quote_across_paragraphs_opens_once_and_closes_once():
    shown = after_key(render_text(TEXT, RECORD, width=100))
    assert shown.count("[Q1 ") == 1 and shown.count("[Q2 ") == 1
    body = shown.split("\nbody ")[1].split("\nfooter ")[0]
    assert body.count("[Q") == body.count("]") == 2
    assert "---" not in shown  # a rule-only line between zones is left out


@pytest.mark.parametrize("width", [40, 60, 100])
def test_no_line_is_wider_than_width(width):
    text, record = article(FIXTURES / "rhc--markdown-seed.txt")
    for shown in (render_text(text, record, width=width), ANSI.sub("", render_text(text, record, True, width))):
        assert max(len(line) for line in shown.splitlines()) <= width


def test_colour_rendering_uses_badges_and_speaker_colours_not_brackets():
    shown = render_text(TEXT, RECORD, color=True, width=100)
    assert "\x1b[" in shown
    plain = ANSI.sub("", shown)
    assert "[Q1 " not in plain and "{F1 " not in plain and " Q1 We moved" in plain
    assert "\x1b[2J" not in shown
    cyan_quote = re.search(r"\x1b\[1;7;36m Q1 \x1b\[0m\x1b\[36mWe moved", shown)
    assert cyan_quote, "the first speaker's quote is drawn in the first speaker colour"
    assert re.search(r"\x1b\[[0-9;]*4;36mAna Ruiz", shown), "the mention is underlined in the same colour"


def test_cli_plain_when_piped_and_with_no_color():
    path = str(FIXTURES / "rhc--markdown-seed.txt")
    piped = run_cli("show", "--width", "90", path)
    assert piped.returncode == 0 and b"\x1b[" not in piped.stdout and b"[Q1 " in piped.stdout
    assert run_cli("show", "--no-color", "--width", "90", path).stdout == piped.stdout
    assert run_cli("show", "--color", "auto", "--width", "90", path, env={"NO_COLOR": "1"}).stdout == piped.stdout


def test_cli_colour_on_request():
    done = run_cli("show", "--color", "always", "--width", "90", str(FIXTURES / "rhc--markdown-seed.txt"))
    assert done.returncode == 0 and b"\x1b[" in done.stdout and b"[Q1 " not in done.stdout


def test_cli_width_and_columns():
    path = str(FIXTURES / "ap--plain-water-rates.txt")
    for shown in (run_cli("show", "--width", "50", path).stdout,
                  run_cli("show", path, env={"COLUMNS": "50"}).stdout):
        assert max(len(line) for line in shown.decode("utf-8").splitlines()) <= 50


@pytest.mark.parametrize("args", [["show", "-"], ["show"]], ids=["dash", "no-file-piped"])
def test_cli_reads_standard_input(args):
    data = (FIXTURES / "reuters--plain-port-strike.txt").read_bytes()
    done = run_cli(*args, "--width", "90", stdin=data)
    assert done.returncode == 0 and b"[Q1 We are not going back" in done.stdout


def test_cli_missing_file_is_one_error_line_and_exit_1(tmp_path):
    done = run_cli("show", str(tmp_path / "nope.txt"))
    assert done.returncode == 1 and done.stdout == b""
    missing = tmp_path / "nope.txt"
    assert done.stderr.decode().splitlines() == [f"newsparse: error: {missing}: No such file or directory"]


def test_cli_binary_file_is_an_error_not_a_traceback(tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 8)
    done = run_cli("show", str(blob))
    assert done.returncode == 1 and b"Traceback" not in done.stderr and b"newsparse: error:" in done.stderr


def test_importing_the_cli_does_not_import_rich():
    code = "import sys, newsparse.cli.app; assert 'rich' not in sys.modules, 'rich imported at start-up'"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, check=False).returncode == 0


@pytest.mark.parametrize("module", ["newsparse.views", "newsparse.views.layout", "newsparse.views.show"])
def test_module_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted and not result.failed


@pytest.mark.parametrize("command", ["show", "stats"])
def test_an_encoding_that_is_no_text_codec_is_a_usage_error(tmp_path, command):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nText.\n")
    assert invoke(command, "--encoding", "rot13", str(path)).exit_code == 2
