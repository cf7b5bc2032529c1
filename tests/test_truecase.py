"""Texts written all in lower case: recognised, given back the capitals the later stages read, and analysed like
the same text written with capitals. The texts are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.evaluation.acled import analyse_text
from sitrep.model import Article
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.text.truecase import is_lowercased, truecase

STORY = (
    "kano: gunmen attacked a police station in kano on tuesday night, killing three officers, the police said. "
    "the attackers escaped on motorcycles. a spokesman said on wednesday that i am told two suspects were "
    "arrested near the nigerian border with niger on march 12. residents said mobile phone networks were cut "
    "and that reading the news had become a daily fear. a march by traders was called off, and officials may "
    "decide on a curfew. the governor said the police would restore order in the city and the state."
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings.from_env(workers=1))


def test_a_lower_cased_text_is_recognised_and_an_ordinary_one_is_not() -> None:
    assert is_lowercased(STORY)
    capitalised = ("Gunmen attacked a police station in Kano on Tuesday night, killing three officers, the police "
                   "said. The attackers escaped on motorcycles towards the Niger border, a spokesman for the Kano "
                   "State police command told Reuters on Wednesday, adding that two suspects were arrested.")
    assert not is_lowercased(capitalised * 2)
    assert not is_lowercased("gunmen attacked a police station on tuesday.")  # too short to tell


def test_capitals_come_back_where_they_are_certain_and_offsets_hold(pipe: Pipeline) -> None:
    out, n = truecase(STORY, pipe.gazetteer)
    assert len(out) == len(STORY) and out.lower() == STORY.lower()
    for expected in ("Kano: gunmen", "in Kano on Tuesday", "The attackers", "A spokesman", "on Wednesday",
                     "that I am told", "Nigerian border with Niger on March 12", "Residents said"):
        assert expected in out, expected
    # ordinary words that are also names of places stay as written, and so do the month and verb without a number
    for kept in ("mobile phone", "reading the news", "A march by traders", "officials may decide"):
        assert kept in out, kept
    assert n >= 12


def test_a_lower_cased_article_is_analysed_like_the_same_text_with_capitals(pipe: Pipeline) -> None:
    low = analyse_text(pipe, STORY, published=date(2024, 3, 14), path="low.txt")
    assert isinstance(low, Article)
    assert any("lower case" in w for w in low.warnings)
    assert len(low.sentences) >= 5  # a sentence per sentence, not one per paragraph
    ev = [e for e in low.events if e.event_type in ("Battles", "Violence against civilians")]
    assert ev, [(e.event_type, e.sub_event_type) for e in low.events]
    assert ev[0].country_code == "NG" and ev[0].location == "Kano" and ev[0].fatalities == 3
    assert ev[0].date_start == date(2024, 3, 12)  # Tuesday before the publication date


def test_an_ordinary_text_is_not_touched(pipe: Pipeline) -> None:
    text = ("Gunmen attacked a police station in Kano on Tuesday night, killing three officers, the police said. "
            "the attackers escaped on motorcycles, a spokesman said, and mobile networks were cut in the city.")
    a = analyse_text(pipe, text * 2, published=date(2024, 3, 14), path="ok.txt")
    assert isinstance(a, Article)
    assert a.text == (text * 2).strip() or "the attackers" in a.text
    assert not any("lower case" in w for w in a.warnings)


def test_a_title_that_is_also_a_word_needs_its_full_stop(pipe: Pipeline) -> None:
    text = ("a sales rep said the shop was looted on monday. gen x voters came out in numbers. gen. singh said the "
            "army was ready.")
    out, _ = truecase(text, pipe.gazetteer)
    assert "rep said" in out and "Gen X" not in out and "Gen. Singh" in out, out
