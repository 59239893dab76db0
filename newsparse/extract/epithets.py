"""Who an epithet or a definite description stands for when the article gave it to no one: 'the 68-year-old
rancher', 'the deacon', 'the Sedalia Republican', 'the Dutchman', 'the older man', 'the elder Rivoire' (the part of
``referents`` that reads a description as the person the story is about).

>>> from newsparse.extract.attribution import Found
>>> from newsparse.extract.mentions import People
>>> from newsparse.model import Span
>>> text = 'Gerrit Kallhoff found the calves. "We lost them," the 68-year-old rancher said.'
>>> people = People(text, [(0, len(text))], [(35, 47)])
>>> at = text.index('the 68')
>>> hit = Found(Span(at, at + 23), "description", "the 68-year-old rancher", "said-verb")
>>> named_described(hit, hit.name.lower().split(), people, None, text, 0, 34)
'Gerrit Kallhoff'
"""

from __future__ import annotations

import itertools

from ..lexicon.demonyms import DEMONYMS
from ..lexicon.speech import COMPANY_NOUNS, FEMALE_ROLES, KIN_NOUNS, MALE_ROLES, PLAYING_ROLES
from ..model import Quote, Span
from ..pattern_cache import compile_pattern
from .attribution import Found
from .descriptions import introduced, narrated
from .mentions import People, Person
from .people_roles import GENERATION_BEFORE
from .roles import AGE_ROLE, ANOTHER_TIME, PARTIES, ROLE_WORDS, US_STATES, role_key

# A verb of answering after a speaker phrase: " replied" in '"...," the 58-year-old replied.'
REPLIED = compile_pattern(r"[ \t]+(?:replied|answered|responded|retorted|countered)\b")
# The same before it: "replied " in '"...," replied the 58-year-old.'
REPLIED_BEFORE = compile_pattern(r"\b(?:replied|answered|responded|retorted|countered)[ \t]+$")
# A description by age with the definite article, someone the article has named: "the 68-year-old" in "the
# 68-year-old rancher" (group 1: the age).
AGE_EPITHET = compile_pattern(r"[Tt]he[ \t]+([1-9][0-9]?)-year-old\b")
# An age epithet opening a sentence: "The 24-year-old" in "Tomas Velding won. The 24-year-old had trailed" (group 1: the
# age).
AGE_OPENING = compile_pattern(r"(?<=[.!?\n])[ \t]*The[ \t]+([1-9][0-9]?)-year-old\b")
#: How far back an age epithet opening a sentence is looked for.
_AGE_OPENING_REACH = 3000
# 'The older man' or 'the younger woman', who is one of two named with their ages just before (group 1: which).
OLDER_ONE = compile_pattern(r"[Tt]he[ \t]+(older|elder|younger)[ \t]+(?:man|woman|one)")
#: How many sentences back the people 'the older man' is told apart from may have been named.
_MAX_GENERATION_SENTENCES = 12
# A year before a role: "2019" in "the 2019 winner".
_YEAR = compile_pattern(r"(?:19|20)[0-9]{2}")
# Someone picked out of a group: "one of the" in "A man in an orange vest, one of the volunteers with the county,".
ONE_OF_THE = compile_pattern(r"\b(?:one|One)[ \t]+of[ \t]+the\b")
# Someone brought in by an age with the indefinite article: "a 55-year-old" in "said a 55-year-old farmer" (group 1:
# the age).
INDEFINITE_AGE = compile_pattern(r"\b[Aa]n?[ \t]+([1-9][0-9]?)-year-old\b")
#: Roles a definite description may give someone the article never names near it, or names elsewhere by a title
#: alone: offices of public figures ('the president', 'the senator'), who runs an event ('the host', 'the judge'),
#: who faces the one a court story is about ('the prosecutor'), spokespeople, officials who speak of an event and
#: reporters ('the sheriff', 'the coroner', 'the investigator'), and words for anyone ('the man', 'the source'). 'The
#: rancher' is who the story is about.
_UNNAMED_ROLES = frozenset({
    "president", "senator", "congressman", "lawmaker", "legislator", "delegate", "governor", "candidate", "nominee",
    "leader", "host", "moderator", "judge", "author", "insider", "aide", "person", "man", "woman",
    "people", "source", "chair", "speaker", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
    "executive", "prosecutor", "reporter", "sheriff", "coroner", "investigator", "detective", "mayor", "inspector",
    "superintendent", "ranger", "constable"})
#: Words before a role that make it an office of someone the story may not be about: 'the former president' (who
#: may be George W. Bush beside Jeb Bush), 'the Republican nominee'.
_UNNAMED_MODIFIERS = frozenset({"former", "republican", "democratic", "presidential"})
#: 'his brother' (after 'His brother, Thomas Ashby,'): a kinship noun after a possessive stands for its holder.
_POSSESSIVES = frozenset({"his", "her", "their"})


def named_described(hit: Found, words: list[str], people: People, previous: Quote | None, text: str,
                    paragraph_floor: int, quote_start: int) -> str | None:
    """Who a definite description by an age or an occupation stands for ('the 68-year-old rancher', 'the deacon'):
    the one given that age, else, when no one was given the role, the person the sentences before are about
    ('Gerrit Kallhoff found the calves. "...," the 68-year-old rancher said.' -> 'Gerrit Kallhoff'); None when
    someone described and not named stands nearer, someone is brought in by the role or age since, the
    description answers that person, or the description is an office or a word for anyone (``_UNNAMED_ROLES``);
    ``paragraph_floor`` is where the narrative read for someone described nearer may begin."""
    position = hit.span.start
    if (generation := OLDER_ONE.fullmatch(hit.name)) is not None:
        return _older_or_younger(people, position, generation.group(1).lower() != "younger",
                                 _gender_told(words))  # ('Peadar Grennan, 63, ... Finbarr Grennan, 34, ...' then
        # '"...," the older man said.')
    aged = AGE_EPITHET.match(hit.name)
    if aged is not None:
        age = int(aged.group(1))
        if (holder := people.role_person(f"{age}-year-old", position)) is not None:
            return holder.name  # ('Gerrit Kallhoff, 68,')
        opened = [m.start() for m in AGE_OPENING.finditer(text, max(0, position - _AGE_OPENING_REACH), position)
                  if int(m.group(1)) == age]
        if opened and (first := people.subject_before(opened[0])) is not None \
                and text[first.start:first.end].lower() not in ("he", "she"):
            return first.person.name  # the one the epithet first stood for, opening a sentence after them: 'Tomas
            # Velding won on Sunday. The 24-year-old had trailed Piet Harrowsen' then '"...," the 24-year-old said'
    elif (epithet := epithet_key(hit)) is not None:
        if people.holders(epithet, len(text)):
            return None  # (someone holds it, though not one alone: two Texas Democrats)
    elif len(words) == 2 and words[0] == "the" and words[1] in ("man", "woman"):
        mention = people.subject_before(position, "male" if words[1] == "man" else "female")
        return mention.person.name if mention is not None \
            and text[mention.start:mention.end].lower() not in ("he", "she") \
            and mention.sentence >= people.sentence_of(min(position, quote_start)) - 1 else None  # (named in the
        # sentence just before: 'Next door, Ada Pell, 80, was watching.' / '"...," the woman called out.'; anyone
        # further back, or a he standing for someone, may be someone else)
    elif not role_alone(hit) or words[0] != "the" or words[-1] not in ROLE_WORDS or words[-1] in _UNNAMED_ROLES \
            or role_key(words) in _UNNAMED_ROLES \
            or not (_UNNAMED_MODIFIERS.isdisjoint(words[1:-1]) or words[-1] in PLAYING_ROLES) \
            or people.holders(role_key(words), len(text)):
        return None
    gender = _gender_told(words)
    mention = people.subject_before(position, gender)
    if mention is not None and aged is not None and not _ages_of(people, mention.person, position) <= {age}:
        mention = people.subject_before(position, gender, mention.person)  # (past 'the younger Threatt', 24, in 'The
        # 74-year-old said the younger Threatt had the best jab', to the one that sentence is about)
    if mention is None or mention.person is _answered(hit, previous, people, text) \
            or of_another_state(people, mention.person.name, words):
        return None
    given = people.roles_of(mention.person, position)
    if (party := PARTIES.get(words[-1])) is not None and any(PARTIES.get(role.rsplit(" ", 1)[-1], party) != party
                                                               for role in given):
        return None  # ('"...," the Republican said.' is not Stacy Waddell, named a Democrat)
    ages = _ages_of(people, mention.person, position)
    key = role_key(words)
    if aged is None and any(key in role.split() and role != key for role in given):
        return None  # ('the lawyer' is not 'Attorney General Troy Kimb')
    if aged is not None:
        if not ages <= {age} \
                or any(int(other.group(1)) == age for other in INDEFINITE_AGE.finditer(text, 0, position)):
            return None  # ('Tobiah Quarles, 41,'; 'said a 55-year-old farmer from Dunmore')
    elif introduced(text, words[-1], 0, position, after_be=True) or people.several_brought_in(words[-1], position) \
            or any(text.startswith(f"{words[-1]}s", one.end() + 1) for one in ONE_OF_THE.finditer(text, 0, position)):
        return None  # ('Among them was a hog farmer who ...'; 'Two officials ... The other official'; 'A man in an
        # orange vest, one of the volunteers,')
    floor = max(paragraph_floor, previous.end if previous is not None else 0, people.named_at(mention) + 1)
    told = narrated(text, floor, min(position, quote_start), "she" if gender == "female" else "he")
    head = told[0].rsplit(" ", 1)[-1] if told is not None else ""
    if told is not None and (told[0].split(" ", 1)[0].lower() not in ("the", "his", "her")
                             or (head.lower() not in words and not head[:1].isupper())):  # (a name: 'the elder
        # Clinkscales laughed')
        return None  # ('A retired miner at the parade said he would decide.'; 'The former city manager said' before
        # 'the Edinburg Democrat said'; not 'But the analyst cautioned' before 'the analyst said')
    return mention.person.name


def _older_or_younger(people: People, position: int, older: bool, gender: str | None) -> str | None:
    """Of the people named in the sentences before ``position`` with their ages (of ``gender``, if told), the oldest
    (``older``) or the youngest, when two or more were given ages; else None."""
    aged = [(max(ages), person) for person in people.people_before(position, _MAX_GENERATION_SENTENCES)
            if (ages := _ages_of(people, person, position)) and (gender is None or not person.told_apart(gender))]
    if len(aged) < 2:
        return None
    return (max if older else min)(aged, key=lambda pair: pair[0])[1].name


def of_a_generation(hit: Found, text: str) -> bool:
    """Whether a speaker named by a surname is told apart by 'the elder' or 'the younger' before it."""
    return GENERATION_BEFORE.search(text, max(0, hit.span.end - len(hit.name) - 16),
                                    hit.span.end - len(hit.name)) is not None


def _ages_of(people: People, person: Person, position: int) -> set[int]:
    """The ages ``person`` was given before ``position`` ('Tobiah Quarles, 41,' -> {41})."""
    return {int(role.split("-", 1)[0]) for role in people.roles_of(person, position) if AGE_ROLE.fullmatch(role)}


def _answered(hit: Found, previous: Quote | None, people: People, text: str) -> Person | None:
    """Who spoke the quote before, if the speaker phrase ``hit`` replies to it ('"...," Mr. Kettleborough said.
    "...," the 58-year-old replied.'): someone other than them replies."""
    if previous is None or previous.speaker_span is None or not replies(hit.span, text):
        return None
    return people.named_within(previous.speaker_span.start, previous.speaker_span.end)


def replies(speaker: Span, text: str) -> bool:
    """Whether the verb of the speaker phrase at ``speaker`` is one of replying: '"...," he replied.', 'countered Ms
    Roe'."""
    return REPLIED.match(text, speaker.end) is not None \
        or REPLIED_BEFORE.search(text, max(0, speaker.start - 12), speaker.start) is not None


def _gender_told(words: list[str]) -> str | None:
    """The gender a description's nouns tell: 'the 38-year-old mother of three', 'the Frenchwoman' -> 'female'; None
    for none."""
    female = any(word in FEMALE_ROLES or word.endswith("woman") for word in words)
    male = any(word in MALE_ROLES or (word.endswith("man") and not word.endswith("woman")) for word in words)
    return None if female == male else "female" if female else "male"


def of_another_state(people: People, name: str, words: list[str]) -> bool:
    """Whether a role's words name a US state other than the one the person was named with: 'the Ohio lawmaker' is
    not 'Rep. Doug Wickl (R-Ariz.)' (but may be 'Rep. Ann Lee', named with no state: the words tell it)."""
    modifiers = words[1:-1]
    states = {w for w in modifiers if w in US_STATES}
    states |= {f"{a} {b}" for a, b in itertools.pairwise(modifiers) if f"{a} {b}" in US_STATES}
    return bool(states) and not any(people.of_state(name, state) for state in states) and people.of_state(name)


def epithet_key(hit: Found) -> str | None:
    """The role key of an epithet a speaker is called by alone, read as a name for its capitals: a demonym ('the
    Ukrainian' -> 'ukrainian'), a politician's state or town and party ('the Vermont independent' -> 'vermont
    independent'); or None. (A role in initials, 'the CEO', is read as a description: see ``role_alone``.)"""
    name = hit.name
    if name[:4] not in ("the ", "The "):
        return None
    words = name[4:].lower().split()
    if len(words) == 1 and words[0] in DEMONYMS:
        return words[0]  # ('the Ukrainian')
    if len(words) == 1 and words[0] in PARTIES and name[4:5].isupper():
        return PARTIES[words[0]]  # ('the Republican' after 'State Rep. Gina Urq (R-Belford)', the only one)
    if 2 <= len(words) <= 3 and words[-1] in PARTIES and name[4:5].isupper():
        return f"{' '.join(words[:-1])} {PARTIES[words[-1]]}"  # (a state, or a state legislator's home town: 'the
    return None  # Kalispell Republican' after 'State Rep. Colter Overb (R-Kalispell)')


def role_alone(hit: Found) -> bool:
    """'the president', 'the judge', 'the chief executive', 'his brother', 'the former chief', 'the 2019 winner', 'the
    former Great Britain forward', 'the former hedge fund analyst': a person described by a role alone (a few words
    before it at most, a team's name before a player's role), whom the article may have named."""
    words = hit.name.lower().split()
    return hit.kind == "description" and (2 <= len(words) <= 4 or (len(words) == 5 and (
        words[-1] in PLAYING_ROLES or hit.name[4:].islower()))) \
        and (words[0] == "the" or (words[0] in _POSSESSIVES and words[-1] in KIN_NOUNS and len(words) == 2)) \
        and ((words[-1] in ROLE_WORDS and words[-1] not in COMPANY_NOUNS) or AGE_ROLE.fullmatch(words[-1]) is not None
             or (words[-2] == "of" and words[-3] in ROLE_WORDS)) \
        and all((word.replace("-", "").isalpha() or AGE_ROLE.fullmatch(word) or _YEAR.fullmatch(word))
                and word not in ANOTHER_TIME for word in words[1:-1])  # ('the 58-year-old', 'the 68-year-old
    # rancher'; not "the group's lawyer", nor 'the next president', who may be someone else than the one named
    # president; 'the former president' is who was named so)
