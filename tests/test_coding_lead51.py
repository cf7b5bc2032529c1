"""Rules the lead wrote in session 51, each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


@pytest.mark.parametrize("left", ["from the town", "from Adan Yabaal"])
def test_the_losers_withdrawal_from_a_place_taken_is_the_taking(pipe: Pipeline, left: str) -> None:
    text = ("MOGADISHU (Reuters) - Somali government forces recaptured the town of Adan Yabaal in Middle Shabelle region "
            "on Tuesday after heavy fighting with al-Shabaab, a military commander said. Colonel Ahmed Hassan said 23 "
            "al-Shabaab fighters and four soldiers were killed. Al-Shabaab said in a statement on its radio station "
            f'that it had withdrawn {left} "for tactical reasons".')
    evs = code(pipe, text, date(2026, 10, 14))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Battles", "Government regains territory")]
    assert evs[0].fatalities == 27


def test_a_withdrawal_from_another_place_stays_its_own(pipe: Pipeline) -> None:
    text = ("BAMAKO (Reuters) - Rebels took control of Anefis on Monday after clashes with the army, residents said. "
            "The army later withdrew from Tessalit, a military source said.")
    evs = code(pipe, text, date(2024, 5, 8))
    assert any(e.event_type == "Strategic developments" for e in evs)
