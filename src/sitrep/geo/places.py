"""Recognise place names in text and resolve each to a gazetteer entry using the article's own context.

Recognition: every gazetteer name, demonym ("Nigerien" -> Niger) and US state abbreviation (", Ky.") in the text,
accent- and case-folded (one pass of an Aho-Corasick automaton), kept when it is written as a name (capitalised,
not an all-capital code), is not a common word (in a stop list, or written in lower case elsewhere in the same
article), and is not part of a person's or an organisation's name: a title before it ("Judge Hoover"), a given
name or an initial before it ("Darrell L. Marriott"), a capitalised word after it ("Washington Post"), an age or
"said" after it ("Moore, 46", "Moore said"), or a surname the article uses for a person elsewhere.

Resolution: each mention's candidates are scored with
  * a prior: the kind of feature (country > continent > admin1 > admin2 > populated place) and log population;
    a place that has the name only as an alternate name is penalised ("Indiana" is also a Brazilian town's);
  * the article's countries: countries, demonyms and actors it names, and a soft vote of every ambiguous
    mention for the countries its plausible candidates are in; the dominant one counts most;
  * the admin hierarchy: "Gainesville, Fla." and "Dori, Burkina Faso" decide; an admin1 unit named anywhere in the
    article ("Teguey, in Niger's western Tillaberi region") favours the places inside it, and so, in a second pass,
    does the admin1 unit most of the article's resolved places fall in;
  * cues: "X County"/"X region" after the name favours admin units, "the village of"/"near" before it lets a
    village (no population in GeoNames) be chosen.
The confidence of a choice is the logistic of its margin over the runner-up.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.geo.gazetteer import DEMONYMS, Gazetteer, Place, fold, name_keys
from sitrep.model import ActorMention, PlaceMention

__all__ = ["dominant_country", "find_places"]

# Capitalised words that are GeoNames place names somewhere but almost never places in news text.
_STOP = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december said says the a an and or but in on at of for by with from
    as this that these those he she it they we his her its their our president minister ministry
    government army police military state states islamic defense defence security forces force union
    republic post news agency comments comment photo source report reports commander general colonel
    major captain spokesman spokesperson official officials convoy battle attack attacks district region
    province village town city capital north south east west northern southern eastern western central
    mr mrs ms dr col maj gen lt prime national federal council assembly court party people day week
    month year today yesterday tonight more most many much some one two three four five six seven eight
    nine ten hundred thousand million billion saint san santa mount lake river valley island islands
    bay gulf sea ocean desert coast border borders road street avenue airport base camp market mosque
    church school hospital university station office house office al el la le de du des ben bin abu
    amaq isis daesh biden trump obama putin macron pentagon kremlin congress senate parliament
    green red blue white black gold golden new old young good best victory liberty hope peace
    friendship independence unity progress justice freedom union premier central eagle lion
    can could any all every each other over under after before about above below again also just only
    not no nor yet so if then than when where while who whom whose which what why how here there
    center centre college reservoir reserve bridge corporation secretary commerce christmas easter god
    man woman men women boy girl child war media date time page photo video story article
    northeast northwest southeast southwest hamas hezbollah taliban wal mart
    """.split()
)

# Words before a name that make it a place ("near Teguey", "the town of Dori", "in Tillaberi").
_PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:near|in|at|outside|around|from|to|towards|toward|between|of|village of|town of|city of|"
    r"commune of|locality of|district of|region of|province of|area of|outskirts of|north of|south of|"
    r"east of|west of|km from|kilometres from|kilometers from|miles from)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_PRECISE_NEAR = re.compile(r"\b(?:near|outside|around|close to|outskirts of|(?:\d+|a few)\s*(?:km|kilomet\w+|miles)\s+"
                           r"(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.IGNORECASE)
_ADMIN_AFTER = re.compile(r"\s*(?:region|province|state|prefecture|department|governorate|district|county|"
                          r"parish)\b", re.IGNORECASE)
_TITLE_ABBREVIATIONS = "Mr Mrs Ms Dr Prof Col Maj Gen Lt Capt Cpt Sgt Cpl Pvt Adm Gov Sen Rep Rev Fr Det Insp Supt".split()
_TITLES = _TITLE_ABBREVIATIONS + (
    "Miss President Minister spokesperson spokesman spokeswoman General Colonel Captain Commander Imam Sheikh Chief "
    "Judge Justice Officer Deputy Sheriff Mayor Governor Senator Representative Councilman Councilwoman Commissioner "
    "Coach Pastor Father Bishop Pope King Queen Prince Princess Sir Lord Lady Trooper Sergeant Lieutenant Detective "
    "Professor Superintendent Principal Attorney Secretary Chairman Director Dean Rabbi Ayatollah Emir Sultan").split()
_ADMIN_BEFORE = re.compile(r"\b(?:state|province|region|department|county|prefecture|governorate)\s+of\s+(?:the\s+)?$",
                           re.IGNORECASE)
# a title, then capitalised words or initials on the same line; only an abbreviation takes a dot ("Judge. Columbus"
# is two sentences)
_PERSON_TITLE_BEFORE = re.compile(r"(?:\b(?:(?:" + "|".join(_TITLE_ABBREVIATIONS) + r")\.?|(?:" + "|".join(_TITLES)
                                  + r"))[ \t]+(?:[A-Z][\w.'-]*[ \t]+)*)$")

_BORDER_BEFORE = re.compile(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:[\w'’]+,?\s+(?:and\s+)?)*$", re.IGNORECASE)
# After a name: a person's age ("Moore, 46,"), a speech verb ("Moore said"), a middle initial ("David A. Ellwood")
_AGE_AFTER = re.compile(r",[ \t]+\d{1,3}(?:,|[ \t]*\))")
_PERSON_AFTER = re.compile(
    r"^(?:\s+(?:said|says|told|added|explained|noted|wrote|asked|testified|replied|argued|"
    r"stated|recalled|insisted|acknowledged|admitted|announced|declined|did not|didn't|has said|had said)\b|"
    r"\s+[A-Z]\.\s+[A-Z][a-z])")
# A word directly before a name that makes it part of a longer place name, not a person's given name
_MODIFIERS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern greater upper lower downtown uptown upstate downstate
    rural suburban metro metropolitan inner outer old new mid little great coastal west-central east-central
    in at of from to near and or the for on by via into across through throughout outside inside around
    between within toward towards beyond than with without about against under over
    """.split()
)
# Words after a place name that make the pair an institution's name: the place stays a place ("Athens Police")
_INSTITUTION_WORDS = frozenset(
    """
    police department dept fire high middle elementary school schools county city town township village community
    arts singers senior seniors highway state district regional unified board council university college
    hospital medical health museum library chamber area airport club church park parks zoo symphony orchestra
    theatre theater center centre public fair film festival authority commission committee court courts circuit
    jail detention sheriff sheriff's office housing water electric transit transportation railroad port harbor
    harbour bank league association society foundation institute clinic memorial stadium arena mall market
    street road avenue boulevard drive lane bridge creek bay valley metropolitan metro convention visitors
    planning zoning parish republican republicans democratic democrats party legislature general assembly
    senate house supreme appeals attorney prosecutor coroner emergency rescue ambulance utilities utility
    national guard army navy campus branch chapter division corps station cathedral cemetery heights
    government ministry embassy consulate historical shopping boys girls federal credit lions rotary kiwanis
    veterans recreation civic humane performing volunteer volunteers sewer economic development downtown heritage
    garden gardens choir chorus ballet municipal borough international regional area riding rodeo
    """.split()
) | frozenset(t.lower() for t in _TITLES)  # "Fargo Mayor Dennis Walaker": Fargo's mayor
_MEDIA_WORDS = frozenset("post times journal herald tribune gazette daily press star sun courier dispatch "
                         "chronicle observer examiner register ledger mail telegraph inquirer bulletin".split())
_NAME_WORD = r"[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)*[a-z]"  # "Smith", "McInerney", "DeKalb", "O'Neil"
_CAP_WORD_END = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # a capitalised word directly before
_CAP_WORD_START = re.compile(r"[ \t]+[A-Z]")  # and after
_NEXT_NAMES = re.compile(r"[ \t]+" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")?")
_GIVEN_BEFORE = re.compile(r"(?:^|[\s(\"“'])([A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)?)[ \t]+$")

_ADMIN_WORDS = frozenset({"region", "province", "state", "district", "department", "prefecture", "commune",
                          "county", "parish", "governorate"})
_FEATURE_RANK = {"place": 4, "admin2": 3, "admin1": 2, "country": 1, "continent": 0}
# Villages: GeoNames has no population (0) for most of them, and imported country dumps bring tens of thousands,
# many named like words or like far bigger places ("London", Sierra Leone). One is taken only when the text names
# its country or admin1 unit, or with a strong cue ("in", "near", "the village of"; not a bare "of"/"at"); and it
# beats a city of _SMALL_CITY+ people only when the text names its admin1 unit.
_VILLAGE = 1000
_SMALL_CITY = 100_000
_VILLAGE_CUE = re.compile(
    r"(?:\b(?:in|near|outside|around|close to|outskirts of|(?:village|town|locality|commune|hamlet|settlement)s?\s+of"
    r"|(?:\d+|a few)\s*(?:km|kilomet\w+|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?)$", re.IGNORECASE)

# The last word before a name that a cue pattern can end with ("near", "in", "of" ... [the]): a cheap test run
# before the patterns themselves
_CUE_LAST = frozenset("near in at outside around from to towards toward between of".split())
_TITLE_WORDS = frozenset(t.lower() for t in _TITLES)


def _last_word(before: str) -> str:
    """The last word before a name, lower-cased, "the" skipped ("near the" -> "near")."""
    words = before[-30:].split()
    if not words:
        return ""
    last = words[-1].lower()
    if last == "the" and len(words) > 1:
        last = words[-2].lower()
    return last


def _has_cue(before: str) -> bool:
    return _last_word(before) in _CUE_LAST and _PLACE_CUE_BEFORE.search(before) is not None


_FEATURE_BEFORE = re.compile(r"\b(?:Lake|lake|Gulf of|gulf of|Bight of|Mount|Mont)\s+$")
_FEATURE_AFTER = re.compile(r"\s+(?:[Rr]iver|[Bb]asin|[Vv]alley|[Dd]elta)\b")  # matched at the name's end
# A street, road or building named after a place is not the place ("Wichita Drive", "Richmond Street")
_STREET_AFTER = re.compile(r"[ \t]+(?:Street|St\.|Road|Rd\.|Drive|Dr\.|Avenue|Ave\.|Boulevard|Blvd\.?|Parkway|Pkwy\.?|"
                           r"Lane|Ln\.|Highway|Hwy\.?|Court|Ct\.|Circle|Trail|Pike|Turnpike|Expressway|Freeway|"
                           r"Terrace|Plaza|Square)(?![\w-])")
# After a country's name, a lower-case word that is not a verb, a preposition or a conjunction: the name is used
# as an adjective ("US drones", "Russia ties"), which says whose, not where
_NOT_NOUNS = frozenset(
    """
    and or but nor in on at to of for from with by as into onto than via per about after against along amid among
    around before behind below beneath beside besides between beyond despite during except inside near off outside
    over since through throughout till toward towards under until upon within without is are was were be been being
    am has have had having will would shall should can could may might must do does did done not also already
    still now then again alone itself which that who whom whose where when while whereas if unless because though
    although so yet its it this these those there here their his her our my your a an the said says say told
    announced agreed says
    """.split()
)
_MODIFIER_AFTER = re.compile(r"[ \t]+(?!(?:" + "|".join(sorted(_NOT_NOUNS)) + r")\b)[a-z]+(?<!ed)(?![\w'’-])")
# Glued to another name: a company or a compound ("Wal-Mart", "Long & Foster", "Helen & Douglas House")
_GLUED_BEFORE = re.compile(r"(?:[A-Z][\w'’]*-|&[ \t]*)$")
_PARTY_TAGS = frozenset({"D", "R", "I", "DFL", "GOP"})  # "Sen. Ray Miller, D-Columbus": his home town
_GLUED_AFTER = re.compile(r"[ \t]*&")

# US state abbreviations in the Associated Press style, after "City, " ("Charleston, W.Va.") or a place cue.
_US_STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "D.C.": "DC", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY",
    "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO",
    "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM",
    "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI",
    "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA",
    "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}
# "D.C.", "S.C.": letters and dots are abbreviations wherever they stand; "Ky.", "Pa.", "Mass." only after a
# comma, a place cue, a regional adjective or a party tag ("Charleston, W.Va.", "in Ky.", "Western Mass.", "D-S.C.")
_ABBREV_TOKEN = re.compile(r"[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)*")
_ABBREV_CONTEXT = re.compile(r"(?:,\s*|[DRI]-|\b(?:in|of|from|near|at|to|the|[Ww]estern|[Ee]astern|[Nn]orthern|"
                             r"[Ss]outhern|[Cc]entral)\s+)$")


def _us_abbreviations(text: str) -> Iterable[tuple[int, int, str]]:
    for m in _ABBREV_TOKEN.finditer(text):
        tok = m.group(0)
        code = _US_STATE_ABBREVIATIONS.get(tok)
        if code is None:
            continue
        s, e = m.span()
        if s and (text[s - 1].isalnum() or text[s - 1] == "."):
            continue
        if e < len(text) and text[e].isalnum():
            continue
        dotted = tok.count(".") >= 2 and tok[1] == "."  # "D.C.", "W. Va." is wordy
        if dotted or _ABBREV_CONTEXT.search(text, max(0, s - 12), s):
            yield s, e, code


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    ids: list[int]
    kind: str  # "name", "demonym", "abbrev"
    country_code: str | None = None  # demonyms
    best: Place | None = None
    scored: list[tuple[float, int]] | None = None


def _capitalised(span: str) -> bool:
    """Written as a name: a capital first, and every longer word capitalised ("Côte d'Ivoire", "Bosnia and
    Herzegovina" pass; "Said", yes, but not "said")."""
    if not span[:1].isupper():
        return False
    if " " not in span and "-" not in span:
        return True
    for w in span.replace("-", " ").split():
        if w[:2] in ("d'", "l'", "d’", "l’"):
            w = w[2:]
        if w and not w[:1].isupper() and len(w) > 3:
            return False
    return True


class _Text:
    """The article text with the look-ups the filters share (plain substring searches: no pass over the text)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def title_before(self, start: int) -> bool:
        """A person's title shortly before `start` ("Judge Thomas B. Hoover")."""
        window = self.text[max(0, start - 60):start]
        return any(w.rstrip(".").lower() in _TITLE_WORDS for w in window.split()[-5:]) \
            and _PERSON_TITLE_BEFORE.search(window) is not None

    def used_alone(self, word: str) -> bool:
        """Whether the text also has `word` alone, not beside another capitalised word ("... Smith said")."""
        text = self.text
        n = len(word)
        i = text.find(word)
        while i >= 0:
            j = i + n
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-")) and \
                    (j >= len(text) or not (text[j].isalnum() or text[j] in "'’-")):
                prev = text[max(0, i - 20):i]
                if not _CAP_WORD_END.search(prev) and not _CAP_WORD_START.match(text, j):
                    return True
            i = text.find(word, j)
        return False

    def used_in_lower_case(self, word: str) -> bool:
        """Whether the text also writes `word` (lower case, folded) as a word of its own ("war", "center")."""
        text = self.text
        n = len(word)
        i = text.find(word)
        while i >= 0:
            j = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
                return True
            i = text.find(word, j)
        return False


def _is_country_level(gaz: Gazetteer, ids: list[int]) -> bool:
    rows = gaz.places.rows
    return any(rows[i][9] in ("country", "continent") for i in ids)


def _candidates(text: str, gaz: Gazetteer, blocked: list[tuple[int, int]]) -> list[_Mention]:
    rows = gaz.places.rows
    found: list[_Mention] = []
    for start, end, key in gaz.scan(text):
        if not text[start].isupper():  # lower-case words are not names here
            continue
        if not key[-1].isalnum() and key[-1] != ".":
            continue  # a key with stray punctuation ("Malakal,")
        span = text[start:end]
        if not _capitalised(span) or key in _STOP:
            continue
        demonym = DEMONYMS.get(key)
        ids = gaz.lookup_ids(key) if demonym is None else []
        if demonym is None and not ids:
            continue
        if len(span) <= 3 and span.isupper():
            # "US", "UK", "DRC": codes only where they are a country's short name
            if demonym is not None or not all(rows[i][9] == "country" for i in ids):
                continue
        elif len(key) < 3:
            continue
        elif len(key.replace(".", "")) <= 3 and not span.isupper() and any(rows[i][9] == "country" for i in ids):
            continue  # a country's code written as a word ("Car bombs", "Us"): neither the code nor a namesake
        found.append(_Mention(start, end, key, ids, "demonym" if demonym else "name", demonym))
    for s_, e_, code in _us_abbreviations(text):
        idx = gaz.admin1_index.get(("US", code))
        if idx is not None:
            found.append(_Mention(s_, e_, fold(text[s_:e_]), [idx], "abbrev"))
    # leftmost-longest, non-overlapping: of overlapping hits the longer one
    found.sort(key=lambda m: (m.start, m.start - m.end))
    out: list[_Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            last = out[-1]
            if m.end - m.start > last.end - last.start and (len(out) < 2 or out[-2].end <= m.start):
                out[-1] = m
            continue
        out.append(m)
    # an actor's name hides the places inside it ("Islamic State"), except a country's ("U.S. military")
    kept: list[_Mention] = []
    for m in out:
        if blocked and m.kind == "name" and not _is_country_level(gaz, m.ids) \
                and any(s < m.end and m.start < e for s, e in blocked):
            continue
        before = text[max(0, m.start - 12):m.start]
        after = text[m.end:m.end + 2]
        # a physical feature named after a place: "Lake Chad", "the Niger river", "Gulf of Guinea"
        if ("ake" in before or "of" in before or "Mo" in before) and _FEATURE_BEFORE.search(before):
            continue
        spaced = after[:1].isspace()
        if spaced and _FEATURE_AFTER.match(text, m.end):
            continue
        if m.kind == "abbrev":
            kept.append(m)
            continue
        # a street named after a place, a compound or a firm ("Wichita Drive", "Wal-Mart", "Long & Foster")
        if spaced and after[1:2].isupper() and _STREET_AFTER.match(text, m.end) \
                and not _is_country_level(gaz, m.ids) and not any(rows[i][9] == "admin1" for i in m.ids):
            continue  # (not "Florida Highway Patrol")
        if (after[:1] == "&" or (spaced and "&" in text[m.end:m.end + 3])) and _GLUED_AFTER.match(text, m.end):
            continue
        if before[-1:] in ("-", "&", " ") and _GLUED_BEFORE.search(before):
            glued = re.search(r"([A-Za-z][\w'’]*)-$", before)
            if glued is None or not (gaz.lookup_ids(fold(glued.group(1))) or fold(glued.group(1)) in DEMONYMS
                                     or glued.group(1) in _PARTY_TAGS):
                continue  # "Wal-Mart", "Long & Foster"; not "Arab-Israeli", "Washington-Moscow", "D-Raleigh"
        kept.append(m)
    return kept


def _part_of_name(tx: _Text, m: _Mention, feature: str, city: bool = False) -> str:
    """Why a name is part of a longer name: "person" ('Judge Hoover', 'Darrell L. Marriott', 'Mary Smith ...
    Smith'), "speaker" ('Moore said', 'Moore, 46'), "organisation" ('Lansing State Journal'), or "" when it is not.

    A place named in an institution's name stays a place ("Athens Police", "Laurel County Sheriff"), as the
    geoparsing corpora annotate it."""
    text = tx.text
    start, end = m.start, m.end
    after = _NEXT_NAMES.match(text, end)
    if after is not None:
        words = after.group(0).split()
        if any(w.lower() in _MEDIA_WORDS for w in words[:2]):
            return "organisation"
        nxt = words[0]
        low = nxt.lower()
        if m.kind == "name" and feature in ("place", "admin1") and low not in _ADMIN_WORDS \
                and low not in _INSTITUTION_WORDS and len(nxt) > 2:
            # "Mary Smith", "Paul Mifsud": a person when the article uses the next word alone (a surname);
            # "Scott West Panthers", "Lincoln Day Dinner": else an organisation or an event (a state's name
            # stays: "Texas Rangers", "Ohio Valley")
            if tx.used_alone(nxt):
                return "person"
            if feature == "place":
                return "organisation"
    if tx.title_before(start):
        return "person"
    if feature in ("country", "continent") or m.kind != "name":
        return ""
    if _AGE_AFTER.match(text, end):
        return "person"  # "Bryan Harman, 28, died"
    if not city and _PERSON_AFTER.match(text[end:end + 25]):
        return "speaker"  # "Moore said", "Virginia L. Lane" (and "Gainesville says no": weaker evidence)
    if any(w in _ADMIN_WORDS for w in m.key.split()):
        return ""
    # a capitalised word or an initial directly before, on the same line ("James Walker", "Darrell L. Marriott")
    if start >= 2 and text[start - 1] in " \t" and text[start - 2].isalpha() or text[start - 2:start - 1] == ".":
        g = _GIVEN_BEFORE.search(text, max(0, start - 25), start)
    else:
        g = None
    if g is not None:
        word = fold(g.group(1).rstrip("."))
        if word not in _MODIFIERS and word not in _STOP and not word.endswith(("ly", "ing", "ed")):
            return "person"  # "James Walker", "Ben Paul", "Darrell L. Marriott", "Gulf War"
    return ""


# A candidate referent of a name: (prior, row index, country code, admin1 code, feature, population)
_Cand = tuple[float, int, str, "str | None", str, int]
_MEMO_MAX = 200_000
_PROPAGATE = True  # a name used for a person stands for the person elsewhere in the article too
_W_SUPPORT = 1.0  # per other name of the article with a place in the same admin1 unit (at most 3)


def _softmax(priors: dict[str, float] | dict[tuple[str, str | None], float]) -> dict:  # type: ignore[type-arg]
    if not priors:
        return {}
    top = max(priors.values())
    w = {k: math.exp(p - top) for k, p in priors.items()}
    total = sum(w.values())
    return {k: x / total for k, x in w.items()}


class _NameInfo:
    """What the article-independent part of resolution knows about a name, computed once per name and kept on the
    gazetteer (`Gazetteer.memo`): its candidates best first, the most general feature it can have, the country it
    names outright ("Niger"), and how its plausibility spreads over countries and admin1 units."""

    __slots__ = ("cands", "top_feature", "country", "by_country", "by_unit", "has_admin", "city")

    def __init__(self, gaz: Gazetteer, key: str) -> None:
        rows = gaz.places.rows
        cands: list[_Cand] = []
        for i in gaz.lookup_ids(key):
            r = rows[i]
            name = str(r[1])
            primary = fold(name) == key or key in name_keys(name)
            cands.append((_prior(r, key, primary), i, str(r[2]), r[3], str(r[9]), int(r[8])))  # type: ignore[arg-type, call-overload]
        cands.sort(key=lambda c: -c[0])
        self.cands: tuple[_Cand, ...] = tuple(cands)
        self.top_feature = min((c[4] for c in cands), key=lambda f: _FEATURE_RANK.get(f, 5)) if cands else "place"
        country = next((c for c in cands if c[4] == "country"), None)
        # "Niger", "Mali": a country's name outright (not "Georgia", not "Lebanon, Pa.")
        self.country = country[2] if country is not None and all(
            c[4] == "country" or (c[4] == "place" and c[5] < 10_000) for c in cands) else None
        by_country: dict[str, float] = {}
        by_unit: dict[tuple[str, str | None], float] = {}
        for c in cands:
            if c[4] != "continent" and c[0] > by_country.get(c[2], -99.0):
                by_country[c[2]] = c[0]
            if c[4] in ("admin1", "admin2", "place") and c[0] > by_unit.get((c[2], c[3]), -99.0):
                by_unit[(c[2], c[3])] = c[0]
        self.by_country: dict[str, float] = _softmax(by_country)
        # the admin1 units the name has a place in, each with the same weight: the fewer, the more telling
        self.by_unit: dict[tuple[str, str | None], float] = dict.fromkeys(by_unit, 1 / math.sqrt(len(by_unit))) \
            if by_unit else {}
        self.has_admin = any(c[4] in ("admin1", "country") for c in cands)
        self.city = any(c[4] == "place" and c[5] >= _SMALL_CITY for c in cands)  # "Tbilisi says": the government


def _name_info(gaz: Gazetteer, key: str) -> _NameInfo:
    memo = gaz.memo
    got = memo.get(key)
    if got is None:
        got = _NameInfo(gaz, key)
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[key] = got
    return got  # type: ignore[return-value]


def _prior(r: tuple[object, ...], key: str, primary: bool) -> float:
    """How likely a gazetteer row is the referent of a name, before the article's context."""
    feat = r[9]
    people = math.log10(int(r[8]) + 10) * 0.75  # type: ignore[call-overload]
    if feat == "country":
        base = 7.0  # a country's name means the country, even in local news ("Mexico", not Mexico, Mo.)
    elif feat == "continent":
        base = 5.0
    elif feat == "admin1":  # its population: the people of its places ("England" over England, Arkansas)
        base = max(3.5, people)
    elif feat == "admin2":
        base = max(2.5, people) if any(w in key for w in (" county", " parish", " district", " province")) else 1.0
    else:
        base = people
    if not primary:
        base -= 2.0  # the name is only one of its alternate names ("New York" for New York City)
    return base


def find_places(
    text: str,
    gaz: Gazetteer,
    *,
    actors: Iterable[ActorMention] = (),
) -> list[PlaceMention]:
    """Place mentions in `text`, each resolved to one gazetteer entry with a confidence."""
    actors = list(actors)
    blocked = [(a.start, a.end) for a in actors if not _looks_like_place_actor(a)]
    raw = _candidates(text, gaz, blocked)
    tx = _Text(text)

    # -- pass 0: the filters that need the candidates' features -------------------------------------------------
    mentions: list[_Mention] = []
    info: dict[str, _NameInfo] = {}
    as_person: Counter[str] = Counter()
    as_speaker: Counter[str] = Counter()
    for m in raw:
        if m.kind == "name":
            ni = info.get(m.key)
            if ni is None:
                ni = info[m.key] = _name_info(gaz, m.key)
            top = ni.top_feature
        else:
            top = "country"
        why = _part_of_name(tx, m, top, m.kind == "name" and info[m.key].city)
        if why:
            if why == "person" and top in ("place", "admin2"):
                as_person[m.key] += 1
            elif why == "speaker" and top in ("place", "admin2"):
                as_speaker[m.key] += 1
            continue
        mentions.append(m)
    if _PROPAGATE and (as_person or as_speaker):
        # the article's people: "Clif Moore ... Moore said ... Moore" -- the bare surname is the person too; a
        # name that only "says" is one when it does so at least as often as it stands alone ("Gainesville says no")
        alone = Counter(m.key for m in mentions)
        mentions = [m for m in mentions if not (as_person[m.key] or as_speaker[m.key] >= max(1, alone[m.key] // 2))
                    or _VILLAGE_CUE.search(text, max(0, m.start - 60), m.start) is not None]

    # -- pass 1: country evidence -----------------------------------------------------------------------------
    votes: defaultdict[str, float] = defaultdict(float)
    hard: set[str] = set()  # countries the text names: names, demonyms, actors, admin units
    for m in mentions:
        if m.kind == "demonym":
            votes[m.country_code] += 1  # type: ignore[index]
            hard.add(m.country_code)  # type: ignore[arg-type]
            continue
        if m.kind == "abbrev":
            votes["US"] += 1
            hard.add("US")
            continue
        ni = info[m.key]
        if ni.country is not None:
            votes[ni.country] += 2
            hard.add(ni.country)
            continue
        if len(ni.cands) == 1 and ni.cands[0][4] in ("admin1", "admin2"):
            votes[ni.cands[0][2]] += 1
            hard.add(ni.cands[0][2])
        for cc, w in ni.by_country.items():  # every ambiguous name: its plausible countries, half a vote
            votes[cc] += 0.5 * w
    for a in actors:
        if a.country_code:
            votes[a.country_code] += 1
            hard.add(a.country_code)
    dominant = max(votes, key=lambda k: votes[k]) if votes else None
    countries = hard | ({dominant} if dominant else set())

    # admin1 units: named in the text ("Teguey, in Niger's western Tillaberi region"), and how many of the
    # article's names have a candidate inside each (places named together lie together): a name votes for every
    # unit it has a place in, less the more units it has ("Springfield" tells little)
    admin1_named: set[tuple[str, str | None]] = set()
    support: defaultdict[tuple[str, str | None], float] = defaultdict(float)
    for key in {m.key for m in mentions if m.kind == "name"}:
        ni = info[key]
        if ni.has_admin:
            for c in ni.cands:
                if c[4] == "admin1" and (c[2] in countries or not countries):
                    admin1_named.add((c[2], c[3]))
        for u, w in ni.by_unit.items():
            if u[0] in countries or not countries:
                support[u] += w
    for m in mentions:
        if m.kind == "abbrev":
            r = gaz.places.rows[m.ids[0]]
            admin1_named.add((str(r[2]), r[3]))  # type: ignore[arg-type]
            support[(str(r[2]), r[3])] += 1.0  # type: ignore[index]

    # "Gainesville, Fla.", "Dori, Burkina Faso": the mention after the comma places the one before it
    container: dict[int, _Mention] = {}
    contained: dict[int, _Mention] = {}  # and the other way: "Norfolk, England" is England's, not Arkansas'
    for a, b in zip(mentions, mentions[1:]):
        # (not a list of units: "Arizona, California, Colorado")
        if a.kind == "name" and b.kind != "demonym" and re.fullmatch(r"\s*,\s*", text[a.end:b.start]) \
                and not (b.kind == "name" and info[a.key].top_feature in ("admin1", "country", "continent")
                         and info[b.key].top_feature == info[a.key].top_feature):
            if b.kind == "abbrev" or info[b.key].has_admin:
                container[id(a)] = b
                contained[id(b)] = a

    # -- pass 2 and 3: resolve; then again with the admin1 unit most resolved places fall in --------------------
    admin1_share: dict[tuple[str, str | None], float] = {}
    admin_cue: dict[int, bool] = {}
    for round_ in (0, 1):
        done: dict[tuple[object, ...], tuple[Place, list[tuple[float, int]]]] = {}  # same name, same cues
        for m in mentions:
            if m.kind == "name":
                if round_ and len(info[m.key].by_unit) <= 1:
                    continue  # one admin1 unit at most: the unit most places fall in changes nothing
                within = container.get(id(m))
                inner = contained.get(id(m))
                admin_after = admin_cue.get(m.start)
                if admin_after is None:
                    admin_after = admin_cue[m.start] = _ADMIN_AFTER.match(text, m.end, m.end + 20) is not None \
                        or ("of" in text[max(0, m.start - 5):m.start]
                            and _ADMIN_BEFORE.search(text, max(0, m.start - 25), m.start) is not None)
                memo_key = (m.key, admin_after, within.key if within is not None else None,
                            inner.key if inner is not None and inner.kind == "name" else None)
                hit = done.get(memo_key)
                if hit is None:
                    _resolve(m, info[m.key], admin_after, dominant, countries, admin1_named, support,
                             admin1_share, within, gaz,
                             info[inner.key] if inner is not None and inner.kind == "name" else None)
                    done[memo_key] = (m.best, m.scored)  # type: ignore[assignment]
                else:
                    m.best, m.scored = hit
            elif m.kind == "abbrev":
                m.scored = [(9.0, m.ids[0])]
                m.best = gaz.places[m.ids[0]]
        if round_ == 0:
            a1_votes: Counter[tuple[str, str | None]] = Counter()
            for m in mentions:
                if m.best is not None and m.best.feature in ("place", "admin2") and m.best.admin1_code:
                    a1_votes[(m.best.country_code, m.best.admin1_code)] += 1
            total = sum(a1_votes.values())
            if total < 2:
                break
            admin1_share = {k: n / total for k, n in a1_votes.items() if n >= 2}
            if not admin1_share:
                break

    # -- output ----------------------------------------------------------------------------------------------
    out: list[PlaceMention] = []
    for m in mentions:
        start, end = m.start, m.end
        before = text[max(0, start - 60):start]
        if m.kind == "demonym":
            c = gaz.country(m.country_code or "")
            if c is None:
                continue
            out.append(PlaceMention(
                start=start, end=end, text=text[start:end], name=c.name, geonames_id=c.geonames_id,
                country_code=c.country_code, country=c.name, admin1=None, admin2=None, latitude=c.latitude,
                longitude=c.longitude, feature="country", population=c.population, confidence=0.9,
                context="demonym"))
            continue
        best = m.best
        if best is None or m.scored is None:
            continue
        if not _keep(text, m, best, tx, dominant, countries, admin1_named, before, container.get(id(m))):
            continue
        scores = [sc for sc, _ in m.scored[:2]]
        margin = scores[0] - scores[1] if len(scores) > 1 else 3.0
        confidence = round(1 / (1 + math.exp(-margin)), 3)
        context = None
        last = _last_word(before)
        if blocked and any(s_ < end and start < e_ for s_, e_ in blocked):
            context = "actor"  # "US troops", "the United States government": the state, not where things happen
        elif best.feature == "country" and _MODIFIER_AFTER.match(text, end):
            context = "modifier"  # "US drones", "a Niger army base": the country qualifies a noun
        elif last in _CUE_LAST and _PRECISE_NEAR.search(before):
            context = "near"
        elif ("border" in before or "frontier" in before) and _BORDER_BEFORE.search(before):
            context = "border"
        elif _ADMIN_AFTER.match(text[end:end + 20]):
            context = "region"
        elif last in _CUE_LAST and _PLACE_CUE_BEFORE.search(before):
            context = "in"
        out.append(
            PlaceMention(
                start=start, end=end, text=text[start:end], name=best.name, geonames_id=best.geonames_id,
                country_code=best.country_code, country=gaz.country_name(best.country_code) or best.country_code,
                admin1=best.admin1, admin2=best.admin2, latitude=best.latitude, longitude=best.longitude,
                feature=best.feature, population=best.population, confidence=confidence, context=context,
            )
        )
    return out


def _resolve(m: _Mention, ni: _NameInfo, admin_after: bool, dominant: str | None, countries: set[str],
             admin1_named: set[tuple[str, str | None]], support: dict[tuple[str, str | None], float],
             admin1_share: dict[tuple[str, str | None], float], within: _Mention | None, gaz: Gazetteer,
             inner: _NameInfo | None = None) -> None:
    # the unit named after the comma: its country and admin1 code
    in_cc: str | None = None
    in_a1: str | None = None
    if within is not None:
        if within.best is not None:
            in_cc = within.best.country_code
            in_a1 = within.best.admin1_code if within.best.feature == "admin1" else None
        else:
            r = gaz.places.rows[within.ids[0]]
            in_cc, in_a1 = str(r[2]), (str(r[3]) if r[9] == "admin1" else None)
    # this name's own admin1 units ("Minnesota") do not vote for its places ("Minneota, Minnesota")
    own = {(c[2], c[3]) for c in ni.cands if c[4] == "admin1"} if ni.has_admin else set()
    mine = ni.by_unit
    # the name before the comma ("Norfolk, England"): the units that hold one of its places
    inner_cc = {c[2] for c in inner.cands} if inner is not None else set()
    inner_a1 = {(c[2], c[3]) for c in inner.cands} if inner is not None else set()
    scored: list[tuple[float, int, int, int]] = []
    outside = 0
    for prior, i, cc, a1code, feat, pop in ni.cands:  # best prior first
        if cc not in countries and cc != in_cc and feat != "continent":
            # no context can lift a candidate outside the article's countries: only the likeliest two compete
            outside += 1
            if outside > 2:
                continue
        score = prior
        if feat in ("admin1", "admin2"):
            score += 2.0 if admin_after else 0.0
        elif feat == "place" and admin_after:
            score -= 1.5
        if cc == dominant:
            score += 3.0
            if feat == "admin1":
                score += 1.5  # the states of the country the article is about are its frame ("Georgia")
        elif cc in countries:
            score += 1.5
        if feat in ("place", "admin2", "admin1"):
            a1 = (cc, a1code)
            if feat != "admin1" and a1 not in own:
                if a1 in admin1_named:
                    score += 2.0
                if admin1_share:
                    score += 2.0 * admin1_share.get(a1, 0.0)
            others = support.get(a1, 0.0) - mine.get(a1, 0.0)  # the article's other names in the same unit
            if others > 0.05:
                score += _W_SUPPORT * (others if others < 3.0 else 3.0)
        if inner is not None and (feat == "country" and cc in inner_cc or feat == "admin1" and (cc, a1code) in inner_a1):
            score += 3.0
        if in_cc is not None:
            if cc == in_cc and (in_a1 is None or a1code == in_a1):
                score += 6.0
            elif feat != "country":
                score -= 2.0
        scored.append((score, -_FEATURE_RANK.get(feat, 5), pop, i))
    scored.sort(reverse=True)
    best_i = scored[0][3]
    rows = gaz.places.rows
    if rows[best_i][9] == "place" and int(rows[best_i][8]) < _VILLAGE \
            and (rows[best_i][2], rows[best_i][3]) not in admin1_named:  # type: ignore[call-overload]
        city = next((t for t in scored if rows[t[3]][9] == "place" and t[2] >= _SMALL_CITY), None)
        if city is not None:
            scored = [city] + [t for t in scored if t is not city]
            best_i = city[3]
    m.best = gaz.places[best_i]
    m.scored = [(t[0], t[3]) for t in scored[:2]]


def _keep(text: str, m: _Mention, best: Place, tx: _Text, dominant: str | None, countries: set[str],
          admin1_named: set[tuple[str, str | None]], before: str, within: _Mention | None) -> bool:
    """Whether a resolved mention is a place at all (the recognition decisions that need the referent)."""
    cue = _has_cue(before)
    admin_after = bool(_ADMIN_AFTER.match(text[m.end:m.end + 20]))
    if best.feature in ("country", "continent"):
        return True
    span = text[m.start:m.end]
    # a dateline or headline in capitals: only a name worth its capitals ("CHARLESTON, W.Va. --")
    if span.isupper() and best.population < 50_000 and best.feature == "place" \
            and not re.match(r"\s*[,(—–-]", text[m.end:m.end + 3]):
        return False
    if best.feature == "place" and best.population < _VILLAGE \
            and (best.country_code, best.admin1_code) not in admin1_named:
        if best.country_code not in countries and not (_last_word(before) in _CUE_LAST and _VILLAGE_CUE.search(before)):
            return False
    # "the Sahel": a geographic region, not the admin unit of another country
    if best.feature == "admin1" and dominant is not None and best.country_code != dominant and (
            re.search(r"\bthe\s+$", before, re.IGNORECASE)
            or not (cue or admin_after or best.country_code in countries)):
        return False
    if within is not None or cue or admin_after:
        return True
    if best.feature == "place":
        # a small place with no cue and no country support is more likely a word or a name
        if best.country_code not in countries and best.population < 50_000:
            return False
        if best.population < 100_000:
            # known to the gazetteer only by an alternate name ("Hamas" for Hamm)
            if m.key not in name_keys(best.name) and fold(best.name) != m.key:
                return False
            # a word the article also writes in lower case ("war", "center") is that word at a sentence start
            if " " not in m.key and tx.used_in_lower_case(m.key):
                return False
    return True


def _looks_like_place_actor(a: ActorMention) -> bool:
    """Actor mentions that are also plain country names ("Niger", "Russia") must not hide the place."""
    return a.text[:1].isupper() and " " not in a.text.strip() and a.kind in ("state", "external")


def dominant_country(places: list[PlaceMention]) -> str | None:
    """The country an article is about: votes of its place mentions, the lead sentence's counting three times
    (a story names its scene first; background and comparison come later). Border mentions, demonyms ("French
    troops"), countries named as actors or as adjectives ("US troops", "US drones") do not vote; a mention with a
    place cue ("in Niger") counts twice."""
    votes: dict[str, int] = {}
    first = min((p.sentence for p in places if p.sentence >= 0), default=0)
    for p in places:
        if p.context in ("border", "demonym", "actor", "modifier") or not p.country_code:
            continue
        weight = 2 if p.context in ("in", "near", "region") else 1  # "in Niger" says where; a bare "Niger" may not
        votes[p.country_code] = votes.get(p.country_code, 0) + weight * (3 if p.sentence == first else 1)
    return max(votes, key=lambda k: votes[k]) if votes else None
