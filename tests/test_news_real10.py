"""Real-news articles written for these tests (session 47, news10): rules such stories need end to end."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.clean.boilerplate import clean_article
from sitrep.model import Article, Event
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.text.dateline import dateline_filed


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def code(pipe: Pipeline, text: str, published: date | None) -> list[Event]:
    art = clean_article(Article(id="", text=text, published=published, path="test"))
    assert isinstance(art, Article)
    return pipe(art).events


def violent(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type != "Strategic developments"]


# -- a story with no metadata: the dateline's dated filing anchors its weekdays ---------------------------------
UNDATED_WIRE = ("Gunmen kill 11 villagers in Nigeria's Katsina state\n\n"
                "KATSINA, Nigeria, June 10, 2025 (Reuters) - Gunmen on motorcycles killed 11 people in a village in "
                "Katsina state late on Sunday, police said.")


def test_dateline_filed_reads_a_dated_dateline_and_its_agency() -> None:
    assert dateline_filed(UNDATED_WIRE) == (date(2025, 6, 10), "Reuters")
    # a date without its year anchors nothing; the agency still names the outlet
    assert dateline_filed("NIAMEY, Nov 18 (AFP) - Soldiers were killed.") == (None, "AFP")
    assert dateline_filed("Soldiers were killed on Sunday, officials said.") == (None, None)


def test_an_undated_story_is_dated_by_its_dateline(pipe: Pipeline) -> None:
    evs = violent(code(pipe, UNDATED_WIRE, None))
    assert len(evs) == 1
    assert str(evs[0].event_date) == "2025-06-08"  # the Sunday before Tuesday 10 June
    assert evs[0].time_precision == 1


def test_a_publication_date_given_wins_over_the_dateline(pipe: Pipeline) -> None:
    evs = violent(code(pipe, UNDATED_WIRE, date(2025, 6, 17)))
    assert str(evs[0].event_date) == "2025-06-15"
