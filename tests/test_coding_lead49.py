"""Rules the lead wrote in session 49, each on sentences written for these tests: coups d'état (a government
overthrown by its soldiers is one event, ACLED's Strategic developments / Other by the mutiny of the country's forces;
the junta's past told beside other news is none); hangings; a town taken told by its bare name ("M23 rebels captured
Goma"); the other side's air strike at another town; a crowd's cause told as "reaction to" a killing."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


WIRE = ("NIAMEY, July 27 (Reuters) - Soldiers in Niger said on national television late on Wednesday that they had "
        "seized power, detaining President Mohamed Bazoum at the presidential palace.\n\n"
        "The soldiers said the borders were closed and a curfew imposed until further notice.")


def test_soldiers_who_seized_power_are_a_coup_by_the_mutiny(pipe: Pipeline) -> None:
    evs = code(pipe, WIRE, date(2023, 7, 27))
    coups = [e for e in evs if e.event_type == "Strategic developments" and e.sub_event_type == "Other"]
    assert len(coups) == 1
    assert coups[0].actor1.startswith("Mutiny of Military Forces of Niger")
    assert str(coups[0].event_date) == "2023-07-26"
    assert not any(e.sub_event_type == "Arrests" for e in evs)  # the president detained is the coup's deed


@pytest.mark.parametrize("text, day", [
    ("Mutinous soldiers overthrew the president on Tuesday in Bamako, Mali.", "2020-08-18"),
    ("The army ousted the president in a coup on Monday in Ouagadougou, Burkina Faso.", "2020-08-17"),
    ("President Bazoum was ousted in a coup on Wednesday in Niamey, Niger.", "2020-08-19"),
    ("Officers staged a coup on Wednesday in Libreville, Gabon.", "2020-08-19"),
    ("Guinea's special forces seized power on Sunday and arrested the president in Conakry, their commander said.",
     "2020-08-16"),
])
def test_a_coup_told_as_news(pipe: Pipeline, text: str, day: str) -> None:
    evs = code(pipe, text, date(2020, 8, 20))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Strategic developments", "Other")], text
    assert evs[0].actor1.startswith("Mutiny of Military Forces of"), text
    assert str(evs[0].event_date) == day, text  # "a coup on Wednesday": the coup's day, not a past one it names


@pytest.mark.parametrize("text", [
    "Captain Ibrahim Traore, who seized power in September 2022, met the Russian ambassador in Ouagadougou on Tuesday.",
    "The junta that toppled President Bazoum last July suspended a radio station in Niamey on Thursday.",
    "Since seizing power in 2022, the junta has expelled French troops from Burkina Faso.",
    "Colonel Doumbouya, who came to power in a coup in 2021, was sworn in as president on Friday in Conakry.",
    "The opposition accused the ruling party of trying to seize power through fraud in Dakar on Monday.",
    "Three officers accused of plotting a coup were arrested in Bamako on Monday.",
    "Supporters of the ousted president protested in Niamey on Friday.",
    "A hundred residents marched in Bamako on Saturday in support of deposed president Keita.",
    "Gunfire rang out in Bamako on Wednesday in clashes between the junta and soldiers loyal to the ousted president.",
])
def test_the_juntas_past_a_plot_or_the_leader_it_ousted_is_no_coup(pipe: Pipeline, text: str) -> None:
    evs = code(pipe, text, date(2024, 8, 21))
    assert not any(e.event_type == "Strategic developments" and e.sub_event_type == "Other" for e in evs), text


def test_a_coup_told_as_the_cause_of_another_deed_is_none(pipe: Pipeline) -> None:
    evs = code(pipe, "After the army seized power in July, Niger ordered French troops to leave, officials said on "
                     "Monday.", date(2023, 10, 2))
    assert not any((e.actor1 or "").startswith("Mutiny of") for e in evs)


# -- a person put to death by hanging (written for these tests, session 49) ----------------------------------------------
@pytest.mark.parametrize("text, actor1, dead", [
    ("On August 26, a suspected thief was hanged by Koglweogo members near the village of Tampouy.", "Koglweogo", 1),
    ("Militants publicly hanged two men accused of spying for the army in the village of Tin-Akoff on Sunday.",
     "Unidentified Armed Group", 2),
])
def test_a_person_hanged_by_others_is_killed(pipe: Pipeline, text: str, actor1: str, dead: int) -> None:
    evs = code(pipe, text, date(2019, 8, 28))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Violence against civilians", "Attack")], text
    assert evs[0].actor1.startswith(actor1) and evs[0].fatalities == dead, text


def test_one_who_hanged_himself_is_no_attack(pipe: Pipeline) -> None:
    assert not code(pipe, "The farmer hanged himself in Kaya, Burkina Faso, on Monday.", date(2019, 8, 28))


# -- a town taken, told by its bare name (written for these tests, session 49) -------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("M23 rebels captured Goma on Monday.", "Non-state actor overtakes territory"),
    ("M23 rebels said on Monday they had captured Goma, the largest city in eastern Congo, after days of fighting with "
     "the Congolese army.", "Non-state actor overtakes territory"),
    ("The army said it killed 20 terrorists and captured Kidal on Monday.", "Government regains territory"),
])
def test_a_town_captured_by_its_bare_name_is_taken(pipe: Pipeline, text: str, sub: str) -> None:
    evs = code(pipe, text, date(2025, 1, 28))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Battles", sub)], text


@pytest.mark.parametrize("text", [
    "Police captured Goma residents suspected of theft on Monday.",
    "The ruling party took Lagos in the election on Saturday, officials said.",
])
def test_a_bare_name_qualifying_a_noun_or_taken_by_no_armed_men_is_no_takeover(pipe: Pipeline, text: str) -> None:
    evs = code(pipe, text, date(2025, 1, 28))
    assert not any(e.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory")
                   for e in evs), text


# -- the other side's air strike at another town, and a day told from the day before it (session 49) --------------------
def test_the_other_sides_air_strike_at_another_town_is_its_own_happening_on_its_day(pipe: Pipeline) -> None:
    evs = code(pipe, "RSF fighters stormed the town of Bara in North Kordofan, Sudan, on Sunday, killing at least 47 "
                     "civilians. The army said its aircraft struck RSF positions near El Obeid later that day.",
               date(2025, 1, 28))
    assert [(e.event_type, str(e.event_date)) for e in evs] == [
        ("Violence against civilians", "2025-01-26"), ("Explosions/Remote violence", "2025-01-26")]
    assert evs[0].fatalities == 47 and evs[0].location != "El Obeid"


def test_an_air_strike_on_the_attackers_with_no_other_town_is_the_same_fight(pipe: Pipeline) -> None:
    evs = code(pipe, "Jihadists attacked an army post in Boulkessi, Mali, on Sunday, killing 10 soldiers. The army said "
                     "its aircraft struck the attackers as they fled.", date(2025, 1, 28))
    assert len(evs) == 1 and evs[0].event_type == "Battles"


def test_a_killing_a_crowd_reacts_to_is_no_toll_of_its_riot(pipe: Pipeline) -> None:
    evs = code(pipe, "On 14 April 2020, residents staged a demonstration in Tcheriba, Burkina Faso, reaction to the killing "
                     "of a local miner by a gendarme the night before. The villagers marched past several state "
                     "institutions, and locals also burned the house of the gendarme.", date(2020, 4, 14))
    assert len(evs) == 1 and evs[0].event_type == "Riots" and evs[0].fatalities == 0


# -- the review's cases (rev49a): a past coup, a vote, a denial, an accusation; a protest's killing; a town taken long
# ago; a day after a feast of last year; portraits hung ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Burkina Faso's junta, led by Captain Ibrahim Traore since he seized power in September 2022, on Monday dissolved all "
    "political parties.",
    "The military, which has ruled Niger since ousting President Mohamed Bazoum in July 2023, said on Monday it would "
    "expel the French ambassador.",
    "Soldiers ousted President Alpha Conde in a coup in 2021; on Monday, police arrested 12 opposition activists in "
    "Conakry.",
    "Lawmakers ousted the prime minister in a no-confidence vote on Tuesday, ending months of turmoil in Kathmandu.",
    "Protesters in Dhaka toppled the government of Sheikh Hasina in August 2024, and on Monday students clashed with "
    "police in Dhaka.",
    "Officials in Niamey said on Monday that the soldiers had not seized power and that the president was safe.",
    "The government in Bamako on Monday accused former ministers of having staged a coup against the transition.",
])
def test_no_coup_of_the_past_of_lawmakers_or_crowds_denied_or_alleged(pipe: Pipeline, text: str) -> None:
    evs = code(pipe, text, date(2025, 11, 18))
    assert not any((e.actor1 or "").startswith("Mutiny of") for e in evs), text


def test_the_past_coups_sentence_keeps_its_arrests(pipe: Pipeline) -> None:
    evs = code(pipe, "Soldiers ousted President Alpha Conde in a coup in 2021; on Monday, police arrested 12 opposition "
                     "activists in Conakry, Guinea.", date(2025, 11, 18))
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_a_protest_over_a_killing_keeps_its_own_day(pipe: Pipeline) -> None:
    evs = code(pipe, "Angry youths protested in Conakry, Guinea, over a killing on Monday by police, and clashed with "
                     "officers.", date(2025, 11, 18))
    assert evs and evs[0].time_precision != 1 or str(evs[0].event_date) != "2025-11-17"


def test_a_town_taken_long_ago_does_not_type_the_days_fight(pipe: Pipeline) -> None:
    evs = code(pipe, "Tuareg rebels captured Kidal in 2012, and on Monday the army said it had killed five fighters "
                     "near Gao, Mali.", date(2025, 11, 18))
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_the_day_after_a_feast_of_last_year_is_not_the_day_after_the_last_day_told(pipe: Pipeline) -> None:
    evs = code(pipe, "Gunmen killed four worshippers at a mosque near Djibo, Burkina Faso, on Friday. On the day after "
                     "Tabaski last year, jihadists killed nine people in the same village.", date(2025, 11, 18))
    assert [(str(e.event_date), e.fatalities) for e in evs] == [("2025-11-14", 4)]


def test_portraits_hung_on_walls_are_no_hanging(pipe: Pipeline) -> None:
    assert not code(pipe, "Portraits of the slain soldiers were hanged on the walls of the barracks in Kati, Mali, on "
                          "Monday, where hundreds gathered to mourn.", date(2025, 11, 18))
