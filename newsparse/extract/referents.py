"""Who a speaker phrase stands for: a pronoun or a role noun resolved to the person or body meant, a bare
role to the fuller description the article gave.

>>> from newsparse.extract.attribution import Found
>>> from newsparse.model import Span
>>> text = 'Prices rose, the company said in a statement. "We expect more," it added.'
>>> resolve(Found(Span(64, 66), "pronoun", "it", "said-verb"), None, {}, None, text, [0], 47)
('the company', 'pronoun')

``he``/``she`` go to the person ``mentions`` finds, unless someone described and not named stands nearer
(``"...," a spokesman said. "...," he added.``); ``it``/``they`` to a body or group quoted just before, ``it``
to a body the narrative just before reports speaking (``..., the Bundesbank said``), ``they`` to a group opening
the sentence before (``Officials from the agency met.``); ``the senator`` to the one quoted or named with that
role; ``the spokesman`` to ``A spokesman for the port`` described in the narrative just before.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from ..lexicon.demonyms import DEMONYMS
from ..lexicon.people import GIVEN_NAMES
from ..lexicon.speech import (
    ASKING_OBJECT_VERBS,
    ASKING_VERBS,
    BODY_NOUNS,
    COMPANY_NOUNS,
    FEMALE_ROLES,
    KIN_NOUNS,
    MALE_ROLES,
    NAMED_BODY_NOUNS,
    ROLE_NOUNS,
)
from ..lexicon.titles import NAME_TITLES
from ..model import Quote
from .attribution import SENTENCE_STOP, Found, person_like
from .descriptions import (
    DOCUMENTS,
    asks,
    body_narrated,
    company_opening,
    group_subject,
    introduced,
    narrated,
    person_narrated,
    quoted_before,
    statement_issuer,
)
from .mentions import People, Person
from .name_context import PERSON_APPOSITIVE
from .people_roles import GENERATION_BEFORE
from .phrases import LETTERS
from .roles import AGE_ROLE, ANOTHER_TIME, OTHER_HOLDERS, PARTIES, ROLE_WORDS, US_STATES, role_key

# The name someone described gave in a relative clause: ", who gave his name only as Chinedu," ->
# "Chinedu"; ", who identified himself simply as Chinedu,"; ", who asked to be identified only by her first name,
# Ruth,"; " who gave her name only as Kinsley sat"; ", who identified herself only as Delfina from Casa Grande,";
# ", Emeric, who did not want his last name used"; ", Ohio, who would give only her first name, Bobbi" (after a
# place that ends the description).
GAVE_NAME = re.compile(r",[ \t]+([A-Z][\w'’-]+),[ \t]+who[ \t]+(?:did[ \t]+not|didn['’]t|would[ \t]+not"
                       r"|declined[ \t]+to|asked[ \t]+that)[ \t]+(?:want[ \t]+|give[ \t]+|have[ \t]+)?"
                       r"(?:his|her|their)[ \t]+(?:last[ \t]+name|surname|full[ \t]+name)"
                       r"|(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?(?:,?[ \t]+)?(?:and[ \t]+)?who[ \t]+"
                       r"(?:(?:gave|would[ \t]+give|would[ \t]+only[ \t]+give)[ \t]+"
                       r"(?:only[ \t]+)?(?:his|her|their)[ \t]+(?:first[ \t]+)?"
                       r"name(?:[ \t]+(?:only[ \t]+)?as|,)|identified[ \t]+(?:himself|herself|themselves)[ \t]+"
                       r"(?:only[ \t]+|simply[ \t]+)?as|asked[ \t]+to[ \t]+be[ \t]+identified[ \t]+only[ \t]+by[ \t]+"
                       r"(?:his|her|their)[ \t]+first[ \t]+name,)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
                       r"(?=[ \t]*[,.;]|[ \t]+[a-z])")


class RoleHolder(NamedTuple):
    """Someone quoted with a role, the words they were named or described by, and where that phrase ends."""

    name: str
    words: tuple[str, ...]
    end: int


def para_index(starts: list[int], position: int) -> int:
    """The index of the paragraph (by its start) holding ``position``."""
    return max(0, bisect.bisect_right(starts, position) - 1)


# ----------------------------------------------------------------------------- finding


def resolve(hit: Found, people: People | None, roles: dict[str, list[RoleHolder]], previous: Quote | None,
             text: str, para_starts: list[int], quote_start: int) -> tuple[str | None, str]:
    """Turn a speaker phrase into a name: pronouns and role nouns to the person meant."""
    if hit.kind == "pronoun":
        low = hit.name.lower()
        if low in ("he", "she") and people is not None:
            return _person_meant(hit, low, people, previous, text, para_starts, quote_start), "pronoun"
        if low == "it" and (body := _narrated_before(hit, previous, text, para_starts, quote_start, body_narrated)):
            return body, "pronoun"  # '..., the Bundesbank said.\n\n"...," it said in its annual report.'
        if low == "it" and (issuer := _narrated_before(hit, previous, text, para_starts, quote_start,
                                                       statement_issuer)) is not None:
            return issuer, "pronoun"  # 'Holloway issued a brief statement. "...," it said.'
        if low in ("it", "they") and previous is not None and previous.speaker \
                and previous.speaker_method in ("description", "role-noun", "continuation") \
                and previous.speaker[:1].islower():
            return previous.speaker, "pronoun"  # '"...," the statement said. "...," it added.'
        if low == "it" and previous is not None and previous.speaker and _body_named(previous.speaker) \
                and para_index(para_starts, hit.span.start) - para_index(para_starts, previous.end) <= 2 \
                and not _named_with_a_given_name(text, previous.speaker) \
                and not person_narrated(text, previous.end, min(hit.span.start, quote_start)):  # (not 'Adair' after
            return previous.speaker, "pronoun"  # 'Benjamin Adair'; nor past 'Ana Lind said') '"...," Boeing said.
            # "...," it added.'
        if low == "they":  # 'Officials from the agency met on Monday. "We need funds," they said.'
            return _narrated_before(hit, previous, text, para_starts, quote_start, group_subject), "pronoun"
        return None, "pronoun"
    if people is not None and hit.kind == "name" and " " not in hit.name and _of_a_generation(hit, text) \
            and (elder := people.of_generation(hit.name, hit.span.end - len(hit.name))) is not None:
        return elder.name, hit.method  # ('Gaspard Rivoire, 52, ... His father, Lucien Rivoire, 78,' then '"...," the
        # elder Rivoire said.')
    if people is not None and (epithet := epithet_key(hit)) is not None \
            and (named := people.role_holder(epithet, hit.span.start)
                 or people.role_holder(epithet.rsplit(" ", 1)[0], hit.span.start)) is not None:
        return named, "role-noun"  # '"...," the Ukrainian said.', 'the Vermont independent joked' (or named only by
        # the state: 'Rep. Yolanda Betancourt of Texas' ... 'the Texas Democrat')
    if people is not None and hit.method != "continuation" and epithet_key(hit) is not None \
            and (named := _named_described(hit, hit.name.lower().split(), people, previous, text, para_starts,
                                           quote_start)):
        return named, "role-noun"  # ('Dempsey Greathouse walked out. "...," the Tennessean said.')
    if hit.kind == "description":
        if (gave := GAVE_NAME.match(text, hit.span.end)) is not None:
            return gave.group(1) or gave.group(2), "description"  # 'Another resident, who gave his name only as
            # Chinedu, said'
        words = hit.name.lower().split()
        role = next((w for w in reversed(words) if w in ROLE_NOUNS), None)
        if words[0] == "the" and role in roles and _same_standing(words, roles[role][-1]):
            holder, told_apart = _role_holder(roles[role], words[1:words.index(role)])
            key = role_key(words)
            if not told_apart and people is not None \
                    and (len({h.name for h in roles[role]}) > 1 or people.holders(key, hit.span.start) > 1) \
                    and (recent := people.recent_holder(key, hit.span.start)) is not None:
                return recent, "role-noun"  # (of two senators quoted or named, the one the narrative named just
                # before)
            if holder.words[0] in ("a", "an") and people is not None \
                    and (named := people.role_holder(key, hit.span.start)) is not None \
                    and people.role_holder(key, holder.end) is None:
                return named, "role-noun"  # (a description quoted first, then the holder named: 'a judge said ...
                # "about three years too late."' ... 'Judge Domenica Halb was unpersuaded.' ... 'the judge said')
            if told_apart or not introduced(text, role, holder.end, hit.span.start):
                return holder.name, "role-noun"
        if people is not None and role_alone(hit):  # 'said the president' after 'Carmen Villanueva, the president,'
            other = next((w for w in words[1:-1] if w in OTHER_HOLDERS), None)  # ('the former chief' after
            key = role_key(words) if other is None else f"{other} {role_key(words)}"  # 'Former police chief X')
            told = "female" if words[-1] in FEMALE_ROLES else "male" if words[-1] in MALE_ROLES else None
            name = people.role_holder(key, hit.span.start, told)  # ('the chairman' after a chairwoman and him)
            if name is None:
                name = people.recent_holder(key, hit.span.start)  # (one of several holders, named just before)
            if name is None and role_key(words) in _LEGISLATORS:  # 'former state Rep. Neil Alder' ... 'the former
                prefix = f"{other} " if other else ""  # lawmaker'
                name = next((n for alt in _LEGISLATOR_ROLES
                             if (n := people.role_holder(prefix + alt, hit.span.start)) is not None), None)
            if name is None and other is None and key in _ASSISTED_ROLES \
                    and people.role_holder(key, len(text)) is None:  # (nobody holds the role itself)
                name = next((held for aide in ("assistant", "deputy")  # 'Assistant Prosecutor Jerry Harb', 'Deputy
                             if (held := people.role_holder(f"{aide} {key}", hit.span.start)) is not None), None)
                # District Attorney Oda Brisk' ... 'the prosecutor said'
            if name is not None and not _of_another_state(people, name, words) \
                    and not introduced(text, words[-1], max(0, people.last_mentioned(name, hit.span.start)),
                                       hit.span.start):
                return name, "role-noun"  # (not past someone new of the role: 'Del. Eric Weber ... A delegate who
                # requested anonymity said ... "...," the delegate said.')
        if role_alone(hit) and hit.method != "continuation":
            given = _first_name_given(text, words[-1], hit.span.start)
            if given is not None:
                return given, "role-noun"  # ('a graduate student who gave only her first name, Doina,' ... 'the
                # student said')
            described = _described_before(hit, words[-1], previous, text, para_starts, quote_start)
            if described is not None:
                return described, "description"
        if people is not None and hit.method != "continuation" \
                and (named := _named_described(hit, words, people, previous, text, para_starts, quote_start)):
            return named, "role-noun"  # ('Gerrit Kallhoff found the calves.' then '"...," the 68-year-old rancher
            # said.')
        if len(words) == 2 and words[0] == "the" and (words[1] in BODY_NOUNS or words[1] in NAMED_BODY_NOUNS) \
                and (body := _narrated_before(hit, previous, text, para_starts, quote_start,
                                              body_narrated)) is not None \
                and _proper_name(body) and (words[1] in BODY_NOUNS or words[1] in body.lower().split()):
            return body, "role-noun"  # 'Harbor Oil said on Tuesday it lost $2 billion.\n\n"...," the company said.'
        if len(words) == 2 and words[0] == "the" and words[1] in DOCUMENTS and (issuer := (
                statement_issuer(text, hit.span.start, quote_start) if hit.span.start < quote_start else None)
                or _narrated_before(hit, previous, text, para_starts, quote_start, statement_issuer)) is not None:
            return _holder_of(issuer, people, hit.span.start), "role-noun"  # 'The Fair Association released a
            # statement. "...," the statement said.'; 'the governor issued a statement' is Gov. Lucas Tram's
        if len(words) == 2 and words[0] == "the" and words[1] in COMPANY_NOUNS and (company := _narrated_before(
                hit, previous, text, para_starts, quote_start, company_opening)) is not None:
            return company, "role-noun"  # 'Acme Corp cut its outlook. "...," the company said.'
        if len(words) == 2 and words[0] == "the" and words[1] in BODY_NOUNS and previous is not None \
                and previous.speaker and previous.speaker[:1].isupper() and previous.speaker_method != "pronoun" \
                and _body_named(previous.speaker) \
                and previous.speaker.split(" ", 1)[0].lower() not in GIVEN_NAMES \
                and para_index(para_starts, hit.span.start) - para_index(para_starts, previous.end) <= 2 \
                and not _named_with_a_given_name(text, previous.speaker):
            return previous.speaker, "role-noun"  # '"...," Boeing said. "...," the company added.'
        return hit.name, "description" if hit.method != "continuation" else hit.method
    return hit.name, hit.method


def _named_described(hit: Found, words: list[str], people: People, previous: Quote | None, text: str,
                     para_starts: list[int], quote_start: int) -> str | None:
    """Who a definite description by an age or an occupation stands for ('the 68-year-old rancher', 'the deacon'):
    the one given that age, else, when no one was given the role, the person the sentences before are about
    ('Gerrit Kallhoff found the calves. "...," the 68-year-old rancher said.' -> 'Gerrit Kallhoff'); None when
    someone described and not named stands nearer, someone is brought in by the role or age since, the
    description answers that person, or the description is an office or a word for anyone (``_UNNAMED_ROLES``)."""
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
    elif (epithet := epithet_key(hit)) is not None:
        if people.holders(epithet, len(text)):
            return None  # (someone holds it, though not one alone: two Texas Democrats)
    elif not role_alone(hit) or words[0] != "the" or words[-1] not in ROLE_WORDS or words[-1] in _UNNAMED_ROLES \
            or role_key(words) in _UNNAMED_ROLES or not _UNNAMED_MODIFIERS.isdisjoint(words[1:-1]) \
            or people.holders(role_key(words), len(text)):
        return None
    gender = _gender_told(words)
    mention = people.subject_before(position, gender)
    if mention is not None and aged is not None and not _ages_of(people, mention.person, position) <= {age}:
        mention = people.subject_before(position, gender, mention.person)  # (past 'the younger Threatt', 24, in 'The
        # 74-year-old said the younger Threatt had the best jab', to the one that sentence is about)
    if mention is None or mention.person is _answered(hit, previous, people, text) \
            or _of_another_state(people, mention.person.name, words):
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
    elif introduced(text, words[-1], 0, position, after_be=True) \
            or any(text.startswith(f"{words[-1]}s", one.end() + 1) for one in ONE_OF_THE.finditer(text, 0, position)):
        return None  # ('Among them was a hog farmer who ...'; 'A man in an orange vest, one of the volunteers,')
    para = para_index(para_starts, position)
    floor = max(para_starts[max(0, para - 2)] if para_starts else 0, previous.end if previous is not None else 0,
                people.named_at(mention) + 1)
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


def _of_a_generation(hit: Found, text: str) -> bool:
    """Whether a speaker named by a surname is told apart by 'the elder' or 'the younger' before it."""
    return GENERATION_BEFORE.search(text, max(0, hit.span.end - len(hit.name) - 16),
                                    hit.span.end - len(hit.name)) is not None


def _ages_of(people: People, person: Person, position: int) -> set[int]:
    """The ages ``person`` was given before ``position`` ('Tobiah Quarles, 41,' -> {41})."""
    return {int(role.split("-", 1)[0]) for role in people.roles_of(person, position) if AGE_ROLE.fullmatch(role)}


def _answered(hit: Found, previous: Quote | None, people: People, text: str) -> Person | None:
    """Who spoke the quote before, if the speaker phrase ``hit`` replies to it ('"...," Mr. Kettleborough said.
    "...," the 58-year-old replied.'): someone other than them replies."""
    replies = REPLIED.match(text, hit.span.end) is not None \
        or REPLIED_BEFORE.search(text, max(0, hit.span.start - 12), hit.span.start) is not None
    if previous is None or previous.speaker_span is None or not replies:
        return None
    return people.named_within(previous.speaker_span.start, previous.speaker_span.end)


def _gender_told(words: list[str]) -> str | None:
    """The gender a description's nouns tell: 'the 38-year-old mother of three', 'the Frenchwoman' -> 'female'; None
    for none."""
    female = any(word in FEMALE_ROLES or word.endswith("woman") for word in words)
    male = any(word in MALE_ROLES or (word.endswith("man") and not word.endswith("woman")) for word in words)
    return None if female == male else "female" if female else "male"


def _holder_of(description: str, people: People | None, position: int) -> str:
    """The one person a description of a role stands for, if the article gave that role to one ('the governor' ->
    'Lucas Tram' after 'Gov. Lucas Tram'); else the description."""
    words = description.lower().split()
    if people is None or len(words) != 2 or words[0] != "the" or words[1] not in ROLE_WORDS:
        return description
    return people.role_holder(role_key(words[1:]), position) or description


def _first_name_given(text: str, role: str, position: int) -> str | None:
    """The first name given alone by the last one called by ``role`` before ``position``, in a relative clause after
    the role: 'a graduate student who gave only her first name, Doina,' -> 'Doina'; 'said the barber, who gave his
    name only as Clement'."""
    at = text.rfind(role, max(0, position - _GAVE_NAME_REACH * 3), position)
    if at < 0:
        return None
    gave = GAVE_NAME.search(text, at + len(role), at + len(role) + _GAVE_NAME_REACH // 2)
    if gave is None or SENTENCE_STOP.search(text, at, gave.start()) is not None:
        return None  # ('a graduate student at the State University who gave only her first name, Doina,')
    return gave.group(1) or gave.group(2)


def _of_another_state(people: People, name: str, words: list[str]) -> bool:
    """Whether a role's words name a US state the person was not named with: 'the Ohio lawmaker' is not 'Rep. Doug
    Wickl (R-Ariz.)'."""
    modifiers = words[1:-1]
    states = {w for w in modifiers if w in US_STATES}
    states |= {f"{a} {b}" for a, b in itertools.pairwise(modifiers) if f"{a} {b}" in US_STATES}
    return bool(states) and not any(people.of_state(name, state) for state in states)


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


def _proper_name(name: str) -> bool:
    """Whether a body's name is a proper name: 'Harbor Oil', 'the Bundesbank', 'The IG Metall union' (not 'The
    firm')."""
    return (name[4:] if name[:4].lower() == "the " else name)[:1].isupper()


def _named_with_a_given_name(text: str, name: str) -> bool:
    """Whether the article gives ``name`` a given name or a title somewhere ('Donald Trump', 'Mr. Trump' for
    'Trump'), or a person's role or age in apposition ('Bayani Dalisay, president of the Lakeshore Fishers,'): a
    person's surname, then, and no body."""
    at = text.find(name)
    while at >= 0:
        before = text[max(0, at - 20):at].split()[-1:]
        if before and (before[0].lower() in GIVEN_NAMES or before[0].lower().rstrip(".") in NAME_TITLES):
            return True
        if PERSON_APPOSITIVE.match(text, at + len(name)) is not None:
            return True
        at = text.find(name, at + 1)
    return False


def _narrated_before(hit: Found, previous: Quote | None, text: str, para_starts: list[int], quote_start: int,
                     reader: Callable[[str, int, int], str | None]) -> str | None:
    """What ``reader`` finds in the narrative just before the quote (the group a 'they' stands for, the body an
    'it' does): in its own paragraph when words stand before it there, else in the paragraph before (never before
    the quote before)."""
    position = min(hit.span.start, quote_start)
    para = para_index(para_starts, position)
    if not para_starts:
        return None
    opens = para_starts[max(0, para)]
    floor = opens if LETTERS.search(text, opens, position) else para_starts[max(0, para - 1)]  # (a paragraph
    # opening with the quote: the sentence before ends the paragraph before)
    floor = max(floor, previous.end if previous is not None and previous.kind == "full" else 0)  # (a fragment
    # quoted in the narrative ends no narrative: 'In a statement, Mr. Hagerty said the board had "the greatest respect"
    # for her.')
    return reader(text, floor, position) if floor < position else None


def _described_before(hit: Found, role: str, previous: Quote | None, text: str, para_starts: list[int],
                      quote_start: int) -> str | None:
    """The fuller description a 'the spokesman' stands for, given in the narrative just before and not yet quoted:
    'A spokesman for the fire service said crews were out. "...," the spokesman said.' -> 'A spokesman for the
    fire service'."""
    position = hit.span.start
    para = para_index(para_starts, position)
    floor = max(para_starts[max(0, para - 2)] if para_starts else 0, previous.end if previous is not None else 0)
    pronoun = "she" if role in FEMALE_ROLES else "he"
    told = narrated(text, floor, min(position, quote_start) if quote_start < position else position, pronoun)
    if told is None or (role not in told[0].lower().split()
                        and not (role in _ANYONE and hit.name.lower().split()[:-1] == ["the"])) \
            or told[0].lower().split()[0] == "the":
        return None
    return told[0]  # (any description for 'the man': 'A retired machinist from El Dorado said ...')


def role_alone(hit: Found) -> bool:
    """'the president', 'the judge', 'the chief executive', 'his brother', 'the former chief': a person described by
    a role alone (a few words before it at most), whom the article may have named."""
    words = hit.name.lower().split()
    return hit.kind == "description" and 2 <= len(words) <= 4 \
        and (words[0] == "the" or (words[0] in _POSSESSIVES and words[-1] in KIN_NOUNS and len(words) == 2)) \
        and (words[-1] in ROLE_WORDS or AGE_ROLE.fullmatch(words[-1]) is not None
             or (words[-2] == "of" and words[-3] in ROLE_WORDS)) \
        and all((word.isalpha() or AGE_ROLE.fullmatch(word)) and word not in ANOTHER_TIME
                for word in words[1:-1])  # ('the 58-year-old', 'the 68-year-old rancher'; not
    # "the group's lawyer", nor 'the next president', who may be someone else than the one named president; 'the
    # former president' is who was named so)


# A verb of asking after someone and a pronoun, its object: " asked him" in 'Holl asked him how many were fired.'
ASKED_OBJECT = re.compile(rf"[ \t]+(?:{ASKING_OBJECT_VERBS})[ \t]+(him|her)\b")
# A verb of asking, whom it asks (group 1: a name or 'the' and a role) and what they were asked: " asked Ms. Pike
# how" in 'Ms. Lund asked Ms. Pike how many families were waiting.', " asked the congresswoman whether".
ASKED_SOMEONE = re.compile(rf"\b(?:{ASKING_OBJECT_VERBS})[ \t]+((?:the[ \t]+[a-z]+|[A-Z][\w.'’-]*)"
                           r"(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]+(?:whether|if|how|why|what|when|where|who|about)\b")
# A verb of asking after a speaker: " asked" in '"And then?" Swanson asked.'
ASKED = re.compile(rf"[ \t]+(?:{ASKING_VERBS})\b")
# A verb of answering after a speaker phrase: " replied" in '"...," the 58-year-old replied.'
REPLIED = re.compile(r"[ \t]+(?:replied|answered|responded|retorted|countered)\b")
# The same before it: "replied " in '"...," replied the 58-year-old.'
REPLIED_BEFORE = re.compile(r"\b(?:replied|answered|responded|retorted|countered)[ \t]+$")
# A description by age with the definite article, someone the article has named: "the 68-year-old" in "the
# 68-year-old rancher" (group 1: the age).
AGE_EPITHET = re.compile(r"[Tt]he[ \t]+([1-9][0-9]?)-year-old\b")
# 'The older man' or 'the younger woman', who is one of two named with their ages just before (group 1: which).
OLDER_ONE = re.compile(r"[Tt]he[ \t]+(older|elder|younger)[ \t]+(?:man|woman|one)")
#: How many sentences back the people 'the older man' is told apart from may have been named.
_MAX_GENERATION_SENTENCES = 12
# Someone picked out of a group: "one of the" in "A man in an orange vest, one of the volunteers with the county,".
ONE_OF_THE = re.compile(r"\b(?:one|One)[ \t]+of[ \t]+the\b")
# Someone brought in by an age with the indefinite article: "a 55-year-old" in "said a 55-year-old farmer" (group 1:
# the age).
INDEFINITE_AGE = re.compile(r"\b[Aa]n?[ \t]+([1-9][0-9]?)-year-old\b")
#: How far after a description its 'who gave only his first name, Dewey,' is looked for.
_GAVE_NAME_REACH = 200
#: Words for any member of a legislature, and the roles a title gives them: 'Sen. X' or 'Rep. X' is 'the lawmaker'.
_LEGISLATORS = frozenset({"lawmaker", "legislator"})
_LEGISLATOR_ROLES = ("congressman", "senator", "mp", "assemblyman", "mla")
#: Words for anyone, which stand for whoever was just described: 'the man' after 'A retired machinist said'.
_ANYONE = frozenset({"man", "woman", "person"})
#: Roles a definite description may give someone the article never names near it, or names elsewhere by a title
#: alone: offices of public figures ('the president', 'the senator'), who runs an event ('the host', 'the judge'),
#: spokespeople and officials, and words for anyone ('the man', 'the source'). 'The rancher' is who the story is about.
_UNNAMED_ROLES = frozenset({
    "president", "senator", "congressman", "lawmaker", "legislator", "delegate", "governor", "candidate", "nominee",
    "leader", "host", "moderator", "judge", "author", "insider", "official", "aide", "person", "man", "woman",
    "people", "source", "chair", "speaker", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
    "executive"})
#: Words before a role that make it an office of someone the story may not be about: 'the former president' (who
#: may be George W. Bush beside Jeb Bush), 'the Republican nominee'.
_UNNAMED_MODIFIERS = frozenset({"former", "republican", "democratic", "presidential"})
#: Roles whose assistant or deputy the article may call by the role alone: 'Assistant Prosecutor X' ... 'the
#: prosecutor', 'Assistant coroner X' ... 'the coroner'.
_ASSISTED_ROLES = frozenset({"prosecutor", "attorney", "coach", "coroner"})
#: 'his brother' (after 'His brother, Thomas Ashby,'): a kinship noun after a possessive stands for its holder.
_POSSESSIVES = frozenset({"his", "her", "their"})


def _body_named(name: str) -> bool:
    """Whether a speaker's name names a body rather than a person: 'Boeing', 'Fox News', 'Harbor Trust' (not
    'Ana Lind', nor 'Reyes', a surname that a person named before goes by)."""
    if not person_like(name):
        return True
    first = name.split(" ", 1)[0].lower()
    return " " not in name and first not in GIVEN_NAMES and name[:1].isupper() and name.isalpha()


def _same_standing(words: list[str], holder: RoleHolder) -> bool:
    """Whether 'the former congressman' may be someone quoted with the role before: only if quoted as 'former' too
    (not 'Rep. Lonzo Nord (D-Md.)', who sits)."""
    return all(word in holder.words for word in words[1:-1] if word in OTHER_HOLDERS)


def _role_holder(holders: list[RoleHolder], modifiers: list[str]) -> tuple[RoleHolder, bool]:
    """Of the people quoted with a role, the one 'the <modifiers> <role>' stands for: the last whose words hold
    the modifiers when several hold the role ('the U.S. official' after 'a U.S. official' and 'a Russian
    official'), else the last; and whether the modifiers told them apart."""
    if len(holders) > 1 and modifiers:
        for holder in reversed(holders):
            if all(word in holder.words for word in modifiers):
                return holder, holder is not holders[-1]
    return holders[-1], False


def _one_asked(people: People, pronoun: str, text: str, para_starts: list[int], quote_start: int,
               previous: Quote | None) -> Person | None:
    """Who was asked something in the paragraph before the quote, of the pronoun's gender, the one who answers:
    'Odette Troy asked the congresswoman whether she would keep the rules.\n\n"Yes," she said.' -> the
    congresswoman's holder (a question quoted between, the asker's, is passed over)."""
    para = para_index(para_starts, quote_start)
    if not para_starts or para < 1:
        return None
    floor = para_starts[para - 1]
    if previous is not None and previous.end > floor:
        if not asks(previous):
            return None  # (someone quoted since: they, or the one asked, are read by the rules after)
        floor = para_starts[max(0, para_index(para_starts, previous.start) - 1)]
    found = next(reversed(list(ASKED_SOMEONE.finditer(text, floor, quote_start))), None)
    if found is None:
        return None
    asked = found.group(1)
    if asked.startswith("the "):
        words = asked.lower().split()[1:]
        person = people.role_person(role_key(words), found.start(1)) if words[-1] in ROLE_WORDS else None
    else:
        person = people.named_within(found.start(1), found.end(1))
    gender = "male" if pronoun == "he" else "female"
    return person if person is not None and not person.told_apart(gender) else None


def _person_meant(hit: Found, pronoun: str, people: People, previous: Quote | None, text: str,
                  para_starts: list[int], quote_start: int) -> str | None:
    """Who 'he' or 'she' stands for: the person named last (see ``mentions``), unless someone described and not
    named stands nearer, quoted just before ('"...," a spokesman said. "...," he added.') or described in the
    narrative ('..., a company spokesman said. "...," he said.')."""
    position = hit.span.start
    after_question = "?" in text[max(0, position - 5):position]  # ('"...?" he asked': who asks, not who answers)
    mention = people.antecedent(pronoun, position)
    if mention is not None and previous is not None and previous.speaker and previous.speaker_span is not None \
            and asks(previous) and ASKED.match(text, previous.speaker_span.end) \
            and para_index(para_starts, quote_start) == para_index(para_starts, previous.speaker_span.end) + 1 \
            and quote_start - para_starts[para_index(para_starts, quote_start)] <= 2 \
            and previous.speaker.rsplit(None, 1)[-1] == mention.person.name.rsplit(None, 1)[-1] \
            and not ASKED.match(text, hit.span.end):  # ('"...?" Swanson asked. "...," he answered.': not the asker,
        mention = people.other_antecedent(pronoun, position, mention.person)  # who may ask again)
    if mention is not None and (object_asked := ASKED_OBJECT.match(text, mention.end)) is not None \
            and object_asked.group(1) == ("him" if pronoun == "he" else "her") \
            and text.find(".", mention.end, position) >= 0:  # ('Holl asked him how many were fired. "...," he
        mention = people.other_antecedent(pronoun, position, mention.person)  # replied': not Holl)
    if mention is not None and not ASKED.match(text, hit.span.end) \
            and not after_question \
            and (asked := _one_asked(people, pronoun, text, para_starts, quote_start, previous)) is not None:
        return asked.name  # ('Ms. Lund asked Ms. Pike how many were waiting. ''About 600,'' she answered.': Pike)
    named_at = people.named_at(mention) if mention is not None else -1  # ('Lind spoke. ... He left. "...," he said')
    para = para_index(para_starts, position)
    if previous is not None and previous.speaker_span is not None:
        apart = para - para_index(para_starts, previous.speaker_span.end)
        described = quoted_before(text, apart, previous, pronoun,
                                  quote_start if previous.end <= quote_start < position else position)
        if described and named_at < previous.speaker_span.end:
            return described  # (the description holds the name it stands beside: 'a spokesman for Ana Lind')
    floor = max(para_starts[max(0, para - 2)] if para_starts else 0, previous.end if previous is not None else 0,
                named_at + 1)  # (a description before the name is no nearer)
    told = narrated(text, floor, min(position, quote_start) if quote_start < position else position, pronoun)
    if told is not None and ((previous is not None and told[1] >= previous.end and asks(previous))
                             or (ASKED.match(text, told[1] + len(told[0])) is not None
                                 and ASKED.match(text, hit.span.end) is None
                                 and not after_question)):
        told = None  # (who asked the question before is not who answers it: 'Afterward, a reporter asked whether she
        # had known.' then '"I knew," she said.')
    if told is not None and (gave := GAVE_NAME.search(text, told[1], min(position, told[1] + _GAVE_NAME_REACH))):
        return gave.group(1) or gave.group(2)  # ('A man in a green jacket, who would give only his first name,
        # Dewey, said')
    if told is not None:
        words = told[0].lower().split()
        if words[0] in ("the", "his", "her", "their") and len(words) <= 3 and words[-1] in ROLE_WORDS \
                and (holder := people.role_holder(role_key(words), position)) is not None:
            return holder  # ('..., the spokeswoman said.' after 'said co-op spokeswoman Kelsey Raines'; 'Her husband
            # said' after 'her husband, Ed,')
        return told[0]
    return mention.person.name if mention is not None else None
