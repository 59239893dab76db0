"""--engine dask: the same records as the local engine, on a LocalCluster and from S3 (moto's
server mode). Skipped unless the extra is installed: pip install 'newsparse[dask-test]'."""

from __future__ import annotations

import json
import socket

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")
pytest.importorskip("fsspec")

from distributed import LocalCluster

from newsparse.engines import dask as engine
from newsparse.records import Options
from tests.cli_helpers import ARTICLE, BINARY, OTHER, invoke, jsonl, write

pytestmark = pytest.mark.dask


@pytest.fixture(scope="module")
def scheduler():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def corpus(tmp_path):
    for i in range(150):
        write(tmp_path, f"corpus/d{i % 3}/{i:03d}.txt", (ARTICLE, OTHER)[i % 2].replace("1,200", f"{i + 2},200"))
    write(tmp_path, "corpus/d1/bad.txt", BINARY)
    write(tmp_path, "corpus/d2/.hidden.txt", ARTICLE)
    return tmp_path / "corpus"


def test_two_worker_cluster_gives_the_local_engines_bytes(corpus, tmp_path, scheduler):
    local = invoke("extract", "-f", "jsonl", "--jobs", "1", str(corpus), "missing.txt")
    out = tmp_path / "out.jsonl"
    res = invoke("extract", "--engine", "dask", "--scheduler", scheduler, str(corpus), "missing.txt", "-o", str(out))
    assert res.exit_code == local.exit_code == 1
    assert out.read_text() == local.stdout
    assert res.stderr == local.stderr  # the same error lines and summary


def test_default_local_cluster_writes_stdout(corpus):
    res = invoke("extract", "--engine", "dask", str(corpus / "d0"))
    assert res.exit_code == 0, res.stderr
    assert res.stdout == invoke("extract", "-f", "jsonl", str(corpus / "d0")).stdout


def test_a_folder_output_gets_one_part_per_partition(corpus, tmp_path, scheduler):
    parts = tmp_path / "parts"
    summary = engine.run([str(corpus)], f"{parts}/", Options(), scheduler=scheduler, partition_files=40)
    assert summary == (151, 1)
    names = sorted(p.name for p in parts.iterdir())
    assert names == [f"part-{n:05d}.jsonl" for n in range(4)]
    merged = "".join((parts / n).read_text() for n in names)
    assert merged == invoke("extract", "-f", "jsonl", str(corpus)).stdout


def test_dask_engine_refuses_what_it_cannot_do(corpus):
    assert invoke("extract", "--engine", "dask", "--format", "table", str(corpus)).exit_code == 2
    assert invoke("extract", "--engine", "dask", "--output-dir", "x", str(corpus)).exit_code == 2
    assert invoke("extract", "--engine", "dask", "-", stdin=ARTICLE).exit_code == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """An S3 emulator (moto's server mode) with a bucket of articles; yields its endpoint."""
    moto_server = pytest.importorskip("moto.server")
    pytest.importorskip("s3fs")
    import boto3

    port = _free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="testing",
                          aws_secret_access_key="testing")
    client.create_bucket(Bucket="news")
    for i in range(12):
        client.put_object(Bucket="news", Key=f"2020/{i:02d}.txt", Body=((ARTICLE, OTHER)[i % 2]).encode())
    client.put_object(Bucket="news", Key="2020/zz-image.txt", Body=BINARY)
    client.put_object(Bucket="news", Key="2020/notes.csv", Body=b"a,b\n")
    try:
        yield endpoint
    finally:
        server.stop()


@pytest.fixture
def s3_env(s3, monkeypatch):
    import fsspec.config

    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                       "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(key, value)
    # the filesystem travels to the workers with these options (workers of a real cluster need their own credentials)
    monkeypatch.setitem(fsspec.config.conf, "s3", {"endpoint_url": s3, "key": "testing", "secret": "testing"})
    return s3


def test_s3_folder_through_the_emulator(s3_env, tmp_path, scheduler):
    out = tmp_path / "s3.jsonl"
    res = invoke("extract", "--engine", "dask", "--scheduler", scheduler, "s3://news/2020/", "-o", str(out))
    records = jsonl(out.read_text())
    assert [r["path"] for r in records] == [f"s3://news/2020/{i:02d}.txt" for i in range(12)] + [
        "s3://news/2020/zz-image.txt"]
    assert records[0]["dateline"]["location"] == "ROTTERDAM"
    assert records[-1]["error"]["type"] == "BinaryFileError"
    assert res.exit_code == 1
    assert "newsparse: error: s3://news/2020/zz-image.txt: binary file" in res.stderr


def test_s3_records_equal_local_ones_but_for_the_path(s3_env, tmp_path, scheduler):
    write(tmp_path, "local/00.txt", ARTICLE)
    (local,) = jsonl(invoke("extract", "-f", "jsonl", str(tmp_path / "local/00.txt")).stdout)
    summary = engine.run(["s3://news/2020/00.txt"], str(tmp_path / "one.jsonl"), Options(), scheduler=scheduler)
    assert summary == (1, 0)
    (remote,) = jsonl((tmp_path / "one.jsonl").read_text())
    assert {**remote, "path": None} == {**local, "path": None}


def test_s3_max_bytes_is_checked_before_fetching(s3_env, tmp_path, scheduler):
    summary = engine.run(["s3://news/2020/"], str(tmp_path / "o.jsonl"), Options(max_bytes=50), scheduler=scheduler)
    assert summary.failed == summary.total == 13
    assert {json.loads(line)["error"]["type"] for line in (tmp_path / "o.jsonl").read_text().splitlines()} == {
        "FileTooLargeError"}


def test_missing_bucket_is_an_error_record(s3_env, tmp_path, scheduler):
    res = invoke("extract", "--engine", "dask", "--scheduler", scheduler, "s3://no-such-bucket/x/",
                 "-o", str(tmp_path / "o.jsonl"))
    assert res.exit_code == 1
    (record,) = jsonl((tmp_path / "o.jsonl").read_text())
    assert record["path"] == "s3://no-such-bucket/x/" and "error" in record
