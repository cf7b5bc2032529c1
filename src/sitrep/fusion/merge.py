"""Merge event mentions from different articles that describe the same happening, keeping every value."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from sitrep.coding.actors import strip_period
from sitrep.geo.gazetteer import fold, haversine_km
from sitrep.model import Disagreement, Event

__all__ = ["FOLLOW_UP_SLACK", "MAX_DATE_SLACK", "WEEK_OFF_SLACK", "compatible", "date_slack", "kinds_to_search",
           "merge", "merges_with"]

_FIGURE_FIELDS = ("fatalities", "wounded", "abducted", "arrested", "deaths_a", "deaths_b", "deaths_civilians")


_SLACK = {1: timedelta(days=2), 2: timedelta(days=7), 3: timedelta(days=15)}  # by time_precision
MAX_DATE_SLACK = timedelta(days=15)  # no two compatible events are further apart than their ranges plus this

# Kinds of happening two outlets read differently from one shooting: an attack on people to one, a fight to the
# other (the victim fired back, the police exchanged fire). Reports of those kinds are one happening when they put
# it at the same place (both at a place's precision, this close) on compatible days; the first report's kind stays
# and the other is kept as a disagreement.
_SIBLING_KINDS = (frozenset({("Battles", "Armed clash"), ("Violence against civilians", "Attack")}),)
_SAME_PLACE_KM = 1.0
# two reports each at a place's precision name different places beyond this: two villages, not one happening
# (a town and its neighbourhood are closer; a big city's are not: Chicago's Auburn Gresham is 12 km from the
# city's point, and one outlet's "Chicago" and another's "Auburn Gresham" are then two events)
_SEPARATE_PLACES_KM = 10.0
# place precisions that tell where a happening was (a town or a district), not only its county, province or country
_TOLD_PLACE = (1, 2)


def merges_with(event_type: str | None, sub_event_type: str | None) -> frozenset[tuple[str | None, str | None]]:
    """The (type, sub-type) pairs whose reports may be merged with a report of this kind: itself, and its
    siblings at the same place."""
    kind = (event_type, sub_event_type)
    out = {kind}
    for sib in _SIBLING_KINDS:
        if kind in sib:
            out |= sib
    return frozenset(out)


def kinds_to_search(own: tuple[Any, ...], kinds: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Of `kinds` ((type, sub-type, PLOVER category) keys of stored or pending events), those a report of kind
    `own` may merge with: its own kind first, then its siblings' (a report of an attack and of the fight that
    followed goes to the attack and the fight already known, not across)."""
    sib = merges_with(own[0], own[1])
    return sorted((k for k in kinds if k == own or (k[:2] != own[:2] and k[:2] in sib)), key=lambda k: k != own)


def date_slack(time_precision: int | None) -> timedelta:
    """How far apart two reports of one happening may date it, by the time precision of one of them."""
    return _SLACK.get(time_precision, MAX_DATE_SLACK)  # type: ignore[arg-type]


# a date written as a day of a month ("27 November 2020", "Nov. 27", "11/27/2020"), not one read from a weekday or
# "yesterday" against the publication date, where two reports of one happening can differ by a day
# ("Dec. 30th" too; a word that only begins like a month, "2 decades", "Decision 12", is none)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_CALENDAR_DAY = re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|"
                           rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b")


def _calendar_day(phrase: str | None) -> bool:
    return bool(phrase) and _CALENDAR_DAY.search(phrase) is not None


# a day named by its weekday ("Tuesday night", "early Saturday"): two reports that each name their day are a night's
# span apart at most ("Saturday night" and "early Sunday"), not two days ("Tuesday night" and "Thursday night" are
# two nights); a day told against the publication ("today", "last night") may lag by a day more
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_NAMED_DAY_SLACK = timedelta(days=1)


def _named_day(phrase: str | None) -> bool:
    return bool(phrase) and (_WEEKDAY.search(phrase) is not None or _calendar_day(phrase))


# A weekday is read against the report's publication date, and that date is often not the day the report was written
# (an archive's capture, an update's stamp, a follow-up a week on still saying "Sunday"): two reports of one story
# whose days are a week apart, give or take a night, name the same weekday (or the night across two) and tell one day
_WEEK = timedelta(days=7)
# the longest a report's weekday may be read off by: a week and a night's span
WEEK_OFF_SLACK = _WEEK + _NAMED_DAY_SLACK


def _week_off(a: Event, b: Event) -> bool:
    """Are two day-precise reports, one of them dated only by its weekday, a week apart give or take a night?"""
    if not (a.time_precision == b.time_precision == 1 and a.date_start and b.date_start):
        return False
    if not any(_WEEKDAY.search(p or "") and not _calendar_day(p) for p in (a.date_phrase, b.date_phrase)):
        return False
    return abs(abs(a.date_start - b.date_start) - _WEEK) <= _NAMED_DAY_SLACK  # type: ignore[operator]


def _placeless(ev: Event) -> bool:
    """No place more precise than a country: no first-level unit, and no coordinates or only the country's own
    (an event placed at "the United States" is no nearer any one city's shooting than an event placed nowhere)."""
    return not ev.admin1 and (ev.latitude is None or ev.geo_precision == 3)


def _one_place(a: Event, b: Event) -> bool:
    """Do two reports of sibling kinds put their happening at one place? Both at a place's precision within
    `_SAME_PLACE_KM`, or one placed nowhere (the caller has already required both to be in one story then) when both
    tell their day (a placeless report of a week or month, "frequent murders", is no one shooting's) and it names no
    other place: a village the gazetteer does not know is a place too ("shot a policeman in Di" and "killed a villager
    near Gouin" are two villages, not one happening told as a fight and as an attack). A county or province and a
    town in it is not enough: an attack on a village and a fight at another village of the province, days apart, are
    two happenings."""
    if _placeless(a) or _placeless(b):
        na, nb = (_told_unknown(x) if _placeless(x) else x.location for x in (a, b))
        return a.time_precision == b.time_precision == 1 and not (na and nb and not _alike_names(na, nb))
    return a.geo_precision == b.geo_precision == 1 and None not in (a.latitude, a.longitude, b.latitude, b.longitude) \
        and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= _SAME_PLACE_KM  # type: ignore[arg-type]


# ACLED's inter codes of armed sides: state forces, rebels, political and identity militias, external forces (not
# rioters, protesters or civilians, whom every report of a town's happenings may share)
_ARMED_INTER = frozenset({1, 2, 3, 4, 8})
_STATE = re.compile(r"\bof (?:the )?([^()]+?)(?:\s*\(\d{4}-(?:\d{4})?\).*)?$")  # "Police Forces of Niger (2023-)"


def _armed_sides(ev: Event) -> set[str]:
    """The armed sides of a report, as names to compare: a state's forces as its country (one outlet's soldiers are
    another's police or government), a period left out, a group named "A and/or B" as both."""
    out: set[str] = set()
    for name, inter in ((ev.actor1, ev.inter1), (ev.actor2, ev.inter2)):
        if not name or inter not in _ARMED_INTER:
            continue
        state = _STATE.search(name) if inter == 1 else None
        out.update([f"state of {state.group(1)}"] if state else strip_period(name).split(" and/or "))
    return out


def _other_armed_sides(a: Event, b: Event) -> bool:
    """Two reports that each name an armed side and share none: the army's raid on one village and the jihadists'
    killing in the next, or two groups' attacks of one day, are two happenings, however alike their day and place.
    An unidentified group may be anyone, so it is left out of the comparison."""
    sa = {x for x in _armed_sides(a) if not x.startswith("Unidentified")}
    sb = {x for x in _armed_sides(b) if not x.startswith("Unidentified")}
    return bool(sa) and bool(sb) and not sa & sb


def _told_unknown(ev: Event) -> str | None:
    """The name a report gives its scene when the gazetteer does not know it (`Event.location_text`; a store written
    before that field kept it only as a location with no precision)."""
    return ev.location_text or (ev.location if ev.geo_precision is None else None)


_ALIKE_NAMES = 0.8  # difflib's ratio above which two spellings are one village's ("Djaboulam", "Djaboullam")


def _alike_names(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or fa.startswith(fb) or fb.startswith(fa) or \
        difflib.SequenceMatcher(None, fa, fb).ratio() >= _ALIKE_NAMES


def _unknown_places_apart(a: Event, b: Event) -> bool:
    """Two reports that each name a place the gazetteer does not know, and not one place by their spelling
    ("burned a school in Kabougou" and "... in Tiontionga", both placed at their province), or one that names an
    unknown place and nothing the gazetteer knows while the other names another place known as itself (precision 1,
    not "near" it nor a province): two villages ("in Zerma Dare", "in Sabako"; "the village of Leopadi", "Nahi"),
    not one happening, though one or neither is on the map."""
    ta, tb = _told_unknown(a), _told_unknown(b)
    if ta and tb:
        return not _alike_names(ta, tb)
    told, other = (a, b) if ta else (b, a)
    name = ta or tb
    return bool(name) and told.geo_precision is None and other.geo_precision == 1 and bool(other.location) and \
        not _alike_names(name, other.location)  # type: ignore[arg-type]


def _town_and_its_county(a: Event, b: Event) -> bool:
    """Do two reports tell one day, one at a town and the other only at the county (second-level unit) the town is
    in? For sibling kinds within one story: an attack at a town one outlet tells and the exchange of fire another
    places only in its county, on the same day (days apart, or in a county next door, they stay two)."""
    town, county = (a, b) if a.geo_precision == 1 else (b, a)
    return town.geo_precision == 1 and county.geo_precision == 3 and bool(town.admin2) and \
        town.admin2 == county.admin2 and a.time_precision == b.time_precision == 1 and \
        a.date_start == b.date_start and a.date_end == b.date_end


def _town_and_county_named(a: Event, b: Event) -> bool:
    """Does one report name a town and the other, at the precision of a county, that town's county by its name?"""
    town, county = (a, b) if a.geo_precision == 1 else (b, a)
    return town.geo_precision == 1 and county.geo_precision == 3 and bool(town.admin2) and \
        county.location == town.admin2


def _told_alike(a: Event, b: Event) -> bool:
    """Do two reports each tell their happening's day and place, and the same day? What reports the story clustering
    put apart need to be one happening: a city's shootings of one week are so many stories, and a report dated only
    by its week, or placed only in its county or state, is as near one of them as another; a day apart ("Monday
    afternoon", "Tuesday afternoon") is two days then (a night's span between one story's reports stays allowed).
    Not asked of strategic developments (a government revoking an agreement, told weeks apart by its country and
    month): those are not many of one place and week."""
    return a.time_precision == b.time_precision == 1 and a.geo_precision in _TOLD_PLACE and \
        b.geo_precision in _TOLD_PLACE and None not in (a.date_start, a.date_end, b.date_start, b.date_end) and \
        a.date_start <= b.date_end and b.date_start <= a.date_end  # type: ignore[operator]


# Two reports of one story, of one kind and one day's span, that give the same toll of dead and of wounded (both told,
# "one killed and four wounded") tell one shooting, whatever place each was read at: outlets (and the gazetteer)
# disagree on a happening's place more often than a story holds two happenings of one kind and day with the same two
# figures ("a man killed and a woman wounded in Brainerd" and "... in Chicago", read off another name in the text). A
# toll of dead alone ("one civilian killed") is too common to tell two villages' killings of one day apart, and
# reports of different stories, countries, days or sides stay apart. With none dead, this many wounded or more are as
# telling ("four people wounded at a party in Wilmington" and "... in Los Angeles", the city the district is part of);
# one or two wounded are not.
_WOUNDED_ALONE = 3


def _same_toll(a: Event, b: Event) -> bool:
    return bool(a.wounded) and bool(a.fatalities or a.wounded >= _WOUNDED_ALONE) and \
        (a.fatalities or 0, a.wounded) == (b.fatalities or 0, b.wounded)


def _same_dead_and_county(a: Event, b: Event) -> bool:
    """Do two reports give the same dead (some) in a county of the same name?"""
    return bool(a.fatalities) and a.fatalities == b.fatalities and bool(a.admin2) and a.admin2 == b.admin2


# Two reports of one story and kind that tell the same day and the same dead in one county (county and state both
# alike) tell one shooting, though each names another town of the county: outlets name the scene by its borough or
# township, or by the town whose police speak ("killed in Coplay", "... in Macungie"). Days apart, in another county
# or with another toll they stay two (a city's story of one weekend holds many shootings of one dead, each told by
# its own day).
def _one_county_day_and_dead(a: Event, b: Event) -> bool:
    return _same_dead_and_county(a, b) and a.admin1 == b.admin1 and a.time_precision == b.time_precision == 1 and \
        a.date_start is not None and (a.date_start, a.date_end) == (b.date_start, b.date_end)


# A later report of one story that tells the same kind of happening in the same county with the same dead (an arrest,
# a hearing, a funeral, a victim named: "charged Monday in the fatal shooting ... in Tulsa") is the happening it
# follows, though it dates it by its own news (the hearing's weekday, its week): within this many days of it. A
# different toll, county, kind or story is another happening, and so are two reports that each write their day out
# (they tell their own days, as `compatible` reads them).
FOLLOW_UP_SLACK = timedelta(days=60)


def _follows_up(a: Event, b: Event) -> bool:
    return _same_dead_and_county(a, b) and a.date_start is not None and b.date_start is not None and \
        abs(a.date_start - b.date_start) <= FOLLOW_UP_SLACK and \
        not (_calendar_day(a.date_phrase) and _calendar_day(b.date_phrase))


def compatible(a: Event, b: Event, story: Callable[[str | None], str | None] = lambda s: s) -> bool:
    """Same happening? Compatible type, dates within their precision, places close, actors not in conflict.
    A report that places its happening nowhere (or only in a country) is one of another report's happening
    only when both are in one story (`story` maps a story id to the one it was folded into): two riots of one
    day that name no place are no more one riot than two that name different towns. Reports of two stories
    (but strategic developments) must each tell the same day and a town (`_told_alike`); a place the gazetteer
    does not know and a place of another name are two happenings (`_unknown_places_apart`), and so are reports
    whose armed sides differ (`_other_armed_sides`). Reports of one story, kind and day that give the same dead and
    wounded are one happening wherever each was placed (`_same_toll`), and so are those that give the same dead in
    one county (`_one_county_day_and_dead`), and a later report of one story, kind,
    county and dead is the happening it follows up, whatever day it gives (`_follows_up`)."""
    one_story = bool(a.story_id) and story(a.story_id) == story(b.story_id)
    one_kind = one_story and (a.event_type, a.sub_event_type) == (b.event_type, b.sub_event_type)
    same_toll = one_kind and (_same_toll(a, b) or _one_county_day_and_dead(a, b))
    follow_up = one_kind and _follows_up(a, b)
    if ((_placeless(a) or _placeless(b)) and not one_story) or (_unknown_places_apart(a, b) and not same_toll):
        return False
    if a.story_id and b.story_id and not one_story and a.event_type != "Strategic developments" and \
            not _told_alike(a, b):
        return False
    # two reports of one story that name their town alike name one place, wherever the gazetteer put each ("Alpine"
    # read in California by one and in Texas by the other); not a province or district two villages fell back to.
    # So do a town and the county it is in, named as the county, wherever the county was read ("Pine Hills" in
    # Orange County, Florida, and "Orange County" read in California); for one kind (sibling kinds at a town and its
    # county must also tell one day: `_town_and_its_county`)
    alike = one_story and a.geo_precision == b.geo_precision == 1 and bool(a.location) and a.location == b.location
    county_named = one_story and _town_and_county_named(a, b)
    if (a.event_type, a.sub_event_type, a.plover_category) != (b.event_type, b.sub_event_type, b.plover_category):
        if (b.event_type, b.sub_event_type) == (a.event_type, a.sub_event_type) or \
                (b.event_type, b.sub_event_type) not in merges_with(a.event_type, a.sub_event_type):
            return False
        if not (alike or _one_place(a, b) or (one_story and _town_and_its_county(a, b))):
            return False
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if a.date_start and b.date_start and a.date_end and b.date_end:
        slack = max(date_slack(a.time_precision), date_slack(b.time_precision))
        if _calendar_day(a.date_phrase) and _calendar_day(b.date_phrase):
            # two reports that each write their days out ("on 27 November", "between 21 and 22 April") tell their
            # own days: a range told so already holds its uncertainty
            slack = timedelta(0)
        elif a.time_precision == b.time_precision == 1 and _named_day(a.date_phrase) and _named_day(b.date_phrase):
            slack = min(slack, _NAMED_DAY_SLACK)
        if (a.date_start > b.date_end + slack or b.date_start > a.date_end + slack) and \
                not (one_story and _week_off(a, b)) and not follow_up:
            return False
    if not (alike or same_toll or county_named) and None not in (a.latitude, b.latitude, a.longitude, b.longitude):
        if a.geo_precision in (1, 2) and b.geo_precision in (1, 2):
            km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
            if km > 50 or (a.geo_precision == b.geo_precision == 1 and km > _SEPARATE_PLACES_KM):
                return False
        elif a.admin1 and b.admin1 and a.admin1 != b.admin1 and a.event_type != "Strategic developments":
            return False
        elif a.admin2 and b.admin2 and a.admin2 != b.admin2 and a.event_type != "Strategic developments":
            return False  # a town in one province is not a report of what happened in another province
    if a.actor1 and b.actor1 and a.event_type != "Strategic developments":
        actors_a = {a.actor1, a.actor2} - {None}
        actors_b = {b.actor1, b.actor2} - {None}
        if not actors_a & actors_b and not any(x.startswith("Unidentified") for x in actors_a | actors_b):
            return False
    return not _other_armed_sides(a, b)


def _value(ev: Event, name: str) -> str:
    v = getattr(ev, name)
    return "" if v is None else str(v)


def merge(into: Event, new: Event) -> Event:
    """`into` absorbs `new`: sources and evidence added, most precise date and place kept, ACLED's lowest
    fatalities, UCDP low/best/high spread, and every field on which the sources differ recorded."""
    known = {s.article_id for s in into.sources}
    for s in new.sources:
        if s.article_id not in known:
            into.sources.append(s)
    into.evidence.extend(new.evidence)
    # per-field disagreements, the values each source gives
    by_field = {d.field: d for d in into.disagreements}
    first_article = into.sources[0].article_id if into.sources else into.article_id
    for name in _FIGURE_FIELDS + ("event_date", "location", "event_type"):
        va, vb = _value(into, name), _value(new, name)
        if name == "event_type":  # the kind each report gives: "Battles / Armed clash"
            va, vb = f"{va} / {_value(into, 'sub_event_type')}", f"{vb} / {_value(new, 'sub_event_type')}"
        if va and vb and va != vb and not (name in _FIGURE_FIELDS and (va == "0" or vb == "0")):
            d = by_field.get(name)
            if d is None:
                d = Disagreement(name, {first_article: va})
                into.disagreements.append(d)
                by_field[name] = d
            d.values[new.article_id] = vb
    # the most precise date
    if new.date_start and (into.date_start is None or new.time_precision < into.time_precision):
        into.event_date, into.date_start, into.date_end = new.event_date, new.date_start, new.date_end
        into.time_precision, into.date_phrase = new.time_precision, new.date_phrase
    # the most precise place
    if new.geo_precision is not None and (into.geo_precision is None or new.geo_precision < into.geo_precision):
        for f in ("location", "admin1", "admin2", "country", "country_code", "iso", "latitude", "longitude",
                  "geonames_id", "geo_precision", "where_prec", "location_text"):
            setattr(into, f, getattr(new, f))
    for f in ("actor1", "actor2", "inter1", "inter2", "actor1_text", "actor2_text", "claim"):
        if getattr(into, f) is None and getattr(new, f) is not None:
            setattr(into, f, getattr(new, f))
    # ACLED: the lowest reported figure when sources conflict (a source silent on it does not count), side by
    # side: one outlet's "15 soldiers" and another's "12 soldiers and 21 attackers" make 12 + 21 = 33, not 15.
    # The sum of the sides never exceeds the highest total any one source reports (no double counting).
    totals = (into.fatalities or 0, new.fatalities or 0)
    # two reports that harm as many people, one with more dead and as many fewer wounded ("a man was shot and is in
    # critical condition", then "the man shot on Friday has died"): the wounded who died; the report with more dead
    # is the later state of the same people (not the lowest dead with the highest wounded, one person counted twice).
    # Both reports' figures stay shown side by side in the disagreements above, and `low` keeps the lower toll.
    moved = ("fatalities", "wounded", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
    hurt_died = None
    ka, wa, kb, wb = into.fatalities or 0, into.wounded or 0, new.fatalities or 0, new.wounded or 0
    if ka != kb and (wa or wb) and ka + wa == kb + wb:
        hurt_died = [getattr(new if kb > ka else into, f) for f in moved]
    for f in _FIGURE_FIELDS:
        a, b = getattr(into, f), getattr(new, f)
        setattr(into, f, min(a, b) if a and b else (a or b))
    into.deaths_unknown = (min(into.deaths_unknown, new.deaths_unknown) if into.deaths_unknown and new.deaths_unknown
                           else (into.deaths_unknown or new.deaths_unknown))
    sides = (into.deaths_a or 0) + (into.deaths_b or 0) + (into.deaths_civilians or 0) + (into.deaths_unknown or 0)
    if sides:
        into.fatalities = min(sides, max(totals))
    if hurt_died is not None:
        for f, v in zip(moved, hurt_died):
            setattr(into, f, v)
    into.low = min(x for x in (into.low or into.fatalities, new.low or new.fatalities))
    into.high = max(into.high, new.high, new.fatalities)
    into.best = into.fatalities
    into.number_of_sources = len({s.duplicate_of or s.article_id for s in into.sources})  # a wire copy is no new source
    into.confidence = round(min(0.99, max(into.confidence, new.confidence) + 0.05 * (into.number_of_sources - 1)), 2)
    return into
