"""--jobs: the same bytes as --jobs 1, in input order; a dying worker costs only its file's record."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from newsparse.cli import batch
from newsparse.cli.inputs import expand
from newsparse.records import Options
from tests.cli_helpers import ARTICLE, BINARY, OTHER, invoke, jsonl, write

needs_fork = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                                reason="the patched parser reaches workers only when they are forked")


@pytest.fixture
def corpus(tmp_path):
    for i in range(60):
        write(tmp_path, f"corpus/d{i % 4}/{i:03d}.txt", (ARTICLE, OTHER)[i % 2].replace("1,200", f"{i + 2},200"))
    write(tmp_path, "corpus/d1/bad.txt", BINARY)
    return tmp_path / "corpus"


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_jobs_output_is_byte_identical_to_one_job(corpus, fmt):
    one = invoke("extract", "-f", fmt, "--jobs", "1", str(corpus))
    many = invoke("extract", "-f", fmt, "--jobs", "3", str(corpus))
    assert one.exit_code == many.exit_code == 1
    assert one.stdout_bytes == many.stdout_bytes
    assert one.stderr == many.stderr


def test_jobs_zero_means_all_cores_and_still_gives_every_record(corpus):
    records = jsonl(invoke("extract", "-f", "jsonl", "-j", "0", str(corpus)).stdout)
    assert len(records) == 61


def test_stdin_among_files_stays_in_its_place(corpus):
    first = str(corpus / "d0" / "000.txt")
    res = invoke("extract", "-f", "jsonl", "-j", "2", first, "-", str(corpus / "d1"), stdin=OTHER)
    paths = [r["path"] for r in jsonl(res.stdout)]
    assert paths[:2] == [first, "-"]
    assert len(paths) == 2 + 16


@needs_fork
def test_a_worker_that_dies_costs_only_its_own_record(corpus, monkeypatch):
    parse = batch.record_for_path
    expected = [r["path"] for r in jsonl(invoke("extract", "-f", "jsonl", str(corpus)).stdout)]

    def crash_on_007(path, options, display):
        if path.endswith("007.txt"):
            os._exit(3)  # as an out-of-memory kill would
        return parse(path, options, display)

    monkeypatch.setattr(batch, "record_for_path", crash_on_007)
    res = invoke("extract", "-f", "jsonl", "-j", "2", str(corpus))
    records = jsonl(res.stdout)
    assert res.exit_code == 1
    assert [r["path"] for r in records] == expected
    died = [r for r in records if r.get("error", {}).get("type") == "WorkerDied"]
    assert [r["path"].rsplit("/", 1)[-1] for r in died] == ["007.txt"]
    assert sum("error" in r for r in records) == 2  # 007.txt and the binary file
    assert "Traceback" not in res.stderr


def test_records_gives_whole_records_in_order_with_jobs(corpus):
    inputs = list(expand([str(corpus / "d2")]))
    got = [(item.display, record["path"]) for item, record in batch.records(inputs, Options(), jobs=2)]
    assert [a for a, _ in got] == [b for _, b in got] == [i.display for i in inputs]


def test_usable_cpus_is_at_least_one():
    assert batch.usable_cpus() >= 1


def test_library_units_of_work_are_picklable_and_give_the_cli_records(corpus):
    import pickle

    import newsparse

    path = str(corpus / "d0" / "000.txt")
    (cli_record,) = jsonl(invoke("extract", "-f", "jsonl", path).stdout)
    assert pickle.loads(pickle.dumps(newsparse.extract_path))(path) == cli_record
    text = (corpus / "d0" / "000.txt").read_text(encoding="utf-8")
    assert pickle.loads(pickle.dumps(newsparse.extract_text))(text, path=path) == {**cli_record, "encoding": None}
    assert newsparse.extract_path(corpus / "missing.txt")["error"]["type"] == "FileNotFoundError"
