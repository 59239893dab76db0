"""The installed command as users run it: the console script, start-up imports, a terminal with
no input, a closed pipe, a real Ctrl-C."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_helpers import ARTICLE, write

SCRIPT = Path(sys.executable).with_name("newsparse")
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "rhc--markdown-seed.txt"
needs_script = pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed beside python")


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=60, check=True)


@needs_script
def test_console_script_extracts_a_file():
    res = subprocess.run([str(SCRIPT), "extract", str(FIXTURE)], capture_output=True, text=True,
                         stdin=subprocess.DEVNULL, timeout=60)
    assert res.returncode == 0, res.stderr
    record = json.loads(res.stdout)
    assert record["dateline"]["agency"] == "RHC"
    assert res.stderr == ""


@needs_script
def test_console_script_version():
    res = subprocess.run([str(SCRIPT), "--version"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0
    assert res.stdout.startswith("newsparse ") and "schema" in res.stdout


def test_python_dash_m_says_newsparse_in_its_usage():
    res = subprocess.run([sys.executable, "-m", "newsparse", "extract", "--no-such-flag"], capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 2
    assert "Usage: newsparse extract" in res.stderr


HEAVY = ("click", "rich", "dateutil")


def _heavy_imports_after(call: str) -> list[str]:
    out = python(
        "import sys\n"
        "from newsparse.cli import main, run\n"
        f"try:\n    {call}\nexcept SystemExit:\n    pass\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})), file=sys.stderr)\n"
    )
    return json.loads(out.stderr.strip().splitlines()[-1].replace("'", '"'))


def test_version_imports_neither_click_nor_rich_nor_dateutil():
    assert _heavy_imports_after("main(['--version'])") == []


def test_version_imports_no_regular_expressions():
    """Nor enum: together 5 ms, a third of ``newsparse --version`` (run without site, whose .pth files may import
    them; pip 25 and later writes a console script that does not)."""
    import newsparse

    package_root = str(Path(newsparse.__file__).resolve().parent.parent)
    code = (f"import sys; sys.path.insert(0, {package_root!r}); from newsparse.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print(sorted({'re', 'enum', 'typing'} & set(sys.modules)), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.startswith("newsparse ")
    assert out.stderr.strip() == "[]"


def test_extract_one_file_imports_no_click():
    """``newsparse extract FILE``, as shell loops call it once per file, skips click (~20 ms of ~50)."""
    assert _heavy_imports_after(f"run(['extract', {str(FIXTURE)!r}])") == []


def test_extract_with_an_option_goes_through_click():
    assert _heavy_imports_after(f"run(['extract', '-q', {str(FIXTURE)!r}])") == ["click"]


def test_jsonl_extract_does_not_import_rich():
    assert "rich" not in _heavy_imports_after(f"run(['extract', '-f', 'jsonl', {str(FIXTURE)!r}])")


def test_jsonl_extract_does_not_import_csv():
    out = python("import sys\nfrom newsparse.cli import run\n"
                 f"run(['extract', '-f', 'jsonl', '-o', '/dev/null', {str(FIXTURE)!r}])\n"
                 "print('csv' in sys.modules)")
    assert out.stdout.strip() == "False"


def test_library_import_is_cheap():
    out = python("import sys, newsparse\nprint(sorted(m for m in sys.modules if m.startswith(('click', 'rich', "
                 "'dateutil', 'regex', 'newsparse.extract'))))")
    assert out.stdout.strip() == "[]"


def test_no_path_on_a_terminal_prints_usage_and_exits_2():
    controller, terminal = pty.openpty()
    try:
        res = subprocess.run([sys.executable, "-m", "newsparse", "extract"], stdin=terminal, capture_output=True,
                             text=True, timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    assert res.returncode == 2
    assert res.stdout == ""
    assert res.stderr.startswith("Usage: newsparse extract")


def test_closed_pipe_ends_quietly(tmp_path):
    for i in range(400):
        write(tmp_path, f"many/{i:04d}.txt", ARTICLE)
    proc = subprocess.Popen([sys.executable, "-m", "newsparse", "extract", "-f", "jsonl", str(tmp_path / "many")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.communicate(timeout=60)[1].decode()
    assert json.loads(first)["path"].endswith("0000.txt")
    assert proc.returncode in (0, 1, -signal.SIGPIPE, 128 + signal.SIGPIPE)
    assert "Traceback" not in err and "BrokenPipeError" not in err and "Exception ignored" not in err


def _ctrl_c_heard() -> None:
    """Ctrl-C's default action in the child: a shell runs a background job (``pytest &``) with SIGINT ignored, and a
    process that inherits that disposition rightly keeps it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigint_mid_batch_exits_130_with_whole_lines(tmp_path, jobs):
    for i in range(3000):
        write(tmp_path, f"many/{i % 10}/{i:04d}.txt", ARTICLE)
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "newsparse", "extract", "-f", "jsonl", "-j", jobs,
                                 str(tmp_path / "many")], stdout=fh, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=_ctrl_c_heard)
        deadline = time.monotonic() + 30
        while out.stat().st_size == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGINT)
        try:
            err = proc.communicate(timeout=15)[1].decode()
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
        rc = proc.returncode
    assert rc == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    text = out.read_text()
    assert text.endswith("\n")
    assert all(json.loads(line)["path"] for line in text.splitlines())
