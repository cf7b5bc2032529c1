"""Unnamed jihadists in central Mali named as ACLED names them (act57), on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_coding import code

PUBLISHED = date(2019, 10, 15)  # a Tuesday
JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def _doer(pipe: Pipeline, text: str, published: date = PUBLISHED) -> str | None:
    evs = [e for e in code(pipe, text, published) if e.event_type != "Strategic developments"]
    assert len(evs) == 1, (text, evs)
    return evs[0].actor1


def test_unnamed_militants_in_central_mali_are_jnim(pipe: Pipeline) -> None:
    # militants or jihadists no group is named for, in Mopti or Segou from 2018: JNIM, as ACLED names them
    assert _doer(pipe, "MOPTI, Mali (Reuters) - Suspected jihadist militants killed three soldiers in an attack on an "
                       "army post near Douentza on Sunday, the army said in a statement.") == JNIM
    assert _doer(pipe, "On 12 October 2019, militants shot dead a village chief in Bandiagara.") == JNIM
    # (the evidence says so: the group is named by the area, not by the text)
    (ev,) = [e for e in code(pipe, "On 12 October 2019, militants shot dead a village chief in Bandiagara.", PUBLISHED)
             if e.event_type != "Strategic developments"]
    assert any(v.field == "actor1" and v.rule.endswith(":named-by-area") for v in ev.evidence), ev.evidence


def test_unknown_gunmen_and_other_places_stay_unidentified(pipe: Pipeline) -> None:
    # "unknown gunmen" are unknown, there too
    assert _doer(pipe, "On 12 October 2019, unknown gunmen shot dead a village chief in Bandiagara.") \
        == "Unidentified Armed Group (Mali)"
    assert _doer(pipe, "On 12 October 2019, unidentified militants shot dead a trader in Bandiagara.") \
        == "Unidentified Armed Group (Mali)"
    # in the north, where the Islamic State's men fight too
    assert _doer(pipe, "On 12 October 2019, militants shot dead a village chief near Gao.") \
        == "Unidentified Armed Group (Mali)"
    # "Islamist militants" in 2018, when ACLED still named them so
    assert _doer(pipe, "On 12 October 2018, Islamist militants shot dead a village chief in Bandiagara.",
                 date(2018, 10, 14)) == "Islamist Militia (Mali)"
    # before 2018
    assert _doer(pipe, "On 12 October 2016, militants shot dead a village chief in Bandiagara.", date(2016, 10, 14)) \
        != JNIM
    # an IED no one is said to have planted: JNIM's there since act65 (see test_coding_act65), not in the north
    assert _doer(pipe, "On 12 October 2019, a Malian army truck struck an IED near Gao, wounding four soldiers."
                 ) == "Unidentified Armed Group (Mali)"


def test_unnamed_militants_in_diffa_are_boko_haram(pipe: Pipeline) -> None:
    # Niger's Diffa region: militants no group is named for are the men called Boko Haram, named as on the day
    assert _doer(pipe, "DIFFA, Niger (AFP) - Suspected militants raided a village near Bosso overnight, killing four "
                       "residents and burning houses, a local official said on Tuesday.", date(2016, 3, 8)) \
        == "Islamic State (West Africa)"
    # not elsewhere in Niger, nor unknown gunmen there
    assert _doer(pipe, "On 5 March 2016, militants killed four residents in a village near Maradi.", date(2016, 3, 8)) \
        == "Unidentified Armed Group (Niger)"
    assert _doer(pipe, "On 5 March 2016, unknown gunmen killed four residents in a village near Bosso.",
                 date(2016, 3, 8)) == "Unidentified Armed Group (Niger)"


def test_militants_a_people_or_another_unit_qualifies_stay_unidentified(pipe: Pipeline) -> None:
    # (review rev53b: "Dogon militants" are the Dogon's men, not JNIM's)
    assert _doer(pipe, "Suspected Dogon militants killed 12 Fulani herders near Bankass, Mopti region, Mali, on "
                       "Monday.") == "Unidentified Armed Group (Mali)"
    assert _doer(pipe, "Suspected militants killed 12 Fulani herders near Bankass, Mopti region, Mali, on Monday.") \
        == JNIM
    # (review rev53b: the text says Tillaberi, though Kareri was found in Diffa: no Boko Haram guessed)
    evs = code(pipe, "Suspected Islamists burned down 40 houses in the village of Kareri in Tillaberi, Niger.",
               date(2019, 10, 15))
    assert [e.actor1 for e in evs] == ["Unidentified Armed Group (Niger)"]
