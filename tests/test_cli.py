"""The command line end to end: ingest with bad inputs, exit codes, events/show/export/stats, a killed run."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from sitrep.export import ACLED_COLUMNS, UCDP_COLUMNS

SITREP = [sys.executable, "-m", "sitrep.cli"]
GOOD = ("Gunmen killed five villagers near Dori in northern Burkina Faso on Tuesday, residents said. "
        "The attackers arrived on motorbikes and set fire to the market before fleeing, a local official said.")


def run(*args: str, stdin: bytes | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SITREP_WORKERS="1", COLUMNS="200")
    p = subprocess.run([*SITREP, *args], input=stdin.decode() if stdin else None, capture_output=True, text=True,
                       env=env, timeout=300)
    if check:
        assert p.returncode == 0, p.stderr + p.stdout
    return p


@pytest.fixture()
def messy_dir(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "latin1.txt").write_bytes(("Des hommes armés ont tué trois soldats près de Tillabéri au Niger lundi, "
                                    "a indiqué le ministère. Trois assaillants ont été tués.").encode("latin-1"))
    (d / "empty.txt").write_bytes(b"")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "broken.html").write_text("<html><body><div><p></div></scr", encoding="utf-8")
    return d


def test_bad_inputs_are_listed_and_stored(messy_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    p = run("ingest", str(messy_dir), "--db", str(db), "--published", "2024-03-26", "--json")
    assert p.returncode == 0, p.stderr
    summary = json.loads(p.stdout)
    assert summary["stored"] == 2
    rejected = {Path(r["path"]).name: r["reason"] for r in summary["rejects"]}
    assert set(rejected) == {"empty.txt", "image.png", "broken.html"}
    assert "empty" in rejected["empty.txt"].lower()
    assert "binary" in rejected["image.png"].lower()
    con = duckdb.connect(str(db), read_only=True)
    rows = {Path(r[0]).name: (r[1], r[2]) for r in con.execute("SELECT path, stage, reason FROM rejects").fetchall()}
    assert set(rows) == set(rejected)
    text = con.execute("SELECT text FROM articles WHERE path LIKE '%latin1.txt'").fetchone()[0]
    assert "Tillabéri" in text
    con.close()
    # --strict turns any reject into exit 1; re-ingesting stores nothing twice
    p = run("ingest", str(messy_dir), "--db", str(db), "--strict", "--json")
    assert p.returncode == 1
    assert json.loads(p.stdout)["stored"] == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    con.close()


def test_nothing_ingestable_exits_nonzero(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    p = run("ingest", str(tmp_path / "e.txt"), "--db", str(tmp_path / "x.duckdb"))
    assert p.returncode == 1
    p = run("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.duckdb"))
    assert p.returncode == 1 and "no such file" in p.stdout.lower()


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    p = run("ingest", "--published", "yesterday", "--db", str(tmp_path / "x.duckdb"), "-")
    assert p.returncode == 2 and p.stderr.strip().startswith("error:") and "Traceback" not in p.stderr
    p = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert p.returncode == 3 and "no such store" in p.stderr
    p = run("show", "nope", "--db", str(tmp_path / "x.duckdb"))
    assert p.returncode in (3, 4)


def test_stdin_and_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    run("ingest", "-", "--db", db, "--published", "2024-03-26", "--outlet", "Test Wire", stdin=GOOD.encode(),
        check=True)
    evs = json.loads(run("events", "--db", db, "--json", check=True).stdout)
    assert len(evs) >= 1
    ev = evs[0]
    assert ev["country"] == "Burkina Faso" and ev["event_type"] == "Violence against civilians"
    assert ev["fatalities"] == 5 and ev["event_date"] == "2024-03-26"
    assert ev["sources"][0]["outlet"] == "Test Wire"
    shown = run("show", ev["event_id"][:8], "--db", db, check=True).stdout
    assert "Gunmen killed five villagers" in shown and "fatalities" in shown
    assert json.loads(run("events", "--db", db, "--json", "--country", "ML").stdout) == []
    assert len(json.loads(run("events", "--db", db, "--json", "--country", "BF", "--since", "2024-03-01").stdout)) >= 1
    st = json.loads(run("stats", "--db", db, "--json", check=True).stdout)
    assert st["articles"] == 1 and st["events"] >= 1

    # exports
    out = tmp_path / "e.csv"
    run("export", "--db", db, "--format", "acled-csv", "-o", str(out), check=True)
    with out.open() as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == ACLED_COLUMNS and len(rows) >= 2
    run("export", "--db", db, "--format", "ucdp-csv", "-o", str(tmp_path / "u.csv"), check=True)
    assert tuple((tmp_path / "u.csv").read_text().splitlines()[0].split(",")) == UCDP_COLUMNS
    run("export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "e.parquet"), check=True)
    n = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'e.parquet'}')").fetchone()[0]
    assert n == len(evs)
    run("export", "--db", db, "--format", "geojson", "-o", str(tmp_path / "e.geojson"), check=True)
    gj = json.loads((tmp_path / "e.geojson").read_text())
    assert gj["type"] == "FeatureCollection" and gj["features"][0]["geometry"]["type"] == "Point"
    run("export", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "e.jsonl"), check=True)
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == len(evs)
    p = run("export", "--db", db, "--format", "xls", "-o", str(tmp_path / "e.xls"))
    assert p.returncode == 2 and "unknown export format" in p.stderr


def test_an_exported_event_leads_back_to_the_input_record(tmp_path: Path) -> None:
    """Each source of an exported event names the file and record it was read from and the record's own id."""
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": "wire-0042", "text": GOOD, "date_publish": "2024-03-26"}) + "\n"
                   + json.dumps({"text": GOOD.replace("five", "six").replace("Dori", "Djibo"),
                                 "date_publish": "2024-03-26"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "r.duckdb")
    run("ingest", str(src), "--db", db, check=True)
    run("export", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "e.jsonl"), check=True)
    sources = [s for line in (tmp_path / "e.jsonl").read_text().splitlines() for s in json.loads(line)["sources"]]
    refs = {(Path(s["path"]).name, s["record_id"]) for s in sources}
    assert refs == {("feed.jsonl:line 1", "wire-0042"), ("feed.jsonl:line 2", None)}


def test_sigkill_halfway_then_rerun_stores_each_file_once(tmp_path: Path) -> None:
    d = tmp_path / "many"
    d.mkdir()
    towns = ["Dori", "Djibo", "Kaya", "Gao", "Mopti", "Ayorou", "Tera", "Diffa"]
    n_files = 3000  # enough that a fast machine is still busy when a first batch is committed
    for i in range(n_files):
        (d / f"{i:04d}.txt").write_text(
            f"Report {i}. Gunmen killed {i % 9 + 2} villagers near {towns[i % len(towns)]} on Tuesday, "
            f"residents said. Officials said {i} people fled the area after the attack.", encoding="utf-8")
    db = tmp_path / "k.duckdb"
    env = dict(os.environ, SITREP_WORKERS="1")
    proc = subprocess.Popen([*SITREP, "ingest", str(d), "--db", str(db), "--published", "2024-03-26", "--json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    # DuckDB appends each committed batch to the write-ahead log: kill as soon as one batch is committed
    wal = Path(str(db) + ".wal")
    deadline = time.time() + 120
    first_size = None  # the schema migration is the first commit; wait for the log to grow past it
    last, still = -1, 0
    while time.time() < deadline and proc.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size and first_size is None:
            first_size = size
        elif first_size is not None and size > first_size + 50_000:
            # a batch is being committed: kill once the log stops growing (the commit is whole), while the
            # next batch is analysed
            still = still + 1 if size == last else 0
            if still >= 3:
                break
        last = size
        time.sleep(0.02)
    killed_midway = proc.poll() is None
    if killed_midway:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert killed_midway, "the run finished before it could be killed"
    con = duckdb.connect(str(db), read_only=True)
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert 0 < partial < n_files
    p = run("ingest", str(d), "--db", str(db), "--published", "2024-03-26", "--json")
    assert p.returncode == 0, p.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT path) FROM articles").fetchone() == (n_files, n_files)
    con.close()
