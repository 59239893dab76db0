"""The attribution grammar: who a stretch of words next to a quotation names as its speaker.

``speakers`` cuts the words after a closing mark (to the end of its sentence) and before an
opening mark (from the start of its sentence) into tokens and asks this module (the words after)
or ``intros`` (the words before) whether they attribute the quote, and to which phrase. The
speaker phrase itself, shared by both, is read here.

>>> from newsparse.extract.phrases import tokenize
>>> after = ', said Sen. Ana Lind (D-N.Y.), the chair.'
>>> read_after(tokenize(after, 0, len(after)), "We will win,").name
'Ana Lind'
>>> pair = ', Ana Lind and Tom Reyes wrote.'
>>> read_after(tokenize(pair, 0, len(pair)), "We will win,").name
'Ana Lind and Tom Reyes'

After the quote: ``," X said`` (X a name with titles, an appositive, a bracket or modifiers
before the verb, or a relative clause left open: ``," X, who chairs the group said``), ``," said X``,
``?" X pressed`` (any past tense right after a name), ``according to X``, ``" -- X`` (a credit
line), and ``, X said`` after a comma later in the sentence. A speaker may be two people joined by
'and' (``Ana Lind and Tom Reyes``), or a description opened by 'this' before a role (``this source``).
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

from ..gazetteer import is_known_place
from ..lexicon.calendar import WEEKDAYS
from ..lexicon.people import GIVEN_NAMES, NON_PERSON_WORDS, NOT_NAME_START, PLACE_PREFIXES, UPPER
from ..lexicon.speech import (
    DOCUMENTS,
    NAMING_VERBS,
    OBJECT_VERBS,
    PERSON_ROLES,
    PHRASAL_SPEECH,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    UTTERANCE_NOUNS,
    VERB_MODIFIERS,
)
from ..lexicon.titles import NAME_TITLES
from ..model import Span
from ..pattern_cache import compile_pattern
from .phrases import (
    Phrase,
    Token,
    is_adverb,
    is_capitalised,
    is_verb,
    past_tense,
    read_phrase,
    said_in_document,
)

SENTENCE_END = frozenset({".", "!", "?", "…"})
DASHES = frozenset({"—", "–", "--", "-"})
_LEAD_PUNCT = frozenset({",", '"', "”", "'", "’", "»", "«"}) | DASHES
_PREPOSITIONS = frozenset({"of", "from", "at", "with", "for"})
#: Words after a comma that carry an appositive on: ', a senator from Ohio, and a former judge,'.
_APPOSITIVE_GOES_ON = frozenset({"and", "or", "a", "an", "the", "who", "whose", "which", "as",
                                 "including", "one", "among", "along", "like", "herself", "himself",
                                 "of", "in", "from", "at", "for", "with", "to", "on", "by", "but", "not", "who's"})
#: Quotation marks as tokens, closing a title inside an appositive: '"', '”', "'" (of a doubled "''").
_CLOSING_MARKS = frozenset({'"', "”", "'", "’", "»"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())
#: Function words that may open a speaker phrase: pronouns and determiners.
#: Possessive determiners, and speech verbs that are as often the nouns of what was said: 'Her closing remark'.
_POSSESSIVES = frozenset("her his their its my our your".split())
_VERBS_AS_NOUNS = frozenset("remark remarks comment comments reply replies response answer answers tweet tweets "
                            "post posts note notes quip quips retort".split())
#: Adverbs of time that may open a sentence before its subject: 'Yesterday a spokesman said'.
_TIME_ADVERBS = frozenset("yesterday today tonight tomorrow earlier later".split())
_PHRASE_OPENERS = frozenset(
    "he she they it we i the a an one another his her their its our my some many several someone somebody".split())
#: Tokens an appositive may hold: 'Jonathan Vance, the Canadian chief of defence staff, said'.
_MAX_APPOSITIVE = 30
_LOWER = attrgetter("lower")
#: Words that open a clause after 'said' (what was said in paraphrase): 'said it was', 'said the count'.
_CLAUSE_OPENERS = frozenset("it he she they we i that the a an this these those there his her their its".split())
#: Verbs through which a clause before a quote attributes it: speech verbs and naming verbs.
VERBISH = SPEECH_VERBS | NAMING_VERBS
# The end of a sentence after a quote: 'he said.' / 'she asked?' (a closing mark may follow).
SENTENCE_STOP = compile_pattern(r"[.!?…][\"'”’)]*(?=\s|$)")


class Found(NamedTuple):
    """A speaker phrase found for a quote: where it stands, what it is, how it was found."""

    span: Span
    kind: str  # pronoun | name | description
    name: str
    method: str


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
    if phrase.kind == "description" and phrase.end + 2 < len(toks) and toks[phrase.end].text == "," \
            and not any(t.lower in UTTERANCE_NOUNS for t in toks[phrase.start:phrase.end]):  # ('a letter to the
        # president, Lee Bollinger,' names whom the letter went to)
        named = read_phrase(toks, phrase.end + 1)  # "Rep. Hunter's chief of staff, Joe Kasper, told"
        if named is not None and named.kind == "name" and person_like(named.name) \
                and not (toks[phrase.end - 1].text[:1].isupper() and is_known_place(named.name)) \
                and (named.end == len(toks) or toks[named.end].text in (",", ".")
                     or (toks[named.end].text == "(" and named.end + 1 < len(toks)
                         and PARTY_TAG_WORD.match(toks[named.end + 1].text) is not None)):
            phrase = named  # ('said the housing minister, Kate Ellery.'; 'said the chairman, Rep. Lusk (R-Ky.)')
    span = Span(toks[phrase.start].start, toks[phrase.end - 1].end)
    return Found(span, phrase.kind, phrase.name, method)


def speaker_phrase(toks: list[Token], i: int, *, after_verb: bool = False) -> Phrase | None:
    """The speaker phrase at token ``i``; never one opened by 'But', 'In' or 'Meanwhile'."""
    if not after_verb and i + 1 < len(toks) and toks[i].lower in _TIME_ADVERBS:
        i += 1  # 'Yesterday a source close to the couple said: "': the subject after the adverb
    if i + 3 < len(toks) and toks[i].lower in _PART_OF and toks[i + 1].lower == "of" and toks[i + 3].lower in DOCUMENTS:
        document = read_phrase(toks, i + 2)  # 'Part of the statement read, "': the statement's words
        return document._replace(start=i) if document is not None else None
    if i < len(toks) and toks[i].lower in NOT_NAME_START and toks[i].lower not in _PHRASE_OPENERS \
            and toks[i].text != "US" and not _this_role(toks, i):  # ('US Sen. Ana Lind said' is no 'us')
        return None
    phrase = read_phrase(toks, i, after_verb=after_verb)
    if phrase is not None and phrase.kind == "name" and phrase.end + 1 < len(toks) and toks[phrase.end].lower == "and":
        return _coordinated(toks, phrase)
    if phrase is not None and phrase.kind == "description" and toks[phrase.start].lower in _POSSESSIVES \
            and phrase.end < len(toks) and toks[phrase.end].lower in _VERBS_AS_NOUNS:
        return None  # 'Her closing remark drew applause:': the noun of what she said (not 'Her lawyer said')
    return phrase


#: Words for a part of a document before 'of' and the document: 'Part' in 'Part of the statement read'.
_PART_OF = frozenset({"part", "much", "some", "most", "another", "one", "portions", "parts"})


def _this_role(toks: list[Token], i: int) -> bool:
    """'this source', 'these officials': a demonstrative before a role opens a description ('this week' does not)."""
    return toks[i].lower in ("this", "these") and i + 1 < len(toks) and toks[i + 1].lower in ROLE_NOUNS


def _coordinated(toks: list[Token], first: Phrase) -> Phrase:
    """Two people named as one speaker: 'Ana Lind and Tom Reyes wrote' -> 'Ana Lind and Tom Reyes'
    (not 'Democrats and Republicans', nor a name and a body); both full names or both surnames."""
    second = read_phrase(toks, first.end + 1)
    if second is not None and second.kind == "name" and first.name.split(" ", 1)[0].lower() not in GIVEN_NAMES \
            and " " in second.name and second.name.rsplit(" ", 1)[1].lower() in NON_PERSON_WORDS:
        return Phrase(first.start, second.end, "description",  # a body's name joined by 'and': 'National Roads and
                      " ".join(t.text for t in toks[first.start:second.end]))  # Safety Authority
    if second is None or second.kind != "name" or not (person_like(first.name) and person_like(second.name)) \
            or (" " in first.name) != (" " in second.name):  # ('Ohio and Ana Lind')
        return first
    return Phrase(first.start, second.end, "name", f"{first.name} and {second.name}")


# A US politician's party and state written as one word: "R-Iowa", "D-N.Y.", "I-Vt.".
PARTY_TAG_WORD = compile_pattern(r"[DRI]-[" + UPPER + r"][\w.]*$")


def person_like(name: str) -> bool:
    """'Ana Lind', 'Edward-Isaac Dovere', 'James B. Comey', 'Lind'; not 'Democrats', 'CNN', 'Fox News' nor a party
    tag ('R-Iowa')."""
    words = name.split()
    return all(w.lower().rstrip(".") not in NON_PERSON_WORDS and not (w.isupper() and len(w) > 1 and w[-1] != ".")
               for w in words) \
        and words[0].lower() not in PLACE_PREFIXES and PARTY_TAG_WORD.match(name) is None


def after_gloss(toks: list[Token], opening: int) -> int:
    """The token after a short parenthesis opened at ``opening`` (a translation or gloss of the quote: '(It's gone,
    all of it)'); ``opening`` itself if it does not close within a few words."""
    for k in range(opening + 1, min(len(toks), opening + _GLOSS_TOKENS)):
        if toks[k].text == ")":
            return k + 1
        if toks[k].text == "(":
            break
    return opening


#: How many tokens a gloss in parentheses between a quote and its speaker may run: '(It's gone, all of it)', a
#: translation of two sentences.
_GLOSS_TOKENS = 40


def read_after(toks: list[Token], quoted: str, quote_full: bool = True) -> Found | None:
    """'," X said' / '," said X' / 'according to X' right after the closing mark."""
    k = 0
    while k < len(toks) and toks[k].text in _LEAD_PUNCT:
        k += 1
    if k < len(toks) and toks[k].text == "(" and quoted[-1:] in ",?!":
        k = after_gloss(toks, k)  # '"Wala na," (It's gone) Magsino said': a translation between
        if k < len(toks) and toks[k].text == ",":
            k += 1  # ('"Hindi na kami makatulog," (We can no longer sleep), said Nena Cruz')
    if k >= len(toks):
        return None
    if inverts(toks[k]):
        phrase = speaker_phrase(toks, k + 1, after_verb=True)
        if phrase is not None:
            return found_at(toks, phrase, "said-verb")
    phrase = speaker_phrase(toks, k)
    if phrase is not None:
        j = skip_to_verb(toks, phrase.end)
        if j is not None and j + 1 < len(toks) and quoted[-1:] in ",?!" \
                and toks[j + 1].lower in PHRASAL_SPEECH.get(toks[j].lower, ()) \
                and (_closes_sentence(toks, j + 2) or quoted[-1:] == "?"):
            return found_at(toks, phrase, "said-verb")  # '"Gentlemen," Vasilakis broke in.'; '"...?" a reporter
            # followed up at the news conference.'
        if j is not None and j < len(toks) and (k > 0 or quoted.rstrip("'’")[-1:] in ".,?!—-" or j == phrase.end):
            # (not a clause going on after a fragment: 'was "confident" the Senate would confirm him')
            if is_verb(toks[j]) and (quoted[-1:] != "." or _closes_sentence(toks, j + 1)) \
                    and not (j + 1 < len(toks) and toks[j + 1].text == ":" and j + 2 >= len(toks)):
                # ('X added:' with nothing after it opens the next quote; 'X said: That ...' goes on in paraphrase)
                return found_at(toks, phrase, "said-verb")
            if quote_full and _loose_verb(toks, j, quoted, phrase):
                return found_at(toks, phrase, "said-verb")
        elif j is None and phrase.kind == "name" and quoted[-1:] in ",?!" and _who_speaks(toks, phrase.end):
            return found_at(toks, phrase, "said-verb")  # '," Ana Lind, who chairs the group said in a statement'
        if j is not None and j < len(toks) and toks[j].lower in ("who", "whose") and phrase.kind == "description" \
                and quoted[-1:] in ",?!" and _relative_then_verb(toks, j):
            return found_at(toks, phrase, "said-verb")  # '," a donor who attended the dinner said.'
        if k > 0 and toks[k - 1].text in DASHES and quoted[-1:] in ".?!" \
                and (phrase.end == len(toks) or toks[phrase.end].text in (",", ".", "(")) \
                and (phrase.kind == "name" or (phrase.kind == "description" and toks[k].text[:1].isupper()
                                               and any(t.lower in PERSON_ROLES for t in toks[k:phrase.end]))):
            return found_at(toks, phrase, "credit")  # '"..." -- Michelle Marks, Philadelphia.', '— Rafaela Chenow
            # (D), candidate', '— A Border Patrol agent in McAllen, Texas, who spoke on condition of anonymity'
    if quoted[-1:] in ".?!":
        return None  # a new sentence starts after the quote
    hit = according_to(toks) or per_person(toks)
    if hit:
        return hit
    # '"..." for the victory, Sanders said.': a phrase after a comma, its verb after it (none after the last verb)
    for c in range(k + 1, min(last_verb(toks, SPEECH_VERBS), k + 16)):
        if toks[c - 1].text == ",":
            phrase = speaker_phrase(toks, c)
            if phrase is not None and phrase.kind != "description":
                j = skip_to_verb(toks, phrase.end)
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


def _relative_then_verb(toks: list[Token], who: int) -> bool:
    """'who attended the dinner said.': a relative clause with no comma after a description, then the speech verb
    that closes the attribution, the first after its own ('who lives nearby told reporters'; not 'who said he had
    left': the relative clause's own)."""
    for m in range(who + 2, min(len(toks), who + _RELATIVE_MAX_TOKENS)):
        if toks[m].text in SENTENCE_END or toks[m].text in (",", ";", ":"):
            return False
        if is_verb(toks[m]):
            return m + 1 == len(toks) or toks[m + 1].text in SENTENCE_END or toks[m + 1].text == "," \
                or toks[m + 1].lower in _AFTER_CLOSING_VERB or toks[m].lower == "told"
    return False


#: Tokens a relative clause may hold before the speech verb after it: 'who asked not to be named because she was
#: not authorized to speak'.
_RELATIVE_MAX_TOKENS = 20
#: Words that may follow the speech verb closing an attribution: 'said on Tuesday', 'said in an interview'.
_AFTER_CLOSING_VERB = frozenset({"on", "in", "at", "during", "after", "before", "of", "while", "last", "this",
                                 "yesterday", "today"}) | WEEKDAYS.keys()


def inverts(token: Token) -> bool:
    """'said', 'scoffed', 'agrees' may stand before their speaker; 'told', 'saying' may not."""
    return is_verb(token) and token.lower not in OBJECT_VERBS and not token.lower.endswith("ing")


def _closes_sentence(toks: list[Token], j: int) -> bool:
    """After '."', 'X said' must end its sentence soon, with no clause of its own: '"We won." Ortega said on
    Tuesday.' is an attribution, '"We won." Ortega said the count would take days.' and '... Ortega said it was
    over.' are new statements."""
    if j < len(toks) and (toks[j].lower in _CLAUSE_OPENERS):
        return False
    return len(toks) - j <= 5 or any(t.text in SENTENCE_END for t in toks[j:j + 5])


def _is_title_word(token: Token) -> bool:
    return token.lower.rstrip(".") in NAME_TITLES


def _loose_verb(toks: list[Token], tok_index: int, quoted: str, phrase: Phrase) -> bool:
    """'"Not negotiable?" Hannity pressed': any past-tense verb right after a name closes a quote; so does one
    closing the sentence right after a role ('"The objection is overruled," the judge held.')."""
    tok = toks[tok_index]
    if quoted[-1:] not in ",?!—-" or phrase.end != tok_index or not tok.text.islower():
        return False
    closing = (past_tense(tok.lower) or tok.lower == "calls") and tok_index + 1 < len(toks) \
        and toks[tok_index + 1].text in SENTENCE_END  # ('"Two plates, no onion!" Ann Lee calls.')
    if phrase.kind == "pronoun" or (phrase.kind == "name" and not phrase.name.lower().startswith("the ")):
        return (tok.text.endswith("ed") and len(tok.text) > 3) or closing
    words = phrase.name.lower().split()
    return closing and phrase.kind == "description" and len(words) <= 3 and words[0] == "the" \
        and words[-1] in ROLE_NOUNS


#: Forms of 'be' read past before a participle or an adjective: 'the result was announced,', 'Reyes was blunt.'.
PASSIVE_BE = frozenset({"was", "is", "were", "are"})


#: How many tokens a relative clause between a speaker and the speech verb may hold, 'who' included: 'who represents
#: the town' in 'A trustee who represents the town said'.
_MAX_RELATIVE = 10


def skip_to_verb(toks: list[Token], j: int) -> int | None:
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
        after = k
        while k < n and k - j <= _MAX_APPOSITIVE and toks[k].text not in SENTENCE_END:
            after = k + 1
            while after < n and toks[after].text in _CLOSING_MARKS:  # (a title closing the appositive: ', author
                after += 1  # of "The Long Road," put it')
            if toks[k].text == mark and after < n and (toks[after].text[:1].islower() or is_verb(toks[after])) \
                    and toks[after].lower not in _APPOSITIVE_GOES_ON:
                break
            k += 1
        if k >= n or toks[k].text != mark:
            return None
        j = after
    if j + 3 < n and said_in_document(toks, j, ("in", "on")):
        j += 3  # where it was said: 'The FA in a statement on Tuesday said'
    skipped = 0
    while j < n and skipped < 4 and (toks[j].lower in VERB_MODIFIERS or toks[j].lower in _WEEKDAYS
                                     or toks[j].lower == "on" or (is_adverb(toks[j].text)
                                     and toks[j].text.islower())):
        j += 1
        skipped += 1
    if skipped and toks[j - 1].lower in PASSIVE_BE and j < n and toks[j].lower.endswith("ed") \
            and (j + 1 == n or toks[j + 1].text in (",", ".")):
        return None  # a passive closing its clause: '... after the winner was declared, told supporters'
    if j + 3 < n and toks[j].lower in _HEARD_MODALS and toks[j + 1].lower == "be" \
            and toks[j + 2].lower in ("heard", "overheard") and is_verb(toks[j + 3]):
        return j + 3  # '"That's it?" he could be heard saying.'
    return j


def past_relative(toks: list[Token], j: int) -> int | None:
    """The speech verb after a relative clause at ``j`` that is no speech of its own: 'said' after 'A trustee who
    represents the town'; None when there is none."""
    n = len(toks)
    if j + 2 >= n or toks[j].lower != "who" or toks[j + 1].lower in SPEECH_VERBS:
        return None
    for k in range(j + 2, min(n, j + _MAX_RELATIVE)):
        if toks[k].text in SENTENCE_END or toks[k].text in (",", ";", ":") or toks[k].lower in ("who", "that"):
            return None
        if toks[k].lower in SPEECH_VERBS and is_verb(toks[k]):
            return k
    return None


#: Words before 'be heard saying' after a speaker: 'he could be heard saying'.
_HEARD_MODALS = frozenset({"could", "can", "would", "will"})


def according_to(toks: list[Token]) -> Found | None:
    """The source 'according to' names: 'according to the affidavit', 'according to Tom Reed'."""
    if "according" not in map(_LOWER, toks):  # (most stretches have none: looked for in C)
        return None
    for k in range(len(toks) - 2):
        if toks[k].lower == "according" and toks[k + 1].lower == "to":
            if (pronoun := SUBJECT_PRONOUNS.get(toks[k + 2].lower)) is not None \
                    and k + 3 < len(toks) and toks[k + 3].text in (",", ".", ":", ";"):
                at = toks[k + 2]  # ('According to him, "...": he is who the narrative named; not 'according to her
                # records', nor 'according to her "clawback" plan')
                return Found(Span(at.start, at.end), "pronoun", pronoun, "according-to")
            phrase = speaker_phrase(toks, k + 2, after_verb=True)
            if phrase is not None:
                return found_at(toks, phrase, "according-to")
    return None


def per_person(toks: list[Token]) -> Found | None:
    """The person 'per' names where a clause opens: '"...," per Tom Reed, a lobbyist.'; 'Translation, per one defense
    lobbyist: "' (not 'per share', nor 'per the agreement': no person; nor who relayed what someone said: 'Guccifer
    said, per a translator, that')."""
    if "per" not in map(_LOWER, toks):
        return None
    for k in range(len(toks) - 1):
        if toks[k].lower == "per" and (k == 0 or toks[k - 1].text in (",", "(", "—", "–")) \
                and not (k >= 2 and toks[k - 2].lower in SPEECH_VERBS):
            phrase = speaker_phrase(toks, k + 1, after_verb=True)
            if phrase is not None and ((phrase.kind == "name" and person_like(phrase.name)) or (
                    phrase.kind == "description"
                    and any(t.lower in ROLE_NOUNS for t in toks[phrase.start:phrase.end]))):
                return found_at(toks, phrase, "according-to")
    return None


def last_verb(toks: list[Token], verbs: frozenset[str]) -> int:
    """Index of the last token that is one of ``verbs`` (-1 for none)."""
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].lower in verbs:
            return k
    return -1

