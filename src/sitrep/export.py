"""Export events: ACLED-column CSV, UCDP GED-column CSV, Parquet, GeoJSON and JSON Lines."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep.errors import UsageError
from sitrep.model import Event

__all__ = ["ACLED_COLUMNS", "FORMATS", "UCDP_COLUMNS", "export_contradictions", "export_events"]

# ACLED's export columns and order (ACLED data export, 2023 codebook).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
# UCDP GED's columns and order (GED 23.1 / 24.1 CSV).
UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
    "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
    "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
    "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best_est", "high_est", "low_est",
)

_REGIONS = {  # ACLED region names for the countries sitrep's sample covers; others left blank
    "NE": "Western Africa", "ML": "Western Africa", "BF": "Western Africa", "NG": "Western Africa",
    "BJ": "Western Africa", "TG": "Western Africa", "GH": "Western Africa", "CI": "Western Africa",
    "SN": "Western Africa", "MR": "Western Africa", "GN": "Western Africa", "GM": "Western Africa",
    "LR": "Western Africa", "SL": "Western Africa", "GW": "Western Africa", "TD": "Middle Africa",
    "CM": "Middle Africa", "CF": "Middle Africa", "SD": "Northern Africa", "LY": "Northern Africa",
    "DZ": "Northern Africa",
}


def _fmt(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


def _source_names(ev: Event) -> str:
    return "; ".join(dict.fromkeys(s.outlet or s.url or s.article_id for s in ev.sources))


def _acled_row(ev: Event) -> dict[str, Any]:
    return {
        "event_id_cnty": ev.event_id, "event_date": _fmt(ev.event_date),
        "year": ev.event_date.year if ev.event_date else None, "time_precision": ev.time_precision,
        "disorder_type": ev.disorder_type, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1, "assoc_actor_1": ev.assoc_actor_1, "inter1": ev.inter1, "actor2": ev.actor2,
        "assoc_actor_2": ev.assoc_actor_2, "inter2": ev.inter2, "interaction": ev.interaction,
        "civilian_targeting": ev.civilian_targeting, "iso": ev.iso, "region": _REGIONS.get(ev.country_code or ""),
        "country": ev.country, "admin1": ev.admin1, "admin2": ev.admin2, "admin3": None, "location": ev.location,
        "latitude": ev.latitude, "longitude": ev.longitude, "geo_precision": ev.geo_precision,
        "source": _source_names(ev), "source_scale": None, "notes": ev.notes, "fatalities": ev.fatalities,
        "tags": None, "timestamp": int(ev.updated.timestamp()) if ev.updated else None,
    }


def _ucdp_row(ev: Event) -> dict[str, Any]:
    violence = 3 if ev.event_type == "Violence against civilians" else (
        1 if (ev.inter1 == 1 or ev.inter2 == 1) else 2)
    first = ev.sources[0] if ev.sources else None
    return {
        "id": ev.event_id, "relid": ev.event_id, "year": ev.event_date.year if ev.event_date else None,
        "active_year": None, "code_status": "sitrep", "type_of_violence": violence,
        "conflict_dset_id": None, "conflict_new_id": None, "conflict_name": None, "dyad_dset_id": None,
        "dyad_new_id": None, "dyad_name": f"{ev.actor1} - {ev.actor2}" if ev.actor1 and ev.actor2 else None,
        "side_a_dset_id": None, "side_a_new_id": None,
        "side_a": ev.actor2 if ev.inter2 == 1 and ev.inter1 != 1 else ev.actor1,
        "side_b_dset_id": None, "side_b_new_id": None,
        "side_b": ev.actor1 if ev.inter2 == 1 and ev.inter1 != 1 else ev.actor2,
        "number_of_sources": ev.number_of_sources, "source_article": _source_names(ev),
        "source_office": first.outlet if first else None, "source_date": _fmt(first.published) if first else None,
        "source_headline": first.title if first else None, "source_original": None,
        "where_prec": ev.where_prec, "where_coordinates": ev.location,
        "where_description": ev.location_text or ev.location, "adm_1": ev.admin1, "adm_2": ev.admin2, "latitude": ev.latitude,
        "longitude": ev.longitude,
        "geom_wkt": f"POINT ({ev.longitude} {ev.latitude})" if ev.latitude is not None else None,
        "priogrid_gid": None, "country": ev.country, "country_id": ev.iso, "region": _REGIONS.get(ev.country_code or ""),
        "event_clarity": 1 if ev.time_precision == 1 else 2, "date_prec": _ucdp_date_prec(ev.time_precision),
        "date_start": _fmt(ev.date_start), "date_end": _fmt(ev.date_end), "deaths_a": ev.deaths_a,
        "deaths_b": ev.deaths_b, "deaths_civilians": ev.deaths_civilians, "deaths_unknown": ev.deaths_unknown,
        "best_est": ev.best, "high_est": ev.high, "low_est": ev.low,
    }


def _ucdp_date_prec(p: int) -> int:
    return {1: 1, 2: 3, 3: 4}.get(p, 5)


def _record(ev: Event) -> dict[str, Any]:
    d = asdict(ev)

    def conv(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: conv(v) for k, v in x.items()}
        if isinstance(x, list):
            return [conv(v) for v in x]
        return _fmt(x)

    return conv(d)  # type: ignore[no-any-return]


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside `path` and move it into place: a failed export leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_csv(rows: list[dict[str, Any]], columns: Sequence[str], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(columns))
        w.writeheader()
        w.writerows(rows)


def _write_jsonl(events: Sequence[Event], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for ev in events:
            fh.write(json.dumps(_record(ev), ensure_ascii=False) + "\n")


def _write_geojson(events: Sequence[Event], path: Path) -> None:
    feats = []
    for ev in events:
        props = _record(ev)
        props.pop("evidence", None)
        geom = ({"type": "Point", "coordinates": [ev.longitude, ev.latitude]}
                if ev.latitude is not None and ev.longitude is not None else None)
        feats.append({"type": "Feature", "id": ev.event_id, "geometry": geom, "properties": props})
    with path.open("w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": feats}, fh, ensure_ascii=False)


def _write_parquet(events: Sequence[Event], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sitrep.store.schema import EVENT_COLUMNS

    cols = [c for c, _ in EVENT_COLUMNS]
    data: dict[str, list[Any]] = {c: [getattr(ev, c) for ev in events] for c in cols}
    data["sources"] = [json.dumps(_record(ev)["sources"]) for ev in events]
    data["evidence"] = [json.dumps(_record(ev)["evidence"]) for ev in events]
    data["disagreements"] = [json.dumps(_record(ev)["disagreements"]) for ev in events]
    types = {"event_date": pa.date32(), "date_start": pa.date32(), "date_end": pa.date32(),
             "first_seen": pa.timestamp("s"), "updated": pa.timestamp("s")}
    schema_fields = []
    for c in data:
        if c in types:
            schema_fields.append(pa.field(c, types[c]))
        else:
            schema_fields.append(pa.field(c, pa.array(data[c]).type if any(v is not None for v in data[c])
                                          else pa.string()))
    table = pa.table({c: pa.array(v, type=f.type) for (c, v), f in zip(data.items(), schema_fields)})
    pq.write_table(table, path)


FORMATS = ("acled-csv", "ucdp-csv", "parquet", "geojson", "jsonl")


def export_events(events: Sequence[Event], path: str | Path, fmt: str) -> int:
    """Write `events` to `path` in `fmt`; returns the number written."""
    p = Path(path)
    if fmt == "acled-csv":
        rows = [_acled_row(e) for e in events]
        _atomic(p, lambda t: _write_csv(rows, ACLED_COLUMNS, t))
    elif fmt == "ucdp-csv":
        rows = [_ucdp_row(e) for e in events]
        _atomic(p, lambda t: _write_csv(rows, UCDP_COLUMNS, t))
    elif fmt == "jsonl":
        _atomic(p, lambda t: _write_jsonl(events, t))
    elif fmt == "geojson":
        _atomic(p, lambda t: _write_geojson(events, t))
    elif fmt == "parquet":
        _atomic(p, lambda t: _write_parquet(events, t))
    else:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return len(events)


_CONTRADICTION_COLUMNS = ("event_id", "event_type", "sub_event_type", "event_date", "country", "admin1", "location",
                          "field", "kind", "article_id", "outlet", "published", "value", "text")


def export_contradictions(items: Sequence[dict[str, Any]], path: str | Path) -> int:
    """Contradictions (from `sitrep.query.contradictions`) as CSV (a row per source value) or JSON Lines (one
    object per contradiction), by the file's suffix; returns the number of source values written."""
    import csv

    p = Path(path)
    if p.suffix.lower() not in (".csv", ".jsonl"):
        raise UsageError(f"{p}: contradictions are written as .csv or .jsonl")
    n = sum(len(c["values"]) for c in items)
    try:
        with p.open("w", encoding="utf-8", newline="") as f:
            if p.suffix.lower() == ".jsonl":
                for c in items:
                    f.write(json.dumps(c, default=str, ensure_ascii=False) + "\n")
                return n
            w = csv.writer(f)
            w.writerow(_CONTRADICTION_COLUMNS)
            for c in items:
                for v in c["values"]:
                    row = {**{k: c.get(k) for k in _CONTRADICTION_COLUMNS}, **v}
                    w.writerow(["" if row.get(k) is None else row.get(k) for k in _CONTRADICTION_COLUMNS])
    except OSError as exc:
        raise UsageError(f"cannot write {p}: {exc}") from exc
    return n
