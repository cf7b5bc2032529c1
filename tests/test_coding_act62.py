"""Actor2 rules of session 49 (act62): shells from unknown hands that hurt no one strike no side; allied forces that
moved with a state's troops are no side of that movement."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def test_shells_from_unknown_hands_that_hurt_no_one_strike_no_side(pipe: Pipeline) -> None:
    evs = code(pipe, "GAO, Mali (AFP) - Two mortar shells landed in the centre of Gao on Tuesday night, a security "
                     "source said. No one was hurt and it was not clear who fired them.", date(2020, 5, 14))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Shelling/artillery/missile attack", None)]
    # (a named group's fire on the town strikes its people, whether or not anyone was hurt)
    evs = code(pipe, "MUJAO fighters fired three rockets on the town of Gao, Mali, on Sunday. No one was hurt.",
               date(2014, 5, 14))
    assert [e.actor2 for e in evs] == ["Civilians (Mali)"]
    # (nor a town's people struck where the shells killed someone: the dead are its people)
    evs = code(pipe, "A mortar shell fired by unknown assailants killed a woman in Gao, Mali, on Friday.",
               date(2020, 5, 14))
    assert [e.actor2 for e in evs] == ["Civilians (Mali)"]


def test_allied_forces_moving_with_a_states_troops_are_no_side(pipe: Pipeline) -> None:
    evs = code(pipe, "MENAKA, Mali (AFP) - Malian troops and French forces carried out a joint reinforcement operation "
                     "on Tuesday to secure the town of Menaka ahead of the regional elections, the army said.",
               date(2019, 12, 31))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Change to group/activity", "Military Forces of Mali (2013-2020)", None)]


def test_groups_fused_or_joined_with_the_forces_partner_are_one_side(pipe: Pipeline) -> None:
    # (a group listed before the forces' partner is a partner too: the group they overran is the other side)
    evs = code(pipe, "MENAKA, Mali (Reuters) - Joint MSA and GATIA fighters supported by French soldiers overran an "
                     "ISGS base east of Menaka on Sunday, killing eight militants, a spokesman said.", date(2020, 3, 10))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Military Forces of France (2017-)", "Islamic State (Greater Sahara)")]
    # (groups written fused with a hyphen face the unnamed gunmen, not each other)
    evs = code(pipe, "Clashes broke out on Monday near Anderamboukane, Mali, between GATIA-MSA forces and gunmen on "
                     "motorbikes, local officials said.", date(2020, 3, 10))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("GATIA: Imghad Tuareg and Allies Self-Defense Group", "Unidentified Armed Group (Mali)")]
    # (two groups joined by 'and' that clashed, no third side: each other)
    evs = code(pipe, "GATIA and MSA fighters clashed near Menaka, Mali, on Monday, leaving three dead.", date(2020, 3, 10))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("GATIA: Imghad Tuareg and Allies Self-Defense Group", "MSA: Movement for Azawad Salvation")]


def test_guards_of_a_state_seat_are_the_police(pipe: Pipeline) -> None:
    evs = code(pipe, "DIRE, Mali (AFP) - Gunmen on motorbikes attacked the prefecture of Dire on Wednesday night and "
                     "exchanged fire with the guards before fleeing, a local official said.", date(2020, 6, 18))
    assert [(e.event_type, e.actor2) for e in evs] == [("Battles", "Police Forces of Mali (2013-2020)")]
    # (not the guard of a private residence or a mine)
    evs = code(pipe, "Gunmen attacked the home of a businessman in Gao, Mali, on Tuesday, wounding his guard.",
               date(2020, 6, 18))
    assert [e.actor2 for e in evs] != ["Police Forces of Mali (2013-2020)"]


def test_private_guards_near_a_governors_home_are_no_police(pipe: Pipeline) -> None:
    # a former governor's house and its security guards: a private residence, no state's seat
    evs = code(pipe, "Gunmen attacked the former governor's house in Owerri and opened fire on the security guards, "
                     "killing one.", date(2025, 11, 18))
    assert evs and all(e.actor2 is None or not e.actor2.startswith("Police Forces") for e in evs)
    evs = code(pipe, "A gunman shot a security guard outside the governor's mansion in Austin, Texas on Monday.",
               date(2025, 11, 18))
    assert all(e.actor2 is None or not e.actor2.startswith("Police Forces") for e in evs)
    # (the guards of a seat still are the police)
    evs = code(pipe, "Gunmen attacked the governor's office in Maiduguri on Monday and opened fire on the guards, "
                     "killing one.", date(2025, 11, 18))
    assert evs and evs[0].actor2 == "Police Forces of Nigeria (2023-)"
