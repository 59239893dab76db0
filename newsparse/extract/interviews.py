"""The turns of an interview the story prints as bare quotes after saying it gives the exchange (or whose shape
says it, asking and answering by turns): the writer's questions and the answers of the person the writer asked.

>>> from newsparse.model import Span
>>> text = ('By Ida Marr\\n\\nI asked Tom Gresly about the plan. Here is part of our conversation.\\n\\n'
...         '"Would it pass?"\\n\\n"Probably. Most families like it."')
>>> paragraphs = [Span(0, 11), Span(13, 81), Span(83, 99), Span(101, 135)]
>>> turns = [(83, 99), (101, 135)]
>>> [(f.name, f.method) for f in interview_turns(text, paragraphs, turns, 1, lambda: ["Ida Marr"])]
[('Ida Marr', 'continuation'), ('Tom Gresly', 'continuation')]
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon.people import UPPER
from ..lexicon.speech import ROLE_NOUNS
from ..lexicon.titles import NAME_TITLES
from ..model import Span
from ..pattern_cache import compile_pattern
from .attribution import Found, person_like
from .speaker_names import narrated_full_names

# A sentence saying the story now gives an interview's exchange: "Here is part of our conversation", "Here's an
# excerpt from their interview", "What follows is our exchange", "Our conversation has been condensed and edited",
# "The exchange below has been edited", "Below is a trimmed version of what we said", "Here is an edited transcript
# of our call", "Her answers below are lightly trimmed", "my questions are in bold", "I have cut the conversation
# down; the questions are mine", "the question is given first and her answer follows".
INTERVIEW_INTRO = compile_pattern(
    r"\b(?:[Hh]ere(?:['’]s|[ \t]+is|[ \t]+are)|[Ww]hat[ \t]+follows[ \t]+is|[Bb]elow[ \t]+is)[ \t]+"
    r"(?:(?:part|parts|some|an[ \t]+excerpt|excerpts|a[ \t]+portion|the[ \t]+rest|more)[ \t]+(?:of|from)[ \t]+)?"
    r"(?:our|the|their|my|that|this)[ \t]+(?:(?:edited|brief|short|full|phone|recent)[ \t]+)?"
    r"(?:conversation|exchange|interview|discussion|talk|chat)\b"
    r"|\b(?:[Oo]ur|[Tt]his|[Tt]he)[ \t]+(?:conversation|exchange|interview|discussion)[ \t]+"
    r"(?:(?:below|that[ \t]+follows)[ \t]+)?(?:has[ \t]+been|was|is)[ \t]+(?:lightly[ \t]+)?"
    r"(?:condensed|edited|trimmed|shortened|abridged)\b"
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)[ \t]+(?:answers|replies)[ \t]+(?:below[ \t]+)?(?:are|have[ \t]+been|were)"
    r"[ \t]+(?:lightly[ \t]+)?(?:condensed|edited|trimmed|shortened)\b"
    r"|\b(?:answers|replies)[ \t]+(?:appear|are[ \t]+(?:printed|set[ \t]+down|given|reproduced)|follow|run)[ \t]+"
    r"(?:below|here)\b"
    r"|\b(?:his|her|their)[ \t]+(?:answer|reply)[ \t]+follows\b"
    r"|\b(?:[Bb]elow|[Hh]ere)[ \t]+is[ \t]+how[ \t]+(?:that|it)[ \t]+went\b"
    r"|\b(?:my|our|the)[ \t]+questions\b[^.!?\n]{0,60}\b(?:his|her|their|the)[ \t]+(?:[\w-]+['’]s[ \t]+)?"
    r"(?:answers|replies)\b"
    r"|\b[Bb]elow,?[ \t]+(?:is[ \t]+)?(?:our|the|my)[ \t]+(?:exchange|conversation|interview|chat)\b"
    r"|\b(?:[Bb]elow|[Hh]ere)(?:,[ \t]+[a-z]+(?:[ \t]+[a-z]+)?,)?[ \t]+is[ \t]+what[ \t]+"
    r"(?:[" + UPPER + r"][\w'’-]+[ \t]+){1,3}(?:told|said[ \t]+to)[ \t]+(?:me|us)\b"
    r"|\b(?:[Mm]y|[Oo]ur|[Tt]he)[ \t]+questions[ \t]+are[ \t]+(?:in[ \t]+bold|italicized|in[ \t]+italics|mine|ours)"
    r"|\b(?:cut|trimmed|edited|condensed|shortened)[ \t]+(?:the|our)[ \t]+(?:conversation|interview|exchange)\b"
    r"|\b(?:[Hh]ere(?:['’]s|[ \t]+is)|[Bb]elow[ \t]+is|[Ww]hat[ \t]+follows[ \t]+is)[ \t]+(?:a|an|the)[ \t]+"
    r"(?:(?:trimmed|edited|condensed|shortened|abridged)[ \t]+)?(?:version|transcript|account)[ \t]+of[ \t]+"
    r"(?:what[ \t]+(?:we|they|he|she)[ \t]+said|our|the|their)\b")
# Whom the writer asked, named after the verb of asking: "asked Tom Gresly", "spoke with Mayor Ana Lind", "sat down
# with Reyes", "I sit with Tull", "I got five minutes with Lorwen", "We put four questions to Ines Vall" (group 1: the
# name, a title before it perhaps).
INTERVIEWEE = compile_pattern(
    r"\b(?:asked|interviewed|spoke[ \t]+(?:with|to)|talked[ \t]+(?:with|to)|reached|caught[ \t]+up[ \t]+with"
    r"|s[ia]t[ \t]+(?:down[ \t]+)?with"
    r"|(?:put|posed|sent|addressed)[ \t]+(?:it|that|(?:[\w-]+[ \t]+){0,2}questions?)[ \t]+to"
    r"|(?:got|had|spent|grabbed)[ \t]+(?:[\w'’-]+[ \t]+){1,3}?with)[ \t]+"
    r"((?:(?:[" + UPPER + r"][\w'’-]{0,3}\.|[" + UPPER + r"][\w'’-]*)[ \t]+){0,3}["
    + UPPER + r"][\w'’-]+)")  # (a title or an initial with a
# period: 'Dr. Ann Lee', 'J. R. Pike'; not a sentence's end: 'to Lee. Below')
# Whom the writer asked, named as the subject of sitting down or speaking with the paper: "Orwell sat down with the
# station", "Lind spoke with us", "Orwell sat down with WABE", "what Marchbanke told me" (group 1: the name).
INTERVIEWEE_SUBJECT = compile_pattern(
    r"((?:[" + UPPER + r"][\w'’.-]*[ \t]+){0,3}["
    + UPPER + r"][\w'’-]+)[ \t]+(?:told[ \t]+(?=(?:me|us)\b)|(?:sat[ \t]+down|spoke|talked)"
    r"[ \t]+(?:with|to)[ \t]+)"
    r"(?:us|me|this[ \t]+reporter|the[ \t]+(?:station|newspaper|paper|magazine|site|program|programme|show|podcast)"
    r"|[A-Z]{3,})\b")
# A name opening a paragraph as its subject: "Elspeth Miro" in "Elspeth Miro won a seat in October.", "Miro" in "Miro
# said she did not mind." (group 1).
NAME_OPENING = compile_pattern(r"((?:[" + UPPER + r"][\w'’.-]*[ \t]+){0,2}[" + UPPER + r"][\w'’-]+)[ \t]+[a-z]"
                               r"|((?:[" + UPPER + r"][\w'’.-]*[ \t]+){0,3}["
                               + UPPER + r"][\w'’-]+),")  # ('Rep. Jo Rasmo, a Republican,')
#: How many paragraphs before an intro that names no one the one asked may open as its subject.
_SUBJECT_PARAGRAPHS_BACK = 4
#: A he or she who sat down with the writer, named before: 'He talked with me by phone'.
_PRONOUN_SUBJECTS = frozenset({"He", "She", "They"})
#: First words of a capitalised run opening a paragraph that names no one: 'The Assembly voted'.
_NOT_A_NAME = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "When", "After", "This", "That", "Last",
                         "Next", "Since", "For", "By", "From"})
#: How many bare turns asking and answering by turns make an exchange with no word that one follows.
_MIN_EXCHANGE_TURNS = 4
#: Closing marks and blanks read past to a turn's last character: '?' in 'Would it pass?"'.
_CLOSING = " \t\"'”’»"


def interview_turns(text: str, paragraphs: list[Span], turns: list[tuple[int, int]], intro: int,
                    authors: Callable[[], list[str]], intro_pronoun: Found | None = None) -> list[Found | None]:
    """The speakers of ``turns``, quotes (with their marks) that each fill a paragraph, one after the other, after
    ``paragraphs[intro]``, a paragraph that says the exchange follows (``gives_exchange``): when it names whom the
    writer asked (or, naming no one, a paragraph shortly before opens with someone: ``_subject_before``), the turns
    alternate between the writer (the byline's first author, ``authors()`` read only then) and that person, the
    writer first when the first turn asks; else none. ``intro_pronoun``, a he or she the intro opens with ('She agreed
    to answer a few questions'), is the one asked when the intro names no one. A turn of the writer with no byline to
    name them stays without a speaker."""
    para = paragraphs[intro]
    asked = list(INTERVIEWEE_SUBJECT.finditer(text, para.start, para.end))[-1:] \
        or list(INTERVIEWEE.finditer(text, para.start, para.end))[-1:]  # (the last one asked: 'I asked Reyes, ...
    # and then Lind'; 'Orwell sat down with WABE' before 'sat down with WABE')
    if asked and asked[0].group(1) not in _PRONOUN_SUBJECTS:
        answerer = _answerer_named(text, *asked[0].span(1))
    elif intro_pronoun is not None:
        answerer = intro_pronoun._replace(method="continuation")  # (the he or she, whom the speakers' resolution
        # reads)
    elif (subject := _subject_before(text, paragraphs, intro)) is not None:  # (an intro that names no one: 'We
        answerer = _answerer_named(text, *subject)  # talked on a bench. The conversation has been trimmed.')
    else:
        return [None] * len(turns)
    writer = _writer(text, authors())
    writer_first = _ends_asking(text, turns[0]) or (_asks(text, turns[0])
                                                    and (len(turns) == 1 or not _ends_asking(text, turns[1])))
    return [writer if (k % 2 == 0) == writer_first else answerer for k in range(len(turns))]


def _answerer_named(text: str, name_start: int, name_end: int) -> Found:
    """The one asked, named at ``text[name_start:name_end]``, past a title or a role before the name ('spoke with
    Mayor Ana Lind', 'asked Principal Tom Haskerby')."""
    words = text[name_start:name_end].split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in NAME_TITLES or words[0].lower() in ROLE_NOUNS):
        name_start = text.index(words[1], name_start + len(words[0]))
        words = words[1:]
    return Found(Span(name_start, name_end), "name", " ".join(words), "continuation")


def _subject_before(text: str, paragraphs: list[Span], intro: int) -> tuple[int, int] | None:
    """Where the person ``paragraphs[intro]`` opens with, or names as the subject of a verb in the present or past
    ('After lunch Brankswood answers some questions'), or a paragraph shortly before opens with or first names so, is
    named in full: 'Elspeth Miro won a seat in October.', or 'Miro said she did not mind.' after 'Elspeth Miro' was
    named."""
    para = paragraphs[intro]
    found = [(m, 1 if m.group(1) else 2) for m in [NAME_OPENING.match(text, para.start, para.end)] if m is not None]
    found += [(m, 1) for m in SUBJECT_IN_INTRO.finditer(text, para.start, para.end)]
    for back in range(intro - 1, max(-1, intro - _SUBJECT_PARAGRAPHS_BACK), -1):
        start, end = paragraphs[back].start, paragraphs[back].end
        found += [(m, 1 if m.group(1) else 2) for m in [NAME_OPENING.match(text, start, end)] if m is not None]
        found += [(m, 1) for m in [SUBJECT_IN_INTRO.search(text, start, end)] if m is not None]  # ('The singer Jorvic
        # Tamblewade plays the small stage on Sunday.')
        found += [(m, 1) for m in list(SAYS_NAME.finditer(text, start, end))[-1:]]  # ('"...," says Tamblewade.')
    for m, group in found:
        if (name := m.group(group)).split(" ", 1)[0] in _NOT_A_NAME or not person_like(name):
            continue
        if " " in name:
            return m.span(group)
        if full := narrated_full_names(text, name, m.start()):  # (a surname: where its full name was first given)
            at = text.find(full[0][1], full[0][0])  # (where the name itself stands, past a title before it)
            if at >= 0:
                return at, at + len(full[0][1])
    return None


# A name after a speech verb, quoted in a paragraph before an intro: "Tamblewade" in '"So I didn't," says Tamblewade.'
# (group 1).
SAYS_NAME = compile_pattern(r"\b(?:says|said)[ \t]+((?:[" + UPPER + r"][\w'’-]+[ \t]+){0,2}[" + UPPER + r"][\w'’-]+)")
# A name as the subject of a verb in the present or past inside an intro: "Brankswood wipes" in "When the plates have
# gone, Brankswood wipes down the pass and lets me quiz her." (group 1).
SUBJECT_IN_INTRO = compile_pattern(r"(?<![\w'’.-])((?:[" + UPPER + r"][\w'’-]+[ \t]+){0,2}["
                                   + UPPER + r"][\w'’-]+)[ \t]+[a-z]+(?:s|ed)\b")


def asks_and_answers(text: str, turns: list[tuple[int, int]]) -> bool:
    """Whether bare ``turns`` (quotes with their marks, each its paragraph) are an exchange by their shape: four at
    least, the first, third and so on asking (``_asks``), the others not ending with a question mark."""
    return len(turns) >= _MIN_EXCHANGE_TURNS and all(
        _asks(text, turn) if k % 2 == 0 else not _ends_asking(text, turn) for k, turn in enumerate(turns))


def _ends_asking(text: str, turn: tuple[int, int]) -> bool:
    """Whether a turn ends with a question mark: '"Would it pass?"'."""
    return text[turn[0]:turn[1]].rstrip(_CLOSING).endswith("?")


def _asks(text: str, turn: tuple[int, int]) -> bool:
    """Whether a turn asks: it ends with a question mark, or its first sentence does and a remark follows it ('"What
    about the siren? Some residents want it off."')."""
    return _ends_asking(text, turn) or FIRST_SENTENCE_ASKS.match(text, turn[0], turn[1]) is not None


# A turn's first sentence, a question, and the next sentence's first letter: '"What about the siren? S' (not a
# question inside a sentence: '"So why not? she asked herself').
FIRST_SENTENCE_ASKS = compile_pattern(r"[\"“'‘]?[^?.!\n]{1,200}\?[ \t]+[A-Z]")


def gives_exchange(text: str, para: Span) -> bool:
    """Whether paragraph ``para`` says an interview's exchange follows: 'Here is part of our conversation.'"""
    return INTERVIEW_INTRO.search(text, para.start, para.end) is not None


def _writer(text: str, authors: list[str]) -> Found | None:
    """The byline's first author as the speaker of the writer's questions, where the text names them."""
    if not authors or (at := text.find(authors[0])) < 0:
        return None
    return Found(Span(at, at + len(authors[0])), "name", authors[0], "continuation")
