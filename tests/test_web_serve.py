"""`sitrep serve --workers N`: several processes on one loopback port over a read-only store, and the options
that do not fit together."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from webfixtures import build_sample_store

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

SITREP = [sys.executable, "-m", "sitrep.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listeners(port: int) -> set[int]:
    """Inodes of the sockets listening on 127.0.0.1:port (Linux /proc/net/tcp)."""
    out = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        f = line.split()
        if f[1] == f"0100007F:{port:04X}" and f[3] == "0A":  # 0A: LISTEN
            out.add(int(f[9]))
    return out


def _start(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as out:
        proc = subprocess.Popen([*SITREP, "serve", "--db", str(db), "--port", str(port), "--workers", "2"],
                                stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ))
    deadline = time.monotonic() + 60
    while len(_listeners(port)) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, log.read_text(errors="replace")
        time.sleep(0.2)
    return proc


def _gone(port: int, log: Path) -> None:
    deadline = time.monotonic() + 20
    while _listeners(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _listeners(port), log.read_text(errors="replace")


LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; SO_REUSEPORT as Linux has it")


@pytest.fixture()
def two_workers(tmp_path: Path) -> Iterator[tuple[Path, int, Path, subprocess.Popen[bytes]]]:
    """`sitrep serve --workers 2` over the sample store, both workers listening: (db, port, log, parent)."""
    db = build_sample_store(tmp_path / "sample.duckdb")
    port = _free_port()
    log = tmp_path / "serve.log"
    proc = _start(db, port, log)
    yield db, port, log, proc
    if proc.poll() is None:
        proc.kill()
        proc.wait(20)


@LINUX
def test_two_workers_serve_one_port_and_stop_with_the_parent(two_workers) -> None:  # type: ignore[no-untyped-def]
    db, port, log, proc = two_workers
    base = f"http://127.0.0.1:{port}"
    try:
        totals = set()
        for _ in range(12):  # a new connection each, to either worker
            with urllib.request.urlopen(base + "/api/events?limit=1", timeout=10) as r:
                assert r.status == 200
                totals.add(json.load(r)["total"])
        assert len(totals) == 1 and totals.pop() > 0  # every worker reads the same store
        # a second server on the port is refused, not let in to share the connections
        second = subprocess.run([*SITREP, "serve", "--db", str(db), "--port", str(port), "--workers", "2"],
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 1 and "cannot listen" in second.stderr, second.stderr
    finally:
        proc.terminate()
        assert proc.wait(20) == 0
    _gone(port, log)  # the workers went with their parent


@LINUX
def test_workers_stop_when_their_parent_is_killed(two_workers) -> None:  # type: ignore[no-untyped-def]
    _, port, log, proc = two_workers
    proc.kill()  # SIGKILL: no cleanup in the parent
    proc.wait(20)
    _gone(port, log)


def test_workers_and_ingest_do_not_fit_together(tmp_path: Path) -> None:
    db = build_sample_store(tmp_path / "sample.duckdb")
    p = subprocess.run([*SITREP, "serve", "--db", str(db), "--port", str(_free_port()), "--workers", "2",
                        "--token", "t"], capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and "--token" in p.stderr and "one process" in " ".join(p.stderr.split())
    p = subprocess.run([*SITREP, "serve", "--db", str(db), "--workers", "0"], capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 2 and "--workers" in p.stderr
