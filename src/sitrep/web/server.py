"""Running the app: one uvicorn process, or, for a read-only store, several worker processes on one port.

Python runs one thread of bytecode at a time per process, so one server process uses about one core however many
requests it holds. `workers > 1` starts that many processes, each with its own listening socket bound with
SO_REUSEPORT on the same address: Linux spreads new connections over them evenly (a socket shared by all, as
uvicorn's own `--workers` does it, lets whichever process wakes first take most of a burst of connections: 13 of
20 to one of two). macOS and the BSDs give every new connection to the last socket bound instead, so there (and
on Windows) one process serves. Each worker opens the store read-only (DuckDB lets several processes read one
file) and holds its own copy of the in-memory events (event_index.py: about 450 MB at 100,000 events), its own
DuckDB buffer (SITREP_DB_READ_MEMORY, 1 GB at most) and its own response cache (`--cache-mb`): memory grows with
the number of workers. A worker stops when its parent does, however the parent ends. Ingest (`--token`) writes
to the store and needs the one process.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

from sitrep.errors import SitrepError, UsageError
from sitrep.store.db import Store

__all__ = ["check_options", "run_server"]

_BACKLOG = 2048
_LIMIT_CONCURRENCY = 256  # connections a process serves at once; more get 503 rather than a growing queue


def check_options(workers: int, token: str | None) -> None:
    """UsageError for a number of workers this store and platform cannot have."""
    if workers < 1:
        raise UsageError("--workers must be 1 or more")
    if workers > 1 and token is not None:
        raise UsageError("--workers above 1 serves a read-only store; ingest (--token) needs one process")
    if workers > 1 and (not sys.platform.startswith("linux") or not hasattr(socket, "SO_REUSEPORT")):
        raise UsageError("--workers above 1 needs Linux (its SO_REUSEPORT spreads connections over the workers; "
                         "elsewhere one of them would take them all): use one worker here")


def run_server(db: str | Path, *, host: str = "127.0.0.1", port: int = 8080, token: str | None = None,
               threads: int = 16, cache_bytes: int = 256 * 2**20, workers: int = 1) -> None:
    """Serve `db` until interrupted (Ctrl-C, SIGTERM)."""
    import uvicorn

    from sitrep.web import create_app

    check_options(workers, token)
    if workers == 1:
        application = create_app(db, token=token, threads=threads, cache_bytes=cache_bytes)
        uvicorn.run(application, host=host, port=port, log_level="warning", limit_concurrency=_LIMIT_CONCURRENCY)
        return
    # the address is free: a plain bind (no SO_REUSEPORT) fails on a port another server listens on, a sitrep
    # with workers of its own included, which the workers' own binds would quietly share
    _bind(host, port, shared=False).close()
    Store.open(db, read_only=True).close()  # the store opens: its error here, once, not from every worker
    ctx = multiprocessing.get_context("spawn")  # no fork of a process that holds DuckDB's threads
    started: list[Any] = []

    def stop(signum: int, frame: Any) -> None:
        raise SystemExit(0)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        for i in range(workers):
            p = ctx.Process(target=_worker, args=(str(db), host, port, threads, cache_bytes), daemon=True,
                            name=f"sitrep-serve-{i}")
            p.start()
            started.append(p)
        while True:
            for p in started:
                if p.exitcode is not None:
                    raise SitrepError(f"serve worker {p.name} stopped (exit code {p.exitcode}); see its message above")
            time.sleep(0.5)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for p in started:
            if p.is_alive():
                p.terminate()  # uvicorn in the worker takes SIGTERM as a graceful shutdown
        deadline = time.monotonic() + 10
        for p in started:
            p.join(max(0.0, deadline - time.monotonic()))
        for p in started:
            if p.is_alive():
                p.kill()
                p.join()


def _bind(host: str, port: int, *, shared: bool = True) -> socket.socket:
    """A TCP socket bound to host:port (not listening yet); `shared`: with SO_REUSEPORT, beside the other workers."""
    try:
        family, kind, proto, _, addr = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except OSError as exc:
        raise SitrepError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if shared:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(addr)
    except OSError as exc:
        sock.close()
        raise SitrepError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def _worker(db: str, host: str, port: int, threads: int, cache_bytes: int) -> None:
    """One worker process: its own socket on the shared port, its own read-only app; it stops when its parent
    is gone, however the parent ended (killed with -9, out of memory), rather than go on serving the port."""
    import threading

    import uvicorn

    from sitrep.web import create_app

    try:
        sock = _bind(host, port)
        sock.listen(_BACKLOG)
        application = create_app(db, token=None, threads=threads, cache_bytes=cache_bytes)
    except SitrepError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    server = uvicorn.Server(uvicorn.Config(application, log_level="warning", limit_concurrency=_LIMIT_CONCURRENCY))
    parent = multiprocessing.parent_process()

    def orphaned() -> None:
        if parent is not None:
            parent.join()  # returns when the parent process ends
            server.should_exit = True

    threading.Thread(target=orphaned, name="sitrep-parent-watch", daemon=True).start()
    server.run(sockets=[sock])
