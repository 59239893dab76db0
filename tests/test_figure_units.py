"""What a number counts or measures: currency, percent, measure, duration, or the counted noun."""

from __future__ import annotations

import pytest

from newsparse.extract.figure_numbers import iter_numbers
from newsparse.extract.figure_units import resolve_unit
from newsparse.lexicon.units import CURRENCY_SIGNS, UNIT_WORDS


def unit_of(text: str) -> tuple[str, str | None, str]:
    number = next(iter_numbers(text, 0, len(text)))
    unit = resolve_unit(text, number, 0, len(text))
    return text[number.start:unit.end], unit.code, unit.kind


@pytest.mark.parametrize("text, expected", [
    ("31 mln dlrs", ("31 mln dlrs", "USD", "money")),
    ("5 U.S. dlrs", ("5 U.S. dlrs", "USD", "money")),
    ("50 H.K. dlrs", ("50 H.K. dlrs", "HKD", "money")),
    ("20 Australian dlrs", ("20 Australian dlrs", "AUD", "money")),
    ("10 stg", ("10 stg", "GBP", "money")),
    ("40 euros", ("40 euros", "EUR", "money")),
    ("5 yuan", ("5 yuan", "CNY", "money")),
    ("40 rmb", ("40 rmb", "CNY", "money")),
    ("420 million finnish markka", ("420 million finnish markka", "FIM", "money")),
    ("35 lakh rupees", ("35 lakh rupees", "INR", "money")),
    ("100 francs", ("100 francs", "franc", "money")),
    ("50 marks", ("50 marks", "mark", "money")),
    ("100₾", ("100₾", "GEL", "money")),
    ("25 cts", ("25 cts", "USD", "money")),
    ("1.5 trillion won", ("1.5 trillion won", "KRW", "money")),
], ids=lambda v: v if isinstance(v, str) else None)
def test_money_after_the_number(text, expected):
    assert unit_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("12%", ("12%", "percent", "percent")),
    ("12 per cent", ("12 per cent", "percent", "percent")),
    ("3.8 pct", ("3.8 pct", "percent", "percent")),
    ("5pc", ("5pc", "percent", "percent")),
    ("30 percentage", ("30 percentage", "percent", "percent")),
    ("5.7 percentage points", ("5.7 percentage points", "percentage points", "percent")),
], ids=lambda v: v if isinstance(v, str) else None)
def test_percent(text, expected):
    assert unit_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("5,000 miles", ("5,000 miles", "mi", "measure")),
    ("325 kilometer", ("325 kilometer", "km", "measure")),
    ("4km^3", ("4km^3", "km3", "measure")),
    ("4 cubic kilometers", ("4 cubic kilometers", "km3", "measure")),
    ("4 km cubed", ("4 km cubed", "km3", "measure")),
    ("190,000 square meters", ("190,000 square meters", "m2", "measure")),
    ("16,000 metric tons", ("16,000 metric tons", "t", "measure")),
    ("150 microgram", ("150 microgram", "µg", "measure")),
    ("130 gallons", ("130 gallons", "gal", "measure")),
    ("90,000 barrels per day", ("90,000 barrels per day", "bbl/d", "measure")),
    ("188 miles an hour", ("188 miles an hour", "mph", "measure")),
    ("40 deg celsius", ("40 deg celsius", "°C", "measure")),
    ("106 degree fahrenheit", ("106 degree fahrenheit", "°F", "measure")),
    ("75 degrees f", ("75 degrees f", "°F", "measure")),
    ("30 C outside", ("30 C", "°C", "measure")),
    ("-10C", ("-10C", "°C", "measure")),
    ("8\" wrench", ('8"', "in", "measure")),
    ("2 1/2 in thick", ("2 1/2 in", "in", "measure")),
    ("100 m sprint", ("100 m", "m", "measure")),
    ("2 sq. km", ("2 sq. km", "km2", "measure")),
], ids=lambda v: v if isinstance(v, str) else None)
def test_measures(text, expected):
    assert unit_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("three days", ("three days", "days", "duration")),
    ("3 hrs", ("3 hrs", "hours", "duration")),
    ("six weeks' time", ("six weeks", "weeks", "duration")),
    ("3 years of age", ("3 years of age", "years", "duration")),
    ("90 day old bill", ("90 day old", "days", "duration")),
    ("a 30-minute speech", ("30-minute", "minutes", "duration")),
    ("a 13-YEAR-OLD girl", ("13-YEAR-OLD", "years", "duration")),
], ids=lambda v: v if isinstance(v, str) else None)
def test_durations(text, expected):
    assert unit_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("500 Canadian troops left", ("500 Canadian troops", "troops", "count")),
    ("8 state legislative candidates", ("8 state legislative candidates", "candidates", "count")),
    ("284 likely GOP primary voters", ("284 likely GOP primary voters", "voters", "count")),
    ("14 new discoveries", ("14 new discoveries", "discoveries", "count")),
    ("2 other Republican presidential candidates", ("2 other Republican presidential candidates", "candidates",
                                                     "count")),
    ("250 small-dollar donors", ("250 small-dollar donors", "donors", "count")),
    ("4 of his one-time rivals", ("4", "rivals", "count")),
    ("5 of these states", ("5", "states", "count")),
    ("3 police", ("3 police", "police", "count")),
    ("7 times", ("7 times", "times", "count")),
    ("a 50-state poll", ("50-state", "state", "count")),
    ("7,000 U.S. troops", ("7,000 U.S. troops", "troops", "count")),
    ("300 U.S.-backed fighters", ("300 U.S.-backed fighters", "fighters", "count")),
    ("24 F-35 jets", ("24 F-35 jets", "jets", "count")),
], ids=lambda v: v if isinstance(v, str) else None)
def test_counted_nouns(text, expected):
    assert unit_of(text) == expected


@pytest.mark.parametrize("text", [
    "500 were killed", "30 of them", "5 to 10", "12 said", "40 in the city", "6 arrived late", "3 is",
], ids=str)
def test_no_counted_noun(text):
    assert unit_of(text)[1] is None


@pytest.mark.parametrize("text, unit", [
    ("It weighs 2,000 pounds", "lb"),
    ("a metric ton is 2,204.62 pounds", "lb"),
    ("he was fined 500 pounds", "GBP"),
    ("it cost 20 pounds", "GBP"),
    ("they raised 5 million pounds", "GBP"),
    ("10 pounds sterling", "GBP"),
    ("London cocoa rose 128 pounds, or 2.1%, to 6,215 pounds a tonne", "GBP"),
    ("Robusta fell 95 pounds to 4,410 pounds per tonne", "GBP"),
    ("The calf gained 128 pounds, or 20%, to 770 pounds by spring", "lb"),
], ids=["weighs", "no-money-cue", "fined", "cost", "scaled", "sterling", "change-of-a-price-a-tonne",
        "change-to-a-price-per-tonne", "change-of-a-weight"])
def test_pounds_are_sterling_or_weight_by_the_sentence(text, unit):
    number = next(iter_numbers(text, 0, len(text)))
    assert resolve_unit(text, number, 0, len(text)).code == unit


@pytest.mark.parametrize("text", ["one-time", "two-way", "three-fold", "7-Eleven", "one-party"], ids=str)
def test_compounds_that_are_no_quantity(text):
    number = next(iter_numbers(text, 0, len(text)))
    assert resolve_unit(text, number, 0, len(text)).kind == "drop"


def test_currency_codes_are_iso_4217_or_a_currency_word():
    codes = {code for code, kind in UNIT_WORDS.values() if kind == "money"} | set(CURRENCY_SIGNS.values())
    assert all((len(code) == 3 and code.isupper()) or code in {"franc", "mark", "ecu"} for code in codes)
