"""A corpus summarised from the records ``newsparse extract`` gives, one record at a time.

``CorpusStats.add(record)`` keeps counters only, never the records: memory stays flat in the
number of files (it grows with the number of distinct speakers and places, and the lists of
slowest files and failures are capped at ``top``).

>>> stats = CorpusStats(top=3)
>>> stats.add({"path": "a.txt", "quotes": [{"speaker": "Ana Ruiz"}, {"speaker": None}], "figures": [],
...            "dateline": {"location": "LIMA", "place": {"name": "Lima", "region": None, "country": "PE"}}})
>>> stats.add({"path": "b.txt", "error": {"type": "DecodeError", "message": "not text"}})
>>> summary = stats.to_dict()
>>> summary["articles"], summary["failed"], summary["quotes"], summary["quotes_without_speaker"]
(1, 1, 2, 1)
>>> summary["speakers"], summary["datelines"]["by_country"]
([{'name': 'Ana Ruiz', 'quotes': 1, 'articles': 1}], [{'country': 'PE', 'articles': 1}])

``render(summary, color)`` turns the summary into rich tables, with the quotes-per-article
histogram drawn as bars; rich is imported only there.
"""

from __future__ import annotations

import heapq
from collections import Counter
from typing import Any

from . import safe

#: Rows of the quotes-per-article histogram: each count to 9, then tens, then one open row.
HISTOGRAM_BINS: tuple[tuple[int, int | None], ...] = (
    *((k, k) for k in range(10)), (10, 19), (20, 29), (30, 39), (40, 49), (50, None))


class CorpusStats:
    """Running totals over records; ``top`` caps every list in the summary (0 = no cap)."""

    def __init__(self, top: int = 10) -> None:
        self.top = top
        self.articles = self.failed = self.quotes = self.without_speaker = self.figures = 0
        self.figure_kinds: Counter[str] = Counter()
        self.speaker_quotes: Counter[str] = Counter()
        self.speaker_articles: Counter[str] = Counter()
        self.quotes_per_article: Counter[int] = Counter()
        self.countries: Counter[str | None] = Counter()
        self.places: Counter[tuple[str | None, str | None, str | None]] = Counter()
        self.no_dateline = 0
        self.error_types: Counter[str] = Counter()
        self.failures: list[dict[str, Any]] = []
        self.seconds = 0.0
        self.timed = 0
        self._slowest: list[tuple[float, int, str]] = []  # a min-heap of the `top` slowest files

    def add(self, record: dict[str, Any]) -> None:
        """Count one record (an article or an error record)."""
        path = str(record.get("path"))
        if isinstance(record.get("parse_seconds"), float | int):
            self._time(path, float(record["parse_seconds"]))
        if "error" in record:
            self.failed += 1
            error = record["error"] or {}
            self.error_types[str(error.get("type"))] += 1
            if not self.top or len(self.failures) < self.top:
                self.failures.append({"path": path, "type": error.get("type"), "message": error.get("message")})
            return
        self.articles += 1
        quotes = record.get("quotes") or []
        self.quotes += len(quotes)
        self.quotes_per_article[len(quotes)] += 1
        named = [q.get("speaker") for q in quotes if q.get("speaker")]
        self.without_speaker += len(quotes) - len(named)
        self.speaker_quotes.update(named)
        self.speaker_articles.update(set(named))
        figures = record.get("figures") or []
        self.figures += len(figures)
        self.figure_kinds.update(str(f.get("kind")) for f in figures)
        dateline = record.get("dateline")
        if not dateline:
            self.no_dateline += 1
            return
        place = dateline.get("place") or {}
        self.countries[place.get("country")] += 1
        self.places[(place.get("name") or dateline.get("location"), place.get("region"), place.get("country"))] += 1

    def _time(self, path: str, seconds: float) -> None:
        self.seconds += seconds
        self.timed += 1
        entry = (seconds, -self.timed, path)  # equal times: the file read first ranks first
        if not self.top or len(self._slowest) < self.top:
            heapq.heappush(self._slowest, entry)
        elif entry > self._slowest[0]:
            heapq.heapreplace(self._slowest, entry)

    def _cap(self, rows: list[Any]) -> list[Any]:
        return rows[:self.top] if self.top else rows

    def to_dict(self) -> dict[str, Any]:
        """The summary ``newsparse stats --format json`` prints."""
        speakers = sorted(self.speaker_quotes.items(),
                          key=lambda kv: (-kv[1], -self.speaker_articles[kv[0]], kv[0].casefold(), kv[0]))
        countries = sorted(self.countries.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
        places = sorted(self.places.items(), key=lambda kv: (-kv[1], tuple(x or "" for x in kv[0])))
        return {
            "inputs": self.articles + self.failed,
            "articles": self.articles,
            "failed": self.failed,
            "quotes": self.quotes,
            "quotes_without_speaker": self.without_speaker,
            "share_without_speaker": round(self.without_speaker / self.quotes, 4) if self.quotes else 0.0,
            "figures": self.figures,
            "figures_by_kind": dict(sorted(self.figure_kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
            "distinct_speakers": len(self.speaker_quotes),
            "speakers": [{"name": name, "quotes": n, "articles": self.speaker_articles[name]}
                         for name, n in self._cap(speakers)],
            "datelines": {
                "found": self.articles - self.no_dateline,
                "missing": self.no_dateline,
                "by_country": [{"country": c, "articles": n} for c, n in self._cap(countries)],
                "by_place": [{"place": p, "region": r, "country": c, "articles": n}
                             for (p, r, c), n in self._cap(places)],
            },
            "quotes_per_article": [{"quotes": k, "articles": n} for k, n in sorted(self.quotes_per_article.items())],
            "parse_seconds": round(self.seconds, 6),
            "slowest": [{"path": path, "seconds": round(s, 6)} for s, _, path in sorted(self._slowest, reverse=True)],
            "errors_by_type": [{"type": t, "files": n} for t, n in
                               sorted(self.error_types.items(), key=lambda kv: (-kv[1], kv[0]))],
            "failures": list(self.failures),
        }


def render(summary: dict[str, Any], color: bool) -> list[Any]:
    """Rich tables for a summary from ``CorpusStats.to_dict()``."""
    from rich import box
    from rich.bar import Bar
    from rich.table import Table
    from rich.text import Text

    def table(title: str, *columns: tuple[str, str]) -> Table:
        out = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
                    min_width=len(title))  # (a narrow table would wrap its title)
        for name, justify in columns:
            out.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
        return out

    parts: list[Any] = []
    quotes, articles = summary["quotes"], summary["articles"]
    overview = table("Corpus", ("", "left"), ("", "right"), ("", "left"))
    overview.show_header = False
    overview.add_row("inputs", str(summary["inputs"]), "")
    overview.add_row("articles", str(articles), "")
    overview.add_row("failed", str(summary["failed"]), _percent(summary["failed"], summary["inputs"]))
    overview.add_row("quotes", str(quotes), f"{quotes / articles:.2f} per article" if articles else "")
    overview.add_row("  without speaker", str(summary["quotes_without_speaker"]),
                     _percent(summary["quotes_without_speaker"], quotes))
    overview.add_row("figures", str(summary["figures"]),
                     ", ".join(f"{k} {n}" for k, n in summary["figures_by_kind"].items()))
    overview.add_row("speakers", str(summary["distinct_speakers"]), "distinct names")
    datelines = summary["datelines"]
    overview.add_row("datelines", str(datelines["found"]), _percent(datelines["found"], articles))
    parts.append(overview)

    if summary["speakers"]:
        speakers = table("Most quoted speakers", ("#", "right"), ("speaker", "left"), ("quotes", "right"),
                         ("articles", "right"))
        for n, row in enumerate(summary["speakers"], 1):
            speakers.add_row(str(n), safe(row["name"]), str(row["quotes"]), str(row["articles"]))
        parts.append(speakers)
    if datelines["by_country"]:
        countries = table("Datelines by country", ("country", "left"), ("articles", "right"))
        for row in datelines["by_country"]:
            countries.add_row(safe(row["country"] or "(unknown)"), str(row["articles"]))
        places = table("Datelines by place", ("place", "left"), ("region", "left"), ("country", "left"),
                       ("articles", "right"))
        for row in datelines["by_place"]:
            places.add_row(safe(row["place"] or "(no place named)"), safe(row["region"] or ""),
                           safe(row["country"] or ""), str(row["articles"]))
        parts += [countries, places]

    rows = _histogram_rows(summary["quotes_per_article"])
    if rows:
        histogram = table("Quotes per article", ("quotes", "right"), ("articles", "right"), ("", "left"))
        most = max(n for _, n in rows)
        for label, n in rows:
            histogram.add_row(label, str(n), Bar(size=most, begin=0, end=n, width=40,
                                                 color="cyan" if color else "default"))
        parts.append(histogram)
    if summary["slowest"]:
        slowest = table(f"Slowest files (parse time; {summary['parse_seconds']:.2f} s in all)",
                        ("file", "left"), ("ms", "right"))
        for row in summary["slowest"]:
            slowest.add_row(safe(row["path"]), f"{row['seconds'] * 1000:.1f}")
        parts.append(slowest)
    if summary["failures"]:
        failures = table("Failures", ("file", "left"), ("error", "left"))
        for row in summary["failures"]:
            failures.add_row(safe(row["path"]), Text(safe(f"{row['type']}: {row['message']}"),
                                                     style="red" if color else ""))
        parts.append(failures)
    return parts


def _histogram_rows(counts: list[dict[str, int]]) -> list[tuple[str, int]]:
    """``[("0", n), ("1", n), ..., ("10–19", n), ...]`` up to the last row holding an article."""
    rows = []
    for low, high in HISTOGRAM_BINS:
        label = str(low) if low == high else (f"{low}–{high}" if high else f"{low}+")
        rows.append((label, sum(row["articles"] for row in counts
                                if row["quotes"] >= low and (high is None or row["quotes"] <= high))))
    while rows and not rows[-1][1]:
        rows.pop()
    return rows


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else ""
