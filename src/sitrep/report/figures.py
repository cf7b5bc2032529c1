"""The brief's two figures as PNG bytes, drawn offline with matplotlib: a map of the period's events over the
country outlines the package carries (Natural Earth, data/borders.json.gz) and events and fatalities per week."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from sitrep.errors import UsageError
from sitrep.query import EventPoint, WeekCount
from sitrep.geo.borders import Country, borders

__all__ = ["TYPE_COLOURS", "event_map", "map_extent", "require_matplotlib", "weekly_chart"]

# One colour per ACLED event type, the same in the map, the chart's legend and the HTML.
TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Riots": "#16a085",
    "Protests": "#2e86c1",
    "Strategic developments": "#7f8c8d",
}
_OTHER = "#555555"
_DPI = 150


def require_matplotlib() -> Any:
    """matplotlib, or a UsageError saying how to install it (it is in the 'report' extra)."""
    try:
        import matplotlib
    except ImportError:
        raise UsageError("the map and the chart need matplotlib: pip install 'sitrep[report]'") from None
    return matplotlib


def _png(fig: Any) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=_DPI, metadata={"Software": None})
    return buf.getvalue()


def _bounds(points: Sequence[EventPoint]) -> tuple[float, float, float, float] | None:
    if not points:
        return None
    return (min(p.longitude for p in points), min(p.latitude for p in points), max(p.longitude for p in points),
            max(p.latitude for p in points))


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


def _label_point(c: Country, ext: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """A point inside the country's largest visible part, if that part is large enough for a label."""
    from matplotlib.path import Path

    best, area = None, (ext[2] - ext[0]) * (ext[3] - ext[1]) * 0.015
    for ring in c.rings:
        keep = ((ring[:, 0] >= ext[0]) & (ring[:, 0] <= ext[2]) & (ring[:, 1] >= ext[1]) & (ring[:, 1] <= ext[3]))
        inside = ring[keep]
        if len(inside) < 3:
            continue
        (x0, y0), (x1, y1) = inside.min(axis=0), inside.max(axis=0)
        a = float((x1 - x0) * (y1 - y0))
        if a <= area:
            continue
        path = Path(ring)
        for cand in (((x0 + x1) / 2, (y0 + y1) / 2), tuple(inside.mean(axis=0))):
            pt = (float(cand[0]), float(cand[1]))
            if path.contains_point(pt):
                best, area = pt, a
                break
    return best


def event_map(points: Sequence[EventPoint], *, country_code: str | None, title: str = "",
              extent: tuple[float, float, float, float] | None = None) -> bytes:
    """A map of the events (coloured by type, area by fatalities; hollow when placed only at a region) over the
    country outlines, the chosen country highlighted."""
    require_matplotlib()
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    geo = borders()
    focus = geo.countries.get((country_code or "").upper())
    ext = extent or map_extent(_bounds(points), country_code)
    mid_lat = (ext[1] + ext[3]) / 2
    stretch = 1 / max(math.cos(math.radians(mid_lat)), 0.2)
    ratio = (ext[3] - ext[1]) * stretch / max(ext[2] - ext[0], 1e-6)
    width = 7.2
    map_h = min(max(width * ratio, 2.8), 7.5)
    legend_h = 0.55
    fig = Figure(figsize=(width, map_h + legend_h))
    total_h = map_h + legend_h
    ax = fig.add_axes((0.01, legend_h / total_h, 0.98, map_h / total_h * 0.99))
    ax.set_facecolor("#dfeaf2")
    polys, faces, labels = [], [], []
    for c in geo.countries.values():
        b = c.bbox
        if b[2] < ext[0] or b[0] > ext[2] or b[3] < ext[1] or b[1] > ext[3]:
            continue
        for ring in c.rings:
            polys.append(ring)
            faces.append("#f6f1e4" if c is focus else "#e9e9e6")
        labels.append(c)
    ax.add_collection(PolyCollection(polys, facecolors=faces, edgecolors="#8a8a8a", linewidths=0.6, zorder=1))
    if focus is not None:
        ax.add_collection(PolyCollection(list(focus.rings), facecolors="none", edgecolors="#444444", linewidths=1.2,
                                         zorder=2))
    for c in labels:
        if c is focus and focus.bbox[0] >= ext[0] and focus.bbox[2] <= ext[2]:
            continue  # the whole country is in view: the title names it
        lp = _label_point(c, ext)
        if lp is not None:
            ax.text(lp[0], lp[1], c.name.upper(), fontsize=6.5, color="#8f8f8f", ha="center", va="center",
                    zorder=2, clip_on=True)
    types = list(dict.fromkeys(p.event_type for p in sorted(points, key=lambda p: list(TYPE_COLOURS).index(
        p.event_type) if p.event_type in TYPE_COLOURS else 99)))
    # marker area grows with fatalities; the largest is capped (many events can share a marker)
    top = max([p.fatalities for p in points] + [1])
    k = min(1.0, 300 / (14 * math.sqrt(top)))
    for t in types:
        colour = TYPE_COLOURS.get(t, _OTHER)
        for hollow in (False, True):
            sel = [p for p in points if p.event_type == t and p.region_only == hollow]
            if not sel:
                continue
            sizes = [18 + 14 * k * math.sqrt(max(p.fatalities, 0)) for p in sel]
            ax.scatter([p.longitude for p in sel], [p.latitude for p in sel], s=sizes,
                       facecolors="none" if hollow else colour, edgecolors=colour if hollow else "white",
                       linewidths=1.3 if hollow else 0.5, alpha=0.9, zorder=3)
    # the places with most fatalities, then most events, named
    by_place: dict[str, list[Any]] = {}
    for p in points:
        if p.location:
            e = by_place.setdefault(p.location, [0, 0, p.longitude, p.latitude])
            e[0] += p.fatalities
            e[1] += p.events
    for name, (fat, n, lon, lat) in sorted(by_place.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:8]:
        ax.annotate(name, (lon, lat), xytext=(5, 4), textcoords="offset points", fontsize=7, color="#222222",
                    zorder=4)
    ax.set_xlim(ext[0], ext[2])
    ax.set_ylim(ext[1], ext[3])
    ax.set_aspect(stretch)
    ax.set_xticks([])
    ax.set_yticks([])
    for s in ax.spines.values():
        s.set_color("#999999")
    handles = [Line2D([], [], marker="o", linestyle="", markersize=6, markerfacecolor=TYPE_COLOURS.get(t, _OTHER),
                      markeredgecolor="white", label=t) for t in types]
    if any(p.region_only for p in points):
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=6, markerfacecolor="none",
                              markeredgecolor="#555555", label="placed at a region only"))
    if handles:
        fig.legend(handles=handles, loc="lower center", fontsize=7, frameon=False, ncol=min(len(handles), 3),
                   bbox_to_anchor=(0.5, 0.0), handletextpad=0.3, columnspacing=1.5)
    ax.text(0.995, 0.005, "Borders: Natural Earth", transform=ax.transAxes, fontsize=5.5, color="#777777",
            ha="right", va="bottom")
    if title:
        fig.suptitle(title, fontsize=9, y=0.985)
    return _png(fig)


def _short(d: Any) -> str:
    return f"{d.day} {d:%b}"


def weekly_chart(weeks: Sequence[WeekCount], *, title: str = "") -> bytes:
    """Bars: events per 7-day bin; line: fatalities (right axis)."""
    require_matplotlib()
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(7.2, 2.7))
    ax = fig.add_axes((0.08, 0.2, 0.84, 0.68 if title else 0.74))
    xs = list(range(len(weeks)))
    ax.bar(xs, [w.events for w in weeks], color="#34495e", width=0.7, label="events", zorder=2)
    ax.set_ylabel("events", fontsize=8, color="#34495e")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.grid(axis="y", color="#e3e3e3", zorder=0)
    ax2 = ax.twinx()
    ax2.plot(xs, [w.fatalities for w in weeks], color="#c0392b", marker="o", markersize=3.5, linewidth=1.6,
             label="fatalities", zorder=3)
    ax2.set_ylabel("fatalities", fontsize=8, color="#c0392b")
    ax2.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.set_ylim(0, max([w.events for w in weeks] + [1]) * 1.15)
    ax2.set_ylim(0, max([w.fatalities for w in weeks] + [1]) * 1.15)
    step = max(1, math.ceil(len(weeks) / 14))
    ax.set_xticks(xs[::step])
    ax.set_xticklabels([_short(w.start) for w in weeks][::step], fontsize=7, rotation=0)
    ax.set_xlim(-0.6, len(weeks) - 0.4)
    for a in (ax, ax2):
        a.tick_params(labelsize=7)
        for side in ("top",):
            a.spines[side].set_visible(False)
    ax.set_xlabel("7-day periods, by first day", fontsize=7, color="#555555")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper left", fontsize=7, frameon=False, ncol=2)
    if title:
        fig.suptitle(title, fontsize=9, y=0.98)
    return _png(fig)
