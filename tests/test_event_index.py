"""The in-memory event index answers every filter, sort and count as the SQL of sitrep.query does: both paths
compared on a synthetic store with NULLs, accents and ties, over many random filters."""

from __future__ import annotations

import random
import threading
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from sitrep import query
from sitrep.event_index import EventIndex
from sitrep.query import EventFilter

from synthetic import make_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("ix")) / "ix.duckdb"
    st = make_store(path, 3000, seed=3)
    con = st.con
    # what a real store has and the synthetic one lacks: unknown figures and dates, accents, other countries
    con.execute("UPDATE events SET fatalities = NULL WHERE hash(event_id, 11) % 9 = 0")
    con.execute("UPDATE events SET low = NULL, best = NULL, high = NULL WHERE hash(event_id, 12) % 7 = 0")
    con.execute("UPDATE events SET event_date = NULL, date_start = NULL, date_end = NULL WHERE hash(event_id, 13) % 23 = 0")
    con.execute("UPDATE events SET date_end = NULL WHERE hash(event_id, 14) % 17 = 0")
    con.execute("UPDATE events SET admin1 = 'Tillabéri' WHERE admin1 = 'Tillaberi' AND hash(event_id, 15) % 2 = 0")
    con.execute("UPDATE events SET country = 'Mali', country_code = 'ML', admin1 = 'Ménaka' "
                "WHERE hash(event_id, 16) % 11 = 0")
    con.execute("UPDATE events SET latitude = NULL, longitude = NULL WHERE hash(event_id, 17) % 19 = 0")
    con.execute("UPDATE events SET actor2 = NULL, assoc_actor_1 = 'Dozo Militia' WHERE hash(event_id, 18) % 13 = 0")
    yield st
    st.close()


def _random_filter(rng: random.Random) -> EventFilter:
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(0, 760))
    pick = lambda *xs: rng.choice(xs) if rng.random() < 0.4 else None  # noqa: E731
    since = pick(day)
    until = pick(day + timedelta(days=rng.randrange(0, 200)))
    return EventFilter(
        country=pick("NE", "ml", "Niger", "MALI", "BF"),
        admin1=pick("Tillaberi", "TILLABÉRI", "ménaka", "Menaka", "Diffa", "nowhere"),
        since=since, until=until, by_event_date=rng.random() < 0.3,
        event_type=pick("battles", "Air/drone strike", "political violence", "Riots", "none"),
        actor=pick("jnim", "forces of niger", "dozo", "(", "zzz"),
        min_fatalities=pick(0, 1, 10, 29, 100),
        bbox=pick((0.0, 13.0, 3.0, 15.0), (7.0, 16.0, 9.0, 18.0)),
        sort=rng.choice([("-" if rng.random() < 0.5 else "") + c for c in query.SORTABLE]),
        limit=rng.choice([None, 1, 50, 500]), offset=rng.choice([0, 0, 3, 120]))


def test_every_filter_sort_and_count_is_the_sqls(store) -> None:  # type: ignore[no-untyped-def]
    index = EventIndex.build(store)
    for key in index.orders:  # every order's GeoJSON buffer (a server builds them in the background on first use)
        index._runs[key] = index._make_runs(key)
    assert len(index) == query.count_events(store, EventFilter())
    rng = random.Random(7)
    nonempty = one = several = 0
    for _ in range(300):
        flt = _random_filter(rng)
        sql = query.event_rows_json(store, flt)
        mem = query.event_rows_json(store, flt, index=index)
        assert mem == sql, flt
        nonempty += sql[0] > 0
        assert query.event_features_json(store, flt, index=index) == query.event_features_json(store, flt), flt
        # the FeatureCollection cut from a sort order's buffer in runs (or gathered, past _MAX_RUNS pieces)
        assert query.event_collection_json(store, flt, index=index) == query.event_collection_json(store, flt), flt
        pieces = index.feature_pieces(store, flt)[2]
        one += isinstance(pieces, list) and len(pieces) == 1
        several += isinstance(pieces, list) and len(pieces) > 1
        agg = replace(flt, limit=None, offset=0)
        assert query.counts_by_type(store, agg, index=index) == query.counts_by_type(store, agg), flt
        assert query.weekly_counts(store, agg, index=index) == query.weekly_counts(store, agg), flt
        assert query.counts_by_admin1(store, agg, limit=5, index=index) == query.counts_by_admin1(store, agg, limit=5)
    assert nonempty > 100  # the filters select something most of the time, so the comparison is not vacuous
    assert one > 20 and several > 50  # pages cut in one piece and in several, not only empty ones


def test_text_search_is_left_to_sql_and_errors_stay_the_same(store) -> None:  # type: ignore[no-untyped-def]
    index = EventIndex.build(store)
    flt = EventFilter(text="synthetic 12", limit=20)
    assert not index.supports(flt)
    assert query.event_rows_json(store, flt, index=index) == query.event_rows_json(store, flt)
    from sitrep.errors import UsageError

    with pytest.raises(UsageError, match="cannot sort"):
        query.event_rows_json(store, EventFilter(sort="notes"), index=index)
    with pytest.raises(UsageError, match="after"):
        query.event_rows_json(store, EventFilter(since=date(2024, 1, 2), until=date(2024, 1, 1)), index=index)


def test_an_empty_store(tmp_path: Path) -> None:
    from sitrep.store.db import Store

    st = Store.open(tmp_path / "empty.duckdb")
    try:
        index = EventIndex.build(st)
        assert len(index) == 0
        assert query.event_rows_json(st, EventFilter(), index=index) == (0, [])
        assert query.counts_by_admin1(st, EventFilter(), index=index) == []
        assert query.weekly_counts(st, EventFilter(), index=index) == []
    finally:
        st.close()


def test_a_bbox_must_be_finite_numbers(tmp_path: Path) -> None:
    """NaN compares differently in SQL and numpy: the API refuses it rather than answer two ways."""
    from fastapi.testclient import TestClient

    from sitrep.store.db import Store
    from sitrep.web.app import create_app

    Store.open(tmp_path / "e.duckdb").close()
    with TestClient(create_app(tmp_path / "e.duckdb")) as c:
        for box in ("0,0,nan,nan", "0,0,inf,10"):
            r = c.get("/api/events", params={"bbox": box})
            assert r.status_code == 400 and r.json()["error"]["type"] == "UsageError", r.text


def test_a_page_in_many_pieces_is_gathered_the_same(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sitrep.event_index as ei

    index = EventIndex.build(store)
    monkeypatch.setattr(ei, "_MAX_RUNS", 1)  # every page of two runs or more takes the gather
    rng = random.Random(11)
    gathered = 0
    for key in index.orders:
        index._runs[key] = index._make_runs(key)
    for _ in range(100):
        flt = _random_filter(rng)
        gathered += not isinstance(index.feature_pieces(store, flt)[2], list)
        assert query.event_collection_json(store, flt, index=index) == query.event_collection_json(store, flt), flt
    assert gathered > 10


def test_an_order_without_a_buffer_is_gathered_while_one_is_built_aside(store) -> None:  # type: ignore[no-untyped-def]
    """A render must not wait for a buffer (60-90 ms at 100,000 events): the first request in a new sort order
    gathers its Features and starts the build in a background thread; later ones are cut from it. The table's
    and the map's default orders are built with the index; of the others only the two used last are kept."""
    import sitrep.event_index as ei

    index = EventIndex.build(store)
    assert set(index._runs) == set(ei._PINNED_ORDERS)
    flt = EventFilter(sort="location", limit=50)
    assert not isinstance(index.feature_pieces(store, flt)[2], list)
    for t in threading.enumerate():
        if t.name == "sitrep-geojson-buffer":
            t.join()
    assert isinstance(index.feature_pieces(store, flt)[2], list)
    assert query.event_collection_json(store, flt, index=index) == query.event_collection_json(store, flt)
    for sort in ("admin1", "-admin1", "country"):
        index.feature_pieces(store, EventFilter(sort=sort, limit=50))
        for t in threading.enumerate():
            if t.name == "sitrep-geojson-buffer":
                t.join()
    assert set(index._runs) == {*ei._PINNED_ORDERS, "-admin1", "country"}



def test_a_negative_page_is_refused_on_both_paths(store) -> None:  # type: ignore[no-untyped-def]
    from sitrep.errors import UsageError

    index = EventIndex.build(store)
    for flt in (EventFilter(limit=-1), EventFilter(limit=5, offset=-3)):
        for use in (None, index):
            with pytest.raises(UsageError, match="negative"):
                query.event_rows_json(store, flt, index=use)
            with pytest.raises(UsageError, match="negative"):
                query.event_collection_json(store, flt, index=use)


def test_words_find_a_village_the_gazetteer_lacks(tmp_path: Path) -> None:
    """The free-text filter reads `location_text` (a village kept as written beside the unit it is placed at)."""
    st = make_store(tmp_path / "lt.duckdb", 40, seed=5)
    try:
        eid = st.con.execute("SELECT min(event_id) FROM events").fetchone()[0]  # type: ignore[index]
        st.con.execute("UPDATE events SET location_text = 'Kourtabalakro' WHERE event_id = ?", [eid])
        total, rows = query.event_rows_json(st, EventFilter(text="kourtabalakro"))[:2]
        assert total == 1 and f"\"{eid}\"".encode() in rows[0]
    finally:
        st.close()
