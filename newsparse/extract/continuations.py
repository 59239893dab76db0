"""Quotes with no attribution of their own, which take the speaker of a neighbouring quote: the other part of a
quote its attribution interrupts, the quote paragraph after one attributed, a fragment carried on in its sentence,
and the lines of an exchange taking turns.

>>> from newsparse.zones import zone
>>> from newsparse.extract.quotes import find_quotes
>>> from newsparse.extract.speakers import attribute
>>> doc = zone('T\\n\\n"We lost," Ana Lind said.\\n\\n"We will be back."\\n')
>>> [(q.speaker, q.speaker_method) for q in attribute(doc, find_quotes(doc))[0]]
[('Ana Lind', 'said-verb'), ('Ana Lind', 'continuation')]
"""

from __future__ import annotations

import re

from ..gazetteer import is_known_place
from ..lexicon.agencies import AGENCY_WORDS, OUTLET_NOUNS
from ..lexicon.people import GIVEN_NAMES, UPPER
from ..lexicon.speech import (
    ASKING_OBJECT_VERBS,
    ASKING_VERBS,
    FEMALE_TITLES,
    MALE_TITLES,
    PRONOUN_GENDER,
    QUESTION_WORDS,
)
from ..lexicon.titles import NAME_TITLES
from ..model import Quote, Span
from ..pattern_cache import compile_pattern
from .attribution import SENTENCE_STOP, VERBISH, Found, person_like
from .descriptions import asks
from .name_runs import parse_run
from .referents import ASKED_SOMEONE
from .roles import ROLE_WORDS, TITLE_ROLES

# Words of time or manner alone before a colon and a quote: "Then, more seriously: ", "And finally: ", "Later,
# quietly: ", "Then: ".
ADVERB_LEAD_IN = compile_pattern(r"(?:(?:And|But|Then|Later|Finally|Still|Again|So|Now|Also),?[ \t]*)?"
                                 r"(?:(?:more|less|then|and|but|still|again|finally)[ \t]+)?(?:[A-Za-z][a-z]+ly)?"
                                 r"[ \t]*:[ \t]*")
# A speech verb carrying a sentence on after a comma, 'and' or 'but': ', stating that' / ' and called on' / ' but said'.
GOES_ON = compile_pattern(r"(^\s*(?:and|but)\s|^\s*|,\s(?:and|but)\s|,\s|\b(?:and|but)\s)([a-z]+)")
# Words joining two fragments in one clause of paraphrase, with no new subject: ' and would ' in 'was "not going"
# and would "fight."' (not ' and the crowd was ').
JOINED = compile_pattern(r"\s+(?:and|or|but)\s+(?:(?!(?:the|a|an|he|she|they|it|we|i|his|her|their"
                         r"|its)\s)[a-z]+\s+){0,3}$")


# A second clause of what was reported, its own 'that' opening it: ' and that the leak had been ' in 'said it
# "regrets the delay" and that the leak had been "fully contained."', a few words of the first clause before it: ' of
# farmers and that the state would examine ' in 'said he "understood the anger" of farmers and that ...'.
AND_THAT = compile_pattern(r"(?:[ \t]+[a-z][\w'’-]*){0,4}?,?\s+and\s+that\s+[^.?!;\"“”\n]{0,100}$")
# A relative clause in lower case between two fragments, the second part of it: ' that had been fixed ' in 'involved
# "a misunderstanding about overtime" that had been fixed "years ago."' (no one else speaks there).
RELATIVE_BETWEEN = compile_pattern(r"\s+(?:that|which)\s+(?:[a-z][\w'’-]*\s+){1,6}")


def continue_speakers(text: str, paragraphs: list[Span], quotes: list[Quote], marks: list[tuple[int, int]],
              paras: list[int], found: list[Found | None], exchanged: set[int] | None = None) -> None:
    """Quotes with no attribution of their own take the speaker of a neighbouring quote (``exchanged``: the quotes
    given already as turns of an exchange)."""
    for i in range(len(quotes) - 2, -1, -1):  # '"A" and "B," a spokesman said': A from B, same sentence
        if found[i] is None and found[i + 1] is not None and paras[i] == paras[i + 1] \
                and found[i + 1].method != "continuation":
            between = text[marks[i][1]:marks[i + 1][0]]
            if len(between) < 80 and "." not in between and quotes[i].text[-1:] not in ".?!":
                found[i] = found[i + 1]._replace(method="continuation")
    exchanged = set() if exchanged is None else exchanged  # quotes given the other side of an exchange
    for i in range(1, len(quotes)):
        if found[i] is not None or found[i - 1] is None:
            continue
        if quotes[i].kind != "full":  # '... "New York values," stating that they are "socially liberal"'
            between = text[marks[i - 1][1]:marks[i][0]]
            if paras[i] == paras[i - 1] and (_goes_on(between) or (
                    quotes[i - 1].kind != "full" and ((len(between) < 40 and JOINED.match(between) is not None)
                                                      or AND_THAT.match(between) is not None
                                                      or RELATIVE_BETWEEN.fullmatch(between) is not None))):
                found[i] = found[i - 1]._replace(method="continuation")  # ('was "not going" and would "fight on."')
            continue
        next_paragraph = paras[i] == paras[i - 1] + 1 and (
            marks[i][0] - paragraphs[paras[i]].start <= 2
            or ADVERB_LEAD_IN.fullmatch(text, paragraphs[paras[i]].start, marks[i][0]) is not None)  # (or words of
        # manner alone before it: 'Then, more seriously: "...'")
        if next_paragraph and (addressed := _addressee(text, marks[i - 1][1], paragraphs[paras[i - 1]].end)):
            found[i] = addressed  # the one spoken to answers: '"...," Mr. Medl said to Ms. Hay.' / '"..."'
            exchanged.add(i)
            continue
        if next_paragraph and (asks(quotes[i - 1]) or "?" in quotes[i - 1].text) \
                and ASKED_AFTER.match(text, marks[i - 1][1], paragraphs[paras[i - 1]].end) is not None:  # ('"Did
            # anybody lose a job? Yes or no," Morrow asked.')
            if (asked := _addressed_in(text, quotes[i - 1], found[i - 1])
                    or _called_as_it_ends(quotes[i - 1], found[i - 1])
                    or _one_questioned(text, paragraphs, paras[i - 1], marks[i - 1][0], found[i - 1],
                                       reach=2)) is not None:
                found[i] = asked  # ('Ms. Scriven led Ms. Palacios through the night.' / '"...?" Ms. Scriven asked.'
                exchanged.add(i)  # / '"I broke it with a chair."': Ms. Palacios)
            elif i >= 2 and paras[i - 1] - paras[i - 2] in (1, 2) and (before := found[i - 2]) is not None \
                    and before.kind != "description" and before.name.lower() != found[i - 1].name.lower() \
                    and (found[i - 1].kind == "description" or before.kind == "name"):
                found[i] = before._replace(method="continuation")  # a question answered by whom the paragraph
                exchanged.add(i)  # before quotes: '"...," Gorringe said.' / '"What if she wins?" a reporter asked.'
                # / '"Then she wins."'; '"...," Winter testified.' / '"...?" Fiona Mount asked.' / '"Yes."'
            continue  # an answer to a question asked: '"Did you test it?" she asked.' then '"We did."'
        if next_paragraph and (asks(quotes[i - 1]) or quotes[i].text.count(" ") < _SHORT_TURN_WORDS) \
                and (addressed := _spoken_to(text, paragraphs, paras, marks, quotes, found, i - 1, 2)) is not None:
            found[i] = addressed  # the one a line calls by name as it opens answers it: '"Caleb, how did you keep
            exchanged.add(i)  # him off the glass?"' / '"I didn't, really."'; '"Bill, that bill had a casino in it,"
            continue  # she said.' / '"It had a bridge in it."'
        if next_paragraph and _calls_by_name(text, quotes[i], found[i - 1]):  # not the one it calls by name:
            addressed = _spoken_to(text, paragraphs, paras, marks, quotes, found, i - 1, reach=2)  # whom they spoke
            if addressed is None and (other := _exchange(text, marks, paragraphs, paras, found, quotes, i,  # to ('"The
                                                         exchanged)) is not None \
                    and other.name.lower() != found[i - 1].name.lower():  # agenda was adopted, Mr. Hale."': Ms. Orne),
                addressed = other._replace(method="continuation")  # else the exchange's other side
            found[i] = addressed
            if addressed is not None:
                exchanged.add(i)
            continue
        if next_paragraph and quotes[i].text.rstrip().endswith("?") \
                and (asker := _reported_asker(text, paragraphs, paras, marks, i - 1, found[i - 1])) is not None:
            found[i] = asker  # a question after the answer to one the narrative reported is the asker's again: 'Ann
            exchanged.update((i - 1, i))  # Lee asked him whether he had thought about it.' / '"Not then," Reed
            continue  # said.' / '"And now?"' (Ann Lee's), the exchange taking turns from there
        if next_paragraph and (other := _exchange(text, marks, paragraphs, paras, found, quotes, i,
                                                  exchanged)) is not None:
            found[i] = other._replace(method="continuation")  # the other side of an exchange
            exchanged.add(i)
        elif next_paragraph and (asked := asked_subject(text, marks[i - 1][1], marks[i][0])
                                 or handed_to(text, marks[i - 1][1], marks[i][0])) is not None:
            found[i] = asked  # the one the narrative says was asked answers: '"She will lose," said Tom Keel. Later,
            # Mayor Ines Varga was asked whether she regretted the remark.' / '"Not for a second."'; or the one a
            # question was handed to: 'Cole turned to Dan Pryor, the utility director.'
        elif paras[i] == paras[i - 1] or next_paragraph:
            found[i] = found[i - 1]._replace(method="continuation")


def _exchange(text: str, marks: list[tuple[int, int]], paragraphs: list[Span], paras: list[int],
              found: list[Found | None], quotes: list[Quote], i: int, exchanged: set[int]) -> Found | None:
    """Who quote ``i``, opening its paragraph with no attribution, comes from when it answers the paragraph before in
    an exchange of two people, each turn a paragraph of its own: '"I'd have to read it," Toll said.' / '"It's two
    pages," the host said. "Short ones."' / '"Then I'll read it tonight."' (Toll's); the lines of the exchange given
    so (``exchanged``) go on taking turns; the turn answered may open with a short sentence ('Marisol looked up.
    "...," she said.'). None when it is no such answer."""
    b = i - 1
    turn = _turn_start(paras, b)
    a = turn - 1  # the last quote of the turn before
    if b not in exchanged and (turn < b or _turn_start(paras, a) < a) \
            and quotes[i].text.count(" ") >= _SHORT_TURN_WORDS:
        return None  # (a turn of several quotes: only a short line after it answers; a long one goes on with it)
    if a < 0 or found[a] is None or found[b] is None:
        return None
    a_ends = paras[a]  # (the paragraph the turn before ends in: a quote may run over several)
    while a_ends + 1 < paras[b] and paragraphs[a_ends + 1].start < marks[a][1]:
        a_ends += 1
    if paras[b] - a_ends not in (1, 2):
        return None
    first, second = found[a], found[b]
    brought_in = paras[b] == a_ends + 2
    if brought_in and not (quotes[i].text.count(" ") < _SHORT_TURN_WORDS and second.kind == "name"
                           and _brings_in(text, paragraphs[a_ends + 1], second.name)
                           and REPORTED.search(text, paragraphs[a_ends + 1].start, paragraphs[a_ends + 1].end) is None):
        return None  # (a paragraph of narrative between the turns only when it brings the second one in: 'Midway
        # through the interview, her co-star Tom Reed stops by the table.', the first's turn then going on from before;
        # not when it reports what they said, a new source brought in: 'Its director, Per Aune, said fuel prices had
        # doubled.')
    if (first.method == "continuation" and a not in exchanged and not brought_in) \
            or (second.method == "continuation" and b not in exchanged
                and (b == turn or found[turn] is None or found[turn].method == "continuation")) \
            or first.name.lower() == second.name.lower() \
            or (first.kind == "pronoun" and second.kind == "pronoun"
                and {first.name.lower(), second.name.lower()} != {"he", "she"}):  # (a she and a he are two people)
        return None
    opens = all(marks[k][0] - paragraphs[paras[k]].start <= 2 or _short_lead(text, paragraphs[paras[k]].start,
                                                                             marks[k][0])
                for k in (_turn_start(paras, a), turn))
    return first if opens else None


def _brings_in(text: str, paragraph: Span, name: str) -> bool:
    """Whether a paragraph of narrative, with no quote, names the one called ``name`` (by the surname)."""
    stretch = text[paragraph.start:paragraph.end]
    if any(mark in stretch for mark in ('"', "“", "''")):
        return False
    return _has_word(stretch, name.rsplit(None, 1)[-1])


def _has_word(stretch: str, word: str) -> bool:
    """Whether ``word`` stands in ``stretch`` as a word ('Reed' in 'Mr Reed rose.', not in 'Reeds' or 'Reedy')."""
    at = stretch.find(word)
    while at >= 0:
        if (at == 0 or not stretch[at - 1].isalnum()) and not stretch[at + len(word):at + len(word) + 1].isalnum():
            return True
        at = stretch.find(word, at + 1)
    return False


def _short_lead(text: str, start: int, mark: int) -> bool:
    """Whether a turn's paragraph opens with one short sentence of narrative before its quote, as 'Marisol Bexley
    looked up. ' before '"Dad, ..." she said.', or with its attribution and a colon ('Salgado shot back: "...')."""
    lead = text[start:mark].strip()
    return 0 < len(lead) <= _SHORT_LEAD_CHARS and lead[-1] in ".!:" and SENTENCE_STOP.search(lead[:-1]) is None \
        and (lead[-1] == ":" or REPORTED.search(lead) is None)  # (not a sentence of reported speech, no turn of a
    # talk: 'Mayor Anne Lunde said the town could not absorb the cost. "...," Lunde said.')


# A verb reporting speech: " said " in "Mayor Anne Lunde said the town could not absorb the cost.", "- Ann Lee, a nurse
# in Reno, said her employer had told her".
REPORTED = compile_pattern(r"\b(?:said|says|told|tells)\b")


#: How long the one sentence of narrative opening a turn of an exchange may be.
_SHORT_LEAD_CHARS = 60


#: Words of outlets' names, which make whom the words were told an outlet: 'Record Sport', 'PREMIUM TIMES'.
_OUTLET_WORDS = OUTLET_NOUNS | AGENCY_WORDS | {"sport", "sports"}


def _addressee(text: str, start: int, end: int) -> Found | None:
    """Who the words before ``start`` were said to, named at the end of their attribution: 'Ms. Hay' in '," Mr.
    Medl said to Ms. Hay.', 'Babb' in '?" Loft asked Babb.'; None if no one is."""
    m = SAID_TO.match(text, start, end)
    if m is None or not person_like(m.group(2)) \
            or not _OUTLET_WORDS.isdisjoint(m.group(2).lower().split()):
        return None  # (an outlet told is no one who answers: '," McInally told Record Sport.')
    return Found(Span(m.start(1), m.end(2)), "name", m.group(2), "continuation")


def _calls_by_name(text: str, quote: Quote, speaker: Found) -> bool:
    """Whether ``quote`` calls ``speaker`` by name, so it is not theirs: '"The agenda was adopted, Mr. Hale."' after
    '"...," Mr. Hale said.'; '"We sent three, Dean, and they are on file."' after '"...," Cr Dean Pollard said.'."""
    if speaker.kind != "name":
        return False
    names = speaker.name.split()
    return any(called.group(1) in names or f"{called.group(1)} {names[-1]}" in text  # ('Dean' for 'Cr Pollard',
               for called in CALLED_BY_NAME.finditer(quote.text))  # named 'Cr Dean Pollard' before)


def _addressed_in(text: str, question: Quote, asker: Found) -> Found | None:
    """Whom a question names as it opens, by a title and a name or by a given name, for the bare answer after it:
    'Mr. Winterbourne' in '"Mr. Winterbourne, you've admitted to lying, haven't you?" Klingenberg asked.', 'Priya' in
    '"Priya, are you losing deals on price?" Openshaw asked.'; None if it opens otherwise or names the asker."""
    start = question.start
    if (opening := COURTESY_OPENING.match(text, start)) is not None:
        start = opening.end()  # ('With respect, Madam Mayor, ...')
    given = GIVEN_VOCATIVE.match(text, start)
    if given is not None and given.group(1).lower() not in NAME_TITLES and given.group(1).lower() not in TITLE_ROLES \
            and (given.group(1).lower() in GIVEN_NAMES or _named_in_full(text, given.group(1), start)) \
            and not (asker.kind == "name" and asker.name.split(None, 1)[0] == given.group(1)):
        return Found(Span(given.start(1), given.end(1)), "name", given.group(1), "continuation")
    if (titled := TITLE_VOCATIVE.match(text, start)) is not None \
            and (role := _VOCATIVE_ROLES.get(titled.group(1).lower()) or TITLE_ROLES.get(titled.group(1).lower())) \
            and not (asker.kind == "description" and asker.name.lower().endswith(role)):
        return Found(Span(titled.start(1), titled.end(1)), "description", f"the {role}", "continuation")  # ('Governor,
        # did you know?': the governor, whoever the article made governor)
    vocative = TITLED_NAME.match(text, start)
    if vocative is None or not text.startswith(",", vocative.end()) \
            or (asker.kind == "name" and asker.name.rsplit(None, 1)[-1] == vocative.group("surname")):
        return None
    first = "given" if vocative.group("given") else "surname"
    return Found(Span(vocative.start(first), vocative.end()), "name", text[vocative.start(first):vocative.end()],
                 "continuation")


def answer_reported_question(text: str, quotes: list[Quote], marks: list[tuple[int, int]], paragraphs: list[Span],
                             paras: list[int], found: list[Found | None], i: int, exchanged: set[int]) -> None:
    """If the lead sentence that gave quote ``i`` its speaker reports a question that speaker put ('A reporter asked
    how long the rationing would last.'), the quote is the answer: see ``_answer_the_asked``."""
    asked = _asked_before(text, marks, i, found[i]) if not asks(quotes[i]) else None  # (a question: the one reported,
    if asked is None:  # put in the asker's words: '"How many are monitored, Mr Pike?"')
        return
    named = _named_asked(text, asked, found[i])
    if named is not None and "?" in quotes[i].text and named.name.rsplit(None, 1)[-1] in quotes[i].text:
        return  # (the question again, calling the one asked: '"Do you understand that, Mr. Pike? The full amount."')
    _answer_the_asked(quotes, marks, paragraphs, paras, found, i, exchanged, named)


def _asked_before(text: str, marks: list[tuple[int, int]], i: int, asker: Found) -> re.Match[str] | None:
    """The question the sentence before quote ``i`` that names ``asker`` reports put: ' asked how long the rationing
    would last.' in 'A reporter asked how long the rationing would last.' (the quote after it is the answer, not the
    asker's); None if it reports none."""
    asked = ASKED_INDIRECTLY.search(text, max(asker.span.end, marks[i][0] - _ASKED_REACH), marks[i][0])
    if asked is None or SENTENCE_STOP.search(text, asker.span.end, asked.start()) is not None \
            or text[asker.span.end:asked.start()].strip() in (",", ", when"):
        return None  # (a question put to the asker, set off after them: 'Higashiyama, asked whether he would go,')
    return asked


def _named_asked(text: str, asked: re.Match[str], asker: Found) -> Found | None:
    """Whom a reported question was put to, when the narrative names them: 'Leo Strand' in ' asked Leo Strand whether
    he understood them.'; None for no name, or the asker's."""
    whom = ASKED_SOMEONE.match(text, asked.start())
    named = person_named(whom) if whom is not None and whom.group(1)[:1].isupper() else None
    return named if named is not None and named.name.rsplit(None, 1)[-1] != asker.name.rsplit(None, 1)[-1] else None


def _answer_the_asked(quotes: list[Quote], marks: list[tuple[int, int]], paragraphs: list[Span], paras: list[int],
                      found: list[Found | None], i: int, exchanged: set[int], asked: Found | None) -> None:
    """Quote ``i`` answers a question its lead sentence reports: it is the one the narrative says was asked
    (``asked``), else the last speaker's before the asker ('"We will ration water," Mayor Celia Brandt said.' / 'A
    reporter asked how long it would last.' / '"Until it rains."'), and a question standing alone in the next
    paragraph is the asker's again ('"And the cost?"'), the exchange taking turns from there."""
    asker = found[i]
    answerer = asked or next((f for f in reversed(found[:i]) if f is not None and f.name.lower() != asker.name.lower()),
                             None)
    if answerer is None:
        found[i] = None
        return
    found[i] = answerer._replace(method="continuation")
    exchanged.add(i)
    k = i + 1
    if k < len(quotes) and found[k] is None and quotes[k].kind == "full" and quotes[k].text.rstrip().endswith("?") \
            and paras[k] == paras[i] + 1 and marks[k][0] - paragraphs[paras[k]].start <= 2:
        found[k] = asker._replace(method="continuation")
        exchanged.add(k)


def _reported_asker(text: str, paragraphs: list[Span], paras: list[int], marks: list[tuple[int, int]], k: int,
                    answerer: Found) -> Found | None:
    """Who asked the question quote ``k`` answers, when the paragraph before it is narrative ending by reporting the
    question ('Ann Lee' in 'Ann Lee asked him whether he had thought about the owners.' before '"Not then," Tom Reed
    said.'); None when no one named or described by a role asked there, or the one who answers did."""
    para = paras[k]
    if para == 0 or marks[k][0] - paragraphs[para].start > 2 or (k and paras[k - 1] >= para - 1):
        return None  # (the answer opens its paragraph; no quote in the narrative before it)
    before = paragraphs[para - 1]
    subject = ASKED_BY.search(text, before.start, before.end)  # ('Asked by a reporter whether she was fit, ...')
    if subject is None:
        asked = ASKED_INDIRECTLY.search(text, max(before.start, before.end - _ASKED_REACH), before.end)
        if asked is None:
            return None
        subject = SUBJECT_BEFORE.search(text, max(before.start, asked.start() - 60), asked.start()) \
            or WHO_BEFORE.search(text, max(before.start, asked.start() - 140), asked.start())
        if subject is None:
            return None
    words = subject.group(1).split()
    if words[0].lower() in ("the", "a", "an"):
        asker = Found(Span(subject.start(1), subject.end(1)), "description", subject.group(1), "continuation") \
            if len(words) == 2 and words[1] in ROLE_WORDS else None  # 'The prosecutor asked him whether ...'
    else:
        asker = person_named(subject)
    return asker if asker is not None and asker.name.lower() != answerer.name.lower() else None


def asked_subject(text: str, start: int, end: int) -> Found | None:
    """The person the narrative between two quotes ends by saying was asked something, who answers in the quote
    after: 'Mayor Ines Varga' in ' Later, Mayor Ines Varga was asked whether she regretted the remark.', 'Dan Pike'
    in 'Asked whether he was worried, coach Dan Pike shook his head.'."""
    asked = WAS_ASKED.search(text, max(start, end - _ASKED_REACH), end) \
        or ASKED_LEAD_IN.search(text, max(start, end - _ASKED_REACH), end) \
        or ASKED_ASIDE.search(text, max(start, end - _ASKED_REACH), end)
    if asked is not None and asked.group(1)[:4].lower() == "the ":  # a role: 'Asked by Lee whether he would block
        return Found(Span(asked.start(1), asked.end(1)), "description", asked.group(1), "continuation") \
            if asked.group(1)[4:] in ROLE_WORDS else None  # the bill, the senator did not hesitate.'
    return person_named(asked) if asked is not None else None


def handed_to(text: str, start: int, end: int) -> Found | None:
    """The person the narrative between two quotes ends by saying a question was handed to, who answers in the quote
    after: 'Dan Pryor' in ' A reporter asked how many homes had lost power. Cole turned to Dan Pryor, the utility
    director.'."""
    handed = HANDED_TO.search(text, max(start, end - _ASKED_REACH), end)
    return person_named(handed) if handed is not None else None


def person_named(found: re.Match[str], method: str = "continuation", *, single: bool = True) -> Found | None:
    """The person a match's group 1 names, titles dropped ('Mayor Ines Varga' is Ines Varga), found by ``method``;
    None for no person's name (a body, a place: 'The talk turned to Iran.'), nor for one word unless ``single``."""
    parsed = parse_run(found.group(1))
    if parsed is None or (parsed.single and not single) or not person_like(parsed.name) \
            or not found.group(1).endswith(parsed.name) or is_known_place(parsed.name):
        return None
    return Found(Span(found.end(1) - len(parsed.name), found.end(1)), "name", parsed.name, method)


def _spoken_to(text: str, paragraphs: list[Span], paras: list[int], marks: list[tuple[int, int]], quotes: list[Quote],
               found: list[Found | None], k: int, reach: int = 1) -> Found | None:
    """Whom quote ``k`` speaks to: the one it calls by name as it opens, else the one person the narrative before it
    names by a title (``_one_questioned``), else the holder of the title it opens with ('"Madam President, the public
    is here now," Mr. Hale said.' after 'Ms. Orne, who was presiding, ...' is Ms. Orne; after no such sentence, 'the
    president'); a question may call them as it ends instead ('"How many are monitored, Mr Pike?"'); None if it
    calls no one."""
    addressed = _addressed_in(text, quotes[k], found[k])
    if addressed is None and "?" in quotes[k].text:  # (a question, then more: 'Do you understand, Mr. Pike? The
        addressed = _called_as_it_ends(quotes[k], found[k])  # full amount.')
    if addressed is None and asks(quotes[k]) and marks[k][0] - paragraphs[paras[k]].start <= 2:
        return _one_questioned(text, paragraphs, paras[k], marks[k][0], found[k])  # (a question standing alone after
        # 'Kosciuszko pressed Hodgkiss on what a patient would pay.': Hodgkiss)
    if addressed is None or addressed.kind != "description":
        return addressed
    return _one_questioned(text, paragraphs, paras[k], marks[k][0], found[k], reach) or addressed


def _called_as_it_ends(quote: Quote, speaker: Found) -> Found | None:
    """The name a quote ends by calling someone ('Pike' in 'How many are monitored, Mr Pike?'), or its question
    does ('Do you understand that, Mr. Pike? The full amount.'), if not the speaker's own; None if it ends
    otherwise."""
    called = next((m for m in CALLED_BY_NAME.finditer(quote.text)
                   if m.end() == len(quote.text) or quote.text[m.end() - 2] == "?"), None)
    if called is None or (speaker.kind == "name" and called.group(1) in speaker.name.split()):
        return None
    span = Span(quote.start + called.start(1), quote.start + called.end(1))
    if (word := called.group(1).lower()) in ROLE_WORDS or word in NAME_TITLES:
        return Found(span, "description", f"the {word}", "continuation")  # a title called: ', Taoiseach?', ',
        # Mayor?' (the holder named before answers)
    return Found(span, "name", called.group(1), "continuation")


def _named_in_full(text: str, given: str, before: int) -> bool:
    """Whether the article named someone by ``given`` and a surname before ``before``: 'Guards Nate Colby and ...'
    for a 'Nate, ...' (a given name no lexicon lists; not 'America, ...' after 'America First')."""
    at = text.rfind(given + " ", 0, before)
    after = at + len(given) + 1
    surname = SURNAME_AT.match(text, after) if at >= 0 and (at == 0 or not text[at - 1].isalnum()) else None
    return surname is not None and person_like(f"{given} {surname.group()}")


def _one_questioned(text: str, paragraphs: list[Span], para: int, quote_start: int, asker: Found,
                    reach: int = 1) -> Found | None:
    """Who a question is put to, for the bare answer after it: the one person named by a title in the paragraph
    before the question's who is not the asker ('On Tuesday Ms. Scriven led Ms. Palacios through the night of the
    fire.' then '"...?" Ms. Scriven asked.'; 'Sheriff Dunstan Elgar spoke to reporters.' then '"...?" one reporter
    asked.'), a he or she asking not being of that person's gender; with no one titled there, the one person it names
    by a given name and a surname, unless it names the asker ('Tom Reed said he backed relief.' then '"...?" Ann Lee
    asked.'); None if no one, or several, or someone is quoted there. With ``reach`` 2, a paragraph that names no one
    but the asker by a title is passed for the one before it ('Mr Reed then asked a supplementary question.')."""
    if asker.kind not in ("name", "pronoun", "description"):
        return None
    asker_gender = PRONOUN_GENDER.get(asker.name.lower()) if asker.kind == "pronoun" else None
    asker_surname = asker.name.rsplit(None, 1)[-1] if asker.kind == "name" else None
    named: list[re.Match[str]] = []
    for back in range(1, min(reach, para) + 1):
        start, end = paragraphs[para - back].start, paragraphs[para - back].end
        if any(mark in text[start:end] for mark in ('"', "“", "''")):
            return None  # (a paragraph of quotes: the exchange rules read it)
        titled = list(TITLED_NAME.finditer(text, start, end))
        named = [m for m in titled if m.group("surname") != asker_surname
                 and (asker_gender is None or _gender_of(m) not in (asker_gender, None))]
        if named or any(m.group("surname") != asker_surname
                        and (asker_gender is None or _gender_of(m) != asker_gender) for m in titled):
            break  # (a paragraph naming the asker alone is passed: 'Mr Reed then asked a supplementary question.')
        if asker_surname is not None and _has_word(text[start:end], asker_surname):
            break  # (a paragraph about the asker: 'It dawned on Murphy that Heslin had no reason to go home.')
        named = [m for m in UNTITLED_NAME.finditer(text, start, end) if m.group("surname") != asker_surname
                 and m.group("given").lower() in GIVEN_NAMES
                 and (asker_gender is None or _gender_of(m) not in (asker_gender, None))]
        if named:  # (by a given name and a surname: 'Tom Reed said he backed relief.')
            break
    if not named and para >= 1 and (whom := _asked_whom(text, paragraphs[para - 1], asker_surname)) is not None:
        return whom  # ('Rep. Dan Morrow, who asked Ruth Keller how many staff had been disciplined.')
    if len({m.group("surname") for m in named}) != 1:
        return None  # (none, or several others: whom the question is put to is not told)
    last = named[-1]
    first = "given" if last.group("given") else "surname"  # ('Sheriff Dunstan Elgar' is Dunstan Elgar)
    return Found(Span(last.start(first), last.end()), "name", text[last.start(first):last.end()], "continuation")


def _asked_whom(text: str, paragraph: Span, asker_surname: str | None) -> Found | None:
    """The one person a paragraph says was asked or told something, by name: 'Ruth Keller' in 'The toughest questions
    came from Rep. Dan Morrow, who asked Ruth Keller how many staff had been disciplined.', 'Tom Reed' in 'Sen. Ann
    Lee questioned the nominee, Tom Reed.', 'Ann Lee' in 'Cross-examining Ann Lee, the defence lawyer ...'; None if
    none or several, or the asker."""
    asked = {m.group(1): m for pattern in (ASKED_SOMEONE, QUESTIONED)
             for m in pattern.finditer(text, paragraph.start, paragraph.end)
             if m.group(1)[:1].isupper() and m.group(1).rsplit(None, 1)[-1] != asker_surname
             and person_like(m.group(1))}  # (ASKED_SOMEONE reads 'asked the congresswoman whether' too: a role)
    if len(asked) != 1:
        return None
    (name, m), = asked.items()
    return Found(Span(m.start(1), m.end(1)), "name", name, "continuation")


def _gender_of(titled: re.Match[str]) -> str | None:
    """The gender a titled name's title or given name tells: 'Mr. Oyelaran' -> 'male'; 'Representative Ilse
    Marchetti' -> 'female'; None for none."""
    title = (titled.group("title") or "").lower()
    if title in MALE_TITLES or title in FEMALE_TITLES:
        return "male" if title in MALE_TITLES else "female"
    given = titled.group("given")
    return GIVEN_NAMES.get(given.lower()) if given else None


# A person the narrative says was asked, closing it before a quote: "Mayor Ines Varga was asked whether she regretted
# the remark." (group 1: the name, its title with it).
WAS_ASKED = compile_pattern(r"(?<![\w'’-])((?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}["
                            + UPPER + r"][\w'’-]*)[ \t]+(?:was|had[ \t]+been|has"
                            rf"[ \t]+been)[ \t]+(?:also[ \t]+|later[ \t]+|then[ \t]+)?(?:{ASKING_OBJECT_VERBS})[ \t]+"
                            rf"(?:{QUESTION_WORDS}|about)\b[^.?!\n\"“”]*\.[\s]*$")
# A question handed on by someone named or a he or she, closing the narrative before a quote: "Cole turned to Dan
# Pryor, the utility director." (group 1: the one it was handed to, titles and all; not 'The debate turned to Iran.').
HANDED_TO = compile_pattern(r"(?<![\w'’-])(?:[" + UPPER + r"][\w'’-]+|[Hh]e|[Ss]he)[ \t]+(?:then[ \t]+|quickly[ \t]+)?"
                            r"(?:turned|deferred|(?:passed|handed|referred|redirected)[ \t]+(?:the[ \t]+question|it))"
                            r"[ \t]+to[ \t]+((?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}[" + UPPER + r"][\w'’-]*)"
                            r"(?:,[ \t]+(?:a|an|the|his|her)[ \t]+[^.?!\n\"“”,]{1,60})?\.[\s]*$")
# A sentence opening with a question put to its subject, closing the narrative before a quote: "Asked whether he
# was worried, coach Dan Pike shook his head.", "Asked by Lee whether he would block it, the senator did not
# hesitate." (group 1: the subject, titles and all, or 'the' and a role; a role in lower case before a name is
# passed).
ASKED_LEAD_IN = compile_pattern(rf"(?:^|(?<=[.!?] )|(?<=\n))Asked[ \t]+(?:by[ \t]+[^,.?!\n]{{1,40}}?[ \t]+)?"
                                rf"(?:{QUESTION_WORDS}|about)\b[^.?!\n]*,[ \t]+(?:[a-z]+[ \t]+){{0,2}}"
                                r"((?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}[" + UPPER + r"][\w'’-]*|the[ \t]+[a-z]+)"
                                r"[ \t]+[a-z][^.?!\n\"“”]*\.[\s]*$")
# The same with the question set off after the subject: "Dahle, asked whether she would sail again, did not hesitate."
# (group 1: the subject, titles and all, or 'the' and a role).
ASKED_ASIDE = compile_pattern(r"(?:^|(?<=[.!?] )|(?<=\n))((?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}[" + UPPER
                              + r"][\w'’-]*|[Tt]he[ \t]+[a-z]+),[ \t]+(?:when[ \t]+)?asked[ \t]+"
                              r"(?:by[ \t]+[^,.?!\n]{1,40}?[ \t]+)?"
                              rf"(?:{QUESTION_WORDS}|about)\b[^.?!\n]*,[ \t]+[a-z][^.?!\n\"“”]*\.[\s]*$")
# Someone questioned, named right after the verb (a role and a comma may come first) and closing its clause: "Tom
# Reed" in "Sen. Ann Lee questioned the nominee, Tom Reed.", "Ann Lee" in "Cross-examining Ann Lee, the defence
# lawyer, ..." (group 1: the name).
QUESTIONED = compile_pattern(r"\b(?:questioned|cross-examined|grilled|[Cc]ross-examining|[Qq]uestioning)[ \t]+"
                             r"(?:the[ \t]+[a-z]+,[ \t]+)?((?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}["
                             + UPPER + r"][\w'’-]*)(?=[,.;])")
#: How far before a quote the sentence reporting a question put, or saying someone was asked, is looked for.
_ASKED_REACH = 300
# A question the narrative reports, closing the sentence before a quote that stands alone: " asked how long the
# rationing would last." (its subject asked; the quote is the answer; not " was asked whether": see asked_subject).
ASKED_INDIRECTLY = compile_pattern(rf"(?<!was )(?<!were )(?<!been )\b(?:{ASKING_VERBS}|questioned|asking)"
                                   r"(?:[ \t]+[\w'’.-]+){0,3}?"
                                   rf"[ \t]+(?:{QUESTION_WORDS}|which)\b[^.?!\n]*\.[\s\"”’']*$")
# The subject right before a verb of asking, opening its sentence or after a comma: "Ann Lee " in "Ann Lee asked him
# whether he had thought about the owners.", "the prosecutor " in "Later, the prosecutor asked whether ..." (group 1).
SUBJECT_BEFORE = compile_pattern(r"(?:^|(?<=[.!?,][ \t])|(?<=\n))((?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}["
                                 + UPPER + r"][\w'’-]*"
                                 r"|[Tt]he[ \t]+[a-z]+)[ \t]+(?:then[ \t]+|also[ \t]+|later[ \t]+)?$")
# The same opening a relative clause, an apposition between perhaps: "Rep. Ann Lee, a Democrat from Michigan, who " in
# "The sharpest exchange came with Rep. Ann Lee, a Democrat from Michigan, who asked Tom Reed whether anyone had been
# fired." (group 1).
WHO_BEFORE = compile_pattern(r"(?<![\w.'’-])((?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}[" + UPPER + r"][\w'’-]*)"
                             r"(?:,[ \t]+(?:an?|the)[ \t]+[^,.;!?\n]{1,60})?,[ \t]+who[ \t]+$")
# A question put by someone opening a sentence: "Asked by a reporter whether she would be fit, Lee laughed." (group 1:
# who asked).
ASKED_BY = compile_pattern(r"(?:^|(?<=[.!?][ \t])|(?<=\n))Asked[ \t]+by[ \t]+((?:an?|the)[ \t]+[a-z]+"
                           r"|(?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}["
                           + UPPER + rf"][\w'’-]*)[ \t]+(?:{QUESTION_WORDS}|about)\b")
# A capitalised word, the surname after a given name: "Colby" in "Nate Colby".
SURNAME_AT = compile_pattern(r"[" + UPPER + r"][\w'’-]+")
# A name a quote calls someone by, set off by a comma before it and a comma, a question mark or its end after: ", Mr.
# Hale." in "The agenda was adopted, Mr. Hale.", ", Dean," in "We sent three, Dean, and they are on file.", ", Mr.
# Pike? " in "Do you understand that, Mr. Pike? The full amount." (group 1: the name).
CALLED_BY_NAME = compile_pattern(r",[ \t]+(?:(?:Mr|Ms|Mrs|Miss|Dr|Cllr|Cr|Councillor|Sen|Senator|Rep|Judge)\.?[ \t]+)?"
                                 r"([" + UPPER + r"][\w'’-]+)(?:[.!?]?$|[,?][ \t])")
# A courtesy opening a line before whom it speaks to: "With respect, " in "With respect, Madam Mayor, we sent one".
COURTESY_OPENING = compile_pattern(r"(?:With[ \t]+(?:all[ \t]+(?:due[ \t]+)?)?respect|Excuse[ \t]+me|Sorry|Look|Well"
                                   r"|Again|Respectfully),[ \t]+")
# A title a line opens by calling someone: "Governor, " in "Governor, did you know?", "Madam Mayor, ", "Your Honor, "
# (group 1: the title).
TITLE_VOCATIVE = compile_pattern(r"(?:(?:Mr|Madam|Madame|Mister)\.?[ \t]+|Your[ \t]+)?([" + UPPER + r"][a-z]+),[ \t]")
#: Titles a line calls someone by that name the role differently: 'Your Honor' is the judge.
_VOCATIVE_ROLES = {"honor": "judge", "honour": "judge", "speaker": "speaker", "chair": "chair"}
# A given name opening a question, whom it is put to: "Priya, " in "Priya, are you losing deals on price?".
GIVEN_VOCATIVE = compile_pattern(r"([" + UPPER + r"][a-z]+),[ \t]")
# A surname after a title, a given name between or not: "Ms. Palacios", "Sheriff Dunstan Elgar", "Representative Ilse
# Marchetti" (groups "title", "given", "surname").
TITLED_NAME = compile_pattern(r"\b(?P<title>Mr|Ms|Mrs|Miss|Dr|Sheriff|Chief"
                              r"|Judge|Justice|Sen|Rep|Gov|Mayor|Detective|Sgt"
                              r"|Lt|Capt|Commissioner|Superintendent|Representative|Senator|Governor|Coach)\.?[ \t]+"
                              r"(?:(?P<given>[" + UPPER + r"][\w'’-]+)[ \t]+)?(?P<surname>[" + UPPER + r"][\w'’-]+)")

# A given name and a surname with no title: "Tom Reed" in "Tom Reed said he supported targeted relief." (the groups of
# TITLED_NAME, the title empty).
UNTITLED_NAME = compile_pattern(r"\b(?P<title>)(?P<given>[" + UPPER + r"][a-z]+)[ \t]+(?P<surname>["
                                + UPPER + r"][\w'’-]+)"
                                r"(?![\w'’-]|[ \t]+[A-Z])")


def _turn_start(paras: list[int], k: int) -> int:
    """The first quote of the paragraph holding quote ``k``."""
    while k > 0 and paras[k - 1] == paras[k]:
        k -= 1
    return k


#: How many words a line may have and still answer a turn of several quotes in an exchange ('"When?"', '"March."').
_SHORT_TURN_WORDS = 12
# An attribution ending with whom the words were said to, after the closing mark: ' Mr. Medl said to Ms. Hay.', ' Loft
# asked Babb.', ' a reporter asked Rusk.', ' Rep. Dan Morrow told Ruth Keller, the agency chief.', ' the Mayor, Cllr
# Ann Dale, told Cllr Tom Reed.' (group 1 the title, if any, group 2 the name).
SAID_TO = compile_pattern(r"[,?!]?[ \t]+(?:the[ \t]+[A-Za-z]+,[ \t]+)?"
                          r"(?:[" + UPPER + r"][\w.'’-]*,?[ \t]+|(?:a|an|one|another)[ \t]+[a-z]+[ \t]+){1,3}"
                          r"(?:said[ \t]+to|asked|told)[ \t]+"
                          r"((?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.[ \t]+|(?:Cllr|Cr)[ \t]+)?)"
                          r"([" + UPPER + r"][\w'’-]+(?:[ \t]+[" + UPPER + r"][\w'’-]+)?)"
                          r"(?:,[ \t]+(?:a|an|the|his|her)[ \t]+[^,.?!\n]{1,60})?[ \t]*[.?!]$")
# A question's attribution after it: ' she asked.', ' Lind pressed him.', ' asked Tom Reyes, the prosecutor.', ' Ms.
# Scriven asked.'.
ASKED_AFTER = compile_pattern(rf"(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.|[^.?!\n]){{0,40}}\b(?:{ASKING_VERBS})\b")


def _goes_on(between: str) -> bool:
    """The words between two quotes of one sentence carry its speaker on: '(,") stating that they are',
    'and called on leaders' (no sentence ends there)."""
    if len(between) > 120 or SENTENCE_STOP.search(between) is not None:
        return False
    for m in GOES_ON.finditer(between):
        verb = m.group(2)
        if verb in VERBISH and (m.group(1).endswith(("and ", "but ")) or verb.endswith("ing")):
            return True
    return False
