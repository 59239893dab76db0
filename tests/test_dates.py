"""Dates to ISO 8601: header dates, year resolution, weekdays, the reference date."""

from __future__ import annotations

import datetime

import pytest

from newsparse.dates import dateline_date, header_date, nearest_year, resolve_year, to_iso

D = datetime.date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published: Wednesday 8 January 2020 10:31 GMT", D(2020, 1, 8)),
        ("Updated Jan. 8, 2020 10:31 a.m. ET", D(2020, 1, 8)),
        ("By Jane Doe | January 8, 2020", D(2020, 1, 8)),
        ("Wed 8 Jan 2020 10.31 GMT", D(2020, 1, 8)),
        ("Posted on March 3rd, 2019 by admin", D(2019, 3, 3)),
        ("2020-01-08T10:31:00Z", D(2020, 1, 8)),
        ("Sept. 3, 2019", D(2019, 9, 3)),
        ("Published: 31 February 2020", None),
        ("The 300 troops left in 2020", None),
        ("By Jane Doe", None),
    ],
    ids=["published-weekday-day-month", "updated-month-day", "byline-date", "guardian-stamp", "ordinal-day",
         "iso-timestamp", "sept-abbreviation", "impossible-day", "a-year-alone-is-no-date", "no-date"],
)
def test_header_date(line, date):
    assert header_date(line) == date


@pytest.mark.parametrize(
    ("month", "day", "year", "iso"),
    [(1, 8, None, "--01-08"), (1, 8, 2020, "2020-01-08"), (2, 29, None, "--02-29"), (2, 30, None, None),
     (2, 29, 2019, None)],
    ids=["no-year", "year", "leap-day-without-year", "impossible-day", "leap-day-in-common-year"],
)
def test_to_iso(month, day, year, iso):
    assert to_iso(month, day, year) == iso


@pytest.mark.parametrize(
    ("month", "day", "reference", "year"),
    [(12, 30, D(2020, 1, 8), 2019), (1, 8, D(2020, 1, 8), 2020), (1, 9, D(2020, 1, 8), 2019),
     (2, 29, D(2021, 3, 1), 2020)],
    ids=["december-before-january-reference", "same-day", "day-after-reference", "leap-day"],
)
def test_resolve_year_never_after_reference(month, day, reference, year):
    assert resolve_year(month, day, reference) == year


@pytest.mark.parametrize(
    ("month", "day", "anchor", "year"),
    [(12, 31, D(2020, 1, 2), 2019), (1, 9, D(2020, 1, 8), 2020), (1, 2, D(2019, 12, 31), 2020)],
    ids=["late-december-story-published-in-january", "dateline-a-day-ahead-of-a-us-stamp",
         "early-january-story-stamped-new-years-eve"],
)
def test_nearest_year_to_the_articles_date(month, day, anchor, year):
    assert nearest_year(month, day, anchor) == year


@pytest.mark.parametrize(
    ("kwargs", "iso"),
    [
        ({"month": 1, "day": 8}, "--01-08"),
        ({"month": 1, "day": 8, "reference": D(2020, 1, 10)}, "2020-01-08"),
        ({"month": 3, "day": 3, "reference": D(2020, 1, 10)}, "2019-03-03"),
        ({"month": 1, "day": 8, "year": 2021, "reference": D(2020, 1, 10)}, "--01-08"),
        ({"month": 1, "day": 2, "anchor": D(2019, 12, 31)}, "2020-01-02"),
        ({"month": 1, "day": 2, "anchor": D(2019, 12, 31), "reference": D(2020, 1, 1)}, "2019-01-02"),
        ({"month": 1, "day": 8, "anchor": D(2021, 1, 8), "reference": D(2020, 1, 10)}, "2020-01-08"),
        ({"weekday": 3, "reference": D(2020, 1, 10)}, "2020-01-08"),
        ({"weekday": 3, "anchor": D(2020, 1, 9)}, "2020-01-08"),
        ({"weekday": 3}, None),
    ],
    ids=["nothing-to-go-on", "reference", "reference-in-next-year", "written-year-after-reference-dropped",
         "anchor-across-new-year", "anchor-date-pushed-back-by-reference", "anchor-after-reference-ignored",
         "weekday-against-reference", "weekday-against-anchor", "weekday-alone"],
)
def test_dateline_date(kwargs, iso):
    assert dateline_date(**kwargs) == iso
