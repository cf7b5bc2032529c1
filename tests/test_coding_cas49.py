"""Tolls (cas49), on sentences written for the tests."""

from __future__ import annotations

from sitrep.pipeline import Pipeline
from sitrep.text.quotes import unquote_scare_verbs

from test_coding import code, pipe  # noqa: F401  (the same pipeline fixture)


def _dead(pipe: Pipeline, text: str) -> int:
    return sum(e.fatalities or 0 for e in code(pipe, text))


def test_a_scare_quoted_verb_is_still_the_deed_told(pipe: Pipeline) -> None:
    # the deed told: an event (a quoted "neutralised" counts no dead, the source's word that may hide men captured)
    evs = code(pipe, 'OUAGADOUGOU, Burkina Faso (AFP) - The army said on Tuesday it had "neutralised" about 40 '
                     'jihadists near Djibo over the weekend, a claim that could not be checked on the ground.')
    assert [(e.event_type, e.fatalities) for e in evs] == [("Battles", 0)], evs
    assert _dead(pipe, "Army spokesmen said on Tuesday that 12 fighters were ‘eliminated’ by troops near Djibo, "
                       "Burkina Faso, on Sunday.") == 12


def test_unquoting_keeps_the_length_and_leaves_names_and_quotes() -> None:
    text = 'Troops had "neutralised" 40 men. The "Islamic State" group said: "We killed them."'
    out, origin = unquote_scare_verbs(text)
    assert len(out) == len(text) == len(origin)
    assert "had neutralised 40" in out and out.endswith("  ")
    assert text[origin[out.index("neutralised")]:].startswith("neutralised")
    assert text[origin[out.index("40")]:].startswith("40")
    assert '"Islamic State"' in out and '"We killed them."' in out
    # (an apostrophe on one side only is no pair of quotes)
    assert unquote_scare_verbs("the fighters' 'armed' men")[0] == "the fighters' 'armed' men"


def test_a_trailing_after_clause_with_its_own_day_tells_the_attack_answered(pipe: Pipeline) -> None:
    # the operation's dead only: the attack it answered, on a day of its own, is another happening
    assert _dead(pipe, "OUAGADOUGOU, Burkina Faso (Reuters) - The army said on Monday it had killed about 100 "
                       "militants in an operation near Djibo over the weekend, after jihadists killed 15 soldiers "
                       "near Arbinda on Thursday.") == 100
    # (the doer's own earlier deed told by a pronoun is one happening: both tolls)
    assert _dead(pipe, "On Monday, soldiers near Djibo, Burkina Faso, shot dead two gunmen after they killed three "
                       "villagers on Monday morning.") == 5
    # (with no day of its own, the clause may tell the same fight: both tolls kept)
    assert _dead(pipe, "On Monday, soldiers killed four militants near Djibo, Burkina Faso, after the militants "
                       "killed two soldiers in an ambush.") == 6
    # (a participle tells the doers' own deed)
    assert _dead(pipe, "On Monday, gunmen stormed a market near Djibo, Burkina Faso, after killing three guards "
                       "on Monday morning.") == 3
