"""Restore the capitals of a text written all in lower case, so that the stages after it can read it.

Some sources come in lower case (scraped archives: the Times of India's pages of 2002; some feeds and
transcripts). Every later stage leans on capitals: a sentence ends where the next one starts with a capital, a
place or an armed group is a capitalised name, "may" is a month only as "May". On such a text sitrep read one
sentence per paragraph and no place at all. Here a text is recognised as lower-cased (almost no capital inside
sentences) and given back its capitals where they are certain enough, without changing its length (every offset
stays valid):

* the first letter of a paragraph, of a line, and of a sentence (after . ! ? and closing quotes, not after an
  abbreviation), and the word after a title ("mr. advani");
* "i" alone; the days of the week; the months ("march" and "may" only next to a number: "march 10", "10 may");
* countries (names of four letters or more: not "us") and their peoples (`DEMONYMS`), first-level units and places of 100,000
  people or more, unless the name is an ordinary English word (data/common_names.txt, built by
  scripts/make_common_names.py from Webster's dictionary: "mobile", "reading", "plateau" stay as written) or a
  word the place recogniser already refuses as a place ("said", "police").

Smaller places are not capitalised: without capitals nothing tells "in kano" from "in time", and a wrong place
is worse than a missed one. The library truecasers on PyPI need NLTK's downloaded models or a 28 MB language
model; this rule set is small and its choices can be read.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING

from sitrep.text.sentences import is_abbreviation

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer

__all__ = ["candidate_keys", "is_lowercased", "truecase"]

_WORD = re.compile(r"[^\W\d_]{2,}")
_CAPITAL = re.compile(r"[A-Z]")
# a sentence start: text start or a line break, or . ! ? … with closing quotes and spaces; then opening quotes
_START = re.compile(r"""(?:^|\n|([.!?…]+)["'”’»)\]]*[ \t]+)[ \t]*["'“‘«(\[]*(?=[^\W\d_])""")
# (with its full stop only where the title is also a word or a prefix: "gen. singh", not "gen x voters", "a sales
# rep said", "the col")
_TITLE = re.compile(r"\b(?:(?:mr|mrs|ms|dr|prof|shri|smt|sri|capt|lt|sgt)\.?|(?:gen|col|maj|gov|sen|rep)\.)[ \t]+(?=[a-z])")
_ALWAYS = re.compile(r"\b(?:i|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|"
                     r"july|august|september|october|november|december|sept|oct|nov|dec|jan|feb|aug)\b(?![.'’-]\w)")
_MONTH_BY_NUMBER = re.compile(r"\b(?:march|may)(?=[ \t]+\d)|(?<=\d)(?:st|nd|rd|th)?[ \t]+(?:march|may)\b")
_INNER = frozenset("and of de del da do du des la le les el al on upon sur the".split())
# the first letter after a full stop (and closing quotes): in a lower-cased text, mostly lower case
_AFTER_STOP = re.compile(r"""[.!?]["'”’)\]]*[ \t]+["'“‘(\[]*([^\W\d_])""")
_MIN_LOWER_STARTS = 0.6
# and of at least this many words inside sentences, at most this share has a capital
_MIN_WORDS = 30
_MAX_CAPITAL_SHARE = 0.05
_MIN_POPULATION = 100_000
_NOT_COUNTRIES = frozenset({"car"})  # the Central African Republic's initials, in lower case a car


def is_lowercased(text: str) -> bool:
    """True for a text written in lower case: most of its sentences (two at least) begin in lower case after a
    full stop, and of its words inside sentences (30 at least) at most 5 % begin with a capital. Ordinary news
    begins every sentence with a capital; a lower-cased page keeps a few capitals in its boilerplate ("This story
    is from March 10, 2002") and nowhere else."""
    if len(_CAPITAL.findall(text)) * 50 > len(text):  # a capital every 50 characters: written with capitals
        return False
    after_stop = [m.group(1) for m in _AFTER_STOP.finditer(text)]
    if len(after_stop) < 2 or sum(c.islower() for c in after_stop) < _MIN_LOWER_STARTS * len(after_stop):
        return False
    starts = {m.end() for m in _START.finditer(text)}
    inside = capital = 0
    for m in _WORD.finditer(text):
        if m.start() in starts:
            continue
        inside += 1
        capital += m.group(0)[0].isupper()
    return inside >= _MIN_WORDS and capital <= _MAX_CAPITAL_SHARE * inside


@functools.cache
def _common_names() -> frozenset[str]:
    lines = resources.files("sitrep").joinpath("data/common_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def candidate_keys(gazetteer: "Gazetteer", exclude: frozenset[str] | None = None) -> frozenset[str]:
    """The gazetteer's name keys that truecasing capitalises: countries, peoples, first-level units and places
    of 100,000 people or more, less the words the recogniser refuses and `exclude` (by default the ordinary
    English words of data/common_names.txt). Computed once per gazetteer."""
    from sitrep.geo.gazetteer import DEMONYMS
    from sitrep.geo.recognise import NOT_PLACES

    if exclude is None:
        cached = gazetteer.memo.get("truecase keys")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
    skip = _common_names() if exclude is None else exclude
    rows = gazetteer.places.rows
    keys = set(DEMONYMS)
    countries: set[str] = set()
    for key, ids in gazetteer.by_name.items():
        if len(key) < 3 or not key.replace(" ", "").isalpha():
            continue
        if any(rows[i][9] == "country" for i in ids):
            if len(key) >= 4 and key not in _NOT_COUNTRIES:
                countries.add(key)
        elif any(rows[i][9] == "admin1" or (rows[i][9] == "place" and rows[i][8] >= _MIN_POPULATION) for i in ids):
            keys.add(key)
    out = frozenset(k for k in keys if k not in skip and not set(k.split()) <= (NOT_PLACES | _INNER)) | countries
    if exclude is None:
        gazetteer.memo["truecase keys"] = out
    return out


def truecase(text: str, gazetteer: "Gazetteer | None" = None) -> tuple[str, int]:
    """`text` with its capitals restored (same length), and how many words were capitalised."""
    chars = list(text)
    done: set[int] = set()

    def up(i: int) -> None:
        c = chars[i]
        u = c.upper()
        if i not in done and c != u and len(u) == 1:
            chars[i] = u
            done.add(i)

    for m in _START.finditer(text):
        dot = m.start(1) if m.group(1) == "." else -1
        if dot >= 0 and is_abbreviation(text, dot):
            continue
        up(m.end())
    for m in _TITLE.finditer(text):
        up(m.end())
    for m in _ALWAYS.finditer(text):
        up(m.start())
    for m in _MONTH_BY_NUMBER.finditer(text):
        word = m.group(0).split()[-1]
        up(m.end() - len(word))
    if gazetteer is not None:
        keys = candidate_keys(gazetteer)
        taken_until = -1
        for start, end, key in _name_hits(gazetteer, text):
            if key not in keys or start < taken_until:
                continue
            taken_until = end
            for w in re.finditer(r"[^\W\d_]+", text[start:end]):
                if w.group(0).lower() not in _INNER or w.start() == 0:
                    up(start + w.start())
    return "".join(chars), len(done)


def _name_hits(gazetteer: "Gazetteer", text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of the gazetteer's names in `text` whatever their case (`Gazetteer.scan`), the longest
    where two start together; in order of start."""
    best: dict[int, tuple[int, str]] = {}
    for start, end, key in gazetteer.scan(text, any_case=True):
        if start not in best or end > best[start][0]:
            best[start] = (end, key)
    return sorted((s, e, k) for s, (e, k) in best.items())
