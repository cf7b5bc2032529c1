"""Actor rules of helper w4 (session 51), each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def _sides(evs):
    return [(e.event_type, e.actor1, e.actor2) for e in evs]


@pytest.mark.parametrize("text", [
    "Youths from the village ambushed suspected militants near Djibo on Sunday, killing two of them.",
    "DJIBO, Burkina Faso (AP) - Young men from the village ambushed a group of gunmen near Djibo on Sunday, killing "
    "two of the attackers, residents said.",
])
def test_locals_who_struck_armed_men_fought_them(pipe: Pipeline, text: str) -> None:
    evs = code(pipe, text, date(2020, 3, 4))
    assert len(evs) == 1 and evs[0].event_type == "Battles"
    assert "Communal Militia" in evs[0].actor1 and evs[0].actor2.startswith("Unidentified Armed Group")


def test_unarmed_youths_who_struck_a_bar_are_no_militia(pipe: Pipeline) -> None:
    evs = code(pipe, "Youths from the village attacked a bar in Djibo on Sunday, injuring two people.", date(2020, 3, 4))
    assert all("Communal Militia" not in (e.actor1 or "") for e in evs)


@pytest.mark.parametrize("text", [
    "A thief arrested by Dozos was shot dead by gendarmes in Mopti on Tuesday.",
    "MOPTI, Mali (Reuters) - A suspected cattle thief who had been caught by Dozo hunters was shot dead by gendarmes "
    "in Mopti on Tuesday, a local official said.",
])
def test_the_captors_of_one_killed_by_others_are_no_side(pipe: Pipeline, text: str) -> None:
    evs = code(pipe, text, date(2020, 3, 4))
    assert len(evs) == 1
    assert evs[0].event_type == "Violence against civilians"
    assert "Gendarmerie" in evs[0].actor1 and evs[0].actor2.startswith("Civilians")


def test_a_dozo_shot_by_gendarmes_is_still_a_side(pipe: Pipeline) -> None:
    evs = code(pipe, "A Dozo hunter was shot dead by gendarmes in Mopti on Tuesday.", date(2020, 3, 4))
    assert any("Dozo" in (e.actor2 or "") for e in evs)


@pytest.mark.parametrize("text", [
    "Policeman wounded after armed men seized his vehicle in Gao",
    "GAO, Mali (AFP) - Policeman wounded after gunmen seize his vehicle. A police officer was shot and wounded on "
    "Monday when armed men seized his car near Gao, a security source said.",
])
def test_a_headlines_wounded_policeman_is_the_side_struck(pipe: Pipeline, text: str) -> None:
    evs = code(pipe, text, date(2020, 3, 4))
    assert len(evs) == 1
    assert evs[0].actor1.startswith("Unidentified Armed Group") and evs[0].actor2.startswith("Police Forces of Mali")


def test_a_trader_wounded_by_gunmen_stays_civilian(pipe: Pipeline) -> None:
    evs = code(pipe, "The police said gunmen wounded a trader in Gao on Monday.", date(2020, 3, 4))
    assert _sides(evs)[0][2].startswith("Civilians")


@pytest.mark.parametrize("text", [
    "Malian forces strike JNIM positions near Boni, killing 12 militants",
    "BAMAKO (Reuters) - Malian army strikes jihadist camp near Boni, killing 12 militants, the army said on Tuesday.",
])
def test_a_headlines_present_verb_makes_its_subject_the_doer(pipe: Pipeline, text: str) -> None:
    evs = code(pipe, text, date(2020, 3, 4))
    assert len(evs) == 1 and evs[0].event_type == "Battles"
    assert evs[0].actor1.startswith("Military Forces of Mali")


def test_a_headlines_attack_noun_is_no_present_verb(pipe: Pipeline) -> None:
    evs = code(pipe, "JNIM attack kills 5 soldiers near Boni", date(2020, 3, 4))
    assert evs[0].actor1.startswith("JNIM")
