"""The store's schema: migrations keep data, no index grows with the store, the writer keeps rows unique."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.store import db as store_db
from sitrep.store.db import Store
from sitrep.store.schema import MIGRATIONS, SCHEMA_VERSION

from tests.test_golden_sample import sample_dir


def _one_day_event(eid: str, kind: tuple[str, str, str], day: date, phrase: str, place: dict[str, object],
                   **kw: object) -> "Event":
    """An event of one day for the merging tests: its id, (type, sub-type, PLOVER category), the day and the words
    the text dates it by, an unidentified armed group of the United States as actor1, the `place` fields; `kw`
    overrides any of them."""
    from sitrep.model import Event

    base: dict[str, object] = dict(event_id=eid, event_type=kind[0], sub_event_type=kind[1], plover_category=kind[2],
                                   date_start=day, date_end=day, event_date=day, time_precision=1, date_phrase=phrase,
                                   actor1="Unidentified Armed Group (United States)", article_id="art" + eid)
    base.update(place)
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


_ATTACK = ("Violence against civilians", "Attack", "ASSAULT")
# a town of Oklahoma where the merging tests' shootings happen
_MARLOW: dict[str, object] = dict(country_code="US", location="Marlow", latitude=34.65, longitude=-97.96,
                                  geo_precision=1, admin1="Oklahoma", admin2="Stephens County")

_COUNTED = ("articles", "sentences", "events", "event_sources", "evidence", "stories", "article_stories",
            "story_df", "mentions", "figures")


def _counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _COUNTED}  # type: ignore[index]
    finally:
        con.close()


def _indexed_tables(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        # an ART index: a CREATE INDEX, or the one behind a PRIMARY KEY / UNIQUE constraint
        named = {r[0] for r in con.execute("SELECT table_name FROM duckdb_indexes()").fetchall()}
        keyed = {r[0] for r in con.execute("SELECT table_name FROM duckdb_constraints() "
                                           "WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE')").fetchall()}
        return named | keyed
    finally:
        con.close()


@pytest.fixture(scope="module")
def v2_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested into a store at schema version 2 (the code of that version wrote the same rows)."""
    path = tmp_path_factory.mktemp("v2") / "old.duckdb"
    mp = pytest.MonkeyPatch()
    mp.setattr(store_db, "MIGRATIONS", MIGRATIONS[:2])
    mp.setattr(store_db, "SCHEMA_VERSION", 2)
    try:
        with Store.open(path) as store:
            assert store.schema_version() == 2
            store.con.execute("DROP TABLE IF EXISTS story_df")  # v2's keyed table, for its ON CONFLICT upsert
            store.con.execute("CREATE TABLE story_df (term VARCHAR PRIMARY KEY, df INTEGER)")
            store.con.execute("CREATE TABLE story_days (story_id VARCHAR, day VARCHAR)")  # written by today's code
            Pipeline(Settings(workers=1)).ingest(sorted(sample_dir().iterdir())[:12], store)
            store.con.execute("DROP TABLE story_days")  # (v2 had none)
    finally:
        mp.undo()
    return path


def test_v2_store_migrates_to_current_keeping_every_row(v2_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "migrated.duckdb"
    path.write_bytes(v2_store.read_bytes())
    before = _counts(path)
    assert before["articles"] > 5 and before["events"] > 3
    assert {"articles", "events", "sentences", "story_df"} <= _indexed_tables(path)
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 6
    assert _counts(path) == before
    assert _indexed_tables(path) <= {"meta", "rejects"}
    # the migrated store takes the rest of the corpus: new articles, merges into migrated events, df raised
    with Store.open(path) as store:
        summary = Pipeline(Settings(workers=1)).ingest([sample_dir()], store)
    after = _counts(path)
    assert summary.duplicates == before["articles"] and summary.stored == summary.seen - before["articles"] > 0
    assert after["articles"] == before["articles"] + summary.stored


def test_v5_store_gains_the_location_text_column(tmp_path: Path) -> None:
    """A store of schema 5 (no `location_text` column) migrates: the column is appended, every row kept, and new
    events are written after it."""
    path = tmp_path / "v5.duckdb"
    files = sorted(sample_dir().iterdir())
    with Store.open(path) as store:
        Pipeline(Settings(workers=1)).ingest(files[:6], store)
        store.con.execute("ALTER TABLE events DROP COLUMN location_text")
        store.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '5')")
    before = _counts(path)
    with Store.open(path) as store:
        assert store.schema_version() == 6
        cols = [r[0] for r in store.con.execute("DESCRIBE events").fetchall()]
        assert cols[-1] == "location_text"
        Pipeline(Settings(workers=1)).ingest(files[6:12], store)
    assert _counts(path)["events"] >= before["events"]


def test_fresh_store_has_no_growing_index_and_rows_stay_unique(tmp_path: Path) -> None:
    path = tmp_path / "fresh.duckdb"
    with Store.open(path) as store:
        Pipeline(Settings(workers=1)).ingest([sample_dir()], store)
        Pipeline(Settings(workers=1)).ingest([sample_dir()], store)  # the same content again changes nothing
        con = store.con
        for table, key in (("articles", "id"), ("articles", "content_hash"), ("events", "event_id"),
                           ("event_sources", "event_id, article_id"), ("sentences", "article_id, idx"),
                           ("article_stories", "article_id"), ("stories", "story_id"), ("story_df", "term")):
            dup = con.execute(f"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY ALL HAVING count(*) > 1)"
                              ).fetchone()[0]  # type: ignore[index]
            assert dup == 0, (table, key)
        # document frequencies: each term counted once per article that has it, over both runs
        n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]
        top = con.execute("SELECT max(df) FROM story_df").fetchone()[0]  # type: ignore[index]
        assert 1 <= top <= n_articles
    assert _indexed_tables(path) <= {"meta", "rejects"}


def test_memory_limits_follow_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.duckdb"

    def limit(store: Store) -> str:
        return str(store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0])  # type: ignore[index]

    with Store.open(path) as store:
        assert limit(store) == "45.7 MiB"  # 48MB (DuckDB shows MiB)
    with Store.open(path, read_only=True) as store:
        assert limit(store) == "244.1 MiB"  # 256MB
    monkeypatch.setenv("SITREP_DB_MEMORY", "64MB")
    with Store.open(path) as store:
        assert limit(store) == "61.0 MiB"
    with Store.open(path, memory="1GB", read_only=True) as store:
        assert limit(store) == "953.6 MiB"


def test_light_index_candidates_follow_dates_ids_and_replacements() -> None:
    """The merge index: candidates by country group, start date and id (hex ids and any other id alike), only
    the dates `compatible` can accept, and a merged event moved, not duplicated, when it is put over its row."""
    from datetime import date

    from sitrep.model import Event
    from sitrep.store.db import _LightIndex

    def ev(eid: str, day: int, **kw: object) -> Event:
        d = date(2024, 3, day)
        base = dict(event_id=eid, event_type="Battles", sub_event_type="Armed clash", plover_category="FIGHT",
                    date_start=d, date_end=d, event_date=d, time_precision=1, country_code="NE",
                    latitude=14.0, longitude=1.0, geo_precision=2, admin1="Tillaberi", actor1="A", actor2="B",
                    article_id="art" + eid)
        base.update(kw)
        return Event(**base)  # type: ignore[arg-type]

    idx = _LightIndex()
    for e in (ev("00000000000b", 10), ev("00000000000a", 10), ev("zz-odd", 10), ev("00000000000c", 20),
              ev("00000000000d", 10, country_code="ML"), ev("00000000000e", 10, event_type="Protests")):
        idx.put(e)
    got = [c.event_id for c in idx.candidates(ev("new", 11))]
    assert got == ["00000000000a", "00000000000b", "zz-odd"]  # day 20 is beyond ±2 days; Mali and protests apart
    light = next(iter(idx.candidates(ev("new", 11))))
    assert (light.date_start, light.latitude, light.admin1, light.actor2, light.article_id) == (
        date(2024, 3, 10), 14.0, "Tillaberi", "B", "art00000000000a")
    # a merge moves event a to the 20th: found there once, no longer on the 10th
    idx.put(ev("00000000000a", 20, admin1=None, latitude=None), replaces=light.row)
    assert len(idx) == 6
    assert [c.event_id for c in idx.candidates(ev("new", 11))] == ["00000000000b", "zz-odd"]
    moved = [c for c in idx.candidates(ev("new", 21)) if c.event_id == "00000000000a"]
    assert len(moved) == 1 and moved[0].admin1 is None and moved[0].latitude is None
    # an undated mention meets only undated stored events
    idx.put(ev("undated", 1, date_start=None, date_end=None))
    assert [c.event_id for c in idx.candidates(ev("new2", 1, date_start=None, date_end=None))] == ["undated"]


def test_a_memory_limit_that_is_not_a_size_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.errors import StoreError

    monkeypatch.setenv("SITREP_DB_MEMORY", "lots")
    with pytest.raises(StoreError, match="SITREP_DB_MEMORY"):
        Store.open(tmp_path / "x.duckdb")


def test_reports_merge_only_within_their_days_and_provinces() -> None:
    """Two reports that each write their day out are one happening only on that day; a weekday read against
    the publication may be a day off. A town in one province is not what happened in another province."""
    from datetime import date

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event
    from sitrep.store.db import _LightIndex

    def ev(eid: str, day: int, phrase: str, **kw: object) -> Event:
        d = date(2020, 11, day)
        base = dict(event_id=eid, event_type="Violence against civilians", sub_event_type="Attack",
                    plover_category="ASSAULT", date_start=d, date_end=d, event_date=d, time_precision=1,
                    date_phrase=phrase, country_code="BF", latitude=14.44, longitude=-0.24, geo_precision=2,
                    admin1="Sahel", admin2="Oudalan", actor1="A", actor2="B", article_id="art" + eid)
        base.update(kw)
        return Event(**base)  # type: ignore[arg-type]

    written = ev("00000000000a", 27, "On 27 November 2020")
    assert not compatible(written, ev("b", 29, "On 29 November 2020"))
    assert not compatible(written, ev("b", 28, "Nov. 28"))
    assert compatible(written, ev("b", 27, "on 27 November"))
    assert compatible(written, ev("b", 28, "on Saturday"))  # a weekday may be a day off
    # two reports that each name their weekday are a night's span apart at most ("Friday night", "early Saturday"),
    # not two days; a day told against the publication ("last night") may lag by a day more
    assert compatible(ev("a", 27, "on Friday night"), ev("b", 28, "early Saturday"))
    assert not compatible(ev("a", 27, "on Friday"), ev("b", 29, "on Sunday"))
    assert not compatible(ev("a", 27, "Friday night"), ev("b", 29, "Sunday, Nov. 29"))
    assert compatible(ev("a", 27, "last night"), ev("b", 29, "on Sunday"))
    # a word that only holds a weekday's letters is no weekday
    assert compatible(ev("a", 27, "a holiday"), ev("b", 29, "on Sunday"))
    # a day written with its ordinal ("Nov. 28th") is written out too; words that only begin like a month are not
    assert not compatible(written, ev("b", 28, "on Saturday, November 28th"))
    assert not compatible(ev("a", 27, "the 27th of November"), ev("b", 28, "Nov. 28"))
    for phrase in ("2 decades ago", "Decision 12", "4 separate attacks", "Marines 3"):
        assert compatible(ev("a", 27, "On 27 November 2020"), ev("b", 28, phrase)), phrase
    # an event placed at a province is not one of a town of another province, in the same region
    assert not compatible(written, ev("b", 27, "On 27 November 2020", latitude=13.4, longitude=0.5,
                                      geo_precision=3, admin2="Yagha"))
    # the store's merge index carries both
    idx = _LightIndex()
    idx.put(written)
    (light,) = idx.candidates(ev("new", 28, "On 28 November 2020"))
    assert (light.date_phrase, light.admin2) == ("On 27 November 2020", "Oudalan")
    assert not compatible(light, ev("new", 28, "On 28 November 2020"))  # type: ignore[arg-type]


def test_reports_of_other_armed_sides_or_other_written_days_are_two_happenings() -> None:
    """Reports that each name an armed side and share none (the army's killing in one village, the jihadists' in
    the next; an unidentified group may be anyone) are two happenings; so are reports whose written-out days do not
    meet, a range of days included ("between 21 and 22 April" is not "on 18 April")."""
    from datetime import date

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event
    from sitrep.store.db import _LightIndex

    def ev(eid: str, actor1: str, inter1: int, actor2: str = "Civilians (Niger)", inter2: int = 7,
           **kw: object) -> Event:
        d = date(2020, 4, 18)
        base = dict(event_id=eid, event_type="Violence against civilians", sub_event_type="Attack",
                    plover_category="ASSAULT", date_start=d, date_end=d, event_date=d, time_precision=1,
                    date_phrase="On 18 April 2020", country_code="NE", latitude=13.0, longitude=1.0,
                    geo_precision=2, admin1="Tillaberi", admin2="Torodi", actor1=actor1, inter1=inter1,
                    actor2=actor2, inter2=inter2, article_id="art" + eid)
        base.update(kw)
        return Event(**base)  # type: ignore[arg-type]

    army = ev("00000000000a", "Military Forces of Niger (2011-2021)", 1)
    assert not compatible(army, ev("b", "JNIM: Group for Support of Islam and Muslims", 2))
    assert compatible(army, ev("b", "Police Forces of Niger (2011-2021)", 1))  # soldiers to one, police to another
    assert compatible(army, ev("b", "Government of Niger (2011-2021)", 1))
    assert not compatible(army, ev("b", "Military Forces of Mali (2021-)", 1))
    assert compatible(army, ev("b", "Unidentified Armed Group (Niger)", 3))
    jnim_isgs = ev("c", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)", 2)
    assert compatible(jnim_isgs, ev("d", "Islamic State (Greater Sahara)", 2))
    assert compatible(ev("e", "Rioters (Niger)", 5), ev("f", "Protesters (Niger)", 6))  # no armed side named
    # the merge index carries the sides' inter codes
    idx = _LightIndex()
    idx.put(army)
    (light,) = idx.candidates(ev("new", "JNIM: Group for Support of Islam and Muslims", 2))
    assert (light.inter1, light.inter2) == (1, 7)
    assert not compatible(light, ev("new", "JNIM: Group for Support of Islam and Muslims", 2))  # type: ignore[arg-type]
    # two villages the gazetteer lacks (a location with no precision, placed nowhere) in one story: two happenings
    placeless = dict(latitude=None, longitude=None, geo_precision=None, admin1=None, admin2=None, story_id="s1")
    zerma = ev("i", "Islamic State (Greater Sahara)", 2, location="Zerma Dare", **placeless)
    assert not compatible(zerma, ev("j", "Islamic State (Greater Sahara)", 2, location="Sabako", **placeless))
    assert compatible(zerma, ev("j", "Islamic State (Greater Sahara)", 2, location="Zerma dare", **placeless))
    assert compatible(zerma, ev("j", "Islamic State (Greater Sahara)", 2, location=None, **placeless))
    # ... nor such a village and a place known as itself, but a place "near" it may be the same
    placed = dict(story_id="s1", latitude=14.0, longitude=1.0, admin1="Tillaberi", admin2="Ouallam")
    assert not compatible(zerma, ev("k", "Islamic State (Greater Sahara)", 2, location="Ouallam", geo_precision=1,
                                    **placed))
    assert compatible(zerma, ev("k", "Islamic State (Greater Sahara)", 2, location="Ouallam", geo_precision=2,
                                **placed))
    # two villages the gazetteer lacks, each report placed at the district the text names with its village: two
    # happenings, in the store's index too; one village spelt two ways is one
    school = ev("00000000000e", "Islamic State (Greater Sahara)", 2, location_text="Kourtabalakro", **placed)
    other = ev("new", "Islamic State (Greater Sahara)", 2, location_text="Zoumbalakrou", **placed)
    assert not compatible(school, other)
    assert compatible(school, ev("new", "Islamic State (Greater Sahara)", 2, location_text="Kourtabalakrou",
                                 **placed))
    assert compatible(school, ev("new", "Islamic State (Greater Sahara)", 2, **placed))  # the district alone
    idx = _LightIndex()
    idx.put(school)
    (light,) = idx.candidates(other)
    assert light.location_text == "Kourtabalakro" and not compatible(light, other)  # type: ignore[arg-type]
    # days written out, one of them a range
    ranged = ev("g", "Rioters (Niger)", 5, date_start=date(2020, 4, 21), date_end=date(2020, 4, 22),
                time_precision=2, date_phrase="between 21 and 22 April 2020", event_type="Riots",
                sub_event_type="Violent demonstration", plover_category="PROTEST")
    riot = dict(event_type="Riots", sub_event_type="Violent demonstration", plover_category="PROTEST")
    assert not compatible(ranged, ev("h", "Rioters (Niger)", 5, **riot))
    assert compatible(ranged, ev("h", "Rioters (Niger)", 5, date_start=date(2020, 4, 22), date_end=date(2020, 4, 22),
                                 date_phrase="on 22 April", **riot))


def test_an_attack_and_a_fight_at_one_place_are_one_happening_read_two_ways() -> None:
    """One outlet's attack on a man is another's exchange of fire: at the same place on compatible days they merge,
    the first report's kind stays and the other is kept as a disagreement; a few kilometres apart they do not."""
    from datetime import date

    from sitrep.fusion.merge import compatible, merge
    from sitrep.model import Event, Source
    from sitrep.store.db import _LightIndex

    def ev(eid: str, kind: tuple[str, str, str], lat: float = 41.88, **kw: object) -> Event:
        d = date(2016, 3, 14)
        return _one_day_event(eid, kind, d, "Monday", dict(
            country_code="US", latitude=lat, longitude=-87.63, geo_precision=1, admin1="Illinois", location="Chicago",
            sources=[Source("art" + eid, None, None, d, None)]), **kw)

    attack = ("Violence against civilians", "Attack", "ASSAULT")
    clash = ("Battles", "Armed clash", "FIGHT")
    a, b = ev("00000000000a", attack), ev("00000000000b", clash)
    assert compatible(a, b) and compatible(b, a)
    assert not compatible(a, ev("c", clash, lat=41.93))  # 5.6 km away: another place
    assert not compatible(a, ev("c", clash, geo_precision=2))  # "near Chicago": not one place
    assert not compatible(a, ev("c", ("Protests", "Peaceful protest", "PROTEST")))
    merged = merge(a, b)
    assert (merged.event_type, merged.sub_event_type) == ("Violence against civilians", "Attack")
    (d,) = [d for d in merged.disagreements if d.field == "event_type"]
    assert d.values == {"art00000000000a": "Violence against civilians / Attack",
                        "art00000000000b": "Battles / Armed clash"}
    # the store's merge index hands the sibling kind's events to a new report
    idx = _LightIndex()
    idx.put(ev("00000000000a", attack))
    assert [c.event_id for c in idx.candidates(ev("new", clash))] == ["00000000000a"]


def test_a_shooting_told_at_a_town_at_its_county_or_nowhere_in_one_story_is_one_happening() -> None:
    """One outlet places the shooting in a town, another only in the town's county: one happening (not a county
    next door). An attack and an exchange of fire are one happening when one report names no place and both are
    one story; a report placed nowhere in another story, or (for those two kinds) a county, or another town of the
    county, is not."""
    from datetime import date

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event

    def ev(eid: str, kind: tuple[str, str, str], **kw: object) -> Event:
        return _one_day_event(eid, kind, date(2016, 5, 2), "Monday night", dict(
            country_code="US", latitude=35.05, longitude=-85.31, geo_precision=1, admin1="Tennessee",
            admin2="Hamilton County", location="Chattanooga", story_id="s1"), **kw)

    attack = ("Violence against civilians", "Attack", "ASSAULT")
    clash = ("Battles", "Armed clash", "FIGHT")
    town = ev("a", attack)
    county = dict(latitude=35.18, longitude=-85.16, geo_precision=3, location="Hamilton County")
    assert compatible(town, ev("b", attack, **county)) and compatible(ev("b", attack, **county), town)
    # a report placed only in the county, in another story, is as near any of the county's shootings of that day
    assert not compatible(town, ev("b", attack, **dict(county, story_id="s2")))
    assert not compatible(town, ev("b", attack, **dict(county, admin2="Bradley County", location="Bradley County")))
    assert not compatible(town, ev("b", clash, **dict(county, story_id="s2")))
    nowhere = dict(latitude=None, longitude=None, geo_precision=None, admin1=None, admin2=None, location=None)
    assert compatible(town, ev("b", clash, **nowhere)) and compatible(ev("b", clash, **nowhere), town)
    assert not compatible(town, ev("b", clash, **dict(nowhere, story_id="s2")))
    # ... but one that names a village the gazetteer does not know names another place than a report "near" the town
    near = ev("a", attack, geo_precision=2)
    assert not compatible(near, ev("b", clash, **dict(nowhere, location_text="Ooltewah")))
    assert compatible(near, ev("b", clash, **dict(nowhere, location_text="Chatanooga")))  # the town, misspelt
    # a placeless report told by the week ("killings this week") is no one shooting's
    assert not compatible(town, ev("b", clash, **dict(nowhere, time_precision=2, date_phrase="this week")))
    assert not compatible(town, ev("b", clash, latitude=35.2, longitude=-85.0, location="Harrison"))


def test_reports_of_one_story_naming_their_town_alike_name_one_place() -> None:
    """Two reports of one story that name the same town, or a town and its county by the county's name, are at one
    place even when the gazetteer read the name in two states; in two stories they are two places, and a province two
    villages' reports fell back to is no town."""
    from datetime import date

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event
    from sitrep.store.db import _LightIndex

    def ev(eid: str, story: str, **kw: object) -> Event:
        d = date(2016, 9, 8)
        base = dict(event_id=eid, event_type="Violence against civilians", sub_event_type="Attack",
                    plover_category="ASSAULT", date_start=d, date_end=d, event_date=d, time_precision=1,
                    date_phrase="Thursday", country_code="US", latitude=30.36, longitude=-103.66, geo_precision=1,
                    admin1="Texas", admin2="Brewster County", location="Alpine", story_id=story,
                    actor1="Unidentified Armed Group (United States)", article_id="art" + eid)
        base.update(kw)
        return Event(**base)  # type: ignore[arg-type]

    elsewhere = dict(latitude=32.84, longitude=-116.77, admin1="California", admin2="San Diego County")
    assert compatible(ev("a", "s1"), ev("b", "s1", **elsewhere))
    assert not compatible(ev("a", "s1"), ev("b", "s2", **elsewhere))
    assert not compatible(ev("a", "s1"), ev("b", "s1", **dict(elsewhere, location="Santee")))
    province = dict(geo_precision=3, location="Soum", country_code="BF", admin1="Sahel", admin2="Soum")
    assert not compatible(ev("a", "s1", **province), ev("b", "s1", **dict(province, latitude=13.9, admin2="Loroum")))
    # a town and its county named as the county are one place though the county was read in another state
    county = dict(geo_precision=3, location="Brewster County", latitude=40.3, longitude=-80.0, admin1="Pennsylvania",
                  admin2="Brewster County")
    assert compatible(ev("a", "s1"), ev("b", "s1", **county))
    assert not compatible(ev("a", "s1"), ev("b", "s2", **county))
    assert not compatible(ev("a", "s1"), ev("b", "s1", **dict(county, location="Presidio County")))
    # the store's merge index carries the place's name
    idx = _LightIndex()
    idx.put(ev("00000000000a", "s1"))
    (light,) = idx.candidates(ev("new", "s1", **elsewhere))
    assert light.location == "Alpine" and compatible(light, ev("new", "s1", **elsewhere))  # type: ignore[arg-type]


def test_a_report_placed_only_in_its_country_is_placed_nowhere() -> None:
    """An event placed at the country's own point ("a shooting in the United States") is no nearer one city's
    shooting than an event placed nowhere: it merges only within its story."""
    from datetime import date

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event

    def ev(eid: str, story: str, **kw: object) -> Event:
        d = date(2016, 5, 2)
        base = dict(event_id=eid, event_type="Violence against civilians", sub_event_type="Attack",
                    plover_category="ASSAULT", date_start=d, date_end=d, event_date=d, time_precision=1,
                    date_phrase="Monday", country_code="US", latitude=41.88, longitude=-87.63, geo_precision=1,
                    admin1="Illinois", admin2="Cook County", location="Chicago", story_id=story,
                    actor1="Unidentified Armed Group (United States)", article_id="art" + eid)
        base.update(kw)
        return Event(**base)  # type: ignore[arg-type]

    country = dict(latitude=39.76, longitude=-98.5, geo_precision=3, admin1=None, admin2=None,
                   location="United States")
    assert not compatible(ev("a", "s1"), ev("b", "s2", **country))
    assert not compatible(ev("b", "s2", **country), ev("a", "s1"))
    assert compatible(ev("a", "s1"), ev("b", "s1", **country))
    # a state is a place: a report at Illinois may be the Chicago shooting's, in its story (in another story it is
    # as near any of the state's shootings of that day)
    state = dict(latitude=40.0, longitude=-89.0, geo_precision=3, admin2=None, location="Illinois")
    assert compatible(ev("a", "s1"), ev("b", "s1", **state))
    assert not compatible(ev("a", "s1"), ev("b", "s2", **state))


def test_reports_of_an_attack_and_of_the_fight_after_it_merge_kind_to_kind(tmp_path: Path) -> None:
    """Two outlets each tell of gunmen killing villagers and of the soldiers' fight with them later that day, at one
    village: each outlet's attack goes to the other's attack, each fight to the fight (not across the two kinds),
    in one batch and in two."""
    from datetime import date

    from sitrep.model import Article, Event, Source

    d = date(2021, 3, 7)
    attack = ("Violence against civilians", "Attack", "ASSAULT", "Civilians (Burkina Faso)", 12)
    fight = ("Battles", "Armed clash", "FIGHT", "Military Forces of Burkina Faso", 5)

    def ev(eid: str, art: str, kind: tuple[str, str, str, str, int]) -> Event:
        return Event(event_id=eid, event_type=kind[0], sub_event_type=kind[1], plover_category=kind[2],
                     date_start=d, date_end=d, event_date=d, time_precision=1, date_phrase="on Sunday",
                     country_code="BF", latitude=14.1, longitude=-1.63, geo_precision=1, admin1="Sahel",
                     location="Djibo", actor1="JNIM", actor2=kind[3], fatalities=kind[4], article_id=art,
                     sources=[Source(art, None, None, d, None)])

    def articles() -> tuple[Article, Article]:  # the first outlet tells the fight first, the second the attack
        return (Article(id="artA", text="a", content_hash="a", published=d,
                        events=[ev("0000000000a1", "artA", fight), ev("0000000000a2", "artA", attack)]),
                Article(id="artB", text="b", content_hash="b", published=d,
                        events=[ev("0000000000b1", "artB", attack), ev("0000000000b2", "artB", fight)]))

    one_batch, two_batches = [list(articles())], [[a] for a in articles()]
    for n, batches in enumerate((one_batch, two_batches)):
        with Store.open(tmp_path / f"kinds{n}.duckdb") as store:
            for batch in batches:
                store.add_batch(batch)
            got = {store.event(eid).event_type: (store.event(eid).fatalities,
                                                  sorted(s.article_id for s in store.event(eid).sources),
                                                  store.event(eid).disagreements)
                   for (eid,) in store.con.execute("SELECT event_id FROM events").fetchall()}
        assert got == {"Violence against civilians": (12, ["artA", "artB"], []),
                       "Battles": (5, ["artA", "artB"], [])}, n


def test_reports_in_two_stories_must_each_tell_their_day_and_town() -> None:
    """Reports the story clustering put apart are one happening only when both are dated to the day and placed at a
    town or district, on one day: one city's shootings of a week are many stories. Within one story a night's span
    and a report dated by its week still merge; a government's decision told weeks apart is exempt."""
    from datetime import date, timedelta

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event

    def ev(eid: str, story: str, **kw: object) -> Event:
        d = date(2019, 3, 4)
        base = dict(event_id=eid, event_type="Violence against civilians", sub_event_type="Attack",
                    plover_category="ASSAULT", date_start=d, date_end=d, event_date=d, time_precision=1,
                    date_phrase="Monday afternoon", country_code="US", latitude=39.29, longitude=-76.61,
                    geo_precision=1, admin1="Maryland", admin2="Baltimore City", location="Baltimore",
                    story_id=story, actor1="Unidentified Armed Group (United States)", article_id="art" + eid)
        base.update(kw)
        return Event(**base)  # type: ignore[arg-type]

    tuesday = date(2019, 3, 5)
    next_day = dict(date_start=tuesday, date_end=tuesday, event_date=tuesday, date_phrase="Tuesday afternoon")
    week = dict(date_start=date(2019, 3, 1), date_end=date(2019, 3, 7), time_precision=2, date_phrase=None)
    assert compatible(ev("a", "s1"), ev("b", "s2", date_phrase="on Monday"))
    assert not compatible(ev("a", "s1"), ev("b", "s2", **next_day))
    assert not compatible(ev("a", "s1"), ev("b", "s2", **week))
    assert compatible(ev("a", "s1"), ev("b", "s1", **week))
    overnight = dict(date_start=tuesday, date_end=tuesday, event_date=tuesday, date_phrase="early Tuesday")
    assert compatible(ev("a", "s1", date_phrase="Monday night"), ev("b", "s1", **overnight))
    assert not compatible(ev("a", "s1", date_phrase="Monday night"), ev("b", "s2", **overnight))
    decision = dict(event_type="Strategic developments", sub_event_type="Agreement", plover_category="REJECT",
                    time_precision=3, date_phrase="in mid-March", geo_precision=3)
    later = date(2019, 3, 4) + timedelta(days=10)
    assert compatible(ev("a", "s1", **decision), ev("b", "s2", **dict(decision, date_start=later, date_end=later,
                                                                       event_date=later)))


def test_reports_of_one_story_a_week_apart_by_their_weekday_tell_one_day() -> None:
    """A weekday is read against the publication date, which may be a week off the day the report was written: in
    one story, at one place, "Saturday night" and "early Sunday" read a week apart are one happening; two days apart,
    or in two stories, or both written as calendar days, they are not. The store's index hands such an event back."""
    from datetime import date, timedelta

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event
    from sitrep.store.db import _LightIndex

    def ev(eid: str, story: str, day: date, phrase: str) -> Event:
        return Event(event_id=eid, event_type="Violence against civilians", sub_event_type="Attack",
                     plover_category="ASSAULT", date_start=day, date_end=day, event_date=day, time_precision=1,
                     date_phrase=phrase, country_code="US", latitude=44.98, longitude=-93.27, geo_precision=1,
                     admin1="Minnesota", admin2="Hennepin County", location="Minneapolis", story_id=story,
                     actor1="Unidentified Armed Group (United States)", article_id="art" + eid)

    saturday = date(2018, 6, 2)
    a = ev("00000000000a", "s1", saturday, "Saturday night")
    assert compatible(a, ev("b", "s1", saturday + timedelta(days=8), "early Sunday"))
    assert compatible(a, ev("b", "s1", saturday - timedelta(days=7), "on Saturday"))
    assert not compatible(a, ev("b", "s1", saturday + timedelta(days=3), "Tuesday"))
    assert not compatible(a, ev("b", "s2", saturday + timedelta(days=8), "early Sunday"))
    assert not compatible(ev("c", "s1", saturday, "June 2"), ev("b", "s1", saturday + timedelta(days=7), "June 9"))
    idx = _LightIndex()
    idx.put(a)
    assert [x.event_id for x in idx.candidates(ev("new", "s1", saturday + timedelta(days=8), "early Sunday"))] == \
        [a.event_id]


def test_an_attack_at_a_town_and_a_clash_in_its_county_the_same_day_in_one_story_are_one_happening() -> None:
    """Sibling kinds (an attack, an exchange of fire) at a town and only at the town's county are one happening when
    both are one story and tell the same day; a day apart, in another story or in a county next door, they are not."""
    from datetime import date, timedelta

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event

    day = date(2020, 9, 12)

    def ev(eid: str, kind: tuple[str, str, str], **kw: object) -> Event:
        return _one_day_event(eid, kind, day, "Saturday", dict(
            country_code="US", latitude=30.45, longitude=-91.19, geo_precision=1, admin1="Louisiana",
            admin2="East Baton Rouge Parish", location="Baton Rouge", story_id="s1"), **kw)

    attack = ev("a", ("Violence against civilians", "Attack", "ASSAULT"))
    clash = ("Battles", "Armed clash", "FIGHT")
    county = dict(latitude=30.54, longitude=-91.09, geo_precision=3, location="East Baton Rouge Parish")
    assert compatible(attack, ev("b", clash, **county)) and compatible(ev("b", clash, **county), attack)
    later = day + timedelta(days=1)
    assert not compatible(attack, ev("b", clash, **dict(county, date_start=later, date_end=later, event_date=later)))
    assert not compatible(attack, ev("b", clash, **dict(county, story_id="s2")))
    assert not compatible(attack, ev("b", clash, **dict(county, admin2="Livingston Parish", location="Livingston")))


def test_reports_of_one_story_day_and_toll_are_one_happening_wherever_each_was_placed() -> None:
    """Two reports of one story, kind and day that give the same dead and the same wounded are one shooting though
    their places disagree (one outlet's town, another's county seat the gazetteer put in another state); a toll of
    dead alone, another story or another toll keeps them apart, and the store's merge index carries the toll."""
    from datetime import date

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event
    from sitrep.store.db import _LightIndex

    def ev(eid: str, **kw: object) -> Event:
        return _one_day_event(eid, _ATTACK, date(2019, 6, 8), "on Saturday", dict(
            _MARLOW, actor2="Civilians (United States)", fatalities=1, wounded=3, story_id="s1"), **kw)

    elsewhere = dict(location="Marlow Heights", latitude=38.82, longitude=-76.95, admin1="Maryland",
                     admin2="Prince George's County")
    marlow = ev("00000000000a")
    assert compatible(marlow, ev("b", **elsewhere))
    assert not compatible(marlow, ev("b", story_id="s2", **elsewhere))
    assert not compatible(marlow, ev("b", wounded=2, **elsewhere))
    assert not compatible(ev("a", wounded=0), ev("b", wounded=0, **elsewhere))  # one killed, and no more told
    assert not compatible(marlow, ev("b", country_code="CA", **elsewhere))
    idx = _LightIndex()
    idx.put(marlow)
    (light,) = idx.candidates(ev("new", **elsewhere))
    assert (light.fatalities, light.wounded) == (1, 3)
    assert compatible(light, ev("new", **elsewhere))  # type: ignore[arg-type]


def test_reports_of_one_story_day_and_dead_in_one_county_or_of_many_wounded_are_one_happening() -> None:
    """Two reports of one story, kind and day with the same dead at two towns of one county (a borough and the
    township next to it) are one shooting; another day, county (or a county of that name in another state) or toll
    keeps them two. With none dead, the same three or more wounded are one shooting wherever each was placed, one
    or two wounded are not."""
    from datetime import date

    from sitrep.fusion.merge import compatible
    from sitrep.model import Event

    def ev(eid: str, **kw: object) -> Event:
        return _one_day_event(eid, _ATTACK, date(2018, 9, 15), "on Saturday", dict(
            country_code="US", location="Hokendauqua", latitude=40.66, longitude=-75.49, geo_precision=1,
            admin1="Pennsylvania", admin2="Lehigh County", actor2="Civilians (United States)", fatalities=1,
            wounded=0, story_id="s1"), **kw)

    township = dict(location="Emmaus", latitude=40.54, longitude=-75.50)  # ~14 km off, same county
    a = ev("a")
    assert compatible(a, ev("b", **township))
    assert not compatible(a, ev("b", story_id="s2", **township))
    assert not compatible(a, ev("b", fatalities=2, **township))
    day_after = date(2018, 9, 16)
    assert not compatible(a, ev("b", date_start=day_after, date_end=day_after, event_date=day_after,
                                date_phrase="on Sunday", **township))
    assert not compatible(a, ev("b", admin2="Northampton County", **township))
    assert not compatible(ev("a", admin1="Florida", admin2="Orange County"),
                          ev("b", admin1="California", admin2="Orange County", **township))
    assert not compatible(a, ev("b", event_type="Riots", sub_event_type="Violent demonstration",
                                plover_category="RIOT", **township))
    district = dict(location="Wilmington", latitude=33.78, longitude=-118.26, admin1="California", admin2=None)
    city = dict(location="Los Angeles", latitude=34.05, longitude=-118.24, admin1="California",
                admin2="Los Angeles County")
    assert compatible(ev("a", fatalities=0, wounded=4, **district), ev("b", fatalities=None, wounded=4, **city))
    assert not compatible(ev("a", fatalities=0, wounded=2, **district), ev("b", fatalities=0, wounded=2, **city))
    assert not compatible(ev("a", fatalities=0, wounded=4, **district), ev("b", fatalities=0, wounded=5, **city))


def test_a_later_report_of_one_story_county_and_dead_follows_up_its_happening() -> None:
    """A report weeks later in the same story, of the same kind, county and dead ("charged on Monday in the fatal
    shooting") is the happening it follows up, and the store's merge index finds it beyond the dates it searches by
    kind; another county, toll or story, two written-out days, or more than FOLLOW_UP_SLACK apart are two."""
    from datetime import date, timedelta

    from sitrep.fusion.merge import FOLLOW_UP_SLACK, compatible
    from sitrep.model import Event
    from sitrep.store.db import _LightIndex

    def ev(eid: str, d: date, phrase: str = "on Monday", **kw: object) -> Event:
        return _one_day_event(eid, _ATTACK, d, phrase, dict(
            _MARLOW, actor2="Civilians (United States)", fatalities=2, story_id="s1"), **kw)

    shooting = ev("00000000000a", date(2019, 6, 8), "early Saturday")
    hearing = date(2019, 7, 15)
    assert compatible(shooting, ev("b", hearing))
    assert not compatible(shooting, ev("b", hearing, admin2="Grady County"))
    assert not compatible(shooting, ev("b", hearing, fatalities=1))
    assert not compatible(shooting, ev("b", hearing, story_id="s2"))
    assert not compatible(ev("a", date(2019, 6, 8), "On 8 June"), ev("b", hearing, "on July 15"))
    assert not compatible(shooting, ev("b", date(2019, 6, 8) + FOLLOW_UP_SLACK + timedelta(days=1)))
    idx = _LightIndex()
    idx.put(shooting)
    idx.put(ev("00000000000c", date(2019, 6, 9), story_id="s2"))
    assert [c.event_id for c in idx.candidates(ev("new", hearing))] == ["00000000000a"]
    assert list(idx.candidates(ev("new", hearing, fatalities=0))) == []  # no dead, no follow-up searched


def test_a_follow_up_finds_its_happening_after_the_stories_were_folded(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A hearing weeks after a shooting, told by an article whose story the shooting's story was folded into (an
    article that bridged the two), follows the shooting up: the index of events still holds the shooting under its
    first story's id, within one run of batches and when the fold comes in a later run."""
    from datetime import date

    from sitrep.fusion.stories import Assignment, StoryIndex
    from sitrep.model import Article, Event, Source

    # article -> (the story it goes to, the story that story folds in then)
    plan = {"artA": ("stA", None), "artB": ("stB", None), "artC": ("stB", "stA")}

    def assign(self: StoryIndex, article_id: str, terms: object, published: object, **kw: object) -> Assignment:
        story, folds = plan[article_id]
        if folds:
            self.merges_delta.append((folds, story))
        return Assignment(article_id, story, 0.5, False)

    monkeypatch.setattr(StoryIndex, "assign", assign)

    def article(art: str, d: date, phrase: str, eid: str) -> Article:
        ev = Event(event_id=eid, event_type="Violence against civilians", sub_event_type="Attack",
                   plover_category="ASSAULT", date_start=d, date_end=d, event_date=d, time_precision=1,
                   date_phrase=phrase, country_code="US", location="Marlow", latitude=34.65, longitude=-97.96,
                   geo_precision=1, admin1="Oklahoma", admin2="Stephens County",
                   actor1="Unidentified Armed Group (United States)", fatalities=2, article_id=art,
                   sources=[Source(art, None, None, d, None)])
        return Article(id=art, text=art, content_hash=art, published=d, events=[ev])

    shooting = article("artA", date(2019, 6, 8), "early Saturday", "0000000000a1")
    other = article("artB", date(2019, 7, 1), "on Sunday", "0000000000b1")
    hearing = article("artC", date(2019, 7, 15), "on Monday", "0000000000c1")
    other.events[0].admin2 = "Grady County"  # the bridging story's own shooting, in another county
    other.events[0].latitude, other.events[0].longitude = 35.05, -97.94
    for n, runs in enumerate(([[[shooting], [other], [hearing]]], [[[shooting], [other]], [[hearing]]])):
        path = tmp_path / f"follow{n}.duckdb"
        for batches in runs:
            with Store.open(path) as store:
                for batch in batches:
                    store.add_batch(batch)
        with Store.open(path, read_only=True) as store:
            got = sorted(s.article_id for s in store.event("0000000000a1").sources)
        assert got == ["artA", "artC"], n


# written for the project
def test_a_wounded_victim_who_died_is_counted_once_when_reports_merge() -> None:
    """One report tells a man shot and in critical condition, a later one that he died: as many people harmed, one
    more dead and one fewer wounded. Merged, the later state stands (one dead, none wounded), not the lowest dead
    beside the highest wounded; reports that harm different numbers of people keep ACLED's lowest figures."""
    from datetime import date

    from sitrep.fusion.merge import merge
    from sitrep.model import Event, Source

    def ev(eid: str, killed: int, wounded: int) -> Event:
        d = date(2016, 3, 14)
        return _one_day_event(eid, _ATTACK, d, "Monday", dict(
            country_code="US", latitude=41.88, longitude=-87.63, geo_precision=1, admin1="Illinois", location="Chicago",
            sources=[Source("art" + eid, None, None, d, None)]), fatalities=killed, wounded=wounded,
            deaths_unknown=killed)

    for first, second, want in (((0, 1), (1, 0), (1, 0)), ((1, 0), (0, 1), (1, 0)), ((1, 2), (2, 1), (2, 1)),
                                ((1, 2), (3, 4), (1, 2)), ((2, 0), (1, 0), (1, 0))):
        merged = merge(ev("00000000000a", *first), ev("00000000000b", *second))
        assert (merged.fatalities, merged.wounded) == want, (first, second)
