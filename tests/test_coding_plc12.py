"""Which of the places a text names is the event's scene (plc12), on sentences written for the tests."""

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


def _scenes(pipe: Pipeline, text: str) -> list[str | None]:
    return [e.location for e in code(pipe, text, PUBLISHED)]


def test_the_far_end_of_a_journey_gives_way_to_the_place_told_with_a_cue(pipe: Pipeline) -> None:
    # "from X to Y": neither end is where the bus was attacked, the place told with "near" is
    assert _scenes(pipe, "OUAGADOUGOU, March 16 (Reuters) - Gunmen attacked a bus travelling from Djibo to Dori near "
                         "Arbinda on Monday, killing two passengers, a local official said.") == ["Aribinda"]
    # (the start told as where people came from, no longer a place of its own: the end gives way all the same)
    assert _scenes(pipe, "On 15 March 2021, traders returning from Bankass to Koro were attacked in Douentza, "
                         "and one was killed.") == ["Douentza"]
    # (no other place: the journey's start, as before)
    assert _scenes(pipe, "On 15 March 2021, gunmen ambushed a convoy heading from Djibo to Kaya and killed four "
                         "soldiers.") == ["Djibo"]


def test_people_taken_at_one_place_and_killed_at_another_are_coded_where_they_died(pipe: Pipeline) -> None:
    assert _scenes(pipe, "OUAGADOUGOU, March 16 (AFP) - Five traders abducted in Djibo last week were found dead "
                         "near Arbinda on Monday, security sources said.") == ["Aribinda"]
    # (the bodies told in the next sentence)
    assert _scenes(pipe, "On 12 March 2021, gunmen abducted five traders in Djibo. Their bodies were found near "
                         "Arbinda three days later.")[:1] == ["Aribinda"]
    # (people arrested, then executed elsewhere)
    assert _scenes(pipe, "On 15 March 2021, soldiers arrested three herders in Bankass; they were later executed "
                         "in Koro.") == ["Koro"]


def test_a_killing_and_a_separate_abduction_keep_the_first_place(pipe: Pipeline) -> None:
    # the abducted are not said to have died: the killing's own place stays the scene
    assert _scenes(pipe, "On 15 March 2021, gunmen killed two villagers in Djibo and abducted three others near "
                         "Arbinda.") == ["Djibo"]
    # (an abduction alone, no death told: where the people were taken)
    assert _scenes(pipe, "On 15 March 2021, gunmen abducted three traders in Djibo and took them towards "
                         "Arbinda.")[:1] == ["Djibo"]


def test_the_ends_of_a_road_told_from_one_town_to_another_give_way_to_the_place_on_it(pipe: Pipeline) -> None:
    assert _scenes(pipe, "DORI, Burkina Faso (AP) - Gunmen ambushed an army convoy on the road from Djibo to Dori, "
                         "near Arbinda, on Monday, killing four soldiers, security sources said.") == ["Aribinda"]
    assert _scenes(pipe, "On 15 March 2021, two civilians were killed when their car hit a landmine on the road "
                         "linking Bankass to Douentza, near Koro.") == ["Koro"]
    # (the road alone: its first end, as before)
    assert _scenes(pipe, "On 15 March 2021, gunmen ambushed an army convoy on the road from Djibo to Dori, killing "
                         "four soldiers.") == ["Djibo"]


def test_a_separate_killing_does_not_move_an_abductions_scene(pipe: Pipeline) -> None:
    # the soldiers killed are not the traders taken: the abduction stays where they were taken
    scenes = _scenes(pipe, "Ten traders were abducted in Djibo on Sunday. Separately, two soldiers were killed in an "
                           "ambush near Arbinda.")
    assert scenes[:1] == ["Djibo"]
    # (the people taken told again by name where they died: the deaths' place, as before)
    assert _scenes(pipe, "On 12 March 2021, gunmen abducted five traders in Djibo. The traders were found dead near "
                         "Arbinda three days later.")[:1] == ["Aribinda"]
