"""Quote finding: marks, structure, kinds (newsparse.extract.quotes)."""

from __future__ import annotations

import doctest
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.extract import quotes as quotes_module
from newsparse.extract.quotes import blocks, find_quotes
from newsparse.zones import zone


def found(body: str) -> list[tuple[str, str]]:
    doc = zone("Title\n\n" + body + "\n")
    return [(q.text, q.kind) for q in find_quotes(doc)]


def texts(body: str) -> list[str]:
    return [t for t, _ in found(body)]


def test_module_docstring_examples():
    assert doctest.testmod(quotes_module).failed == 0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"We will stay the course," the mayor said.', ["We will stay the course,"]),
        ("\u201cWe will stay the course,\u201d the mayor said.", ["We will stay the course,"]),
        ("\u201eWir bleiben,\u201c sagte der B\u00fcrgermeister.", ["Wir bleiben,"]),
        ("\u00abNous restons\u00bb, a dit le maire.", ["Nous restons"]),
        ("\u00bbWir bleiben\u00ab, sagte sie.", ["Wir bleiben"]),
        ("''We will stay the course,'' the mayor said.", ["We will stay the course,"]),
        ('"We will stay the course\u201d, the mayor said.', ["We will stay the course"]),
        ("\u2018\u2018We will stay the course,\u2019\u2019 the mayor said.", ["We will stay the course,"]),
        ("``We will stay the course,'' the mayor said.", ["We will stay the course,"]),
    ],
    ids=["straight", "curly", "low-9 German", "guillemets French", "reversed guillemets", "doubled apostrophes",
         "mixed straight open and curly close", "doubled curly singles", "doubled backticks and apostrophes"],
)
def test_marks_of_every_style(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\u2018We will not back down,\u2019 the minister told MPs.", ["We will not back down,"]),
        ("'We will not back down,' the minister told MPs. The players' union didn't agree.",
         ["We will not back down,"]),
        ("'It's rock 'n' roll, not politics,' the singer said.", ["It's rock 'n' roll, not politics,"]),
        ("The council said it would tackle \u2018chaos\u2019 in the eastern streets.\n\n\u2018Advice is that a levee "
         "would cost $60 million,\u2019 the statement said. The workers\u2019 union disagreed.",
         ["chaos", "Advice is that a levee would cost $60 million,"]),
        ("'I said nothing to them,' he said. 'In '93 my own father gave me a speech in the '90s style.'",
         ["I said nothing to them,", "In '93 my own father gave me a speech in the '90s style."]),
    ],
    ids=["curly singles", "straight singles with possessive and contraction", "rock 'n' roll inside a quote",
         "a quote ending in s closes before a preposition; a plural's possessive before a noun",
         "an apostrophe before a year of two digits is no mark"],
)
def test_british_single_quote_style(body, expected):
    assert texts(body) == expected


def test_british_single_quotes_with_doubles_nested_and_a_double_partial():
    body = ('Islanders said the operator planned its timetable "by spreadsheet".\n\n'
            '\u2018I had an appointment in Oban,\u2019 said Morna Tillick, 67. \u2018The only boat leaves the day '
            'before.\u2019\n\n\u2018They said, \u201cWe can move you.\u201d I said, \u201cNo boat.\u201d\u2019\n\n'
            '\u2018The lambs go to Oban in the autumn,\u2019 said Ruaridh Dunvell, a crofter. \u2018If they miss the '
            'sale, the year is lost.\u2019\n\n\u2018We expect them to listen,\u2019 he said. \u2018Whether they '
            'change it is another matter.\u2019')
    assert texts(body) == [
        "I had an appointment in Oban,", "The only boat leaves the day before.",
        "They said, \u201cWe can move you.\u201d I said, \u201cNo boat.\u201d", "The lambs go to Oban in the autumn,",
        "If they miss the sale, the year is lost.", "We expect them to listen,",
        "Whether they change it is another matter."]


@pytest.mark.parametrize(
    "body",
    ['The mayor spoke.\u00a0"We will stay," she said.', '"We will stay,"\u00a0the mayor said.',
     'The mayor spoke.\u202f"We will stay," she said.'],
    ids=["no-break space before", "no-break space after", "narrow no-break space before"],
)
def test_marks_beside_no_break_spaces(body):
    assert found(body) == [("We will stay,", "full")]


@pytest.mark.parametrize(
    "body",
    ['“It is a "disgrace" to the city and a shame for all of us,” Lind said.',
     '"It is a “disgrace” to the city and a shame for all of us," Lind said.'],
    ids=["straight inside curly", "curly inside straight"],
)
def test_double_quotes_of_the_other_style_nested_inside_stay_inside(body):
    quoted = texts(body)
    assert len(quoted) == 1 and quoted[0].startswith("It is a ") and quoted[0].endswith("for all of us,")


def test_single_quotes_nested_in_double_stay_inside():
    assert texts('"He told me \'never again\' and left," she said.') == ["He told me 'never again' and left,"]


def test_quote_interrupted_by_attribution_gives_two_parts():
    assert texts('"We will fight," the senator said, "and we will win."') == ["We will fight,", "and we will win."]


def test_quotation_running_over_paragraphs_is_one_quote():
    body = '"The first part ends here.\n\n"The second part closes it," she said.'
    assert texts(body) == ["The first part ends here. The second part closes it,"]


def test_paragraph_broken_inside_a_quote_is_one_quote():
    body = 'The chief said on Tuesday. "Over the coming\n\ndays, troops will move," he said.'
    assert texts(body) == ["Over the coming days, troops will move,"]


def test_unclosed_mark_ends_at_paragraph_end_and_is_flagged():
    doc = zone('Title\n\n"We never closed this one, the aide said.\n\nThe next paragraph is plain prose.\n')
    (quote,) = find_quotes(doc)
    assert quote.unclosed and quote.text == "We never closed this one, the aide said."


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ('"We will leave soon," he said.', "full"),
        ('He said: "We will leave soon."', "full"),
        ('He told reporters, "We will leave soon."', "full"),
        ('Critics called the plan "a slow disaster" on Monday.', "partial"),
        ('The plan fell. (\u201cIt is all gone, all of it.\u201d)', "full"),
        ('The plan (\u201cthe slow one\u201d) fell.', "partial"),
    ],
    ids=["opens its sentence", "after a colon", "after a comma, capitalised", "fragment inside paraphrase",
         "a sentence in brackets of its own", "a fragment in brackets"],
)
def test_kind(body, kind):
    assert found(body)[-1][1] == kind


@pytest.mark.parametrize(
    "body",
    [
        'She appeared on "Meet the Voters" on Sunday.',
        "He read ''The Long Road Home,'' a memoir, last year.",
        'The show "Late Night Table" returns in May.',
        "''The Long Road Home'' was nominated for an award.",
        '"Harbor Lights" star Ana Lind signed on for a second season.',
        "In his 2012 book, ''A Son of the Harbor,'' Mr. Reyes said his father tended bar.",
        'She hosted a new radio program, "The Morning Ledger Hour," where she took calls.',
        'Spending dwarfs the rest. "Related:" Candidates reject the idea of a minimum wage.',
    ],
    ids=["television show", "book title with doubled apostrophes", "show name mid-sentence",
         "title opening a sentence", "show name before a role", "title after 'book,'", "title after 'program,'",
         "a quoted label"],
)
def test_titles_of_works_are_left_out(body):
    assert found(body) == []


def test_one_line_per_paragraph_copy_is_split_into_blocks():
    doc = zone('Title\n\n"We will win," she said.\nThe rival disagreed.\n"We will not lose," he said.\n')
    assert [doc.slice(b) for b in blocks(doc)] == [
        "Title", '"We will win," she said.', "The rival disagreed.", '"We will not lose," he said.']


def test_quotes_in_the_headline_are_read():
    doc = zone('# Mayor Lind: "We will rebuild"\n\nThe mayor spoke on Monday.\n')
    assert [q.text for q in find_quotes(doc)] == ["We will rebuild"]


@pytest.mark.parametrize("title", ['# "Harbor Lights Returns"', 'title: "Farmers block roads"'],
                         ids=["quoted heading", "front-matter value"])
def test_a_title_quoted_whole_is_no_quotation(title):
    assert find_quotes(zone(title + "\n\nThe body says nothing quoted.\n")) == []


def test_quotes_in_markdown_block_quotes_are_read():
    assert texts('The mayor wrote to the council:\n\n> "We will rebuild the bridge by spring."') == [
        "We will rebuild the bridge by spring."]


def test_an_unclosed_quote_in_the_headline_does_not_run_into_the_body():
    doc = zone('Mayor Lind: "We will rebuild\n\n"The bridge opens in May," Lind said.\n')
    assert [(q.text, q.unclosed) for q in find_quotes(doc)] == [("We will rebuild", True),
                                                               ("The bridge opens in May,", False)]


def test_block_quote_marks_inside_a_quotation_are_left_out_of_its_text():
    body = 'The mayor wrote:\n\n> "We will rebuild the bridge,\n> and we will do it by spring."'
    assert texts(body) == ["We will rebuild the bridge, and we will do it by spring."]


def test_a_quotation_runs_on_over_the_paragraphs_of_a_block_quote():
    body = '> "We will rebuild the bridge by spring.\n>\n> "And we will pay for it," the mayor wrote.'
    assert texts(body) == ["We will rebuild the bridge by spring. And we will pay for it,"]


def test_short_quotes_opening_block_quote_lines_are_full():
    doc = zone('Title\n\nThe mayor spoke.\n\n> "We will stay," Ana Lind said.\n> "Always."\n')
    assert [(q.text, q.kind) for q in find_quotes(doc)] == [("We will stay,", "full"), ("Always.", "full")]


def test_marks_in_html_attributes_do_not_make_quotes_out_of_prose():
    body = 'It was posted. <tweet id="123" author="@someone">Text here</tweet>. "We agree," she said.'
    assert texts(body)[-1] == "We agree,"


@pytest.mark.parametrize("size", [1_000, 100_000], ids=["1k marks", "100k marks"])
def test_many_marks_stay_linear(size):
    body = '"a" ' * size
    find_quotes(zone('Title\n\n"a" "b"\n'))  # (patterns compiled on first use are not timed)
    timings = []
    for _ in range(3):  # (the best of three: a pause of the machine or the collector is no quadratic loop)
        start = time.perf_counter()
        find_quotes(zone("Title\n\n" + body + "\n"))
        timings.append(time.perf_counter() - start)
    assert min(timings) < size * 2e-5 + 0.2


# The line break that ends a paragraph, as first written: lookbehinds tried at every position.
LINE_BREAK_BY_LOOKBEHIND = re.compile(
    r"(?:(?<=[.!?:])|(?<=[.!?:][\"”’»)'])|(?<=[.!?][\"”’'][\"”’']))[ \t]*\n(?=[ \t]*[\"“‘'«A-Z0-9(\[*>])"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='.!?:"”’»)\'“‘«(*> \tAa0\n', max_size=60))
def test_paragraph_line_breaks_are_where_the_lookbehind_form_finds_them(text):
    found = [(m.start(1), m.end()) for m in quotes_module.LINE_PARAGRAPH_BREAK.finditer(text)]
    assert found == [(m.start(), m.end()) for m in LINE_BREAK_BY_LOOKBEHIND.finditer(text)]


@given(st.text(alphabet="ab \"“”„‟«»'‘’`\n", max_size=24), st.data())
def test_double_marks_are_found_as_the_pattern_finds_them(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [(m.start(), m.end(), m.group()) for m in quotes_module.DOUBLE_MARK.finditer(text, start, end)]
    assert quotes_module._double_marks(text, start, end) == expected


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ('"We need a 6" pipe there," the foreman said.', 'We need a 6" pipe there,'),
        ('"He is 5\'11" and fast," the coach said.', 'He is 5\'11" and fast,'),
        ('"They cut a 6"x4" beam for it," the foreman said.', 'They cut a 6"x4" beam for it,'),
    ],
    ids=["inch-mark-before-a-noun", "feet-and-inches", "inches-by-inches"],
)
def test_an_inch_mark_inside_a_quote_does_not_close_it(body, text):
    assert [t for t, _ in found(body)] == [text]


def test_a_headline_naming_its_speaker_before_a_colon_keeps_its_quote():
    doc = zone('Mayor: "We will rebuild the bridge"\n\nThe mayor spoke on Monday to the council.\n')
    assert [q.text for q in find_quotes(doc)] == ["We will rebuild the bridge"]


def test_hard_wrapped_prose_keeps_a_quotation_whole_across_a_line_ending_a_sentence():
    body = ('"We will rebuild the bridge this year. Nobody is going to stop\nus," Mayor Ana Ortiz said after the '
            'vote. "The money is there.\nThe crews are ready."')
    assert [(q.text, q.unclosed) for q in find_quotes(zone("Title\n\n" + body + "\n"))] == [
        ("We will rebuild the bridge this year. Nobody is going to stop us,", False),
        ("The money is there. The crews are ready.", False),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [('The group "will have what it needs to win on May 6" and declined to say more.',
      ["will have what it needs to win on May 6"]),
     ('He said the bill "passed 52 to 48" or near it.', ["passed 52 to 48"]),
     ('Lee is 5\'11" and fast, and "he never stops," the coach said.', ["he never stops,"])],
    ids=["a date", "a tally", "a height is still no end"],
)
def test_a_quote_open_before_a_number_closes_after_it(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [('«My husband said, "We will go back." I said, "To what?"» she told AFP.',
      ['My husband said, "We will go back." I said, "To what?"']),
     ('"He called it «absurd»," Ana Lind said.', ["He called it «absurd»,"])],
    ids=["straight marks in guillemets", "guillemets in straight marks"],
)
def test_guillemets_and_straight_marks_nest(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [("‘When I took it on, the man before me said, ‘Leave the rhubarb, it’ll outlive us.’ He was right,’ said Ann "
      "Vole. ‘I’ll pay.’",
      ["When I took it on, the man before me said, ‘Leave the rhubarb, it’ll outlive us.’ He was right,", "I’ll pay."]),
     ("'My mother came to the preview. Afterwards she told me: 'I cried for a puppet.' That was the review I wanted,' "
      "he says.",
      ["My mother came to the preview. Afterwards she told me: 'I cried for a puppet.' That was the review I wanted,"]),
     ('"Absent a force on the ground, he added, "this is how it ends."',
      ["Absent a force on the ground, he added,"])],
    ids=["curly single in curly single", "straight single in straight single",
         "double in double after a speech verb is a closing mark left out"],
)
def test_words_quoted_inside_in_the_same_single_marks_stay_inside(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ('"We were flat," Doyle said.\n\n\'The second half was better,\' said Niamh Ní Bhriain. \'We kept going.\'',
     ["We were flat,", "The second half was better,", "We kept going."]),
    ('"We were flat," Doyle said.\n\n\'Why change now?\' she asked.', ["We were flat,", "Why change now?"]),
    ('"We were flat," Doyle said.\n\nThe players\' union said it would meet the board\'s chair.', ["We were flat,"]),
    ('"We were flat," Doyle said.\n\nCritics called the plan \'cosmetic\' on Monday.', ["We were flat,"]),
    ('"He told me \'we kept going,\' said nothing else," Doyle said.',
     ["He told me 'we kept going,' said nothing else,"]),
    ('"We were flat," Doyle said.\n\n\'The second half was better,\' said Ann Roe.\n\n\'We kept going to the end.\'',
     ["We were flat,", "The second half was better,", "We kept going to the end."]),
    ('"We were flat," Doyle said.\n\n\'The second half was better,\' said Ann Roe.\n\n\'Gritty\' was the word.',
     ["We were flat,", "The second half was better,"]),
    ('"We were flat," Doyle said.\n\n\'The second half was better,\' said Ann Roe.\n\nSo was the \'new\' kit.',
     ["We were flat,", "The second half was better,"]),
], ids=["said-after-single-marks-and-the-sentence-going-on", "asked-after-a-question", "apostrophes-are-no-quote",
        "a-scare-quote-in-single-marks-is-left-alone", "single-marks-inside-double-ones-stay-inside",
        "the-paragraph-after-in-single-marks-goes-on", "a-word-in-single-marks-opening-the-paragraph-after-is-no-quote",
        "a-scare-quote-in-the-paragraph-after-is-no-quote"])
def test_single_mark_quotes_a_speech_verb_follows_in_a_double_mark_document(body, expected):
    assert texts(body) == expected
