"""sitrep: news articles in, a sourced, geocoded conflict event dataset out.

The public API is what `__all__` lists; everything else may change.
"""

from __future__ import annotations

from sitrep.errors import (
    BinaryInput,
    DecodingError,
    EmptyInput,
    GazetteerError,
    InputError,
    NotFound,
    ParseError,
    SitrepError,
    StoreError,
    TooLarge,
    UsageError,
)
from sitrep.export import export_events
from sitrep.model import (
    ActorMention,
    Article,
    DateMention,
    Disagreement,
    Event,
    Evidence,
    Figure,
    NumberMention,
    PlaceMention,
    Quote,
    Reject,
    Removed,
    Sentence,
    Source,
)
from sitrep.pipeline import IngestSummary, Pipeline
from sitrep.query import EventFilter
from sitrep.report import Brief, build_brief
from sitrep.settings import Settings
from sitrep.store.db import Store

__version__ = "0.1.0"

__all__ = [
    "ActorMention",
    "Article",
    "BinaryInput",
    "Brief",
    "DateMention",
    "DecodingError",
    "Disagreement",
    "EmptyInput",
    "Event",
    "EventFilter",
    "Evidence",
    "Figure",
    "GazetteerError",
    "IngestSummary",
    "InputError",
    "NotFound",
    "NumberMention",
    "ParseError",
    "Pipeline",
    "PlaceMention",
    "Quote",
    "Reject",
    "Removed",
    "Sentence",
    "Settings",
    "SitrepError",
    "Source",
    "Store",
    "StoreError",
    "TooLarge",
    "UsageError",
    "__version__",
    "build_brief",
    "export_events",
]
