"""The embedded DuckDB store: articles, rejects, events with sources and evidence, mentions, quotes, figures."""

from __future__ import annotations

import bisect
import functools
import math
from array import array
from itertools import repeat
from collections import namedtuple
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import orjson

from sitrep.errors import NotFound, StoreError
from sitrep.fusion.merge import FOLLOW_UP_SLACK, WEEK_OFF_SLACK, compatible, date_slack, kinds_to_search, merge
from sitrep.fusion.stories import Assignment, StoryIndex, minhash_signature, signature_bytes, signature_values, story_terms
from sitrep.model import Article, Disagreement, Event, Evidence, Reject, Source
from sitrep.settings import Settings
from sitrep.store.schema import EVENT_COLUMNS, MIGRATIONS, SCHEMA_VERSION

_LIGHT_FIELDS = ("event_id", "event_type", "sub_event_type", "plover_category", "date_start", "date_end",
                 "time_precision", "date_phrase", "country_code", "latitude", "longitude", "geo_precision", "admin1",
                 "admin2", "actor1", "actor2", "article_id", "story_id", "location", "inter1", "inter2",
                 "location_text", "fatalities", "wounded")
_Light = namedtuple("_Light", _LIGHT_FIELDS + ("row",))  # what `compatible` reads, and the row in the index
_OPEN_RANGE = timedelta(days=45)  # an event with a start and no end date (never coded so) is taken to last this
_NO_DATE = date.min.toordinal()  # a start date of None, sorted first
_HEX = frozenset("0123456789abcdef")
_from_ordinal = functools.lru_cache(maxsize=4096)(date.fromordinal)


class _LightIndex:
    """Every stored event as a light row (the fields `compatible` reads), by (type, sub-type, PLOVER category,
    country, time precision) and sorted by start date. Loaded once from the store at the first write and kept
    in step with it, so placing a new event costs a bisection, not a query: per-batch queries came back with
    most of the store once a batch's dates spread over months.

    Each group also keeps the longest date range among its events (its slack follows from its precision), so
    the dates searched are exactly those `compatible` can accept: ±8 days around a day-precise event in the
    day-precise group (±2, and a weekday read a week off within a story), not ±45 days in all of them (±2 days was
    a tenfold cut in comparisons once a store held months of dense reporting).

    Rows are held in columns (typed arrays: dates as ordinals, strings as numbers in a table of the distinct ones,
    sitrep's 12-hex-digit event ids as integers), ~80 bytes an event where a tuple of Python objects took ~630:
    the index grows with the store, and at 50,000 events that was 31 MB of a process that should stay flat.
    A light row is built only for an event `candidates` returns."""

    def __init__(self) -> None:
        self.groups: dict[tuple[Any, ...], tuple[array, array]] = {}  # key -> (start ordinals sorted, rows)
        self.longest: dict[tuple[Any, ...], timedelta] = {}  # key -> longest date range of its events
        self._order: dict[tuple[Any, ...], int] = {}  # (type, sub-type, category, country) -> first seen
        self._keys: list[tuple[Any, ...]] = []  # group number -> key
        self._by_kind: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}  # (type, sub-type, category) -> keys
        self._key_no: dict[tuple[Any, ...], int] = {}
        self._strings: list[str | None] = [None]  # string number -> string (0: None)
        self._string_no: dict[str, int] = {}
        self._odd_ids: list[str] = []  # event ids that are not 12 hex digits, by -1 - id column value
        self._by_story: dict[int, list[int]] = {}  # story string number -> rows (a follow-up's search)
        c = self._cols = {
            "id": array("q"), "key": array("i"), "start": array("i"), "end": array("i"), "tp": array("b"),
            "phrase": array("i"),
            "lat": array("d"), "lon": array("d"), "gp": array("b"), "admin1": array("i"), "admin2": array("i"),
            "actor1": array("i"), "actor2": array("i"), "article": array("i"), "story": array("i"),
            "location": array("i"), "inter1": array("b"), "inter2": array("b"), "location_text": array("i"),
            "fatalities": array("i"), "wounded": array("i")}
        self._id, self._key, self._start, self._end, self._tp = c["id"], c["key"], c["start"], c["end"], c["tp"]
        self._phrase, self._lat, self._lon, self._gp = c["phrase"], c["lat"], c["lon"], c["gp"]
        self._admin1, self._admin2, self._location = c["admin1"], c["admin2"], c["location"]
        self._actor1, self._actor2, self._article, self._story = c["actor1"], c["actor2"], c["article"], c["story"]
        self._inter1, self._inter2, self._location_text = c["inter1"], c["inter2"], c["location_text"]
        self._fatalities, self._wounded = c["fatalities"], c["wounded"]

    def __len__(self) -> int:
        return len(self._id)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> "_LightIndex":
        idx = cls()
        cur = con.execute(f"SELECT {', '.join(_LIGHT_FIELDS)} FROM events")
        while chunk := cur.fetchmany(10_000):
            for r in chunk:
                idx._set(r, None)
        for starts, rows in idx.groups.values():  # sorted once, by start date
            order = sorted(range(len(starts)), key=starts.__getitem__)
            starts[:] = array("i", [starts[i] for i in order])
            rows[:] = array("i", [rows[i] for i in order])
        return idx

    # -- columns --------------------------------------------------------------------------------------------
    def _string(self, v: str | None) -> int:
        if v is None:
            return 0
        n = self._string_no.get(v)
        if n is None:
            n = self._string_no[v] = len(self._strings)
            self._strings.append(v)
        return n

    def _encode_id(self, event_id: str) -> int:
        if len(event_id) == 12 and _HEX.issuperset(event_id):
            return int(event_id, 16)
        self._odd_ids.append(event_id)
        return -len(self._odd_ids)

    def _decode_id(self, v: int) -> str:
        return f"{v:012x}" if v >= 0 else self._odd_ids[-v - 1]

    def _set(self, r: tuple[Any, ...], row: int | None, *, keep_sorted: bool = False) -> None:
        """Write light row `r` (values in `_LIGHT_FIELDS` order) at `row` (None: a new row at the end)."""
        (eid, etype, sub, cat, start, end, tp, phrase, cc, lat, lon, gp, admin1, admin2, actor1, actor2, article,
         story, location, inter1, inter2, location_text, fatalities, wounded) = r
        key = (etype, sub, cat, cc, tp)
        k = self._key_no.get(key)
        if k is None:
            k = self._key_no[key] = len(self._keys)
            self._keys.append(key)
        d = start.toordinal() if start is not None else _NO_DATE
        values = (self._encode_id(eid) if row is None else self._id[row], k, d,
                  end.toordinal() if end is not None else 0, -1 if tp is None else tp, self._string(phrase),
                  math.nan if lat is None else lat, math.nan if lon is None else lon, -1 if gp is None else gp,
                  self._string(admin1), self._string(admin2), self._string(actor1), self._string(actor2),
                  self._string(article), self._string(story), self._string(location),
                  -1 if inter1 is None else inter1, -1 if inter2 is None else inter2, self._string(location_text),
                  -1 if fatalities is None else fatalities, -1 if wounded is None else wounded)
        if row is None:
            row = len(self._id)
            for col, v in zip(self._cols.values(), values):
                col.append(v)
            if story is not None:
                self._by_story.setdefault(self._story[row], []).append(row)
        else:
            for col, v in zip(self._cols.values(), values):
                col[row] = v
        if key not in self.groups:
            self.groups[key] = (array("i"), array("i"))
            self._by_kind.setdefault(key[:3], []).append(key)
        starts, rows = self.groups[key]
        self._order.setdefault(key[:4], len(self._order))
        if keep_sorted:
            i = bisect.bisect_right(starts, d)
            starts.insert(i, d)
            rows.insert(i, row)
        else:
            starts.append(d)
            rows.append(row)
        if start is not None:
            length = (end - start) if end is not None else _OPEN_RANGE
            if key not in self.longest or length > self.longest[key]:
                self.longest[key] = length

    def _light(self, row: int) -> _Light:
        etype, sub, cat, cc, tp = self._keys[self._key[row]]
        d, end, lat, lon, gp = self._start[row], self._end[row], self._lat[row], self._lon[row], self._gp[row]
        s = self._strings
        return _Light(self._decode_id(self._id[row]), etype, sub, cat,
                      _from_ordinal(d) if d != _NO_DATE else None, _from_ordinal(end) if end else None,
                      tp, s[self._phrase[row]], cc, None if lat != lat else lat, None if lon != lon else lon,
                      None if gp < 0 else gp,
                      s[self._admin1[row]], s[self._admin2[row]], s[self._actor1[row]], s[self._actor2[row]],
                      s[self._article[row]], s[self._story[row]], s[self._location[row]],
                      None if self._inter1[row] < 0 else self._inter1[row],
                      None if self._inter2[row] < 0 else self._inter2[row], s[self._location_text[row]],
                      None if self._fatalities[row] < 0 else self._fatalities[row],
                      None if self._wounded[row] < 0 else self._wounded[row], row)

    def put(self, ev: Event, replaces: int | None = None) -> None:
        """Add the light row of `ev`, or write it over row `replaces` (the stored event it was merged from: a
        merge can move an event's date or place)."""
        if replaces is not None:
            starts, rows = self.groups[self._keys[self._key[replaces]]]
            d = self._start[replaces]
            i = bisect.bisect_left(starts, d)
            while rows[i] != replaces:  # among the events of that start date
                i += 1
            del starts[i]
            del rows[i]
        self._set(tuple(getattr(ev, f) for f in _LIGHT_FIELDS), replaces, keep_sorted=True)

    def candidates(self, ev: Event, story_ids: Iterable[str] = ()) -> Iterator[_Light]:
        """The stored events whose type, country and dates `compatible` could accept with `ev`, by country
        group (in the order first seen), start date and id: the first compatible one is the one merged into.
        Light rows are built as they are asked for (the caller stops at the first compatible one). `story_ids`:
        the ids `ev`'s story goes by in the light rows besides its own (the stories folded into it, or the one it
        was folded into, since the rows were written: see `Store._story_ids`)."""
        found: list[tuple[tuple[bool, int], int, Any, int]] = []
        own_slack = date_slack(ev.time_precision)
        ids = self._id
        # 12-hex-digit ids sort as their integers do; any other id makes the index compare strings
        fast = not self._odd_ids
        id_key = (lambda r: ids[r]) if fast else (lambda r: self._decode_id(ids[r]))
        own = (ev.event_type, ev.sub_event_type, ev.plover_category)
        keys = [(kind != own, key) for kind in kinds_to_search(own, self._by_kind) for key in self._by_kind[kind]]
        for sibling, key in keys:
            starts, rows = self.groups[key]
            if key[3] is not None and ev.country_code is not None and key[3] != ev.country_code:
                continue
            order = (sibling, self._order[key[:4]])
            if ev.date_start is None:
                hi = bisect.bisect_right(starts, _NO_DATE)
                found.extend((order, _NO_DATE, id_key(r), r) for r in rows[:hi])
                continue
            longest = self.longest.get(key, timedelta(0))
            slack = max(date_slack(key[4]), own_slack)
            if key[4] == ev.time_precision == 1:  # a weekday read a week off, in one story (`compatible`)
                slack = max(slack, WEEK_OFF_SLACK)
            # compatible: stored start <= our end + slack, and our start <= stored end + slack, where a stored
            # end is at most its start + the group's longest range
            end = ev.date_end if ev.date_end is not None else ev.date_start + _OPEN_RANGE
            lo = max(bisect.bisect_left(starts, (ev.date_start - slack - longest).toordinal()),
                     bisect.bisect_right(starts, _NO_DATE))
            hi = bisect.bisect_right(starts, (end + slack).toordinal())
            if fast:
                found.extend(zip(repeat(order), starts[lo:hi], [ids[r] for r in rows[lo:hi]], rows[lo:hi]))
            else:
                found.extend((order, starts[j], id_key(rows[j]), rows[j]) for j in range(lo, hi))
        found.sort()
        for *_, r in found:
            yield self._light(r)
        yield from self._follow_ups(ev, {r for *_, r in found}, story_ids)

    def _follow_ups(self, ev: Event, seen: set[int], story_ids: Iterable[str]) -> Iterator[_Light]:
        """The stored events of `ev`'s story (under any of the ids it goes by) and kind beyond the dates searched
        by kind and country, that `ev` may follow up (`compatible`: the same county and dead, within
        FOLLOW_UP_SLACK), by start date."""
        if not (ev.story_id and ev.fatalities and ev.date_start):
            return
        stories = {n for n in map(self._string_no.get, {ev.story_id, *story_ids}) if n is not None}
        lo, hi = (ev.date_start - FOLLOW_UP_SLACK).toordinal(), (ev.date_start + FOLLOW_UP_SLACK).toordinal()
        own = (ev.event_type, ev.sub_event_type, ev.plover_category)
        rows = [r for n in stories for r in self._by_story.get(n, ()) if r not in seen and self._story[r] == n and
                lo <= self._start[r] <= hi and self._keys[self._key[r]][:3] == own]
        for r in sorted(rows, key=lambda r: (self._start[r], r)):
            yield self._light(r)


__all__ = ["Store"]


def _memory_value(memory: str) -> str:
    """A memory limit as DuckDB reads it ("48MB", "1GB", "512 MiB"); anything else is a usage error."""
    import re

    if not re.fullmatch(r"\s*\d+(\.\d+)?\s*([KMGT]i?B|[KMGT]|bytes)?\s*", memory, re.IGNORECASE):
        raise StoreError(f"memory limit {memory!r} is not a size such as 48MB or 1GB (SITREP_DB_MEMORY, "
                         "SITREP_DB_READ_MEMORY)")
    return memory.strip()


def _dumps(obj: Any) -> str:
    """JSON text for the JSON columns (orjson: the mention details are ~130 objects an article)."""
    return orjson.dumps(obj).decode()

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
        self._index: _LightIndex | None = None  # stored events for merge look-ups, loaded at the first write
        self._stories: StoryIndex | None = None  # recent stories for story assignment, loaded at the first write
        # story id -> the story it was folded into, for the stories folded since the index of events was loaded
        # (the store's rows follow a fold at once; the light rows and the events of a batch keep the old id)
        self._story_folds: dict[str, str] = {}
        self._folded_into: dict[str, set[str]] = {}  # the other way: a story -> every story folded into it since

    # -- lifecycle --------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path = "sitrep.duckdb", *, read_only: bool = False,
             memory: str | None = None) -> "Store":
        """Open (creating and migrating when writable) a store. `memory`: DuckDB's memory limit; by default the
        settings' `db_memory` for a writable store, `db_read_memory` for a read-only one."""
        p = str(path)
        if read_only and p != ":memory:" and not Path(p).exists():
            raise StoreError("no such store (run `sitrep ingest` first)", path=p)
        if p != ":memory:" and Path(p).exists() and Path(p).is_dir():
            raise StoreError("is a directory, not a DuckDB file", path=p)
        try:
            # a bounded buffer cache keeps memory flat however large the store grows (DuckDB's default is 80% of
            # RAM); pages beyond it are read from the file again when needed. Nothing a write touches is held
            # outside that cache since schema v3 dropped the ART indexes, so a small one is enough for ingest.
            if memory is None:
                settings = Settings.from_env()
                memory = settings.db_read_memory if read_only else settings.db_memory
            # set after connecting: a connection config that differs from another open connection's to the same
            # file (one process: the dashboard and a command, a test) is refused; the limit is the database's
            con = duckdb.connect(p, read_only=read_only)
            con.execute(f"SET memory_limit = '{_memory_value(memory)}'")
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
            _COLUMNS.clear()  # the tables' columns changed: ask again at the next write

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

    def add_batch(self, articles: Sequence[Article], rejects: Sequence[Reject] = (), *,
                  prebuilt: Mapping[str, dict[str, list[tuple[Any, ...]]]] | None = None) -> list[str]:
        """Store articles (skipping content already stored), their analysis and events, in one transaction.
        Rows are collected per table and written in bulk (DuckDB is slow at row-by-row inserts). `prebuilt`:
        `article_rows` already built for some articles, by id (their analysis lists may then be empty).
        Returns the ids of the articles newly stored; `last_merged` then says how many of their event mentions
        were merged into an event another article (stored or in this batch) already reported."""
        self.last_merged = 0
        try:
            with self.transaction():
                self.add_rejects(rejects)
                known = self.known_hashes([a.content_hash for a in articles])
                rows = _Rows()
                if self._index is None:
                    self._index = _LightIndex.load(self.con)
                    self._story_folds, self._folded_into = {}, {}
                pending: dict[str, Event] = {}  # event_id -> event to (re)insert
                replaced: set[str] = set()  # stored event ids rewritten by a merge
                deferred: dict[str, list[Event]] = {}  # stored event id -> new mentions to merge into it
                index_rows: dict[str, int] = {}  # stored event id -> its row in the light index
                stored: list[str] = []
                by_key: dict[tuple[Any, ...], list[str]] = {}
                if self._stories is None:
                    self._stories = self._load_stories()
                for a in articles:
                    if a.content_hash in known:
                        continue
                    known.add(a.content_hash)
                    pre = prebuilt.get(a.id) if prebuilt else None
                    if pre is not None:
                        rows.extend(pre)
                    else:
                        rows.article(a)
                    self._assign_story(a, rows)
                    for ev in a.events:
                        self._place_event(ev, pending, deferred, by_key, index_rows)
                    stored.append(a.id)
                # stored events that new mentions merge into: loaded together (one scan per table, not per event)
                now = _now()
                # evidence is append-only: a stored event is read and rewritten without it (its evidence rows stay,
                # the merged mentions' rows are added), so a merge costs the same however many sources it has
                for full in self.events_many(list(deferred), evidence=False):
                    for ev in deferred[full.event_id]:
                        if any(s.article_id == ev.article_id for s in full.sources):
                            self._keep_new(ev, pending, now)
                            continue
                        full = merge(full, ev)
                        full.updated = now
                        self.last_merged += 1
                    replaced.add(full.event_id)
                    pending[full.event_id] = full
                self._delete_events(sorted(replaced))
                for ev in pending.values():
                    rows.event(ev)
                rows.write(self.con)
                self._write_stories()
                if stored:  # a reject for a path that now stored fine is stale
                    self.con.execute("DELETE FROM rejects WHERE path IN (SELECT UNNEST(?))",
                                     [[a.path for a in articles if a.id in stored and a.path]])
        except duckdb.Error as exc:
            self._index = self._stories = None  # rebuilt from the store at the next batch
            raise StoreError(f"cannot write to the store: {exc}", path=self.path) from exc
        except BaseException:
            self._index = self._stories = None
            raise
        assert self._index is not None
        for ev in pending.values():  # committed: the index follows the store (a merged event over its old row)
            self._index.put(ev, index_rows[ev.event_id] if ev.event_id in replaced else None)
        return stored

    def _place_event(self, ev: Event, pending: dict[str, Event], deferred: dict[str, list[Event]],
                     by_key: dict[tuple[Any, ...], list[str]], index_rows: dict[str, int]) -> None:
        """Merge `ev` into a compatible event pending in this batch, or mark it for the stored event it merges
        into (`deferred`, merged once all of the batch is placed), or keep it as new. `by_key` lists the ids
        pending in this batch by (type, sub-type, PLOVER category): only those can be compatible."""
        now = _now()
        for e in ev.evidence:
            e.article_id = ev.article_id
        key = (ev.event_type, ev.sub_event_type, ev.plover_category)
        for cand_id in (i for k in kinds_to_search(key, by_key) for i in by_key[k]):
            cand = pending[cand_id]
            if cand.country_code and ev.country_code and cand.country_code != ev.country_code:
                continue
            if not compatible(cand, ev, self._story_root):
                continue
            if any(s.article_id == ev.article_id for s in cand.sources) or cand.article_id == ev.article_id:
                continue
            merged = merge(cand, ev)
            self.last_merged += 1
            merged.updated = now
            pending[merged.event_id] = merged
            return
        assert self._index is not None
        for light in self._index.candidates(ev, self._story_ids(ev.story_id)):
            if light.event_id in pending or light.article_id == ev.article_id \
                    or not compatible(light, ev, self._story_root):
                continue
            deferred.setdefault(light.event_id, []).append(ev)
            index_rows[light.event_id] = light.row
            return
        self._keep_new(ev, pending, now)
        by_key.setdefault(key, []).append(ev.event_id)

    # -- stories --------------------------------------------------------------------------------------------
    def _load_stories(self) -> StoryIndex:
        """The story index from the store: all document frequencies, and the stories recent enough to be joined
        (last article within the window of the newest one, or undated), with their articles' signatures."""
        idx = StoryIndex()
        window = idx.settings.window_days
        n_docs = int(self.con.execute("SELECT count(*) FROM article_stories").fetchone()[0])  # type: ignore[index]
        newest = self.con.execute("SELECT max(last_published) FROM stories").fetchone()[0]  # type: ignore[index]
        recent = ("last_published IS NULL OR last_published >= ?", [newest - timedelta(days=window)]) \
            if newest is not None else ("TRUE", [])
        ids = (f"SELECT story_id FROM stories WHERE {recent[0]}", recent[1])
        stories, days = self._story_rows(*ids)
        members = self.con.execute("SELECT article_id, story_id, signature, duplicate_of FROM article_stories "
                                   f"WHERE story_id IN ({ids[0]})", ids[1]).fetchall()
        df = self.con.execute("SELECT term, df FROM story_df").fetchnumpy()  # ~10^6 rows: columns, not tuples
        # older stories, up to `recall_days` back, by the days they named: fetched when a new report names one
        older = self._story_days("SELECT story_id FROM stories WHERE last_published < ? AND last_published >= ?",
                                 [newest - timedelta(days=window), newest - timedelta(days=idx.settings.recall_days)]) \
            if newest is not None else []
        idx.preload(n_docs=n_docs, df=zip(df["term"].tolist(), df["df"].tolist()),
                    stories=stories, members=members, days=days, older_days=older)
        idx.fetch_older = self._stored_stories
        return idx

    def _stored_stories(self, ids: set[str]) -> tuple[list[Any], list[Any], list[tuple[str, str]]]:
        """Older stories by id from the store, with their days (see `_load_stories`); not their articles'
        signatures (a scan of every article's row, ~50 ms at 100,000: a wire copy of a months-old report is
        rare, and is still put in the story by its words)."""
        stories, days = self._story_rows("SELECT UNNEST(?)", [sorted(ids)])
        return stories, [], days

    def _story_rows(self, ids_sql: str, params: list[Any]) -> tuple[list[Any], list[tuple[str, str]]]:
        """The stories whose ids `ids_sql` selects, as `StoryIndex.preload` takes them, and their days."""
        stories = [(sid, title, first, last, n, orjson.loads(c) if c else {}) for sid, title, first, last, n, c in
                   self.con.execute("SELECT story_id, title, first_published, last_published, articles, centroid "
                                    f"FROM stories WHERE story_id IN ({ids_sql})", params).fetchall()]
        return stories, self._story_days(ids_sql, params)

    def _story_days(self, ids_sql: str, params: list[Any]) -> list[tuple[str, str]]:
        return self.con.execute(f"SELECT story_id, day FROM story_days WHERE story_id IN ({ids_sql})",
                                params).fetchall()

    def _assign_story(self, a: Article, rows: "_Rows") -> Assignment:
        """Put a newly stored article in a story; its events take the story id, its sources the duplicate."""
        assert self._stories is not None
        idx = self._stories
        # the stories stage sets both (and may find no terms); without it they are computed here
        terms = a.story_terms if a.signature is not None else story_terms(a, idx.settings)
        sig = a.signature or signature_bytes(minhash_signature(a.text, idx.settings.num_perm))
        got = idx.assign(a.id, terms, a.published, title=a.title, signature=signature_values(sig),
                         story_id=f"st{a.id}")
        rows.add("article_stories", (a.id, got.story_id, got.similarity, got.duplicate_of, sig))
        for drop, keep in idx.merges_delta:
            self._story_folds[drop] = keep
            self._folded_into.setdefault(keep, set()).update({drop}, self._folded_into.pop(drop, ()))
        for ev in a.events:
            ev.story_id = got.story_id
            for s in ev.sources:
                if s.article_id == a.id:
                    s.duplicate_of = got.duplicate_of
        return got

    def _story_root(self, story_id: str | None) -> str | None:
        """The story `story_id` is now part of (itself unless it was folded into another)."""
        for _ in range(len(self._story_folds)):
            if story_id not in self._story_folds:
                break
            story_id = self._story_folds[story_id]
        return story_id

    def _story_ids(self, story_id: str | None) -> set[str]:
        """Every id story `story_id` goes by in the index of events: the story it is now part of, and each story
        folded into that one since the index was loaded (whose light rows still carry the folded id)."""
        if story_id is None:
            return set()
        root = self._story_root(story_id)
        return {root, *self._folded_into.get(root, ())}  # type: ignore[arg-type]

    def _write_stories(self) -> None:
        assert self._stories is not None
        changed, delta, days, merges = self._stories.take_changes()
        if days:
            rows = _Rows()
            for row in days:
                rows.add("story_days", row)
            rows.write(self.con)
        for drop, keep in merges:  # in order: a story merged into one merged later follows it
            for table in ("article_stories", "events", "story_days"):
                self.con.execute(f"UPDATE {table} SET story_id = ? WHERE story_id = ?", [keep, drop])
            self.con.execute("DELETE FROM stories WHERE story_id = ?", [drop])
        if changed:
            self.con.execute("DELETE FROM stories WHERE story_id IN (SELECT UNNEST(?))", [[s.story_id for s in changed]])
            rows = _Rows()
            now = _now()
            for st in changed:
                rows.add("stories", (st.story_id, st.title, st.first, st.last, st.n, _dumps(st.tf), now))
            rows.write(self.con)
        if delta:
            import pyarrow as pa

            terms = list(delta)
            self.con.register("_bulk_df", pa.table({"term": terms, "df": [delta[t] for t in terms]}))
            try:
                # no key on story_df (see schema v3): counts of known terms are raised, new terms inserted
                self.con.execute("UPDATE story_df SET df = story_df.df + b.df FROM _bulk_df b "
                                 "WHERE story_df.term = b.term")
                self.con.execute("INSERT INTO story_df SELECT term, df FROM _bulk_df "
                                 "WHERE term NOT IN (SELECT term FROM story_df)")
            finally:
                self.con.unregister("_bulk_df")

    @staticmethod
    def _keep_new(ev: Event, pending: dict[str, Event], now: datetime) -> None:
        ev.first_seen = ev.first_seen or now
        ev.updated = now
        ev.story_id = ev.story_id or ev.event_id
        pending[ev.event_id] = ev

    def _delete_events(self, event_ids: list[str]) -> None:
        """Delete the rows of events about to be written again (their evidence stays: it is append-only)."""
        if not event_ids:
            return
        for table in ("events", "event_sources", "disagreements"):
            self.con.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT UNNEST(?))", [event_ids])

    # -- reads ------------------------------------------------------------------------------------------
    def event(self, event_id: str) -> Event:
        """One event with its sources, evidence and disagreements; a unique id prefix is accepted."""
        got = self.events_many([event_id])
        if got:
            return got[0]
        rows = self.con.execute("SELECT event_id FROM events WHERE event_id LIKE ?", [event_id + "%"]).fetchall()
        if len(rows) == 1:
            return self.event(rows[0][0])
        raise NotFound(f"no event with id {event_id!r}" + (" (ambiguous prefix)" if rows else ""))

    def events_many(self, event_ids: Sequence[str], *, evidence: bool = True) -> list[Event]:
        """Full events for these ids (those that exist, in the order given), four queries in all. Without
        `evidence` the evidence list is left empty (merging only appends to it, so it need not be read)."""
        if not event_ids:
            return []
        ids = list(event_ids)
        by_id: dict[str, Event] = {}
        for row in self.con.execute(f"SELECT {', '.join(_EVENT_FIELDS)} FROM events WHERE event_id IN "
                                    "(SELECT UNNEST(?))", [ids]).fetchall():
            ev = Event(**dict(zip(_EVENT_FIELDS, row)))
            by_id[ev.event_id] = ev
        if not by_id:
            return []
        found = list(by_id)
        for r in self.con.execute(
                "SELECT event_id, article_id, outlet, url, published, title, duplicate_of, path, record_id "
                "FROM event_sources "
                "WHERE event_id IN "
                "(SELECT UNNEST(?)) ORDER BY published NULLS LAST, article_id", [found]).fetchall():
            by_id[r[0]].sources.append(Source(*r[1:]))
        for r in self.con.execute(
                "SELECT event_id, field, value, article_id, sentence, start_char, end_char, sentence_text, rule "
                "FROM evidence WHERE event_id IN (SELECT UNNEST(?))", [found]).fetchall() if evidence else ():
            by_id[r[0]].evidence.append(Evidence(field=r[1], value=r[2], article_id=r[3], sentence=r[4], start=r[5],
                                                 end=r[6], text=r[7], rule=r[8]))
        dis: dict[str, dict[str, Disagreement]] = {}
        for eid, f, art, val in self.con.execute(
                "SELECT event_id, field, article_id, value FROM disagreements WHERE event_id IN (SELECT UNNEST(?))",
                [found]).fetchall():
            dis.setdefault(eid, {}).setdefault(f, Disagreement(f, {})).values[art] = val
        for eid, d in dis.items():
            by_id[eid].disagreements = list(d.values())
        return [by_id[i] for i in ids if i in by_id]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "rejects", "quotes", "figures"):
            out[table] = int(self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
        return out


_COLUMNS: dict[str, list[str]] = {}


class _Rows:
    """Rows for each table, collected over a batch and written with one INSERT per table."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple[Any, ...]]] = {}

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.tables.setdefault(table, []).append(row)

    def article(self, a: Article) -> None:
        self.extend(article_rows(a))

    def extend(self, tables: dict[str, list[tuple[Any, ...]]]) -> None:
        for table, rows in tables.items():
            self.tables.setdefault(table, []).extend(rows)

    def event(self, ev: Event) -> None:
        self.add("events", tuple(getattr(ev, f) for f in _EVENT_FIELDS))
        for s in ev.sources:
            self.add("event_sources", (ev.event_id, s.article_id, s.outlet, s.url, s.published, s.title,
                                       s.duplicate_of, s.path, s.record_id))
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
            if table == "rejects":
                continue
            cols = _COLUMNS.get(table)
            if cols is None:  # the schema is fixed for a schema version: asked once a process
                cols = _COLUMNS[table] = [r[0] for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                    "ORDER BY ordinal_position", [table]).fetchall()]
            arrow = pa.table({c: pa.array(list(v)) for c, v in zip(cols, zip(*rows))})
            name = f"_bulk_{table}"
            con.register(name, arrow)
            try:
                con.execute(f"INSERT INTO {table} SELECT * FROM {name}")
            finally:
                con.unregister(name)


def article_rows(a: Article) -> dict[str, list[tuple[Any, ...]]]:
    """An analysed article's own rows, per table: the article, its sentences, mentions, quotes and figures (not
    its events, which may merge with others). Built where the article was analysed, so that a worker process
    sends flat tuples back rather than thousands of objects (see `Pipeline.ingest`)."""
    mentions: list[tuple[Any, ...]] = []
    add = mentions.append
    for d in a.dates:
        add((a.id, "date", d.start, d.end, d.text, f"{d.date_start}..{d.date_end}" if d.date_start else None,
             d.sentence, _dumps({"precision": d.precision, "rule": d.rule, "anchored": d.anchored})))
    for n in a.numbers:
        add((a.id, "number", n.start, n.end, n.text, str(n.value), n.sentence,
             _dumps({"counted": n.counted, "unit": n.unit, "qualifier": n.qualifier, "low": n.low, "high": n.high,
                     "vague": n.vague})))
    for p in a.places:
        add((a.id, "place", p.start, p.end, p.text, p.name, p.sentence,
             _dumps({"geonames_id": p.geonames_id, "country_code": p.country_code, "admin1": p.admin1,
                     "feature": p.feature, "lat": p.latitude, "lon": p.longitude, "confidence": p.confidence,
                     "context": p.context})))
    for m in a.actors:
        add((a.id, "actor", m.start, m.end, m.text, m.actor, m.sentence,
             _dumps({"inter": m.inter, "kind": m.kind, "country_code": m.country_code})))
    return {
        "articles": [(a.id, a.content_hash, a.title, a.published, a.outlet, a.url, a.path, a.language, a.text,
                      a.raw_text, _dumps([asdict(r) for r in a.removed]), _dumps(a.warnings), _now(), a.record_id)],
        "sentences": [(a.id, s.index, s.start, s.end) for s in a.sentences],
        "mentions": mentions,
        "quotes": [(a.id, q.start, q.end, q.text, q.speaker, q.sentence) for q in a.quotes],
        "figures": [(a.id, f.sentence, f.start, f.end, f.text, f.value, f.unit, f.kind, f.about) for f in a.figures],
    }
