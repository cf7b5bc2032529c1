"""The country a place name's spelling suggests, for a village no gazetteer knows and a text that names no country.

Place names carry their language: "-bougou" and "-koro" are Bambara/Dioula (Mali, Burkina Faso), "-tenga" and
"-ghin" Moore (Burkina Faso), "In-" and "Tin-" Tamasheq (Mali, Niger), "Dan " and "-wa" Hausa (Niger). A character
n-gram naive Bayes model of country given name (a "toponym language model"), trained on the loaded gazetteer's own
place names of the countries the user imported (`Gazetteer.focus`), reads them. Built lazily in memory on first
use (1.3-1.6 s of CPU for West Africa's 125,000 places and 230,000 others, about 30 MB).

Ordinary news names places of everywhere ("Police arrested a man in Springfield"): the model has more classes, the
gazetteer's places of the focus's neighbours not imported (Nigeria, Chad...) one each and of all the other
countries (the world's towns GeoNames lists) one, and a focus country is taken only when its posterior beats them
too. Naive Bayes multiplies dozens of dependent n-gram likelihoods and is overconfident; the log-likelihoods are
scaled by `_TEMPER` / the number of n-grams so that its posteriors match its accuracy on names it was not trained
on. Every tenth name of the gazetteer held out: with p >= 0.5 and 3 times the next class, 36% of the focus's names
get a country, 85% of them the right one, and 3% of the other countries' names are taken for a focus country's
(English-looking "-town" names go to Liberia, whose villages are so named).
"""

from __future__ import annotations

import math
from collections import Counter

from sitrep.geo.borders import borders
from sitrep.geo.gazetteer import Gazetteer, fold

# n-gram lengths, with "^" and "$" marking the name's ends and "_" between its words ("^dan_", "gou$")
_ORDERS = (2, 3, 4)
# add-alpha smoothing of the per-class n-gram probabilities
_ALPHA = 0.5
# the scaled sum of log-likelihoods: `_TEMPER` * mean per n-gram (see the module's note)
_TEMPER = 3.0
# a background class's names: every k-th place of the non-focus countries (enough for the shape of "other")
_BACKGROUND_CAP = 40000
_OTHER = "*"
# the countries near the imported ones (their outlines' boxes within this many degrees), modelled on their own beside
# the "other" class when not imported: where names share languages across a border
_NEAR_DEGREES = 2.0
_WIDE_DEGREES = 60.0
# the least posterior of the top country, and the least log-ratio over the next class (a country or "other")
MIN_POSTERIOR = 0.5
MIN_LOG_MARGIN = math.log(3.0)


def _grams(key: str) -> list[str]:
    s = "^" + "_".join(key.split()) + "$"
    return [s[i:i + n] for n in _ORDERS for i in range(len(s) - n + 1)]


def _neighbours(focus: frozenset[str]) -> frozenset[str]:
    """The countries not imported whose outline's box lies within `_NEAR_DEGREES` of an imported one's (West Africa's:
    Nigeria, Chad, Cameroon, Algeria...)."""
    countries = borders().countries
    boxes = [countries[c].bbox for c in focus if c in countries]
    d = _NEAR_DEGREES
    return frozenset(code for code, c in countries.items() if code not in focus
                     # (not a country whose box spans the globe with its overseas lands: France's, the USA's)
                     and c.bbox[2] - c.bbox[0] < _WIDE_DEGREES and c.bbox[3] - c.bbox[1] < _WIDE_DEGREES and any(
        c.bbox[0] <= b[2] + d and b[0] - d <= c.bbox[2] and c.bbox[1] <= b[3] + d and b[1] - d <= c.bbox[3]
        for b in boxes))


class SpellingModel:
    """Naive Bayes over character n-grams: the focus countries and one class for all other countries."""

    def __init__(self, gaz: Gazetteer) -> None:
        names: dict[str, set[str]] = {}
        other: dict[str, set[str]] = {}
        for row in gaz.places.rows:
            if row[9] != "place":
                continue
            key = " ".join(fold(str(row[1])).replace("-", " ").split())
            if len(key) < 3:
                continue
            (names if row[2] in gaz.focus else other).setdefault(str(row[2]), set()).add(key)
        # the other countries: a class of their own for the neighbours of the focus, where names share languages
        # (Nigeria's Hausa names, Chad's Arabic ones: "Maiduguri" is no village of Niger), one for all the rest
        near = _neighbours(gaz.focus)
        rest: list[str] = []
        for cc, keys in other.items():
            if cc in near:
                names["*" + cc] = keys
            else:
                rest.extend(keys)
        rest = sorted(set(rest))
        if rest:
            names[_OTHER] = set(rest[::max(1, len(rest) // _BACKGROUND_CAP)])
        self.classes = sorted(names)
        self.counts: dict[str, Counter[str]] = {}
        self.log_total: dict[str, float] = {}
        vocab: set[str] = set()
        for c in self.classes:
            marked = ["^" + "_".join(key.split()) + "$" for key in names[c]]
            cnt: Counter[str] = Counter([s[i:i + n] for n in _ORDERS for s in marked for i in range(len(s) - n + 1)])
            self.counts[c] = cnt
            vocab.update(cnt)
        self.vocab = len(vocab)
        for c in self.classes:
            self.log_total[c] = math.log(sum(self.counts[c].values()) + _ALPHA * self.vocab)
        # priors: a focus country's share of the focus's village names (an unknown village is more likely one of
        # Niger's 20,000 than of the Gambia's 2,000); each class of other countries as likely as the mean focus one
        focus = [c for c in self.classes if not c.startswith(_OTHER)]
        total = sum(len(names[c]) for c in focus) or 1
        mean = total / max(1, len(focus))
        self.log_prior = {c: math.log((len(names[c]) if c in focus else mean) / total) for c in self.classes}

    def posteriors(self, name: str) -> dict[str, float]:
        """Class -> posterior for a name ("*": the countries the user did not import, "*NG": a neighbour of them)."""
        key = " ".join(fold(name).replace("-", " ").split())
        grams = _grams(key)
        if not grams or not self.classes:
            return {}
        scores = {}
        for c in self.classes:
            cnt, lt = self.counts[c], self.log_total[c]
            ll = sum(math.log(cnt.get(g, 0) + _ALPHA) - lt for g in grams)
            scores[c] = _TEMPER * ll / len(grams) + self.log_prior[c]
        top = max(scores.values())
        z = sum(math.exp(s - top) for s in scores.values())
        return {c: math.exp(s - top) / z for c, s in scores.items()}


def spelling_model(gaz: Gazetteer) -> SpellingModel | None:
    """The gazetteer's model, built on first use (in its memo); None with no imported countries."""
    if not gaz.focus:
        return None
    model = gaz.memo.get("spelling-model")
    if model is None:
        model = gaz.memo["spelling-model"] = SpellingModel(gaz)
    return model  # type: ignore[return-value]


def country_from_spelling(gaz: Gazetteer, name: str) -> tuple[str, float] | None:
    """(country, posterior) of an unknown place name whose spelling is clearly one focus country's ("Tin-Akoff"
    like Mali's or Niger's Tamasheq names, "Tinkarabougou" like Mali's Bambara ones); None when the top class
    is "other" ("Springfield"), or under `MIN_POSTERIOR`, or within `MIN_LOG_MARGIN` of the next class."""
    model = spelling_model(gaz)
    if model is None:
        return None
    post = model.posteriors(name)
    ranked = sorted(post.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][0].startswith(_OTHER) or ranked[0][1] < MIN_POSTERIOR:
        return None
    if len(ranked) > 1 and math.log(ranked[0][1] / max(ranked[1][1], 1e-12)) < MIN_LOG_MARGIN:
        return None
    return ranked[0][0], ranked[0][1]
