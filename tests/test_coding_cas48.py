"""Tolls (cas48), on sentences written for the tests."""

from __future__ import annotations

from sitrep.pipeline import Pipeline

from test_coding import code, pipe  # noqa: F401  (the same pipeline fixture)


def _dead(pipe: Pipeline, text: str) -> int:
    return sum(e.fatalities or 0 for e in code(pipe, text))


def test_a_long_passive_chain_or_a_joined_one_does_not_part_a_figure_from_its_verb(pipe: Pipeline) -> None:
    # what the people went through before the verb, and one more of another noun joined on
    assert _dead(pipe, "On Monday, gunmen entered a mosque in Djibo, Burkina Faso; three Koglweogo and a village "
                       "councillor were identified, taken away, and executed.") == 4
    assert _dead(pipe, "DJIBO, Burkina Faso (Reuters) - Four traders were stopped, tied up, beaten and then shot "
                       "dead by gunmen on the road to Djibo on Monday, a security source said.") == 4
    # (a figure with a verb of its own keeps it)
    assert _dead(pipe, "On Monday, three soldiers were wounded and two civilians were executed by gunmen near "
                       "Djibo, Burkina Faso.") == 2


def test_a_relative_clause_between_a_figure_and_its_verb(pipe: Pipeline) -> None:
    assert _dead(pipe, "Gunmen attacked a camp near Kidal, Mali, on Monday. Two herders who had tried to flee on foot "
                       "towards the river were found dead near the camp.") == 2
    # (a relative clause of killing tells the dead, not the figure: the killers arrested are not dead)
    assert _dead(pipe, "On Monday, police in Gao, Mali, said two men who had killed a soldier near the town were "
                       "arrested.") == 1
    # the missing found dead in the same clause
    assert _dead(pipe, "Gunmen attacked a village near Kidal, Mali, on Monday, residents said. Two herders who had "
                       "gone missing during the attack were found dead near the village.") == 2
    assert _dead(pipe, "Gunmen attacked a village near Kidal, Mali, on Monday, residents said. Two herders went "
                       "missing during the attack.") == 0


def test_one_of_his_men_after_a_named_victim_set_off_by_his_title(pipe: Pipeline) -> None:
    assert _dead(pipe, "GAO, Mali (AFP) - Gunmen shot dead Moussa Diallo, a local councillor, and one of his "
                       "bodyguards near Gao on Monday, officials said.") == 2
    # (a relative only wounded is no more dead)
    assert _dead(pipe, "Gunmen shot dead Moussa Diallo, a local councillor, near Gao, Mali, on Monday, and his "
                       "driver was wounded.") == 1


def test_a_later_figure_of_the_same_taking_is_another_account(pipe: Pipeline) -> None:
    evs = code(pipe, "KADUNA, Nigeria (Reuters) - Gunmen abducted at least 45 people in a village in Kaduna State on "
                     "Thursday, residents said. A police spokesman said 30 people had been abducted.")
    assert sum(e.abducted or 0 for e in evs) == 45, evs
    # (more people taken elsewhere are more)
    evs = code(pipe, "Gunmen abducted 20 people in a village in Kaduna State, Nigeria, on Thursday. Another 15 people "
                     "were abducted in a nearby hamlet.")
    assert sum(e.abducted or 0 for e in evs) == 35, evs


def test_the_occupants_robbed_of_their_belongings_then_killed(pipe: Pipeline) -> None:
    assert _dead(pipe, "On Monday, gunmen stopped a vehicle carrying five traders near Menaka, Mali; the occupants "
                       "were stripped of their belongings and executed.") == 5
    assert _dead(pipe, "On Monday, gunmen stopped a vehicle carrying five traders near Menaka, Mali; the occupants "
                       "were stripped of their belongings and released.") == 0


def test_a_share_per_place_is_the_toll_split_not_more_dead(pipe: Pipeline) -> None:
    assert _dead(pipe, "OUAGADOUGOU (AFP) - Jihadists attacked the army headquarters and the embassy on Friday. "
                       "Eight assailants were killed, four at each location, the government said.") == 8
    # (a figure of its own, not a share, counts: "two people at each village" with no toll before it stands)
    assert _dead(pipe, "On Monday, gunmen killed two people in each village they raided near Djibo, Burkina "
                       "Faso.") == 2


def test_members_of_the_forces_are_the_state_s_dead_beside_the_attackers(pipe: Pipeline) -> None:
    # the same figure of the attackers and of the forces' members: two tolls, not one told again
    assert _dead(pipe, "OUAGADOUGOU (AFP) - Jihadists attacked the army headquarters on Friday. Eight assailants "
                       "were killed. According to official sources, eight members of the defence and security forces "
                       "were also confirmed killed.") == 16


def test_an_assassination_told_with_no_victim_named_is_one_dead(pipe: Pipeline) -> None:
    assert _dead(pipe, "On Monday, an assassination was carried out near Djibo, Burkina Faso. Ansaroul Islam claimed "
                       "responsibility.") == 1
    # (an attempt kills no one)
    assert _dead(pipe, "On Monday, an assassination attempt was foiled near Djibo, Burkina Faso, police said.") == 0


def test_a_part_told_of_which_is_no_noun_complement(pipe: Pipeline) -> None:
    # "one of which also was a juvenile" describes one of the hurt, it is no more hurt
    evs = code(pipe, "A man was killed and three others were injured in a shooting on Saturday night, police said. "
                     "The other three victims, one of which also was a juvenile, sustained injuries to their limbs.")
    assert sum(e.wounded or 0 for e in evs) == 3, evs
