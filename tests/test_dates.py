"""Date phrases: a case table of (phrase in context, publication date) -> (date range, precision)."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from sitrep.model import DAY, MONTH, WEEK, DateMention
from sitrep.text.dates import find_dates, resolve_phrase

D = date.fromisoformat
MON_25_MARCH = D("2024-03-25")  # a Monday: seed article 000
SAT_20_APRIL = D("2024-04-20")  # a Saturday: seed article 004
WED_10_JAN = D("2024-01-10")

# (text, published, the phrase that must be found, date_start, date_end, precision)
CASES: list[tuple[str, date | None, str, str | None, str | None, int]] = [
    # --- from the seed articles (000 published Monday 2024-03-25, 004 published Saturday 2024-04-20)
    ("The Islamic State on Saturday used its Amaq agency to claim it.", MON_25_MARCH, "on Saturday",
     "2024-03-23", "2024-03-23", DAY),
    ("concerns expressed during a visit in early March.", MON_25_MARCH, "in early March",
     "2024-03-01", "2024-03-10", WEEK),
    ("the third time since the July 2023 coup that", MON_25_MARCH, "July 2023", "2023-07-01", "2023-07-31", MONTH),
    ("have haunted the region since 2017.", MON_25_MARCH, "since 2017", "2017-01-01", "2017-12-31", MONTH),
    ("described the situation as dynamic on Friday and said", MON_25_MARCH, "on Friday",
     "2024-03-22", "2024-03-22", DAY),
    ("the concerns we expressed to them last week about", MON_25_MARCH, "last week", "2024-03-18", "2024-03-24", WEEK),
    ("it would terminate a 2012 agreement with the United States", MON_25_MARCH, "2012",
     "2012-01-01", "2012-12-31", MONTH),
    ("The March delegation was the third attempt.", MON_25_MARCH, "March", "2024-03-01", "2024-03-31", MONTH),
    ("canceled a cooperation agreement with the USA in mid-March.", SAT_20_APRIL, "in mid-March",
     "2024-03-11", "2024-03-20", WEEK),
    ("At the beginning of April, Russia sent an air defence system.", SAT_20_APRIL, "At the beginning of April",
     "2024-04-01", "2024-04-10", WEEK),
    ("Until last year’s military coup, Niger was the cornerstone.", SAT_20_APRIL, "Until last year’s",
     "2023-01-01", "2023-12-31", MONTH),
    ("Since the end of July 2023, Niger has been led by a junta.", SAT_20_APRIL, "Since the end of July 2023",
     "2023-07-21", "2023-07-31", WEEK),
    ("agreed to withdraw its personnel in the coming months.", SAT_20_APRIL, "in the coming months",
     "2024-04-21", "2024-07-20", MONTH),
    # --- absolute days
    ("The attack took place on 20 March 2024.", MON_25_MARCH, "on 20 March 2024", "2024-03-20", "2024-03-20", DAY),
    ("On March 20, 2024, gunmen attacked a convoy.", MON_25_MARCH, "On March 20, 2024",
     "2024-03-20", "2024-03-20", DAY),
    ("Gunmen attacked the village on March 20.", MON_25_MARCH, "on March 20", "2024-03-20", "2024-03-20", DAY),
    ("Gunmen attacked the village on 20 March.", MON_25_MARCH, "on 20 March", "2024-03-20", "2024-03-20", DAY),
    ("Gunmen attacked the village on 20 December.", MON_25_MARCH, "on 20 December", "2023-12-20", "2023-12-20", DAY),
    ("Elections were held on 5 January.", D("2024-11-20"), "on 5 January", "2025-01-05", "2025-01-05", DAY),
    ("Talks are due on 20 April.", MON_25_MARCH, "on 20 April", "2024-04-20", "2024-04-20", DAY),
    ("The report is dated 2024-03-20.", MON_25_MARCH, "2024-03-20", "2024-03-20", "2024-03-20", DAY),
    ("The report is dated 20/03/2024.", MON_25_MARCH, "20/03/2024", "2024-03-20", "2024-03-20", DAY),
    ("The report is dated 03/04/2024.", MON_25_MARCH, "03/04/2024", "2024-04-03", "2024-04-03", DAY),
    ("The report is dated 20.03.2024.", MON_25_MARCH, "20.03.2024", "2024-03-20", "2024-03-20", DAY),
    ("On Saturday, 23 March 2024, the junta spoke.", MON_25_MARCH, "On Saturday, 23 March 2024",
     "2024-03-23", "2024-03-23", DAY),
    ("It ended on the 3rd of May, 2023.", MON_25_MARCH, "on the 3rd of May, 2023", "2023-05-03", "2023-05-03", DAY),
    ("Signed Sept. 5, 2023 in Bamako.", MON_25_MARCH, "Sept. 5, 2023", "2023-09-05", "2023-09-05", DAY),
    ("Posted Tue, March 22, 2016 by the desk.", MON_25_MARCH, "Tue, March 22, 2016", "2016-03-22", "2016-03-22", DAY),
    ("It was signed on 29 February.", D("2024-03-10"), "on 29 February", "2024-02-29", "2024-02-29", DAY),
    # --- weekdays
    ("Saturday’s attack killed 12.", MON_25_MARCH, "Saturday’s", "2024-03-23", "2024-03-23", DAY),
    ("Troops clashed with rebels on Monday.", MON_25_MARCH, "on Monday", "2024-03-18", "2024-03-18", DAY),
    ("Troops clashed with rebels last Saturday.", MON_25_MARCH, "last Saturday", "2024-03-23", "2024-03-23", DAY),
    ("The ministry spoke this Monday.", MON_25_MARCH, "this Monday", "2024-03-25", "2024-03-25", DAY),
    ("Protests took place on Tuesday and Wednesday.", MON_25_MARCH, "on Tuesday and Wednesday",
     "2024-03-19", "2024-03-20", WEEK),
    ("Fighting raged from Friday to Monday.", D("2024-03-27"), "from Friday to Monday",
     "2024-03-22", "2024-03-25", WEEK),
    ("Gunmen struck on the night of Sunday to Monday.", MON_25_MARCH, "on the night of Sunday to Monday",
     "2024-03-24", "2024-03-25", DAY),
    ("Shelling went on through the night of Saturday to Sunday.", MON_25_MARCH, "the night of Saturday to Sunday",
     "2024-03-23", "2024-03-24", DAY),
    # a night told with "from" or "between" is one night too
    ("Rebels shelled the camp in the night from Friday to Saturday.", MON_25_MARCH, "the night from Friday to Saturday",
     "2024-03-22", "2024-03-23", DAY),
    ("Looters struck on the night between Saturday and Sunday.", MON_25_MARCH, "on the night between Saturday and Sunday",
     "2024-03-23", "2024-03-24", DAY),
    ("Two posts were attacked overnight between Sunday and Monday.", MON_25_MARCH,
     "overnight between Sunday and Monday", "2024-03-24", "2024-03-25", DAY),
    ("Clashes erupted on Tuesday night.", MON_25_MARCH, "on Tuesday night", "2024-03-19", "2024-03-19", DAY),
    ("He will travel to Niamey on Friday.", MON_25_MARCH, "on Friday", "2024-03-29", "2024-03-29", DAY),
    ("The talks resume next Tuesday.", MON_25_MARCH, "next Tuesday", "2024-03-26", "2024-03-26", DAY),
    ("The race was halted after 20 of 71 scheduled laps on Sunday.", MON_25_MARCH, "on Sunday",
     "2024-03-24", "2024-03-24", DAY),
    ("Talks were delayed due to clashes on Friday.", MON_25_MARCH, "on Friday", "2024-03-22", "2024-03-22", DAY),
    ("Gunfire was heard in the early hours of Wednesday.", MON_25_MARCH, "in the early hours of Wednesday",
     "2024-03-20", "2024-03-20", DAY),
    # --- relative days and periods
    ("The army said today that it had withdrawn.", MON_25_MARCH, "today", "2024-03-25", "2024-03-25", DAY),
    ("The army said yesterday that it had withdrawn.", MON_25_MARCH, "yesterday", "2024-03-24", "2024-03-24", DAY),
    ("Three people died the day before yesterday.", MON_25_MARCH, "the day before yesterday",
     "2024-03-23", "2024-03-23", DAY),
    ("Gunmen struck overnight, killing four.", MON_25_MARCH, "overnight", "2024-03-24", "2024-03-25", DAY),
    ("Shots were heard last night in the capital.", MON_25_MARCH, "last night", "2024-03-24", "2024-03-24", DAY),
    ("Several attacks took place this week.", MON_25_MARCH, "this week", "2024-03-25", "2024-03-31", WEEK),
    ("Arrests were made during the week of 11 March in the north.", MON_25_MARCH, "during the week of 11 March",
     "2024-03-11", "2024-03-17", WEEK),
    ("The envoy arrived earlier this week.", D("2024-03-28"), "earlier this week", "2024-03-25", "2024-03-27", WEEK),
    ("Fighting intensified last month.", MON_25_MARCH, "last month", "2024-02-01", "2024-02-29", MONTH),
    ("Fighting intensified this month.", MON_25_MARCH, "this month", "2024-03-01", "2024-03-31", MONTH),
    ("The coup took place last year.", MON_25_MARCH, "last year", "2023-01-01", "2023-12-31", MONTH),
    ("Violence has risen earlier this year.", MON_25_MARCH, "earlier this year", "2024-01-01", "2024-03-24", MONTH),
    ("Five days ago, a convoy was hit.", MON_25_MARCH, "Five days ago", "2024-03-20", "2024-03-20", DAY),
    ("A bomb went off two weeks ago.", MON_25_MARCH, "two weeks ago", "2024-03-08", "2024-03-14", WEEK),
    ("A bomb went off a week ago.", MON_25_MARCH, "a week ago", "2024-03-15", "2024-03-21", WEEK),
    ("The camp was attacked three months ago.", MON_25_MARCH, "three months ago", "2023-12-01", "2023-12-31", MONTH),
    ("Dozens were killed over the weekend.", MON_25_MARCH, "over the weekend", "2024-03-23", "2024-03-24", WEEK),
    ("Casualties rose in the past 24 hours.", MON_25_MARCH, "in the past 24 hours", "2024-03-24", "2024-03-25", DAY),
    ("Raids multiplied in recent days.", MON_25_MARCH, "in recent days", "2024-03-18", "2024-03-25", WEEK),
    # --- month level and parts of months
    ("In March, the army retook the town.", SAT_20_APRIL, "In March", "2024-03-01", "2024-03-31", MONTH),
    ("The base was attacked in December.", MON_25_MARCH, "in December", "2023-12-01", "2023-12-31", MONTH),
    ("The base was attacked in March 2024.", SAT_20_APRIL, "in March 2024", "2024-03-01", "2024-03-31", MONTH),
    ("They came back in July last year.", MON_25_MARCH, "in July last year", "2023-07-01", "2023-07-31", MONTH),
    ("Fighting resumed in late May.", SAT_20_APRIL, "in late May", "2023-05-21", "2023-05-31", WEEK),
    ("Attacks peaked in early April.", SAT_20_APRIL, "in early April", "2024-04-01", "2024-04-10", WEEK),
    ("The mission ended at the end of February.", MON_25_MARCH, "at the end of February",
     "2024-02-21", "2024-02-29", WEEK),
    ("A truce held until the middle of March.", SAT_20_APRIL, "until the middle of March",
     "2024-03-11", "2024-03-20", WEEK),
    ("A truce held in the first week of March.", SAT_20_APRIL, "in the first week of March",
     "2024-03-01", "2024-03-07", WEEK),
    ("Elections are scheduled for December.", MON_25_MARCH, "December", "2024-12-01", "2024-12-31", MONTH),
    ("Aid convoys moved from March to May 2023.", SAT_20_APRIL, "from March to May 2023",
     "2023-03-01", "2023-05-31", MONTH),
    # --- day ranges
    ("Clashes took place between 1 and 3 May.", D("2024-05-10"), "between 1 and 3 May",
     "2024-05-01", "2024-05-03", WEEK),
    ("Clashes took place from 1 to 3 May.", D("2024-05-10"), "from 1 to 3 May", "2024-05-01", "2024-05-03", WEEK),
    ("Clashes took place 1-3 May.", D("2024-05-10"), "1-3 May", "2024-05-01", "2024-05-03", WEEK),
    ("Clashes took place May 1-3.", D("2024-05-10"), "May 1-3", "2024-05-01", "2024-05-03", WEEK),
    ("Clashes took place between 1 and 20 May.", D("2024-05-30"), "between 1 and 20 May",
     "2024-05-01", "2024-05-20", MONTH),
    ("A siege lasted from 28 December to 3 January.", WED_10_JAN, "from 28 December to 3 January",
     "2023-12-28", "2024-01-03", WEEK),
    # --- years
    ("The group was founded in 2012.", MON_25_MARCH, "in 2012", "2012-01-01", "2012-12-31", MONTH),
    ("The 2015 peace deal collapsed.", MON_25_MARCH, "2015", "2015-01-01", "2015-12-31", MONTH),
    ("The coup came in early 2023.", MON_25_MARCH, "in early 2023", "2023-01-01", "2023-04-30", MONTH),
    ("The war lasted between 2012 and 2014.", MON_25_MARCH, "between 2012 and 2014", "2012-01-01", "2014-12-31",
     MONTH),
    ("Troops were deployed in the late 1990s.", MON_25_MARCH, "the late 1990s", "1996-01-01", "1999-12-31", MONTH),
    ("Exports fell in the summer of 2023.", MON_25_MARCH, "in the summer of 2023", "2023-06-01", "2023-08-31", MONTH),
    ("Attacks doubled in Q1 2024.", SAT_20_APRIL, "in Q1 2024", "2024-01-01", "2024-03-31", MONTH),
    ("Sieges in 1984 and 2003 failed.", MON_25_MARCH, "2003", "2003-01-01", "2003-12-31", MONTH),
    ("Niger's 2023 coup isolated the junta.", MON_25_MARCH, "2023", "2023-01-01", "2023-12-31", MONTH),
    # --- future phrases are returned too
    ("The mission ends next month.", MON_25_MARCH, "next month", "2024-04-01", "2024-04-30", MONTH),
    ("Talks continue next week.", MON_25_MARCH, "next week", "2024-04-01", "2024-04-07", WEEK),
    # --- no publication date: absolute dates still resolve, relative ones are returned unanchored
    ("The attack took place on 20 March 2024.", None, "on 20 March 2024", "2024-03-20", "2024-03-20", DAY),
    ("A visit in mid-March 2024 failed.", None, "in mid-March 2024", "2024-03-11", "2024-03-20", WEEK),
    ("Islamists have been active since 2017.", None, "since 2017", "2017-01-01", "2017-12-31", MONTH),
    ("The attack took place on 20 March.", None, "on 20 March", None, None, DAY),
    ("The attack took place on Saturday.", None, "on Saturday", None, None, DAY),
    ("The attack took place last week.", None, "last week", None, None, WEEK),
    ("The attack took place in mid-March.", None, "in mid-March", None, None, WEEK),
]


def _find(text: str, published: date | None, phrase: str) -> DateMention:
    mentions = find_dates(text, published)
    for m in mentions:
        if m.text == phrase:
            return m
    raise AssertionError(f"{phrase!r} not found in {[m.text for m in mentions]}")


def test_the_case_table_is_large_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize(("text", "published", "phrase", "start", "end", "precision"), CASES)
def test_case_table(
    text: str, published: date | None, phrase: str, start: str | None, end: str | None, precision: int
) -> None:
    m = _find(text, published, phrase)
    got = (m.date_start, m.date_end, m.precision)
    assert got == (D(start) if start else None, D(end) if end else None, precision), m
    assert m.anchored is (start is not None)
    assert text[m.start : m.end] == m.text
    assert m.sentence == -1


@pytest.mark.parametrize(
    ("text", "published", "phrase", "prefix"),
    [
        ("agreed to withdraw its personnel in the coming months.", SAT_20_APRIL, "in the coming months", "future-"),
        ("The mission ends next month.", MON_25_MARCH, "next month", "future-"),
        ("He will travel to Niamey on Friday.", MON_25_MARCH, "on Friday", "future-"),
        ("The Islamic State on Saturday used its Amaq agency.", MON_25_MARCH, "on Saturday", "weekday-before"),
        ("a visit in early March.", MON_25_MARCH, "in early March", "early-month"),
        ("in mid-March.", SAT_20_APRIL, "in mid-March", "mid-month"),
        ("it would terminate a 2012 agreement", MON_25_MARCH, "2012", "year-attributive"),
        ("The attack took place on 20 March 2024.", MON_25_MARCH, "on 20 March 2024", "absolute-day"),
        ("The March delegation was the third.", MON_25_MARCH, "March", "month-attributive"),
    ],
)
def test_rule_names(text: str, published: date, phrase: str, prefix: str) -> None:
    assert _find(text, published, phrase).rule.startswith(prefix)


@pytest.mark.parametrize(
    "text",
    [
        "a $100 million counter-terrorism drone base",
        "Niger, with its 1,000 US soldiers, is the largest base.",
        "30 of the attacking extremists were killed",
        "declared junta spokesperson Col. Maj. Amadou Abdramane.",
        "Thousands joined a protest march in the capital.",
        "May I ask you a question?",
        "Mr. May said the talks had failed.",
        "Theresa May visited the troops.",
        "Some 2,000 people fled and about 1500 troops stayed.",
        "The 2000 soldiers were redeployed.",
        "A total of 2000 was pledged.",
        "USA Today reported the attack.",
        "The army imposed an overnight curfew.",
        "Peace will not come overnight.",
        "Pilgrims gathered on Good Friday.",
        "The March on Washington was peaceful.",
        "the march resumed in the morning",
        "only six years old",
        "a 30-day ceasefire and a 24-hour strike",
        "the following day, the same day",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, MON_25_MARCH) == []


def test_in_march_followed_by_a_count_is_a_month() -> None:
    (m,) = find_dates("In March 30 people were killed.", SAT_20_APRIL)
    assert (m.text, m.date_start, m.precision) == ("In March", D("2024-03-01"), MONTH)


def test_future_cue_moves_a_bare_month_forward() -> None:
    (m,) = find_dates("The talks will be held in April.", MON_25_MARCH)
    assert (m.date_start, m.date_end, m.rule) == (D("2024-04-01"), D("2024-04-30"), "future-month")


def test_same_weekday_is_a_week_earlier_unless_asked() -> None:
    text = "The ministry said on Monday that troops had left."
    assert _find(text, MON_25_MARCH, "on Monday").date_start == D("2024-03-18")
    (m,) = find_dates(text, MON_25_MARCH, same_weekday_is_today=True)
    assert m.date_start == D("2024-03-25")


def test_datetime_publication_is_accepted() -> None:
    from datetime import datetime

    (m,) = find_dates("It happened yesterday.", datetime(2024, 3, 25, 14, 30))
    assert m.date_start == D("2024-03-24")


def test_mentions_are_sorted_non_overlapping_and_exact() -> None:
    text = (
        "On Saturday, the junta said that between 1 and 3 May 2023 and again in mid-March, troops clashed "
        "on Tuesday and Wednesday; since 2017 the region has suffered, and last week's talks failed. "
        "Next month (20/03/2024) talks resume."
    )
    mentions = find_dates(text, MON_25_MARCH)
    assert [m.text for m in mentions] == [
        "On Saturday", "between 1 and 3 May 2023", "in mid-March", "on Tuesday and Wednesday", "since 2017",
        "last week's", "Next month", "20/03/2024",
    ]
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_resolve_phrase() -> None:
    assert resolve_phrase("last week", MON_25_MARCH) == (D("2024-03-18"), D("2024-03-24"), WEEK, "last-week")
    assert resolve_phrase("on Saturday", None) == (None, None, DAY, "weekday-before-published")
    assert resolve_phrase("no date here", MON_25_MARCH) is None
    assert resolve_phrase("The Islamic State on Saturday used its Amaq agency", MON_25_MARCH) == (
        D("2024-03-23"), D("2024-03-23"), DAY, "weekday-before-published",
    )


def test_resolve_phrase_falls_back_to_dateparser_for_odd_absolute_formats() -> None:
    assert find_dates("20-Mar-2024", MON_25_MARCH) == []
    assert resolve_phrase("20-Mar-2024", MON_25_MARCH) == (
        D("2024-03-20"), D("2024-03-20"), DAY, "dateparser-absolute-day",
    )


_FILLER = [
    "The Defense Ministry said {n} soldiers were killed and {m} wounded near the border with Mali.",
    "A convoy carrying $ {n} million in aid was attacked by more than {m} gunmen, officials said.",
    "Residents said the jihadists, who control {n} villages, demanded {m},000 CFA francs from each family.",
    "The United Nations estimated that {n},{m}00 people had fled to neighbouring Burkina Faso.",
    "Analysts expect the junta to seek closer ties with Russia, a senior diplomat told reporters.",
    "The army said on {wd} that it had killed {n} militants in air strikes in the Tillaberi region.",
    "Since the end of {mo} {y}, the country has been ruled by a military council.",
    "Talks held between {d} and {d2} {mo} failed to produce an agreement, the mediators said.",
    "The {y} agreement allowed {n} US personnel to operate from the base in Agadez.",
    "Fighting has intensified in recent weeks, and at least {n} civilians died last month.",
    "In mid-{mo}, the delegation met the prime minister; two weeks ago it left Niamey.",
    "The march on {d} {mo} {y} drew {n},000 protesters, according to the organisers.",
    "Humanitarian groups warned that the crisis may worsen as {n} health centres have closed in the north.",
    "The spokesman, Col. Maj. Amadou Abdramane, accused the United States of a condescending attitude.",
    "Protesters who joined the march in Niamey carried Russian flags and chanted slogans against France.",
    "Mali and Burkina Faso left the Economic Community of West African States, citing sanctions.",
    "The World Food Programme said {n} per cent of households in the region now face acute food insecurity.",
    "Witnesses said dozens of motorbikes carrying gunmen surrounded the market before opening fire.",
    "The base, which cost about $ {n} million, hosted drones used for surveillance across the Sahel.",
    "Local officials, speaking on condition of anonymity, said the toll could rise to {m} or more.",
]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _news_like_text(size: int) -> str:
    rng = random.Random(7)
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = rng.choice(_FILLER).format(
            n=rng.randint(2, 300), m=rng.randint(2, 99), d=rng.randint(1, 14), d2=rng.randint(15, 28),
            y=rng.randint(1995, 2024), mo=rng.choice(_MONTH_NAMES), wd=rng.choice(_WEEKDAY_NAMES),
        )
        parts.append(sentence)
        total += len(sentence) + 1
        if rng.random() < 0.15:
            parts.append("\n")
    return " ".join(parts)[:size]


def test_one_megabyte_in_under_a_second() -> None:
    text = _news_like_text(1_000_000)
    find_dates(text[:10_000], MON_25_MARCH)  # warm up
    # CPU time of this process, not wall time: the target is per core, and a loaded machine (other test
    # processes, CI neighbours) stretches wall time without the parser doing more work.
    started = time.process_time()
    mentions = find_dates(text, MON_25_MARCH)
    elapsed = time.process_time() - started
    assert len(mentions) > 3_000
    assert elapsed < 1.0, f"{elapsed:.2f} s of CPU for 1 MB"


# --- the seed articles, read from ../shared/seeds (never copied into the project)

SEED_EXPECTED = {
    "000_be5b76f68810c7aa.txt": (
        MON_25_MARCH,
        [
            ("on Saturday", "2024-03-23", "2024-03-23", DAY),
            ("since 2017", "2017-01-01", "2017-12-31", MONTH),
            ("over the past few years", "2021-03-25", "2024-03-25", MONTH),
            ("On Saturday", "2024-03-23", "2024-03-23", DAY),
            ("2012", "2012-01-01", "2012-12-31", MONTH),
            ("in early March", "2024-03-01", "2024-03-10", WEEK),
            ("March", "2024-03-01", "2024-03-31", MONTH),
            ("July 2023", "2023-07-01", "2023-07-31", MONTH),
            ("on Friday", "2024-03-22", "2024-03-22", DAY),
            ("last week", "2024-03-18", "2024-03-24", WEEK),
        ],
    ),
    "004_0b404599d40a8b73.txt": (
        SAT_20_APRIL,
        [
            ("in the coming months", "2024-04-21", "2024-07-20", MONTH),
            ("Until last year’s", "2023-01-01", "2023-12-31", MONTH),
            ("in mid-March", "2024-03-11", "2024-03-20", WEEK),
            ("Since the end of July 2023", "2023-07-21", "2023-07-31", WEEK),
            ("At the beginning of April", "2024-04-01", "2024-04-10", WEEK),
        ],
    ),
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_articles(seeds_dir: Path, name: str) -> None:
    published, expected = SEED_EXPECTED[name]
    text = (seeds_dir / name).read_text(encoding="utf-8")
    got = [(m.text, m.date_start, m.date_end, m.precision) for m in find_dates(text, published)]
    assert got == [(phrase, D(start), D(end), precision) for phrase, start, end, precision in expected]


def test_a_day_written_after_its_month_with_a_comma_or_a_dot_is_a_day_not_the_whole_month() -> None:
    # note-takers' forms: "October, 27th", "November, 24:", "Sept.30", "July.15-17", "13-December-1998"
    pub = date(2017, 11, 30)
    cases = {
        "JNIM claimed the attack on October, 27th.": ("on October, 27th", "2017-10-27", "2017-10-27"),
        "Claimed by JNIM on November, 24: 8 killed.": ("on November, 24", "2017-11-24", "2017-11-24"),
        "On Sept.30, a spokesman said 12 were killed.": ("On Sept.30", "2017-09-30", "2017-09-30"),
        "Soldiers killed 30 militants between July.15-17 near Diffa.": ("between July.15-17", "2017-07-15", "2017-07-17"),
        # a range's second day after its own dotted month: "between Mar.28 and Apr.7", "on Feb.10 and Feb.11"
        "Police arrested 40 suspects between Mar.28 and Apr.7 in the east.": ("between Mar.28 and Apr.7", "2017-03-28",
                                                                             "2017-04-07"),
        "Nurses held a sit-in on Feb.10 and Feb.11 in Dori.": ("Feb.10 and Feb.11", "2017-02-10", "2017-02-11"),
        "The journalist was killed on 13-December-1998.": ("on 13-December-1998", "1998-12-13", "1998-12-13"),
    }
    for text, (phrase, start, end) in cases.items():
        got = [(m.text, m.date_start, m.date_end) for m in find_dates(text, pub)]
        assert got == [(phrase, D(start), D(end))], text
    # one of two days next to each other is the two days at week precision, not the second one alone; two counts
    # joined by "or" are no days
    for text, phrase, start in (("Herders were attacked on 14 or 15 March near Tahoua.", "on 14 or 15 March", "2017-03-14"),
                                ("On April 1 or 2, a school was burned in Kaya.", "On April 1 or 2", "2017-04-01")):
        (m,) = find_dates(text, pub)
        assert (m.text, m.date_start, m.date_end - m.date_start, m.precision) == (
            phrase, D(start), timedelta(days=1), WEEK), text
    for text in ("In March, 2 or 3 people were killed in Gao.", "Gunmen killed 2 or 3 people in Gao in March."):
        (m,) = find_dates(text, pub)
        assert m.precision == MONTH, text
    # a comma then a number that counts is the month and a count, not a day
    for text in ("In October, 27 people were killed.", "In March, 30 were killed in Gao.", "In May, 2-3 people died."):
        (m,) = find_dates(text, pub)
        assert m.precision == MONTH, text


def test_a_year_told_once_for_a_list_of_months_is_each_months_year() -> None:
    # "in June and July 2017" in a 2011 report: June 2017, not June 2011
    pub = date(2011, 11, 25)
    cases = {
        "Two hostages were freed in March and April 2013, the ministry said.": [
            ("in March", "2013-03-01", "2013-03-31"), ("April 2013", "2013-04-01", "2013-04-30")],
        "Floods hit the valley in late August and early September 2009.": [
            ("in late August", "2009-08-21", "2009-08-31"), ("early September 2009", "2009-09-01", "2009-09-10")],
        "Schools closed in May, June and July 2010.": [
            ("in May", "2010-05-01", "2010-05-31"), ("June", "2010-06-01", "2010-06-30"),
            ("July 2010", "2010-07-01", "2010-07-31")],
        # a month after the last one of the list is in the year before
        "Strikes went on in December and January 2010.": [
            ("in December", "2009-12-01", "2009-12-31"), ("January 2010", "2010-01-01", "2010-01-31")],
        # no year told: each month is the latest one before the report, as before
        "Traders protested in March and April over taxes.": [
            ("in March", "2011-03-01", "2011-03-31"), ("April", "2011-04-01", "2011-04-30")],
    }
    for text, want in cases.items():
        got = [(m.text, m.date_start, m.date_end) for m in find_dates(text, pub)]
        assert got == [(p, D(s), D(e)) for p, s, e in want], text


def test_a_span_of_weekdays_holding_the_reports_weekday_is_the_one_under_way() -> None:
    # a Wednesday report: "from Monday to Friday" is this week's, "on Monday and Tuesday" this week's too (it
    # ended before the report), "last Monday to Friday" and a span that ended on Sunday the week's before
    wed = date(2024, 1, 10)
    cases = {
        "Markets in Gao stayed shut from Monday to Friday.": ("2024-01-08", "2024-01-12"),
        "Fighting raged from Tuesday to Thursday near Menaka.": ("2024-01-09", "2024-01-11"),
        "Gunmen attacked two villages on Monday and Tuesday.": ("2024-01-08", "2024-01-09"),
        "Teachers struck from Thursday to Sunday.": ("2024-01-04", "2024-01-07"),
        "Strikes hit Kaya last Monday to Friday.": ("2024-01-01", "2024-01-05"),
    }
    for text, (start, end) in cases.items():
        (m,) = find_dates(text, wed, same_weekday_is_today=True)
        assert (m.date_start, m.date_end, m.precision) == (D(start), D(end), WEEK), text


@pytest.mark.parametrize(("text", "phrase", "start", "end", "precision"), [
    # each day of a range may carry its weekday: one span, not the second day alone (a night's two days are one night,
    # day precision, as "the night of Saturday to Sunday" is)
    ("Bandits raided Kiri in the night of Friday 4 to Saturday 5 June, stealing cattle.",
     "Friday 4 to Saturday 5 June", date(2021, 6, 4), date(2021, 6, 5), 1),
    ("Traders kept their shops shut from Monday, 7 to Wednesday, 9 June 2021 in Maradi.",
     "from Monday, 7 to Wednesday, 9 June 2021", date(2021, 6, 7), date(2021, 6, 9), WEEK),
])
def test_a_day_range_whose_days_carry_their_weekdays(text: str, phrase: str, start: date, end: date,
                                                      precision: int) -> None:
    d = _find(text, date(2021, 6, 15), phrase)
    assert (d.date_start, d.date_end, d.precision) == (start, end, precision)


@pytest.mark.parametrize(("text", "phrase", "start", "end"), [
    # a night dated by its two days right after "overnight", with no word between: those days, not the night
    # before the report
    ("Overnight 12-13 March, gunmen burned the market in Kiri.", "12-13 March", date(2024, 3, 12), date(2024, 3, 13)),
    ("A police post was shelled overnight March 12-13 near Kiri.", "March 12-13", date(2024, 3, 12), date(2024, 3, 13)),
])
def test_overnight_dated_by_the_days_after_it(text: str, phrase: str, start: date, end: date) -> None:
    mentions = find_dates(text, MON_25_MARCH)
    assert [m.text for m in mentions] == [phrase]
    assert (mentions[0].date_start, mentions[0].date_end) == (start, end)


@pytest.mark.parametrize("text", [
    "The post was attacked overnight, 1 gendarme wounded.",
    "Rebels attacked overnight 3 villages near Kiri.",
])
def test_overnight_before_a_count_is_still_the_night_before(text: str) -> None:
    (m,) = find_dates(text, MON_25_MARCH)
    assert (m.text.lower(), m.date_start, m.date_end) == ("overnight", date(2024, 3, 24), date(2024, 3, 25))


@pytest.mark.parametrize(("text", "line"), [
    ("OUAGADOUGOU, Nov 18 (Reuters) - Suspected militants killed", "OUAGADOUGOU, Nov 18 (Reuters) - "),
    ("NIAMEY, Niger (AP) — Soldiers said", "NIAMEY, Niger (AP) — "),
    ("Bamako (AFP) - Jihadists said", "Bamako (AFP) - "),
    ("BAMAKO, Mali, Nov. 18, 2025 (AFP) - The army", "BAMAKO, Mali, Nov. 18, 2025 (AFP) - "),
    ("Gunmen kill 12 in Mali\n\nDAKAR, Senegal (AP) — Gunmen", "DAKAR, Senegal (AP) — "),  # after a headline
    ("CHARLESTON, W.Va. - Police said", "CHARLESTON, W.Va. - "),
    ("Gunmen kill 40 - officials", None),  # a headline's dash
    ("POLICE SAY THE SUSPECT FLED - more", None),  # capitals alone, many words: a shouted headline
    ("The army said - nothing more", None),
])
def test_the_dateline_a_story_opens_with(text: str, line: str | None) -> None:
    from sitrep.text.dateline import dateline_span

    span = dateline_span(text)
    assert (text[span[0]:span[1]] if span else None) == line


@pytest.mark.parametrize(("text", "published", "filed"), [
    # a wire story filed days before the copy was published: its dateline's day
    ("BAMAKO, Jan 8 (Reuters) - Gunmen killed", date(2020, 1, 15), date(2020, 1, 8)),
    ("NIAMEY, Niger, Jan. 8, 2020 (AFP) - Gunmen killed", date(2020, 1, 9), date(2020, 1, 8)),
    ("Attack in Mali\n\nGAO, Mali, 30 December (AFP) - Gunmen", date(2020, 1, 2), date(2019, 12, 30)),
    # filed on the publication day, no day in the dateline, or a day long before: the publication stands
    ("BAMAKO, Jan 15 (Reuters) - Gunmen killed", date(2020, 1, 15), None),
    ("NIAMEY, Niger (AP) — Gunmen killed", date(2020, 1, 15), None),
    ("BAMAKO, March 2 (Reuters) - Gunmen killed", date(2020, 6, 15), None),
    ("Gunmen killed 12 people on Jan 8 in Mali.", date(2020, 1, 15), None),
    # a teaser's dateline before the story's: the two disagree, neither is taken (not the teaser's, a month early)
    ("Related coverage:\nMOPTI, Oct 25 (Reuters) - Jihadists kill 12 in central Mali raid\nBAMAKO, Nov 17 (Reuters) - "
     "Jihadists killed nine soldiers in an attack on an army post near Boni on Sunday, the army said.",
     date(2025, 11, 18), None),
    # (two that agree: their day)
    ("BAMAKO, Nov 17 (Reuters) - Jihadists killed nine\nMOPTI, Nov 17 (Reuters) - Soldiers", date(2025, 11, 18),
     date(2025, 11, 17)),
])
def test_the_day_a_story_was_filed(text: str, published: date, filed: date | None) -> None:
    from sitrep.text.dateline import filing_date

    assert filing_date(text, published) == filed


# -- a day told by its distance from the day told just before (session 49; sentences written for this test) -----------
@pytest.mark.parametrize("phrase, day, rule", [
    ("The next day", date(2025, 1, 27), "anaphoric-next-day"),
    ("Later that day", date(2025, 1, 26), "anaphoric-same-day"),
    ("On the same day", date(2025, 1, 26), "anaphoric-same-day"),
    ("The day before", date(2025, 1, 25), "anaphoric-previous-day"),
    ("Two days later", date(2025, 1, 28), "anaphoric-days-later"),
    ("3 days earlier", date(2025, 1, 23), "anaphoric-days-earlier"),
])
def test_a_day_told_from_the_day_before_it(phrase: str, day: date, rule: str) -> None:
    text = f"Gunmen killed five villagers in Tahoua on Sunday. {phrase}, soldiers clashed with them near Agadez."
    got = [d for d in find_dates(text, date(2025, 1, 29)) if d.text.lower() == phrase.lower()]
    assert len(got) == 1 and got[0].date_start == day and got[0].precision == 1 and got[0].rule == rule


@pytest.mark.parametrize("text", [
    "The next day, soldiers clashed with them near Agadez.",  # no day told before it
    "Gunmen killed five villagers in Tahoua on Sunday. Two days later, soldiers will meet the elders.",  # after publication
    "Gunmen killed five villagers in Tahoua on Sunday. Two days after the raid, soldiers arrived.",  # its own reference
])
def test_no_day_from_the_day_before_it(text: str) -> None:
    assert not [d for d in find_dates(text, date(2025, 1, 27)) if d.rule.startswith("anaphoric")]


def test_no_day_counted_from_a_bound_of_a_time() -> None:
    text = "Protests have been taking place daily since 21 July. On the same day, shows of force took place in Nouakchott."
    assert not [d for d in find_dates(text, date(2019, 7, 30)) if d.rule.startswith("anaphoric")]
