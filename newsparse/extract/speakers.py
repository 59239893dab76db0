"""Who said each quotation: the attribution next to it, resolved to a name where the article gives one.

>>> from newsparse.zones import zone
>>> from newsparse.extract.quotes import find_quotes
>>> doc = zone('T\\n\\nGen. Jonathan Vance spoke on Tuesday. "We will leave," he said.\\n')
>>> [(q.speaker, q.speaker_method) for q in attribute(doc, find_quotes(doc))[0]]
[('Jonathan Vance', 'pronoun')]

Where the speaker is looked for, in order (the phrases themselves are read by ``attribution``):

1. after the quote, in its sentence (``," X said``, ``," said X``, ``according to X``), or the
   sentence before it when a fragment follows a naming verb (``X called it "disastrous"``);
2. before it, in its sentence (``X said: "``, ``X told reporters, "``, ``Said X: "``), or a short
   sentence just before (``X agreed. "...``), or a credit line after (``"..." -- X``); for a quote
   standing alone, the sentence just before it when its subject, a person, speaks (``X praised the
   plan. "..."``, also closing the paragraph before);
3. a colon introduction closing the paragraph before (``X told the crowd:``);
4. another quote of the same sentence or paragraph, or the quote closing the paragraph before
   when this paragraph opens with a quote of its own (a quotation running on; see ``continuations``).

``speaker_method`` tells which: ``said-verb``, ``according-to``, ``colon-intro``, ``credit``,
``continuation``, ``pronoun``, ``role-noun``, ``description``.

A speaker is a name, titles and party labels kept out (``Sen. Ted Cruz (R-Texas)`` -> ``Ted
Cruz``), a bare surname given in full when the article named that one person so before, in a quote's
attribution or its narrative (``Cruz`` -> ``Ted Cruz``; kept as written when an appositive follows it or two
people share it, see ``speaker_names``); a pronoun
resolved to the person it stands for (see ``mentions``), or to an unnamed person a quote just before
described (``a spokesman said. "...," he added``; ``it``/``they`` to a body quoted just before, ``it`` also to
a body the narrative just before reports speaking, ``..., the Bundesbank said. "...," it said``, ``they`` to a
group opening the sentence before, ``Officials from the agency met. "...," they said``; ``I``/``we`` left null);
or a description (``a spokesman for the alliance``), to which a later ``the spokesman`` resolves, as ``the
senator`` does to a speaker introduced as ``Sen. X``, and as ``the spokesman`` does to ``A spokesman for the port
said ...`` in the narrative just before.
A partial quote (a fragment in paraphrase) with no speaker is a nickname or a scare quote, and
is left out, as titles of works already are (see ``quotes``).
"""

from __future__ import annotations

from ..lexicon.people import NOT_NAME_START, UPPER
from ..lexicon.speech import (
    NAMING_VERBS,
    OBJECT_VERBS,
    PHRASAL_SPEECH,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STANCE_KEYS,
)
from ..lexicon.titles import ABBREVIATIONS
from ..model import Quote, Span, Speaker
from ..pattern_cache import compile_pattern, longest_first
from ..zones import ZonedDoc
from .attribution import (
    SENTENCE_STOP,
    VERBISH,
    Found,
    after_gloss,
    read_after,
    sentence_head,
    sentence_tail,
)
from .byline import extract_authors
from .continuations import (
    ADVERB_LEAD_IN,
    REPORTED,
    answer_reported_question,
    asked_subject,
    continue_speakers,
    person_named,
)
from .descriptions import DOCUMENTS, statement_issuer
from .epithets import AGE_EPITHET, epithet_key, role_alone
from .interviews import asks_and_answers, gives_exchange, interview_turns
from .intros import read_before
from .leads import UTTERANCES, read_intro, read_lead
from .mentions import People
from .phrases import (
    DETERMINERS,
    DOCUMENT_OWNERS,
    DOCUMENT_WORDS,
    LETTERS,
    PRONOUNS,
    ROLE_MODIFIERS,
    Token,
    abbreviation_before,
    clean_name,
    past_tense,
    tokenize,
)
from .quotes import blocks
from .referents import RoleHolder, SpelledOut, kin_of_a_role, owned_role, para_index, resolve
from .roles import titled_roles
from .speaker_names import described_named_later, full_names, named_in_full, speaker_list

_OPEN_MARKS = "\"“„«»'‘”"
# The closing marks after a quote: '"' in '"We go," he said', '’”' in '‘We go’” she said'.
CLOSING_MARKS = compile_pattern(r"[\"”»«'’“]*")
# The last word before an opening mark: 'Lind called it "' -> "it"; 'what Reyes called "' -> "called".
WORD_BEFORE = compile_pattern(r"(\w+)[\s,:]*$")
# The last two words before an opening mark, and a comma or a colon: "called out, " in 'A man called out, "', "gallery
# said, " (group 1: a verb, group 2: its particle; or group 1 a word before the verb, group 2 the verb).
VERB_LEAD_IN = compile_pattern(r"\b([a-z]+)(?:[ \t]+([a-z]+))?[,:][ \t]*$")
# A new sentence after a closing mark, opened by a capitalised determiner: " The mayor" in '!" The mayor asked the
# gallery to stay quiet.' (an attribution after a quote is in lower case: '!" the mayor asked.').
NEW_SENTENCE_AFTER = compile_pattern(r"[ \t]+(?:The|A|An|His|Her|Their|Its|This|That)[ \t]")
# The commonest attributions after a closing mark, read without tokens (``attribution`` reads the rest): a pronoun
# or one to three plain capitalised words, then a speech verb that no colon follows: ' he said.', ' Ana Lind said,',
# ' she said on Monday.' (not ' he added: ', which opens the next quote).
SUBJECT_SAID = compile_pattern(r"\s*([" + UPPER + r"][a-z]+(?: [" + UPPER + r"][a-z]+){0,2}|he|she|they|it|we"
                               r"|I) ([a-z]+)(?![\w'’\-])(?!\s*:)")
# A speech verb, then one to three plain capitalised words and a comma or period: ' said Lind.', ' added Ana Lind,'.
SAID_NAME = compile_pattern(r"\s*([a-z]+) ([" + UPPER + r"][a-z]+(?: [" + UPPER + r"][a-z]+){0,2})(?=[.,])")
# 'The elder' or 'the younger' opening a speaker phrase, which tells apart two of a family: "the elder " in "the
# elder Rivoire said".
GENERATION_OPENING = compile_pattern(r"[Tt]he[ \t]+(?:elder|younger)[ \t]")
#: Words of which the words after a quote must hold one for most readings of ``read_after``.
_AFTER_WORDS = SPEECH_VERBS | {"according", "per"} | PHRASAL_SPEECH.keys()  # ('broke' in 'Lind broke in.')
#: Words of which the sentence before a quote must hold one (or end in a colon) for ``read_before``.
_BEFORE_WORDS = VERBISH | {"according", "per", "put", "puts", "know", "words"} | PHRASAL_SPEECH.keys()  # ('As Ana
# Lind put it, "', 'Lind wanted to know, "', 'Lind broke in: "', 'Translation, per one lobbyist: "', 'In her words, "')
#: Words of which a sentence before a quote standing alone must hold one for ``read_lead`` ('Lind was blunt.').
_LEAD_WORDS = _BEFORE_WORDS | STANCE_KEYS | frozenset(DOCUMENTS) | UTTERANCES  # ('The union issued a statement.')
# A beat of the narrative between a person's quotes: a verb (group 2; see ``_beat_verb``) and words in lower case
# (``_BEAT_WORDS`` at most in a paragraph of its own, ``_BEAT_WORDS_BEFORE_QUOTE`` before the quote in its paragraph):
# "pauses.", "shrugged.", "looked up.", "paused and looked at the doors.", "stops, then shrugs.", "considers the
# question for a long time.", "ran the clinic for 20 years and closed it in 2019.", "shook his head before the
# question was finished.", "pulled back the flap of her tent to show a gas heater and two mattresses stacked against
# the wall."
_BEAT = r"([a-z]+)(?:,?[ \t]+[a-z0-9][\w'’-]*){0,20}\."
#: How many words after its verb a beat of a paragraph of its own may have ('She looks out of the window at the trucks
#: that carry the grain down to the river every autumn.' tells more than a beat).
_BEAT_WORDS = 10
#: How many it may have right before a quote in the quote's paragraph.
_BEAT_WORDS_BEFORE_QUOTE = 20
# The beat of a he or she: "She pauses." (the pronoun is group 1).
PRONOUN_BEAT = compile_pattern(r"(He|She)[ \t]+" + _BEAT)
# The same beat of someone named: "Tom Reed shakes his head." (group 1: the name).
NAME_BEAT = compile_pattern(r"((?:[" + UPPER + r"][\w'’-]+[ \t]+){0,2}[" + UPPER + r"][\w'’-]+)[ \t]+" + _BEAT)
# A he or she and a speech verb set off after a sentence's opening words: "Still, she said," in "Still, she said, the
# theory is sound." (the pronoun is group 1, the verb group 2).
REPORTED_ASIDE = compile_pattern(r"[" + UPPER + r"][\w'’-]*(?:[ \t]+[\w'’-]+){0,4},[ \t]+(he|she)[ \t]+([a-z]+),")
#: Verbs that open no beat: 'She was sure to win.' is no doing of hers.
_NOT_BEAT_VERBS = frozenset({"was", "is", "has", "does"})
#: First words that keep a run from being read here as a name ('But', 'The', 'He'): left to ``attribution``.
_NOT_PLAIN_NAME = NOT_NAME_START | PRONOUNS | DETERMINERS | SPEECH_VERBS
#: A quote of fewer words and no speaker is a label or a name ('"Related:"'), left out.
_MIN_UNATTRIBUTED_WORDS = 3
# A translation in brackets right after a quote's closing mark: ' (We can no longer sleep because of the heat.)'.
GLOSS_AFTER = compile_pattern(r"[ \t]*\([^()\n]{1,300}\)")
#: How far (characters) attribution windows reach from a quote.
_WINDOW = 260


def attribute(doc: ZonedDoc, quotes: list[Quote]) -> tuple[list[Quote], list[Speaker]]:
    """Fill in each quote's speaker; return the quotes kept and the article's speakers list."""
    text = doc.text
    paragraphs = blocks(doc)
    para_starts = [p.start for p in paragraphs]
    paras = [para_index(para_starts, q.start) for q in quotes]
    marks = [(_before_mark(text, q.start), _after_mark(text, q.end)) for q in quotes]  # each quote with its marks
    alone: dict[int, tuple[int, int]] = {}  # quotes standing alone: where the sentence before them may be read
    found: list[Found | None] = [_find(text, paragraphs, quotes, marks, paras, i, alone) for i in range(len(quotes))]
    exchanged: set[int] = set()  # answers to a question the narrative reports, and the questions after them
    for i, (sentence, floor) in alone.items():  # a quote that no quote before gives a speaker may open an exchange:
        if found[i] is None and (i == 0 or found[i - 1] is None):  # its speaker is read first, for the turns after it
            found[i] = _lead_sentence(text, paragraphs, marks, paras, i, sentence, floor) \
                or asked_subject(text, marks[i - 1][1] if i > 0 else 0, marks[i][0])  # to take
            if found[i] is not None:
                answer_reported_question(text, quotes, marks, paragraphs, paras, found, i, exchanged)
    continue_speakers(text, paragraphs, quotes, marks, paras, found, exchanged)
    leads = 0
    for i, (sentence, floor) in alone.items():  # (read only where no neighbour gave a speaker: most have one)
        if found[i] is None and i > 0 and found[i - 1] is not None:
            found[i] = _lead_sentence(text, paragraphs, marks, paras, i, sentence, floor) \
                or asked_subject(text, marks[i - 1][1], marks[i][0])  # ('Langstaff was asked whether ...')
            leads += found[i] is not None
            if found[i] is not None:
                answer_reported_question(text, quotes, marks, paragraphs, paras, found, i, exchanged)
    if leads:
        continue_speakers(text, paragraphs, quotes, marks, paras, found, exchanged)
    _interview(doc, paragraphs, quotes, marks, paras, found)
    spelled_out = SpelledOut(text)
    asked = [f.span.start for f in found if f is not None and (f.name.lower() in ("he", "she") or role_alone(f)
                                                                or epithet_key(f) is not None or owned_role(f)
                                                                or kin_of_a_role(f)
                                                                or AGE_EPITHET.match(f.name) is not None
                                                                or GENERATION_OPENING.match(text, f.span.start)
                                                                or spelled_out.role(f) is not None)]
    people = People(text, [(p.start, p.end) for p in paragraphs], marks,
                    tuple(f.name for f in found if f is not None and f.kind == "name"),
                    until=max(asked) + 1, headline=doc.title_line) if asked else None  # (read only where a pronoun
    # or a role asks for it)
    out: list[Quote] = []
    roles: dict[str, list[RoleHolder]] = {}  # role noun -> who was quoted with it, in order: "spokesman" ->
    # [RoleHolder("a spokesman for X", ("a", "spokesman", "for", "x"), 120)]
    resolved: dict[tuple[int, int], tuple[str | None, str]] = {}  # each attribution read (its span), to the name
    # resolved and how
    for quote, hit in zip(quotes, found, strict=True):
        if hit is None:
            if quote.kind == "full" and quote.text.count(" ") >= _MIN_UNATTRIBUTED_WORDS - 1:
                out.append(quote)
            continue
        at = (hit.span.start, hit.span.end)
        if at in resolved and (hit.method == "continuation" or hit.kind == "pronoun"
                               or (hit.kind == "description" and resolved[at][1] != "continuation")):  # (the quote's
            name, method = resolved[at]  # other part was resolved already: '"...," he said. "..."' is one speaker's,
            if hit.method == "continuation":  # and '"...," the statement said. "..."')
                method = hit.method
            elif hit.kind == "pronoun":
                method = "pronoun"
        else:
            name, method = resolve(hit, people, roles, out[-1] if out else None, text, para_starts, quote.start,
                                   spelled_out.role(hit), out[-2] if len(out) > 1 else None)
            resolved[at] = name, method
        if name is None and quote.kind != "full":
            continue
        if method in ("description", "role-noun") and name:
            words = tuple(name.lower().split())
            for word in words:
                if word in ROLE_NOUNS:
                    roles.setdefault(word, []).append(RoleHolder(name, words, hit.span.end))
        elif hit.kind == "name" and name:  # 'Sen. Ted Cruz said' -> a later 'the senator' is Ted Cruz
            phrase = text[hit.span.start:hit.span.end]
            for role in titled_roles(phrase):
                roles.setdefault(role, []).append(RoleHolder(name, tuple(phrase.lower().split()), hit.span.end))
        out.append(Quote(quote.text, quote.start, quote.end, name, hit.span, method, quote.kind, quote.unclosed))
    described_named_later(text, out)
    full_names(text, out)
    return out, speaker_list(doc, out)


def _interview(doc: ZonedDoc, paragraphs: list[Span], quotes: list[Quote], marks: list[tuple[int, int]],
               paras: list[int], found: list[Found | None]) -> None:
    """Speakers for the turns of an interview printed as bare quotes, each its paragraph, after a paragraph that says
    the exchange follows ('Here is part of our conversation.'), or in a run that asks and answers by turns (four
    turns at least, every other one a question): see ``interviews.interview_turns``."""
    intro_subjects: dict[int, Found] = {}  # the he or she an intro opens with, by its paragraph: who answers
    intros: dict[int, bool] = {}  # whether each paragraph read says an exchange follows (each read once)
    for j, f in enumerate(found):  # (the intro's own subject is no turn's speaker: 'She agreed to answer a few
        # questions; the exchange that follows has been shortened.' / '"How long does one take?"')
        if f is None or f.method == "continuation" or paras[j] == 0 \
                or not paragraphs[paras[j] - 1].start <= f.span.start < paragraphs[paras[j] - 1].end:
            continue
        if paras[j] - 1 not in intros:
            intros[paras[j] - 1] = gives_exchange(doc.text, paragraphs[paras[j] - 1])
        if intros[paras[j] - 1]:
            if f.kind == "pronoun":
                intro_subjects[paras[j] - 1] = f
            found[j] = None
            k = j + 1
            while k < len(found) and (g := found[k]) is not None and g.method == "continuation" and g.span == f.span:
                found[k] = None  # (and the turns after it that went on with them)
                k += 1
    i = 0
    while i < len(quotes):
        if not _a_turn(paragraphs, quotes, marks, paras, found, i) or paras[i] == 0 \
                or (i > 0 and paras[i - 1] == paras[i] - 1):
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(quotes) and paras[run[-1] + 1] == paras[run[-1]] + 1 \
                and _a_turn(paragraphs, quotes, marks, paras, found, run[-1] + 1):
            run.append(run[-1] + 1)
        run_marks = [marks[j] for j in run]
        intro = next((back for back in range(paras[i] - 1, max(-1, paras[i] - 1 - _INTRO_PARAGRAPHS_BACK), -1)
                      if gives_exchange(doc.text, paragraphs[back])), None)  # (a paragraph of facts may stand
        # between the intro and the turns: 'A few numbers first: ...')
        if intro is None and not asks_and_answers(doc.text, run_marks):
            i = run[-1] + 1  # (the turns are read only after a paragraph that says the exchange follows, or when they
            continue  # are one)
        turns = interview_turns(doc.text, paragraphs, run_marks, paras[i] - 1 if intro is None else intro,
                                lambda: extract_authors(doc),  # (the byline read only for an interview's turns)
                                intro_subjects.get(paras[i] - 1 if intro is None else intro))
        for j, turn in zip(run, turns, strict=True):
            found[j] = turn
        i = run[-1] + 1


#: How many paragraphs before a run of bare turns the paragraph that says the exchange follows may stand.
_INTRO_PARAGRAPHS_BACK = 2


def _a_turn(paragraphs: list[Span], quotes: list[Quote], marks: list[tuple[int, int]], paras: list[int],
            found: list[Found | None], i: int) -> bool:
    """Whether quote ``i`` is a turn of an exchange: a full quote with no speaker, the whole of its paragraph."""
    para = paragraphs[paras[i]]
    return found[i] is None and quotes[i].kind == "full" and marks[i][0] <= para.start and marks[i][1] >= para.end


# A relative clause saying more after a name an identification gives: ", a co-author, who says" (what comes next is
# the new person's, not the quote's before it).
SAYS_MORE = compile_pattern(r"(?:,[^,.\n]{1,60})?,?[ \t]+who[ \t]+(?:says|said|adds|added|explains|explained)\b")
# A speaker named in the sentence after the quote (or opening the next paragraph) by a demonstrative: ' That's Kelsey
# Iwamoto, who' in '"Someone has to buy it." That's Kelsey Iwamoto, who runs a lift', ' Those were the words of Bill
# Hargrove,', ' That warning came from Dr. Lena Ostrowski,', " The words came from Okafor's deputy, Lena Vos,".
NAMED_AFTER = compile_pattern(r"\s+(?:That|This|Those|The(?=[ \t]+(?:words|warning|message|plea|assessment|verdict"
                              r"|advice|remarks?|comments?|view)[ \t]+came[ \t]+from\b))"
                              r"(?:(?:['’]s|[ \t]+(?:is|was|were))[ \t]+"
                              r"(?:the[ \t]+(?:words|voice|view|verdict|assessment|take|message|argument|warning"
                              r"|advice|opinion|prediction|reaction|response|answer|reply|plea|case|pitch)[ \t]+of"
                              r"(?P<of>[ \t]+)|)"
                              r"|(?:[ \t]+(?:words|warning|message|plea|assessment|verdict|advice|remarks?|comments?"
                              r"|view))?"
                              r"[ \t]+came[ \t]+from(?P<from>[ \t]+))"
                              # a role in lower case before the name, after 'of' or 'from': 'judicial officer'; or
                              # someone's role, then the name after a comma: "Okafor's deputy, "
                              r"(?(of)(?:[a-z][\w'’-]*[ \t]+){0,4}|(?(from)(?:[a-z][\w'’-]*[ \t]+){0,4}"
                              r"(?:[" + UPPER + r"][\w-]*['’]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*,[ \t]+)?|))"
                              r"(?P<name>(?:[" + UPPER + r"][\w'’.-]*[ \t]+){1,3}[" + UPPER + r"][\w'’-]*)"
                              # ... and where the name ends: a comma, 'who', or after 'of'/'from' a sentence's end
                              # or a phrase of time or place ('... Roger Tremain after a hearing on Tuesday.')
                              r"(?=,|[ \t]+(?:who|speaking)\b"
                              r"|(?(of)(?:[.;]|[ \t]+(?:after|at|on|in|during|when|as|following)\b)"
                              r"|(?(from)(?:[.;]|[ \t]+(?:after|at|on|in|during|when|as|following)\b)|(?!))))")


def _find(text: str, paragraphs: list[Span], quotes: list[Quote], marks: list[tuple[int, int]], paras: list[int],
          i: int, alone: dict[int, tuple[int, int]]) -> Found | None:
    quote = quotes[i]
    open_mark, close = marks[i]
    reach = _WINDOW if quote.text[-1:] not in ".?!" else _WINDOW // 2  # after '?"' only 'X asked' is read
    limit = min(close + reach, _paragraph_end(paragraphs, paras[i], quote.end))
    if i + 1 < len(quotes):
        limit = min(limit, marks[i + 1][0])
    para = paragraphs[paras[i]] if paragraphs else None
    floor = max(para.start if para else 0, open_mark - _WINDOW)
    if i > 0:
        floor = max(floor, marks[i - 1][1])
    sentence = -1  # where the sentence before the quote starts, worked out when first needed
    before: list[Token] | None = None
    if quote.kind != "full":
        sentence = _sentence_start(text, floor, open_mark)
        word = WORD_BEFORE.search(text, max(sentence, open_mark - 30), open_mark)
        if word is not None and (word.group(1).lower() in SPEECH_VERBS or word.group(1).lower() in NAMING_VERBS):
            before = sentence_tail(tokenize(text, sentence, open_mark))
            hit = read_before(before, partial=True)  # 'what Mr. Hedge called "the old model," the club ...'
            if hit:
                return hit
    ends_sentence = quote.text[-1:] in ".?!"
    if quote.text[-1:] in "?!" and NEW_SENTENCE_AFTER.match(text, close, limit) is not None \
            and (lead := _verb_lead_in(text, floor, open_mark)) is not None:
        return lead  # ('A man in the gallery called out, "Then give them tablets!" The mayor asked for quiet.')
    hit = _said_after(text, close, limit, quote.text) if quote.kind == "full" or not ends_sentence else None
    if hit:
        return hit
    words_after = not _blank(text, close, limit)  # (a quote closing its paragraph has nothing after it)
    if words_after and ends_sentence and quote.kind == "full" \
            and (named := NAMED_AFTER.match(text, close, limit)) is not None \
            and (name := clean_name(named.group("name"))):
        return Found(Span(*named.span("name")), "name", name, "said-verb")  # '"..." That's Kelsey Iwamoto, who runs
        # a lift.'
    if words_after and (quote.kind == "full" or not ends_sentence):  # (a fragment closing its sentence: the
        # next sentence is not its attribution: 'Lind called it "a disaster." Reyes said it was overdue.')
        stop = _sentence_stop(text, _past_gloss(text, close, limit), limit)
        if _may_attribute_after(text[close:stop], quote.text, quote.kind == "full") \
                and not _introduces_next(text, quote.text, close, marks, i):
            hit = read_after(_head_past_gloss(tokenize(text, close, stop)), quote.text, quote.kind == "full")
            if hit:
                return hit
    if before is None:
        if sentence < 0:  # (no sentence end in white space: a quote opening its paragraph starts at the floor)
            sentence = floor if _blank(text, floor, open_mark) else _sentence_start(text, floor, open_mark)
        if _blank(text, sentence, open_mark) or ADVERB_LEAD_IN.fullmatch(text, sentence, open_mark) is not None:
            before = []  # (nothing before the quote, or words of manner alone: 'Then, more seriously: "')
        elif _may_attribute_before(text[sentence:open_mark]):
            before = sentence_tail(tokenize(text, sentence, open_mark))
    if before is not None:  # (None: words before the quote, in its sentence, that attribute nothing)
        hit = read_before(before, partial=quote.kind != "full")
        if hit:
            return hit
    if before == [] and sentence > floor:
        intro_floor = max(para.start if para else 0, sentence - _WINDOW, floor if i > 0 else 0)
        hit = read_intro(tokenize(text, _sentence_start(text, intro_floor, sentence - 2), sentence))
        if hit:
            return hit
    if before == [] and not words_after and quote.kind == "full":
        alone[i] = (sentence, floor)  # (read by ``_lead_sentence`` if nothing else names a speaker)
    last = paras[i]
    while last + 1 < len(paragraphs) and paragraphs[last].end < close:
        last += 1  # (the paragraph the quote closes in: a quote may run over several)
    if not words_after and last + 1 < len(paragraphs) and quote.text[-1:] in ".?!":
        nxt = paragraphs[last + 1]
        if quote.kind == "full" and (i + 1 == len(quotes) or marks[i + 1][0] > nxt.start) \
                and (named := NAMED_AFTER.match(text, close, nxt.end)) is not None \
                and SAYS_MORE.match(text, named.end(), nxt.end) is None \
                and (name := clean_name(named.group("name"))):  # (not someone brought in to say more: 'That is Tom
            # Reed, a co-author, who says the idea came to him at home.')
            return Found(Span(*named.span("name")), "name", name, "said-verb")
        if text[nxt.start] in "-—–" and REPORTED.search(text, nxt.start, nxt.end) is None:  # (a list item reporting
            # speech is no credit: '- Ann Lee, a nurse who testified, said her employer had ...')
            hit = read_after(tokenize(text, nxt.start, min(nxt.end, nxt.start + 80)), quote.text)
            if hit and hit.method == "credit":
                return hit
    if para is not None and open_mark - para.start <= 2 and paras[i] > 0:
        return _colon_intro_before(text, paragraphs[paras[i] - 1], marks, i)
    return None


def _lead_sentence(text: str, paragraphs: list[Span], marks: list[tuple[int, int]], paras: list[int], i: int,
                   sentence: int, floor: int) -> Found | None:
    """The sentence just before a quote that stands alone, in its paragraph or closing the one before when the
    quote opens its own: 'Ana Lind praised the plan. "Quote."' (see ``read_lead``)."""
    para = paragraphs[paras[i]] if paragraphs else None
    if para is None:
        return None
    longest = _BEAT_WORDS_BEFORE_QUOTE if sentence > floor else _BEAT_WORDS  # (a beat in the quote's paragraph may
    # run longer than one of its own: 'She pulled back the flap of her tent to show a gas heater and two mattresses
    # stacked against the wall. "My grandchildren ..."')
    if sentence > floor:
        stop = _before_aside(text, floor, sentence)
    elif marks[i][0] - para.start <= 2 and paras[i] > 0:
        para = paragraphs[paras[i] - 1]
        floor = max(para.start, marks[i - 1][1] if i > 0 else 0)
        stop = _before_aside(text, floor, para.end)  # (past an aside closing the paragraph, however long)
        floor = max(floor, stop - _WINDOW)
    else:
        return None
    if stop <= floor or text[stop - 1] != ".":  # (most often a quote's closing mark: no sentence of narrative)
        return None
    start = _sentence_start(text, floor, stop - 1)
    if i > 0 and _blank(text, marks[i - 1][1], start) and "\n" not in text[marks[i - 1][1]:start] \
            and text[max(0, marks[i - 1][1] - 4):marks[i - 1][1]].rstrip(_OPEN_MARKS).endswith("?"):
        return None  # (the attribution of a question before: '"Did you test it?" she asked.' then '"We did."')
    if (beat := PRONOUN_BEAT.fullmatch(text, start, stop)) is not None and _beat_verb(beat.group(2)) \
            and len(text[beat.end(2):stop].split()) <= longest:
        return Found(Span(start, beat.end(1)), "pronoun", beat.group(1), "said-verb")  # 'She pauses. "Well, ..."'
    if (beat := NAME_BEAT.fullmatch(text, start, stop)) is not None and _beat_verb(beat.group(2)) \
            and len(text[beat.end(2):stop].split()) <= longest \
            and ((named := person_named(beat, "said-verb", single=False)) is not None
                 or ((named := person_named(beat, "said-verb")) is not None
                     and named_in_full(text, named.name, start))):
        return named  # ('Tom Reed shakes his head.' then '"Not faster."'; 'Reed shook his head.' after 'Tom Reed')
    if (aside := REPORTED_ASIDE.match(text, start, stop)) is not None and aside.group(2) in SPEECH_VERBS:
        return Found(Span(aside.start(1), aside.end(1)), "pronoun", aside.group(1), "said-verb")  # 'Still, she
        # said, the theory is sound. "If you want habits, ..."'
    if not _holds_any(text[start:stop], _LEAD_WORDS):
        return None  # (no speech or naming verb, no word of a stance: told without tokens)
    return read_lead(tokenize(text, start, stop)) or _issued_before(text, start, stop)


def _beat_verb(word: str) -> bool:
    """Whether a beat's first word is its verb: a present or past tense ('pauses', 'looked', 'shook') or a speech
    verb's ('wrote'), not 'was' nor 'has'."""
    return word not in _NOT_BEAT_VERBS and (word.endswith(("s", "ed")) or past_tense(word) or word in SPEECH_VERBS)


def _before_aside(text: str, floor: int, end: int) -> int:
    """Where the narrative before ``end`` stops, past white space and an aside in brackets closing it: 'Lind also
    spoke about the case. (The law bans it after 20 weeks.)' -> just after 'case.'."""
    stop = end
    while stop > floor and text[stop - 1].isspace():
        stop -= 1
    if stop > floor and text[stop - 1] == ")":
        opened = text.rfind("(", floor, stop)
        if opened > floor and text[opened - 2:opened] == ". " and ")" not in text[opened:stop - 1]:
            return opened - 1
    return stop


def _issued_before(text: str, start: int, stop: int) -> Found | None:
    """Who the sentence before a quote standing alone says put out a statement, whose words the quote then gives:
    'At her direction, the committee issued a statement apologising to the senator.' -> 'the committee'."""
    issuer = statement_issuer(text, start, stop)
    at = text.find(issuer, start, stop) if issuer else -1
    if at < 0:
        return None
    kind = "description" if issuer[:1].islower() or issuer[:4] == "The " else "name"
    return Found(Span(at, at + len(issuer)), kind, issuer, "said-verb")


def _introduces_next(text: str, quoted: str, close: int, marks: list[tuple[int, int]], i: int) -> bool:
    """Whether the words after a quote that ends its sentence introduce the next quote instead: '"... for that plan."
    I said, "Then I guess I'll be voting."' ('I said,' is the second quote's)."""
    if quoted[-1:] not in ".?!" or i + 1 >= len(marks):
        return False
    between = text[close:marks[i + 1][0]]
    return "\n" not in between and between.rstrip().endswith((",", ":")) and len(between) < _INTRO_MAX_CHARS


#: How long the words introducing the next quote may be.
_INTRO_MAX_CHARS = 60


def _verb_lead_in(text: str, floor: int, open_mark: int) -> Found | None:
    """Who the words before a quote name when they end in a speech verb and a comma or a colon ('A man in the
    gallery called out, "'); None for other words before it."""
    lead_in = VERB_LEAD_IN.search(text, max(floor, open_mark - 30), open_mark)
    if lead_in is None:
        return None
    verb, particle = lead_in.groups()
    if (particle or verb) not in SPEECH_VERBS and (particle is None or particle not in PHRASAL_SPEECH.get(verb, ())):
        return None
    return read_before(sentence_tail(tokenize(text, _sentence_start(text, floor, open_mark), open_mark)),
                       partial=False)


# Where something was said, closing the sentence after 'said': " in an interview in Lisbon." in '"... open." Ana Costa
# said in an interview in Lisbon.', " in a statement released on Friday." (no clause of what was said follows).
WHERE_SAID_TO_THE_END = compile_pattern(
    r"[ \t]+(?:in|on)[ \t]+(?:" + "|".join(sorted(DOCUMENT_OWNERS)) + r")[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:" + "|".join(sorted(DOCUMENT_WORDS, key=longest_first)) + r")"
    r"(?:[ \t]+(?:released|issued|posted|published|given|sent|broadcast))?"
    r"(?:[ \t]+(?:in|on|from|to|late|early)(?:[ \t]+(?:on|in))?[ \t]+[" + UPPER + r"][\w'’-]*(?:[ \t]+["
    + UPPER + r"][\w'’-]*){0,2})?"
    r"[ \t]*\.")


def _said_after(text: str, close: int, limit: int, quoted: str) -> Found | None:
    """What ``read_after`` finds for the commonest shapes, found without tokens: ' he said.', ' Ana Lind said,',
    ' said Ana Lind.'; None where the shape is another (``read_after`` then reads it)."""
    m = SUBJECT_SAID.match(text, close, limit)
    if m is not None:
        subject, verb = m.groups()
        if verb not in SPEECH_VERBS or verb in ROLE_MODIFIERS \
                or (quoted[-1:] == "." and m.end() < limit and text[m.end()] != "."
                    and WHERE_SAID_TO_THE_END.match(text, m.end()) is None):
            return None  # (after '."', 'X said' must end its sentence: 'X said the count ...' is a new statement;
            # 'White House press secretary' is read with tokens)
        if " " not in subject and subject.lower() in PRONOUNS:
            return Found(Span(m.start(1), m.end(1)), "pronoun", subject, "said-verb")
        return _plain_name(subject, m.start(1), m.end(1))
    m = SAID_NAME.match(text, close, limit)
    if m is not None:
        verb, name = m.groups()
        if verb not in SPEECH_VERBS or verb in OBJECT_VERBS or verb.endswith("ing") \
                or (text[m.end()] == "." and name[name.rfind(" ") + 1:].lower() in ABBREVIATIONS):
            return None  # ('told X' names who heard it; 'Gen.' keeps its period)
        return _plain_name(name, m.start(2), m.end(2))
    return None


def _may_attribute_after(stretch: str, quoted: str, quote_full: bool) -> bool:
    """Whether ``read_after`` may find a speaker in the words after a quote, told without tokens: every
    reading needs a speech verb or 'according', but a credit line (a dash after a full stop) and a past
    tense closing a question ('?" Hannity pressed', '," the judge held.')."""
    last = quoted[-1:]
    return (_holds_any(stretch, _AFTER_WORDS)
            or (last in ".?!" and ("-" in stretch or "—" in stretch or "–" in stretch))
            or (quote_full and last in ",?!—-" and ("ed" in stretch
                                                   or any(map(past_tense, LETTERS.findall(stretch.lower()))))))


def _may_attribute_before(stretch: str) -> bool:
    """Whether ``read_before`` may find a speaker in the words of a sentence before its quote, told without
    tokens: every reading needs a speech or naming verb, 'according' or a colon last. A stretch said to attribute
    nothing also ends in a word, not a full stop (its ``sentence_tail`` is not empty)."""
    return stretch.rstrip()[-1] in ":.!?…" or _holds_any(stretch, _BEFORE_WORDS)


def _holds_any(stretch: str, words: frozenset[str]) -> bool:
    """Whether one of ``words`` (lower case) stands in ``stretch`` as a word of its own: 'said' in ', he said.'."""
    return not words.isdisjoint(LETTERS.findall(stretch.lower()))


def _plain_name(words: str, start: int, end: int) -> Found | None:
    """A speaker named by plain capitalised words ('Ana Lind'), as ``read_phrase`` reads them."""
    if words.split(" ", 1)[0].lower() in _NOT_PLAIN_NAME:
        return None
    name = clean_name(words)
    return Found(Span(start, end), "name", name, "said-verb") if name else None


def _blank(text: str, start: int, end: int) -> bool:
    """Nothing but white space (so no token) in ``text[start:end]``."""
    return start >= end or text[start:end].isspace()


def _paragraph_end(paragraphs: list[Span], p: int, position: int) -> int:
    """End of the paragraph holding ``position``, searched from paragraph ``p`` on."""
    while p < len(paragraphs) and paragraphs[p].end < position:
        p += 1
    return paragraphs[p].end if p < len(paragraphs) else position


def _past_gloss(text: str, close: int, limit: int) -> int:
    """Just after a translation in brackets right after a quote's closing mark, which may hold sentences of its own
    ('," (We can no longer sleep because of the heat. Even my goods are spoiling), said Nenita Sumulong'); ``close``
    when none follows."""
    gloss = GLOSS_AFTER.match(text, close, limit)
    return gloss.end() if gloss is not None else close


def _head_past_gloss(toks: list[Token]) -> list[Token]:
    """The tokens up to the first sentence end, a translation in brackets opening them read through."""
    k = 0
    while k < len(toks) and toks[k].text in ",;":
        k += 1
    if k < len(toks) and toks[k].text == "(" and (after := after_gloss(toks, k)) > k:
        return toks[:after] + sentence_head(toks[after:])
    return sentence_head(toks)


def _sentence_stop(text: str, start: int, limit: int) -> int:
    """Just after the end of the sentence running from ``start`` (abbreviations read through)."""
    while True:
        m = SENTENCE_STOP.search(text, start, limit)
        if m is None:
            return limit
        if text[m.start()] != "." or not abbreviation_before(text, m.start()):
            return m.end()
        start = m.end()


def _sentence_start(text: str, floor: int, end: int) -> int:
    """Where the sentence ending at ``end`` starts, at ``floor`` at the earliest (and then at a word's start)."""
    while end > floor:
        k = max(text.rfind(". ", floor, end), text.rfind("? ", floor, end), text.rfind("! ", floor, end))
        bold = max(text.rfind(".** ", floor, end), text.rfind(":** ", floor, end))  # a bold lead-in of its own:
        if bold > k:  # '**Democrats pile on.** Rep. Ada Lind called the bill "'
            return bold + 4
        if k < 0:
            break
        if text[k] != "." or not abbreviation_before(text, k):
            return k + 2
        end = k
    while 0 < floor < end and text[floor - 1].isalnum() and text[floor].isalnum():
        floor += 1  # (a window's floor inside a word: 'mp' of 'Trump' is no word)
    return floor


def _colon_intro_before(text: str, para: Span, marks: list[tuple[int, int]], i: int) -> Found | None:
    """'The spokesman told the crowd:' closing the paragraph before a quote that opens its own."""
    tail = text[para.start:para.end].rstrip()
    if not tail.endswith(":"):
        return None
    floor = max(para.start, para.end - _WINDOW)
    if i > 0:
        floor = max(floor, marks[i - 1][1])
    hit = read_before(sentence_tail(tokenize(text, floor, para.end)), partial=False)
    return hit._replace(method="colon-intro") if hit else None


# --------------------------------------------------------------------------- resolving


def _after_mark(text: str, end: int) -> int:
    """Position just after the closing mark(s) of a quote ending at ``end``."""
    return CLOSING_MARKS.match(text, end).end()


def _before_mark(text: str, start: int) -> int:
    """Position of the first opening mark of a quote starting at ``start``."""
    chunk = text[max(0, start - 4):start]
    marks = len(chunk) - len(chunk.rstrip(_OPEN_MARKS))
    if marks < 4:
        return start - marks
    while start > 0 and text[start - 1] in _OPEN_MARKS:  # four marks or more: walk back over them
        start -= 1
    return start
