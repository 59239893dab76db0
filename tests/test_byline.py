"""Authors from bylines; role words and outlet names are not authors."""

from __future__ import annotations

import pytest

from newsparse.extract.byline import extract_authors
from newsparse.zones import zone

BODY = "\n\nLONDON (Reuters) - Oil prices rose on Wednesday as traders watched the Gulf.\n"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
        ("BY JANE DOE", ["Jane Doe"]),
        ("**By JANE O'NEIL-SMITH**", ["Jane O'Neil-Smith"]),
        ("By Jane Doe, Reuters", ["Jane Doe"]),
        ("Jane Doe, Reuters", ["Jane Doe"]),
        ("Jane Doe and John Roe, Associated Press", ["Jane Doe", "John Roe"]),
        ("By Jane Doe | Staff Writer", ["Jane Doe"]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By JANE DOE AP Business Writer", ["Jane Doe"]),
        ("By Jane Doe, Senior Economics Correspondent, and John Roe, Bloomberg News", ["Jane Doe", "John Roe"]),
        ("By Jane Doe | The Daily Courier | January 8, 2020", ["Jane Doe"]),
        ("Written by Jane Doe on Jan. 8, 2020", ["Jane Doe"]),
        ("By Jane Doe — Bloomberg", ["Jane Doe"]),
        ("By Jane Doe\nAssociated Press", ["Jane Doe"]),
        ("By Maria de la Cruz", ["Maria de la Cruz"]),
        ("By Ana Lindqvist and Pieter Smit", ["Ana Lindqvist", "Pieter Smit"]),
        ("By Jane Doe; Published January 8, 2020", ["Jane Doe"]),
        ("By MARIA OCHOA and TOM BRENNAN Associated Press", ["Maria Ochoa", "Tom Brennan"]),
        ("By Jane Doe, USA TODAY", ["Jane Doe"]),
        ("By Jane Doe, Guardian Staff", ["Jane Doe"]),
        ("By: Jane Doe", ["Jane Doe"]),
        ("By Jane Doe • March 3, 2020", ["Jane Doe"]),
        ("By Jane Doe, Transport Correspondent", ["Jane Doe"]),
        ("By [Jane Doe](https://example.com/profile/jane-doe) and [John Roe](https://example.com/profile/john-roe)",
         ["Jane Doe", "John Roe"]),
        ("*Posted by Jane Doe on April 2, 2024*", ["Jane Doe"]),
    ],
    ids=["one-name", "two-names", "three-names", "ampersand", "capitals-title-cased", "bold-apostrophe-hyphen",
         "agency-after-comma", "credit-without-by", "two-names-credit", "bar-and-role", "comma-and-role",
         "ap-role-run-on", "roles-and-outlet-between-names", "outlet-and-date-after-bars", "written-by-on-date",
         "dash-outlet", "outlet-line-under-byline", "particles", "first-name-spelled-like-an-agency-code",
         "published-after-names", "names-in-capitals-then-outlet", "outlet-in-capitals", "outlet-staff",
         "by-colon", "bullet-and-date", "job-after-the-name", "names-linked-to-profiles", "posted-by"],
)
def test_authors(byline, authors):
    assert extract_authors(zone("Oil climbs on supply worries\n" + byline + BODY)) == authors


@pytest.mark.parametrize(
    "byline",
    ["By Reuters", "By Staff", "By Associated Press", "Staff Writer", "By the numbers, the deal is small"],
    ids=["agency-only", "role-only", "outlet-only", "role-line-only", "prose-with-by"],
)
def test_no_authors(byline):
    assert extract_authors(zone("Oil climbs on supply worries\n" + byline + BODY)) == []


def test_byline_above_the_dateline_in_the_body():
    text = "Oil climbs\n\nBy Jane Doe\n\nLONDON (Reuters) - Oil rose.\n"
    assert extract_authors(zone(text)) == ["Jane Doe"]


def test_front_matter_author():
    text = "---\ntitle: Oil climbs\nauthor: Jane Doe\n---\n\nLONDON (Reuters) - Oil rose.\n"
    assert extract_authors(zone(text)) == ["Jane Doe"]


def test_reporting_credit_in_footer_is_not_a_byline():
    text = "Oil climbs\n\nLONDON (Reuters) - Oil rose.\n\n(Reporting by Jane Doe; Editing by John Roe)\n"
    assert extract_authors(zone(text)) == []
