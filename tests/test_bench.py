"""`sitrep bench`: the generated corpus is varied news text, and the reported measures are present and consistent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sitrep.bench import generate_corpus, run_bench
from sitrep.clean.boilerplate import clean_article
from sitrep.ingest.readers import iter_documents
from sitrep.model import Article


def test_corpus_is_distinct_news_of_the_asked_length(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    nbytes = generate_corpus(path, 40, words=600)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert nbytes == sum(len(json.loads(line)["text"].encode()) for line in lines)
    cleaned = [clean_article(doc) for doc in iter_documents([path])]
    assert all(isinstance(a, Article) for a in cleaned)
    articles = [a for a in cleaned if isinstance(a, Article)]
    assert len({a.content_hash for a in articles}) == 40  # no repeats for the dedup to skip
    assert all(not a.removed for a in articles)  # the cleaner keeps every paragraph: no repeated ones
    assert all(600 <= len(a.text.split()) <= 650 for a in articles)
    assert len({a.published for a in articles}) > 10


def test_run_bench_reports_consistent_measures() -> None:
    res = run_bench(n=30, words=600, workers=1)
    assert res["articles"] == res["analysed"] == res["stored"] == 30
    assert res["duplicates"] == 0 and res["rejected"] == 0
    assert res["workers"] == 1
    assert res["events"] >= 30  # every article opens with event paragraphs
    assert res["megabytes"] > 0.1 and res["bare_tokens"] > 30 * 600
    assert res["pipeline_seconds"] > 0 and res["bare_seconds"] > 0
    assert res["articles_per_second"] > 0 and res["mb_per_second"] > 0
    assert abs(res["articles_per_second"] - 30 / res["pipeline_seconds"]) <= 0.05 * res["articles_per_second"] + 0.1
    assert res["ratio_pipeline_to_bare"] > 0
    assert res["peak_rss_mb"] >= res["peak_rss_mb_after_startup"] > 0
    assert res["peak_tree_pss_mb"] >= res["tree_pss_mb_after_startup"] > 0
    assert "RUSAGE_CHILDREN" in res["memory_method"] and "PSS" in res["memory_method"]


def test_bench_command_json() -> None:
    env = dict(os.environ, COLUMNS="200")
    p = subprocess.run([sys.executable, "-m", "sitrep.cli", "bench", "-n", "4", "--words", "200", "--workers", "1",
                        "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    res = json.loads(p.stdout)
    assert res["articles"] == res["analysed"] == 4
    assert res["peak_rss_mb"] > 0
