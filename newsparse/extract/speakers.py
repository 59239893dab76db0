"""Who said each quotation: the attribution next to it, resolved to a name where the article gives one.

>>> from newsparse.zones import zone
>>> from newsparse.extract.quotes import find_quotes
>>> doc = zone('T\\n\\nGen. Jonathan Vance spoke on Tuesday. "We will leave," he said.\\n')
>>> [(q.speaker, q.speaker_method) for q in attribute(doc, find_quotes(doc))[0]]
[('Jonathan Vance', 'pronoun')]

Where the speaker is looked for, in order:

1. after the quote, in its sentence: ``," X said``, ``," X, the chief of staff, told``,
   ``," said X``, ``?" X asked``, ``according to X`` (method ``said-verb`` / ``according-to``);
2. before it, in its sentence: ``X said: "``, ``X told reporters, "``, ``According to X, "``,
   ``Said X: "``, a subject before a colon (``X delivered a message: "``), a fragment after a
   naming verb (``X called it "disastrous"``) (``said-verb`` / ``colon-intro``);
3. a colon introduction closing the paragraph before (``X told the crowd:``) (``colon-intro``);
4. another quote of the same sentence or paragraph, or the quote closing the paragraph before
   when this paragraph opens with a quote of its own (a quotation running on) (``continuation``).

A speaker phrase is a name (titles, party labels and possessors such as ``Clinton's
spokesman`` kept out; a surname given in full where the article named the person before), a
pronoun resolved to the person it stands for (``pronoun``; see ``mentions``), or a description
(``a spokesman for the alliance``), which a later ``the spokesman`` resolves to (``role-noun``).
A partial quote (a fragment in paraphrase) with no speaker is a title, a nickname or a scare
quote, and is left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import NamedTuple

from ..lexicon.people import NOT_NAME_START
from ..lexicon.speech import NAMING_VERBS, PRONOUN_GENDER, ROLE_NOUNS, VERB_MODIFIERS
from ..lexicon.titles import NAME_TITLES
from ..model import Quote, Span, Speaker
from ..zones import ZonedDoc
from .mentions import People
from .phrases import Phrase, Token, abbreviation_before, is_capitalised, is_verb, read_phrase, tokenize
from .quotes import blocks

_OPEN_MARKS = "\"“„«'‘”"
_CLOSE_MARKS = "\"”»'’“"
_SENTENCE_END = frozenset({".", "!", "?", "…"})
# The end of a sentence after a quote: 'he said.' / 'she asked?' (a closing mark may follow).
SENTENCE_STOP = re.compile(r"[.!?…][\"'”’)]*(?=\s|$)")
_DASHES = frozenset({"—", "–", "--", "-"})
_LEAD_PUNCT = frozenset({",", '"', "”", "'", "’"}) | _DASHES
_CLAUSE_BREAK = frozenset({",", ";", ":", "—", "–", "--", "-", "("})
_CONJUNCTIONS = frozenset({"and", "but", "as", "while", "when", "because", "so", "yet", "although", "though",
                           "after", "before", "since", "where", "whereas", "which", "who", "whom", "that"})
_PREPOSITIONS = frozenset({"of", "from", "at", "with", "for"})
#: Words after a comma that carry an appositive on: ', a senator from Ohio, and a former judge,'.
_APPOSITIVE_GOES_ON = frozenset({"and", "or", "a", "an", "the", "who", "whose", "which", "as",
                                 "including", "one", "among", "along", "like", "herself", "himself",
                                 "of", "in", "from", "at", "for", "with", "to", "on", "by", "but", "not", "who's"})
_BEFORE_PARTICIPLE = frozenset({",", "by", "upon", "after", "before", "while", "when"})
_TIME_ADVERBS = frozenset({"later", "earlier", "ago", "before", "after", "afterward", "afterwards", "then"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())
#: How far (characters) attribution windows reach from a quote.
_WINDOW = 260
#: Tokens an appositive may hold: 'Jonathan Vance, the Canadian chief of defence staff, said'.
_MAX_APPOSITIVE = 30


class _Found(NamedTuple):
    """A speaker phrase found for a quote: where it stands, what it is, how it was found."""

    span: Span
    kind: str  # pronoun | name | description
    name: str
    method: str


def attribute(doc: ZonedDoc, quotes: list[Quote]) -> tuple[list[Quote], list[Speaker]]:
    """Fill in each quote's speaker; return the quotes kept and the article's speakers list."""
    text = doc.text
    paragraphs = blocks(doc)
    para_starts = [p.start for p in paragraphs]
    paras = [_para_index(para_starts, q.start) for q in quotes]
    found: list[_Found | None] = [_find(text, paragraphs, quotes, paras, i) for i in range(len(quotes))]
    _continue(text, paragraphs, quotes, paras, found)
    pronouns = [f.span.start for f in found if f is not None and f.kind == "pronoun"]
    people = People(text, [(p.start, p.end) for p in paragraphs],
                    [(_before_mark(text, q.start), _after_mark(text, q.end)) for q in quotes],
                    tuple(f.name for f in found if f is not None and f.kind == "name"),
                    until=max(pronouns) + 1) if pronouns else None
    out: list[Quote] = []
    for quote, hit in zip(quotes, found, strict=True):
        if hit is None:
            if quote.kind == "full":
                out.append(quote)
            continue
        name, method = _resolve(hit, people, out)
        if name is None and quote.kind != "full":
            continue
        out.append(replace(quote, speaker=name, speaker_span=hit.span, speaker_method=method))
    return out, _speaker_list(doc, out)


def _para_index(starts: list[int], position: int) -> int:
    return max(0, bisect.bisect_right(starts, position) - 1)


# ----------------------------------------------------------------------------- finding


def _find(text: str, paragraphs: list[Span], quotes: list[Quote], paras: list[int], i: int) -> _Found | None:
    quote = quotes[i]
    close = _after_mark(text, quote.end)
    reach = _WINDOW if quote.text[-1:] not in ".?!" else _WINDOW // 2  # after '?"' only 'X asked' is read
    limit = min(close + reach, _paragraph_end(paragraphs, paras[i], quote.end))
    if i + 1 < len(quotes):
        limit = min(limit, _before_mark(text, quotes[i + 1].start))
    open_mark = _before_mark(text, quote.start)
    para = paragraphs[paras[i]] if paragraphs else None
    floor = max(para.start if para else 0, open_mark - _WINDOW)
    if i > 0:
        floor = max(floor, _after_mark(text, quotes[i - 1].end))
    sentence = _sentence_start(text, floor, open_mark)
    before = _sentence_tail(tokenize(text, sentence, open_mark))
    if quote.kind != "full" and before and (is_verb(before[-1]) or before[-1].lower in NAMING_VERBS):
        hit = _before(before, partial=True)  # 'what Mr. Hedge called "the old model," the club ...'
        if hit:
            return hit
    after = _sentence_head(tokenize(text, close, _sentence_stop(text, close, limit)))
    hit = _after(after, quote.text, quote.kind == "full")
    if hit:
        return hit
    hit = _before(before, partial=quote.kind != "full")
    if hit:
        return hit
    if not before and sentence > floor:
        hit = _intro_sentence(tokenize(text, _sentence_start(text, floor, sentence - 2), sentence))
        if hit:
            return hit
    if not after and paras[i] + 1 < len(paragraphs) and quote.text[-1:] in ".?!":
        nxt = paragraphs[paras[i] + 1]
        if text[nxt.start] in "-—–":
            hit = _after(tokenize(text, nxt.start, min(nxt.end, nxt.start + 80)), quote.text)
            if hit and hit.method == "credit":
                return hit
    if para is not None and open_mark - para.start <= 2 and paras[i] > 0:
        return _colon_intro_before(text, paragraphs[paras[i] - 1], quotes, i)
    return None


def _paragraph_end(paragraphs: list[Span], p: int, position: int) -> int:
    """End of the paragraph holding ``position``, searched from paragraph ``p`` on."""
    while p < len(paragraphs) and paragraphs[p].end < position:
        p += 1
    return paragraphs[p].end if p < len(paragraphs) else position


def _intro_sentence(toks: list[Token]) -> _Found | None:
    """'Dianne Bystrom agreed. "Quote."': a short sentence of a speaker and a speech verb before."""
    if not toks or toks[-1].text not in _SENTENCE_END:
        return None
    sentence = _sentence_tail(toks[:-1])
    phrase = _phrase(sentence, 0)
    if phrase is not None and phrase.kind != "description":
        j = _skip_to_verb(sentence, phrase.end)
        if j is not None and j < len(sentence) and is_verb(sentence[j]) and len(sentence) - j <= 5:
            return _found(sentence, phrase, "said-verb")
    if len(sentence) >= 3 and is_verb(sentence[-1]) and not sentence[-1].text.endswith("ing"):
        # 'Or maybe Jeb Bush, consultant Phil Musser says.': the name right before a closing verb
        start = len(sentence) - 1
        while start > 0 and (is_capitalised(sentence[start - 1].text) or sentence[start - 1].text.endswith(".")):
            start -= 1
        while start > 0 and start > len(sentence) - 6 and sentence[start - 1].text[:1].islower() \
                and sentence[start - 1].text[:1].isalpha():
            start -= 1
        phrase = _phrase(sentence, start)
        if phrase is not None and phrase.kind == "name" and phrase.end == len(sentence) - 1:
            return _found(sentence, phrase, "said-verb")
    return None


def _sentence_stop(text: str, start: int, limit: int) -> int:
    """Just after the end of the sentence running from ``start`` (abbreviations read through)."""
    while True:
        m = SENTENCE_STOP.search(text, start, limit)
        if m is None:
            return limit
        if text[m.start()] != "." or not abbreviation_before(text, m.start()):
            return m.end()
        start = m.end()


def _sentence_start(text: str, floor: int, end: int) -> int:
    """Where the sentence ending at ``end`` starts, at ``floor`` at the earliest."""
    while end > floor:
        k = max(text.rfind(". ", floor, end), text.rfind("? ", floor, end), text.rfind("! ", floor, end))
        if k < 0:
            return floor
        if text[k] != "." or not abbreviation_before(text, k):
            return k + 2
        end = k
    return floor


def _sentence_head(toks: list[Token]) -> list[Token]:
    for k, t in enumerate(toks):
        if t.text in _SENTENCE_END:
            return toks[:k + 1]
    return toks


def _sentence_tail(toks: list[Token]) -> list[Token]:
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text in _SENTENCE_END:
            return toks[k + 1:]
    return toks


def _found(toks: list[Token], phrase: Phrase, method: str) -> _Found:
    if phrase.kind == "description" and phrase.end + 2 < len(toks) and toks[phrase.end].text == ",":
        named = read_phrase(toks, phrase.end + 1)  # "Rep. Hunter's chief of staff, Joe Kasper, told"
        if named is not None and named.kind == "name" and named.end < len(toks) and toks[named.end].text == ",":
            phrase = named
    span = Span(toks[phrase.start].start, toks[phrase.end - 1].end)
    return _Found(span, phrase.kind, phrase.name, method)


def _phrase(toks: list[Token], i: int, *, after_verb: bool = False) -> Phrase | None:
    if i < len(toks) and toks[i].lower in NOT_NAME_START and toks[i].lower not in ("he", "she", "they", "it",
                                                                                   "we", "i", "the", "a",
                                                                                   "an", "one", "another",
                                                                                   "his", "her", "their",
                                                                                   "its", "some", "many"):
        return None
    return read_phrase(toks, i, after_verb=after_verb)


def _after(toks: list[Token], quoted: str, quote_full: bool = True) -> _Found | None:
    """'," X said' / '," said X' / 'according to X' right after the closing mark."""
    k = 0
    while k < len(toks) and toks[k].text in _LEAD_PUNCT:
        k += 1
    if k >= len(toks):
        return None
    if is_verb(toks[k]):
        phrase = _phrase(toks, k + 1, after_verb=True)
        if phrase is not None:
            return _found(toks, phrase, "said-verb")
    phrase = _phrase(toks, k)
    if phrase is not None:
        j = _skip_to_verb(toks, phrase.end)
        if j is not None and j < len(toks):
            if is_verb(toks[j]) and (quoted[-1:] != "." or _closes_sentence(toks, j + 1)):
                return _found(toks, phrase, "said-verb")
            if quote_full and _loose_verb(toks[j], j, quoted, phrase):
                return _found(toks, phrase, "said-verb")
        if phrase.kind == "name" and k > 0 and toks[k - 1].text in _DASHES and quoted[-1:] in ".?!" \
                and (phrase.end == len(toks) or toks[phrase.end].text in (",", ".")):
            return _found(toks, phrase, "credit")  # '"..." -- Michelle Marks, Philadelphia.'
    if quoted[-1:] in ".?!":
        return None  # a new sentence starts after the quote
    hit = _according_to(toks)
    if hit:
        return hit
    for c in range(k + 1, min(len(toks), k + 16)):  # '"..." for the victory, Sanders said.'
        if toks[c - 1].text == ",":
            phrase = _phrase(toks, c)
            if phrase is not None and phrase.kind != "description":
                j = _skip_to_verb(toks, phrase.end)
                if j is not None and j < len(toks) and is_verb(toks[j]):
                    return _found(toks, phrase, "said-verb")
    return None


def _closes_sentence(toks: list[Token], j: int) -> bool:
    """After '."', 'X said' must end its sentence soon: '"We won." Ortega said on Tuesday.' is an
    attribution, '"We won." Ortega said the count would take days.' is a new statement."""
    return len(toks) - j <= 5 or any(t.text in _SENTENCE_END for t in toks[j:j + 5])


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
        while k < n and k - j <= _MAX_APPOSITIVE and toks[k].text not in _SENTENCE_END:
            if toks[k].text == mark and k + 1 < n and (toks[k + 1].text[:1].islower() or is_verb(toks[k + 1])) \
                    and toks[k + 1].lower not in _APPOSITIVE_GOES_ON:
                break
            k += 1
        if k >= n or toks[k].text != mark:
            return None
        j = k + 1
    skipped = 0
    while j < n and skipped < 4 and (toks[j].lower in VERB_MODIFIERS or toks[j].lower in _WEEKDAYS
                                     or toks[j].lower == "on" or (toks[j].text.endswith("ly")
                                     and toks[j].text.islower())):
        j += 1
        skipped += 1
    return j


def _according_to(toks: list[Token]) -> _Found | None:
    for k in range(len(toks) - 2):
        if toks[k].lower == "according" and toks[k + 1].lower == "to":
            phrase = _phrase(toks, k + 2, after_verb=True)
            if phrase is not None:
                return _found(toks, phrase, "according-to")
    return None


def _before(toks: list[Token], *, partial: bool) -> _Found | None:
    """'X said: "' / 'X told reporters, "' / 'According to X, "' / 'Said X: "' before the opening mark."""
    if not toks:
        return None
    hit = _according_to(toks)
    if hit:
        return hit
    starts = [0]
    for k, t in enumerate(toks[:-1]):
        if t.text in _CLAUSE_BREAK or t.lower in _CONJUNCTIONS:
            starts.append(k + 1)
    colon = toks[-1].text == ":"
    if colon:
        hit = _label(toks)
        if hit:
            return hit
    for s in reversed(starts):
        s = _skip_conjunction(toks, s)
        if s >= len(toks):
            continue
        if s >= 3 and toks[s - 1].lower == "who" and toks[s - 2].text == ",":
            hit = _relative_speaker(toks, s)  # 'from Mike Lee, who declared in the spin room, "'
            if hit:
                return hit
            continue
        if is_verb(toks[s]) and not toks[s].lower.endswith("ing") \
                and (is_capitalised(toks[s].text) or s == 0 or toks[s - 1].text == ","):
            phrase = _phrase(toks, s + 1, after_verb=True)  # 'Said Stone:' / ', said Stone, "'
            if phrase is not None and phrase.kind != "pronoun" \
                    and (phrase.end >= len(toks) or toks[phrase.end].text in (",", ":")):
                return _found(toks, phrase, "colon-intro" if colon else "said-verb")
        phrase = _phrase(toks, s)
        if phrase is None:
            continue
        j = _skip_to_verb(toks, phrase.end)
        if j is None or j >= len(toks):
            continue
        if is_verb(toks[j]) or (toks[j].lower in NAMING_VERBS and (partial or phrase.kind != "description")):
            return _found(toks, phrase, "colon-intro" if colon else "said-verb")
        if colon and s == _main_clause(toks) and toks[j].text.islower() and phrase.kind != "description":
            return _found(toks, phrase, "colon-intro")
        if any((is_verb(t) or t.lower in NAMING_VERBS) and t.text.endswith("ing")
               and toks[m - 1].lower in _BEFORE_PARTICIPLE for m, t in enumerate(toks[j + 1:], start=j + 1)) \
                and s == _main_clause(toks):
            return _found(toks, phrase, "said-verb")  # 'X took aim at Y, saying, "' / '... upon saying, "'
    return None


def _relative_speaker(toks: list[Token], s: int) -> _Found | None:
    """The name before ', who' when a speech verb follows: 'Mike Lee, who declared, "'."""
    j = s
    while j < len(toks) and (toks[j].lower in VERB_MODIFIERS or toks[j].text.endswith("ly")):
        j += 1
    if j >= len(toks) or not is_verb(toks[j]):
        return None
    comma = s - 2
    start = comma
    while start > max(0, comma - 6) and (is_capitalised(toks[start - 1].text) or toks[start - 1].text.endswith(".")):
        start -= 1
    phrase = _phrase(toks, start) if start < comma else None
    if phrase is None or phrase.kind != "name" or phrase.end != comma:
        return None
    return _found(toks, phrase, "said-verb")


def _label(toks: list[Token]) -> _Found | None:
    """'Pollsters agree - Carl Bialik: "' / '-More from the Pew Research Center: "': a name set off
    by a dash or a comma right before the colon is who speaks (not 'telling CNBC: "')."""
    end = len(toks) - 1
    start = end
    while start > 0 and (is_capitalised(toks[start - 1].text) or toks[start - 1].lower in ("and", "of", "the")):
        start -= 1
    while start < end and not is_capitalised(toks[start].text):
        start += 1
    if start == end or start == 0 or toks[start - 1].text not in _DASHES | {",", "from"}:
        return None
    phrase = _phrase(toks, start)
    if phrase is None or phrase.end != end or phrase.kind != "name":
        return None
    return _found(toks, phrase, "colon-intro")


def _skip_conjunction(toks: list[Token], s: int) -> int:
    while s < len(toks) and toks[s].lower in ("and", "but", "yet", "so", "still", "then", "now", "also"):
        s += 1
    return s


def _main_clause(toks: list[Token]) -> int:
    """Where the main clause starts: after 'On Monday,' or 'After the vote,' when a sentence opens so."""
    s = _skip_conjunction(toks, 0)
    for k in range(s + 1, min(len(toks), s + 4)):  # 'Hours later,' / 'Moments ago,'
        if toks[k].text == "," and (toks[k - 1].lower in _TIME_ADVERBS or toks[k - 1].lower.endswith("ly")):
            return _skip_conjunction(toks, k + 1)
    if s < len(toks) and toks[s].lower in NOT_NAME_START and toks[s].lower not in PRONOUN_GENDER \
            and toks[s].lower not in ("the", "a", "an", "we", "i"):
        for k in range(s + 1, min(len(toks), s + 16)):
            if toks[k].text == ",":
                return _skip_conjunction(toks, k + 1)
    return s


def _colon_intro_before(text: str, para: Span, quotes: list[Quote], i: int) -> _Found | None:
    """'The spokesman told the crowd:' closing the paragraph before a quote that opens its own."""
    tail = text[para.start:para.end].rstrip()
    if not tail.endswith(":"):
        return None
    floor = max(para.start, para.end - _WINDOW)
    if i > 0:
        floor = max(floor, _after_mark(text, quotes[i - 1].end))
    hit = _before(_sentence_tail(tokenize(text, floor, para.end)), partial=False)
    return hit._replace(method="colon-intro") if hit else None


def _continue(text: str, paragraphs: list[Span], quotes: list[Quote], paras: list[int],
              found: list[_Found | None]) -> None:
    """Quotes with no attribution of their own take the speaker of a neighbouring quote."""
    for i in range(len(quotes) - 2, -1, -1):  # '"A" and "B," a spokesman said': A from B, same sentence
        if found[i] is None and found[i + 1] is not None and paras[i] == paras[i + 1] \
                and found[i + 1].method != "continuation":
            between = text[_after_mark(text, quotes[i].end):_before_mark(text, quotes[i + 1].start)]
            if len(between) < 80 and "." not in between and quotes[i].text[-1:] not in ".?!":
                found[i] = found[i + 1]._replace(method="continuation")
    for i in range(1, len(quotes)):
        if found[i] is not None or found[i - 1] is None or quotes[i].kind != "full":
            continue
        next_paragraph = paras[i] == paras[i - 1] + 1 and _opens_paragraph(text, paragraphs, quotes[i], paras[i])
        if paras[i] == paras[i - 1] or next_paragraph:
            found[i] = found[i - 1]._replace(method="continuation")


def _opens_paragraph(text: str, paragraphs: list[Span], quote: Quote, p: int) -> bool:
    return _before_mark(text, quote.start) - paragraphs[p].start <= 2


# --------------------------------------------------------------------------- resolving


def _resolve(hit: _Found, people: People | None, done: list[Quote]) -> tuple[str | None, str]:
    """Turn a speaker phrase into a name: pronouns and role nouns to the person meant."""
    if hit.kind == "pronoun":
        low = hit.name.lower()
        if low in ("he", "she") and people is not None:
            return people.resolve_pronoun(low, hit.span.start), "pronoun"
        if low in ("it", "they"):  # '"...," the statement said. "...," it added.'
            last = next((q for q in reversed(done) if q.speaker), None)
            if last is not None and last.speaker_method in ("description", "role-noun", "continuation") \
                    and last.speaker[:1].islower():
                return last.speaker, "pronoun"
        return None, "pronoun"
    if hit.kind == "description":
        words = hit.name.lower().split()
        role = next((w for w in reversed(words) if w in ROLE_NOUNS), None)
        if words[0] == "the" and role:
            for q in reversed(done):
                if q.speaker and q.speaker_method in ("description", "role-noun") and role in q.speaker.lower().split():
                    return q.speaker, "role-noun"
        return hit.name, "description" if hit.method != "continuation" else hit.method
    return hit.name, hit.method


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


def _after_mark(text: str, end: int) -> int:
    """Position just after the closing mark(s) of a quote ending at ``end``."""
    while end < len(text) and text[end] in _CLOSE_MARKS:
        end += 1
    return end


def _before_mark(text: str, start: int) -> int:
    while start > 0 and text[start - 1] in _OPEN_MARKS:
        start -= 1
    return start
