"""Acceptance on the two seed articles (read from ../shared/seeds; skipped when absent)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.store.db import Store
from sitrep import query

SEED_A = "000_be5b76f68810c7aa.txt"
SEED_B = "004_0b404599d40a8b73.txt"
BOILERPLATE = ["COMMENTS", "Please let us know if you're having issues with commenting", "© Sam Mednick/AP/dpa",
               "source site-3"]


@pytest.fixture(scope="module")
def seed_store(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    pipe = Pipeline(Settings(workers=1))
    store = Store.open(db)
    pipe.ingest([seeds_dir / SEED_A], store, published=date(2024, 3, 25))
    pipe.ingest([seeds_dir / SEED_B], store, published=date(2024, 4, 20), outlet="dpa")
    yield store
    store.close()


def _events(store: Store) -> list:
    return query.events(store)


def test_battle(seed_store: Store) -> None:
    battles = [e for e in _events(seed_store) if e.event_type == "Battles"]
    assert len(battles) == 1
    b = battles[0]
    assert b.sub_event_type == "Armed clash"
    assert {b.actor1, b.actor2} == {"Islamic State (Sahel)", "Military Forces of Niger (2023-)"}
    assert b.country == "Niger" and b.admin1 == "Tillaberi"
    if b.location == "Tillaberi":  # Teguey unknown to the bundled gazetteer: the region, honestly
        assert b.geo_precision == 3
    assert b.fatalities == 53
    assert (b.deaths_a, b.deaths_b) == (23, 30)
    assert b.wounded == 17
    assert b.claim == "Islamic State (Sahel)"
    # the ambush is undated: the claim date only bounds it
    assert b.date_end == date(2024, 3, 23) and b.time_precision >= 2
    fields = {e.field for e in b.evidence}
    assert {"event_type", "actor1", "actor2", "location", "fatalities", "wounded", "event_date"} <= fields


def test_strategic_developments(seed_store: Store) -> None:
    sd = [e for e in _events(seed_store) if e.event_type == "Strategic developments"]
    kinds = {(e.plover_category, e.sub_event_type): e for e in sd}
    revocation = kinds[("REJECT", "Agreement")]
    assert revocation.number_of_sources == 2
    assert revocation.country == "Niger"
    withdrawal = kinds[("CONCEDE", "Other")]
    assert withdrawal.country == "Niger"
    aid = kinds[("AID", "Other")]
    assert aid.date_start == date(2024, 4, 1)
    assert "Russia" in (aid.actor1 or "")
    # the withdrawal and the Russian aid are not merged into the revocation
    assert len({revocation.event_id, withdrawal.event_id, aid.event_id}) == 3
    # the base's cost as each source gives it is a contradiction of the revocation's sources
    money = [c for c in query.contradictions(seed_store, event_ids=[revocation.event_id]) if "USD" in c["field"]]
    assert money and {v["value"] for v in money[0]["values"]} == {100_000_000, 110_000_000}
    assert {v["outlet"] for v in money[0]["values"]} == {None, "dpa"}


def test_figures_and_quotes(seed_store: Store) -> None:
    rows = seed_store.con.execute("SELECT value, unit, about, text FROM figures WHERE unit = 'USD'").fetchall()
    values = {r[0] for r in rows}
    assert {100_000_000, 110_000_000} <= values
    speakers = [r[0] for r in seed_store.con.execute("SELECT speaker FROM quotes").fetchall()]
    assert any(s and "Abdramane" in s for s in speakers)


def test_no_boilerplate_in_evidence(seed_store: Store) -> None:
    ev_text = " ".join(r[0] for r in seed_store.con.execute("SELECT sentence_text FROM evidence").fetchall())
    for b in BOILERPLATE:
        assert b not in ev_text
    removed = json.dumps([r[0] for r in seed_store.con.execute("SELECT removed FROM articles").fetchall()])
    assert "COMMENTS" in removed and "source site-3" in removed
