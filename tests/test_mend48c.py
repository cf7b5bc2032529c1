"""Mends of news11's rules (session 48, review rev54b): each over-firing sentence, and the rule's own case."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.text.dateline import dated_dateline_spans, dateline_span, filing_date

from test_news_articles import code, violent


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


# -- "close to" a town is where it happened; "groups close to" a capital is whom they serve ------------------------
def test_a_village_close_to_a_town_keeps_the_town(pipe: Pipeline) -> None:
    evs = violent(code(pipe, "Gunmen attacked a village close to Djibo on Monday, killing 12 civilians.",
                       date(2025, 11, 18)))
    assert len(evs) == 1
    assert evs[0].location == "Djibo"
    assert evs[0].country == "Burkina Faso"


def test_militias_close_to_a_capital_are_no_scene(pipe: Pipeline) -> None:
    text = ("Heavy fighting broke out on Tuesday between M23 rebels and Wazalendo militias in North Kivu province, "
            "leaving 14 fighters dead. The Wazalendo, armed groups close to Kinshasa, had attacked at dawn.")
    evs = violent(code(pipe, text, date(2025, 8, 5)))
    assert len(evs) == 1
    assert evs[0].location != "Kinshasa"


# -- a list of incidents, each line a town and its full date, is no dateline -----------------------------------------
INCIDENTS = ("Burkina Faso: recent attacks\n"
             "Djibo, 12 November 2025 - Gunmen killed five civilians in the market.\n"
             "Kaya, 14 November 2025 - Militants ambushed a convoy, killing 10 soldiers.")


def test_a_list_of_town_and_date_lines_is_no_dateline(pipe: Pipeline) -> None:
    assert dateline_span(INCIDENTS) is None
    evs = violent(code(pipe, INCIDENTS, date(2025, 11, 18)))
    assert sorted((str(e.event_date), e.fatalities) for e in evs) == [("2025-11-12", 5), ("2025-11-14", 10)]


def test_a_lone_title_case_dateline_with_its_year_stays_a_dateline() -> None:
    text = "Port Sudan, 2 December 2025 - The army said it repelled an attack on El Obeid on Monday."
    assert dateline_span(text) is not None
    assert filing_date(text, date(2025, 12, 3)) == date(2025, 12, 2)
    # (not after another dateline: only the story's first)
    assert len(dated_dateline_spans("BAMAKO, Nov 17 (Reuters) - Text.\nKayes, 12 November 2025 - Other.")) == 1


# -- to observe or abide by a truce agreed is the agreement; failing to respect one tells of an older deal ----------
@pytest.mark.parametrize("text", [
    "Rebels and the army agreed on Monday to observe a ceasefire in North Kivu.",
    "Rebels and the army agreed on Monday to observe a 30-day truce in Upper Nile.",
    "Rebels and the army agreed on Monday to abide by a new truce in Upper Nile.",
])
def test_agreeing_to_observe_a_truce_is_an_agreement(pipe: Pipeline, text: str) -> None:
    evs = code(pipe, text, date(2025, 11, 18))
    assert [e.sub_event_type for e in evs if e.sub_event_type == "Agreement"] == ["Agreement"]


@pytest.mark.parametrize("text", [
    "The rebels accused the government of failing to respect a ceasefire agreed in Doha.",
    "The rebels accused the government of not observing the truce agreed in Doha.",
    "The rebels accused the government of violating a ceasefire agreed in Doha.",
])
def test_a_truce_not_kept_is_no_new_agreement(pipe: Pipeline, text: str) -> None:
    assert not [e for e in code(pipe, text, date(2025, 11, 18)) if e.sub_event_type == "Agreement"]


# -- an undated text: a report's header dates the days under it, a headline recalling the past does not ------------
def test_an_anniversary_headline_gives_no_year_to_the_days_under_it(pipe: Pipeline) -> None:
    text = ("Ten years on: survivors recall the 20 November 2015 Radisson Blu attack in Bamako\n\n"
            "On 13 May, gunmen killed five villagers near Mopti.")
    evs = [e for e in violent(code(pipe, text, None)) if e.fatalities == 5]
    assert evs and all(e.event_date is None or e.event_date.year != 2015 for e in evs)
    assert all(e.time_precision == 3 for e in evs)


def test_an_update_dated_in_its_headline_anchors_the_days_under_it(pipe: Pipeline) -> None:
    text = ("Mali situation update, 20 May 2025\n\n"
            "On 13 May, unidentified gunmen killed four civilians in the village of Dioura, in the Mopti region.")
    assert [str(e.event_date) for e in violent(code(pipe, text, None))] == ["2025-05-13"]
