"""Score casualty counts against Gun Violence Archive incidents: killed and injured per article and per incident.

The data (`../shared/eval-data/gva-gun-violence-news-casualties`): `incidents.jsonl` (GVA incidents with
`num_killed` / `num_injured`) and `violent_corpus_docs.jsonl` (news articles, each tied to one incident by
`incident_id`). Rules:

* an article is analysed as `sitrep ingest` would (its `content` as text, `title`, published on its `dct`);
* the article's figure is that of its first violent event in text order (Battles, Explosions/Remote violence,
  Violence against civilians, Riots), else its first event: `fatalities` as killed, `wounded` as injured;
  an article with no event gives no figure, which is a miss (`articles_no_event` counts them);
* an incident's figure: its articles' events merged with `sitrep.fusion.merge.merge` (what sitrep does with
  several reports of one happening: ACLED's lowest reported figure, a silent source not counted), as if every
  article had been recognised as the same story; an incident none of whose articles gave an event is a miss;
* killed and injured are compared exactly; articles with empty content and articles of incidents missing from
  `incidents.jsonl` are left out and counted.
"""

from __future__ import annotations

import copy
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import InputError, ParseError, UsageError
from sitrep.evaluation.acled import no_event_reason
from sitrep.model import Article, Event, Reject

__all__ = [
    "TARGETS",
    "CasualtyReport",
    "GvaArticle",
    "GvaIncident",
    "IncidentResult",
    "article_event",
    "count_miss_kind",
    "evaluate_casualties",
    "incident_figures",
    "read_gva",
]

TARGETS: dict[str, float] = {"incident_killed_exact": 0.85, "incident_injured_exact": 0.75}

INCIDENTS = "incidents.jsonl"
DOCS = "violent_corpus_docs.jsonl"
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


@dataclass(frozen=True, slots=True)
class GvaIncident:
    incident_id: str
    date: str
    killed: int
    injured: int
    city: str = ""
    state: str = ""
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class GvaArticle:
    incident_id: str
    doc_id: str
    title: str | None
    published: date | None
    content: str
    where: str  # file:line


@dataclass(slots=True)
class GvaData:
    incidents: dict[str, GvaIncident]
    articles: list[GvaArticle]
    empty_articles: int = 0
    orphan_articles: int = 0  # their incident is not in incidents.jsonl


def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        f = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no {path.name} here: a GVA casualty folder holds {INCIDENTS} and {DOCS}",
                         path=str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=str(path)) from None
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ParseError(f"line {n}: not JSON ({e.msg})", path=str(path)) from None
            if not isinstance(obj, dict):
                raise ParseError(f"line {n}: not a JSON object", path=str(path))
            yield n, obj


def _need(obj: dict[str, Any], keys: tuple[str, ...], path: Path, n: int) -> None:
    missing = [k for k in keys if k not in obj]
    if missing:
        raise ParseError(f"line {n}: no {', '.join(missing)} field (not a GVA {path.name} record)", path=str(path))


def read_gva(folder: str | Path) -> GvaData:
    """Read the GVA incidents and their articles from `folder` (or from the folder of a file given)."""
    d = Path(folder)
    if d.is_file():
        d = d.parent
    if not d.exists():
        raise InputError("no such folder", path=str(d))
    incidents: dict[str, GvaIncident] = {}
    path = d / INCIDENTS
    for n, obj in _lines(path):
        _need(obj, ("incident_uri", "num_killed", "num_injured"), path, n)
        try:
            killed, injured = int(obj["num_killed"]), int(obj["num_injured"])
        except (TypeError, ValueError):
            raise ParseError(f"line {n}: num_killed/num_injured are not numbers", path=str(path)) from None
        iid = str(obj["incident_uri"])
        incidents[iid] = GvaIncident(iid, str(obj.get("date") or ""), killed, injured,
                                     str(obj.get("city_or_county") or ""), str(obj.get("state") or ""),
                                     obj.get("latitude"), obj.get("longitude"))
    data = GvaData(incidents=incidents, articles=[])
    path = d / DOCS
    for n, obj in _lines(path):
        _need(obj, ("incident_id", "content"), path, n)
        content = str(obj.get("content") or "")
        iid = str(obj["incident_id"])
        if iid not in incidents:
            data.orphan_articles += 1
            continue
        if not content.strip():
            data.empty_articles += 1
            continue
        try:
            published = date.fromisoformat(str(obj.get("dct"))[:10]) if obj.get("dct") else None
        except ValueError:
            published = None
        data.articles.append(GvaArticle(iid, str(obj.get("doc_id") or n), obj.get("title") or None, published,
                                        content, f"{path}:line {n}"))
    if not incidents:
        raise ParseError("no incidents", path=str(d / INCIDENTS))
    return data


def article_event(events: Sequence[Event]) -> Event | None:
    """The event whose figures stand for the article: the first violent one in text order, else the first."""
    ordered = sorted(enumerate(events), key=lambda ie: (ie[1].sentence if ie[1].sentence >= 0 else 10**9, ie[0]))
    for _, ev in ordered:
        if ev.event_type in _VIOLENT:
            return ev
    return ordered[0][1] if ordered else None


def incident_figures(events: Sequence[Event]) -> tuple[int, int] | None:
    """Killed and injured of an incident from its articles' events, merged as sitrep merges reports of one
    happening (`sitrep.fusion.merge.merge`); None when no article gave an event."""
    from sitrep.fusion.merge import merge

    if not events:
        return None
    into = copy.deepcopy(events[0])
    for ev in events[1:]:
        into = merge(into, copy.deepcopy(ev))
    return into.fatalities, into.wounded


def count_miss_kind(coded: int | None, gold: int) -> str | None:
    """"no event", "missed (coded 0)", "where GVA has none", "over", "under"; None when equal."""
    if coded is None:
        return "no event"
    if coded == gold:
        return None
    if gold == 0:
        return "where GVA has none"
    if coded == 0:
        return "missed (coded 0)"
    return "over" if coded > gold else "under"


@dataclass(slots=True)
class ArticleResult:
    article: GvaArticle
    killed: int | None  # None: no event
    injured: int | None
    n_events: int
    event: Event | None = None
    reject: str | None = None
    no_event_reason: str | None = None


@dataclass(slots=True)
class IncidentResult:
    incident: GvaIncident
    articles: list[ArticleResult]
    killed: int | None
    injured: int | None

    def as_error(self) -> dict[str, object]:
        inc = self.incident
        return {"incident_id": inc.incident_id, "date": inc.date, "place": f"{inc.city}, {inc.state}",
                "gold": {"killed": inc.killed, "injured": inc.injured},
                "coded": {"killed": self.killed, "injured": self.injured},
                "kinds": {"killed": count_miss_kind(self.killed, inc.killed),
                          "injured": count_miss_kind(self.injured, inc.injured)},
                "articles": [{"doc_id": a.article.doc_id, "where": a.article.where, "title": a.article.title,
                              "killed": a.killed, "injured": a.injured, "n_events": a.n_events,
                              "reject": a.reject, "no_event_reason": a.no_event_reason,
                              "event": None if a.event is None else
                              f"{a.event.event_type} / {a.event.sub_event_type}: {a.event.notes}",
                              "text": a.article.content[:600]} for a in self.articles]}


@dataclass(slots=True)
class CasualtyReport:
    incidents: list[IncidentResult]
    empty_articles: int = 0
    orphan_articles: int = 0
    sampled_from: int | None = None
    seed: int | None = None
    seconds: float = 0.0
    gazetteer: str = ""

    def metrics(self) -> dict[str, Any]:
        arts = [a for i in self.incidents for a in i.articles]
        m: dict[str, Any] = {}

        def share(vals: list[bool]) -> float:
            return round(sum(vals) / len(vals), 4) if vals else 0.0

        m["incident_killed_exact"] = share([i.killed == i.incident.killed for i in self.incidents])
        m["incident_injured_exact"] = share([i.injured == i.incident.injured for i in self.incidents])
        m["incident_both_exact"] = share([i.killed == i.incident.killed and i.injured == i.incident.injured
                                          for i in self.incidents])
        m["article_killed_exact"] = share([a.killed == i.incident.killed for i in self.incidents for a in i.articles])
        m["article_injured_exact"] = share([a.injured == i.incident.injured for i in self.incidents
                                            for a in i.articles])
        # no event read as "no casualties": what the figures would be if a silent article meant 0 / 0
        m["incident_killed_exact_no_event_as_0"] = share([(i.killed or 0) == i.incident.killed
                                                          for i in self.incidents])
        m["incident_injured_exact_no_event_as_0"] = share([(i.injured or 0) == i.incident.injured
                                                           for i in self.incidents])
        m["incidents"] = len(self.incidents)
        m["articles"] = len(arts)
        m["incidents_no_event"] = sum(i.killed is None for i in self.incidents)
        m["articles_no_event"] = sum(a.killed is None for a in arts)
        m["articles_rejected"] = sum(a.reject is not None for a in arts)
        m["articles_several_events"] = sum(a.n_events > 1 for a in arts)
        m["incidents_several_articles"] = sum(len(i.articles) > 1 for i in self.incidents)
        m["articles_empty_skipped"] = self.empty_articles
        m["articles_without_incident_skipped"] = self.orphan_articles
        m["seconds"] = round(self.seconds, 1)
        return m

    def breakdown(self) -> dict[str, Any]:
        kinds: dict[str, Counter[str]] = {"incident_killed": Counter(), "incident_injured": Counter()}
        for i in self.incidents:
            for what, coded, gold in (("killed", i.killed, i.incident.killed),
                                      ("injured", i.injured, i.incident.injured)):
                k = count_miss_kind(coded, gold)
                if k:
                    kinds[f"incident_{what}"][k] += 1
        notes = []
        if self.sampled_from is not None:
            notes.append(f"a random sample of {len(self.incidents)} of {self.sampled_from} incidents "
                         f"(seed {self.seed})")
        reasons = Counter(a.no_event_reason for i in self.incidents for a in i.articles if a.no_event_reason)
        return {"gazetteer": self.gazetteer, "notes": notes,
                "article_no_event_reasons": dict(reasons.most_common()),
                "incident_killed_miss_kinds": dict(kinds["incident_killed"].most_common()),
                "incident_injured_miss_kinds": dict(kinds["incident_injured"].most_common()),
                "killed_by_gold": _by_gold(self.incidents, "killed"),
                "injured_by_gold": _by_gold(self.incidents, "injured")}

    def as_dict(self) -> dict[str, Any]:
        return self.metrics() | self.breakdown()

    def errors(self) -> Iterator[dict[str, object]]:
        for i in self.incidents:
            if i.killed != i.incident.killed or i.injured != i.incident.injured:
                yield i.as_error()


def _by_gold(incidents: list[IncidentResult], what: str) -> dict[str, str]:
    """Per gold value (0, 1, 2, 3, 4+): right / incidents."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for i in incidents:
        gold = getattr(i.incident, what)
        key = str(gold) if gold < 4 else "4+"
        total[key] += 1
        right[key] += getattr(i, what) == gold
    return {k: f"{right[k]}/{total[k]}" for k in sorted(total)}


def evaluate_casualties(
    folder: str | Path,
    *,
    settings: Any = None,
    limit: int | None = None,
    seed: int = 0,
    analyse: Callable[[GvaArticle], Article | Reject] | None = None,
    progress: Callable[[int], None] | None = None,
) -> CasualtyReport:
    """Run the pipeline on every article of every (or a seeded random `limit` of the) GVA incident(s) that has
    articles, and compare killed and injured per article and per incident. `analyse` replaces the pipeline."""
    if limit is not None and limit < 1:
        raise UsageError(f"--limit must be at least 1, not {limit}")
    t0 = time.perf_counter()
    data = read_gva(folder)
    by_incident: dict[str, list[GvaArticle]] = {}
    for a in data.articles:
        by_incident.setdefault(a.incident_id, []).append(a)
    ids = sorted(by_incident, key=lambda x: (len(x), x))
    report = CasualtyReport(incidents=[], empty_articles=data.empty_articles, orphan_articles=data.orphan_articles)
    if limit is not None and limit < len(ids):
        report.sampled_from, report.seed = len(ids), seed
        ids = sorted(random.Random(seed).sample(ids, limit), key=lambda x: (len(x), x))
    if analyse is None:
        from sitrep.evaluation.acled import analyse_text, gazetteer_label
        from sitrep.pipeline import Pipeline
        from sitrep.settings import Settings

        settings = settings or Settings.from_env()
        pipe = Pipeline(settings)
        report.gazetteer = gazetteer_label(settings)

        def analyse(a: GvaArticle) -> Article | Reject:
            return analyse_text(pipe, a.content, published=a.published, path=a.where, title=a.title)

    for iid in ids:
        results = []
        for art in by_incident[iid]:
            out = analyse(art)
            if isinstance(out, Reject):
                results.append(ArticleResult(art, None, None, 0, reject=f"{out.stage}: {out.reason}",
                                             no_event_reason=no_event_reason(out)))
            else:
                ev = article_event(out.events)
                results.append(ArticleResult(art, None if ev is None else ev.fatalities,
                                             None if ev is None else ev.wounded, len(out.events), ev,
                                             no_event_reason=None if ev else no_event_reason(out)))
            if progress:
                progress(1)
        figs = incident_figures([r.event for r in results if r.event is not None])
        report.incidents.append(IncidentResult(data.incidents[iid], results,
                                               None if figs is None else figs[0], None if figs is None else figs[1]))
    report.seconds = time.perf_counter() - t0
    return report
