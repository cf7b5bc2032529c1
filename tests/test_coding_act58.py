"""Actor2 rules of session 47 (act58): the side attacked, the forces a crowd faced, the people a camp holds."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.coding.actors import ActorMatcher
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def test_acronyms_written_as_words_name_their_groups() -> None:
    # BBC style writes a group's acronym as a word: "Gatia", "Mujao", "Aqim", "Mnla"
    m = ActorMatcher.default()
    text = "Mujao and Aqim fighters clashed with Mnla rebels and Gatia militiamen near Gao."
    got = {a.actor.split(":")[0] for a in m.find(text, on=date(2016, 1, 1))}
    assert {"MUJAO", "AQIM", "MNLA", "GATIA"} <= got


def test_a_named_group_whose_fighters_were_killed_is_the_side_attacked(pipe: Pipeline) -> None:
    evs = code(pipe, "KIDAL, Mali (Reuters) - Ansar Dine fighters attacked a convoy near Kidal on Wednesday. Three "
                     "fighters of Gatia were killed, a local official said.", date(2016, 1, 8))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Ansar Dine", "GATIA: Imghad Tuareg and Allies Self-Defense Group")]


def test_an_ambush_targeting_a_named_group_makes_it_the_side_attacked(pipe: Pipeline) -> None:
    evs = code(pipe, "An ambush targeting MSA fighters near Menaka on Sunday left three dead.", date(2019, 5, 7))
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Battles", "Unidentified Armed Group (Mali)", "MSA: Movement for Azawad Salvation")]
    # (the doer named before the attack's noun stays the doer)
    evs = code(pipe, "JNIM claimed an attack on MSA fighters near Menaka on Sunday.", date(2019, 5, 7))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("JNIM: Group for Support of Islam and Muslims", "MSA: Movement for Azawad Salvation")]


def test_a_nations_barracks_or_positions_are_its_army(pipe: Pipeline) -> None:
    evs = code(pipe, "Militants fired several rockets at a French barracks in Kidal on Monday. No casualties were "
                     "reported.", date(2017, 9, 12))
    assert [e.actor2 for e in evs] == ["Military Forces of France (2017-)"]
    evs = code(pipe, "Gunmen attacked Malian positions near Boni on Sunday.", date(2017, 9, 12))
    assert [e.actor2 for e in evs] == ["Military Forces of Mali (2013-2020)"]


def test_a_skirmish_between_protesters_and_security_forces_names_the_police(pipe: Pipeline) -> None:
    evs = code(pipe, "OUAGADOUGOU (AFP) - A young man was killed on Tuesday during a violent skirmish between "
                     "protesters and security forces in the town of Gaoua in Burkina Faso, witnesses said.",
               date(2017, 9, 13))
    assert [(e.event_type, e.actor2) for e in evs] == [("Riots", "Police Forces of Burkina Faso (2015-2022)")]
    # (a skirmish of the students with no force: no police)
    evs = code(pipe, "Students protesting unpaid grants burned tyres in Gaoua, Burkina Faso, on Tuesday, before a "
                     "skirmish between the students and their teachers.", date(2017, 9, 13))
    assert [e.actor2 for e in evs if e.actor2 is not None and e.actor2.startswith("Police")] == []


def test_the_agency_keeping_a_refugee_camp_is_not_the_side_struck(pipe: Pipeline) -> None:
    evs = code(pipe, "Two suicide bombers killed three Nigerian refugees at a UN refugee camp near Diffa on Sunday.",
               date(2017, 9, 12))
    assert [e.actor2 for e in evs] == ["Civilians (Nigeria)"]
    # (the mission's own camp attacked stays the mission)
    evs = code(pipe, "Gunmen attacked the MINUSMA camp in Kidal on Sunday, killing two peacekeepers.",
               date(2017, 9, 12))
    assert [e.actor2 for e in evs] == [
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)"]


def test_a_group_listed_with_the_forces_partner_is_a_partner_too(pipe: Pipeline) -> None:
    # "French forces, GATIA and MSA raided an ISGS camp": MSA fought beside France; ISGS is the side fought
    evs = code(pipe, "MENAKA, Mali - Joint French forces, GATIA and MSA raided an ISGS camp southwest of Menaka on "
                     "Saturday, killing 15 militants, the French army said.", date(2019, 3, 11))
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Military Forces of France (2017-)", "Islamic State (Greater Sahara)")]
    evs = code(pipe, "A coalition led by French forces and supported by the Nigerien army and the local militias MSA "
                     "and GATIA clashed with ISGS militants near Akabar on Sunday.", date(2019, 4, 2))
    assert [e.actor2 for e in evs] == ["Islamic State (Greater Sahara)"]


def test_a_places_heritage_destroyed_has_no_side_struck(pipe: Pipeline) -> None:
    evs = code(pipe, "TIMBUKTU, Mali (AP) - Islamist fighters destroyed two mausoleums of Muslim saints in Timbuktu "
                     "on Saturday, witnesses said.", date(2012, 7, 2))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Looting/property destruction", None)]
    # (a school burned and shops looted: the people of the place)
    evs = code(pipe, "Militants burned a school and looted shops in Gao, Mali, on Sunday.", date(2012, 7, 2))
    assert [e.actor2 for e in evs] == ["Civilians (Mali)"]


def test_an_attacks_agent_told_after_its_object_is_not_the_side_attacked(pipe: Pipeline) -> None:
    # (review rev53b: "an ambush against traders by ISGS militants": ISGS did it)
    evs = code(pipe, "Eight villagers died in an ambush against traders by ISGS militants near Tillia, Niger, on "
                     "Sunday.", date(2025, 11, 18))
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Violence against civilians", "Islamic State (Sahel)", "Civilians (Niger)")]
    # (the named group's men attacked stay the side attacked)
    evs = code(pipe, "Eight villagers died in an ambush against ISGS militants near Tillia, Niger, on Sunday.",
               date(2025, 11, 18))
    assert [e.actor2 for e in evs] == ["Islamic State (Sahel)"]


def test_a_garrison_town_names_no_force(pipe: Pipeline) -> None:
    # (review rev53b: "the Nigerian garrison town of Monguno" is a town, its people struck)
    evs = code(pipe, "Boko Haram fighters attacked the Nigerian garrison town of Monguno on Monday, killing five "
                     "civilians.", date(2025, 11, 18))
    assert [(e.event_type, e.actor2) for e in evs] == [("Violence against civilians", "Civilians (Nigeria)")]
    # (a garrison itself is the force's)
    evs = code(pipe, "Boko Haram fighters attacked a Nigerian garrison near Monguno on Monday, killing five soldiers.",
               date(2025, 11, 18))
    assert [e.actor2 for e in evs] == ["Military Forces of Nigeria (2023-)"]


def test_heritage_only_near_the_destruction_leaves_the_people_struck(pipe: Pipeline) -> None:
    # (review rev53b: the monument is where shops were looted, not what was destroyed)
    evs = code(pipe, "Militants looted shops near the independence monument in Gao, Mali, on Wednesday.",
               date(2025, 11, 18))
    assert [e.actor2 for e in evs] == ["Civilians (Mali)"]
    # (the heritage destroyed itself: no side struck)
    evs = code(pipe, "Militants burned the shrine of a Sufi saint in Gao, Mali, on Wednesday.", date(2025, 11, 18))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Looting/property destruction", None)]
