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
from dataclasses import replace

from ..model import Article, Paragraph, Zones
from ..zones import zone
from .byline import extract_authors
from .dateline import extract_dateline
from .figures import extract_figures
from .footer import extract_footer
from .quotes import find_quotes
from .speakers import attribute
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


def build_article(text: str, *, path: str | None = None, encoding: str | None = None,
                  reference_date: datetime.date | None = None) -> Article:
    """Run every extractor over ``text`` and gather what they found."""
    doc = zone(text)
    title, title_span = extract_title(doc)
    source_url, publisher = extract_footer(doc)
    quotes, speakers = attribute(doc, find_quotes(doc))
    dateline, figures = extract_dateline(doc, reference_date), extract_figures(doc)
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
        body=[Paragraph(p.start, p.end, " ".join(doc.slice(p).split())) for p in doc.paragraphs],
    )
