"""People named in an article, and who a pronoun stands for.

>>> text = 'Sen. Maria Lopez met Gov. Tom Reyes. "We agree," she said. Reyes said he would sign it.'
>>> people = People(text, [(0, len(text))], [(38, 47)])
>>> people.antecedent('she', 49).person.name, people.antecedent('he', 73).person.name
('Maria Lopez', 'Tom Reyes')

The text is read once, left to right, outside quotations. A run of capitalised words is a
person when it has a title (``Mr.``, ``Sen.``, ``President``), starts with a known given name,
was named as a speaker, is followed by a speech verb, is two or three name-like words that are
not a place or a body (``Democratic Party``, ``New Hampshire``), or is the surname of a person
named before. Gender comes from titles, given names, a role in apposition (``Ana Lind, a
spokeswoman for``) and the pronouns of the sentence the person opens.

A role given to a person where they are named (``Judge Robert Hanley``, ``her attorney, Peter
Dunleavy``, ``Carmen Villanueva, the president,``; see ``roles``) makes a later ``the judge`` a mention
of them, while only one person holds it; ``people_roles`` keeps those roles, and what kin named as kin are to
each other (``His wife, Inez Sauc,`` makes him ``her husband``).

Each ``he``/``she`` is resolved when it is read, to the first person of fitting gender found
walking back sentence by sentence (``antecedents``), the subject first within a sentence (the
leftmost person after any lead-in such as ``Regarding the speech,``); the pronoun then stands as a
mention of that person, so a chain of ``he said`` keeps its subject.

A run of one word is read by ``single_names`` (a surname named before, a given name read in a full name, a name
given alone as someone's kin).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from ..gazetteer import is_known_place
from ..lexicon.demonyms import COUNTRY_DEMONYMS, DEMONYMS
from ..lexicon.numbers import SMALL_NUMBERS
from ..lexicon.people import (
    GIVEN_NAMES,
    NAME_PARTICLE_PATTERN,
    NAME_PARTICLES,
    NON_PERSON_WORDS,
    OCCUPATIONAL_SURNAMES,
    PATRONYMIC_PARTICLES,
    SHARED_GIVEN_NAMES,
)
from ..lexicon.regions import PLACE_KINDS
from ..lexicon.speech import (
    ASKING_OBJECT_VERBS,
    BODY_KINDS,
    BODY_ROLES,
    FEMALE_ROLES,
    QUESTION_WORDS,
    ROLE_NOUNS,
    WORK_NOUNS,
)
from ..model import Span
from ..pattern_cache import compile_pattern, longest_first
from .antecedents import PRONOUN, WalkBack
from .name_context import (
    KIN_BEFORE,
    KIN_GENDER,
    KIN_NOUN_BEFORE,
    PERSON_APPOSITIVE,
    ROLE_AND_NAME_AFTER,
    ROLE_APPOSITIVE,
    UPPER,
    after_place_word,
    body_before,
    modifies_noun,
    role_before,
)
from .name_runs import (
    COMMON_CAPITALS,
    COUPLE_BEFORE,
    NICKNAME,
    Run,
    body_heads,
    name_rank,
    parse_run,
    same_person,
    sentence_head,
    without_nickname,
)
from .people_roles import RoleBook, one_holder
from .phrases import abbreviation_before
from .roles import AGE_AFTER, ROLE_WORDS, role_key, role_subjects, the_titles
from .single_names import SingleNames, place_before_role
from .subjects import OBJECT_OF_PREPOSITION, SUBJECT_REACH, main_clause_start, speaks_after

# A run of capitalised words ("Sen. Maria Lopez", "Donald J. Trump", "Charles de Gaulle", "Pieter van der
# Linden", "Mazen al-Hamwi", "Marie d'Amboise"), bounded so that a long run of capitals is read in pieces, each in
# linear time.
# (The lookahead lets the engine give up at once before a word that is neither capitalised nor a particle.)
_CAPITALISED_WORD = r"[" + UPPER + r"][\w'’\-]*(?:\.(?=[" + UPPER + r"])[\w'’\-]*)*\.?"  # ('U.S.' is one word)
CAPITALISED_RUN = compile_pattern(
    _CAPITALISED_WORD + r"(?:(?:" + NICKNAME.pattern + r")?"  # ('Juan "Chico" Ramirez' is one run)
    + r"[ \t]+(?=[" + UPPER + "".join(sorted({p[0] for p in NAME_PARTICLES})) + r"])"
    + r"(?:(?:" + NAME_PARTICLE_PATTERN + r")[ \t]+){0,2}(?:(?:al|el)-|d['’])?"  # ('Mazen al-Hamwi', "Marie
    # d'Amboise")
    + _CAPITALISED_WORD + r"){0,6}"
)
# A capitalised word right before a run, which then goes on from it: "Khalil " before "al-Haddadin".
_WORD_BEFORE_RUN = compile_pattern(r"[" + UPPER + r"][\w'’.-]*[ \t]+$")
# What a person owns after their name's possessive, a place's own words aside: " six-acre orchard" in "in Vinayak
# Bhonde's six-acre orchard" (not " capital", " suburbs", " economy": a place's).
OWNED_BY_PERSON = compile_pattern(r"[ \t]+(?:[\w-]+[ \t]+){0,2}(?:orchard|farm"
                                  r"|ranch|house|home|shop|store|office|kitchen"
                                  r"|garden|field|fields|yard|backyard|porch|boat|truck|car|workshop|restaurant|bakery|stall"
                                  r"|hut|flat|apartment|bedside|death|funeral|wedding|family|son|daughter|wife|husband)\b")
#: Words that name no one alone after 'The' or 'But', before a speech verb: 'The Swede added', 'The Government
#: announced', 'But Two said'.
_NO_ONE_ALONE = DEMONYMS | BODY_ROLES | SMALL_NUMBERS.keys() | NON_PERSON_WORDS
# Two people named together told as a pair right after: ", a brother and sister" in "Tobiah and Wenna Carrick, a
# brother and sister," (groups 1 and 2: what each is).
PAIR_AFTER = compile_pattern(r",[ \t]+(?:a|the)[ \t]+(brother|sister|husband"
                             r"|wife|father|mother|son|daughter|married)[ \t]+"
                             r"(?:and[ \t]+)?(sister|brother|wife|husband|son|daughter|father|mother|couple)\b")
#: The gender each word of a pair tells.
_PAIR_GENDER = {"brother": "male", "husband": "male", "father": "male", "son": "male",
                "sister": "female", "wife": "female", "mother": "female", "daughter": "female"}
# The surname He before a given name, outside a headline's title case: "He Xiulan" in "He Xiulan, a tea grower," or
# "He Jiankui said" (not "He I", nor "He Visited Ohio": a run of title case).
SURNAME_HE = compile_pattern(r"He[ \t]+[A-Z][a-z]+(?:-[a-z]+)?\b(?![ \t]*[A-Z'’-])")
#: Characters that glue a capital to the word before it ("O'Neil", "McDonald-Ross", "U.S.").
_GLUED = frozenset("'’.-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
# A sentence end inside a paragraph: "... leave. He", "... now?\u201d She" (abbreviations checked apart).
SENTENCE_END = compile_pattern(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]*[" + UPPER + r"\d])")
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
#: The possessives that open a sentence with a kinship noun: "Her " in "Her father is less sure."
_POSSESSIVES_OPENING = ("His ", "Her ", "Their ")
# What follows a kin as a sentence's subject when no name stands in apposition: a verb or an aside (" is" in "Her
# father is less sure", ", overhearing," in "His wife, overhearing, put a hand on his arm"; not ", Ole Berg," nor " of
# 48 years, Madge Bloodworth,").
UNNAMED_AFTER = compile_pattern(r"(?![ \t]+of[ \t]+[\w \t]{1,20},[ \t]*[A-Z])(?:[ \t]+[a-z]|,[ \t]+[a-z])")
# What stands before a pronoun that is someone other than the sentence's subject: "asked whether " before "she" in
# "Lumb asked whether she still believed it", "thanked " before "her" in "Lumb thanked her for".
SOMEONE_ELSE_BEFORE = compile_pattern(rf"\b(?:(?:asked|wondered)[ \t]+(?:{QUESTION_WORDS})"
                                      rf"|{ASKING_OBJECT_VERBS}|told|urged|thanked|praised|criticized|criticised|attacked"
                                      r"|invited|interrupted|introduced|joined|hugged|greeted|accused|thanking|asking"
                                      r"|telling|urging)[ \t]+$")
#: How far after a shared surname its sentence is read for a pronoun that tells which of them it is.
_GENDER_AHEAD_CHARS = 120
#: How long a paragraph may be and still be a heading in title case.
_HEADING_MAX_CHARS = 120
#: How many more votes for the other gender tell a person apart from a he or she: a title's, a given name's, a
#: role's or a kinship noun's (a pronoun near the name gives one).
_TOLD_APART = 3
#: What a given name often given to both sexes tells of its person's gender: less than a pronoun near the name
#: twice ('Casey Lowery' ... 'Lowery said she').
_SHARED_NAME_VOTE = 2
# A verb in the past or of living and working right after a sentence's subject: " stood" in "Tamika Rawls stood in
# her front yard", " has lived" in "Ines Barros has lived".
ACTS_AFTER = compile_pattern(r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:[a-z]{2,}ed|stood|sat|was|went|came|took|grew|ran|spent"
                             r"|lives|works|teaches|runs|owns|keeps|sells|grows|drives|sits|stands|walks|spends|remembers"
                             r"|knows|wants|hopes|is|has)\b")
#: Parties whose name may stand before a person's after 'the': 'the Libertarian Quinton Dunbar'.
_PARTY_WORDS = frozenset({"republican", "democrat", "democratic", "independent", "libertarian", "green", "socialist",
                          "conservative", "labour", "liberal"})
# A name in apposition right after a role: ", Kelsie," in "His wife, Kelsie, came out".
NAME_APPOSED = compile_pattern(r",[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},")
# What a role is of, then a name in apposition: " of the league, Jorge Perdigao," in "The president of the league,
# Jorge Perdigao, praised the teams".
OF_WHAT_THEN_NAME = compile_pattern(r"[ \t]+(?:of|at)[ \t]+[^,.;:!?\n]{1,60}" + NAME_APPOSED.pattern)
# A verb after a name and a his or her soon after, in its clause: " put down her" in "Odalie Hollis put down her
# coffee" (a plural would take 'their').
OWN_PRONOUN_AFTER = compile_pattern(r"[ \t]+[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,3}?[ \t]+(?:his|her)\b")


@dataclass(slots=True)
class Person:
    """One person of the article under the fullest name it was given."""

    name: str
    gender_votes: dict[str, int] = field(default_factory=dict)
    mentions: int = 0  # times named (pronouns not counted)

    @property
    def gender(self) -> str | None:
        male, female = self.gender_votes.get("male", 0), self.gender_votes.get("female", 0)
        if male == female:
            return None
        return "male" if male > female else "female"

    def told_apart(self, gender: str) -> bool:
        """Whether the person is known not to be of ``gender`` by more than the pronouns near their name (a title, a
        given name, a role or a kinship noun)."""
        other = "female" if gender == "male" else "male"
        return self.gender_votes.get(other, 0) - self.gender_votes.get(gender, 0) >= _TOLD_APART

    def vote(self, gender: str | None, weight: int = 1) -> None:
        if gender:
            self.gender_votes[gender] = self.gender_votes.get(gender, 0) + weight


class Mention(NamedTuple):
    """A person named (or a pronoun resolved) at ``start``..``end``, in sentence ``sentence``."""

    start: int
    end: int
    sentence: int
    person: Person


# The word before a run of capitals and its comma, if any: "novel, " in "Her new novel, The Salt Orchard," (a kind of
# work when it is one of WORK_NOUNS).
_WORK_BEFORE = compile_pattern(r"([a-z]+),?[ \t]+$")
_START = attrgetter("start")
# The kind of place a name is, right after it in lower case: " village" in "of Chak Ramdaspur village".
PLACE_NOUN_AFTER = compile_pattern(r"[ \t]+(?:" + "|".join(sorted(PLACE_KINDS, key=longest_first)) + r")\b")
#: The last words of the kinds of body, looked up before ``BODY_NOUN_BEFORE`` is run: 'house' in 'The auction house'.
_BODY_KIND_WORDS = frozenset(kind.rsplit(" ", 1)[-1] for kind in BODY_KINDS)
# A kind of body right before a name: "The auction house " in "The auction house Verlinden-Moutier has begun".
BODY_NOUN_BEFORE = compile_pattern(r"\b[Tt]he[ \t]+(?:[a-z-]+[ \t]+)?(?:"
                                   + "|".join(kind.replace(" ", r"[ \t]+") for kind in BODY_KINDS) + r")[ \t]+$")
#: Vietnamese middle names that tell a gender, between a family name and a given name: 'Thi' in 'Le Thi Hoa'.
_MIDDLE_NAME_GENDERS = {"Thi": "female", "Thị": "female", "Văn": "male"}
_new_tuple = tuple.__new__  # Mention(...) without the keyword-handling constructor: mentions are made per name read


class People(SingleNames, RoleBook, WalkBack):
    """The people of one article: ``paragraphs`` and ``quotes`` are (start, end) spans of ``text``."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], quotes: list[tuple[int, int]],
                 speakers: tuple[str, ...] = (), until: int | None = None, headline: Span | None = None) -> None:
        self.text = text
        self._headline_end = headline.end if headline is not None else -1  # a headline's words are in title case:
        # only a name with a given name or a title is a person there ('Kelly Ayotte Holds On', not 'The Quiet Room')
        self._by_surname: dict[str, list[Person]] = {}  # each surname's people, in the order they were named
        self._by_name: dict[str, Person] = {}  # each full name read, to its person
        self._by_given: dict[str, list[Person]] = {}  # each given name read in a full name, to its people
        self._bodies: set[str] = set()  # names that open the names of bodies: "Sandy Hook" (Elementary School)
        self._several: dict[str, int] = {}  # where several holders of each role asked for were first brought in
        # ('Two current Air Force officials': 'official'), -1 where none were (see ``several_brought_in``)
        self._kin_by_surname: dict[str, list[Person]] = {}  # kin named by a given name alone, under the surname of
        # whose kin they are ('Corwin Tilson and his wife, Elspeth,'): read only for a titled surname ('Mrs. Tilson')
        self._known = frozenset(speakers)
        self._headings: list[int] = []
        limit = len(text) if until is None else until
        self._sentence_starts = self._sentences(paragraphs, limit)
        self.mentions: list[Mention] = []
        self._pronouns: dict[int, Mention | None] = {}  # each he/she read, to the mention it stands for
        self._pronoun_starts: dict[str, list[int]] = {"male": [], "female": []}  # where each gender's pronouns stand
        self._subject: Mention | None = None  # the first person named in the sentence being read
        self._voted_in = -1  # the sentence whose subject a he or she last told the gender of
        self._roles: dict[str, list[tuple[int, Person]]] = {}  # each role given to someone, in order: "judge" ->
        # [(12, Person("Robert Hanley"))]; read from ``_named`` only when a role is asked for (few articles ask)
        self._readable: list[int] = []
        self._narrated_before: list[int] = []  # how many sentences before each open in the narrative (not in a
        # quote): worked out when first asked
        self._named: list[tuple[int, int, int, int, Person]] = []  # each name read and not yet read for roles:
        # (start of its run, start of the name, end of the name, where the mention starts, person)
        if not paragraphs:
            return
        self._headings = _title_case_lines(text, paragraphs, limit)  # read like the headline (starts, ends)
        first = paragraphs[0][0]
        readable = self._readable = _readable_stretches(paragraphs, quotes)  # a position is readable where bisect
        # gives odd
        # pronouns and capitalised runs in the order they stand; where a run starts at a pronoun ("He", "She"),
        # the pronoun sorts first and the run is not read; runs that open sentences ("The", "But") are dropped here
        events = [(at, 0, m.end(), pronoun) for m in PRONOUN.finditer(text, first, limit)
                  if (pronoun := m.group().lower()) in _PRONOUNS and bisect.bisect(readable, at := m.start()) & 1
                  and not (SURNAME_HE.match(text, at) and at >= self._headline_end and not self._in_heading(at))]
        # ('He Xiulan, a tea grower,': the surname He before a given name, read with the run)
        events += [(at, 1, m.end(), run) for m in CAPITALISED_RUN.finditer(text, first, limit)
                   if ((at := m.start()) == 0 or text[at - 1] not in _GLUED) and bisect.bisect(readable, at) & 1
                   and (run := m.group()) not in COMMON_CAPITALS]
        if "l-" in text:  # 'The elder al-Haddadin said' (not the end of 'Khalil al-Haddadin', read as one run)
            events += [(at, 1, m.end(), m.group()) for m in _article_run().finditer(text, first, limit)
                       if ((at := m.start()) == 0 or text[at - 1] not in _GLUED) and bisect.bisect(readable, at) & 1
                       and not _WORD_BEFORE_RUN.search(text, max(0, at - 40), at)]
        quote_ends = [close for _, close in quotes if any(c in ",?!" for c in text[max(0, close - 4):close])]
        events += [(at, 2, end, role) for at, end, role in role_subjects(text, first, limit, quote_ends)  # "The
                   if bisect.bisect(readable, at) & 1]  # judge"
        events += [(at, 2, end, role_key((title,))) for at, end, title in the_titles(text, first, limit)
                   if bisect.bisect(readable, at) & 1]  # "the Governor said he would sleep"
        events.sort()
        pronoun_at = -1
        read_pronoun, read_mention = self._read_pronoun, self._read_mention
        for at, kind, end, word in events:
            if kind == 0:
                read_pronoun(at, end, word)
                pronoun_at = at
            elif kind == 2:
                self._read_role(at, end, word)
            elif at != pronoun_at:
                read_mention(word, at, end)

    # ------------------------------------------------------------------ reading

    def _sentences(self, paragraphs: list[tuple[int, int]], limit: int) -> list[int]:
        starts: list[int] = []
        for start, end in paragraphs:
            if start >= limit:
                break
            starts.append(start)
            for m in SENTENCE_END.finditer(self.text, start, end):
                if self.text[m.start()] == "." and abbreviation_before(self.text, m.start()):
                    continue
                starts.append(m.end())
        return starts

    def _read_mention(self, run: str, start: int, end: int) -> None:
        run = without_nickname(run)  # 'Juan "Chico" Ramirez' is Juan Ramirez
        if self.text[self.text.rfind(" ", max(0, start - 16), start - 1) + 1:start - 1] in _BODY_KIND_WORDS \
                and BODY_NOUN_BEFORE.search(self.text, max(0, start - 40), start) is not None:
            self._bodies.add(run)  # a body named after its kind: 'The auction house Verlinden-Moutier' (a later
            return  # 'Verlinden-Moutier calls her' is the house's)
        if start < self._headline_end or self._in_heading(start):
            parsed = parse_run(run)
            if parsed is None or parsed.single or not (parsed.given or parsed.titled) \
                    or not (parsed.given or parsed.name_like) \
                    or (not parsed.given
                        and self.text.find(parsed.name.rsplit(" ", 1)[-1], max(end, self._headline_end)) < 0):
                return  # ('as Governor and Speaker Trade Charges'; 'Farm Commissioner Put Wife on Payroll', 'a
                # Congressman Packs Up': a title before a verb, no name the article uses)
        if " " not in run:  # one word: a surname seen before, a known speaker, or a word before a speech verb
            self._read_single(run, start, end)
            return
        if start > 0 and self.text[start - 1] in '"“' and self.text[end:end + 2].lstrip(",.!?")[:1] in ('"', "”"):
            return  # words in quotation marks, a quote not taken as one: 'a sign that read "Love Trumps Hate,"'
        if PLACE_NOUN_AFTER.match(self.text, end) is not None:
            return  # a place named before its kind: 'of Chak Ramdaspur village, whose family grows cane'
        head = sentence_head(run)
        if head:  # 'It alarms Angela Merkel. She left': the name ending one sentence, then the run of the next
            self._read_mention(head, start, start + len(head))
        parsed = parse_run(run)
        if run.startswith("He ") and SURNAME_HE.match(self.text, start) is not None and parsed is not None \
                and parsed.offset == 3 and " " not in parsed.name:
            parsed = parsed._replace(offset=0, name=f"He {parsed.name}", single=False, name_like=True)  # (the
            # surname He: 'He Xiulan, a tea grower,', not the pronoun parse_run leaves out)
        if parsed is None:
            self._bodies.update(body_heads(run))
            return
        if not (parsed.given or parsed.titled) and (work := _WORK_BEFORE.search(self.text, max(0, start - 24), start)) \
                and work.group(1) in WORK_NOUNS:
            return  # a work's title after its kind: 'Her new novel, The Salt Orchard, is set in Whitby' (not 'In the
            # report, Ann Lee said')
        start += parsed.offset
        if parsed.single:
            self._read_mention(parsed.name, start, end)
            return
        run_start = start - parsed.offset
        if not parsed.given and not parsed.titled and self.text[end + 1:end + 2].islower() \
                and (role_next := ROLE_AND_NAME_AFTER.match(self.text, end)) and role_next.group(1) in ROLE_WORDS:
            return  # a body before a role and a name: 'Sinn Féin councillor Niamh O'Dowd', 'Athletics Kenya president'
        name, parts = parsed.name, parsed.name.split()
        role = ROLE_APPOSITIVE.match(self.text, end) if self.text.startswith(",", end) else None
        surname = parts[-1]
        if len(parts) == 1 and not parsed.titled and surname.endswith("s") and run[:4].lower() == "the ":
            return  # a family: 'The Wingates said they would see a broker'
        if len(parts) == 1 and not parsed.titled and surname in self._by_surname \
                and place_before_role(self.text, surname, end):
            return  # a place before a role: "Forest & Bird's Canterbury regional manager" (not 'Environment
            # Canterbury', named before)
        if len(parts) == 1:  # 'Mrs. Clinton': the Clinton of her gender
            person = (len(self._by_surname.get(surname, ())) > 1
                      and (self._of_generation(surname, run_start)
                           or self._named_just_before(surname, run_start, parsed.title_gender))) \
                or self._holder(surname, parsed.title_gender)
            if person is None and parsed.title_gender:  # ('his wife, Elspeth,' ... 'Mrs. Tilson')
                person = next((kin for kin in self._kin_by_surname.get(surname, ())
                               if kin.gender == parsed.title_gender), None)
            if person is None:
                if not parsed.titled and ((name not in self._known and not speaks_after(self.text, end))
                                          or name.lower() in _NO_ONE_ALONE):
                    return  # (and not 'The Swede added', 'The Government announced': no name; but 'But Baker said'
                    # is Baker)
                person = self._person(name, surname)
        elif (person := self._by_name.get(name)) is None:
            apposed = self.text.startswith(",", end) and PERSON_APPOSITIVE.match(self.text, end) is not None
            if not (parsed.given or parsed.titled or name in self._known or role is not None) and parsed.name_like \
                    and ((parts[-1].lower() in ROLE_NOUNS and not apposed
                          and not (parts[-1].lower() in OCCUPATIONAL_SURNAMES and parts[0].lower() not in ROLE_WORDS))
                         or is_known_place(name)
                         or (len(parts) == 3 and is_known_place(" ".join(parts[1:])))):
                return  # 'flooding Key West': a place the gazetteer knows; 'Pioneering Surgeon' (a headline); a body
                # named for its place: 'Searchlight New Mexico' (but a surname that is a role noun, before a person's
                # appositive or after a word that is no role's, is a person's: 'Pasang Sherpa, chairman of the guides
                # association,', 'Rachid Smith was less worried')
            if name in self._bodies and not (parsed.titled or name in self._known or speaks_after(self.text, end)):
                return  # 'Sandy Hook Elementary School', then 'Sandy Hook wasn't just a tragedy': the place
            if not (parsed.given or parsed.titled or name in self._known) \
                    and after_place_word(self.text, run_start + max(0, run.find(name))) \
                    and not (self.text.startswith(",", end) and PERSON_APPOSITIVE.match(self.text, end)) \
                    and not (run.endswith(("'s", "’s")) and len(parts) == 2 and parts[0].istitle()
                             and OWNED_BY_PERSON.match(self.text, end) is not None):  # (the name's own start: 'in
                return  # the House Anitha Varadarajan') 'the MP for Bristol West', 'moved to Grand Forks': a place
                # (not 'went to Sunshine Heff, a rancher who', nor "in Vinayak Bhonde's six-acre orchard")
            if not (parsed.given or parsed.titled or name in self._known) and name == run \
                    and parts[0].lower() not in _PARTY_WORDS and parts[0].lower() not in ROLE_WORDS \
                    and self.text[max(0, run_start - 4):run_start].lower() == "the ":
                return  # a thing's name after 'the': 'finished the Yukon Quest five times'
            if not (parsed.given or parsed.titled or name in self._known) and body_before(self.text, run_start):
                return  # 'one of Germany's largest news magazines, Der Spiegel,': a body
            if not (parsed.given or parsed.titled) and "-" in name and any(
                    part.lower() in COUNTRY_DEMONYMS for word in parts if "-" in word for part in word.split("-")):
                return  # countries joined by a hyphen: 'the U.S.-Mexico border', 'Israel-Gaza' (not 'Latimer-Obi')
            person = self._full_name(name, parts, parsed, role is not None or apposed
                                     or (len(parts) == 2 and not (parsed.given or parsed.titled or parsed.name_like)
                                         and self._plain_name_acts(name, run_start, end))
                                     or role_before(self.text, run_start))
            if person is None:
                return
        if parsed.given:
            person.vote(parsed.given, _SHARED_NAME_VOTE if parts[0].lower() in SHARED_GIVEN_NAMES else 10)
        elif len(parts) == 3 and (told := _MIDDLE_NAME_GENDERS.get(parts[1])) is not None:
            person.vote(told, 10)  # a Vietnamese middle name: 'Le Thi Hoa' is a woman
        if parsed.title_gender:
            person.vote(parsed.title_gender, 10)
        if role is not None:  # "Maria Lopez, a spokeswoman for the city"
            person.vote("female" if role.group(1).lower() in FEMALE_ROLES else "male", 3)
        before_kin = KIN_NOUN_BEFORE if self.text[run_start - 2:run_start - 1] != "," else KIN_BEFORE
        if self.text[run_start - 1:run_start] in (" ", "\t") and (kin := before_kin.search(
                self.text, max(0, run_start - 24), run_start)) is not None:  # 'her husband Clarke Gayford', "her
            person.vote(KIN_GENDER.get(kin.group("kin")), 3)  # son, Humayun Khan"
        if len(parts) == 2 and self.text[run_start - 5:run_start] == " and " \
                and (couple := COUPLE_BEFORE.search(self.text, max(0, end - len(surname) - 40),
                                                    end - len(surname))) is not None:
            self._read_partner(couple, surname, person, end)
        self._named.append((run_start, max(start, run_start + run.find(name)), end, start, person))
        self._add(start, end, person)

    def _plain_name_acts(self, name: str, run_start: int, end: int) -> bool:
        """Whether two words no lexicon tells a person's name act as one: before a speech verb ('Abebe Jones
        said'), a verb opening a sentence ('Tamika Rawls stood in') or a verb and a his or her ('Odalie Hollis put
        down her coffee'), neither the first word nor the two a place ('Grand Rapids was')."""
        if speaks_after(self.text, end):
            return True
        return not is_known_place(name.split(" ", 1)[0]) and not is_known_place(name) and (
            (ACTS_AFTER.match(self.text, end) is not None and self._opens_main_clause(run_start))
            or OWN_PRONOUN_AFTER.match(self.text, end) is not None)

    def _read_partner(self, couple: re.Match[str], surname: str, named: Person, end: int) -> None:
        """The partner named by a given name alone before 'and' and a full name ending at ``end``: 'Wendell' in
        'Wendell and Margo Ostr have voted together' is Wendell Ostr, and 'Tobiah' in 'Tobiah and Wenna Carrick, a
        brother and sister,' Tobiah Carrick (not when a capitalised word stands before: 'Bill Tom and ...');
        ``couple`` is a match of ``COUPLE_BEFORE``, ``named`` the person of the full name. A man and a woman so
        named are taken for husband and wife ('His wife, overhearing, said' is Margo)."""
        given = couple.group(1)
        gender = GIVEN_NAMES.get(given.lower())
        pair = PAIR_AFTER.match(self.text, end) if gender is None else None  # (names no lexicon knows, the pair
        if pair is not None:  # told: 'a brother and sister')
            gender = _PAIR_GENDER.get(pair.group(1).lower())
            named.vote(_PAIR_GENDER.get(pair.group(2).lower()), 10)
        before = self.text[max(0, couple.start() - 20):couple.start()].rpartition("\n")[2].split()[-1:]  # (its line:
        # a headline ends above)
        if (gender is None and pair is None) \
                or (before and before[0][:1].isupper() and not before[0].endswith((".", ":", "!", "?"))):
            return
        name = f"{given} {surname}"
        partner = self._by_name.get(name)
        if partner is None:
            partner = self._by_name[name] = self._person(name, surname)
        partner.vote(gender, _SHARED_NAME_VOTE if given.lower() in SHARED_GIVEN_NAMES else 10)
        self._add(couple.start(1), couple.end(1), partner)
        if pair is None and named.gender not in (None, gender):
            roles = self._roles_given()
            for spouse in (partner, named):
                roles.setdefault("wife" if spouse.gender == "female" else "husband", []).append(
                    (couple.start(), spouse))

    def _opens_sentence(self, position: int) -> bool:
        """Whether a sentence starts at ``position``."""
        k = bisect.bisect_right(self._sentence_starts, position) - 1
        return k >= 0 and self._sentence_starts[k] == position

    def _opens_main_clause(self, position: int) -> bool:
        """Whether a sentence's main clause starts at ``position``: the sentence itself, or after a lead-in ('Back
        at the chapel, | Lola Remedios was still sweeping')."""
        k = bisect.bisect_right(self._sentence_starts, position) - 1
        return k >= 0 and (self._sentence_starts[k] == position
                           or main_clause_start(self.text, self._sentence_starts, k) == position)

    def _in_heading(self, position: int) -> bool:
        return bool(self._headings) and bisect.bisect(self._headings, position) & 1 == 1

    def _gender_ahead(self, end: int) -> str | None:
        """The gender of the first he/she/his/her after a surname two people share, in its sentence: 'Petrakis,
        speaking in the parking lot, said he was encouraged' -> male."""
        stop = self.text.find(".", end, end + _GENDER_AHEAD_CHARS)
        m = PRONOUN.search(self.text, end, stop if stop >= 0 else min(len(self.text), end + _GENDER_AHEAD_CHARS))
        if m is None or (pronoun := m.group().lower()) not in _PRONOUNS or pronoun == "him":
            return None
        return "female" if pronoun in _FEMALE_PRONOUNS else "male"

    def _read_role(self, start: int, end: int, role: str) -> None:
        """'The judge was unmoved': a mention of the one person given that role so far, if there is one; for a kin
        as the subject of a sentence with no one given that role, the one other person of the possessive's surname
        ('Fletcher Osterhout ... Imogene Osterhout ... His wife said')."""
        if (NAME_APPOSED.match(self.text, end) is not None or OF_WHAT_THEN_NAME.match(self.text, end) is not None) \
                and (role in KIN_GENDER or OBJECT_OF_PREPOSITION.search(self.text, max(0, start - 9), start) is None):
            return  # the name in apposition is the mention: 'His wife, Kelsie, came out', 'Her spokeswoman, Wilda
            # Scarrow, later sent', 'The president of the league, Jorge Perdigao, praised' (not an earlier wife,
            # spokeswoman or president; but 'A spokeswoman for the Speaker, Aurelia Fontaine,' names the Speaker too)
        person = one_holder(self._roles_given().get(role, ()), start)
        if person is None and (gender := KIN_GENDER.get(role)) is not None \
                and self.text.startswith(_POSSESSIVES_OPENING, start) and UNNAMED_AFTER.match(self.text, end):
            person = self._kin_sharing_surname(start, gender)
        if person is not None:
            self._add(start, end, person)
            if (aged := AGE_AFTER.match(self.text, end)) is not None:  # ('The mayor, 49, ...' ... 'the 49-year-old')
                self._roles.setdefault(f"{aged.group(1)}-year-old", []).append((start, person))

    def _kin_sharing_surname(self, start: int, gender: str) -> Person | None:
        """The one other person of ``gender`` (or none told) who shares the surname of whom the possessive at
        ``start`` stands for: 'His wife' after 'Madge Bloodworth' and 'Ray Bloodworth', of whom 'His' is Ray."""
        owner = self._antecedent("female" if self.text.startswith("Her", start) else "male", start) \
            if not self.text.startswith("Their", start) else None
        if owner is None or " " not in owner.person.name:
            return None
        kin = [person for person in self._by_surname.get(owner.person.name.rsplit(" ", 1)[1], ())
               if person is not owner.person and person.gender in (None, gender)]
        return kin[0] if len(kin) == 1 else None

    def _full_name(self, name: str, parts: list[str], parsed: Run, role: bool) -> Person | None:
        """The person a name of two words or more, read for the first time, stands for: one of that surname
        named before with the same first word ('Donald J. Trump', 'Donald Trump'), or the only one of that
        surname when named by the surname alone so far and of no other gender ('Lind', then 'Ana Lind');
        else a new person when the name looks like one ('Hillary Clinton' after 'Bill Clinton')."""
        kin = self._by_surname.get(parts[-1], ())
        same = next((p for p in kin if same_person(p.name, name)), None) \
            or next((p for p in self._kin_by_surname.get(parts[-1], ()) if p.name == parts[0]), None)  # ('his
        # wife, Lurlene,' ... 'Lurlene Hollen')
        if same is None and len(kin) == 1 and " " not in kin[0].name and kin[0].gender in (None, parsed.given):
            same = kin[0]
        if same is None and not (parsed.given is not None or parsed.titled or role or name in self._known
                                 or parsed.name_like):
            return None
        if same is None:
            person = self._person(name, parts[-1])
        else:
            person = same
            if name_rank(name) > name_rank(person.name):
                person.name = name
        self._by_name[name] = person
        return person

    def _called(self, word: str) -> Person | None:
        """The person a patronymic name calls by ``word``, its first ('Amran' for 'Amran bin Jaafar'), or None."""
        return next((person for person in self._by_surname.get(word, ())
                     if (parts := person.name.split(" ", 2))[0] == word and len(parts) > 1
                     and parts[1] in PATRONYMIC_PARTICLES), None)

    def _named_just_before(self, surname: str, start: int, gender: str | None) -> Person | None:
        """Of several people of ``surname``, the one named in full near the start of the sentence before ``start``
        or of its own ('Their father, Morten Rusk, watched. "...," Mr Rusk said.'; not '..., his son, Lucian
        Wheelock, said. Mr. Wheelock, known as Ev,'), of ``gender`` when a title tells it; None for none, or
        several."""
        sentence = bisect.bisect_right(self._sentence_starts, start) - 1
        found: Person | None = None
        for mention in reversed(self.mentions):
            if mention.sentence < sentence - 1:
                break
            person = mention.person
            named = self.text[mention.start:mention.end]
            if person.name.endswith(" " + surname) and " " in named and named.endswith(surname) \
                    and mention.start - self._sentence_starts[mention.sentence] <= SUBJECT_REACH \
                    and (gender is None or person.gender in (None, gender)):
                if found is not None and found is not person:
                    return None
                found = person
        return found

    def _holder(self, surname: str, gender: str | None) -> Person | None:
        """Who a surname alone stands for ('Clinton', 'Mrs. Clinton'): of the people named so (of
        ``gender`` when a title tells it), the one named most often, the latest on a tie."""
        best: Person | None = None
        for person in self._by_surname.get(surname, ()):
            if (gender is None or person.gender in (None, gender)) \
                    and (best is None or person.mentions >= best.mentions):
                best = person
        return best

    def _person(self, name: str, surname: str) -> Person:
        person = Person(name)
        self._by_surname.setdefault(surname, []).append(person)
        given, space, rest = name.partition(" ")
        if space and given.isalpha() and given != surname:  # a given name alone names them later, if only them
            self._by_given.setdefault(given, []).append(person)
            if rest.split(" ", 1)[0] in PATRONYMIC_PARTICLES:  # ('Amran bin Jaafar' goes by Amran, as his son
                self._by_surname.setdefault(given, []).insert(0, person)  # 'Ikhwan Amran' goes by his name)
        return person

    def _add(self, start: int, end: int, person: Person) -> None:
        mention = _new_tuple(Mention, (start, end, bisect.bisect_right(self._sentence_starts, start) - 1, person))
        person.mentions += 1
        if self._subject is None or self._subject.sentence != mention.sentence:
            self._subject = mention
        self.mentions.append(mention)

    def _read_pronoun(self, start: int, end: int, pronoun: str) -> None:
        """Vote the gender of the sentence's subject ('Lopez said her plan'); resolve he/she."""
        gender = "female" if pronoun in _FEMALE_PRONOUNS else "male"
        self._pronoun_starts[gender].append(start)
        subject = self._subject
        sentence = bisect.bisect_right(self._sentence_starts, start) - 1
        if subject is not None and subject.sentence != sentence:
            subject = None
        someone_else = subject is not None \
            and SOMEONE_ELSE_BEFORE.search(self.text, max(0, start - 24), start) is not None
        if subject is not None and pronoun != "him" \
                and not (pronoun in ("he", "she") and self._voted_in == sentence) \
                and OBJECT_OF_PREPOSITION.search(self.text, max(0, subject.start - 9), subject.start) is None \
                and start != subject.end + 2 and not someone_else:
            # ('Jolene Marsh met him': an object is someone else; 'Sen. Quill Barr said that he was convinced she would
            # be fair': the first he or she only; 'A man listened to Pruett with his arms crossed': a name after a
            # preposition is no subject; 'Birgitta Shallcross, his counterpart,': an appositive's possessive and
            # 'Lumb asked whether she', 'Lumb thanked her': someone asked or acted on are someone else)
            subject.person.vote(gender)
            if pronoun in ("he", "she"):
                self._voted_in = sentence
        if pronoun in ("he", "she"):
            antecedent = self._antecedent(gender, start, subject.person if someone_else else None)
            self._pronouns[start] = antecedent
            if antecedent is not None:
                self.mentions.append(_new_tuple(Mention, (start, end, sentence, antecedent.person)))
                if antecedent.person.gender in (None, gender):
                    antecedent.person.vote(gender)  # ('"So you end it?" she asked': Thessaly Brook is a woman; each
                    # he or she more makes it surer)

    # ------------------------------------------------------------------ asking

    def named_over(self, position: int) -> Person | None:
        """The person of the mention that covers ``position`` ('Sonja Rasmuson' over 'Rasmuson's' in 'Ms.
        Rasmuson's husband'), or None."""
        k = bisect.bisect_right(self.mentions, position, key=_START) - 1
        return self.mentions[k].person if k >= 0 and self.mentions[k].end > position else None

    def named_within(self, start: int, end: int) -> Person | None:
        """The person of the first mention that starts in ``start``..``end`` ('Marj Pike' in 'Ms. Pike'), or
        None."""
        k = bisect.bisect_left(self.mentions, start, key=_START)
        return self.mentions[k].person if k < len(self.mentions) and self.mentions[k].start < end else None

    def apposed_before(self, position: int) -> Person | None:
        """The person named just before ``position`` in an apposition that runs to it: Ann Lee for the position of 'the
        study's first author' in 'said Dr. Ann Lee, an astronomer and the study's first author.'; None if no one is
        named so (a clause between: 'Ann Lee said the study's first author')."""
        k = bisect.bisect_left(self.mentions, position, key=_START) - 1
        if k < 0:
            return None
        mention = self.mentions[k]
        between = self.text[mention.end:position]
        if not between.startswith(", ") or len(between) > 80 or any(stop in between for stop in ".;:?!\n"):
            return None
        return mention.person

    def last_mentioned(self, name: str, position: int) -> int:
        """Where the person called ``name`` was last mentioned (by name or pronoun) before ``position``; -1 if
        nowhere."""
        k = bisect.bisect_left(self.mentions, position, key=_START) - 1
        while k >= 0 and self.mentions[k].person.name != name:
            k -= 1
        return self.mentions[k].start if k >= 0 else -1

    def named_at(self, mention: Mention) -> int:
        """Where the person of ``mention`` was last named by name at or before it (a resolved pronoun is no
        naming); -1 if nowhere."""
        k = bisect.bisect_right(self.mentions, mention.start, key=_START) - 1
        while k >= 0:
            m = self.mentions[k]
            if m.person is mention.person and self.text[m.start:m.end].lower() not in _PRONOUNS \
                    and not modifies_noun(self.text, m.start, m.end):
                return m.start  # (a name as a noun's modifier is no naming: 'a volunteer from the Mej campaign')
            k -= 1
        return -1


@functools.cache
def _article_run() -> re.Pattern[str]:
    """The capitalised run opening with a surname's article in lower case: "al-Haddadin" in "The elder al-Haddadin
    disagreed" (compiled on first use: few texts hold one, and the pattern costs a start-up 1.4 ms)."""
    return compile_pattern(r"(?:al|el)-(?=[" + UPPER + r"])" + CAPITALISED_RUN.pattern)


def _title_case_lines(text: str, paragraphs: list[tuple[int, int]], limit: int) -> list[int]:
    """The paragraphs that are headings in title case, as ``[start, end, start, end, ...]``: 'Ana Lind On How
    Small Towns Lost Their Papers' (four words or more, each capitalised, no full stop at the end)."""
    bounds: list[int] = []
    for start, end in paragraphs:
        if start >= limit:
            break
        if end - start > _HEADING_MAX_CHARS or text[end - 1] in ".:;,":
            continue
        words = text[start:end].split()
        if len(words) >= 4 and all(word[0].isupper() or not word[0].isalpha() for word in words):
            bounds += (start, end)
    return bounds


def _readable_stretches(paragraphs: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> list[int]:
    """Where the paragraphs lie outside every quotation, as ``[start, end, start, end, ...]`` in order
    (both lists sorted by start; quotations may run over paragraphs)."""
    bounds: list[int] = []
    q = 0
    for start, end in paragraphs:
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        k, pos = q, start
        while k < len(quotes) and quotes[k][0] < end:
            if quotes[k][0] > pos:
                bounds += (pos, quotes[k][0])
            pos = max(pos, quotes[k][1])
            k += 1
        if pos < end:
            bounds += (pos, end)
    return bounds
