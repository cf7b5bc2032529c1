"""The situation report: every figure equals an independent SQL query of the store; empty periods; Markdown, HTML
and PDF rendering (the PDF's first page turned into an image); escaping; the CLI; speed on a synthetic store."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from sitrep.errors import UsageError
from sitrep.model import Event, Source
from sitrep.pipeline import Pipeline
from sitrep.report import build_brief, format_for, render_html, render_markdown, write_report
from sitrep.report import text
from sitrep.report.brief import Brief
from sitrep.settings import Settings
from sitrep.store.db import Store

from synthetic import make_store

SITREP = [sys.executable, "-m", "sitrep.cli"]
MARCH_APRIL = (date(2024, 3, 1), date(2024, 4, 30))


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from sitrep.cli import sample_dir

    db = tmp_path_factory.mktemp("report") / "sample.duckdb"
    store = Store.open(db)
    Pipeline(Settings(workers=1)).ingest([sample_dir()], store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = make_store(tmp_path_factory.mktemp("synthetic") / "syn.duckdb", 20_000)
    yield store
    store.close()


# -- the acceptance check: each figure of the brief against its own SQL --------------------------------------
def _where(b: Brief, since: date, until: date) -> tuple[str, list[object]]:
    sql, params = "event_date BETWEEN ? AND ?", [since, until]
    if b.scope.country:
        sql += " AND (country_code = ? OR country = ?)"
        params += [b.scope.country, b.scope.country]
    if b.scope.admin1:
        sql += " AND strip_accents(lower(admin1)) = strip_accents(lower(?))"
        params.append(b.scope.admin1)
    return sql, params


def check_figures(store: Store, b: Brief) -> None:
    """Recompute every figure of the brief with plain SQL (not through sitrep.query) and compare."""
    con = store.con
    p, q = b.scope.period, b.scope.previous
    w, prm = _where(b, p.since, p.until)
    wq, prmq = _where(b, q.since, q.until)
    assert q.until == p.since - timedelta(days=1) and q.days == p.days

    def sums(where: str, params: list[object], extra: str = "") -> tuple[int, ...]:
        r = con.execute(f"SELECT count(*), coalesce(sum(fatalities), 0), coalesce(sum(low), 0), "
                        f"coalesce(sum(best), 0), coalesce(sum(high), 0) FROM events WHERE {where}{extra}",
                        params).fetchone()
        return tuple(int(v) for v in r)

    def tc(t: object) -> tuple[int, ...]:
        return (t.events, t.fatalities, t.low, t.best, t.high)  # type: ignore[attr-defined]

    assert tc(b.totals.current) == sums(w, prm)
    assert tc(b.totals.previous) == sums(wq, prmq)
    types = {r[0] for r in con.execute(f"SELECT DISTINCT event_type FROM events WHERE {w}", prm).fetchall()}
    types |= {r[0] for r in con.execute(f"SELECT DISTINCT event_type FROM events WHERE {wq}", prmq).fetchall()}
    assert {r.event_type for r in b.by_type} == types
    for r in b.by_type:
        assert tc(r.current) == sums(w + " AND event_type = ?", [*prm, r.event_type])
        assert tc(r.previous) == sums(wq + " AND event_type = ?", [*prmq, r.event_type])
    # weeks
    if not b.empty:
        assert b.weeks[0].start == p.since and b.weeks[-1].end == p.until
        assert sum(x.events for x in b.weeks) == b.totals.current.events
        for wk in b.weeks:
            ww, wp = _where(b, wk.start, wk.end)
            n, f = sums(ww, wp)[:2]
            assert (wk.events, wk.fatalities) == (n, f), wk
    # map
    mapped = con.execute(f"SELECT count(*), coalesce(sum(fatalities), 0) FROM events WHERE {w} AND latitude IS NOT "
                         "NULL AND longitude IS NOT NULL AND coalesce(where_prec, 1) < 6", prm).fetchone()
    assert (b.mapped, sum(x.fatalities for x in b.points)) == (mapped if not b.empty else (0, 0))
    region = con.execute(f"SELECT count(*) FROM events WHERE {w} AND latitude IS NOT NULL AND where_prec IN (4, 5)",
                         prm).fetchone()[0]
    assert sum(x.events for x in b.points if x.region_only) == region
    # key events: the most severe non-strategic events, in that order
    if not b.empty:
        ids = [r[0] for r in con.execute(
            f"SELECT event_id FROM events WHERE {w} AND event_type <> 'Strategic developments' ORDER BY fatalities "
            "DESC, coalesce(wounded, 0) + coalesce(abducted, 0) DESC, number_of_sources DESC, event_date, event_id "
            f"LIMIT {len(b.key_events) or 10}", prm).fetchall()]
        assert [k.event_id for k in b.key_events] == ids
    cites = {c.number: c for c in b.citations}
    for k in b.key_events:
        fat, wounded, nsrc, loc = con.execute("SELECT fatalities, wounded, number_of_sources, location FROM events "
                                              "WHERE event_id = ?", [k.event_id]).fetchone()
        assert k.fatalities == fat
        if fat:
            assert f"{fat:,} killed" in k.sentence
        if wounded:
            assert f"{wounded:,} wounded" in k.sentence
        if loc:
            assert loc in k.sentence
        srcs = {r[0] for r in con.execute("SELECT article_id FROM event_sources WHERE event_id = ?",
                                          [k.event_id]).fetchall()}
        assert {cites[n].article_id for n in k.citations} == srcs
    # developments: all strategic developments of the period (or the shown ones), in date order
    n_sd = con.execute(f"SELECT count(*) FROM events WHERE {w} AND event_type = 'Strategic developments'",
                       prm).fetchone()[0]
    assert b.developments_total == n_sd
    if n_sd <= 30:
        sd = [r[0] for r in con.execute(f"SELECT event_id FROM events WHERE {w} AND event_type = 'Strategic "
                                        "developments' ORDER BY event_date, event_id", prm).fetchall()]
        assert [d.event_id for d in b.developments] == sd
    assert [d.event_date for d in b.developments] == sorted(d.event_date for d in b.developments)
    # contradictions: each value per source as stored
    n_dis = con.execute(f"SELECT count(*) FROM events WHERE {w} AND event_id IN (SELECT event_id FROM "
                        "disagreements)", prm).fetchone()[0]
    assert b.disputed_events == n_dis
    shown = {c.event_id for c in b.contradictions}
    assert len(shown) == b.disputed_shown == min(n_dis, 20)
    for c in b.contradictions:
        rows = con.execute("SELECT article_id, value FROM disagreements WHERE event_id = ? AND field = ?",
                           [c.event_id, c.field]).fetchall()
        got = {cites[v.citation].article_id: v.value for v in c.values}
        assert got == {a: (text.date_value(v) if c.field == "event_date" else v) for a, v in rows}
    # actors
    actor_rows = con.execute(f"""
        WITH f AS (SELECT * FROM events WHERE {w}),
        a AS (SELECT actor1 AS actor, 1 AS init, fatalities, event_date FROM f WHERE actor1 IS NOT NULL
              UNION ALL SELECT actor2, 0, fatalities, event_date FROM f
              WHERE actor2 IS NOT NULL AND actor2 <> coalesce(actor1, ''))
        SELECT actor, count(*), sum(init), coalesce(sum(fatalities), 0), min(event_date), max(event_date)
        FROM a GROUP BY actor""", prm).fetchall()
    by_actor = {r[0]: tuple(r[1:]) for r in actor_rows}
    assert len(b.actors) == min(10, len(by_actor))
    for a in b.actors:
        assert (a.events, a.initiated, a.fatalities, a.first_seen, a.last_seen) == by_actor[a.actor]
    if b.actors:
        assert b.actors[0].events == max(v[0] for v in by_actor.values())
    # what the data cannot say
    g = b.gaps

    def count(extra: str, where: str = w, params: list[object] = prm) -> int:
        return int(con.execute(f"SELECT count(*) FROM events WHERE {where} AND {extra}", params).fetchone()[0])

    assert g.country_only == count("(where_prec >= 6 OR (where_prec IS NULL AND latitude IS NULL))")
    assert g.region_only == count("where_prec IN (4, 5)")
    assert g.week_precision == count("time_precision = 2")
    assert g.month_precision == count("time_precision >= 3")
    assert g.date_bounded == count("event_id IN (SELECT event_id FROM evidence WHERE rule LIKE "
                                   "'%report-date-bounds-event%')")
    area = "TRUE" + ("" if not b.scope.country else " AND (country_code = ? OR country = ?)")
    area_params = [] if not b.scope.country else [b.scope.country, b.scope.country]
    assert g.undated == count("event_date IS NULL", area, area_params)
    assert g.rejected == con.execute("SELECT count(*) FROM rejects").fetchone()[0]
    assert g.articles_published == con.execute("SELECT count(*) FROM articles WHERE published BETWEEN ? AND ?",
                                               [p.since, p.until]).fetchone()[0]
    # citations: outlet and date as the articles table has them
    for c in b.citations:
        outlet, published = con.execute("SELECT outlet, published FROM articles WHERE id = ?",
                                        [c.article_id]).fetchone()
        assert (c.outlet, c.published) == (outlet, published)


def check_rendered(b: Brief, md: str) -> None:
    """The figures the Markdown shows are the Brief's."""
    now, before = b.totals.current, b.totals.previous
    assert f"{now.events:,} event" in md and f"{now.fatalities:,} fatalit" in md
    if not b.empty:
        assert f"**{now.events:,} ({text.change(now.events, before.events)})**" in md
        for r in b.by_type:
            assert f"| {r.event_type} | {r.current.events:,} ({text.change(r.current.events, r.previous.events)}) |" \
                in md.replace("\\", "")
        for a in b.actors:
            assert f"| {a.events:,} | {a.initiated:,} | {a.fatalities:,} |" in md
        for k in b.key_events:
            assert k.sentence.split(":")[0].replace("(", "\\(") in md or k.sentence[:30] in md.replace("\\", "")


def test_sample_brief_figures_equal_store_queries(sample_store: Store) -> None:
    for kw in ({"country": "NE"}, {"country": "Niger", "admin1": "tillabéri"}, {}, {"country": "ML"}):
        b = build_brief(sample_store, since=MARCH_APRIL[0], until=MARCH_APRIL[1], **kw)
        assert not b.empty
        check_figures(sample_store, b)
        check_rendered(b, render_markdown(b))


def test_sample_brief_content(sample_store: Store) -> None:
    b = build_brief(sample_store, country="NE", since=MARCH_APRIL[0], until=MARCH_APRIL[1])
    assert b.scope.area == "Niger" and b.scope.previous.since == date(2023, 12, 31)
    first = b.key_events[0]
    assert first.sentence.startswith("On 12 March 2024, Islamic State (Sahel) clashed with Military Forces of Niger "
                                     "near Ayorou (Tillaberi): 33 killed")
    assert len(first.citations) == 3
    kinds = [d.kind for d in b.developments]
    assert kinds == ["Withdrawal announced", "Agreement", "Handover"]
    fat = [c for c in b.contradictions if c.field == "fatalities"][0]
    assert sorted(v.value for v in fat.values) == ["15", "33", "36"] and fat.stored == "33"
    assert {c.outlet for c in b.citations} >= {"Niamey Daily", "Sahel Wire", "Radio Dunes"}
    adm = build_brief(sample_store, country="NE", admin1="Tillaberi", since=MARCH_APRIL[0], until=MARCH_APRIL[1])
    assert adm.scope.area == "Tillaberi, Niger"
    assert {k.where.split(" (")[0] for k in adm.key_events} == {"Ayorou", "Ouallam", "Filingué", "Téra"}


def test_synthetic_brief_figures_equal_store_queries(synthetic_store: Store) -> None:
    b = build_brief(synthetic_store, country="NE", since=date(2024, 1, 1), until=date(2024, 6, 30))
    assert b.gaps.country_only and b.gaps.region_only and b.gaps.week_precision and b.gaps.rejects
    assert b.disputed_events > 20 and b.developments_total > 30
    check_figures(synthetic_store, b)
    check_rendered(b, render_markdown(b))
    whole = build_brief(synthetic_store, since=date(2023, 1, 1), until=date(2024, 12, 31))
    check_figures(synthetic_store, whole)


def test_default_period_ends_at_latest_event(sample_store: Store) -> None:
    b = build_brief(sample_store, country="NE")
    latest = sample_store.con.execute("SELECT max(event_date) FROM events WHERE country_code = 'NE'").fetchone()[0]
    assert b.scope.period.until == latest and b.scope.period.days == 30


# -- empty periods -----------------------------------------------------------------------------------------------
def test_empty_period_gives_a_short_correct_brief(sample_store: Store, tmp_path: Path) -> None:
    b = build_brief(sample_store, country="NE", since=date(2024, 6, 1), until=date(2024, 6, 30))
    assert b.empty and not b.key_events and not b.points and not b.weeks and not b.actors
    check_figures(sample_store, b)
    md = render_markdown(b)
    assert "No event in Niger is stored with a date in this period, nor in the previous 30 days." in md
    assert "## Key events" not in md and "## What the data cannot say" in md
    assert len(md.splitlines()) < 30
    html = render_html(b)
    assert "<img" not in html and "No event in Niger" in html
    write_report(b, tmp_path / "empty.pdf", "pdf")
    assert _pdf_page_ink(tmp_path / "empty.pdf") > 0.002
    # a country with no events at all, and an empty store
    assert build_brief(sample_store, country="FR", since=date(2024, 1, 1), until=date(2024, 1, 31)).empty
    with Store.open(tmp_path / "blank.duckdb") as blank:
        eb = build_brief(blank, since=date(2024, 1, 1), until=date(2024, 1, 31))
        assert eb.empty and "No event" in render_markdown(eb)


def test_empty_period_after_a_busy_one_says_so(sample_store: Store) -> None:
    b = build_brief(sample_store, country="NE", since=date(2024, 5, 1), until=date(2024, 6, 29))
    assert b.empty and b.totals.previous.events == 8
    md = render_markdown(b)
    assert "The previous 60 days had 8 events and 55 fatalities." in md
    assert "| Battles | 0 (−1) | 0 (−33) |" in md


# -- rendering ---------------------------------------------------------------------------------------------------
def _pdf_page_ink(path: Path, page: int = 0) -> float:
    """The share of non-white pixels on a page rendered to an image."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        img = pdf[page].render(scale=1).to_pil().convert("L")
    finally:
        pdf.close()
    hist = img.histogram()
    return 1 - sum(hist[245:]) / (img.width * img.height)


def test_markdown_html_pdf_files(sample_store: Store, tmp_path: Path) -> None:
    b = build_brief(sample_store, country="NE", since=MARCH_APRIL[0], until=MARCH_APRIL[1])
    write_report(b, tmp_path / "brief.md", "md")
    md = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert "![Map of the events](brief.map.png)" in md and (tmp_path / "brief.map.png").stat().st_size > 5000
    assert (tmp_path / "brief.weekly.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for section in ("## Headline figures", "## Key events", "## Political and strategic developments",
                    "## Where the sources disagree", "## Actor activity", "## What the data cannot say", "## Sources"):
        assert section in md
    write_report(b, tmp_path / "brief.html", "html")
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 2
    # one self-contained file: nothing fetched, no script
    assert not re.search(r'(src|href)="(?!data:|#|https://example\.)', html)
    assert "<script" not in html and "@import" not in html and "url(" not in html
    write_report(b, tmp_path / "brief.pdf", "pdf")
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(str(tmp_path / "brief.pdf"))) >= 2
    assert _pdf_page_ink(tmp_path / "brief.pdf") > 0.02  # page 1: title, table and map


def test_markdown_on_stdout_has_no_images(sample_store: Store) -> None:
    b = build_brief(sample_store, country="NE", since=MARCH_APRIL[0], until=MARCH_APRIL[1])
    out = write_report(b, None, "md")
    assert out is not None and "![" not in out and "| 7 days from | to | Events | Fatalities |" in out


def test_store_text_is_escaped(tmp_path: Path) -> None:
    evil = "<script>alert(1)</script>"
    with Store.open(tmp_path / "evil.duckdb") as store:
        ev = Event(event_id="evil1", event_date=date(2024, 3, 5), date_start=date(2024, 3, 5),
                   date_end=date(2024, 3, 5), time_precision=1, event_type="Battles", sub_event_type="Armed clash",
                   actor1=f"Group {evil}", actor2="Military Forces of Niger (2023-)", inter1=2, inter2=1,
                   location=f"Town {evil}", country="Niger", country_code="NE", latitude=14.0, longitude=1.0,
                   geo_precision=1, where_prec=1, fatalities=3, notes=evil, article_id="a1",
                   sources=[Source("a1", f"Outlet {evil}", "javascript:alert(1)", date(2024, 3, 6),
                                   title=f"Headline {evil} *bold* [link](x) | pipe")])
        store.con.execute("INSERT INTO articles (id, content_hash, title, published, outlet, url) VALUES "
                          "('a1', 'h1', ?, ?, ?, 'javascript:alert(1)')",
                          [f"Headline {evil} *bold* [link](x) | pipe", date(2024, 3, 6), f"Outlet {evil}"])
        from sitrep.store.db import _Rows

        rows = _Rows()
        rows.event(ev)
        rows.write(store.con)
        b = build_brief(store, country="NE", since=date(2024, 3, 1), until=date(2024, 3, 31))
        html = render_html(b, figures=lambda _b: {})
        assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "javascript:" not in html.split("<body>")[1].split("</h1>")[0] and 'href="javascript' not in html
        md = render_markdown(b)
        assert "<script>" not in md and r"\<script\>" in md and r"\*bold\*" in md and r"\| pipe" in md
        path = tmp_path / "evil.pdf"
        write_report(b, path, "pdf")  # reportlab's markup is escaped too
        assert path.stat().st_size > 1000


# -- CLI ----------------------------------------------------------------------------------------------------------
def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SITREP_WORKERS="1", COLUMNS="200")
    return subprocess.run([*SITREP, *args], capture_output=True, text=True, env=env, timeout=300)


def test_format_for() -> None:
    assert format_for("b.HTML", None) == "html" and format_for("b.pdf", None) == "pdf"
    assert format_for(None, None) == "md" and format_for("x.txt", "markdown") == "md"
    for bad in (("b.docx", None), (None, "docx")):
        with pytest.raises(UsageError):
            format_for(*bad)


def test_cli_report(sample_store: Store, tmp_path: Path) -> None:
    import shutil

    sample_store.con.execute("CHECKPOINT")  # the file is whole; a copy can be opened while this one is locked
    db = str(tmp_path / "cli.duckdb")
    shutil.copy(sample_store.path, db)
    p = run("report", "--db", db, "--country", "NE", "--since", "2024-03-01", "--until", "2024-04-30")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("# Situation report: Niger") and "8 events and 55 fatalities in Niger;" in p.stdout
    out = tmp_path / "b.html"
    p = run("report", "--db", db, "--country", "NE", "--admin1", "Tillaberi", "--since", "2024-03-01", "--until",
            "2024-04-30", "-o", str(out))
    assert p.returncode == 0, p.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    p = run("report", "--db", db, "--since", "2024-06-01", "--until", "2024-06-30", "--country", "NE")
    assert p.returncode == 0 and "No event in Niger" in p.stdout
    for args, msg in ((("--since", "2024-05-01", "--until", "2024-04-01"), "after"),
                      (("--since", "2024-02-30"), "must be a date"),
                      (("-o", str(tmp_path / "b.docx")), "cannot tell the format"),
                      (("--format", "pdf"), "needs an output file"),
                      (("--format", "odt", "-o", str(tmp_path / "x.odt")), "unknown report format")):
        p = run("report", "--db", db, *args)
        assert p.returncode == 2 and msg in p.stderr, (args, p.stderr)


# -- seeds -----------------------------------------------------------------------------------------------------------
@pytest.mark.shared
def test_seed_brief(seeds_dir: Path, tmp_path: Path) -> None:
    with Store.open(tmp_path / "seeds.duckdb") as store:
        pipe = Pipeline(Settings(workers=1))
        pipe.ingest([seeds_dir / "000_be5b76f68810c7aa.txt"], store, published=date(2024, 3, 25))
        pipe.ingest([seeds_dir / "004_0b404599d40a8b73.txt"], store, published=date(2024, 4, 20), outlet="dpa")
        b = build_brief(store, country="NE", since=MARCH_APRIL[0], until=MARCH_APRIL[1])
        check_figures(store, b)
        battle = b.key_events[0]
        assert "Islamic State (Sahel) clashed with Military Forces of Niger" in battle.sentence
        assert "53 killed (23 on the side of Military Forces of Niger, 30 on the side of Islamic State (Sahel))" \
            in battle.sentence and "17 wounded" in battle.sentence
        assert "Islamic State (Sahel) claimed responsibility" in battle.sentence
        assert {d.kind for d in b.developments} == {"Agreement revoked", "Military aid or deployment",
                                                    "Withdrawal announced"}
        assert any(c.field == "event_date" for c in b.contradictions)
        assert b.gaps.date_bounded == 1  # the ambush: only the claim's date bounds it
        assert any(c.outlet == "dpa" for c in b.citations)
        md = render_markdown(b)
        check_rendered(b, md)
        write_report(b, tmp_path / "seeds.pdf", "pdf")
        assert _pdf_page_ink(tmp_path / "seeds.pdf") > 0.02


# -- text ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "prose"), [
    ("Military Forces of Niger (2023-)", "Military Forces of Niger"),
    ("Government of the United States (2021-2025)", "Government of the United States"),
    ("Civilians (Mali)", "civilians"), ("Islamic State (Sahel)", "Islamic State (Sahel)"), (None, "")])
def test_prose_name(name: str | None, prose: str) -> None:
    assert text.prose_name(name) == prose


def test_dates_and_changes() -> None:
    assert text.span(date(2024, 3, 1), date(2024, 4, 30)) == "1 March – 30 April 2024"
    assert text.span(date(2024, 4, 1), date(2024, 4, 10)) == "1–10 April 2024"
    assert text.span(date(2023, 12, 31), date(2024, 2, 29)) == "31 December 2023 – 29 February 2024"
    assert (text.change(5, 2), text.change(2, 5), text.change(3, 3)) == ("+3", "−3", "±0")
    ev = Event(event_date=date(2024, 3, 20), date_start=date(2024, 3, 17), date_end=date(2024, 3, 23),
               time_precision=2)
    assert text.date_phrase(ev) == "Between 17 and 23 March 2024" and text.when(ev) == "17–23 March 2024"
    ev2 = Event(event_date=date(2024, 3, 31), date_start=date(2024, 3, 28), date_end=date(2024, 4, 3),
                time_precision=2)
    assert text.date_phrase(ev2) == "Between 28 March and 3 April 2024"
    assert text.date_value("2024-03-11..2024-03-20") == "11–20 March 2024"


def test_places_in_prose_name_a_village_the_gazetteer_lacks() -> None:
    near = Event(location="Tansarga", admin1="Est", country="Burkina Faso", geo_precision=2, location_text="Kabougou")
    assert text.place_phrase(near, with_country=True) == "in Kabougou (near Tansarga, Est), Burkina Faso"
    assert text.where_short(near) == "Kabougou (Tansarga)"
    unit = Event(location="Province de la Tapoa", admin1="Est", geo_precision=3, location_text="Kabougou")
    assert text.place_phrase(unit, with_country=False) == "in Kabougou (Province de la Tapoa, Est)"
    alone = Event(location="Zerma Dare", location_text="Zerma Dare")  # no place the gazetteer knows
    assert text.place_phrase(alone, with_country=True) == "in Zerma Dare"
    known = Event(location="Ayorou", admin1="Tillaberi", country="Niger", geo_precision=2)
    assert text.place_phrase(known, with_country=True) == "near Ayorou (Tillaberi), Niger"


# -- speed -----------------------------------------------------------------------------------------------------------
def test_brief_speed_on_a_synthetic_store(synthetic_store: Store, tmp_path: Path) -> None:
    """20,000 events in one brief (the CI-sized version of the 100,000-event measurement in the README)."""
    t0 = time.perf_counter()
    b = build_brief(synthetic_store, since=date(2023, 1, 1), until=date(2024, 12, 31))
    write_report(b, tmp_path / "big.html", "html")
    elapsed = time.perf_counter() - t0
    assert b.totals.current.events == 20_000
    assert elapsed < 10, elapsed
