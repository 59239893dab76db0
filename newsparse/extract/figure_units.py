"""What a number counts or measures: money, percent, a measure, a duration, or the counted noun.

>>> from newsparse.extract.figure_numbers import iter_numbers
>>> def units(text):
...     return [(text[n.start:u.end], u.code, u.kind) for n in iter_numbers(text, 0, len(text))
...             for u in [resolve_unit(text, n, 0, len(text))] if u.kind != "drop"]
>>> units("31 mln dlrs, 7-3/8 pct, 90,000 barrels per day, a 30-minute speech, 500 Canadian troops")
[('31 mln dlrs', 'USD', 'money'), ('7-3/8 pct', 'percent', 'percent'), \
('90,000 barrels per day', 'bbl/d', 'measure'), ('30-minute', 'minutes', 'duration'), \
('500 Canadian troops', 'troops', 'count')]
>>> units("It weighs 200 pounds; he was fined 200 pounds. 4 of his one-time rivals")
[('200 pounds', 'lb', 'measure'), ('200 pounds', 'GBP', 'money'), ('4', 'rivals', 'count')]

Order: a currency sign before the number; a unit glued to it (``7.62mm``); a currency sign after
it (``100€``); a compound adjective (``a 10-year plan``, ``a 50-state poll``); the longest unit phrase
of up to five words after it (``billion cubic feet``, ``miles an hour``, ``H.K. dlrs``); else the
head noun of what is counted, skipping up to four modifiers (``552 likely Democratic primary
voters`` -> ``voters``), or after ``of`` and a determiner (``four of his one-time rivals``: the span
stays the number). ``kind`` is ``drop`` for compounds that are no quantity (``one-time``, ``two-way``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.numbers import NUMBER_WORDS
from ..lexicon.regions import REGIONS, US_STATE_ABBREVIATIONS
from ..lexicon.units import (
    AMBIGUOUS_POUNDS,
    ATTACHED_UNITS,
    CENT_WORDS,
    CODED_MEASURES,
    CURRENCY_SIGNS,
    SCALED_ONLY_CURRENCY,
    UNIT_WORDS,
)
from ..pattern_cache import compile_pattern, longest_first
from .figure_currency import (
    SHARED_CURRENCY_WORDS,
    STOCK_SPLIT_AFTER,
    WON_COUNTRY,
    by_country,
    named_by_nation,
    shared_sign_currency,
    shared_word_currency,
)
from .figure_numbers import Number
from .phrases import past_tense

# Up to six words or signs after a number, each across at most one line break: " mln dlrs.", "%", "\nbpd" (six: " of
# the country's game management districts").
_FIRST_TOKEN = r"[ \t]{0,3}\n?[ \t]{0,3}(%(?=[-–/+])|\S{1,40})"  # ('%' stands alone in '52%-48%', '51%-owned')
TOKENS = compile_pattern(_FIRST_TOKEN + r"(?:(?:[ \t]{1,3}\n?[ \t]{0,3}|\n[ \t]{0,3})(\S{1,40})" * 5 + ")?" * 5)
# The first of TOKENS, where only it is looked at: " mln", "\n%".
FIRST_TOKEN = compile_pattern(_FIRST_TOKEN)
# A compound adjective: "30-minute", "14-year-old", "a 776-foot airship", "50-state", "one-time".
# Also an area or a volume: "a 7,200-square-foot penthouse".
COMPOUND = compile_pattern(r"-(?:(?P<name>[A-Z][a-z])|(?P<word>(?:square|cubic)-(?:foot|feet|metre|meter|mile|kilometre"
                           r"|kilometer|yard|inch)|(?:basis|percentage)-point|[a-z]{2,}|[A-Z]{2,})(?P<old>-(?i:olds?))?"
                           r"(?![\w]))")  # ('a 50-basis-point rise')
# The word joining a split's first term to its second, hyphenated, after the first: "-of-" in "14-of-21 shooting" (not
# in "a 5-for-1 reverse split").
SPLIT_JOIN_AFTER = compile_pattern(r"-(?:of|for)-(?=[0-9])(?!" + STOCK_SPLIT_AFTER.pattern + ")", re.IGNORECASE)
# A compound written with spaced hyphens in tokenised text, for unit words only: "a 28 - year - old".
SPACED_COMPOUND = compile_pattern(r"[ \t]-[ \t](?P<word>[a-z]{2,})(?:[ \t]-[ \t]old)?(?![\w-])")
# A price for a quantity of goods after "pounds": " a tonne" in "closed at 5,402 pounds a tonne" (money, not a weight).
POUNDS_A_QUANTITY = compile_pattern(r"[ \t]+(?:a|an|per)[ \t]+(?:tonne|ton|kilo|kilogram|kg|litre|liter|barrel)\b")
# The price a change in pounds came to or from, for a quantity of goods: "to 6,215 pounds a tonne" in "rose 128
# pounds, or 2.1%, to 6,215 pounds a tonne".
PRICE_IN_POUNDS = compile_pattern(r"\b(?:to|from)[ \t]+[0-9][0-9,.]*[ \t]+pounds" + POUNDS_A_QUANTITY.pattern)
# A weight named after "pounds of": "pounds of food" (the noun is read; "pounds of investment" is money).
POUNDS_OF = compile_pattern(r"[ \t]+of[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)")
#: Nouns after "pounds of" that make the pounds money: "5 million pounds of investment".
MONEY_OF = frozenset("""
    investment funding funds money cash aid debt debts spending revenue profit profits savings taxpayers public
    government state tax damages compensation support grants loans capital assets donations income sales
    """.split())
# The noun a compound adjective qualifies: " sack" in "Each 40-pound sack of feed" (group 1).
NOUN_AFTER = compile_pattern(r"[ \t]+([a-z]+)\b")
#: Nouns after "a 20-pound" that make it money: "a 20-pound note", "a 50-pound fine".
MONEY_NOUNS = frozenset("""note notes fine fines fee fees bill bills charge charges voucher vouchers ticket tickets
    payment payments bet bets coin coins prize bonus rise increase cut cuts deal price tag levy donation gift
    cheque check reward deposit discount loan sum""".split())
# Words of buying, selling and paying, which make "pounds" sterling: "cost", "fined", "paid" (an alternation).
_SALE_WORDS = (r"cost|costs|costing|paid|pay|pays|paying|price[sd]?|worth|sold|sell|bought|buy|fined?|fines|salary|"
               r"wages?|fee|fees|spen[dt]|loan|loans|budget|sterling|earn(?:s|ed)?|profit|revenue|bid|offer|deal")
# Sterling rather than weight: "fined 200 pounds", "paid 5 million pounds" (those words, money's others, a scale word).
MONEY_CUES = compile_pattern(r"(?i)\b(?:" + _SALE_WORDS + r"|raised?|fund(?:s|ing)?|tax|charged?|bill|won|award(?:ed)?|"
                             r"compensation|damages|million|billion|bln|mln|note|notes|banknotes?)\b|£")
# A route after a number and its letter: " bus" in "the 54C bus", " line", " tram".
ROUTE_AFTER = compile_pattern(r"[ \t]+(?:bus|buses|route|line|train|tram|streetcar|express)\b")
# Weight rather than sterling, even with a scale word: "production", "harvest", "beef" ("Hog production reached 28
# billion pounds").
WEIGHT_CUES = compile_pattern(r"(?i)\b(?:production|produced|produce|harvest\w*|weigh\w*|crops?|meat|pork|beef|"
                              r"chicken|poultry|milk|cheese|butter|hogs?|cattle|feed|grain|corn|wheat|soybeans?|"
                              r"cotton|sugar|coffee|fish|catch|landed|output|trash|waste|garbage|recycl\w*|"
                              r"lbs?)\b")
# Sterling for sure beside such words: "cost", "paid", "£" ("the beef deal cost 2 billion pounds").
STRONG_MONEY_CUES = compile_pattern(r"(?i)\b(?:" + _SALE_WORDS + r"|turnover|invest\w*)\b|£")
# The end of a sentence or clause, to keep the cues of "pounds" in their sentence: "weighs 5 pounds. He".
CLAUSE_END = compile_pattern(r"[.!?;](?:\s|$)")
# Age after a number: "500 years old", "3 years of age", "a 90 day old bill".
AGE_AFTER = compile_pattern(r"[ \t]+(?:old\b|of[ \t]+age\b)")
_STRIP = ".,;:!?)]}\"'”’»…*"  # (and a Markdown emphasis closing: '21,400 trips**')
# A word that may name what is counted: "troops", "one-time", "Democrats", "B&Bs".
_WORD = compile_pattern(r"[A-Za-z][A-Za-z'’&-]*")
# Initials and model codes between a number and what it counts: "U.S." in "7,000 U.S. troops", "F-35" in "24 F-35
# jets", "CV90" in "18 CV90 vehicles", "A321neo" in "11 A321neo jets", "U.S.-backed" in "300 U.S.-backed fighters".
_MODIFIER_CODE = compile_pattern(r"(?:[A-Z]\.){2,}(?:-[a-z]+)?|[A-Z][A-Za-z]{0,2}-?\d{1,3}(?:[A-Z]|[a-z]{2,3})?")
# A word in Latin letters with accents: "cafés", "piñatas".
_LATIN_WORD = compile_pattern(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+")
# A number and a measure joined as a modifier between a count and its noun: "10-hour" in "two 10-hour shifts".
_MEASURE_MODIFIER = compile_pattern(r"[0-9][0-9,.]*-[a-z]+")
# Initials in the plural: "RBIs", "SUVs", "NGOs".
_INITIALS_PLURAL = compile_pattern(r"[A-Z]{2,5}s")
#: Compounds that make no quantity: "one-time", "two-way", "three-fold", "30-something", a golf club: "5-iron".
_NOT_QUANTITY = frozenset({"time", "times", "way", "off", "on", "sided", "fold", "plus", "something", "odd", "and",
                           "or", "to", "for", "of", "in", "by", "all", "nil", "love", "up", "star", "iron", "wood"})
#: Words between a number and its unit that leave the unit as it is: "3 more years", "10 straight months".
UNIT_MODIFIERS = frozenset("more additional straight consecutive extra further successive wet dry gross".split())
#: Plural words that modify the noun counted after them: "200 customs officers", "40 sports clubs".
_PLURAL_MODIFIERS = frozenset("customs sports sales arms savings singles news goods police".split())
#: Spelled-out numbers as words: "fifty" in "fifty-fifty".
NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
#: Words that end the search for a counted noun: "500 were killed", "30 of them", "5 to 10".
STOP_WORDS = frozenset("""
    a an the and or but nor of to in on at by for from with as than that this these those which who whom whose
    were was are is be been being had has have will would could should may might can must did do does said says
    say told added per out vs versus against over under more less about into after before during since until
    while among between up down off through via each every its his her their our your my it they them he she we
    you i me us there here then now so if when where also only just even still yet not no all both some any
    another such own same percent pct cents cts time ago later earlier old ahead apiece each
    last next first second third fourth fifth
    """.split())
#: Plural nouns not ending in -s: "130 personnel", "100 people", "3 police".
IRREGULAR_PLURALS = frozenset({"people", "personnel", "men", "women", "children", "police", "staff", "cattle",
                               "sheep", "fish", "deer", "aircraft", "livestock", "youth", "clergy", "militia",
                               "teeth", "mice", "geese", "offspring", "crew", "kin", "folk", "oxen", "lice",
                               "dice", "consortia", "criteria", "phenomena", "bacteria", "maxima", "minima",
                               "formulae", "antennae", "larvae", "vertebrae", "nebulae", "strata", "salmon", "trout",
                               "cod",
                               "chinook", "sockeye", "coho", "tuna", "shrimp", "swine", "moose", "bison", "elk",
                               "reindeer", "caribou", "poultry", "squid", "krill", "haddock", "halibut", "herring",
                               "mackerel", "carp", "pike", "perch", "bass", "accused", "co-accused", "buffalo",
                               "giraffe", "antelope", "zebra", "wildebeest", "impala", "kudu", "eland", "springbok",
                               "hippo", "rhino"})
#: Words ending in -s that are not plural nouns: "this", "always", "various".
_NOT_PLURAL = frozenset({"this", "his", "its", "was", "has", "does", "is", "as", "us", "yes", "thus", "always",
                         "perhaps", "whereas", "besides", "towards", "afterwards", "sometimes", "nevertheless",
                         "unless", "across", "less", "news", "plus", "minus", "bus", "gas", "series", "various",
                         "numerous", "previous", "serious", "famous", "obvious", "overseas", "alias", "hers",
                         "ours", "yours", "theirs", "during", "chaos", "specimen", "omen", "abdomen", "regimen",
                         "acumen", "stamen", "remains"})  # ('children under 12 remains free')
#: Those who forecast a figure, who may stand after it as the subject of a relative clause: 'the 8,000 analysts had
#: expected'.
FORECASTERS = frozenset("""analysts economists forecasters experts traders investors strategists pollsters
    observers officials""".split())
# A verb of forecasting after such a subject: " had expected" in "the 8,000 analysts had expected".
FORECAST_AFTER = compile_pattern(r"[ \t]+(?:had[ \t]+|were[ \t]+|was[ \t]+)?(?:expected|forecast|predicted|estimated"
                                 r"|projected|anticipated|pencilled[ \t]+in|penciled[ \t]+in)\b(?![ \t]+(?:to|that)\b)")
#: Groups named in pairs: "100 men and women", "women and children".
_PAIRED = frozenset({"men", "women", "children", "boys", "girls", "adults", "soldiers", "civilians"})
#: Determiners after "of" in "four of his rivals", "all five of these states".
_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "these", "those", "them"})
#: First words of every unit phrase (and of the units read from context) -> the most words such a
#: phrase has: "cubic feet" -> "cubic": 2; "miles an hour" -> "miles": 3.
_UNIT_OPENERS: dict[str, int] = dict.fromkeys(
    (*AMBIGUOUS_POUNDS, *CENT_WORDS, *SCALED_ONLY_CURRENCY, *CURRENCY_SIGNS, *SHARED_CURRENCY_WORDS, "c", "f", "k",
     "m", "in"), 1)
for _phrase in (*UNIT_WORDS, *CENT_WORDS):
    _first, *_rest = _phrase.split()
    _UNIT_OPENERS[_first] = max(_UNIT_OPENERS.get(_first, 1), len(_rest) + 1)
#: Abbreviations that open a unit phrase: "sq. km", "cu. ft".
_ABBREVIATIONS = frozenset({"sq", "cu", "deg"})
#: Words after "in" that make it inches: "2 1/2 in thick".
_INCH_CONTEXT = frozenset({"thick", "long", "wide", "tall", "high", "deep", "across", "diameter", "of"})


# A temperature with its scale: "39.8C", "104 °F", "degrees Celsius", "Fahrenheit" (its last letter tells which).
TEMPERATURE_SCALE = compile_pattern(r"(?<=[0-9])[ \t]?°?[CF]\b|°[ \t]?[CF]\b|\b(?:Celsius|centigrade|Fahrenheit)\b")
# A conversion's number before its scale: "or about 45.6" in "114 degrees, or about 45.6 Celsius", "(46" in "(46C)",
# "or 46 degrees" in "115 degrees Fahrenheit, or 46 degrees Celsius".
CONVERSION_BEFORE = compile_pattern(r"(?:\bor(?:[ \t]+(?:about|roughly|nearly|almost|some|around))?[ \t]+|\([ \t]*)"
                                    r"[-−]?[0-9][0-9.,]*(?:[ \t]*°|[ \t]+degrees?)?[ \t]*$")
# A turn before "degrees", which makes them an angle: "turned 180 degrees", "a shift of 90 degrees".
TURNING_BEFORE = compile_pattern(r"\b(?:turn(?:s|ed|ing)?|rotat(?:e|es|ed|ing)|sp[iu]n(?:s|ning)?|sw(?:ung|ing|ings)"
                                 r"|tilt(?:s|ed)?|angle[sd]?|shift(?:s|ed)?|pivot(?:s|ed)?)[ \t]+(?:by[ \t]+"
                                 r"|of[ \t]+)?$")
# The US states' names ("Idaho", "North Dakota") and AP abbreviations ("Ore."), as alternatives of a pattern.
_US_STATE_NAMES = "|".join(sorted({name for country, _, name in REGIONS.values() if country == "US"},
                                   key=longest_first))
_US_STATE_ABBREVIATIONS = "|".join(map(re.escape, sorted(US_STATE_ABBREVIATIONS, key=longest_first)))
# What tells a story measures in US units, and so gives temperatures in Fahrenheit: "mph", "inches", a US state's
# name ("Idaho", "North Dakota"), "Fahrenheit".
US_MEASURE_CUES = compile_pattern(r"\b(?:mph|miles|inch(?:es)?|feet|foot|Fahrenheit|°F|" + _US_STATE_NAMES + r")\b"
                                  + r"|,[ \t]+(?:" + _US_STATE_ABBREVIATIONS + r")(?=[ \t(])")  # (and an AP
# abbreviation after a city: 'EUGENE, Ore. (AP)')
# A US dateline: ", Ore. (AP) —" in "EUGENE, Ore. (AP) — Runners ...", ", Oregon —".
US_DATELINE = compile_pattern(r",[ \t]+(?:" + _US_STATE_ABBREVIATIONS + "|" + _US_STATE_NAMES
                              + r")[ \t]*(?:\([A-Z][\w ]*\)[ \t]*)?[—–-]")
#: How far into a story its dateline is looked for.
_DATELINE_REACH = 300
# What tells a story measures in metric units: "kilometres", "km/h", "millimetres", "Celsius".
METRIC_MEASURE_CUES = compile_pattern(r"\b(?:km|kms|kilomet(?:re|er)s?|met(?:re|er)s|millimet(?:re|er)s|mm|cm"
                                      r"|centimet(?:re|er)s|Celsius|centigrade|km/h|kph|hectares?)\b|°C")
# Words of weather or heat near a bare "degrees", which make it a temperature: "highs", "cooled", "degrees above
# normal", "100-degree days".
TEMPERATURE_WORDS = compile_pattern(r"(?i)\b(?:temperatures?|highs?|lows?|heat|hot|cold|warm\w*|cool\w*|chill\w*|minus"
                                    r"|fever|thermostats?|weather|forecast\w*|freez\w*|frost|thaw\w*|heatwave|humid\w*"
                                    r"|degrees?[ \t]+(?:above|below)"
                                    r"|sunshine|sunny|mercury|thermometers?"
                                    r"|-degree[ \t]+(?:days?|nights?|afternoons?|mornings?|weather|heat))\b")
#: How far back a temperature's scale is looked for.
_SCALE_CONTEXT = 3000


@dataclass(slots=True)
class Unit:
    """A resolved unit: its code (ISO 4217, ``percent``, ``km``, ``years``, a counted noun or None), the
    kind of figure, where the figure's span ends, and whether the number is in hundredths (cents)."""

    code: str | None
    kind: str
    end: int
    cents: bool = False
    counted: bool = False


def resolve_unit(text: str, number: Number, start: int, limit: int) -> Unit:
    """The unit of ``number``; ``start``/``limit`` bound its paragraph."""
    if number.attached:
        return _attached(text, number, limit)
    if number.currency:
        # ('Rs 500 million' in an Islamabad story, 'kr 75' in a Copenhagen one)
        return Unit(shared_sign_currency(text, number.start, number.currency), "money", number.end)
    compound = COMPOUND.match(text, number.end, limit) if text.startswith("-", number.end) else None
    if compound:
        return _compound(text, number, compound)
    spaced = SPACED_COMPOUND.match(text, number.end, limit) if text.startswith("-", number.end + 1) else None
    if spaced and spaced.group("word") in UNIT_WORDS:
        code, kind = as_written(*UNIT_WORDS[spaced.group("word")], spaced.group("word"))
        return Unit(code, kind, spaced.end())
    if number.end < limit and text[number.end] == '"' and _inch_mark(text, number.end, start, limit):
        return Unit("in", "measure", number.end + 1)
    words, tokens = _tokens(text, number.end, limit)
    unit = _unit_phrase(text, number, words, tokens)
    if unit is not None:
        return unit if not _next_row(text, number, unit) else Unit(None, "other", number.end)
    if len(words) > 1 and tokens is not None and words[0].lower() in UNIT_MODIFIERS:  # "3 more years"
        words, tokens = _tokens(text, tokens.end(1), limit)
        unit = _unit_phrase(text, number, words, tokens) or _counted_noun(number, words, tokens)
        if unit is not None:
            return unit
    unit = _counted_noun(number, words, tokens) or Unit(None, "other", number.end)
    if _next_row(text, number, unit):
        return Unit(None, "other", number.end)
    if unit.code == "degrees" and not TURNING_BEFORE.search(text, max(0, number.start - 24), number.start) \
            and (scale := _temperature_scale_before(text, number.start)) is not None:
        return Unit(scale, "measure", unit.end)  # '... 39.8C. The heat index hit 52 degrees.' (not 'turned 180')
    return unit


def unit_may_follow(text: str, pos: int, limit: int) -> bool:
    """A cheap test before resolve_unit: could a money, percent, measure or duration unit follow ``pos``?"""
    char = text[pos:pos + 1]
    if char in ("-", '"', "%") or char in CURRENCY_SIGNS:
        return True
    m = FIRST_TOKEN.match(text, pos, limit)
    if m is None:
        return False
    first = m.group(1).lower()
    return first.rstrip(_STRIP) in _UNIT_OPENERS or first in _UNIT_OPENERS or first[:1] in CURRENCY_SIGNS


def _attached(text: str, number: Number, limit: int) -> Unit:
    if number.attached and number.attached[0].isupper() and ROUTE_AFTER.match(text, number.end) is not None:
        return Unit(None, "drop", number.end)  # a route's name: 'He takes the 54C bus to work'
    words, tokens = _tokens(text, number.attached_start, limit)
    if words:
        unit = _unit_phrase(text, number, words, tokens)
        if unit is not None:
            return unit
    code, kind = as_written(*ATTACHED_UNITS.get(number.attached or "", ("m", "measure")), number.attached or "m")
    return _with_age(text, Unit(code, kind, number.end, cents=number.attached == "p"), limit)  # "350p" in pence


def _compound(text: str, number: Number, m: re.Match[str]) -> Unit:
    if SPLIT_JOIN_AFTER.match(text, number.end) is not None:
        return Unit(None, "other", number.end)  # a split's first term, no compound: '14-of-21 shooting'
    if m.group("name"):
        return Unit(None, "drop", number.end)  # a name: "7-Eleven"
    word = m.group("word").lower().replace("-", " ")  # ('square-foot': 'square foot')
    if word in _NOT_QUANTITY or (word in STOP_WORDS and word not in UNIT_WORDS) \
            or (number.words and (number.value == 0 or word in NUMBER_WORD_SET)) or _made_adjective(word):
        return Unit(None, "drop", number.end)  # (and "zero-sum", "zero-hours contracts", "fifty-fifty", "three-toed")
    if word in CENT_WORDS:  # "a 12-cent dividend"
        return Unit(CENT_WORDS[word], "money", m.end(), cents=True)
    if word == "strong" and (noun := NOUN_AFTER.match(text, m.end())) is not None \
            and noun.group(1) not in STOP_WORDS:
        return Unit(noun.group(1), "count", noun.end(), counted=True)  # what a group 'N-strong' counts: 'its
        # 160-strong staff', 'a 40,000-strong crowd'
    if word == "strong":
        return Unit(None, "count", m.end())  # ('the squad, 23-strong, flew out')
    if word in AMBIGUOUS_POUNDS:  # "a 300-pound linebacker", "a 20-pound note"
        noun = NOUN_AFTER.match(text, m.end())
        code, kind, _ = _pounds(text, number, m.end()) if noun is None or noun.group(1) in MONEY_NOUNS \
            else ("lb", "measure", False)  # (a thing weighed: 'Each 40-pound sack of feed sold for $18')
        return Unit(code, kind, m.end())
    code, kind = as_written(*UNIT_WORDS[word], m.group("word")) if word in UNIT_WORDS else (word, "count")
    if word == "degree" and (scale := _temperature_scale_before(text, number.start)) is not None:
        return Unit(scale, "measure", m.end())  # ('a string of 100-degree days' in an Idaho story: °F)
    if number.words and number.value == 1 and kind == "count":
        return Unit(None, "drop", number.end)
    return Unit(code, kind, m.end(), counted=kind == "count")


def _made_adjective(word: str) -> bool:
    """Whether the word after a number's hyphen is an adjective made from a noun, which describes a thing and counts
    nothing the story reports: 'toed' in 'three-toed woodpeckers', 'pronged' in 'a two-pronged attack' (not 'bed'
    in 'a 300-bed hospital', nor 'speed' in 'a 10-speed bike')."""
    return len(word) > 3 and word.endswith("ed") and not word.endswith("eed") and word not in UNIT_WORDS


def _next_row(text: str, number: Number, unit: Unit) -> bool:
    """Whether a unit was read from the next line, a table's next row, its label in capitals right after the line the
    number ends: 'Revs' after 'Net 4,120,000 vs 3,020,000', 'Year' after 'Revs 55.8 mln vs 50.1 mln' (not a
    hard-wrapped '99 southern' / 'Texas counties', nor a currency or a share)."""
    line_end = text.find("\n", number.end, unit.end)
    return line_end >= 0 and unit.kind not in ("money", "percent") and not text[number.end:line_end].strip() \
        and text[line_end + 1:unit.end].lstrip(" \t")[:1].isupper()


def as_written(code: str, kind: str, written: str) -> tuple[str, str]:
    """A measure's code, for the measures given by one ('kilometres' -> km); any other measure as the story writes
    it ('hectares' -> hectares, 'MW' -> MW, 'bu/acre' -> bu/acre); other units as they are."""
    return (code if kind != "measure" or code in CODED_MEASURES else written), kind


def _tokens(text: str, pos: int, limit: int) -> tuple[list[str], re.Match[str] | None]:
    """Up to six tokens after ``pos``, and the TOKENS match that holds where token ``i`` starts and ends
    (``m.start(i + 1)``, asked only for the few tokens a unit is found in)."""
    m = TOKENS.match(text, pos, limit)
    if m is None:
        return [], None
    return [*filter(None, m.groups())], m  # (each token's group is inside the one before: they come first)


def _unit_phrase(text: str, number: Number, words: list[str], tokens: re.Match[str] | None) -> Unit | None:
    """The longest unit phrase the tokens open: "billion cubic feet" after the scale, "miles an hour"."""
    if not words or tokens is None or _school_year(words, 0):
        return None  # (not 'Year' in '3,100 Year 6 pupils')
    first = words[0].lower()
    longest = _UNIT_OPENERS.get(first.rstrip(_STRIP)) or _UNIT_OPENERS.get(first) or (first[:1] in CURRENCY_SIGNS)
    if not longest:
        return None
    clean = 1  # phrases run across no punctuation: not "miles, an hour"
    while clean < min(longest, len(words)) and _clean(words[clean - 1]):
        clean += 1
    for n in range(clean, 0, -1):
        last = words[n - 1]
        stripped = last.rstrip(_STRIP) or last[:1]
        written = " ".join([*words[: n - 1], stripped])
        found = _lookup(text, number, written.lower(), stripped, words, n, tokens.start(1))
        if found is not None:
            code, kind, cents = found
            code, kind = as_written(code, kind, written)
            end = tokens.end(n) - (len(last) - len(stripped))
            return _with_age(text, Unit(code, kind, end, cents), len(text))
    return None


# Metric tons named, which makes the story's bare tons metric: "metric tons" in "2.1 million metric tons of cocoa".
METRIC_TONS = compile_pattern(r"\bmetric[ \t]+tons?\b")
# A ship's tonnage, no weight, before "tons": "gross " in "181,000 gross tons".
TONNAGE_BEFORE = compile_pattern(r"\b(?:gross|deadweight|register|displacement)[ \t]+$")
#: How far before a bare "tons" metric tons are looked for: the story so far, within reason.
_METRIC_TON_REACH = 4000


def _clean(token: str) -> bool:
    """No punctuation ends the token, but for the periods of an abbreviation: "H.K.", "U.S.", "sq."."""
    stripped = token.rstrip(_STRIP)
    return stripped == token or (token.endswith(".") and stripped == token[:-1]
                                 and ("." in stripped or stripped.lower() in _ABBREVIATIONS))


def _lookup(text: str, number: Number, phrase: str, word: str, words: list[str], n: int,
            at: int) -> tuple[str, str, bool] | None:
    """The unit the ``n`` words of ``phrase`` name (``word`` its last, stripped); ``words`` are the tokens
    it opens, the first at ``at``."""
    if phrase in AMBIGUOUS_POUNDS:
        return _pounds(text, number, at)
    if phrase in SHARED_CURRENCY_WORDS and (code := shared_word_currency(text, number.start, phrase)) is not None:
        return code, "money", False  # ('1.2 trillion pesos' in a Bogota story, '8.9 billion crowns' in an Oslo one)
    if phrase in CENT_WORDS:
        return (CENT_WORDS[phrase], "money", True) if not number.currency else None
    if phrase in UNIT_WORDS:
        if n == 1 and n < len(words) and _time_word_modifies(number, phrase, words[n]):
            return None  # what follows is counted: '2.3 million day passes'
        if phrase in ("ton", "tons") and METRIC_TONS.search(text, max(0, number.start - _METRIC_TON_REACH),
                                                             number.start) is not None \
                and TONNAGE_BEFORE.search(text, max(0, at - 12), at) is None:
            return "t", "measure", False  # tons after metric tons named: '41,000 tons' after '2.1 million metric tons'
        return (*UNIT_WORDS[phrase], False)
    if n > 1:
        return None
    if word in CURRENCY_SIGNS:  # "100€", "10 $", "100,000 ரூ", "100 USD"
        return CURRENCY_SIGNS[word], "money", False
    if word in ("C", "F", "K") and words[0].rstrip(".,;:)") == word:
        return {"C": "°C", "F": "°F", "K": "K"}[word], "measure", False  # ('-10 C', '35,000 K')
    if word == "m" and not number.currency:
        return "m", "measure", False
    if word == "in" and (words[0].endswith(".") or (
            len(words) > 1 and words[1].rstrip(_STRIP).lower() in _INCH_CONTEXT
            and not (len(words) > 2 and words[2].lower().startswith("school")))  # (not '30 in high school')
            or text[max(0, number.start - 8):number.start].rstrip().endswith(("ft", "feet", "foot", "'"))):
        return "in", "measure", False  # "2 1/2 in thick", "6 ft 2 in"
    if phrase in SCALED_ONLY_CURRENCY and (number.scale > 1 or (phrase == "won" and by_country(
            text, number.start, WON_COUNTRY, None))):
        return SCALED_ONLY_CURRENCY[phrase], "money", False
    return None


def _with_age(text: str, unit: Unit, limit: int) -> Unit:
    """"500 years old", "3 years of age": the age words join the span."""
    if unit.kind == "duration":
        m = AGE_AFTER.match(text, unit.end, limit)
        if m:
            unit.end = m.end()
    return unit


def _pounds(text: str, number: Number, pos: int) -> tuple[str, str, bool]:
    """Sterling when the sentence speaks of money or the number has a scale word, else weight."""
    window = (CLAUSE_END.split(text[max(0, number.start - 100):number.start])[-1]
              + CLAUSE_END.split(text[pos:pos + 60])[0])
    after = pos
    while after < len(text) and text[after].isalpha():  # (past the word itself when ``pos`` opens it)
        after += 1
    if POUNDS_A_QUANTITY.match(text, after) is not None or CONVERTED_AFTER.match(text, after) is not None \
            or PRICE_IN_POUNDS.search(window) is not None:
        return _money_pounds(text, number)  # a price: '5,402 pounds a tonne'; a sum converted: '40 million pounds ($52
        # million)'; a change of a price in its clause: 'rose 128 pounds, or 2.1%, to 6,215 pounds a tonne'
    weighed = POUNDS_OF.match(text, after)
    if weighed is not None and weighed.group(1).lower() not in MONEY_OF:
        return "lb", "measure", False  # '31 million pounds of food' (not 'pounds of investment')
    if WEIGHT_CUES.search(window) and not STRONG_MONEY_CUES.search(window):
        return "lb", "measure", False  # ('Hog production reached 28 billion pounds', not 'cost 28 billion pounds')
    if (number.scale > 1 or MONEY_CUES.search(window)) and not (
            _weighs_in_pounds(text, number.start) and not STRONG_MONEY_CUES.search(window)):
        return _money_pounds(text, number)  # (not in a story that weighs in pounds and has no sterling: '52
    return "lb", "measure", False  # million pounds of syrup' ... 'the reserve held 103 million pounds')


# Pounds of a weight, by what they weigh or by a price of each in dollars: "pounds of syrup" (group 1: syrup), "$3.47
# a pound", "C$2.10 per pound".
POUNDS_WEIGHED = compile_pattern(r"\bpounds?[ \t]+of[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)"
                                 r"|[$][0-9][0-9.,]*[ \t]+(?:a|per)[ \t]+pound\b")
# Sterling or Britain named: "£", "sterling", "Britain", "U.K.".
STERLING_NAMED = compile_pattern(r"£|\b(?:sterling|Britain|British|UK|U\.K\.|England|Scotland|Wales)\b")
# A sum in pounds converted into dollars or euros right after it: " ($52 million)" in "40 million pounds ($52
# million)".
CONVERTED_AFTER = compile_pattern(r"[ \t]*\((?:about[ \t]+)?(?:[A-Z]{0,2}\$|€|[0-9.,]+[ \t]+(?:euros|dollars)\b)")
#: How far around an ambiguous "pounds" the story's other pounds are read.
_POUNDS_REACH = 3000


def _weighs_in_pounds(text: str, start: int) -> bool:
    """Whether the story around ``start`` weighs something in pounds ('52 million pounds of syrup', 'C$3.47 a pound')
    and names no sterling."""
    low, high = max(0, start - _POUNDS_REACH), start + _POUNDS_REACH
    return any(m.group(1) is None or m.group(1) not in MONEY_OF for m in POUNDS_WEIGHED.finditer(text, low, high)) \
        and STERLING_NAMED.search(text, low, high) is None


def _money_pounds(text: str, number: Number) -> tuple[str, str, bool]:
    """Pounds as money: the story's pound when it named one with its nation ('38 Egyptian pounds' -> EGP), else
    sterling."""
    return named_by_nation("pound", text, number.start) or "GBP", "money", False


def _temperature_scale_before(text: str, start: int) -> str | None:
    """The temperature scale the story named last before a bare "degrees": '39.8C', '104°F', 'degrees Celsius';
    when it named none, the scale of the measures it uses ('REXFORD, Idaho — ... 40 mph ... 55 degrees' -> °F, '...
    seven kilometres ... 20 degrees' -> °C; None when they do not tell)."""
    found = [m for m in TEMPERATURE_SCALE.finditer(text, max(0, start - _SCALE_CONTEXT), start)
             if CONVERSION_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None]  # (not the scale of a
    # conversion: '114 degrees, or about 45.6 Celsius', '(46C)')
    if not found:
        if TEMPERATURE_WORDS.search(text, max(0, start - 80), min(len(text), start + 60)) is None:
            return None  # (no weather near: 'a 45-degree tilt', '50 degrees API')
        if US_DATELINE.search(text, 0, min(start, _DATELINE_REACH)) is not None:
            return "°F"  # (a US dateline: 'EUGENE, Ore. (AP) —', whatever the track's metres)
        near = max(0, start - _SCALE_CONTEXT), start + _SCALE_CONTEXT  # (a window: not the whole text for each
        # of many bare degrees)
        us, metric = len(US_MEASURE_CUES.findall(text, *near)), len(METRIC_MEASURE_CUES.findall(text, *near))
        return "°F" if us > metric else "°C" if metric > us else None
    return "°F" if found[-1].group().endswith("F") or found[-1].group() == "Fahrenheit" else "°C"


def _inch_mark(text: str, pos: int, start: int, limit: int) -> bool:
    """'8"' is eight inches when the mark opens no quotation: an even count of marks before it and
    no word right after it."""
    opening = text.count('"', max(start, pos - 300), pos) % 2 == 0
    return opening and (pos + 1 >= limit or not text[pos + 1].isalnum())


# A determiner right before a number, which then counts the possessor after it: "the " in "the two nations' interests".
DETERMINER_BEFORE = compile_pattern(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Bb]oth"
                                    r"|[Aa]ll)[ \t]+$")
#: Adjectives that stand for people after 'of the': 'dead' in '12 of the dead'.
_NOMINAL_ADJECTIVES = frozenset({"dead", "injured", "wounded", "missing", "elderly", "unemployed", "homeless",
                                 "displaced", "accused", "hospitalized", "hospitalised"})
# What may close a word that ends its clause, a closing quotation mark after it perhaps: 'days.' in 'He had two sick
# days.', 'weeks,"' in '"It took three long weeks," she said.'
WORD_CLOSE = compile_pattern(r"[.,;:!?]?[\"'”’]?")


#: Words after 'head' that make it a count of livestock, after digits: "a" in '1,150 head a day', '180 head a load',
#: "by" in '3.4 million head by June', "this" in 'about 9,000 head this winter'.
_AFTER_HEAD_COUNT = frozenset({"a", "an", "per", "each", "every", "were", "had", "from", "in", "on", "at", "and", "by",
                               "this", "last", "next", "since", "until", "to", "are", "have", "will", "was"})
#: Verbs in the past that a count as a subject stands before, whose objects it does not count: 'held' in 'Two held
#: lithium batteries' (not participles that modify a noun: 'paid', 'spent', 'lost', 'broken', 'caught').
_VERBS_AFTER_A_SUBJECT = frozenset("""held took had won got sold bought sent gave made brought carried met saw ran came
    involved included contained featured needed
    went stood sat drew grew began became knew thought fought wore chose threw cast""".split())
#: Objects after a verb, which make 'accused' one: 'him' in 'The two accused him of lying'.
_OBJECT_WORDS = frozenset("him her them us me the a an his their its our my".split())
#: The words of a meter, a device when one of ``_METER_DEVICES`` is before it: 'smart meters'.
_METER_WORDS = frozenset({"meters", "metres", "meter", "metre"})
#: What kind of device a meter is: 'smart' in '5,000 smart meters', 'parking' in '900 parking meters'.
_METER_DEVICES = frozenset({"smart", "parking", "water", "gas", "electricity", "electric", "power", "prepaid",
                            "prepayment", "utility", "digital", "analog", "analogue", "taxi"})


def _counted_noun(number: Number, words: list[str], tokens: re.Match[str] | None) -> Unit | None:
    """The head noun of what is counted: "500 Canadian troops" -> troops; "four of his rivals" -> rivals."""
    in_span = True
    first = 0
    if len(words) > 2 and words[0].lower() == "of" and words[1].lower() in _DETERMINERS:
        if words[1].lower() in ("those", "them", "these") and past_tense(words[2].lower()):
            return None  # a verb right after them: 'Nine of those carried radio tags', '20,100 of those screened
            # showed signs' (what they count was said before)
        in_span, first = False, 2
        if len(words) > 3 and words[2].lower() == "own":
            first = 3  # "120 million of its own shares"
    for i in range(first, min(len(words), first + 5)):
        raw = words[i]
        if _school_year(words, i) or (i > first and _school_year(words, i - 1)):
            continue  # a school year modifying what is counted: '3,100 Year 6 pupils'
        word = raw.rstrip(_STRIP)
        if not (word.isalpha() and (word.isascii() or _LATIN_WORD.fullmatch(word))) and not _WORD.fullmatch(word):
            if (_MODIFIER_CODE.fullmatch(raw) or (raw.isdigit() and 1 <= len(raw) <= 4 and i > first
                                                  and words[i - 1][:1].isupper())) and i + 1 < len(words):
                continue  # "7,000 U.S. troops", "24 F-35 jets", "500 U.N.-backed fighters", "11 A321neo jets", "14
                # Boeing 787 jets", "four Falcon 9 flights" (a maker's model number)
            if word.endswith(("-pointers", "-pointer")) and word[:1].isdigit() and tokens is not None:
                end = tokens.end(i + 1) - (len(raw) - len(word))
                return Unit(word.lower(), "count", end if in_span else number.end, counted=True)  # '15 3-pointers'
            if _MEASURE_MODIFIER.fullmatch(raw) and i + 1 < len(words) and first == 0 and not number.fraction:
                in_span = False  # "two 10-hour shifts": the span stops at "two", the measure is a figure of its own
                continue
            if word == raw and word.islower() and word.replace("-", "").isalpha() and i + 1 < len(words):
                continue  # a compound modifier: "two heavy-rain days", "30 full-time staff"
            return None
        low = word.lower()
        if i > first and low in NUMBER_WORD_SET:
            return None  # another number between: '41 for 4 inside six overs' (six counts the overs)
        if i == first == 0 and low in _VERBS_AFTER_A_SUBJECT and word == raw and word.islower():
            return None  # a count as the subject of a verb, its noun said before: 'Two held lithium batteries'
        if low.endswith("accused") and i + 1 < len(words) and words[i + 1].lower() in _OBJECT_WORDS:
            return None  # the verb: 'The two accused him of lying' (not 'Four accused were remanded')
        if first == 2 and i == first and low in _NOMINAL_ADJECTIVES and words[1].lower() == "the" \
                and tokens is not None:
            return Unit(low, "count", number.end, counted=True)  # ('12 of the dead', 'three of the injured')
        if raw.endswith(("s'", "s’")) and i + 1 < len(words) and (first > 0 or (
                (_plural_noun_after(words[i + 1]) or (i + 2 < len(words) and words[i + 1].isalpha()
                                                      and words[i + 1].islower()
                                                      and _plural_noun_after(words[i + 2]))) and tokens is not None
                and DETERMINER_BEFORE.search(tokens.string, max(0, number.start - 12), number.start) is None)):
            continue  # a plural possessive owns what is counted: "8 of the Rovers' 12 matches", "four of the
            # players' cars", "three local veterans' groups", "85 kids' meal options" (not "the two nations'
            # interests": two nations)
        if low in _METER_WORDS and i > first and words[i - 1].lower() in _METER_DEVICES and tokens is not None:
            return Unit(low, "count", tokens.end(i + 1) - (len(raw) - len(word)), counted=True)  # devices, not
            # lengths: '5,000 smart meters', '900 parking meters'
        if low in UNIT_WORDS and i > first and WORD_CLOSE.fullmatch(raw, len(word)) is not None \
                and UNIT_WORDS[low][1] in ("duration", "measure") and tokens is not None \
                and low not in AMBIGUOUS_POUNDS and low.endswith("s") \
                and not any(w.lower() in NUMBER_WORD_SET for w in words[first:i]):  # (not '1987 nine mths', nor
            # '5,000 peak hour passengers')
            return Unit(*as_written(*UNIT_WORDS[low], word), tokens.end(i + 1) - (len(raw) - len(word)))  # 'three
            # straight days', 'two
            # heavy-rain days', '500 irrigated acres', 'two sick days.'
        if low in ("and", "or") and i > first and word == raw and words[i - 1].isalpha() and words[i - 1].islower() \
                and i + 2 < len(words) and words[i + 1][:1].islower() and words[i + 1].isascii() \
                and (after := words[i + 1].lower()) not in STOP_WORDS and after not in NUMBER_WORD_SET:
            continue  # two modifiers joined: "8,600 small and medium-sized firms"
        if low == "such" and i == first and word == raw and i + 1 < len(words):
            continue  # "12,300 such complaints"
        if low in STOP_WORDS or (low in UNIT_WORDS and not (
                i == first == 0 and word == raw and i + 1 < len(words)
                and _time_word_modifies(number, low, words[i + 1]))):  # (but '40,000 day tickets': tickets)
            return None
        if low in _PLURAL_MODIFIERS and word == raw and i + 1 < len(words) and words[i + 1][:1].islower() \
                and words[i + 1].rstrip(_STRIP).lower() not in STOP_WORDS:
            continue  # "200 customs officers", "23 Grand Slam singles titles"
        if low == "head" and tokens is not None and (
                i + 1 == len(words) or words[i + 1] == "of" or word != raw
                or (words[i + 1] in _AFTER_HEAD_COUNT and tokens.string[number.start].isdigit())):
            end = tokens.end(i + 1) - (len(raw) - len(word))
            return Unit("head", "count", end if in_span else number.end, counted=True)  # '9,500 head
            # (of cattle)', '1,150 head a day' (not the verb: 'the two head a team of 40')
        if (is_plural(low) or _INITIALS_PLURAL.fullmatch(word)) and tokens is not None:
            if word == raw and i + 1 < len(words) and low not in ("people", "persons") \
                    and _plural_noun_after(words[i + 1]) \
                    and not (low.endswith("s") and low not in IRREGULAR_PLURALS and i + 2 < len(words)
                             and past_tense(words[i + 2].rstrip(_STRIP).lower())):
                continue  # a plural modifying a plural: "20 police cars", "1,500 police personnel" (people modify
                # none: '5.2 per 100,000 people compares with'; nor does what the subject of a clause after it
                # did: '210,000 bales traders expected')
            if word == raw and low in IRREGULAR_PLURALS and i + 2 < len(words) and words[i + 1].endswith("ing") \
                    and words[i + 1].islower() and _plural_noun_after(words[i + 2]):
                continue  # a mass noun before a gerund, both modifying a plural: "41 fish farming companies" (not
                # "16 states holding contests")
            noun, end = low, tokens.end(i + 1) - (len(raw) - len(word))
            if noun in FORECASTERS and FORECAST_AFTER.match(tokens.string, end) is not None \
                    and tokens.string.endswith(("the ", "The "), 0, number.start):  # (not 'About 40 analysts
                # expected a cut')
                return None  # who expected the number, not what it counts: 'above the 8,000 analysts had expected'
            if word == raw and low in _PAIRED and i + 2 < len(words) and words[i + 1] in ("and", "or"):
                other = words[i + 2].rstrip(_STRIP).lower()
                if other in _PAIRED:
                    noun, end = f"{low} {words[i + 1]} {other}", tokens.start(i + 3) + len(other)
            return Unit(noun, "count", end if in_span else number.end, counted=True)
        if word != raw:
            return None
    return None


def _school_year(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` labels a school year by its number, a noun after it: 'Year' in 'Year 6 pupils'."""
    return words[i] in ("Year", "Grade") and i + 2 < len(words) and words[i + 1].isdigit()


#: The longest stretch each singular time word stands for as a modifier ("a 90 day loan", "3 day passes"): above it,
#: the number counts the noun after ("2.3 million day passes", "40,000 day tickets").
_LONGEST_TIME_MODIFIER = {"day": 366, "night": 366, "week": 104, "month": 120, "hour": 1000, "year": 1000}


def _time_word_modifies(number: Number, word: str, after: str) -> bool:
    """Whether the singular time ``word`` after ``number`` modifies the plural noun ``after``, which the number
    counts: 'day' in '40,000 day tickets' (not in '3 day passes', 'a 90 day loan', '2,000 year old')."""
    longest = _LONGEST_TIME_MODIFIER.get(word)
    return longest is not None and number.value > longest and _plural_noun_after(after)


def _plural_noun_after(raw: str) -> bool:
    """Whether the word after a plural is a plural noun it modifies ('cars' after 'police'; not 'arrived')."""
    word = raw.rstrip(_STRIP)
    low = word.lower()
    return word.isalpha() and word.islower() and is_plural(low) and low not in STOP_WORDS and low not in UNIT_WORDS \
        and low not in _VERBS_IN_S


#: Verbs in -s that may follow a plural subject taken as a quantity, not nouns it modifies: 'Two vetoes shows how
#: divided it is', 'Nine rounds makes for a long day'; or a plural ending a subject: 'Delivery of the first six trucks
#: begins in May'.
_VERBS_IN_S = frozenset("""shows makes means seems remains comes goes takes gives puts looks says tells brings helps
    needs keeps gets sets adds proves suggests reflects represents explains leaves feels sounds begins expires continues
    includes involves requires depends belongs applies happens occurs appears becomes follows allows contains exists
    arrives costs works pays starts opens closes lasts sits totals rises grows reaches exceeds climbs increases
    decreases declines doubles triples averages amounts equals lies lags trails hovers""".split())


#: Plurals of three letters, which the length check above leaves out: "four television ads".
_SHORT_PLURALS = frozenset({"ads", "cds", "tvs", "pcs", "ids"})


def is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS or (word.endswith(("children", "men", "people")) and word not in _NOT_PLURAL):
        return True  # "grandchildren", "firemen", "townspeople"
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "'s", "’s"))
            and word not in _NOT_PLURAL) or word in _SHORT_PLURALS
