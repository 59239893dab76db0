"""Perturbed copies of articles, to check that a speed change leaves output identical beyond the corpora.

    python benchmarks/perturb.py /tmp/perturbed                  # the dev corpora and fixtures/
    python benchmarks/same_output.py --save /tmp/ref /tmp/perturbed/docs      # before the change
    python benchmarks/same_output.py --check /tmp/ref /tmp/perturbed/docs     # after it

Each article is written again twelve ways that reach code the originals seldom do: CRLF line ends,
straight or curly quotation marks, single marks for double, guillemets, one paragraph a line, all
on one line, upper and lower case, hard-wrapped lines, every digit a 7, and cut at a random point
(an open quotation, a half sentence).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_INPUTS = [
    *(CORPORA / name / "docs" for name in
      ("quotes-dev", "articles-dev", "headers-real-dev", "figures-news-dev", "figures-dev")),
    ROOT / "fixtures",
]
# An opening straight mark: '"We' (at the start of a line or after a space or bracket).
OPENING_STRAIGHT = re.compile(r'(^|[\s(])"', re.MULTILINE)
# White space around a line break: " \n  ".
LINE_BREAK = re.compile(r"\s*\n\s*")
# A blank line: "\n\n".
BLANK_LINE = re.compile(r"\n\s*\n")
# Sixty to seventy characters and the space after them: where a hard-wrapped copy breaks its lines.
WRAP_POINT = re.compile(r"(.{60,70}) ")


def variants(text: str, rng: random.Random) -> Iterator[tuple[str, str]]:
    yield "crlf", text.replace("\n", "\r\n")
    yield "straight", text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    yield "curly", OPENING_STRAIGHT.sub(lambda m: m.group(1) + "“", text).replace('"', "”")
    yield "single", text.replace('"', "'").replace("“", "‘").replace("”", "’")
    yield "oneline", BLANK_LINE.sub("\n", text)
    yield "joined", LINE_BREAK.sub(" ", text)
    yield "upper", text.upper()
    yield "lower", text.lower()
    yield "cut", text[:rng.randrange(len(text))] if text else text
    yield "guillemets", text.replace("“", "« ").replace("”", " »")
    yield "nodigits", re.sub(r"\d", "7", text)
    yield "wrapped", WRAP_POINT.sub(lambda m: m.group(1) + "\n", text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder to write OUT/docs/*.txt into")
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS, help="folders of articles")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs = args.out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    written = 0
    for folder in args.inputs:
        for path in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md")):
            text = path.read_bytes().decode("utf-8", "replace")
            for name, variant in variants(text, rng):
                target = docs / f"{folder.parent.name if folder.name == 'docs' else folder.name}-{path.stem}.{name}.txt"
                target.write_text(variant, encoding="utf-8", newline="")
                written += 1
    print(f"{written} articles in {docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
