"""The names speakers go by: a surname given in full where the article names that one person so, and the
article's list of speakers with their quote counts and the other ways they were named.

>>> from newsparse.model import Quote, Span
>>> text = '"We won," Brian Tate said. "Yes," Tate said.'
>>> quotes = [Quote("We won,", 1, 8, "Brian Tate", Span(10, 20), "said-verb", "full", False),
...           Quote("Yes,", 28, 32, "Tate", Span(34, 38), "said-verb", "full", False)]
>>> full_names(text, quotes)
>>> [q.speaker for q in quotes]
['Brian Tate', 'Brian Tate']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..lexicon.people import (
    GIVEN_NAMES,
    NAME_PARTICLE_PATTERN,
    NAME_PARTICLES,
    NON_PERSON_WORDS,
    NOT_NAME_START,
    PATRONYMIC_PARTICLES,
    SHARED_GIVEN_NAMES,
    UPPER,
)
from ..lexicon.speech import (
    FEMALE_ROLES,
    FEMALE_TITLES,
    MALE_ROLES,
    MALE_TITLES,
    PERSON_ROLES,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from ..lexicon.titles import NAME_TITLES
from ..model import Quote, Speaker
from ..pattern_cache import compile_pattern
from ..zones import ZonedDoc
from .name_runs import COUPLE_BEFORE, NICKNAME_WORDS, as_inside_a_name, parse_run, plain_given, without_nickname
from .phrases import abbreviation_before, joined_particle
from .subjects import SUBJECT_REACH

_TITLE_GENDER = {**{t: "male" for t in MALE_TITLES}, **{t: "female" for t in FEMALE_TITLES}}
# Capitalised words right before a surname in the narrative: "Prosecutor Carla " in "Prosecutor Carla Jimenez",
# "Salim bin Nasser " in "Salim bin Nasser al Qasabrawi" (a father's name after its particle), "Maria da Graça " in
# "Maria da Graça Pires", "Ludwig van " in "Ludwig van Beethoven" (particles of a name). (A nickname may stand before
# the surname: 'Juan "Chico" ' in 'Juan "Chico" Ramirez'.)
NAME_BEFORE = compile_pattern(r"(?<![\w'’.-])(?:[" + UPPER + r"][\w'’.-]*[ \t]+(?:(?:" + NAME_PARTICLE_PATTERN
                              + r")[ \t]+){0,2}){1,3}(?:" + NICKNAME_WORDS + r"[ \t]+)?$")
# A surname right after a given name: " Lewis" in "Sir Martyn Lewis", " van der Berg" in "Pieter van der Berg".
SURNAME_AFTER = compile_pattern(r"[ \t]+((?:(?:" + NAME_PARTICLE_PATTERN + r")[ \t]+){0,2}["
                                + UPPER + r"][a-z][\w'’-]*)"
                                r"(?![\w'’-]|[ \t]+[A-Z])")
# A capitalised word right after a word of a name, the name going on: " Wickersham" after "Caleb".
NAME_GOES_ON = compile_pattern(r" [" + UPPER + r"][a-z]")
#: Titles that go with a given name: "Sir Martyn" for Sir Martyn Lewis.
_GIVEN_NAME_TITLES = frozenset({"sir", "dame"})
# What follows a name when an appositive does: 'Tate, who', 'Tate (R-Maine)', 'Tate -- a farmer --', 'Tate himself'
# (not an age alone: 'Mr Lowe, 67, said', 'said Lowe, 67.'; nor a question put to them: 'Dahle, asked whether she
# would go,').
APPOSITIVE_AFTER = compile_pattern(r"\s*(?:,(?![ \t]*\d{1,3}(?:[,.;]|$)|[ \t]+(?:when[ \t]+)?asked\b)|[(—–]|--"
                              r"|himself\b|herself\b)")


def full_names(text: str, quotes: list[Quote]) -> None:
    """'Tate said' gives 'Brian Tate' when the article named him so before, and no one else of that surname:
    among the speakers it quotes, else in its narrative; a surname with an appositive ('said Tate, who voted no')
    stays as written, since the appositive is part of how he is named."""
    by_surname = _by_surname({q.speaker for q in quotes if q.speaker})
    quoted: dict[str, list[tuple[int, str]]] = {}  # surname -> the full names quoted under it, where first named
    narrated: dict[str, list[tuple[int, str]]] = {}  # ... and those of its narrative: read only when asked
    last = {q.speaker: q.speaker_span.start for q in quotes if q.speaker and q.speaker_span}  # (read up to here)
    patronyms = any(f" {particle} " in text for particle in PATRONYMIC_PARTICLES)  # (most articles name no one so)
    for i, q in enumerate(quotes):
        if not q.speaker or q.speaker_span is None or q.speaker_method == "pronoun" \
                or (q.speaker_method == "role-noun" and " " in q.speaker) \
                or not _name_opening(q.speaker) or _full_already(q.speaker):
            continue
        if q.speaker not in quoted:
            quoted[q.speaker] = _quoted_full_names(text, q.speaker, by_surname.get(q.speaker.split()[-1], ()))
        phrase = text[q.speaker_span.start:q.speaker_span.end]
        full = (patronyms and _patronymic_name(text, q.speaker, q.speaker_span.start)) \
            or _only_one_before(quoted[q.speaker], q.speaker_span.start, phrase)  # ('Ismail bin Harun' is 'Ismail', not
        # his son 'Faizal Ismail')
        titled = phrase.split(" ", 1)[0].lower().rstrip(".") in _HONORIFICS
        if (full is None or titled) and q.speaker not in narrated:  # (read only when asked)
            narrated[q.speaker] = narrated_full_names(text, q.speaker, last[q.speaker]) or (
                narrated_full_names(text, inside, last[q.speaker])
                if (inside := as_inside_a_name(q.speaker)) != q.speaker else [])
        if titled:
            named = {name for at, name in quoted[q.speaker] + narrated[q.speaker]
                     if at < q.speaker_span.start and not _other_gender(phrase, name)}
            if len({name for name in named if not any(_short_for(name, other) for other in named)}) > 1:
                full = _named_last(text, sorted(named), q.speaker_span.start) or full  # ('Their father, Morten Rusk,
                # watched. "...," Mr Rusk said.': not Dane Rusk, quoted before)
        if full is None:
            full = _only_one_before(narrated[q.speaker], q.speaker_span.start, phrase)
        if full is None and " " not in q.speaker and (_goes_by_given_name(q.speaker, phrase) or (
                phrase == q.speaker and not quoted[q.speaker] and not narrated[q.speaker]
                and plain_given(q.speaker))):  # (a given name the lexicon does not know, no one's surname: 'Oriel
            # Tait, a sophomore, added 22 points.' ... '"...," Oriel said.')
            full = _only_one_before(_given_full_names(text, q.speaker, by_surname, last[q.speaker]),
                                    q.speaker_span.start, phrase)
        if full is not None and (not APPOSITIVE_AFTER.match(text, q.speaker_span.end)
                                 or any(o.start <= q.speaker_span.start < o.end for o in quotes)):  # (a name a quote
            # calls someone by is no appositive's: '"Tomas, are you cutting prices?"')
            quotes[i] = Quote(q.text, q.start, q.end, full, q.speaker_span, q.speaker_method, q.kind, q.unclosed)


# A person described before named after a quote, by the noun that described them and a name in apposition: "The
# nurse, Maria K. Lindqvist," or "The doctor, who asked to be identified only as Dr Hannah," (noun and name groups).
NOUN_THEN_NAME = compile_pattern(r"\b[Tt]he[ \t]+(?P<noun>[a-z][\w-]*),[ \t]+(?:who[ \t]+(?:asked|wished|wanted|agreed)"
                                 r"[ \t]+to[ \t]+be[ \t]+(?:identified|named)[ \t]+(?:only[ \t]+)?(?:as|by)[ \t]+)?"
                                 r"(?P<name>(?:[" + UPPER + r"][\w.'’-]*[ \t]+){0,3}[" + UPPER + r"][\w'’-]*)[,.]")
#: How far after a described speaker's quote the narrative may name them.
_NAMED_LATER_REACH = 600


def described_named_later(text: str, quotes: list[Quote]) -> None:
    """A speaker described and not named ('A 54-year-old nurse at the back of the hall') takes the name the
    narrative gives them right after their quote, in their paragraph or the next: '"...," she said. The nurse,
    Maria K. Lindqvist, later said ...' -> Maria K. Lindqvist, for each of their quotes. 'The woman' or 'the man'
    names them too when their pronoun agrees."""
    named: dict[str, str] = {}  # each description, to the name given to it
    for quote in quotes:
        described = quote.speaker
        if not described or described in named or described.split(" ", 1)[0].lower() not in ("a", "an") \
                or quote.speaker_span is None:
            continue
        words = [word.strip(",.").lower() for word in described.split()[1:]]
        noun = next((word for word in words if word in PERSON_ROLES), None)
        if noun is None:
            continue
        said_by = text[quote.speaker_span.start:quote.speaker_span.end].lower()
        gender = PRONOUN_GENDER.get(said_by) or ("female" if noun in FEMALE_ROLES else
                                                  "male" if noun in MALE_ROLES else None)
        end = min(len(text), quote.end + _NAMED_LATER_REACH)
        first_break = text.find("\n\n", quote.end, end)
        second_break = text.find("\n\n", first_break + 2, end) if first_break >= 0 else -1
        found = NOUN_THEN_NAME.search(text, quote.end, end if second_break < 0 else second_break)
        if found is None:
            continue
        said = found.group("noun")
        if said == noun or (said == "woman" and gender == "female") or (said == "man" and gender == "male"):
            name = found.group("name").rstrip(".")
            parsed = parse_run(name)
            named[described] = parsed.name if parsed is not None and not parsed.single else name  # (titles left
            # out, as where a name is read: 'Ato Dawit Haile' -> Dawit Haile, 'Dr Hannah' -> Hannah)
    for i, quote in enumerate(quotes):
        if quote.speaker in named:
            quotes[i] = replace(quote, speaker=named[quote.speaker])


def _quoted_full_names(text: str, surname: str, quoted: Iterable[str]) -> list[tuple[int, str]]:
    """The full names of speakers quoted under that surname ('Brian Tate'), each with where it first stands."""
    speakers: list[tuple[int, str]] = []
    for full in quoted:
        if full != surname and _short_for(surname, full):
            at = text.find(full)
            speakers.append((at if at >= 0 else len(text), full))
    return sorted(speakers)


def named_in_full(text: str, surname: str, until: int) -> bool:
    """Whether the narrative before ``until`` names someone in full by ``surname``: 'Tom Reed' before 'Reed shook his
    head.'."""
    return bool(narrated_full_names(text, surname, until))


def narrated_full_names(text: str, surname: str, until: int) -> list[tuple[int, str]]:
    """The full names of that surname the narrative gives before ``until`` ('Prosecutor Carla Jimenez asked ...'),
    each with where it first stands: those with a known given name or a title, else ('Latoya Briggs unlocks the
    door') two or three plain name-like words ('See Sexton', 'Actress Ana Lind' are no such name)."""
    known: dict[str, int] = {}
    plain: dict[str, int] = {}
    at = text.find(surname, 0, until)
    given_name = surname.lower() in GIVEN_NAMES
    while at >= 0:
        end = at + len(surname)
        before = NAME_BEFORE.search(text, max(0, at - 48), at) if _capitalised_before(text, at) \
            and (end == len(text) or not text[end].isalnum()) \
            and not (given_name and NAME_GOES_ON.match(text, end)) else None  # (not 'Caleb' in 'Forward Caleb
        # Wickersham': a given name there)
        couple = COUPLE_BEFORE.search(text, max(0, at - 40), at) if before is not None else None
        if couple is not None and all(given.lower() in GIVEN_NAMES for given in couple.groups()):
            for k, given in enumerate(couple.groups(), 1):  # 'Harold and June Kowalski': two people
                known.setdefault(f"{given} {surname}", couple.start(k))
        elif before is not None:
            run = parse_run(without_nickname(text[before.start():end]))
            if run is not None and not run.single and run.name.endswith(" " + surname) \
                    and _short_for(surname, run.name):
                if run.given or run.titled:
                    known.setdefault(run.name, before.start() + run.offset)
                elif run.name.count(" ") < 3 and plain_given(run.name.split(" ", 1)[0]) \
                        and not NAME_GOES_ON.match(text, end):  # (the surname is a speaker's: 'Briggs' ends in s,
                    # yet names no group; not a name going on: 'Health Tan' of 'Minister for Health Tan Boon Huat')
                    plain.setdefault(run.name, before.start() + run.offset)
        at = text.find(surname, end, until)
    return sorted((at, full) for full, at in (known or plain).items())


def _patronymic_name(text: str, name: str, position: int) -> str | None:
    """The full name a one-word speaker goes by as its first word before a patronymic particle, named before
    ``position``: 'Ismail' -> 'Ismail bin Harun', 'Siti' -> 'Siti binti Aminah'; None if none is named so."""
    if " " in name:
        return None
    for particle in PATRONYMIC_PARTICLES:  # (found by its words first: most articles hold none)
        at = text.find(f"{name} {particle} ", 0, position)
        if at >= 0 and (found := PATRONYMIC.match(text, at)) is not None and found.group(1) == name:
            return found.group()
    return None


# A given name, a patronymic particle and the father's name: "Ismail bin Harun", "Siti binti Aminah" (group 1 the
# given name).
PATRONYMIC = compile_pattern(r"\b([" + UPPER + r"][\w'’-]+)[ \t]+(?:" + "|".join(sorted(PATRONYMIC_PARTICLES))
                             + r")[ \t]+[" + UPPER + r"][\w'’-]+")


def _named_last(text: str, names: list[str], position: int) -> str | None:
    """Of several people of one surname, the one named in full last before ``position``, if that was just before
    (within ``_NAMED_JUST_BEFORE`` characters) near the start of its sentence, no other name before it there
    ('Their father, Morten Rusk, watched'; not 'a tribute to a teacher's aide, Anne Marie Murphy,', nor 'Garth
    Harnett owns the ranch with Lucy Harnett'); None when none was."""
    at, name = max((text.rfind(name, 0, position), name) for name in names)
    if at < 0 or position - at > _NAMED_JUST_BEFORE:
        return None
    opening = text.rfind(". ", 0, at)
    while opening > 0 and abbreviation_before(text, opening):  # ('whose son, Pfc. Daniel Amaral,': no sentence end)
        opening = text.rfind(". ", 0, opening)
    opening = max(opening, text.rfind("\n", 0, at)) + 1
    lead = text[opening:at]
    return name if at - opening <= SUBJECT_REACH and not any(word[:1].isupper() for word in lead.split()[1:]) \
        and not any(mark in lead for mark in _QUOTE_MARKS) else None  # (not '"So did we," said Tom Lind.')


#: How near before a surname said alone one of several people of that surname must have been named in full for
#: the surname to be theirs: about two short paragraphs.
_NAMED_JUST_BEFORE = 400
#: Titles of courtesy that a surname said alone takes for any of a family: 'Mr Rusk' after 'Their father, Morten
#: Rusk,' is him, though his son was quoted before.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
#: Marks that open or close a quote: a name after one is a speaker's, in no sentence about them.
_QUOTE_MARKS = ('"', "“", "”", "''")


def _goes_by_given_name(speaker: str, phrase: str) -> bool:
    """Whether a one-word speaker is named by a given name: one the lexicon knows with no title ('Marguerite
    said'; not 'Mr. Lou said'), or after 'Sir' or 'Dame' ('Sir Martyn said')."""
    title = phrase.split(" ", 1)[0].lower().rstrip(".")
    if title in _GIVEN_NAME_TITLES:
        return True
    return speaker.lower() in GIVEN_NAMES and title not in NAME_TITLES  # ('Mr. Lou' is a surname)


def _given_full_names(text: str, given: str, by_surname: dict[str, list[str]], until: int) -> list[tuple[int, str]]:
    """The full names that open with ``given`` before ``until``, each with where it first stands: among the
    speakers quoted ('Marguerite Olsen') and in the narrative ('Sir Martyn Lewis, the chairman'; 'Arthur and Joan
    Pemberton' gives 'Joan Pemberton'), for a speaker named by the given name alone."""
    found: dict[str, int] = {}
    for names in by_surname.values():
        for full in names:
            if full.startswith(given + " ") and (at := text.find(full, 0, until)) >= 0:
                found.setdefault(full, at)
    at = text.find(given, 0, until)
    while at >= 0:
        end = at + len(given)
        if (at == 0 or not text[at - 1].isalnum()) and (m := SURNAME_AFTER.match(text, end)) is not None:
            surname = m.group(1).removesuffix("'s").removesuffix("’s")
            if _plain_surname(surname.rsplit(" ", 1)[-1]):
                found.setdefault(f"{given} {surname}", at)
        at = text.find(given, end, until)
    return sorted((at, full) for full, at in found.items())


def _plain_surname(word: str) -> bool:
    """Whether a capitalised word after a given name may be a surname: 'Lewis' (not 'Street', 'Said', 'Monday')."""
    low = word.lower()
    return low not in NON_PERSON_WORDS and low not in ROLE_NOUNS and low not in NOT_NAME_START \
        and low not in SPEECH_VERBS


def _name_opening(name: str) -> bool:
    """Whether a speaker's name opens as a name does: a capital, or a particle ('van der Linden', 'de la Torre',
    'al-Haddadin')."""
    return name[:1].isupper() or name.split(" ", 1)[0] in NAME_PARTICLES \
        or joined_particle(name)  # ('al-Haddadin')


def _full_already(name: str) -> bool:
    """A name of two words or more that opens with a given name: 'Ana Lind' (not 'Le Pen', nor 'Wallace', nor 'al
    Qasabrawi', a particle)."""
    first, space, _ = name.partition(" ")
    return bool(space) and first[:1].isupper() and first.lower() in GIVEN_NAMES


def _capitalised_before(text: str, at: int) -> bool:
    """Whether a capitalised word or a name's particle ('da' in 'Luiz da Silva') stands one space before ``at`` (most
    words before a surname are in lower case, or are none: told before a pattern is tried)."""
    if at < 2 or text[at - 1] not in " \t":
        return False
    k = at - 1
    while k > 0 and at - k < 24 and (text[k - 1].isalpha() or text[k - 1] in "'’.-"):
        k -= 1
    if k == at - 1:  # (or a nickname's closing mark: 'Juan "Chico" Ramirez')
        return text[at - 2] in '"”' and text[at - 3].isalpha()
    return text[k].isupper() or text[k:at - 1] in NAME_PARTICLES  # (or a particle of the name: 'Luiz da Silva')


def _only_one_before(names: list[tuple[int, str]], position: int, phrase: str) -> str | None:
    """The one person of those named before ``position`` whom the speaker ``phrase`` may be ('Mr. Baker' is
    not 'Ellen Baker'; shorter forms of the same name folded into the fullest: 'Ted Cruz' into 'Rafael Edward
    Ted Cruz'); None for none or several."""
    before = [full for at, full in names if at < position and not _other_gender(phrase, full)]
    if len(before) < 2:  # (most often: none, or one)
        return before[0] if before else None
    longest = {full for full in before if not any(_short_for(full, other) for other in before)}
    return longest.pop() if len(longest) == 1 else None


def speaker_list(doc: ZonedDoc, quotes: list[Quote]) -> list[Speaker]:
    """Each person or body quoted, under the fullest name the quotes give ('Tate' joins 'Brian Tate'),
    with the number of quotes and the other ways the article named or described them."""
    counts: dict[str, int] = {}
    forms: dict[str, list[str]] = {}
    for q in quotes:
        if not q.speaker:
            continue
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
        bucket = forms.setdefault(q.speaker, [])
        if q.speaker_span:
            phrase = " ".join(doc.slice(q.speaker_span).split())
            if phrase != q.speaker and phrase.lower() not in PRONOUN_GENDER and phrase not in bucket:
                bucket.append(phrase)
    by_surname = _by_surname(counts)
    owner = {}
    for name in counts:
        full = _only_full_name(name, by_surname)
        owner[name] = full if full is not None and not any(_other_gender(f, full) for f in forms[name]) else name
    merged: dict[str, int] = {}
    described: dict[str, list[str]] = {}
    for name in counts:  # first-quoted order
        full = owner[name]
        merged[full] = merged.get(full, 0) + counts[name]
        bucket = described.setdefault(full, [])
        for phrase in ([name] if name != full else []) + forms[name]:
            if phrase not in bucket and phrase != full:
                bucket.append(phrase)
    order = sorted(merged, key=lambda name: -merged[name])
    return [Speaker(name, merged[name], tuple(described[name])) for name in order]


def _other_gender(phrase: str, full: str) -> bool:
    """'Mr. Baker' is not 'Ellen Baker': the honorific and the given name tell different genders (a name given to
    both sexes tells none: 'Mr. Graham' may be 'Lindsey Graham')."""
    title = _TITLE_GENDER.get(phrase.split(" ", 1)[0].lower().rstrip("."))
    first = full.split(" ", 1)[0].lower()
    given = GIVEN_NAMES.get(first) if first not in SHARED_GIVEN_NAMES else None
    return title is not None and given is not None and title != given


def _by_surname(names) -> dict[str, list[str]]:
    """Speaker names grouped by their last word, so a surname is only compared with its kin."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name.split()[-1], []).append(name)
    return groups


def _only_full_name(name: str, by_surname: dict[str, list[str]]) -> str | None:
    """The one longer name ``name`` is short for ('Tate' -> 'Brian Tate'); None when there are
    none or several ('Clinton' with both 'Bill Clinton' and 'Hillary Clinton' quoted)."""
    kin = by_surname.get(name.split()[-1], ())
    if len(kin) < 2:  # (the name itself: most speakers share their surname with no one)
        return None
    fuller = {full for full in kin if _short_for(name, full)}
    longest = {full for full in fuller if not any(_short_for(full, other) for other in fuller)}
    return longest.pop() if len(longest) == 1 else None


def _short_for(name: str, full: str) -> bool:
    """'Tate' is short for 'Brian Tate', 'Du Tremblay' (opening a sentence) for 'Marc-André du Tremblay'; 'the
    spokesman' is short for no one."""
    words, full_words = name.split(), full.split()
    return (len(words) < len(full_words) and _name_opening(name) and words[-1] == full_words[-1]
            and (set(words) <= set(full_words) or set(as_inside_a_name(name).split()) <= set(full_words))
            and "and" not in full_words  # ('Lind and Reyes' is two people)
            and not any(word.islower() and word not in NAME_PARTICLES for word in full_words))  # (nor is 'A former
    # aide to Mr. Varley' Mr. Varley's full name; 'Bill de Blasio' is)
