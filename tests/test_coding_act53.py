"""Communal militias named by family, by tribe and by place (act53), on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_coding import code

PUBLISHED = date(2021, 3, 16)  # a Tuesday


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def _battle(pipe: Pipeline, text: str) -> tuple[str | None, str | None]:
    evs = [e for e in code(pipe, text, PUBLISHED) if e.event_type == "Battles"]
    assert len(evs) == 1, (text, evs)
    return evs[0].actor1, evs[0].actor2


def test_families_that_fought_are_their_clan_militias(pipe: Pipeline) -> None:
    # two factions of one family: that family's clan militia on both sides
    assert _battle(pipe, "KAYA, Burkina Faso (AFP) - Two people were killed on Sunday when two factions of the Zongo "
                         "family clashed over the succession of the village chief near Kaya, a local official said.") \
        == ("Zongo Clan Militia (Burkina Faso)", "Zongo Clan Militia (Burkina Faso)")
    # two families, in the order told; the police that tell it are no side
    assert _battle(pipe, "Members of the Sawadogo family clashed with the Kabore family over a plot of farmland near "
                         "Kaya, Burkina Faso, on Sunday, leaving three people dead, police said.") \
        == ("Sawadogo Clan Militia (Burkina Faso)", "Kabore Clan Militia (Burkina Faso)")


def test_a_family_struck_by_gunmen_is_no_clan_militia(pipe: Pipeline) -> None:
    evs = code(pipe, "Gunmen killed a trader and two members of his family near Kaya, Burkina Faso, on Sunday.",
               PUBLISHED)
    assert evs and all("Clan Militia" not in (e.actor1 or "") + (e.actor2 or "") for e in evs), evs


def test_people_of_two_places_told_in_two_sentences(pipe: Pipeline) -> None:
    # each place's people told in their own sentence: each place's militia, the first told first
    assert _battle(pipe, "On Sunday, villagers from Tiba attacked herders at a well near Kaya, Burkina Faso. "
                         "Villagers from Sabce mobilized and fought back, and two people were killed.") \
        == ("Tiba Communal Militia (Burkina Faso)", "Sabce Communal Militia (Burkina Faso)")


def test_witnesses_and_the_fled_of_a_place_are_no_side(pipe: Pipeline) -> None:
    # the people of a place who said or fled are no side: the fight's unnamed communities stay unnamed
    assert _battle(pipe, "Clashes between herders and farmers killed five people near Koro, Mali, on Sunday, "
                         "residents of Koro said. Hundreds of people from Bankass fled the fighting.") \
        == ("Unidentified Communal Militia (Mali)", "Unidentified Communal Militia (Mali)")


def test_a_family_feud_outside_the_followed_region_is_no_clan_battle(pipe: Pipeline) -> None:
    evs = code(pipe, "A feud between the Smith and Jones families turned deadly on Saturday when two men were shot "
                     "dead in a fight outside a house in Memphis, police said.", PUBLISHED)
    assert evs and all("Clan Militia" not in (e.actor1 or "") + (e.actor2 or "") for e in evs), evs
    assert all(e.event_type != "Battles" for e in evs), evs


def test_arab_tribes_of_timbuktu_are_clan_militias(pipe: Pipeline) -> None:
    a1, a2 = _battle(pipe, "TIMBUKTU, Mali - Tormoz militiamen attacked an Oulad Aich camp near Goundam on Sunday, "
                           "and six people were killed in the clashes, including four militiamen, local sources said.")
    assert a1 == "Tourmouz Clan Militia (Mali)"
    assert a2 == "Oulad Aich Clan Militia (Mali)"


def test_an_operation_told_again_as_the_doer_is_its_forces(pipe: Pipeline) -> None:
    # "The operation killed ...": those who conducted it, told in the sentence before, did it
    for text in ("GAO, Mali (Reuters) - French troops conducted an operation near Menaka on Sunday, the French army "
                 "said. The operation killed about fifteen ISGS militants.",
                 "French troops conducted an operation near Menaka on Sunday. The operation resulted in the killing "
                 "of several ISGS militants."):
        assert _battle(pipe, text) == ("Military Forces of France (2017-)", "Islamic State (Greater Sahara)"), text
    # (a group named as the operation's doer in its own sentence stays the doer)
    a1, _ = _battle(pipe, "French troops patrolled near Menaka on Sunday. ISGS militants ambushed the patrol and "
                          "killed two soldiers.")
    assert a1 == "Islamic State (Greater Sahara)"


def test_forces_that_answered_a_group_s_attack_come_second(pipe: Pipeline) -> None:
    # the forces' operation told as their answer to the group's attack: the group started it, as "the army responded
    # to the attack" already orders the sides
    for text in ("In response to an attack by ISGS militants on a village near Menaka, French troops repelled the "
                 "militants in the area on Sunday, killing eight of them.",
                 "In response to an attack by ISGS militants on a village near Menaka, French troops clashed with "
                 "the militants on Sunday, killing eight of them.",
                 "In response to an attack by ISGS militants on a village near Menaka on Saturday, French troops "
                 "clashed with the militants on Sunday, killing eight of them."):
        assert _battle(pipe, text) == ("Islamic State (Greater Sahara)", "Military Forces of France (2017-)"), text
    # (a deed of the forces' own, or the attack another day's: the forces started this fight)
    for text in ("In response to an attack by ISGS militants on a village near Menaka, French troops launched an "
                 "offensive in the area on Sunday. The offensive left eight militants dead.",
                 "In response to a JNIM attack on a military post last week, Burkinabe soldiers raided a militant "
                 "camp near Djibo on Monday, killing 15 militants."):
        assert _battle(pipe, text)[0].startswith("Military Forces of"), text
    # (forces that went on after another's deed started their own fight: "after")
    assert _battle(pipe, "After an attack by ISGS militants on a village near Menaka, French troops clashed with "
                         "ISGS militants on Sunday, killing eight of them.")[0] == "Military Forces of France (2017-)"


def test_an_islamist_suicide_bomber_is_an_islamist_militia(pipe: Pipeline) -> None:
    evs = code(pipe, "A suspected Islamist suicide bomber blew himself up at the gate of a MINUSMA camp in Timbuktu on "
                     "Sunday night, wounding two peacekeepers.", date(2016, 10, 11))
    assert [e.actor1 for e in evs] == ["Islamist Militia (Mali)"], evs
