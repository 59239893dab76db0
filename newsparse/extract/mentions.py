"""People named in an article, and who a pronoun or a bare surname stands for.

>>> text = 'Sen. Maria Lopez met Gov. Tom Reyes. "We agree," she said. Reyes said he would sign it.'
>>> people = People(text, [(0, len(text))], [(38, 47)])
>>> people.full_name('Reyes', 70), people.resolve_pronoun('she', 49), people.resolve_pronoun('he', 73)
('Tom Reyes', 'Maria Lopez', 'Tom Reyes')

The text is read once, left to right, outside quotations. A run of capitalised words is a
person when it has a title (``Mr.``, ``Sen.``, ``President``), starts with a known given name,
was named as a speaker, is followed by a speech verb, is two or three name-like words that are
not a place or a body (``Democratic Party``, ``New Hampshire``), or is the surname of a person
named before. Gender comes from titles, given names, role nouns (``spokeswoman``) and the
pronouns of the sentence the person opens.

Each ``he``/``she`` is resolved when it is read, to the first person of fitting gender found
walking back sentence by sentence, leftmost (the subject) first within a sentence; the
pronoun then stands as a mention of that person, so a chain of ``he said`` keeps its subject.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..lexicon.people import GIVEN_NAMES, NON_PERSON_WORDS, NOT_NAME_START, PLACE_PREFIXES
from ..lexicon.speech import FEMALE_ROLES, FEMALE_TITLES, MALE_ROLES, MALE_TITLES, SPEECH_VERBS
from ..lexicon.titles import ABBREVIATIONS
from .phrases import clean_name

# A run of capitalised words ("Sen. Maria Lopez", "Donald J. Trump", "Charles de Gaulle"), bounded
# so that a long run of capitals is read in pieces, each in linear time; or a pronoun ("he", "She").
EVENT = regex.compile(
    r"(?<![\p{L}\p{N}'’.\-])(?:(?P<pronoun>[Hh]e|[Ss]he)(?![\p{L}'’])"
    r"|\p{Lu}[\p{L}\p{M}'’\-]*\.?"
    r"(?:[ \t]+(?:(?:de|van|von|bin|al|la|le|del|da|di|du)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]*\.?){0,6})"
)
# A sentence end inside a paragraph: "... leave. He", "... now?\u201d She" (abbreviations checked apart).
SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]*[\p{Lu}\d])")
# The word after a name: "Pate claimed" -> "claimed".
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}+)")
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
        self._known = frozenset(speakers)
        self._sentence_starts = self._sentences(paragraphs)
        self.mentions: list[Mention] = []
        self._pronouns: dict[int, Person | None] = {}
        quote_starts = [s for s, _ in quotes]
        for start, end in paragraphs:
            for m in EVENT.finditer(text, start, end):
                k = bisect.bisect_right(quote_starts, m.start()) - 1
                if k >= 0 and m.start() < quotes[k][1]:
                    continue  # inside a quotation
                if m.group("pronoun"):
                    self._read_pronoun(m.group("pronoun").lower(), m.start(), m.end())
                else:
                    self._read_mention(m.group(), m.start(), m.end())

    # ------------------------------------------------------------------ reading

    def _sentences(self, paragraphs: list[tuple[int, int]]) -> list[int]:
        starts: list[int] = []
        for start, end in paragraphs:
            starts.append(start)
            for m in SENTENCE_END.finditer(self.text, start, end):
                if self.text[m.start()] == "." and _abbreviation_before(self.text, m.start()):
                    continue
                starts.append(m.end())
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
        if not parts or not parts[0][:1].isupper() or any(p.lower().rstrip(".") in NON_PERSON_WORDS for p in parts):
            return
        if any(p.isupper() and len(p) > 1 and not p.endswith(".") for p in parts):
            return  # "CNN", "NATO"
        titled = len(parts) < len(words)
        given = GIVEN_NAMES.get(parts[0].lower()) if len(parts) > 1 else None
        surname = parts[-1]
        known = self._by_surname.get(surname)
        if len(parts) == 1:
            if known is None and not titled and name not in self._known and not self._speaks(end):
                return
            person = known or self._person(name, surname)
        elif given is not None or titled or name in self._known or known is not None \
                or (len(parts) <= 3 and parts[0].lower() not in PLACE_PREFIXES):
            same = known is not None and (given is None or known.name.split()[0] == parts[0])
            person = known if same else self._person(name, surname)
            if len(name) > len(person.name) and person.name.split()[0] == parts[0]:
                person.name = name
        else:
            return
        person.vote(given, 2)
        person.vote(_TITLE_GENDER.get(title), 3)
        sentence = self.sentence_of(start)
        self._vote_sentence(person, end, sentence)
        self.mentions.append(Mention(start, end, sentence, person))

    def _speaks(self, end: int) -> bool:
        m = _NEXT_WORD.match(self.text, end)
        return m is not None and m.group(1) in SPEECH_VERBS

    def _person(self, name: str, surname: str) -> Person:
        person = Person(name)
        self._by_surname[surname] = person
        return person

    def _vote_sentence(self, person: Person, end: int, sentence: int) -> None:
        """A person opening a sentence in which only 'he'/'his' (or 'she'/'her') occur gets that gender."""
        if self.mentions and self.mentions[-1].sentence == sentence:
            return
        stop = self._sentence_starts[sentence + 1] if sentence + 1 < len(self._sentence_starts) else len(self.text)
        male = female = 0
        for m in GENDER_PRONOUN.finditer(self.text, end, stop):
            if m.group(1):
                male += 1
            else:
                female += 1
        if male and not female:
            person.vote("male")
        elif female and not male:
            person.vote("female")

    def _read_pronoun(self, pronoun: str, start: int, end: int) -> None:
        person = self._antecedent(_PRONOUN_GENDER[pronoun], start)
        self._pronouns[start] = person
        if person is not None:
            self.mentions.append(Mention(start, end, self.sentence_of(start), person))

    def _antecedent(self, gender: str, position: int) -> Person | None:
        """Walking back sentence by sentence, the leftmost person of fitting gender."""
        sentence = self.sentence_of(position)
        k = len(self.mentions) - 1
        while k >= 0 and self.mentions[k].start >= position:
            k -= 1
        if k < 0:
            return None
        current = self.mentions[k].sentence
        best: Mention | None = None
        while k >= 0:
            mention = self.mentions[k]
            if mention.sentence != current:
                if best is not None:
                    return best.person
                current = mention.sentence
                if sentence - current > _MAX_SENTENCES_BACK:
                    return None
            if mention.person.gender in (None, gender):
                best = mention
            k -= 1
        return best.person if best is not None else None

    # ------------------------------------------------------------------ asking

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
        first = next((m.start for m in self.mentions if m.person is person), None)
        return person.name if first is not None and first < position else name

    def gender_of(self, name: str) -> str | None:
        person = self._by_surname.get(name.split()[-1]) if name else None
        return person.gender if person else None

    def resolve_pronoun(self, pronoun: str, position: int) -> str | None:
        """The person ``pronoun`` (he/she) at ``position`` stands for, or None."""
        if position in self._pronouns:
            person = self._pronouns[position]
        else:
            gender = _PRONOUN_GENDER.get(pronoun.lower())
            person = self._antecedent(gender, position) if gender else None
        return person.name if person is not None else None


def _abbreviation_before(text: str, dot: int) -> bool:
    """'Sen.' / 'U.S.' / 'J.' before a period that is not a sentence end."""
    k = dot
    while k > 0 and dot - k < 12 and not text[k - 1].isspace():
        k -= 1
    word = text[k:dot].lower().lstrip("(\"“'‘")
    return (len(word) == 1 and word.isalpha()) or word in ABBREVIATIONS
