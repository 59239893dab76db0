"""Sentence boundaries, once for every extractor.

>>> text = 'Gen. Jonathan Vance said on Tuesday. "We will leave," he added. The U.S. Army stays.'
>>> [text[s.start:s.end] for s in split_sentences(text, 0, len(text))]
['Gen. Jonathan Vance said on Tuesday.', '"We will leave," he added.', 'The U.S. Army stays.']

A boundary is a ``.``, ``!`` or ``?`` (with any closing quote or bracket after it) followed by
white space and a capital letter, digit or opening mark, unless the word before the period is
an abbreviation (``Mr.``, ``U.S.``, ``Jan.``) or a single initial (``J. Smith``).
"""

from __future__ import annotations

import re

from .lexicon.titles import ABBREVIATIONS
from .model import Span

# End of a sentence: "leave." / "leave?\u201d" / "Tuesday.)" followed by space and a capital,
# digit or opening quote: "... on Tuesday. \"We" -> boundary after "Tuesday.".
SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]*[A-Z0-9])")
# The word just before a period: "U.S" in "the U.S.", "Gen" in "Gen.".
_WORD_BEFORE = re.compile(r"[\w.]+$")
_LOOKBEHIND = 24


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans, leading and trailing white space trimmed."""
    spans: list[Span] = []
    begin = start
    for m in SENTENCE_END.finditer(text, start, end):
        if text[m.start()] == "." and _is_abbreviation(text, m.start(), begin):
            continue
        spans.append(Span(begin, m.end()))
        begin = m.end()
    spans.append(Span(begin, end))
    return [t for t in (_trim(text, s) for s in spans) if t.end > t.start]


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    m = _WORD_BEFORE.search(text, max(floor, dot - _LOOKBEHIND), dot)
    if not m:
        return False
    word = m.group().lower().strip(".")
    if len(word) == 1 and word.isalpha():
        return True
    return word in ABBREVIATIONS


def _trim(text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)
