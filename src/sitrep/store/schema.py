"""The DuckDB schema of the store, as an ordered list of migrations; the version lives in `meta`."""

from __future__ import annotations

__all__ = ["EVENT_COLUMNS", "MIGRATIONS", "SCHEMA_VERSION"]

# Columns of the events table, in the order of the event record (DESIGN.md).
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("story_id", "VARCHAR"),
    ("first_seen", "TIMESTAMP"),
    ("updated", "TIMESTAMP"),
    ("event_date", "DATE"),
    ("date_start", "DATE"),
    ("date_end", "DATE"),
    ("time_precision", "INTEGER"),
    ("date_phrase", "VARCHAR"),
    ("disorder_type", "VARCHAR"),
    ("event_type", "VARCHAR"),
    ("sub_event_type", "VARCHAR"),
    ("civilian_targeting", "VARCHAR"),
    ("plover_category", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("actor1", "VARCHAR"),
    ("assoc_actor_1", "VARCHAR"),
    ("inter1", "INTEGER"),
    ("actor2", "VARCHAR"),
    ("assoc_actor_2", "VARCHAR"),
    ("inter2", "INTEGER"),
    ("interaction", "INTEGER"),
    ("actor1_text", "VARCHAR"),
    ("actor2_text", "VARCHAR"),
    ("claim", "VARCHAR"),
    ("location", "VARCHAR"),
    ("admin1", "VARCHAR"),
    ("admin2", "VARCHAR"),
    ("country", "VARCHAR"),
    ("country_code", "VARCHAR"),
    ("iso", "INTEGER"),
    ("latitude", "DOUBLE"),
    ("longitude", "DOUBLE"),
    ("geonames_id", "BIGINT"),
    ("geo_precision", "INTEGER"),
    ("where_prec", "INTEGER"),
    ("fatalities", "INTEGER"),
    ("deaths_a", "INTEGER"),
    ("deaths_b", "INTEGER"),
    ("deaths_civilians", "INTEGER"),
    ("deaths_unknown", "INTEGER"),
    ("low", "INTEGER"),
    ("best", "INTEGER"),
    ("high", "INTEGER"),
    ("wounded", "INTEGER"),
    ("abducted", "INTEGER"),
    ("arrested", "INTEGER"),
    ("number_of_sources", "INTEGER"),
    ("confidence", "DOUBLE"),
    ("notes", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("sentence", "INTEGER"),
    ("location_text", "VARCHAR"),  # v6: appended (rows are written by position)
)

_V1 = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, title VARCHAR, published DATE, outlet VARCHAR,
        url VARCHAR, path VARCHAR, language VARCHAR, text VARCHAR, raw_text VARCHAR, removed JSON,
        warnings JSON, ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS sentences (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, PRIMARY KEY (article_id, idx))""",
    """CREATE SEQUENCE IF NOT EXISTS reject_seq START 1""",
    """CREATE TABLE IF NOT EXISTS rejects (
        id BIGINT DEFAULT nextval('reject_seq'), path VARCHAR, stage VARCHAR, reason VARCHAR,
        content_hash VARCHAR, rejected_at TIMESTAMP, PRIMARY KEY (path, stage))""",
    "CREATE TABLE IF NOT EXISTS events (" + ", ".join(f"{c} {t}" for c, t in EVENT_COLUMNS) + ")",
    """CREATE TABLE IF NOT EXISTS event_sources (
        event_id VARCHAR, article_id VARCHAR, outlet VARCHAR, url VARCHAR, published DATE, title VARCHAR,
        PRIMARY KEY (event_id, article_id))""",
    """CREATE TABLE IF NOT EXISTS evidence (
        event_id VARCHAR, field VARCHAR, value VARCHAR, article_id VARCHAR, sentence INTEGER,
        start_char INTEGER, end_char INTEGER, sentence_text VARCHAR, rule VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS disagreements (
        event_id VARCHAR, field VARCHAR, article_id VARCHAR, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS mentions (
        article_id VARCHAR, kind VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, value VARCHAR,
        sentence INTEGER, detail JSON)""",
    """CREATE TABLE IF NOT EXISTS quotes (
        article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, speaker VARCHAR,
        sentence INTEGER)""",
    """CREATE TABLE IF NOT EXISTS figures (
        article_id VARCHAR, sentence INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
        value DOUBLE, unit VARCHAR, kind VARCHAR, about VARCHAR)""",
    "CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event_id)",
    "CREATE INDEX IF NOT EXISTS events_date ON events (event_date)",
]

# v2: stories (issue 5). Story clustering keeps document frequencies, each story's centroid and each article's
# story, similarity, near-duplicate and MinHash signature; a source remembers the article it copies.
_V2 = [
    "CREATE TABLE IF NOT EXISTS story_df (term VARCHAR PRIMARY KEY, df INTEGER)",
    """CREATE TABLE IF NOT EXISTS stories (
        story_id VARCHAR PRIMARY KEY, title VARCHAR, first_published DATE, last_published DATE, articles INTEGER,
        centroid JSON, updated TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS article_stories (
        article_id VARCHAR PRIMARY KEY, story_id VARCHAR, similarity DOUBLE, duplicate_of VARCHAR, signature BLOB)""",
    "ALTER TABLE event_sources ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR",
]

# v3: no ART index on a table that grows with the store. DuckDB keeps an ART index (every primary key, UNIQUE and
# CREATE INDEX) whole in memory once a write touches it, outside what its buffer cache can evict: ~100 bytes a key,
# 26 MB at 19,000 articles and growing with every article, until a write fails for memory. Uniqueness is kept by
# the writer instead (one process holds the file; `Store.add_batch` skips stored content hashes and rewrites an
# event by deleting it first), and look-ups by id scan a column, which DuckDB does in milliseconds. Tables keep
# their columns, in order; `meta` and `rejects` (small, and written with INSERT OR REPLACE) keep their keys.
_REBUILT = ("articles", "sentences", "events", "event_sources", "stories", "article_stories", "story_df")
_V3 = ["DROP INDEX IF EXISTS evidence_event", "DROP INDEX IF EXISTS events_date"] + [
    stmt for t in _REBUILT for stmt in (f"CREATE TABLE {t}__v3 AS SELECT * FROM {t}", f"DROP TABLE {t}",
                                        f"ALTER TABLE {t}__v3 RENAME TO {t}")]

# v4: the days each story's articles named (story clustering's `recall_days`: a later report naming one of those
# days finds its story, older than the window, here; a few rows a story, no key, see v3)
_V4 = ["CREATE TABLE IF NOT EXISTS story_days (story_id VARCHAR, day VARCHAR)"]

# v5: where the user's input had each article (its file and record, and the record's own id), kept with every
# event's sources so that an export leads back to the input record; columns appended (rows are written by position)
_V5 = [
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS record_id VARCHAR",
    "ALTER TABLE event_sources ADD COLUMN IF NOT EXISTS path VARCHAR",
    "ALTER TABLE event_sources ADD COLUMN IF NOT EXISTS record_id VARCHAR",
]

# v6: the name the text gives the scene when the gazetteer does not know it (`Event.location_text`); appended
_V6 = ["ALTER TABLE events ADD COLUMN IF NOT EXISTS location_text VARCHAR"]

MIGRATIONS: tuple[tuple[int, list[str]], ...] = ((1, _V1), (2, _V2), (3, _V3), (4, _V4), (5, _V5), (6, _V6))
SCHEMA_VERSION = MIGRATIONS[-1][0]
