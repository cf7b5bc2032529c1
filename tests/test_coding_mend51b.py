"""Mends of session 51's review B findings (tolls, headlines, places), each on the reviewer's sentence or a news-style
one written for these tests, with the case the rule was written for kept."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.clean.boilerplate import clean_article
from sitrep.model import Article
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

from test_news_articles import code, violent


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


def headed(pipe: Pipeline, title: str, body: str, published: date) -> list:
    art = clean_article(Article(id="", text=f"{title}\n\n{body}", published=published, path="test", title=title))
    assert isinstance(art, Article)
    return violent(pipe(art).events)


# 1. a headline's day after "On" is no second place: its toll stands over a body with none
@pytest.mark.parametrize("title, body, toll", [
    ("Gunmen Attack Church In Kaduna, Kill 5 On Sunday",
     "Gunmen attacked a church in Kaduna State on Sunday, the police said. Worshippers fled into the bush.", 5),
    ("Bandits attack village in Zamfara, kill 12 on Tuesday",
     "Bandits attacked a village in Zamfara State, residents said. Many houses were burned.", 12),
    # (a title-case "In Attack", "In Raid" names no place either)
    ("Gunmen Kill 5 In Attack On Village, Abduct 10 In Raid",
     "Gunmen attacked Kabasa village in Zamfara State on Sunday, abducting ten people, residents said.", 5),
])
def test_a_headline_day_is_no_second_place(pipe: Pipeline, title: str, body: str, toll: int) -> None:
    evs = headed(pipe, title, body, date(2025, 11, 18))
    assert evs and evs[0].fatalities == toll


def test_a_headline_naming_two_places_still_lends_no_toll(pipe: Pipeline) -> None:
    title = "Insurgents behead five in Macomia, burn church in Meluco"
    body = "Insurgents attacked a village in Macomia district on Monday. In Meluco, they burned a church."
    evs = headed(pipe, title, body, date(2025, 11, 18))
    assert evs and evs[0].fatalities == 0


# 2. a city before its own facility's name is the scene; a person's name before the facility is not the city
@pytest.mark.parametrize("text, location", [
    ("Supporters of the opposition clashed with police at the Kinshasa Martyrs Stadium on Saturday, in violence that "
     "left eight people dead.", "Kinshasa"),
    ("Gunmen opened fire near the Lagos Murtala Muhammed International Airport on Monday, killing two security "
     "guards.", "Lagos"),
    ("Police fired tear gas at fans who rioted at the Kano Pillars Stadium on Sunday, injuring five people.", "Kano"),
    ("Al-Shabaab fired mortars at the Aden Adde International Airport in Mogadishu on Tuesday, killing two soldiers.",
     "Mogadishu"),
])
def test_a_city_before_its_facility_is_the_scene(pipe: Pipeline, text: str, location: str) -> None:
    evs = violent(code(pipe, text, date(2025, 11, 18)))
    assert [e.location for e in evs] == [location]


# 3. one killed besides a figure: not where the figure is the whole ('in the attack'), nor for a neighbour of the
# scene ('X, near Y') or a place of the source ('a local source in Djibo told AFP from Ouagadougou')
@pytest.mark.parametrize("text, toll", [
    ("Gunmen shot dead a teacher in the village of Basse, near Kaya, on Monday, and three people were killed in the "
     "attack.", 3),
    ("Gunmen shot dead a teacher in the village of Basse, near Kaya, on Monday, and three people were killed.", 3),
    ("Gunmen killed a man in Djibo on Monday, a local source in Djibo told AFP from Ouagadougou, adding that two "
     "people were killed.", 2),
    # (kept: one killed at a scene of his own, the figure's dead at another)
    ("Gunmen killed a merchant in the village of Rounfou on Monday, villagers who pursued the assailants were "
     "ambushed near the village of Margou, seven young men were killed.", 8),
])
def test_one_besides_a_figure_only_at_another_scene(pipe: Pipeline, text: str, toll: int) -> None:
    evs = violent(code(pipe, text, date(2025, 11, 18)))
    assert evs and evs[0].fatalities == toll


# 4. a caveat told later in the same happening's paragraph makes the party's figures a claim
@pytest.mark.parametrize("caveat, toll", [(" The army's figures could not be independently verified.", 0), ("", 34)])
def test_a_caveat_later_in_the_story_makes_the_claim_unverified(pipe: Pipeline, caveat: str, toll: int) -> None:
    text = ("Jihadists attacked a military post in Boulkessi on Sunday. In a statement, the army said it had killed 30 "
            "assailants and lost four soldiers. Residents said gunfire was heard for hours. The town has been "
            "attacked several times this year." + caveat)
    evs = violent(code(pipe, text, date(2025, 11, 18)))
    assert evs and evs[0].fatalities == toll
