"""Code events from an analysed article: type, actors, place, date, casualties by side, with evidence per field."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from sitrep.coding.taxonomy import HIERARCHY, REVOKE, TRIGGERS, Trigger, disorder_type_of, plover_of
from sitrep.geo.gazetteer import Gazetteer
from sitrep.model import (
    ActorMention,
    Article,
    DateMention,
    Event,
    Evidence,
    NumberMention,
    PlaceMention,
    Sentence,
    Source,
)

__all__ = ["code_events"]

# -- casualty vocabulary --------------------------------------------------------------------------------
_KILLED = re.compile(r"\b(?:killed|killing|kills|kill|dead|died|die|deaths?|death toll|lost their lives|perished|"
                     r"slain|massacred|executed|shot dead|gunned down|bodies|lives|fatalities|murdered|neutrali[sz]ed|"
                     r"eliminated)\b", re.IGNORECASE)
_WOUNDED = re.compile(r"\b(?:wounded|wounding|injured|injuring|injuries|hurt|wounds)\b", re.IGNORECASE)
_ABDUCTED = re.compile(r"\b(?:kidnapped|abducted|taken hostage|seized|held hostage|hostages|kidnapping|abducting)\b",
                       re.IGNORECASE)
_ARRESTED = re.compile(r"\b(?:arrested|detained|arrests|detaining|arresting|in custody)\b", re.IGNORECASE)
_NO_CASUALTIES = re.compile(r"\bno (?:one|casualties|deaths|fatalities|injuries)\b|\bnobody (?:was )?(?:killed|hurt|injured)\b"
                            r"|\bwithout (?:casualties|loss of life)\b", re.IGNORECASE)
_STATE_NOUNS = {"soldier", "troop", "police officer", "policeman", "policemen", "police", "gendarme", "officer",
                "personnel", "serviceman", "servicemen", "member", "guard", "commando", "military", "army",
                "security force", "security personnel", "agent", "peacekeeper", "volunteer", "vdp"}
_ATTACKER_NOUNS = {"militant", "extremist", "terrorist", "jihadist", "attacker", "assailant", "gunman", "gunmen",
                   "fighter", "insurgent", "bandit", "rebel", "islamist", "assailant", "raider", "suspect",
                   "combatant", "terrorists", "element"}
_CIVILIAN_NOUNS = {"civilian", "villager", "resident", "people", "person", "child", "children", "woman", "women",
                   "man", "men", "worshipper", "farmer", "herder", "student", "teacher", "passenger", "trader",
                   "miner", "pupil", "inhabitant", "local", "family", "boy", "girl", "driver", "traveller",
                   "traveler", "displaced"}

_TOTAL_MARKER = re.compile(r"^\W{0,3}\s*(?:including|among them|of whom|among whom)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|threat(?:en(?:ed|s)?)?|plan(?:s|ned)? to|if|unless|"
                           r"warn(?:ed|s)?|fear(?:ed|s)?|risk|deny|denied|denies)\b", re.IGNORECASE)
_HISTORY = re.compile(r"\b(?:since (?:19|20)\d\d|for years|over the past (?:few )?years|have haunted|has been|"
                      r"in recent years|history of)\b", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:claim(?:ed|s|ing)?|said|says|announc(?:ed|es)|confirm(?:ed|s)|report(?:ed|s)|"
                        r"declar(?:ed|es)|told|stated|used its)\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:the|this|that) (?:attack|assault|ambush|battle|clash|clashes|fighting|raid|incident|"
                      r"explosion|blast|strike|kidnapping|abduction|protest|demonstration|violence|troops|convoy)\b",
                      re.IGNORECASE)
_MILITARY_TARGET = re.compile(r"\b(?:military|army|soldiers?|troops?|convoy|patrol|base|post|position|barracks|"
                              r"checkpoint|gendarmerie|police station|camp|forces|unit|vdp|volunteers)\b", re.IGNORECASE)
_CIVILIAN_TARGET = re.compile(r"\b(?:civilians?|villagers?|residents?|worshippers?|farmers?|herders?|children|women|"
                              r"market|mosque|church|school|village|passengers?|travell?ers?|miners?)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|to be|in the coming|next (?:week|month|year)|plans? to|intends? to|would)\b",
                     re.IGNORECASE)
_PAST_DONE = re.compile(r"\b(?:completed|finished|left|departed|have withdrawn|has withdrawn|pulled out)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Draft:
    trigger: Trigger
    sentences: list[int]
    trigger_span: tuple[int, int]
    kinds: list[Trigger] = field(default_factory=list)


def _sentence_triggers(s: Sentence) -> list[tuple[Trigger, tuple[int, int]]]:
    hits: list[tuple[Trigger, tuple[int, int]]] = []
    for trig in TRIGGERS:
        m = trig.pattern.search(s.text)
        if m:
            hits.append((trig, (s.start + m.start(), s.start + m.end())))
    return hits


def _classify_violence(hits: list[Trigger], text: str) -> Trigger:
    """One violent happening, several tactics: ACLED's hierarchy picks the type; targets decide battle vs VAC."""
    names = {t.name for t in hits}
    military = bool(_MILITARY_TARGET.search(text))
    civilian = bool(_CIVILIAN_TARGET.search(text))
    by_name = {t.name: t for t in TRIGGERS}
    if names & {"ambush"} and (military or not civilian):
        return by_name["ambush"]
    if "attack-military" in names and military and not (civilian and not names & {"ambush"}):
        return by_name["ambush"] if military else by_name["massacre"]
    if "abduction" in names and not (names & {"ambush", "massacre"} and military):
        return by_name["abduction"]
    if "air" in names:
        return by_name["air"]
    if "suicide" in names:
        return by_name["suicide"]
    if "ied" in names:
        return by_name["ied"]
    if "shelling" in names:
        return by_name["shelling"]
    if names & {"massacre", "attack-military"} and civilian:
        return by_name["massacre"]
    if names & {"attack-military", "massacre"} and military:
        return by_name["ambush"]
    ranked = sorted(hits, key=lambda t: HIERARCHY.get((t.event_type, t.sub_event_type), 9))
    return ranked[0]


def _drafts(article: Article) -> list[_Draft]:
    drafts: list[_Draft] = []
    open_violence: _Draft | None = None
    open_protest: _Draft | None = None
    strategic: dict[str, _Draft] = {}
    last_violent_sentence = -10
    for s in article.sentences:
        hits = _sentence_triggers(s)
        violent = [(t, sp) for t, sp in hits if t.family == "violence"]
        protest = [(t, sp) for t, sp in hits if t.family == "protest"]
        other = [(t, sp) for t, sp in hits if t.family not in ("violence", "protest")]
        history = bool(_HISTORY.search(s.text))
        hypothetical = bool(_HYPOTHETICAL.search(s.text))
        # a killing verb alone is only violence when the sentence has casualties or an attack context
        if violent and all(t.name == "massacre" for t, _ in violent) and open_violence is None:
            if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several)\b", s.text):
                violent = []
        if violent and not history and not (hypothetical and not _KILLED.search(s.text)):
            anaphoric = bool(_ANAPHOR.search(s.text))
            if open_violence is not None and (anaphoric or s.index - last_violent_sentence <= 2):
                open_violence.sentences.append(s.index)
                open_violence.kinds.extend(t for t, _ in violent)
            else:
                open_violence = _Draft(violent[0][0], [s.index], violent[0][1], [t for t, _ in violent])
                drafts.append(open_violence)
            last_violent_sentence = s.index
        elif open_violence is not None and (_ANAPHOR.search(s.text) or _casualty_sentence(s.text)) and \
                s.index - last_violent_sentence <= 2 and not history:
            open_violence.sentences.append(s.index)
            last_violent_sentence = s.index
        if protest and not history:
            if open_protest is None:
                open_protest = _Draft(protest[0][0], [s.index], protest[0][1], [t for t, _ in protest])
                drafts.append(open_protest)
            else:
                open_protest.sentences.append(s.index)
                open_protest.kinds.extend(t for t, _ in protest)
        for trig, span in other:
            if history and trig.family != "agreement":
                continue
            if trig.family == "arrests" and open_violence is not None:
                continue
            d = strategic.get(trig.family)
            if d is None:
                d = _Draft(trig, [s.index], span, [trig])
                strategic[trig.family] = d
                drafts.append(d)
            elif s.index not in d.sentences:
                d.sentences.append(s.index)
    # an agreement is a strategic event only when something happened to it (signed, revoked, ...)
    out = []
    for d in drafts:
        if d.trigger.family == "agreement":
            texts = " ".join(article.sentences[i].text for i in d.sentences)
            if not (REVOKE.search(texts) or re.search(r"\b(?:signed|concluded|reached|sealed|agreed)\b", texts,
                                                       re.IGNORECASE)):
                continue
        out.append(d)
    return out


def _casualty_sentence(text: str) -> bool:
    return bool((_KILLED.search(text) or _WOUNDED.search(text)) and re.search(r"\d|\bone\b|\btwo\b|\bdozen", text))


# -- casualties -----------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Count:
    what: str  # killed / wounded / abducted / arrested
    side: str  # state / attackers / civilians / unknown
    number: NumberMention
    total: bool = False


def _side_of(noun: str | None) -> str:
    if not noun:
        return "unknown"
    n = noun.lower()
    if n in _STATE_NOUNS or any(w in n for w in ("soldier", "troop", "police", "gendarme")):
        return "state"
    if n in _ATTACKER_NOUNS or any(w in n for w in ("terrorist", "militant", "jihadist", "extremist", "attacker")):
        return "attackers"
    if n in _CIVILIAN_NOUNS:
        return "civilians"
    return "unknown"


def _count_kind(text: str, num: NumberMention, sent: Sentence) -> str | None:
    """What a number counts in its sentence: killed, wounded, abducted, arrested, or None."""
    rel_start = num.start - sent.start
    rel_end = (num.counted_end if num.counted_end > 0 else num.end) - sent.start
    after = sent.text[rel_end:rel_end + 60]
    before = sent.text[max(0, rel_start - 45):rel_start]
    # nearest verb after the number ("23 soldiers were killed"), then before ("killing 12 civilians")
    best: tuple[int, str] | None = None
    for what, rx in (("killed", _KILLED), ("wounded", _WOUNDED), ("abducted", _ABDUCTED), ("arrested", _ARRESTED)):
        m = rx.search(after)
        if m and (best is None or m.start() < best[0]):
            # stop at a clause break that introduces another number
            gap = after[:m.start()]
            if not re.search(r"\d|[;]|\band\b\s+\d", gap):
                best = (m.start(), what)
    if best is not None and best[0] <= 40:
        return best[1]
    nearest: tuple[int, str] | None = None
    for what, rx in (("killed", _KILLED), ("wounded", _WOUNDED), ("abducted", _ABDUCTED), ("arrested", _ARRESTED)):
        for m in rx.finditer(before):
            dist = len(before) - m.end()
            between = before[m.end():]
            if re.search(r"\d", between) or dist > 30:
                continue
            if nearest is None or dist < nearest[0]:
                nearest = (dist, what)
    return nearest[1] if nearest else None


def _casualties(article: Article, sentence_ids: list[int]) -> list[_Count]:
    counts: list[_Count] = []
    for si in sentence_ids:
        sent = article.sentences[si]
        nums = [n for n in article.numbers if sent.start <= n.start < sent.end and n.unit is None]
        prev_side: str | None = None
        for k, num in enumerate(nums):
            what = _count_kind(article.text, num, sent)
            if what is None:
                if num.counted:
                    prev_side = _side_of(num.counted)
                continue
            side = _side_of(num.counted)
            if num.counted is None and prev_side is not None:
                side = prev_side  # "23 soldiers were killed ... and 17 were wounded"
            after_num = article.text[(num.counted_end if num.counted_end > 0 else num.end):sent.end]
            total = bool(_TOTAL_MARKER.match(after_num)) or bool(
                re.match(r"^\W{0,3}\s*(?:were |was )?(?:killed|dead)\W{0,3}\s*(?:including|among them)", after_num))
            counts.append(_Count(what, side, num, total))
            prev_side = side
    # the same figure for the same side repeated in later sentences is one report, not two deaths
    seen: set[tuple[str, str, float]] = set()
    out: list[_Count] = []
    for c in counts:
        key = (c.what, c.side, c.number.value)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _tally(counts: list[_Count]) -> dict[str, dict[str, int]]:
    """killed/wounded/... by side; a stated total with 'including' parts is not double-counted."""
    res: dict[str, dict[str, int]] = {}
    for what in ("killed", "wounded", "abducted", "arrested"):
        cs = [c for c in counts if c.what == what]
        by_side: dict[str, int] = {"state": 0, "attackers": 0, "civilians": 0, "unknown": 0}
        totals = [c for c in cs if c.total]
        parts = [c for c in cs if not c.total]
        for c in parts:
            by_side[c.side] += int(c.number.value)
        if totals:
            total = int(max(t.number.value for t in totals))
            known = sum(by_side.values())
            if total > known:
                by_side["unknown"] += total - known
        res[what] = by_side
    return res


# -- dates ----------------------------------------------------------------------------------------------
def _event_date(article: Article, draft: _Draft) -> tuple[DateMention | None, bool]:
    """The date mention of the event, and whether it is only a report/claim date that bounds the event."""
    cands = [d for d in article.dates if d.sentence in draft.sentences and d.date_start is not None
             and not d.rule.startswith("future") and d.precision <= 3 and
             (d.date_end is None or (d.date_end - d.date_start).days <= 40)]
    if article.published:
        cands = [d for d in cands if d.date_start is not None and d.date_start <= article.published]
    if not cands:
        return None, False
    first_sentence = draft.sentences[0]
    cands.sort(key=lambda d: (d.sentence != first_sentence, d.precision, abs(d.start - draft.trigger_span[0])))
    best = cands[0]
    if draft.trigger.family in ("violence", "protest"):
        s = article.sentences[best.sentence]
        rel = best.start - s.start
        trig_rel = draft.trigger_span[0] - s.start if s.start <= draft.trigger_span[0] < s.end else None
        rep = _REPORTING.search(s.text)
        if rep and trig_rel is not None and rep.start() < trig_rel and abs(rep.start() - rel) < abs(trig_rel - rel) \
                and re.search(r"responsibility for|claim", s.text, re.IGNORECASE):
            return best, True
    return best, False


# -- actors ---------------------------------------------------------------------------------------------
def _event_actors(article: Article, draft: _Draft, trig: Trigger) -> tuple[ActorMention | None, ActorMention | None]:
    mentions = [a for a in article.actors if a.sentence in draft.sentences]
    if not mentions:
        return None, None
    armed = [a for a in mentions if a.inter in (2, 3, 4)]
    state = [a for a in mentions if a.inter == 1]
    civ = [a for a in mentions if a.inter == 7]
    external = [a for a in mentions if a.inter == 8]
    protesters = [a for a in mentions if a.inter in (5, 6)]
    first = lambda xs: xs[0] if xs else None  # noqa: E731
    if trig.event_type == "Battles":
        named_armed = [a for a in armed if not a.actor.startswith("Unidentified")] or armed
        return first(named_armed) or first(external), first(state) or first(external[1:])
    if trig.event_type == "Violence against civilians":
        return first(armed) or first(state) or first(external), first(civ)
    if trig.event_type == "Explosions/Remote violence":
        if trig.sub_event_type == "Air/drone strike":
            return first(state) or first(external), first(armed) or first(civ)
        return first(armed), first(state) or first(civ) or first(external)
    if trig.event_type in ("Protests", "Riots"):
        return first(protesters), first(state)
    # strategic developments: the first actor that is a state/government, then the counterpart
    ordered = sorted(mentions, key=lambda a: (a.sentence, a.start))
    a1 = ordered[0]
    a2 = next((a for a in ordered if a.actor != a1.actor and a.country_code != a1.country_code), None)
    return a1, a2


_INTER_PAIR = {frozenset([1]): 11, frozenset([1, 2]): 12, frozenset([1, 3]): 13, frozenset([1, 4]): 14,
               frozenset([1, 5]): 15, frozenset([1, 6]): 16, frozenset([1, 7]): 17, frozenset([1, 8]): 18}


def _interaction(i1: int | None, i2: int | None) -> int | None:
    if i1 is None:
        return None
    if i2 is None:
        return i1 * 10
    a, b = sorted((i1, i2))
    return a * 10 + b


# -- places ---------------------------------------------------------------------------------------------
_RANK = {"place": 0, "admin2": 1, "admin1": 2, "country": 3}


def _dominant_country(article: Article) -> str | None:
    votes: dict[str, int] = {}
    for p in article.places:
        if p.context != "border":
            votes[p.country_code] = votes.get(p.country_code, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None


def _event_place(article: Article, draft: _Draft) -> PlaceMention | None:
    places = [p for p in article.places if p.sentence in draft.sentences and p.context != "border"]
    if draft.trigger.family not in ("violence", "protest"):
        # a strategic development happens where the article's story is, not in every country it names:
        # places of the trigger sentence in the dominant country, else that country itself
        dominant = _dominant_country(article)
        places = [p for p in places if p.sentence == draft.sentences[0] and p.country_code == dominant]
        if not places:
            places = [p for p in article.places if p.country_code == dominant and p.feature == "country"][:1]
    if not places:
        places = [p for p in article.places if p.context != "border"]
        places = [p for p in places if p.feature == "country"][:1]
    if not places:
        return None
    # the most specific place; among equals, one with a "near"/"in" cue, then the earliest
    places.sort(key=lambda p: (_RANK.get(p.feature, 4), p.context is None, p.sentence, p.start))
    return places[0]


def _geo_precision(p: PlaceMention | None) -> tuple[int | None, int | None]:
    """ACLED geo_precision (1-3) and UCDP where_prec (1-7)."""
    if p is None:
        return None, None
    if p.feature == "place":
        return (2, 2) if p.context == "near" else (1, 1)
    if p.feature == "admin2":
        return 3, 3
    if p.feature == "admin1":
        return 3, 4
    return 3, 6


# -- notes ----------------------------------------------------------------------------------------------
_VERBS = {
    ("Battles", "Armed clash"): "clashed with",
    ("Violence against civilians", "Attack"): "attacked",
    ("Violence against civilians", "Abduction/forced disappearance"): "abducted",
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"): "targeted",
    ("Explosions/Remote violence", "Air/drone strike"): "carried out an air/drone strike on",
    ("Explosions/Remote violence", "Suicide bomb"): "carried out a suicide bombing against",
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): "shelled",
}


def _fmt_date(ev: Event) -> str:
    if ev.event_date is None:
        return "On an unknown date"
    if ev.time_precision == 1:
        return f"On {ev.event_date.day} {ev.event_date:%B %Y}"
    if ev.time_precision == 2 and ev.date_start and ev.date_end:
        return f"Between {ev.date_start.day} {ev.date_start:%B} and {ev.date_end.day} {ev.date_end:%B %Y}"
    return f"In {ev.event_date:%B %Y}"


def _notes(ev: Event, draft_text: str) -> str:
    where = ""
    if ev.location:
        near = "near " if ev.geo_precision == 2 else "in "
        where = f" {near}{ev.location}"
        if ev.admin1 and ev.admin1 != ev.location:
            where += f" ({ev.admin1})"
        if ev.country and ev.country != ev.location:
            where += f", {ev.country}"
    a1 = ev.actor1 or "Unidentified actors"
    if ev.event_type == "Strategic developments":
        s = f"{_fmt_date(ev)},{where}: {draft_text.strip()}"
        return s if len(s) < 400 else s[:397] + "..."
    if ev.event_type in ("Protests", "Riots"):
        verb = "rioted" if ev.event_type == "Riots" else "demonstrated"
        s = f"{_fmt_date(ev)}, {a1.lower() if a1.startswith('Protesters') else a1} {verb}{where}."
    else:
        verb = _VERBS.get((ev.event_type, ev.sub_event_type), "attacked")
        target = ev.actor2 or "unidentified targets"
        s = f"{_fmt_date(ev)}, {a1} {verb} {target}{where}."
    bits = []
    if ev.fatalities:
        parts = []
        if ev.deaths_a:
            parts.append(f"{ev.deaths_a} on the side of {ev.actor2 if ev.inter2 == 1 else ev.actor1}")
        if ev.deaths_b:
            parts.append(f"{ev.deaths_b} among the attackers" if ev.inter2 == 1 else f"{ev.deaths_b} on side B")
        if ev.deaths_civilians:
            parts.append(f"{ev.deaths_civilians} civilians")
        bits.append(f"{ev.fatalities} fatalities" + (f" ({', '.join(parts)})" if parts else ""))
    if ev.wounded:
        bits.append(f"{ev.wounded} wounded")
    if ev.abducted:
        bits.append(f"{ev.abducted} abducted")
    if ev.claim:
        bits.append(f"claimed by {ev.claim}")
    if bits:
        s += " " + "; ".join(bits)[0].upper() + "; ".join(bits)[1:] + "."
    return s


# -- main ------------------------------------------------------------------------------------------------
def _ev(article: Article, field_: str, value: object, start: int, end: int, rule: str) -> Evidence:
    s = article.sentence_at(start)
    return Evidence(field=field_, value=str(value), article_id=article.id, sentence=s.index if s else -1,
                    start=start, end=end, text=s.text if s else article.text[start:end], rule=rule)


def _actor_name_on(actor: str, when: date | None) -> str:
    return actor


def code_events(article: Article, gaz: Gazetteer) -> Article:
    """Fill `article.events`; every field that has a source in the text gets an Evidence."""
    events: list[Event] = []
    for n, draft in enumerate(_drafts(article)):
        text = " ".join(article.sentences[i].text for i in draft.sentences)
        trig = _classify_violence(draft.kinds, text) if draft.trigger.family == "violence" else draft.trigger
        if draft.trigger.family == "protest" and any(t.name == "riot" for t in draft.kinds):
            trig = next(t for t in TRIGGERS if t.name == "riot")
        ev = Event(event_type=trig.event_type, sub_event_type=trig.sub_event_type,
                   disorder_type=disorder_type_of(trig.event_type), article_id=article.id,
                   sentence=draft.sentences[0])
        ev.evidence.append(_ev(article, "event_type", f"{trig.event_type} / {trig.sub_event_type}",
                               draft.trigger_span[0], draft.trigger_span[1], f"trigger:{trig.name}"))
        if trig.event_type == "Violence against civilians":
            ev.civilian_targeting = "Civilian targeting"
        revoked = bool(REVOKE.search(text)) if trig.family == "agreement" else False
        announced = bool(_FUTURE.search(text) or re.search(r"\bagreed to|announced|must\b", text)) and not \
            _PAST_DONE.search(text)
        ev.plover_category, ev.plover_mode = plover_of(trig, announced=announced, revoked=revoked)

        # when
        dm, report_only = _event_date(article, draft)
        if dm is not None and dm.date_start is not None:
            ds, de = dm.date_start, dm.date_end or dm.date_start
            if report_only:
                ds, prec = de - timedelta(days=6), 2
                ev.evidence.append(_ev(article, "event_date", f"on or before {de}", dm.start, dm.end,
                                       f"date:{dm.rule}:report-date-bounds-event"))
            else:
                prec = dm.precision
                ev.evidence.append(_ev(article, "event_date", ds if ds == de else f"{ds}..{de}", dm.start, dm.end,
                                       f"date:{dm.rule}"))
            ev.date_start, ev.date_end, ev.time_precision = ds, de, prec
            ev.event_date = ds if ds == de else ds + (de - ds) / 2
            ev.date_phrase = dm.text
        elif article.published is not None:
            ev.date_start, ev.date_end = article.published - timedelta(days=6), article.published
            ev.event_date, ev.time_precision = article.published - timedelta(days=3), 2
            ev.date_phrase = None
        # who
        a1, a2 = _event_actors(article, draft, trig)
        for slot, m in (("actor1", a1), ("actor2", a2)):
            if m is None:
                continue
            setattr(ev, slot, m.actor)
            setattr(ev, "inter1" if slot == "actor1" else "inter2", m.inter)
            setattr(ev, f"{slot}_text", m.text)
            ev.evidence.append(_ev(article, slot, m.actor, m.start, m.end, f"actor:{m.kind}"))
        ev.interaction = _interaction(ev.inter1, ev.inter2)
        claim = re.search(r"claim(?:ed|s)? responsibility", text, re.IGNORECASE)
        if claim and a1 is not None:
            ev.claim = a1.actor
            cs = next(article.sentences[i] for i in draft.sentences if claim.group(0) in article.sentences[i].text)
            off = cs.start + cs.text.find(claim.group(0))
            ev.evidence.append(_ev(article, "claim", a1.actor, off, off + len(claim.group(0)), "claim-of-responsibility"))
        # where
        place = _event_place(article, draft)
        ev.geo_precision, ev.where_prec = _geo_precision(place)
        if place is not None:
            ev.location = place.name
            ev.admin1, ev.admin2 = place.admin1, place.admin2
            ev.country, ev.country_code = place.country, place.country_code
            ev.iso = gaz.country_iso(place.country_code)
            ev.latitude, ev.longitude, ev.geonames_id = place.latitude, place.longitude, place.geonames_id
            ev.evidence.append(_ev(article, "location", place.name, place.start, place.end,
                                   f"place:{place.feature}:{place.context or 'mention'}"))
        # how many
        if trig.family in ("violence", "protest"):
            if _NO_CASUALTIES.search(text):
                m = _NO_CASUALTIES.search(text)
            counts = _casualties(article, draft.sentences)
            tally = _tally(counts)
            k = tally["killed"]
            ev.fatalities = sum(k.values())
            state_is_a = ev.inter1 == 1 or ev.inter2 == 1
            if state_is_a:
                ev.deaths_a, ev.deaths_b = k["state"], k["attackers"]
            else:
                ev.deaths_a, ev.deaths_b = k["attackers"], k["state"]
            ev.deaths_civilians, ev.deaths_unknown = k["civilians"], k["unknown"]
            ev.wounded = sum(tally["wounded"].values())
            ev.abducted = sum(tally["abducted"].values())
            ev.arrested = sum(tally["arrested"].values())
            ev.low = ev.best = ev.fatalities
            ev.high = ev.fatalities + sum(
                int((c.number.high or c.number.value) - c.number.value) for c in counts if c.what == "killed")
            for c in counts:
                ev.evidence.append(_ev(article, {"killed": "fatalities"}.get(c.what, c.what),
                                       f"{int(c.number.value)} ({c.side})", c.number.start,
                                       c.number.counted_end if c.number.counted_end > 0 else c.number.end,
                                       f"count:{c.what}:{c.side}{':total' if c.total else ''}"))
        ev.notes = _notes(ev, article.sentences[draft.sentences[0]].text)
        ev.sources = [Source(article.id, article.outlet, article.url, article.published, article.title)]
        ev.number_of_sources = 1
        ev.confidence = _confidence(ev)
        ev.event_id = hashlib.sha1(f"{article.id}:{n}:{ev.event_type}:{ev.sub_event_type}".encode()).hexdigest()[:12]
        events.append(ev)
    article.events = events
    return article


def _confidence(ev: Event) -> float:
    score = 0.4
    if ev.actor1:
        score += 0.15
    if ev.location and ev.geo_precision in (1, 2):
        score += 0.15
    elif ev.location:
        score += 0.05
    if ev.time_precision == 1:
        score += 0.15
    elif ev.date_phrase:
        score += 0.05
    if ev.actor2:
        score += 0.1
    return round(min(score, 0.95), 2)
