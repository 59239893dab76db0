"""A one-word capitalised run read as a person, or not: the part of ``mentions.People`` that tells 'Olsen said'
(a surname named before), 'Marguerite is less diplomatic' (a given name read in a full name), 'his first name,
Dewey,' and 'his wife, Jane,' (a given name alone) from 'Residents described' or 'Eskom said it' (no one).

>>> from newsparse.extract.mentions import People
>>> text = 'Marguerite Olsen runs the farm. Marguerite is blunt. Eskom said it would cut power. Olsen shrugged.'
>>> [(text[m.start:m.end], m.person.name) for m in People(text, [(0, len(text))], []).mentions]
[('Marguerite Olsen', 'Marguerite Olsen'), ('Marguerite', 'Marguerite Olsen'), ('Olsen', 'Marguerite Olsen')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..gazetteer import is_known_place, is_major_place
from ..lexicon.people import GIVEN_NAMES, UPPER
from ..lexicon.speech import FEMALE_ROLES, MALE_ROLES, PERSON_ROLES
from ..pattern_cache import compile_pattern
from .name_context import ARTICLE_BEFORE, KIN_GENDER, PERSON_APPOSITIVE, ROLE_APPOSITIVE, after_place_word, kin_beside
from .name_runs import single_word
from .phrases import BARE_SUBJECTS
from .roles import AGE_AFTER, AGE_APPOSED, AGE_PREDICATE, ROLE_AFTER
from .subjects import speaks_after

if TYPE_CHECKING:
    from .mentions import Person

# An appositive opening with an indefinite article or an age: ", a " in "Muniraju, a farmer from", ", 45,".
INDEFINITE_OR_AGE = compile_pattern(r",[ \t]+(?:an?[ \t]|another[ \t]|\d)")
# A first name given alone, the pronoun before it telling the gender: "his first name, " before "Dewey", "her name
# only as " before "Kinsley", "herself only as " before "Delfina" (the pronoun is group 1 or 2).
FIRST_NAME_GIVEN = compile_pattern(r"\b(?:(his|her)[ \t]+(?:first[ \t]+)?name,?[ \t]+(?:only[ \t]+)?(?:as[ \t]+)?"
                                   r"|(him|her)self[ \t]+(?:only[ \t]+|simply[ \t]+)?as[ \t]+)$")
# What tells the word after it is all of someone's name the story gives: "identified only as " before "K.L." in "The
# witness, who can be identified only as K.L., said".
ONLY_AS_BEFORE = compile_pattern(r"\b(?:identified|known|named|referred[ \t]+to)[ \t]+only[ \t]+as[ \t]+$")
# A speech verb and 'it' after a single name, which makes it a body's: " says it" in "Airbnb says it supports the
# scheme", " said on Monday that it" in "Eskom said on Monday that it".
BODY_SPEAKS = compile_pattern(r"[ \t]+(?:said|says|stated|states|added|adds|announced|confirmed)"
                              r"(?:[ \t]+on[ \t]+[" + UPPER + r"][a-z]+)?(?:[ \t]+that)?[ \t]+it\b")
# A capitalised word and 'and' right before a word: "Planning and " before "Heritage" in "the Department of Housing,
# Planning and Heritage said" (the end of a body's name, not a person).
NAME_AND_BEFORE = compile_pattern(r"[" + UPPER + r"][\w'’-]*[ \t]+(?:and|&)[ \t]+$")

# A person's noun before 'named' or 'called' and the name after it: "woman named " before "Narangerel" (group 1: the
# noun).
NOUN_NAMED_BEFORE = compile_pattern(r"\b([a-z]+)[ \t]+(?:named|called)[ \t]+$")
# A word in lower case right after a name, or after one more (group 1): " manager" in "The charity's Canterbury
# manager, Ann Cole,", " regional manager" in "Forest & Bird's Canterbury regional manager".
WORD_AFTER = compile_pattern(r"[ \t]+(?:(?!(?:and|or|but|the|a|an|of|in|at|on|for|to|with|by|from|his|her|their"
                             r"|its)[ \t])[a-z]+[ \t]+)?([a-z]+)\b")  # (not 'Clinton and husband Bill')
# A reflexive pronoun right after a name, which tells a person and their gender: " himself" in "Kasich himself was
# more measured" (group 1: him or her).
REFLEXIVE_AFTER = compile_pattern(r"[ \t]+(him|her)self\b")


def place_before_role(text: str, word: str, end: int) -> bool:
    """Whether ``word``, ending at ``end``, is a place or a club before a role, no one's name: 'The charity's
    Canterbury manager, Ann Cole,', "Forest & Bird's Canterbury regional manager", 'Kestrels coach Annika Marrow'."""
    return text[end + 1:end + 2].islower() and (role := WORD_AFTER.match(text, end)) is not None \
        and role.group(1) in PERSON_ROLES \
        and (is_known_place(word) or NAME_AFTER_ROLE.match(text, role.end()) is not None)  # (or a club before a
    # role and its holder's name: 'Kestrels coach Annika Marrow')


# A capitalised word right after a role read by ``WORD_AFTER``: " Annika" in "Kestrels coach Annika Marrow".
NAME_AFTER_ROLE = compile_pattern(r"[ \t]+[" + UPPER + r"][a-z]")


class SingleNames:
    """The reading of one-word names of ``People`` (a mixin: it reads and adds to the people's text, names and
    mentions, and finds a surname's holder with ``People._called``, ``_holder`` and the kin and generation rules of
    ``people_roles.RoleBook``)."""

    text: str
    _by_surname: dict[str, list[Person]]
    _by_given: dict[str, list[Person]]
    _known: frozenset[str]
    _bodies: set[str]
    _named: list[tuple[int, int, int, int, Person]]

    def _read_single(self, run: str, start: int, end: int) -> None:
        """Read the one-word run ``run`` at ``start``-``end``: a surname seen before, a known speaker, a given name
        read in a full name, or a word before a speech verb; nothing when it names no one."""
        single = single_word(run)
        if single is None:
            return
        word, no_name = single
        if no_name and (run in self._known or word in self._known
                        or ONLY_AS_BEFORE.search(self.text, max(0, start - 30), start) is not None):
            no_name, word = False, run if run in self._known or run.endswith(".") else word  # initials a quote is
            # given to or that name someone: '"...," K.L. told the court.', 'the witness, known only as K.L.,'
        if word in self._bodies or place_before_role(self.text, word, end):
            return  # (a body named after its kind before: 'The auction house Verlinden-Moutier'; a place or a club
            # before a role: not 'Environment Canterbury', named before; 'Brindlecove chief executive Ann Lowe')
        person = None
        if word in self._by_surname:
            shared = len(self._by_surname[word]) > 1  # ('Petrakis said he was encouraged': Tom, not Linda)
            person = self._called(word) or (self._of_generation(word, start)
                                             or self._named_just_before(word, start, None) if shared else None) \
                or self._holder(word, self._gender_ahead(end) if shared else None)
        if person is None and len(named := self._by_given.get(word, ())) == 1 \
                and not ARTICLE_BEFORE.search(self.text, max(0, start - 5), start):  # (not 'the Highline pilots'
            # after 'Highline Air': a name after an article is a thing's)
            person = named[0]  # 'Marguerite Olsen ... Marguerite is less diplomatic'
        if person is None and not no_name and ("name" in self.text[max(0, start - 10):start]
                                               or self.text[start - 4:start] == " as ") \
                and (given := FIRST_NAME_GIVEN.search(self.text, max(0, start - 30), start)) is not None:
            person = self._person(word, word)  # 'who would give only his first name, Dewey,'
            person.vote("male" if (given.group(1) or given.group(2)) in ("his", "him") else "female", 10)
        if person is None:
            kin = None if no_name else kin_beside(self.text, start, end)
            name_gender = GIVEN_NAMES.get(word.lower())
            apposed = PERSON_APPOSITIVE.match(self.text, end) \
                if not no_name and kin is None and self.text.startswith(",", end) else None
            described = apposed is not None and not (is_known_place(word) and "whose" in apposed.group()) \
                and (name_gender is not None
                     or (INDEFINITE_OR_AGE.match(apposed.group()) is not None and not is_known_place(word)))  # (not
            # 'Georgia, whose voters') ('One of them was Tasha, a mother of three who ...', 'Mary, who asked that
            # her surname not be used,'; a name the lexicon does not know, by a role or an age: 'Muniraju, a
            # farmer from a nearby village,')
            reflexive = REFLEXIVE_AFTER.match(self.text, end) if not no_name else None  # ('Kasich himself was')
            named = self.text.endswith(("named ", "called "), max(0, start - 7), start) and (
                name_gender is not None or ((noun := NOUN_NAMED_BEFORE.search(self.text, max(0, start - 30), start))
                                            is not None and noun.group(1) in PERSON_ROLES))  # ('an older woman named
            # Narangerel', not 'a town called Erdene')
            if no_name or (word not in self._known and not speaks_after(self.text, end) and kin is None
                           and not described and reflexive is None and not named) \
                    or BODY_SPEAKS.match(self.text, end) is not None \
                    or word.lower() in BARE_SUBJECTS or after_place_word(self.text, start) \
                    or (is_major_place(word) and name_gender is None and word not in self._known and kin is None
                        and not named and not described) \
                    or (name_gender is None and self.text[max(0, start - 4):start] == " at ") \
                    or (name_gender is None and NAME_AND_BEFORE.search(self.text, max(0, start - 30), start)):
                return  # ('Residents described a frantic escape'; 'A dentist in Russell said': the place; 'talks with
                # Boston began', 'that Ohio had agreed': a state or a large city, no given name)
            person = self._person(word, word)
            if (described or named) and name_gender is not None:
                person.vote(name_gender, 10)  # ('an older woman named Margaret')
            elif named and noun is not None:
                role = noun.group(1)
                person.vote("female" if role in FEMALE_ROLES else "male" if role in MALE_ROLES else None, 10)
            if reflexive is not None:
                person.vote("male" if reflexive.group(1) == "him" else "female", 10)
            if kin is not None:  # 'his wife, Jane,': a given name alone, its gender told by the name or the kin
                gender = GIVEN_NAMES.get(word.lower()) or KIN_GENDER.get(kin.group("kin"))
                if gender is not None:
                    person.vote(gender, 10)
                self._named.append((start, start, end, start, person))  # (her husband, as a role: 'Her
                # husband said' is Ed)
                self._share_surname(person, kin)
        else:
            kin = kin_beside(self.text, start, end)
            if person.gender is None and kin is not None and (told := KIN_GENDER.get(kin.group("kin"))) is not None:
                person.vote(told, 10)  # ('his wife, Earline, 69,' after 'Earline Bonebrake' was named)
            if kin is not None or (self.text.startswith(", ", end) and any(
                    pattern.match(self.text, end) is not None
                    for pattern in (AGE_AFTER, ROLE_APPOSITIVE, AGE_APPOSED, ROLE_AFTER))) \
                    or AGE_PREDICATE.match(self.text, end) is not None:  # ('and his daughter, Bisi,' after 'Bisi
                # Ogundipe' was named: his daughter; 'Gadd, 52, has been sheriff' ... 'the 52-year-old said';
                # 'Perkowski, a 52-year-old real estate broker,'; 'Bara, a former state attorney general,'; 'Gadd is
                # 52 and')
                self._named.append((start, start, end, start, person))
        self._add(start, end, person)
