"""Actor1 rules of session 49 (act61): forces that intervened against a group started the fight, a group a later
sentence tells the doers killed is no doer, forces of a country the text does not give leave the group they struck
the second side."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def test_forces_that_intervened_against_a_group_started_the_fight(pipe: Pipeline) -> None:
    evs = code(pipe, "NIAMEY (Reuters) - A Nigerien army patrol intervened against gunmen in the village of Tera "
                     "on Sunday and killed two of them, the defence ministry said.", date(2020, 3, 9))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Military Forces of Niger (2011-2021)", "Unidentified Armed Group (Niger)")]
    # (forces that intervened after the group's attack answered it: the group started it)
    evs = code(pipe, "On 13 December 2019, soldiers intervened after gunmen attacked the village of Tera in Niger, "
                     "and killed two gunmen.", date(2019, 12, 14))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Unidentified Armed Group (Niger)", "Military Forces of Niger (2011-2021)")]


def test_a_group_the_doers_killed_in_a_later_sentence_is_no_doer(pipe: Pipeline) -> None:
    evs = code(pipe, "GUSAU, Nigeria (AFP) - Armed bandits abducted dozens of people in a raid on a village in "
                     "Zamfara State on Sunday. The gunmen shot dead a local vigilante who tried to stop them, a "
                     "resident said.", date(2020, 3, 9))
    assert evs and all(e.actor1 == "Unidentified Armed Group (Nigeria)" for e in evs)
    # (a named group told as the doer in a later sentence still is: "JNIM militants killed ...")
    evs = code(pipe, "Gunmen attacked the village of Dinangourou in Mali on Sunday. Dan Na Ambassagou militiamen "
                     "killed a herder there, residents said.", date(2020, 3, 9))
    assert evs and evs[0].actor1 == "Dan Na Ambassagou"


def test_forces_of_a_country_the_text_does_not_give_leave_the_group_they_struck_second(pipe: Pipeline) -> None:
    evs = code(pipe, "Security forces killed 20 militants near Boulkessi on Tuesday, the army said.",
               date(2020, 3, 10))
    assert [(e.actor1, e.actor2 is not None) for e in evs] == [(None, True)]
    evs = code(pipe, "On 4 August 2019, the army reportedly killed fifteen suspected JNIM and/or ISGS militants "
                     "near Boulkessi.", date(2019, 8, 5))
    assert [(e.actor1, e.actor2) for e in evs] == [
        (None, "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)")]
    # (the group as the subject stays the doer; forces whose country is told are named)
    evs = code(pipe, "Militants killed four soldiers near Boulkessi on Tuesday.", date(2020, 3, 10))
    assert evs and evs[0].actor1 is not None and evs[0].actor1.startswith("Unidentified Armed Group")
    evs = code(pipe, "Malian soldiers killed 20 militants near Boulkessi on Tuesday, the army said.",
               date(2020, 3, 10))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Military Forces of Mali (2013-2020)", "Unidentified Armed Group (Mali)")]


def test_malis_fights_before_2013_list_the_armed_group_first(pipe: Pipeline) -> None:
    evs = code(pipe, "BAMAKO (Reuters) - The Malian army said on Sunday it had killed about 20 MNLA rebels in fighting "
                     "near Timbuktu on Saturday.", date(2012, 3, 4))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("MNLA: National Movement for the Liberation of Azawad", "Military Forces of Mali (2012-2013)")]
    # (from 2013 the side that began it goes first again)
    evs = code(pipe, "BAMAKO (Reuters) - The Malian army said on Sunday it had killed about 20 MNLA rebels in fighting "
                     "near Timbuktu on Saturday.", date(2014, 3, 4))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Military Forces of Mali (2013-2020)", "MNLA: National Movement for the Liberation of Azawad")]


def test_a_group_whose_men_and_others_were_killed_after_the_doers_is_struck(pipe: Pipeline) -> None:
    evs = code(pipe, "On Sunday, suspected JNIM militants entered a mosque in the village of Sanare in northern "
                     "Burkina Faso, three Koglweogo and a village development councilman were identified, taken away "
                     "and executed, a security source said.", date(2020, 6, 29))
    assert evs and evs[0].actor1 == "JNIM: Group for Support of Islam and Muslims"
    # (a doer with its deed before "and" is no passive's subject)
    evs = code(pipe, "JNIM militants attacked an army post near Djibo in Burkina Faso and two soldiers were killed.",
               date(2020, 6, 29))
    assert evs and evs[0].actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_a_group_named_as_the_agent_of_the_deed_is_no_victim_of_forces_named_before(pipe: Pipeline) -> None:
    # (the forces are the subject of a verb of saying, the group the agent of the deed: "an ambush by JNIM")
    evs = code(pipe, "Soldiers said an ambush by JNIM militants killed four civilians on the road on Monday.",
               date(2025, 11, 18))
    assert evs and evs[0].actor1 == "JNIM: Group for Support of Islam and Muslims"
    evs = code(pipe, "Troops repelled an assault by ISGS fighters near the border on Monday.", date(2025, 11, 18))
    assert evs and evs[0].actor1 is not None and evs[0].actor1.startswith("Islamic State")
    # (forces whose verb follows them straight still leave the group they struck second)
    evs = code(pipe, "Security forces killed 20 militants near Boulkessi on Monday.", date(2025, 11, 18))
    assert [(e.actor1, e.actor2 is not None) for e in evs] == [(None, True)]
