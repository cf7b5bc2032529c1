"""The dashboard in a real browser: `sitrep serve` on a free loopback port over the sample store, driven by
headless Chromium through the DevTools protocol (tests/cdp.py). Screenshots go to the test's temp dir."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from cdp import Browser, find_chromium
from webfixtures import EVIL, build_sample_store

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("websocket", reason="websocket-client drives Chromium")
CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install chromium)")

READY = "document.body.dataset.loading === '' && document.body.dataset.query !== undefined"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = build_sample_store(tmp_path_factory.mktemp("webb") / "sample.duckdb")
    port = _free_port()
    log = db.parent / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "serve", "--db", str(db), "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=2).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                pytest.fail(f"sitrep serve did not start: {log.read_text(errors='replace')}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with Browser(CHROMIUM, tmp_path_factory.mktemp("chromium-profile")) as b:  # type: ignore[arg-type]
        yield b


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def get(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.load(r)


def state(b: Browser) -> dict[str, Any]:
    return b.js("""({points: Number(document.getElementById('map').dataset.points),
        circles: document.querySelectorAll('#map circle.dot').length,
        weeks: Number(document.getElementById('timeline').dataset.weeks),
        timelineEvents: Number(document.getElementById('timeline').dataset.events),
        bars: document.querySelectorAll('#timeline rect.bar').length,
        total: Number(document.getElementById('events').dataset.total),
        rows: document.querySelectorAll('#events tbody tr').length,
        countries: [...document.querySelectorAll('#events tbody tr td:nth-child(8)')].map(td => td.textContent),
        land: document.querySelectorAll('#map .land path').length})""")


def test_map_shows_the_points(server: str, browser: Browser, shots: Path) -> None:
    browser.resize(1280, 800)
    browser.goto(server + "/")
    browser.wait(READY)
    st = state(browser)
    mappable = get(server, "/api/events.geojson")["total"]
    assert st["points"] == st["circles"] == mappable == 25
    assert st["land"] > 5  # country outlines drawn from the bundled Natural Earth data
    assert st["total"] == st["timelineEvents"] == 25 and st["rows"] == 25
    browser.screenshot(shots / "dashboard.png")
    assert not browser.console, browser.console


def test_a_filter_changes_map_timeline_and_table_together(server: str, browser: Browser, shots: Path) -> None:
    browser.goto(server + "/")
    browser.wait(READY)
    before = state(browser)
    browser.js("document.querySelector('#filters input[name=country]').focus()")  # typed, then Enter: the keyboard
    browser.call("Input.insertText", text="NE")
    browser.press("Enter", "Enter", 13)
    browser.wait(READY + " && document.body.dataset.query === 'country=NE'")
    after = state(browser)
    ne = get(server, "/api/events?country=NE&limit=500")
    assert after["total"] == after["timelineEvents"] == after["rows"] == ne["total"] < before["total"]
    assert after["points"] == after["circles"] == ne["total"] < before["points"]
    assert set(after["countries"]) == {"Niger"}
    assert browser.js("location.search") == "?country=NE"  # the filter is in the address, to share or reload
    browser.screenshot(shots / "dashboard-niger.png")
    # clicking a week of the timeline narrows all three to that week
    browser.js("document.querySelector('#timeline rect.bar:last-of-type').dispatchEvent(new MouseEvent('click'))")
    browser.wait(READY + " && document.body.dataset.query.includes('since=')")
    week = state(browser)
    assert week["total"] == week["timelineEvents"] <= after["total"] and week["weeks"] == 1
    # sorting the table by fatalities, by keyboard
    browser.goto(server + "/?country=NE")
    browser.wait(READY)
    browser.js("[...document.querySelectorAll('button.sort')].find(b => b.textContent.startsWith('fatalities')).focus()")
    browser.press("Enter", "Enter", 13)
    browser.wait(READY + " && location.search.includes('sort=-fatalities')")
    fat = browser.js("[...document.querySelectorAll('#events tbody td:nth-child(9)')].map(td => Number(td.textContent))")
    assert fat == sorted(fat, reverse=True) and len(fat) == ne["total"]
    href = browser.js("document.getElementById('export-csv').href")
    assert "country=NE" in href and "/api/events.csv" in href


def test_event_page_highlights_the_evidence(server: str, browser: Browser, shots: Path) -> None:
    ev_id = get(server, "/api/events?q=ayorou&type=Battles")["events"][0]["event_id"]
    ev = get(server, f"/api/events/{ev_id}")
    browser.goto(f"{server}/event/{ev_id}")
    browser.wait(f"document.querySelectorAll('article.source-article').length === {len(ev['sources'])}")
    marks = browser.js("[...document.querySelectorAll('mark.evidence')].map(m => [m.dataset.field, m.textContent])")
    assert len(marks) >= 3 and {"fatalities", "location"} & {f for f, _ in marks}
    # each highlighted span is the text at the evidence's offsets
    spans = {(e["field"], e["text"]) for e in ev["evidence"]}
    assert all(any(t in sent for f2, sent in spans if f2 == f) for f, t in marks)
    outlets = browser.js("[...document.querySelectorAll('ul.sources li strong')].map(s => s.textContent)")
    assert sorted(outlets) == sorted(s["outlet"] for s in ev["sources"])
    assert browser.js("document.querySelectorAll('table.fields tr.disputed').length") >= 1
    browser.screenshot(shots / "event.png")


def test_story_page_shows_a_contradiction(server: str, browser: Browser, shots: Path) -> None:
    stories = get(server, "/api/stories?limit=100")["stories"]
    sid = next(s["story_id"] for s in stories if s["title"].startswith("Twelve soldiers killed in ambush near Ayorou"))
    st = get(server, f"/api/stories/{sid}")
    browser.goto(f"{server}/story/{sid}")
    browser.wait(f"document.querySelectorAll('.side-by-side article').length === {len(st['articles'])}")
    items = browser.js("[...document.querySelectorAll('ul.contradictions li.contradiction')].map(li => li.textContent)")
    assert st["contradictions"] and len(items) == len(st["contradictions"])
    assert any("fatalities" in t and " vs " in t for t in items), items
    assert not any("[object" in t for t in items), items
    assert browser.js("document.querySelectorAll('.side-by-side li.contradiction').length") >= 2
    browser.screenshot(shots / "story.png")


def test_a_malicious_headline_stays_text(server: str, browser: Browser, shots: Path) -> None:
    ev_id = get(server, "/api/events?q=tahoua&since=2024-04-26")["events"][0]["event_id"]
    browser.goto(f"{server}/event/{ev_id}")
    browser.wait("document.querySelectorAll('article.source-article').length === 1")
    assert browser.js("window.__pwned") is None
    assert browser.js("document.querySelectorAll('main script, main img, main b').length") == 0
    text = browser.js("document.querySelector('main').textContent")
    assert EVIL in text  # shown as the characters it is made of
    assert browser.js("[...document.querySelectorAll('a')].some(a => a.href.startsWith('javascript'))") is False
    browser.goto(server + "/?q=tahoua")
    browser.wait(READY)
    assert browser.js("window.__pwned") is None
    browser.screenshot(shots / "malicious.png")


def test_phone_width_has_no_page_wide_scroll(server: str, browser: Browser, shots: Path) -> None:
    browser.resize(390, 844, mobile=True)
    try:
        browser.goto(server + "/")
        browser.wait(READY)
        assert browser.js("window.innerWidth") == 390  # the layout viewport did not grow to fit the content
        assert browser.js("document.documentElement.scrollWidth") <= 391  # the table scrolls inside its box
        browser.screenshot(shots / "phone.png")
    finally:
        browser.resize(1280, 800)
