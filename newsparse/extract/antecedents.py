"""Who a he or she stands for: walking back from the pronoun, sentence by sentence, to the mention of a person of
fitting gender (the part of ``mentions.People`` that answers 'who is she?').

>>> from newsparse.extract.mentions import People
>>> text = 'Ana Lind met Tom Reyes on Monday. The talks went well, she said.'
>>> people = People(text, [(0, len(text))], [])
>>> people.antecedent('she', text.index('she')).person.name, people.antecedent('he', 0)
('Ana Lind', None)
"""

from __future__ import annotations

import bisect
import itertools
from operator import attrgetter
from typing import TYPE_CHECKING

from ..lexicon.speech import SPEECH_VERBS
from ..pattern_cache import compile_pattern
from .subjects import OBJECT_OF_PREPOSITION, possessor_of_body, subject_of

if TYPE_CHECKING:
    from .mentions import Mention, Person

# A third-person pronoun, or a word that looks like one (checked against PRONOUNS), not glued to the
# character before it: "he", "She", "his", "her", "herself", "he's" (not the "he" of "the").
PRONOUN = compile_pattern(r"[HhSs](?<!['’.\-a-zA-Z0-9].)h?(?:e(?:r(?:s|self)?)?|i(?:m(?:self)?|s))"
                          r"(?!\w|['’](?!(?:s|d|ll|ve)\b))")
_PRONOUN_GENDER = {"he": "male", "she": "female"}
# The word after a pronoun: " said" in "he said" (group 1), read from the pronoun's start.
_WORD_AFTER = compile_pattern(r"[A-Za-z]+[ \t]+([a-z]+)")
_START = attrgetter("start")
# A speech verb closing a sentence after its subject: " noted." in "The poll had Wex up by 3, he noted."
REPORTING_CLOSE = compile_pattern(r"[ \t]+(?:"
                                  + "|".join(sorted(v for v in SPEECH_VERBS if v.endswith("ed") or v == "said"))
                                  + r")(?:[ \t]+[a-z]+){0,2}[.;]")
#: How many mentions of one sentence are read, at most, for the speaker of a closing reporting clause.
_SENTENCE_MENTIONS = 12
#: How many sentences back a pronoun looks for its person.
_MAX_SENTENCES_BACK = 6
# A noun for people right after a name that makes the name its modifier, no one a he or she could stand for:
# " supporters" in "several Trump supporters were passed over" (not " campaign": 'the Cruz campaign' keeps Cruz in
# mind for a later 'the senator').
NAME_AS_MODIFIER = compile_pattern(r"[ \t]+(?:supporters?|backers|voters?|fans"
                                   r"|loyalists|allies|delegates|aides|staffers"
                                   r"|surrogates|crowds?)\b")
# A vote for a candidate right before the name, who is what the sentence is about, not who speaks after it: "voted
# for " in "The district voted for Mitt Romney by 2 points."
VOTED_FOR = compile_pattern(r"\bvot(?:e|es|ed|ing)[ \t]+for[ \t]+$")
# A preposition opening a sentence's lead-in phrase: "In " in "In a reply to Ms. Matt on March 30, she wrote".
LEAD_IN_PREPOSITION = compile_pattern(r"[\"“‘']?(?:In|At|On|With|To|For|From|During"
                                      r"|After|Before|Despite|Following|Unlike"
                                      r"|Like|Under|Over|Against|Through)[ \t]")


class WalkBack:
    """The pronoun resolution of ``People`` (a mixin: it reads the people's text, sentences, mentions and where
    each gender's pronouns stand)."""

    text: str
    mentions: list[Mention]
    _sentence_starts: list[int]
    _readable: list[int]
    _narrated_before: list[int]
    _pronouns: dict[int, Mention | None]
    _pronoun_starts: dict[str, list[int]]

    def sentence_of(self, position: int) -> int:
        return bisect.bisect_right(self._sentence_starts, position) - 1

    def antecedent(self, pronoun: str, position: int) -> Mention | None:
        """The mention (a name, or a pronoun resolved before) that ``pronoun`` (he/she) at ``position`` stands
        for, or None."""
        if position in self._pronouns:
            return self._pronouns[position]
        gender = _PRONOUN_GENDER.get(pronoun.lower())
        return self._antecedent(gender, position) if gender else None

    def subject_before(self, position: int, gender: str | None = None,
                       other_than: Person | None = None) -> Mention | None:
        """The mention of the person the sentences before ``position`` are about, found as for a he or she (of
        ``gender``, if given; not ``other_than``): who 'the 68-year-old rancher' may be."""
        return self._antecedent(gender, position, other_than)

    def people_before(self, position: int, sentences: int) -> list[Person]:
        """The people mentioned in the ``sentences`` sentences before ``position`` (and its own), the latest first."""
        sentence = self.sentence_of(position)
        found: list[Person] = []
        for mention in reversed(self.mentions[:bisect.bisect_left(self.mentions, position, key=_START)]):
            if sentence - mention.sentence > sentences:
                break
            if all(person is not mention.person for person in found):
                found.append(mention.person)
        return found

    def other_antecedent(self, pronoun: str, position: int, person: Person) -> Mention | None:
        """Who ``pronoun`` at ``position`` stands for if not ``person``: the one who answers a question ``person``
        asked ('"...?" Swanson asked. "...," he answered.')."""
        gender = _PRONOUN_GENDER.get(pronoun.lower())
        return self._antecedent(gender, position, other_than=person) if gender else None

    def _antecedent(self, gender: str | None, position: int, other_than: Person | None = None) -> Mention | None:
        """Walking back sentence by sentence, the mention of the person of fitting gender who speaks in the
        first sentence that has one ('The good news, Lind said, is ...'), else of the leftmost such person; if no
        one fits, of someone in the sentence before whose gender only pronouns near their name told ('Aroha Paki
        said his account was wrong. "...," she said.': the 'his' is someone else's). With no ``gender`` (a
        description that tells none: 'the 68-year-old'), anyone fits."""
        found = self._walk_back(gender, position, True, other_than) \
            or self._walk_back(gender, position, False, other_than)
        if found is not None or not self._sentence_starts:
            return found
        if not self._narrated_before:
            self._narrated_before = list(itertools.accumulate(
                (bisect.bisect(self._readable, at) & 1 for at in self._sentence_starts[:-1]), initial=0))
        return self._walk_back(gender, position, True, other_than, past_quotes=True)

    def _walk_back(self, gender: str | None, position: int, strict: bool, other_than: Person | None,
                   past_quotes: bool = False) -> Mention | None:
        """The mention ``_antecedent`` looks for, of fitting gender (``strict``: no other gender told at all);
        ``past_quotes`` counts only the sentences of the narrative toward how far back it looks ('"Don't say
        that," she told him' after four sentences of his quoted)."""
        sentence = self.sentence_of(position)
        k = len(self.mentions) - 1
        while k >= 0 and self.mentions[k].start >= position:
            k -= 1
        if self.text[position - 2:position] == ", " and (m := PRONOUN.match(self.text, position)) is not None \
                and REPORTING_CLOSE.match(self.text, m.end()) is not None:
            before = k  # the speaker of a closing reporting clause is the subject of the sentence before, if it has
            while before >= 0 and self.mentions[before].sentence == sentence:  # one, rather than someone the
                before -= 1  # words it reports name: 'Oker was cautious. The poll had Wex up by 3, he noted.'
            if before >= 0 and self.mentions[before].sentence == sentence - 1:
                fitting = [mention for mention in self.mentions[:before + 1][-_SENTENCE_MENTIONS:]
                           if mention.sentence == sentence - 1 and _fits(mention.person, gender, strict)
                           and mention.person is not other_than]
                if fitting:
                    return subject_of(self.text, self._sentence_starts, fitting[::-1])
        if k < 0:
            return None
        current = self.mentions[k].sentence
        if not strict and sentence - current > 1 and not self._quoted_between(current + 1, sentence):
            return None  # (the sentences of the quote it closes count for none: 'Danika Cole said he was dead. "I
            # will not go there. That is all," she said.')
        fitting: list[Mention] = []  # the fitting mentions of the sentence being read, right to left
        owner: Mention | None = None  # the owner of a body in the pronoun's own sentence, if no one else fits there:
        # 'Senator Dana Whitcombe's office said that she had written' (not for the subject of a speech verb: 'Donald
        # J. Trump's campaign runs its own operation and, he said, does not coordinate' is someone's named before)
        reports = (m := _WORD_AFTER.match(self.text, position)) is not None and m.group(1) in SPEECH_VERBS
        while k >= 0:
            mention = self.mentions[k]
            if mention.sentence != current:
                if fitting:
                    return subject_of(self.text, self._sentence_starts, fitting)
                if owner is not None:
                    return owner
                current = mention.sentence
                if (self._narrated_before[sentence] - self._narrated_before[current] if past_quotes
                        else sentence - current) > (_MAX_SENTENCES_BACK if strict else 1):
                    return None
            if _fits(mention.person, gender, strict) and mention.person is not other_than \
                    and NAME_AS_MODIFIER.match(self.text, mention.end) is None \
                    and VOTED_FOR.search(self.text, max(0, mention.start - 16), mention.start) is None \
                    and not self._after_own_pronoun(mention, gender) \
                    and not (mention.sentence == sentence and self._in_lead_in_before(mention, position)):
                if not possessor_of_body(self.text, mention.end):
                    fitting.append(mention)
                elif mention.sentence == sentence and owner is None and gender is not None and not reports:
                    owner = mention
            k -= 1
        return subject_of(self.text, self._sentence_starts, fitting) if fitting else owner

    def _quoted_between(self, first: int, last: int) -> bool:
        """Whether no narrative stands from the start of sentence ``first`` to that of sentence ``last``: all of it
        is quoted."""
        start, end = self._sentence_starts[first], self._sentence_starts[last]
        k = bisect.bisect(self._readable, start)
        return k % 2 == 0 and (k == len(self._readable) or self._readable[k] >= end)

    def _after_own_pronoun(self, mention: Mention, gender: str | None) -> bool:
        """Whether ``mention`` is the object of a preposition or a possessor after a pronoun of ``gender`` in its
        sentence: that pronoun, and the he or she after it, stand for someone named before ('Dismayed by his memory
        of Bill Clinton's years, he is backing Sanders': not Bill Clinton; 'When he arrived, Obama said he' is
        Obama)."""
        if gender is None:
            return False
        starts = self._pronoun_starts[gender]
        k = bisect.bisect_left(starts, self._sentence_starts[mention.sentence])
        return k < len(starts) and starts[k] < mention.start \
            and (OBJECT_OF_PREPOSITION.search(self.text, max(0, mention.start - 9), mention.start) is not None
                 or self.text.startswith(("'s", "’s"), mention.end))

    def _in_lead_in_before(self, mention: Mention, position: int) -> bool:
        """Whether ``mention`` is the object of a preposition in the phrase a sentence opens with, the he or she at
        ``position`` the subject right after its comma: 'In a reply to Ms. Matt on March 30, she wrote' (not Matt)."""
        start = self._sentence_starts[mention.sentence]
        return self.text[position - 2:position] == ", " \
            and (lead := LEAD_IN_PREPOSITION.match(self.text, start)) is not None \
            and (OBJECT_OF_PREPOSITION.search(self.text, max(0, mention.start - 9), mention.start) is not None
                 or mention.start == lead.end()) \
            and self.text.count(",", start, position - 2) == 0  # (or right after it: 'Like Ms. Matt, she had')


def _fits(person: Person, gender: str | None, strict: bool) -> bool:
    """Whether a he or she may stand for ``person``: of that gender or none known; not strictly, unless told apart
    (anyone, for no gender)."""
    if gender is None:
        return True
    return person.gender in (None, gender) if strict else not person.told_apart(gender)
