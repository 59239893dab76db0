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
import re
from collections.abc import Callable
from operator import attrgetter
from typing import NamedTuple

from ..gazetteer import is_known_place
from ..lexicon.people import GIVEN_NAMES, UPPER
from ..lexicon.speech import (
    ASKING_OBJECT_VERBS,
    ASKING_VERBS,
    BODY_KINDS,
    BODY_NOUNS,
    COMPANY_NOUNS,
    FEMALE_ROLES,
    KIN_NOUNS,
    MALE_ROLES,
    NAMED_BODY_NOUNS,
    PERSON_ROLES,
    PRONOUN_GENDER,
    QUESTION_WORDS,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
)
from ..lexicon.titles import NAME_TITLES
from ..model import Quote
from ..pattern_cache import compile_pattern, longest_first
from .attribution import SENTENCE_STOP, Found, person_like
from .descriptions import (
    DOCUMENTS,
    OBJECT_PRONOUN,
    asks,
    body_named_holding,
    body_narrated,
    company_named_before,
    company_opening,
    group_subject,
    introduced,
    narrated,
    person_narrated,
    quoted_before,
    statement_issuer,
)
from .epithets import (
    AGE_EPITHET,
    epithet_key,
    named_described,
    of_a_generation,
    of_another_state,
    replies,
    role_alone,
)
from .mentions import Mention, People, Person
from .name_context import PERSON_APPOSITIVE
from .phrases import LETTERS
from .roles import AGE_ROLE, OTHER_HOLDERS, ROLE_WORDS, TITLE_ROLES, club_role, role_key

# The name someone described gave in a relative clause: ", who gave his name only as Chinedu," ->
# "Chinedu"; ", who identified himself simply as Chinedu,"; ", who asked to be identified only by her first name,
# Ruth,"; " who gave her name only as Kinsley sat"; ", who identified herself only as Delfina from Casa Grande,";
# ", identified only as Joy,"; ", Emeric, who did not want his last name used"; ", Ohio, who would give only her
# first name, Bobbi" (after a place that ends the description); ", a 31-year-old nurse who gave only her first name,
# Kalena" (after an appositive).
GAVE_NAME = compile_pattern(r",[ \t]+([" + UPPER + r"][\w'’-]+),[ \t]+who[ \t]+(?:did[ \t]+not|didn['’]t|would[ \t]+not"
                            r"|declined[ \t]+to|asked[ \t]+that)[ \t]+(?:want[ \t]+|give[ \t]+|have[ \t]+)?"
                            r"(?:his|her|their)[ \t]+(?:last[ \t]+name|surname|full[ \t]+name)"
                            r"|(?:,[ \t]+[" + UPPER + r"][\w.'’-]*(?:[ \t]+[" + UPPER + r"][\w.'’-]*)?|,[ \t]+(?:an?"
                            r"|the)[ \t]+[^,.;\n]{1,60}?)?"
                            r"(?:,?[ \t]+)?(?:identified[ \t]+(?:only[ \t]+|simply[ \t]+)?as|(?:and[ \t]+)?who[ \t]+"
                            r"(?:(?:gave|would[ \t]+give|would[ \t]+only[ \t]+give)[ \t]+"
                            r"(?:only[ \t]+)?(?:his|her|their)[ \t]+(?:first[ \t]+name|last[ \t]+name|name|surname)"
                            r"(?:[ \t]+(?:only[ \t]+|simply[ \t]+|just[ \t]+)?as|,)"
                            r"|identified[ \t]+(?:himself|herself|themselves)[ \t]+(?:only[ \t]+|simply[ \t]+)?as"
                            r"|asked[ \t]+to[ \t]+be[ \t]+identified[ \t]+only[ \t]+by[ \t]+"
                            r"(?:his|her|their)[ \t]+first[ \t]+name,))[ \t]+([" + UPPER + r"][\w'’-]+(?:[ \t]+["
                            + UPPER + r"][\w'’-]+)?)"
                            r"(?=[ \t]*[,.;]|[ \t]+[a-z])")


# A description by initials alone: "the MCE" (group 1: the initials).
THE_INITIALS = compile_pattern(r"[Tt]he[ \t]+([A-Z]{2,6})")
# Capitalised words spelled out before their initials in brackets: "Municipal Chief Executive (MCE)", "Inspector
# General of Police (IGP)" (group 1: the words, group 2: the initials).
SPELLED_OUT = compile_pattern(r"\b([" + UPPER + r"][a-z]+(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+)?["
                              + UPPER + r"][a-z]+){1,5})[ \t]+"
                              r"\(([A-Z]{2,6})\)$")
# A role in capitals, a word of a body between perhaps: "District Chief Executive", "Police Public Relations Officer"
# (group 1).
CAPITALISED_ROLE = compile_pattern(r"\b((?:[" + UPPER + r"][a-z]+[ \t]+(?:of[ \t]+)?){1,4}[" + UPPER + r"][a-z]+)\b")
# A name told right after a description: " surnamed Lee" in "said a retiree surnamed Lee, 71," (the name is group 1).
SURNAMED_AFTER = compile_pattern(r"[ \t]+(?:surnamed|nicknamed)[ \t]+([" + UPPER + r"][\w'’-]+(?:[ \t]+["
                                 + UPPER + r"][\w'’-]+)?)"
                                 r"(?=[ \t]*[,.;]|[ \t]+[a-z])")


class RoleHolder(NamedTuple):
    """Someone quoted with a role, the words they were named or described by, and where that phrase ends."""

    name: str
    words: tuple[str, ...]
    end: int


def para_index(starts: list[int], position: int) -> int:
    """The index of the paragraph (by its start) holding ``position``."""
    return max(0, bisect.bisect_right(starts, position) - 1)


def _two_paragraphs_back(starts: list[int], position: int) -> int:
    """Where the paragraph two before the one holding ``position`` starts (its own, or the first, if fewer)."""
    return starts[max(0, para_index(starts, position) - 2)] if starts else 0


# ----------------------------------------------------------------------------- finding


def resolve(hit: Found, people: People | None, roles: dict[str, list[RoleHolder]], previous: Quote | None,
             text: str, para_starts: list[int], quote_start: int,
             spelled: Found | None = None, answered: Quote | None = None) -> tuple[str | None, str]:
    """Turn a speaker phrase into a name: pronouns and role nouns to the person meant (``spelled``: the role that
    initials in ``hit`` stand for, see ``SpelledOut``; ``answered``: the quote before ``previous``)."""
    if hit.kind == "pronoun":
        low = hit.name.lower()
        if low in ("he", "she") and people is not None:
            return _person_meant(hit, low, people, previous, text, para_starts, quote_start, answered), "pronoun"
        if low == "it" and (body := _narrated_before(hit, previous, text, para_starts, quote_start, body_narrated)):
            return body, "pronoun"  # '..., the Bundesbank said.\n\n"...," it said in its annual report.'
        if low == "it" and (issuer := _narrated_before(hit, previous, text, para_starts, quote_start,
                                                       statement_issuer)) is not None:
            return _holder_of(issuer, people, hit.span.start), "pronoun"  # 'Holloway issued a brief statement.
            # "...," it said.'; 'the congressman posted a new tweet. "...," it read.' (Rep. Hufel's)
        if low in ("it", "they") and previous is not None and previous.speaker \
                and previous.speaker_method in ("description", "role-noun", "continuation") \
                and previous.speaker[:1].islower():
            return previous.speaker, "pronoun"  # '"...," the statement said. "...," it added.'
        if low == "it" and previous is not None and previous.speaker and _body_named(previous.speaker, text) \
                and para_index(para_starts, hit.span.start) - para_index(para_starts, previous.end) <= 2 \
                and not _named_with_a_given_name(text, previous.speaker) \
                and not person_narrated(text, previous.end, min(hit.span.start, quote_start)):  # (not 'Adair' after
            return previous.speaker, "pronoun"  # 'Benjamin Adair'; nor past 'Ana Lind said') '"...," Boeing said.
            # "...," it added.'
        if low == "they":  # 'Officials from the agency met on Monday. "We need funds," they said.'
            return _narrated_before(hit, previous, text, para_starts, quote_start, group_subject), "pronoun"
        return None, "pronoun"
    if people is not None and hit.kind == "name" and " " not in hit.name and of_a_generation(hit, text) \
            and (elder := people.of_generation(hit.name, hit.span.end - len(hit.name))) is not None:
        return elder.name, hit.method  # ('Gaspard Rivoire, 52, ... His father, Lucien Rivoire, 78,' then '"...," the
        # elder Rivoire said.')
    epithet = epithet_key(hit) if people is not None else None
    if epithet is not None and (named := people.role_holder(epithet, hit.span.start)
                                or people.role_holder(epithet.rsplit(" ", 1)[0], hit.span.start)) is not None:
        return named, "role-noun"  # '"...," the Ukrainian said.', 'the Vermont independent joked' (or named only by
        # the state: 'Rep. Yolanda Betancourt of Texas' ... 'the Texas Democrat')
    if epithet is not None and hit.method != "continuation" \
            and (named := named_described(hit, hit.name.lower().split(), people, previous, text,
                                          _two_paragraphs_back(para_starts, hit.span.start), quote_start)):
        return named, "role-noun"  # ('Dempsey Greathouse walked out. "...," the Tennessean said.')
    if spelled is not None \
            and (named := resolve(spelled, people, roles, previous, text, para_starts, quote_start)[0]) \
            not in (None, spelled.name):
        return named, "role-noun"  # ('The Municipal Chief Executive (MCE) for Tano, Kofi Owu,' ... 'the MCE')
    if hit.kind == "description":
        if (surnamed := SURNAMED_AFTER.match(text, hit.span.end)) is not None:
            return surnamed.group(1), "description"  # 'said a retiree surnamed Lee, 71,'
        if (gave := GAVE_NAME.match(text, hit.span.end)) is not None:
            return gave.group(1) or gave.group(2), "description"  # 'Another resident, who gave his name only as
            # Chinedu, said'
        words = hit.name.lower().split()
        if people is not None and hit.method != "continuation" and epithet is None \
                and (answerer := _answerer_described(hit, words, people, text, para_starts, quote_start)) is not None:
            return answerer.name, "role-noun"  # ('Ola Berg asked Ann Lee whether it would close. She said it would
            # not.' then 'The 58-year-old added: "..."'; 'asked the port's manager, Ann Lee, whether ... The former
            # navy officer said:')
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
            if name is None and other is None and len(words) >= 3 and (club := hit.name.split()[-2])[:1].isupper():
                name = people.role_holder(club_role(key, club), hit.span.start) \
                    or people.of_another_club(key, club, hit.span.start)  # (of two managers, 'the United boss'; of
                # two captains, one named for the other club)
            if name is None:
                name = people.recent_holder(key, hit.span.start)  # (one of several holders, named just before)
            if name is None and (kinds := _ROLE_KINDS.get(role_key(words))) is not None:  # 'former state Rep. Neil
                prefix = f"{other} " if other else ""  # Alder' ... 'the former lawmaker'; 'Lt. Arvin Sumal' ... 'the
                name = people.last_given(tuple(prefix + kind for kind in kinds), hit.span.start)  # officer'
            if name is None and other is None and key in _ASSISTED_ROLES \
                    and people.role_holder(key, len(text)) is None:  # (nobody holds the role itself)
                name = next((held for aide in ("assistant", "deputy")  # 'Assistant Prosecutor Jerry Harb', 'Deputy
                             if (held := people.role_holder(f"{aide} {key}", hit.span.start)) is not None), None)
                # District Attorney Oda Brisk' ... 'the prosecutor said'
            if name is not None and not of_another_state(people, name, words) \
                    and not _of_another_place(text, name, hit.name, hit.span.start) \
                    and not introduced(text, words[-1], max(0, people.last_mentioned(name, hit.span.start)),
                                       hit.span.start):
                return name, "role-noun"  # (not past someone new of the role: 'Del. Eric Weber ... A delegate who
                # requested anonymity said ... "...," the delegate said.')
        if people is not None and (owned := _owned_role_given(hit, people, text)) is not None:
            return owned, "role-noun"  # ('Dr. Ann Lee, ..., the study's first author' ... 'the study's first author')
        if role_alone(hit) and hit.method != "continuation":
            given = _first_name_given(text, words[-1], hit.span.start)
            if given is not None:
                return given, "role-noun"  # ('a graduate student who gave only her first name, Doina,' ... 'the
                # student said')
            described = _described_before(hit, words[-1], previous, text, para_starts, quote_start)
            if described is not None:
                return described, "description"
        if len(words) == 2 and words[0] == "the" and words[1] not in ROLE_WORDS and words[1] not in BODY_NOUNS \
                and words[1].isalpha() and (apposed := _apposed_to(text, words[1], hit.span.start)) is not None:
            return apposed, "role-noun"  # a role no lexicon holds, given a person in apposition: 'said Anselmo
            # Terra, the acequia's mayordomo,' ... 'the mayordomo said'; 'Her vice, Liesl Brack,' ... 'the vice said'
        if people is not None and hit.method != "continuation" and epithet is None \
                and (named := named_described(hit, words, people, previous, text,
                                                  _two_paragraphs_back(para_starts, hit.span.start), quote_start)):
            return named, "role-noun"  # ('Gerrit Kallhoff found the calves.' then '"...," the 68-year-old rancher
            # said.')
        if len(words) in (2, 3) and words[0] == "the" and (words[-1] in BODY_NOUNS or words[-1] in NAMED_BODY_NOUNS) \
                and (body := _narrated_before(hit, previous, text, para_starts, quote_start,
                                              body_narrated)) is not None \
                and _proper_name(body) and (words[-1] in BODY_NOUNS or words[-1] in body.lower().split()) \
                and (len(words) == 2 or words[1] in body.lower().split()):
            return body, "role-noun"  # 'Harbor Oil said on Tuesday it lost $2 billion.\n\n"...," the company said.';
            # 'The National Emergency Management Agency said ...' then '"...," the emergency agency said.'
        if hit.method != "continuation" and (held := _body_by_its_noun(text, hit.name, hit.span.start)) is not None:
            return held, "role-noun"  # 'The Tenants Alliance of Mombasa led a march.' ... '"...," the alliance said.'
        if len(words) in (2, 3) and words[0] == "the" and words[-1] in DOCUMENTS and (issuer := (
                statement_issuer(text, hit.span.start, quote_start) if hit.span.start < quote_start else None)
                or _narrated_before(hit, previous, text, para_starts, quote_start, statement_issuer)) is not None:
            if (issuer_words := issuer.lower().split())[0] == "the" and len(issuer_words) == 2 \
                    and issuer_words[1] in COMPANY_NOUNS:
                issuer = company_named_before(text, min(hit.span.start, quote_start)) or issuer  # ('Salar Andino
                # Minerals cut its target ... In a filing, the company said ... "...," the statement said.')
            elif (held := _body_by_its_noun(text, issuer, min(hit.span.start, quote_start))) is not None:
                issuer = held  # ('The Pike County Board of Elections ...' ... 'The elections board said in a
                # statement ... "...," the statement said.')
            return _holder_of(issuer, people, hit.span.start), "role-noun"  # 'The Fair Association released a
            # statement. "...," the statement said.'; 'the governor issued a statement' is Gov. Lucas Tram's
        if len(words) == 2 and words[0] == "the" and words[1] in COMPANY_NOUNS and (company := _narrated_before(
                hit, previous, text, para_starts, quote_start, company_opening)
                or company_named_before(text, min(hit.span.start, quote_start))) is not None:
            return company, "role-noun"  # 'Acme Corp cut its outlook. "...," the company said.', 'Salar Andino
            # Minerals cut its target.' ... '"...," the company said.'
        if len(words) == 2 and words[0] == "the" and words[1] in BODY_NOUNS and previous is not None \
                and previous.speaker and previous.speaker[:1].isupper() and previous.speaker_method != "pronoun" \
                and _proper_name(previous.speaker) and _body_named(previous.speaker, text) \
                and previous.speaker.split(" ", 1)[0].lower() not in GIVEN_NAMES \
                and para_index(para_starts, hit.span.start) - para_index(para_starts, previous.end) <= 2 \
                and not _named_with_a_given_name(text, previous.speaker):
            return previous.speaker, "role-noun"  # '"...," Boeing said. "...," the company added.' (not 'The
            # ministry' a statement was issued by: 'the group' after it is another body)
        return hit.name, "description" if hit.method != "continuation" else hit.method
    return hit.name, hit.method


class SpelledOut:
    """The roles an article spells out before their initials, read once for each initials asked for (however many
    quotes they speak).

    >>> from newsparse.model import Span
    >>> text = 'The Municipal Chief Executive (MCE) for Tano spoke. "...," the MCE said.'
    >>> SpelledOut(text).role(Found(Span(59, 66), "description", "the MCE", "said-verb")).name
    'the Municipal Chief Executive'
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._roles: dict[str, tuple[tuple[int, str], ...]] = {}  # initials -> (where, words) of each spelled out

    def role(self, hit: Found) -> Found | None:
        """A role written in initials that the article spelled out before them, as that role: 'the MCE' after 'The
        Municipal Chief Executive (MCE)' -> 'the Municipal Chief Executive'; None for any other description, or for
        initials spelled out as no role ('the NRA' after 'the National Rifle Association (NRA)')."""
        initials = THE_INITIALS.fullmatch(hit.name)
        if initials is None:
            return None
        if (spelled := self._roles.get(initials.group(1))) is None:
            spelled = self._roles[initials.group(1)] = self._spelled_out(initials.group(1))
        role = next((role for at, role in spelled if at < hit.span.start), None)
        if role is None:
            return None
        return Found(hit.span, "description", f"the {' '.join(role.split()[-3:])}", hit.method)  # (a role of three
        # words at most, as a description reads one: 'the Public Relations Officer' for 'the Police Public Relations
        # Officer')

    def _spelled_out(self, initials: str) -> tuple[tuple[int, str], ...]:
        """(where, words) of each role the text spells out before ``initials`` in brackets: 'Municipal Chief
        Executive' for 'MCE'."""
        text, found = self.text, []
        at = text.find(f"({initials})")
        while at >= 0:
            spelled = SPELLED_OUT.search(text, max(0, at - 120), at + len(initials) + 2)
            if spelled is not None and (words := spelled.group(1).split())[-1].lower() in ROLE_WORDS \
                    and (words := _initialled(words, initials)):  # (not 'The' of 'The Municipal ...')
                found.append((spelled.start(), " ".join(words)))
            at = text.find(f"({initials})", at + 1)
        if not found:  # (no initials in brackets: a role whose capitals spell them, 'The District Chief Executive, Mr
            # Tom Reed,' before 'the DCE')
            for run in CAPITALISED_ROLE.finditer(text):
                if (words := _initialled(run.group(1).split(), initials)) and words[-1].lower() in ROLE_WORDS:
                    found.append((run.start(), " ".join(words)))
        return tuple(found)


def _initialled(words: list[str], initials: str) -> list[str]:
    """The last of ``words`` whose capitals spell ``initials`` ('District Chief Executive' of 'The District Chief
    Executive' for 'DCE'); [] when none do."""
    while words and "".join(word[0] for word in words if word[0].isupper()) != initials:
        words = words[1:]
    return words


def owned_role(hit: Found) -> bool:
    """Whether a description is a role a thing owns: 'the study's first author', 'the firm's lawyer'."""
    words = hit.name.lower().split()
    return hit.kind == "description" and 3 <= len(words) <= 5 and words[0] == "the" \
        and words[1].endswith(("'s", "’s")) and words[-1] in ROLE_NOUNS


def _owned_role_given(hit: Found, people: People, text: str) -> str | None:
    """The person given in apposition the very role a description owned by a thing names: Ann Lee for 'the study's
    first author' after 'said Dr. Ann Lee, an astronomer and the study's first author.' (a role so owned stands for
    no one else: 'the group's lawyer' may be anyone's, no member of the group)."""
    if not owned_role(hit):
        return None
    owned = hit.name.split(None, 1)[1]  # "study's first author"
    at = text.rfind(owned, 0, hit.span.start)
    if at < 0 or (person := people.apposed_before(at - len("the ") if text[:at].endswith("the ") else at)) is None:
        return None
    return person.name


def _holder_of(description: str, people: People | None, position: int) -> str:
    """The one person a description of a role stands for, if the article gave that role to one ('the governor' ->
    'Lucas Tram' after 'Gov. Lucas Tram'); else the description."""
    words = description.lower().split()
    if people is None or len(words) != 2 or words[0] != "the" or words[1] not in ROLE_WORDS:
        return description
    return people.role_holder(role_key(words[1:]), position) or description


def _apposed_to(text: str, noun: str, position: int) -> str | None:
    """The person the last ``noun`` before ``position`` stands in apposition to, named after it ('Her vice, Liesl
    Brack,') or before it ('Anselmo Terra, the acequia's mayordomo,'); None when it is not so set beside a name."""
    at = text.rfind(f" {noun},", max(0, position - _APPOSED_REACH), position)
    if at < 0:
        return None
    if ROLE_OPENING_BEFORE.search(text, max(0, at - 24), at + 1) is not None \
            and (after := NAME_AND_COMMA.match(text, at + len(noun) + 3)) is not None and person_like(after.group(1)):
        return after.group(1)
    named = NAME_BEFORE_APPOSITION.search(text, max(0, at - 80), at + 1)
    return named.group(1) if named is not None and person_like(named.group(1)) else None


# What opens a role set before a name: "Her " in "Her vice, Liesl Brack,", "The club's ".
ROLE_OPENING_BEFORE = compile_pattern(r"(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ii]ts)"
                                      r"(?:[ \t]+[\w'’-]+['’]s)?[ \t]+$")
# A name of two or three capitalised words and its comma: "Liesl Brack," (group 1: the name).
NAME_AND_COMMA = compile_pattern(r"([" + UPPER + r"][\w'’-]+(?:[ \t]+[" + UPPER + r"][\w'’-]+){1,2}),")
# A name, its comma and 'the' with a possessor before a role noun: "Anselmo Terra, the acequia's " before "mayordomo,"
# (group 1: the name).
NAME_BEFORE_APPOSITION = compile_pattern(r"\b([" + UPPER + r"][\w'’-]+(?:[ \t]+["
                                         + UPPER + r"][\w'’-]+){1,2}),[ \t]+the[ \t]+"
                                         r"(?:[\w'’-]+['’]s[ \t]+)?(?:[a-z-]+[ \t]+)?$")
#: How far before a description a person set in apposition to its noun is looked for.
_APPOSED_REACH = 3000


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


def _body_by_its_noun(text: str, described: str, end: int) -> str | None:
    """The body's name before ``end`` that a description of two or three words in lower case ending in a body's noun
    stands for ('the elections board' -> 'Pike County Board of Elections'), or None."""
    words = described.lower().split()
    if len(words) not in (2, 3) or words[0] != "the" or not described[4:].islower() \
            or not (words[-1] in NAMED_BODY_NOUNS or words[-1] in BODY_NOUNS) \
            or words[-1] in COMPANY_NOUNS:
        return None
    return body_named_holding(text, words, end)


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
    last_quote = previous.end if previous is not None and previous.kind == "full" and not previous.text[:1].islower() \
        else 0  # (a fragment quoted in the narrative ends no narrative, however long: 'In a statement, Mr. Hagerty
    # said the board had "the greatest respect" for her.', 'said the ban would "restore order on roads that were never
    # built for this many"')
    floor = max(floor, last_quote)
    found = reader(text, floor, position) if floor < position else None
    if found is None and floor == opens and para > 0 and last_quote < opens \
            and not any(stop in text[opens:position] for stop in ".!?"):  # (a lead-in before it in its own sentence,
        found = reader(text, max(para_starts[para - 1], last_quote), opens)  # naming no one: 'In a statement, it
        # said:')
    return found


def _described_before(hit: Found, role: str, previous: Quote | None, text: str, para_starts: list[int],
                      quote_start: int) -> str | None:
    """The fuller description a 'the spokesman' stands for, given in the narrative just before and not yet quoted:
    'A spokesman for the fire service said crews were out. "...," the spokesman said.' -> 'A spokesman for the
    fire service'."""
    position = hit.span.start
    floor = max(_two_paragraphs_back(para_starts, position), previous.end if previous is not None else 0)
    pronoun = "she" if role in FEMALE_ROLES else "he"
    told = narrated(text, floor, min(position, quote_start) if quote_start < position else position, pronoun)
    if told is None or (role not in told[0].lower().split()
                        and not (role in _ANYONE and hit.name.lower().split()[:-1] == ["the"])) \
            or told[0].lower().split()[0] == "the":
        return None
    return told[0]  # (any description for 'the man': 'A retired machinist from El Dorado said ...')


# A verb of asking after someone and a pronoun, its object: " asked him" in 'Holl asked him how many were fired.'
ASKED_OBJECT = compile_pattern(rf"[ \t]+(?:{ASKING_OBJECT_VERBS})[ \t]+(him|her)\b")
# A verb of asking, whom it asks (group 1: a name or 'the' and a role) and what they were asked: " asked Ms. Pike
# how" in 'Ms. Lund asked Ms. Pike how many families were waiting.', " asked the congresswoman whether", " pressed
# Hodgkiss on what", " asking Reed whether".
ASKED_SOMEONE = compile_pattern(rf"\b(?:{ASKING_OBJECT_VERBS}|asks|asking)[ \t]+(the[ \t]+[a-z]+(?:['’]s(?=[ \t]))?"
                                r"|[" + UPPER + r"][\w-]*(?:[ \t]+[" + UPPER + r"][\w-]*){0,3}['’]s(?=[ \t]+[a-z])"
                                r"|(?:(?:van|von|de|del|della|di|da|du|le|la|al|el)[ \t]+"
                                r"|(?:(?!(?:about|if|for|to|on|in|at|a|an|him|her|them|us|me)\b)[a-z]+[ \t]+){1,2}"
                                r"(?=[A-Z]))?"
                                r"[" + UPPER + r"][\w.'’-]*"
                                r"(?:[ \t]+[" + UPPER + r"][\w.'’-]*){0,3}(?<!['’]s))"
                                r"(?:[ \t]*,?[ \t]+(?:(?!\bto\b)(?:[ap]\.m\.|(?<![\w.])["
                                + UPPER + r"][a-z]{0,4}\.(?=[ \t]+[A-Z])"
                                r"|[^.;!?\n\"“”])){0,90}?)?[ \t,]+"
                                rf"(?:{QUESTION_WORDS}|about)\b")  # (an aside, a role, a time or a place between:
# 'asked Brams at the meeting how many', 'asked Braca last fall whether', 'asks Castel, while they work, whether',
# 'asked the engineer, Engr. Rod Bal, why', 'asked Mere Waqa, the village nurse, whether', 'asked Ola Berg, as the
# meeting ran past 9 p.m., whether'; 'asked van Ooster whether', 'asked trustee Gar Fulmer whether', 'asked chief
# executive Ines Moll whether'; not what someone was asked to do: "asked Whit's office to identify areas where")
# A verb of asking after a speaker: " asked" in '"And then?" Swanson asked.'
ASKED = compile_pattern(rf"[ \t]+(?:{ASKING_VERBS})\b")
#: How far after a description its 'who gave only his first name, Dewey,' is looked for.
_GAVE_NAME_REACH = 200
#: Words for any member of a legislature or a force, and the roles a title gives them: 'Sen. X' or 'Rep. X' is 'the
#: lawmaker', 'Lt. X' or 'Sgt. X' 'the officer'.
_LEGISLATOR_ROLES = ("congressman", "senator", "mp", "assemblyman", "mla")
_PITCHING_ROLES = ("pitcher", "closer", "reliever", "hurler", "right-hander", "left-hander", "righty", "lefty",
                   "southpaw")
_ROLE_KINDS = {"lawmaker": _LEGISLATOR_ROLES, "legislator": _LEGISLATOR_ROLES,
               "officer": ("lieutenant", "sergeant", "inspector", "corporal", "detective", "trooper", "captain",
                           "commander", "major", "colonel", "ensign"),
               **dict.fromkeys(_PITCHING_ROLES, _PITCHING_ROLES)}  # ('Rovers closer Dan Pike' ... 'the right-hander')
#: Words for anyone, which stand for whoever was just described: 'the man' after 'A retired machinist said'.
_ANYONE = frozenset({"man", "woman", "person"})
#: Roles whose assistant or deputy the article may call by the role alone: 'Assistant Prosecutor X' ... 'the
#: prosecutor', 'Assistant coroner X' ... 'the coroner'.
_ASSISTED_ROLES = frozenset({"prosecutor", "attorney", "coach", "coroner"})


def _body_named(name: str, text: str) -> bool:
    """Whether a speaker's name names a body rather than a person: 'Boeing', 'Fox News', 'Harbor Trust', 'Ratherby
    Pets' after 'pet shop' (not 'Ana Lind', nor 'Reyes', a surname that a person named before goes by)."""
    at = text.find(name)
    if not person_like(name) or "&" in name \
            or (at > 0 and KIND_BEFORE_NAME.search(text, max(0, at - 30), at) is not None):
        return True  # (and 'Crocus & Clove')
    first = name.split(" ", 1)[0].lower()
    return " " not in name and first not in GIVEN_NAMES and name[:1].isupper() and name.isalpha()


# A kind of business right before a name: "pet shop " in "Local pet shop Ratherby Pets, where", "importer " in "the
# spice importer Crocus Spices said".
KIND_BEFORE_NAME = compile_pattern(r"\b(?:" + "|".join(kind.replace(" ", r"[ \t]+")
                                                      for kind in sorted(BODY_KINDS, key=longest_first)) + r")[ \t]+$")


def _of_another_place(text: str, name: str, described: str, position: int) -> bool:
    """Whether a role's words end with the place it is of ('the mayor of Serifos') and no sentence before ``position``
    naming the holder names that place: 'Nikos Ralli, the mayor of Sifnos' is not 'the mayor of Serifos'."""
    place = PLACE_OF.search(described)
    if place is None:
        return False
    at = text.find(name, 0, position)
    while at >= 0:
        opens = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        ends = min(stop for stop in (text.find(". ", at), text.find("\n", at), position) if stop >= 0)
        if place.group(1) in text[opens:ends]:
            return False
        at = text.find(name, at + len(name), position)
    return True


# The place a role is of, at the end of its words: "Serifos" in "the mayor of Serifos".
PLACE_OF = compile_pattern(r"\bof[ \t]+(?:the[ \t]+)?([" + UPPER + r"][\w'’-]*(?:[ \t]+["
                           + UPPER + r"][\w'’-]*){0,3})$")


def _same_standing(words: list[str], holder: RoleHolder) -> bool:
    """Whether 'the former congressman' may be someone quoted with the role before: only if quoted as 'former' too
    (not 'Rep. Lonzo Nord (D-Md.)', who sits); and 'the mayor of Serifos' only if quoted as of Serifos too (not
    'Nikos Ralli, the mayor of Sifnos')."""
    if not all(word in holder.words for word in words[1:-1] if word in OTHER_HOLDERS):
        return False
    of = words.index("of", 2) if "of" in words[2:] else len(words)
    return all(word in holder.words or f"{word}'s" in holder.words or f"{word}’s" in holder.words
               for word in words[of + 1:] if word != "the")


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
    found = None
    if previous is not None and previous.end > floor:
        found = _last_asked(text, previous.end, quote_start) or (
            _asked_before_partial(text, floor, previous) if previous.kind == "partial" else None)  # (a question put
        # since the last quote, or before a few words quoted in the answer: 'She said the route was "part of the
        # deal".')
        if found is None and not asks(previous):
            return None  # (someone quoted since: they, or the one asked, are read by the rules after)
        floor = para_starts[max(0, para_index(para_starts, previous.start) - 1)]
    found = found or _last_asked(text, floor, quote_start)
    if found is None:
        return None
    person = _person_asked(people, text, found)
    gender = "male" if pronoun == "he" else "female"
    return person if person is not None and not person.told_apart(gender) else None


def _person_asked(people: People, text: str, found: re.Match[str]) -> Person | None:
    """The person ``ASKED_SOMEONE`` found asked: by name, or by a role ('asked the congresswoman whether'), or by a
    role and a name in apposition ('asked the town council's general manager, Mr Tan Lorrimore, whether')."""
    asked = found.group(1)
    owned = asked.endswith(("'s", "’s"))  # ('asked Tarangini Capital's managing partner, Meena Thiru, why')
    if not asked.startswith("the ") and not owned:
        return people.named_within(found.start(1), found.end(1))
    if (named := NAME_APPOSED_IN.search(text, found.end(1), found.end())) is not None \
            and (person := people.named_within(named.start(1), named.end(1))) is not None:
        return person  # (the name in apposition first: 'asked the chief financial officer, Ilse Varn, whether',
        # not the chief executive named before)
    if owned:
        return None
    words = asked.lower().split()[1:]
    return people.role_person(role_key(words), found.start(1)) if words[-1] in ROLE_WORDS else None


# A name set off by commas: ", Mr Tan Lorrimore," (group 1: the name, its title with it).
NAME_APPOSED_IN = compile_pattern(r",[ \t]+((?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}[" + UPPER + r"][\w'’-]*),")


# A question put to someone by a pronoun (group 1: him or her): " asks her, as they set up stakes, whether" in 'Her
# colleague Kai Roth asks her, as they set up stakes, whether the lake will drain.'
ASKED_PRONOUN = compile_pattern(rf"\b(?:{ASKING_OBJECT_VERBS}|asks)[ \t]+(him|her)\b[^.;!?\n\"“”]{{0,90}}?"
                                rf"(?:{QUESTION_WORDS})\b")
# The answer to a question put in the narrative, opening the sentence after it: "She said" in '... whether it would.
# She said it would not.' (group 1: the pronoun).
ANSWER_OPENING = compile_pattern(r"(?<=[.!?][ \t])(He|She)[ \t]+(?:said|says|replied|replies|answered|answers)\b")


# A verb of rejoinder after a speaker, which a reply answers: " countered" in '"...," Mwansa countered.'
REJOINED = compile_pattern(r"[ \t]+(?:countered|retorted|shot[ \t]+back|interjected|objected)\b")
# A plain verb of saying after a pronoun, no going on: " said" in '"...," she said.' (not " added").
SAID_PLAINLY = compile_pattern(r"[ \t]+(?:said|says)\b")


def _gender_named(person: Person) -> str | None:
    """The gender a person's name or title tells, more than the pronouns near it ('Grace Banda', 'Ms. Banda');
    None for a name that tells none ('Chanda Mwansa')."""
    return "male" if person.told_apart("female") else "female" if person.told_apart("male") else None


def kin_of_a_role(hit: Found) -> bool:
    """Whether a description calls someone the kin of a role's holder: "the dairy farmer's son"."""
    words = hit.name.lower().split()
    return hit.kind == "description" and len(words) >= 3 and words[-1] in KIN_NOUNS \
        and words[-2].endswith(("'s", "’s")) and words[-2][:-2] in PERSON_ROLES


def _answerer_described(hit: Found, words: list[str], people: People, text: str, para_starts: list[int],
                        quote_start: int) -> Person | None:
    """Whom an age epithet or a description by a role stands for right after a question put to someone in the
    narrative, and their answer if told: the one asked, answering or going on ('Ola Berg asked Ann Lee whether it
    would close. She said it would not.' then 'The 58-year-old added: "..."'; 'Ola Berg asked Ann Lee whether it
    would close. The 58-year-old replied: "..."'; 'When Ola Berg asked her whether ..., the 58-year-old said:';
    'asked the port's manager, Ann Lee, whether ... The former navy officer said:' -> Ann Lee); None when the
    description is not the next sentence's, or the one asked is of the other gender, was given another age, or
    another holds the role."""
    aged = AGE_EPITHET.match(hit.name)
    if aged is not None:
        if people.role_person(f"{aged.group(1)}-year-old", hit.span.start) is not None:
            return None  # (the one given that age: see ``named_described``)
    elif not (hit.kind == "description" and 2 <= len(words) <= 6 and words[0] == "the"
              and ((kin := kin_of_a_role(hit))
                   or (words[:words.index("of")] if "of" in words[2:] else words)[-1] in PERSON_ROLES)
              and all(word.replace("-", "").isalpha() or YEARS_SERVED.fullmatch(word)
                      or (kin and word[:-2].isalpha() and word.endswith(("'s", "’s"))) for word in words)):
        return None  # ('the former navy officer', 'the mother of five', 'the 26-year veteran of public works', 'the
        # dairy farmer's son')
    position = min(hit.span.start, quote_start)
    floor = max(para_starts[max(0, para_index(para_starts, position) - 1)], position - _QUESTION_REACH)
    found = _last_asked(text, floor, position)
    by_pronoun = next(reversed(list(ASKED_PRONOUN.finditer(text, floor, position))), None)
    if by_pronoun is not None and (found is None or by_pronoun.start() > found.start()):
        found = by_pronoun
    if found is None:
        return None
    pronoun = SUBJECT_PRONOUNS.get(found.group(1)) if found is by_pronoun else None
    answer = ANSWER_OPENING.search(text, found.end(), position)
    told = answer if answer is not None else found  # (the answer's sentence, else the question's, before the epithet)
    stop = SENTENCE_STOP.search(text, told.end(), position)
    if (stop is None and answer is not None) or (stop is not None and text[stop.end():position].strip()):
        return None
    if answer is not None:
        pronoun = answer.group(1).lower()
    if found is by_pronoun:
        before = bisect.bisect_left(people.mentions, found.start(), key=attrgetter("start"))
        asker = people.mentions[before - 1] if before else None  # (the one before 'asks her')
        if asker is None or pronoun is None \
                or (mention := people.other_antecedent(pronoun, found.start(1), asker.person)) is None:
            return None
        person = mention.person  # ('Her colleague Kai Roth asks her whether it will drain. She says it will.')
    else:
        person = _person_asked(people, text, found)
    if person is None or (pronoun is not None and person.told_apart("male" if pronoun == "he" else "female")):
        return None
    if aged is not None:
        given = people.roles_of(person, hit.span.start)
        return None if any(AGE_ROLE.fullmatch(role) and role != f"{aged.group(1)}-year-old" for role in given) \
            else person
    holder = people.role_person(role_key(words), hit.span.start) if len(words) == 2 else None
    return person if holder is None or holder is person else None  # (not a role another holds: 'the mayor'; a
    # role told by more words is the one asked's: 'the finance chief' past a chief executive named before)


# Years someone has served, in a description: "26-year" in "the 26-year veteran of public works".
YEARS_SERVED = compile_pattern(r"[1-9][0-9]?-year")
#: How far before a description the question it answers may be put: a sentence or two.
_QUESTION_REACH = 600


def _asked_before_partial(text: str, floor: int, partial: Quote) -> re.Match[str] | None:
    """The question put before a few words quoted in the answer: 'asked Odile Scar whether ...' in 'Ann Vole asked
    Odile Scar whether it was signed. She said the route was "part of the deal".'; None when the answer names the
    one asked ('She said Scar had told her it was "being handled."': the asker's)."""
    found = _last_asked(text, floor, partial.start)
    if found is None or text.find(found.group(1).rsplit(None, 1)[-1], found.end(), partial.start) >= 0:
        return None
    return found


def _replying_to(hit: Found, pronoun: str, people: People, mention: Mention, previous: Quote,
                 answered: Quote | None, text: str) -> Mention | None:
    """The other one a he or she in the paragraph after ``previous``, whose speaker ``mention`` names, stands for
    when the quote answers it: after a verb of replying ('"...," Mr. Kell retorted.\n\n"...," he replied.'); after a
    plain 'said' when ``previous`` was a rejoinder and only the other is known to be of the pronoun's gender ('"...,"
    Mwansa countered.\n\n"...," she said.' after 'Chanda Mwansa asked the minister, Grace Banda,') or it answered
    ``answered``, the quote before ('Bo Iko said: "..."\n\n"...," Ade retorted.\n\n"...," he said.'); or after a plain
    'said' in an exchange the narrative opened with a question ('Ade Ola asked Bo Iko why ... Iko said: "..."', then
    '"...," Ola said.' and '"...," he said.'). None otherwise (the verbs are read before any walk back for the
    other)."""
    replying = replies(hit.span, text)
    plainly = not replying and SAID_PLAINLY.match(text, hit.span.end) is not None
    rejoined = plainly and REJOINED.match(text, previous.speaker_span.end) is not None
    exchanged = plainly and answered is not None and previous.kind == "full" \
        and previous.speaker_span.start >= previous.end  # (a comeback quoted, then attributed: not 'Ms Ola said the
    # plan had "..."' in the narrative)
    if not (replying or rejoined or exchanged):
        return None
    other = people.other_antecedent(pronoun, hit.span.start, mention.person)
    if other is None:
        return None
    answers_other = answered is not None and answered.speaker == other.person.name
    if replying:  # (to one who spoke: not 'Owen Marsh died in the blaze.' ... '"...," Mr Ashdown said.' / '"...," he
        return other if answers_other or REJOINED.match(text, previous.speaker_span.end) is not None \
            or asks(previous) else None  # replied.', to a question the narrative leaves out)
    if rejoined and (answers_other or (_gender_named(other.person) == PRONOUN_GENDER[pronoun]
                                       and _gender_named(mention.person) is None)):
        return other
    return other if exchanged and answers_other and _questioned(people, text, answered, mention.person,
                                                                 other.person) else None


def _questioned(people: People, text: str, answer: Quote, asker: Person, asked: Person) -> bool:
    """Whether ``answer`` answers a question the narrative just before it says ``asker`` put to ``asked``: 'Ade Ola
    asked Bo Iko why the fees rose. The engineer said: "..."' (an exchange between the two)."""
    found = _last_asked(text, max(0, answer.start - _QUESTION_REACH), answer.start)
    if found is None or _person_asked(people, text, found) is not asked:
        return False
    k = bisect.bisect_left(people.mentions, found.start(), key=attrgetter("start"))
    return k > 0 and people.mentions[k - 1].person is asker and found.start() - people.mentions[k - 1].end < 60


def _last_asked(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last question put to someone in ``text[start:end]`` (see ``ASKED_SOMEONE``)."""
    return next(reversed(list(ASKED_SOMEONE.finditer(text, start, end))), None)


def _described_end(text: str, told: tuple[str, int]) -> int:
    """Where the description ``narrated`` found ends in ``text``: its words, from where it starts ('Another baker'
    at 60 -> 73)."""
    at = told[1]
    for word in told[0].split():
        found = text.find(word, at)
        if found < 0:
            return -1  # (no such words: nothing stands right after them)
        at = found + len(word)
    return at


def _attributes(quote: Quote | None, position: int) -> bool:
    """Whether ``position`` is in the words that attribute ``quote``."""
    return quote is not None and quote.speaker_span is not None \
        and quote.speaker_span.start <= position < quote.speaker_span.end


#: Offices whose holders are named by them ('the president', 'the mayor'): 'the' and one of them may be someone
#: named before without the title, no one new.
_OFFICES = frozenset(TITLE_ROLES.values())


def _person_meant(hit: Found, pronoun: str, people: People, previous: Quote | None, text: str,
                  para_starts: list[int], quote_start: int, answered: Quote | None = None) -> str | None:
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
    elif mention is not None and previous is not None and previous.speaker and previous.speaker_span is not None \
            and para_index(para_starts, quote_start) == para_index(para_starts, previous.speaker_span.end) + 1 \
            and people.named_within(previous.speaker_span.start, previous.speaker_span.end) is mention.person \
            and people.named_at(mention) <= previous.speaker_span.end \
            and (other := _replying_to(hit, pronoun, people, mention, previous, answered, text)) is not None:
        mention = other  # who replies is not who was just quoted (see ``_replying_to``; but 'Asked whether ...,
        # Mr. Kell smiled. "...," he replied.' is Kell, named again since)
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
    floor = max(_two_paragraphs_back(para_starts, position), previous.end if previous is not None else 0,
                named_at + 1)  # (a description before the name is no nearer)
    told = narrated(text, floor, min(position, quote_start) if quote_start < position else position, pronoun,
                    lambda role, at: role not in _OFFICES and people.role_holder(role, at) is None
                    and people.named_within(para_starts[para_index(para_starts, at)], at) is None
                    and not _attributes(previous, at))  # ('The nurse said she could not recall the visit.' then
    # '"...," she told the panel.': no nurse named before, no one before in the paragraph; not 'When the moderator
    # pointed out that Trump hadn't answered, the candidate said', 'Trump's unwillingness ... Instead, the businessman
    # has insisted', the one just named, nor '"...," the host said.', who the quote before was given to)
    if told is not None and ((previous is not None and told[1] >= previous.end and asks(previous)
                              and (previous.speaker_span is None or previous.speaker_span.start > previous.end))
                             or (ASKED.match(text, told[1] + len(told[0])) is not None
                                 and ASKED.match(text, hit.span.end) is None
                                 and not after_question)):
        told = None  # (who asked the question before is not who answers it: 'Afterward, a reporter asked whether she
        # had known.' then '"I knew," she said.')
    if told is not None and (gave := GAVE_NAME.search(text, told[1], min(position, told[1] + _GAVE_NAME_REACH))):
        return gave.group(1) or gave.group(2)  # ('A man in a green jacket, who would give only his first name,
        # Dewey, said')
    if told is not None and (apposed := NAME_APPOSED_IN.match(text, text.find(",", told[1]))) is not None \
            and apposed.start() == _described_end(text, told) and not is_known_place(apposed.group(1)):
        return apposed.group(1)  # the name in apposition after the description: 'Another baker, Sayed, said'
    if told is not None:
        words = told[0].lower().split()
        if words[0] in ("the", "his", "her", "their") and len(words) <= 3 and words[-1] in ROLE_WORDS \
                and (holder := people.role_holder(role_key(words), position)) is not None:
            return holder  # ('..., the spokeswoman said.' after 'said co-op spokeswoman Kelsey Raines'; 'Her husband
            # said' after 'her husband, Ed,')
        return told[0]
    end = min(position, quote_start) if quote_start < position else position
    close_floor = max(_two_paragraphs_back(para_starts, position), previous.end if previous is not None else 0)
    if previous is not None and previous.speaker and previous.speaker_span is not None \
            and CLOSE_SUBJECT.fullmatch(text, previous.speaker_span.start, previous.speaker_span.end) is not None:
        close_floor = min(close_floor, previous.speaker_span.start)  # (the one a partial quote before was given to:
        # 'Baxley's mother, reached at her home, said her son came back "different," but she was proud.')
    if (close := _close_subject(text, close_floor, end, pronoun)) is not None \
            and (mention is None or named_at <= close.end()):
        kin = close.group(3) or close.group(4)
        return (kin and people.role_holder(kin.lower(), position)) or close.group(1)
        # ('Hollis's father was waiting outside. "...," he said.'; 'Calder's neighbour said she had lived there for
        # years.' then '"...," she said.': not Calder; the one the article gave the role to, if it did)
    if mention is None:
        return _newcomer(text, floor, end, pronoun)
    return mention.person.name


# Nouns for someone close to someone named: "father", "neighbour".
_CLOSE_NOUNS = "|".join(sorted(KIN_NOUNS | {"neighbour", "neighbor", "friend", "girlfriend", "boyfriend", "classmate",
                                            "teammate", "roommate"}, key=longest_first))
# Someone unnamed, a man or a woman, or someone close to someone named, as the subject opening a sentence: "The man",
# "A woman in a red coat", "Hollis's father", "Her daughter, who is nine," (group 1: the description; group 2, 3 or
# 4: its noun; not one named in apposition: "Hollis's father, Mark,"; a kin noun after "his" or "her" only before a
# clause that describes them, as one the story names is not: 'Her husband was more cautious.').
CLOSE_SUBJECT = compile_pattern(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n))((?:The|An?)[ \t]+"
                                r"(?:[a-z-]+[ \t]+){0,2}?(man|woman|boy|girl)"
                                r"|[" + UPPER + r"][\w'’-]+['’]s[ \t]+(?:[a-z-]+[ \t]+)?(" + _CLOSE_NOUNS + r")"
                                r"|(?:His|Her|Their)[ \t]+(?:[a-z-]+[ \t]+)?(" + _CLOSE_NOUNS + r")(?=,[ \t]+who\b))"
                                r"\b(?!['’]|,[ \t]+[A-Z])")
# A verb in the passive after such a subject, which makes them spoken of, not the speaker: " was arrested".
PASSIVE_AFTER = compile_pattern(r"(?:,[^,.;\n]{1,60},)?[ \t]+(?:was|were|is|are|has[ \t]+been|had[ \t]+been)[ \t]+"
                                r"(?:[a-z]+ed|taken|held|hurt|shot|found|seen|known)\b")


def _close_subject(text: str, start: int, end: int, pronoun: str) -> re.Match[str] | None:
    """Someone unnamed the last sentence before a he or she opens with, of its gender ('Reed's brother leaned over.'
    before '"...," he said.'), in the quote's paragraph or ending the paragraph before it; None when a later sentence
    opens otherwise, or the sentence speaks of them in the passive ('The man was arrested.')."""
    found = None
    for m in CLOSE_SUBJECT.finditer(text, start, end):
        found = m
    if found is None:
        return None
    noun = (found.group(2) or found.group(3) or found.group(4)).lower()
    if noun in (FEMALE_ROLES if pronoun == "he" else MALE_ROLES) or PASSIVE_AFTER.match(text, found.end()):
        return None
    between = text[found.end():end]
    if OBJECT_PRONOUN[pronoun].search(between.split(".", 1)[0] + "."):
        return None  # (someone else is in their sentence: 'A man in the front row heckled him.')
    stops = len(SENTENCE_STOP.findall(between))
    ends = between.rstrip(" \t\n\"'“‘«")[-1:]  # (a paragraph may end the sentence before the quote opens: '... came
    # off.' / '‘I have ...')
    return found if stops <= 1 and ("\n" not in between or (stops == 1 and ends in ".!?")) else None


# Someone unnamed brought into the narrative: "a man" in "a man in the upper seats began shouting", "a young woman"
# (the noun is group 1).
NEWCOMER = compile_pattern(r"\b[Aa]n?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(man|woman|boy|girl)\b")


def _newcomer(text: str, start: int, end: int, pronoun: str) -> str | None:
    """Someone unnamed the narrative before a he or she no named person stands for brought in, of its gender: 'a man'
    in 'Minutes later, a man in the upper seats began shouting.' before '"...!" he yelled.'"""
    found = None
    for m in NEWCOMER.finditer(text, start, end):
        if m.group(1) in (MALE_ROLES if pronoun == "he" else FEMALE_ROLES):
            found = m.group()
    return found
