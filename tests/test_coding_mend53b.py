"""Mends of typ47's rules (reviewer rev53a's findings 4, 6, 7, 8, 9, 11), on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_coding import code

PUBLISHED = date(2025, 11, 18)  # a Tuesday


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def _types(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in code(pipe, text, PUBLISHED)]


AGREEMENT = ("Strategic developments", "Agreement")


def test_a_release_by_a_deal_is_of_people_and_of_talks_that_held(pipe: Pipeline) -> None:
    # (a statement or a video released, a rescue by soldiers, talks that failed, "they" with no one named: no deal)
    for text in ("Rebels in Goma released a statement on Tuesday after the negotiations in Doha collapsed, vowing to "
                 "keep fighting.",
                 "The M23 released a video on Sunday as part of a negotiation strategy with Kinshasa.",
                 "The hostages were freed by soldiers after negotiations with the kidnappers failed in Zamfara on "
                 "Friday.",
                 "Gunmen abducted 20 students in Kaduna on Monday. They were released on Friday after negotiations "
                 "with local leaders."):
        assert AGREEMENT not in _types(pipe, text), text
    # (people freed by a deal stay the agreement)
    assert AGREEMENT in _types(pipe, "Two Italian hostages were freed on Sunday as part of a prisoner exchange, "
                                     "officials in Bamako said.")
    assert AGREEMENT in _types(pipe, "The kidnappers released 12 hostages near Gusau on Friday after negotiations "
                                     "with local elders.")


def test_a_present_takeover_is_of_a_place(pipe: Pipeline) -> None:
    for text in ("GOP gains control of the House after midterm elections",
                 "Elon Musk takes control of Twitter and fires top executives",
                 "The new interim president assumes control of the country on Monday",
                 "Nvidia takes control of the chip start-up after a long takeover battle",
                 "The army gains control over the road between Gao and Ansongo"):
        assert not any(sub in ("Non-violent transfer of territory", "Non-state actor overtakes territory")
                       for _, sub in _types(pipe, text)), text
    assert _types(pipe, "Jihadists takes control of the town of Menaka after soldiers flee")[0][1] in (
        "Non-state actor overtakes territory", "Non-violent transfer of territory")


def test_a_symbol_burned_ends_its_phrase(pipe: Pipeline) -> None:
    assert _types(pipe, "Angry youths set fire to a photo studio and a bank in Kano on Monday.")[0][0] == "Riots"
    assert _types(pipe, "Demonstrators in Kano set fire to poster shops and a police post on Monday.") == \
        [("Riots", "Violent demonstration")]
    assert _types(pipe, "Protesters in Kano set fire to French flags and torched images of the French president on "
                        "Monday.") == [("Protests", "Peaceful protest")]


def test_villages_destroyed_by_rains_are_no_ones_deed(pipe: Pipeline) -> None:
    assert _types(pipe, "Heavy rains swept through the region on Monday, destroying several villages near "
                        "Maradi.") == []
    assert _types(pipe, "Gunmen attacked Tillia on Monday, burning several villages near Tahoua.") == \
        [("Strategic developments", "Looting/property destruction")]


def test_projectiles_a_crowd_threw_are_no_shelling(pipe: Pipeline) -> None:
    for text in ("Supporters threw projectiles that struck the police line outside the stadium in Dakar on Saturday.",
                 "Fans threw bottles at the referee; one projectile hit the assistant in the stadium in Abidjan on "
                 "Sunday.",
                 "A projectile hit the assistant referee during the match in Abidjan on Sunday."):
        assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") not in _types(pipe, text), text
    assert _types(pipe, "Two projectiles landed near the airport of Timbuktu late on Monday.") == \
        [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_units_redeployed_are_a_forces_to_a_place(pipe: Pipeline) -> None:
    for text in ("The hospital's intensive care units were redeployed to the new wing in Lagos on Monday.",
                 "Police were redeployed to the stadium in Abuja on Saturday ahead of the cup final."):
        assert _types(pipe, text) == [], text
    assert _types(pipe, "MINUSMA units were redeployed to Aguelhok on Monday.") == \
        [("Strategic developments", "Change to group/activity")]
    assert _types(pipe, "The Malian army redeployed to Menaka on Monday after withdrawing last year.") == \
        [("Strategic developments", "Change to group/activity")]
