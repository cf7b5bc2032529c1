"""The country outlines sitrep carries (Natural Earth admin-0, public domain; built by scripts/make_borders.py): the
gazetteer's admin1 area points (geo.gazetteer.area_points) and the report's map read them."""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Borders", "Country", "borders", "outline_km"]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    bbox: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1
    packed: tuple[tuple[int, ...], ...]  # rings as stored: first point, then deltas, in 1/scale degrees
    scale: float

    @property
    def rings(self) -> list[Any]:
        """The outlines as (n, 2) arrays of lon, lat (decoded when asked: most countries are never drawn)."""
        import numpy as np

        out = []
        for q in self.packed:
            a = np.asarray(q, dtype=np.float64).reshape(-1, 2)
            out.append(np.cumsum(a, axis=0) / self.scale)
        return out


@dataclass(frozen=True, slots=True)
class Borders:
    source: str
    countries: dict[str, Country]


@lru_cache(maxsize=1)
def borders() -> Borders:
    """The country outlines shipped with sitrep (read once per process)."""
    raw = resources.files("sitrep").joinpath("data/borders.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    scale = float(data["scale"])
    return Borders(data["source"], {code: Country(code, c["name"], tuple(c["bbox"]),  # type: ignore[arg-type]
                                                  tuple(tuple(r) for r in c["rings"]), scale)
                                    for code, c in data["countries"].items()})


@lru_cache(maxsize=None)
def _segments(code: str) -> tuple[Any, Any] | None:
    """A country's outline as two (n, 2) arrays of segment ends (lon, lat), decoded once per process."""
    import numpy as np

    shape = borders().countries.get(code)
    parts = [(r[:-1], r[1:]) for r in shape.rings if len(r) > 1] if shape is not None else []
    if not parts:
        return None
    return np.concatenate([a for a, _ in parts]), np.concatenate([b for _, b in parts])


def outline_km(code: str, lat: float, lon: float) -> float | None:
    """How far a point lies from a country's outline, in km; None where sitrep carries no outline of it."""
    import numpy as np

    segs = _segments(code)
    if segs is None:
        return None
    a, b = segs
    # (an equirectangular plane about the point: exact enough within a few hundred km)
    k = math.cos(math.radians(lat))
    ax, ay = (a[:, 0] - lon) * k, a[:, 1] - lat
    bx, by = (b[:, 0] - lon) * k, b[:, 1] - lat
    dx, dy = bx - ax, by - ay
    t = np.clip(-(ax * dx + ay * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0.0, 1.0)
    return float(np.min(np.hypot(ax + t * dx, ay + t * dy))) * 111.195
