"""Real-news articles written for these tests (session 48, news11): wire copy with a dateline, a ministry's
communiqué, a denied claim, a toll revised with the earlier figure told after; rules such stories need end to end."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.text.dateline import dateline_span, filing_date
from sitrep.text.dates import find_dates

from test_news_articles import code, violent


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(workers=1))


# -- a revised toll in the lead, the scene told in the next paragraph, the earlier figure told after -------------------
TOLL_RISEN = ("NIAMEY, March 23 (Reuters) - The death toll from an attack by Islamic State militants on a mosque in "
              "western Niger has risen to 44, the government said on Sunday, up from an earlier figure of 27.\n\n"
              "Gunmen surrounded the mosque in the village of Fambita, in the Tillaberi region, during Friday prayers "
              "and opened fire on worshippers, the interior ministry said.\n\n"
              "On Friday officials had put the toll at 27 dead.")


def test_a_revised_toll_and_its_scene_told_after_a_dateline_are_one_happening(pipe: Pipeline) -> None:
    evs = violent(code(pipe, TOLL_RISEN, date(2025, 3, 23)))
    # the dateline's Niamey is no scene of the lead: the Fambita paragraph is the same attack, not a second one
    assert len(evs) == 1
    ev = evs[0]
    assert ev.fatalities == 44  # the new figure, not 44 + the earlier 27
    assert str(ev.event_date) == "2025-03-21"  # Friday prayers, not the Sunday the government spoke
    assert ev.admin1 == "Tillaberi"


def test_an_earlier_figure_stays_a_count_without_a_revision(pipe: Pipeline) -> None:
    # no revised toll: "an earlier attack" is no earlier figure, its dead are no toll replaced
    evs = violent(code(pipe, "Gunmen killed 12 villagers near Tillaberi on Friday, officials said on Saturday.",
                       date(2025, 3, 22)))
    assert [e.fatalities for e in evs] == [12]


# -- the day a claim or a denial was made public is not the attack's --------------------------------------------------
DENIED = ("BAMENDA, Cameroon — Cameroon's army on Saturday denied claims by separatists that they had killed eight "
          "soldiers in an ambush near Kumbo.\n\n"
          "A separatist group posted a video online on Friday claiming its fighters had attacked a military patrol "
          "near Kumbo on Thursday.\n\n"
          "Two soldiers were lightly wounded and the assailants fled, the army spokesman said.")


def test_a_denied_claim_is_dated_by_the_attack_not_by_the_denial(pipe: Pipeline) -> None:
    evs = violent(code(pipe, DENIED, date(2025, 5, 17)))
    assert len(evs) == 1
    assert str(evs[0].event_date) == "2025-05-15"  # Thursday, not Saturday's denial nor Friday's video


def test_a_statement_released_on_a_day_tells_the_claim_not_the_attack(pipe: Pipeline) -> None:
    text = ("In a statement released through its propaganda agency on Monday, the Islamic State group said its "
            "fighters had attacked an army position near Mbau in Cabo Delgado province on Sunday.")
    evs = violent(code(pipe, text, date(2025, 6, 3)))
    assert [str(e.event_date) for e in evs] == ["2025-06-01"]


def test_a_day_before_the_deed_still_dates_it(pipe: Pipeline) -> None:
    # the verb after the day is the deed's: "on Saturday attacked" stays Saturday
    evs = violent(code(pipe, "Gunmen on Saturday attacked a village near Kumbo, killing three farmers, police said.",
                       date(2025, 5, 20)))
    assert [str(e.event_date) for e in evs] == ["2025-05-17"]


# -- datelines a wire or a ministry files ---------------------------------------------------------------------------
def test_a_title_case_dateline_with_a_full_date_is_a_dateline() -> None:
    text = "Mogadishu, 4 February 2026 — The army said it killed 30 fighters near Adan Yabaal on Monday."
    assert dateline_span(text) is not None
    assert filing_date(text, date(2026, 2, 5)) == date(2026, 2, 4)
    # a sentence opening with a place and a year-less day is no dateline
    assert dateline_span("Kidal, 4 February — no year") is None


def test_a_dateline_country_name_with_of_is_a_dateline() -> None:
    assert dateline_span("GOMA, Democratic Republic of Congo — Fighting broke out on Tuesday.") is not None


def test_the_filing_day_of_a_title_case_dateline_is_no_event_day(pipe: Pipeline) -> None:
    text = ("Somali army says 30 al-Shabaab fighters killed\n\n"
            "Mogadishu, 4 February 2026 — The Somali army killed 30 al-Shabaab fighters in an operation near the "
            "town of Adan Yabaal in the Middle Shabelle region on Monday, the Ministry of Defence said.")
    evs = violent(code(pipe, text, None))
    assert [str(e.event_date) for e in evs] == ["2026-02-02"]
    assert evs[0].location != "Mogadishu"  # the dateline's city is where the ministry spoke


# -- a future told in reported speech -------------------------------------------------------------------------------
def test_would_continue_on_a_weekday_is_the_future() -> None:
    pub = date(2023, 11, 11)  # a Saturday
    ds = find_dates("The election commission said voting would continue on Sunday in some units.", pub)
    assert [d.date_start for d in ds if d.precision == 1] == [date(2023, 11, 12)]
    # a past deed told with "would" kept its day: "said gunmen would often attack on Sunday" is not touched
    ds = find_dates("Police said the gunmen attacked on Sunday.", pub)
    assert [d.date_start for d in ds if d.precision == 1] == [date(2023, 11, 5)]


# -- a communiqué's idiom of soldiers' deaths -----------------------------------------------------------------------
def test_soldiers_who_fell_on_the_field_of_honour_are_dead(pipe: Pipeline) -> None:
    text = ("The military detachment of Djibo was the target of a complex attack by terrorists on Sunday. The assault "
            "was repelled and more than 80 terrorists were neutralised. Unfortunately, six soldiers and four VDP fell "
            "on the field of honour.")
    evs = violent(code(pipe, text, date(2025, 9, 9)))
    assert len(evs) == 1
    assert evs[0].fatalities == 90


# -- an agreement told as the one broken ----------------------------------------------------------------------------
def test_a_ceasefire_someone_violates_is_no_new_agreement(pipe: Pipeline) -> None:
    text = ("The rebels' spokesman accused the government of using militias to violate a ceasefire agreed in Doha.")
    assert not [e for e in code(pipe, text, date(2025, 8, 5)) if e.sub_event_type == "Agreement"]
    signed = code(pipe, "The government and the rebels signed a ceasefire agreement in Doha on Saturday.",
                  date(2025, 8, 5))
    assert [e.sub_event_type for e in signed if e.sub_event_type == "Agreement"] == ["Agreement"]


# -- a capital named as the side a group serves ---------------------------------------------------------------------
def test_a_capital_a_militia_is_allied_with_is_no_scene(pipe: Pipeline) -> None:
    text = ("Heavy fighting broke out on Tuesday between M23 rebels and Wazalendo militias in North Kivu province, "
            "leaving 14 fighters dead. The Wazalendo, local armed groups allied with Kinshasa, had attacked at dawn.")
    evs = violent(code(pipe, text, date(2025, 8, 5)))
    assert len(evs) == 1
    assert evs[0].location != "Kinshasa"


# -- a town of another continent in a story about an African country --------------------------------------------------
def test_a_town_abroad_is_no_reading_in_a_nigerian_story(pipe: Pipeline) -> None:
    text = ("LOKOJA, Nigeria — Thugs attacked polling units in Kogi State during Saturday's governorship election. "
            "\"One person was killed by gunmen at a polling unit in Ogori,\" said Kogi police spokesman William Aya.")
    evs = violent(code(pipe, text, date(2023, 11, 11)))
    assert evs and all(e.country == "Nigeria" for e in evs)


# -- a text that came without a publication date --------------------------------------------------------------------
def test_a_label_and_date_line_gives_the_publication_date(pipe: Pipeline) -> None:
    text = ("Mozambique: We condemn the attack on the Mucojo health centre\n\n"
            "Statement | 22 July 2025\n\n"
            "Armed men attacked the Mucojo health centre in Macomia district, Cabo Delgado province, on the evening "
            "of 20 July, killing two community health workers.")
    evs = violent(code(pipe, text, None))
    assert [str(e.event_date) for e in evs] == ["2025-07-20"]


def test_a_headline_with_its_year_anchors_the_days_of_a_digest(pipe: Pipeline) -> None:
    text = ("Sahel Security Brief — Week of 10 to 16 May 2025\n\n"
            "Mali: On 13 May, unidentified gunmen killed four civilians in the village of Dioura, in the Mopti "
            "region.\n\n"
            "Niger: On 15 May, soldiers repelled an attack on a military post in Banibangou, Tillaberi region, "
            "killing 14 assailants.")
    evs = violent(code(pipe, text, None))
    assert sorted(str(e.event_date) for e in evs) == ["2025-05-13", "2025-05-15"]



# -- the tellers named after a list of the dead ---------------------------------------------------------------------
def test_witnesses_who_told_the_toll_are_not_its_dead(pipe: Pipeline) -> None:
    text = ("ADDIS ABABA, Jan 14 (Reuters) - A drone strike hit a minibus near the town of Debre Tabor in Ethiopia's "
            "Amhara region on Monday, killing 12 civilians, two witnesses and a health worker told Reuters on "
            "Wednesday.")
    evs = violent(code(pipe, text, date(2026, 1, 14)))
    assert [e.fatalities for e in evs] == [12]
    # (the figure before the comma stays the toll: "killing 12 civilians, witnesses said")
    evs = violent(code(pipe, "A drone strike hit a minibus near Debre Tabor on Monday, killing 12 civilians, "
                             "witnesses said.", date(2026, 1, 14)))
    assert [e.fatalities for e in evs] == [12]


def test_a_release_on_a_day_stays_dated_by_that_day(pipe: Pipeline) -> None:
    # a verb after the day that may be the deed itself is no teller's: "on Sunday released" dates the release
    evs = code(pipe, "Gunmen on Sunday released 12 hostages abducted last month near Kumbo, police said.",
               date(2025, 5, 20))
    assert evs and all(str(e.event_date) == "2025-05-18" for e in evs)
