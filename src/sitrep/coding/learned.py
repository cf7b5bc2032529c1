"""An optional event-type model learnt from events a user has coded (`sitrep train`): their ACLED export's notes
and sub-event types. The default install ships none (ACLED's terms restrict redistributing its data, and a
model trained on it is a derivative).

The model is a multinomial naive Bayes classifier over the words and word pairs of a note (numbers and dates
left out), with add-one smoothing: small, fast to train on tens of thousands of notes with numpy alone, and
each decision is a sum of per-word weights a user can inspect. The coder asks it only about happenings the
rules found: it may relabel an event's type and sub-type when it is confident (`MIN_PROBABILITY`), never create
or drop an event, and the label keeps the trigger words as its evidence (rule ``model:<probability>``).

Stored as a compressed numpy archive (no pickle): the vocabulary, the labels, the log-priors and the per-word
log-likelihoods, with the files and counts it was trained on.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import UsageError

__all__ = ["ENV_TYPE_MODEL", "MIN_PROBABILITY", "MODEL_FORMAT", "TypeModel", "features", "type_model_path"]

MODEL_FORMAT = 1
ENV_TYPE_MODEL = "SITREP_TYPE_MODEL"
MODEL_FILENAME = "type-model.npz"
MIN_PROBABILITY = 0.97  # the coder follows the model only above this (naive Bayes is overconfident)
_NO_MODEL = frozenset({"none", "off", "no", "false", "0"})
_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset("""the a an of in on at to and or by for with from as that this was were is are be been has have had
    it its their his her they he she which who while after before during into near between about than also not
    no but""".split())


def features(text: str) -> list[str]:
    """Lower-cased words (no numbers, no stop words) and adjacent word pairs."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def type_model_path(location: str | os.PathLike[str] | None = None) -> Path | None:
    """Where the model is: `location` (the ``type_model`` setting), else $SITREP_TYPE_MODEL, else
    ``user_data_dir("sitrep")/type-model.npz``. None when the location is "none"/"off"."""
    loc = os.fspath(location) if location is not None else (os.environ.get(ENV_TYPE_MODEL) or None)
    if loc is not None and loc.strip().lower() in _NO_MODEL:
        return None
    if loc:
        p = Path(loc).expanduser()
        return p / MODEL_FILENAME if p.is_dir() else p
    import platformdirs

    return Path(platformdirs.user_data_dir("sitrep")) / MODEL_FILENAME


@dataclass(slots=True)
class TypeModel:
    labels: list[str]  # "Event type / Sub-event type"
    vocab: dict[str, int]
    log_prior: Any  # numpy float32 [L]
    log_lik: Any  # numpy float32 [V, L]
    meta: dict[str, Any] = field(default_factory=dict)

    # -- training --------------------------------------------------------------------------------------------
    @classmethod
    def train(cls, texts: Sequence[str], labels: Sequence[str], *, min_count: int = 2, alpha: float = 1.0,
              meta: dict[str, Any] | None = None) -> "TypeModel":
        """Fit on texts and their labels ("Battles / Armed clash"); features seen fewer than `min_count` times
        are dropped."""
        import numpy as np

        if len(texts) != len(labels):
            raise UsageError(f"{len(texts)} texts but {len(labels)} labels")
        if len(set(labels)) < 2:
            raise UsageError("training needs rows of at least two event types")
        feats = [Counter(features(t)) for t in texts]
        total: Counter[str] = Counter()
        for f in feats:
            total.update(f.keys())
        vocab = {w: i for i, w in enumerate(sorted(w for w, n in total.items() if n >= min_count))}
        names = sorted(set(labels))
        col = {n: i for i, n in enumerate(names)}
        counts = np.zeros((len(vocab), len(names)), dtype=np.float64)
        for f, lab in zip(feats, labels):
            j = col[lab]
            for w, n in f.items():
                i = vocab.get(w)
                if i is not None:
                    counts[i, j] += 1.0 + np.log(n)  # sub-linear: a word repeated in one note counts a little more
        prior = np.array([sum(1 for x in labels if x == n) for n in names], dtype=np.float64)
        log_prior = np.log(prior / prior.sum())
        log_lik = np.log((counts + alpha) / (counts.sum(axis=0) + alpha * max(1, len(vocab))))
        return cls(names, vocab, log_prior.astype(np.float32), log_lik.astype(np.float32),
                   dict(meta or {}, rows=len(texts), features=len(vocab), format=MODEL_FORMAT))

    # -- use -------------------------------------------------------------------------------------------------
    def probabilities(self, text: str) -> list[tuple[str, float]]:
        """(label, probability) for `text`, most likely first."""
        import numpy as np

        idx = [self.vocab[w] for w in features(text) if w in self.vocab]
        score = self.log_prior.astype(np.float64) + (self.log_lik[idx].sum(axis=0) if idx else 0.0)
        score = np.exp(score - score.max())
        p = score / score.sum()
        order = np.argsort(-p)
        return [(self.labels[int(k)], float(p[k])) for k in order]

    def best(self, text: str) -> tuple[str, str, float]:
        """(event_type, sub_event_type, probability) of the likeliest label."""
        label, p = self.probabilities(text)[0]
        etype, _, sub = label.partition(" / ")
        return etype, sub, p

    # -- storage ---------------------------------------------------------------------------------------------
    def save(self, path: Path) -> Path:
        import numpy as np

        path.parent.mkdir(parents=True, exist_ok=True)
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez_compressed(tmp, vocab=np.array(words, dtype=str), labels=np.array(self.labels, dtype=str),
                            log_prior=self.log_prior, log_lik=self.log_lik,
                            meta=np.array(json.dumps(self.meta, default=str)))
        os.replace(tmp, path)  # a reader never sees half a model
        return path

    @classmethod
    def load(cls, path: Path) -> "TypeModel":
        import numpy as np

        from sitrep.errors import InputError

        try:
            with np.load(path, allow_pickle=False) as z:
                meta = json.loads(str(z["meta"]))
                if meta.get("format") != MODEL_FORMAT:
                    raise InputError(f"type model format {meta.get('format')!r}, this sitrep reads "
                                      f"{MODEL_FORMAT}: train it again (sitrep train)", path=str(path))
                words = [str(w) for w in z["vocab"]]
                return cls([str(x) for x in z["labels"]], {w: i for i, w in enumerate(words)},
                           z["log_prior"], z["log_lik"], meta)
        except (OSError, ValueError, KeyError) as exc:
            raise InputError(f"not a sitrep type model ({exc})", path=str(path)) from exc


def load_type_model(location: str | os.PathLike[str] | None = None) -> TypeModel | None:
    """The model at `type_model_path(location)` when there is one, else None."""
    path = type_model_path(location)
    if path is None or not path.exists():
        return None
    return TypeModel.load(path)


def training_rows(rows: Iterable[Any]) -> tuple[list[str], list[str], int]:
    """Texts and labels from ACLED rows (`sitrep.evaluation.acled.AcledRow`) of the current taxonomy with notes,
    each event id once; and how many rows were left out."""
    texts: list[str] = []
    labels: list[str] = []
    seen: set[str] = set()
    skipped = 0
    for r in rows:
        key = r.event_id or f"{r.file}:{r.line}"
        if r.taxonomy != "current" or not r.sub_event_type or not r.notes.strip() or key in seen:
            skipped += 1
            continue
        seen.add(key)
        texts.append(r.notes)
        labels.append(f"{r.event_type} / {r.sub_event_type}")
    return texts, labels, skipped


def train_from_acled(paths: Sequence[str | os.PathLike[str]], *, out: str | os.PathLike[str] | None = None,
                     holdout: float = 0.2, seed: int = 0) -> dict[str, Any]:
    """`sitrep train`: read ACLED exports (any shape `sitrep eval acled` reads), score a model fitted on the rest
    against a seeded `holdout` share of the events (sub-event type accuracy, beside the majority label's), then
    fit on every event and save it to `out` (default: `type_model_path()`). Returns a summary."""
    import random
    import time

    from sitrep.evaluation.acled import read_acled

    if not paths:
        raise UsageError("no ACLED file given")
    if not 0.0 <= holdout < 1.0:
        raise UsageError(f"--holdout must be in [0, 1), not {holdout}")
    t0 = time.perf_counter()
    files = [read_acled(p) for p in paths]
    texts, labels, skipped = training_rows(r for f in files for r in f.rows)
    if len(texts) < 20:
        raise UsageError(f"{len(texts)} events with notes and a current-taxonomy sub-event type in "
                         f"{', '.join(map(str, paths))}: too few to learn from (at least 20)")
    summary: dict[str, Any] = {"files": [str(p) for p in paths], "events": len(texts), "skipped_rows": skipped,
                               "labels": dict(Counter(labels).most_common())}
    if holdout > 0:
        order = list(range(len(texts)))
        random.Random(seed).shuffle(order)
        cut = int(len(order) * holdout)
        test, train = order[:cut], order[cut:]
        model = TypeModel.train([texts[i] for i in train], [labels[i] for i in train])
        hits = confident = confident_hits = 0
        for i in test:
            label, p = model.probabilities(texts[i])[0]
            hits += label == labels[i]
            if p >= MIN_PROBABILITY:
                confident += 1
                confident_hits += label == labels[i]
        majority = Counter(labels[i] for i in train).most_common(1)[0][0]
        summary.update({
            "holdout_events": len(test), "holdout_seed": seed,
            "holdout_sub_event_type_accuracy": round(hits / len(test), 4) if test else None,
            "holdout_majority_label_accuracy": round(sum(labels[i] == majority for i in test) / len(test), 4)
            if test else None,
            "holdout_confident_share": round(confident / len(test), 4) if test else None,
            "holdout_confident_accuracy": round(confident_hits / confident, 4) if confident else None,
        })
    model = TypeModel.train(texts, labels, meta={"files": summary["files"], "trained": time.strftime("%Y-%m-%d")})
    path = Path(out).expanduser() if out is not None else type_model_path()
    if path is None:
        raise UsageError("no place to save the model: the type_model setting is 'none'; give --out")
    if path.is_dir():
        path = path / MODEL_FILENAME
    model.save(path)
    summary.update({"features": len(model.vocab), "model": str(path), "min_probability": MIN_PROBABILITY,
                    "seconds": round(time.perf_counter() - t0, 1)})
    return summary
