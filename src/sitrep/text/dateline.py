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

from sitrep.text.dates import _ABBR_MONTHS, _FULL_MONTHS

__all__ = ["DATELINE_SEARCH_CHARS", "dateline_filed", "dateline_span"]

# how far into the text a dateline may open: after a headline and a byline, at the start of a line
DATELINE_SEARCH_CHARS = 600

# (the month names the dates stage reads)
_MONTH = rf"(?i:{_FULL_MONTHS}|{_ABBR_MONTHS})\.?"
_DATE = (rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|"
         r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})")
# a city in capitals ("OUAGADOUGOU", "N'DJAMENA", "DAR ES SALAAM", "ST. LOUIS"); in title case only before an
# agency in brackets ("Bamako (AFP)")
_CAPS_CITY = r"[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,3}"
_TITLE_CITY = r"[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2}"
# the country or state after it (", Niger", ", Burkina Faso", ", W.Va.")
_UNIT = r"(?:,[ \t]*[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2})"
_AGENCY = r"\([A-Z][\w .&/'’-]{0,40}\)"
_DASH = r"[ \t]*(?:—|–|--|-|:)[ \t]+"
_DATELINE = re.compile(
    rf"(?P<city>{_CAPS_CITY}){_UNIT}?(?:,?[ \t]+(?P<date>{_DATE}))?(?:[ \t]*(?P<agency>{_AGENCY}))?{_DASH}"
    rf"|(?P<tcity>{_TITLE_CITY}){_UNIT}?(?:,?[ \t]+(?P<tdate>{_DATE}))?[ \t]*{_AGENCY}{_DASH}")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*")


def _dateline_match(text: str) -> re.Match[str] | None:
    for ls in _LINE_START.finditer(text, 0, DATELINE_SEARCH_CHARS):
        m = _DATELINE.match(text, ls.end())
        if m is None:
            continue
        if m.group("city") is not None and not (m.group("date") or m.group("agency")) \
                and len(m.group("city").split()) > 2:
            continue  # a shouted headline, not a city: "POLICE SAY SUSPECT FLED -"
        return m
    return None


def dateline_filed(text: str) -> tuple[date | None, str | None]:
    """The filing date a dateline tells with its year ("GUSAU, Nigeria, March 3, 2025 (Reuters) -") and its
    agency ("Reuters"); None for either where the dateline lacks it (a date without a year is no anchor)."""
    from sitrep.text.dates import find_dates

    m = _dateline_match(text)
    if m is None:
        return None, None
    raw = m.group("date") or m.group("tdate")
    filed = None
    if raw:
        ds = [d for d in find_dates(raw, None) if d.anchored and d.precision == 1 and d.date_start is not None]
        filed = ds[0].date_start if ds else None
    agency = next((g for g in re.findall(r"\(([^()]+)\)", m.group(0))), None)
    return filed, agency.strip() if agency else None


def dateline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline the text opens a paragraph with in its first `DATELINE_SEARCH_CHARS`
    characters, dash included; None where there is none. A line in capitals alone ("BREAKING NEWS - ...") is a
    dateline too only when a date or an agency follows it or its words are few (a city's)."""
    m = _dateline_match(text)
    return (m.start(), m.end()) if m is not None else None
