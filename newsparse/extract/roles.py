"""The roles an article gives its people ('Judge Robert Hanley', 'her attorney, Peter Dunleavy', 'Carmen
Villanueva, the president,'), and where it later calls one of them by the role alone ('The judge was unmoved').

>>> text = 'Judge Robert Hanley spoke. Her attorney, Peter Dunleavy, spoke. The judge was unmoved.'
>>> roles_named(text, 0, 6, 19), roles_named(text, 41, 41, 55)
(('judge',), ('attorney',))
>>> role_subjects(text, 0, len(text), [])
[(27, 39, 'attorney'), (64, 73, 'judge')]
>>> titled_roles('Sen. Ted Cruz'), titled_roles('Northwind CEO Karen Holt')
(('senator',), ('executive',))
>>> role_key(['the', 'chief', 'financial', 'officer']), role_key(['the', 'cfo']), role_key(['the', 'lawyer'])
('cfo', 'cfo', 'attorney')
"""

from __future__ import annotations

import functools

from ..lexicon.demonyms import COUNTRY_DEMONYMS, DEMONYMS
from ..lexicon.people import UPPER
from ..lexicon.regions import REGIONS, fold_place
from ..lexicon.speech import KIN_NOUNS, PERSON_ROLES
from ..lexicon.titles import CAPITALISED_TITLES, ROLE_ACRONYMS
from ..pattern_cache import compile_pattern, longest_first

#: Titles before a name and the role noun that later stands for the person: 'Sen. Cruz' ... 'the senator'.
TITLE_ROLES = {"sen": "senator", "senator": "senator", "gov": "governor", "governor": "governor",
               "rep": "congressman", "president": "president", "gen": "general", "general": "general",
               "mayor": "mayor", "secretary": "secretary", "minister": "minister", "judge": "judge",
               "chairman": "chairman", "chairwoman": "chairwoman", "director": "director", "chief": "chief",
               "adm": "admiral", "admiral": "admiral", "coach": "coach", "sheriff": "sheriff", "prosecutor":
               "prosecutor", "ambassador": "ambassador", "chancellor": "chancellor", "premier": "premier",
               "councillor": "councillor", "councilor": "councilor", "councilman": "councilman",
               "councilwoman": "councilwoman", "alderman": "alderman", "ald": "alderman", "const": "officer",
               "constable": "officer", "coroner": "coroner",
               "alderwoman": "alderman", "insp": "inspector", "inspector": "inspector",
               "supt": "superintendent", "superintendent": "superintendent", "sgt": "sergeant",
               "sergeant": "sergeant", "capt": "captain", "captain": "captain", "col": "colonel", "colonel": "colonel",
               "bishop": "bishop", "archbishop": "archbishop", "cardinal": "cardinal", "pope": "pope",
               "ceo": "executive", "cfo": "cfo", "coo": "coo", "cto": "cto",
               "cs": "secretary",  # (Kenya's Cabinet Secretary: 'Lands CS Alice Wahome', 'the CS')
               "rev": "pastor", "reverend": "pastor", "revd": "pastor", "treasurer": "treasurer",
               "supervisor": "supervisor", "justice": "judge",  # ('Mrs Justice Halloway' ... 'the judge')
               "undersecretary": "undersecretary", "speaker": "speaker", "lt": "lieutenant", "lieutenant": "lieutenant",
               "undersheriff": "undersheriff", "del": "delegate", "delegate": "delegate", "det": "detective",
               "detective": "detective", "garda": "garda",  # ('Det Garda Tom Reed' ... 'the garda')
               "assemblyman": "assemblymember", "assemblywoman": "assemblymember"}
#: Roles written as initials that TITLE_ROLES keys: 'the CEO' is 'the executive' (ceo, cfo, coo, cto, cs).
_SHORT_ROLES = frozenset(acronym.lower() for acronym in ROLE_ACRONYMS if acronym.lower() in TITLE_ROLES)
#: The chief officers and the key their role goes by, long or short: 'chief financial officer' and 'CFO' are 'cfo'.
_CHIEF_OFFICERS = {"executive": "executive", "financial": "cfo", "operating": "coo", "technology": "cto"}
#: Offices named by a word before another office's title, and the key each goes by: 'Vice President', 'Lt. Gov.',
#: 'Prime Minister', 'Chief Minister' hold offices of their own (their holders are not 'the president', 'the
#: governor', 'the minister').
_SECOND_OFFICES = {**dict.fromkeys((("vice", "president"), ("vice", "pres")), "vice president"),
                   **dict.fromkeys((("lieutenant", "governor"), ("lt", "governor"), ("lt", "gov"),
                                    ("lieutenant", "gov")), "lieutenant governor"),
                   ("prime", "minister"): "prime minister", ("chief", "minister"): "chief minister"}
#: The words opening those offices, as a title's words may be written ('lt.').
_SECOND_OFFICE_OPENERS = frozenset(word for first, _ in _SECOND_OFFICES for word in (first, first + "."))
_ROLES = "|".join(sorted(PERSON_ROLES | frozenset(TITLE_ROLES.values()), key=longest_first))
# A role (in initials too) right before a name: "her attorney, " in "her attorney, Peter Dunleavy"; "The President, ";
# "The local MP, ".
# Also after a body's possessive: "Northwind's chief executive, " before "Karen Holt".
# And a second role after 'and': "Ferrovia's founder and CEO, " before "Henrik Dahl".
ROLE_BEFORE = compile_pattern(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|["
                              + UPPER + r"][\w&.-]{0,30}['’]s)[ \t]+"
                              r"(?:[\w'’-]+[ \t]+){0,3}?((?i:" + _ROLES + ")|" + "|".join(sorted(ROLE_ACRONYMS))
                              + r")(?:[ \t]+and[ \t]+(CEO|CFO|COO|CTO"
                              r"|chief[ \t]+executive|president|chairman|chairwoman"
                              r"|chair|director|editor|owner|publisher))?"
                              r"(?:[ \t]+of[ \t]+[a-z]+)?(?:[ \t]+\([A-Z]{2,6}\))?[ \t]*,?[ \t]*$")
# A role and the field it is of, in lower case, before a name: "chief of staff, " in "The chief of staff, Tom Reed,"
# (group 1: the role).
OF_FIELD_BEFORE = compile_pattern(r"\b([A-Za-z]+)[ \t]+of[ \t]+[a-z]+[ \t]*,?[ \t]*$")
#: Words that join clauses or list items, which no description in apposition holds: 'and' in 'The mayor, and
#: council member Tom Reed'.
_CONJOINED = frozenset({"and", "or", "but", "who", "which", "while", "as"})
# A role's initials in brackets after it: "(MCE)" in "The Municipal Chief Executive (MCE), Ama Owu".
INITIALS_IN_BRACKETS = compile_pattern(r"\([A-Z]{2,6}\)")
# A role of a body set before a name: "A spokesman for the White House, " before "Ben Adair".
# (the role capitalised too: "The Undersecretary of Fisheries, " before "Ignacio Bustamante"; the body's name with
# 'of' or 'and' inside: "The chairman of the Zoning Board of Appeals, "; "The Member for Burdekin Valley, " is the MP).
ROLE_OF_BODY_BEFORE = compile_pattern(r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?((?i:" + _ROLES
                                      + r"))(?:[ \t]+\([A-Z]{2,6}\))?[ \t]+(for|of|at|with)[ \t]+(?:the[ \t]+)?"
                                      r"(?:(?:[" + UPPER + r"][\w'’.&-]*|of|and|for|the)[ \t]+){0,6}["
                                      + UPPER + r"][\w'’.&-]*,[ \t]*$"
                                      r"|\b(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+"
                                      r"(?:[\w&.-]{1,30}['’]s[ \t]+)?|["
                                      + UPPER + r"][\w&.-]{0,30}['’]s[ \t]+)((?i:" + _ROLES
                                      + r"))[ \t]+(?:for[ \t]+(?:the[ \t]+)?(?:[" + UPPER + r"][\w'’.&-]*[ \t]+){0,3}"
                                      r"(?:[a-z]+[ \t]+){0,2}|of[ \t]+(?:one[ \t]+of[ \t]+)?(?:the|those|these|a|an"
                                      r"|its|their)[ \t]+(?:[a-z]+[ \t]+){0,2})[a-z]+,[ \t]*$")  # ('The president's
# nominee for labor secretary, ', 'A spokesman for the Wolcott campaign, ', 'The mayor of one of those cities, ')
# A role and its field in lower case right before a name: "Consultant in emergency medicine " before "Dr Ciara
# Breen", "professor of economics " before "Ana Lind" (a field has no article or preposition: not "witness in the
# trial of " before "Bruno Lisle", whose trial it is).
ROLE_IN_FIELD_BEFORE = compile_pattern(r"(?<![\w'’-])([A-Za-z]+)[ \t]+(?:in|of)[ \t]+"
                                       r"(?:(?!(?:the|a|an|of|for|in|at|on|to|with|by|from|and)[ \t])[a-z]+[ \t]+)"
                                       r"{1,3}$")
# A title of a portfolio before the name, the portfolio's name in the run: "Minister for " before "Transport Niamh
# Burke", "Secretary of " before "State Antony Blinken", "Minister of State for " before "Transport Ann Lee".
TITLE_OF_BEFORE = compile_pattern(r"\b(["
                                  + UPPER + r"][a-z]+)(?:[ \t]+of[ \t]+State)?[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?$")
# A role in apposition after a name: ", the president," / ", a senior nurse at the hospital" / ", Pine County's
# emergency management director," (not the subject of a reporting clause: "Yasuhiro Nakasone, a Treasury spokesman
# said").
# Also with no article before a role of a place or body: ", mayor of Havre," / ", chief executive of Acme,"; and
# after a party and state (", Republican of Alabama and the chairman of the Appropriations Committee").
ROLE_AFTER = compile_pattern(r",[ \t]+(?:(?:(?:Democrat|Republican|Independent)[ \t]+of[ \t]+(?:["
                             + UPPER + r"][\w.]*[ \t]+){1,2}"
                             r"and[ \t]+)?(?:the|a|an|his|her|its|their"
                             r"|(?:[" + UPPER + r"][\w&.-]{0,30}[ \t]+){0,2}[" + UPPER + r"][\w&.-]{0,30}['’]s)"
                             r"[ \t]+(?:(?:[\w'’-]+|(?:[A-Z]\.){2,})[ \t]+){0,3}?((?i:" + _ROLES
                             + r"))\b(?![\w'’-])(?=[ \t]*[,.;)]|[ \t]+(?:for"
                              r"|at|of|in|with|from|who|whose|to|on|based|and)\b)"
                             r"|(?:[a-z][\w'’-]*[ \t]+){0,2}?(" + _ROLES + r")[ \t]+(?:of|for"
                                                                          r"|at)[ \t]+(?:the[ \t]+)?[A-Z])")
# A second role in an appositive, after 'and', of a place or body: " and president of" in "Dr Ann Lee, a GP in Perth and
# president of the college," (the role is group 1).
SECOND_ROLE = compile_pattern(r"[ \t]and[ \t]+(?:the[ \t]+)?(?:[a-z][\w'’-]*[ \t]+){0,2}?(" + _ROLES
                              + r")[ \t]+(?:of|for|at)[ \t]")
# A role given in the predicate after a name, or in a relative clause: " is the campaign manager for" in "Jo Hark, 34,
# is the campaign manager for Boyd Esta", " has been chairman of", ", who worked as a nurse", ", works as a dispatcher"
# after a name in apposition, " will remain chairman" (the role is group 1).
ROLE_PREDICATE = compile_pattern(r"(?:,[ \t]+who|,)?[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|became|remains"
                                 r"|will[ \t]+(?:remain|stay[ \t]+on[ \t]+as|become)"
                                 r"|(?:works|worked|serves|served)[ \t]+as)"
                                 r"[ \t]+(?:(?:the|a|an|its|their|[" + UPPER + r"][\w&.-]{0,30}['’]s)[ \t]+)?"
                                 r"(?:[\w'’-]+[ \t]+){0,3}?((?i:" + _ROLES + r"))\b(?![\w'’-])"
                                 r"(?=[ \t]*[,.;)]|[ \t]+(?:for|at|of|in|with|from|who|to|on|since|there)\b)")
# A relative clause between a name and the verb of its predicate: ", who kept the books from 2015 until 2022" before
# ", was the first witness".
RELATIVE_BEFORE_PREDICATE = compile_pattern(r",?[ \t]+who[ \t]+[^,.;:\n\"“”]{1,120}"
                                            r"(?=,[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|became|remains)[ \t])")
# A verb right after a name or in a relative clause after it that gives its person a role: ", who chairs" in "Tobin
# Lusk, who chairs the zoning board" (the chair), ", who owns" in "Ona Belcourt, who owns a bakery" (the owner),
# " directs" in "Martha Hollen directs the clinic" (the director), ", who is 51 and has coached" in "Lynnette Sasser,
# who is 51 and has coached Mixon" (the coach), ", who has run" in "Helen Ruark, who has run Medrow since 2019" (the
# chief executive).
_ROLE_VERBS = (r"(chairs|owns|co-owns|manages|coaches|has[ \t]+coached|teaches|has[ \t]+taught|directs|edits"
               r"|publishes|founded|co-founded|runs|has[ \t]+run|was[ \t]+nominated|has[ \t]+been[ \t]+nominated)\b")
VERB_OF_A_ROLE = compile_pattern(r"(?:,[ \t]+who(?:[ \t]+is[ \t]+[1-9][0-9]?[ \t]+and)?)?[ \t]+(?:also[ \t]+"
                                 r"|now[ \t]+)?" + _ROLE_VERBS)
# The same verbs in a relative clause closing an appositive role: " who was nominated" in "Oscar Brenneman, a former
# rail executive who was nominated in March," and "Greg Pell, a former officer of a regional carrier who was nominated
# in March," (the nominee).
VERB_OF_A_ROLE_AFTER = compile_pattern(r"[ \t]who[ \t]+(?:also[ \t]+|now[ \t]+)?" + _ROLE_VERBS)
# Where a clause ends: "," or "." in "the Texas Republican who chairs the panel." (not the "." of "Sen." or "U.S.").
CLAUSE_STOP = compile_pattern(r"(?<![" + UPPER + r"][a-z])(?<![A-Z])[.;](?=\s|$)|[,!?\n]")
#: The role each verb of ``VERB_OF_A_ROLE`` gives.
_VERB_ROLES = {"chairs": "chair", "owns": "owner", "co-owns": "owner", "manages": "manager", "coaches": "coach",
               "has coached": "coach", "teaches": "teacher", "has taught": "teacher", "directs": "director",
               "edits": "editor", "publishes": "publisher", "founded": "founder", "co-founded": "co-founder",
               "runs": "executive", "has run": "executive", "was nominated": "nominee",
               "has been nominated": "nominee"}
# An age in apposition after a name, which a later "the 58-year-old" stands for: "Bill Harmon, 58, said".
AGE_AFTER = compile_pattern(r",[ \t]+([1-9][0-9]?),")
# An age opening an appositive after a name: ", a 52-year-old" in "Augustin Perk, a 52-year-old real estate broker,".
AGE_APPOSED = compile_pattern(r",[ \t]+an?[ \t]+([1-9][0-9]?)-year-old\b")
# An age in a relative clause after a name: ", who is 63," in "Mr Grennan, who is 63, was one of several hundred".
AGE_IN_CLAUSE = compile_pattern(r",[ \t]+who[ \t]+is[ \t]+(?:now[ \t]+)?([1-9][0-9]?)(?:[,.]|[ \t]+and\b)")
# An age said of a name in its own clause: " is 81 and" in "Wrexham is 81 and has rung the bells for 37 years".
AGE_PREDICATE = compile_pattern(r"[ \t]+(?:is|was|turned|turns)[ \t]+(?:now[ \t]+)?([1-9][0-9]?)"
                                r"(?:[,.;]|[ \t]+(?:and|but)\b)")
# An age as a role: "58-year-old" in "the 58-year-old joked".
AGE_ROLE = compile_pattern(r"[1-9][0-9]?-year-old")
# "The" opening a sentence and the words after it, where a person may be its subject by the role alone: "The judge
# was unmoved", "The retired teacher denied it" (a modifier before the role: not "The next president", who may be
# anyone), "The CEO said" (a role in initials). A word of ROLE_WORDS makes a role mention.
_ROLE_OR_INITIALS = r"([a-z0-9][\w-]*|CEO|CFO|COO|CTO|MP|MLA|MPP|MSP|MEP|TD)"
THE_WORD = compile_pattern(r"The(?<![\w'’-]The)[ \t]+" + _ROLE_OR_INITIALS + r"\b(?![\w'’-])"
                           r"(?:[ \t]+([a-z]+)\b(?![\w'’-]))?")  # (opens
# with its literal: searched fast)
# A kinship or a role owned by a possessive opening a sentence: "Their daughter, behind them, shook her head." (one
# pattern for each possessive, each opening with its literal: searched fast)
POSSESSED_ROLES = tuple(compile_pattern(word + r"(?<![\w'’-]" + word + r")[ \t]+([a-z]+)\b(?![\w'’-])")
                        for word in ("His", "Her", "Their"))
# A kinship noun owned by 'his' or 'her' inside a sentence, naming no one after it: "his wife" in "Arlo Penn glanced at
# his wife.", "her brother" in "Asked whether it would be sold, her brother rubbed his eyes." (not "his wife, Ruth,").
POSSESSED_KIN = compile_pattern(r"h(?:is|er)(?<![\w'’-]h[a-z]{2})[ \t]+(" + "|".join(sorted(KIN_NOUNS))
                                + r")\b(?![\w'’-])(?![ \t]*,[ \t]*[A-Z])")  # (opens with its literal: searched fast)
# A role after a lead-in and its comma: "Asked what he would say, the sheriff did not hesitate." (the role's words
# are groups 1 and 2).
LEAD_IN_ROLE = compile_pattern(r",[ \t]+the[ \t]+" + _ROLE_OR_INITIALS
                               + r"\b(?![\w'’-])(?:[ \t]+([a-z]+)\b(?![\w'’-]))?")
# A role right after a quote as its speaker: ' the clerk' in '"We have paper," the clerk said.' (matched where each
# quote ends).
QUOTED_ROLE = compile_pattern(r"[ \t]+the[ \t]+" + _ROLE_OR_INITIALS + r"\b(?![\w'’-])(?:[ \t]+([a-z]+)\b(?![\w'’-]))?")
# A politician's state (or home town) and party as the subject of a sentence, or after a lead-in's comma: "The
# Wisconsin Republican did give Trump some credit", "Pressed on it, the New Hampshire Democrat said", "The Democrat,
# a 36-year-old" (group 1 the place, if any, group 2 the party; searched from the literal "he", the "T" or ", t"
# before it checked apart).
THE_PLACE_PARTY = compile_pattern(r"he[ \t]+(?:((?:[" + UPPER + r"][a-z]+[ \t]+)?[" + UPPER + r"][a-z]+)[ \t]+)?"
                                  r"(Republican|Democrat|independent)\b(?![\w'’-]|[ \t]+[A-Z])")
# A title capitalised alone after "the", as archived newspapers write it: "the Governor said he would sleep"
# (searched from the literal "he ", which the engine finds fast, and the "t" or "T" before it checked apart).
HE_TITLE = compile_pattern(r"he (" + "|".join(sorted(title.capitalize() for title in CAPITALISED_TITLES))
                           + r")\b(?![\w'’-])")
# A country or its adjective before a name, and a few words between: "Ukraine's " in "Ukraine's Kateryna Bondar",
# "Spanish striker " in "Spanish striker Carlos Ruiz".
COUNTRY_BEFORE = compile_pattern(r"(?<![\w'’-])([" + UPPER + r"][a-z]+)(?:['’]s)?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")
# A country after a name: " of Ukraine", " (UKR)", ", the Ukrainian", ", a 24-year-old Spaniard".
COUNTRY_AFTER = compile_pattern(r"[ \t]+(?:of|from)[ \t]+([" + UPPER + r"][a-z]+)\b|[ \t]+\(([A-Z]{3})\)"
                                r"|,[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?([" + UPPER + r"][a-z]+)\b")
# A politician's party and state after the name: " (R-Ky.)", " (D-N.Y.)"; or in apposition: ", a Wisconsin Republican".
# Also AP's ", D-Texas," and the archives' ", Democrat of Texas,"; a county for a state legislator: " (D-Prince
# George's)" (state in group 2, party in group 1 or 5).
PARTY_AFTER = compile_pattern(r"(?:[ \t]+\("
                              r"|,[ \t]+)([RDI])-([" + UPPER + r"][A-Za-z.]{0,12}(?:[ \t]["
                              + UPPER + r"][A-Za-z.]{0,8})?)(?:['’]s)?[),]"
                              r"|,[ \t]+(?:a|an|the)[ \t]+((?:[" + UPPER + r"][a-z]+[ \t]+)?["
                              + UPPER + r"][a-z]+)[ \t]+"
                              r"(Republican|Democrat|independent)\b"
                              r"|,[ \t]+(Republican|Democrat)[ \t]+of[ \t]+([" + UPPER + r"][a-z]+(?:[ \t]["
                              + UPPER + r"][a-z]+)?)\b")
# The state after a politician's name: " of Texas" in "Rep. Yolanda Betancourt of Texas".
STATE_AFTER = compile_pattern(r"[ \t]+of[ \t]+([" + UPPER + r"][a-z]+(?:[ \t][" + UPPER + r"][a-z]+)?)\b")
#: A party as a politician is named by it: the initial after the name, or the word.
PARTIES = {"R": "republican", "D": "democrat", "I": "independent", "republican": "republican",
           "democrat": "democrat", "democratic": "democrat", "independent": "independent"}
US_STATES = frozenset(region[2].lower() for region in REGIONS.values() if region[0] == "US")
#: Words that make a role another's than the one it names: 'the former chief', 'the shadow treasurer', 'the deputy
#: mayor' (not the chief, the Treasurer, the mayor).
OTHER_HOLDERS = frozenset({"former", "shadow", "deputy", "acting", "assistant"})
#: The roles a person is given and called by: "judge", "senator", "nurse", "ukrainian".
ROLE_WORDS: frozenset[str] = PERSON_ROLES | frozenset(TITLE_ROLES.values()) | _SHORT_ROLES | DEMONYMS


#: Capitalised words before a role that name no club or body: 'The' in 'The captain, Sam Pike,'.
_NO_CLUB = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "former", "acting", "interim"})


def _for_a_club(key: str, role_words: list[str]) -> list[str]:
    """The club role (``club_role``) of a role given by ``role_words`` as written, when a capitalised word names a club
    or body right before the role: ['Rovers', 'manager'] -> ['manager (rovers)']; [] for 'The manager'."""
    if len(role_words) < 2 or not role_words[-2][:1].isupper() or not role_words[-2].isalpha() \
            or role_words[-2].lower() in _NO_CLUB:
        return []
    return [club_role(key, role_words[-2])]


def club_role(key: str, modifier: str) -> str:
    """The key of a role held for a club, team or body named right before it, by which holders of one role are told
    apart: 'Rovers manager Tom Reed' and 'Dan Pike, the United manager,' hold 'manager (rovers)' and 'manager
    (united)', and 'the United boss' is Dan Pike.

    >>> club_role("manager", "United")
    'manager (united)'
    """
    return f"{key} ({modifier.lower()})"


def role_key(words: list[str] | tuple[str, ...]) -> str:
    """The key of the role that lower-case ``words`` end in, one for its long and short forms: 'chief financial
    officer' and 'cfo' -> 'cfo'; 'chief executive officer', 'ceo' and 'executive' -> 'executive'."""
    if len(words) >= 3 and words[-2] == "of" and words[-1] not in ROLE_WORDS and words[-3] in ROLE_WORDS:
        words = words[:-2]  # ('the secretary of state' is the secretary)
    if len(words) >= 2 and words[-1] == "general" and words[-2] in _GENERAL_OFFICES:
        return f"{words[-2]} general"  # ('the attorney general')
    role = words[-1]
    if role == "officer" and len(words) >= 3 and words[-3] == "chief":
        return _CHIEF_OFFICERS.get(words[-2], role)
    if role == "justice" and len(words) >= 2 and words[-2] == "chief":
        return "chief justice"  # (not any justice: 'Chief Justice Leonard Szabo' beside 'Justice Philippa Kornblum')
    if role == "member" and len(words) >= 2 and words[-2] == "council":
        return "councilmember"  # ('Council member Henriette Oyew' ... 'the councilwoman')
    if len(words) >= 2 and (office := _SECOND_OFFICES.get((words[-2].rstrip("."), role.rstrip(".")))):
        return office  # ('Vice President Mike Pence' is no president, 'Chief Minister H.K. Gowda' no minister)
    if role == "attorney" and len(words) >= 2 and words[-2] in _PROSECUTING_ATTORNEYS:
        return "prosecutor"  # ('a former assistant district attorney' ... 'the former prosecutor'; 'an assistant U.S.
        # attorney')
    return TITLE_ROLES[role] if role in _SHORT_ROLES else _SAME_ROLES.get(role, role)


#: Role nouns that name one role: 'her attorney, Peter Dunleavy' is 'the lawyer'.
_SAME_ROLES = {"lawyer": "attorney", "headmaster": "headteacher", "headmistress": "headteacher", "justice": "judge",
               "congresswoman": "congressman", "representative": "congressman",
               **dict.fromkeys(("councilwoman", "councilman", "councilor", "councillor"), "councilmember"),
               **dict.fromkeys(("chairwoman", "chairman", "chairperson"), "chair"),
               **dict.fromkeys(("assemblywoman", "assemblyman"), "assemblymember"),
               "alderwoman": "alderman", "selectwoman": "selectman", "businesswoman": "businessman",
               "skipper": "captain", "goalie": "goalkeeper", "keeper": "goalkeeper", "constable": "officer",
               "boss": "manager"}  # ('Rovers manager Tom Reed' ... 'the Rovers boss')


def role_subjects(text: str, start: int, end: int, quote_ends: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, role key) of each role that may stand as a sentence's subject for a person named with it: 'The
    judge was unmoved', 'The retired teacher denied it', 'The former mayor', 'Their daughter shook her head',
    'Asked about it, the sheriff did not hesitate', 'The Wisconsin Republican did give him credit', and after a
    quote ending at one of ``quote_ends`` with a comma or a question: '"We have paper," the clerk said.'."""
    found = []
    for m in (*THE_WORD.finditer(text, start, end), *LEAD_IN_ROLE.finditer(text, start, end),
              *(m for at in quote_ends if start <= at < end and (m := QUOTED_ROLE.match(text, at)) is not None)):
        first, second = m.groups()
        first = first.lower()  # ('The CEO said')
        at = m.start() if m.re is THE_WORD else m.start(1) - 4
        if second and (office := _SECOND_OFFICES.get((first, second))) is not None:
            found.append((at, m.end(2), office))  # 'the lieutenant governor called the story "old news"'
        elif first == "chief" and second in ROLE_WORDS:
            found.append((at, m.end(2), role_key((first, second))))  # 'The chief executive said' is the executive
            # the article named ('its chief executive, Paul Okafor,'), not a chief
        elif first in ROLE_WORDS:
            found.append((at, m.end(1), role_key((first,))))
        elif second in ROLE_WORDS and first not in ANOTHER_TIME:
            key = role_key((second,))
            found.append((at, m.end(2), f"{first} {key}" if first in OTHER_HOLDERS else key))
        elif AGE_ROLE.fullmatch(first):
            found.append((at, m.end(1), first))  # 'the 54-year-old nominee thanked the senators'
    found += [(m.start(), m.end(), m.group(1)) for pattern in (*POSSESSED_ROLES, POSSESSED_KIN)
              for m in pattern.finditer(text, start, end) if m.group(1) in ROLE_WORDS]
    found += [(at, m.end(), f"{m.group(1).lower()} {PARTIES[m.group(2).lower()]}" if m.group(1)
               else PARTIES[m.group(2).lower()])
              for m in THE_PLACE_PARTY.finditer(text, start + 1, end)
              if (text[at := m.start() - 1] == "T" and (at == 0 or not text[at - 1].isalnum()))
              or (text[at] == "t" and text[at - 2:at] == ", ")]  # 'The Wisconsin Republican' -> 'wisconsin
    # republican', the key ``_party`` gives 'Paul Ryan (R-Wis.)'
    return sorted(found)


#: Modifiers that make a role another holder's than the one named: 'The next president', 'the late mayor' (not
#: 'the outgoing chairman', who holds it still).
ANOTHER_TIME = frozenset("late then future new next incoming previous onetime ex".split())


def the_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, role) of each title capitalised alone after "the": 'the Governor said' -> (..., 'governor')."""
    found = []
    for m in HE_TITLE.finditer(text, start + 1, end):
        at = m.start() - 1
        if text[at] in "Tt" and (at == 0 or not text[at - 1].isalnum()):
            found.append((at, m.end(), m.group(1).lower()))
    return found


def roles_named(text: str, run_start: int, name_start: int, name_end: int) -> tuple[str, ...]:
    """The roles the article gives the person named at ``name_start``..``name_end`` where it names them: titles
    in the run before the name ('Judge Robert Hanley'), a role just before the run ('her attorney, Peter
    Dunleavy', 'Celtic striker Kyogo Furuhashi', 'A spokesman for the White House, Ben Adair'), a role in
    apposition after the name ('Carmen Villanueva, the president,') and an age ('Bill Harmon, 58,' makes him
    'the 58-year-old')."""
    found = list(titled_roles(text[run_start:name_start])) if name_start > run_start else []
    words_before = text[max(0, run_start - 32):run_start].rstrip(" \t,").split()
    last = words_before[-1] if words_before else ""
    if INITIALS_IN_BRACKETS.fullmatch(last):  # (a role's initials after it: 'The Municipal Chief Executive (MCE),
        last = words_before[-2] if len(words_before) > 1 else ""  # Ama Owu')
    elif len(words_before) > 2 and words_before[-2] == "of" and words_before[-3].lower() in ROLE_WORDS \
            and OF_FIELD_BEFORE.search(text, max(0, run_start - 40), run_start) is not None:
        last = words_before[-3]  # (a role of a field: 'The chief of staff, Tom Reed,')
    if last.lower() in ROLE_WORDS:  # (most words before a name are no role: told before the pattern is tried)
        before = ROLE_BEFORE.search(text, max(0, run_start - 60), run_start)
        if before is not None and text[run_start - 2:run_start] == ", " \
                and (of_body := ROLE_OF_BODY_BEFORE.search(text, max(0, run_start - 90), run_start)) is not None \
                and of_body.start() <= before.start():
            found.append(role_key(((of_body.group(1) or of_body.group(3)).lower(),)))  # 'A spokeswoman for the
            # Speaker, Aurelia Fontaine,' is the spokeswoman (not the Speaker)
        elif before is not None:
            role_words = text[before.start():before.end(1)].split()
            found.append(role_key([word.lower() for word in role_words]))
            found += _for_a_club(found[-1], role_words)  # ('The Rovers captain, Sam Pike,')
            if len(role_words) >= 3 and role_words[-2] == "and" and role_words[-3].lower() in ROLE_WORDS:
                found.append(role_key((role_words[-3].lower(),)))  # two roles joined: 'Their captain and hooker Sam
                # Pike'
            if before.group(2):
                found.append(role_key(before.group(2).lower().split()))
        elif last.islower() and text[run_start - 1:run_start] == " " and text[run_start - 2:run_start - 1] != ",":
            pair = text[max(0, run_start - 24):run_start].split()[-2:]
            found.append(role_key([word.lower() for word in pair]))  # a role right before the name: 'Celtic striker
            # Kyogo Furuhashi', 'Council member Ana Lind'
            found += _for_a_club(found[-1], pair)  # ('Rovers manager Tom Reed')
            described = text.rfind(", ", max(0, run_start - 40), run_start)
            if described > 0 and text[described + 2:run_start].islower() \
                    and _CONJOINED.isdisjoint(text[described + 2:run_start].split()) \
                    and (apposed := ROLE_BEFORE.search(text, max(0, described - 60), described + 2)) is not None:
                found.append(role_key(text[apposed.start():apposed.end(1)].lower().split()))  # (the role the name is
                # in apposition to, past a description of its own: 'The inquiry chairman, retired judge Tom Reed,')
        elif text[run_start - 2:run_start] == ", " \
                and (of_body := ROLE_OF_BODY_BEFORE.search(text, max(0, run_start - 90), run_start)) is not None:
            found.append(role_key(((of_body.group(1) or of_body.group(3)).lower(),)))  # 'The president's nominee
            # for labor secretary, Ida Brack,' is the nominee (not the secretary)
    elif AGE_ROLE.fullmatch(last):
        found += _aged(last.split("-", 1)[0])  # an age before the name: '19-year-old Kofi Mensah' is 'the
        # 19-year-old' and 'the teenager'
    elif last in ("named", "called") and (before := ROLE_BEFORE.search(
            text, max(0, run_start - 70), run_start - len(last) - 1)) is not None:
        found.append(role_key(text[before.start():before.end(1)].lower().split()))  # 'a farmer named Grigore
        # Lupas' is 'the farmer'
    elif last in ("for", "of") and (titled := TITLE_OF_BEFORE.search(text, max(0, run_start - 40), run_start)) \
            and (title := titled.group(1).lower()) in ROLE_WORDS:
        found.append(role_key((title,)))  # 'Minister for Transport Niamh Burke' is 'the minister'
    elif last.islower() and (field := ROLE_IN_FIELD_BEFORE.search(text, max(0, run_start - 60), run_start)) \
            and (role := field.group(1).lower()) in ROLE_WORDS:
        found.append(role_key((role,)))  # 'Consultant in emergency medicine Dr Ciara Breen' is 'the consultant'
    elif text[run_start - 2:run_start] == ", ":
        of_body = ROLE_OF_BODY_BEFORE.search(text, max(0, run_start - 90), run_start)
        if of_body is not None:  # 'A spokesman for the White House, Ben Adair,'
            role = (of_body.group(1) or of_body.group(3)).lower()
            found.append("mp" if role == "member" and of_body.group(2) == "for" else role_key((role,)))
    if found and (other := next((w for w in text[max(0, run_start - 30):name_start].lower().split()[-4:]
                                 if w in OTHER_HOLDERS), None)) is not None:
        found[-1] = f"{other} {found[-1]}"  # 'Former police chief Douglas Fairbairn' is 'the former chief', 'Shadow
        # Treasurer Angela Fiorentino' 'the shadow treasurer'; 'the chief', 'the Treasurer' are someone else (not a
        # role after the name: 'Her former husband, Wallace Gadd, a retired deputy,' is 'the retired deputy')
    apposed = name_end  # (an apposition may follow the party and state: 'Rep. Gerry Cott (R-Utah), the subcommittee
    if (party := PARTY_AFTER.match(text, name_end)) is not None and party.group(1):  # chairman,', 'Rep. Bert Holl,
        apposed = party.end() - 1 if text[party.end() - 1] == "," else party.end()  # R-Ga., the chairman,')
    after = None
    if text.startswith(",", apposed):
        after = ROLE_AFTER.match(text, apposed) or AGE_AFTER.match(text, apposed)
        if after is not None and after.re is AGE_AFTER:
            found += _aged(after.group(1))  # ('Kaylee Brandt, 16,' ... 'the 16-year-old', 'the teenager')
            apposed = after.end()
            after = ROLE_AFTER.match(text, apposed - 1)  # ('Yaritza, 19, a student at ...': the student too)
    if (aged := AGE_APPOSED.match(text, apposed) or AGE_IN_CLAUSE.match(text, apposed)
            or AGE_PREDICATE.match(text, apposed)) is not None:
        found += _aged(aged.group(1))  # ('Augustin Perk, a 52-year-old real estate broker,', 'Mr Grennan, who is
        # 63,', 'Wrexham is 81 and')
    if after is None and (verb := VERB_OF_A_ROLE.match(text, apposed)) is not None:
        found.append(_VERB_ROLES[" ".join(verb.group(1).split())])  # ('Tobin Lusk, who chairs the zoning board,'
        # ... 'the chairman')
    if after is None and text.startswith((", the ", ", a ", ", an "), apposed) \
            and (verb := VERB_OF_A_ROLE_AFTER.search(text, apposed, _clause_end(text, apposed + 2))) is not None:
        found.append(_VERB_ROLES[" ".join(verb.group(1).split())])  # ('Rep. Tom Reed, the Texas Republican who chairs
        # the panel.' ... 'the chairman')
    if after is None:
        after = ROLE_PREDICATE.match(text, apposed)  # ('Jo Hark, 34, is the campaign manager for Boyd Esta')
        if after is None and (clause := RELATIVE_BEFORE_PREDICATE.match(text, apposed)) is not None:
            after = ROLE_PREDICATE.match(text, clause.end())  # ('Nell Quarry, 54, who kept the books, was the first
            # witness in the trial of Bruno Lisle')
    if after is not None:
        role_end = after.end(after.lastindex or 1)
        words = after.group().lower()[1:role_end - after.start()].split()
        other = next((w for w in words[:-1] if w in OTHER_HOLDERS), None)  # ('Lena Vask, 47, a former
        found.append(role_key(words) if other is None else f"{other} {role_key(words)}")  # prosecutor,')
        if other is None:
            found += _for_a_club(found[-1], text[after.start() + 1:role_end].split())  # ('Dan Pike, the United
            # manager,')
        clause_end = text.find(",", role_end, role_end + 90)
        if (verb := VERB_OF_A_ROLE_AFTER.search(text, role_end, _clause_end(text, role_end))) is not None:
            found.append(_VERB_ROLES[" ".join(verb.group(1).split())])  # ('a former rail executive who was
            # nominated in March,' ... 'the nominee')
        elif clause_end > 0 and (verb := VERB_OF_A_ROLE.match(text, clause_end + 1)) is not None:
            found.append(_VERB_ROLES[" ".join(verb.group(1).split())])  # the predicate after the appositive: 'Ann
            # Lee, a former prisons chief, has been nominated to run the agency.'
    if text.startswith((", a ", ", an "), apposed) and (clause_end := text.find(",", apposed + 1, apposed + 120)) > 0 \
            and (second := SECOND_ROLE.search(text, apposed, clause_end)) is not None:
        found.append(role_key((second.group(1).lower(),)))  # ('Dr Ann Lee, a GP in Perth and president of the college,'
        # ... 'the college president')
    parties = _party(text, run_start, name_start, name_end)
    return (*found, *_nationality(text, run_start, name_start, name_end), *parties,
            *(key.rsplit(" ", 1)[1] for key in parties if " " in key))  # (and the party alone: 'the Republican')


def _clause_end(text: str, start: int) -> int:
    """Where the clause from ``start`` ends, at a comma or the sentence's end, within 90 characters: after 'the panel'
    in ', the Texas Republican who chairs the panel.' (``start`` when none is near)."""
    stop = CLAUSE_STOP.search(text, start, start + 90)
    return stop.start() if stop is not None else start


def _aged(years: str) -> list[str]:
    """The roles an age gives: '16' -> ['16-year-old', 'teenager'], '58' -> ['58-year-old']."""
    return [f"{years}-year-old", "teenager"] if 13 <= int(years) <= 19 else [f"{years}-year-old"]


def _party(text: str, run_start: int, name_start: int, name_end: int) -> tuple[str, ...]:
    """The state and party a US politician is named with ('Sen. Bernie Sanders (I-Vt.)', 'Wisconsin Republican Sen.
    Ron Johnson', 'Ron Johnson, a Wisconsin Republican,', 'Rep. X, D-Texas,', 'Representative X, Democrat of Texas,')
    -> ('vermont independent',): a later 'the Vermont independent' is them; the state alone when only it is told
    ('Rep. Yolanda Betancourt of Texas' -> ('texas',))."""
    after = PARTY_AFTER.match(text, name_end)
    if after is not None and (after.group(1) or after.group(5)):
        region = REGIONS.get(fold_place(after.group(2) or after.group(6)))
        party = PARTIES[after.group(1) or after.group(5).lower()]
        if region is None and after.group(1) and "." not in after.group(2):  # a state legislator's home town:
            return (f"{after.group(2).lower()} {party}",)  # 'State Rep. Colter Overb (R-Kalispell)'
        return (f"{region[2].lower()} {party}",) if region is not None and region[0] == "US" else ()
    if after is None and (state := STATE_AFTER.match(text, name_end)) is not None \
            and (region := REGIONS.get(fold_place(state.group(1)))) is not None and region[0] == "US":
        before = text[max(0, run_start - 30):name_start].lower().split()
        party = next((PARTIES[w] for w in before if w in PARTIES), None)  # ('Democratic Rep. X of Texas')
        return (f"{region[2].lower()} {party}",) if party else (region[2].lower(),)  # (the party told later)
    words = text[max(0, run_start - 30):name_start].split()[-4:] if after is None else after.group(3, 4)
    for k in range(len(words) - 1):
        state, party = words[k], words[k + 1]
        if k > 0 and words[k - 1][:1].isupper() and (pair := f"{words[k - 1]} {state}".lower()) in US_STATES:
            state = pair  # ('New Hampshire Republican')
        if party.lower() in PARTIES and state.lower() in US_STATES:
            return (f"{state.lower()} {PARTIES[party.lower()]}",)
    if after is None and words and words[-1] in ("Republican", "Democrat", "Democratic"):
        return (PARTIES[words[-1].lower()],)  # ('Democrat Fiorella Ybarra' is 'the Democrat')
    return ()


def _nationality(text: str, run_start: int, name_start: int, name_end: int) -> tuple[str, ...]:
    """The demonyms a person's country gives them where they are named ('Ukraine's Kateryna Bondar', 'Ukrainian
    Kateryna Bondar', 'Kateryna Bondar of Ukraine', 'Kateryna Bondar (UKR)', 'Kateryna Bondar, the Ukrainian,')
    -> ('ukrainian',): a later 'the Ukrainian' is them."""
    words = [m.group(m.lastindex or 0) for m in (COUNTRY_BEFORE.search(text, max(0, run_start - 40), name_start),
                                                 COUNTRY_AFTER.match(text, name_end)) if m is not None]
    return tuple(demonym for word in words for demonym in COUNTRY_DEMONYMS.get(word.lower(), ()))


@functools.lru_cache(maxsize=1024)
def titled_roles(phrase: str) -> tuple[str, ...]:
    """The role nouns a phrase's titles and roles give its person: 'Sen. Ted Cruz' -> ('senator',); a plural
    title too ('Senators Walt Prendergast and ...' -> ('senator',))."""
    words = [_PLURAL_TITLES.get(word, word) for word in phrase.lower().split()]
    if "chief" in words and "justice" in words:
        return ("chief justice",)  # ('Chief Justice Leonard Szabo')
    for k in range(len(words) - 1):
        if words[k + 1] == "general" and words[k] in _GENERAL_OFFICES:
            return (f"{words[k]} general",)  # ('Attorney General Troy Kimb' is no attorney and no general)
        if words[k + 1] == "attorney" and words[k] in _PROSECUTING_ATTORNEYS:
            return ("prosecutor",)  # ('Deputy District Attorney Oda Brisk', 'Assistant U.S. Attorney Ida Renner' ...
            # 'the prosecutor')
    if not _SECOND_OFFICE_OPENERS.isdisjoint(words):
        for k in range(len(words) - 1):
            if (office := _SECOND_OFFICES.get((words[k].rstrip("."), words[k + 1].rstrip(".,")))) is not None:
                return (office,)  # ('Lt. Gov. Dan Patrick' is no lieutenant and no governor)
    return tuple(role_key((TITLE_ROLES.get(word.rstrip("."), word.rstrip(".,")),)) for word in words
                 if word.rstrip(".") in TITLE_ROLES or word.rstrip(".,") in PERSON_ROLES)


#: What stands before 'attorney' in a prosecutor's title: 'District Attorney', 'U.S. Attorney', "State's Attorney".
_PROSECUTING_ATTORNEYS = frozenset({"district", "u.s.", "county", "state's", "state’s", "commonwealth's",
                                    "commonwealth’s"})
#: Offices named with 'general' after them: 'Attorney General', 'Surgeon General'.
_GENERAL_OFFICES = frozenset({"attorney", "solicitor", "surgeon", "inspector", "postmaster", "secretary", "governor",
                              "auditor", "comptroller", "consul", "director", "adjutant"})
#: Titles before two names joined by 'and', each holding it: 'Senators Walt Prendergast and Loretta Haines'.
_PLURAL_TITLES = {"senators": "senator", "sens.": "sen.", "reps.": "rep.", "representatives": "representative",
                  "governors": "governor", "mayors": "mayor", "judges": "judge", "ministers": "minister",
                  "councillors": "councillor", "councilors": "councilor", "generals": "general"}
