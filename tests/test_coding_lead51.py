"""Rules the lead wrote in session 51, each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


@pytest.mark.parametrize("left", ["from the town", "from Adan Yabaal"])
def test_the_losers_withdrawal_from_a_place_taken_is_the_taking(pipe: Pipeline, left: str) -> None:
    text = ("MOGADISHU (Reuters) - Somali government forces recaptured the town of Adan Yabaal in Middle Shabelle region "
            "on Tuesday after heavy fighting with al-Shabaab, a military commander said. Colonel Ahmed Hassan said 23 "
            "al-Shabaab fighters and four soldiers were killed. Al-Shabaab said in a statement on its radio station "
            f'that it had withdrawn {left} "for tactical reasons".')
    evs = code(pipe, text, date(2026, 10, 14))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Battles", "Government regains territory")]
    assert evs[0].fatalities == 27


def test_a_withdrawal_from_another_place_stays_its_own(pipe: Pipeline) -> None:
    text = ("BAMAKO (Reuters) - Rebels took control of Anefis on Monday after clashes with the army, residents said. "
            "The army later withdrew from Tessalit, a military source said.")
    evs = code(pipe, text, date(2024, 5, 8))
    assert any(e.event_type == "Strategic developments" for e in evs)


@pytest.mark.parametrize("name, admin1", [
    ("Gitega", "Gitega"), ("Abidjan", "Abidjan"), ("Daloa", "Sassandra-Marahoue"), ("Chinsali", "Muchinga"),
    ("Mwaro", "Gitega"), ("Ngozi", "Ngozi")])
def test_bundled_admin1_of_units_the_join_misnamed(name: str, admin1: str) -> None:
    from sitrep.geo.gazetteer import Gazetteer
    places = [p for p in Gazetteer.default().lookup(name) if p.feature == "place"]
    assert places and places[0].admin1 == admin1


def test_eval_admin1_drops_a_trailing_unit_word() -> None:
    from sitrep.evaluation.acled import admin1_key
    assert admin1_key("Comoé District") == admin1_key("Comoe")
    assert admin1_key("Abidjan Autonomous District") == admin1_key("Abidjan")
    assert admin1_key("Ben Arous Governorate") == admin1_key("Ben Arous (Tunis Sud)")


def test_a_drone_strike_told_with_its_toll_at_another_town_is_its_own(pipe: Pipeline) -> None:
    text = ("ADDIS ABABA, April 2 (AP) - Fano militia fighters seized control of the town of Debre Tabor in Ethiopia's "
            "Amhara region on Monday after clashes with federal forces, residents said. At least 11 civilians were "
            "killed by stray bullets, according to a health worker. An Ethiopian drone strike on a market in Bahir Dar "
            "on Tuesday killed eight people, residents said.")
    evs = code(pipe, text, date(2025, 4, 2))
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert len(evs) == 2 and len(strikes) == 1
    assert strikes[0].location == "Bahir Dar" and strikes[0].fatalities == 8


def test_police_arresting_after_an_attack_told_before_are_no_side(pipe: Pipeline) -> None:
    text = ("BUJUMBURA, June 2 (AFP) - Members of the Imbonerakure, the youth wing of Burundi's ruling CNDD-FDD party, "
            "attacked supporters of the opposition CNL in Gitega province on Saturday, wounding six, a party official "
            "said. Police arrested two CNL members after the incident, the official added.")
    evs = code(pipe, text, date(2025, 6, 2))
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Violence against civilians", "Imbonerakure", "Civilians (Burundi)")]


def test_soldiers_who_fought_the_attackers_and_arrested_some_stay_a_side(pipe: Pipeline) -> None:
    text = ("Gunmen attacked a bar in Kaya on Saturday, killing three people. Soldiers fought the attackers for an hour "
            "and arrested two of them after the clashes.")
    evs = code(pipe, text, date(2025, 6, 2))
    assert evs[0].event_type == "Battles" and evs[0].actor2.startswith("Military Forces of Burkina Faso")


@pytest.mark.parametrize("headline", ["Burkina Faso: dozens killed in attack on army detachment",
                                      "Dozens killed in attack on army detachment"])
def test_a_headline_over_a_lead_that_tells_the_deed_and_its_toll(pipe: Pipeline, headline: str) -> None:
    text = (f"{headline}\n\nOUAGADOUGOU, Sept 16 (Reuters) - Suspected jihadists attacked an army detachment in the "
            "northern town of Djibo on Sunday, killing at least 35 soldiers and volunteer fighters, two security "
            "sources said on Monday.")
    evs = code(pipe, text, date(2026, 9, 16))
    assert len(evs) == 1
    assert evs[0].actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert evs[0].actor2.startswith("Military Forces of Burkina Faso") and evs[0].fatalities == 35


def test_a_headline_keeps_its_figure_over_a_lead_with_none(pipe: Pipeline) -> None:
    text = "Bandits kill 9 in Katsina\n\nArmed bandits attacked a village in Katsina state on Sunday, residents said."
    evs = code(pipe, text, date(2026, 9, 16))
    assert len(evs) == 1 and evs[0].fatalities == 9


def test_a_roundup_tells_each_country_its_own_happening(pipe: Pipeline) -> None:
    text = ("Sahel weekly security roundup\n\nNIAMEY, Oct 12 - Here is a summary of the main security incidents "
            "reported in the central Sahel this week.\n\nIn Niger, gunmen on motorcycles killed seven villagers in "
            "Tahoua region on Monday, local officials said.\n\nIn Burkina Faso, an improvised explosive device hit a "
            "bus near Arbinda on Tuesday, killing five passengers.\n\nIn Mali, soldiers raided the village of "
            "Diafarabe on Wednesday and arrested about 20 men, residents said. Relatives said several of the "
            "detained were later found dead.\n\nAlso on Thursday, hundreds of people marched in Bamako to protest "
            "against power cuts.")
    evs = code(pipe, text, date(2026, 10, 12))
    assert [(e.country, e.fatalities) for e in evs] == [("Niger", 7), ("Burkina Faso", 5), ("Mali", 3), ("Mali", 0)]
    assert evs[2].actor1.startswith("Military Forces of Mali")


def test_an_island_the_gazetteer_lacks_is_a_scene_beside_the_dateline(pipe: Pipeline) -> None:
    text = ("N'DJAMENA (AFP) - Boko Haram jihadists attacked an army base on the island of Barkaram in the Lake Chad "
            "region overnight Sunday, killing about 40 soldiers, the presidency said in a statement on Monday.")
    evs = code(pipe, text, date(2026, 10, 14))
    assert len(evs) == 1 and evs[0].location != "N'Djamena" and evs[0].admin1 == "Lac"


def test_a_release_story_dates_the_abduction_by_its_day_told_later(pipe: Pipeline) -> None:
    text = ("BIRNIN KEBBI, Nigeria, Dec 1 (Reuters) - Twenty-five schoolgirls abducted from a boarding school in "
            "northwest Nigeria's Kebbi state last month have been freed, the state governor said on Monday.\n\n"
            "Gunmen stormed the school in Maga on Nov. 17, killing the vice principal and seizing the students from "
            "their dormitories.")
    evs = code(pipe, text, date(2026, 12, 1))
    assert len(evs) == 1 and evs[0].event_date == date(2026, 11, 17) and evs[0].time_precision == 1


def test_a_month_told_with_a_later_day_of_the_aftermath_stays_the_month(pipe: Pipeline) -> None:
    text = ("Gunmen killed 12 villagers in Zamfara state last month, officials said on Tuesday. Two of the wounded "
            "died in hospital on Nov. 20.")
    evs = code(pipe, text, date(2026, 12, 1))
    assert len(evs) == 1 and evs[0].time_precision == 3


def test_arms_laid_down_as_a_term_of_an_agreement_are_the_agreement(pipe: Pipeline) -> None:
    text = ("MAPUTO, Aug 6 (Reuters) - Mozambique's President and the leader of the former rebel movement Renamo signed "
            "a peace agreement on Tuesday in Maputo, committing Renamo fighters to lay down their arms, the presidency "
            "said.")
    evs = code(pipe, text, date(2026, 8, 6))
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Agreement", "Government of Mozambique")]


def test_a_quoted_group_after_its_parents_linked_is_one_side(pipe: Pipeline) -> None:
    text = ('The Al-Qaida linked "Emirate of the Sahara" group released an Australian woman it had kidnapped in '
            "Djibo, officials said on Sunday.")
    evs = code(pipe, text, date(2016, 2, 7))
    assert evs and "AQIM" not in (evs[0].actor2 or "") and "Emirate of the Sahara" not in (evs[0].actor2 or "")


def test_a_headlines_source_before_a_colon_is_no_doer(pipe: Pipeline) -> None:
    text = ("Police: Teen shot in Memphis, suspect at large\n\nMEMPHIS, Tenn. - A 16-year-old boy was shot Sunday "
            "evening in South Memphis, police said. He was taken to Regional One in critical condition.")
    evs = code(pipe, text, date(2026, 10, 12))
    assert len(evs) == 1 and not evs[0].actor1.startswith("Police Forces")


# --- the reviews' cases: the rules above narrowed ---

@pytest.mark.parametrize("text, sub, location", [
    ("Drone strike kills 12 at Nyala market\n\nTwelve people were killed and 20 wounded on Monday in an attack on a "
     "crowded market in Nyala, residents said.", "Air/drone strike", "Nyala"),
    ("Two dead in Memphis shooting\n\nTwo men were killed in a shooting at an apartment complex on Sunday night, "
     "police said.", "Attack", "Memphis")])
def test_a_headline_the_lead_does_not_tell_whole_stays_in_the_draft(pipe: Pipeline, text: str, sub: str,
                                                                      location: str) -> None:
    evs = code(pipe, text, date(2025, 11, 18))
    assert len(evs) == 1 and evs[0].sub_event_type == sub and evs[0].location == location


def test_a_sentence_opening_with_a_city_keeps_the_toll(pipe: Pipeline) -> None:
    text = ("Gunmen attacked a village near Djibo on Sunday night. In Ouagadougou, the government said that 25 civilians "
            "had died.")
    evs = code(pipe, text, date(2025, 11, 18))
    assert len(evs) == 1 and evs[0].fatalities == 25


def test_drones_striking_the_attackers_told_from_another_town_are_the_same_fight(pipe: Pipeline) -> None:
    text = ("Fano fighters attacked an army camp near Debre Markos on Sunday. Army drones struck the attackers, killing "
            "20 fighters, a military official in Bahir Dar said.")
    evs = code(pipe, text, date(2025, 11, 18))
    assert len(evs) == 1 and evs[0].fatalities == 20


def test_a_month_is_not_narrowed_to_another_deeds_day(pipe: Pipeline) -> None:
    text = ("Bandits abducted 20 people from Kadji in Zamfara state in October. Police said the bandits attacked the "
            "village again on Oct. 25.")
    evs = code(pipe, text, date(2025, 11, 18))
    assert evs and evs[0].time_precision == 3


def test_arms_laid_down_after_an_agreement_signed_earlier_are_their_own(pipe: Pipeline) -> None:
    text = ("Two days after signing a peace deal with the government, 300 fighters laid down their arms at a ceremony "
            "in Bunia on Monday.")
    assert len(code(pipe, text, date(2025, 11, 18))) == 1


def test_a_third_partys_withdrawal_from_a_town_taken_stays_its_own(pipe: Pipeline) -> None:
    text = ("Jihadists took over the town of Boni on Monday, residents said. UN peacekeepers withdrew from the town the "
            "same day.")
    assert len(code(pipe, text, date(2025, 11, 18))) == 2


def test_a_sentence_opening_with_the_next_day_and_a_new_attack_is_its_own(pipe: Pipeline) -> None:
    text = ("On 10 October, non-state armed groups attacked the villages of Gasseliki and Namssiguia in Djibo commune, "
            "killing at least 27 civilians, according to local authorities. On 11 October, a humanitarian convoy was "
            "attacked on the Djibo-Namssiguia road; two drivers were injured.")
    evs = code(pipe, text, date(2026, 10, 14))
    assert [(e.event_date.day, e.fatalities, e.wounded) for e in evs] == [(10, 27, 0), (11, 0, 2)]
