"""Regenerate the golden JSON beside fixture articles.

    python -m tests.regen_golden                 # every fixtures/*.txt
    python -m tests.regen_golden fixtures/a.txt  # just these

Review the diff before committing: a changed golden file is a changed behaviour.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newsparse.records import Options, record_for_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLE_SUFFIXES = (".txt", ".md")


def fixture_articles() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in ARTICLE_SUFFIXES)


def golden_path(article: Path) -> Path:
    return article.with_name(article.name + ".json")


def golden_record(article: Path) -> dict[str, Any]:
    """The record the golden file holds: the path is reported as the fixture's file name."""
    return record_for_path(str(article), Options(), display=article.name)


def dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    targets = [Path(a).resolve() for a in argv] or fixture_articles()
    for article in targets:
        golden_path(article).write_text(dump(golden_record(article)), encoding="utf-8")
        print(f"wrote {golden_path(article).relative_to(FIXTURES.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
