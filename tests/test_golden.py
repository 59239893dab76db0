"""Every fixture article gives exactly its golden record (fixtures/NAME.txt -> fixtures/NAME.txt.json)."""

from __future__ import annotations

import json

import pytest

from tests.regen_golden import fixture_articles, golden_path, golden_record

ARTICLES = fixture_articles()


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_fixture_matches_golden(article):
    expected = json.loads(golden_path(article).read_text(encoding="utf-8"))
    assert golden_record(article) == expected, f"regenerate with: python -m tests.regen_golden {article}"


def test_every_fixture_has_a_golden_file():
    missing = [a.name for a in ARTICLES if not golden_path(a).exists()]
    assert not missing
