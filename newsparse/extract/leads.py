"""The sentence before a quotation's own: a short one of a speaker and a speech verb (``X agreed. "``), or, before
a quote standing alone, one whose subject speaks (``X praised the plan. "``) or is told how they sounded (``X was
blunt. "``, ``X struck a defiant tone. "``).

>>> from newsparse.extract.phrases import tokenize
>>> lead = 'Ana Lind praised the plan on Monday.'
>>> read_lead(tokenize(lead, 0, len(lead))).name
'Ana Lind'
>>> intro = 'Dianne Bystrom agreed.'
>>> read_intro(tokenize(intro, 0, len(intro))).name
'Dianne Bystrom'
"""

from __future__ import annotations

from operator import attrgetter

from ..lexicon.speech import ROLE_NOUNS, SPEECH_VERBS, STANCE_ADJECTIVES, STANCE_KEYS
from ..pattern_cache import compile_pattern
from .attribution import (
    PASSIVE_BE,
    SENTENCE_END,
    VERBISH,
    Found,
    found_at,
    sentence_tail,
    skip_to_verb,
    speaker_phrase,
)
from .intros import after_dateline, main_clause, speaks_later
from .phrases import Token, is_capitalised, is_verb

_LOWER = attrgetter("lower")


def read_intro(toks: list[Token]) -> Found | None:
    """'Dianne Bystrom agreed. "Quote."': a short sentence of a speaker and a speech verb before."""
    if not toks or toks[-1].text not in SENTENCE_END or SPEECH_VERBS.isdisjoint(map(_LOWER, toks)):
        return None  # (both readings below end at a speech verb)
    sentence = sentence_tail(toks[:-1])
    phrase = speaker_phrase(sentence, 0)
    if phrase is not None:
        j = skip_to_verb(sentence, phrase.end)
        if j is not None and j < len(sentence) and is_verb(sentence[j]) and len(sentence) - j <= 5:
            hit = found_at(sentence, phrase, "said-verb")  # ('His rival, Marco Rubio, disagreed.': the name in
            if phrase.kind != "description" or hit.kind == "name" or _role_headed(phrase.name):  # apposition, see
                return hit  # ``found_at``; 'a consumer delegate said.': a role)
    if len(sentence) >= 3 and is_verb(sentence[-1]) and not sentence[-1].text.endswith("ing"):
        # 'Or maybe Jeb Bush, consultant Phil Musser says.': the name right before a closing verb
        start = len(sentence) - 1
        while start > 0 and (is_capitalised(sentence[start - 1].text) or sentence[start - 1].text.endswith(".")):
            start -= 1
        while start > 0 and start > len(sentence) - 6 and sentence[start - 1].text[:1].islower() \
                and sentence[start - 1].text[:1].isalpha():
            start -= 1
        phrase = speaker_phrase(sentence, start)
        if phrase is not None and phrase.kind == "name" and phrase.end == len(sentence) - 1:
            return found_at(sentence, phrase, "said-verb")
    return None


def read_lead(toks: list[Token]) -> Found | None:
    """'Ana Lind praised the plan on Monday. "Quote."': a sentence whose subject, a person, speaks (a speech or
    naming verb right after it, or a clause going on ', saying' / 'by saying'), before a quote that stands alone
    with no attribution of its own."""
    if len(toks) < 3 or toks[-1].text != "." or (
            VERBISH.isdisjoint(lowered := set(map(_LOWER, toks))) and STANCE_KEYS.isdisjoint(lowered)
            and UTTERANCES.isdisjoint(lowered)):
        return None
    sentence = sentence_tail(toks[:-1])
    sentence = sentence[after_dateline(sentence):]
    main = main_clause(sentence)
    phrase = speaker_phrase(sentence, main)
    if phrase is None or (phrase.kind == "pronoun" and phrase.name.lower() not in ("he", "she")):
        return None
    j = skip_to_verb(sentence, phrase.end)
    if j is None or j >= len(sentence) or sentence[j].lower.endswith("ing") \
            or not VERBISH.isdisjoint(t.lower for t in sentence[phrase.end:j]):
        return None  # ('Rather, he said, continued ...': a reporting clause is no appositive)
    if phrase.kind == "description":  # 'The former governor said he expected a long fight.' (a person's role and a
        # speech verb; not 'Trump's comments about Israel had angered ...')
        return found_at(sentence, phrase, "said-verb") \
            if sentence[j].lower in SPEECH_VERBS and _role_headed(phrase.name) else None
    if sentence[j].lower in VERBISH or (sentence[j].text.islower()
                                         and speaks_later(sentence, j + 1)):
        return found_at(sentence, phrase, "said-verb")  # 'Reyes distanced himself from it by saying he would run.'
    k = j - 1 if sentence[j - 1].lower in PASSIVE_BE else j  # ('was' is read past, as in 'was quoted')
    if len(sentence) - k <= _MAX_STANCE_TOKENS and STANCE.match(" ".join(t.lower for t in sentence[k:])):
        return found_at(sentence, phrase, "said-verb")  # 'Reyes was blunt.', 'Reyes struck a defiant tone.'
    told = [t.lower for t in sentence[phrase.end:]]
    if len(told) <= _MAX_STANCE_TOKENS and "who" not in told and UTTERANCE_GIVEN.search(" ".join(told)):
        return found_at(sentence, phrase, "said-verb")  # 'Reyes turned to the cameras and offered a single
        # sentence.'
    return None


# What a short sentence says of how its subject spoke, from its verb on (tokens lower-cased, joined by blanks):
# 'was blunt', 'was more cautious', 'is not so sure', 'struck a defiant tone', 'sounded an upbeat note', 'did not
# mince words', 'was quick to add that ...', 'made clear that ...', 'wanted to know', 'pushed back', 'doubled down',
# 'ended his blog post with a note to customers'.
STANCE = compile_pattern(
    r"(?:(?:was|is|were|are|seemed|sounded|remained|remains)(?: (?:not|a bit|a little|rather|more|less|much|far|even"
    r"|also|equally|similarly|still|just as|as|so|no less|typically|characteristically|decidedly))* (?:"
    + "|".join(sorted(STANCE_ADJECTIVES)) + r"|(?:sure|convinced|certain)(?= (?:that|about|of)\b|$))"
    r"|(?:struck|strikes|sounded|sounds) (?:an?|the|his|her|their) (?:[\w-]+ ){1,2}(?:tone|note)"
    r"|(?:did not|didn't|didn’t|does not|doesn't|doesn’t) mince (?:his |her |their |any )?words|minced no words"
    r"|(?:was|were|is) (?:quick|careful|eager|keen|at pains) to [a-z]+"
    r"|(?:made|makes) (?:it )?clear|wanted to know|(?:pushed|pushes) back|doubled down"
    r"|(?:ended|ends|closed|closes|concluded|concludes|signed off|signs off)(?: (?:his|her|their|the) (?:[\w-]+ ){0,2}"
    r"(?:post|letter|speech|remarks|statement|message|email|column|address|testimony|video))? with (?:an?|this|one|"
    r"a final|a last) (?:[\w-]+ )?(?:note|plea|promise|message|question|appeal|request|reminder|challenge|vow|pledge"
    r"|word|thought))(?: |$)"
)
#: Nouns of what someone says, given as a thing: 'a single sentence', 'a one-word answer', 'a warning'.
UTTERANCES = frozenset("sentence word reply answer response retort warning plea prediction verdict assessment".split())
# An utterance the subject gives, anywhere in a short sentence after the subject (tokens lower-cased, joined by
# blanks): 'turned to the cameras and offered a single sentence', 'gave a one-word answer', 'had a warning' (not
# 'gave a speech in May': a speech is no utterance a quote after it holds).
UTTERANCE_GIVEN = compile_pattern(
    r"\b(?:offered|offers|gave|gives|had|has|delivered|delivers) (?:(?:just|only|one|a|an|this|his|her|their) )*"
    r"(?:(?:single|short|brief|final|parting|last|blunt|simple|one-word|one-line|terse|curt) )?"
    r"(?:" + "|".join(sorted(UTTERANCES)) + r")(?: |$)")
#: Tokens a stance sentence may run to from its verb: 'was quick to add that the plan has its limits'.
_MAX_STANCE_TOKENS = 14


# Where a description's head noun ends: at its first preposition (" to " in "a senior aide to the speaker").
_HEAD_END = compile_pattern(r" (?:to|for|of|at|with|in|from|on|by|about|near|under|over|behind|inside|outside|who|whose"
                            r"|which|that) ")


def _role_headed(description: str) -> bool:
    """Whether a description's head noun is a role ('A senior aide' of 'A senior aide to the speaker'; not 'Trump's
    comments')."""
    head = _HEAD_END.split(description.lower(), 1)[0].split()
    return bool(head) and head[-1] in ROLE_NOUNS
