"""Actor2 rules of session 48 (act60): a town shelled, a crowd's stones at people's vehicles, a bracket naming the
group behind a people's gunmen, the group defectors joined."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def test_a_town_shelled_by_an_armed_group_struck_its_people(pipe: Pipeline) -> None:
    evs = code(pipe, "KIDAL, Mali (Reuters) - Suspected jihadists fired several mortar shells into the northern "
                     "Malian town of Kidal overnight, residents said, damaging two houses.", date(2020, 5, 14))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [
        ("Shelling/artillery/missile attack", "Civilians (Mali)")]
    evs = code(pipe, "Gunmen fired rockets at two buses on the road to Djibo in Burkina Faso on Monday. No one was "
                     "hurt.", date(2020, 5, 14))
    assert [e.actor2 for e in evs] == ["Civilians (Burkina Faso)"]
    # (the forces' camp shelled is the side struck; an airport, no one's the text tells)
    evs = code(pipe, "Militants shelled the army camp in Kidal, Mali, on Tuesday, officials said.", date(2020, 5, 14))
    assert [e.actor2 for e in evs] == ["Military Forces of Mali (2013-2020)"]
    evs = code(pipe, "Militants fired three rockets at the airport of Diffa, Niger, on Saturday.", date(2020, 5, 14))
    assert [e.actor2 for e in evs] == [None]


def test_stones_thrown_at_peoples_vehicles_name_civilians(pipe: Pipeline) -> None:
    evs = code(pipe, "NIAMEY (AFP) - Opposition supporters protesting the vote threw stones at cars carrying "
                     "ruling party activists in Niamey on Sunday, witnesses said.", date(2020, 4, 27))
    assert [(e.event_type, e.actor2) for e in evs] == [("Riots", "Civilians (Niger)")]
    # (the police's vehicles stoned: the police)
    evs = code(pipe, "NIAMEY (AFP) - Hundreds of students protested in Niamey on Monday and threw stones at "
                     "vehicles of the police, witnesses said.", date(2020, 4, 27))
    assert [(e.event_type, e.actor2) for e in evs] == [("Riots", "Police Forces of Niger (2011-2021)")]


def test_a_bracket_naming_the_group_behind_a_peoples_gunmen_leaves_their_foe_the_other_side(pipe: Pipeline) -> None:
    evs = code(pipe, "On 3 May 2020, Fulani gunmen [believed to be Katiba Macina (JNIM)] raided the village of "
                     "Tile (Bandiagara, Mopti) and exchanged fire with Dan Na Ambassagou militiamen.", date(2020, 5, 3))
    assert [(e.actor1, e.actor2) for e in evs] == [("Katiba Macina", "Dan Na Ambassagou")]


def test_the_group_defectors_joined_is_the_other_side(pipe: Pipeline) -> None:
    evs = code(pipe, "GAO, Mali - Some fifty fighters of the MAA defected to the CMA on Sunday, a spokesman said.",
               date(2020, 3, 30))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Change to group/activity", "MAA: Arab Movement of the Azawad", "CMA: Coordination of Movements of the Azawad")]
    # (an alliance joined is no side faced)
    evs = code(pipe, "On 12 July, the MSA announced it was joining the Platform alliance, in a statement signed in "
                     "Menaka.", date(2019, 7, 13))
    assert [e.actor2 for e in evs] == [None]


def test_men_arrested_as_militants_are_an_armed_groups(pipe: Pipeline) -> None:
    evs = code(pipe, "OUAGADOUGOU (Reuters) - Burkinabe soldiers arrested 20 suspected militants near Arbinda on "
                     "Tuesday, the army said in a statement.", date(2020, 3, 4))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Arrests", "Unidentified Armed Group (Burkina Faso)")]
    # (people arrested for suspected links to militants are civilians)
    evs = code(pipe, "OUAGADOUGOU (Reuters) - Burkinabe gendarmes arrested 50 people in Bobo-Dioulasso on Tuesday "
                     "during an operation targeting militant networks.", date(2020, 3, 4))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Arrests", "Civilians (Burkina Faso)")]


def test_forces_that_dispelled_a_riot_face_it(pipe: Pipeline) -> None:
    evs = code(pipe, "NIAMEY, Niger - Police dispelled rioting students with batons in Niamey on Monday after "
                     "they burned tyres on the campus road.", date(2020, 4, 27))
    assert [(e.event_type, e.actor2) for e in evs] == [("Riots", "Police Forces of Niger (2011-2021)")]


def test_a_partner_that_defused_the_device_is_not_its_owner(pipe: Pipeline) -> None:
    evs = code(pipe, "OUAGADOUGOU - The army and volunteer fighters dismantled an IED near Bourzanga, Burkina Faso, "
                     "on Friday. The device was likely planted by ISGS militants, a security source said.",
               date(2020, 4, 18))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [
        ("Disrupted weapons use", "Islamic State (Greater Sahara)")]


@pytest.mark.parametrize("text", [
    "Al-Shabaab fired mortar shells at the presidential palace in Mogadishu.",
    "Al-Shabaab fired mortar shells at the parliament building in Mogadishu.",
    "Al-Shabaab fired mortar shells near the Somali parliament in Mogadishu.",
    "Al-Shabaab fired mortar shells at Mogadishu's Halane compound.",
    "Houthi rebels fired a missile at a commercial ship in the Red Sea.",
    "Hezbollah fired dozens of rockets at northern Israel.",
])
def test_shells_at_the_states_seats_compounds_ships_or_across_a_border_name_no_civilians(pipe: Pipeline,
                                                                                       text: str) -> None:
    evs = [e for e in code(pipe, text, date(2025, 11, 18)) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert evs and all(e.actor2 is None or not e.actor2.startswith("Civilians") for e in evs)


@pytest.mark.parametrize("text", [
    "Police in Dallas arrested two suspected gunmen on Monday.",
    "Police arrested two armed men after a robbery in Columbus, Ohio.",
])
def test_gunmen_or_armed_men_arrested_by_police_stay_civilians(pipe: Pipeline, text: str) -> None:
    evs = [e for e in code(pipe, text, date(2025, 11, 18)) if e.sub_event_type == "Arrests"]
    assert [e.actor2 for e in evs] == ["Civilians (United States)"]


def test_suspected_militants_arrested_are_an_armed_group(pipe: Pipeline) -> None:
    evs = [e for e in code(pipe, "Soldiers arrested 20 suspected militants near Djibo, Burkina Faso, on Monday.",
                           date(2025, 11, 18)) if e.sub_event_type == "Arrests"]
    assert [e.actor2 for e in evs] == ["Unidentified Armed Group (Burkina Faso)"]


def test_stones_thrown_at_officials_vehicles_name_no_civilians(pipe: Pipeline) -> None:
    evs = code(pipe, "Protesters hurled stones at vehicles carrying the governor's entourage in Kaduna, Nigeria.",
               date(2025, 11, 18))
    assert evs and all(e.actor2 is None or not e.actor2.startswith("Civilians") for e in evs)
    evs = code(pipe, "Protesters hurled stones at vehicles carrying ruling party supporters in Kaduna, Nigeria.",
               date(2025, 11, 18))
    assert [e.actor2 for e in evs] == ["Civilians (Nigeria)"]
