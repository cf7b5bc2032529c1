"""Real-news articles written for these tests (session 47, news10): rules such stories need end to end."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.clean.boilerplate import clean_article
from sitrep.model import Article
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.text.dateline import dateline_filed

from test_news_articles import code, violent


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


# -- a story with no metadata: the dateline's dated filing anchors its weekdays ---------------------------------
UNDATED_WIRE = ("Gunmen kill 11 villagers in Nigeria's Katsina state\n\n"
                "KATSINA, Nigeria, June 10, 2025 (Reuters) - Gunmen on motorcycles killed 11 people in a village in "
                "Katsina state late on Sunday, police said.")


def test_dateline_filed_reads_a_dated_dateline_and_its_agency() -> None:
    assert dateline_filed(UNDATED_WIRE) == (date(2025, 6, 10), "Reuters")
    # a date without its year anchors nothing; the agency still names the outlet
    assert dateline_filed("NIAMEY, Nov 18 (AFP) - Soldiers were killed.") == (None, "AFP")
    assert dateline_filed("Soldiers were killed on Sunday, officials said.") == (None, None)


def test_dateline_filed_takes_no_teaser_day_and_no_note_or_place_for_the_agency(pipe: Pipeline) -> None:
    # a teaser's dated dateline before the story's: they disagree, no day
    assert dateline_filed("Related:\nGAO, March 1, 2025 (AFP) - Ten killed\nKATSINA, Nigeria, June 10, 2025 (Reuters) "
                          "- Gunmen killed 11 people.")[0] is None
    # a note on the copy in brackets is no agency
    assert dateline_filed("KANO, Nigeria (Updated) - Gunmen killed five people.") == (None, None)
    # nor is a country: the outlet stays unset
    art = clean_article(Article(id="", text="MAIDUGURI (Nigeria) - Gunmen killed five villagers.", published=None,
                                path="test"))
    assert isinstance(art, Article)
    assert pipe(art).outlet != "Nigeria"
    # (an agency still names the outlet)
    art = clean_article(Article(id="", text="MAIDUGURI (AFP) - Gunmen killed five villagers.", published=None,
                                path="test"))
    assert isinstance(art, Article)
    assert pipe(art).outlet == "AFP"


def test_an_undated_story_is_dated_by_its_dateline(pipe: Pipeline) -> None:
    evs = violent(code(pipe, UNDATED_WIRE, None))
    assert len(evs) == 1
    assert str(evs[0].event_date) == "2025-06-08"  # the Sunday before Tuesday 10 June
    assert evs[0].time_precision == 1


def test_a_publication_date_given_a_week_after_the_dateline_keeps_the_filing_day(pipe: Pipeline) -> None:
    # (the story was filed on 10 June and published, or collected, on the 17th: its "Sunday" is the 8th, told from
    # the filing day, see text/dateline.filing_date; the publication date given stays the article's)
    evs = violent(code(pipe, UNDATED_WIRE, date(2025, 6, 17)))
    assert str(evs[0].event_date) == "2025-06-08"


# -- actors: the group that only tells the happening; a people-wide insurgency by its own name ----------------------
def test_a_group_named_only_in_the_closing_attribution_is_no_side(pipe: Pipeline) -> None:
    text = ("MAIDUGURI - A suicide bomber blew herself up inside a mosque in Konduga, Borno State, on Friday, killing "
            "at least 14 worshippers, a member of the Civilian Joint Task Force told our reporter.")
    evs = violent(code(pipe, text, date(2024, 6, 29)))
    assert len(evs) == 1
    assert evs[0].actor1 != "Civilian JTF" and evs[0].actor2 != "Civilian JTF"
    assert evs[0].actor2 == "Civilians (Nigeria)"


def test_a_group_that_acted_and_told_stays_a_side(pipe: Pipeline) -> None:
    # the teller is the doer: named before the deed, not only in the attribution
    evs = violent(code(pipe, "Ganda Izo militiamen killed five herders near Gao on Monday, a leader of the militia "
                             "said.", date(2024, 6, 29)))
    assert [e.actor1 for e in evs] == ["Ganda Izo"]


def test_fano_is_the_amhara_militia_not_an_italian_town(pipe: Pipeline) -> None:
    text = ("ADDIS ABABA, Aug 12 (Reuters) - Fighting broke out between Fano militiamen and the Ethiopian National "
            "Defence Force in the town of Debre Markos in the Amhara region on Sunday, residents said. A doctor said "
            "the hospital had received the bodies of 11 civilians.")
    evs = violent(code(pipe, text, date(2024, 8, 12)))
    assert len(evs) == 1
    assert evs[0].country == "Ethiopia"
    assert {evs[0].actor1, evs[0].actor2} == {"Fano Militia", "Military Forces of Ethiopia (2018-)"}


# -- places: where the wounded were flown and where the toll was told to the press are no scene --------------------
def test_the_city_the_wounded_were_airlifted_to_is_no_scene(pipe: Pipeline) -> None:
    text = ("A police vehicle on patrol along the Elwak-Mandera road in Mandera County ran over an improvised explosive "
            "device on Tuesday. Four officers died on the spot while three others were airlifted to Nairobi for "
            "treatment.")
    evs = violent(code(pipe, text, date(2024, 5, 22)))
    assert len(evs) == 1
    assert evs[0].location != "Nairobi"
    assert evs[0].admin1 == "Mandera"


def test_the_city_a_briefing_was_held_in_is_no_scene(pipe: Pipeline) -> None:
    text = ("The defence spokesman told journalists in Abuja on Thursday that troops engaged bandits in Safana local "
            "government area of Katsina State on Monday, killing 23 of them.")
    evs = violent(code(pipe, text, date(2024, 7, 18)))
    assert len(evs) == 1
    assert evs[0].admin1 == "Katsina"
    assert evs[0].fatalities == 23


# -- a round-up by country: unnamed sides are of the event's own country ---------------------------------------------
ROUNDUP = ("Sahel security roundup\n\n"
           "BURKINA FASO - On Monday, suspected JNIM fighters attacked a gendarmerie post in Titao, killing six "
           "gendarmes.\n\n"
           "MALI - On Tuesday, an improvised explosive device struck a bus on the road between Bandiagara and Bankass, "
           "killing eight passengers.\n\n"
           "NIGER - On Thursday, protesters in Niamey gathered outside the French embassy; police fired tear gas to "
           "disperse them.")


def test_a_roundup_names_each_events_civilians_and_police_by_its_country(pipe: Pipeline) -> None:
    evs = violent(code(pipe, ROUNDUP, date(2025, 3, 10)))
    by_place = {e.location: e for e in evs}
    assert by_place["Bandiagara"].actor2 == "Civilians (Mali)"
    assert by_place["Niamey"].actor1 == "Protesters (Niger)"
    assert by_place["Niamey"].actor2.startswith("Police Forces of Niger")


# -- tolls: the dead a noun names ------------------------------------------------------------------------------------
def test_the_death_of_peacekeepers_beside_injuries_is_the_toll(pipe: Pipeline) -> None:
    text = ("The members of the Security Council condemned the attack perpetrated on 14 January against a convoy of "
            "MINUSMA near Douentza, in the Mopti region, which resulted in the death of two peacekeepers from Egypt "
            "and injuries to four others.")
    evs = violent(code(pipe, text, date(2023, 1, 16)))
    assert len(evs) == 1
    assert evs[0].fatalities == 2
    assert str(evs[0].event_date) == "2023-01-14"


# -- dates: the day a toll rose to a figure is the count's, not the attack's ------------------------------------------
def test_the_day_a_toll_rose_is_no_second_attack(pipe: Pipeline) -> None:
    text = ("OUAGADOUGOU (AFP) - The toll from an attack on a village in northern Burkina Faso rose to 47 dead on "
            "Wednesday, local sources said.\n\n"
            "Gunmen on motorcycles attacked Seytenga in Seno province on Sunday evening, a local official said.")
    evs = violent(code(pipe, text, date(2025, 9, 10)))
    assert len(evs) == 1
    assert str(evs[0].event_date) == "2025-09-07"
    assert evs[0].fatalities == 47


# -- a death sentence is no killing ------------------------------------------------------------------------------------
def test_a_death_sentence_passed_kills_nobody(pipe: Pipeline) -> None:
    text = ("ABUJA, Nigeria (Reuters) - A court in Abuja on Tuesday sentenced five men to death for their role in an "
            "attack on a church in Owo, Ondo state.")
    evs = violent(code(pipe, text, date(2025, 5, 20)))
    assert not any(e.actor1.startswith("Government of Nigeria") for e in evs)
    assert all(e.fatalities == 0 for e in evs)


def test_beaten_to_death_still_kills(pipe: Pipeline) -> None:
    evs = violent(code(pipe, "Gunmen beat five men to death in Owo, Ondo state, on Tuesday.", date(2025, 5, 21)))
    assert [e.fatalities for e in evs] == [5]


def test_a_court_is_no_side_of_the_killing_it_judges(pipe: Pipeline) -> None:
    text = ("A Nigerian court on Tuesday sentenced five men to death over the 2022 attack on a church in Owo, Ondo "
            "state, in which more than 40 worshippers were killed.")
    evs = violent(code(pipe, text, date(2025, 5, 20)))
    assert not any(e.actor1.startswith("Government of") or (e.actor2 or "").startswith("Government of") for e in evs)


def test_a_teller_who_fought_or_a_rebel_groups_own_man_stays_a_side(pipe: Pipeline) -> None:
    # (review rev53b: a rebel group's own commander telling it claims it; a teller "who repelled" or "took part"
    # fought)
    evs = violent(code(pipe, "Twenty soldiers were killed in an ambush near Diafarabe, Mali, on Sunday, a commander "
                             "of JNIM told AFP by phone.", date(2025, 11, 18)))
    assert [e.actor1 for e in evs] == ["JNIM: Group for Support of Islam and Muslims"]
    evs = violent(code(pipe, "Militants attacked Bourzanga, Burkina Faso, on Monday and were driven off after a "
                             "gunfight, according to members of the Koglweogo who repelled the attack.",
                       date(2025, 11, 18)))
    assert [e.actor2 for e in evs] == ["Koglweogo Militia"]
    evs = violent(code(pipe, "Twenty jihadists were killed in fighting near Djenne, Mali, on Sunday, a commander of "
                             "the Dozo who took part in the battle told AFP.", date(2025, 11, 18)))
    assert [(e.actor1, e.actor2) for e in evs] == [("Dozo Communal Militia (Mali)", "Unidentified Armed Group (Mali)")]


def test_a_death_sentence_carried_out_is_the_toll(pipe: Pipeline) -> None:
    # (fresh All-Africa row seen at the session's end) the sentence passed and carried out in one breath: two dead
    evs = violent(code(pipe, "MOGADISHU - Al Shabaab sentenced two men to death and publicly executed them in a "
                             "village near Afgooye on Saturday, residents said.", date(2025, 11, 17)))
    assert [e.fatalities for e in evs] == [2]


def test_where_the_detained_was_heading_is_no_scene_beside_the_agents_town(pipe: Pipeline) -> None:
    # (fresh All-Africa row seen at the session's end) the town of the arresting agents' post is where the arrest was;
    # his "stronghold" he was heading to is a destination
    evs = code(pipe, "LUBUMBASHI, Congo (Reuters) - An opposition leader was detained by agents of the intelligence "
                     "agency in Lubumbashi on Monday as he was on his way to his stronghold in Kalemie, his party said.",
               date(2025, 11, 18))
    assert evs and evs[0].location == "Lubumbashi", evs


def test_a_charge_to_kill_another_person_is_no_toll(pipe: Pipeline) -> None:
    # (GVA story at the session's end) a determiner before the noun is no headline's bare victim
    evs = code(pipe, "He faces charges of careless discharge causing injury or death, to discharge a handgun to harm or "
                     "kill another person, the court said.", date(2016, 7, 22))
    assert all(e.fatalities == 0 for e in evs), evs
