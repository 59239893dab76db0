"""Words and speaker phrases in the few dozen characters around a quotation.

The attribution rules in ``speakers`` read short stretches of text (the words between a closing
mark and the end of its sentence, or between a sentence start and an opening mark) as tokens,
and ask this module for a speaker phrase at a given token: a pronoun, a person's or body's name
(with titles and the words that lead up to it), or a description (``a spokesman for the alliance``).

>>> toks = tokenize('Sen. Ted Cruz (R-Tex.), the Texas senator, said on Monday.', 0, 60)
>>> [t.text for t in toks][:6]
['Sen.', 'Ted', 'Cruz', '(', 'R-Tex.', ')']
>>> phrase = read_phrase(toks, 0)
>>> phrase.kind, phrase.name, toks[phrase.end].text
('name', 'Ted Cruz', '(')
>>> clean_name('Senate Majority Leader Mitch McConnell'), clean_name("Clinton's spokesman Brian Fallon")
('Mitch McConnell', 'Brian Fallon')
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..gazetteer import is_known_place
from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.people import BALINESE_BIRTH_NAMES, GIVEN_NAMES, NAME_PARTICLES, NON_PERSON_WORDS
from ..lexicon.speech import (
    DOCUMENTS,
    KIN_NOUNS,
    PERSON_ROLES,
    PHRASAL_SPEECH,
    ROLE_NOUNS,
    SPEECH_VERBS,
    VERB_MODIFIERS,
)
from ..lexicon.titles import (
    ABBREVIATIONS,
    CAPITALISED_TITLES,
    NAME_TITLES,
    PORTFOLIO_WORDS,
    POST_NOMINALS,
    ROLE_ACRONYMS,
)
from ..pattern_cache import compile_pattern

# A word (with inner apostrophes, hyphens and an abbreviation's period), a number (with its decimal point or
# thousands commas), or one mark, and the white space before it: "O'Brien", "front-runner", "Sen.", "U.S.",
# "R-Tex.", "D-N.Y.", "2016", "1.6", "12,000", ",", "(".
# (The lookahead only lets the engine skip the abbreviation branch quickly where it cannot match; the number
# branch is possessive, so a run of digits is read once.)
SPACED_TOKEN = compile_pattern(r"(\s*)((?=[^\W\d_](?:\.|[^\W\d_]{0,2}-))(?:[^\W\d_]{1,3}-)?(?:[^\W\d_]\.){2,}"
                               r"|\d++(?:[.,]\d++)++[\w'’\-]*+|[^\W_][\w'’\-]*\.?|--|\S)")

#: Pronouns that can be a speaker.
PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})
# A run of lower-case letters: the words of lower-cased text, 'said' in ', he said.'.
LETTERS = compile_pattern(r"[a-z]+")
#: Words that open a description of a speaker: "the spokesman", "a senior official", "one aide".
DETERMINERS: frozenset[str] = frozenset(
    "the a an one another his her their its our my some several many two three four five both each "
    "this these".split()
)
def _plural(noun: str) -> str:
    """The regular plural of a role noun: 'strategist' -> 'strategists', 'deputy' -> 'deputies', 'coach' ->
    'coaches', 'fisherman' -> 'fishermen'."""
    if noun.endswith("man"):
        return f"{noun[:-3]}men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return f"{noun[:-1]}ies"
    return f"{noun}es" if noun.endswith(("s", "sh", "ch", "x")) else f"{noun}s"


#: Plural roles and the like that speak without a determiner: '"...," police said', 'officials said', 'another said'.
BARE_SUBJECTS: frozenset[str] = frozenset(
    {w for w in ROLE_NOUNS if w.endswith("s") and not w.endswith(("'s", "ss")) and w.isalpha()}
    | {_plural(w) for w in PERSON_ROLES if w.isalpha() and w not in KIN_NOUNS}
    | {"police", "authorities", "investigators", "prosecutors", "witnesses", "another", "others", "organizers",
       "organisers", "officers", "firefighters", "doctors", "nurses", "teachers", "farmers", "parents", "people",
       "someone", "somebody"}
)
#: Words for someone unnamed that open a description as an article does: 'someone in the audience yelled'.
_SOMEONE = frozenset({"someone", "somebody"})
#: Words read as speech verbs that also stand before a role as nouns: 'press secretary', 'protest leader'.
ROLE_MODIFIERS = frozenset({"press", "protest", "report", "record", "review", "research", "comment", "hedge"})
#: Words before a name that are neither part of it nor a title: "Republican Donald Trump".
NAME_MODIFIERS: frozenset[str] = frozenset(
    "former ex then late acting deputy assistant senior top republican democrat democratic gop u.s. us "
    "american first campaign press pro tem tempore".split()
)
#: Titles that stand before a name, without their period, besides the shared ones.
_EXTRA_TITLES: frozenset[str] = frozenset(
    "manager spokesman spokeswoman spokesperson strategist pollster candidate nominee whip adviser "
    "advisor aide counsel analyst host anchor del ceo cfo coo cto cio mp mep chair chairperson "
    "secretary-general director-general attorney-general president-elect".split()
)
_TITLES = NAME_TITLES | _EXTRA_TITLES
#: The ordinals of a rank's class, between the rank and 'Class': '1st' in 'Sgt. 1st Class Darnell Ruiz'.
_CLASS_ORDINALS = frozenset({"1st", "2nd", "3rd", "first", "second", "third"})
#: Ranks written with a class: 'Sgt.' in 'Sgt. 1st Class', 'Officer' in 'Petty Officer 2nd Class', 'Airman First Class'.
_RANKS_OF_A_CLASS = frozenset({"sgt", "sergeant", "officer", "airman", "private", "pvt", "seaman", "specialist",
                               "spc", "technician", "fireman", "constable"})
#: Words that end a description read after its verb: 'said the spokesman on Monday'.
_DESCRIPTION_STOPS: frozenset[str] = frozenset(
    "on in at during after before when while who whose which that as because but and since if "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)
#: Words that open a clause and so end a description: 'a native of Ohio who ...'.
_CLAUSE_WORDS: frozenset[str] = frozenset({"who", "whose", "which", "that", "whom"})
_CONJUNCTIONS: frozenset[str] = frozenset({"and", "or", "but", "nor"})
#: Words ending in -ly that are no adverbs: 'Clinton ally James Carville'.
_LY_NOUNS: frozenset[str] = frozenset("ally allies rally family bully tally assembly supply reply july italy".split())
_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "at", "with", "from", "in", "on", "to", "by", "near", "outside",
                                          "inside", "around", "across", "along", "behind", "beyond", "beside"})
#: Participles that name who a role is, after it: "named" in "a teacher named Tom Reyes".
_NAMING_PARTICIPLES = frozenset({"named", "called", "nicknamed", "dubbed", "identified", "listed", "described"})
#: Participles that modify a role with the preposition after them, no verb of its own: 'involved in' in 'an official
#: involved in the negotiations said', 'based in' in 'an analyst based in Lagos said'.
_MODIFYING_PARTICIPLES = frozenset({"involved", "based", "engaged", "stationed", "posted", "assigned", "allied",
                                    "aligned", "associated", "affiliated", "tasked", "employed", "born", "raised",
                                    "located", "embedded", "deployed", "detained", "jailed", "imprisoned", "briefed"})
#: Past tenses taking a preposition that end a description: 'apologized for' in 'A state lawmaker apologized for a
#: post', 'a nurse turned to the crowd' (no participle modifying the role, as 'an aide allied with Ana Lind' is).
_INTRANSITIVE_PAST = frozenset({"apologized", "apologised", "voted", "pushed", "called", "turned", "looked", "waited",
                                "worked", "lobbied", "testified", "appealed", "responded", "reacted",
                                "pointed", "objected", "listened", "prayed", "returned", "arrived", "talked",
                                "pleaded", "argued", "hoped"})
#: Past tenses that are no speech verbs but end a description: 'a farmer stood up'.
_PAST_TENSES: frozenset[str] = frozenset(
    "stood sat went came got took made gave found held left ran rose fell began met kept felt brought "
    "bought thought knew saw became won lost sent led paid set hung drew grew threw wore laid put spent struck "
    "shook sought built broke chose fought let leant knelt bit bent spun swung stuck caught sank slid lit".split()
)
#: Words after a verb ending in -ed that show it is a verb, not an adjective: 'turned to', 'walked out'.
_PARTICLES_AFTER: frozenset[str] = frozenset(
    "up down out in into to on off over back away at from the a an his her their its this that these those".split()
)
#: Auxiliaries that end a description ('the senator has said') and show one after 'said' is the subject of what was
#: said ('said his uncle had kept every letter').
_NEGATED_AUXILIARIES = "hasn't haven't hadn't wouldn't won't wasn't isn't weren't aren't didn't doesn't can't".split()
AUXILIARIES: frozenset[str] = frozenset("has have had would will was is were are did does can could must should might"
                                        .split()) \
    | frozenset(_NEGATED_AUXILIARIES) | frozenset(word.replace("'", "’") for word in _NEGATED_AUXILIARIES)  # ('the
# mega donor | didn’t disclose')
_SUFFIXES: frozenset[str] = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"}) | POST_NOMINALS
# A middle initial: 'J.' in 'Donald J. Trump'.
_INITIAL = compile_pattern(r"[A-Z]\.")
_MAX_DESCRIPTION = 10
_MAX_NAME = 12
#: Marks around a nickname inside a name ('Juan "Chico" Ramirez'): double quotes only, as single ones are apostrophes.
_NICKNAME_OPEN = frozenset({'"', "“"})
_NICKNAME_CLOSE = frozenset({'"', "”"})


class Token(NamedTuple):
    """One word or mark, lower-cased once, and where it stands in the text."""

    text: str
    start: int
    end: int
    lower: str


class Phrase(NamedTuple):
    """A speaker phrase: tokens ``[start, end)``, its kind and the name it gives."""

    start: int
    end: int
    kind: str  # pronoun | name | description
    name: str


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``; a sentence-final period becomes its own token."""
    out: list[Token] = []
    add = out.append
    make = tuple.__new__  # Token(...) without the keyword-handling constructor: this loop is hot
    at = start
    for space, word in SPACED_TOKEN.findall(text, start, end):  # strings, not match objects: faster
        at += len(space)
        stop = at + len(word)
        if word[-1] == "." and word != "." and not _keeps_period(word):
            stem = word[:-1]
            add(make(Token, (stem, at, stop - 1, stem.lower())))
            add(make(Token, (".", stop - 1, stop, ".")))
        else:
            add(make(Token, (word, at, stop, word.lower())))
        at = stop
    return out


def _keeps_period(word: str) -> bool:
    """'Sen.', 'U.S.', 'J.', 'R-Tex.' keep their period; 'said.' does not."""
    base = word[:-1].lower()
    if base in ABBREVIATIONS or "." in base:
        return True
    if len(base) == 1 and base.isalpha():
        return True
    return "-" in base and base.rsplit("-", 1)[1] in ABBREVIATIONS


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_adverb(word: str) -> bool:
    """'reportedly', 'flatly' ('ally', 'family', 'July' are not)."""
    return word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS


def is_verb(token: Token) -> bool:
    return token.lower in SPEECH_VERBS


def _modifies_role(toks: list[Token], j: int) -> bool:
    """'press' in 'press secretary', 'White House press aide', 'hedge' in 'hedge fund analyst': a word that looks like
    a verb, in no inflected form, before a role in lower case, or before a noun and a role (not 'says President
    Obama')."""
    if j + 1 >= len(toks) or toks[j].lower not in ROLE_MODIFIERS or not toks[j + 1].text.islower():
        return False
    if toks[j + 1].lower in ROLE_NOUNS or toks[j + 1].lower in _TITLES:
        return True
    return j + 2 < len(toks) and toks[j + 1].text.isalpha() and not is_verb(toks[j + 1]) \
        and toks[j + 2].text.islower() and toks[j + 2].lower in ROLE_NOUNS


def read_phrase(toks: list[Token], i: int, *, after_verb: bool = False) -> Phrase | None:
    """The speaker phrase starting at token ``i``, or None.

    ``after_verb`` reads a phrase that follows its verb ('said the spokesman for the group'),
    where a description runs on to a comma or a stop word rather than to a verb.
    """
    if i >= len(toks):
        return None
    low = toks[i].lower
    if low in PRONOUNS and not _surname_he(toks, i) and not balinese_i(toks[i].text, toks[i + 1].text
                                                                         if i + 1 < len(toks) else ""):
        return Phrase(i, i + 1, "pronoun", toks[i].text)
    at_a_body = low in BARE_SUBJECTS and i + 2 < len(toks) and toks[i + 1].lower in _BODY_PREPOSITIONS \
        and (not after_verb or toks[i + 2].text[:1].isupper())  # ('analysts at Reed Capital wrote'; 'said analysts
    # at Reed Capital', not 'said analysts at a briefing')
    if low in BARE_SUBJECTS and not at_a_body and ((after_verb and low not in DETERMINERS) or i + 1 == len(toks)
                                                   or is_verb(toks[i + 1]) or toks[i + 1].text in ",.;"):
        return Phrase(i, i + 1, "description", toks[i].text)  # 'police said', 'officials said', 'said another.'
    if low in DETERMINERS or low in _SOMEONE or at_a_body:
        return _read_description(toks, i, after_verb)  # ('someone in the audience yelled')
    return _read_name(toks, i)


def balinese_i(word: str, after: str) -> bool:
    """Whether a capital 'I' opens a Balinese man's name, no pronoun: 'I' before 'Wayan' in 'said I Wayan Sudarma'."""
    return word == "I" and after.lower() in BALINESE_BIRTH_NAMES


def _surname_he(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is the surname He before a given name ('said He Jiankui, a scientist'), not the pronoun:
    one capitalised word follows it, and no other after that ('He Visited Ohio' is title case)."""
    return toks[i].text == "He" and i + 1 < len(toks) and toks[i + 1].text[:1].isupper() \
        and toks[i + 1].text[1:2].islower() and not (i + 2 < len(toks) and toks[i + 2].text[:1].isupper())


#: Prepositions after a bare plural that name whom it works for or where: 'at' in 'analysts at Reed Capital'.
_BODY_PREPOSITIONS = frozenset({"at", "from", "for", "with", "in", "of", "on", "outside", "inside", "near",
                                "across"})
#: Those who speak for someone, named by a noun after their possessive: "Powell's office", "Lind's staff".
_STAFF_NOUNS = frozenset({"office", "staff", "team", "camp"})
#: Words for a part of a place before its name: 'northern' in 'the field director for northern Ohio'.
PLACE_PART_WORDS = frozenset("""northern southern eastern western central rural upstate downstate suburban coastal
    northeastern northwestern southeastern southwestern north south east west northeast northwest southeast
    southwest""".split())

#: Words that rank an honorific before it: 'the Most Rev.', 'the Right Rev.', 'the Very Rev.'.
_HONORIFIC_DEGREES = frozenset({"most", "right", "very"})


def _adjectives_joined(toks: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` joins two adjectives before a role and its speech verb: 'the bespectacled, |
    71-year-old diplomat said' (not a role before it: 'the mayor, 71, said')."""
    before, after = toks[comma - 1], toks[comma + 1] if comma + 1 < len(toks) else None
    if after is None or not before.text.islower() or before.lower in ROLE_NOUNS or is_verb(before) \
            or not (after.text.islower() or after.text[:1].isdigit()) or after.lower in _CLAUSE_WORDS:
        return False
    return any(toks[k].lower in ROLE_NOUNS and k + 1 < len(toks) and is_verb(toks[k + 1])
               for k in range(comma + 1, min(len(toks) - 1, comma + 4)))


#: Words that open a noun phrase of its own right after a noun, a clause's subject with its 'that' left out: 'one' in
#: 'a bill one local councillor has called'.
_PHRASE_OPENERS_AFTER_A_NOUN = frozenset({"one", "another", "a", "an"})


def _opens_a_relative(toks: list[Token], j: int, i: int) -> bool:
    """Whether token ``j`` (an opener) starts a relative clause's subject after the noun before it, a role within a
    few words after it: 'one local councillor' after 'a bill' (not 'a company' after 'a spokesman for')."""
    before = toks[j - 1]
    return j > i + 1 and before.text.isalpha() and before.text.islower() and before.lower not in _PREPOSITIONS \
        and before.lower not in DETERMINERS and before.lower not in _CONJUNCTIONS and before.lower not in ROLE_NOUNS \
        and not is_verb(before) and any(toks[k].lower in ROLE_NOUNS for k in range(j + 1, min(len(toks), j + 4)))


def _names_listed(toks: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` lists the capitalised words of a body's name before its role or its verb: 'a
    Department of Agriculture, | Environment and Rural Affairs spokesperson', 'a spokesperson for the Department of
    Agriculture, | Environment and Rural Affairs said' (not 'a Ford spokesman, Tom Reyes')."""
    if not is_capitalised(toks[comma - 1].text):
        return False
    joined = False
    for k in range(comma + 1, min(len(toks), comma + 8)):
        text = toks[k].text
        if toks[k].lower in ("and", "&"):
            joined = True
        elif not is_capitalised(text):
            return joined and text.islower() and (toks[k].lower in ROLE_NOUNS or is_verb(toks[k])) \
                and toks[k - 1].lower != "and"
    return False


#: Words before a document a speaker said something in: 'a' in 'The FA in a statement on Tuesday said'.
DOCUMENT_OWNERS = frozenset({"a", "an", "its", "their", "his", "her", "the", "written", "joint"})
#: What a speaker says something in: the documents, and spoken ones ('in an interview').
DOCUMENT_WORDS = frozenset(DOCUMENTS) | {"interview", "speech", "address", "tweet", "post", "video", "broadcast"}


def said_in_document(toks: list[Token], j: int, words: tuple[str, ...] = ("in",)) -> bool:
    """Whether tokens ``j`` on say where something was said: 'in a statement' in 'The FA in a statement on Tuesday
    said' (``words``: the prepositions that may open it)."""
    return j + 2 < len(toks) and toks[j].lower in words and toks[j + 1].lower in DOCUMENT_OWNERS \
        and toks[j + 2].lower in DOCUMENT_WORDS


def _read_description(toks: list[Token], i: int, after_verb: bool) -> Phrase | None:
    j = i + 1
    limit = min(len(toks), i + 1 + _MAX_DESCRIPTION)
    while j < limit:
        t = toks[j]
        if t.lower in _PHRASE_OPENERS_AFTER_A_NOUN and _opens_a_relative(toks, j, i):
            return _read_description(toks, j, after_verb)  # who, in a clause left without its 'that': 'a bill | one
            # local councillor has called "daylight robbery"'
        if t.text == "," and j > i + 1 and (_adjectives_joined(toks, j) or _names_listed(toks, j)):
            j += 1  # 'the bespectacled, 71-year-old diplomat said', 'a Department of Agriculture, Environment and
            continue  # Rural Affairs spokesperson said'
        if t.text == "&" and is_capitalised(toks[j - 1].text) and j + 1 < limit and is_capitalised(toks[j + 1].text):
            j += 1  # a body's name joined by an ampersand: 'the importer Crocus & Clove said'
            continue
        if not (t.text[:1].isalnum() or t.text[:1] in "'’"):
            break
        if j > i + 1 and said_in_document(toks, j):
            break  # where it was said, before the verb: 'The FA | in a statement on Tuesday said'
        if t.lower in AUXILIARIES or (j > i + 1 and (
                (is_verb(t) and t.lower not in ROLE_NOUNS and not _modifies_role(toks, j))
                or (j + 1 < len(toks) and toks[j + 1].lower in PHRASAL_SPEECH.get(t.lower, ())))):
            break  # ('His mother | called after him', 'Someone | had written')
        if t.lower in _CLAUSE_WORDS or t.lower in PRONOUNS \
                or (after_verb and j > i + 1 and t.lower in _DESCRIPTION_STOPS
                    and toks[j - 1].lower not in _MODIFYING_PARTICIPLES):  # (not 'involved | in the talks')
            break  # (a pronoun opens a clause of its own: 'the way they say')
        if t.lower == "and" and is_capitalised(toks[j - 1].text) and j + 1 < limit \
                and is_capitalised(toks[j + 1].text):
            j += 1  # a body's name: 'a spokesman for Avon and Somerset Police'
            continue
        if j > i + 1 and toks[j - 1].lower in PERSON_ROLES and toks[j - 1].text.islower() and t.text.endswith("ed") \
                and t.lower not in _NAMING_PARTICIPLES \
                and (j + 1 == len(toks) or toks[j + 1].lower not in _PREPOSITIONS or _verb_before_its_object(toks, j)):
            break  # a verb after the role: 'The chairwoman ended one exchange with a warning:' (not a participle
            # before its preposition: 'a senior aide allied with Ana Lind')
        if j > i + 1 and (t.lower in _CONJUNCTIONS or t.lower in _PAST_TENSES or t.lower in VERB_MODIFIERS
                          or (is_adverb(t.lower) and j + 1 < len(toks) and toks[j + 1].text[:1].islower())
                          or (t.lower.endswith("ed") and j + 1 < len(toks) and toks[j + 1].lower in _PARTICLES_AFTER
                              and t.lower not in _MODIFYING_PARTICIPLES)):
            break  # 'a farmer stood up and asked', 'a voter turned to the crowd'
        j += 1
    if j == i + 1:
        return None
    run = j
    while run > i + 1 and (is_capitalised(toks[run - 1].text)
                           or ((toks[run - 1].text == "&" or (toks[run - 1].lower in NAME_PARTICLES
                                                              and toks[run - 1].text.islower()))
                               and run - 2 > i and is_capitalised(toks[run - 2].text))):
        run -= 1  # (a body's name past its particles or an ampersand: 'the Autoridad Portuaria de Puno', 'the
        # importer Crocus & Clove')
    if run == j - 1 and toks[run].text in ROLE_ACRONYMS:
        return Phrase(i, j, "description", " ".join(t.text for t in toks[i:j]))  # 'the three-term MLA', 'the MP'
    if i + 1 < run < j and toks[run - 1].text[:1].islower() and toks[run - 1].lower not in DETERMINERS \
            and toks[run - 1].lower not in _PREPOSITIONS and toks[run - 1].lower not in _CONJUNCTIONS \
            and not (toks[run - 1].lower in PLACE_PART_WORDS and is_known_place(toks[run].text)):  # "the Hollywood
        # columnist Louella Parsons" (not "a spokesman for Avon and Somerset Police" nor "director for northern Ohio")
        name = clean_name(" ".join(t.text for t in toks[run:j]))
        if name and name.lower() not in WEEKDAYS and name.lower() not in MONTHS:  # (not 'A campaign statement
            return Phrase(i, j, "name", name)  # released Monday said')
    text = " ".join(t.text for t in toks[i:j]).replace(" , ", ", ")  # (adjectives joined by a comma)
    if j == i + 2 and toks[i].lower == "the" and toks[i + 1].lower in CAPITALISED_TITLES:
        return Phrase(i, j, "description", " ".join(t.text for t in toks[i:j]))  # 'the Governor' (NYT capitals)
    if toks[i].lower == "the" and all(is_capitalised(t.text) or (t.lower in NAME_PARTICLES and t.text.islower())
                                      for t in toks[i + 1:j]) \
            and is_capitalised(toks[i + 1].text) and not _is_title(toks[j - 1]):
        if (_is_title(toks[i + 1]) or (toks[i + 1].lower in _HONORIFIC_DEGREES and j > i + 3
                                      and _is_title(toks[i + 2]))) \
                and (name := clean_name(" ".join(t.text for t in toks[i + 1:j]))):
            return Phrase(i, j, "name", name)  # 'the Rev. Judith Carey', 'the Most Rev. Nicanor Arizm'
        owner = next((k for k in range(j - 2, i, -1) if toks[k].text.endswith(("'s", "’s", "s'", "s’"))), None)
        if owner is not None and toks[j - 1].lower not in NON_PERSON_WORDS \
                and (name := clean_name(" ".join(t.text for t in toks[owner + 1:j]))):
            return Phrase(i, j, "name", name)  # "the Liberal Democrats' Faisal Qureshi" (not a body whose name
            # holds a possessive: "the National Farmers' Union")
        return Phrase(i, j, "name", text)  # a body's name: "The Hill", "the White House"
    words = [t.lower for t in toks[i + 1:j]]
    if not after_verb and j - i > 5 and not any(w in ROLE_NOUNS for w in words) \
            and not (j < len(toks) and is_verb(toks[j])):
        return None  # a long stretch is a clause, not a speaker, unless a speech verb follows
    return Phrase(i, j, "description", text)


def _verb_before_its_object(toks: list[Token], j: int) -> bool:
    """Whether the past tense at ``j``, after a role and before a preposition, is the verb of a clause and not a
    participle: 'apologized for' in 'A state lawmaker apologized for a post' (not 'a senior aide allied with Ana Lind',
    'a lawyer hired by the family')."""
    return toks[j].lower in _INTRANSITIVE_PAST and toks[j + 1].lower in ("for", "to", "on", "at", "about")


def _role_before_name(toks: list[Token], k: int) -> bool:
    """Whether a role in lower case and a capitalised name follow within a few tokens of ``k``: 'chief executive |
    Aniruddha' after 'managing director and'."""
    for m in range(k, min(len(toks) - 1, k + 3)):
        if not toks[m].text.islower():
            return False
        if toks[m].lower in ROLE_NOUNS and is_capitalised(toks[m + 1].text):
            return True
    return False


def _read_name(toks: list[Token], i: int) -> Phrase | None:
    """Modifiers, titles and capitalised runs ending in a name: 'Senate minority leader Harry Reid',
    'digital strategist Phil Musser', "Clinton's spokesman Brian Fallon", 'Sen. Ted Cruz'."""
    n = len(toks)
    j = i
    last_cap = -1
    lowercase = 0
    body = False  # read through 'of the' after a title: the name must then be a person's
    nickname = (0, 0)  # the tokens of a nickname inside the name, marks included: '" Chico "' in 'Juan "Chico" Ramirez'
    while j < n and j - i < _MAX_NAME:
        t = toks[j]
        word = t.text
        low = t.lower
        if word in _NICKNAME_OPEN and last_cap == j - 1 >= 0 and not nickname[1] \
                and (close := _nickname_end(toks, j)) is not None:
            nickname = (j, close + 1)
            j = close + 1
            continue
        if (word[:1].isupper() and word[:1].isalpha()) or joined_particle(word):
            last_cap = j  # (a surname opening with its article: 'al-Haddadin said')
            lowercase = 0
        elif low in _SUFFIXES and last_cap == j - 1 >= 0:
            last_cap = j
        elif (low in NAME_PARTICLES or (low == "of" and j > i and _is_title(toks[j - 1]))) \
                and j + 1 < n and (is_capitalised(toks[j + 1].text) or (
                    low == "of" and toks[j + 1].lower == "the" and is_capitalised(toks[j - 1].text))):
            pass
        elif word == "&" and last_cap == j - 1 >= 0 and j + 1 < n and is_capitalised(toks[j + 1].text):
            pass  # a body's name joined by an ampersand: 'Crocus & Clove'
        elif low == "and" and j > i and _is_title(toks[j - 1]) and is_capitalised(toks[j - 1].text) \
                and j + 1 < n and _is_title(toks[j + 1]) and is_capitalised(toks[j + 1].text):
            pass  # two titles of one person: 'Managing Director and Chief Executive Meher Vaidya'
        elif low == "and" and j > i and toks[j - 1].lower in ROLE_NOUNS and _role_before_name(toks, j + 1):
            pass  # ... in lower case: 'managing director and chief executive Aniruddha Rao'
        elif low == "the" and j > i + 1 and toks[j - 1].lower == "of" and _is_title(toks[j - 2]) \
                and is_capitalised(toks[j - 2].text) and j + 1 < n and is_capitalised(toks[j + 1].text):
            body = True  # 'Speaker of the House Paul Ryan', 'Secretary of the Treasury Jack Lew'
        elif j == i and word[:1].isdigit() and "-" in word:
            pass  # "17-year-old Jared Potts"
        elif j > i and (word == "$" or word[:1].isdigit()) and _number_in_body(toks, j, last_cap):
            pass
        elif word[:1].islower() and word[:1].isalpha() and lowercase < 4 \
                and (not is_verb(t) or _modifies_role(toks, j)) \
                and low not in _DESCRIPTION_STOPS and low not in DETERMINERS and low not in PRONOUNS \
                and low not in VERB_MODIFIERS and low not in AUXILIARIES and not is_adverb(low) \
                and not (last_cap >= 0 and past_tense(low)):  # ('Ann Lee does mention jobs')
            lowercase += 1
        else:
            break
        j += 1
    if last_cap < 0:
        return None
    end = last_cap + 1
    if j > end and (toks[j - 1].lower in ROLE_NOUNS or toks[j - 1].lower in _STAFF_NOUNS
                    or (j < n and (is_verb(toks[j]) or toks[j].text == ","))):
        # "Rubio spokesman", "Trump's campaign manager", "Powell's office (said)", "Powell's office (disputed)"
        return Phrase(i, j, "description", " ".join(t.text for t in toks[i:j]))
    name = clean_name(" ".join(t.text for k, t in enumerate(toks[i:end], i) if not nickname[0] <= k < nickname[1]))
    if not name or (body and any(w.lower() in NON_PERSON_WORDS or (w.isupper() and w[-1] != ".")
                                 for w in name.split())) or _body_joined(toks[i:end], name):
        return Phrase(i, end, "description", " ".join(t.text for t in toks[i:end]))
    return Phrase(i, end, "name", name)


def _body_joined(toks: list[Token], name: str) -> bool:
    """Whether capitalised words joined by 'and', 'for' or 'of' name a body whose last part ``name`` was read as a
    person's: 'National Roads and Safety Authority' (not 'Safety Authority'), 'Airlines for America' (not 'America');
    not a person after a title ('Secretary of State Hillary Clinton') or before a body ('Visser of Leiden
    University')."""
    if len(toks) < 3:
        return False
    joined = [k for k in range(1, len(toks) - 1)
              if toks[k].text in ("and", "for", "of") and toks[k + 1].text[:1].isupper()]
    if not joined:
        return False
    words = [t.text for t in toks]
    parts = name.split()
    if words[-len(parts):] != parts or _given_name_in(parts):
        return False
    return any(words[k - 1].lower() in NON_PERSON_WORDS for k in joined) \
        or ("and" in words and any(part.lower() in NON_PERSON_WORDS for part in parts))


def _nickname_end(toks: list[Token], j: int) -> int | None:
    """Where a nickname opened at ``j`` closes, when one to three words in double quotes stand between two parts of
    a name: 'Juan | " Chico " | Ramirez', 'Dwayne | " The Rock " | Johnson'; None otherwise."""
    for k in range(j + 2, min(j + 5, len(toks) - 1)):
        if toks[k].text in _NICKNAME_CLOSE:
            return k if is_capitalised(toks[j + 1].text) and is_capitalised(toks[k + 1].text) else None
    return None


def _number_in_body(toks: list[Token], j: int, last_cap: int) -> bool:
    """Whether the number (or '$') at ``j`` belongs to a body's name before a person's: 'Local 1199 president
    George Gresham', 'Fight for $15 organizer Ana Lind' (not 'Ana Lind 30 said', not "Zuckoff's 13 Hours")."""
    before = toks[j - 1].lower
    return (before in ("$", "for") or (j - 1 == last_cap and before[-2:] not in ("'s", "’s"))) \
        and j + 1 < len(toks) and toks[j + 1].text[:1].isalnum() and not is_verb(toks[j + 1])


def _given_name_in(words: list[str]) -> bool:
    """Whether a given name or an initial stands among ``words``: a title word after them is a surname."""
    return any(w.lower() in GIVEN_NAMES or _INITIAL.fullmatch(w) for w in words)


def past_tense(low: str) -> bool:
    """'expressed', 'took': a verb after a name ends it ('Ana Lind expressed admiration for ...')."""
    return (low.endswith("ed") and len(low) > 4) or low in _PAST_TENSES


def _is_title(token: Token) -> bool:
    return token.lower.rstrip(".") in _TITLES


@functools.lru_cache(maxsize=4096)
def clean_name(phrase: str) -> str:
    """The person's name in a speaker phrase: titles, modifiers and possessors dropped.

    'Ohio Gov. John Kasich' -> 'John Kasich'; 'Iowa State University's Dianne Bystrom' ->
    'Dianne Bystrom'; 'Speaker Paul Ryan of Wisconsin' -> 'Paul Ryan'; 'Senator for Queensland Tamsin
    Ellis' -> 'Tamsin Ellis', 'Minister for Transport Ann Lee' -> 'Ann Lee'; a phrase that is only a title
    ('President') gives ''.
    """
    words = phrase.split()
    cut = 0
    k = 0
    while k < len(words):
        w = words[k]
        low = w.lower().rstrip(".,")
        if low in NAME_PARTICLES and cut <= k < len(words) - 1 and (k > 0 or w.islower()) and (
                words[k + 1][:1].isupper() or (words[k + 1] in NAME_PARTICLES and k + 2 < len(words)
                                               and words[k + 2][:1].isupper())):  # ('van der Linden')
            k += 1
            continue
        if w == "&" and k > cut and k + 1 < len(words) and words[k + 1][:1].isupper():
            k += 1  # a body's name joined by an ampersand: 'Crocus & Clove'
            continue
        if w == "of" and k > cut + 1 and (words[cut].lower() in GIVEN_NAMES or all(
                x[:1].isupper() and x.lower().rstrip(".") not in NON_PERSON_WORDS for x in words[cut:k])):
            break  # 'Speaker Tom Reyes of Wisconsin', 'Sanne Visser of Leiden University': the person, not the place
        if low in _CLASS_ORDINALS and k > 0 and words[k - 1].lower().rstrip(".") in _RANKS_OF_A_CLASS \
                and k + 2 < len(words) and words[k + 1] == "Class":
            cut = k + 2  # a rank's class after the rank: 'Sgt. 1st Class Darnell Ruiz', 'Petty Officer 2nd Class
            # Ana Lind', 'Private First Class Joel Marsh'
            k += 2
            continue
        if k == cut and low in ROLE_NOUNS and low not in GIVEN_NAMES and k + 1 < len(words) \
                and words[k + 1][:1].isupper():
            cut = k + 1  # 'Prosecutor Carla Jimenez', 'Coach Jenna Albright' (not 'Hunter Biden', 'Mason Harrison')
            k += 1
            continue
        if low in _TITLES and not w.endswith(".") and k > cut and _given_name_in(words[cut:k]):
            k += 1  # a surname that is a title: 'Angus King', 'John Major', 'Martin Luther King'
            continue
        if low in _TITLES or low in NAME_MODIFIERS or (not w[:1].isupper() and not joined_particle(w)) \
                or w.endswith(("'s", "’s", "s'")):
            cut = k + 1
            if low in _TITLES and k + 2 < len(words) and words[k + 1] == "of":
                k += 2
                if words[k] == "the" and k + 2 < len(words):  # 'Secretary of the Treasury Jack Lew'
                    k += 1
                cut = k + 1
        k += 1
    name = words[cut:k]
    while len(name) > 1 and name[-1].lower().rstrip(".,") in _SUFFIXES:
        name.pop()  # ('Martin Luther King Jr.': the suffix is no part of the name as speakers go by it)
    while name and name[-1].lower().rstrip(".") in _TITLES and not (
            len(name) > 1 and not name[-1].endswith(".") and _given_name_in(name[:-1])):
        name.pop()
    if len(name) > 2 and cut > 0 and words[cut - 1] in ("for", "of") and name[0].lower() not in GIVEN_NAMES:
        given = next((k for k in range(1, len(name) - 1) if name[k].lower() in GIVEN_NAMES), 0)
        if given and (is_known_place(" ".join(name[:given]))
                      or any(w.lower().rstrip(".") in _TITLES for w in words[:cut - 1])):
            del name[:given]  # the place or the portfolio a title is for: 'Senator for Queensland Tamsin Ellis',
            # 'Minister of State for Transport Ann Lee'
    if len(name) > 2 and cut > 0 and words[cut - 1] in ("for", "of") \
            and any(w.lower().rstrip(".") in _TITLES for w in words[:cut - 1]):
        portfolio = next((k for k in range(len(name) - 2) if name[k].lower() not in PORTFOLIO_WORDS), len(name) - 2)
        del name[:portfolio]  # a portfolio and a name with no given name a lexicon knows: 'Minister for Home
        # Affairs Wenrui Tan'
    return " ".join(name)


def joined_particle(word: str) -> bool:
    """Whether a surname opens with a particle joined to it by a hyphen, or elided before it: 'al-Hamwi', 'el-Sisi',
    "d'Estaing", "d’Amours"."""
    return (word[:3] in ("al-", "el-") and word[3:4].isupper()) \
        or (word[:2] in ("d'", "d’") and word[2:3].isupper())


# Initials before their last period: "b.j" of "B.J. Walker", "j.r.r" of "J.R.R. Tolkien".
_INITIALS = compile_pattern(r"(?:[a-z]\.)+[a-z]")
#: Abbreviations that end a sentence as often as not: '... close at 7 p.m. He says'.
_TIMES_OF_DAY = frozenset({"a.m", "p.m", "A.M", "P.M"})
# A word that opens a sentence after a time of day, never a name or a day: ' He' in '7 p.m. He says' (not
# '7 p.m. Tuesday', '7 p.m. Eastern time').
_SENTENCE_OPENER = compile_pattern(r"\s+(?:He|She|They|It|We|I|The|But|And|This|That|There|His|Her|Their|In|A|An)\b")


def abbreviation_before(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation ('Sen.', 'U.S.', 'J.') rather than a sentence."""
    chunk = text[max(0, dot - 12):dot]
    if not chunk or chunk[-1].isspace():
        return False
    word = chunk.rsplit(None, 1)[-1]
    if not _abbreviation(word):
        return False
    return word not in _TIMES_OF_DAY or _SENTENCE_OPENER.match(text, dot + 1) is None


@functools.lru_cache(maxsize=4096)
def _abbreviation(word: str) -> bool:
    """'Sen', '(R-Fla', 'U.S', 'J': the word before a period is an abbreviation or an initial."""
    word = word.lower().lstrip("(\"“'‘")
    if "-" in word:  # "(R-Fla." / "D-N.Y."
        word = word.rsplit("-", 1)[1]
    return (len(word) == 1 and word.isalpha()) or word in ABBREVIATIONS or _INITIALS.fullmatch(word) is not None
