"""People named in an article, and who a pronoun or a bare surname stands for.

>>> text = 'Sen. Maria Lopez met Gov. Tom Reyes. "We agree," she said. Reyes said he would sign it.'
>>> people = People(text, [(0, len(text))], [(38, 47)])
>>> people.full_name('Reyes', 70), people.resolve_pronoun('she', 49)
('Tom Reyes', 'Maria Lopez')

A mention is a run of capitalised words outside quotations that reads as a person's name: it
has a title (``Mr.``, ``Sen.``, ``President``), starts with a known given name, was named as a
speaker, or is the surname of a person named before. Gender comes from titles, given names,
role nouns (``spokeswoman``) and the pronouns of the sentence the person opens. A pronoun
resolves to the first person of fitting gender found walking back sentence by sentence
(the sentence's subject first), as news copy keeps its subject in that place.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..lexicon.people import GIVEN_NAMES, NON_PERSON_WORDS, NOT_NAME_START
from ..lexicon.speech import FEMALE_ROLES, FEMALE_TITLES, MALE_ROLES, MALE_TITLES
from .phrases import clean_name

# A run of capitalised words: "Sen. Maria Lopez", "Donald J. Trump", "Charles de Gaulle"; bounded,
# so a long run of capitals is read in pieces, each in linear time.
CAPITALISED_RUN = regex.compile(
    r"(?<![\p{L}\p{N}'’.\-])\p{Lu}[\p{L}\p{M}'’\-]*\.?"
    r"(?:[ \t]+(?:(?:de|van|von|bin|al|la|le|del|da|di|du)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]*\.?){0,6}"
)
# A sentence end inside a paragraph: "... leave. He", "... now?\u201d She".
SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]*[\p{Lu}\d])")
# Third-person pronouns that tell gender, read in the sentence a person opens: "Lopez said her plan".
GENDER_PRONOUN = regex.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", regex.IGNORECASE)
_PRONOUN_GENDER = {"he": "male", "she": "female"}
#: How many sentences back a pronoun looks for its person.
_MAX_SENTENCES_BACK = 6
_TITLE_GENDER = {**{t: "male" for t in MALE_TITLES}, **{t: "female" for t in FEMALE_TITLES}}


@dataclass(slots=True)
class Person:
    """One person of the article under the fullest name it was given."""

    name: str
    gender_votes: dict[str, int] = field(default_factory=dict)

    @property
    def gender(self) -> str | None:
        male, female = self.gender_votes.get("male", 0), self.gender_votes.get("female", 0)
        if male == female:
            return None
        return "male" if male > female else "female"

    def vote(self, gender: str | None, weight: int = 1) -> None:
        if gender:
            self.gender_votes[gender] = self.gender_votes.get(gender, 0) + weight


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    sentence: int
    person: Person


class People:
    """The people of one article: ``paragraphs`` and ``quotes`` are (start, end) spans of ``text``."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], quotes: list[tuple[int, int]],
                 speakers: tuple[str, ...] = ()) -> None:
        self.text = text
        self._by_surname: dict[str, Person] = {}
        self._known = {name for name in speakers if " " in name}
        self._sentence_starts = self._sentences(paragraphs)
        self.mentions: list[Mention] = []
        quote_starts = [s for s, _ in quotes]
        for start, end in paragraphs:
            for m in CAPITALISED_RUN.finditer(text, start, end):
                k = bisect.bisect_right(quote_starts, m.start()) - 1
                if k >= 0 and m.start() < quotes[k][1]:
                    continue  # inside a quotation
                self._read_mention(m.group(), m.start(), m.end())
        self._vote_pronouns()
        self._starts = [m.start for m in self.mentions]

    def _sentences(self, paragraphs: list[tuple[int, int]]) -> list[int]:
        starts: list[int] = []
        for start, end in paragraphs:
            starts.append(start)
            starts.extend(m.end() for m in SENTENCE_END.finditer(self.text, start, end))
        return starts

    def sentence_of(self, position: int) -> int:
        return bisect.bisect_right(self._sentence_starts, position) - 1

    def _read_mention(self, run: str, start: int, end: int) -> None:
        words = run.split()
        lead = 0
        while lead < len(words) and words[lead].lower().rstrip(".") in NOT_NAME_START:
            lead += 1
        if lead == len(words):
            return
        if lead:
            start += run.index(" " + words[lead], len(" ".join(words[:lead])) - 1) + 1
            words = words[lead:]
        if words[-1].endswith(".") and len(words[-1]) > 2 and words[-1][-3] != ".":
            words[-1] = words[-1][:-1]  # "Reyes." ends its sentence; "Donald J." and "U.S." keep theirs
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
        title = words[0].lower().rstrip(".")
        name = clean_name(" ".join(words))
        parts = name.split()
        if not parts or any(p.lower().rstrip(".") in NON_PERSON_WORDS for p in parts):
            return
        if any(not p[:1].isupper() for p in parts[:1]):
            return
        titled = len(parts) < len(words)
        given = GIVEN_NAMES.get(parts[0].lower()) if len(parts) > 1 else None
        surname = parts[-1].rstrip(".,")
        known = self._by_surname.get(surname)
        if len(parts) == 1:
            if known is None and not titled:
                return
            person = known or self._person(name, surname)
        elif given is not None or titled or name in self._known or known is not None:
            person = known if known is not None and (given is None or known.name.split()[0] == parts[0]) \
                else self._person(name, surname)
            if len(name) > len(person.name) and person.name.split()[0] == parts[0]:
                person.name = name
        else:
            return
        person.vote(given, 2)
        person.vote(_TITLE_GENDER.get(title), 3)
        self.mentions.append(Mention(start, end, self.sentence_of(start), person))

    def _person(self, name: str, surname: str) -> Person:
        person = Person(name)
        self._by_surname[surname] = person
        return person

    def _vote_pronouns(self) -> None:
        """A person opening a sentence in which only 'he'/'his' (or 'she'/'her') occur gets that gender."""
        seen: set[int] = set()
        for mention in self.mentions:
            if mention.sentence in seen:
                continue
            seen.add(mention.sentence)
            s = mention.sentence
            end = self._sentence_starts[s + 1] if s + 1 < len(self._sentence_starts) else len(self.text)
            male = female = 0
            for m in GENDER_PRONOUN.finditer(self.text, mention.end, end):
                if m.group(1):
                    male += 1
                else:
                    female += 1
            if male and not female:
                mention.person.vote("male")
            elif female and not male:
                mention.person.vote("female")

    def note_role(self, name: str, role_words: str) -> None:
        """'Maria Lopez, a spokeswoman for the city': the role tells the gender."""
        person = self._by_surname.get(name.split()[-1]) if name else None
        if person is None:
            return
        words = set(role_words.lower().split())
        if words & MALE_ROLES:
            person.vote("male", 3)
        elif words & FEMALE_ROLES:
            person.vote("female", 3)

    def full_name(self, name: str, position: int) -> str:
        """'Reyes' -> 'Tom Reyes' when the article named him in full before ``position``."""
        person = self._by_surname.get(name.split()[-1]) if name else None
        if person is None or person.name.split()[-1] != name.split()[-1]:
            return name
        if len(name.split()) > 1 and person.name.split()[0] != name.split()[0]:
            return name
        first = self._first_mention(person)
        return person.name if first is not None and first < position else name

    def _first_mention(self, person: Person) -> int | None:
        for mention in self.mentions:
            if mention.person is person:
                return mention.start
        return None

    def gender_of(self, name: str) -> str | None:
        person = self._by_surname.get(name.split()[-1]) if name else None
        return person.gender if person else None

    def resolve_pronoun(self, pronoun: str, position: int) -> str | None:
        """The person ``pronoun`` (he/she) at ``position`` stands for, or None."""
        gender = _PRONOUN_GENDER.get(pronoun.lower())
        if gender is None:
            return None
        sentence = self.sentence_of(position)
        k = bisect.bisect_left(self._starts, position) - 1
        if k < 0:
            return None
        current = self.mentions[k].sentence
        best: Mention | None = None
        while k >= 0:
            mention = self.mentions[k]
            if mention.sentence != current:
                if best is not None:
                    return best.person.name
                current = mention.sentence
                if sentence - current > _MAX_SENTENCES_BACK:
                    return None
            if mention.person.gender in (None, gender):
                best = mention  # walking back: the last kept is the leftmost of its sentence
            k -= 1
        return best.person.name if best is not None else None
