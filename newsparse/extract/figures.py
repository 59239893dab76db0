"""Figures: every number the story reports, with its value, unit and what it counts.

>>> from newsparse.zones import zone
>>> doc = zone("T\\n\\nSome of the estimated 500 Canadian troops left; 30 out of the 130 personnel stay. "
...            "It costs $2.5 billion, a 12 per cent rise, on January 8, 2020.\\n")
>>> [(f.text, f.value, f.unit, f.kind) for f in extract_figures(doc)]
[('500 Canadian troops', 500, 'troops', 'count'), ('30', 30, 'personnel', 'count'), \
('130 personnel', 130, 'personnel', 'count'), ('$2.5 billion', 2500000000, 'USD', 'money'), \
('12 per cent', 12, 'percent', 'percent')]
>>> doc = zone("T\\n\\nOutput rose to 370,000 tonnes from 340,000, up 30-40 pct, at about 15.79 dlrs.\\n")
>>> [(f.text, f.value, f.value_max, f.unit, f.qualifier) for f in extract_figures(doc)]
[('370,000 tonnes', 370000, None, 't', None), ('340,000', 340000, None, 't', None), \
('30-40 pct', 30, 40, 'percent', None), ('15.79 dlrs', 15.79, None, 'USD', 'about')]

The pipeline: figure_numbers reads each number (digits, words, signs, fractions, scales),
figure_units finds what it counts or measures, figure_context drops what is no figure (dates,
years, times, identifiers, names) and finds qualifiers. Here the pieces meet, and then the ends
of a range share a unit: ``30 to 40 percent`` and ``30 out of the 130 personnel`` give the first
end the unit of the second; a bare number after ``from`` or ``versus`` takes the unit of the figure
before it in the sentence (``to 147 pesetas a kilo from 160``). A range in one token keeps both
ends in one figure: ``30-40 pct`` -> value 30, value_max 40. Percent keeps the number as written
(``12 per cent`` -> 12). Headline and standfirst lines are read as well as the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..lexicon.numbers import UNITS
from ..model import Figure, Span
from ..zone_lines import FIELD_LINE, FRONT_MATTER_OPENERS, is_byline_or_date
from ..zones import ZonedDoc
from .figure_context import (
    Before,
    is_age,
    is_date_or_year,
    is_year,
    minus_before,
    not_a_figure,
    plural_after,
    qualifier,
    sign_ends_line,
)
from .figure_numbers import Number, is_continental, iter_numbers, tidy
from .figure_tables import table_label
from .figure_units import Unit, resolve_unit, unit_may_follow

# Spans no number is read in: markup tags and links; '<tweet id="7536">', "https://x.com/2020/01".
MASK = re.compile(r"<[A-Za-z/!][^<>\n]{0,300}>|https?://\S+|www\.\S+")
# E-mail addresses, looked for where a paragraph has an "@": "jane2@x.org".
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
#: How far past its "@" an EMAIL match may end: the domain's 63 characters and four more parts of 64.
_EMAIL_AFTER_AT = 1 + 63 + 4 * 64
# The key of a front matter field: "subtitle:" in "subtitle: Returns could top NZ$14 a tray".
FRONT_MATTER_KEY = re.compile(r"[ \t]*([A-Za-z_][\w-]{0,30})[ \t]*[:=]")
#: Front matter fields that hold words of the story: its headline and standfirst.
_STANDFIRST_KEYS = frozenset({"title", "headline", "subtitle", "subheadline", "description", "summary", "standfirst",
                              "dek", "excerpt", "lede", "lead"})
# A range's joiner and its second end after the first: " to three" in "the two to three years", " and six" in "the
# three and six month issues" (not " and up to 20 percent").
RANGE_AFTER = re.compile(r"[ \t]*(?:to|or|and|-|–)[ \t]*(?:[0-9]|(?:one|two|three|four|five|six|seven|eight|nine|ten"
                         r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\b)")
# What may stand between the two ends of a range: "30 to 40", "30-40", "two or three", "30 out of the 130".
# "9 of the state's 12 districts", "3 of Ohio's 88 counties": a part of a whole owned.
RANGE_JOINER = re.compile(r"[ \t]*(?:to|-|–|—|and|or|out of(?:[ \t]+(?:the|a|an|his|her|its|their|our))?"
                          r"|of(?:[ \t]+(?:the|its|their|his|her|our))?(?:[ \t]+[\w-]{1,30}['’]s)?"
                          r"(?:[ \t]+(?:last|first|next|past|previous|remaining|final))?)[ \t]*\n?[ \t]*")
# ('2.4 to\n2.6 tonnes': a wire line may break inside a range; 'nine of their last 11 games': a share of a count)
# Joiners after which the second end may take the first end's unit: "$5 to 10", "46 percent to 44".
BACK_JOINER = re.compile(r"[ \t]*(?:to|-|–|or)[ \t]*")
# What follows a number that counts what was counted before it, left unsaid: a participle, an adverb or a verb of
# its own (" missing", " already delivered", " opposed", " were injured"), never a noun of its own.
_PREDICATE_AFTER = re.compile(r"[ \t]+(?:(?:already|still|now|also|later|reportedly|were|was|are|have|had"
                              r"|remain(?:ed)?)[ \t]+)?(?:[a-z]+ed|missing|dead|injured|hurt|wounded|killed|left"
                              r"|remain|remained|survived|died|opposed|backed|voted|agreed)\b")
# What follows the last bare number of a list that leaves its noun out: " from homeowners" in "31,500 for cars and
# 26,500 from homeowners", " had polyps" in "412 had cancer and 2,310 had polyps" (not a range or a noun: "and 40
# to 50 emergencies", "and two-thirds of Republicans").
LIST_ITEM_AFTER = re.compile(r"[ \t]+(?:for|from|in|at|on|by|among|with|under|over|were|was|are|is|had|have|has)\b"
                             r"|[ \t]*[,.;)]")
# Between the figures of a list whose items are named, the unit said last: " and Denmark " in "Belgium 8,000 and
# Denmark 6,000 tonnes".
LIST_WITH_NAME = re.compile(r",?[ \t]+(?:and|or)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}")
# A whole after a bare number, whose unit the number takes: " of its" in "from 10 of its 13 groups" (so no comparison
# with the figure before: "130 members, and lawmakers from 10 of its 13 groups").
OF_WHOLE_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the|its|their|his|her|our)\b")
# A share of what was just counted, after a bare number: " of them" in "Seven of them are empty", " of those".
OF_THEM = re.compile(r"[ \t]+of[ \t]+(?:them|those|these)\b")
# A difference after a bare number: " more than" in "387 points, 96 more than its nearest rival".
MORE_THAN = re.compile(r"[ \t]+(?:more|fewer|less)[ \t]+than\b")
#: How many figures back and ahead a bare figure of a results table looks for the table's currency.
_TABLE_REACH = 12
#: How many figures back a bare sum with a scale word looks for one with that scale.
_SCALE_LOOK_BACK = 4
# A sentence break between two figures: "... 40 tonnes. The 30 ..."
SENTENCE_BREAK = re.compile(r"[.!?;][\"'”’)]*\s")
# Cents after a money amount: "3 dollars 50 cents", "thirteen dollars forty five", "one dollar and two".
CENTS_AFTER = re.compile(
    r"[ \t]+(?:and[ \t]+)?(?:(?P<digits>[0-9]{1,2})[ \t]+(?:cents|cts|pence)\b|(?P<words>(?i:(?:twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
    r"(?:[ \t]+(?:cents|pence)\b)?(?=[ \t]*(?:[.,;!?)]|\n|$|and\b)))"
)
# Where a fraction written with "a" must stand to be a quantity: "a third of", "a fifth." (not "a third term").
_FRACTION_END = re.compile(r"[ \t]+of\b|[ \t]*(?:[.,;!?)]|\n|$)")
#: Words before "half" that make it a part, not a quantity: "the first half", "its other half".
_HALF_BEFORE = frozenset("the a an first second last latter other its their this that back top previous next opening "
                         "final bottom upper lower".split())
#: A comparison that carries the unit of the figure before: "to 147 pesetas ... from 160", "vs 4.8".
_COMPARISONS = frozenset({("from",), ("versus",), ("vs",), ("vs.",), ("against",), ("compared", "with"),
                          ("compared", "to")})
_DAY_LIKE = frozenset({"days", "s"})


@dataclass(slots=True)
class _Found:
    """A figure being built; the range pass may still give it a unit or a scale."""

    number: Number
    start: int
    end: int
    value: int | float
    unit: Unit
    qualifier: str | None
    before: Before
    span: int = 0

    @property
    def bare(self) -> bool:
        return self.unit.code is None

    def figure(self, text: str) -> Figure:
        kind = self.unit.kind
        if kind == "other" and isinstance(self.value, int):
            kind = "count"
        value_max = self.number.value_max
        if self.unit.cents and value_max is not None:
            value_max = tidy(value_max / 100)
        return Figure(text[self.start:self.end], self.start, self.end, self.value, self.unit.code, kind,
                      self.qualifier, value_max)


def extract_figures(doc: ZonedDoc) -> list[Figure]:
    """Every figure in the headline, standfirst and body paragraphs, in document order."""
    text = doc.text
    header = doc.header_lines
    if text.startswith(FRONT_MATTER_OPENERS):  # front matter: its fields are no story, but for a standfirst
        # ('subtitle: ...')
        header = tuple(line for line in header if _read_field(text, line))
    elif header and FIELD_LINE.match(text, header[0].start, header[0].end):  # ('Date: 2024-07-26' over the story)
        header = tuple(line for line in header if not FIELD_LINE.match(text, line.start, line.end))
    header = tuple(line for line in header if not is_byline_or_date(text, line.start, line.end))  # (not 'By Ana
    # Lucero | Updated 3 hours ago')
    spans = sorted([s for s in (doc.title_line, *header) if s is not None] + list(doc.paragraphs),
                   key=lambda s: s.start)
    if not spans:
        return []
    first, last = spans[0].start, spans[-1].end
    masks = _masks(text, first, last)
    found: list[_Found] = []
    done = first
    span_index = mask_index = 0
    for number in iter_numbers(text, first, last, is_continental(text), text.lower()):
        while spans[span_index].end <= number.start:
            span_index += 1
        span = spans[span_index]
        if number.start < max(done, span.start) or number.end > span.end:
            continue  # inside a figure already read, or between the zones read
        while mask_index < len(masks) and masks[mask_index][1] <= number.start:
            mask_index += 1
        if mask_index < len(masks) and masks[mask_index][0] <= number.start:
            continue
        figure = _figure(text, number, span.start, span.end)
        if figure is not None:
            figure.span = span_index
            found.append(figure)
            done = figure.end
    return [f.figure(text) for f in _table_units(text, _share_units(text, found))]


def _table_units(text: str, found: list[_Found]) -> list[_Found]:
    """Bare figures on the lines of a results table count shares ('Avg shrs 3,668,000 vs 2,888,000') or are sums in
    the currency of the table's nearest sum, before them if one is ('Shr 1.23 dlrs vs 1.11 dlrs' over 'Net
    4,512,000 vs 3,206,000')."""
    labels: dict[int, str | None] = {}  # line start -> the table label of its line

    def label(f: _Found) -> str | None:
        line = text.rfind("\n", 0, f.start) + 1
        if line not in labels:
            labels[line] = table_label(text, line)
        return labels[line]

    for k, f in enumerate(found):
        if not f.bare or (kind := label(f)) is None:
            continue
        if kind == "shares":
            f.unit = Unit("shares", "count", f.end, counted=True)
            continue
        before = (g for g in reversed(found[max(0, k - _TABLE_REACH):k]) if g.unit.kind == "money" and label(g))
        after = (g for g in found[k + 1:k + 1 + _TABLE_REACH] if g.unit.kind == "money" and label(g))
        if (money := next(before, None) or next(after, None)) is not None and abs(money.start - f.start) < 800:
            f.unit = Unit(money.unit.code, "money", f.end)
    return found


def _read_field(text: str, line: Span) -> bool:
    """Whether a header line is read for figures in a document opening with front matter: a line that is no
    field, or a field that holds a standfirst ('subtitle: Returns could top NZ$14 a tray'), not the date or the
    time zone ('date: 2024-05-23 05:47:00 +1200')."""
    field = FRONT_MATTER_KEY.match(text, line.start, line.end)
    return field is None or field.group(1).lower() in _STANDFIRST_KEYS


def _masks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of links, tags and e-mail addresses, in order. Each is tried only where its mark is, which
    finds what ``finditer`` would: a tag or link starts at its "<", "www." or the "http" or "https" before
    a "://" (a colon is found faster than "http"), and an address has its "@" within 64 characters of its
    start and ends within _EMAIL_AFTER_AT of it."""
    heads = _occurrences(text, "<", start, end) + _occurrences(text, "www.", start, end)
    for colon in _occurrences(text, ":", start, end):
        if text.startswith("//", colon + 1):
            head = colon - 4 if text.startswith("http", colon - 4) else colon - 5
            if head >= start and text.startswith("http", head):
                heads.append(head)
    masks: list[tuple[int, int]] = []
    done = start
    for head in sorted(heads):
        if head >= done and (m := MASK.match(text, head, end)):
            masks.append((head, m.end()))
            done = m.end()
    emails: list[tuple[int, int]] = []
    done = start
    at = text.find("@", start, end)
    while at >= 0:
        m = EMAIL.search(text, max(done, at - 64), min(end, at + _EMAIL_AFTER_AT))
        if m is not None and m.start() < at:  # the address around this "@"
            emails.append((m.start(), m.end()))
            done = m.end()
            at = text.find("@", done, end)
        else:
            at = text.find("@", at + 1, end)
    return sorted(masks + emails) if emails else masks


def _occurrences(text: str, mark: str, start: int, end: int) -> list[int]:
    found = []
    at = text.find(mark, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1, end)
    return found


def _figure(text: str, number: Number, para_start: int, limit: int) -> _Found | None:
    year = is_year(number)
    if year and not unit_may_follow(text, number.end, limit) and not plural_after(text, number.end):
        return None  # decided before the words around it are read: most numbers that are no figure are years
    before = Before(text, number.start, para_start)
    if not year and is_date_or_year(text, number, before) and not unit_may_follow(text, number.end, limit):
        return None  # ... or dates
    if (number.words and number.value == 1 and not number.fraction and not unit_may_follow(text, number.end, limit)
            and before.last() != "minus"):
        return None  # "one of", "no one" (but "minus one")
    unit = resolve_unit(text, number, para_start, limit)
    if unit.kind == "drop" or not_a_figure(text, number, unit.kind, para_start, before):
        return None
    if number.words and unit.code is None and before.last() == "the" and not number.fraction \
            and not RANGE_AFTER.match(text, number.end, limit):
        return None  # "between the two", "the three of them": people named before, no quantity (not "the two to
        # three years" a range ends)
    if number.words and not _words_are_figure(text, number, unit, limit, before):
        return None
    start, value = number.start, number.value
    if number.words or not text.startswith(("-", "−"), number.number_start):
        sign_start = minus_before(text, start, para_start, before, unit.code in ("°C", "°F"))
        if sign_start is not None and (text[sign_start] not in "-−" or sign_ends_line(text, unit.end)
                                       or unit.code in ("°C", "°F")):
            start, value = sign_start, -value
            before = Before(text, start, para_start)
    if unit.cents:
        value = tidy(value / 100)
    end = unit.end
    if unit.kind == "money" and isinstance(value, int) and number.scale == 1:
        cents = CENTS_AFTER.match(text, end, limit)
        if cents:
            value, end = value + _cents(cents), cents.end()
    if unit.code is None and isinstance(value, int) and 0 < value < 125 and is_age(text, number.end, before):
        unit = Unit("years", "duration", number.end)
    return _Found(number, start, end, value, unit, qualifier(before), before)


def _words_are_figure(text: str, number: Number, unit: Unit, limit: int, before: Before) -> bool:
    """Spelled-out numbers are figures when they quantify: not "one of", "one day", "a third term"."""
    words = text[number.start:number.end].lower()
    if number.value == 1 and not number.fraction:
        if before.last() == "minus":
            return True
        return unit.kind in ("money", "percent", "measure", "duration") and unit.code not in _DAY_LIKE
    if number.fraction and text[number.end:number.end + 1] == "-":  # "half-marathon", "quarter-final"
        return False
    if words.startswith(("a ", "an ")) and number.fraction:  # "a third of", not "a year and a half"
        return before.last() != "and" and bool(_FRACTION_END.match(text, number.end, limit))
    if words == "half":
        if before.last() in _HALF_BEFORE:
            return False
        return unit.counted or bool(qualifier(before) or _FRACTION_END.match(text, number.end, limit))
    return True


def _cents(m: re.Match[str]) -> float:
    if m.group("digits"):
        return int(m.group("digits")) / 100
    words = m.group("words").lower().replace("-", " ").split()
    tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
    return sum(tens.get(w, UNITS.get(w, 0)) for w in words) / 100


def _share_units(text: str, found: list[_Found]) -> list[_Found]:
    """Range ends and comparisons share units: "30 to 40 percent", "to 370,000 tonnes from 340,000"."""
    for k, (a, b) in enumerate(pairwise(found)):
        if a.span != b.span:
            continue
        if a.bare and not b.bare and b.unit.kind in ("measure", "count", "money") and b.start - a.end < 40 \
                and LIST_WITH_NAME.fullmatch(text, a.end, b.start) and _same_order(a.value, b.value):
            _take_unit(a, b, forward=True)  # 'Belgium bought 8,000 and Denmark 6,000 tonnes'
            continue
        if RANGE_JOINER.fullmatch(text, a.end, b.start):
            if a.bare and not b.bare and not (a.number.fraction and b.number.raw != 1 and "of" in text[a.end:b.start]):
                _take_unit(a, b, forward=True)  # (not a share of a sum: 'three-quarters of the $59 million'; but
                # 'one-half of 1 percent')
            elif b.bare and not a.bare and (BACK_JOINER.fullmatch(text, a.end, b.start)
                                            or a.before.last() == "between") \
                    and (a.unit.kind not in ("percent", "duration")
                         or (_same_order(b.number.raw, a.number.raw) and b.number.scale == 1)):
                _take_unit(b, a, forward=False)  # "aged between 18 and 35" (not "rose 9% to 402", "fell 2.4 pct
                # to 11.73 billion": a level after a change, which the scale word tells)
        elif (b.bare and not a.bare and b.start - a.end < 160
              and _after_comparison(b.before) and OF_WHOLE_AFTER.match(text, b.end) is None
              and not SENTENCE_BREAK.search(text, a.end, b.start)
              and (a.unit.kind not in ("percent", "duration") or _same_order(b.number.raw, a.number.raw))):
            rate = found[k - 1] if k > 0 and a.before.last() == "per" and found[k - 1].span == a.span \
                and not found[k - 1].bare else None  # ('112.62 guilders per 100 marks from 112.78': the rate's
            _take_unit(b, rate or a, forward=False)  # unit, not its base's)
        elif (b.bare and not a.bare and b.start - a.end < 80 and MORE_THAN.match(text, b.end)
              and not SENTENCE_BREAK.search(text, a.end, b.start) and _same_order(b.number.value, a.value)):
            _take_unit(b, a, forward=False)  # a difference in the unit just given: '387 points, 96 more than its
            # nearest rival'
        elif (b.bare and not a.bare and a.unit.kind in ("measure", "money") and b.start - a.end < 80
              and b.before.last() == "with" and not SENTENCE_BREAK.search(text, a.end, b.start)
              and _same_order(b.number.value, a.value) and not RANGE_AFTER.match(text, b.end)):  # (not '40
            # kilometres with six or seven crates': the range names its own)
            _take_unit(b, a, forward=False)  # a list that leaves the unit out: '890,000 tonnes, and Nigeria with
            # 610,000'
        elif b.bare and not a.bare and a.unit.kind in ("count", "money", "measure") and b.start - a.end < 200 \
                and _left_unsaid(text, a, b):
            _take_unit(b, a, forward=False)
    _same_scale_back(text, found)
    return found


def _same_scale_back(text: str, found: list[_Found]) -> None:
    """A bare sum with a scale word takes the unit of the last figure of its sentence with that scale: 'Orders rose
    1.5 billion dlrs, or 1.5 pct, to 99.5 billion' (past the percentage between them), '171.4 million passengers,
    close to the record of 174.8 million'."""
    for k, b in enumerate(found):
        if not b.bare or b.number.scale == 1:
            continue
        for a in reversed(found[max(0, k - _SCALE_LOOK_BACK):k]):
            if a.span != b.span or b.start - a.end > 200 or SENTENCE_BREAK.search(text, a.end, b.start):
                break
            if not a.bare and a.number.scale == b.number.scale and a.unit.kind in ("money", "measure", "count"):
                _take_unit(b, a, forward=False)  # (a change and a level differ in size: 'rose 1.5 billion ... to
                break  # 99.5 billion')


def _after_comparison(before: Before) -> bool:
    """Whether a comparison stands right before a number, a qualifier between them or not: 'compared with 350',
    'compared with about 350', 'from roughly 40'."""
    n = len(qualifier(before).split()) if qualifier(before) else 0
    if n == 0:
        return before.ends_with(_COMPARISONS, 2) is not None
    words = before.lower[:-n]
    return tuple(words[-1:]) in _COMPARISONS or tuple(words[-2:]) in _COMPARISONS


def _left_unsaid(text: str, a: _Found, b: _Found) -> bool:
    """Whether bare ``b`` counts what figure ``a`` before it counts, left unsaid: '2,318 patients in hospital,
    including 96 in critical care'; 'Of 27 analysts polled, 19 had expected a hold' (not 'Another 27' after 'nine
    districts': who knows what). A sum with the same scale word is read apart (``_same_scale_back``)."""
    one_sentence = not SENTENCE_BREAK.search(text, a.end, b.start)
    last = b.before.last()
    if last in ("including", "among") and one_sentence:
        return abs(b.value) < abs(a.value)
    opens = (a.before.last() == "of" and (len(a.before.lower) == 1 or a.before.last(2)[-1:] in ".!?")) \
        or (a.before.last(2) == "of" and a.before.last() == "the"
            and (len(a.before.lower) == 2 or a.before.last(3)[-1:] in ".!?"))
    if opens and one_sentence and b.start - a.end < 160 and text[a.end:b.start].rstrip().endswith(","):
        return abs(b.value) < abs(a.value)  # ('Of 27 analysts polled by Reuters, 19 ...', 'Of the 6,120 people who
        # had a test, 412 ...')
    if last == "and" and one_sentence and b.start - a.end < 40 and a.unit.counted and _same_order(b.value, a.value) \
            and LIST_ITEM_AFTER.match(text, b.end) is not None:
        return True  # a list that leaves the noun out: 'including 31,500 for cars and 26,500 from homeowners'
    if OF_THEM.match(text, b.end) is not None and a.unit.counted and b.start - a.end < 160 \
            and len(SENTENCE_BREAK.findall(text, a.end, b.start)) <= 1 and abs(b.value) <= abs(a.value):
        return True  # 'The city has 22 reservoirs. Seven of them are empty.
    return a.unit.counted and one_sentence and b.start - a.end < 100 and _same_order(b.value, a.value) \
        and _PREDICATE_AFTER.match(text, b.end) is not None  # ('killing 14 people and leaving 37 missing', '117
    # vessels, with 64 already delivered', 'a survey of 86 businesses found that 71 opposed')


def _same_order(bare: float, other: float) -> bool:
    """Whether a bare number compared with a share or a span of time is of its order (within ten times), as the
    same measure is: '5.2 percent from 4.9' (not '17.7 per cent, from 237 in May', '52 weeks, compared with
    302,589'; counts and sums differ more: '520 superdelegates compared with 39')."""
    return abs(other) / 10 <= abs(bare) <= abs(other) * 10


def _take_unit(bare: _Found, other: _Found, forward: bool) -> None:
    """Give ``bare`` the unit of ``other``, and its scale when the bare number is of the same order:
    smaller for the first end of a range ("5 to 10 million"), within ten times for a comparison."""
    bare.unit = Unit(other.unit.code, other.unit.kind, bare.end, other.unit.cents, other.unit.counted)
    if other.unit.cents:
        bare.value = tidy(bare.value / 100)
    scale, low, high = other.number.scale, abs(bare.number.raw), abs(other.number.raw)
    if scale > 1 and bare.number.scale == 1 and (low < high if forward else high / 10 < low < high * 10):
        bare.value = tidy(bare.value * scale)

