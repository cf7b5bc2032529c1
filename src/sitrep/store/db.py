"""The embedded DuckDB store: articles, rejects, events with sources and evidence, mentions, quotes, figures."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from sitrep.errors import NotFound, StoreError
from sitrep.fusion.merge import compatible, merge
from sitrep.model import Article, Disagreement, Event, Evidence, Reject, Source
from sitrep.store.schema import EVENT_COLUMNS, MIGRATIONS, SCHEMA_VERSION

__all__ = ["Store"]

_EVENT_FIELDS = [c for c, _ in EVENT_COLUMNS]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Store:
    """A DuckDB file (or ":memory:"). Open with `Store.open(path)`; writes happen one batch per transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool = False) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        self.last_merged = 0  # event mentions merged into known events by the last add_batch

    # -- lifecycle --------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path = "sitrep.duckdb", *, read_only: bool = False) -> "Store":
        p = str(path)
        if read_only and p != ":memory:" and not Path(p).exists():
            raise StoreError("no such store (run `sitrep ingest` first)", path=p)
        if p != ":memory:" and Path(p).exists() and Path(p).is_dir():
            raise StoreError("is a directory, not a DuckDB file", path=p)
        try:
            con = duckdb.connect(p, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store: {exc}", path=p) from exc
        store = cls(con, p, read_only=read_only)
        if not read_only:
            store.migrate()
        else:
            v = store.schema_version()
            if v != SCHEMA_VERSION:
                raise StoreError(f"store schema version {v}, this sitrep needs {SCHEMA_VERSION}; "
                                 "open it once without read-only to migrate", path=p)
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        current = self.schema_version()
        for version, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for stmt in statements:
                    self.con.execute(stmt)
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    # -- writes -----------------------------------------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        if not hashes:
            return set()
        rows = self.con.execute("SELECT content_hash FROM articles WHERE content_hash IN (SELECT UNNEST(?))",
                                [list(hashes)]).fetchall()
        return {r[0] for r in rows}

    def add_rejects(self, rejects: Iterable[Reject]) -> None:
        rows = [(r.path, r.stage, r.reason, r.content_hash, _now()) for r in rejects]
        if rows:
            self.con.executemany(
                "INSERT OR REPLACE INTO rejects (path, stage, reason, content_hash, rejected_at) VALUES (?, ?, ?, ?, ?)", rows)

    def add_batch(self, articles: Sequence[Article], rejects: Sequence[Reject] = ()) -> list[str]:
        """Store articles (skipping content already stored), their analysis and events, in one transaction.
        Rows are collected per table and written in bulk (DuckDB is slow at row-by-row inserts).
        Returns the ids of the articles newly stored; `last_merged` then says how many of their event mentions
        were merged into an event another article (stored or in this batch) already reported."""
        self.last_merged = 0
        try:
            with self.transaction():
                self.add_rejects(rejects)
                known = self.known_hashes([a.content_hash for a in articles])
                rows = _Rows()
                pending: dict[str, Event] = {}  # event_id -> event to (re)insert
                replaced: set[str] = set()  # stored event ids rewritten by a merge
                stored: list[str] = []
                for a in articles:
                    if a.content_hash in known:
                        continue
                    known.add(a.content_hash)
                    rows.article(a)
                    for ev in a.events:
                        self._place_event(ev, pending, replaced)
                    stored.append(a.id)
                for event_id in replaced:
                    self._delete_event(event_id)
                for ev in pending.values():
                    rows.event(ev)
                rows.write(self.con)
                if stored:  # a reject for a path that now stored fine is stale
                    self.con.execute("DELETE FROM rejects WHERE path IN (SELECT UNNEST(?))",
                                     [[a.path for a in articles if a.id in stored and a.path]])
                return stored
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to the store: {exc}", path=self.path) from exc

    _LIGHT = ("event_id", "event_type", "sub_event_type", "plover_category", "date_start", "date_end",
              "time_precision", "country_code", "latitude", "longitude", "geo_precision", "admin1", "actor1",
              "actor2", "article_id")

    def _candidates(self, ev: Event) -> list[Event]:
        """Stored events that could be the same happening: same type, country and a near date (light rows)."""
        sql = (f"SELECT {', '.join(self._LIGHT)} FROM events WHERE event_type = ? AND sub_event_type = ? AND "
               "plover_category IS NOT DISTINCT FROM ? AND (country_code IS NULL OR ?::VARCHAR IS NULL OR "
               "country_code = ?)")
        params: list[Any] = [ev.event_type, ev.sub_event_type, ev.plover_category, ev.country_code, ev.country_code]
        if ev.date_start is None:
            sql += " AND date_start IS NULL"
        else:
            sql += " AND date_start BETWEEN ? AND ?"
            params += [ev.date_start - timedelta(days=45), (ev.date_end or ev.date_start) + timedelta(days=45)]
        return [Event(**dict(zip(self._LIGHT, r))) for r in self.con.execute(sql, params).fetchall()]

    def _place_event(self, ev: Event, pending: dict[str, Event], replaced: set[str]) -> None:
        """Merge `ev` into a compatible event (pending in this batch, or stored), or keep it as new."""
        now = _now()
        for e in ev.evidence:
            e.article_id = ev.article_id
        cands: list[Event] = [p for p in pending.values() if compatible(p, ev)]
        if not cands:
            for light in self._candidates(ev):
                if light.event_id in pending or not compatible(light, ev):
                    continue
                cands.append(self.event(light.event_id))
                break
        for cand in cands:
            if any(s.article_id == ev.article_id for s in cand.sources) or cand.article_id == ev.article_id:
                continue
            merged = merge(cand, ev)
            self.last_merged += 1
            merged.updated = now
            if merged.event_id not in pending:
                replaced.add(merged.event_id)
            pending[merged.event_id] = merged
            return
        ev.first_seen = ev.first_seen or now
        ev.updated = now
        ev.story_id = ev.story_id or ev.event_id
        pending[ev.event_id] = ev

    def _delete_event(self, event_id: str) -> None:
        for table in ("events", "event_sources", "evidence", "disagreements"):
            self.con.execute(f"DELETE FROM {table} WHERE event_id = ?", [event_id])

    # -- reads ------------------------------------------------------------------------------------------
    def event(self, event_id: str) -> Event:
        cur = self.con.execute(f"SELECT {', '.join(_EVENT_FIELDS)} FROM events WHERE event_id = ?", [event_id])
        row = cur.fetchone()
        if row is None:
            rows = self.con.execute("SELECT event_id FROM events WHERE event_id LIKE ?", [event_id + "%"]).fetchall()
            if len(rows) == 1:
                return self.event(rows[0][0])
            raise NotFound(f"no event with id {event_id!r}" + (" (ambiguous prefix)" if rows else ""))
        ev = Event(**dict(zip(_EVENT_FIELDS, row)))
        ev.sources = [Source(*r) for r in self.con.execute(
            "SELECT article_id, outlet, url, published, title FROM event_sources WHERE event_id = ? "
            "ORDER BY published NULLS LAST, article_id", [ev.event_id]).fetchall()]
        ev.evidence = [Evidence(field=r[0], value=r[1], article_id=r[2], sentence=r[3], start=r[4], end=r[5],
                                text=r[6], rule=r[7]) for r in self.con.execute(
            "SELECT field, value, article_id, sentence, start_char, end_char, sentence_text, rule FROM evidence "
            "WHERE event_id = ?", [ev.event_id]).fetchall()]
        dis: dict[str, Disagreement] = {}
        for f, art, val in self.con.execute(
                "SELECT field, article_id, value FROM disagreements WHERE event_id = ?", [ev.event_id]).fetchall():
            dis.setdefault(f, Disagreement(f, {})).values[art] = val
        ev.disagreements = list(dis.values())
        return ev

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "rejects", "quotes", "figures"):
            out[table] = int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
        return out


class _Rows:
    """Rows for each table, collected over a batch and written with one INSERT per table."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple[Any, ...]]] = {}

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.tables.setdefault(table, []).append(row)

    def article(self, a: Article) -> None:
        self.add("articles", (a.id, a.content_hash, a.title, a.published, a.outlet, a.url, a.path, a.language, a.text,
                              a.raw_text, json.dumps([asdict(r) for r in a.removed]), json.dumps(a.warnings), _now()))
        for s in a.sentences:
            self.add("sentences", (a.id, s.index, s.start, s.end))
        for d in a.dates:
            self.add("mentions", (a.id, "date", d.start, d.end, d.text,
                                  f"{d.date_start}..{d.date_end}" if d.date_start else None, d.sentence,
                                  json.dumps({"precision": d.precision, "rule": d.rule, "anchored": d.anchored})))
        for n in a.numbers:
            self.add("mentions", (a.id, "number", n.start, n.end, n.text, str(n.value), n.sentence,
                                  json.dumps({"counted": n.counted, "unit": n.unit, "qualifier": n.qualifier,
                                              "low": n.low, "high": n.high, "vague": n.vague})))
        for p in a.places:
            self.add("mentions", (a.id, "place", p.start, p.end, p.text, p.name, p.sentence,
                                  json.dumps({"geonames_id": p.geonames_id, "country_code": p.country_code,
                                              "admin1": p.admin1, "feature": p.feature, "lat": p.latitude,
                                              "lon": p.longitude, "confidence": p.confidence, "context": p.context})))
        for m in a.actors:
            self.add("mentions", (a.id, "actor", m.start, m.end, m.text, m.actor, m.sentence,
                                  json.dumps({"inter": m.inter, "kind": m.kind, "country_code": m.country_code})))
        for q in a.quotes:
            self.add("quotes", (a.id, q.start, q.end, q.text, q.speaker, q.sentence))
        for f in a.figures:
            self.add("figures", (a.id, f.sentence, f.start, f.end, f.text, f.value, f.unit, f.kind, f.about))

    def event(self, ev: Event) -> None:
        self.add("events", tuple(getattr(ev, f) for f in _EVENT_FIELDS))
        for s in ev.sources:
            self.add("event_sources", (ev.event_id, s.article_id, s.outlet, s.url, s.published, s.title))
        for e in ev.evidence:
            self.add("evidence", (ev.event_id, e.field, e.value, e.article_id, e.sentence, e.start, e.end, e.text,
                                  e.rule))
        for d in ev.disagreements:
            for art, val in d.values.items():
                self.add("disagreements", (ev.event_id, d.field, art, val))

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        import pyarrow as pa

        for table, rows in self.tables.items():
            if not rows:
                continue
            cols = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall()]
            if table == "rejects":
                continue
            data = {c: [r[i] for r in rows] for i, c in enumerate(cols)}
            arrow = pa.table({c: pa.array(v) for c, v in data.items()})
            name = f"_bulk_{table}"
            con.register(name, arrow)
            try:
                con.execute(f"INSERT INTO {table} SELECT * FROM {name}")
            finally:
                con.unregister(name)


def _as_date(v: object) -> date | None:
    if v is None or isinstance(v, date):
        return v  # type: ignore[return-value]
    return date.fromisoformat(str(v))
