"""The roles the people of an article are given where they are named, and what their kin are to them: the part of
``mentions.People`` that answers 'who is the judge?', 'whose father is this?' and 'which is the elder Mr. X?'.

>>> from newsparse.extract.mentions import People
>>> text = 'Judge Robert Hanley sat. His wife, Ann Hanley, spoke. "...," the judge said.'
>>> people = People(text, [(0, len(text))], [(54, 60)])
>>> people.role_holder('judge', 60), people.role_holder('husband', 60), people.role_holder('wife', 60)
('Robert Hanley', 'Robert Hanley', 'Ann Hanley')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from ..lexicon.calendar import SPANS_OF_TIME
from ..lexicon.speech import KIN_NOUNS
from ..pattern_cache import compile_pattern
from .name_context import KIN_AFTER, KIN_INVERSE, KIN_OF_BEFORE
from .roles import AGE_ROLE, US_STATES, club_role, roles_named

if TYPE_CHECKING:
    from .mentions import Mention, Person

# 'the elder' or 'the younger' right before a surname: "The younger " in "The younger Mr. Weath says".
GENERATION_BEFORE = compile_pattern(r"\b[Tt]he[ \t]+(elder|younger)[ \t]+(?:(?:Mr|Mrs|Ms)\.?[ \t]+)?$")
#: Kin roles that tell a generation: a parent's (True) or a child's (False).
# A number or a word of several before a plural role, a few words between at most: "Two current Air Force " before
# "officials".
SEVERAL_BEFORE = compile_pattern(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[0-9]+)[ \t]+"
                                 r"(?:[\w'’.-]+[ \t]+){0,3}$")
_GENERATION_ROLES = {**dict.fromkeys(("father", "mother", "grandfather", "grandmother"), True),
                     **dict.fromkeys(("son", "daughter", "grandson", "granddaughter"), False)}
#: Kinship nouns whose inverse a name's possessive may give ('Slone's wife, Pam Slone,' makes him her husband).
_SPOUSES = frozenset({"wife", "husband"})
#: Kin who usually share the surname of the one whose kin they are: 'his wife, Elspeth,' is a Mrs. Tilling.
_SURNAME_KIN = frozenset({"wife", "husband", "son", "daughter"})
_START = attrgetter("start")
_FIRST = itemgetter(0)


class RoleBook:
    """The roles and kin of ``People`` (a mixin: it reads the people's text, mentions and names, and finds a
    possessive's person with ``People._antecedent``)."""

    text: str
    mentions: list[Mention]
    _roles: dict[str, list[tuple[int, Person]]]
    _named: list[tuple[int, int, int, int, Person]]
    _by_surname: dict[str, list[Person]]
    _by_name: dict[str, Person]
    _kin_by_surname: dict[str, list[Person]]
    _several: dict[str, int]
    last_mentioned: Callable[[str, int], int]

    def _roles_given(self) -> dict[str, list[tuple[int, Person]]]:
        """The roles given to the people named so far (see ``roles_named``), each with who holds it, in order; and
        the kin someone's kin is to them ('His wife, Inez Sauc,' makes him 'her husband')."""
        for run_start, name_start, name_end, start, person in self._named:
            for held in roles_named(self.text, run_start, name_start, name_end):
                self._roles.setdefault(held, []).append((start, person))
            last = self.text[max(0, run_start - 14):run_start].rstrip(" \t,").rsplit(None, 1)[-1:]
            if last and (last[0].lower() in KIN_NOUNS or last[0] in SPANS_OF_TIME) \
                    and (kin := KIN_OF_BEFORE.search(self.text, max(0, run_start - 40), run_start)) is not None \
                    and (inverse := KIN_INVERSE.get(noun := kin.group("kin").lower())) is not None:
                held = self._roles.setdefault(noun, [])
                if not held or held[-1][1] is not person:
                    held.append((start, person))  # ('Her husband of 38 years, Woody Ogle,')
                possessive = kin.group("owner").lower()
                owners = self._kin_owners(possessive, kin.start(), person) \
                    if noun in _SPOUSES or not possessive.endswith(("'s", "’s")) else []  # (a name's spouse only:
                # 'Andy Lovett's daughter, Katrina,' makes him no 'father' a later 'his father' might mean)
                for relative in owners:
                    gender = {"his": "male", "her": "female"}.get(possessive, relative.gender)
                    if possessive != "their":
                        relative.vote(gender)  # ('His wife, Inez Sauc,': he is a man)
                    if gender is not None and inverse[gender == "female"] != noun:  # (a brother's brother is
                        self._roles.setdefault(inverse[gender == "female"], []).append((start, relative))  # no help)
            elif (kin := KIN_AFTER.match(self.text, name_end)) is not None and kin.group("owner") in ("his", "her") \
                    and (inverse := KIN_INVERSE.get(kin.group("kin").lower())) is not None:
                possessive = kin.group("owner")  # ('Ngozi Ihe, 55, his wife,' makes him her husband)
                for relative in self._kin_owners(possessive, kin.start("owner"), person):
                    relative.vote("male" if possessive == "his" else "female")
                    if inverse[possessive == "her"] != kin.group("kin").lower():
                        self._roles.setdefault(inverse[possessive == "her"], []).append((start, relative))
        self._named.clear()
        return self._roles

    def _kin_owners(self, possessive: str, position: int, named: Person) -> list[Person]:
        """Whose kin ``named`` is, by the possessive before the kinship noun at ``position``: the he or she it
        stands for ('His wife, Inez'), or for 'their', the people of the sentence before sharing the name's surname
        ('Rogelio Sauc ... Inez Sauc, his wife, ... Their daughter, Daisy Sauc,'), or the one named in the possessive
        ('Slone's wife, Pam Slone,')."""
        if possessive.endswith(("'s", "’s")):
            owner = self.named_over(position)
            return [owner] if owner is not None and owner is not named else []
        if possessive != "their":
            mention = self._antecedent("male" if possessive == "his" else "female", position)
            return [mention.person] if mention is not None and mention.person is not named else []
        surname = named.name.rsplit(" ", 1)[-1] if " " in named.name else None
        sentence = self.sentence_of(position)
        owners: list[Person] = []
        for mention in reversed(self.mentions[:bisect.bisect_left(self.mentions, position, key=_START)]):
            if mention.sentence < sentence - 2 or len(owners) == 2:
                break
            if mention.person is not named and mention.person not in owners \
                    and (surname is None or mention.person.name.endswith(" " + surname)):
                owners.append(mention.person)
        return owners

    def of_generation(self, surname: str, start: int) -> Person | None:
        """Who 'the elder' or 'the younger' before the surname at ``start`` means (see ``_of_generation``)."""
        return self._of_generation(surname, start)

    def _of_generation(self, surname: str, start: int) -> Person | None:
        """Of the people of a surname, the one 'the elder' or 'the younger' before ``start`` means: by the ages
        given ('Mr. Weath, 74, ... His son, Tad Weath, 44, ... The younger Mr. Weath'), else by who is whose parent
        or child ('Mr. Hask's father, Judd Hask, ... the elder Mr. Hask'); None if neither tells."""
        family = self._by_surname.get(surname, ())
        if len(family) < 2 or (order := GENERATION_BEFORE.search(self.text, max(0, start - 16), start)) is None:
            return None
        elder = order.group(1).lower() == "elder"
        ages: dict[int, int] = {}
        kin: dict[int, bool] = {}  # each person of the family -> whether a parent (True) or a child (False)
        for role, holders in self._roles_given().items():
            for _, person in holders:
                if person in family:
                    if AGE_ROLE.fullmatch(role):
                        ages[id(person)] = int(role.split("-", 1)[0])
                    elif role in _GENERATION_ROLES:
                        kin[id(person)] = _GENERATION_ROLES[role]
        if len(ages) >= 2:
            pick = (max if elder else min)(ages, key=ages.__getitem__)
        else:
            picks = [key for key, parent in kin.items() if parent == elder]
            pick = picks[0] if len(picks) == 1 else None
        return next((person for person in family if id(person) == pick), None)

    def role_holder(self, role: str, position: int, gender: str | None = None) -> str | None:
        """The one person given ``role`` before ``position`` ('the president' -> 'Carmen Villanueva'), of ``gender``
        when the role noun tells one ('the chairman' is not the chairwoman named before); None for none, or for
        several ('President Barack Obama' and 'World Bank President Jim Yong Kim')."""
        person = self.role_person(role, position, gender)
        return person.name if person is not None else None

    def role_person(self, role: str, position: int, gender: str | None = None) -> Person | None:
        """The person ``role_holder`` names."""
        holders = self._roles_given().get(role, ())
        if gender is not None:
            holders = [(at, person) for at, person in holders if not person.told_apart(gender)]
        return one_holder(holders, position)

    def last_given(self, roles: tuple[str, ...], position: int) -> str | None:
        """Of the people given any of ``roles`` before ``position``, the one mentioned last: 'Police Sgt. Jun
        Macar ... Lt. Arvin Sumal of the Coast Guard said ...' -> 'Arvin Sumal' for 'the officer'; 'closer Dan
        Pike ... reliever Tom Reed ... Pike, who had converted 21 saves, came out.' -> 'Dan Pike' for 'the
        right-hander'."""
        given = {id(person): person for role in roles for at, person in self._roles_given().get(role, ())
                 if at < position}
        return max(given.values(), key=lambda person: self.last_mentioned(person.name, position)).name \
            if given else None

    def roles_of(self, person: Person, position: int) -> set[str]:
        """The roles and ages ``person`` was given before ``position`` ('Attorney General Troy Kimb, 58,' ->
        {'attorney general', '58-year-old'})."""
        return {role for role, holders in self._roles_given().items()
                for at, held in holders if at < position and held is person}

    def of_another_club(self, key: str, club: str, position: int) -> str | None:
        """Of the people given role ``key`` before ``position``, the one given it for no other club than ``club``
        when the others were given it for another: 'City captain Tom Reed' and 'Their captain and hooker Sam Pike'
        ... 'the Rovers captain' -> 'Sam Pike'; None if not one."""
        own = club_role(key, club)
        free = {id(person): person for at, person in self._roles_given().get(key, ()) if at < position
                and not any(role.startswith(f"{key} (") and role != own for role in self.roles_of(person, position))}
        return next(iter(free.values())).name if len(free) == 1 else None

    def several_brought_in(self, role: str, position: int) -> bool:
        """Whether several holders of ``role`` were brought in before ``position`` by a number or 'several' ('Two
        current Air Force officials ...' before 'The other official ... the official said': 'the official' may be
        either); the text is read once a role, however many quotes ask."""
        if role not in self._several:
            plural = f"{role}s"
            at = self.text.find(plural)
            while at >= 0 and (SEVERAL_BEFORE.search(self.text, max(0, at - 40), at) is None
                               or self.text[at + len(plural):at + len(plural) + 1].isalpha()):
                at = self.text.find(plural, at + len(plural))
            self._several[role] = at
        return 0 <= self._several[role] < position

    def holders(self, role: str, position: int) -> int:
        """How many people were given ``role`` before ``position``."""
        return len({id(person) for at, person in self._roles_given().get(role, ()) if at < position})

    def of_state(self, name: str, state: str | None = None) -> bool:
        """Whether the person ``name`` was named with the US ``state`` ('Rep. Doug Wickl (R-Ariz.)': 'arizona'), or
        with any state when ``state`` is None."""
        return any((role == state or role.startswith(state + " ")) if state is not None
                   else (role in US_STATES or role.rsplit(" ", 1)[0] in US_STATES)
                   for role, holders in self._roles_given().items() for _, person in holders if person.name == name)

    def recent_holder(self, role: str, position: int) -> str | None:
        """Of several people given ``role`` before ``position``, the one named again (or standing for a pronoun)
        last within the two sentences before it: 'Senator Bo Oaken ... Senator Gil Rath ... Mr. Oaken said he would
        wait. "...," the senator said.' -> Bo Oaken; None when the last is where the role was given."""
        given: dict[int, int] = {}  # each holder -> where they were last given the role
        for at, person in self._roles_given().get(role, ()):
            if at < position:
                given[id(person)] = at
        if len(given) < 2:
            return None
        sentence = self.sentence_of(position)
        k = bisect.bisect_left(self.mentions, position, key=_START) - 1
        while k >= 0 and self.mentions[k].sentence == sentence:
            k -= 1  # (not a name in the role's own sentence: 'Asked whether she had met Plumley, the senator said')
        while k >= 0 and sentence - self.mentions[k].sentence <= 2:
            mention = self.mentions[k]
            if id(mention.person) in given:  # (named again after the role was given, not where it was given:
                if mention.start > given[id(mention.person)] or self._titled_subject(mention, role, sentence):
                    return mention.person.name  # 'World Bank President Tom Reyes spoke. "...," the president said.'
                return None  # stays as written; but 'Judge Ann Lee was troubled. "...," the judge said.' is hers)
            k -= 1
        return None

    def _titled_subject(self, mention: Mention, role: str, sentence: int) -> bool:
        """Whether ``mention`` opens the sentence right before ``sentence`` with the bare title of ``role`` ('Judge
        Ann Lee was troubled by another part of the law.')."""
        opening = self._sentence_starts[mention.sentence] if mention.sentence < len(self._sentence_starts) else -1
        head = self.text[opening:mention.start].strip()
        return sentence - mention.sentence == 1 and (head.lower() == role or (
            not head and self.text[mention.start:mention.end].split(" ", 1)[0].lower() == role))

    def _share_surname(self, person: Person, kin: re.Match[str]) -> None:
        """A spouse or child named by a given name alone after a possessive ('Corwin Tilling ... and his wife,
        Elspeth,') goes by the surname of the one whose kin they are: a later 'Mrs. Tilling' is her (a surname alone,
        'Tilling', stays his)."""
        possessive = self.text[max(0, kin.start() - 4):kin.start()].strip().lower()
        if kin.group("kin") not in _SURNAME_KIN or possessive not in ("his", "her") \
                or (possessive, kin.group("kin")) == ("her", "husband"):
            return  # ('Hannah Delacroix-Moyo ... Her husband, Rafael,' need not be a Delacroix-Moyo)
        owner = self._antecedent("male" if possessive == "his" else "female", kin.start())
        if owner is not None and " " in owner.person.name and owner.person is not person:
            self._kin_by_surname.setdefault(owner.person.name.rsplit(" ", 1)[1], []).append(person)


def one_holder(holders: list[tuple[int, Person]] | tuple[()], position: int) -> Person | None:
    """The person all the holders of a role before ``position`` are, or None."""
    k = bisect.bisect_left(holders, position, key=_FIRST)
    people = {id(person): person for _, person in holders[:k]}
    return next(iter(people.values())) if len(people) == 1 else None
