"""Figures: every number the story reports, with its value, unit and what it counts.

>>> from newsparse.zones import zone
>>> doc = zone("T\\n\\nSome of the estimated 500 Canadian troops left; 30 out of the 130 personnel stay. "
...            "It costs $2.5 billion, a 12 per cent rise, on January 8, 2020.\\n")
>>> [(f.text, f.value, f.unit, f.kind) for f in extract_figures(doc)]
[('500 Canadian troops', 500, 'troops', 'count'), ('30', 30, 'personnel', 'count'), \
('130 personnel', 130, 'personnel', 'count'), ('$2.5 billion', 2500000000, 'USD', 'money'), \
('12 per cent', 12, 'percent', 'percent')]
>>> doc = zone("T\\n\\nOutput rose to 370,000 tonnes from 340,000, up 30-40 pct, at about 15.79 dlrs.\\n")
>>> [(f.text, f.value, f.unit, f.qualifier) for f in extract_figures(doc)]
[('370,000 tonnes', 370000, 't', None), ('340,000', 340000, 't', None), ('30', 30, 'percent', None), \
('40 pct', 40, 'percent', None), ('15.79 dlrs', 15.79, 'USD', 'about')]

The pipeline: figure_numbers reads each number (digits, words, signs, fractions, scales),
figure_units finds what it counts or measures, figure_context drops what is no figure (dates,
years, times, identifiers, names) and finds qualifiers. Here the pieces meet, and then the ends
of a range share a unit: ``30 to 40 percent`` and ``30 out of the 130 personnel`` give the first
end the unit of the second; a bare number after ``from`` or ``versus`` takes the unit of the figure
before it in the sentence (``to 147 pesetas a kilo from 160``). A range in one token is read so too:
``30-40 pct`` -> ``30`` and ``40 pct``, both percent. A duration told in two units is one figure in
the smaller (``11 minutes 40 seconds`` -> 700 s, ``five years and six months`` -> 66 months), a
weight in stone and pounds one in pounds (``11st 6lb`` -> 160 lb), a height in feet and inches one
in inches (``6-foot-10`` -> 82 in), a time on a race clock one in seconds (``2:09:55`` -> 7795 s; a time of
day, ``10:30``, is none). Percent keeps the number as written
(``12 per cent`` -> 12). Headline and standfirst lines are read as well as the body.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..lexicon.numbers import SMALL_NUMBERS, UNITS
from ..lexicon.units import UNIT_WORDS
from ..model import Figure, Span
from ..pattern_cache import compile_pattern, longest_first
from ..zone_lines import FIELD_LINE, FRONT_MATTER_OPENERS, is_byline_or_date
from ..zones import ZonedDoc
from .figure_context import (
    CLAUSE_END_AFTER,
    CLOCK_PREPOSITIONS,
    Before,
    is_age,
    is_date_or_year,
    is_named_age,
    is_year,
    minus_before,
    not_a_figure,
    plural_after,
    qualifier,
    sign_ends_line,
)
from .figure_currency import exchange_rate_currency
from .figure_numbers import Number, is_continental, iter_numbers, tidy
from .figure_sharing import RANGE_AFTER, share_units, table_units
from .figure_units import Unit, resolve_unit, unit_may_follow

# Spans no number is read in: markup tags and links; '<tweet id="7536">', "https://x.com/2020/01".
MASK = compile_pattern(r"<[A-Za-z/!][^<>\n]{0,300}>|https?://\S+|www\.\S+")
# E-mail addresses, looked for where a paragraph has an "@": "jane2@x.org".
EMAIL = compile_pattern(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
#: How far past its "@" an EMAIL match may end: the domain's 63 characters and four more parts of 64.
_EMAIL_AFTER_AT = 1 + 63 + 4 * 64
# The key of a front matter field: "subtitle:" in "subtitle: Returns could top NZ$14 a tray".
FRONT_MATTER_KEY = compile_pattern(r"[ \t]*([A-Za-z_][\w-]{0,30})[ \t]*[:=]")
#: Front matter fields that hold words of the story: its headline and standfirst.
_STANDFIRST_KEYS = frozenset({"title", "headline", "subtitle", "subheadline", "description", "summary", "standfirst",
                              "dek", "excerpt", "lede", "lead"})
# Cents after a money amount: "3 dollars 50 cents", "thirteen dollars forty five", "one dollar and two".
CENTS_AFTER = compile_pattern(
    r"[ \t]+(?:and[ \t]+)?(?:(?P<digits>[0-9]{1,2})[ \t]+(?:cents|cts|pence)\b|(?P<words>(?i:(?:twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
    r"(?:[ \t]+(?:cents|pence)\b)?(?=[ \t]*(?:[.,;!?)]|\n|$|and\b)))"
)
# The number words below a hundred, longest first, as an alternation: "seventeen|...|two|one".
_NUMBER_WORDS = "|".join(sorted(SMALL_NUMBERS, key=longest_first))
# The smaller part of a quantity told in two units: " 40 seconds" in "11 minutes 40 seconds", " 21.664s" in "1min
# 21.664s", " 12.7 seconds", ", 21
# seconds", " and six months" in "five years and six months", " 6lb" in "11st 6lb", ", 2 ounces" in "8 pounds, 2
# ounces", " 14 hours" in "2 days 14 hours" (group 1: its number, group 2: its unit).
SMALLER_PART = compile_pattern(r",?[ \t]+(?:and[ \t]+)?([0-9]{1,3}(?:\.[0-9]{1,3})?|(?i:" + _NUMBER_WORDS + r"))[ \t]*"
                               r"(hours?|hrs?|minutes?|mins?|seconds?|secs?|s|months?|lbs?|pounds?|oz|ounces?|g"
                               r"|grams?)\b")
# 'of' after a smaller part, which makes it a part of the whole before it: " of which" in "3 hours, 40 minutes of which
# went on the budget" (after a comma, any 'of': ", 40 minutes of the meeting"; not " of the fourth quarter" in "the
# final 6 minutes 30 seconds of the fourth quarter").
PART_OF_AFTER = compile_pattern(r"[ \t]+of[ \t]+(?:which|whom|them|these|those|it)\b")
_OF_AFTER = compile_pattern(r"[ \t]+of\b")
# A third part after the smaller one, which makes the parts a list of their own figures: ", 14 days" in "3 years, 2
# months, 14 days, and 16 hours" (group 1: its unit).
LIST_PART = compile_pattern(r",?[ \t]+(?:and[ \t]+)?(?:[0-9]+|(?i:" + _NUMBER_WORDS + r")(?:-[a-z]+)?)[ \t]*"
                            r"(days?|weeks?|hours?|minutes?|seconds?|oz|ounces?)\b")  # (not ' a day' in '3 hours
# and 25 minutes a day')
#: For a unit whose quantity may go on in a smaller one: that unit and how many of it make one.
_SMALLER_PART = {"days": ("hours", 24), "hours": ("minutes", 60), "minutes": ("s", 60), "years": ("months", 12),
                 "stone": ("lb", 14), "lb": ("oz", 16), "kg": ("g", 1000)}
#: The code of each smaller part's unit words, where UNIT_WORDS reads them otherwise ('pounds' as sterling).
_PART_CODES = {"pound": "lb", "pounds": "lb", "g": "g", "s": "s"}
# The inches of a height after its feet: "-10" in "the 6-foot-10 center" (group 1: the inches).
INCHES_AFTER_FOOT = compile_pattern(r"-(1[01]|[0-9])(?![0-9.])")
# Where a fraction written with "a" must stand to be a quantity: "a third of", "a fifth." (not "a third term").
_FRACTION_END = compile_pattern(r"[ \t]+of\b|[ \t]*(?:[.,;!?)]|\n|$)")
# The last word of a rate before "a quarter", which is then its period: "0.3%" and "percent" in "rising at 0.3% a
# quarter", "0.3 percent a quarter", a count's noun or a sum's scale: "40 closings a quarter", "$5 million a quarter".
_RATE_BEFORE = compile_pattern(r"(?:%|percent|cent|[0-9]|[a-z]s|million|billion|thousand|mln|bln)$")
#: Words before "half" that make it a part, not a quantity: "the first half", "its other half".
_HALF_BEFORE = frozenset("the a an first second last latter other its their this that back top previous next opening "
                         "final bottom upper lower western eastern northern southern inner outer east west north "
                         "south".split())
_DAY_LIKE = frozenset({"days", "s"})
# A time on a race clock, in hours, minutes and seconds or in minutes and seconds with hundredths: "2:09:55",
# "1:24:09.3", "21:12.4", "1:53.61" (a time of day is neither: "10:30", "14:32:05 GMT", "4:38 a.m."; groups: hours,
# minutes, seconds with their decimals).
RACE_TIME = compile_pattern(r"(?<![\w:.,])(?:([0-9]{1,2}):([0-5][0-9])|([0-9]{1,3})):([0-5][0-9](?:\.[0-9]{1,3})?)"
                            r"(?![0-9:]|\.[0-9]|[ \t]?(?:[aApP]\.?[mM]\b|GMT|UTC|BST|CET|ET\b|local\b"
                            r"|ratio\b|scale\b))")
#: Words before minutes and seconds past 23 that make them a race's time: 'in' in 'won in 28:40'.
_RACE_TIME_BEFORE = frozenset({"in", "of", "a", "an", "clocked", "timed", "time", "record", "best", "ran", "run"})
# The base of a rate after a count or a bare number: " per 100,000 people" in "41.3 per 100,000 people", " per 100,000
# trips" (group 1: the people or things it is of; not a measure, 'per 100 grams', told apart where it is read), " per
# 100,000" ending a clause in "it was 30.5 per 100,000." or before a word that is no noun: "5.1 per 100,000 the week
# before" (not 'this' in "per 100,000 this week": a plural noun is of more than three letters and ends in s).
PER_BASE_AFTER = compile_pattern(r"[ \t]+per[ \t]+(?:100|1,?000|10,?000|100,?000|1,?000,?000|1[ \t]+million)"
                                 r"\b(?![,.]?[0-9])"
                                 r"(?:[ \t]+((?:(?:live|adult|young)[ \t]+)?(?:people|persons|residents|inhabitants"
                                 r"|population|adults|children|women|men|births|deaths|patients|pupils|students"
                                 r"|workers|households|vehicles|passengers"
                                 r"|(?!(?:this|thus|was|has|his|its|does|plus|across|less|unless|yes)\b)[a-z]{3,}s))\b"
                                 r"|(?=[,.;:!?)]|[ \t]*$|[ \t]+(?:the|this|that|last|in|on|at|from|for|over|during"
                                 r"|compared|against|a|an|and|or|but|was|is|were|are|has|had|have)\b))")
# A race or a run right after a distance in thousands of metres: " race" in "a 10K race", " fun run" in "the 5k fun
# run".
RACE_AFTER = compile_pattern(r"[ \t]+(?:(?:road|fun|charity|trail|cross-country)[ \t]+)?(?:races?|runs?|course|walk"
                             r"|split)\b")
# A race's time after a distance in thousands of metres, which makes it a race's distance: " in 14:22" in "covering
# the next 5K in 14:22".
SPLIT_TIME_AFTER = compile_pattern(r"[ \t]+in[ \t]+[0-9]{1,2}:[0-5][0-9]")
# A marker after a distance in thousands of metres: " mark" in "at the 35K mark" (a race's, in a paragraph about one).
MARK_AFTER = compile_pattern(r"[ \t]+mark\b")
# A word of running, swimming or cycling, which makes the paragraph one about a race: "pulled clear" in "Okafor pulled
# clear at 15K", "splits" in "His splits were even", "finalists" in "six of the eight finalists have been under 4:15".
RUNNING = compile_pattern(r"\b(?:r[ua]n(?:s|ning|ners?)?|races?|raced|marathons?|sprint(?:ed|s)?|pace|strides?"
                          r"|laps?|kilomet(?:re|er)s?|km|pulled[ \t]+clear|finish[ \t]+line|splits?"
                          r"|swim(?:s|ming|mers?)?|freestyle|backstroke|breaststroke|butterfly|medley|IM|heats?"
                          r"|finalists?|stages?|peloton|riders?|cyclists?|breakaway|climbs?)\b")
# A distance and 'in' before minutes and seconds, the time it was covered in: "5K in " in "covering the next 5K in
# 14:22", "400 metres in ".
DISTANCE_IN_BEFORE = compile_pattern(r"(?:[0-9][kK]|[0-9][ \t]*(?:km|kilomet(?:re|er)s?|miles?|metres|meters|m))"
                                     r"[ \t]+in[ \t]+$")
# A gap after minutes and seconds: " down" in "finished third, 0:52 down", " behind", " clear".
GAP_AFTER = compile_pattern(r"[ \t]+(?:down|behind|back|adrift|ahead|clear)\b")
# A pace after minutes and seconds: " per kilometer" in "went out at 3:16 per kilometer", "/km".
PACE_AFTER = compile_pattern(r"[ \t]*(?:per[ \t]+|a[ \t]+|/[ \t]*)(?:km|kilomet(?:re|er)|mile|mi|lap|100[ \t]*m)\b")
#: Words before a distance in thousands of metres that make it a race's, when a clause ends after it in a paragraph
#: about a run: 'the last 5K.', 'pulled clear at 15K and'.
_RACE_DETERMINERS = frozenset({"the", "a", "at", "last", "first", "final", "opening", "closing", "next"})
#: Words that time a race, right before its minutes and seconds or before 'of' and them: 'clocked 14:37', 'a split of
#: 14:37', 'a personal best of 13:05', 'a lead of 3:18' (minutes under 24 are a time of day after any other word:
#: 'at 10:30', 'the time of 10:30').
_TIMING_WORDS = frozenset({"split", "splits", "clocked", "timed", "lap", "record", "best", "lead", "margin", "deficit",
                           "gap", "advantage"})
#: Words before minutes and seconds that make them a limit of a race's time or a gap between its racers, in a
#: paragraph about a race: 'under 4:15', 'won by 0:47', 'lost 1:15 on the climb'.
_RACE_GAPS = frozenset({"under", "below", "sub", "inside", "within", "over", "by", "lost", "gained", "conceded",
                        "trails", "trailed"})
#: Words before a clock time that make it a time of day: 'at 14:32:05', 'until 0:00:30' (but a race time may be
#: compared 'from', 'before' or 'after' another: 'improved from 2:10:03').
_TIME_OF_DAY_BEFORE = CLOCK_PREPOSITIONS - {"from", "before", "after"}


def _part_code(part: re.Match[str]) -> str:
    """The unit code of a smaller part matched by ``SMALLER_PART``: 's' for 'seconds', 'lb' for 'pounds'."""
    word = part.group(2).lower()
    return _PART_CODES.get(word) or UNIT_WORDS[word][0]


def _list_goes_on(text: str, at: int, limit: int, unit: str) -> bool:
    """Whether a list of spans goes on at ``at``, after a part in ``unit``: ', 14 days' after '3 years, 2 months' (not
    ' 9 seconds' after '41 minutes', a smaller part still, nor ', 20 minutes' after '9 hours 5 minutes', a figure of
    its own in the part's unit)."""
    more = LIST_PART.match(text, at, limit)
    return more is not None and not _smaller_still(text, at, limit, unit) \
        and UNIT_WORDS[more.group(1).lower()][0] != unit


def _smaller_still(text: str, at: int, limit: int, unit: str) -> bool:
    """Whether a part in the unit smaller than ``unit`` follows at ``at``: ' 9 seconds' after '41 minutes'."""
    part = SMALLER_PART.match(text, at, limit)
    return part is not None and unit in _SMALLER_PART and _part_code(part) == _SMALLER_PART[unit][0]


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

    def figures(self, text: str) -> tuple[Figure, ...]:
        """The figure, or both ends of a range written in one token, each its own figure with the unit of the
        range: '30-40 pct' -> '30' and '40 pct', both percent."""
        kind = self.unit.kind
        if kind == "other" and isinstance(self.value, int):
            kind = "count"
        high = self.number.value_max
        if high is None:
            return (Figure(text[self.start:self.end], self.start, self.end, self.value, self.unit.code, kind,
                           self.qualifier),)
        if self.unit.cents:
            high = tidy(high / 100)
        dash, upper = self.number.max_start - 1, self.number.max_start
        return (Figure(text[self.start:dash], self.start, dash, self.value, self.unit.code, kind, self.qualifier),
                Figure(text[upper:self.end], upper, self.end, high, self.unit.code, kind, self.qualifier))


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
    colons = _occurrences(text, ":", first, last)
    masks = _masks(text, first, last, colons)
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
    if colons and (times := _race_times(text, colons, spans, masks)):
        found = sorted(found + times, key=lambda f: f.start)
    return [figure for f in table_units(text, share_units(text, found)) for figure in f.figures(text)]


def _race_times(text: str, colons: list[int], spans: list[Span], masks: list[tuple[int, int]]) -> list[_Found]:
    """The times on a race clock in ``spans``, each a duration in seconds: '2:09:55' -> 7795 s, '21:12.4' -> 1272.4
    s (not a clock time of day after 'at', nor one in a link: ``masks``); the number reader reads no digits beside a
    colon."""
    found: list[_Found] = []
    done = 0
    span_starts, mask_starts = [span.start for span in spans], [mask_start for mask_start, _ in masks]
    for colon in colons:
        if colon < done:
            continue
        start = colon
        while start > colon - 3 and start > 0 and text[start - 1] in "0123456789":
            start -= 1
        m = RACE_TIME.match(text, start)
        clock_like = m is not None and m.group(1) is None and "." not in m.group(4)  # ('10:30', '28:40')
        if m is None:
            continue
        day_like = clock_like and int(m.group(3)) < 24  # (minutes and seconds alone are a time of day as often:
        # '10:30'; a race's only after a word that times it: 'a split of 14:37')
        done = m.end()
        span_index = bisect.bisect_right(span_starts, start) - 1
        masked = bisect.bisect_right(mask_starts, start) - 1
        if span_index < 0 or m.end() > spans[span_index].end or (masked >= 0 and start < masks[masked][1]):
            continue  # (between the zones read, or in a link)
        before = Before(text, start, spans[span_index].start)
        last = before.last()
        if PACE_AFTER.match(text, m.end()) is None and GAP_AFTER.match(text, m.end()) is None \
                and text[start - 1:start] != "+" and (
                (last in _TIME_OF_DAY_BEFORE and m.group(1) is None and "." not in m.group(4))
                or (clock_like and last not in _RACE_TIME_BEFORE
                    and not ((not day_like or last in _RACE_GAPS) and _racing(text, start, m.end())))
                or (day_like and last not in _TIMING_WORDS and not (last == "of" and before.last(2) in _TIMING_WORDS)
                    and not ((last == "in" or last in _RACE_GAPS) and _racing(text, start, m.end()))
                    and DISTANCE_IN_BEFORE.search(text, max(0, start - 24), start) is None)):
            continue  # (minutes past 23 are a race's time after 'won in 28:40', or in a paragraph about a race; not
            # 'Luke 24:32', 'was 45:30'; a pace is a time: 'went out at 3:16 per kilometer'; so is a gap: '0:52 down',
            # '+0:52', 'lost 1:15' on a stage; hundredths are no clock's: 'led by Thorsby at 4:11.08'; a distance
            # covered in it: 'the next 5K in 14:22')
        hours, minutes = (int(m.group(1)), int(m.group(2))) if m.group(1) is not None else (0, int(m.group(3)))
        value = tidy(hours * 3600 + minutes * 60 + float(m.group(4)))
        number = Number(start, m.end(), start, value, raw=value, digits=m.group())
        found.append(_Found(number, start, m.end(), value, Unit("s", "duration", m.end()), qualifier(before), before,
                            span_index))
    return found


def _racing(text: str, start: int, end: int) -> bool:
    """Whether the paragraph around ``text[start:end]`` is about a race (a word of running, swimming or cycling in
    it)."""
    opens = text.rfind("\n", 0, start) + 1
    closes = text.find("\n", end)
    return RUNNING.search(text, opens, len(text) if closes < 0 else closes) is not None


def _read_field(text: str, line: Span) -> bool:
    """Whether a header line is read for figures in a document opening with front matter: a line that is no
    field, or a field that holds a standfirst ('subtitle: Returns could top NZ$14 a tray'), not the date or the
    time zone ('date: 2024-05-23 05:47:00 +1200')."""
    field = FRONT_MATTER_KEY.match(text, line.start, line.end)
    return field is None or field.group(1).lower() in _STANDFIRST_KEYS


def _masks(text: str, start: int, end: int, colons: list[int]) -> list[tuple[int, int]]:
    """Spans of links, tags and e-mail addresses, in order. Each is tried only where its mark is, which
    finds what ``finditer`` would: a tag or link starts at its "<", "www." or the "http" or "https" before
    a "://" (one of ``colons``, found faster than "http"), and an address has its "@" within 64 characters of its
    start and ends within _EMAIL_AFTER_AT of it."""
    heads = _occurrences(text, "<", start, end) + _occurrences(text, "www.", start, end)
    for colon in colons:
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
        if sign_start is not None and (text[sign_start] not in "-−" or unit.code in ("°C", "°F")
                                       or (sign_ends_line(text, unit.end) and not unit.counted
                                           and not number.words)):  # (a list's dash: '- three snow leopard cubs')
            start, value = sign_start, -value
            before = Before(text, start, para_start)
    if unit.cents:
        value = tidy(value / 100)
    end = unit.end
    if unit.kind == "money" and isinstance(value, int) and number.scale == 1:
        cents = CENTS_AFTER.match(text, end, limit)
        if cents:
            value, end = value + _cents(cents), cents.end()
    while unit.code in _SMALLER_PART and isinstance(value, int) and value >= 0 \
            and (part := SMALLER_PART.match(text, end, limit)) is not None:
        smaller, times = _SMALLER_PART[unit.code]
        digits = part.group(1)
        count = int(digits) if digits.isdigit() else float(digits) if digits[0].isdigit() else SMALL_NUMBERS[
            digits.lower()]  # ('29 minutes 12.7 seconds': 1752.7 s)
        if _part_code(part) != smaller or count >= times or _list_goes_on(text, part.end(), limit, smaller) \
                or (unit.code == "days" and (text.startswith(",", end) or text.endswith(", ", 0, number.start))) \
                or (_OF_AFTER if text.startswith(",", end) else PART_OF_AFTER).match(text, part.end()) is not None:
            break  # (a list goes on: '3 years, 2 months, 14 days'; but '3 hours 41 minutes 9 seconds' is one time;
            # days and hours only with no comma: '2 days 14 hours', not '2 months, 14 days and 16 hours')
        value, end, unit = tidy(value * times + count), part.end(), Unit(smaller, unit.kind, part.end())
        # ('11 minutes 40 seconds': 700 s; 'two hours 48 minutes': 168 minutes; 'five years and six months': 66
        # months; '11st 6lb': 160 lb; '3 hours 41 minutes 9 seconds': 13269 s)
    if unit.code == "ft" and text.startswith("-foot-", unit.end - 5) \
            and (inches := INCHES_AFTER_FOOT.match(text, end, limit)) is not None and isinstance(value, int):
        value, end, unit = value * 12 + int(inches.group(1)), inches.end(), Unit("in", "measure", inches.end())
        # ('the 6-foot-10 center': 82 inches)
    if unit.code is None and 0 < value < 125 and ((isinstance(value, int) and is_age(text, number.end, before))
                                                  or is_named_age(text, number.start)):
        unit = Unit("years", "duration", number.end)
    rate = PER_BASE_AFTER.match(text, end, limit) if unit.kind in ("count", "other") else None
    if rate is not None and rate.group(1) is not None and rate.group(1).rsplit(None, 1)[-1] in UNIT_WORDS:
        rate = None  # (a measure is no base of a count's rate: '90 beans per 100 grams')
    if rate is not None:
        base = rate.group().strip()  # a rate, its base no figure of its own: '41.3 per 100,000 people', '2,950 doses
        unit = Unit(f"{unit.code} {base}" if unit.code else base, "other", rate.end()) if rate.group(1) \
            else Unit(unit.code, unit.kind, rate.end())  # per 100,000 children'; a base with no noun leaves the
        end = rate.end()  # unit to the rate before (``figure_sharing._rate_again``): '... it was 30.5 per 100,000.'
    elif unit.code is None and number.scale == 1000 and text[number.end - 1] in "kK" and number.raw <= 100 \
            and (RACE_AFTER.match(text, number.end) is not None
                 or (before.last() in _RACE_DETERMINERS and SPLIT_TIME_AFTER.match(text, number.end) is not None)
                 or (before.last() in _RACE_DETERMINERS
                     and (CLAUSE_END_AFTER.match(text, number.end) or MARK_AFTER.match(text, number.end)) is not None
                     and RUNNING.search(text, para_start, limit) is not None)):
        value, unit = number.raw, Unit("km", "measure", number.end)  # a race's distance in kilometres: 'a 10K race',
        # 'alone over the last 5K,' in a paragraph about a run (not '15K followers', 'saved the 20K.')
    elif unit.code is None and not number.words and (rated := exchange_rate_currency(text, number.start, end)):
        unit = Unit(rated, "money", number.end)  # an exchange rate, in the currency named before it: 'The lira
        # weakened past 34.9 to the dollar'
    elif unit.code is None and before.last() == "magnitude" and 0 < value < 10 and not number.words:
        unit = Unit("magnitude", "count", number.end, counted=True)  # a scale's name before its reading: 'magnitude
        # 6.9', as '6.1-magnitude' after it
    return _Found(number, start, end, value, unit, qualifier(before), before)


# A price right before a quantity in words: "$2.15 " in "$2.15 a dozen", "40 cents " in "40 cents a hundred".
PRICE_BEFORE = compile_pattern(r"(?:[$€£¥₹][ \t]?[0-9][0-9.,]*|[0-9][0-9.,]*[ \t]*(?:cents?|pence|p|c))[ \t]+$")


def _words_are_figure(text: str, number: Number, unit: Unit, limit: int, before: Before) -> bool:
    """Spelled-out numbers are figures when they quantify: not "one of", "one day", "a third term" (but "a one-day
    ticket")."""
    words = text[number.start:number.end].lower()
    if words.startswith(("a ", "an ")) and PRICE_BEFORE.search(text, max(0, number.start - 24), number.start):
        return False  # what a price is for: 'a dozen' in '$2.15 a dozen', 'a hundred' in '40 cents a hundred'
    if number.value == 1 and not number.fraction:
        if before.last() == "minus":
            return True
        return unit.kind in ("money", "percent", "measure", "duration") \
            and (unit.code not in _DAY_LIKE or text.startswith("-", number.end))  # ('a one-day ticket', not 'one
        # day last spring')
    if number.fraction and text[number.end:number.end + 1] == "-":  # "half-marathon", "quarter-final"
        return False
    if words.startswith(("a ", "an ")) and number.fraction:  # "a third of", not "a year and a half"
        return before.last() != "and" and bool(_FRACTION_END.match(text, number.end, limit)) \
            and not (words == "a quarter" and _RATE_BEFORE.search(before.last()) is not None)  # (not the period of
        # a rate: "rising at 0.3% a quarter")
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
