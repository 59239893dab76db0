"""Units that figures share: the first end of a range takes the second's ("30 to 40 percent"), a comparison the
unit of the figure before ("to 370,000 tonnes from 340,000"), a bare number what the figure before it counts
("2,318 patients, including 96 in critical care"), and the bare figures of a results table its currency.

>>> import newsparse
>>> [(f.text, f.unit) for f in newsparse.parse("T\\n\\nOutput will rise to 370,000 tonnes from 340,000.\\n").figures]
[('370,000 tonnes', 't'), ('340,000', 't')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ..lexicon.numbers import QUALIFIERS, SMALL_NUMBERS
from ..lexicon.people import UPPER
from ..lexicon.speech import ROLE_NOUNS
from ..lexicon.units import LENGTH_CODES, UNIT_WORDS
from ..pattern_cache import compile_pattern, longest_first
from ..zone_lines import DATELINE_START
from .figure_context import Before, qualifier
from .figure_currency import EXCHANGE_RATE_AFTER, split_second_term
from .figure_numbers import tidy
from .figure_tables import table_label
from .figure_units import SPLIT_JOIN_AFTER, STOP_WORDS, Unit, is_plural
from .phrases import past_tense

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .figures import _Found

# A range's joiner and its second end after the first: " to three" in "the two to three years", " and six" in "the
# three and six month issues" (not " and up to 20 percent").
RANGE_AFTER = compile_pattern(r"[ \t]*(?:to|or|and|-|–)[ \t]*(?:[0-9]|(?:one"
                              r"|two|three|four|five|six|seven|eight|nine|ten"
                              r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\b)")
# What stands between the two lengths of a size: " by " in "60 by 45 centimetres", " x " in "3 x 4 metres".
DIMENSION_JOINER = compile_pattern(r"[ \t]*(?:by|x|×)[ \t]*")
# What may stand between the two ends of a range, or two figures of one unit: "30 to 40", "30-40", "two or three",
# "30 out of the 130", "15 rather than 30 per cent", "three, sometimes four years".
# "9 of the state's 12 districts", "3 of Ohio's 88 counties", "9 out of the state's 14", "8 of the Rovers' 12
# matches", "Three of the Marlow council's 14 depots": a part of a whole owned.
RANGE_JOINER = compile_pattern(r"-?[ \t]*(?:to(?:[ \t]+(?:more[ \t]+than|less[ \t]+than|about|around|nearly|almost"
                               r"|over|under))?|-|–|—|and|or|rather[ \t]+than|instead[ \t]+of"
                               r"|,[ \t]*(?:sometimes|perhaps|possibly|maybe|even|occasionally)"
                               r"|out of(?:[ \t]+(?:the|a|an|his|her|its|their|our|my|your|every))?"
                               r"(?:[ \t]+[\w-]{1,30}(?:['’]s|s['’]))?"
                               r"|of(?:[ \t]+(?:the|its|their|his|her|our|my|your|every))?"
                               r"(?:(?:[ \t]+[\w-]{1,30})?[ \t]+[\w-]{1,30}"
                               r"(?:['’]s|s['’]))?"
                               r"(?:[ \t]+(?:last|first|next|past|previous|remaining|final|original|initial|current"
                               r"|existing|usual|normal|typical|regular|scheduled))?)"
                               r"[ \t]*\n?[ \t]*")
# ('2.4 to\n2.6 tonnes': a wire line may break inside a range; 'nine of their last 11 games', '145 of the original
# 2,600 slates': a share of a count;
# 'a 5- to 8-percent rise': the first end's hyphen left hanging; 'from 2 to more than 8%': a qualifier on the second)
# 'from' between a part and the whole it is of, or 'short of' between what is lacking and a goal: " from " in "saved
# seven from nine penalties", " short of the " in "still six short of the 76 seats needed".
FROM_JOINER = compile_pattern(r"[ \t]+(?:from|short[ \t]+of(?:[ \t]+the)?)[ \t]+")
IN_JOINER = compile_pattern(r"[ \t]+in[ \t]+(?:every[ \t]+)?")  # a part in a whole: " in " in "four in 10 tenants",
# " in every " in "three in every 20 shifts"
# Joiners after which the second end may take the first end's unit: "$5 to 10", "46 percent to 44", "five weeks
# instead of seven".
BACK_JOINER = compile_pattern(r"[ \t]*(?:to|-|–|or|rather[ \t]+than|instead[ \t]+of)[ \t]*")
# What follows a number that counts what was counted before it, left unsaid: a participle, an adverb or a verb of
# its own (" missing", " already delivered", " opposed", " were injured", " will open"), never a noun of its own.
_PREDICATE_AFTER = compile_pattern(r"[ \t]+(?:will|would|could|can|may|might|must|should)[ \t]+(?:not[ \t]+)?"
                                   r"(?:be[ \t]+)?[a-z]{3,}\b"
                                   r"|[ \t]+(?:(?:already|still|now|also|later|reportedly|were|was|are|have|had"
                                   r"|remain(?:ed)?)[ \t]+)?(?:[a-z]+ed|missing|dead|injured|hurt|wounded|killed|left"
                                   r"|remain|remained|survived|died|opposed|backed|voted|agreed|fell|rose|won|lost"
                                   r"|grew|held|sold|went|came|stood|ran|shut|closed|taken|given|sent|found|kept"
                                   r"|brought|caught|flown|driven|seen)\b")
# What follows the last bare number of a list that leaves its noun out: " from homeowners" in "31,500 for cars and
# 26,500 from homeowners", " had polyps" in "412 had cancer and 2,310 had polyps" (not a range or a noun: "and 40
# to 50 emergencies", "and two-thirds of Republicans").
LIST_ITEM_AFTER = compile_pattern(r"[ \t]+(?:for|from|in|at|on|by|among|with|under|over|were|was|are|is|had|have|has)\b"
                                  r"|[ \t]*[,.;)]")
# Between the figures of a list whose items are named, the unit said last: " and Denmark " in "Belgium 8,000 and
# Denmark 6,000 tonnes".
LIST_WITH_NAME = compile_pattern(r",?[ \t]+(?:and|or)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}")
# Between the figures of a list whose items are named in lower case, the noun left unsaid after the first:
# ", transport " and " and mining " in "Retail added 12,000 jobs, transport 8,000 and mining 3,000" (group 1: the
# item's words).
LIST_ITEM_NAMED = compile_pattern(r"(?:,|,?[ \t]+and)[ \t]+((?:[a-z][a-z-]*[ \t]+){1,4})")
# What follows an item of such a list but the last: " and" in "transport 8,000 and mining 3,000", " while".
NEXT_ITEM = compile_pattern(r"[ \t]+(?:and|or|while|but)\b")
#: Words no named item of such a list holds: verbs and prepositions say something of the figure ('rose 3', 'to 9').
_NOT_AN_ITEM = frozenset("""to from by of at in on than about up down over under around nearly almost some just only
    including excluding among
    rose fell grew dropped climbed jumped slipped gained lost was were is are had has have with for while but the a
    an its their his her this that which who""".split())
#: Verbs of a change, after which 'N% to M' is the change and the level it reached: 'The franc rose 0.4% to 0.8812'.
_CHANGE_VERBS = frozenset("""rose fell climbed dropped gained lost jumped slipped slid surged soared plunged declined
    increased decreased edged eased firmed weakened strengthened advanced retreated tumbled rallied sank""".split())
#: Words that, before two figures of a sentence, say they are of one kind: 'up' in 'up 6 percent ... up 2'.
_SAME_WAY_WORDS = frozenset({"up", "down", "worth", "by", "gained", "lost", "rose", "fell"})
#: Words before a bare number that take the part from what was just counted: "Of these, 6,100", "of which 310".
_OF_THESE = frozenset({("of", "these,"), ("of", "those,"), ("of", "them,"), ("of", "which"), ("of", "whom")})
#: Words before a total a count adds to, of any order: 'total to' in '12 points, taking his season total to 164'.
_TOTAL_TO = frozenset({(total, joiner) for total in ("total", "tally") for joiner in ("to", "of")})
#: Of these, those of them: 'Of those, 300 were bursts.' (not 'of whom', 'of which': the noun right before them).
_OF_THOSE = frozenset({("of", "these,"), ("of", "those,"), ("of", "them,")})
#: Verbs after which a bare number closing its clause adds to or averages what was counted: 'added 19'.
_ADDING_VERBS = frozenset("""added adds scored scores contributed grabbed chipped averaging averaged averages had
    got""".split())
# A whole after a bare number, whose unit the number takes: " of its" in "from 10 of its 13 groups" (so no comparison
# with the figure before: "130 members, and lawmakers from 10 of its 13 groups").
OF_WHOLE_AFTER = compile_pattern(r"[ \t]+of[ \t]+(?:the|its|their|his|her|our|my|your)\b")
# A share of what was just counted, after a bare number: " of them" in "Seven of them are empty", " of those".
OF_THEM = compile_pattern(r"[ \t]+of[ \t]+(?:them|those|these|whom|which)\b")
# A difference after a bare number: " more than" in "387 points, 96 more than its nearest rival"; or more of what
# was just counted: " more." in "hired 300 engineers and plans to hire 250 more." (not " more people").
MORE_THAN = compile_pattern(r"[ \t]+(?:more|fewer|less)[ \t]+than\b|[ \t]+(?:more|fewer)(?=[ \t]*[.,;:)]|[ \t]+(?:in|by"
                            r"|next|this|over|before|after|on|at|from|to|than)\b)")
# A qualifier of a figure (the lexicon's, words apart by blanks): "more[ \t]+than".
_QUALIFIER = "(?:" + "|".join(r"[ \t]+".join(map(re.escape, words))
                              for words in sorted(QUALIFIERS, key=lambda words: longest_first(" ".join(words)))) + ")"
# 'of' between a count and a bare number, a qualifier before it perhaps, that makes the number the whole the count is
# a part of: " of about " in "Only 310 seats of about 5,000 were empty".
WHOLE_AFTER = compile_pattern(r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:" + _QUALIFIER + r"[ \t]+)?")
# What stands between a share and the whole it is of: " of the village's " in "11 per cent of the village's 840
# dwellings".
WHOLE_OF_A_SHARE = compile_pattern(r"[ \t]+of[ \t]+(?:(?:the|all|its|their|his|her|our|my|your)[ \t]+)?"
                                   r"(?:[\w-]+['’]s[ \t]+)?")
# 'of the' between a share and a bare number, the whole it is of: " of the roughly " in "about 2% of the roughly 3.1
# million".
SHARE_OF_THE = compile_pattern(r"[ \t]+of[ \t]+(?:the|all)[ \t]+(?:" + _QUALIFIER + r"[ \t]+)?")
# A singular verb after a bare number, which makes the number a thing, not a count: " is" in "32 is the quantity".
THING_AFTER = compile_pattern(r"[ \t]+(?:is|was|has)\b")
#: How many figures back and ahead a bare figure of a results table looks for the table's currency.
_TABLE_REACH = 12
#: How many figures back a bare number looks, in its sentence, for the figure whose unit it takes.
_SCALE_LOOK_BACK = 4
# What a number counts, named before it: "The number of measles cases", "its target for electric trucks", "Sales of
# tickets" (the noun phrase is group 1; not "a number of").
NUMBER_OF = compile_pattern(r"\b(?:(?:[Tt]he|[Tt]otal)[ \t]+number[ \t]+of|[Ss]ales[ \t]+of"
                            r"|(?:target|forecast|goal|estimate|tally)"
                            r"[ \t]+(?:for|of))[ \t]+((?:[a-z-]+[ \t]+){0,3}[a-z-]+)")
#: Words that end the noun phrase after 'the number of': "in" in "the number of properties in the county".
_PHRASE_ENDS = frozenset("of in at on to for from by with within under over across among who that which whose "
                         "has have had is are was were will would could rose fell".split())
#: Verbs after which a bare number is the level the sentence's subject came to: 'Active listings at the end of June
#: totaled 5,120'.
_LEVEL_VERBS = frozenset({"totaled", "totalled", "averaged", "numbered", "topped", "reached", "passed", "exceeded",
                          "surpassed"})
#: Verbs of two words after which a bare number is the subject's share of a whole: 'Children made up 1,240 of the
#: total'.
_SHARE_VERBS = frozenset({("made", "up"), ("accounted", "for")})
#: The verbs after a plural subject whose level or share a bare number then tells: the changes, the levels and the
#: shares above, the multiples ('Complaints nearly doubled') and participles after 'had' ('had risen').
_SUBJECT_VERBS = _CHANGE_VERBS | _LEVEL_VERBS | {" ".join(verb) for verb in _SHARE_VERBS} | {
    "grew", "doubled", "tripled", "halved", "quadrupled", "risen", "fallen", "grown", "stood", "stands", "stand"}
#: Verbs of a change someone made, read after a plural subject only in the passive ('Regional buses had been cut
#: from 20 a day to six'; not 'Officials cut the fleet from 20 to six').
_CHANGED_BY_SOMEONE = frozenset({"cut", "reduced", "trimmed", "raised", "increased", "expanded", "lowered", "capped",
                                 "limited", "restricted", "pegged", "fixed"})
#: Verbs before 'at' and a level their subject is at: 'capped' in 'Night flights are capped at 133 a year', 'stood' in
#: 'Complaints stood at 412'.
_AT_A_LEVEL = frozenset({"capped", "pegged", "fixed", "stood", "stands", "stand"})
# A sentence's plural subject and a verb of change, the words after which the level is told: "Museum visits rose" in
# "Museum visits rose 4% to 3.2 million", "Rental listings in the town fell", "Traffic deaths in Marlow County fell",
# "Arrests for burglary fell", "Single-family permits edged down", "Complaints to the agency rose", "Traffic deaths,
# counted separately, rose", "Complaints nearly doubled", "The app's monthly active users rose", "Regional buses had
# been cut", "Loan applications had climbed", "Collisions involving cyclists fell" (group 1: the subject's head
# noun); and a list or a dash aside before the verb: "Digital loans, including e-books, e-audiobooks and magazines,
# reached", "Active members — people who borrowed at least once — numbered".
SUBJECT_CHANGED = compile_pattern(r"(?:The[ \t]+|[A-Z][a-z]+(?:-[a-z]+)?(?:['’]s)?[ \t]+)?"
                                  r"(?:(?!(?:in|at|on|from|to|for|by|with)\b)[a-z'’-]+[ \t]+){0,3}?"
                                  r"([A-Za-z]+s|[A-Za-z]*(?:[Cc]hildren|[Pp]eople|men))"
                                  r"(?:[ \t]+(?:in|at|on|across|for|inside|outside|within|to|from|among|against|by"
                                  r"|involving|with|without)"
                                  r"[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+){0,3}(?:[a-z-]+[ \t]+){0,3}"
                                  r"[A-Za-z]+)?(?:,[^,.;!?\n]{1,60}(?:,[^,.;!?\n]{1,40}){0,2},"
                                  r"|[ \t]+[—–][^—–.;!?\n]{1,80}[—–])?[ \t]+"
                                  r"(?:(?:had|has|have)[ \t]+)?(?:nearly[ \t]+|almost[ \t]+|more[ \t]+than[ \t]+)?"
                                  r"(?:" + "|".join(verb.replace(" ", r"[ \t]+")
                                                    for verb in sorted(_SUBJECT_VERBS, key=longest_first))
                                  + r"|(?:(?:had|have|has)[ \t]+been|were|are)[ \t]+(?:"
                                  + "|".join(sorted(_CHANGED_BY_SOMEONE, key=longest_first)) + r"))\b")
#: Words before 'of' and a level a subject rose or fell to: 'to a rate of' in 'Permits dropped 2.1% to a rate of 1.394
#: million'.
_LEVEL_OF = frozenset(("to", "a", word) for word in ("rate", "level", "total", "record", "high", "low", "pace"))
#: How far before a bare level its sentence's opening is looked for.
_SUBJECT_REACH = 300
#: Plural subjects that are no count: what rises to a price, a rate or a level is no number of them.
_NOT_COUNTED = frozenset("""prices rates yields costs values levels shares stocks bonds temperatures wages rents
    earnings profits revenues sales exports imports shipments purchases volumes inflows outflows premiums fares fees
    bills taxes tariffs spreads returns
    margins odds ratings scores numbers figures totals averages estimates forecasts""".split())
#: How far after a count the same number after 'the' is read as that count again.
_SAME_NUMBER_REACH = 300
#: Ages are below this: a bare number as large compares with no age before it.
_MAX_AGE = 125
#: How far before a bare number 'the number of' is looked for.
_NUMBER_OF_REACH = 160
# A sentence break between two figures: "... 40 tonnes. The 30 ..." (not the period of a month's short name: "on Nov.
# 4, down from", nor of a title: "her lead over Sen. Ana Park to 14").
SENTENCE_BREAK = compile_pattern(r"(?<!Jan)(?<!Feb)(?<!Mar)(?<!Apr)(?<!Jun)(?<!Jul)(?<!Aug)(?<!Sep)(?<!Sept)(?<!Oct)"
                                 r"(?<!Nov)(?<!Dec)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bDr)(?<!\bMr)(?<!\bMrs)"
                                 r"(?<!\bMs)(?<!\bSt)(?<!\bLt)(?<!\bCol)(?<!\bSgt)(?<!\bProf)(?<!\bNo)(?<!\bvs)"
                                 r"[.!?;][\"'”’)]*\s")
#: Nouns of a change or a level that carry the unit of the figure before, with 'of' before a bare number: "620
#: officers, an increase of 35", "90 millimeters, against a normal of 240".
_CHANGE_NOUNS = ("increase", "rise", "drop", "decrease", "gain", "loss", "fall", "decline", "jump", "reduction",
                 "normal", "average", "median", "total")
#: A comparison that carries the unit of the figure before: "to 147 pesetas ... from 160", "vs 4.8", "40 miles
#: ... instead of 28", "added 1,200 residents to reach 14,500".
_COMPARISONS = frozenset({("from",), ("versus",), ("vs",), ("vs.",), ("against",), ("compared", "with"),
                          ("compared", "to"), ("compares", "with"), ("compare", "with"), ("instead", "of"),
                          ("rather", "than"), ("reach",), ("reaching",), ("let", "alone"),
                          *((noun, "of") for noun in _CHANGE_NOUNS)})
#: Words before someone's figure that set it against the figure before: 'to' in "5,210 votes to Greer's 4,980".
_AGAINST_SOMEONE = frozenset({"to", "versus", "vs", "vs.", "against", "than", "with"})
#: Words between a comparison and its number that say what the number was: "from a record 900", "from a peak of
#: 1,200", "from the previous 40".
_LEVEL_WORDS = frozenset({"a", "the", "record", "peak", "high", "low", "previous", "all-time", "of"})


def share_units(text: str, found: list[_Found]) -> list[_Found]:
    """Range ends and comparisons share units: "30 to 40 percent", "to 370,000 tonnes from 340,000"."""
    if ("wicket" in text or "innings" in text) and len(CRICKET_WORDS.findall(text)) >= 2:  # (more than one word of
        _cricket_runs(text, found)  # the game: not 'skipped the cricket season'; a cheap look for one first)
    _head_noun_shared(text, found)
    placed, counted_from = _placed(text, found), _counted_from(text, found)
    _or_more_of(text, found)
    _same_number_again(found)
    _told_a_paragraph_back(text, found)
    for k, (a, b) in enumerate(pairwise(found)):
        if b.bare and k > 0 and _converted(text, found[k - 1], a):
            a = found[k - 1]  # past a sum's conversion in brackets: '8.4 million crowns ($0.8 million) from 6.2
            # million' is crowns
        if a.span != b.span:
            continue
        if a.bare and not b.bare and b.unit.kind in ("measure", "count", "money") and b.start - a.end < 40 \
                and LIST_WITH_NAME.fullmatch(text, a.end, b.start) and _same_order(a.value, b.value):
            _take_unit(a, b, forward=True)  # 'Belgium bought 8,000 and Denmark 6,000 tonnes'
            continue
        if a.bare and b.unit.code in LENGTH_CODES and DIMENSION_JOINER.fullmatch(text, a.end, b.start):
            _take_unit(a, b, forward=True)  # a size in two lengths: '60 by 45 centimetres', '3 x 4 metres'
            continue
        if RANGE_JOINER.fullmatch(text, a.end, b.start):
            if a.bare and not b.bare and not (a.number.fraction and b.number.raw != 1 and "of" in text[a.end:b.start]):
                _take_unit(a, b, forward=True)  # (not a share of a sum: 'three-quarters of the $59 million'; but
                # 'one-half of 1 percent')
            elif b.bare and not a.bare and (BACK_JOINER.fullmatch(text, a.end, b.start)
                                            or a.before.last() == "between") \
                    and (a.unit.kind not in ("percent", "duration")
                         or (_same_order(b.number.raw, a.number.raw) and b.number.scale == 1
                             and not (a.unit.kind == "percent" and a.before.last() in _CHANGE_VERBS))):
                _take_unit(b, a, forward=False)  # "aged between 18 and 35" (not "rose 9% to 402", "fell 2.4 pct
                # to 11.73 billion", "rose 0.4% to 0.8812": a level after a change)
                if _scale_shared(text, a, b):
                    _take_scale(a, b)  # ('$2.7 to 3.1 billion')
            elif a.bare == b.bare and (a.bare or a.unit.code == b.unit.code) and _scale_shared(text, a, b):
                _take_scale(a, b)  # the first end of a range of sums takes the scale of the second: '$3.4-$3.6
                # billion', 'between ₱78 and ₱80 billion', 'a range of 2.7 to 3.1 billion'
            elif b.bare and not a.bare and a.unit.counted and text[a.end:b.start].strip() == "and" \
                    and LIST_ITEM_AFTER.match(text, b.end) is not None and _same_order(b.value, a.value):
                _take_unit(b, a, forward=False)  # the last of a list, its noun left unsaid: 'by four goals and 3.'
        elif a.bare and not b.bare and b.unit.counted and FROM_JOINER.fullmatch(text, a.end, b.start) \
                and abs(a.value) <= abs(b.value):
            _take_unit(a, b, forward=True)  # a part from a whole: 'saved seven from nine penalties'; a shortfall:
            # 'six short of the 76 seats needed'
        elif a.bare and not b.bare and b.unit.kind == "count" and b.unit.counted \
                and IN_JOINER.fullmatch(text, a.end, b.start) and abs(a.value) < abs(b.value):
            _take_unit(a, b, forward=True)  # a part in a whole: 'three in 10 stray cats' (not 'three in 10 minutes')
        elif (b.bare and not a.bare and b.start - a.end < 160 and not _past_an_age(a, b) and not _modifies(text, a)
              and _after_comparison(b.before) and OF_WHOLE_AFTER.match(text, b.end) is None
              and not _opens_a_range(text, b, found[k + 2] if k + 2 < len(found) else None)
              and not SENTENCE_BREAK.search(text, a.end, b.start)
              and (a.unit.kind not in ("percent", "duration")
                   or (_same_order(b.number.raw, a.number.raw) and b.number.scale == 1))):  # ('two pct of GDP, down
            # from 2.9 billion': a sum, not a share)
            rate = found[k - 1] if k > 0 and (_rate_base(a) or _period_of(text, found[k - 1], a)
                                              or (_whole_of_a_share(text, found[k - 1], a)
                                                  and _same_order(b.value, found[k - 1].value))) \
                and found[k - 1].span == a.span and not found[k - 1].bare else None  # ('112.62 guilders per 100
            # marks from 112.78': the rate's unit, not its base's; '180 millimetres of rain in 36 hours, more than the
            # 120 it normally gets': the measure's, not its period's; '11 per cent of the village's 840 dwellings, up
            # from 6': the share's, not its whole's)
            if rate is None and k > 0 and a.unit.counted and not _same_order(b.value, a.value) \
                    and a.before.last() in _LOCATING_PREPOSITIONS and found[k - 1].span == a.span \
                    and found[k - 1].unit.counted and _same_order(b.value, found[k - 1].value):
                rate = found[k - 1]  # the count a count of where it stands comes after: '540 nurses across four
                # wards, down from 700' (nurses)
            if rate is not None or not _rate_base(a):  # (a rate of no unit lends none: '3.4 per 100,000 residents,
                _take_unit(b, rate or a, forward=False)  # above the average of 2.1' is no count of residents)
        elif (b.bare and not a.bare and b.start - a.end < 80
              and (MORE_THAN.match(text, b.end) or AHEAD_AFTER.match(text, b.end))
              and not SENTENCE_BREAK.search(text, a.end, b.start) and abs(b.number.value) <= abs(a.value) * 10):
            _take_unit(b, _tally_before(text, found, k) or a, forward=False)  # a difference in the unit just given:
            # '387 points, 96 more than its nearest rival'; 'hired 300 engineers and plans to hire 250 more.'; the
            # tally's, past the games it came in: 'scored 40 goals in 12 games, nine more than anyone else'
        elif (b.bare and not a.bare and a.unit.kind in ("measure", "money") and b.start - a.end < 80
              and b.before.last() == "with" and not SENTENCE_BREAK.search(text, a.end, b.start)
              and _same_order(b.number.value, a.value) and not RANGE_AFTER.match(text, b.end)):  # (not '40
            # kilometres with six or seven crates': the range names its own)
            _take_unit(b, a, forward=False)  # a list that leaves the unit out: '890,000 tonnes, and Nigeria with
            # 610,000'
        elif b.bare and not a.bare and a.unit.kind in ("count", "money", "measure") and b.start - a.end < 200 \
                and id(a) not in placed and not (id(a) in counted_from and OF_THEM.match(text, b.end)) \
                and _left_unsaid(text, a, b):  # (not where the count was: '80 turtles
            # at three beaches, including 25')
            _take_unit(b, a, forward=False)
        elif b.bare and not a.bare and b.number.scale == a.number.scale and _same_order(b.value, a.value) \
                and ((a.unit.counted and (_named_item(text, a, b) or _more_of_it(text, a, b)))
                     or (a.unit.kind == "percent" and _named_item(text, a, b))):
            _take_unit(b, a, forward=False)  # a list naming its items: 'added 12,000 jobs, transport 8,000 and
            # mining 3,000'
        elif b.bare and not a.bare and a.unit.counted and abs(b.value) < abs(a.value) and _grown_by(text, a, b):
            _take_unit(b, a, forward=False)  # 'We have 8 million customers and we signed up 150,000 in the spring'
    _rate_again(text, found)
    _same_verb_before(text, found)
    _list_ahead(text, found)
    _said_the_same_way(text, found)
    _compared_past(text, found)
    _same_scale_back(text, found)
    _number_of_before(text, found)
    _subject_counted(text, found)
    _ones_counted_before(text, found)
    _share_prices(text, found)
    _of_the_opening(text, found)
    _of_whom_after_a_noun(text, found)
    _nearest_in_sentence(text, found, placed, counted_from, _shares_of_counts(text, found))
    _change_of_the_level(text, found)
    return found


def _change_of_the_level(text: str, found: list[_Found]) -> None:
    """A change up or down left bare counts what the level just before it counts: '4,820 nurses at the end of June,
    down 310 from a year earlier' (read last: 'up 6 percent, and to Chile $3.1 billion, up 2' is a share again)."""
    for a, b in pairwise(found):
        if b.bare and not a.bare and a.unit.kind in ("count", "money", "measure") and b.start - a.end < 80 \
                and _change_by(b.before) and CHANGE_SINCE.match(text, b.end) is not None \
                and not SENTENCE_BREAK.search(text, a.end, b.start) and abs(b.value) < abs(a.value):
            _take_unit(b, a, forward=False)


def _head_noun_shared(text: str, found: list[_Found]) -> None:
    """Two counts whose words of kind are joined before one noun both count it: 'five' in 'five senior and 11 junior
    referees' counts referees."""
    for a, b in pairwise(found):
        if a.bare and not b.bare and b.unit.counted and a.span == b.span and isinstance(a.value, int) \
                and (joined := KINDS_JOINED.fullmatch(text, a.end, b.start)) is not None \
                and joined.group(1) not in _NOT_A_KIND:
            _take_unit(a, b, forward=True)


# Words of a kind after a bare count and 'and' before the next count: " senior and " in "five senior and 11 junior
# referees" (group 1: the first word).
KINDS_JOINED = compile_pattern(r"[ \t]+([a-z][a-z-]*)(?:[ \t]+[a-z][a-z-]*)?[ \t]+(?:and|or)[ \t]+")
#: Words after a count that are no kind of what it counts: 'were' in 'five were hired and 11 junior referees'.
_NOT_A_KIND = frozenset("""is are was were have has had will would can could may might of in on at for to from by
    with per percent times more less fewer each apiece years months weeks days hours minutes""".split())


def _cricket_runs(text: str, found: list[_Found]) -> None:
    """In a cricket story, a bare score counts runs: after a verb of scoring ('Holloway made 126'), before 'for' and
    the wickets lost ('closed on 184 for four'), or after the wickets a bowler took ('six wickets for 44')."""
    for k, b in enumerate(found):
        if not b.bare or not isinstance(b.value, int) \
                or _opens_a_range(text, b, found[k + 1] if k + 1 < len(found) else None):
            continue  # (not 'scored 498 out of 500 marks')
        wickets_before = k > 0 and found[k - 1].unit.code in ("wickets", "wicket") and b.before.last() == "for"
        if b.before.last() in _SCORING_VERBS or wickets_before or RUNS_FOR_WICKETS.match(text, b.end) is not None:
            b.unit = Unit("runs", "count", b.end, False, True)


# What tells a story is of cricket: "wickets", "overs", "innings".
CRICKET_WORDS = compile_pattern(r"\b(?:wickets?|overs|innings|batsm[ae]n|cricket)\b")
# The wickets lost after a score: " for four" in "closed on 184 for four", " for 6" in "240 for 6".
RUNS_FOR_WICKETS = compile_pattern(r"[ \t]+for[ \t]+(?:[0-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                                   r"(?![ \t]*(?:%|per|percent|minutes|hours|days|years|runs))")
#: Verbs after which a bare number in a cricket story is a batter's or a side's runs: 'made 126', 'scored 47'.
_SCORING_VERBS = frozenset({"made", "scored", "hit", "posted", "totalled", "totaled", "making", "scoring", "reached"})


def _told_a_paragraph_back(text: str, found: list[_Found]) -> None:
    """A bare number that opens the figures of its paragraph counts what the last figure of the paragraph before
    counted: some 'of those', a count no smaller ('412,000' in 'Borrowing rose, with 1.26 million loans recorded, up
    8.4%.' / 'E-books made up 412,000 of those.'); a comparison, a figure of its order ('2,650' in 'The aquarium
    counted 2,900 fish.' / 'That compares with 2,650 last year.')."""
    for k, b in enumerate(found):
        if not b.bare or k == 0 \
                or (found[k - 1].span >= b.span and not _level_past_a_change(found, k)) \
                or _opens_a_range(text, b, found[k + 1] if k + 1 < len(found) else None):
            continue  # (a range's first end takes its second's unit: 'The homes range from 58 to 94 square metres.')
        before = _paragraph_before(found, k)
        if _of_those(text, b):
            a = next((a for a in before if a.unit.counted), None)
            if a is not None and abs(b.value) <= abs(a.value):
                _take_unit(b, a, forward=False)
        elif _after_comparison(b.before):
            a = next((a for a in before if not a.bare and a.unit.kind in ("count", "measure", "money", "percent")
                      and _same_order(b.value, a.value)), None)  # (the last of its order: 'a total of 4,612 animals
            if a is not None:  # from 318 species.' / 'That compares with 4,380 last year.')
                _take_unit(b, a, forward=False)


def _level_past_a_change(found: list[_Found], k: int) -> bool:
    """Whether bare ``found[k]`` is the level a change in percent before it, its paragraph's only other figure, was
    from: '172.6 million' in 'Ridership rose 8.6 percent from 172.6 million.' (what it counts is told a paragraph
    back)."""
    b, change = found[k], found[k - 1]
    return change.unit.kind == "percent" and change.before.last() in _CHANGE_VERBS and b.before.last() == "from" \
        and (k < 2 or found[k - 2].span < change.span)  # (not a level: 'grew to 41 percent from 36')


def _paragraph_before(found: list[_Found], k: int) -> Iterator[_Found]:
    """The figures of the paragraph (or line) right before ``found[k]``'s, last first."""
    for j in range(k - 1, -1, -1):
        if found[j].span < found[k].span - 1:
            return
        if found[j].span == found[k].span - 1:
            yield found[j]


def _sum_again(money: _Found, b: _Found) -> bool:
    """Whether bare ``b`` is a sum in the currency of ``money`` in the sentence before: with the same scale word
    ('Profit fell to $280 million. Analysts had forecast 320 million.'), or after a verb of price ('Our cheese costs
    EUR 31 a kilo. A French Comte costs 24.') or 'it is' ('It cost 240 lira in June. Today it is 310.')."""
    return (b.number.scale > 1 and b.number.scale == money.number.scale) \
        or (b.number.scale == 1 == money.number.scale
            and (b.before.last() in _PRICE_VERBS or tuple(b.before.lower[-2:]) in _PRICE_AGAIN))


#: Words before a bare number that give a price again in the sentence after one: 'it is' in 'A kilo of cheese cost 240
#: lira in June. Today it is 310.'
_PRICE_AGAIN = frozenset({("it", "is"), ("it", "was"), ("it", "now"), ("today", "it's"), ("now", "it's")})


#: Verbs a price follows: 'costs' in 'A French Comte costs 24.'
_PRICE_VERBS = frozenset({"costs", "cost", "sells", "sold", "fetches", "fetched", "pays", "paid", "charges",
                          "charged"})


def _tally_before(text: str, found: list[_Found], k: int) -> _Found | None:
    """The count ``found[k]`` tells where it came in or from, just before it in its sentence: '40 goals' before 'in
    12 games' in 'He has scored 40 goals in 12 games', '12 points' before 'from eight matches'."""
    if k == 0 or found[k].before.last() not in ("in", "from", "over", "across"):
        return None
    tally = found[k - 1]
    return tally if tally.unit.counted and found[k].start - tally.end < 20 \
        and not SENTENCE_BREAK.search(text, tally.end, found[k].start) else None


# A lead after a bare number, a difference of a tally: " ahead of" in "12 points from eight matches, two ahead of the
# Owls", " clear" in "four clear at the top".
AHEAD_AFTER = compile_pattern(r"[ \t]+(?:ahead|clear|behind)(?:[ \t]+of\b|(?=[ \t]*[.,;]|[ \t]+(?:at|in|on)\b))")


def _converted(text: str, sum_: _Found, conversion: _Found) -> bool:
    """Whether ``conversion`` is ``sum_`` in another currency, in brackets right after it: '($0.8 million)' after
    '8.4 million crowns' (a currency no code is read for, as written)."""
    return conversion.unit.kind == "money" and not sum_.bare and text.startswith(")", conversion.end) \
        and CONVERSION_OPENING.fullmatch(text, sum_.end, conversion.start) is not None


# What opens a sum's conversion in brackets: " (" in "8.4 million crowns ($0.8 million)", " (about ".
CONVERSION_OPENING = compile_pattern(r"[ \t]*\((?:about|around|roughly|some|nearly|approximately|or|c\.)?[ \t]*")


def _of_those(text: str, b: _Found) -> bool:
    """Whether bare ``b`` counts some 'of those' or 'of them' told before ('Of those, 300 were bursts', '412,000 of
    those'), not 'of whom' or 'of which', which count the noun right before them ('Ivorian exporters, nine of whom')."""
    those = OF_THEM.match(text, b.end)
    return (those is not None and not those.group().endswith(("whom", "which"))) \
        or tuple(b.before.lower[-2:]) in _OF_THOSE


def _of_whom_after_a_noun(text: str, found: list[_Found]) -> None:
    """A bare number of a share right after a plural noun and its comma counts that noun: 'Local exporters, seven of
    whom hold forward contracts' (exporters); so does how many of them there are: 'Working pensioners, of whom there
    are about 310,000,' (pensioners), and a part of a whole not counted: 'Of the short-sighted children, 140 had never
    had a test' (children)."""
    for k, b in enumerate(found):
        if b.bare and isinstance(b.value, int) and (whom := OF_THEM.match(text, b.end)) is not None \
                and whom.group().endswith("whom") \
                and not NOUN_AND_COMMA_BEFORE.search(text, max(0, b.start - 30), b.start) \
                and (people := next((a for a in _before_in_sentence(text, found, k) if a.unit.counted), None)):
            b.unit = Unit(people.unit.code, "count", b.end, False, True)  # (whom the count before counts, past a
            # thing between: '212 runners along the 14-kilometre course, nine of whom')
            continue
        if b.bare and isinstance(b.value, int) \
                and ((OF_THEM.match(text, b.end) is not None
                      and (noun := NOUN_AND_COMMA_BEFORE.search(text, max(0, b.start - 30), b.start)) is not None)
                     or (noun := NOUN_OF_WHOM_THERE_ARE.search(text, max(0, b.start - 60), b.start)) is not None
                     or (noun := OF_THE_NOUN_BEFORE.search(text, max(0, b.start - 60), b.start)) is not None) \
                and (word := noun.group(1).lower()) not in UNIT_WORDS and word not in _NOT_COUNTED and is_plural(word):
            b.unit = Unit(word, "count", b.end, False, True)


# A plural noun and its comma right before a number: "exporters, " in "Local exporters, seven of whom".
NOUN_AND_COMMA_BEFORE = compile_pattern(r"\b([A-Za-z]+s),[ \t]+$")
# A whole named with no number, opening the sentence before a part of it: "Of the short-sighted children, " (group
# 1: the noun).
OF_THE_NOUN_BEFORE = compile_pattern(r"(?:^|(?<=[.!?] )|(?<=\n))Of[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}?([A-Za-z]+),"
                                     r"[ \t]+$")
# A plural noun and how many of them there are, before the number: "pensioners, of whom there are about " (group 1).
NOUN_OF_WHOM_THERE_ARE = compile_pattern(r"\b([A-Za-z]+s),?[ \t]+of[ \t]+(?:whom|which)[ \t]+there[ \t]+(?:are|were|is"
                                         r"|was)[ \t]+(?:(?:about|around|some|roughly|nearly|almost|more[ \t]+than"
                                         r"|fewer[ \t]+than|an[ \t]+estimated)[ \t]+)?$")


def _nearest_in_sentence(text: str, found: list[_Found], placed: set[int], counted_from: set[int],
                         shares: set[int]) -> None:
    """A bare number left after every rule above takes the unit of the nearest figure of its order before it in its
    sentence and line: the story left the noun out as said ('Gusts hit 61 mph in Dorne and 47 in Ashby', 'hired 140
    teachers in March and fired 12', 'Trains took 52 minutes last year, down to about 38'), or of any larger order
    when it is the whole ('Only 310 seats of about 5,000 were empty') or a shortfall ('72 seats, still four short');
    not a number a singular verb makes a thing ('the cost is $4.25 and 32 is the quantity'). Failing one, the count,
    measure, share or span of time of its order in the sentence before, in its paragraph ('Lind ran 20.11 seconds in
    the heats. Her best is 20.02.'), unless its own sentence counts something of its order or it is a ratio's term
    ('four in 10')."""
    periods = {id(period) for figure, period in pairwise(found) if not figure.bare and _period_of(text, figure, period)}
    where_tallied = {id(found[j]) for j in range(1, len(found)) if _tally_before(text, found, j) is not None}
    for k, b in enumerate(found):
        if not b.bare or THING_AFTER.match(text, b.end) is not None or b.before.last() in _NAMED_BY \
                or (b.before.last() in _LINKING_WORDS and b.before.last(2) in _MEASURES_OF_NO_UNIT) \
                or NAMED_THINGS_AFTER.match(text, b.end) is not None \
                or SPLIT_JOIN_AFTER.match(text, b.end) is not None \
                or split_second_term(text, b.start) \
                or _appositive_age(text, b) \
                or (b.before.last() == "of" and b.before.last(2) in _PARENTS) \
                or EXCHANGE_RATE_AFTER.match(text, b.end) is not None:  # (an exchange rate: 'at 4.41 per dollar')
            continue
        tally = _in_tally(text, found, k)  # (a tally takes only a count: 'leads Sanders, 1,428 to 1,153')
        if tally and _voted(text, found, k):
            continue  # a body's vote counts votes, not what was counted before: 'The board voted 7 to 4'
        if b.before.last() in _AGE_WORDS and (age := next(
                (a for a in _before_in_sentence(text, found, k) if _bare_age(text, a)), None)) is not None:
            _take_unit(b, age, forward=False)  # 'About 3,870 people were 55 or older, and 412 were over 70'
            continue
        if _verb_before(b) in _CASUALTY_VERBS and (a := next(
                (a for a in _before_in_sentence(text, found, k)
                 if a.unit.counted and _verb_before(a) in _CASUALTY_VERBS), None)) is not None:
            _take_unit(b, a, forward=False)  # 'killing at least 19 people, injuring more than 300'
            continue
        of_them = OF_THEM.match(text, b.end) is not None  # (some of them: things, not a share)
        subject = SUBJECT_OF_A_VERB.match(text, b.end) is not None  # (a subject, no time: 'searched for 6 hours, and
        # 3 are still missing')
        if PRICE_PER_THING.match(text, b.end) is not None:
            continue  # a price of each thing, no count: 'carried 3,100 passengers. The port charges 900 per car.'
        a = next((a for a in _before_in_sentence(text, found, k)
                  if not a.bare and "\n" not in text[a.end:b.start] and id(a) not in placed and not _modifies(text, a)
                  and not (of_them and (a.unit.kind == "percent" or id(a) in counted_from))
                  and id(a) not in shares  # (a share a count was won with: '9 seats with 6.9% and the Liberals 8')
                  and not (a.unit.kind == "duration" and subject)
                  and id(a) not in periods  # (not the time a measure came in: '180 millimetres of rain in 36 hours,
                  # more than the 120 it normally gets' is millimetres)
                  and (not _rate_base(a) or b.before.last() in ("per", "for"))  # (not a rate's base but to
                  # another: 'above the 85 allowed' after '90 beans per 100 grams' is beans; 'one for 20' after 'one
                  # latrine for every 61 people' is people)
                  and not (_bare_age(text, a) and not _age_like(text, a, b))
                  and (not tally or a.unit.kind in ("count", "percent"))
                  and not (a.unit.kind == "percent" and a.before.last() in _CHANGE_VERBS)  # (a level after a change:
                  # 'The franc rose 0.4% to 0.8812')
                  and (_same_order(b.value, a.value) or (a.unit.counted and b.value > a.value
                                                         and (WHOLE_AFTER.fullmatch(text, a.end, b.start)
                                                              or tuple(b.before.lower[-2:]) in _TOTAL_TO))
                       or (a.unit.counted and b.value < a.value and (SHORT_AFTER.match(text, b.end) or of_them
                                                                     or (b.before.last() == "the"
                                                                         and SOME_OF_THEM_AFTER.match(text, b.end)))))),
                 None)  # (some of them: '19 of them' after '388 swimmers from 74 clubs', 'the 1,900 that install a
        # battery' after '20,000 homes')
        if a is None and k and found[k - 1].unit.kind == "percent" \
                and SHARE_OF_THE.fullmatch(text, found[k - 1].end, b.start) is not None:
            a = next((a for a in _before_in_sentence(text, found, k - 1) if a.unit.counted and a.value < b.value),
                     None)  # the whole a share is of: '61,000 electric cars, about 2% of the roughly 3.1 million'
        if a is None and k and RATIO_AFTER.match(text, b.end) is None \
                and not (b.before.last() == "in" and _is_number_word(b.before.last(2))) \
                and not _count_in_sentence(text, found, k) and not _threshold_of_a_plural(b):  # (not a ratio's
            # terms: 'Almost four in 10 have a positive reaction'; nor a level of things named right before it)
            measured_apart = _bare_before_in_sentence(text, found, k)  # (no measure past a bare number of its own
            # sentence, whose noun it shares: 'The field of 144 was cut to 70' after '30 mph')
            a = next((a for a in _in_sentence_before(text, found, k) if not a.bare and _same_order(b.value, a.value)
                      and not (measured_apart and a.unit.kind in ("measure", "duration"))
                      and (a.unit.kind in ("count", "measure", "duration", "percent")
                           or (a.unit.kind == "money" and _sum_again(a, b))) and id(a) not in placed
                      and not _modifies(text, a) and id(a) not in where_tallied  # (the sentence before's tally, not
                      # where it came: 'Rovers have 30 points from 14 matches. City are second on 27' is points)
                      and not (_bare_age(text, a) and not _age_like(text, a, b))
                  and (not tally or a.unit.kind in ("count", "percent"))
                      and not (a.unit.kind == "percent"
                               and (b.before.last() in ("to", "from") or b.number.words or of_them
                                    or (subject or PAST_VERB_AFTER.match(text, b.end) is not None)))
                      # (a level after a change: 'It weakened 0.8% to 5.62 per dollar'; a share is in digits)
                      and not (a.unit.kind == "duration" and (subject or b.before.last() in ("at", "of") or of_them))
                      and id(a) not in shares
                      and (isinstance(b.value, int) or not a.unit.counted)), None)  # ('The old hall held 600
            # people. The new one holds 850.'; not a count's unit on '2.74', nor where the sentence counts something
            # of its own: 'She has scored at least 20 in four straight games.'; no time the sentence before took on
            # an age: 'ran it in 3 hours 41 minutes. "I started at 40"')
        if a is not None:
            _take_unit(b, a, forward=False)


# A thing each of which a bare number is paid for, after it: " per car" in "charges 900 per car" (not a time: "400
# per day" may count visitors).
PRICE_PER_THING = compile_pattern(r"[ \t]+per[ \t]+(?!(?:day|week|month|year|hour|minute|night|annum|cent|capita)\b)"
                                  r"[a-z]{3,}\b")
# A verb in the past right after a bare number, which makes it the verb's subject, something counted: " burned" in
# "31 burned more than 500 hectares each" (no share).
PAST_VERB_AFTER = compile_pattern(r"[ \t]+[a-z]{2,}ed\b(?![ \t]+(?:by|in|at|from|to|for|with)\b)")
# A verb after a bare number that makes it its subject: " are" in "and 3 are still missing", " died" in "and 2 died".
SUBJECT_OF_A_VERB = compile_pattern(r"[ \t]+(?:are|were|is|was|have|has|had|remain(?:s|ed)?|die[ds]?)\b")
# A relative clause after 'the' and a bare number, some of what was counted before: " that" in "20,000 homes, and the
# 1,900 that install a battery".
SOME_OF_THEM_AFTER = compile_pattern(r"[ \t]+(?:that|who|which)\b")
# A shortfall after a bare number, which counts what the count before it counted, however much smaller: " short" in
# "would command 72 seats, still four short of the 76 needed".
SHORT_AFTER = compile_pattern(r"[ \t]+short\b")
# Things a bare number counts named after it, an adjective before them perhaps: " older Boeing" in "to retire 48 older
# Boeing 737-800s" (what they are no unit before it in the story tells: not the '15%' of 'use 15% less fuel').
NAMED_THINGS_AFTER = compile_pattern(r"[ \t]+(?:(?!(?:in|on|at|by|for|from|to|of|and|or|with|since|until|after|before|"
                                     r"than|as|per|a|an|the|are|were|is|was|be|been|have|has|had|will|would|can|could|"
                                     r"may|might|did|do|does|went|came|became|said|says)\b)[a-z]+[ \t]+)?[" + UPPER
                                     + r"][a-z]")  # (not a verb before a name: 'two were Romanian')
# A ratio's second term after a number: " in 10" in "Almost four in 10 have a positive reaction".
RATIO_AFTER = compile_pattern(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:[0-9]+|ten|five|three|four)\b")


def _is_number_word(word: str) -> bool:
    """Whether a word is a number in digits or in words: '4', 'four'."""
    return word.isdigit() or word in SMALL_NUMBERS


def _bare_before_in_sentence(text: str, found: list[_Found], k: int) -> bool:
    """Whether a bare number of no unit stands before ``found[k]`` in its sentence: '144' before '70' in 'The field of
    144 was cut to 70'."""
    return any(f.bare for f in _before_in_sentence(text, found, k))


def _count_in_sentence(text: str, found: list[_Found], k: int) -> bool:
    """Whether another figure of ``found[k]``'s sentence and order, before or after it, counts something of its own:
    'four straight games' in 'She has scored at least 20 in four straight games.'"""
    b = found[k]
    return any(f.unit.counted and f.span == b.span and _same_order(b.value, f.value)
               and "\n" not in text[min(f.end, b.end):max(f.start, b.start)]
               and not SENTENCE_BREAK.search(text, min(f.end, b.end), max(f.start, b.start))
               for f in (*found[max(0, k - _SCALE_LOOK_BACK):k], *found[k + 1:k + 1 + _SCALE_LOOK_BACK]))


def _share_prices(text: str, found: list[_Found]) -> None:
    """Bare prices in eighths in a sentence about a stock are dollars, as US wire copy gave share prices: 'The stock
    closed at 41-1/4, up 3/8' (both USD)."""
    for b in found:
        if b.bare and "/" in text[b.start:b.end] and EIGHTHS.search(text, b.start, b.end) is not None \
                and STOCK_WORDS.search(text, max(0, b.start - 160), b.start) is not None:
            b.unit = Unit("USD", "money", b.end)


# A fraction in eighths, quarters, halves or sixteenths, as share prices were quoted: "1/4" in "41-1/4", "3/8".
EIGHTHS = compile_pattern(r"[0-9]/(?:2|4|8|16|32)\b")
# A stock or its shares named before a price: "stock", "shares" in "Bexley stock closed at 41-1/4".
STOCK_WORDS = compile_pattern(r"(?i)\b(?:stock|stocks|shares?|closed[ \t]+at|traded[ \t]+at)\b")


def _or_more_of(text: str, found: list[_Found]) -> None:
    """A bare number before 'or more' and a noun counts that noun: 'layoffs affecting 25 or more workers' (workers),
    'households with four or more children', 'with 5 or more prior charges' (charges)."""
    for b in found:
        if not b.bare or (more := OR_MORE_AFTER.match(text, b.end)) is None:
            continue
        for word in more.group(1).lower().split():  # the first noun of up to three words: 'prior charges'
            if word in UNIT_WORDS:
                b.unit = Unit(*UNIT_WORDS[word], b.end)
            elif is_plural(word):
                b.unit = Unit(word, "count", b.end, False, True)
            else:
                continue
            break


# 'or more' and the words of the noun it counts after a number: " or more workers" in "25 or more workers", " or
# more prior theft charges" (group 1: up to three words, the noun among them).
OR_MORE_AFTER = compile_pattern(r"[ \t]+or[ \t]+(?:more|fewer|less|older|younger|so)[ \t]+"
                                r"([a-z-]+(?:[ \t]+[a-z-]+){0,2})\b")


def _in_tally(text: str, found: list[_Found], k: int) -> bool:
    """Whether bare ``found[k]`` is a side of a tally, two bare numbers joined by 'to' with no 'from' or 'between'
    before them: 'rejected the plan 8 to 3' (no unit but a count's: not 'three months' before)."""
    b = found[k]
    if k + 1 < len(found) and found[k + 1].bare and TALLY_TO.fullmatch(text, b.end, found[k + 1].start):
        return b.before.last() not in ("from", "between")
    return k > 0 and found[k - 1].bare and TALLY_TO.fullmatch(text, found[k - 1].end, b.start) is not None \
        and found[k - 1].before.last() not in ("from", "between")


#: Words of a body's vote before its tally: 'voted' in 'The council voted 5 to 2', 'vote' in 'by a vote of 7 to 4'.
_VOTE_WORDS = frozenset({"voted", "vote", "votes", "voting", "ruled", "ballot"})


def _voted(text: str, found: list[_Found], k: int) -> bool:
    """Whether the tally ``found[k]`` is a side of follows a word of voting: '5' and '2' in 'The council voted 5 to 2'
    (not in 'leads Sanders, 1,428 to 1,153')."""
    first = found[k] if k + 1 < len(found) and found[k + 1].bare \
        and TALLY_TO.fullmatch(text, found[k].end, found[k + 1].start) else found[k - 1]
    return not _VOTE_WORDS.isdisjoint(first.before.lower[-4:])


def _verb_before(figure: _Found) -> str:
    """The word before a figure past its qualifier: 'injuring' in 'injuring more than 300'."""
    said = qualifier(figure.before)
    words = figure.before.lower[:len(figure.before.lower) - (len(said.split()) if said else 0)]
    return words[-1] if words else ""


def _age_like(text: str, age: _Found, bare: _Found) -> bool:
    """Whether a bare number is an age as the age before it is: the other end of its range ('between the ages of 18
    and 29', 'at least 21, or 19 with an instructor'), or after a word ages follow ('412 were over 70' after '55 or
    older')."""
    return RANGE_JOINER.fullmatch(text, age.end, bare.start) is not None or bare.before.last() in _AGE_WORDS \
        or text.startswith(", or ", age.end, bare.start)


#: Words before a number that make it an age when an age stands before it: 'over' in '412 were over 70'.
_AGE_WORDS = frozenset({"over", "under", "than", "aged", "age", "ages"})


def _appositive_age(text: str, figure: _Found) -> bool:
    """Whether a bare whole number set off by commas after a name is the person's age: '52' in 'said Harjit Gill, 52,
    who farms', which takes no unit from the figures around it."""
    return isinstance(figure.value, int) and 0 < figure.value < 120 and text.startswith(",", figure.end) \
        and NAME_AND_COMMA_BEFORE.search(text, max(0, figure.start - 40), figure.start) is not None


# A name's last word and a comma right before a number: "Gill, " in "said Harjit Gill, 52, who".
NAME_AND_COMMA_BEFORE = compile_pattern(r"(?<![.!?] )\b[A-Z][a-z][\w'’-]*,[ \t]$")


def _bare_age(text: str, figure: _Found) -> bool:
    """Whether a figure is an age told without 'years' ('were 65 or older') or as an adjective ('the 24-year-old
    opener'), which lends its unit to no count ('was dropped on 12')."""
    return figure.unit.code == "years" and (figure.unit.end == figure.number.end
                                            or YEAR_OLD_AFTER.match(text, figure.number.end) is not None)


def _modifies(text: str, figure: _Found) -> bool:
    """Whether a span of time or a measure is written as an adjective of the noun after it, and so lends its unit to
    no bare number after it: '10-year' in 'a 10-year average of 51' (percent, as the shares before it), '1.92-metre'
    in 'Ruiz, a 1.92-metre 23-year-old, took three of his nine'."""
    return figure.unit.kind in ("duration", "measure") and text.startswith("-", figure.number.end)


# An age's words after its number: "-year-old" in "the 24-year-old opener", " years old".
YEAR_OLD_AFTER = compile_pattern(r"[ \t-]years?[ \t-]old\b")


def _rate_base(figure: _Found) -> bool:
    """Whether a figure is the base of a rate, whose unit is not the rate's: '100 grams' in '90 beans per 100 grams',
    '100,000 residents' in '131 for every 100,000 residents' (not 'every 20 minutes': a frequency)."""
    return figure.before.last() == "per" or (figure.before.last() == "every" and figure.before.last(2) == "for")


def _period_of(text: str, figure: _Found, period: _Found) -> bool:
    """Whether ``period`` is the span of time ``figure`` just before it came in: '36 hours' after '180 millimetres
    of rain in', '12 months' after '11.4 inches of rain in the past', 'four hours' after '32 strokes per minute for
    the first'."""
    last = period.before.last()
    if last in ("past", "last", "previous", "first", "final", "next") and period.before.last(2) == "the":
        last = period.before.last(3)  # ('in the past 12 months', 'for the first four hours')
    return period.unit.kind == "duration" and figure.unit.kind in ("measure", "count", "money") \
        and last in ("in", "within", "over", "for") and period.start - figure.end < 40 \
        and not SENTENCE_BREAK.search(text, figure.end, period.start)


# The 'to' of a tally between its two numbers: " to " in "8 to 3".
TALLY_TO = compile_pattern(r"[ \t]+to[ \t]+")
#: Verbs of harm whose counts share their noun: 'killing at least 19 people, injuring more than 300'.
_CASUALTY_VERBS = frozenset("""killing injuring wounding displacing sickening hospitalizing hospitalising stranding
    killed injured wounded displaced sickened""".split())
#: Words that name what the number after them is, not what it counts: 'A magnitude 7.9 quake'.
_NAMED_BY = frozenset({"magnitude", "category", "level", "grade", "stage", "phase", "size"})
#: What a number is said to be after a word linking it, which no unit measures: 'a magnitude of 6.1', 'put the
#: magnitude at 6.0', 'The score was 71.26' (not the kilometres or miles per hour of the sentence before).
_MEASURES_OF_NO_UNIT = frozenset({"magnitude", "score", "rating", "category", "grade"})
#: Words linking a thing's name to the number it is: 'of', 'at' and 'was' in 'a magnitude of 6.1'.
_LINKING_WORDS = frozenset({"of", "at", "was", "is", "were"})
#: Parents whose children a bare number after 'of' counts, no figure's unit before it: 'a father of two'.
_PARENTS = frozenset({"mother", "father", "parent", "mom", "dad", "grandmother", "grandfather", "grandparent"})


def _of_the_opening(text: str, found: list[_Found]) -> None:
    """A bare number after a sentence's opening 'Of the <things>,' counts those things: 'Of the clinics to be shut, 14
    are in Dayton and 6 in Akron' (clinics, both)."""
    for b in found:
        if not b.bare or not isinstance(b.value, int):
            continue
        reach = max(0, b.start - _SUBJECT_REACH)
        opening = max(text.rfind(". ", reach, b.start) + 2, text.rfind("\n", reach, b.start) + 1)
        if opening <= 1 and reach > 0:
            continue
        of_the = OF_THE_OPENING.match(text, opening, b.start)
        if of_the is not None and (noun := of_the.group(1).lower()) not in UNIT_WORDS and is_plural(noun):
            b.unit = Unit(noun, "count", b.end, False, True)


# A sentence opening with the whole its figures are parts of: "Of the clinics to be shut, " (group 1: the noun).
OF_THE_OPENING = compile_pattern(r"Of[ \t]+(?:the|its|their|these|those)[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+s)\b"
                                 r"[^,.;!?\n\"“”]{0,80},[ \t]")


def _counted_from(text: str, found: list[_Found]) -> set[int]:
    """The counts of where the members of the count right before them are from (their ids): '74 clubs' in '388
    swimmers from 74 clubs' (not what some 'of them' after it are)."""
    return {id(b) for a, b in pairwise(found) if b.unit.counted and a.unit.counted and a.span == b.span
            and FROM_BETWEEN.fullmatch(text, a.end, b.start) is not None}


def _same_verb_before(text: str, found: list[_Found]) -> None:
    """A bare number after a verb in the past counts what a count after the same verb a sentence or two before it
    counted, past other figures: 'Petra drew 1.18 million visitors. A ticket costs JD50. Wadi Rum drew 412,000.'."""
    for k, b in enumerate(found):
        if not b.bare or not past_tense(verb := b.before.last()) or not isinstance(b.value, int):
            continue
        a = next((a for a in reversed(found[max(0, k - _SAME_VERB_LOOK_BACK):k])
                  if a.span == b.span and b.start - a.end < _SAME_VERB_REACH and a.unit.counted
                  and a.before.last() == verb), None)
        if a is not None and "\n\n" not in text[a.end:b.start] and SENTENCE_BREAK.search(text, a.end, b.start):
            _take_unit(b, a, forward=False)


#: How many figures back, and how far, a count after the same verb is looked for.
_SAME_VERB_LOOK_BACK = 6
_SAME_VERB_REACH = 400


def _rate_again(text: str, found: list[_Found]) -> None:
    """A rate of two bare numbers counts what the story's rate before it counted: '48.7 per 100,000' after '16.4
    cases per 100,000 people' is cases per 100,000 people; '0.9 per 100 grams' after '90 beans per 100 grams' is beans
    per grams."""
    rates: list[tuple[_Found, _Found]] = []  # the rates read so far, of two counted figures
    last_rate: _Found | None = None  # the last rate read as one figure: '16.4 cases per 100,000 people'
    for figure in found:
        if figure.unit.code is not None and " per " in figure.unit.code:
            last_rate = figure
        elif figure.bare and last_rate is not None and figure.start - last_rate.end < _RATE_REACH \
                and " per " in text[figure.start:figure.end]:
            _take_unit(figure, last_rate, forward=False)  # ('48.7 per 100,000' after it)
    for first, second in pairwise(found):
        if PER_BETWEEN.fullmatch(text, first.end, second.start) is None:
            continue
        if first.unit.counted and second.unit.counted:
            rates.append((first, second))
        elif first.bare and second.bare and rates and second.start - rates[-1][1].end < _RATE_REACH:
            earlier, base = rates[-1]
            _take_unit(first, earlier, forward=False)
            _take_unit(second, base, forward=False)


# The word between a rate's two figures: " per " in "16.4 cases per 100,000 people".
PER_BETWEEN = compile_pattern(r"[ \t]+per[ \t]+")
#: How far after a rate of two counts a rate of two bare numbers counts the same.
_RATE_REACH = 1500


def _shares_of_counts(text: str, found: list[_Found]) -> set[int]:
    """The shares of the vote a count was won with (their ids): '6.9%' in 'took 9 seats with 6.9% and the Liberals 8'
    (what the next party's 8 counts is seats)."""
    return {id(b) for a, b in pairwise(found) if b.unit.kind == "percent" and a.unit.counted and a.span == b.span
            and SHARE_BETWEEN.fullmatch(text, a.end, b.start) is not None}


# What stands between a count and the share of the vote it was won with: " with " in "9 seats with 6.9%".
SHARE_BETWEEN = compile_pattern(r"[ \t]+(?:with|on)[ \t]+")


def _placed(text: str, found: list[_Found]) -> set[int]:
    """The counts that say where the figure right before them was, after a preposition of place (their ids): 'three
    beaches' in 'tagged 80 turtles at three beaches', '12 states' in 'sickened 90 people in 12 states', '14 carries'
    in '88 yards on 14 carries' (not 'stood at 6,384': no figure before it)."""
    return {id(b) for a, b in pairwise(found) if b.unit.counted and not a.bare and a.span == b.span
            and PLACED_BETWEEN.fullmatch(text, a.end, b.start) is not None}


# A preposition of place between a figure and a count, a word or two before it perhaps: " at " in "80 turtles at three
# beaches", " in " in "90 people in 12 states", " last year in " in "1,200 homes last year in 40 towns".
PLACED_BETWEEN = compile_pattern(r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:in|at|on|across|among|over|inside|within)[ \t]+")
# The same for where the members of a count are from: " from " in "388 swimmers from 74 clubs".
FROM_BETWEEN = compile_pattern(r"[ \t]+from[ \t]+")


def _in_sentence_before(text: str, found: list[_Found], k: int) -> Iterator[_Found]:
    """The figures of the sentence before ``found[k]``'s, in its paragraph, nearest first."""
    b = found[k]
    breaks = 0
    for a in reversed(found[max(0, k - _SCALE_LOOK_BACK):k]):
        if a.span != b.span or b.start - a.end > 300 or _wrapped_between(text, a.end, b.start):
            return
        breaks = len(SENTENCE_BREAK.findall(text, a.end, b.start))
        if breaks > 1:
            return
        if breaks == 1:
            yield a


def _wrapped_between(text: str, start: int, end: int) -> bool:
    """Whether a line breaks inside a sentence between ``start`` and ``end``: hard-wrapped copy, whose sentence
    before is not read ('... on volume\nof 19.4 mln shares. Most stock groups joined'); a line that ends a sentence
    ('this year.\n"We will not reach 2,500"') is copy set a sentence a line."""
    at = text.find("\n", start, end)
    while at >= 0:
        if text[max(start, at - 2):at].rstrip("\"”’'")[-1:] not in (".", "!", "?"):
            return True
        at = text.find("\n", at + 1, end)
    return False


def _opens_a_range(text: str, first: _Found, second: _Found | None) -> bool:
    """Whether bare ``first`` is the first end of a range whose second end names its unit: 'four' in 'extend 20
    trains from four to eight carriages' (carriages, not the trains before)."""
    return second is not None and not second.bare and first.span == second.span \
        and RANGE_JOINER.fullmatch(text, first.end, second.start) is not None


def _past_an_age(age: _Found, bare: _Found) -> bool:
    """Whether a figure is an age told without 'years' ('aged 70 and over') and the bare number after it no age
    ('up from 655'): the number compares with something else."""
    return age.unit.code == "years" and age.unit.end == age.number.end and abs(bare.value) >= _MAX_AGE


def _said_the_same_way(text: str, found: list[_Found]) -> None:
    """A bare number after the same word as a figure before it in its sentence ('up', 'worth') is of its unit: 'up 6
    percent, and to Chile $3.1 billion, up 2'; 'worth 50 points, while a silver is worth 30'."""
    for k, b in enumerate(found):
        if not b.bare or (word := b.before.last()) not in _SAME_WAY_WORDS:
            continue
        a = next((a for a in _before_in_sentence(text, found, k) if not a.bare and a.before.last() == word
                  and _same_order(b.value, a.value) and b.number.scale == a.number.scale
                  and NEW_ITEM_BETWEEN.search(text, a.end, b.start) is None), None)  # (not a list's item before:
        # '- Budget: $1,200 for books, up $90' over '- Members: 4,310 members, up 285')
        if a is not None:
            _take_unit(b, a, forward=False)


# A new item of a list between two figures: "\n- " in "up $90\n- Members: 4,310 members, up 285", "\n2. ".
NEW_ITEM_BETWEEN = compile_pattern(r"\n[ \t]*(?:[-*•·–+]|[0-9]{1,2}[.)])[ \t]")


def _list_ahead(text: str, found: list[_Found]) -> None:
    """The first numbers of a list take the unit its last one names: '8' in 'Bonuses of 8, 5 and 3 points' (the '5'
    took it from the range rule)."""
    for k in range(len(found) - 2, -1, -1):
        a, b = found[k], found[k + 1]
        if a.bare and not b.bare and a.span == b.span and text.startswith(", ", a.end) and b.start == a.end + 2 \
                and _same_order(a.value, b.value) and b.unit.kind in ("count", "measure", "money", "percent"):
            _take_unit(a, b, forward=True)


def _subject_counted(text: str, found: list[_Found]) -> None:
    """A bare level a sentence's plural subject rose or fell to or from, or the change by which it did, counts that
    subject: 'Museum visits rose 4% to 3.2 million' (visits), 'Rental listings in the town fell to 1,240 this year from
    1,610' (listings), 'Permits for duplexes rose by 140' (permits); not a price or a rate ('Prices rose 4% to 3.2')."""
    for k, b in enumerate(found):
        if not b.bare or (b.before.last() not in ("to", "from", "by", "year's", "year’s")
                          and not (b.before.last() == "at" and b.before.last(2) in _AT_A_LEVEL)
                          and tuple(b.before.lower[-4:-1]) not in _LEVEL_OF and b.before.last() not in _LEVEL_VERBS
                          and tuple(b.before.lower[-2:]) not in _SHARE_VERBS) \
                or not (isinstance(b.value, int) or b.number.scale > 1) \
                or (_in_tally(text, found, k) and _voted(text, found, k)) \
                or any(a.unit.kind == "measure" for a in _before_in_sentence(text, found, k)):  # (not 'Merchants
            continue  # ... said sales had dropped, and the council voted 5 to 2'; a measure before in the sentence is
            # what the level is in: 'Exports rose to 8,200 tonnes, while imported bananas fell to 5,100')
        reach = max(0, b.start - _SUBJECT_REACH)
        period, line = text.rfind(". ", reach, b.start), text.rfind("\n", reach, b.start)
        if period < 0 and line < 0 and reach > 0:
            continue  # (no sentence opens within reach: the subject is too far to be read)
        opening = max(period + 2 if period >= 0 else reach, line + 1)
        if (head := DATELINE_START.match(text, opening, b.start)) is not None:
            opening = head.end()  # ('VELMORA — Road deaths in Norvalia fell': past the dateline and its blanks)
            while opening < b.start and text[opening] in " \t":
                opening += 1
        clause = _last_clause(text, opening, b.start)
        subject = SUBJECT_CHANGED.match(text, clause, b.start) if clause is not None else None  # (the subject of the
        # clause the number closes: 'Users grew 20% to 15 million, and paying members rose to 2.3 million'; 'Theft
        # arrests kept falling, but arrests for carjacking climbed to 312 from 240')
        if subject is None:
            subject = SUBJECT_CHANGED.match(text, opening, b.start)
        if subject is None and (lead_in := LEAD_IN.match(text, opening, b.start)) is not None:
            subject = SUBJECT_CHANGED.match(text, lead_in.end(), b.start)  # ('In Fairhaven, burglaries rose 22% to
            # 618': past a phrase of place or time before the subject)
        if subject is not None and subject.group(1).lower() == "numbers" \
                and (counted := WORD_BEFORE.search(text, max(0, subject.start(1) - 30), subject.start(1))) is not None \
                and counted.group(1).lower() not in STOP_WORDS:
            b.unit = Unit(counted.group(1).lower(), "count", b.end, False, True)  # what the numbers are of: 'Deer
            continue  # numbers rose 6% to 12,300' (deer)
        if subject is not None and (noun := subject.group(1).lower()) not in _NOT_COUNTED and is_plural(noun) \
                and not (b.before.last() == "averaged" and (noun in ROLE_NOUNS or noun[:-1] in ROLE_NOUNS)):
            b.unit = Unit(noun, "count", b.end, False, True)  # (people average what they do, not themselves:
            # 'Women averaged 3,600' is steps)


# A short phrase of place or time opening a sentence, and its comma: "In Fairhaven, ", "Last year, ".
LEAD_IN = compile_pattern(r"(?:In|At|Across|Over|During|Since|Last|This|Nationally|Statewide|Overall)\b"
                          r"[^,.;:!?\n]{0,40},[ \t]+")
# A noun right before another, lower case or opening its sentence: "Deer " before "numbers" (group 1).
WORD_BEFORE = compile_pattern(r"\b([A-Za-z][a-z]+)[ \t]+$")


def _last_clause(text: str, start: int, end: int) -> int | None:
    """Where the last clause a conjunction opens in ``text[start:end]`` starts: after ', but ' in 'Theft arrests kept
    falling, but arrests for carjacking climbed to'; None when no such clause opens."""
    found = None
    for m in CLAUSE_OPENER.finditer(text, start, end):
        found = m.end()
    return found


# A conjunction opening a clause of its own after a comma or a semicolon: ", but ", "; ", ", while ".
CLAUSE_OPENER = compile_pattern(r"(?:,[ \t]+(?:but|while|and|whereas|although)|;)[ \t]+")


def _compared_past(text: str, found: list[_Found]) -> None:
    """A bare number compared takes the unit of the count, measure or sum of its order before it in its sentence,
    past a span of time or an age between them: 'Some 520 nurses worked more than 12 hours a shift, up from 410'
    (nurses)."""
    for k, b in enumerate(found):
        if not b.bare or not _after_comparison(b.before) or OF_WHOLE_AFTER.match(text, b.end) is not None:
            continue
        a = next((a for a in _before_in_sentence(text, found, k)
                  if not a.bare and a.unit.kind in ("count", "measure", "money") and _same_order(b.value, a.value)),
                 None)
        if a is not None:
            _take_unit(b, a, forward=False)


def _ones_counted_before(text: str, found: list[_Found]) -> None:
    """'ones' and 'others' count what the figure before them in their sentence counted: '900 permanent posts and
    about 2,000 temporary ones' (posts), 'Six schools closed early, and at least 12 others delayed opening'
    (schools)."""
    for k, b in enumerate(found):
        if b.unit.code not in _STAND_INS or not b.unit.counted:
            continue
        a = next((a for a in reversed(found[:k])
                  if not a.bare and a.unit.counted and a.unit.code not in _STAND_INS), None)
        if a is not None and not SENTENCE_BREAK.search(text, a.end, b.start):
            b.unit = Unit(a.unit.code, a.unit.kind, b.unit.end, a.unit.cents, True)


#: Counted nouns that stand for the noun of the count before them: 'ones', 'others'.
_STAND_INS = frozenset({"ones", "one", "others"})


def _same_number_again(found: list[_Found]) -> None:
    """A bare number after 'the' counts what the same number counted just before: '270 personnel in Lithuania, and
    30 out of the 270 will stay' (the 270 are the personnel)."""
    for k, b in enumerate(found):
        if not b.bare or b.before.last() not in ("the", "those", "these"):
            continue
        for a in reversed(found[max(0, k - _SCALE_LOOK_BACK):k]):
            if b.start - a.end > _SAME_NUMBER_REACH:
                break
            if not a.bare and a.unit.counted and a.value == b.value:
                b.unit = Unit(a.unit.code, a.unit.kind, b.end, a.unit.cents, True)
                break


def _number_of_before(text: str, found: list[_Found]) -> None:
    """A bare whole number counts what 'the number of' before it in its sentence names: 'the number of properties at
    risk to rise to 1,700 by 2050, from about 1,100 today' (both count properties)."""
    for b in found:
        if not b.bare or not isinstance(b.value, int) or (b.number.words and b.value < 10):
            continue
        named = None
        for m in NUMBER_OF.finditer(text, max(0, b.start - _NUMBER_OF_REACH), b.start):
            named = m  # (the last before it)
        if named is None or SENTENCE_BREAK.search(text, named.end(), b.start):
            continue
        words = named.group(1).lower().split()
        cut = next((k for k, word in enumerate(words) if word in _PHRASE_ENDS
                    or (k > 0 and word.endswith("ing") and is_plural(words[k - 1]))), len(words))  # (a participle
        # after the plural: 'the number of nurses working night shifts')
        noun = next((word for word in reversed(words[:cut]) if is_plural(word)), None)  # ('measles cases linked')
        if noun is None:
            continue
        if not any(f.start > named.end() and f.end <= b.start and not f.bare and f.unit.code != noun
                   and f.unit.kind not in ("percent", "duration") for f in found):  # (not past a figure of its own:
            # 'the number of cases in 12 states'; past a change: 'rose 4.5 pct to 18,240', or a time: 'the number of
            # people working from home three days a week has tripled to 8,900')
            b.unit = Unit(noun, "count", b.end, False, True)


def _same_scale_back(text: str, found: list[_Found]) -> None:
    """A bare sum with a scale word takes the unit of the last figure of its sentence with that scale: 'Orders rose
    1.5 billion dlrs, or 1.5 pct, to 99.5 billion' (past the percentage between them), '171.4 million passengers,
    close to the record of 174.8 million'."""
    for k, b in enumerate(found):
        if not b.bare or b.number.scale == 1:
            continue
        a = next((a for a in _before_in_sentence(text, found, k) if not a.bare and a.number.scale == b.number.scale
                  and a.unit.kind in ("money", "measure", "count")), None)
        if a is not None:
            _take_unit(b, a, forward=False)  # (a change and a level differ in size: 'rose 1.5 billion ... to 99.5
            # billion')


def _before_in_sentence(text: str, found: list[_Found], k: int) -> Iterator[_Found]:
    """The figures before ``found[k]`` in its sentence and zone, nearest first: a few, within 200 characters."""
    b = found[k]
    for a in reversed(found[max(0, k - _SCALE_LOOK_BACK):k]):
        if a.span != b.span or b.start - a.end > 200 or SENTENCE_BREAK.search(text, a.end, b.start):
            return
        yield a


def _whole_of_a_share(text: str, share: _Found, whole: _Found) -> bool:
    """Whether ``whole`` is what the percentage ``share`` right before it is of: '840 dwellings' in '11 per cent of the
    village's 840 dwellings'."""
    return share.unit.kind == "percent" and WHOLE_OF_A_SHARE.fullmatch(text, share.end, whole.start) is not None


def _change_by(before: Before) -> bool:
    """Whether a number is a change up or down opening a clause after a comma: ', down 310', ', up by 45' (not 'with
    fares down 12', whose 12 is the fares')."""
    n = 3 if before.last() == "by" else 2
    return before.last(n - 1) in ("up", "down") and before.last(n).endswith(",")


# What follows a change up or down that its number is of the level before: " from a year earlier" in "4,820 nurses,
# down 310 from a year earlier", " on the year", " since March", or the clause's end.
CHANGE_SINCE = compile_pattern(r"[ \t]+(?:from|on|since|compared|over|year[ \t-]on[ \t-]year)\b|[ \t]*[.,;)]")


def _after_comparison(before: Before) -> bool:
    """Whether a comparison stands right before a number, a qualifier or words of a level between them or not:
    'compared with 350', 'compared with about 350', 'from roughly 40', 'down from a record 900', 'an increase of 35'."""
    n = len(said.split()) if (said := qualifier(before)) else 0
    words = before.lower[:len(before.lower) - n]
    level = len(words)
    while level > 0 and words[level - 1] in _LEVEL_WORDS and len(words) - level < 4:
        level -= 1  # ('from a record 900')
    if len(words) >= 2 and words[-1].endswith(("'s", "’s")) and words[-2] in _AGAINST_SOMEONE:
        return True  # ('won 5,210 votes to Greer's 4,980')
    return any(tuple(words[:end][-length:]) in _COMPARISONS for end in {len(words), level} for length in (1, 2)) \
        or tuple(before.lower[-2:]) in _COMPARISONS  # (a comparison read as a qualifier: 'a total of')


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
    if (OF_THEM.match(text, b.end) is not None or tuple(b.before.lower[-2:]) in _OF_THESE) and a.unit.counted \
            and b.start - a.end < 160 and len(SENTENCE_BREAK.findall(text, a.end, b.start)) <= 1 \
            and abs(b.value) <= abs(a.value):
        return True  # 'The city has 22 reservoirs. Seven of them are empty.'; 'The board received 9,000
        # applications. Of these, 6,100 came online'
    return a.unit.counted and one_sentence and b.start - a.end < 100 \
        and (_same_order(b.value, a.value)
             or ((last == "and" or (b.before.words and b.before.words[-1].endswith(",")))
                 and abs(b.value) < abs(a.value))) \
        and _PREDICATE_AFTER.match(text, b.end) is not None  # ('killing 14 people and leaving 37 missing', '117
    # vessels, with 64 already delivered', 'a survey of 86 businesses found that 71 opposed'; some of them, however
    # few: 'treated 900 runners, and 41 were taken to hospital')


def _named_item(text: str, a: _Found, b: _Found) -> bool:
    """Whether bare ``b`` is the next item of a list that names its items in lower case and says the noun only after
    the first, ``a``: '8,000' after '12,000 jobs' in 'Retail added 12,000 jobs, transport 8,000 and mining 3,000.'
    (not 'a loss of 12,000 jobs, up 3 from May')."""
    item = LIST_ITEM_NAMED.fullmatch(text, a.end, b.start)
    return item is not None and _NOT_AN_ITEM.isdisjoint(words := item.group(1).split()) \
        and not any(word.endswith("ed") for word in words) and _ends_an_item(text, b.end)


def _more_of_it(text: str, a: _Found, b: _Found) -> bool:
    """Whether bare ``b``, after a verb of adding or averaging at the end of its clause, counts what ``a`` before it
    in its sentence counts: '19' in 'Jones led with 30 points, and Lee Park added 19.', '22.4' in 'He scored 35 points,
    when he was averaging 22.4.'."""
    return _counted_after_verb(text, a, b, _ADDING_VERBS, ends_at_period=False)


def _grown_by(text: str, a: _Found, b: _Found) -> bool:
    """Whether bare ``b``, after a verb of gaining or losing at the end of its clause, counts what ``a`` before it in
    its sentence counts, however smaller: '150,000' in 'We have 8 million customers and we signed up 150,000 in the
    spring'."""
    return _counted_after_verb(text, a, b, _GROWTH_VERBS, ends_at_period=True)


def _counted_after_verb(text: str, a: _Found, b: _Found, verbs: frozenset[str], *, ends_at_period: bool) -> bool:
    """Whether bare ``b`` comes right after one of ``verbs`` ('added', 'signed up') within 120 characters of ``a``
    in its sentence and ends an item of a list (or, ``ends_at_period``, a clause closed by a period of time: 'lost
    40,000 last year')."""
    verb = b.before.last()
    if verb == "up":
        verb = f"{b.before.last(2)} up"
    return verb in verbs and b.start - a.end < 120 and not SENTENCE_BREAK.search(text, a.end, b.start) \
        and (_ends_an_item(text, b.end) or (ends_at_period and PERIOD_AFTER.match(text, b.end) is not None))


# A period of time after a number, which ends its clause: " last year" in "lost 40,000 last year".
PERIOD_AFTER = compile_pattern(r"[ \t]+(?:this|last|next|that)[ \t]+(?:year|season|month|week|quarter|spring|summer"
                               r"|autumn|fall|winter)\b")
#: Verbs of gaining or losing some of what was counted: 'added' in 'has 12 million members and added 240,000'.
_GROWTH_VERBS = frozenset({"added", "adding", "gained", "lost", "shed", "hired", "recruited", "enrolled", "signed up",
                           "picked up"})


def _ends_an_item(text: str, end: int) -> bool:
    """Whether a number ending at ``end`` ends an item of a list: a stop, a comma, 'and', 'in ...'."""
    return LIST_ITEM_AFTER.match(text, end) is not None or NEXT_ITEM.match(text, end) is not None


#: Prepositions before a count that tells where another count stands: 'across' in '540 nurses across four wards'.
_LOCATING_PREPOSITIONS = frozenset({"across", "in", "at", "on", "over", "among", "between"})


def _same_order(bare: float, other: float) -> bool:
    """Whether a bare number compared with a share or a span of time is of its order (within ten times), as the
    same measure is: '5.2 percent from 4.9' (not '17.7 per cent, from 237 in May', '52 weeks, compared with
    302,589'; counts and sums differ more: '520 superdelegates compared with 39')."""
    return abs(other) / 10 <= abs(bare) <= abs(other) * 10


def _threshold_of_a_plural(bare: _Found) -> bool:
    """Whether a bare number is a level things named right before it lie below or above: '50' in 'Readings below 50
    mean more builders are gloomy' (of the readings, no time of the sentence before)."""
    noun = bare.before.last(2)
    return bare.before.last() in ("below", "above") and len(noun) > 3 and noun.endswith("s") and noun.isalpha()


def _scale_shared(text: str, first: _Found, second: _Found) -> bool:
    """Whether the first end of a range, of no scale word and smaller, takes the scale of the second: '2.7' in
    '2.7 to 3.1 billion', 'between 3.4 and 3.6 million' (not '5 to 3 million' nor '10 or 20 million': no range)."""
    return first.number.scale == 1 < second.number.scale and abs(first.number.raw) < abs(second.number.raw) \
        and ((joiner := text[first.end:second.start].strip()) in ("-", "–", "to")
             or (joiner == "and" and first.before.last() == "between"))


def _take_scale(first: _Found, second: _Found) -> None:
    """Give the first end of a range the scale word of the second, as if written with it: '2.7' in '2.7 to 3.1
    billion' is 2.7 billion (and takes no scale again with a unit later)."""
    first.value = tidy(first.value * second.number.scale)
    first.number = replace(first.number, scale=second.number.scale)


def _take_unit(bare: _Found, other: _Found, forward: bool) -> None:
    """Give ``bare`` the unit of ``other``, and its scale when the bare number is of the same order:
    smaller for the first end of a range ("5 to 10 million"), within ten times for a comparison."""
    bare.unit = Unit(other.unit.code, other.unit.kind, bare.end, other.unit.cents, other.unit.counted)
    if other.unit.cents:
        bare.value = tidy(bare.value / 100)
    scale, low, high = other.number.scale, abs(bare.number.raw), abs(other.number.raw)
    if scale > 1 and bare.number.scale == 1 and (low < high if forward else high / 10 < low < high * 10):
        bare.value = tidy(bare.value * scale)


def table_units(text: str, found: list[_Found]) -> list[_Found]:
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
