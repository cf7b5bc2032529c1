"""The query layer over the store: the CLI (and later the API and dashboard) call these functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sitrep.errors import UsageError
from sitrep.model import Event
from sitrep.store.db import Store

__all__ = ["EventFilter", "article", "contradictions", "event", "events", "stats", "stories", "story"]


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
    from sitrep.errors import NotFound

    rows = store.con.execute("SELECT story_id FROM stories WHERE story_id LIKE ?", [story_id + "%"]).fetchall()
    if len(rows) != 1:
        raise NotFound(f"no story with id {story_id!r}" + (" (ambiguous prefix)" if rows else ""))
    sid = rows[0][0]
    head = stories_by_id(store, sid)
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
    head["article_count"] = head.pop("articles")
    return {**head, "articles": articles, "events": events_,
            "contradictions": contradictions(store, event_ids=ev_ids) if ev_ids else []}


def stories_by_id(store: Store, story_id: str) -> dict[str, Any]:
    r = store.con.execute("SELECT story_id, title, first_published, last_published, articles FROM stories "
                          "WHERE story_id = ?", [story_id]).fetchone()
    if r is None:
        from sitrep.errors import NotFound

        raise NotFound(f"no story with id {story_id!r}")
    return dict(zip(("story_id", "title", "first_published", "last_published", "articles"), r))


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
    meta = {r[0]: r[1:] for r in con.execute(
        f"SELECT event_id, event_type, sub_event_type, event_date, country, admin1, location FROM events{where} "
        "AND number_of_sources > 1" if where else
        "SELECT event_id, event_type, sub_event_type, event_date, country, admin1, location FROM events "
        "WHERE number_of_sources > 1", params).fetchall()}
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
                        lower(regexp_extract(f.about, '([A-Za-z]+)\\s*$', 1)) AS noun, f.value, f.text,
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
