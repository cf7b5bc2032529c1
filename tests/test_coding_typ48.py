"""Event types and sub-types (typ48), on sentences written for the tests."""

from __future__ import annotations

from sitrep.pipeline import Pipeline

from test_coding import code
from test_coding_typ47 import PUBLISHED, _types, pipe  # noqa: F401  (the same pipeline fixture and helper)


def test_a_plural_doer_that_gains_control_of_a_town_overtakes_it(pipe: Pipeline) -> None:
    assert _types(pipe, "On Monday, the rebels gain control of Kona after heavy fighting with Malian troops.") == \
        [("Battles", "Non-state actor overtakes territory")]
    # (an aim is no takeover)
    assert _types(pipe, "On Monday, the rebels attacked Kona, trying to gain control of the town, and clashed with "
                        "Malian troops.") == [("Battles", "Armed clash")]


def test_a_town_taken_after_the_fight_told_first_is_the_takeover(pipe: Pipeline) -> None:
    # the fight in one sentence, the place taken in the next: one happening, its territory taken
    assert _types(pipe, "GAO, March 16 (AFP) - Rebels and pro-government militiamen clashed in Bourem on Monday, "
                        "leaving seven dead, local sources said. The rebels then took control of the town.") == \
        [("Battles", "Non-state actor overtakes territory")]
    # (a takeover denied is none: "no sign the militants occupied the town")
    assert _types(pipe, "Militants and Malian soldiers clashed near Kona on Monday. The troops withdrew to Mopti, "
                        "but there was no sign the militants occupied the town.") == [("Battles", "Armed clash")]
    # (the army "regaining control" after an attack often tells the attack repelled: the fight stays)
    assert _types(pipe, "Jihadists attacked the army camp in Kona on Monday, killing four soldiers. The army later "
                        "regained control of the situation.") == [("Battles", "Armed clash")]


def _sides(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in code(pipe, text, PUBLISHED)]


def test_a_town_taken_after_the_fight_goes_to_the_side_that_took_it(pipe: Pipeline) -> None:
    # the non-state side named as the taker overtakes it, the forces its other side (review: credited to the forces)
    for text, taker in (("Malian soldiers clashed with JNIM militants near Boulkessi on Sunday. The jihadists took "
                         "control of the military camp.", "JNIM"),
                        ("Government forces clashed with M23 rebels near Walikale on Tuesday. The rebels have taken "
                         "control of the town.", "M23"),
                        ("The army and RSF clashed near Babanusa on Monday. The RSF says it has taken control of the "
                         "city.", "RSF"),
                        ("Somali troops and al-Shabaab fighters clashed in Mahas on Monday. Al-Shabaab fighters seized "
                         "control of the town after the troops withdrew.", "Al Shabaab")):
        (sub, a1, a2), = _sides(pipe, text)
        assert sub == "Non-state actor overtakes territory" and a1.startswith(taker) and a2.startswith("Military"), \
            text
    # the forces named as the taker take it back
    (sub, a1, _), = _sides(pipe, "Malian soldiers clashed with JNIM militants near Boulkessi on Sunday. The soldiers "
                                 "took control of the militants' base.")
    assert sub == "Government regains territory" and a1.startswith("Military Forces of Mali")
    # a control claimed, or told as a state, is no takeover: the clash stays
    for text in ("The army and RSF clashed near Babanusa on Monday. The RSF claims control over most of West Kordofan.",
                 "The army and RSF clashed near Babanusa on Monday. The town is now under the control of the RSF."):
        assert [s for s, _, _ in _sides(pipe, text)] == ["Armed clash"], text


def test_a_town_taken_and_lost_again_is_the_fight(pipe: Pipeline) -> None:
    for text in ("On Monday, jihadists attacked Kona and took control of the town before being chased away by the "
                 "army.",
                 "On Monday, jihadists attacked the town of Kona. They took control of part of the town before "
                 "being driven out by Malian troops."):
        assert _types(pipe, text) == [("Battles", "Armed clash")], text


def test_a_crowd_that_beat_someone_it_held_guilty_is_a_mob(pipe: Pipeline) -> None:
    # popular justice, even where gendarmes then stepped in
    assert _types(pipe, "On Sunday, women in Kaya assaulted a trader suspected of theft with sticks and stones near "
                        "the gendarmerie. Gendarmes intervened.") == [("Riots", "Mob violence")]
    assert _types(pipe, "KAYA, March 16 (Reuters) - Angry residents beat up a man accused of stealing a motorbike "
                        "on Monday before police arrived and fired tear gas, witnesses said.") == \
        [("Riots", "Mob violence")]
    # (a crowd angry over a suspect it did not strike, facing police: its violent demonstration)
    assert _types(pipe, "On Monday, youths in Kaya burned tyres and barricaded the road to denounce the release of "
                        "a man suspected of murder. Police fired tear gas.") == \
        [("Riots", "Violent demonstration")]


def test_a_party_office_attacked_by_activists_is_their_riot(pipe: Pipeline) -> None:
    evs = code(pipe, "On Monday, the headquarters of an opposition party in Ouagadougou was attacked by activists "
                     "of the ruling party, who ransacked the office and injured two party members.", PUBLISHED)
    assert [e.event_type for e in evs] == ["Riots"]
    # (armed men called activists stay armed)
    assert _types(pipe, "On Monday, two soldiers were attacked by armed activists of a separatist movement near "
                        "Kidal.") == [("Battles", "Armed clash")]


def test_a_release_won_by_talks_is_an_agreement_not_a_new_abduction(pipe: Pipeline) -> None:
    for text in ("BAMAKO, March 16 (Reuters) - Mali's government negotiated the release of three hostages held by "
                 "JNIM in the Kidal region, the presidency said on Tuesday.",
                 "On Monday, four hostages held by gunmen near Gao were released after negotiations, local officials "
                 "said."):
        assert _types(pipe, text) == [("Strategic developments", "Agreement")], text
    # (the takers named beside the released hostages are the side that let them go)
    evs = code(pipe, "On Monday, four hostages held by JNIM near Kidal were released after negotiations, the "
                     "presidency said.", PUBLISHED)
    assert [e.actor1 for e in evs] == ["JNIM: Group for Support of Islam and Muslims"]
    # (a taking told as such stays the abduction)
    assert _types(pipe, "On Monday, gunmen kidnapped five traders near Gao, a local official said.") == \
        [("Violence against civilians", "Abduction/forced disappearance")]
    # (a fresh taking told by its doer before a release stays the abduction; review: only the agreement was left)
    for text in ("Gunmen abducted 12 passengers on the Abuja-Kaduna highway, Nigeria, on Monday; two were released "
                 "after negotiations with the families.",
                 "Gunmen kidnapped three aid workers in Ansongo, Mali, on Monday, the NGO said, adding that it had "
                 "negotiated the release of two others kidnapped in March."):
        assert ("Violence against civilians", "Abduction/forced disappearance") in _types(pipe, text), text


def test_a_negotiated_release_is_of_hostages_not_of_people_the_law_held(pipe: Pipeline) -> None:
    # (review: an agreement with the police; an agreement with the community leaders who talked)
    assert _types(pipe, "His lawyer negotiated the release of the businessman from police custody in Houston, Texas, "
                        "on Monday.") == []
    assert _types(pipe, "Bandits kidnapped 20 villagers in Zamfara, Nigeria, on Monday. Community leaders later "
                        "negotiated the release of five of them.") == \
        [("Violence against civilians", "Abduction/forced disappearance")]
    # (hostages swapped for prisoners are still hostages freed)
    assert _types(pipe, "BAMAKO, March 16 (Reuters) - The government negotiated the release of opposition leader "
                        "Soumaila Cisse and three foreign hostages in exchange for 200 detainees held in Malian "
                        "prisons, officials said on Tuesday.") == [("Strategic developments", "Agreement")]
    # (captives held by an armed group are hostages)
    assert _types(pipe, "Mediators brokered the freedom of the captives held by Boko Haram in Borno, Nigeria, on "
                        "Monday.") == [("Strategic developments", "Agreement")]


def test_vehicles_destroyed_with_fighters_in_them_are_a_battle(pipe: Pipeline) -> None:
    assert _types(pipe, "PARIS, March 16 (AFP) - French forces destroyed two pick-ups carrying jihadist fighters near "
                        "Menaka on Monday, the army said.") == [("Battles", "Armed clash")]
    # (property alone stays property)
    assert _types(pipe, "On Monday, militants destroyed two trucks carrying food near Menaka.") == \
        [("Strategic developments", "Looting/property destruction")]


def test_planters_who_fought_the_soldiers_were_in_a_battle(pipe: Pipeline) -> None:
    assert _types(pipe, "On Monday, soldiers killed four militants who were in the process of planting an IED near "
                        "Koro, after an exchange of gunfire.") == [("Battles", "Armed clash")]
    # (a bomb that went off in its planters' hands stays a disrupted weapons use)
    assert _types(pipe, "On Monday, two militants were killed near Koro when the bomb they were planting exploded.") \
        == [("Strategic developments", "Disrupted weapons use")]


def test_strikers_who_raided_or_fought_riot(pipe: Pipeline) -> None:
    for text in ("On Monday, prison guards on strike raided the residence of the justice minister in Ouagadougou, "
                 "witnesses said.",
                 "KAYA, March 16 (AFP) - Pupils on strike in Kaya got into a fight with a teacher on Monday, the "
                 "regional education office said."):
        assert _types(pipe, text) == [("Riots", "Violent demonstration")], text
    # (strikers struck by others did not riot; a bare stoppage stays a strategic development)
    assert _types(pipe, "On Monday, striking teachers marched in Kaya; some strikers were beaten by police.") == \
        [("Protests", "Protest with intervention")]
    assert _types(pipe, "On Monday, teachers in Kaya began a 72-hour strike, the union said.") == \
        [("Strategic developments", "Other")]


def test_a_grenade_told_by_its_blast_and_a_missile_by_who_fired_it(pipe: Pipeline) -> None:
    for text in ("On Monday, two people were killed and one wounded by the explosion of a grenade at the market "
                 "in Koro.",
                 "KORO, March 16 (AFP) - A hand grenade exploded at a bus station in Koro on Monday, wounding three "
                 "people, police said."):
        assert _types(pipe, text) == [("Explosions/Remote violence", "Grenade")], text
    assert _types(pipe, "On Monday, two civilians were killed by a missile fired by the army in Diffa.") == \
        [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    # (grenades seized are weapons disrupted, not a blast)
    assert _types(pipe, "On Monday, soldiers seized two grenades and a rifle in Koro.") == \
        [("Strategic developments", "Disrupted weapons use")]


def test_an_operation_to_free_hostages_is_the_forces_battle_with_the_captors(pipe: Pipeline) -> None:
    evs = code(pipe, "NIAMEY, March 16 (Reuters) - Nigerien troops conducted a military operation near Diffa on "
                     "Monday to free three civilians who had been abducted by Boko Haram militants last month, the "
                     "army said.", PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Battles", "Armed clash")]
    assert evs[0].actor2 is not None and "Boko Haram" in evs[0].actor2
    # (the abduction told first stays the abduction)
    assert _types(pipe, "On Monday, Boko Haram militants abducted three civilians near Diffa, and the army launched "
                        "an operation to free them.") == [("Violence against civilians", "Abduction/forced disappearance")]


def test_a_vehicle_with_armed_men_destroyed_is_an_attack_on_them_unless_a_device_did_it(pipe: Pipeline) -> None:
    # the men in the vehicle were attacked: the forces' fight with the militants
    assert _types(pipe, "Malian troops destroyed two vehicles carrying JNIM fighters near Boni on Friday, killing six "
                        "militants.") == [("Battles", "Armed clash")]
    # a mine, an IED or a bomb that destroyed it is the device's blast (review: an attack on civilians, a clash)
    for text in ("A landmine destroyed a vehicle carrying soldiers near Boni, Mali, on Friday, killing three of them.",
                 "An IED struck and destroyed a truck transporting troops near Boni, Mali, on Friday, killing two "
                 "soldiers.",
                 "A roadside bomb destroyed a vehicle carrying soldiers near Boni, Mali, on Friday, killing two of "
                 "them."):
        (sub, a1, a2), = _sides(pipe, text)
        assert sub == "Remote explosive/landmine/IED" and a2.startswith("Military Forces of Mali"), text
