"""The words around a number: whether it is a figure at all, its qualifier, its sign, an age."""

from __future__ import annotations

import pytest

from newsparse.extract.figure_context import Before, is_age, minus_before, not_a_figure, qualifier
from newsparse.extract.figure_numbers import Number, iter_numbers


def number_in(text: str, marker: str) -> Number:
    """The number that starts at ``marker`` (its first occurrence) in ``text``."""
    start = text.index(marker)
    return next(n for n in iter_numbers(text, 0, len(text)) if n.start == start)


@pytest.mark.parametrize("text, marker, expected", [
    ("They counted about 500 votes.", "500", "about"),
    ("It cost more than $2 billion.", "$2", "more than"),
    ("It lasted up to 30 days.", "30", "up to"),
    ("Turnout was in excess of 60 percent.", "60", "in excess of"),
    ("The crowd of (about 500) cheered.", "500", "about"),
    ("The crowd, about (500), cheered.", "500", None),
    ("The margin is plus or minus 5.7 points.", "5.7", "plus or minus"),
    ("He counted 500 votes.", "500", None),
    ("He was about, 500 votes short.", "500", None),
], ids=["about", "more-than-before-sign", "up-to", "in-excess-of", "inside-a-bracket", "glued-to-a-bracket",
        "plus-or-minus", "none", "not-across-punctuation"])
def test_qualifier(text, marker, expected):
    number = number_in(text, marker)
    assert qualifier(Before(text, number.start, 0)) == expected


@pytest.mark.parametrize("text, marker, expected", [
    ("Growth of minus five percent.", "five", "minus five"),
    ("A net rating of negative 12.", "12", "negative 12"),
    ("- 10  k", "10", "- 10"),
    ("plus or minus 5 points", "5", None),
    ("Items:\n- 10 apples and more", "10", "- 10"),
], ids=["minus-word", "negative-word", "sign-alone-on-its-line", "margin-of-error", "list-dash-is-found-here"])
def test_minus_before(text, marker, expected):
    number = number_in(text, marker)
    start = minus_before(text, number.start, 0, Before(text, number.start, 0))
    assert (text[start:number.start + len(marker)] if start is not None else None) == expected


@pytest.mark.parametrize("text, marker", [
    ("The vote is set for January 8.", "8"),
    ("Markets rallied on June 9 and 15.", "15"),
    ("It happened on 8 January.", "8"),
    ("It was passed in 2020.", "2020"),
    ("Meet at 3 p.m. sharp.", "3"),
    ("Trading opens at 1300 GMT.", "1300"),
    ("NATO invoked Article 5.", "5"),
    ("See page 4.", "4"),
    ("H.R. 3762 passed.", "3762"),
    ("He told Fox 35 on Monday.", "35"),
    ("They met at 1600 Pennsylvania Avenue.", "1600"),
    ("Reasons:\n1. Cost", "1"),
    ("The claim [3] is false.", "3"),
    ("Call 555-1234 today.", "555"),
    ("The board meets on November 3/4.", "3/4"),
    ("He flew a Boeing 737 to Denver.", "737"),
    ("Riders can take the 62 bus from the square.", "62"),
    ("The 14 tram, which runs every 20 minutes, is full.", "14"),
], ids=["month-day", "day-list", "day-month", "year", "time", "time-zone", "article", "page", "bill",
        "name", "address", "list-item", "footnote", "phone", "days-after-a-month", "model-before-to-a-place",
        "a-bus-route", "a-tram-route"])
def test_not_a_figure(text, marker):
    number = number_in(text, marker)
    assert not_a_figure(text, number, "other", 0, Before(text, number.start, 0))


@pytest.mark.parametrize("text, marker, kind", [
    ("Trump's 5 points", "5", "count"),
    ("Inc 4,000 bpd at 15 dlrs", "4,000", "measure"),
    ("Net 3,722,000 vs 3,103,000", "3,722,000", "other"),
    ("About 500 people came.", "500", "count"),
    ("In Iowa's 99 counties", "99", "count"),
    ("He told Reuters 300 people were killed.", "300", "count"),
    ("Across Europe 40 people died.", "40", "count"),
    ("In January 3,000 jobs were added.", "3,000", "count"),
    ("In January 400 jobs were cut.", "400", "count"),
    ("He has met the House 40 times.", "40", "count"),
    ("The bill passed the House 218 to 212.", "218", None),
], ids=["possessive", "name-before-a-measure", "wire-table-line-opener", "qualifier-opening-a-sentence",
        "possessive-place", "people-after-an-agency", "people-after-a-place", "thousands-after-a-month",
        "count-after-a-month", "times-after-a-body", "tally-after-a-body"])
def test_figures_after_capitalised_words(text, marker, kind):
    number = number_in(text, marker)
    assert not not_a_figure(text, number, kind, 0, Before(text, number.start, 0))


@pytest.mark.parametrize("text, marker, expected", [
    ("voters under age 45", "45", True),
    ("those over 50 and in those", "50", True),
    ("voters 45 and older", "45", True),
    ("he died at 92", "92", True),
    ("aged 30", "30", True),
    ("a crowd of 45 and more", "45", False),
    ("over 50 attended", "50", False),
], ids=["age", "those-over", "and-older", "died-at", "aged", "not-and-more", "over-alone"])
def test_is_age(text, marker, expected):
    number = number_in(text, marker)
    assert is_age(text, number.end, Before(text, number.start, 0)) is expected
