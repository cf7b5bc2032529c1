"""The country outlines sitrep carries (Natural Earth admin-0, public domain; built by scripts/make_borders.py): the
gazetteer's admin1 area points (geo.gazetteer.area_points) and the report's map read them."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Borders", "Country", "borders"]


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
