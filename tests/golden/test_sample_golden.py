"""The bundled sample corpus and its golden expectations agree with each other (no sitrep code involved).

These checks keep the golden file honest: every file it names exists, every figure it states is written
in the article it cites, every article is either coded or listed as eventless, and the dates follow from
the publication dates. They do not score the pipeline; the pipeline's own tests do that against this file.
"""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "src" / "sitrep" / "data" / "sample"
GOLDEN = Path(__file__).resolve().parent
EXPECTED = json.loads((GOLDEN / "sample_expected.json").read_text(encoding="utf-8"))
NO_EVENTS = json.loads((GOLDEN / "sample_no_events.json").read_text(encoding="utf-8"))

ACLED_TYPES = {
    "Battles": ({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}, "Political violence"),
    "Violence against civilians": ({"Attack", "Abduction/forced disappearance", "Sexual violence"}, "Political violence"),
    "Explosions/Remote violence": ({"Air/drone strike", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack",
                                    "Suicide bomb", "Grenade", "Chemical weapon"}, "Political violence"),
    "Protests": ({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}, "Demonstrations"),
    "Riots": ({"Violent demonstration", "Mob violence"}, "Demonstrations"),
    "Strategic developments": ({"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                                "Headquarters or base established", "Looting/property destruction",
                                "Non-violent transfer of territory", "Other"}, "Strategic developments"),
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
WORDS["twenty-one"] = 21


class _ArticleText(HTMLParser):
    """Text of the <p> elements inside <article>, plus the two metadata tags the corpus promises."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.in_p = False
        self.paragraphs: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "article":
            self.depth += 1
        elif tag == "p" and self.depth and a.get("class") != "byline":
            self.in_p = True
            self.paragraphs.append("")
        elif tag == "meta" and a.get("property"):
            self.meta[a["property"] or ""] = a.get("content") or ""
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        elif tag == "p":
            self.in_p = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_p:
            self.paragraphs[-1] += data
        if self._in_title:
            self.title += data


def _articles() -> dict[str, dict[str, str]]:
    """Every article of the sample: key (file, or file#record for JSON Lines) -> title, text, published, outlet, url."""
    out: dict[str, dict[str, str]] = {}
    for p in sorted(SAMPLE.iterdir()):
        if p.suffix == ".txt":
            meta = json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))
            out[p.name] = {**meta, "text": p.read_bytes().decode("utf-8-sig")}
        elif p.suffix == ".html":
            parser = _ArticleText()
            parser.feed(p.read_text(encoding="utf-8"))
            out[p.name] = {
                "title": parser.title.split(" | ")[0],
                "text": "\n\n".join(parser.paragraphs),
                "published": parser.meta["article:published_time"][:10],
                "outlet": parser.meta["og:site_name"],
                "url": parser.meta["og:url"],
            }
        elif p.suffix == ".jsonl":
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
                out[f"{p.name}#{i}"] = json.loads(line)
    return out


ARTICLES = _articles()


def _value(phrase: str) -> int | None:
    """The count a golden evidence phrase states (only the forms the corpus uses)."""
    low = phrase.lower()
    if "dozens" in low:
        return 12  # ACLED's convention
    m = re.search(r"\d[\d,]*", low)
    if m:
        return int(m.group().replace(",", ""))
    for w in sorted(WORDS, key=len, reverse=True):
        if re.search(rf"\b{w}\b", low):
            return WORDS[w]
    return None  # "several", "others": no usable figure


def test_corpus_size_and_outlets() -> None:
    assert 30 <= len(ARTICLES) <= 36
    assert 5 <= len({a["outlet"] for a in ARTICLES.values()}) <= 7


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_article_shape(key: str) -> None:
    a = ARTICLES[key]
    assert set(a) >= {"title", "text", "published", "outlet", "url"}
    assert date(2024, 3, 1) <= date.fromisoformat(a["published"]) <= date(2024, 4, 30)
    assert re.match(r"https://example\.(org|com)/", a["url"])
    n = len(re.findall(r"\w[\w'’-]*", a["text"]))
    assert 80 <= n <= 250, n


def test_every_article_is_coded_or_eventless() -> None:
    coded = {f for e in EXPECTED for f in e["files"]}
    quiet = {x["file"] for x in NO_EVENTS}
    assert coded | quiet == set(ARTICLES)
    assert not coded & quiet


def test_ids_and_taxonomy() -> None:
    assert [e["id"] for e in EXPECTED] == [f"E{i:02d}" for i in range(1, len(EXPECTED) + 1)]
    for e in EXPECTED:
        subs, disorder = ACLED_TYPES[e["event_type"]]
        assert e["sub_event_type"] in subs, e["id"]
        assert e["disorder_type"] == disorder, e["id"]
        assert e["geo_precision"] in (1, 2, 3) and e["time_precision"] in (1, 2, 3)


def test_coverage_of_event_kinds() -> None:
    kinds: dict[tuple[str, str], int] = {}
    for e in EXPECTED:
        k = (e["event_type"], e["sub_event_type"])
        kinds[k] = kinds.get(k, 0) + 1
    for k in [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
              ("Violence against civilians", "Abduction/forced disappearance"),
              ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
              ("Explosions/Remote violence", "Air/drone strike"), ("Protests", "Peaceful protest"),
              ("Strategic developments", "Agreement"), ("Strategic developments", "Other")]:
        assert kinds.get(k, 0) >= 2, k
    assert kinds.get(("Riots", "Violent demonstration"), 0) >= 1
    multi = [e for e in EXPECTED if len(e["files"]) > 1]
    assert 4 <= len(multi) <= 5
    assert sum(1 for e in multi if e["disagreements"]) >= 2


@pytest.mark.parametrize("event", EXPECTED, ids=[e["id"] for e in EXPECTED])
def test_figures_follow_from_the_text(event: dict) -> None:
    e = event
    for field, by_file in e["evidence"].items():
        for f, phrase in by_file.items():
            assert f in e["files"], (field, f)
            assert phrase in ARTICLES[f]["text"], (field, f, phrase)
    counts = ["deaths_a", "deaths_b", "deaths_civilians", "wounded", "abducted", "arrested"]
    for field in counts:
        phrases = e["evidence"].get(field, {})
        if e[field] is None:  # mentioned without a usable figure
            assert phrases and all(_value(p) is None for p in phrases.values()), field
            continue
        values = [_value(p) for p in phrases.values()]
        values = [v for v in values if v is not None]
        if field == "wounded" and e["id"] == "E24":  # "Two police officers and four protesters": a sum
            assert e[field] == 2 + 4
            continue
        if not values:
            assert e[field] == 0, field
            continue
        assert e[field] == min(values), (field, values)  # ACLED: lowest figure when sources conflict
        if len(set(values)) > 1:
            assert field in e["disagreements"]
            assert set(e["disagreement_values"][field].values()) == set(values)
    assert e["fatalities"] == e["deaths_a"] + e["deaths_b"] + e["deaths_civilians"]
    for fig in e["figures"]:
        for f, text in fig["text"].items():
            assert text in ARTICLES[f]["text"]
            assert _value(text) * (1_000_000 if "million" in text else 1) == fig["values"][f]
        if len(set(fig["values"].values())) > 1:
            assert fig["kind"] in e["disagreements"]


@pytest.mark.parametrize("event", EXPECTED, ids=[e["id"] for e in EXPECTED])
def test_dates_follow_from_publication(event: dict) -> None:
    e = event
    start, end = date.fromisoformat(e["date_start"]), date.fromisoformat(e["date_end"])
    assert start <= end
    if e["time_precision"] == 1:
        assert e["date"] == e["date_start"]
    else:
        assert e["date"] is None
    for f in e["files"]:
        published = date.fromisoformat(ARTICLES[f]["published"])
        assert end <= published, f
        phrase = e["evidence"]["date"][f].lower()
        for i, name in enumerate(WEEKDAYS):
            if name in phrase:  # "on Tuesday", "late on Sunday", "Tuesday's attack": the last such day before publication
                back = (published.weekday() - i) % 7 or 7
                assert (published - start).days == back, (f, phrase)
        m = re.search(r"(\d{1,2}) (march|april)", phrase)
        if m:
            assert start == date(2024, 3 if m.group(2) == "march" else 4, int(m.group(1)))
        if phrase == "today":
            assert start == published


def test_eventless_files_are_quiet() -> None:
    for x in NO_EVENTS:
        text = ARTICLES[x["file"]]["text"].lower()
        assert not re.search(r"\b(killed|kidnapped|abducted|attacked|clash|strike|protest)", text), x["file"]
