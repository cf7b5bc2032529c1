"""The `sitrep` command line: thin commands over the importable functions; SitrepError becomes one line + exit code."""

from __future__ import annotations

import json
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import NotFound, SitrepError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn news articles into a sourced, geocoded conflict event dataset.")
gazetteer_app = typer.Typer(no_args_is_help=True, help="Import GeoNames dumps into the gazetteer; look names up.")
app.add_typer(gazetteer_app, name="gazetteer")
eval_app = typer.Typer(no_args_is_help=True, help="Measure sitrep against gold data (geoparsing corpora, ACLED rows, …).")
app.add_typer(eval_app, name="eval")

console = Console()
err = Console(stderr=True)

DbOpt = Annotated[str, typer.Option("--db", envvar="SITREP_DB", help="DuckDB store file.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]


def _date(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} must be a date like 2024-03-25, not {value!r}") from None


def _coord(x: Optional[float]) -> str:
    return "?" if x is None else f"{x:.5f}"


def _dump(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def sample_dir() -> Path:
    """The bundled sample corpus (fictional wire reports written for sitrep)."""
    return Path(str(resources.files("sitrep").joinpath("data/sample")))


@app.command()
def ingest(
    sources: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, globs, or - for stdin.")] = None,
    db: DbOpt = "sitrep.duckdb",
    published: Annotated[Optional[str], typer.Option(help="Publication date for every article (YYYY-MM-DD).")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name for every article.")] = None,
    url: Annotated[Optional[str], typer.Option(help="URL for every article.")] = None,
    text_column: Annotated[Optional[str], typer.Option("--text-column", help="CSV column holding the text.")] = None,
    date_column: Annotated[Optional[str], typer.Option(
        "--date-column", help="Column or field holding each record's publication date.")] = None,
    sample: Annotated[bool, typer.Option("--sample", help="Ingest the bundled sample corpus.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any document is rejected.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Read, clean, analyse and store articles; rejected documents are stored with the stage and the reason."""
    from sitrep.pipeline import Pipeline
    from sitrep.settings import Settings
    from sitrep.store.db import Store

    srcs: list[str] = list(sources or [])
    if sample:
        srcs.append(str(sample_dir()))
    if not srcs:
        raise UsageError("nothing to ingest: give files, directories, globs, - for stdin, or --sample")
    pub = _date(published, "--published")
    settings = Settings.from_env(db=db)
    pipe = Pipeline(settings)
    with Store.open(db) as store:
        if as_json or not sys.stderr.isatty():
            summary = pipe.ingest(srcs, store, text_column=text_column, date_column=date_column, published=pub,
                                  outlet=outlet, url=url)
        else:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(), TextColumn("{task.completed} docs"),
                          TimeElapsedColumn(), console=err, transient=True) as prog:
                task = prog.add_task("ingest", total=None)
                summary = pipe.ingest(srcs, store, text_column=text_column, date_column=date_column,
                                      published=pub, outlet=outlet, url=url,
                                      progress=lambda n: prog.advance(task, n))
    if as_json:
        _dump(summary.as_dict())
    else:
        console.print(f"[bold]{summary.stored}[/] articles stored, {summary.duplicates} already known, "
                      f"{summary.events} event mentions ({summary.events - summary.merged} new events, "
                      f"{summary.merged} merged into events other articles reported), "
                      f"{len(summary.rejects)} rejected  → {db}")
        if summary.rejects:
            t = Table("rejected", "stage", "reason", title="Rejected documents", title_justify="left")
            for r in summary.rejects:
                t.add_row(r.path, r.stage, r.reason)
            console.print(t)
    if strict and summary.rejects:
        raise typer.Exit(1)
    if summary.stored == 0 and summary.duplicates == 0 and summary.rejects:
        raise typer.Exit(1)


@app.command()
def events(
    db: DbOpt = "sitrep.duckdb",
    country: Annotated[Optional[str], typer.Option(help="ISO code (NE) or name.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="Event type or sub-event type.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many events.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List events, newest first."""
    from sitrep import query
    from sitrep.export import _record
    from sitrep.store.db import Store

    flt = query.EventFilter(country=country, since=_date(since, "--since"), until=_date(until, "--until"),
                            event_type=type_, limit=limit)
    with Store.open(db, read_only=True) as store:
        evs = query.events(store, flt)
    if as_json:
        _dump([{k: v for k, v in _record(e).items() if k != "evidence"} for e in evs])
        return
    t = Table("id", "date", "type / sub-type", "actor 1", "actor 2", "location", "fat.", "src",
              title=f"{len(evs)} events", title_justify="left")
    for e in evs:
        where = ", ".join(x for x in (e.location, e.admin1 if e.admin1 != e.location else None, e.country) if x)
        t.add_row(e.event_id, f"{e.event_date or '?'} (p{e.time_precision})", f"{e.event_type} / {e.sub_event_type}",
                  e.actor1 or "", e.actor2 or "", where, str(e.fatalities), str(e.number_of_sources))
    console.print(t)


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="Event id, or story id (st…); a unique prefix is enough.")],
    db: DbOpt = "sitrep.duckdb",
    as_json: JsonOpt = False,
) -> None:
    """An event with every field and the sentence(s) and offsets that support it; or a story (id "st…") with its
    articles side by side, the figures each gives and the contradictions between them."""
    from sitrep import query
    from sitrep.export import _record
    from sitrep.store.db import Store

    if event_id.startswith("st"):
        with Store.open(db, read_only=True) as store:
            st = query.story(store, event_id)
        _show_story(st, as_json)
        return
    with Store.open(db, read_only=True) as store:
        ev = query.event(store, event_id)
    if as_json:
        _dump(_record(ev))
        return
    console.print(f"[bold]{ev.event_id}[/]  {ev.event_type} / {ev.sub_event_type}  ({ev.disorder_type})")
    console.print(ev.notes)
    t = Table("field", "value", "evidence (article:sentence [offsets]) and rule", show_lines=True)
    by_field: dict[str, list[Any]] = {}
    for e in ev.evidence:
        by_field.setdefault(e.field, []).append(e)
    rows = [
        ("event_type", f"{ev.event_type} / {ev.sub_event_type}", "event_type"),
        ("plover", f"{ev.plover_category} / {ev.plover_mode}", "event_type"),
        ("event_date", f"{ev.event_date} ({ev.date_start}..{ev.date_end}, precision {ev.time_precision})", "event_date"),
        ("actor1", f"{ev.actor1} (inter {ev.inter1})", "actor1"),
        ("actor2", f"{ev.actor2} (inter {ev.inter2})", "actor2"),
        ("interaction", str(ev.interaction), None),
        ("claim", str(ev.claim), "claim"),
        ("location", f"{ev.location}; {ev.admin1}; {ev.country} ({_coord(ev.latitude)}, {_coord(ev.longitude)}) "
                     f"geo_precision {ev.geo_precision}, where_prec {ev.where_prec}, geonames {ev.geonames_id}",
         "location"),
        *([("location_text", f"{ev.location_text} (as written; not in the gazetteer)", "location_text")]
          if ev.location_text else []),
        ("fatalities", f"{ev.fatalities} (deaths_a {ev.deaths_a}, deaths_b {ev.deaths_b}, civilians "
                       f"{ev.deaths_civilians}, unknown {ev.deaths_unknown}; low/best/high {ev.low}/{ev.best}/{ev.high})",
         "fatalities"),
        ("wounded", str(ev.wounded), "wounded"),
        ("abducted", str(ev.abducted), "abducted"),
        ("arrested", str(ev.arrested), "arrested"),
    ]
    for name, value, key in rows:
        evs = by_field.get(key, []) if key else []
        ev_txt = "\n".join(f"{e.article_id}:{e.sentence} [{e.start}:{e.end}] {e.rule} — “{e.text}”" for e in evs)
        t.add_row(name, value, ev_txt or "—")
    console.print(t)
    src = Table("article", "outlet", "published", "title / url", "read from", title="Sources", title_justify="left")
    for s in ev.sources:
        read_from = " ".join(x for x in (s.path, f"(id {s.record_id})" if s.record_id else None) if x)
        src.add_row(s.article_id, s.outlet or "", str(s.published or ""), s.title or s.url or "", read_from)
    console.print(src)
    if ev.disagreements:
        d = Table("field", "article", "value", title="Where the sources disagree", title_justify="left")
        for dis in ev.disagreements:
            for art, val in dis.values.items():
                d.add_row(dis.field, art, val)
        console.print(d)


def _show_story(st: dict[str, Any], as_json: bool) -> None:
    from sitrep.export import _record

    if as_json:
        _dump({**st, "events": [_record(e) for e in st["events"]]})
        return
    console.print(f"[bold]{st['story_id']}[/]  {st['title'] or '(no title)'}  "
                  f"{st['first_published'] or '?'} – {st['last_published'] or '?'}, {st['article_count']} article(s)")
    t = Table("article", "outlet", "published", "title", "similarity", "copy of", "figures", show_lines=True,
              title="Articles side by side", title_justify="left")
    for a in st["articles"]:
        figs = "\n".join(f"{f['kind']}: {f['text']} ({f['about']})" for f in a["figures"])
        t.add_row(a["article_id"], a["outlet"] or "", str(a["published"] or ""), a["title"] or "",
                  f"{a['similarity']:.2f}", a["duplicate_of"] or "", figs or "—")
    console.print(t)
    e = Table("event", "date", "type", "where", "fatalities", "sources", title="Events", title_justify="left")
    for ev in st["events"]:
        e.add_row(ev.event_id, str(ev.event_date or ""), f"{ev.event_type} / {ev.sub_event_type}",
                  ", ".join(x for x in (ev.location, ev.admin1, ev.country) if x), str(ev.fatalities),
                  str(ev.number_of_sources))
    console.print(e)
    _print_contradictions(st["contradictions"])


def _print_contradictions(items: list[dict[str, Any]]) -> None:
    if not items:
        console.print("no contradictions between sources")
        return
    t = Table("event", "field", "source", "published", "value", title="Where the sources disagree",
              title_justify="left", show_lines=True)
    for c in items:
        for v in c["values"]:
            value = v.get("text") or v["value"]
            t.add_row(c["event_id"], c["field"], f"{v['outlet'] or ''} {v['article_id']}".strip(),
                      str(v["published"] or ""), str(value))
    console.print(t)


@app.command()
def stories(
    db: DbOpt = "sitrep.duckdb",
    since: Annotated[Optional[str], typer.Option(help="Stories with an article on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Stories with an article on or before this date.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Stories with an event in this country (ISO code or name).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many stories.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """Stories (articles about the same happening), a line each: title, dates, sources, events."""
    from sitrep import query
    from sitrep.store.db import Store

    with Store.open(db, read_only=True) as store:
        rows = query.stories(store, since=_date(since, "--since"), until=_date(until, "--until"), country=country,
                             limit=limit)
    if as_json:
        _dump(rows)
        return
    t = Table("story", "first", "last", "articles", "sources", "outlets", "events", "fatalities", "title")
    for r in rows:
        t.add_row(r["story_id"], str(r["first_published"] or ""), str(r["last_published"] or ""), str(r["articles"]),
                  str(r["sources"]), r["outlets"] or "", str(r["events"]), str(r["fatalities"] or 0), r["title"] or "")
    console.print(t)


@app.command()
def contradictions(
    db: DbOpt = "sitrep.duckdb",
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date.")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO code or country name.")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write them to a .csv or .jsonl file.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Where the sources of an event disagree: each field and figure, with the value each source gives."""
    from sitrep import query
    from sitrep.export import export_contradictions
    from sitrep.store.db import Store

    with Store.open(db, read_only=True) as store:
        items = query.contradictions(store, since=_date(since, "--since"), until=_date(until, "--until"),
                                     country=country)
    if output is not None:
        n = export_contradictions(items, output)
        err.print(f"{n} values of {len(items)} contradictions → {output}", highlight=False)
        return
    if as_json:
        _dump(items)
        return
    _print_contradictions(items)


@app.command()
def export(
    output: Annotated[str, typer.Option("-o", "--output", help="Output file.")],
    fmt: Annotated[str, typer.Option("--format", help="acled-csv | ucdp-csv | parquet | geojson | jsonl")] = "acled-csv",
    db: DbOpt = "sitrep.duckdb",
    country: Annotated[Optional[str], typer.Option(help="ISO code (NE) or name.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="Event type or sub-event type.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Export events as ACLED CSV, UCDP CSV, Parquet, GeoJSON or JSON Lines."""
    from sitrep import query
    from sitrep.export import export_events
    from sitrep.store.db import Store

    flt = query.EventFilter(country=country, since=_date(since, "--since"), until=_date(until, "--until"),
                            event_type=type_)
    with Store.open(db, read_only=True) as store:
        n = export_events(query.events(store, flt), output, fmt)
    if as_json:
        _dump({"events": n, "format": fmt, "output": output})
    else:
        console.print(f"{n} events → {output} ({fmt})")


@app.command()
def stats(db: DbOpt = "sitrep.duckdb", as_json: JsonOpt = False) -> None:
    """Articles, events and rejects; events by country and type."""
    from sitrep import query
    from sitrep.store.db import Store

    with Store.open(db, read_only=True) as store:
        st = query.stats(store)
    if as_json:
        _dump(st)
        return
    console.print(f"articles {st['articles']}, events {st['events']}, rejects {st['rejects']}, "
                  f"quotes {st['quotes']}, figures {st['figures']}")
    t = Table("country", "events", "fatalities", title="By country", title_justify="left")
    for r in st["by_country"]:
        t.add_row(r["country"], str(r["events"]), str(r["fatalities"]))
    console.print(t)
    t = Table("type", "sub-type", "events", "fatalities", title="By type", title_justify="left")
    for r in st["by_type"]:
        t.add_row(r["event_type"], r["sub_event_type"], str(r["events"]), str(r["fatalities"]))
    console.print(t)
    if st["rejects_by_stage"]:
        t = Table("stage", "rejects", title="Rejects", title_justify="left")
        for r in st["rejects_by_stage"]:
            t.add_row(r["stage"], str(r["count"]))
        console.print(t)


@app.command()
def report(
    db: DbOpt = "sitrep.duckdb",
    country: Annotated[Optional[str], typer.Option(help="ISO code (NE) or name; all countries when left out.")] = None,
    admin1: Annotated[Optional[str], typer.Option(help="First-level region, e.g. Tillaberi.")] = None,
    since: Annotated[Optional[str], typer.Option(help="First day (default: 30 days before --until).")] = None,
    until: Annotated[Optional[str], typer.Option(
        help="Last day (default: the date of the latest stored event of the area).")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="md | html | pdf (default: from the -o suffix; "
                                                                "Markdown on stdout).")] = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Output file (- or none: stdout).")] = None,
    top: Annotated[int, typer.Option(help="How many key events to list.")] = 10,
) -> None:
    """A situation report: headline figures against the previous period, a map, a weekly chart, the key events
    with citations, political and strategic developments, contradictions, actor activity and the data's gaps."""
    from sitrep.report import build_brief, format_for, write_report
    from sitrep.store.db import Store

    d_since, d_until = _date(since, "--since"), _date(until, "--until")
    if d_since and d_until and d_since > d_until:
        raise UsageError(f"--since {d_since} is after --until {d_until}")
    kind = format_for(output, fmt)
    if kind == "pdf" and (output is None or output == "-"):
        raise UsageError("a PDF needs an output file: -o brief.pdf")
    if top < 0:
        raise UsageError("--top must be 0 or more")
    with Store.open(db, read_only=True) as store:
        brief = build_brief(store, country=country, admin1=admin1, since=d_since, until=d_until, top=top)
    out = write_report(brief, output, kind)
    if out is not None:
        sys.stdout.write(out)
    else:
        err.print(f"{brief.totals.current.events} events, {brief.scope.period.label()} → {output} ({kind})",
                  highlight=False)


@app.command()
def serve(
    db: DbOpt = "sitrep.duckdb",
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default; 0.0.0.0 exposes it).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8080,
    token: Annotated[Optional[str], typer.Option(envvar="SITREP_TOKEN", help=(
        "Enable POST /api/articles (ingest) for requests with 'Authorization: Bearer TOKEN'; the store is then "
        "opened for writing. Without it the server is read-only."))] = None,
    workers_threads: Annotated[int, typer.Option("--threads", help="Request threads (concurrent queries).")] = 16,
    cache_mb: Annotated[int, typer.Option("--cache-mb", help=(
        "Memory for rendered API responses, reused per URL while the store is unchanged (0: off)."))] = 256,
    workers: Annotated[int, typer.Option("--workers", help=(
        "Server processes on the port, each using a core (Linux; read-only stores only; each holds its own copy "
        "of the events, DuckDB buffer and response cache)."))] = 1,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web dashboard over a store."""
    try:
        import uvicorn  # noqa: F401

        from sitrep.web.server import check_options, run_server
    except ImportError as exc:
        raise UsageError(f"`sitrep serve` needs the web extra: pip install 'sitrep[web]' ({exc})") from None
    check_options(workers, token)
    err.print(f"sitrep serving {db} at http://{host}:{port}/ ({'ingest enabled' if token else 'read-only'}"
              f"{f', {workers} worker processes' if workers > 1 else ''})")
    run_server(db, host=host, port=port, token=token, threads=workers_threads, cache_bytes=cache_mb * 2**20,
               workers=workers)


@app.command()
def bench(
    n: Annotated[int, typer.Option("-n", help="Articles in the generated corpus.")] = 2000,
    words: Annotated[int, typer.Option(help="Words per article.")] = 600,
    workers: Annotated[int, typer.Option(help="Processes (0 = all cores).")] = 0,
    stories: Annotated[Optional[int], typer.Option(
        "--stories", help="Instead: story assignment time in a generated store of this many articles.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Pipeline throughput on a generated corpus, beside a bare read + regex-tokenise pass over the same corpus;
    or, with --stories N, the time to put one new article in a story in a store of N articles."""
    from sitrep.bench import run_bench, run_story_bench

    if stories is not None:
        if stories < 1:
            raise UsageError("--stories must be at least 1")
        with err.status(f"generating a store of {stories:,} articles in stories…"):
            sres = run_story_bench(stored=stories)
        if as_json:
            _dump(sres)
            return
        st = Table("measure", "value", title=f"story assignment, {stories:,} stored articles", title_justify="left")
        for k, v in sres.items():
            st.add_row(k, f"{v:,.3f}" if isinstance(v, float) else str(v))
        console.print(st)
        return

    if as_json:
        res = run_bench(n=n, words=words, workers=workers)
    else:
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("bench"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      TimeElapsedColumn(), console=err, transient=True) as prog:
            task = prog.add_task("bench", total=n)
            res = run_bench(n=n, words=words, workers=workers, progress=lambda k: prog.advance(task, k))
    if res["analysed"] != n:
        err.print(f"[yellow]warning:[/] {res['analysed']} of {n} articles analysed "
                  f"({res['duplicates']} duplicates, {res['rejected']} rejected)")
    if as_json:
        _dump(res)
        return
    t = Table("measure", "value", title=f"sitrep bench: {n} articles of ~{words} words", title_justify="left")
    for k, v in res.items():
        if k != "memory_method":
            t.add_row(k, f"{v:,.2f}" if isinstance(v, float) else str(v))
    console.print(t)
    err.print(res["memory_method"], highlight=False)


@eval_app.command("geoparse")
def eval_geoparse(
    file: Annotated[Path, typer.Argument(help="Gold corpus: LGL-format XML (LGL, TR-News) or GeoVirus XML.")],
    fmt: Annotated[str, typer.Option("--format", help="lgl | geovirus")] = "lgl",
    limit: Annotated[Optional[int], typer.Option("--limit", help="Only the first N articles.")] = None,
    demonyms: Annotated[Optional[bool], typer.Option("--demonyms/--no-demonyms", help="Count demonyms "
                                                     "('Russian') as toponyms; default: as the format annotates "
                                                     "them (LGL yes, GeoVirus no).")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write every gold toponym and prediction "
                                                   "(found, partial, wrong_referent, missed, false_positive) "
                                                   "to this JSON Lines file.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Toponym precision/recall/F1 (exact and overlapping spans) and resolution accuracy within 161 km, median
    error and AUC (Gritta et al.) of sitrep's place recognition and resolution on a geoparsing gold corpus.

    Uses the gazetteer the pipeline uses: the bundled default, merged with an imported GeoNames index when one is
    configured (SITREP_GAZETTEER=none for the bundled one alone)."""
    from sitrep.evaluation.geoparse import FORMATS, diagnose, evaluate_geoparse
    from sitrep.settings import Settings

    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if limit is not None and limit < 1:
        raise UsageError("--limit must be at least 1")
    sink = None
    if errors is not None:
        try:
            sink = errors.open("w", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write --errors file {errors}: {exc.strerror or exc}") from None

    def write_errors(gold, pred, _tally):  # type: ignore[no-untyped-def]
        for rec in diagnose(gold, pred):
            sink.write(json.dumps(rec, ensure_ascii=False) + "\n")  # type: ignore[union-attr]

    settings = Settings.from_env(workers=1)
    try:
        if as_json or not sys.stderr.isatty():
            res = evaluate_geoparse(file, fmt, limit=limit, settings=settings, demonyms=demonyms,
                                    on_article=write_errors if sink else None)
        else:
            with err.status(f"geoparsing {file.name}…") as status:
                def progress(gold, pred, tally):  # type: ignore[no-untyped-def]
                    if sink:
                        write_errors(gold, pred, tally)
                    status.update(f"geoparsing {file.name}… {tally.articles} articles")

                res = evaluate_geoparse(file, fmt, limit=limit, settings=settings, demonyms=demonyms,
                                        on_article=progress)
    finally:
        if sink is not None:
            sink.close()
    if as_json:
        _dump(res)
        return
    t = Table("metric", "exact spans", "overlapping spans", title=f"Geoparsing {file.name} ({fmt})",
              title_justify="left")
    for m in ("precision", "recall", "f1"):
        t.add_row(f"toponym {m}", f"{res[f'toponym_{m}']:.3f}", f"{res[f'toponym_{m}_overlap']:.3f}")
    console.print(t)

    def num(v: object, fmt_: str) -> str:
        return "—" if v is None else format(v, fmt_)

    r = Table("resolution (overlap-matched toponyms with gold coordinates)", "value", title_justify="left")
    r.add_row("accuracy within 161 km", num(res["acc_at_161km"], ".3f"))
    r.add_row("median error (km)", num(res["median_error_km"], ",.1f"))
    r.add_row("mean error (km)", num(res["mean_error_km"], ",.1f"))
    r.add_row("AUC of log error curve (lower is better)", num(res["auc"], ".3f"))
    console.print(r)
    console.print(f"{res['articles']} articles, {res['gold_toponyms']} gold toponyms "
                  f"({res['gold_without_coordinates']} without coordinates), {res['predicted_toponyms']} predicted, "
                  f"{res['matched_exact']} matched exactly, {res['matched_overlap']} overlapping, "
                  f"{res['resolved_scored']} resolutions scored; {res['realigned_gold_spans']} gold spans realigned "
                  f"to their phrase, {res['unaligned_gold_spans']} not found in the text; "
                  f"{res['characters']:,} characters in {res['seconds']:.1f} s; demonyms "
                  f"{'counted' if res['demonyms_counted'] else 'not counted'} as toponyms", highlight=False)
    if errors is not None:
        console.print(f"details → {errors}", highlight=False)


@app.command()
def train(
    files: Annotated[list[Path], typer.Argument(help="ACLED CSV exports you hold (notes and sub_event_type).")],
    out: Annotated[Optional[Path], typer.Option("--out", envvar="SITREP_TYPE_MODEL",
                                                help="Model file (default: type-model.npz in the user data dir).")] = None,
    holdout: Annotated[float, typer.Option("--holdout", help="Share of events held out to score the model first.")] = 0.2,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the held-out split.")] = 0,
    as_json: JsonOpt = False,
) -> None:
    """Learn event types from events you coded (an ACLED export: notes -> type and sub-type). The coder then
    uses the model for the type of each happening its rules find, when the model is confident."""
    from sitrep.coding.learned import train_from_acled

    summary = train_from_acled(files, out=out, holdout=holdout, seed=seed)
    if as_json:
        _dump(summary)
        return
    console.print(f"trained on {summary['events']:,} events ({summary['skipped_rows']:,} rows left out: no notes, "
                  f"the old taxonomy or a repeated event id), {len(summary['labels'])} sub-event types, "
                  f"{summary['features']:,} features → {summary['model']} ({summary['seconds']} s)")
    if summary.get("holdout_events"):
        console.print(f"held out {summary['holdout_events']:,} events (seed {summary['holdout_seed']}): sub-event "
                      f"type accuracy {summary['holdout_sub_event_type_accuracy']:.3f} (the majority label: "
                      f"{summary['holdout_majority_label_accuracy']:.3f}); the coder follows the model above "
                      f"p={summary['min_probability']}, {summary['holdout_confident_share']:.0%} of held-out events, "
                      f"right on {summary['holdout_confident_accuracy'] or 0:.3f} of those")


@gazetteer_app.command("import")
def gazetteer_import(
    files: Annotated[list[Path], typer.Argument(help="GeoNames files: NE.txt / NE.zip, allCountries.zip, "
                                                 "admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt.")],
    target: Annotated[Optional[Path], typer.Option("--target", envvar="SITREP_GAZETTEER",
                                                   help="Index directory (default: the user data dir).")] = None,
    countries: Annotated[Optional[str], typer.Option("--countries", help="Keep only these ISO codes, e.g. NE,ML,BF.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Add GeoNames places to the local gazetteer index, merged with the bundled one at the next ingest."""
    from sitrep.geo.importer import import_geonames

    want = [c for c in countries.split(",") if c.strip()] if countries else None
    if as_json:
        summary = import_geonames(files, target=target, countries=want)
        _dump(summary.as_dict())
        return
    with err.status("importing GeoNames files…") as status:
        summary = import_geonames(files, target=target, countries=want,
                                  progress=lambda n: status.update(f"importing GeoNames files… {n:,} lines"))
    console.print(f"imported {', '.join(summary.files)}: {summary.places_added:,} places added, "
                  f"{summary.places_replaced:,} replaced, {summary.admin_units:,} admin units, "
                  f"{summary.skipped_lines:,} malformed lines skipped; {summary.places_total:,} places in "
                  f"{summary.index_path} ({summary.seconds:.1f} s)")
    for ex in summary.skipped_examples:
        err.print(f"  skipped {ex}", highlight=False)


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    name: Annotated[str, typer.Argument(help="A place name, e.g. Teguey.")],
    country: Annotated[Optional[str], typer.Option("--country", help="ISO alpha-2 code filter.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The gazetteer entries for a name (bundled plus imported)."""
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.settings import Settings

    gaz = Gazetteer.load(Settings.from_env())
    rows = [p for p in gaz.lookup(name) if country is None or p.country_code == country.upper()]
    if as_json:
        _dump([{"geonameid": p.geonames_id, "name": p.name, "feature": p.feature, "country_code": p.country_code,
                "admin1": p.admin1, "admin2": p.admin2, "latitude": p.latitude, "longitude": p.longitude,
                "population": p.population} for p in rows])
        return
    if not rows:
        raise NotFound(f"no gazetteer entry for {name!r}")
    table = Table("geonameid", "name", "feature", "cc", "admin1", "admin2", "lat", "lon", "population")
    for p in rows:
        table.add_row(str(p.geonames_id or ""), p.name, p.feature, p.country_code, p.admin1 or "", p.admin2 or "",
                      f"{p.latitude:.4f}", f"{p.longitude:.4f}", f"{p.population:,}")
    console.print(table)


@eval_app.command("clusters")
def eval_clusters(
    path: Annotated[Path, typer.Argument(help="news-please JSON file(s) (a file or directory), JSON Lines, or an ECB+ "
                                              "corpus .txt.")],
    label: Annotated[Optional[str], typer.Option("--label", help="The field holding the gold story (e.g. incident_id).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json, ecbplus, or auto (by suffix).")] = "auto",
    limit: Annotated[Optional[int], typer.Option(help="Only the first N labelled articles.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Story clustering vs gold labels: BCubed precision, recall, F1 and the number of clusters."""
    from sitrep.evaluation.clusters import evaluate_clusters

    with err.status("clustering…"):
        res = evaluate_clusters(path, label=label, fmt=fmt, limit=limit)
    if as_json:
        _dump(res)
        return
    t = Table("metric", "value", title=f"story clustering: {path}", title_justify="left")
    for k, v in res.items():
        t.add_row(k, f"{v:,.4f}" if isinstance(v, float) else str(v))
    console.print(t)


def _progress_run(label: str, total: int | None, quiet: bool, work: Any) -> Any:
    """Run `work(progress)` with a progress bar on a terminal's stderr (none with --json or a pipe)."""
    if quiet or not sys.stderr.isatty():
        return work(None)
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn(label), BarColumn(), TextColumn("{task.completed}"),
                  TimeElapsedColumn(), console=err, transient=True) as prog:
        task = prog.add_task(label, total=total)
        return work(lambda n: prog.advance(task, n))


def _write_errors(path: Optional[Path], records: Any) -> int:
    if path is None:
        return 0
    n = 0
    try:
        with open(path, "w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                n += 1
    except OSError as e:
        raise UsageError(f"cannot write --errors file {path}: {e.strerror or e}") from None
    return n


def _metric_table(title: str, metrics: dict[str, Any], names: list[str], targets: dict[str, float]) -> Table:
    t = Table("metric", "value", "rows scored", "target", title=title, title_justify="left")
    for name in names:
        n = metrics.get(f"{name}_n")
        t.add_row(name, "—" if metrics[name] is None else f"{metrics[name]:.3f}", "" if n is None else str(n),
                  f"{targets[name]:.2f}" if name in targets else "")
    return t


LimitOpt = Annotated[Optional[int], typer.Option("--limit", help="Score a random sample of this many rows.")]
SeedOpt = Annotated[int, typer.Option("--sample-seed", help="Seed of the --limit sample.")]
ErrorsOpt = Annotated[Optional[Path], typer.Option("--errors", help="Write the rows with a mismatch here (JSON Lines).")]


@eval_app.command("acled")
def eval_acled(
    files: Annotated[list[Path], typer.Argument(help="ACLED CSV exports (any of the known shapes).")],
    limit: LimitOpt = None,
    seed: SeedOpt = 0,
    errors: ErrorsOpt = None,
    dedupe: Annotated[bool, typer.Option("--dedupe", help="Score an event id seen in several files once.")] = False,
    country: Annotated[Optional[str], typer.Option("--country", help="Only rows of these countries "
                                                   "(names or ISO3, comma-separated).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Run the pipeline on each ACLED row's notes (published on its event_date) and compare the coded event:
    type, sub-type, fatalities, actors, date, admin1, distance."""
    from sitrep.evaluation.acled import METRICS, TARGETS, evaluate_acled
    from sitrep.settings import Settings

    want = [c for c in country.split(",") if c.strip()] if country else None
    report = _progress_run("eval acled", limit, as_json, lambda prog: evaluate_acled(
        files, settings=Settings.from_env(), limit=limit, seed=seed, dedupe=dedupe, countries=want, progress=prog))
    written = _write_errors(errors, report.errors())
    out = report.as_dict()
    if as_json:
        _dump(out)
        return
    names = [m for m, _ in METRICS]
    names[2:2] = ["sub_event_type_macro_f1"]
    names[1:1] = ["event_type_macro_f1", "event_type_any"]
    console.print(_metric_table(f"sitrep eval acled: {out['rows']} rows, gazetteer {out['gazetteer']}",
                                out, names, TARGETS))
    console.print(f"no event coded: {out['no_event']} rows; several events: {out['several_events']}; "
                  f"skipped (no notes, bad date, unknown type): {out['skipped']}; "
                  f"duplicates removed: {out['duplicates_removed']}; {out['seconds']} s")
    for note in out["notes"]:
        console.print(f"  note: {note}", highlight=False)
    for key in ("no_event_reasons", "fatalities_miss_kinds", "actor1_miss_kinds", "actor2_miss_kinds",
                "date_miss_kinds", "admin1_miss_kinds", "place_miss_kinds"):
        if out[key]:
            console.print(f"{key.replace('_', ' ')}: " + "; ".join(f"{k} {v}" for k, v in out[key].items()),
                          highlight=False)
    t = Table("ACLED event_type", "coded", "rows", title="Confusion (event type), largest cells",
              title_justify="left")
    cells = sorted(((c, g, p) for g, row in out["confusion_event_type"].items() for p, c in row.items()),
                   reverse=True)
    for c, g, p in cells[:15]:
        t.add_row(g, p, str(c))
    console.print(t)
    cells = sorted(((c, g, p) for g, row in out["confusion_sub_event_type"].items() for p, c in row.items()
                    if g != p), reverse=True)
    if cells:
        t = Table("ACLED sub_event_type", "coded", "rows", title="Confusion (sub-event type), largest errors",
                  title_justify="left")
        for c, g, p in cells[:15]:
            t.add_row(g, p, str(c))
        console.print(t)
    if errors is not None:
        console.print(f"{written} rows with a mismatch → {errors}")


@eval_app.command("casualties")
def eval_casualties(
    folder: Annotated[Path, typer.Argument(help="Folder with incidents.jsonl and violent_corpus_docs.jsonl "
                                           "(Gun Violence Archive incidents and their articles).")],
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score a random sample of this many incidents.")] = None,
    seed: SeedOpt = 0,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write the incidents with a mismatch here "
                                                   "(JSON Lines).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Run the pipeline on each incident's articles and compare killed and injured, per article and per
    incident (the articles' events merged as sitrep merges reports of one happening)."""
    from sitrep.evaluation.casualties import TARGETS, evaluate_casualties
    from sitrep.settings import Settings

    report = _progress_run("eval casualties", None, as_json, lambda prog: evaluate_casualties(
        folder, settings=Settings.from_env(), limit=limit, seed=seed, progress=prog))
    written = _write_errors(errors, report.errors())
    out = report.as_dict()
    if as_json:
        _dump(out)
        return
    names = ["incident_killed_exact", "incident_injured_exact", "incident_both_exact", "article_killed_exact",
             "article_injured_exact", "incident_killed_exact_no_event_as_0", "incident_injured_exact_no_event_as_0"]
    console.print(_metric_table(f"sitrep eval casualties: {out['incidents']} incidents, {out['articles']} "
                                f"articles", out, names, TARGETS))
    console.print(f"no event: {out['incidents_no_event']} incidents, {out['articles_no_event']} articles "
                  f"({out['articles_rejected']} rejected); skipped: {out['articles_empty_skipped']} empty articles, "
                  f"{out['articles_without_incident_skipped']} without an incident; {out['seconds']} s")
    for note in out["notes"]:
        console.print(f"  note: {note}", highlight=False)
    for key in ("article_no_event_reasons", "incident_killed_miss_kinds", "incident_injured_miss_kinds",
                "killed_by_gold", "injured_by_gold"):
        console.print(f"{key.replace('_', ' ')}: " + "; ".join(f"{k} {v}" for k, v in out[key].items()),
                      highlight=False)
    if errors is not None:
        console.print(f"{written} incidents with a mismatch → {errors}")


def main() -> None:
    """Entry point: run the app; SitrepError → one clear line on stderr and its exit code."""
    try:
        rc = app(standalone_mode=False)  # click returns the code of a typer.Exit here
        sys.exit(rc if isinstance(rc, int) else 0)
    except SitrepError as exc:
        err.print(f"[red]error:[/] {exc}", markup=True, highlight=False)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err.print("aborted")
        sys.exit(130)
    except Exception as exc:  # usage errors: typer's own (typer ≥ 0.2x vendors click) or click's (older typer)
        if _is_usage_error(exc):
            exc.show()  # type: ignore[attr-defined]
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        raise


def _is_usage_error(exc: Exception) -> bool:
    kinds: list[type] = [typer.TyperException] if hasattr(typer, "TyperException") else []
    try:
        import click

        kinds.append(click.ClickException)
    except ImportError:
        pass
    return isinstance(exc, tuple(kinds)) and hasattr(exc, "show")


if __name__ == "__main__":  # pragma: no cover
    main()
