"""The brief's generated sentences: plain and factual, built only from stored field values."""

from __future__ import annotations

import re
from datetime import date

from sitrep.model import Event

__all__ = ["change", "date_phrase", "date_value", "day", "short_day", "when", "development_kind", "event_sentence", "place_phrase", "prose_name",
           "span", "where_short"]

_PERIOD = re.compile(r"\s+\(\d{4}-(?:\d{4})?\)$")  # ACLED's period qualifier: "Military Forces of Niger (2023-)"


_GROUP = re.compile(r"^(Civilians|Protesters|Rioters) \((.+)\)$")  # "Civilians (Mali)"


def prose_name(actor: str | None) -> str:
    """An actor name for a sentence: ACLED's name without its period qualifier; 'Civilians (Mali)' -> 'civilians'."""
    name = _PERIOD.sub("", actor or "").strip()
    m = _GROUP.match(name)
    return m.group(1).lower() if m else name


def day(d: date | None) -> str:
    return "an unknown date" if d is None else f"{d.day} {d:%B %Y}"


def span(a: date, b: date) -> str:
    """'1 March – 30 April 2024', '1–30 April 2024', '30 December 2023 – 29 February 2024'."""
    if a == b:
        return day(a)
    if a.year != b.year:
        return f"{day(a)} – {day(b)}"
    if a.month != b.month:
        return f"{a.day} {a:%B} – {day(b)}"
    return f"{a.day}–{b.day} {b:%B %Y}"


def change(now: int, before: int) -> str:
    """'+4', '−3' (a minus sign), '±0'."""
    d = now - before
    return "±0" if d == 0 else (f"+{d:,}" if d > 0 else f"−{-d:,}")


def short_day(d: date | None) -> str:
    """'20 Mar 2024' (tables)."""
    return "—" if d is None else f"{d.day} {d:%b %Y}"


def when(ev: Event) -> str:
    """The event's date as precisely as it is known: '23 March 2024', '1–10 April 2024', 'March 2024'."""
    if ev.event_date is None:
        return "undated"
    if ev.time_precision == 1 or (ev.date_start and ev.date_start == ev.date_end):
        return day(ev.event_date)
    if ev.time_precision == 2 and ev.date_start and ev.date_end:
        return span(ev.date_start, ev.date_end)
    return f"{ev.event_date:%B %Y}"


def date_value(value: str) -> str:
    """A stored date value ('2024-03-15' or '2024-03-11..2024-03-20') as words; other text unchanged."""
    try:
        if ".." in value:
            a, b = value.split("..", 1)
            return span(date.fromisoformat(a), date.fromisoformat(b))
        return day(date.fromisoformat(value))
    except ValueError:
        return value


def date_phrase(ev: Event) -> str:
    """'On 12 March 2024', 'Between 17 and 23 March 2024' (time_precision 2), 'In March 2024' (3)."""
    if ev.event_date is None:
        return "On an unknown date"
    if ev.time_precision == 1 or (ev.date_start and ev.date_start == ev.date_end):
        return f"On {day(ev.event_date)}"
    if ev.time_precision == 2 and ev.date_start and ev.date_end:
        return f"Between {span(ev.date_start, ev.date_end).replace(' – ', ' and ').replace('–', ' and ', 1)}"
    return f"In {ev.event_date:%B %Y}"


def _village_apart(ev: Event) -> bool:
    """Does the event name a village the gazetteer lacks beside the place it is placed at?"""
    return bool(ev.location_text and ev.location and ev.location_text != ev.location)


def place_phrase(ev: Event, *, with_country: bool) -> str:
    """'near Ayorou (Tillaberi)', 'in Tillaberi', 'in Niger' (the preposition from geo_precision)."""
    bits = []
    if _village_apart(ev):
        # a village the gazetteer lacks, placed at the town or unit named with it: 'in Kabougou (near Tansarga, Est)'
        where = ("near " if ev.geo_precision == 2 else "") + ev.location
        if ev.admin1 and ev.admin1 != ev.location:
            where += f", {ev.admin1}"
        bits.append(f"in {ev.location_text} ({where})")
        if with_country and ev.country:
            bits[-1] += f", {ev.country}"
    elif ev.location and ev.location != ev.country:
        where = ev.location
        if ev.admin1 and ev.admin1 != ev.location:
            where += f" ({ev.admin1})"
        bits.append(("near " if ev.geo_precision == 2 else "in ") + where)
        if with_country and ev.country:
            bits[-1] += f", {ev.country}"
    elif ev.country:
        bits.append(f"in {ev.country}")
    return bits[0] if bits else "at an unknown place"


def where_short(ev: Event) -> str:
    """'Ayorou (Tillaberi)', 'Tillaberi', 'Niger' or '?'; a village the gazetteer lacks with the place it is placed at,
    'Kabougou (Tansarga)'."""
    if _village_apart(ev):
        return f"{ev.location_text} ({ev.location})"
    if ev.location and ev.location != ev.country:
        return ev.location + (f" ({ev.admin1})" if ev.admin1 and ev.admin1 != ev.location else "")
    return ev.country or "?"


_VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Sexual violence": "committed sexual violence against",
    "Remote explosive/landmine/IED": "hit {} with an explosive device",
    "Air/drone strike": "carried out an air or drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Grenade": "threw a grenade at",
    "Peaceful protest": "demonstrated",
    "Protest with intervention": "demonstrated and were confronted by",
    "Excessive force against protesters": "demonstrated and were met with force by",
    "Violent demonstration": "rioted",  # "confronted {actor2}" when there is one
    "Mob violence": "attacked",
}


def _sides(ev: Event) -> tuple[str, str]:
    """Who deaths_a and deaths_b count: the state side is side A when a state takes part (UCDP)."""
    a1, a2 = prose_name(ev.actor1) or "unidentified attackers", prose_name(ev.actor2) or "the other side"
    if ev.inter1 != 1 and ev.inter2 == 1:
        return a2, a1
    return a1, a2


def _toll(ev: Event) -> str:
    """'33 killed (12 Military Forces of Niger, 21 Islamic State (Sahel)), 8 wounded'."""
    bits = []
    if ev.fatalities:
        side_a, side_b = _sides(ev)
        parts = [(n, who) for n, who in ((ev.deaths_a, side_a), (ev.deaths_b, side_b),
                                         (ev.deaths_civilians, "civilians")) if n]
        named = [f"{n:,} civilians" if who == "civilians" else f"{n:,} on the side of {who}" for n, who in parts]
        rest = ev.fatalities - sum(n for n, _ in parts)
        if named and rest > 0:
            named.append(f"{rest:,} not attributed")
        bits.append(f"{ev.fatalities:,} killed" + (f" ({', '.join(named)})" if named else ""))
    for n, word in ((ev.wounded, "wounded"), (ev.abducted, "abducted"), (ev.arrested, "arrested")):
        if n:
            bits.append(f"{n:,} {word}")
    return ", ".join(bits)


def event_sentence(ev: Event, *, with_country: bool = True) -> str:
    """One sentence on a violent event, a protest or a riot, e.g. 'On 12 March 2024, Islamic State (Sahel)
    clashed with Military Forces of Niger near Ayorou (Tillaberi): 33 killed (12 Military Forces of Niger, 21
    Islamic State (Sahel)), 8 wounded. Islamic State (Sahel) claimed responsibility.'"""
    if ev.event_type == "Strategic developments":
        return development_sentence(ev, with_country=with_country)
    a1 = prose_name(ev.actor1) or "unidentified actors"
    a2 = prose_name(ev.actor2)
    where = place_phrase(ev, with_country=with_country)
    verb = _VERBS.get(ev.sub_event_type, "attacked")
    if ev.event_type in ("Protests", "Riots") and ev.sub_event_type in ("Peaceful protest", "Violent demonstration"):
        s = f"{a1} confronted {a2} {where}" if a2 and verb == "rioted" else f"{a1} {verb} {where}"
    elif "{}" in verb:
        s = f"{a1} {verb.format(a2 or 'a target')} {where}"
    elif verb.endswith(("by", "with", "on", "against", "at", "from")) or verb in ("attacked", "abducted", "shelled"):
        s = f"{a1} {verb} {a2 or 'unidentified targets'} {where}"
    else:
        s = f"{a1} {verb} {where}"
    s = f"{date_phrase(ev)}, {s}"
    toll = _toll(ev)
    s += f": {toll}." if toll else "."
    if ev.claim:
        s += f" {prose_name(ev.claim)} claimed responsibility."
    return s


_KINDS = {
    ("AGREE", "agreement"): "Agreement",
    ("REJECT", "agreement"): "Agreement revoked",
    ("CONCEDE", "withdraw"): "Withdrawal announced",
    ("RETREAT", "withdraw"): "Withdrawal",
    ("RETREAT", "return"): "Handover",
    ("AID", "military"): "Military aid or deployment",
    ("COERCE", "arrest"): "Arrests",
    ("COERCE", "ban"): "Security measure (curfew, ban, state of emergency)",
    ("THREATEN", "general"): "Threats against people",
}


def development_kind(ev: Event) -> str:
    """A short label from the PLOVER category and mode: 'Agreement', 'Withdrawal announced', …"""
    kind = _KINDS.get((ev.plover_category or "", ev.plover_mode or ""))
    if kind:
        return kind
    return ev.sub_event_type if ev.sub_event_type and ev.sub_event_type != "Other" else "Strategic development"


def development_sentence(ev: Event, *, with_country: bool = True) -> str:
    """'On 27 March 2024, in Niamey: withdrawal announced by Military Forces of Niger.'"""
    kind = development_kind(ev)
    a1, a2 = prose_name(ev.actor1), prose_name(ev.actor2)
    if kind == "Agreement" and a1 and a2:
        who = f" between {a1} and {a2}"
    elif kind == "Military aid or deployment" and a1:
        who = f" from {a1}" + (f" to {a2}" if a2 else "")
    elif kind == "Handover" and a1:
        who = f" by {a1}" + (f" to {a2}" if a2 else "")
    elif a1:
        who = f" by {a1}" + (f", with {a2}" if a2 else "")
    else:
        who = ""
    return f"{date_phrase(ev)}, {place_phrase(ev, with_country=with_country)}: {kind.lower()}{who}."
