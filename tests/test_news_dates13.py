"""Days told the way news stories tell them (news13): a capture counted back from a release told in a later sentence,
a weekday that names the gathering a deed was done at, a lead's week refined by a day told after it, a day counted from
the happening just told, a span an operation lasted. Every text here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.clean.boilerplate import clean_article
from sitrep.model import Article, Event
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.text.dates import find_dates


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def code(pipe: Pipeline, text: str, published: date | None, title: str | None = None) -> list[Event]:
    art = clean_article(Article(id="", text=text, published=published, path="test", title=title))
    assert isinstance(art, Article)
    return [e for e in pipe(art).events if e.event_type != "Strategic developments"]


RELEASE = ("Thirty-one residents of a village in Kajuru local government area of Kaduna State have regained freedom, "
           "two weeks after they were abducted by bandits.\n\n"
           "The victims were released on Monday, a community leader told our correspondent on Tuesday. He said their "
           "families had paid a ransom.\n\n"
           "The bandits stormed the village on motorcycles, shot sporadically and herded women and children into the "
           "bush. One man who tried to flee was shot dead during the raid.")


def test_a_capture_counted_back_from_a_release_told_after_the_lead(pipe: Pipeline) -> None:
    evs = code(pipe, RELEASE, date(2026, 9, 1), title="Kaduna: 31 abducted villagers regain freedom")
    assert len(evs) == 1
    # released on Monday 31 August, two weeks after the capture: the week of 17 August, not the release's day
    assert evs[0].event_date == date(2026, 8, 17) and evs[0].time_precision == 2


def test_a_release_with_no_lag_keeps_the_release_day_out_of_the_capture(pipe: Pipeline) -> None:
    # (no time since the capture told: nothing is counted back)
    text = ("Gunmen who stormed a village in Kajuru local government area of Kaduna State killed one man and "
            "abducted 31 residents on Saturday, police said on Monday.")
    evs = code(pipe, text, date(2026, 9, 1))
    assert [e.event_date for e in evs] == [date(2026, 8, 29)]


def test_a_weekday_that_names_the_gathering_attacked_is_the_deeds_day(pipe: Pipeline) -> None:
    evs = code(pipe, "ABUJA, Feb 2 (Reuters) - Gunmen abducted more than 60 worshippers from a church in Kagara village "
                     "in Niger state during a Sunday service, police said on Monday.", date(2026, 2, 2))
    assert [e.event_date for e in evs] == [date(2026, 2, 1)]
    evs = code(pipe, "KANO - Political thugs disrupted Saturday's local government elections in parts of Kano, "
                     "setting ballot materials ablaze. One person was stabbed to death, police said.", date(2026, 10, 1))
    assert [e.event_date for e in evs] == [date(2026, 9, 26)]


def test_a_weekday_of_a_gathering_a_crowd_answers_is_not_the_crowds_day(pipe: Pipeline) -> None:
    evs = code(pipe, "Hundreds of opposition supporters marched in Kano on Monday against Sunday's elections.",
               date(2026, 10, 6))
    assert [e.event_date for e in evs] == [date(2026, 10, 5)]


def test_a_leads_week_refined_by_a_day_told_after_it(pipe: Pipeline) -> None:
    text = ("OUAGADOUGOU, March 2 (Reuters) - Burkina Faso's army on Monday denied accusations that soldiers killed "
            "dozens of civilians in the village of Toeni last week.\n\n"
            "Three residents told Reuters that soldiers arrived in Toeni on Wednesday, gathered men in the village "
            "square and shot them.")
    evs = code(pipe, text, date(2026, 3, 2))
    assert [e.event_date for e in evs] == [date(2026, 2, 25)]


def test_a_day_outside_the_leads_week_does_not_refine_it(pipe: Pipeline) -> None:
    # (the day told after is the report's, in this week, not inside last week)
    text = ("Soldiers killed dozens of civilians in the village of Toeni last week, residents said. The army denied "
            "the accusations in a statement on Monday.")
    evs = code(pipe, text, date(2026, 3, 3))
    assert evs and all(e.event_date != date(2026, 3, 2) for e in evs)


def test_a_day_counted_from_the_raid_just_told(pipe: Pipeline) -> None:
    text = ("Gunmen raided a village in Maru local government area of Zamfara state on Friday, killing six people. "
            "Two days after the raid, troops killed five bandits in a forest near the village.")
    evs = code(pipe, text, date(2026, 4, 1))
    assert sorted(e.event_date for e in evs) == [date(2026, 3, 27), date(2026, 3, 29)]


def test_days_after_a_happening_with_its_own_place_is_not_counted_from_the_last_day() -> None:
    found = find_dates("Police arrested two men on Friday. Two days after the attack on Djibo, the market reopened.",
                       date(2026, 4, 1))
    assert not any(d.rule == "anaphoric-days-after-happening" for d in found)


def test_an_operation_that_lasted_from_one_day_to_another(pipe: Pipeline) -> None:
    evs = code(pipe, "Soldiers killed 20 bandits in Zurmi local government area of Zamfara state in an operation "
                     "that lasted from Friday to Sunday, the army said.", date(2026, 4, 1))
    assert len(evs) == 1 and evs[0].date_start == date(2026, 3, 27) and evs[0].time_precision == 2


def wounded(evs: list[Event]) -> list[int]:
    return [e.wounded or 0 for e in evs]


def test_a_bands_size_is_not_the_people_shot(pipe: Pipeline) -> None:
    text = ("Bandits killed 23 people in a village of Maru local government area in the early hours of Monday, "
            "residents said. The attackers, numbering over a hundred, arrived on motorcycles and shot at residents "
            "who were preparing for morning prayers.")
    evs = code(pipe, text, date(2026, 6, 2))
    assert [e.fatalities for e in evs] == [23] and wounded(evs) == [0]
    evs = code(pipe, "About 200 gunmen stormed a village in Maru on Monday and shot at residents, police said.",
               date(2026, 6, 2))
    assert wounded(evs) == [0]


def test_the_people_shot_by_a_band_are_still_counted(pipe: Pipeline) -> None:
    evs = code(pipe, "Two gunmen shot three worshippers at a mosque in Maru on Monday, police said.", date(2026, 6, 2))
    assert wounded(evs) == [3]


def test_the_previous_week_is_the_calendar_week_before() -> None:
    found = find_dates("The previous week, a drone hit a fuel depot in El Obeid.", date(2026, 12, 1))
    assert [(d.date_start, d.date_end, d.precision) for d in found] == [(date(2026, 11, 23), date(2026, 11, 29), 2)]
    # (the past week still runs up to the report)
    found = find_dates("Over the past week, 40 people were killed.", date(2026, 12, 1))
    assert [(d.date_start, d.date_end) for d in found] == [(date(2026, 11, 24), date(2026, 12, 1))]


def test_an_attack_the_previous_week_told_on_a_tuesday(pipe: Pipeline) -> None:
    evs = code(pipe, "Militants attacked an army post near Diapaga the previous week, killing four soldiers, the army "
                     "said on Tuesday.", date(2026, 12, 1))
    assert [e.event_date for e in evs] == [date(2026, 11, 26)]
