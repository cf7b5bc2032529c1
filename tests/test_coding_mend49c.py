"""Mends of typ49/cas48 rules (mend49c), on sentences written for the tests."""

from __future__ import annotations

from sitrep.pipeline import Pipeline

from test_coding import code
from test_coding_typ47 import PUBLISHED, _types, pipe  # noqa: F401  (the same pipeline fixture and helper)
from test_coding_cas48 import _dead


def test_an_operation_or_raid_that_took_suspects_is_no_fight(pipe: Pipeline) -> None:
    # police's operation, armed men told only as a suspicion or as none, a displaced people's camp: no battle
    for text in ("French police carried out an anti-terror operation in Marseille on Tuesday, arresting three "
                 "suspected jihadists.",
                 "Spanish police conducted an operation in Barcelona and arrested four people suspected of "
                 "recruiting jihadists for the Islamic State.",
                 "Police carried out an operation in Nairobi's Eastleigh district, arresting 40 undocumented "
                 "migrants, and said no terrorists were found.",
                 "Soldiers raided a camp for displaced people in Maiduguri and arrested ten men suspected of being "
                 "Boko Haram militants."):
        assert [t for t in _types(pipe, text) if t[0] in ("Battles", "Violence against civilians")] == [], text
    assert _types(pipe, "Soldiers raided a camp for displaced people in Maiduguri and arrested ten men suspected of "
                        "being Boko Haram militants.") == [("Strategic developments", "Arrests")]
    # (the army's operation that took militants, and a raid on a militant camp, stay the fight)
    assert _types(pipe, "Barkhane forces carried out an operation in Menaka on Tuesday, arresting several suspected "
                        "militants.") == [("Battles", "Armed clash")]
    assert _types(pipe, "Malian soldiers raided an ISGS camp near Menaka on Monday, four militants were "
                        "arrested.") == [("Battles", "Armed clash")]
    (ev,) = code(pipe, "Malian army units carried out a joint operation with Burkinabe units called 'Kapidgou' in the "
                       "Gakou forest near Koro, Mali, on Sunday, leaving 12 militants killed and three arrested.",
                 PUBLISHED)
    assert ev.event_type == "Battles" and (ev.actor1 or "").startswith("Military Forces of Mali")


def test_others_violence_a_crowd_reports_keeps_its_protest_peaceful(pipe: Pipeline) -> None:
    # a crowd noun followed by a passive, a saying or another doer: the violence is not the crowd's
    for text in ("Hundreds of residents protested peacefully in Bamenda on Monday; locals said soldiers attacked the "
                 "market on Sunday.",
                 "Residents protested in Kidal on Monday after artisanal miners were attacked by gunmen at a gold site.",
                 "Hundreds of workers protested in Lagos and said that workers were attacked by thugs last month."):
        assert _types(pipe, text) == [("Protests", "Peaceful protest")], text
    # (the crowd told again by another noun that burned or ransacked stays the riot)
    for text in ("On Monday, the villagers of Sia staged a march against insecurity; locals also burned the house of "
                 "the gendarme.",
                 "Striking miners protested in Essakane on Monday and ransacked the office of the mine."):
        assert _types(pipe, text) == [("Riots", "Violent demonstration")], text


def test_one_of_the_missing_found_dead_is_one_dead(pipe: Pipeline) -> None:
    # a part of the missing found dead after "and": that part only
    assert _dead(pipe, "Gunmen attacked fishermen on Lake Chad near Baga on Sunday. Six fishermen went missing and one "
                       "was found dead on Monday.") == 1
    assert _dead(pipe, "Gunmen attacked fishermen near Kidal, Mali, on Sunday. Six fishermen went missing and three "
                       "of them were found dead on Monday.") == 3
    # (the missing told as the dead found stay the dead)
    assert _dead(pipe, "Gunmen attacked a village near Kidal, Mali, on Monday, residents said. Two herders who had "
                       "gone missing during the attack were found dead near the village.") == 2


def test_an_armed_man_who_was_also_an_armed_role_stays_the_armed_side(pipe: Pipeline) -> None:
    # "who was also" with no civilian post after it: the group's man, the battle's other side
    (ev,) = code(pipe, "Nigerian troops killed a Boko Haram commander who was also the group's chief bomb maker near "
                       "Bama on Sunday.", PUBLISHED)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor2 is not None and "Boko Haram" in ev.actor2
    # (a civilian post after it stays the civilian struck)
    (ev,) = code(pipe, "On Sunday, suspected jihadists killed a Koglweogo chief (who also was an elected councilman) "
                       "near Djibo, Burkina Faso.", PUBLISHED)
    assert (ev.actor2 or "").startswith("Civilians")


def test_an_assassination_its_target_survived_kills_no_one(pipe: Pipeline) -> None:
    assert _dead(pipe, "An assassination was carried out against the mayor of Djibo on Sunday, but he survived.") == 0
    # (one told done with no one living through it stays one dead)
    assert _dead(pipe, "On Monday, an assassination was carried out near Djibo, Burkina Faso. Ansaroul Islam claimed "
                       "responsibility.") == 1
