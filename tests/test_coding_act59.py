"""Actor1 rules of session 48 (act59): an earlier attack a sentence recalls, a group killed in an ambush with no
doer named, a movement glossed by its faction."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code, violent


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def test_an_earlier_attack_the_sentence_recalls_gives_no_doer(pipe: Pipeline) -> None:
    # the forces the victim had told about a previous attack are no side of the killing
    evs = violent(code(pipe, "DJIBO, Burkina Faso (AFP) - Suspected JNIM militants shot dead a village chief near "
                             "Djibo on Tuesday because he had informed security forces about a suspect in a previous "
                             "attack, residents said.", date(2019, 4, 3)))
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Violence against civilians", "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)")]


def test_an_earlier_attack_alone_is_still_told(pipe: Pipeline) -> None:
    # (the rule keeps the other violent word; a sentence telling only the earlier attack keeps it)
    evs = violent(code(pipe, "In a previous attack on the village of Kiki, gunmen killed four herders.",
                       date(2019, 4, 3)))
    assert len(evs) == 1 and evs[0].actor1.startswith("Unidentified Armed Group")


def test_a_group_killed_in_an_ambush_with_no_doer_named_was_attacked(pipe: Pipeline) -> None:
    evs = violent(code(pipe, "MOPTI, Mali - Six Dozo hunters were killed in an ambush between Djenne and Sofara on "
                             "Sunday, a local official told Reuters.", date(2019, 5, 7)))
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Battles", "Unidentified Armed Group (Mali)", "Dozo Communal Militia (Mali)")]


def test_a_group_killed_in_an_ambush_by_another_keeps_the_agent_first(pipe: Pipeline) -> None:
    evs = violent(code(pipe, "Three JNIM militants were killed in an ambush by ISGS fighters near Menaka on Sunday.",
                       date(2019, 5, 7)))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Islamic State (Greater Sahara)", "JNIM: Group for Support of Islam and Muslims")]


def test_a_group_killed_in_clashes_is_not_read_as_attacked(pipe: Pipeline) -> None:
    # (clashes name no attacker: the group stays the side told first)
    evs = violent(code(pipe, "Five Dozo hunters were killed in clashes near Djenne on Sunday.", date(2019, 5, 7)))
    assert [e.actor1 for e in evs] == ["Dozo Communal Militia (Mali)"]


def test_a_movement_glossed_by_its_faction_and_a_second_subject(pipe: Pipeline) -> None:
    # "JNIM (Katiba Macina), and Fulani militiamen": the first subject, JNIM, whose part the faction then was
    evs = violent(code(pipe, "On July 7, JNIM (Katiba Macina), and Fulani militiamen killed three farmers near "
                             "Djenne, Mali.", date(2019, 7, 10)))
    assert [(e.actor1, e.assoc_actor_1) for e in evs] == [
        ("JNIM: Group for Support of Islam and Muslims", "Katiba Macina")]
    # after April 2020 ACLED names the faction itself, its movement associated
    evs = violent(code(pipe, "On June 7, JNIM (Katiba Macina) militants killed three farmers near Djenne, Mali.",
                       date(2020, 6, 10)))
    assert [e.actor1 for e in evs] == ["Katiba Macina"]


def test_unnamed_groups_a_parenthesis_names_stay_named(pipe: Pipeline) -> None:
    # (the gloss rule reads back only to a named group: unknown men glossed by names are those names)
    evs = violent(code(pipe, "On 26 May 2020, two unknown armed groups (believed to be JNIM and ISGS militants) "
                             "reportedly clashed over a gold-mining site near Mansila, Burkina Faso.",
                       date(2020, 5, 28)))
    assert len(evs) == 1 and evs[0].actor1.startswith("JNIM")


def test_an_attack_told_as_what_was_avenged_is_not_this_one(pipe: Pipeline) -> None:
    # "in retribution for an attack by X", as "in retaliation for": X did the earlier attack, not this one
    evs = violent(code(pipe, "BANKASS, Mali (AFP) - Fulani militiamen killed four Dozo hunters near Bankass in central "
                             "Mali on Monday in retribution for an attack by Dozos on herders last week, a local "
                             "official said.",
                       date(2019, 6, 5)))
    assert [e.actor1 for e in evs] == ["Fulani Ethnic Militia (Mali)"]


def test_the_army_that_killed_those_who_made_a_previous_attack_is_the_doer(pipe: Pipeline) -> None:
    evs = violent(code(pipe, "The army said it killed 10 militants near Djibo, Burkina Faso, who had carried out a "
                             "previous attack on a military base.", date(2020, 3, 5)))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Military Forces of Burkina Faso (2015-2022)", "Unidentified Armed Group (Burkina Faso)")]


@pytest.mark.parametrize("text", [
    "All five al-Shabaab gunmen were killed in the assault on the hotel in Mogadishu.",
    "Five Boko Haram fighters were killed in an attack on Gwoza.",
    "Ten al-Shabaab fighters were killed in a raid on their hideout near Jilib, the Somali government said.",
    "Two JNIM militants were killed in a raid near Mopti on Sunday.",
    "Four ISWAP fighters were killed in an ambush near Monguno, the army said.",
])
def test_a_group_killed_in_its_own_attack_or_a_raid_is_not_made_the_side_attacked(pipe: Pipeline, text: str) -> None:
    # (their own assault or attack on a place, a raid, or a killing the state tells: the group stays first)
    evs = violent(code(pipe, text, date(2025, 11, 18)))
    assert evs and evs[0].actor1 is not None and not evs[0].actor1.startswith("Unidentified Armed Group")


def test_a_group_killed_in_an_attack_on_its_camp_was_attacked(pipe: Pipeline) -> None:
    evs = violent(code(pipe, "Three JNIM militants were killed in an attack on their camp near Boni on Sunday.",
                       date(2019, 5, 7)))
    assert len(evs) == 1 and evs[0].actor2 == "JNIM: Group for Support of Islam and Muslims"


def test_a_bare_comma_and_between_clauses_is_no_gloss_end(pipe: Pipeline) -> None:
    # (", and" with no bracket closing before it joins two clauses, not two subjects: the militants stay first)
    evs = violent(code(pipe, "A roadside bomb hit a vehicle carrying soldiers, and militants then opened fire on the "
                             "survivors near Djibo, Burkina Faso.", date(2025, 11, 18)))
    assert evs and (evs[0].actor1 or "").startswith("Unidentified Armed Group")
    assert (evs[0].actor2 or "").startswith("Military Forces of Burkina Faso")
