"""The records every stage of newsparse speaks, and their JSON form.

Every record carries code-point offsets into the decoded text (after BOM removal, line ends
kept as they were in the file), so ``text[start:end]`` is what was found. ``to_dict()`` gives
the JSON record that ``newsparse extract`` prints; field names are the same in code, JSON and
docs/schema.md.

The records are slotted dataclasses that are not frozen: an article makes some eighty of them,
and a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (about three
times the cost). Nothing changes them once made, and nothing hashes them.

>>> Figure(text="500 Canadian troops", start=10, end=29, value=500, unit="troops", kind="count").to_dict()
{'text': '500 Canadian troops', 'start': 10, 'end': 29, 'value': 500, 'unit': 'troops', 'kind': 'count', \
'qualifier': None}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Version of the JSON record. Additions bump the minor part; renames, removals and type
#: changes bump the major part (see docs/schema.md, "Versioning").
SCHEMA_VERSION = "2.0"


@dataclass(slots=True)
class Span:
    """A half-open range of code points in the decoded text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(slots=True)
class Place:
    """A dateline place resolved against the gazetteer: ``Springfield, Ill.`` -> Illinois, US."""

    name: str
    region: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "region": self.region, "country": self.country}


@dataclass(slots=True)
class Dateline:
    """Where and when the story was filed: ``Brussels, January 8 (RHC)--``."""

    text: str
    start: int
    end: int
    location: str | None = None
    date: str | None = None
    agency: str | None = None
    place: Place | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "location": self.location,
            "date": self.date,
            "agency": self.agency,
            "place": self.place.to_dict() if self.place else None,
        }


@dataclass(slots=True)
class Quote:
    """A direct quotation and who said it.

    ``text`` is the quoted words with white space folded and the marks that re-open a quote in
    a following paragraph removed; ``start``/``end`` cover the words as they stand, marks excluded.
    ``kind`` is ``full`` (reported speech) or ``partial`` (a quoted fragment inside paraphrase).
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_span: Span | None = None
    speaker_method: str | None = None
    kind: str = "full"
    unclosed: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
            "speaker_method": self.speaker_method,
            "kind": self.kind,
        }
        if self.unclosed:
            out["unclosed"] = True
        return out


@dataclass(slots=True)
class Speaker:
    """One person or body quoted in the article, with how often and how it was described."""

    name: str
    quotes: int
    descriptions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "quotes": self.quotes, "descriptions": list(self.descriptions)}


@dataclass(slots=True)
class Figure:
    """A number the story reports: ``$2.5 billion`` -> 2500000000 USD (money).

    ``kind`` is one of count, money, percent, measure, duration, other. Each end of a range is
    its own figure (``30 to 40 percent``, ``30-40 per cent``: ``30`` and ``40 per cent``, both percent).
    """

    text: str
    start: int
    end: int
    value: float | int | None
    unit: str | None = None
    kind: str = "count"
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": _number(self.value),
            "unit": self.unit,
            "kind": self.kind,
            "qualifier": self.qualifier,
        }


@dataclass(slots=True)
class Paragraph:
    """A body paragraph after repair: one span, possibly across a blank line it was broken at."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Zones:
    """Where the header, body and footer lie; ``None`` for a zone the document lacks."""

    header: Span | None
    body: Span | None
    footer: Span | None

    def to_dict(self) -> dict[str, Any]:
        return {k: (v.to_dict() if v else None) for k, v in
                (("header", self.header), ("body", self.body), ("footer", self.footer))}


@dataclass(slots=True)
class Article:
    """Everything newsparse found in one document."""

    path: str | None = None
    encoding: str | None = None
    title: str | None = None
    title_span: Span | None = None
    dateline: Dateline | None = None
    authors: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    source_url: str | None = None
    publisher: str | None = None
    zones: Zones | None = None
    body: list[Paragraph] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "path": self.path,
            "encoding": self.encoding,
            "title": self.title,
            "title_span": self.title_span.to_dict() if self.title_span else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "authors": list(self.authors),
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "figures": [f.to_dict() for f in self.figures],
            "source_url": self.source_url,
            "publisher": self.publisher,
            "zones": self.zones.to_dict() if self.zones else None,
            "body": [p.to_dict() for p in self.body],
        }


def error_record(path: str | None, error_type: str, message: str) -> dict[str, Any]:
    """The one record written for a file that could not be read or parsed."""
    return {"schema_version": SCHEMA_VERSION, "path": path,
            "error": {"type": error_type, "message": message}}


def _number(value: float | int | None) -> float | int | None:
    """Integral floats print as integers (``2500000000``, not ``2500000000.0``)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value
