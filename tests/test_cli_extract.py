"""`newsparse extract`: formats, stdin, folders with failing files, exit codes, Ctrl-C, usage errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsparse.cli import batch, local
from tests.cli_helpers import ARTICLE, BINARY, OTHER, invoke, jsonl, write


@pytest.fixture
def corpus(tmp_path):
    write(tmp_path, "corpus/a.txt", ARTICLE)
    write(tmp_path, "corpus/b.md", OTHER)
    write(tmp_path, "corpus/sub/c.txt", ARTICLE)
    write(tmp_path, "corpus/notes.json", "{}")
    write(tmp_path, "corpus/.hidden.txt", ARTICLE)
    return tmp_path / "corpus"


def test_jsonl_is_one_compact_record_a_line_in_sorted_order(corpus):
    res = invoke("extract", "--format", "jsonl", str(corpus))
    assert res.exit_code == 0, res.stderr
    records = jsonl(res.stdout)
    assert [r["path"] for r in records] == [str(corpus / "a.txt"), str(corpus / "b.md"), str(corpus / "sub/c.txt")]
    assert all(r["schema_version"] and "error" not in r for r in records)
    assert records[0]["quotes"][0]["text"].startswith("We will stay out")
    assert res.stderr == ""


def test_piped_output_defaults_to_jsonl(corpus):
    one = str(corpus / "a.txt")
    assert invoke("extract", one).stdout == invoke("extract", "-f", "jsonl", one).stdout


def test_json_is_a_stream_of_indented_objects(corpus):
    res = invoke("extract", "--format", "json", str(corpus / "a.txt"), str(corpus / "b.md"))
    decoder, text, found = json.JSONDecoder(), res.stdout, []
    pos = 0
    while pos < len(text.rstrip()):
        obj, pos = decoder.raw_decode(text, pos)
        found.append(obj["path"])
        pos += 1
    assert found == [str(corpus / "a.txt"), str(corpus / "b.md")]
    assert '\n  "path"' in text


@pytest.mark.parametrize("files", [0, 1, 3], ids=["no-record", "one-record", "three-records"])
def test_array_is_one_valid_json_document(corpus, tmp_path, files):
    write(tmp_path, "empty-dir/x.csv", "a,b")
    paths = [str(corpus / n) for n in ("a.txt", "b.md", "sub/c.txt")][:files] or [str(tmp_path / "empty-dir")]
    res = invoke("extract", "--format", "json", "--array", *paths)
    records = json.loads(res.stdout)
    assert isinstance(records, list)
    assert len(records) == max(files, 1)


def test_table_shows_a_panel_per_article_without_colour(corpus):
    res = invoke("extract", "--format", "table", "--color", "never", str(corpus / "a.txt"))
    assert res.exit_code == 0
    assert "Port workers walk out over pay" in res.stdout
    assert "\x1b[" not in res.stdout


def test_table_shows_article_text_as_written_never_as_markup(tmp_path):
    story = tmp_path / "markup.txt"
    story.write_text('Title [bold]here[/bold]\n\nPARIS (AFP) - Critics called it "a [red] flag" on Monday.\n',
                     encoding="utf-8")
    res = invoke("extract", "--format", "table", "--color", "never", str(story))
    assert "Title [bold]here[/bold]" in res.stdout
    assert "a [red] flag" in res.stdout and "[partial]" in res.stdout


@pytest.mark.parametrize("args", [["-"], []], ids=["dash", "no-path"])
def test_stdin_is_read_and_reported_as_dash(args):
    res = invoke("extract", "--format", "jsonl", *args, stdin=ARTICLE.encode())
    (record,) = jsonl(res.stdout)
    assert record["path"] == "-"
    assert record["dateline"]["location"] == "ROTTERDAM"


def test_stdin_name_names_the_record():
    (record,) = jsonl(invoke("extract", "--stdin-name", "wire/story.txt", "-", stdin=OTHER).stdout)
    assert record["path"] == "wire/story.txt"


def test_stdin_twice_is_a_usage_error():
    res = invoke("extract", "-", "-", stdin=ARTICLE)
    assert res.exit_code == 2
    assert res.stdout == ""


def test_folder_with_a_failing_file_gives_one_record_per_file_and_exit_1(corpus):
    write(corpus, "z-binary.txt", BINARY)
    res = invoke("extract", "-f", "jsonl", str(corpus))
    assert res.exit_code == 1
    records = jsonl(res.stdout)
    # each folder's files in name order, then its sub-folders
    assert [r["path"].rsplit("/", 1)[-1] for r in records] == ["a.txt", "b.md", "z-binary.txt", "c.txt"]
    assert [r["error"]["type"] for r in records if "error" in r] == ["BinaryFileError"]
    lines = res.stderr.splitlines()
    assert lines[0].startswith(f"newsparse: error: {corpus / 'z-binary.txt'}: binary file")
    assert lines[-1] == "newsparse: 1 of 4 inputs failed"
    assert "Traceback" not in res.stderr


def test_missing_file_is_an_error_record_and_the_batch_goes_on(corpus):
    res = invoke("extract", "-f", "jsonl", "no/such.txt", str(corpus / "a.txt"))
    assert res.exit_code == 1
    missing, found = jsonl(res.stdout)
    assert missing == {"schema_version": missing["schema_version"], "path": "no/such.txt",
                       "error": {"type": "FileNotFoundError", "message": "No such file or directory"}}
    assert "error" not in found


def test_a_named_file_is_read_whatever_its_extension(corpus):
    (record,) = jsonl(invoke("extract", "-f", "jsonl", str(corpus / "notes.json")).stdout)
    assert record["path"].endswith("notes.json") and "error" not in record


def test_include_exclude_and_hidden_select_files_under_folders(corpus):
    def names(*args):
        found = jsonl(invoke("extract", "-f", "jsonl", *args, str(corpus)).stdout)
        return [r["path"].rsplit("/", 1)[-1] for r in found]

    assert names("--include", "*.md") == ["b.md"]
    assert names("--exclude", "sub/*") == ["a.txt", "b.md"]
    assert names("--hidden") == [".hidden.txt", "a.txt", "b.md", "c.txt"]


def test_folder_without_matching_files_is_an_error(tmp_path):
    write(tmp_path, "in/data.csv", "a,b")
    res = invoke("extract", "-f", "jsonl", str(tmp_path / "in"))
    assert res.exit_code == 1
    assert jsonl(res.stdout)[0]["error"]["type"] == "NoInputFiles"


def test_max_bytes_turns_a_large_file_into_an_error_record(corpus):
    res = invoke("extract", "-f", "jsonl", "--max-bytes", "100", str(corpus / "a.txt"))
    assert res.exit_code == 1
    assert jsonl(res.stdout)[0]["error"]["type"] == "FileTooLargeError"


def test_timeout_turns_a_runaway_file_into_an_error_record(corpus, monkeypatch):
    import time

    def slow(*args, **kwargs):
        time.sleep(5)

    monkeypatch.setattr("newsparse.extract.build_article", slow)
    res = invoke("extract", "-f", "jsonl", "--timeout", "0.2", str(corpus / "a.txt"))
    assert res.exit_code == 1
    assert jsonl(res.stdout)[0]["error"]["type"] == "TimeBudgetError"


def test_bad_option_is_usage_exit_2_with_nothing_on_stdout():
    res = invoke("extract", "--no-such-flag")
    assert res.exit_code == 2
    assert res.stdout == ""
    assert "No such option" in res.stderr


def test_scheduler_without_dask_engine_is_a_usage_error(corpus):
    assert invoke("extract", "--scheduler", "tcp://x:8786", str(corpus)).exit_code == 2


def test_ctrl_c_exits_130_without_traceback(corpus, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "record_for_path", interrupted)
    res = invoke("extract", "-f", "jsonl", str(corpus))
    assert res.exit_code == 130
    assert res.stderr.strip() == "newsparse: interrupted"  # after the blank line that ends the ^C echo


def test_ctrl_c_while_the_modules_load_exits_130_without_traceback(corpus, monkeypatch):
    """A Ctrl-C right after Enter lands in the imports of the command's modules."""
    import builtins

    load = builtins.__import__

    def interrupted(name, *args, **kwargs):
        if name == "signal":
            raise KeyboardInterrupt
        return load(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted)
    res = invoke("extract", str(corpus / "a.txt"))
    assert (res.exit_code, res.stdout, res.stderr) == (130, "", "newsparse: interrupted\n")


def test_verbose_prints_one_line_per_file_and_vv_a_traceback(corpus, monkeypatch):
    res = invoke("extract", "-f", "jsonl", "-v", str(corpus / "a.txt"))
    assert res.stderr.startswith(f"newsparse: ok: {corpus / 'a.txt'}: 1 quote, 1 figure")

    def broken(*args, **kwargs):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("newsparse.extract.build_article", broken)
    quiet = invoke("extract", "-f", "jsonl", str(corpus / "a.txt"))
    loud = invoke("extract", "-f", "jsonl", "-vv", str(corpus / "a.txt"))
    assert "Traceback" not in quiet.stderr and "extractor bug" in quiet.stderr
    assert "Traceback (most recent call last)" in loud.stderr
    assert "traceback" in jsonl(loud.stdout)[0]["error"]


def test_quiet_keeps_errors_but_drops_the_summary(corpus):
    res = invoke("extract", "-f", "jsonl", "-q", "missing.txt")
    assert res.exit_code == 1
    assert res.stderr.splitlines() == ["newsparse: error: missing.txt: No such file or directory"]


def test_use_color_honours_no_color_and_force_color(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert local.use_color("auto", Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not local.use_color("auto", Tty())
    assert local.use_color("always", Tty())
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert local.use_color("auto", object.__new__(type("Pipe", (), {"isatty": lambda self: False})))


def test_dask_engine_without_the_extra_says_how_to_install_it(corpus, monkeypatch):
    import sys

    import newsparse.engines

    monkeypatch.setitem(sys.modules, "newsparse.engines.dask", None)  # as if dask were not installed
    monkeypatch.delattr(newsparse.engines, "dask", raising=False)
    res = invoke("extract", "--engine", "dask", str(corpus))
    assert res.exit_code == 2  # (a usage problem, not a failed input)
    assert "pip install 'newsparse[dask]'" in res.stderr
    assert "Traceback" not in res.stderr


def test_dot_folders_are_skipped_unless_named_or_hidden(tmp_path):
    write(tmp_path, "in/.git/story.txt", ARTICLE)
    write(tmp_path, "in/a.txt", ARTICLE)

    def paths(*args):
        return [r["path"] for r in jsonl(invoke("extract", "-f", "jsonl", *args).stdout)]

    assert paths(str(tmp_path / "in")) == [str(tmp_path / "in/a.txt")]
    assert paths("--hidden", str(tmp_path / "in")) == [str(tmp_path / "in/a.txt"), str(tmp_path / "in/.git/story.txt")]
    assert paths(str(tmp_path / "in/.git")) == [str(tmp_path / "in/.git/story.txt")]


def test_file_symlinks_are_read_under_their_own_name_and_folder_symlinks_not_followed(tmp_path):
    import os

    target = write(tmp_path, "elsewhere/target.txt", OTHER)
    write(tmp_path, "in/a.txt", ARTICLE)
    os.symlink(target, tmp_path / "in/link.txt")
    os.symlink(tmp_path / "elsewhere", tmp_path / "in/linked-folder")
    os.symlink(tmp_path / "in", tmp_path / "in/loop")
    records = jsonl(invoke("extract", "-f", "jsonl", str(tmp_path / "in")).stdout)
    assert [r["path"] for r in records] == [str(tmp_path / "in/a.txt"), str(tmp_path / "in/link.txt")]
    assert records[1]["dateline"]["location"] == "OTTAWA"


def test_a_broken_symlink_is_an_error_record(tmp_path):
    import os

    write(tmp_path, "in/a.txt", ARTICLE)
    os.symlink(tmp_path / "gone.txt", tmp_path / "in/broken.txt")
    res = invoke("extract", "-f", "jsonl", str(tmp_path / "in"))
    assert res.exit_code == 1
    assert jsonl(res.stdout)[1]["error"]["type"] == "FileNotFoundError"


def test_an_unreadable_file_is_an_error_record_and_the_batch_goes_on(corpus, monkeypatch):
    """What chmod 000 does for a normal user (root reads anything, so the refusal is simulated)."""
    import errno

    import newsparse.records

    read = newsparse.records.read_limited

    def refuse_b(path, max_bytes):
        if path.endswith("b.md"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return read(path, max_bytes)

    monkeypatch.setattr(newsparse.records, "read_limited", refuse_b)
    res = invoke("extract", "-f", "jsonl", str(corpus))
    records = jsonl(res.stdout)
    assert res.exit_code == 1
    assert [r.get("error", {}).get("type") for r in records] == [None, "PermissionError", None]
    assert f"newsparse: error: {corpus / 'b.md'}: Permission denied" in res.stderr


def test_no_color_is_color_never(corpus):
    coloured = invoke("extract", "--color", "always", "-f", "table", str(corpus))
    plain = invoke("extract", "--color", "always", "--no-color", "-f", "table", str(corpus))
    assert "\x1b[" in coloured.stdout and "\x1b[" not in plain.stdout


def test_array_applies_to_json_only(corpus):
    assert invoke("extract", "--array", "-f", "csv", str(corpus)).exit_code == 2
    assert invoke("extract", "--array", "-f", "jsonl", str(corpus)).exit_code == 2
    assert invoke("extract", "--array", str(corpus)).stdout.startswith("[")


def test_show_of_a_folder_is_a_usage_error(corpus):
    assert invoke("show", str(corpus)).exit_code == 2


def test_a_url_without_the_dask_engine_says_which_engine_reads_it():
    res = invoke("extract", "s3://bucket/news/a.txt")
    assert res.exit_code == 2 and "--engine dask" in res.stderr


def test_a_failed_file_whose_name_holds_a_newline_is_reported_on_one_line(tmp_path):
    bad = tmp_path / "bad\nname.txt"
    bad.write_bytes(b"\x00\x01binary")
    res = invoke("extract", str(bad))
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if line.startswith("newsparse: error:")]
    assert len(errors) == 1 and "bad\\nname.txt" in errors[0]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_a_fifo_inside_a_folder_is_an_error_record_not_a_hang(tmp_path):
    import os

    write(tmp_path, "in/a.txt", ARTICLE)
    os.mkfifo(tmp_path / "in/b.txt")
    res = invoke("extract", "-f", "jsonl", str(tmp_path / "in"))
    assert res.exit_code == 1
    assert [(r["path"].rsplit("/", 1)[1], (r.get("error") or {}).get("type")) for r in jsonl(res.stdout)] == [
        ("a.txt", None), ("b.txt", "NotRegularFileError")]


def test_globs_ignore_letter_case_and_an_excluded_folder_is_not_entered(tmp_path):
    write(tmp_path, "in/A.TXT", ARTICLE)
    write(tmp_path, "in/drafts/b.txt", OTHER)
    res = invoke("extract", "-f", "jsonl", "--exclude", "drafts", str(tmp_path / "in"))
    assert [r["path"].rsplit("/", 1)[1] for r in jsonl(res.stdout)] == ["A.TXT"]


def _through_click(*args: str) -> tuple[int, str, str]:
    """``newsparse ARGS`` parsed by click even where ``cli.run`` would not import it."""
    from newsparse.cli import _run_click

    with CliRunner().isolation() as (out, err, _):
        code = _run_click(list(args))
        return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


@pytest.mark.parametrize("content", [ARTICLE, OTHER, "", BINARY, "Caf\xe9 owners said prices rose.\n".encode("latin-1"),
                                     b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "x" * 70_000],
                         ids=["article", "other", "empty", "binary", "latin-1", "utf-8-bom", "one-long-line"])
def test_extract_file_alone_writes_what_click_writes(tmp_path, content):
    """``extract FILE`` skips click (``local.plain_extract``) and must not differ from click's run in any byte."""
    path = str(write(tmp_path, "in.txt", content))
    with CliRunner().isolation():
        assert local.plain_extract(["extract", path])
    res = invoke("extract", path)
    assert (res.exit_code, res.stdout, res.stderr) == _through_click("extract", path)


def test_extract_file_alone_reports_a_failure_as_click_does(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("newsparse.extract.build_article", broken)
    path = str(write(tmp_path, "in.txt", ARTICLE))
    res = invoke("extract", path)
    assert res.exit_code == 1
    assert res.stderr == f"newsparse: error: {path}: extractor bug\nnewsparse: 1 of 1 inputs failed\n"
    assert (res.exit_code, res.stdout, res.stderr) == _through_click("extract", path)


def test_extract_file_alone_runs_with_clicks_defaults():
    """What ``local.extract_file`` runs with is what click parses ``extract FILE`` to."""
    from newsparse.cli.app import cli
    from newsparse.cli.options import READ_FLAGS, read_options
    from newsparse.records import Options

    params = cli.commands["extract"].make_context("extract", ["a.txt"]).params
    assert read_options({flag: params[flag] for flag in READ_FLAGS}, params["verbose"]) == Options()
    assert {flag: params[flag] for flag in ("include", "exclude", "hidden", "stdin_name")} == {
        "include": (), "exclude": (), "hidden": False, "stdin_name": None}
    assert {key: value for key, value in params.items() if key not in READ_FLAGS} == {
        "paths": ("a.txt",), "fmt": None, "rows": None, "array": False, "output": None, "output_dir": None,
        "jobs": 1, "engine": "local", "scheduler": None, "color": "auto", "no_color": False, "quiet": False,
        "verbose": 0}


@pytest.mark.parametrize("args", [["extract"], ["extract", "-"], ["extract", "-q", "FILE"], ["extract", "FILE", "FILE"],
                                  ["extract", "FOLDER"], ["extract", "missing.txt"], ["show", "FILE"],
                                  ["extract", "s3://bucket/FILE"]],
                         ids=["no-path", "stdin", "option", "two-files", "folder", "missing", "show", "url"])
def test_only_extract_and_one_file_skips_click(tmp_path, args):
    path = str(write(tmp_path, "in.txt", ARTICLE))
    args = [arg.replace("FILE", path).replace("FOLDER", str(tmp_path)) for arg in args]
    with CliRunner().isolation():
        assert not local.plain_extract(args)


def test_extract_file_alone_on_a_terminal_goes_through_click(tmp_path, monkeypatch):
    """On a terminal the default format is the table, which click's run draws."""
    path = str(write(tmp_path, "in.txt", ARTICLE))
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert not local.plain_extract(["extract", path])
