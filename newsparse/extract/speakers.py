"""Who said each quotation: the attribution next to it, resolved to a name where the article gives one.

>>> from newsparse.zones import zone
>>> from newsparse.extract.quotes import find_quotes
>>> doc = zone('T\\n\\nGen. Jonathan Vance spoke on Tuesday. "We will leave," he said.\\n')
>>> [(q.speaker, q.speaker_method) for q in attribute(doc, find_quotes(doc))[0]]
[('Jonathan Vance', 'pronoun')]

Where the speaker is looked for, in order: after the quote in its sentence (``," X said``,
``," said X``, ``according to X``); before it (``X said: "``, ``X told reporters, "``); a colon
introduction closing the previous paragraph; the speaker of the quote just before in the same
paragraph (a quotation interrupted by its attribution); the sentence after the quote.

A speaker is a name (titles such as ``Gen.``, ``Sen.``, ``President`` kept out), a pronoun
resolved to the nearest earlier named person of fitting gender, or a description (``the
spokesman``) resolved to the earlier speaker that had that role; with no such name the
description itself is the speaker. ``speaker_method`` tells which rule fired:
``said-verb``, ``according-to``, ``colon-intro``, ``continuation``, ``pronoun``,
``role-noun``, ``description``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from ..lexicon.speech import (
    FEMALE_ROLES,
    FEMALE_TITLES,
    MALE_ROLES,
    MALE_TITLES,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from ..model import Quote, Span, Speaker
from ..names import PERSON, split_title
from ..zones import ZonedDoc

_VERB = r"(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")"
_PRONOUN = r"(?:he|she|they|it|we|I)"
# A description: "a spokesman for the trans-Atlantic military alliance", "the senator", "one aide".
_DESCRIPTION = (
    r"(?:the|a|an|one|another|his|her|their|its)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?"
    r"(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:for|of|at|with|to|from)\s+(?:the\s+)?[\p{L}\p{N}'’.-]+(?:\s+[\p{L}\p{N}'’.-]+){0,4}?(?=\s+" + _VERB + r"\b|\s*,))?"
)
# A speaker phrase: a name (with titles), a pronoun or a description.
_SPEAKER = r"(?P<speaker>" + PERSON + r"|" + _PRONOUN + r"|" + _DESCRIPTION + r")"
# An appositive after a name: ", the Canadian chief of defense staff,".
_APPOSITIVE = r"(?:,\s+[^,\"“”\n]{1,120},)?"

# After the closing mark: '," a spokesman for the alliance told', '," General Jonathan Vance, the chief, said'.
AFTER_SPEAKER_VERB = regex.compile(r"\s*[,:]?\s*" + _SPEAKER + _APPOSITIVE + r"\s+(?:also\s+|later\s+)?" + _VERB + r"\b",
                                   regex.IGNORECASE)
# After the closing mark: '," said Jonathan Vance'.
AFTER_VERB_SPEAKER = regex.compile(r"\s*[,:]?\s*" + _VERB + r"\s+" + _SPEAKER, regex.IGNORECASE)
# "according to the spokesman", anywhere in the window.
ACCORDING_TO = regex.compile(r"\baccording\s+to\s+" + _SPEAKER, regex.IGNORECASE)
# Before the opening mark: 'Kerry said: "', 'He told reporters, "', 'The spokesman added that "'.
BEFORE = regex.compile(_SPEAKER + _APPOSITIVE + r"\s+(?:also\s+|later\s+|then\s+)?" + _VERB
                       + r"\b[^.!?\"“”]{0,80}?[:,]?\s*$", regex.IGNORECASE)
# Capitalised words that are not names of people.
_NOT_PERSON = frozenset(
    """
    The A An This That These Those It He She They We I In On At But And Or If When While After
    Before Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December
    """.split()
)
_WINDOW = 240
# A sentence break between two quotes: ". The", "? He".
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+\p{Lu}")


@dataclass(slots=True)
class _Mention:
    """A person named in the text, and what we know of them."""

    name: str
    position: int
    gender: str | None
    roles: frozenset[str]


def attribute(doc: ZonedDoc, quotes: list[Quote]) -> tuple[list[Quote], list[Speaker]]:
    """Fill in each quote's speaker; return the quotes and the article's speakers list."""
    mentions = _person_mentions(doc)
    out: list[Quote] = []
    for i, quote in enumerate(quotes):
        hit = _find_speaker(doc, quotes, i)
        if hit is not None:
            span, method = hit
            name, method = _resolve(doc.text, span, method, mentions, out)
            out.append(replace(quote, speaker=name, speaker_span=span, speaker_method=method))
        elif out and out[-1].speaker and _same_paragraph(doc, quotes[i - 1], quote):
            prev = out[-1]
            out.append(replace(quote, speaker=prev.speaker, speaker_span=prev.speaker_span,
                               speaker_method="continuation"))
        else:
            out.append(quote)
    _share_within_sentence(doc.text, out)
    return out, _speaker_list(doc, out)


def _share_within_sentence(text: str, quotes: list[Quote]) -> None:
    """'"A" and "B," a spokesman said': A takes the speaker found for B in the same sentence."""
    for i in range(len(quotes) - 2, -1, -1):
        quote, nxt = quotes[i], quotes[i + 1]
        if quote.speaker or not nxt.speaker:
            continue
        between = text[_after_mark(text, quote.end):_before_mark(text, nxt.start)]
        if len(between) < _WINDOW and "\n" not in between and not _SENTENCE_BREAK.search(between):
            quotes[i] = replace(quote, speaker=nxt.speaker, speaker_span=nxt.speaker_span,
                                speaker_method="continuation")


def _find_speaker(doc: ZonedDoc, quotes: list[Quote], i: int) -> tuple[Span, str] | None:
    text = doc.text
    quote = quotes[i]
    close = _after_mark(text, quote.end)
    limit = quotes[i + 1].start - 1 if i + 1 < len(quotes) else len(text)
    window_end = min(limit, close + _WINDOW, _sentence_end(text, close))
    for pattern in (AFTER_SPEAKER_VERB, AFTER_VERB_SPEAKER):
        m = pattern.match(text, close, window_end)
        if m:
            return _hit(text, m, "said-verb")
    m = ACCORDING_TO.search(text, close, window_end)
    if m:
        return _hit(text, m, "according-to")
    floor = quotes[i - 1].end + 1 if i > 0 else 0
    open_mark = _before_mark(text, quote.start)
    start = max(floor, open_mark - _WINDOW, _sentence_start(text, open_mark))
    m = BEFORE.search(text, start, open_mark)
    if m:
        return _hit(text, m, "colon-intro" if text[start:open_mark].rstrip().endswith(":") else "said-verb")
    return _colon_intro_before(doc, quote)


def _colon_intro_before(doc: ZonedDoc, quote: Quote) -> tuple[Span, str] | None:
    """'The spokesman told the crowd:' closing the paragraph before a quote that opens its own."""
    for k, para in enumerate(doc.paragraphs):
        if para.start <= quote.start <= para.end:
            if k == 0 or _before_mark(doc.text, quote.start) - para.start > 2:
                return None
            prev = doc.paragraphs[k - 1]
            tail = doc.text[prev.start:prev.end].rstrip()
            if not tail.endswith(":"):
                return None
            start = max(prev.start, prev.end - _WINDOW)
            m = BEFORE.search(doc.text, start, prev.end)
            return _hit(doc.text, m, "colon-intro") if m else None
    return None


def _hit(text: str, m: regex.Match, method: str) -> tuple[Span, str]:
    return Span(m.start("speaker"), m.end("speaker")), method


def _resolve(text: str, span: Span, method: str, mentions: list[_Mention],
             done: list[Quote]) -> tuple[str | None, str]:
    """Turn a speaker phrase into a name: pronouns and role nouns to the person meant."""
    phrase = " ".join(text[span.start:span.end].split())
    words = phrase.split()
    first = words[0].lower()
    if first in PRONOUN_GENDER or first in ("we", "i"):
        if first in ("they", "it", "we", "i"):
            return _last_speaker(done), "pronoun"
        person = _nearest(mentions, span.start, PRONOUN_GENDER[first])
        return (person, "pronoun") if person else (None, "pronoun")
    if first in ("the", "a", "an", "one", "another", "his", "her", "their", "its"):
        role = _role_of(words)
        if first == "the" and role:
            for q in reversed(done):
                if q.speaker and q.speaker_span and role in _roles_in(text[q.speaker_span.start:q.speaker_span.end]):
                    return q.speaker, "role-noun"
            for mention in reversed(mentions):
                if mention.position < span.start and role in mention.roles:
                    return mention.name, "role-noun"
        return phrase, "description"
    _, bare = split_title(phrase)
    full = _full_name(bare, mentions, span.start)
    return full, method


def _role_of(words: list[str]) -> str | None:
    for w in reversed(words):
        if w.lower() in ROLE_NOUNS:
            return w.lower()
    return None


def _roles_in(phrase: str) -> frozenset[str]:
    return frozenset(w.lower().strip(",.") for w in phrase.split() if w.lower().strip(",.") in ROLE_NOUNS)


def _nearest(mentions: list[_Mention], position: int, gender: str) -> str | None:
    """The nearest earlier person whose gender, where known, fits the pronoun."""
    for mention in reversed(mentions):
        if mention.position < position and mention.gender in (None, gender):
            return mention.name
    return None


def _gender_of(name: str, mentions: list[_Mention]) -> str | None:
    for m in mentions:
        if m.name == name and m.gender:
            return m.gender
    return None


def _last_speaker(done: list[Quote]) -> str | None:
    for q in reversed(done):
        if q.speaker:
            return q.speaker
    return None


def _full_name(bare: str, mentions: list[_Mention], position: int) -> str:
    """'Vance' -> 'Jonathan Vance' when the article named him in full before."""
    if " " in bare:
        return bare
    for mention in mentions:
        if mention.position < position and mention.name.split()[-1] == bare:
            return mention.name
    return bare


_PERSON_MENTION = regex.compile(r"(?<![\p{L}\p{N}])" + PERSON + r"(?P<appos>,\s+(?:the|a|an)\s+[^,.;\"“”\n]{1,100}[,.])?")


def _person_mentions(doc: ZonedDoc) -> list[_Mention]:
    """Names of people in the body, with gender and roles where the text tells them."""
    out: list[_Mention] = []
    for para in doc.paragraphs:
        for m in _PERSON_MENTION.finditer(doc.text, para.start, para.end):
            raw = m.group().split(",")[0] if m.group("appos") else m.group()
            title, bare = split_title(" ".join(raw.split()))
            words = bare.split()
            if not words or words[0] in _NOT_PERSON or (len(words) == 1 and title is None):
                continue
            if all(w.isupper() for w in words):
                continue
            appos = (m.group("appos") or "").lower()
            roles = frozenset(w.strip(",.") for w in appos.split() if w.strip(",.") in ROLE_NOUNS)
            if title:
                roles |= {w.lower().strip(".") for w in title.split() if w.lower().strip(".") in ROLE_NOUNS}
            out.append(_Mention(bare, m.start(), _gender(title, appos), roles))
    return out


def _gender(title: str | None, appos: str) -> str | None:
    t = (title or "").lower().strip(".")
    if t in MALE_TITLES or any(w in MALE_ROLES for w in appos.split()):
        return "male"
    if t in FEMALE_TITLES or any(w in FEMALE_ROLES for w in appos.split()):
        return "female"
    return None


def _speaker_list(doc: ZonedDoc, quotes: list[Quote]) -> list[Speaker]:
    counts: dict[str, int] = {}
    descriptions: dict[str, list[str]] = {}
    for q in quotes:
        if not q.speaker:
            continue
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
        if q.speaker_span:
            phrase = " ".join(doc.slice(q.speaker_span).split())
            if phrase != q.speaker and phrase.lower() not in PRONOUN_GENDER:
                bucket = descriptions.setdefault(q.speaker, [])
                if phrase not in bucket:
                    bucket.append(phrase)
    order = sorted(counts, key=lambda name: -counts[name])
    return [Speaker(name, counts[name], tuple(descriptions.get(name, ()))) for name in order]


def _same_paragraph(doc: ZonedDoc, a: Quote, b: Quote) -> bool:
    return any(p.start <= a.start and b.end <= p.end for p in doc.paragraphs)


def _after_mark(text: str, end: int) -> int:
    """Position just after the closing mark(s) of a quote ending at ``end``."""
    while end < len(text) and text[end] in "\"”»'’“":
        end += 1
    return end


def _before_mark(text: str, start: int) -> int:
    while start > 0 and text[start - 1] in "\"“„«'‘”":
        start -= 1
    return start


def _sentence_end(text: str, pos: int) -> int:
    """End of the sentence running on after a quote: the next . ! ? followed by space, or a line break."""
    i = pos
    n = min(len(text), pos + _WINDOW)
    while i < n:
        ch = text[i]
        if ch == "\n" and i + 1 < n and text[i + 1] == "\n":
            return i
        if ch in ".!?" and (i + 1 >= len(text) or text[i + 1] in " \n\"”"):
            word = text[max(pos, i - 4):i].split()[-1:] if i > pos else []
            if not (word and (len(word[0]) == 1 or word[0].rstrip(".").lower() in ("mr", "mrs", "ms", "dr",
                                                                                    "gen", "sen", "rep", "gov",
                                                                                    "lt", "col", "st", "jr"))):
                return i + 1
        i += 1
    return n


def _sentence_start(text: str, pos: int) -> int:
    i = pos - 1
    floor = max(0, pos - _WINDOW)
    while i > floor:
        ch = text[i]
        if ch == "\n" and text[i - 1] == "\n":
            return i + 1
        if ch in ".!?" and text[i + 1:i + 2] in (" ", "\n") and not text[max(0, i - 3):i].strip().isupper():
            return i + 1
        i -= 1
    return floor
