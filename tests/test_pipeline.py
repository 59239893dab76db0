"""The library end to end: the seed article gives exactly what a reader sees, without the CLI."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "rhc--markdown-seed.txt"


@pytest.fixture(scope="module")
def seed():
    return newsparse.parse_file(SEED)


def test_seed_title(seed):
    assert seed.title == "NATO to withdraw some troops from Iraq after Soleimani assassination"


def test_seed_dateline(seed):
    d = seed.dateline
    assert (d.text, d.location, d.date, d.agency) == ("Brussels, January 8 (RHC)--", "Brussels", "--01-08", "RHC")


def test_seed_quotes_and_speakers(seed):
    spokesman = "a spokesman for the trans-Atlantic military alliance"
    assert [q.speaker for q in seed.quotes] == [spokesman, spokesman, spokesman, "Jonathan Vance"]
    assert seed.quotes[0].text == "The safety of our personnel is paramount"


def test_seed_quote_runs_across_the_broken_paragraph(seed):
    vance = seed.quotes[3]
    text = SEED.read_text(encoding="utf-8")
    assert vance.text.startswith("Over the coming days, and as a result")
    assert vance.text.endswith("safety and security,")
    assert "\n\n" in text[vance.start:vance.end]  # the span covers the blank line it was broken at
    assert text[vance.start - 1] == '"' and text[vance.end] == "\u201d"  # straight opener, curly closer


def test_seed_figures(seed):
    assert [(f.value, f.unit) for f in seed.figures] == [(30, "personnel"), (130, "personnel"), (500, "troops")]


def test_seed_footer(seed):
    assert seed.publisher == "Radio Habana Cuba"
    assert seed.source_url.startswith("https://www.radiohc.cu/en/noticias/internacionales/211423-")


def test_seed_zones(seed):
    z = seed.zones
    assert z.header.end <= z.body.start and z.body.end <= z.footer.start
    assert len(seed.body) == 6  # seven blocks of text, the broken one repaired


def test_every_span_indexes_the_text(seed):
    text = SEED.read_text(encoding="utf-8")
    for f in seed.figures:
        assert text[f.start:f.end] == f.text
    for q in seed.quotes:
        assert " ".join(text[q.start:q.end].split()) == q.text


def test_extract_text_is_the_jsonl_record():
    record = newsparse.extract_text('PARIS (AFP) - "We go," he said.', path="x.txt")
    assert record["path"] == "x.txt" and record["schema_version"] == newsparse.SCHEMA_VERSION
    assert record["dateline"]["agency"] == "AFP"


def test_library_does_not_import_click_or_rich():
    code = ("import sys, newsparse; newsparse.parse_file(sys.argv[1]); "
            "bad = [m for m in ('click', 'rich', 'dateutil') if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_quotation_and_digit_checks_cover_what_the_extractors_read():
    """build_article skips the quote and figure extractors (and their imports) for a text that has no
    quotation mark or no digit and number word; the checks must see every mark and digit they read."""
    from newsparse.extract import DIGIT, QUOTE_MARK
    from newsparse.extract.figure_numbers import _VULGAR
    from newsparse.extract.quotes import DOUBLE_MARK

    assert all(DIGIT.fullmatch(c) for c in "0123456789" + _VULGAR)
    assert all(QUOTE_MARK.match(c) for c in "\"“”„‟«»‘'")
    assert {c for c in DOUBLE_MARK.pattern if not c.isascii()} <= set("“”„‟«»‘’")  # (‘‘x’’ opens with a ‘, ``x''
    # closes with a ')


@pytest.mark.parametrize("text", [
    "A short note\n\nThe board met and adjourned without a vote.\n",
    "Note\n\nNo figures here, but one quote: “We will,” she said.\n",
    "Note\n\nThree people spoke; none gave a number in digits.\n",
], ids=["nothing-to-find", "a-quote-no-figure", "a-number-word"])
def test_short_notes_read_alike_with_or_without_the_shortcuts(text):
    from newsparse.extract import build_article
    from newsparse.extract.figures import extract_figures
    from newsparse.extract.quotes import find_quotes
    from newsparse.extract.speakers import attribute
    from newsparse.zones import zone

    article = build_article(text)
    doc = zone(text)
    assert article.figures == extract_figures(doc)
    assert (article.quotes, article.speakers) == attribute(doc, find_quotes(doc))


@pytest.mark.parametrize("reference", [datetime.date(2020, 1, 9), datetime.datetime(2020, 1, 9, 12, 30), "2020-01-09"],
                         ids=["date", "datetime", "iso-string"])
def test_a_reference_date_may_be_a_date_a_datetime_or_an_iso_string(reference):
    article = newsparse.parse("T\n\nLONDON, Jan 5 (Reuters) - Prices rose.\n", reference_date=reference)
    assert article.dateline is not None and article.dateline.date == "2020-01-05"


def test_a_wrong_argument_is_a_clear_type_error():
    with pytest.raises(TypeError, match="parse_bytes"):
        newsparse.parse(b"T\n\nText.\n")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference_date"):
        newsparse.parse("T\n\nText.\n", reference_date=2020)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "title"), [
    ("**\n\nLONDON, Jan 5 (Reuters) - Prices rose.\n", None),
    ("LONDON, Jan 5 (Reuters) - Markets fell sharply on Tuesday.\n\nThe FTSE 100 fell 2 percent.\n", None),
    ("EXCLUSIVE – Roger Stone: Do Not Trust the Machines.\n\nThe adviser spoke on Monday.\n",
     "EXCLUSIVE – Roger Stone: Do Not Trust the Machines."),
], ids=["emphasis-marks-alone", "a-short-story-line-with-its-credit", "a-label-headline-ending-in-a-period"])
def test_titles_that_are_not_there(text, title):
    assert newsparse.parse(text).title == title


def test_toml_front_matter_is_read_like_yaml():
    article = newsparse.parse('+++\ntitle = "Port volumes rebound"\ndate = 2024-07-26\nauthor = "Henk de Vries"\n'
                              'source = "https://www.example.com/port-1"\n+++\n\n'
                              "ROTTERDAM, July 26 (Reuters) - Volumes rose 5 percent.\n")
    assert (article.title, article.dateline.date, article.authors, article.source_url) == (
        "Port volumes rebound", "2024-07-26", ["Henk de Vries"], "https://www.example.com/port-1")
    assert [f.text for f in article.figures] == ["5 percent"]
