"""The events table of a store that does not change, held in memory as numpy columns: a server's accelerator.

`sitrep serve` answers the dashboard's questions — a filtered, sorted page of the event table, 10,000 events as
GeoJSON, counts by week, type and region — for every filter a user types. Through DuckDB each is a count and a
top-N query: about 9 ms for a page of 100,000 events and 15 ms for 10,000 ids, which twenty clients at once on two
cores turn into a queue (p95 142 and 446 ms). Held here, the same filter is a few boolean masks and a gather along
a sort order built once (about 1 ms), and each event's table row and GeoJSON Feature are serialized once.

Semantics are the SQL's, not a re-implementation of them: every folded value (``lower``, ``strip_accents``,
``coalesce``) is computed by DuckDB when the index is built, each sort order (``ORDER BY col [DESC] NULLS LAST,
event_id``) is DuckDB's own, and a filter the index cannot answer the same way (``text``: words anywhere in the
notes) is left to SQL: `supports` says which. tests/test_event_index.py compares both paths on random filters.

Built by `EventIndex.build(store)` (1.5 s for 100,000 events: one scan, one sort query per sortable column and
direction, the serialization); its events do not change afterwards and any number of threads may use it at once
(its caches — folded values, masks, GeoJSON buffers — are filled under a lock or by atomic dict updates). A server
drops it before an ingest and builds a new one after (web/app.py).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson

if TYPE_CHECKING:
    from sitrep.query import EventFilter
    from sitrep.store.db import Store

__all__ = ["EventIndex"]

_EPOCH = date(1970, 1, 1)
_NO_DAY = np.iinfo(np.int32).min
_MAX_RUNS = 1_000  # pieces of a GeoJSON page cut from a sort order's buffer; more: Features gathered one by one
# sort orders whose GeoJSON buffer (about 34 MB at 100,000 events) is built with the index and kept: the table's
# default and the map's (static/dashboard.js); of the others, the _RUN_ORDERS used last are kept
_PINNED_ORDERS = ("-event_date", "-fatalities")
_RUN_ORDERS = 2


@dataclass(slots=True)
class _Codes:
    """A text column as integer codes into its distinct values (None is a value of its own)."""

    codes: np.ndarray
    values: list[str | None]

    def where(self, test: Any) -> np.ndarray:
        """Rows whose value passes `test` (never called with None: NULL matches no SQL comparison)."""
        hit = np.flatnonzero(np.fromiter((v is not None and bool(test(v)) for v in self.values), dtype=bool,
                                         count=len(self.values)))
        if len(hit) == 1:
            return self.codes == hit[0]  # (one value: a comparison is several times faster than a gather)
        out = np.zeros(len(self.values), dtype=bool)
        out[hit] = True
        return out[self.codes]


@dataclass(slots=True)
class EventIndex:
    ids: list[str]
    rows: list[bytes]  # each event's ROW_COLUMNS as a JSON object
    features: list[bytes | None]  # each mappable event's GeoJSON Feature (None: not mappable)
    country_code: _Codes
    country_lower: _Codes
    country: _Codes
    admin1_fold: _Codes
    admin1: _Codes
    types: tuple[_Codes, _Codes, _Codes]  # lower(event_type), lower(sub_event_type), lower(disorder_type)
    event_type: _Codes
    actors: tuple[_Codes, ...]  # lower() of each actor column
    event_day: np.ndarray  # days since 1970-01-01; _NO_DAY for NULL
    end_day: np.ndarray  # coalesce(date_end, event_date)
    start_day: np.ndarray  # coalesce(date_start, event_date)
    fatalities: np.ndarray
    fatalities_ok: np.ndarray
    sums: dict[str, np.ndarray]  # fatalities, low, best, high as float64 (bincount's weights), NULL as 0
    lon: np.ndarray
    lat: np.ndarray
    located: np.ndarray  # latitude and longitude not NULL
    mappable: np.ndarray
    orders: dict[str, np.ndarray]  # "-event_date" -> row positions in that order (ties by event_id)
    store_counts: dict[str, int]  # rows per table (Store.counts) when it was built
    _folds: dict[str, str | None] = field(default_factory=dict)
    _masks: dict[tuple[Any, ...], np.ndarray] = field(default_factory=dict)
    # sort order -> (its mappable Features, each followed by a comma, as one buffer; where each rank's Feature
    # starts, n + 1 offsets: a rank without one is empty); see feature_pieces
    _runs: dict[str, tuple[bytes, np.ndarray]] = field(default_factory=dict)
    _building: set[str] = field(default_factory=set)
    _runs_lock: threading.Lock = field(default_factory=threading.Lock)
    # sort order -> how many mappable events come before each rank (n + 1): where a page's runs break
    _mappable_before: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    # -- building ---------------------------------------------------------------------------------------
    @classmethod
    def build(cls, store: Store) -> EventIndex:
        """Read every event of `store` once (and each sort order). The columns come from DuckDB as Arrow arrays
        (a text column dictionary-encoded: codes into its distinct values); the rows and Features are serialized
        a chunk at a time."""
        con = store.con.cursor()  # (its own: a result left unread on the store's cursor does not block it)
        try:
            con.begin()  # one snapshot for all of its queries
            try:
                index = cls._read(con, type(store)(con, store.path, read_only=True).counts())
            finally:
                con.commit()
        finally:
            con.close()
        # the default orders' GeoJSON buffers now, in the builder's thread (60-90 ms each at 100,000 events)
        for key in _PINNED_ORDERS:
            index._runs[key] = index._make_runs(key)
        return index

    @classmethod
    def _read(cls, con: Any, store_counts: dict[str, int]) -> EventIndex:
        from sitrep.query import FEATURE_COLUMNS, ROW_COLUMNS, SORTABLE, feature_json

        numbered = "(SELECT row_number() OVER (ORDER BY event_id) - 1 AS p, * FROM events)"
        text = {"country_code": "country_code", "country_lower": "lower(country)", "country": "country",
                "admin1_fold": "strip_accents(lower(admin1))", "admin1": "admin1", "t0": "lower(event_type)",
                "t1": "lower(sub_event_type)", "t2": "lower(disorder_type)", "event_type": "event_type",
                "a0": "lower(actor1)", "a1": "lower(actor2)", "a2": "lower(assoc_actor_1)",
                "a3": "lower(assoc_actor_2)"}
        day = "coalesce(datediff('day', DATE '1970-01-01', {}), " + str(int(_NO_DAY)) + ")::INTEGER"
        numeric = {
            "event_day": day.format("event_date"), "end_day": day.format("coalesce(date_end, event_date)"),
            "start_day": day.format("coalesce(date_start, event_date)"),
            "fatalities": "coalesce(fatalities, 0)::BIGINT", "fatalities_ok": "fatalities IS NOT NULL",
            "low": "coalesce(low, 0)::BIGINT", "best": "coalesce(best, 0)::BIGINT", "high": "coalesce(high, 0)::BIGINT",
            "lon": "coalesce(longitude, 0)::DOUBLE", "lat": "coalesce(latitude, 0)::DOUBLE",
            "located": "latitude IS NOT NULL AND longitude IS NOT NULL",
            "mappable": "coalesce(latitude IS NOT NULL AND longitude IS NOT NULL AND coalesce(where_prec, 1) < 6, false)"}
        texts = ", ".join(f"{e} AS {k}" for k, e in text.items())
        nums = ", ".join(f"{e} AS {k}" for k, e in numeric.items())
        rel = con.sql(f"SELECT {texts}, {nums} FROM {numbered} ORDER BY p")
        table = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()  # DuckDB 2 / 1
        a = {k: table[k].to_numpy(zero_copy_only=False) for k in numeric}

        def codes(key: str) -> _Codes:
            d = table[key].combine_chunks().dictionary_encode(null_encoding="encode")
            return _Codes(d.indices.to_numpy(zero_copy_only=False).astype(np.int32), d.dictionary.to_pylist())

        orders = {}
        for col in SORTABLE:
            for desc in (False, True):
                got = con.execute(f"SELECT p FROM {numbered} ORDER BY {col} {'DESC' if desc else 'ASC'} NULLS LAST, "
                                  "event_id").fetchnumpy()["p"]
                orders[("-" if desc else "") + col] = np.asarray(got, dtype=np.int32)
        ids: list[str] = []
        rows: list[bytes] = []
        features: list[bytes | None] = []
        n_row = len(ROW_COLUMNS)
        cur = con.execute(f"SELECT {', '.join(ROW_COLUMNS)}, longitude, latitude, {', '.join(FEATURE_COLUMNS)}, "
                          f"{numeric['mappable']} FROM {numbered} ORDER BY p")
        while chunk := cur.fetchmany(10_000):
            for r in chunk:
                ids.append(r[0])
                # (a copy of each: orjson's bytes keep its whole output buffer, 8 KB a row, 1.3 GB for 100,000
                # rows and Features where the copies take 85 MB)
                rows.append(memoryview(orjson.dumps(dict(zip(ROW_COLUMNS, r[:n_row])))).tobytes())
                features.append(memoryview(feature_json(r[n_row:-1], FEATURE_COLUMNS)).tobytes() if r[-1] else None)
        return cls(
            ids=ids, rows=rows, features=features,
            country_code=codes("country_code"), country_lower=codes("country_lower"), country=codes("country"),
            admin1_fold=codes("admin1_fold"), admin1=codes("admin1"),
            types=(codes("t0"), codes("t1"), codes("t2")), event_type=codes("event_type"),
            actors=tuple(codes(k) for k in ("a0", "a1", "a2", "a3")),
            event_day=a["event_day"], end_day=a["end_day"], start_day=a["start_day"],
            fatalities=a["fatalities"], fatalities_ok=a["fatalities_ok"],
            sums={k: a[k].astype(np.float64) for k in ("fatalities", "low", "best", "high")},
            lon=a["lon"], lat=a["lat"], located=a["located"], mappable=a["mappable"], orders=orders,
            store_counts=store_counts)

    # -- filtering --------------------------------------------------------------------------------------
    @staticmethod
    def supports(flt: EventFilter) -> bool:
        """Whether `select` answers `flt` as SQL would (words searched in the notes are left to SQL)."""
        return not (flt.text or "").split()

    def _fold(self, store: Store, value: str) -> str | None:
        """strip_accents(lower(value)) as DuckDB computes it (what the SQL filter compares)."""
        if value in self._folds:
            return self._folds[value]
        if len(self._folds) > 10_000:
            self._folds.clear()
        folded = store.con.execute("SELECT strip_accents(lower(?))", [value]).fetchall()[0][0]
        self._folds[value] = folded  # (another thread may clear the dict meanwhile: the local is returned)
        return folded

    def mask(self, store: Store, flt: EventFilter) -> np.ndarray:
        """Which events match `flt` (as `EventFilter.where` selects them; `supports(flt)` must hold). The last
        few masks are kept (the stats of one filter are three counts over the same mask); read-only."""
        flt.where()  # the same checks (since after until) and errors as the SQL path
        key = (flt.country, flt.admin1, flt.since, flt.until, flt.by_event_date, flt.event_type, flt.actor,
               flt.min_fatalities, flt.bbox)
        got = self._masks.get(key)
        if got is None:
            got = self._mask(store, flt)
            got.flags.writeable = False
            if len(self._masks) >= 64:
                self._masks.clear()
            self._masks[key] = got
        return got

    def _mask(self, store: Store, flt: EventFilter) -> np.ndarray:
        m = np.ones(len(self.ids), dtype=bool)
        if flt.country:
            up, low = flt.country.upper(), flt.country.lower()
            m &= self.country_code.where(lambda v: v == up) | self.country_lower.where(lambda v: v == low)
        if flt.admin1:
            key = self._fold(store, flt.admin1)
            m &= self.admin1_fold.where(lambda v: v == key)
        if flt.since:
            day, col = (flt.since - _EPOCH).days, self.event_day if flt.by_event_date else self.end_day
            m &= (col != _NO_DAY) & (col >= day)
        if flt.until:
            day, col = (flt.until - _EPOCH).days, self.event_day if flt.by_event_date else self.start_day
            m &= (col != _NO_DAY) & (col <= day)
        if flt.event_type:
            t = flt.event_type.lower()
            m &= self.types[0].where(lambda v: v == t) | self.types[1].where(lambda v: v == t) \
                | self.types[2].where(lambda v: v == t)
        if flt.actor:
            a = flt.actor.lower()
            hit = np.zeros(len(self.ids), dtype=bool)
            for col in self.actors:
                hit |= col.where(lambda v: a in v)
            m &= hit
        if flt.min_fatalities is not None:
            m &= self.fatalities_ok & (self.fatalities >= int(flt.min_fatalities))
        if flt.bbox is not None:
            x0, y0, x1, y1 = flt.bbox
            m &= self.located & (self.lon >= x0) & (self.lon <= x1) & (self.lat >= y0) & (self.lat <= y1)
        return m

    def select(self, store: Store, flt: EventFilter, *, mappable: bool = False) -> tuple[int, np.ndarray]:
        """How many events match, and the positions of the page `flt.limit`/`flt.offset` in `flt.sort` order."""
        key, total, ranks = self._page(store, flt, mappable)
        return total, self.orders[key][ranks]

    def _page(self, store: Store, flt: EventFilter, mappable: bool) -> tuple[str, int, np.ndarray]:
        """The sort order's key, how many events match, and the page's ranks in that order."""
        flt.order_by()  # the same errors as SQL (a column that cannot be sorted by, a negative page)
        m = self.mask(store, flt)
        if mappable:
            m = m & self.mappable
        key = ("-" if flt.sort.startswith("-") else "") + flt.sort.lstrip("-+ ")
        ranks = np.flatnonzero(m[self.orders[key]])
        if flt.limit is None:
            return key, len(ranks), ranks  # (no LIMIT, no OFFSET either, as in SQL)
        return key, len(ranks), ranks[flt.offset:flt.offset + flt.limit]

    def feature_pieces(self, store: Store, flt: EventFilter) -> tuple[int, int, list[memoryview] | np.ndarray]:
        """How many mappable events match, how many the page holds, and its Features as a few pieces to
        concatenate: the page's runs of Features that lie side by side in the sort order's buffer, commas
        included (the last one's dropped). A map's usual filters (everything, a country, a date range in date
        order, a minimum toll in toll order) make one run: one copy of the page instead of a gather of 10,000
        objects and a join over them. The page's positions instead (an array: the caller gathers those Features
        one by one) when it breaks into more than _MAX_RUNS pieces, or when the order has no buffer yet: one is
        then built in a background thread, not while a request waits (renders run on the server's event loop)."""
        key, total, ranks = self._page(store, flt, mappable=True)
        order = self.orders[key]
        if not len(ranks):
            return total, 0, []
        before = self._mappable_before.get(key)
        if before is None:
            before = np.concatenate(([0], np.cumsum(self.mappable[order], dtype=np.int64)))
            self._mappable_before[key] = before
        # a run breaks where a mappable event the page leaves out lies between two of its events (unmappable
        # events, empty in the buffer, do not break it)
        breaks = np.flatnonzero(before[ranks[1:]] - before[ranks[:-1]] != 1)
        got = self._buffer(key) if len(breaks) < _MAX_RUNS else None
        if got is None:
            return total, len(ranks), order[ranks]
        buf, off = got
        first = ranks[np.concatenate(([0], breaks + 1))]
        last = ranks[np.concatenate((breaks, [len(ranks) - 1]))]
        view = memoryview(buf)
        pieces = [view[a:b] for a, b in zip(off[first].tolist(), off[last + 1].tolist())]
        pieces[-1] = pieces[-1][:-1]
        return total, len(ranks), pieces

    def _buffer(self, key: str) -> tuple[bytes, np.ndarray] | None:
        """The order's GeoJSON buffer, or None while it is not built (a build is started)."""
        with self._runs_lock:
            got = self._runs.get(key)
            if got is not None:
                if key not in _PINNED_ORDERS:
                    self._runs[key] = self._runs.pop(key)  # the most recently used last
                return got
            if key in self._building:
                return None
            self._building.add(key)
        threading.Thread(target=self._build_runs, args=(key,), name="sitrep-geojson-buffer", daemon=True).start()
        return None

    def _build_runs(self, key: str) -> None:
        try:
            got = self._make_runs(key)
            with self._runs_lock:
                self._runs[key] = got
                others = [k for k in self._runs if k not in _PINNED_ORDERS]
                for old in others[:max(0, len(others) - _RUN_ORDERS)]:
                    del self._runs[old]
        finally:
            with self._runs_lock:
                self._building.discard(key)

    def _make_runs(self, key: str) -> tuple[bytes, np.ndarray]:
        order = self.orders[key].tolist()
        feats = self.features
        kept = [f for f in (feats[i] for i in order) if f is not None]
        lengths = np.fromiter((len(feats[i]) + 1 if feats[i] is not None else 0 for i in order),  # type: ignore[arg-type]
                              dtype=np.int64, count=len(order))
        return b",".join([*kept, b""]) if kept else b"", np.concatenate(([0], np.cumsum(lengths)))

    # -- aggregates -------------------------------------------------------------------------------------
    def counts_by_type(self, store: Store, flt: EventFilter
                       ) -> tuple[tuple[int, int, int, int, int], list[tuple[str | None, int, int, int, int, int]]]:
        """(events, fatalities, low, best, high) in total and per event type, most events first, then by name."""
        m = self.mask(store, flt)
        keys = ("fatalities", "low", "best", "high")
        k = len(self.event_type.values)
        at = np.flatnonzero(m)  # (the matched events only: a filter keeps a fraction, each bincount reads that)
        codes = self.event_type.codes[at]
        n = np.bincount(codes, minlength=k)
        sums = [np.bincount(codes, weights=self.sums[key][at], minlength=k) for key in keys]
        total = (int(n.sum()), *(int(s.sum()) for s in sums))
        out = [(self.event_type.values[c], int(n[c]), *(int(s[c]) for s in sums)) for c in np.flatnonzero(n)]
        out.sort(key=lambda r: (-r[1], r[0] is None, r[0] or ""))
        return total, out

    def weekly_counts(self, store: Store, flt: EventFilter) -> list[tuple[date, int, int]]:
        """(Monday, events, fatalities) of each ISO week with a dated event of the filter, in order."""
        m = self.mask(store, flt) & (self.event_day != _NO_DAY)
        if not m.any():
            return []
        week = (self.event_day[m].astype(np.int64) + 3) // 7  # weeks since Monday 1969-12-29 (1970-01-01: a Thursday)
        first = int(week.min())
        n = np.bincount(week - first)
        f = np.bincount(week - first, weights=self.sums["fatalities"][m])
        monday = _EPOCH - timedelta(days=3)
        return [(monday + timedelta(weeks=first + int(w)), int(n[w]), int(f[w])) for w in np.flatnonzero(n)]

    def counts_by_admin1(self, store: Store, flt: EventFilter, limit: int
                         ) -> list[tuple[str | None, str | None, int, int]]:
        """(country, admin1, events, fatalities), most events first, then most fatalities, then by name."""
        m = self.mask(store, flt)
        k = len(self.admin1.values)
        pair = self.country.codes[m].astype(np.int64) * k + self.admin1.codes[m]
        if len(self.country.values) * k <= 1_000_000:
            n = np.bincount(pair)
            f = np.bincount(pair, weights=self.sums["fatalities"][m])
            known = np.bincount(pair, weights=self.fatalities_ok[m])  # (sum() of all NULL is NULL)
            keys = np.flatnonzero(n)
            n, f, known = n[keys], f[keys], known[keys]
        else:
            keys, inverse = np.unique(pair, return_inverse=True)
            n = np.bincount(inverse, minlength=len(keys))
            f = np.bincount(inverse, weights=self.sums["fatalities"][m], minlength=len(keys))
            known = np.bincount(inverse, weights=self.fatalities_ok[m], minlength=len(keys))
        out = [(self.country.values[int(p) // k], self.admin1.values[int(p) % k], int(a), int(b), bool(z))
               for p, a, b, z in zip(keys, n, f, known)]
        # ORDER BY events DESC, fatalities DESC NULLS LAST, country, admin1 (NULLS LAST)
        out.sort(key=lambda r: (-r[2], not r[4], -r[3], r[0] is None, r[0] or "", r[1] is None, r[1] or ""))
        return [r[:4] for r in out[:limit]]
