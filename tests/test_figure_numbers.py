"""Reading numbers: digits, separators, signs, fractions, scales, currency signs and number words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.extract.figure_numbers import is_continental, iter_numbers
from newsparse.lexicon.numbers import parse_number_words


def read(text: str, continental: bool = False) -> list[tuple[str, float | int, float | int | None]]:
    return [(n.text(text), n.value, n.value_max) for n in iter_numbers(text, 0, len(text), continental)]


@pytest.mark.parametrize("text, expected", [
    ("1,500", ("1,500", 1500, None)),
    ("1,674.5", ("1,674.5", 1674.5, None)),
    ("40 000", ("40 000", 40000, None)),
    ("40\u202f000", ("40\u202f000", 40000, None)),
    ("1 234 567", ("1 234 567", 1234567, None)),
    ("9031", ("9031", 9031, None)),
    ("a .45 round", (".45", 0.45, None)),
    ("-10C", ("-10C", -10, None)),
    ("−3.2", ("−3.2", -3.2, None)),
    ("+12 points", ("+12", 12, None)),
    ("7-3/8", ("7-3/8", 7.375, None)),
    ("10 1/2", ("10 1/2", 10.5, None)),
    ("2  1/4", ("2  1/4", 2.25, None)),
    ("1/4", ("1/4", 0.25, None)),
    ("5½", ("5½", 5.5, None)),
    ("30-40", ("30-40", 30, 40)),
    ("2.48×10−5", ("2.48×10−5", 2.48e-05, None)),
    ("2,000.45±0.01", ("2,000.45±0.01", 2000.45, None)),
    ("2.5 billion", ("2.5 billion", 2_500_000_000, None)),
    ("31 mln", ("31 mln", 31_000_000, None)),
    ("$3bn", ("$3bn", 3_000_000_000, None)),
    ("4.2m people", ("4.2m", 4_200_000, None)),
    ("10k", ("10k", 10_000, None)),
    ("2.33 k", ("2.33 k", 2330, None)),
    ("35 lakh", ("35 lakh", 3_500_000, None)),
    ("1,50,000", ("1,50,000", 150_000, None)),
    ("12,50,000", ("12,50,000", 1_250_000, None)),
    ("Rs 3.5 lakh crore", ("Rs 3.5 lakh crore", 3_500_000_000_000, None)),
    ("AED 500 million", ("AED 500 million", 500_000_000, None)),
    ("KSh 2 billion", ("KSh 2 billion", 2_000_000_000, None)),
    ("US$ 3", ("US$ 3", 3, None)),
    ("c $ 16.4 million", ("c $ 16.4 million", 16_400_000, None)),
    ("Rs. 500", ("Rs. 500", 500, None)),
    ("EUR 40", ("EUR 40", 40, None)),
    ("1e10", ("1e10", 10_000_000_000, None)),
    ("-12e-1", ("-12e-1", -1.2, None)),
    ("$2.174T", ("$2.174T", 2_174_000_000_000, None)),
    ("3 dozens", ("3 dozens", 36, None)),
    ("hk $ 10.05 billion", ("hk $ 10.05 billion", 10_050_000_000, None)),
], ids=lambda v: v if isinstance(v, str) else None)
def test_digits(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text", [
    "F-35", "COVID-19", "G-20", "v2.0", "'16", "the 1990s", "3rd", "45th", "10:30", "9/11", "24/7", "50/50",
    "6-3", "1-0", "x10", "A320",
], ids=str)
def test_digits_that_read_as_no_number(text):
    assert read(text) == []


@pytest.mark.parametrize("text, currency", [
    ("$5", "USD"), ("US$5", "USD"), ("U.S.$5", "USD"), ("HK$5", "HKD"), ("C$5", "CAD"), ("A$5", "AUD"),
    ("€5", "EUR"), ("£5", "GBP"), ("¥5", "JPY"), ("₹5", "INR"), ("Rs 5", "INR"), ("CHF 5", "CHF"),
    ("us $ 5", "USD"), ("c $ 5", "CAD"), ("Commercial LLC $5", "USD"), ("A $5 bill", "USD"),
], ids=lambda v: v if " " not in v or "$" in v else None)
def test_currency_signs_before_the_number(text, currency):
    numbers = list(iter_numbers(text, 0, len(text)))
    assert [n.currency for n in numbers] == [currency]


@pytest.mark.parametrize("text, expected", [
    ("twenty-five", 25), ("two million", 2_000_000), ("a dozen", 12), ("half a million", 500_000),
    ("three hundred and fifty thousand", 350_000), ("two hundred and two thousand", 202_000),
    ("fifty   two", 52), ("two and a half", 2.5), ("two hundred point seventy-one", 200.71),
    ("three dozens", 36), ("one - fourth", 0.25), ("three fifths", 0.6), ("a fifth", 0.2),
    ("twenty-one trillion", 21_000_000_000_000),
    ("one hundred and three and two thirds", 103 + 2 / 3), ("three and a fifth", 3.2),
    ("twenty-three fifths", 4.6), ("three halves", 1.5), ("a half", 0.5), ("a quarter of a million", 250_000),
], ids=str)
def test_number_words(text, expected):
    assert [(t, pytest.approx(v)) for t, v, _ in read(text)] == [(text, pytest.approx(expected))]


def test_a_hyphen_after_a_percent_sign_is_no_minus():
    assert read("62%-32%") == [("62", 62, None), ("32", 32, None)]


def test_a_spaced_hyphen_between_numbers_is_a_range_dash():
    assert read("40 -50") == [("40", 40, None), ("50", 50, None)]


@pytest.mark.parametrize("text", ["hundreds of", "several hundred", "dozens of", "the twenty-first"], ids=str)
def test_words_that_read_as_no_number(text):
    assert read(text) == []


@pytest.mark.parametrize("words, hyphens, expected", [
    (["one", "two"], None, (1, 1)),
    (["twenty", "first"], [False, True], None),
    (["twenty", "third"], None, None),
    (["one", "third"], None, (1 / 3, 2)),
    (["hundred"], None, None),
    (["million", "dollars"], None, None),
    (["a", "third", "term"], None, (1 / 3, 2)),
    (["two", "point", "five", "million"], None, (2_500_000, 4)),
], ids=["stops-at-a-second-unit", "compound-ordinal", "ordinal-after-tens", "fraction", "bare-hundred",
        "bare-scale", "a-third", "decimal-then-scale"])
def test_parse_number_words(words, hyphens, expected):
    parsed = parse_number_words(words, hyphens)
    if expected is None:
        assert parsed is None
    else:
        assert (parsed.value, parsed.words) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize("text, expected", [
    ("Die Stadt hat 1.234.567 Einwohner.", True),
    ("Der Umsatz lag bei 1.500,75 Euro.", True),
    ("Das BIP wuchs um 2,5 Prozent.", True),
    ("The city has 1,234,567 people.", False),
    ("Sales rose 2.5 percent to 1,500.25 dlrs.", False),
    ("The index closed at 1.500 points.", False),
], ids=["millions-grouped", "grouped-with-decimal", "comma-decimal-percent", "english-groups", "english-decimal",
        "ambiguous-is-english"])
def test_continental_detection(text, expected):
    assert is_continental(text) is expected


def test_continental_reading():
    text = "1.500 Euro und 2,5 Millionen"
    assert [n.value for n in iter_numbers(text, 0, len(text), continental=True)] == [1500, 2_500_000]


@pytest.mark.parametrize("text", [
    "Die Stadt hat 1.234.567 Einwohner.", "Der Umsatz lag bei 1.500,75 EURO.", "Das BIP wuchs um 2,5 PROZENT.",
    "Es kostet 3,5 Mio.", "Growth was 3,5 Mi\u0131\u0131ons", "It fell 2,5 per\u017fent", "1,234,567 people",
], ids=["grouped", "decimal-upper-case", "percent-upper-case", "mio", "dotless-i", "long-s", "english"])
def test_continental_hint_reads_as_in_the_regex_module(text):
    regex = pytest.importorskip("regex")
    from newsparse.extract.figure_numbers import _CONTINENTAL_HINT, _FOLDED_APART, CONTINENTAL_HINT

    reference = [m.span() for m in regex.compile(_CONTINENTAL_HINT).finditer(text)]
    if any(letter in text for letter in _FOLDED_APART):
        from newsparse.extract.figure_numbers import _continental_hint_folded
        assert [m.span() for m in _continental_hint_folded().finditer(text)] == reference
    else:
        assert [m.span() for m in CONTINENTAL_HINT.finditer(text)] == reference


_HINT_PIECES = [*"0123456789.,, %€x\n", "000", ".000", ",5", " Prozent", " mio", "Euro", " percent", "1,500.25"]


@given(st.lists(st.sampled_from(_HINT_PIECES), max_size=40).map("".join))
@settings(max_examples=500, deadline=None)
def test_continental_detection_finds_what_a_search_of_the_whole_text_finds(text):
    from newsparse.extract.figure_numbers import CONTINENTAL_HINT, ENGLISH_HINT

    assert is_continental(text) is (bool(CONTINENTAL_HINT.search(text)) and not ENGLISH_HINT.search(text))
