"""The headline, without markup.

>>> from newsparse.zones import zone
>>> extract_title(zone("# *NATO to withdraw some troops*\\n\\nBody text.\\n"))
('NATO to withdraw some troops', Span(start=3, end=31))
>>> extract_title(zone("ARVIN INDS <ARV> PROMOTES EVANS\\n\\nCOLUMBUS, IND., Feb 26 - Text.\\n"))[0]
'ARVIN INDS <ARV> PROMOTES EVANS'
>>> extract_title(zone("---\\ntitle: \\"Farmers protest\\"\\ndate: 2020-01-08\\n---\\n\\nText.\\n"))[0]
'Farmers protest'

Never a dateline, byline or rule: a document that opens with its story (``WASHINGTON (AP) — The
Senate voted ...``) or a byline has no title.
"""

from __future__ import annotations

import re

from ..model import Span
from ..pattern_cache import compile_pattern
from ..zones import ZonedDoc

# Markup around a heading's words: "# *Title*", "## **Title** ##", "_Title_".
TITLE_MARKUP = compile_pattern(r"^[ \t]*#{0,6}[ \t]*[*_`]*[ \t]*(?P<words>.*?)[ \t]*[*_`]*[ \t]*#*[ \t]*$")
# HTML tags a scraper left around a headline: "<h1>Storm hits coast</h1>", "Storm hits coast<br>".
HTML_AROUND = compile_pattern(r"(?:[ \t]*<(?:h[1-6]|p|div|span|strong|b|em|header"
                              r"|title)\b[^<>\n]{0,80}>)*(?P<inner>.*?)"
                              r"(?:</?(?:h[1-6]|p|br|div|span|strong|b|em|header"
                              r"|title)\b[^<>\n]{0,40}>[ \t]*)*")  # (not the
# ticker closing a wire headline: "ARVIN INDS <ARV>")
# A heading's marks alone, for a title whose emphasis covers part of it: "# *Rivers run dry*: Drought hits Amazon".
HEADING_MARKUP = compile_pattern(r"^[ \t]*#{0,6}[ \t]*(?P<words>.*?)[ \t]*#*[ \t]*$")
# A link inside a title: "[Oil surges on supply fears](https://example.com/a)" -> its text.
LINK = compile_pattern(r"\[([^\]\n]{1,300})\]\([^)\s]{1,500}\)")
# Emphasis inside a title: "Biden's *surprise* pick", "a __new__ plan" (not the underscore of "snake_case").
EMPHASIS = compile_pattern(r"(?<![\w*])(\*{1,2}|_{1,2})(?=\S)(.{1,200}?)(?<=\S)\1(?![\w*])")
# A front matter title: 'title: "Farmers protest new tariffs"'.
FRONT_MATTER_TITLE = compile_pattern(r"^[ \t]*(?:title|headline"
                                     r"|subject)[ \t]*[:=][ \t]*([\"']?)(?P<words>.*?)\1[ \t]*$",
                                     re.IGNORECASE)  # (and an e-mail's 'Subject: Rates dip')


def extract_title(doc: ZonedDoc) -> tuple[str | None, Span | None]:
    """Return the title and the span of its words (markup excluded), or ``(None, None)``."""
    if doc.title_line is None:
        return None, None
    line, offset = doc.slice(doc.title_line), doc.title_line.start
    if "<" in line and (html := HTML_AROUND.fullmatch(line)) is not None:
        line, offset = html.group("inner"), offset + html.start("inner")
    found = _words_in(line)
    if found is None or not line[found[0]:found[1]].strip():
        return None, None
    start, end = offset + found[0], offset + found[1]
    words = " ".join(doc.text[start:end].split())
    if "[" in words:  # (each pattern is tried only where its mark is)
        words = LINK.sub(r"\1", words)
    if "*" in words or "_" in words:
        words = EMPHASIS.sub(r"\2", words)
    words = words.replace("**", "").replace("__", "").strip()
    return (words, Span(start, end)) if words else (None, None)  # ('**' alone is no title)


#: What markup around a heading's words opens or ends with (TITLE_MARKUP takes it off).
_MARKUP_EDGES = " \t#*_`"


def _words_in(line: str) -> tuple[int, int] | None:
    """Where the title's words stand in its line: past a front matter key, heading marks and emphasis."""
    m = FRONT_MATTER_TITLE.match(line)
    if m is None and line[:1] not in _MARKUP_EDGES and line[-1:] not in _MARKUP_EDGES and "\n" not in line:
        return 0, len(line)  # no markup at either end (most headlines): TITLE_MARKUP would match the whole line
    m = m or TITLE_MARKUP.match(line)
    if m and m.re is TITLE_MARKUP and line[:m.start("words")].strip("# \t") != line[m.end("words"):].strip("# \t"):
        m = HEADING_MARKUP.match(line)  # emphasis over part of it only: '# *Rivers run dry*: Drought hits Amazon'
    return m.span("words") if m else None
