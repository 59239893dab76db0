"""Field names agree between the code (model.py), the JSON record and docs/schema.md."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import newsparse
from newsparse import model

DOC = (Path(__file__).resolve().parent.parent / "docs" / "schema.md").read_text(encoding="utf-8")
DOCUMENTED = set(re.findall(r"`([a-z_]+)`", DOC))


def _keys(value, out: set[str]) -> set[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(k)
            _keys(v, out)
    elif isinstance(value, list):
        for v in value:
            _keys(v, out)
    return out


def test_schema_version_is_one_constant():
    assert newsparse.SCHEMA_VERSION == model.SCHEMA_VERSION
    assert f'"{model.SCHEMA_VERSION}"' in DOC


def test_every_json_key_is_documented():
    text = ('# Title\n\nPARIS, Jan. 8 (AFP) - "We will leave," said Gen. Jane Roe. About 500 troops '
            'and a "partial" phrase stay.\n\n---\n\n<https://example.com/a>\n\n**Example News**\n')
    keys = _keys(newsparse.parse(text).to_dict(), set()) | _keys(model.error_record("x", "T", "m"), set())
    assert keys - DOCUMENTED == set()


def test_every_dataclass_field_is_documented():
    for cls in (model.Article, model.Dateline, model.Place, model.Quote, model.Speaker, model.Figure,
                model.Paragraph, model.Zones, model.Span):
        names = {f.name for f in dataclasses.fields(cls)}
        assert names - DOCUMENTED == set(), cls.__name__
