"""newsparse stats: the numbers are those of the records extract gives, in any order of work, in flat memory."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsparse.views.stats import CorpusStats
from tests.cli_helpers import FIXTURES, extracted, run_cli

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The fixture articles, a few more of our own in a sub-folder, and one file that is not text."""
    root = tmp_path_factory.mktemp("corpus")
    for article in FIXTURES.glob("*.txt"):
        shutil.copy(article, root / article.name)
    more = root / "more"
    more.mkdir()
    (more / "quiet.txt").write_text("Council meets\n\nThe council met on Monday and adjourned.\n", encoding="utf-8")
    (more / "two.txt").write_text(
        'LIMA, Peru (AP) — "We will reopen the road," Ana Ruiz said. "Not before Friday," Ruiz added.\n',
        encoding="utf-8")
    (more / "again.txt").write_text(
        'LIMA, Peru (AP) — "The bridge held," Ana Ruiz said on Tuesday, after 40 trucks crossed.\n',
        encoding="utf-8")
    (root / "broken.txt").write_bytes(bytes(range(256)) * 16)
    return root


@pytest.fixture(scope="module")
def records(corpus) -> list[dict]:
    return extracted(corpus)


@pytest.fixture(scope="module")
def summary(corpus) -> dict:
    done = run_cli("stats", "--format", "json", "--top", "0", str(corpus))
    assert done.returncode == 1, "one input failed"
    return json.loads(done.stdout)


def articles_of(records):
    return [r for r in records if "error" not in r]


def test_totals_equal_those_of_the_extract_records(summary, records):
    ok = articles_of(records)
    quotes = [q for r in ok for q in r["quotes"]]
    assert summary["inputs"] == len(records)
    assert summary["articles"] == len(ok)
    assert summary["failed"] == len(records) - len(ok) == 1
    assert summary["quotes"] == len(quotes)
    assert summary["figures"] == sum(len(r["figures"]) for r in ok)
    assert summary["quotes_without_speaker"] == sum(q["speaker"] is None for q in quotes)
    assert summary["share_without_speaker"] == pytest.approx(summary["quotes_without_speaker"] / len(quotes), abs=1e-4)
    assert summary["figures_by_kind"] == dict(Counter(f["kind"] for r in ok for f in r["figures"]))


def test_speakers_equal_those_of_the_records_most_quoted_first(summary, records):
    quotes, articles = Counter(), Counter()
    for record in articles_of(records):
        named = [q["speaker"] for q in record["quotes"] if q["speaker"]]
        quotes.update(named)
        articles.update(set(named))
    got = {s["name"]: (s["quotes"], s["articles"]) for s in summary["speakers"]}
    assert got == {name: (n, articles[name]) for name, n in quotes.items()}
    assert summary["distinct_speakers"] == len(quotes)
    order = [(-s["quotes"], -s["articles"]) for s in summary["speakers"]]
    assert order == sorted(order)


def test_quotes_per_article_and_datelines_equal_those_of_the_records(summary, records):
    ok = articles_of(records)
    per_article = Counter(len(r["quotes"]) for r in ok)
    assert summary["quotes_per_article"] == [{"quotes": k, "articles": n} for k, n in sorted(per_article.items())]
    with_dateline = [r["dateline"] for r in ok if r["dateline"]]
    assert summary["datelines"]["found"] == len(with_dateline)
    assert summary["datelines"]["missing"] == len(ok) - len(with_dateline)
    places = Counter(((d["place"] or {}).get("name") or d["location"]) for d in with_dateline)
    assert {p["place"]: p["articles"] for p in summary["datelines"]["by_place"]} == dict(places)
    countries = Counter((d["place"] or {}).get("country") for d in with_dateline)
    assert {c["country"]: c["articles"] for c in summary["datelines"]["by_country"]} == dict(countries)


def test_failures_and_slowest_files(summary, corpus):
    assert summary["errors_by_type"] == [{"type": "BinaryFileError", "files": 1}]
    assert [f["path"] for f in summary["failures"]] == [str(corpus / "broken.txt")]
    seconds = [s["seconds"] for s in summary["slowest"]]
    assert len(seconds) == summary["inputs"] and seconds == sorted(seconds, reverse=True)
    assert summary["parse_seconds"] == pytest.approx(sum(seconds), abs=1e-4)


def test_jobs_give_the_same_numbers(corpus, summary):
    done = run_cli("stats", "--format", "json", "--top", "0", "-j", "2", str(corpus))
    parallel = json.loads(done.stdout)
    def counts(result: dict) -> dict:
        return {k: v for k, v in result.items() if k not in ("parse_seconds", "slowest")}

    assert counts(parallel) == counts(summary)
    assert sorted(s["path"] for s in parallel["slowest"]) == sorted(s["path"] for s in summary["slowest"])


def test_top_caps_every_list(corpus):
    capped = json.loads(run_cli("stats", "--format", "json", "--top", "2", str(corpus)).stdout)
    assert len(capped["speakers"]) == 2 and len(capped["slowest"]) == 2
    assert len(capped["datelines"]["by_place"]) <= 2


def test_table_shows_each_part_within_the_width(corpus, summary):
    done = run_cli("stats", "--width", "72", str(corpus))
    shown = done.stdout.decode("utf-8")
    assert done.returncode == 1 and "\x1b[" not in shown
    for title in ("Corpus", "Most quoted speakers", "Datelines by country", "Datelines by place",
                  "Quotes per article", "Slowest files", "Failures"):
        assert f"\n{title}" in "\n" + shown
    assert re.search(rf"\n articles +{summary['articles']}\n", shown)
    assert re.search(rf"\n quotes +{summary['quotes']} ", shown)
    assert "█" in shown, "the histogram has bars"
    assert max(len(line) for line in shown.splitlines()) <= 72
    assert done.stderr.decode().splitlines()[-1] == f"newsparse: 1 of {summary['inputs']} inputs failed"


def test_table_in_colour_on_request(corpus):
    shown = run_cli("stats", "--color", "always", "--width", "90", str(corpus / "more")).stdout.decode()
    assert "\x1b[" in shown and "Most quoted speakers" in ANSI.sub("", shown)


def test_exit_0_when_nothing_failed_and_stdin_is_read():
    done = run_cli("stats", "--format", "json", str(FIXTURES / "rhc--markdown-seed.txt"))
    assert done.returncode == 0 and json.loads(done.stdout)["quotes"] >= 1
    piped = subprocess.run([sys.executable, "-m", "newsparse", "stats", "--format", "json"], capture_output=True,
                           input=(FIXTURES / "rhc--markdown-seed.txt").read_bytes(), timeout=60, check=False)
    assert piped.returncode == 0 and json.loads(piped.stdout)["articles"] == 1


def test_place_is_preferred_to_location_and_country_counted():
    stats = CorpusStats()
    stats.add({"path": "a", "quotes": [], "figures": [],
               "dateline": {"location": "SPRINGFIELD, Ill.",
                            "place": {"name": "Springfield", "region": "Illinois", "country": "US"}}})
    stats.add({"path": "b", "quotes": [], "figures": [], "dateline": {"location": "NAIROBI", "place": None}})
    stats.add({"path": "c", "quotes": [], "figures": [], "dateline": None})
    datelines = stats.to_dict()["datelines"]
    assert datelines["by_place"] == [
        {"place": "NAIROBI", "region": None, "country": None, "articles": 1},
        {"place": "Springfield", "region": "Illinois", "country": "US", "articles": 1}]
    assert datelines["by_country"] == [{"country": "US", "articles": 1}, {"country": None, "articles": 1}]
    assert (datelines["found"], datelines["missing"]) == (2, 1)


def test_memory_is_flat_in_the_number_of_files():
    stats = CorpusStats(top=5)
    for n in range(20_000):
        if n % 3:
            stats.add({"path": f"f{n}", "quotes": [{"speaker": f"S{n % 7}"}], "figures": [], "dateline": None,
                       "parse_seconds": (n * 7919 % 1000) / 1e6})
        else:
            stats.add({"path": f"f{n}", "error": {"type": "X", "message": "m"}, "parse_seconds": 1e-6})
    summary = stats.to_dict()
    assert len(stats.failures) == 5 and len(stats._slowest) == 5 and len(stats.speaker_quotes) == 7
    assert summary["inputs"] == 20_000 and summary["failed"] == 6667
    assert [s["seconds"] for s in summary["slowest"]] == [0.000999] * 5


def test_histogram_counts_each_article_once_in_its_row():
    from newsparse.views import to_string
    from newsparse.views.stats import render

    stats = CorpusStats()
    for quotes in (0, 0, 3, 12, 15, 60):
        stats.add({"path": "x", "quotes": [{"speaker": None}] * quotes, "figures": [], "dateline": None})
    shown = to_string(render(stats.to_dict(), color=False), color=False, width=80)
    histogram = shown.split("Quotes per article")[1]
    rows = dict(re.findall(r"^ +(\d+(?:–\d+|\+)?) +(\d+)", histogram, re.M))
    assert rows == {"0": "2", "1": "0", "2": "0", "3": "1", "4": "0", "5": "0", "6": "0", "7": "0", "8": "0",
                    "9": "0", "10–19": "2", "20–29": "0", "30–39": "0", "40–49": "0", "50+": "1"}


def test_module_docstring_examples():
    import doctest

    import newsparse.views.stats

    result = doctest.testmod(newsparse.views.stats)
    assert result.attempted and not result.failed


def test_slowest_files_do_not_depend_on_which_is_parsed_first(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Short\n\nOne line.\n")
    second.write_text("Short\n\nOne line.\n")
    for order in ((first, second), (second, first)):
        slowest = json.loads(run_cli("stats", "--format", "json", *map(str, order)).stdout)["slowest"]
        assert max(s["seconds"] for s in slowest) < 0.02  # (no one-off import or compile, ~40 ms, in either time)
