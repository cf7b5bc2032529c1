"""Recognise place names in text and resolve each to a gazetteer entry using the article's own context."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from sitrep.geo.gazetteer import DEMONYMS, Gazetteer, Place, fold
from sitrep.model import ActorMention, PlaceMention

__all__ = ["dominant_country", "find_places"]

# Capitalised words that are GeoNames place names somewhere but almost never places in news text.
_STOP = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december said says the a an and or but in on at of for by with from
    as this that these those he she it they we his her its their our president minister ministry
    government army police military state states islamic defense defence security forces force union
    republic post news agency comments comment photo source report reports commander general colonel
    major captain spokesman spokesperson official officials convoy battle attack attacks district region
    province village town city capital north south east west northern southern eastern western central
    mr mrs ms dr col maj gen lt prime national federal council assembly court party people day week
    month year today yesterday tonight more most many much some one two three four five six seven eight
    nine ten hundred thousand million billion saint san santa mount lake river valley island islands
    bay gulf sea ocean desert coast border borders road street avenue airport base camp market mosque
    church school hospital university station office house office al el la le de du des ben bin abu
    amaq isis daesh biden trump obama putin macron pentagon kremlin congress senate parliament
    green red blue white black gold golden new old young good best victory liberty hope peace
    friendship independence unity progress justice freedom union premier central eagle lion
    """.split()
)

# Words before a name that make it a place ("near Teguey", "the town of Dori", "in Tillaberi").
_PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:near|in|at|outside|around|from|to|towards|toward|between|of|village of|town of|city of|"
    r"commune of|locality of|district of|region of|province of|area of|outskirts of|north of|south of|"
    r"east of|west of|km from|kilometres from|kilometers from|miles from)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_PRECISE_NEAR = re.compile(r"\b(?:near|outside|around|close to|outskirts of|(?:\d+|a few)\s*(?:km|kilomet\w+|miles)\s+"
                           r"(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.IGNORECASE)
_ADMIN_AFTER = re.compile(r"^\s*(?:region|province|state|prefecture|department|governorate|district)\b", re.IGNORECASE)
_PERSON_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Col|Maj|Gen|Lt|Capt|Sgt|President|Minister|spokesperson|spokesman|General|"
    r"Colonel|Captain|Commander|Imam|Sheikh|Chief)\.?\s+(?:[A-Z][\w.'-]*\s+)*)$"
)
_BORDER_BEFORE = re.compile(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:[\w'’]+,?\s+(?:and\s+)?)*$", re.IGNORECASE)

_ADMIN_WORDS = frozenset({"region", "province", "state", "district", "department", "prefecture", "commune"})
_CONTINENTS = frozenset({"africa", "europe", "asia", "america", "americas", "oceania", "antarctica", "middle east",
                         "west africa", "east africa", "north africa", "sub-saharan africa", "maghreb"})
_FEATURE_RANK = {"place": 4, "admin2": 3, "admin1": 2, "country": 1}
# Villages: GeoNames has no population (0) for most of them, and imported country dumps bring tens of thousands,
# many named like words or like far bigger places ("London", Sierra Leone). One is taken only when the text names
# its country or admin1 unit, or with a strong cue ("in", "near", "the village of"; not a bare "of"/"at"); and it
# beats a city of _SMALL_CITY+ people only when the text names its admin1 unit.
_VILLAGE = 1000
_SMALL_CITY = 100_000
_VILLAGE_CUE = re.compile(
    r"(?:\b(?:in|near|outside|around|close to|outskirts of|(?:village|town|locality|commune|hamlet|settlement)s?\s+of"
    r"|(?:\d+|a few)\s*(?:km|kilomet\w+|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?)$", re.IGNORECASE)


def _word_bounded(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not before.isalnum() and not after.isalnum()


def _capitalised(span: str) -> bool:
    words = [re.sub(r"^[dl]['’]", "", w) for w in re.split(r"[\s-]+", span) if w]  # "Côte d'Ivoire"
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 for w in words)


_FEATURE_BEFORE = re.compile(r"\b(?:Lake|lake|Gulf of|gulf of|Bight of|Mount|Mont)\s+$")
_FEATURE_AFTER = re.compile(r"\s+(?:[Rr]iver|[Bb]asin|[Vv]alley|[Dd]elta)\b")


def _candidates(text: str, gaz: Gazetteer, blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    folded = fold(text)
    automaton = gaz.automaton()
    found: list[tuple[int, int, str]] = []
    for end_idx, key in automaton.iter(gaz.search_text(folded)):  # type: ignore[attr-defined]
        # hits start at a word (see Gazetteer.automaton); search offsets are text offsets + 1
        start, end = end_idx - len(key), end_idx
        if not text[start].isupper():  # lower-case words are not names here: the cheapest test first
            continue
        if not _word_bounded(folded, start, end):
            continue
        span = text[start:end]
        if not _capitalised(span):
            continue
        if key in _STOP or key in _CONTINENTS or (span.isupper() and len(span) <= 3 and key not in ("usa",)):
            continue
        if any(s < end and start < e for s, e in blocked):
            continue
        # a physical feature named after a place: "Lake Chad", "the Niger river", "Gulf of Guinea"
        if _FEATURE_BEFORE.search(text[max(0, start - 12):start]) or _FEATURE_AFTER.match(text[end:end + 10]):
            continue
        found.append((start, end, key))
    # longest, leftmost, non-overlapping
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, key in sorted(found, key=lambda t: (-(t[1] - t[0]), t[0])):
        if any(s < end and start < e for s, e, _ in out):
            continue
        out.append((start, end, key))
        last_end = max(last_end, end)
    out.sort()
    return out


def _is_part_of_name(text: str, start: int, end: int) -> bool:
    """'Washington Post', 'Amadou Abdramane': a capitalised word glued on either side."""
    after = re.match(r"[ \t]+([A-Z][a-z]+)", text[end:end + 30])
    if after and fold(after.group(1)) not in _ADMIN_WORDS:
        return True
    if _PERSON_TITLE_BEFORE.search(text[max(0, start - 60):start]):
        return True
    return False


def find_places(
    text: str,
    gaz: Gazetteer,
    *,
    actors: Iterable[ActorMention] = (),
) -> list[PlaceMention]:
    """Place mentions in `text`, each resolved to one gazetteer entry with a confidence."""
    blocked = [(a.start, a.end) for a in actors if not _looks_like_place_actor(a)]
    raw = _candidates(text, gaz, blocked)

    # pass 1: country evidence from countries, demonyms and unambiguous admin units
    country_votes: Counter[str] = Counter()
    kept: list[tuple[int, int, str, list[int]]] = []
    rows = gaz.places.rows  # plain tuples (Place fields in order): reading them builds no objects
    _CC, _A1, _FEAT = 2, 3, 9
    for start, end, key in raw:
        if key in DEMONYMS and not gaz.lookup_ids(key):
            country_votes[DEMONYMS[key]] += 1
            continue
        ids = gaz.lookup_ids(key)
        if not ids:
            continue
        is_country = any(rows[i][_FEAT] == "country" for i in ids)
        if not is_country and _is_part_of_name(text, start, end):
            continue
        kept.append((start, end, key, ids))
        for i in ids:
            if rows[i][_FEAT] == "country":
                country_votes[rows[i][_CC]] += 2
                break
    for a in actors:
        if a.country_code:
            country_votes[a.country_code] += 1
    dominant = country_votes.most_common(1)[0][0] if country_votes else None
    countries = set(country_votes)

    # admin1 units named in the text (for "Teguey, in Niger's western Tillaberi region")
    admin1_named: set[tuple[str, str | None]] = set()
    for _s, _e, _k, ids in kept:
        for i in ids:
            r = rows[i]
            if r[_FEAT] == "admin1" and (r[_CC] in countries or not countries):
                admin1_named.add((r[_CC], r[_A1]))

    out: list[PlaceMention] = []
    for start, end, key, ids in kept:
        before = text[max(0, start - 60):start]
        after = text[end:end + 20]
        admin_after = bool(_ADMIN_AFTER.match(after))
        cue = bool(_PLACE_CUE_BEFORE.search(before))
        scored: list[tuple[float, Place]] = []
        for i in ids:
            p = gaz.places[i]
            score = 0.0
            if p.feature == "country":
                score += 6.0
            elif p.feature == "admin1":
                score += 3.5 if admin_after else 1.0
            elif p.feature == "admin2":  # only in imported gazetteers: "Say Department"
                score += 3.0 if admin_after else 0.5
            else:
                score += math.log10(p.population + 10) / 2.0
                if admin_after:
                    score -= 1.5
            if p.country_code == dominant:
                score += 3.0
            elif p.country_code in countries:
                score += 1.5
            if p.feature in ("place", "admin2") and (p.country_code, p.admin1_code) in admin1_named:
                score += 2.0
            scored.append((score, p))
        scored.sort(key=lambda t: (-t[0], -_FEATURE_RANK.get(t[1].feature, 0)))
        best_score, best = scored[0]
        if best.feature == "place" and best.population < _VILLAGE \
                and (best.country_code, best.admin1_code) not in admin1_named:
            if best.country_code not in countries and not _VILLAGE_CUE.search(before):
                continue
            city = next(((s, p) for s, p in scored if p.feature == "place" and p.population >= _SMALL_CITY), None)
            if city is not None:
                best_score, best = city
        # "the Sahel": a geographic region, not the admin unit of another country
        if best.feature == "admin1" and best.country_code != dominant and (
                re.search(r"\bthe\s+$", before, re.IGNORECASE) or not (cue or admin_after)):
            continue
        # a small place with no cue and no country support is more likely a word or a name
        if best.feature == "place" and not cue and best.country_code not in countries and best.population < 50_000:
            continue
        others = [sc for sc, p in scored if p is not best]
        margin = best_score - max(others) if others else 3.0
        confidence = round(1 / (1 + math.exp(-margin)), 3)
        context = None
        if _PRECISE_NEAR.search(before):
            context = "near"
        elif _BORDER_BEFORE.search(before):
            context = "border"
        elif admin_after:
            context = "region"
        elif cue:
            context = "in"
        out.append(
            PlaceMention(
                start=start, end=end, text=text[start:end], name=best.name, geonames_id=best.geonames_id,
                country_code=best.country_code, country=gaz.country_name(best.country_code) or best.country_code,
                admin1=best.admin1, admin2=best.admin2, latitude=best.latitude, longitude=best.longitude,
                feature=best.feature, population=best.population, confidence=confidence, context=context,
            )
        )
    return out


def _looks_like_place_actor(a: ActorMention) -> bool:
    """Actor mentions that are also plain country names ("Niger", "Russia") must not hide the place."""
    return a.text[:1].isupper() and " " not in a.text.strip() and a.kind in ("state", "external")


def dominant_country(places: Iterable[PlaceMention]) -> str | None:
    votes: Counter[str] = Counter(p.country_code for p in places)
    return votes.most_common(1)[0][0] if votes else None


def dominant_country(places: list[PlaceMention]) -> str | None:
    """The country an article is about: votes of its place mentions, the lead sentence's counting three times
    (a story names its scene first; background and comparison come later). Border mentions do not vote."""
    votes: dict[str, int] = {}
    first = min((p.sentence for p in places if p.sentence >= 0), default=0)
    for p in places:
        if p.context == "border":
            continue
        votes[p.country_code] = votes.get(p.country_code, 0) + (3 if p.sentence == first else 1)
    return max(votes, key=lambda k: votes[k]) if votes else None
