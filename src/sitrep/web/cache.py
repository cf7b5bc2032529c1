"""A bounded cache of rendered API responses for a server whose store does not change under it.

A read-only server's store cannot change while it runs (DuckDB locks the file against writers), so a response
rendered once for a URL stays right; with ingest enabled, every ingest clears the cache. Concurrent requests
for the same URL wait for the first to render it instead of rendering it again (20 clients asking for the same
10,000-point GeoJSON cost one query, not twenty). Each entry keeps a gzip copy made once when it is stored, sent
to clients that accept it (a 10,000-point GeoJSON: 3.8 MB, 0.4 MB gzipped).
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from collections.abc import Callable

__all__ = ["Entry", "ResponseCache"]

_GZIP_FROM = 2048  # bytes: smaller bodies are not worth compressing


class Entry(tuple[bytes, bytes | None]):
    """A rendered body and its gzip copy (None when not compressed)."""

    @classmethod
    def of(cls, body: bytes, *, compress: bool) -> "Entry":
        gz = gzip.compress(body, compresslevel=5, mtime=0) if compress and len(body) >= _GZIP_FROM else None
        return cls((body, gz))

    @property
    def size(self) -> int:
        return len(self[0]) + len(self[1] or b"")


class ResponseCache:
    def __init__(self, max_bytes: int = 256 * 2**20, max_item: int = 16 * 2**20) -> None:
        self.max_bytes = max_bytes
        self.max_item = max_item  # larger bodies are rendered every time
        self._items: OrderedDict[str, Entry] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self._pending: dict[str, threading.Lock] = {}
        self._generation = 0  # bumped by clear(): a body rendered before is not stored after
        self.hits = self.misses = 0

    def peek(self, key: str) -> Entry | None:
        """The cached body for `key`, or None (without rendering: the caller can render it off the event loop)."""
        with self._lock:
            return self._hit(key)

    def _hit(self, key: str) -> Entry | None:
        """The body for `key`, counted and made most recent; call with the lock held."""
        body = self._items.get(key)
        if body is not None:
            self._items.move_to_end(key)
            self.hits += 1
        return body

    @property
    def generation(self) -> int:
        """Bumped by every clear: pass the one read before rendering to `get` when the body is rendered first."""
        return self._generation

    def get(self, key: str, render: Callable[[], bytes], generation: int | None = None) -> Entry:
        """The entry for `key`, rendered (once, whoever else asks meanwhile) and stored if it is not there.
        `generation`: the cache's generation when the body began to be made, if before this call (a body made
        before a clear is returned but not stored)."""
        if self.max_bytes <= 0:
            return Entry.of(render(), compress=False)
        with self._lock:
            body = self._hit(key)
            if body is not None:
                return body
            flight = self._pending.setdefault(key, threading.Lock())
        with flight:  # one render per key at a time; the others find it cached
            with self._lock:
                hit = self._items.get(key)
                if hit is not None:
                    self.hits += 1
                    return hit
                self.misses += 1
                if generation is None:
                    generation = self._generation
            try:
                entry = Entry.of(render(), compress=True)
            finally:
                with self._lock:
                    self._pending.pop(key, None)
            if entry.size <= self.max_item:
                with self._lock:
                    if key not in self._items and generation == self._generation:
                        self._items[key] = entry
                        self._size += entry.size
                    while self._size > self.max_bytes and self._items:
                        _, old = self._items.popitem(last=False)
                        self._size -= old.size
            return entry

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0
            self._generation += 1
