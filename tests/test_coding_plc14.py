"""Which of the places a text names is the event's scene (plc14), on sentences written for the tests."""

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


def test_a_place_of_a_relative_clause_about_the_actor_is_no_scene(pipe: Pipeline) -> None:
    # what the group did before, told in a relative clause, is its background: the main clause's place is the scene
    assert _scenes(pipe, "GOMA, Congo (AP) - M23 rebels, which captured Goma in January, attacked Uvira on Monday, "
                         "killing five civilians, residents said.") == ["Uvira"]
    assert _scenes(pipe, "BAMAKO, March 16 (Reuters) - Jihadists who had overrun the town of Djibo in January ambushed "
                         "an army convoy near Dori on Monday, killing six soldiers, the army said.") == ["Dori"]
    # (a clause closed by its comma, holding a list of places)
    assert _scenes(pipe, "OUAGADOUGOU, March 16 (AFP) - The army, which has bases in Djibo and Dori, said its troops "
                         "killed 30 militants near Arbinda on Monday.") == ["Aribinda"]
    # (the trigger inside the clause: its place stays the scene)
    assert _scenes(pipe, "On 15 March 2021, the soldiers, who were ambushed near Koro, were later evacuated to "
                         "Bankass.")[:1] == ["Koro"]
    # (a relative clause after the trigger, about the victims: the place it tells is where they were)
    assert _scenes(pipe, "On 15 March 2021, gunmen killed five traders who were travelling near Koro.") == ["Koro"]


def test_where_a_force_is_based_is_no_scene_beside_a_place_told_with_a_cue(pipe: Pipeline) -> None:
    assert _scenes(pipe, "DAKAR, March 16 (AFP) - Soldiers from the camp at Bankass repelled an attack near Koro on "
                         "Monday, killing ten assailants, the army said.") == ["Koro"]
    assert _scenes(pipe, "On 15 March 2021, troops stationed in Koro, Bankass and Douentza clashed with "
                         "militants near Mopti, killing 12.") == ["Mopti"]
    # (the force attacked at its base: the base is the scene)
    assert _scenes(pipe, "On 15 March 2021, militants attacked soldiers stationed in Koro, killing three.") == ["Koro"]
    # (no other place: the base, as before)
    assert _scenes(pipe, "On 15 March 2021, an army patrol stationed in Koro was ambushed, and three soldiers were "
                         "killed.") == ["Koro"]


def test_bodies_found_far_from_where_people_were_taken_told_at_length(pipe: Pipeline) -> None:
    assert _scenes(pipe, "On 15 March 2021, the bodies of six traders abducted near Djibo last week were found in "
                         "Arbinda.") == ["Aribinda"]


def test_where_the_harm_a_crowd_protests_over_was_done_is_no_scene(pipe: Pipeline) -> None:
    # the harm told after the protest, its place after "over the killing of", "after the destruction of ... at"
    assert _scenes(pipe, "Religious leaders led a protest by more than a thousand people in the capital Bamako on "
                         "Thursday after the destruction of historic religious sites at Timbuktu.") == ["Bamako"]
    assert _scenes(pipe, "OUAGADOUGOU, March 16 (AFP) - Hundreds of students marched through the capital "
                         "Ouagadougou on Monday over the killing of 12 villagers in Djibo, witnesses said.") == ["Ouagadougou"]
    # (the harm's place the one the text tells, written with its units: it may be where they demonstrated)
    assert _scenes(pipe, "On 15 March 2021, residents demonstrated against the kidnapping of a nurse in Djibo (Soum, "
                         "Sahel).") == ["Djibo"]
    # (the protest's own place told with the harm's: "marched in Djibo against insecurity in the region")
    assert _scenes(pipe, "On 15 March 2021, hundreds of women marched in Djibo against insecurity in the "
                         "region.") == ["Djibo"]


def test_a_place_told_on_a_stretch_it_lies_by_stays_the_scene(pipe: Pipeline) -> None:
    # (the far-namesake rule, "near Kera on the Tenenkou to Ke-Macina axis" read at a Kera 160 km off giving way to the
    # stretch's first end, needs a gazetteer with the namesake; here the place lies by the stretch and stays the scene)
    assert _scenes(pipe, "DAKAR, March 16 (Reuters) - Gunmen ambushed an army convoy near Arbinda on the Djibo-Dori "
                         "road on Monday, killing four soldiers, a security source said.") == ["Aribinda"]
    assert _scenes(pipe, "On 15 March 2021, an IED struck a vehicle in Arbinda, axis Djibo-Dori.") == ["Aribinda"]
