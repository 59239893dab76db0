"""The article's own link and its publisher, from the footer."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract import build_article
from newsparse.extract.footer import extract_footer
from newsparse.zones import zone

STORY = "Oil climbs\n\nLONDON (Reuters) - Oil prices rose on Wednesday as traders watched the Gulf.\n\n"


@pytest.mark.parametrize(
    ("footer", "url"),
    [
        ("<https://www.example.com/oil-climbs-1>", "https://www.example.com/oil-climbs-1"),
        ("https://www.example.com/oil-climbs-1", "https://www.example.com/oil-climbs-1"),
        ("[Example News](https://www.example.com/oil-climbs-1)", "https://www.example.com/oil-climbs-1"),
        ("Source: https://www.example.com/oil-climbs-1", "https://www.example.com/oil-climbs-1"),
        ("Source: [Reuters](https://www.example.com/oil-climbs-1)", "https://www.example.com/oil-climbs-1"),
        ("Originally published at https://www.example.com/oil-climbs-1.", "https://www.example.com/oil-climbs-1"),
        ("Read more: https://www.example.com/other-story\n\nOriginally published at https://www.example.com/oil-1",
         "https://www.example.com/oil-1"),
        ("---\n\nFollow us on Twitter: https://twitter.com/example\n\n<https://www.example.com/oil-1>",
         "https://www.example.com/oil-1"),
        ("This article first appeared on The Conversation: https://theconversation.com/oil-1",
         "https://theconversation.com/oil-1"),
        ("Read more: https://www.example.com/other-story", None),
        ("Related: https://www.example.com/other-story", None),
        ("Copyright 2020 NPR. To see more, visit https://www.npr.org.", None),
        ("View original content to download multimedia: https://www.example.com/news-releases/oil-1.html",
         "https://www.example.com/news-releases/oil-1.html"),
        ("© AFP 2024. All rights reserved.\nSource: https://www.example.com/oil-1\nRelated topics: Energy, Oil\n\n"
         "Newsletter — Sign up for our daily briefing", "https://www.example.com/oil-1"),
        ("Original: https://www.example.com/oil-1", "https://www.example.com/oil-1"),
        ("Original: <https://www.example.com/oil-1>", "https://www.example.com/oil-1"),
        ("_© 2024 Lakeside Courier. All rights reserved._ Read more at <https://www.lakesidecourier.ca/news/oil-1>",
         "https://www.lakesidecourier.ca/news/oil-1"),
        ("© 2024 Lakeside Courier.\n\nRead more at <https://www.lakesidecourier.ca/news/oil-1>",
         "https://www.lakesidecourier.ca/news/oil-1"),
        ("Read more at https://www.lakesidecourier.ca/news/oil-1", "https://www.lakesidecourier.ca/news/oil-1"),
        ("Read the full story at https://www.lakesidecourier.ca/news/oil-1/", "https://www.lakesidecourier.ca/news/oil-1/"),
        ("Read more at https://www.lakesidecourier.ca", None),
        ("Read more at https://www.lakesidecourier.ca/news/oil-1 and in our weekend edition", None),
    ],
    ids=["angle-brackets", "bare-url", "markdown-link", "source-url", "source-markdown-link",
         "originally-published-at", "read-more-is-not-own-link", "social-link-is-not-own-link",
         "first-appeared-on", "only-read-more", "only-related", "homepage-in-copyright-line",
         "press-release-original-content", "site-boilerplate-after-the-source", "original-label",
         "original-label-angle-brackets", "read-more-at-after-the-copyright-notice", "read-more-at-on-its-own-line",
         "read-more-at-a-bare-link", "read-the-full-story-at", "read-more-at-a-home-page-is-not-own-link",
         "read-more-at-with-words-after-is-not-own-link"],
)
def test_source_url(footer, url):
    assert extract_footer(zone(STORY + footer + "\n"))[0] == url


def test_link_inside_the_body_is_not_the_source():
    text = ("Oil climbs\n\nLONDON (Reuters) - Oil rose, https://www.example.com/earlier-story says.\n\n"
            "Prices had fallen for a week before the rise.\n")
    assert extract_footer(zone(text))[0] is None


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("**Radio Habana Cuba**", "Radio Habana Cuba"),
        ("__The Guardian__", "The Guardian"),
        ("Source: Reuters", "Reuters"),
        ("Source: [Reuters](https://www.example.com/oil-1)", "Reuters"),
        ("© 2020 The Guardian", "The Guardian"),
        ("Copyright 2016 The Associated Press. All rights reserved.", "Associated Press"),
        ("© Copyright 2020 Reuters", "Reuters"),
        ("© 2020 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
         "Guardian News & Media Limited"),
        ("© 2020 AFP", "Agence France-Presse"),
        (" Reuter", "Reuters"),
        ("reuter", "Reuters"),
        ("REUTER", "Reuters"),
        ("(AP)", "Associated Press"),
        ("— AP", "Associated Press"),
        ("-- AFP", "Agence France-Presse"),
        ("This article first appeared on The Conversation: https://theconversation.com/oil-1", "The Conversation"),
        ("<https://www.example.com/oil-1>\n\n**Example News**\n\n© 2020 Other Holdings", "Example News"),
        ("Source: Reuters https://www.example.com/oil-1", "Reuters"),
        ("Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, "
         "rewritten or redistributed.", "Associated Press"),
        ("© Reuters 2024", "Reuters"),
        ("© 2019 Bloomberg L.P.", "Bloomberg L.P."),
        ("This article is republished from [The Conversation](https://theconversation.com/oil-1) under a Creative "
         "Commons license.", "The Conversation"),
        ("[Times of India](https://timesofindia.indiatimes.com/india/oil-1)", "Times of India"),
        ("© dpa-infocom, dpa:240909-99-123456/3", "dpa-infocom"),
        ("© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "Cable News Network"),
        ("Source: Al Jazeera and news agencies", "Al Jazeera"),
        ("© 2024 Thomson Reuters, Inc.", "Thomson Reuters, Inc."),
        ("-- BERNAMA", "Bernama"),
        ("==Kyodo", "Kyodo"),
        ("--IANS", "IANS"),
        ("dpa ksc/mfh", "dpa"),
        ("PTI ABC DV DV", "PTI"),
        ("UNI XC SNG 1045", "UNI"),
        ("ALL RIGHTS RESERVED © Copyright ANSA", "ANSA"),
        ("Cookie settings  |  Privacy policy  |  © 2024 Independent Digital News & Media Ltd",
         "Independent Digital News & Media Ltd"),
        ("This report by The Canadian Press was first published April 2, 2024.", "The Canadian Press"),
        ("AAP mjs/jm\n\n(c) 2024 AAP\nAustralian Associated Press", "AAP"),
        ("SOURCE Northwind Robotics, Inc.", "Northwind Robotics, Inc."),
        ("Originally published at https://www.example.com/deeds-1 by MetroDeed.", "MetroDeed"),
        ("*Source: [ByteFront](https://www.example.com/byte-1)*", "ByteFront"),
        ("**The Prairie Farm Journal** | prairiefarmjournal.com", "The Prairie Farm Journal"),
        ("&copy; 2024 Southern Cross Sport. All rights reserved.", "Southern Cross Sport"),
        ("(c) 2024 Harbour Media Ltd. All rights reserved.\nAbout us | Contact | Privacy | Terms",
         "Harbour Media Ltd."),
        ("--IANS\n\nsn/pgh", "IANS"),
        ("(PNA)", "PNA"),
        ("GNA", "GNA"),
        ("dpa ch xyz", "dpa"),
        ("The Associated Press", "Associated Press"),
        ("The Canadian Press", "The Canadian Press"),
        ("**Mountain Dispatch** · Weather desk", "Mountain Dispatch"),
        ("BSS/AR/1530 hrs", "BSS"),
        ("PAP/ks/mw", "PAP"),
        ("© Riverwatch Europe 2025 · Imprint · Privacy", "Riverwatch Europe"),
        ("Contact the reporter at lena@valleyledger.co.uk\n\nThe Valley Ledger", "The Valley Ledger"),
        ("More at https://www.northcoastherald.com.au/news\n\nNorth Coast Herald", "North Coast Herald"),
        ("SOURCE Tamarack Copper Ltd.\n\nFor further information: Investor Relations, Marta Lund, 604-555-0117, "
         "ir@tamarackcopper.com", "Tamarack Copper Ltd."),
        ("SOURCE Tamarack Copper Ltd.\n\nMedia Contact: Marta Lund, media@tamarackcopper.com", "Tamarack Copper Ltd."),
        ("SOURCE Tamarack Copper Ltd.\nInvestor Relations: 604-555-0117\nMedia Inquiries: press@tamarackcopper.com",
         "Tamarack Copper Ltd."),
        ("UPI 03-07 09:15 PES", "United Press International"),
        ("AP 11-04 16:20 EST", "Associated Press"),
        ("Bosphorus Agency website contains only a portion of the stories it offers subscribers, in summary form.",
         "Bosphorus Agency"),
    ],
    ids=["bold-line", "underscore-bold-line", "source-name", "source-link-text", "copyright-holder",
         "copyright-all-rights-reserved", "copyright-word-after-sign", "copyright-affiliates-tail",
         "copyright-agency-normalised", "reuter-signoff", "lower-case-signoff", "capitals-signoff", "ap-credit",
         "ap-dash-signoff", "afp-dash-signoff", "first-appeared-on-outlet", "bold-line-wins-over-copyright",
         "source-name-before-its-url", "ap-standard-line", "year-after-holder", "initials-in-holder",
         "republished-from-a-link", "a link named for its site", "holder-before-a-comma",
         "holder-before-a-sentence", "source-and-agencies", "holder-with-company-suffix", "bernama-signoff",
         "kyodo-signoff", "ians-signoff", "dpa-signoff-with-editors-initials", "pti-signoff-with-slugs",
         "uni-signoff-with-slugs-and-time", "notice-before-the-copyright", "copyright-after-site-links",
         "canadian-press-report-line", "agency-name-after-its-copyright", "press-release-issuer",
         "published-at-a-link-by-the-outlet", "source-line-in-emphasis", "bold-line-before-its-site",
         "copyright-as-an-html-entity", "copyright-over-the-site-menu",
         "signoff-over-the-desk-slugs", "national-agency-code-in-parentheses", "national-agency-code-alone",
         "signoff-with-lower-case-desk-codes", "agency-name-with-its-article", "canadian-press-by-its-name",
         "bold-line-before-its-desk", "signoff-with-desk-codes-and-time",
         "signoff-with-lower-case-desk-codes-after-slashes", "copyright-before-site-links-after-a-dot",
         "outlet-name-an-email-spells", "outlet-name-a-link-spells", "press-release-issuer-over-further-information",
         "press-release-issuer-over-its-media-contact", "press-release-issuer-over-two-contact-lines",
         "teleprinter-signoff-with-date-time-and-zone", "teleprinter-signoff-of-another-agency",
         "agency-notice-naming-its-website"],
)
def test_publisher(footer, publisher):
    assert extract_footer(zone(STORY + footer + "\n"))[1] == publisher


@pytest.mark.parametrize("ending", [
    "Contact the reporter at lena@valleyledger.co.uk\n\nJohn Abbott",
    "The Valley Ledger",
    "Read more at https://www.example.com/x\n\nThe Valley Ledger",
    "Readers said the website contains only a portion of the records they had asked for.",
], ids=["a-name-no-address-spells", "an-outlet-name-alone", "an-address-spelling-another-name",
        "a-sentence-about-a-website-is-no-notice"])
def test_a_name_line_no_address_spells_is_no_publisher(ending):
    assert extract_footer(zone(STORY + ending + "\n"))[1] is None


@pytest.mark.parametrize(("ending", "publisher"), [
    ("— Buenos Aires Times", "Buenos Aires Times"),
    ("—The Harbour Tribune", "The Harbour Tribune"),
    ("-- Kettle Valley Daily News.", "Kettle Valley Daily News"),
    ("— Associated Press", "Associated Press"),
    ("— Ana Ruiz", None),
    ("— Staff and agencies at the scene", None),
], ids=["outlet-after-a-dash", "outlet-with-its-article-after-a-dash", "outlet-after-two-hyphens",
        "known-publisher-after-a-dash", "a-person-after-a-dash-is-no-publisher", "words-after-a-dash-are-no-outlet"])
def test_an_outlet_signs_off_after_a_dash(ending, publisher):
    assert extract_footer(zone(STORY + ending + "\n"))[1] == publisher


def test_boilerplate_after_the_link_leaves_the_footer_whole():
    text = STORY + "<https://www.example.com/oil-1>\n\nOur Standards: The Thomson Reuters Trust Principles.\n"
    assert extract_footer(zone(text))[0] == "https://www.example.com/oil-1"


@pytest.mark.parametrize("separator", [" · ", " | "])
def test_a_copyright_and_a_link_on_one_line(separator):
    footer = f"---\n\n© Wirra Valley Courier 2025{separator}[Original article](https://www.wvcourier.example/news/road-cut/)"
    assert extract_footer(zone(STORY + footer + "\n")) == ("https://www.wvcourier.example/news/road-cut/",
                                                            "Wirra Valley Courier")


def test_dateline_agency_is_not_the_publisher():
    text = "Senate votes\n\nWASHINGTON (AP) — The Senate voted.\n\n**The Daily Courier**\n"
    assert extract_footer(zone(text))[1] == "The Daily Courier"


def test_a_photo_credit_is_no_signoff():
    assert extract_footer(zone(STORY + "AP Photo\n"))[1] is None


def test_no_footer():
    assert extract_footer(zone(STORY + "Prices had fallen for a week before the rise.\n")) == (None, None)


def test_front_matter_fields_give_link_and_publisher_when_the_footer_does_not():
    text = ("---\ntitle: Chips lead the market\nauthor: Ana Lind\nsource: https://www.example.com/news/chips-1\n"
            "publisher: Example Wire\n---\n\nChip makers rose on Monday.\n")
    assert extract_footer(zone(text)) == ("https://www.example.com/news/chips-1", "Example Wire")


def test_front_matter_source_names_the_publisher_when_it_is_no_link():
    text = "---\nheadline: Chips lead the market\nsource: Harbour Daily\n---\n\nChip makers rose on Monday.\n"
    assert extract_footer(zone(text)) == (None, "Harbour Daily")


HEADED = "# Port traffic slows\n\n{field}\n\nHamburg (dpa) - Container traffic slowed in the second quarter.\n"


@pytest.mark.parametrize(
    ("field", "publisher"),
    [
        ("**Published:** 3 June 2025 · **Source:** AFP", "Agence France-Presse"),
        ("June 3, 2025 · Source: Reuters", "Reuters"),
        ("By Lena Vogt | **Source**: dpa", "dpa"),
        ("3 June 2025 · **Source:** Port Authority statistics", None),
        ("June 3, 2025 · Source: Harbour Research Group", None),
    ],
    ids=["bold-field-after-a-date-names-an-agency", "field-after-a-date", "field-after-a-byline",
         "a-source-of-data-is-no-publisher", "an-unknown-name-is-left-unread"],
)
def test_a_header_source_field_names_a_known_agency_or_outlet(field, publisher):
    assert build_article(HEADED.format(field=field)).publisher == publisher


def test_a_footer_publisher_wins_over_a_header_source_field():
    text = HEADED.format(field="Source: AFP") + "\n---\n\n**The Harbour Ledger**\n"
    assert build_article(text).publisher == "The Harbour Ledger"


@pytest.mark.parametrize(
    "ending",
    [
        "Copyright 2025 The Associated Press. All rights reserved.\n\nRELATED\nGrain silos fill early this year\n",
        "Copyright 2025 The Associated Press. All rights reserved.\n\nRelated stories:\n**Grain Silos Fill Early**\n"
        "[Barge Rates Climb](https://news.example.com/barge-rates)\n",
        "RELATED\r\n[Barge Rates Climb](https://news.example.com/barge-rates)\r\n\r\n"
        "© 2025 The Associated Press\r\n",
        "Read next\nGrain silos fill early this year\n\n© 2025 The Associated Press\n",
    ],
    ids=["copyright-over-a-related-block", "copyright-over-related-bold-and-linked-headlines",
         "related-link-over-the-copyright-with-crlf", "read-next-over-the-copyright"],
)
def test_links_to_other_stories_name_no_publisher_or_link(ending):
    text = "Grain prices slip\n\nDES MOINES, Iowa (AP) — Corn fell 2% on Monday.\n\n" + ending
    article = build_article(text)
    assert (article.publisher, article.source_url) == ("Associated Press", None)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Exports rise\n\nSEOUL, March 1 (Yonhap) -- Exports rose 4.2 percent in February, data showed. (Yonhap)\n",
         "Yonhap"),
        ("Exports rise\n\nExports rose 4.2 percent in February (data from the ministry).\n", None),
    ],
    ids=["an agency in brackets closing the last paragraph", "a bracket closing a sentence is no sign-off"],
)
def test_a_closing_signoff_in_brackets(text, publisher):
    assert newsparse.parse(text).publisher == publisher

