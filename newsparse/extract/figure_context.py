"""The words around a number: whether it is a figure at all, its qualifier, its sign, an age.

>>> from newsparse.extract.figure_numbers import iter_numbers
>>> text = "On January 8, 2020 at 3 p.m., Article 5 and Fox 35 said about 500 people, minus 5 percent."
>>> numbers = list(iter_numbers(text, 0, len(text)))
>>> [(text[n.start:n.end], not_a_figure(text, n, None, 0, Before(text, n.start, 0))) for n in numbers]
[('8', True), ('2020', True), ('3', True), ('5', True), ('35', True), ('500', False), ('5', False)]
>>> last = numbers[6].start
>>> qualifier(Before(text, numbers[5].start, 0)), minus_before(text, last, 0, Before(text, last, 0))
('about', 74)

Not figures: dates (``January 8``, ``8 January``, ``June 9 and 15``, ``May 13-22``), years
(``2020``, ``fiscal 1987``), times (``3 p.m.``, ``1300 GMT``, ``at 1715 hours``), identifiers after a label word
(``Article 5``, ``No. 1``, ``page 4``, ``H.R. 3762``), numbers in names (``Fox 35``, ``Boeing 747``,
``the Big Ten``), addresses (``1600 Pennsylvania Avenue``), list and footnote numbers (``1.`` opening
a line, ``[2]``). URLs, e-mail addresses and phone numbers are masked before numbers are read.
"""

from __future__ import annotations

import functools

from ..lexicon.calendar import MONTH_ABBREVIATIONS, MONTHS
from ..lexicon.numbers import CAPITALISED_LABELS, IDENTIFIER_LABELS, QUALIFIERS, SMALL_NUMBERS
from ..lexicon.speech import BODY_ROLES, ROLE_NOUNS
from ..lexicon.titles import ABBREVIATIONS
from ..pattern_cache import compile_pattern
from .figure_numbers import Number

# A clock time after the number: "3 p.m.", "10 am", "1300 GMT", "9 o'clock", "6 ET", "11: 06".
TIME_AFTER = compile_pattern(r"[ \t]?(?::[ \t]?[0-9]{2}\b|[aApP]\.[mM]\.|[aApP][mM]\b|o['’]clock\b"
                             r"|(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT|IST|JST)\b|local time\b)")
# An address after the number: "1600 Pennsylvania Avenue", "10 Downing St.".
ADDRESS_AFTER = compile_pattern(r"[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd"
                                r"|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Terrace|Parkway|Pkwy|Square"
                                r"|Circle|Plaza|Row|Crescent|Mews|Quay|Highway|Hwy|Alley)\b")
#: Words before 'a' and an ordinal whose noun was said before, no fraction: 'of' in 'the option of a sixth'.
_ORDINAL_BEFORE = frozenset({"of", "for", "seek", "seeks", "seeking", "sought", "win", "wins", "won", "winning",
                             "serve", "serves", "serving", "secure", "secured", "securing", "chase", "chasing"})
# The end of a clause right after a number: "," in "over the last 5K, the coach said", " and" in "at the 15K and", "."
# in "the option of a sixth.", the line's end in "with the option of a sixth\n- **Wages:**".
CLAUSE_END_AFTER = compile_pattern(r"(?:[,.;:!?)]|[ \t]+and\b|[ \t]*(?:\r?\n|$))")
# A group of ages after the last age of a span: " age group" in "the 18 to 64 age group", " age bracket".
AGE_GROUP_AFTER = compile_pattern(r"[ \t]+age[ \t]+(?:group|bracket|range|band|cohort)s?\b")
# The word 'year' after a year naming its figures: " year " in "NOTE: 1985 year net", " Year" in "*Acme Plc 1986
# Year*" (not " years").
YEAR_WORD_AFTER = compile_pattern(r" [Yy]ear(?=[ *_]|$)")
# A vehicle after a number that names its route, no more words of what it is after it: " bus" in "take the 62 bus" and
# " tram" in "the 14 tram, which" (not " bus drivers" in "the 40 bus drivers").
VEHICLE_OF_ROUTE_AFTER = compile_pattern(r"[ \t]+(?:bus|tram|trolleybus|streetcar|train|ferry|shuttle)\b"
                                         r"(?![ \t]+[a-z]+s\b)")
# A line to call after the number: " crisis line" in "the 988 crisis line", " hotline".
HOTLINE_AFTER = compile_pattern(r"[ \t]+(?:(?:crisis|suicide|help|emergency|tip)[ \t]+)?(?:line|hotline|helpline)\b"
                                r"(?![ \t]+(?!is\b|was\b|has\b|as\b|this\b|us\b)[a-z]+s\b)")  # (not '12 line
# cooks', '2,800 line workers')
# What an emergency number names after it: " call" in "took a 911 call", " dispatchers", " operator".
EMERGENCY_LINE_AFTER = compile_pattern(r"[ \t]+(?:calls?|callers?|dispatch(?:ers?)?|operators?|cent(?:er|re)s?"
                                       r"|system|services?)\b")
# A block of a street after the number, as US police reports give an address: " block of" in "the 3100 block of Mill
# Road".
BLOCK_AFTER = compile_pattern(r"[ \t]+block[ \t]+of\b")
# An era after a year, or after a span of years: " BC" in "built in 480 BC", " and 1420 BC" in "between 1480 and 1420
# BC".
ERA_AFTER = compile_pattern(r"(?:[ \t]*(?:-|–|to|and)[ \t]*[0-9]{1,4})?[ \t]+(?:BCE?|AD|CE|B\.C\.(?:E\.)?|A\.D\.)"
                            r"(?![\w.])")
# Initials that label an identifier: "H.R. 3762", "S. 1".
INITIALS = compile_pattern(r"(?:[A-Z]\.){1,3}[A-Z]?")
# A sign standing alone at the start of a line: "- 10 k" (a signed number written with a space).
SPACED_SIGN = compile_pattern(r"[ \t]*[-−][ \t]")
#: The characters TIME_AFTER's alternatives open with (after its optional space): ":", "p.m.", "GMT".
_TIME_FIRST = frozenset(":aApPoGUBCEMIJl")
_LINE_REST = compile_pattern(r"[ \t.!?]*(?:\n|$)")
# Months as written before or after a day: "January 8", "Sept, 26", "8 JUNE".
_MONTH_WORDS = frozenset(m.capitalize() for m in MONTHS) | frozenset(m.upper() for m in MONTHS) \
    | frozenset(m for m in MONTHS if m not in ("may", "mar", "march"))  # (agency copy: 'Paris, 14 oct (AFP)')
_DAY_JOINERS = frozenset({"and", "to", "through", "or", "&", "-", "–"})
_TIME_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt",
                         "pst", "pdt", "mst", "mdt", "et", "pt", "ist", "jst"})
_SENTENCE_OPENERS = "\n.!?:;\"“‘([-—–"  # (and a dateline's dash: "LONDON (Reuters) - Three banks")
_OPENING_MARKS = "([“\"‘'"
#: Capitalised words that may stand before a figure without naming it: "By 5 points", "About 500".
_FUNCTION_WORDS = frozenset("""
    a an the and or but of to in on at by for from with as than about around over under nearly almost some
    only just all another those these its their his her our up down more less fewer least most roughly
    approximately estimated each every both between among after before since until during per vs
    within without against toward towards into onto upon via plus minus total average perhaps maybe possibly
    probably likely fully nearly exactly precisely barely although though while when whereas if because
    once whether where
    """.split()) | {word for phrase in QUALIFIERS for word in phrase}
#: Who an age belongs to: "those over 50", "voters under 30".
_AGE_GROUPS = frozenset("""
    those people adults voters men women anyone children kids patients americans residents workers users drivers
    persons seniors individuals retirees pensioners employees members applicants students teens teenagers girls boys
    players athletes customers smokers motorists
    child kid baby infant toddler teenager person adult someone everyone babies infants toddlers
    """.split())
_AGE_LABELS = frozenset({("age",), ("aged",), ("ages",), ("at", "the", "age", "of"), ("died", "at"), ("dies", "at"),
                         ("lived", "to"), ("lives", "to"),
                         ("turned",), ("turns",), ("retired", "at"), ("retire", "at"), ("retires", "at"),
                         ("aged", "between"), ("ages", "between"), ("ages", "of"), ("aged", "from"),
                         ("dead", "at"), ("aged", "over"), ("aged", "under"), ("aged", "above"), ("aged", "below"),
                         ("aged", "about"), ("aged", "around"), ("diagnosed", "at"), ("married", "at"),
                         ("widowed", "at"), ("orphaned", "at"), ("enlisted", "at"), ("emigrated", "at"),
                         ("as", "young", "as"), ("as", "old", "as"), ("aged", "just"), ("aged", "only"),
                         ("age", "from"), ("oldest", "was"), ("youngest", "was"), ("oldest", "is"), ("youngest", "is"),
                         *((be, comparison, "than") for be in ("were", "was", "are", "is")
                           for comparison in ("younger", "older"))})
# The second age of a span after the first: " to 64" in "adults 18 to 64".
AGE_SPAN_AFTER = compile_pattern(r"[ \t]+(?:to|and)[ \t]+[0-9]{1,3}\b(?![ \t]*(?:%|per|percent|years|months))")
#: A he or she, or kin, and a form of 'be' before an age: "She was 19 when she joined", "Smith, who is 45,", "Her
#: daughter is 27.", "since I was eight.", "She would be 19 now".
_AGE_SUBJECTS = frozenset({(who, be) for who in ("he", "she", "who", "son", "daughter", "wife", "husband", "mother",
                                                 "father", "brother", "sister", "child", "grandson", "granddaughter")
                           for be in ("is", "was", "be")}
                          | {(who, be) for who in ("they", "players", "twins", "girls", "boys", "victims", "suspects")
                             for be in ("are", "were")} | {("i", "am"), ("i", "was")})
#: Adverbs between 'be' and an age: 'now' in 'I am now 22', 'only' in 'she was only 19'.
_AGE_ADVERBS = frozenset({"now", "still", "only", "just", "barely", "already"})
#: A he, a she or an I joined to 'be': "I'm" in "Now I'm 47", "He's 7."
_BE_CONTRACTED = frozenset({"i'm", "he's", "she's"})
#: Modal verbs before 'be' and an age: 'would' in 'She would be 19 now'.
_MODALS = frozenset({"would", "will", "could", "might", "should", "must", "may"})
#: Superlatives that make the person a number is said of an age: 'youngest' in 'The youngest member is 23.'
_SUPERLATIVE_AGES = frozenset({"youngest", "oldest", "eldest"})
# A pronoun opening the clause after an age that opens its sentence: " I" in '"At 68 I have seen dry years."'.
PRONOUN_SUBJECT_AFTER = compile_pattern(r"[ \t]+(?:I|he|she|we|they)\b")
#: What ends the sentence before one: "." in "She made six tackles. At 31, the defender ...".
_SENTENCE_ENDS = frozenset('.!?"”')
#: The forms of 'be' an age is said with: 'The youngest member is 23', 'the oldest were 90'.
_BE_FORMS = frozenset({"is", "was", "are", "were"})
# When or where an age holds, after it: " on" in "The youngest runners must be 18 on race day", " by" ("by the
# start").
WHEN_AFTER_AGE = compile_pattern(r"[ \t]+(?:on|by|at)[ \t]")
#: What follows an age after a he or she and 'be': " when" in "She was 19 when she joined", " then", " now", a comma,
#: a stop.
AGE_AFTER_BE = compile_pattern(r"(?:[ \t]+(?:when|and|then|now|at[ \t]+the[ \t]+time)\b|[,.;)])")
# An age of a kind named earlier in the sentence, nothing but words between: "The median age in the county rose to "
# before "41.2", "lower the voting age to " before "17".
NAMED_AGE_BEFORE = compile_pattern(r"\b(?:median|average|mean|voting|retirement|pension|pensionable|drinking|driving"
                                   r"|minimum|legal|school-leaving)[ \t]+age\b[^.;0-9\n]{0,60}$")
#: Verbs of something taken up at an age: "joined" in "She joined the crew at 15."
_LIFE_STARTS = frozenset({"joined", "learned", "learnt", "took", "signed", "debuted", "enrolled"})
#: Labels an age list opens with: "aged 27 and 31", "ages 8, 11 and 14".
_AGE_LIST_LABELS = frozenset({"aged", "ages"})
#: The oldest age a list of ages holds.
_MAX_AGE = 125
_AGE_COMPARISONS = frozenset({("over",), ("under",), ("above",), ("below",), ("older", "than"), ("younger", "than")})
_AGE_AFTER = frozenset({"older", "over", "up", "above", "younger", "under"})
_YEAR_MIN, _YEAR_MAX = 1800, 2100
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# A shot named by its points: "-pointers" in "15 3-pointers", "-point range" in "5 of 8 from 3-point range" (no
# figure).
POINTER_AFTER = compile_pattern(r"-pointers?\b|-point[ \t]+(?:range|line|shots?|attempts?|arc|plays?|baskets?|shooting"
                                r"|shooters?|percentage|field[ \t]+goals?)\b")
# A letter glued to a number by a hyphen or in brackets makes a code: "10-K", "3-D", "401(k)".
_LETTER_CODE_AFTER = compile_pattern(r"(?:-[A-Z]|\([a-z]\))(?![\w'’-])")
#: Emergency numbers and the words that call them: "called 911", "call 999".
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "111", "101"})
_CALLING = frozenset({"call", "called", "calling", "calls", "ring", "rang", "phone", "phoned"})
#: Qualifiers before a count that a year never follows: "about 2000 people", "nearly 1800 workers".
_COUNT_QUALIFIERS = frozenset("about nearly almost some approximately roughly around than least over estimated".split())
#: Nouns counted by a number in the years' range more often than dated by it: "2000 people".
_COUNTED_PEOPLE = frozenset("""
    people workers employees jobs votes voters residents troops soldiers members students protesters signatures
    supporters delegates refugees migrants passengers
    """.split())
# What follows a count, not a name's number, after a capitalised word: " people" in "told Reuters 300 people", " times"
# in "met the House 40 times", " to 212" in "passed the House 218 to 212", " points" in "put Ruiz 8 points ahead".
_COUNTED_AFTER_NAME = compile_pattern(r"[ \t]+(?:(?:people|persons|times|deaths|lives|children|civilians|votes|troops"
                                      r"|soldiers|workers|jobs|homes|points|seats|goals|percent|per[ \t]+cent)\b"
                                      r"|to[ \t]+\d+(?![.,/]\d|\d))")
# A count after a verb, then 'and' or a comma and a name whose count follows, the verb left out, perhaps after more
# such names and counts, each perhaps with its share of the vote: "won 14 and the agrarian Centre Party " in "the
# Greens won 14 and the agrarian Centre Party 11.", "took 12 seats, France 7 and Greece ", "took 9 seats with 6.9%
# and the Liberals ", "took 58 pct, Spain 17 pct and Japan ", "got 96mm and Galle " (not "visited Area 51 and Route
# 66": no verb before 51), "won 23 seats, the Conservatives 11, the Independents 6 and the Liberal Democrats ".
GAPPED_COUNT_BEFORE = compile_pattern(r"\b[a-z]{2,}[ \t]+[0-9][0-9,.]*(?:%|[a-z]{1,3}\b)?(?:[ \t]+[a-z]+){0,2}"
                                      r"(?:[ \t]+(?:with|on)[ \t]+[0-9][0-9.]*(?:%|[ \t]+percent))?"
                                      r"(?:,[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
                                      r"[ \t]+[0-9][0-9,.]*%?"
                                      r"(?:[ \t]+(?:pct|percent|per[ \t]+cent))?"
                                      r"(?:[ \t]+(?:with|on)[ \t]+[0-9][0-9.]*(?:%|[ \t]+percent))?){0,6}"
                                      r"(?:,?[ \t]+and|,)[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,2}"
                                      r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*[ \t]+$")
# A share of the vote after a count: " on 5.1%" in "the Liberals 8 on 5.1%", " with 6.9 percent".
SHARE_AFTER = compile_pattern(r"[ \t]+(?:with|on)[ \t]+[0-9][0-9.]*(?:%|[ \t]+percent)")
# The second hour of a span of time after the first: " and 9" in "between 4 and 9 p.m.", " to 6" in "from 10 to 6 pm".
TIME_RANGE_END = compile_pattern(r"[ \t]*(?:to|and|-|–|until|till)[ \t]*[0-9]{1,2}(?::[0-9]{2})?")
# A wire story's end mark after its zero: "-" closing "-0-" at the end of its line.
END_MARK = compile_pattern(r"-[ \t]*(?:\n|$)")
# A word in capitals after a number, as copy in capitals has: " PITS" in "HAS CLOSED 112 PITS".
CAPITALS_AFTER = compile_pattern(r"[ \t]+[A-Z]{3,}\b")
# A plural noun right after a number: "1800 workers" (the noun is group 1).
_PLURAL_AFTER = compile_pattern(r"[ \t]+([a-z]+)\b")
#: Words before a clock time written as four digits and 'hours': "at 1715 hours".
CLOCK_PREPOSITIONS = frozenset({"at", "by", "until", "till", "before", "after", "from", "since", "around"})
_VOCABULARY_KINDS = frozenset({"money", "percent", "measure", "duration"})


@functools.cache
def _last_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words the phrases end with: no phrase ends the words before a figure unless its last does."""
    return frozenset(phrase[-1] for phrase in phrases)


class Before:
    """The words right before a figure (at most five, on its paragraph), read once and asked often."""

    __slots__ = ("glued", "lower", "single_space", "words")

    def __init__(self, text: str, start: int, floor: int) -> None:
        chunk = text[max(floor, start - 48):start]
        last = chunk[-1:]
        if last.isspace():
            self.glued = False
            self.single_space = last == " " and chunk[-2:-1] not in ("", " ")
            self.words = words = [w.lstrip(_OPENING_MARKS) for w in chunk.split()[-5:]]
            self.lower = [w.lower() for w in words]
        else:  # "(three": nothing stands right before it
            self.glued = last != ""
            self.single_space = False
            self.words, self.lower = [], []

    def ends_with(self, phrases: frozenset[tuple[str, ...]], longest: int = 4) -> tuple[str, ...] | None:
        lower = self.lower
        if not lower or lower[-1] not in _last_words(phrases):
            return None
        for n in range(min(longest, len(lower)), 0, -1):
            tail = tuple(lower[-n:])
            if tail in phrases:
                return tail
        return None

    def last(self, n: int = 1) -> str:
        return self.lower[-n] if len(self.lower) >= n else ""


def not_a_figure(text: str, number: Number, kind: str | None, para_start: int, before: Before) -> bool:
    """True when the number is a date, year, time, identifier, name part, address or list number;
    ``kind`` is the kind of the unit found after it (a money, percent, measure or duration unit
    keeps numbers after names: "Inc 4,000 bpd")."""
    start = number.start
    with_unit = kind in _VOCABULARY_KINDS or number.scale > 1 or number.currency is not None
    integer = isinstance(number.value, int) and not number.fraction
    day_like = integer and 0 < number.raw <= 31 and (number.value_max is None or number.value_max <= 31)
    if (day_like or number.words) and (_month_before(before, text, number)
                                       or (not number.words and _month_after(text, number))):
        return True
    if number.words:
        if text[start - 1:start] == "(" and text.startswith(":", number.end) and text[start:number.end].isupper():
            return True  # an exchange before its ticker: "(SIX: ALPW)"
        if not with_unit and _identifier_before(before) and before.words[-1] != "no." \
                and not text.startswith(" times", number.end) \
                and not (before.words[-1].endswith(".") and before.words[-1][:1].islower() and text[start].isupper()):
            return True  # ('stage two', 'at stage one or two', 'Game Three'; not 'she said no. Four aides quit', nor
            # 'played a part. Four of the stations', nor a count of occasions: 'has won the county title five times')
        if kind in (None, "other") and _hour_in_words(text, number, before):
            return True
        if number.fraction and text[start] in "aA" and before.last() in _ORDINAL_BEFORE \
                and CLAUSE_END_AFTER.match(text, number.end) is not None:
            return True  # an ordinal whose noun was said before: 'five years, with the option of a sixth', 'a third
            # term, and is seeking a fourth.' (not 'cut by a third.')
        return text[start].isupper() and not _sentence_initial(text, start, para_start) and not with_unit
    if kind == "duration" and _military_time(text, number, before):
        return True
    if kind in (None, "other") and _dotted_time(text, number, before):
        return True
    if kind == "duration" and integer and _is_year(number) and YEAR_WORD_AFTER.match(text, number.end) is not None:
        return True  # a year naming its figures: 'NOTE: 1985 year net includes a gain' (not '2,000 years')
    if before.words and before.words[-1].rstrip(",:=") in _STATISTICS and not before.glued:
        return False  # a study's statistic: 'HR 0.66', '95% CI 0.51-0.85', 'OR, 1.4' (no model's name)
    identifier = _identifier_before(before)
    if identifier and kind in ("measure", "duration", "percent") and before.words[-1].islower():
        identifier = False  # a distance after a common noun: 'a parking lot 3 miles away' (not 'Route 66'); a share:
        # 'business class 74% full'
    if with_unit and not (number.currency is None and identifier):
        return False
    if identifier or (integer and ((_is_year(number) and not _counts_after(text, number, kind, before))
                                   or _is_phone(number))):
        return True
    if integer and kind in (None, "other") and number.raw <= 25 and before.last() in ("treble", "double") \
            and not before.glued:
        return True  # a segment of a dartboard: 'checked out on treble 19 and double 10'
    if integer and kind in (None, "count", "other") \
            and (ERA_AFTER.match(text, number.end) is not None or before.last() in ("ad", "a.d.")
                 or _older_year(number, before)):
        return True  # a year of an era, or before 1800: '480 BC', 'AD 79', 'between 1480 and 1420 BC', 'built in 1790'
    if number.digits in _EMERGENCY_NUMBERS and ((kind in (None, "other") and before.last() in _CALLING)
                                                or EMERGENCY_LINE_AFTER.match(text, number.end) is not None):
        return True  # "called 911", "a 911 call", "999 operators"
    if POINTER_AFTER.match(text, number.end):
        return True  # a basketball shot: '15 3-pointers'
    if integer and kind in (None, "other") and before.last() == "the" and not before.glued \
            and VEHICLE_OF_ROUTE_AFTER.match(text, number.end) is not None:
        return True  # a route's number: 'take the 62 bus', 'the 14 tram' (not 'the 40 bus drivers')
    if integer and BLOCK_AFTER.match(text, number.end):
        return True  # an address: 'the 3100 block of Mill Road'
    if integer and HOTLINE_AFTER.match(text, number.end):
        return True  # a number to call: 'the 988 crisis line'
    if _LETTER_CODE_AFTER.match(text, number.end):
        return True  # "a 401(k) plan", "its 10-K filing", "a 3-D printer"
    if _may_be_time(text, number.end) and TIME_AFTER.match(text, number.end):
        return True
    if integer and number.raw <= 12 and (to := TIME_RANGE_END.match(text, number.end)) is not None \
            and TIME_AFTER.match(text, to.end()):
        return True  # the first hour of a span of time: 'between 4 and 9 p.m.', 'from 10 to 6 p.m.'
    if number.raw == 0 and END_MARK.match(text, number.end) and text[start - 1:start] in ("-", "\n", ""):
        return True  # a wire story's end mark: '-0-'
    if _in_name(text, number, para_start, before) or _list_number(text, number, para_start):
        return True
    after = text[number.end:number.end + 3]
    if kind == "other" and len(after) == 3 and after[0] in " \t" and after[1].isupper() and after[2].islower():
        return True  # a rank or list item before a name: "3 Marco Rubio", "9 Selenis Leyva Got Real"
    return bool(integer and after[:1] == " " and (after[1:2] in (" ", "\t") or "A" <= after[1:2] <= "Z")
                and ADDRESS_AFTER.match(text, number.end))


#: Abbreviations of statistics a study reports before their numbers: hazard, odds and risk ratios, confidence
#: intervals, standard deviations.
_STATISTICS = frozenset({"HR", "aHR", "OR", "aOR", "RR", "aRR", "CI", "SD", "IQR", "SE"})


def _military_time(text: str, number: Number, before: Before) -> bool:
    """"hit at 1715 hours", "until 0600 hours": four digits of a clock after 'at', 'by', 'until' and the like
    (not "1,500 hours of service" nor "sentenced to 1500 hours")."""
    digits = number.digits
    return len(digits) == 4 and digits.isdigit() and number.raw % 100 < 60 and number.raw // 100 < 24 \
        and before.last() in CLOCK_PREPOSITIONS and text.startswith((" hours", " hrs"), number.end)


def _hour_in_words(text: str, number: Number, before: Before) -> bool:
    """An hour of the clock in words: "got there at five", "between noon and seven", "start at six every morning"
    (not "the toll stood at five")."""
    if not isinstance(number.value, int) or not 1 <= number.value <= 12 or number.scale != 1:
        return False
    last = before.last()
    return (last == "at" and (before.last(2) in _ARRIVAL_VERBS
                              or TIME_OF_DAY_AFTER.match(text, number.end) is not None)) \
        or (last in ("and", "to", "until", "till") and before.last(2) in ("noon", "midnight"))




def _dotted_time(text: str, number: Number, before: Before) -> bool:
    """"start at 5.15 every morning", "the bakers start at 4.30": hours and minutes joined by a dot, after 'at' and
    the like, told a time of day by the words after it or by a verb of a timetable before (not "closed at 5.15")."""
    digits = number.digits
    return len(digits) in (4, 5) and digits[-3:-2] == "." and digits[:-3].isdigit() and int(digits[:-3]) < 24 \
        and digits[-2:].isdigit() and int(digits[-2:]) < 60 and before.last() in CLOCK_PREPOSITIONS \
        and (TIME_OF_DAY_AFTER.match(text, number.end) is not None or before.last(2) in _TIMETABLE_VERBS)


# Words after a time of day that tell it one: " every morning" in "start at 5.15 every morning", " sharp".
TIME_OF_DAY_AFTER = compile_pattern(r"[ \t]+(?:(?:every|each|this|that|on|in[ \t]+the)[ \t]+)?(?:mornings?|evenings?"
                                    r"|nights?|afternoons?|dawn|sharp|o['’]clock|local[ \t]+time)\b")
#: Verbs of a timetable before 'at' and a time of day: 'start' in 'The bakers start at 4.30'.
_TIMETABLE_VERBS = frozenset("""start starts started begin begins began wake wakes woke arrive arrives arrived depart
    departs departed leave leaves finish finishes finished kick-off""".split())
#: Words before 'at' and an hour in words, a timetable's verbs and more: 'got there' in 'I got there at five', 'left'
#: in 'left at seven' (not 'closed at 5.15' in digits, a price as often).
_ARRIVAL_VERBS = _TIMETABLE_VERBS | frozenset("there here came come comes left got opened opens closed closes met meet"
                                              .split())


def _may_be_time(text: str, end: int) -> bool:
    """Whether TIME_AFTER can match at ``end``: one of its first characters there, or after a space."""
    char = text[end:end + 1]
    if char in (" ", "\t"):
        char = text[end + 1:end + 2]
    return char != "" and char in _TIME_FIRST


def is_date_or_year(text: str, number: Number, before: Before) -> bool:
    """A day after or before a month ("January 8", "8 January"), or a year ("2016", "1981-1989")."""
    if number.currency is not None or number.fraction or not isinstance(number.value, int):
        return False
    if 0 < number.raw <= 31 and (number.value_max is None or number.value_max <= 31):
        return _month_before(before, text, number) or (not number.words and _month_after(text, number))
    return is_year(number)


def is_year(number: Number) -> bool:
    """A year as ``is_date_or_year`` reads one, told without the words before it: "2016", "1981-1989"."""
    return (number.currency is None and not number.words and number.scale == 1 and not number.fraction
            and isinstance(number.value, int) and _is_year(number))


def _month_before(before: Before, text: str, number: Number) -> bool:
    """"January 8", "Jan. 8", "MARCH 3", "June 9 and 15", "May 7-", "Sept, 26, 2014" (a day, not a figure; not
    'in March, 11 percent above February')."""
    words = before.words
    if words and words[-1].rstrip(".,") in _MONTH_WORDS:
        if (words[-1].endswith(".") and words[-1][:-1].lower() not in MONTH_ABBREVIATIONS) or number.value > 31:
            return False  # a month ending its sentence: 'polled in June. Forty-one per cent said' (not 'Jan. 8')
        return not words[-1].endswith(",") or text[number.end:number.end + 1] in (",", ".", "")
    if len(words) >= 2 and words[-1] in _DAY_JOINERS and words[-2].rstrip(",").isdigit():
        return len(words) >= 3 and (words[-3].rstrip(".") in _MONTH_WORDS  # (not a tally: 'in May, 9 to 2')
                                    or _days_after_month(words[:-1]))
    if number.value <= 31 and words and words[-1].endswith(",") and words[-1][:-1].isdigit() \
            and DAY_LIST_GOES_ON.match(text, number.end) is not None:
        return _days_after_month(words)  # a list of days: '15' in 'Nov. 14, 15 and 21' (not 'on March 3, 14 people')
    return False


# What follows a day in a list of days: ", " or " and " in "Nov. 14, 15 and 21".
DAY_LIST_GOES_ON = compile_pattern(r",[ \t]|[ \t]+(?:and|or|to|through)[ \t]+[0-9]")


def _word_before_numbers(words: list[str], largest: int) -> str:
    """The word before the numbers ``words`` end with (each at most ``largest``, a comma after it or not): 'Nov.' of
    'Nov. 14, 15', 'aged' of 'aged 26, 34'; '' when they end with none."""
    k = len(words)
    while k > 0 and (number := words[k - 1].rstrip(",")).isdigit() and int(number) <= largest:
        k -= 1
    return words[k - 1] if 0 < k < len(words) else ""


def _days_after_month(words: list[str]) -> bool:
    """Whether ``words`` end with a list of days after a month: 'Nov. 14,' or 'Nov. 14, 15'."""
    month = _word_before_numbers(words, 31)
    return month.rstrip(".") in _MONTH_WORDS \
        and (not month.endswith(".") or month[:-1].lower() in MONTH_ABBREVIATIONS)  # (not 'in May, 9 to 2')


def _month_after(text: str, number: Number) -> bool:
    """"8 January", "8th of January", "19 and 20 March"."""
    words = text[number.end:number.end + 24].split()[:3]
    if words and words[0] == "of":
        words = words[1:]
    if len(words) == 3 and words[0] in _DAY_JOINERS and words[1].isdigit() and int(words[1]) <= 31:
        words = words[2:]  # ('meet on 19 and 20 March')
    return bool(words) and text[number.end:number.end + 1] in " \t" and words[0].rstrip(".,") in _MONTH_WORDS


def _identifier_before(before: Before) -> bool:
    """"Article 5", "No. 1", "page 4", "H.R. 3762", "#2"; the second of two: "stage one or two"."""
    if before.glued:
        return False
    if not before.words:
        return False
    word = before.words[-1]
    if word in ("or", "and", "to", "through", "thru") and len(before.words) >= 3 \
            and (_label(before.lower[-3]) or before.words[-3] in CAPITALISED_LABELS) \
            and (before.words[-2].isdigit() or before.lower[-2] in SMALL_NUMBERS):
        return True  # ('stage one or two', 'phase 1 and 2', 'grades four through six', 'Years 5 and 6'; not 'for
        # highway repairs and 46 mln')
    if tuple(before.lower[-2:]) in _BALLOT_SIDES:
        return True  # a ballot measure: 'The Yes on 7 campaign'
    bare = word.rstrip(".")
    if word == "number" and len(before.lower) >= 2 and (before.lower[-2] in _NOW_WORDS or (
            before.lower[-2].endswith("s") and before.lower[-2] not in ("its", "his", "this"))
            or before.lower[-2] in _SUBJECTS_OF_NUMBER):
        return False  # the verb: 'Mortgage customers now number 188,400', 'members, who number 4,200,' (not 'the
        # number 4 bus')
    return (_label(bare.lower()) or bare in CAPITALISED_LABELS or word in ("#", "no.")
            or (word.endswith(".") and INITIALS.fullmatch(word) is not None)
            or (word in ("week", "day") and (before.last(2) in _WEEK_NUMBER_PREPOSITIONS
                                             or (word == "day" and before.last(2) == "on"))))  # ('by the end of week
    # six', 'in week 6', 'after day two', 'on day 2'; not 'Last week 40 people signed up')


#: Words before 'week' or 'day' that make the number after it the week's or the day's number: 'of' in 'by the end of
#: week six', 'after' in 'scores after day two'.
_WEEK_NUMBER_PREPOSITIONS = frozenset({"of", "in", "from", "until", "by", "through", "during", "since", "after",
                                       "before", "into"})


#: Pronouns before 'number' as a verb: 'who' in 'The club's members, who number 4,200,'.
_SUBJECTS_OF_NUMBER = frozenset({"who", "which", "that", "they", "we"})
#: Adverbs of time before 'number' as a verb: 'now' in 'Members now number 400'.
_NOW_WORDS = frozenset({"now", "still", "already", "currently", "today", "once"})


#: The words that name a side of a ballot measure before its number: 'Yes on 7', 'No on Prop'.
_BALLOT_SIDES = frozenset({("yes", "on"), ("no", "on")})


def _label(word: str) -> bool:
    """Whether a word labels the number after it as an identifier: 'grade', 'grades' ('grades 4 and 5')."""
    return word in IDENTIFIER_LABELS or (word in _PLURAL_LABELS and word[:-1] in IDENTIFIER_LABELS)


#: Labels whose plural names two identifiers or more: 'grades four through six', 'chapters 3 and 4'.
_PLURAL_LABELS = frozenset({"grades", "chapters", "sections", "articles", "phases", "stages", "levels", "classes",
                            "amendments", "districts", "wards", "precincts", "routes", "gates", "platforms", "exits"})


def _counts_after(text: str, number: Number, kind: str | None, before: Before) -> bool:
    """"about 1800 workers", "nearly 2000 people": a number in the years' range that counts the people or votes
    after it, behind a qualifier ("the 2016 elections", "1987 sales", "below 2014 levels" are years)."""
    if kind != "count" or number.value_max is not None or before.last() not in _COUNT_QUALIFIERS:
        return False
    noun = _PLURAL_AFTER.match(text, number.end)
    return noun is not None and noun.group(1) in _COUNTED_PEOPLE


def plural_after(text: str, end: int) -> bool:
    """One of the nouns a year-like count may count right after a number: "2000 people", "1800 workers"."""
    noun = _PLURAL_AFTER.match(text, end)
    return noun is not None and noun.group(1) in _COUNTED_PEOPLE


def _older_year(number: Number, before: Before) -> bool:
    """A year before ``_is_year``'s range, told by the preposition before it: 'in 1790', 'since 1066', 'circa 1650'
    (four digits with no comma: a count of that size is written '1,790')."""
    digits = number.digits
    return len(digits) == 4 and digits.isdigit() and 1000 <= number.raw < _YEAR_MIN and number.value_max is None \
        and before.last() in _YEAR_PREPOSITIONS


#: The words before a year that tell it is one: 'in 1790', 'until 1688', 'a portrait dated 1641'.
_YEAR_PREPOSITIONS = frozenset({"in", "since", "until", "till", "circa", "c.", "dated", "dating"})


def _is_phone(number: Number) -> bool:
    """"555-1234": three digits, a hyphen, four digits."""
    return len(number.digits) == 3 and number.value_max is not None and number.value_max >= 1000


def _is_year(number: Number) -> bool:
    """"2016", "fiscal 1987", "1981-1989"."""
    digits = number.digits
    return len(digits) == 4 and digits.isdigit() and _YEAR_MIN <= number.raw <= _YEAR_MAX and (
        number.value_max is None or _YEAR_MIN <= number.value_max <= _YEAR_MAX)


def _in_name(text: str, number: Number, para_start: int, before: Before) -> bool:
    """"Fox 35", "Boeing 747", "iPhone 7": a capitalised word one space before the number; not a function
    word or qualifier ("About 500"), a possessive ("Clinton's 16-point lead"), or a word opening a sentence
    or a line ("Net 3,722,000" in a wire table)."""
    if not before.single_space or not before.words or "," in number.digits:
        return False  # (a model or a channel never groups thousands: 'told Reuters 3,000 people')
    word = before.words[-1]
    if word.rpartition("/")[2] in _MONTH_WORDS:
        return number.raw <= 31  # a day ('on November 3/4', 'July 1/February 13'), not a count ('In January 400 jobs')
    if not any(c.isupper() for c in word) or word.lower().rstrip(".") in _FUNCTION_WORDS \
            or word.lower() in _WEEKDAYS or word.lower().replace("’", "'") in _BE_CONTRACTED:
        return False  # ('On Monday 500 workers walked out', "Now I'm 47")
    if _COUNTED_AFTER_NAME.match(text, number.end) is not None:
        return False  # ('He told Reuters 300 people were killed', 'met the House 40 times', 'the House 218 to 212')
    if (text[number.end:number.end + 1] in (".", ",", ";", "") or text.startswith(" and ", number.end)
            or SHARE_AFTER.match(text, number.end) is not None) \
            and GAPPED_COUNT_BEFORE.search(text, max(para_start, number.start - 120), number.start) is not None:
        return False  # a count after a name, its verb left out: 'the Greens won 14 and the Centre Party 11.',
        # 'Italy took 12 seats, France 7 and Greece 4.'
    if not (word[-1].isalnum() or word[-1] == ".") or word.endswith(("'s", "’s")):
        return False
    if word[-1] == "." and word[:-1].isalpha() and len(word) > 4 and word[:-1].lower() not in ABBREVIATIONS:
        return False  # a sentence's last word: 'They live in Carrow. 12 of the 19 schools are full.'
    if len(word) > 2 and word.isupper() and word.isalpha() and CAPITALS_AFTER.match(text, number.end) is not None:
        return False  # copy in capitals, where a capital tells nothing: 'HAS CLOSED 112 PITS', 'AGED 60 AND OVER'
    word_start = number.start - 1 - len(word)
    return not (word[0].isupper() and word[1:].islower() and _sentence_initial(text, word_start, para_start))


def _list_number(text: str, number: Number, para_start: int) -> bool:
    """"1. " opening a line or a sentence, "(2)", "[3]", "(1.)"."""
    before = text[max(para_start, number.start - 8):number.start]
    after = text[number.end:number.end + 2]
    if after[:1] in ".)]" and after[1:2] in (" ", "\t"):
        line_start = before.rpartition("\n")[2].strip(" \t([") == "" and (
            "\n" in before or number.start - len(before) == para_start)
        if line_start or _sentence_initial(text, number.start, para_start):
            return True
    return before.endswith(("[", "(")) and text.startswith(("]", ")", ".)"), number.end)


def _sentence_initial(text: str, pos: int, para_start: int) -> bool:
    i = pos - 1
    while i >= para_start and text[i] in " \t*_#":
        i -= 1
    return i < para_start or text[i] in _SENTENCE_OPENERS


def qualifier(before: Before) -> str | None:
    """"about", "more than", "up to": the qualifier right before a figure, lower case."""
    found = before.ends_with(QUALIFIERS)
    return " ".join(found) if found else None


def minus_before(text: str, start: int, para_start: int, before: Before, temperature: bool = False) -> int | None:
    """Where a figure written with a minus word or a lone sign starts: "minus five", "- 10 k" opening its
    line, "to - 20 degrees fahrenheit" after a word (but "plus or minus 5.7 points" is a margin of error)."""
    if before.last() in ("minus", "negative") and before.lower[-3:-1] != ["plus", "or"]:
        return text.rindex(before.words[-1], max(para_start, start - 48), start)
    if temperature and before.last() in ("-", "−") and len(before.words) > 1 and before.words[-2].isalpha():
        return start - 2 if text[start - 2:start - 1] in ("-", "−") else None
    chunk = text[max(para_start, start - 8):start]
    _, newline, head = chunk.rpartition("\n")
    at_line_start = bool(newline) or start - len(chunk) == para_start
    return start - 2 if at_line_start and SPACED_SIGN.fullmatch(head) else None


def sign_ends_line(text: str, end: int) -> bool:
    """A lone sign counts only when the figure is all the line holds ("- 10 k", not a list item)."""
    return bool(_LINE_REST.match(text, end))


def is_named_age(text: str, start: int) -> bool:
    """Whether a number is an age of a kind named earlier in its sentence: 'The median age in the county rose to
    41.2', 'Parliament voted to lower the voting age to 17'."""
    return NAMED_AGE_BEFORE.search(text, max(0, start - 70), start) is not None


def _age_said_of_someone(text: str, end: int, before: Before, subject: tuple[str, ...]) -> bool:
    """Whether a number after 'is' or 'was' (``subject``: the word before it and the verb) is the age of someone the
    sentence is about: a role ('Its head baker is 68 and'), a name set in apposition ('The head brewer, Tetsuo Igar,
    is 71 and'), a superlative ('The youngest runners must be 18 on race day'); or opens a sentence ('At 31, the
    defender plans to retire.'), or is the least age of those who may do something ('Riders must be at least 18,')."""
    if subject[1:] in (("is",), ("was",)) and subject[0] in ROLE_NOUNS and subject[0] not in BODY_ROLES \
            and (not subject[0].endswith("s") or subject[0].endswith("ss")) and AGE_AFTER_BE.match(text, end):
        return True  # (one of a role: 'the boss is 40,'; not 'the members are')
    words, lower = before.words, before.lower
    if words[-1:] in (["is"], ["was"]) and len(words) >= 4 and words[-2].endswith(",") and words[-2][:1].isupper() \
            and words[-3][:1].isupper() and (words[-4].endswith(",") or lower[-4] in ROLE_NOUNS
                                             or lower[-4] in ("named", "called")) \
            and words[-4][:1].islower() and AGE_AFTER_BE.match(text, end) is not None:
        return True  # (the oldest, retired skipper Angus Fairlie, is 91 and'; not 'her record, on a stretch below
        # St. Louis, is 52')
    if words[-1:] == ["At"] and (text.startswith(",", end) or PRONOUN_SUBJECT_AFTER.match(text, end) is not None) \
            and (len(words) == 1 or words[-2][-1:] in _SENTENCE_ENDS):
        return True  # ('At 31, the defender', '"At 68 I have seen dry years"')
    if len(lower) >= 2 and lower[-2] == "the" and lower[-1] in _SUPERLATIVE_AGES and AGE_AFTER_BE.match(text, end):
        return True  # the verb left out: 'The oldest rescued was 79, the youngest six.'
    if lower[-4:] == ["must", "be", "at", "least"] and len(lower) == 5 \
            and ((who := lower[0]) in ROLE_NOUNS or who in ("you", "they") or who.endswith("s")) \
            and (AGE_AFTER_BE.match(text, end) is not None or text.startswith(" to ", end)):
        return True  # ('You must be at least 21 to rent one'; a measure has its unit: 'must be at least 2 metres')
    be = 2 if before.last() == "be" and before.last(2) in _MODALS else 1 if before.last() in _BE_FORMS else 0
    return bool(be) and not _SUPERLATIVE_AGES.isdisjoint(lower[-4 - be:-be]) \
        and (AGE_AFTER_BE.match(text, end) is not None or WHEN_AFTER_AGE.match(text, end) is not None)  # ('The
    # youngest member-elect is 23.', 'and the oldest was 81.')


def _aged_list(before: Before) -> bool:
    """Whether a number goes on a list of ages after 'aged' or 'ages': '34' and '52' in 'aged 26, 34 and 52', '31' in
    'aged 27 and 31'."""
    words = before.lower[:-1] if before.last() in ("and", "or", "to") else before.lower
    return _word_before_numbers(words, _MAX_AGE) in _AGE_LIST_LABELS


def is_age(text: str, end: int, before: Before) -> bool:
    """"under age 45", "those over 50", "voters 45 and older", "people 65 or older", "died at 92", "diagnosed at
    30", "She was 19 when she joined", "Smith, who is 45,", "The youngest member is 23."."""
    if before.ends_with(_AGE_LABELS):
        return True
    if before.last() in ("under", "over") and before.last(2) in ("were", "are", "was", "is") \
            and ((who := before.last(3))[:1].isdigit() or who in ROLE_NOUNS or who in ("whom", "them")) \
            and AGE_AFTER_BE.match(text, end) is not None:
        return True  # people said to be under or over a number: 'Of the 40 patients, 12 were under 30.', 'Most of
        # its customers are under 25.'
    words = before.lower[:-1] if before.last() in _AGE_ADVERBS else before.lower  # ('I am now 22')
    subject = (words[-3], "be") if len(words) > 2 and words[-1] == "be" and words[-2] in _MODALS else tuple(words[-2:])
    if (subject in _AGE_SUBJECTS or (words[-1:] and words[-1].replace("’", "'") in _BE_CONTRACTED)) \
            and AGE_AFTER_BE.match(text, end) is not None:  # ('She would be 19 now', "Now I'm 47 and")
        return True
    if _age_said_of_someone(text, end, before, subject):
        return True
    if _aged_list(before):
        return True  # ('aged 27 and 31', 'aged 26, 34 and 52')
    if before.last() == "at" and not _LIFE_STARTS.isdisjoint(before.lower[-6:-1]) \
            and AGE_AFTER_BE.match(text, end) is not None and not text[max(0, end - 3):end].isdigit():
        return True  # ('joined the crew at 15.', 'took up the fiddle at nine,'; not 'joined the index at 120.')
    if before.last() in _AGE_GROUPS and AGE_SPAN_AFTER.match(text, end) is not None:
        return True  # ('adults 18 to 64', 'children 5 to 17')
    if AGE_GROUP_AFTER.match(text, end) is not None:
        return True  # ('the 18 to 64 age group', 'the 25-34 age bracket': the first end takes the second's years)
    if before.last() in ("to", "and") and before.last(2)[:1].isdigit() and before.last(3) in _AGE_GROUPS:
        return True  # (the span's second age: '64' in 'adults 18 to 64')
    if before.last() == "to" and before.last(2)[:1].isdigit() and before.last(3) == "from" and before.last(4) == "age":
        return True  # ('ranged in age from 3 to 91')
    comparison = before.ends_with(_AGE_COMPARISONS, 2)
    if comparison and len(before.lower) > len(comparison) and before.lower[-len(comparison) - 1] in _AGE_GROUPS:
        return True
    words = text[end:end + 16].split()[:2]
    return len(words) == 2 and words[0] in ("and", "or") and words[1].rstrip(".,;") in _AGE_AFTER  # ('people 65
    # or older')
