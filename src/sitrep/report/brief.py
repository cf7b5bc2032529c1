"""Gather a situation report from the store (through sitrep.query) into one typed Brief that the renderers read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sitrep import query
from sitrep.errors import UsageError
from sitrep.model import Event
from sitrep.query import ActorActivity, EventFilter, EventPoint, TypeCount, WeekCount
from sitrep.report import text
from sitrep.report.figures import map_extent
from sitrep.store.db import Store

__all__ = ["Brief", "Citation", "Contradiction", "Development", "Gaps", "KeyEvent", "Period", "Scope",
           "SourceValue", "TypeRow", "build_brief"]

STRATEGIC = "Strategic developments"
DEFAULT_DAYS = 30
MAP_CELLS = 250  # the map's grid: events closer than 1/250 of its width share a marker


@dataclass(frozen=True, slots=True)
class Period:
    since: date
    until: date  # inclusive

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    def label(self) -> str:
        return text.span(self.since, self.until)

    def before(self) -> "Period":
        """The period of equal length that ends the day before this one starts."""
        return Period(self.since - timedelta(days=self.days), self.since - timedelta(days=1))


@dataclass(frozen=True, slots=True)
class Scope:
    country: str | None  # as asked (ISO code or name)
    country_code: str | None
    country_name: str | None
    admin1: str | None
    period: Period
    previous: Period

    @property
    def area(self) -> str:
        """'Tillaberi, Niger', 'Niger', 'all countries'."""
        name = self.country_name or self.country
        if self.admin1:
            return f"{self.admin1}, {name}" if name else self.admin1
        return name or "all countries in the store"

    def filter(self, period: Period | None = None, **kw: object) -> EventFilter:
        p = period or self.period
        return EventFilter(country=self.country, admin1=self.admin1, since=p.since, until=p.until,
                           by_event_date=True, **kw)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class TypeRow:
    event_type: str | None  # None: all types
    current: TypeCount
    previous: TypeCount


@dataclass(frozen=True, slots=True)
class Citation:
    number: int
    article_id: str
    outlet: str | None
    published: date | None
    title: str | None
    url: str | None
    path: str | None

    def label(self) -> str:
        """'Niamey Daily, 13 March 2024' — the outlet (or 'outlet unknown') and the publication date."""
        return f"{self.outlet or 'outlet unknown'}, {text.day(self.published) if self.published else 'undated'}"

    def headline(self) -> str:
        """The title, else the file name it was read from, else the article id."""
        if self.title:
            return self.title
        if self.path:
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return f"article {self.article_id}"


@dataclass(frozen=True, slots=True)
class KeyEvent:
    event_id: str
    event_date: date | None
    event_type: str
    sub_event_type: str
    where: str
    fatalities: int
    sentence: str
    citations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Development:
    event_id: str
    event_date: date | None
    when: str  # '23 March 2024', '1–10 April 2024'
    kind: str  # 'Agreement', 'Withdrawal announced', …
    sentence: str
    quote: str  # the source sentence the event was coded from
    citations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SourceValue:
    citation: int
    outlet: str | None
    value: str


@dataclass(frozen=True, slots=True)
class Contradiction:
    event_id: str
    event: str  # 'Battles, 12 March 2024, near Ayorou (Tillaberi)'
    field: str
    field_label: str  # 'fatalities', 'deaths on the side of Military Forces of Niger', 'date', …
    stored: str  # the value the store keeps
    values: tuple[SourceValue, ...]


@dataclass(frozen=True, slots=True)
class Gaps:
    country_only: int  # events of the period placed only at the country
    region_only: int  # … only at a first- or second-level region
    no_coordinates: int
    week_precision: int  # dated only to within a week or a few days (ACLED time_precision 2)
    month_precision: int  # … to a month or vaguer (3)
    date_bounded: int  # undated by their sources: a claim's or report's date only bounds them
    date_bounded_events: tuple[KeyEvent, ...]
    undated: int  # events of the area with no date at all: in no period
    articles_published: int  # articles published in the period (store-wide)
    articles_without_event: int  # … of which gave no event
    articles_undated: int  # stored articles with no publication date (store-wide)
    rejects: tuple[tuple[str, str, int], ...]  # (stage, reason, count), store-wide

    @property
    def rejected(self) -> int:
        return sum(n for _, _, n in self.rejects)


@dataclass(frozen=True, slots=True)
class Brief:
    scope: Scope
    generated: datetime
    store: str
    totals: TypeRow
    by_type: tuple[TypeRow, ...]
    weeks: tuple[WeekCount, ...]
    points: tuple[EventPoint, ...]
    key_events: tuple[KeyEvent, ...]
    developments: tuple[Development, ...]
    developments_total: int
    contradictions: tuple[Contradiction, ...]
    disputed_events: int  # events with at least one disagreement (the contradictions list the most severe)
    disputed_shown: int
    actors: tuple[ActorActivity, ...]
    gaps: Gaps
    citations: tuple[Citation, ...]
    notes: tuple[str, ...] = field(default=())  # how the figures are counted, said once
    map_cell: float = 0.0  # events within a grid cell of this many degrees share one marker on the map
    map_extent: tuple[float, float, float, float] | None = None  # lon0, lat0, lon1, lat1

    @property
    def mapped(self) -> int:
        """Events drawn on the map (placed below the country level)."""
        return sum(p.events for p in self.points)

    @property
    def empty(self) -> bool:
        return self.totals.current.events == 0


class _Citer:
    """Numbers source articles in the order the brief first cites them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.numbers: dict[str, int] = {}

    def cite(self, ev: Event) -> tuple[int, ...]:
        out = []
        for s in ev.sources:
            n = self.numbers.setdefault(s.article_id, len(self.numbers) + 1)
            out.append(n)
        return tuple(dict.fromkeys(out))

    def number(self, article_id: str) -> int:
        return self.numbers.setdefault(article_id, len(self.numbers) + 1)

    def citations(self) -> tuple[Citation, ...]:
        if not self.numbers:
            return ()
        rows = {r[0]: r for r in self.store.con.execute(
            "SELECT id, outlet, published, title, url, path FROM articles WHERE id IN (SELECT UNNEST(?))",
            [list(self.numbers)]).fetchall()}
        out = []
        for aid, n in sorted(self.numbers.items(), key=lambda kv: kv[1]):
            r = rows.get(aid, (aid, None, None, None, None, None))
            out.append(Citation(n, aid, r[1], r[2], r[3], r[4], r[5]))
        return tuple(out)


_FIELD_LABELS = {"fatalities": "fatalities", "event_date": "date", "wounded": "wounded", "abducted": "abducted",
                 "arrested": "arrested", "deaths_civilians": "civilian deaths", "location": "place",
                 "actor1": "actor 1", "actor2": "actor 2", "event_type": "event type"}


def _stored(ev: Event, fld: str) -> str:
    if fld == "event_date":
        return text.when(ev)
    if fld == "event_type":  # as the sources' values read: "Battles / Armed clash"
        return f"{ev.event_type} / {ev.sub_event_type}"
    v = getattr(ev, fld, None)
    return "—" if v is None else str(v)


def _value(fld: str, v: str) -> str:
    return text.date_value(v) if fld in ("event_date", "date_start", "date_end") else v


def _field_label(ev: Event, fld: str) -> str:
    if fld in ("deaths_a", "deaths_b"):
        side_a = text.prose_name(ev.actor2 if ev.inter1 != 1 and ev.inter2 == 1 else ev.actor1)
        side_b = text.prose_name(ev.actor1 if ev.inter1 != 1 and ev.inter2 == 1 else ev.actor2)
        who = side_a if fld == "deaths_a" else side_b
        return f"deaths of {who}" if who else f"deaths on side {fld[-1].upper()}"
    return _FIELD_LABELS.get(fld, fld.replace("_", " "))


def _quote(ev: Event) -> str:
    """The sentence the event was coded from (its event-type evidence in the first source)."""
    first = ev.sources[0].article_id if ev.sources else ev.article_id
    cands = [e for e in ev.evidence if e.field == "event_type"]
    cands.sort(key=lambda e: (e.article_id != first, e.article_id, e.sentence))
    if cands:
        q = " ".join(cands[0].text.split())
        return q if len(q) <= 320 else q[:317].rstrip() + "…"
    return ""


def _country_name(store: Store, flt: EventFilter, asked: str | None) -> tuple[str | None, str | None]:
    if not asked:
        return None, None
    row = store.con.execute("SELECT country_code, country FROM events WHERE upper(country_code) = upper(?) "
                            "OR lower(country) = lower(?) LIMIT 1", [asked, asked]).fetchone()
    if row:
        return row[0], row[1]
    import pycountry

    try:
        c = pycountry.countries.lookup(asked)
    except LookupError:
        return (asked.upper() if len(asked) == 2 else None), asked
    return c.alpha_2, getattr(c, "common_name", None) or c.name


def resolve_period(store: Store, *, country: str | None, admin1: str | None, since: date | None,
                   until: date | None) -> Period:
    """The period asked for; without `until`, the date of the area's latest stored event (today if none); without
    `since`, the 30 days that end on `until`."""
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    if until is None:
        where, params = EventFilter(country=country, admin1=admin1).where()
        row = store.con.execute(f"SELECT max(event_date) FROM events{where}", params).fetchone()
        latest = row[0] if row and row[0] else None
        until = latest if latest and (since is None or latest >= since) else None
        if until is None:
            until = max(date.today(), since) if since else date.today()
    if since is None:
        since = until - timedelta(days=DEFAULT_DAYS - 1)
    return Period(since, until)


def build_brief(store: Store, *, country: str | None = None, admin1: str | None = None, since: date | None = None,
                until: date | None = None, top: int = 10, max_developments: int = 30,
                max_contradictions: int = 20, max_actors: int = 10, now: datetime | None = None) -> Brief:
    """Everything a situation report says, read from the store: headline figures against the previous period of
    equal length, weekly counts, map points, the key events, political and strategic developments, where the
    sources disagree, actor activity and what the data cannot say. Every figure comes from a sitrep.query call."""
    if top < 0 or max_developments < 0 or max_contradictions < 0 or max_actors < 0:
        raise UsageError("limits must be 0 or more")
    period = resolve_period(store, country=country, admin1=admin1, since=since, until=until)
    code, name = _country_name(store, EventFilter(country=country), country)
    scope = Scope(country, code, name, admin1, period, period.before())
    flt = scope.filter()
    with_country = not country

    total_now, types_now = query.counts_by_type(store, flt)
    total_before, types_before = query.counts_by_type(store, scope.filter(scope.previous))
    zero = TypeCount(None, 0, 0, 0, 0, 0)
    before = {t.event_type: t for t in types_before}
    now_by = {t.event_type: t for t in types_now}
    order = [t.event_type for t in types_now] + sorted(k for k in before if k not in now_by)  # type: ignore[type-var]
    by_type = tuple(TypeRow(k, now_by.get(k, TypeCount(k, 0, 0, 0, 0, 0)), before.get(k, TypeCount(k, 0, 0, 0, 0, 0)))
                    for k in order)
    totals = TypeRow(None, total_now if total_now.events else zero, total_before if total_before.events else zero)

    citer = _Citer(store)
    key = [KeyEvent(e.event_id, e.event_date, e.event_type, e.sub_event_type, text.where_short(e), e.fatalities,
                    text.event_sentence(e, with_country=with_country), citer.cite(e))
           for e in query.most_severe(store, flt, exclude_types=(STRATEGIC,), limit=top)]
    sd_flt = scope.filter(event_type=STRATEGIC, limit=max_developments)
    n_sd = query.count_events(store, scope.filter(event_type=STRATEGIC))
    devs = [Development(e.event_id, e.event_date, text.when(e), text.development_kind(e),
                        text.development_sentence(e, with_country=with_country), _quote(e), citer.cite(e))
            for e in query.events_in_date_order(store, sd_flt)]

    n_disputed, disputed = query.disputed_events(store, flt, limit=max_contradictions)
    contradictions = []
    for e in disputed:
        label = f"{e.sub_event_type or e.event_type}, {text.when(e)}, {text.place_phrase(e, with_country=with_country)}"
        src = {s.article_id: s for s in e.sources}
        for d in sorted(e.disagreements, key=lambda d: d.field):
            vals = tuple(SourceValue(citer.number(aid), src[aid].outlet if aid in src else None, _value(d.field, v))
                         for aid, v in sorted(d.values.items(), key=lambda kv: citer.number(kv[0])))
            contradictions.append(Contradiction(e.event_id, label, d.field, _field_label(e, d.field),
                                                _stored(e, d.field), vals))

    actors = query.actor_activity(store, flt, limit=max_actors)
    prec = query.precision_counts(store, flt)
    n_bounded, bounded = query.date_bounded_events(store, flt, limit=10)
    arts = query.articles_published(store, period.since, period.until)
    gaps = Gaps(country_only=prec["country_only"], region_only=prec["region_only"],
                no_coordinates=prec["no_coordinates"], week_precision=prec["week_precision"],
                month_precision=prec["month_precision"], date_bounded=n_bounded,
                date_bounded_events=tuple(
                    KeyEvent(e.event_id, e.event_date, e.event_type, e.sub_event_type, text.where_short(e),
                             e.fatalities, text.event_sentence(e, with_country=with_country), citer.cite(e))
                    for e in bounded),
                undated=query.undated_events(store, flt), articles_published=arts["published"],
                articles_without_event=arts["without_event"], articles_undated=arts["undated"],
                rejects=tuple(query.rejects_by_stage(store)))
    weeks = tuple(query.counts_by_week(store, flt)) if total_now.events else ()
    points: tuple[EventPoint, ...] = ()
    cell = 0.0
    ext = None
    if total_now.events:
        # a country brief shows the whole country; a region's brief, its events (the country still drawn around)
        ext = map_extent(query.coordinate_bounds(store, flt), None if admin1 else code)
        cell = round(max(ext[2] - ext[0], ext[3] - ext[1]) / MAP_CELLS, 4)
        points = tuple(query.event_points(store, flt, cell=cell))
    notes = (
        "An event counts in the period its event date falls in; for an event dated only to a range of days, "
        "that is the middle of the range.",
        "Fatalities follow ACLED's rule (the reported figure; the lowest when sources conflict); low, best and "
        "high are UCDP's estimates.",
    )
    return Brief(scope=scope, generated=(now or datetime.now()).replace(microsecond=0), store=store.path,
                 totals=totals, by_type=by_type, weeks=weeks, points=points, key_events=tuple(key),
                 developments=tuple(devs), developments_total=n_sd, contradictions=tuple(contradictions),
                 disputed_events=n_disputed, disputed_shown=len(disputed), actors=tuple(actors), gaps=gaps,
                 citations=citer.citations(), notes=notes, map_cell=cell, map_extent=ext)
