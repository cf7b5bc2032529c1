"""Event types and sub-types (typ47), on sentences written for the tests."""

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


def test_an_arrest_over_someones_role_in_a_deed_is_the_arrest(pipe: Pipeline) -> None:
    # the killing or kidnapping is what the arrested are held over, not a happening of its own
    assert _types(pipe, "BAMAKO, March 16 (Reuters) - Malian police said on Tuesday they had detained four men over "
                        "their alleged role in the killing of a trader in Sikasso last week.") == \
        [("Strategic developments", "Arrests")]
    assert _types(pipe, "On 15 March 2021, gendarmes arrested two herders in Gao for involvement in the kidnapping "
                        "of a nurse.") == [("Strategic developments", "Arrests")]
    # (a group's boast of its role, or a charge laid by words, tells the deed)
    for text in ("JNIM boasted of its role in the attack that killed 12 soldiers in Djibo on Sunday.",
                 "Boko Haram said it was proud of its role in the ambush that killed 10 soldiers near Damboa on "
                 "Sunday."):
        assert _types(pipe, text) == [("Battles", "Armed clash")], text
    assert _types(pipe, "Amnesty accused the army of complicity in the killing of 40 civilians in Mopti on "
                        "Monday.") == [("Violence against civilians", "Attack")]
    # (the deed told as itself stays the deed)
    assert _types(pipe, "On 15 March 2021, gunmen kidnapped a nurse in Gao, a local official said.") == \
        [("Violence against civilians", "Abduction/forced disappearance")]


def test_forces_redeployed_to_a_town_change_their_activity(pipe: Pipeline) -> None:
    # a long qualifier of the attacks in the background does not make them this event
    assert _types(pipe, "On 15 March 2021, the Malian army redeployed to Menaka, after withdrawing last year amid a "
                        "series of large scale jihadist attacks on its positions.") == \
        [("Strategic developments", "Change to group/activity")]
    # (a long qualifier of a wave that opens the sentence: its main clause tells the attacks' toll)
    evs = code(pipe, "Following a series of coordinated jihadist attacks on villages near Djibo on Monday, 12 civilians "
                     "were dead.", PUBLISHED)
    assert [(e.event_type, e.fatalities) for e in evs] == [("Violence against civilians", 12)]
    # (no force redeployed: a demand about teachers is a protest)
    assert _types(pipe, "On 15 March 2021, teachers demonstrated in Gao against the redeployment of staff to the "
                        "north.") == [("Protests", "Peaceful protest")]


def test_property_burned_with_no_one_harmed_is_property_destruction(pipe: Pipeline) -> None:
    for text in ("On 15 March 2021, gunmen attacked the town hall in Gao and set the interior ablaze. No casualties "
                 "were reported.",
                 "On 15 March 2021, militants burned polling booths in a commune near Gao, no casualties reported.",
                 "On 15 March 2021, unknown gunmen raided two hamlets near Gao, burning the hamlets, no casualties "
                 "were reported."):
        assert _types(pipe, text) == [("Strategic developments", "Looting/property destruction")], text


def test_symbols_burned_in_protest_leave_it_peaceful(pipe: Pipeline) -> None:
    assert _types(pipe, "GAO, Mali (AP) - Hundreds of people marched through Gao on Monday to denounce France, and "
                        "some set fire to French flags and torched images of the French president, witnesses said.") == \
        [("Protests", "Peaceful protest")]
    # (a building torched is the riot)
    assert _types(pipe, "On 15 March 2021, angry youths torched the town hall in Gao after a man died in police "
                        "custody.")[0] == ("Riots", "Violent demonstration")


def test_the_arrested_not_seen_again_were_disappeared(pipe: Pipeline) -> None:
    assert _types(pipe, "NIAMEY (Reuters) - Soldiers arrested five herders in the village of Inates on Sunday and "
                        "they have not been seen since, relatives said on Tuesday.") == \
        [("Violence against civilians", "Abduction/forced disappearance")]
    assert _types(pipe, "On 14 March 2021, soldiers arrested four men in Inates. Their fate and whereabouts are "
                        "unknown.") == [("Violence against civilians", "Abduction/forced disappearance")]
    # (released, or no word of them: the arrest)
    assert _types(pipe, "NIAMEY (Reuters) - Soldiers arrested five herders in the village of Inates on Sunday, "
                        "relatives said. They were released on Monday.") == [("Strategic developments", "Arrests")]
    assert _types(pipe, "Police arrested three suspected militants in Niamey on Sunday.") == \
        [("Strategic developments", "Arrests")]
    # (one whose fate is unknown who escaped the arrest, or the disappearance the arrested is held over: the arrest)
    for text in ("Police in Kano arrested two men on Monday over the robbery of a filling station. A third suspect "
                 "escaped and his whereabouts remain unknown.",
                 "Police in Lagos arrested a man on Monday; a second suspect fled and is still at large, and his fate "
                 "is unknown.",
                 "Mexican authorities on Tuesday arrested a former police commander accused of the forced "
                 "disappearance of 43 students in Iguala."):
        assert _types(pipe, text) == [("Strategic developments", "Arrests")], text
    assert _types(pipe, "Soldiers arrested the journalist in Bamako on Monday; his whereabouts remain unknown.") == \
        [("Violence against civilians", "Abduction/forced disappearance")]


def test_a_headline_present_takeover_is_one(pipe: Pipeline) -> None:
    # a headline's present tense: "gains control of", "seizes control of"
    assert _types(pipe, "Rebels seize control of Menaka after soldiers flee")[0][0] in (
        "Battles", "Strategic developments")
    assert _types(pipe, "Rebels seize control of Menaka after soldiers flee")[0][1] in (
        "Non-state actor overtakes territory", "Non-violent transfer of territory")


def test_projectiles_that_fell_are_shelling(pipe: Pipeline) -> None:
    assert _types(pipe, "TIMBUKTU, Mali (Reuters) - Two projectiles landed near the airport of Timbuktu late on Monday, "
                        "causing no casualties, a U.N. spokesman said.") == \
        [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert _types(pipe, "On 15 March 2021, militants targeted the MINUSMA camp in Timbuktu; the projectiles fired fell "
                        "outside the camp and caused no casualties.") == \
        [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_hostages_freed_by_a_deal_are_an_agreement(pipe: Pipeline) -> None:
    assert [t for t in _types(pipe, "BAMAKO (Reuters) - Two Italian aid workers held by jihadists since 2019 were freed "
                                    "on Sunday, likely as the result of a negotiated settlement, the government "
                                    "said.")] == [("Strategic developments", "Agreement")]
    # (freed for a ransom the day after the abduction: the abduction)
    assert _types(pipe, "On 15 March 2021, militants abducted a woman near Gao; she was released the following day "
                        "after payment of a ransom.") == \
        [("Violence against civilians", "Abduction/forced disappearance")]


def test_rocks_thrown_are_a_riot(pipe: Pipeline) -> None:
    assert _types(pipe, "OUAGADOUGOU (AFP) - Youths threw rocks at police in Banfora on Monday after a disputed "
                        "chieftaincy vote, witnesses said.")[0][0] == "Riots"


def test_the_deed_of_the_group_the_held_are_accused_of_helping_is_background(pipe: Pipeline) -> None:
    assert _types(pipe, "MOPTI, Mali (Reuters) - Soldiers arrested and tortured three traders in Boni on Monday whom "
                        "they accused of supporting militants who had attacked the gendarmerie post, a rights group "
                        "said.") == [("Violence against civilians", "Attack")]
    # (the attack told as itself is the battle)
    assert _types(pipe, "On 15 March 2021, militants attacked the gendarmerie post in Boni, killing two "
                        "gendarmes.")[0] == ("Battles", "Armed clash")


def test_a_redeployment_announced_is_no_move(pipe: Pipeline) -> None:
    # (the bundled sample's Niger story) what the soldiers "would be" doing is a plan, not a change of activity
    evs = code(pipe, 'In a statement read on state television in Niamey, a spokesman said the soldiers would be '
                     'redeployed to "protect critical infrastructure".', date(2024, 3, 28))
    assert not [e for e in evs if e.sub_event_type == "Change to group/activity"], evs
    evs = code(pipe, "The troops will be redeployed to Kidal next week, the army said.", date(2024, 3, 28))
    assert not [e for e in evs if e.sub_event_type == "Change to group/activity"], evs
