"""The keyword gate: the literal openings read from a regex, and a gate that never skips a pattern that matches."""

from __future__ import annotations

import re

import pytest

from sitrep.coding.events import TRIGGERS, _CASE_FREE, _GATE
from sitrep.text.prefilter import KeywordGate, literal_needles, literal_prefixes


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:attack(?:s|ed)?|ambush)\b", {"attack", "ambush"}),
    (r"\b(?:(?<!\bthe )(?:wounded|injured))", {"wounded", "injured"}),
    (r"\bset fire to\b", {"set fire to"}),
    (r"\b(?:kill(?:ed)?|[a-z]+ed)\b", None),  # an alternative opens with a character class
    (r"\b(?:ab|abduct)\b", None),  # two letters say too little
    (r"\b(?:x+ray)", None),  # a repeat: only "x" is certain
    (r"(?:raid)+s?", {"raid"}),
    (r"\b(?i:March)", None),  # a case-insensitive group cannot be compared literally
])
def test_literal_prefixes(pattern: str, expected: set[str] | None) -> None:
    assert literal_prefixes(pattern) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:\d+|two) (?:[\w-]+ ){0,3}?(?:were|had been) found dead", {" found dead"}),
    (r"\b(?:x+ray)", {"ray"}),
    (r"\bset\b(?! off) fire", {"set fire"}),  # zero-width items do not break a run
    (r"(?:burned|torched) (?:\w+ )?(?:tyres|tires)", {"burned", "torched"}),
    (r"(?:[a-z]+ed|ab) x", None),
])
def test_literal_needles(pattern: str, expected: set[str] | None) -> None:
    assert literal_needles(pattern) == expected


def test_gate_lets_through_what_can_match() -> None:
    gate = KeywordGate({"a": re.compile(r"\b(?:ambush|clash)"), "b": re.compile(r"\bstrike"), "c": None,
                        "d": re.compile(r"[a-z]+ed")})
    assert gate.candidates("gunmen ambushed a patrol") == {"a", "c", "d"}
    assert gate.candidates("a quiet day") == {"c", "d"}
    assert gate.gated(["a", "b", "c", "d"]) == 2


@pytest.mark.parametrize("sentence", [
    "Gunmen ambushed a patrol near Ayorou on Sunday, killing 12 soldiers.",
    "An air strike hit a militant camp; dozens of fighters were wounded.",
    "Protesters burned tires and barricaded the main road in Tera.",
    "The two countries signed a security agreement in Niamey.",
    "A man was shot in the leg and taken to hospital.",
    "Nothing happened in the capital today, officials said.",
    "Three civilians were found dead, their hands tied, near Djibo.",
    "Supporters marched to the governor's office; the army took over the town of Kidal.",
    "The group pledged allegiance to the Islamic State; gunmen besieged the village.",
])
def test_the_coder_gate_never_hides_a_trigger(sentence: str) -> None:
    low = sentence.lower()
    may = _GATE.candidates(low)
    for t in TRIGGERS:
        assert t.name not in _GATE.always
        p = _CASE_FREE[t.name] or t.pattern
        subject = low if _CASE_FREE[t.name] is not None else sentence
        if p.search(subject):
            assert t.name in may, t.name
