"""What kind of quotation a quoted stretch is: speech (``full``), a fragment in paraphrase (``partial``), or the
title of a work or a label (``title``, left out).

>>> text = 'He said, "We will win." Critics called it "a disaster" on "Meet the Press."'
>>> [quote_kind(text, s, s + len(w), w) for w in ("We will win.", "a disaster", "Meet the Press.")
...  for s in [text.index(w)]]
['full', 'partial', 'title']

``full`` for speech that opens its sentence (or follows a colon, a dash, or a comma with a capital, a speech verb,
or an attribution that interrupts it) or runs past twelve words; ``partial`` for a shorter fragment inside
paraphrase; ``title`` for a capitalised fragment inside a sentence (``on "Meet the Press"``, ``"Broad City"
star``) or a label (``"Related:"``).
"""

from __future__ import annotations

from ..lexicon.people import UPPER
from ..lexicon.speech import SPEECH_VERBS as _SPEECH_VERBS
from ..lexicon.speech import WORK_NOUNS
from ..pattern_cache import compile_pattern

#: Spaces besides the ASCII ones: no-break (web copy puts one after a sentence: 'said.\xa0"Next'), thin, narrow.
WIDE_SPACES = "\xa0\u2009\u202f"
#: A quote of up to this many words, embedded in a sentence, is partial.
_PARTIAL_MAX_WORDS = 12
# The first word after a closing mark: '"Broad City" star' -> "star", '"Quiet," he said' -> "he".
AFTER_CLOSE = compile_pattern(r"[\"”»'’“]*[\s,]*([\w’']*)")
#: Words after a quote that start its attribution, so the quote is speech even when capitalised.
_ATTRIBUTION_STARTS = frozenset(
    "he she they it we i said says say told asks asked added wrote according the a an one another his her their and or "
    "its our some".split()
)
#: A capitalised quote of up to this many words inside a sentence is a title, not speech.
_TITLE_MAX_WORDS = 8
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as is but nor vs".split())
#: What ``quote_kind`` strips from the words before a quote: its opening marks, spaces.
_MARKS_AND_SPACES = "\"“”„'‘’«» \t" + WIDE_SPACES


# A reporting clause set off by commas right before a quote that finishes the sentence: ", Ortega said in a
# speech to residents on Tuesday, " in 'The plan, Ortega said in a speech to residents on Tuesday, "will not'.
REPORTING_CLAUSE = compile_pattern(r",[ \t]+(?:["
                                   + UPPER + r"][\w'’.-]*[ \t]+){1,4}([a-z]+)\b[^.!?\"“”\n]{0,160},[ \t]*[\"“'‘]*$")


def quote_kind(text: str, start: int, end: int, words: str) -> str:
    """``full`` for speech that opens its sentence or is long; ``partial`` for a fragment in
    paraphrase; ``title`` for the name of a work or a show ('on "Meet the Press"', '"Broad City" star') or a
    label ('"Related:"')."""
    before = text[max(0, start - 40):start].rstrip(_MARKS_AND_SPACES)
    if before.endswith(">") and not before[before.rfind("\n") + 1:].strip("> \t"):
        before = before[:before.rfind("\n") + 1]  # a Markdown block quote's marks open the line: '> "We will," ...'
    n_words = words.count(" ") + 1
    if n_words <= 2 and words[-1] == ":" and words[:1].isupper():
        return "title"  # a label: '"Related:" Candidates reject the idea', '"Update:"'
    if before.endswith("(") and before[:-1].rstrip(_MARKS_AND_SPACES)[-1:] in (".", "!", "?", "") \
            and words[:1].isupper() and words[-1:] in ".!?":
        return "full"  # a sentence in brackets of its own: '"Ubos na," she said. ("It's all gone.")'
    if not before or before[-1] in ".!?:;\n" or before.endswith(("—", "–", "--", "-")):
        if n_words <= _TITLE_MAX_WORDS:  # (AFTER_CLOSE always matches: every part of it is optional)
            next_word = AFTER_CLOSE.match(text, end).group(1)  # type: ignore[union-attr]
            if next_word[:1].islower() and next_word not in _ATTRIBUTION_STARTS and next_word not in _SPEECH_VERBS \
                    and _title_case(words):
                return "title"  # '"The Big Short" was nominated', '"Broad City" star Arturo Castro'
        return "full"
    title_like = n_words <= _TITLE_MAX_WORDS and _title_case(words)
    if title_like and before[-1] == "," and _after_work_noun(before):
        return "title"  # 'In his 2012 book, "An American Son," he wrote'
    if before[-1] == "," and ((words[:1].isupper() and (n_words > 2 or not title_like)) or _after_speech_verb(before)
                              or _after_interrupting_attribution(text, start)
                              or (n_words > _PARTIAL_MAX_WORDS // 2 and _after_reporting_clause(text, start))):
        return "full"  # 'He told reporters, "We will win."', 'Priebus said, "Probably."', '"We will," he said, "win."'
    if title_like:
        return "title"
    return "full" if n_words > _PARTIAL_MAX_WORDS else "partial"


def _after_reporting_clause(text: str, start: int) -> bool:
    """'The plan, Ortega said in a speech to residents on Tuesday, "will not survive"': the quote finishes a
    sentence a reporting clause set off by commas interrupts."""
    m = REPORTING_CLAUSE.search(text, max(0, start - 220), start)
    return m is not None and m.group(1).lower() in _SPEECH_VERBS \
        and not text.startswith(" that ", m.end(1))  # (not 'Kasich joked that he liked a good, "peaceful protest"')


def _after_interrupting_attribution(text: str, start: int) -> bool:
    """'"We will," she told reporters, "win."', '"We did it," Irene Cardenas told a crowd at the Union Hall, "and
    we ..."': the quote goes on after an attribution that interrupts it, its speech verb among its first words."""
    window = text[max(0, start - _ATTRIBUTION_MAX_CHARS):start]
    close = max(window.rfind(',"'), window.rfind(",”"), window.rfind(",'"), window.rfind(",’"))
    if close < 0:
        return False
    between = window[close + 2:].strip(_MARKS_AND_SPACES)
    words = between.rstrip(",").split()
    return between.endswith(",") and 0 < len(words) <= _ATTRIBUTION_MAX_WORDS \
        and any(w.lower().rstrip(",;") in _SPEECH_VERBS for w in words[:_VERB_WITHIN_WORDS])  # ('he said, to the
    # loudest applause of the night, "until ...')


#: An attribution interrupting a quote is at most this long, and has its speech verb among its first words.
_ATTRIBUTION_MAX_CHARS, _ATTRIBUTION_MAX_WORDS, _VERB_WITHIN_WORDS = 120, 16, 5


def _after_speech_verb(before: str) -> bool:
    """'... Priebus said,' / '... she added,' / '... Ortiz told reporters,': a speech verb at most two words
    before the comma."""
    words = before[-32:-1].split()[-3:]
    return any(word.lower() in _SPEECH_VERBS for word in words)


def _after_work_noun(before: str) -> bool:
    """'... his new book,' / '... a radio program,': a work's kind right before the comma."""
    words = before[-24:-1].split()
    return bool(words) and words[-1].lower() in WORK_NOUNS


def _title_case(words: str) -> bool:
    """'Meet the Press', 'Hail, Caesar!', 'America's Bitter Pill': every main word capitalised."""
    main = False
    for word in words.split():  # (read to the first main word in lower case: most quotes have one early)
        if word.lower() in _TITLE_SMALL_WORDS:
            continue
        if word[:1].isalpha() and not word[:1].isupper():
            return False
        main = True
    return main
