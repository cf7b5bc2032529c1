"""`sitrep bench`: pipeline throughput and peak memory on a generated corpus, beside a bare read+tokenise pass."""

from __future__ import annotations

import json
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["generate_corpus", "run_bench"]

_TOWNS = [("Ayorou", "Niger"), ("Tera", "Niger"), ("Ouallam", "Niger"), ("Diffa", "Niger"), ("Agadez", "Niger"),
          ("Mopti", "Mali"), ("Gao", "Mali"), ("Menaka", "Mali"), ("Timbuktu", "Mali"), ("Segou", "Mali"),
          ("Djibo", "Burkina Faso"), ("Dori", "Burkina Faso"), ("Kaya", "Burkina Faso"),
          ("Ouahigouya", "Burkina Faso"), ("Maiduguri", "Nigeria"), ("Kandi", "Benin")]
_GROUPS = ["JNIM fighters", "Islamic State militants", "gunmen", "suspected jihadists", "Boko Haram insurgents",
           "unidentified armed men"]
_FORCES = {"Niger": "Nigerien soldiers", "Mali": "Malian troops", "Burkina Faso": "Burkinabe soldiers",
           "Nigeria": "Nigerian troops", "Benin": "Beninese soldiers"}
_DAYS = ["on Monday", "on Tuesday", "on Wednesday", "late on Thursday", "overnight", "on Saturday", "last week"]
_NUMS = ["two", "three", "five", "seven", "12", "15", "at least 20", "dozens of", "23", "several"]
_FILLER = [
    "Humanitarian groups said access to the area remained difficult because of insecurity on the main roads.",
    "Local officials called for more resources to protect farmers ahead of the rainy season.",
    "The region has seen repeated violence in recent years, and thousands of people have fled their homes.",
    "Aid agencies warned that food prices in the markets had risen sharply since the start of the year.",
    "Analysts say the armed groups exploit local grievances over land, water and grazing routes.",
    "Schools in several districts have remained closed, according to the education ministry.",
    "The government has promised to reinforce its presence along the border in the coming months.",
    "Residents described hearing gunfire for several hours before the attackers withdrew.",
]


def _article(rng: random.Random, words: int, i: int) -> dict[str, Any]:
    town, country = rng.choice(_TOWNS)
    group = rng.choice(_GROUPS)
    force = _FORCES[country]
    paras = [
        f"{group.capitalize()} attacked a military post near {town} {rng.choice(_DAYS)}, killing "
        f"{rng.choice(_NUMS)} {force.split()[1]}, the army said.",
        f"{force} killed {rng.choice(_NUMS)} of the assailants and {rng.choice(_NUMS)} people were wounded in the "
        f"fighting near {town} in {country}.",
        f"In a separate incident, {rng.choice(_NUMS)} civilians were kidnapped on the road between {town} and "
        f"{rng.choice(_TOWNS)[0]}, residents said.",
    ]
    n = sum(len(p.split()) for p in paras)
    while n < words:
        s = rng.choice(_FILLER)
        paras.append(s)
        n += len(s.split())
    return {"title": f"Attack near {town} ({i})", "text": "\n\n".join(paras), "published": "2024-03-25",
            "outlet": rng.choice(["Sahel Wire", "Bench Daily", "Radio Test"]), "url": f"https://example.org/{i}"}


def generate_corpus(path: Path, n: int, *, words: int = 600, seed: int = 7) -> int:
    """Write `n` generated articles as JSON Lines to `path`; returns the number of bytes of text."""
    rng = random.Random(seed)
    total = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            art = _article(rng, words, i)
            total += len(art["text"].encode())
            fh.write(json.dumps(art) + "\n")
    return total


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _bare_pass(path: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    tokens = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            tokens += len(_TOKEN.findall(json.loads(line)["text"]))
    return time.perf_counter() - t0, tokens


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak = max(own, kids)
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def run_bench(*, n: int = 2000, words: int = 600, workers: int = 0, progress: Any = None) -> dict[str, Any]:
    """Generate a corpus, run the bare pass and the full pipeline (into a fresh store) side by side."""
    from sitrep.pipeline import Pipeline
    from sitrep.settings import Settings
    from sitrep.store.db import Store

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        nbytes = generate_corpus(corpus, n, words=words)
        bare_s, tokens = _bare_pass(corpus)
        settings = Settings(workers=workers)
        pipe = Pipeline(settings)
        t_load = time.perf_counter()
        pipe.warm()
        load_s = time.perf_counter() - t_load
        rss_before = _peak_rss_mb()
        t0 = time.perf_counter()
        with Store.open(Path(tmp) / "bench.duckdb") as store:
            summary = pipe.ingest([corpus], store)
        pipe_s = time.perf_counter() - t0
    return {
        "articles": n,
        "megabytes": round(nbytes / 1e6, 2),
        "workers": pipe.worker_count,
        "stored": summary.stored,
        "events": summary.events,
        "startup_seconds": round(load_s, 2),
        "pipeline_seconds": round(pipe_s, 2),
        "articles_per_second": round(n / pipe_s, 1),
        "mb_per_second": round(nbytes / 1e6 / pipe_s, 3),
        "bare_seconds": round(bare_s, 3),
        "bare_tokens": tokens,
        "ratio_pipeline_to_bare": round(pipe_s / bare_s, 1) if bare_s else None,
        "peak_rss_mb_after_startup": round(rss_before, 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }
