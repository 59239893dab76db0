"""extract --format csv: RFC 4180 rows that read back, with csv and with pandas, as the JSON records' values."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from newsparse.cli.csv_rows import ARTICLE_COLUMNS, FIGURE_COLUMNS, QUOTE_COLUMNS, cell
from tests.cli_helpers import FIXTURES, extracted, run_cli


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for article in FIXTURES.glob("*.txt"):
        shutil.copy(article, root / article.name)
    (root / "comma.txt").write_text(
        '# Mayor says "no" to plan, again\n\nLIMA (AP) — "We will not pay, not now,\nnot ever," Mayor Ana Ruiz '
        'said of the $2.5 billion plan.\n', encoding="utf-8")
    (root / "zz-broken.txt").write_bytes(bytes(range(256)) * 16)
    return root


@pytest.fixture(scope="module")
def records(corpus) -> list[dict]:
    return extracted(corpus)


def csv_of(corpus: Path, rows: str, *more: str) -> subprocess.CompletedProcess:
    return run_cli("extract", "--format", "csv", "--rows", rows, *more, str(corpus))


def read(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def expected_quotes(records):
    for record in records:
        if "error" in record:
            continue
        dateline = record["dateline"] or {}
        place = dateline.get("place") or {}
        for n, q in enumerate(record["quotes"], 1):
            yield {"path": record["path"], "title": record["title"], "dateline_place": place.get("name") or
                   dateline.get("location"), "dateline_date": dateline.get("date"), "speaker": q["speaker"],
                   "text": q["text"], "start": q["start"], "end": q["end"], "number": n,
                   "speaker_method": q["speaker_method"], "kind": q["kind"], "dateline_country": place.get("country")}


def expected_figures(records):
    for record in records:
        for n, f in enumerate(record.get("figures", []), 1):
            yield {"path": record["path"], **{k: f[k] for k in FIGURE_COLUMNS if k in f}, "number": n}


@pytest.mark.parametrize(("rows", "columns", "expected"), [
    ("quotes", QUOTE_COLUMNS, expected_quotes),
    ("figures", FIGURE_COLUMNS, expected_figures),
], ids=["one row per quote", "one row per figure"])
def test_rows_read_back_with_dictreader_as_the_json_values(corpus, records, rows, columns, expected):
    done = csv_of(corpus, rows)
    assert done.returncode == 1, "the broken file fails, as with jsonl"
    got = read(done.stdout)
    want = [{c: cell(row.get(c)) for c in columns} for row in expected(records)]
    assert got == want and want


def test_the_issue_columns_come_first():
    assert QUOTE_COLUMNS[:8] == ("path", "title", "dateline_place", "dateline_date", "speaker", "text", "start", "end")
    assert FIGURE_COLUMNS[:7] == ("path", "text", "value", "unit", "kind", "start", "end")
    assert ARTICLE_COLUMNS[:2] == ("path", "title")


def test_article_rows_hold_scalars_counts_and_errors(corpus, records):
    got = read(csv_of(corpus, "articles").stdout)
    assert [row["path"] for row in got] == [r["path"] for r in records]
    for row, record in zip(got, records, strict=True):
        if "error" in record:
            assert row["error"] == f"{record['error']['type']}: {record['error']['message']}" and row["title"] == ""
            continue
        assert row["error"] == ""
        for field in ("title", "source_url", "publisher", "encoding", "schema_version"):
            assert row[field] == cell(record[field])
        assert row["dateline_text"] == cell((record["dateline"] or {}).get("text"))
        assert row["authors"] == "; ".join(record["authors"])
        assert int(row["quotes"]) == len(record["quotes"]) and int(row["figures"]) == len(record["figures"])
        assert int(row["speakers"]) == len(record["speakers"]) and int(row["paragraphs"]) == len(record["body"])
        assert int(row["quotes_without_speaker"]) == sum(q["speaker"] is None for q in record["quotes"])


def test_rfc_4180_quoting_crlf_utf8_without_bom(corpus):
    data = csv_of(corpus, "articles").stdout
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == data.count(b"\n")
    assert b',"Mayor says ""no"" to plan, again",' in data
    assert "—".encode() in data, "UTF-8 as is"


def test_a_batch_without_rows_still_has_its_header():
    done = run_cli("extract", "--format", "csv", "--rows", "quotes", "-", stdin=b"No quotation here.\n")
    assert done.returncode == 0 and done.stdout == (",".join(QUOTE_COLUMNS) + "\r\n").encode()


def test_rows_imply_csv_and_output_file_and_jobs_give_the_same_bytes(corpus, tmp_path):
    piped = csv_of(corpus, "quotes").stdout
    assert run_cli("extract", "--rows", "quotes", str(corpus)).stdout == piped
    assert csv_of(corpus, "quotes", "-j", "2").stdout == piped
    target = tmp_path / "quotes.csv"
    csv_of(corpus, "quotes", "-o", str(target))
    assert target.read_bytes() == piped


@pytest.mark.parametrize("args", [
    ["--format", "jsonl", "--rows", "quotes"],
    ["--format", "csv", "--output-dir", "OUT"],
    ["--format", "csv", "--rows", "paragraphs"],
], ids=["rows need csv", "csv is one stream, not a folder", "unknown row kind"])
def test_usage_errors(args, tmp_path):
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    assert run_cli("extract", *args, str(FIXTURES / "rhc--markdown-seed.txt")).returncode == 2


def test_pandas_reads_the_same_values(corpus, records):
    pandas = pytest.importorskip("pandas")
    figures = pandas.read_csv(io.BytesIO(csv_of(corpus, "figures").stdout))
    want = list(expected_figures(records))
    assert list(figures.columns) == list(FIGURE_COLUMNS)
    assert figures["value"].tolist() == pytest.approx([f["value"] for f in want])
    assert figures["start"].dtype.kind == "i" and figures["start"].tolist() == [f["start"] for f in want]
    assert figures["unit"].fillna("").tolist() == [f["unit"] or "" for f in want]
    quotes = pandas.read_csv(io.BytesIO(csv_of(corpus, "quotes").stdout), keep_default_na=False)
    assert quotes["text"].tolist() == [q["text"] for q in expected_quotes(records)]
    assert quotes["speaker"].tolist() == [q["speaker"] or "" for q in expected_quotes(records)]
    articles = pandas.read_csv(io.BytesIO(csv_of(corpus, "articles").stdout))
    parsed = articles[articles["error"].isna()]
    assert parsed["quotes"].astype(int).tolist() == [len(r["quotes"]) for r in records if "error" not in r]
    assert articles["error"].notna().sum() == sum("error" in r for r in records) == 1


def test_module_docstring_examples():
    import doctest

    import newsparse.cli.csv_rows

    result = doctest.testmod(newsparse.cli.csv_rows)
    assert result.attempted and not result.failed
