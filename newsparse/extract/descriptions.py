"""People an article describes instead of naming them ('a spokesman for the ministry', 'one analyst', 'the
official'): when a 'he' or 'she' stands for such a person rather than for anyone named, and whether a later
'the spokesman' is still the one quoted before.

>>> text = 'Tom Reyes spoke. Pertamina found oil, a company spokesman said. "It flows," he said.'
>>> narrated(text, 0, 63, "he")
('a company spokesman', 38)
>>> introduced(text, "spokesman", 0, len(text)), introduced(text, "spokesman", 50, len(text))
(True, False)

A description is someone new when it opens with 'a', 'an', 'one', 'another' or a possessive ('his lawyer'), or
is 'the' before a role news
copy most often leaves unnamed (``the spokesman``, ``the official``); 'the author' or 'the president' may be
someone named before, and is left to the names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..gazetteer import is_known_place
from ..lexicon.people import COMPANY_SUFFIXES, GIVEN_NAMES, NAME_PARTICLES, NOT_NAME_START, UPPER
from ..lexicon.speech import (
    BODY_NOUNS,
    BODY_ROLES,
    DOCUMENTS,
    FEMALE_ROLES,
    KIN_NOUNS,
    MALE_ROLES,
    NAMED_BODY_NOUNS,
    OBJECT_VERBS,
    PERSON_ROLES,
    SPEECH_VERBS,
    VERB_MODIFIERS,
)
from ..lexicon.titles import NAME_TITLES
from ..model import Quote
from ..pattern_cache import compile_pattern, longest_first
from .attribution import person_like, skip_to_verb
from .mentions import SENTENCE_END
from .name_runs import parse_run
from .phrases import (
    AUXILIARIES,
    BARE_SUBJECTS,
    LETTERS,
    PRONOUNS,
    Token,
    abbreviation_before,
    is_verb,
    past_tense,
    read_phrase,
    tokenize,
)

#: Small words inside the names of bodies that speak other languages, as an alternation: 'der' in 'Bundesverband der
#: Binnenschiffer', 'es' in 'Dar es Salaam City Council'.
_BODY_PARTICLES = "|".join(sorted(NAME_PARTICLES | {"des", "es", "et", "und"}, key=longest_first))

#: Words opening a description of someone the article has not named: 'a spokesman', 'one analyst', 'his lawyer'.
_INDEFINITE = frozenset({"a", "an", "one", "another", "his", "her", "their"})
#: Roles of people news copy quotes unnamed, so that 'the official' is most often no one named before.
_ANONYMOUS_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "diplomat",
                              "dealer", "trader", "banker", "analyst"})
#: Those and the words for anyone, which stand for someone new when quoted ('"...," the woman said. "...," she
#: said.'), though not in the narrative ('said the man who killed his daughter had been arrested').
_ANONYMOUS_SPEAKERS = _ANONYMOUS_ROLES | {"woman", "man"}
# An indefinite article right before a role noun, a few modifiers between: 'A ' / 'an outside ' / 'a senior Cruz '.
INTRODUCED_BEFORE = compile_pattern(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w'’.-]+\s+){0,3}$")
# A description of a person opening with an article, its role noun at most three words on: 'a company
# spokesman', 'The spokesman', 'one senior Treasury official', 'a U.S. official' (the role noun is group 1; no
# word between ends a sentence: 'the alliance said. A spokesman' is two descriptions).
DESCRIBED_PERSON = compile_pattern(
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:[\w'’-]+|(?:\w\.)+)\s+){0,3}?("
    + "|".join(sorted(PERSON_ROLES, key=longest_first)) + r")\b(?![\w'’-])"
)
# A speech verb right before a description: ', said a spokesman for ...' (the verb is group 1).
_VERB_BEFORE = compile_pattern(r"\b([a-z]+)[ \t\n]+$")
# What makes 'the <role>' someone new: an indefinite complement, " of a " in "the owner of a hardware store".
_OF_SOMEONE_NEW = compile_pattern(r"[ \t]+(?:of|at)[ \t]+(?:a|an|one)[ \t]")
# A body a role is of, after it: " of the local farmers union" in "The head of the local farmers union said".
_OF_A_BODY = compile_pattern(r"[ \t]+of[ \t]+the[ \t]")
#: Ordinals after 'the' that bring in someone new, as 'a' does: 'The second staffer who spoke to us'.
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "other", "last", "latest"})
# Someone unnamed in apposition after a role: ", a man in his 60s" in "The driver, a man in his 60s, would not give
# his name."
NEW_PERSON_APPOSED = compile_pattern(r",[ \t]+an?[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
                                     r"(?:man|woman|person|boy|girl|teenager)\b")
# A verb through which a body speaks in the narrative: 'said' in ', the Bundesbank said.', 'confirmed' in 'Lumora
# confirmed the cuts'.
_BODY_VERB = compile_pattern(r"\b(?:said|says|added|stated|announced|reported|confirmed|denied|warned|noted|insisted"
                             r"|acknowledged|explained|wrote|told|claimed)\b")
# The subject right before such a verb, opening its clause: ', the Bundesbank ', '. Boeing ', ', the company ',
# '. The defence ministry '; a body's name with 'of' or 'and' inside or a noun after ('. The Ministry of Food and
# Agriculture ', 'The IG Metall union '), an auxiliary before the verb ('The Ministry of Health has confirmed') and a
# name in apposition ('The Spanish meteorological agency, AEMET, said': the name), and the name's acronym in brackets
# after it ('The National Civil Protection Authority (ANEPC) said': the name).
_BODY_SUBJECT = compile_pattern(r"(?:^|(?<=[,.;:] )|(?<=\n))[ \t]*((?:[Tt]he\s+)?[" + UPPER + r"][\w'’&.-]*"
                                r"(?:\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?["
                                + UPPER + r"][\w'’&.-]*){0,4}(?:\s+(?:[a-z]+\s+)?(?:"
                                + "|".join(sorted(BODY_NOUNS | NAMED_BODY_NOUNS)) + r"))?"
                                r"|[Tt]he\s+(?:[a-z]+\s+){0,2}[a-z]+)(?:[ \t]+\(["
                                + UPPER + r"][A-Z0-9&.-]{1,11}\))?,?\s+"
                                r"(?:ha[sd]\s+|have\s+)?$")
#: How many verbs of speaking back an 'It said' is read past to the body it stands for.
_IT_SAID_BACK = 3
_DOCUMENT = "(?:" + "|".join(DOCUMENTS) + ")"
# Someone putting out a statement, the subject opening its clause: "The Fair Association released a statement",
# "Holloway herself issued a brief statement", "Cook provided a written statement", "The hospital said in a
# statement", "A neighborhood group, the East Side Block Watch, said in a post", "Chile's foreign ministry said in a
# statement", "Marcus Pfenninger, was more conciliatory in a brief statement", "The Minister for Roads, Gavin Treece,
# defended the plan in a statement", "White House press secretary Ann Vell said in a statement", "The Department of
# Homeland Security did not respond directly but said in a statement" (group 1 the subject, group "apposed" a name set
# off after it).
STATEMENT_ISSUED = compile_pattern(r"(?:^|(?<=[.,;:] )|(?<=\n)|(?<=\bsaid ))[ \t]*(?:(?:But|And|Yet)[ \t]+)?"
                                   r"((?:[Tt]he[ \t]+|[Aa][ \t]+(?:spokesperson|spokesman|spokeswoman)[ \t]+for[ \t]+"
                                   r"(?:the[ \t]+)?)?[" + UPPER + r"][\w'’&.-]*"
                                   r"(?:[ \t]+(?:(?:of|for|and|&|" + _BODY_PARTICLES + r")[ \t]+(?:the[ \t]+)?)?"
                                   r"[" + UPPER + r"][\w'’&.-]*){0,4}"
                                   r"|[Tt]he[ \t]+(?:[a-z]+[ \t]+){0,2}[a-z]+"
                                   r"|[" + UPPER + r"][\w.-]*['’]s[ \t]+(?:[a-z]+[ \t]+){0,2}[a-z]+"
                                   r"|(?:[" + UPPER + r"][\w'’.-]*[ \t]+){0,2}(?:[a-z]+[ \t]+){1,2}["
                                   + UPPER + r"][\w'’.-]*"
                                   r"(?:[ \t]+[" + UPPER + r"][\w'’-]*){1,2})"
                                   r"(?:[ \t]+\([DRI](?:-["
                                   + UPPER + r"][\w.]*)?\))?"  # (a party and state: 'Ann Lee (D-N.Y.)')
                                   r"(?:,[ \t]+(?:(?:a|an|the|(?:[" + UPPER + r"][\w.-]*[ \t]+)?["
                                   + UPPER + r"][\w-]*['’]s)"
                                   r"[ \t]+[^,.;\n]{1,40}|(?P<apposed>[" + UPPER + r"][\w'’.-]*(?:[ \t]+["
                                   + UPPER + r"][\w'’-]*){1,3})"
                                   r"|[a-z](?:[^,.;\n]|(?<=[0-9])[,.](?=[0-9])"
                                   r"|,(?=[ \t]+[a-z]+(?:,|[ \t]+(?:and|or)\b))){1,100}),"
                                   r"(?:[ \t]+wh(?:o|ich)[ \t]+[^,.;\n]{1,100},)?)?"
                                   # (an aside: 'Batter, a Republican,', 'Nora Pell, Mr. Haskett's campaign manager,',
                                   # 'which represents about 9,000 bakers, drivers and packers,', and a relative
                                   # clause after it: 'Minera Alta, the operator, which is owned by')
                                   r",?[ \t]+(?:(?:himself|herself|itself|also|later)[ \t]+)?"
                                   r"(?:(?:issued|released|provided|put[ \t]+out|posted|sent|published|wrote|submitted"
                                   r"|delivered|filed)[ \t]+"
                                   r"|(?:said|says|wrote|added|replied|responded)[ \t]+(?:in|on)[ \t]+"
                                   r"|(?<=, )in[ \t]+(?=(?:a|an|the|his|her|its|their)[ \t]+(?:[a-z]+[ \t]+){0,2}"
                                   + _DOCUMENT + r"\b[^,.;\n]{0,80},[ \t]+(?:said|says|wrote|added|stated)\b)"
                                   # ('The FA in a statement on Tuesday said')
                                   r"|in[ \t]+(?=(?:a|an|the|his|her|its|their)[ \t]+(?:[a-z]+[ \t]+){0,2}"
                                   + _DOCUMENT + r"\b[^,.;\n\"“”]{0,40}?[ \t](?:said|says|wrote|added|stated)\b)"
                                   r"|[a-z][^.;\n\"“”]{0,100}?[ \t](?:but|and)[ \t]+(?:later[ \t]+)?said[ \t]+in[ \t]+"
                                   # (a predicate before: 'did not respond directly but said in a statement')
                                   r"|(?:was|were|is|are)[ \t]+(?:[a-z]+[ \t]+){1,2}in[ \t]+"
                                   r"|[a-z]+(?:ed|es)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?in[ \t]+)"
                                   r"(?:a|an|the|his|her|its|their)"
                                   r"[ \t]+(?:[a-z]+[ \t]+){0,2}" + _DOCUMENT + r"\b")
# A sentence's end inside a run of capitals: ". " in "Paul. Greyline" (after a word of three letters or more, so not
# the "St. " of "St. Paul" or the "J. " of "J. Smith").
SENTENCE_INSIDE = compile_pattern(r"(?<=[a-z]{3})\.[ \t]+(?=[A-Z])")
# A role in lower case before a name, and a word or two before it: "Party spokesman " in "Party spokesman Kevin Hale",
# "union chairman " in "union chairman Tayo Ade" (group 1: the role).
ROLE_BEFORE_NAME = compile_pattern(r"(?:[Tt]he[ \t]+)?(?:["
                                   + UPPER + r"][\w'’.-]*[ \t]+)?(?:[a-z]+[ \t]+)?([a-z]+)[ \t]+"
                                   r"(?=[A-Z])")
# A statement named before who issued it: "In a statement released through police, his family said" -> "his family";
# "In a statement Sunday, the Allegheny Food Bank said" -> "the Allegheny Food Bank"; "In a news release Tuesday, the
# Parks and Recreation Department said"; "In a statement, Dunn congratulated the winner"; "In a statement, the mayor's
# spokesman, Paul Dwyer, said" -> "Paul Dwyer", "the governor's press secretary, Ann Vell, said" -> "Ann Vell" (group
# "apposed"); "In a post on the company blog, Tom Reed, its vice president, said" -> "Tom Reed" (an aside after it);
# "Responding in writing to questions, the Health Network said" -> "the Health Network" (a response, not named); "In
# papers prepared for its board meeting, the Trust said" (no article before the document); "In a statement, the
# Borg family thanked" -> "the Borg family"; "In a letter, Tromsø municipality said"; "In a report, Ash Town
# Council's officers said" -> "Ash Town Council".
STATEMENT_FIRST = compile_pattern(r"(?:(?:\bIn|\b(?:[Bb]ut|[Hh]owever,|[Yy]et)[ \t]+in)[ \t]+"
                                  r"(?:(?:a|an|the|its|his|her|their)[ \t]+)?(?:[\w-]+[ \t]+){0,2}" + _DOCUMENT
                                  + r"\b|\b[Rr]e(?:spond|ply)ing[ \t]+(?:in[ \t]+writing[ \t]+)?to\b)"
                                  r"(?:[^,.\n]|\.(?=[ \t]+[0-9])|(?<=[0-9 ])[ap]\.m\.){0,80},[ \t]+"
                                  r"((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]+"
                                  r"(?:[a-z]+[ \t]+)?[a-z]+"
                                  r"(?:['’]s[ \t]+(?:[a-z]+[ \t]+)?[a-z]+,[ \t]+"
                                  r"(?P<apposed>[" + UPPER + r"][\w'’.-]*(?:[ \t]+[" + UPPER + r"][\w'’-]*){1,3}),)?"
                                  r"|(?:[Tt]he[ \t]+)?(?:[a-z]+[ \t]+){0,2}"
                                  r"(?:(?:["
                                  + UPPER + r"][\w'’.-]*|of|and|for|the|" + _BODY_PARTICLES + r")[ \t]+){0,7}"
                                  r"[" + UPPER + r"][\w'’-]*(?:(?<=\bCo)\.|(?<=\bInc)\.|(?<=\bLtd)\.|(?<=\bCorp)\.)?"
                                  r"(?:[ \t]+(?:family|municipality|council|government))?)"
                                  r"(?:['’]s[ \t]+(?:officers|staff|lawyers|attorneys|representatives))?"
                                  r"(?:,[ \t]+(?:(?:a|an|the|its|his|her|their)[ \t]+[^,.;\n]{1,40}"
                                  r"|wh(?:o|ich|ere)[ \t]+(?:[^,.;\n]|(?<=[0-9])[,.](?=[0-9])){1,80}),)?"
                                  r"[ \t]+(?:said|says|added|wrote|told|calls|[a-z]+(?:ed|es)|claims|warns|insists"
                                  r"|tells)\b")
# A document and who it came from, named after it: "a statement from his communications director, Brent Salt",
# "a letter from Ana Lind", "a statement later in the day from its manager, Lor Kacz", "A press release from the Chief
# Minister's Office", "a statement from the Bank of England" (a body's name may hold 'of', 'and', 'for'; not who asked
# in "a reply to questions from the Beacon Journal"); a body in lower case, its verb after it: "A victim impact
# statement from the club's committee was read".
DOCUMENT_FROM = compile_pattern(r"\b" + _DOCUMENT + r"(?:[ \t]+(?!to\b)[a-z]+){0,4}?[ \t]+from[ \t]+"
                                r"(?:(?:his|her|their|its|the)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?[a-z]+,[ \t]+"
                                r"|the[ \t]+(?=[A-Z]))?"
                                r"((?:[" + UPPER + r"][\w'’.&-]*[ \t]+(?:(?:of|and|for)[ \t]+(?:the[ \t]+)?)?){0,3}"
                                r"[" + UPPER + r"][\w'’-]*"
                                r"|the[ \t]+[a-z]+['’]s[ \t]+[a-z]+(?=[ \t]+(?:was|were|is|are|read|said)\b))")
# What shows a name is a place's: ", where" in "a statement from Springfield, where he was visiting", ", Ill.".
PLACE_CLAUSE = compile_pattern(r",[ \t]+(?:where\b|[" + UPPER + r"][a-z]{1,4}\.)")
# A document and who shared it, in a relative clause after it: "The post, which Sen. Colby Rutt shared".
DOCUMENT_SHARED = compile_pattern(r"\b" + _DOCUMENT + r",?[ \t]+which[ \t]+((?:[" + UPPER + r"][\w'’.-]*[ \t]+){0,3}["
                                  + UPPER + r"][\w'’-]*)"
                                  r"[ \t]+(?:shared|posted|wrote|sent|issued|released|published|signed)\b")
# A document and who wrote it, named after it: "A legal memo prepared for the council by City Attorney Leonard
# Vukovich", "a letter signed by Ana Lind", "A statement prepared by the club chairwoman, Ann Lee,".
DOCUMENT_BY = compile_pattern(r"\b" + _DOCUMENT + r"[ \t]+(?:prepared|written|drafted|sent|signed|issued)[ \t]+"
                              r"(?:(?:for|to)[ \t]+(?:the[ \t]+)?[a-z]+[ \t]+)?by[ \t]+"
                              r"(?:(?:the|his|her|its|their)[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]+,[ \t]+)?"
                              r"((?:[" + UPPER + r"][\w'’.-]*[ \t]+){0,4}[" + UPPER + r"][\w'’-]*)")
# An aside set off by commas between a subject and its verb: ", the industry's main lobby group, " in 'The
# Association of American Railroads, the industry's main lobby group, said'; ", which sells to 900,000 firms, ";
# ", based in San Jose, Calif., ".
ASIDE_BEFORE_VERB = compile_pattern(r",[ \t]+(?:which|the|a|an|its|based|headquartered|in|on)\b"
                                    r"(?:[^,.;:\n]|(?<=[0-9])[,.](?=[0-9])){1,80}(?:,[ \t]+["
                                    + UPPER + r"][\w.]*)?,[ \t]+$")
#: Words that may open a group's description: 'Some analysts', 'Two lawmakers', 'The protesters'.
_GROUP_DETERMINERS = frozenset("the some many several two three four five dozens hundreds thousands other local most "
                               "all both".split())
_PREPOSITIONS = frozenset({"of", "from", "for", "at", "in", "on", "with", "across", "near"})
#: Words that end a prepositional phrase after a group ('Voters in Iowa will ...'): prepositions, pronouns, auxiliaries.
_NOT_IN_PHRASE = _PREPOSITIONS | PRONOUNS | frozenset(
    "will would are is were was have has had can could may might should must did do does and or but who which that "
    "say says".split())
# An object pronoun of each gender: " him" in "A man in the crowd heckled him.", " her" in "thanked her.", "asked her
# whether" (not the possessive: "held her child").
OBJECT_PRONOUN = {"he": compile_pattern(r"\bhim(?:self)?\b"),
                  "she": compile_pattern(r"\bher(?:self\b|(?=[ \t]*[.,;:!?)]"
                                         r"|[ \t]+(?:to|about|in|at|on|for|with|from|and|that|as|by|over|after|before"
                                         r"|when|if|but|or|back|again|up|down|off|out|why|how|whether|what)\b))")}
# A pronoun of each gender in the sentence that brings someone in: "his" in "who asked that his name not be used".
_OWN_PRONOUN = {"he": compile_pattern(r"\b(?:he|his|him|himself)\b"), "she": compile_pattern(r"\b(?:she|her|hers"
                                                                                             r"|herself)\b")}
_OTHER = {"he": "she", "she": "he"}
# Where a sentence starts: the text's start, a sentence's end and its closing marks, or a line break.
_SENTENCE_OPENS = r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)"
# What stands before someone new who opens a sentence: its start ("... divided. A retired driver").
_OPENS_SENTENCE = compile_pattern(_SENTENCE_OPENS + r"$")
# A lead-in phrase opening the sentence, then a comma: "At the hospital, " before "a woman whose husband ...", "A few
# yards away, " before "a man holding a rosary said",
# "Reached later by phone, " before "the man, who declined to give his name, said" (so no appositive), "At the post,
# where Norman Eub drinks on Thursdays, " before "a bartender who said she had known him".
_AFTER_LEAD_IN = compile_pattern(_SENTENCE_OPENS + r"(?:At|In|On|Outside|Inside|Near|Among|Across|During|After|Before"
                                 r"|Along|Behind|Nearby|Elsewhere|Meanwhile|Downtown|Later|Earlier|Late|Early"
                                 r"|Afterward|Reached|Asked|Speaking|Interviewed|Contacted|As|While|When|Back|Down|Up"
                                 r"|Farther|Further|Moments|Minutes|Hours|By|From|Around|Under|Through|Then|Next"
                                 r"|A[ \t]+(?:few|block|mile|couple|short|little|day|week))\b[^.!?\n,]{0,45}"
                                 r"(?:,[ \t]+(?:where|when|as|while)\b[^.!?\n,]{0,60})?,[ \t]+$")  # (", where Norman
# Eub drinks", ", as the first shift left")
# A word before a role that makes it another: "assistant " in "hired an assistant coach".
ASSISTANT_BEFORE = compile_pattern(r"\b(?:assistant|deputy|associate|vice)[ \t]+$", re.IGNORECASE)
# A role with the definite article and no name after a lead-in phrase, set before an appositive that describes its
# holder: ", the owner, " in "At the shop next door, the owner, a woman who said she had voted ..., said".
ROLE_BEFORE_APPOSITIVE = compile_pattern(r",[ \t]+the[ \t]+(?:[a-z'’-]+[ \t]+){0,2}[a-z]+,[ \t]+$")  # (after a lead-in:
# not 'The freshman senator, a former prosecutor,', who was named; nor 'for the same client, a retired driver,')
# A sentence that brings someone new in after its verb: "Among them was ", "In the audience was ", "The first to
# reach the car was ", "There was " (not "one of the suspects was a former guard": a predicate).
_AFTER_INVERSION = compile_pattern(_SENTENCE_OPENS + r"(?:(?:Among|In|At|On|Outside|Inside|Near|Behind|Beside|Seated"
                                   r"|Standing|Sitting|Waiting|Also)\b[^.!?\n,]{0,45}|The[ \t]+(?:first|last|only)\b"
                                   r"[^.!?\n,]{0,45}|There)[ \t]+(?:was|were)[ \t]+$")
# A name brought in after an inverted verb, before its appositive: "was Georgette Tindall, " in "Among them was
# Georgette Tindall, a 61-year-old retired Army nurse,".
INVERTED_NAME_BEFORE = compile_pattern(r"\b(?:was|were)[ \t]+[" + UPPER + r"][\w.'’-]*(?:[ \t]+["
                                       + UPPER + r"][\w.'’-]*){0,3},[ \t]+$")
# Someone picked out of a group before their description in apposition: "One of them, " before "a radio reporter
# from Huntsville, said she ...", "Another, ".
_ONE_OF = r"(?:[ \t]+of[ \t]+(?:them|those|the[ \t]+[a-z]+))?,[ \t]+$"
ONE_OF_THEM = compile_pattern(r"\b(?:[Oo]ne|[Aa]nother)" + _ONE_OF)
# The same opening its sentence: "Witnesses said he coughed. One of them, " before "a radio reporter".
_AFTER_ONE_OF = compile_pattern(_SENTENCE_OPENS + r"(?:One|Another)" + _ONE_OF)
# A relative clause of saying right after a description, its subject's own pronoun next: " who said she" in "a
# bartender who said she had known him for 40 years".
_RELATIVE_SAID = compile_pattern(r"[ \t]+who[ \t]+(?:said|says|told[ \t]+\w+)[ \t]+(?:that[ \t]+)?(?:he|she)\b")
#: How far before a description the sentence opening it, or its lead-in phrase, is looked for.
_LEAD_IN_REACH = 130
#: How far back someone new of a role may have been brought in for 'the <role>' to be them.
_INTRODUCED_REACH = 1500
#: How many paragraphs back a description may stand from the pronoun that refers to it.
_MAX_PARAGRAPHS_BACK = 3


def quoted_before(text: str, paragraphs_apart: int, previous: Quote | None, pronoun: str, position: int) -> str | None:
    """The description of someone new that the quote before was attributed to, near enough (``paragraphs_apart``
    from ``position``), of the pronoun's gender, with nobody else described between in the narrative (up to
    ``position``, where the quote or its pronoun stands): '"...," a spokesman for the ministry said. "...," he
    added.' -> 'a spokesman for the ministry'; never one who asked a question before."""
    if previous is None or not previous.speaker or previous.speaker_span is None \
            or paragraphs_apart > _MAX_PARAGRAPHS_BACK or asks(previous):
        return None
    words = previous.speaker.lower().split()
    role = next((w for w in words if w in PERSON_ROLES), None)
    if words[0] not in _INDEFINITE and not (words[0] == "the" and (
            _ANONYMOUS_SPEAKERS.intersection(words[1:]) or (role is not None and introduced(
                text, role, max(0, previous.speaker_span.start - _INTRODUCED_REACH), previous.speaker_span.start)))):
        return None  # (someone new, or 'the man' after 'A man in a red T-shirt')
    if role is None or not _fits(role, pronoun) \
            or _describes_anyone(text, max(previous.speaker_span.end, previous.end), position):  # (the narrative
        return None  # only: not 'One man brought a fishing license.' quoted)
    return previous.speaker


def asks(quote: Quote) -> bool:
    """Whether a quote is a question, whose asker is not the he or she who answers it: '"Did anyone call the
    families?" one reporter asked. "...," she said.'."""
    return quote.text.rstrip(" \"'”’").endswith("?")


def narrated(text: str, start: int, end: int, pronoun: str,
             unheld: Callable[[str, int], bool] | None = None) -> tuple[str, int] | None:
    """The person last described in ``text[start:end]``, when they are the subject of a speech verb ('A company
    spokesman said', ', a company spokesman said', 'The spokesman, who asked not to be named, told Reuters') or
    stand after one (', said a spokesman for X'), of the pronoun's gender; and where the description starts.
    None when anyone else is described after them ('A ministry spokesman declined to comment'). A role after 'the'
    is someone new only when introduced before ('A nurse who worked there said ... the nurse'), or when it is of
    a body and ``unheld`` says no one holds it before where it stands ('from the clinic's nurse, who said')."""
    found: tuple[str, int] | None = None
    found_end = -1  # (where the description found ends)
    covered = start  # (an appositive inside the description found: 'The spokesman, an official who ...')
    for m in DESCRIBED_PERSON.finditer(text, start, end):
        if m.start() < covered or not _fits(m.group(1).lower(), pronoun) \
                or (found is not None and not _opens_clause(text, start, m.start())):
            continue  # (someone inside the clause of the one found: 'said the chief had been', 'the rape of a woman')
        if found is not None and found_end == m.start() - 2 and text[found_end:m.start()] == ", ":
            continue  # the one found, in apposition: 'Another shopper, a retired librarian, was unimpressed.'
        found = None
        words = m.group().lower().split()
        brought_in = False  # ('the nurse' after 'A 34-year-old nurse who worked there said' is her)
        if words[0] == "the" and _ANONYMOUS_ROLES.isdisjoint(words) and _OF_SOMEONE_NEW.match(text, m.end()) is None \
                and _ORDINALS.isdisjoint(words[1:2]) \
                and not (len(words) == 3 and words[1].endswith(("'s", "’s")) and words[2] in KIN_NOUNS) \
                and not (brought_in := introduced(text, m.group(1).lower(), max(0, m.start() - _INTRODUCED_REACH),
                                                  m.start())) \
                and not (unheld is not None and (any(word.endswith(("'s", "’s")) for word in words[1:-1])
                                                 or _OF_A_BODY.match(text, m.end()) is not None)
                         and unheld(m.group(1).lower(), m.start())):
            continue  # ('the president' may be someone named before; 'the owner of a hardware store' and 'the second
            # staffer who spoke to us' are new; so are the clinic's nurse and the head of the farmers' union where no
            # one holds the role before)
        toks = tokenize(text, m.start(), min(end, m.start() + 240))
        phrase = read_phrase(toks, 0, after_verb=True)
        if phrase is None or phrase.kind != "description":
            continue
        if phrase.end + 1 < len(toks) and toks[phrase.end].text == "," and toks[phrase.end + 1].lower in PRONOUNS:
            continue  # an appositive of the pronoun after it: 'A former Army logistics officer, he has a habit of'
        j = skip_to_verb(toks, phrase.end)
        described_end = phrase.end  # (the description runs on through its modifiers to its verb)
        who = phrase.end + (phrase.end < len(toks) and toks[phrase.end].text == ",")
        speaks_in_relative = who + 1 < len(toks) and toks[who].lower == "who" \
            and toks[who + 1].lower in _RELATIVE_SPEECH_VERBS and text[max(start, m.start() - 2):m.start()] != ", "
        # ('heard from a widow, who told lawmakers that'; not 'Dana Whit, a nurse who said': her appositive)
        if j is not None and j < len(toks) and toks[j].lower in ("who", "whose"):
            j = _verb_after_relative(toks, j)  # ('A dentist who asked not to be named said she ...', 'a woman whose
            # husband was hurt said')
        elif j is not None and 0 < j < len(toks) and toks[j].lower.endswith("ing") and toks[j - 1].text == "," \
                and (after := _verb_after_aside(toks, j - 1)) is not None:
            j = after  # a participle's aside before the speech verb: 'one taxi owner, who runs four minibuses,
            # fearing he would be pushed out, said'
        elif j is not None and j < len(toks) and not is_verb(toks[j]) and toks[j].text.islower():
            modified_end = _modifiers_end(toks, j)  # ('An election judge at a Lakewood voting center said')
            if modified_end < len(toks) and toks[modified_end].lower in SPEECH_VERBS:
                j = described_end = modified_end
            elif modified_end + 1 < len(toks) and toks[modified_end].text == "," \
                    and toks[modified_end + 1].lower in ("who", "whose") \
                    and (after := _verb_after_relative(toks, modified_end + 1)) is not None:
                j, described_end = after, modified_end  # and a relative clause set off after them: 'A man in a
                # snowmobile suit, who said he lives on the circle, told the council'
        if text[max(start, m.start() - 2):m.start()] == ", " and phrase.end < len(toks) \
                and (toks[phrase.end].text == "," or (j is not None and 0 < j < len(toks) and toks[j - 1].text == ","))\
                and not _AFTER_LEAD_IN.search(text, max(0, m.start() - 60), m.start()) \
                and not ONE_OF_THEM.search(text, max(0, m.start() - 24), m.start()) \
                and not ROLE_BEFORE_APPOSITIVE.search(text, max(0, m.start() - 40), m.start()):
            continue  # an appositive ('Willie Minor, an actor in Dallas, recalled'; 'Emily Hathcock, a researcher at
            # the University of Nevada, Reno, says'), no one new (but 'the owner, a woman who said she ...,' is)
        if j is not None and j < len(toks) and OBJECT_PRONOUN[pronoun].search(
                text, toks[j].start, toks[min(j + 2, len(toks) - 1)].end) is not None:
            continue  # someone of the pronoun's gender is the object of their verb: 'A student had asked her whether
            # she was coming back.' leaves 'she' to who was asked
        if (j is not None and j < len(toks) and is_verb(toks[j]) and _opens_clause(text, start, m.start())) \
                or speaks_in_relative \
                or (not brought_in and ((_after_inverted_verb(text, start, m.start())
                                         and not (phrase.end < len(toks) and toks[phrase.end].lower in AUXILIARIES))
                                        or _introduced_as_subject(text, m, pronoun, end))):  # (not 'Lucian Marsh, a
            # lawyer, said his uncle had kept every letter': the subject of what was said)
            found = (" ".join(t.text for t in toks[:described_end]).replace(" , ", ", "), m.start())
            found_end = toks[described_end - 1].end
            covered = toks[j].start if j is not None and j < len(toks) else m.end()
    return found


#: Speech verbs of a relative clause that make the one it is about a speaker wherever they stand: 'told' in 'The panel
#: heard from a widow, who told lawmakers that the pension stopped.'
_RELATIVE_SPEECH_VERBS = frozenset({"told", "said", "testified", "recalled", "explained", "described", "wrote",
                                    "insisted", "warned", "argued"})


def _verb_after_relative(toks: list[Token], who: int) -> int | None:
    """The speech verb of the main clause after a relative clause with no commas ('who asked not to be named said'):
    the last speech verb within a few words of 'who', not the relative clause's own first verb; or, when the clause
    ends at a comma with no speech verb, the one right after that comma ('who helped organize the recall, said') or
    after a phrase set off after it ('who follows the issue, speaking on condition of anonymity, said')."""
    found = None
    for k in range(who + 2, min(len(toks), who + _RELATIVE_MAX_TOKENS)):
        if not toks[k].text[:1].isalnum():  # (a number is a word of the clause: "since 1982")
            if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower in SPEECH_VERBS:
                return k + 1  # ('who helped organize the recall, said': not 'recall')
            if found is None and toks[k].text == ",":
                return _verb_after_aside(toks, k)
            break
        if toks[k].lower in SPEECH_VERBS:
            found = k
    return found


def _modifiers_end(toks: list[Token], k: int) -> int:
    """Where a description's modifiers starting at ``k``, a preposition or a participle and its words, end: at their
    speech verb ('at a Lakewood voting center said', 'handing out bottled water at the church said') or at the comma
    after them ('in a snowmobile suit, who said'), if one comes soon with no clause or other verb's subject between;
    else ``k``."""
    if toks[k].lower not in _PREPOSITIONS and not toks[k].lower.endswith("ing") \
            and not (toks[k].lower == "and" and any(token.lower.endswith("ing") for token in toks[1:k])):
        return k  # (not a verb of the description's own: 'Her father welcomed the scheme but said'; but a
        # participle's objects go on: 'A vendor selling scallion and thyme from a handcart said')
    for at in range(k, min(len(toks), k + _MODIFIER_MAX_TOKENS)):
        token = toks[at]
        if token.lower in SPEECH_VERBS and (token.lower.endswith(("d", "s")) or token.lower in ("wrote", "spoke")):
            return at  # ('said', 'says', 'told'; not 'counter' in 'A man at the counter')
        if token.text == ",":
            return at
        if not token.text[:1].isalnum() or token.lower in _CLAUSE_OPENERS or token.lower in PRONOUNS \
                or past_tense(token.lower):
            break  # (a verb of the description's own: 'A man in the audience stood up and shouted')
    return k


#: How many words a description's modifiers may run before its speech verb: 'handing out bottled water at the
#: church'.
_MODIFIER_MAX_TOKENS = 18
#: Words that open a clause of their own after a description, whose verb is not the description's.
_CLAUSE_OPENERS = frozenset({"who", "whose", "which", "that", "when", "where", "while", "because", "as", "if"})


def _verb_after_aside(toks: list[Token], comma: int) -> int | None:
    """The speech verb right after the comma that closes a phrase opened at ``comma``, if it comes soon."""
    for k in range(comma + 2, min(len(toks) - 1, comma + _ASIDE_MAX_TOKENS)):
        if toks[k].text == ",":
            return k + 1 if toks[k + 1].lower in SPEECH_VERBS else None
    return None


#: How far a relative clause with no commas may run before the main clause's verb.
_RELATIVE_MAX_TOKENS = 20
#: How far a phrase set off by commas after a relative clause may run: ', speaking on condition of anonymity to
#: discuss private talks,'.
_ASIDE_MAX_TOKENS = 20


def _opens_clause(text: str, start: int, at: int) -> bool:
    """Whether a description at ``at`` opens its sentence or a reporting clause: at the start, after a sentence
    end, after ', ' ('..., a company spokesman said') or 'But ' (not 'told a voter', nor 'when a voter asked')."""
    window = text[max(start, at - 6):at]
    before = window.rstrip()
    return not before or window[len(before):].count("\n") > 0 or before[-1] in ".!?,:;\"”'’" \
        or before.endswith(("But", "And", "but", "and"))  # (a line break before it: it opens its paragraph)


def _introduced_as_subject(text: str, m: re.Match[str], pronoun: str, until: int) -> bool:
    """Someone new brought into the story as a sentence's subject, whose gender the role or a pronoun of their own
    sentence tells: 'A 40-year-old woman was fined after ...', 'At the shelter, a mother of three held her child',
    'Among them was a warehouse worker who asked that his name not be used'; or told by none, in the last sentence
    before ``until`` (the quote): 'At the barricade, a police officer watched the marchers pass.' then '"...," he
    said'; never with someone of that gender as their object ('A man in the front row heckled him' leaves the
    pronoun to who was heckled)."""
    if m.group().split(None, 1)[0].lower() not in ("a", "an", "one", "another"):
        return False
    lo = max(0, m.start() - _LEAD_IN_REACH)  # (searched in place: a slice's start is no sentence's)
    if not any(pattern.search(text, lo, m.start())
               for pattern in (_OPENS_SENTENCE, _AFTER_LEAD_IN, _AFTER_INVERSION, _AFTER_ONE_OF)):
        return False
    line_end = text.find("\n", m.end())  # (the sentence ends with its paragraph: "thing.\n\n''The" too)
    stop = SENTENCE_END.search(text, m.end())
    end = min(stop.start() if stop is not None else len(text), line_end if line_end >= 0 else len(text))
    sentence = text[m.end():end].rstrip(".!?")
    if OBJECT_PRONOUN[pronoun].search(sentence) is not None:
        return False
    role = m.group(1).lower()
    own, other = _OWN_PRONOUN[pronoun], _OWN_PRONOUN[_OTHER[pronoun]]
    if role in (FEMALE_ROLES if pronoun == "she" else MALE_ROLES):
        return True
    mine, theirs = own.search(sentence), other.search(sentence)
    if mine is None and theirs is None and role not in (MALE_ROLES if pronoun == "she" else FEMALE_ROLES):
        return not text[end:until].strip(" \t\n.!?\"'“”‘’") \
            and INVERTED_NAME_BEFORE.search(text, max(0, m.start() - _LEAD_IN_REACH), m.start()) is None  # (the last
        # sentence before the quote; no appositive of a name: 'Among them was Georgette Tindall, a retired nurse,')
    return mine is not None and (theirs is None or (mine.start() < theirs.start() and _RELATIVE_SAID.match(sentence)
                                                    is not None))  # ('a bartender who said she had known him')


def _after_inverted_verb(text: str, start: int, at: int) -> bool:
    """', said a spokesman for X': a speech verb that may stand before its subject, a comma before it."""
    m = _VERB_BEFORE.search(text, max(start, at - 20), at)
    return m is not None and m.group(1) in SPEECH_VERBS and m.group(1) not in OBJECT_VERBS \
        and text[max(start, m.start() - 2):m.start()].strip() in (",", "")


def group_subject(text: str, start: int, end: int) -> str | None:
    """The group the last sentence of ``text[start:end]`` opens with as its subject, for a 'they' quoted after it:
    'Officials from the agency met on Monday.' -> 'Officials from the agency'; None when that sentence opens with
    anything else ('The plan failed.', 'Ana Lind and her aides left.')."""
    stretch_end = len(text[start:end].rstrip()) + start
    sentence = _last_sentence_start(text, start, stretch_end)
    toks = tokenize(text, sentence, min(stretch_end, sentence + 160))
    k = 1 if toks and toks[0].lower in _GROUP_DETERMINERS else 0
    for j in range(k, min(k + 4, len(toks))):  # up to three modifiers: 'Two senior Democratic lawmakers'
        low = toks[j].lower
        if low in BARE_SUBJECTS and low != "another":
            end_of_group = _prepositional_phrase(toks, j + 1)
            after = toks[end_of_group] if end_of_group < len(toks) else None
            if after is None or not after.text[:1].islower() or after.lower in _PREPOSITIONS \
                    or after.lower in ("and", "or", "but"):  # ('Officials of the town and of the county')
                return None
            return text[toks[0].start:toks[end_of_group - 1].end]
        if not toks[j].text[:1].isalpha() or is_verb(toks[j]) or low in _NOT_IN_PHRASE:
            return None  # ('In another study they wrote': no group opens the sentence)
    return None


#: Common nouns of bodies that speak in the narrative: 'the union said', 'the club said'.
_SPEAKING_BODY_NOUNS = BODY_ROLES | BODY_NOUNS | NAMED_BODY_NOUNS


# A company's name opening a sentence, its suffix telling it is one, and the verb after it: "Acme Corp cut",
# "Brightwater Foods Inc. reported", "Harbor Holdings posted" (at a paragraph's start, after a sentence's end or after
# a dateline's agency and dash: "ADDIS ABABA, Nov 12 (Reuters) - Kenya Airways Group has").
COMPANY_OPENING = compile_pattern(r"(?:(?<=[.!?] )|(?<=[.!?][\"”] )|(?<=\n\n)|(?<=\) [-—–] )|(?<=\) -- ))[ \t]*"
                                  r"((?:[" + UPPER + r"][\w&'’.-]*[ \t]+){0,4}(?:"
                                  + "|".join(COMPANY_SUFFIXES) + r")\.?),?[ \t]+[a-z]")


def company_opening(text: str, start: int, end: int) -> str | None:
    """The company whose name opens the last sentence of ``text[start:end]`` that one opens, for a 'the company'
    quoted after it: 'Acme Corp cut its outlook.' -> 'Acme Corp'."""
    opening = COMPANY_OPENING.match(text, start, end) if start == 0 or text[start - 1] == "\n" else None
    found = [opening.group(1)] if opening is not None else []
    found += COMPANY_OPENING.findall(text, start, end)
    return found[-1] if found else None


# A body's name opening a sentence (or a dateline's story) as the subject of a verb, its own 'its' later in the
# sentence: "Salar Andino Minerals" in "SANTIAGO, Aug 14 (Bloomberg) - Salar Andino Minerals cut its production
# target" (group 1: a run of one to five capitalised words; group 2: the word after it, its verb).
BODY_LEADING = compile_pattern(r"(?:(?<=[.!?] )|(?<=\n)|(?<=[-—–] )|(?<=--))[ \t]*"
                               r"((?:[" + UPPER + r"][\w&'’.-]*[ \t]+){0,4}["
                               + UPPER + r"][\w&'’-]*)[ \t]+([a-z]{2,})\b"
                               r"[^.!?\n]{0,80}?\bits\b")
#: Verbs whose past is their present: 'cut' in 'Salar Andino Minerals cut its target'.
_PAST_AS_PRESENT = frozenset("cut put set hit shut quit split spread let bid cost".split())
#: How far back a company's name opening a sentence is looked for, for a 'the company'.
_COMPANY_REACH = 3000


def company_named_before(text: str, end: int) -> str | None:
    """The body whose name last opened a sentence as the subject of its verb, with an 'its' after it, before ``end``:
    'Salar Andino Minerals' for a 'the company' after 'Salar Andino Minerals cut its production target' (not a person:
    'Ana Lind cut its budget' has a given name)."""
    found = None
    for m in BODY_LEADING.finditer(text, max(0, end - _COMPANY_REACH), end):
        name, verb = m.group(1), m.group(2)
        if not (past_tense(verb) or verb.endswith("s") or verb in _PAST_AS_PRESENT):
            continue  # (no verb after it: 'German freight forwarder Nordhagen Logistik cut its')
        parsed = parse_run(name) if " " in name else None
        if name.split(" ", 1)[0].lower() not in NOT_NAME_START and not (parsed is not None and (parsed.given
                                                                                                 or parsed.titled)):
            found = name
    return found


def body_named_holding(text: str, words: list[str], end: int) -> str | None:
    """The name of a body before ``end`` that holds every word of the description ``words`` ('the', then words in
    lower case, its noun last), the noun in capitals: 'Pike County Board of Elections' for 'the elections board',
    'Tenants Alliance of Mombasa' for 'the alliance'; None when no name holds them, or names of two bodies do (the
    ministry of the story and one named in passing: the description stays).

    >>> body_named_holding('The Pike County Board of Elections met. It', ['the', 'elections', 'board'], 40)
    'Pike County Board of Elections'
    """
    noun = words[-1].capitalize()
    found: dict[str, str] = {}  # each name holding the words, folded, to the last one written so
    at = text.rfind(noun, 0, end)
    while at > 0:
        if not text[at - 1].isalnum() and not text[at + len(noun):at + len(noun) + 1].isalnum():
            name = _capitalised_run_around(text, at, at + len(noun))
            held = name.lower().split() if name is not None else ()
            if len(held) > 1 and all(word in held for word in words[1:]):
                found.setdefault(name.lower(), name)
        at = text.rfind(noun, 0, at)
    return next(iter(found.values())) if len(found) == 1 else None


# A capitalised word right before a position: "County " in "Pike County Board".
_CAPITALISED_BEFORE = compile_pattern(r"[" + UPPER + r"][\w&'’.-]*[ \t]$")
# A capitalised word, or one of the small words in a body's name and the capitalised word after it, right at a
# position: " of Elections" in "Board of Elections met".
_CAPITALISED_AFTER = compile_pattern(r"[ \t](?:(?:of|for|and|on)[ \t])?[" + UPPER + r"][\w&'’-]*")
#: A body's name holds at most this many words on either side of its noun.
_NAME_SIDE_WORDS = 5


def _capitalised_run_around(text: str, start: int, end: int) -> str | None:
    """The run of capitalised words around ``text[start:end]``, without an article opening it; None when it owns
    what follows."""
    for _ in range(_NAME_SIDE_WORDS):
        word = _CAPITALISED_BEFORE.search(text, max(0, start - 32), start)
        if word is None or word.group().rstrip() == "The":
            break
        start = word.start()
    for _ in range(_NAME_SIDE_WORDS):
        if text.endswith(("'s", "’s"), start, end):
            return None  # an owner's name, in passing: 'a former director of the Ministry of Trade's Information
            # Centre'
        word = _CAPITALISED_AFTER.match(text, end)
        if word is None:
            break
        end = word.end()
    return None if text.endswith(("'s", "’s"), start, end) else text[start:end]


def statement_issuer(text: str, start: int, end: int) -> str | None:
    """Who the narrative of ``text[start:end]`` says put out a statement, for a 'the statement said' or an 'it
    said' quoted after it: 'The Fair Association released a statement on Friday.' -> 'The Fair Association';
    'Holloway herself issued a brief statement' -> 'Holloway'; 'Cook provided a written statement' -> 'Cook'; 'The
    hospital said in a statement that ...' -> 'The hospital'; for 'the email said' or 'the memo states' too: 'A legal
    memo prepared for the council by City Attorney Leonard Vukovich' -> 'Leonard Vukovich'."""
    issuers = sorted([(m.start(), _titled_name(m.group("apposed") or _issuer_words(m.group(1))))
                      for m in STATEMENT_ISSUED.finditer(text, start, end)]
                     + [(m.start(), _name_in(m.group(1))) for m in DOCUMENT_BY.finditer(text, start, end)]
                     + [(m.start(), _name_in(m.group(1))) for m in DOCUMENT_FROM.finditer(text, start, end)
                        if PLACE_CLAUSE.match(text, m.end()) is None]  # (not 'a statement from Springfield, where
                     # he was visiting')
                     + [(m.start(), _name_in(m.group(1))) for m in DOCUMENT_SHARED.finditer(text, start, end)]
                     + [(m.start(), _titled_name(m.group("apposed") or _issuer_words(m.group(1))))
                        for m in STATEMENT_FIRST.finditer(text, start, end)])
    if not issuers or issuers[-1][1].lower() in PRONOUNS:
        return None  # ('She issued a statement': whoever she is, not found here)
    issuer = issuers[-1][1]
    while " " in issuer and issuer.rsplit(" ", 1)[1] in VERB_MODIFIERS:
        issuer = issuer.rsplit(" ", 1)[0]  # an adverb before the verb: 'The directorate later said in a statement'
    if issuer.lower() in ("the", "a", "an"):
        return None
    if issuer.isupper() and issuer.isalpha():  # a body by its initials: the name they were first given after
        for m in NAME_AND_INITIALS.finditer(text, 0, start):
            if m.group(2) == issuer:
                return m.group(1).rstrip()  # ('the Karnataka Urban Rail Corporation (KURC)' ... 'KURC, in a statement')
    return issuer


# A body's name and the initials it goes by after, in brackets: "Karnataka Urban Rail Corporation (KURC)" (group 1
# the name, group 2 the initials).
NAME_AND_INITIALS = compile_pattern(r"((?:["
                                    + UPPER + r"][\w'’&.-]*[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?){1,7}?)"
                                    r"\(([A-Z]{2,6})\)")


def _issuer_words(run: str) -> str:
    """The words of a statement's issuer: a run of capitals from its last sentence on ('Paul. Greyline' after 'to St.
    Paul.' -> 'Greyline'), past a role in lower case before a name ('Party spokesman Kevin Hale' -> 'Kevin Hale')."""
    run = SENTENCE_INSIDE.split(run)[-1]
    role = ROLE_BEFORE_NAME.match(run)
    return run[role.end():] if role is not None and role.group(1) in PERSON_ROLES else run


def _titled_name(run: str) -> str:
    """A person's name without the titles before it or the place after it ('Alberta Energy Minister Rochelle Boyd' ->
    'Rochelle Boyd', 'Laura Eckhardt of Lexington' -> 'Laura Eckhardt'); a body's name as written ('The Residential
    Tenancies Board')."""
    parsed = parse_run(run) if " " in run else None
    titled = parsed is not None and (parsed.titled or run.split(" ", 1)[0].lower().rstrip(".") in NAME_TITLES)
    return parsed.name if parsed is not None and (titled or parsed.given) else run  # ('SP Ade Bello': a rank)


def _name_in(run: str) -> str:
    """The name in a run of capitals that may open with titles: 'City Attorney Leonard Vukovich' -> 'Leonard
    Vukovich'; a body's name with words in lower case as it stands: 'Bank of England'."""
    if " of " in run or " and " in run or " for " in run:
        return run
    parsed = parse_run(run)
    return parsed.name if parsed is not None else run


def person_narrated(text: str, start: int, end: int) -> bool:
    """Whether the narrative of ``text[start:end]`` last reports a person speaking ('Prices fell, Ana Lind, the
    mayor, said.'), so an 'it' after it is no body quoted before."""
    name = _narrated_subject(text, start, end)
    if name is None or name[:4].lower() == "the ":
        return False  # ('The paper said', 'the spokesman said': no one named)
    return _body(name) is None


def body_narrated(text: str, start: int, end: int) -> str | None:
    """The body the narrative of ``text[start:end]`` last reports speaking, for an 'it' quoted after it: '...,
    the Bundesbank said.' -> 'the Bundesbank'; '..., the company said in a statement.' -> 'the company'; None
    when the last speaker there is a person ('..., Ana Lind said.') or none speaks."""
    name = _narrated_subject(text, start, end)
    return _body(name) if name is not None else None


def _narrated_subject(text: str, start: int, end: int) -> str | None:
    """Who the narrative of ``text[start:end]`` last reports speaking, as written: 'the Bundesbank', 'Ana Lind'; past
    an 'It said' to the body named speaking before it ('Trailmark said in its release ... It said it had ...')."""
    verbs = list(_BODY_VERB.finditer(text, start, end))
    for found in reversed(verbs[-_IT_SAID_BACK:]):
        subject = _subject_before(text, start, found)
        if subject is None or subject.lower() != "it":
            return subject
    return None


def _subject_before(text: str, start: int, found: re.Match[str]) -> str | None:
    """The subject opening the clause of the verb ``found``: 'the Bundesbank' in ', the Bundesbank said'."""
    subject = None
    if (aside := ASIDE_BEFORE_VERB.search(text, max(start, found.start() - 100), found.start())) is not None:
        subject = _BODY_SUBJECT.search(text, max(start, aside.start() - 60), aside.start() + 2)  # ('The Association
        # of American Railroads, the industry's main lobby group, said': the name before the aside)
    if subject is None:
        subject = _BODY_SUBJECT.search(text, max(start, found.start() - 60), found.start())
    return subject.group(1) if subject is not None else None


def _body(name: str) -> str | None:
    """``name`` when it names a body ('the defence ministry', 'the union', 'Boeing'), not a person ('the spokesman',
    'Ana Lind')."""
    if name.lower() in PRONOUNS or name.lower() in ("the", "a", "an") or is_known_place(name):
        return None  # ('It said it made a fair offer.': whatever it is, not found here; 'The added security'; 'of
        # Bismarck, N.D., said': a place)
    head = name.split(None, 1)[1] if name[:4].lower() == "the " else name
    if head.islower():
        return name if head.rsplit(None, 1)[-1] in _SPEAKING_BODY_NOUNS else None
    return name if not person_like(head) or "&" in head or (" " not in head and head.lower() not in GIVEN_NAMES) \
        else None  # ('Crocus & Clove')


def _last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence of ``text[start:end]`` opens (past any opening marks)."""
    at = start
    for m in SENTENCE_END.finditer(text, start, end):
        if m.end() < end and not (text[m.start()] == "." and abbreviation_before(text, m.start())):
            at = m.end()
    while at < end and text[at] in "\"“”'‘’ \t\n":
        at += 1
    return at


def _prepositional_phrase(toks: list[Token], j: int) -> int:
    """Past 'from the agency', 'of the village', 'in Ohio' after a group's noun (at most four words after the
    preposition, up to a verb: 'Officials from the agency met'), or ``j`` when none follows."""
    if j >= len(toks) or toks[j].lower not in _PREPOSITIONS:
        return j
    k = j + 1
    while k < min(j + 5, len(toks)) and toks[k].text[:1].isalpha() and not is_verb(toks[k]) \
            and not past_tense(toks[k].lower) and toks[k].lower not in _NOT_IN_PHRASE:
        k += 1
    if k == j + 1 or toks[k - 1].lower in ("the", "a", "an"):
        return j
    return _prepositional_phrase(toks, k) if k < len(toks) and toks[k].lower in _PREPOSITIONS else k


def introduced(text: str, role: str, start: int, end: int, after_be: bool = False) -> bool:
    """Whether someone new of ``role`` is introduced between ``start`` and ``end``: 'A spokesman for the board
    said ...' stands between a spokesman quoted before and a later 'the spokesman said' (with ``after_be``, also
    after an inverted 'was': 'Among them was a hog farmer')."""
    at = text.find(role, start, end)
    while at >= 0:
        if text[max(0, at - 4):at].lower() == "the " and not text[at + len(role):at + len(role) + 1].isalpha() \
                and (_OF_SOMEONE_NEW.match(text, at + len(role)) or NEW_PERSON_APPOSED.match(text, at + len(role))):
            return True  # ('That did not satisfy the principal of a local school.', 'The driver, a man in his 60s,')
        if (m := INTRODUCED_BEFORE.search(text, max(start, at - 40), at)) is not None \
                and (not _said_of_someone(text, m.start())
                     or (after_be and _AFTER_INVERSION.search(text, max(0, m.start() - _LEAD_IN_REACH), m.start()))) \
                and not text[at + len(role):at + len(role) + 1].isalpha() \
                and ASSISTANT_BEFORE.search(text, max(0, at - 12), at) is None:
            return True  # (a whole word: not 'a memo to county clerks' before 'the clerk'; nor 'an assistant coach',
            # who holds another role than 'the coach')
        at = text.find(role, at + len(role), end)
    return False


def _said_of_someone(text: str, position: int) -> bool:
    """Whether a description at ``position`` is said of someone already there, in apposition to a name or an age or
    as a predicate: 'Robichaux, a three-term congresswoman', 'Yaritza, 19, a student', 'who worked as a nurse', 'is
    a nurse' (not 'Pertamina found oil, a company spokesman said')."""
    before = text[max(0, position - 30):position].split()[-1:]
    if not before:
        return False
    if before[0].endswith(","):
        return before[0][:1].isupper() or before[0][:-1].isdigit()
    return before[0] in _PREDICATE_WORDS


#: Words before a description that make it said of someone already there: 'worked as a nurse', 'is a nurse'.
_PREDICATE_WORDS = frozenset({"as", "is", "was", "been", "became", "becomes"})


def _fits(role: str, pronoun: str) -> bool:
    """Whether a role may be the pronoun's person: 'spokesman' for 'he', not for 'she'."""
    return role not in (FEMALE_ROLES if pronoun == "he" else MALE_ROLES)


def _describes_anyone(text: str, start: int, end: int) -> bool:
    """Whether a role noun stands in ``text[start:end]``: someone else may be described there."""
    return not PERSON_ROLES.isdisjoint(LETTERS.findall(text[start:end].lower()))
