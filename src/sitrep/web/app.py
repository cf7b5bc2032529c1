"""The FastAPI application: JSON routes over `sitrep.query`, the dashboard's static pages, one JSON error shape.

Every error leaves as `{"error": {"status": 404, "type": "NotFound", "message": "…"}}`: SitrepError subclasses,
request validation, unknown routes, oversized bodies and unexpected failures alike.
"""

from __future__ import annotations

import csv
import hmac
import io
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import duckdb
import orjson
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import query
from sitrep.errors import InputError, NotFound, ParseError, SitrepError, StoreError, TooLarge, UsageError
from sitrep.store.db import Store

if TYPE_CHECKING:
    from sitrep.event_index import EventIndex

__all__ = ["MAX_BODY", "MAX_PAGE", "create_app", "error_body"]

MAX_BODY = 2_000_000  # bytes: the largest request body accepted (POST /api/articles)
MAX_PAGE = 500  # rows: the largest page of /api/events
MAX_FEATURES = 20_000  # points: the most /api/events.geojson returns at once
MAX_EXPORT = 100_000  # rows: the most a CSV export writes
MAX_INDEX = 500_000  # events: up to this many, a server holds them in memory (sitrep.event_index)

_STATUS: list[tuple[type[SitrepError], int]] = [
    (NotFound, 404), (TooLarge, 413), (UsageError, 400), (InputError, 400), (ParseError, 400), (StoreError, 503)]

_STATIC = Path(str(resources.files("sitrep").joinpath("web/static")))
_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class ORJSONResponse(JSONResponse):
    """JSON via orjson (dates as ISO strings; several times faster than json for 10,000 features)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, default=str)


def error_body(status: int, kind: str, message: str) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"error": {"status": status, "type": kind, "message": message}}


def _error(status: int, kind: str, message: str) -> ORJSONResponse:
    return ORJSONResponse(error_body(status, kind, message), status_code=status)


class _Server:
    """The store of one app: a DuckDB connection (read-only unless ingest is enabled) and a lock for writes.
    Each request reads through its own cursor of that connection, so requests run concurrently."""

    def __init__(self, db: str | Path, token: str | None, cache_bytes: int) -> None:
        from sitrep.web.cache import ResponseCache

        self.cache = ResponseCache(cache_bytes)
        self.token = token
        # the store's buffer is shared by every concurrent request here: twenty 10,000-row sorts at once need more
        # than a batch command's; SITREP_DB_READ_MEMORY still wins when set
        import os

        self.store = Store.open(db, read_only=token is None,
                                memory=os.environ.get("SITREP_DB_READ_MEMORY") or "1GB")
        self.write_lock = threading.Lock()
        self._pipeline: Any = None
        self._loop_store: Store | None = None  # the event loop thread's own cursor (see cached)
        # the events in memory (sitrep.event_index): filters, sorts and counts without a query, each row and
        # GeoJSON Feature serialized once; None until built (see build_index)
        self.index: EventIndex | None = None
        self._index_lock = threading.Lock()
        self._builders: list[threading.Thread] = []
        self._generation = 0  # bumped by each drop_index

    def build_index(self, generation: int | None = None) -> None:
        """Hold the events in memory (sitrep.event_index), so that a page, a GeoJSON or the counts of a filter
        need no query: with 100,000 events, 9 ms of DuckDB for a page became about 1 ms. Run in a background
        thread at start and after each ingest; requests meanwhile go to the store as before. Skipped over
        MAX_INDEX events (about 1 KB each). A build that an ingest overtook (drop_index ran after it began) is
        thrown away: it may have read the store halfway through the ingest. `generation`: the one current when the
        build was started (start_index passes it: a thread that starts late must not take a later ingest's)."""
        from sitrep.event_index import EventIndex

        if generation is None:
            with self._index_lock:
                generation = self._generation
        try:
            with self.reader() as store:
                if query.count_events(store, query.EventFilter()) > MAX_INDEX:
                    return
                built = EventIndex.build(store)
        except duckdb.Error:  # the server stopped meanwhile
            return
        with self._index_lock:
            if generation == self._generation:
                self.index = built

    def start_index(self) -> None:
        """Build the index in a background thread (joined by close)."""
        with self._index_lock:
            generation = self._generation
        builder = threading.Thread(target=self.build_index, args=(generation,), name="sitrep-index", daemon=True)
        self._builders = [t for t in self._builders if t.is_alive()] + [builder]
        builder.start()

    def drop_index(self) -> None:
        """Forget the index (an ingest is about to change events); builds begun before are thrown away."""
        with self._index_lock:
            self.index = None
            self._generation += 1

    def close(self) -> None:
        for builder in self._builders:
            builder.join()
        if self._loop_store is not None:
            self._loop_store.con.close()
        self.store.close()

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A store for one request: its own cursor (a connection of its own to the same database), closed after."""
        cur = self.store.con.cursor()
        try:
            yield Store(cur, self.store.path, read_only=True)
        finally:
            cur.close()

    async def cached(self, request: Request, render: Callable[[Store, EventIndex | None], bytes], media_type: str,
                     flt: query.EventFilter | None = None) -> Response:
        """The response for this GET from the cache, or rendered — `render(store, index)` — in a worker thread
        with its own cursor; gzipped when the client accepts it and the cache holds a compressed copy. When the
        events held in memory (event_index.py) answer `flt`, the render is a few milliseconds without I/O and
        runs here on the event loop: under load a hop to a worker thread and back, with twenty threads handing
        the GIL around, cost more than the render itself (10,000-event GeoJSON, 20 clients: README, "Load").
        Compressing a copy for the cache still goes to a worker thread (zlib lets go of the GIL). The cache's
        generation is read before the index: a body rendered from an index read after a clear is stored under
        the generation before it, never a stale one under the next."""
        generation, index = self.cache.generation, self.index
        key = _key(request)
        entry = self.cache.peek(key)
        if entry is None and flt is not None and query.answers(index, flt):
            if self._loop_store is None:  # used by this thread only
                self._loop_store = Store(self.store.con.cursor(), self.store.path, read_only=True)
            body = render(self._loop_store, index)
            if self.cache.max_bytes <= 0:
                entry = self.cache.get(key, lambda: body)
            else:
                entry = await run_in_threadpool(self.cache.get, key, lambda: body, generation)
        if entry is None:
            def work() -> bytes:
                with self.reader() as store:
                    return render(store, index)

            entry = await run_in_threadpool(self.cache.get, key, work, generation)
        body, gz = entry
        if gz is not None and "gzip" in request.headers.get("accept-encoding", ""):
            return Response(gz, media_type=media_type, headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(body, media_type=media_type, headers={"Vary": "Accept-Encoding"} if gz else None)

    def pipeline(self) -> Any:
        if self._pipeline is None:
            from sitrep.pipeline import Pipeline
            from sitrep.settings import Settings

            self._pipeline = Pipeline(Settings.from_env(db=self.store.path))
        return self._pipeline


async def _filter(
    country: Annotated[str | None, Query(description="ISO alpha-2 code (NE) or country name")] = None,
    admin1: Annotated[str | None, Query(description="first-level region, accents ignored")] = None,
    since: Annotated[date | None, Query(description="events on or after (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="events on or before (YYYY-MM-DD)")] = None,
    type: Annotated[str | None, Query(description="event type, sub-event type or disorder type")] = None,  # noqa: A002
    actor: Annotated[str | None, Query(description="actor on either side (substring, case-insensitive)")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0)] = None,
    q: Annotated[str | None, Query(max_length=200, description="words in notes, actors, place, type")] = None,
    sort: Annotated[str, Query(description="column, '-' first for descending: " + ", ".join(query.SORTABLE))
                    ] = "-event_date",
    bbox: Annotated[str | None, Query(description="lon0,lat0,lon1,lat1: events placed inside")] = None,
) -> query.EventFilter:
    box = _bbox(bbox) if bbox else None
    return query.EventFilter(bbox=box, country=country or None, admin1=admin1 or None, since=since, until=until,
                             event_type=type or None, actor=actor or None, min_fatalities=min_fatalities,
                             text=q or None, sort=sort)


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        x0, y0, x1, y1 = (float(v) for v in text.split(","))
    except ValueError:
        raise UsageError(f"bbox must be lon0,lat0,lon1,lat1, not {text!r}") from None
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
        raise UsageError(f"bbox must be four finite numbers, not {text!r}")
    return x0, y0, x1, y1


Filter = Annotated[query.EventFilter, Depends(_filter)]


def _reader(request: Request) -> Iterator[Store]:
    """The store for one request: its own cursor (a connection of its own to the same database), closed after."""
    server: _Server = request.app.state.server
    with server.reader() as store:
        yield store


Reader = Annotated[Store, Depends(_reader)]


_SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"content-security-policy", _CSP.encode()),
                     (b"referrer-policy", b"no-referrer")]
_SECURITY_HEADER_NAMES = frozenset(k for k, _ in _SECURITY_HEADERS)


class _LimitsAndHeaders:
    """Request size limits and the security headers of every response, as a plain ASGI middleware: Starlette's
    `@app.middleware("http")` runs each response through a task group and a memory stream (a 3.8 MB GeoJSON body
    included), which cost the server a fifth of its requests per second under load."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [(k, v) for k, v in message.get("headers", ())
                                      if k.lower() not in _SECURITY_HEADER_NAMES] \
                    + _SECURITY_HEADERS
            await send(message)

        # (the limits' own errors carry the headers too)
        length = next((v for k, v in scope["headers"] if k == b"content-length"), None)
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _error(413, "TooLarge", f"request body over {self.max_body} bytes")(scope, receive, send_with_headers)
            return
        host = next((v for k, v in scope["headers"] if k == b"host"), b"")
        query_string = scope.get("query_string") or b""
        url_length = len(scope.get("scheme", "http")) + 3 + len(host) + len(scope.get("raw_path") or scope["path"]) \
            + (1 + len(query_string) if query_string else 0)  # (the length of str(request.url), without building it)
        if url_length > 8192:
            await _error(414, "TooLarge", "request URL over 8192 characters")(scope, receive, send_with_headers)
            return

        await self.app(scope, receive, send_with_headers)


def _with(flt: query.EventFilter, **kw: Any) -> query.EventFilter:
    from dataclasses import replace

    return replace(flt, **kw)


def _key(request: Request) -> str:
    """The cache key of a GET: its path and its query parameters in a canonical order."""
    return request.url.path + "?" + "&".join(f"{k}={v}" for k, v in sorted(request.query_params.multi_items()))


def _event_json(ev: Any) -> dict[str, Any]:
    from dataclasses import asdict

    d = asdict(ev)
    d["disagreements"] = [{"field": x.field, "values": x.values} for x in ev.disagreements]
    return d


def create_app(db: str | Path, token: str | None = None, *, max_body: int = MAX_BODY,
               threads: int | None = None, cache_bytes: int = 256 * 2**20) -> FastAPI:
    """The API and dashboard over the store `db`. Read-only unless `token` is given: then
    `POST /api/articles` with `Authorization: Bearer <token>` runs the pipeline on posted articles.
    `threads`: how many requests query the store at once (anyio's default, 40, when None). `cache_bytes`: the
    rendered responses of the list, map, GeoJSON and stats routes kept per URL (0: none; see web/cache.py)."""
    from contextlib import asynccontextmanager

    server = _Server(db, token, cache_bytes)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        if threads:
            import anyio.to_thread

            anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        server.start_index()
        yield
        server.close()

    app = FastAPI(title="sitrep", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  default_response_class=ORJSONResponse,
                  description="Sourced, geocoded conflict events: every field traceable to the sentence that says it.")
    app.state.server = server

    # -- the edges: errors, limits, headers --------------------------------------------------------------
    @app.exception_handler(SitrepError)
    async def _sitrep_error(request: Request, exc: SitrepError) -> ORJSONResponse:
        status = next((s for cls, s in _STATUS if isinstance(exc, cls)), 500)
        return _error(status, type(exc).__name__, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> ORJSONResponse:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
        return _error(400, "UsageError", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> ORJSONResponse:
        kinds = {404: "NotFound", 405: "MethodNotAllowed", 401: "Unauthorized", 403: "Forbidden", 413: "TooLarge"}
        return _error(exc.status_code, kinds.get(exc.status_code, "HTTPError"), str(exc.detail))

    @app.exception_handler(duckdb.Error)
    async def _db_error(request: Request, exc: duckdb.Error) -> ORJSONResponse:
        busy = isinstance(exc, duckdb.OutOfMemoryException)
        return _error(503 if busy else 500, "StoreError", ("the store is busy, try again: " if busy else "") + str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> ORJSONResponse:
        return _error(500, "InternalError", f"{type(exc).__name__}: {exc}")

    app.add_middleware(_LimitsAndHeaders, max_body=max_body)

    # -- events ------------------------------------------------------------------------------------------
    @app.get("/api/events", summary="Events of a filter, one page, sorted")
    async def api_events(request: Request, flt: Filter,
                         limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                         offset: Annotated[int, Query(ge=0)] = 0) -> Response:
        def render(store: Store, index: EventIndex | None) -> bytes:
            total, rows = query.event_rows_json(store, _with(flt, limit=limit, offset=offset), index=index)
            head = orjson.dumps({"total": total, "limit": limit, "offset": offset, "sort": flt.sort})
            return b"".join((head[:-1], b',"events":[', b",".join(rows), b"]}"))

        return await server.cached(request, render, "application/json", flt)

    @app.get("/api/events.geojson", summary="Mappable events of a filter as a GeoJSON FeatureCollection")
    async def api_geojson(request: Request, flt: Filter,
                          limit: Annotated[int, Query(ge=1, le=MAX_FEATURES)] = 10_000) -> Response:
        def render(store: Store, index: EventIndex | None) -> bytes:
            return query.event_collection_json(store, _with(flt, limit=limit), index=index)

        return await server.cached(request, render, "application/geo+json", flt)

    @app.get("/api/events.csv", summary="Events of a filter as CSV (the table's columns)")
    def api_csv(store: Reader, flt: Filter,
                limit: Annotated[int, Query(ge=1, le=MAX_EXPORT)] = MAX_EXPORT) -> Response:
        _, rows = query.event_rows(store, _with(flt, limit=limit))
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(query.ROW_COLUMNS)
        for r in rows:
            w.writerow(["" if v is None else v for v in r.values()])
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="sitrep-events.csv"'})

    @app.get("/api/map", summary="Map points of a filter: events grouped by place and type, or grid cells")
    async def api_map(request: Request, flt: Filter,
                      cell: Annotated[float | None, Query(gt=0, le=20, description="grid cell in degrees")] = None
                      ) -> Response:
        def render(store: Store, index: EventIndex | None) -> bytes:
            pts = query.event_points(store, flt, cell=cell)
            return orjson.dumps({"cell": cell, "points": [
                [round(p.latitude, 5), round(p.longitude, 5), p.event_type, p.events, p.fatalities, p.location]
                for p in pts], "columns": ["lat", "lon", "event_type", "events", "fatalities", "location"]})

        return await server.cached(request, render, "application/json")

    @app.get("/api/events/{event_id}", summary="One event with its sources, evidence and disagreements")
    def api_event(store: Reader, event_id: str) -> ORJSONResponse:
        return ORJSONResponse(_event_json(query.event(store, event_id)))

    # -- stories, articles, contradictions, actors, stats --------------------------------------------------
    @app.get("/api/stories", summary="Stories, most recent first")
    def api_stories(store: Reader, since: date | None = None, until: date | None = None,
                    country: str | None = None, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                    offset: Annotated[int, Query(ge=0)] = 0) -> ORJSONResponse:
        items = query.stories(store, since=since, until=until, country=country, limit=limit, offset=offset)
        return ORJSONResponse({"limit": limit, "offset": offset, "stories": items})

    @app.get("/api/stories/{story_id}", summary="One story: its articles side by side, figures, contradictions")
    def api_story(store: Reader, story_id: str) -> ORJSONResponse:
        st = query.story(store, story_id)
        st["events"] = [{k: v for k, v in _event_json(e).items() if k != "evidence"} for e in st["events"]]
        return ORJSONResponse(st)

    @app.get("/api/articles/{article_id}", summary="One article with its evidence spans (offsets into text)")
    def api_article(store: Reader, article_id: str) -> ORJSONResponse:
        art = query.article(store, article_id)
        art.pop("path", None)
        art["evidence"] = query.article_evidence(store, art["id"])
        return ORJSONResponse(art)

    @app.get("/api/contradictions", summary="Where the sources of an event disagree")
    def api_contradictions(store: Reader, since: date | None = None, until: date | None = None,
                           country: str | None = None) -> ORJSONResponse:
        return ORJSONResponse({"contradictions": query.contradictions(store, since=since, until=until,
                                                                      country=country)})

    @app.get("/api/actors", summary="Actors in most events of a filter")
    def api_actors(store: Reader, flt: Filter, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20
                   ) -> ORJSONResponse:
        return ORJSONResponse({"actors": [a.__dict__ if hasattr(a, "__dict__") else
                                          {f: getattr(a, f) for f in a.__slots__}
                                          for a in query.actor_activity(store, flt, limit=limit)]})

    @app.get("/api/stats", summary="Totals; events and fatalities by week, type and admin1 for a filter")
    async def api_stats(request: Request, flt: Filter) -> Response:
        return await server.cached(request, lambda store, index: orjson.dumps(_stats(store, flt, index), default=str),
                                   "application/json", flt)

    def _stats(store: Store, flt: query.EventFilter, index: EventIndex | None) -> dict[str, Any]:
        total, by_type = query.counts_by_type(store, flt, index=index)
        return ({
            "store": index.store_counts if index is not None else store.counts(),
            "events": total.events, "fatalities": total.fatalities,
            "by_week": [{"start": w.start, "end": w.end, "events": w.events, "fatalities": w.fatalities}
                        for w in query.weekly_counts(store, flt, index=index)],
            "by_type": [{"event_type": t.event_type, "events": t.events, "fatalities": t.fatalities}
                        for t in by_type],
            "by_admin1": query.counts_by_admin1(store, flt, index=index),
        })

    # -- ingest (only with a token) ----------------------------------------------------------------------
    @app.post("/api/articles", summary="Run the pipeline on posted articles (needs the server's token)",
              status_code=201)
    async def api_ingest(request: Request) -> ORJSONResponse:
        if server.token is None:
            return _error(403, "Forbidden", "the server is read-only (start it with --token to enable ingest)")
        auth = request.headers.get("authorization", "")
        if not hmac.compare_digest(auth.encode(), f"Bearer {server.token}".encode()):
            return _error(401, "Unauthorized", "missing or wrong bearer token")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body:
                raise TooLarge(f"request body over {max_body} bytes")
        try:
            payload = orjson.loads(bytes(body))
        except orjson.JSONDecodeError as exc:
            raise ParseError(f"body is not JSON: {exc}") from None
        records = payload if isinstance(payload, list) else payload.get("articles", [payload]) \
            if isinstance(payload, dict) else None
        if not records or not all(isinstance(r, dict) for r in records):
            raise UsageError("post an article object, a list of them, or {\"articles\": [...]}")
        summary = await run_in_threadpool(_ingest, server, records)
        return ORJSONResponse(summary, status_code=201)

    # -- pages -------------------------------------------------------------------------------------------
    def _page(name: str) -> FileResponse:
        return FileResponse(_STATIC / name, media_type="text/html; charset=utf-8")

    @app.get("/", include_in_schema=False)
    def page_dashboard() -> FileResponse:
        return _page("index.html")

    @app.get("/event/{event_id}", include_in_schema=False)
    def page_event(event_id: str) -> FileResponse:
        return _page("event.html")

    @app.get("/story/{story_id}", include_in_schema=False)
    def page_story(story_id: str) -> FileResponse:
        return _page("story.html")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        if name not in {p.name for p in _STATIC.iterdir()}:
            raise NotFound(f"no static file {name!r}")
        types = {".js": "text/javascript", ".css": "text/css", ".html": "text/html"}
        return FileResponse(_STATIC / name, media_type=types.get(Path(name).suffix, "application/octet-stream"),
                            headers={"Cache-Control": "max-age=300"})

    @app.get("/api/borders", summary="Country outlines (Natural Earth) in a bounding box, packed as deltas")
    def api_borders(bbox: Annotated[str, Query(description="lon0,lat0,lon1,lat1")] = "-20,-5,30,30"
                    ) -> ORJSONResponse:
        from sitrep.geo.borders import borders

        x0, y0, x1, y1 = _bbox(bbox)
        b = borders()
        out = [{"code": c.code, "name": c.name, "rings": c.packed} for c in b.countries.values()
               if c.bbox[0] <= x1 and c.bbox[2] >= x0 and c.bbox[1] <= y1 and c.bbox[3] >= y0]
        return ORJSONResponse({"source": b.source, "scale": next(iter(b.countries.values())).scale,
                               "countries": out}, headers={"Cache-Control": "max-age=3600"})

    _mount_docs(app)
    return app


def _ingest(server: _Server, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Write the posted records to a temporary JSON Lines file and ingest it like `sitrep ingest` would."""
    import tempfile

    with server.write_lock, tempfile.TemporaryDirectory(prefix="sitrep-post-") as tmp:
        path = Path(tmp) / "posted.jsonl"
        path.write_bytes(b"\n".join(orjson.dumps(r) for r in records) + b"\n")
        server.drop_index()  # meanwhile requests go to the store, as events change
        try:
            summary = server.pipeline().ingest([str(path)], server.store)
        finally:
            server.cache.clear()
            server.start_index()
        return summary.as_dict()  # type: ignore[no-any-return]


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the swagger-ui-bundle package's files (no CDN); a plain endpoint list without it."""
    try:
        from swagger_ui_bundle import swagger_ui_path  # type: ignore[import-untyped]
    except ImportError:
        swagger_ui_path = None

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse((_STATIC / "docs.html").read_text("utf-8"))

    @app.get("/docs/{name}", include_in_schema=False)
    def docs_asset(name: str) -> FileResponse:
        if name == "docs-init.js":
            return FileResponse(_STATIC / "docs-init.js", media_type="text/javascript")
        if swagger_ui_path is None or name not in {"swagger-ui.css", "swagger-ui-bundle.js",
                                                   "swagger-ui-standalone-preset.js", "favicon-32x32.png"}:
            raise NotFound(f"no docs file {name!r}")
        types = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}
        return FileResponse(Path(swagger_ui_path) / name, media_type=types[Path(name).suffix])
