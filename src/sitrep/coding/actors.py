"""Find actors in text and name them as ACLED does, from a curated dictionary and one Aho-Corasick automaton."""

# The dictionary: src/sitrep/data/actors.json (loaded with importlib.resources)
# ----------------------------------------------------------------------------
# {
#   "version": "2026.12",                      # == ACTOR_DICTIONARY_VERSION
#   "roles": {ROLE: {"template": "Military Forces of {country}{period}{unit}",   # {country} {period} {unit} {ethnic}
#                    "inter": 1, "kind": "state",
#                    "state": true,          # state roles: period suffix, inter 8 abroad, need a country
#                    "until": "2018-12-31", "then": ROLE,     # optional: after `until` (or undated) use `then`
#                    "until_in": {ISO2: "2018-12-31"},        # optional: another `until` for that country's men
#                    "as_group": [{"country": ISO2, "from": START, "until": END, "id": ID}]}},  # optional: the one
#                                            #   group the role's men were in that country then (unnamed "Islamists"
#                                            #   holding northern Mali in 2012-13: Ansar Dine, as ACLED codes them)
#   "country_names": {ISO2: ACLED country name},   # where ACLED differs from pycountry ("CI": "Ivory Coast")
#   "with_article": [ISO2, ...],                   # "Military Forces of the United States"
#   "states": {ISO2: {                             # extras for a country's state actors (every pycountry country gets
#       "names": [...], "demonyms": [...],         #   military/police/government/mutiny actors generated at load time)
#       "periods": [[START, LABEL], ...],          # ["2023-07-26", "2023-"] -> "Military Forces of Niger (2023-)";
#                                                  #   a period runs from START to the day before the next START
#       "aliases": {ROLE: [...]},                  # always name this country's actor ("FAMa", "Barkhane", "Kremlin")
#       "context_aliases": {ROLE: [...]},          # only when the country hint is this country ("FDS", "CNSP", "BIR")
#       "units": [{"role": ROLE, "suffix": "Gendarmerie", "nouns": [...], "always": false}]}},
#                                                  # "Police Forces of Mali (2021-) Gendarmerie"; bare nouns need the
#                                                  #   hint unless "always"; "<demonym> <noun>" and
#                                                  #   "<country>'s <noun>" do not
#   "demonyms": {ISO2: [...]},                     # demonyms of countries without a "states" entry
#   "patterns": [{"role": ROLE, "forms": ["{demonym} soldiers", "{country}'s army", "{ethnic} militia", ...]}],
#   "ethnic_groups": [{"name": "Fulani", "aliases": [...], "country": ISO2 | absent,     # {ethnic} in patterns
#                      "regions": {ISO2: [admin1 name, ...]} | absent,  # where its militias fight ("Dogon": Mopti)
#                      "militia_forms": ["{ethnic} dozos", ...] | absent}],  # its own words for its militia, beyond
#                                                  #   the patterns' ("Dogon dozos": Dogon hunters' militias, not the
#                                                  #   Dozo brotherhood)
#                      "militia_name": "{ethnic} Clan Militia ({country})" | absent}],  # ACLED's name of its
#                                                  #   militia where not the role's "{ethnic} Ethnic Militia"
#   "generic": [{"role": ROLE, "aliases": [...]}], # "soldiers", "gunmen", "villagers": the country comes from the hint
#   "actors": [{                                   # named actors
#       "id": "is-sahel", "name": "Islamic State (Sahel)", "inter": 2, "kind": "rebel", "country": ISO2 | absent,
#       "period": [START | null, END | null],      # dates the current name applies to (inclusive)
#       "former_names": [{"name": ..., "period": [START, END]}],   # the name used on other dates
#       "ambiguous": {"with": ID, "from": START, "unless": [...]},  # the name alone stands for either of two groups
#                                                  #   from that date (media call both factions "Boko Haram"), unless
#                                                  #   the mention says which ("Shekau faction"): ACLED's "A and/or B"
#       "coalition": true,                         # an alliance whose members ACLED codes by their own names
#       "part_of": {"id": ..., "from": START, "until": END},  # a faction ACLED codes as its movement from that date (until END), the
#                                                  #   faction as associated actor (Katiba Macina -> JNIM); with "in":
#                                                  #   [ISO2, ...] only for events in those countries (AQIM's Sahel
#                                                  #   men are JNIM's, its Algerian ones AQIM's own); with "alone_from":
#                                                  #   START, from that date only where the text names the movement
#                                                  #   too ("Katiba Macina (JNIM) militants" in January 2020: JNIM;
#                                                  #   "Katiba Macina militants" then: Katiba Macina)
#       "aliases": [...],                          # always this actor
#       "context": [ISO2, ...], "context_aliases": [...],          # this actor only when the hint is in "context"
#       "cased_context_aliases": [...],            # as context_aliases, and only written in this case ("Platform")
#       "dated_aliases": [...], "armed_periods": [[START, END], ...],  # names of it only on those dates (a movement
#                                                  #   that is a party between its wars: "Renamo" after 2019 names no
#                                                  #   armed side; "Renamo gunmen", an alias, still does)
#       "acled_names": [...],                      # other names ACLED exports give it (for comparing, never coded)
#       "area": [ISO2, ...],                       # where it operates (default: "context", else "country"): a text
#                                                  #   naming no country is read there by the place resolver
#       "regions": {ISO2: [ADMIN1 NAME, ...]}}],   # the admin1 units it is known to fight in (GeoNames names,
#                                                  #   folded, "Region"/"State" dropped): of two villages of one
#                                                  #   name, the place resolver prefers the one in these units
#   "leaders": [{"country": ISO2, "forms": [...], "titled": [...], "from": START, "until": END | null}],
#                                                  # heads of state and government: a text that places its event
#                                                  #   nowhere but names "President Tandja" is about Niger. "forms"
#                                                  #   count alone ("Issoufou"), "titled" only after a title
#                                                  #   ("President Traore"); a form of several countries counts for
#                                                  #   the one whose leader it was on the article's date
#   "national_names": [{"country": ISO2, "forms": [...]}],
#                                                  # parties, unions, broadcasters, universities and public figures
#                                                  #   only one country's news names ("MODEN supporters", "the
#                                                  #   Abdou Moumouni University": Niger): read as "leaders" forms
#                                                  #   are, at any date, where the text names no leader;
#                                                  #   "context_forms" only in a text that tells that country
#                                                  #   otherwise ("RTB", Brunei's broadcaster too)
#   "alternatives": [[A, B], ...]                 # ACLED's "A and/or B" actors, in ACLED's order, for a text
#                                                  #   that names either ("ISGS or JNIM militants")
#   "stop": [...]                                  # not actors; they block shorter matches ("US dollars")
# }
# kind is one of: state, rebel, political-militia, identity-militia, rioters, protesters, civilians, external
# (ACLED inter codes 1-8). A state actor named in an event outside its own country gets inter 8 (ACLED's
# "external/other forces"), e.g. "Military Forces of France (2017-)" in Mali.
#
# Matching: text and aliases are transliterated (unidecode), lower-cased and whitespace-collapsed; one automaton holds
# every alias; a match must sit on word boundaries; acronym tokens (two or more capitals: "IS", "US", "AES", "FAMa")
# must match case-sensitively. Of the aliases matched at a place the longest wins and matches do not overlap. When
# several actors share an alias: one whose context includes the hint, then a specific actor (preferring the hint's
# country), then a generic role resolved with the hint. A generic armed noun next to a named group ("JNIM
# militants", "militants of the Islamic State") is absorbed into the group's mention.

from __future__ import annotations

import gc
import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick
import pycountry
from unidecode import unidecode

from sitrep.geo.gazetteer import AFRICA, admin1_key, fold
from sitrep.model import ActorMention, PlaceMention
from sitrep.text.numbers import singular

__all__ = ["ACTOR_DICTIONARY_VERSION", "ActorMatcher", "actor_country", "inter_of", "state_people", "strip_period"]

ACTOR_DICTIONARY_VERSION = "2026.12zzo"

# the plural of a people's name that is another thing's name (see ActorMatcher._peoples)
_NOT_PEOPLES_PLURAL = frozenset({"samos"})
_CAPITALISED = re.compile(r"[A-Z][A-Za-z]*")  # (a form's first word, as _leader_heads holds it: up to ' or -)

# the titles before a leader's name that "titled" forms need ("President Traore", "Captain Sanogo"); a rank only
# capitalised ("in general Djibo remained calm" names nobody)
_LEADER_TITLE = (r"(?:(?i:(?:former |ex-|late |interim |transitional |outgoing )?(?:president|head of state|"
                 r"prime minister|premier|junta leader))|(?:Colonel|Col\.|Lieutenant[- ]Colonel|Lt\.? ?Col\.|"
                 r"Captain|Capt\.|General|Gen\.|Strongman))")

_KIND_INTER = {
    "state": 1,
    "rebel": 2,
    "political-militia": 3,
    "identity-militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
}
_UNKNOWN = "Unknown"
# how far down a group's list of units of a country a unit stands: this much a place after the first (its heartland),
# at most _REGION_RANK_MAX places (see `ActorMatcher.region_ranks`)
_REGION_RANK_STEP = 0.05
_REGION_RANK_MAX = 5
_ARMED_ROLES = frozenset({"armed-group", "rebels", "islamist", "communal-militia", "vigilante"})  # absorbed by a named group
_NAMED_ARMED_KINDS = frozenset({"rebel", "political-militia", "identity-militia"})
# the bare nouns that refer back to forces named before: "the soldiers", "one gendarme", "the army" (not "security
# forces", which names the country's own forces whoever was named before)
_COREFERENT_NOUN = re.compile(r"(?i:(?:the\s+|its\s+|their\s+)?(?:soldiers?|troops|gendarmes?|gendarmerie|army|military|"
                              r"servicemen|policem[ae]n|police officers?))")
# (and only with a definite word, "the soldiers", "its troops", "one gendarme", or in the sentence that named them,
# "French Operation Barkhane said that activities carried out by soldiers ..."; "On Monday, soldiers killed ten
# civilians" after "French troops left Mali in 2022." are not the French)
_DEFINITE = re.compile(r"(?i:the|its|their)\s")
_DEFINITE_BEFORE = re.compile(r"(?i:\b(?:the|these|those|its|their|one)\s+)$")
_SENTENCE_END = re.compile(r"[.!?]\s+\S")
# the state roles whose bare noun ("the soldiers", "the gendarmes") refers back to the forces named before with
# their country ("the Malian army", "Nigerien gendarmes", "Burkinabe forest guards")
_COREFERENT_ROLES = frozenset({"military", "police", "forest-police"})

# a named armed group's men named again by the noun the text named them with ("suspected ISGS militants attacked the
# base ... the soldiers killed eight militants"): that group, as ACLED codes them, not an unidentified second one
_REPEATED_NOUN = re.compile(r"(?i:(?:the\s+)?(militants?|fighters?|jihadists?|jihadis|insurgents?|terrorists?|gunm[ae]n|"
                            r"rebels?|assailants?|attackers?))")
# ... or, after a sentence that named the group by its bare name ("Boko Haram attacked Gueskerou. The army's offensive
# left 15 militants dead"), by a noun for a group's members (not "gunmen" or "assailants", who may be anyone)
# another happening told after a group's (its men are not that group's): "In a separate incident", "elsewhere"
_ELSEWHERE = re.compile(r"(?i:\b(?:separate|another\s+(?:incident|attack|raid)|elsewhere|meanwhile|in\s+a\s+different)\b)")
# people told as foreigners where they are: "Chinese nationals", "two French tourists", "a British aid worker"
FOREIGNERS = re.compile(r"(?i:\b(?:nationals?|citizens?|tourists?|expatriates?|expats?|engineers?|missionar(?:y|ies)|"
                        r"hostages?|diplomats?|contractors?|visitors?|travell?ers?|(?:aid\s+|oil\s+|mine\s+)?workers?)\b)")
# Nigeria's (and others') local governments, an administrative tier, not the state: "local government elections"
_LOCAL_GOVERNMENT = re.compile(r"(?i:\blocal[ -])$")
# ... or, after a group told as the doers of an attack ("Al-Shabaab militants stormed a hotel"), by the noun for those
# who attacked
_ATTACKER_NOUN = re.compile(r"(?i:attackers?|assailants?)")
_DID_ATTACK_AFTER = re.compile(r"(?i:\s+(?:(?:have|has|had|reportedly|allegedly|on\s+\w+)\s+){0,2}(?:stormed|attacked|"
                               r"raided|ambushed|assaulted|overran|launched\s+(?:an?\s+)?(?:\w+\s+)?(?:attack|assault|raid))\b)")
_MEMBERS_NOUN = re.compile(r"(?i:militants?|fighters?|jihadists?|jihadis|insurgents?|terrorists?)")
# ... unless the words before make them others: "other militants", "a rival group's fighters", "unknown gunmen"
_OTHERS_BEFORE = re.compile(r"(?i:\b(?:other|another|rival|unknown|unidentified|new|different|second|opposing)\s+"
                            r"(?:[\w'-]+\s+)?)$")
# where unnamed armed men came from, right after them: "gunmen (reportedly) coming from Nigeria", "jihadists from Mali",
# "assailants, believed to have crossed the border from Mali", "gunmen who crossed from Niger"; or whose nationals they
# are said to be: "unknown gunmen (believed to be Nigerians)" (group 2, a demonym)
_FROM_COUNTRY = re.compile(r"\s*[,(]?\s*(?:(?:who|that)\s+)?(?:(?:reportedly|allegedly|apparently|said|believed|thought|"
                           r"suspected)\s+(?:to\s+(?:be|have)\s+)?)?(?:(?:coming|come|came|crossed|crossing)\s+"
                           r"(?:(?:the|a)\s+border\s+|over\s+)?)?"
                           r"(?:from\s+(?:neighbou?ring\s+)?(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)|"
                           r"(?<=be\s)([A-Z][\w'-]*?)s?\b(?!\s+[A-Z]))")
# two groups the text names as either's doing ("JNIM or ISGS militants", "JNIM and/or ISGS militants")
_EITHER_GAP = re.compile(r"(?i:\s*(?:and\s*/\s*or|or|/)\s*(?:(?:the|presumed|suspected|alleged)\s+)?)")

# Tiers of a candidate actor for one alias: lower wins.
_TIER_CONTEXT, _TIER_SPECIFIC, _TIER_HINT = 0, 1, 2

_SPECIAL = re.compile(r"[^\x00-\x7f]|[ \t\r\n\f\v]{2,}|[\t\r\n\f\v]")
# A capital named for its government ("Washington said", "Moscow denied") is the place after a preposition or a
# place name and comma ("in Washington", "Spokane, Washington") or before a unit ("Washington state", "Washington,
# D.C.")
_CAPITAL_METONYMS = frozenset({"Washington", "Moscow", "Beijing"})
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|from|to|into|outside|across|around|of|via)|[A-Z][\w'.-]*,)\s+$")
_PLACE_AFTER = re.compile(r"\s*(?:,\s*D\.?\s?C\.?|\s(?:state|State|County|DC|D\.C\.)\b)")


# A token (letters, digits, dots) holding two or more capitals: "IS", "U.S.", "FAMa", "G5S".
_ACRONYM_TOKEN = re.compile(r"(?<![A-Za-z0-9.])(?=[A-Za-z0-9.]*[A-Z][a-z0-9.]*[A-Z])[A-Za-z0-9.]+")

# What every acronym token holds: two capitals with nothing but lower-case letters, digits and dots between
_TWO_CAPITALS = re.compile(r"[A-Z][a-z0-9.]*[A-Z]")

# A long acronym, as a whole word: "MINUSMA", "ECOWAS" (see _build_misspelt)
_LONG_ACRONYM_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{5,}(?![A-Za-z0-9])")

# Gap between a named armed group and a generic noun that belongs to it.
_GAP_NAMED_GENERIC = re.compile(
    r"[\s\-]*(?:(?:linked|affiliated|allied|aligned|backed|inspired|loyal|associated)[\s\-]+)?(?:suspected\s+)?",
    re.IGNORECASE,
)
_GAP_GENERIC_NAMED = re.compile(
    r"\s+(?:of|from|belonging\s+to|linked\s+to|tied\s+to|affiliated\s+(?:to|with)|associated\s+with|loyal\s+to|"
    r"allied\s+(?:to|with)|claiming\s+allegiance\s+to|"
    r"(?:believed|suspected|said)\s+to\s+(?:belong\s+to|be\s+from|be\s+(?:members\s+)?of))"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
# Gap between a named group told as another's parent and that other named group ("the al-Qaida-linked al-Shabab
# group", "IS-affiliated ADF rebels", 'Al-Qaida linked "Emirate of the Sahara" group'): the words describe the second,
# which is the side
_GAP_PARENT_NAMED = re.compile(r"[\s\-]*(?:linked|affiliated|allied|aligned|inspired|associated)[\s\-]+[\"“'‘]?",
                               re.IGNORECASE)
_GAP_SAME = re.compile(r"[\s\-]*")
_GAP_PAREN = re.compile(r"\s*\(\s*")
_GAP_CLOSE_PAREN = re.compile(r"\s*\)\s*")


# ---------------------------------------------------------------------------------------------------------------
# Text normalisation with an offset map back to the original text


@cache
def _translit(ch: str) -> str:
    return " " if ch.isspace() else unidecode(ch)


class _OffsetMap:
    """Maps offsets in the normalised text back to the original; only length-changing replacements are stored."""

    __slots__ = ("_nstart", "_nend", "_ostart", "_oend")

    def __init__(self, pieces: list[tuple[int, int, int, int]]) -> None:
        self._nstart = [p[0] for p in pieces]
        self._nend = [p[1] for p in pieces]
        self._ostart = [p[2] for p in pieces]
        self._oend = [p[3] for p in pieces]

    def start(self, pos: int) -> int:
        i = bisect_right(self._nstart, pos) - 1
        if i < 0:
            return pos
        if pos < self._nend[i]:
            return self._ostart[i]
        return self._oend[i] + (pos - self._nend[i])

    def end(self, pos: int) -> int:
        q = pos - 1
        i = bisect_right(self._nstart, q) - 1
        if i < 0:
            return pos
        if q < self._nend[i]:
            return self._oend[i]
        return self._oend[i] + (pos - self._nend[i])


def _normalize(text: str) -> tuple[str, _OffsetMap | None]:
    """ASCII-transliterate `text` and collapse whitespace runs to one space, keeping a map to original offsets."""
    if not _SPECIAL.search(text):
        return text, None
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = npos = 0
    for m in _SPECIAL.finditer(text):
        s, e = m.span()
        if s > pos:
            parts.append(text[pos:s])
            npos += s - pos
        g = m.group()
        rep = _translit(g) if len(g) == 1 else " "
        if len(rep) != e - s:
            pieces.append((npos, npos + len(rep), s, e))
        parts.append(rep)
        npos += len(rep)
        pos = e
    parts.append(text[pos:])
    return "".join(parts), (_OffsetMap(pieces) if pieces else None)


def _norm_alias(alias: str) -> str:
    return _normalize(alias.strip())[0].strip()


def _variants(alias: str, *, apostrophes: bool) -> list[str]:
    out = [alias]
    if "-" in alias:
        out.append(alias.replace("-", " "))
    if apostrophes and "'" in alias:
        out.extend(v.replace("'", "") for v in list(out))
    return out


def _acronyms(norm: str) -> tuple[tuple[int, str], ...]:
    return tuple((m.start(), m.group()) for m in _ACRONYM_TOKEN.finditer(norm))


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# ---------------------------------------------------------------------------------------------------------------
# Dictionary objects


@dataclass(frozen=True, slots=True)
class _Variant:
    name: str
    start: date | None
    end: date | None


@dataclass(eq=False, slots=True)
class _Group:
    """A named actor and the names it carries on different dates."""

    id: str
    name: str
    variants: tuple[_Variant, ...]
    inter: int
    kind: str
    country: str | None

    @property
    def founded(self) -> date | None:
        """The day its first name starts (None: always known)."""
        return self.variants[0].start

    def name_on(self, on: date | None) -> str:
        if len(self.variants) == 1:
            return self.variants[0].name
        if on is None:
            return self.name
        for v in self.variants:
            if (v.start is None or v.start <= on) and (v.end is None or on <= v.end):
                return v.name
        if self.founded is not None and on < self.founded:
            return self.variants[0].name
        return self.variants[-1].name


@dataclass(frozen=True, slots=True)
class _Role:
    key: str
    template: str
    inter: int
    kind: str
    state: bool
    until: date | None
    then: str | None
    until_in: tuple[tuple[str, date | None], ...] = ()  # (country, until): the country's own switch date
    as_group: tuple[tuple[str, date | None, date | None, str], ...] = ()  # (country, from, until, group id)


@dataclass(frozen=True, slots=True)
class _State:
    iso: str
    name: str  # ACLED country name
    display: str  # with "the " where ACLED writes it in state actor names
    periods: tuple[tuple[date, date | None, str], ...]

    def label_on(self, on: date | None) -> str:
        if not self.periods:
            return ""
        if on is None:
            return self.periods[-1][2]
        for start, end, label in self.periods:
            if start <= on and (end is None or on <= end):
                return label
        return self.periods[0][2] if on < self.periods[0][0] else self.periods[-1][2]


@dataclass(frozen=True, slots=True, eq=False)
class _Target:
    group: _Group | None = None
    role: str | None = None
    country: str | None = None  # fixed country for a role; None takes the hint
    unit: str = ""
    ethnic: str = ""
    ethnic_country: str | None = None
    stop: bool = False


_new_tuple = tuple.__new__  # (a named tuple without its keyword-taking constructor, for the matcher's 74,000)


class _Candidate(NamedTuple):
    target: _Target
    context: frozenset[str] | None
    tier: int
    specificity: int
    order: int
    acronyms: tuple[tuple[int, str], ...]


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    actor: str
    inter: int
    kind: str
    country: str | None
    named_armed: bool
    generic_armed: bool


def _load_bundled() -> dict[str, Any]:
    raw = resources.files("sitrep").joinpath("data/actors.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


# ---------------------------------------------------------------------------------------------------------------
# The matcher


# a name of two or more words whose last is a capitalised word with no s in it ("Boko Haram", "Ansar Dine"; not
# "ISGS", "Ansar al-Islam (Burkina Faso)", "Islamic State (Greater Sahara)", nor "Ansaroul Islam", "European
# Commission", "Movement for Justice", whose last word's plural or a possessive is less sure)
_POSSESSIVE_NAME = re.compile(r"^[A-Z][\w'-]*(?:\s+[\w'-]+)*\s+[A-Z][a-rt-z'-]*[a-rt-z]$")
_COMMON_NOUN_END = re.compile(r"\b(?:State|Force|Front|Group|Movement|Army|Union|Mission|Council|Coalition|Committee|"
                              r"Battalion|Brigade|Alliance|Guard|Militia|Party|Organi[sz]ation|Republic|Nation|Court|"
                              r"Network|Faction|Branch|Province|Caliphate|Emirate|Platform|Coordination|Congress)$")
# (demonym's country, the text's country) that English news confuses: "Nigerian" written for "Nigerien"
_CONFUSED_DEMONYMS = frozenset({("NG", "NE")})
# ACLED's period qualifier, anywhere in a name: "Military Forces of Niger (2011-) Gendarmerie"
_PERIOD = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
# the country a peacekeeping contingent comes from, told right before or after its noun: "Chadian peacekeepers",
# "Togolese UN troops", "a UN vehicle carrying peacekeepers from Niger" (the contributor, not the host country)
_CONTINGENT_BEFORE = re.compile(r"\b([A-Z][a-zé]+)\s+(?:(?:UN|U\.N\.|United\s+Nations)\s+)?$")
_CONTINGENT_AFTER = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# the bare "RSF" or "SAF" as the doer of an armed deed, written right before its verb ("RSF killed five civilians",
# "the SAF shelled RSF positions"): Sudan's Rapid Support Forces or army without a Sudan place in the text; the verb
# stays outside the mention (so "the army said the RSF killed ..." still reads the RSF as the killer). Not
# Reporters Without Borders, which says, reports and condemns
_SUDAN_DEED_AFTER = re.compile(
    r"\s+(?:(?:also|reportedly|allegedly|again|then|have|has|had)\s+)?"
    r"(?:attack(?:s|ed)?|kill(?:s|ed)?|rape[sd]?|abduct(?:s|ed)?|loot(?:s|ed)?|burn(?:s|ed|t)?|shell(?:s|ed|ing)?|"
    r"storm(?:s|ed)?|bomb(?:s|ed|ing)?|bombard(?:s|ed)?|shot|shoot(?:s)?|seiz(?:e|es|ed)|massacred?)\b")
_SUDAN_DEED_NAMES = {"RSF": "rsf", "SAF": "military"}  # the bare name -> the dictionary's group or role
# a stance against the state told before its name: "militias opposed to the government"
_OPPOSED_TO_BEFORE = re.compile(r"\b(?:opposed|hostile|opposition)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# forces the text tells came from abroad, or named by their country's own institution ("the Nigerian army said",
# "pursued them across the border", "crossed into", "in hot pursuit"): a neighbour's forces, not a confused demonym
_FOREIGN_FORCES_TOLD = re.compile(
    r"\bacross\s+the\s+(?:border|frontier)\b|\bcross(?:ed|es|ing)?\s+(?:into|over\s+into|the\s+(?:border|frontier))\b"
    r"|\bin\s+(?:hot\s+)?pursuit\b", re.IGNORECASE)
_OWN_INSTITUTION_AFTER = (r"\s+(?:army|military|air\s+force|navy|armed\s+forces|defence\s+headquarters|"
                          r"defense\s+headquarters)\b")
# a stance toward the state, not the state itself: "GATIA pro-government fighters", "anti-government militias",
# "pro-junta protesters" (the forms the dictionary names whole stay: "pro-government militia")
_STANCE_BEFORE = re.compile(r"\b(?:pro|anti)\s*-\s*$|\b(?:pro|anti)\s+$", re.IGNORECASE)
# a clan's men told by the clan alone ("Marehan clansmen") are its militia only where they fight: they clash, attack
# or raise arms, are armed, or are fought ("clashed with Warsangeli clansmen"); else people of the clan, as often
# the victims ("al-Shabaab executed four Marehan clansmen")
_CLANSMEN = re.compile(r"\bclans(?:man|men)$", re.IGNORECASE)
_CLANSMEN_FIGHT_AFTER = re.compile(
    r"(?:\s*,)?(?:\s+(?:who|have|had|has|also|then|reportedly|allegedly|later|again|on\s+\w+day),?)*\s+"
    r"(?:clash\w*|fought|"
    r"fight(?:ing)?|attack\w*|raid\w*|storm\w*|ambush\w*|kill\w*|shot|shoot\w*|open\w*\s+fire|besieg\w*|captur\w*|"
    r"seiz\w*|battl\w*|took\s+up\s+arms|exchang\w*\s+(?:gun)?fire|launch\w*|overr[au]n|retaliat\w*|mobili[sz]\w*|"
    r"torch\w*|burn\w*|loot\w*|abduct\w*|kidnap\w*|massacr\w*)\b", re.IGNORECASE)
_CLANSMEN_FIGHT_BEFORE = re.compile(
    r"(?:\barmed|\bheavily\s+armed|\bclash\w*\s+(?:with|between|pitting)|\bfighting\s+(?:with|between|against)|"
    r"\bfought(?:\s+(?:against|with))?|\bbattl\w*(?:\s+(?:with|against))?|\bbetween|\bagainst|\bpitting|"
    r"\brival|\bmilitia\s+of)\s+(?:the\s+|rival\s+|armed\s+)*(?:[\w-]+\s+(?:and|&)\s+)?$", re.IGNORECASE)
# armed men "from the <people>" whose next word makes the people's name part of another one: a group's
# ("Fighters from the Oromo Liberation Army", "Gunmen from the Amhara Fano militia") or a place's ("Gunmen from
# the Amhara region", "Gunmen from Turkana County")
_FROM_PEOPLE = re.compile(r"\bfrom\s+(?:the\s+)?\S+$", re.IGNORECASE)
_FROM_PEOPLE_NAME_AFTER = re.compile(
    # (not a tribe or faction of the people named after it: "gunmen from the Tuareg Kel-Ouli tribe" are the Tuareg's
    # militia, as ACLED names a people's fighters told by their tribe)
    r"(?![ -]+(?:[A-Z][\w'’]*[ -]+){1,3}(?i:tribes?|clans?|sub-?clans?|factions?|fractions?|lineages?)\b)"
    r"[ -]+(?:[A-Z]|(?i:liberation|army|front|militia|militias|movement|forces?|group|brigade|region|regions|state|"
    r"states|county|counties|zone|province|district|division|area|woreda|kebele|special|regional)\b)")
# armed men "from" a people of one word or more ("gunmen from the Kel Ansar")
_FROM_A_PEOPLE = re.compile(r"\bfrom\s+(?:the\s+)?\S", re.IGNORECASE)
# the word right before a span: "Tuareg" of "Tuareg gunmen from the Kel Ansar tribe"
_PEOPLE_WORD_BEFORE = re.compile(r"\b([\w'’-]+)\s+$")
# "Antonov" alone is Sudan's bombers only where it names no person ("Anatoly Antonov", "Ambassador Antonov") and no
# place or works ("the Antonov airport", "the Antonov plant")
_ANTONOV = re.compile(r"antonovs?$", re.IGNORECASE)
_ANTONOV_NOT_AFTER = re.compile(
    r"\s+(?:airport|airfield|aerodrome|bridge|plant|factory|company|design|bureau|state|enterprise|works|"
    r"aircraft\s+plant|An-\d|An\d)", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")
_NOT_NAMES = frozenset({"a", "an", "the", "one", "two", "three", "four", "several", "government", "army", "air",
                        "force", "military", "saf", "sudanese", "sudan", "regime", "its", "their", "his", "khartoum",
                        "this", "that", "another", "and", "or", "but", "then", "when", "while", "after", "as",
                        "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "on", "in", "at", "by"})

# "French and " right before "Nigerien forces": a demonym sharing the noun that follows
_COORDINATED_BEFORE = re.compile(r"\b([A-Z][a-zé]+(?:[ -][A-Z][a-z]+)?)\s*(?:,|and|&|/|and/or|or)\s*$")
# the forces' noun right after a named force: "MNJTF forces", "MINUSMA troops"
_FORCES_NOUN_AFTER = re.compile(r"\s+(?:forces|troops|soldiers|units|contingents)\b")
# a name (an acronym or capitalised words) joined before another: "PDP and ", "Zanu PF or "
_COORDINATED_NAME_BEFORE = re.compile(r"\b([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})\s*(?:,|and|&|/|and/or|or)\s*$")


def _each_actor_once(mentions: Iterable[ActorMention]) -> Iterator[ActorMention]:
    """The first mention of each actor, in order."""
    seen: set[str] = set()
    for m in mentions:
        if m.actor not in seen:
            seen.add(m.actor)
            yield m


class ActorMatcher:
    """Dictionary-based actor recogniser; build once (``ActorMatcher.default()``), then call ``find``."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        # (the cyclic collector off while building: the build makes some 150,000 small objects and no cycles, and
        # the collector's passes over them were a quarter of the time)
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._build(data)
        finally:
            if collecting:
                gc.enable()

    def _build(self, data: Mapping[str, Any]) -> None:
        self.version: str = str(data.get("version", ""))
        self._roles: dict[str, _Role] = {}
        for key, r in data.get("roles", {}).items():
            self._roles[key] = _Role(
                key=key,
                template=r["template"],
                inter=int(r["inter"]),
                kind=r["kind"],
                state=bool(r.get("state", False)),
                until=_parse_date(r.get("until")),
                then=r.get("then"),
                until_in=tuple((str(iso), _parse_date(d)) for iso, d in r.get("until_in", {}).items()),
                as_group=tuple((str(g["country"]), _parse_date(g.get("from")), _parse_date(g.get("until")), str(g["id"]))
                               for g in r.get("as_group", ())),
            )
        self._states: dict[str, _State] = {}
        self._country_by_name: dict[str, str] = {}
        self._groups: dict[str, _Group] = {}
        self._parts: dict[str, tuple[str, date | None, date | None]] = {}  # faction -> (movement id, from, until)
        self._part_in: dict[str, frozenset[str]] = {}  # faction -> the countries it is coded as its movement in
        self._part_alone_from: dict[str, date | None] = {}  # faction -> from when it is its movement only when named with it
        self._coalitions: set[str] = set()  # names of alliances whose members keep their own names
        self._ambiguous: dict[str, tuple[str, date | None, tuple[str, ...]]] = {}  # name -> (other id, from, unless)
        self._names: dict[str, tuple[int, str, str | None]] = {}  # ACLED name -> (inter, kind, country)
        self._areas: dict[str, frozenset[str]] = {}  # ACLED name -> the countries the actor operates in
        # a name another country's group also goes by there (its context alias): those countries too ("Dozo
        # militiamen" are Mali's Dozo by default, Burkina Faso's in a Burkinabe text)
        self._shared_areas: dict[str, set[str]] = {}
        self._activity: dict[str, float] | None = None  # (both derived from _areas / _regions on first use)
        self._region_activity: Counter[tuple[str, str]] | None = None
        self._regions: dict[str, frozenset[tuple[str, str]]] = {}  # ACLED name -> (ISO2, folded admin1 name)
        # ACLED name -> unit -> its place in the group's list of units of that country (the heartland first)
        self._region_rank: dict[str, dict[tuple[str, str], int]] = {}
        # an African state's forces' own names (its "aliases", lower case -> ISO2: "FARDC", "SNA", "UPDF"): an army so
        # named fights at home, not abroad, even outside the region the user follows (see `own_forces`)
        self._own_names: dict[str, set[str]] = {}
        self._state_context_names: set[str] = set()  # the states' context aliases ("SNA", "ISWA"), folded
        self._identity: dict[str, set[str]] = {}  # any ACLED name (lower case) -> the dictionary actors it names
        self._export_names: dict[str, set[str]] = {}  # an `acled_names` name (lower case) -> the actors it names
        # (a dated alias, lower case; the group's id) -> the spans of dates it names the group (see `_unsaid`)
        self._dated: dict[tuple[str, str], tuple[tuple[date | None, date | None], ...]] = {}
        self._keys: dict[str, list[_Candidate]] = {}
        self._seen: set[tuple[object, ...]] = set()
        self._order = 0

        self._build_states(data)
        self._build_patterns(data)
        self._build_generic(data)
        self._build_actors(data)
        self._build_leaders(data)
        for phrase in data.get("stop", []):
            self._add(phrase, _Target(stop=True), context=None, tier=_TIER_SPECIFIC, specificity=9)

        self._alternatives: dict[frozenset[str], str] = {
            frozenset(pair): " and/or ".join(pair) for pair in data.get("alternatives", []) if len(set(pair)) == 2}
        self._last_scan: tuple[str, Any] | None = None
        self._automaton = ahocorasick.Automaton()
        add_word = self._automaton.add_word
        for key, cands in self._keys.items():
            # (by index, not by name: 74,000 keys; 5 is acronyms, 1 context, 2 tier)
            c0 = cands[0] if len(cands) == 1 else None
            simple = c0 if c0 is not None and not c0[5] and c0[1] is None and c0[2] != _TIER_HINT else None
            # open_start/open_end: the key begins/ends with a non-word character, so needs no boundary there
            add_word(key, (len(key), not key[0].isalnum(), not key[-1].isalnum(), simple, tuple(cands)))
        self._automaton.make_automaton()
        self._misspelt = self._build_misspelt(data)
        self._key_count = len(self._keys)
        self._alias_count = self._order
        self._keys, self._seen = {}, set()  # only needed while building

    # -- construction ----------------------------------------------------------------------------------------

    @classmethod
    def default(cls) -> ActorMatcher:
        """The matcher for the bundled dictionary, built once per process."""
        return _default_matcher()

    def _add(self, alias: str, target: _Target, **how: Any) -> None:
        """One name of `target` (`how`: `_add_all`'s keywords)."""
        self._add_all((alias,), target, **how)

    def _add_all(
        self,
        aliases: Iterable[str],
        target: _Target,
        *,
        context: frozenset[str] | None,
        tier: int,
        specificity: int,
        apostrophes: bool = False,
        exact: bool = False,
    ) -> None:
        """`_add` for many names of one target (one loop: the matcher is built once per process, and the
        patterns give it some 55,000 names)."""
        seen, keys, tid, order = self._seen, self._keys, id(target), self._order
        two_capitals = _TWO_CAPITALS.search
        for alias in aliases:
            variants = _variants(alias, apostrophes=apostrophes) if ("-" in alias or "'" in alias) else (alias,)
            for variant in variants:
                norm = variant if variant.isascii() and "  " not in variant else _norm_alias(variant)
                if not norm:
                    continue
                key = norm.lower()
                # (exact: the text must write it in this case, as an acronym must)
                acr = ((0, norm),) if exact else _acronyms(norm) if key != norm and two_capitals(norm) else ()
                sig = (key, tid, context, acr)
                if sig in seen:
                    continue
                seen.add(sig)
                order += 1
                cand = _new_tuple(_Candidate, (target, context, tier, specificity, order, acr))
                if (cands := keys.get(key)) is None:
                    keys[key] = [cand]
                else:
                    cands.append(cand)
        self._order = order

    def _build_misspelt(self, data: Mapping[str, Any]) -> dict[str, tuple[Any, ...]]:
        """The long acronyms of missions and foreign forces, each by the forms one slip of the keyboard gives it
        ("MINUMSMA", "MINSUMA" and "MINUSA" for "MINUSMA"): a letter added, dropped, or two swapped (not one
        replaced: "MINUSCA" is another mission). Only these: a slip in a short acronym or a common word is
        another name more often than not."""
        out: dict[str, tuple[Any, ...]] = {}
        known: set[str] = set()
        for entry in data.get("actors", []):
            if entry.get("kind") != "external":
                continue
            for a in entry.get("aliases", []):
                if not _LONG_ACRONYM_TOKEN.fullmatch(a) or a in known:
                    continue
                known.add(a)
                payload = self._automaton.get(a.lower(), None)
                if payload is None:
                    continue
                cands = tuple(c._replace(acronyms=()) for c in payload[4])
                forms = {a[:i] + a[i + 1:] for i in range(len(a))}  # dropped
                forms |= {a[:i] + a[i + 1] + a[i] + a[i + 2:] for i in range(len(a) - 1)}  # swapped
                forms |= {a[:i] + ch + a[i:] for i in range(len(a) + 1) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}  # added
                for f in forms:
                    if len(f) >= 5 and f != a:
                        # (a slip of two missions' acronyms, "MINUSA" of MINUSMA and MINUSCA, is either: the
                        # text's country picks, as for any name two actors share)
                        out[f] = out.get(f, ()) + cands
        # (a form that is itself a name in the dictionary is that name)
        return {f: c for f, c in out.items() if f not in known and self._automaton.get(f.lower(), None) is None}

    def _build_leaders(self, data: Mapping[str, Any]) -> None:
        self._leaders: dict[str, list[tuple[str, date | None, date | None]]] = {}  # form -> (country, from, until)
        bare: set[str] = set()
        titled: set[str] = set()
        # (forms other countries' news names too count only in a text that tells their country otherwise:
        # "Bassole", a Burkinabe minister who mediated in Darfur; "RTB", Brunei's broadcaster as well as Burkina's)
        self._context_forms = frozenset(f for e in data.get("national_names", []) for f in e.get("context_forms", []))
        self._country_words: dict[str, re.Pattern[str]] = {}  # ISO2 -> the words that tell it (`_tells_country`)
        self._national_forms = frozenset(f for e in data.get("national_names", []) for f in e.get("forms", [])) \
            | self._context_forms
        for e in [*data.get("leaders", []), *data.get("national_names", [])]:
            span = (str(e["country"]), _parse_date(e.get("from")), _parse_date(e.get("until")))
            for group, forms in ((bare, [*e.get("forms", []), *e.get("context_forms", [])]),
                                 (titled, e.get("titled", []))):
                for f in forms:
                    self._leaders.setdefault(f, []).append(span)
                    group.add(f)

        def alt(forms: set[str]) -> str:
            return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))

        # a text none of whose capitalised words begins a form names no leader: the one test most texts need
        self._leader_heads = frozenset(re.split(r"[\s'-]", f)[0] for f in self._leaders)
        self._leader_memo: tuple[str, date | None, tuple[str, str, int, int] | None] | None = None
        # (bare, titled); None where the dictionary has no such forms
        self._leader_res: tuple[re.Pattern[str] | None, ...] = tuple(re.compile(rx) if forms else None for rx, forms in (
            (rf"(?<![\w-])({alt(bare)})s?(?![\w-])", bare),  # "President Issoufous government": notes drop "'"
            # given names or initials between, not a sentence's end: "President Ibrahim Traore", "Gen. A. Tiani"
            (rf"\b{_LEADER_TITLE}\s+(?:(?:[A-Z]\.|[A-Z][\w'-]*)\s+){{0,3}}?({alt(titled)})s?(?![\w-])", titled)))

    def leader_country(self, text: str, on: date | None) -> tuple[str, str] | None:
        """(country, the words naming its leader) of `leader_span`."""
        got = self.leader_span(text, on)
        return (got[0], got[1]) if got is not None else None

    def leader_span(self, text: str, on: date | None) -> tuple[str, str, int, int] | None:
        """The country whose head of state or government the text names ("President Mainassara" -> "NE"), with
        the words that say so; None when it names none, or leaders of several countries about as often. A name
        after a title ("President Traore", "Captain Sanogo": a common surname) counts only on a date its bearer
        led, or within a year after; a name alone ("Tandja"), at any date, unless several countries' leaders bore
        it. Overlapping readings of the same words count once ("President Ibrahim Traore"). Where the text names no
        leader, the parties, unions, broadcasters and public figures only one country's news names ("national_names":
        "MODEN supporters" -> "NE") count the same way. `leader_span` also gives where in `text` the first such words
        are (the evidence for the country)."""
        if isinstance(on, datetime):
            on = on.date()
        memo = self._leader_memo  # (the events of one article ask in turn)
        if memo is not None and memo[0] is text and memo[1] == on:
            return memo[2]
        got = self._leader_country(text, on)
        self._leader_memo = (text, on, got)
        return got

    def _leader_country(self, text: str, on: date | None) -> tuple[str, str, int, int] | None:
        folded = unidecode(text)
        heads = self._leader_heads
        if not any(self._leader_res) or not any(w in heads or w[:-1] in heads  # ("Issoufous government")
                                                for w in set(_CAPITALISED.findall(folded))):
            return None
        votes: Counter[str] = Counter()
        said: dict[str, tuple[str, int, int]] = {}
        national_votes: Counter[str] = Counter()
        national_said: dict[str, tuple[str, int, int]] = {}
        taken: list[tuple[int, int]] = []
        for rx, titled in zip(self._leader_res, (False, True)):
            for m in rx.finditer(folded) if rx is not None else ():
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                spans = self._leaders[m.group(1)]
                countries = {c for c, _, _ in spans}
                if titled or len(countries) > 1:
                    countries = {c for c, a, b in spans if on is not None and (a is None or a <= on)
                                 and (b is None or on <= b + timedelta(days=365))}
                if len(countries) == 1:
                    cc = countries.pop()
                    if m.group(1) in self._context_forms and not self._tells_country(folded, cc, m.group(1)):
                        continue
                    national = m.group(1) in self._national_forms
                    (national_votes if national else votes)[cc] += 1
                    (national_said if national else said).setdefault(cc, (m.group(0), m.start(), m.end()))
                    taken.append((m.start(), m.end()))
        if not votes:
            # no leader named: the parties, unions and the like only one country's news names ("MODEN supporters")
            votes, said = national_votes, national_said
        if not votes:
            return None
        (top, n), *rest = votes.most_common(2)
        if rest and rest[0][1] * 2 > n:
            return None
        phrase, start, end = said[top]
        if len(folded) != len(text):  # a letter transliterated to several ("œ"): offsets into the original
            at = [i for i, ch in enumerate(text) for _ in range(len(unidecode(ch)))]
            start, end = at[start], at[end - 1] + 1
        return top, phrase, start, end

    def _foreign_forces_told(self, norm: str, cc: str) -> bool:
        """Whether `norm` tells forces of country `cc` as its own, not a confused demonym of the hint's: named by its
        army, military or air force ("the Nigerian army said"), come across the border or in pursuit, or the country
        named by its name ("Nigeria"; not "the border with Nigeria")."""
        if _FOREIGN_FORCES_TOLD.search(norm):
            return True
        folded = unidecode(norm)
        demonyms = [re.escape(unidecode(d)) for d in self._demonyms.get(cc, [])]
        if demonyms and re.search(r"(?<![\w-])(?:" + "|".join(demonyms) + r")" + _OWN_INSTITUTION_AFTER, folded,
                                  re.IGNORECASE):
            return True
        names = [re.escape(unidecode(n)) for n in self._country_names.get(cc, [])]
        return bool(names) and re.search(r"(?<!border with )(?<!bordering )(?<![\w-])(?:" + "|".join(names)
                                         + r")\b(?!\s*-\s*Niger)", folded) is not None

    def _own_forces_told(self, norm: str, cc: str | None) -> bool:
        """Whether `norm` names country `cc`'s own people by their demonym ("Nigerien") or tells forces coming into
        it ("retreated into Niger"): a confusable demonym then stands for its own country."""
        if cc is None:
            return False
        names = [*self._demonyms.get(cc, []), *(f"into {n}" for n in self._country_names.get(cc, []))]
        return bool(names) and re.search(r"(?<![\w-])(?:" + "|".join(re.escape(unidecode(n)) for n in names) + r")\b",
                                         unidecode(norm), re.IGNORECASE) is not None

    def _tells_country(self, folded: str, cc: str, form: str) -> bool:
        """Whether `folded` tells country `cc` by other words than `form`: its name, its people's, or another of its
        leaders' or national names that is no context form ("Burkina", "Burkinabe", "CDP")."""
        rx = self._country_words.get(cc)
        if rx is None:  # (built once per country)
            names = [*self._country_names.get(cc, []), *self._demonyms.get(cc, []),
                     *(n for n, iso in self._country_by_name.items() if iso == cc and len(n) > 3),
                     *(f for f, spans in self._leaders.items() if f not in self._context_forms
                       and any(c == cc for c, _, _ in spans))]
            rx = self._country_words[cc] = re.compile(
                r"(?<![\w-])(?:" + "|".join(re.escape(unidecode(n)) for n in sorted(set(names), key=len, reverse=True))
                + r")", re.IGNORECASE)
        return rx.search(folded) is not None

    def _build_states(self, data: Mapping[str, Any]) -> None:
        overrides: dict[str, str] = data.get("country_names", {})
        with_article = set(data.get("with_article", []))
        extra: dict[str, dict[str, Any]] = data.get("states", {})
        demonyms: dict[str, list[str]] = data.get("demonyms", {})
        self._country_names: dict[str, list[str]] = {}
        self._demonyms: dict[str, list[str]] = {}
        self._demonym_iso: dict[str, str] = {}  # "nigerien" -> "NE"
        for c in pycountry.countries:
            iso = c.alpha_2
            pyname = getattr(c, "common_name", None) or c.name
            acled = overrides.get(iso) or unidecode(pyname)
            spec = extra.get(iso, {})
            periods: list[tuple[date, date | None, str]] = []
            raw_periods = [(date.fromisoformat(s), label) for s, label in spec.get("periods", [])]
            raw_periods.sort()
            for i, (start, label) in enumerate(raw_periods):
                end = raw_periods[i + 1][0] - timedelta(days=1) if i + 1 < len(raw_periods) else None
                periods.append((start, end, label))
            display = f"the {acled}" if iso in with_article else acled
            self._states[iso] = _State(iso=iso, name=acled, display=display, periods=tuple(periods))
            names = [acled, pyname, c.name, *spec.get("names", [])]
            uniq_names = list(dict.fromkeys(n for n in names if "," not in n and "(" not in n))
            self._country_names[iso] = uniq_names
            self._demonyms[iso] = list(dict.fromkeys([*demonyms.get(iso, []), *spec.get("demonyms", [])]))
            for d in self._demonyms[iso]:
                self._demonym_iso.setdefault(d.lower(), iso)
            for n in [*uniq_names, acled, c.name, c.alpha_3]:
                self._country_by_name.setdefault(n.lower(), iso)
                self._country_by_name.setdefault(unidecode(n).lower(), iso)
        self._country_by_name.setdefault("usa", "US")
        self._country_by_name.setdefault("burkina", "BF")

        for iso, spec in extra.items():
            if iso not in self._states:
                continue
            for role, aliases in spec.get("aliases", {}).items():
                t = _Target(role=role, country=iso)
                for a in aliases:
                    self._add(a, t, context=None, tier=_TIER_SPECIFIC, specificity=2, apostrophes=True)
            for role, aliases in spec.get("context_aliases", {}).items():
                t = _Target(role=role, country=iso)
                for a in aliases:
                    self._add(a, t, context=frozenset({iso}), tier=_TIER_CONTEXT, specificity=2, apostrophes=True)
                    self._state_context_names.add(unidecode(a).lower())
            if iso in AFRICA:  # (both kinds: "SNA" where the text names Somalia is its army at home too; the state's
                # roles only: Sudan's "militiamen" are its unidentified armed men, not its forces)
                self._own_names[iso] = {unidecode(a).lower() for key in ("aliases", "context_aliases")
                                        for role, aliases in spec.get(key, {}).items()
                                        if data.get("roles", {}).get(role, {}).get("state") for a in aliases}
            for unit in spec.get("units", []):
                t = _Target(role=unit["role"], country=iso, unit=unit["suffix"])
                always = bool(unit.get("always", False))
                for noun in unit["nouns"]:
                    if always:
                        self._add(noun, t, context=None, tier=_TIER_SPECIFIC, specificity=3)
                    else:
                        self._add(noun, t, context=frozenset({iso}), tier=_TIER_CONTEXT, specificity=3)
                    for d in self._demonyms[iso]:
                        self._add(f"{d} {noun}", t, context=None, tier=_TIER_SPECIFIC, specificity=3)
                    for n in self._country_names[iso]:
                        self._add(f"{n}'s {noun}", t, context=None, tier=_TIER_SPECIFIC, specificity=3)
                        self._add(f"{n} {noun}", t, context=None, tier=_TIER_SPECIFIC, specificity=3)

    def _build_patterns(self, data: Mapping[str, Any]) -> None:
        ethnic_groups: list[dict[str, Any]] = data.get("ethnic_groups", [])
        # the names of peoples ("Bambara farmers", "Dogon hunters"), which the places stage must not take for the
        # villages of the same names
        self.ethnonyms = frozenset(a.lower() for eg in ethnic_groups for a in eg["aliases"])
        self.ethnic_names: dict[str, str] = {a.lower(): eg["name"] for eg in ethnic_groups for a in eg["aliases"]}
        ethnic_aliases = [a for eg in ethnic_groups for a in eg["aliases"]]
        detailed = frozenset(data.get("states", {}))
        # the peoples that live (almost) only in one country ("the Dogon village of X" is in Mali), and where a
        # people's militias fight when that is one known area ("Dogon" -> Mopti): see peoples_in() and regions()
        self._people_country: dict[str, str] = {eg["name"]: eg["country"] for eg in ethnic_groups if eg.get("country")}
        # a people's own name for its militia where ACLED names it otherwise than "{ethnic} Ethnic Militia": Somalia's
        # clans ("Gaaljecel Clan Militia (Somalia)")
        self._militia_names: dict[str, str] = {eg["name"]: eg["militia_name"] for eg in ethnic_groups
                                               if eg.get("militia_name")}
        self._ethnic_regions: dict[str, frozenset[tuple[str, str]]] = {
            eg["name"]: frozenset((cc, admin1_key(n)) for cc, names in eg["regions"].items() for n in names)
            for eg in ethnic_groups if eg.get("regions")}
        placed = sorted((a for eg in ethnic_groups if eg.get("regions") or eg.get("country") for a in eg["aliases"]),
                        key=len, reverse=True)  # (longest first: "Kel Ansari" before "Kel Ansar")
        # (a people's plural too: "opened fire against two Dogons", "clashes between Djermas and Tuaregs")
        self._peoples_rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in placed) + r")s?(?![\w-])",
                                      re.IGNORECASE) if placed else None
        # the last text scanned and its peoples: the places stage asks three questions of one article's text
        self._peoples_last: tuple[str, list[tuple[int, int, str]]] | None = None
        template = str((data.get("roles", {}).get("ethnic-militia") or {}).get("template", "{ethnic}"))
        self._ethnic_militia = re.compile(re.escape(template).replace(re.escape("{ethnic}"), "(.+?)")
                                          .replace(re.escape("{country}"), ".+") + "$")
        for pattern in data.get("patterns", []):
            role = pattern["role"]
            forms: list[str] = pattern["forms"]
            if role == "ethnic-militia":
                for eg in ethnic_groups:
                    t = _Target(role=role, ethnic=eg["name"], ethnic_country=eg.get("country"))
                    for form in forms + list(eg.get("militia_forms", [])):
                        for a in eg["aliases"]:
                            self._add(form.replace("{ethnic}", a), t, context=None, tier=_TIER_SPECIFIC, specificity=1)
                continue
            dem_forms = [f for f in forms if "{demonym}" in f]
            cty_forms = [f for f in forms if "{country}" in f]
            for iso in self._states:
                t = _Target(role=role, country=iso)
                names: list[str] = []
                for d in self._demonyms[iso]:
                    for f in dem_forms:
                        if "{ethnic}" in f:
                            # a people told with the country its members come from ("two Nigerien Fulani",
                            # "Malian Tuareg herders"): that country's, whatever the place (the dictionary's own
                            # states only, whose demonyms these peoples' news uses)
                            if iso in detailed:
                                g = f.replace("{demonym}", d)
                                names.extend(g.replace("{ethnic}", a) for a in ethnic_aliases)
                            continue
                        names.append(f.replace("{demonym}", d))
                self._add_all(names, t, context=None, tier=_TIER_SPECIFIC, specificity=1)
                for n in self._country_names[iso]:
                    for f in cty_forms:
                        # (the possessive also without its apostrophe, as ACLED's notes write it: "Nigers security
                        # forces", "Malis army")
                        self._add(f.replace("{country}", n), t, context=None, tier=_TIER_SPECIFIC, specificity=1,
                                  apostrophes="{country}'s" in f)

    def _build_generic(self, data: Mapping[str, Any]) -> None:
        for entry in data.get("generic", []):
            t = _Target(role=entry["role"])
            for a in entry["aliases"]:
                self._add(a, t, context=None, tier=_TIER_HINT, specificity=0)

    def _build_actors(self, data: Mapping[str, Any]) -> None:
        for entry in data.get("actors", []):
            period = entry.get("period") or [None, None]
            variants = [
                _Variant(f["name"], _parse_date(f["period"][0]), _parse_date(f["period"][1]))
                for f in entry.get("former_names", [])
            ]
            variants.append(_Variant(entry["name"], _parse_date(period[0]), _parse_date(period[1])))
            variants.sort(key=lambda v: v.start or date.min)
            kind = entry["kind"]
            inter = int(entry.get("inter", _KIND_INTER[kind]))
            group = _Group(
                id=entry.get("id", entry["name"]),
                name=entry["name"],
                variants=tuple(variants),
                inter=inter,
                kind=kind,
                country=entry.get("country"),
            )
            self._groups[group.id] = group
            if entry.get("ambiguous"):
                amb = entry["ambiguous"]
                self._ambiguous[entry["name"]] = (amb["with"], _parse_date(amb.get("from")), tuple(amb.get("unless", ())))
            if entry.get("coalition"):
                self._coalitions.update(v.name for v in variants)
            if entry.get("part_of"):
                self._parts[entry["name"]] = (entry["part_of"]["id"], _parse_date(entry["part_of"].get("from")),
                                              _parse_date(entry["part_of"].get("until")))
                if entry["part_of"].get("in"):
                    self._part_in[entry["name"]] = frozenset(entry["part_of"]["in"])
                if entry["part_of"].get("alone_from"):
                    self._part_alone_from[entry["name"]] = _parse_date(entry["part_of"]["alone_from"])
            area = frozenset(entry.get("area") or entry.get("context") or
                             ([entry["country"]] if entry.get("country") else []))
            for n in [*(v.name for v in variants), *entry.get("acled_names", [])]:
                self._identity.setdefault(strip_period(n).lower(), set()).add(group.id)
            for n in entry.get("acled_names", []):
                self._export_names.setdefault(n.strip().lower(), set()).add(group.id)
            regions = frozenset((cc, admin1_key(n)) for cc, names in (entry.get("regions") or {}).items()
                                for n in names)
            for v in variants:
                self._names[v.name] = (inter, kind, group.country)
                if area:
                    self._areas[v.name] = area
                if regions:
                    self._regions[v.name] = regions
                    self._region_rank[v.name] = {(cc, admin1_key(n)): rank for cc, names in entry["regions"].items()
                                                 for rank, n in enumerate(names)}
            t = _Target(group=group)
            if entry.get("dated_aliases"):
                # names of the group only in the years it fought ("Renamo", a party otherwise): "armed_periods"
                spans = tuple((_parse_date(a), _parse_date(z)) for a, z in entry.get("armed_periods", []))
                for a in entry["dated_aliases"]:
                    self._dated[(a.lower(), group.id)] = spans
                    self._add(a, t, context=None, tier=_TIER_SPECIFIC, specificity=3, apostrophes=True)
            for a in [entry["name"], *entry.get("aliases", [])]:
                self._add(a, t, context=None, tier=_TIER_SPECIFIC, specificity=3, apostrophes=True)
                if _POSSESSIVE_NAME.search(a) and not _COMMON_NOUN_END.search(a):
                    # its possessive written without the apostrophe, in the name's own case: "Boko Harams attack",
                    # "Ansar Dines forces" (not a plural: "Islamic States", "islamic states")
                    self._add(a + "s", t, context=None, tier=_TIER_SPECIFIC, specificity=3, exact=True)
            ctx = frozenset(entry.get("context", []))
            for a in entry.get("context_aliases", []):
                self._add(a, t, context=ctx, tier=_TIER_CONTEXT, specificity=3, apostrophes=True)
                if area:
                    self._shared_areas.setdefault(a.lower(), set()).update(area)
            for a in entry.get("cased_context_aliases", []):
                # a common word that names the group only as its proper name, written in its case, in its "context"
                # countries: "clashes between CMA and Platform" in Mali (not "a political platform")
                self._add(a, t, context=ctx, tier=_TIER_CONTEXT, specificity=3, exact=True)

    # -- resolution ------------------------------------------------------------------------------------------

    def _resolve(self, target: _Target, hint: str | None, on: date | None) -> _Hit | None:
        """Name the actor a target stands for, given the hint and date; None when it cannot be named."""
        if target.group is not None:
            g = target.group
            return _Hit(0, 0, g.name_on(on), g.inter, g.kind, g.country, g.kind in _NAMED_ARMED_KINDS, False)
        assert target.role is not None
        role = self._roles[target.role]
        generic_armed = role.key in _ARMED_ROLES
        # (a country's own switch date: Mali's forest guards are "Forest Guards (Mali)" from 2019, Burkina Faso's
        # from mid-July 2019)
        until = next((d for iso, d in role.until_in if iso == (target.country or hint)), role.until)
        if until is not None and role.then is not None and (on is None or on > until):
            role = self._roles[role.then]
        country = target.country or hint or target.ethnic_country
        if role.key == "police" and target.country is not None and (target.country, hint) in _CONFUSED_DEMONYMS:
            # "3 Nigerian policemen killed at a checkpoint in Assamakka": a country's police serve at home, and
            # English news often writes "Nigerian" for Nigerien
            country = hint
        if country is None and role.state:
            return None
        for iso, start, until, gid in role.as_group:
            # the one group such men were where and when the text tells ("Islamists destroyed mausoleums in
            # Timbuktu" in July 2012: Ansar Dine, not "Islamist Militia (Mali)"); its generic word still gives way
            # to a group the text names
            g = self._groups.get(gid)
            if g is not None and country == iso and on is not None and (start is None or on >= start) \
                    and (until is None or on <= until):
                return _Hit(0, 0, g.name_on(on), g.inter, g.kind, g.country, False, generic_armed)
        state = self._states.get(country) if country else None
        if role.state and state is None:
            return None  # (a country the dictionary has no state for: "Kosovo Serbs clashed with NATO peacekeepers")
        if role.state:
            assert state is not None
            label = state.label_on(on)
            name = role.template.format(
                country=state.display,
                period=f" ({label})" if label else "",
                unit=f" {target.unit}" if target.unit else "",
                ethnic=target.ethnic,
            )
            inter = 8 if hint is not None and country != hint else role.inter
        elif role.key == "civilians" and target.country is not None and target.country not in AFRICA \
                and (hint is None or hint in AFRICA):
            # foreigners from outside the continent harmed in Africa: "an Italian priest", "a French tourist"
            # (ACLED: "Civilians (International)"); Africans keep their country ("the Togolese driver")
            name, inter = "Civilians (International)", role.inter
        else:
            template = self._militia_names.get(target.ethnic, role.template) if role.key == "ethnic-militia" \
                else role.template
            name = template.format(
                country=state.name if state else _UNKNOWN, period="", unit="", ethnic=target.ethnic
            )
            inter = role.inter
        return _Hit(0, 0, name, inter, role.kind, country if state else None, target.ethnic != "", generic_armed)

    @staticmethod
    def _choose(
        cands: Iterable[_Candidate], norm: str, start: int, hint: str | None, roles: Mapping[str, _Role],
        on: date | None = None,
    ) -> _Candidate | None:
        best: _Candidate | None = None
        best_key: tuple[int, int, int, int] | None = None
        early: _Candidate | None = None
        for c in cands:
            if c.acronyms and any(norm[start + off : start + off + len(tok)] != tok for off, tok in c.acronyms):
                continue
            if c.context is not None and (hint is None or hint not in c.context):
                continue
            t = c.target
            if c.tier == _TIER_CONTEXT and t.group is not None and on is not None \
                    and t.group.founded is not None and on < t.group.founded:
                # a description names a group only once it exists: "al-Qaeda-linked militants" in Mali in 2015
                # were no JNIM (founded in March 2017), nor al-Qaeda itself: the words name no one ("militants"
                # still name an armed group); the group's own names ("JNIM") still name it
                early = c
                continue
            if hint is None and c.tier == _TIER_HINT and t.role is not None and roles[t.role].state:
                continue
            country = t.group.country if t.group is not None else t.country
            key = (c.tier, 0 if (hint is not None and country == hint) else 1, -c.specificity, c.order)
            if best_key is None or key < best_key:
                best, best_key = c, key
        if best is None and early is not None:
            return early._replace(target=_Target(stop=True))
        return best

    def _unsaid(self, norm: str, s: int, e: int, t: _Target, on: date | None) -> bool:
        """Whether the words at norm[s:e], though a name of `t`, do not name it there: a clan's people who do not
        fight ("executed four Marehan clansmen"), armed men "from" a people's group or place ("fighters from the Oromo
        Liberation Army"), a country's men whose demonym is the tail of another's ("South Sudanese security agents":
        not Sudan's), "Antonov" as a person or a place ("Anatoly Antonov", "the Antonov airport"), a group's name
        outside the years it was one ("Renamo" after 2019: a party). The span is then left to shorter names."""
        said = norm[s:e]
        if t.role == "ethnic-militia":
            if _CLANSMEN.search(said):
                return not (_CLANSMEN_FIGHT_AFTER.match(norm, e)
                            or _CLANSMEN_FIGHT_BEFORE.search(norm, max(0, s - 60), s))
            if _FROM_A_PEOPLE.search(said):
                # (nor a tribe of a people named right before the men: "Tuareg gunmen from the Kel Ansar tribe" are
                # the Tuareg's militia, as ACLED names them, not the tribe's)
                before = _PEOPLE_WORD_BEFORE.search(norm, max(0, s - 30), s)
                if before is not None and before.group(1).lower() in self.ethnonyms \
                        and self.ethnic_names[before.group(1).lower()] != t.ethnic:
                    return True
            if _FROM_PEOPLE.search(said):
                return _FROM_PEOPLE_NAME_AFTER.match(norm, e) is not None
            return False
        if t.group is None and t.country is not None and s > 0:
            # (the word before and the name's first word: "South Sudanese", "South Sudan")
            b = _NAME_BEFORE.search(norm, max(0, s - 20), s)
            if b is not None:
                first = said.split(" ", 1)[0]
                joined = f"{b.group(1)} {first}".lower()
                other = self._demonym_iso.get(joined) or self._country_by_name.get(joined)
                if other is not None and other != t.country:
                    return True
            if _ANTONOV.fullmatch(said):
                if _ANTONOV_NOT_AFTER.match(norm, e):
                    return True
                return b is not None and b.group(1).rstrip(".").lower() not in _NOT_NAMES
        if t.group is not None and self._dated:
            periods = self._dated.get((said.lower(), t.group.id))
            if periods is not None and on is not None:
                return not any((a is None or on >= a) and (z is None or on <= z) for a, z in periods)
        return False

    @staticmethod
    def _is_mission(c: _Candidate) -> bool:
        """A peacekeeping mission's description, named only in its host country: "blue helmets" (MINUSMA in Mali)."""
        g = c.target.group
        return c.tier == _TIER_CONTEXT and c.context is not None and g is not None and g.kind == "external"

    def _mission_host(self, norm: str, spans: list[tuple[int, int, int, Any, Any]], hint: str | None,
                      focus: frozenset[str] = frozenset()) -> str | None:
        """The host country of the one mission whose peacekeepers the text names by their own country only ("Chadian
        peacekeepers", "peacekeepers from Niger"), where the hint is none or that contributor's; None otherwise."""
        hosts: set[str] = set()
        told = False
        for _length, s, e, simple, cands in spans:
            if simple is not None:
                continue
            missions = [c for c in cands if self._is_mission(c)]
            if not missions or any(hint is not None and hint in c.context for c in missions):  # type: ignore[operator]
                continue
            for c in missions:
                hosts.update(c.context)  # type: ignore[arg-type]
            b = _CONTINGENT_BEFORE.search(norm, max(0, s - 40), s)
            a = _CONTINGENT_AFTER.match(norm, e)
            iso = {self._demonym_iso.get(b.group(1).lower()) if b else None,
                   self._country_by_name.get(a.group(1).lower()) if a else None} - {None}
            if iso and (hint is None or hint in iso):
                told = True
        if told and len(hosts) > 1:
            # several missions' noun ("peacekeepers" in Mali, Congo, the CAR ...): the one whose host the text names
            # ("Chadian peacekeepers ... in northern Mali"); none where it names no host or several
            lower = norm.lower()
            named = {h for h in hosts if any(re.search(rf"\b{re.escape(name)}\b", lower) for name in (
                *(n for n, iso in self._country_by_name.items() if iso == h and len(n) > 3),
                *(d for d, iso in self._demonym_iso.items() if iso == h)))}
            # (else the one in the region the user follows: "a UN peacekeeper from Liberia was killed" in a West
            # Africa import is MINUSMA's)
            hosts = named or (hosts & focus)
        return next(iter(hosts)) if told and len(hosts) == 1 else None

    def _scan(self, text: str) -> tuple[str, _OffsetMap | None, list[tuple[int, int, int, Any, Any]]]:
        """The normalised text, its offset map and the dictionary hits at word bounds, before any choice between
        candidates (which depends on the country hint). The last text's scan is kept: the pipeline asks for the
        actors of an article twice, without and then with the country its places give."""
        last = self._last_scan  # one read: another thread may replace it
        if last is not None and last[0] == text:
            return last[1]  # type: ignore[no-any-return]
        norm, omap = _normalize(text)
        lower = norm.lower()
        n = len(lower)
        spans = []
        for end_idx, (length, open_start, open_end, simple, cands) in self._automaton.iter(lower):
            s = end_idx - length + 1
            e = end_idx + 1
            if not open_start and s > 0 and lower[s - 1].isalnum():
                continue
            if not open_end and e < n and lower[e].isalnum():
                continue
            spans.append((length, s, e, simple, cands))
        if self._misspelt:
            for m in _LONG_ACRONYM_TOKEN.finditer(norm):
                cands = self._misspelt.get(m.group())
                if cands is not None:  # "a MINUMSMA convoy": MINUSMA's
                    spans.append((m.end() - m.start(), m.start(), m.end(), None, cands))
        self._last_scan = (text, (norm, omap, spans))
        return norm, omap, spans

    def find(self, text: str, *, country_hint: str | None = None, on: date | None = None,
             focus: frozenset[str] = frozenset()) -> list[ActorMention]:
        """Actor mentions in `text`, in order; `country_hint` (ISO alpha-2) names generic actors, `on` dates names;
        `focus`, the countries of the region the user follows, picks the mission of several whose noun it is."""
        if not text:
            return []
        hint = _normalize_hint(country_hint, self._country_by_name)
        if isinstance(on, datetime):
            on = on.date()
        norm, omap, spans = self._scan(text)
        n = len(norm)

        raw: list[tuple[int, int, int, _Candidate]] = []
        alts: dict[tuple[int, int], Any] = {}
        choose = self._choose
        roles = self._roles
        host = self._mission_host(norm, spans, hint, focus)
        for length, s, e, simple, cands in spans:
            best = simple if simple is not None else choose(cands, norm, s, hint, roles, on)
            if best is not None and not best.target.stop and self._unsaid(norm, s, e, best.target, on):
                continue
            if best is None and simple is None and norm[s:e] in _SUDAN_DEED_NAMES and _SUDAN_DEED_AFTER.match(norm, e):
                want = _SUDAN_DEED_NAMES[norm[s:e]]
                best = next((c for c in cands if c.context is not None and "SD" in c.context and (
                    (c.target.group is not None and c.target.group.id == want)
                    or (c.target.group is None and c.target.role == want and c.target.country == "SD"))), None)
            if best is not None and best.target.group is not None and best.target.group.id == "pro-gov-militia" \
                    and norm[s:e].lower().startswith(("government", "state")) \
                    and (_STANCE_BEFORE.search(norm, max(0, s - 6), s)
                         or _OPPOSED_TO_BEFORE.search(norm, max(0, s - 24), s)):
                continue  # "anti-government militias", "militias opposed to the government": against it, not its
            if best is None and host is not None and simple is None:
                # a mission's own noun where the hint is only its contingent's country: "two Chadian UN
                # peacekeepers were killed" (the mission's, not "UN: United Nations")
                best = choose([c for c in cands if self._is_mission(c)], norm, s, host, roles, on)
            if best is not None:
                raw.append((-length, s, e, best))
                if best.context is not None:
                    alts[(s, e)] = cands  # (a noun whose country the hint chose: "gendarmes", read again below)
        if not raw:
            return []

        # Longest first, then leftmost; keep the matches that do not overlap one already kept.
        raw.sort()
        taken = bytearray(n)
        chosen: list[tuple[int, int, _Candidate]] = []
        for _neg, s, e, c in raw:
            if taken.find(1, s, e) != -1:
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append((s, e, c))
        chosen.sort(key=lambda h: h[0])

        cache_: dict[int, _Hit | None] = {}
        hits: list[_Hit] = []
        told: dict[str, set[str]] = {}  # the countries a state role was named with so far ("Malian army": military ML)
        told_end = 0  # where the last of them ends
        for s, e, c in chosen:
            if c.target.stop:
                continue
            if c.target.role is not None and roles[c.target.role].state and c.target.group is None \
                    and _STANCE_BEFORE.search(norm, max(0, s - 6), s):
                continue  # "pro-government forces": a side's stance, not the government's forces
            if c.target.role == "government" and c.target.group is None \
                    and _LOCAL_GOVERNMENT.search(norm, max(0, s - 6), s) and norm[s:e].lower().endswith("government"):
                continue  # "local government elections", "Gwale local government area": a tier of administration
            t = c.target
            # (only a bare noun refers back: "security forces" after "French forces" are the country's own)
            bare = _COREFERENT_NOUN.fullmatch(norm, s, e) is not None and (
                _DEFINITE.match(norm, s) is not None or _DEFINITE_BEFORE.search(norm, max(0, s - 12), s) is not None
                or not _SENTENCE_END.search(norm, told_end, s))
            if bare and (s, e) in alts:  # "gendarmes" (the Gendarmerie of the hint's country) after "Malian gendarmes"
                t = next((a.target for a in alts[(s, e)] if a.target.role in _COREFERENT_ROLES
                          and a.target.country is not None and told.get(a.target.role) == {a.target.country}), t)
            if t.role == "military" and t.group is None and t.country is not None \
                    and (t.country, hint) in _CONFUSED_DEMONYMS and not self._own_forces_told(norm, hint) \
                    and not self._foreign_forces_told(norm, t.country):
                # "unknown gunmen clashed with Nigerian forces" at a village of Niger: the country's own forces, as
                # English news often writes "Nigerian" for "Nigerien" (ACLED's Niger file: 3 of 5 such notes); not
                # where the text names the country's own by their own word too ("Nigerien and Nigerian forces of
                # the MNJTF", "24 Nigerien and 2 Nigerian soldiers"), nor forces told coming into it ("Nigerian
                # soldiers retreated into Niger")
                t = replace(t, country=hint)
            if t is not c.target:
                proto = self._resolve(t, hint, on)
            elif bare and t.group is None and t.country is None and t.role in _COREFERENT_ROLES \
                    and len(told.get(t.role, ())) == 1:
                # a bare "the soldiers" after "the Malian army" are those forces, not the hint's: "JNIM shelled the
                # Malian army base in Boulikessi, the soldiers responded" (not when two countries' were named)
                proto = self._resolve(_Target(role=t.role, country=next(iter(told[t.role])), unit=t.unit), hint, on)
            else:
                tid = id(t)
                if tid not in cache_:
                    cache_[tid] = self._resolve(t, hint, on)
                proto = cache_[tid]
            if proto is None:
                continue
            if t.group is None and t.country is not None and t.role in _COREFERENT_ROLES and (s, e) not in alts:
                told.setdefault(t.role, set()).add(t.country)
                told_end = e
            os_, oe = (omap.start(s), omap.end(e)) if omap is not None else (s, e)
            if text[os_:oe] in _CAPITAL_METONYMS and (_PLACE_BEFORE.search(text, max(0, os_ - 12), os_)
                                                       or _PLACE_AFTER.match(text, oe)):
                continue  # the city or the state, not its government: "in Washington", "Spokane, Washington"
            other = self._coordinated(text, os_, c.target, hint, on, oe)
            if other is not None:
                hits.append(other)
                if other.country is not None and t.role in _COREFERENT_ROLES:
                    told.setdefault(t.role, set()).add(other.country)  # "French and Nigerien forces": two countries
            hits.append(
                _Hit(
                    os_, oe, proto.actor, proto.inter, proto.kind, proto.country, proto.named_armed, proto.generic_armed
                )
            )
        hits = _merge(hits, text)
        return self._named_again([
            ActorMention(
                start=h.start,
                end=h.end,
                text=text[h.start : h.end],
                actor=h.actor,
                inter=h.inter,
                kind=h.kind,
                country_code=h.country,
            )
            for h in hits
        ], text, on)

    def _named_again(self, mentions: list[ActorMention], text: str, on: date | None) -> list[ActorMention]:
        """Generic armed men named by the noun the one named armed group before them was named with ("presumed ISGS
        militants attacked the post; soldiers killed three militants") are that group (of "JNIM or ISGS militants",
        those alternatives), not an unidentified one; not when two groups were named before ("JNIM and ISGS
        militants clashed ... ten militants"), nor other men by their words ("unknown gunmen", "rival fighters"),
        nor men named by another noun ("MNLA fighters clashed with gunmen"). Unnamed armed men the text says came
        from a country are its armed group ("unknown gunmen coming from Nigeria": Unidentified Armed Group
        (Nigeria)), whatever country the text is about."""
        out: list[ActorMention] = []
        for i, m in enumerate(mentions):
            came = _FROM_COUNTRY.match(text, m.end) if m.actor.startswith(_GENERIC_ARMED) else None
            if came is not None:
                words = (came.group(1) or "").split()
                iso = self._demonym_iso.get(came.group(2).lower()) if came.group(2) else \
                    self._country_by_name.get(" ".join(words).lower()) or self._country_by_name.get(words[0].lower())
                got = self.role_actor("islamist" if m.actor.startswith("Islamist") else "armed-group", iso, on=on) \
                    if iso else None
                if got is not None:
                    m = replace(m, actor=got[0], inter=got[1], country_code=iso)
            noun = _REPEATED_NOUN.fullmatch(m.text)
            if noun is not None and m.kind == "political-militia" and m.actor.startswith(_GENERIC_ARMED) \
                    and not _OTHERS_BEFORE.search(text, max(0, m.start - 30), m.start):
                named = [a for a in mentions[:i] if a.kind in ("rebel", "political-militia")
                         and not a.actor.startswith(_GENERIC_ARMED)]
                actors = list(dict.fromkeys(a.actor for a in named))
                last = named[-1] if named else None
                if len(actors) == 2 and len(named) == 2 and _EITHER_GAP.fullmatch(text, named[0].end, named[1].start):
                    actors = [self.alternatives(actors[0], actors[1])]
                if len(actors) == 1 and last is not None and (singular(last.text.split()[-1]) == singular(
                        noun.group(1)) or self._bare_before(last, m, noun.group(1), text)
                        or self._their_attack(last, m, noun.group(1), text)):
                    m = replace(m, actor=actors[0], inter=last.inter, kind=last.kind, country_code=last.country_code)
            out.append(m)
        return out

    @staticmethod
    def _bare_before(last: ActorMention, m: ActorMention, noun: str, text: str) -> bool:
        """Whether `last`, the one armed group named before the generic men `m`, was named by its bare name (no noun
        of men after it: "Boko Haram attacked", "Boko Harams attack") in an earlier sentence, and `m` are named by a
        noun for a group's members ("militants", "fighters"): that group's men."""
        return _MEMBERS_NOUN.fullmatch(noun) is not None and _REPEATED_NOUN.search(last.text) is None \
            and _SENTENCE_END.search(text, last.end, m.start) is not None \
            and _ELSEWHERE.search(text, last.end, m.start) is None

    @staticmethod
    def _their_attack(last: ActorMention, m: ActorMention, noun: str, text: str) -> bool:
        """Whether `m`, men named by the noun for those who attacked ("attackers", "assailants"), are the men of
        `last`, the one armed group named before them, told as the doers of an attack ("Al-Shabaab militants stormed
        a hotel ... nine people were killed, including three attackers"); not when another happening is told between
        ("In a separate incident")."""
        return _ATTACKER_NOUN.fullmatch(noun) is not None and _DID_ATTACK_AFTER.match(text, last.end) is not None \
            and _ELSEWHERE.search(text, last.end, m.start) is None

    # -- names -----------------------------------------------------------------------------------------------

    def _coordinated(self, text: str, start: int, target: _Target, hint: str | None, on: date | None,
                     end: int = -1) -> _Hit | None:
        """"French and Nigerien forces": the demonym joined before a "<demonym> <noun>" state actor names the same
        forces of another country (a hit over that demonym), or None. So does a name joined before a named group's
        "<name> <noun>" where "<that name> <noun>" is another group's ("violence between PDP and APC supporters":
        the PDP's supporters too, though "PDP" alone names no side)."""
        if target.group is not None and end > start:
            return self._coordinated_group(text, start, end, target, hint, on) \
                or self._coordinated_army(text, start, end, target, hint, on)
        if target.role is None or target.country is None or not self._roles[target.role].state:
            return None
        m = _COORDINATED_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            return None
        iso = self._demonym_iso.get(m.group(1).lower())
        if iso is None or iso == target.country or iso not in self._states:
            return None
        hit = self._resolve(_Target(role=target.role, country=iso, unit=target.unit), hint, on)
        if hit is None:
            return None
        return _Hit(m.start(1), m.end(1), hit.actor, hit.inter, hit.kind, hit.country, hit.named_armed,
                    hit.generic_armed)

    def _coordinated_army(self, text: str, start: int, end: int, target: _Target, hint: str | None,
                          on: date | None) -> _Hit | None:
        """The hit over the demonym of "<demonym> and <force's name> forces" ("Nigerien and MNJTF forces", "Malian
        and MINUSMA troops"): the demonym's country's military shares the noun with the named force, or None."""
        assert target.group is not None
        if target.group.kind not in ("state", "external") or not _FORCES_NOUN_AFTER.match(text, end):
            return None
        m = _COORDINATED_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            return None
        iso = self._demonym_iso.get(m.group(1).lower())
        if iso is None or iso not in self._states:
            return None
        hit = self._resolve(_Target(role="military", country=iso), hint, on)
        if hit is None:
            return None
        return _Hit(m.start(1), m.end(1), hit.actor, hit.inter, hit.kind, hit.country, hit.named_armed,
                    hit.generic_armed)

    def _coordinated_group(self, text: str, start: int, end: int, target: _Target, hint: str | None,
                           on: date | None) -> _Hit | None:
        """The hit over the "<name>" of "<name> and <group's name> <noun>" when "<name> <noun>" is another named
        group's alias (see `_coordinated`), or None."""
        said = text[start:end]
        noun = said.rsplit(" ", 1)[-1] if " " in said else ""
        m = _COORDINATED_NAME_BEFORE.search(text, max(0, start - 60), start)
        if not noun or m is None:
            return None
        # the name is the capitalised words' tail: "The ANC and EFF members", "On Monday PDP and APC youths"
        words = m.group(1).split(" ")
        for k in range(len(words)):
            name = " ".join(words[k:])
            said_with = _norm_alias(f"{name} {noun}")
            got = self._automaton.get(said_with.lower(), None)
            if got is not None:
                break
        else:
            return None
        best = self._choose(got[4] if got[3] is None else (got[3],), said_with, 0, hint, self._roles, on)
        if best is None or best.target.group is None or best.target.group is target.group:
            return None
        hit = self._resolve(best.target, hint, on)
        if hit is None:
            return None
        return _Hit(m.end(1) - len(name), m.end(1), hit.actor, hit.inter, hit.kind, hit.country, hit.named_armed,
                    hit.generic_armed)

    def _own_named(self, m: ActorMention) -> bool:
        """Whether the mention names an African state's forces by their own name ("FARDC", "SNA forces")."""
        t = unidecode(m.text).lower()
        return any(t == n or t.startswith(n + " ") for n in self._own_names.get(m.country_code or "", ()))

    def area(self, mentions: Iterable[ActorMention]) -> frozenset[str]:
        """The countries the named armed actors of `mentions` operate in (the dictionary's "area"); empty when no
        mention names one that has an area."""
        out: set[str] = set()
        for m in mentions:
            if m.actor in self._areas:
                # (and where another country's group goes by the same name: "Dozo militiamen" of a text naming no
                # country may be Burkina Faso's as well as Mali's)
                out |= self._areas[m.actor] | self._shared_areas.get(m.text.lower(), set())
        return frozenset(out)

    def own_forces(self, mentions: Iterable[ActorMention]) -> frozenset[str]:
        """The countries of the African state forces `mentions` name by their own name ("FARDC", "SNA forces"):
        armies at home, whose country a text naming no other is about."""
        return frozenset(m.country_code for m in mentions if m.country_code and self._own_named(m))

    def activity(self) -> dict[str, float]:
        """Each country's share of the dictionary's armed groups (how many operate there, over the most any country
        has): where armed violence is likelier, for a text that names neither its country nor a group."""
        if self._activity is None:
            counts = Counter(cc for area in self._areas.values() for cc in area)
            top = max(counts.values(), default=0)
            self._activity = {cc: n / top for cc, n in counts.items()} if top else {}
        return self._activity

    def region_activity(self) -> Counter[tuple[str, str]]:
        """Every admin1 unit the dictionary's armed groups are known to fight in, with how many of them do (asked
        for every article: counted once)."""
        if self._region_activity is None:
            self._region_activity = Counter(u for units in self._regions.values() for u in units)
        return self._region_activity

    def regions(self, mentions: Iterable[ActorMention]) -> frozenset[tuple[str, str]]:
        """The admin1 units, as (ISO2, folded name), the named armed actors of `mentions` are known to fight in (the
        dictionary's "regions"); empty when none has any."""
        return frozenset(self.region_votes(mentions))

    def region_votes(self, mentions: Iterable[ActorMention]) -> Counter[tuple[str, str]]:
        """`regions`, each unit with how many of the actors (each counted once) fight in it: "Katiba Macina ...
        clashed with Dan Na Ambassagou" gives Mopti two votes, Tombouctou, where only Katiba Macina fights, one."""
        out: Counter[tuple[str, str]] = Counter()
        for m in _each_actor_once(mentions):
            known = self._regions.get(m.actor)
            if known is None and (eth := self._ethnic_militia.match(m.actor)):
                # "Dogon Ethnic Militia (Mali)": the people's regions in the militia's country
                known = frozenset(u for u in self._ethnic_regions.get(eth.group(1), frozenset())
                                  if m.country_code is None or u[0] == m.country_code)
            out.update(known or ())
        return out

    def region_ranks(self, mentions: Iterable[ActorMention]) -> Counter[tuple[str, str]]:
        """Each unit of `region_votes` with how far down the dictionary's lists of units the text's groups (each
        counted once) have it, _REGION_RANK_STEP a place after the first in its country's list, at most
        _REGION_RANK_MAX places: the lists name a group's heartland first (JNIM: Mopti, then Segou, Tombouctou ...),
        so of a village's namesakes in two units of one country it fights in, the one nearer the head of its list
        ("JNIM militants ambushed an army convoy in Batouma": Mopti's Batouma, not Tombouctou's). Across countries
        the lists say nothing (see `find_places`)."""
        out: Counter[tuple[str, str]] = Counter()
        for m in _each_actor_once(mentions):
            for u, rank in self._region_rank.get(m.actor, {}).items():
                out[u] += _REGION_RANK_STEP * min(rank, _REGION_RANK_MAX)
        return out

    def home_country(self, mentions: Iterable[ActorMention], focus: frozenset[str] = frozenset(),
                     told: frozenset[str] = frozenset()) -> str | None:
        """The hint for generic actors ("police", "civilians") of a text whose places name no country: the one
        country the named armed actors of `mentions` all operate in (within `focus`, the region the user follows,
        when that narrows it to one: "MNLA fighters" -> ML; "Boko Haram" in a West African region without Nigeria
        -> NE), else the one country of its peoples and state actors (`told`: the countries its demonyms and
        peoples name, with those of the state, crowd and civilian mentions, not of civilians from outside `focus`:
        "the Malian government's decision" -> ML; of several, the one in `focus` if only one is), else the one home
        of its armed groups where they operate in several ("Katiba Macina" -> ML), else None."""
        mentions = list(mentions)
        common: frozenset[str] | None = None
        # (a group named by a word that is also a state's force's name in its own country says nothing of where,
        # while another group does: "ISWA forces raided an al Shabaab base" are Somalia's South West State forces,
        # not ISWAP, "ISWA" being both)
        plain = [m for m in mentions if unidecode(m.text).lower() not in self._state_context_names]
        for m in plain or mentions:
            area = self._areas.get(m.actor)
            if area:
                common = area if common is None else common & area
        if common and len(common) > 1 and focus and len(common & focus) == 1:
            common = common & focus
        if common and len(common) == 1:
            return next(iter(common))
        civilians = {m.country_code for m in mentions if m.country_code and m.inter == 7}
        sides = {m.country_code for m in mentions if m.country_code and m.inter in (1, 5, 6)}
        told = told | civilians | sides
        if focus:
            # an army from outside the region the user follows, with nobody else of its country told, is a force
            # abroad: its country is not where it fought ("French troops clashed with gunmen" placed nowhere: no
            # "Unidentified Armed Group (France)"; "French police fired tear gas at protesters" keeps France)
            # (not an African army named by its own name, "FARDC", "SNA forces": that is the army at home)
            abroad = {m.country_code for m in mentions if m.country_code and m.country_code not in focus
                      and m.inter == 1 and m.actor.startswith("Military Forces")
                      and not self._own_named(m)}
            abroad -= {m.country_code for m in mentions if m.inter != 1 or not m.actor.startswith("Military Forces")}
            told = told - abroad
            # foreigners harmed in the region the user follows do not say where it happened ("21 Italian tourists
            # kidnapped": Civilians (International), not Italy's)
            told = told - {c for c in civilians - sides if c not in focus}
        else:
            # (with no region followed, foreigners from outside Africa told as such: "two Chinese nationals kidnapped
            # near Kampti"; not "three Colombian farmers shot dead", the text's own country)
            told = told - {m.country_code for m in mentions if m.inter == 7 and m.country_code
                           and m.country_code not in AFRICA and m.country_code not in sides
                           and FOREIGNERS.search(m.text)}
        if len(told) > 1 and focus and len(told & focus) == 1:
            # of several, the one in the region the user follows: "gunmen killed an Italian tourist and two Nigerien
            # soldiers", "French and Niger troops raided the base" (Niger, for a West African gazetteer)
            told = told & focus
        if len(told) == 1:
            return next(iter(told))
        if common and not told:
            # groups of several countries whose one home is among them ("presumed Katiba Macina militants": Mali's,
            # though it fights in Burkina Faso too): the home, for a text that gives nothing else
            homes = {self._names[m.actor][2] for m in mentions if m.actor in self._areas and m.actor in self._names}
            homes.discard(None)
            if len(homes) == 1 and homes <= common:
                return next(iter(homes))  # type: ignore[return-value]
        return None

    def _peoples(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, people's name) of each mention in `text` of a people with a known country or area (names of
        several words too: "Kel Ansar"); the same text asked again is not scanned again."""
        last = self._peoples_last
        if last is not None and last[0] is text:
            return last[1]
        # (a plural only capitalised, as a people's name is written: "two Dogons", not "two bozos who robbed a bar";
        # nor a place of that spelling: "Samos" is the Greek island)
        found = [] if self._peoples_rx is None else [
            (m.start(), m.end(), self.ethnic_names[m.group(1).lower()]) for m in self._peoples_rx.finditer(text)
            if m.end() - m.start() == len(m.group(1))
            or m.group(0)[0].isupper() and m.group(0).lower() not in _NOT_PEOPLES_PLURAL]
        self._peoples_last = (text, found)
        return found

    def peoples_countries(self, text: str) -> frozenset[str]:
        """The countries of the peoples `text` names that live (almost) only in one ("the Dogon village of X" ->
        ML): the dictionary's ethnic groups with a "country"."""
        return frozenset(cc for *_, cc in self.peoples_country_spans(text))

    def peoples_country_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, ISO2) of each mention in `text` of a people with a known country (peoples_countries)."""
        return [(st, en, self._people_country[n]) for st, en, n in self._peoples(text) if n in self._people_country]

    def peoples_in(self, text: str) -> list[tuple[int, int, frozenset[tuple[str, str]]]]:
        """(start, end, admin1 units as in regions()) of each mention in `text` of a people that lives in one known
        area ("the Dogon village of X" -> Mopti): the dictionary's ethnic groups with "regions"."""
        return [(st, en, self._ethnic_regions[n]) for st, en, n in self._peoples(text) if n in self._ethnic_regions]

    def peoples_region_votes(self, text: str) -> Counter[tuple[str, str]]:
        """The admin1 units of every people of peoples_in(text), each with how many of the peoples (each counted
        once) live in it."""
        out: Counter[tuple[str, str]] = Counter()
        for name in {n for _, _, n in self._peoples(text) if n in self._ethnic_regions}:
            out.update(self._ethnic_regions[name])
        return out

    def alternatives(self, first: str, second: str) -> str:
        """The actor of a text that names either of two ("JNIM or ISGS militants"): ACLED's "A and/or B" name,
        in its order, where the dictionary lists the pair; else the first named. ACLED has an "A and/or B" actor
        only for the few pairs it often cannot tell apart; of any other two it codes the first as the actor and
        the second as its associated actor ("Ansar Dine and/or MUJAO gunmen": Ansar Dine; "MSA/GATIA
        militiamen": MSA). sitrep codes the first; the second, ACLED's associated actor, is not coded."""
        return self._alternatives.get(frozenset((first, second)), first)

    def ambiguous_name(self, actor: str, on: date | None, said: str) -> tuple[str, int] | None:
        """ACLED's "A and/or B" name for a group named alone (`said`: the words of the mention) on a date its name
        stands for either of two groups ("Boko Haram" after the 2016 split: ISWAP and/or JAS); None otherwise."""
        amb = self._ambiguous.get(actor)
        if amb is None or on is None:
            return None
        gid, start, unless = amb
        if (start is not None and on < start) or any(u.lower() in said.lower() for u in unless):
            return None
        g = self._groups.get(gid)
        if g is None:
            return None
        return self.alternatives(g.name_on(on), actor), min(g.inter, self._names.get(actor, (g.inter,))[0])

    def same_actor(self, a: str, b: str) -> bool:
        """Whether two ACLED names (without period suffixes) name one dictionary actor: a former name, or the name
        another ACLED export gives it ("Islamic State (Greater Sahara)" / "... - Greater Sahara Faction")."""
        ia = self._identity.get(strip_period(a).lower())
        ib = self._identity.get(strip_period(b).lower())
        return bool(ia and ib and ia & ib)

    def renamed_in_export(self, a: str, b: str) -> bool:
        """Whether one of two ACLED names is the name another ACLED export gives the actor the other names (the
        dictionary's `acled_names`: "Islamic State (West Africa) - Greater Sahara Faction" for "Islamic State
        (Greater Sahara)", "Dozo Militia" for "Dozo Communal Militia (Mali)"); former names of other periods
        ("Military Forces of Mali (2012-2013)" / "(2013-)") are not."""
        ka, kb = a.strip().lower(), b.strip().lower()
        ia, ib = self._identity.get(strip_period(ka)), self._identity.get(strip_period(kb))
        return bool((ia and ia & self._export_names.get(kb, set())) or (ib and ib & self._export_names.get(ka, set())))

    def is_coalition(self, actor: str) -> bool:
        """Whether `actor` is an alliance whose member groups ACLED codes by their own names (the dictionary's
        "coalition": "CMFPR1 (Plateforme)" is CMFPR1, not the Platform)."""
        return actor in self._coalitions

    def is_faction(self, actor: str) -> bool:
        """Whether the dictionary knows `actor` as a faction of a movement for some period (see `movement_of`)."""
        return actor in self._parts

    def movement_of(self, actor: str, on: date | None, where: str | None = None, *,
                    anywhere: bool = False, movement_named: bool = True) -> tuple[str, int] | None:
        """The movement a faction is coded as on a date (name, inter), e.g. Katiba Macina -> JNIM from March
        2017, Boko Haram -> Islamic State (West Africa) from its pledge (March 2015) to the split (August 2016);
        None for an actor that is no faction, or outside those dates, or for an event outside the countries the
        faction is its movement's in (`where`, the event's country: "AQIM militants" in Mali are JNIM's from
        March 2017, in Algeria AQIM's own; in no known country, its own; `anywhere`: whatever the country, for a
        text that names the movement itself, "AQIM militants (JNIM)"). `movement_named`: whether the text names
        the movement too; a faction ACLED names by its own name when it is told alone from some date on (the
        dictionary's "alone_from": "suspected Katiba Macina militants" in January 2020 are Katiba Macina's,
        "Katiba Macina (JNIM) militants" JNIM's until April 2020) is None then."""
        part = self._parts.get(actor)
        if part is None:
            return None
        if actor in self._part_in and where not in self._part_in[actor] and not anywhere:
            return None
        gid, start, until = part
        if on is None or (start is not None and on < start) or (until is not None and on > until):
            return None
        alone = self._part_alone_from.get(actor)
        if not movement_named and alone is not None and on >= alone:
            return None
        g = self._groups.get(gid)
        return (g.name_on(on), g.inter) if g is not None else None

    def in_country(self, text: str, m: ActorMention, cc: str, *, on: date | None = None) -> ActorMention:
        """`m`, a mention in `text`, as the actor of an event in country `cc`: the text read again with `cc` as the
        hint, where `m`'s words name a generic side whose country came from the article's hint ("soldiers", "the
        police", "villagers"). The article's places may vote for another country than the event's own ("an army
        unit near Kain (Kain, Yatenga)" in a text whose 'Kain' also names a Belgian town), and ACLED names unnamed
        sides by the event's country. `m` as it is when its words or the text give its country ("Malian soldiers",
        "the Malian army ... the soldiers", "gunmen coming from Nigeria") or name a group ("JNIM")."""
        if m.country_code == cc or cc not in self._states:
            return m
        again = next((x for x in self.find(text, country_hint=cc, on=on) if (x.start, x.end) == (m.start, m.end)), None)
        if again is None or again.country_code != cc or again.inter != m.inter:
            return m
        return replace(m, actor=again.actor, kind=again.kind, country_code=cc)

    def role_actor(self, role: str, country: str | None, *, on: date | None = None,
                   ethnic: str = "") -> tuple[str, int] | None:
        """The ACLED name and inter code of a generic role in a country on a date, e.g. ("government", "NE") ->
        ("Government of Niger (2023-)", 1); None when the role or country is unknown. Used where the text names
        no actor but says who acted: "Niger and Benin signed", "unidentified" perpetrators, "thousands marched".
        `ethnic`: the people of an "ethnic-militia" ("Dogon" -> "Dogon Ethnic Militia (Mali)")."""
        if role not in self._roles or (country is not None and country not in self._states):
            return None
        if isinstance(on, datetime):
            on = on.date()
        hit = self._resolve(_Target(role=role, country=country, ethnic=ethnic), country, on)
        return (hit.actor, hit.inter) if hit is not None else None

    def actor_country(self, name: str) -> str | None:
        """ISO alpha-2 country of an ACLED-style actor name, or None (international groups, unknown names)."""
        name = name.split(" and/or ")[0].strip()
        info = self._names.get(name)
        if info is not None:
            return info[2]
        m = _STATE_NAME.match(name)
        if m:
            rest = m.group("rest")
            if rest.startswith("the "):
                rest = rest[4:]
            head = rest.split(" (")[0].lower()
            if head in self._country_by_name:
                return self._country_by_name[head]
            low = rest.lower()
            best = ""
            for cname in self._country_by_name:
                if (
                    len(cname) > len(best)
                    and low.startswith(cname)
                    and (len(low) == len(cname) or not low[len(cname)].isalnum())
                ):
                    best = cname
            return self._country_by_name[best] if best else None
        p = _PAREN.match(name)
        if p:
            return self._country_by_name.get(p.group("inside").lower())
        return None

    def inter_of(self, name: str, *, event_country: str | None = None) -> int | None:
        """ACLED inter code of an actor name (1-8); a state actor outside `event_country` is 8. None if unknown."""
        first = name.split(" and/or ")[0].strip()
        inter: int | None = None
        info = self._names.get(first)
        if info is not None:
            inter = info[0]
        elif _STATE_NAME.match(first):
            inter = 1
        else:
            p = _PAREN.match(first)
            if p:
                head = p.group("head")
                inter = _HEAD_INTER.get(head)
                if inter is None and head.endswith("Militia"):
                    inter = 4
        if inter == 1 and event_country is not None:
            home = self.actor_country(first)
            ev = _normalize_hint(event_country, self._country_by_name)
            if home is not None and ev is not None and home != ev:
                return 8
        return inter

    def stats(self) -> dict[str, int]:
        """Sizes of the built dictionary: named actors, countries, aliases and distinct automaton keys."""
        return {
            "named_actors": len(self._groups),
            "named_actor_names": len(self._names),
            "countries": len(self._states),
            "countries_with_periods": sum(1 for s in self._states.values() if s.periods),
            "aliases": self._alias_count,
            "keys": self._key_count,
        }


_STATE_NAME = re.compile(r"^(?:Mutiny of )?(?:Military Forces|Police Forces|Government) of (?P<rest>.+)$")
_PAREN = re.compile(r"^(?P<head>.+?) \((?P<inside>[^()]+)\)$")
_HEAD_INTER = {
    "Civilians": 7,
    "Protesters": 6,
    "Rioters": 5,
    "Unidentified Armed Group": 3,
    "Islamist Militia": 3,
    "Private Security Forces": 8,
}


def _normalize_hint(hint: str | None, by_name: Mapping[str, str]) -> str | None:
    if not hint:
        return None
    h = hint.strip()
    if len(h) == 2 and h.isalpha():
        return h.upper()
    if len(h) == 3 and h.isalpha():
        c = pycountry.countries.get(alpha_3=h.upper())
        if c is not None:
            return str(c.alpha_2)
    return by_name.get(h.lower())


def _merge(hits: list[_Hit], text: str) -> list[_Hit]:
    """Join adjacent mentions of one actor, and absorb generic armed nouns into a neighbouring named group."""
    if len(hits) < 2:
        return hits
    out: list[_Hit] = [hits[0]]
    for h in hits[1:]:
        prev = out[-1]
        gap = text[prev.end : h.start]
        if prev.actor == h.actor:
            if _GAP_SAME.fullmatch(gap):
                prev.end = h.end
                continue
            if _GAP_PAREN.fullmatch(gap) and text.startswith(")", h.end):  # "Islamic State (IS)"
                prev.end = h.end + 1
                continue
        if prev.named_armed and h.generic_armed and _GAP_NAMED_GENERIC.fullmatch(gap):
            prev.end = h.end
            continue
        if prev.named_armed and h.generic_armed and _GAP_CLOSE_PAREN.fullmatch(gap):
            continue  # "Katiba Macina (JNIM) militants": the noun names the group the parentheses gloss
        if prev.generic_armed and h.named_armed and _GAP_GENERIC_NAMED.fullmatch(gap):
            h.start = prev.start
            out[-1] = h
            continue
        if prev.named_armed and h.named_armed and prev.actor != h.actor and _GAP_PARENT_NAMED.fullmatch(gap):
            h.start = prev.start  # "the al-Qaida-linked al-Shabab group": al-Shabaab, al-Qaeda only its parent
            out[-1] = h
            continue
        out.append(h)
    return out


# the names of the unnamed armed sides the dictionary's roles give ("Unidentified Armed Group (Mali)")
_GENERIC_ARMED = ("Unidentified Armed Group", "Islamist Militia")


@cache
def _default_matcher() -> ActorMatcher:
    return ActorMatcher(_load_bundled())


def actor_country(name: str) -> str | None:
    """ISO alpha-2 country of an ACLED-style actor name ("Civilians (Mali)" -> "ML"), or None."""
    return _default_matcher().actor_country(name)


def strip_period(name: str | None) -> str:
    """The name without ACLED's period suffix: "Military Forces of Niger (2011-) Gendarmerie" ->
    "Military Forces of Niger Gendarmerie"."""
    return " ".join(_PERIOD.sub(" ", name or "").split())


def inter_of(name: str, *, event_country: str | None = None) -> int | None:
    """ACLED inter code of an actor name; state forces outside `event_country` are external (8)."""
    return _default_matcher().inter_of(name, event_country=event_country)


_UNIT_NAMED = re.compile(r"\(([^()]+)\)\s*$")


def state_people(mentions: list[ActorMention], places: Iterable[PlaceMention], matcher: ActorMatcher,
                 cc: str | None, *, on: date | None = None) -> list[ActorMention]:
    """Civilians, protesters or rioters named by a country's people whose name a state or province of the article's
    country `cc` bears, where the article's places lie in that unit, are the unit's people ("a Georgian man was shot
    dead in Atlanta", "Georgian protesters rallied at the state Capitol": Civilians / Protesters (United States),
    not of Georgia, the Caucasus country); not when the text tells of the country itself beyond the people's name
    ("Nigerien refugees who fled Niger protested in Minna, Niger State")."""
    if cc is None:
        return mentions
    places = list(places)
    units = {fold(p.name if p.feature == "admin1" else p.admin1 or "") for p in places
             if p.country_code == cc and p.feature != "country"} - {""}
    out = []
    for m in mentions:
        named = _UNIT_NAMED.search(m.actor)
        if m.kind in ("civilians", "protesters", "rioters") and m.country_code not in (None, cc) \
                and named is not None and fold(named.group(1)) in units \
                and not any(p.country_code == m.country_code and p.context != "demonym" for p in places):
            got = matcher.role_actor(m.kind, cc, on=on)
            if got is not None:
                m = replace(m, actor=got[0], inter=got[1], country_code=cc)
        out.append(m)
    return out
