"""Actor1 rules of act65, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_coding import code

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def _one(pipe: Pipeline, text: str, published: date):
    evs = [e for e in code(pipe, text, published) if e.event_type != "Strategic developments"]
    assert len(evs) == 1, (text, evs)
    return evs[0]


def test_unclaimed_ied_in_central_mali_is_jnim(pipe: Pipeline) -> None:
    # a mine or IED no one is said to have laid, in Mopti or Segou from 2018: JNIM, as ACLED names its planters there
    ev = _one(pipe, "MOPTI, Mali (Reuters) - Three Malian soldiers were killed on Tuesday when their truck hit a "
                    "landmine near Douentza, the army said in a statement.", date(2019, 3, 6))
    assert ev.actor1 == JNIM
    assert any(v.field == "actor1" and v.rule.endswith(":named-by-area") for v in ev.evidence), ev.evidence
    assert _one(pipe, "On 3 March 2019, a cart struck an explosive device near Djenne, killing two women.",
                date(2019, 3, 6)).actor1 == JNIM


def test_other_blasts_keep_no_group(pipe: Pipeline) -> None:
    # a leftover's blast is no one's deed; the north, where the Islamic State's men lay mines too; before 2018
    assert _one(pipe, "On 3 March 2019, a boy was killed near Douentza when an unexploded shell he had found went off.",
                date(2019, 3, 6)).actor1 != JNIM
    assert _one(pipe, "On 3 March 2019, three soldiers were wounded when their vehicle hit a landmine near Gao.",
                date(2019, 3, 6)).actor1 == "Unidentified Armed Group (Mali)"
    assert _one(pipe, "On 3 March 2017, three soldiers were wounded when their vehicle hit a landmine near Douentza.",
                date(2017, 3, 6)).actor1 == "Unidentified Armed Group (Mali)"
    # a planter the text names is the doer
    assert _one(pipe, "On 3 March 2019, an IED planted by ISGS militants wounded three soldiers near Douentza.",
                date(2019, 3, 6)).actor1 == "Islamic State (Greater Sahara)"


def test_blast_of_unclear_cause_keeps_no_group(pipe: Pipeline) -> None:
    # the text doubts it was anyone's mine: no group named from the place
    ev = _one(pipe, "On 3 March 2019, a truck struck an explosive device near Douentza, wounding two people; the cause "
                    "of the blast remains unclear.", date(2019, 3, 6))
    assert ev.actor1 != JNIM


def test_unnamed_suicide_bomber_in_a_held_area_is_the_movement(pipe: Pipeline) -> None:
    # a suicide bomber no group is named for, in Niger's Diffa: the men called Boko Haram, named as on the day
    ev = _one(pipe, "DIFFA, Niger (AFP) - A suicide bomber blew himself up at a checkpoint in Diffa on Monday, killing "
                    "two soldiers, a security source said.", date(2015, 10, 21))
    assert ev.actor1 == "Islamic State (West Africa)"
    # not elsewhere, nor men told as unknown
    assert _one(pipe, "A suicide bomber blew himself up at a checkpoint near Maradi on Monday, killing two soldiers.",
                date(2015, 10, 21)).actor1 == "Unidentified Armed Group (Niger)"
    assert _one(pipe, "Unknown gunmen killed two soldiers in Diffa on Monday; no suicide attack was reported.",
                date(2015, 10, 21)).actor1 == "Unidentified Armed Group (Niger)"
