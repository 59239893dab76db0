"""Zone rules: header, footer and paragraph repair."""

from __future__ import annotations

import pytest

from newsparse.zones import zone

STORY = "LONDON (Reuters) - Oil prices rose on Wednesday as traders watched the Gulf.\n\nBrent gained 2 percent.\n"


def header_lines(text: str) -> list[str]:
    doc = zone(text)
    return [doc.slice(s) for s in doc.header_lines]


def footer_lines(text: str) -> list[str]:
    doc = zone(text)
    return [doc.slice(s) for s in doc.footer_lines]


def paragraphs(text: str) -> list[str]:
    doc = zone(text)
    return [doc.slice(p) for p in doc.paragraphs]


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        ("Oil climbs\nBy Jane Doe\nPublished: 8 January 2020\n\n", ["By Jane Doe", "Published: 8 January 2020"]),
        ("Oil climbs\n\nBy Jane Doe\n\n", ["By Jane Doe"]),
        ("Oil climbs\n\nJane Doe, Reuters\n\n", ["Jane Doe, Reuters"]),
        ("Oil climbs\n\n**By JANE DOE**\n*Staff Writer*\n\n", ["**By JANE DOE**", "*Staff Writer*"]),
        ("Oil climbs\n\nBy JANE DOE\nAssociated Press\n\n", ["By JANE DOE", "Associated Press"]),
        ("Oil climbs\n\nBy Jane Doe\n\n3 min read\n\n", ["By Jane Doe", "3 min read"]),
        ("Oil climbs\nWed 8 Jan 2020 10.31 GMT\n\n", ["Wed 8 Jan 2020 10.31 GMT"]),
        ("Oil climbs\nUpdated 2020-01-08T10:31:00Z\n\n", ["Updated 2020-01-08T10:31:00Z"]),
        ("Oil climbs\n\nPhoto: Tankers at anchor off Fujairah. (Reuters)\n\n",
         ["Photo: Tankers at anchor off Fujairah. (Reuters)"]),
        ("---\ntitle: Oil climbs\nauthor: Jane Doe\ndate: 2020-01-08\n---\n\n",
         ["author: Jane Doe", "date: 2020-01-08"]),
        ("# Oil climbs\n\n*Traders watch the Gulf*\n\n---\n\n", ["*Traders watch the Gulf*"]),
        ("Oil climbs\n\nBy: Jane Doe\n\nShare  Facebook  X  Email\n\n", ["By: Jane Doe", "Share  Facebook  X  Email"]),
    ],
    ids=["byline-and-published-under-title", "byline-after-blank", "credit-byline-without-by", "bold-byline-and-role",
         "byline-and-outlet-line", "reading-time", "guardian-date-stamp", "iso-update-stamp", "photo-caption",
         "front-matter", "standfirst-closed-by-rule",
         "byline-with-colon-and-share-buttons"],
)
def test_header_lines(head, lines):
    assert header_lines(head + STORY) == lines
    assert paragraphs(head + STORY)[0].startswith("LONDON (Reuters)")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Oil climbs\n\n" + STORY, "# Oil climbs"),
        ("Oil climbs\n==========\n\n" + STORY, "Oil climbs"),
        ("Oil climbs\n\n" + STORY, "Oil climbs"),
        ("WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee, ending weeks of debate.\n\n"
         "The vote fell along party lines.\n", None),
        ("By Jane Doe\n\n" + STORY, None),
        ("Oil climbs\nTraders watch the Gulf\n\n" + STORY, "Oil climbs"),
        ("World News\n# Oil climbs as traders watch the Gulf\n\n" + STORY, "# Oil climbs as traders watch the Gulf"),
        ("Oil climbs\n02/01/2020\n\n" + STORY, "Oil climbs"),
        ("NEW YORK, March 3 - Texaco Inc said\nit would cut jobs.\n\n" + STORY, None),
        ("Home > World > Asia\n\n# Oil climbs\n\n" + STORY, "# Oil climbs"),
        ("[Skip to main content](#main)\n\n# Oil climbs\n\n" + STORY, "# Oil climbs"),
        ("Skip to content\nHome\nNews\nSport\n\nOil climbs\n\n" + STORY, "Oil climbs"),
        ("## WORLD\n\n# Oil climbs\n\n" + STORY, "# Oil climbs"),
        ("We use cookies to improve your experience. [Accept] [Manage settings]\n\nHome | World | Business | Sport\n"
         "Search\n\nAfrica\n\nOil climbs as traders watch\n\n" + STORY, "Oil climbs as traders watch"),
        ("Skip to main content\nMenu  |  News  |  Sport  |  Business\nSign in    Subscribe\n\nUK News\n\nOil climbs\n\n"
         + STORY, "Oil climbs"),
        ("Coastline News\n\nHome > Business > Energy\n\nOil climbs\n\n" + STORY, "Oil climbs"),
        ("Courts\n\nSkipper jailed over smuggling run\n\nBy Jo Marsh | Updated 2 hours ago\n\n" + STORY,
         "Skipper jailed over smuggling run"),
        ("RALLY REVIEW\nMenu  Rallying  Hill Climbs  Podcasts  Log in\n\nOil climbs as traders watch\n\n" + STORY,
         "Oil climbs as traders watch"),
        ("gridpower.news\nMarkets  Oil & Gas  Power  Data\n\nOil climbs as traders watch\n\n" + STORY,
         "Oil climbs as traders watch"),
        ("Oil climbs\n\nTraders watch the Gulf as tankers wait\n\n" + STORY, "Oil climbs"),
        ("The Hill Country Courier\n\nOil climbs as traders watch the Gulf\n\nBy Jo Marsh, Staff Writer\n\n" + STORY,
         "Oil climbs as traders watch the Gulf"),
        ("From: MoneyWise Weekly <hello@mw.example.com>\nSubject: Oil climbs\n\n" + STORY, "Subject: Oil climbs"),
        ("KWLR 7 News\nWatch Live | Weather\n\nOil climbs on supply fears\n\nALBUQUERQUE, N.M. (KWLR) — Oil rose.\n",
         "Oil climbs on supply fears"),
        ("Your privacy matters to us\nWe and our 312 partners use data on your device to show ads and measure "
         "audiences. You can change your choices at any time.\nACCEPT ALL    MANAGE OPTIONS\n\nThe Lakeside Courier\n"
         "News | Sport | Business | Jobs\n\nHome > News\n\nOil climbs on supply fears\n\n" + STORY,
         "Oil climbs on supply fears"),
        ("Privacy settings\nWe store cookies to run this service.\n[Accept all] [Reject all]\n\nOil climbs on supply "
         "fears\n\n" + STORY, "Oil climbs on supply fears"),
        ("Sign In | Subscribe: 99p for your first month\nTHE LAKESIDE COURIER\nHome  News  Sport  Opinion  e-Edition"
         "\n\nLOCAL NEWS\n\nOil climbs on supply fears\n\n" + STORY, "Oil climbs on supply fears"),
        ("Skip to content\nSubscribe for $1 | Sign In\nThe Lakeside Herald\n\nOil climbs on supply fears\n\n" + STORY,
         "Oil climbs on supply fears"),
        ("[Home](https://x.example/) | [Politics](https://x.example/politics/)\n\n# Oil climbs on supply fears\n\n"
         + STORY, "# Oil climbs on supply fears"),
        ("KVLR 7 News\nWatch Live | Weather\nWEATHER ALERT: Flood watch until 7 PM\nAdvertisement\n\nOil climbs on "
         "supply fears\n\n" + STORY, "Oil climbs on supply fears"),
        ("Oil climbs on supply fears\nAccept the deal, unions told\n\n" + STORY, "Oil climbs on supply fears"),
        ("Skip to content\nWPTR 12 News | Storm Warning: Roads closed until noon\nWatch Live   News   Weather   "
         "12 On Your Side   Traffic\nAdvertisement\n\nOil climbs on supply fears\n\nBy: Jo Marsh\n\n" + STORY,
         "Oil climbs on supply fears"),
        ("Skip to content\nWatch Live   News   12 On Your Side   Traffic\n\nOil climbs on supply fears\n\n" + STORY,
         "Oil climbs on supply fears"),
        ("Advertisement\n\nOil climbs on supply fears\n\n" + STORY, "Oil climbs on supply fears"),
        ("Skip to content\nOil Prices Climb | Live: Traders React\n\n" + STORY,
         "Oil Prices Climb | Live: Traders React"),
        ("U.S./China Trade Talks Resume\nNegotiators meet in Geneva\n\n" + STORY, "U.S./China Trade Talks Resume"),
        ("Menu  Search  Sign in\nTHE HARBOUR TRIBUNE\nMarkets  |  FTSE 250 19,402.10 ▼ 0.27%  |  EUR/GBP 0.8412  |  "
         "Gold $2,311.40\nHome > Money > Property\n\nOil climbs on supply fears\n\n" + STORY,
         "Oil climbs on supply fears"),
        ("THE HARBOUR TRIBUNE\nDOW 38,412.55 +0.3%  ·  NASDAQ 16,120.08 -0.1%\n\nOil climbs on supply fears\n\n"
         + STORY, "Oil climbs on supply fears"),
        ("Nikkei 225 tops 40,000 for first time\n\n" + STORY, "Nikkei 225 tops 40,000 for first time"),
        ("Deccan Money Times\nHome / Markets / Commodities\nSensex 72,615.90 (+0.34%)   Nifty 21,980.05 (+0.29%)\n\n"
         "Steelmaker's output climbs 9% in June\n\n" + STORY, "Steelmaker's output climbs 9% in June"),
        ("Markets / Economy\nNifty 22,104.75 -96.20 (-0.43%)  |  USD/INR 83.27  |  Gold ₹70,940\n\n"
         "Rupee slips past 83 as oil climbs\n\n" + STORY, "Rupee slips past 83 as oil climbs"),
        ("Sensex sheds 600 points (-0.8%)\n\n" + STORY, "Sensex sheds 600 points (-0.8%)"),
        ("Harbour plan splits council; \nMayor defends costs as critics warn of delays.\n\n" + STORY,
         "Harbour plan splits council"),
        ("Harbour plan splits council;\nthe mayor defends costs\n\n" + STORY, None),
        ("EXCLUSIVE – Sen. Reed: Washington Would Rather Lose the West.\n\n" + STORY,
         "EXCLUSIVE – Sen. Reed: Washington Would Rather Lose the West."),
    ],
    ids=["atx", "setext", "short-first-line", "story-opening-with-dateline-is-body", "byline-first-is-no-title",
         "headline-over-subtitle", "section-label-over-heading", "headline-over-numeric-date", "wrapped-prose-is-body",
         "breadcrumbs-before-the-heading", "skip-link-before-the-heading", "menu-before-the-headline",
         "section-heading-over-the-heading", "cookie-banner-menu-and-section-before-the-headline",
         "skip-line-pipe-menu-and-section-label-before-the-headline", "site-name-over-breadcrumbs",
         "section-label-over-headline-and-byline", "site-name-over-a-spaced-menu", "site-address-over-a-spaced-menu",
         "short-headline-over-a-standfirst-without-byline", "a masthead over the headline and byline",
         "an e-mail's subject", "a station's masthead and menu over the headline and dateline",
         "a consent banner over the masthead, menu and breadcrumbs", "a consent banner with bracketed buttons",
         "a sign-in line with a subscription offer over the masthead and a spaced menu",
         "a subscription offer first, then sign-in, over the masthead", "a menu of Markdown links over the heading",
         "a station's weather alert over the headline",
         "a headline opening with a consent word is no banner",
         "a station's skip link, name with its alert banner, menu and advert label over the headline",
         "a spaced menu with a numbered item", "an advert's label over the headline",
         "a headline in title case with a bar and colon is no station's name",
         "a headline with a slash over its subtitle is no breadcrumb",
         "a menu, masthead, markets ticker and breadcrumbs over the headline", "a masthead over a markets ticker",
         "a headline quoting one index level is no ticker",
         "a masthead, breadcrumbs and a Sensex/Nifty ticker with changes in brackets over the headline",
         "breadcrumbs over an index ticker with a change in points and a rupee price",
         "a headline with an index change in brackets is no ticker",
         "a headline ending with a semicolon over its subtitle", "a semicolon over a line in lower case is prose",
         "a long label and dash opening a headline in title case, a period closing it"],
)
def test_title_line(text, title):
    doc = zone(text)
    assert (doc.slice(doc.title_line) if doc.title_line else None) == title


@pytest.mark.parametrize(
    ("text", "title", "first_paragraph"),
    [
        ("ARVIN INDS <ARV> PROMOTES EVANS\nCOLUMBUS, IND., Feb 26 - Arvin Industries said L.K. Evans was named.\n",
         "ARVIN INDS <ARV> PROMOTES EVANS", "COLUMBUS, IND., Feb 26 - Arvin"),
        ("Oil climbs on supply worries\nLONDON, Jan 8 (Reuters) - Oil rose.\n", "Oil climbs on supply worries",
         "LONDON, Jan 8 (Reuters)"),
        ("Chip maker to cut jobs\nTEMPE, Ariz., Oct 20- The company said.\n", "Chip maker to cut jobs", "TEMPE, Ariz."),
        ("LANDMARK SAVINGS <LSA> COMPLETES OFFICE SALE\nLandmark Savings said it sold an office.\n",
         "LANDMARK SAVINGS <LSA> COMPLETES OFFICE SALE", "Landmark Savings said"),
        ("Oil climbs on supply worries\nas traders watch the Gulf for signs of trouble.\n", None, "Oil climbs"),
    ],
    ids=["capitals-headline-over-1987-dateline", "headline-over-reuters-dateline", "dash-glued-to-date",
         "capitals-headline-over-prose", "mixed-case-line-over-prose-is-one-paragraph"],
)
def test_headline_with_no_blank_line_under_it(text, title, first_paragraph):
    doc = zone(text)
    assert (doc.slice(doc.title_line) if doc.title_line else None) == title
    assert paragraphs(text)[0].startswith(first_paragraph)


def test_story_first_line_stays_in_the_body():
    text = ("WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee, ending weeks of debate.\n\n"
            "The vote fell along party lines.\n")
    assert paragraphs(text)[0].startswith("WASHINGTON (AP)")


@pytest.mark.parametrize(
    ("tail", "lines"),
    [
        ("\n---\n\n<https://www.example.com/oil-1>\n\n**Example News**\n",
         ["<https://www.example.com/oil-1>", "**Example News**"]),
        ("\nSource: [Reuters](https://www.example.com/oil-1)\n", ["Source: [Reuters](https://www.example.com/oil-1)"]),
        ("\n(Reporting by Jane Doe; Editing by John Roe)\n", ["(Reporting by Jane Doe; Editing by John Roe)"]),
        (" Reuter\n", [" Reuter"]),
        ("reuter\n", ["reuter"]),
        ("\n© 2020 The Guardian\n", ["© 2020 The Guardian"]),
        ("\nCopyright 2020 The Associated Press. All rights reserved.\n",
         ["Copyright 2020 The Associated Press. All rights reserved."]),
        ("\n— AP\n", ["— AP"]),
        ("\nFollow us on Twitter: https://twitter.com/example\n\nOriginally published at https://example.com/oil-1\n",
         ["Follow us on Twitter: https://twitter.com/example", "Originally published at https://example.com/oil-1"]),
        ("\nPrices had fallen for a week before the rise.\n", []),
        ("\nSOURCE Tamarack Copper Ltd.\n\nFor further information: Marta Lund, 604-555-0117\n",
         ["SOURCE Tamarack Copper Ltd.", "For further information: Marta Lund, 604-555-0117"]),
    ],
    ids=["after-rule-link-and-bold", "source-line", "reuters-credit", "reuter-signoff", "lower-case-signoff",
         "copyright-sign", "copyright-word", "ap-dash-signoff", "follow-and-originally-published", "no-footer",
         "press-release-issuer-and-contact"],
)
def test_footer_lines(tail, lines):
    assert footer_lines("Oil climbs\n\n" + STORY + tail) == lines


def test_one_line_wire_story_is_body_not_footer():
    assert paragraphs("Reuters\n") == ["Reuters"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('PARIS (AFP) - "Over the coming\n\ndays," he said.\n', ['PARIS (AFP) - "Over the coming\n\ndays," he said.']),
        ("PARIS (AFP) - The strike will go on for the\n\nrest of the week.\n",
         ["PARIS (AFP) - The strike will go on for the\n\nrest of the week."]),
        ("PARIS (AFP) - The strike ended.\n\nTrains ran again.\n",
         ["PARIS (AFP) - The strike ended.", "Trains ran again."]),
        ("PARIS (AFP) - The strike went on\n\nTrains did not run.\n",
         ["PARIS (AFP) - The strike went on", "Trains did not run."]),
    ],
    ids=["open-quotation-continues", "lower-case-continues", "closed-sentence-splits", "capital-without-quote-splits"],
)
def test_paragraph_repair(body, expected):
    assert paragraphs("Strike news\n\n" + body) == expected


def test_crlf_offsets_match_the_text():
    text = "Oil climbs\r\n\r\nLONDON (Reuters) - Oil rose.\r\n"
    doc = zone(text)
    assert doc.slice(doc.paragraphs[0]) == "LONDON (Reuters) - Oil rose."
    assert len(doc.text) == len(text)


def test_html_left_by_a_scraper_breaks_paragraphs_and_frames_the_headline():
    doc = zone("<h1>Storm hits coast</h1>\n<br>\n<p>MIAMI — The storm hit on Monday.</p>\n&nbsp;\n<p>Rain fell.</p>\n")
    assert doc.slice(doc.title_line) == "<h1>Storm hits coast</h1>"
    assert [doc.slice(p) for p in doc.paragraphs] == ["<p>MIAMI — The storm hit on Monday.</p>", "<p>Rain fell.</p>"]


def test_a_block_of_labelled_fields_is_read_as_front_matter():
    doc = zone("Title: Port volumes rebound\nDate: 2024-07-26\nAuthor: Henk de Vries\n\nROTTERDAM — Volumes rose.\n")
    assert doc.slice(doc.title_line) == "Title: Port volumes rebound"
    assert [doc.slice(p) for p in doc.paragraphs] == ["ROTTERDAM — Volumes rose."]


def test_a_field_block_needs_a_title():
    doc = zone("Date: 2024-07-26\nAuthor: Henk de Vries\n\nROTTERDAM — Volumes rose.\n")
    assert doc.title_line is None or doc.slice(doc.title_line) != "Date: 2024-07-26"



@pytest.mark.parametrize(
    ("line", "navigation"),
    [
        ("DOW 38,996.39 +0.2%  |  S&P 500 5,137.08  |  Gold $2,083.50", True),
        ("FTSE 100 8,214.52 ▲ 0.41%  |  Brent $78.12", True),
        ("WE USE COOKIES to improve your visit", True),
        ("This site uses cookies — see our policy", True),
        ("Home > World > Asia", True),
        ("Markets  Oil & Gas  Power  Data  Newsletter", True),
        ("Oil climbs on supply worries", False),
        ("Oil climbs 2% on supply worries", False),
        ("Bakers worry about the price of cookies", False),
    ],
    ids=["ascii-ticker", "ticker-with-arrows", "cookie-notice-in-capitals", "cookie-notice-with-a-dash", "breadcrumbs",
         "spaced-menu", "headline", "headline-with-a-figure", "headline-about-cookies"],
)
def test_navigation_line(line, navigation):
    from newsparse.zone_lines import is_navigation_line

    assert is_navigation_line(line) is navigation


@pytest.mark.parametrize("bullet", ["- ", "* ", "• "])
def test_a_list_item_after_a_sentence_opens_a_paragraph(bullet):
    doc = zone(f"Title\n\nWhy it matters: the bill passed.\n{bullet}Sam Pike said he would sign.\n"
               f"{bullet}Ann Lee said she would not.\n")
    assert [doc.slice(p) for p in doc.paragraphs] == [
        "Why it matters: the bill passed.", f"{bullet}Sam Pike said he would sign.",
        f"{bullet}Ann Lee said she would not."]


def test_a_dash_carrying_a_sentence_on_opens_no_paragraph():
    doc = zone("Title\n\nThe plan, which the council\n- after a long night - passed, was cut.\n")
    assert [doc.slice(p) for p in doc.paragraphs] == [
        "The plan, which the council\n- after a long night - passed, was cut."]
