"""The dateline a wire or newspaper story opens with: where (and sometimes when) it was filed, not what happened.

"OUAGADOUGOU, Nov 18 (Reuters) - Suspected militants killed ... on Sunday", "NIAMEY, Niger (AP) — ...",
"Bamako (AFP) - ...", "TORRINGTON — City Council ...". The city is where the reporter is (often the capital, far
from the scene) and the date is the day of filing: the places stage keeps the city as a place with the context
"dateline" (the event's scene only when the story names no other), and the dates stage does not offer the filing
date as the date of a happening (it is the report's date, the publication date's stand-in).

Written here rather than taken from a library: the article extractors (trafilatura) keep the dateline inside the
body text, and dateparser reads its date like any other.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from sitrep.text.dates import _ABBR_MONTHS, _FULL_MONTHS, find_dates

__all__ = ["DATELINE_SEARCH_CHARS", "FILED_BEFORE_DAYS", "NOT_AGENCY", "dateline_filed", "dateline_span", "dated_dateline_spans",
           "filing_date"]

# how long before its publication a story may have been filed for its dateline's day to anchor its relative dates (a
# wire copy republished or scraped days later, or a day later across time zones); an older dateline day is more
# likely a misreading than a story held that long
FILED_BEFORE_DAYS = 31

# how far into the text a dateline may open: after a headline and a byline, at the start of a line
DATELINE_SEARCH_CHARS = 600

# (the month names the dates stage reads)
_MONTH = rf"(?i:{_FULL_MONTHS}|{_ABBR_MONTHS})\.?"
_DATE = (rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|"
         r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})")
# a city in capitals ("OUAGADOUGOU", "N'DJAMENA", "DAR ES SALAAM", "ST. LOUIS"); in title case only before an
# agency in brackets ("Bamako (AFP)")
_YEAR_DATE = rf"(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}})"
# (two cities joined by a slash, a story filed from both: "NAIROBI/KHARTOUM, May 3 (Reuters) -", "Geneva/El Fasher,
# 15 September 2026 -")
_CAPS_CITY = r"[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,3}(?:/[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2})?"
_TITLE_CITY = r"[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2}(?:/[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2})?"
# the country or state after it (", Niger", ", Burkina Faso", ", W.Va.")
_UNIT = r"(?:,[ \t]*[A-Z][\w.'’\-]*(?:[ \t]+(?:[A-Z][\w.'’\-]*|of(?=[ \t]+(?:the[ \t]+)?[A-Z])|the(?=[ \t]+[A-Z]))){0,3})"
# (", Democratic Republic of Congo", ", Republic of the Congo": a country's name with "of" and "the")
_AGENCY = r"\([A-Z][\w .&/'’-]{0,40}\)"
_DASH = r"[ \t]*(?:—|–|--|-|:)[ \t]+"
_DATELINE = re.compile(
    rf"(?P<city>{_CAPS_CITY}){_UNIT}?(?:,?[ \t]+(?P<date>{_DATE}))?(?:[ \t]*(?P<agency>{_AGENCY}))?{_DASH}"
    rf"|(?P<tcity>{_TITLE_CITY}){_UNIT}?(?:,?[ \t]+(?P<tdate>{_DATE}))?[ \t]*{_AGENCY}{_DASH}"
    # (a city in title case with a full date and no agency, as local papers and ministries file: "Mogadishu, 4 February
    # 2026 — The army said ...", "Port Sudan, 2 December 2025 -"; the year keeps a sentence's "On 4 May" out)
    # (or in brackets, as rights groups open their releases: "(Nairobi, March 25, 2026) - Armed groups ...")
    rf"|(?P<bopen>\()?(?P<ycity>{_TITLE_CITY}){_UNIT}?,[ \t]+(?P<ydate>{_YEAR_DATE})(?(bopen)\)){_DASH}")
_ROUNDUP_LABEL = re.compile(rf"(?:^|\n)[ \t]*{_CAPS_CITY}(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*:[ \t]")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*")
# words in a dateline's brackets that tell of the copy, not the agency that filed it ("KANO, Nigeria (Updated) -")
NOT_AGENCY = frozenset({"updated", "update", "corrected", "correction", "photos", "photo", "video", "videos", "live",
                        "watch", "analysis", "exclusive", "breaking", "opinion", "audio", "pictures", "graphic",
                        "repeats", "refiled", "official"})


@lru_cache(maxsize=8)
def _dateline_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every dateline opening a line in the first `DATELINE_SEARCH_CHARS` characters: a story's own and those of the
    teasers a page lists before or after it ("Related coverage:\nMOPTI, Oct 25 (Reuters) - ..."). Kept for the last
    few texts: the dates stage asks for an article's datelines three or four ways (filing day, agency, spans)."""
    out = []
    for ls in _LINE_START.finditer(text, 0, DATELINE_SEARCH_CHARS):
        m = _DATELINE.match(text, ls.end())
        if m is None:
            continue
        if m.group("city") is not None and not (m.group("date") or m.group("agency")) \
                and len(m.group("city").split()) > 2:
            continue  # a shouted headline, not a city: "POLICE SAY SUSPECT FLED -"
        out.append(m)
    # a title-case city with a full date and no agency ("Mogadishu, 4 February 2026 —") is a dateline only as the
    # story's first, and alone: two or more such lines are a list of incidents, each its own ("Djibo, 12 November
    # 2025 - Gunmen killed ...\nKaya, 14 November 2025 - Militants ambushed ..."), their days the deeds' own
    if sum(1 for m in out if m.group("ycity") is not None) > 1:
        out = [m for m in out if m.group("ycity") is None]
    out = [m for i, m in enumerate(out) if i == 0 or m.group("ycity") is None]
    # a label in capitals and a colon opening two or more paragraphs heads the items of a roundup ("MOGADISHU
    # (Banadir): On 6 March, ...\nLOWER SHABELLE: On 8 March, ..."): each the item's scene, no dateline
    if len(_ROUNDUP_LABEL.findall(text)) > 1:
        out = [m for m in out if not m.group(0).rstrip().endswith(":")]
    return tuple(out)


def _dateline_match(text: str) -> re.Match[str] | None:
    """The first dateline (see `_dateline_matches`)."""
    found = _dateline_matches(text)
    return found[0] if found else None


def _dateline_raw_dates(text: str) -> list[str]:
    return [raw for m in _dateline_matches(text) if (raw := m.group("date") or m.group("tdate") or m.group("ydate"))]


def filing_date(text: str, published: date | None) -> date | None:
    """The day the story was filed, from its dateline ("OUAGADOUGOU, Nov 18 (Reuters) -"), when it is a day before
    its publication by at most `FILED_BEFORE_DAYS` (a copy published or collected later): the day its "on Monday",
    "yesterday" and "last week" are told from. None without a dated dateline, or where the day is the publication's
    or after it (the publication day then stands for the report's day)."""
    if published is None:
        return None
    # (several dated datelines, a story's and a teaser's, "MOPTI, Oct 25 (Reuters) - ...\nBAMAKO, Nov 17 (Reuters) -
    # ...": the day only where they agree, the text cannot tell which is the story's)
    filed_days = set()
    for raw in _dateline_raw_dates(text):
        days = [d for d in find_dates(raw, published) if d.precision == 1 and d.date_start is not None
                and d.date_start == d.date_end]
        if len(days) != 1:
            return None
        filed_days.add(days[0].date_start)
    if len(filed_days) != 1:
        return None
    (filed,) = filed_days
    return filed if 0 < (published - filed).days <= FILED_BEFORE_DAYS else None


def dateline_filed(text: str) -> tuple[date | None, str | None]:
    """The filing date a dateline tells with its year ("GUSAU, Nigeria, March 3, 2025 (Reuters) -") and its
    agency ("Reuters"); None for either where the dateline lacks it (a date without a year is no anchor)."""
    m = _dateline_match(text)
    if m is None:
        return None, None
    # (the dated datelines' days where they agree: not a teaser's, "Related:\nGAO, March 1, 2025 (AFP) - ...")
    filed_days = set()
    for raw in _dateline_raw_dates(text):
        ds = [d for d in find_dates(raw, None) if d.anchored and d.precision == 1 and d.date_start is not None]
        if ds:
            filed_days.add(ds[0].date_start)
    filed = next(iter(filed_days)) if len(filed_days) == 1 else None
    # (a bracket that is no agency: a note on the copy, "KANO, Nigeria (Updated) -", or a place, "MAIDUGURI (Nigeria)
    # -", `NOT_AGENCY` and the caller's gazetteer)
    agency = next((g.strip() for g in re.findall(r"\(([^()]+)\)", m.group(0))
                   if g.strip().lower() not in NOT_AGENCY), None)
    return filed, agency or None


def dateline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline the text opens a paragraph with in its first `DATELINE_SEARCH_CHARS`
    characters, dash included; None where there is none. A line in capitals alone ("BREAKING NEWS - ...") is a
    dateline too only when a date or an agency follows it or its words are few (a city's)."""
    m = _dateline_match(text)
    return (m.start(), m.end()) if m is not None else None


def dated_dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dated dateline opening a line in the first `DATELINE_SEARCH_CHARS` characters, the story's
    and a teaser's ("Related:\nMOPTI, Oct 25 (Reuters) - ...\nBAMAKO, Nov 17 (Reuters) - ..."): their days are filing
    days, no happening's."""
    return [(m.start(), m.end()) for m in _dateline_matches(text) if m.group("date") or m.group("tdate") or m.group("ydate")]
