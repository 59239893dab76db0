"""What a scraped page puts above the story: navigation, section labels, site names and mastheads.

>>> from newsparse.zones import split_lines
>>> text = "Home > World > Asia\\n\\nCourts\\n\\nSkipper jailed over smuggling run\\n\\nBy Jo Marsh\\n\\nThe story.\\n"
>>> lines = split_lines(text)
>>> text[lines[past_navigation(text, lines, 0)].start:][:33]
'Skipper jailed over smuggling run'
"""

from __future__ import annotations

from .lexicon.agencies import OUTLET_NOUNS
from .pattern_cache import compile_pattern
from .zone_lines import (
    ATX_HEADING,
    DATELINE_START,
    MENU_WORDS,
    SECTION_WORDS,
    Line,
    is_consent_banner,
    is_header_line,
    is_navigation_line,
    is_navigation_markup,
    is_section_label,
    looks_like_title,
)

#: Blocks of navigation that may open a page before its headline, and the longest line such a block holds.
_NAVIGATION_MAX_BLOCKS = 4
#: A site's name over its navigation has at most this many words.
_SITE_NAME_MAX_WORDS = 4
#: A label over a headline (a section's or site's name) has at most this many words, but a masthead.
_LABEL_MAX_WORDS = 3
_NAVIGATION_MAX_CHARS = 200

# A site's name with its banner after a bar: "KQLV 7 News | Weather Alert: Heat Advisory until 8 PM" (name in group
# "name"; the banner a label of three capitalised words at most, a colon and a short notice).
NAME_AND_BANNER = compile_pattern(r"(?P<name>[^|\n]{1,40})\|[ \t]*[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}:"
                                  r"[ \t]*\S[^\n]{0,80}")


def next_text_line(lines: list[Line], i: int) -> int | None:
    """Index of the first text line at or after ``i``, or None."""
    while i < len(lines):
        if lines[i].kind == "text":
            return i
        i += 1
    return None


def text_block_end(lines: list[Line], i: int) -> int:
    """Index after the last line of the text block starting at ``i``."""
    while i < len(lines) and lines[i].kind == "text":
        i += 1
    return i


def past_navigation(text: str, lines: list[Line], first: int) -> int:
    """The first line after the site's navigation a scraped page may open with: a consent banner, breadcrumbs ('Home
    > World > Asia'), skip links ('[Skip to main content](#main)'), a menu of one-word lines, a section label over the
    page's '# ' heading, the site's name over its navigation (or its address: 'energymarkets.news'), a section's or
    site's name over a headline and its byline ('Courts'); ``first`` itself when none opens it."""
    for _ in range(_NAVIGATION_MAX_BLOCKS):
        end = text_block_end(lines, first)
        after = next_text_line(lines, end)
        if after is None:
            return first
        block = [text[ln.start:ln.end].strip() for ln in lines[first:end]]
        if is_consent_banner(block):
            first = after  # (its notice may be long: 'We and our partners store and/or access information ...')
            continue
        if any(len(line) > _NAVIGATION_MAX_CHARS for line in block):
            return first  # (navigation is short: a long line is the story's)
        menu = len(block) >= 3 and any(line.lower() in MENU_WORDS for line in block) \
            and all((len(line.split()) <= 2 and len(line) <= 24) or is_navigation_markup(line) for line in block)
        over_heading = ATX_HEADING.match(text, lines[after].start, lines[after].end) is not None
        label = len(block) == 1 and ((over_heading and (block[0].startswith("##")
                                                        or block[0].lower().strip("#* ") in SECTION_WORDS))
                                     or is_section_label(block[0]))
        if not (menu or label or _navigation_and_name(block)
                or _site_name(text, lines, block, after) or _label_over_headline(text, lines, block, after)):
            return first
        first = after
    return first


def _label_over_headline(text: str, lines: list[Line], block: list[str], after: int) -> bool:
    """A section's or site's name over the headline and its byline: one line of three words at most ('Courts',
    'MOTORSPORT WEEKLY') or a newspaper's or station's name ('The Hill Country Courier', 'KWLR 7 News', maybe over
    its menu), then a one-line headline of more words, then a byline or date line (or, under a masthead, the
    story's dateline)."""
    if not block or block[0][-1:] in ".!?:,;":
        return False
    words = block[0].split()
    masthead = len(words) <= _SITE_NAME_MAX_WORDS + 1 and words[-1].lower().strip("*_#") in OUTLET_NOUNS \
        and all(word[:1].isupper() or word.isdigit() for word in words)  # ('The Hill Country Courier', 'KWLR 7 News')
    if not (len(block) == 1 and (1 <= len(words) <= _LABEL_MAX_WORDS or masthead)) \
            and not (masthead and all(is_navigation_line(line) for line in block[1:])):
        return False  # ('Courts'; a masthead, maybe over its menu: 'KWLR 7 News' / 'Watch Live | Weather')
    headline_end = text_block_end(lines, after)
    below = next_text_line(lines, headline_end)
    return headline_end == after + 1 and below is not None and looks_like_title(text, lines[after]) \
        and (masthead or len(text[lines[after].start:lines[after].end].split()) > len(words) + 1) \
        and (is_header_line(text, lines[below])
             or (masthead and DATELINE_START.match(text, lines[below].start, lines[below].end) is not None))


def _navigation_and_name(block: list[str]) -> bool:
    """A block of navigation lines, one of which may be the site's name: 'Skip to main content' / 'GlobeWatch News',
    maybe with a banner after it ('KQLV 7 News | Weather Alert: Heat Advisory until 8 PM')."""
    names = [line for line in block if not is_navigation_line(line)]
    if not names:
        return True
    if len(names) > 1 or len(names) == len(block):
        return False
    if (banner := NAME_AND_BANNER.fullmatch(names[0])) is None:
        return _name_line(names[0])
    words = banner.group("name").split()  # (an outlet's or channel's name, not a headline in title case: 'KQLV 7
    # News', 'Fox 13'; not 'Oil Prices Climb | Live: Traders React')
    return _name_line(banner.group("name").strip()) \
        and (words[-1].lower() in OUTLET_NOUNS or any(word.isdigit() for word in words))


def _site_name(text: str, lines: list[Line], block: list[str], after: int) -> bool:
    """A site's name over its navigation: one short line of a few capitalised words ('Coastline News'), then
    lines or a block that are all navigation ('Home > Business > Energy')."""
    if not _name_line(block[0]):
        return False
    nxt = block[1:] or [text[ln.start:ln.end].strip() for ln in lines[after:text_block_end(lines, after)]]
    return bool(nxt) and all(is_navigation_line(line) for line in nxt)


def _name_line(line: str) -> bool:
    """A site's name alone on a line: a few capitalised words (or a channel's number) and no sentence's end
    ('Coastline News', 'KQLV 7 News')."""
    words = line.split()
    return 1 <= len(words) <= _SITE_NAME_MAX_WORDS and all(word[:1].isupper() or word.isdigit() for word in words) \
        and line[-1:] not in ".!?:"
