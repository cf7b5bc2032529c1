"""Group articles into stories as they arrive: near-duplicates by MinHash, the rest by weighted terms, places,
actors and dates against the stories already known, without reclustering and without scanning every article.

An article becomes a weighted bag of features (`story_terms`): the words of the title and the lead count more
than the body, proper names more than common words, and the places and actors the pipeline resolved are
features of their own ("geo:2438915", "act:Military Forces of Niger (2023-)"), so two reports that spell a
village differently still meet on its gazetteer id; so are the days it names ("day:2015-06-13": a follow-up that
names the day of the shooting; "when:saturday" in an article without a publication date). Weights are TF-IDF
with document frequencies counted over every article seen so far (the store's own vocabulary; no model, no
download).

`StoryIndex.assign` compares a new article with the stories that share one of its rarest features (an inverted
index, so the cost depends on those postings, not on the size of the store), scores each by the cosine between
the article and the story's centroid, lowered when their dates lie far apart and when the two name only other
values of one kind (full names, places, years, magnitudes, written days), and joins the best one above the
threshold or opens a new story. A story older than the window is a candidate again for a report that names
one of its days (up to `recall_days`); the store keeps stories' days and hands such stories back on demand
(`fetch_older`). Near-duplicates (wire copies republished by several sites) are found first with
MinHash LSH and recorded as `duplicate_of`: the same story, and one source, not ten.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sitrep.model import Article

__all__ = ["Assignment", "StoryIndex", "StorySettings", "minhash_signature", "signature_bytes", "signature_values",
           "story_terms"]

# words, and the numbers that tell one happening from another of its kind: decimals and figures of four digits or
# more ("a 6.1-magnitude quake" / "4.4", "the BlackBerry Curve 8900", "$13.9 billion", a year); not small counts
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]|\d+[.,]\d+|\d{4,}")

# Function words and the vocabulary of every news report: never a reason to put two articles together.
_STOP = frozenset("""
a about above according across after afternoon again against ago all almost along already also although always am
among an and another any are around as at away back be became because been before being below between both but by
can could day days did do does during each early earlier either else even evening ever every few first five for
four from further had has have having he her here hers him his how however i if in including inside into is it its
itself just last late later least less like made make many may me might more morning most much must my near nearly
new next night no nor not now of off on once one only or other our out over own part people per put rather
reported reports said same saturday say says second see she should since six so some still such sunday than that
the their them then there these they third this those three through thursday to today told too took tuesday two
under until up upon us very was wednesday we week weeks well were what when where whether which while who whom
whose why will with within without would year years yesterday yet you your monday friday tonight percent
mr mrs ms dr news report article story according
""".split())


@dataclass(frozen=True, slots=True)
class StorySettings:
    """The knobs of story assignment: one configuration for every corpus."""

    threshold: float = 0.15  # cosine (after the date penalty) needed to join a story
    window_days: int = 30  # stories whose dates lie further from the article are not candidates
    date_tolerance_days: int = 3  # dates this close cost nothing
    date_decay_days: float = 14.0  # beyond the tolerance the score falls by e^(-extra days / this)
    query_terms: int = 12  # the article's highest-weighted features used to find candidate stories
    max_postings: int = 2_000  # a feature in more stories than this is too common to find candidates with
    centroid_terms: int = 80  # features kept per story centroid
    duplicate_jaccard: float = 0.8  # MinHash estimate of shingle overlap for a near-duplicate
    num_perm: int = 64  # MinHash permutations
    title_weight: float = 3.0
    lead_weight: float = 2.0
    name_weight: float = 2.0  # a capitalised word that does not open a sentence
    max_sentences: int = 20  # sentences read for features (the lead and what follows; the tail adds noise and time)
    place_weight: float = 3.0
    actor_weight: float = 1.5
    # who and where must agree: an article whose full names (or places) are all other than the story's is less
    # likely the same happening ("Hugh Jackman to host the Oscars" / "Ellen DeGeneres to host the Oscars")
    name_conflict: float = 0.8
    place_conflict: float = 0.7
    # and whom: a report about few people (at most `focus_names` salient full names) that names someone the story
    # never told, while the story's own salient names are not all in it, is another happening with some of the same
    # people ("Klitschko stops Thompson" / "Klitschko stops Rahman"); two stories that differ so are not merged
    # either (see `merge_threshold`). Long pages name many people, and which of them the story is about is unclear
    other_names_conflict: float = 0.4
    focus_names: int = 2
    # and which one: numbers of one kind that are all other than the story's (years "2013" / "2008", decimals "a
    # 6.1-magnitude quake" / "4.4", other figures "the 4500 block" / "the 1200 block") tell another happening of the
    # same kind; so does another day named where the articles carry no publication date ("on Saturday" / "on
    # Thursday", see `story_terms`)
    number_conflict: float = 0.6
    when_conflict: float = 0.7
    salient_weight: float = 8.0  # the raw weight a full name needs to count (said in the title, or often)
    # the days an article names ("the shooting on Saturday", "the Sept. 12 slaying") are features of their own; a
    # later report that names a day its story told joins it after the window too, up to `recall_days` (charges, a
    # trial, a funeral weeks or months later: the same happening)
    day_weight: float = 4.0
    recall_days: int = 730
    # two stories an article could join whose centroids are this close are one story told twice: the first reports
    # scored under the threshold against each other, and each started its own ("T-Mobile has officially announced
    # ..." / "T-Mobile USA has just confirmed ..."); the article that bridges them merges them
    merge_threshold: float = 0.3
    # a story of one report is that report's words alone, and a first report told in other words than those that
    # followed ("the veteran tenor, famed for his Verdi roles, has passed away" / "opera singer dies aged 81") stays
    # apart from them: the article that could join both folds the one-report story into the other at this closeness
    merge_single_threshold: float = 0.2


_StoryRow = tuple[str, str | None, date | None, date | None, int, dict[str, float]]  # id, title, first, last, n, centroid
_MemberRow = tuple[str, str, bytes | None, str | None]  # article, story, signature, article it copies


@dataclass(slots=True)
class Assignment:
    """Where an article went: its story, how it got there, and the near-duplicate it copies if any."""

    article_id: str
    story_id: str
    similarity: float  # cosine to the story it joined (1.0 for a near-duplicate, 0.0 for a new story)
    new_story: bool
    duplicate_of: str | None = None


@dataclass(slots=True)
class _Story:
    story_id: str
    tf: dict[str, float] = field(default_factory=dict)  # summed member features
    first: date | None = None
    last: date | None = None
    n: int = 0
    title: str | None = None
    vec: dict[str, float] | None = None  # weighted, normalised centroid; None when stale
    vec_docs: int = 0  # n_docs when `vec` was computed
    days: set[str] = field(default_factory=set)  # the day features its articles named (kept whole, never trimmed)


def _day(term: str) -> bool:
    return term.startswith("day:")


def _full_name(term: str) -> bool:
    """A feature that is a full name: two capitalised words in a row ("hugh jackman"), not a place or an actor."""
    return " " in term and not term.startswith(("geo:", "act:", "day:"))


def _salient_names(tf: dict[str, float], weight: float) -> set[str]:
    """The full names among raw features said in a title or often (raw weight >= `weight`)."""
    return {t for t, w in tf.items() if w >= weight and _full_name(t)}


def _names_apart(a: dict[str, float], b: dict[str, float], weight: float, focus: int) -> bool:
    """Whether two bags of raw features (an article's, a story's) tell of other people: one of them names at most
    `focus` salient full names, and each names someone salient the other never names."""
    mine, theirs = _salient_names(a, weight), _salient_names(b, weight)
    if min(len(mine), len(theirs)) > focus:
        return False
    return any(t not in b for t in mine) and any(t not in a for t in theirs)


def story_terms(article: Article, settings: StorySettings = StorySettings()) -> dict[str, float]:
    """The weighted features of an article (see the module docstring); raw weights, before IDF."""
    out: dict[str, float] = {}

    # a headline written in headline case ("Rovers Sink United To Reach Cup Final", or all in capitals) tells no
    # names by its capitals: there a word is a name only if the article's other sentences write it capitalised
    # ("Maria Lopez Joins Hilltop Theatre Board" keeps "maria lopez" and "hilltop theatre", not "lopez joins")
    sentences = article.sentences[: settings.max_sentences]
    texts = [article.text[s.start:s.end] for s in sentences] if sentences else [article.text]
    heads = {i for i, text in ((-1, article.title), (0, texts[0] if sentences else None))
             if text and _headline_case(text)}
    known: set[str] = set()  # the words the article's other sentences write capitalised (a first word: before another)
    if heads:
        for i, text in enumerate(texts):
            if i not in heads:
                words = list(_WORD.finditer(text))
                for k, m in enumerate(words):
                    if m.group(0)[0].isupper() and (m.start() > 0 or (
                            k + 1 < len(words) and words[k + 1].group(0)[0].isupper()
                            and words[k + 1].start() - m.end() <= 1)):
                        known.add(_name_key(m.group(0)))

    def add(weight: float, text: str, starts: set[int], headline: bool = False) -> None:
        prev_name: str | None = None
        prev_end = -10
        for m in _WORD.finditer(text):
            w = m.group(0)
            low = _name_key(w)
            is_name = w[0].isupper() and (low in known if headline else m.start() not in starts)
            if headline and not is_name:  # a common word, which neither is nor starts a name
                prev_name = None
                if len(low) >= 3 and low not in _STOP:
                    out[low] = out.get(low, 0.0) + weight
                continue
            if len(low) < 3 or low in _STOP:
                prev_name = None
                continue
            wt = weight * settings.name_weight if is_name else weight
            out[low] = out.get(low, 0.0) + wt
            if is_name or (w[0].isupper() and m.start() in starts):
                # two capitalised words in a row: a full name ("Brady Osborne", "Hudson Street") is its own feature
                if prev_name is not None and m.start() - prev_end <= 1:
                    key = f"{prev_name} {low}"
                    out[key] = out.get(key, 0.0) + weight * settings.name_weight
                prev_name, prev_end = low, m.end()
            else:
                prev_name = None

    if article.title:
        add(settings.title_weight, article.title, {0}, -1 in heads)
    if sentences:
        for i, text in enumerate(texts):
            add(settings.lead_weight if i < 2 else 1.0, text, {0}, i in heads)
    else:
        text = article.text
        starts = {0} | {m.end() for m in re.finditer(r"[.!?]\s+|\n+", text)}
        lead_end = _lead_end(text)
        add(settings.lead_weight, text[:lead_end], {0})
        add(1.0, text[lead_end:], {s - lead_end for s in starts if s >= lead_end})
    for p in article.places:
        key = f"geo:{p.geonames_id}" if p.geonames_id else f"geo:{p.name.lower()}"
        out[key] = out.get(key, 0.0) + settings.place_weight
    for a in article.actors:
        key = f"act:{a.actor}"
        out[key] = out.get(key, 0.0) + settings.actor_weight
    for d in article.dates:
        if d.precision == 1 and d.anchored and d.date_start is not None:
            key = f"day:{d.date_start.isoformat()}"
            out[key] = out.get(key, 0.0) + settings.day_weight
        elif d.precision == 1 and not d.anchored:
            # no publication date to resolve it against: the day as written ("on Saturday" -> "when:saturday",
            # "on Feb. 22" -> "when:02-22"), which two undated reports of one happening share
            when = _written_day(d.text)
            if when is not None:
                out[when] = out.get(when, 0.0) + settings.day_weight
    return out


def _name_key(word: str) -> str:
    """A word as a feature: lower case, the possessive dropped ("Lopez's" -> "lopez")."""
    low = word.lower().replace("’", "'")
    return low[:-2] if low.endswith("'s") else low


def _headline_case(text: str) -> bool:
    """Whether a line is written in headline case: of its words of four letters or more (not function words), at
    least three and nearly all (85%) capitalised, as "Sacked Driver Goes on Wild Spree" or "ROVERS SINK UNITED"."""
    words = [w for w in _WORD.findall(text) if w[0].isalpha() and len(w) >= 4 and w.lower() not in _STOP]
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.85 * len(words)


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b"
                        r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                        re.I)


def _written_day(text: str) -> str | None:
    """The feature of a day phrase that could not be anchored: its weekday or its month and day, as written."""
    m = _WEEKDAY.search(text)
    if m:
        return f"when:{m.group(1).lower()}day"
    m = _MONTH_DAY.search(text)
    if m:
        month = _MONTHS.index((m.group(1) or m.group(4)).lower()) + 1
        return f"when:{month:02d}-{int(m.group(2) or m.group(3)):02d}"
    return None


def _number_kinds(terms: Iterable[str]) -> tuple[set[str], set[str], set[str]]:
    """The number features among `terms` by kind: years, decimals ("6.1", "13,900"), other figures ("8900")."""
    years: set[str] = set()
    decimals: set[str] = set()
    other: set[str] = set()
    for t in terms:
        if t[:1].isdigit():
            if not t.isdigit():
                decimals.add(t)
            elif len(t) == 4 and t[:2] in ("19", "20"):
                years.add(t)
            else:
                other.add(t)
    return years, decimals, other


def _lead_end(text: str) -> int:
    """The end of the second sentence (roughly), for texts without sentence offsets."""
    n = 0
    for m in re.finditer(r"[.!?](?:\s+|$)", text):
        n += 1
        if n == 2:
            return m.end()
    return len(text)


_SHINGLE = 4
_LOG_TABLE = 4096
_LOG1P = [math.log(d + 1) for d in range(_LOG_TABLE)]
_SCHEME = "affine32"  # datasketch's default hashing scheme, named so stored signatures stay comparable


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int) -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, scheme=_SCHEME).permutations  # fixed by datasketch's default seed


def signature_bytes(mh: Any) -> bytes:
    """A MinHash as bytes for the store (its hash values, little-endian uint64)."""
    return bytes(mh.hashvalues.astype("<u8").tobytes())


def signature_values(data: bytes) -> Any:
    """A stored signature's hash values (what `BandIndex` and `StoryIndex.assign` take)."""
    import numpy as np

    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def minhash_signature(text: str, num_perm: int = 64) -> Any:
    """A datasketch MinHash over the word 4-grams of the first 400 words (wire copies share their opening)."""
    from datasketch import MinHash

    words = [w.lower() for w in _WORD.findall(text)[:400]]
    mh = MinHash(num_perm=num_perm, scheme=_SCHEME, permutations=_permutations(num_perm))
    grams = {" ".join(words[i:i + _SHINGLE]).encode() for i in range(max(1, len(words) - _SHINGLE + 1))}
    mh.update_batch(list(grams))
    return mh


class BandIndex:
    """Locality-sensitive hashing of MinHash signatures: the banding datasketch's `MinHashLSH` chooses for the
    threshold (for 0.8 and 64 permutations, 5 bands of 11 values), kept compactly. Per band, the hashes of the
    articles' band values sit in a sorted array beside the articles' numbers (12 bytes a band and an article);
    the latest additions wait in a small dict and are merged into the arrays every `merge_every` additions. About
    70 bytes an article, where MinHashLSH keeps a bytes key and a set per band (~2 KB measured: 35 MB for 19,000
    articles) and dicts of Python ints took ~500 bytes. Candidates come back in the order they were added
    (MinHashLSH returns a set, whose order changes from run to run). Band hashes are Python's `hash` of the
    band's bytes: an index lives in one process and is rebuilt from stored signatures."""

    def __init__(self, threshold: float, num_perm: int, *, merge_every: int = 1024) -> None:
        import numpy as np
        from datasketch import MinHashLSH

        self.ranges: list[tuple[int, int]] = list(MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges)
        self._np = np
        self.hashes: list[Any] = [np.empty(0, dtype=np.int64) for _ in self.ranges]  # sorted, per band
        self.numbers: list[Any] = [np.empty(0, dtype=np.int32) for _ in self.ranges]  # article numbers beside them
        self.recent: list[dict[int, list[int]]] = [{} for _ in self.ranges]  # band hash -> numbers, not merged yet
        self.merge_every = merge_every
        self.keys: list[str] = []

    def __len__(self) -> int:
        return len(self.keys)

    def insert(self, key: str, hashvalues: Any) -> None:
        n = len(self.keys)
        self.keys.append(key)
        for (a, b), recent in zip(self.ranges, self.recent):
            recent.setdefault(hash(hashvalues[a:b].tobytes()), []).append(n)
        if len(self.keys) % self.merge_every == 0:
            self._merge()

    def _merge(self) -> None:
        np = self._np
        for band, recent in enumerate(self.recent):
            if not recent:
                continue
            add_h = np.fromiter((h for h, ns in recent.items() for _ in ns), dtype=np.int64)
            add_n = np.fromiter((k for ns in recent.values() for k in ns), dtype=np.int32)
            hashes = np.concatenate([self.hashes[band], add_h])
            numbers = np.concatenate([self.numbers[band], add_n])
            order = np.lexsort((numbers, hashes))
            self.hashes[band], self.numbers[band] = hashes[order], numbers[order]
            recent.clear()

    def query(self, hashvalues: Any) -> list[str]:
        found: set[int] = set()
        for (a, b), hashes, numbers, recent in zip(self.ranges, self.hashes, self.numbers, self.recent):
            h = hash(hashvalues[a:b].tobytes())
            lo = int(hashes.searchsorted(h, "left"))
            if lo < len(hashes) and hashes[lo] == h:
                hi = int(hashes.searchsorted(h, "right"))
                found.update(numbers[lo:hi].tolist())
            got = recent.get(h)
            if got is not None:
                found.update(got)
        return [self.keys[i] for i in sorted(found)]


class StoryIndex:
    """Stories in memory: document frequencies, centroids, an inverted index of features, a MinHash LSH."""

    def __init__(self, settings: StorySettings = StorySettings()) -> None:
        self.settings = settings
        self.df: dict[str, int] = {}
        self.n_docs = 0
        self.stories: dict[str, _Story] = {}
        self.postings: dict[str, set[str]] = {}
        self.story_of: dict[str, str] = {}  # article id -> story id
        self.copy_of: dict[str, str] = {}  # near-duplicate article id -> the first article it copies
        self._lsh = BandIndex(settings.duplicate_jaccard, settings.num_perm)
        self._next = 0
        self.dirty: set[str] = set()  # stories changed since `take_changes`
        self.df_delta: dict[str, int] = {}  # document frequencies added since `take_changes`
        self.days_delta: list[tuple[str, str]] = []  # (story, day feature) added since `take_changes`
        self.merged_into: dict[str, str] = {}  # a story merged into another -> that one
        self.merges_delta: list[tuple[str, str]] = []  # (merged story, the story it went into) since `take_changes`
        # stories left in the store (older than the window) by the days they named, and how to fetch them: a later
        # report naming one of those days brings its story in (see `recall_days`)
        self.older_days: dict[str, set[str]] = {}
        self.fetch_older: Callable[[set[str]], tuple[list[_StoryRow], list[_MemberRow], list[tuple[str, str]]]] | None = None

    # -- persistence (the store keeps df, story centroids and signatures; see sitrep.store.db) --------------
    def preload(self, *, n_docs: int, df: Iterable[tuple[str, int]], stories: Iterable[_StoryRow],
                members: Iterable[_MemberRow], days: Iterable[tuple[str, str]] = (),
                older_days: Iterable[tuple[str, str]] = ()) -> None:
        """Fill the index from stored rows: df, (id, title, first, last, n, centroid) and (article, story,
        signature, article it copies) for the articles of those stories, (story, day feature) of those stories,
        and (story, day feature) of older stories left in the store."""
        self.n_docs = n_docs
        self.df.update(df)
        self._add_stored(stories, members, days)
        for sid, day in older_days:
            if sid not in self.stories:
                self.older_days.setdefault(day, set()).add(sid)

    def _add_stored(self, stories: Iterable[_StoryRow], members: Iterable[_MemberRow],
                    days: Iterable[tuple[str, str]]) -> None:
        for sid, title, first, last, n, tf in stories:
            if sid in self.merged_into:
                continue  # merged in this batch, before the store was written
            self.stories[sid] = _Story(sid, dict(tf), first, last, n, title)
            for t in tf:
                self.postings.setdefault(t, set()).add(sid)
        for sid, day in days:
            if sid in self.stories:
                self.stories[sid].days.add(day)
        for aid, sid, sig, copied in members:
            if sid in self.stories:
                self.story_of[aid] = sid
                if copied:
                    self.copy_of[aid] = copied
                if sig:
                    self._lsh.insert(aid, signature_values(sig))

    def _recall(self, days: set[str]) -> None:
        """Bring in the stored stories, older than the window, that named one of these days."""
        want: set[str] = set()
        for d in days:
            want |= self.older_days.pop(d, set())
        want -= self.stories.keys()
        want -= self.merged_into.keys()  # (merged into a story already here)
        if want and self.fetch_older is not None:
            self._add_stored(*self.fetch_older(want))

    def take_changes(self) -> tuple[list[_Story], dict[str, int], list[tuple[str, str]], list[tuple[str, str]]]:
        """The stories changed, the df increments, the (story, day) pairs added and the (merged story, story it
        went into) pairs, in order, since the last call (for the store to write)."""
        changed = [self.stories[s] for s in sorted(self.dirty) if s in self.stories]
        delta, days, merges = self.df_delta, self.days_delta, self.merges_delta
        self.dirty, self.df_delta, self.days_delta, self.merges_delta = set(), {}, [], []
        return changed, delta, days, merges

    def current(self, story_id: str) -> str:
        """The story a story id now stands for (itself, or the story it was merged into)."""
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id

    # -- weights ------------------------------------------------------------------------------------------
    def _idfs(self, terms: Iterable[str]) -> list[float]:
        """idf of many terms at once: log(n+1) once, log(df+1) from a table for the usual small df."""
        log_n = math.log(self.n_docs + 1) + 1.0
        get = self.df.get
        table = _LOG1P
        out = []
        for t in terms:
            d = get(t, 0)
            out.append(log_n - (table[d] if d < _LOG_TABLE else math.log(d + 1)))
        return out

    def _vector(self, tf: dict[str, float]) -> dict[str, float]:
        log = math.log
        v = {t: ((1.0 + log(w)) if w >= 1.0 else w) * i for (t, w), i in zip(tf.items(), self._idfs(tf))}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    # -- assignment ---------------------------------------------------------------------------------------
    def assign(self, article_id: str, terms: dict[str, float], published: date | None, *, title: str | None = None,
               signature: Any = None, story_id: str | None = None) -> Assignment:
        """Put one article in a story (an existing one, or a new one with id `story_id` or a generated one).
        `signature`: the hash values of the article's MinHash (`minhash_signature(text).hashvalues`, or
        `signature_values` of stored bytes), for near-duplicates; None skips them."""
        st = self.settings
        for t in terms:
            self.df[t] = self.df.get(t, 0) + 1
            self.df_delta[t] = self.df_delta.get(t, 0) + 1
        self.n_docs += 1

        vec = self._vector(terms)
        days = {t for t in terms if _day(t)}
        if signature is not None:
            # a near-duplicate (the same shingles) whose story also shares the article's words and is still open (in
            # the window, or named by one of its days): a copy. Shingles alone are not enough (two pages can share a
            # long stretch of site furniture), nor are they months apart: a site's template around another incident
            # a year later is no copy (GVA: BCubed precision 0.924 -> 0.937)
            dups = [d for d in self._lsh.query(signature) if d in self.story_of]
            self._lsh.insert(article_id, signature)
            for dup in dups:
                sid = self.current(self.story_of[dup])
                score = self._cosine(vec, self.stories[sid])
                if score >= st.threshold and self._date_factor(published, self.stories[sid], days) > 0.0:
                    root = self.copy_of.get(dup, dup)  # a copy of a copy is a copy of the first
                    self.copy_of[article_id] = root
                    self._join(sid, article_id, terms, published)
                    return Assignment(article_id, sid, round(score, 4), False, duplicate_of=root)

        if days and self.older_days:
            # (only days before the window: a report of today's news names no older story's day)
            cut = None if published is None else f"day:{published - timedelta(days=st.window_days)}"
            self._recall({d for d in days if cut is None or d < cut})
        names = _salient_names(terms, st.salient_weight)
        places = {t for t in terms if t.startswith("geo:")}
        numbers = _number_kinds(terms) if st.number_conflict < 1.0 else ((), (), ())
        whens = {t for t in terms if t.startswith("when:")}
        query = sorted(vec, key=vec.__getitem__, reverse=True)[: st.query_terms]
        candidates: set[str] = set()
        for t in query:
            post = self.postings.get(t)
            if post and len(post) <= st.max_postings:
                candidates |= post
        best, best_score = None, 0.0
        also: list[str] = []  # other stories the article could join
        for sid in candidates:
            story = self.stories[sid]
            penalty = self._date_factor(published, story, days)
            if penalty == 0.0:
                continue
            score = self._cosine(vec, story) * penalty
            if names and st.name_conflict < 1.0 and score >= st.threshold:
                told = {t for t in story.tf if _full_name(t)}
                if told and not (told & names):
                    score *= st.name_conflict
                elif _names_apart(terms, story.tf, st.salient_weight, st.focus_names):
                    score *= st.other_names_conflict
            if places and st.place_conflict < 1.0 and score >= st.threshold:
                told = {t for t in story.tf if t.startswith("geo:")}
                if told and not (told & places):
                    score *= st.place_conflict
            if any(numbers) and score >= st.threshold:
                if any(told and mine and not (told & mine) for told, mine in zip(_number_kinds(story.tf), numbers)):
                    score *= st.number_conflict
            if whens and st.when_conflict < 1.0 and score >= st.threshold:
                told = {t for t in story.tf if t.startswith("when:")}
                if told and not (told & whens):
                    score *= st.when_conflict
            if score >= st.threshold:
                also.append(sid)
            if score > best_score:
                best, best_score = sid, score
        if best is not None and best_score >= st.threshold:
            self._join(best, article_id, terms, published)
            for other in also:
                if other == best:
                    continue
                self.stories[other].vec = None  # (both centroids as of now: `best` was just joined)
                close = self._cosine(self._centroid(self.stories[best]), self.stories[other])
                apart = _names_apart(self.stories[best].tf, self.stories[other].tf, st.salient_weight, st.focus_names)
                if apart:
                    close *= st.other_names_conflict
                single = self.stories[other].n == 1 and not apart  # (a report about other people stays apart)
                if close >= (st.merge_single_threshold if single else st.merge_threshold):
                    self._merge(best, other)
            return Assignment(article_id, best, round(best_score, 4), False)
        sid = story_id or self._new_id()
        self.stories[sid] = _Story(sid, title=title)
        self._join(sid, article_id, terms, published)
        return Assignment(article_id, sid, 0.0, True)

    def _centroid(self, story: _Story) -> dict[str, float]:
        # the centroid's weights change with every new member and, slowly, with the document frequencies:
        # recomputed when a member joins or the collection has grown by a tenth since
        if story.vec is None or self.n_docs > story.vec_docs * 1.1:
            story.vec, story.vec_docs = self._vector(story.tf), self.n_docs
        return story.vec

    def _cosine(self, vec: dict[str, float], story: _Story) -> float:
        cvec = self._centroid(story)
        return sum(x * cvec.get(t, 0.0) for t, x in vec.items())

    def _merge(self, keep: str, drop: str) -> None:
        """Fold story `drop` into `keep`: features, counts, dates and days; `drop` is gone (its id now stands for
        `keep`, see `current`); the store moves its articles, events and days (see sitrep.store.db)."""
        a, b = self.stories[keep], self.stories.pop(drop)
        for t, w in b.tf.items():
            a.tf[t] = a.tf.get(t, 0.0) + w
            post = self.postings.get(t)
            if post is not None:
                post.discard(drop)
        self._trim(a)
        for t in a.tf:
            self.postings.setdefault(t, set()).add(keep)
        a.n += b.n
        a.vec = None
        a.days |= b.days
        a.first = min((d for d in (a.first, b.first) if d is not None), default=None)
        a.last = max((d for d in (a.last, b.last) if d is not None), default=None)
        self.merged_into[drop] = keep
        self.merges_delta.append((drop, keep))
        for older in self.older_days.values():  # (a recalled story is listed under its other days too)
            older.discard(drop)
        self.dirty.add(keep)
        self.dirty.discard(drop)

    def _date_factor(self, published: date | None, story: _Story, days: set[str] | frozenset[str] = frozenset()
                     ) -> float:
        st = self.settings
        if published is None or story.first is None or story.last is None:
            return 1.0
        if story.first <= published <= story.last:
            gap = 0
        else:
            gap = min(abs((published - story.first).days), abs((published - story.last).days))
        if gap > st.date_tolerance_days and gap <= st.recall_days and not days.isdisjoint(story.days):
            return 1.0  # a later report naming a day the story told ("the Sept. 12 shooting"): the same happening
        if gap > st.window_days:
            return 0.0
        extra = max(0, gap - st.date_tolerance_days)
        return math.exp(-extra / st.date_decay_days)

    def _join(self, sid: str, article_id: str, terms: dict[str, float], published: date | None) -> None:
        story = self.stories[sid]
        for t, w in terms.items():
            story.tf[t] = story.tf.get(t, 0.0) + w
        self._trim(story)
        for t in story.tf:
            self.postings.setdefault(t, set()).add(sid)
        for t in terms:
            if _day(t) and t not in story.days:
                story.days.add(t)
                self.days_delta.append((sid, t))
        story.n += 1
        story.vec = None
        self.dirty.add(sid)
        if published is not None:
            story.first = published if story.first is None else min(story.first, published)
            story.last = published if story.last is None else max(story.last, published)
        self.story_of[article_id] = sid

    def _trim(self, story: _Story) -> None:
        """Keep the centroid small: its heaviest features."""
        if len(story.tf) > self.settings.centroid_terms * 2:
            weights = [w * i for w, i in zip(story.tf.values(), self._idfs(story.tf))]
            order = sorted(range(len(weights)), key=weights.__getitem__, reverse=True)
            items = list(story.tf)
            for t in [items[k] for k in order[self.settings.centroid_terms:]]:
                del story.tf[t]
                post = self.postings.get(t)
                if post is not None:
                    post.discard(story.story_id)

    def _new_id(self) -> str:
        self._next += 1
        return f"s{self._next:06d}"
