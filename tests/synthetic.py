"""A synthetic store of N events written in bulk by DuckDB (INSERT … SELECT FROM range), for the report's speed
test and figures test. Run as a script to build one: python tests/synthetic.py /tmp/big.duckdb 100000"""

from __future__ import annotations

import sys
from pathlib import Path

from sitrep.store.db import Store

# (event_type, sub_event_type, plover category, plover mode)
_TYPES = [
    ("Battles", "Armed clash", "FIGHT", "small arms"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosion"),
    ("Explosions/Remote violence", "Air/drone strike", "ASSAULT", "aerial"),
    ("Violence against civilians", "Attack", "ASSAULT", "firearms"),
    ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct"),
    ("Protests", "Peaceful protest", "PROTEST", "demonstrate"),
    ("Riots", "Violent demonstration", "PROTEST", "riot"),
    ("Strategic developments", "Agreement", "AGREE", "agreement"),
    ("Strategic developments", "Other", "CONCEDE", "withdraw"),
]
_ACTORS = ["Islamic State (Sahel)", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Niger (2023-)",
           "Police Forces of Niger (2023-)", "Unidentified Armed Group (Niger)", "Civilians (Niger)",
           "Protesters (Niger)", "Rioters (Niger)", "Government of Benin (2016-)", "Wagner Group"]
# (name, admin1, latitude, longitude) around Niger
_PLACES = [("Ayorou", "Tillaberi", 14.73075, 0.91739), ("Ouallam", "Tillaberi", 14.31641, 2.08597),
           ("Filingué", "Tillaberi", 14.3521, 3.3168), ("Téra", "Tillaberi", 14.00776, 0.75306),
           ("Niamey", "Niamey", 13.51366, 2.1098), ("Diffa", "Diffa", 13.31536, 12.61135),
           ("Agadez", "Agadez", 16.97333, 7.99111), ("Tahoua", "Tahoua", 14.8888, 5.2692),
           ("Tillaberi", "Tillaberi", 14.21, 1.45), (None, None, None, None)]


def _values(rows: list[tuple[object, ...]]) -> str:
    def lit(v: object) -> str:
        if v is None:
            return "NULL"
        if isinstance(v, str):
            return "'" + v.replace("'", "''") + "'"
        return repr(v)
    return ", ".join("(" + ", ".join(lit(v) for v in r) + ")" for r in rows)


def make_store(path: str | Path, n: int, *, start: str = "2023-01-01", days: int = 730, seed: int = 1) -> Store:
    """A store of `n` events in Niger spread over `days` days from `start`, with sources (1-3 per event),
    articles, disagreements on some events, rejects and evidence for strategic developments. Deterministic."""
    store = Store.open(path)
    con = store.con
    con.execute(f"SELECT setseed({seed / 10})")
    con.execute(f"CREATE TEMP TABLE t_types (k INTEGER, et VARCHAR, st VARCHAR, pc VARCHAR, pm VARCHAR); "
                f"INSERT INTO t_types VALUES {_values([(i, *t) for i, t in enumerate(_TYPES)])}")
    con.execute(f"CREATE TEMP TABLE t_actors (k INTEGER, name VARCHAR); "
                f"INSERT INTO t_actors VALUES {_values(list(enumerate(_ACTORS)))}")
    con.execute(f"CREATE TEMP TABLE t_places (k INTEGER, name VARCHAR, a1 VARCHAR, lat DOUBLE, lon DOUBLE); "
                f"INSERT INTO t_places VALUES {_values([(i, *p) for i, p in enumerate(_PLACES)])}")
    nt, na, np_ = len(_TYPES), len(_ACTORS), len(_PLACES)
    con.execute(f"""
        CREATE TEMP TABLE t_ev AS SELECT i,
            'syn' || lpad(i::VARCHAR, 9, '0') AS event_id,
            ('{start}'::DATE + ((hash(i, 1) % {days})::INTEGER)) AS d,
            (hash(i, 2) % {nt})::INTEGER AS tk,
            (hash(i, 3) % {na})::INTEGER AS a1k,
            (hash(i, 4) % {na})::INTEGER AS a2k,
            (hash(i, 5) % {np_})::INTEGER AS pk,
            (hash(i, 6) % 3)::INTEGER + 1 AS nsrc,
            (hash(i, 7) % 30)::INTEGER AS f,
            (hash(i, 8) % 10)::INTEGER AS prec_roll
        FROM range({n}) r(i)""")
    cols = ("event_id, story_id, first_seen, updated, event_date, date_start, date_end, time_precision, "
            "disorder_type, event_type, sub_event_type, plover_category, plover_mode, actor1, inter1, actor2, "
            "inter2, location, admin1, country, country_code, latitude, longitude, geo_precision, where_prec, "
            "fatalities, deaths_a, deaths_b, low, best, high, wounded, abducted, number_of_sources, confidence, "
            "notes, article_id, sentence")
    con.execute(f"""
        INSERT INTO events ({cols})
        SELECT e.event_id, e.event_id, now()::TIMESTAMP, now()::TIMESTAMP,
            e.d, CASE WHEN e.prec_roll = 0 THEN e.d - 3 ELSE e.d END, CASE WHEN e.prec_roll = 0 THEN e.d + 3 ELSE e.d END,
            CASE WHEN e.prec_roll = 0 THEN 2 ELSE 1 END,
            CASE WHEN t.et IN ('Protests', 'Riots') THEN 'Demonstrations' WHEN t.et = 'Strategic developments'
                 THEN 'Strategic developments' ELSE 'Political violence' END,
            t.et, t.st, t.pc, t.pm, a1.name, CASE WHEN a1.name LIKE '%Forces of%' THEN 1 ELSE 2 END,
            CASE WHEN a2.k = a1.k THEN NULL ELSE a2.name END, CASE WHEN a2.name LIKE '%Forces of%' THEN 1 ELSE 7 END,
            coalesce(p.name, 'Niger'), p.a1, 'Niger', 'NE',
            coalesce(p.lat + ((hash(e.i, 9) % 100)::INTEGER - 50) / 400.0, 17.6), coalesce(p.lon + ((hash(e.i, 10) % 100)::INTEGER - 50) / 400.0, 8.1),
            CASE WHEN p.name IS NULL THEN 3 WHEN p.name = 'Tillaberi' THEN 3 ELSE 1 END,
            CASE WHEN p.name IS NULL THEN 6 WHEN p.name = 'Tillaberi' THEN 4 ELSE 1 END,
            CASE WHEN t.et IN ('Battles', 'Explosions/Remote violence', 'Violence against civilians') THEN e.f ELSE 0 END,
            0, 0,
            CASE WHEN t.et IN ('Battles', 'Explosions/Remote violence', 'Violence against civilians') THEN e.f ELSE 0 END,
            CASE WHEN t.et IN ('Battles', 'Explosions/Remote violence', 'Violence against civilians') THEN e.f ELSE 0 END,
            CASE WHEN t.et IN ('Battles', 'Explosions/Remote violence', 'Violence against civilians') THEN e.f + e.f // 3 ELSE 0 END,
            e.f % 7, CASE WHEN t.st LIKE 'Abduction%' THEN e.f ELSE 0 END, e.nsrc, 0.5,
            'synthetic event ' || e.i, 'art' || lpad((e.i // 2)::VARCHAR, 9, '0'), 0
        FROM t_ev e JOIN t_types t ON t.k = e.tk JOIN t_actors a1 ON a1.k = e.a1k JOIN t_actors a2 ON a2.k = e.a2k
        JOIN t_places p ON p.k = e.pk""")
    outlets = "['Niamey Daily', 'Sahel Wire', 'Radio Dunes', 'West Africa Monitor']"
    con.execute(f"""
        INSERT INTO articles (id, content_hash, title, published, outlet, url, path, language, text, ingested_at)
        SELECT 'art' || lpad(i::VARCHAR, 9, '0'), 'h' || i, 'Synthetic report ' || i,
            '{start}'::DATE + ((hash(i * 2, 1) % {days})::INTEGER) + 1, {outlets}[(i % 4) + 1],
            'https://example.org/synthetic/' || i, NULL, 'en', 'text', now()::TIMESTAMP
        FROM range({(n + 1) // 2 + 2 * n // 2 + 2}) r(i)""")
    con.execute(f"""
        INSERT INTO event_sources (event_id, article_id, outlet, url, published, title)
        SELECT e.event_id, 'art' || lpad(((e.i // 2) + k * {(n + 1) // 2})::VARCHAR, 9, '0'),
            {outlets}[((e.i + k) % 4) + 1], 'https://example.org/synthetic/' || e.i, e.d + 1 + k::INTEGER, 'Synthetic report'
        FROM t_ev e, range(3) r(k) WHERE k < e.nsrc""")
    con.execute("""
        INSERT INTO disagreements
        SELECT s.event_id, 'fatalities', s.article_id, (e.fatalities + row_number() OVER (PARTITION BY s.event_id
            ORDER BY s.article_id) - 1)::VARCHAR
        FROM event_sources s JOIN events e USING (event_id) WHERE e.number_of_sources >= 2 AND hash(e.event_id) % 20 = 0
            AND e.fatalities > 0""")
    con.execute("""
        INSERT INTO evidence (event_id, field, value, article_id, sentence, start_char, end_char, sentence_text, rule)
        SELECT event_id, 'event_type', event_type || ' / ' || sub_event_type, article_id, 0, 0, 10,
            'The synthetic source sentence of ' || event_id || '.', 'trigger:synthetic'
        FROM events WHERE event_type = 'Strategic developments'""")
    con.execute("INSERT INTO rejects (path, stage, reason, content_hash, rejected_at) "
                "SELECT 'bad' || i || '.txt', 'clean', 'too little text', NULL, now()::TIMESTAMP FROM range(7) r(i)")
    for t in ("t_ev", "t_types", "t_actors", "t_places"):
        con.execute(f"DROP TABLE {t}")
    con.execute("CHECKPOINT")
    return store


if __name__ == "__main__":
    import time

    if Path(sys.argv[1]).exists():  # a second run into the same file would store every event id twice
        sys.exit(f"{sys.argv[1]} exists: remove it or name a new file")
    t0 = time.perf_counter()
    make_store(sys.argv[1], int(sys.argv[2])).close()
    print(f"{int(sys.argv[2]):,} events -> {sys.argv[1]} in {time.perf_counter() - t0:.1f} s")
