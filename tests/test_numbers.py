"""Numbers in words and digits: values, qualifiers, ranges, currency, counted nouns, figures, speed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sitrep.model import NumberMention, Sentence
from sitrep.text.numbers import VAGUE_VALUES, figures_from_numbers, find_numbers, singular

SEED_000 = "000_be5b76f68810c7aa.txt"
SEED_004 = "004_0b404599d40a8b73.txt"


def _check_offsets(text: str, found: list[NumberMention]) -> None:
    last = 0
    for n in found:
        assert text[n.start : n.end] == n.text
        assert n.start >= last, "mentions overlap or are not sorted"
        last = n.end
        if n.counted is not None:
            assert n.counted_start >= n.end
            assert singular(text[n.counted_start : n.counted_end].split()[-1]) == n.counted.split()[-1]
        else:
            assert n.counted_start == n.counted_end == -1


# (text, phrase as written, value, qualifier, unit, counted)
CASES: list[tuple[str, str, float, str | None, str | None, str | None]] = [
    ("Officials said 23 soldiers died.", "23", 23, None, None, "soldier"),
    ("It sent 1,000 US soldiers there.", "1,000", 1000, None, None, "soldier"),
    ("A grant of 1.5 million was paid.", "1.5 million", 1_500_000, None, None, None),
    ("They built a $100 million airstrip.", "$100 million", 100e6, None, "USD", None),
    ("A US$2 billion loan was signed.", "US$2 billion", 2e9, None, "USD", None),
    ("The EU pledged €5m in aid.", "€5m", 5e6, None, "EUR", None),
    ("It cost 94 million euros.", "94 million euros", 94e6, None, "EUR", None),
    ("It cost 5 million dollars.", "5 million dollars", 5e6, None, "USD", None),
    ("Some 30,000 refugees crossed.", "Some 30,000", 30_000, "about", None, "refugee"),
    ("twenty-three villagers were taken", "twenty-three", 23, None, None, "villager"),
    ("one hundred and fifty gunmen attacked", "one hundred and fifty", 150, None, None, "gunman"),
    ("a hundred people gathered", "a hundred", 100, None, None, "people"),
    ("a thousand protesters marched", "a thousand", 1000, None, None, "protester"),
    ("two dozen soldiers deserted", "two dozen", 24, None, None, "soldier"),
    ("a dozen police officers were hurt", "a dozen", 12, None, None, "police officer"),
    ("Fifty children were freed.", "Fifty", 50, None, None, "child"),
    ("some 30 fighters surrendered", "some 30", 30, "about", None, "fighter"),
    ("at least 20 people died", "at least 20", 20, "at least", None, "people"),
    ("up to 50 militants", "up to 50", 50, "up to", None, "militant"),
    ("around 1,000 military personnel", "around 1,000", 1000, "about", None, "personnel"),
    ("roughly 400 troops", "roughly 400", 400, "about", None, "troop"),
    ("approximately 12 attackers", "approximately 12", 12, "about", None, "attacker"),
    ("nearly 1,000 civilians fled", "nearly 1,000", 1000, "nearly", None, "civilian"),
    ("almost 40 villagers", "almost 40", 40, "nearly", None, "villager"),
    ("more than one hundred terrorists armed with rifles", "more than one hundred", 100, "more than", None,
     "terrorist"),
    ("over 200 extremists", "over 200", 200, "more than", None, "extremist"),
    ("30 of the attacking extremists were killed", "30", 30, None, None, "extremist"),
    ("one of the attackers escaped", "one", 1, None, None, "attacker"),
    ("100 military trainers arrived", "100", 100, None, None, "trainer"),
    ("a 1,000-strong force", "1,000-strong", 1000, None, None, "force"),
    ("50 or more people", "50 or more", 50, "at least", None, "people"),
    ("20% of the people", "20%", 20, None, "%", None),
    ("17 were wounded", "17", 17, None, None, None),
    ("the gunmen killed 9 in Borno", "9", 9, None, None, None),
    ("One official described it", "One", 1, None, None, "official"),
    ("two of the city's hospitals", "two", 2, None, None, "hospital"),
    ("the police shot 18 fatally", "18", 18, None, None, None),
    ("5 km away", "5", 5, None, None, "km"),
    ("10 Ansaroul Islam (JNIM) militants were killed", "10", 10, None, None, "militant"),  # (a bracketed abbreviation)
    # (cas14) names joined by "and/or", "and", "or" modify the one noun after them
    ("two suspected JNIM and/or ISGS militants were killed", "two", 2, None, None, "militant"),
    ("killed five French and Malian soldiers", "five", 5, None, None, "soldier"),
]


@pytest.mark.parametrize(("text", "phrase", "value", "qualifier", "unit", "counted"), CASES)
def test_number_cases(
    text: str, phrase: str, value: float, qualifier: str | None, unit: str | None, counted: str | None
) -> None:
    found = find_numbers(text)
    _check_offsets(text, found)
    assert [n.text for n in found] == [phrase]
    n = found[0]
    assert n.value == pytest.approx(value)
    assert n.qualifier == qualifier
    assert n.unit == unit
    assert n.counted == counted
    assert not n.vague


# (text, phrase, value, counted): vague quantities carry conventional values and vague=True
VAGUE: list[tuple[str, str, float, str | None]] = [
    ("dozens of civilians", "dozens", 12, "civilian"),
    ("scores of people", "scores", 20, "people"),
    ("hundreds of children", "hundreds", 100, "child"),
    ("thousands fled", "thousands", 1000, None),
    ("tens of thousands of people", "tens of thousands", 10_000, "people"),
    ("several militants", "several", 3, "militant"),
    ("a few attackers", "a few", 3, "attacker"),
    ("a handful of women", "a handful", 3, "woman"),
    ("a couple of gunmen", "a couple", 2, "gunman"),
    ("a few dozen soldiers", "a few dozen", 36, "soldier"),
    ("several hundred refugees", "several hundred", 300, "refugee"),
    ("killed an unspecified number of militants", "an unspecified number", 3, "militant"),
    ("an unknown number of soldiers", "an unknown number", 3, "soldier"),
    ("tens were reportedly killed", "tens", 10, None),
]


@pytest.mark.parametrize(("text", "phrase", "value", "counted"), VAGUE)
def test_vague_quantities(text: str, phrase: str, value: float, counted: str | None) -> None:
    found = find_numbers(text)
    _check_offsets(text, found)
    assert [(n.text, n.value, n.counted, n.vague) for n in found] == [(phrase, value, counted, True)]


def test_vague_table_is_acled_like() -> None:
    assert VAGUE_VALUES["dozens"] == 12
    assert VAGUE_VALUES["hundreds"] == 100
    assert VAGUE_VALUES["several"] == VAGUE_VALUES["a few"] == 3


# (text, phrase, value, low, high, qualifier)
BOUNDS: list[tuple[str, str, float, float | None, float | None, str | None]] = [
    ("more than one hundred fighters", "more than one hundred", 100, 101, None, "more than"),
    ("at least 20 people", "at least 20", 20, 20, None, "at least"),
    ("up to 50 people", "up to 50", 50, None, 50, "up to"),
    ("fewer than 10 people", "fewer than 10", 10, None, 9, "fewer than"),
    ("between 20 and 30 soldiers", "between 20 and 30", 20, 20, 30, "between"),
    ("between twenty and thirty soldiers", "between twenty and thirty", 20, 20, 30, "between"),
    ("20 to 30 civilians", "20 to 30", 20, 20, 30, "between"),
    ("20-30 civilians", "20-30", 20, 20, 30, "between"),
    ("20–30 civilians", "20–30", 20, 20, 30, "between"),
    ("two or three gunmen", "two or three", 2, 2, 3, "between"),
    ("a $10-15 million deal", "$10-15 million", 10e6, 10e6, 15e6, "between"),
    ("about 1,000 troops", "about 1,000", 1000, None, None, "about"),
    ("more than a dozen soldiers", "more than a dozen", 12, 13, None, "more than"),
]


@pytest.mark.parametrize(("text", "phrase", "value", "low", "high", "qualifier"), BOUNDS)
def test_qualifiers_and_ranges(
    text: str, phrase: str, value: float, low: float | None, high: float | None, qualifier: str | None
) -> None:
    found = find_numbers(text)
    _check_offsets(text, found)
    assert len(found) == 1
    n = found[0]
    assert (n.text, n.value, n.low, n.high, n.qualifier) == (phrase, value, low, high, qualifier)


NOT_COUNTS = [
    "It happened in 2012.",
    "Militants have been active there since 2017.",
    "after the July 2023 coup",
    "a 2012 agreement with the United States",
    "between 2012 and 2017",
    "the 2023 elections",
    "On March 16 the army moved.",
    "on 16 March",
    "for the third time",
    "the 1st battalion",
    "at 10:21 on Friday",
    "at 10 a.m. local time",
    "declared Col. Maj. Amadou Abdramane",
    "call +227 20 72 26 61 for help",
    "call 555-123-4567 now",
    "in the 1990s",
    "a 30-year-old man",
    "COVID-19 spread",
    "MQ-9 drones",
    "no one was hurt",
    "two-thirds of the town",
    "a 3-1 win",
    "UN Resolution 2719 says so",
    "see https://example.org/2024/03/16/story-123",
    "dated 16/03/2024",
    "dated 2024-03-16",
    "a couple who lived there",
    "a 5km walk",
    "a two-day visit",
    "G5 Sahel",
    "in the 600 block of Main Street",
    "call 1-888-555-1234",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("the 2000 soldiers deployed", "2000"),
        ("more than 2000 people", "more than 2000"),
        ("on March 16, 2024, 12 soldiers died", "12"),
        ("At 10 a.m. 5 soldiers were seen.", "5"),
    ],
)
def test_counts_next_to_dates(text: str, phrase: str) -> None:
    assert [n.text for n in find_numbers(text)] == [phrase]


def test_over_with_time_is_not_more_than() -> None:
    [n] = find_numbers("fighting over two days")
    assert (n.text, n.qualifier, n.counted) == ("two", None, "day")


def test_from_to_is_two_numbers() -> None:
    found = find_numbers("the toll rose from 20 to 30")
    assert [n.text for n in found] == ["20", "30"]


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("soldiers", "soldier"), ("personnel", "personnel"), ("trainers", "trainer"), ("people", "people"),
        ("civilians", "civilian"), ("extremists", "extremist"), ("terrorists", "terrorist"),
        ("militants", "militant"), ("attackers", "attacker"), ("gunmen", "gunman"), ("villagers", "villager"),
        ("children", "child"), ("women", "woman"), ("casualties", "casualty"), ("witnesses", "witness"),
        ("forces", "force"), ("policemen", "policeman"), ("Troops", "troop"), ("police", "police"),
    ],
)
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


def test_sentence_index() -> None:
    text = "Calm returned. Then 12 soldiers were killed."
    sentences = [Sentence(0, 0, 14, text[0:14]), Sentence(1, 15, len(text), text[15:])]
    [n] = find_numbers(text, sentences=sentences)
    assert n.sentence == 1
    [f] = figures_from_numbers(text, [n], casualties=True)
    assert f.sentence == 1


# (text, [(kind, value, unit, about)])
FIGURES: list[tuple[str, list[tuple[str, float, str | None, str | None]]]] = [
    ("They built a $100 million counter-terrorism drone base in the north.",
     [("money", 100e6, "USD", "counter-terrorism drone base")]),
    ("The status of a $110 million (around 94 million euros) US air base in Agadez is unclear.",
     [("money", 110e6, "USD", "US air base"), ("money", 94e6, "EUR", "US air base")]),
    ("The US will withdraw around 1,000 military personnel from the country.",
     [("troops", 1000, None, "military personnel")]),
    ("Russia sent 100 military trainers.", [("trainers", 100, None, "military trainers")]),
    ("More than one hundred terrorists armed with bombs attacked.", [("attackers", 100, None, "terrorists")]),
    ("It could leave only a few dozen soldiers in the region.", [("troops", 36, None, "soldiers")]),
    ("The army evacuated 300 villagers.", [("people", 300, None, "villagers")]),
    ("The convoy had 40 vehicles.", [("count", 40, None, "vehicles")]),
    ("The EU pledged $5 million in aid.", [("money", 5e6, "USD", "aid")]),
    ("It paid $5 million in the north.", [("money", 5e6, "USD", None)]),
    # casualties are the event coder's; spans of time, percentages and bare numbers give no figure
    ("23 soldiers were killed and 17 were wounded.", []),
    ("The attackers killed 12 villagers.", []),
    ("Fighting lasted two days.", []),
    ("Turnout was 20% lower.", []),
    ("One official spoke.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures(text: str, expected: list[tuple[str, float, str | None, str | None]]) -> None:
    figures = figures_from_numbers(text, find_numbers(text))
    assert [(f.kind, f.value, f.unit, f.about) for f in figures] == expected
    for f in figures:
        assert text[f.start : f.end] == f.text


def test_casualty_figures_on_request() -> None:
    text = "23 soldiers were killed."
    figures = figures_from_numbers(text, find_numbers(text), casualties=True)
    assert [(f.kind, f.value) for f in figures] == [("troops", 23)]


def _by_text(found: list[NumberMention]) -> dict[str, NumberMention]:
    return {n.text: n for n in found}


def test_seed_000(seeds_dir: Path) -> None:
    text = (seeds_dir / SEED_000).read_text(encoding="utf-8")
    found = find_numbers(text)
    _check_offsets(text, found)
    by = _by_text(found)
    assert by["23"].counted == "soldier"
    assert by["17"].value == 17 and by["17"].counted is None
    assert by["30"].counted == "extremist"
    more = by["more than one hundred"]
    assert (more.value, more.low, more.qualifier, more.counted) == (100, 101, "more than", "terrorist")
    money = by["$100 million"]
    assert (money.value, money.unit, money.counted) == (100e6, "USD", None)
    values = {n.value for n in found}
    assert not values & {2012, 2017, 2023}, "years are not counts"
    figures = figures_from_numbers(text, found)
    usd = [f for f in figures if f.unit == "USD"]
    assert len(usd) == 1 and usd[0].about is not None and "drone base" in usd[0].about
    attackers = [f for f in figures if f.kind == "attackers"]
    assert [f.value for f in attackers] == [100]  # the 30 killed extremists are casualties, not a figure


def test_seed_004(seeds_dir: Path) -> None:
    text = (seeds_dir / SEED_004).read_text(encoding="utf-8")
    found = find_numbers(text)
    _check_offsets(text, found)
    by = _by_text(found)
    around = by["around 1,000"]
    assert (around.value, around.qualifier, around.counted) == (1000, "about", "personnel")
    assert by["1,000"].counted == "soldier"
    few = by["a few dozen"]
    assert few.vague and few.counted == "soldier"
    assert (by["$110 million"].value, by["$110 million"].unit) == (110e6, "USD")
    euros = by["around 94 million euros"]
    assert (euros.value, euros.unit, euros.qualifier) == (94e6, "EUR", "about")
    assert by["100"].counted == "trainer"
    assert 2023 not in {n.value for n in found}
    figures = figures_from_numbers(text, found)
    money = {(f.unit, f.about) for f in figures if f.kind == "money"}
    assert money == {("USD", "US air base"), ("EUR", "US air base")}
    kinds = {(f.kind, f.value) for f in figures}
    assert {("troops", 1000), ("troops", 36), ("trainers", 100)} <= kinds


_FILLER = [
    "The army said 23 soldiers were killed and 17 were wounded near the border on Saturday.",
    "Some 1,500 people fled to the capital in 2023, according to a $2.5 million aid appeal.",
    "Dozens of gunmen on motorbikes attacked the village at 10:30 a.m., killing at least twelve civilians.",
    "A spokesman said more than one hundred attackers took part, between 20 and 30 of them on foot.",
    "No figures were given for the third week running, and nobody could be reached for comment.",
]
# Prose without numbers, so the test text has about the density of real news (a few thousand numbers per MB).
_PROSE = [
    "The junta has turned away from its former partners and towards new allies in the region.",
    "Officials in the capital did not respond to requests for comment on the security situation.",
    "Analysts say the withdrawal leaves a gap that armed groups are likely to exploit in the coming months.",
    "Humanitarian agencies warned that access to the affected districts remains difficult and dangerous.",
    "The ministry accused foreign media of spreading false reports about the fighting in the north.",
    "Residents described long queues at checkpoints and markets that had closed for lack of supplies.",
]


def test_speed_one_megabyte() -> None:
    block = " ".join(_FILLER) + "\n" + "\n".join(" ".join(_PROSE) for _ in range(3))
    text = ("\n".join([block] * (1_000_000 // len(block) + 1)))[:1_000_000]
    t0 = time.perf_counter()
    found = find_numbers(text)
    figures_from_numbers(text, found)
    elapsed = time.perf_counter() - t0
    assert len(found) > 3_000
    assert elapsed < 5.0, f"1 MB took {elapsed:.2f}s"  # about 0.3 s on a 2024 laptop-class CPU


def test_a_vague_multiplier_before_a_plural_scale_is_one_figure() -> None:
    # "several thousands of people" is one figure (3 x 1,000), not "several" and "thousands" added together
    assert [(n.text, n.value) for n in find_numbers("several thousands of people fled")] == [("several thousands", 3000.0)]
    assert [n.value for n in find_numbers("in which several millions of people died")] == [3_000_000.0]
    assert [n.value for n in find_numbers("a few dozens of soldiers")] == [36.0]
    assert [n.value for n in find_numbers("thousands of people fled")] == [1000.0]


def test_a_vague_multiplier_before_tens_is_one_figure() -> None:
    # "several tens of fighters" is several times ten, one figure (as "several dozen" is 36), not 3 and 10 apart
    assert [(n.text, n.value) for n in find_numbers("The army said several tens of rebels were killed.")] == [
        ("several tens", 30.0)]
    assert [n.value for n in find_numbers("a few tens of herders fled")] == [30.0]
    # (not an age: "several ten-year-old pupils"; nor a larger scale after: "several tens of thousands")
    assert [n.value for n in find_numbers("several ten-year-old pupils were hurt")] == [3.0]
    assert [n.value for n in find_numbers("several tens of thousands of people fled")] == [3.0, 10_000.0]


def test_a_vague_multiplier_before_hundreds_of_thousands_keeps_the_larger_figure() -> None:
    # "several hundreds of thousands" is not "several hundreds" (300) and "thousands" (1,000)
    found = [(n.text, n.value) for n in find_numbers("several hundreds of thousands of people fled the fighting")]
    assert ("hundreds of thousands", 100_000.0) in found and ("thousands", 1000.0) not in found, found


@pytest.mark.parametrize(
    "text, counted",
    [
        ("Militants attacked the post: 1 FAMa, 1 civilian killed.", ["fama", "civilian"]),
        ("Two soldiers and two Fulani were killed near Bankass.", ["soldier", "fulani"]),
        ("On 3 March, 2 Malians were there.", ["malian"]),
        ("He met 2 Americans, 3 French and left.", ["american", None]),
        ("Troops killed 3 in Gao, 2 in Boni.", [None, None]),
    ],
)
def test_a_lone_name_is_counted_before_a_casualty_word_or_the_next_figure(text: str, counted: list) -> None:
    found = find_numbers(text)
    _check_offsets(text, found)
    assert [n.counted for n in found] == counted


def test_that_one_of_after_a_verb_of_saying_is_a_count() -> None:
    # written for the project: "that one of" a side's own opens a clause ("said that one of its own fighters was
    # killed"); "that one" alone is a pronoun, "that one of the injured" one told again
    text = "The group said that one of its own fighters was killed, and that one was the last."
    assert [(n.value, n.counted) for n in find_numbers(text)] == [(1.0, "fighter")]
    assert find_numbers("Neighbours confirmed that one of the injured victims is a singer.") == []


def test_a_singular_noun_before_dead_is_the_counted_noun() -> None:
    # written for the project: "1 rebel dead" counts rebels; "1 dead" alone counts the dead
    nums = find_numbers("The post was attacked: 2 soldiers wounded and 1 dead, 1 rebel dead.")
    assert [(n.value, n.counted) for n in nums] == [(2.0, "soldier"), (1.0, "dead"), (1.0, "rebel")]
    # (not after a verb: "1 rioter shot dead" stays a figure of the dead, read as killed)
    assert [n.counted for n in find_numbers("The march turned violent: 1 rioter shot dead by police.")] == ["dead"]


def test_a_herd_before_a_plural_only_modifies_it() -> None:
    # written for the project: "two cattle rustlers" counts rustlers; "200 cattle" alone counts cattle
    assert [n.counted for n in find_numbers("Police caught three livestock thieves and 200 cattle.")] == [
        "thief", "cattle"]


def test_the_held_named_by_a_participle_are_counted() -> None:
    (n,) = find_numbers("Two of the detained were later found dead in their cells.")
    assert (n.value, n.counted) == (2.0, "detainee")
    # (not the participle of an arrest told with its own object)
    (n,) = find_numbers("Police said two of the detained men were released.")
    assert n.counted != "detainee"
