"""Find numbers in words and digits (with qualifiers, ranges, currency) and what they count; derive figures."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

from sitrep.model import Figure, NumberMention, Sentence

__all__ = ["VAGUE_VALUES", "figures_from_numbers", "find_numbers", "singular"]

# Conventional values for vague quantities. ACLED codes "tens" 10, "dozens" 12, "hundreds" 100, and so on;
# "several", "a few" and "a handful" are coded 3 here (the project's convention; ACLED sometimes uses 10).
# A vague multiplier in front of a scale word multiplies it: "a few dozen" = 3 x 12 = 36, "several hundred" = 300.
VAGUE_VALUES: dict[str, float] = {
    "several": 3.0,
    "a few": 3.0,
    "a handful": 3.0,
    "a couple": 2.0,
    "an unspecified number": 3.0,  # ACLED's notes: "unknown fatalities coded as 3"
    "an unknown number": 3.0,
    "an undetermined number": 3.0,
    "tens": 10.0,
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 100.0,
    "thousands": 1_000.0,
    "millions": 1_000_000.0,
    "tens of thousands": 10_000.0,
    "hundreds of thousands": 100_000.0,
}

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_WORDS = {"hundred": 100.0, "dozen": 12.0, **_SCALES}
_SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}

_NUMBER_WORDS = sorted([*_UNITS, *_TEENS, *_TENS, *_SCALE_WORDS], key=len, reverse=True)
# one count from one to ninety-nine written as words ("seventeen", "forty-three"), for patterns elsewhere
NUMBER_WORD_PATTERN = (r"(?:(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(u for u in _UNITS if u != "zero") + r"))?|"
                       + "|".join(sorted([*_TEENS, *(u for u in _UNITS if u != "zero")], key=len, reverse=True)) + r")")
_W = "|".join(_NUMBER_WORDS)

# Candidate number cores: vague phrases first (so "hundreds" is not read as "hundred"), then words, then digits.
# (digits right after a word's full stop are a figure whose space was lost, not a decimal's tail: "seized
# arms.7 soldiers killed"; not "v2.7", "0.7")
_CORE = re.compile(
    rf"""
    (?P<vague>\b(?:
        tens\s+of\s+thousands | hundreds\s+of\s+thousands
      | (?:several|a\s+few|a\s+handful|a\s+couple)(?:\s+(?:(?:dozen|hundred|thousand|million)s?|tens)\b
                                                     (?!\s+of\s+(?:hundreds|thousands|millions)\b))?
      | an\s+(?:unspecified|unknown|undetermined)\s+number(?=\s+of\b)
      | tens(?=\s+(?:of|were|had|have|killed|dead|died|wounded|injured)\b)  # ("tens were reportedly killed")
      | dozens | scores(?=\s+of\b) | hundreds | thousands | millions
    )\b)
  | (?P<words>\b(?:a\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{_W})
        (?:(?:\s+|-|\s+and\s+)(?:{_W}))*\b)
  | (?P<digits>(?:(?<![\w.,/:#+])|(?<=[a-z]{{3}}\.)(?=\d+\s+[A-Za-z]))(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)
    """,
    re.I | re.X,
)
_WORD_TOKEN = re.compile(r"[A-Za-z]+")

# Spans that hold digits but no count: times, dates written in digits, phone numbers (checked in a window
# around each digit candidate), and URLs / e-mail addresses (one pass, only when the text has any).
_EXCLUDE = re.compile(
    r"""
    \b\d{1,2}:\d{2}(?::\d{2})?\b
  | \b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o[’']clock\b|hrs\b|GMT\b|UTC\b)
  | \b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b
  | \+\d[\d\s().-]{6,}\d
  | \(\d{2,4}\)\s*\d[\d\s-]{4,}\d
  | \b(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b
  | \b\d{2,4}(?:[ ]\d{2,4}){3,}\b
    """,
    re.X,
)
# Cheap test that one of the patterns above could match near a digit.
_EXCLUDE_HINT = re.compile(r"\d[:/.-]\d|\+\d|\(\d|\d\s*[apAP]\.?[mM]\b|\d\s*(?:o[’']clock|hrs|GMT|UTC)|\d \d\d \d\d")
_WEB = re.compile(r"https?://\S+|(?<![\w.])www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")


_Trie: TypeAlias = "dict[str, _Trie]"


def _trie_pattern(words: Sequence[str]) -> str:
    """A regex alternation of `words` shaped as a trie, so the engine rejects most positions at one character."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# Where a number may start: a digit, a number word, or the first word of a vague phrase.
_STARTS = sorted(
    {*_UNITS, *_TEENS, *_TENS, "a", "an", "several", "tens", "dozens", "scores", "hundreds", "thousands", "millions"}
)
_GATE = re.compile(
    rf"[0-9]+|\b(?=[{''.join(sorted({w[0] for w in _STARTS}))}])(?:{_trie_pattern(_STARTS)})\b", re.I
)

_QUALIFIERS: dict[str, str] = {
    "more than": "more than", "over": "more than", "upwards of": "more than", "in excess of": "more than",
    "greater than": "more than", "well over": "more than",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "not less than": "at least",
    "a minimum of": "at least",
    "up to": "up to", "as many as": "up to", "no more than": "up to", "not more than": "up to",
    "at most": "up to", "a maximum of": "up to", "as much as": "up to",
    "fewer than": "fewer than", "less than": "fewer than",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "approx.": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about", "an approximate": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly", "just shy of": "nearly",
    "just below": "nearly",
}


def _reversed_phrase(phrase: str) -> str:
    """Regex for `phrase` read backwards, any run of spaces matching any whitespace."""
    return r"\s+".join(re.escape(word[::-1]) for word in reversed(phrase.split()))


# The left context of a number (qualifier, currency sign) is matched on the reversed text just before it,
# anchored at the number, so each candidate costs one short match instead of a search.
_LEFT_REV = re.compile(
    r"(?P<cur>\$\s?SU(?![A-Za-z])|\$\s?\.S\.U(?![A-Za-z])|\s?SU\$|\$A(?![A-Za-z])|\$C(?![A-Za-z])|\$|€|£"
    r"|\s?(?:DSU|RUE|PBG|FOX|AFCF|AFC)(?![A-Za-z]))?"
    r"(?:\s+(?:(?P<q>"
    + "|".join(_reversed_phrase(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")(?![\w.])|(?P<between>neewteb)(?!\w)))?",
    re.I,
)
_CURRENCY_PREFIX = r"US\s?\$|U\.S\.\s?\$|\$US\s?|A\$|C\$|\$|€|£|(?:USD|EUR|GBP|XOF|FCFA|CFA)\s?"
_PREFIX_UNITS = {"$": "USD", "us$": "USD", "u.s.$": "USD", "$us": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                 "£": "GBP", "gbp": "GBP", "xof": "XOF", "fcfa": "XOF", "cfa": "XOF", "a$": "AUD", "c$": "CAD"}

_ATTACHED_SUFFIX = re.compile(r"[A-Za-z]+")
_SPACED_SCALE = re.compile(r"\s+(hundred|thousand|million|billion|trillion|dozen|mn|bn)\b", re.I)
_CURRENCY_SUFFIX = re.compile(
    r"""\s+(?:
        (?P<usd>(?:US\s+|U\.S\.\s+|American\s+)?dollars?\b|USD\b)
      | (?P<eur>euros?\b|EUR\b)
      | (?P<gbp>pounds\s+sterling\b|pounds\b|GBP\b)
      | (?P<xof>CFA\s+francs\b|francs\s+CFA\b|FCFA\b|CFA\b|XOF\b)
    )""",
    re.X,
)
_PERCENT = re.compile(r"\s?%|\s+per\s?cent\b|\s+percent\b", re.I)
_POSTFIX = re.compile(r"\s+or\s+(?P<more>more)\b|\s+or\s+(?P<so>so)\b|(?P<plus>\+|-plus\b)", re.I)
_RANGE_SEP = re.compile(r"\s*[-–—]\s*|\s+to\s+|\s+or\s+|\s+and\s+", re.I)
_SECOND = re.compile(
    rf"(?P<cur>{_CURRENCY_PREFIX})?(?:(?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?![\d:/])"
    rf"|(?P<words>\b(?:{_W})(?:(?:\s+|-|\s+and\s+)(?:{_W}))*\b))",
    re.I,
)
_STRONG = re.compile(r"-strong\b", re.I)
# A street address, not a count: "the 600 block of Main Street", "302 E. Main St."
_ADDRESS_NEXT = re.compile(r"\s+(?:block\s+of\b|[NSEW]\.?\s+[A-Z])")
_PLUS_NEXT = re.compile(r"-plus\b", re.I)
_OF_NEXT = re.compile(r"\s+of\b", re.I)
_POSSESSIVE = "its|their|his|her|our"
_OF_OWN_NEXT = re.compile(r"\s+of\s+(?:" + _POSSESSIVE + r")\b", re.I)
_ONE_PRONOUN_NEXT = re.compile(r"\s+another\b|[’']s\b", re.I)
_TIME_OR_FRACTION_NEXT = re.compile(r"[:/]\d")
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_FRACTION = re.compile(r"[\s-]+(?:halves|half|thirds?|quarters?|fifths?|sixths?|tenths?)\b", re.I)
_PREV_DAY_COMMA = re.compile(r"\b\d{1,2},\s*\Z")
_YEAR_TAIL = re.compile(r"\s*[-–/]\s*\d{2,4}\b")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_SET = frozenset(_MONTHS.split("|"))
_NEXT_MONTH = re.compile(rf"\s+(?:of\s+)?(?:{_MONTHS})\b\.?", re.I)

# A word right before a 4-digit number that makes it a year ("in 2012", "since 2017", "July 2023").
_YEAR_CUES = frozenset(
    """in since from until till during before after of by between and to early mid late end start beginning
    spring summer autumn fall winter year fiscal the a an this that last next""".split()
) | _MONTH_SET
_WEAK_YEAR_CUES = frozenset({"the", "a", "an", "this", "that"})
_DATE_NOUNS = frozenset(
    """elections polls talks accords agreements protests riots floods games olympics budgets figures levels
    standards rules reforms sanctions results statistics census estimates reports data""".split()
)
# Words right before a number that make it an identifier, not a count ("Resolution 2719", "No. 5").
_IDENT_PREFIX = frozenset(
    """no no. nos. number # article articles resolution route flight highway law decree section chapter paragraph
    page pages room phase level grade category season episode volume vol. issue item lot plot block gate channel
    battalion brigade regiment squadron district zone sector ward checkpoint boeing airbus apollo version code
    covid mq su mig ak tier step stage act bill ordinance""".split()
)

# Counted-noun chunking.
_CHUNK_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z’'-]*")
# (a possessive's "own" too: "one of its own fighters" counts fighters)
_OF_DET = re.compile(
    r"\s*of\s+(?:(?:" + _POSSESSIVE + r")\s+own\s+|(?:the|those|these|" + _POSSESSIVE + r"|all|both|some)\s+)?"
    r"(?=[A-Za-z])", re.I
)
_OF_PRONOUN = re.compile(r"\s*of\s+(?:them|whom|which|us|those|these|it)\b", re.I)
_STOP = frozenset(
    """of in on at from to for with by near across along into onto during after before since against under over
    between among around about per through without within inside outside toward towards including like as than
    via upon off out up down behind beyond amid amidst despite following
    and or but nor while who whom whose which that when where because if whether so yet
    is are was were be been being am has have had do does did will would can could may might must shall should
    said say says told tell died die remain remained left reportedly allegedly
    the a an this these those its their his her our my your them they he she it we i you us him
    each every all some any no other another more most less fewer such own same
    also still now then only just already there here not never ago later earlier apart away back respectively
    too very even again once soon altogether total overall
    spoke went came took saw got gave ran fell began fought brought stood sat met lost won kept held led sent
    struck stole threw wrote broke hid rode drove flew grew knew became""".split()
)
_IRREGULAR = {
    "people": "people", "personnel": "personnel", "police": "police", "staff": "staff", "cattle": "cattle",
    "livestock": "livestock", "infantry": "infantry", "men": "man", "women": "woman", "jihadis": "jihadi", "children": "child",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "lives": "life", "wives": "wife", "knives": "knife",
    "thieves": "thief", "militia": "militia", "crew": "crew", "youth": "youth", "police officers": "police officer",
    "data": "data", "media": "media", "sheep": "sheep", "fish": "fish", "aircraft": "aircraft",
    "buses": "bus", "gases": "gas", "series": "series", "species": "species", "headquarters": "headquarters",
}
_NOT_PLURAL = frozenset(
    """us is as was has his its this thus yes various numerous dangerous serious previous famous religious
    tremendous anonymous always perhaps news bus gas less unless across whereas analysis crisis basis thesis
    status campus census virus bonus chaos plus minus""".split()
)
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_LY_NOUNS = frozenset("family ally assembly rally supply anomaly monopoly".split())
_COMPOUND_MODIFIERS = frozenset(
    "police aid health border prison relief rescue humanitarian polling election media peace".split()
)

_HERD_NOUNS = frozenset("cattle livestock sheep fish".split())  # plural nouns that modify a plural after them
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z][a-z’'-]*)")
_TROOPS = frozenset(
    """soldier troop personnel serviceman servicewoman servicemember marine paratrooper commando peacekeeper
    gendarme guardsman sailor airman reservist mercenary police policeman officer ranger legionnaire
    conscript""".split()
) | {"police officer"}
_TRAINERS = frozenset("trainer instructor adviser advisor mentor".split())
_ATTACKERS = frozenset(
    """attacker assailant terrorist militant extremist jihadist insurgent gunman fighter rebel bandit raider
    bomber kidnapper abductor""".split()
)
_PEOPLE = frozenset(
    """people civilian villager child person man woman resident student refugee migrant worker farmer herder
    protester protestor demonstrator passenger hostage pupil teacher family individual inhabitant displaced
    girl boy worshipper trader journalist""".split()
) | {"aid worker", "health worker"}
_NOT_FIGURES = frozenset(
    """second minute hour day night week month year decade century time times km kilometre kilometer mile metre
    meter kg kilogram ton tonne percent per dead wounded injured killed missing""".split()
)
_TIME_UNITS = frozenset("second minute hour day night week month year decade century".split())
_CASUALTY_AFTER = re.compile(
    r"""[\s,]*(?:(?:who|which|that|had|have|has|were|was|are|is|been|being|reportedly|allegedly|also|all|
    of|them|whom)\s+){0,4}(?:killed|dead|died|slain|wounded|injured|hurt|abducted|kidnapped|missing|arrested|
    captured|detained|executed|murdered|massacred|beheaded|lost\s+their\s+lives)\b""",
    re.I | re.X,
)
_CASUALTY_BEFORE = re.compile(
    r"""\b(?:killed|killing|kills|kill|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|
    arrested|arresting|captured|capturing|executed|executing|deaths\s+of|death\s+of|bodies\s+of|
    toll\s+(?:to|of|at|rose\s+to|rises\s+to))\s+(?:\w+\s+){0,2}\Z""",
    re.I | re.X,
)
_ABOUT_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z’'-]*|\d[\d,.]*|\S")
_DETERMINERS = frozenset("a an the its their his her our this that these those some all each every".split())


@dataclass(slots=True)
class _Num:
    """One parsed number before qualifiers are applied."""

    value: float
    end: int
    unit: str | None = None
    scale: float = 1.0


def singular(word: str) -> str:
    """Lower-case singular of an English plural noun, by a small rule ("gunmen" -> "gunman")."""
    w = word.lower().replace("’", "'").rstrip("'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("men") and len(w) > 4 and w not in {"specimen", "abdomen", "regimen"}:
        return w[:-3] + "man"
    if len(w) <= 3 or w in _NOT_PLURAL or not w.endswith("s"):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    if w.endswith(("ss", "us", "is")):
        return w
    return w[:-1]


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.replace(".", "").isupper()


def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR:
        return True
    if w.endswith("men") and len(w) > 4 and w not in {"specimen", "abdomen", "regimen"}:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NOT_PLURAL


def _parse_words(tokens: list[re.Match[str]]) -> tuple[float, int]:
    """Value of a run of number words and how many tokens it uses (0: not a number)."""
    total = 0.0
    cur = 0.0
    prev: str | None = None
    last_scale = float("inf")
    used = 0
    for i, tok in enumerate(tokens):
        w = tok.group().lower()
        if w == "a":
            if i != 0:
                break
            cur, prev = 1.0, "a"
            continue
        if w == "and":
            nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
            if prev in ("hundred", "scale") and (nxt in _UNITS or nxt in _TEENS or nxt in _TENS):
                prev = "and"
                continue
            break
        if w in _UNITS:
            if prev in (None, "hundred", "scale", "and") or (prev == "tens" and cur % 10 == 0):
                cur += _UNITS[w]
                prev = "unit"
            else:
                break
        elif w in _TEENS or w in _TENS:
            if prev in (None, "hundred", "scale", "and"):
                cur += _TEENS.get(w, 0) + _TENS.get(w, 0)
                prev = "teen" if w in _TEENS else "tens"
            else:
                break
        elif w == "hundred":
            if prev in ("unit", "teen", "a") and 0 < cur < 100:
                cur *= 100
                prev = "hundred"
            else:
                break
        elif w in _SCALES:
            scale = _SCALES[w]
            if prev in ("unit", "teen", "tens", "hundred", "a") and scale < last_scale and cur > 0:
                total += cur * scale
                cur = 0.0
                last_scale = scale
                prev = "scale"
            else:
                break
        elif w == "dozen":
            if prev in ("unit", "teen", "tens", "a") and cur > 0:
                cur *= 12
                used = i + 1
                break
            break
        else:
            break
        used = i + 1
    if used == 0 or (prev == "a" and used <= 1):
        return 0.0, 0
    return total + cur, used


def _read_scale(text: str, pos: int, *, money: bool) -> tuple[float, int] | None:
    """Scale after a digit number: attached ("5m", "2bn") or spaced ("100 million"); None: not a count ("1st")."""
    m = _ATTACHED_SUFFIX.match(text, pos)
    if m:
        suffix = m.group().lower()
        if suffix in _SUFFIX_SCALES and (money or suffix in ("bn", "mn", "mln")):
            return _SUFFIX_SCALES[suffix], m.end()
        return None  # "1st", "1990s", "5km", "10am": not a count
    m = _SPACED_SCALE.match(text, pos)
    if m:
        return _SCALE_WORDS.get(m.group(1).lower(), _SUFFIX_SCALES.get(m.group(1).lower(), 1.0)), m.end()
    return 1.0, pos


def _currency_after(text: str, pos: int, *, scaled: bool) -> tuple[str, int] | None:
    m = _CURRENCY_SUFFIX.match(text, pos)
    if not m:
        return None
    if m.group("usd"):
        return "USD", m.end()
    if m.group("eur"):
        return "EUR", m.end()
    if m.group("gbp"):
        if scaled or "sterling" in m.group("gbp").lower() or m.group("gbp") == "GBP":
            return "GBP", m.end()
        return None
    return "XOF", m.end()


def _prev_word(text: str, pos: int) -> str:
    """The word just before `pos` (lower-case, with its trailing period: "no."), skipping spaces and "("."""
    j = pos
    while j > 0 and (text[j - 1].isspace() or text[j - 1] == "("):
        j -= 1
    k = j
    while k > 0 and pos - k < 30 and (text[k - 1].isalpha() or text[k - 1] in ".’'#"):
        k -= 1
    while k < j and not (text[k].isalpha() or text[k] == "#"):
        k += 1
    return text[k:j].lower()


def _read_second(text: str, pos: int, *, money: bool) -> _Num | None:
    """The upper number of a range ("to 30", "-30", "and thirty", "to $15 million")."""
    m = _SECOND.match(text, pos)
    if not m:
        return None
    unit = _PREFIX_UNITS.get("".join((m.group("cur") or "").split()).lower())
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
        sc = _read_scale(text, m.end(), money=money or unit is not None)
        if sc is None:
            return None
        scale, end = sc
        return _Num(value * scale, end, unit, scale)
    tokens = list(_WORD_TOKEN.finditer(text, m.start("words"), m.end("words")))
    value, used = _parse_words(tokens)
    if not used:
        return None
    end = tokens[used - 1].end()
    if _HYPHEN_WORD.match(text, end):
        return None
    return _Num(value, end, unit, 1.0)


# a word joining two names among a count's modifiers ("two JNIM and/or ISGS militants", "five French and Malian
# soldiers"): the names modify the one noun after them
_NAMES_JOINED = re.compile(r"(?:and/or|and|or|&)(?=[ \t]+[A-Z])")
_BRACKETED_MODIFIER = 25  # characters a bracketed group among a count's modifiers may span ("(JNIM)", "(Koglweogo)")


# people held, named by the participle after "of the": "two of the detained were killed", "three of those arrested
# died in custody" (the held counted, not the arrest told again)
_OF_THE_HELD = re.compile(r"\s*of\s+(?:the|those|these)\s+(detained|arrested)(?=\s+(?:were|was|had|have|died|later|"
                          r"also|then|reportedly|allegedly)\b|\s*[,.;]|\s*$)", re.I)


def _counted(text: str, pos: int, value: float) -> tuple[str, int, int] | None:
    """Head noun counted by a number ending at `pos`: (singular noun, start, end)."""
    if _OF_PRONOUN.match(text, pos):
        return None
    if (held := _OF_THE_HELD.match(text, pos)) is not None:
        return "detainee", held.start(1), held.end(1)
    m = _OF_DET.match(text, pos)
    if m:
        pos = m.end()
    toks: list[re.Match[str]] = []
    head: int | None = None
    candidate: int | None = None
    p = pos
    while len(toks) < 5:
        ws = p
        while ws < len(text) and text[ws] in " \t":
            ws += 1
        if toks and ws == p:  # tokens must be separated by spaces; punctuation ends the chunk
            break
        close = text.find(")", ws, ws + _BRACKETED_MODIFIER) if toks and text.startswith("(", ws) else -1
        if close > 0 and "\n" not in text[ws:close]:
            p = close + 1  # a short group in brackets among the modifiers: "10 Ansaroul Islam (JNIM) militants"
            continue
        alt = _NAMES_JOINED.match(text, ws) if toks and toks[-1].group()[0].isupper() else None
        if alt is not None:
            p = alt.end()  # names joined as one modifier: "two JNIM and/or ISGS militants"
            continue
        t = _CHUNK_TOKEN.match(text, ws)
        if not t:
            break
        w = t.group().lower()
        if w in _STOP and not _is_acronym(t.group()):
            break
        if w.endswith("ly") and w not in _LY_NOUNS:
            break  # an adverb: "shot 18 fatally"
        if w == "dead" and candidate == len(toks) - 1 and toks[-1].group().lower() != "shot":
            # the toll's word after its noun: "1 attacker dead" counts attackers ("1 dead" counts the dead; "1
            # protester shot dead" as before, the dead)
            break
        if (w.endswith("ed") or w.endswith("ing")) and len(w) > 3 and w not in _IRREGULAR:
            if candidate is not None or head is not None:
                break
            toks.append(t)
            p = t.end()
            continue
        toks.append(t)
        p = t.end()
        if w.endswith(("'s", "’s")):
            continue  # a possessive modifies what follows: "the city's"
        if w in _HERD_NOUNS and (nxt := _NEXT_LOWER_WORD.match(text, p)) is not None and _is_plural(nxt.group(1)):
            continue  # the animals only modify the people counted: "two cattle rustlers", "three livestock thieves"
        if _is_plural(t.group()) and not t.group().isupper() and w not in _COMPOUND_MODIFIERS:
            head = len(toks) - 1
            break
        if t.group()[0].islower() and len(w) >= 2 and w not in _ORDINAL_SUFFIXES:
            candidate = len(toks) - 1  # a singular head must be a lower-case word; names only modify
    idx = head if head is not None else candidate
    if idx is None:
        return _counted_name(text, toks)
    if head is None and value != 1 and idx != len(toks) - 1:
        return None
    tok = toks[idx]
    start = tok.start()
    noun = singular(tok.group())
    if idx > 0 and toks[idx - 1].group().lower() in _COMPOUND_MODIFIERS:
        start = toks[idx - 1].start()
        noun = f"{toks[idx - 1].group().lower()} {noun}"
    return noun, start, tok.end()


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# what follows a name that is itself the thing counted: a casualty word, or the next figure of a list of tolls
_NAME_COUNTED_NEXT = re.compile(rf"{_CASUALTY_AFTER.pattern}|,\s*(?:and\s+)?(?:\d+|{_W})\s", re.I | re.X)


def _counted_name(text: str, toks: list[re.Match[str]]) -> tuple[str, int, int] | None:
    """A lone capitalised name counted as a toll's victims, where a casualty word or the list's next figure follows:
    "1 FAMa, 1 civilian killed", "two national guards and two Fulani killed" (a force, a people)."""
    if not toks or any(not t.group().lower().endswith(("ed", "ing")) for t in toks[1:]):
        return None
    tok = toks[0]
    w = tok.group().lower()
    if not tok.group()[0].isupper() or w in _MONTH_SET or w in _WEEKDAYS or w in _STOP:
        return None
    if not _NAME_COUNTED_NEXT.match(text, tok.end()):
        return None
    return w, tok.start(), tok.end()


def _excluded(text: str, web: list[tuple[int, int]], pos: int) -> bool:
    """True when the digit at `pos` is part of a time, a digit date, a phone number, a URL or an e-mail."""
    for a, b in web:
        if a <= pos < b:
            return True
    lo, hi = max(0, pos - 20), min(len(text), pos + 24)
    if not _EXCLUDE_HINT.search(text, lo, hi):
        return False
    return any(m.start() <= pos < m.end() for m in _EXCLUDE.finditer(text, lo, hi))


def _sentence_index(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1 if starts else -1


def find_numbers(text: str, *, sentences: Sequence[Sentence] | None = None) -> list[NumberMention]:
    """Numbers in `text` (digits, words, vague words) with qualifier, range, currency and counted noun.

    Offsets index into `text`; mentions are sorted and do not overlap. Years, dates, times, ordinals,
    identifiers and phone numbers are skipped. With `sentences`, each mention gets its sentence index.
    """
    web = [m.span() for m in _WEB.finditer(text)] if ("@" in text or "www." in text or "://" in text) else []
    sent_starts = [s.start for s in sentences] if sentences else []
    out: list[NumberMention] = []
    last_end = 0
    pos = 0
    for tok in _GATE.finditer(text):
        s = tok.start()
        if s < pos:
            continue
        m = _CORE.match(text, s)
        if not m:
            continue
        e = m.end()
        pos = e
        vague = False
        kind = m.lastgroup
        raw = m.group()
        if kind == "vague":
            phrase = " ".join(raw.lower().split())
            parts = phrase.rsplit(" ", 1)
            if phrase in VAGUE_VALUES:
                value = VAGUE_VALUES[phrase]
            elif len(parts) == 2 and parts[0] in VAGUE_VALUES and singular(parts[1]) in _SCALE_WORDS:
                # (the plural too: "several thousands of people" is one figure, not "several" and "thousands")
                value = VAGUE_VALUES[parts[0]] * _SCALE_WORDS[singular(parts[1])]
            elif len(parts) == 2 and parts[0] in VAGUE_VALUES and parts[1] == "tens":
                # "several tens of militants" (the French "plusieurs dizaines"): one figure, several times ten, as
                # "several dozen" is several times twelve; not "several" and "tens" apart (3 + 10)
                value = VAGUE_VALUES[parts[0]] * 10.0
            else:
                continue
            if phrase == "a couple" and not _OF_NEXT.match(text, e):
                continue
            vague = True
        elif kind == "words":
            tokens = list(_WORD_TOKEN.finditer(text, s, e))
            value, used = _parse_words(tokens)
            if not used:
                continue
            e = tokens[used - 1].end()
            pos = e
            first = tokens[0].group().lower()
            if first == "one" and used == 1:
                prev = _prev_word(text, s)
                # ("that" before "one of" a side's own joins a clause, no pronoun: "said that one of its fighters was
                # killed"; not "confirmed that one of the injured victims is ...", one told again)
                if (prev in {"no", "the", "this", "that", "every", "any", "each", "which", "only", "last",
                             "such", "someone", "anyone"} and not (prev == "that" and _OF_OWN_NEXT.match(text, e))) \
                        or _ONE_PRONOUN_NEXT.match(text, e):
                    continue
            if (_HYPHEN_WORD.match(text, e) and not _STRONG.match(text, e)) or _FRACTION.match(text, e):
                continue
        else:
            if _excluded(text, web, s):
                continue
            if s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha():
                continue  # "COVID-19", "MQ-9"
            if _TIME_OR_FRACTION_NEXT.match(text, e):
                continue
            value = float(raw.replace(",", ""))

        # left context: qualifier and currency prefix, never reaching into the previous mention
        left = _LEFT_REV.match(text[max(last_end, s - 40) : s][::-1])
        start = s
        qualifier: str | None = None
        q_text = ""
        unit: str | None = None
        between_start = -1
        if left and left.end() > 0:
            if left.group("cur"):
                unit = _PREFIX_UNITS.get("".join(left.group("cur")[::-1].split()).lower())
                if unit is None or kind == "vague":
                    unit = None
                else:
                    start = s - left.end("cur")
            if left.group("q"):
                q_text = " ".join(left.group("q")[::-1].lower().split())
                qualifier = _QUALIFIERS[q_text]
                if q_text == "some" and (kind == "vague" or raw.lower() == "one"):
                    qualifier, q_text = None, ""
                else:
                    start = s - left.end("q")
            elif left.group("between"):
                between_start = s - left.end("between")
        between = between_start >= 0
        if kind == "digits" or kind == "words":
            if kind == "digits" and _prev_word(text, start) in _IDENT_PREFIX and qualifier is None:
                continue

        # right context: scale, currency suffix, percent
        scale = 1.0
        if kind == "digits":
            sc = _read_scale(text, e, money=unit is not None)
            if sc is None:
                continue
            scale, e = sc
            value *= scale
        cur_after = _currency_after(text, e, scaled=scale > 1) if unit is None and kind != "vague" else None
        if cur_after:
            unit, e = cur_after
        elif unit is None:
            pm = _PERCENT.match(text, e)
            if pm and kind != "vague":
                unit, e = "%", pm.end()

        plain_digits = kind == "digits" and scale == 1.0 and unit is None and "," not in raw and "." not in raw
        # years and days of the month are dates, not counts
        if plain_digits and len(raw) == 4 and 1000 <= value <= 2100:
            prev = _prev_word(text, s)
            count_qual = qualifier in ("more than", "at least", "up to", "nearly", "fewer than") or q_text == "some"
            if count_qual:
                pass
            elif (
                prev in _YEAR_CUES - _WEAK_YEAR_CUES
                or prev.rstrip(".") in _MONTH_SET
                or _PREV_DAY_COMMA.search(text, max(0, s - 6), s)
                or not _plural_follows(text, e)
            ):
                t = _YEAR_TAIL.match(text, e)
                pos = max(pos, t.end() if t else e)
                continue
        if plain_digits and len(raw) <= 2 and 1 <= value <= 31:
            prev = _prev_word(text, s).rstrip(".")
            if prev in _MONTH_SET or _NEXT_MONTH.match(text, e):
                continue
        if kind == "digits" and _HYPHEN_WORD.match(text, e) and not _STRONG.match(text, e) \
                and not _PLUS_NEXT.match(text, e):
            continue

        low: float | None = None
        high: float | None = None
        # postfix qualifier ("20 or more", "20 or so", "20+")
        pm = _POSTFIX.match(text, e)
        if pm and qualifier is None and unit != "%":
            if pm.group("so"):
                qualifier = "about"
            else:
                qualifier = "at least"
            e = pm.end()
        # range ("between 20 and 30", "20 to 30", "20-30", "two or three")
        elif not vague and unit != "%":
            rm = _RANGE_SEP.match(text, e)
            sep = rm.group().strip().lower() if rm else ""
            ok_sep = rm is not None and (
                (sep == "and" and between)
                or (sep == "to" and _prev_word(text, start) != "from")
                or sep in ("-", "–", "—")
                or (sep == "or" and value < 100)
            )
            if rm and ok_sep:
                second = _read_second(text, rm.end(), money=unit is not None)
                if second is not None:
                    hi = second.value
                    lo = value
                    if scale == 1.0 and second.scale > 1.0 and value < hi / second.scale * 1.0001:
                        lo = value * second.scale
                    if hi > lo:
                        value, low, high = lo, lo, hi
                        if unit is None and second.unit:
                            unit = second.unit
                        e = second.end
                        if unit is None:
                            cur_after = _currency_after(text, e, scaled=second.scale > 1)
                            if cur_after:
                                unit, e = cur_after
                        if qualifier is None:
                            qualifier = "between"
                        if between:
                            start = between_start
                    elif sep in ("-", "–", "—") and kind == "digits":
                        pos = max(pos, second.end)
                        continue  # "3-1": a score or a code, not a count
        if plain_digits and _ADDRESS_NEXT.match(text, e):
            continue
        strong = _STRONG.match(text, e)
        if strong:
            e = strong.end()

        counted = None
        if unit is None:
            counted = _counted(text, e, value)
        if qualifier == "more than" and q_text == "over" and counted and counted[0] in _TIME_UNITS:
            qualifier, start = None, s  # "over two days" is a span of time, not "more than"
        if qualifier == "more than" and low is None:
            low = value + 1 if unit is None and value == int(value) else value
        elif qualifier == "at least" and low is None:
            low = value
        elif qualifier == "up to" and high is None:
            high = value
        elif qualifier == "fewer than" and high is None:
            high = value - 1 if unit is None and value == int(value) else value

        out.append(
            NumberMention(
                start=start,
                end=e,
                text=text[start:e],
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                unit=unit,
                counted=counted[0] if counted else None,
                counted_start=counted[1] if counted else -1,
                counted_end=counted[2] if counted else -1,
                vague=vague,
                sentence=_sentence_index(sent_starts, start),
            )
        )
        last_end = e
        pos = max(pos, e)
    return out


def _plural_follows(text: str, pos: int) -> bool:
    """True when a plural noun (not a date-like one, "elections") follows within three words."""
    for i, t in enumerate(_CHUNK_TOKEN.finditer(text, pos, min(len(text), pos + 60))):
        if i >= 3 or (i == 0 and text[pos : t.start()].strip()):
            return False
        w = t.group().lower()
        if w in _STOP:
            return False
        if _is_plural(t.group()) and not t.group().isupper():
            return w not in _DATE_NOUNS
    return False


def _about(text: str, pos: int) -> str | None:
    """The noun phrase after a money amount: "$100 million counter-terrorism drone base in ..." -> "counter-..."."""
    n = len(text)
    p = pos
    while p < n and text[p] in " \t":
        p += 1
    if p < n and text[p] == "(":
        close = text.find(")", p, min(n, p + 120))
        if close == -1:
            return None
        p = close + 1
    elif p < n and text[p] == ")":
        p += 1
    words: list[str] = []
    after_prep = False
    for i, t in enumerate(_ABOUT_TOKEN.finditer(text, p, min(n, p + 120))):
        w = t.group()
        lw = w.lower()
        if not w[0].isalpha():
            break
        if text[t.start() - 1] not in " \t(":
            break
        if i == 0 and lw in ("of", "in"):
            after_prep = True  # "$5 million in aid", "$2 billion of debt"
            continue
        if lw in _DETERMINERS and not words:
            if after_prep:
                return None  # "$5 million in the north": a place, not what the money is about
            continue
        if (lw in _STOP or lw in _DETERMINERS) and not _is_acronym(w):
            break
        if words and (lw.endswith("ed") or lw.endswith("ing")) and len(lw) > 4:
            break
        words.append(w)
        if len(words) >= 6:
            break
    return " ".join(words) or None


def _figure_kind(counted: str) -> str | None:
    if counted in _TROOPS:
        return "troops"
    if counted in _TRAINERS:
        return "trainers"
    if counted in _ATTACKERS:
        return "attackers"
    if counted in _PEOPLE:
        return "people"
    if counted in _NOT_FIGURES or counted in _MONTH_SET:
        return None
    return "count"


def figures_from_numbers(
    text: str, numbers: list[NumberMention], *, casualties: bool = False
) -> list[Figure]:
    """Figures worth storing from number mentions: money, troops, trainers, attackers, people, other counts.

    Casualty counts ("23 soldiers were killed", "killing 30 militants") are left to the event coder and give
    no Figure unless `casualties` is true. Numbers with no counted noun, percentages and spans of time or
    distance ("two days", "20 km") give none either.
    """
    out: list[Figure] = []
    for num in numbers:
        if num.unit == "%":
            continue
        if num.unit is not None:
            out.append(
                Figure(num.start, num.end, num.text, num.value, num.unit, "money", _about(text, num.end),
                       num.sentence)
            )
            continue
        if num.counted is None:
            continue
        kind = _figure_kind(num.counted)
        if kind is None or (kind == "count" and num.value == 1 and num.qualifier is None):
            continue
        if not casualties and (
            _CASUALTY_AFTER.match(text, num.counted_end)
            or _CASUALTY_BEFORE.search(text, max(0, num.start - 40), num.start)
        ):
            continue
        about = _phrase_about(text, num)
        out.append(Figure(num.start, num.end, num.text, num.value, None, kind, about, num.sentence))
    return out


def _phrase_about(text: str, num: NumberMention) -> str | None:
    """The noun phrase a count is about: "1,000 US soldiers" -> "US soldiers"."""
    seg_start = num.end
    m = _STRONG.match(text, seg_start)
    if m:
        seg_start = m.end()
    m = _OF_DET.match(text, seg_start)
    if m:
        seg_start = m.end()
    phrase = text[seg_start : num.counted_end].strip()
    words = phrase.split()
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return " ".join(words) or None
