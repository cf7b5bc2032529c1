"""Event types and sub-types (typ49), on sentences written for the tests."""

from __future__ import annotations

from sitrep.pipeline import Pipeline

from test_coding import code
from test_coding_typ47 import PUBLISHED, _types, pipe  # noqa: F401  (the same pipeline fixture and helper)


def test_forces_that_raid_an_armed_groups_camp_and_take_its_men_fight_it(pipe: Pipeline) -> None:
    # a raid on a militant camp, militants arrested: ACLED's armed clash, not an arrest
    assert _types(pipe, "On Tuesday, French troops raided a jihadist camp near Menaka and arrested five militants, "
                        "the army said.") == [("Battles", "Armed clash")]
    # an operation on militants that took some of them, no one killed
    assert _types(pipe, "GAO, Mali (Reuters) - Malian soldiers carried out an operation near Ansongo on Sunday, "
                        "capturing three suspected jihadists and seizing motorbikes, an army spokesman said.") == \
        [("Battles", "Armed clash")]
    # a militant base dismantled and some of its men captured
    assert _types(pipe, "On Monday, the army dismantled a militant base in the forest of Serma, two militants were "
                        "captured.") == [("Battles", "Armed clash")]
    # (a raid on hideouts with no armed group told stays an arrest; a search that took suspected criminals too)
    assert _types(pipe, "On Monday, soldiers raided the hideouts at Tin-Hama near Gao and arrested three men.") == \
        [("Strategic developments", "Arrests")]
    assert [t for t in _types(pipe, "On Friday, the gendarmerie carried out a security operation in Fada N'Gourma "
                                    "and arrested 15 suspected criminals.") if t[0] == "Battles"] == []
    # (a base dismantled, goods seized, no one taken: no fight)
    assert [t for t in _types(pipe, "On Monday, the gendarmerie dismantled a suspected militant base near Kaya and "
                                    "seized motorbikes.") if t[0] == "Battles"] == []


def test_an_armed_groups_man_told_as_a_civilian_too_is_a_civilian_struck(pipe: Pipeline) -> None:
    # a militia member who also holds a civilian post, or one told off duty after his noun: violence against a civilian
    for text in ("KAYA, Burkina Faso (AP) - Suspected jihadists shot dead a Koglweogo leader, who was also a local "
                 "councillor, at his home in Kaya on Sunday, officials said.",
                 "On Monday, gunmen killed a Dozo militiaman who also is a trader in the market of Sia, Burkina Faso.",
                 "On Monday, gunmen shot dead a Dozo chief (presumed off-duty) in Sia, Burkina Faso."):
        (ev,) = code(pipe, text, PUBLISHED)
        assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack"), text
        assert (ev.actor2 or "").startswith("Civilians"), text
    # (militiamen struck with no such words stay a side: a battle)
    (ev,) = code(pipe, "On Monday, gunmen killed two Dozo militiamen near Sia, Burkina Faso.", PUBLISHED)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


def test_a_demonstrating_crowd_named_by_another_noun_that_burned_is_violent(pipe: Pipeline) -> None:
    # the crowd of a march told again as "locals", "merchants", "workers": its burning makes the demonstration violent
    assert _types(pipe, "On Monday, hundreds of residents marched in Tcheriba, Burkina Faso, to denounce the killing "
                        "of a miner by a gendarme; locals also burned the gendarme's house.") == \
        [("Riots", "Violent demonstration")]
    assert _types(pipe, "BAMAKO (Reuters) - Merchants protested in Kayes on Monday against new market taxes, and some "
                        "merchants set fire to the town hall, witnesses said.") == [("Riots", "Violent demonstration")]
    # (a march whose people were not the doers stays peaceful)
    assert _types(pipe, "On Monday, hundreds of merchants marched peacefully in Kayes, Mali, against new market "
                        "taxes.") == [("Protests", "Peaceful protest")]
