"""Titles: headings without markup, plain first lines, wire headlines; never a dateline, byline or rule."""

from __future__ import annotations

import pytest

from newsparse.extract.title import extract_title
from newsparse.zones import zone

BODY = "\n\nLONDON (Reuters) - Oil prices rose on Wednesday as traders watched the Gulf.\n"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("# Oil climbs on supply worries", "Oil climbs on supply worries"),
        ("# *Oil climbs on supply worries*", "Oil climbs on supply worries"),
        ("## **Oil climbs** on supply worries ##", "Oil climbs on supply worries"),
        ("Oil climbs on supply worries\n============================", "Oil climbs on supply worries"),
        ("Oil climbs on supply worries\n----------------------------", "Oil climbs on supply worries"),
        ("**Oil climbs on supply worries**", "Oil climbs on supply worries"),
        ("_Oil climbs on supply worries_", "Oil climbs on supply worries"),
        ("Oil climbs on supply worries", "Oil climbs on supply worries"),
        ("OIL CLIMBS ON SUPPLY WORRIES <XOM>", "OIL CLIMBS ON SUPPLY WORRIES <XOM>"),
        ("Oil climbs on supply worries\nBy Jane Doe\nJanuary 8, 2020", "Oil climbs on supply worries"),
        ("---\ntitle: \"Oil climbs on supply worries\"\ndate: 2020-01-08\n---", "Oil climbs on supply worries"),
        ("---\ntitle: Oil climbs on supply worries\nauthor: Jane Doe\n---", "Oil climbs on supply worries"),
        ("Stocks rally as Fed holds - Reuters", "Stocks rally as Fed holds - Reuters"),
        ("# Oil's *surprise* climb on supply_chain worries", "Oil's surprise climb on supply_chain worries"),
        ("# [Oil climbs on supply worries](https://www.example.com/oil-1)", "Oil climbs on supply worries"),
        ("\ufeff# Oil climbs on supply worries", "Oil climbs on supply worries"),
        ("# *Rivers run dry*: Drought hits the Amazon", "Rivers run dry: Drought hits the Amazon"),
        ("---\nheadline: Oil climbs on supply worries\n---", "Oil climbs on supply worries"),
        ("Oil climbs on supply worries #", "Oil climbs on supply worries"),
        ("Oil climbs on *supply* worries", "Oil climbs on supply worries"),
        ("Oil climbs on [supply](https://www.example.com/oil-1) worries", "Oil climbs on supply worries"),
    ],
    ids=["atx", "atx-emphasis", "atx-bold-part-and-closing-hashes", "setext-h1", "setext-h2", "bold-line",
         "underscore-emphasis", "plain-first-line", "all-caps-wire-headline-kept", "title-over-byline-and-date",
         "front-matter-quoted", "front-matter-plain", "headline-with-outlet-suffix", "inner-emphasis",
         "link-markup", "byte-order-mark", "emphasis-opening-part-of-the-title", "front-matter-headline-key",
         "closing-hash-alone", "emphasis-inside-a-plain-line", "link-inside-a-plain-line"],
)
def test_title(head, title):
    assert extract_title(zone(head + BODY))[0] == title


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee, ending weeks of debate.\n\n"
        "The vote fell along party lines.\n",
        "By Jane Doe\n\nLONDON (Reuters) - Oil prices rose on Wednesday.\n",
        "---\n\nLONDON (Reuters) - Oil prices rose on Wednesday as traders watched the Gulf.\n",
        "",
    ],
    ids=["story-opens-with-dateline", "byline-first", "rule-first", "empty"],
)
def test_no_title(text):
    assert extract_title(zone(text)) == (None, None)


def test_title_span_indexes_the_words():
    text = "# *Oil climbs*\n\nBody text here.\n"
    title, span = extract_title(zone(text))
    assert text[span.start:span.end].strip("*") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("<h1>Storm hits coast</h1>\n\n<p>MIAMI — Rain.</p>\n", "Storm hits coast"),
        ("Storm hits coast<br>\n<br>\nMIAMI — Rain fell on Monday.<br>\n", "Storm hits coast"),
        ("ARVIN INDS PROMOTES <ARV>\n\nCOLUMBUS, IND., Feb 26 - Text.\n", "ARVIN INDS PROMOTES <ARV>"),
        ("Title: Port volumes rebound\nDate: 2024-07-26\n\nROTTERDAM — Volumes rose.\n", "Port volumes rebound"),
    ],
    ids=["html-heading-tags", "html-line-breaks", "wire-ticker-is-no-tag", "labelled-title-field"],
)
def test_markup_a_scraper_left_is_not_the_title(text, title):
    assert extract_title(zone(text))[0] == title

