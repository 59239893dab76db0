"""The pipeline: decode -> zones -> extractors -> Article.

>>> article = build_article('# Troops leave\\n\\nPARIS (AFP) - "We go," he said.\\n')
>>> article.title, article.dateline.location, article.quotes[0].text
('Troops leave', 'PARIS', 'We go,')

The extractors, in the order they run, and the Article fields each fills:

=============  ==========================  ================================
module         entry function              fills
=============  ==========================  ================================
title          extract_title(doc)          title, title_span
dateline       extract_dateline(doc, ref)  dateline
byline         extract_authors(doc)        authors
footer         extract_footer(doc)         source_url, publisher
quotes         find_quotes(doc)            quotes (without speakers)
speakers       attribute(doc, quotes)      quotes[].speaker..., speakers
figures        extract_figures(doc)        figures
=============  ==========================  ================================
"""

from __future__ import annotations

import datetime
import functools
import importlib
from dataclasses import replace
from types import ModuleType

from ..model import Article, Figure, Paragraph, Quote, Speaker, Zones
from ..pattern_cache import compile_pattern
from ..zone_lines import FRONT_MATTER_OPENERS
from ..zones import ZonedDoc, zone
from .byline import extract_authors
from .dateline import extract_dateline
from .title import extract_title

#: Extractor modules in the order they run, with the Article fields each fills.
EXTRACTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title", "title_span")),
    ("dateline", ("dateline",)),
    ("byline", ("authors",)),
    ("footer", ("source_url", "publisher")),
    ("quotes", ("quotes",)),
    ("speakers", ("speakers",)),
    ("figures", ("figures",)),
)

# A mark some quotation needs: '"We go," he said', “x”, «x», ''x'', ‘x’ (a lone ’ is an apostrophe).
QUOTE_MARK = compile_pattern(r"[\"“”„‟«»‘']")
# A digit or a fraction sign, which every figure not spelled out has: "500", "½".
DIGIT = compile_pattern(r"[0-9½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚]")


def _as_date(value: object) -> datetime.date | None:
    """A reference date as given: a date, a datetime (its date) or an ISO string ('2020-01-08')."""
    if value is None or type(value) is datetime.date:
        return value  # type: ignore[return-value]
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if isinstance(value, datetime.date):
        return datetime.date(value.year, value.month, value.day)
    raise TypeError(f"reference_date is a date, not {type(value).__name__}")


def build_article(text: str, *, path: str | None = None, encoding: str | None = None,
                  reference_date: datetime.date | None = None) -> Article:
    """Run every extractor over ``text`` and gather what they found."""
    if not isinstance(text, str):
        raise TypeError(f"the article is given as str, not {type(text).__name__} (bytes: use parse_bytes)")
    reference_date = _as_date(reference_date)
    doc = zone(text)
    title, title_span = extract_title(doc)
    source_url, publisher = _footer(doc)
    quotes, speakers = _quotes(doc)
    dateline, figures = extract_dateline(doc, reference_date), _figures(doc)
    if doc.text != text:  # zones made line ends "\n": report spans' text as it stands in the input
        figures = [replace(f, text=text[f.start:f.end]) for f in figures]
        dateline = dateline and replace(dateline, text=text[dateline.start:dateline.end])
    return Article(
        path=path,
        encoding=encoding,
        title=title,
        title_span=title_span,
        dateline=dateline,
        authors=extract_authors(doc),
        quotes=quotes,
        speakers=speakers,
        figures=figures,
        source_url=source_url,
        publisher=publisher,
        zones=Zones(doc.header, doc.body, doc.footer),
        body=[Paragraph(p.start, p.end, folded(doc.text[p.start:p.end])) for p in doc.paragraphs],
    )


def folded(chunk: str) -> str:
    """``chunk`` with its white space folded to single spaces, as ``" ".join(chunk.split())`` gives it.

    >>> folded("We  go,\\n he said. "), folded("We go, he said."), folded("Nous  allons\\u00a0à Paris.")
    ('We go, he said.', 'We go, he said.', 'Nous allons à Paris.')

    Most paragraphs are folded already: one line, single spaces. Every white space character but the space
    is a control character or not printable, so a chunk without those (an ASCII one: deleting the control
    bytes of its encoding leaves its length, faster than ``isprintable``) is folded if no space doubles or
    stands at either end.
    """
    if chunk.isascii():
        plain = len(chunk.encode("ascii").translate(None, _ASCII_CONTROLS)) == len(chunk)
    else:
        plain = chunk.isprintable()
    if plain and "  " not in chunk and chunk[:1] != " " and chunk[-1:] != " ":
        return chunk
    return " ".join(chunk.split())


#: The control bytes of ASCII (tab, line feed and the other white space among them).
_ASCII_CONTROLS = bytes(range(32)) + b"\x7f"


# The extractors below are imported when a document first needs them, so that a short note without a
# footer, a quotation or a number is read without importing them (start-up is most of such a run).


@functools.cache
def _extractor(name: str) -> ModuleType:
    """The extractor module ``name``, imported when first asked for (an import statement run for every
    document costs ~1.5 us even when the module is loaded)."""
    return importlib.import_module(f"{__name__}.{name}")


def _footer(doc: ZonedDoc) -> tuple[str | None, str | None]:
    if not doc.footer_lines and not doc.text.startswith(FRONT_MATTER_OPENERS) \
            and not any("Source" in doc.slice(span) for span in doc.header_lines) \
            and not (doc.paragraphs and doc.text.rstrip().endswith(")")):  # (front matter, a header's 'Source:'
        return None, None  # field or a closing '(Yonhap)' may name them too)
    return _extractor("footer").extract_footer(doc)


def _quotes(doc: ZonedDoc) -> tuple[list[Quote], list[Speaker]]:
    if QUOTE_MARK.search(doc.text) is None:
        return [], []
    return _extractor("speakers").attribute(doc, _extractor("quotes").find_quotes(doc))


def _figures(doc: ZonedDoc) -> list[Figure]:
    if DIGIT.search(doc.text) is None:
        lowered = doc.text.lower()
        if len(lowered) == len(doc.text):  # (else number words are matched ignoring case: read them all)
            from ..lexicon.numbers import NUMBER_WORDS

            if not any(word in lowered for word in NUMBER_WORDS):
                return []  # no digit and no number word: nothing figure_numbers can read
    return _extractor("figures").extract_figures(doc)
