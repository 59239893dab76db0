"""Check that a change left ``newsparse extract --format jsonl`` byte-identical.

Save the records once before changing anything, then compare after every change::

    python benchmarks/same_output.py --save /tmp/newsparse-ref
    python benchmarks/same_output.py --check /tmp/newsparse-ref

Each input folder (the shared dev corpora and fixtures/ by default) is extracted by this
interpreter's ``python -m newsparse`` into ``<REF>/<name>.jsonl``; ``--check`` extracts again
and reports the first differing line of every folder whose records changed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_INPUTS = [
    *(CORPORA / name / "docs" for name in
      ("quotes-dev", "articles-dev", "headers-real-dev", "figures-news-dev", "figures-dev")),
    ROOT / "fixtures",
]


def extract(folder: Path) -> bytes:
    """The JSON Lines records of every article under ``folder``, paths relative to it."""
    command = [sys.executable, "-m", "newsparse", "extract", "--format", "jsonl", "--quiet", "."]
    done = subprocess.run(command, cwd=folder, capture_output=True, check=False, env={**os.environ, "NO_COLOR": "1"})
    if done.returncode not in (0, 1):
        sys.exit(f"{folder}: exit {done.returncode}\n{done.stderr.decode(errors='replace')}")
    return done.stdout


def label(folder: Path) -> str:
    return folder.parent.name if folder.name == "docs" else folder.name


def first_difference(old: bytes, new: bytes) -> str:
    old_lines, new_lines = old.splitlines(), new.splitlines()
    for number, (before, after) in enumerate(zip(old_lines, new_lines, strict=False), start=1):
        if before != after:
            at = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
                      min(len(before), len(after)))
            lo = max(0, at - 80)
            return (f"line {number}, byte {at}:\n  was {before[lo:at + 120].decode(errors='replace')}\n"
                    f"  now {after[lo:at + 120].decode(errors='replace')}")
    return f"{len(old_lines)} lines were, {len(new_lines)} lines now"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", metavar="REF", type=Path, help="write the reference records into REF")
    mode.add_argument("--check", metavar="REF", type=Path, help="compare against the records saved in REF")
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS, help="folders of articles")
    args = parser.parse_args()
    changed = 0
    for folder in args.inputs:
        records = extract(folder)
        name = label(folder)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{name}.jsonl").write_bytes(records)
            print(f"saved   {name}: {len(records.splitlines())} records")
            continue
        reference = (args.check / f"{name}.jsonl").read_bytes()
        if reference == records:
            print(f"same    {name}: {len(records.splitlines())} records")
        else:
            changed += 1
            print(f"CHANGED {name}: {first_difference(reference, records)}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
