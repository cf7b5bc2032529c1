"""Rules narrowed after review (mendB), on sentences written for the tests."""

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


def _types(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in code(pipe, text, PUBLISHED)]


def test_a_missile_fired_by_an_aircraft_is_an_air_strike(pipe: Pipeline) -> None:
    assert _types(pipe, "A civilian was killed by a missile fired by an army helicopter near Kidal on Monday.") == \
        [("Explosions/Remote violence", "Air/drone strike")]
    assert _types(pipe, "A civilian was killed by a missile fired by a drone near Kidal on Monday.") == \
        [("Explosions/Remote violence", "Air/drone strike")]
    # (one told by the force alone stays the shelling)
    assert _types(pipe, "A civilian was killed by a missile fired by the army near Kidal on Monday.") == \
        [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
