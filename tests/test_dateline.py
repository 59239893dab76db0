"""Datelines: every house style the wires and outlets use, and what is not a dateline."""

from __future__ import annotations

import datetime

import pytest

from newsparse.extract.dateline import extract_dateline
from newsparse.zones import zone

REFERENCE = datetime.date(2020, 1, 10)  # a Friday


def dateline_of(body: str, *, title: str = "A headline about the news", reference=None):
    text = f"{title}\n\n{body}\n" if title else f"{body}\n"
    return extract_dateline(zone(text), reference)


# (opening of the story, dateline text, location, date without a reference, agency)
STYLES = [
    ("NEW YORK, March 3 (Reuters) - Stocks rose on Tuesday.", "NEW YORK, March 3 (Reuters) -", "NEW YORK",
     "--03-03", "Reuters"),
    ("NEW YORK, March 3 - Stocks rose on Tuesday.", "NEW YORK, March 3 -", "NEW YORK", "--03-03", None),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
    ("**LONDON (Reuters)** - The bank raised rates.", "**LONDON (Reuters)** -", "LONDON", None, "Reuters"),
    ("**NAIROBI** — Kenya's parliament passed the budget.", "**NAIROBI** —", "NAIROBI", None, None),
    ("TOKYO, Feb. 14 Kyodo - Japan's economy grew.", "TOKYO, Feb. 14 Kyodo -", "TOKYO", "--02-14", "Kyodo"),
    ("MELBOURNE, Jan 14 AAP - A heatwave hit.", "MELBOURNE, Jan 14 AAP -", "MELBOURNE", "--01-14", "AAP"),
    ("Bogotá, Jul 10 (EFE).- Colombia said it would act.", "Bogotá, Jul 10 (EFE).-", "Bogotá", "--07-10", "EFE"),
    ("New Delhi [India], March 24 (ANI): The cabinet met.", "New Delhi [India], March 24 (ANI):", "New Delhi",
     "--03-24", "ANI"),
    ("(ANSA) - ROME, MAR 12 - Italy said it would act.", "(ANSA) - ROME, MAR 12 -", "ROME", "--03-12", "ANSA"),
    ("(Reuters) - BRUSSELS lawmakers said no.", "(Reuters) -", None, None, "Reuters"),
    ("BOSTON--(BUSINESS WIRE)--Feb. 22, 2024-- Globex announced results.", "BOSTON--(BUSINESS WIRE)--Feb. 22, 2024--",
     "BOSTON", "2024-02-22", "Business Wire"),
    ("PORT OF SPAIN, Trinidad and Tobago (AP) — Rain fell.", "PORT OF SPAIN, Trinidad and Tobago (AP) —",
     "PORT OF SPAIN, Trinidad and Tobago", None, "AP"),
    ("PARIS (AFP) - Unions called a strike.", "PARIS (AFP) -", "PARIS", None, "AFP"),
    ("Mbombela - Lwazi Ndabankulu scored two tries.", "Mbombela -", "Mbombela", None, None),
    ("Cape Town - The rand fell on Monday.", "Cape Town -", "Cape Town", None, None),
    ("Brussels, January 8 (RHC)-- NATO said it would move troops.", "Brussels, January 8 (RHC)--", "Brussels",
     "--01-08", "RHC"),
    ("LONDON, England (CNN) -- The queen opened parliament.", "LONDON, England (CNN) --", "LONDON, England",
     None, "CNN"),
    ("BAHIA BLANCA, Argentina, Feb 26 - Grain shipments resumed.", "BAHIA BLANCA, Argentina, Feb 26 -",
     "BAHIA BLANCA, Argentina", "--02-26", None),
    ("SPRINGFIELD, Ill. — Lawmakers returned to the capitol.", "SPRINGFIELD, Ill. —", "SPRINGFIELD, Ill.",
     None, None),
    ("CHARLESTON, W.Va. (AP) — Coal output fell.", "CHARLESTON, W.Va. (AP) —", "CHARLESTON, W.Va.", None, "AP"),
    ("Paris, 8 January (AFP) - The government said.", "Paris, 8 January (AFP) -", "Paris", "--01-08", "AFP"),
    ("PARIS, Jan. 8 (Reuters) - The government said.", "PARIS, Jan. 8 (Reuters) -", "PARIS", "--01-08",
     "Reuters"),
    ("Kabul, Afghanistan, 8 January 2020 (AFP) - The Taliban said.", "Kabul, Afghanistan, 8 January 2020 (AFP) -",
     "Kabul, Afghanistan", "2020-01-08", "AFP"),
    ("Dec 29 (Reuters) - The candidate said on Tuesday.", "Dec 29 (Reuters) -", None, "--12-29", "Reuters"),
    ("(CNN) — The president said on Tuesday.", "(CNN) —", None, None, "CNN"),
    ("(CNN)The president said on Tuesday.", "(CNN)", None, None, "CNN"),
    ("NEW DELHI, Jan 8 (PTI) The government said.", "NEW DELHI, Jan 8 (PTI)", "NEW DELHI", "--01-08", "PTI"),
    ("NEW DELHI: The government said on Wednesday.", "NEW DELHI:", "NEW DELHI", None, None),
    ("DUBAI/LONDON, March 3 (Reuters) - Oil prices rose.", "DUBAI/LONDON, March 3 (Reuters) -", "DUBAI/LONDON",
     "--03-03", "Reuters"),
    ("UNITED NATIONS (AP) — The council met.", "UNITED NATIONS (AP) —", "UNITED NATIONS", None, "AP"),
    ("NEW YORK, Jan. 8, 2020 /PRNewswire/ -- Acme Corp announced.", "NEW YORK, Jan. 8, 2020 /PRNewswire/ --",
     "NEW YORK", "2020-01-08", "PRNewswire"),
    ("MOSCOW, January 8. /TASS/. Russia said.", "MOSCOW, January 8. /TASS/.", "MOSCOW", "--01-08", "TASS"),
    ("Berlin (dpa) - Germany said.", "Berlin (dpa) -", "Berlin", None, "dpa"),
    ("WASHINGTON -- The Senate voted.", "WASHINGTON --", "WASHINGTON", None, None),
    ("WASHINGTON—The Senate voted.", "WASHINGTON—", "WASHINGTON", None, None),
    ("Washington – The Senate voted.", "Washington –", "Washington", None, None),
    ("RIO DE JANEIRO, Jan 8 (Reuters) - Brazil said.", "RIO DE JANEIRO, Jan 8 (Reuters) -", "RIO DE JANEIRO",
     "--01-08", "Reuters"),
    ("ST. LOUIS, Feb 26 - The bank said.", "ST. LOUIS, Feb 26 -", "ST. LOUIS", "--02-26", None),
    ("COLUMBUS, IND., Feb 26 - The company said.", "COLUMBUS, IND., Feb 26 -", "COLUMBUS, IND.", "--02-26", None),
    ("NEW YORK, Nov. 19 (UPI) -- The mayor said.", "NEW YORK, Nov. 19 (UPI) --", "NEW YORK", "--11-19", "UPI"),
    ("ISLAMABAD, Jan 8 (APP): Pakistan said.", "ISLAMABAD, Jan 8 (APP):", "ISLAMABAD", "--01-08", "APP"),
    ("Los Angeles (CNN Business)Apple said.", "Los Angeles (CNN Business)", "Los Angeles", None, "CNN Business"),
    ("SEOUL, Sept. 3 (Yonhap) -- North Korea fired.", "SEOUL, Sept. 3 (Yonhap) --", "SEOUL", "--09-03", "Yonhap"),
    ("LONDON, 3rd March (Reuters) - Oil rose.", "LONDON, 3rd March (Reuters) -", "LONDON", "--03-03", "Reuters"),
    ("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Inc. today announced results.", "SAN JOSE, Calif.--(BUSINESS WIRE)--",
     "SAN JOSE, Calif.", None, "Business Wire"),
    ("WASHINGTON (AP) _ The Senate voted.", "WASHINGTON (AP) _", "WASHINGTON", None, "AP"),
    ("PORT-AU-PRINCE, Haiti (AP) — Protesters marched.", "PORT-AU-PRINCE, Haiti (AP) —", "PORT-AU-PRINCE, Haiti",
     None, "AP"),
    ("COEUR D'ALENE, Idaho (AP) — A fire spread.", "COEUR D'ALENE, Idaho (AP) —", "COEUR D'ALENE, Idaho", None, "AP"),
    ("(Bloomberg) -- Stocks rose.", "(Bloomberg) --", None, None, "Bloomberg"),
    ("GRAND FORKS, N.D. (Feb. 11, 2025) — The university said.", "GRAND FORKS, N.D. (Feb. 11, 2025) —",
     "GRAND FORKS, N.D.", "2025-02-11", None),
    ("LAWRENCE, Kan. (Tuesday, Oct. 1, 2024) - The center opened.", "LAWRENCE, Kan. (Tuesday, Oct. 1, 2024) -",
     "LAWRENCE, Kan.", "2024-10-01", None),
    ("ABERDEEN (12 June 2024) – The council said.", "ABERDEEN (12 June 2024) –", "ABERDEEN", "2024-06-12", None),
]


@pytest.mark.parametrize(
    ("body", "text", "location", "date", "agency"),
    STYLES,
    ids=[s[1] for s in STYLES],
)
def test_house_style_is_read(body, text, location, date, agency):
    d = dateline_of(body)
    assert d is not None
    assert (d.text, d.location, d.date, d.agency) == (text, location, date, agency)


@pytest.mark.parametrize("body", [s[0] for s in STYLES], ids=[s[1] for s in STYLES])
def test_span_indexes_the_text(body):
    text = f"A headline about the news\n\n{body}\n"
    d = extract_dateline(zone(text))
    assert text[d.start:d.end] == d.text


NOT_DATELINES = [
    ("place-first-sentence", "Paris is a city of light and it has many museums."),
    ("place-then-aside", "Paris — the city of light — is quiet today."),
    ("label-exclusive", "EXCLUSIVE — Donald Trump told the paper he would run."),
    ("label-breaking-colon", "BREAKING: The Senate voted."),
    ("label-news-analysis", "NEWS ANALYSIS — The vote was close."),
    ("label-developing", "DEVELOPING — A fire broke out downtown."),
    ("acronym", "NASA — the space agency — said it would launch."),
    ("label-update", "UPDATE — The Senate voted again."),
    ("label-file-photo", "FILE - In this Jan. 8, 2020, file photo, a man walks."),
    ("label-analysis", "ANALYSIS — The market is nervous."),
    ("label-editors-note", "EDITOR'S NOTE — This story contains graphic details."),
    ("label-live-updates", "LIVE UPDATES — The storm hit the coast."),
    ("label-watch-colon", "WATCH: The candidate says he will win."),
    ("blog-date-line", "January 8, 2020 — Today I want to talk about my garden."),
    ("weekday-aside", "Monday — a day of mourning in the city."),
    ("date-without-agency", "March 3 - Stocks rose."),
    ("date-colon", "Jan. 8: The council meets."),
    ("label-colon-in-title-case", "Note: The figures are provisional."),
    ("known-place-colon-before-no-sentence", "Washington: a city of monuments and traffic."),
    ("company-ticker", "Apple (AAPL) - shares rose."),
    ("place-based-company", "London-based Barclays said on Tuesday."),
    ("place-inside-sentence", "In WASHINGTON — the Senate voted."),
    ("name-dash-aside", "President Obama — who spoke Tuesday — said."),
    ("place-hyphen-aside", "Paris - the city of light - is quiet today."),
    ("name-hyphen-sentence", "Trump - The candidate spoke for an hour."),
    ("unknown-title-case-word", "Trump — The candidate spoke for an hour."),
    ("hyphenated-capitals-name", "S-K-I Ltd and its partner said they reached an agreement."),
    ("name-with-bracketed-date", "Harold Lindqvist (March 4, 2025) - A tribute to a teacher."),
    ("bracketed-month-and-year", "DENVER (March 2025) — The plan was approved."),
    ("bracketed-date-without-dash", "TULSA, Okla. (May 2, 2024) The clinic opened."),
    ("bracketed-date-left-open", "TULSA, Okla. (May 2, 2024 - June 1, 2024) — The fair ran."),
]


@pytest.mark.parametrize("body", [b for _, b in NOT_DATELINES], ids=[i for i, _ in NOT_DATELINES])
def test_not_a_dateline(body):
    assert dateline_of(body) is None


def test_dateline_deep_in_body_is_not_read():
    body = ("The Senate met for a long session on Tuesday and the debate ran well into the night, with "
            "speeches from both sides of the aisle about the budget and the deficit it leaves behind.\n\n"
            "More text follows here.\n\nWASHINGTON — Lawmakers said.")
    assert dateline_of(body) is None


@pytest.mark.parametrize(
    "preamble",
    ["By Jane Doe", "Photo: A man walks past a bank in London. (Reuters/Jane Doe)",
     "As hate speech grows, so does the debate on free expression."],
    ids=["byline", "photo-caption", "standfirst"],
)
def test_short_line_above_the_dateline(preamble):
    d = dateline_of(f"{preamble}\n\nLONDON (Reuters) - Oil rose.")
    assert d is not None and d.location == "LONDON"


@pytest.mark.parametrize(
    "furniture",
    ["By: Dana Whitcombe", "BY: DANA WHITCOMBE", "Share  Facebook  X  Email",
     "Share this story: Facebook | WhatsApp | Copy link", "Facebook  Twitter  Email  Print",
     "By: Dana Whitcombe\nPosted at 4:05 PM, Mar 3, 2025\n\nShare  Facebook  X  Email"],
    ids=["byline-with-colon", "byline-with-colon-in-capitals", "share-buttons", "share-this-story-with-pipes",
         "share-targets-alone", "station-byline-posted-and-share-lines"],
)
def test_page_furniture_under_the_title_leaves_the_dateline_first(furniture):
    d = dateline_of(f"{furniture}\n\nBRIAR HOLLOW — The school board voted Tuesday to delay the bus contract.")
    assert d is not None and d.text == "BRIAR HOLLOW —"


def test_a_share_word_in_a_sentence_is_no_furniture():
    d = dateline_of("Share prices of Facebook and X fell.\n\nBRIAR HOLLOW — The school board voted Tuesday.")
    assert d is None


def test_story_with_no_title_opens_with_its_dateline():
    d = dateline_of("WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee, ending weeks "
                    "of debate.\n\nThe vote fell along party lines.", title="")
    assert d is not None and d.agency == "AP"


# (opening, reference date, expected ISO date)
DATES = [
    ("NEW YORK, March 3 (Reuters) - Stocks rose.", REFERENCE, "2019-03-03"),
    ("PARIS, Jan. 8 (Reuters) - Unions said.", REFERENCE, "2020-01-08"),
    ("PARIS, Jan. 10 (Reuters) - Unions said.", REFERENCE, "2020-01-10"),
    ("MOSCOW, Wednesday (Reuters) - Russia said.", REFERENCE, "2020-01-08"),
    ("MOSCOW, Friday (Reuters) - Russia said.", REFERENCE, "2020-01-10"),
    ("MOSCOW, Wednesday (Reuters) - Russia said.", None, None),
    ("Kabul, 8 January 2021 (AFP) - The Taliban said.", REFERENCE, "--01-08"),
    ("Kabul, 8 January 2019 (AFP) - The Taliban said.", REFERENCE, "2019-01-08"),
    ("LONDON, Feb 29 (Reuters) - A leap day.", datetime.date(2021, 6, 1), "2020-02-29"),
]


@pytest.mark.parametrize(
    ("body", "reference", "date"),
    DATES,
    ids=["month-day-after-reference-goes-back-a-year", "month-day-before-reference", "reference-day-itself",
         "weekday-resolves-against-reference", "weekday-is-the-reference-day", "weekday-without-reference",
         "written-year-after-reference-is-dropped", "written-year-kept", "leap-day-finds-a-leap-year"],
)
def test_date_with_reference(body, reference, date):
    assert dateline_of(body, reference=reference).date == date


@pytest.mark.parametrize(
    ("header", "body", "date"),
    [
        ("Published: Thursday 9 January 2020 10:31 GMT", "MOSCOW, Wednesday (Reuters) - Russia said.", "2020-01-08"),
        ("January 2, 2020", "NEW YORK, Dec. 31 (Reuters) - Stocks rose.", "2019-12-31"),
        ("By Jane Doe | January 8, 2020", "PARIS, Jan. 8 (Reuters) - Unions said.", "2020-01-08"),
        ("Updated 2020-01-09T08:00:00Z", "PARIS, Jan. 9 (Reuters) - Unions said.", "2020-01-09"),
    ],
    ids=["published-line-anchors-weekday", "header-date-early-january-gives-last-year", "byline-date",
         "iso-timestamp"],
)
def test_year_from_the_articles_own_date(header, body, date):
    d = extract_dateline(zone(f"A headline\n{header}\n\n{body}\n"))
    assert d.date == date


def test_article_date_after_reference_is_not_believed():
    text = "A headline\nPublished: 8 January 2021\n\nPARIS, Jan. 8 (Reuters) - Unions said.\n"
    assert extract_dateline(zone(text), REFERENCE).date == "2020-01-08"


@pytest.mark.parametrize(
    ("body", "name", "region", "country"),
    [
        ("BAHIA BLANCA, Argentina, Feb 26 - Grain moved.", "Bahía Blanca", None, "AR"),
        ("SPRINGFIELD, Ill. — Lawmakers met.", "Springfield", "Illinois", "US"),
        ("Brussels, January 8 (RHC)-- NATO said.", "Brussels", None, "BE"),
        ("RANGOON, Burma — Leaders said.", "Yangon", None, "MM"),
    ],
    ids=["city-and-country", "city-and-ap-state", "capital-alone", "old-country-name"],
)
def test_place_is_named(body, name, region, country):
    place = dateline_of(body).place
    assert (place.name, place.region, place.country) == (name, region, country)


@pytest.mark.parametrize(
    "body",
    ["SPRINGFIELD — Lawmakers met on Monday.", "DUBAI/LONDON (Reuters) - Oil rose.", "(CNN) — The president spoke."],
    ids=["ambiguous-city-alone", "several-cities", "no-place"],
)
def test_place_left_unnamed(body):
    assert dateline_of(body).place is None


@pytest.mark.parametrize("text", [s[1] for s in STYLES], ids=[s[1] for s in STYLES])
def test_every_dateline_holds_the_mark_the_long_match_is_tried_for(text):
    from newsparse.extract.dateline import DATELINE_MARK

    assert DATELINE_MARK.search(text) is not None


# Openings read by re (DATELINE, ASCII letters) must be read the same by the regex module, for which the
# pattern was written; the others go to the regex module itself.
ENGINES = [s[0] for s in STYLES] + [
    "WASHINGTON\u00a0(AP) — The Senate voted.",
    "NEW YORK, March 3 (Reuters) – “We will win,” he said.",
    "SÃO PAULO, Brazil (AP) — Prices rose.",
    "BOGOTÁ, Colombia, Feb 26 (Reuters) - The peso fell.",
    "ZÜRICH — Banks said.",
    "Sept\u017f 3 (Reuters) - The index fell.",
    "KİEV (AP) — Talks resumed.",
    "\u212aABUL (AFP) - The Taliban said.",
    "Paris is a city of light.",
]


@pytest.mark.parametrize("opening", ENGINES, ids=ENGINES)
def test_re_and_regex_read_an_opening_alike(opening):
    regex = pytest.importorskip("regex")
    from newsparse.extract.dateline import _DATELINE, DATELINE, PLAIN_OPENING, _dateline_any_letters

    plain = PLAIN_OPENING.fullmatch(opening) is not None
    reference = regex.compile(_DATELINE).match(opening)
    m = (DATELINE if plain else _dateline_any_letters()).match(opening)
    assert (m and (m.span(), m.groupdict())) == (reference and (reference.span(), reference.groupdict()))


def test_plain_punctuation_is_no_letter_digit_or_word_character_to_either_engine():
    regex = pytest.importorskip("regex")
    import re

    from newsparse.extract.dateline import PLAIN_PUNCTUATION

    for char in PLAIN_PUNCTUATION:
        assert not regex.match(r"[\p{L}\p{N}\w\d]", char) and not re.match(r"[\w\d]", char), char
        assert bool(regex.match(r"\s", char)) == bool(re.match(r"\s", char)), char
        assert not any(re.match(f"(?i:{x})", char) or regex.match(f"(?i:{x})", char)
                       for x in "abcdefghijklmnopqrstuvwxyz"), char


def test_a_press_release_block_above_the_dateline_is_passed_over():
    body = ("Raises its outlook\n\nNEWS PROVIDED BY\nNorthwind Robotics, Inc.\nOct 29, 2024, 16:05 ET\n\n"
            "SAN JOSE, Calif., Oct. 29, 2024 /PRNewswire/ -- Northwind reported results.")
    assert dateline_of(body).text == "SAN JOSE, Calif., Oct. 29, 2024 /PRNewswire/ --"


def test_a_hard_wrapped_paragraph_is_no_preamble():
    body = "Oil rose on Tuesday as traders\nwatched the Gulf closely.\n\nLONDON - Traders said prices would rise."
    assert dateline_of(body) is None


def test_a_paragraph_tag_before_the_dateline_is_passed_over():
    assert dateline_of("<p>MIAMI — The storm hit the coast on Monday.</p>").text == "MIAMI —"


def test_a_labelled_date_gives_the_dateline_its_year():
    doc = zone("Title: Port volumes rebound\nDate: 2024-07-26\n\nROTTERDAM, 26 July — Volumes rose.\n")
    assert extract_dateline(doc).date == "2024-07-26"



@pytest.mark.parametrize(
    "summary",
    ["Synopsis\nQuarterly output rose 11 per cent, while the order book grew to a record.",
     "Follow us   |   Share   |   Font Size\nSynopsis\nThe mill's output rose 11 per cent on firm demand.",
     "Key points:\nOutput rose 11 per cent.\nThe order book hit a record.\nShares closed higher.",
     "**Highlights:** Output rose 11 per cent, and the order book hit a record in the quarter to December.",
     "Synopsis\n\nThe mill's output rose 11 per cent in the December quarter on firm demand from carmakers and "
     "builders, while its order book grew to a record and its debt fell for a third straight quarter, the "
     "company said in a filing to the exchanges."],
    ids=["label-over-its-summary", "chrome-label-and-summary", "label-with-colon-over-several-lines",
         "bold-label-with-its-summary-inline", "label-paragraph-over-a-long-summary-paragraph"],
)
def test_a_labelled_summary_above_the_dateline_is_passed_over(summary):
    d = dateline_of(f"{summary}\n\nCHENNAI: Steelmaker Kaveri Mills on Monday reported an 11 per cent rise in output.")
    assert d is not None and d.location == "CHENNAI"


def test_a_summary_label_leaves_a_dateline_deep_in_the_body_unread():
    body = ("Synopsis\nOutput rose 11 per cent.\n\nThe mill said demand from carmakers stayed firm through the "
            "quarter and that it expected the order book to keep growing into the new year, when two new lines "
            "open at its plant on the coast.\n\nCHENNAI: Officials said more.")
    assert dateline_of(body) is None


def test_a_header_line_of_when_and_where():
    """The Hindu writes its dateline above the story, after the time it was published."""
    d = dateline_of("Chief Minister H.K. Rao on Thursday announced a plan.",
                    title="CM announces plan\n\nPublished - October 17, 2024 09:48 pm IST - BENGALURU")
    assert (d.text, d.location, d.date, d.agency) == (
        "Published - October 17, 2024 09:48 pm IST - BENGALURU", "BENGALURU", "2024-10-17", None)
    assert d.place is not None and d.place.country == "IN"


def test_a_published_line_without_a_known_place_is_no_dateline():
    assert dateline_of("The council met.", title="Council meets\n\nPublished - October 17, 2024 - STAFF REPORT") is None


@pytest.mark.parametrize(
    ("body", "location", "name"),
    [
        ("SAINT-AMBROIX-SUR-LÈZE, France (AFP) - Farmers blocked roads.", "SAINT-AMBROIX-SUR-LÈZE, France",
         "Saint-Ambroix-sur-Lèze"),
        ("SAINT-JEAN-DE-LUZ, France (AFP) - Farmers blocked roads.", "SAINT-JEAN-DE-LUZ, France", "Saint-Jean-de-Luz"),
    ],
    ids=["four parts and an accent", "a particle among the parts"],
)
def test_a_place_of_many_hyphenated_parts(body, location, name):
    dateline = dateline_of(body)
    assert dateline is not None and dateline.location == location
    assert dateline.place is not None and dateline.place.name == name  # (in lower case inside: 'de', 'sur')


def test_an_archive_abstract_and_full_text_label_above_the_dateline():
    body = ("ABSTRACT.\n\nA closed hospital is at the center of the race.\n\nFULL TEXT.\n\nPORT ALDWICK, N.J. — The "
            "lot has been empty for a year.")
    dateline = dateline_of(body, title="Rivals Spar Over a Hospital.")
    assert dateline is not None and dateline.text == "PORT ALDWICK, N.J. —"


@pytest.mark.parametrize("body, text", [
    ("Jaipur: The Rajasthan assembly was adjourned twice on Tuesday.", "Jaipur:"),
    ("New Delhi: The Centre on Tuesday said it would review the scheme.", "New Delhi:"),
], ids=["one-word", "two-words"])
def test_a_known_place_in_title_case_and_a_colon_opening_the_story(body, text):
    found = dateline_of(body)
    assert found is not None and found.text == text


@pytest.mark.parametrize("body, location, agency", [
    ("Hosakere, DHNS: The looms of the town have grown quieter.", "Hosakere", "DHNS"),
    ("Bengaluru, DHNS: The looms of the town have grown quieter.", "Bengaluru", "DHNS"),
    ("Madurai, ENS: The looms of the town have grown quieter.", "Madurai", "ENS"),
], ids=["a town the gazetteer does not know", "a city it knows", "another service"])
def test_a_dailys_own_news_service_after_the_place(body, location, agency):
    found = dateline_of(body)
    assert found is not None and (found.location, found.agency) == (location, agency)


_DECK = ("The three-term state delegate, who promised to answer every phone call, beat a former county executive and a "
         "surgeon who spent two million dollars of his own money in the race.")


def test_a_long_deck_right_above_the_dateline():
    found = dateline_of(f"{_DECK}\n\nPIKE FORD, Md. - Tom Reed spent the day in a parking lot.")
    assert found is not None and found.text == "PIKE FORD, Md. -"


def test_a_long_first_paragraph_and_another_before_a_place_and_dash_is_no_deck():
    assert dateline_of(f"{_DECK}\n\nLeaders met on Thursday.\n\nWASHINGTON — where the mood soured — has seen this.") \
        is None
