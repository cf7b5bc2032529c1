"""Import GeoNames dump files into the local gazetteer index used beside the bundled default.

    import_geonames([Path("NE.zip"), Path("admin1CodesASCII.txt")])

Accepted inputs, recognised by their shape (the file name only names the source):
  * the main dump format: a country file (``NE.txt``), ``allCountries.txt``, ``cities500.txt``... — 19
    tab-separated columns; read line by line, so a 12-million-row ``allCountries`` needs only the memory of
    the rows kept. Kept: feature class P (populated places, any population, but not the historical PPLH/PPLCH),
    A/ADM1 and A/ADM2 (admin units, with their own point, used where no seat is marked), A/PCLI (used only for a
    country the bundled default lacks);
  * ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (``CC.code<TAB>name<TAB>asciiname<TAB>geonameid``): admin names;
  * ``countryInfo.txt``: country names and codes;
  * a ``.zip`` holding any of these (``NE.zip`` from download.geonames.org holds NE.txt and a readme), or a ``.gz``.

The index is a directory holding ``index.pickle`` (see `sitrep.geo.gazetteer.imported_index_dir` for where it
lives). Rows are keyed by geonameid, and each remembers the file it came from: importing a file again replaces
that file's rows, importing another country adds to them. The new index is written to a temporary file and
moved into place, so a failed import leaves the previous one intact. Malformed lines are counted and skipped;
a file that is not GeoNames at all raises `GazetteerError` before anything is written.
"""

from __future__ import annotations

import gzip
import os
import pickle
import re
import tempfile
import time
import zipfile
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

from sitrep.errors import GazetteerError
from sitrep.geo.gazetteer import (
    IMPORT_FORMAT,
    empty_index,
    imported_index_dir,
    imported_index_file,
    name_ok,
    read_index,
)

__all__ = ["ImportSummary", "import_geonames"]

# feature codes kept from the main dump (class P: all but the historical ones)
_KEEP_A = frozenset({b"ADM1", b"ADM2", b"PCLI"})
# settled spots GeoNames files under other classes: localities, camps, wells and water holes, ruins. In the Sahel
# many villages exist in GeoNames only as these (a nomad camp, the well a village is named after); they are
# places only where no populated place or unit of that country has the name (see gazetteer._merge_imported).
# Named natural spots of the dry country too -- wadis, marshes and wetlands, seasonal ponds, hills, dunes,
# depressions, islands -- where herders camp and reports place events ("the marsh of Ber", "the wadi of Amachach");
# not streams and lakes, whose names run far from where anyone is
_KEEP_OTHER = {b"L": frozenset({b"LCTY"}), b"S": frozenset({b"CMP", b"RUIN"}),
               b"H": frozenset({b"WLL", b"WTRH", b"WAD", b"MRSH", b"WTLD", b"WTLDI", b"PNDI"}),
               b"T": frozenset({b"HLL", b"HLLS", b"DUNE", b"DPR", b"ISL"})}
_DROP_P = frozenset({b"PPLH", b"PPLCH"})
_PROGRESS_EVERY = 100_000
_MAX_EXAMPLES = 5
_SNIFF_LINES = 50

_ADMIN1_KEY = re.compile(r"^[A-Z]{2}\.[^.\s]+$")
_ADMIN2_KEY = re.compile(r"^[A-Z]{2}\.[^.\s]+\.[^.\s]+$")


@dataclass
class ImportSummary:
    """What `import_geonames` did.

    files: the inputs read (a zip member is named ``NE.zip:NE.txt``); places_added / places_replaced: rows
    (populated places and admin units) new to the index / already there (same geonameid) and replaced;
    admin_units: ADM1/ADM2 rows of the dumps plus entries of admin code tables stored; skipped_lines: malformed
    lines skipped, the first few of them in skipped_examples (``file:line: problem``); places_total: rows in the
    index afterwards; seconds: wall time of the whole import."""

    files: list[str] = field(default_factory=list)
    places_added: int = 0
    places_replaced: int = 0
    admin_units: int = 0
    skipped_lines: int = 0
    index_path: Path | None = None
    seconds: float = 0.0
    skipped_examples: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    places_total: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"files": self.files, "places_added": self.places_added, "places_replaced": self.places_replaced,
                "admin_units": self.admin_units, "skipped_lines": self.skipped_lines,
                "skipped_examples": self.skipped_examples, "countries": self.countries,
                "places_total": self.places_total, "index_path": str(self.index_path) if self.index_path else None,
                "seconds": round(self.seconds, 3)}


# -- reading inputs ---------------------------------------------------------------------------------------
@dataclass
class _Input:
    label: str  # what messages name: "NE.txt", "NE.zip:NE.txt"
    source: str  # the key rows remember: the member's own file name ("NE.txt")
    size: int
    opener: Callable[[], IO[bytes]]
    kind: str = ""


def _inputs(path: Path) -> list[_Input]:
    """The readable inputs of one path: the file itself, or the .txt members of a zip."""
    if not path.exists():
        raise GazetteerError("no such file", path=str(path))
    if path.is_dir():
        raise GazetteerError("is a directory, not a GeoNames file", path=str(path))
    try:
        size = path.stat().st_size
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                members = [i for i in zf.infolist() if not i.is_dir()
                           and not Path(i.filename).name.lower().startswith("readme")
                           and Path(i.filename).suffix.lower() in (".txt", ".tsv", "")]
            if not members:
                raise GazetteerError("zip file holds no GeoNames .txt file", path=str(path))
            return [_Input(f"{path.name}:{m.filename}", Path(m.filename).name, m.file_size,
                           _zip_opener(path, m.filename)) for m in members]
        with path.open("rb") as fh:
            gz = fh.read(2) == b"\x1f\x8b"
    except zipfile.BadZipFile as exc:
        raise GazetteerError(f"broken zip file: {exc}", path=str(path)) from None
    except OSError as exc:
        raise GazetteerError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    if gz:
        return [_Input(path.name, path.name.removesuffix(".gz"), size, lambda: gzip.open(path, "rb"))]  # type: ignore[return-value]
    return [_Input(path.name, path.name, size, lambda: path.open("rb"))]


def _zip_opener(path: Path, member: str) -> Callable[[], IO[bytes]]:
    @contextmanager
    def opener() -> Iterator[IO[bytes]]:
        with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
            yield fh

    return opener  # type: ignore[return-value]


def _main_ok(cols: list[bytes]) -> bool:
    if len(cols) != 19:
        return False
    try:
        int(cols[0])
        lat, lon = float(cols[4]), float(cols[5])
    except ValueError:
        return False
    return -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0 and len(cols[8]) <= 3


def _kind_of(lines: list[bytes]) -> str | None:
    """'main', 'admin1', 'admin2', 'country' or None, from the shape of the first lines."""
    rows = [ln.rstrip(b"\r\n") for ln in lines]
    rows = [r for r in rows if r.strip()]
    if not rows:
        return None
    first = rows[0].split(b"\t")
    if rows[0].startswith(b"#ISO") or (len(first) >= 17 and first[0] == b"ISO" and first[1] == b"ISO3"):
        return "country"
    data = [r.split(b"\t") for r in rows if not r.startswith(b"#")]
    if not data:
        return None
    votes = {"main": 0, "admin1": 0, "admin2": 0, "country": 0}
    for cols in data:
        key = cols[0].decode("utf-8", "replace")
        if _main_ok(cols):
            votes["main"] += 1
        elif len(cols) == 4 and _ADMIN1_KEY.match(key):
            votes["admin1"] += 1
        elif len(cols) == 4 and _ADMIN2_KEY.match(key):
            votes["admin2"] += 1
        elif len(cols) >= 17 and re.fullmatch(r"[A-Z]{2}", key) and re.fullmatch(rb"[A-Z]{3}", cols[1]):
            votes["country"] += 1
    kind, n = max(votes.items(), key=lambda kv: kv[1])
    return kind if n * 2 >= len(data) else None


def _sniff(inp: _Input) -> str:
    try:
        with inp.opener() as fh:
            head = fh.read(65536)
            lines = head.split(b"\n")
            if len(head) == 65536 and len(lines) > 1:
                lines = lines[:-1]  # a partial last line
    except (OSError, EOFError, zipfile.BadZipFile, gzip.BadGzipFile) as exc:
        raise GazetteerError(f"cannot read: {exc}", path=inp.label) from None
    if b"\x00" in head:
        raise GazetteerError("not a GeoNames file: binary content", path=inp.label)
    kind = _kind_of(lines[:_SNIFF_LINES])
    if kind is None:
        first = next((ln for ln in lines if ln.strip()), b"")
        ncols = len(first.split(b"\t")) if first else 0
        raise GazetteerError(
            "not a GeoNames file: expected the 19-column tab-separated dump format (NE.txt, allCountries.txt), "
            f"admin1CodesASCII.txt/admin2Codes.txt (4 columns) or countryInfo.txt; the first line has {ncols} "
            f"tab-separated column{'s' if ncols != 1 else ''}" if first else "not a GeoNames file: it is empty",
            path=inp.label)
    return kind


# -- the import -------------------------------------------------------------------------------------------
class _Run:
    def __init__(self, index: dict[str, object], summary: ImportSummary,
                 progress: Callable[[int], None] | None, countries: frozenset[str] | None) -> None:
        self.index = index
        self.places: dict[int, tuple] = index["places"]  # type: ignore[assignment]
        self.summary = summary
        self.progress = progress
        self.countries = countries
        self.lines = 0
        self.before = set(self.places)  # ids in the index before this import
        self.seen: set[int] = set()
        self._intern: dict[str, str] = {}

    def s(self, text: str) -> str:
        return self._intern.setdefault(text, text)

    def skip(self, label: str, lineno: int, why: str) -> None:
        self.summary.skipped_lines += 1
        if len(self.summary.skipped_examples) < _MAX_EXAMPLES:
            self.summary.skipped_examples.append(f"{label}:{lineno}: {why}")

    def tick(self) -> None:
        self.lines += 1
        if self.progress is not None and self.lines % _PROGRESS_EVERY == 0:
            self.progress(self.lines)

    def rows(self, fh: IO[bytes], *, header: bytes | None = None) -> Iterator[tuple[int, list[bytes]]]:
        """(line number, tab-separated columns) of every line that is not blank, a comment or `header`."""
        for lineno, raw in enumerate(fh, 1):
            self.tick()
            if raw.startswith(b"#") or not raw.strip() or (header is not None and raw.startswith(header)):
                continue
            yield lineno, raw.rstrip(b"\r\n").split(b"\t")

    def read_main(self, inp: _Input) -> None:
        source = self.s(inp.source)
        # importing a file again replaces its rows: drop what it gave last time
        for gid in [g for g, r in self.places.items() if r[11] == source]:
            del self.places[gid]
        want = self.countries
        kept = 0
        with inp.opener() as fh:
            for lineno, cols in self.rows(fh):
                if len(cols) != 19:
                    self.skip(inp.label, lineno, f"{len(cols)} columns, expected 19")
                    continue
                fclass, fcode = cols[6], cols[7]
                if fclass == b"P":
                    if fcode in _DROP_P:
                        continue
                elif fclass == b"A":
                    if fcode not in _KEEP_A:
                        continue
                elif fcode not in _KEEP_OTHER.get(fclass, ()):
                    continue
                try:
                    gid = int(cols[0])
                    lat, lon = float(cols[4]), float(cols[5])
                    pop = int(cols[14] or 0)
                    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or gid <= 0 or pop < 0:
                        raise ValueError("coordinates out of range")
                    name = cols[1].decode("utf-8").strip()
                    ascii_ = cols[2].decode("utf-8").strip()
                    cc = cols[8].decode("ascii").strip().upper()
                    alts = cols[3].decode("utf-8")
                    a1 = cols[10].decode("utf-8").strip()
                    a2 = cols[11].decode("utf-8").strip()
                except (ValueError, UnicodeDecodeError) as exc:
                    self.skip(inp.label, lineno, f"bad value ({exc})")
                    continue
                if not name or len(cc) != 2:
                    self.skip(inp.label, lineno, "no name or no country code")
                    continue
                if want is not None and cc not in want:
                    continue
                fc = fcode.decode("ascii")
                names = {name, ascii_}
                others = tuple(sorted({self.s(a) for a in (x.strip() for x in alts.split(",")) if a
                                       and a not in names and name_ok(a)}))
                a1 = "" if a1 in ("00", "") else a1
                self.places[gid] = (gid, name, ascii_ if ascii_ != name else name, self.s(cc), self.s(a1),
                                    self.s(a2), lat, lon, pop, self.s(fc), others, source)
                kept += 1
                if fc in ("ADM1", "ADM2"):
                    self.summary.admin_units += 1
                if gid in self.before:
                    if gid not in self.seen:
                        self.summary.places_replaced += 1
                elif gid not in self.seen:
                    self.summary.places_added += 1
                self.seen.add(gid)
        self._record(inp, kept)

    def read_codes(self, inp: _Input, kind: str) -> None:
        table: dict[tuple[str, ...], tuple[str, str, int | None]] = self.index[kind]  # type: ignore[assignment]
        rx = _ADMIN1_KEY if kind == "admin1" else _ADMIN2_KEY
        kept = 0
        with inp.opener() as fh:
            for lineno, cols in self.rows(fh):
                try:
                    key = cols[0].decode("utf-8")
                    if len(cols) != 4 or not rx.match(key):
                        raise ValueError(f"{len(cols)} columns / key {key[:30]!r}")
                    name, ascii_ = cols[1].decode("utf-8").strip(), cols[2].decode("utf-8").strip()
                    gid = int(cols[3]) if cols[3].strip() else None
                except (ValueError, UnicodeDecodeError) as exc:
                    self.skip(inp.label, lineno, f"bad admin code line ({exc})")
                    continue
                parts = tuple(self.s(p) for p in key.split("."))
                table[parts] = (name, ascii_ or name, gid)
                kept += 1
        self.summary.admin_units += kept
        self._record(inp, kept)

    def read_countries(self, inp: _Input) -> None:
        table: dict[str, dict[str, object]] = self.index["countries"]  # type: ignore[assignment]
        kept = 0
        with inp.opener() as fh:
            for lineno, cols in self.rows(fh, header=b"ISO\tISO3"):
                try:
                    if len(cols) < 17 or not re.fullmatch(rb"[A-Z]{2}", cols[0]):
                        raise ValueError(f"{len(cols)} columns")
                    d = [c.decode("utf-8").strip() for c in cols]
                    table[d[0]] = {"name": d[4], "iso3": d[1], "isonumeric": int(d[2] or 0), "capital": d[5] or None,
                                   "population": int(d[7] or 0), "geonameid": int(d[16]) if d[16] else None}
                except (ValueError, UnicodeDecodeError) as exc:
                    self.skip(inp.label, lineno, f"bad countryInfo line ({exc})")
                    continue
                kept += 1
        self._record(inp, kept)

    def _record(self, inp: _Input, kept: int) -> None:
        sources: dict[str, dict[str, object]] = self.index["sources"]  # type: ignore[assignment]
        sources[inp.source] = {"file": inp.label, "kind": inp.kind, "size": inp.size, "rows": kept,
                               "imported": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        self.summary.files.append(inp.label)


def import_geonames(
    paths: Sequence[Path],
    *,
    target: Path | None = None,
    progress: Callable[[int], None] | None = None,
    countries: Collection[str] | None = None,
) -> ImportSummary:
    """Import GeoNames files into the local index and return what was done.

    paths: country dumps (``NE.txt``/``NE.zip``), ``allCountries.txt``/``.zip``, ``admin1CodesASCII.txt``,
    ``admin2Codes.txt``, ``countryInfo.txt`` in any order (code tables are read first). target: the index
    directory (default: the ``gazetteer`` setting's $SITREP_GAZETTEER, else ``user_data_dir("sitrep")/gazetteer``).
    progress: called with the number of lines read so far (all files together) every 100,000 lines and at
    the end. countries: keep only places of these ISO alpha-2 codes (for ``allCountries``).
    Raises GazetteerError, naming the file, for a missing or non-GeoNames file; nothing is written then."""
    t0 = time.perf_counter()
    if not paths:
        raise GazetteerError("nothing to import: give GeoNames files (NE.txt, NE.zip, allCountries.zip, "
                             "admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt)")
    directory = Path(target) if target is not None else imported_index_dir()
    if directory is None:
        raise GazetteerError("the gazetteer setting is 'none': give a target directory for the import")
    index_path = imported_index_file(directory)
    assert index_path is not None
    want = frozenset(c.strip().upper() for c in countries) if countries is not None else None

    # every input recognised before anything heavy is read: a bad 5th file fails in a second, not in 10 minutes
    inputs: list[_Input] = []
    for p in paths:
        for inp in _inputs(Path(p)):
            inp.kind = _sniff(inp)
            inputs.append(inp)
    order = {"country": 0, "admin1": 1, "admin2": 2, "main": 3}
    inputs.sort(key=lambda i: order[i.kind])  # stable: the given order within a kind

    index = read_index(index_path) if index_path.exists() else empty_index()
    summary = ImportSummary(index_path=index_path)
    run = _Run(index, summary, progress, want)
    for inp in inputs:
        try:
            if inp.kind == "main":
                run.read_main(inp)
            elif inp.kind == "country":
                run.read_countries(inp)
            else:
                run.read_codes(inp, inp.kind)
        except (OSError, EOFError, zipfile.BadZipFile, gzip.BadGzipFile) as exc:
            raise GazetteerError(f"cannot read: {exc}", path=inp.label) from None
    if progress is not None:
        progress(run.lines)
    places: dict[int, tuple] = index["places"]  # type: ignore[assignment]
    summary.countries = sorted({r[3] for r in places.values()})
    summary.places_total = len(places)
    index["format"] = IMPORT_FORMAT
    _write_atomic(index_path, index)
    summary.seconds = time.perf_counter() - t0
    return summary


def _write_atomic(path: Path, index: dict[str, object]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".index-", suffix=".tmp")
    except OSError as exc:
        raise GazetteerError(f"cannot write the gazetteer index: {exc.strerror or exc}", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise GazetteerError(f"cannot write the gazetteer index: {exc.strerror or exc}", path=str(path)) from None
        raise
