"""The typed objects that flow through the pipeline: an Article in, Events out, with their evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = [
    "ActorMention",
    "Article",
    "DateMention",
    "Disagreement",
    "Event",
    "Evidence",
    "Figure",
    "NumberMention",
    "PlaceMention",
    "Quote",
    "Reject",
    "Removed",
    "Sentence",
    "Source",
]

# ACLED time_precision: 1 = day, 2 = week (or a few days), 3 = month or vaguer.
DAY, WEEK, MONTH = 1, 2, 3


@dataclass(slots=True)
class Removed:
    """A piece of the raw text that cleaning removed, kept so a user can check it."""

    text: str
    reason: str  # e.g. "comment prompt", "photo credit", "repeated headline", "footer"


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # character offsets into Article.text
    end: int
    text: str


@dataclass(slots=True)
class DateMention:
    """A date phrase in the text, resolved against the publication date."""

    start: int
    end: int
    text: str
    date_start: date | None  # None when the phrase cannot be anchored (no publication date)
    date_end: date | None
    precision: int  # 1 day, 2 week, 3 month or vaguer
    rule: str  # name of the rule that resolved it, e.g. "weekday-before-published"
    anchored: bool = True  # False when a relative phrase had no publication date to resolve against
    sentence: int = -1


@dataclass(slots=True)
class NumberMention:
    """A number in words or digits, with what it counts."""

    start: int
    end: int
    text: str  # the number phrase as written ("more than one hundred", "$100 million")
    value: float  # the figure to use (ACLED: lowest reported / conventional value for vague words)
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # "at least", "more than", "about", "up to", "nearly", ...
    unit: str | None = None  # currency code ("USD", "EUR") or None for counts
    counted: str | None = None  # head noun of what is counted, lower-cased singular ("soldier", "personnel")
    counted_start: int = -1
    counted_end: int = -1
    vague: bool = False  # "dozens", "several", "a few"
    sentence: int = -1


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str
    geonames_id: int | None
    country_code: str  # ISO alpha-2
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    feature: str  # "country", "admin1", "admin2", "place"
    population: int = 0
    confidence: float = 0.5
    context: str | None = None  # "near", "in", "town of", "region", "demonym", ...
    sentence: int = -1


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: str  # normalised, ACLED-style name
    inter: int  # ACLED inter code 1-8
    kind: str  # "state", "rebel", "political-militia", "identity-militia", "rioters", "protesters", "civilians", "external"
    country_code: str | None = None
    sentence: int = -1


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_start: int = -1
    speaker_end: int = -1
    sentence: int = -1


@dataclass(slots=True)
class Figure:
    """An amount the article states: money, troops, equipment, people; with what it is about."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None  # "USD", "EUR", None for counts
    kind: str  # "money", "troops", "trainers", "killed", "wounded", "attackers", "people", "count"
    about: str | None  # words the figure is about ("counter-terrorism drone base", "air base")
    sentence: int = -1


@dataclass(slots=True)
class Evidence:
    """The sentence and offsets in an article that support one field of an event."""

    field: str
    value: str
    article_id: str
    sentence: int
    start: int  # offsets of the supporting span in Article.text
    end: int
    text: str  # the sentence
    rule: str = ""


@dataclass(slots=True)
class Source:
    article_id: str
    outlet: str | None
    url: str | None
    published: date | None
    title: str | None = None
    duplicate_of: str | None = None  # the article this one copies (a wire story republished): one source, not two
    path: str | None = None  # the file (and record) the article was read from
    record_id: str | None = None  # the record's own identifier in the input (a JSON "id", a feed item's guid)


@dataclass(slots=True)
class Disagreement:
    field: str
    values: dict[str, str]  # article_id -> value as that source gives it


@dataclass(slots=True)
class Event:
    event_id: str = ""
    story_id: str | None = None
    first_seen: datetime | None = None
    updated: datetime | None = None
    # when
    event_date: date | None = None
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int = 3
    date_phrase: str | None = None
    # what
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    civilian_targeting: str | None = None
    plover_category: str | None = None
    plover_mode: str | None = None
    # who
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    actor1_text: str | None = None
    actor2_text: str | None = None
    claim: str | None = None
    # where
    location: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = None
    iso: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    geo_precision: int | None = None
    where_prec: int | None = None
    # the place the text names as the scene when the gazetteer does not know it ("in the village of Kabougou"),
    # as written: the event is then placed at the unit or town the text names with it, or nowhere
    location_text: str | None = None
    # how many
    fatalities: int = 0
    deaths_a: int = 0
    deaths_b: int = 0
    deaths_civilians: int = 0
    deaths_unknown: int = 0
    low: int = 0
    best: int = 0
    high: int = 0
    wounded: int = 0
    abducted: int = 0
    arrested: int = 0
    # from where
    sources: list[Source] = field(default_factory=list)
    number_of_sources: int = 1
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    notes: str = ""
    # the article and sentence the event was coded from (first source)
    article_id: str = ""
    sentence: int = -1


@dataclass(slots=True)
class Article:
    """One document moving through the pipeline. Stages fill the lists below."""

    id: str  # short content hash of the clean text
    text: str  # clean text: what every offset refers to
    raw_text: str = ""
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None  # file (and record) it was read from
    record_id: str | None = None  # the record's own identifier in the input, when it has one (ingest.ID_KEYS)
    language: str = "en"
    content_hash: str = ""
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    story_terms: dict[str, float] = field(default_factory=dict)  # weighted features for story clustering
    signature: bytes | None = None  # MinHash of its shingles (near-duplicate detection)

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


@dataclass(slots=True)
class Reject:
    """A document a stage refused, kept with the stage and the reason."""

    path: str
    stage: str
    reason: str
    content_hash: str | None = None
