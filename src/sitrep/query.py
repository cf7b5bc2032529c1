"""The query layer over the store: the CLI (and later the API and dashboard) call these functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import orjson

from sitrep.errors import NotFound, UsageError
from sitrep.model import Event
from sitrep.store.db import Store

if TYPE_CHECKING:
    from sitrep.event_index import EventIndex

__all__ = [
    "ActorActivity",
    "EventFilter",
    "EventPoint",
    "FEATURE_COLUMNS",
    "ROW_COLUMNS",
    "SORTABLE",
    "TypeCount",
    "WeekCount",
    "actor_activity",
    "answers",
    "article",
    "article_evidence",
    "articles_published",
    "contradictions",
    "coordinate_bounds",
    "count_events",
    "counts_by_admin1",
    "counts_by_type",
    "counts_by_week",
    "date_bounded_events",
    "disputed_events",
    "event",
    "event_features",
    "event_collection_json",
    "event_features_json",
    "event_points",
    "event_rows",
    "event_rows_json",
    "feature_json",
    "events",
    "events_in_date_order",
    "most_severe",
    "precision_counts",
    "rejects_by_stage",
    "stats",
    "stories",
    "story",
    "undated_events",
    "weekly_counts",
]


@dataclass(frozen=True, slots=True)
class EventFilter:
    country: str | None = None  # ISO alpha-2 or a country name
    admin1: str | None = None  # first-level region, case- and accent-insensitive ("Tillaberi" = "Tillabéri")
    since: date | None = None
    until: date | None = None
    event_type: str | None = None  # event type or sub-event type, case-insensitive
    limit: int | None = None
    offset: int = 0
    # False: an event is in [since, until] when its date range overlaps it (what `sitrep events` lists).
    # True: when its event_date falls in it, so that consecutive periods share no event (what a report counts);
    # undated events are then in no period.
    by_event_date: bool = False
    actor: str | None = None  # actor1 or actor2 (either side), or an associated actor; case-insensitive substring
    min_fatalities: int | None = None
    text: str | None = None  # words that must all appear in the notes, actors, place or type (case-insensitive)
    sort: str = "-event_date"  # a column of SORTABLE, "-" first for descending
    bbox: tuple[float, float, float, float] | None = None  # lon0, lat0, lon1, lat1: events placed inside it

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.country:
            clauses.append("(country_code = ? OR lower(country) = ?)")
            params += [self.country.upper(), self.country.lower()]
        if self.admin1:
            clauses.append("strip_accents(lower(admin1)) = strip_accents(lower(?))")
            params.append(self.admin1)
        if self.since:
            clauses.append("event_date >= ?" if self.by_event_date else "coalesce(date_end, event_date) >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("event_date <= ?" if self.by_event_date else "coalesce(date_start, event_date) <= ?")
            params.append(self.until)
        if self.event_type:
            clauses.append("(lower(event_type) = ? OR lower(sub_event_type) = ? OR lower(disorder_type) = ?)")
            params += [self.event_type.lower()] * 3
        if self.actor:
            clauses.append(_any_contains(_ACTOR_COLUMNS))
            params += [self.actor.lower()] * len(_ACTOR_COLUMNS)
        if self.min_fatalities is not None:
            clauses.append("fatalities >= ?")
            params.append(int(self.min_fatalities))
        for word in (self.text or "").split():
            clauses.append(_any_contains(_TEXT_COLUMNS))
            params += [word.lower()] * len(_TEXT_COLUMNS)
        if self.bbox is not None:
            clauses.append("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?")
            params += [self.bbox[0], self.bbox[2], self.bbox[1], self.bbox[3]]
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def order_by(self) -> str:
        """The ORDER BY clause of `sort` (a column of SORTABLE, "-" first for descending); ties by event_id."""
        col = self.sort.lstrip("-+ ")
        if col not in SORTABLE:
            raise UsageError(f"cannot sort by {self.sort!r}; sort by one of {', '.join(SORTABLE)}")
        if (self.limit is not None and self.limit < 0) or self.offset < 0:
            # (the same error on both paths: the in-memory events would slice from the end where SQL refuses)
            raise UsageError(f"limit and offset cannot be negative (limit {self.limit}, offset {self.offset})")
        desc = self.sort.startswith("-")
        return f" ORDER BY {col} {'DESC' if desc else 'ASC'} NULLS LAST, event_id"


# Substring filters test each column on its own: lower() of one column is cheap, lower() of the columns joined
# into one string for every row was most of a filtered page's time (16 ms of 100,000 events, 3 ms this way).
_ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
_TEXT_COLUMNS = ("notes", "actor1", "actor2", "location", "location_text", "admin1", "country", "event_type",
                 "sub_event_type", "date_phrase")


def _any_contains(columns: tuple[str, ...]) -> str:
    return "(" + " OR ".join(f"contains(lower({c}), ?)" for c in columns) + ")"


SORTABLE = ("event_date", "fatalities", "number_of_sources", "country", "admin1", "location", "event_type",
            "actor1", "updated")


def events(store: Store, flt: EventFilter | None = None) -> list[Event]:
    """Events matching the filter (sorted by `flt.sort`, newest first by default), with sources and evidence."""
    flt = flt or EventFilter()
    where, params = flt.where()
    sql = f"SELECT event_id FROM events{where}{flt.order_by()}"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)} OFFSET {int(flt.offset)}"
    return [store.event(r[0]) for r in store.con.execute(sql, params).fetchall()]


def event(store: Store, event_id: str) -> Event:
    return store.event(event_id)


def article(store: Store, article_id: str) -> dict[str, Any]:
    cur = store.con.execute("SELECT id, title, published, outlet, url, path, text FROM articles WHERE id LIKE ?",
                            [article_id + "%"])
    rows = cur.fetchall()
    if len(rows) != 1:
        raise NotFound(f"no article with id {article_id!r}" + (" (ambiguous prefix)" if rows else ""))
    cols = [d[0] for d in cur.description]
    return dict(zip(cols, rows[0]))


def stats(store: Store) -> dict[str, Any]:
    """Counts of articles, events and rejects; events and fatalities by country and by type."""
    con = store.con
    out: dict[str, Any] = dict(store.counts())
    out["by_country"] = [
        {"country": r[0], "events": r[1], "fatalities": r[2]}
        for r in con.execute("SELECT coalesce(country, '(unknown)'), count(*), sum(fatalities) FROM events "
                             "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()]
    out["by_type"] = [
        {"event_type": r[0], "sub_event_type": r[1], "events": r[2], "fatalities": r[3]}
        for r in con.execute("SELECT event_type, sub_event_type, count(*), sum(fatalities) FROM events "
                             "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2").fetchall()]
    out["rejects_by_stage"] = [
        {"stage": r[0], "count": r[1]}
        for r in con.execute("SELECT stage, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC").fetchall()]
    return out


# ------------------------------------------------------------------------------------------------ stories


def stories(store: Store, *, since: date | None = None, until: date | None = None, country: str | None = None,
            limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Stories, most recent first: title, first and last publication date, articles, distinct sources (a wire
    copy is not a new source), outlets, events and their fatalities. `country` keeps stories with an event there."""
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    clauses, params = [], []
    if since:
        clauses.append("coalesce(s.last_published, DATE '9999-12-31') >= ?")
        params.append(since)
    if until:
        clauses.append("coalesce(s.first_published, DATE '0001-01-01') <= ?")
        params.append(until)
    if country:
        clauses.append("s.story_id IN (SELECT story_id FROM events WHERE upper(country_code) = upper(?) "
                       "OR lower(country) = lower(?))")
        params += [country, country]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"""
        SELECT s.story_id, s.title, s.first_published, s.last_published, s.articles,
               (SELECT count(*) FROM article_stories x WHERE x.story_id = s.story_id AND x.duplicate_of IS NULL),
               (SELECT string_agg(DISTINCT a.outlet, ', ') FROM article_stories x JOIN articles a ON a.id = x.article_id
                 WHERE x.story_id = s.story_id),
               (SELECT count(*) FROM events e WHERE e.story_id = s.story_id),
               (SELECT sum(e.fatalities) FROM events e WHERE e.story_id = s.story_id)
        FROM stories s{where}
        ORDER BY s.last_published DESC NULLS LAST, s.story_id"""
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    keys = ("story_id", "title", "first_published", "last_published", "articles", "sources", "outlets", "events",
            "fatalities")
    return [dict(zip(keys, r)) for r in store.con.execute(sql, params).fetchall()]


def story(store: Store, story_id: str) -> dict[str, Any]:
    """One story (a unique id prefix is enough): its articles side by side (outlet, date, similarity, the
    article each copies), the figures each gives, its events, and the contradictions between its sources."""
    rows = store.con.execute("SELECT story_id, title, first_published, last_published, articles FROM stories "
                             "WHERE story_id LIKE ? LIMIT 2", [story_id + "%"]).fetchall()
    if len(rows) != 1:
        raise NotFound(f"no story with id {story_id!r}" + (" (ambiguous prefix)" if rows else ""))
    head = dict(zip(("story_id", "title", "first_published", "last_published", "article_count"), rows[0]))
    sid = head["story_id"]
    arts = store.con.execute(
        """SELECT a.id, a.title, a.outlet, a.published, a.url, x.similarity, x.duplicate_of
           FROM article_stories x JOIN articles a ON a.id = x.article_id WHERE x.story_id = ?
           ORDER BY a.published NULLS LAST, a.id""", [sid]).fetchall()
    articles = [dict(zip(("article_id", "title", "outlet", "published", "url", "similarity", "duplicate_of"), r))
                for r in arts]
    figs = store.con.execute(
        """SELECT article_id, kind, value, unit, about, text, sentence FROM figures
           WHERE article_id IN (SELECT article_id FROM article_stories WHERE story_id = ?)
           ORDER BY kind, about, article_id""", [sid]).fetchall()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for f in figs:
        by_article.setdefault(f[0], []).append(dict(zip(("kind", "value", "unit", "about", "text", "sentence"), f[1:])))
    for a in articles:
        a["figures"] = by_article.get(a["article_id"], [])
    ev_ids = [r[0] for r in store.con.execute(
        "SELECT event_id FROM events WHERE story_id = ? ORDER BY event_date NULLS LAST, event_id", [sid]).fetchall()]
    events_ = store.events_many(ev_ids, evidence=False)
    return {**head, "articles": articles, "events": events_,
            "contradictions": contradictions(store, event_ids=ev_ids) if ev_ids else []}


def contradictions(store: Store, *, since: date | None = None, until: date | None = None, country: str | None = None,
                   event_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Where the sources of one event disagree: every event field on which they differ (fatalities, wounded,
    date, place, …) and every figure of the same kind, unit and subject ("$100 million" vs "$110 million" for
    the base) that the event's articles give differently — each with the value per source (article, outlet,
    date, and for figures the sentence). Wire copies of another source are left out (they repeat it)."""
    flt = EventFilter(country=country, since=since, until=until)
    where, params = flt.where()
    if event_ids is not None:
        where = (where + " AND " if where else " WHERE ") + "event_id IN (SELECT UNNEST(?))"
        params = params + [event_ids]
    con = store.con
    out: dict[tuple[str, str], dict[str, Any]] = {}
    where = (where + " AND " if where else " WHERE ") + "number_of_sources > 1"
    meta = {r[0]: r[1:] for r in con.execute(
        f"SELECT event_id, event_type, sub_event_type, event_date, country, admin1, location FROM events{where}",
        params).fetchall()}
    if not meta:
        return []
    ids = list(meta)
    for eid, fld, art, val, outlet, pub in con.execute(
            """SELECT d.event_id, d.field, d.article_id, d.value, a.outlet, a.published FROM disagreements d
               LEFT JOIN articles a ON a.id = d.article_id WHERE d.event_id IN (SELECT UNNEST(?))
               ORDER BY d.event_id, d.field, a.published NULLS LAST, d.article_id""", [ids]).fetchall():
        item = out.setdefault((eid, fld), {"event_id": eid, "field": fld, "kind": "event field", "values": []})
        item["values"].append({"article_id": art, "outlet": outlet, "published": pub, "value": val})
    # figures: same kind, unit and head noun of what they count, several sources, several values
    for eid, kind, unit, noun, values in con.execute(
            """WITH f AS (
                 SELECT es.event_id, f.article_id, f.kind, coalesce(f.unit, '') AS unit,
                        lower(regexp_extract(f.about, '([A-Za-z]+)[^A-Za-z]*$', 1)) AS noun, f.value, f.text,
                        a.outlet, a.published, f.sentence
                 FROM event_sources es JOIN figures f ON f.article_id = es.article_id
                 JOIN articles a ON a.id = f.article_id
                 WHERE es.event_id IN (SELECT UNNEST(?)) AND es.duplicate_of IS NULL AND f.about IS NOT NULL)
               SELECT event_id, kind, unit, noun,
                      list({'article_id': article_id, 'outlet': outlet, 'published': published, 'value': value,
                            'text': text, 'sentence': sentence} ORDER BY published NULLS LAST, article_id)
               FROM f WHERE noun <> ''
               GROUP BY event_id, kind, unit, noun
               HAVING count(DISTINCT article_id) > 1 AND count(DISTINCT value) > 1
               ORDER BY event_id, kind, noun""", [ids]).fetchall():
        fld = f"figure: {kind} ({unit or 'count'}) of the {noun}"
        out[(eid, fld)] = {"event_id": eid, "field": fld, "kind": "figure", "values": values}
    result = []
    for (eid, _f), item in sorted(out.items()):
        et, st, d, ctry, adm1, loc = meta[eid]
        result.append({**item, "event_type": et, "sub_event_type": st, "event_date": d, "country": ctry,
                       "admin1": adm1, "location": loc})
    return result


# -- aggregates: what the situation report (and later the API and the dashboard) show ------------------------
# Each takes an EventFilter; the report passes one with by_event_date=True so that periods partition events.

@dataclass(frozen=True, slots=True)
class TypeCount:
    """Events and their casualty figures for one event type (or all types: event_type None)."""

    event_type: str | None
    events: int
    fatalities: int  # ACLED rule
    low: int  # UCDP low / best / high estimates
    best: int
    high: int


@dataclass(frozen=True, slots=True)
class WeekCount:
    start: date
    end: date  # inclusive; the last bin of a period may be shorter than a week
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class EventPoint:
    """Events of one type at one point (or grid cell) of a map."""

    latitude: float
    longitude: float
    event_type: str
    events: int
    fatalities: int
    region_only: bool  # placed only at a first- or second-level region (UCDP where_prec 4-5)
    location: str | None  # the place name (the most frequent one in a grid cell)


@dataclass(frozen=True, slots=True)
class ActorActivity:
    actor: str
    events: int  # events with the actor on either side
    initiated: int  # of those, events where it is actor1
    fatalities: int  # fatalities of those events
    first_seen: date | None
    last_seen: date | None


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


def answers(index: EventIndex | None, flt: EventFilter) -> bool:
    """Whether the server's in-memory events (event_index.py) answer `flt` (else the store does)."""
    return index is not None and index.supports(flt)


def _total(row: tuple[Any, ...], event_type: str | None) -> TypeCount:
    return TypeCount(event_type, int(row[0]), *(int(v or 0) for v in row[1:5]))


def counts_by_type(store: Store, flt: EventFilter, *, index: EventIndex | None = None
                   ) -> tuple[TypeCount, list[TypeCount]]:
    """The total and one row per event type (most events first): events, fatalities, UCDP low/best/high.
    `index`: the events held in memory by a server (event_index.py), used when it answers the filter."""
    if answers(index, flt):
        total_row, type_rows = index.counts_by_type(store, flt)
        return _total(total_row, None), [_total(r[1:], r[0]) for r in type_rows]
    where, params = flt.where()
    cols = "count(*), sum(fatalities), sum(low), sum(best), sum(high)"
    total = store.con.execute(f"SELECT {cols} FROM events{where}", params).fetchone()
    rows = store.con.execute(f"SELECT event_type, {cols} FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1",
                             params).fetchall()
    return _total(total, None), [_total(r[1:], r[0]) for r in rows]  # type: ignore[arg-type]


def counts_by_week(store: Store, flt: EventFilter) -> list[WeekCount]:
    """Events and fatalities in consecutive 7-day bins from `flt.since` to `flt.until` (both required), by
    event_date; bins with no event are included."""
    if flt.since is None or flt.until is None:
        raise UsageError("weekly counts need a period (since and until)")
    from datetime import timedelta

    where, params = flt.where()
    got = {int(r[0]): (int(r[1]), int(r[2] or 0)) for r in store.con.execute(
        f"SELECT (event_date - ?::DATE) // 7, count(*), sum(fatalities) FROM events{_and(where, 'event_date IS NOT NULL')} "
        "GROUP BY 1", [flt.since, *params]).fetchall()}
    out = []
    start, i = flt.since, 0
    while start <= flt.until:
        end = min(start + timedelta(days=6), flt.until)
        n, f = got.get(i, (0, 0))
        out.append(WeekCount(start, end, n, f))
        start, i = start + timedelta(days=7), i + 1
    return out


def count_events(store: Store, flt: EventFilter) -> int:
    where, params = flt.where()
    return int(store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0])  # type: ignore[index]


_MAPPABLE = "latitude IS NOT NULL AND longitude IS NOT NULL AND coalesce(where_prec, 1) < 6"


def coordinate_bounds(store: Store, flt: EventFilter) -> tuple[float, float, float, float] | None:
    """(min longitude, min latitude, max longitude, max latitude) of the mappable events, None if there are none."""
    where, params = flt.where()
    r = store.con.execute(f"SELECT min(longitude), min(latitude), max(longitude), max(latitude) FROM events"
                          f"{_and(where, _MAPPABLE)}", params).fetchone()
    return None if r is None or r[0] is None else (float(r[0]), float(r[1]), float(r[2]), float(r[3]))


def event_points(store: Store, flt: EventFilter, *, cell: float | None = None) -> list[EventPoint]:
    """Events with coordinates placed below the country level (UCDP where_prec < 6), for a map: one point per
    place and event type, or per grid cell of `cell` degrees (the mean position of its events) when given."""
    where, params = flt.where()
    where = _and(where, _MAPPABLE)
    if cell:
        c = float(cell)
        key = f"round(latitude / {c}), round(longitude / {c})"
        lat, lon = "avg(latitude)", "avg(longitude)"
    else:
        key, lat, lon = "latitude, longitude", "latitude", "longitude"
    sql = (f"SELECT {lat}, {lon}, event_type, count(*), sum(fatalities), where_prec IN (4, 5), mode(location) "
           f"FROM events{where} GROUP BY {key}, event_type, where_prec IN (4, 5) ORDER BY 5, 4, 3, 1, 2")
    return [EventPoint(float(r[0]), float(r[1]), r[2], int(r[3]), int(r[4] or 0), bool(r[5]), r[6])
            for r in store.con.execute(sql, params).fetchall()]


_SEVERITY = ("fatalities DESC, coalesce(wounded, 0) + coalesce(abducted, 0) DESC, number_of_sources DESC, "
             "event_date, event_id")


def most_severe(store: Store, flt: EventFilter, *, exclude_types: tuple[str, ...] = (), limit: int = 10
                ) -> list[Event]:
    """The most severe events, full: most fatalities first, then wounded and abducted, then most sources."""
    where, params = flt.where()
    if exclude_types:
        where = _and(where, "event_type NOT IN (SELECT UNNEST(?))")
        params = [*params, list(exclude_types)]
    ids = [r[0] for r in store.con.execute(
        f"SELECT event_id FROM events{where} ORDER BY {_SEVERITY} LIMIT {int(limit)}", params).fetchall()]
    return store.events_many(ids)


def events_in_date_order(store: Store, flt: EventFilter) -> list[Event]:
    """Full events, oldest first (at most `flt.limit`: the ones with most sources, then the most recent)."""
    where, params = flt.where()
    sql = f"SELECT event_id, event_date FROM events{where}"
    if flt.limit is not None:
        sql += f" ORDER BY number_of_sources DESC, event_date DESC NULLS LAST, event_id LIMIT {int(flt.limit)}"
    rows = store.con.execute(sql, params).fetchall()
    rows.sort(key=lambda r: (r[1] is None, r[1] or date.min, r[0]))
    return store.events_many([r[0] for r in rows])


def disputed_events(store: Store, flt: EventFilter, *, limit: int = 20) -> tuple[int, list[Event]]:
    """How many events have values on which their sources disagree, and the most severe `limit` of them, full."""
    where, params = flt.where()
    where = _and(where, "event_id IN (SELECT event_id FROM disagreements)")
    n = int(store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0])  # type: ignore[index]
    ids = [r[0] for r in store.con.execute(
        f"SELECT event_id FROM events{where} ORDER BY {_SEVERITY} LIMIT {int(limit)}", params).fetchall()]
    return n, store.events_many(ids)


def actor_activity(store: Store, flt: EventFilter, *, limit: int = 10) -> list[ActorActivity]:
    """The actors in most events (either side), with those events' fatalities and first and last dates."""
    where, params = flt.where()
    sql = f"""
        WITH f AS (SELECT event_id, actor1, actor2, fatalities, event_date FROM events{where}),
        a AS (SELECT actor1 AS actor, 1 AS init, fatalities, event_date FROM f WHERE actor1 IS NOT NULL
              UNION ALL
              SELECT actor2, 0, fatalities, event_date FROM f
              WHERE actor2 IS NOT NULL AND actor2 IS DISTINCT FROM actor1)
        SELECT actor, count(*), sum(init), sum(fatalities), min(event_date), max(event_date) FROM a
        GROUP BY actor ORDER BY 2 DESC, 4 DESC, 1 LIMIT {int(limit)}"""
    return [ActorActivity(r[0], int(r[1]), int(r[2]), int(r[3] or 0), r[4], r[5])
            for r in store.con.execute(sql, params).fetchall()]


def precision_counts(store: Store, flt: EventFilter) -> dict[str, int]:
    """How precisely events are placed and dated: country only, region only, no coordinates; dated to a week
    or a month or vaguer (ACLED time_precision 2 and 3)."""
    where, params = flt.where()
    r = store.con.execute(
        "SELECT count(*) FILTER (WHERE where_prec >= 6 OR (where_prec IS NULL AND latitude IS NULL)), "
        "count(*) FILTER (WHERE where_prec IN (4, 5)), "
        "count(*) FILTER (WHERE latitude IS NULL OR longitude IS NULL), "
        "count(*) FILTER (WHERE time_precision = 2), count(*) FILTER (WHERE time_precision >= 3) "
        f"FROM events{where}", params).fetchone()
    assert r is not None
    return {"country_only": int(r[0]), "region_only": int(r[1]), "no_coordinates": int(r[2]),
            "week_precision": int(r[3]), "month_precision": int(r[4])}


def date_bounded_events(store: Store, flt: EventFilter, *, limit: int = 10) -> tuple[int, list[Event]]:
    """Events the sources do not date: the date of a claim or a report only bounds them (the evidence rule
    'report-date-bounds-event'). Their count and the first `limit`, full."""
    where, params = flt.where()
    where = _and(where, "event_id IN (SELECT event_id FROM evidence WHERE field = 'event_date' "
                        "AND rule LIKE '%report-date-bounds-event%')")
    n = int(store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0])  # type: ignore[index]
    ids = [r[0] for r in store.con.execute(
        f"SELECT event_id FROM events{where} ORDER BY event_date, event_id LIMIT {int(limit)}", params).fetchall()]
    return n, store.events_many(ids)


def undated_events(store: Store, flt: EventFilter) -> int:
    """Events of the filter's place and type with no date at all (they fall in no period); dates ignored."""
    where, params = EventFilter(country=flt.country, admin1=flt.admin1, event_type=flt.event_type).where()
    return int(store.con.execute(f"SELECT count(*) FROM events{_and(where, 'event_date IS NULL')}",
                                 params).fetchone()[0])  # type: ignore[index]


def rejects_by_stage(store: Store) -> list[tuple[str, str, int]]:
    """Rejected documents by stage and reason, most first (rejects carry no date or place)."""
    return [(r[0], r[1], int(r[2])) for r in store.con.execute(
        "SELECT stage, reason, count(*) FROM rejects GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2").fetchall()]


def articles_published(store: Store, since: date, until: date) -> dict[str, int]:
    """Articles published in the period, those of them that gave no event, and stored articles with no
    publication date (their relative dates could not be anchored)."""
    r = store.con.execute(
        "SELECT count(*) FILTER (WHERE published BETWEEN ? AND ?), "
        "count(*) FILTER (WHERE published BETWEEN ? AND ? AND id NOT IN (SELECT article_id FROM event_sources)), "
        "count(*) FILTER (WHERE published IS NULL) FROM articles", [since, until, since, until]).fetchone()
    assert r is not None
    return {"published": int(r[0]), "without_event": int(r[1]), "undated": int(r[2])}


# -- the web API and the dashboard: light rows for tables, maps and charts (never the whole store) -------------

ROW_COLUMNS = ("event_id", "event_date", "date_start", "date_end", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
               "location", "admin1", "country", "country_code", "latitude", "longitude", "where_prec", "fatalities",
               "number_of_sources", "story_id", "notes")


def event_rows(store: Store, flt: EventFilter) -> tuple[int, list[dict[str, Any]]]:
    """How many events match, and one page of them (`flt.limit`, `flt.offset`, `flt.sort`) as flat rows of
    ROW_COLUMNS: what an event table or a CSV export shows, without sources and evidence."""
    where, params = flt.where()
    order = flt.order_by()
    total = int(store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0])  # type: ignore[index]
    sql = f"SELECT {', '.join(ROW_COLUMNS)} FROM events{where}{order}"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)} OFFSET {int(flt.offset)}"
    return total, [dict(zip(ROW_COLUMNS, r)) for r in store.con.execute(sql, params).fetchall()]


FEATURE_COLUMNS = ("event_id", "event_date", "event_type", "sub_event_type", "location", "admin1", "country_code",
                   "fatalities", "actor1", "actor2")


def event_features(store: Store, flt: EventFilter) -> tuple[int, list[tuple[Any, ...]]]:
    """Mappable events (coordinates below the country level) of the filter, at most `flt.limit`, in `flt.sort`
    order: how many there are, and (longitude, latitude, *FEATURE_COLUMNS) tuples for GeoJSON."""
    return _mappable(store, flt, f"longitude, latitude, {', '.join(FEATURE_COLUMNS)}")


def feature_json(row: tuple[Any, ...], columns: tuple[str, ...] = FEATURE_COLUMNS) -> bytes:
    """One GeoJSON Feature of a (longitude, latitude, event_id, ...) row of `event_features` (`columns` name the
    values after the coordinates)."""
    return orjson.dumps({"type": "Feature", "id": row[2],
                         "geometry": {"type": "Point", "coordinates": [row[0], row[1]]},
                         "properties": dict(zip(columns, row[2:]))}, default=str)


def _pick(items: list[Any], at: Any) -> list[Any]:
    """items[i] for each position of the numpy array `at` (as Python ints, by itemgetter: twice as fast as a
    comprehension over numpy scalars for 10,000 Features)."""
    from operator import itemgetter

    positions = at.tolist()
    if len(positions) < 2:
        return [items[i] for i in positions]
    return list(itemgetter(*positions)(items))


def event_rows_json(store: Store, flt: EventFilter, *, index: EventIndex | None = None) -> tuple[int, list[bytes]]:
    """`event_rows`, each row serialized as a JSON object; from `index` (the events a server holds in memory,
    each row serialized once) when it answers the filter."""
    if answers(index, flt):
        total, at = index.select(store, flt)
        return total, _pick(index.rows, at)
    total, rows = event_rows(store, flt)
    return total, [orjson.dumps(r) for r in rows]


def event_collection_json(store: Store, flt: EventFilter, *, index: EventIndex | None = None) -> bytes:
    """`event_features` as a serialized GeoJSON FeatureCollection with how many the filter matched (`total`) and
    whether the page holds fewer (`truncated`); from `index` as for `event_rows_json`, cut from its sort order's
    buffer when the page lies in few pieces there. One join: no second copy of megabytes."""
    if answers(index, flt):
        total, n, pieces = index.feature_pieces(store, flt)  # type: ignore[union-attr]
        if isinstance(pieces, list):
            return b"".join([_collection_head(total, n), *pieces, b"]}"])
        features: list[bytes] = _pick(index.features, pieces)  # type: ignore[union-attr]
    else:
        total, features = event_features_json(store, flt, index=index)
    head = _collection_head(total, len(features))
    if not features:
        return head + b"]}"
    if len(features) == 1:
        return head + features[0] + b"]}"
    return b",".join([head + features[0], *features[1:-1], features[-1] + b"]}"])


def _collection_head(total: int, n: int) -> bytes:
    return b"".join((b'{"type":"FeatureCollection","total":', str(total).encode(), b',"truncated":',
                     b"true" if total > n else b"false", b',"features":['))


def event_features_json(store: Store, flt: EventFilter, *, index: EventIndex | None = None
                        ) -> tuple[int, list[bytes]]:
    """`event_features`, each as a serialized GeoJSON Feature; from `index` as for `event_rows_json`."""
    if answers(index, flt):
        total, at = index.select(store, flt, mappable=True)
        return total, _pick(index.features, at)  # type: ignore[arg-type]
    total, rows = event_features(store, flt)
    return total, [feature_json(r, FEATURE_COLUMNS) for r in rows]


def _mappable(store: Store, flt: EventFilter, columns: str) -> tuple[int, list[tuple[Any, ...]]]:
    where, params = flt.where()
    where = _and(where, _MAPPABLE)
    total = int(store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0])  # type: ignore[index]
    sql = f"SELECT {columns} FROM events{where}{flt.order_by()}"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)} OFFSET {int(flt.offset)}"
    return total, store.con.execute(sql, params).fetchall()


def weekly_counts(store: Store, flt: EventFilter, *, index: EventIndex | None = None) -> list[WeekCount]:
    """Events and fatalities per ISO week (Monday to Sunday) by event_date, from the first week with an event
    of the filter to the last; weeks with none are included. Undated events are left out. `index`: as for
    `counts_by_type`."""
    from datetime import timedelta

    if answers(index, flt):
        rows: list[tuple[Any, ...]] = list(index.weekly_counts(store, flt))
    else:
        where, params = flt.where()
        rows = store.con.execute(
            f"SELECT date_trunc('week', event_date)::DATE AS w, count(*), sum(fatalities) FROM events"
            f"{_and(where, 'event_date IS NOT NULL')} GROUP BY 1 ORDER BY 1", params).fetchall()
    if not rows:
        return []
    got = {r[0]: (int(r[1]), int(r[2] or 0)) for r in rows}
    out, w = [], rows[0][0]
    while w <= rows[-1][0]:
        n, f = got.get(w, (0, 0))
        out.append(WeekCount(w, w + timedelta(days=6), n, f))
        w += timedelta(days=7)
    return out


def counts_by_admin1(store: Store, flt: EventFilter, *, limit: int = 50, index: EventIndex | None = None
                     ) -> list[dict[str, Any]]:
    """Events and fatalities per first-level region (country, admin1), most events first. `index`: as for
    `counts_by_type`."""
    if answers(index, flt):
        return [{"country": r[0], "admin1": r[1], "events": r[2], "fatalities": r[3]}
                for r in index.counts_by_admin1(store, flt, int(limit))]
    where, params = flt.where()
    return [{"country": r[0], "admin1": r[1], "events": int(r[2]), "fatalities": int(r[3] or 0)}
            for r in store.con.execute(
                f"SELECT country, admin1, count(*), sum(fatalities) FROM events{where} GROUP BY 1, 2 "
                f"ORDER BY 3 DESC, 4 DESC, 1, 2 LIMIT {int(limit)}", params).fetchall()]


def article_evidence(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The evidence spans in one article (full id): event, field, value, sentence and character offsets into the
    article's clean text, in text order."""
    return [dict(zip(("event_id", "field", "value", "sentence", "start", "end", "rule"), r))
            for r in store.con.execute(
                "SELECT event_id, field, value, sentence, start_char, end_char, rule FROM evidence "
                "WHERE article_id = ? ORDER BY start_char, end_char, field", [article_id]).fetchall()]
