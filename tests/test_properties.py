"""Properties of the library on any input (hypothesis): nothing raises, every span indexes the
text and reproduces what it reports, the output is deterministic and survives JSON.

Profiles: ``ci`` (the default, a few hundred examples per property) and ``long`` (10,000):

    NEWSPARSE_HYPOTHESIS=long python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import json
import os
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.decode import DecodeError, decode_bytes
from newsparse.records import Options, record_for_bytes

settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("NEWSPARSE_HYPOTHESIS", "ci"))

#: The block-quote marks opening a line inside a quotation: "\n> " in '"We go,\n> he said."'.
BLOCK_QUOTE_MARKS = re.compile(r"(?:\r\n?|[\n\u2028\u2029\x85\x0c])[ \t]*(?:>[ \t]?)+")  # (a lone '\r' ends a line
# too, and the other line ends the zoner reads as one: '\x85', a form feed)
#: What a quote's text may differ from its span by: marks dropped, white space folded.
FOLD_OUT = "\"'“”„‟«»‹›‘’‚‛「」『』*_"

# Pieces of news copy, so that generated text reaches every extractor (and its corners).
PIECES = [
    "# ", "**", "---\n", "\n\n", "\n", "\r\n", "\r", " ", ", ", ". ", ": ", " -- ", " — ", "(", ")",
    '"', "“", "”", "‘", "’", "'", "«", "»", "„",
    "BRUSSELS", "Brussels, January 8 (RHC)--", "NEW YORK (Reuters) -", "PARIS, March 3 (AFP) - ", "By Jane Doe",
    "said", "told reporters", "according to", "he said.", "she added", "the spokesman", "a spokesman for the alliance",
    "Gen. Jonathan Vance", "Mr. Obama", "Anna Berg", "President", "Sen. Ted Cruz",
    "500", "1,250", "$2.5 billion", "12%", "12 per cent", "30 out of the 130", "two million", "half a dozen",
    "7-3/8 pct", "US$ 3", "Rs. 500", "2020", "January 8", "3 p.m.", "10:30", "Article 5", "F-35", "-4.5",
    "<https://example.org/a/2020/05>", "www.example.com", "a.b@example.org", "Source: Reuters",
    "© 2020 Example Wire", "(Reporting by Jane Doe; Editing by John Roe)", "Reuter", "İstanbul", "ſix", "ı",
    "We will leave.", "troops", "personnel", "Canadian",
]
NEWSY = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=60).map("".join)
ANY_TEXT = st.text(max_size=400) | NEWSY


def fold(text: str) -> str:
    text = BLOCK_QUOTE_MARKS.sub("\n", text)  # (a quote's text leaves out the '>' opening its lines)
    return " ".join(text.translate({ord(m): " " for m in FOLD_OUT}).split())


def spans_of(record: dict) -> list[tuple[str, int, int]]:
    """Every (what, start, end) the record reports."""
    found = [(f"quotes[{n}]", q["start"], q["end"]) for n, q in enumerate(record["quotes"])]
    found += [(f"quotes[{n}].speaker_span", q["speaker_span"]["start"], q["speaker_span"]["end"])
              for n, q in enumerate(record["quotes"]) if q.get("speaker_span")]
    found += [(f"figures[{n}]", f["start"], f["end"]) for n, f in enumerate(record["figures"])]
    found += [(f"body[{n}]", p["start"], p["end"]) for n, p in enumerate(record["body"])]
    found += [(f"zones.{k}", z["start"], z["end"]) for k, z in (record.get("zones") or {}).items() if z]
    if record.get("title_span"):
        found.append(("title_span", record["title_span"]["start"], record["title_span"]["end"]))
    if record.get("dateline"):
        found.append(("dateline", record["dateline"]["start"], record["dateline"]["end"]))
    return found


def check_record(text: str, record: dict) -> None:
    for what, start, end in spans_of(record):
        assert 0 <= start <= end <= len(text), f"{what} [{start}:{end}] outside a text of {len(text)}"
    for figure in record["figures"]:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    for quote in record["quotes"]:
        assert fold(quote["text"]) in fold(text[quote["start"]:quote["end"]])
    if record.get("dateline"):
        d = record["dateline"]
        assert text[d["start"]:d["end"]] == d["text"]


@given(ANY_TEXT)
@example("Officials counted 500\r\ntroops and 30\rtanks.")  # a figure across a line end keeps it as written
@example("«0 0\r>0")  # a block quote's '>' after a line ended by a lone '\r' is left out of the quote's text
@example('"0\x85>0 0')  # ... and after a line ended by NEL, which the zoner reads as a line end
def test_any_text_parses_with_spans_inside_that_reproduce_the_text(text):
    record = newsparse.parse(text).to_dict()
    check_record(text, record)


@given(ANY_TEXT)
def test_output_is_deterministic_and_survives_json(text):
    first = newsparse.extract_text(text, path="a.txt")
    assert newsparse.extract_text(text, path="a.txt") == first
    assert json.loads(json.dumps(first, ensure_ascii=False)) == first


@given(st.binary(max_size=600) | NEWSY.map(lambda t: t.encode("utf-8")) | NEWSY.map(
    lambda t: t.encode("cp1252", errors="ignore")) | NEWSY.map(lambda t: t.encode("utf-16")))
@example(b'"! #\n>!')  # (an unclosed quotation over a block-quote line: its text leaves the '>' out)
def test_any_bytes_decode_or_are_refused_and_never_raise(data):
    try:
        text, encoding = decode_bytes(data)
    except DecodeError:
        text = None
    else:
        assert isinstance(text, str) and encoding
    record = record_for_bytes(data, "x.txt", Options(timeout=0))
    if text is None:
        assert record["error"]["type"] in ("BinaryFileError", "DecodeError")
    else:
        assert "error" not in record, record.get("error")
        check_record(text, record)
