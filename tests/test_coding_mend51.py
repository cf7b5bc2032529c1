"""Mend (session 51, m1): rules merged this session narrowed where they misfired on ordinary news."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code

ON = date(2025, 11, 18)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def _one(pipe: Pipeline, text: str):  # type: ignore[no-untyped-def]
    evs = code(pipe, text, ON)
    assert evs, text
    return evs[0]


# 1. the bare RSF or SAF before its deed, the verb outside the mention
@pytest.mark.parametrize("text, a1, a2", [
    ("The army said the RSF killed three soldiers near El Obeid on Tuesday.",
     "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)"),
    ("The army said the RSF stormed the village of Wad al-Noura on Wednesday, killing 100 civilians.",
     "RSF: Rapid Support Forces", "Civilians (Sudan)"),
    ("The SAF shelled RSF positions in Nyala on Monday.",
     "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ("RSF killed five civilians in a village on Monday.", "RSF: Rapid Support Forces", "Civilians (Sudan)"),
])
def test_the_bare_rsf_or_saf_before_its_deed(pipe: Pipeline, text: str, a1: str, a2: str) -> None:
    e = _one(pipe, text)
    assert (e.actor1, e.actor2) == (a1, a2)


def test_reporters_without_borders_is_not_the_rsf(pipe: Pipeline) -> None:
    evs = code(pipe, "RSF said two journalists were killed in Gaza on Monday.", ON)
    assert all("Rapid Support" not in f"{e.actor1} {e.actor2}" for e in evs)


# 2. militias against the government are not the government's
@pytest.mark.parametrize("text, pro", [
    ("Anti-government militias attacked a police station in Bangui on Monday.", False),
    ("Government militias attacked a village near Bambari on Monday, killing 5 civilians.", True),
])
def test_anti_government_militias_are_not_pro_government(pipe: Pipeline, text: str, pro: bool) -> None:
    e = _one(pipe, text)
    assert (e.actor1 == "Militia (Pro-Government)") is pro


# 3. a drone strike's army only where the blame names this strike
@pytest.mark.parametrize("text, army", [
    ("A drone struck a fuel depot in Port Sudan on Sunday, the army said. Officials accused the army of failing to "
     "protect the city.", False),
    ("A drone strike killed 12 people in Kutum on Monday. The RSF has in the past blamed the army for similar "
     "strikes.", False),
    ("A drone strike killed 12 people in Kutum on Monday. The RSF blamed the army for the strike.", True),
    ("A drone strike killed 12 people at a market in Nyala on Monday. Local activists blamed the Sudanese army.", True),
])
def test_a_drone_strike_blamed_on_the_army(pipe: Pipeline, text: str, army: bool) -> None:
    e = _one(pipe, text)
    assert e.sub_event_type == "Air/drone strike"
    assert (e.actor1 == "Military Forces of Sudan (2019-)") is army


# 4. an official who met the marchers is no intervention
@pytest.mark.parametrize("met, sub", [
    ("the state police commissioner, who received their petition", "Peaceful protest"),
    ("riot police", "Protest with intervention"),
])
def test_marchers_met_by_an_official_or_by_force(pipe: Pipeline, met: str, sub: str) -> None:
    e = _one(pipe, f"Hundreds of traders marched to the governor's office in Kano on Monday, where they were met by "
                   f"{met}.")
    assert e.sub_event_type == sub


# 5. Nigerian soldiers told as Nigeria's own
@pytest.mark.parametrize("text, a", [
    ("Nigerian soldiers pursued Boko Haram fighters across the border and killed 12 of them near Bosso on Monday.",
     "Military Forces of Nigeria (2023-)"),
    ("Nigerian soldiers attacked Boko Haram fighters and clashed with them near Bosso on Monday, the Nigerian army "
     "said.", "Military Forces of Nigeria (2023-)"),
    ("Unknown gunmen clashed with Nigerian forces near Bosso on Monday, killing 3 soldiers.",
     "Military Forces of Niger (2023-)"),
])
def test_nigerian_soldiers_in_niger(pipe: Pipeline, text: str, a: str) -> None:
    e = _one(pipe, text)
    assert a in (e.actor1, e.actor2)


# 6. no JNIM by area for a mine where the text names another armed group
@pytest.mark.parametrize("more, jnim", [
    (" Suspected Dozo militiamen had been seen in the area.", False),
    ("", True),
])
def test_a_mine_in_central_mali_with_another_group_named(pipe: Pipeline, more: str, jnim: bool) -> None:
    e = _one(pipe, f"A bus hit an explosive device near Bandiagara on Monday, killing 10 passengers.{more}")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor1.startswith("JNIM") is jnim


# 7. a town's things taken over are no territory
@pytest.mark.parametrize("text, taken", [
    ("A private company has taken over the city's waste collection in Lagos on Monday.", False),
    ("Protesters said the mayor had taken over the town hall in Lagos on Monday.", False),
    ("Gunmen took over the city's main market in Gao on Monday.", False),
    ("Boko Haram fighters took over the town of Malam Fatori in Borno on Monday after a battle with soldiers.", True),
])
def test_taken_over_a_towns_thing(pipe: Pipeline, text: str, taken: bool) -> None:
    evs = code(pipe, text, ON)
    assert any(e.sub_event_type == "Non-state actor overtakes territory" for e in evs) is taken
