"""`sitrep bench`: pipeline throughput and peak memory on a generated corpus, beside a bare read+tokenise pass."""

from __future__ import annotations

import json
import random
import re
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

__all__ = ["MEMORY_METHOD", "generate_corpus", "run_bench", "run_story_bench"]

# Towns the bundled gazetteer knows, with their country and first-level region.
_TOWNS = [("Ayorou", "Niger", "Tillaberi"), ("Tera", "Niger", "Tillaberi"), ("Ouallam", "Niger", "Tillaberi"),
          ("Torodi", "Niger", "Tillaberi"), ("Diffa", "Niger", "Diffa"), ("Agadez", "Niger", "Agadez"),
          ("Tahoua", "Niger", "Tahoua"), ("Tanout", "Niger", "Zinder"), ("Maradi", "Niger", "Maradi"),
          ("Mopti", "Mali", "Mopti"), ("Gao", "Mali", "Gao"), ("Menaka", "Mali", "Menaka"),
          ("Timbuktu", "Mali", "Timbuktu"), ("Segou", "Mali", "Segou"), ("Djenne", "Mali", "Mopti"),
          ("Bandiagara", "Mali", "Mopti"), ("Niono", "Mali", "Segou"), ("Ansongo", "Mali", "Gao"),
          ("Djibo", "Burkina Faso", "Sahel"), ("Dori", "Burkina Faso", "Sahel"), ("Kaya", "Burkina Faso", "Centre-Nord"),
          ("Ouahigouya", "Burkina Faso", "Nord"), ("Arbinda", "Burkina Faso", "Sahel"),
          ("Kongoussi", "Burkina Faso", "Centre-Nord"), ("Fada N'Gourma", "Burkina Faso", "Est"),
          ("Nouna", "Burkina Faso", "Boucle du Mouhoun"), ("Dedougou", "Burkina Faso", "Boucle du Mouhoun"),
          ("Maiduguri", "Nigeria", "Borno"), ("Damboa", "Nigeria", "Borno"), ("Gwoza", "Nigeria", "Borno"),
          ("Monguno", "Nigeria", "Borno"), ("Kandi", "Benin", "Alibori"), ("Malanville", "Benin", "Alibori"),
          ("Banikoara", "Benin", "Alibori")]
_GROUPS = ["JNIM fighters", "Islamic State militants", "gunmen", "suspected jihadists", "Boko Haram insurgents",
           "unidentified armed men", "ISWAP fighters", "bandits", "militants on motorbikes", "armed assailants"]
_FORCES = {"Niger": ("Nigerien soldiers", "soldiers"), "Mali": ("Malian troops", "troops"),
           "Burkina Faso": ("Burkinabe soldiers", "soldiers"), "Nigeria": ("Nigerian troops", "troops"),
           "Benin": ("Beninese soldiers", "soldiers")}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "dozens of",
              "several", "at least 11", "at least 20", "more than 30"]
_FIRST = ["Moussa", "Aminata", "Ibrahim", "Fatoumata", "Abdoulaye", "Mariam", "Oumarou", "Hadiza", "Boubacar",
          "Salamatou", "Issa", "Rakiatou", "Souleymane", "Aissata", "Hamidou", "Zeinabou"]
_LAST = ["Diallo", "Traore", "Ouedraogo", "Maiga", "Sawadogo", "Issoufou", "Cisse", "Kone", "Abdou", "Bello",
         "Sanogo", "Toure", "Mahamadou", "Compaore", "Garba", "Yacouba"]
_ROLES = ["a local official", "a community leader", "a resident", "a trader", "a teacher", "a farmer",
          "an aid worker", "a security source", "a health worker", "the mayor"]
_QUOTES = ["We buried the bodies this morning and most families have already left",
           "The attackers came on dozens of motorbikes and burned the market before the army arrived",
           "Nobody can travel on that road any more without an escort",
           "We have received no help from the authorities since the attack",
           "The situation is very tense and people are afraid to go to their fields",
           "Our soldiers responded vigorously and the enemy suffered heavy losses",
           "The clinic has run out of medicine and we are treating the wounded on the floor",
           "Schools have been closed for months and the children have nothing to do"]
_EVENTS = [
    "{Group} attacked a military post near {town} {when}, killing {num} {soldiers}, the army said.",
    "{force} killed {num} of the assailants and {num2} people were wounded in the fighting near {town} in {country}.",
    "In a separate incident, {num} civilians were kidnapped on the road between {town} and {town2}, residents said.",
    "An improvised explosive device struck an army convoy near {town} {when}, killing {n} {soldiers} and wounding "
    "{n2} others, a security source told reporters.",
    "{Group} raided a village near {town} {when} and shot dead {n} villagers, according to {role}.",
    "The army said its aircraft struck a militant hideout near {town} {when}, killing {num} fighters.",
    "Hundreds of people protested in {town} {when} against the insecurity and demanded more protection.",
    "Police arrested {n} suspects in {town} {when} in connection with the attack, the interior ministry said.",
    "At least {n} worshippers were killed when {group} opened fire on a mosque in {town} {when}.",
    "Clashes between {group} and {group2} near {town} left {n} people dead {when}, {role} said.",
    "{Group} ambushed a patrol between {town} and {town2} {when}; {n} {soldiers} were killed and {n2} are missing.",
    "{n} farmers were abducted from their fields outside {town} {when}, their relatives said.",
]
_CONTEXT = [
    "More than {k},000 people have fled the {region} region since {month}, according to the UN refugee agency.",
    "The government announced {money} in emergency aid for {n3} displaced families in {region}.",
    "About {k},000 troops have been deployed in the {region} region, the defence minister told parliament {when}.",
    "\u201c{quote},\u201d said {name}, {role} in {town}.",
    "Aid agencies warned that food prices in {town} had risen by {pct} percent since {month}.",
    "Schools in {n} districts of {region} have remained closed, according to the education ministry.",
    "{name}, {role} in {town}, said {n} families had arrived in the town {when} after fleeing their villages.",
    "The region around {town} has seen repeated violence in recent years, and {k},000 people live in camps there.",
    "Analysts say armed groups in {region} exploit local grievances over land, water and grazing routes.",
    "The road between {town} and {town2} has been closed to traffic for {n} weeks, traders said.",
    "Health officials in {town} said {n3} wounded people had been treated at the district hospital since {month}.",
    "The United Nations said {money} was needed this year to help {k},000 people in {country}.",
]


def _num_phrase(rng: random.Random) -> str:
    return rng.choice(_NUM_WORDS) if rng.random() < 0.5 else str(rng.randint(2, 60))


def _when(rng: random.Random, published: date) -> str:
    back = published - timedelta(days=rng.randint(0, 12))
    return rng.choice([f"on {_WEEKDAYS[back.weekday()]}", f"late on {_WEEKDAYS[back.weekday()]}", "overnight",
                       f"on {back.day} {back.strftime('%B')}", f"on {back.strftime('%B')} {back.day}", "last week",
                       "on Sunday evening", "earlier this month"])


def _paragraph(rng: random.Random, template: str, published: date, home: str) -> str:
    """Fill `template`; mostly about towns in the article's `home` country, now and then a neighbour's."""
    town, country, region = rng.choice([t for t in _TOWNS if t[1] == home] if rng.random() < 0.85 else _TOWNS)
    group, group2 = rng.sample(_GROUPS, 2)
    force, soldiers = _FORCES[country]
    month = (published - timedelta(days=rng.randint(30, 400))).strftime("%B %Y")
    local = f"{rng.randint(100, 900)} million naira" if country == "Nigeria" else f"{rng.randint(2, 40)} billion CFA francs"
    money = rng.choice([f"${rng.randint(2, 95) / 10:g} million", local])
    return template.format(
        Group=group[0].upper() + group[1:], group=group, group2=group2, force=force, soldiers=soldiers, town=town,
        town2=rng.choice([t for t, c, _ in _TOWNS if c == country and t != town]), country=country, region=region,
        when=_when(rng, published), num=_num_phrase(rng), num2=_num_phrase(rng), n=rng.randint(2, 45),
        n2=rng.randint(2, 30), n3=rng.randint(50, 4000), k=rng.randint(2, 250), pct=rng.randint(10, 80),
        month=month, money=money, quote=rng.choice(_QUOTES),
        name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", role=rng.choice(_ROLES))


def _article(rng: random.Random, words: int, i: int) -> dict[str, Any]:
    """~`words` words of varied wire-style text: 2-3 event paragraphs, then context with places, dates, numbers,
    figures and quotes, one in seven another event. No paragraph repeats (the cleaner drops repeated ones)."""
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
    home = rng.choice(_TOWNS)[1]
    paras: list[str] = []
    seen: set[str] = set()
    n = 0
    while n < words:
        lead = len(paras) < rng.choice((2, 3))
        template = rng.choice(_EVENTS if lead or rng.random() < 0.15 else _CONTEXT)
        p = _paragraph(rng, template, published, home)
        if p in seen:
            continue
        seen.add(p)
        paras.append(p)
        n += len(p.split())
    town = next((t for t, _, _ in _TOWNS if t in paras[0]), "the Sahel")
    return {"title": f"Attack near {town}", "text": "\n\n".join(paras), "published": published.isoformat(),
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


MEMORY_METHOD = ("peak_rss_mb: max ru_maxrss of RUSAGE_SELF and RUSAGE_CHILDREN (largest single process); "
                 "peak_tree_pss_mb: psutil, sum of PSS over this process and its children, sampled every second "
                 "or less often (a sample reads /proc/PID/smaps of each process: ~40 ms of CPU with 3 processes "
                 "of ~500 MB, so it is spaced to cost at most ~3% of one core)")


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # children that have been waited for
    peak = max(own, kids)
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


class _TreeMemory:
    """Samples the memory of this process and its children in a thread; `peak_mb` is the largest sum seen.

    PSS (shared pages split between the processes sharing them) where the platform has it, else RSS, which
    counts pages that forked workers share with the parent once per process.
    """

    def __init__(self, interval: float = 1.0, max_share: float = 0.03) -> None:
        import psutil

        self._proc = psutil.Process()
        self._interval = interval
        self._max_share = max_share  # of one core: the wait after a sample is at least its cost / max_share
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.peak_mb = 0.0
        self.last_cost = 0.0

    def sample(self) -> float:
        import psutil

        t0 = time.perf_counter()
        total = 0
        for p in [self._proc, *self._proc.children(recursive=True)]:
            try:
                mem = p.memory_full_info()
                total += getattr(mem, "pss", mem.rss)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        mb = total / 1024 / 1024
        self.peak_mb = max(self.peak_mb, mb)
        self.last_cost = time.perf_counter() - t0
        return mb

    def _run(self) -> None:
        while not self._stop.wait(max(self._interval, self.last_cost / self._max_share)):
            self.sample()

    def __enter__(self) -> "_TreeMemory":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def run_bench(*, n: int = 2000, words: int = 600, workers: int = 0,
              progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Generate a corpus, run the bare pass and the full pipeline (into a fresh store) side by side.

    `progress` is called with 1 per document read by the pipeline. Throughput counts the articles analysed
    (`analysed`, which should equal `articles`: the generated articles are distinct, so none is a duplicate).
    """
    from sitrep.pipeline import Pipeline
    from sitrep.settings import Settings
    from sitrep.store.db import Store

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp, _TreeMemory() as tree:
        corpus = Path(tmp) / "corpus.jsonl"
        nbytes = generate_corpus(corpus, n, words=words)
        bare_s, tokens = _bare_pass(corpus)
        settings = Settings(workers=workers)
        pipe = Pipeline(settings)
        t_load = time.perf_counter()
        pipe.warm()
        load_s = time.perf_counter() - t_load
        rss_before = _peak_rss_mb()
        tree_before = tree.sample()
        t0 = time.perf_counter()
        with Store.open(Path(tmp) / "bench.duckdb") as store:
            summary = pipe.ingest([corpus], store, progress=progress)
        pipe_s = time.perf_counter() - t0
    failed = sum(1 for r in summary.rejects if r.stage == "analyse")
    analysed = summary.stored + failed
    return {
        "articles": n,
        "words_per_article": words,
        "megabytes": round(nbytes / 1e6, 2),
        "workers": pipe.worker_count,
        "analysed": analysed,
        "stored": summary.stored,
        "duplicates": summary.duplicates,
        "rejected": len(summary.rejects),
        "events": summary.events,
        "startup_seconds": round(load_s, 2),
        "pipeline_seconds": round(pipe_s, 2),
        "articles_per_second": round(analysed / pipe_s, 1),
        "mb_per_second": round(nbytes / 1e6 / pipe_s, 3),
        "bare_seconds": round(bare_s, 3),
        "bare_tokens": tokens,
        "ratio_pipeline_to_bare": round(pipe_s / bare_s, 1) if bare_s else None,
        "peak_rss_mb_after_startup": round(rss_before, 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "tree_pss_mb_after_startup": round(tree_before, 1),
        "peak_tree_pss_mb": round(tree.peak_mb, 1),
        "memory_method": MEMORY_METHOD,
    }


# ------------------------------------------------------------------------------------------------ stories


def _synthetic_features(rng: random.Random, topic: list[str], vocab: int) -> dict[str, float]:
    """Weighted features like `story_terms` gives: most from the story's topic, the rest common words."""
    feats: dict[str, float] = {}
    for w in rng.sample(topic, k=min(len(topic), 25)):
        feats[w] = feats.get(w, 0.0) + rng.choice((1.0, 2.0, 3.0, 6.0))
    for _ in range(40):
        w = f"w{int(rng.paretovariate(1.1)) % vocab}"  # Zipf-like: a few words everywhere, most rare
        feats[w] = feats.get(w, 0.0) + 1.0
    return feats


def _signature(nprng: Any, num_perm: int) -> bytes:
    """Random MinHash values in the range of datasketch's 32-bit scheme (no two articles near-duplicates)."""
    return bytes(nprng.integers(0, 2**32 - 1, num_perm, dtype="uint64").astype("<u8").tobytes())


def run_story_bench(*, stored: int = 100_000, probes: int = 300, seed: int = 11,
                    progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Story assignment in a store that already holds `stored` articles in stories: a store is generated
    directly (synthetic features and signatures for articles spread over two years, 1–6 articles a story),
    then `probes` new articles, a third about recent stories, a third new and a third later reports about stories
    older than the window that name their day (fetched from the store), are each put in a story through the
    store's own code path (`Store._assign_story`). Reports the index load time and the per-article median/p95."""
    import pyarrow as pa

    from sitrep.fusion.stories import StorySettings
    from sitrep.model import Article
    from sitrep.store.db import Store, _dumps, _Rows

    import numpy as np

    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    st = StorySettings()
    vocab = 60_000
    start = date(2023, 1, 1)
    with tempfile.TemporaryDirectory(prefix="sitrep-storybench-") as tmp:
        db = Path(tmp) / "stories.duckdb"
        t0 = time.perf_counter()
        stories: list[tuple[str, date, list[str], int]] = []
        art_rows: list[tuple[Any, ...]] = []
        story_rows: list[tuple[Any, ...]] = []
        day_rows: list[tuple[Any, ...]] = []
        df: dict[str, int] = {}
        n = 0
        while n < stored:
            sid = f"stbench{len(stories):08d}"
            day = start + timedelta(days=int(730 * n / stored))
            topic = [f"t{rng.randrange(400_000)}" for _ in range(30)] + [f"geo:{rng.randrange(5_000)}"]
            k = min(stored - n, rng.choice((1, 1, 1, 2, 2, 3, 4, 6)))
            centroid: dict[str, float] = {}
            told = f"day:{day.isoformat()}"  # the day of the happening, which its articles name
            day_rows.append((sid, told))
            for j in range(k):
                feats = _synthetic_features(rng, topic, vocab)
                feats[told] = st.day_weight
                for t, w in feats.items():
                    centroid[t] = centroid.get(t, 0.0) + w
                    df[t] = df.get(t, 0) + 1
                sig = _signature(nprng, st.num_perm)
                art_rows.append((f"a{n + j:09d}", sid, 0.5, None, sig))
            top = dict(sorted(centroid.items(), key=lambda kv: -kv[1])[: st.centroid_terms])
            story_rows.append((sid, f"story {len(stories)}", day, day + timedelta(days=k - 1), k, _dumps(top), None))
            stories.append((sid, day, topic, k))
            n += k
            if progress is not None and n % 10_000 < k:
                progress(n)
        with Store.open(db) as store:
            rows = _Rows()
            rows.tables = {"stories": story_rows, "article_stories": art_rows, "story_days": day_rows}
            rows.write(store.con)
            terms = list(df)
            store.con.register("_df", pa.table({"term": terms, "df": [df[t] for t in terms]}))
            store.con.execute("INSERT INTO story_df SELECT term, df FROM _df")
            store.con.unregister("_df")
        build_s = time.perf_counter() - t0
        newest = stories[-1][1]
        with Store.open(db) as store:
            t1 = time.perf_counter()
            store._stories = store._load_stories()
            load_s = time.perf_counter() - t1
            loaded = len(store._stories.stories)
            recent = [s for s in stories if (newest - s[1]).days <= st.window_days // 2]
            older = [s for s in stories if st.window_days * 2 < (newest - s[1]).days <= st.recall_days]
            times: list[float] = []
            joined = recalled = 0
            for i in range(probes):
                if i % 3 == 0:
                    sid, day, topic, _k = rng.choice(recent)
                    published = day + timedelta(days=1)
                elif i % 3 == 1 or not older:
                    sid, day, topic = None, newest, [f"t{rng.randrange(400_000)}" for _ in range(30)]
                    published = day + timedelta(days=1)
                else:  # a later report (charges, a trial) about a story older than the window, naming its day
                    sid, day, topic, _k = rng.choice(older)
                    published = newest + timedelta(days=1)
                feats = _synthetic_features(rng, topic, vocab)
                feats[f"day:{day.isoformat()}"] = st.day_weight
                art = Article(id=f"probe{i:06d}", text="", published=published, story_terms=feats,
                              signature=_signature(nprng, st.num_perm))
                out = _Rows()
                t2 = time.perf_counter()
                got = store._assign_story(art, out)
                times.append(time.perf_counter() - t2)
                joined += sid is not None and i % 3 == 0 and got.story_id == sid
                recalled += sid is not None and i % 3 == 2 and got.story_id == sid
        times.sort()
        return {
            "stored_articles": stored, "stored_stories": len(stories), "build_seconds": round(build_s, 2),
            "index_load_seconds": round(load_s, 2), "stories_in_index": loaded, "probes": probes,
            "assign_ms_median": round(times[len(times) // 2] * 1000, 3),
            "assign_ms_p95": round(times[int(len(times) * 0.95)] * 1000, 3),
            "assign_ms_max": round(times[-1] * 1000, 3),
            "probes_about_a_recent_story_joined_it": f"{joined}/{(probes + 2) // 3}",
            "probes_about_an_older_story_naming_its_day_joined_it": f"{recalled}/{probes // 3}",
        }
