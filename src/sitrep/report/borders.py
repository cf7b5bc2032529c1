"""The country outlines sitrep carries (Natural Earth admin-0, public domain; built by scripts/make_borders.py)
and the extent of a map around a country and its events."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Borders", "Country", "borders", "map_extent"]


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


def map_extent(bounds: tuple[float, float, float, float] | None, country_code: str | None
               ) -> tuple[float, float, float, float]:
    """(lon0, lat0, lon1, lat1) of a map showing the country (if known) and the events' `bounds`, padded; at
    least 3 degrees each way."""
    xs: list[float] = []
    ys: list[float] = []
    if bounds is not None:
        xs += [bounds[0], bounds[2]]
        ys += [bounds[1], bounds[3]]
    focus = borders().countries.get((country_code or "").upper())
    if focus is not None:
        xs += [focus.bbox[0], focus.bbox[2]]
        ys += [focus.bbox[1], focus.bbox[3]]
    if not xs:
        return -20.0, -40.0, 55.0, 40.0
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    pad = max(x1 - x0, y1 - y0, 3.0) * 0.08
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hw, hh = max(x1 - x0, 3.0) / 2 + pad, max(y1 - y0, 3.0) / 2 + pad
    return max(cx - hw, -180.0), max(cy - hh, -89.0), min(cx + hw, 180.0), min(cy + hh, 89.0)
