"""Conflicts beyond the Sahel (afr6): the two sides of a fight told "between" them are foes, not allies; a country's
own local unit ("Guzamala LGA") gives the state's unnamed forces their country. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from test_coding import code as code_at

from sitrep.model import Event
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

PUBLISHED = date(2016, 3, 15)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def code(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Event]:
    return code_at(pipe, text, published)


@pytest.mark.parametrize("text", [
    "Clashes between the military and SPLM-N in Farshaya on Monday. Nine soldiers were killed and four rebels wounded.",
    "KHARTOUM, March 14 (Reuters) - Heavy fighting broke out between the army and SPLM-N near Kadugli on Sunday. "
    "Seven rebels were killed, a military spokesman said.",
])
def test_the_group_fought_between_with_the_army_is_its_foe(pipe: Pipeline, text: str) -> None:
    # "rebels" told in the toll sentence are the group the fight was told with, not another group
    (ev,) = code(pipe, text)
    assert {ev.actor1, ev.actor2} == {"Military Forces of Sudan (1989-2019)",
                                      "SPLM-N: Sudan People's Liberation Movement (North)"}, ev


def test_a_group_joined_to_the_army_without_between_is_still_its_ally(pipe: Pipeline) -> None:
    (ev,) = code(pipe, "On 12 March, the army and SPLM-N fighters attacked rebels near Kadugli. Five rebels were killed.")
    assert "SPLM-N: Sudan People's Liberation Movement (North)" not in (ev.actor1, ev.actor2), ev


def test_a_local_unit_noun_gives_the_forces_their_country(pipe: Pipeline) -> None:
    # no gazetteer knows the village; "LGA" is a Nigerian local government area: Nigeria's army, not Niger's
    (ev,) = code(pipe, "MAIDUGURI, March 14 - Troops cleared a Boko Haram camp at Alajeri, Guzamala LGA, killing 40 "
                       "insurgents, an army spokesman said on Monday.")
    assert ev.actor1 is not None and ev.actor1.startswith("Military Forces of Nigeria"), ev
    (ev,) = code(pipe, "On 12 March, military forces cleared a Boko Haram camp at Alajeri, Guzamala LGA, killing 40.")
    assert ev.actor1 is not None and ev.actor1.startswith("Military Forces of Nigeria"), ev


@pytest.mark.parametrize(("text", "actor"), [
    ("NAIROBI, March 14 - Suspected Tugen militia killed a herder near Marigat in Baringo county on Sunday, police said.",
     "Tugen Ethnic Militia (Kenya)"),
    ("On 12 March, armed Murle youths raided a cattle camp near Pibor, killing six herders.",
     "Murle Ethnic Militia (South Sudan)"),
    ("HARARE, March 14 - Zanu-PF youths assaulted two opposition activists in Mutare on Sunday, witnesses said.",
     "ZANU-PF: Zimbabwe African National Union-Patriotic Front"),
    ("On 12 March, Zanu-PF youths fought running battles with supporters of Zimbabwe People First in Rusape.",
     "PF: People First"),
    ("GOMA, March 14 - FARDC and APCLS fighters clashed near Nyabiondo on Sunday, a local official said.",
     "APCLS: Alliance of Patriots for a Free and Sovereign Congo"),
    ("On 12 March, Nyatura-FDLR coalition fighters attacked an army position near Kitchanga.",
     "Nyatura-FDLR Coalition: Nyatura -Democratic Forces for the Liberation of Rwanda"),
    ("KAMPALA, March 14 - Rwenzururu royal guards clashed with soldiers in Kasese on Sunday, leaving four dead, the "
     "army said.", "Rwenzururu Royal Militia"),
])
def test_actors_of_east_and_southern_africa(pipe: Pipeline, text: str, actor: str) -> None:
    (ev,) = code(pipe, text)
    assert actor in (ev.actor1, ev.actor2), ev


def test_an_unattributed_drone_strike_in_ethiopia_is_the_federal_army(pipe: Pipeline) -> None:
    (ev,) = code(pipe, "ADDIS ABABA, Jan 10 (Reuters) - A drone strike killed at least 12 civilians at a market in "
                       "Dembi Dolo in Oromia region on Sunday, residents said.", date(2022, 1, 11))
    assert ev.actor1 == "Military Forces of Ethiopia (2018-)", ev
    # where foreign air forces strike too, an unnamed maker stays unidentified
    (ev,) = code(pipe, "MOGADISHU, Jan 10 (Reuters) - A drone strike killed eight al Shabaab fighters near Jilib on "
                       "Sunday, a local official said.", date(2022, 1, 11))
    assert ev.actor1 == "Unidentified Military Forces", ev


def test_the_african_union_fighting_in_somalia_is_its_mission_there(pipe: Pipeline) -> None:
    (ev,) = code(pipe, "MOGADISHU, March 14 - Al Shabaab fighters ambushed an African Union convoy near Marka on "
                       "Sunday, killing two soldiers, a local official said.")
    assert "AMISOM: African Union Mission in Somalia (2007-)" in (ev.actor1, ev.actor2), ev
    (ev,) = code(pipe, "MOGADISHU, March 3 - Al Shabaab fighters ambushed an African Union convoy near Marka on "
                       "Thursday, killing two soldiers.", date(2023, 3, 4))
    assert "ATMIS: African Union Transition Mission in Somalia (2022-)" in (ev.actor1, ev.actor2), ev


def test_galmudug_darawiish_are_the_galmudug_militia(pipe: Pipeline) -> None:
    (ev,) = code(pipe, "On 14 March, Galmudug Daraawiish forces attacked a police outpost near Cadado, Somalia.")
    assert "Galmudug Administration Militia" in (ev.actor1, ev.actor2), ev


def test_iswa_with_al_shabaab_is_somalias_south_west_state_forces(pipe: Pipeline) -> None:
    (ev,) = code(pipe, "On 9 April, ISWA forces raided an al Shabaab base in Jameecada village, killing three "
                       "fighters.")
    assert ev.actor1 is not None and ev.actor1.startswith("Military Forces of Somalia"), ev
    # in the Lake Chad basin ISWA is still the Islamic State's West Africa Province
    (ev,) = code(pipe, "On 2 May, ISWA militants attacked a military position in Bosso, Niger, killing two soldiers.")
    assert "Islamic State (West Africa)" in (ev.actor1, ev.actor2), ev


@pytest.mark.parametrize(("text", "first", "second"), [
    # two sides as the subject of a fight with each other: the one named first first
    ("On 12 March, FARDC and Mayi Mayi fighters clashed near Beni.",
     "Military Forces of Democratic Republic of Congo (2001-2019)", "Mayi Mayi Militia"),
    ("GOMA, March 14 - FARDC and UPDI Mayi Mayi fighters clashed in the Etabe area on Sunday, a local official said.",
     "Military Forces of Democratic Republic of Congo (2001-2019)", "Mayi Mayi Militia"),
    # "government forces" are forces, not the state's civil organs: Somalia's older coding lists them first
    ("On 12 March, Al Shabaab and government forces clashed near Afgooye, Somalia.",
     "Military Forces of Somalia (2012-2017)", "Al Shabaab"),
])
def test_a_pair_that_fought_each_other(pipe: Pipeline, text: str, first: str, second: str) -> None:
    (ev,) = code(pipe, text)
    assert (ev.actor1, ev.actor2) == (first, second), ev


def test_allies_that_fought_a_third_side_stay_allies(pipe: Pipeline) -> None:
    (ev,) = code(pipe, "On 12 March, GATIA and MSA fighters clashed with ISGS militants near Menaka, Mali.", date(2019, 3, 13))
    assert ev.actor2 == "Islamic State (Greater Sahara)", ev
