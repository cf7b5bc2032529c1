"""Which of the places a text names is the event's scene (plc16), on sentences written for the tests."""

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


def _scenes(pipe: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location, e.country) for e in code(pipe, text, PUBLISHED)]


def test_the_base_the_attackers_came_from_is_no_scene_beside_a_village_the_gazetteer_lacks(pipe: Pipeline) -> None:
    # the scene is a village no gazetteer knows: the base is not it, its country is the scene's
    assert _scenes(pipe, "BAMAKO, March 16 (Reuters) - Jihadists attacked an army post in the village of Tagabatt on "
                         "Monday, killing four soldiers. The attackers came from bases in Douentza, the army "
                         "said.") == [("Mali", "Mali")]
    assert _scenes(pipe, "On 15 March 2021, gunmen attacked the village of Tagabatt, killing five civilians. The "
                         "assailants came from their base in Douentza.") == [("Mali", "Mali")]
    # (a known scene stays the scene; with no other place, the base is the one place told)
    assert _scenes(pipe, "On 15 March 2021, jihadists attacked an army post in Koro, killing four soldiers. The "
                         "attackers came from bases in Douentza.") == [("Koro", "Mali")]
    assert _scenes(pipe, "On 15 March 2021, militants from bases in Douentza ambushed an army patrol, killing four "
                         "soldiers.") == [("Douentza", "Mali")]
    # (the force attacked at its base: the base is the scene)
    assert _scenes(pipe, "On 15 March 2021, militants attacked soldiers stationed in Koro, killing three.") == \
        [("Koro", "Mali")]


def test_a_country_the_attackers_withdrew_to_is_not_the_scene(pipe: Pipeline) -> None:
    events = _scenes(pipe, "NIAMEY, March 16 (AFP) - Boko Haram fighters killed five villagers in Tagabatt on Monday "
                           "before withdrawing back into Nigeria, a local official said.")
    assert len(events) == 1 and events[0][1] != "Nigeria"
    assert _scenes(pipe, "On 15 March 2021, gunmen killed five civilians in Djibo before withdrawing into Mali.") == \
        [("Djibo", "Burkina Faso")]
    assert _scenes(pipe, "On 15 March 2021, gunmen killed five civilians in Djibo and then retreated to Arbinda.") == \
        [("Djibo", "Burkina Faso")]
    # (people who fled into a country may have been harmed there)
    assert _scenes(pipe, "On 15 March 2021, refugees who fled into Niger were attacked by gunmen, and five were "
                         "killed.") == [("Niger", "Niger")]


def test_a_place_told_in_a_country_is_that_country_s_place_of_the_name(pipe: Pipeline) -> None:
    # "near Boni in central Mali": not Burkina Faso's Boni; the country told stands for a place the gazetteer lacks
    # there
    assert _scenes(pipe, "BAMAKO, March 16 (Reuters) - Suspected jihadists killed 10 soldiers in an ambush near Boni "
                         "in central Mali on Tuesday, the army said in a statement.")[0][1] == "Mali"
    assert _scenes(pipe, "On 15 March 2021, gunmen killed five villagers in Djibo, in northern Mali.")[0][1] == "Mali"
    # (the place in the country told stays: "Djibo in Burkina Faso")
    assert _scenes(pipe, "On 15 March 2021, gunmen killed five villagers in Djibo in Burkina Faso.") == \
        [("Djibo", "Burkina Faso")]
