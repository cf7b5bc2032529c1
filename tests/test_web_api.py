"""The HTTP API in-process (TestClient): every endpoint, filters, paging, sorting, the one error shape,
escaping, the ingest token and the request size limit."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx2", reason="starlette's TestClient needs httpx2")
from fastapi.testclient import TestClient  # noqa: E402

from sitrep import query  # noqa: E402
from sitrep.store.db import Store  # noqa: E402
from sitrep.web import create_app  # noqa: E402
from webfixtures import EVIL, build_sample_store  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("web") / "sample.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Any:
    with TestClient(create_app(db)) as c:
        yield c


def is_error(r: Any, status: int, kind: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "type", "message"}, body
    assert body["error"]["status"] == status and body["error"]["type"] == kind and body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]


def test_events_page_total_and_rows_match_the_query_layer(client: Any, db: Path) -> None:
    r = client.get("/api/events", params={"limit": 5})
    body = r.json()
    with Store.open(db, read_only=True) as store:
        total, rows = query.event_rows(store, query.EventFilter(limit=5))
    assert r.status_code == 200 and body["total"] == total == 25 and len(body["events"]) == 5
    assert [e["event_id"] for e in body["events"]] == [e["event_id"] for e in rows]
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)


def test_paging_covers_every_event_once(client: Any) -> None:
    seen: list[str] = []
    for offset in range(0, 30, 7):
        seen += [e["event_id"] for e in client.get("/api/events", params={"limit": 7, "offset": offset}).json()["events"]]
    assert len(seen) == len(set(seen)) == 25


@pytest.mark.parametrize("params, check", [
    ({"country": "NE"}, lambda e: e["country_code"] == "NE"),
    ({"country": "mali"}, lambda e: e["country"] == "Mali"),
    ({"admin1": "tillabéri"}, lambda e: e["admin1"] == "Tillaberi"),
    ({"since": "2024-04-01", "until": "2024-04-10"},   # date ranges that overlap it
     lambda e: e["date_start"] <= "2024-04-10" and e["date_end"] >= "2024-04-01"),
    ({"type": "Battles"}, lambda e: e["event_type"] == "Battles"),
    ({"type": "air/drone strike"}, lambda e: e["sub_event_type"] == "Air/drone strike"),
    ({"actor": "jnim"}, lambda e: "JNIM" in (e["actor1"] or "") + (e["actor2"] or "")),
    ({"min_fatalities": 15}, lambda e: e["fatalities"] >= 15),
    ({"q": "ayorou clashed"}, lambda e: e["location"] == "Ayorou"),
    ({"bbox": "0,13,4,15"}, lambda e: 0 <= e["longitude"] <= 4 and 13 <= e["latitude"] <= 15),
])
def test_filters(client: Any, params: dict[str, Any], check: Any) -> None:
    body = client.get("/api/events", params={**params, "limit": 500}).json()
    assert 0 < body["total"] < 25 and len(body["events"]) == body["total"]
    assert all(check(e) for e in body["events"]), body["events"]
    # the same filter gives the same events as GeoJSON, and the stats count them
    geo = client.get("/api/events.geojson", params=params).json()
    assert {f["id"] for f in geo["features"]} <= {e["event_id"] for e in body["events"]}
    assert client.get("/api/stats", params=params).json()["events"] == body["total"]


@pytest.mark.parametrize("sort", ["fatalities", "-fatalities", "event_date", "location", "-number_of_sources"])
def test_sorting(client: Any, sort: str) -> None:
    evs = client.get("/api/events", params={"sort": sort, "limit": 500}).json()["events"]
    key = sort.lstrip("-")
    vals = [e[key] for e in evs if e[key] is not None]
    assert vals == sorted(vals, reverse=sort.startswith("-"))


def test_geojson(client: Any) -> None:
    r = client.get("/api/events.geojson", params={"limit": 3, "sort": "-fatalities"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    g = r.json()
    assert g["type"] == "FeatureCollection" and g["truncated"] and g["total"] > 3 and len(g["features"]) == 3
    f = g["features"][0]
    assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
    assert f["properties"]["fatalities"] == max(x["properties"]["fatalities"] for x in g["features"])


def test_responses_from_the_event_index_are_byte_identical(db: Path) -> None:
    """A server holds the events in memory (built in a background thread at start); a page, a GeoJSON and the
    stats answered from it are the same bytes as those answered by SQL, for every filter and sort."""
    app = create_app(db, cache_bytes=0)
    server = app.state.server
    cases = [{"limit": 7, "sort": "-fatalities"}, {"country": "NE"}, {"type": "Battles", "sort": "location"},
             {"q": "ayorou"}, {"actor": "jnim", "limit": 1}, {"min_fatalities": 1000}, {"admin1": "TILLABÉRI"},
             {"since": "2020-01-01", "until": "2021-06-30", "sort": "admin1"}, {"country": "niger", "offset": 3},
             {"bbox": "0,10,5,16", "sort": "-number_of_sources"}, {"type": "political violence", "sort": "-actor1"}]
    routes = ("/api/events", "/api/events.geojson", "/api/stats")
    with TestClient(app) as c:
        for builder in server._builders:
            builder.join()
        index = server.index
        server.index = None
        slow = [c.get(r, params=p).content for r in routes for p in cases]
        assert server._loop_store is None  # SQL renders go to worker threads, each with its own cursor
        server.index = index
        assert index is not None and len(index) == c.get("/api/events").json()["total"]
        fast = [c.get(r, params=p).content for r in routes for p in cases]
        assert server._loop_store is not None  # renders from the index ran on the event loop's own cursor
    assert fast == slow and any(b'"features":[]' in b for b in slow) and b'"truncated":true' in slow[len(cases)]


def test_csv_export_of_the_filter(client: Any) -> None:
    r = client.get("/api/events.csv", params={"country": "NE"})
    lines = r.text.strip().splitlines()
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert lines[0].startswith("event_id,event_date")
    assert len(lines) - 1 == client.get("/api/events", params={"country": "NE"}).json()["total"]


def test_event_with_evidence(client: Any) -> None:
    ayorou = client.get("/api/events", params={"q": "ayorou", "type": "Battles"}).json()["events"][0]
    ev = client.get(f"/api/events/{ayorou['event_id']}").json()
    assert ev["event_id"] == ayorou["event_id"] and len(ev["sources"]) >= 2
    assert ev["evidence"] and all(set(e) >= {"field", "value", "article_id", "sentence", "start", "end", "text"}
                                  for e in ev["evidence"])
    art = client.get(f"/api/articles/{ev['evidence'][0]['article_id']}").json()
    e0 = ev["evidence"][0]
    assert art["text"][e0["start"]:e0["end"]] in e0["text"]  # offsets point into the article's clean text
    assert any(s["event_id"] == ev["event_id"] for s in art["evidence"])
    assert ev["disagreements"] and {"field", "values"} <= set(ev["disagreements"][0])
    # a unique prefix is enough
    assert client.get(f"/api/events/{ayorou['event_id'][:8]}").json()["event_id"] == ayorou["event_id"]


def test_stories_story_and_contradictions(client: Any) -> None:
    stories = client.get("/api/stories", params={"limit": 100}).json()["stories"]
    big = max(stories, key=lambda s: s["articles"])
    st = client.get(f"/api/stories/{big['story_id']}").json()
    assert len(st["articles"]) == big["articles"] >= 3 and st["events"]
    assert all("figures" in a and "outlet" in a for a in st["articles"])
    con = client.get("/api/contradictions").json()["contradictions"]
    assert con and all(len(c["values"]) >= 2 for c in con)
    assert any(c["event_id"] in {e["event_id"] for e in st["events"]} for c in con) == bool(st["contradictions"])
    assert client.get("/api/contradictions", params={"country": "TD", "since": "2030-01-01"}).json() == \
        {"contradictions": []}


def test_actors_and_stats(client: Any) -> None:
    actors = client.get("/api/actors", params={"limit": 3}).json()["actors"]
    assert len(actors) == 3 and actors[0]["events"] >= actors[-1]["events"]
    st = client.get("/api/stats", params={"country": "NE"}).json()
    assert st["events"] == sum(w["events"] for w in st["by_week"]) + 0  # the sample's events are all dated
    assert st["fatalities"] == sum(t["fatalities"] for t in st["by_type"]) == sum(a["fatalities"] for a in st["by_admin1"])
    assert {a["country"] for a in st["by_admin1"]} == {"Niger"}
    assert st["store"]["articles"] == 33
    m = client.get("/api/map", params={"cell": 1}).json()
    assert m["points"] and sum(p[3] for p in m["points"]) <= 25


@pytest.mark.parametrize("path, status, kind", [
    ("/api/events/nope", 404, "NotFound"),
    ("/api/stories/nope", 404, "NotFound"),
    ("/api/articles/nope", 404, "NotFound"),
    ("/api/no-such-route", 404, "NotFound"),
    ("/api/events?since=yesterday", 400, "UsageError"),
    ("/api/events?since=2024-05-01&until=2024-04-01", 400, "UsageError"),
    ("/api/events?sort=password", 400, "UsageError"),
    ("/api/events?limit=100000", 400, "UsageError"),
    ("/api/events?min_fatalities=-1", 400, "UsageError"),
    ("/api/events?bbox=1,2,3", 400, "UsageError"),
    ("/static/../app.py", 404, "NotFound"),
])
def test_one_error_shape(client: Any, path: str, status: int, kind: str) -> None:
    is_error(client.get(path), status, kind)


def test_method_not_allowed_has_the_same_shape(client: Any) -> None:
    is_error(client.delete("/api/events"), 405, "MethodNotAllowed")


def test_text_comes_back_as_data_and_pages_escape(client: Any) -> None:
    evs = client.get("/api/events", params={"q": "tahoua", "since": "2024-04-26"}).json()["events"]
    assert len(evs) == 1
    ev = client.get(f"/api/events/{evs[0]['event_id']}").json()
    assert EVIL in ev["sources"][0]["title"]  # stored as written; the pages insert it as text, never as HTML
    page = client.get(f"/event/{evs[0]['event_id']}")
    assert page.status_code == 200 and "__pwned" not in page.text  # the page is a static shell
    assert "script-src 'self'" in page.headers["content-security-policy"]  # no inline script could run anyway
    assert page.headers["x-content-type-options"] == "nosniff"
    for js in ("common.js", "dashboard.js", "event.js", "story.js"):
        assert ".innerHTML" not in client.get(f"/static/{js}").text


def test_openapi_and_offline_docs(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    for p in ("/api/events", "/api/events.geojson", "/api/events/{event_id}", "/api/stories", "/api/stories/{story_id}",
              "/api/articles/{article_id}", "/api/contradictions", "/api/stats", "/api/actors"):
        assert p in spec["paths"], p
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower() and "/docs/swagger-ui-bundle.js" in docs
    assert client.get("/docs/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs/docs-init.js").status_code == 200


def test_dashboard_pages_are_served(client: Any) -> None:
    for path in ("/", "/event/x", "/story/x", "/static/style.css", "/static/dashboard.js"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert "http://" not in r.text and "https://" not in r.text, path  # nothing loaded from elsewhere
    b = client.get("/api/borders", params={"bbox": "0,10,5,15"}).json()
    assert "NE" in {c["code"] for c in b["countries"]} and "DE" not in {c["code"] for c in b["countries"]}


def test_read_only_without_token(client: Any) -> None:
    is_error(client.post("/api/articles", json={"text": "x"}), 403, "Forbidden")


@pytest.fixture()
def writable(db: Path, tmp_path: Path) -> Any:
    copy = tmp_path / "w.duckdb"
    shutil.copy(db, copy)
    with TestClient(create_app(copy, token="s3cret", max_body=20_000)) as c:
        yield c


def test_ingest_with_token(writable: Any) -> None:
    art = {"title": "Soldiers killed near Diffa", "published": "2024-05-02", "outlet": "Test Wire",
           "text": "Gunmen killed four soldiers near Diffa in Niger on Wednesday, the army said."}
    assert writable.get("/api/events", params={"q": "diffa", "since": "2024-05-01"}).json()["total"] == 0  # cached
    geo = {"q": "diffa", "since": "2024-05-01", "limit": 5}
    assert writable.get("/api/events.geojson", params=geo).json()["total"] == 0
    is_error(writable.post("/api/articles", json=art), 401, "Unauthorized")
    is_error(writable.post("/api/articles", json=art, headers={"Authorization": "Bearer wrong"}), 401, "Unauthorized")
    r = writable.post("/api/articles", json=[art], headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201, r.text
    assert r.json()["stored"] == 1
    assert writable.get("/api/events", params={"q": "diffa", "since": "2024-05-01"}).json()["total"] == 1  # cleared
    server = writable.app.state.server
    for builder in server._builders:
        builder.join()  # the index of the new store, rebuilt in the background
    assert server.index is not None
    feats = writable.get("/api/events.geojson", params={**geo, "sort": "fatalities"}).json()["features"]
    assert [f["properties"]["location"] for f in feats] == ["Diffa"], feats
    is_error(writable.post("/api/articles", content=b"{not json", headers={"Authorization": "Bearer s3cret"}),
             400, "ParseError")
    is_error(writable.post("/api/articles", json=[1, 2], headers={"Authorization": "Bearer s3cret"}),
             400, "UsageError")


def test_request_size_limit(writable: Any) -> None:
    big = {"title": "x", "text": "word " * 10_000}
    is_error(writable.post("/api/articles", json=big, headers={"Authorization": "Bearer s3cret"}), 413, "TooLarge")

    def chunks() -> Any:  # no Content-Length: the limit is enforced while reading
        for _ in range(30):
            yield b" " * 1000

    is_error(writable.post("/api/articles", content=chunks(), headers={"Authorization": "Bearer s3cret"}),
             413, "TooLarge")
    too_long = writable.get("/api/events", params={"q": "x" * 9000})
    is_error(too_long, 414, "TooLarge")
    assert too_long.headers["x-content-type-options"] == "nosniff"  # the limits' errors carry the headers too
    assert "content-security-policy" in too_long.headers


def test_an_index_build_an_ingest_overtook_is_thrown_away(db: Path) -> None:
    app = create_app(db, cache_bytes=0)
    server = app.state.server
    real = server.reader
    calls = []

    def reader_then_drop():  # type: ignore[no-untyped-def]
        calls.append(1)
        server.drop_index()  # an ingest begins while this build reads
        return real()

    server.reader = reader_then_drop
    server.build_index()
    assert calls and server.index is None
    server.reader = real
    server.build_index()
    assert server.index
    server.store.close()


def test_a_response_rendered_before_the_cache_was_cleared_is_not_kept() -> None:
    from sitrep.web.cache import ResponseCache

    cache = ResponseCache()

    def render() -> bytes:
        cache.clear()  # an ingest finished while this rendered
        return b"old"

    assert cache.get("k", render)[0] == b"old"
    assert cache.peek("k") is None
    assert cache.get("k", lambda: b"new")[0] == b"new" and cache.peek("k")[0] == b"new"  # type: ignore[index]


def test_a_body_rendered_before_a_clear_is_not_kept_when_handed_over_later() -> None:
    """The event loop renders a body from the in-memory events, then hands it to the cache: an ingest that
    cleared the cache in between must not leave the older body stored."""
    from sitrep.web.cache import ResponseCache

    cache = ResponseCache()
    generation = cache.generation
    body = b"rendered before the ingest"
    cache.clear()
    assert cache.get("k", lambda: body, generation)[0] == body and cache.peek("k") is None
    assert cache.get("k", lambda: body, cache.generation)[0] == body and cache.peek("k")[0] == body  # type: ignore[index]


def test_a_render_on_the_event_loop_is_cached_and_gzipped(db: Path) -> None:
    app = create_app(db)  # the cache on (256 MB)
    server = app.state.server
    with TestClient(app) as c:
        for builder in server._builders:
            builder.join()
        assert server.index is not None
        params = {"limit": 500, "sort": "-fatalities"}
        first = c.get("/api/events.geojson", params=params, headers={"Accept-Encoding": "gzip"})
        hits = server.cache.hits
        again = c.get("/api/events.geojson", params=params, headers={"Accept-Encoding": "gzip"})
        assert server._loop_store is not None and server.cache.hits == hits + 1
        assert first.content == again.content and first.headers.get("content-encoding") == "gzip"
        assert first.json()["features"]
