"""The query layer over the store: the CLI (and later the API and dashboard) call these functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sitrep.errors import UsageError
from sitrep.model import Event
from sitrep.store.db import Store

__all__ = ["EventFilter", "article", "event", "events", "stats"]


@dataclass(frozen=True, slots=True)
class EventFilter:
    country: str | None = None  # ISO alpha-2 or a country name
    since: date | None = None
    until: date | None = None
    event_type: str | None = None  # event type or sub-event type, case-insensitive
    limit: int | None = None
    offset: int = 0

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.country:
            clauses.append("(upper(country_code) = upper(?) OR lower(country) = lower(?))")
            params += [self.country, self.country]
        if self.since:
            clauses.append("coalesce(date_end, event_date) >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("coalesce(date_start, event_date) <= ?")
            params.append(self.until)
        if self.event_type:
            clauses.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?) "
                           "OR lower(disorder_type) = lower(?))")
            params += [self.event_type] * 3
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events(store: Store, flt: EventFilter | None = None) -> list[Event]:
    """Events matching the filter, newest first, with sources and evidence."""
    flt = flt or EventFilter()
    where, params = flt.where()
    sql = f"SELECT event_id FROM events{where} ORDER BY event_date DESC NULLS LAST, event_id"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)} OFFSET {int(flt.offset)}"
    return [store.event(r[0]) for r in store.con.execute(sql, params).fetchall()]


def event(store: Store, event_id: str) -> Event:
    return store.event(event_id)


def article(store: Store, article_id: str) -> dict[str, Any]:
    from sitrep.errors import NotFound

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
