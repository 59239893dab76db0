"""Refresh the command captures in README.md and docs/*.md.

    python -m tests.regen_captures            # every ```console block of README.md and docs/*.md
    python -m tests.regen_captures --check    # exit 1 when a capture is out of date

A capture is a fenced ``console`` block whose first line is ``$ COMMAND``; the command is run
with bash in the repository root (``newsparse`` from this interpreter's environment, no colour,
80 columns unless the command says ``--width``) and the rest of the block is replaced by what it
printed. Review the diff before committing, as for golden files.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ```console\n$ newsparse show ...\n<output>\n```
CAPTURE = re.compile(r"(```console\n\$ (?P<command>[^\n]+)\n)(?P<output>.*?)(```)", re.S)


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def run(command: str) -> str:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "TERM": "dumb",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{command!r} exited {done.returncode}: {done.stderr.strip()[-300:]}")
    return done.stdout


def refresh(text: str) -> str:
    def replace(m: re.Match[str]) -> str:
        output = run(m.group("command"))
        return m.group(1) + output + ("" if output.endswith("\n") or not output else "\n") + "```"

    return CAPTURE.sub(replace, text)


def main(argv: list[str]) -> int:
    stale = []
    for doc in documents():
        old = doc.read_text(encoding="utf-8")
        new = refresh(old)
        if new != old:
            stale.append(doc.relative_to(ROOT))
            if "--check" not in argv:
                doc.write_text(new, encoding="utf-8")
    for name in stale:
        print(f"{'stale' if '--check' in argv else 'refreshed'}: {name}")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
