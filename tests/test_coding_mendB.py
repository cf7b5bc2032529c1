"""Rules narrowed after review (mendB), on sentences written for the tests."""

from __future__ import annotations

from datetime import date

from sitrep.pipeline import Pipeline

from test_coding import code
from test_coding_typ47 import PUBLISHED, _types, pipe  # noqa: F401  (the same pipeline fixture and helper)


def test_a_missile_fired_by_an_aircraft_is_an_air_strike(pipe: Pipeline) -> None:
    assert _types(pipe, "A civilian was killed by a missile fired by an army helicopter near Kidal on Monday.") == \
        [("Explosions/Remote violence", "Air/drone strike")]
    assert _types(pipe, "A civilian was killed by a missile fired by a drone near Kidal on Monday.") == \
        [("Explosions/Remote violence", "Air/drone strike")]
    # (one told by the force alone stays the shelling)
    assert _types(pipe, "A civilian was killed by a missile fired by the army near Kidal on Monday.") == \
        [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_an_operation_to_rescue_hostages_with_no_fight_told_is_the_captors_abduction(pipe: Pipeline) -> None:
    evs = code(pipe, "Troops launched an operation to rescue the passengers abducted by bandits in Kaduna on Sunday.",
               PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in evs] == \
        [("Violence against civilians", "Abduction/forced disappearance")]
    assert evs[0].actor1 is not None and "Armed Group" in evs[0].actor1
    assert evs[0].actor2 is not None and evs[0].actor2.startswith("Civilians")
    assert _types(pipe, "Police launched a search operation to rescue two Chinese workers kidnapped by gunmen in "
                        "Kaduna on Sunday.") == [("Violence against civilians", "Abduction/forced disappearance")]
    # (the operation that fought the captors is the battle)
    assert _types(pipe, "Troops conducted an operation to free three civilians who had been abducted by Boko Haram "
                        "in Konduga on Sunday, killing five of the militants.") == [("Battles", "Armed clash")]


def test_strikers_riot_by_their_own_deed_not_one_they_condemn(pipe: Pipeline) -> None:
    assert _types(pipe, "Striking nurses marched to condemn bandits who attacked a clinic in Baringo on Monday.") == \
        [("Protests", "Peaceful protest")]
    # (the strikers' own raid is their riot)
    assert _types(pipe, "On Monday, prison guards on strike raided the residence of the justice minister in "
                        "Ouagadougou, witnesses said.") == [("Riots", "Violent demonstration")]


def test_a_place_fought_for_is_no_takeover(pipe: Pipeline) -> None:
    assert _types(pipe, "Jihadists are fighting to gain control of the gold mines of Soum, the governor said.") == \
        [("Battles", "Armed clash")]
    # (control gained is the takeover)
    assert _types(pipe, "On Monday, the rebels gain control of Kona after heavy fighting with Malian troops.") == \
        [("Battles", "Non-state actor overtakes territory")]


def test_a_headline_whose_killers_flee_keeps_its_toll(pipe: Pipeline) -> None:
    evs = code(pipe, "Gunmen who killed farmer in Benue on Sunday fled into the bush.", date(2025, 11, 18))
    assert [e.fatalities for e in evs] == [1]
    # (the killer's fate told as the news keeps the clause a side note)
    evs = code(pipe, "The soldier who shot dead herder near Gao was jailed for ten years on Monday.", PUBLISHED)
    assert all(e.fatalities == 0 for e in evs)


def test_a_grenade_that_went_off_by_accident_is_no_grenade_attack(pipe: Pipeline) -> None:
    for text in ("An old hand grenade exploded as children played with it in a field near Gao on Monday, killing two "
                 "of them.",
                 "A grenade exploded accidentally in the hands of a soldier at a checkpoint in Goma on Monday, "
                 "killing him."):
        assert ("Explosions/Remote violence", "Grenade") not in _types(pipe, text), text
    # (a grenade's blast told alone is the grenade attack)
    assert _types(pipe, "A grenade exploded in a bar in Bujumbura on Monday, wounding five people.") == \
        [("Explosions/Remote violence", "Grenade")]


def test_an_operation_told_as_done_to_free_hostages_stays_the_battle(pipe: Pipeline) -> None:
    assert _types(pipe, "Troops conducted an operation to free three civilians who had been abducted by Boko Haram "
                        "in Konduga on Sunday.") == [("Battles", "Armed clash")]
