"""Whom a sentence is about: the person a reporting clause names, else the subject of its main clause; and
whether a speech verb follows a name.

>>> speaks_after("Lind said on Monday", 4), speaks_after("Automakers say", 10)
(True, False)

``mentions`` asks here which of one sentence's people a later he or she stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.people import QUESTIONED_LEAD_INS, UPPER
from ..lexicon.speech import ASKING_OBJECT_VERBS, OBJECT_VERBS, SPEECH_VERBS, VERB_MODIFIERS
from ..pattern_cache import compile_pattern
from .name_context import POSSESSOR_OF_NAMED, modifies_noun
from .phrases import is_adverb

if TYPE_CHECKING:
    from .mentions import Mention

#: How far into its sentence a full name may stand to be what the sentence is about: 'Their father, ' before
#: 'Morten Rusk'.
SUBJECT_REACH = 40
#: Speech verbs that are deeds as often (a storm hits, a blast fires): no sign alone that a word names a person.
_DEEDS = frozenset("hit hits blast blasts slam slams fire fires fired press presses post posts read reads put puts "
                   "snap snaps point points go goes went shot".split())
#: Finite verbs that follow a plural noun, never a speech verb: "are" in "Harsh comments are earning".
_FINITE_AUXILIARIES = frozenset("are were have had will would can could may might should must do did".split())
# The word before a name: ", said Lind" -> "said".
_VERB_BEFORE = compile_pattern(r"\b([a-z]+)[ \t\n]+$")
# A body right after a possessive name: " campaign" in "Donald J. Trump's campaign runs its own operation" (the
# possessive ending is read with the name or here).
_BODY_POSSESSED = compile_pattern(r"(?:['’]s)?[ \t]+(?:presidential[ \t]+|reelection[ \t]+|re-election[ \t]+)?"
                                  r"(?:campaign|administration|office|staff|team|party|company|committee|foundation)\b")
# The word after a name, on its line or the next (wire copy is hard-wrapped): "Pate claimed" -> "claimed".
_NEXT_WORD = compile_pattern(r"(?:[ \t]+|[ \t]*\n[ \t]*)([a-z]+)")
# The first word of a sentence: '"In his speech, Lind said' -> "In".
_FIRST_WORD = compile_pattern(r"[^\w]*(\w+)")
#: Words that open a lead-in before a sentence's subject: 'Regarding the speech, Lind said'.
_LEAD_INS = frozenset(
    """
    regarding after before in on at during when while as although though following despite with without
    speaking unlike like since because if for from under over among amid through throughout
    according once upon by
    back outside inside nearby elsewhere later earlier afterward afterwards downstairs upstairs meanwhile moments
    """.split()
) | QUESTIONED_LEAD_INS


def _opens_lead_in(word: str) -> bool:
    """'Regarding', 'After', and a participle ('Noting that both men won, Lind said'; not 'Nothing', 'Spending')."""
    return word in _LEAD_INS or (word.endswith("ing") and len(word) > 5 and word not in _ING_NOUNS)

#: Words in -ing that open sentences as their subjects, not as participles: 'Nothing', 'Spending on roads rose'.
_ING_NOUNS = frozenset("""
    nothing something everything anything morning evening building meeting funding spending polling
    housing training shooting bombing ceiling wedding clothing offering opening ending
    """.split())


# A relative clause reporting speech, after a name and its appositives: ", who said" in "Ana Lind of Ohio, the
# panel's ranking Democrat, who said none of it was true" (the verb is group 1).
_WHO_VERB = compile_pattern(r",[ \t]+who[ \t]+(?:also[ \t]+|later[ \t]+|has[ \t]+|had[ \t]+)?([a-z]+)")
#: How far after a name its relative clause may start.
_RELATIVE_REACH = 140
# A relative clause saying someone was asked: ", who was asked" in "Gov. Beverly Uchen, a Democrat, who was asked".
WHO_WAS_ASKED = compile_pattern(rf",[ \t]+who[ \t]+(?:was|were|had[ \t]+been)[ \t]+(?:{ASKING_OBJECT_VERBS})\b")
# A preposition right before a name, ending a phrase it is the object of: "of " in "a close ally of Hillary Clinton",
# "his memory of Bill Clinton".
OBJECT_OF_PREPOSITION = compile_pattern(r"\b(?:of|by|with|for|to|from|about|against|toward|towards|over)[ \t]+$")
# A claim answered by the person named next, who speaks in the sentences after: "a charge rejected by " before "BJP MP
# Rajat Sen", "a claim disputed by Sen. " before "Ana Lind".
DISPUTED_BY = compile_pattern(r"\b(?:rejected|denied|disputed|dismissed"
                              r"|contested|refuted|rebutted|challenged|countered)"
                              r"[ \t]+by[ \t]+(?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}$")


def speaks_after(text: str, end: int) -> bool:
    """'Pate claimed', 'Cruz openly admitted': a speech verb follows the name, in a form one person
    takes ('Automakers say', 'Analysts argue' are many, and no name)."""
    m = _NEXT_WORD.match(text, end)
    if m is not None and (is_adverb(m.group(1)) or m.group(1) in VERB_MODIFIERS):
        m = _NEXT_WORD.match(text, m.end())
    if m is None:
        return False
    verb = m.group(1)
    if verb not in SPEECH_VERBS or verb + "s" in SPEECH_VERBS or verb + "es" in SPEECH_VERBS or verb in _DEEDS:
        return False  # ('Storm hits coast', 'Fire blasts plant')
    after = _NEXT_WORD.match(text, m.end())
    return after is None or after.group(1) not in _FINITE_AUXILIARIES  # ('Harsh comments are earning': a noun)


def subject_of(text: str, sentence_starts: list[int], fitting: list[Mention]) -> Mention:
    """Of one sentence's fitting mentions (right to left), the first named in a reporting clause set off by a
    comma ('The good news, Lind said, is ...', '..., said Lind'), else the leftmost in its main clause (after a
    lead-in; past a possessor whose relative or aide is named next), else the leftmost."""
    if len(fitting) == 1:
        return fitting[0]
    for mention in reversed(fitting):
        if (text[max(0, mention.start - 2):mention.start].strip() == "," and speaks_after(text, mention.end)) \
                or _spoken_of(text, mention) or DISPUTED_BY.search(text, max(0, mention.start - 60), mention.start) \
                or _says_in_relative_clause(text, mention, fitting) or _asked_after(text, mention, fitting):
            return mention
    main = main_clause_start(text, sentence_starts, fitting[0].sentence)
    for mention in reversed(fitting):
        if mention.start >= main and (mention is fitting[0] or not (_possessor_of_named(text, mention)
                                                                    or _modifies_a_noun(text, mention))):
            return mention  # (not the possessor in "Kettering-Day's mother, Beverly Kettering, was ...", nor a
            # noun's modifier: "The Trump campaign's adviser, Cosmo Nied, said")
    return fitting[-1]


def possessor_of_body(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the possessor of a body: "Donald J. Trump's campaign"."""
    return _possessive(text, end) and _BODY_POSSESSED.match(text, end) is not None


def _modifies_a_noun(text: str, mention: Mention) -> bool:
    """"The Trump campaign's adviser": a name after an article and before a noun in lower case, its modifier; or the
    possessor of a body that is the subject: "Donald J. Trump's campaign runs its own operation"."""
    return modifies_noun(text, mention.start, mention.end) or possessor_of_body(text, mention.end)


def _possessor_of_named(text: str, mention: Mention) -> bool:
    """"Kettering-Day's mother, Beverly Kettering,": a possessor whose relative or aide is named next."""
    return _possessive(text, mention.end) and POSSESSOR_OF_NAMED.match(text, mention.end) is not None


def _possessive(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a possessive, its "'s" after it or read with it: "Lind's" in "Lind's
    plan was backed by ..." (a possessor, not a subject)."""
    return text.startswith(("'s", "’s"), end) or text[end - 2:end] in ("'s", "’s")


def _spoken_of(text: str, mention: Mention) -> bool:
    """', said Lind.' / ', said Lind, a former aide': a speech verb that may stand before its speaker, a comma
    before it and the clause ending after the name (not ', said Mr. Trump had erred')."""
    if text[mention.end:mention.end + 1] not in (",", ".", ";", ""):
        return False
    m = _VERB_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    return m is not None and m.group(1) in SPEECH_VERBS and m.group(1) not in OBJECT_VERBS \
        and text[max(0, m.start() - 2):m.start()].strip() == ","

def _says_in_relative_clause(text: str, mention: Mention, fitting: list[Mention]) -> bool:
    """"Reyes's plan was backed by Sen. Ana Lind of Ohio, the panel's ranking Democrat, who said ...": a relative
    clause after the name (and its appositives) that reports the person's words, no one but possessors named before
    it in the sentence, and no one else named between."""
    if any(not _possessive(text, m.end) for m in fitting if m.start < mention.start) \
            or text[max(0, mention.start - 4):mention.start] == "and ":
        return False  # (the sentence's subject is named before: 'Rubio spared Bush and Christie, who say ...')
    following = [m.start for m in fitting if m.start > mention.start]
    limit = min(following, default=mention.end + _RELATIVE_REACH)
    stop = text.find(". ", mention.end, limit)
    m = _WHO_VERB.search(text, mention.end, stop if stop >= 0 else limit)
    return m is not None and m.group(1) in SPEECH_VERBS


def _asked_after(text: str, mention: Mention, fitting: list[Mention]) -> bool:
    """"Hallo interviewed Gov. Beverly Uchen, a Democrat, who was asked whether ...": the one asked, in a relative
    clause after the name (and its appositives), answers next, whoever the sentence's subject is."""
    if text.find(", who", mention.end, mention.end + _RELATIVE_REACH) < 0 \
            or OBJECT_OF_PREPOSITION.search(text, max(0, mention.start - 9), mention.start):
        return False  # ('..., a close ally of Hillary Clinton, who was asked': not her)
    following = [m.start for m in fitting if m.start > mention.start
                 and not OBJECT_OF_PREPOSITION.search(text, max(0, m.start - 9), m.start)]
    limit = min(following, default=mention.end + _RELATIVE_REACH)
    return WHO_WAS_ASKED.search(text, mention.end, limit) is not None


def main_clause_start(text: str, sentence_starts: list[int], sentence: int) -> int:
    """Where sentence ``sentence``'s main clause starts: after 'Regarding the speech,' and the like."""
    start = sentence_starts[sentence]
    m = _FIRST_WORD.match(text, start)
    if m is None or not _opens_lead_in(m.group(1).lower()):
        return start
    end = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(text)
    comma = text.find(", ", start, end)
    return comma + 2 if comma >= 0 else start
