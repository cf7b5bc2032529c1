"""Score story clustering against gold story labels: BCubed precision, recall and F1 and the number of clusters.

Inputs: news-please JSON files (one article per file, or a directory of them), JSON Lines, or a JSON array, with
the gold label in a field named by `--label` (e.g. GVA's `incident_id`, Giveme5W1H's `category`); or the ECB+
token files (`--format ecbplus`: one token per line, `doc_id sent_id token_id token chain`), whose gold story
is the topic plus the ecb/ecbplus sub-topic of the document id. Articles are fed to the story index one by one
in order of publication date (file order among equals), as a news stream would bring them.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import InputError, ParseError, UsageError
from sitrep.model import Article

__all__ = ["LabelledArticle", "bcubed", "evaluate_clusters", "load_labelled"]


@dataclass(slots=True)
class LabelledArticle:
    article: Article
    label: str


def bcubed(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 (Bagga & Baldwin; Amigó et al. 2009) of a clustering vs gold labels."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold differ in length")
    if not gold:
        return 0.0, 0.0, 0.0
    pair: dict[tuple[str, str], int] = defaultdict(int)
    psize: dict[str, int] = defaultdict(int)
    gsize: dict[str, int] = defaultdict(int)
    for p, g in zip(predicted, gold):
        pair[(p, g)] += 1
        psize[p] += 1
        gsize[g] += 1
    prec = sum(pair[(p, g)] / psize[p] for p, g in zip(predicted, gold)) / len(gold)
    rec = sum(pair[(p, g)] / gsize[g] for p, g in zip(predicted, gold)) / len(gold)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


# ------------------------------------------------------------------------------------------------ loading


def load_labelled(path: Path, *, label: str | None, fmt: str = "auto", limit: int | None = None) -> list[LabelledArticle]:
    """Articles with their gold labels from `path` (a file or a directory of JSON files)."""
    if not path.exists():
        raise InputError("no such file or directory", path=str(path))
    if fmt == "auto":
        fmt = "ecbplus" if path.is_file() and path.suffix == ".txt" else "json"
    if fmt == "ecbplus":
        out = list(_ecbplus(path))
    elif fmt == "json":
        if not label:
            raise UsageError("--label FIELD is required for JSON inputs (e.g. --label incident_id)")
        out = list(_json_docs(path, label))
    else:
        raise UsageError(f"unknown format {fmt!r} (json, ecbplus)")
    if not out:
        raise ParseError("no labelled articles found", path=str(path))
    return out[:limit] if limit else out


def _json_docs(path: Path, label: str) -> Iterator[LabelledArticle]:
    from sitrep.ingest.readers import record_article

    files = sorted(p for p in path.rglob("*") if p.suffix in (".json", ".jsonl")) if path.is_dir() else [path]
    for f in files:
        try:
            raw = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read: {exc}", path=str(f)) from exc
        records: list[tuple[str, Any]] = []
        if f.suffix == ".jsonl":
            for i, line in enumerate(raw.splitlines(), 1):
                if line.strip():
                    try:
                        records.append((f"{f}:{i}", json.loads(line)))
                    except json.JSONDecodeError as exc:
                        raise ParseError(f"line {i}: invalid JSON ({exc.msg})", path=str(f)) from exc
        else:
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ParseError(f"invalid JSON ({exc.msg})", path=str(f)) from exc
            items = obj if isinstance(obj, list) else [obj]
            records.extend((f"{f}#{i}" if len(items) > 1 else str(f), rec) for i, rec in enumerate(items))
        for where, rec in records:
            if not isinstance(rec, dict) or rec.get(label) in (None, ""):
                continue
            art = record_article(rec, where)
            if isinstance(art, Article):
                yield LabelledArticle(art, str(rec[label]))


_ECB_DOC = re.compile(r"^(\d+)_\d+(ecbplus|ecb)$")


def _ecbplus(path: Path) -> Iterator[LabelledArticle]:
    docs: dict[str, dict[str, list[str]]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", path=str(path)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            raise ParseError(f"line {n}: expected doc_id, sent_id, token_id, token", path=str(path))
        docs.setdefault(parts[0], {}).setdefault(parts[1], []).append(parts[3])
    for doc_id, sents in docs.items():
        m = _ECB_DOC.match(doc_id)
        if not m:
            continue
        text = "\n".join(_detokenise(toks) for toks in sents.values())
        yield LabelledArticle(Article(id=doc_id, text=text, raw_text=text, path=f"{path}:{doc_id}"),
                              f"{m.group(1)}{m.group(2)}")


def _detokenise(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([.,;:!?%)\]'’])", r"\1", s)
    s = re.sub(r"([(\[$]) ", r"\1", s)
    return s.replace(" n't", "n't").replace(" 's", "'s")


# ------------------------------------------------------------------------------------------------ scoring


def evaluate_clusters(path: Path, *, label: str | None, fmt: str = "auto", limit: int | None = None
                      ) -> dict[str, Any]:
    """Cluster the labelled articles incrementally and score them; a dict of metric name → value plus counts.
    Articles go through the pipeline's own stages up to `stories` (places, actors, story features) and then the
    same `StoryIndex` the store uses."""
    from datetime import date

    from sitrep.clean.boilerplate import clean_article
    from sitrep.fusion.stories import StoryIndex, signature_values
    from sitrep.pipeline import Pipeline
    from sitrep.settings import Settings

    items = load_labelled(path, label=label, fmt=fmt, limit=limit)
    t0 = time.perf_counter()
    pipe = Pipeline(Settings(workers=1), stages=("sentences", "dates", "places", "stories"))
    ready: list[LabelledArticle] = []
    for it in items:
        art = clean_article(it.article)
        if isinstance(art, Article):
            ready.append(LabelledArticle(pipe(art), it.label))
    ready.sort(key=lambda it: it.article.published or date.min)
    analysed = time.perf_counter()
    index = StoryIndex()
    predicted: list[str] = []
    duplicates = 0
    for i, it in enumerate(ready):
        a = it.article
        sig = signature_values(a.signature) if a.signature else None
        got = index.assign(f"{i}", a.story_terms, a.published, title=a.title, signature=sig)
        predicted.append(got.story_id)
        duplicates += got.duplicate_of is not None
    predicted = [index.current(sid) for sid in predicted]  # (stories merged since an article joined them)
    clustered = time.perf_counter()
    gold = [it.label for it in ready]
    p, r, f = bcubed(predicted, gold)
    return {
        "bcubed_precision": round(p, 4), "bcubed_recall": round(r, 4), "bcubed_f1": round(f, 4),
        "clusters": len(set(predicted)), "gold_clusters": len(set(gold)), "articles": len(ready),
        "skipped": len(items) - len(ready), "near_duplicates": duplicates,
        "analysis_seconds": round(analysed - t0, 2), "clustering_seconds": round(clustered - analysed, 2),
        "ms_per_article_clustering": round((clustered - analysed) / max(1, len(ready)) * 1000, 3),
    }
