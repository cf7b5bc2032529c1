"""The golden-corpus accuracy gate: run the pipeline over the bundled sample and score it against
tests/golden/sample_expected.json (one entry per real-world event) and sample_no_events.json.

Matching: a stored event can stand for a golden event when its sources include at least one of the golden
event's files and its event_type agrees; among those pairs the best one-to-one matching is chosen (most pairs,
then most agreeing fields). Scores:

* recall          golden events that got a stored event
* precision       stored events that got a golden event (a second event for one happening is a false one)
* event_type      stored events coded from articles of a golden event that carry that event's type
* field accuracy  over the matched pairs: sub_event_type, actor1, actor2 (exact ACLED names), admin1
                  (accent/case folded), fatalities (exact), event_date inside the golden window,
                  number_of_sources, and the wounded / abducted / arrested counts where the golden gives one

Run `pytest tests/test_golden_sample.py -s` to see the table. The floors below are set a little under what
the pipeline measured when they were last raised: lower one only with a reason.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitrep import query
from sitrep.cli import sample_dir
from sitrep.model import Event
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.store.db import Store

GOLDEN = Path(__file__).resolve().parent / "golden"
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}

# Pinned floors: a share in [0, 1]. Measured 1.000 on every score (2026-11-23, 24 golden events); 0.95 lets one
# of 24 slip. The coder was developed against this corpus, so these are regression floors, not accuracy claims.
FLOORS: dict[str, float] = {
    "recall": 0.95,
    "precision": 0.95,
    "event_type": 0.95,
    "sub_event_type": 0.95,
    "actor1": 0.95,
    "actor2": 0.95,
    "admin1": 0.95,
    "fatalities": 0.95,
    "date": 0.95,
    "number_of_sources": 0.95,
    "wounded": 0.95,
    "abducted": 0.95,
    "arrested": 0.95,
}


def golden_name(path: str) -> str:
    """The golden name of an article: the file name, `file.jsonl#N` for line N of a JSON Lines file."""
    name = Path(path.split(":line ")[0]).name
    if ":line " in path:
        name += "#" + path.rsplit(":line ", 1)[1].strip()
    return name


def fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment for an n x m matrix, n <= m: the column given to each row."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    out = [-1] * n
    for j in range(1, m + 1):
        if p[j]:
            out[p[j] - 1] = j - 1
    return out


@dataclass
class Scores:
    golden: int = 0
    stored: int = 0
    matched: list[tuple[dict[str, Any], Event]] = field(default_factory=list)
    unmatched_golden: list[str] = field(default_factory=list)
    unmatched_stored: list[Event] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # article id -> golden file name
    typed: tuple[int, int] = (0, 0)  # stored events from golden articles with the right type / all of them
    fields: dict[str, tuple[int, int]] = field(default_factory=dict)  # right / scored
    misses: dict[str, list[str]] = field(default_factory=dict)
    no_event_violent: list[Event] = field(default_factory=list)
    no_event_any: list[Event] = field(default_factory=list)

    def share(self, name: str) -> float:
        if name == "recall":
            return len(self.matched) / self.golden if self.golden else 1.0
        if name == "precision":
            return len(self.matched) / self.stored if self.stored else 1.0
        if name == "event_type":
            return self.typed[0] / self.typed[1] if self.typed[1] else 1.0
        right, n = self.fields.get(name, (0, 0))
        return right / n if n else 1.0

    def rows(self) -> Iterator[tuple[str, str, float]]:
        yield "recall", f"{len(self.matched)}/{self.golden}", self.share("recall")
        yield "precision", f"{len(self.matched)}/{self.stored}", self.share("precision")
        yield "event_type", f"{self.typed[0]}/{self.typed[1]}", self.share("event_type")
        for name, (right, n) in self.fields.items():
            yield name, f"{right}/{n}", self.share(name)

    def table(self) -> str:
        lines = ["golden sample: score            n       share   floor"]
        for name, frac, share in self.rows():
            lines.append(f"  {name:<22} {frac:>7}   {share:6.3f}   {FLOORS.get(name, 0):.2f}")
        lines.append(f"  violent events from no-event files: {len(self.no_event_violent)}"
                     f" (any event: {len(self.no_event_any)})")
        for name, miss in self.misses.items():
            for m in miss:
                lines.append(f"  miss {name}: {m}")
        for gid in self.unmatched_golden:
            lines.append(f"  golden not found: {gid}")
        for ev in self.unmatched_stored:
            lines.append(f"  extra stored event: {ev.event_type} / {ev.sub_event_type} {ev.actor1} | {ev.actor2} "
                         f"| {ev.location} {ev.event_date} ({', '.join(self.names.get(s.article_id, s.article_id) for s in ev.sources)})")
        return "\n".join(lines)


def _date_ok(g: dict[str, Any], ev: Event) -> bool:
    if ev.event_date is None:
        return False
    return date.fromisoformat(g["date_start"]) <= ev.event_date <= date.fromisoformat(g["date_end"])


CHECKS: dict[str, Any] = {
    "sub_event_type": lambda g, e: (g["sub_event_type"], e.sub_event_type),
    "actor1": lambda g, e: (g["actor1"], e.actor1),
    "actor2": lambda g, e: (g["actor2"], e.actor2),
    "admin1": lambda g, e: (fold(g["admin1"]), fold(e.admin1)),
    "fatalities": lambda g, e: (g["fatalities"], e.fatalities),
    "date": lambda g, e: (f"{g['date_start']}..{g['date_end']}", e.event_date if _date_ok(g, e) else
                          f"{e.event_date} (outside)"),
    "number_of_sources": lambda g, e: (len(g["files"]), e.number_of_sources),
    "wounded": lambda g, e: (g["wounded"], e.wounded),
    "abducted": lambda g, e: (g["abducted"], e.abducted),
    "arrested": lambda g, e: (g["arrested"], e.arrested),
}


def _agree(name: str, g: dict[str, Any], ev: Event) -> bool | None:
    if name in ("wounded", "abducted", "arrested") and g[name] is None:
        return None  # mentioned without a usable number: not scored
    if name == "date":
        return _date_ok(g, ev)
    want, got = CHECKS[name](g, ev)
    return bool(want == got)


def score(store: Store) -> Scores:
    golden: list[dict[str, Any]] = json.loads((GOLDEN / "sample_expected.json").read_text(encoding="utf-8"))
    no_events = {d["file"] for d in json.loads((GOLDEN / "sample_no_events.json").read_text(encoding="utf-8"))}
    paths = dict(store.con.execute("SELECT id, path FROM articles").fetchall())
    events = query.events(store)
    files_of = [{golden_name(paths.get(s.article_id, s.article_id) or "") for s in ev.sources} for ev in events]
    sc = Scores(golden=len(golden), stored=len(events),
                names={k: golden_name(v or "") for k, v in paths.items()})
    golden_of_file = {f: g for g in golden for f in g["files"]}

    # event_type: every stored event coded from a golden event's articles
    right = total = 0
    for ev, files in zip(events, files_of):
        gs = [golden_of_file[f] for f in files if f in golden_of_file]
        if gs:
            total += 1
            right += any(g["event_type"] == ev.event_type for g in gs)
        if files & no_events:
            sc.no_event_any.append(ev)
            if ev.event_type in VIOLENT:
                sc.no_event_violent.append(ev)
    sc.typed = (right, total)

    # one-to-one matching: pairs that share a file and the event_type; most pairs, then most agreeing fields
    big = 1000.0
    cost = [[0.0] * max(len(events), 1) for _ in golden]
    for i, g in enumerate(golden):
        for j, (ev, files) in enumerate(zip(events, files_of)):
            if files & set(g["files"]) and ev.event_type == g["event_type"]:
                agree = sum(bool(_agree(name, g, ev)) for name in CHECKS)
                cost[i][j] = -(big + agree + len(files & set(g["files"])))
    if len(events) >= len(golden):
        assign = _hungarian(cost)
    else:  # more golden than stored: assign columns to rows on the transpose
        cols = _hungarian([list(r) for r in zip(*cost)])
        assign = [-1] * len(golden)
        for j, i in enumerate(cols):
            if i >= 0:
                assign[i] = j
    used: set[int] = set()
    for i, g in enumerate(golden):
        j = assign[i]
        if j >= 0 and j < len(events) and cost[i][j] <= -big:
            sc.matched.append((g, events[j]))
            used.add(j)
        else:
            sc.unmatched_golden.append(f"{g['id']} {g['event_type']} / {g['sub_event_type']} {g['files']}")
    sc.unmatched_stored = [ev for j, ev in enumerate(events) if j not in used]

    for name in CHECKS:
        ok = n = 0
        for g, ev in sc.matched:
            a = _agree(name, g, ev)
            if a is None:
                continue
            n += 1
            ok += a
            if not a:
                want, got = CHECKS[name](g, ev)
                sc.misses.setdefault(name, []).append(f"{g['id']}: want {want!r}, got {got!r}")
        sc.fields[name] = (ok, n)
    return sc


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("golden") / "sample.duckdb")
    try:
        Pipeline(Settings(workers=1)).ingest([sample_dir()], store)
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def sample_scores(sample_store: Store) -> Scores:
    return score(sample_store)


def test_golden_names() -> None:
    assert golden_name("/x/029_reader-export_saved-articles.jsonl:line 4") == "029_reader-export_saved-articles.jsonl#4"
    assert golden_name("/x/004_radio-dunes_ayorou-attack.html") == "004_radio-dunes_ayorou-attack.html"


def test_hungarian_prefers_more_pairs() -> None:
    # row 0 could take column 0 or 1, row 1 only column 0: both rows must be served
    assert _hungarian([[-2.0, -1.0], [-1.5, 0.0]]) == [1, 0]


def test_golden_sample_scores(sample_scores: Scores) -> None:
    print("\n" + sample_scores.table())
    low = {name: round(sample_scores.share(name), 3) for name in FLOORS if sample_scores.share(name) < FLOORS[name]}
    assert not low, f"below the floor: {low} (floors {FLOORS})"


def test_no_violent_event_from_no_event_files(sample_scores: Scores) -> None:
    assert not sample_scores.no_event_violent, [(e.event_type, e.notes) for e in sample_scores.no_event_violent]


# every value a stored event carries is traceable to the words (or, for a date, the publication) that say it
TRACED = ("event_type", "event_date", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "location",
          "fatalities", "wounded", "abducted", "arrested")


def test_every_stored_value_has_its_evidence(sample_store: Store) -> None:
    con = sample_store.con
    have = {(e, f) for e, f in con.execute("SELECT DISTINCT event_id, field FROM evidence").fetchall()}
    cols = ", ".join(TRACED)
    missing = []
    for row in con.execute(f"SELECT event_id, {cols} FROM events").fetchall():
        for name, value in zip(TRACED, row[1:]):
            if value not in (None, 0, "") and (row[0], name) not in have:
                missing.append((row[0], name, value))
    assert not missing

