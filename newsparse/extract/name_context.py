"""What stands around a name and tells of the person: a role or an age in apposition, a kinship noun, a
preposition that makes the name a place.

>>> text = "Ana Lind, a spokeswoman for the city, met her husband Tom Reyes and moved to Grand Forks."
>>> ROLE_APPOSITIVE.match(text, 8).group(1), KIN_NOUN_BEFORE.search(text, 0, 54).group("kin")
('spokeswoman', 'husband')
>>> PLACE_BEFORE.search(text, 0, 77) is not None, KIN_GENDER["husband"]
(True, 'male')
>>> POSSESSOR_OF_NAMED.match("Lind's mother, Ana Reyes, spoke", 4) is not None
True
>>> after_place_word(text, 77), role_before("The city's spokesman, Leland Voorhis,", 22)
(True, True)
>>> modifies_noun("The Trump campaign's adviser", 4, 9), modifies_noun("Ana Lind said", 0, 8)
(True, False)
"""

from __future__ import annotations

import re

from ..lexicon.people import NON_PERSON_WORDS, UPPER
from ..lexicon.regions import PLACE_KINDS
from ..lexicon.speech import BODY_NOUNS, FEMALE_ROLES, KIN_NOUNS, MALE_ROLES, NAMED_BODY_NOUNS, PERSON_ROLES
from ..pattern_cache import compile_pattern, longest_first
from .roles import ROLE_WORDS

_KIN = "|".join(sorted(KIN_NOUNS, key=longest_first))

# An article right before a word: "the " in "the Highline pilots", "The " in "The Trump campaign's adviser".
ARTICLE_BEFORE = compile_pattern(r"\b(?:the|a|an)[ \t]+$", re.IGNORECASE)
# A role that tells gender in apposition after a name: ", a spokeswoman for", ", the congressman from".
ROLE_APPOSITIVE = compile_pattern(
    r",[ \t]+(?:a|an|the|his|her)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?("
    + "|".join(sorted(FEMALE_ROLES | MALE_ROLES, key=longest_first)) + r")\b",
    re.IGNORECASE,
)
# A role only a person holds, an age or a relative clause for a person, in apposition after a name: ", a former
# labor leader", ", Lind's longtime adviser", ", 34,", ", who speaks for", ", executive director of " (not ", a city
# of" nor ", the company").
_PERSON_ROLE = "|".join(sorted(PERSON_ROLES, key=longest_first))
PERSON_APPOSITIVE = compile_pattern(
    r",[ \t]+(?:(?:a|an|another|the|his|her|[" + UPPER + r"][\w\-]*['’]s)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:"
    + _PERSON_ROLE
    + r")\b(?![\w'’-])|\d{1,3},|who(?:se)?[ \t]+[a-z]|(?:[a-z][\w'’-]*[ \t]+){0,2}?(?:" + _PERSON_ROLE
    + r")[ \t]+(?:of|for|at)[ \t])"
)
# A lower-case role and a capitalised name after a run: " councillor N" in "Sinn Féin councillor Niamh O'Dowd",
# " managing director S" in "Brightwater Living managing director Shane Corcoran", " vice-president S" in "Federated
# Growers Otago vice-president Sam Reilly" (group 1 the role noun).
ROLE_AND_NAME_AFTER = compile_pattern(r"[ \t]+(?:[a-z]+[ \t]+)?([a-z]+(?:-[a-z]+)?)[ \t]+(?=[" + UPPER + r"])")
# A kinship noun and a comma right before a lone given name: "his wife, Jane," / "her son, Daniel," (group "kin").
KIN_BEFORE = compile_pattern(r"\b(?P<kin>" + _KIN + r"),[ \t]+$")
# A possessive and a kinship noun, a word of age or standing between: "her husband", "His late father", "His oldest
# son", "Slone's wife" (groups "owner" and "kin").
_OWNED_KIN = (r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)[ \t]+"
              r"(?:(?:younger|older|elder|youngest|oldest|eldest|late|own|only|twin)[ \t]+)?(?P<kin>" + _KIN + ")")
# That right before a name (no comma between): "her husband " in "her husband Clarke Gayford".
KIN_NOUN_BEFORE = compile_pattern(_OWNED_KIN + r"[ \t]+$")
# That before a name with a comma or a phrase of time between too: "His wife, " before "Inez Sauc", "Their daughter,
# ", "her husband of 38 years, ".
KIN_OF_BEFORE = compile_pattern(_OWNED_KIN + r"(?:[ \t]+of[ \t]+\w+[ \t]+(?:years|months|decades))?,?[ \t]+$")
# A kinship noun and its possessive in apposition right after a name, an age between or not: ", her brother," in
# "Daniel, her brother, cooks", ", 55, his wife" in "Ngozi Ihe, 55, his wife," (groups "owner" and "kin"); not
# before the kin's own name ("Al-Hamwi, his wife, Rasha Kayyali,": she is the wife).
KIN_AFTER = compile_pattern(r"(?:,[ \t]+[1-9][0-9]?)?,[ \t]+(?P<owner>his|her|their|my|our)[ \t]+"
                            r"(?:(?:younger|older|elder|twin|late)[ \t]+)?(?P<kin>" + _KIN
                            + r")\b(?!,[ \t]+[" + UPPER + "])")
#: What a person is to whoever calls someone their kin, by that person's gender: 'His wife, Inez,' makes him a
#: husband; 'Their daughter, Daisy,' makes her parents a father and a mother; 'his sister, Irka,' makes him her
#: brother (a sibling of the same sex is not given the role back: 'his brother' would then hold for both).
KIN_INVERSE: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("wife", "husband", "fiancé", "fiancée"), ("husband", "wife")),
    **dict.fromkeys(("son", "daughter"), ("father", "mother")),
    **dict.fromkeys(("father", "mother"), ("son", "daughter")),
    **dict.fromkeys(("grandson", "granddaughter"), ("grandfather", "grandmother")),
    **dict.fromkeys(("grandfather", "grandmother"), ("grandson", "granddaughter")),
    **dict.fromkeys(("nephew", "niece"), ("uncle", "aunt")),
    **dict.fromkeys(("uncle", "aunt"), ("nephew", "niece")),
    **dict.fromkeys(("brother", "sister"), ("brother", "sister")),
}
#: The gender a kinship noun tells of the person it names: "his daughter, Lena," is a woman.
KIN_GENDER = {**dict.fromkeys("wife daughter sister mother widow niece granddaughter grandmother aunt fiancée".split(),
                              "female"),
              **dict.fromkeys("husband son brother father widower nephew grandson grandfather uncle fiancé".split(),
                              "male")}
# A possessive after a name and a role or kinship noun naming someone else next: "'s mother, B" in "Kettering-Day's
# mother, Beverly Kettering, was stacking chairs" (the sentence's subject is the mother, not Kettering-Day); "'s
# lawyer, public defender A" in "Lind's lawyer, public defender Andre Vukel, told the court".
POSSESSOR_OF_NAMED = compile_pattern(r"(?:['’]s)?[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?(?:" + _KIN + "|"
                                     + _PERSON_ROLE + r"),[ \t]+"
                                     r"(?:(?!(?:who|which|that|whose|when|as)\b)[a-z][\w-]*[ \t]+){0,3}[" + UPPER + "]")
# A preposition right before a run, which makes a run of no known given name a place: "MP for " in "the MP for
# Bristol West", "to " in "moved to Grand Forks", "off " in "cages off Pulau Ubin", "out of " in "fishes out of
# Fraserburgh", "between " in "between Piazzale Roma and the Lido" (not "from ", as in "a post from Arianna
# Huffington").
PLACE_BEFORE = compile_pattern(r"\b(?:in|to|at|near|across|off|above|below|beyond|outside|around|between|out[ \t]+of"
                               r"|representing|(?:MP|MSP|MLA|MPP|MHA|MNA|[Mm]ember|[Ss]enator|[Cc]ongressman"
                               r"|[Cc]ongresswoman|[Rr]epresentative|[Cc]ouncillor|[Aa]ssemblyman|[Aa]ssemblywoman"
                               r"|[Aa]ssemblymember|[Cc]andidate)[ \t]+for)[ \t]+(?:the[ \t]+)?$")  # ('in
# the Pacific Northwest', 'a member representing Abeokuta South', 'sessions at Skellow Bend', 'State assemblyman for
# Sungai Lentang', 'The Member for Ketu North, Hon. Ama Owusu,')
# Words that make the person after "to" someone spoken to, not a place: "talk to " in "Talk to Inês Silva".
TALK_TO = compile_pattern(r"\b(?:[Tt]alk(?:s|ed|ing)?|[Ss]p[eo]ak(?:s|ing)?"
                          r"|[Ss]poke|[Ww]r(?:ite|ote|ites)|[Ll]isten(?:ed)?"
                          r"|[Aa]ccording|[Mm]arried|[Ww]ent[ \t]+out|[Hh]ello|[Tt]hanks)[ \t]+to[ \t]+$")
#: Nouns for a body that a name in apposition after them is the name of: "outlets" in "one of Germany's largest media
#: outlets, Der Spiegel," (plurals are read without their "s").
_BODY_WORDS = BODY_NOUNS | NAMED_BODY_NOUNS | frozenset(
    "newspaper magazine outlet network broadcaster station publisher paper daily weekly website organization "
    "organisation nonprofit startup coalition chain brand label".split())
#: Nouns for who heads or belongs to a body, besides the roles: "head" in "the head of the union, Ana Lind,".
_HEAD_WORDS = frozenset("head heads boss member members owner owners founder founders".split())
# Where a clause breaks, before the noun phrase a name stands in apposition to: the ", " in "Reyes said, the
# city's paper".
_CLAUSE_BREAK = compile_pattern(r"[,;:.!?\n]")


def after_place_word(text: str, run_start: int) -> bool:
    """'the MP for Bristol West', 'moved to Grand Forks', 'A dentist in Russell', 'a reporter from Huntsville', 'the
    University of Iowa': a preposition before a run that makes it a place (not 'Talk to Inês Silva')."""
    if PLACE_BEFORE.search(text, max(0, run_start - 24), run_start) is not None:
        return TALK_TO.search(text, max(0, run_start - 16), run_start) is None
    before = text[max(0, run_start - 30):run_start].split()[-2:]  # 'a radio reporter from Huntsville' (not 'a
    return len(before) == 2 and ((before[1] == "from" and (before[0].lower() in PERSON_ROLES  # letter from Ana Lind')
                                                           or before[0].lower() in _MOTION_VERBS))
                                 or (before[1] == "of" and (before[0].lower() in NON_PERSON_WORDS
                                                            or before[0].lower() in PLACE_KINDS)))  # 'the University
    # of Wisconsin-Eau Claire', 'the old port of Fira', 'has driven from Piazzale Roma'


#: Verbs of going whose 'from' names a place: 'driven' in 'has driven from Piazzale Roma'.
_MOTION_VERBS = frozenset("""driven drove drives driving came comes coming travelled traveled travels flew flown flies
    moved moves sailed sails walked walks commuted commutes fled flees""".split())


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` stands after an article and before a word in lower case, that word's
    modifier: 'The Trump campaign's adviser', 'a volunteer from the Mej campaign' (no one named there)."""
    return text[end:end + 1] == " " and text[end + 1:end + 2].islower() \
        and ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None


def body_before(text: str, run_start: int) -> bool:
    """'the city's oldest newspaper, Harbor Ledger,': a noun for a body and a comma right before the name, no role
    in its phrase."""
    if text[run_start - 2:run_start] != ", ":
        return False
    phrase = _CLAUSE_BREAK.split(text[max(0, run_start - 60):run_start - 2])[-1].split()
    return bool(phrase) and (phrase[-1] in _BODY_WORDS or phrase[-1][:-1] in _BODY_WORDS) \
        and not any((low := word.lower()) in ROLE_WORDS or low in _HEAD_WORDS for word in phrase)  # (not 'the head
    # of the union, Ana Lind,')


def role_before(text: str, run_start: int) -> bool:
    """'The White House chief of staff, Leland Voorhis,', 'Board member Krista Vickers', 'a farmer named Grigore
    Lupas': a role right before the name, with a comma or in lower case."""
    if text[run_start - 2:run_start] == ", ":
        last = text[max(0, run_start - 24):run_start - 2].rsplit(None, 1)[-1:]
        return bool(last) and last[0].lower() in ROLE_WORDS
    if text[run_start - 1:run_start] != " " or not text[run_start - 2:run_start - 1].islower():
        return False
    last = text[max(0, run_start - 30):run_start].split()[-2:]
    if len(last) == 2 and last[1] == "named":
        last = last[:1]  # ('a farmer named Grigore Lupas')
    return bool(last) and last[-1].islower() and last[-1] in PERSON_ROLES


def kin_beside(text: str, start: int, end: int) -> re.Match[str] | None:
    """The kinship noun set beside a lone name ('his wife, Jane,', 'Daniel, her brother,', 'his son Andy'), or
    None."""
    if text[start - 2:start] == ", ":
        return KIN_BEFORE.search(text, max(0, start - 16), start)
    if text.startswith(", ", end):
        return KIN_AFTER.match(text, end)
    if not text[start - 2:start - 1].islower():
        return None
    before = text[max(0, start - 13):start].split()[-1:]  # ('His son Andy came home')
    return KIN_NOUN_BEFORE.search(text, max(0, start - 30), start) if before and before[0] in KIN_NOUNS else None
