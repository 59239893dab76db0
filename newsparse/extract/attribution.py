"""The attribution grammar: who a stretch of words next to a quotation names as its speaker.

``speakers`` cuts the words after a closing mark (to the end of its sentence) and before an
opening mark (from the start of its sentence) into tokens and asks this module whether they
attribute the quote, and to which phrase.

>>> from newsparse.extract.phrases import tokenize
>>> after = ', said Sen. Ana Lind (D-N.Y.), the chair.'
>>> read_after(tokenize(after, 0, len(after)), "We will win,").name
'Ana Lind'
>>> before = 'On Monday, the mayor told reporters: '
>>> read_before(tokenize(before, 0, len(before)), partial=False)[1:]
('description', 'the mayor', 'colon-intro')

After the quote: ``," X said`` (X a name with titles, an appositive, a bracket or modifiers
before the verb), ``," said X``, ``?" X pressed`` (any past tense right after a name), ``according
to X``, ``" -- X`` (a credit line), and ``, X said`` after a comma later in the sentence.
Before it: ``X said: "``, ``X told reporters, "``, ``According to X, "``, ``Said X: "``,
``X, who declared, "``, a subject before a colon (``X delivered a message: "``), a name set off
before a colon (``- Carl Bialik: "``), a subject whose sentence goes on ``, saying, "``, and a
fragment after a naming verb (``X called it "a disaster"``).
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

from ..lexicon.people import NON_PERSON_WORDS, NOT_NAME_START, PLACE_PREFIXES
from ..lexicon.speech import (
    NAMING_VERBS,
    OBJECT_VERBS,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    SPEECH_VERBS,
    UTTERANCE_NOUNS,
    VERB_MODIFIERS,
)
from ..lexicon.titles import NAME_TITLES
from ..model import Span
from .phrases import DETERMINERS, Phrase, Token, clean_name, is_adverb, is_capitalised, is_verb, read_phrase

SENTENCE_END = frozenset({".", "!", "?", "…"})
DASHES = frozenset({"—", "–", "--", "-"})
_LEAD_PUNCT = frozenset({",", '"', "”", "'", "’", "»", "«"}) | DASHES
_CLAUSE_BREAK = frozenset({",", ";", ":", "—", "–", "--", "-", "("})
_CONJUNCTIONS = frozenset({"and", "but", "as", "while", "when", "because", "so", "yet", "although", "though",
                           "after", "before", "since", "where", "whereas", "which", "who", "whom", "that"})
_PREPOSITIONS = frozenset({"of", "from", "at", "with", "for"})
#: Verbs between a possessed utterance and its colon: "Lind's reply was:", "Reyes's statement read:".
_POSSESSED_VERBS = frozenset({"was", "is", "read", "reads", "said", "says", "stated"})
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
#: Words before a capitalised run that make it a place or a body, not a speaker: 'moved to New York'.
_PLACE_BEFORE = frozenset({"to", "in", "into", "from", "at", "of", "for", "with", "by", "on", "near", "across"})
#: Words after a comma that carry an appositive on: ', a senator from Ohio, and a former judge,'.
_APPOSITIVE_GOES_ON = frozenset({"and", "or", "a", "an", "the", "who", "whose", "which", "as",
                                 "including", "one", "among", "along", "like", "herself", "himself",
                                 "of", "in", "from", "at", "for", "with", "to", "on", "by", "but", "not", "who's"})
#: What may stand before a name that labels a quote: '- Carl Bialik: "', '# Lind: "', 'from Pew: "'.
_LABEL_AFTER = DASHES | {",", "from", "#", "*", "**", ">", "_"}
#: Quotation marks read as tokens: '"CBS This Morning," Sanders said' starts a clause after them.
_MARK_TOKENS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»", "„"})
_BEFORE_PARTICIPLE = frozenset({",", "by", "upon", "after", "before", "while", "when"})
_TIME_ADVERBS = frozenset({"later", "earlier", "ago", "before", "after", "afterward", "afterwards", "then"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())
#: Function words that may open a speaker phrase: pronouns and determiners.
_PHRASE_OPENERS = frozenset("he she they it we i the a an one another his her their its some many".split())
#: Tokens an appositive may hold: 'Jonathan Vance, the Canadian chief of defence staff, said'.
_MAX_APPOSITIVE = 30
_LOWER = attrgetter("lower")
#: Verbs through which a clause before a quote attributes it: speech verbs and naming verbs.
_VERBISH = SPEECH_VERBS | NAMING_VERBS


class Found(NamedTuple):
    """A speaker phrase found for a quote: where it stands, what it is, how it was found."""

    span: Span
    kind: str  # pronoun | name | description
    name: str
    method: str


def read_intro(toks: list[Token]) -> Found | None:
    """'Dianne Bystrom agreed. "Quote."': a short sentence of a speaker and a speech verb before."""
    if not toks or toks[-1].text not in SENTENCE_END or SPEECH_VERBS.isdisjoint(map(_LOWER, toks)):
        return None  # (both readings below end at a speech verb)
    sentence = sentence_tail(toks[:-1])
    phrase = speaker_phrase(sentence, 0)
    if phrase is not None and phrase.kind != "description":
        j = _skip_to_verb(sentence, phrase.end)
        if j is not None and j < len(sentence) and is_verb(sentence[j]) and len(sentence) - j <= 5:
            return found_at(sentence, phrase, "said-verb")
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
    if len(toks) < 3 or toks[-1].text != "." or _VERBISH.isdisjoint(map(_LOWER, toks)):
        return None
    sentence = sentence_tail(toks[:-1])
    main = main_clause(sentence)
    phrase = speaker_phrase(sentence, main)
    if phrase is None or phrase.kind == "description" or (phrase.kind == "pronoun"
                                                           and phrase.name.lower() not in ("he", "she")):
        return None
    j = _skip_to_verb(sentence, phrase.end)
    if j is None or j >= len(sentence) or sentence[j].lower.endswith("ing") \
            or not _VERBISH.isdisjoint(t.lower for t in sentence[phrase.end:j]):
        return None  # ('Rather, he said, continued ...': a reporting clause is no appositive)
    if sentence[j].lower in _VERBISH or (sentence[j].text.islower()
                                         and any(_goes_on_to_speak(sentence, m) for m in range(j + 1, len(sentence)))):
        return found_at(sentence, phrase, "said-verb")  # 'Reyes distanced himself from it by saying he would run.'
    return None


def sentence_head(toks: list[Token]) -> list[Token]:
    """The tokens up to the first sentence end."""
    for k, t in enumerate(toks):
        if t.text in SENTENCE_END:
            return toks[:k + 1]
    return toks


def sentence_tail(toks: list[Token]) -> list[Token]:
    """The tokens after the last sentence end."""
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text in SENTENCE_END:
            return toks[k + 1:]
    return toks


def found_at(toks: list[Token], phrase: Phrase, method: str) -> Found:
    """The phrase as a finding, the name it stands in apposition to preferred over a bare role."""
    if phrase.kind == "description" and phrase.end + 2 < len(toks) and toks[phrase.end].text == ",":
        named = read_phrase(toks, phrase.end + 1)  # "Rep. Hunter's chief of staff, Joe Kasper, told"
        if named is not None and named.kind == "name" and named.end < len(toks) and toks[named.end].text == ",":
            phrase = named
    span = Span(toks[phrase.start].start, toks[phrase.end - 1].end)
    return Found(span, phrase.kind, phrase.name, method)


def speaker_phrase(toks: list[Token], i: int, *, after_verb: bool = False) -> Phrase | None:
    """The speaker phrase at token ``i``; never one opened by 'But', 'In' or 'Meanwhile'."""
    if i < len(toks) and toks[i].lower in NOT_NAME_START and toks[i].lower not in _PHRASE_OPENERS \
            and toks[i].text != "US" and not _this_role(toks, i):  # ('US Sen. Ana Lind said' is no 'us')
        return None
    phrase = read_phrase(toks, i, after_verb=after_verb)
    if phrase is not None and phrase.kind == "name" and phrase.end + 1 < len(toks) and toks[phrase.end].lower == "and":
        return _coordinated(toks, phrase)
    return phrase


def _this_role(toks: list[Token], i: int) -> bool:
    """'this source', 'these officials': a demonstrative before a role opens a description ('this week' does not)."""
    return toks[i].lower in ("this", "these") and i + 1 < len(toks) and toks[i + 1].lower in ROLE_NOUNS


def _coordinated(toks: list[Token], first: Phrase) -> Phrase:
    """Two people named as one speaker: 'Ana Lind and Tom Reyes wrote' -> 'Ana Lind and Tom Reyes'
    (not 'Democrats and Republicans', nor a name and a body); both full names or both surnames."""
    second = read_phrase(toks, first.end + 1)
    if second is None or second.kind != "name" or not (_person_like(first.name) and _person_like(second.name)) \
            or (" " in first.name) != (" " in second.name):  # ('Ohio and Ana Lind')
        return first
    return Phrase(first.start, second.end, "name", f"{first.name} and {second.name}")


def _person_like(name: str) -> bool:
    """'Ana Lind', 'Edward-Isaac Dovere', 'Lind'; not 'Democrats', 'CNN' nor 'Fox News'."""
    words = name.split()
    return all(w.lower().rstrip(".") not in NON_PERSON_WORDS and not (w.isupper() and len(w) > 1) for w in words) \
        and words[0].lower() not in PLACE_PREFIXES


def read_after(toks: list[Token], quoted: str, quote_full: bool = True) -> Found | None:
    """'," X said' / '," said X' / 'according to X' right after the closing mark."""
    k = 0
    while k < len(toks) and toks[k].text in _LEAD_PUNCT:
        k += 1
    if k >= len(toks):
        return None
    if _inverts(toks[k]):
        phrase = speaker_phrase(toks, k + 1, after_verb=True)
        if phrase is not None:
            return found_at(toks, phrase, "said-verb")
    phrase = speaker_phrase(toks, k)
    if phrase is not None:
        j = _skip_to_verb(toks, phrase.end)
        if j is not None and j < len(toks):
            if is_verb(toks[j]) and (quoted[-1:] != "." or _closes_sentence(toks, j + 1)) \
                    and not (j + 1 < len(toks) and toks[j + 1].text == ":"):  # 'X added:' opens the next quote
                return found_at(toks, phrase, "said-verb")
            if quote_full and _loose_verb(toks[j], j, quoted, phrase):
                return found_at(toks, phrase, "said-verb")
        elif j is None and phrase.kind == "name" and quoted[-1:] in ",?!" and _who_speaks(toks, phrase.end):
            return found_at(toks, phrase, "said-verb")  # '," Ana Lind, who chairs the group said in a statement'
        if phrase.kind == "name" and k > 0 and toks[k - 1].text in DASHES and quoted[-1:] in ".?!" \
                and (phrase.end == len(toks) or toks[phrase.end].text in (",", ".")):
            return found_at(toks, phrase, "credit")  # '"..." -- Michelle Marks, Philadelphia.'
    if quoted[-1:] in ".?!":
        return None  # a new sentence starts after the quote
    hit = _according_to(toks)
    if hit:
        return hit
    # '"..." for the victory, Sanders said.': a phrase after a comma, its verb after it (none after the last verb)
    for c in range(k + 1, min(_last_verb(toks, SPEECH_VERBS), k + 16)):
        if toks[c - 1].text == ",":
            phrase = speaker_phrase(toks, c)
            if phrase is not None and phrase.kind != "description":
                j = _skip_to_verb(toks, phrase.end)
                if j is not None and j < len(toks) and is_verb(toks[j]):
                    return found_at(toks, phrase, "said-verb")
    return None


def _who_speaks(toks: list[Token], j: int) -> bool:
    """', who chairs the group said': a relative clause left open up to a speech verb after a speaker's name."""
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].lower != "who":
        return False
    for m in range(j + 2, min(len(toks), j + 16)):
        if toks[m].text in SENTENCE_END or toks[m].text == ",":
            return False
        if is_verb(toks[m]):
            return m > j + 2
    return False


def _inverts(token: Token) -> bool:
    """'said', 'scoffed', 'agrees' may stand before their speaker; 'told', 'saying' may not."""
    return is_verb(token) and token.lower not in OBJECT_VERBS and not token.lower.endswith("ing")


def _closes_sentence(toks: list[Token], j: int) -> bool:
    """After '."', 'X said' must end its sentence soon: '"We won." Ortega said on Tuesday.' is an
    attribution, '"We won." Ortega said the count would take days.' is a new statement."""
    return len(toks) - j <= 5 or any(t.text in SENTENCE_END for t in toks[j:j + 5])


def _is_title_word(token: Token) -> bool:
    return token.lower.rstrip(".") in NAME_TITLES


def _loose_verb(tok: Token, tok_index: int, quoted: str, phrase: Phrase) -> bool:
    """'"Not negotiable?" Hannity pressed': any past-tense verb right after a name closes a quote."""
    named = phrase.kind == "pronoun" or (phrase.kind == "name" and not phrase.name.lower().startswith("the "))
    return named and quoted[-1:] in ",?!—-" and phrase.end == tok_index and tok.text.islower() \
        and tok.text.endswith("ed") and len(tok.text) > 3


def _skip_to_verb(toks: list[Token], j: int) -> int | None:
    """Skip an appositive, a bracket and modifiers after a speaker phrase; the verb's index."""
    n = len(toks)
    if j < n and toks[j].text == "(":
        k = j + 1
        while k < n and k - j < 12 and toks[k].text != ")":
            k += 1
        if k >= n or toks[k].text != ")":
            return None
        j = k + 1
    if (j + 1 < n and toks[j].lower in _PREPOSITIONS and is_capitalised(toks[j + 1].text)) or \
            (j + 2 < n and toks[j].lower in _PREPOSITIONS and toks[j + 1].lower == "the" \
            and is_capitalised(toks[j + 2].text)):  # 'James Smith of the American Institute wrote'
        k = j + 1
        while k < n and k - j < 8 and (is_capitalised(toks[k].text) or toks[k].lower in ("the", "of", "and")):
            k += 1
        j = k
    if j < n and toks[j].text in (",", "—", "–", "--"):  # an appositive: ', 30, of Raleigh, N.C., who ..., said'
        mark = toks[j].text
        run = j + 1
        while run < n and is_capitalised(toks[run].text) and not _is_title_word(toks[run]) \
                and not toks[run].text.endswith(("'s", "’s", "s'", "s’")):
            run += 1
        if j + 1 < run < n and toks[run].text[:1].islower() and toks[run].lower != "of":
            return None  # ', Tom Reyes returned the favour, telling' is a clause, not an appositive
        k = j + 1
        while k < n and k - j <= _MAX_APPOSITIVE and toks[k].text not in SENTENCE_END:
            if toks[k].text == mark and k + 1 < n and (toks[k + 1].text[:1].islower() or is_verb(toks[k + 1])) \
                    and toks[k + 1].lower not in _APPOSITIVE_GOES_ON:
                break
            k += 1
        if k >= n or toks[k].text != mark:
            return None
        j = k + 1
    skipped = 0
    while j < n and skipped < 4 and (toks[j].lower in VERB_MODIFIERS or toks[j].lower in _WEEKDAYS
                                     or toks[j].lower == "on" or (is_adverb(toks[j].text)
                                     and toks[j].text.islower())):
        j += 1
        skipped += 1
    return j


def _according_to(toks: list[Token]) -> Found | None:
    if "according" not in map(_LOWER, toks):  # (most stretches have none: looked for in C)
        return None
    for k in range(len(toks) - 2):
        if toks[k].lower == "according" and toks[k + 1].lower == "to":
            phrase = speaker_phrase(toks, k + 2, after_verb=True)
            if phrase is not None:
                return found_at(toks, phrase, "according-to")
    return None


def read_before(toks: list[Token], *, partial: bool) -> Found | None:
    """'X said: "' / 'X told reporters, "' / 'According to X, "' / 'Said X: "' before the opening mark."""
    if not toks:
        return None
    hit = _according_to(toks)
    if hit:
        return hit
    colon = toks[-1].text == ":"
    if colon:
        hit = _label(toks) or _possessor(toks)
        if hit:
            return hit
        last = len(toks) - 1
    else:  # a clause attributes through a speech or naming verb of its own: clauses after the last one cannot
        last = _last_verb(toks, _VERBISH)
        if last < 0:
            return None
    starts = [0, *(k + 1 for k, t in enumerate(toks[:last]) if t.text in _CLAUSE_BREAK or t.lower in _CONJUNCTIONS)]
    main = -1  # where the main clause starts, worked out when first asked
    for s in reversed(starts):
        s = _skip_conjunction(toks, s)
        if s >= len(toks):
            continue
        if toks[s].lower == "with" and s > 0:  # ', with Tom Reyes shouting: "'
            speaking = _with_speaking(toks, s + 1)
            if speaking is True:
                return None
            if speaking:
                return speaking
            continue
        if s >= 3 and toks[s - 1].lower == "who" and toks[s - 2].text == ",":
            hit = _relative_speaker(toks, s)  # 'from Mike Lee, who declared in the spin room, "'
            if hit:
                return hit
            continue
        if _inverts(toks[s]) and (is_capitalised(toks[s].text) or s == 0 or toks[s - 1].text == ","):
            phrase = speaker_phrase(toks, s + 1, after_verb=True)  # 'Said Stone:' / ', said Stone, "'
            if phrase is not None and phrase.kind != "pronoun" \
                    and phrase.end < len(toks) and toks[phrase.end].text in (",", ":"):
                return found_at(toks, phrase, "colon-intro" if colon else "said-verb")
        phrase = speaker_phrase(toks, s)
        if phrase is None:
            continue
        if phrase.kind == "name":
            phrase = _joined_before(toks, s, phrase)
        j = _skip_to_verb(toks, phrase.end)
        if j is None and colon and phrase.kind == "name" and toks[phrase.end].text == ",":
            main = main if main >= 0 else main_clause(toks)
            if s == main:
                return found_at(toks, phrase, "colon-intro")  # 'Reyes, asked about staff cuts: "'
        if j is None or j >= len(toks):
            continue
        if is_verb(toks[j]) or (toks[j].lower in NAMING_VERBS and (partial or phrase.kind != "description")):
            if phrase.kind == "description" and toks[s].lower not in DETERMINERS:
                phrase = _name_before(toks, s) or phrase  # 'Ana Lind, secretary general of the board, said'
            return found_at(toks, phrase, "colon-intro" if colon else "said-verb")
        main = main if main >= 0 else main_clause(toks)
        if colon and s == main and toks[j].text.islower() \
                and (phrase.kind != "description" or any(t.lower in ROLE_NOUNS for t in toks[phrase.start:phrase.end])):
            return found_at(toks, phrase, "colon-intro")  # 'X delivered a message: "' / 'A report had this to say:
        if s == main and any(_goes_on_to_speak(toks, m) for m in range(j + 1, len(toks))):
            return found_at(toks, phrase, "said-verb")  # 'X took aim at Y, saying, "' / '... and said "'
    return None


def _joined_before(toks: list[Token], s: int, phrase: Phrase) -> Phrase:
    """The name at ``s`` with the one joined to it by 'and' before it: 'Ana Lind and | Tom Reyes wrote:'."""
    if s < 2 or toks[s - 1].lower != "and":
        return phrase
    start = s - 1
    while start > max(0, s - 8) and (is_capitalised(toks[start - 1].text) or toks[start - 1].text.endswith(".")):
        start -= 1
    if start == s - 1 or (start > 0 and toks[start - 1].lower in _PLACE_BEFORE):
        return phrase  # ('moved to New York and Ana Lind said:')
    joined = speaker_phrase(toks, start)
    return joined if joined is not None and joined.end == phrase.end else phrase


def _last_verb(toks: list[Token], verbs: frozenset[str]) -> int:
    """Index of the last token that is one of ``verbs`` (-1 for none)."""
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].lower in verbs:
            return k
    return -1


def _goes_on_to_speak(toks: list[Token], m: int) -> bool:
    """A speech verb later in the subject's sentence: ', saying', 'upon saying', 'and said', ', calling'."""
    t = toks[m]
    if t.lower.endswith("ing"):
        return (is_verb(t) or t.lower in NAMING_VERBS) \
            and (toks[m - 1].lower in _BEFORE_PARTICIPLE or toks[m - 1].lower in ("statement", "message")
                 or m + 2 >= len(toks))  # '... to supporters saying: "', 'issued a statement saying that "'
    return is_verb(t) and toks[m - 1].lower in ("and", "but")


def _name_before(toks: list[Token], s: int) -> Phrase | None:
    """The name that a role at ``s`` stands in apposition to: 'Ana Lind, | chair of the board'."""
    comma = s - 1
    if comma < 1 or toks[comma].text != ",":
        return None
    start = comma
    while start > max(0, comma - 6) and (is_capitalised(toks[start - 1].text) or toks[start - 1].text.endswith(".")):
        start -= 1
    phrase = speaker_phrase(toks, start) if start < comma else None
    return phrase if phrase is not None and phrase.kind == "name" and phrase.end == comma else None


def _relative_speaker(toks: list[Token], s: int) -> Found | None:
    """The name before ', who' when a speech verb follows: 'Mike Lee, who declared, "'."""
    j = s
    while j < len(toks) and (toks[j].lower in VERB_MODIFIERS or is_adverb(toks[j].lower)):
        j += 1
    if j >= len(toks) or not is_verb(toks[j]):
        return None
    phrase = _name_before(toks, s - 1)
    return found_at(toks, phrase, "said-verb") if phrase is not None else None


def _label(toks: list[Token]) -> Found | None:
    """'Pollsters agree - Carl Bialik: "' / '-More from the Pew Research Center: "': a name set off
    by a dash or a comma right before the colon is who speaks (not 'telling CNBC: "')."""
    end = len(toks) - 1
    start = end
    if start > 0 and toks[start - 1].lower in ROLE_NOUNS:  # '# Library director: "'
        while start > max(0, end - 4) and toks[start - 1].text[:1].isalpha() and not is_verb(toks[start - 1]):
            start -= 1
    while start > 0 and (is_capitalised(toks[start - 1].text) or toks[start - 1].lower in ("and", "of", "the")) \
            and not (toks[start - 1].text.isupper() and len(toks[start - 1].text) > 3):  # a HEADLINE before it
        start -= 1
    while start < end and (not is_capitalised(toks[start].text) or is_verb(toks[start])):
        start += 1
    if start == end or (start > 0 and toks[start - 1].text not in _LABEL_AFTER):
        return None  # 'Mayor Lind: "' opening a line (or a '# headline') is a label too
    phrase = speaker_phrase(toks, start)
    if phrase is None or phrase.end != end or phrase.kind == "pronoun" \
            or (phrase.kind == "description" and toks[end - 1].lower not in ROLE_NOUNS):
        return None
    return found_at(toks, phrase, "colon-intro")


def _with_speaking(toks: list[Token], s: int) -> Found | bool:
    """'..., with Tom Reyes shouting: "' / '..., with Reyes tweeting that ... and asking, "': a named person
    speaking in a 'with' clause (the clause the quote opens in). True where someone not named
    speaks there ('with many people shouting'): the subject of the sentence is then not the speaker."""
    phrase = speaker_phrase(toks, s)
    j = _skip_to_verb(toks, phrase.end) if phrase is not None else None
    if j is None or j >= len(toks) or not (is_verb(toks[j]) and toks[j].lower.endswith("ing")):
        return False
    return found_at(toks, phrase, "said-verb") if phrase.kind == "name" else True


def _possessor(toks: list[Token]) -> Found | None:
    """'Lind's response was: "' / 'From Reyes's Facebook post: "': the person whose words a colon opens."""
    k = len(toks) - 2
    if k > 0 and toks[k].lower in _POSSESSED_VERBS:
        k -= 1
    if k < 1 or toks[k].lower not in UTTERANCE_NOUNS:
        return None
    owner = k - 1
    while owner > max(0, k - 3) and not toks[owner].text.endswith(_POSSESSIVE_ENDS):  # 'Facebook', 'brief'
        owner -= 1
    if not toks[owner].text.endswith(_POSSESSIVE_ENDS) or not is_capitalised(toks[owner].text):
        return None
    start = owner
    while start > 0 and (is_capitalised(toks[start - 1].text) or toks[start - 1].text.endswith(".")) \
            and toks[start - 1].lower not in NOT_NAME_START:
        start -= 1
    opener = start == 0 or (toks[start - 1].lower in ("from", "in") and (start == 1 or toks[start - 2].text in ",:"))
    words = " ".join(t.text for t in toks[start:owner + 1])
    name = clean_name(words[:-2] if words.endswith(("'s", "’s")) else words.rstrip("'’"))
    if not opener or not name or not _person_like(name):
        return None
    return Found(Span(toks[start].start, toks[owner].end), "name", name, "colon-intro")


def _skip_conjunction(toks: list[Token], s: int) -> int:
    while s < len(toks) and (toks[s].lower in ("and", "but", "yet", "so", "still", "then", "now", "also", "even")
                             or toks[s].text in _MARK_TOKENS):
        s += 1
    return s


def main_clause(toks: list[Token]) -> int:
    """Where the main clause starts: after 'On Monday,' or 'After the vote,' when a sentence opens so."""
    s = 0
    while s < len(toks) and toks[s].text in _LABEL_AFTER:  # '- Reyes, asked ...:' / '> He said:'
        s += 1
    s = _skip_conjunction(toks, s)
    for k in range(s + 1, min(len(toks), s + 4)):  # 'Hours later,' / 'Moments ago,'
        if toks[k].text == "," and (toks[k - 1].lower in _TIME_ADVERBS or is_adverb(toks[k - 1].lower)):
            return _skip_conjunction(toks, k + 1)
    if s < len(toks) and toks[s].lower in NOT_NAME_START and toks[s].lower not in PRONOUN_GENDER \
            and toks[s].lower not in ("the", "a", "an", "we", "i"):
        for k in range(s + 1, min(len(toks), s + 16)):
            if toks[k].text == "," and not (k + 2 < len(toks) and is_capitalised(toks[k + 1].text)
                                            and toks[k + 2].text == ","):  # 'In Birmingham, Alabama, on ...'
                return _skip_conjunction(toks, k + 1)
    return s
