"""Event types and sub-types (typ51), on sentences written for the tests."""

from __future__ import annotations

from sitrep.pipeline import Pipeline

from test_coding import code
from test_coding_typ47 import PUBLISHED, _types, pipe  # noqa: F401  (the same pipeline fixture and helper)


def test_youths_killed_by_forces_are_civilians_struck(pipe: Pipeline) -> None:
    # young people the forces killed, no fighters told among them: violence against civilians, also where the text
    # names no place a side's country could come from (the forces then stay unnamed, the deed is still theirs)
    for text in ("The mayor of the town said two youths were killed by gendarmes on Monday.",
                 "SEVARE, Mali (AFP) - Two young men were mistaken for jihadists and shot dead by soldiers near "
                 "Sevare on Monday, a local official said."):
        assert _types(pipe, text) == [("Violence against civilians", "Attack")], text
    # (armed youths who attack a post are a side: a battle; youths who clash with police riot)
    assert _types(pipe, "Armed youths attacked a military post in Djibo on Monday, killing two soldiers.") == \
        [("Battles", "Armed clash")]
    assert _types(pipe, "Youths clashed with police in Niamey on Monday after a student was killed.") == \
        [("Riots", "Violent demonstration")]


def test_a_polling_unit_and_its_voters_are_civilian_targets(pipe: Pipeline) -> None:
    # Nigeria's "polling unit" is a polling station, not a force's unit; voters attacked are civilians
    (ev,) = code(pipe, "LAGOS, Feb 23 (Reuters) - Political thugs stormed a polling unit in Lagos on Saturday, "
                       "attacking voters and carting away ballot boxes, witnesses said.", PUBLISHED)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert (ev.actor2 or "").startswith("Civilians")
    # (a unit of the army attacked stays a battle)
    assert _types(pipe, "Gunmen attacked an army unit near Maiduguri on Saturday, killing three soldiers.") == \
        [("Battles", "Armed clash")]


def test_a_town_told_as_taken_over_with_have_is_a_takeover(pipe: Pipeline) -> None:
    # the perfect and the reported perfect ("are said to have taken over"), as "took over" was already
    for text in ("Jihadists are said to have taken over the town of Kanio on Monday, residents said.",
                 "MOPTI, Mali (AFP) - Armed jihadists have taken over the village of Kanio, residents said on Monday."):
        assert _types(pipe, text) == [("Battles", "Non-state actor overtakes territory")], text
    # (by the state's forces: the place regained)
    assert _types(pipe, "The Malian army said on Monday it had taken over the town of Konna from jihadists.") == \
        [("Battles", "Government regains territory")]
