"""Find date phrases in English news text and resolve them against the publication date (ACLED precision)."""

from __future__ import annotations

import re
from calendar import isleap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sitrep.model import DAY, MONTH, WEEK, DateMention

__all__ = ["PAST_TIME", "count_value", "find_dates", "resolve_phrase"]


# --------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    name: i
    for i, name in enumerate(
        (
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        ),
        start=1,
    )
}
# the months' names, January first (for other modules' patterns)
MONTH_NAMES: tuple[str, ...] = tuple(_MONTHS)
_MONTH_ABBR: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS: dict[str, int] = {
    name: i
    for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
# the weekdays' names, Monday first (for other modules' patterns)
WEEKDAY_NAMES: tuple[str, ...] = tuple(_WEEKDAYS)
_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
}
_VAGUE_NUMBERS = frozenset({"a few", "few", "several"})

# How a part of a period is written -> a key (see _part_of_month / _part_of_year / _part_of_week).
_PART_KEYS: dict[str, str] = {
    "early": "early", "beginning": "early", "start": "early", "very beginning": "early",
    "very start": "early", "early part": "early",
    "mid": "mid", "middle": "mid", "very middle": "mid",
    "late": "late", "end": "late", "very end": "late", "latter part": "late", "later part": "late",
    "first half": "half1", "second half": "half2", "latter half": "half2",
    "first week": "week1", "second week": "week2", "third week": "week3", "fourth week": "week4",
    "last week": "lastweek", "final week": "lastweek",
    "first days": "firstdays", "first few days": "firstdays",
    "last days": "lastdays", "last few days": "lastdays", "final days": "lastdays",
    "earlier": "earlier", "later": "later",
}
_PART_RULES: dict[str, str] = {
    "early": "early", "mid": "mid", "late": "late", "half1": "first-half", "half2": "second-half",
    "week1": "first-week", "week2": "second-week", "week3": "third-week", "week4": "fourth-week",
    "lastweek": "last-week", "firstdays": "first-days", "lastdays": "last-days",
    "earlier": "earlier", "later": "later",
}

# Words before a weekday that make it a holiday or a name, not a date.
_WEEKDAY_BLOCKERS = frozenset(
    {"good", "black", "ash", "bloody", "holy", "palm", "easter", "super", "cyber", "maundy", "shrove", "great"}
)
# Titles before a month name that make it a person ("Mr. May", "Gen. August").
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "gen", "sen", "rep", "gov", "pres", "lt", "col", "maj",
     "capt", "sgt", "president", "minister", "premier", "chancellor", "sir", "lady", "lord", "dame"}
)
# Words after which a bare capitalised month name is a date ("before March", "the March delegation").
_MONTH_CUES = frozenset(
    {"for", "of", "before", "after", "between", "through", "and", "or", "to", "from", "around", "until", "since",
     "in", "on", "during", "by", "till", "throughout", "into", "late", "early", "mid", "last", "this", "next"}
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "whose", "last"})
# Lower-case words that follow a determiner + month without making it attributive ("the March on Washington").
_FUNCTION_WORDS = frozenset(
    {"on", "of", "to", "for", "and", "or", "in", "at", "by", "with", "from", "is", "was", "were", "are", "be",
     "that", "which", "who", "as", "into", "against", "through", "toward", "towards", "across", "past"}
)
# Words after a bare month name that make it a procession, not a date.
_MARCH_WORDS = frozenset({"on", "for", "to", "against", "through", "toward", "towards", "across", "into", "of"})
# A number followed by one of these counts something: it is not a day or a year ("in March 30 people").
_COUNT_NOUNS = frozenset(
    """people persons soldiers troops civilians fighters militants rebels insurgents terrorists extremists
    jihadists gunmen attackers assailants men women children students protesters demonstrators refugees
    migrants personnel police policemen officers members villagers residents workers killed dead died deaths
    casualties wounded injured bodies houses homes buildings villages vehicles cars trucks weapons guns rifles
    rounds km kilometres kilometers miles metres meters tons tonnes dollars euros francs hectares acres cattle
    cases votes seats units times percent""".split()
)
# "a total of 2000": a quantity, not a year.
_QUANTITY_NOUNS = frozenset(
    """total number toll tally sum average maximum minimum estimate figure force group crowd contingent
    deployment height altitude distance depth capacity population budget cost price value amount""".split()
)

# --------------------------------------------------------------------------------------------------
# Regex building blocks (case-sensitive by default; case-insensitive parts are scoped with (?i:...))
# --------------------------------------------------------------------------------------------------

_S = r"[^\S\n]+"  # one or more spaces, never a line break
_OS = r"[^\S\n]*"
_WB = r"(?<![\w])"  # a phrase starting with a word
_NB = r"(?<![\w$€£.,/\-–])"  # a phrase that may start with a digit: not inside a number or an amount


def _words(*alternatives: str) -> str:
    """An alternation of phrases, each space standing for `_S`, longest first."""
    alts = sorted(alternatives, key=len, reverse=True)
    return "|".join(a.replace(" ", _S) for a in alts)


_FULL_MONTHS = "|".join(_MONTHS)
_ABBR_MONTHS = "|".join(sorted(_MONTH_ABBR, key=len, reverse=True))


def _month(g: str) -> str:
    return rf"(?P<{g}>(?i:(?:{_FULL_MONTHS})(?![a-z])|(?:{_ABBR_MONTHS})(?:\.|(?![a-z]))))"


def _weekday(g: str) -> str:
    return rf"(?P<{g}>(?i:{'|'.join(_WEEKDAYS)})(?![A-Za-z]))"


# A weekday written before a full date ("Saturday, 23 March 2024", "Tue, March 22, 2016"): not resolved.
_WEEKDAY_PREFIX = (
    rf"(?:(?i:{'|'.join(_WEEKDAYS)})(?![A-Za-z])|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:\.|(?![A-Za-z])))"
)


# a weekday before a day of a range: "Saturday 9 to Sunday 10 May", "Fri, 8 - Sat, 9 May"
_RANGE_WEEKDAY = rf"(?:{_WEEKDAY_PREFIX},?{_S})?"


def _day(g: str) -> str:
    return rf"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?(?![\w]|[.,]\d)"


def _year(g: str) -> str:
    return rf"(?P<{g}>(?:19|20)\d\d)(?![\w]|[.,]\d)"


# between a month name and its day: a space, or as note-takers write them "October, 27th", "Sept.30", "July.15-17"
# (a comma only before a day that cannot be a count: see _comma_day_ok)
_MD_SEP = rf"(?:{_S}|(?<=\.)(?=\d)|\.(?=\d)|(?P<comma>,){_OS})"
# the same before a range's second day, with no comma: "between Mar.28 and Apr.7"
_MD_SEP2 = rf"(?:{_S}|(?<=\.)(?=\d)|\.(?=\d))"
_PREPOSITIONS = _words("on", "in", "at", "during", "since", "until", "till", "by", "throughout", "as of")
_PREP = rf"(?:(?P<prep>(?i:{_PREPOSITIONS})){_S})?"  # part of the phrase: "on Saturday", "since 2017"
_THE = rf"(?:(?i:the){_S})?"
_SEP_WORD = r"(?i:and|to|until|till|through|thru|or)"  # "or": one of two days, see _day_range
_RANGE_SEP = rf"(?:{_S}(?P<sep>{_SEP_WORD}){_S}|{_OS}(?P<dash>[-–—]){_OS})"
_PART_CORE = _words(
    "beginning", "start", "middle", "end", "very beginning", "very start", "very end", "very middle",
    "first half", "second half", "latter half", "first week", "second week", "third week", "fourth week",
    "last week", "final week", "first days", "first few days", "last days", "last few days", "final days",
    "early part", "latter part", "later part",
)
# "early", "mid-", "late", "the beginning of", "towards the end of", "end-" (only hyphenated: "end March" is a verb)
_PART = (
    rf"(?:(?P<part>(?i:early|mid|late|(?:towards?{_S})?the{_S}(?:{_PART_CORE}){_S}of))(?:{_S}|-)"
    rf"|(?P<partend>(?i:end))-)"
)
_PART_REL = (
    rf"(?:(?P<part>(?i:earlier|later|early|late|mid|(?:towards?{_S})?the{_S}(?:{_PART_CORE}){_S}of))(?:{_S}|-))"
)
# Seasons (northern hemisphere, as the wires write them) and quarters of a year: months first..last.
_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
    "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12),
    "last quarter": (10, 12), "final quarter": (10, 12),
}
_SEASON = (
    rf"(?P<season>(?i:(?:the{_S})?(?:{_words(*(k for k in _SEASONS if not k.startswith('q')))})(?:{_S}of)?"
    rf"|q[1-4])){_S}"
)
_NUM = rf"(?P<n>\d\d?\d?|(?i:{_words(*_NUMBER_WORDS)}))"
_POSS = r"(?P<poss>['’]s)?"

# --------------------------------------------------------------------------------------------------
# Results and small date helpers
# --------------------------------------------------------------------------------------------------


class _Res(NamedTuple):
    start: date | None
    end: date | None
    precision: int
    rule: str
    anchored: bool = True


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    published: date | None
    same_weekday_is_today: bool


_Handler = Callable[[re.Match[str], _Ctx], _Res | None]
_Matcher = Callable[[str, int], re.Match[str] | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    """One row of the pattern table: the pattern is tried only near the anchor tokens it needs."""

    name: str
    anchors: frozenset[str]  # kinds of token the phrase contains (see _anchors): where to try the pattern
    leads: frozenset[str]  # what the word where the phrase starts may be (see _lead_starts)
    pattern: re.Pattern[str]
    handler: _Handler

    @property
    def has_span(self) -> bool:
        """The pattern marks the phrase with a group named "span" (context around it is not part of it)."""
        return "span" in self.pattern.groupindex


_FUTURE_WINDOW = timedelta(days=61)  # a year-less day may lie up to ~2 months after publication


def _loose(precision: int, rule: str) -> _Res:
    """A relative phrase that cannot be anchored: no publication date."""
    return _Res(None, None, precision, rule, False)


_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day(y: int, m: int) -> int:
    return 29 if m == 2 and isleap(y) else _MONTH_LENGTHS[m - 1]


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12 and 1 <= d <= 31) or d > _last_day(y, m):
        return None
    return date(y, m, d)


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, _last_day(y, m))


def _year_span(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _add_months(d: date, n: int) -> date:
    y, m0 = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m0 + 1, min(d.day, _last_day(y, m0 + 1)))


def _span_precision(a: date, b: date) -> int:
    n = (b - a).days + 1
    return DAY if n <= 1 else WEEK if n <= 7 else MONTH


def _month_num(tok: str) -> int | None:
    """The month number of a month token, or None when it is not capitalised ("march", "may")."""
    word = tok.rstrip(".")
    if not (word[:1].isupper() and (word[1:].islower() or word.isupper())):
        return None
    low = word.lower()
    return _MONTHS.get(low) or _MONTH_ABBR.get(low)


def _is_abbreviated(tok: str) -> bool:
    return tok.rstrip(".").lower() not in _MONTHS


def _weekday_num(tok: str) -> int | None:
    if not (tok[:1].isupper() and (tok[1:].islower() or tok.isupper())):
        return None
    return _WEEKDAYS.get(tok.lower())


def _norm(s: str | None) -> str:
    return " ".join(s.lower().split()) if s else ""


_SPACE_DASH = re.compile(r"[\s\-]+")


def _part_key(raw: str | None) -> str | None:
    if not raw:
        return None
    s = _SPACE_DASH.sub(" ", raw.lower()).strip()
    for prefix in ("towards ", "toward ", "the "):
        s = s.removeprefix(prefix)
    return _PART_KEYS.get(s.removesuffix(" of"))


def count_value(raw: str) -> int:
    """A count of days, weeks or months as written: digits or a word ("two", "a", "a couple of", "several")."""
    return int(raw) if raw.isdigit() else _NUMBER_WORDS[_norm(raw)]


# --------------------------------------------------------------------------------------------------
# Context around a match
# --------------------------------------------------------------------------------------------------

_PREV_WORD = re.compile(r"([A-Za-z][\w.'’\-]*)[^\S\n]*$")
_NEXT_WORD = re.compile(r"[^\S\n]*([A-Za-z][\w'’\-]*)")
_NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
_NOT_OVERNIGHT = frozenset(
    {"a", "an", "the", "happen", "change", "changed", "fixed", "solved", "disappear", "vanish"}
)
_FUTURE_CUE = re.compile(
    r"(?:\b(?:will|shall|won['’]t|(?:scheduled|slated|planned|set)\s+(?:to|for)|upcoming|expected\s+to|"
    r"due\s+(?:on|for)|to\s+be\s+held|plans?\s+to|intends?\s+to|"
    # (a future told in reported speech: "the commission said voting would continue on Sunday")
    r"would\s+(?:(?:only|then|now)\s+)?(?:continue|resume|reopen|restart|start|begin|end|take\s+place|be\s+held|"
    r"be\s+(?:re)?opened|hold|meet|go\s+ahead))\b|['’]ll\b)",
    re.IGNORECASE,
)


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1).rstrip(".") if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"'“‘«(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;"


def _future_cue(text: str, pos: int) -> bool:
    """True when the clause before `pos` (a phrase's anchor) speaks of the future ("will meet on Tuesday")."""
    lo = max(0, pos - 50)
    for stop in ".!?;\n":
        lo = max(lo, text.rfind(stop, lo, pos) + 1)
    return _FUTURE_CUE.search(text, lo, pos) is not None


def _counts_something(text: str, pos: int) -> bool:
    """True when the word after `pos` is a counted noun ("March 30 people", "the 2000 soldiers")."""
    return _next_word(text, pos).lower() in _COUNT_NOUNS


# --------------------------------------------------------------------------------------------------
# Year inference and calendar arithmetic
# --------------------------------------------------------------------------------------------------


def _year_for_day(mo: int, d: int, pub: date) -> date | None:
    """A year-less day: the latest occurrence no more than ~2 months after publication."""
    for y in range(pub.year + 1, pub.year - 8, -1):
        dd = _safe_date(y, mo, d)
        if dd is not None and dd <= pub + _FUTURE_WINDOW:
            return dd
    return None


def _year_for_month(mo: int, first: int, last: int, pub: date, *, future: bool) -> int:
    """A year-less month (or part of one, days first..last): the most recent past occurrence, or the next
    one when the clause speaks of the future."""
    if future:
        end = date(pub.year, mo, min(last, _last_day(pub.year, mo)))
        return pub.year if end >= pub else pub.year + 1
    return pub.year if date(pub.year, mo, first) <= pub else pub.year - 1


# Parts of a month as (first day, last day or an offset from the month's end when <= 0, precision).
_MONTH_PARTS: dict[str | None, tuple[int, int, int]] = {
    None: (1, 0, MONTH),
    "early": (1, 10, WEEK), "mid": (11, 20, WEEK), "late": (21, 0, WEEK),
    "half1": (1, 15, MONTH), "half2": (16, 0, MONTH),
    "week1": (1, 7, WEEK), "week2": (8, 14, WEEK), "week3": (15, 21, WEEK), "week4": (22, 28, WEEK),
    "lastweek": (-6, 0, WEEK), "firstdays": (1, 7, WEEK), "lastdays": (-6, 0, WEEK),
}


def _part_of_month(key: str | None, y: int, mo: int) -> tuple[date, date, int] | None:
    part = _MONTH_PARTS.get(key)
    if part is None:
        return None
    a, b, p = part
    n = _last_day(y, mo)
    return date(y, mo, a if a > 0 else n + a), date(y, mo, b if b > 0 else n + b), p


def _part_of_year(key: str | None, start: date, end: date) -> tuple[date, date] | None:
    """A part of a year (or of a run of years): early = Jan-Apr, mid = May-Aug, late = Sep-Dec."""
    months: dict[str | None, tuple[int, int]] = {
        None: (1, 12), "early": (1, 4), "mid": (5, 8), "late": (9, 12), "half1": (1, 6), "half2": (7, 12),
    }
    if key not in months:
        return None
    a, b = months[key]
    return date(start.year, a, 1), date(end.year, b, _last_day(end.year, b))


def _part_of_week(key: str | None, monday: date) -> tuple[date, date] | None:
    days: dict[str | None, tuple[int, int]] = {None: (0, 6), "early": (0, 2), "mid": (2, 4), "late": (4, 6)}
    if key not in days:
        return None
    a, b = days[key]
    return monday + timedelta(days=a), monday + timedelta(days=b)


def _weekday_before(wd: int, pub: date, *, same_day: bool) -> date:
    back = (pub.weekday() - wd) % 7
    if back == 0 and not same_day:
        back = 7
    return pub - timedelta(days=back)


def _weekday_after(wd: int, pub: date, *, same_day: bool) -> date:
    ahead = (wd - pub.weekday()) % 7
    if ahead == 0 and not same_day:
        ahead = 7
    return pub + timedelta(days=ahead)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


# --------------------------------------------------------------------------------------------------
# Handlers: one per pattern. Each returns a resolution or None (not a date after all).
# --------------------------------------------------------------------------------------------------


def _h_iso(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _Res(d, d, DAY, "iso-date") if d else None


def _h_numeric(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a <= 12 < b:  # 03/20/2024: only month-first reading is possible
        d, rule = _safe_date(y, a, b), "numeric-date-mdy"
    else:
        d, rule = _safe_date(y, b, a), "numeric-date-dmy"
    return _Res(d, d, DAY, rule) if d else None


def _day_month(m: re.Match[str], ctx: _Ctx, *, month_first: bool) -> _Res | None:
    mo = _month_num(m["mo"])
    day = int(m["d"])
    if mo is None or not 1 <= day <= 31:
        return None
    if m["y"]:
        d = _safe_date(int(m["y"]), mo, day)
        return _Res(d, d, DAY, "absolute-day") if d else None
    if month_first and _counts_something(ctx.text, m.end()):
        return None  # "In March 30 people were killed"
    if m.groupdict().get("comma") and not m["y"] and not _comma_day_ok(m, ctx.text):
        return None  # "In October, 27 were killed": a month, then a count
    if day > _last_day(2024, mo):  # 2024: a leap year, so 29 February passes
        return None
    if ctx.published is None:
        return _loose(DAY, "absolute-day-no-year")
    d = _year_for_day(mo, day, ctx.published)
    return _Res(d, d, DAY, "absolute-day-inferred-year") if d else None


def _comma_day_ok(m: re.Match[str], text: str) -> bool:
    """A day written after a comma ("on October, 27th", "Claimed by JNIM on November, 24: ...") is a day when it
    has an ordinal suffix, when no word follows it, or after "on"; else it may be a count ("In March, 30 died")."""
    after = text[m.end("d"):m.end("d") + 2]
    if after.isalpha() and after.lower() in ("st", "nd", "rd", "th"):
        return True
    if _norm(m.groupdict().get("prep") or m.groupdict().get("lead")) == "on":
        return True
    rest = text[m.end():m.end() + 3].lstrip(" \t")
    return not rest or rest[0] in ".,;:)]!?\"'’”"


def _h_dmy(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _day_month(m, ctx, month_first=False)


def _h_mdy(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _day_month(m, ctx, month_first=True)


def _day_range(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    raw1, raw2 = m["mo1"], m["mo2"]  # one of them may be left out: "1-3 May", "May 1-3"
    mo1 = _month_num(raw1) if raw1 else None
    mo2 = _month_num(raw2) if raw2 else None
    if (raw1 and mo1 is None) or (raw2 and mo2 is None):
        return None  # a lower-case "may"
    mo1, mo2 = mo1 or mo2, mo2 or mo1
    if mo1 is None or mo2 is None:
        return None
    d1, d2 = int(m["d1"]), int(m["d2"])
    if m.groupdict().get("comma") and (_counts_something(ctx.text, m.end()) or _NEXT_WORD.match(ctx.text, m.end())):
        return None  # "In May, 2 or 3 people": a count
    if m["sep"] and _norm(m["sep"]) == "and" and _norm(m["lead"]) not in ("between", ""):
        return None
    # one of two days next to each other ("on 14 or 15 March", "On April 1 or 2"): the two days, at week precision
    # as ACLED codes an uncertain day, not the second alone; not two counts ("March 2 or 3 people were killed")
    if m["sep"] and _norm(m["sep"]) == "or" and (
            int(m["d2"]) - int(m["d1"]) != 1 or (raw1 and raw2) or _counts_something(ctx.text, m.end())):
        return None
    y2 = int(m["y2"]) if m["y2"] else int(m["y1"]) if m["y1"] else None
    if y2 is None:
        if ctx.published is None:
            return _loose(WEEK, "day-range-no-year")
        end = _year_for_day(mo2, d2, ctx.published)
        if end is None:
            return None
        y2 = end.year
    y1 = int(m["y1"]) if m["y1"] else (y2 if (mo1, d1) <= (mo2, d2) else y2 - 1)
    start, end2 = _safe_date(y1, mo1, d1), _safe_date(y2, mo2, d2)
    if start is None or end2 is None or not start < end2 or (end2 - start).days > 92:
        return None
    if (end2 - start).days == 1 and _NIGHT_OF_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        # "in the night of 10 to 11 May", "overnight from May 10-11": one night, coded on its first day, as a night
        # named by its weekdays is
        return _Res(start, end2, DAY, "night-day-range")
    return _Res(start, end2, _span_precision(start, end2), "day-range")


_NIGHT_OF_BEFORE = re.compile(r"\b(?:night|overnight)(?:\s+(?:of|between|from))?\s+(?:the\s+)?$", re.IGNORECASE)


def _h_weekday_range(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    w1, w2 = _weekday_num(m["wd1"]), _weekday_num(m["wd2"])
    if w1 is None or w2 is None or w1 == w2:
        return None
    length = (w2 - w1) % 7
    lead = _norm(m["lead"])
    # "the night of Saturday to Sunday", "Saturday night into Sunday": one night, coded on its first day
    night = length == 1 and ("night" in lead or _norm(m["tod1"]) in ("night", "overnight"))
    precision = DAY if night else WEEK
    rule = "night-weekday-range" if night else "weekday-range"
    pub = ctx.published
    if pub is None:
        return _loose(precision, rule)
    if lead == "next" or (lead != "last" and _future_cue(ctx.text, m.start("wd1"))):
        start = _weekday_after(w1, pub, same_day=ctx.same_weekday_is_today)
        return _Res(start, start + timedelta(days=length), precision, f"future-{rule}")
    # (a night that ends on the report's weekday is the one that just ended: "on the night of Sunday to Monday" in a
    # Monday report; one that begins on it is that day's, not a week old: "the night of Monday to Tuesday")
    if night and lead != "last" and w1 == pub.weekday():
        return _Res(pub, pub + timedelta(days=1), precision, rule)
    # (a span of weekdays that has the report's weekday strictly inside it is the one under way: "from Sunday to
    # Tuesday" in a Monday report is this Sunday to Tuesday, not the week before's)
    if not night and lead != "last" and 0 < (pub.weekday() - w1) % 7 < length:
        start = pub - timedelta(days=(pub.weekday() - w1) % 7)
        return _Res(start, start + timedelta(days=length), precision, rule)
    end = _weekday_before(w2, pub, same_day=(ctx.same_weekday_is_today or night) and lead != "last")
    return _Res(end - timedelta(days=length), end, precision, rule)


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    wd = _weekday_num(m["wd"])
    if wd is None:
        return None
    mod = _norm(m["mod"])
    if not mod and _prev_word(ctx.text, m.start()).lower() in _WEEKDAY_BLOCKERS:
        return None  # "Good Friday", "Bloody Sunday"
    pub = ctx.published
    if mod == "next":
        if pub is None:
            return _loose(DAY, "future-next-weekday")
        d = _weekday_after(wd, pub, same_day=False)
        return _Res(d, d, DAY, "next-weekday")
    if mod == "this":
        if pub is None:
            return _loose(DAY, "this-weekday")
        d = _monday(pub) + timedelta(days=wd)
        return _Res(d, d, DAY, "this-weekday")
    if mod in ("last", "past", "this past"):
        if pub is None:
            return _loose(DAY, "last-weekday")
        d = _weekday_before(wd, pub, same_day=False)
        return _Res(d, d, DAY, "last-weekday")
    future = _future_cue(ctx.text, m.start("wd"))
    if pub is None:
        return _loose(DAY, "future-weekday" if future else "weekday-before-published")
    if future:
        d = _weekday_after(wd, pub, same_day=ctx.same_weekday_is_today)
        return _Res(d, d, DAY, "future-weekday")
    d = _weekday_before(wd, pub, same_day=ctx.same_weekday_is_today)
    return _Res(d, d, DAY, "weekday-before-published")


_RELATIVE_DAYS: dict[str, tuple[int, int, str]] = {
    # phrase -> (offset of first day, offset of last day, rule)
    "today": (0, 0, "today"), "earlier today": (0, 0, "today"), "early today": (0, 0, "today"),
    "later today": (0, 0, "today"), "this morning": (0, 0, "today"), "this afternoon": (0, 0, "today"),
    "this evening": (0, 0, "today"), "tonight": (0, 0, "tonight"),
    "yesterday": (-1, -1, "yesterday"), "last night": (-1, -1, "last-night"),
    "the day before yesterday": (-2, -2, "day-before-yesterday"),
    "tomorrow": (1, 1, "tomorrow"), "the day after tomorrow": (2, 2, "day-after-tomorrow"),
    "overnight": (-1, 0, "overnight"),
}


_DATED_NIGHT = re.compile(r"\s*,?\s*(?:between|on|of|from|into|the night of|on the night of)\s+(?:the\s+)?(?:\w+day\s+)?"
                          r"(?:\d|" + _FULL_MONTHS + r")",
                          re.IGNORECASE)
# ... or by its days right after it, with no word between: "overnight 25-26 March", "Overnight March 25-26," (a day and
# its month: not a count, "attacked overnight, 1 gendarme wounded")
_MONTHS_ALT = r"(?i:" + _FULL_MONTHS + r")"
_DATED_NIGHT_BARE = re.compile(r"\s*,?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|/|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+"
                               + _MONTHS_ALT + r"|" + _MONTHS_ALT + r"\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|/|to|and)\s*\d{1,2})\b")


def _h_relative_day(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    w = _norm(m["w"])
    if w not in _RELATIVE_DAYS:
        return None
    start = m.start("w")
    prev = _prev_word(ctx.text, start)
    if w == "today" and m["w"][0] == "T" and prev[:1].isupper() and not _at_sentence_start(ctx.text, start):
        return None  # "USA Today"
    if w == "overnight" and (
        prev.lower() in _NOT_OVERNIGHT or _NEGATION.search(ctx.text, max(0, start - 30), start)
    ):
        return None  # "an overnight curfew", "it won't change overnight"
    if w == "overnight" and (_DATED_NIGHT.match(ctx.text, m.end("w")) or _DATED_NIGHT_BARE.match(ctx.text, m.end("w"))):
        return None  # "overnight between 25 and 26 March": the night is dated by what follows
    a, b, rule = _RELATIVE_DAYS[w]
    if ctx.published is None:
        return _loose(DAY, rule)
    return _Res(ctx.published + timedelta(days=a), ctx.published + timedelta(days=b), DAY, rule)


def _h_ago(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    raw = _norm(m["n"])
    n = count_value(raw)
    vague = raw in _VAGUE_NUMBERS
    unit = _norm(m["unit"]).rstrip("s")
    rule = f"{unit}s-ago"
    pub = ctx.published
    if pub is None:
        return _loose({"day": WEEK if vague else DAY, "week": MONTH if vague else WEEK}.get(unit, MONTH), rule)
    if unit == "day":
        if vague:
            return _Res(pub - timedelta(days=7), pub - timedelta(days=2), WEEK, rule)
        d = pub - timedelta(days=n)
        return _Res(d, d, DAY, rule)
    if unit == "week":
        if vague:
            return _Res(pub - timedelta(weeks=5), pub - timedelta(weeks=2), MONTH, rule)
        mid = pub - timedelta(weeks=n)
        return _Res(mid - timedelta(days=3), mid + timedelta(days=3), WEEK, rule)
    if unit == "month":
        if vague:
            return _Res(_month_span(*_ym(_add_months(pub, -5)))[0], _month_span(*_ym(_add_months(pub, -2)))[1],
                        MONTH, rule)
        return _Res(*_month_span(*_ym(_add_months(pub, -n))), MONTH, rule)
    if vague:
        return _Res(date(pub.year - 5, 1, 1), date(pub.year - 2, 12, 31), MONTH, rule)
    return _Res(*_year_span(pub.year - n), MONTH, rule)


def _ym(d: date) -> tuple[int, int]:
    return d.year, d.month


_ROLLING_DEFAULT_N: dict[str, int] = {"hour": 24, "day": 7, "week": 3, "month": 3, "year": 3, "decade": 2}


def _h_rolling(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    direction = _norm(m["dir"])
    if direction == "following":
        return None  # "the following days": relative to an event, not to publication
    if direction == "recent" and m["the"] and not m["n"]:
        return None  # "the recent weeks" is rare; "in recent weeks" is the phrase
    unit = _norm(m["unit"]).rstrip("s")
    n = count_value(m["n"]) if m["n"] else _ROLLING_DEFAULT_N[unit]
    future = direction in ("coming", "next", "upcoming")
    rule = f"{'future-coming' if future else 'recent' if direction == 'recent' else 'past'}-{unit}s"
    pub = ctx.published
    if unit in ("hour", "day", "week"):
        days = -(-n // 24) if unit == "hour" else n * (1 if unit == "day" else 7)
        delta = timedelta(days=max(1, days))
        precision = DAY if days <= 1 else WEEK if days <= 7 else MONTH  # "the past 24 hours": one day
    else:
        delta = timedelta()
        precision = MONTH
    if pub is None:
        return _loose(precision, rule)
    if unit == "month":
        far = _add_months(pub, n if future else -n)
    elif unit in ("year", "decade"):
        k = n * (10 if unit == "decade" else 1)
        far = _add_months(pub, 12 * (k if future else -k))
    else:
        far = pub + delta if future else pub - delta
    if future:
        return _Res(pub + timedelta(days=1), far, precision, rule)
    return _Res(far, pub, precision, rule)


def _period(rel: str, unit: str, pub: date) -> tuple[date, date] | None:
    """The calendar week / weekend / month / year named by this|last|next relative to publication."""
    step = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "this past": -1,
            "next": 1, "coming": 1}.get(rel)
    if step is None:
        return None
    if unit == "week":
        monday = _monday(pub) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    if unit == "weekend":
        saturday = _monday(pub) + timedelta(days=5)
        if step < 0:
            saturday = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
            if pub.weekday() == 6:
                saturday -= timedelta(weeks=1)
        elif step > 0 and saturday <= pub:
            saturday += timedelta(weeks=1)
        return saturday, saturday + timedelta(days=1)
    if unit == "month":
        return _month_span(*_ym(_add_months(pub.replace(day=1), step)))
    return _year_span(pub.year + step)


def _h_relative_period(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rel = _norm(m["rel"])
    unit = _norm(m["unit"])
    key = _part_key(m["part"])
    if m["part"] and key is None:
        return None
    the = bool(m["the"])
    if unit == "decade" and (key is not None or rel in ("this", "current")):
        return None
    # "the past week" is the 7 days before publication; "last week" the calendar week, and so is "the previous week" (the
    # week before the one the story is told in: "The previous week, a drone hit a fuel depot", not the days up to the
    # report). A decade always rolls.
    rolling = (the or unit == "decade") and (rel in ("past", "last") or rel == "previous" and unit == "decade") \
        and unit != "weekend" and key is None
    rolling_future = (the or unit == "decade") and rel in ("coming", "next") and key is None
    base_rule = f"{rel.replace(' ', '-')}-{unit}"
    if rolling or rolling_future:
        base_rule = f"{'future-coming' if rolling_future else 'past'}-{unit}"
    rule = f"{_PART_RULES[key]}-{base_rule}" if key else base_rule
    default_precision = WEEK if unit in ("week", "weekend") else MONTH
    pub = ctx.published
    if pub is None:
        return _loose(default_precision, rule)
    if rolling or rolling_future:
        length = timedelta(days={"week": 7, "month": 30, "year": 365, "decade": 3652}[unit])
        if rolling_future:
            return _Res(pub + timedelta(days=1), pub + length, default_precision, rule)
        return _Res(pub - length, pub, default_precision, rule)
    span = _period(rel, unit, pub)
    if span is None:
        return None
    start, end = span
    if key is None:
        return _Res(start, end, default_precision, rule)
    if key == "earlier":
        if not start <= pub <= end:
            return None
        end = max(start, pub - timedelta(days=1))
        return _Res(start, end, max(WEEK, _span_precision(start, end)), rule)
    if key == "later":
        if not start <= pub <= end:
            return None
        start = min(end, pub + timedelta(days=1))
        return _Res(start, end, max(WEEK, _span_precision(start, end)), rule)
    if unit == "month":
        part = _part_of_month(key, start.year, start.month)
        return None if part is None else _Res(part[0], part[1], part[2], rule)
    if unit == "year":
        yp = _part_of_year(key, start, end)
        return None if yp is None else _Res(yp[0], yp[1], MONTH, rule)
    if unit == "week":
        wp = _part_of_week(key, start)
        return None if wp is None else _Res(wp[0], wp[1], WEEK, rule)
    return None


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    pub = ctx.published
    if pub is None:
        return _loose(WEEK, "weekend")
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    return _Res(saturday, saturday + timedelta(days=1), WEEK, "weekend")


def _bare_month_ok(text: str, start: int, end: int, mo: int, tok: str) -> str | None:
    """Whether a capitalised month name with no preposition, part or year is a date: None when not,
    else the rule name ("month" or "month-attributive")."""
    if _is_abbreviated(tok):
        return None
    prev = _prev_word(text, start)
    low = prev.lower()
    if low in _TITLES:
        return None
    if low in _MONTH_CUES:
        return "month"
    nxt = _next_word(text, end)
    if low in _DETERMINERS:
        if nxt[:1].islower() and nxt.lower() not in _FUNCTION_WORDS and text[end : end + 1] in " \u00a0":
            return "month-attributive"  # "the March delegation"
        return None
    if mo == 5:
        return None  # "May" needs a cue: "May I", "Theresa May"
    if nxt[:1].isupper() and text[end : end + 1] in " \u00a0":
        return None  # "March Madness", "June Carter"
    if nxt.lower() in _MARCH_WORDS:
        return None  # "March on Washington", "a March for Our Lives"
    if _at_sentence_start(text, start):
        return "month"
    if prev[:1].isupper():
        return None  # "Long March", "Theresa May"
    return "month"


# what follows a year-less month whose year is told after the next month(s) of a list: ", July and August 2017",
# " and early July 2017", " or July, 2017"
_SHARED_YEAR = re.compile(
    rf"(?:(?:\s*,|,?\s+(?i:and|or|to|through|until|till))\s+(?:(?i:in)\s+)?(?:(?i:early|mid|late)(?:\s+|-))?"
    rf"(?P<mo2>{'|'.join(n.capitalize() for n in _MONTHS)})(?![\w]))+,?\s+(?P<y>(?:19|20)\d\d)(?![\w]|[.,]\d)"
)


def _h_month(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    tok = m["mo"]
    mo = _month_num(tok)
    if mo is None:
        return None
    part_raw = m["part"] or m["partend"]
    key = _part_key(part_raw)
    if part_raw and (key is None or key in ("earlier", "later")):
        return None
    rel, relyear, year = _norm(m["rel"]), _norm(m["relyear"]), m["y"]
    rule = "month"
    if not (m["prep"] or part_raw or rel or relyear or year):
        bare = _bare_month_ok(ctx.text, m.start("mo"), m.end("mo"), mo, tok)
        if bare is None:
            return None
        rule = bare
    elif _is_abbreviated(tok) and not year:
        return None
    elif m["prep"] and not (part_raw or rel or relyear or year) and _norm(m["prep"]) in ("on", "at"):
        return None  # "on May" is not English for a date; "at March" neither
    if m["prep"] and mo == 5 and not (part_raw or rel or relyear or year):
        nxt = _next_word(ctx.text, m.end("mo"))
        if nxt in ("I", "we", "you", "he", "she", "they", "it") or (_norm(m["prep"]) == "by" and nxt[:1].isupper()):
            return None  # "in May I saw", "by May Day"
    pub = ctx.published
    if year:
        y = int(year)
        rule = "month-year"
    elif relyear:
        if pub is None:
            return _loose(MONTH if key in (None, "half1", "half2") else WEEK, "month-relative-year")
        y = pub.year + {"last": -1, "this": 0, "next": 1}[relyear]
        rule = "month-relative-year"
    elif rel:
        if pub is None:
            return _loose(MONTH, f"{rel.replace(' ', '-')}-month-name")
        if rel == "this":
            y = pub.year
        elif rel == "next":
            y = pub.year if mo > pub.month else pub.year + 1
        else:
            y = pub.year if mo < pub.month else pub.year - 1
        rule = f"{rel.replace(' ', '-')}-month-name"
    elif (shared := _SHARED_YEAR.match(ctx.text, m.end())) is not None:
        # the year told once for a list of months is each one's: "in June and July 2017", "in late June and early
        # July 2017", "in June, July and August 2017" (not June of the year before publication); a month after the
        # last one is the year before it: "in December and January 2017"
        last = _month_num(shared["mo2"])
        y = int(shared["y"]) - (1 if last is not None and mo > last else 0)
        rule = "month-shared-year"
    else:
        future = _future_cue(ctx.text, m.start("mo"))
        if pub is None:
            return _loose(MONTH if key in (None, "half1", "half2") else WEEK, "future-month" if future else rule)
        probe = _part_of_month(key, 2024, mo)
        if probe is None:
            return None
        y = _year_for_month(mo, probe[0].day, probe[1].day, pub, future=future)
        if future:
            rule = "future-month"
    part = _part_of_month(key, y, mo)
    if part is None:
        return None
    if key is not None:
        rule = f"{_PART_RULES[key]}-month"
    return _Res(part[0], part[1], part[2], rule)


def _h_month_range(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mo1, mo2 = _month_num(m["mo1"]), _month_num(m["mo2"])
    if mo1 is None or mo2 is None or mo1 == mo2:
        return None
    if (_is_abbreviated(m["mo1"]) or _is_abbreviated(m["mo2"])) and not (m["y1"] or m["y2"]):
        return None
    if m["sep"] and _norm(m["sep"]) == "and" and _norm(m["lead"]) != "between":
        return None  # "in March and April": two months; each is found on its own
    if not m["lead"] and not (m["y1"] or m["y2"]) and not m["dash"]:
        return None
    pub = ctx.published
    if m["y2"] or m["y1"]:
        y2 = int(m["y2"] or m["y1"])
    elif pub is None:
        return _loose(MONTH, "month-range")
    else:
        y2 = _year_for_month(mo2, 1, 31, pub, future=_future_cue(ctx.text, m.start("mo1")))
    y1 = int(m["y1"]) if m["y1"] else (y2 if mo1 < mo2 else y2 - 1)
    start, end = date(y1, mo1, 1), date(y2, mo2, _last_day(y2, mo2))
    if not start < end or (end - start).days > 730:
        return None
    return _Res(start, end, MONTH, "month-range")


def _h_year_prep(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    prep = _norm(m["prep"])
    part_raw = m["part"] or m["partend"]
    key = _part_key(part_raw)
    if part_raw and key is None:
        return None
    if not (prep or part_raw or m["season"]) or (prep in ("on", "at") and not (part_raw or m["season"])):
        return None
    if prep == "by" and _counts_something(ctx.text, m.end()):
        return None  # "increased by 2000 troops"
    y = int(m["y"])
    if m["season"]:
        season = _norm(m["season"]).removeprefix("the ").removesuffix(" of")
        a, b = _SEASONS[season]
        kind = "quarter" if "q" in season else "season"
        return _Res(date(y, a, 1), date(y, b, _last_day(y, b)), MONTH, f"{kind}-year")
    span = _part_of_year(key, date(y, 1, 1), date(y, 12, 31))
    if span is None:
        return None
    return _Res(span[0], span[1], MONTH, f"{_PART_RULES[key]}-year" if key else "year")


def _h_year_cue(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    cue = _norm(m["cue"])
    if cue == "of" and _prev_word(ctx.text, m.start("cue")).lower() in _QUANTITY_NOUNS:
        return None  # "a total of 2000"
    if _counts_something(ctx.text, m.end()):
        return None
    return _Res(*_year_span(int(m["y"])), MONTH, "year")


def _h_year_attributive(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if _counts_something(ctx.text, m.end("span")):
        return None  # "the 2000 soldiers"
    return _Res(*_year_span(int(m["y"])), MONTH, "year-attributive")


def _h_year_range(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y1 = int(m["y1"])
    raw2 = m["y2"]
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if not y1 < y2 <= y1 + 100:
        return None
    if m["sep"] and _norm(m["sep"]) == "and" and _norm(m["prep"]) != "between":
        return None
    if not (m["prep"] or m["dash"] or m["sep"]):
        return None
    return _Res(date(y1, 1, 1), date(y2, 12, 31), MONTH, "year-range")


def _h_decade(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = int(m["dec"])
    part = {"": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}[_norm(m["part"])]
    return _Res(date(y + part[0], 1, 1), date(y + part[1], 12, 31), MONTH, "decade")


# --------------------------------------------------------------------------------------------------
# The pattern table. Order is the tie-break between equally long matches at the same place.
# --------------------------------------------------------------------------------------------------

_TOD = r"(?i:morning|afternoon|evening|night|overnight)"
# (a night told by its two days with "from" or "between" is one night too: "in the night from Sunday to Monday", "the
# night between Friday and Saturday")
_WEEKDAY_RANGE_LEAD = _words(
    "between", "from", "on", "over", "last", "next", "overnight", "overnight from", "overnight between", "the night of",
    "on the night of", "the night from", "on the night from", "the night between", "on the night between"
)
_WEEKDAY_MOD = _words(
    "on", "last", "this past", "this", "next", "past", "early on", "late on", "early", "late",
    "overnight on", "overnight", "since", "until", "till", "by", "the night of", "on the night of",
    "the morning of", "on the morning of", "the evening of", "on the evening of",
    "the early hours of", "in the early hours of", "early hours of",
)


def _leads(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Anchor tokens. Scanning 1 MB with twenty patterns that may start anywhere is slow in `re`; instead three
# fast case-sensitive scans find the tokens every phrase contains (a year, a month or weekday name, a word
# like "yesterday" or "week"), and each pattern is tried with `match` only at the anchor and at the starts
# of the few words before it that could belong to a date phrase. A day number needs no anchor of its own:
# its phrase also holds a month name or a year ("between 1 and 3 May", "20/03/2024").
_YEAR, _MONTH, _WEEKDAY = frozenset({"year"}), frozenset({"month"}), frozenset({"weekday"})
_RELDAY, _AGO, _UNIT = frozenset({"relday"}), frozenset({"ago"}), frozenset({"unit"})
_YEAR_DIGITS = re.compile(r"[12]\d\d\d(?!\d)")
_NAME_KINDS: dict[str, str] = {
    **{w: "month" for name in (*_MONTHS, *_MONTH_ABBR) for w in (name.capitalize(), name.upper())},
    **{w: "weekday" for name in _WEEKDAYS for w in (name.capitalize(), name.upper())},
}
_NAMES = re.compile("(?:" + "|".join(sorted(_NAME_KINDS, key=len, reverse=True)) + ")(?![a-z])")
_WORD_KINDS: dict[str, str] = {
    **{
        w: "relday"
        for w in ("today", "tonight", "yesterday", "tomorrow", "overnight", "night", "morning", "afternoon", "evening")
    },
    "ago": "ago",
    **{
        w: "unit"
        for w in ("week", "weekend", "month", "year", "decade", "hours", "days", "weeks", "months", "years", "decades")
    },
}
# First letter as a character class, then the tails: `re` scans a leading class fast; the scan over-matches
# ("dear") and _anchors keeps only the words in _WORD_KINDS.
_WORDS = re.compile(
    "[" + "".join(sorted({c for w in _WORD_KINDS for c in (w[0], w[0].upper())})) + "](?:"
    + "|".join(sorted({w[1:] for w in _WORD_KINDS}, key=len, reverse=True))
    + ")(?![a-z])"
)
_MAX_LEAD_CHARS = 50  # how far before an anchor a phrase may start ("since the very end of last ...")
_MAX_LEAD_WORDS = 8
# Words that may stand between the start of a phrase and its anchor (in any case: "On", "Since"). Numbers,
# month and weekday names and capitalised possessives ("Niger's 2023 coup") may too.
_LEAD_WORDS = frozenset(
    """on in at during since until till by throughout as of from between over for within before after around
    circa and or to through thru into the a an its their his her our this that whose early mid late end
    beginning start middle very first second third fourth last final half latter later part days week
    towards toward earlier past next previous current coming recent upcoming following few several couple
    one two three four five six seven eight nine ten eleven twelve weeks months years hours decades month
    year weekend night morning afternoon evening overnight day decade quarter spring summer autumn fall q1 q2 q3
    q4 mon tue tues wed thu thur thurs fri sat sun""".split()
)
_DASHES = frozenset({"-", "–", "—", "/"})
_PUNCT = ".,;:!?'’\"“”‘()[]-–—/"


def _anchors(text: str) -> list[tuple[int, str]]:
    """(offset, kind) of every token that a date phrase must contain."""
    found: list[tuple[int, str]] = []
    for m in _YEAR_DIGITS.finditer(text):
        a = m.start()
        if text[a : a + 2] in ("19", "20") and (a == 0 or not text[a - 1].isdigit()):
            found.append((a, "year"))
    for m in _NAMES.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            found.append((m.start(), _NAME_KINDS[m.group()]))
    for m in _WORDS.finditer(text):
        kind = _WORD_KINDS.get(m.group().lower())
        if kind is not None and (m.start() == 0 or not text[m.start() - 1].isalpha()):
            found.append((m.start(), kind))
    return found


def _lead_starts(text: str, anchor: int) -> list[tuple[int, str]]:
    """Where a phrase holding the anchor may start, farthest first, each with what the word there is for
    the rules' `leads` ("#num", "#name" for a month or weekday name, "#poss", or a lower-case lead word; ""
    for the anchor itself): the words just before the anchor that could belong to a date phrase, stopping
    at the first that cannot, then the anchor."""
    lo = max(0, anchor - _MAX_LEAD_CHARS)
    chunk = text[lo:anchor]
    end = len(chunk)
    starts: list[tuple[int, str]] = []
    for tok in reversed(chunk.split()):
        pos = chunk.rfind(tok, 0, end)
        end = pos
        word = tok.lstrip(_PUNCT)
        if not word:
            if tok in _DASHES:
                continue
            break
        bare = word.rstrip(_PUNCT)
        if word[0].isdigit():
            key = "#num"
        elif bare in _NAME_KINDS:
            key = "#name"
        elif bare.lower() in _LEAD_WORDS:
            key = bare.lower()
        elif word.endswith(("'s", "’s")):
            key = "#poss"
        else:
            break
        start = lo + pos + len(tok) - len(word)
        if start < anchor:
            starts.append((start, key))
        if len(starts) >= _MAX_LEAD_WORDS:
            break
    starts.reverse()
    starts.append((anchor, "#anchor"))
    return starts


def _candidates(text: str, ctx: _Ctx) -> list[tuple[int, int, int, _Res]]:
    """Every (start, end, priority, resolution) that some rule accepts, overlaps included."""
    candidates: list[tuple[int, int, int, _Res]] = []
    tried: set[int] = set()
    n_rules = len(_RULES)
    for anchor, kind in _anchors(text):
        starts = _lead_starts(text, anchor)
        for priority, leads, match, handler, has_span in _RULES_BY_KIND[kind]:
            covered = -1  # a start inside a match this rule accepted can only give a shorter, dominated one
            for pos, key in starts:
                if pos < covered or key not in leads:
                    continue
                seen = pos * n_rules + priority
                if seen in tried:
                    continue
                tried.add(seen)
                m = match(text, pos)
                if m is None or m.end() <= anchor:
                    continue
                try:
                    res = handler(m, ctx)
                except (ValueError, OverflowError):  # arithmetic beyond year 1 or 9999: not a usable date
                    continue
                if res is None:
                    continue
                covered = m.end()
                start, end = m.span("span") if has_span else m.span()
                candidates.append((start, end, priority, res))
    return candidates


# What may start a phrase, by rule (see _lead_starts): prepositions, abbreviated weekdays before a full date.
_L_PREP = "on in at during since until till by throughout as"
_L_WEEKDAY_ABBR = "mon tue tues wed thu thur thurs fri sat sun"
_YEAR_CUES = _words("of", "for", "before", "after", "around", "from", "and", "or", "to", "the year", "circa")

_RULES: tuple[_Rule, ...] = (
    _Rule(
        "iso-date",
        _YEAR,
        _leads("#anchor"),
        re.compile(
            r"(?<![\w.\-/])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<mo>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?![\w]|[-/.]\d)"
        ),
        _h_iso,
    ),
    _Rule(
        "numeric-date",
        _YEAR,
        _leads("#num"),
        re.compile(
            r"(?<![\w.\-/])(?P<a>[0-3]?\d)(?P<s>[-/.])(?P<b>[0-3]?\d)(?P=s)(?P<y>(?:19|20)\d\d)(?![\w]|[-/.]\d)"
        ),
        _h_numeric,
    ),
    _Rule(
        "day-range-dm",
        _MONTH,
        _leads("between from on in during the #num #name"),
        # (each day may carry its weekday: "the night of Saturday 9 to Sunday 10 May")
        re.compile(
            rf"{_NB}(?:(?P<lead>(?i:between|from|on|in|during)){_S})?{_THE}{_RANGE_WEEKDAY}{_day('d1')}(?:{_S}(?i:of))?"
            rf"(?:{_S}{_month('mo1')})?(?:,?{_S}{_year('y1')})?{_RANGE_SEP}{_THE}{_RANGE_WEEKDAY}{_day('d2')}"
            rf"(?:{_S}(?i:of))?"
            rf"{_S}{_month('mo2')}(?:,?{_S}{_year('y2')})?"
        ),
        _day_range,
    ),
    _Rule(
        "day-range-md",
        _MONTH,
        _leads("#anchor between from on in during #name"),
        re.compile(
            rf"{_NB}(?:(?P<lead>(?i:between|from|on|in|during)){_S})?{_month('mo1')}{_MD_SEP}{_day('d1')}"
            rf"(?:,?{_S}{_year('y1')})?{_RANGE_SEP}(?:{_month('mo2')}{_MD_SEP2})?{_day('d2')}(?:,?{_S}{_year('y2')})?"
        ),
        _day_range,
    ),
    _Rule(
        "absolute-day-dm",
        _MONTH,
        _leads(f"{_L_PREP} {_L_WEEKDAY_ABBR} #name the #num"),
        re.compile(
            rf"{_NB}{_PREP}(?:{_WEEKDAY_PREFIX},?{_S})?{_THE}{_day('d')}(?:(?:{_S}(?i:of))?{_S}|-(?=(?i:{_FULL_MONTHS})-(?:19|20)\d\d))"
            rf"{_month('mo')}(?:(?:,?{_S}|-){_year('y')})?"
        ),
        _h_dmy,
    ),
    _Rule(
        "absolute-day-md",
        _MONTH,
        _leads(f"#anchor {_L_PREP} {_L_WEEKDAY_ABBR} #name"),
        re.compile(
            rf"{_NB}{_PREP}(?:{_WEEKDAY_PREFIX},?{_S})?{_month('mo')}{_MD_SEP}{_THE}{_day('d')}(?:,?{_S}{_year('y')})?"
        ),
        _h_mdy,
    ),
    _Rule(
        "month-range",
        _MONTH,
        _leads("#anchor between from in during since #name"),
        re.compile(
            rf"{_WB}(?:(?P<lead>(?i:between|from|in|during|since)){_S})?{_month('mo1')}(?:{_S}{_year('y1')})?"
            rf"(?:{_S}(?P<sep>(?i:and|to|until|till|through)){_S}|{_OS}(?P<dash>[-–—/]){_OS})"
            rf"{_month('mo2')}(?:,?{_S}{_year('y2')})?"
        ),
        _h_month_range,
    ),
    _Rule(
        "month",
        _MONTH,
        _leads(f"#anchor {_L_PREP} early mid late towards toward the end last this next"),
        re.compile(
            rf"{_WB}{_PREP}{_PART}?(?:(?P<rel>(?i:{_words('last', 'this', 'next', 'this past')})){_S})?{_month('mo')}"
            rf"(?:(?:,?{_S}|{_S}(?i:of){_S})(?:{_year('y')}|(?P<relyear>(?i:last|this|next)){_S}(?i:year)))?"
            rf"{_POSS}"
        ),
        _h_month,
    ),
    _Rule(
        "weekday-range",
        _WEEKDAY,
        _leads("#anchor between from on over last next overnight the #name"),
        re.compile(
            rf"{_WB}(?:(?P<lead>(?i:{_WEEKDAY_RANGE_LEAD})){_S})?{_weekday('wd1')}(?:{_S}(?P<tod1>{_TOD}))?"
            rf"(?:{_S}(?i:and|to|until|till|through|into|thru){_S}|{_OS}[-–—]{_OS}){_weekday('wd2')}"
            rf"(?:{_S}{_TOD})?"
        ),
        _h_weekday_range,
    ),
    _Rule(
        "weekday",
        _WEEKDAY,
        _leads("#anchor on last this past next early late overnight since until till by the in"),
        re.compile(
            rf"{_WB}(?:(?P<mod>(?i:{_WEEKDAY_MOD})){_S})?{_weekday('wd')}{_POSS}(?:{_S}(?P<tod>{_TOD})(?![\w]))?"
        ),
        _h_weekday,
    ),
    _Rule(
        "relative-day",
        _RELDAY,
        _leads("#anchor on since until till by from as the earlier later early last this"),
        re.compile(
            rf"{_WB}(?:(?P<prep>(?i:on|since|until|till|by|from|as{_S}of)){_S})?(?P<w>(?i:{_words(*_RELATIVE_DAYS)}))"
            rf"(?![\w])(?:{_S}(?P<tod>(?i:morning|afternoon|evening|night))(?![\w]))?{_POSS}"
        ),
        _h_relative_day,
    ),
    _Rule(
        "ago",
        _AGO,
        _leads("#num a an one two three four five six seven eight nine ten eleven twelve few several couple"),
        re.compile(rf"{_WB}{_NUM}{_S}(?P<unit>(?i:days?|weeks?|months?|years?)){_S}(?i:ago)(?![\w])"),
        _h_ago,
    ),
    _Rule(
        "rolling",
        _UNIT,
        _leads("in over during for within throughout since the past last previous coming next upcoming recent"),
        re.compile(
            rf"{_WB}(?:(?P<prep>(?i:in|over|during|for|within|throughout|since)){_S})?(?:(?P<the>(?i:the)){_S})?"
            rf"(?P<dir>(?i:past|last|previous|coming|next|upcoming|recent|following)){_S}(?:{_NUM}{_S})?"
            rf"(?P<unit>(?i:hours|days|weeks|months|years|decades))(?![\w])"
        ),
        _h_rolling,
    ),
    _Rule(
        "relative-period",
        _UNIT,
        _leads(
            f"{_L_PREP} earlier later early late mid towards toward the this past last next previous current coming"
        ),
        re.compile(
            rf"{_WB}{_PREP}{_PART_REL}?(?:(?P<the>(?i:the)){_S})?"
            rf"(?P<rel>(?i:{_words('this past', 'last', 'this', 'next', 'past', 'previous', 'current', 'coming')}))"
            rf"{_S}(?P<unit>(?i:week|weekend|month|year|decade))(?![\w]){_POSS}"
        ),
        _h_relative_period,
    ),
    _Rule(
        "weekend",
        _UNIT,
        _leads("over at during on since until by the"),
        re.compile(
            rf"{_WB}(?:(?P<prep>(?i:over|at|during|on|since|until|by)){_S})?(?i:the){_S}(?i:weekend)(?![\w]){_POSS}"
        ),
        _h_weekend,
    ),
    _Rule(
        "year-range",
        _YEAR,
        _leads("#anchor between from in since during until by throughout #num"),
        re.compile(
            rf"{_NB}(?:(?P<prep>(?i:between|from|in|since|during|until|by|throughout)){_S})?(?P<y1>(?:19|20)\d\d)"
            rf"(?:{_OS}(?P<dash>[-–—/]){_OS}|{_S}(?P<sep>(?i:to|and|until|till|through)){_S})"
            rf"(?P<y2>(?:19|20)\d\d|\d\d)(?![\w]|[.,]\d)"
        ),
        _h_year_range,
    ),
    _Rule(
        "year",
        _YEAR,
        _leads(
            f"{_L_PREP} early mid late towards toward the end spring summer autumn fall first second third fourth"
            " last final q1 q2 q3 q4"
        ),
        re.compile(rf"{_NB}{_PREP}(?:{_PART}|{_SEASON})?{_year('y')}{_POSS}"),
        _h_year_prep,
    ),
    _Rule(
        "year-cue",  # the cue is context, not part of the phrase: "in 1984 and 2003", "the elections of 2012"
        _YEAR,
        _leads("of for before after around from and or to the circa"),
        re.compile(rf"{_WB}(?P<cue>(?i:{_YEAR_CUES})){_S}(?P<span>{_year('y')}{_POSS})"),
        _h_year_cue,
    ),
    _Rule(
        "year-attributive",  # "the 2012 agreement", "Niger's 2023 coup"
        _YEAR,
        _leads("the a an its their his her our this that whose #poss"),
        re.compile(
            rf"{_WB}(?:(?i:the|a|an|its|their|his|her|our|this|that|whose)|[A-Za-z][\w\-]*['’]s){_S}"
            rf"(?P<span>{_year('y')}(?:['’]s)?)(?={_S}[a-z])"
        ),
        _h_year_attributive,
    ),
    _Rule(
        "decade",
        _YEAR,
        _leads("#anchor the early mid late"),
        re.compile(
            rf"{_NB}(?:(?i:the){_S})?(?:(?P<part>(?i:early|mid|late))(?:{_S}|-))?(?P<dec>(?:19|20)\d0)['’]?s(?![\w])"
        ),
        _h_decade,
    ),
)


# For each anchor kind, the rules to try: (priority, leads, match, handler, has_span).
_RULES_BY_KIND: dict[str, tuple[tuple[int, frozenset[str], _Matcher, _Handler, bool], ...]] = {
    kind: tuple(
        (i, r.leads, r.pattern.match, r.handler, r.has_span) for i, r in enumerate(_RULES) if kind in r.anchors
    )
    for kind in ("year", "month", "weekday", "relday", "ago", "unit")
}


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def _as_date(published: date | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def find_dates(
    text: str, published: date | None, *, same_weekday_is_today: bool = False
) -> list[DateMention]:
    """Every date phrase in `text`, resolved against the publication date, sorted by start.

    Mentions never overlap: where phrases compete, the longest wins ("on Tuesday and Wednesday" over
    "on Tuesday"). A leading preposition (on, in, at, during, since, until, by, ...) is part of the span;
    a cue that only tells a number is a year ("of", "and", "the" in "the 2012 agreement") is not.
    `published` may be a date or a datetime.

    Conventions:

    * Weekdays: a bare weekday ("on Friday", "Saturday", "last Saturday") is the most recent such day
      strictly before publication, so one equal to the publication weekday means 7 days earlier; only
      "today" and "this <weekday>" mean the publication day itself. Online and wire copy mostly uses "on
      Monday" in a Monday story for that very day: pass `same_weekday_is_today=True` to read it so (on the
      Giveme5W1H gold "when" answers it gets 32 of 47 weekday answers right against 12). "next <weekday>"
      and a weekday after a future cue in its clause ("will meet on Tuesday") are the next such day.
      "Tuesday night" is Tuesday; "the night of Saturday to Sunday" is Saturday-Sunday at precision 1.
    * Year-less days ("20 March"): the latest occurrence no more than ~2 months after publication.
    * Year-less months and parts of months ("in December", "mid-March"): the most recent occurrence that
      began on or before publication; the next one when the clause has a future cue ("will", "scheduled
      for").
    * Parts of a month: early = 1-10, mid = 11-20, late = 21-end, "the beginning of" = early, "the middle
      of" = mid, "the end of" = late; precision 2 (ACLED's "a week or a few days" is the nearer fit for a
      ten-day window than a whole month). "The first week of", "the last days of": 7 days, precision 2.
      Halves of a month: precision 3. Parts of a year: early = Jan-Apr, mid = May-Aug, late = Sep-Dec;
      seasons (northern) and quarters; all precision 3.
    * "last week" / "this week" / "next week" are calendar weeks, Monday to Sunday (precision 2); "the past
      week", "the past two years", "in recent days" are windows ending on the publication day; "in the
      coming months" one starting the day after (3 months when no number is given). "Over the weekend" is
      the latest Saturday-Sunday that has begun. Months and years: precision 3.
    * "overnight" is the night before publication: date_start = published - 1, date_end = published,
      precision 1; "last night" is the evening before publication (published - 1). "N days ago" is one day; "N weeks
      ago" the 7 days centred N weeks back (precision 2).
    * Ranges ("between 1 and 3 May", "on Tuesday and Wednesday"): precision 1 for one day, 2 for up to 7
      days, 3 beyond.
    * A bare 4-digit year is a year only with a cue: a preposition ("in 2012", "since 2017"), a part
      ("early 2023"), a determiner before a noun ("the 2012 agreement", rule "year-attributive"); never
      before a counted noun ("the 2000 soldiers").
    * A capitalised month name alone is a date after a cue word or before a noun ("the March delegation",
      rule "month-attributive"); "May" always needs a cue. Lower-case "march", "may" are never dates.
    * Any anchored phrase that resolves to after the publication date gets a rule name starting "future-".
    * With `published=None`, phrases that need it (weekdays, "last week", year-less days and months) come
      back with anchored=False and no dates; absolute dates with a year still resolve.
    """
    pub = _as_date(published)
    ctx = _Ctx(text, pub, same_weekday_is_today)
    candidates = _candidates(text, ctx)
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    taken = bytearray(len(text))
    chosen: list[tuple[int, int, _Res]] = []
    for start, end, _, res in candidates:
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, res))
    chosen.sort(key=lambda c: c[0])
    mentions: list[DateMention] = []
    for start, end, res in chosen:
        start, res = _week_of(text, start, res)
        rule = res.rule
        if pub is not None and res.start is not None and res.start > pub and not rule.startswith("future-"):
            rule = f"future-{rule}"
        mentions.append(
            DateMention(
                start=start,
                end=end,
                text=text[start:end],
                date_start=res.start,
                date_end=res.end,
                precision=res.precision,
                rule=rule,
                anchored=res.anchored,
            )
        )
    return _anaphoric_days(text, mentions, pub)


# a day told by its distance from the day told just before: "the same day", "later that day", "that night", "the next
# day", "the following morning", "the day before", "two days later", "three days earlier" (not "two days after the
# raid", which names its own reference, nor "in the coming days")
_ANAPHORIC_DAY = re.compile(
    r"\b(?:(?P<same>(?:on\s+)?the\s+same\s+(?:day|night|evening|morning|afternoon)(?!\s+(?:that|as|when)\b)|(?:(?:later|earlier)\s+)?"
    r"(?:on\s+)?that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon))|"
    r"(?P<next>(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|evening|afternoon)|the\s+day\s+after(?!\s+(?:(?-i:[A-Z])|the\b|a\b|an\b|his\b|her\b|"
    r"their\b|its\b|polling\b|voting\b|elections?\b|\w+['’]s\b))|a\s+day\s+later)|"
    r"(?P<prev>(?:on\s+)?the\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon)|the\s+day\s+before"
    r"(?!\s+(?:(?-i:[A-Z])|the\b|a\b|an\b|his\b|her\b|their\b|its\b|polling\b|voting\b|elections?\b|\w+['’]s\b|"
    r"yesterday\b))|a\s+day\s+earlier)|"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+(?P<dir>later|earlier|afterwards)|"
    # (the happening just told, named by its noun: "Gunmen raided the village on Friday. Two days after the raid, troops
    # killed five bandits"; not one with a day or a place of its own after it, "two days after the attack on Djibo")
    r"(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+after\s+the\s+(?:[\w-]+\s+)?"
    r"(?P<noun>attack|raid|ambush|massacre|killings?|abduction|kidnapping|clash(?:es)?|assault|bombing|blast)"
    r"(?=\s*[,.;]))\b",
    re.IGNORECASE)
# a time of its own after it in the clause, which makes the phrase another occasion's ("on the day after Tabaski last
# year", "the same day in 2019")
# a past time that makes what it follows another occasion's (shared with the coder's reading of background deeds)
PAST_TIME = (r"(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
             r"(?:19|20)\d\d\b|(?:last|the\s+previous)\s+(?:year|month)\b|(?:a|one|two|three|\d+)\s+years?\s+ago\b)")
_ANAPHORIC_PAST_AFTER = re.compile(r"[^.;]{0,40}?\b" + PAST_TIME, re.IGNORECASE)
# a day told as a bound of a time, not as a happening's day ("since 21 July", "until Friday")
_BOUND_DAY = re.compile(r"(?:since|until|till|from|by|before|after)\b", re.IGNORECASE)
# the last day told before it must be this near, in the same or the previous sentence or two (characters)
_ANAPHORIC_REACH = 400


def _anaphoric_days(text: str, mentions: list[DateMention], pub: date | None) -> list[DateMention]:
    """Add the days told by their distance from the day told just before (`_ANAPHORIC_DAY`), resolved from that day
    (a day, precision 1); one with no such day near before it, or that would fall after publication, is left out."""
    found: list[DateMention] = []
    for m in _ANAPHORIC_DAY.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in mentions):
            continue
        # ("two days after the raid": the day of the sentence that tells the raid, not a later day told between,
        # "Residents buried the victims on Saturday")
        told = re.compile(r"\b" + m.group("noun")[:4], re.IGNORECASE) if m.group("n2") else None
        ref = next((d for d in reversed(mentions) if d.end <= m.start() and d.precision == DAY and d.anchored
                    and d.date_start is not None and d.date_start == d.date_end and not _BOUND_DAY.match(d.text)
                    and m.start() - d.end <= _ANAPHORIC_REACH and not d.rule.startswith("future-")
                    and (told is None or told.search(text, text.rfind(".", 0, d.start) + 1,
                                                     max(d.end, text.find(".", d.end))) is not None)), None)
        if ref is None or _ANAPHORIC_PAST_AFTER.match(text, m.end()):
            continue
        if m.group("same"):
            shift, rule = 0, "anaphoric-same-day"
        elif m.group("next"):
            shift, rule = 1, "anaphoric-next-day"
        elif m.group("prev"):
            shift, rule = -1, "anaphoric-previous-day"
        elif m.group("n2"):
            shift, rule = count_value(m.group("n2")), "anaphoric-days-after-happening"
        else:
            n_days = count_value(m.group("n"))
            shift = -n_days if m.group("dir").lower() == "earlier" else n_days
            rule = "anaphoric-days-" + ("earlier" if shift < 0 else "later")
        day = ref.date_start + timedelta(days=shift)
        if pub is not None and day > pub:
            continue
        found.append(DateMention(start=m.start(), end=m.end(), text=m.group(0), date_start=day, date_end=day,
                                 precision=DAY, rule=rule))
    return sorted(mentions + found, key=lambda d: d.start) if found else mentions


_WEEK_OF = re.compile(r"(?i:\b(?:(?:on|in|during|over)\s+)?the\s+week\s+of\s+)$")


def _week_of(text: str, start: int, res: _Res) -> tuple[int, _Res]:
    """A day told as "the week of 9 July" is the week that begins on it: seven days from that day, precision 2
    (the phrase takes in "the week of"); any other mention is kept as it is."""
    m = _WEEK_OF.search(text, max(0, start - 30), start)
    if m is None or res.start is None or res.start != res.end or res.precision != DAY:
        return start, res
    return m.start(), _Res(res.start, res.start + timedelta(days=6), WEEK, "week-of")


def resolve_phrase(
    phrase: str, published: date | None, *, same_weekday_is_today: bool = False
) -> tuple[date | None, date | None, int, str] | None:
    """Resolve one phrase: (date_start, date_end, precision, rule) of the longest date phrase in it.

    Falls back to dateparser for a full day-month-year date in a format the rules do not know
    ("20-Mar-2024"); returns None when nothing in the phrase is a date.
    """
    mentions = find_dates(phrase, published, same_weekday_is_today=same_weekday_is_today)
    if mentions:
        best = max(mentions, key=lambda d: d.end - d.start)
        return best.date_start, best.date_end, best.precision, best.rule
    d = _dateparser_absolute(phrase)
    return (d, d, DAY, "dateparser-absolute-day") if d else None


_HAS_DIGIT = re.compile(r"\d")


def _dateparser_absolute(phrase: str) -> date | None:
    """dateparser on a short phrase with a digit, accepted only when it gives day, month and year."""
    if len(phrase) > 60 or not _HAS_DIGIT.search(phrase):
        return None
    import dateparser  # slow to import; only this rare path needs it

    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]},
    )
    return parsed.date() if parsed is not None else None
