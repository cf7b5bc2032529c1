"""Recognise place names in text and resolve each to a gazetteer entry using the article's own context.

Recognition (`sitrep.geo.recognise`): every gazetteer name, demonym ("Nigerien" -> Niger) and US state abbreviation
(", Ky.") in the text, accent- and case-folded (one pass of an Aho-Corasick automaton), kept when it is written as a
name (capitalised, not an all-capital code), is not a common word (in a stop list, or written in lower case
elsewhere in the same article), and is not part of a person's, a firm's or a street's name: a title before it
("Judge Hoover"), a given name or an initial before it ("Darrell L. Marriott"), a capitalised word after it that
the article uses alone ("Mary Smith ... Smith said") or that is not an institution's ("Scott West Panthers", but
"Athens Police" stays), an age or "said" after it ("Moore, 46", "Moore said"), a street word ("Wichita Drive");
and here, a surname the article uses for a person elsewhere, a place too small for the article's countries.

Resolution: each mention's candidates are scored with
  * a prior: the kind of feature (country > continent > admin1 > admin2 > populated place) and log population;
    a place that has the name only as an alternate name is penalised ("Indiana" is also a Brazilian town's);
  * the article's countries: countries, demonyms and actors it names, and a soft vote of every ambiguous
    mention for the countries its plausible candidates are in; the dominant one counts most;
  * the admin hierarchy: "Gainesville, Fla." and "Dori, Burkina Faso" decide; an admin1 unit named anywhere in the
    article ("Teguey, in Niger's western Tillaberi region") favours the places inside it, and so, in a second pass,
    does the admin1 unit most of the article's resolved places fall in;
  * cues: "X County"/"X region" after the name favours admin units, "the village of"/"near" before it lets a
    village (no population in GeoNames) be chosen.
The confidence of a choice is the logistic of its margin over the runner-up.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sitrep.geo.borders import borders, outline_km
from sitrep.geo.gazetteer import (AFRICA, DEMONYMS, Gazetteer, Place, admin1_key, edit_distance, fold, haversine_km,
                                  name_keys, spelling_skeleton)
from sitrep.geo.recognise import (
    ADMIN_AFTER,
    ADMIN_BEFORE,
    BORDER_BEFORE,
    CUE_LAST,
    FEATURE_RANK,
    INSTITUTION_WORDS,
    MODIFIER_AFTER,
    PEOPLE_SUFFIXES,
    PLACE_CUE_BEFORE,
    PRECISE_NEAR,
    SMALL_CITY,
    VILLAGE,
    VILLAGE_CUE,
    Candidate,
    Spans,
    TextView,
    candidates,
    has_cue,
    last_word,
    part_of_name,
    respelled_in_frame,
    text_countries,
)
from sitrep.model import ActorMention, PlaceMention
from sitrep.text.dates import MONTH_NAMES, WEEKDAY_NAMES
from sitrep.text.numbers import NUMBER_WORD_PATTERN

# the population from which a place of Africa, outside the region the user imported, is read as the city it is in a
# text naming no country (a village the import lacks is not that big a city abroad)
_AFRICAN_CITY = 100_000
# ... and from which one is read so by a long name it has only as an alternate spelling, where the region has no place
# of that name ("Belet Weyne" for Beledweyne, "Galkayo" for Gaalkacyo: the news's spellings of towns of
# tens of thousands, which a village of the region does not share)
_AFRICAN_TOWN_SPELLING = 20_000

__all__ = ["NOT_SCENE", "dominant_country", "find_places"]

# A candidate referent of a name: (prior, row index, country code, admin1 code, feature, population)
_Cand = tuple[float, int, str, "str | None", str, int]
_MEMO_MAX = 200_000
_PROPAGATE = True  # a name used for a person stands for the person elsewhere in the article too
_W_SUPPORT = 1.0  # per other name of the article with a place in the same admin1 unit (at most 3)
_W_ACTIVITY = 2.0  # at most: the country of the region followed where the most known armed groups fight
_NO_ACTIVITY: Mapping[str, float] = {}
_NO_UNITS: Mapping[tuple[str, str], float] = {}
_W_REGION_ACTIVITY = 0.5  # of _W_REGION: the units where the most known groups fight, when the text names none
_W_AREA = 3.0  # a country of the region followed where an armed group the text names operates
_W_ANCHOR = 1.5  # at most, for a place beside another place the article names (falling to 0 at _ANCHOR_KM)
_ANCHOR_KM = 100.0
_W_LIST = 3.0  # a reading of the kind (and, 1.5 more, the country) of the other names of a list it stands in
_W_REGION = 2.0  # an admin1 unit an armed group the text names is known to fight in (a village's homonyms)
_W_COUNTY = 2.0  # a town inside a county (an admin2 unit) the article names, or a county holding a town it names
_W_SAME_COUNTY = 1.0
_W_TOGETHER = 1.0  # a vote for the country of the admin1 unit the most names have a place in, per name (weighted)
_TOGETHER_MIN = 2  # names at least
_W_NAMED_SHARE = 2.0  # at most, for a place in the admin1 unit the text names most (by its share of units named)
_W_ACROSS = 6.0  # a reading in the country a place is told to lie at the border of ("near the border with Mali")
_W_DISTRICT_TOWN = 1.0  # the town nearest the point of a district (admin2) of its name in its region: the seat
_DISTRICT_SEAT_KM = 60.0
_W_REGION_NAME = 3.0  # a small town's loss beside a world region, island or sea of its name (data/regions.json)
# a town of fewer people whose name is also a city's own of SMALL_CITY+ ("the Mayor of Boston", "a Washington-based
# group") takes no lift from its state being named somewhere in the text (Boston, N.Y., in a story that later names
# New York); its county, its neighbours named or "Boston, N.Y." written out still place it
_NAMESAKE_TOWN = 10_000
_WORLD_CITY = 1_000_000  # people: a city known abroad by its name (see _resolve)
# the African countries whose first-order units are states: a name told as a "state" ("in Plateau State", "Borno
# state") is not the region or department of the name in another African country (Benin's Plateau)
_STATE_COUNTRIES = frozenset({"NG", "SD", "SS"})
# the offices of a US state and its counties: a text naming them means the US state of a name a country shares
# ("the sheriff said", "Fulton County", "state lawmakers"; not "deputies", also a parliament's, nor "governor": the
# country's regions have governors too; nor "General Assembly", the UN's, where the country is often named)
_US_STATE_CUE = re.compile(r"\b(?:[Ss]heriff|[Cc]ount(?:y|ies)|[Ss]tate[ \t]+(?:[Ll]egislature|"
                           r"[Ll]awmakers?|[Ss]enat(?:e|ors?)|[Hh]ouse|[Rr]epresentatives?|[Cc]apitol|[Tt]roopers?|"
                           r"[Pp]atrol)|[Ss]tatehouse)\b")
# (not the state's organs: "Niger state-run television", "Niger state broadcaster", "state media")
_STATE_AFTER = re.compile(r"\s*state\b(?![-‐‑])(?!\s+(?:of|house|media|television|tv|radio|news|agency|"
                          r"security|forces|department|university|hospital|broadcaster|broadcasting|newspapers?|"
                          r"press|channel)\b)", re.IGNORECASE)
_W_STATE_NOUN = 4.0
# the nouns of local units that one African country alone uses in English-language reports: a name told with one
# ("in Eleme LGA", "Kofele woreda", "in Nyepo Payam", "the Kalehe territory") places the text in that country, as a
# country's own name would, even where the gazetteer lacks the unit (a village of the region followed that shares the
# name, "El Melga" for "Eleme", is not meant). (Not the nouns several countries share: county, district, province,
# governorate, commune, sub-county.)
_UNIT_NOUN_COUNTRY = (
    (re.compile(r"(?:L\.?G\.?A\.?|[Ll]ocal[ \t]+[Gg]overnment(?:[ \t]+[Aa]rea|[ \t]+[Cc]ouncil)?)(?![\w-])"), "NG"),
    (re.compile(r"(?i:woredas?|kebeles?)\b"), "ET"),
    (re.compile(r"(?i:payams?)\b"), "SS"),
    # (South Africa's municipalities by their kind: "Amahlathi Local Municipality"; not a bare "municipality")
    (re.compile(r"(?:[Ll]ocal|[Mm]etropolitan|[Dd]istrict)[ \t]+[Mm]unicipality\b"), "ZA"),
    # (a territory of DR Congo's provinces: "Beni territory"; not a nation's land, "on Malian territory", nor
    # Australia's "Northern Territory": the word in lower case after a name that is no country's or people's)
    (re.compile(r"territor(?:y|ies)\b"), "CD"),
)
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                            "northwest", "northeast", "southwest", "southeast", "national", "occupied"})
_UNIT_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]+$")
_W_EXONYM = 1.5  # of the 2.0 an alternate name costs, given back to a city of _WORLD_CITY+ (see _NameInfo)


def _softmax(priors: dict[str, float] | dict[tuple[str, str | None], float]) -> dict:  # type: ignore[type-arg]
    if not priors:
        return {}
    top = max(priors.values())
    w = {k: math.exp(p - top) for k, p in priors.items()}
    total = sum(w.values())
    return {k: x / total for k, x in w.items()}


class _NameInfo:
    """What the article-independent part of resolution knows about a name, computed once per name and kept on the
    gazetteer (`Gazetteer.memo`): its candidates best first, the most general feature it can have, the country it
    names outright ("Niger"), and how its plausibility spreads over countries and admin1 units."""

    __slots__ = ("cands", "top_feature", "country", "by_country", "by_unit", "has_admin", "city", "seats", "seat_town",
                 "own_name", "district_town")

    def __init__(self, gaz: Gazetteer, key: str) -> None:
        rows = gaz.places.rows
        cands: list[_Cand] = []
        own_name: set[int] = set()  # the candidates whose own name (not an alternate one) is the key
        for i in gaz.lookup_ids(key):
            r = rows[i]
            name = str(r[1])
            primary = fold(name) == key or key in name_keys(name)
            if primary:
                own_name.add(i)
            cands.append((_prior(r, key, primary), i, str(r[2]), r[3], str(r[9]), int(r[8])))  # type: ignore[arg-type, call-overload]
        # a populous unit named like no town of its country and no city abroad is that unit, by its people
        # ("Cornwall", "Devon": England's counties, not the towns of Ontario and Alberta; "Laguna", a Philippine
        # province); the low prior of an admin2 stays for a unit named after its town ("in Tessalit": the town, not
        # the cercle), for small units ("Banana", a shire of 7,000) and beside a city of the name (Norfolk, Va.)
        towns = {c[2] for c in cands if c[4] == "place"}
        if not any(c[4] == "place" and c[5] >= SMALL_CITY for c in cands):
            cands = [(math.log10(c[5] + 10) * 0.75 - (0.0 if c[1] in own_name else 2.0), *c[1:])
                     if c[4] == "admin2" and c[2] not in towns and c[5] >= SMALL_CITY and c[0] < 2.5 else c
                     for c in cands]
        # a city of a million known by this name only as an alternate one, its English name ("Cologne" for Köln,
        # "Munich" for München), is before the small towns whose own name it is (Cologne, a town of 7,000 in
        # Lombardy); not where a city or a unit of SMALL_CITY+ has the name as its own ("New York": the state), nor
        # for a short name, more often a city's old or colloquial one ("Sam" for Damascus, "Berea" for Aleppo)
        if len(key) >= 6 and not any(c[1] in own_name and c[5] >= SMALL_CITY for c in cands):
            cands = [(c[0] + _W_EXONYM, *c[1:]) if c[4] == "place" and c[5] >= _WORLD_CITY and c[1] not in own_name
                     else c for c in cands]
        cands.sort(key=lambda c: -c[0])
        self.cands: tuple[_Cand, ...] = tuple(cands)
        self.own_name = frozenset(own_name)
        self.top_feature = min((c[4] for c in cands), key=lambda f: FEATURE_RANK.get(f, 5)) if cands else "place"
        country = next((c for c in cands if c[4] == "country"), None)
        # "Niger", "Mali": a country's name outright (not "Georgia", not "Lebanon, Pa.")
        self.country = country[2] if country is not None and all(
            c[4] == "country" or (c[4] == "place" and c[5] < 10_000) for c in cands) else None
        by_country: dict[str, float] = {}
        by_unit: dict[tuple[str, str | None], float] = {}
        for c in cands:
            if c[4] != "continent" and c[0] > by_country.get(c[2], -99.0):
                by_country[c[2]] = c[0]
            if c[4] in ("admin1", "admin2", "place") and c[0] > by_unit.get((c[2], c[3]), -99.0):
                by_unit[(c[2], c[3])] = c[0]
        self.by_country: dict[str, float] = _softmax(by_country)
        # the admin1 units the name has a place in, each with the same weight: the fewer, the more telling
        self.by_unit: dict[tuple[str, str | None], float] = dict.fromkeys(by_unit, 1 / math.sqrt(len(by_unit))) \
            if by_unit else {}
        self.has_admin = any(c[4] in ("admin1", "country") for c in cands)
        self.city = any(c[4] == "place" and c[5] >= SMALL_CITY for c in cands)  # "Tbilisi says": the government
        # admin1 units that have a town of this name and 10,000+ people inside them: Agadez, Diffa, Mopti, Gao; and
        # a unit named after a town of 5,000+ within 200 km that GeoNames still files under the unit it was carved
        # from (Menaka, a region since 2016, its town under Gao): unit -> the town's row
        units = {(c[2], c[3]): c[1] for c in cands if c[4] == "admin1"}
        seat_of: dict[tuple[str, str | None], int] = {}
        for c in cands:
            if c[4] != "place" or c[5] < 5_000:
                continue
            if (c[2], c[3]) in units:
                if c[5] >= 10_000:
                    seat_of.setdefault((c[2], c[3]), c[1])
                continue
            for u, ui in units.items():
                if u[0] == c[2] and haversine_km(float(rows[c[1]][6]), float(rows[c[1]][7]),  # type: ignore[arg-type]
                                                 float(rows[ui][6]), float(rows[ui][7])) <= 200.0:  # type: ignore[arg-type]
                    seat_of.setdefault(u, c[1])
        # (and a unit named like a city of a million of its country, however far the unit's middle lies: "a Buenos
        # Aires hospital" is the capital's, not the province's around it; the city keeps its own admin1; and a unit
        # named like its country's capital: "talks in Washington" are the capital's, not the state's, unless the
        # text says state, "Washington state", "the state of Washington", or lists states)
        metros = {u for u in units for c in cands if c[4] == "place" and c[2] == u[0] and (
            c[5] >= 1_000_000 or c[1] in own_name and key in name_keys(str(gaz.countries.get(c[2], {}).get("capital") or "")))}
        self.seats = frozenset(seat_of) | frozenset(metros)
        self.seat_town = {i: u for u, i in seat_of.items()}  # the town's row -> the unit it is the seat of
        # a district (admin2) of this name: of its region's towns of the name, the one nearest the district's point
        # is most often its seat, the town a text means ("riots broke out in Kenieba": the seat of the cercle of
        # Kenieba, Kayes, not one of the villages of the name in Koulikoro)
        district: set[int] = set()
        for c in cands:
            if c[4] != "admin2" or c[1] not in own_name:
                continue
            lat, lon = float(rows[c[1]][6]), float(rows[c[1]][7])  # type: ignore[arg-type]
            near = [(haversine_km(lat, lon, float(rows[t[1]][6]), float(rows[t[1]][7])), t[1])  # type: ignore[arg-type]
                    for t in cands if t[4] == "place" and t[2] == c[2] and t[3] == c[3]]
            if near and min(near)[0] <= _DISTRICT_SEAT_KM:
                district.add(min(near)[1])
        self.district_town = frozenset(district)


def _state_outnumbers_country(ni: _NameInfo) -> bool:
    """A name of a country and of a first-order unit of more people than that country ("Georgia": the US state of 10
    million, the country of 4 million)."""
    country_pop = max((c[5] for c in ni.cands if c[4] == "country"), default=0)
    return bool(country_pop) and any(c[4] == "admin1" and c[5] > country_pop for c in ni.cands)


def _anchor_points(gaz: Gazetteer, ni: _NameInfo, best: Place) -> list[tuple[float, float]]:
    """The points another name of the text anchors a village's namesakes by: its place, or, for a name whose places in
    that place's country are all villages (several, no size to tell them apart), each of them."""
    rows = gaz.places.rows
    own = [c for c in ni.cands if c[4] == "place" and c[2] == best.country_code]
    if best.feature != "place" or best.population >= VILLAGE or len(own) < 2 or any(c[5] >= VILLAGE for c in own):
        return [(best.latitude, best.longitude)]
    return [(float(rows[c[1]][6]), float(rows[c[1]][7])) for c in own]  # type: ignore[arg-type]


def _name_info(gaz: Gazetteer, key: str) -> _NameInfo:
    memo = gaz.memo
    got = memo.get(key)
    if got is None:
        got = _NameInfo(gaz, key)
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[key] = got
    return got  # type: ignore[return-value]


def _prior(r: tuple[object, ...], key: str, primary: bool) -> float:
    """How likely a gazetteer row is the referent of a name, before the article's context."""
    feat = r[9]
    people = math.log10(int(r[8]) + 10) * 0.75  # type: ignore[call-overload]
    if feat == "country":
        base = 7.0  # a country's name means the country, even in local news ("Mexico", not Mexico, Mo.)
    elif feat == "continent":
        # a continent, an ocean or a world region means that wide area: "the Pacific" is not Pacific, Mo., nor
        # "the Middle East" a hamlet of the name, even in the town's country (a town beats it only when the text
        # places it in its unit: "Pacific, Mo.")
        base = 9.0
    elif feat == "admin1":  # its population: the people of its places ("England" over England, Arkansas)
        base = max(3.5, people)
    elif feat == "admin2":
        # without "County" in the name, a unit named like a place is that place ("in Tessalit": the town, not the
        # cercle), even a village GeoNames gives no population
        base = max(2.5, people) if any(w in key for w in (" county", " parish", " district", " province")) else 0.5
    else:
        base = people
    if not primary and feat != "continent":  # ("the Pacific" is as much the ocean's own name)
        base -= 2.0  # the name is only one of its alternate names ("New York" for New York City)
    return base


_ACRONYM = re.compile(r"[A-Z]{2,6}")
# the words that tell a name as a village's: "the village of", "the hamlet of", "the locality of"
_VILLAGE_TOLD = re.compile(r"\b(?:villages?|hamlets?|locality|localities)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# the courts of England and Wales named after their town: "Kingston Crown Court", "Highbury Corner Magistrates'
# Court" (the town is England's, not Kingston, Jamaica, nor Camberwell, Victoria)
_COURT_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Crown|Magistrates['’]?)[ \t]+Court\b")
_COURT_COUNTRY = "GB"
# (the source's variants of the approximate coding: "coded as approximate location at In-Terkerouazt", "coded at
# approximate in Tin-Dersan", "coded as approximate location, Tin Babou", "coded at approximate location in the
# vicinity of Nara")
_CODED_BEFORE = re.compile(r"\bcoded\s+(?:(?:at|as)\s+(?:an?\s+|the\s+)?approximate(?:\s+location)?(?:\s*,|\s+(?:at|in|as))?"
                           r"|as|at)\s+(?:the\s+)?(?:vicinity\s+of\s+)?$", re.IGNORECASE)
# a place cue, a name of one or two capitalised words and a comma right before a place: "in Etambar, " before
# "Kidal", "near the village of Tin Tabakat, " (the name, group 1, is checked against the places the text names; not
# a month's or a day's, "In March, Gao"; nor a body's acronym, "at ORTM, Bamako airport")
_UNKNOWN_THEN_PLACE = re.compile(r"\b(?:in|at|near|around|outside)\s+(?:the\s+(?:village|hamlet|locality|area|town)\s+"
                                 r"of\s+)?(?!(?:" + "|".join(n.capitalize() for n in (*MONTH_NAMES, *WEEKDAY_NAMES))
                                 + r"|Addition|Particular|Total|Short|Response|Fact|Turn)\b)"
                                 r"([A-Z][\w'’-]*[a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]+)?),[ \t]+$")
# people said to come from a place: "a peacekeeper from Guinea", "two herders coming from Mali", "refugees
# fleeing from Nigeria", "5 men from Isseye village", "returning to the village from Bamako" (not "10 km from Gao",
# not "attacks from Mali")
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:coming|returning|fleeing|originating|originally|hailing|deported|repatriated|expelled|who\s+came|"
    r"nationals?|citizens?|peacekeepers?|soldiers?|troops|refugees?|migrants?|herders?|herdsm[ae]n|traders?|merchants?|"
    r"m[ae]n|wom[ae]n|people|villagers?|residents?|pilgrims?|workers?|students?|tourists?|teachers?|nurses?|drivers?|"
    r"farmers?|family|families|investors?|donors?|foundations?|charit(?:y|ies)|compan(?:y|ies)|firms?|businessm[ae]n|"
    r"delegations?|visitors?|engineers?|experts?)\s+(?:[^\W\d]+\s+|(?<=returning\s)(?:back\s+)?to\s+(?:the|their|his|her)\s+[^\W\d]+\s+)?"
    r"from|(?:border|frontier)\s+from"
    # (a crossing or a shot from a country: "Boko Haram cross from Nigeria into ...", "fired rockets from Nigeria
    # that fell in ...": the scene is where they went or fell)
    r"|\b(?:cross(?:es|ed|ing)?|fir(?:es|ed|ing)|launch(?:es|ed|ing))\b[^.;,]{0,30}?\bfrom"
    r")\s+(?:the\s+)?(?:(?:village|town|city|hamlet)\s+of\s+)?$", re.IGNORECASE)
# a place named as the side a group serves, its government ("local armed groups allied with Kinshasa", "rebels backed
# by Kigali", "forces loyal to Tripoli"): an actor, not where anything happened
# ("close to" only after a group's word, "militias close to Kinshasa": "a village close to Djibo" is where it happened)
_ALLEGIANCE_BEFORE = re.compile(r"\b(?:(?:allied|aligned|affiliated)\s+(?:with|to)|(?:backed|supported|sponsored|"
                                r"funded|financed|armed)\s+by|loyal\s+to|proxies\s+(?:of|for)"
                                r"|(?:militias?|groups?|factions?|forces|fighters|rebels|movements?|elements|militants|"
                                r"gunmen|men|parties|party|circles|sources|officials|figures|networks?|allies|"
                                r"(?:armed|rebel|militia)\s+wings?)\s+(?:(?:seen\s+as|said\s+to\s+be|deemed|considered)\s+)?"
                                r"close\s+to)\s+$", re.IGNORECASE)
# ... of those, the words of a movement from a country: "coming from", "crossed the border from" (not "troops from
# Niger and Chad", a state's forces named by their country)
_CAME_FROM_BEFORE = re.compile(r"\b(?:coming|came|come|cross|crosses|crossed|crossing|fleeing|fled|returning|originating|"
                               r"hailing)\b"
                               r"[^.;]{0,30}?\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# a people, a tribe or a clan, not a place: "the Kounta ethnic group", "Berabiche tribesmen", "the Fulani (Bokoloji)
# community" (a bare "community" may be a village's people, "the Boni community", and is left alone)
_PEOPLE_AFTER = re.compile(r"(?:[ \t]+ethnic[ \t]+(?:groups?|communit(?:y|ies)|minorit(?:y|ies))|[ \t]+(?:tribes?|"
                           r"tribesm[ae]n|clans?|sub-clans?)|\)[ \t]+communit(?:y|ies))\b")
# where attackers went once done: "burned buildings before retreating towards Nigeria", "withdrew back into Mali",
# "the assailants fled to Burkina Faso": the country they left for, not the one the text's villages are in
_WENT_TO_BEFORE = re.compile(r"\b(?:retreat(?:s|ed|ing)?|withdr[ae]w(?:s|n|ing)?|fle[de]|fleeing|escap(?:e|es|ed|ing)|"
                             r"head(?:s|ed|ing)|pull(?:s|ed|ing)?\s+back|(?:crossed|crossing)\s+back)\b[^.;]{0,20}?"
                             r"\b(?:to|towards?|into|for|in\s+the\s+direction\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# how far after an actor's words the country it came from may be named ("assailants, believed to have crossed the
# border from Mali")
_ORIGIN_REACH = 80
# the words before a country named by its border ("near the Mali border", "towards Mali border"): the far side, not
# the text's frame (not the second of a pair, "the Niger-Mali border")
_BORDER_LEAD = re.compile(r"\b(?i:the|near|along|by|towards?)[ \t]+$")
_BORDER_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:borders?|frontiers?|border[ \t-]?(?:area|zone|region|line|crossing))\b",
                           re.IGNORECASE)
_ORG_HEADS = frozenset({"alliance", "movement", "front", "union", "coalition", "council", "association", "federation",
                        "rally", "congress", "league", "committee", "party", "convention", "assembly", "collective",
                        "coordination", "platform", "organization", "organisation", "network", "forum", "bank"})
_FIRM_AFTER = re.compile(r"[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+(?:[Cc]ompan(?:y|ies)|[Ff]irm|[Gg]roup|"
                         r"[Cc]orporation|[Ss]ubsidiary|[Oo]perator|[Tt]elecoms?|plc|Plc|PLC|Ltd|S\.A\.|SA)(?!\w)")
_ORG_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# the words of a body or site that a town of the region followed gives its name to ("the Ouagadougou Labour Exchange",
# "Bobo-Dioulasso Dafra University students", "the Mentao Refugee Camp"): the event is in that town
_TOWN_SITE_WORDS = INSTITUTION_WORDS | frozenset("exchange labour labor refugee refugees camp prison barracks "
                                                 "garrison gendarmerie factory mine".split())
_TOWN_SITE_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’&-]*\.?){1,3}")
_COMPASS = frozenset({"nord", "sud", "est", "ouest", "north", "south", "east", "west", "centre", "center", "central"})
# "hay" / "hayy" (Arabic: a quarter of a town) written before the quarter's name
_QUARTER_WORDS = frozenset({"hay", "hayy"})
_QUARTER_NAME_AFTER = re.compile(r"[ \t]+(?:(?:al|el|an|as|ad|ar|ash|at|az)[-\s])?[A-Z]")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]*[ -]$")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
# a people's name before a word for a settlement is whose it is, not where: "in the Tuareg village of Tezguene", "in a
# Fulani camp" (not Tambey, a village GeoNames also calls Tuareg)
_SETTLEMENT_AFTER = re.compile(r"[ \t]+(?:villages?|hamlets?|camps?|localit(?:y|ies)|settlements?|communit(?:y|ies)|"
                               r"quarters?|neighbou?rhoods?)\b")


# a country told as the one next door: "a visit to Koumbri in neighbouring Burkina Faso", "refugees from
# neighboring Mali" (the text's places lie in the country it neighbours)
_NEIGHBOUR_BEFORE = re.compile(r"\bneighbou?ring\s+$", re.IGNORECASE)


def _after_border(before: str) -> bool:
    """Whether the words before a name make it a neighbour: "the border with", "which borders", "neighbouring"."""
    return ("border" in before or "frontier" in before) and BORDER_BEFORE.search(before) is not None \
        or _NEIGHBOUR_BEFORE.search(before) is not None


def _focus_town_site(gaz: Gazetteer, ni: _NameInfo, text: str, end: int) -> bool:
    """Whether a name read as an organisation's first word is a town of the imported (focus) countries naming a
    body or site in it: "the Ouagadougou Labour Exchange" is in Ouagadougou. Only a town of 5,000+ people that is the
    name's first reading, so "the Boston Globe" or "Texas Instruments" (no focus country) stay names."""
    if not gaz.focus or not ni.cands:
        return False
    best = ni.cands[0]
    if best[2] not in gaz.focus or best[4] != "place" or best[5] < 5_000:
        return False
    run = _TOWN_SITE_RUN.match(text, end)
    return run is not None and any(w.strip(".").lower() in _TOWN_SITE_WORDS for w in run.group(0).split())


# "the village of ", "the hamlet of " right before a name; and one capitalised word after it that no other follows
_VILLAGE_OF_BEFORE = re.compile(r"\b(?i:village|hamlet|locality|settlement)s?[ \t]+of[ \t]+$")
_ONE_QUALIFIER_AFTER = re.compile(r"[ \t]+[A-Z][\w'’]*(?![\w'’-]|[ \t]+[A-Z])")


def _named_countries(gaz: Gazetteer, text: str, raw: list[Candidate]) -> frozenset[str]:
    """The countries a text names, by name or by demonym ("Malian soldiers", "in Niger"); not a neighbour named by
    its border ("near the border with Burkina Faso")."""
    return text_countries([m for m in raw if not (m.kind == "name" and _after_border(
        text[max(0, m.start - 40):m.start].lower()))], gaz)


def _qualified_village(gaz: Gazetteer, ni: _NameInfo, text: str, start: int, end: int,
                       countries: frozenset[str], peoples: frozenset[str] = frozenset()) -> bool:
    """Whether a name read as an organisation's first word is a village of the imported (focus) countries that the
    text names with a qualifier the gazetteer does not write: after "the village of", one more capitalised word,
    a founder's name or a people's ("the village of Tiguezefen Issa", "the village of Haguaye Peul"), is the part of
    the village so named, coded at the village. Only a settlement of those countries that is the name's first reading,
    so "the village of Boston Globe" stays no place; and in the country the text names, if it names one ("Malian
    soldiers entered the hamlet of Oumarou Hamidou": a hamlet named after a man, not Niger's Oumarou)."""
    if not gaz.focus or not ni.cands:
        return False
    qualifier = _ONE_QUALIFIER_AFTER.match(text, end)
    if qualifier is None or _VILLAGE_OF_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    best = ni.cands[0]
    if best[2] in gaz.focus and best[4] == "place" and not (countries and best[2] not in countries):
        return True
    # a people's name as the qualifier ("the village of Lari Kanouri", "the hamlet of Tiguila Peulh": the Kanuri's,
    # the Fulani's village of a twin pair) says the village is one of the region's own even where the name's first
    # reading lies abroad (a Lari of Italy): any settlement of the imported countries (of the text's, if it names one)
    if spelling_skeleton(fold(qualifier.group(0).strip())) not in _people_skeletons(peoples):
        return False
    return any(c[2] in gaz.focus and c[4] == "place" and not (countries and c[2] not in countries) for c in ni.cands)


def _people_skeletons(peoples: frozenset[str]) -> frozenset[str]:
    """The spelling skeletons of the peoples' names (the actors' ethnonyms and the peoples' words Sahel villages
    take, PEOPLE_SUFFIXES): "Kanouri" and "Kanuri", "Peulh" and "Peul" meet."""
    return frozenset(spelling_skeleton(p) for p in peoples | PEOPLE_SUFFIXES if len(p) >= 4)


# a country's or a region's name with its possessive "s" and no apostrophe, right before a name ("in Malis Segou
# region", "Burkina Fasos Solenzo region"): the word before the name is no given name
_BARE_POSSESSIVE_BEFORE = re.compile(r"(?:\b([A-Z][\w-]+)[ \t]+)?\b([A-Z][\w-]{2,}?)s[ \t]+$")


def _unit_possessive_before(gaz: Gazetteer, text: str, start: int) -> bool:
    mt = _BARE_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
    if mt is None:
        return False
    rows = gaz.places.rows
    stems = [mt.group(2)] + ([f"{mt.group(1)} {mt.group(2)}"] if mt.group(1) else [])
    return any(rows[i][9] in ("country", "admin1") for stem in stems for i in gaz.lookup_ids(fold(stem)))


_NEAR_DEG = 1.0
# a town's name given to a quarter, a street or a market of another town: "the Kinshasa neighbourhood" (of
# Ouagadougou), "Liberia road" (in Mogadishu) say nothing of the country the text is in
_NAMED_FOR_AFTER = re.compile(r"[ \t]+(?i:neighbou?rhoods?|quarters?|districts?|sectors?|suburbs?|roads?|streets?|"
                              r"avenues?|markets?|squares?|zones?)\b")


def _near_focus(cc: str, focus: frozenset[str]) -> bool:
    """Whether country `cc` is one of `focus` or lies beside one (outlines' boxes within _NEAR_DEG degrees)."""
    if cc in focus:
        return True
    shapes = borders().countries
    a = shapes.get(cc)
    if a is None:
        return True
    for f in focus:
        b = shapes.get(f)
        if b is not None and a.bbox[0] <= b.bbox[2] + _NEAR_DEG and b.bbox[0] <= a.bbox[2] + _NEAR_DEG \
                and a.bbox[1] <= b.bbox[3] + _NEAR_DEG and b.bbox[1] <= a.bbox[3] + _NEAR_DEG:
            return True
    return False


def unit_noun_countries(text: str, gaz: Gazetteer, actors: Iterable[ActorMention] = ()) -> list[tuple[str, int, int]]:
    """The countries `text` names by the noun of a local unit only one country has, as (ISO2, start, end) of the name
    and its noun ("clashes in Bama LGA" -> NG; "protests in Kofele woreda" -> ET), first to last. `actors`: the
    text's actors, whose names are no unit's ("in al Shabaab territory" is the group's land)."""
    out: list[tuple[str, int, int]] = []
    held = Spans((a.start, a.end) for a in actors)
    for noun, cc in _UNIT_NOUN_COUNTRY:
        for nm in noun.finditer(text):
            lead = _UNIT_NAME_BEFORE.search(text, max(0, nm.start() - 60), nm.start())
            if lead is None or held.overlaps(lead.start(1), lead.end(1)):
                continue
            if cc == "CD":
                last = fold(lead.group(1).split()[-1])
                if last in DEMONYMS or last in _COMPASS_WORDS or any(
                        gaz.places.rows[i][9] == "country" for i in gaz.lookup_ids(last)):
                    continue
            out.append((cc, lead.start(1), nm.end()))
    return sorted(out, key=lambda t: t[1])


def find_places(
    text: str,
    gaz: Gazetteer,
    *,
    actors: Iterable[ActorMention] = (),
    peoples: frozenset[str] = frozenset(),
    area: frozenset[str] = frozenset(),
    regions: Mapping[tuple[str, str], float] | frozenset[tuple[str, str]] = frozenset(),
    activity: Mapping[str, float] = _NO_ACTIVITY,
    region_activity: Mapping[tuple[str, str], float] = _NO_UNITS,
    region_ranks: Mapping[tuple[str, str], float] = _NO_UNITS,
    peoples_at: Sequence[tuple[int, int, frozenset[tuple[str, str]]]] = (),
    people_countries: frozenset[str] = frozenset(),
) -> list[PlaceMention]:
    """Place mentions in `text`, each resolved to one gazetteer entry with a confidence. `peoples`: folded names of
    peoples ("bambara", "fulani"), not places unless a cue says so ("the village of Bambara"). `area`: the
    countries the armed groups the text names operate in; a text that names no country is read there, within the
    region the user follows ("presumed ISGS militants attacked the village of Gabou": Niger's, not Senegal's).
    `regions`: the admin1 units, as (ISO2, `admin1_key` of the name), those groups are known to fight in: of a
    village's homonyms the one inside them comes first ("Katiba Macina ... near Nampala": Segou's, not Sikasso's);
    given as a mapping, with how many of the text's groups and peoples fight or live in each unit, the units more of
    them share come first ("Katiba Macina ... clashed with Dan Na Ambassagou between Kiri and ...": Mopti's Kiri,
    not Tombouctou's, where only Katiba Macina fights). `region_ranks`: of those units, how far down the groups' lists
    each stands (the lists name their heartlands first): of namesakes in two units of one country, the one nearer the
    head of the lists ("JNIM militants ambushed an army convoy in Batouma": Mopti's, not Tombouctou's); not across
    countries, where each list is its own. `activity`: each country's share of the known armed groups;
    in a text that names no country and no group with an area, read in the region followed, a village several of
    its countries have is first the one where more groups fight ("unidentified armed men attacked the police
    station of Sanaba": Burkina Faso's, not Ivory Coast's). `peoples_at`: (start, end, admin1 units) of each mention
    of a people that lives in one known area ("Dogon" -> Mopti): a sentence about one of its villages ("the Dogon
    hamlet of Boila") is not about a village outside that area. `people_countries`: the countries of the peoples the
    text names that live in one country ("Oromo" -> ET)."""
    actors = list(actors)
    blocked = Spans((a.start, a.end) for a in actors if not _looks_like_place_actor(a, gaz))
    raw = candidates(text, gaz, blocked)
    # (the text's frame: the countries it names, not a neighbour named by its border, "fled to the Nigerien
    # border", and those its armed groups fight in: "JNIM militants abducted the staff of a Ghanaian firm between
    # Bangaharia and Nassoumbou" keeps Burkina Faso's Nassoumbou)
    # (only with an import: the respelling reads the import's villages, `respelled_in_frame`)
    frame = (_named_countries(gaz, text, [m for m in raw if not _BORDER_AFTER.match(text, m.end)]) | area
             if gaz.focus else frozenset())
    if frame:
        raw = [respelled_in_frame(text, m, gaz, frame) or m for m in raw]
    if peoples:
        raw = [m for m in raw if m.key not in peoples
               or VILLAGE_CUE.search(text, max(0, m.start - 60), m.start) is not None
               and not _SETTLEMENT_AFTER.match(text, m.end)]
    tx = TextView(text)

    # -- pass 0: the filters that need the candidates' features -------------------------------------------------
    mentions: list[Candidate] = []
    info: dict[str, _NameInfo] = {}
    as_person: Counter[str] = Counter()
    as_speaker: Counter[str] = Counter()
    named: frozenset[str] | None = None  # the countries the text names, when asked
    for m in raw:
        if m.kind == "name":
            ni = info.get(m.key)
            if ni is None:
                ni = info[m.key] = _name_info(gaz, m.key)
            top = ni.top_feature
        else:
            top = "country"
        why = part_of_name(tx, m, top, m.kind == "name" and info[m.key].city)
        if why == "person" and m.kind == "name" and _unit_possessive_before(gaz, text, m.start):
            why = ""  # "in Nigers Tillaberi region", "Burkina Fasos Solenzo region": a country's, not a given name
        if why == "organisation" and m.kind == "name" and _focus_town_site(gaz, info[m.key], text, m.end):
            why = ""
        if why == "organisation" and m.kind == "name" and named is None:
            named = _named_countries(gaz, text, raw)  # (once a text)
        if why == "organisation" and m.kind == "name" and _qualified_village(gaz, info[m.key], text, m.start, m.end,
                                                                             named or frozenset(), peoples):
            why = ""
        if why:
            if why == "person" and top in ("place", "admin2"):
                as_person[m.key] += 1
            elif why == "speaker" and top in ("place", "admin2"):
                as_speaker[m.key] += 1
            continue
        if m.kind == "name" and top in ("admin1", "admin2") and _ACRONYM.fullmatch(text, m.start, m.end) \
                and (_LOWER_NEXT.match(text, m.end) or text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"):
            continue  # an acronym that reads as a unit abroad is a group's: "FARS rebels" (not Fars, Iran)
        if m.kind == "name" and top in ("place", "admin2") and (fa := _FIRM_AFTER.match(text, m.end)) \
                and any(gaz.places.rows[i][9] == "country" for i in gaz.lookup_ids(fold(fa.group(1)))):
            continue  # a brand before a country's name and a firm's word is a firm's national arm: "the Orange Mali
            # company" (not Orange, California; Mali stays)
        if m.kind == "name" and m.key in _ORG_HEADS and _ORG_AFTER.match(text, m.end):
            continue  # the head of an organisation's name: "the Alliance of Democratic Forces" (not Alliance, Ohio)
        if m.kind == "name" and m.key in _QUARTER_WORDS and _QUARTER_NAME_AFTER.match(text, m.end):
            continue  # the Arabic word for a quarter before its name: "Hay Salam", "Hay al-Andalus" (Benghazi's and
            # Tripoli's quarters; not Hay, New South Wales)
        if m.kind == "name" and m.key in _COMPASS and _NAME_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue  # the quarter of a longer name: "In-Ekar Ouest", "Gao Nord" (not Haiti's Ouest department)
        if m.kind == "name" and top in ("place", "admin2") and not info[m.key].city \
                and _PEOPLE_AFTER.match(text, m.end) and VILLAGE_CUE.search(text, max(0, m.start - 60), m.start) is None:
            continue  # a people, a tribe or a clan named like a village: "the Kounta ethnic group", "Tuareg
            # tribesmen", "the Fulani (Bokoloji) community" (not a city's people: "Kano tribesmen" stays Kano)
        mentions.append(m)
    if _PROPAGATE and (as_person or as_speaker):
        # the article's people: "Clif Moore ... Moore said ... Moore" -- the bare surname is the person too; a
        # name that only "says" is one when it does so at least as often as it stands alone ("Gainesville says no")
        alone = Counter(m.key for m in mentions)
        mentions = [m for m in mentions if not (as_person[m.key] or as_speaker[m.key] >= max(1, alone[m.key] // 2))
                    or VILLAGE_CUE.search(text, max(0, m.start - 60), m.start) is not None
                    or _dateline(text, m.start, m.end)]  # (a dateline is a place: "LOUISVILLE, KY -" beside
        # "Develop Louisville said")

    # -- the admin hierarchy the text writes out: "Kindjandi (Diffa, Diffa)", "Dan Dela (Guidan Sori, Maradi)",
    # "Gainesville, Fla.", "Dori, Burkina Faso": a unit after a name places the name before it
    container: dict[int, Candidate] = {}
    contained: dict[int, Candidate] = {}  # and the other way: "Norfolk, England" is England's, not Arkansas'
    hierarchy: set[int] = set()  # mentions inside "( , )" after a name: units that hold the name before them
    outer: set[int] = set()  # the last of those: the widest unit
    alt_head: dict[int, int] = {}  # a head written in brackets after a name the gazetteer lacks -> that name's start
    chains, abroad = _home_chains(_paren_chains(text, mentions), info)
    if abroad:
        mentions = [m for m in mentions if id(m) not in abroad]
    for head, units in chains:
        if _body_country(text, head, units, info):
            continue
        if head is not None and text[:head.start].rstrip().endswith("["):
            lead = re.search(_NAME + r"[ \t]*\[[ \t]*$", text[max(0, head.start - 80):head.start])
            if lead is not None:
                alt_head[id(head)] = max(0, head.start - 80) + lead.start()
        chain = ([head] if head is not None else []) + units
        for a, b in zip(chain, chain[1:]):
            container[id(a)] = b
            contained[id(b)] = a
        hierarchy.update(id(u) for u in units)
        outer.add(id(units[-1]))
    named_unit: set[int] = set()  # a unit after a name told so by its noun: "Baye, Cercle of Bankass"
    nearby: set[int] = set()  # "Doutchi, near Diffa", "Thy, 10 km south of Fatoma": the first lies by the second
    told_km: dict[int, float] = {}  # of those, how far the first may lie: "Hombori, 200 kilometres west of Gao"
    quarter: dict[int, Candidate] = {}  # "the Tanghin area of Ouagadougou": the first is a part of the town after it
    comma_town: dict[int, Candidate] = {}  # "Tilwa, Boni": a name, a comma and a town it lies by
    area_of: dict[int, Candidate] = {}  # "the Rice Lake area of Fulton County": the first lies in the unit after it
    park_in: dict[int, Candidate] = {}  # "Hampton Park in Charleston": a park the text puts in the town after it
    park_suburb: set[int] = set()  # of those, the ones told to lie in its suburbs
    for a, b in zip(mentions, mentions[1:]):
        # (not a list of units: "Arizona, California, Colorado")
        if id(a) in container or id(b) in contained:
            continue
        if a.kind == "name" and b.kind == "name" and not (a.guessed or b.guessed) and (
                _PARK_IN_BETWEEN.fullmatch(text, a.end, b.start) is not None
                or text[a.start:a.end].endswith(" Park") and _IN_BETWEEN.fullmatch(text, a.end, b.start) is not None):
            park_in[id(a)] = b
            if _SUBURBS_AFTER.match(text, b.end):
                # ("Orland Park in Chicago's southwest suburbs": a town around the city, maybe over a state line)
                park_suburb.add(id(a))
            continue
        # (not "Boni near the Burkina Faso border": by the border, not by the country's middle)
        if a.kind == "name" and b.kind == "name" and not (a.guessed or b.guessed) \
                and (NEAR_BETWEEN.fullmatch(text, a.end, b.start) or (ap := _APPOSED_NEAR.fullmatch(text, a.end, b.start))
                     and not ap.group("bt")) and not _BORDER_AFTER.match(text, b.end):
            container[id(a)] = b
            contained[id(b)] = a
            nearby.add(id(a))
            told_km[id(a)] = near_reach(text, a.end, b.start)
            continue
        if a.kind == "name" and b.kind == "name" and not (a.guessed or b.guessed) \
                and (qm := _QUARTER_BETWEEN.fullmatch(text, a.end, b.start)) is not None \
                and not ADMIN_AFTER.match(text, b.end, b.end + 20) \
                and ((qm.group(1) or qm.group(2)).lower().startswith(("neighbo", "quarter", "market"))
                     or not any(c[4] in ("admin1", "admin2") for c in info[b.key].cands)
                     or any(c[4] == "place" and c[5] >= 1_000_000 for c in info[b.key].cands)):
            # (an "area" or a "sector" of a name that is a unit's too is most often of the unit: "the Bourem sector
            # of Gao", "the Djibo area of Soum"; a neighbourhood or a market is a town's, and so is the area of a
            # city of a million, a district of its own: "the Medina area of Bamako" is the capital's quarter, not
            # Segou's Medina)
            quarter[id(a)] = b
            continue
        if a.kind == "name" and b.kind == "name" and not (a.guessed or b.guessed) \
                and _QUARTER_BETWEEN.fullmatch(text, a.end, b.start) is not None:
            area_of[id(a)] = b  # "the Rice Lake area of Fulton County", "the Bourem sector of Gao": of a unit
        if a.kind == "name" and b.kind == "name" and not (a.guessed or b.guessed) \
                and _UNIT_OF_COUNTRY_BETWEEN.fullmatch(text, a.end, b.start) is not None \
                and info[b.key].top_feature == "country" \
                and info[a.key].top_feature not in ("country", "continent"):
            # "the Gourma region of Mali", "the Soum province of Burkina Faso": the unit lies in the country told
            # after it (Burkina Faso's Gourma province is not the one the text puts in Mali)
            container[id(a)] = b
            contained[id(b)] = a
            continue
        if a.kind == "name" and b.kind == "name" and not (a.guessed or b.guessed) \
                and _IN_UNIT_BETWEEN.fullmatch(text, a.end, b.start) is not None \
                and info[b.key].top_feature in ("country", "admin1") \
                and info[a.key].top_feature not in ("country", "continent"):
            # "Kano, a village in central Mali", "Kano, in central Mali": the country or region told after the
            # name holds it (a Kano of Nigeria is not the one the text puts in Mali)
            container[id(a)] = b
            contained[id(b)] = a
            continue
        if a.kind == "name" and b.kind != "demonym" and (sep := _UNIT_OF_BETWEEN.fullmatch(text, a.end, b.start)) \
                and not (b.kind == "name" and info[a.key].top_feature in ("admin1", "country", "continent")
                         and info[b.key].top_feature == info[a.key].top_feature):
            if sep.group(1):
                # "Baye, Cercle of Bankass", "Konsiga, region of Kayes": the unit noun says the second is the unit
                # that holds the first
                if b.kind == "name" and any(c[4] in ("admin1", "admin2") for c in info[b.key].cands):
                    container[id(a)] = b
                    contained[id(b)] = a
                    named_unit.add(id(b))
            elif b.kind == "abbrev" or info[b.key].has_admin or _eponymous_unit(gaz, info[b.key], b.key) or (
                    ADMIN_AFTER.match(text, b.end, b.end + 20) is not None   # "Lassa, Soum Province"
                    and any(c[4] == "admin2" for c in info[b.key].cands)) or (
                    # "in the area of Doma, Koro.", "in Taboye, Bourem were shot dead": a name that names a cercle or
                    # department, after another (not a list: "Doma, Koro and Dinangourou", "Sevare, Doma, Koro")
                    # (and one of the first name's places lies in that unit's region: "Arlington, Nadia Moayyad
                    # said" is no Indian district)
                    {(c[2], c[3]) for c in info[b.key].cands if c[4] == "admin2"}
                    & {(c[2], c[3]) for c in info[a.key].cands if c[4] == "place"}
                    and _LIST_NEXT.match(text, b.end) is None
                    and not re.search(r",\s*$", text[max(0, a.start - 3):a.start])):
                container[id(a)] = b
                contained[id(b)] = a
            elif not sep.group(1) and b.kind == "name" and not (a.guessed or b.guessed) \
                    and _LIST_NEXT.match(text, b.end) is None and not re.search(r",\s*$", text[max(0, a.start - 3):a.start]):
                comma_town[id(a)] = b  # "near Tilwa, Boni, the herders ...": a village by a town

    # -- lists: "Alaska, Alabama, Arizona, Arkansas, California", "British Columbia, Alberta, Manitoba, Ontario and
    # New Brunswick", "Mexico, Lebanon and Spain": a name among units or countries is one too (not California, Mo.,
    # nor Ontario, Calif.), of their country when they share one
    sibling_hint = _list_hints(text, mentions, info)
    # -- "Gorom-Gorom near the border with Mali", "Boni, on the Burkina Faso border": a place told to lie by the
    # border of a country lies in the country on the other side, not in that one
    across: dict[int, str] = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.kind == "name" and b.kind == "name" and info[b.key].cands and info[b.key].cands[0][4] == "country" \
                and (cc := info[b.key].cands[0][2]) \
                and (_ACROSS_BETWEEN.fullmatch(text, a.end, b.start) is not None
                     or _BY_THE_BETWEEN.fullmatch(text, a.end, b.start) is not None and _BORDER_AFTER.match(text, b.end)
                     or (ap := _APPOSED_ACROSS.fullmatch(text, a.end, b.start)) is not None
                     and (ap.group("bt") or ap.group("bw") or _BORDER_AFTER.match(text, b.end))):
            across[id(a)] = cc
    border_pair = _border_pairs(text, mentions, info)
    by_border: dict[int, frozenset[str]] = {k: v | {across[k]} if k in across else v for k, v in border_pair.items()}
    by_border.update({k: frozenset({cc}) for k, cc in across.items() if k not in by_border})

    # -- pass 1: country evidence -----------------------------------------------------------------------------
    votes: defaultdict[str, float] = defaultdict(float)
    hard: set[str] = set()  # countries the text names: names, demonyms, actors, admin units
    named: set[str] = set()  # of those, the ones named as places (not "Nigerian soldiers", "the Burkinabe air force")
    for b in {id(b): b for b in container.values()}.values():
        if b.kind != "name":
            continue
        # a unit that holds another name, all of whose admin readings lie in one country, names that country
        units = {c[2] for c in info[b.key].cands if c[4] in ("admin1", "admin2", "country")}
        if not units:
            ep = _eponymous_unit(gaz, info[b.key], b.key)
            units = {ep[0]} if ep else set()
        if len(units) == 1:
            cc = next(iter(units))
            votes[cc] += 1.5
            hard.add(cc)
            named.add(cc)
    unit_told: dict[int, str] = {}  # the start of a name told with such a noun -> the noun's country
    for cc, st, _ in unit_noun_countries(text, gaz, actors):
        unit_told[st] = cc
        votes[cc] += 1.5  # "in Eleme LGA": Nigeria's, as a unit written after a name is its country's (above)
        hard.add(cc)
        named.add(cc)
    demonym_or_actor: set[str] = set()
    modifier_cc: set[str] = set()  # countries named only as an adjective ("a U.S. armored vehicle")
    origins: list[tuple[int, str]] = []  # (start, country) of the countries named as where people came from
    us_cue: bool | None = None  # whether the text speaks of a US state's offices (_US_STATE_CUE), looked up once
    armed_worn: set[str] = set()  # countries named by a demonym worn by a force ("Russian fighters", "French troops")
    for m in mentions:
        if m.kind == "demonym":
            votes[m.country_code] += 1  # type: ignore[index]
            hard.add(m.country_code)  # type: ignore[arg-type]
            demonym_or_actor.add(m.country_code)  # type: ignore[arg-type]
            if _FORCE_NOUN_AFTER.match(text, m.end):
                armed_worn.add(m.country_code)  # type: ignore[arg-type]
            continue
        if m.kind == "abbrev":  # (a US state's, "Ky.", or another country's unit, "NSW")
            cc = str(gaz.places.rows[m.ids[0]][2])
            votes[cc] += 1
            hard.add(cc)
            continue
        if m.guessed:
            continue  # a spelling one letter off says nothing of the country
        if _COURT_AFTER.match(text, m.end):
            votes[_COURT_COUNTRY] += 1  # "Kingston Crown Court": a court of England and Wales
            hard.add(_COURT_COUNTRY)
        ni = info[m.key]
        if ni.country is not None and blocked and blocked.overlaps(m.start, m.end):
            continue  # "U.S. special forces", "the United States government": an actor's state, counted with the
            # actors below, not a country the text is about ("a protest south of the town Ouallam ... the
            # demonstrators prevented the passage of a convoy of U.S. special forces")
        if ni.country is not None:
            lead = text[max(0, m.start - 60):m.start]
            if _after_border(lead) or _ORIGIN_BEFORE.search(lead) or _WENT_TO_BEFORE.search(lead) \
                    or _BORDER_LEAD.search(text, max(0, m.start - 9), m.start) and _BORDER_AFTER.match(text, m.end):
                # "the Diffa region, which borders Nigeria": a neighbour; "gunmen coming from Nigeria attacked the
                # village of Chirge": where they came from; "attacked Toumour before retreating towards Nigeria":
                # where they went; none is the frame; nor is "the Mali border": "in the Soum, near the Mali border"
                # is a province of Burkina Faso, not the villages of Mali named Soum ("the Niger-Mali border", a
                # pair, names both sides: see _border_pairs)
                votes[ni.country] += 0.5
                if _CAME_FROM_BEFORE.search(lead):
                    origins.append((m.start, ni.country))
                continue
            votes[ni.country] += 2
            if MODIFIER_AFTER.match(text, m.end):
                # "a U.S. armored vehicle was struck near Ouallam", "US drones": whose, as a demonym says ("American
                # drones"); it frames the text's places, but does not keep it from the region followed
                hard.add(ni.country)
                demonym_or_actor.add(ni.country)
                modifier_cc.add(ni.country)
                continue
            hard.add(ni.country)
            named.add(ni.country)
            continue
        if _state_outnumbers_country(ni) and us_cue is not False and (us_cue := _US_STATE_CUE.search(text) is not None):
            # a name of a country and of a more populous US state in a text that speaks of a US state's or a
            # county's offices ("a high school in Georgia ..., the sheriff said", "Georgia's state lawmakers") is the
            # state: its country is the frame, as "Ga." would make it (the country has no sheriff, county or state
            # legislature)
            state_cc = next(c[2] for c in ni.cands if c[4] == "admin1")
            votes[state_cc] += 2
            hard.add(state_cc)
            named.add(state_cc)
            continue
        if ni.cands and ni.cands[0][4] == "country":
            if _CAME_FROM_BEFORE.search(text[max(0, m.start - 60):m.start]):
                origins.append((m.start, ni.cands[0][2]))  # "crossed the border from Mali": whence, not the frame
            elif _after_border(text[max(0, m.start - 60):m.start]) \
                    or _BORDER_LEAD.search(text, max(0, m.start - 9), m.start) and _BORDER_AFTER.match(text, m.end):
                pass  # "Gorom-Gorom near the border with Mali": a neighbour, as for a name that is a country outright
                # (above), not the frame that keeps the text's villages out of the country on this side
            else:
                named.add(ni.cands[0][2])  # "Mali", also a town in Guinea: named, though not outright
        if ni.top_feature == "continent":
            continue  # "the Pacific", "the Middle East": an ocean or a region, no vote for its towns' countries
        states = {c[2] for c in ni.cands if c[4] == "admin1" and c[2] in _STATE_COUNTRIES}
        if len(states) == 1 and (told_state := _STATE_AFTER.match(text, m.end)) is not None \
                and (ni.cands[0][4] != "country" or "State" in told_state.group(0)):
            # a state of one African country with states names that country ("in Kwal village of Plateau State":
            # Nigeria, though Benin has a Plateau department; a country's name only with its capital, "Niger State",
            # not "Niger state officials said")
            cc = next(iter(states))
            votes[cc] += 1.5
            hard.add(cc)
            named.add(cc)
            continue
        if ni.cands and all(c[4] in ("admin1", "admin2") and c[2] == ni.cands[0][2] for c in ni.cands):
            # a unit, or units, of one country only: "Henderson County" (five states' counties, all of the US)
            votes[ni.cands[0][2]] += 1
            hard.add(ni.cands[0][2])
            named.add(ni.cands[0][2])
        for cc, w in ni.by_country.items():  # every ambiguous name: its plausible countries, half a vote
            votes[cc] += 0.5 * w
    # places named together lie together, across countries too: the admin1 unit that most of the article's names
    # have a place in votes for its country ("London", "Woodstock", "Tavistock", "St. Marys" and "Ontario": all in
    # Ontario, though the United States has more towns of each name)
    # (the names read, in a fixed order: a set's order changes from run to run with the strings' hash seed, and
    # with it the sums' rounding and which of two tied units `max` takes)
    read_keys = sorted({m.key for m in mentions if m.kind == "name" and not m.guessed})
    together: defaultdict[tuple[str, str | None], float] = defaultdict(float)
    members: Counter[tuple[str, str | None]] = Counter()
    for key in read_keys:
        if info[key].top_feature == "continent" or info[key].top_feature == "country" \
                and not _state_outnumbers_country(info[key]):
            continue  # (a state that outnumbers the country of its name is read as a unit: "north Georgia" beside
            # "metro Atlanta" is the US state's, its capital's unit)
        for u, w in info[key].by_unit.items():
            together[u] += w
            members[u] += 1
    if together:
        best_unit = max(together, key=lambda u: together[u])
        # (units of two countries tied for the most: no unit is the most's, no vote)
        tied = {u[0] for u, w in together.items() if w >= together[best_unit] - 1e-9}
        if members[best_unit] >= _TOGETHER_MIN and len(tied) == 1:
            votes[best_unit[0]] += _W_TOGETHER * together[best_unit]
    for a in actors:
        if a.country_code and not any(cc == a.country_code and a.end <= st <= a.end + _ORIGIN_REACH for st, cc in origins):
            # (not men whose country is where the words right after them say they came from: "gunmen, believed to
            # have crossed the border from Mali, attacked Kerboule" are Mali's, the village is not)
            votes[a.country_code] += 1
            hard.add(a.country_code)
            demonym_or_actor.add(a.country_code)
    # (a people or an actor named is no place: "the Indian CEO of the group", "Burkinabe soldiers")
    focus = gaz.focus if not named and not (hard - demonym_or_actor) else frozenset()
    if not gaz.focus and not named and not (hard - demonym_or_actor):
        # no region imported (the bundled gazetteer): a text that names no country is read where its armed groups
        # operate and its peoples live ("JNIM militants killed five civilians in Yoro": a village of the Sahel the
        # gazetteer lacks, not Yoro, Honduras; "Fulani militiamen attacked Dala": not Dala, Angola)
        # (and the countries of the units they or its peoples are known to fight or live in; not narrowed to an
        # armed group's own country: "MSA militiamen ... Tillabery" fight in Niger too)
        focus = frozenset(area) | frozenset(u[0] for u in regions)
    named |= modifier_cc
    # (all the countries the text's armed groups operate in, the region's or not: see `group_area` in _resolve)
    group_area = frozenset(area)
    # the region's countries the text's armed groups operate in come first ("presumed ISGS militants attacked the
    # village of Gabou": Niger's, not Senegal's); the others stay readings (groups cross borders)
    area = area & focus if focus else frozenset()
    # (no group with an area and no country named: where armed groups are more active breaks the region's ties)
    # (a country named only outside the region, by its name, a demonym or an actor's, says nothing of which of the
    # region's countries: "a French soldier was killed in the Douna area" is still read where more groups fight)
    activity = {cc: v for cc, v in activity.items() if cc in focus} if focus and not area and not (hard & focus) else {}
    region_codes = _region_shares(gaz, regions) if regions else {}
    rank_codes = {code: v for u, v in region_ranks.items() if v > 0 for code in gaz.admin1_codes([u])
                  if code in region_codes}
    group_regions = region_codes  # (the units of the groups or peoples the text names, not the activity guess below)
    if not region_codes and region_activity and not area:
        # no group named: a village's homonyms inside the units where more known groups fight come first, at a
        # fraction of the weight a group the text names gives
        region_codes = {u: _W_REGION_ACTIVITY * v for u, v in _region_shares(gaz, region_activity).items()}
    # a text that names no country is about the region the user follows: an ambiguous name's likeliest country
    # abroad ("Kiki", a district of Rio) does not become its frame when the region or an actor's country has a vote
    framing = {cc: v for cc, v in votes.items() if cc in focus or cc in hard} if focus else votes
    dominant = max(framing or votes, key=lambda k: (framing or votes)[k]) if votes else None
    countries = hard | ({dominant} if dominant else set())
    framed = named | focus | (demonym_or_actor if focus else set())
    if focus:
        # a text that names no country ("the village of Kassa") is read in the region the user follows: the
        # countries whose GeoNames dumps they imported (their villages compete as the dominant country's would)
        countries = countries | focus

    # admin1 units: named in the text ("Teguey, in Niger's western Tillaberi region"), and how many of the
    # article's names have a candidate inside each (places named together lie together): a name votes for every
    # unit it has a place in, less the more units it has ("Springfield" tells little)
    admin1_named: set[tuple[str, str | None]] = set()
    support: defaultdict[tuple[str, str | None], float] = defaultdict(float)
    for key in read_keys:
        ni = info[key]
        if ni.has_admin:
            for c in ni.cands:
                if c[4] == "admin1" and (c[2] in countries or not countries):
                    admin1_named.add((c[2], c[3]))
        elif ni.cands and all(c[4] == "admin2" and (c[2], c[3]) == (ni.cands[0][2], ni.cands[0][3]) for c in ni.cands) \
                and (ni.cands[0][2] in countries or not countries):
            # a county only one state has names that state: "of Swansea ..., the Lexington County Sheriff said" is
            # South Carolina's Swansea, not the Welsh city (as "Swansea, S.C." would say)
            admin1_named.add((ni.cands[0][2], ni.cands[0][3]))
        if ni.top_feature == "continent":
            continue  # (nor for the units of its towns: "the Pacific" says nothing of Pacific, Wash.)
        for u, w in ni.by_unit.items():
            if u[0] in countries or not countries:
                support[u] += w
    # second-order units: (country, admin1 code, admin2 name) -> the article's names that have it as a reading, and
    # those that have a place inside it: a county and a town named together lie together ("Paris and Henry County":
    # Paris, Tenn., in Henry County, Tenn., not Henry County, Ga., nor Paris, Texas)
    county_named: defaultdict[tuple[str, str | None, str], set[str]] = defaultdict(set)
    county_towns: defaultdict[tuple[str, str | None, str], set[str]] = defaultdict(set)
    rows = gaz.places.rows
    for key in read_keys:
        if info[key].top_feature == "continent":
            continue
        for c in info[key].cands:
            if c[4] in ("place", "admin2") and (c[2] in countries or not countries) and rows[c[1]][5]:
                (county_named if c[4] == "admin2" else county_towns)[(c[2], c[3], str(rows[c[1]][5]))].add(key)
    # and how often each is named: the unit an article names most is its frame ("Indiana" five times, "Kentucky" once
    # in a list of neighbours: Boone County is Indiana's), a share of the mentions of units
    named_times: Counter[tuple[str, str | None]] = Counter()
    for m in mentions:
        if m.kind == "abbrev":
            r = gaz.places.rows[m.ids[0]]
            admin1_named.add((str(r[2]), r[3]))  # type: ignore[arg-type]
            support[(str(r[2]), r[3])] += 1.0  # type: ignore[index]
            named_times[(str(r[2]), r[3])] += 1  # type: ignore[index]
        elif m.kind == "name" and not m.guessed and info[m.key].has_admin:
            units = {(c[2], c[3]) for c in info[m.key].cands if c[4] == "admin1" and (c[2] in countries or not countries)}
            if len(units) == 1:
                named_times[next(iter(units))] += 1
    times = sum(named_times.values())
    named_share = {u: n / times for u, n in named_times.items()} if len(named_times) > 1 else {}

    for b in container.values():  # the units a name is placed in are named in the text (an admin2: its admin1)
        if b.kind == "name":
            for c in info[b.key].cands:
                if c[4] in ("admin1", "admin2") and (c[2] in countries or not countries):
                    admin1_named.add((c[2], c[3]))
            ep = _eponymous_unit(gaz, info[b.key], b.key)
            if ep is not None:
                admin1_named.add(ep)

    # -- pass 2 and 3: resolve; then again with the admin1 unit most resolved places fall in --------------------
    admin1_share: dict[tuple[str, str | None], float] = {}
    admin_cue: dict[int, bool] = {}
    # the units first, widest first: "Kindjandi (Diffa, Diffa)" resolves the last Diffa, then the one before it
    units_first = sorted((m for m in mentions if id(m) in contained), key=lambda m: -m.start)
    order = units_first + [m for m in mentions if id(m) not in contained]
    for m in mentions:
        if m.kind == "name":
            admin_cue[m.start] = ADMIN_AFTER.match(text, m.end, m.end + 20) is not None \
                or ("of" in text[max(0, m.start - 5):m.start]
                    and ADMIN_BEFORE.search(text, max(0, m.start - 25), m.start) is not None)
    # a name the article calls a unit once ("the Tillaberi region") is that unit when it is used alone too
    said_unit = {m.key for m in mentions if m.kind == "name" and admin_cue[m.start]}
    hard_cc = frozenset(hard)
    # a text naming no country, read in the region followed, whose people or forces are of one country of Africa
    # far beyond it only (not a neighbour's: "Nigerian refugees", "Chadian troops" cross into the region) ("2 of whom were former Burundian soldiers", "Oromo people protested in ..."), where no armed group of the
    # region and none of its countries are named: a hamlet of the region that shares a name of the text is not meant
    # (the import's hamlets are many; the country named has few of its villages in the bundled list)
    far_gate = bool(focus and gaz.focus and not ((hard | people_countries) & gaz.focus) and not area
                    and not any(u[0] in gaz.focus for u in regions))
    far_frame = {c for c in demonym_or_actor | people_countries if c in AFRICA and not _near_focus(c, gaz.focus)} \
        if far_gate else set()
    far_frame = far_frame if len(far_frame) == 1 else set()
    # a text naming two or more countries besides the dominant one is not local news (see `several` in _resolve)
    several = len((named | hard) - {dominant}) >= 2
    for round_ in (0, 1):
        done: dict[tuple[object, ...], tuple[Place, list[tuple[float, int]]]] = {}  # same name, same cues
        for m in order:
            if m.kind == "name":
                if round_ and len(info[m.key].by_unit) <= 1 and sum(
                        c[4] == "place" and c[5] < VILLAGE for c in info[m.key].cands) <= 1:
                    continue  # one admin1 unit at most, one village: the places the first round found change nothing
                within = container.get(id(m))
                inner = contained.get(id(m))
                admin_after = admin_cue[m.start] or id(m) in outer  # "(Anzourou, Tillaberi)": the region
                hint = sibling_hint.get(id(m))
                court = _COURT_AFTER.match(text, m.end)
                told = _told_country(text, mentions, info, m) if several else None
                state_noun = _STATE_AFTER.match(text, m.end) is not None
                village_told = _VILLAGE_TOLD.search(text, max(0, m.start - 40), m.start) is not None
                memo_key = (m.key, admin_after, within.key if within is not None else None,
                            inner.key if inner is not None and inner.kind == "name" else None, id(m) in outer, id(m) in nearby,
                            id(m) in hierarchy, hint, court is not None, told, state_noun, village_told,
                            unit_told.get(m.start), by_border.get(id(m)))
                hit = done.get(memo_key)
                if hit is None:
                    # the other places the first round found: of a name's places in one unit, the one among them
                    # (a name a hierarchy places has its unit to go by: "Nampala (Niono, Segou)"; only between
                    # villages GeoNames gives no size: "Washington" is not the hamlet near Norman, Okla.)
                    # (another name that is a village of several places in its country anchors by each of them:
                    # "between Boulouli and Bougaria", each name four villages of Kayes, are the two 8 km apart, not
                    # the Bougaria the first round took by chance)
                    anchors = [pt for o in mentions
                               if o.kind == "name" and o.key != m.key and o.best is not None
                               and o.best.feature in ("place", "admin2") for pt in _anchor_points(gaz, info[o.key], o.best)] \
                        if round_ and within is None and all(c[5] < VILLAGE for c in info[m.key].cands
                                                             if c[4] == "place" and c[2] in countries) else []
                    _resolve(m, info[m.key], admin_after, dominant, countries, admin1_named, support,
                             admin1_share, within, gaz,
                             info[inner.key] if inner is not None and inner.kind == "name" else None,
                             seat_is_town=m.key not in said_unit, nearby=id(m) in nearby, focus=focus,
                             head=id(m) not in hierarchy and within is not None and id(within) in hierarchy,
                             hard_cc=hard_cc, area=area, group_area=group_area, regions=region_codes,
                             region_ranks=rank_codes, group_regions=group_regions,
                             anchors=anchors, sibling=hint,
                             activity=activity, named_share=named_share, across=across.get(id(m)),
                             by_border=by_border.get(id(m), frozenset()),
                             # (not for a name its written-out units place: "Tambarga (Djibo, Soum)" is the one
                             # by Djibo, not another filed under Soum 90 km off)
                             counties=({}, {}) if within is not None and id(within) in hierarchy
                             else (county_named, county_towns), cue_cc=_COURT_COUNTRY if court else unit_told.get(m.start),
                             # the region followed competes as the dominant country does, unless a people or an
                             # actor already says which country ("the Malian army"): then as a lesser frame
                             focus_bonus=1.0 if hard else 3.0, several=several,
                             told_cc=told, state_noun=state_noun, village_told=village_told)
                    if id(m) in outer and m.best is not None and m.best.feature == "place" \
                            and not info[m.key].has_admin:
                        # the widest unit of a written-out hierarchy named like its chief town ("(Ayorou,
                        # Tillabery)", a spelling only the town has in GeoNames): the unit
                        ep = _eponymous_unit(gaz, info[m.key], m.key, m.best)
                        unit = gaz.admin1_place(*ep) if ep is not None else None
                        if unit is not None:
                            m.best = unit
                    done[memo_key] = (m.best, m.scored)  # type: ignore[assignment]
                else:
                    m.best, m.scored = hit
            elif m.kind == "abbrev":
                m.scored = [(9.0, m.ids[0])]
                m.best = gaz.places[m.ids[0]]
        if round_ == 0:
            a1_votes: Counter[tuple[str, str | None]] = Counter()
            for m in mentions:
                if m.best is not None and m.best.feature in ("place", "admin2") and m.best.admin1_code:
                    a1_votes[(m.best.country_code, m.best.admin1_code)] += 1
            total = sum(a1_votes.values())
            if total < 2:
                break
            admin1_share = {k: n / total for k, n in a1_votes.items() if n >= 2}
            if not admin1_share:
                break

    # -- one name, one country in one article: a name resolved in two countries takes the reading its cued
    # mentions agree on ("the province of Ontario", "Toronto, Ontario", a list of provinces) for its bare ones
    # ("babies born in Ontario": not Ontario, Calif.)
    readings: defaultdict[str, list[Candidate]] = defaultdict(list)
    for m in mentions:
        if m.kind == "name" and m.best is not None:
            readings[m.key].append(m)
    for key, ms in readings.items():
        if len({m.best.country_code for m in ms if m.best is not None}) < 2:
            continue
        cued = [m for m in ms if admin_cue.get(m.start) or id(m) in container or id(m) in contained
                or id(m) in sibling_hint]
        chosen = {(m.best.country_code, m.best.feature) for m in cued if m.best is not None}
        if len(chosen) != 1:
            continue
        ref = cued[0]
        for m in ms:
            if m not in cued and m.best is not None and m.best.country_code != ref.best.country_code:  # type: ignore[union-attr]
                m.best, m.scored = ref.best, ref.scored

    # -- "Queens, New York", "Ikeja, Lagos": a unit written after a place that lies inside a city of a million of
    # the unit's name is that city ("Buffalo, New York" stays the state)
    for m in mentions:
        b = container.get(id(m))
        if b is None or b.kind != "name" or m.best is None or b.best is None or b.best.feature != "admin1" \
                or m.best.feature not in ("place", "admin2"):
            continue
        city = next((c for c in info[b.key].cands if c[4] == "place" and c[5] >= _WORLD_CITY and c[5] > m.best.population
                     and c[2] == b.best.country_code and haversine_km(
                         m.best.latitude, m.best.longitude, float(rows[c[1]][6]), float(rows[c[1]][7]))  # type: ignore[arg-type]
                     <= _CITY_PART_KM), None)
        if city is not None:
            b.best = gaz.places[city[1]]
            b.scored = [(b.scored[0][0] if b.scored else 0.0, city[1])]

    # -- output ----------------------------------------------------------------------------------------------
    # a name one letter off a village is that village only in a country the text's other evidence gives
    # (a text with no such evidence, read in the region followed: that region's; the guess is a village of one unit)
    # (a country outside the imported ones that the text names only by a demonym or an actor frames no guess: a
    # foreign force acts abroad, "French troops came under fire near In-Tillite" is no story of France, and every
    # guess is a village of the imported countries)
    abroad = {c for c in demonym_or_actor if c not in named} - gaz.focus if gaz.focus else set()
    guess_frame = (hard | set(area) | ({dominant} if dominant else set())) - abroad or set(focus)
    # and only in the countries and admin1 units the text's other places are in, where it names any ("in Senegue,
    # commune of Ouroube Doude, Mopti region": a village of Mopti, not Burkina Faso's Sengue; "in the area of
    # Taoualat, between Gossi and Ndaki": Mali's, not a Taouilet of Niger)
    read = [m.best for m in mentions if m.kind == "name" and not m.guessed and m.best is not None]
    guess_countries = {b.country_code for b in read}
    # (a town places the text as a unit does: "in the area of Bella Beri in Ouallam" is not a Boula Beri of Diffa,
    # 1,100 km from Ouallam)
    named_units = [b for b in read if b.feature in ("admin1", "admin2", "place")]
    # the points of the towns and villages the text names: a natural spot guessed by its spelling lies near one
    local_points = [(b.latitude, b.longitude) for b in read if b.feature == "place"]
    guess_units = {(b.country_code, b.admin1_code) for b in named_units}
    # the countries of the article's other places (a town's valley or bay is the town's only in the story's country)
    others_cc = {m.best.country_code for m in mentions if m.best is not None and not m.area} \
        if any(m.area for m in mentions) else set()
    # the region's states whose forces the text names ("Malian soldiers", "the Burkinabe gendarmerie"), in a text that
    # names no country as a place: a state force acts at home, so a village of the name only a neighbour has is
    # another village (not where "Nigerien and Burkinabe forces" are both named, nor for "French troops", a state
    # outside the region: those act abroad; nor where an air arm is named: "the Burkinabe air force conducted
    # airstrikes" across the border as often as at home)
    home_forces = {a.country_code for a in actors if a.kind == "state" and a.country_code} if focus else set()
    # (nor where a mission or an outside force is named, whose contingents serve abroad: "MINUSMA peacekeepers of the
    # Senegalese contingent"; nor where the text tells air strikes anywhere: "airstrikes by the Mauritanian army")
    # (nor a pursuit across a border: "Nigerien troops pursued the attackers across the border")
    if len(home_forces) > 1 or not home_forces <= focus or _AIR_ARM.search(text) or _CROSS_BORDER.search(text) \
            or any(a.kind == "external" for a in actors):
        home_forces = set()
    # ... and, with no state force named, an armed group known to fight in one of the region's countries only
    # ("Dan Na Ambassagou militiamen attacked the village of Diayel", "VDP volunteers"): its villages are there too
    if not home_forces and len(area) == 1 and not _CROSS_BORDER.search(text):
        home_forces = set(area)
    # ... and so does a town of 10,000+ of such a country the text names by its own name ("IDPs wounded in Siro camp
    # near Nyala": Sudan's Nyala, not the region's Siro), where the text names no town of the region that big
    if far_gate and not far_frame:
        towns = {m.best.country_code for m in mentions if m.kind == "name" and not m.guessed and m.best is not None
                 and m.best.feature == "place" and m.best.population >= _NAMESAKE_TOWN
                 and not _NAMED_FOR_AFTER.match(text, m.end)}
        far_towns = {c for c in towns if c in AFRICA and not _near_focus(c, gaz.focus)}
        if len(far_towns) == 1 and not towns & gaz.focus:
            far_frame = far_towns
    out: list[PlaceMention] = []
    for m in mentions:
        start, end = m.start, m.end
        before = text[max(0, start - 60):start]
        if id(m) in alt_head:
            # the spelling in brackets stands where the name before it stands: "in Bilabrine [Boula Brin] (..)"
            before = text[max(0, alt_head[id(m)] - 60):alt_head[id(m)]]
        if m.kind == "demonym":
            c = gaz.country(m.country_code or "")
            if c is None:
                continue
            out.append(PlaceMention(
                start=start, end=end, text=text[start:end], name=c.name, geonames_id=c.geonames_id,
                country_code=c.country_code, country=c.name, admin1=None, admin2=None, latitude=c.latitude,
                longitude=c.longitude, feature="country", population=c.population, confidence=0.9,
                context="demonym"))
            continue
        best = m.best
        if best is None or m.scored is None:
            continue
        if (within := container.get(id(m))) is not None and id(m) not in nearby and within.best is not None \
                and within.best.feature == "country" and best.feature not in ("country", "continent") \
                and best.country_code != within.best.country_code and within.best.country_code in AFRICA \
                and best.country_code in AFRICA:
            continue  # "in the Gourma region of Mali", "Kano, in central Mali": a name the text puts in a country
            # where the gazetteer has none of its places is not a namesake abroad (Burkina Faso's Gourma province):
            # the country told places it (in Africa, where a border runs between namesakes; not "Hong Kong, China",
            # GeoNames' own country)
        if m.guessed and best.country_code not in guess_frame:
            continue  # "the village of Kilbouwa" in a story of ISWAP: not Mauritania's Kiliwa
        if m.guessed and (guess_countries and best.country_code not in guess_countries | hard
                          or (best.country_code, best.admin1_code) not in guess_units
                          and any(u[0] == best.country_code for u in guess_units)
                          # (a unit's area may have been redrawn since GeoNames coded the village: Menaka region was
                          # carved out of Gao in 2016, and "Taringuit (Menaka, Menaka)" is GeoNames' Taranguit, Gao)
                          and not any(haversine_km(best.latitude, best.longitude, u.latitude, u.longitude) <= _UNIT_KM
                                      for u in named_units if u.country_code == best.country_code)):
            continue
        if not m.guessed and best.feature == "place" and best.population < VILLAGE and container.get(id(m)) is None \
                and m.key not in name_keys(best.name) and fold(best.name) != m.key \
                and (elsewhere := {o.best.country_code for o in mentions if o is not m and o.kind == "name"
                                   and not o.guessed and o.best is not None and o.best.feature != "continent"
                                   and (o.best.feature != "place" or o.best.population >= VILLAGE)
                                   and not (o.best.feature == "country" and _at_border(text, o))}) \
                and best.country_code not in elsewhere:
            continue  # "the Koubaye area near Mopti": not Oubay, a village of Burkina Faso GeoNames also calls
            # Koubaye (a village known by the name only as an alternate one, in a country none of the text's other
            # places is in)
            # (a country named as a border is not where the text's places are: "near the border with Burkina Faso
            # ... in the town of Dinangourou", GeoNames' Dinangorou of Mali, lies on the other side)
        if not m.guessed and best.feature == "place" and best.population < VILLAGE and container.get(id(m)) is None \
                and id(m) not in contained and not admin_cue.get(m.start) and best.country_code not in hard \
                and (towns := [o.best for o in mentions if o.key != m.key and o.kind == "name" and not o.guessed
                               and o.best is not None and o.best.feature in ("place", "admin2")
                               and (o.key in name_keys(o.best.name) or fold(o.best.name) == o.key)]) \
                and len(home := {b.country_code for b in towns}) == 1 and best.country_code not in home \
                and (not gaz.focus or home <= gaz.focus) \
                and any(b.feature == "place" and b.population >= VILLAGE for b in towns) \
                and not any(c[2] in home for c in info[m.key].cands) \
                and all(haversine_km(best.latitude, best.longitude, b.latitude, b.longitude) > _FAR_KM for b in towns):
            continue  # "women in Kakale (12 km from Banimonotie, Bougouni)": the only Kakale the gazetteer has, a
            # village of Niger 900 km from Bougouni, is not the one meant by a text whose other places all lie in
            # Mali and that names no country (a village the gazetteer lacks; the event falls to Bougouni); the other
            # places read by their own names ("2km from Gabi" read as Kpandu, Ghana, which GeoNames also calls Gabi,
            # says nothing), one of them a town, not a unit a hierarchy writes out ("Galadi (Garin Galadima)") nor a
            # region abroad ("North-East Kandaye"); and in the region followed, only when those places lie in it
            # (not "villagers of Zoetgomde protested in the Kinshasa neighbourhood": a quarter named after a city)
        if m.guessed and best.geonames_id in gaz.natural and local_points and not any(
                haversine_km(best.latitude, best.longitude, la, lo) <= _NEAR_KM for la, lo in local_points):
            continue  # "on the road toward Tintelloute", west of Timbuktu: not a well spelled alike 400 km off
        if m.area and (best.country_code != dominant or best.country_code not in others_cc):
            continue  # "Islington Bay" in a New Zealand story, or alone: a bay, not Islington, London
        if home_forces and best.feature == "place" and best.population < SMALL_CITY \
                and best.country_code not in home_forces and container.get(id(m)) is None \
                and not admin_cue.get(m.start) and len(m.scored) > 1 \
                and (alt := gaz.places[m.scored[1][1]]).feature == "place" and alt.country_code in home_forces \
                and not _other_name_in(mentions, m, best.country_code):
            # "Malian soldiers killed two herders in Bouna": the village of Mali, the runner-up, not the Ivorian
            # town of 24,000 (a state's force acts at home, unless the text names another place abroad)
            m.best, m.scored = alt, [(m.scored[0][0], m.scored[1][1]), (m.scored[1][0], m.scored[0][1])]
            best = alt
        if home_forces and best.feature == "place" and best.population < VILLAGE and best.country_code not in home_forces \
                and container.get(id(m)) is None and not admin_cue.get(m.start) \
                and not _other_name_in(mentions, m, best.country_code):
            continue  # "Malian soldiers ... in Boulikessi": a state's force acts at home, not in a Burkina Faso
            # village of the name, when the text names no country as a place and no other place there
        within = container.get(id(m))
        if best.feature == "place" and best.population < VILLAGE and _outside_people(text, start, best, peoples_at):
            continue  # "the Dogon hamlet of Boila": not a Boila of Koulikoro, outside the Dogon's Mopti
        if id(m) in nearby and within is not None and within.best is not None and haversine_km(
                best.latitude, best.longitude, within.best.latitude, within.best.longitude) > (
                told_km[id(m)] if best.feature == "place" else max(_NEAR_KM, told_km[id(m)])):
            continue  # "Doutchi, near Diffa": a Doutchi the gazetteer has 700 km away is another Doutchi; where the
            # text tells the distance, by it: "Hombori, some 200 kilometres west of Gao" lies 240 km from Gao as the
            # crow flies, and a Tagharan 130 km from In-Deliman is not the camp "about 35km south of In-Deliman"
            # (a town's; a unit's point is its middle, and the distance told is its town's: "Louisville, Kentucky,
            # about 35 miles south of Austin"; a unit lies no nearer than a fixed reach, "the coast of Mexico, 300
            # miles (483 km) southwest from Mexico City")
        town = comma_town.get(id(m))
        if town is not None and best.feature == "place" and best.population < VILLAGE and town.best is not None \
                and town.best.feature == "place" and (best.country_code != town.best.country_code
                                                      or _COMMUNE_WORD_AFTER.match(text, town.end)) and haversine_km(
                best.latitude, best.longitude, town.best.latitude, town.best.longitude) > _NEAR_KM:
            # "near Tilwa, Boni": a Tilwa 190 km from Boni, across the border, is another village;
            # so is a Sona 480 km from the commune told after it ("in Sona, Tongomayel commune"); two names of one
            # country with no such word may be two places ("the area of Bayeba, Koroba")
            continue
        town = quarter.get(id(m))
        if town is not None and town.best is not None and town.best.feature == "place" and haversine_km(
                best.latitude, best.longitude, town.best.latitude, town.best.longitude) > _QUARTER_KM:
            continue  # "the Tanghin area of Ouagadougou": a Tanguin 40 km from the city is another place
        unit = area_of.get(id(m))
        if unit is not None and (ub := unit.best) is not None and ub.feature in ("admin1", "admin2") \
                and best.feature == "place" and (ub.country_code != best.country_code or ub.admin1_code
                                                 and best.admin1_code and ub.admin1_code != best.admin1_code
                                                 and ub.admin1 != best.admin1) \
                and haversine_km(best.latitude, best.longitude, ub.latitude, ub.longitude) > _NEAR_KM:
            continue  # "the Rice Lake area of Fulton County" (Illinois): the Rice Lake the gazetteer has, in
            # Wisconsin, is another place; the text puts this one in the county, which it names (so the event
            # falls there), as "Sanborn, North Dakota" falls to the state
        if within is not None and id(within) in hierarchy and id(m) not in hierarchy and best.feature == "place" \
                and within.best is not None and within.best.feature == "place" and not info[within.key].has_admin \
                and (outer_unit := container.get(id(within))) is not None and outer_unit.best is not None \
                and outer_unit.best.feature == "admin2" and haversine_km(
                best.latitude, best.longitude, within.best.latitude, within.best.longitude) > _COMMUNE_KM:
            # "Kankandi (Partiaga, Tapoa)": the unit between a village and a province is a commune, and a Kankandi
            # 130 km from Partiaga is another village of the name (a cercle between a village and a region is
            # wide: "Gossi (Gourma-Rharous, Tombouctou)" lies 130 km from its seat; and a region written first is no
            # commune: "Dioungani (Mopti, Koro)")
            continue
        if within is not None and id(within) in hierarchy and id(m) not in hierarchy and best.feature == "place" \
                and (wb := within.best) is not None and m.key != within.key \
                and (outer_unit := container.get(id(within))) is not None and outer_unit.best is not None \
                and outer_unit.best.feature == "admin1" and wb.country_code == best.country_code \
                and ((seats := [(float(gaz.places.rows[c[1]][6]), float(gaz.places.rows[c[1]][7]))  # type: ignore[arg-type]
                                for c in info[within.key].cands
                                if c[4] == "admin2" and c[2] == wb.country_code and c[3] == wb.admin1_code])
                     # (a commune GeoNames has as a town only, "Kindjandi (Gueskerou, Diffa)": its town, at the
                     # reach of a wide commune's villages; not a cercle GeoNames files under another region,
                     # "NDaki (Gourma-Rharous, Tombouctou)")
                     or wb.feature == "place" and not info[within.key].has_admin
                     and not any(c[4] == "admin2" for c in info[within.key].cands)) \
                and (far := min(haversine_km(best.latitude, best.longitude, la, lo)
                                for la, lo in seats + [(wb.latitude, wb.longitude)])) > (
                    _COMMUNE_KM if seats else _NEAR_KM) \
                and (not seats or any(haversine_km(best.latitude, best.longitude, la, lo) < far / 3
                                      for la, lo in _admin2_points(gaz, best.country_code))):
            # "Sana (Koro, Mopti)": the only Sana GeoNames has lies 217 km from Koro (the cercle's point and the town
            # it is read at), by the seat of another cercle (Tenenkou, 18 km): another village of the name; the
            # event falls to the cercle the text names (a
            # village far out in a wide cercle stays: "Gossi (Gourma-Rharous, Tombouctou)", 130 km from its seat
            # and nearer it than any other)
            continue
        if within is not None and id(within) in hierarchy and id(m) not in hierarchy and best.feature == "place" \
                and (wb := within.best) is not None and wb.feature in ("place", "admin2") \
                and wb.country_code == best.country_code and m.key != within.key and wb.admin1_code \
                and best.admin1_code and wb.admin1_code != best.admin1_code \
                and best.geonames_id not in gaz.inferred_admin and wb.geonames_id not in gaz.inferred_admin \
                and haversine_km(best.latitude, best.longitude, wb.latitude, wb.longitude) > _NEAR_KM:
            # "Baye (Bankass, Mopti)": the only Baye GeoNames has lies far off in another region than the cercle the
            # text places it in; the village there is another of the name (the event falls to the cercle). (A town
            # named as its unit, "Menaka (Menaka, Menaka)", may be filed under the region it was carved from; a
            # village near a unit's edge, under the region next door: "Attara (Niafunke, Tombouctou)".)
            continue
        if id(m) not in hierarchy and id(m) not in nearby and within is not None and (wb := within.best) is not None \
                and (wb.feature == "admin1" or id(within) in named_unit) and best.feature == "place" \
                and wb.country_code == best.country_code \
                and wb.admin1_code and best.admin1_code and wb.admin1_code != best.admin1_code \
                and m.key != within.key and best.geonames_id not in gaz.inferred_admin \
                and haversine_km(best.latitude, best.longitude, wb.latitude, wb.longitude) > _NEAR_KM:
            # "Sanborn, North Dakota", "HOWLAND, Ohio": the text puts the town in a state where the gazetteer has no
            # town of the name; the one it has far off in another state is another town (the event falls to the
            # state the text names; and a village the text puts in a cercle or a province by its noun, "Baye,
            # Cercle of Bankass": the only Baye GeoNames has, 700 km off in Kayes, is another village)
            continue
        if id(m) in hierarchy and within is not None and (wb := within.best) is not None and best.feature == "place" \
                and wb.country_code == best.country_code and wb.admin1_code != best.admin1_code and m.key != within.key \
                and (wb.feature in ("admin1", "admin2") and wb.admin1_code and best.admin1_code
                     or wb.feature == "place"
                     and haversine_km(best.latitude, best.longitude, wb.latitude, wb.longitude) > _NEAR_KM):
            # a place of a hierarchy outside the region of the unit after it is another place: "(Zimtenga, Bam)", a
            # Zimtenga outside the province's region; "(Baye, Bankass)", Bankass read at its town (the cercle's
            # seat), a Baye 700 km off in another region (not "(Menaka, Menaka)": the town GeoNames still files
            # under the region it was carved from)
            continue
        if m.start in unit_told and best.country_code != unit_told[m.start]:
            continue  # "Ehime Mbano Local Government Area": a Nigerian unit the gazetteer lacks, not Japan's Ehime
        if far_frame and best.feature == "place" and best.population < VILLAGE and best.country_code in gaz.focus \
                and within is None and id(m) not in hierarchy and id(m) not in contained \
                and (best.country_code, best.admin1_code) not in admin1_named:
            continue  # (see `far_frame`)
        if not _keep(text, m, best, tx, dominant, countries | border_pair.get(id(m), frozenset()), admin1_named, before,
                     None if id(m) in nearby else within, id(m) in hierarchy or id(m) in contained, framed,
                     focus=focus, worn=frozenset(armed_worn - named)):
            continue
        town = park_in.get(id(m))
        if town is not None and (tb := town.best) is not None and tb.feature == "place" \
                and haversine_km(best.latitude, best.longitude, tb.latitude, tb.longitude) > _QUARTER_KM \
                and not (best.feature == "place" and best.country_code == tb.country_code
                         and (best.admin1 == tb.admin1 or id(m) in park_suburb)
                         and haversine_km(best.latitude, best.longitude, tb.latitude, tb.longitude)
                         <= _PARK_TOWN_KM * (2 if id(m) in park_suburb else 1)):
            # (a "... Park" that is a town of the same state by the town named is that town, a suburb, not a park:
            # "Orland Park in Chicago" is the village of Orland Park, Ill., 35 km off)
            best = tb  # "Roanoke Park in Kansas City", "Hampton Park in Charleston": the park lies in the town the
            # text names, not in Roanoke, Va., nor in a suburb of Melbourne of the park's name
        scores = [sc for sc, _ in m.scored[:2]]
        margin = scores[0] - scores[1] if len(scores) > 1 else 3.0
        confidence = round(1 / (1 + math.exp(-margin)), 3)
        context = None
        last = last_word(before)
        if id(m) in hierarchy:
            context = "hierarchy"  # "(Guidan Sori, Maradi)" after a name: the units that hold the place named
        elif blocked and blocked.overlaps(start, end):
            context = "actor"  # "US troops", "the United States government": the state, not where things happen
        elif best.feature == "country" and _BORDER_AFTER.match(text, end):
            context = "border"  # "near the Burkina Faso border", "Mali's border": the scene lies by it, not in it
        elif _ORIGIN_BEFORE.search(before):
            context = "origin"  # "a peacekeeper from Guinea", "herders coming from Mali": where people come from
        elif _ALLEGIANCE_BEFORE.search(before):
            context = "actor"  # "militias allied with Kinshasa", "rebels backed by Kigali": a government, no scene
        elif best.feature == "country" and MODIFIER_AFTER.match(text, end):
            context = "modifier"  # "US drones", "a Niger army base": the country qualifies a noun
        elif _CODED_BEFORE.search(before):
            context = "coded"  # "(coded as Boni at geoprecision 2)": where the source itself codes the event
        elif last in CUE_LAST and PRECISE_NEAR.search(before):
            context = "near"
        elif _after_border(before):
            context = "border"
        elif ADMIN_AFTER.match(text[end:end + 20]):
            context = "region"
        elif last in CUE_LAST and PLACE_CUE_BEFORE.search(before):
            context = "in"
        elif (u := _UNKNOWN_THEN_PLACE.search(before)) is not None and not any(
                q.start < start and q.end > start - len(before) + u.start(1) for q in out):
            # the cue holds over a name the gazetteer does not know to the place written right after it, the
            # quarter's or the village's town: "protested in Etambar, Kidal against the arrest ... in Bamako" (in
            # Kidal, not in Bamako); not over a list of places it knows ("in Gao, Kidal and Menaka")
            context = "in"
        admin1 = best.admin1
        if best.feature == "place" and id(m) not in hierarchy and within is not None and id(within) in hierarchy:
            # the region the text writes out for the place ("Menaka (Menaka, Menaka)"): the source's admin1, where
            # GeoNames still files the town under the region it was carved from (Gao)
            widest = within
            while id(widest) in container and id(container[id(widest)]) in hierarchy:
                widest = container[id(widest)]
            wb = widest.best
            if wb is not None and wb.feature in ("admin1", "country") and wb.country_code != best.country_code:
                continue  # "Ber (Ber, Tombouctou)": a Ber abroad is not the place the text puts in Tombouctou
            if wb is not None and wb.feature == "admin1" and wb.country_code == best.country_code and wb.admin1:
                admin1 = wb.admin1
            elif wb is not None and wb.feature == "admin2" and wb.country_code == best.country_code and wb.admin1 \
                    and (not best.admin1 or best.geonames_id in gaz.inferred_admin):
                admin1 = wb.admin1  # "Youloupo (Didyr, Sanguie)": GeoNames files Youloupo under no unit; Sanguie's
            elif wb is not None and wb.feature in ("admin2", "place") and wb.country_code == best.country_code \
                    and id(widest) in outer and (inner := contained.get(id(widest))) is not None \
                    and id(inner) in hierarchy \
                    and (a1 := next((c for c in info[widest.key].cands
                                     if c[4] == "admin1" and c[2] == best.country_code), None)) is not None \
                    and (unit := gaz.admin1_place(a1[2], a1[3])) is not None and unit.admin1:
                # the last of two or more units is the region, though a cercle or a town shares its name and was
                # read so: "Indokane (Anderamboukane, Menaka)" lies in the Menaka region, not in Gao's Menaka cercle
                admin1 = unit.admin1
        if best.feature == "place" and m.kind == "name" and m.scored:
            unit = info[m.key].seat_town.get(m.scored[0][1])
            if unit is not None and unit[1] != best.admin1_code and (  # (a unit written out after it wins)
                    within is None or within.best is not None and (within.best.feature == "country" or (
                        within.best.feature == "admin1" and (within.best.country_code, within.best.admin1_code) == unit))):
                seat = gaz.admin1_place(*unit)
                if seat is not None and seat.admin1:
                    admin1 = seat.admin1  # the town is the seat of the unit named after it (Menaka, not Gao)
        out.append(
            PlaceMention(
                start=start, end=end, text=text[start:end], name=best.name, geonames_id=best.geonames_id,
                country_code=best.country_code, country=gaz.country_name(best.country_code) or best.country_code,
                admin1=admin1, admin2=best.admin2, latitude=best.latitude, longitude=best.longitude,
                feature=best.feature, population=best.population, confidence=confidence, context=context,
            )
        )
    # a school named after a person or a namesake far from every town the story names: "Franklin Elementary in Santa
    # Ana", "Foley Middle School" in a Kentucky story, "Smith College in Northampton" (not Franklin, Tenn., nor Foley,
    # Ala.); a school named after its own town lies among the story's towns ("Waterford High School" beside
    # Stonington) and stays, as does one in a story that names no other town
    schools = [p for p in out if p.feature == "place" and p.context != "demonym" and _SCHOOL_AFTER.match(text, p.end)]
    if schools:
        towns = [p for p in out if p.feature in ("place", "admin2") and not _SCHOOL_AFTER.match(text, p.end)]
        out = [p for p in out if p not in schools or not (
            towns := [t for t in towns if fold(t.text) != fold(p.text)]) or any(
            haversine_km(p.latitude, p.longitude, t.latitude, t.longitude) <= _SCHOOL_FAR_KM for t in towns)]
    return out


_NO_REGIONS: Mapping[tuple[str, str | None], float] = {}


def _region_shares(gaz: Gazetteer, regions: Mapping[tuple[str, str], float] | frozenset[tuple[str, str]]
                   ) -> dict[tuple[str, str | None], float]:
    """(country, admin1 code) -> the unit's votes over the most any unit has (1.0 for a plain set)."""
    votes = regions if isinstance(regions, Mapping) else dict.fromkeys(regions, 1.0)
    top = max(votes.values(), default=0.0)
    out: dict[tuple[str, str | None], float] = {}
    for unit, v in votes.items():
        for code in gaz.admin1_codes([unit]):
            out[code] = max(out.get(code, 0.0), v / top)
    return out


# a first-order unit this populous (the bundled towns it holds) is known by its name beyond its country
_BIG_UNIT = 250_000


def _resolve(m: Candidate, ni: _NameInfo, admin_after: bool, dominant: str | None, countries: set[str],
             admin1_named: set[tuple[str, str | None]], support: dict[tuple[str, str | None], float],
             admin1_share: dict[tuple[str, str | None], float], within: Candidate | None, gaz: Gazetteer,
             inner: _NameInfo | None = None, *, seat_is_town: bool = True, nearby: bool = False,
             focus: frozenset[str] = frozenset(), head: bool = False, hard_cc: frozenset[str] = frozenset(),
             focus_bonus: float = 3.0, area: frozenset[str] = frozenset(), group_area: frozenset[str] = frozenset(),
             regions: Mapping[tuple[str, str | None], float] = _NO_REGIONS,
             region_ranks: Mapping[tuple[str, str | None], float] = _NO_REGIONS,
             group_regions: Mapping[tuple[str, str | None], float] = _NO_REGIONS,
             anchors: Sequence[tuple[float, float]] = (), sibling: tuple[str, str | None] | None = None,
             activity: Mapping[str, float] = _NO_ACTIVITY,
             named_share: Mapping[tuple[str, str | None], float] = _NO_REGIONS,
             counties: tuple[Mapping[tuple[str, str | None, str], set[str]], ...] = ({}, {}),
             cue_cc: str | None = None, across: str | None = None, several: bool = False,
             by_border: frozenset[str] = frozenset(),
             told_cc: str | None = None, state_noun: bool = False, village_told: bool = False) -> None:
    # the unit named after the comma: its country and admin1 code
    in_cc: str | None = None
    in_a1: str | None = None
    in_a2: str | None = None
    near: tuple[float, float] | None = None
    if within is not None:
        if within.best is not None:  # (units are resolved before the names they hold)
            in_cc = within.best.country_code
            in_a1 = within.best.admin1_code if within.best.feature != "country" else None
            # "(Partiaga, Tapoa)": the Partiaga GeoNames files under the province of Tapoa, whichever lies nearer
            # the province's point (its seat, for an imported province)
            in_a2 = within.best.admin2 if within.best.feature == "admin2" and not nearby else None
            # "Kouna (Mopti, Mopti)": near the cercle of Mopti or its town (GeoNames lacks most villages' admin2)
            if within.best.feature in ("admin2", "place") or nearby:
                near = (within.best.latitude, within.best.longitude)
            if nearby:
                in_a1 = None  # near a place is not always in its unit
        else:
            r = gaz.places.rows[within.ids[0]]
            in_cc, in_a1 = str(r[2]), (str(r[3]) if r[9] == "admin1" else None)
    elif cue_cc is not None:
        in_cc = cue_cc  # a court only one country has: "Kingston Crown Court" is Kingston upon Thames'
    # this name's own admin1 units ("Minnesota") do not vote for its places ("Minneota, Minnesota")
    own = {(c[2], c[3]) for c in ni.cands if c[4] == "admin1"} if ni.has_admin else set()
    mine = ni.by_unit
    # the name before the comma ("Norfolk, England"): the units that hold one of its places
    inner_cc = {c[2] for c in inner.cands} if inner is not None else set()
    inner_a1 = {(c[2], c[3]) for c in inner.cands} if inner is not None else set()
    scored: list[tuple[float, int, int, int]] = []
    in_county: set[int] = set()  # the readings that lie in a county the text names, or beside a town it names
    outside = 0
    # a state named like a more populous country ("Niger": the country of 25 million, not Nigeria's Niger State)
    # is that state only with a cue ("Niger State", "the state of Niger"); Georgia, the US state, outnumbers the
    # country and keeps its reading in US news
    country_pop = max((c[5] for c in ni.cands if c[4] == "country"), default=0)
    # the first-order units of the article's countries that bear the name as their own ("California", "Alberta")
    home_units = {(c[2], c[3]) for c in ni.cands
                  if c[4] == "admin1" and (c[2] == dominant or c[2] in hard_cc) and c[1] in ni.own_name}
    # a city of SMALL_CITY+ people whose own name this is: the places that have it only as an alternate name (most
    # often a misspelling GeoNames keeps: "Pittsburgh" for Pittsburg, Calif.) take no support from the article's units
    own_city = any(c[4] == "place" and c[5] >= SMALL_CITY and c[1] in ni.own_name for c in ni.cands)
    region = ni.top_feature == "continent"
    in_focus_unit = any(u[0] in focus for u in admin1_named - own)
    no_focus_reading = bool(focus) and not any(c[2] in focus for c in ni.cands)
    for prior, i, cc, a1code, feat, pop in ni.cands:  # best prior first
        if cc not in countries and cc != in_cc and feat != "continent":
            if focus and feat == "place" and pop < 1_000_000 and not (pop >= SMALL_CITY and i in ni.own_name
                                                                      and not hard_cc and not in_focus_unit
                                                                      and not (area & focus and cc not in group_area)
                                                                      and not village_told) \
                    and not (admin_after and cc in AFRICA and i in ni.own_name) \
                    and not (no_focus_reading and cc in AFRICA and pop >= _NAMESAKE_TOWN and i in ni.own_name
                             and not village_told) \
                    and not (no_focus_reading and cc in AFRICA and pop >= _AFRICAN_TOWN_SPELLING
                             and len(m.key) > 5 and not village_told):
                continue  # a text naming no country, read in the region followed: a town abroad is not a rival
                # (but a city of SMALL_CITY+ by its own name is, against a village of the region, where nothing
                # else places the text in the region: no force's or people's country, no armed group of the region,
                # no unit of the region. "Soldiers attacked villages around Wau" is South Sudan's city of 127,000,
                # not a hamlet of Liberia; "JNIM militants killed three in Singa", "near Bangui, a town in the
                # region of Tahoua", "near the village of Kara" stay the region's. So is a town of Africa the text
                # names as its unit, "in Ain Zayane, Kasserine governorate": the Tunisian town is its seat; and a
                # town of 10,000+ of Africa by its own name that no place of the region shares, "students in
                # Nekemt protested": Ethiopia's, the region has no Nekemt, unless the text calls it a village: "found
                # near the village of Singa" is no city of 250,000; nor is a group of the region a frame where it
                # fights in the city's country too: "Boko Haram militants attacked Yola" is Adamawa's capital, not a
                # hamlet of Maradi, as ISWAP fights in Nigeria as well as in Niger)
            # a town of another continent no unit of the text holds, in a text about African countries whose units it names
            # ("shot dead at a polling unit in Ogori" in a story from Kogi State, Nigeria: not Ogōri, Japan, where
            # the gazetteer lacks the Nigerian town): no reading, the text's units place the happening
            if feat == "place" and countries and all(c in AFRICA for c in countries) and cc not in AFRICA \
                    and pop < SMALL_CITY and in_cc is None and cc not in hard_cc and cc not in area \
                    and cc != told_cc and any(u[0] in countries for u in admin1_named - own):
                continue
            # no context can lift a candidate outside the article's countries: only the likeliest two compete
            outside += 1
            if outside > 2:
                continue
        score = prior
        rival_country = feat == "admin1" and not admin_after and pop < country_pop
        if feat in ("admin1", "admin2"):
            score += 2.0 if admin_after else (-3.0 if rival_country else 0.0)
            if state_noun and feat == "admin1" and cc in AFRICA and cc not in _STATE_COUNTRIES:
                score -= _W_STATE_NOUN  # "Plateau State" is Nigeria's, not Benin's Plateau department
        elif feat == "place" and admin_after:
            score -= 1.5
        if home_units and feat == "place" and pop < SMALL_CITY and in_cc is None and (cc, a1code) not in home_units \
                and i not in ni.seat_town:
            # a state's or a province's name in its country's news is the unit, not a small town of the name
            # elsewhere ("Setton Farms, based in California": not California, Mo.) unless the text places the town
            # ("California, Mo."); a town inside the unit of its name stays a rival (Gao, Mopti: the seats)
            score -= 3.0
        if region and feat == "place" and pop < SMALL_CITY and in_cc is None:
            # a region's, an island's or a sea's name is that area, not a small town of the name that the text
            # does not place ("two northern Luzon farms": the island, not a village of Luzon on Mindanao, however
            # much the article's other places lie near the village; "Pacific, Mo." stays the town)
            score -= _W_REGION_NAME
        if head and feat in ("admin1", "admin2") and any(c[4] == "place" and c[2] == cc for c in ni.cands):
            score -= 6.0  # the name a written-out hierarchy places is a place: "Menaka (Menaka, Menaka)", the town
        if feat == "admin1" and not admin_after and seat_is_town and ((cc, a1code) in ni.seats or (
                i not in ni.own_name and any(u[0] == cc for u in ni.seats))):
            # a unit named like its chief town is the town unless the text says unit ("in Agadez"); so is a unit
            # of its country that has the name only as an alternate one (Taoudenit, carved out of Tombouctou, keeps
            # "Tombouctou" among its names: "in Tombouctou" is not Taoudenit)
            score -= 3.0
        if feat == "place" and i in ni.district_town:
            score += _W_DISTRICT_TOWN
        if cc == across:
            score -= _W_ACROSS  # "Gorom-Gorom near the border with Mali": not Mali's Gorom Gorom
        if cc in focus and cc != dominant and cc not in hard_cc:
            score += focus_bonus
        elif focus and feat == "admin1" and cc not in focus and cc in AFRICA and pop >= _BIG_UNIT \
                and not rival_country and not village_told and cc != dominant \
                and not any(c[2] == cc and c[4] == "place" for c in ni.cands):
            # a first-order unit of a quarter of a million people or more (the bundled towns it holds) of an African country the import lacks ("in Borno",
            # "Adamawa") weighs as much as the region followed: a text naming no country means the state, not a
            # village of that name in the region followed (Mali's Borno, Niger's Adamawa: no population known); not
            # where the unit is named after a town of its country, the town the name most often means ("Lagos",
            # "Giza")
            score += focus_bonus
        elif cc == dominant:
            score += 3.0
            if feat == "admin1" and not rival_country:
                score += 1.5  # the states of the country the article is about are its frame ("Georgia")
        elif cc in countries:
            score += 1.5
        if cc in area:
            score += _W_AREA
        elif activity and feat == "place":
            score += _W_ACTIVITY * activity.get(cc, 0.0)
        if sibling is not None and feat == sibling[0] and (sibling[1] is None or cc == sibling[1] or feat == "country"):
            # (the units of a list share its country: "New York City, Long Island, New York, Pennsylvania": a unit
            # of the name in the Bahamas is no sibling of the states)
            score += _W_LIST + (1.5 if cc == sibling[1] else 0.0)
        if feat in ("place", "admin2") and (cc, a1code) in regions:
            score += _W_REGION * regions[(cc, a1code)]
        if anchors and feat == "place":
            r = gaz.places.rows[i]
            d = min(haversine_km(a[0], a[1], float(r[6]), float(r[7])) for a in anchors)  # type: ignore[arg-type]
            if d < _ANCHOR_KM:
                score += _W_ANCHOR * (1.0 - d / _ANCHOR_KM)
        if by_border and feat == "place" and (others := by_border - {cc}):
            r = gaz.places.rows[i]
            kms = [km for o in others if (km := outline_km(o, float(r[6]), float(r[7]))) is not None]  # type: ignore[arg-type]
            if kms and min(kms) < _BY_BORDER_KM:
                score += _W_BY_BORDER * (1.0 - min(kms) / _BY_BORDER_KM)
        if feat in ("place", "admin2", "admin1") and not (feat == "place" and country_pop and (
                i not in ni.own_name or ni.country is not None)) and not (own_city and i not in ni.own_name):
            # (a town that has a country's name only as an alternate name, "Mexico" for Mexico City, takes no
            # support from the places of its unit: those are the country's too; nor does a small town named like a
            # country, "China", Texas, "Lebanon", Pa., whose name is the country's outright)
            a1 = (cc, a1code)
            if feat != "admin1" and a1 not in own:
                if a1 in admin1_named and not (own_city and feat == "place" and pop < _NAMESAKE_TOWN):
                    score += 2.0 + _W_NAMED_SHARE * named_share.get(a1, 0.0)
                if admin1_share:
                    score += 2.0 * admin1_share.get(a1, 0.0)
            others = support.get(a1, 0.0) - mine.get(a1, 0.0)  # the article's other names in the same unit
            if others > 0.05:
                score += _W_SUPPORT * (others if others < 3.0 else 3.0)
        if feat in ("place", "admin2") and (a2 := gaz.places.rows[i][5]):
            # a town inside a county the text names, a county holding a town it names
            given = counties[0 if feat == "place" else 1].get((cc, a1code, str(a2)))
            if given and (len(given) > 1 or m.key not in given):
                score += _W_COUNTY
                in_county.add(i)
            elif feat == "place" and (given := counties[1].get((cc, a1code, str(a2)))) \
                    and (len(given) > 1 or m.key not in given):
                score += _W_SAME_COUNTY  # and a town in the county of another town it names
                in_county.add(i)
        if inner is not None and (feat == "country" and cc in inner_cc or feat == "admin1" and (cc, a1code) in inner_a1):
            score += 3.0
        if in_cc is not None:
            if cc == in_cc and (in_a1 is None or a1code == in_a1):
                score += 6.0
                if in_a2 is not None and feat == "place" and gaz.places.rows[i][5] == in_a2:
                    score += 3.0
                elif near is not None and feat == "place":
                    r = gaz.places.rows[i]
                    d = haversine_km(near[0], near[1], float(r[6]), float(r[7]))  # type: ignore[arg-type]
                    score += 2.0 * max(0.0, 1.0 - d / 100.0)
                if feat == "admin1" and in_a1 is not None:
                    score -= 8.0  # held by an admin1 unit: not that unit ("Diffa (Diffa, Diffa)": the town)
            elif feat != "country":
                score -= 2.0
        scored.append((score, -FEATURE_RANK.get(feat, 5), pop, i))
    if not scored:  # every reading is a town abroad, in a text read in the region followed: no place
        m.best, m.scored = None, None
        return
    rows = gaz.places.rows
    if region_ranks:
        scored = _heartland_first(scored, rows, regions, region_ranks)
    # of equals, a place GeoNames files under a unit before one whose unit is guessed (those are mostly old
    # records, their coordinates rounded to the minute); then the one the gazetteer lists first: a bundled
    # (populated) place, else the older GeoNames record, the one gazetteers copied from GNS share (two villages of
    # one name in one region are most often one village recorded twice, the later record elsewhere)
    inferred = gaz.inferred_admin
    # (first of all, of equals the one whose own name is spelled nearest the text's: "Dialloube" is Dialoubé before
    # Dyaloubé; the distance is computed only where it can decide, for readings tied on score, kind and population)
    ties = Counter(t[:3] for t in scored)
    scored.sort(reverse=True, key=lambda t: (t[0], t[1], t[2], -edit_distance(fold(str(rows[t[3]][1])).lower(), m.key)
                                             if ties[t[:3]] > 1 else 0, rows[t[3]][0] not in inferred, -t[3]))
    best_i = scored[0][3]
    if rows[best_i][9] == "place" and int(rows[best_i][8]) < VILLAGE and in_cc is None \
            and (rows[best_i][2], rows[best_i][3]) not in admin1_named:  # type: ignore[call-overload]
        # (a city known by the name only as an alternate one, in a country the text does not name, is no rival:
        # "Boni near the Burkina Faso border" is not Bonn)
        # (nor, in the region followed, a city of another country than the one an actor gives, which the village
        # chosen lies in: "Katiba Macina militants searched buses in the Saba area, near Dialloube" is Mali's Saba,
        # not the Saba of 136,000 by Ouagadougou)
        home = focus and rows[best_i][2] in hard_cc
        # (nor a city abroad that a named group's area lets compete, against a village in a unit the group fights
        # in, where the city's unit is none of them: "ISWAP fighters raided X", a Diffa hamlet, and a city X elsewhere)
        # (the units of a group the text names, not where groups are most active: "Gunmen killed two traders in
        # Kano" names none, and Kano stays Nigeria's city)
        fought = group_regions and (rows[best_i][2], rows[best_i][3]) in group_regions
        city = next((t for t in scored if rows[t[3]][9] == "place" and t[2] >= SMALL_CITY
                     and (t[3] in ni.own_name or rows[t[3]][2] in countries)
                     and not (home and rows[t[3]][2] not in hard_cc)
                     and not (fought and rows[t[3]][2] not in countries
                              and (rows[t[3]][2], rows[t[3]][3]) not in group_regions)), None)
        if city is not None:
            scored = [city] + [t for t in scored if t is not city]
            best_i = city[3]
    elif rows[best_i][9] == "place" and int(rows[best_i][8]) < SMALL_CITY and in_cc is None and several and (
            (rows[best_i][2], rows[best_i][3]) not in admin1_named  # type: ignore[call-overload]
            or told_cc is not None and told_cc != rows[best_i][2]):
        # a text that names two or more countries besides the dominant one is not local news: the country or the city
        # of a million whose own name this is beats a small town of the name the text does not place, nor its state
        # ("Thailand and Lebanon each reported their first case": not Lebanon, Ohio; "passengers from New York and
        # Toronto", "arriving at Cairo airport": not Toronto, Ohio, nor Cairo, N.Y.; "a Lebanon woman ... Boone
        # County, Indiana" stays Indiana's)
        # (a roundup of several countries tells each one's news in its own sentences: where the small town lies in a
        # unit the text names, the city beats it only in the country this sentence or the one before names: "cases
        # in Rio Grande do Sul ... Almost 400 cases in Chile. The Institute of Public Health in Santiago": Chile's
        # capital, not Santiago in Rio Grande do Sul; nothing names another country there: the town keeps its unit)
        local = (rows[best_i][2], rows[best_i][3]) in admin1_named  # type: ignore[comparison-overlap]
        city = next((t for t in scored if t[3] in ni.own_name and (rows[t[3]][9] == "country" or (
            rows[t[3]][9] == "place" and t[2] >= _WORLD_CITY)) and (not local or rows[t[3]][2] == told_cc)), None)
        if city is not None:
            scored = [city] + [t for t in scored if t is not city]
            best_i = city[3]
    elif rows[best_i][9] == "place" and int(rows[best_i][8]) < _NAMESAKE_TOWN and in_cc is None \
            and (a1 := (rows[best_i][2], rows[best_i][3])) not in admin1_named \
            and not admin1_share.get(a1) and a1 not in regions and best_i not in in_county:  # type: ignore[call-overload, arg-type]
        # a city of a million by its own name beats a town of under 10,000 named after it that nothing in the text
        # places (no unit of the town named, no other place of the article resolved in its unit): "Los Angeles
        # election officials finished their count" is the city, not a village of Guanajuato that the text's other
        # Spanish names make Mexico's; "close to two U.S. states and Toronto" is Ontario's capital, not Toronto,
        # Ohio ("Toronto, Ohio", "Toronto, Jefferson County" place the town and keep it)
        # (a county the text names places the town as its state would: "Police in Cairo said ..., Alexander County
        # Sheriff said" is Cairo, Ill., "shot dead in Milan ..., the Gibson County Sheriff's Office said" Milan, Tenn.)
        city = next((t for t in scored if t[3] in ni.own_name and rows[t[3]][9] == "place" and t[2] >= _WORLD_CITY),
                    None)
        if city is not None:
            scored = [city] + [t for t in scored if t is not city]
            best_i = city[3]
    m.best = gaz.places[best_i]
    m.scored = [(t[0], t[3]) for t in scored[:2]]


# how much less a reading scores for each step down the groups' lists its unit stands below the head of its equals:
# it only orders equals
_W_HEARTLAND = 0.01


def _heartland_first(scored: list[tuple[float, int, int, int]], rows: Sequence[tuple[object, ...]],
                     regions: Mapping[tuple[str, str | None], float],
                     region_ranks: Mapping[tuple[str, str | None], float]) -> list[tuple[float, int, int, int]]:
    """Of the best readings of one country that score the same, each in a unit the text's groups fight in, the ones
    whose unit stands further down the groups' lists of units (`region_ranks`, see `find_places`) a hair behind the
    one nearest the head: the lists name a group's heartland first ("Katiba Macina militants ambushed an army convoy
    in Batouma", two villages of Mali: Mopti's, not Tombouctou's). The country's best score stays: a list orders a
    group's units within a country, and says nothing of which country (JNIM's Mopti is no likelier than its Burkina
    Faso villages of the Centre-Nord)."""
    top: dict[str, float] = {}
    units: dict[int, tuple[float, tuple[str, str | None]]] = {}
    for t in scored:
        r = rows[t[3]]
        u = (str(r[2]), r[3])  # type: ignore[assignment]
        if r[9] in ("place", "admin2") and u in regions:
            units[t[3]] = (t[0], u)
            top[u[0]] = max(top.get(u[0], t[0]), t[0])
    tied = {i: u for i, (score, u) in units.items() if score == top[u[0]]}
    head: dict[str, float] = {}
    for u in tied.values():
        head[u[0]] = min(head.get(u[0], region_ranks.get(u, 0.0)), region_ranks.get(u, 0.0))
    return [(t[0] - _W_HEARTLAND * (region_ranks.get(tied[t[3]], 0.0) - head[tied[t[3]][0]]), *t[1:])
            if t[3] in tied else t for t in scored]


# "Kindjandi (Diffa, Diffa)", "Bana [Grema Artori] (Diffa, Diffa)": a name, an optional alternative in brackets,
# then its units in parentheses
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|du|des|el|al))*"
_PAREN_GROUP = re.compile(r"(" + _NAME + r")[ \t]*(?:\[[ \t]*(?P<alt>[^\]\n]{1,60}?)[ \t]*\][ \t]*)?\([ \t]*(?P<units>" + _NAME
                          + r"(?:[ \t]*,[ \t]*" + _NAME + r"){0,2})[ \t]*\)")


_TOWNS_BEFORE = re.compile(r"\b(?:towns?|cities|city|villages?|localities|communes|municipalities|capitals)\s+"
                           r"(?:of\s+|including\s+|such as\s+|like\s+)?$", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")
# a counted list, a tally by unit: "fifteen in British Columbia, twelve in Ontario, eight in Alberta, and one in
# Quebec", "12 cases in Texas, 3 in Ohio and 2 in Utah": the names it counts by are one kind of unit too
_COUNT_WORD = r"(?:\d[\d,]*|" + NUMBER_WORD_PATTERN + r"|hundred|dozens?)"
_COUNTED_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)" + _COUNT_WORD + r"(?:[\s-]+" + _COUNT_WORD
                          + r")?(?:\s+[a-z]+)?\s+in\s+(?:the\s+)?")


def _told_country(text: str, mentions: list[Candidate], info: dict[str, _NameInfo], m: Candidate) -> str | None:
    """The country named last before `m` in its sentence or the one before, by name or demonym ("In Chile, ...",
    "Chilean officials"); None where none is. A text that names several countries tells each one's news where it
    names it, so that is the country the sentence's other names are read in."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start - 600), m.start)]
    lo = ends[-2] if len(ends) >= 2 else max(0, m.start - 600)
    for o in reversed(mentions):
        if o.start >= m.start:
            continue
        if o.end <= lo:
            break
        if o.kind == "demonym" and o.country_code:
            return o.country_code
        if o.kind == "name" and (ni := info.get(o.key)) is not None and ni.cands and ni.top_feature == "country":
            return str(ni.cands[0][2]) if ni.cands[0][4] == "country" else None
    return None


def _list_hints(text: str, mentions: list[Candidate], info: dict[str, _NameInfo]) -> dict[int, tuple[str, str | None]]:
    """For the names of a list of three or more: the kind of unit (country or admin1) at least two thirds of the
    others are at widest, and the country at least two thirds of those share (None for countries; admin1 units
    must share one)."""
    runs: list[list[Candidate]] = []
    for m in mentions:
        if m.kind != "name":
            runs.append([])
            continue
        if runs and runs[-1] and (_LIST_SEP.fullmatch(text, runs[-1][-1].end, m.start)
                                  or _COUNTED_SEP.fullmatch(text, runs[-1][-1].end, m.start)):
            runs[-1].append(m)
        else:
            runs.append([m])
    out: dict[int, tuple[str, str | None]] = {}
    for run in runs:
        if len(run) < 3 or _TOWNS_BEFORE.search(text, max(0, run[0].start - 30), run[0].start):
            continue  # ("the towns of Diffa, Arlit, Zinder and Agadez": towns, though three name regions too)
        for m in run:
            others = [o for o in run if o is not m]
            kinds = Counter(info[o.key].top_feature for o in others)
            kind, n = kinds.most_common(1)[0]
            if kind not in ("country", "admin1") or n < max(2, math.ceil(len(others) * 2 / 3)):
                continue
            ccs = Counter(next(c[2] for c in info[o.key].cands if c[4] == kind)
                          for o in others if info[o.key].top_feature == kind)
            cc, k = ccs.most_common(1)[0]
            if k >= math.ceil(n * 2 / 3):
                out[id(m)] = (kind, cc)
            elif kind == "country":
                out[id(m)] = (kind, None)  # (units of several countries are most often towns: "Moscow, Kiev, Minsk")
    return out


# the kind of unit written after the name a hierarchy places: "Madougou Commune (Koro, Mopti)" places Madougou
_UNIT_WORD_AFTER = re.compile(r"[ \t]+(?:Rural[ \t]+|Urban[ \t]+)?(?:Commune|Cercle|Department|Arrondissement|Municipality)")


# a name a hierarchy places, then the commune that holds it: "Sokolo, Danoli Commune (Bandiagara, Mopti)"
_COMMUNE_END = re.compile(r"[ \t]+(?:Rural[ \t]+|Urban[ \t]+)?(?:Commune|Municipality)$")
_COMMA_BEFORE = re.compile(r"[ \t]*,[ \t]*$")


def _paren_chains(text: str, mentions: list[Candidate]) -> list[tuple[Candidate | None, list[Candidate]]]:
    """Admin hierarchies written in parentheses after a name, innermost first: (Kindjandi, [Diffa, Diffa]) for
    "Kindjandi (Diffa, Diffa)"; (None, [Guidan Sori, Maradi]) for "Dan Dela (Guidan Sori, Maradi)" when the
    gazetteer does not know Dan Dela; (None, [Tillaberi]) for "Zigui (Anzourou, Tillaberi)" when it knows neither
    Zigui nor Anzourou. The parentheses hold one to three capitalised names separated by commas, nothing else."""
    if "(" not in text:
        return []
    names = [m for m in mentions if m.kind == "name"]
    starts = [m.start for m in names]
    chains: list[tuple[Candidate | None, list[Candidate]]] = []
    for g in _PAREN_GROUP.finditer(text):
        lo, hi = g.span("units")
        k = bisect.bisect_left(starts, lo)
        units = []
        while k < len(names) and names[k].end <= hi:
            units.append(names[k])
            k += 1
        # each unit a whole part of the list ("Guidan Sori", not "Sori")
        parts = {(lo + p.start() + len(p.group(0)) - len(p.group(0).lstrip()),
                  lo + p.end() - (len(p.group(0)) - len(p.group(0).rstrip())))
                 for p in re.finditer(r"[^,]+", text[lo:hi])}
        units = [u for u in units if (u.start, u.end) in parts]
        if not units:
            continue
        # the head: the mention that ends where the name before the parentheses ends
        k = bisect.bisect_left(starts, g.start(1))
        head = names[k] if k < len(names) and (names[k].end == g.end(1) or _UNIT_WORD_AFTER.fullmatch(
            text, names[k].end, g.end(1))) else None
        if head is None and _COMMUNE_END.search(g.group(1)) \
                and (comma := _COMMA_BEFORE.search(text, max(0, g.start(1) - 4), g.start(1))) is not None:
            # "Sokolo, Danoli Commune (Bandiagara, Mopti)", a commune the gazetteer lacks: the village before the
            # comma is the name the hierarchy places (a commune it has places the village by itself, as it does
            # any town after a comma, and the event coder reads it so: `_COMMUNE_AFTER`)
            k = bisect.bisect_left(starts, comma.start())
            if k > 0 and names[k - 1].end == comma.start():
                head = names[k - 1]
        if head is None and g.group("alt"):
            # "Niangabo [Nyagambo] (Bandiagara, Mopti)": a name the gazetteer lacks, then the spelling it knows
            k = bisect.bisect_left(starts, g.start("alt"))
            if k < len(names) and names[k].start == g.start("alt") and names[k].end == g.end("alt"):
                head = names[k]
        chains.append((head, units))
    return chains


def _home_chains(chains: list[tuple[Candidate | None, list[Candidate]]], info: dict[str, _NameInfo]
                 ) -> tuple[list[tuple[Candidate | None, list[Candidate]]], set[int]]:
    """The written-out hierarchies without the names the gazetteer knows only in other countries than the widest unit
    after them: in "Yense (Kain, Yatenga)" GeoNames lacks the commune of Kain, Burkina Faso, and has only Kain,
    Belgium; that is not the unit that holds Yense, nor a place the text names (as "Anzourou" in "Zigui (Anzourou,
    Tillaberi)", a name it lacks altogether). The chains, and the ids of the mentions dropped."""
    out: list[tuple[Candidate | None, list[Candidate]]] = []
    abroad: set[int] = set()
    for head, units in chains:
        home = {c[2] for c in info[units[-1].key].cands if c[4] != "continent"}
        if home:
            stray = {id(m) for m in ([head] if head is not None else []) + units[:-1]
                     if info[m.key].cands and home.isdisjoint(c[2] for c in info[m.key].cands)}
            abroad |= stray
            head = None if head is not None and id(head) in stray else head
            units = [u for u in units if id(u) not in stray]
        out.append((head, units))
    return out, abroad


def _body_country(text: str, head: Candidate | None, units: list[Candidate], info: dict[str, _NameInfo]) -> bool:
    """Whether the parentheses after a name the gazetteer lacks hold only a country, and no place cue comes before
    the name: the country of a body ("abducted Red Cross (Burkina Faso) employee ... near Belehede"), not the units
    of a place ("the village of Zigui (Niger)")."""
    cands = info[units[0].key].cands
    if head is not None or len(units) != 1 or not cands or cands[0][4] != "country":
        return False
    lo = max(0, units[0].start - 80)
    lead = re.search(_NAME + r"[ \t]*\([ \t]*$", text[lo:units[0].start])
    return lead is not None and VILLAGE_CUE.search(text, max(0, lo + lead.start() - 60), lo + lead.start()) is None


# (the coder's event place reads it too: `_event_place`)
NEAR_BETWEEN = re.compile(r"[ \t]*,?[ \t]*(?:near|close to|not far from|outside|(?:about |some |a few |several )?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen)?[ \t-]*(?:km|kilomet\w+|miles)"
                          # (the distance converted in parentheses: "200 kilometres (125 miles) west of Gao")
                          r"(?:[ \t]*\([ \t]*\d+(?:\.\d+)?[ \t]*(?:km|kilomet\w+|miles)[ \t]*\))?"
                          r"[ \t]+(?:\w+(?:-\w+)?[ \t]+)?(?:of|from)|(?:north|south|east|west|north-?east|north-?west|"
                          r"south-?east|south-?west)[ \t]+of)[ \t]+(?:the[ \t]+)?(?:(?:town|village|city)[ \t]+of[ \t]+)?")
_NEAR_KM = 150.0
# the distance told between them, in km or miles: "some 200 kilometres west of", "35km south of"; a place within
# half as far again and a little more (roads wind, the text rounds, the gazetteer's points stray) may be the one meant
_TOLD_KM = re.compile(r"(\d+(?:\.\d+)?)[ \t-]*(km|kilomet\w+|miles)\b")
_TOLD_SLACK = 1.5
_TOLD_SLACK_KM = 25.0


def near_reach(text: str, end: int, start: int) -> float:
    """How far a place may lie from the place told after it, `text[end:start]` between them: the distance told
    and some ("Hombori, some 200 kilometres west of Gao": 325 km), else `_NEAR_KM` ("Doutchi, near Diffa")."""
    told = _TOLD_KM.search(text, end, start)
    if told is None:
        return _NEAR_KM
    return _TOLD_SLACK * float(told.group(1)) * (1.609 if told.group(2) == "miles" else 1.0) + _TOLD_SLACK_KM


# a scene the gazetteer lacks, told by its distance and bearing from a town it has: "Tindandan, about 28km west of
# Timbuktu", "Tadoumount, located about 55km east of Ber" (the distance, its unit, the bearing)
_TOLD_BEARING = re.compile(r"[ \t]*,[ \t]*(?:(?:located|situated|lying)[ \t]+)?(?:(?:about|some|around|approximately|roughly|"
                           r"nearly)[ \t]+)?(\d+(?:\.\d+)?)[ \t-]*(km|kilomet(?:er|re)s?|miles)[ \t]+((?:north|south)?-?"
                           r"(?:east|west)?)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:(?:town|village|city)[ \t]+of[ \t]+)?",
                           re.IGNORECASE)
# a told distance beyond this is no village's from its town (a slip, "2800 km west of Timbuktu", would put the point
# in the ocean, still filed under the town's unit): the town's point is kept
_TOLD_MAX_KM = 200.0
_BEARING_DEG = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
                "southwest": 225.0, "west": 270.0, "northwest": 315.0}


def told_offset(text: str, end: int, start: int, lat: float, lon: float) -> tuple[float, float] | None:
    """The point a scene lies at when `text[end:start]`, between its name and a town's (at `lat`, `lon`), tells its
    distance and bearing from the town ("Inarabe, 71km southeast of Ansongo": 71 km from Ansongo's point toward
    135 degrees); None when it does not tell both, or tells a distance beyond `_TOLD_MAX_KM`."""
    told = _TOLD_BEARING.fullmatch(text, end, start)
    if told is None or (bearing := _BEARING_DEG.get(told.group(3).lower().replace("-", ""))) is None:
        return None
    km = float(told.group(1)) * (1.609 if told.group(2).lower() == "miles" else 1.0)
    if km > _TOLD_MAX_KM:
        return None
    north = km * math.cos(math.radians(bearing)) / 111.195
    east = km * math.sin(math.radians(bearing)) / (111.195 * max(0.01, math.cos(math.radians(lat))))
    return lat + north, lon + east


# a village farther than this from every other place of a text (all in another country) is another village of the name
_FAR_KM = 300.0
# a school after a name ("Paris High School", "Foley Middle School", "Lee School"), and how far from every other town
# of the story a town of the name must lie to be a person's or a namesake's name the school bears, not its town's (not
# a college or a university: those named after a city mostly lie in it, however far from the story: "a bacteriologist
# at Aberdeen University"; nor a primary or secondary school, named after its village where news tells of attacks on
# schools: "gunmen attacked the Kuriga Primary School", "the Djibo Secondary School was burned")
_SCHOOL_AFTER = re.compile(r"[ \t]+(?:(?:Senior|Junior|Community|Regional|Area|Central|Christian|Catholic|Public)[ \t]+)?"
                           r"(?:High|Middle|Elementary|Intermediate|Schools?)\b")
_SCHOOL_FAR_KM = 161.0
# between a place and a country whose border it lies by: before the country and its border ("near the Burkina Faso
# border"), and before "the border with" it ("near the border with", ", on the frontier of")
_BY_THE = r"[ \t]*,?[ \t]*(?:near|on|along|at|by|close[ \t]+to)[ \t]+(?:the[ \t]+)?"
_BY_THE_BETWEEN = re.compile(_BY_THE)
_ACROSS_BETWEEN = re.compile(_BY_THE + r"(?:border|frontier)[ \t]+(?:with|of)[ \t]+(?:the[ \t]+)?")
# the same told in an apposition: "Lere, a border town next to Mauritania", "Boni, a village near the border with
# Burkina Faso", "Tera, a town close to the Burkina Faso border" (the border word in it or after the country)
_APPOSED_BY = (r"[ \t]*,[ \t]*(?:an?|the)[ \t]+(?:(?:small|remote|rural|farming|market|mining)[ \t]+)?(?P<bt>border[ \t]+)?"
               r"(?:town|village|city|locality|hamlet|commune|post|outpost|area)[ \t]+(?:located[ \t]+|situated[ \t]+|lying[ \t]+)?"
               r"(?:near|next[ \t]+to|close[ \t]+to|on|along|by|at)[ \t]+(?:the[ \t]+)?")
_APPOSED_ACROSS = re.compile(_APPOSED_BY + r"(?:(?P<bw>(?:border|frontier)[ \t]+(?:with|of)[ \t]+(?:the[ \t]+)?))?")
# and by a town: "Sona, a village near Djibo", "Kiri, a hamlet not far from Tera" (the first lies by the second)
_APPOSED_NEAR = re.compile(_APPOSED_BY.replace(r"(?:near|next[ \t]+to|close[ \t]+to|on|along|by|at)",
                                               r"(?:near|next[ \t]+to|close[ \t]+to|not[ \t]+far[ \t]+from|outside)"))
_PAIR_JOIN = re.compile(r"[ \t]*(?:-|–|/|and)[ \t]*")  # "the Niger-Mali border", "the Mali and Niger border"
_BETWEEN_BORDER = re.compile(_BY_THE + r"(?:border|frontier)[ \t]+(?:(?:area|region|zone)[ \t]+)?between[ \t]+"
                             r"(?:the[ \t]+)?")


def _border_pairs(text: str, mentions: list[Candidate], info: dict[str, _NameInfo]) -> dict[int, frozenset[str]]:
    """The two countries a place is told to lie on the border of ("Kalachi on the Niger-Mali border", "a village
    near the border between Mali and Niger"), by id of the place's mention: it may lie in either, whichever country
    the text's actors or other places point to."""
    def country(m: Candidate) -> str | None:
        c = info[m.key].cands if m.kind == "name" else ()
        return str(c[0][2]) if c and c[0][4] == "country" else None
    out: dict[int, frozenset[str]] = {}
    for a, b, c in zip(mentions, mentions[1:], mentions[2:]):
        if a.kind != "name" or (cb := country(b)) is None or (cc := country(c)) is None \
                or _PAIR_JOIN.fullmatch(text, b.end, c.start) is None:
            continue
        if _BY_THE_BETWEEN.fullmatch(text, a.end, b.start) is not None and _BORDER_AFTER.match(text, c.end) \
                or _BETWEEN_BORDER.fullmatch(text, a.end, b.start) is not None:
            out[id(a)] = frozenset({cb, cc})
    return out


# a place told to lie by the border of a country ("Dangatene, on the border between Mali and Guinea", "Bossey
# Bangou near the border with Burkina Faso", "Kiri, close to the Burkina Faso border"): of its namesakes, the one by
# that border, by as much as _W_BY_BORDER at the outline and nothing from _BY_BORDER_KM inland
_W_BY_BORDER = 2.5
_BY_BORDER_KM = 150.0


# "the Zinda area of Gao", "the Tanghin district of Ouagadougou": a quarter of a town, at most this far from its point;
# so is a market named after its quarter, of or in the town ("the Medine market in Sikasso": not Medine, Kayes); the
# quarter's name may run on past the word the gazetteer knows ("the Medina Coura area of Bamako")
_QUARTER_BETWEEN = re.compile(r"(?:[ \t-]+[A-Z][\w'’]*){0,2}[ \t]+(?:(area|district|neighbou?rhood|quarter|sector|suburb)[ \t]+of|(market)[ \t]+(?:of|in))"
                              r"[ \t]+(?:the[ \t]+)?(?:(?:town|city)[ \t]+of[ \t]+)?")
_QUARTER_KM = 15.0
_CITY_PART_KM = 20.0  # the farthest a borough or a quarter written before a city's name lies from the city's point
# "Roanoke Park in Kansas City", "Sunset Memorial Park in South Charleston" (a name the gazetteer has with "Park", "Hampton
# Park", and then " in ")
_PARK_IN_BETWEEN = re.compile(r"[ \t]+(?:Memorial[ \t]+|City[ \t]+|State[ \t]+)?Park[ \t]+in[ \t]+")
_IN_BETWEEN = re.compile(r"[ \t]+in[ \t]+")
# "in Chicago's southwest suburbs", "in Atlanta's northern exurbs": a town around the city, not inside it ("Hampton
# Park in Charleston's West Side" is still the city's park)
_SUBURBS_AFTER = re.compile(r"['’]s?[ \t]+(?:[\w-]+[ \t]+){0,2}(?:suburbs?|exurbs?|outskirts|metro(?:politan)?[ \t]+area)\b",
                               re.IGNORECASE)
_PARK_TOWN_KM = 50.0  # the farthest a town named "... Park" lies from the town "in" which the text puts it, as a suburb
# a name, a comma and the country or region told to hold it: ", a village in central Mali", ", in northern Burkina Faso",
# ", a town in the north of"
_IN_UNIT_BETWEEN = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+(?:(?:small|remote|rural|border|farming|fishing|mining|market)\s+)?"
                              r"(?:village|town|city|hamlet|community|locality|commune|settlement)\s+)?in\s+(?:the\s+)?"
                              r"(?:(?:far\s+|extreme\s+)?(?:north|south|east|west|central|centre|center|northern|southern|"
                              r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|"
                              r"northwest|southeast|southwest)\s+(?:of\s+|part\s+of\s+)?)?", re.IGNORECASE)
# a comma between a name and the unit after it, which may be told by its noun: "Baye, Cercle of Bankass", "Konsiga,
# the region of Kayes" (group 1: the noun)
# between a unit and the country told to hold it: "the Gourma| region of |Mali", "the Soum| province of |Burkina Faso"
_UNIT_OF_COUNTRY_BETWEEN = re.compile(r"[ \t]+(?i:region|province|department|district|prefecture|cercle|circle|state)"
                                      r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_UNIT_OF_BETWEEN = re.compile(r"\s*,\s*(?:(?:the[ \t]+)?((?i:cercle|circle|province|region|department|commune|"
                              r"municipality))[ \t]+of[ \t]+(?:the[ \t]+)?)?")
_LIST_NEXT = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?[A-Z]|(?:and|or|&)[ \t]+[A-Z]|[A-Z])")
_COMMUNE_WORD_AFTER = re.compile(r"[ \t]+(?:[Rr]ural[ \t]+|[Uu]rban[ \t]+)?(?:[Cc]ommune|[Mm]unicipality)\b")
_COMMUNE_KM = 75.0  # the farthest a village lies from the seat of the commune a hierarchy puts it in
# the farthest a spelling guess outside the admin1 units the text names may lie from one of their points (a region
# redrawn since GeoNames coded its villages keeps them near)
_UNIT_KM = 100.0


# a people's settlement: "the Dogon village of", "Dogon hamlets", "the Gourmantche community of"; a community not
# followed by its place is people ("members of the Gourmantche community"), a weaker cue: of the people's countries,
# not of its regions (a namesake in Sierra Leone is not the one meant, one in the next region of Burkina Faso may be)
_SETTLEMENT_OF_PEOPLE = re.compile(r"[ \t]+(?:villages?|hamlets?|settlements?|camps?|localit(?:y|ies)|"
                                   r"communit(?:y|ies)(?=\s+of\b))\b")
_COMMUNITY_OF_PEOPLE = re.compile(r"[ \t]+communit(?:y|ies)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _outside_people(text: str, start: int, best: Place,
                    peoples_at: Sequence[tuple[int, int, frozenset[tuple[str, str]]]]) -> bool:
    """Whether the sentence of the mention at `start` tells of a settlement of a people that lives in one known area
    ("the Dogon hamlet of Kotikoi (coded as Baye ...)", "the Dogon village of Boila") and `best` lies outside that
    area: the village meant is one of the people's the gazetteer lacks, not a namesake elsewhere."""
    for st, en, units in peoples_at:
        people_only = _SETTLEMENT_OF_PEOPLE.match(text, en) is None
        if people_only and not _COMMUNITY_OF_PEOPLE.match(text, en):
            continue
        lo, hi = min(st, start), max(st, start)
        if hi - lo > 200 or _SENTENCE_END.search(text, lo, hi):
            continue  # (another sentence's people)
        if people_only:
            if best.country_code not in {cc for cc, _ in units}:
                return True
        elif (best.country_code, admin1_key(best.admin1 or "")) not in units:
            return True
    return False


def _admin2_points(gaz: Gazetteer, cc: str) -> list[tuple[float, float]]:
    """The points of a country's admin2 units (an imported cercle's is its seat), built once per gazetteer."""
    table = gaz.memo.get("admin2 points")
    if table is None:
        pts: defaultdict[str, list[tuple[float, float]]] = defaultdict(list)
        for r in gaz.places.rows:
            if r[9] == "admin2":
                pts[str(r[2])].append((float(r[6]), float(r[7])))  # type: ignore[arg-type]
        table = gaz.memo["admin2 points"] = dict(pts)
    return table.get(cc, [])  # type: ignore[union-attr, no-any-return]


def _eponymous_unit(gaz: Gazetteer, ni: _NameInfo, key: str, best: Place | None = None) -> tuple[str, str] | None:
    """The admin1 unit (country, code) a town named like it stands for: "Tillabery" is only the town's spelling in
    GeoNames; the region is "Tillaberi"."""
    sk = spelling_skeleton(key)
    for c in ni.cands:
        if c[4] != "place" or not c[3] or (best is not None and (c[2], c[3]) != (best.country_code, best.admin1_code)):
            continue
        unit = gaz.admin1_place(c[2], c[3])
        if unit is not None and spelling_skeleton(fold(unit.name)) == sk:
            return c[2], c[3]  # type: ignore[return-value]
    return None


_DATELINE = re.compile(r"(?:,[ \t]*[A-Z][\w.]*)?[ \t]*(?:—|–|--|-|\(|,)")


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end], in capitals, opens a dateline: "TORRINGTON — City Council ...",
    "CHARLESTON, W.Va. -", "LOUISVILLE, KY (WAVE) -" at the start of a line or a sentence."""
    return text[start:end].isupper() and _DATELINE.match(text, end) is not None and (
        start == 0 or text[start - 1] in "\n\r" or text[max(0, start - 2):start] in (". ", "\n ", "  "))


def _vowel_variant(a: str, b: str) -> bool:
    """Two spellings of one name that differ only in vowels, letter for letter ("idleb" and "idlib")."""
    vowels = set("aeiouy")
    return len(a) == len(b) and a != b and all(x == y or (x in vowels and y in vowels) for x, y in zip(a, b))


# a text about Africans abroad: migrants, refugees, a diaspora, a mission ("Moroccan migrants stormed the fence at
# Melilla", "Congolese protesters clashed with police in Ixelles"); and the size of a town of another continent below
# which a text about African countries only does not happen there (Moura, Portugal, some 9,000; not Melilla, 86,000)
_ABROAD_CUE = re.compile(r"\b(?:migrants?|migration|refugees?|asylum|diaspora|exiles?|expatriates?|embass(?:y|ies)|"
                         r"consulates?|abroad|overseas|emigr\w*|immigr\w*|Europe|European)\b", re.IGNORECASE)
_FAR_HAMLET = 20_000
# a force's noun after a demonym: the nationality of troops or fighters, not of the scene ("Russian fighters", "French
# troops"; not "French youths", "Senegalese vendors": people of the place may be any nation's)
_FORCE_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|fighters|mercenaries|army|military|jets|"
                               r"drones|warplanes|paratroopers|commandos|marines|legionnaires|instructors|trainers|"
                               r"advisers|advisors|contingents?|peacekeepers|paramilitaries|special\s+forces)\b",
                               re.IGNORECASE)


def _keep(text: str, m: Candidate, best: Place, tx: TextView, dominant: str | None, countries: set[str],
          admin1_named: set[tuple[str, str | None]], before: str, within: Candidate | None,
          in_hierarchy: bool = False, framed: frozenset[str] | set[str] = frozenset(), *,
          focus: frozenset[str] = frozenset(), worn: frozenset[str] = frozenset()) -> bool:
    """Whether a resolved mention is a place at all (the recognition decisions that need the referent). `framed`:
    the countries the text names, else the region the user follows (imported dumps), else none (`focus`: the
    region's countries when the text names no country and `framed` is that region; `worn`: those named only by a
    demonym or as an actor's adjective, "Russian fighters", "French troops", no scene of the text)."""
    if in_hierarchy and within is not None and within.best is not None and within.best.feature != "continent" \
            and best.country_code != within.best.country_code and best.feature != "country":
        return False  # "(Ber, Tombouctou)": a Ber abroad is not the unit written inside Tombouctou
    if in_hierarchy and best.feature != "continent":
        return True  # a unit written out after a name: "(Guidan Sori, Maradi)", "Ayorou, Tillabery"
    if within is not None and within.best is not None and within.best.feature in ("country", "admin1", "admin2", "place") \
            and best.feature == "place" and best.country_code != within.best.country_code:
        return False  # "the village of Lassa, Soum Province": a Lassa of Mali is not the one the text puts in Soum;
        # nor, where the name after the comma is read as a town, a town of another country: "Suba, Migori, Homa
        # Bay": a Suba the gazetteer has only abroad is a local name it lacks, not placed by Migori
    if within is not None and within.best is not None and best.country_code == within.best.country_code \
            and (within.best.feature == "country" or best.admin1_code == within.best.admin1_code):
        return True  # placed by the text in its unit: "Teguey, Tillaberi", "Dan Dela (Guidan Sori, Maradi)"
    cue = has_cue(before) or _CODED_BEFORE.search(before) is not None  # ("coded as Ouenkoro": where the source codes)
    admin_after = bool(ADMIN_AFTER.match(text[m.end:m.end + 20]))
    if best.feature in ("country", "continent"):
        return True
    known = countries | framed
    abroad = bool(known) and best.country_code not in known and within is None and best.feature in ("place", "admin2")
    # (the nationality of a force or fighters from beyond Africa is no scene: "Malian troops and Russian fighters
    # executed 30 civilians in Moura" is still a text about Mali only)
    scenes = known - (worn - AFRICA)
    other_continent = abroad and best.country_code not in AFRICA and bool(scenes) and all(cc in AFRICA for cc in scenes) \
        and not _ABROAD_CUE.search(text)
    if abroad and (_VILLAGE_TOLD.search(before) and (best.feature == "admin2" or best.population >= SMALL_CITY)
                   or other_continent and (best.feature == "admin2" or best.population < _FAR_HAMLET)):
        return False  # a name read as a unit or a town abroad, in a text whose countries are known: what the text
        # calls a village is no city nor district ("Nigerien troops clashed with jihadists near the village of Lima"
        # is no Lima of Peru), and a text about African countries only, no migrants' story, does not happen in a
        # small town of another continent ("Malian soldiers killed 30 civilians in Moura" is no Moura of Portugal): a local name the
        # gazetteer lacks, kept as written
    span = text[m.start:m.end]
    if span.isupper() and best.feature == "place":
        # a dateline ("TORRINGTON — City Council ...", "CHARLESTON, W.Va. -") names where the story is; other
        # words in capitals (a headline, a shouted word) only when the place is big enough to be meant
        if _dateline(text, m.start, m.end):
            return True
        if best.population < 50_000 and not re.match(r"\s*[,(—–-]", text[m.end:m.end + 3]):
            return False
    # a town (not a metropolis) known by this name only as an alternate one, abroad or in a text naming no country
    if best.feature == "place" and best.population < 1_000_000 \
            and (best.country_code not in framed if framed else within is None) \
            and m.key not in name_keys(best.name) and fold(best.name) != m.key:
        if framed and not (focus and best.population >= _AFRICAN_TOWN_SPELLING and best.country_code in AFRICA
                           and len(m.key) > 5 and not _VILLAGE_TOLD.search(before)):
            return False  # a town abroad known by this name only as an alternate one ("Ber" for Véroia, "Boni" for
            # Bonn); not a city of Africa beyond the region followed, by an English spelling of its name ("Nekemt"
            # for Nek'emte)
        if (len(m.key) <= 5 and m.key not in re.split(r"[\s'’-]+", fold(best.name))
                and not (len(m.key) >= 4 and _vowel_variant(m.key, fold(best.name)))) \
                or (best.population >= SMALL_CITY and _VILLAGE_TOLD.search(before)):
            return False  # a text naming no country: a short name a town has only as an alternate one ("in Boni"
            # is not Bonn, "Pensa" not Penza: short names are many villages' own), unless it is a word of the town's
            # own name cut short ("Konni" for Birni N'Konni) or the name respelled in its vowels ("Idleb" for Idlib,
            # "Siby" for Sibi); and a city known by the name only as an alternate one is not "the village of" it
    if framed and best.feature == "place" and best.country_code not in framed and best.country_code not in countries \
            and best.population < 50_000 and within is None:
        return False  # a small town of a country the text never names, in a text that names its countries: a local
        # name the gazetteer lacks ("the 'Fada Region'" of Burkina Faso is not Chad's Fada)
    if focus and best.feature == "place" and best.country_code not in framed and best.population < 1_000_000 \
            and not (best.population >= _AFRICAN_CITY and best.country_code in AFRICA and not _VILLAGE_TOLD.search(before)) \
            and not (best.population >= _AFRICAN_TOWN_SPELLING and best.country_code in AFRICA and len(m.key) > 5
                     and not _VILLAGE_TOLD.search(before)) \
            and not (admin_after and best.country_code in AFRICA) \
            and not (best.population >= _NAMESAKE_TOWN and best.country_code in AFRICA and not _VILLAGE_TOLD.search(before)
                     and (m.key in name_keys(best.name) or fold(best.name) == m.key)):
        return False  # a text naming no country, read in the region the user follows: "Salla", "Bima" are its
        # villages the gazetteer lacks, not the towns of Finland or Indonesia (but a city of Africa, beyond the
        # import, that outranked the region's homonyms: "protesters in Zaria", "clashes in Malakal"; not a name
        # the text calls a village, "attacked the village of Medea", which is no city of 100,000; nor a town of
        # Africa told as its unit: "Kasserine governorate")
    if best.feature == "place" and best.population < VILLAGE \
            and (best.country_code, best.admin1_code) not in admin1_named:
        if best.country_code not in countries and (
                not (last_word(before) in CUE_LAST and VILLAGE_CUE.search(before))
                or (framed and best.country_code not in framed)):
            return False  # a village abroad: "a base in Boulikessi, Mali" is not Burkina Faso's Boulikessi
        if focus and admin1_named and not any(u[0] == best.country_code for u in admin1_named):
            return False  # a text naming no country that names first-level units of other countries only: a
            # village of this one is not meant ("a camp in Gourma Rhaous, in Tombouctou": not Gourma, Burkina Faso)
    # "the Sahel": a geographic region, not the admin unit of another country; but a unit named as one ("in the
    # Menaka region") of a country the text is read in, where the dominant country is only a foreign force's
    # people or army ("French forces raided a camp in the Menaka region"), is that unit
    foreign_force = admin_after and best.country_code in focus and dominant not in focus
    if best.feature == "admin1" and dominant is not None and best.country_code != dominant and not foreign_force and (
            re.search(r"\bthe\s+$", before, re.IGNORECASE)
            or not (cue or admin_after or best.country_code in countries)):
        return False
    if within is not None or cue or admin_after:
        return True
    if best.feature == "place":
        # a small place with no cue and no country support is more likely a word or a name
        if best.country_code not in countries and best.population < 50_000:
            return False
        if best.population < 100_000:
            # known to the gazetteer only by an alternate name ("Hamas" for Hamm)
            if m.key not in name_keys(best.name) and fold(best.name) != m.key:
                return False
            # a word the article also writes in lower case ("war", "center") is that word at a sentence start
            if " " not in m.key and tx.used_in_lower_case(m.key):
                return False
    return True


def _at_border(text: str, m: Candidate) -> bool:
    """Whether a country's name is told as a border ("near the border with Mali", "the Niger border")."""
    return _BORDER_AFTER.match(text, m.end) is not None or _after_border(text[max(0, m.start - 60):m.start])


def _other_name_in(mentions: Sequence[Candidate], m: Candidate, cc: str) -> bool:
    """Whether another name the text gives than `m`'s is placed in the country `cc`."""
    return any(o.key != m.key and o.kind == "name" and o.best is not None and o.best.country_code == cc
               for o in mentions)


_CROSS_BORDER = re.compile(r"\b(?:cross(?:ed|es|ing)?\s+(?:the\s+|into\s+)?(?:border|frontier)|across\s+the\s+"
                           r"(?:border|frontier)|cross-border|hot\s+pursuit)\b", re.IGNORECASE)
# an air arm or its strikes: "the Burkinabe air force", "Nigerien drones", "Malian army helicopters", "airstrikes"
_AIR_ARM = re.compile(r"\b(?:air ?forces?|airstrikes?|aircraft|drones?|helicopters?|jets?|warplanes?|planes?)\b",
                      re.IGNORECASE)


def _looks_like_place_actor(a: ActorMention, gaz: Gazetteer) -> bool:
    """Actor mentions that are also plain names of countries or their regions ("Niger", "Russia") must not hide
    the place; an acronym that is some village's name ("FAMa", the Malian army, not Fama) hides it."""
    text = a.text.strip()
    if not (text[:1].isupper() and " " not in text and a.kind in ("state", "external")):
        return False
    rows = gaz.places.rows
    return any(rows[i][9] in ("country", "admin1") for i in gaz.lookup_ids(" ".join(fold(text).split())))


# place mentions that do not say where something happened: a people's country ("Malian soldiers"), a country named
# as an actor or a modifier ("Mali's army", "Mali-based"), where people came from, a border
NOT_SCENE = ("border", "demonym", "actor", "modifier", "origin")


def dominant_country(places: list[PlaceMention], *, datelines: bool = True) -> str | None:
    """The country an article is about: votes of its place mentions, the lead sentence's counting three times
    (a story names its scene first; background and comparison come later). Border mentions, demonyms ("French
    troops"), countries named as actors or as adjectives ("US troops", "US drones") do not vote; a mention with a
    place cue ("in Niger") counts twice. With `datelines` False, where the story was filed has no vote (for callers
    that ask the sides before it: "DAKAR (Reuters) - Malian troops clashed ... near Boni")."""
    if not datelines:
        places = [p for p in places if p.context != "dateline"]
    votes: dict[str, float] = {}
    first = min((p.sentence for p in places if p.sentence >= 0), default=0)
    for p in places:
        if p.context in NOT_SCENE or not p.country_code:
            continue
        weight = 2 if p.context in ("in", "near", "region") else 1  # "in Niger" says where; a bare "Niger" may not
        if p.context == "dateline":
            # where the story was filed ("DAKAR, Senegal (AP) — ... in western Niger"): a vote below any place the
            # story itself names, not a lead sentence's
            votes[p.country_code] = votes.get(p.country_code, 0) + 0.4
            continue
        votes[p.country_code] = votes.get(p.country_code, 0) + weight * (3 if p.sentence == first else 1)
    return max(votes, key=lambda k: votes[k]) if votes else None
