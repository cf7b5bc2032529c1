"""A headline's figure and the body's figure of the same dead, one of them told loosely (w1), on texts written for
the tests."""

from __future__ import annotations

from sitrep.pipeline import Pipeline

from test_coding import code, pipe  # noqa: F401  (the same pipeline fixture)


def _dead(pipe: Pipeline, text: str) -> int:
    return sum(e.fatalities or 0 for e in code(pipe, text))


def test_a_vague_body_count_yields_to_the_headlines_exact_figure(pipe: Pipeline) -> None:
    # the body's "several" is the headline's nine told loosely, not three more dead
    assert _dead(pipe, "Bandits kill 9 in Katsina\n\nArmed bandits attacked a village in Katsina state on Sunday, "
                       "killing several people, residents said.") == 9
    assert _dead(pipe, "Gunmen kill 14 villagers in central Mali\n\nBAMAKO (Reuters) - Gunmen on motorbikes raided "
                       "a village near Bankass on Saturday and killed dozens of residents, a local official said.") == 14


def test_an_exact_body_figure_wins_over_a_vague_headline(pipe: Pipeline) -> None:
    # "dozens" in the headline are the body's 35, told in the lead or in a later sentence
    for body in ("Suspected jihadists attacked an army base in Borno state on Sunday, killing at least 35 soldiers, "
                 "officials said.",
                 "Suspected jihadists attacked an army base in Borno state on Sunday. At least 35 soldiers were "
                 "killed, officials said."):
        assert _dead(pipe, "Dozens killed in attack on army base in Nigeria\n\n" + body) == 35, body


def test_loose_and_exact_figures_of_two_sides_both_count(pipe: Pipeline) -> None:
    # the headline's soldiers and the body's civilians are different dead: nine and several (3)
    assert _dead(pipe, "Jihadists kill 9 soldiers in Borno\n\nSuspected jihadists stormed an army base in Borno state "
                       "on Sunday and killed nine soldiers. Several civilians were also killed in the crossfire, "
                       "residents said.") == 12
    # a first sentence with its stop is no headline: its figure and the next sentence's are read as before
    assert _dead(pipe, "Bandits killed 9 herders in Katsina state on Sunday. In a separate attack in Zamfara state on "
                       "Monday, gunmen killed several civilians.") >= 9
