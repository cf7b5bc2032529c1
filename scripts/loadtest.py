"""Load generator for `sitrep serve`: C concurrent keep-alive clients (threads) request one scenario's URLs in
turn for D seconds; prints requests/s and latency percentiles per scenario.

    python tests/synthetic.py /tmp/big.duckdb 100000          # a store of 100,000 events
    sitrep serve --db /tmp/big.duckdb --port 8765 &
    python scripts/loadtest.py http://127.0.0.1:8765 --clients 20 --seconds 20

Scenarios: `page`, a filtered page of the event table (50 rows; filters vary: country, type, region, dates,
actor, minimum fatalities, sort, offset); `geojson`, GeoJSON of 10,000 events (filters vary); `stats`, the
weekly/type/region aggregates the dashboard's timeline draws. Each client asks for gzip, as browsers do (--no-gzip: not),
and the clock stops once the whole body is read (--decompress: once it is also decompressed, work a browser does
on its own machine but this generator does on the server's); `kb_per_response` is the size as received.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import statistics
import threading
import time
import urllib.parse
import zlib

TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"]
REGIONS = ["Tillaberi", "Niamey", "Diffa", "Agadez", "Tahoua"]
ACTORS = ["islamic state", "jnim", "military forces", "protesters", "wagner"]
SORTS = ["-event_date", "-fatalities", "event_date", "location"]


def page_urls() -> list[str]:
    out = []
    for i in range(200):
        q: dict[str, object] = {"country": "NE", "limit": 50, "offset": 50 * (i % 7), "sort": SORTS[i % 4]}
        if i % 2 == 0:
            q["type"] = TYPES[i % 5]
        if i % 3 == 0:
            q["admin1"] = REGIONS[i % 5]
        if i % 4 == 1:
            q["since"], q["until"] = f"2023-{1 + i % 12:02d}-01", f"2024-{1 + i % 12:02d}-28"
        if i % 5 == 2:
            q["actor"] = ACTORS[i % 5]
        if i % 6 == 3:
            q["min_fatalities"] = i % 20
        out.append("/api/events?" + urllib.parse.urlencode(q))
    return out


def geojson_urls() -> list[str]:
    out = []
    for i in range(50):
        q: dict[str, object] = {"limit": 10_000, "sort": ["-fatalities", "-event_date"][i % 2]}
        if i % 3 == 1:
            q["country"] = "NE"
        if i % 5 == 2:
            q["since"] = f"2023-{1 + i % 6:02d}-01"
        if i % 7 == 3:
            q["min_fatalities"] = i % 5
        out.append("/api/events.geojson?" + urllib.parse.urlencode(q))
    return out


def stats_urls() -> list[str]:
    return ["/api/stats?" + urllib.parse.urlencode({"country": "NE", "type": t}) for t in TYPES] + \
        ["/api/stats?" + urllib.parse.urlencode({"admin1": r}) for r in REGIONS]


SCENARIOS = {"page": page_urls, "geojson": geojson_urls, "stats": stats_urls}


def run(base: str, urls: list[str], clients: int, seconds: float, gzip_ok: bool = True,
        decompress: bool = False) -> dict[str, float]:
    parsed = urllib.parse.urlsplit(base)
    lat: list[float] = []
    errors = [0]
    nbytes = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    counter = itertools.count()

    def client() -> None:
        con = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=60)
        mine: list[float] = []
        while time.monotonic() < stop:
            url = urls[next(counter) % len(urls)]
            t0 = time.perf_counter()
            con.request("GET", url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
            r = con.getresponse()
            body = r.read()
            if decompress and r.getheader("Content-Encoding") == "gzip":  # the client's own work, on this machine
                body = zlib.decompress(body, 31)
            mine.append(time.perf_counter() - t0)
            if r.status != 200:
                with lock:
                    errors[0] += 1
            with lock:
                nbytes[0] += len(body)
        con.close()
        with lock:
            lat.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    lat.sort()
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else lat * 99
    return {"requests": len(lat), "errors": errors[0], "rps": len(lat) / wall, "p50_ms": q[49] * 1000,
            "p95_ms": q[94] * 1000, "p99_ms": q[98] * 1000, "max_ms": lat[-1] * 1000,
            "kb_per_response": nbytes[0] / max(len(lat), 1) / 1024}


WRK_LUA = """local urls = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", urls[(i %% #urls) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %%d errors %%d rps %%.1f p50 %%.1f p95 %%.1f p99 %%.1f ms\\n", summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
"""


def write_wrk_scripts(folder: str) -> None:
    """One Lua script per scenario for wrk (a load generator in C: it leaves the server the CPU that this
    script's Python threads take): wrk -t2 -c20 -d15s -s FOLDER/geojson.lua http://127.0.0.1:8765"""
    import pathlib

    out = pathlib.Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for name, urls in SCENARIOS.items():
        (out / f"{name}.lua").write_text(WRK_LUA % ", ".join(json.dumps(u) for u in urls()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", help="server address, e.g. http://127.0.0.1:8765")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--scenario", action="append", choices=sorted(SCENARIOS), help="default: all")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-gzip", action="store_true", help="do not send Accept-Encoding: gzip")
    ap.add_argument("--decompress", action="store_true", help="stop the clock after decompressing the body")
    ap.add_argument("--wrk", metavar="FOLDER", help="write the scenarios as wrk Lua scripts to FOLDER and exit")
    args = ap.parse_args()
    if args.wrk:
        write_wrk_scripts(args.wrk)
        return
    results = {}
    for name in args.scenario or list(SCENARIOS):
        results[name] = run(args.base, SCENARIOS[name](), args.clients, args.seconds, not args.no_gzip,
                            args.decompress)
        if not args.json:
            r = results[name]
            print(f"{name:8s} {r['requests']:6d} req  {r['rps']:7.1f}/s  p50 {r['p50_ms']:6.1f} ms  "
                  f"p95 {r['p95_ms']:6.1f} ms  p99 {r['p99_ms']:6.1f} ms  max {r['max_ms']:6.1f} ms  "
                  f"{r['kb_per_response']:.0f} KiB  errors {r['errors']}", flush=True)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
