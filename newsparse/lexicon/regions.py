"""Regions and countries as datelines write them after a place: ``SPRINGFIELD, Ill.``, ``RANGOON, Burma``.

>>> REGIONS["ill"]
('US', 'IL', 'Illinois')
>>> COUNTRY_ALIASES["burma"], COUNTRY_ALIASES["england"]
('MM', 'GB')

Keys are folded by ``fold_place`` (lower case, no accents, no dots, hyphens as spaces), so
``W.Va.``, ``W. Va.`` and ``W VA`` are one key. Cities and country names themselves come from
the GeoNames data (``newsparse.gazetteer``); these tables hold only what it lacks: the AP
stylebook's state abbreviations, Canadian and Australian provinces and states, the nations of
the United Kingdom, and the country names newsrooms still use (``Burma``, ``Britain``).
"""

from __future__ import annotations

from ..pattern_cache import compile_pattern

_FOLD_SPACES = compile_pattern(r"[\s.\-‐‑–]+")

#: Kinds of place a name is, told before it ('the town of Rauma', 'the old port of Fira') or after it in lower case
#: ('of Chak Ramdaspur village').
PLACE_KINDS: frozenset[str] = frozenset("""port town township city village hamlet island county district province region
    municipality harbour harbor borough parish suburb commune prefecture tehsil taluk""".split())


def fold_place(name: str) -> str:
    """``"ST. LOUIS"`` -> ``"saint louis"``; ``"Bahía-Blanca"`` -> ``"bahia blanca"``."""
    if name.isascii():  # (most names: no accents to take off, and no unicodedata to load at start-up)
        text = name.lower()
    else:
        import unicodedata

        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    text = _FOLD_SPACES.sub(" ", text.replace(".", " ")).strip()
    head, _, rest = text.partition(" ")
    if rest and head in _ABBREVIATED_HEADS:
        text = _ABBREVIATED_HEADS[head] + " " + rest
    return text


_ABBREVIATED_HEADS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}

#: Particles inside a place's name, written in lower case: "Rio de Janeiro", "Stratford-upon-Avon", "Frankfurt am
#: Main", "Saint-Jean-de-Luz".
PLACE_PARTICLES = frozenset("de da do dos das des del della di du la le les el al en sur sous aux au am upon on of y"
                            .split())

# US states: (postal code, name, AP stylebook abbreviations and other wire spellings).
_US_STATES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("AL", "Alabama", ("Ala.",)), ("AK", "Alaska", ()), ("AZ", "Arizona", ("Ariz.",)),
    ("AR", "Arkansas", ("Ark.",)), ("CA", "California", ("Calif.", "Cal.")), ("CO", "Colorado", ("Colo.",)),
    ("CT", "Connecticut", ("Conn.",)), ("DE", "Delaware", ("Del.",)), ("DC", "District of Columbia", ("D.C.",)),
    ("FL", "Florida", ("Fla.",)), ("GA", "Georgia", ("Ga.",)), ("HI", "Hawaii", ()), ("ID", "Idaho", ()),
    ("IL", "Illinois", ("Ill.",)), ("IN", "Indiana", ("Ind.",)), ("IA", "Iowa", ()),
    ("KS", "Kansas", ("Kan.", "Kans.")), ("KY", "Kentucky", ("Ky.",)), ("LA", "Louisiana", ("La.",)),
    ("ME", "Maine", ()), ("MD", "Maryland", ("Md.",)), ("MA", "Massachusetts", ("Mass.",)),
    ("MI", "Michigan", ("Mich.",)), ("MN", "Minnesota", ("Minn.",)), ("MS", "Mississippi", ("Miss.",)),
    ("MO", "Missouri", ("Mo.",)), ("MT", "Montana", ("Mont.",)), ("NE", "Nebraska", ("Neb.", "Nebr.")),
    ("NV", "Nevada", ("Nev.",)), ("NH", "New Hampshire", ("N.H.",)), ("NJ", "New Jersey", ("N.J.",)),
    ("NM", "New Mexico", ("N.M.",)), ("NY", "New York", ("N.Y.",)), ("NC", "North Carolina", ("N.C.",)),
    ("ND", "North Dakota", ("N.D.",)), ("OH", "Ohio", ()), ("OK", "Oklahoma", ("Okla.",)),
    ("OR", "Oregon", ("Ore.",)), ("PA", "Pennsylvania", ("Pa.", "Penn.")), ("RI", "Rhode Island", ("R.I.",)),
    ("SC", "South Carolina", ("S.C.",)), ("SD", "South Dakota", ("S.D.",)), ("TN", "Tennessee", ("Tenn.",)),
    ("TX", "Texas", ("Tex.",)), ("UT", "Utah", ()), ("VT", "Vermont", ("Vt.",)), ("VA", "Virginia", ("Va.",)),
    ("WA", "Washington", ("Wash.",)), ("WV", "West Virginia", ("W.Va.",)), ("WI", "Wisconsin", ("Wis.", "Wisc.")),
    ("WY", "Wyoming", ("Wyo.",)),
)
# Canadian provinces and territories: (GeoNames admin1 code, name, abbreviations).
_CA_PROVINCES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("01", "Alberta", ("Alta.",)), ("02", "British Columbia", ("B.C.",)), ("03", "Manitoba", ("Man.",)),
    ("04", "New Brunswick", ("N.B.",)), ("05", "Newfoundland and Labrador", ("Nfld.", "Newfoundland")),
    ("07", "Nova Scotia", ("N.S.",)), ("08", "Ontario", ("Ont.",)), ("09", "Prince Edward Island", ("P.E.I.",)),
    ("10", "Quebec", ("Que.",)), ("11", "Saskatchewan", ("Sask.",)), ("12", "Yukon", ()),
    ("13", "Northwest Territories", ("N.W.T.",)), ("14", "Nunavut", ()),
)
# Australian states and territories: (GeoNames admin1 code, name, abbreviations).
_AU_STATES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("01", "Australian Capital Territory", ("ACT",)), ("02", "New South Wales", ("NSW",)),
    ("03", "Northern Territory", ()), ("04", "Queensland", ("Qld",)), ("05", "South Australia", ()),
    ("06", "Tasmania", ("Tas.",)), ("07", "Victoria", ("Vic.",)), ("08", "Western Australia", ()),
)
# Nations of the United Kingdom: (GeoNames admin1 code, name, abbreviations).
_GB_NATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ENG", "England", ()), ("SCT", "Scotland", ()), ("WLS", "Wales", ()), ("NIR", "Northern Ireland", ()),
)

#: Folded region as written -> (country, GeoNames admin1 code, region name): "ill" -> Illinois.
REGIONS: dict[str, tuple[str, str, str]] = {}
#: (country, GeoNames admin1 code) -> region name, to name the region of a city found alone.
REGION_NAMES: dict[tuple[str, str], str] = {}

for _country, _rows in (("US", _US_STATES), ("CA", _CA_PROVINCES), ("AU", _AU_STATES), ("GB", _GB_NATIONS)):
    for _code, _name, _spellings in _rows:
        REGION_NAMES[(_country, _code)] = _name
        for _spelling in (_name, *_spellings):
            REGIONS[fold_place(_spelling)] = (_country, _code, _name)
#: The AP's abbreviations of US states, as written after a city: "Ore.", "Calif.", "N.Y.".
US_STATE_ABBREVIATIONS: tuple[str, ...] = tuple(sorted({spelling for _, _, spellings in _US_STATES
                                                        for spelling in spellings if spelling.endswith(".")}))
# US postal codes as written after a city ("SPRINGFIELD, IL"); AP spellings win where they clash.
for _code, _name, _spellings in _US_STATES:
    REGIONS.setdefault(_code.lower(), ("US", _code, _name))

#: Country names GeoNames does not use, folded -> ISO 3166 alpha-2 ("Burma" for Myanmar).
COUNTRY_ALIASES: dict[str, str] = {
    "burma": "MM", "britain": "GB", "great britain": "GB", "uk": "GB", "u k": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "us": "US", "u s": "US", "usa": "US",
    "u s a": "US", "america": "US", "united states of america": "US", "czech republic": "CZ",
    "macedonia": "MK", "swaziland": "SZ", "holland": "NL", "netherlands": "NL", "the netherlands": "NL",
    "cote d'ivoire": "CI", "east timor": "TL", "timor leste": "TL", "vatican city": "VA",
    "west bank": "PS", "gaza": "PS", "gaza strip": "PS", "palestine": "PS", "palestinian territories": "PS",
    "congo": "CG", "drc": "CD", "dr congo": "CD", "zaire": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "republic of congo": "CG", "bosnia herzegovina": "BA",
    "korea": "KR", "the bahamas": "BS",
    "the gambia": "GM", "uae": "AE", "u a e": "AE", "cape verde": "CV", "soviet union": "RU", "ussr": "RU",
    "west germany": "DE", "east germany": "DE", "macau": "MO", "hong kong": "HK", "taiwan": "TW",
}
