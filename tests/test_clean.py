"""Tests of the clean stage: the boilerplate rules, headline handling, paragraphs, hashes, and the two seed articles."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from sitrep.clean import RULES, classify_line, clean_article, clean_text, content_hash
from sitrep.ingest import iter_documents
from sitrep.model import Article, Reject

SEED_000 = "000_be5b76f68810c7aa.txt"
SEED_004 = "004_0b404599d40a8b73.txt"


def _article(raw: str, **kw: object) -> Article:
    return Article(id="", text="", raw_text=raw, path="test.txt", **kw)  # type: ignore[arg-type]


def _clean(raw: str, **kw: object) -> Article:
    a = clean_article(_article(raw, **kw))
    assert isinstance(a, Article), a
    return a


# ------------------------------------------------------------------------------------------ rule tables

REMOVED_LINES = [
    # comment prompts and footers
    ("COMMENTS", "comment prompt"),
    ("Comments (12)", "comment prompt"),
    ("Please let us know if you're having issues with commenting.", "comment prompt"),
    ("Leave a comment", "comment prompt"),
    ("View 34 comments", "comment prompt"),
    ("Sign up for our newsletter", "newsletter prompt"),
    ("Subscribe", "newsletter prompt"),
    ("Subscribe now for complete access to local news.", "newsletter prompt"),
    ("Share this article", "share prompt"),
    ("Facebook Twitter Email", "share prompt"),
    ("Follow us on Twitter", "social media prompt"),
    ("Follow @ExampleNews on Twitter for the latest developments.", "social media prompt"),
    ("Stay with Channel 3 for the latest on this story.", "social media prompt"),
    ("Read more:", "related link"),
    ("Read more: Niger junta expels French ambassador", "related link"),
    ("Related:", "related link"),
    ("RELATED: Two soldiers killed in Mali ambush", "related link"),
    ("See also", "related link"),
    ("Click here to read the original story.", "related link"),
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    # photo captions and credits
    ("photo", "photo caption"),
    ("Photo", "photo caption"),
    ("More and more Sahel countries are turning away from the West. Also Niger. photo", "photo caption"),
    ("Soldiers patrol in Niamey. Sun-Times file photo", "photo caption"),
    ("Image 4 of 17", "photo caption"),
    ("Photo: AFP", "photo caption"),
    ("Image: Reuters/Zohra Bensemra", "photo caption"),
    ("Credit: Joe Raedle / Getty Images", "photo caption"),
    ("Image caption, Soldiers in Niamey", "photo caption"),
    ("Soldiers patrol in Niamey. (Photo by Boureima Hama/AFP via Getty Images)", "photo caption"),
    ("© Sam Mednick/AP/dpa", "photo credit"),
    ("(c) Jane Doe/AFP", "photo credit"),
    ("(Photo by Boureima Hama/AFP)", "photo credit"),
    ("(Photo: KHOU 11)", "photo credit"),
    ("AFP via Getty Images", "photo credit"),
    ("Boureima Hama/AFP", "photo credit"),
    ("AP Photo/Sam Mednick", "photo credit"),
    ("© 2017 KHOU-TV", "copyright notice"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "copyright notice"),
    # agency sign-offs, bylines, source footers, reference lines
    ("dpa", "agency sign-off"),
    ("AFP", "agency sign-off"),
    ("Reuters", "agency sign-off"),
    ("AP", "agency sign-off"),
    ("(Reuters)", "agency sign-off"),
    ("AFP/dpa", "agency sign-off"),
    ("Associated Press", "agency sign-off"),
    ("(Reporting by Jane Doe; Editing by John Roe)", "agency sign-off"),
    ("Additional reporting by Amanda Lozada", "agency sign-off"),
    ("By Sam Mednick", "byline"),
    ("By JUAN A. LOZANO", "byline"),
    ("source site-3", "source footer"),
    ("Source: dpa", "source footer"),
    ("Source: Ministry of Defence press release", "source footer"),
    ("Sources: AFP, Reuters", "source footer"),
    ("Source www.example.com", "source footer"),
    ("Report in the Washington Post", "reference line"),
    ("With material from AFP", "reference line"),
    ("Based on reports by Reuters and AFP", "reference line"),
    ("Report in the New York Times.", "reference line"),
    ("This article was originally published in The Conversation.", "footer"),
    ("Tags: Niger, Sahel, security", "tag list"),
    ("Updated: Apr 23, 2016 - 4:18 PM", "timestamp line"),
    ("March 25, 2014 12:45 PM", "timestamp line"),
    ("This story is from March 10, 2002", "timestamp line"),
    ("Please enable Javascript to watch this video", "page furniture"),
    # leading junk does not hide a rule
    (": COMMENTS", "comment prompt"),
    ("» Related: Attack in Gao", "related link"),
]

KEPT_LINES = [
    "He continued:",
    "Niger regrets the intention of the American delegation to deny the sovereign Nigerien people the right to choose.",
    "At the beginning of April, Russia sent Niger an air defense system and 100 military trainers.",
    "Military junta demands withdrawal",
    "Commentators spoke of a strategic victory for Russia.",
    "Sources said the convoy was attacked at dawn.",
    "SOURCES: 2 detained in connection with murder of 13-year-old",
    "Source close to the army said nothing.",
    "Reports from the region say 30 attackers were killed.",
    "Report in the Washington Post says the base will close.",
    "AFP reported that 23 soldiers were killed.",
    "Reuters could not independently verify the claim.",
    "The photo showed soldiers in Niamey.",
    "He posted a photo.",
    "Subscribers to the service were warned.",
    "Following the attack, the army deployed troops.",
    "Share prices fell after the coup.",
    "By Saturday evening, 30 people had been killed.",
    "© Marques McCassie, 24, was killed in a Taunton shooting Saturday evening.",
    "(c) Subsection (a) does not apply:",
    "Updated figures show 30 dead in 2024.",
    "On August 7, 2015 police arrested a man",
    "Reporting by the BBC revealed that the base was closing.",
    "The Associated Press said the junta revoked the agreement.",
    "Getty Images said the photographer was detained in Niamey.",
    "More than 100 attackers took part in the ambush.",
    "Photos of the attack circulated on social media on Sunday.",
    "Related fighting erupted near Menaka.",
    "Information on the attack remains scarce.",
    "Analysis of the satellite images shows the base destroyed.",
    "Story of the day",
]


@pytest.mark.parametrize(("line", "reason"), REMOVED_LINES)
def test_rule_removes(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize("line", KEPT_LINES)
def test_rule_keeps(line: str) -> None:
    assert classify_line(line) is None


def test_rules_are_data() -> None:
    assert RULES and all(isinstance(p, re.Pattern) and isinstance(r, str) and r for p, r in RULES)


# --------------------------------------------------------------------------------------------- cleaning

BODY = (
    "Gunmen attacked a military post near Tillaberi on Tuesday, killing four soldiers, the army said.\n"
    "The attackers fled towards the border with Mali, according to a local official."
)


def test_repeated_headline_becomes_title() -> None:
    a = _clean(": Four soldiers killed in Niger\n\nFour soldiers killed in Niger\n\n" + BODY)
    assert a.title == "Four soldiers killed in Niger"
    assert "Four soldiers killed in Niger" not in a.text
    assert [r.reason for r in a.removed] == ["repeated headline", "repeated headline"]
    assert a.removed[0].text == ": Four soldiers killed in Niger"


def test_headline_equal_to_title_is_removed() -> None:
    a = _clean("Four Soldiers Killed in Niger!\n" + BODY, title="Four soldiers killed in Niger")
    assert a.title == "Four soldiers killed in Niger"
    assert a.text.startswith("Gunmen attacked")
    assert a.removed[0].reason == "repeated headline"


def test_repeated_lead_sentence_keeps_one_copy() -> None:
    lead = "Gunmen attacked a military post near Tillaberi on Tuesday, killing four soldiers."
    a = _clean(f"{lead}\n{lead}\nThe attackers fled towards the border with Mali.")
    assert a.text.count(lead) == 1
    assert a.title is None
    a2 = _clean(f"{lead}\nThe attackers fled towards the border with Mali.", title=lead)
    assert a2.text.startswith(lead)  # a sentence is news: it stays even when it is also the title


def test_first_line_without_repeat_is_kept() -> None:
    a = _clean("Attack in Niger\n" + BODY)
    assert a.title is None
    assert a.text.startswith("Attack in Niger\n\n")


def test_paragraphs_and_spaces() -> None:
    a = _clean(
        "Military junta demands withdrawal\nWith the withdrawal,   the Biden administration\tresponds to a demand.\n\n\n"
        "\u00a0Since July 2023, Niger has been led by a junta.\u200b"
    )
    assert a.text == (
        "Military junta demands withdrawal\n\n"
        "With the withdrawal, the Biden administration responds to a demand.\n\n"
        "Since July 2023, Niger has been led by a junta."
    )


def test_leading_junk_is_stripped() -> None:
    a = _clean(
        ": The army said 23 soldiers were killed in the attack near Teguey.\n• Seventeen more were wounded, it said."
    )
    assert (
        a.text
        == "The army said 23 soldiers were killed in the attack near Teguey.\n\nSeventeen more were wounded, it said."
    )


def test_hard_wrapped_text_is_joined() -> None:
    raw = (
        "Gunmen attacked a military post near Tillaberi on Tuesday, killing\n"
        "four soldiers, the army said in a statement read on state\n"
        "television late on Wednesday evening.\n\n"
        "The attackers fled towards the border with Mali, according to a\n"
        "local official who asked not to be named for security reasons.\n"
    )
    a = _clean(raw)
    assert a.text == (
        "Gunmen attacked a military post near Tillaberi on Tuesday, killing four soldiers, the army said in a statement "
        "read on state television late on Wednesday evening.\n\n"
        "The attackers fled towards the border with Mali, according to a local official who asked not to be named for "
        "security reasons."
    )


def test_comment_section_is_cut() -> None:
    a = _clean(BODY + "\nComments\nJohn: they should all leave now!!\nMary: I agree with John on this one.")
    assert a.text == BODY.replace("\n", "\n\n")
    assert [r.reason for r in a.removed] == ["comment prompt", "comment section", "comment section"]


def test_duplicate_paragraph_is_removed() -> None:
    quote = "“We will not leave,” the minister said on state television on Friday."
    a = _clean(f"{BODY}\n{quote}\nMore text follows here about the attack.\n{quote}")
    assert a.text.count(quote) == 1
    assert a.removed[-1].reason == "duplicate paragraph"


def test_hash_and_id() -> None:
    a = _clean(BODY)
    b = _clean(BODY.replace(" ", "  ") + "\n\nAdvertisement\n")
    assert a.content_hash == b.content_hash == content_hash(a.text)
    assert len(a.content_hash) == 64 and a.id == a.content_hash[:16]
    assert a.content_hash == content_hash(" ".join(a.text.split()))


def test_too_little_text_is_rejected() -> None:
    r = clean_article(_article("Advertisement\n\nShare this article\n\nShort line."))
    assert isinstance(r, Reject)
    assert r.stage == "clean" and r.path == "test.txt"
    assert r.reason == "no news text after cleaning (11 chars)"
    assert isinstance(clean_article(_article("Short line."), min_chars=5), Article)


def test_clean_is_repeatable() -> None:
    a = _clean(": Headline here\nHeadline here\n" + BODY)
    first = (a.text, a.id, list(a.removed), a.title)
    again = clean_article(a)
    assert isinstance(again, Article)
    assert (again.text, again.id, again.removed, again.title) == first


def test_timestamp_line_gives_missing_date() -> None:
    a = _clean("Updated: Apr 23, 2016 - 4:18 PM\n" + BODY)
    assert a.published == date(2016, 4, 23)
    assert a.warnings and "taken from the text" in a.warnings[0]
    b = _clean("Updated: Apr 23, 2016 - 4:18 PM\n" + BODY, published=date(2016, 4, 22))
    assert b.published == date(2016, 4, 22) and not b.warnings


def test_clean_text_returns_headline() -> None:
    text, removed, headline = clean_text("Title line\nTitle line\n" + BODY)
    assert headline == "Title line" and len(removed) == 2 and text.startswith("Gunmen")


def test_html_heading_is_removed_after_trafilatura() -> None:
    path = Path(__file__).parent / "data" / "ingest" / "article.html"
    (raw,) = list(iter_documents([path]))
    assert isinstance(raw, Article)
    a = clean_article(raw)
    assert isinstance(a, Article)
    assert a.text.startswith("The Nigerien military confirmed that 23 soldiers were killed")
    assert "Advertisement" not in a.text
    assert {r.reason for r in a.removed} == {"repeated headline", "advertisement"}
    assert "\n\nThe Defense Ministry said" in a.text


# ---------------------------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    out: dict[str, Article] = {}
    for name in (SEED_000, SEED_004):
        path = seeds_dir / name
        if not path.is_file():
            pytest.skip(f"seed {name} is absent")
        (doc,) = list(iter_documents([path]))
        assert isinstance(doc, Article)
        a = clean_article(doc)
        assert isinstance(a, Article)
        out[name] = a
    return out


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "junk",
    [
        "COMMENTS",
        "Please let us know if you're having issues with commenting.",
        "© Sam Mednick/AP/dpa",
        "source site-3",
        "Report in the Washington Post",
    ],
)
def test_seed_boilerplate_removed(seeds: dict[str, Article], junk: str) -> None:
    for a in seeds.values():
        assert junk not in a.text


def test_seed_lone_lines_removed(seeds: dict[str, Article]) -> None:
    for a in seeds.values():
        lines = _lines(a.text)
        assert "dpa" not in lines
        assert not any(line.lower() == "photo" or line.endswith(" photo") for line in lines)
        assert not any(line.startswith(":") for line in lines)


def test_seed_004_headline_becomes_title(seeds: dict[str, Article]) -> None:
    a = seeds[SEED_004]
    assert a.title == "USA must withdraw its military personnel from Niger"
    assert "USA must withdraw its military personnel from Niger" not in a.text
    assert a.text.startswith("It is a bitter setback for the fight against terrorism in the Sahel region.")
    assert "\n\nMilitary junta demands withdrawal\n\nWith the withdrawal, the Biden administration" in a.text
    assert {r.reason for r in a.removed} == {
        "repeated headline",
        "photo caption",
        "photo credit",
        "reference line",
        "agency sign-off",
        "source footer",
    }


@pytest.mark.parametrize(
    ("seed", "sentence"),
    [
        (SEED_004, "At the beginning of April, Russia sent Niger an air defense system and 100 military trainers."),
        (SEED_004, "The US must withdraw its military personnel from Niger."),
        (SEED_004, "Military junta demands withdrawal"),
        (SEED_004, "Commentators spoke of a strategic victory for Russia."),
        (SEED_004, "which is only six years old."),
        (SEED_000, "He continued:"),
        (SEED_000, "Niger regrets the intention"),
        (SEED_000, "The Islamic State on Saturday used its Amaq “news agency” to claim responsibility"),
        (SEED_000, "near Teguey, a town in Niger’s western Tillaberi region."),
        (SEED_000, "“crossing what Washington considers a red line.”"),
    ],
)
def test_seed_news_kept(seeds: dict[str, Article], seed: str, sentence: str) -> None:
    assert sentence in seeds[seed].text


def test_seed_000_only_comment_footer_removed(seeds: dict[str, Article]) -> None:
    a = seeds[SEED_000]
    assert [r.text for r in a.removed] == ["COMMENTS", "Please let us know if you're having issues with commenting."]
    assert a.title is None
    assert _lines(a.text)[-1].startswith("The Washington Post noted the Biden team")
    assert "He continued:\n\nNiger regrets" in a.text


def test_mojibake_is_repaired() -> None:
    a = _clean(
        "The junta said it â€˜revokesâ€™ the agreement, â€œwith immediate effectâ€\ufffd, on Saturday in Niamey."
    )
    assert a.text == "The junta said it ‘revokes’ the agreement, “with immediate effect”, on Saturday in Niamey."
    assert a.warnings == ["repaired 4 mis-decoded characters (UTF-8 read as Windows-1252)"]
    b = _clean("Tillabéri café, Ségou à l'aube — “quoted” déjà vu, plutôt» et é»» in the text.")
    assert b.text == "Tillabéri café, Ségou à l'aube — “quoted” déjà vu, plutôt» et é»» in the text." and not b.warnings
