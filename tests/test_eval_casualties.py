"""`sitrep eval casualties`: reading the GVA shape, the per-article and per-incident figures by hand, the CLI.

tests/data/eval/gva holds three invented incidents and five invented articles in the shape of the GVA set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.errors import InputError, ParseError
from sitrep.evaluation.casualties import (
    GvaArticle,
    article_event,
    count_miss_kind,
    evaluate_casualties,
    incident_figures,
    read_gva,
)
from sitrep.model import Article, Event, Reject

GVA = Path(__file__).resolve().parent / "data" / "eval" / "gva"


def test_read_gva() -> None:
    data = read_gva(GVA)
    assert sorted(data.incidents) == ["10", "12", "14"]
    assert (data.incidents["10"].killed, data.incidents["10"].injured) == (2, 1)
    assert [a.doc_id for a in data.articles] == ["a1", "a2", "b1"]
    assert (data.empty_articles, data.orphan_articles) == (1, 1)
    assert data.articles[0].published is not None and data.articles[0].published.isoformat() == "2016-03-04"
    assert read_gva(GVA / "incidents.jsonl").incidents.keys() == data.incidents.keys()  # a file: its folder


def test_read_gva_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such folder"):
        read_gva(tmp_path / "nowhere")
    with pytest.raises(InputError, match="incidents.jsonl"):
        read_gva(tmp_path)
    (tmp_path / "incidents.jsonl").write_text('{"incident_uri": "1", "num_killed": 1, "num_injured": 0}\n{oops\n',
                                              encoding="utf-8")
    with pytest.raises(ParseError, match="line 2: not JSON"):
        read_gva(tmp_path)
    (tmp_path / "incidents.jsonl").write_text('{"incident_uri": "1", "killed": 1}\n', encoding="utf-8")
    with pytest.raises(ParseError, match="no num_killed, num_injured field"):
        read_gva(tmp_path)


def test_article_event_first_violent() -> None:
    arrest = Event(event_type="Strategic developments", sentence=0)
    shooting = Event(event_type="Violence against civilians", sentence=2)
    assert article_event([shooting, arrest]) is shooting
    assert article_event([arrest]) is arrest
    assert article_event([]) is None


def test_incident_figures_merge_rule() -> None:
    # ACLED's lowest reported figure; a source silent on a figure (0) does not count
    assert incident_figures([Event(fatalities=3), Event(fatalities=2, wounded=4)]) == (2, 4)
    assert incident_figures([Event(fatalities=0), Event(fatalities=1)]) == (1, 0)
    assert incident_figures([]) is None
    ev = Event(fatalities=3)
    incident_figures([ev, Event(fatalities=1)])
    assert ev.fatalities == 3  # the events themselves are not changed


@pytest.mark.parametrize(("coded", "gold", "kind"), [
    (None, 1, "no event"), (1, 1, None), (2, 0, "where GVA has none"), (0, 2, "missed (coded 0)"),
    (3, 2, "over"), (1, 2, "under"),
])
def test_count_miss_kind(coded: int | None, gold: int, kind: str | None) -> None:
    assert count_miss_kind(coded, gold) == kind


def test_report_by_hand() -> None:
    figures = {"a1": (2, 1), "a2": (2, 0), "b1": None}

    def analyse(a: GvaArticle) -> Article | Reject:
        f = figures[a.doc_id]
        evs = [] if f is None else [Event(event_type="Violence against civilians", fatalities=f[0], wounded=f[1])]
        return Article(id=a.doc_id, text=a.content, events=evs)

    rep = evaluate_casualties(GVA, analyse=analyse)
    m = rep.metrics()
    # incident 10: min(2, 2) killed, injured 1 (the second article is silent) -> right; incident 12: no event
    assert (m["incident_killed_exact"], m["incident_injured_exact"], m["incident_both_exact"]) == (0.5, 0.5, 0.5)
    assert m["article_killed_exact"] == pytest.approx(0.6667) and m["article_injured_exact"] == pytest.approx(0.3333)
    assert (m["incident_killed_exact_no_event_as_0"], m["incident_injured_exact_no_event_as_0"]) == (1.0, 0.5)
    assert (m["incidents"], m["articles"], m["incidents_no_event"], m["articles_no_event"]) == (2, 3, 1, 1)
    assert (m["articles_empty_skipped"], m["articles_without_incident_skipped"]) == (1, 1)
    b = rep.breakdown()
    assert b["incident_killed_miss_kinds"] == {"no event": 1} and b["killed_by_gold"] == {"0": "0/1", "2": "1/1"}
    errors = list(rep.errors())
    assert [e["incident_id"] for e in errors] == ["12"]
    json.dumps(errors)
    sample = evaluate_casualties(GVA, limit=1, seed=1, analyse=analyse)
    assert sample.metrics()["incidents"] == 1 and sample.sampled_from == 2


def test_cli_json() -> None:
    env = dict(os.environ, SITREP_WORKERS="1", SITREP_GAZETTEER="none")
    p = subprocess.run([sys.executable, "-m", "sitrep.cli", "eval", "casualties", str(GVA), "--json"],
                       capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    for name in ("incident_killed_exact", "incident_injured_exact", "article_killed_exact", "article_injured_exact"):
        assert isinstance(out[name], float) and 0.0 <= out[name] <= 1.0
    assert (out["incidents"], out["articles"]) == (2, 3)
    p = subprocess.run([sys.executable, "-m", "sitrep.cli", "eval", "casualties", str(GVA / "missing")],
                       capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 2 and "no such folder" in p.stderr
