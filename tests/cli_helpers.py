"""Shared pieces of the CLI tests: articles to write, a runner, JSON Lines reading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from newsparse.cli import run

ARTICLE = (
    "# Port workers walk out over pay\n\n"
    "ROTTERDAM, March 3 (Reuters) - About 1,200 dock workers stopped work on Tuesday.\n\n"
    '"We will stay out until the offer improves," union leader Anna de Vries told reporters.\n'
)
OTHER = (
    "Bridge reopens after repairs\n\n"
    "OTTAWA (AP) -- The bridge reopened on Friday after 18 months of repairs costing $45 million.\n\n"
    '"It was worth the wait," Mayor Jim Watson said.\n'
)
#: The bundled fixture articles.
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def write(folder: Path, rel: str, data: str | bytes) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes


def invoke(*args: str, stdin: bytes | str | None = None) -> Run:
    """Run ``newsparse ARGS`` in this process, as the console script does (``cli.run``: exit
    codes, Ctrl-C, closed pipes), with stdin given and stdout and stderr captured apart."""
    with CliRunner().isolation(input=stdin) as (out, err, _):
        code = run(list(args))
        stdout, stderr = out.getvalue(), err.getvalue()
    return Run(code, stdout.decode("utf-8"), stderr.decode("utf-8"), stdout)


def run_cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    """The real command in a child process, with no terminal: stdin empty (or ``stdin``), output
    captured, colour and width settings of the caller's shell removed (``env`` adds some back)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "newsparse", *args], input=b"" if stdin is None else stdin,
                          capture_output=True, env=environment, timeout=timeout, check=False)


def extracted(folder: Path) -> list[dict]:
    """The JSON Lines records the real command prints for ``folder``."""
    return jsonl(run_cli("extract", "--format", "jsonl", str(folder)).stdout.decode("utf-8"))


def jsonl(text: str) -> list[dict]:
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]
