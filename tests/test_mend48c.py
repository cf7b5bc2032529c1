"""Mends of news11's rules (session 48, review rev54b): each over-firing sentence, and the rule's own case."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

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
