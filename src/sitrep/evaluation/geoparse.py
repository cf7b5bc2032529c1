"""Score place recognition and resolution against geoparsing gold corpora in the LGL and GeoVirus XML formats.

Formats (both streamed, one ``<article>`` at a time):

* ``lgl`` -- LGL and TR-News: ``<article docid=…>`` with ``<text>`` and ``<toponyms><toponym>`` holding
  ``<start>``, ``<end>``, ``<phrase>`` and, when the annotators grounded it, ``<gaztag>`` with ``<lat>``/``<lon>``.
  A toponym without ``<gaztag>`` is a gold mention with no coordinates: it counts for recognition only.
* ``geovirus`` -- GeoVirus: ``<article>`` with ``<text>`` and ``<locations><location>`` holding ``<name>``,
  ``<start>``, ``<end>``, ``<lat>``, ``<lon>``.

Some corpora have gold offsets one character off (GeoVirus: every span starts one early). A gold span whose text
is not its phrase is moved to the nearest occurrence of the phrase in the article (``realigned_gold_spans``
counts them; a phrase found nowhere is kept as given and counted in ``unaligned_gold_spans``).

Demonyms ("Russian", "Nigerien"), which sitrep recognises as mentions of their country, count as predicted toponyms
where the corpus annotates them: LGL does (its gold has "American", "Palestinian"), GeoVirus does not (only
place names with a Wikipedia article; 3 of its ~240 demonyms are marked). `demonyms=None` takes the format's
convention; True or False overrides it.

Metrics (micro-averaged over the corpus):

* recognition -- precision, recall and F1 of predicted toponym spans against gold spans, one-to-one, for exact
  spans (``toponym_precision``/``toponym_recall``/``toponym_f1``: same start and end) and for overlapping spans
  (``*_overlap``: any shared character);
* resolution -- on the overlap-matched pairs whose gold has coordinates: ``acc_at_161km`` (share of great-circle
  errors <= 161 km, i.e. 100 miles), ``median_error_km``, ``mean_error_km`` and ``auc``, the area under the
  curve of sorted, log-scaled errors as Gritta et al. define it ("What's missing in geographical parsing?",
  LRE 2018; "A Pragmatic Guide to Geoparsing Evaluation", LRE 2020): with the n errors e_1 <= … <= e_n in km,

      AUC = trapz(ln(1 + e_i), i = 1..n) / ((n - 1) · ln(20039))

  where trapz is the trapezoidal rule with unit steps and 20,039 km is the largest distance between two points
  on Earth (half its circumference). 0 is perfect, 1 is every referent at the antipode; lower is better.
"""

from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import InputError, ParseError, UsageError
from sitrep.geo.gazetteer import haversine_km

if TYPE_CHECKING:
    from sitrep.model import PlaceMention
    from sitrep.settings import Settings

__all__ = [
    "DEMONYMS_ANNOTATED",
    "FORMATS",
    "GeoparseTally",
    "GoldArticle",
    "GoldToponym",
    "Predicted",
    "auc_of_errors",
    "diagnose",
    "evaluate_geoparse",
    "match_spans",
    "predictions",
    "read_corpus",
    "realign",
]

FORMATS = ("lgl", "geovirus")
DEMONYMS_ANNOTATED = {"lgl": True, "geovirus": False}  # the format's convention (see the module docstring)
MAX_ERROR_KM = 20039.0  # the largest great-circle distance on Earth (half the circumference)
ACC_KM = 161.0  # 100 miles: the usual threshold of geocoding accuracy


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    latitude: float | None = None
    longitude: float | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]
    realigned: int = 0  # gold spans moved onto their phrase
    unaligned: int = 0  # gold spans whose phrase is nowhere in the text (kept as given)


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    text: str
    latitude: float
    longitude: float
    name: str = ""
    country_code: str = ""
    feature: str = ""


# -- reading ---------------------------------------------------------------------------------------------------
def _float(value: str | None, what: str, path: str, line: int | None) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        raise ParseError(f"{what} {value!r} is not a number (article at line {line})", path=path) from None


def _int(value: str | None, what: str, path: str, line: int | None) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        raise ParseError(f"{what} {value!r} is not an offset (article at line {line})", path=path) from None


def _entries(el: object, tag: str) -> Iterator[object]:
    """The gold entries of an article; an entry wrapped by mistake in another (GeoVirus has one such
    ``<location><location>…</location>…</location>``) counts, the wrapper does not."""
    for t in el.iter(tag):  # type: ignore[attr-defined]
        if t.find(tag) is None:
            yield t


def _article(el: object, fmt: str, path: str, n: int) -> GoldArticle:
    line = getattr(el, "sourceline", None)
    text = el.findtext("text")  # type: ignore[attr-defined]
    if text is None:
        raise ParseError(f"article at line {line} has no <text>", path=path)
    other = ".//location" if fmt == "lgl" else ".//toponym"
    if el.find(other) is not None and el.find(".//toponym" if fmt == "lgl" else ".//location") is None:  # type: ignore[attr-defined]
        guess = "geovirus" if fmt == "lgl" else "lgl"
        raise ParseError(f"article at line {line} is in the {guess} format, not {fmt} (use --format {guess})",
                         path=path)
    tops: list[GoldToponym] = []
    if fmt == "lgl":
        art_id = el.get("docid") or str(n)  # type: ignore[attr-defined]
        for t in _entries(el, "toponym"):
            tag = t.find("gaztag")
            lat = _float(tag.findtext("lat"), "<lat>", path, line) if tag is not None else None
            lon = _float(tag.findtext("lon"), "<lon>", path, line) if tag is not None else None
            tops.append(GoldToponym(_int(t.findtext("start"), "<start>", path, line),
                                    _int(t.findtext("end"), "<end>", path, line), t.findtext("phrase") or "",
                                    lat, lon))
    else:
        art_id = el.findtext("source") or str(n)  # type: ignore[attr-defined]
        for t in _entries(el, "location"):
            tops.append(GoldToponym(_int(t.findtext("start"), "<start>", path, line),
                                    _int(t.findtext("end"), "<end>", path, line), t.findtext("name") or "",
                                    _float(t.findtext("lat"), "<lat>", path, line),
                                    _float(t.findtext("lon"), "<lon>", path, line)))
    aligned, moved, lost = realign(text, tops)
    return GoldArticle(str(art_id), text, aligned, moved, lost)


def read_corpus(path: str | os.PathLike[str], fmt: str, *, limit: int | None = None) -> Iterator[GoldArticle]:
    """The articles of a gold corpus, streamed, with gold spans realigned (see `realign`).

    InputError when the file cannot be read, ParseError when it is not well-formed XML of the format."""
    from lxml import etree

    if fmt not in FORMATS:
        raise UsageError(f"unknown geoparsing format {fmt!r}; known: {', '.join(FORMATS)}")
    p = Path(path)
    spath = str(p)
    if not p.is_file():
        raise InputError("no such file" if not p.exists() else "not a file", path=spath)
    n = 0
    try:
        fh = p.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=spath) from None
    with fh:  # closed even when the caller stops early
        try:
            for _event, el in etree.iterparse(fh, events=("end",), tag="article", huge_tree=True,
                                              resolve_entities=False, no_network=True):
                if limit is not None and n >= limit:
                    return
                n += 1
                art = _article(el, fmt, spath, n)
                # free what was parsed: the element and the finished siblings before it
                el.clear()
                parent = el.getparent()
                while parent is not None and el.getprevious() is not None:
                    del parent[0]
                yield art
        except etree.XMLSyntaxError as exc:
            raise ParseError(f"not well-formed XML: {exc}", path=spath) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=spath) from None
    if n == 0:
        raise ParseError(f"no <article> elements: not a {fmt} corpus", path=spath)


def realign(text: str, toponyms: Iterable[GoldToponym]) -> tuple[list[GoldToponym], int, int]:
    """Gold spans moved onto their phrase: a span whose text differs from its phrase goes to the nearest
    occurrence of the phrase (ties: the earlier one). Returns (toponyms, moved, not found anywhere)."""
    out: list[GoldToponym] = []
    moved = lost = 0
    for t in toponyms:
        if not t.phrase or text[t.start:t.end] == t.phrase:
            out.append(t)
            continue
        best: int | None = None
        i = text.find(t.phrase)
        while i >= 0:
            if best is None or abs(i - t.start) < abs(best - t.start):
                best = i
            i = text.find(t.phrase, i + 1)
        if best is None:
            lost += 1
            out.append(t)
            continue
        moved += 1
        out.append(GoldToponym(best, best + len(t.phrase), t.phrase, t.latitude, t.longitude))
    return out, moved, lost


# -- scoring ---------------------------------------------------------------------------------------------------
def match_spans(gold: list[GoldToponym], pred: list[Predicted], *, exact: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs: same span when `exact`, else overlapping spans, each gold
    taking the free prediction that shares the most characters with it (gold in text order)."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    if exact:
        by_span: dict[tuple[int, int], list[int]] = {}
        for j, p in enumerate(pred):
            by_span.setdefault((p.start, p.end), []).append(j)
        for i, g in enumerate(gold):
            for j in by_span.get((g.start, g.end), ()):
                if j not in used:
                    used.add(j)
                    pairs.append((i, j))
                    break
        return pairs
    for i in sorted(range(len(gold)), key=lambda k: (gold[k].start, gold[k].end)):
        g = gold[i]
        best, best_overlap = -1, 0
        for j, p in enumerate(pred):
            if j in used:
                continue
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > best_overlap:
                best, best_overlap = j, overlap
        if best >= 0:
            used.add(best)
            pairs.append((i, best))
    return pairs


def auc_of_errors(errors_km: Iterable[float]) -> float | None:
    """Gritta et al.'s AUC of the error curve (see the module docstring); None for fewer than two errors."""
    logs = sorted(math.log1p(max(0.0, e)) for e in errors_km)
    n = len(logs)
    if n < 2:
        return None
    area = sum((logs[k] + logs[k + 1]) / 2 for k in range(n - 1))  # trapezoidal rule, unit steps
    return area / ((n - 1) * math.log(MAX_ERROR_KM))


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class GeoparseTally:
    """Counts and errors summed over articles; `metrics()` turns them into scores."""

    articles: int = 0
    gold: int = 0
    gold_without_coordinates: int = 0
    predicted: int = 0
    matched_exact: int = 0
    matched_overlap: int = 0
    realigned: int = 0
    unaligned: int = 0
    characters: int = 0
    seconds: float = 0.0
    errors_km: list[float] = field(default_factory=list)

    def add(self, gold: GoldArticle, pred: list[Predicted]) -> None:
        """Add one article: its gold toponyms against the predictions."""
        tops = gold.toponyms
        self.articles += 1
        self.gold += len(tops)
        self.gold_without_coordinates += sum(1 for t in tops if not t.has_coordinates)
        self.predicted += len(pred)
        self.realigned += gold.realigned
        self.unaligned += gold.unaligned
        self.characters += len(gold.text)
        self.matched_exact += len(match_spans(tops, pred, exact=True))
        for i, j in match_spans(tops, pred, exact=False):
            self.matched_overlap += 1
            g, p = tops[i], pred[j]
            if g.has_coordinates:
                self.errors_km.append(haversine_km(g.latitude, g.longitude, p.latitude, p.longitude))  # type: ignore[arg-type]

    def metrics(self) -> dict[str, float | int | None]:
        p, r, f = _prf(self.matched_exact, self.predicted, self.gold)
        po, ro, fo = _prf(self.matched_overlap, self.predicted, self.gold)
        errs = self.errors_km
        auc = auc_of_errors(errs)
        return {
            "toponym_precision": round(p, 4),
            "toponym_recall": round(r, 4),
            "toponym_f1": round(f, 4),
            "toponym_precision_overlap": round(po, 4),
            "toponym_recall_overlap": round(ro, 4),
            "toponym_f1_overlap": round(fo, 4),
            "acc_at_161km": round(sum(1 for e in errs if e <= ACC_KM) / len(errs), 4) if errs else None,
            "median_error_km": round(statistics.median(errs), 1) if errs else None,
            "mean_error_km": round(statistics.fmean(errs), 1) if errs else None,
            "auc": round(auc, 4) if auc is not None else None,
            "articles": self.articles,
            "gold_toponyms": self.gold,
            "gold_without_coordinates": self.gold_without_coordinates,
            "predicted_toponyms": self.predicted,
            "matched_exact": self.matched_exact,
            "matched_overlap": self.matched_overlap,
            "resolved_scored": len(errs),
            "realigned_gold_spans": self.realigned,
            "unaligned_gold_spans": self.unaligned,
            "characters": self.characters,
            "seconds": round(self.seconds, 2),
        }


def diagnose(gold: GoldArticle, pred: list[Predicted], *, context: int = 40) -> Iterator[dict[str, object]]:
    """Every gold toponym and every prediction of one article as a record for error analysis: ``kind`` is
    ``found`` (exact span, error <= 161 km or no gold coordinates), ``wrong_referent`` (error > 161 km),
    ``partial`` (overlapping span only), ``missed`` (no prediction overlaps) or ``false_positive``."""
    pairs = dict(match_spans(gold.toponyms, pred, exact=False))
    text = gold.text

    def around(s: int, e: int) -> str:
        return (text[max(0, s - context):s] + "[" + text[s:e] + "]" + text[e:e + context]).replace("\n", " ")

    for i, g in enumerate(gold.toponyms):
        rec: dict[str, object] = {"article": gold.id, "start": g.start, "end": g.end, "phrase": g.phrase,
                                  "gold_lat": g.latitude, "gold_lon": g.longitude, "context": around(g.start, g.end)}
        j = pairs.get(i)
        if j is None:
            rec["kind"] = "missed"
            yield rec
            continue
        p = pred[j]
        err = haversine_km(g.latitude, g.longitude, p.latitude, p.longitude) if g.has_coordinates else None  # type: ignore[arg-type]
        rec.update(predicted=p.text, pred_start=p.start, pred_end=p.end, pred_name=p.name, pred_country=p.country_code,
                   pred_feature=p.feature, pred_lat=p.latitude, pred_lon=p.longitude,
                   error_km=round(err, 1) if err is not None else None)
        if err is not None and err > ACC_KM:
            rec["kind"] = "wrong_referent"
        elif (p.start, p.end) != (g.start, g.end):
            rec["kind"] = "partial"
        else:
            rec["kind"] = "found"
        yield rec
    used = set(pairs.values())
    for j, p in enumerate(pred):
        if j not in used:
            yield {"article": gold.id, "kind": "false_positive", "start": p.start, "end": p.end, "predicted": p.text,
                   "pred_name": p.name, "pred_country": p.country_code, "pred_feature": p.feature,
                   "context": around(p.start, p.end)}


def predictions(places: Iterable["PlaceMention"]) -> list[Predicted]:
    return [Predicted(p.start, p.end, p.text, p.latitude, p.longitude, p.name, p.country_code, p.feature)
            for p in places]


def evaluate_geoparse(
    path: str | os.PathLike[str],
    fmt: str,
    *,
    limit: int | None = None,
    settings: "Settings | None" = None,
    demonyms: bool | None = None,
    on_article: Callable[[GoldArticle, list[Predicted], GeoparseTally], None] | None = None,
) -> dict[str, float | int | bool | None]:
    """Run sitrep's sentence splitting and place recognition/resolution over every article of a gold corpus and
    score it (see the module docstring); one dict of metric name -> value, plus counts.

    `seconds` is the time spent in the two stages (reading the XML excluded)."""
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline
    from sitrep.settings import Settings

    pipe = Pipeline(settings or Settings.from_env(workers=1), stages=("sentences", "places"))
    count_demonyms = DEMONYMS_ANNOTATED.get(fmt, True) if demonyms is None else demonyms
    tally = GeoparseTally()
    for gold in read_corpus(path, fmt, limit=limit):
        if tally.articles == 0:
            pipe.warm()  # the gazetteer load is not analysis time
        t0 = time.perf_counter()
        art = pipe(Article(id=gold.id, text=gold.text))
        tally.seconds += time.perf_counter() - t0
        pred = predictions(p for p in art.places if count_demonyms or p.context != "demonym")
        tally.add(gold, pred)
        if on_article is not None:
            on_article(gold, pred, tally)
    return {**tally.metrics(), "demonyms_counted": count_demonyms}
