"""Which of the places a text names is the event's scene (plc10), on sentences written for the tests."""

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


def test_a_place_of_an_opening_clause_about_an_earlier_happening_is_no_scene(pipe: Pipeline) -> None:
    # the background clause names where something else happened; the main clause tells the crowd's place
    assert _scenes(pipe, "KIDAL, Mali (AP) - Days after the accord was signed in Algiers, hundreds of people marched "
                         "in Kidal on Monday to reject it.")[:1] == ["Kidal"]
    assert _scenes(pipe, "Following the arrest of a teacher in Gao, students demonstrated in Timbuktu on Monday.") \
        == ["Timbuktu"]
    # (with no place in the main clause, the clause's place is all the text tells)
    assert _scenes(pipe, "After gunmen attacked the army camp in Boulikessi on Monday, four soldiers were killed.") \
        == ["Boulikessi"]


def test_the_ends_of_a_stretch_give_way_to_the_place_told_on_it(pipe: Pipeline) -> None:
    assert _scenes(pipe, "On 15 March 2021, rival armed groups clashed on the road between Douentza and "
                         "Bandiagara, near Bankass, killing six fighters.") == ["Bankass"]
    assert _scenes(pipe, "DORI, Burkina Faso (Reuters) - Rival militias clashed between the towns of Djibo and Dori, "
                         "near Sebba, on Monday, killing six fighters.") == ["Sebba"]
    # (the stretch alone: its first end, as before)
    assert _scenes(pipe, "On 15 March 2021, gunmen ambushed a bus on the road between Douentza and Bandiagara, "
                         "killing two passengers.") == ["Douentza"]


def test_a_place_told_near_a_described_town_is_the_scene(pipe: Pipeline) -> None:
    assert _scenes(pipe, "Residents of Goundam near the northern Malian city of Timbuktu protested on Monday against "
                         "the closure of the market.") == ["Goundam"]
    assert _scenes(pipe, "On 15 March 2021, gunmen killed a herder in Niafunke, a town near the regional capital "
                         "of Timbuktu.") == ["Niafunké"]


def test_an_arrest_told_again_with_its_place_is_coded_there(pipe: Pipeline) -> None:
    # the trigger sentence names no place; the next tells where the arrest was made
    evs = code(pipe, "On 15 March 2021, soldiers arrested a herder and his two sons. They were arrested in the area of "
                     "Djibo and taken to a military camp.", PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in evs][:1] == [("Arrests", "Djibo")]
    # (an arrest told with its place in its own sentence, as before)
    evs = code(pipe, "OUAGADOUGOU, March 16 (Reuters) - Police arrested 12 activists in Kaya on Monday, the ministry "
                     "said.", PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in evs] == [("Arrests", "Kaya")]


def test_where_the_harm_a_crowd_protests_over_was_done_is_no_scene(pipe: Pipeline) -> None:
    assert _scenes(pipe, "Relatives of the traders killed near Ansongo marched in Douentza on Monday to demand "
                         "justice.") == ["Douentza"]
    # (the harm's place told after the crowd's: the crowd's, as before; the harm's place alone: that place)
    assert _scenes(pipe, "Youths protested in Douentza on Monday against the killing of a trader in Ansongo.") == \
        ["Douentza"]
    assert _scenes(pipe, "On 15 March 2021, students marched over the arrest of a teacher in Douentza.") == ["Douentza"]
    # (a crowd's own deed told before its riot words is its scene: "attacked the mine in")
    assert _scenes(pipe, "On 15 March 2021, angry miners attacked the mine in Douentza, wounded two guards and "
                         "ransacked the offices; the staff were later relocated to Bandiagara.")[:1] == ["Douentza"]


def test_where_people_travelled_from_is_no_scene_beside_a_told_place(pipe: Pipeline) -> None:
    assert _scenes(pipe, "DJIBO, Burkina Faso (AP) - Militants who fled from Djibo ambushed a convoy near Arbinda on "
                         "Monday, killing three soldiers, security sources said.") == ["Aribinda"]
    # (the town they came from alone: that town, as before)
    assert _scenes(pipe, "On 15 March 2021, gunmen attacked traders coming from Djibo, killing two.") == ["Djibo"]


def test_the_far_end_of_a_journey_is_no_scene_over_its_start(pipe: Pipeline) -> None:
    # (fresh-seed check: the travelled-from rule had placed an attack on buses "travelling from X to Y" at Y)
    evs = code(pipe, "Gunmen attacked two buses travelling from Bamako to Nouakchott on Monday, wounding three "
                     "passengers.", date(2019, 5, 2))
    assert [e.location for e in evs] == ["Bamako"]
