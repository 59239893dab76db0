"""The words before a quotation: who the sentence that opens it, or the one before it, names as its speaker.

>>> from newsparse.extract.phrases import tokenize
>>> before = 'On Monday, the mayor told reporters: '
>>> read_before(tokenize(before, 0, len(before)), partial=False)[1:]
('description', 'the mayor', 'colon-intro')

In the quote's sentence: ``X said: "``, ``X told reporters, "``, ``According to X, "``, ``Said X: "``,
``X, who declared, "``, ``As X put it, "``, a subject before a colon (``X delivered a message: "``), a name set off
before a colon (``- Carl Bialik: "``), the owner of the words a colon opens (``X's reply was: "``),
a subject whose sentence goes on ``, saying, "``, a name speaking in a 'with' clause (``..., with X
shouting: "``), and a fragment after a naming verb (``X called it "a disaster"``). The sentence before the
quote's is read by ``leads``.
"""

from __future__ import annotations

from ..gazetteer import is_known_place
from ..lexicon.calendar import MONTHS, SPANS_OF_TIME, WEEKDAYS
from ..lexicon.people import GIVEN_NAMES, NON_PERSON_WORDS, NOT_NAME_START
from ..lexicon.regions import REGIONS, fold_place
from ..lexicon.speech import (
    NAMING_VERBS,
    OBJECT_VERBS,
    PERSON_ROLES,
    PHRASAL_SPEECH,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    UTTERANCE_NOUNS,
    VERB_MODIFIERS,
)
from ..model import Span
from .attribution import (
    DASHES,
    PARTY_TAG_WORD,
    VERBISH,
    Found,
    according_to,
    found_at,
    inverts,
    last_verb,
    past_relative,
    per_person,
    person_like,
    skip_to_verb,
    speaker_phrase,
)
from .phrases import (
    AUXILIARIES,
    DETERMINERS,
    PLACE_PART_WORDS,
    Phrase,
    Token,
    clean_name,
    is_adverb,
    is_capitalised,
    is_verb,
    past_tense,
    read_phrase,
)

_CLAUSE_BREAK = frozenset({",", ";", ":", "—", "–", "--", "-", "("})
#: Words opening a subordinate clause whose subject and verb are its own: 'after' in 'who spoke after the session
#: began, called'.
_SUBORDINATORS = frozenset({"after", "before", "when", "as", "since", "until", "because", "while", "once", "though",
                            "although", "whenever"})
#: Verbs of events that speech verbs also hold ('she began: "'), past a subordinate clause's subject: 'after the
#: session began,'.
_EVENT_VERBS = frozenset({"began", "started", "ended", "opened", "closed", "resumed"})
_CONJUNCTIONS = frozenset({"and", "but", "as", "while", "when", "because", "so", "yet", "although", "though",
                           "after", "before", "since", "where", "whereas", "which", "who", "whom", "that"})
#: Verbs between a possessed utterance and its colon: "Lind's reply was:", "Reyes's statement read:".
_POSSESSED_VERBS = frozenset({"was", "is", "read", "reads", "said", "says", "stated"})
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
#: Words before a capitalised run that make it a place or a body, not a speaker: 'moved to New York'.
_PLACE_BEFORE = frozenset({"to", "in", "into", "from", "at", "of", "for", "with", "by", "on", "near", "across"})
#: Words between a person and the body they belong to: 'Robert Lee of Smith and Jones'.
_OF_BODY = frozenset({"of", "at"})
#: What may stand before a name that labels a quote: '- Carl Bialik: "', '# Lind: "', 'from Pew: "'.
_LABEL_AFTER = DASHES | {",", "from", "#", "*", "**", ">", "_"}
#: Quotation marks read as tokens: '"CBS This Morning," Sanders said' starts a clause after them.
_MARK_TOKENS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»", "„"})
_BEFORE_PARTICIPLE = frozenset({",", "by", "upon", "after", "before", "while", "when"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
#: Possessive determiners, which may open a compound noun: 'his' in 'his campaign reports'.
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "your", "my"})
#: Speech verbs that are plural nouns too: 'reports' in 'his campaign reports had been'.
_SPEECH_PLURALS = frozenset({"reports", "claims", "notes", "records", "accounts", "comments", "remarks", "estimates",
                             "statements", "filings"})
#: Words opening a clause of time or manner before the main one: 'As Lind spoke, the union was ...'.
_TIME_SUBORDINATORS = frozenset({"as", "while", "when", "after", "before", "once"})
#: Verbs of the act of speaking that report no words: 'As Lind spoke, ...'.
_SPEAKING = frozenset({"spoke", "speaks", "talked", "talks", "testified", "testifies"})
#: Verbs that show a main clause has started after a subject: 'the union was', 'Reyes had'.
_AUXILIARY_VERBS = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "will", "could"})
#: Words opening a lead-in phrase or clause before a sentence's subject: 'During a break she told reporters', 'When
#: she returned she began by saying'.
_LEAD_IN_WORDS = frozenset("during after before while when once in on at since later outside inside following amid"
                           .split())
_LEAD_IN_MAX = 8
#: Prepositions opening a phrase of time or place a name may follow with no comma: 'On Monday Tom Reed said'.
_PHRASE_LEAD_INS = frozenset("during on at in following amid outside inside".split())
#: Words before a capitalised word that make it part of the lead-in, not the subject after it: 'of' in 'In the
#: wake of Hurricane Ida', 'the' in 'At the Capitol'.
_NAME_OPENERS = frozenset({"of", "the", "a", "an", "in", "on", "at", "from", "by", "for", "with", "to"})
#: Tokens a clause opening a sentence before its comma may hold: 'When a reporter suggested the fee was high for a
#: player with one season of football, | Pike smiled.'
_LEAD_IN_CLAUSE_MAX = 24
_TIME_ADVERBS = frozenset({"later", "earlier", "ago", "before", "after", "afterward", "afterwards", "then"})
#: Tokens an 'as X put it,' clause may hold before 'put it': 'As Ana Lind, a historian at Yale, put it,'.
_MAX_AS_CLAUSE = 24


def read_before(toks: list[Token], *, partial: bool) -> Found | None:
    """'X said: "' / 'X told reporters, "' / 'According to X, "' / 'Said X: "' before the opening mark."""
    toks = toks[after_dateline(toks):]  # ('WINNEMUCCA, Nevada — | Corbin Teel drew a crowd, telling ... "')
    if not toks:
        return None
    hit = per_person(toks) or _in_words(toks) or _read_clauses(toks, partial=partial)
    return hit if hit is not None else according_to(toks)  # ('According to the affidavit, Boone told officers
    # he was "...": the person speaking in the sentence before its source)


def _read_clauses(toks: list[Token], *, partial: bool) -> Found | None:
    """The speaker ``read_before`` finds in the clauses of the sentence, by a colon or a verb of their own."""
    colon = toks[-1].text == ":"
    if colon:
        hit = _label(toks) or _possessor(toks) or _pronoun_possessor(toks)
        if hit:
            return hit
        last = len(toks) - 1
    else:  # a clause attributes through a speech or naming verb of its own: clauses after the last one cannot
        hit = _as_put_it(toks) or _wanted_to_know(toks) or (_what_called(toks) if partial else None)
        if hit:
            return hit
        last = last_verb(toks, VERBISH)
        if last < 0 or _main_clause_after(toks, last):
            return None
    lead_in = toks[0].lower in _LEAD_IN_WORDS  # (a pronoun after a lead-in opens the clause: 'During a break she told';
    # so does 'the' before a role: 'Later on Wednesday the spokesman added:')
    starts = [0, *(k if lead_in and 1 < k < _LEAD_IN_MAX and _opens_after_lead_in(toks, k) else k + 1
                   for k, t in enumerate(toks[:last])
                   if (t.text in _CLAUSE_BREAK and not _glued(toks, k))
                   or (t.lower in _CONJUNCTIONS and not _in_a_body_name(toks, k))
                   or (lead_in and 1 < k < _LEAD_IN_MAX and _opens_after_lead_in(toks, k)))]
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
            if not is_capitalised(toks[s].text):
                continue  # (', who Beck called "': the relative clause has a subject of its own, read below)
        if inverts(toks[s]) and (is_capitalised(toks[s].text) or s == 0 or toks[s - 1].text == ","):
            phrase = speaker_phrase(toks, s + 1, after_verb=True)  # 'Said Stone:' / ', said Stone, "'
            if phrase is not None and phrase.kind != "pronoun" \
                    and phrase.end < len(toks) and toks[phrase.end].text in (",", ":"):
                return found_at(toks, phrase, "colon-intro" if colon else "said-verb")
        phrase = speaker_phrase(toks, s)
        if phrase is not None and phrase.kind == "name" and PARTY_TAG_WORD.match(phrase.name):
            phrase = _name_before(toks, s)  # ('Rep. Jim Burk, R-Iowa, who ..., called the price "')
        if phrase is None or (phrase.kind == "description" and s > 1 and toks[s - 1].lower == "that"
                              and phrase.name.rsplit(None, 1)[-1].lower() not in ROLE_NOUNS
                              and any(is_verb(t) for t in toks[:s - 1])):
            continue  # (what was reported: 'Reed said in a statement that the findings reflected "..."')
        if s > 0 and toks[s - 1].lower in _SUBORDINATORS and phrase.end + 1 < len(toks) \
                and toks[phrase.end + 1].text == "," and past_tense(toks[phrase.end].lower) \
                and (not is_verb(toks[phrase.end]) or toks[phrase.end].lower in _EVENT_VERBS):  # (not 'As Politico
            # reported, "', 'when a young boy shouted, "')
            continue  # the subject of a clause of its own: 'Tom Reed, who spoke after the session began, called'
        if phrase.kind == "name":
            phrase = _joined_before(toks, s, phrase)
        j = skip_to_verb(toks, phrase.end)
        if j is None and _apposed_after_state(toks, s, phrase):
            j = phrase.end + 1  # 'The mayor of Brownsville, Texas, Luis Arizm, | said'
        if j is None and colon and phrase.kind == "name" and toks[phrase.end].text == ",":
            main = main if main >= 0 else main_clause(toks)
            if s == main:
                return found_at(toks, phrase, "colon-intro")  # 'Reyes, asked about staff cuts: "'
        if j is None or j >= len(toks):
            continue
        if toks[j].lower == "who" and (s == 0 or toks[s - 1].text != ",") \
                and (past := past_relative(toks, j)) is not None:
            j = past  # 'A trustee who represents the town said it was "' (not an appositive's: 'Ruth Stanway, a
            # local historian who has written a history of the pool, said')
        if phrase.kind == "description" and toks[s].lower in _POSSESSIVE_DETERMINERS and j == phrase.end \
                and toks[j].lower in _SPEECH_PLURALS and j + 1 < len(toks) and toks[j + 1].lower in AUXILIARIES:
            continue  # a plural noun after a possessed noun, not a verb: 'that his campaign reports had been "' (but
            # 'a trend that the foundation predicts will continue "')
        if is_verb(toks[j]) or (toks[j].lower in NAMING_VERBS and (partial or phrase.kind != "description")) \
                or (j + 1 < len(toks) and toks[j + 1].lower in PHRASAL_SPEECH.get(toks[j].lower, ())):  # ('his
            # father called out, "', 'His mother called after him, "')
            if phrase.kind == "description" and toks[s].lower not in DETERMINERS \
                    and not toks[s].text.endswith(("'s", "’s")):  # (a possessor opens it as an article would)
                phrase = _name_before(toks, s) or phrase  # 'Ana Lind, secretary general of the board, said'
            elif phrase.kind == "description" and phrase.end < len(toks) and toks[phrase.end].text == ",":
                named = _name_before(toks, s)  # 'Willie Minor, an actor in Dallas, who runs a theater, recalled';
                # "In a post on X, Reed's campaign manager, Ann Lee, declared" (Ann Lee, not X)
                if named is not None and named.name.split(" ", 1)[0].lower() in GIVEN_NAMES:
                    phrase = named
                elif (after := speaker_phrase(toks, phrase.end + 1)) is not None and after.kind == "name" \
                        and after.end < len(toks) and toks[after.end].text in (",", "("):
                    phrase = after  # 'The resolution's sponsor, Sen. Ben Osei (D-Minn.), wrote that he would "'

            return found_at(toks, phrase, "colon-intro" if colon else "said-verb")
        main = main if main >= 0 else main_clause(toks)
        if colon and s == main and toks[j].text.islower() \
                and (phrase.kind != "description" or any(t.lower in ROLE_NOUNS for t in toks[phrase.start:phrase.end])):
            return found_at(toks, phrase, "colon-intro")  # 'X delivered a message: "' / 'A report had this to say:
        if s == main and speaks_later(toks, j + 1) and not (s == 0 and toks[0].text[:1].islower()):
            return found_at(toks, phrase, "said-verb")  # 'X took aim at Y, saying, "' / '... and said "' (not words
            # going on from a quote before, in lower case: '"blow up" the talks and accused the caucus of "')
    return None


def _apposed_after_state(toks: list[Token], s: int, phrase: Phrase) -> bool:
    """Whether the name ``phrase`` at ``s`` stands in apposition after a US state that ends a place, a comma and a
    speech verb after it: 'The bishop of Brownsville, Texas, | the Most Rev. Nicanor Arizm, said' (the comma after
    the name closes the appositive; the state is no speaker)."""
    end = phrase.end
    return phrase.kind == "name" and s >= 4 and toks[s - 1].text == "," and toks[s - 3].text == "," \
        and end + 1 < len(toks) and toks[end].text == "," and is_verb(toks[end + 1]) \
        and (region := REGIONS.get(fold_place(toks[s - 2].text))) is not None and region[0] == "US"


def _main_clause_after(toks: list[Token], verb: int) -> bool:
    """Whether the verb of speaking at ``verb`` closes a clause opened by 'as', 'while' or 'when' and a main clause
    of another subject follows before the quote: 'As Lind spoke, the union was whipping votes against "' (not 'As
    Lind explained, three taxes were postponed, "which ...': a reporting clause)."""
    if toks[0].lower not in _TIME_SUBORDINATORS or toks[verb].lower not in _SPEAKING or verb + 3 >= len(toks) \
            or toks[verb + 1].text != ",":
        return False
    phrase = speaker_phrase(toks, verb + 2)
    return phrase is not None and phrase.end < len(toks) and toks[phrase.end].lower in _AUXILIARY_VERBS


def _glued(toks: list[Token], k: int) -> bool:
    """Whether the token at ``k`` is a hyphen glued to the words on both sides, joining them: 'U.S.-Mexico
    border' (no clause break)."""
    return toks[k].text == "-" and 0 < k < len(toks) - 1 and toks[k - 1].end == toks[k].start \
        and toks[k].end == toks[k + 1].start and (toks[k - 1].text[-1:].isalnum() or toks[k - 1].text[-1:] == ".") \
        and toks[k + 1].text[:1].isalnum()


def _in_a_body_name(toks: list[Token], k: int) -> bool:
    """Whether the 'and' at ``k`` joins words of one body's name after its 'of' ('the Department of Health and
    Human Services'), not two clauses, two people nor a person and a body."""
    if toks[k].lower != "and" or k + 1 >= len(toks) or not is_capitalised(toks[k + 1].text):
        return False
    j = k - 1
    while j > 0 and is_capitalised(toks[j].text):
        j -= 1
    return j < k - 1 and toks[j].lower in ("of", "for") and j > 0 \
        and (toks[j - 1].lower in NON_PERSON_WORDS or (toks[j - 1].lower in PERSON_ROLES
                                                       and is_capitalised(toks[j - 1].text)))  # (not 'Tom Reyes of
    # Harlow and Finch said'; 'the Commissioner of Marine and Aviation' is a title's portfolio)


def _opens_after_lead_in(toks: list[Token], k: int) -> bool:
    """Whether the word at ``k`` may open the subject after a lead-in phrase: 'she' in 'During a break she told',
    'the' in 'Later on Wednesday the spokesman added', a name opening its run in 'On Monday Tom Reed said' and 'At
    the hearing Tom Reed said'."""
    low = toks[k].lower
    if low in _SUBJECT_PRONOUNS or (low == "the" and k + 1 < len(toks) and toks[k + 1].lower in ROLE_NOUNS):
        return True
    return is_capitalised(toks[k].text) and low not in WEEKDAYS and low not in MONTHS \
        and toks[0].lower in _PHRASE_LEAD_INS and toks[k - 1].lower not in _NAME_OPENERS \
        and all(t.text.islower() or t.lower in WEEKDAYS or t.lower in MONTHS or t.text.isdigit() for t in toks[1:k])


def _as_put_it(toks: list[Token]) -> Found | None:
    """'As Ana Lind, a historian, put it, "' / 'as one voter puts it, "': the speaker of an 'as ... put it' clause."""
    n = len(toks)
    if n < 5 or toks[-1].text != "," or toks[-2].lower != "it" or toks[-3].lower not in ("put", "puts"):
        return None
    for s in range(n - 4, max(-1, n - 4 - _MAX_AS_CLAUSE), -1):
        if toks[s].lower == "as":
            phrase = speaker_phrase(toks, s + 1)
            if phrase is None or skip_to_verb(toks, phrase.end) != n - 3:
                return None
            return found_at(toks, phrase, "said-verb")
    return None


def _in_words(toks: list[Token]) -> Found | None:
    """'In her words, "' / 'In his own words: "' / "In Lind's words, \"" / 'In the words of Ana Lind, a historian, "':
    whose words the sentence gives, with no verb of speech."""
    s = _skip_conjunction(toks, 0)
    n = len(toks)
    if n - s < 4 or toks[s].lower != "in" or toks[-1].text not in (",", ":"):
        return None
    if toks[s + 1].lower == "the" and toks[s + 2].lower == "words" and n - s > 5 and toks[s + 3].lower == "of":
        phrase = speaker_phrase(toks, s + 4)  # 'In the words of Ana Lind, "'
        if phrase is None or phrase.kind == "pronoun" or toks[phrase.end].text not in (",", ":"):
            return None
        return found_at(toks, phrase, "said-verb")
    words = n - 2 if toks[n - 3].lower != "own" else n - 3  # ('In his own words:')
    if toks[n - 2].lower != "words" or words <= s + 1:
        return None
    owner = toks[s + 1:words]
    if len(owner) == 1 and owner[0].lower in ("his", "her"):
        return Found(Span(owner[0].start, owner[0].end), "pronoun", "he" if owner[0].lower == "his" else "she",
                     "said-verb")
    last = owner[-1].text
    if not last.endswith(_POSSESSIVE_ENDS) or not all(is_capitalised(t.text) for t in owner):
        return None
    name = clean_name(" ".join(t.text for t in owner)[:-2])  # ("In Lind's words, "')
    if not name or not person_like(name):
        return None
    return Found(Span(owner[0].start, owner[-1].end - 2), "name", name, "said-verb")


def _wanted_to_know(toks: list[Token]) -> Found | None:
    """'But she wanted to know, "' / 'Reyes wanted to know why, "': the subject of a question's 'wanted to know'."""
    n = len(toks)
    if n < 5 or toks[-1].text not in (",", ":"):
        return None
    for k in range(n - 2, max(2, n - 5), -1):
        if toks[k].lower == "know" and toks[k - 1].lower == "to" and toks[k - 2].lower in ("wanted", "wants"):
            s = _skip_conjunction(toks, main_clause(toks[:k - 2]))
            phrase = speaker_phrase(toks, s)
            if phrase is not None and phrase.kind != "description" and skip_to_verb(toks, phrase.end) == k - 2:
                return found_at(toks, phrase, "said-verb")
            return None
    return None


def _what_called(toks: list[Token]) -> Found | None:
    """'... but warned against what she called "' / 'in what Lind called "': the subject of a naming verb after
    'what', right before a fragment."""
    n = len(toks)
    if n < 3 or toks[-1].lower not in NAMING_VERBS:
        return None
    for k in range(n - 3, max(-1, n - 3 - _MAX_WHAT_SUBJECT), -1):
        if toks[k].lower == "what":
            phrase = speaker_phrase(toks, k + 1)
            return found_at(toks, phrase, "said-verb") if phrase is not None and phrase.end == n - 1 else None
    if toks[-2].lower in ("he", "she") and toks[-3].text.islower() and toks[-3].lower not in _NOT_A_NOUN:
        return found_at(toks, Phrase(n - 2, n - 1, "pronoun", toks[-2].text), "said-verb")  # a thing named by a he or
        # she: 'striking 40 items he called "'
    return None


#: Words before 'he called "' that are no noun the words name: 'as' in 'as he called "', 'what' (read above).
_NOT_A_NOUN = frozenset({"as", "what", "and", "but", "or", "that", "which", "when", "then", "so", "if"})


#: Tokens a subject may take between 'what' and its naming verb: 'what Sen. Ana Lind called'.
_MAX_WHAT_SUBJECT = 6


def _joined_before(toks: list[Token], s: int, phrase: Phrase) -> Phrase:
    """The name at ``s`` with the one joined to it by 'and' before it: 'Ana Lind and | Tom Reyes wrote:'."""
    if s < 2 or toks[s - 1].lower != "and":
        return phrase
    start = s - 1
    while start > max(0, s - 8) and (is_capitalised(toks[start - 1].text) or toks[start - 1].text.endswith(".")):
        start -= 1
    if start > 1 and start < s - 1 and toks[start - 1].lower in _OF_BODY and toks[s].lower not in GIVEN_NAMES:
        return _member_of(toks, start - 1, s - 1, phrase) or phrase  # ('Robert Lee of Smith and Jones said')
    if start == s - 1 or (start > 0 and toks[start - 1].lower in _PLACE_BEFORE):
        return phrase  # ('moved to New York and Ana Lind said:')
    joined = speaker_phrase(toks, start)
    return joined if joined is not None and joined.end == phrase.end else phrase


def _member_of(toks: list[Token], of: int, and_at: int, phrase: Phrase) -> Phrase | None:
    """The person named before the 'of' of a body whose name holds 'and': 'Robert Lee | of | Smith and Jones
    said' -> Robert Lee, up to where ``phrase`` ends."""
    start = of
    while start > max(0, of - 6) and is_capitalised(toks[start - 1].text):
        start -= 1
    person = read_phrase(toks, start) if start < of else None
    if person is None or person.kind != "name" or not of <= person.end <= and_at or not person_like(person.name):
        return None
    return Phrase(start, phrase.end, "name", person.name)


def speaks_later(toks: list[Token], start: int) -> bool:
    """Whether the subject's sentence goes on to speak from ``start`` (see ``_goes_on_to_speak``), read up to a
    relative clause, whose own verbs are its subject's: 'Lind backed Reyes, who worked the room, praising "'."""
    for m in range(start, len(toks)):
        if toks[m].lower in ("who", "which"):
            return False
        if _goes_on_to_speak(toks, m):
            return True
    return False


def _goes_on_to_speak(toks: list[Token], m: int) -> bool:
    """A speech verb later in the subject's sentence: ', saying', 'upon saying', 'and said', ', calling'."""
    t = toks[m]
    if t.lower.endswith("ing"):
        return (is_verb(t) or t.lower in NAMING_VERBS) \
            and (toks[m - 1].lower in _BEFORE_PARTICIPLE or toks[m - 1].lower in ("statement", "message")
                 or m + 2 >= len(toks))  # '... to supporters saying: "', 'issued a statement saying that "'
    return (is_verb(t) or t.lower in NAMING_VERBS) and toks[m - 1].lower in ("and", "but")


#: Prepositions a place may follow at the end of a description: 'from' in 'One lawmaker from rural Ohio'.
_PLACE_PREPOSITIONS = frozenset({"from", "of", "in", "for"})


def _name_before(toks: list[Token], s: int) -> Phrase | None:
    """The name that a role at ``s`` stands in apposition to: 'Ana Lind, | chair of the board'."""
    comma = s - 1
    if comma < 1 or toks[comma].text != ",":
        return None
    if comma >= 3 and PARTY_TAG_WORD.match(toks[comma - 1].text) and toks[comma - 2].text == ",":
        comma -= 2  # ('Rep. Jim Burk, R-Iowa, who ...')
    return _name_ending_at(toks, comma)


def _name_ending_at(toks: list[Token], end: int) -> Phrase | None:
    """The name of capitalised words that ends right before token ``end``; past a place it ends with after 'of',
    the name before that ('Sen. Marco Rubio of Florida'), but no place ending a description ('One lawmaker from
    rural Ohio')."""
    start = _capitalised_from(toks, end)
    if start >= 2 and toks[start - 1].lower == "the" and toks[start - 2].lower in _OBJECT_PREPOSITIONS:
        return None  # a body a description names: 'A member of the Upper Denkyira Security Council, who asked not
        # to be named, said' (the member speaks)
    phrase = speaker_phrase(toks, start) if start < end else None
    if phrase is None or phrase.kind != "name" or phrase.end != end:
        return None
    if start > 0 and (toks[start - 1].lower in PLACE_PART_WORDS or toks[start - 1].lower in _PLACE_PREPOSITIONS) \
            and is_known_place(phrase.name):
        if toks[start - 1].lower != "of" or (before := _capitalised_from(toks, start - 1)) == start - 1:
            return None
        named = speaker_phrase(toks, before)  # (read with its place: 'Marco Rubio' from 'Marco Rubio of Florida')
        return named if named is not None and named.kind == "name" and named.end in (start - 1, end) else None
    return phrase


#: Prepositions before 'the' and a body's name that make the name part of a description: 'A member of the Council'.
_OBJECT_PREPOSITIONS = frozenset({"of", "for", "at", "from", "with"})


def _capitalised_from(toks: list[Token], end: int) -> int:
    """Where the run of capitalised words (and abbreviations) ending right before token ``end`` starts."""
    start = end
    while start > max(0, end - 6) and (is_capitalised(toks[start - 1].text) or toks[start - 1].text.endswith(".")):
        start -= 1
    return start


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
    by a dash or a comma, or after a role ('... surprise Republican pollster Dana Shore: "'), right before
    the colon is who speaks (not 'telling CNBC: "')."""
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
    if start == end or (start > 0 and toks[start - 1].text not in _LABEL_AFTER
                        and toks[start - 1].lower not in PERSON_ROLES):
        return None  # 'Mayor Lind: "' opening a line (or a '# headline') is a label too; '... pollster Ana Lind: "'
    if any(t.lower in OBJECT_VERBS for t in toks[max(0, start - 6):start]):
        return None  # ('Simon Harris told Sinn Fein leader Mary Lou McDonald: "': who heard it)
    phrase = speaker_phrase(toks, start)
    if phrase is None or phrase.end != end or phrase.kind == "pronoun" \
            or (phrase.kind == "description" and toks[end - 1].lower not in ROLE_NOUNS) \
            or (phrase.end - phrase.start == 1 and (toks[phrase.start].lower in _KINDS_OF_PIECE
                                                     or toks[phrase.start].lower in _TRANSCRIPT_MARKS)):
        return None  # (a kind of piece labelling a headline: '# Interview: "Our mills will run"'; a transcript's
        # question or answer: 'Q: "Will the bridge reopen?"')
    return found_at(toks, phrase, "colon-intro")


#: The marks of a transcript's turns, no one's name: 'Q' in 'Q: "Will the bridge reopen?"'.
_TRANSCRIPT_MARKS = frozenset({"q", "a", "question", "answer"})
#: Kinds of piece a headline's label names before a colon, no speaker: 'Interview' in '# Interview: "Our mills will
#: run all winter"'.
_KINDS_OF_PIECE = frozenset("""interview exclusive watch video analysis opinion editorial review explainer factbox
    podcast comment column obituary profile feature update live breaking photos gallery poll q&a""".split())


def _with_speaking(toks: list[Token], s: int) -> Found | bool:
    """'..., with Tom Reyes shouting: "' / '..., with Reyes tweeting that ... and asking, "': a named person
    speaking in a 'with' clause (the clause the quote opens in). True where someone not named
    speaks there ('with many people shouting'): the subject of the sentence is then not the speaker."""
    phrase = speaker_phrase(toks, s)
    j = skip_to_verb(toks, phrase.end) if phrase is not None else None
    if j is None or j >= len(toks) or not (is_verb(toks[j]) and toks[j].lower.endswith("ing")):
        return False
    return found_at(toks, phrase, "said-verb") if phrase.kind == "name" else True


def _possessor(toks: list[Token]) -> Found | None:
    """'Lind's response was: "' / 'From Reyes's Facebook post: "' / 'The congressman's last tweet of the night read:
    "': the person whose words a colon opens."""
    k = len(toks) - 2
    if k > 0 and toks[k].lower in _POSSESSED_VERBS:
        k -= 1
    last = k
    while k > max(1, last - 3) and toks[k].lower not in UTTERANCE_NOUNS and toks[k].text.islower():
        k -= 1  # ('Cott's final tweet of the night read:')
    if k < 1 or toks[k].lower not in UTTERANCE_NOUNS:
        return None
    owner = k - 1
    while owner > max(0, k - 3) and not toks[owner].text.endswith(_POSSESSIVE_ENDS):  # 'Facebook', 'brief'
        owner -= 1
    if not toks[owner].text.endswith(_POSSESSIVE_ENDS):
        return None
    role = toks[owner].lower[:-2]
    if owner == 1 and toks[0].lower == "the" and role in ROLE_NOUNS:  # 'The congressman's final tweet read:'
        return Found(Span(toks[0].start, toks[owner].end - 2), "description", f"{toks[0].text} {role}", "colon-intro")
    if not is_capitalised(toks[owner].text):
        return None
    start = owner
    while start > 0 and (is_capitalised(toks[start - 1].text) or toks[start - 1].text.endswith(".")) \
            and toks[start - 1].lower not in NOT_NAME_START:
        start -= 1
    opener = start == 0 or (toks[start - 1].lower in ("from", "in") and (start == 1 or toks[start - 2].text in ",:"))
    words = " ".join(t.text for t in toks[start:owner + 1])
    name = clean_name(words[:-2] if words.endswith(("'s", "’s")) else words.rstrip("'’"))
    if not opener or not name or not person_like(name):
        return None
    return Found(Span(toks[start].start, toks[owner].end), "name", name, "colon-intro")


def _pronoun_possessor(toks: list[Token]) -> Found | None:
    """'His message to staff was simple: "' / 'Her reply was blunt: "' / 'Her argument is a simple one: "' / 'Her
    advice: "': the he or she whose words a colon opens, in a short sentence of its own."""
    if len(toks) > 10 or toks[0].lower not in ("his", "her") \
            or not any(t.lower in UTTERANCE_NOUNS for t in toks[1:3]) \
            or not (len(toks) <= 4 or any(t.lower in _POSSESSED_VERBS for t in toks[2:-1])):  # (or no verb: 'Her
        return None  # advice:')
    return Found(Span(toks[0].start, toks[0].end), "pronoun", "he" if toks[0].lower == "his" else "she", "colon-intro")


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
    for k in range(s + 1, min(len(toks), s + 4)):  # 'Hours later,' / 'Moments ago,' / 'Late Thursday,'
        if toks[k].text == "," and (toks[k - 1].lower in _TIME_ADVERBS or is_adverb(toks[k - 1].lower)
                                    or toks[k - 1].lower in WEEKDAYS):
            return _skip_conjunction(toks, k + 1)
        if toks[k].lower in ("later", "earlier") and toks[k - 1].lower in SPANS_OF_TIME and k + 1 < len(toks) \
                and toks[k + 1].lower in PRONOUN_GENDER:
            return k + 1  # a span of time with no comma before a he or she: 'An hour later she posted again.'
    if s < len(toks) and toks[s].lower in NOT_NAME_START and toks[s].lower not in PRONOUN_GENDER \
            and toks[s].lower not in ("the", "a", "an", "we", "i") \
            and not (s + 1 < len(toks) and toks[s + 1].lower in PERSON_ROLES):  # (a subject, no lead-in: 'Another
        # resident, Marlina, 58, said')
        for k in range(s + 1, min(len(toks), s + _LEAD_IN_CLAUSE_MAX)):
            if toks[k].text == "," and not (k + 2 < len(toks) and is_capitalised(toks[k + 1].text)
                                            and toks[k + 2].text == ","):  # 'In Birmingham, Alabama, on ...'
                return _skip_conjunction(toks, k + 1)
    return s


#: Tokens a dateline opening a sentence may hold before its dash: 'LAGOS , Nigeria ( AP ) —'.
_DATELINE_MAX_TOKENS = 9


def after_dateline(toks: list[Token]) -> int:
    """Where a sentence starts after the dateline opening it: 'ENUGU — | Dr Ngozi Eze said', 'LAGOS, Nigeria (AP) —
    | ...'; 0 when none opens it."""
    for k, t in enumerate(toks[:_DATELINE_MAX_TOKENS]):
        if t.text in DASHES:
            return k + 1 if k > 0 and toks[0].text.isupper() and len(toks[0].text) > 1 else 0
        if not (t.text[:1].isupper() or t.text in ",()"):
            return 0
    return 0
