"""Tests for the curated actor dictionary and the Aho-Corasick actor matcher."""

from __future__ import annotations

import json
import time
from datetime import date
from importlib import resources

import pytest

from sitrep.coding.actors import ACTOR_DICTIONARY_VERSION, ActorMatcher, actor_country, inter_of
from sitrep.model import ActorMention

NE23 = "Military Forces of Niger (2023-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (Greater Sahara)"
IS_SAHEL = "Islamic State (Sahel)"
ISWAP = "Islamic State (West Africa)"
BOKO = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
FRANCE = "Military Forces of France (2017-)"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"

# (sentence, country hint, event date) -> [(ACLED actor name, inter code), ...] in text order
CASES: list[tuple[str, str | None, date | None, list[tuple[str, int]]]] = [
    ("The Nigerien military confirmed that 23 soldiers were killed", "NE", date(2024, 3, 1), [(NE23, 1), (NE23, 1)]),
    ("Niger's Defense Ministry said", "NE", date(2024, 3, 1), [(NE23, 1)]),
    ("Niger's Defense Ministry said", "NE", None, [(NE23, 1)]),
    ("The Islamic State on Saturday used its Amaq 'news agency'", "NE", date(2024, 3, 1), [(IS_SAHEL, 2)]),
    ("The Islamic State on Saturday used its Amaq 'news agency'", "NG", date(2024, 3, 1), [(ISWAP, 2)]),
    ("The Islamic State on Saturday used its Amaq 'news agency'", None, None, [("Islamic State", 2)]),
    ("The Islamic State on Saturday used its Amaq 'news agency'", "IQ", None, [("Islamic State", 2)]),
    (
        "JNIM fighters attacked an army post",
        "ML",
        date(2020, 5, 1),
        [(JNIM, 2), ("Military Forces of Mali (2013-2020)", 1)],
    ),
    (
        "ECOWAS imposed sanctions on the junta",
        "NE",
        date(2023, 8, 10),
        [("ECOWAS: Economic Community Of West African States", 8), (NE23, 1)],
    ),
    ("gunmen killed five villagers", "ML", None, [("Unidentified Armed Group (Mali)", 3), ("Civilians (Mali)", 7)]),
    (
        "Nigerien soldiers were deployed to Tillaberi",
        "NE",
        date(2022, 6, 1),
        [("Military Forces of Niger (2021-2023)", 1)],
    ),
    (
        "Malian troops and Wagner mercenaries killed dozens of civilians in Moura",
        "ML",
        date(2022, 3, 27),
        [("Military Forces of Mali (2021-)", 1), ("Wagner Group", 8), ("Civilians (Mali)", 7)],
    ),
    (
        "Burkinabe soldiers and VDP fighters repelled the attack",
        "BF",
        date(2023, 1, 1),
        [("Military Forces of Burkina Faso (2022-)", 1), ("VDP: Volunteer for Defense of Homeland", 4)],
    ),
    ("Nigerien police arrested two suspects", "NE", date(2024, 1, 1), [("Police Forces of Niger (2023-)", 1)]),
    (
        "French troops of Operation Barkhane killed a senior ISGS commander",
        "ML",
        date(2019, 5, 1),
        [(FRANCE, 8), (FRANCE, 8), (ISGS, 2)],
    ),
    ("Boko Haram fighters abducted 20 women in Borno", "NG", date(2021, 1, 1), [(BOKO, 2), ("Civilians (Nigeria)", 7)]),
    (
        "ISWAP claimed the attack on Nigerian troops",
        "NG",
        date(2021, 6, 1),
        [(ISWAP, 2), ("Military Forces of Nigeria (2015-2023)", 1)],
    ),
    (
        "Chadian soldiers killed 30 Boko Haram militants",
        "TD",
        date(2020, 4, 1),
        [("Military Forces of Chad (1990-2021)", 1), (BOKO, 2)],
    ),
    ("MINUSMA peacekeepers were wounded by an IED", "ML", date(2019, 1, 1), [(MINUSMA + " (2013-2020)", 8)]),
    ("UN peacekeepers were wounded by an IED", "ML", date(2021, 1, 1), [(MINUSMA + " (2020-2021)", 8)]),
    # the mission's soldiers, vehicles and camps by the UN's name, in Mali
    ("Three UN vehicles hit a roadside bomb near Kidal", "ML", date(2022, 5, 1), [(MINUSMA + " (2021-)", 8)]),
    ("The UN military camp came under mortar fire overnight", "ML", date(2022, 5, 1), [(MINUSMA + " (2021-)", 8)]),
    ("A UN soldier was shot dead near the market", "ML", date(2022, 5, 1), [(MINUSMA + " (2021-)", 8)]),
    (
        "The Alliance of Sahel States (AES) announced a joint force",
        None,
        date(2024, 3, 6),
        [("AES: Alliance of Sahel States", 8)],
    ),
    ("Ansaroul Islam militants attacked Djibo", "BF", None, [("Ansaroul Islam", 2)]),
    (
        "Katiba Macina, a JNIM affiliate, abducted traders",
        "ML",
        None,
        [("Katiba Macina", 2), (JNIM, 2), ("Civilians (Mali)", 7)],
    ),
    (
        "AQIM and Al Mourabitoune claimed the Radisson Blu attack",
        "ML",
        date(2015, 11, 20),
        [("AQIM: Al Qaeda in the Islamic Maghreb", 2), ("Al Mourabitoune Battalion", 2)],
    ),
    ("Dozo hunters attacked a Fulani village", "ML", None, [("Dozo Communal Militia (Mali)", 4)]),
    ("Dozo hunters attacked a Fulani village", "BF", None, [("Dozo Communal Militia (Burkina Faso)", 4)]),
    ("Koglweogo vigilantes detained a suspected thief", "BF", None, [("Koglweogo Militia", 3)]),
    ("Dan Na Ambassagou militiamen attacked Ogossagou", "ML", None, [("Dan Na Ambassagou", 4)]),
    ("CMA rebels seized Anefis", "ML", date(2017, 7, 1), [("CMA: Coordination of Movements of the Azawad", 2)]),
    (
        "The CSP-PSD said it shot down a drone",
        "ML",
        date(2023, 10, 1),
        [("CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", 2)],
    ),
    ("Protesters burned tyres in Niamey", "NE", None, [("Protesters (Niger)", 6)]),
    ("Rioters looted shops in Kaya", "BF", None, [("Rioters (Burkina Faso)", 5)]),
    (
        "The United States said it would leave Air Base 201",
        "NE",
        date(2024, 4, 1),
        [("Government of the United States (2021-2025)", 8)],
    ),
    (
        "The Pentagon confirmed that US troops left Niamey",
        "NE",
        date(2024, 8, 5),
        [
            ("Military Forces of the United States (2021-2025)", 8),
            ("Military Forces of the United States (2021-2025)", 8),
        ],
    ),
    (
        "Moscow said Russian instructors would stay",
        "ML",
        date(2022, 1, 1),
        [("Government of Russia (2000-)", 8), ("Wagner Group", 8)],
    ),
    (
        "Russia's Africa Corps replaced Wagner",
        "ML",
        date(2024, 6, 1),
        [("Military Forces of Russia (2000-) Africa Corps", 8), ("Wagner Group", 8)],
    ),
    ("It is what it is, they told us", None, None, []),
    ("it is clear the us and them", "NE", None, []),
    ("Paris condemned the coup", None, None, []),
    ("Paris condemned the coup", "ML", None, []),
    (
        "IS fighters ambushed US troops",
        "IQ",
        date(2019, 1, 1),
        [("Islamic State", 2), ("Military Forces of the United States (2017-2021)", 8)],
    ),
    (
        "Unidentified armed men abducted a village chief",
        "BF",
        date(2021, 1, 1),
        [("Unidentified Armed Group (Burkina Faso)", 3), ("Civilians (Burkina Faso)", 7)],
    ),
    (
        "Jihadists killed three farmers",
        "ML",
        date(2016, 5, 1),
        [("Islamist Militia (Mali)", 3), ("Civilians (Mali)", 7)],
    ),
    (
        "Jihadists killed three farmers",
        "ML",
        date(2021, 5, 1),
        [("Unidentified Armed Group (Mali)", 3), ("Civilians (Mali)", 7)],
    ),
    (
        "Des hommes armés ont tué des villageois",
        "BF",
        None,
        [("Unidentified Armed Group (Burkina Faso)", 3), ("Civilians (Burkina Faso)", 7)],
    ),
    ("Des soldats maliens ont été tués", "ML", date(2022, 1, 1), [("Military Forces of Mali (2021-)", 1)]),
    (
        "Mali's military junta expelled the French ambassador",
        None,
        date(2022, 1, 31),
        [("Military Forces of Mali (2021-)", 1)],
    ),
    ("The government of Niger recalled its ambassador", "NE", date(2023, 9, 1), [("Government of Niger (2023-)", 1)]),
    ("The junta promised elections", "ML", date(2020, 9, 1), [("Military Forces of Mali (2020-2021)", 1)]),
    ("The junta promised elections", None, None, []),
    (
        "Fighting between CMA and Platform left two dead near Anefis",
        "ML",
        date(2017, 7, 1),
        [("CMA: Coordination of Movements of the Azawad", 2), ("Platform of June 14th 2014 movements", 3)],
    ),
    ("The party presented its platform in Bamako", "ML", date(2017, 7, 1), []),
    ("Civil Society Platform members marched in Bamako", "ML", date(2017, 7, 1), []),
    (
        "Gendarmes were killed near Dori",
        "BF",
        date(2023, 1, 1),
        [("Police Forces of Burkina Faso (2022-) Gendarmerie", 1)],
    ),
    (
        "Gendarmes were killed near Dosso",
        "NE",
        date(2023, 1, 1),
        [("Military Forces of Niger (2021-2023) Gendarmerie", 1)],
    ),
    (
        "The National Guard repelled an attack",
        "NE",
        date(2020, 1, 1),
        [("Police Forces of Niger (2011-2021) National Guard", 1)],
    ),
    ("Ivorian soldiers patrolled the border", None, None, [("Military Forces of Ivory Coast (2011-)", 1)]),
    ("Congolese soldiers patrolled the river", "CG", None, [("Military Forces of Republic of Congo", 1)]),
    (
        "American soldiers trained Nigerien special forces",
        "NE",
        date(2018, 1, 1),
        [("Military Forces of the United States (2017-2021)", 8), ("Military Forces of Niger (2011-2021)", 1)],
    ),
    (
        "Forest guards were attacked near Kita",
        "ML",
        date(2018, 6, 1),
        [("Police Forces of Mali (2013-2020) Forest Guards", 1)],
    ),
    ("Forest guards were attacked near Kita", "ML", date(2020, 4, 8), [("Forest Guards (Mali)", 1)]),
    # (Mali's forest guards are their own actor from 2019, Burkina Faso's police unit until mid-July 2019)
    ("Forest guards were attacked near Kita", "ML", date(2019, 5, 10), [("Forest Guards (Mali)", 1)]),
    ("Forest guards were attacked near Diapaga", "BF", date(2019, 5, 10),
     [("Police Forces of Burkina Faso (2015-2022) Forest Guards", 1)]),
    ("Burkinabe rangers were attacked", "NE", date(2020, 4, 8), [("Forest Guards (Burkina Faso)", 8)]),
    (
        "Fulani militiamen killed Dogon villagers",
        "ML",
        None,
        [("Fulani Ethnic Militia (Mali)", 4), ("Civilians (Mali)", 7)],
    ),
    ("the Islamic State in the Greater Sahara", "NE", date(2018, 1, 1), [(ISGS, 2)]),
    ("the Islamic State in the Greater Sahara", "NE", date(2023, 1, 1), [(IS_SAHEL, 2)]),
    (
        "The G5 Sahel Joint Force and the U.N. Security Council",
        None,
        None,
        [("G5S: G5 Sahel Force (2017-)", 8), ("UN: United Nations", 8)],
    ),
    ("unidentified drones struck a wedding", "ML", None, [("Unidentified Military Forces", 8)]),
    (
        "Pro-government militias clashed with herders",
        "ML",
        None,
        [("Militia (Pro-Government)", 3), ("Civilians (Mali)", 7)],
    ),
    (
        "Pro-government militias clashed with herders",
        "BF",
        date(2021, 1, 1),
        [("VDP: Volunteer for Defense of Homeland", 4), ("Civilians (Burkina Faso)", 7)],
    ),
    (
        "Mutinous soldiers seized the state broadcaster",
        "BF",
        date(2022, 1, 23),
        [("Mutiny of Military Forces of Burkina Faso (2015-2022)", 1)],
    ),
    ("Suspected JNIM or ISGS militants attacked Arbinda", "BF", date(2020, 1, 1), [(JNIM, 2), (ISGS, 2)]),
    ("militants from the Islamic State attacked Menaka", "ML", date(2023, 1, 1), [(IS_SAHEL, 2)]),
    ("The Nigérien army and l'État islamique au Grand Sahara", "NE", date(2024, 1, 1), [(NE23, 1), (IS_SAHEL, 2)]),
    (
        "FAMa soldiers and Malian gendarmes",
        "ML",
        date(2024, 1, 1),
        [("Military Forces of Mali (2021-)", 1), ("Police Forces of Mali (2021-) Gendarmerie", 1)],
    ),
    ("The FDS killed 10 terrorists", "NE", date(2024, 1, 1), [(NE23, 1), ("Unidentified Armed Group (Niger)", 3)]),
    (
        "The Washington Post reported that Washington froze aid",
        "NE",
        date(2023, 8, 1),
        [("Government of the United States (2021-2025)", 8)],
    ),
    ("Aid worth US$ 10 million from the EU", None, None, [("EU: European Union", 8)]),
    (
        "Tuareg rebels seized Kidal",
        "ML",
        date(2012, 3, 30),
        [("MNLA: National Movement for the Liberation of Azawad", 2)],
    ),
    ("Tuareg rebels seized Kidal", "ML", date(2023, 11, 1), [("CMA: Coordination of Movements of the Azawad", 2)]),
    ("Tuareg rebels attacked Iferouane", "NE", date(2007, 6, 22), [("MNJ: Nigerien Movement for Justice", 2)]),
    (
        "Mauritanian soldiers and Senegalese gendarmes",
        None,
        date(2020, 1, 1),
        [("Military Forces of Mauritania (2019-)", 1), ("Military Forces of Senegal (2012-2024) Gendarmerie", 1)],
    ),
    ("AQLM gunmen abducted four Europeans", "ML", date(2011, 11, 25), [("AQIM: Al Qaeda in the Islamic Maghreb", 2)]),
    # Burkina Faso's army task forces, by their acronyms: the counter-terrorism GFAT, the northern sector's GFSN
    (
        "The GFAT made arrests near Tin-Akoff while the GFSN patrolled",
        None,
        date(2019, 3, 1),
        [("Military Forces of Burkina Faso (2015-2022)", 1), ("Military Forces of Burkina Faso (2015-2022)", 1)],
    ),
    # the two wings of the CMFPR, ACLED's own actors (not a militia named after the town it holds)
    (
        "A CMFPR1 checkpoint in Gao and a CMFPR-2 position near Dire were attacked",
        "ML",
        date(2019, 7, 6),
        [("CMFPR1: Coordination of Patriotic Movements and Forces for Resistance (Plateforme)", 3),
         ("CMFPR2: Coordination of Patriotic Movements and Forces for Resistance (CMA)", 3)],
    ),
    # a country's armoured vehicle or military camp is its forces'
    ("An IED struck a French armored vehicle near Tessalit", "ML", date(2019, 5, 14), [("Military Forces of France (2017-)", 8)]),
    # one man of a people's militia is that militia, as its men are
    ("Fulani militiamen killed a Dogon militiaman near Bankass", "ML", date(2020, 5, 7),
     [("Fulani Ethnic Militia (Mali)", 4), ("Dogon Ethnic Militia (Mali)", 4)]),
    # a UN facility in Mali is the mission's
    ("A car bomb targeted a UN facility at Gao airport", "ML", date(2016, 5, 31),
     [("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)", 8)]),
]


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher.default()


@pytest.mark.parametrize(("sentence", "hint", "on", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_find(
    matcher: ActorMatcher, sentence: str, hint: str | None, on: date | None, expected: list[tuple[str, int]]
) -> None:
    found = matcher.find(sentence, country_hint=hint, on=on)
    assert [(m.actor, m.inter) for m in found] == expected
    for m in found:
        assert isinstance(m, ActorMention)
        assert sentence[m.start : m.end] == m.text and m.text.strip() == m.text and m.text


def test_a_stance_toward_the_state_is_not_the_state(matcher: ActorMatcher) -> None:
    # "pro-government" and "anti-government" tell a side's stance: no government or army is named by them
    on = date(2021, 5, 3)
    found = [m.actor for m in matcher.find("rebels fought pro-government forces near the river", country_hint="ML", on=on)]
    assert not any(a.startswith(("Military Forces", "Government of")) for a in found), found
    found = [m.actor for m in matcher.find("anti-government militias burned a school", country_hint="NE", on=on)]
    assert not any(a.startswith(("Military Forces", "Government of")) for a in found), found
    # the forms the dictionary names whole stay, and the state's own forces stay theirs
    assert [m.actor for m in matcher.find("pro-government militiamen killed two herders", on=on)][0] == \
        "Militia (Pro-Government)"
    assert [m.actor for m in matcher.find("government forces killed two rebels", country_hint="ML", on=on)][0] == \
        "Military Forces of Mali (2020-2021)"


def test_parenthesised_acronym_joins_its_name(matcher: ActorMatcher) -> None:
    text = "leaders of the Economic Community of West African States (ECOWAS) met"
    (m,) = matcher.find(text)
    assert m.text == "Economic Community of West African States (ECOWAS)"


def test_a_possessive_without_its_apostrophe_names_the_group(matcher: ActorMatcher) -> None:
    on = date(2016, 6, 20)
    assert [m.actor for m in matcher.find("after Ansar Dines forces attacked the camp", country_hint="ML", on=on)] \
        == ["Ansar Dine"]
    assert [m.text for m in matcher.find("In response to Boko Harams attack on Bosso", country_hint="NE", on=on)] \
        == ["Boko Harams"]
    # in the name's own case only, and not the plural of a common noun that ends a name
    assert matcher.find("after ansar dines forces attacked the camp", country_hint="ML", on=on) == []
    assert matcher.find("Leaders of Islamic States met in Niamey", country_hint="NE", on=on) == []
    assert matcher.find("Islamic states condemned the coup", country_hint="NE", on=on) == []


def test_what_a_group_calls_itself_and_its_acronym_in_its_country(matcher: ActorMatcher) -> None:
    on = date(2018, 7, 9)
    ass = "Alliance for the Salvation of the Sahel"
    found = matcher.find("On July 8, ASS militiamen killed four herders", country_hint="ML", on=on)
    assert [m.actor for m in found][:1] == [ass]
    assert ass not in [m.actor for m in matcher.find("ASS militiamen killed four herders", country_hint="NG", on=on)]
    assert matcher.find("He called the plan an ass of a road", country_hint="ML", on=on) == []
    (m,) = matcher.find('a group identifying themselves as "Signatories in Blood"', country_hint="NE", on=on)
    assert m.actor == "Those Who Signed in Blood"


def test_nigerian_police_in_niger_are_nigers(matcher: ActorMatcher) -> None:
    on = date(2015, 6, 1)
    (m,) = matcher.find("three Nigerian policemen were killed at a checkpoint", country_hint="NE", on=on)
    assert (m.actor, m.inter) == ("Police Forces of Niger (2011-2021)", 1)
    # at home, Nigeria's; soldiers do cross borders ("Nigerian soldiers retreated into Niger"); other demonyms stay
    (m,) = matcher.find("three Nigerian policemen were killed at a checkpoint", country_hint="NG", on=on)
    assert m.actor == "Police Forces of Nigeria (2015-2023)"
    (m,) = matcher.find("Nigerian soldiers retreated into Niger", country_hint="NE", on=on)
    assert m.actor == "Military Forces of Nigeria (2015-2023)"
    (m,) = matcher.find("three Malian policemen were killed at a checkpoint", country_hint="NE", on=on)
    assert m.actor.startswith("Police Forces of Mali")


def test_nigerian_forces_in_niger_are_nigers_unless_nigeriens_are_told(matcher: ActorMatcher) -> None:
    # written for the project: at a place of Niger "Nigerian" forces are mostly Niger's own (a common misspelling);
    # not where the text also tells Nigeriens, nor forces told coming into Niger, nor at home
    on = date(2019, 10, 7)
    found = matcher.find("NIAMEY (Reuters) - Gunmen killed 12 Nigerian soldiers near Tillaberi on Tuesday",
                         country_hint="NE", on=on)
    assert "Military Forces of Niger (2011-2021)" in [m.actor for m in found]
    assert "Military Forces of Nigeria (2015-2023)" not in [m.actor for m in found]
    found = matcher.find("the attack killed 24 Nigerien and 2 Nigerian soldiers", country_hint="NE", on=on)
    assert "Military Forces of Nigeria (2015-2023)" in [m.actor for m in found]
    (m,) = matcher.find("300 Nigerian soldiers crossed into Niger after the attack", country_hint="NE", on=on)
    assert m.actor == "Military Forces of Nigeria (2015-2023)"
    (m,) = matcher.find("Nigerian troops killed 20 fighters near Maiduguri", country_hint="NG", on=on)
    assert m.actor == "Military Forces of Nigeria (2015-2023)"


def test_case_count() -> None:
    assert len(CASES) >= 40


def test_mention_fields(matcher: ActorMatcher) -> None:
    (m,) = matcher.find("Yesterday Nigerien soldiers arrived.", country_hint="ML", on=date(2024, 1, 1))
    assert (m.start, m.end, m.text) == (10, 27, "Nigerien soldiers")
    assert (m.actor, m.inter, m.kind, m.country_code, m.sentence) == (NE23, 8, "state", "NE", -1)
    (c,) = matcher.find("gunmen", country_hint="BF")
    assert (c.kind, c.country_code) == ("political-militia", "BF")


def test_offsets_survive_transliteration_and_whitespace(matcher: ActorMatcher) -> None:
    # Œ, « and — become two characters and whitespace runs collapse: offsets must still point into `text`.
    text = "Œuvre: « les soldats nigériens »\u00a0et  l'État\n  islamique au Grand Sahara — Nigérien\u00a0soldiers."
    found = matcher.find(text, country_hint="NE", on=date(2024, 1, 1))
    assert [m.text for m in found] == [
        "soldats nigériens",
        "État\n  islamique au Grand Sahara",
        "Nigérien\u00a0soldiers",
    ]
    assert [m.actor for m in found] == [NE23, IS_SAHEL, NE23]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_acronyms_are_case_sensitive(matcher: ActorMatcher) -> None:
    assert matcher.find("the aes of the cma and jnim", country_hint="ML") == []
    assert [m.actor for m in matcher.find("the AES, the CMA and JNIM", country_hint="ML")] == [
        "AES: Alliance of Sahel States",
        "CMA: Coordination of Movements of the Azawad",
        JNIM,
    ]
    assert [m.actor for m in matcher.find("Islamic state militants", country_hint="BF", on=date(2024, 1, 1))] == [
        IS_SAHEL
    ]


def test_word_boundaries(matcher: ActorMatcher) -> None:
    assert matcher.find("Amish gunmenship armyworms USAID", country_hint="ML") == []
    assert matcher.find("Nigeria's Niger State", country_hint="NG") == []


def test_demonym_needs_no_hint(matcher: ActorMatcher) -> None:
    found = matcher.find("Malian troops and Burkinabè gendarmes", on=date(2021, 6, 1))
    assert [(m.actor, m.inter) for m in found] == [
        ("Military Forces of Mali (2021-)", 1),
        ("Police Forces of Burkina Faso (2015-2022) Gendarmerie", 1),
    ]


def test_generic_without_hint_is_unknown(matcher: ActorMatcher) -> None:
    found = matcher.find("Gunmen killed villagers; soldiers responded")
    assert [(m.actor, m.country_code) for m in found] == [
        ("Unidentified Armed Group (Unknown)", None),
        ("Civilians (Unknown)", None),
    ]


def test_hint_forms(matcher: ActorMatcher) -> None:
    for hint in ("NE", "ne", "NER", "Niger"):
        (m,) = matcher.find("the army", country_hint=hint, on=date(2024, 1, 1))
        assert m.actor == NE23


def test_datetime_is_accepted(matcher: ActorMatcher) -> None:
    from datetime import datetime

    (m,) = matcher.find("the army", country_hint="NE", on=datetime(2022, 5, 1, 12, 0))
    assert m.actor == "Military Forces of Niger (2021-2023)"


@pytest.mark.parametrize(
    ("name", "country", "inter", "inter_in_mali"),
    [
        ("Civilians (Mali)", "ML", 7, 7),
        ("Military Forces of Niger (2023-)", "NE", 1, 8),
        ("Military Forces of the United States (2021-2025)", "US", 1, 8),
        ("Police Forces of Burkina Faso (2022-) Gendarmerie", "BF", 1, 8),
        ("Military Forces of Mali (2021-)", "ML", 1, 1),
        ("Government of Mali (2013-)", "ML", 1, 1),
        ("Military Forces of Democratic Republic of Congo (2001-)", "CD", 1, 8),
        ("Military Forces of Ivory Coast (2011-)", "CI", 1, 8),
        (JNIM, None, 2, 2),
        (JNIM + " and/or " + ISGS, None, 2, 2),
        ("Unidentified Armed Group (Burkina Faso)", "BF", 3, 3),
        ("Islamist Militia (Mali)", "ML", 3, 3),
        ("Fulani Ethnic Militia (Mali)", "ML", 4, 4),
        ("Dozo Communal Militia (Burkina Faso)", "BF", 4, 4),
        ("Koglweogo Militia", "BF", 3, 3),
        ("Wagner Group", "RU", 8, 8),
        ("Protesters (Niger)", "NE", 6, 6),
        ("Rioters (Burkina Faso)", "BF", 5, 5),
        ("Private Security Forces (Mali)", "ML", 8, 8),
        ("Something Else Entirely", None, None, None),
    ],
)
def test_name_helpers(name: str, country: str | None, inter: int | None, inter_in_mali: int | None) -> None:
    assert actor_country(name) == country
    assert inter_of(name) == inter
    assert inter_of(name, event_country="ML") == inter_in_mali


def test_default_is_cached() -> None:
    assert ActorMatcher.default() is ActorMatcher.default()


def _bundled() -> dict[str, object]:
    data: dict[str, object] = json.loads(
        resources.files("sitrep").joinpath("data/actors.json").read_text(encoding="utf-8")
    )
    return data


def test_dictionary_is_consistent(matcher: ActorMatcher) -> None:
    data = _bundled()
    assert data["version"] == ACTOR_DICTIONARY_VERSION == matcher.version
    kinds = {
        "state": 1,
        "rebel": 2,
        "political-militia": 3,
        "identity-militia": 4,
        "rioters": 5,
        "protesters": 6,
        "civilians": 7,
        "external": 8,
    }
    actors = data["actors"]
    assert isinstance(actors, list)
    ids = [a.get("id", a["name"]) for a in actors]
    assert len(ids) == len(set(ids))
    for a in actors:
        assert a["kind"] in kinds and 1 <= a["inter"] <= 8, a["name"]
        assert a["aliases"] or a.get("context_aliases"), a["name"]
        assert bool(a.get("context")) == bool(a.get("context_aliases") or a.get("cased_context_aliases")), a["name"]
        for p in [a.get("period") or [None, None], *[f["period"] for f in a.get("former_names", [])]]:
            start, end = (date.fromisoformat(x) if x else None for x in p)
            assert start is None or end is None or start <= end, a["name"]
    roles = data["roles"]
    assert isinstance(roles, dict)
    for role in roles.values():
        assert role["kind"] in kinds and role["inter"] == kinds[role["kind"]]
    states = data["states"]
    assert isinstance(states, dict)
    for iso, spec in states.items():
        starts = [date.fromisoformat(s) for s, _label in spec.get("periods", [])]
        assert starts == sorted(starts), iso
        for _s, label in spec.get("periods", []):
            assert label.count("-") == 1 and label[:4].isdigit(), (iso, label)
        for unit in spec.get("units", []):
            assert unit["role"] in roles
    stats = matcher.stats()
    assert stats["named_actors"] == len(actors)
    assert stats["countries"] >= 240 and stats["aliases"] > 10_000


def test_build_under_one_second() -> None:
    data = _bundled()
    best = min(_timed(lambda: ActorMatcher(data)) for _ in range(3))
    assert best < 1.0, f"building the matcher took {best:.2f}s"


def test_one_megabyte_under_one_second(matcher: ActorMatcher) -> None:
    base = (
        "On 3 March, unidentified gunmen on motorbikes attacked the village of Tamou, killing 12 civilians "
        "including women and children, according to local residents. The Nigerien army said its soldiers, "
        "backed by French Barkhane forces, killed 20 jihadists of the Islamic State in the Greater Sahara. "
        "This is the third attack this month; the government of Niger declared three days of mourning. "
        "Meanwhile JNIM claimed an ambush on Malian troops near Boni, and ECOWAS called on the junta to "
        "release President Bazoum. Les hommes armés ont tué des villageois à Djibo, selon l'armée burkinabè. "
        "Trade talks, weather reports and football results fill the rest of the page without any actor. "
    )
    text = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    found: list[ActorMention] = []

    def run() -> None:
        found[:] = matcher.find(text, country_hint="NE", on=date(2024, 1, 1))

    best = min(_timed(run) for _ in range(2))
    assert len(found) > 10_000
    assert best < 1.0, f"matching 1 MB took {best:.2f}s"


def _timed(fn: object) -> float:
    """CPU seconds of this process (not wall-clock: other work on a loaded 2-core machine does not count)."""
    assert callable(fn)
    t = time.process_time()
    fn()
    return time.process_time() - t


def test_where_named_groups_operate(matcher: ActorMatcher) -> None:
    # the area of a named group: its listed countries, else its context, else its country
    assert matcher.area(matcher.find("MNLA fighters clashed with soldiers.")) == frozenset({"ML"})
    assert {"NG", "NE", "TD", "CM"} <= matcher.area(matcher.find("Boko Haram militants attacked a village."))
    # the one country every named group operates in is the hint for the generic actors of a text naming none
    assert matcher.home_country(matcher.find("MNLA fighters clashed with soldiers.")) == "ML"
    bh = matcher.find("Boko Haram militants attacked a village.")
    assert matcher.home_country(bh) is None  # four countries
    assert matcher.home_country(bh, focus=frozenset({"NE", "ML", "BF"})) == "NE"  # the region followed narrows it
    assert matcher.home_country(matcher.find("Gunmen attacked a village.")) is None


@pytest.mark.parametrize(("text", "hint", "expected"), [
    ("Al-Shabaab militants attacked an army base near Mogadishu.", "SO", "Al Shabaab"),
    ("Taliban fighters ambushed a police convoy in Helmand.", "AF", "Taliban"),
    ("The Pakistani Taliban claimed the bombing.", "PK", "TTP: Tehreek-i-Taliban Pakistan"),
    ("Hamas fired rockets at Ashkelon.", "IL", "Hamas Movement"),
    ("Hezbollah fighters clashed with Israeli troops.", "LB", "Hezbollah"),
    ("M23 rebels seized the town of Bunagana.", "CD", "M23: March 23 Movement"),
    ("The RSF shelled El Fasher.", "SD", "RSF: Rapid Support Forces"),
    ("ELN guerrillas blew up a pipeline.", "CO", "ELN: National Liberation Army"),
])
def test_armed_groups_beyond_the_sahel_have_acled_s_names(matcher: ActorMatcher, text: str, hint: str,
                                                          expected: str) -> None:
    assert [m.actor for m in matcher.find(text, country_hint=hint)][0] == expected


def test_acronyms_of_groups_abroad_need_their_country(matcher: ActorMatcher) -> None:
    # "RSF" is also Reporters Without Borders, "ADF" the Australian Defence Force, "NPA" and "ELN" other bodies
    for text in ("RSF condemned the arrest of two journalists in Paris.", "The ADF sent ships to the Pacific.",
                 "The NPA will publish its report next week."):
        assert not [m for m in matcher.find(text, country_hint="FR") if m.inter == 2], text
    assert not matcher.find("The ELN will publish its report next week.", country_hint="GB")
    # "M23" is also a British motorway; in the Congo's texts the rebels
    assert [m.actor for m in matcher.find("Protesters blocked the M23 near Crawley.", country_hint="GB")] == [
        "Protesters (United Kingdom)"]
    assert [m.actor for m in matcher.find("The M23 seized Bunagana.", country_hint="CD")] == ["M23: March 23 Movement"]


def test_a_demonym_joined_to_another_s_noun_is_its_own_actor(matcher: ActorMatcher) -> None:
    got = [(m.text, m.actor) for m in matcher.find("French and Nigerien forces clashed with ISGS militants.",
                                                  on=date(2020, 10, 10))]
    assert got[0] == ("French", "Military Forces of France (2017-)")
    assert got[1][1].startswith("Military Forces of Niger")
    # not a word that is no demonym
    got2 = [m.text for m in matcher.find("Police and Nigerien forces patrolled.", on=date(2020, 10, 10))]
    assert got2[-1] == "Nigerien forces" and "Police" not in [m.text for m in matcher.find(
        "Police and Nigerien forces patrolled.", on=date(2020, 10, 10)) if m.actor.startswith("Military")]


def test_peoples_of_one_known_area_are_found_by_their_whole_names() -> None:
    from sitrep.coding.actors import ActorMatcher
    from sitrep.model import ActorMention

    m = ActorMatcher.default()
    text = "militiamen attacked the Kel Ansar camp and a Dogon village"
    found = m.peoples_in(text)
    assert [text[st:en] for st, en, _ in found] == ["Kel Ansar", "Dogon"]
    assert all(len(units) == 1 and next(iter(units))[0] == "ML" for *_, units in found)
    # a militia of a people in another country than the people's known area has none of its regions
    abroad = ActorMention(0, 0, "", "Senoufo Ethnic Militia (Ivory Coast)", 4, "identity-militia", "CI")
    home = ActorMention(0, 0, "", "Senoufo Ethnic Militia (Mali)", 4, "identity-militia", "ML")
    assert m.regions([abroad]) == frozenset() and m.regions([home])


@pytest.mark.parametrize(("text", "on", "expected"), [
    ("Police fired tear gas at women protesting President Tandja's plan.", date(2009, 7, 13), ("NE", "Tandja")),
    ("staged a protest on the anniversary of President Mainassara", date(1997, 1, 27), ("NE", "Mainassara")),
    ("ADEMA is the party of President Konaré.", date(1998, 5, 1), ("ML", "Konare")),
    ("Supporters of Captain Traoré marched.", date(2023, 3, 1), ("BF", "Captain Traore")),  # BF's leader then
    ("Supporters of Captain Traoré marched.", date(2016, 3, 1), None),  # nobody's leader then: no country
    ("Supporters of President Traoré marched.", date(2013, 1, 10), ("ML", "President Traore")),
    ("Traoré said the harvest was poor.", date(2023, 3, 1), None),  # a common name needs its title
    ("President Bazoum met President Tinubu.", date(2022, 1, 1), None),  # two countries as often: neither
    ("a rally for Deby's son", date(2022, 1, 1), ("TD", "Deby")),
])
def test_a_leader_named_gives_the_country(matcher: ActorMatcher, text: str, on: date,
                                          expected: tuple[str, str] | None) -> None:
    assert matcher.leader_country(text, on) == expected


@pytest.mark.parametrize(("text", "on"), [
    ("Italian Prime Minister Giuseppe Conte spoke.", date(2019, 5, 1)),  # a titled common name off its dates
    ("President Sekou Toure founded the party.", date(1995, 1, 1)),
    ("Captain Sanogo of the Burkinabe army", date(2019, 5, 1)),
    ("former President Moussa Traore died.", date(2020, 9, 15)),
    ("Things in general Djibo remained calm.", date(2010, 5, 1)),  # a rank is capitalised
    ("A trader named Ouattara was shot dead.", date(2019, 5, 1)),  # a common surname alone
    ("Ousman Sonko, the former Gambian interior minister", date(2024, 6, 1)),
    ("President Ibrahim Traore met President Bazoum.", date(2023, 1, 10)),  # one reading of each name: a tie
])
def test_a_leader_s_name_does_not_overreach(matcher: ActorMatcher, text: str, on: date) -> None:
    assert matcher.leader_country(text, on) is None


def test_a_title_does_not_reach_across_a_sentence(matcher: ActorMatcher) -> None:
    text = "They marched against President Bazoum. Keita, a trader, said the market was closed."
    assert matcher.leader_country(text, date(2022, 5, 1)) == ("NE", "Bazoum")
    assert matcher.leader_country("protesting President Issoufous government", date(2015, 1, 1)) == \
        ("NE", "President Issoufous")


def _forces_named(matcher: ActorMatcher, text: str, word: str, hint: str, on: date = date(2019, 3, 1)) -> list[str]:
    """The actors the matcher gives the mentions written `word` in `text`, read with the country hint `hint`."""
    return [m.actor for m in matcher.find(text, country_hint=hint, on=on) if m.text == word]


def test_bare_forces_noun_refers_back_to_the_forces_named_with_their_country(matcher: ActorMatcher) -> None:
    # "the soldiers" after "the Chadian army" are Chad's, not the hint's country's
    assert _forces_named(matcher, "Rebels shelled a Chadian army post near the border; the soldiers fired back.",
                         "soldiers", "NE") == ["Military Forces of Chad (1990-2021)"]
    # a gendarme after "Malian gendarmes": the Gendarmerie of Mali, not of the hint's country
    assert _forces_named(matcher, "Two Malian gendarmes were wounded and one gendarme went missing.",
                         "gendarme", "BF") == ["Police Forces of Mali (2013-2020) Gendarmerie"]
    # in Mali, Barkhane's soldiers are France's
    assert _forces_named(matcher, "Operation Barkhane said its soldiers killed ten militants.",
                         "soldiers", "ML") == ["Military Forces of France (2017-)"]


def test_bare_forces_noun_keeps_the_hint_when_two_countries_or_none_were_named(matcher: ActorMatcher) -> None:
    # two countries' forces before it: the bare noun is not read as either
    for text in ("French and Malian troops patrolled; soldiers later left the town.",
                 "Nigerien/Chadian troops patrolled; soldiers later left the town."):
        assert _forces_named(matcher, text, "soldiers", "BF") == ["Military Forces of Burkina Faso (2015-2022)"]
    # ordinary news with no forces named before: the hint's, as always
    assert _forces_named(matcher, "Soldiers guarded the market while the mayor spoke to traders.",
                         "Soldiers", "NE") == ["Military Forces of Niger (2011-2021)"]
    # a police noun does not take the army's country: "Malian army" names no police
    assert _forces_named(matcher, "The Malian army entered the town and police closed the market.",
                         "police", "BF") == ["Police Forces of Burkina Faso (2015-2022)"]
    # an indefinite noun in a later sentence is new forces: "soldiers" after "French troops left Mali." are Mali's
    assert _forces_named(matcher, "French troops left Mali in 2022. On Monday, soldiers killed ten civilians near "
                         "Mopti.", "soldiers", "ML", on=date(2023, 3, 1)) == ["Military Forces of Mali (2021-)"]


def test_a_demonym_joined_by_a_slash_or_or_is_its_own_actor(matcher: ActorMatcher) -> None:
    got = [(m.text, m.actor) for m in matcher.find("French and/or Burkinabe forces conducted an airstrike.",
                                                  on=date(2019, 11, 9))]
    assert got[0] == ("French", "Military Forces of France (2017-)")
    got = [(m.text, m.actor) for m in matcher.find("Nigerien/Chadian troops patrolled.", on=date(2019, 11, 9))]
    assert got[0] == ("Nigerien", "Military Forces of Niger (2011-2021)")
    # a capitalised word before "or" that is no demonym stays out
    got = [m.text for m in matcher.find("Either Friday or Nigerien forces will patrol.", on=date(2019, 11, 9))]
    assert got == ["Nigerien forces"]


def test_civilians_from_outside_africa_harmed_there_are_international(matcher: ActorMatcher) -> None:
    got = matcher.find("Gunmen abducted an Italian priest near the border.", country_hint="NE", on=date(2019, 9, 1))
    assert [m.actor for m in got if m.kind == "civilians"] == ["Civilians (International)"]
    # Africans keep their country
    got = matcher.find("Gunmen abducted two Togolese truck drivers near the border.", country_hint="BF",
                       on=date(2019, 9, 1))
    assert [m.actor for m in got if m.kind == "civilians"] == ["Civilians (Togo)"]
    # outside Africa the nationality stays as it was
    got = matcher.find("A French tourist was robbed in Madrid.", country_hint="ES", on=date(2019, 9, 1))
    assert [m.actor for m in got if m.kind == "civilians"] == ["Civilians (France)"]


def test_security_forces_are_not_read_back_to_foreign_forces_named_before(matcher: ActorMatcher) -> None:
    got = matcher.find("Crowds demanded the departure of French forces; security forces fired tear gas.",
                       country_hint="NE", on=date(2020, 1, 17))
    assert [m.actor for m in got if m.text == "security forces"] == ["Military Forces of Niger (2011-2021)"]


def test_a_demonym_before_a_man_woman_or_youths_names_civilians(matcher: ActorMatcher) -> None:
    got = matcher.find("Gunmen abducted a Swiss woman and two Nigerien youths.", country_hint="NE", on=date(2019, 9, 1))
    assert [m.actor for m in got if m.kind == "civilians"] == ["Civilians (International)", "Civilians (Niger)"]
    # in the man's own country he keeps his nationality (no event is coded from such a sentence: test_coding)
    got = matcher.find("The Italian man of letters wrote a novel.", country_hint="IT", on=date(2019, 9, 1))
    assert [m.actor for m in got if m.kind == "civilians"] == ["Civilians (Italy)"]


def test_a_demonym_joined_to_man_or_woman_names_civilians(matcher: ActorMatcher) -> None:
    # "Frenchman", "Dutchwomen": one word for a man or a woman of that nation
    got = matcher.find("AQIM said it had killed a Frenchman and two Dutchwomen it held.", country_hint="ML",
                       on=date(2010, 7, 25))
    assert [m.actor for m in got if m.kind == "civilians"] == ["Civilians (International)"] * 2


def test_home_country_of_several_is_the_one_the_user_follows(matcher: ActorMatcher) -> None:
    # "gunmen killed an Italian tourist and two Nigerien soldiers": the West African one, for a West African
    # gazetteer; two of the region stay undecided
    found = matcher.find("gunmen killed an Italian tourist and two Nigerien soldiers", on=date(2023, 4, 11))
    west_africa = frozenset({"ML", "NE", "BF", "SN", "CI"})
    assert matcher.home_country(found) == "NE"  # (with no region followed, the tourist from outside Africa too)
    assert matcher.home_country(found, focus=west_africa) == "NE"
    found = matcher.find("Malian soldiers and Nigerien soldiers", on=date(2023, 4, 11))
    assert matcher.home_country(found, focus=west_africa) is None


def test_unnamed_rebels_are_an_armed_group_of_their_country(matcher: ActorMatcher) -> None:
    on = date(2018, 6, 8)
    found = matcher.find("presumed Chadian rebels ambushed an army convoy", country_hint="NE", on=on)
    assert [(m.text, m.actor) for m in found][0] == ("Chadian rebels", "Unidentified Armed Group (Chad)")
    (m,) = matcher.find("the rebels fled towards the border", country_hint="ML", on=on)
    assert m.actor == "Unidentified Armed Group (Mali)"
    assert [m.text for m in matcher.find("residents of rebel-held towns", country_hint="ML", on=on)] == ["residents"]


def test_names_later_exports_give_the_lake_chad_groups(matcher: ActorMatcher) -> None:
    # ACLED's 2023 exports spell Boko Haram "Jamaatu Ahli is-Sunnah lid-Dawati"; the Mali monadic export names
    # ISWAP's Lake Chad faction: the same actors as the dictionary's names, for comparing only (never coded)
    assert matcher.renamed_in_export("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
                                     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")
    assert matcher.renamed_in_export("Islamic State (West Africa)", "Islamic State (West Africa) - Lake Chad Faction")
    assert not matcher.renamed_in_export("Islamic State (Sahel)", "Islamic State (West Africa) - Lake Chad Faction")


def test_a_country_possessive_without_its_apostrophe(matcher: ActorMatcher) -> None:
    # ACLED's notes drop apostrophes: "Nigers security forces", "Mauritanias army"
    on = date(2012, 6, 8)
    assert [m.actor for m in matcher.find("Nigers security forces fought a gun battle", on=on)] == [
        "Military Forces of Niger (2011-2021)"]
    assert [m.actor for m in matcher.find("Mauritanias army conducted an air raid", on=on)] == [
        "Military Forces of Mauritania (2009-2019)"]


def test_foreign_victims_do_not_place_a_text(matcher: ActorMatcher) -> None:
    # "21 Italian tourists kidnapped" in a West African feed: foreigners harmed there, not an Italian event; the
    # region's own civilians and forces still place it
    on = date(2009, 12, 1)
    west_africa = frozenset({"ML", "NE", "BF", "SN", "CI"})
    assert matcher.home_country(matcher.find("21 Italian tourists kidnapped", on=on), focus=west_africa) is None
    # (with no region followed too: foreigners from outside Africa harmed say whose the victims are, not where)
    assert matcher.home_country(matcher.find("21 Italian tourists kidnapped", on=on)) is None
    assert matcher.home_country(matcher.find("two Malian traders kidnapped", on=on), focus=west_africa) == "ML"
    # an army from outside the region is a force abroad: its country is not the scene's; the region's own army is
    assert matcher.home_country(matcher.find("Italian soldiers attacked", on=on), focus=west_africa) is None
    assert matcher.home_country(matcher.find("Italian soldiers attacked", on=on)) == "IT"
    assert matcher.home_country(matcher.find("Nigerien soldiers attacked", on=on), focus=west_africa) == "NE"


def test_armed_men_named_again_by_their_noun_are_the_named_group(matcher: ActorMatcher) -> None:
    # "presumed IS Sahel militants attacked the post ... soldiers killed three militants": the group named before,
    # as ACLED codes them, not an unidentified second side; of "JNIM or ISGS militants", those alternatives
    on = date(2023, 5, 2)
    found = matcher.find("On 1 May 2023, presumed JNIM militants attacked a military post near Djibo. Soldiers "
                         "repelled the attack and killed three militants.", country_hint="BF", on=on)
    assert [m.actor for m in found if m.text == "militants"] == [JNIM]
    found = matcher.find("Suspected JNIM or ISGS militants entered the village; soldiers killed a militant.",
                         country_hint="BF", on=date(2020, 10, 27))
    assert [m.actor for m in found if m.text == "militant"] == [f"{JNIM} and/or {ISGS}"]
    # not men named by another noun, by words that make them others, or after two groups
    for text in ("MNLA fighters clashed with gunmen near Kidal.",
                 "JNIM militants withdrew; the next day unknown militants burned the school.",
                 "JNIM and ISGS militants clashed near Menaka, leaving ten militants dead."):
        last = matcher.find(text, country_hint="ML", on=on)[-1]
        assert last.actor == "Unidentified Armed Group (Mali)", text


def test_a_demonym_names_the_armed_men_and_the_crowd_of_its_country(matcher: ActorMatcher) -> None:
    # "suspected Nigerian armed bandits attacked a village in Maradi": ACLED's Unidentified Armed Group (Nigeria)
    on = date(2022, 7, 1)
    for text in ("suspected Nigerian armed bandits attacked the village", "a Nigerian armed group abducted six people",
                 "Nigerian gunmen stormed the market"):
        assert matcher.find(text, country_hint="NE", on=on)[0].actor == "Unidentified Armed Group (Nigeria)", text
    assert matcher.find("Sudanese asylum seekers staged a sit-in", country_hint="NE", on=on)[0].actor == \
        "Civilians (Sudan)"
    # "BH militants" is Boko Haram with no place to say so (the bare "BH" still needs the Lake Chad countries)
    assert matcher.find("presumed BH militants attacked the village", on=on)[0].actor == BOKO
    assert matcher.find("BH said", on=on) == []


def test_a_demonym_before_national_guard_names_the_forces(matcher: ActorMatcher) -> None:
    # "a vehicle of the Malian National Guard" is Mali's military (ACLED has no National Guard unit for Mali), not
    # a "Malian national"; Niger's National Guard is its police unit, in the singular or the plural
    on = date(2022, 11, 1)
    got = matcher.find("unknown gunmen seized a vehicle of the Malian National Guard in Lere", country_hint="ML", on=on)
    assert [m.actor for m in got] == ["Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)"]
    assert [m.actor for m in matcher.find("three Nigerien national guards were killed", on=on)] == [
        "Police Forces of Niger (2021-2023) National Guard"]
    assert [m.actor for m in matcher.find("a Malian national was abducted", on=on)] == ["Civilians (Mali)"]


def test_the_dogon_militia_under_its_other_spellings(matcher: ActorMatcher) -> None:
    on = date(2022, 1, 29)
    for text in ("presumed Da Na Ambassagou militiamen seized livestock", "Danna Ambassagou fighters attacked"):
        assert matcher.find(text, on=on)[0].actor == "Dan Na Ambassagou", text
    # ... and its short name, alone or after the people it draws from ("Dogon Amassagou"), not the Dogon's militia
    for text in ("presumed Dogon Amassagou militiamen raided Sobane", "Ambassagou fighters attacked Ogossagou"):
        assert [m.actor for m in matcher.find(text, country_hint="ML", on=on)] == ["Dan Na Ambassagou"], text


def test_the_polisario_front_is_a_named_group(matcher: ActorMatcher) -> None:
    got = matcher.find("armed men from the Polisario Front abducted three men", country_hint="ML", on=date(2011, 12, 1))
    assert [m.actor for m in got] == ["Polisario Front"]


def test_unnamed_armed_men_from_a_country_are_its_armed_group(matcher: ActorMatcher) -> None:
    # "unknown gunmen reportedly coming from Nigeria attacked a village" (in Niger): ACLED's Unidentified Armed
    # Group (Nigeria); not a day, a village or a country-less word after 'from'
    on = date(2023, 1, 12)
    assert matcher.find("unknown gunmen reportedly coming from Nigeria attacked the village", country_hint="NE",
                        on=on)[0].actor == "Unidentified Armed Group (Nigeria)"
    assert matcher.find("gunmen from Burkina Faso killed two herders", on=on)[0].actor == \
        "Unidentified Armed Group (Burkina Faso)"
    for text in ("gunmen from Monday to Tuesday", "gunmen from the village fled"):
        assert matcher.find(text, country_hint="NE", on=on)[0].actor == "Unidentified Armed Group (Niger)", text


def test_unnamed_armed_men_said_to_have_crossed_from_a_country_or_to_be_its_nationals(matcher: ActorMatcher) -> None:
    # "assailants, believed to have crossed the border from Mali, attacked a village" (in Burkina Faso), "gunmen
    # (believed to be Nigerians)": that country's unidentified armed group; not a word that is no demonym
    on = date(2019, 10, 12)
    for text, want in (("About 8 unidentified assailants, believed to have crossed the border from Mali, attacked "
                        "the village", "Unidentified Armed Group (Mali)"),
                       ("unknown gunmen (believed to be Nigerians) killed one person", "Unidentified Armed Group (Nigeria)"),
                       ("gunmen who crossed from Niger looted the market", "Unidentified Armed Group (Niger)"),
                       ("unknown gunmen (believed to be Islamists) killed one person", "Unidentified Armed Group (Burkina Faso)")):
        assert matcher.find(text, country_hint="BF", on=on)[0].actor == want, text



def test_a_generic_side_read_again_in_the_events_country() -> None:
    m = ActorMatcher.default()
    on = date(2023, 5, 2)
    text = "Soldiers fired on villagers. Malian soldiers then burned the market."
    soldiers, villagers, malian = m.find(text, country_hint="BE", on=on)
    assert m.in_country(text, soldiers, "BF", on=on).actor == "Military Forces of Burkina Faso (2022-)"
    assert m.in_country(text, villagers, "BF", on=on).actor == "Civilians (Burkina Faso)"
    assert m.in_country(text, malian, "BF", on=on) == malian  # (named by its country)
    text = "The Malian army entered the village; the soldiers burned houses."
    army, again = m.find(text, country_hint="ML", on=on)
    assert m.in_country(text, again, "BF", on=on) == again  # (those forces, named before)


def test_a_demonym_before_aircraft_drones_or_force_names_the_forces(matcher: ActorMatcher) -> None:
    # "Nigerien aircraft bombed", "a French drone struck", "an airstrike by the Nigerien force": that country's
    # military, as "Nigerien warplanes" already was
    on = date(2019, 6, 7)
    assert [m.actor for m in matcher.find("Nigerien aircraft bombed positions near Bosso", on=on)] == [
        "Military Forces of Niger (2011-2021)"]
    assert [m.actor for m in matcher.find("a French drone struck a vehicle", on=on)] == ["Military Forces of France (2017-)"]
    assert [m.actor for m in matcher.find("an airstrike by the Nigerien force hit herders", on=on)][:1] == [
        "Military Forces of Niger (2011-2021)"]
    assert [m.actor for m in matcher.find("Burkinabe and French aircraft struck", on=on)] == [
        "Military Forces of Burkina Faso (2015-2022)", "Military Forces of France (2017-)"]


def test_a_customs_post_or_officer_is_the_police(matcher: ActorMatcher) -> None:
    # customs are a state force ACLED files under the police: their posts and a single officer name them too
    on = date(2020, 8, 1)
    for text in ("militants attacked the customs station in Koury", "gunmen attacked a customs post near Pama",
                 "gunmen killed a customs officer near the border"):
        (_, m) = matcher.find(text, country_hint="BF", on=on)
        assert (m.actor, m.inter) == ("Police Forces of Burkina Faso (2015-2022)", 1), text


def test_the_macina_liberation_front_by_its_short_name(matcher: ActorMatcher) -> None:
    on = date(2016, 7, 19)
    assert [m.actor for m in matcher.find("The Macina Front claimed responsibility", country_hint="ML", on=on)] == [
        "Katiba Macina"]


def test_members_of_a_group_named_bare_in_a_sentence_before_are_its_men(matcher: ActorMatcher) -> None:
    # "Boko Haram attacked ... The offensive left 15 militants dead": the group's men, not an unidentified group
    on = date(2019, 6, 25)
    text = "After JNIM attacked the post in Boulkessi, the army launched an offensive. It left ten militants dead."
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=on)][-1] == \
        "JNIM: Group for Support of Islam and Muslims"
    # not men named by a word for anyone armed, nor the other side of the same sentence
    text = "GATIA attacked the camp near Menaka. Three gunmen were killed."
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=on)][-1] == "Unidentified Armed Group (Mali)"
    text = "MNLA clashed with militants near Kidal."
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=on)][-1] == "Unidentified Armed Group (Mali)"


def test_a_mission_acronym_with_one_slip_of_the_keyboard(matcher: ActorMatcher) -> None:
    # written for the project: a long mission acronym with a letter added, dropped or two swapped is the mission
    on = date(2019, 3, 1)
    mission = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)"
    for text in ("Gunmen fired on a MINUMSMA convoy near Kidal", "An IED hit a MINSUMA vehicle near Tessalit",
                 "The MINUSA camp in Aguelhok was shelled"):
        assert [m.actor for m in matcher.find(text, country_hint="ML", on=on)][-1] == mission, text
    # not one letter replaced ("MINUSCA" is the mission in the Central African Republic), nor a short acronym
    assert [m.actor for m in matcher.find("The MINUSCA camp in Bangui was shelled", country_hint="ML", on=on)] == [
        "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic "
        "(2014-)"]
    assert [m.actor for m in matcher.find("The ECOWAS summit opened", country_hint="ML", on=on)] == [
        "ECOWAS: Economic Community Of West African States"]
    assert matcher.find("UNICEF said the school was closed", country_hint="ML", on=on) == []


def test_unnamed_islamists_of_northern_mali_2012_are_ansar_dine(matcher: ActorMatcher) -> None:
    # the men who held northern Mali from April 2012 to the French offensive, told only as "Islamists": Ansar Dine,
    # as ACLED codes them; a group the text names keeps its name, and other years and countries the generic name
    text = "Islamist fighters whipped a couple in the main square of the town."
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=date(2012, 8, 20))] == ["Ansar Dine"]
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=date(2016, 8, 20))] == \
        ["Islamist Militia (Mali)"]
    assert [m.actor for m in matcher.find(text, country_hint="NE", on=date(2012, 8, 20))] == \
        ["Islamist Militia (Niger)"]
    assert [m.actor for m in matcher.find("MUJAO Islamists whipped a couple in the square.", country_hint="ML",
                                          on=date(2012, 8, 20))] == ["MUJAO: Movement for Unity and Jihad in West Africa"]


def test_unnamed_rebels_of_a_one_movement_rebellion_are_that_movement(matcher: ActorMatcher) -> None:
    # "rebels" in a country and months where one movement waged the rebellion (Mali, January to June 2012: the
    # MNLA; Niger, 2007-09: the MNJ) are that movement, as ACLED codes them; other times an unidentified group
    text = "Rebels overran an army post in the north after a day of fighting."
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=date(2012, 2, 10))][0] == \
        "MNLA: National Movement for the Liberation of Azawad"
    assert [m.actor for m in matcher.find(text, country_hint="NE", on=date(2008, 6, 1))][0] == \
        "MNJ: Nigerien Movement for Justice"
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=date(2019, 2, 10))][0] == \
        "Unidentified Armed Group (Mali)"
    assert [m.actor for m in matcher.find(text, country_hint="NE", on=date(2012, 2, 10))][0] == \
        "Unidentified Armed Group (Niger)"


def test_a_party_union_or_university_only_one_country_has_tells_the_country(matcher: ActorMatcher) -> None:
    # a text that places its event nowhere but names a body only one country's news names is about that country,
    # as a text naming its president is; a common word or another country's body is no clue
    on = date(2016, 3, 1)
    assert matcher.leader_country("Hundreds of MODEN supporters marched to demand new elections.", on)[0] == "NE"
    assert matcher.leader_country("Students of Abdou Moumouni University boycotted classes.", on)[0] == "NE"
    assert matcher.leader_country("SYNTSHA health workers began a 72-hour strike.", on)[0] == "BF"
    assert matcher.leader_country("ADEMA activists held a rally against the new constitution.", on)[0] == "ML"
    assert matcher.leader_country("SONABEL workers blocked the road to demand unpaid bonuses.", on)[0] == "BF"
    assert matcher.leader_country("Miners of SOMAIR went on strike over layoffs.", on)[0] == "NE"
    # Burkina Faso's state broadcaster by its acronym, and General Bassole by his surname alone, in a text that tells
    # Burkina Faso otherwise; alone they are no clue ("RTB" is Brunei's broadcaster too, Bassole a Darfur mediator)
    assert matcher.leader_country("Burkinabe journalists at RTB began a 48-hour strike over pay.", on)[0] == "BF"
    assert matcher.leader_country("SYNTSHA and RTB workers began a 48-hour strike.", on)[0] == "BF"
    assert matcher.leader_country("Journalists at RTB began a 48-hour strike over unpaid allowances.", on) is None
    assert matcher.leader_country("Rebels met the joint mediator Bassole to discuss a ceasefire.", on) is None
    assert matcher.leader_country("Protesters called for the release of Djibril Bassole.", on)[0] == "BF"
    assert matcher.leader_country("President Tanja dissolved parliament.", date(2009, 6, 1))[0] == "NE"
    assert matcher.leader_country("Workers marched against the cost of living.", on) is None
    # written for the project: Burkina Faso's unions and sugar company, and Bamako's Gabriel Toure hospital
    assert matcher.leader_country("SYNAFI members held a sit-in at the finance ministry.", on)[0] == "BF"
    assert matcher.leader_country("Workers of SN-SOSUCO stopped work over unpaid bonuses.", on)[0] == "BF"
    assert matcher.leader_country("Nurses at the Gabriel Toure hospital held a sit-in.", on)[0] == "ML"


def test_a_description_names_a_group_only_once_it_exists(matcher: ActorMatcher) -> None:
    # written for the project: "al-Qaeda-linked" names JNIM from its founding (March 2017) on; before it, the words
    # name neither JNIM nor al-Qaeda itself, and the fighters stay an unnamed armed group
    text = "al-Qaeda-linked militants ambushed a patrol near the river"
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=date(2019, 4, 2))] == [JNIM]
    assert [m.actor for m in matcher.find(text, country_hint="ML", on=date(2015, 4, 2))] == [
        "Unidentified Armed Group (Mali)"]
    assert [m.actor for m in matcher.find("JNIM fighters ambushed a patrol", country_hint="ML",
                                          on=date(2019, 4, 2))] == [JNIM]


def test_a_people_named_in_the_plural_gives_its_country(matcher: ActorMatcher) -> None:
    # written for the project: "two Dogons", "Djermas" name the people as "Dogon" and "Djerma" do
    assert matcher.peoples_countries("Gunmen opened fire on two Dogons near the well.") == {"ML"}
    assert matcher.peoples_countries("Djermas and Tuaregs clashed over a field.") == {"NE"}
    assert matcher.peoples_countries("Dogon hunters crossed the river.") == {"ML"}
    assert matcher.peoples_countries("The doges of Venice held the city.") == frozenset()


def test_kounta_and_dendi_are_peoples(matcher: ActorMatcher) -> None:
    # written for the project: the Kounta (an Arab people of northern Mali) and the Dendi (of the Niger valley)
    # field militias ACLED names after them
    on = date(2019, 3, 4)
    assert [m.actor for m in matcher.find("Kounta militiamen clashed with herders near the well", country_hint="ML",
                                          on=on)][0] == "Kounta Ethnic Militia (Mali)"
    assert matcher.peoples_countries("Kounta fighters held the wadi.") == {"ML"}
    assert "Dendi Ethnic Militia (Niger)" in [m.actor for m in matcher.find(
        "Dendi militiamen attacked a camp near the river", country_hint="NE", on=on)]


def test_the_macina_front_named_in_english_word_order(matcher: ActorMatcher) -> None:
    # written for the project: "Front for the Liberation of Macina" is the Macina Liberation Front (Katiba Macina)
    on = date(2016, 5, 4)
    for text in ("Fighters of the Front for the Liberation of Macina burned the school.",
                 "The Liberation Front of Massina claimed the raid."):
        assert [m.actor for m in matcher.find(text, country_hint="ML", on=on)] == ["Katiba Macina"], text


def test_islamic_fundamentalists_are_islamists(matcher: ActorMatcher) -> None:
    # written for the project: "Islamic fundamentalists" name the generic Islamist militants "Islamic extremists" do
    on = date(1998, 3, 4)
    got = [m.actor for m in matcher.find("Islamic fundamentalists attacked a bar", country_hint="NE", on=on)]
    want = [m.actor for m in matcher.find("Islamic extremists attacked a bar", country_hint="NE", on=on)]
    assert got == want and got


def test_an_islamist_group_and_its_members_are_islamists(matcher: ActorMatcher) -> None:
    # written for the project: "Islamist" before a group's or its members' noun names the generic Islamist militants
    # as "Islamist militants" does, in the singular too
    on = date(2016, 5, 4)
    for text in ("An armed Islamist group burned the school.", "An Islamist fighter shot the guard.",
                 "Islamist assailants looted the shop.", "Islamist elements stopped the bus.",
                 "A suspected Islamist militant threw a grenade.", "Islamist militiamen whipped a man."):
        assert [m.actor for m in matcher.find(text, country_hint="ML", on=on)] == ["Islamist Militia (Mali)"], text
    # not "Islamist" alone, an adjective of other nouns
    assert matcher.find("An Islamist party won the vote.", country_hint="ML", on=on) == []


def test_a_demonym_joined_before_a_named_force_and_its_noun_is_that_countrys_army(matcher: ActorMatcher) -> None:
    # written for the project: "Nigerien and MNJTF forces" are Niger's army and the task force, as "Nigerien and
    # Chadian forces" are two armies
    on = date(2020, 5, 4)
    got = [m.actor for m in matcher.find("Nigerien and MNJTF forces shelled the island.", country_hint="NE", on=on)]
    assert got == ["Military Forces of Niger (2011-2021)", "MNJTF: Multinational Joint Task Force"], got
    # not without the forces' noun: "Nigerien and MNJTF officials met"
    got = [m.actor for m in matcher.find("Nigerien and MNJTF officials met in Diffa.", country_hint="NE", on=on)]
    assert got == ["MNJTF: Multinational Joint Task Force"], got


def test_iswap_greater_sahara_in_parentheses_is_the_greater_sahara_group(matcher: ActorMatcher) -> None:
    # written for the project: "ISWAP (Greater Sahara)" names the Greater Sahara group, as "ISWAP-Greater Sahara" does
    on = date(2020, 2, 8)
    got = [m.actor for m in matcher.find("ISWAP (Greater Sahara) fighters raided the camp.", country_hint="ML", on=on)]
    assert got == ["Islamic State (Greater Sahara)"], got
    got = [m.actor for m in matcher.find("ISWAP fighters raided the camp.", country_hint="NE", on=on)]
    assert got == ["Islamic State (West Africa)"], got


def test_peoples_and_clans_of_one_country_outside_the_sahel(matcher: ActorMatcher) -> None:
    # written for the project: a people or a clan that lives in one country tells the text's country
    assert matcher.peoples_countries("Fellata herders clashed with farmers near the wadi.") == {"SD"}
    assert matcher.peoples_countries("Nande traders were attacked on the road.") == {"CD"}
    assert matcher.peoples_countries("Gunmen from a Habar Gidir sub-clan shot a man.") == {"SO"}
    assert matcher.peoples_countries("Residents, largely Xhosa, blocked the road.") == {"ZA"}


def test_al_qaeda_named_bare_in_the_sahel_is_its_maghreb_branch(matcher: ActorMatcher) -> None:
    # written for the project: a Sahel text's "al-Qaeda" is AQIM's men, elsewhere al-Qaeda itself
    on = date(2012, 6, 10)
    assert [m.actor for m in matcher.find("Al-Qaeda fighters seized an arms depot near Gao", country_hint="ML",
                                          on=on)] == ["AQIM: Al Qaeda in the Islamic Maghreb"]
    assert [m.actor for m in matcher.find("Al-Qaeda fighters seized an arms depot near Aden", country_hint="YE",
                                          on=on)] == ["Al Qaeda"]


def test_a_name_another_countrys_group_goes_by_there_widens_the_area(matcher: ActorMatcher) -> None:
    # written for the project: plain "Dozo militiamen" are Mali's by default, but Burkina Faso's Dozo go by the same
    # name there: a text naming no country may be in either
    mentions = matcher.find("Dozo militiamen attacked a herders' camp.", country_hint=None, on=date(2020, 2, 1))
    assert {"ML", "BF"} <= matcher.area(mentions), matcher.area(mentions)


def test_a_contingents_country_is_not_the_missions_host(matcher: ActorMatcher) -> None:
    on = date(2019, 3, 1)
    mission = MINUSMA + " (2013-2020)"
    # the contributor's country, told before or after the noun, leaves the mission named ("Chadian", "from Togo")
    # (the noun is several missions': the one whose host the text names)
    found = matcher.find("two Chadian UN peacekeepers were killed by a mine in northern Mali", country_hint="TD", on=on)
    assert [m.actor for m in found] == [mission]
    found = matcher.find("a bomb hit a UN vehicle carrying peacekeepers from Togo near Gao, Mali", country_hint="TG",
                         on=on)
    assert mission in [m.actor for m in found] and "UN: United Nations" not in [m.actor for m in found]
    found = matcher.find("Senegalese blue helmets repelled the attack on their Malian camp", on=on)
    assert [m.actor for m in found] == [mission]
    # no host named: no mission guessed among the several whose noun it is
    found = matcher.find("two Chadian UN peacekeepers were killed by a mine", country_hint="TD", on=on)
    assert mission not in [m.actor for m in found]
    # no contingent told, or another host: unchanged
    found = matcher.find("a bomb hit a UN vehicle on the road", country_hint="TD", on=on)
    assert "UN: United Nations" in [m.actor for m in found]
    found = matcher.find("Rwandan peacekeepers were attacked", country_hint="SS", on=on)
    assert mission not in [m.actor for m in found]


def test_period_boundaries_as_acled_names_them(matcher: ActorMatcher) -> None:
    # Mali's forces of the 2012 crisis are "(2012-2013)" from February 2012 (ACLED's rows: mid-January 2012 still
    # "(2002-2012)", early February already "(2012-2013)", before the March coup), France's "(2017-)" from the
    # May 2017 election day
    assert matcher.role_actor("military", "ML", on=date(2012, 1, 18)) == ("Military Forces of Mali (2002-2012)", 1)
    assert matcher.role_actor("military", "ML", on=date(2012, 2, 3)) == ("Military Forces of Mali (2012-2013)", 1)
    assert matcher.role_actor("military", "FR", on=date(2017, 5, 6)) == ("Military Forces of France (2012-2017)", 1)
    assert matcher.role_actor("military", "FR", on=date(2017, 5, 7)) == ("Military Forces of France (2017-)", 1)
def test_east_and_central_african_forces_and_groups_by_their_acled_names(matcher: ActorMatcher) -> None:
    # written for the project: the forces' own names with ACLED's periods, and the groups ACLED names in the region
    on = date(2016, 3, 2)
    cases = {
        "FARDC soldiers were ambushed": "Military Forces of Democratic Republic of Congo (2001-2019)",
        "UPDF troops arrived": "Military Forces of Uganda (1986-)",
        "KDF troops withdrew": "Military Forces of Kenya (2013-2022)",
        "SPLA soldiers looted the market": "Military Forces of South Sudan (2011-)",
        "SPLA-IO fighters attacked the town": "SPLA/M-In Opposition: Sudanese People's Liberation Army/Movement-In "
                                              "Opposition",
        "NISS agents arrested a student": "Police Forces of Sudan (1989-2019) National Intelligence and Security "
                                          "Services",
        "AMISOM/KDF forces vacated the base": "AMISOM: African Union Mission in Somalia (2007-) (Kenya)",
        "Puntland forces clashed with gunmen": "Military Forces of Puntland (1998-)",
        "LRA rebels kidnapped ten people": "LRA: Lord's Resistance Army",
        "Ex-Seleka fighters attacked a convoy": "Séléka Militia",
        "MONUSCO peacekeepers patrolled": "MONUSCO: United Nations Organization Stabilization Mission in Democratic "
                                          "Republic of Congo (2010-)",
    }
    for text, want in cases.items():
        assert [m.actor for m in matcher.find(text, on=on)][0] == want, text
    # an African army so named is at home, even outside the region the user follows; a demonym's army is abroad
    sna = matcher.find("SNA forces clashed with gunmen.", on=on)
    assert matcher.home_country(sna, focus=frozenset({"ML", "NE", "BF"})) == "SO"
    assert matcher.own_forces(sna) == frozenset({"SO"})
    assert matcher.own_forces(matcher.find("Somali soldiers clashed with gunmen.", on=on)) == frozenset()
    # a bare acronym other armies share ("SNA", Syria's National Army too; "SAF", Singapore's) is that army only
    # where the text is about its country (the hint the pipeline passes)
    assert not [m for m in matcher.find("SNA fighters backed by Turkey shelled Kurdish positions near Afrin.", on=on)
                if m.country_code == "SO"]
    assert not [m for m in matcher.find("SAF soldiers held an exercise in Singapore.", on=on) if m.country_code == "SD"]
    assert "Military Forces of Somalia (2012-2017)" in [
        m.actor for m in matcher.find("SNA fighters clashed with al-Shabaab.", on=on, country_hint="SO")]




def test_iswa_is_somalias_interim_south_west_administration_in_somalia(matcher: ActorMatcher) -> None:
    # written for the project: "ISWA" is Somalia's Interim South West Administration where the text is about
    # Somalia (ACLED codes its forces as the Somali military), the Islamic State's West Africa Province elsewhere;
    # the administration's forces named in full are the Somali military anywhere
    on = date(2016, 3, 1)
    assert matcher.find("ISWA forces clashed with gunmen.", country_hint="SO", on=on)[0].actor == \
        "Military Forces of Somalia (2012-2017)"
    assert matcher.find("ISWA fighters attacked the base.", country_hint="NG", on=on)[0].actor == \
        "Islamic State (West Africa)"
    assert [m.actor for m in matcher.find("Militants clashed with South-West Administration militia.", on=on)
            if m.inter == 1] == ["Military Forces of Somalia (2012-2017)"]


def test_nigerias_and_ethiopias_own_bodies_and_areas_tell_the_country(matcher: ActorMatcher) -> None:
    # written for the project: a note whose towns the gazetteer lacks names a union, movement, university or zone
    # only Nigeria's or Ethiopia's news names (not a university: the dictionary keeps national bodies, movements and zones)
    on = date(2016, 3, 1)
    assert matcher.leader_country("The NLC and its allies marched against the new power tariff.", on)[0] == "NG"
    assert matcher.leader_country("IPOB supporters demanded the release of their leader.", on)[0] == "NG"
    assert matcher.leader_country("Farmers protested in a village of West Hararghe against the plan.", on)[0] == "ET"
    # (not a university's name: too narrow for the dictionary)
    assert (matcher.leader_country("Students of Ambo University boycotted classes.", on) or ("",))[0] != "ET"


def test_libyas_national_army_and_somalias_clans_tell_their_country(matcher: ActorMatcher) -> None:
    # written for the project: ACLED's 2016 exports code the Libyan National Army as Libya's military; a Somali
    # clan's name, a Libyan or Burundian leader's, tells the country where no known place does
    on = date(2016, 3, 1)
    assert matcher.find("LNA forces shelled the positions of the militants.", on=on)[0].actor == \
        "Military Forces of Libya (2014-)"
    assert matcher.leader_country("Gunmen hailing from the Dhulbahante clan shot a driver.", on)[0] == "SO"
    assert matcher.leader_country("Supporters of Serraj marched in the capital.", on)[0] == "LY"
    assert matcher.leader_country("Gunmen attacked a CNDD-FDD office.", on)[0] == "BI"


def test_parties_regional_forces_and_groups_outside_the_sahel(matcher: ActorMatcher) -> None:
    # written for the project: a party is an actor where its people act as a group ("ZANU-PF youths"); its bare
    # name beside a person ("an ANC councillor", "wearing ZANU-PF shirts") names no side
    on = date(2016, 4, 2)
    cases = {
        "ZANU-PF youths beat up a vendor": "ZANU-PF: Zimbabwe African National Union-Patriotic Front",
        "supporters of the EFF threw stones": "EFF: Economic Freedom Fighters",
        "PDP thugs attacked a polling unit": "PDP: People's Democratic Party",
        "Puntland police arrested three traders": "Police Forces of Puntland (1998-)",
        "Galmudug forces retook the village": "Galmudug Administration Militia",
        "ISWA police manned the checkpoint": "Police Forces of Somalia (2012-2017)",
        "Sinai Province militants fired on a checkpoint": "State of Sinai",
        "Egyptian police dispersed the crowd": "Police Forces of Egypt (2014-)",
        "South African police fired rubber bullets": "Police Forces of South Africa (1994-)",
        "Zimbabwean police detained a journalist": "Police Forces of Zimbabwe (1987-2017)",
    }
    for text, want in cases.items():
        assert [m.actor for m in matcher.find(text, on=on)][0] == want, text
    assert not [m for m in matcher.find("An ANC councillor was beaten by residents.", on=on) if m.inter == 3]
    assert not [m for m in matcher.find("He was attacked for wearing ZANU-PF shirts.", on=on) if m.inter == 3]
    # "Ansar" alone is Libya's Ansar al-Sharia only where the text is about Libya
    assert [m.actor for m in matcher.find("Jets struck Ansar positions.", country_hint="LY", on=on)] == [
        "Ansar al-Sharia"]
    assert matcher.find("Jets struck Ansar positions.", country_hint="ML", on=on) == []
    # the names the 2016 export gave actors the dictionary names otherwise
    assert matcher.renamed_in_export("Imbonerakure", "CNDD-FDD-Imbonerakure: National Council for the Defence of "
                                                     "Democracy (Imbonerakure Faction)")
    assert matcher.renamed_in_export("Islamic State", "ISIL: Islamic State of Iraq and Levant")


def test_a_name_joined_before_a_groups_name_and_noun_is_the_other_group(matcher: ActorMatcher) -> None:
    # written for the project: "A and B supporters" are both parties' people, though "A" alone names no side
    on = date(2016, 4, 2)
    got = [m.actor for m in matcher.find("Two died in fighting between ANC and EFF members in the township.", on=on)]
    assert got == ["ANC: African National Congress", "EFF: Economic Freedom Fighters"]
    # (a place joined before names no group: "Nembe supporters" is no alias)
    assert [m.actor for m in matcher.find("Gunmen attacked Nembe and APC supporters fled.", on=on)][-1:] == [
        "APC: All Progressives Congress"]
    # peoples of Sudan, Congo and Kenya name their militias
    assert [m.actor for m in matcher.find("Salamat militiamen clashed with Fellata militiamen.", country_hint="SD",
                                                   on=on)] == [
        "Salamat Ethnic Militia (Sudan)", "Fellata Ethnic Militia (Sudan)"]


def test_a_name_joined_before_a_groups_name_after_capitalised_words(matcher: ActorMatcher) -> None:
    # written for the project: the name is the last of the capitalised words before "and" ("The PDP and APC
    # youths", "On Monday ZANU-PF and MDC-T members"), not all of them
    on = date(2016, 4, 2)
    got = [m.actor for m in matcher.find("The PDP and APC youths fought in the market.", on=on)]
    assert got == ["PDP: People's Democratic Party", "APC: All Progressives Congress"]


def test_state_periods_before_the_present_heads_of_state(matcher: ActorMatcher) -> None:
    # written for the project: an event of 2013 in Egypt or of 2010 in Tunisia is named by its own period, not by
    # the first one the dictionary lists
    assert matcher.find("Egyptian police dispersed the crowd", on=date(2013, 3, 1))[0].actor == \
        "Police Forces of Egypt (2012-2013)"
    assert matcher.find("Tunisian police dispersed the crowd", on=date(2010, 12, 20))[0].actor == \
        "Police Forces of Tunisia (1987-2011)"


def test_aqims_full_name_in_its_transliterations(matcher: ActorMatcher) -> None:
    # "al-Qaidah" / "al-Qaida" spellings of AQIM's full name name AQIM, as "al-Qaeda" does
    on = date(2012, 1, 24)
    for text in ("soldiers killed two militants of Al-Qaidah in the Lands of the Islamic Maghreb near Kidal",
                 "soldiers killed two militants of al-Qaida in the Lands of the Islamic Maghreb near Kidal",
                 "soldiers killed two militants of Al-Qaeda in the Lands of the Islamic Maghreb near Kidal"):
        assert "AQIM: Al Qaeda in the Islamic Maghreb" in [m.actor for m in matcher.find(text, country_hint="ML", on=on)], text


# the armed groups and missions of the Central African Republic, Mozambique, Somalia after AMISOM, Abyei, Tigray and
# Cameroon's Anglophone regions, by the names the press uses (ACLED's names, with their periods)
NEW_ENTRIES: list[tuple[str, str | None, date | None, list[tuple[str, int]]]] = [
    ("Fighters of the 3R rebel group attacked the village", "CF", date(2024, 5, 4),
     [("3R: Return, Reclamation, Rehabilitation", 2)]),
    ("CPC rebels attacked an army post in Bossangoa", "CF", date(2024, 5, 4),
     [("CPC: Coalition of Patriots for Change", 2), ("Military Forces of Central African Republic (2013-)", 1)]),
    ("UPC fighters clashed with the FPRC near Bria", "CF", date(2019, 5, 4),
     [("UPC: Union for Peace in the Central African Republic", 2),
      ("FPRC: Popular Front for the Renaissance of the Central African Republic", 2)]),
    ("Insurgents linked to the Islamic State beheaded four civilians", "MZ", date(2024, 5, 4),
     [("Islamic State (Mozambique)", 2)]),
    ("Insurgents linked to the Islamic State beheaded four civilians", "MZ", date(2020, 5, 4),
     [("Islamic State (Central Africa)", 2)]),
    ("Al-Shabaab fighters attacked an AUSSOM base near Baidoa", "SO", date(2025, 6, 2),
     [("Al Shabaab", 2), ("AUSSOM: African Union Support and Stabilization Mission in Somalia (2025-)", 8)]),
    ("ATMIS troops withdrew from the base", "SO", date(2023, 6, 2),
     [("ATMIS: African Union Transition Mission in Somalia (2022-)", 8)]),
    ("UNISFA peacekeepers patrolled the market", "SS", date(2023, 6, 2),
     [("UNISFA: United Nations Interim Security Force for Abyei (2011-)", 8)]),
    ("Tigrayan forces clashed with federal troops", "ET", date(2021, 6, 2),
     [("TPLF: Tigray People's Liberation Front", 2), ("Military Forces of Ethiopia (2018-)", 1)]),
    ("Anglophone separatist fighters killed two gendarmes", "CM", date(2021, 6, 2),
     [("Ambazonian Separatists", 2), ("Military Forces of Cameroon (1982-) Gendarmerie", 1)]),
    ("Separatists killed two gendarmes", "CM", date(2021, 6, 2),
     [("Ambazonian Separatists", 2), ("Military Forces of Cameroon (1982-) Gendarmerie", 1)]),
    ("Separatists killed two gendarmes", "ES", date(2021, 6, 2), [("Police Forces of Spain", 1)]),  # (not beyond Cameroon)
    # (the Tigrayan forces' names only in Ethiopia and Eritrea: "TDF" elsewhere is no Tigrayan force)
    ("The TDF said its troops killed 30 militants near Kidal", "ML", date(2021, 6, 2),
     [("Military Forces of Mali (2021-)", 1), ("Unidentified Armed Group (Mali)", 3)]),
]


@pytest.mark.parametrize(("sentence", "hint", "on", "expected"), NEW_ENTRIES,
                         ids=[f"{i:02d}" for i in range(len(NEW_ENTRIES))])
def test_entries_beyond_the_sahel(matcher: ActorMatcher, sentence: str, hint: str | None, on: date | None,
                                  expected: list[tuple[str, int]]) -> None:
    assert [(m.actor, m.inter) for m in matcher.find(sentence, country_hint=hint, on=on)
            if m.inter != 7] == expected


def test_a_peoples_gunmen_told_by_their_tribe_are_the_peoples_militia(matcher: ActorMatcher) -> None:
    # (act63) armed men of a people told with their tribe or faction: ACLED names the people's militia
    on = date(2020, 8, 20)
    for text in ("Gunmen from the Tuareg Kel-Ouli tribe shot dead two herders near Gossi on Sunday.",
                 "Presumed Tuareg gunmen from the Kel Ansar tribe abducted a trader near Gossi, residents said."):
        found = matcher.find(text, country_hint="ML", on=on)
        assert found[0].actor == "Tuareg Ethnic Militia (Mali)", (text, found)
        assert not any("Kel" in m.actor for m in found), (text, found)
    # the tribe's own militiamen, told with no people before them, stay the tribe's
    (m,) = matcher.find("Kel Ansar militiamen attacked a checkpoint near Ber.", country_hint="ML", on=on)
    assert m.actor == "Kel Ansar Ethnic Militia (Mali)"
    # a group's or a region's name after the people is no tribe ("Gunmen from the Amhara Fano militia")
    assert not any(m.actor.startswith("Amhara") for m in matcher.find(
        "Gunmen from the Amhara Fano militia attacked the town.", country_hint="ET", on=on))


def test_customs_officers_in_mali_are_its_police_forces(matcher: ActorMatcher) -> None:
    # (act63) ACLED's Mali rows name customs officers "Police Forces of Mali", with no unit
    (m,) = matcher.find("Customs officers seized a cache of rifles aboard a bus near Koro.", country_hint="ML",
                        on=date(2019, 6, 29))
    assert m.actor == "Police Forces of Mali (2013-2020)"


def test_the_maa_faction_the_text_names_is_acleds_maa_of_that_side(matcher: ActorMatcher) -> None:
    # (act63) from 2017 ACLED names the Arab Movement of the Azawad by the side its faction took: the Platform's or
    # the CMA's; the faction the text names is that one, and the bare name stays the movement's
    on = date(2020, 8, 2)
    (m,) = matcher.find("MAA (Platform) fighters attacked a Tourmouz position near Lerneb.", country_hint="ML", on=on)
    assert m.actor == "MAA: Arab Movement of the Azawad (Platform)"
    (m,) = matcher.find("Gunmen shot at a MAA-CMA officer in Ber, the movement said.", country_hint="ML", on=on)[1:]
    assert m.actor == "MAA: Arab Movement of the Azawad (CMA)"
    (m,) = matcher.find("The MAA said it would join the talks.", country_hint="ML", on=on)
    assert m.actor == "MAA: Arab Movement of the Azawad"
    # before ACLED told the factions apart, the movement's one name
    (m,) = matcher.find("MAA (Platform) fighters attacked a position near Lerneb.", country_hint="ML",
                        on=date(2014, 8, 2))
    assert m.actor == "MAA: Arab Movement of the Azawad"


def test_a_coups_own_day_is_the_outgoing_periods(matcher: ActorMatcher) -> None:
    # (act63) ACLED names the forces of a coup's own day by the period that was ending (the Sahel rows of 9 April 1999
    # in Niger, 31 October 2014 in Burkina Faso, 18 August 2020 in Mali); the new period from the next day
    assert matcher.role_actor("mutiny", "NE", on=date(1999, 4, 9)) == ("Mutiny of Military Forces of Niger (1996-1999)", 1)
    assert matcher.role_actor("military", "NE", on=date(1999, 4, 10)) == ("Military Forces of Niger (1999-2010)", 1)
    assert matcher.role_actor("military", "ML", on=date(2020, 8, 18)) == ("Military Forces of Mali (2013-2020)", 1)
    assert matcher.role_actor("military", "ML", on=date(2020, 8, 19)) == ("Military Forces of Mali (2020-2021)", 1)
    assert matcher.role_actor("military", "BF", on=date(2014, 10, 31)) == ("Military Forces of Burkina Faso (1987-2014)", 1)
