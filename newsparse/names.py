"""Name patterns shared by the extractors: people, organisations, titles before names.

>>> m = PERSON_NAME.search("said Gen. Jonathan Vance, the chief of defence staff")
>>> m.group()
'Gen. Jonathan Vance'
>>> split_title(m.group())
('Gen.', 'Jonathan Vance')
>>> split_title("Secretary of State John Kerry")
('Secretary of State', 'John Kerry')
"""

from __future__ import annotations

import regex

from .lexicon.titles import NAME_TITLES

# One capitalised word of a name: "Vance", "O'Brien", "McConnell", "Al-Sisi", "José".
NAME_WORD = r"\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{Ll}[\p{Ll}\p{Lu}'’\-]*"
# An initial: "J." in "Donald J. Trump", "L.K." in "L.K. Evans".
INITIAL = r"(?:\p{Lu}\.){1,3}"
# Lower-case particles inside names: "Charles de Gaulle", "Ursula von der Leyen", "bin Salman".
PARTICLE = r"(?:de|del|della|der|di|da|dos|du|van|von|bin|ibn|al|el|la|le|ter|ten)"
# A title before a name, with its period: "Gen.", "Sen.", "President", "Secretary of State".
TITLE = (
    r"(?:(?i:" + "|".join(sorted(NAME_TITLES, key=len, reverse=True)) + r")\.?"
    r"(?:\s+of\s+(?:State|Defense|Defence|the\s+Treasury|Homeland\s+Security|Health|Labor|Energy|Education))?)"
)
# A person's name, optionally after titles: "Gen. Jonathan Vance", "Hillary Rodham Clinton",
# "Donald J. Trump", "Mr. Obama", "Charles de Gaulle".
PERSON = (
    r"(?:(?:" + TITLE + r")\s+){0,3}"
    r"(?:" + NAME_WORD + r"|" + INITIAL + r")"
    r"(?:\s+(?:" + NAME_WORD + r"|" + INITIAL + r"|" + PARTICLE + r"(?=\s+\p{Lu}))){0,4}"
    r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?"
)
PERSON_NAME = regex.compile(r"(?<![\p{L}\p{N}])" + PERSON + r"(?![\p{L}])")
_LEADING_TITLES = regex.compile(r"(?:" + TITLE + r")(?:\s+|$)")


def split_title(name: str) -> tuple[str | None, str]:
    """Split leading titles off a name: ``"Sen. Ted Cruz"`` -> ``("Sen.", "Ted Cruz")``.

    A name that is only a title (``"President"``) is returned whole as the name.
    """
    pos = 0
    while True:
        m = _LEADING_TITLES.match(name, pos)
        if not m or m.end() >= len(name):
            break
        rest = name[m.end():]
        if not rest[:1].isupper():
            break
        pos = m.end()
    if pos == 0:
        return None, name
    return name[:pos].strip(), name[pos:].strip()
