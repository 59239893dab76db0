"""CSV for spreadsheets: one row per quote, per figure or per article (``--format csv --rows ...``).

RFC 4180: a header row, fields quoted when they hold a comma, a quote mark or a line end
(quote marks doubled), rows ending in CRLF; UTF-8 without a byte-order mark. ``null`` is an
empty field; numbers are written as in the JSON record (``6.4``, ``48000000``).

>>> import io
>>> out = io.StringIO()
>>> writer = CsvWriter(out, "figures")
>>> writer.write({"path": "a.txt", "figures": [{"text": "$6.40", "start": 3, "end": 8, "value": 6.4,
...               "unit": "USD", "kind": "money", "qualifier": "about"}]})
>>> writer.close()
>>> out.getvalue().splitlines()
['path,text,value,unit,kind,start,end,number,qualifier', 'a.txt,$6.40,6.4,USD,money,3,8,1,about']

Rows per kind (the columns the issue names first, then the extras):

* ``quotes``: path, title, dateline place (the resolved place's name, else the dateline's
  location) and date, speaker, text, start, end; number (Q1, Q2... in ``newsparse show``),
  speaker_method, kind, dateline_country.
* ``figures``: path, text, value, unit, kind, start, end; number, qualifier.
* ``articles``: path, title and the other scalar fields (dateline flattened, authors joined
  with ``; ``), the counts, and ``error`` (``Type: message``) for an input that failed.

A failed input has its row only in ``articles``; with ``quotes`` or ``figures`` it has none
(its error line on stderr and the exit code still tell).
"""

from __future__ import annotations

from typing import IO, Any

ROWS = ("articles", "quotes", "figures")

QUOTE_COLUMNS = ("path", "title", "dateline_place", "dateline_date", "speaker", "text", "start", "end",
                 "number", "speaker_method", "kind", "dateline_country")
FIGURE_COLUMNS = ("path", "text", "value", "unit", "kind", "start", "end", "number", "qualifier")
ARTICLE_COLUMNS = ("path", "title", "dateline_text", "dateline_location", "dateline_date", "dateline_agency",
                   "dateline_place", "dateline_region", "dateline_country", "authors", "source_url", "publisher",
                   "encoding", "quotes", "quotes_without_speaker", "speakers", "figures", "paragraphs",
                   "schema_version", "error")
COLUMNS = {"articles": ARTICLE_COLUMNS, "quotes": QUOTE_COLUMNS, "figures": FIGURE_COLUMNS}


def cell(value: Any) -> str:
    """A JSON value as a CSV field: null empty, numbers as JSON writes them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class CsvWriter:
    """Rows for records, in the order they are written; the header goes out first, even for no rows."""

    def __init__(self, stream: IO[str], rows: str) -> None:
        import csv  # (here: the app imports this module for ROWS, and only a CSV run needs csv's 1 ms at start-up)

        self.stream = stream
        self.columns = COLUMNS[rows]
        self.rows = getattr(self, f"_{rows}")
        self._csv = csv.writer(stream, dialect="excel", lineterminator="\r\n")
        self._csv.writerow(self.columns)

    def write(self, record: dict[str, Any]) -> None:
        for row in self.rows(record):
            self._csv.writerow([cell(row.get(c)) for c in self.columns])
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()

    @staticmethod
    def _dateline(record: dict[str, Any]) -> dict[str, Any]:
        dateline = record.get("dateline") or {}
        place = dateline.get("place") or {}
        return {"dateline_text": dateline.get("text"), "dateline_location": dateline.get("location"),
                "dateline_date": dateline.get("date"), "dateline_agency": dateline.get("agency"),
                "dateline_place": place.get("name") or dateline.get("location"),
                "dateline_region": place.get("region"), "dateline_country": place.get("country")}

    def _quotes(self, record: dict[str, Any]) -> list[dict[str, Any]]:
        if "error" in record:
            return []
        shared = {"path": record.get("path"), "title": record.get("title"), **self._dateline(record)}
        return [{**shared, **quote, "number": n} for n, quote in enumerate(record.get("quotes") or [], 1)]

    def _figures(self, record: dict[str, Any]) -> list[dict[str, Any]]:
        if "error" in record:
            return []
        return [{**figure, "path": record.get("path"), "number": n}
                for n, figure in enumerate(record.get("figures") or [], 1)]

    def _articles(self, record: dict[str, Any]) -> list[dict[str, Any]]:
        if "error" in record:
            error = record["error"] or {}
            return [{"path": record.get("path"), "schema_version": record.get("schema_version"),
                     "error": f"{error.get('type')}: {' '.join(str(error.get('message', '')).split())}"}]
        quotes = record.get("quotes") or []
        return [{**{k: record.get(k) for k in ("path", "title", "source_url", "publisher", "encoding",
                                               "schema_version")},
                 **self._dateline(record),
                 "authors": "; ".join(record.get("authors") or []) or None,
                 "quotes": len(quotes),
                 "quotes_without_speaker": sum(1 for q in quotes if not q.get("speaker")),
                 "speakers": len(record.get("speakers") or []),
                 "figures": len(record.get("figures") or []),
                 "paragraphs": len(record.get("body") or [])}]
