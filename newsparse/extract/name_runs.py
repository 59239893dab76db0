"""What a run of capitalised words says of itself, before the article's context is asked: where a
person's name starts in it, whether a title or a given name opens it, what gender they tell.

>>> parse_run("But Sen. Maria Lopez")
Run(offset=4, name='Maria Lopez', single=False, titled=True, given='female', title_gender=None, name_like=True)
>>> parse_run("Texas Courts. Pennzoil").name, single_word("Lopez's")
('Pennzoil', ('Lopez', False))
>>> name_rank("Donald J. Trump") > name_rank("Trump"), same_person("Le Pen", "Marine Le Pen")
(True, True)
>>> body_heads("Sandy Hook Elementary School"), body_heads("Harvard University")
(('Sandy Hook',), ())
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..lexicon.demonyms import DEMONYMS
from ..lexicon.numbers import SMALL_NUMBERS
from ..lexicon.people import (
    GIVEN_NAMES,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NATIONALITY_WORDS,
    NEWSPAPER_WORDS,
    NON_PERSON_WORDS,
    NOT_NAME_START,
    PATRONYMIC_PARTICLES,
    PLACE_PREFIXES,
    UPPER,
)
from ..lexicon.speech import FEMALE_TITLES, MALE_TITLES, ROLE_NOUNS, SPEECH_VERBS
from ..lexicon.titles import ABBREVIATIONS, NAME_TITLES, PORTFOLIO_WORDS, POST_NOMINALS
from ..pattern_cache import compile_pattern
from .phrases import balinese_i, clean_name

#: Capitalised words that open sentences and are never a person: skipped before any other test ('However', and the
#: first person's contractions, 'I'm', 'I’d').
COMMON_CAPITALS = frozenset(w.capitalize() for w in NOT_NAME_START) \
    | frozenset(f"I{mark}{end}" for mark in "'’" for end in ("m", "d", "ll", "ve"))
#: Capitalised function words that show a run is a headline in title case: 'Bernie Sanders And Hillary Clinton Spar'.
_HEADLINE_WORDS = frozenset({"And", "Or", "Of", "The", "For", "To", "In", "On", "With", "&"})
#: Initials of a country, a state or a body opening a run: 'U.S.' in 'U.S. Sen. Ana Lind', 'N.J.' (a person's own
#: initials are read with the name: 'H.S. Manjegowda', 'J.K. Rowling').
_INITIALISMS = frozenset("""U.S. U.K. U.N. E.U. U.S.A. U.A.E. D.C. N.Y. N.J. N.C. S.C. N.H. N.D. S.D. N.M. R.I. L.A.
    P.R. U.S.S.R. G.O.P.""".split())
# A word of a run, between blanks: 'Merkel.' in 'Angela Merkel. She'.
_WORD = compile_pattern(r"\S+")
#: Words that name no person alone but are surnames after a given name: 'Susan Park', 'Denise Hill'.
_SURNAME_WORDS = frozenset("park hill hall church bridge street post house day".split())
#: Titles and roles that are surnames as often, so that a lone "King said" may name a person: Pete King, Larry Elder.
_TITLE_SURNAMES = frozenset("king bishop major prince pope dean marshal judge cardinal chancellor constable elder "
                            "baker butler porter cooper mason shepherd carpenter fisher hunter priest parsons".split())
# A nickname in double quotes inside a name, with the blank before it: ' "Chico"' in 'Juan "Chico" Ramirez',
# ' “The Rock”' in 'Dwayne “The Rock” Johnson' (single quotes are left alone: they are apostrophes too).
NICKNAME_WORDS = r"[\"“][" + UPPER + r"][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,2}[\"”]"
NICKNAME = compile_pattern(r"[ \t]+" + NICKNAME_WORDS)
# Two given names sharing the surname after them: "Harold and June " in "Harold and June Kowalski".
COUPLE_BEFORE = compile_pattern(r"(?<![\w'’-])([" + UPPER + r"][a-zà-ÿ'’-]+)[ \t]+(?:and|&)[ \t]+(["
                                + UPPER + r"][a-zà-ÿ'’-]+)[ \t]+$")
#: Months that are given names too: 'June Baxter', 'April Nwosu' (not 'May', a verb opening sentences).
_MONTH_GIVEN_NAMES = frozenset({"june", "april"})
#: Words before a month that make it a date: 'Since' in 'Since June Baxter Has'.
_BEFORE_DATES = frozenset("in on by since until till from through last next this early late mid".split())
_TITLE_GENDER = {**{t: "male" for t in MALE_TITLES}, **{t: "female" for t in FEMALE_TITLES}}


class Run(NamedTuple):
    """What a run of capitalised words says of itself, before the article's context is asked."""

    offset: int  # where the name starts within the run
    name: str
    single: bool  # one word left: read as a lone word
    titled: bool
    given: str | None
    title_gender: str | None
    name_like: bool  # two or three words that are no place and no plural


def without_nickname(run: str) -> str:
    """A run with the nickname inside it left out: 'Juan "Chico" Ramirez' -> 'Juan Ramirez'."""
    return NICKNAME.sub("", run) if '"' in run or "“" in run else run


def sentence_head(run: str) -> str:
    """The part of a run up to the last sentence end inside it, '' when no sentence ends inside:
    'It alarms Angela Merkel. She' runs 'Angela Merkel. She', whose head 'Angela Merkel.' is a name of its own."""
    head = ""
    if "." not in run:  # (most runs: no sentence can end inside)
        return head
    for word in _WORD.finditer(run, 0, run.rstrip().rfind(" ")):  # (the last word ends no sentence inside)
        before = run[:word.start()].split()
        if _ends_sentence(word.group()) \
                and not _short_maria(word.group(), before[-1] if before else "", run[word.end():].split()):
            head = run[:word.end()]
    return head


def _ends_sentence(word: str) -> bool:
    """'Merkel.' ends a sentence; 'Sen.', 'J.' and 'U.S.' do not."""
    return word[-1] == "." and len(word) > 2 and "." not in word[:-1] and word[:-1].lower() not in ABBREVIATIONS


def _short_maria(word: str, before: str, after: list[str]) -> bool:
    """Whether ``word`` is 'Ma.', María written short, before a second given name and a surname (the words
    ``after`` it): 'Ma. Teresa Gonzaga', as Philippine names are written (not the surname ending a sentence after a
    given name, the word ``before`` it: 'Jack Ma. Teresa Gonzaga agreed')."""
    return word == "Ma." and len(after) >= 2 and after[0].lower() in GIVEN_NAMES and before.lower() not in GIVEN_NAMES

@functools.lru_cache(maxsize=8192)
def single_word(run: str) -> tuple[str, bool] | None:
    """A one-word run as a surname ("Lopez's" -> "Lopez"), and whether it can name nobody new ("Senate",
    "CNN", "Swede"); None for a word that opens sentences ("The", "But")."""
    if run in COMMON_CAPITALS:
        return None
    word = run[:-2] if run.endswith(("'s", "’s")) else run.rstrip(".")
    low = word.lower()
    plural = low.endswith("s") and not low.endswith("ss") and low[:-1]
    return word, low in NOT_NAME_START or low in NON_PERSON_WORDS or low in DEMONYMS or word.isupper() \
        or low in SMALL_NUMBERS \
        or ((low in NAME_TITLES or low in ROLE_NOUNS) and low not in _TITLE_SURNAMES) \
        or (plural and (plural in ROLE_NOUNS or plural in DEMONYMS or plural in NATIONALITY_WORDS))
    # ('The Swede added that he ...', 'Reporters pressed Beaumont', 'Latinos said', 'The Chief Minister said', 'Two
    # had promised to vote' name no one)


#: Words a heading in title case capitalises that no name holds, where the name before them ends: "On" in "Ana Lind
#: On How Cities Change" (not "Will", "To", "An": 'Will Smith', 'To Lam', 'An Nguyen').
_TITLE_CASE_WORDS = frozenset("On How Why What When Where In At For By With From About After Over Into Than And Or Is "
                              "Are Was Were Has Have As".split())


#: Portfolio words that open a run of capitals only before a minister's name ('Transport' in 'Transport Wenrui Tan'),
#: not the small words and the ones that open other names ('Home', 'National', 'Family').
_PORTFOLIO_HEADS = PORTFOLIO_WORDS - frozenset(
    "and the of national local home family women children youth social".split())


@functools.lru_cache(maxsize=8192)
def parse_run(run: str) -> Run | None:
    """'But Sen. Maria Lopez' -> Maria Lopez, titled, female; 'Texas Courts. Pennzoil' -> Pennzoil."""
    words = run.split()
    first = 0
    for k in range(len(words) - 2, -1, -1):  # "Texas Courts. Pennzoil": a sentence ends inside the run
        word = words[k]
        if (_ends_sentence(word) and not _short_maria(word, words[k - 1] if k else "", words[k + 1:])) \
                or (k > 0 and word.lower() in SPEECH_VERBS and not _name_part(words, k)):
            first = k + 1  # (a headline: "Francois Hollande Says Donald Trump")
            break
    if first == len(words) - 1:
        return Run(_offset(run, first), words[first], True, False, None, None, False)
    while first < len(words) and ((words[first].lower().rstrip(".") in NOT_NAME_START
                                   and not _month_as_given(words, first)
                                   and not balinese_i(words[first], words[first + 1] if first + 1 < len(words) else ""))
                                  or words[first] in _INITIALISMS
                                  or (words[first].isupper() and len(words[first]) > 1 and first + 2 < len(words)
                                      and not words[first + 1].isupper())):
        first += 1  # ('But', 'The'; 'U.S.' in 'U.S. Sen. Ana Lind'; a heading in capitals run into its text:
        # 'YEARS Genoveva Bermudez retired')
    if first == len(words):
        return None
    # 'Secretary of State Hillary Clinton' reads as 'State Hillary Clinton': the name is after the body (but after a
    # title the name follows it whole: 'Datuk Rosli Abdul Jabar')
    while len(words) - first > 2 and words[first].lower() in _PORTFOLIO_HEADS:
        first += 1  # a minister's portfolio before the name: 'Transport Wenrui Tan' (after 'Minister for')
    given = _given_after_body(words, first)
    if given > first and not all(word.lower().rstrip(".") in NAME_TITLES for word in words[first:given]) \
            and words[first].lower().rstrip(".") not in NAME_TITLES:
        first = given
    offset = _offset(run, first)
    del words[:first]
    cut = next((k for k in range(1, len(words)) if words[k] in _TITLE_CASE_WORDS), None)
    if cut is not None:
        del words[cut:]  # a heading in title case: 'Ana Lind On How Cities Change' names Ana Lind
    while len(words) > 1 and words[-1][-1] == "s" and words[-1].lower() in SPEECH_VERBS:
        words.pop()  # a headline's verb: 'Senator Vows', 'Mayor Ana Lind Says'
    if not words:
        return None
    while len(words) > 2 and words[-1].lower().rstrip(".,") in POST_NOMINALS:
        words.pop()  # ('Jonathan Crewe KC', 'Anna Reyes MP')
    last = words[-1]
    if last[-1] == "." and len(last) > 2 and last[-3] != ".":
        last = words[-1] = last[:-1]  # "Reyes." ends its sentence; "Donald J." and "U.S." keep theirs
    if last.endswith(("'s", "’s")):
        words[-1] = last[:-2]
    name = clean_name(" ".join(words))
    parts = name.split()
    if not parts or not parts[0][:1].isupper() or (len(parts) > 1 and parts[-1].rstrip(".") in LEGAL_FORMS):
        return None  # (a company: 'Trevail Mercantile Co.')
    surname_word = len(parts) == 2 and parts[1].lower() in _SURNAME_WORDS and parts[0].lower() in GIVEN_NAMES
    parts_read = parts[1:] if _month_as_given(parts, 0) or _korean_given(parts) else parts[:1] if surname_word \
        else parts
    for part in parts_read:  # ('Susan Park', 'Denise Hill': a given name first; 'June Baxter': her surname; 'Park
        # Jung-soo': a Korean family name first)
        if part.lower().rstrip(".") in NON_PERSON_WORDS or (part.isupper() and len(part) > 1 and part[-1] != ".") \
                or ("-" in part and not NEWSPAPER_WORDS.isdisjoint(part.lower().split("-"))):  # ('Sentinel-Courier')
            return None  # "Senate", "University"; "CNN", "NATO"
    if len(parts) > 1 and len(parts[-1]) == 1 and parts[0].lower() not in GIVEN_NAMES:
        return None  # a letter after a word: 'Class A', 'Plan B' (not 'Malcolm X')
    titled = len(words) > len(parts) and words[len(words) - len(parts) - 1].lower().rstrip(".") in NAME_TITLES
    # (a title right before the name: 'Sen. Maria Lopez', not 'Surgeon General Nominee Faces Sharp')
    given = GIVEN_NAMES.get(parts[0].lower()) if len(parts) > 1 and not _korean_given(parts) else None
    if given is None and len(parts) > 2 and parts[1].lower() in SECOND_GIVEN_NAMES:
        given = GIVEN_NAMES.get(parts[1].lower())  # (the second of two given names: 'Rona Ann Caritos')
    after_particle = len(parts) > 2 and parts[-2] in NAME_PARTICLES  # ('Santiago Domínguez de los Ríos')
    words_named = [part for part in parts if part not in NAME_PARTICLES] if after_particle else parts
    name_like = len(words_named) <= 3 and parts[0].lower() not in PLACE_PREFIXES \
        and (after_particle or not (parts[-1].endswith("s") and not parts[-1].endswith("ss")))
    return Run(offset, name, False, titled, given, _TITLE_GENDER.get(words[0].lower().rstrip(".")), name_like)


def _korean_given(parts: list[str]) -> bool:
    """Whether a name of two words is a Korean one, the family name first: 'Lee Hye-jin', 'Park Min-ho' (a given name
    of two syllables joined by a hyphen, the second in lower case), whose 'Lee' tells no gender."""
    return len(parts) == 2 and KOREAN_GIVEN.fullmatch(parts[1]) is not None


# A Korean given name of two syllables: "Hye-jin", "Jae-in".
KOREAN_GIVEN = compile_pattern(r"[" + UPPER + r"][a-z]{1,4}-[a-z]{2,4}")


def _month_as_given(words: list[str], k: int) -> bool:
    """Whether a month opening a run is a woman's given name before her surname: 'June' in 'June Baxter, 34,' and
    'April Nwosu said' (not 'June Board Meeting', 'June Sales Rise', 'June 5')."""
    if words[k].lower() not in _MONTH_GIVEN_NAMES or len(words) != k + 2 \
            or (k and words[k - 1].lower() in _BEFORE_DATES):
        return False  # ('In June Baxter Resigned': a date)
    surname = words[k + 1].rstrip(".,")
    surname_low = surname.lower()
    return surname[:1].isupper() and surname[1:].islower() and surname.isalpha() and surname_low not in NOT_NAME_START \
        and surname_low not in NON_PERSON_WORDS and surname_low not in NAME_TITLES and surname_low not in ROLE_NOUNS \
        and surname_low not in DEMONYMS and surname_low not in SPEECH_VERBS


def _name_part(words: list[str], k: int) -> bool:
    """Whether a speech verb inside a run is a name's part: 'Said' after a given name ('Fatma Said Ali')."""
    return words[k] == "Said" and words[k - 1].lower() in GIVEN_NAMES and k + 1 < len(words)


@functools.lru_cache(maxsize=4096)
def body_heads(run: str) -> tuple[str, ...]:
    """The runs of two or more name-like words that open the name of a body or a place: 'Sandy Hook Elementary
    School' -> ('Sandy Hook', 'Sandy Hook Elementary'), so that a later 'Sandy Hook' is read as the place."""
    words = run.split()
    first = 0
    while first < len(words) and words[first].lower().rstrip(".") in NOT_NAME_START:
        first += 1
    if first < len(words) and words[first].lower() in GIVEN_NAMES:
        return ()  # a person the body is named for ('John Glenn High School'), or a headline ('Ana Lind Visits Senate')
    for k in range(first, min(len(words), first + 5)):
        word = words[k].lower().rstrip(".")
        if word in NON_PERSON_WORDS:
            return tuple(" ".join(words[first:end]) for end in range(first + 2, k + 1))
        if not word or word in NAME_TITLES or not word[-1].isalpha():
            break
    return ()


def plain_given(word: str) -> bool:
    """Whether a word the lexicon does not know may be a given name: 'Latoya', 'Jess' (not 'Celebrities',
    'Actress', 'Sees', 'Shanghai-based')."""
    low = word.lower()
    return word.isalpha() and word[1:].islower() and not (low.endswith("s") and not low.endswith("ss")) \
        and low not in NOT_NAME_START and low not in ROLE_NOUNS and low not in NON_PERSON_WORDS \
        and low not in PLACE_PREFIXES


#: Given names that often stand second, after another given name: 'Ann' in 'Rona Ann Caritos', 'Mae' in 'Lula Mae
#: Tobin'.
SECOND_GIVEN_NAMES = frozenset("ann anne mae may lee marie jo lynn lynne jean rose beth kay sue louise jane ray lou"
                               .split())


def _given_after_body(words: list[str], first: int) -> int:
    """Where a given name opens a person's name after the words of a title or a body ('State Hillary Clinton',
    'Hewlett-Packard CEO Carly Fiorina', 'Political Affairs Wendy Sherman'), or the name after the role that closes
    a body's name ('County Engineer Sverre Bris'); ``first`` when there is none or the run opens with a given name
    itself (not a place named for someone: 'Douglas County Clerk Honoria Strell')."""
    if words[first].lower() in GIVEN_NAMES \
            and not (first + 1 < len(words) and words[first + 1].lower().rstrip(".") in NON_PERSON_WORDS):
        return first
    if first + 2 < len(words) and words[first + 1] in PATRONYMIC_PARTICLES:
        return first  # a name and the father's: 'Salim bin Nasser al Qasabrawi' (not 'Nasser al Qasabrawi')
    for k in range(first + 1, len(words) - 1):
        if words[k].lower() in GIVEN_NAMES and words[k][:1].isupper():  # (not 'al' in 'Salim al Qasabrawi')
            if k == first + 1 and words[k].lower() in SECOND_GIVEN_NAMES and plain_given(words[first]) \
                    and words[first].lower() not in PORTFOLIO_WORDS:
                return first  # two given names, the first one no lexicon knows: 'Rona Ann Caritos'
            if not (len(words) - k <= 3 and _HEADLINE_WORDS.isdisjoint(words[k:])):
                return first
            return _title_before_name(words, first, k)
    for k in range(len(words) - 3, first, -1):  # ('County Engineer Sverre Bris': a name of two words after a role
        role = words[k].lower().rstrip(".")  # the body's name ends with; 'Clerk-Treasurer Honoria Strell')
        if (role in ROLE_NOUNS or role in NAME_TITLES or any(part in ROLE_NOUNS for part in role.split("-")[1:])) \
                and words[k][:1].isupper() and len(words) - k - 1 <= 3 \
                and _HEADLINE_WORDS.isdisjoint(words[k + 1:]) \
                and all(w[:1].isupper() and w.lower().rstrip(".") not in NON_PERSON_WORDS for w in words[k + 1:]):
            return k if role in NAME_TITLES else k + 1  # (a title stays with the name: 'Leader Solomon Tate')
    return first


def _title_before_name(words: list[str], first: int, given: int) -> int:
    """Where a name whose given name is at ``given`` starts: at the title a word before it ('Judicial Commissioner
    Haryati Mohd Noor' names Haryati Mohd Noor, her father's name 'Mohd' a given name too), else at ``given``."""
    for k in range(given - 2, first - 1, -1):
        if words[k].lower().rstrip(".") in NAME_TITLES:
            name = words[k + 1:given]
            if len(words) - k - 1 <= 4 and all(
                    word[:1].isupper() and word[1:].islower() and word.isalpha()
                    and word.lower() not in NAME_TITLES and word.lower() not in ROLE_NOUNS
                    and word.lower() not in NON_PERSON_WORDS and word.lower() not in PORTFOLIO_WORDS
                    for word in name):
                return k
            break
    return given


def _offset(run: str, k: int) -> int:
    """Where word ``k`` of a run starts: 'Texas Courts. Pennzoil', 2 -> 14."""
    return len(run) - len(run.split(None, k)[-1])


def name_rank(name: str) -> tuple[bool, int]:
    """How well a name names its person: one opening with a given name first, then the longer ('Donald J.
    Trump' over 'Donald Trump' over 'Trump'; 'Ana Lind' over 'Comedian Ana Lind')."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first.lower() in GIVEN_NAMES, len(name)


def same_person(known: str, name: str) -> bool:
    """Two names of one surname that name one person: the same first word ('Donald Trump', 'Donald J.
    Trump'), or one the other's tail ('Le Pen', 'Marine Le Pen'; 'Du Tremblay' opening a sentence, 'Marc-André du
    Tremblay')."""
    if known.split(" ", 1)[0] == name.split(" ", 1)[0]:
        return True
    short, long = (known, name) if len(known) < len(name) else (name, known)
    return long.endswith((" " + short, " " + as_inside_a_name(short)))


def as_inside_a_name(surname: str) -> str:
    """A surname as it stands after a given name: 'Van der Merwe' (opening a sentence) -> 'van der Merwe'."""
    first = surname.split(" ", 1)[0]
    return surname[0].lower() + surname[1:] if " " in surname and first.lower() in NAME_PARTICLES else surname
