"""Where records are written: -o FILE (atomic), --output-dir (mirrored names, no escapes, no
overwriting inputs, temp files cleaned), and the closed-pipe case."""

from __future__ import annotations

import json
import os

import pytest

from newsparse.cli import atomic, batch
from newsparse.cli.inputs import safe_relative
from tests.cli_helpers import ARTICLE, BINARY, OTHER, invoke, jsonl, write


def tree(folder) -> dict[str, bytes]:
    return {os.path.relpath(os.path.join(d, f), folder): open(os.path.join(d, f), "rb").read()
            for d, _, files in os.walk(folder) for f in files}


@pytest.fixture
def work(tmp_path, monkeypatch):
    """cwd = tmp/work holding in/a.txt, in/sub/b.md; tmp/x.txt and tmp/abs/c.txt outside it."""
    write(tmp_path, "work/in/a.txt", ARTICLE)
    write(tmp_path, "work/in/sub/b.md", OTHER)
    write(tmp_path, "x.txt", OTHER)
    write(tmp_path, "abs/c.txt", ARTICLE)
    monkeypatch.chdir(tmp_path / "work")
    return tmp_path


@pytest.mark.parametrize(("given", "named"), [
    ("in/a.txt", "in/a.txt"),
    ("./in/./a.txt", "in/a.txt"),
    ("../x.txt", "x.txt"),
    ("in/../../x.txt", "x.txt"),
    ("/srv/news/c.txt", "srv/news/c.txt"),
    ("..", "stdin"),
], ids=["relative-kept", "dots-folded", "parent-dropped", "climbing-dropped", "absolute-made-relative",
        "nothing-left"])
def test_output_names_never_leave_the_folder(given, named):
    assert safe_relative(given) == named


def test_output_dir_mirrors_inputs_and_writes_nothing_outside(work):
    before = tree(work)
    res = invoke("extract", "--output-dir", "out", "in", "../x.txt", str(work / "abs" / "c.txt"))
    assert res.exit_code == 0, res.stderr
    assert res.stdout == ""
    written = tree(work / "work" / "out")
    assert sorted(written) == sorted(["in/a.txt.json", "in/sub/b.md.json", "x.txt.json",
                                      os.path.join(str(work).lstrip("/"), "abs", "c.txt.json")])
    assert json.loads(written["x.txt.json"])["path"] == "../x.txt"
    after = {k: v for k, v in tree(work).items() if not k.startswith("work/out/")}
    assert after == before


def test_output_dir_default_format_is_indented_json_and_jsonl_is_kept(work):
    invoke("extract", "--output-dir", "out", "in/a.txt")
    assert (work / "work/out/in/a.txt.json").read_text().startswith('{\n  "schema_version"')
    invoke("extract", "--format", "jsonl", "--output-dir", "out2", "in/a.txt")
    assert (work / "work/out2/in/a.txt.json").read_text().count("\n") == 1


def test_output_dir_writes_error_records_too(work):
    write(work, "work/in/z.txt", BINARY)
    res = invoke("extract", "--output-dir", "out", "in")
    assert res.exit_code == 1
    assert json.loads((work / "work/out/in/z.txt.json").read_text())["error"]["type"] == "BinaryFileError"


def test_two_inputs_with_the_same_output_name_both_get_a_file(work):
    write(work, "work/x.txt", ARTICLE)
    invoke("extract", "--output-dir", "out", "x.txt", "../x.txt")
    paths = {json.loads((work / "work/out" / n).read_text())["path"] for n in ("x.txt.json", "x.txt.2.json")}
    assert paths == {"x.txt", "../x.txt"}


def test_output_dir_never_writes_over_an_input(work):
    victim = write(work, "work/in2/a.txt.json", OTHER)  # the natural target of in2/a.txt
    write(work, "work/in2/a.txt", ARTICLE)
    res = invoke("extract", "--output-dir", ".", "in2/a.txt", "in2/a.txt.json")
    assert victim.read_text() == OTHER
    assert res.exit_code == 1
    assert "refusing to overwrite the input file" in res.stderr


@pytest.mark.parametrize("out", ["in", "in/sub", "."], ids=["same-folder", "inside-input", "around-input"])
def test_output_dir_overlapping_an_input_folder_is_refused(work, out):
    before = tree(work)
    res = invoke("extract", "--output-dir", out, "in")
    assert res.exit_code == 2
    assert "overlaps the input folder" in res.stderr
    assert tree(work) == before


def test_output_dir_does_not_follow_a_symlink_out_of_the_folder(work):
    outside = work / "elsewhere"
    outside.mkdir()
    (work / "work/out").mkdir()
    os.symlink(outside, work / "work/out/in")
    res = invoke("extract", "--output-dir", "out", "in/a.txt")
    assert res.exit_code == 1
    assert "resolves outside the output folder" in res.stderr
    assert list(outside.iterdir()) == []


def test_output_dir_with_stdin_needs_a_name(work):
    assert invoke("extract", "--output-dir", "out", "-", stdin=ARTICLE).exit_code == 2
    res = invoke("extract", "--output-dir", "out", "--stdin-name", "wire/s.txt", "-", stdin=ARTICLE)
    assert res.exit_code == 0
    assert json.loads((work / "work/out/wire/s.txt.json").read_text())["path"] == "wire/s.txt"


def test_stale_temp_files_are_removed_on_the_next_run(work):
    stale = write(work, "work/out/in/.newsparse-killed.tmp", '{"half":')
    invoke("extract", "--output-dir", "out", "in")
    assert not stale.exists()


def test_output_file_holds_exactly_what_stdout_would(work):
    res = invoke("extract", "-f", "jsonl", "-o", "records.jsonl", "in")
    assert res.stdout == ""
    assert (work / "work/records.jsonl").read_text() == invoke("extract", "-f", "jsonl", "in").stdout


def test_output_file_is_untouched_when_the_run_is_interrupted(work, monkeypatch):
    target = write(work, "work/records.jsonl", "old\n")
    calls = []

    def parse_then_interrupt(path, options, display):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return batch.error_record(display, "X", "y")

    monkeypatch.setattr(batch, "record_for_path", parse_then_interrupt)
    res = invoke("extract", "-f", "jsonl", "-o", "records.jsonl", "in")
    assert res.exit_code == 130
    assert target.read_text() == "old\n"
    assert [n for n in os.listdir(work / "work") if n.startswith(atomic.TEMP_PREFIX)] == []


def test_output_file_refuses_a_named_input(work):
    res = invoke("extract", "-o", "in/a.txt", "in/a.txt")
    assert res.exit_code == 2
    assert (work / "work/in/a.txt").read_text() == ARTICLE


def test_output_file_refuses_an_input_found_under_a_folder(work):
    res = invoke("extract", "--include", "*", "-o", "in/sub/b.md", "in")
    assert res.exit_code == 1
    assert "refusing to overwrite the input file" in res.stderr
    assert (work / "work/in/sub/b.md").read_text() == OTHER


def test_atomic_writer_leaves_the_target_as_it_was_on_error(tmp_path):
    target = write(tmp_path, "t.json", "old")
    with pytest.raises(RuntimeError), atomic.atomic_writer(str(target)) as fh:
        fh.write('{"partial": ')
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["t.json"]


def test_output_file_writes_through_a_symlink(work):
    target = write(work, "shared/records.jsonl", "old\n")
    os.symlink(target, work / "work/link.jsonl")
    assert invoke("extract", "-f", "jsonl", "-o", "link.jsonl", "in/a.txt").exit_code == 0
    assert os.path.islink(work / "work/link.jsonl")
    assert jsonl(target.read_text())[0]["path"] == "in/a.txt"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_output_file_that_is_a_pipe_is_written_to_not_replaced(work):
    import stat
    import threading

    pipe = work / "work/out.pipe"
    os.mkfifo(pipe)
    got: list[str] = []

    def read_pipe() -> None:
        with open(pipe, encoding="utf-8") as fh:
            got.append(fh.read())

    reader = threading.Thread(target=read_pipe)
    reader.start()
    assert invoke("extract", "-f", "jsonl", "-o", "out.pipe", "in/a.txt").exit_code == 0
    reader.join(10)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert jsonl(got[0])[0]["path"] == "in/a.txt"


def test_output_file_mode_follows_the_umask(work):
    old = os.umask(0o022)
    try:
        assert invoke("extract", "-f", "jsonl", "-o", "records.jsonl", "in/a.txt").exit_code == 0
    finally:
        os.umask(old)
    assert os.stat(work / "work/records.jsonl").st_mode & 0o777 == 0o644


def test_output_file_in_a_missing_folder_is_a_usage_error(work):
    res = invoke("extract", "-o", "nowhere/records.jsonl", "in/a.txt")
    assert res.exit_code == 2
    assert "no folder" in res.stderr and "Traceback" not in res.stderr


def test_output_file_is_coloured_only_when_asked(work):
    invoke("extract", "-f", "table", "-o", "plain.txt", "in/a.txt")
    invoke("extract", "-f", "table", "--color", "always", "-o", "coloured.txt", "in/a.txt")
    assert "\x1b[" not in (work / "work/plain.txt").read_text()
    assert "\x1b[" in (work / "work/coloured.txt").read_text()


def test_dash_output_is_stdout(work):
    assert jsonl(invoke("extract", "-f", "jsonl", "-o", "-", "in/a.txt").stdout)[0]["path"] == "in/a.txt"


def test_output_to_dev_stdout_appends_to_what_stdout_is(work):
    log = work / "work/log.jsonl"
    log.write_text("OLD\n")
    with open(log, "ab") as appended:
        import subprocess
        import sys

        subprocess.run([sys.executable, "-m", "newsparse", "extract", "-f", "jsonl", "-o", "/dev/stdout", "in/a.txt"],
                       stdout=appended, stderr=subprocess.DEVNULL, check=True, timeout=60)
    lines = log.read_text().splitlines()
    assert lines[0] == "OLD" and json.loads(lines[1])["path"] == "in/a.txt"


def test_output_to_dev_stdout_that_is_a_pipe_is_written(work):
    from tests.cli_helpers import run_cli

    done = run_cli("extract", "-f", "jsonl", "-o", "/dev/stdout", "in/a.txt")
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert jsonl(done.stdout.decode("utf-8"))[0]["path"] == "in/a.txt"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_disk_is_one_line_of_error(work):
    import subprocess
    import sys

    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "newsparse", "extract", "in/"], stdout=full,
                              stderr=subprocess.PIPE, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr.decode().strip().splitlines() == ["newsparse: error: cannot write the output: No space left on "
                                                         "device"]


def test_closed_stdout_is_an_error_unless_the_records_go_to_a_file(work):
    import subprocess
    import sys

    command = [sys.executable, "-m", "newsparse", "extract"]
    closed = {"stderr": subprocess.PIPE, "timeout": 60, "check": False, "preexec_fn": lambda: os.close(1)}
    done = subprocess.run([*command, "in/a.txt"], **closed)
    assert done.returncode == 1 and b"standard output is closed" in done.stderr
    done = subprocess.run([*command, "-o", "out.json", "in/a.txt"], **closed)
    assert done.returncode == 0 and json.loads((work / "work/out.json").read_text())["path"] == "in/a.txt"


def test_an_idle_worker_leaves_when_the_main_process_is_gone():
    import multiprocessing
    import signal
    import time

    _ours, theirs = multiprocessing.Pipe()
    handler = signal.getsignal(signal.SIGINT)
    started = time.perf_counter()
    try:
        batch._serve(theirs, batch.BATCH_OPTIONS, None, parent=os.getpid() + 1_000_000)  # a parent not ours
    finally:
        signal.signal(signal.SIGINT, handler)  # (a worker ignores Ctrl-C)
    assert time.perf_counter() - started < 3


@pytest.mark.parametrize("value", ["inf", "nan", "-1"])
def test_a_timeout_that_is_no_number_of_seconds_is_a_usage_error(work, value):
    res = invoke("extract", "--timeout", value, "in/a.txt")
    assert res.exit_code == 2 and "Traceback" not in res.stderr


def test_output_file_ending_in_a_slash_is_a_usage_error(work):
    res = invoke("extract", "-o", "outdir/", "in/a.txt")
    assert res.exit_code == 2 and "--output-dir" in res.stderr
    assert not (work / "work/outdir").exists()


def test_sigterm_leaves_no_temp_file_behind(work):
    import signal
    import subprocess
    import sys
    import time

    child = subprocess.Popen([sys.executable, "-m", "newsparse", "extract", "-o", "out.json", "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # (it waits on the open stdin, the temp file made)
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=30) == 128 + signal.SIGTERM
    child.stdin.close()
    assert not [name for name in os.listdir(work / "work") if name.startswith(".newsparse-") or name == "out.json"]
