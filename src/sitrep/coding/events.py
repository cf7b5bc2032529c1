"""Code events from an analysed article: type, actors, place, date, casualties by side, with evidence per field."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sitrep.coding.actors import AFRICA, ActorMatcher
from sitrep.coding.taxonomy import (
    ASSASSINAT,
    CAUGHT_PLANTING,
    HEADLINE_DOERS,
    KILLED,
    KILLING,
    INTERCEPTED,
    DEMAND,
    TRANSFER,
    HIERARCHY,
    REVOKE,
    REVOLT_FIRING,
    NOTE_LABEL,
    NOTE_LABELS,
    NON_VIOLENT,
    SIGN,
    STONED,
    STRIKE,
    TRIGGERS,
    TRIGGER_BY_NAME,
    WITHDRAW_ACT,
    Trigger,
    disorder_type_of,
    plover_of,
)
from sitrep.geo.gazetteer import Gazetteer, bare_skeleton, edit_distance, fold, haversine_km, spelling_skeleton
from sitrep.geo.places import (NEAR_BETWEEN, NOT_SCENE, dominant_country, find_places, near_reach, told_offset,
                               unit_noun_countries)
from sitrep.geo.recognise import CUED_NAME, NOT_PLACES, VILLAGE, in_address
from sitrep.geo.spelling import country_from_spelling
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
from sitrep.text.dates import WEEKDAY_NAMES
from sitrep.text.numbers import NUMBER_WORD_PATTERN, singular
from sitrep.text.prefilter import KeywordGate

__all__ = ["code_events"]

# the date rule of a bare "overnight" (text/dates.py): the night that ended on the publication day. "last night" is
# not one: in a report of Tuesday it is Monday's evening ("attacked last night around 21h"), and it is dated on Monday
# (ACLED's notes that say "last night" are scored here against a publication day set to the event's own day, which
# makes Monday look a day early; real reports carry their own day)
_NIGHT_BEFORE_RULES = frozenset({"overnight"})
# a span that runs back from the report's day ("in the past few days", "over the past weeks", "in recent days", "the
# past month"): no day of it told, the report's day stands for it, as for undated violence (ACLED's notes so dated
# carry the report's day, not the span's middle); not the years of a history ("in recent years")
_RUNS_TO_REPORT_RULES = frozenset(f"{d}-{u}" for d in ("past", "recent")
                                  for u in ("hours", "days", "weeks", "months", "week", "month"))
_NIGHT_PHRASE = re.compile(r"\bnight$", re.IGNORECASE)


def _night_before_report(dm: DateMention, published: date | None) -> bool:
    """A night named by its weekdays that ended on the report's day ('on the night of Sunday to Monday', 'on Sunday
    night' in a Monday report) is the night just ended, as 'overnight' is: ACLED dates it on the report's day."""
    if published is None or dm.date_start is None or dm.date_start != published - timedelta(days=1):
        return False
    return dm.rule == "night-weekday-range" or (dm.rule == "weekday-before-published"
                                                and _NIGHT_PHRASE.search(dm.text) is not None)


# the date rules of a span of named days: "between 26 and 28 April", "from Sunday to Thursday", "at the weekend" (not
# a week, a month or a season at large: "in July" told on the 20th is not dated on the 20th)
_DAY_SPAN_RULES = frozenset({"weekday-range", "night-weekday-range", "weekend"})


def _span_holds_report_day(dm: DateMention, ds: date, de: date, published: date | None) -> bool:
    """Whether `dm` is a span of named days (`_DAY_SPAN_RULES`, the day ranges) from `ds` to `de` that holds the
    report's day."""
    return published is not None and ds < de and ds <= published <= de \
        and (dm.rule.startswith("day-range") or dm.rule in _DAY_SPAN_RULES)


# what joins the days of a list told for one happening: "on 18/02/2014 and 19/02/2014", "on Monday, Tuesday and
# Wednesday", "from midnight May 29 until early in the morning May 30" (a joining word, and at most the time of day)
# (not "or", days told as alternatives: "on Saturday night or early on Monday"; nor ", and on", a new clause's day:
# "killed five on Monday, and on Wednesday the army announced an operation")
_DAY_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:(?:early|late|in|the|of|morning|afternoon|evening|night)\s+){0,5}$|"
                            r"\s(?:and|until|till|to|through)\s+"
                            r"(?:(?:early|late|in|on|the|of|morning|afternoon|evening|night)\s+){0,5}$", re.IGNORECASE)


def _day_list_holds_report_day(article: Article, dm: DateMention) -> bool:
    """Whether the days told after `dm` in a list joined to it (`_DAY_LIST_JOIN`) reach the report's day: "a sit-in
    on 18/02/2014 and 19/02/2014" told on the 19th is dated on the 19th, as a span of named days is
    (`_span_holds_report_day`)."""
    published = article.published
    if published is None:
        return False
    last = dm
    for o in sorted(_sentence_dates(article, dm.sentence), key=lambda o: o.start):
        if o.start < last.end or o.date_start is None:
            continue
        if not _DAY_LIST_JOIN.fullmatch(article.text, last.end, o.start) or not _names_days(o) \
                and not o.rule.startswith("day-range") and o.rule not in _DAY_SPAN_RULES:
            return False
        if "," in article.text[last.end:o.start] and o.text.lower().startswith("on "):
            return False  # a new clause's own day: "killed five on Monday, and on Wednesday the army announced"

        if o.date_start <= published <= (o.date_end or o.date_start):
            return True
        last = o
    return False

# -- casualty vocabulary --------------------------------------------------------------------------------
_KILLED = re.compile(r"\b(?:" + KILLED + r"|" + KILLING + r"|kills|kill|dead|died|die|deaths?|death toll|lost their lives|perished|"
                     r"slain|massacred|executed|shot dead|fatally shot|summarily shot|shot summarily|fatally|shot and killed|shot to death|gunned down|bodies|corpses|lives(?= of\b)|(?:claimed|took|cost|lost|losing)\s+"
                     r"(?:\w+\s+){0,2}?lives|fatalities|murdered|neutrali[sz]ed|"
                     r"eliminated|beheaded|decapitated|" + ASSASSINAT + r"ed|lynched|stabbed to death|" + STONED + r" to death|hacked to death|"
                     # ("beat three men to death" has "death"; "burned them alive", "slit the throats of five")
                     r"(?:burned|burnt) alive|(?:slit|slitting|cut|cutting) the throats? of|succumb(?:ed|ing|s)?)\b",
                     re.IGNORECASE)
_WOUNDED = re.compile(r"\b(?:wounded|wounding|injured|injuring|injuries|hurt|wounds)\b", re.IGNORECASE)
# hit by gunfire, dead or not: "four people were shot, one fatally" is one dead and three wounded
_SHOT = re.compile(r"\b(?:shot|hit by (?:gunfire|bullets)|struck by (?:gunfire|bullets))\b(?!\s+(?:dead|and killed|to death|at (?:him|her|them|us|police|officers|each other)))",
                   re.IGNORECASE)
_ABDUCTED = re.compile(r"\b(?:kidnapped|abducted|taken hostage|seized|held hostage|hostages|kidnapping|abducting|"
                       r"taken prisoners?|taken captive|captured)\b",
                       re.IGNORECASE)
# (a headline's present tense too, before whom it took: "Police arrest 3 suspects", "troops detain two men")
_ARRESTED = re.compile(r"\b(?:arrested|detained|arrests|detaining|arresting|in (?:police )?custody|"
                       r"(?:arrest|detain)(?=\s+(?:\d|an?\b|one\b|two\b|three\b|four\b|five\b|several\b|dozens\b|"
                       r"some\b|more\b|at least\b|about\b)|\s*$))\b", re.IGNORECASE)
_STATE_NOUNS = {"soldier", "troop", "police officer", "policeman", "policemen", "police", "gendarme", "officer",
                "personnel", "serviceman", "servicemen", "guard", "guardsman", "guardsmen", "commando", "military", "army",
                "security force", "security personnel", "agent", "peacekeeper", "volunteer", "vdp"}
_ATTACKER_NOUNS = {"militant", "extremist", "terrorist", "jihadist", "jihadi", "attacker", "assailant", "gunman", "gunmen",
                   "fighter", "insurgent", "bandit", "rebel", "islamist", "assailant", "raider", "suspect",
                   "combatant", "terrorists", "element"}
_CIVILIAN_NOUNS = {"civilian", "villager", "resident", "people", "person", "child", "children", "woman", "women",
                   "man", "men", "worshipper", "farmer", "herder", "student", "teacher", "passenger", "trader",
                   "miner", "pupil", "inhabitant", "local", "family", "boy", "girl", "driver", "traveller",
                   "traveler", "displaced", "chief", "village chief", "notable", "imam", "priest", "pastor", "nurse",
                   "doctor", "journalist", "merchant", "herdsman", "shepherd", "worker", "individual", "councillor",
                   "councilor", "leader", "health worker", "civil servant", "official"}

# the whole toll told as such: "5 dead in total", "at least 60 fighters were killed in all", "a total of 300 militants",
# "12 people were allegedly killed overall"
_IN_TOTAL = re.compile(r"^(?:\s+[^\W\d]+){0,4}?\s+(?:in total|in all|altogether|overall|total(?=\s*(?:[.;,)]|$)))\b",
                       re.IGNORECASE)  # (and "6 fatalities total.")
_TOTAL_OF_BEFORE = re.compile(r"\b(?:a|the)\s+total\s+of\s+$", re.IGNORECASE)
_TOTAL_MARKER = re.compile(r"^\W{0,3}\s*(?:including|among them|of whom|among whom)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|threat(?:en(?:ed|s)?)?\s+(?:to|of)|threats?\b(?!ened)|"
                           r"plan(?:s|ned)? to|if|unless|"
                           r"warn(?:ed|s)?|fear(?:ed|s)?|risk|deny|denied|denies)\b", re.IGNORECASE)
# what a run of is no run of happenings: "to demand a series of changes", "a wave of reforms" (not history)
_NOT_HAPPENINGS = (r"(?:[\w-]+ )?(?:demands|measures|changes|reforms|recommendations|proposals|grievances|questions|"
                   r"decisions|steps|requests|claims|promises|commitments|initiatives|projects|programmes|programs)\b")
_HISTORY = re.compile(r"\b(?:since (?:19|20)\d\d|since the|for years|for months|over the past (?:few )?(?:years|months)|"
                      r"have haunted|has been|(?<!\bto )have been|in recent (?:years|months)|history of|repeatedly|repeated|"
                      r"regularly|frequently|routinely|a growing number|a rise in|(?:wave|series) of(?! " + _NOT_HAPPENINGS + r"))\b",
                      re.IGNORECASE)
# present perfect ("ISWAP has attacked farmers"): background unless the sentence dates it; a perfect infinitive
# after a verb of saying ("were reported to have been killed") is the report's own happening, not history
_PERFECT = re.compile(r"\b(?:has|(?<!\bto )have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ed|seen|fought|hit|struck|undergone|known|suffered)\b",
                      re.IGNORECASE)
_HARM_PERFECT = re.compile(r"(?:has|have)\s+(?:\w+ly\s+)?(?:died\b|been\s+(?:killed|wounded|injured|abducted|kidnapped|attacked|"
                           r"ambushed|shot|reported|staged|held)\b)", re.IGNORECASE)
# a trigger word that names an intention, a purpose or a description, not a happening (also told in the passive: "at risk
# of being executed", "to avoid being abducted")
_INTENT_BEFORE = re.compile(r"\b(?:prepar\w*|criminali[sz]\w*|outlaw\w*|plots?\s+to|call(?:ed|s|ing)?\s+for|plan(?:s|ned|ning)?|to plant|planting|to lay|laying|plott\w*|threat\w*(?:\s+to)?|to launch|to carry out|to stage|to stop|stop|"
                            r"halt|end|cease|prevent\w*|avoid\w*|foil\w*|thwart\w*|accus\w* of|risk of|fears? of|"
                            r"responsible for|involved in|behind|suspected of|wanted for|"
                            r"vulnerable to|to (?:protect|defend) against|warn\w* of|brac\w* for|(?:the|an?) (?:coming|upcoming|"
                            r"expected|anticipated|impending|looming))\s+(?:(?:an?|new|further|more|the|"
                            r"any|all|future|possible|their|its|fresh|being)\s+){0,2}$", re.IGNORECASE)
# a planned happening that people came to: "four people turned up in Bamako for a planned protest" (it took place)
_CAME_TO_PLANNED_BEFORE = re.compile(r"\b(?:turned|showed) up\b[^.;]{0,60}?\b(?:for|at|to) (?:a|an|the|their) "
                                     r"(?:planned|upcoming|proposed)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# the aim of a fight told before the taking it aimed at: "launched an offensive to retake the region", "attacked the
# town in a bid to seize control of it", "in an attempt to recapture" (the Sahel notes telling a place set out to be
# taken code the fight, Armed clash or Attack, 29 of 31; not a "managed to retake", which happened)
_AIM_BEFORE = re.compile(r"\b(?:attempts?|attempted|attempting|bids?|efforts?|tr(?:y|ies|ied|ying)|aim(?:s|ed|ing)?|"
                         r"seek(?:s|ing)?|sought|(?:counter-?)?offensives?|operations?|push|in order|so as|intend\w*|"
                         r"hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|vow(?:s|ed|ing)?|determined|planned|plans?)[\"”’']?\s+to\s+$",
                         re.IGNORECASE)
# what someone is accused of, listed: "suspected of robberies and rapes", "accused of murder, arson and looting" (the
# trigger right after the accusation is `_INTENT_BEFORE`'s)
_ACCUSED_OF_LIST = re.compile(r"\b(?:accus\w* of|suspected of|on suspicion of|wanted for|charged with|convicted of)\s+"
                              r"(?:[\w-]+(?:,\s*|\s+(?:and|or)\s+)){1,3}$", re.IGNORECASE)
# a relative clause in the perfect describes its noun: "the force, which has fought ...", "groups that have attacked"
# (not attackers turned back: "were beaten back", "beat off the assault")
_ABUSED = re.compile(r"\b(?:(?:beat|beaten|beating)(?!\s+(?:back|off)\b)|assaulted|tortur\w*|whipped|flogged|raped|"
                     r"mutilated|amputat\w*)\b", re.IGNORECASE)
_ANSWERED_BEFORE = re.compile(r"\b(?:in reaction to|in response to|to protest(?: against)?|to denounce|to condemn|"
                              # another attack this one answered, or whose scene it was: "believed to be reprisals for
                              # an attack against the gendarmerie", "at the site of a previous militant ambush"
                              r"(?:as |in )?reprisals? for|in retaliation for|in revenge for|to avenge|"
                              r"at the (?:site|scene) of(?=\s+(?:a|an|the)\s+(?:previous|earlier|former)\b)|"
                              r"to mark (?:[\w-]+\s+){0,4}?of|"
                              r"in protest (?:against|over|at)|angry (?:over|at|about)|outraged by|in memory of|"
                              r"to commemorate|anniversary of|"
                              # an earlier attack told as the background of this one, or the ground of an arrest:
                              # "arrested in connection with an attack on a police post", "in the wake of a militant
                              # attack", "(gunmen shot a teacher,) a week after an attack on the gendarmerie" (its
                              # forces are no side here; a span after a comma, not one opening the sentence: "Two days
                              # after an ambush killed nine soldiers, the army closed the road" tells the ambush)
                              # (the span's happening a noun after its article: not a clause, ", a day after he
                              # accidentally shot his friend", which tells the deed)
                              r"in (?:connection|conjunction) with|in the wake of|"
                              r",\s*(?:(?:just|only|barely|some|about|nearly)\s+)?(?:a|one|two|three|four|five|six|"
                              r"several|few|\d+)\s+(?:hours?|days?|weeks?|months?)\s+(?:after|following)\s+(?:the|a|an)"
                              r"(?=\s))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# an earlier happening told in a clause after a span of time, mid-sentence: "(gunmen killed 12 worshippers on Friday,)
# a week after jihadists killed 20 soldiers near Tillaberi", "The attack came days after an ambush killed nine" (its
# deeds, dead and sides are its own; not a pronoun's, which tells the deed of the one the sentence is about: "He was
# arrested on Sunday, a day after he shot two people"; a span opening the sentence is `_SPAN_AFTER_BEFORE`'s; the
# clause ends at a comma: "The attack, which came days after a previous raid, killed eight villagers")
_LATER_BY_SPAN = re.compile(
    r"(?:,|\b(?:came|comes|happened|occurred|took\s+place))\s+(?:(?:just|only|barely|some|about|nearly|less\s+than|"
    r"more\s+than)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+after\s+(?!(?:he|she|they|we|i|you)\b)(?:[^.;!?,]|,(?=\d))*$", re.IGNORECASE)


_DEED_DONE = re.compile(r"\b(?:killed|killing|shot|attacked|ambushed|stormed|raided|abducted|kidnapped|bombed|shelled|"
                        r"struck|burn(?:ed|t)|torched|looted|executed|massacred|beheaded|overran|clashed|fought|"
                        r"opened\s+fire|detonated|exploded|wounded|injured|wounding|injuring)\b", re.IGNORECASE)


def _in_later_by_span(text: str, start: int, lo: int = 0) -> bool:
    """Whether `start` lies in a clause telling an earlier happening after a span of time (`_LATER_BY_SPAN`, read
    from `lo` on: a sentence's start), after a main clause that tells a deed of its own (not "The announcement comes
    hours after 12 officers were shot": the shooting is the happening told)."""
    m = _LATER_BY_SPAN.search(text, max(lo, start - 160), start)
    if m is None:
        return False
    floor = max(lo, m.start() - 400)
    opening = max(floor, *(text.rfind(c, floor, m.start()) + 1 for c in ".!?\n"))
    if m.group(0).startswith(","):
        # the main clause tells a deed done, by its verb ("Gunmen killed 12 worshippers on Friday, a week after"), not
        # a noun of one ("a vigil for the victims of the shooting, two days after a gunman killed three people")
        return _DEED_DONE.search(text, opening, m.start()) is not None
    # "The attack came a week after ...": the deed the sentence opens with is the news (not "The vigil came ...")
    return _HELD_FOR_DEED.search(text, opening, m.start()) is not None


_CAUSE_BEFORE = re.compile(r"\b(?:after|following|amid|due to|in response to|because of|given)\s+(?:a|an|the|recent)?\s*"
                           r"(?:recent\s+)?(?:wave|series|spate|string|surge|rise|upsurge|increase|multiplication|"
                           r"number)\s+of\s+(?:\w+\s+)?$|\b(?:after|following|in light of|in response to|against|"
                           r"over)\s+(?:the\s+)?(?:recent|repeated|continued|ongoing)\s+(?:[\w-]+\s+){0,3}$",
                           re.IGNORECASE)
# one told as dead already, the killing word his description: "the late mayor assassinated in 2018", "the late
# chief, murdered last year"
# (not a late hour: "in the late afternoon gunmen killed five villagers")
_LATE_PERSON_BEFORE = re.compile(r"\bthe\s+late\s+(?!(?:afternoon|evening|night|morning|hours?|\d+s?)\b)"
                                 r"(?:[\w-]+\s+){0,2}[\w-]+,?\s+$", re.IGNORECASE)
# (the word his death, not a deed of his kin: "the sons of the late mayor assaulted a councilor", "supporters of the
# late chief killed two rivals": the participle, told with when or by whom, not a verb with its object)
_DEATH_DEED = re.compile(r"(?:" + ASSASSINAT + r"ed|kil{1,3}ed|murdered|slain|shot dead|executed|beheaded)"
                         r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|by|during|last|earlier|since|years?|months?|weeks?|"
                         r"(?:\w+\s+)?(?:years|months|weeks|days)\s+(?:ago|earlier|before))\b)", re.IGNORECASE)
# an earlier demonstration the words describe: "arrested during a previous protest that turned violent", "after last
# week's march, which became violent"
# ("marches?" would read "marche(s)" only: "march(?:es)?")
_EARLIER_PROTEST_BEFORE = re.compile(r"\b(?:previous|earlier|prior|last|past|last\s+(?:week|month)['’]s)\s+(?:[\w-]+\s+)?"
                                     r"(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|sit-ins?),?\s+(?:that|which)\s+"
                                     r"(?:had\s+)?$", re.IGNORECASE)
# a fight the text denies: "security forces on alert but no clashes reported", "there was no fighting", "the town
# fell without any fighting" (not "no fewer than", not "no sooner": a noun must follow)
_DENIED_BEFORE = re.compile(r"\b(?:no|without(?:\s+any)?)\s+(?:further\s+|major\s+|new\s+|reported\s+|serious\s+|"
                            r"violent\s+|armed\s+)?$", re.IGNORECASE)
_DESCRIBING_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$", re.IGNORECASE)
# a violent word made the first half of an adjective describes a place or a state, not a happening: "the
# riot-affected areas", "riot-torn districts", "an attack-prone road", "anti-riot police" (a blast's is one:
# "a bomb-hit bus")
_COMPOUND_AFTER = re.compile(r"-(?:affected|hit|torn|prone|ravaged|stricken|scarred|related|free|proof|control|gear|"
                             r"weary|plagued|infested)\b", re.IGNORECASE)
# "anti-terrorist", "a hard-fought race", "a hard fought meet"
_COMPOUND_BEFORE = re.compile(r"\b(?:anti-|hard[- ])$", re.IGNORECASE)
# a battle of words or in a court, a camera's shooting: "a political battle", "the battle of nerves", "battle
# fatigues", "the legal battle over the land"; "the shooting of the film will start in May", "a photo shoot"
_FIGURATIVE_BEFORE = re.compile(r"\b(?:political|legal|court|courtroom|electoral|election|poll|verbal|uphill|custody|"
                                r"ideological|diplomatic|bureaucratic|budget|ratings|public relations|PR|turf|"
                                r"propaganda|media|war of words and)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# (the verb "fought" is figurative only after a contest noun the adjective qualifies, "the legal battle fought over the
# land"; after the fighters, "activists of two political parties fought at a polling station", it is a fight)
# what political fighters fight over or where, with no bloodshed: "rival parties fought over the budget in parliament"
_DEBATED_NOUNS = (r"(?:budget|bill|law|laws|reforms?|constitution|amendment|motion|policy|policies|nominations?|"
                  r"appointments?|debt ceiling|spending|tax(?:es)?|immigration|healthcare|pensions?|trade|tariffs)")
_FOUGHT_OVER = re.compile(r"\s+(?:over|about|against|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:" + _DEBATED_NOUNS +
                          r"|seats?|votes?|elections?|posts?)\b|\s+in\s+(?:parliament|court|the\s+assembly)\b",
                          re.IGNORECASE)
# what is debated, not fought for: "two ministers clashed over the budget", "the parties fought over the bill in
# parliament" (no election, vote or seat: supporters who "clashed over the election results" may have fought)
_DEBATED_OVER = re.compile(r"\s+(?:over|about|on)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?" + _DEBATED_NOUNS + r"\b"
                           r"(?!\s+(?:in|at|near)\s+(?:the\s+)?(?:streets?|village|town|market|camp))"
                           # ... or where words are traded: "the two leaders clashed during the debate", "clashed at
                           # the hearing"
                           r"|\s+(?:[\w'’-]+\s+){0,4}?(?:during|in|at)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+)?"
                           r"(?:debates?|hearings?|talk shows?|press conferences?|interviews?|committee)\b", re.IGNORECASE)
# the other side of a dispute named first: "Democrats clashed with Republicans over the budget", "the minister fought
# with his deputy about the reform" (not forces or a crowd: "youths clashed with police over the new law")
_DEBATED_WITH = re.compile(r"\s+with\s+(?!(?:[\w'’-]+\s+){0,3}?(?:police\w*|gendarm\w*|security|forces|soldiers|troops|"
                           r"army|military|protesters|demonstrators|rioters|youths|residents|villagers)\b)"
                           r"(?:(?:the|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+(?:over|about|on)\b)",
                           re.IGNORECASE)
# what is killed that is no one: a bill voted down, a plan dropped ("the Senate killed the bill", "killed off the
# merger talks"; not "killed the project manager")
_DROPPED_THINGS = r"bills?|legislation|proposals?|plans?|deal|motion|amendments?|measures?|merger|reforms?|initiatives?"
_KILLED_THING_AFTER = re.compile(r"\s+(?:off\s+)?(?:(?:the|a|an|his|her|its|their|this|that|any)\s+)?(?:[\w'’-]+\s+){0,2}?"
                                 r"(?:" + _DROPPED_THINGS + r"|laws?|projects?|talks|momentum|mood|buzz|engines?|"
                                 r"rumou?rs?|budget|nomination|story|idea)(?![\w-]|\s+(?:managers?|leaders?|directors?|"
                                 r"coordinators?|officers?|officials?|workers?|staff|collectors?|engineers?|sponsors?)\b)",
                                 re.IGNORECASE)
# ... or said of it in the passive: "the bill was killed in committee"
_KILLED_THING_BEFORE = re.compile(r"\b(?:" + _DROPPED_THINGS + r")\s+(?:was|were|has been|had been|is|got|effectively)\s+$",
                                  re.IGNORECASE)
# a killing a court judges, told after its sentence: "was sentenced to life in prison on Tuesday for killing his wife",
# "found guilty of murdering a neighbour" (the court's day is no day of violence)
_SENTENCED_FOR_BEFORE = re.compile(r"(?:\b(?:sentenced|jailed|imprisoned|convicted|found guilty|acquitted|hanged|"
                                   r"executed)\b[^.;:]*?\b(?:for|of)|\bpleaded guilty to)\s+(?:(?!(?:and|but|while|as|after)\b)"
                                   r"[\w'’-]+\s+){0,2}$",
                                   re.IGNORECASE)
# an assault in words, by the speaker's rivals: "fending off an assault from rivals", "under assault by critics"
_WORDS_FROM = re.compile(r"\s+(?:from|by)\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w-]+\s+)?(?:allies|critics|opposition|"
                         r"rivals|colleagues|lawmakers|legislators|media|press|detractors|commentators|pundits)\b"
                         r"(?!\s+(?:of|fighters|forces|militias?|groups?|gunmen)\b)", re.IGNORECASE)
# an execution ordered, signed, stayed or called for, not carried out: "a court ordered the execution of two men"
_EXECUTION_ORDERED_BEFORE = re.compile(r"\b(?:order\w*|sentenc\w*|approv\w*|sign\w*|authori[sz]\w*|upheld|uphold\w*|"
                                       r"confirm\w*|demand\w*|call\w*\s+for|stay\w*|halt\w*|suspend\w*|postpon\w*|"
                                       r"delay\w*|commut\w*|await\w*|against|fac(?:e|es|ed|ing)|ratif\w*|plann\w*|"
                                       r"schedul\w*|block\w*|appeal\w*|oppos\w*)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
# "clashing" as an adjective, a noun after it: "gave clashing accounts of the meeting", "complain of clashing interests"
# (not the verb, whose next word is a preposition, an adverb or the clause's end: "have been clashing near Sangha",
# "youths clashing with police")
_CLASHING_ADJECTIVE = re.compile(r"\s+(?!(?:with|near|in|at|on|around|across|along|since|for|over|again|between|"
                                 r"outside|inside|throughout|and|or|until|during|from|into|there|here|every|each|"
                                 r"yesterday|today|tonight|overnight|last|this|all|once|almost|nearly|daily|nightly|still|"
                                 r"anew|against|among|amid|after|before|while|as|when|where|despite|because|following|"
                                 r"through|to|within|about|\w+ly)\b)[a-z][\w-]*\b")
# sides that fight with their hands or arms, whatever they fight over: "rival militias clashed over the appointment of a
# new village chief", "herders and farmers clashed over a new grazing law" (no ministers' or parties' dispute)
_FIGHTING_SIDES = re.compile(r"\b(?:militia\w*|fighters|gunmen|rebels|jihadists?|insurgents|militants|soldiers|troops|"
                             r"herders|farmers|pastoralists|villagers|communities|clans|tribes(?:men)?|hunters|dozos?|"
                             r"youths|gangs?|rioters|mobs?)\b", re.IGNORECASE)
_CONTEST_BEFORE = re.compile(r"\b(?:battles?|fights?|wars?|contests?|races?|campaigns?)\s+$", re.IGNORECASE)
_BLOODSHED = re.compile(r"\b(?:dead|killed|killing|died|deaths?|wounded|wounding|injured|injuring|casualties|"
                        r"bodies|guns?|gunfire|gunmen|rifles?|machetes?|knives|stabbed|shot)\b", re.IGNORECASE)
# (a shooting is a camera's only after one of these: "an election day shooting" is a shooting)
_CAMERA_BEFORE = re.compile(r"\b(?:film|movie|photo|video|fashion|music video|series|documentary)\s+$", re.IGNORECASE)
_FIGURATIVE_AFTER = re.compile(r"\s+(?:of\s+(?:nerves|wits|words|ideas|wills|egos|the sexes|the bands|the bulge|fates|"
                               r"titans|cultures|civili[sz]ations|styles|personalities|visions|values|"
                               r"(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:film|movie|series|video|song|"
                               r"documentary|serial|scenes?))|fatigues|dress|cry|lines\s+(?:are|were|have been)\s+drawn|"
                               r"(?:will|would|is to|was to)\s+(?:start|begin|resume|end|wrap)|schedules?|"
                               # a contest for votes or seats, tears held back: "a battle for control of the senate",
                               # "fought back tears"
                               r"for\s+(?:control\s+of\s+)?(?:the\s+)?(?:senate|parliament|congress|presidency|"
                               r"nomination|leadership|votes?|seats?|ratings|hearts)|"
                               # ... or for buyers: "locked in a bitter battle for market share"
                               r"for\s+(?:the\s+)?(?:market\s+share|customers|subscribers|viewers|audiences|shoppers)|"
                               # ... or in a house of debate or a court: "a fierce battle in parliament"
                               r"in\s+(?:the\s+)?(?:parliament|senate|congress|national\s+assembly|courts?|boardroom)\b|"
                               r"over\s+(?:[\w-]+\s+){0,2}?(?:prices?|price increases|costs|fees|wages|pay|tariffs|"
                               r"contracts?|copyrights?|patents?|royalties|market share)|back\s+(?:the\s+)?tears|"
                               # a contest or a cause fought: "fighting elections", "fighting the case", "fought crime"
                               r"(?:the\s+|an?\s+|this\s+|next\s+)?(?:(?:general|local|state|assembly|civic|municipal|"
                               r"presidential|parliamentary)\s+)?(?:elections?|polls?|by-?elections?|cases?|lawsuits?|"
                               r"charges|corruption|poverty|inflation|unemployment|illiteracy|crime|fires?|blazes?|cancer|"
                               r"disease|virus|obesity|drugs|drug abuse|addiction)(?!\s+(?:officials?|workers?|offices?|"
                               r"materials?|stations?|cent(?:re|er)s?|results?)\b))\b",
                               re.IGNORECASE)
# an attack in words: "attacked the government over its handling of the economy", "attacked the president for his
# remarks", "attacked the VHP in a speech", "attacked them as 'anti-social elements'", "under attack from allies"
# (what words are attacked over: a stance, a record, a deed in office; "posts" only after over/for, since soldiers
# are attacked "on their posts")
_VERBAL_TOPIC = (r"(?:remarks?|comments?|statements?|words|polic(?:y|ies)|handling|decisions?|stance|failures?|silence|"
                 r"record|speech(?:es)?|views?|claims?|position|budget|bill|law|reforms?|management|performance|"
                 r"leadership|attitude|conduct|rhetoric|tweets?|campaign|manifesto|appointment|election|victory|defeat|"
                 r"proposal|plan)")
_VERBAL_AFTER = re.compile(
    r"\s*(?:[\w'’.-]+\s+){0,6}?(?:(?:over|for)\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + _VERBAL_TOPIC + r"|posts?)|on\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?" + _VERBAL_TOPIC + r")\b"
    # (a day, a place or people of an election are where or whom it struck: "attacked a polling station on election
    # day", "on the campaign trail", "over the election results" is still words)
    r"(?!\s+(?:day|eve|night|trail|tours?|rall(?:y|ies)|office|offices|headquarters|venue|workers?|officials?|staff|"
    r"volunteers?|materials?|posters?|convoy|vehicles?|cars?))"
    r"|\s*(?:[\w'’.-]+\s+){0,8}?in\s+(?:a|an|his|her|their|the|its)\s+(?:[\w-]+\s+)?(?:speech|statement|interview|"
    r"editorial|tweet|(?:blog|social media|facebook|online)\s+post|press conference|op-ed|column|letter|address|"
    r"debate|article|sermon|broadcast)\b"
    r"|\s*(?:[\w'’.-]+\s+){0,4}?as\s+[\"'“‘`]|\s+(?:on|against)\s+[\"'“‘`]"
    # (words posted: "the referee was attacked on social media after the match")
    r"|\s+(?:on|via)\s+(?:social media|twitter|facebook|instagram|tiktok)\b"
    r"|\s+from\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w-]+\s+)?(?:allies|critics|opposition|rivals|party|members|"
    r"colleagues|lawmakers|legislators|media|press|activists|unions?|detractors)\b(?!\s+of\b)"
    # (by critics or the opposition themselves, not armed men of the opposition: "attacked by the armed opposition")
    r"|\s+by\s+(?:(?:his|her|its|their|the)\s+)?(?:critics|opposition|rivals|colleagues|lawmakers|legislators|"
    r"media|press|detractors|commentators|pundits)\b(?!\s+(?:of|fighters|forces|militias?|groups?|gunmen)\b)"
    # a currency or shares under attack from markets; a person attacked personally
    r"|\s+(?:on|against)\s+(?:the\s+)?(?:euro|dollar|pound|sterling|yen|rouble|ruble|naira|rupee|currency|currencies|"
    r"shares|stocks|bonds)\b|\s+(?:\w+\s+){0,3}?personally\b"
    # (answering someone's words: "attacked them following his convention remarks")
    r"|\s+(?:[\w'’.-]+\s+){0,4}?(?:following|after|over)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:remarks|comments|"
    r"speech|statements?|tweets?|interview)\b"
    # (a deed of words or a task as the object: "attacked his plan", "attacked the government's budget", "attacked
    # the problem with enthusiasm"; not "the record shop", "the bill collector")
    r"|\s+(?:(?:the|his|her|its|their|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?(?:remarks|comments|statements?|"
    r"polic(?:y|ies)|handling|decisions?|stance|record|views|claims|budget|bill|reforms?|rhetoric|tweets?|manifesto|"
    r"proposals?|plans?|problems?|questions?|issues?|tasks?|challenges?)(?![\w-])(?!\s+(?:offices?|headquarters|"
    r"shops?|stores?|labels?|compan(?:y|ies)|buildings?|venues?|collectors?|boards?|workers?|officials?|staff))",
    re.IGNORECASE)
# "came under fire" is shots taken only where arms are told: armed shooters after it ("came under fire from
# gunmen"), a weapon in it ("under mortar fire", "under sniper fire") or forces, their vehicles or posts before it
# ("a patrol came under fire near Gao"); otherwise it is blame ("the minister came under fire over his remarks",
# "came under fire from critics", "came under fire for failing to act", "the company came under fire")
_ARMED_SHOOTERS = (r"(?:gunmen|militants|fighters|jihadi(?:st)?s|islamists|rebels|insurgents|terrorists|bandits|"
                   r"assailants|attackers|snipers?|militi\w+|soldiers|troops|forces|army|police|gendarmes|gangs?|"
                   r"armed\s+(?:men|groups?|individuals|elements)|enemy|extremists|guerrillas|positions|tanks?|"
                   r"(?:mortars?|rockets?|artillery|machine-?guns?|guns?|drones?|helicopters?|aircraft))")
_UNDER_FIRE_FROM = r"\s+(?:[\w'’-]+\s+){0,3}?(?:from|by)\s"
_UNDER_FIRE_ARMED_AFTER = re.compile(_UNDER_FIRE_FROM + r"+(?:[\w'’-]+\s+){0,4}?" + _ARMED_SHOOTERS + r"\b", re.IGNORECASE)
# (blame from people who speak, whoever is blamed: "the army came under fire from rights groups over the killings")
_UNDER_FIRE_CRITICS = re.compile(_UNDER_FIRE_FROM + r"+(?:[\w'’-]+\s+){0,3}?(?:critics|lawmakers|legislators|opposition|"
                                 r"activists|rights|campaigners|politicians|parliament\w*|MPs|senators|media|press|"
                                 r"unions?|part(?:y|ies)|observers|commentators|analysts|fans|voters)\b", re.IGNORECASE)
# a move the force made before it was shot at, no deed it is blamed for: "a patrol came under fire after leaving its
# base", "after entering the village" (not "came under fire after failing to protect civilians")
_MOVING = (r"(?:leaving|entering|departing|returning|crossing|arriving|reaching|passing|driving|moving|heading|"
           r"approaching|patrolling|setting\s+off|setting\s+out|landing)\b")
_UNDER_FIRE_BLAME = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:over|for(?!\s+(?:(?:about|nearly|almost|over|more|than|half|"
                               r"several|an?|\d+|two|three|four)\s+){0,3}(?:hours?|minutes?|days?|nights?)\b)"
                               r"|amid|after\s+(?:(?:he|she|it|they|his|her|its|their)\b|(?!" + _MOVING + r")[\w-]+ing\b))\b",
                               re.IGNORECASE)
_UNDER_FIRE_WEAPON = re.compile(r"\b(?:mortar|rocket|artillery|sniper|machine-?gun|automatic|small[- ]arms?|enemy|"
                                r"hostile|tank|gun|cannon|missile|live)\b", re.IGNORECASE)
_UNDER_FIRE_FORCE_BEFORE = re.compile(
    r"\b(?:soldiers?|troops|forces|army|military|police(?:men)?|officers|gendarmes?|peacekeepers|servicemen|marines|"
    r"commandos|personnel|guards?|militiamen|fighters|militants|rebels|jihadi(?:st)?s|convoys?|patrols?|vehicles?|"
    r"trucks?|bases?|camps?|posts?|outposts?|positions?|checkpoints?|helicopters?|aircraft|planes?|ships?|vessels?|"
    r"boats?|(?:police\s+)?stations?|barracks|units?|detachments?|escorts?)\b[^.;:]{0,40}$", re.IGNORECASE)


def _under_fire_blame(text: str, m: re.Match[str], word: str, before: str) -> bool:
    """Is "came under fire" at `m` blame, not shots? Armed shooters after it tell shots whatever else is said
    ("soldiers came under fire from gunmen after entering the village"); without them, words of blame after it or a
    non-armed source do ("came under fire over his remarks", "from critics"; "a patrol came under heavy fire from the
    hills" is shots, a force before it), and so does the want of arms told at all."""
    armed = _UNDER_FIRE_ARMED_AFTER.match(text, m.end()) is not None
    force = _UNDER_FIRE_FORCE_BEFORE.search(before) is not None
    if not armed and (_VERBAL_AFTER.match(text, m.end()) or _UNDER_FIRE_BLAME.match(text, m.end())
                      or re.match(_UNDER_FIRE_FROM, text[m.end():]) and not force
                      or _UNDER_FIRE_CRITICS.match(text, m.end())):
        return True
    return not (armed or _UNDER_FIRE_WEAPON.search(word) or force)


_VERBAL_BEFORE = re.compile(r"\b(?:verbally|openly|publicly|sharply|strongly|fiercely|bitterly)\s+$", re.IGNORECASE)
# what is handed over in a handover that ACLED codes is territory, a base, power or people (prisoners, hostages, the
# dead); a memorandum, a petition, a cheque, relief goods or land handed to a trust are no such development
_HANDED_PAPER = re.compile(r"\s+(?:(?!(?:and|or|with|plus|as well)\b)[\w'’-]+\s+){0,4}?(?:memorand(?:um|a)|letters?|petitions?|cheques?|checks?|documents?|"
                           r"reports?|certificates?|donations?|relief|materials?|items?|gifts?|awards?|prizes?|"
                           r"trophy|trophies|stones?|shilas?|land|plots?|files?|dossiers?|lists?|charter|proposals?|"
                           r"demands|manifesto|keys|envelopes?|packages?|parcels?|food|supplies|equipment|vehicles|"
                           r"ambulances|computers|books|uniforms|money|funds|cash|sum|baton|flag|plans?|reins|talks|"
                           r"process|period|team)\b", re.IGNORECASE)
# a blast of words: "fans blast the new design as a cost-cutting move", "the senator blasted the decision", "blasts
# 'plain dumb' move" (a verb whose object is a deed of words or a decision, or a quote)
_BLAST_WORDS = re.compile(r"\s+(?:(?!(?:in|at|near|on|hit|rocked|killed|struck|destroyed|damaged)\b)[\w'’\"‘“-]+\s+){0,4}?"
                          r"(?:[\"'‘“]|" + _VERBAL_TOPIC + r"|moves?|decisions?|design|rul(?:e|ing)s?|critics|"
                          r"government|administration|media|press|officials|ministers?|president|prime minister)\b|"
                          r"\s+(?:\w+\s+){0,4}?as\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:disgrace|joke|shame|"
                          r"scandal|insult|failure|betrayal|mistake|move|stunt)\b", re.IGNORECASE)
_BLAST_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|two|three|several|twin|second|first|another|bomb|car|mine|powerful|"
                                r"huge|massive|loud|deadly|suicide|\d+)\s+$", re.IGNORECASE)
# a rally that is a speech or a market: "told supporters at a campaign rally", "stocks rallied after the report"
_SPEECH_RALLY = re.compile(r"\b(?:campaign|election|electoral|re-election)\s+rall(?:y|ies)\b|\b(?:told|addressed|"
                           r"spoke\s+(?:to|at)|speaking\s+(?:to|at)|said\s+at)\s+(?:[\w-]+\s+){0,3}?(?:at\s+)?(?:a|an|"
                           r"the|his|her|their)\s+(?:[\w-]+\s+)?rall(?:y|ies)\b|"
                           # the speaker at it is the sentence's subject: "The president slammed his critics during a
                           # rally in Abuja" (not "supporters of the president held a rally")
                           r"^(?:the\s+)?(?:[\w-]+\s+)?(?:president|prime minister|candidate|senator|governor|minister|"
                           r"mayor|congress(?:man|woman)|lawmaker)\s+(?!(?:and|or|of|'s|supporters?)\b)"
                           r"(?:(?![\w-]*(?:supporters?|protesters?|march\w*|demonstrat\w*)\b)[\w'’-]+\s+){1,8}?"
                           r"(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?rall(?:y|ies)\b|\b(?:his|her)\s+(?:(?!(?:in|at|on|of|for|to|with|by|during|from)\b)[\w-]+\s+)?"
                           r"rall(?:y|ies)\b",
                           re.IGNORECASE)
_MARKET_BEFORE = re.compile(r"\b(?:stocks?|shares|markets?|prices|bonds|equities|indices|index|dollar|euro|pound|"
                            r"sterling|yen|currency|oil|gold|futures|dow|nasdaq|ftse)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a riot of laughter: "the new show is a riot"
_FUN_RIOT_BEFORE = re.compile(r"(?<!\bthere )\b(?:is|was|are|were)\s+(?:an?\s+)?(?:absolute\s+|total\s+|real\s+)?$",
                              re.IGNORECASE)
# ... the phrase ending there (not "there was a riot at the prison", "it was a riot in the streets as youths burned")
_FUN_RIOT_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:of\s+(?:fun|laughs?|laughter|colou?rs?|sound)|to\s+watch|from\s+"
                             r"(?:start|beginning))\b", re.IGNORECASE)
# attacked in words: a politician's target named as an institution of words or law, the phrase ending there
_WORDS_TARGET = re.compile(r"\s+(?:the\s+)?(?:media|press|FBI|CIA|judiciary|judges?|Congress|senate|establishment|"
                           r"elites?|administration|Republicans|Democrats|critics|detractors|pundits|pollsters|"
                           r"(?:his|her|their)\s+(?:rivals?|opponents?|critics|detractors))\b(?!\s+(?:offices?|buildings?|"
                           r"headquarters|HQ|stations?|premises|convoys?|vehicles?|cars?|residences?|homes?|houses?|"
                           r"posts?|agents?|officers?|members?|supporters?|staff|workers?|compound|court|bases?|"
                           r"camps?|outposts?|positions?|near|in)\b)", re.IGNORECASE)
# a police raid (a search, often with arrests) is no attack unless harm is told: "the police raids on the party's offices",
# "police raided the hideouts and arrested three men"
_POLICE_RAID_BEFORE = re.compile(r"\b(?:police|policemen|police officers|cops|detectives|officers)\s+(?:[\w-]+\s+)?$",
                                 re.IGNORECASE)
# a happening said not to have been, or told as a town's habit: "there were hardly any communal riots", "no clashes
# were reported", "the town is no stranger to riots"
_NONE_BEFORE = re.compile(r"\b(?:no|hardly any|barely any|scarcely any|without any|no stranger to|free of|free from)\s+"
                          r"(?:(?!(?:one|fewer|less|more|longer|sooner|doubt)\b)[\w-]+\s+)?$|"
                          # (or none told of it: "no reports of clashes", "there was no sign of fighting")
                          r"\b(?:no|without\s+any)\s+(?:reports?|mention|signs?|indications?|evidence|word|news)\s+of\s+"
                          r"(?:any\s+)?$", re.IGNORECASE)
_DESCRIPTOR_BEFORE = re.compile(r"\b(?:force|forces|troops|coalition|mission|groups?|units?|militias?)\s+$", re.IGNORECASE)
# another happening than the one being told: "in a separate attack", "elsewhere", "meanwhile"
# (not a report told apart from another: "AFRICOM said separately that it had conducted a strike in the area", "in a
# separate statement")
_SEPARATE = re.compile(r"\b(?:in a separate(?!\s+(?:statement|interview|communiqu|report|post|tweet|message|briefing))|"
                       r"(?<!said )(?<!says )(?<!told )(?<!added )(?<!reported )(?<!confirmed )separately"
                       r"(?!\s+(?:said|says|told|added|reported|confirmed|announced|claimed|stated)\b)|"
                       r"in another|another (?:attack|incident|raid|ambush|clash)|"
                       r"a (?:separate|second) (?:attack|incident|raid|ambush|assault|clash)|"
                       r"elsewhere|meanwhile|in a similar|a similar (?:attack|incident))\b", re.IGNORECASE)
_REPORT_DATE = re.compile(r"\b(?:said|says|say|announced|reported|told|confirmed|stated|added|claimed|statement|"
                          r"communiqu[ée]|report|"
                          # (a claim's own day: "claimed responsibility on Monday for an attack ... on Saturday")
                          r"claim(?:ed|s)?\s+responsibility(?:\s+for\s+(?:it|the\s+[\w-]+))?)\s+(?:late\s+|early\s+)?$|"
                          # (a document's day: "a security report seen by AFP on Tuesday", "a memo obtained by Reuters")
                          r"\b(?:seen|obtained|reviewed|issued|dated)\s+(?:by\s+(?:[\w.'’&-]+\s+){1,3})?$",
                          re.IGNORECASE)
# (a brawl between people is their crowd's, whoever broke it up: "soldiers fired warning shots to break up a fight
# between villagers")
_CROWD = re.compile(r"\b(?:protest(?!ant)\w*|demonstrat\w*|riot(?:s|ers?|ed|ing)?|youths?|crowds?|mobs?|angry (?:residents|people)|"
                    r"(?:fight|fights|brawls?|scuffles?|fisticuffs)(?: (?:broke out|erupted))? between|"
                    r"marchers|rall(?:y|ies))\b", re.IGNORECASE)
# the words before what a crowd attacked: "threw stones at| Barkhane vehicles", "ransacked the prefecture and the|
# Ganda Koy base", "preventing a| MINUSMA patrol"
_CROWD_TARGET_BEFORE = re.compile(r"\b(?:(?:stones?|rocks?|sticks?|projectiles?|missiles?|objects?|bottles?)\s+"
                                  r"(?:at|against)|ransack\w*|attack\w*|ston(?:ed|ing)|pelt\w*|target\w*|burn(?:ed|t|ing)|"
                                  r"torch\w*|set fire to|prevent\w*|block\w*|besieg\w*|storm\w*|surround\w*|"
                                  # (not the doer of a deed the crowd decried: "to protest the attack by JNIM
                                  # militants"; but "prevented any movement by French soldiers")
                                  r"vandali[sz]\w*|loot\w*)(?!\s+by\b)(?:\s+[\w'-]+){0,4}?\s+$", re.IGNORECASE)
_POLICE_ACTION = re.compile(r"\b(?:dispers\w*|tear ?gas|stun grenades?|fired|clash\w*|arrest\w*|detain\w*|beat|charged|"
                            r"cracked down|baton|live (?:rounds|ammunition)|shot|confrontations? with|scuffl\w*|"
                            r"evict\w*|expell?\w*|removed|broke up|broken up)\b", re.IGNORECASE)
# forces that stopped, kept back or stepped in on the crowd, as its subject or a passive's agent: "Malian police
# stopped a protest", "Police forces of Mali prevented youths from protesting", "triggering security forces to
# intervene", "the demonstrators were prevented by security forces from ...", "gendarmes responded"
# (verbs only: not "to protest plans for a foreign military intervention")
_KEPT_CROWD = r"(?:interven(?:e|ed|es|ing)|respond(?:ed|ing|s)?|prevent(?:ed|ing|s)?|stopp(?:ed|ing)|block(?:ed|ing)|" \
    r"barred|held back|deterred|repress(?:ed|ing))"
_KEPT_CROWD_AFTER = re.compile(r"\s+(?:(?:to|had|have|has|then|also|quickly|reportedly)\s+)*" + _KEPT_CROWD + r"\b",
                               re.IGNORECASE)
# an armed group's men who broke up a crowd, the words after their name: "fired in the air in an attempt to disperse
# the crowd", "broke up the march" (within the sentence)
# (not a crowd that broke up by itself: "protested against MNLA fighters ..., and the crowd dispersed")
_DISPERSED_AFTER = re.compile(r"(?:\s+(?!(?:crowds?|protesters|demonstrators|marchers|they)\s+dispers)[\w,'’-]+){0,10}?"
                              r"\s+(?:to\s+)?(?:dispers(?:e|ed|es|ing)|broke\s+up|break\s+up|"
                              r"fired\s+tear\s*gas)\b", re.IGNORECASE)
_KEPT_CROWD_BY = re.compile(r"\b" + _KEPT_CROWD + r"\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:claim(?:ed|s|ing)?|said|says|announc(?:ed|es)|confirm(?:ed|s)|report(?:ed|s)|"
                        r"declar(?:ed|es)|told|stated|used its)\b", re.IGNORECASE)
_INTERVENED = re.compile(r"\b(?:interven\w*|rout\w*|repel\w*|repuls\w*|fought|clash\w*|engag\w*|exchang\w*|defend\w*|"
                         r"overpower\w*|respond\w*|resist\w*|"
                         r"return\w* fire|pursu\w*|chased|killed|neutrali[sz]ed)\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:the|this|that) (?:attack|assault|ambush|battle|clash|clashes|fighting|raid|incident|attackers|"
                      r"assailants|gunmen|militants|raiders|"
                      r"explosion|blast|strike|kidnapping|abduction|protest|demonstration|violence|troops|convoy)\b",
                      re.IGNORECASE)
_NO_FIGHT = TRANSFER.pattern
# the existential opening of the sentence that tells no fight: "There was no report of government resistance."
_THERE_WAS = re.compile(r"(?:there\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?", re.IGNORECASE)
# the words of a takeover that tell control acquired, not a place stormed: "took/seized/regained control of",
# "under the control of", "recaptured", "retaken" (not "captured", "overran", "took over the town")
_CONTROL_TAKEN = re.compile(r"\bcontrol\b|\brecaptur\w*|\bretak\w*|\bre-?took\b|\btook back\b", re.IGNORECASE)
# the side a place was taken from, right after the takeover's words: "(took control of Tessit) from the MNLA"
_TAKEN_FROM = re.compile(r"(?:\s+(?!from\b)[\w'-]+){0,6}?,?\s+from\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:islamists|militants|jihadi(?:st)?s|"
                         r"rebels|army|troops|soldiers|forces|insurgents|terrorists)\b)", re.IGNORECASE)
# ground forces that bombed ("French troops bombed Islamist positions") and the words that name an air strike's means
_FORCE_BOMBED = re.compile(r"\b(?:troops|forces|army|soldiers)\s+(?:\w+\s+){0,2}?(?:bombed|bomb|bombs)\b"
                           r"(?!\s+(?:squad|disposal))", re.IGNORECASE)
_AIRCRAFT = re.compile(r"\b(?:air|air-?strikes?|airborne|aerial|aircrafts?|planes?|warplanes?|jets?|helicopters?|"
                       r"gunships?|drones?|Mirages?|Rafales?|Tucanos?|dropp?(?:ed|ing|s)?|air\s+force)\b", re.IGNORECASE)
# an epidemic a measure answers, and the insecurity that makes a measure the conflict's
_EPIDEMIC = re.compile(r"\b(?:coronavirus|covid(?:-?19)?|pandemic|epidemic|ebola|cholera|health\s+(?:state\s+of\s+)?"
                       r"emergency)\b", re.IGNORECASE)
_INSECURITY = re.compile(r"\b(?:insecurity|security\s+situation|attacks?|militants?|jihadi(?:sts?|s)|terrorists?|violence|"
                         r"armed\s+groups?)\b", re.IGNORECASE)
# the words that tell armed interaction in a takeover's sentences: a fight, shots, an attack, casualties, the place
# stormed or overrun, its holders driven out ("after clashes with the army", "killing two soldiers", "stormed the camp")
_ARMED_INTERACTION = re.compile(r"\b(?:clash\w*|fight\w*|fought|battl\w*|kill\w*|dead|died|deaths?|wound\w*|injur\w*|"
                                r"attack\w*|assault\w*|combat\w*|offensives?|resist\w*|ambush\w*|raid\w*|storm\w*|"
                                r"overr[au]n\w*|fire|firing|fired|gunfire|gunshots?|shots?|shooting|shot|exchang\w*|air ?strikes?|"
                                r"bomb\w*|shell\w*|casualt\w*|neutrali[sz]\w*|repel\w*|repuls\w*|drove|driven|chased|"
                                r"routed|dislodg\w*|expel\w*|forced|retreat\w*|operations?|hostilities)\b",
                                re.IGNORECASE)
# bearers of explosives caught before they were set (see the taxonomy): the weapons disrupted, not an arrest
_CAUGHT_PLANTING = re.compile(CAUGHT_PLANTING, re.IGNORECASE)
_WENT_OFF = re.compile(r"\b(?:explod\w*|detonat\w*|struck|hit|went off|blast|killed|killing|wounded|wounding|injur\w*|"
                       r"dead|died)\b", re.IGNORECASE)
# a later sentence that says who did it: "JNIM claimed responsibility", "the device was likely planted by JNIM"
_WHO_DID_IT = re.compile(r"\b(?:claim(?:ed|s|ing)? (?:responsibility|the attack|the ambush|the killing|the abduction)|"
                         r"(?:planted|laid|carried out|perpetrated|committed|conducted) by|attributed (?:to|the attack to)|"
                         r"blamed (?:on|for)|suspected (?:of being|to be) behind|behind the (?:attack|ambush|blast|explosion))\b",
                         re.IGNORECASE)
_PEOPLES_CAMP = re.compile(r"\b(?:nomad\w*|herders?'?|pastoral\w*|IDPs?|refugees?|displaced|displacement|fishing|fishermen'?s?|"
                           r"mining|gold|Fulani|Peulh?|Tuareg|Dogon|Bambara|Arab|Songhai|Daoussahak|Dawsahak|Bellah?|Imghad|"
                           r"Idarfane|Toubou|Kanuri|Hausa|Djerma|Zarma|Mossi|Gourmantche|Rimaibe|Bozo)\s+(?:camps?|sites?|"
                           r"hamlets?)\b|"
                           # a camp known by its own name is a settlement: "the camp of Timkony" (not "the camp of the
                           # army"; "the Boulkessi camp" may be the army's camp at Boulkessi: left to the other words)
                           r"\bcamp\s+of\s+(?-i:(?!(?:MINUSMA|FAMa|Barkhane|UN)\b)[A-Z][\w'’-]+)|"
                           # a convoy of people or goods, escorted or not: "a convoy of transport vehicles", "a civilian
                           # convoy with military escort", "soldier-escorted convoy" (ACLED: violence against civilians)
                           r"\b(?:civilian|transport|commercial|merchant|traders'?|passenger|humanitarian|aid|"
                           r"[\w]+-escorted|escorted)\s+convoys?\b|\bconvoys?\s+of\s+(?:[\w-]+\s+)?(?:transport|civilians?|"
                           r"commercial|trucks|vehicles|traders|merchants|passengers|buses|lorries|cars)\b", re.IGNORECASE)
# "the Tabatolte camp", "a Kel Essouk camp": a camp named by its own name or its people's (a settlement, or a force's
# camp at a town of that name)
_NAMED_CAMP = re.compile(r"\b(?:the|an?)\s+(?!(?:MINUSMA|FAMa|Barkhane|UN|French|Malian|Nigerien|Burkinabe|Chadian|G5|MOC|CMA|GATIA|"
                         r"MSA|Platform|Takuba|EU|military|army)\b)[A-Z][\w'’-]+\s+camp\b")
# the object of an attack that is a post of armed forces (a "camp" alone may be herders')
_POST_HEAD = re.compile(r"\b(?:gendarmerie|gendarmes?|police (?:station|post)s?|(?:military|army) (?:base|camp|post|position)s?|"
                        r"barracks|checkpoints?|patrols?|convoys?|positions?|ranger stations?|forest guards?|"
                        r"customs (?:posts?|stations?|offices?)|bases?|soldiers|troops)\b", re.IGNORECASE)
# people among what an explosive struck: the dead and wounded, passengers, a vehicle that carries them
# (not the harm a text denies: "no one was hurt", "no injuries were reported", "without injuring anyone")
_NO_HARM = re.compile(r"\b(?:no|without|nobody|no one|none|neither|not)\b(?:\s+(?:one|any|anyone|anybody|person|people|"
                      r"civilians?|passengers?|soldiers?|"
                      r"immediate|reported|known|human|physical|further|was|were|had been|been|causing|reports? of|"
                      r"or|and|deaths?|killed|dead))*\s+(?:hurt|injur\w*|wounded|wounding|killed|killing|dead|deaths?|"
                      r"casualt\w+|victims?|fatalit\w+)\b(?:\s+(?:or|and)\s+(?:injur\w*|wounded|casualt\w+|deaths?))?",
                      re.IGNORECASE)
# animals a blast killed, no person told struck ("an IED killed several sheep", "killing several animals"): the deaths
# are no people's (ACLED names no actor2 for a blast that struck only livestock)
_ANIMALS_KILLED = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:(?:several|some|many|all|"
                             r"a\s+number\s+of|dozens\s+of|hundreds\s+of|a\s+dozen|the|their|\d+|two|three|four|five|six|"
                             r"seven|eight|nine|ten)\s+)?(?:heads?\s+of\s+)?(?:sheep|goats?|cattle|cows?|camels?|donkeys?|"
                             r"livestock|animals?|oxen|horses?|bulls?)\b", re.IGNORECASE)
# threats or orders put to people: "threatened to close them down", "demanded teachers instruct", "ordered the women
# to wear veils", "warned the villagers"
_DEMANDS_ON_PEOPLE = re.compile(r"\b(?:threat\w*|demand(?:ed|ing|s)|order(?:ed|ing)|warn(?:ed|ing)|forc(?:ed|ing)\s+"
                                r"(?!(?:their|its)\s+way)|ultimatum|intimidat\w*)\b", re.IGNORECASE)
_PEOPLE_STRUCK = re.compile(r"\b(?:killed|killing|dead|died|deaths?|wounded|wounding|injur\w*|hurt|civilians?|passengers?|"
                            r"people|persons?|villagers?|residents?|men|women|children|boys?|girls?|travell?ers|"
                            r"occupants|drivers?|herders?|farmers?|traders?|individuals?|family|bus|minibus|"
                            r"(?:civilian|passenger|transport|public transport)\s+vehicles?|motorbikes?|motorcycles?|"
                            r"carts?|tricycles?|taxis?|"
                            # (a goods truck is a trader's or a transporter's: "a truck was struck by an IED, no
                            # casualties reported"; not a truck bomb, the device itself)
                            r"trucks?(?!\s+bombs?)|lorr(?:y|ies)(?!\s+bombs?)|"
                            # (the premises of people or officials: "set off explosives in the offices of the
                            # subprefect", "detonated the prefecture")
                            r"offices?|(?:sub-?)?prefect\w*|town halls?|city halls?|mayor\w*|schools?|markets?|mosques?|"
                            r"churche?s?|homes?|houses?|huts?|shops?|passage of)\b", re.IGNORECASE)
# (plurals too: "attacks police stations", "attacked two checkpoints"; not "camps", more often herders' or IDPs')
# (not a post that levies a road's toll: "gunmen attacked a toll post, killing three civilians")
_MILITARY_TARGET = re.compile(r"\b(?:military|army|soldiers?|troops?|convoys?|patrols?|bases?|(?<!toll )posts?|positions?|barracks|"
                              r"checkpoints?|gendarmerie|gendarmes?|police stations?|police posts?|camp|forces|units?|vdp|"
                              r"volunteers|ranger stations?|rangers|forest guards?|customs (?:posts?|stations?|offices?)|"
                              # (an aircraft shot down is a force's: "the army shot down a helicopter")
                              r"shot down (?:[\w-]+ ){0,3}?(?:helicopters?|planes?|aircraft|drones?|jets?))\b", re.IGNORECASE)
_CIVILIAN_TARGET = re.compile(r"\b(?:civilians?|villagers?|residents?|worshippers?|farmers?|herders?|children|women|"
                              r"market|mosque|church|school|village|passengers?|travell?ers?|miners?|individuals?|"
                              r"men|people|persons|members? (?:of|from) the \w+ community|community|merchants?|"
                              # one person ("shot dead a man", "one person was killed when soldiers fired")
                              r"man|woman|person|boy|girl|"
                              r"traders?|pastors?|imams?|village chiefs?|herdsm[ae]n|pastoralists?|displaced|IDPs?|"
                              r"students?|teachers?|fisherm[ae]n|shepherds?|notables?|health cent(?:er|re)|"
                              r"hospital|refugees?|gold (?:miners|diggers)|motorists|drivers?|shopkeepers?|tourists?|"
                              # people who happened to be there: "two bystanders were hurt by police gunfire",
                              # "a passer-by was shot"
                              r"bystanders?|passers?-by|passersby|"
                              # victims only suspected of fighting: "a suspected but unarmed militant", "accused of
                              # being a militant informant" (ACLED: violence against civilians)
                              r"unarmed|accused of|suspected of|suspects?|informants?|detainees?|prisoners?)\b",
                              re.IGNORECASE)
# people by their work or office, as the object right after the attack verb: civilians ("beat to death an electrician
# worker", "attacked the convoy of a mayor", "shot a health worker"); only there, as elsewhere in a sentence they may
# be witnesses or sources ("the mayor said soldiers were attacked")
_CIVILIAN_OBJECT = re.compile(r"\b(?:workers?|employees?|staff|mayors?|councill?ors?|accountants?|electricians?|engineers?|"
                              r"doctors?|nurses?|journalists?|contractors?|businessm[ae]n|marabouts?|clerics?|"
                              r"(?:sub-?)?prefects?)\b", re.IGNORECASE)
# harm told without a count: "fired at residents", "beat the villagers", "assaulted", "tortured"
_HARMED = re.compile(r"\b(?:fired (?:at|on|upon) (?:the )?(?:residents|villagers|civilians|people|passengers|them)|beat(?:en)?|"
                     r"assault(?:ed|ing)|tortur\w*|whipped|flogged|raped|mistreat\w*|maltreat\w*|ill-treat\w*|injur\w*|wound\w*|"
                     r"killed|dead|died|executed|shot|missing|disappeared|hostage|abduct\w*|kidnap\w*|tied up|"
                     r"locked up|detained|threaten\w*|opened fire|fired|gunfire|gunshots?|shots|fled|unharmed)\b",
                     re.IGNORECASE)
_GROUND_FIGHT = re.compile(r"\b(?:followed by (?:an? )?(?:armed assault|gunfire|exchanges? of fire|ambush|ground attack|"
                           r"fighting|assault)|ground (?:operations?|forces|troops|assault|offensive)|air-ground|"
                           r"air and ground|ground and (?:air|aerial)|"
                           # (the commandos fighting, not the ones the blast hurt: "three special forces were injured
                           # in a landmine blast" is the explosion)
                           r"(?:commandos|special forces)(?!\s+(?:[\w-]+\s+)?(?:were|was|had been|have been|got)\s+(?:\w+ly\s+)?"
                           r"(?:injured|wounded|killed|hurt|hit|struck|targeted))|exchanges? of (?:gun)?fire|"
                           r"exchanged (?:gun)?fire|"
                           r"gunfights?|firefights?|armed assault|clash(?:ed|es|ing)|gun ?battles?|responded with|"
                           # (or gunfire beside the explosive: "an IED + gunfire attack", "rockets and small arms")
                           r"returned fire|gunfire|small[ -]arms(?: fire)?|complex attacks?|"
                           # (soldiers sent in after the strikes: "the operation began with airstrikes followed by
                           # soldiers on land", "soldiers on the ground then engaged the militants"; not troops only
                           # there: "in support of Malian forces on the ground", "has no forces on the ground")
                           r"followed by (?:[\w-]+ ){0,2}?(?:troops|soldiers|forces|commandos)|"
                           r"(?:troops|soldiers|forces) on (?:the )?(?:land|ground),? (?:then |later |also |had )?"
                           r"(?:engaged|attacked|fought|clashed|stormed|assaulted|pursued|raided|overran))\b", re.IGNORECASE)
# ground forces there but not fighting: only searching the area or only the ones the aircraft supported ("the air
# force carried out an airstrike while ground forces conducted combing operations", "provided air support to ground
# forces"): ACLED codes the air strike, a ground fight only outranks it when both sides fought
_GROUND_ONLY_THERE = re.compile(r"\b(?:air (?:support|cover) (?:to|for) (?:the )?(?:[\w-]+ )?ground (?:forces|troops)|"
                                r"ground (?:forces|troops) (?:then |later |also )?(?:conducted|carried out|launched|began|"
                                r"undertook|were conducting|continued) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:combing|sweep(?:ing)?|"
                                r"search(?:ing)?|clearing|clearance|mop(?:ping)?[ -]up|reconnaissance|patrols?)"
                                r"(?: operations?| missions?)?|"
                                # (or only freeing captives or taking back goods: "airstrikes killed ten militants
                                # while ground forces freed two hostages")
                                r"ground (?:forces|troops) (?:then |later |also )?(?:managed to |were able to |succeeded in )?"
                                r"(?:liberat|free|rescu|releas|recover|evacuat)\w*)\b", re.IGNORECASE)


def _ground_fight(text: str) -> re.Match[str] | None:
    """A ground fight told beside remote violence, not ground forces only there (`_GROUND_ONLY_THERE`)."""
    return _GROUND_FIGHT.search(_GROUND_ONLY_THERE.sub(" ", text))


# a ground assault on a post with the shelling: "assaulted the army base after launching a mortar barrage", "launched
# rockets at the base, then tried to storm the barracks" (ACLED: the battle)
_GROUND_ASSAULT = re.compile(r"\b(?:assaulted|stormed|overran|overrun)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bases?|camps?|"
                             r"posts?|barracks|positions?)\b|\b(?:attempted|tried)\s+to\s+(?:breach|storm|overrun|infiltrate|"
                             r"enter)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:bases?|camps?|posts?|barracks|perimeter)\b",
                             re.IGNORECASE)
# a camp of the displaced told with "for" or "of" after the noun ("the camp for displaced people"; `_PEOPLES_CAMP` has
# "the IDP camp")
_CAMP_FOR_DISPLACED = re.compile(r"\bcamps?\s+(?:for|of)\s+(?:the\s+)?(?:internally\s+)?(?:displaced|IDPs|refugees)\b",
                                 re.IGNORECASE)


def _post_assaulted(told: str, context: str) -> bool:
    """A ground assault on a post told in `told` (`_GROUND_ASSAULT`), where `context` names no camp that people live
    in, which no armed side holds ("rockets hit the IDP camp, then gunmen stormed the camp": the shelling and the
    killing of the people there, not a battle)."""
    return _GROUND_ASSAULT.search(told) is not None and _PEOPLES_CAMP.search(context) is None \
        and _CAMP_FOR_DISPLACED.search(context) is None


# a suicide bomber stopped before the blast: the happening is the fight with the ones who stopped him ("a would-be
# suicide bomber was shot dead", "a fifth attacker was shot before detonating", "the car bomb failed to detonate")
_BOMBER_STOPPED = re.compile(r"\b(?:would-be (?:suicide )?(?:bombers?|attackers?)|failed to (?:detonate|explode)|"
                             r"before (?:detonating|(?:he|she|they) could (?:detonate|blow)|blowing (?:himself|herself|"
                             r"themselves) up)|botched suicide|foiled suicide|"
                             # (or an attacker shot, or killed while storming or before striking: "one attacker was
                             # shot dead while the second detonated a car bomb", "two fighters were killed while
                             # storming the camp", "forces killed three militants in the process of carrying out
                             # suicide attacks"; whole Sahel files: 15 of 24 notes of a suicide attack and a killing
                             # or shooting are Battles, the bombers who only blew themselves up the rest)
                             # (the attackers themselves: not "a policeman was shot while trying to stop him", nor
                             # "the militants were in the process of preparing further attacks, police said")
                             # (not the men the victims were taken for: "two herders mistaken for militants were shot")
                             r"(?<!mistaken for )(?<!mistaken as )"
                             r"(?:attackers?|assailants?|bombers?|militants?|fighters?|gunmen)\s+(?:was|were)\s+"
                             r"(?:\w+\s+)?(?:shot\b|(?:killed|neutrali[sz]ed)(?=\s+(?:while|as)\s+(?:storming|trying to|"
                             r"attempting to)))|"
                             r"(?:killed|shot(?: dead)?|neutrali[sz]ed)\s+(?:\w+\s+){0,4}?(?:attackers?|assailants?|"
                             r"bombers?|militants?|fighters?|gunmen|jihadi(?:sts?|s)|terrorists?)\s+(?:(?:while|as)\s+"
                             r"(?:storming|trying to|attempting to)|in the (?:process|course) of (?:carrying out|"
                             r"launching|attempting|preparing)))\b",
                             re.IGNORECASE)
_ABDUCTION_ATTEMPT = re.compile(r"\b(?:attempt\w*|tried) to (?:abduct|kidnap)|\b(?:abduction|kidnapping) attempt|"
                                r"\battempted (?:abduction|kidnapping)", re.IGNORECASE)
# people under arms taken by the other side: "abducted two GATIA militiamen", "abducted a MOC officer", "abducted
# four volunteer fighters (VDP)", "a militia leader was kidnapped", "abducted a security guard (assumed armed)"
# (ACLED: a battle, its side taken; whole Sahel files: 13 of 19 such notes, the rest mostly single soldiers or
# gendarmes told as off duty, which stay an abduction: see _OFF_DUTY_TAKEN); not aid agencies' staff ("an INGO staff
# member was abducted"), nor the abductors ("kidnapped by jihadists")
_ARMS_BEARER_GROUP = r"(?-i:(?!(?:I?NGOs?|UNHCR|UNICEF|WFP|ICRC|MSF|OCHA|IOM|UNDP)\b)[A-Z][A-Za-z]*[A-Z][\w-]*)"
_ARMS_BEARER = (r"(?:soldiers?|troops|servicem[ae]n|gendarmes?|policem[ae]n|police officers?|militiam[ae]n|fighters?|"
                r"combatants?|militants?|jihadi(?:sts?|s)|VDPs?|[\w-]+\s+\(assumed armed\)|"
                # (a group known by its letters is armed by its ranks: a party's or a union's "members" are not)
                r"(?:" + _ARMS_BEARER_GROUP + r"|military|army|police|gendarmerie|militia|armed group|rebel|jihadist|"
                r"militant|Koglweogo|Dozo|Donso)\s+(?:[\w-]+\s+)?(?:officers?|commanders?|chiefs?|elements?)|"
                r"(?:militia|armed group|rebel|jihadist|militant|Koglweogo|Dozo|Donso)\s+(?:[\w-]+\s+)?(?:leaders?|members?))")
_TAKING = r"(?:abduct(?:ed|s|ing)|kidnap(?:ped|s|ping)|took hostage|taken hostage)"
_ARMED_TAKEN = re.compile(r"\b" + _TAKING + r"\s+(?!(?:by|of)\b)(?:(?:a|an|the|two|three|four|five|six|\d+|several|one|some)\s+)?"
                          r"(?:[\w-]+\s+){0,2}?" + _ARMS_BEARER + r"\b|\b" + _ARMS_BEARER + r"\s+(?:[\w'-]+\s+){0,3}?"
                          r"(?:was|were|had been|have been|has been)\s+(?:reportedly\s+)?" + _TAKING + r"\b", re.IGNORECASE)
_OFF_DUTY_TAKEN = re.compile(r"\boff[- ]duty\b", re.IGNORECASE)
# a captive killed after the taking: "the abductee was subsequently executed", "the hostages were later beheaded",
# "kidnapped a village chief, who was executed two days later" (not a fight: "captured the base, then killed three
# soldiers")
_CAPTIVE_KILLED = re.compile(r"\b(?:abduct(?:ed|ion)|kidnapp(?:ed|ing)|captured|taken\s+hostage)\b[^.;]{0,200}?\b(?:(?:was|were)\s+"
                            r"(?:(?:later|subsequently|then|reportedly|allegedly)\s+)*(?:executed|beheaded)|(?:later|subsequently)"
                            r"\s+(?:executed|beheaded))\b|\b(?:abductees?|hostages?|captives?)\s+(?:was|were|had\s+been)\s+"
                            r"(?:\w+\s+){0,2}?(?:executed|killed|beheaded|shot\s+dead)\b", re.IGNORECASE)
# the armed men a killing or a shooting struck, named in the verb's own clause: "killed the leader of a small militant
# group", "neutralized ten militants", "opened fire against suspected ISWAP militants", "killed or captured an
# unspecified number of ISGS militants" (ACLED: a battle, whoever fired; not the doers after "by": "was killed by
# militants", nor the detained: _IN_CUSTODY)
_STRUCK_CLAUSE = re.compile(r"\s*(?:(?:on|at|upon|against|towards)\s+)?[^.;,:]*?(?=[.;,:]|\s*\b(?:by|and|while|who|whom|"
                            r"when|after|before|as|in|near|at|on|outside|inside|around|between|during|along)\b|$)",
                            re.IGNORECASE)
# (a shooting's verbs: the noun "attack" strikes no one named after it: "thwarted an attack on the village")
_FIRED = re.compile(r"opened fire|fired|shot at", re.IGNORECASE)
# people the text calls armed: "killed four armed men", "shot dead two armed Fulani youth", "an unspecified number of
# armed bandits" (whole Sahel files: 4 of 4 notes with such people the object of a killing or wounding are Battles)
_ARMED_NOUN = re.compile(r"\barmed\s+(?:[\w-]+\s+)?(?:bandits?|m[ae]n|individuals?|youths?|persons?|robbers?|thieves)\b",
                         re.IGNORECASE)
_ARMED_PEOPLE = re.compile(r"(?:\b(?:militants?|fighters?|jihadi(?:sts?|s)|terrorists?|insurgents?|rebels?|assailants?|attackers?|"
                           r"gunmen|combatants?|militiam[ae]n|commanders?|(?:militant|armed|jihadist|terrorist|rebel|"
                           r"insurgent)\s+groups?)\b|" + _ARMED_NOUN.pattern + ")", re.IGNORECASE)
# armed men told as the subject of the killing in the passive: "a jihadist commander was killed by national guards",
# "two militants were shot dead", "Alleged jihadist commander killed by national guards" (a headline's reduced passive)
_ARMED_PASSIVE_BEFORE = re.compile(_ARMED_PEOPLE.pattern + r"\s+(?:\([^()]{1,40}\)\s+)?(?:(?:was|were|has been|have been|"
                                   r"had been)\s+(?:\w+ly\s+)?)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
# a side the victims were taken for, not one that was there: "two herders mistaken for militants were shot dead by
# gendarmes", "an airstrike killed displaced people who were mistaken for jihadists"
_MISTAKEN_FOR_BEFORE = re.compile(r"\b(?:mistaken(?:ly\s+(?:identified|taken))?\s+(?:for|as)|misidentified\s+as|"
                                  r"confused\s+with)\s+(?:(?:an?|the|some|armed|suspected|presumed|alleged)\s+)*$",
                                  re.IGNORECASE)
_IN_CUSTODY = re.compile(r"\b(?:in (?:their |his |her |its |police |military )?(?:detention|custody)|detainees?|prisoners?|captives?|after (?:their|his|her) arrest|"
                         r"execut(?:ed|ion|ions))\b", re.IGNORECASE)
_VICTIM_FOUND_DEAD = re.compile(r"\b(?:found (?:dead|executed|hanged|beheaded|killed|murdered|lifeless)|(?:body|bodies|corpses?|"
                                r"remains)(?: of(?: [\w-]+){1,4}?)? (?:was|were|has been|have been) (?:\w+\s+){0,2}?"
                                r"(?:found|discovered|recovered)|mass graves?|"
                                r"(?:beheaded|executed|killed|murdered) (?:him|her|them)|(?:was|were) (?:later |subsequently )?"
                                r"(?:killed|executed|beheaded|murdered)|"
                                # (the killing told by the noun its doers announce: "announced the execution of a
                                # diplomat held hostage since April")
                                r"(?:announc|claim|confirm|report)(?:ed|ing|s)? (?:the )?(?:execution|beheading|killing|murder) of)\b",
                                re.IGNORECASE)
_EXECUTED = re.compile(r"\b(?:summarily\s+)?execut(?:ed|ing)\s+(?:at least\s+|some\s+|about\s+|around\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:people|civilians|men|women|villagers|suspects?|prisoners|detainees|captives|hostages|militants|"
                       r"members|individuals|herders|persons|youths?)\b|\bsummary executions?\b|\bextrajudicial\b",
                       re.IGNORECASE)
_CLASH = re.compile(r"\bclash(?:ed|es|ing)?\b|\bshoot-?outs?\b|\bexchang\w*\s+(?:of\s+)?(?:gun)?fire\b|\bgun ?battles?\b|\bfirefights?\b",
                    re.IGNORECASE)
# words that tell a fight between two sides, whoever they are
_TWO_SIDED = re.compile(r"\b(?:clash\w*|repel\w*|repuls\w*|push(?:ed|es|ing)? back|fought|fight(?!ers?\b)\w*|exchange[sd]? of (?:gun)?fire|"
                        r"exchang(?:ed|ing) (?:gun)?fire|return(?:ed|ing) (?:the )?fire(?!-)|fired back|"
                        r"shoot-?outs?|gunfights?|"
                        r"engag\w*|gun ?battles?|firefights?|battl\w*|counter-?attack\w*|retaliat\w*|resist\w*)\b",
                        re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|to be|in the coming|next (?:week|month|year)|plans? to|intends? to|would)\b",
                     re.IGNORECASE)
_PAST_DONE = re.compile(r"\b(?:completed|finished|left|departed|have withdrawn|has withdrawn|pulled out)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Draft:
    trigger: Trigger
    sentences: list[int]
    trigger_span: tuple[int, int]
    kinds: list[Trigger] = field(default_factory=list)
    lead_from: int = 0  # the first sentence that may set its scene (after the previous happening's)


def _sentence_triggers(s: Sentence) -> list[tuple[Trigger, tuple[int, int]]]:
    """Trigger words of a sentence that point to a happening: the first such hit per trigger. A word that names
    an intention ("preparing an attack"), a description ("the force fighting Boko Haram"), a demanded or a
    tactical withdrawal ("demand the withdrawal", "before withdrawing towards the border") is not one."""
    return [(trig, (s.start + a, s.start + b)) for trig, (a, b) in _triggers_in(s.text)]


def _lower_source(src: str) -> str:
    """A regex source with its literal letters lower-cased; escapes (\\S, \\W, \\B ...) keep their case."""
    out, i = [], 0
    while i < len(src):
        if src[i] == "\\" and i + 1 < len(src):
            out.append(src[i:i + 2])
            i += 2
            continue
        out.append(src[i].lower())
        i += 1
    return "".join(out)


def _case_free(p: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern without IGNORECASE, for lower-cased text: Python's re is 2-3 times faster that way.
    None for a pattern with a case-sensitive part ("(?-i:march)": not the month)."""
    if not p.flags & re.IGNORECASE or "(?-i" in p.pattern:
        return None
    return _gate_form(p)


def _gate_form(p: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern with its literal letters lower-cased and no IGNORECASE, for lower-cased text: `_case_free`'s form,
    and the keyword gate's for every trigger, one with a "(?-i:...)" part too (its literal words, searched in the
    lower-cased sentence, are in every sentence the pattern matches)."""
    return re.compile(_lower_source(p.pattern), p.flags & ~re.IGNORECASE)


_CASE_FREE = {t.name: _case_free(t.pattern) for t in TRIGGERS}
# the triggers by the literal words every match opens with or holds; a trigger with none always runs
_GATE = KeywordGate({t.name: _CASE_FREE[t.name] or _gate_form(t.pattern) for t in TRIGGERS})
# letters that re's IGNORECASE takes for an ASCII letter though lower() keeps them apart (dotless ı ~ i, long ſ ~ s):
# where a sentence holds one, the gate's lower-cased words could miss a match of a case-sensitive trigger
_ODD_FOLDS = frozenset("ıſ")
# sentence filters run on every sentence: their case-free forms, for `text.lower()` (a yes/no, so offsets do not matter)
_HISTORY_LC, _CROWD_LC, _HYPOTHETICAL_LC = (_case_free(p) or p for p in (_HISTORY, _CROWD, _HYPOTHETICAL))


# explosives named as what was seized, found or destroyed, or as the trade of the people named
_EXPLOSIVES = frozenset({"ied", "blast", "grenade", "shelling"})
# an explosive told as what came before the deed of the main clause, whose doers killed or fired in the active: "soldiers
# killed three herders near Gao after their convoy was hit by a roadside bomb", "opened fire on villagers after an IED
# attack on their patrol" (the killing is the happening; not the passive toll of the blast: "three soldiers were killed
# after their vehicle hit a landmine", nor "after" that opens the sentence, nor the killers' own blast: "killed two
# soldiers after detonating an IED under their vehicle")
_DEED_BEFORE_BLAST = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"
                                r"\b(?:killed|killing|shot dead|shooting dead|gunned down|executed|executing|massacred|"
                                r"opened fire|opening fire|fired (?:on|at|upon)|firing (?:on|at|upon))\s+(?!by\b)"
                                r"[^.;]{0,100}?(?<!\bday )(?<!\bdays )(?<!\bhours )(?<!\bweeks )\b(?:after|following)\s+"
                                r"(?![\w-]+\s+(?:was|were)\s+killed\b)"
                                r"(?!(?:detonat|plant|lay|lai|sett|trigger|explod|throw|lob|fir|launch|hurl)\w*\b)[^.;]{0,80}$",
                                re.IGNORECASE)
# (a time between them tells another happening: "killed two villagers, a day after a roadside bomb killed five soldiers")
# the passive told with a word between: "three soldiers were also killed after their vehicle hit a landmine"
_PASSIVE_WORD_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly|also|all|both)\s+$", re.IGNORECASE)
# the blast's own deed after it: "... after a roadside bomb killed five soldiers" (its own happening, not an antecedent)
_BLAST_DEED_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:killed|kills|killing|wounded|wounds|injured|injures|left|leaving)\b",
                               re.IGNORECASE)


def _blast_the_deed_answered(text: str, m: re.Match[str]) -> bool:
    """Is the explosive at `m` told as what came before an active killing or firing (`_DEED_BEFORE_BLAST`), the deed
    being the happening ("soldiers killed three herders after their convoy was hit by a roadside bomb")?"""
    d = _DEED_BEFORE_BLAST.search(text, max(0, m.start() - 200), m.start())
    return d is not None and not _PASSIVE_WORD_BEFORE.search(text, max(0, d.start() - 30), d.start()) \
        and not _BLAST_DEED_AFTER.match(text, m.end())


# (not "defusing" or "dismantling": "killed while dismantling an IED" is the IED's toll)
# (not what the explosive did, told in the passive: "the vehicle ... destroyed by the explosion of an IED")
_HELD_EXPLOSIVE = re.compile(r"\b(?:seiz\w*|destroy\w*|discover\w*|recover\w*|found|confiscat\w*|caches? of|"
                             r"stockpiles? of)(?!\s+by\b)\s+(?:[\w-]+,?\s+){0,12}"
                             # (nor the explosive as the means: "destroyed an army tank by IED detonation")
                             r"(?<!\bby )(?<!\bby an )(?<!\bby a )(?<!\bby the )$", re.IGNORECASE)
# ... or carried by one stopped before he set it off: "police killed a militant equipped with an IED", "soldiers shot a
# man carrying an explosive device" (the explosive the next word or two after the verb, not "a vehicle carrying
# soldiers hit an IED")
_CARRIED_EXPLOSIVE = re.compile(r"\b(?:equipped with|carrying|armed with|wearing|in possession of)\s+"
                                r"(?:(?:an?|the|his|her|their|two|three|several|some)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# (the trigger's words the device itself, not a verb the carrier did: "a bus carrying traders struck a mine")
_EXPLOSIVE_NOUN = re.compile(r"(?:IEDs?|improvised|explosive|(?:suicide )?(?:vests?|belts?)|(?:car )?bombs?|(?:land)?mines?|"
                             r"grenades?|booby)\b", re.IGNORECASE)
# (unless it went off after all: "a militant carrying an IED was killed when it exploded"; or was thrown or laid: "a
# man armed with a grenade threw it into a bar", "carrying an IED, which he planted on the road")
_SET_OFF = re.compile(r"\b(?:explod\w*|detonat\w*|went off|blew (?:up|himself|herself|themselves)|"
                      r"(?:threw|thrown|throwing|hurl(?:ed|ing)|lobb(?:ed|ing)|toss(?:ed|ing)|plant(?:ed|ing)|"
                      r"laid|placed)\s+(?:it|them|at|into|on|in)\b)", re.IGNORECASE)
# (or the stuff to make them: "IED-making materials", "bomb-making equipment")
_EXPLOSIVE_PEOPLE = re.compile(r"s?\s+(?:planters?|makers?|manufacturers?|layers?|specialists?|experts?|cells?|"
                               r"factor(?:y|ies)|workshops?)\b|s?[\s-]making\b", re.IGNORECASE)
# a trap laid on the dead, not set off: "executed a man and booby-trapped the corpse" (the killing is the happening;
# ACLED: Attack)
_TRAPPED_DEAD = re.compile(r"\s+(?:the|a|his|her|their|its)\s+(?:[\w-]+\s+)?(?:corpses?|bod(?:y|ies)|remains)\b",
                           re.IGNORECASE)


# those who would make a harm someone's deed: "rains fell and gunmen destroyed ..."
_DOER_WORDS = (r"(?:gunm[ae]n|militants?|attackers?|assailants?|jihadi\w*|terrorists?|insurgents?|bandits?|rebels?|"
               r"soldiers?|troops|police\w*|gendarm\w*|men|youths?|protesters|rioters|mobs?|crowds?|they|who)\b")
# forces of nature, agents of harm that are no one's deed
_NATURAL_FORCES = (r"floods?|flood ?waters|flooding|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|earthquakes?|"
                   r"quakes?|rains?|rainfall|downpours?|landslides?|mudslides?|avalanches?|droughts?|lightning(?: (?:strikes?|bolts?))?|"
                   r"tsunamis?")
# a force of nature as the subject of a destroying verb: "Wildfires destroyed two villages", "Heavy rains destroyed 500
# houses", "A storm destroyed dozens of boats"
_NATURE_BEFORE = re.compile(r"\b(?:fires?|wildfires?|bush ?fires?|forest fires?|blazes?|flames|(?:gas|boiler) explosions?|"
                            + _NATURAL_FORCES +
                            r"|winds?|gales?|waves|hail(?:storms?)?|erosion|termites|locusts)\s+(?:\w+\s+){0,2}?"
                            # (after another deed of the same force: "Heavy rains flooded roads and destroyed houses")
                            r"(?:[a-z]+\s+(?:(?!" + _DOER_WORDS + r")[\w-]+\s+){0,3}?and\s+)?$",
                            re.IGNORECASE)
# no one's deed either: a killing whose agent is a hazard, a disease or an accident ("Floods killed 12 people",
# "a cholera outbreak killed 30", "pesticides killed everything"), or whose dead died in one ("killed in a road
# accident", "killed by lightning")
# (nature told as such: "the forces of nature killed three hikers", "a natural disaster", "killed by the elements")
_HAZARD = (r"(?:" + _NATURAL_FORCES + r"|forces? of nature|natural (?:disasters?|forces?|hazards?)|the elements|"
           r"(?:bad |extreme |severe )weather|heat ?waves?|heat|cold (?:snap|wave|spell)|famine|hunger|starvation|diseases?|"
           r"illness|outbreaks?|epidemics?|pandemics?|cholera|malaria|measles|meningitis|ebola|lassa fever|"
           r"covid(?:-19)?|coronavirus|virus|infections?|pesticides?|insecticides?|poisoning|carbon monoxide|"
           # (an illness by its name or its germ: "the H5N1 strain that killed several hundred ducks", "HIV has killed
           # 25 million", "an E. coli outbreak ... has killed one person")
           r"(?:bird |swine |avian )?(?:flu|influenza)|H\dN\d|HIV|AIDS|E\.\s?coli|salmonella|listeria|tuberculosis|"
           r"cancer|(?:virus |viral |bacterial )?strains?|bacteri(?:a|um)|parasites?|"
           r"stampedes?|(?:road |car |traffic |bus |plane |boat )?(?:accidents?|crash(?:es)?|collisions?)|"
           r"building collapse|collapse|snake ?bites?|drowning)")
# (between the hazard and the verb only an auxiliary, an adverb or a place or time: "floods have killed", "rains in
# Kano killed"; not the doer: "amid heavy rains gunmen killed 12 villagers")
_HAZARD_BEFORE = re.compile(r"\b(?:" + _HAZARD + r"|(?:a|the)\s+(?:house\s+|building\s+|bush\s+|forest\s+)?(?:fire|blaze))\s+(?:(?:have|has|had|which|that|also|already|reportedly|"
                            r"recently|\w+ly)\s+|(?:in|on|at|near|last|this)\s+(?:a\s+|an\s+|the\s+)?\w+\s+){0,2}?"
                            # (after its first deed: "a lightning strike killed three cows and injured a herder";
                            # a deed, not a time or a place: "during a storm on Sunday and killed 12" is the gunmen's)
                            r"(?:(?!(?:on|in|at|near|last|this|and|during|amid)\b)[a-z]+\s+"
                            r"(?:(?!" + _DOER_WORDS + r")[\w-]+\s+){0,8}?and\s+"
                            # (its toll told passive after the "and": "a storm hit the town on Monday and several
                            # residents were injured"; not when the doer is told: "and soldiers were ...")
                            r"(?:(?:(?!" + _DOER_WORDS + r")[\w-]+\s+){1,3}?(?:was|were|(?:has|have|had)\s+been)\s+"
                            # (or its toll told in the perfect: "an earthquake hit the country Monday and has killed
                            # almost 15,000")
                            r"|(?:has|have|had)\s+(?:\w+ly\s+|also\s+|already\s+)?)?)?$",
                            re.IGNORECASE)
# ... or the hazard the sentence opens with, its toll told after a comma: "A landslide buried a village on Thursday,
# killing 15 people" (not when armed men are told: "a storm hit the camp, and gunmen attacked, killing 12")
# (a fire too: "A fire destroyed the central market on Sunday, killing two traders")
_HAZARD_OPENING = re.compile(r"^\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:" + _HAZARD + r"|fires?|blazes?)\s+[^,;]{0,100},\s*$",
                             re.IGNORECASE)
# (the hazard is what the first preposition names, not a word after the doer or a compound: "killed by gunmen during
# floods", "killed in the flood-hit village")
_HAZARD_AFTER = re.compile(r"\s+(?:in|by|during|from)\s+(?:the\s+|a\s+|an\s+)?"
                           r"(?:(?!(?:in|by|during|from|amid|after|when|while|as|at|near|of|with)\b)[\w-]+\s+){0,2}?"
                           + r"(?:" + _HAZARD + r"|crush(?:es)?"
                           # (a game's knocks: "two players were injured during the training session", "hurt in
                           # the match"; "injured by a falling tree", "by falling debris"; not "falling shells")
                           r"|(?:training|practice)(?:\s+session)?|(?:football\s+|league\s+|cup\s+)?(?:match|game)"
                           r"|falling\s+(?!(?:shells?|rockets?|bombs?|mortars?|bullets?|missiles?)\b)[\w-]+)\b(?!-)"
                           # (or by a vehicle that ran them down: "struck and killed by a car", "hit by a train"; not
                           # a bomb or a ramming: "killed by a car bomb", "by a truck driven by a militant")
                           r"|\s+by\s+(?:a\s+|an\s+|the\s+)?(?:(?:speeding|passing|moving|hit-and-run|reversing|"
                           r"freight|delivery|pickup)\s+)?(?:car|truck|train|bus|vehicle|motorist|motorcycle|lorry|van|"
                           r"SUV)\b(?!\s*(?:-|bombs?|bombers?|driven|rammed|that\s+rammed|"
                           r"carrying\s+(?:gunmen|militants)))",
                           re.IGNORECASE)

# ... or what fell on or under them, told after "when": "a woman was killed when a tree fell on her car", "killed when
# the roof of the school collapsed", "drowned when their canoe capsized" (not "when a car bomb exploded")
_FELL_WHEN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?when\s+(?:a|an|the|her|his|their|its)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:trees?|walls?|roofs?|ceilings?|buildings?|houses?|bridges?|mines?|wells?|boats?|"
                              r"canoes?|ferry|ferries|trucks?|bus|buses|cars?|vehicles?|lorr(?:y|ies)|trains?|planes?|"
                              r"helicopters?|pylons?|poles?|branch(?:es)?|motorbikes?|motorcycles?|bicycles?)\s+"
                              r"(?:fell|collapsed|caved in|capsized|overturned|crashed|sank|derailed|toppled|came down|"
                              # (or ran into what the road holds: "when his motorbike hit a pothole"; not a mine)
                              r"(?:hit|struck)\s+(?:a|an|the)\s+(?:pothole|tree|wall|ditch|pole|kerb|curb|"
                              r"(?:parked\s+)?(?:truck|bus|car|lorry)))\b", re.IGNORECASE)
# ... or told as its subject first: "a tree fell on a car and killed a driver"
_FELL_AND_BEFORE = re.compile(r"\b(?:trees?|walls?|roofs?|ceilings?|buildings?|houses?|bridges?|pylons?|poles?|"
                              r"branch(?:es)?)\s+(?:fell|collapsed|caved in|toppled|came down)\s+(?:[\w-]+\s+){0,3}?"
                              r"and\s+$", re.IGNORECASE)
# a fight or an attack of the body, of a germ, of nature or of a fire crew, no one's violence: "died after a long
# battle with cancer", "its efforts in fighting AIDS", "suffered a heart attack", "firefighters launched an attack on
# the flames", "a killer bee attack", "volunteers join flood fighting effort"
_ILLNESS_OR_BLAZE = (r"(?:cancer|leuka?emia|tumou?rs?|diseases?|illness(?:es)?|AIDS|HIV|flu|influenza|malaria|"
                     r"tuberculosis|cholera|ebola|covid(?:-19)?|coronavirus|virus(?:es)?|infections?|pneumonia|"
                     r"diabetes|addiction|depression|dementia|alzheimer'?s|fires?|flames|blazes?|wildfires?|"
                     r"floods?|flood ?waters|pandemics?|epidemics?|outbreaks?)")
_BODY_OR_BLAZE_FOE_AFTER = re.compile(r"\s+(?:(?:with|against|on|over)\s+)?(?:(?:the|a|an|his|her|their|its|this)\s+)?"
                                      r"(?:(?:long|brief|lengthy|courageous|brave|valiant|lifelong|two-year|"
                                      r"years-long|lung|breast|brain|pancreatic|prostate|skin|colon|blood|kidney|liver|"
                                      r"heart|rare|deadly|the)\s+){0,2}" + _ILLNESS_OR_BLAZE +
                                      r"(?!\s+(?:clinics?|cent(?:re|er)s?|hospitals?|wards?|patients?|workers?|camps?|"
                                      r"units?|teams?|offices?|victims|survivors|researchers?|activists?|crews?|"
                                      r"fighters?|stations?|brigades?|trucks?|engines?|services?|departments?)\b)\b",
                                      re.IGNORECASE)
_BODY_FOE_BEFORE = re.compile(r"\b(?:heart|cardiac|asthma|panic|anxiety|epileptic|allergic|seizure|migraine|"
                              r"bee|bees|wasp|hornet|dog|shark|virus|viral|bacterial|immune)[\s-]+$", re.IGNORECASE)
# (a fire or a flood fought, but not a fire attack: "an arson fire attack on the camp" is one)
_BLAZE_FIGHT_BEFORE = re.compile(r"\b(?:flood|fire|bush ?fire|wildfire|forest fire)[\s-]+$", re.IGNORECASE)
# a campaign against a social ill, not a foe: "launched an offensive against corruption", "the fight against
# poverty" (not "an offensive against the militants")
_SOCIAL_ILL_AFTER = re.compile(r"\s+(?:against|on)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:corruption|poverty|inflation|"
                               r"unemployment|illiteracy|potholes|graft|fraud|tax evasion|smuggling|malaria|disease|"
                               r"hunger|drugs|drug abuse|obesity|pollution|climate change|fake news|waste|"
                               r"red tape|prices)\b", re.IGNORECASE)
# a hurt taken fighting a fire: "no firefighters were injured fighting the fire", "hurt while battling the blaze"
_FIRE_FIGHTING_AFTER = re.compile(r"\s+(?:while\s+|when\s+)?(?:fighting|battling|tackling|putting\s+out|containing)\s+"
                                  r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:fires?|blazes?|flames|wildfires?|"
                                  r"bush ?fires?)\b", re.IGNORECASE)
# a weapon named as what something guards from: "a wall that protects soldiers from bullets and grenades"
_GUARDED_FROM_BEFORE = re.compile(r"\b(?:protect\w*|shield\w*|guard\w*|safe|immune|proof)\s+"
                                  r"(?:[\w'’-]+\s+){0,6}?from\s+"
                                  r"(?:[\w-]+\s+(?:and|or)\s+)?$", re.IGNORECASE)
# a drone, a missile or a rocket brought down or intercepted (`INTERCEPTED`), with what the text says it was sent at:
# "a drone was shot down over the border", "intercepted two missiles fired at the city" (the interception is the news,
# ACLED's disrupted weapons use; the words "shot" and "fired at" in it are no harm done)
_INTERCEPTION = re.compile(r"\b(?:" + INTERCEPTED + r")(?: (?:(?:that|which) (?:was|were|had been) )?"
                           r"(?:fired|launched|aimed|sent) (?:at|towards?|against|on)\b)?", re.IGNORECASE)
# an attack on computers: "hackers attacked the bank's computer systems", "a ransomware attack hit the hospital"
# (not a website alone: "claimed the attack on its website")
_CYBER = re.compile(r"\b(?:hackers?|cyber\w*|ransomware|malware|DDoS|phishing|computer (?:systems?|networks?)|"
                    r"e-?mail accounts?)\b", re.IGNORECASE)


# a demonstration's words, its cause or demand after them, the harm named as that cause (a noun, or held hostage),
# and what starts another clause (another happening told after the demonstration)
_PROTEST_WORD = re.compile(r"\b(?:protest(?:ed|ers|ors|ing|s)?|demonstrat(?:ed|ion|ions|ors|ing)|(?-i:march(?:ed|es|ers)?)|"
                           r"rall(?:y|ied|ies)|sit-ins?)\b", re.IGNORECASE)
_PROTEST_CAUSE = re.compile(r"\b(?:against|over|about|amid|in reaction|in response|to demand|demanding|to denounce|"
                            r"denouncing|to condemn|condemning|to call for|calling for|(?:for|demand(?:ing)?) the release|"
                            r"in solidarity|discontent with|(?:anger|outrage|frustration) (?:at|over|with)|to express)\b",
                            re.IGNORECASE)
_PROTESTED_HARM = re.compile(r"(?:killings?|attacks|abductions?|kidnappings?|assassinations?|massacres?|murders?|"
                             r"executions?|hostage|held hostage|insecurity)", re.IGNORECASE)
# ... or told of the person the demonstrators speak for, in a relative clause: "to demand the release of X, who was
# abducted by militants on 25 March", "over the death of a youth who was shot by police"
_PROTESTED_VICTIM_BEFORE = re.compile(r"\b(?:who|whom)\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?$",
                                      re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"[;:]|,\s*(?:and|but|while|when|as|then)\b|\b(?:and|but|while|when|before|after|until|then)\s+"
                         r"(?:the\s+)?(?:police|soldiers|security forces|gendarmes|troops|army|forces|militants|gunmen|"
                         r"they|assailants|attackers)\b", re.IGNORECASE)

# a vehicle carrying fuel: "a truck carrying fuel exploded" (an accident, and no one's weapon)
_FUEL_CARRIER = (r"(?:trucks?|lorr(?:y|ies)|vehicles?|tankers?)\s+(?:carrying|loaded\s+with|transporting)\s+"
                 r"(?:fuel|petrol|gas|diesel|gasoline|kerosene)")
# an accident told in the sentence: a vehicle that crashed, derailed, overturned or sank, a collision, a collapse, a
# fire that broke out (not "under fire", "opened fire")
_ACCIDENT = re.compile(r"\b(?:derail(?:ed|s|ing|ment|ments)?|overturn(?:ed|s|ing)?|capsiz(?:ed|es|ing)|"
                       r"collid(?:ed|es|ing)|collisions?|crash(?:ed|es|ing)?|accidents?|"
                       # (a blast of gas or fuel: "a gas explosion at a factory", "a gas cylinder exploded")
                       r"(?<!tear )(?:gas|gas cylinders?|gas tanks?|gas tankers?|fuel tankers?|tankers?|boilers?) "
                       r"(?:explosions?|blasts?|exploded)|"
                       # ("a truck carrying fuel exploded")
                       + _FUEL_CARRIER + r" (?:exploded|caught fire|overturned)|(?:jumped|left|came off) the "
                       r"(?:rails|tracks?|road)|(?:veered|ran|went|plunged|skidded) off (?:the )?(?:road|track|bridge|"
                       r"cliff)|ran aground|sank|"
                       # (a building's or a crane's collapse, not talks': "the talks collapsed after ten soldiers
                       # were killed")
                       r"(?<!talks )(?<!deal )(?<!truce )(?<!ceasefire )(?<!government )(?<!economy )(?<!regime )"
                       r"(?<!negotiations )(?<!process )(?<!coalition )(?<!defences )(?<!defenses )(?<!lines )"
                       r"(?<!front )(?<!army )(?<!agreement )(?<!currency )(?<!talks had )(?<!talks have )"
                       r"collaps(?:ed|es|ing)|blazes?|infernos?|(?:house|building|market|"
                       r"factory|warehouse|apartment|hotel|hospital|school|dormitory|bush|forest) fires?|fires? (?:broke "
                       r"out|swept|gutted|engulfed|ripped)|(?:a|the) fire (?:at|in))\b(?!-)", re.IGNORECASE)
# ... and what makes it someone's deed: a doer named or the arms used ("a suicide bomber crashed his car into the gate",
# "the plane crashed after it was shot down")
_ARMED_DEED = re.compile(r"\b(?:gunm[ae]n|militants?|attackers?|assailants?|jihadi(?:sts?|s)|terrorists?|insurgents?|bandits?|"
                         r"rebels?|guns?|gunfire|gunshots?|shot|shoot\w*|bullets?|rifles?|firearms?|pistols?|handguns?|"
                         r"weapons?|bombs?|bomber|(?<!gas )(?<!cylinder )(?<!tanker )(?<!boiler )explosi\w*|rockets?|"
                         r"missiles?|grenades?|mines?|IEDs?|deliberately|rammed|ramming|on purpose|intentionally|"
                         # (a crowd that took revenge: "angry residents killed the driver after the accident")
                         r"mobs?|lynch\w*|angry|irate|enraged|furious|beat|beaten|stoned|set (?:\w+ )?ablaze|"
                         r"burn(?:ed|t) (?:\w+ ){0,2}?(?:alive|to death))\b",
                         re.IGNORECASE)
# a game's hurt told with no blow: "police arrived to calm fans after the match; two fans were injured" (not a fight
# or a riot told: "fans clashed with police after the match", "police fired tear gas at fans"; a party's
# supporters are no cue: "supporters of the mayor were injured when gendarmes dispersed them")
_SPORT_CUE = re.compile(r"\b(?:match(?:es)?|games?|stadiums?|pitch|fans|derby|tournament|"
                        r"final whistle|kick-?off)\b", re.IGNORECASE)
_BLOW_TOLD = re.compile(r"\b(?:clash\w*|fight\w*|fought|brawl\w*|riot\w*|stab\w*|knife|knives|machetes?|"
                        r"attack\w*|assault\w*|tear ?gas|stones?|threw|thrown|hooligan\w*|violen\w*|"
                        r"punch\w*|kick(?:ed|ing)|batons?|clubs?|scuffl\w*|fracas|m[eê]l[eé]es?|disput\w*|altercations?)\b",
                        re.IGNORECASE)
# what an accident leaves: its dead, its injured, and the arrest of whoever is blamed for it ("seven killed as tram
# derails", "dozens injured after a bus overturned", "the driver was arrested after the crash")
_ACCIDENT_TOLL = re.compile(r"kill\w*|dead|died|injur\w*|wound\w*|hurt|arrest\w*|detained", re.IGNORECASE)
# a sentence about a game: its words ("the match", "the title", "Game 7", "the Grand Prix") or its score ("won 3-2");
# a game's words of combat are figures ("the Cubs beat the Indians", "a hard-fought race", "overtook Raikkonen",
# "stole the show", "a late rally"); not a game reserve or park
_SPORT = re.compile(r"\b(?:match(?:es)?|tournaments?|championships?|champions league|titles?(?! of)|league|cups?|"
                    r"world series|grand prix|formula (?:one|1)|olympics?|olympic games|medals?|trophy|trophies|"
                    r"play-?offs?|semi-?finals?|quarter-?finals?|innings?|home runs?|touchdowns?|goals|scored|"
                    r"scoring|penalt(?:y|ies)|laps?|podium|pole position|racing|races?|striker|goalkeeper|midfielder|"
                    # (a match's periods: "a blistering offensive in the fourth quarter", "won in overtime")
                    r"(?:first|second|third|fourth|final) quarter|overtime|stoppage time|half-?time|"
                    # (a side's play: "a blistering attack down the left flank")
                    r"down the (?:left|right) (?:flank|wing)|wingers?|"
                    r"pitcher|quarterback|batsman|wickets?|games?(?! (?:reserves?|parks?|wardens?|rangers?))|"
                    # (a bout or a side's changes: "a hard fought meet", "two substitutions", "a ten point deficit")
                    r"wrestl(?:ers?|ing)|substitutions?|(?:point|goal|run) deficit|"
                    # (a score is told with its result: not a date range "on 14-15 January" or a count "140-160")
                    r"(?:won|wins?|beat(?:en)?|lost|losing|drew|draw|whipped|thrashed|trounced|hammered|routed|edged|"
                    r"defeated)\s+(?:[\w.'’-]+\s+){0,4}?\d{1,2}-\d{1,2}|"
                    r"\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|loss|draw|lead))\b", re.IGNORECASE)
# ... unless the sentence tells real bloodshed, armed men, people taken, or the crowd's people harmed or harming
# ("gunmen opened fire on fans after the match", "bandits attacked a village during a football match, abducting 10",
# "two fans were injured", "fans attacked the referee"; not a player's injury: "the striker was injured")
_REAL_HARM = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|bodies|gun\w*|shot dead|stabbed|bombs?|explosi\w*|"
                        r"grenades?|police\w*|soldiers?|troops|militants?|attackers?|assailants?|hooligans?|"
                        r"jihadi(?:sts?|s)|terrorists?|insurgents?|bandits?|rebels?|abduct\w*|kidnap\w*|hostages?|"
                        r"lynch\w*|machetes?|knives|"
                        r"(?:fans|supporters|spectators|referees?)\s+(?:were|was)\s+(?:\w+\s+)?(?:injured|wounded|hurt|"
                        r"attacked|assaulted|beaten|stoned|hospitali[sz]ed)|"
                        r"(?:fans|supporters|spectators)\s+(?:[\w-]+\s+){0,3}?(?:attacked|assaulted|beat|stoned)\s+"
                        r"(?:the\s+|a\s+|an\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:referees?|players?|fans|supporters|"
                        r"journalists?|officials?|coach(?:es)?|bus(?:es)?|police)|"
                        # (people, not players, left hurt by the crowd's deed: "rival fans clashed after the match,
                        # leaving three people injured"; not "the match left two players injured")
                        r"(?:leaving|left)\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                        r"several|dozens\s+of|scores\s+of|many)\s+(?:people|persons|others|fans|supporters|spectators)\s+"
                        r"(?:seriously\s+)?(?:injured|wounded|hurt)|"
                        r"tear ?gas)\b", re.IGNORECASE)

# a march held to mourn, with no demand told: "marched to the site of the crash to pay tribute to the victims",
# "carrying flowers to the spot where bouquets had been laid", "a march for the victims" (a march against the killings
# or to demand justice is a demonstration)
_MOURNING_MARCH = re.compile(r"\b(?:tributes?|pa(?:y|id|ying) (?:their )?(?:last )?respects|flowers|bouquets|wreaths?|"
                             r"candles?|vigils?|(?:for|of) the (?:victims|dead|deceased)|"
                             # (or a march of faith: "thousands of pilgrims marched to the shrine")
                             r"pilgrims?|pilgrimage|shrine)\b", re.IGNORECASE)
_DEMAND_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|demand\w*|justice|slogans?|chant\w*|placards?)\b",
                          re.IGNORECASE)
# ... but a tribute to the dead of political violence is a demonstration (ACLED codes "took to the streets in tribute
# to the victims of the uprising" as a protest)
_POLITICAL_DEAD = re.compile(r"\b(?:victims|dead|deceased|fallen|heroes)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?"
                             r"(?:uprisings?|coups?|putsch|revolution|insurrection|massacres?|killings?|repression|"
                             r"crackdown|regime|attacks?|independence struggle|liberation struggle|"
                             # (the dead of the state's or armed men's violence: "the victims of the police shooting")
                             r"shootings?|violence|bombings?|blasts?|raids?|air ?strikes?|executions?|clashes|police|"
                             r"army|soldiers|security forces|militants|jihadi(?:st)?s|terrorists|gunmen)\b|\bmartyrs\b",
                             re.IGNORECASE)


def _mourning_march(text: str, start: int, end: int) -> bool:
    """Whether a march or rally word is a march of mourning with no cause or demand told."""
    return not text[start:end].lower().startswith(("protest", "demonstrat")) and _MOURNING_MARCH.search(text) is not None \
        and _DEMAND_WORD.search(text) is None and _PROTEST_CAUSE.search(text) is None \
        and _POLITICAL_DEAD.search(text) is None


def _figurative_game(hits: list[tuple[Trigger, tuple[int, int]]], text: str) -> list[tuple[Trigger, tuple[int, int]]]:
    """Drop the hits that are a game's figures of combat: in a sentence about a game with no real harm told, every hit
    but a riot or a demonstration other than a rally (fans who riot or protest do so for real)."""
    if not hits or not _SPORT.search(text) or _REAL_HARM.search(text):
        return hits
    return [(t, sp) for t, sp in hits if t.name in ("riot", "mutiny")
            or (t.name == "protest" and not text[sp[0]:sp[1]].lower().startswith("rall"))]


def _only_toll(hits: Sequence[tuple[Trigger, tuple[int, int]]], text: str) -> bool:
    """Whether a sentence's hits are only a toll or an arrest (its dead, its injured, whoever was arrested) and it
    names no doer or arms."""
    return bool(hits) and _ARMED_DEED.search(text) is None and all(
        t.name in ("massacre", "harm", "arrests") and _ACCIDENT_TOLL.fullmatch(text, a, b) for t, (a, b) in hits)


def _accident_toll(hits: list[tuple[Trigger, tuple[int, int]]], text: str) -> bool:
    """Whether every hit of a sentence is the toll of an accident it tells: its dead, its injured, an arrest after it,
    with no doer or arms named ("seven killed as a tram derails", "dozens hurt when the bus overturned")."""
    return bool(hits) and _ACCIDENT.search(text) is not None and _only_toll(hits, text)  # (no hit: no search)


_TOLL_WORD = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|injur\w*|wound(?:ed|s)?|hurt)\b", re.IGNORECASE)


def _accident_story(article: Article) -> bool:
    """Whether an article tells an accident: the first sentence that tells dead, injured or arms tells a crash, a
    derailment or a capsizing with no doer or arms. Its later sentences that tell only a toll or an arrest ("Royal Navy veteran X
    was one of those injured", "the driver was arrested on suspicion of manslaughter") are the accident's too, until
    a sentence tells other violence."""
    if article.title and _ARMED_DEED.search(article.title):
        return False  # "Man shot in turkey-hunting incident"
    first = next((s for s in article.sentences if _TOLL_WORD.search(s.text) or _ARMED_DEED.search(s.text)), None)
    return first is not None and _ACCIDENT.search(first.text) is not None and _ARMED_DEED.search(first.text) is None


# a measure in force told as the setting of another deed: "during the coronavirus curfew", "in violation of the
# curfew", "despite the state of emergency" (not its imposing)
_MEASURE_SETTING_BEFORE = re.compile(r"\b(?:during|despite|in\s+defiance\s+of|defying|in\s+violation\s+of|violating|"
                                     r"breaking|breaching|flouting)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


# the forces as the subject of a blocking: "the police blocked the road", "soldiers have blocked access to the town"
_FORCES_BLOCKED_BEFORE = re.compile(r"\b(?:police\w*|gendarm\w*|soldiers|troops|army|security forces|authorities)\s+"
                                    r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# ... or of a deed before it, the blocking joined to it: "security forces fired tear gas to disperse the crowd, and
# blocked access to the palace" (not forces that are an object: "clashed with police and blocked the road")
_FORCES_ALSO_BLOCKED_BEFORE = re.compile(r"(?<!\bwith )(?<!\bagainst )(?<!\bby )(?<!\bat )(?<!\bon )\b(?:police\w*|gendarm\w*|"
                                         r"soldiers|troops|army|security forces|authorities)\s+(?:\w+\s+)?"
                                         r"(?:fired|used|dispersed|deployed|cordoned|sealed|surrounded|arrested|"
                                         r"intervened)\b[^.;]{0,80}?,?\s+and\s+(?:then\s+|also\s+)?$", re.IGNORECASE)


# a defeat in a contest, right after 'beat(en)': "beaten on points", "beaten in the election", "beat Egypt 2-0"
# (a match's own words too: "beaten in straight sets", "beaten on penalties", "beat Leeds by two goals")
_PLAY_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:on points|in (?:the |a |this |last )?(?:final|semi-?final|vote|"
                         r"election|run-?off|polls?|primary)|\d{1,3}-\d{1,3}|in (?:straight|three|four|five) sets|"
                         r"on penalties|in (?:a |the )?penalty shoot-?out|by (?:\d+|one|two|three|four|five|a single) "
                         r"(?:goals?|points?|runs|wickets|strokes|votes|seconds|lengths?))\b", re.IGNORECASE)
# a growth or an outburst, not a bomb: "the tour exploded in popularity", "the crowd exploded with joy"
_FIGURATIVE_EXPLODED = re.compile(r"\s+(?:in\s+(?:popularity|value|size|price|numbers?|demand|sales)|onto\s+the\s+scene|"
                                  r"with\s+(?:anger|rage|joy|laughter|excitement|delight)|into\s+(?:song|laughter|"
                                  r"applause|tears|life|view|the mainstream)|out\s+of\s+the\s+(?:blocks|gates?)|"
                                  # a market's rise or a belief disproved: "shares exploded higher", "the study exploded
                                  # the myth that ..."
                                  r"(?:higher|upwards?|to (?:a |an )?(?:record|all-time))|"
                                  r"(?:a |the |that |this |an )?(?:old |popular |common )?(?:myths?|notion|theory|idea|"
                                  r"misconception|assumption))\b", re.IGNORECASE)

# ... or told of a quantity: "the gold price exploded", "rents have exploded", "demand for cement exploded" (not a
# market or stocks, which bombs blow up: "a bomb hidden in the market exploded", "ammunition stocks exploded")
_FIGURATIVE_EXPLODED_BEFORE = re.compile(r"\b(?:prices?|costs?|demand(?:\s+for\s+[\w-]+)?|sales|shares|"
                                         r"population|numbers|debts?|inflation|rents?|bills|fees|popularity|"
                                         r"unemployment|spending|imports|exports|profits|revenues?)\s+"
                                         r"(?:(?:of|for)\s+[\w-]+\s+)?(?:(?:has|have|had|just|\w+ly)\s+)?$", re.IGNORECASE)


# a blast of gas, fuel or a boiler, no one's weapon: "a gas explosion at a factory", "a gas cylinder exploded in a
# restaurant", "a fuel tanker explosion" (unless the sentence tells an attack: "militants detonated a gas cylinder")
_INDUSTRIAL_BLAST_BEFORE = re.compile(r"\b(?:(?:cooking |natural )?gas(?: cylinders?| tanks?| tankers?| pipes?| leaks?)?|"
                                      # ("a truck carrying fuel exploded on the highway")
                                      + _FUEL_CARRIER + r"|"
                                      r"(?:fuel |petrol |oil )?tankers?|boilers?|chemical|transformers?|fireworks?|"
                                      r"methane|dust)\s+$", re.IGNORECASE)
_BLAST_ATTACK = re.compile(r"\b(?:bombs?|bombers?|bombing|IEDs?|improvised|suicide|attack\w*|militants?|gunm[ae]n|"
                           r"terror\w*|jihadi\w*|insurgents?|assailants?|claimed|planted|detonated|sabotag\w*|"
                           r"deliberate\w*)\b", re.IGNORECASE)


# a proposal or a speaker voted or argued down: "the plan was shot down by the committee", "the minister was shot down
# by lawmakers" (not "shot down by police")
_SHOT_DOWN_BY_VOTE = re.compile(r"\s+down\s+by\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:committees?|senate|senators|"
                                r"parliament|assembly|lawmakers|legislators|MPs|voters|judges?|court|board|council|"
                                r"panel|critics|regulators?|shareholders|members)\b", re.IGNORECASE)


# ... and one waylaid by questions, not arms: "the chancellor was ambushed by reporters outside his office"
_AMBUSHED_BY_QUESTIONS = re.compile(r"\s+by\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:reporters|journalists|press|paparazzi|"
                                    r"photographers|questions?|camera crews?|fans|well-wishers|interviewers?)\b",
                                    re.IGNORECASE)


# support, not a gathering: "students rallied behind their team", "the party rallied behind its candidate"
_RALLIED_BEHIND = re.compile(r"\s+behind\s+(?:the|their|his|her|its|a)\s+(?:[\w-]+\s+){0,2}?(?:team|club|side|"
                             r"candidate|leader|captain|coach|president|party|bid|campaign|cause|plan|proposal)\b",
                             re.IGNORECASE)
# goods the state's officers seize as contraband: "customs officers seized a shipment of counterfeit medicines" (no
# looting: armed men who take goods keep it)
_CONTRABAND = re.compile(r"\b(?:counterfeit|fake|smuggled|contraband|illicit|expired|falsified|unlicensed)\b",
                         re.IGNORECASE)
_OFFICERS_BEFORE = re.compile(r"\b(?:customs|police|gendarm\w*|officers|officials|authorities|agents|inspectors)\s+"
                              r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)

# the state's men who seize arms: "soldiers seized weapons and motorbikes" (not "thieves seized weapons and cash")
_STATE_SEIZER_BEFORE = re.compile(r"\b(?:soldiers|troops|army|military|forces|gendarm\w*|police\w*|officers|customs|"
                                  r"agents|guards?|VDP)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)

# the doctors who operated: "surgeons at the hospital amputated his leg"
_MEDICAL_BEFORE = re.compile(r"\b(?:doctors?|surgeons?|medics?|physicians?|medical (?:staff|teams?))\s+"
                             r"(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)


_INCURSION = re.compile(r"incursion", re.IGNORECASE)


def _debated_over(text: str, end: int) -> bool:
    """Whether a clash or a fight ending at `end` is over a debated thing, its other side named or not: "clashed over
    the budget", "clashed with Republicans over the budget"."""
    w = _DEBATED_WITH.match(text, end)
    return bool(_DEBATED_OVER.match(text, w.end() if w else end))


# a deed that did not happen: "would have killed", "could have been attacked" (not "is said to have killed")
_COUNTERFACTUAL_BEFORE = re.compile(r"\b(?:would|could|might|should)(?:\s+not|n't)?\s+have\s+(?:been\s+)?$",
                                    re.IGNORECASE)
# what may come: "could stage protests", "will hold a march", "would arrest" (not "may have been killed", nor the
# month: "on 5 May attacked")
_MODAL_BEFORE = re.compile(r"(?-i:\b(?:could|would|might|will|shall))\s+(?:(?:not|also|soon|again|still)\s+)?"
                           r"(?:(?:stage|hold|launch|carry\s+out|organi[sz]e|resume|mount|go\s+on)\s+"
                           r"(?:(?:a|an|new|more|further|fresh)\s+)?)?$", re.IGNORECASE)
# a demonstration still being prepared, not held: "parties planning to launch protest rallies from April 9", "the
# planned April 9 protest rally", "unions preparing to stage a march" (not what was planned and then held: "the
# march, planned for weeks, drew thousands" tells it after)
_PLANNING_BEFORE = re.compile(r"\b(?i:(?:plan|plans|planning|planned|preparing|prepares|intend|intends|intending)\s+to\s+"
                              r"(?:stage|hold|launch|organi[sz]e|mount|start|begin|resume)\s+|"
                              r"(?:a|an|the|their|its|his|her|of|for)\s+(?:planned|upcoming|forthcoming|proposed)\s+)"
                              r"(?:(?:a|an|new|more|further|fresh|street|protest|mass|large|nationwide|[A-Z]\w+|\d{1,2})\s+){0,3}$")
# a deed retold in court, long done: "pleaded guilty to killing his neighbour", "sentenced for the 2006 shooting",
# "gets 15 years for killing a baby", "admitted in court on Monday that he gunned down his girlfriend" (the court's
# own act, a sentence or an arrest, is its own trigger)
_COURT_BEFORE = re.compile(r"\b(?:(?:pleaded|pleads|pled|found|was|were|is|are)\s+(?:not\s+)?guilty\s+(?:to|of)|"
                           r"(?:sentenced|jailed|imprisoned|convicted|acquitted|years|life|prison|trial|retrial)\s+"
                           r"(?:in\s+prison\s+)?(?:for|of|over)|"
                           # (the charge an arrest was made on: "arrested on charges of kidnapping", "charged with murder")
                           r"charged\s+with|indicted\s+(?:for|on)|(?:on|over|for)\s+(?:the\s+)?charges?\s+of|"
                           r"admit(?:ted|s)\s+(?:[\w.-]+\s+){0,6}?that\s+(?:he|she|they)|admit(?:ted|s)\s+to|"
                           # (what a jury weighs: "a jury to determine whether he murdered the boy")
                           r"whether\s+(?:he|she|they)(?:\s+(?:had|was|were))?)\s+"
                           r"(?:(?:the|a|an|his|her|their|\d{4}|[A-Z]\w+|fatal|deadly|brutal)\s+){0,3}$", re.IGNORECASE)
# a charge named by its crime, no deed told: "prosecutors agreed to drop a kidnapping charge", "murder charges
# against him" (not the deed: "the kidnapping of two nurses")
_CHARGE_AFTER = re.compile(r"\s+(?:charges?|counts?|convictions?|indictments?)\b", re.IGNORECASE)
# a showing, not a demonstration: "demonstrating a belief in the future", "demonstrated an ability to ..." (the
# protest verb takes no object: "demonstrated against the tax", "demonstrating in the capital")
_SHOWING_AFTER = re.compile(r"\s+(?:a|an|that|how|what|its|once again)\b(?!\s+(?:protest|march|rally)\b)", re.IGNORECASE)
# a thing described as once stolen, not a theft told: "found in a stolen car", "driving a stolen vehicle", "police
# recovered her stolen 1989 sedan" (the theft itself is told by its verb: "gunmen stole two cars")
_STOLEN_THING_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|in|with|of)\s+$", re.IGNORECASE)
# what is awaited, not told: "protests are expected", "a march is planned for Friday" (not what is feared done: "the
# attack is feared to have left 20 soldiers dead")
_PLANNED_AFTER = re.compile(r"\s+(?:is|are)\s+(?:(?:also|now|still)\s+)?(?:expected|planned|scheduled|due|set|"
                            r"feared|likely|possible)\b(?!\s+to\s+have\b)", re.IGNORECASE)
# no one the deed befell: "no one was arrested", "nobody was hurt"
_NOBODY_BEFORE = re.compile(r"\b(?:no\s+one|no-one|nobody|no\s+(?!(?:fewer|less|more|sooner|longer)\b)(?:[\w-]+\s+)?"
                            # (or none of a kind: "no soldier was killed", "no civilian casualties were")
                            r"(?:soldiers?|civilians?|troops|police(?:men|man)?|officers?|people|persons?|lives|"
                            # (or of those a fire or a crash puts at risk: "no firefighters were injured")
                            r"firefighters?|fire ?fighters?|residents?|passengers?|workers?|students?|children|"
                            r"casualt(?:y|ies)|deaths?))\s+(?:was|were|has\s+been|had\s+been|have\s+been|got)\s+"
                            r"(?:\w+ly\s+)?$",
                            re.IGNORECASE)
# a firm taken over: "seized control of the troubled lender", "took control of the airline"
_FIRM_CONTROL_AFTER = re.compile(r"\s+(?:(?:full|effective|majority)\s+)?control\s+of\s+(?:the\s+|a\s+|its\s+)?"
                                 r"(?:[\w'’-]+\s+){0,2}?(?:lenders?|company|companies|firms?|boards?|airlines?|clubs?|"
                                 r"business(?:es)?|insurers?|utilit(?:y|ies)|operators?|conglomerates?|brewer(?:y|ies)|"
                                 r"stakes?)\b(?!['’]s)", re.IGNORECASE)  # (not a firm's ground: "the mining company's site")
# a protest of words, online: "protested online", "protested on social media"
_ONLINE_AFTER = re.compile(r"\s+(?:online|on\s+(?:social\s+media|twitter|facebook|the\s+internet))\b", re.IGNORECASE)
# a crowd out in the streets: "fans stormed the streets of Dakar"
_STREETS_AFTER = re.compile(r"\s+(?:onto\s+|into\s+)?the\s+streets\b", re.IGNORECASE)
# whoever might do it: "anyone who protests", "whoever attacks", "anybody caught looting"
_ANYONE_WHO_BEFORE = re.compile(r"\b(?:anyone|anybody|whoever)\s+(?:(?:who|that|caught|found)\s+)?(?:\w+\s+)?$",
                                re.IGNORECASE)
# a walk-out or a resignation told in protest ("stormed out of parliament in protest", "resigned in protest"); a
# demonstration that marched out keeps its march, and a gathering told in another clause is one ("boycotted classes
# and gathered in protest outside the ministry", "After the mayor resigned, residents gathered in protest")
_WALKED_OUT_BEFORE = re.compile(r"\b(?:(?:walk(?:ed|ing|s)?|storm(?:ed|ing|s)?)\s+out|walk-?outs?|resign(?:ed|ing|s)?|"
                                r"quit|boycott(?:ed|ing|s)?|withdr[ae]w(?:n)?\s+from|left\s+the\s+(?:chamber|hall|"
                                r"room|meeting|session|talks))\b(?:(?!\band\b)[^.;,]){0,60}?\bin\s+$", re.IGNORECASE)
_IN_PROTEST = re.compile(r"protest\b(?!\s+(?:march|rally|demonstration)\b)", re.IGNORECASE)


# a clause of cause that names another happening and its own day: "following violent protests on Apr.10", "after
# the attack of 12 March"
_FOLLOWING_BEFORE = re.compile(r"\b(?:following|after|in the wake of)\s+(?:the\s+|a\s+|an\s+|last\s+)?"
                               r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_EARLIER_DATED_AFTER = re.compile(r"\s+(?:(?!and\b|but\b)[\w-]+\s+){0,3}?(?:on|of)\s+(?:"
                                  + _MONTH_ABBR + r"\s*\d{1,2}\b|\d{1,2}\s+" + _MONTH_ABBR + r"(?!\w))")


# riots that someone is accused of stirring, not riots told: "held in detention for inciting riots", "charged with
# organising the riots", "arrested over their role in the riots"
_RIOT_CHARGE_BEFORE = re.compile(r"\b(?:incit(?:ing|ed|es)|incitement\s+(?:to|of)|instigat\w+|foment\w*|stirr(?:ing|ed)\s+up|"
                                 r"organi[sz](?:ing|ed|es)|orchestrat\w+|(?:taking|took|taken)\s+part\s+in|"
                                 r"participat\w+\s+in|involvement\s+in|role\s+in|responsible\s+for)\s+"
                                 r"(?:the\s+|a\s+|an\s+|recent\s+|last\s+\w+'s\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# a happening as the subject of "forced ... to flee/leave": its consequence, not a threat of its own ("the clashes,
# which lasted several hours, forced hundreds of families to flee", "the fighting has forced thousands to leave")
_HAPPENING_FORCED_BEFORE = re.compile(r"\b(?:clash(?:es)?|fighting|attacks?|violence|insecurity|combats?|hostilities|"
                                      r"offensive|raids?|shelling|bombardments?|battles?|conflict|war|unrest)"
                                      r"(?:\s*,[^,;.]{1,80},)?\s+(?:\w+ly\s+|also\s+)?(?:(?:has|have|had)\s+)?$",
                                      re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def _triggers_in(text: str) -> tuple[tuple[Trigger, tuple[int, int]], ...]:
    """The hits of `_sentence_triggers`, offsets relative to the sentence; cached because the coder asks for the
    same sentence several times (drafting, classifying, finding the initiator)."""
    hits: list[tuple[Trigger, tuple[int, int]]] = []
    held: list[tuple[Trigger, tuple[int, int]]] = []
    low = text.lower()
    same_length = len(low) == len(text)  # lower() can change the length of a few letters (İ): offsets must hold
    protest_at = _PROTEST_WORD.search(text)  # people protesting in the sentence: what they protest is no happening
    # only the triggers whose literal words occur
    maybe = _GATE.candidates(low) if same_length and _ODD_FOLDS.isdisjoint(text) else None
    for trig in TRIGGERS:
        if maybe is not None and trig.name not in maybe:
            continue
        fast = _CASE_FREE[trig.name] if same_length else None
        pattern, subject = (fast, low) if fast is not None else (trig.pattern, text)
        if trig.family == "withdrawal" and pattern.search(subject) and (
                not WITHDRAW_ACT.search(text) or DEMAND.search(text)):
            continue
        for m in pattern.finditer(subject):
            before = text[max(0, m.start() - 60):m.start()]
            word = m.group(0).lower()
            if (_INTENT_BEFORE.search(before) and not _CAME_TO_PLANNED_BEFORE.search(before)) \
                    or _ACCUSED_OF_LIST.search(before):
                continue
            if trig.name == "intimidation" and word.startswith("forced") and _HAPPENING_FORCED_BEFORE.search(
                    text, max(0, m.start() - 120), m.start()):
                continue  # "the clashes, which lasted hours, forced families to flee": the flight the fighting caused
            if trig.name in ("retake", "takeover") and _AIM_BEFORE.search(before):
                continue  # a place the fighters set out to take, not one taken: "an offensive to retake Gao"
            if word == "fighting" and _DESCRIPTOR_BEFORE.search(before):
                continue
            if _NONE_BEFORE.search(before):
                continue
            if trig.name not in _EXPLOSIVES and (_COMPOUND_AFTER.match(text, m.end()) or _COMPOUND_BEFORE.search(before)):
                continue
            if trig.family == "violence" and _SENTENCED_FOR_BEFORE.search(text, max(0, m.start() - 120), m.start()):
                continue  # "sentenced to 20 years on Monday for killing his neighbour": a court's verdict
            if word.startswith("kill") and (_KILLED_THING_AFTER.match(text, m.end())
                                            or _KILLED_THING_BEFORE.search(before)):
                continue  # "the Senate killed the bill": a vote, no one dead
            if word.startswith("execution") and _EXECUTION_ORDERED_BEFORE.search(before):
                continue  # "a court ordered the execution of two men": a sentence or a plan, no killing (yet)
            if trig.name == "takeover" and (_FIRM_CONTROL_AFTER.match(text, m.end()) or word.endswith(" of") and
                                            _FIRM_CONTROL_AFTER.match(" control of" + text[m.end():])):
                continue  # "the central bank seized control of the troubled lender": a firm taken over, no territory
            if trig.name == "takeover" and (_BY_STORM_AFTER.match(text, m.end()) or (
                    word.startswith(("drove", "driven", "pushed", "chased")) and _CROWD_DROVE_BEFORE.search(before))):
                continue  # "runners have taken the town of Kaya by storm", "angry residents chased the soldiers out of
                # the village": no armed men took it
            if trig.name == "handover" and _HANDED_PAPER.match(text, m.end()):
                continue
            if word.startswith("attack") and (_VERBAL_AFTER.match(text, m.end()) or _VERBAL_BEFORE.search(before)
                                              or _WORDS_TARGET.match(text, m.end())):
                continue
            if word.startswith(("offensive", "fight", "battle", "war")) and _SOCIAL_ILL_AFTER.match(text, m.end()):
                continue  # "an offensive against corruption": a policy, no foe
            if word.startswith(("fight", "fought", "battl", "attack", "assault")) and (
                    _BODY_OR_BLAZE_FOE_AFTER.match(text, m.end()) or _BODY_FOE_BEFORE.search(before)
                    or word.startswith("fight") and _BLAZE_FIGHT_BEFORE.search(before)):
                continue  # "died after a long battle with cancer", "a heart attack", "flood fighting": no foe
            if trig.family == "violence" and any(i.start() <= m.start() and m.end() <= i.end()
                                                 for i in _INTERCEPTION.finditer(text)):
                continue  # "a drone was shot down", "intercepted two missiles fired at the city": no harm done
            if trig.family == "violence" and _CYBER.search(text) and not _BLOODSHED.search(text):
                continue  # "hackers attacked the bank's servers": no one harmed, nothing physical struck
            if word == "exploded" and (_FIGURATIVE_EXPLODED.match(text, m.end())
                                       or _FIGURATIVE_EXPLODED_BEFORE.search(before)):
                continue
            if trig.family in ("violence", "protest") and _PLANNED_AFTER.match(text, m.end()):
                continue  # "protests are expected in Niamey on Friday": what may come
            if _NOBODY_BEFORE.search(before):
                continue  # "police said no one was arrested": no one was
            if trig.family == "protest" and _ONLINE_AFTER.match(text, m.end()):
                continue  # "traders protested online against the tax": no gathering
            if trig.family == "violence" and _COURT_BEFORE.search(before):
                continue  # "a man pleaded guilty to killing his neighbour": a deed retold in court
            if trig.family == "violence" and _CHARGE_AFTER.match(text, m.end()):
                continue  # "prosecutors dropped a kidnapping charge": a charge, no deed told
            if trig.family == "protest" and _PLANNING_BEFORE.search(before) \
                    and not _CAME_TO_PLANNED_BEFORE.search(before):
                continue  # "opposition parties planning to launch protest rallies from April 9": not yet held
            if word.startswith("demonstrat") and word.endswith(("ed", "ing")) and _SHOWING_AFTER.match(text, m.end()):
                continue  # "the companies are demonstrating a belief in the area": a showing, no gathering
            if trig.name == "looting" and word == "stolen" and _STOLEN_THING_BEFORE.search(before):
                continue  # "the man was found in a stolen car": the car's past, no theft told
            if trig.family in ("violence", "protest") and _MODAL_BEFORE.search(before):
                continue  # "the opposition could stage protests if ...": what may come, not what happened
            if word.startswith("storm") and _STREETS_AFTER.match(text, m.end()):
                continue  # "fans stormed the streets to celebrate": a crowd out, no assault
            if _COUNTERFACTUAL_BEFORE.search(before):
                continue  # "soldiers would have killed dozens had the commander not intervened": it did not happen
            if not word.endswith("ed") and _ANYONE_WHO_BEFORE.search(before):
                continue  # "they would arrest anyone who protests": whoever might, no one who did
            if word.startswith("protest") and _WALKED_OUT_BEFORE.search(before) and _IN_PROTEST.match(text, m.start()):
                continue  # "MPs stormed out of parliament in protest": a walk-out, no gathering
            if word.startswith("ambushed") and _AMBUSHED_BY_QUESTIONS.match(text, m.end()):
                continue  # "ambushed by reporters": questions, no arms
            if word.endswith("shot") and _SHOT_DOWN_BY_VOTE.match(text, m.end()):
                continue  # "the plan was shot down by the committee": a vote, no shots
            if word.startswith(("explo", "blast")) and _INDUSTRIAL_BLAST_BEFORE.search(before) \
                    and not _BLAST_ATTACK.search(text):
                continue  # "a gas explosion at a factory injured 20 workers": an accident
            if word.startswith(("came under", "come under", "comes under", "coming under")) and \
                    _under_fire_blame(text, m, word, before):
                continue  # "the minister came under fire over his remarks": blame, no shots
            if word.startswith("assault") and _WORDS_FROM.match(text, m.end()):
                continue
            if word.startswith("blast") and not _BLAST_NOUN_BEFORE.search(before) and _BLAST_WORDS.match(text, m.end()):
                continue
            if word.startswith("raid") and _POLICE_RAID_BEFORE.search(before) and not _BLOODSHED.search(text):
                continue
            if word.startswith("rall") and _RALLIED_BEHIND.match(text, m.end()):
                continue  # "students rallied behind their team": support, no gathering
            if trig.name == "looting" and word.startswith("seiz") and _CONTRABAND.search(word) \
                    and _OFFICERS_BEFORE.search(before):
                continue  # "customs officers seized a shipment of counterfeit medicines": contraband, no looting
            if trig.name == "looting" and word.startswith("seiz") and _STATE_SEIZER_BEFORE.search(before) \
                    and _WEAPONS_DISRUPTED.pattern.match(text, m.start()):
                continue  # "soldiers seized weapons and motorbikes in a hideout": the arms disrupted, no looting
            if word.startswith("rall") and (_MARKET_BEFORE.search(before) or _SPEECH_RALLY.search(text)):
                continue
            if trig.name == "riot" and word.startswith("riot") and _RIOT_CHARGE_BEFORE.search(before):
                continue  # "detained for inciting riots", "charged with organising the riots": an accusation, no riot
            if word == "riot" and _FUN_RIOT_BEFORE.search(before) and _FUN_RIOT_AFTER.match(text, m.end()):
                continue
            if word in ("beat", "beaten") and _PLAY_AFTER.match(text, m.end()):
                continue  # "the boxer was beaten on points", "the incumbent was beaten in the election": no harm
            if word.startswith("amputat") and _MEDICAL_BEFORE.search(before):
                continue  # "doctors in Diffa amputated the leg of a patient": surgery, no punishment
            if trig.name == "security-measure" and _MEASURE_SETTING_BEFORE.search(before):
                continue  # "threw stones at gendarmes patrolling during the curfew": the curfew is the setting
            if trig.name == "riot" and word.startswith("block") and (
                    _FORCES_BLOCKED_BEFORE.search(before)
                    or _FORCES_ALSO_BLOCKED_BEFORE.search(text, max(0, m.start() - 140), m.start())):
                continue  # "the police blocked the road to the town hall": the forces' act, no crowd's riot
            if word in ("battle", "battles", "shooting", "fought", "fighting", "clash", "clashing") and (
                    (_CAMERA_BEFORE.search(before) if word == "shooting" else
                     # (a political or turf battle whose sentence tells the dead or the arms is fought: "a turf
                     # battle between rival gangs left three men dead")
                     _FIGURATIVE_BEFORE.search(before) and not _BLOODSHED.search(text)
                     and (word != "fought" or _CONTEST_BEFORE.search(before) or _FOUGHT_OVER.match(text, m.end())))
                    or _FIGURATIVE_AFTER.match(text, m.end())):
                continue
            if word == "clashing" and _CLASHING_ADJECTIVE.match(text, m.end()):
                continue  # "gave clashing accounts", "clashing interests": the adjective, no fight
            if word in ("clash", "clashed", "clashes", "clashing", "fought", "fighting") and \
                    _debated_over(text, m.end()) and not _BLOODSHED.search(text) \
                    and not _FIGHTING_SIDES.search(text):
                continue  # "two ministers clashed over the budget": a dispute, no fight
            if trig.name == "ambush" and _DENIED_BEFORE.search(before):
                continue  # "no clashes were reported": a fight that did not happen
            if _DESCRIBING_BEFORE.search(before):
                continue  # "the MNJTF, which has fought terrorist groups since 2015": what it is, not what it did
            if trig.family == "violence" and _LATE_PERSON_BEFORE.search(before) and _DEATH_DEED.match(text, m.start()):
                continue  # "close to the late mayor assassinated in April 2018": who the person was, killed before
            if trig.name == "riot" and _EARLIER_PROTEST_BEFORE.search(before):
                continue  # "demanded the release of those arrested during a previous protest that turned violent":
                # the violence of an earlier demonstration, the cause of this one
            if (trig.name == "looting" or word.startswith(("set ", "torched"))) and _NATURE_BEFORE.search(before):
                continue  # "Wildfires destroyed two villages", "a storm destroyed dozens of boats": no one's deed
            if trig.family == "violence" and word.startswith(("kill", "slaughter", "cull", "shot", "found dead")) and (
                    _ANIMALS_KILLED_BEFORE.search(before)
                    # (a herd then its verb: "cattle slaughtered in Canada")
                    or word.startswith(("slaughter", "cull")) and _ANIMAL_JUST_BEFORE.search(before)):
                continue  # "millions of infected birds have been slaughtered": a cull, no victim
            if trig.family == "violence" and word.endswith("found dead") and _ANIMAL_WORD.search(word):
                continue  # "35 wild birds were found dead": a die-off, no victim
            if trig.family == "violence" and _GUARDED_FROM_BEFORE.search(before):
                continue  # "protects soldiers from bullets and grenades": a weapon named, none used
            if trig.name == "harm" and _FIRE_FIGHTING_AFTER.match(text, m.end()):
                continue  # "two firefighters were injured fighting the blaze": a fire's hurt, no one's blow
            if trig.family == "violence" and (_ANIMAL_OBJECT.match(text, m.end())
                                              or _ANIMAL_SUBJECT_BEFORE.search(before)
                                              or _ANIMAL_IT_BEFORE.search(text, max(0, m.start() - 140), m.start())):
                # "villagers killed a leopard", "a hyena was shot dead by herders": an animal, no victim; "a leopard
                # killed two children", "a crocodile attacked fishermen": an animal, no perpetrator
                continue
            if (trig.name == "massacre" and word.startswith("kill")
                    or trig.name == "harm" and word.startswith(("injur", "wound", "hurt"))) and (
                    # (a wider look back: "lightning struck a mosque near Tahoua on Friday evening and an old man
                    # was injured")
                    _HAZARD_BEFORE.search(text, max(0, m.start() - 120), m.start())
                    or _HAZARD_AFTER.match(text, m.end())
                    or _FELL_WHEN_AFTER.match(text, m.end()) or _FELL_AND_BEFORE.search(before)
                    or (word == "killing" and _HAZARD_OPENING.match(text[:m.start()])
                        and not _ARMED_DEED.search(text))
                    or (trig.name == "harm" and _SPORT_CUE.search(text) and not _ARMED_DEED.search(text)
                        and not _BLOW_TOLD.search(text))):
                continue
            if trig.family == "violence" and (_CAUSE_BEFORE.search(before) or _ANSWERED_BEFORE.search(before)):
                continue  # "a curfew imposed after a wave of attacks", "in reaction to the assassination of ...": the
                # cause told, not a happening
            if trig.family == "violence" and _in_later_by_span(text, m.start()):
                continue  # "(gunmen killed 12 worshippers on Friday,) a week after jihadists killed 20 soldiers", "The
                # attack came days after militants ambushed a convoy": an earlier happening told as the background
            if trig.family == "violence" and protest_at is not None and protest_at.end() <= m.start() \
                    and (_PROTESTED_HARM.fullmatch(text, m.start(), m.end())
                         or _PROTESTED_VICTIM_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
                    and _PROTEST_CAUSE.search(text, protest_at.end(), m.start()) \
                    and not _NEW_CLAUSE.search(text, protest_at.end(), m.start()):
                continue  # what a demonstration was against or demanded: "marched to express discontent with the
                # recent kidnapping of ...", "a demonstration to demand the release of X, held hostage since ..."
            if trig.name == "protest" and _mourning_march(text, m.start(), m.end()):
                continue
            if trig.name in _EXPLOSIVES and _blast_the_deed_answered(text, m):
                continue  # the blast the killers answered, told after the killing: "soldiers killed three herders
                # after their convoy was hit by a roadside bomb"
            if trig.name in _EXPLOSIVES and (_EXPLOSIVE_PEOPLE.match(text, m.end())
                                             or _HELD_EXPLOSIVE.search(text, max(0, m.start() - 70), m.start())
                                             or _CARRIED_EXPLOSIVE.search(text, max(0, m.start() - 40), m.start())
                                             and _EXPLOSIVE_NOUN.match(text, m.start())
                                             and not _SET_OFF.search(text, m.end())) \
                    or trig.name == "ied" and m.group(0).lower().startswith("booby") and _TRAPPED_DEAD.match(text, m.end()):
                held.append((trig, (m.start(), m.end())))
                continue  # (a later mention may be one set off)
            if trig.name == "massacre" and (doers := _HEADLINE_DOERS_AT.match(text, m.start())) is not None \
                    and doers.end() < m.end():
                # a headline's deed, "FARDC kill 5 rebels", "Gunmen kill a trader": the hit is the deed, its doers
                # before it (an actor inside the hit is read as the one struck: the troops had become the victims)
                hits.append((trig, (doers.end(), m.end())))
                continue
            hits.append((trig, (m.start(), m.end())))
            break
    # explosives held, not set off, beside another violent word: "killed ten militants, arrested three IED planters
    # and seized explosive devices" (the killing is the happening); alone they tell weapons seized or defused
    if held and any(t.name == "arrests" for t, _ in hits):
        # (an explosive borne by the one arrested is the arrest's: "security forces arrested a man carrying an IED")
        held = [h for h in held if not _CARRIED_EXPLOSIVE.search(text, max(0, h[1][0] - 40), h[1][0])]
    if held and not any(t.family == "violence" for t, _ in hits):
        hits.extend(h for h in held if h[0].name not in {t.name for t, _ in hits})
    # harm ("wounded", "whipped") tells a happening only where no other violent word does; beside one it is a toll
    if any(t.name == "harm" for t, _ in hits) and any(t.family == "violence" and t.name != "harm" for t, _ in hits):
        hits = [h for h in hits if h[0].name != "harm"]
    hits = _figurative_game(hits, text)
    if any(t.family == "violence" and not text.startswith("targeted", sp[0]) for t, sp in hits):
        # "targeted" tells the target only: beside the means told ("an IED blast targeted a convoy") it is that
        hits = [(t, sp) for t, sp in hits if not (t.name == "attack-military" and text.startswith("targeted", sp[0]))]
    if any(not _INCURSION.search(text, sp[0], sp[1]) for t, sp in hits):
        # an incursion tells the way in only: beside what the intruders did it is that ("made an incursion into the
        # school, burned a motorbike and seized phones": the property taken; "... two suicide bombers detonated")
        hits = [(t, sp) for t, sp in hits if not _INCURSION.search(text, sp[0], sp[1])]
    if any(t.name == "arrests" for t, _ in hits) and not _BLOODSHED.search(text):
        # a raid that arrests with no harm told is a search, the arrest its event: "raided the hideouts at X and
        # arrested three men"
        hits = [(t, sp) for t, sp in hits if not (t.name == "attack-military" and text[sp[0]:sp[1]].lower().startswith("raid"))]
    if len(hits) > 1:
        # a happening told as the cause of another, with its own day: "police arrested five men on Friday following
        # violent protests on Apr.10" (the arrest is the news, the protests its background)
        hits = [(t, sp) for t, sp in hits if not (
            t.family in ("violence", "protest") and _EARLIER_DATED_AFTER.match(text, sp[1])
            and any(f.end() <= sp[0] and any(o[1][1] <= f.start() for o in hits if o[1] != sp)
                    for f in _FOLLOWING_BEFORE.finditer(text, max(0, sp[0] - 40), sp[0])))]
    if _accident_toll(hits, text):
        return ()
    return tuple(hits)


_TRIGGER_BY_NAME = TRIGGER_BY_NAME
_WEAPONS_DISRUPTED = _TRIGGER_BY_NAME["weapons"]  # ACLED's disrupted weapons use


# forces that engaged or went after armed men: a fight, whoever else the sentence names
_ENGAGED_ARMED = re.compile(r"\b(?:engaged|fought|clashed with|(?:operations?|offensives?|raids?)\s+(?:against|targeting))\s+"
                            r"(?:[\w/-]+\s+){0,6}?(?:militants|fighters|jihadi(?:st)?s|rebels|assailants|gunmen|insurgents|"
                            r"terrorists)\b", re.IGNORECASE)


# an ambush the text names as another happening, the place or the people of it: "looking for survivors of a deadly
# ambush the day before", "dispatched to the site of an earlier JNIM ambush" (the explosion told is this one's)
_OTHER_AMBUSH = re.compile(r"\b(?:survivors|victims|site|scene|wake|aftermath)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"ambush(?:es)?\b", re.IGNORECASE)
_AMBUSHED = re.compile(r"\bambush(?:ed|es|ing)?\b", re.IGNORECASE)
_EXPLOSIVE_AMBUSH = re.compile(r"\b(?:IED|mine|landmine|explosive|roadside bomb|bomb)s?\s+ambush(?:es)?\b", re.IGNORECASE)
# (or the harm done by one: "wounded by an IED", "a tank destroyed by IED detonation")
_IED_ATTACK = re.compile(r"\b(?:IED|mine|landmine|explosive device|roadside bomb|bomb)s?\s+(?:attacks?|ambush(?:es)?)\b|"
                         r"\bby\s+(?:an?\s+)?(?:IED|landmine|explosive device|roadside bomb)s?\b|"
                         r"\battack(?:ed|s)?\s+(?:[\w,'’-]+\s+){0,8}?with\s+(?:an?\s+)?(?:IED|mine|landmine|explosive|"
                         r"roadside bomb|car bomb|bomb)|"
                         # a vehicle made the bomb: "attacked the troops by exploding a car near their base"
                         r"\bby\s+(?:exploding|detonating)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:car|vehicle|truck)\b",
                         re.IGNORECASE)


_DETAINED = re.compile(r"\b(?:detain\w*|arrest\w*|held|seized|took|taken)\b", re.IGNORECASE)
# (not a disguise: "gunmen dressed in military fatigues", "men in army uniforms")
_STATE_WORDS = re.compile(r"\b(?:forces|police\w*|gendarm\w*|soldiers|troops|army|military|authorities|intelligence|"
                          r"security services|state security)\b(?!\s+(?:fatigues|uniforms?|outfits?|clothing|attire|"
                          r"dress)\b)", re.IGNORECASE)


def _armed_group_detained(article: Article, draft: _Draft, a1: ActorMention, text: str) -> bool:
    """Whether the armed group named first is the one that detained: named before the arrest word in its sentence,
    the word active ("militants detained villagers", not "men suspected of links with armed groups were arrested"),
    and no state force in the happening's sentences ("special forces arrest several members of AQIM")."""
    t0 = draft.trigger_span[0]
    here = next((s for s in article.sentences if s.start <= t0 < s.end), None)  # (the arrest word's sentence)
    if here is None or not (here.start <= a1.start and a1.end <= t0) or _STATE_WORDS.search(text):
        return False
    if any(m.inter in (1, 8) and m.sentence in draft.sentences for m in article.actors):
        return False
    return re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", article.text[max(0, t0 - 30):t0]) is None


_WOUNDING = re.compile(r"\b(?:wounded|injured|wounding|injuring)\b", re.IGNORECASE)
# shots or blades turned on people with an abduction: "opened fire against residents", "fired on the vehicle", "shot
# and injured", "hacked two men with machetes"
_FIRED_ON_PEOPLE = re.compile(r"\b(?:opened fire|fired (?:on|at|upon)|shot (?:at|and)|hacked|stabbed)\b", re.IGNORECASE)


# the attackers' own noun is no civilian target: "an army post was attacked by armed men", "unknown individuals
# attacked the gendarmerie" (not the dead found: "the bodies of unidentified men")
# (one of them too: "an unknown man", "an armed individual", as _CIVILIAN_TARGET reads one person; not one of the
# unarmed nouns told as the passive subject of the harm: "an unidentified man was shot dead by soldiers" is the victim)
_ATTACKERS_NOUN = re.compile(r"(?<!\bof )\b(?:armed\s+(?:individuals?|m[ae]n|persons?|people)|"
                             r"(?:masked|hooded|unknown|unidentified)\s+(?:individuals?|m[ae]n|persons?|people)"
                             r"(?!\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:shot|killed|slain|"
                             r"murdered|executed|stabbed|beaten|lynched|wounded|injured|hacked|found|abducted|kidnapped)\b))\b",
                             re.IGNORECASE)


def _off_duty_civilian(m: re.Match) -> str:
    """A `_NOT_SERVING` phrase struck out of the target words: a civilian when off duty ("attacked an off-duty
    gendarme"); else nothing (not "by a former soldier", who may be the doer)."""
    return " civilian " if re.match(r"off[- ]duty\b", m.group(), re.IGNORECASE) else " "


# a civilian who serves a force, the force named only as whom he served: "an army informant", "a military guide", "an
# informant for the army", "a resource person of the FDS" (a civilian target, as _serves_a_force makes him no side)
_CIVILIAN_ROLE_NOUN = (r"(?:informants?|informers?|guides?|collaborators?|interpreters?|translators?|suppliers?|"
                       r"(?:sub-?)?contractors?)")
# ... told before whom it serves: "an informant for (the army)", "a resource person of (the FDS)", "a guide working for"
_SERVING_ROLE = (r"(?:" + _CIVILIAN_ROLE_NOUN + r"|resource\s+(?:persons?|people))")
_SERVING_LINK = r"\s+(?:(?:working|who\s+worked|employed)\s+)?(?:of|for|with|to)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
_SERVED_FORCE = re.compile(r"\b(?:military|army|FAMa|FDS|gendarmerie|police|security\s+forces'?|soldiers'|troops')\s+"
                           + _CIVILIAN_ROLE_NOUN + r"\b|\b" + _SERVING_ROLE + _SERVING_LINK +
                           r"(?:military|army|FAMa|FDS|gendarmerie|gendarmes|police|soldiers|troops|"
                           r"(?:security\s+|armed\s+|defen[cs]e\s+and\s+security\s+)?forces)\b", re.IGNORECASE)


# the agent after a passive verb or an attack noun ("killed by a soldier", "an attack by 9 suspected fighters on X"),
# and the target told after it if any
_AGENT_FIRST = re.compile(r"\s*by\s+(?:[^,.;]{0,60}?\s(?P<on>(?:on|against)\s))?", re.IGNORECASE)


# people or a vehicle fired on for not stopping at a force's order ("opened fire on a car that refused to stop at
# the checkpoint", "shot two youths who failed to comply"): the fired on are civilians, not a side that fought
# (Sahel notes: 7 of 8 such shootings are Violence against civilians; not where armed men are told in the vehicle
# after it: "a vehicle that refused to comply ... two gunmen in it were wounded")
_NOT_STOPPED = re.compile(r"\b(?:fail(?:ed|s|ing)?|refus(?:ed|es|ing)?|did\s+not|didn't|declin(?:ed|ing))\s+(?:to\s+)?"
                          r"(?:stop|halt|comply|obey|pull\s+over)\b|\b(?:ignor(?:ed|ing)|disregard(?:ed|ing)|defied|"
                          r"defying)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:orders?|injunctions?|summons)\s+to\s+(?:stop|halt)\b",
                          re.IGNORECASE)
_ARMED_ABOARD = re.compile(r"\b(?:gunm[ae]n|militants?|jihadi(?:sts?|s)|terrorists?|insurgents?|rebels?|fighters?|"
                           r"bandits?|assailants?|armed\s+(?:m[ae]n|individuals?))\b", re.IGNORECASE)


def _shot_for_not_stopping(text: str) -> bool:
    """Whether the text tells people fired on for not stopping at a force's order, no armed men told aboard after it
    (`_NOT_STOPPED`, `_ARMED_ABOARD`)."""
    return (stop := _NOT_STOPPED.search(text)) is not None and not _ARMED_ABOARD.search(text, stop.end())


# a grenade used as the weapon of the deed: thrown, dropped, or "by the use of" one (not "rocket-propelled grenades",
# ACLED's shelling, nor grenades carried: "armed with grenades")
_GRENADE_USED = re.compile(r"\b(?:threw|thrown|throwing|throws|hurled|lobbed|tossed|dropped)\s+(?:\w+\s+){0,3}?(?:hand[- ])?"
                           r"grenades?\b|\bgrenades?\s+(?:was|were|had been)\s+(?:thrown|hurled|lobbed|tossed|dropped)\b|"
                           r"\b(?:by\s+(?:the\s+)?(?:use|means)\s+of|using)\s+(?:an?\s+|two\s+|three\s+|several\s+)?"
                           r"(?:hand[- ])?grenades?\b|(?<!propelled )\bgrenade attacks?\b", re.IGNORECASE)
# the state's forces told as the grenades' users: "soldiers using hand grenades dislodged the militants" is their
# fight (ACLED's Armed clash), not a grenade attack on them
_FORCES_GRENADE = re.compile(r"\b(?:soldiers|troops|army|forces|gendarmes|policemen|police)\s+(?:who\s+|had\s+)?"
                             r"(?:using|used|threw|hurled|lobbed|tossed)\s+(?:\w+\s+){0,3}?(?:hand[- ])?grenades?\b",
                             re.IGNORECASE)


def _classify_violence(hits: list[Trigger], text: str, target: str | None = None) -> Trigger:
    """One violent happening, several tactics: ACLED's hierarchy picks the type; targets decide battle vs VAC.
    `target`: the words right after the attack verb ("attack on a military patrol"); when they name one kind
    of target, they decide over the rest of the sentence (where residents may only be witnesses)."""
    names = {t.name for t in hits}
    told = text
    # "a retired soldier" is no military target, nor "the soldier" after him; "an off-duty gendarme" is a civilian one
    text = _NOT_SERVING.sub(_off_duty_civilian, _not_serving_again(text))
    text = _SERVED_FORCE.sub(" civilian ", text)  # nor "an army informant"
    text = _CIVILIAN_CONVOY.sub(" civilian vehicles ", text)  # nor "a mining company convoy"
    text = _drivers_convoy(text)  # nor "attacked a supply convoy, killing two drivers", no force told
    text = _PEOPLES_CAMP.sub(" village ", text)  # "a Fulani camp", "an IDP camp": people's homes
    rest = _NAMED_CAMP.sub(" ", text)
    if rest != text and _CIVILIAN_TARGET.search(rest) and not _MILITARY_TARGET.search(rest):
        # a camp known by its own name whose people the text says were harmed, and no force named: a settlement
        # ("stormed the Tabatolte camp and abducted a resident"; not "attacked the Boulkessi camp, killing two soldiers")
        text = _NAMED_CAMP.sub(" village ", text)
        target = _NAMED_CAMP.sub(" village ", target) if target else target
    military = bool(_MILITARY_TARGET.search(text))
    civilian = bool(_CIVILIAN_TARGET.search(_ATTACKERS_NOUN.sub(" ", text)))
    if target and (agent := _AGENT_FIRST.match(target)):
        # a passive's agent is the doer, not the target: "a civilian was killed by a soldier in X"; the target a noun
        # names after its agent stays: "an attack by 9 fighters on Fafa"
        target = target[agent.end():] if agent.group("on") else None
    if target:
        target = _SERVED_FORCE.sub(" civilian ", _NOT_SERVING.sub(_off_duty_civilian, target))
        target = _PEOPLES_CAMP.sub(" village ", _CIVILIAN_CONVOY.sub(" civilian vehicles ", target))
        if _CONVOY.search(text) is None:
            target = _CONVOY.sub(" civilian vehicles ", target)  # (the convoy `_drivers_convoy` found civilians')
        mil_t = bool(_MILITARY_TARGET.search(target))
        civ_t = bool(_CIVILIAN_TARGET.search(_ATTACKERS_NOUN.sub(" ", target)) or _CIVILIAN_OBJECT.search(target))
        if mil_t and civ_t and _POST_HEAD.search(" ".join(target.split()[:4])) \
                and not _CIVILIAN_TARGET.search(" ".join(target.split()[:4])):
            civ_t = False  # the object of the attack is the post: "attacked the gendarmerie in X, two civilians killed"
        if mil_t != civ_t:
            military, civilian = mil_t, civ_t
    by_name = _TRIGGER_BY_NAME
    if "retake" in names:
        return by_name["retake"]
    if "takeover" in names:
        return by_name["takeover"]
    # remote weapons decide unless a ground fight went with them ("airstrikes and ground operations", "a suicide
    # car bomb followed by an armed assault", "an IED followed by gunfire": ACLED codes the fight)
    # (an "IED ambush" is the explosion, not a fight)
    ground = bool(_ground_fight(text)) or ("ambush" in names and not _EXPLOSIVE_AMBUSH.search(text)
                                                   and not _OTHER_AMBUSH.search(text))
    if "suicide" in names and _BOMBER_STOPPED.search(text):
        ground = True
    if "shelling" in names and _post_assaulted(text, told):
        ground = True
    for remote in ("suicide", "air", "shelling"):
        if remote in names:
            return by_name["ambush"] if ground else by_name[remote]
    if "ied" in names and ground:
        return by_name["ambush"]
    if "grenade" in names and not ground and _GRENADE_USED.search(text) and not _FORCES_GRENADE.search(text):
        # a grenade thrown or used in the attack, no fight told: ACLED's Grenade whatever else the attackers did
        # ("attacked and burned a truck by the use of a grenade, wounding the driver", "threw grenades and opened
        # fire"; not grenades carried or seized: "armed with grenades")
        return by_name["grenade"]
    if "ied" in names and _IED_ATTACK.search(text):
        return by_name["ied"]  # "an IED attack on the Hombori-Douentza road": the attack is the explosion
    if names & {"attack-military", "massacre", "harm"} and "ambush" not in names \
            and _shot_for_not_stopping(text):
        return by_name["massacre"]  # "fired on a motorbike that failed to stop": those fired on were no side
    if "massacre" in names and "ambush" not in names and _EXECUTED.search(text):
        return by_name["massacre"]  # people executed were defenceless, whoever did it and whatever they were called
    if "ambush" in names and _CLASH.search(text):
        return by_name["ambush"]  # "pastoralists and farmers clashed", "clashed with armed villagers": two sides fought
    if names & {"ambush"} and (military or not civilian or _ENGAGED_ARMED.search(text)):
        return by_name["ambush"]  # ("the army engaged ISWAP militants who had abducted twenty people": a fight)
    if "attack-military" in names and military and not (civilian and not names & {"ambush"}):
        return by_name["ambush"]
    if "sexual" in names and "abduction" in names and "massacre" not in names:
        return by_name["sexual"]  # "abducted and raped two women": ACLED codes the sexual violence
    # an abduction attempt is an attack on the person; an abduction whose victim is found killed is an attack
    # (ACLED: the deaths decide)
    if "attempt" in names and _ABDUCTION_ATTEMPT.search(text):
        return by_name["attempt"]
    if "abduction" in names and "massacre" not in names and _ARMED_TAKEN.search(text) \
            and not _OFF_DUTY_TAKEN.search(text) and not _VICTIM_FOUND_DEAD.search(text):
        return by_name["ambush"]  # armed men taken by the other side: a battle (ACLED)
    if "abduction" in names and "massacre" not in names and not ("ambush" in names and military) \
            and not _VICTIM_FOUND_DEAD.search(text) and not _WOUNDING.search(text) \
            and not _FIRED_ON_PEOPLE.search(text):
        # (people also wounded or fired on: an attack, as ACLED codes it: "abducted ten women, wounded a civilian",
        # "opened fire against residents before abducting the village chief")
        return by_name["abduction"]
    if "abduction" in names and not military and (_WOUNDING.search(text) or _FIRED_ON_PEOPLE.search(text)):
        # people taken and people hurt in one happening, no armed side: an attack (ACLED: 20 of 21 Sahel notes that
        # tell an abduction and a wounding, shooting or beating with no death; not the abduction its rank would
        # make it: "hacked two men with machetes, leaving them wounded, and abducted two others")
        return by_name["massacre"]
    if "air" in names:
        return by_name["air"]
    if "suicide" in names:
        return by_name["suicide"]
    if "ied" in names:
        return by_name["ied"]
    if "shelling" in names:
        return by_name["shelling"]
    if "sexual" in names and "massacre" not in names:
        return by_name["sexual"]  # "was sexually assaulted after being stopped by a criminal group": ACLED's sub-type
    if names & {"massacre", "attack-military", "harm"} and civilian:
        return by_name["massacre"]
    if "ambush" in names and _AMBUSHED.search(text) and not _TWO_SIDED.search(text):
        # civilians ambushed, no force there (an ambush that reaches here has a civilian target and no military one:
        # the ambush rule above took the rest): "ambushed a civilian convoy", an attack
        return by_name["massacre"]
    if names & {"attack-military", "massacre", "harm"} and military:
        return by_name["ambush"]
    ranked = sorted(hits, key=lambda t: HIERARCHY.get((t.event_type, t.sub_event_type), 9))
    return ranked[0]


class _BySentence:
    """The article's anchored dates, count-numbers and crowd actors per sentence, built once per article (the coder
    asks for them sentence by sentence; scanning every mention each time made drafting quadratic)."""

    __slots__ = ("article", "dates", "numbered", "crowd", "single_victim")

    def __init__(self, article: Article) -> None:
        import bisect

        self.article = article
        self.dates: dict[int, list[DateMention]] = {}
        for d in article.dates:
            if d.date_start is not None:
                self.dates.setdefault(d.sentence, []).append(d)
        starts = [s.start for s in article.sentences]
        self.numbered = {bisect.bisect_right(starts, n.start) - 1 for n in article.numbers if n.unit is None}
        self.crowd = {a.sentence for a in article.actors if a.inter in (5, 6)}
        self.single_victim: dict[int, NumberMention | None] = {}  # `_single_victim` by sentence, asked up to 3 times


_LAST_INDEX: list[_BySentence] = []


def _by_sentence(article: Article) -> _BySentence:
    if not _LAST_INDEX or _LAST_INDEX[0].article is not article:
        _LAST_INDEX[:] = [_BySentence(article)]
    return _LAST_INDEX[0]


def _sentence_dates(article: Article, index: int) -> list[DateMention]:
    return _by_sentence(article).dates.get(index, [])


# (a place told by its past after ", where": "the town hall in Gao, where Islamists had been basing themselves since
# the clashes"; a question told indirectly: "dissatisfied with how the mayor has handled the crisis")
_RELATIVE_OPEN = re.compile(r"(?:,\s*|\b)(?:which|who|whose|that)\s+[^,;.]*$|,\s*where\s+[^,;.]*$|\b(?:how|why)\s+"
                            r"(?:the|a|an|his|her|its|their)\s+[^,;.]*$")
# the time a noun's happenings span, told by a participle after a comma: "one of 28 separate events, occurring since
# January, that killed 43 people"
_SPAN_PARTICIPLE = re.compile(r",\s*(?:occurring|ongoing|continuing|lasting|running|dating)\s+[^,;.]*$", re.IGNORECASE)


_IN_PAST_RELATIVE = re.compile(r",\s*(?:which|who|where)\s+(?:[^,;.]*\s)?(?:has|have|had)\s+[^,;.]*$")
# a deed told in a passive relative clause that describes a noun ("justice for the leader who was assassinated in
# 1987", "the grave of a journalist who was killed in 1998"), dated in that clause over a year before the report
# (`_old_deed`): the noun's past, no happening of the news (not "a man who was shot on Sunday died in hospital", nor
# "hostages who were abducted in October have been freed, while a sixth has died", where the kidnapping opens the
# story of the hostage's death)
_DEED_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+"
                                   r"(?:(?:\w+ly|later|then)\s+)?$", re.IGNORECASE)
_DEED_DATE_BETWEEN = re.compile(r"[^,;.()]{0,60}")


def _old_deed(article: Article, s: Sentence, span: tuple[int, int]) -> bool:
    """Whether the violent word at `span` is a noun's past told in a relative clause (`_DEED_RELATIVE_BEFORE`) whose
    own date, in the same clause right after it, lies more than a year before the report."""
    if article.published is None or not _DEED_RELATIVE_BEFORE.search(article.text, max(s.start, span[0] - 40), span[0]):
        return False
    return any(d.start >= span[1] and d.date_end is not None and (article.published - d.date_end).days > 365
               and _DEED_DATE_BETWEEN.fullmatch(article.text, span[1], d.start) is not None
               for d in _sentence_dates(article, s.index))
# the clause that only places or times a weapons find, after it: "defused an IED discovered in the wake of an ambush",
# "IEDs uncovered at the site of a blast that killed two" (the ambush, the blast the setting, told elsewhere)
_FIND_SETTING = re.compile(r"\b(?:in the (?:wake|aftermath) of|at the (?:site|scene|spot|location) of|near the (?:site|scene) "
                           r"of|(?:days?|weeks?) after)\s+[^.;]*$", re.IGNORECASE)
# a find of explosives, whose setting `_FIND_SETTING` may tell (not arms: "police recovered a gun at the scene of a
# shooting that killed a man" tells the shooting)
_EXPLOSIVE_FIND = re.compile(r"\b(?:IEDs?|explosives?|explosive devices?|bombs?|mines?|landmines?|ordnance|defus\w*|"
                             r"dismantl\w*|detonations?)\b", re.IGNORECASE)
# explosives found and set off by those who found them: "found an IED and detonated it", "a controlled detonation"
_FINDERS_DETONATION = re.compile(r"\bcontrolled (?:detonations?|explosions?)|\b(?:detonated|blew up|exploded) (?:it|them|"
                                 r"the (?:device|devices|IEDs?|explosives?|bombs?|mines?))\b(?: in a controlled "
                                 r"(?:detonation|explosion))?", re.IGNORECASE)


def _finders_text(text: str, s, finds: list[tuple[int, int]]) -> str:
    """Sentence `s`'s text less what tells no explosion beside its weapons finds `finds`: the finders' own
    detonation ("found an IED and detonated it") and the clause that places the find (`_find_setting`)."""
    out = _FINDERS_DETONATION.sub(" ", text[s.start:s.end])
    for start, end in finds:
        m = _FIND_SETTING.search(out, max(0, end - s.start))
        if m is not None and not _NEW_CLAUSE.search(out, m.start()):
            out = out[:m.start()]
    return out


def _find_setting(text: str, span: tuple[int, int], finds: list[tuple[int, int]]) -> bool:
    """The violent word at `span` sits in the clause that places or times a weapons find told before it in its
    sentence ("defused an IED discovered in the wake of an ambush"), not one that tells a new deed ("found an IED
    after the soldiers clashed with gunmen" is `_NEW_CLAUSE`'s)."""
    for start, end in finds:
        if end > span[0]:
            continue
        m = _FIND_SETTING.search(text, end, span[0])
        if m is not None and not _NEW_CLAUSE.search(text, m.start(), span[0]):
            return True
    return False


def _history_in_main_clause(low: str) -> bool:
    """A history phrase ("has been", "since 2017") that tells about the sentence's own happening, not one in a
    relative clause describing a noun ("Areva, which has been mining uranium for forty years")."""
    for m in _HISTORY_LC.finditer(low):
        if not _RELATIVE_OPEN.search(low, max(0, m.start() - 60), m.start()) \
                and not _HISTORY_AS_CAUSE.search(low, max(0, m.start() - 30), m.start()) \
                and not _GRIEVANCE_OPEN.search(low, max(0, m.start() - 100), m.start()):
            return True
    return False


# a history phrase in what a crowd denounces, not the time of its protest: "students demonstrated to denounce the lack
# of exams since the start of the school year", "traders protested against the closure of the market since May"
_GRIEVANCE_OPEN = re.compile(r"\b(?:denounc\w*|condemn\w*|decr(?:y|ied|ying)|protest\w*\s+(?:against|over)|"
                             r"complain\w*\s+(?:about|of))\s+[^,;.]*$")


# a history phrase that is the cause told, not the sentence's time: "marched ... following a series of attacks"
# (or the series the happening is part of: "were summarily shot in Sevare as part of a series of attacks on Arabs")
_HISTORY_AS_CAUSE = re.compile(r"\b(?:after|following|amid|due to|in response to|because of|in the wake of|against|"
                               r"as part of|part of)\s+"
                               r"(?:a|an|the|recent|this)?\s*(?:recent\s+)?$")


def _armed_passive(article: Article, span: tuple[int, int]) -> bool:
    """Armed men are the ones the killing at `span` struck, told as its passive subject right before it ("a jihadist
    commander was killed"), or before a headline's reduced passive with its agent ("commander killed by guards")."""
    before = article.text[max(0, span[0] - 80):span[0]]
    m = _ARMED_PASSIVE_BEFORE.search(before)
    if m is None or re.search(r"\bof\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", before[:m.start()], re.IGNORECASE):
        return False  # (the armed man only qualifies another: "the teenage son of a rebel commander was shot dead")
    if _MISTAKEN_FOR_BEFORE.search(before[:m.start()]):
        return False  # (armed men the victims were taken for: "two herders mistaken for militants were shot dead")
    if _FORMER_ONE.search(before, max(0, m.start() - 30)):
        return False  # (no longer armed: "a former MNLA commander was assassinated", `_former_member`)
    return bool(re.search(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", m.group(0), re.IGNORECASE)) \
        or bool(_BY_AFTER.match(article.text, span[1]))


# the lead's perfect (progressive) whose own verb is the trigger, or a crowd's turnout right before it: "students have
# been protesting outside the ministry", "thousands have turned out for a rally in Bamako", "the union has started a
# 72-hour sit-in", "workers have engaged in a 48-hour strike", "teachers have gone on strike" (the news, not history)
_PERFECT_DEED_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:(?P<been>been)|(?:turned|come|poured)\s+out\s+"
                                  r"(?:for|to|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?|(?:started|begun|launched|staged|held|"
                                  r"organi[sz]ed|(?:engaged|participated)\s+in|(?:gone|embarked)\s+on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})\s*$", re.IGNORECASE)


def _perfect_deed(article: Article, s: Sentence) -> bool:
    """A trigger told in the perfect progressive ("have been protesting"; not a state, "has been under the control
    of") or after a crowd's turnout in the perfect ("have turned out for a rally")."""
    for _, sp in _sentence_triggers(s):
        m = _PERFECT_DEED_BEFORE.search(article.text, max(s.start, sp[0] - 60), sp[0])
        if m is not None and (m.group("been") is None or article.text[sp[0]:sp[1]].lower().endswith("ing")):
            return True
    return False


def _names_days(d: DateMention) -> bool:
    """A date phrase that names its day or days ("on 27 March", and a span of named days, "between Mar.28 and
    Apr.7", "from Sunday to Thursday"), not a week or a month at large."""
    return d.precision == 1 or d.rule in ("day-range", "weekday-range")


# the happening the harm was done in, dated before its noun: "12 people killed in the 2015 attack", "soldiers who died
# in the 2012 ambush", "the victims of the 2019 massacre" (that date is the harm's own, not one that names a past
# happening beside the news: "the leader of the March 2012 coup was arrested")
_HARMED_IN_BEFORE = re.compile(r"\b(?:killed|died|dead|wounded|injured|maimed|lost|victims|survivors|toll)\s+"
                               r"(?:(?:in|during|of|from)\s+)(?:the|a|an|that)\s+$", re.IGNORECASE)
_DATE_OWN_THE = re.compile(r"(?:(?:in|during|of|from)\s+)?the\s+", re.IGNORECASE)  # "|in the| 3 March ambush"
# the verb of harm the happening named after a year is the subject of: "the 1914 battle| of the Marne killed"
# (its tail may place it in a few phrases: "the 2015 attack| on the Radisson hotel in Bamako killed 20", "the Monday
# attack| on the village of Tamou killed five"; or a relative clause tells the harm: "the 2012 coup, which left ...")
_HARM_OF_SUBJECT = re.compile(r"(?:\s+(?:of|in|at|on|near|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+){0,3}"
                              r"(?:,?\s+(?:which|that))?\s+(?:\w+ly\s+)?"
                              r"(?:killed|left|claimed|cost|caused|wounded|injured)\b", re.IGNORECASE)
_HAPPENING_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:attacks?|massacres?|ambush(?:es)?|bombings?|blasts?|explosions?|"
                              r"raids?|killings?|clash(?:es)?|fighting|war|conflict|coup|uprising|riots?|violence|"
                              r"siege|assault|shootings?|insurgency|rebellion|crackdown|strikes?|battles?)\b", re.IGNORECASE)


def _dates_the_harm(text: str, d: DateMention) -> bool:
    """A date qualifying the happening the harm told was done in ("killed in the 2015 attack"), or the happening
    that is the harm's subject ("the 1914 battle of the Marne killed thousands"). (A day's phrase may hold its
    article, or its preposition too: "|the 3 March| attack on Tamou killed five", "killed |in the 3 March| ambush".)"""
    at = d.start + (m.end() if (m := _DATE_OWN_THE.match(d.text)) is not None else 0)
    if _HARMED_IN_BEFORE.search(text, max(0, at - 40), at) is not None \
            and _HAPPENING_AFTER.match(text, d.end) is not None:
        return True
    return _THE_BEFORE.search(text, max(0, at - 5), at) is not None and (
        m := _HAPPENING_AFTER.match(text, d.end)) is not None and _HARM_OF_SUBJECT.match(text, m.end()) is not None


def _background(article: Article, s: Sentence, history: bool) -> bool:
    """A sentence about the past or the general situation, not about the happening being reported. A sentence
    that gives a recent day ("on 27 March") is news even with a history phrase in a clause ("since 2015"). A date
    that names a past happening ("the leader of the March 2012 coup") is not the sentence's time, unless the
    harm told was done in it ("the 12 people killed in the 2015 attack", `_dates_the_harm`)."""
    dates = [d for d in _sentence_dates(article, s.index)
             if not _attributive(article.text, d) or _dates_the_harm(article.text, d)]
    if article.published is not None and any(
            _names_days(d) and d.date_start is not None and 0 <= (article.published - d.date_start).days <= 14
            for d in dates):
        return False
    if s.index == 0 and any(d.precision == 1 and _OPENING_DATE.fullmatch(article.text, s.start, d.start)
                            for d in dates):
        return False  # a text that opens with the day ("On 6 September, militants ...") reports that day's event
    # (a perfect that describes a noun is not the sentence's tense: "the Areva group, which has operated for forty
    # years")
    low = s.text.lower()
    pms = [m for m in _PERFECT.finditer(s.text) if not _RELATIVE_OPEN.search(low, max(0, m.start() - 60), m.start())]
    pm = pms[0] if pms else None
    # the lead's news told in the perfect ("a dozen police have been killed in an attack", "troops have regained
    # control of Timbuktu airport", "MNLA and MUJAO have engaged in fighting") is news, unless another history
    # phrase says otherwise ("since 2017"); so is a claim's perfect infinitive ("claims to have killed 30"). Any
    # perfect of the lead may tell the harm: "five hostages have been freed, while a sixth has died after being shot";
    # a claim told in the perfect claims the news: "JNIM has claimed responsibility for a suicide car bombing"
    lead_news = s.index == 0 and (any(
        _HARM_PERFECT.match(m.group(0)) is not None or _CLAIMS_AFTER.match(s.text, max(0, m.start() - 1))
        or any(s.start + m.start() <= sp[0] <= s.start + m.end() + 3 or _aftermath_perfect(article, sp, s.start + m.start())
               for _, sp in _sentence_triggers(s))
        for m in pms) or _perfect_deed(article, s)) \
        and not any(m.group(0).lower() not in ("has been", "have been") for m in _HISTORY.finditer(s.text))
    if history and not lead_news:
        return True
    if pm is not None and not any(_names_days(d) for d in dates):
        if not lead_news and not re.search(r"\bto\s+$", s.text[max(0, pm.start() - 4):pm.start()]):
            return True
    # dated only long before the article: a reminder of an earlier happening (not by a date that describes a noun
    # by its past: "rescued a Dutch national who had been kidnapped in 2011", `_dates_a_noun_s_past`; nor, in a
    # sentence told in the simple past, by the span of a noun's happenings: "one of 28 separate events, occurring
    # since January, ... mines exploded", while "clashes, ongoing since January, have killed dozens" stays history)
    dates = [d for d in dates if not _dates_a_noun_s_past(article, d) and not _compared_occasion(article, d) and not (
        pm is None and _SPAN_PARTICIPLE.search(article.text, max(s.start, d.start - 60), d.start))]
    if dates and article.published is not None and all(
            d.date_end is not None and (article.published - d.date_end).days > 45 for d in dates):
        return True
    return False


# a clause break after the happening told, before what followed it: "; they have been evacuated", ", and they have fled"
_LATER_CLAUSE = re.compile(r";|,\s+and\b")


def _aftermath_perfect(article: Article, span: tuple[int, int], perfect_at: int) -> bool:
    """A perfect told in a clause of its own after the trigger's: what followed the happening ("peacekeepers were
    wounded when their vehicle struck a mine; they have been evacuated to Gao"), not the sentence's tense."""
    return span[1] <= perfect_at and _LATER_CLAUSE.search(article.text, span[1], perfect_at) is not None


def _clause_start(article: Article, d: DateMention) -> int:
    """Where the clause holding date `d` begins: after the last comma, semicolon, colon, bracket or full stop
    within 120 characters before it (not before its sentence)."""
    lo = max(article.sentences[d.sentence].start, d.start - 120)
    seg = article.text[lo:d.start]
    return lo + max((m.end() for m in re.finditer(r"[,;:()]\s|\.\s", seg)), default=0)


# a person (a hostage, a name) told taken right before the date: "a hostage named Leal captured in November 2012"
_PERSON_TAKEN_BEFORE = re.compile(r"(?:\bhostages?|\bcaptives?|(?-i:\b[A-Z][a-z'-]+))\s+(?:captured|kidnapped|abducted|seized|"
                                  r"taken hostage|arrested|detained)\s+(?:(?:in|on|since|last)\s+)?$", re.IGNORECASE)


def _dates_a_noun_s_past(article: Article, d: DateMention) -> bool:
    """A date told in a clause that describes a noun by what had happened to it, in a passive relative clause or a
    bare participle ("a Dutch national who had been kidnapped in 2011", "the grave of a journalist who was killed in
    1998", "General Diendere, arrested since 30 October 2015"), or by what its people are held for ("officials
    suspected of involvement in the killings of October 2014", "accused of the attack in March"): the noun's past,
    not the sentence's time."""
    start = _clause_start(article, d)
    seg = article.text[start:d.start]
    if _CAUSE_RELATIVE.search(seg) or _CAUSE_STRONG.search(seg):
        return True
    # (a bare participle only when a comma sets it off: "cooperation agreements signed last year" is the agreement's
    # day)
    m = _CAUSE_REDUCED.match(seg)
    if m is not None and article.text.startswith(",", start - 2) and _NO_OBJECT.match(seg, m.end()) is not None:
        return True
    # (with no comma, a person taken, the object of a deed told before: "claims to have killed a French hostage named
    # Leal captured in November 2012", the hostage's capture)
    m = _PERSON_TAKEN_BEFORE.search(seg)
    return m is not None and _KILLED.search(seg, 0, m.start()) is not None


# an earlier occasion the happening is likened to: "they wanted to march, as they had already done at the end of
# October, but were dispersed", "like it did last year"
_AS_DONE_BEFORE = re.compile(r"\b(?:as|like)\s+(?:they|he|she|it|we|the\s+[\w-]+)\s+(?:had|have|has|did)\s+"
                             r"(?:(?:already|previously|earlier|also|once)\s+)?(?:(?:done|been\s+done)\s+)?[^,;.()]{0,30}$",
                             re.IGNORECASE)


def _compared_occasion(article: Article, d: DateMention) -> bool:
    """A date told in a clause that likens the happening to an earlier one ("as they had already done at the end of
    October"): the earlier occasion's day, not the sentence's time."""
    return _AS_DONE_BEFORE.search(article.text, max(article.sentences[d.sentence].start, d.start - 80), d.start) is not None


_ATTR_NOUN_BEFORE = re.compile(r"\b(?:assassination|murder|killing|death|coup|uprising|massacre|election|war|revolution|"
                               r"abduction|kidnapping|disappearance|firing|dismissal|sacking|layoff|arrest|detention|"
                               r"expulsion|suspension)s?\b(?:\s+of(?:\s+[\w'-]+){1,5}?)?(?:\s+(?:in|on))?\s+$",
                               re.IGNORECASE)
# the pay of a month or year, written before it: "September salaries", "unpaid 2019 wages", "March allowances"
_PAY_AFTER = re.compile(r"\s+(?:salar(?:y|ies)|wages?|pay|arrears|allowances?|bonus(?:es)?|pensions?|stipends?)\b",
                        re.IGNORECASE)
_ATTR_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+$", re.IGNORECASE)
# a date told as a possessive qualifies the noun after it: "relatives of soldiers detained after last year's mutinies
# protested", "2019's elections" (the date of the mutinies, not of the protest; not a happening's: "Saturday's attack
# killed nine soldiers" dates the attack, see `_HAPPENING_AFTER`): `_POSSESSIVE_DATE`, defined below (a second definition
# here had been shadowed by that one, which also reads a plural's "weeks'")
_ATTR_AFTER = re.compile(r"\s+(?!(?:was|were|is|are|and|or|when|to|in|on|at|by|for|of|as|after|before|during|the|a)\b)"
                         r"[a-z][\w-]*")


def _attributive(text: str, d: DateMention) -> bool:
    """A date that qualifies a noun: "the March 2012 coup", "its 2019 elections", "Dabo Boukary's assassination in
    1990", a month's pay ("to demand payment of September salaries"), or dates the death a crowd mourns
    (`_DEATH_MOURNED`)."""
    if (_ATTR_BEFORE.search(text, max(0, d.start - 8), d.start) is not None
            and _ATTR_AFTER.match(text, d.end) is not None) or \
            (_POSSESSIVE_DATE.search(d.text) is not None and _ATTR_AFTER.match(text, d.end) is not None
             and _HAPPENING_AFTER.match(text, d.end) is None) or \
            _ATTR_NOUN_BEFORE.search(text, max(0, d.start - 60), d.start) is not None or \
            (d.precision == 3 and _PAY_AFTER.match(text, d.end) is not None):
        return True
    # the day of the death a crowd answers: "marched in memory of three youths who were killed by police in 1990"
    lo = max(0, d.start - 150)
    return any(not re.search(r"[.;]", text[m.end():d.start]) and _DEATH_WORD.search(text, m.end(), d.start)
               for m in _DEATH_MOURNED.finditer(text, lo, d.start))


def _draft_day(article: Article, draft: _Draft) -> date | None:
    for i in draft.sentences:
        for d in _sentence_dates(article, i):
            if d.precision == 1 and not _is_report_date(article, d):
                return d.date_start
    return None


def _is_report_date(article: Article, d: DateMention) -> bool:
    return bool(_REPORT_DATE.search(article.text[max(0, d.start - 40):d.start]))


_THE_DEED_BEFORE = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# people told wounded before who died since, told by a figure ("Eleven people who were wounded died in hospital
# overnight", "two of the injured died on Tuesday"): the toll of the attack told, whatever the day they died
_WOUNDED_DIED = re.compile(r"\b(?:(?:who|that)\s+(?:were|was|had\s+been)|of\s+(?:the|those|them))\s+(?:\w+ly\s+)?"
                           r"(?:(?:seriously|critically|badly)\s+)?(?:wounded|injured)(?:\s+in\s+the\s+(?:attack|raid|blast|explosion))?"
                           r"\s+(?:(?:later|subsequently|eventually|then|have|had|since)\s+)*(?:died|succumbed)\b",
                           re.IGNORECASE)


# a report told apart from another ("The army said separately that ...", "in a separate statement"): the happening
# told before unless it names another place or day or a toll of its own (`_distinct`)
_SEPARATE_REPORT = re.compile(r"\b(?:(?:said|says|told|added|reported|confirmed)\s+separately|separately\s+(?:said|says|"
                              r"told|added|reported|confirmed|announced|claimed|stated)|in\s+a\s+separate\s+(?:statement|"
                              r"interview|communiqu|report|post|tweet|message|briefing))", re.IGNORECASE)


def _apart_report(article: Article, s: Sentence, draft: _Draft) -> bool:
    """Does a report told apart (`_SEPARATE_REPORT`) tell a happening of its own: another place or day, or a toll?"""
    if not _SEPARATE_REPORT.search(s.text):
        return False
    theirs = {p.name for p in article.places if p.sentence in draft.sentences}
    if any(p.sentence == s.index and p.feature in ("place", "admin2") and p.name not in theirs for p in article.places):
        return True  # "The army said separately that it had killed 30 militants near Bosso"
    day = _draft_day(article, draft)
    if any(d.precision == 1 and not _is_report_date(article, d) and d.date_start is not None and d.date_start != day
           for d in _sentence_dates(article, s.index)):
        return True
    return any(n.sentence == s.index and n.unit is None and not n.vague for n in article.numbers) and any(
        t.family == "violence" for t, _ in _triggers_in(s.text))


def _distinct(article: Article, s: Sentence, draft: _Draft, *, places: bool = True) -> bool:
    """Does sentence `s` tell another happening than the open violent draft?"""
    if _SEPARATE.search(s.text) or _apart_report(article, s, draft):
        return True
    # (so is one more dead or body told by an ordinal: "A sixth body was found on Tuesday", "a fourth victim died on
    # Friday"; not one more killed, which on another day is another happening)
    # (but not one more dead of a new deed told in it: "Another man died on Thursday when gunmen raided Douentza"; a
    # deed named again by "the" is the one told: "a sixth body was found near the site of the attack")
    if _ONE_DIED_OF_WOUNDS.search(s.text) or _WOUNDED_DIED.search(s.text) or _LATER_DEATH.search(s.text) and not any(
            t.family == "violence" and not _THE_DEED_BEFORE.search(s.text, max(0, sp[0] - 25), sp[0])
            for t, sp in _triggers_in(s.text)):
        return False  # "One peacekeeper died of his wounds on 21 November": the attack's wounded, whatever the day
    day = _draft_day(article, draft)
    if day is not None:
        for d in _sentence_dates(article, s.index):
            if d.precision == 1 and not _is_report_date(article, d) and d.date_start is not None \
                    and abs((d.date_start - day).days) > 1:
                return True
            if d.precision == 1 and d.date_start is not None and d.date_start != day \
                    and _OPENING_DATE.fullmatch(article.text, s.start, d.start) \
                    and not _REPORT_AFTER_DATE.match(article.text, d.end) and any(
                        t.family == "violence" and t.name != "harm" and t.name != trigger_name
                        and not _THE_DEED_BEFORE.search(s.text, max(0, sp[0] - 25), sp[0])
                        for t, sp in _triggers_in(s.text)
                        for trigger_name in (draft.trigger.name,)):
                # a sentence that opens with another day and tells a new deed of another kind ("... overran the base
                # late on Friday. On Saturday, suspected Boko Haram militants abducted 20 women near Gwoza"): the
                # next happening, though a day apart
                return True
    ref = day or article.published
    if ref is not None and any(d.precision in (2, 3) and d.date_end is not None and (ref - d.date_end).days > 7
                               and not _is_report_date(article, d) for d in _sentence_dates(article, s.index)):
        return True  # "Last month, a gunman killed three people at Fort Hood": an earlier happening
    if day is not None and any(d.precision == 2 and d.date_end is not None and (day - d.date_end).days > 1
                               and _OPENING_DATE.fullmatch(article.text, s.start, d.start)
                               and not _is_report_date(article, d) for d in _sentence_dates(article, s.index)):
        return True  # "(... killed 12 worshippers on Friday.) Last week, jihadists killed 20 soldiers": a week that
        # ended before the draft's day opens an earlier happening
    if not places:
        return False
    mine = [p for p in article.places if p.sentence == s.index and p.feature in ("place", "admin2")
            and p.context in ("near", "in")]
    theirs = [p for p in article.places if p.sentence in draft.sentences and p.feature != "country"]
    if mine and theirs:
        if not any(p.country_code == q.country_code and (p.admin1 == q.admin1 or p.name == q.name)
                   for p in mine for q in theirs):
            return True
    return False


_MAY_MODAL = re.compile(r"\bmay\b")
# shooting told with no target nor victim: "gunfire", "heavy gunshots", "shots"
_BARE_GUNFIRE = re.compile(r"(?:(?:heavy|sporadic|intense|automatic|sustained)\s+)?(?:gunfire|gun\s?shots?|shots?|shooting)",
                           re.IGNORECASE)
_AFTER_CAUSE = re.compile(r"\b(?:after|following|amid|since|because of|over)\b[^.;]*$", re.IGNORECASE)
_THREATS_RECEIVED = re.compile(r"\b(?:received|receiving|got|faced|suffered)\s+(?:death\s+|verbal\s+|repeated\s+)?$")
_WHO_OPEN = re.compile(r"\b(?:who|which|whose\s+[\w-]+)\s+(?:(?:\w+ly|had|has|have|initially|first|once)\s+){0,3}$",
                       re.IGNORECASE)  # ("gunmen who had planned to", "Makanzee, whose birthday would have been")


# "if" that opens an indirect question about what is not known (not a condition): "it is unclear if", "not known if"
_UNKNOWN_BEFORE = re.compile(r"\b(?:not\s+(?:yet\s+)?(?:clear|known|certain|sure|confirmed)|unclear|unknown|uncertain|unsure|"
                             r"unconfirmed)\s+$")


# (a question about what is to come stays one: "it is unclear if the gunmen will attack again")
_MODAL_IN_CLAUSE = re.compile(r"[^,.;:]*?\b(?:will|would|could|might|may|shall|plans?|intends?|going to)\b")


def _is_hypothetical(text: str, low: str) -> bool:
    """A modal, a threat, a plan or a denial in the sentence; "May" capitalised is the month ("On 5 May 2020,
    militants abducted ..." is no hypothesis), so "may" counts only in lower case."""
    for m in _HYPOTHETICAL_LC.finditer(low):
        if m.group(0).startswith("threat") and _THREATS_RECEIVED.search(low, max(0, m.start() - 30), m.start()):
            continue  # threats someone received are a deed done: "the population received threats"
        if m.group(0) == "if" and _UNKNOWN_BEFORE.search(low, max(0, m.start() - 30), m.start()) \
                and not _MODAL_IN_CLAUSE.match(low, m.end()):
            continue  # an open question about the detail, not a condition: "it is not clear if a mine or an IED"
        if m.group(0) != "may" and not _WHO_OPEN.search(low, max(0, m.start() - 40), m.start()):
            return True  # (not the verb of a relative clause about someone: "kidnapped by gunmen who had planned to")
    return _MAY_MODAL.search(text) is not None


_BY_CROWD = re.compile(r"\s+by\s+(?:(?:suspected|presumed|angry|a|the|some|hundreds of|dozens of)\s+)*(?:[\w-]+\s+)?"
                       r"(?:protesters|demonstrators|rioters|strikers|marchers|youths|crowds?|mobs?)\b", re.IGNORECASE)
# (a party's partisans and sympathizers are its supporters)
_CROWD_PEOPLE = re.compile(r"\b(?:residents|youths?|students|pupils|inhabitants|villagers|supporters|partisans|"
                           r"sympathi[sz]ers|population|"
                           r"workers|women|traders|shopkeepers|merchants|drivers|vendors)\b"
                           # plain people, when the deed of a crowd follows them: "people blocked the road to Gao",
                           # "some people setting up barricades" (not "killed 5 people and burned the houses")
                           r"|\bpeople(?=\s+(?:(?:also|then|reportedly|allegedly)\s+)?(?:blocked|blocking|barricaded|"
                           r"barricading|set\s+up|setting\s+up|erected|erecting|burned|burnt|burning|torched|threw|throwing|"
                           r"hurled|hurling|vandali[sz]ed|ransacked|looted|stoned|pelted)\b(?!\s+(?:to\s+death|alive)\b))", re.IGNORECASE)


# stones thrown, a crowd's weapon: "threw stones at gendarmes", "pelted the patrol with rocks", "stone-throwers"
_STONES = re.compile(r"\b(?:(?:threw|throwing|hurl(?:ed|ing)|(?:to|began|started) (?:throw|hurl)) (?:[\w-]+ )?(?:stones|rocks)|"
                     r"stone-?throw(?:ing|ers?)|pelted)\b", re.IGNORECASE)
# doers told only as unknown people, no arms: "unknown individuals", "unidentified persons" (not "unknown gunmen")
_UNKNOWN_PEOPLE = re.compile(r"\b(?:unknown|unidentified)\s+(?:individuals|persons|people|youths?)\b", re.IGNORECASE)
# ... or as people of a crowd, just before the throwing: "the traders threw stones", "youths then pelted"
_CROWD_THROWING_BEFORE = re.compile(r"\b(?:residents|youths?|students|pupils|inhabitants|villagers|supporters|partisans|"
                                    r"traders|shopkeepers|merchants|vendors|drivers|women|crowds?|protesters|"
                                    r"demonstrators)\s+(?:(?:also|then|reportedly|allegedly|who)\s+)?$", re.IGNORECASE)


def _stone_throwers(article: Article, s: Sentence, hits: Sequence[tuple[Trigger, tuple[int, int]]]) -> bool:
    """Whether the sentence's riot is stones thrown by a crowd: people told only as unknown ("unknown individuals
    threw stones at gendarmes who were patrolling"), the crowd's people right before the throwing ("violent clashes
    between vendors and police, the traders threw stones"), or "stone-throwers" (a crowd's riot, as ACLED codes it,
    not an armed group's attack, though the forces it faced are named first)."""
    if not any(t.name == "riot" for t, _ in hits):
        return False
    for m in _STONES.finditer(s.text):
        at = s.start + m.start()
        if m.group().lower().endswith(("thrower", "throwers")) \
                or _CROWD_THROWING_BEFORE.search(s.text, max(0, m.start() - 40), m.start()):
            return True
        doers = [a for a in article.actors if a.sentence == s.index and a.inter in (1, 2, 3, 4, 8) and a.start < at]
        if doers and all(_UNKNOWN_PEOPLE.search(a.text) for a in doers):
            return True
    return False


def _crowd_people(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether people of a crowd are named in text[start:end] as doers, not as the ones who tell ("Residents said
    soldiers barricaded the road": the residents are the source, the barricade the soldiers')."""
    end = len(text) if end is None else end
    return any(not _SAYING_AFTER.match(text, m.end(), end) for m in _CROWD_PEOPLE.finditer(text, start, end))


# the crowd of a demonstration turned violent: "Demonstrators burned part of the town hall and launched an assault
# against the gendarmerie", "Some students stormed a regional police office" (ACLED: Riots, violent demonstration)
_SYMBOLS = r"(?:flags?|effig(?:y|ies)|portraits?|pictures?|photos?|posters?|copies)\b"  # burned in protest, no riot
_CROWD_VIOLENCE = re.compile(r"\b(?:they|protesters|demonstrators|marchers|strikers|students|pupils|youths|the crowd|"
                             r"residents|inhabitants|villagers|refugees|asylum seekers|migrants|supporters|traders)"
                             r"(?:,\s+(?:\w+\s+){0,3}?\w+,)?\s+(?:\w+\s+){0,3}?(?:(?:burned|burnt|torched|set fire to|set ablaze)(?!\s+(?:the\s+|a\s+)?"
                             r"(?:\w+\s+)?" + _SYMBOLS + r")|ransacked|looted|"
                             r"vandali[sz]ed|stoned|threw stones|pelted|stormed|attacked|assaulted|launched an assault|"
                             r"beat up|destroyed|smashed|sacked|set (?!(?:\w+\s+){0,2}?" + _SYMBOLS + r")(?:\w+\s+){1,3}?"
                             r"(?:ablaze|on fire|alight))\b"
                             # the demonstrating crowd's own second deed ("a group of people from X protested and
                             # destroyed property"), or violence it tried ("attempted to storm the town hall",
                             # "attempted to force themselves into the offices"): a violent demonstration as well
                             r"|\b(?:protested|demonstrated|marched|rallied)\s+(?:[\w'-]+\s+){0,4}?and\s+(?:then\s+)?"
                             r"(?:burned|burnt|torched|set fire to|ransacked|looted|vandali[sz]ed|stoned|attacked|assaulted|"
                             r"destroyed|smashed|pelted)\b"
                             r"|\battempt(?:ed|ing)\s+to\s+(?:attack|storm|lynch|burn|ransack|loot|break\s+into|"
                             r"force\s+(?:their\s+way|themselves|entry))\b", re.IGNORECASE)
# the attacked shot back: "a guard returned fire", "exchanged gunfire", "villagers fired back"
_SHOT_BACK = re.compile(r"\b(?:return(?:ed|ing)\s+(?:the\s+)?fire(?!-)|fired\s+back|exchang(?:ed|ing)\s+(?:gun)?fire|"
                        r"exchanges?\s+of\s+(?:gun)?fire|shoot-?outs?|gunfights?|firefights?)\b", re.IGNORECASE)
# the attack verb's object a place where people live: "attacked the Dogon village of X", "attacked a Tuareg camp",
# "attacks the hamlet of Y" (not "attacked and burned the village": the deed is the burning; not "an attack on")
_SETTLEMENT_ATTACKED = re.compile(r"\battack(?:ed|s)\s+(?:(?:the|a|an|two|three|four|five|several|some)\s+)?"
                                  r"(?:(?!(?:and|then|or)\b)[\w'’-]+\s+){0,2}?(?:villages?|hamlets?|(?<!army )(?<!military )"
                                  r"camps?|localit(?:y|ies)|settlements?)\b", re.IGNORECASE)
# a settlement whose people were gone before the attackers came: "the villagers had already fled", "an abandoned
# village", "the hamlet was deserted" (no one there to harm: ACLED codes the burning or looting of it as property)
_SETTLEMENT_EMPTY = re.compile(r"\b(?:villagers|residents|inhabitants|population|people|occupants|locals)\s+had\s+"
                               r"(?:already\s+|previously\s+|all\s+|long\s+)?(?:fled|left|deserted|abandoned|evacuated)\b|"
                               r"\b(?:deserted|abandoned|empty|evacuated)\s+(?:villages?|hamlets?|settlements?|localit(?:y|ies))\b|"
                               r"\b(?:villages?|hamlets?|settlements?|localit(?:y|ies))\s+(?:was|were|had been|had already been)\s+"
                               r"(?:already\s+)?(?:deserted|abandoned|empty|evacuated)\b", re.IGNORECASE)


# a settlement's goods plundered, the word telling a raid for goods: "attacked the village and looted shops",
# "pillaged the houses of the hamlet" (with no one harmed, ACLED codes the plunder, not an attack on the people:
# Sahel notes of a settlement attacked, plundered, no one hurt: 7 of 8 Looting/property destruction; seized
# livestock or burned houses alone stay an attack on the people, as most such notes are coded)
_PLUNDERED = re.compile(r"\b(?:loot(?:ed|ing)|pillag(?:ed|ing)|plunder(?:ed|ing)|ransack(?:ed|ing))\b", re.IGNORECASE)


# the two organised camps of a dispute that fought: "clashes between followers of X and those of Y", "the conflict
# between two camps", "violent clashes between two factions of the family" (not "two groups" or "youths": a crowd)
_FACTIONS_FOUGHT = re.compile(r"\b(?:clash\w*|conflict|fighting|fights?|confrontations?|violence)\s+(?:[\w-]+\s+){0,3}?"
                              r"between\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)?(?:camps|factions|clans|followers|supporters|"
                              r"partisans)\b", re.IGNORECASE)
# ... over who holds a chiefdom
_CHIEFTAINCY = re.compile(r"\b(?:chieftaincy|chiefdom|chieftainship|(?:customary|traditional)\s+(?:chief|throne|"
                          r"leadership)\w*\s+succession|succession\s+(?:to|of)\s+the\s+(?:chief\w*|throne))\b",
                          re.IGNORECASE)


def _by_unnamed(a1: ActorMention | None) -> bool:
    """The doers no group or force is named for (ACLED's 'Unidentified Armed Group (X)': "unknown gunmen")."""
    return a1 is not None and a1.actor.startswith("Unidentified Armed Group")


# a place attacked while no one was there to defend it: "while it was unmanned", "the deserted gendarmerie", "the
# police had already vacated the premises"
_EMPTY = r"(?:unmanned|unoccupied|empty|deserted|vacated|abandoned|unguarded)"
_POSTS = r"(?:posts?|stations?|bases?|camps?|positions?|checkpoints?|buildings?|offices?|gendarmerie|barracks|premises)"
_UNMANNED = re.compile(r"\b(?:while|when|as)\s+(?:it|they)\s+(?:was|were)\s+(?:still\s+)?" + _EMPTY + r"\b|\b" + _EMPTY +
                       r"\s+(?:[\w-]+\s+){0,2}?" + _POSTS + r"\b|\b(?:had|have|has)\s+(?:already\s+)?(?:vacated|abandoned|"
                       r"deserted|left)\s+(?:the\s+|their\s+|its\s+)?" + _POSTS + r"\b", re.IGNORECASE)
# the forces themselves the protesters: "soldiers ... took to the streets", "angry gendarmes demonstrated", "a protest
# by soldiers against arrests of their colleagues"
_FORCE_NOUNS = r"(?:soldiers|troops|servicemen|policemen|police officers|gendarmes|(?:presidential |republican )?guards)"
_FORCES_PROTESTING = re.compile(r"\b(?P<f1>" + _FORCE_NOUNS + r")\b(?:\s+(?!(?:students|pupils|protesters|demonstrators|residents|"
                                r"youths?|people|crowds?|women|traders|teachers|supporters|workers|activists|opponents|"
                                r"farmers|herders|villagers|civilians|unionists|strikers|vendors|drivers|motorists|"
                                r"hundreds|dozens|thousands|scores|who|whom|which|at|against|"
                                # (the forces' own deed on a crowd: "policemen on Tuesday dispersed hundreds of
                                # teachers protesting", "troops were deployed to prevent supporters from gathering to
                                # protest"; not "fired", "soldiers fired in the air to protest unpaid bonuses")
                                r"dispers\w*|arrest(?:s|ed|ing)|detain(?:s|ed|ing)|beat(?:s|en|ing)?|block\w*|prevent\w*|deploy\w*|"
                                r"broke|break\w*|stop(?:s|ped|ping)?|ban(?:s|ned|ning)?|forb[ia]d\w*|charg\w*|tear-?gass\w*|"
                                r"clash\w*|confront\w*|surround\w*|crack\w*|repress\w*|quell\w*|scatter\w*|chas(?:e|ed|es|ing)|"
                                r"rounded|halt\w*|"
                                r"on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))\b)[\w,'’-]+){0,16}?"
                                r"\s+(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|to\s+protest|"
                                r"took to the streets?|went (?:out )?(?:in)?to the streets?|marched|staged|rallied)\b|"
                                r"\b(?:protests?|demonstrations?|march|sit-in)\s+(?:[\w-]+\s+){0,2}?by\s+(?:[\w-]+\s+){0,3}?"
                                r"(?P<f2>" + _FORCE_NOUNS + r")\b", re.IGNORECASE)
# the forces' kin, not the forces: "wives of soldiers staged a sit-in", "a protest by families of soldiers"
_FORCES_KIN_BEFORE = re.compile(r"\b(?:wives|husbands|spouses|famil(?:y|ies)(?:\s+members)?|relatives|widows|mothers|fathers|parents|"
                                r"children|sons|daughters|orphans|kin)\s+of\s+(?:(?:the|fallen|slain|killed|missing|"
                                r"deployed|detained|jailed)\s+){0,2}$", re.IGNORECASE)
# shots the protest is against, not shots fired: "police officers protested against rising gunfire"
_SHOTS_PROTESTED_BEFORE = re.compile(r"\b(?:against|over|about|denounc\w*|condemn\w*|to (?:end|stop|curb))\s+"
                                     r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _forces_protesting(text: str) -> bool:
    """Whether soldiers or police are the ones protesting (not their wives or families)."""
    for m in _FORCES_PROTESTING.finditer(text):
        at = m.start("f1") if m.group("f1") is not None else m.start("f2")
        if not _FORCES_KIN_BEFORE.search(text, max(0, at - 50), at):
            return True
    return False


def _shots_fired(text: str) -> bool:
    """Whether the text tells weapons fired, not gunfire as what a protest is against."""
    return any(not _SHOTS_PROTESTED_BEFORE.search(text, max(0, m.start() - 40), m.start())
               for m in _SHOTS_FIRED.finditer(text))


# weapons fired (not tear gas nor a dismissal: "fired the minister")
_SHOTS_FIRED = re.compile(r"\b(?:fir(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:shots?|gunshots|guns|weapons|rifles|rounds|bullets|"
                          r"volleys?|(?:in|into) the air)|gun ?shots?|gunfire|shots were (?:heard|fired))\b", re.IGNORECASE)
_CROWD_SUBJECT = re.compile(r"\W*(?:They|(?:The |Some |Many |Several |Hundreds of |Dozens of |Angry )?(?i:protesters|"
                            r"demonstrators|rioters|students|youths?|crowds?|residents|strikers|marchers|mob))\s+(?:then\s+|later\s+|also\s+)?(?:clashed|attacked|fought|threw|"
                            r"stoned|burned|torched|ransacked|looted|beat|assaulted|injured|wounded|set fire)\b")
# a crowd that demands someone's release, and that one's arrest told after it by a singular pronoun: "marched to
# demand the release of a union leader. He was arrested in mid-March." (the crowd is plural: the arrest is the one the
# crowd answers, told before it, not the crowd's dispersal; its day is not the protest's)
_RELEASE_DEMANDED = re.compile(r"\b(?:release|freedom|liberation)\s+of\b", re.IGNORECASE)
_HIS_ARREST = re.compile(r"\W*(?:He|She)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:arrested|detained|jailed|"
                         r"imprisoned|abducted|kidnapped)\b")


def _arrest_of_the_released(article: Article, draft: _Draft, s: Sentence) -> bool:
    """Whether sentence `s` tells the arrest of the one the protest `draft` demands the release of (see above)."""
    return _HIS_ARREST.match(s.text) is not None and any(
        _RELEASE_DEMANDED.search(article.sentences[i].text) for i in draft.sentences)


# a killing with its victims told without a number: "unknown gunmen shot dead the chiefs of two tribal fractions",
# "militants killed a village development councilman (CVD)", "a suspected individual ... was shot dead in Dedera"
_KILLED_SOMEONE = re.compile(r"\b(?:killing|killed|shot dead|executed)\s+(?:him|her)(?=\s*(?:[,.;]|and\b|$))|"
                             # (a gloss in brackets among the modifiers: "a former village development (CVD) councilman";
                             # "former" a determiner: "killed former separatist leader X")
                             r"\b(?:shot dead|gunned down|executed|killed|murdered|beheaded|slaughtered)\s+(?:the|a|an|his|"
                             r"her|their|two|three|several|former)\s+(?:(?:[\w'-]+|\([^()]{1,30}\))\s+){0,4}?(?:chiefs?|heads?|leaders?|members?|"
                             r"councilm[ae]n|councill?ors?|officials?|civilians|villagers|herders|traders|men|women|people|"
                             r"imams?|marabouts?|notables?|individuals?)\b|"
                             # one armed man put out of action by a force: "soldiers neutralised a JNIM member"
                             # (a member of a named group; not "a key member of the attack", "a rebel faction's demands")
                             r"\b(?:neutrali[sz]ed|eliminated)\s+(?:an?|the|one)\s+(?:[\w'-]+\s+){0,3}?(?:militant|terrorist|"
                             r"jihadi(?:st)?|insurgent|fighter|assailant|gunman|rebel|bandit|attacker|kidnapper|"
                             r"(?-i:[A-Z])[\w'-]+\s+member)\b(?!['’]|\s+(?:faction|group|movement|leader)\b)|"
                             # a person known by a rank or office: "shot dead MOC commander X", "gunned down the mayor"
                             r"\b(?:shot dead|gunned down|assassinated|murdered|beheaded)\s+(?:the\s+|a\s+|an\s+)?"
                             r"(?:[\w'-]+\s+){0,2}?(?:commanders?|officers?|mayors?|deput(?:y|ies)|judges?|prefects?|"
                             r"teachers?|pastors?|priests?|chiefs?|leaders?|officials?)\b|"
                             r"\b(?:was|were)\s+(?:\w+\s+)?(?:shot dead|gunned down|executed|beheaded)\s+(?:in|at|near|on|by)\b|"
                             # a rank and the name after it: "shot and killed MOC commander Saloum X", "killed Imam Y"
                             r"\b(?:shot and killed|killed|executed)\s+(?:[\w'-]+\s+){0,2}?(?:commander|officer|mayor|"
                             r"deputy|judge|prefect|chief|leader|official|council(?:l)?or|imam|teacher|pastor|priest)\s+"
                             r"(?-i:[A-Z])|"
                             # a body left behind, a weapon named: "killed and dumped the body of a young man", "was
                             # killed with a machete"
                             r"\bkilled\s+and\s+(?:dumped|buried|burned|abandoned|threw|hid|left)\b|"
                             r"\b(?:was|were)\s+(?:\w+\s+)?killed\s+with\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:machete|knife|knives|"
                             r"axe|blade|gun|rifle|club|stick|hammer|cutlass|dagger|spear|bow|arrow)s?\b|"
                             # "shoots and kills a village chief"; "was killed on Monday by unidentified attackers"
                             r"\bkills\s+(?:the|a|an|his|her|their)\s+(?:[\w'-]+\s+){0,3}?(?:chiefs?|heads?|leaders?|"
                             r"members?|officials?|civilians?|villagers?|herders?|traders?|man|woman|imams?)\b|"
                             # the dead found, their killers named: "found the corpse of a herder killed by
                             # militants", "the bodies are believed to be those of prisoners executed by soldiers"
                             r"\b(?:bod(?:y|ies)|corpses?|remains)\b[^.;]{0,80}?\b(?:killed|executed|murdered|slain)\s+by\b|"
                             # (the participle alone as well: "Forest guard and his guide killed by unknown gunmen";
                             # armed men of no name: "was killed by an unknown group")
                             r"\bkilled\b[^.;]{0,40}?\bby\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:attackers|"
                             r"assailants|gunm[ae]n|militants|jihadi(?:st)?s|terrorists|insurgents|rebels|soldiers|troops|gendarmes|"
                             r"militiam[ae]n|bandits|armed men|fighters|(?:unknown|unidentified|armed)\s+(?:groups?|"
                             r"individuals?|persons?|people|m[ae]n|assailants?|attackers?))\b|"
                             # armed men the subject of the killing: "Armed men killed forest guard", "gunmen shot dead"
                             r"\b(?:armed|unknown|unidentified)\s+(?:m[ae]n|individuals|persons|assailants|attackers)\s+"
                             r"(?:\w+\s+)?(?:killed|shot dead|executed)\b|"
                             r"\b(?:gunm[ae]n|militants|jihadi(?:st)?s|terrorists|insurgents|bandits|assailants|attackers)\s+"
                             r"(?!(?:were|was|have been|had been|been)\b)(?:\w+\s+)?(?:killed|shot dead|executed)\s+(?!in\b|on\b|by\b|during\b|when\b)",
                             re.IGNORECASE)
# the victim's headline, its auxiliary left out: "Ruling party official X shot dead.", "Trader gunned down in Y" (the
# sentence opens with the one killed and ends, or names the place or the doers, after the deed; no "was", "were")
_HEADLINE_PASSIVE = re.compile(r"^(?!.*\b(?:was|were|is|are|has|have|had|be|been|being|who|which|that|to|will|would|could|"
                               r"may|might)\b)(?:[\w'’.,()-]+ ){1,8}?(?:shot dead|gunned down|beheaded|hacked to death|"
                               r"stabbed to death)(?: (?:in|at|near|outside|on|by)\b|\s*[.;]?\s*$)", re.IGNORECASE)
# a killing told as a headline, its armed doers first ("Gunmen kill policeman in X", "FARDC kill 5 rebels"): the
# massacre trigger's headline form; its hit is moved past the doers (`_triggers_in`), who are the deed's doers, not
# the ones struck, and a victim always follows such a verb, as it does a murder word (`_drafts`)
_HEADLINE_DOERS_AT = re.compile(HEADLINE_DOERS + r" (?=(?:(?:arrest|abduct|kidnap|beat|torture|attack|shoot) and )?"
                                                  r"(?:kill|shoot|gun down|behead|execute|hack)\b)", re.IGNORECASE)
_HEADLINE_DOERS_BEFORE = re.compile(HEADLINE_DOERS + r" $", re.IGNORECASE)


_MURDER_WORD = re.compile(r"(?:" + ASSASSINAT + r"|behead|decapitat|murder|lynch|slit the throat|summar(?:y|ily) execut|"
                          # a death of a manner that is always someone's doing: "a couple were stoned to death"
                          r"(?:" + STONED + r"|stabbed|hacked) to death|burn(?:ed|t) alive)", re.IGNORECASE)


# a death of a cause that is no one's violence: "no signs of foul play", "drowned", "died of exposure"
_NO_ONES_DEATH = re.compile(r"\b(?:no (?:signs?|evidence|indication) of (?:foul play|violence|trauma|a struggle)|"
                                r"not (?:considered |believed to be |being treated as )?suspicious|drown(?:ed|ing)?|"
                                r"hypotherm\w*|heat ?stroke|heat ?wave|heat exhaustion|overdos\w*|natural causes|"
                                r"(?:died|death) (?:of|from) (?:exposure|thirst|hunger|starvation|dehydration|cold|heat|"
                                r"illness|disease)|dehydrat\w*|suffocat\w*|asphyxi\w*|carbon monoxide|avalanche|"
                                r"froze to death|frozen to death|starv(?:ed|ation)|(?:traffic|road|car|hiking|climbing|mountaineering|"
                                r"boating|diving) accidents?|(?:plane|car|bus|helicopter) crash)\b", re.IGNORECASE)
# (not "accidental": an accidental shooting is gun violence)


# the target of shells or rockets that answered: "responded with artillery fire", "returned fire", "retaliated"
_TARGET_ANSWERED = re.compile(r"\b(?:responded|retaliated|riposted)\b|" + _SHOT_BACK.pattern, re.IGNORECASE)


# a note that says its fight is another event ("the army intervened and routed the assailants (battle coded
# separately)", "(intervention coded separately)"): this one is the other part, what was done to people or property
_FIGHT_CODED_APART = re.compile(r"\b(?:battle|battles|clash|clashes|fighting|fight|intervention|response|"
                                r"battle deaths)\s+(?:(?:is|are|was|were|has been|have been)\s+)?coded\s+separately\b",
                                re.IGNORECASE)


# what happened to an agreement that makes it an event: signed, reached, ...; prisoners traded ("conducted a prisoner
# exchange", "the two sides exchanged prisoners")
_AGREEMENT_DONE = re.compile(r"\b(?:signed|concluded|reached|sealed|agreed|inked|ratified|"
                             r"(?:exchanged|swapped)(?!\s+(?:heavy\s+|small[- ]arms\s+)?(?:fire|gunfire|shots|blows))|"
                             r"(?:conducted|carried out|completed|held) (?:a |an |the )?prisoners? (?:exchanges?|swaps?))\b",
                             re.IGNORECASE)


# forces sent where the attack told was, or because of it: "Soldiers were deployed to the area", "troops were sent to
# the village after the attack", "reinforcements were dispatched to the scene"
_SENT_TO_THE_SCENE = re.compile(r"\b(?:deployed|dispatched|sent|rushed|arrived)\b[^.;]{0,40}?\b(?:to|in|at)\s+(?:the|that)\s+"
                                r"(?:area|scene|site|locality|village|town|zone|spot|region)\b|"
                                r"\b(?:deployed|dispatched|sent|rushed|arrived)\b[^.;]{0,60}?\b(?:after|following)\s+"
                                r"(?:the|this|that)\s+(?:attack|raid|killings?|massacre|ambush|incident)\b",
                                re.IGNORECASE)


# forces sent to help another state's: "deployed to the region to support the Malian army" (ACLED's military aid)
_FOREIGN_SENT = re.compile(r"\bto\s+(?:support|help|assist|back|bolster|reinforce|aid)\s+(?:the\s+)?(?-i:[A-Z])",
                           re.IGNORECASE)


def _foreign_forces(article: Article, s: Sentence, draft: _Draft) -> bool:
    """Does sentence `s` name forces of another country than the draft's ("200 Chadian troops" after an attack in
    Mali)?"""
    home = {p.country_code for p in article.places if p.sentence in draft.sentences}
    return bool(home) and any(p.sentence == s.index and p.context == "demonym" and p.country_code not in home
                              for p in article.places)


# many happenings summed over a country or a region: "killed in attacks across Burkina Faso", "violence throughout the
# region"; and one deed told in the same sentence, which is a happening of its own: "a bomb", "an attack on Djibo"
_TALLY_ACROSS = re.compile(r"\b(?:attacks|raids|incidents|violence|clashes|fighting|killings)\s+(?:\w+\s+){0,2}?"
                           r"(?:across|throughout)\s+"
                           # (not a crossing: "carried out raids across the border", "attacks across the river")
                           r"(?!the\s+(?:border|frontier|river|lake|street|road|line)s?\b|borders?\b)", re.IGNORECASE)
_ONE_DEED = re.compile(r"\b(?:an?|the|one)\s+(?:[\w-]+\s+)?(?:attack|bomb|ambush|raid|blast|explosion|strike|assault|"
                       r"massacre|shooting)\b|"
                       # (a deed told by its verb: "when militants ambushed a patrol near Djibo")
                       r"\b(?:ambushed|attacked|raided|stormed|overran|bombed|shelled|opened\s+fire|abducted|kidnapped)\b",
                       re.IGNORECASE)


def _a_tally(article: Article, s: Sentence) -> bool:
    """Does sentence `s` sum many happenings over a country or a region (`_TALLY_ACROSS`), no one of them told?

    A deed told in it (`_ONE_DEED`), a day, or a place below the country ("Fighting across northern Mali killed 10
    soldiers near Tessalit on Sunday") tell one happening, whatever word opens the sentence."""
    if not _TALLY_ACROSS.search(s.text) or _ONE_DEED.search(s.text):
        return False
    if any(d.precision == 1 and not _is_report_date(article, d) for d in _sentence_dates(article, s.index)):
        return False
    return not any(p.sentence == s.index and p.feature in ("place", "admin2") for p in article.places)


def _drafts(article: Article) -> list[_Draft]:
    """Group the sentences of an article into candidate happenings (drafts), one per trigger family.

    An article usually tells one violent happening: a later violent sentence joins it unless it says it is
    another one ("in a separate attack"), gives another day, or another area. Background sentences (history,
    present perfect without a day, dates long before publication) open nothing."""
    drafts: list[_Draft] = []
    open_violence: _Draft | None = None
    open_protest: _Draft | None = None
    strategic: dict[str, _Draft] = {}
    last_violent_sentence = -10
    accident = _accident_story(article)
    for s in article.sentences:
        toll = False
        if accident:
            found = _triggers_in(s.text)
            toll = _only_toll(found, s.text)
            accident = toll or not any(t.family == "violence" for t, _ in found)
        hits = [] if accident and toll else _sentence_triggers(s)
        low = s.text.lower()
        history = _history_in_main_clause(low)
        background = _background(article, s, history)
        index = _by_sentence(article)
        crowd = s.index in index.crowd or bool(_CROWD_LC.search(low)) or open_protest is not None or \
            any(t.name == "protest" for t, _ in hits) or (
                # people who burn tyres or barricade roads are a crowd: "residents burned tires and barricaded roads"
                any(t.name == "riot" for t, _ in hits) and _crowd_people(s.text)
                # (armed men or forces who did it, named before the deed; "lifted after talks with the authorities"
                # leaves the residents' barricades theirs; not when the crowd is named first, beside them: "residents
                # and GATIA militiamen barricaded the main road")
                and not any(a.sentence == s.index and a.inter in (1, 2, 3, 4, 8)
                            and a.start < min(sp[0] for t, sp in hits if t.name == "riot")
                            and not _crowd_people(article.text, s.start, a.start) for a in article.actors)) or \
            _stone_throwers(article, s, hits)
        # a sentence that tells another kind of happening describes a place or a people by its past in a relative
        # clause ("extended the state of emergency in the Diffa region, which has recently come under attack"): not
        # the happening ("Smith, who had been shot on Friday, died Sunday" tells nothing else, and stays)
        told_else = any(t.family not in ("violence", "protest") for t, _ in hits)
        finds = [sp for t, sp in hits if t.family == "weapons" and _EXPLOSIVE_FIND.search(article.text, sp[0], sp[1])]
        violent = [(t, sp) for t, sp in hits if t.family == "violence" and not (told_else and _IN_PAST_RELATIVE.search(
            low, max(0, sp[0] - s.start - 80), sp[0] - s.start)) and not _find_setting(article.text, sp, finds)
            and not _old_deed(article, s, sp)]
        protest = [(t, sp) for t, sp in hits if t.family == "protest" and (t.name in ("protest", "mutiny") or crowd)]
        if protest and all(t.name == "mutiny" for t, _ in protest) and violent and not _casualty_sentence(s.text) \
                and not any(t.family not in ("violence", "protest") for t, _ in hits) \
                and all(_BARE_GUNFIRE.fullmatch(article.text[sp[0]:sp[1]]) for _, sp in violent):
            # the mutineers' own shooting, no one hit and no one fought: the mutiny ("Gunfire by mutinying soldiers
            # was heard for hours in the capital"), which ACLED codes as a violent demonstration
            violent = []
        if protest and all(t.name == "mutiny" for t, _ in protest) and (violent or any(
                t.family not in ("violence", "protest") for t, _ in hits) and any(
                _AFTER_CAUSE.search(article.text, max(s.start, sp[0] - 40), sp[0]) for _, sp in protest)):
            # "soldiers mutinied and took over the towns": the takeover, by the mutineers; "lifted the curfew imposed
            # after mutinous soldiers went on a rampage": the curfew, the mutiny its cause
            protest = []
        other = [(t, sp) for t, sp in hits if t.family not in ("violence", "protest")]
        hypothetical = _is_hypothetical(s.text, low)
        numbers = s.index in index.numbered
        # a killing verb alone is only violence when the sentence has casualties or an attack context
        if violent and all(t.name == "massacre" for t, _ in violent) and open_violence is None and not numbers \
                and _single_victim(article, s) is None \
                and not any(_MURDER_WORD.match(s.text, sp[0] - s.start)
                            or _HEADLINE_DOERS_BEFORE.search(s.text, max(0, sp[0] - s.start - 60), sp[0] - s.start)
                            for _, sp in violent) \
                and not _KILLED_SOMEONE.search(s.text) and not _HEADLINE_PASSIVE.match(s.text):
            violent = []  # (a word that always has a victim stands alone: "was assassinated by presumed jihadists")
        if violent and all(t.name == "massacre" and "found dead" in article.text[sp[0]:sp[1]].lower()
                           for t, sp in violent) and _NO_ONES_DEATH.search(article.text):
            violent = []  # people found dead of a cause the text tells that is no one's violence: "Four migrants were
            # found dead in a truck ... of heat and dehydration", "no signs of foul play"
        if violent and open_violence is None and _a_tally(article, s):
            violent = []  # the sum of many happenings, no one of them: "Over the past week, at least 50 people were
            # killed in attacks across Burkina Faso, according to a tally by local media" (not one deed told beside
            # it: "In one of 15 incidents since March ..., a bomb exploded under a truck")
        # a crowd's violence is a riot, told by the protest draft
        if violent and all(t.name in ("ied", "blast", "grenade", "shelling") for t, _ in violent) and \
                any(t.family == "weapons" for t, _ in other) and not _WENT_OFF.search(_finders_text(article.text, s, finds)):
            violent = []  # "an IED was discovered and defused": weapons disrupted, nothing exploded ("found an IED and
            # detonated it": set off by the finders; "found at the site of a blast that killed two": an earlier one)
        protest_word = any(t.name == "protest" for t, _ in protest)
        armed_here = bool(violent and protest) and any(a.sentence == s.index and a.inter in (2, 3)
                                                      for a in article.actors)
        if violent and protest and not any(t.name in ("air", "ied", "suicide", "shelling", "abduction")
                                           for t, _ in violent) and open_violence is None and \
                (protest_word or not armed_here):
            crowd_agent = next((sp for t, sp in violent if t.name != "harm" and _BY_CROWD.match(article.text, sp[1])), None)
            if crowd_agent is not None:
                # "police stations were attacked by student demonstrators": the crowd's violence, a riot
                protest.append((_TRIGGER_BY_NAME["riot"], crowd_agent))
            violent = []
        elif violent and protest and not protest_word and armed_here:
            protest = []  # "militants attacked the village and burned a vehicle": the armed group's, not a crowd's
        if violent and open_violence is None and open_protest is not None and not background and \
                s.index - open_protest.sentences[-1] <= 1 and _CROWD_SUBJECT.match(s.text) and \
                not any(t.name in ("air", "ied", "suicide", "shelling") for t, _ in violent):
            # "They clashed with a joint force of police and soldiers sent to disperse them": the crowd's violence
            open_protest.sentences.append(s.index)
            open_protest.kinds.append(_TRIGGER_BY_NAME["riot"])
            violent = []
        if violent and all(t.name == "harm" for t, _ in violent) and open_violence is None and \
                open_protest is not None and s.index - open_protest.sentences[-1] <= 2 and not background:
            # "Two police officers were injured." after a riot: its toll
            open_protest.sentences.append(s.index)
            violent = []
        if violent and open_violence is not None and _CLAIM_OF_IT.search(s.text) and not _SEPARATE.search(s.text) \
                and s.index - last_violent_sentence <= 3:
            # "JNIM claimed the attack on March 6": the claim of the happening told, dated by the claim, not another
            open_violence.sentences.append(s.index)
            last_violent_sentence = s.index
            violent = []
        if violent and not background and not (hypothetical and not _KILLED.search(s.text)):
            # a sentence that only tells harm after an attack ("three others were wounded and evacuated to
            # Niamey") is its toll, wherever the wounded were taken
            harm_only = all(t.name == "harm" for t, _ in violent)
            if open_violence is not None and not _distinct(article, s, open_violence, places=not harm_only):
                open_violence.sentences.append(s.index)
                open_violence.kinds.extend(t for t, _ in violent)
            else:
                open_violence = _Draft(violent[0][0], [s.index], violent[0][1], [t for t, _ in violent])
                drafts.append(open_violence)
            last_violent_sentence = s.index
        elif open_violence is not None and not background and (
                _ANAPHOR.search(s.text) or _WHO_DID_IT.search(s.text) or (numbers and _casualty_sentence(s.text))
                or _single_victim(article, s) is not None or _one_more_died(s.text)
                # (one hurt told alone after the attack: "A gunman opened fire outside a bar. The man was taken to the
                # hospital for his injuries", its toll; not "One man was taken to the hospital" after "five people
                # were shot", one of them told again by a figure)
                or (not numbers and _single_wounded(article, s) is not None)) and \
                s.index - last_violent_sentence <= 3 and not _distinct(article, s, open_violence, places=False):
            open_violence.sentences.append(s.index)
            last_violent_sentence = s.index
        if protest and not background:
            if open_protest is None:
                open_protest = _Draft(protest[0][0], [s.index], protest[0][1], [t for t, _ in protest])
                drafts.append(open_protest)
            else:
                open_protest.sentences.append(s.index)
                open_protest.kinds.extend(t for t, _ in protest)
        elif open_protest is not None and not background and s.index not in open_protest.sentences and (
                crowd or (numbers and (_casualty_sentence(s.text) or _ARRESTED.search(s.text)))) and \
                s.index - open_protest.sentences[-1] <= 2 and not _arrest_of_the_released(article, open_protest, s):
            open_protest.sentences.append(s.index)
        for trig, span in other:
            if background and trig.family != "agreement":
                continue
            if trig.family == "agreement" and background and not REVOKE.search(s.text):
                continue  # "agreements signed last year": the reminder of an old agreement
            if trig.family in ("arrests", "looting", "weapons", "movement", "base") and (
                    open_violence is not None or open_protest is not None):
                continue  # arrests, looting, forces arriving during an attack or a riot are part of it
            if trig.family == "arrests" and _CAUGHT_PLANTING.search(s.text):
                continue  # "arrested two men in the process of planting an IED": the weapons disrupted, one event
            if trig.family == "military-aid" and open_violence is not None and s.index in open_violence.sentences:
                continue  # "soldiers arrived in Kidal and clashed with militants": the fight
            if trig.family == "military-aid" and open_violence is not None and _SENT_TO_THE_SCENE.search(s.text) \
                    and not _FOREIGN_SENT.search(s.text) and not _foreign_forces(article, s, open_violence):
                continue  # "Soldiers were deployed to the area on Sunday" after an attack: the response to it, no
                # strategic event of its own (ACLED's military aid is a state's forces or arms sent to another)
            if trig.family == "movement" and any(t.family not in ("movement", "base") for t, _ in other):
                continue  # "Russian instructors arrived": the aid or the withdrawal the sentence tells
            if trig.family in ("handover", "military-aid") and any(t.family == "disarm" for t, _ in other):
                continue  # "laid down arms and handed over weapons during a ceremony": the disarmament
            d = strategic.get(trig.family)
            if d is None:
                d = _Draft(trig, [s.index], span, [trig])
                strategic[trig.family] = d
                drafts.append(d)
            elif s.index not in d.sentences:
                d.sentences.append(s.index)
    # people arrested and then killed in the next sentence, which names no one else ("Nigerien forces arrested
    # five men. Two were released while three were summarily executed."): one happening, the killing
    for d in [d for d in drafts if d.trigger.family == "arrests"]:
        nxt = next((v for v in drafts if v.trigger.family == "violence" and v.sentences[0] == d.sentences[-1] + 1), None)
        if nxt is not None and _KILLED_AFTER_ARREST.search(article.sentences[nxt.sentences[0]].text) \
                and not any(a.sentence == nxt.sentences[0] and a.inter != 7 for a in article.actors):
            nxt.sentences[:0] = [i for i in d.sentences if i not in nxt.sentences]
            drafts.remove(d)
        elif nxt is None and d.sentences[-1] + 1 < len(article.sentences) and _THEN_KILLED_NEXT.match(
                article.text, article.sentences[d.sentences[-1]].end):
            d.sentences.append(d.sentences[-1] + 1)  # "5 men were detained ... Their bodies were later discovered"
    # the arrested told taken away in the next sentence, which names no one else ("Security forces arrested three
    # activists in Niamey. The men were taken to an unknown location"): the arrest, not an abduction besides
    for d in [d for d in drafts if d.trigger.family == "violence" and all(k.name == "abduction" for k in d.kinds)]:
        arrest = next((a for a in drafts if a.trigger.family == "arrests" and a.sentences[-1] == d.sentences[0] - 1),
                      None)
        s = article.sentences[d.sentences[0]]
        if arrest is not None and len(d.sentences) == 1 and _TAKEN_AWAY_AGAIN.match(s.text) \
                and not any(a.sentence == s.index and a.inter != 7 for a in article.actors):
            arrest.sentences.append(s.index)
            drafts.remove(d)
    # bodies told in a sentence of their own, then whose they were and who killed them in the next ("5 bodies were
    # seen on the outskirts of Djibo. The bodies are believed to belong to herders executed by soldiers"): one
    # happening, told from the bodies (cas16)
    for d in drafts:
        first = d.sentences[0]
        if d.trigger.family == "violence" and first > 0 and _BODIES_AGAIN.match(article.sentences[first].text) \
                and _BODIES_TOLD.search(article.sentences[first - 1].text) \
                and not any(first - 1 in v.sentences for v in drafts):
            d.sentences.insert(0, first - 1)
    # people arrested by the state's forces and goods seized or destroyed after it in the same sentence ("the army
    # arrested 30 people and seized 20 carts of supplies", "arrested a hundred miners and destroyed their
    # equipment"): one operation, the arrests (ACLED), the seizure part of it
    for d in [d for d in drafts if d.trigger.family == "looting"]:
        arrest = next((a for a in drafts if a.trigger.family == "arrests" and d.sentences[0] in a.sentences
                       and a.trigger_span[0] < d.trigger_span[0]), None)
        if arrest is None:
            continue
        lead = article.sentences[d.sentences[0]]
        if any(m.sentence == lead.index and m.inter == 1 and m.start < arrest.trigger_span[0] for m in article.actors) \
                or _STATE_FORCES.search(article.text, lead.start, arrest.trigger_span[0]):
            drafts.remove(d)
    # property looted or seized and, in the next sentence, people told killed or wounded with no armed side named
    # there ("militants seized a truck carrying NGO supplies. An NGO apprentice was killed."; "gunmen plundered
    # shops in X. One refugee wounded."): one happening, the harm done to people (ACLED: an Attack, the looting
    # part of it)
    for d in [d for d in drafts if d.trigger.family == "looting"]:
        nxt = next((v for v in drafts if v.trigger.family == "violence" and v.sentences[0] == d.sentences[-1] + 1), None)
        if nxt is None:
            continue
        s = article.sentences[nxt.sentences[0]]
        if _casualty_sentence(s.text) and not any(a.sentence == s.index and a.inter != 7 for a in article.actors) \
                and not _distinct(article, s, d):
            nxt.sentences[:0] = [i for i in d.sentences if i not in nxt.sentences]
            drafts.remove(d)
    # a mutiny told before or after the fight or takeover it made ("Soldiers mutinied over unpaid wages. They took
    # over the areas of ..."): that happening, not a riot besides
    for d in [d for d in drafts if all(k.name == "mutiny" for k in d.kinds)]:
        if any(v.trigger.family == "violence" and abs(v.sentences[0] - d.sentences[-1]) <= 2 for v in drafts):
            drafts.remove(d)
    # armed men or forces who entered or arrived and, in the same or the next sentence, did violence: one happening,
    # the violence ("militants entered the market of X. Several women were wounded and assaulted")
    # ... or looted, burned or destroyed ("militants entered the village of X. They burned the school"): the damage
    # (ACLED's looting/property destruction), not a move besides it
    for d in [d for d in drafts if d.trigger.family == "movement"]:
        if any(v.trigger.family in ("violence", "looting") and d.sentences[0] <= v.sentences[0] <= d.sentences[0] + 1
               for v in drafts):
            drafts.remove(d)
    # the scene of a happening is set after the one before it ends, at most three sentences back
    ordered = sorted(drafts, key=lambda d: d.sentences[0])
    for prev, d in zip([None, *ordered], ordered):
        seen = max((i for p in ordered[:ordered.index(d)] for i in p.sentences), default=-1) if prev else -1
        d.lead_from = max(seen + 1, d.sentences[0] - 3, 0)
    # an agreement is a strategic event only when something happened to it (signed, revoked, ...)
    out = []
    for d in drafts:
        if d.trigger.family == "agreement":
            texts = " ".join(article.sentences[i].text for i in d.sentences)
            if not (REVOKE.search(texts) or _AGREEMENT_DONE.search(texts)):
                continue
        out.append(d)
    return out


# the people told before, taken away: "The men were taken to an unknown location", "They were taken away"
_TAKEN_AWAY_AGAIN = re.compile(r"\s*(?:The|These|Those|They|All|Both)\b(?:\s+[\w-]+){0,3}?\s+(?:were|was|have\s+been|had\s+been)\s+"
                               r"(?:then\s+|later\s+)?(?:taken|driven|transferred|moved|led)\s+(?:away|to\s+an?\s+"
                               r"(?:unknown|undisclosed|secret)\s+(?:location|destination|place))\b", re.IGNORECASE)
# the bodies told again at the head of a sentence, and told before (see `_drafts`)
_BODIES_AGAIN = re.compile(r"\s*(?:The|These|Those|Their)\s+(?:bodies|corpses|remains)\b", re.IGNORECASE)
_BODIES_TOLD = re.compile(r"\b(?:bodies|corpses)\b", re.IGNORECASE)
_KILLED_AFTER_ARREST = re.compile(r"\b(?:were|was|had been|have been)\s+(?:\w+\s+){0,2}?(?:executed|killed|shot dead|"
                                  r"found dead|slaughtered|murdered)\b|\bbodies\b", re.IGNORECASE)


# a toll shared among events: "Fatalities split between", "fatalities divided equally across", "fatalities spread over"
# (also the source's own figure, shared: "Unknown fatalities coded as 3, spread over two dates")
# (and misspelt: "fatlities divided equally across two events")
_SPLIT = re.compile(r"\bfata?lities\s+(?:coded\s+as\s+\d+\s*,?\s*(?:and\s+)?)?(?:are\s+|were\s+|have\s+been\s+)?"
                    r"(?:(?:equally|evenly)\s+)?(?:split|divided|distributed|spread)\b", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})\s*\((\d+)\)")
# "(8) in In-Ates", "(28) fatalities for Boulikessi"
_SHARE_BEFORE = re.compile(r"\((\d+)\)\s+(?:fatalities\s+)?(?:in|for|at)\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})")
# (or in them, after what they are: "divided between July, August and September in 3 events")
# ("in" only before events themselves: "in 3 days" or "in 2 villages" tell where or when, not a share)
_SPLIT_INTO = re.compile(r"\b(?:(?:between|across|among|into|over)\s+(?:the\s+)?\(?(\d+|two|three|four|five|six)\)?\s+"
                         r"(?:events|locations|attacks|villages|incidents|places|sites|dates|days)|"
                         r"in\s+(?:the\s+)?\(?(\d+|two|three|four|five|six)\)?\s+(?:separate\s+)?(?:events|incidents))\b",
                         re.IGNORECASE)
# dead of the toll the note says are coded in other events: "(30 fatalities coded in a previous event)", "(7 soldier and
# 38 Boko Haram fatalities coded in other events; ...)": not this event's, whatever the toll beside them sums
_CODED_ELSEWHERE = re.compile(r"\(([^()]{0,80}?)\bfatalities\s+(?:(?:were|are|have\s+been|already)\s+)*coded\s+"
                              r"(?:in|as|under)\s+(?:an?\s+|the\s+)?(?:previous|other|earlier|prior|separate|another|"
                              r"different)\s+events?\b", re.IGNORECASE)
# the number of events told elsewhere in the text: "coded as four events in two locations ... with fatalities split
# between events"
_CODED_AS_EVENTS = re.compile(r"\bcoded\s+as\s+(\d+|two|three|four|five|six)\s+(?:separate\s+)?events\b",
                              re.IGNORECASE)
# shared with events the text does not count: "fatalities split between events" (two: "between" tells of two)
_SPLIT_BETWEEN_EVENTS = re.compile(r"\bfatalities\s+(?:are\s+|were\s+|have\s+been\s+)?(?:(?:equally|evenly)\s+)?"
                                   r"(?:split|divided)\s+between\s+(?:the\s+)?events\b", re.IGNORECASE)


def _split_share(article: Article, total: int, place: PlaceMention | None
                 ) -> tuple[int, tuple[int, int], str] | None:
    """This event's part of a toll the text says it shares with other events: the figure it gives for the event's
    place ("... split between three events in Bombou (3), Materou (3), Bore (1)", "as (4) in Sankoro"), else the
    toll divided by the number of events it names ("Fatalities are split across 3 events": 20 -> 7). None when
    the text shares nothing, or names shares but none for this place. An even share is rounded to the nearest
    whole (half up): of 20 in 3 events two carry 7, so 7 is the likeliest share of any one. Returns (share, span,
    how)."""
    m = _search_article(_SPLIT, article.text)
    if m is None:
        return None
    end = article.text.find("\n", m.end())
    tail = article.text[m.start(): end if end > 0 else len(article.text)][:300]
    shares = [(g.group(1), int(g.group(2)), g.span()) for g in _SHARE_AFTER.finditer(tail)]
    shares += [(g.group(2), int(g.group(1)), g.span()) for g in _SHARE_BEFORE.finditer(tail)]
    if shares:
        if place is None:
            return None
        here = {fold(place.text), fold(place.name)}
        for name, n, (a, b) in shares:
            key = fold(name)
            if any(key == h or key.startswith(h + " ") or h.startswith(key + " ") for h in here) and n <= total:
                return n, (m.start() + a, m.start() + b), "named"
        return None
    k = _SPLIT_INTO.search(tail)
    span = (m.start(), m.start() + k.end()) if k is not None else (m.start(), m.end())
    if k is None and (k := _CODED_AS_EVENTS.search(article.text)) is None:
        if _SPLIT_BETWEEN_EVENTS.match(article.text, m.start()) is None:
            return None
        return (total + 1) // 2, span, "1/2"  # "fatalities split between events", no number of them anywhere: two
    n_told = next(g for g in k.groups() if g)
    parts = int(n_told) if n_told.isdigit() else _WORD_NUMBERS[n_told.lower()]
    if parts < 2:
        return None
    return (2 * total + parts) // (2 * parts), span, f"1/{parts}"


def _casualty_sentence(text: str) -> bool:
    """Does a sentence tell harm to people, or a toll revised with no death word ("The toll later rose to 14")?"""
    return bool(_KILLED.search(text) or _WOUNDED.search(text) or _ABDUCTED.search(text) or _REVISED_TOLL.search(text))


# -- casualties -----------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Count:
    what: str  # killed / wounded / abducted / arrested
    side: str  # state / attackers / civilians / unknown
    number: NumberMention
    total: bool = False
    age: float | None = None  # one person told by name and age: two ages are two people
    again: bool = False  # "the four victims": a toll told before, or a part of it ("the other four")
    besides: bool = False  # people besides those told before ("eight others", "another six", "two more")
    rule: str = ""  # the mechanism that counted it, where not the figure's verb ("died-of-wounds")


def _side_of(noun: str | None) -> str:
    if not noun:
        return "unknown"
    n = noun.lower()
    if n in _STATE_NOUNS or any(w in n for w in ("soldier", "troop", "police", "gendarme")):
        return "state"
    if n in _ATTACKER_NOUNS or any(w in n for w in ("terrorist", "militant", "jihadi", "extremist", "attacker", "aggressor",
                                                    "kidnapper", "abductor")):
        return "attackers"
    if n in _CIVILIAN_NOUNS:
        return "civilians"
    return "unknown"


# an object right after a verb makes it active ("killed two people", "wounded a third")
# (not a share told by how badly: "17 wounded some severely", "30 injured, several seriously")
_ACTIVE_OBJECT = re.compile(r"\s+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|"
                            r"at least|about|some|his|her|their|its|others|another|numerous|scores)\b"
                            r"(?!\s+(?:severely|seriously|critically|badly|gravely|slightly|lightly|fatally)\b))",
                            re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\b", re.IGNORECASE)
_QUALIFIERS = r"(?:(?:at least|about|around|some|nearly|almost|over|more than|up to|another|an estimated|a total of|" \
              r"approximately|roughly|close to|the|reportedly|allegedly)\s+)*"


@functools.cache
def _verbs_before() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((what, re.compile(rx.pattern + r"\s+" + _QUALIFIERS + r"$", rx.flags))
                 for what, rx in (("killed", _KILLED), ("wounded", _WOUNDED), ("abducted", _ABDUCTED),
                                  ("arrested", _ARRESTED), ("shot", _SHOT)))


_KINDS = (("killed", _KILLED), ("wounded", _WOUNDED), ("abducted", _ABDUCTED), ("arrested", _ARRESTED), ("shot", _SHOT))


_NOT_A_TOLL_BEFORE = re.compile(r"\b(?:(?:father|mother|parent|dad|mom|grand(?:father|mother|parent))\s+of|"
                                r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of|among)\s+"
                                r"(?:the|these|those|all)|\bage[sd]?(?:\s+\d+\s*(?:,|and))*)\s+$", re.IGNORECASE)
# "one of the others", "two of the injured", "one of three people wounded": a part of a toll told as a whole
_PART_OF_TOLD = re.compile(r"\s+of\s+(?:(?:the|those|these)\s+(?:injured|wounded|dead)\b|(?:(?:the|those|these|her|his|their)"
                           r"\s+)?(?:other\s+)?(?:\w+\s+)?(?:others|victims|people|men|women|sons|daughters|children)"
                           r"\s+(?:who were\s+)?(?:injured|wounded|killed|shot|hurt)\b"
                           # (or the dead told by who they were: "five people were killed; four of the victims were
                           # civilians", "two of the dead were soldiers")
                           r"|(?:the|those|these)\s+(?:victims|dead|deceased|fatalities)\s+(?:were|are)\s+(?:all\s+)?"
                           r"(?:(?!\w+ed\b)[\w-]+\s+){0,2}?(?:civilians|soldiers|children|women|men|boys|girls|students|"
                           r"policemen|officers|gendarmes|troops|militants|fighters|jihadists|assailants|attackers|"
                           r"members|villagers|residents|farmers|herders|teenagers|teens|minors|adults)\b)", re.IGNORECASE)
# a verb of its own right before a figure, joined to the casualty verb before it: "killed one villager and |burned|
# eight carts", "killing three militants, |capturing| four others", "killing two officers and |leaving| three missing"
_OTHER_VERB_BEFORE = re.compile(r"(?:\band|,)\s+(?:then\s+|also\s+)?([a-z]{3,}(?:ed|ing))\s+(?:(?:at least|about|some|over|more than)"
                                r"\s+)?$", re.IGNORECASE)
# between a number and a casualty word: the number is the subject of another verb, or another clause begins
_OTHER_CLAUSE = re.compile(r"\b(?:charged|indicted|wanted|accused|arrested|sentenced|convicted|pleaded|custody|"
                           r"suspects?|when|while|because|as (?:he|she|they)|after (?:he|she|they))\b", re.IGNORECASE)


# an aside in brackets between a figure and its verb ("two people from an IDP camp [hosting Burkinabe and Malian
# refugees] were killed"): neither its length nor its figures part them
# (or between dashes: "Three people - a village councillor, an imam and an old man - were killed"; no hyphen inside,
# which would open lists of ages, often the earlier dead a story recalls: "Within the last year, three children -
# 7-month-old X, 6-year-old Y and 10-year-old Z - all died from errant gunfire" read 3 dead in a GVA article)
_ASIDE = re.compile(r"\s*(?:\[[^\]\[]{0,100}\]|\([^()]{0,100}\)|"
                    r"(?:\s[-–—]\s|[–—])[^-–—.;]{1,100}?(?:\s[-–—]\s|[–—]))")
# counts joined under one verb: "14 soldiers and 4 assailants killed", "12 Fulani and 1 Dogon were killed" (the gap
# between the first figure and the verb holds only nouns, "and" or commas, and other figures)
# (every number word: "forty-three Malian soldiers and seventeen militants were killed")
_NUMWORD = r"(?:\d+|" + NUMBER_WORD_PATTERN + r"|a dozen|dozens|several)"
# what joins figures in a list: "20 soldiers, |", "20 soldiers and |", "4 fighters, and |"
_FIGURE_SEP = r"(?:,\s*|(?:and|&)\s+|,\s*and\s+)"
# objects of one verb before a figure: "killed| 20 soldiers and |three civilians"
# (a comma right after the nouns only before "and": "killed 4 fighters, and |11 civilians"; not "shot six people,
# |one fatally", a part of the toll)
_OBJECTS_BEFORE = re.compile(r"\s+(?:at least\s+)?" + _NUMWORD + r"\s+(?:[\w'-]+(?:\s+|(?=,\s*and\s))){1,3}?"
                             + _FIGURE_SEP, re.IGNORECASE)
# a verb, then one or more of its objects before a figure: "killed one police commissioner and |two gendarmes"
_VERB_THEN_OBJECTS = {what: re.compile(rx.pattern + r"(?:" + _OBJECTS_BEFORE.pattern + r")+$", rx.flags)
                      for what, rx in (("killed", _KILLED), ("wounded", _WOUNDED), ("abducted", _ABDUCTED),
                                       ("arrested", _ARRESTED), ("shot", _SHOT))}
# a verb, then objects set off by commas alone before a figure with its own noun: "killing at least 5 policemen,
# |1 civilian|, and wounding 4 refugees" (the figure's noun tells a list, not a part of the toll: "shot six people,
# one fatally")
_LISTED_OBJECT_BEFORE = re.compile(r"\s+(?:at least\s+)?" + _NUMWORD + r"(?:\s+[\w'-]+){1,3}?\s*" + _FIGURE_SEP,
                                   re.IGNORECASE)
_VERB_THEN_LIST = {what: re.compile(rx.pattern + r"(?:" + _LISTED_OBJECT_BEFORE.pattern + r")+$", rx.flags)
                   for what, rx in (("killed", _KILLED), ("wounded", _WOUNDED), ("abducted", _ABDUCTED),
                                    ("arrested", _ARRESTED))}
# the dead listed under a heading, a later figure of the list: "Fatalities: 5 Niger soldiers, |3 AQIM"
# (or put at a list: "the deaths at a reported 46 soldiers, |28 civilians| and |156 militants|")
_HEADED_LIST = re.compile(r"\b(?:(?:fatalities|casualties|deaths|dead|killed)\s*:|(?:deaths|death toll|toll|dead)\s+at\s+"
                          r"(?:(?:a|an)\s+(?:reported|estimated)\s+|about\s+|around\s+|some\s+)?)"
                          r"(?:\s*(?:at least\s+)?" + _NUMWORD +
                          r"(?:\s+[\w'-]+){1,4}?\s*" + _FIGURE_SEP + r")+$", re.IGNORECASE)
# the dead counted among a side, then a further figure joined by "and": "4 dead in the ranks of the security forces
# and |1 civilian", "two killed among the soldiers and |three civilians"
_DEAD_AMONG_THEN = re.compile(r"\b" + _NUMWORD + r"\s+(?:dead|killed)\s+(?:in|among|within|on|from)\s+"
                              r"(?:[\w'-]+\s+){0,6}?[\w'-]+(?:\s*,)?\s+and\s+$", re.IGNORECASE)
# a figure's own verb right after its nouns: "and |two others| were wounded", "killing five militants and |one|
# wounded in its own ranks"
_OWN_PASSIVE_VERB = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:were|was|have been|has been|had been|are|is|killed|dead|"
                               r"wounded|injured|hurt|abducted|kidnapped|arrested|detained|missing)\b", re.IGNORECASE)
# (a later figure's nouns may run to four words: "and one Dan Na Ambassagou militiamen were killed")
# (a later figure may be hedged: "A policeman, 4 militants, and at least 5 civilians died")
_LATER_FIGURE = r"(?:(?:at least|about|around|some|nearly|almost|over|more than)\s+)?" + _NUMWORD
# (not a first figure with a verb of its own: "about 20 prisoners escaped, 9 were recaptured and one was killed")
_COORDINATED = re.compile(r"\s*(?:(?!(?:were|was|are|is|have|has|had)\b)[\w'-]+\s+){0,3}?(?:" + _FIGURE_SEP + r"|as well as\s+)" + _LATER_FIGURE +
                          r"(?:\s+[\w'-]+){0,4}?(?:\s*" + _FIGURE_SEP + _LATER_FIGURE +
                          r"(?:\s+[\w'-]+){0,4}?)*"
                          r"\s*(?:were\s+|was\s+|have been\s+|had been\s+|reportedly\s+|all\s+)*", re.IGNORECASE)


_TO_HOSPITAL = re.compile(r"(?:\s+[\w',-]+){0,6}?\s+to\s+(?:the\s+|a\s+|an\s+|area\s+|local\s+|nearby\s+|two\s+|"
                          r"several\s+)*(?:[\w-]+\s+){0,2}?(?:hospitals?|medical cent(?:er|re)s?|trauma cent(?:er|re)s?)\b",
                          re.IGNORECASE)
_SENT_BEFORE = re.compile(r"\b(?:sent|sending|sends|rushed|transported|taken|took|hospitali[sz]ed|airlifted)\s+"
                          r"(?:at least\s+|about\s+)?$", re.IGNORECASE)


# the source's own figure for a toll: "Unknown fatalities coded as 10", "Unknown militant fatalities on the JNIM side
# coded as 10", "unknown fatalities coded at low estimate of 3", "Unknown fatalities assessed as low based on the
# number of motorbikes destroyed and coded as 3", "Fatalities coded as 0", "unknown fatalities coded according to low
# estimate as 3"
_CODED_HOW = r"(?:coded|assumed|estimated)\s+(?:according\s+to\s+(?:the\s+|a\s+)?low\s+estimate\s+)?(?:as|at)\s+" \
             r"(?:(?:a\s+|the\s+)?low\s+estimate\s+of\s+)?"
_CODED_AS = re.compile(r"\b(?:unknown\s+)?(?:(?!and\b|of\b)[\w-]+\s+){0,2}?fatalities(?:\s+(?:in|on|of|among)\s+[^.;,()]{1,40}?)?"
                       r"\s+(?:were\s+|are\s+|have\s+been\s+)?(?:assessed\s+as\s+low\b[^.;()]{0,100}?\s+and\s+)?"
                       + _CODED_HOW + r"(\d+)\b", re.IGNORECASE)
# ... told in brackets right after losses of no number: 'The attackers "suffered losses" (coded as 10)', "an unknown
# number of militants were killed (coded as 3)": the figure of the uncounted dead, beside those counted
_CODED_AS_VAGUE = re.compile(r"\b(?:losses|casualties|killed|dead|deaths|fatalities|neutrali[sz]ed)\W{0,3}\s*"
                             r"\(\s*(?:fatalities\s+)?" + _CODED_HOW + r"(\d+)\s*\)", re.IGNORECASE)
# ... or in brackets that say the figure is the toll itself: "A total of 30 militants were killed and captured (coded as
# 15 fatalities)", "a majority was found executed (coded as 40 pending further information)": the whole toll, not the
# uncounted part of it
_CODED_AS_TOLL = re.compile(r"\(\s*" + _CODED_HOW + r"(\d+)\s+(?:fatalities\b|pending\b)[^()]{0,60}\)", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _search_article(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`rx` searched in an article's whole text (`_CODED_AS`, `_SPLIT`): the same for each of its happenings, so
    searched once an article."""
    return rx.search(text)


_CODED_AS_BEFORE = re.compile(r"\b" + _CODED_HOW + "$", re.IGNORECASE)
_ADDRESS_AFTER = re.compile(r"\s+(?:block\b|(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+[A-Z0-9]|"
                            r"(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|"
                            r"Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle)\b)")
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:y/o|y\.o\.|yo)\b|\s+(?:News|NEWS|TV|On Your Side|Action News|Eyewitness)\b")
_PERIOD_TALLY = re.compile(r"\s+(?:people\s+|persons\s+)?(?:were|have been|had been|have|had)?\s*(?:killed|shot|murdered|"
                           r"slain)\s+(?:in|during|so far (?:in|this)|this)\s+(?:January|February|March|April|May|June|July|"
                           r"August|September|October|November|December|(?:this|last|the)\s+(?:year|month)|\d{4})\b")
# deaths of sickness or nature told after a figure: "several deaths due to flooding", "12 people died of cholera", "were
# killed by lightning" (not wounds: "died of gunshot wounds")
_NATURAL_DEATHS_AFTER = re.compile(r"(?:\s+(?:people\s+|persons\s+)?(?:have\s+|had\s+|were\s+|have been\s+)?(?:died|drowned|"
                                   r"perished|killed|dead))?\s+(?:due to|caused by|of|from|because of|by)\s+"
                                   r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:floods?|flooding|drought|diseases?|illness|cholera|"
                                   r"malaria|measles|meningitis|hunger|famine|starvation|heatstroke|landslides?|lightning|"
                                   r"covid(?:-19)?|coronavirus)(?![\w-])", re.IGNORECASE)  # (not "from the flood-hit commune")
_NOT_PEOPLE = frozenset({"event", "events", "location", "locations", "incident", "incidents", "attack", "attacks",
                         "village", "villages", "site", "sites", "places", "separate", "locality", "localities",
                         # other happenings: "In one encounter, 10 militants were killed"
                         "encounter", "encounters", "clash", "clashes", "ambush", "ambushes", "raid", "raids",
                         "operation", "operations", "skirmish", "skirmishes", "airstrike", "airstrikes",
                         "town", "towns", "commune", "communes", "area", "areas", "region", "regions",
                         # things found, seized or destroyed: "two more IEDs were discovered", "three pieces of weapons
                         # recovered", "four vehicles burned"
                         *(w + e for w in ("ied", "device", "mine", "bomb", "piece", "weapon", "rifle", "gun", "vehicle",
                                           "car", "truck", "motorbike", "motorcycle", "house", "hut", "shop", "granary",
                                           "building", "round", "cartridge", "head", "camel", "donkey", "cattle", "goat",
                                           "sheep", "cow", "ox", "bull", "horse", "animal", "cart", "ruminant",
                                           # (and arms and gear seized: "3 AKs, 350 cartridges, two uniforms")
                                           "ak", "ak-47", "kalashnikov", "firearm", "pistol", "grenade", "uniform",
                                           "bicycle", "phone")
                           for e in ("", "s")),
                         "granaries", "ieds", "oxen", "livestock"})
# people named by the things they deal in or tend: "seventeen Fulani livestock traders", "two cattle herders"
_PEOPLE_OF_THINGS = re.compile(r"\s+(?:traders?|herders?|herdsmen|owners?|breeders?|farmers?|keepers?|dealers?|"
                               r"merchants?|sellers?|drivers?|rustlers?|thieves|guards?|vendors?)\b", re.IGNORECASE)
_FIRST_ACCOUNT = re.compile(r"\b(?:originally|initially|at first|first|earlier)\s+(?:said|reported|stated|put|gave|"
                            r"announced|counted|reported that|said that)\b[^.;]*$", re.IGNORECASE)
_AMENDED = re.compile(r"\bbut\b[^.;]{0,60}?\b(?:amended|revised|corrected|lowered|raised|updated|changed|reduced)\b",
                      re.IGNORECASE)
# a figure that is the subject of its own passive verb, not a casualty verb ("two more IEDs were discovered")
_OWN_PASSIVE_AFTER = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:were|was|have been|has been|had been)\s+(?:\w+ly\s+)?"
                                r"(?!(?:killed|wounded|injured|shot|hurt|abducted|kidnapped|executed|murdered|slain|"
                                r"arrested|detained|taken|found|left|reported|said|believed|feared|confirmed)\b)\w+(?:ed|en)\b",
                                re.IGNORECASE)
# a figure that is the subject of a verb that tells no casualty ("two others went missing", "three managed to escape")
# (the people may be told as a part of a group: "two children of the group managed to escape")
# the words that open another clause rather than run on a figure's noun ("three soldiers| while others ...")
_CLAUSE_WORDS = r"while|and|but|as|when|whereas|after|before|who|whom"
_OWN_VERB_AFTER = re.compile(r"(?:\s+(?!(?:" + _CLAUSE_WORDS + r")\b)[\w'-]+){0,2}?"
                             r"(?:\s+of\s+(?:the|their|this|that)\s+[\w'-]+)?\s+"
                             r"(?:(?:went|gone|are|were|was|is|remain(?:ed)?|still|reported|reportedly|declared|listed as)\s+missing|"
                             r"unaccounted for|managed\s+to|escaped|fled|"
                             r"survived|returned|(?:were|was)\s+(?:released|freed|rescued|liberated)|"
                             r"(?:were|was)\s+(?:found|discovered)\s+(?:alive|safe|unharmed))\b", re.IGNORECASE)
# the doers of a passive ("murdered by two men") or another happening's toll ("near where another attack had killed 1
# peacekeeper earlier in the week")
_AGENT_BEFORE = re.compile(r"\bby\s+(?:at least\s+|some\s+|about\s+)?$|\b(?:another|an earlier|a previous|a separate|a similar)"
                           r"\s+(?:[\w-]+\s+){1,2}?had\s+(?:\w+\s+)?$", re.IGNORECASE)
_PASSIVE_END = re.compile(r"\b(?:were|was|had been|have been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# people taken and then killed, told as one passive: "were detained and later executed", "were abducted and killed"
# (also "another four were detained before being summarily executed")
# (the harm before the killing too, and a list of what was done: "were reportedly tortured and then summarily executed",
# "were identified, taken away, and executed")
# (what they were held for may come before the verb: "four men accused of spying for the army were abducted and executed")
_TAKEN_THEN_KILLED = re.compile(r"(?:\s+[\w-]+){0,4}?(?:\s+(?:accused|suspected)\s+of\s+[^.;,]{1,80}?)?"
                                r"\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:detained|arrested|"
                                r"abducted|kidnapped|taken away|seized|captured|rounded up|tortured|beaten|identified|"
                                # (who took them and where may come between: "were detained by Malian soldiers in
                                # the Karena area and were found dead a few hours later")
                                r"interrogated)(?:,?\s+(?!(?:were|was|others?|\d+|" + NUMBER_WORD_PATTERN + r")\b)[\w-]+){0,8}?,?\s+"
                                r"(?:and|before\s+being|before\s+they\s+were)\s+"
                                r"(?:were\s+)?(?:(?:later|then|subsequently|summarily|allegedly|reportedly)\s+)*"
                                r"(?:executed|killed|shot dead|murdered|beheaded|found dead)\b"
                                # (the taking told by a participle after the people, the killing their verb: "23 men
                                # arrested earlier by the army in Filio were reportedly executed")
                                r"|\s+(?:detained|arrested|abducted|kidnapped|captured|taken\s+away|rounded\s+up)\s+"
                                r"(?!by\s+(?:them|him|her)\b)[^.;,]{0,80}?\s+(?:were|had\s+been|have\s+been)\s+"
                                r"(?:(?:later|then|subsequently|summarily|allegedly|reportedly)\s+)*"
                                r"(?:executed|killed|shot dead|murdered|beheaded|found dead)\b", re.IGNORECASE)


# the people just taken, named again and killed: "arrested thirteen men ..., those arrested were taken outside the
# village and summarily executed", "arrested 24 members ... that reportedly were executed", "the corpses of those
# arrested were found in a mass grave"; in the next sentence "Their bodies were later discovered"
# (a definite back-reference anywhere after a comma; a relative pronoun only right after the people counted, or
# after a place phrase of theirs: "24 members of the Fulani community in Malimana that reportedly were executed";
# "found"/"discovered" only of bodies: people found alive or unharmed were not killed)
_REF_PASSIVE = (r"\s+(?:\w+ly\s+)?(?:were|was|had been|have been|are believed to have been|were believed to have been)\s+"
                r"(?:(?!(?:accused|suspected|charged|having|released|freed|wanted|convicted|sent|found|discovered)\b)"
                r"[\w-]+\s+){0,6}?")
_KILL_WORDS = r"(?:executed|killed|shot dead|murdered|beheaded|slaughtered|found dead)\b"
_BODY_REF = (r"(?:(?:their|whose)\s+(?:bodies|corpses|remains)|the\s+(?:bodies|corpses|remains)\s+of\s+(?:those|the|these)"
             r"\s+[\w-]+)")
_REF_KILLED = _REF_PASSIVE + _KILL_WORDS
_BODY_FOUND = _REF_PASSIVE + r"(?:found|discovered|dumped|exhumed)\b(?!\s+(?:alive|safe|unharmed|in good|hiding))"
_THEN_KILLED_LATER = re.compile(
    r"(?:\s+(?:of|in|from|near|at)\s+(?:(?!\b(?:and|but|while)\b)[^;.]){0,60}?)?\s*(?:,\s*)?(?:who|that|whom)"
    + _REF_KILLED + r"|"
    r"[^.;]{0,160}?(?:[,;]|\band)\s*(?:(?:those\s+(?:arrested|detained|abducted|kidnapped|captured|taken)|the\s+(?:individuals|"
    r"men|detainees|captives|hostages|abductees|prisoners)|they)" + _REF_KILLED + r"|" + _BODY_REF + r"(?:" + _REF_KILLED
    + r"|" + _BODY_FOUND + r"))|"
    # (the taking and the killing in one clause: "another four were detained before being summarily executed")
    r"[^.;,]{0,80}?\bbefore\s+being\s+(?:\w+ly\s+)?" + _KILL_WORDS, re.IGNORECASE)
# the people counted, named by a participle of their taking, then the killing as their own verb: "3 people arrested by
# soldiers at Yirma were allegedly executed", "two men abducted on the road were later found dead" (or by a relative
# clause of their taking: "three men who had been abducted earlier by presumed militants were found dead"; where they
# were taken may be set off by commas: "abducted near Menaka, Mali, were executed")
_TAKEN_PARTICIPLE_KILLED = re.compile(r"\s+(?:(?:who|that)\s+(?:had been|have been|were|was)\s+(?:\w+ly\s+)?)?"
                                      r"(?:arrested|detained|abducted|kidnapped|captured|seized|rounded up)\b"
                                      r"(?:,?\s+(?!(?:and|but|while|who|whom|were|was)\b)[\w'-]+){0,12}?,?\s+"
                                      r"(?:were|was|had been|have been)\s+(?:(?:later|then|subsequently|summarily|"
                                      r"allegedly|reportedly)\s+)*"
                                      # (the killing found or told after: "were found to have been executed")
                                      r"(?:(?:found|said|believed|reported)\s+to\s+have\s+been\s+(?:\w+ly\s+)?)?"
                                      + _KILL_WORDS, re.IGNORECASE)
_THEN_KILLED_NEXT = re.compile(r"\s*(?:Their|The)\s+(?:bodies|corpses|remains)(?:\s+of\s+(?:those|the|these)\s+[\w-]+)?"
                               r"(?:" + _REF_KILLED + r"|" + _BODY_FOUND + r")"
                               # (or the taken themselves, told by their taking, opening the next sentence: "... arrested
                               # 48 people. Those arrested are believed to have been summarily executed")
                               r"|\s*(?:Those|The\s+(?:people|men|persons|individuals))\s+(?:arrested|detained|abducted|"
                               r"kidnapped|captured|taken)" + _REF_KILLED, re.IGNORECASE)
# (a mass grave holds its dead too: "the mass grave of 150 people was found")
_BODIES_OF_BEFORE = re.compile(r"\b(?:bodies|corpses|remains|(?:mass|common)\s+graves?)\s+(?:of|containing)\s+"
                               r"(?:at least\s+|about\s+|around\s+|some\s+|nearly\s+)?$",
                               re.IGNORECASE)
_FOUND_AFTER = re.compile(r"[^.;]{0,100}?\b(?:were|was|have been|had been)\s+(?:\w+\s+){0,2}?(?:found|discovered|recovered|"
                          r"retrieved|exhumed)\b", re.IGNORECASE)


_HEDGE_BRACKET = re.compile(r"\s*\[[^\[\]]{0,40}\]")


def _count_kind(text: str, num: NumberMention, sent: Sentence) -> str | None:
    """What a number counts in its sentence: killed, wounded, abducted, arrested, shot (killed or wounded),
    or None. People taken and then told killed (`_THEN_KILLED_LATER`, `_THEN_KILLED_NEXT`), the wounded told
    dying later (`_DIED_OF_WOUNDS_AFTER`) and the bodies of N people found count as killed."""
    if num.value > 1 and _DIED_OF_WOUNDS_AFTER.match(text, num.end, sent.end) and not _SET_BEFORE.search(
            text, max(sent.start, num.start - 20), num.start):
        # "the two wounded later succumbed", "two of the injured later died" (one who died: _ONE_DIED_OF_WOUNDS)
        return "killed"
    if _FATAL_PART_AFTER.match(text, num.counted_end if num.counted_end > 0 else num.end, sent.end):
        return "shot"  # "Four teens, one fatally, were shot": all hit, the part set off the dead (read on its own)
    what = _count_kind_near(text, num, sent)
    if what == "killed" and _quoted_neutralized(text, num, sent):
        return None
    if what is None and _revised_to(text, num, sent):
        return "killed"  # "revised the death toll down from 77 to 54", "the toll later rose to 14"
    if what is None and num.counted is not None and _LOST_BEFORE.search(text, max(sent.start, num.start - 20), num.start) \
            and _side_of(num.counted) in ("state", "attackers"):
        return "killed"  # "the army launched an offensive, killing 11 rebels and losing 5 soldiers"
    end = num.counted_end if num.counted_end > 0 else num.end
    if _BODIES_OF_BEFORE.search(text, max(sent.start, num.start - 30), num.start) and \
            _FOUND_AFTER.match(text[:sent.end], end):
        # "the corpses of around thirty suspected militants were discovered"; the bodies whatever is told of others
        # beside them ("the bodies of two herders and a third severely wounded were found")
        return "killed"
    if what in (None, "abducted") and num.counted is not None and \
            singular(num.counted.lower().split()[-1]) in _EXECUTABLE and \
            _EXECUTION_OF_BEFORE.search(text, max(sent.start, num.start - 40), num.start) and \
            not _KILLED.search(text, sent.start, sent.end):
        # "a video showing the execution of four hostages", "the summary execution of 12 civilians" (not where a verb
        # tells the dead and the noun names them again: "the army said it killed nine militants, but residents
        # called it the execution of nine herders")
        return "killed"
    if what == "shot" and re.match(r"\s+dead\b", text[end:end + 6], re.IGNORECASE):
        return "killed"  # "police shot two robbers dead"
    if what == "abducted" and _KILLED_THE_TAKEN_BEFORE.search(text, max(sent.start, num.start - 40), num.start):
        return "killed"  # "AQIM killed the two hostages": the object of a killing, whatever noun names them
    if what not in (None, "abducted", "arrested"):
        return what
    if what is not None and (_THEN_KILLED_LATER.match(text[:sent.end], end) or _THEN_KILLED_NEXT.match(text, sent.end)):
        return "killed"
    if _TAKEN_PARTICIPLE_KILLED.match(text[:sent.end], end):
        return "killed"  # "3 people arrested by soldiers were executed": the taken, then killed
    if what is None and num.value > 1 and num.counted and (again := _same_people_killed_next(num.counted)) is not None \
            and again.match(text, sent.end):
        return "killed"  # "ambushed two forest guards. The forest guards were abducted and executed": the same people
    return what


@functools.lru_cache(maxsize=256)
def _same_people_killed_next(noun: str) -> re.Pattern[str] | None:
    """The people a figure counts, named again by their noun at the head of the next sentence and told killed: "...
    exchanged gunfire with two forest guards. The forest guards were abducted and executed" (a noun of people only,
    see `_EXECUTABLE`). None for a noun of no people."""
    last = noun.lower().split()[-1]
    if singular(last) not in _EXECUTABLE:
        return None
    plural = re.escape(last[:-3]) + r"m[ae]n" if last.endswith("man") else re.escape(singular(last)) + r"(?:s|es)?"
    return re.compile(r"\s*(?:The|These|Those|Both)\s+(?:[\w-]+\s+){0,2}?" + plural + r"\b" + _REF_KILLED,
                      re.IGNORECASE)


# the executions of people told as a noun before their figure: "the execution of| 4 hostages", "the summary
# executions of| at least 12 civilians" (not "the execution of 3 projects": the figure's people only)
_EXECUTION_OF_BEFORE = re.compile(r"\b(?:summary\s+|extrajudicial\s+|public\s+)?executions?\s+of\s+(?:(?:at least|some|"
                                  r"about|around|nearly|more than)\s+)?$", re.IGNORECASE)


# the dead set off as a part between a figure and its verb of harm: "Four teens|, one fatally, were shot"
_FATAL_PART_AFTER = re.compile(r"\s*,\s*(?:" + _NUMWORD + r")\s+(?:of\s+(?:them|whom)\s+)?(?:fatally|mortally)\s*,\s*"
                               r"(?:were|have been|had been)\s+(?:\w+\s+)?(?:shot|wounded|stabbed|hit|struck)\b",
                               re.IGNORECASE)


# "neutralized" in quotation marks: the source's word, which ACLED quotes where the men may have been killed or
# captured ("Four other gunmen were reportedly 'neutralized'"): no count of the dead
_QUOTED_NEUTRALIZED = re.compile(r"['‘\"“]\s*neutrali[sz]ed\W{0,2}['’\"”]", re.IGNORECASE)
_NEAR_DEATH_WORD = 60  # characters either side of a figure where the death word it is told with lies


def _quoted_neutralized(text: str, num: NumberMention, sent: Sentence) -> bool:
    """Is the death word nearest a figure "neutralized" in quotation marks?"""
    end = num.counted_end if num.counted_end > 0 else num.end
    lo, hi = max(sent.start, num.start - _NEAR_DEATH_WORD), min(sent.end, end + _NEAR_DEATH_WORD)
    words = [(m.start() - end if m.start() >= end else num.start - m.end(), m)
             for m in _KILLED.finditer(text, lo, hi) if m.start() >= end or m.end() <= num.start]
    if not words:
        return False
    _, nearest = min(words, key=lambda w: w[0])
    return any(q.start() <= nearest.start() < q.end()
               for q in _QUOTED_NEUTRALIZED.finditer(text, max(lo, nearest.start() - 3), min(hi + 3, len(text))))


def _count_kind_near(text: str, num: NumberMention, sent: Sentence) -> str | None:
    """What a number counts by the verbs near it in its sentence."""
    if num.counted and num.counted.lower() in _NOT_PEOPLE and not (
            num.counted_end > 0 and _PEOPLE_OF_THINGS.match(text, num.counted_end)):
        return None  # "split across 3 events", "two attacks", "in five villages": things, not victims
    if num.text.strip() in ("911", "9-1-1") or _ADDRESS_AFTER.match(text, num.end):
        return None  # "called 911", "the 900 block of Princeton Drive", "at 500 NE 2nd Street": no one counted
    if _NOT_A_COUNT_AFTER.match(text, num.end) or text[num.start - 1:num.start] in ("'", "’") or \
            _DECADE_AFTER.match(text, num.end):
        return None  # "a 25 y/o man" (an age), "tell 59 News" (a station), "the winter of '96" (a year)
    if _AGES_BEFORE.search(text, max(0, num.start - 40), num.start) and _AGES_AFTER.match(text, num.end):
        return None  # "Two men, 25 and 30, were shot": ages set off after the people, not a toll
    if _PERIOD_TALLY.match(text, num.counted_end if num.counted_end > 0 else num.end):
        return None  # "after 45 people were killed in July": a month's tally, not this happening's
    if _NATURAL_DEATHS_AFTER.match(text, num.counted_end if num.counted_end > 0 else num.end):
        return None  # "amid several deaths due to flooding", "12 people died of cholera": no one's violence
    if _CODED_AS_BEFORE.search(text, max(sent.start, num.start - 40), num.start):
        return None  # "Unknown fatalities coded as 10": the source's figure, read on its own (see _CODED_AS)
    rel_start = num.start - sent.start
    rel_end = (num.counted_end if num.counted_end > 0 else num.end) - sent.start
    inside = text[num.end:num.counted_end] if num.counted_end > num.end else ""
    if inside and _KILLED.search(inside):
        return "killed"  # "left one man dead"
    if inside and _WOUNDED.search(inside):
        return "wounded"
    if inside and _ABDUCTED.search(inside):
        return "abducted"  # "two taken prisoner"
    end = num.counted_end if num.counted_end > 0 else num.end
    if _TO_HOSPITAL.match(text, end) and (_SENT_BEFORE.search(text, max(sent.start, num.start - 30), num.start)
                                          or re.match(r"\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:taken|rushed|"
                                                      r"transported|hospitali[sz]ed|airlifted|sent)", text[end:end + 40])):
        return "wounded"  # "sent five people to the hospital", "four were rushed to the hospital"
    after = sent.text[rel_end:rel_end + 120]
    # (a hedge in square brackets is not the verb: "wounded [possibly killed] several militants" were wounded)
    before = _HEDGE_BRACKET.sub("", sent.text[max(0, rel_start - 60):rel_start])[-45:]
    if _NOT_A_TOLL_BEFORE.search(before) or _PART_OF_TOLD.match(text, num.end):
        return None  # "a father of three", "four of the five victims": children, the set the part is taken from
    if re.match(r"\s+of\s+(?:them|whom|those)\b", text[num.end:num.end + 12]) and re.search(r",\s*$", before):
        if re.match(r"\s+of\s+(?:them|whom|those)\s+(?:were\s+)?(?:fatally|mortally)\b", text[num.end:num.end + 40],
                    re.IGNORECASE):
            return "killed"  # "Three men were shot, two of them fatally": the part that died
        return None  # "left four people injured, two of them seriously": a part of the toll just told
    if _FIRST_ACCOUNT.search(sent.text, 0, max(0, rel_start)) and _AMENDED.search(sent.text, rel_end):
        return None  # "Police had originally said that seven people were shot, but amended that number to four"
    if _TIME_OR_BEFORE.search(before):
        return None  # "a day or two before"
    if (gone := _GONE_MISSING.match(text, num.end, sent.end)) is not None:
        if _PRESUMED_DEAD_AFTER.match(text, gone.end(), sent.end):
            return "killed"  # "thirty went missing and are feared to have been killed": ACLED counts them dead
        return None  # "one national guard gone missing" (the noun read as running on to "gone")
    if _NOT_VICTIMS_BEFORE.search(before) or _SAYING_AFTER.match(after):
        return None  # "in front of about 300 people", "several local sources described"
    if (cause := _EARLIER_CAUSE_BEFORE.search(text, max(sent.start, num.start - 90), num.start)) is not None and (
            cause.group("revenge") or _KILLED.search(text, sent.start, max(sent.start, cause.start()))):
        return None  # "in revenge for the killing of one of their colleagues"
    if _in_later_by_span(text, num.start, sent.start):
        return None  # ", a week after jihadists killed 20 soldiers": the earlier happening's dead
    if _EARLIER_HAPPENING_BEFORE.search(sent.text[:max(0, num.start - sent.start)]):
        return None  # "In an earlier attack on the same road, seven people were killed": another happening's dead
    if _SPAN_AFTER_BEFORE.match(sent.text[:max(0, num.start - sent.start)]) and (
            main := re.search(r"[,;]", text[num.end:sent.end])) is not None and _KILLED.search(
            text, num.end + main.end(), sent.end):
        # "A month after the ambush killed ten soldiers, gunmen killed two traders": the opening clause dates the
        # main one by an earlier happening, whose dead are its own (not "Two days after an ambush killed ten
        # soldiers, the army closed the road": no dead of the main clause, the ambush is the one told)
        return None
    if _OPENING_AFTER_BEFORE.match(sent.text[:max(0, num.start - sent.start)]) and (
            answer := _ANSWER_CLAUSE_AFTER.match(text, num.end, sent.end)) is not None and _KILLED.search(
            text, answer.end(), sent.end):
        # "After an attack killed 5 soldiers, the army responded with operations that killed 30" (an answer with dead
        # of its own: not "After a gunman killed two people, police responded and arrested him")
        return None
    if _AGENT_BEFORE.search(before) or _OWN_VERB_AFTER.match(after) or _EARLIER_TOLL_BEFORE.search(
            text, max(sent.start, num.start - 90), num.start) or _CODED_APART_AFTER.match(after) or \
            _EARLIER_KILLER_BEFORE.search(text, max(sent.start, num.start - 60), num.start):
        return None  # "was murdered in Koro by two men", "another attack had killed 1 peacekeeper", "two went missing"
    if num.counted is None and _BARE_WOUNDED_AFTER.match(text, num.end):
        return "wounded"  # "one gendarme killed two wounded": the figure of the word right after it
    if _TAKEN_THEN_KILLED.match(after):
        return "killed"  # "5 men were detained and later executed by soldiers": the toll is the killing
    # the object of a verb right before it ("killed two women and wounded a third", "killed two JNIM
    # militants and seized their weapons"): that verb, whatever follows
    for what, rx in _verbs_before():
        if rx.search(before):
            return what
    # a later object of a verb before it ("killed one police commissioner and |two gendarmes|, and seized the
    # vehicle", "killing three fighters (VDP) and |eleven civilians|"): that verb, not the next one, unless the
    # figure has a verb of its own ("... and two others were wounded")
    if not _OWN_PASSIVE_VERB.match(after):
        wide = _ASIDE.sub("", _HEDGE_BRACKET.sub("", sent.text[max(0, rel_start - 100):rel_start]))[-60:]
        for what, rx in _verbs_before():
            m = _VERB_THEN_OBJECTS[what].search(wide)
            if m is not None:
                return what
        if num.counted is not None and num.counted.lower() not in _NOT_PEOPLE:
            for what, rx in _VERB_THEN_LIST.items():
                if rx.search(wide):
                    return what
        if _HEADED_LIST.search(wide) or (num.counted is not None and _DEAD_AMONG_THEN.search(wide)):
            return "killed"
    if num.counted is not None and num.counted.lower() not in _NOT_PEOPLE and \
            _OBJECT_OF_BEFORE.search(before) and (them := _KILLED_THEM_AFTER.match(text, end, sent.end)) is not None \
            and not re.search(r"\d|" + _NUMBER_WORD.pattern, text[end:them.start(1)], re.IGNORECASE) \
            and not _VERB_AFTER_COUNTED.match(text, end, sent.end):
        return "killed"  # "stopped three herders and opened fire on them, resulting in their deaths"
    # nearest verb after the number ("23 soldiers were killed"), then before ("killing 12 civilians")
    best: tuple[int, str] | None = None
    # (the nearest verb is the one nearest in the text; the figure's apposition shortens only the reach to it: in
    # "Ten people, including women and children, were injured and two were killed" the ten were injured)
    nearest_at = -1
    apposition = False
    for what, rx in _KINDS:
        m = rx.search(after)
        if m and (best is None or m.start() < nearest_at):
            # stop at a clause break that introduces another number
            gap = after[:m.start()]
            if _ACTIVE_OBJECT.match(after, m.end()) and not _PASSIVE.search(gap) and not _FIGURE_WOUNDED.match(
                    after, m.end()):
                continue
            oc = _OTHER_CLAUSE.search(gap)
            apposition = oc is not None and oc.group(0).lower() in ("accused", "suspected") and \
                gap[:oc.start()].rstrip().endswith(",") and _PASSIVE_END.search(gap) is not None
            if oc is not None and not apposition:
                # ("Seventeen people, accused of being militiamen, were executed": an apposition, the same people)
                continue  # "two men charged in the shooting death", "on the phone with 911 when she was killed"  # the number is the subject of an active verb: "two militants killed two people"
            # an apposition set off by commas is the same people ("Four people, including an 11-year-old boy, were
            # shot", "two others, identified as a 22-year-old woman and a 29-year-old man, were also shot"): its
            # figures and its length do not count
            bare = _INCLUDING_BEFORE_VERB.sub("", _IN_THEIR_DECADE.sub("", _APPOSITION.sub(",", _ASIDE.sub("", gap))))
            # (an apposition of the last figure is its people again: "9 gendarmes and 6 civilians, including a
            # nurse, were killed")
            if _COORDINATED.fullmatch(_APPOSITION.sub(" ", _INCLUDING_BEFORE_VERB.sub("", _ASIDE.sub("", gap)))) and not any(
                    rx.search(gap) for _, rx in _KINDS):
                # the first of figures joined under one verb ("Twelve JNIM and ten ISGS fighters were killed"): the
                # verb is as near as it is to the last of them (the pattern bounds each figure's nouns; not "4
                # soldiers abducted and 3 killed", where the first has a verb of its own)
                best, nearest_at = (0, what), m.start()
            elif not (re.search(r"\d|[;]|\band\b\s+\d", bare) or (_NUMBER_WORD.search(gap) and not _APPOSED.search(gap))
                      or _ONE_OWN_SUBJECT.search(gap)):
                best = (m.start() - (20 if apposition else 0) - (len(gap) - len(bare)), what)  # (an apposition may take 20 more)
                nearest_at = m.start()
    if best is not None and best[0] <= 40:
        return best[1]
    if _OWN_PASSIVE_AFTER.match(after):
        return None  # "one assailant was killed, two more IEDs were discovered": the subject of its own verb
    nearest: tuple[int, str] | None = None
    for what, rx in _KINDS:
        for m in rx.finditer(before):
            dist = len(before) - m.end()
            between = before[m.end():]
            if _OBJECTS_BEFORE.fullmatch(between):
                dist = 0  # the second object of the verb: "killed 20 soldiers and three civilians"
            elif re.search(r"\d", between) or dist > 30:
                continue
            elif _CLAUSE_OPENER.search(between):
                continue  # the subject of another clause: "killed three people after several hundred protesters stormed"
            elif (v := _OTHER_VERB_BEFORE.search(between)) and not any(k.match(v.group(1)) for _, k in _KINDS):
                continue  # the object of another verb: "killed one individual and burned eight carts"
            if nearest is None or dist < nearest[0]:
                nearest = (dist, what)
    return nearest[1] if nearest else None


# a word before a victim's noun that does not join a second person on ("a Koglweogo combatant and his father"), nor
# picks one out of a quantity ("killed an unspecified number including a commander")
_NOT_JOINED = r"(?!(?:and\s+(?:a|an|the|one|another|his|her|their)|including|among|number)\b)"
_VICTIM = (r"(civilian|man|woman|boy|girl|child|farmer|herder|herdsman|trader|merchant|village chief|chief|teacher|"
           r"student|pupil|soldier|policeman|police officer|gendarme|officer|worker|notable|individual|imam|priest|"
           r"pastor|councill?or|official|driver|shepherd|resident|villager|nurse|doctor|journalist|leader|person|"
           r"civil servant|militant|jihadist|assailant|attacker|suspect|fighter|teen|teenager|toddler|baby|infant|"
           r"victim|father|mother|son|daughter|husband|wife|grandfather|grandmother|brother|sister|friend|"
           r"girlfriend|boyfriend|employee|clerk|customer|guard|deputy|trooper|motorist|pedestrian|neighbou?r|"
           r"homeowner|youth|gunman|robber|passenger|juvenile|male|female|adult|kid|member|interpreter|head|"
           r"secretary|fisherman|hunter|commander|mayor|prefect|sub-prefect|subprefect|catechist|marabout|cleric|"
           r"guide|informant|elder|miner|vendor|seller|agent|ranger|volunteer|militiaman|rebel|hostage|prisoner|"
           r"detainee|inmate|abductee|captive|refugee|tailor|mechanic|butcher|shopkeeper|herder|thief|bandit|smuggler|trafficker|poacher|(?:[\w]+-)?grader|freshman|sophomore|"
           r"grandson|granddaughter|nephew|niece|cousin|uncle|aunt|stepfather|stepson|stepdaughter|roommate|"
           r"bystander|patron|cashier|owner|manager|bouncer|musician|rapper|coach|veteran|toddler|"
           r"citizen|tourist|sergeant|corporal|captain|lieutenant|colonel|councilman|councilwoman|guardsman|"
           r"serviceman|policewoman|peacekeeper|contractor|pastoralist|worshipp?er|motorcyclist|cyclist|griot|lookout|"
           r"preacher|activist|politician|dignitary|emir|spy|informer|collaborator|recruiter|watchman|sentry|"
           r"engineer|technician|nomad|missionary|element|director|principal|headmaster|apprentice|healer|"
           r"magistrate|judge|sub-officer|assistant|accountant|advisor|adviser|treasurer|president|diplomat|"
           # (the one who set off the bomb, dead by it or shot: "the bomber was killed"; ACLED counts him)
           r"bomber|kamikaze|"

           r"(?:\d+|[a-z]+)-(?:year|month|week)-old(?![\w-]))")
# the one victim as subject: "a 15-year-old boy", "the victim", or a pronoun standing for a person already told
# what a victim noun is of, or his rank: "the military leader of the HCUA", "an officer of rank chief sergeant"; and a
# name's other name in brackets: "Abou Zeid (aka Mohamed Ghdir), head of AQIM, was killed"
_OF_WHOM = r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w'-]+(?:\s+(?!(?:was|were|has|had|is|and|who)\b)[\w'-]+){0,2}?)?"
# (a capitalised word that denies is no name: "No one died in the explosion", "Nobody was killed")
_ONE_VICTIM = (r"(?:\b(?:a|an|the|one)\s+(?:" + _NOT_JOINED + r"[\w'-]+\s+){0,4}?" + _VICTIM + _OF_WHOM + r"|\b(he|she|"
               r"(?!(?-i:No|Not|None|Nobody|Neither|Nothing)\b)"
               r"(?-i:[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})(?:\s*\([^()]{1,40}\))?))"
               r"(?:\s*,(?:[^,.;]|\s(?-i:[A-Z])\.){1,120},)?")  # "Ketron Nathan, a father of three, was"
# (an appositive may hold a name's initial: "the deputy mayor of Djibo, Kola H. Dia, was killed")
# the nouns of a happening, not of a victim: "another attack had killed 1 peacekeeper", "killed another in an ambush"
_HAPPENING_NOUN = r"(?:attack|incident|raid|ambush|clash|explosion|blast|strike|bombing|shooting|assault)(?:s|es)?\b"
# the toll of an earlier happening told in a relative clause ("an attack four days earlier which had killed at least
# five civilians", "an ambush a week before that left"; not "a shooting two days ago that left four students wounded",
# the reported one, told from the day of the report), or one the note says it codes as another event ("an attack against a
# checkpoint which killed four customs officers (coded in separate event)"): not this happening's dead
_EARLIER_TOLL_BEFORE = re.compile(r"\b" + _HAPPENING_NOUN + r"[^,.;()]{0,40}?\b(?:(?:days?|weeks?|months?|years?)\s+"
                                  r"(?:earlier|before)|previously|the\s+(?:day|week|month)\s+before)\s+"
                                  r"(?:which|that)\s+(?:had\s+)?(?:\w+ly\s+)?"
                                  r"(?:killed|left|claimed)\s+(?:the\s+lives\s+of\s+)?(?:at least\s+|some\s+|about\s+)?$",
                                  re.IGNORECASE)
# the dead of the happening this one answers ("shot dead 12 civilians in revenge for the killing of one of their
# colleagues", "believed to be a revenge act for the killing of two traders", "killed a youth ..., following the attack that killed two policemen", "clashes which broke out following
# the death of one"): an earlier happening's toll (ACLED codes it as its own event); "after/following" only where a
# killing is told before it in the sentence ("arrested after the death of two children" tells the death itself)
_EARLIER_CAUSE_BEFORE = re.compile(r"\b(?:(?P<revenge>(?:in|as|an?)\s+(?:revenge|retaliation|reprisals?|retribution)"
                                   r"(?:\s+(?:act|attack|operation|raid|measure|killing))?\s+(?:for|of)|to\s+avenge|"
                                   r"in\s+(?:response|reaction)\s+to)|"
                                   r"following|after|sparked\s+by|prompted\s+by|triggered\s+by)\s+(?:the\s+|an?\s+)?"
                                   r"(?:[\w-]+\s+){0,2}?(?:(?:killings?|deaths?|murders?|assassinations?|executions?)\s+of|"
                                   + _HAPPENING_NOUN + r"\s+(?:that|which)\s+(?:had\s+)?(?:killed|left|claimed(?:\s+the\s+lives\s+of)?))"
                                   r"\s+(?:at least\s+|some\s+|about\s+)?$", re.IGNORECASE)
# ... and the toll of a sentence's opening "after" clause that the main clause answers ("After an attack killed five
# soldiers, the army responded with raids that killed 30 militants", "Following a raid that left two dead, troops
# launched a counter-offensive that killed 20"): the earlier happening's dead, not those of the answer told ("After
# gunmen killed four soldiers, troops killed two of the attackers": one fight, no answer word)
_OPENING_AFTER_BEFORE = re.compile(r"^\s*(?:(?:on|in|over|between)\s+[^,;]{1,40},\s*)?(?:after|following)\s+[^,;]*$",
                                   re.IGNORECASE)
# a happening told as an earlier one, before a figure in its clause ("In a previous raid on the village, four
# herders were killed", "an earlier ambush on the road had killed seven"): ACLED codes it as its own event
# (opening the sentence, or the subject of the killing verb right before the figure; not "The attack, which came days
# after a previous raid, killed twelve")
_EARLIER_HAPPENING = r"(?:an?|the)\s+(?:earlier|previous|prior)\s+(?:[\w-]+\s+){0,2}?" + _HAPPENING_NOUN
# (the opening clause's own figure only: not "An earlier attack was repelled, but on Monday gunmen killed 12")
_EARLIER_HAPPENING_BEFORE = re.compile(r"^\s*(?:(?:in|during)\s+)?" + _EARLIER_HAPPENING +
                                       r"[^,.;]{0,80}(?:,\s*(?:(?:at least|some|about|nearly)\s+)?)?$|"
                                       r"\b" + _EARLIER_HAPPENING + r"(?:\s+(?:on|in|at|near|against|by)\s+[^,.;]{1,40}?)?"
                                       r"\s+(?:had\s+)?(?:killed|left|claimed)\s+(?:the\s+lives\s+of\s+)?"
                                       r"(?:at least\s+|some\s+|about\s+)?$", re.IGNORECASE)
# ... and an opening clause a span of time after an earlier happening ("A month after the 3 March ambush killed ten",
# "Two weeks after an attack that left five dead")
_SPAN_AFTER_BEFORE = re.compile(r"^\s*(?:(?:on|in)\s+[^,;]{1,40},\s*)?(?:(?:just|only|barely|some|about|nearly)\s+)?"
                                r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a\s+few|\d+)\s+"
                                r"(?:days?|weeks?|months?|years?)\s+(?:after|following|since)\s+[^,;]*$", re.IGNORECASE)
# a figure's people told gone missing, then presumed dead ("went missing and are believed to have been killed")
_PRESUMED_DEAD_AFTER = re.compile(r"\s*,?\s*(?:and\s+)?(?:are|were|is|was|have\s+been|had\s+been)\s+(?:now\s+)?"
                                  r"(?:believed|presumed|feared|thought|assumed)\s+(?:to\s+(?:have\s+been\s+"
                                  r"(?:killed|executed|murdered)|be\s+dead|have\s+died)|dead|killed)\b", re.IGNORECASE)
_ANSWER_CLAUSE_AFTER = re.compile(r"[^,;]*,[^.;]{0,100}?\b(?:responded|retaliated|reprisals?|retaliatory|"
                                  r"in\s+(?:response|retaliation|reprisal)|counter-?(?:attacks?|attacked|offensives?))\b",
                                  re.IGNORECASE)
# people present who are not the victims: onlookers ("stoned to death in front of about 300 people") and the other party
# of a quarrel ("shot during an altercation with two men"); and people telling of the dead, the subjects of a verb of
# saying ("several local sources described those killed as herders", "Three witnesses said the man died"; not "said to
# be", "described as": words about the people counted)
# (and the sides of a fight: "clashes between two militias have killed thirty civilians", "fighting pitting two
# clans": the parties, not the dead; a range is one figure of its own, "between two and five people were killed")
_NOT_VICTIMS_BEFORE = re.compile(r"\b(?:in\s+front\s+of|in\s+the\s+presence\s+of|witnessed\s+by|watched\s+by|"
                                 r"(?:between|pitting)(?:\s+the)?|"
                                 r"(?:altercation|argument|dispute|quarrel|brawl|scuffle)\s+with)\s+"
                                 r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more than\s+|at least\s+)?$",
                                 re.IGNORECASE)
_SAYING_AFTER = re.compile(r"\s+(?:(?:also|later|had|have)\s+)?(?:said|say|says|told|stated|testified|recounted|"
                           r"described)\b(?!\s+(?:to\s+be|as)\b)", re.IGNORECASE)
# a word opening another clause, between a killing verb and a figure after it
_CLAUSE_OPENER = re.compile(r"\b(?:after|before|when|while|because|since|until|whereas|although|as(?!\s+well\s+as\b))\b",
                            re.IGNORECASE)
# a figure of no noun with a word of wounding right after it ("one gendarme killed two wounded")
_BARE_WOUNDED_AFTER = re.compile(r"\s+(?:were\s+|was\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE)
# ... and a figure told wounded right after a killing word is no object of it: "one gendarme killed| two wounded"
# (or its own figure and noun told done to, a note's list without commas: "8 killed 2 vehicles destroyed", "one
# soldier killed 4 bandits killed")
_FIGURE_WOUNDED = re.compile(r"\s+" + _NUMWORD + r"(?:" + _BARE_WOUNDED_AFTER.pattern + r"|(?:\s+[\w'-]+){1,2}?\s+"
                             r"(?:were\s+|was\s+)?(?:killed|dead|wounded|injured|hurt|destroyed|burned|burnt|seized|stolen|damaged|"
                             r"looted|captured|arrested|abducted|kidnapped|missing)(?=\s*(?:[.;,:-]|and\b|$)))",
                             re.IGNORECASE)
# people told gone missing right after their figure, the verb with no auxiliary ("and one guard gone missing")
# (its nouns only: not "killed three people while others went missing")
_GONE_MISSING = re.compile(r"(?:\s+(?!(?:" + _CLAUSE_WORDS + r"|others?|several|many|some)\b)[\w'-]+){0,3}?"
                           r"\s+(?:gone|went)\s+missing\b", re.IGNORECASE)
# a span of time told loosely ("others killed a day or two before"): the figure counts days, not people
_TIME_OR_BEFORE = re.compile(r"\b(?:a|one)\s+(?:day|night|week|month|year|hour)\s+or\s+$", re.IGNORECASE)
# (not a figure of the dead given to another event: "(30 fatalities coded in a previous event)" takes 30 of the toll
# told before it, the rest is this one's, see `_CODED_ELSEWHERE`)
_CODED_APART_AFTER = re.compile(r"[^.;()]{0,60}?\((?!\s*\d+\s+fatalities\b)\s*(?:[\w-]+\s+){0,3}?coded\s+(?:in\s+(?:a\s+)?(?:separate|previous|"
                                r"another|other)\s+events?|separately)\s*\)", re.IGNORECASE)
_KILL_VERB = (r"(?:" + KILLED + r"|" + KILLING + r"|kills|shoots dead|shot dead|shot down|gunned down|" + ASSASSINAT + r"ed|" + ASSASSINAT + r"ing|beheaded|beheading|"
              r"decapitated|decapitating|executed|"
              r"executing|murdered|murdering|stabbed to death|hacked to death|lynched(?: to death)?|"
              # (the bare past before its object too: "beat to death a shepherd")
              r"(?:beaten|beat|tortured|" + STONED + r"|burned|burnt) (?:to death|alive)|(?:slit|cut) the throat of|"
              r"fatally (?:shot|shooting|wounded|wounding|stabbed|stabbing)|"
              r"shot (?:and killed|to death)|claimed the life of|took the life of)")
# a killing verb right before the figure of people held ("killed the two hostages", "executed all three captives")
_KILLED_THE_TAKEN_BEFORE = re.compile(r"\b" + _KILL_VERB + r"\s+(?:(?:the|all|at\s+least|both|their)\s+)*$",
                                      re.IGNORECASE)
# the victims of an earlier killing told in a past-perfect relative clause about someone, said to be earlier ("killed X,
# a militant who had previously assassinated a village chief", "two jihadists who had earlier murdered three
# traders"): the deeds of the dead or the doers, not this happening's dead (read before the figure, or before the verb
# of one victim); without such a word the clause may tell the same happening ("killed two gendarmes who had shot dead
# a herder": three dead)
_EARLIER = r"(?:previously|earlier|already|once|formerly)"
_EARLIER_KILLER_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:" + _EARLIER + r"\s+(?:had|have|has)\s+(?:\w+ly\s+)?|"
                                    r"(?:had|have|has)\s+(?:\w+ly\s+)?" + _EARLIER + r"\s+(?:\w+ly\s+)?)"
                                    r"(?:" + _KILL_VERB + r"\s+(?:at least\s+|some\s+|about\s+)?)?$", re.IGNORECASE)
# the figure's people told killed later in the clause by a pronoun ("seized three herders and shot them dead",
# "opened fire on two traders, resulting in their deaths"), where the figure is the object of a verb or of "on", "at"
# before it (not "three gunmen stopped the herders and shot them dead": the doers)
_OBJECT_OF_BEFORE = re.compile(r"(?:\b[a-z]{2,}(?:ed|ing)|\b(?:on|at|upon|seized|took|shot|stopped|caught|held)|"
                               r"\bfire\s+on)\s+(?:(?:at least|about|some|nearly|around)\s+)?$", re.IGNORECASE)
_THEM = r"\s+(?:them|all\s+of\s+them|both\s+of\s+them|the\s+(?:two|three|four|five)(?:\s+of\s+them)?)"
# (not through a relative clause, whose "them" is its own object: "four gunmen who had attacked the villagers and
# killed them"; not the counted noun as a verb's subject: "three gunmen stopped the herders and shot them dead")
_VERB_AFTER_COUNTED = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|had|have|were|was)\b")
_KILLED_THEM_AFTER = re.compile(r"(?:(?!\b(?:who|which|that)\b)[^.;]){0,80}?\b"
                                r"((?:killed|killing|executed|executing|murdered|murdering)" + _THEM +
                                r"\b|(?:shot|shooting|gunned|gunning)" + _THEM + r"\s+(?:dead|down)\b|"
                                r"(?:resulting|resulted|leading|led)\s+(?:in|to)\s+their\s+deaths?)", re.IGNORECASE)
# verbs of dying with the victim as subject: "a man died at the hospital", "she was pronounced dead"
_DIE_VERB = (r"(?:died|dies|is dead|was dead|found dead|found (?:executed|hanged|beheaded|murdered)|pronounced dead|has died|"
             # ("a woman gave birth during the attack but the infant did not survive": one dead)
             r"succumbed|lost (?:his|her) life|did not survive)")
_HARM_VERB = (r"(?:shot|wounded|injured|hurt|hospitali[sz]ed|grazed|taken to (?:a |the )?(?:[\w-]+\s+){0,3}?"
              r"(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re))|"
              r"(?:listed )?in (?:critical|stable|serious|fair|good)(?:,? (?:but|and|yet) (?:critical|stable|serious|fair|"
              r"good))? condition|(?:struck|hit) (?:in the (?:[\w-]+ ){1,2})?"
              r"by (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:bullets?|gunfire))")
_NAME_RX = r"(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+)){1,2}"
# a headline's reduced passive opening the sentence: "Marabout killed and an apprentice abducted by unknown
# gunmen", "Civilian killed when he ran over a landmine", "A merchant shot dead in Gao"
_HEADLINE_KILLED = re.compile(
    r"^\W{0,3}(?:On\s[^,.;]{1,30},\s+)?(?:(?:a|an|one|the)\s+)?(?:(?!(?:and|or|say|says|said|the)\b)[\w'-]+\s+){0,2}?"
    # (with what he serves: "Agent for the Water and Forests Dept. killed by ...", no verb among its words)
    + _VICTIM + r"(?:s?\s+(?:of|for|from)\s+(?:the\s+)?(?:(?!(?:was|were|is|are|has|had|have|been|being)\b)"
    r"[\w'&-]+\.?\s+){0,5}?"
    # (or where he lives or serves: "Councilman in Moungnoukana assassinated by ...")
    r"|\s+(?:in|at|near)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+)??"
    # (or a relative clause of where or what he was: "Guard who was near the post killed in the attack")
    r"(?:\s+who\s+(?:was|is|had\s+been)\s+(?:(?!\b(?:and|or|killed|shot|wounded|injured)\b)[^,.;]){1,60}?(?=\s))?"
    # (after a participle of what was done to him first: "Customs officer kidnapped, killed", "abducted and executed")
    r"\s*(?:(?:kidnapped|abducted|seized|tortured|beaten|attacked|ambushed),?\s+(?:and\s+)?)?"
    # (the reporter's hedge before it: "Herdsman reportedly beheaded in public by jihadists")
    r"(?:(?:reportedly|allegedly|presumably)\s+)?"
    r"(?:killed|shot dead|gunned down|assassinated|executed|murdered|beheaded|lynched|stabbed to death|"
    r"hacked to death|(?:presumed|believed) dead)(?=\s+(?:by|in|at(?!\s+(?:least|most)\b)|near|on|when|after|while|during|as|following|"
    r"overnight)\b|"
    r"\s+and(?!\s+(?:wounded|injured|maimed|hurt)\b)|\s*[,.;:]|\s*$)", re.IGNORECASE)
# the animals news tells killed or killing
_BEASTS = (r"(?:animals?|bears?|wolf|wolves|dogs?|cats?|deer|mountain lions?|lions?|tigers?|elephants?|leopards?|"
            r"hyenas?|sharks?|birds?|horses?|cows?|bulls?|goats?|sheep|camels?|donkeys?|pigs?|boars?|monkeys?|"
            r"gorillas?|pets?|calf|calves|crocodiles?|snakes?|pythons?|rhinos?|giraffes?|hippos?|hippopotam\w+|"
            r"antelopes?|buffalo(?:es|s)?|jackals?|cheetahs?|whales?|dolphins?|foxes|fox|coyotes?|"
            # (the farm's birds and beasts an outbreak kills or a cull takes: "the virus killed several hundred ducks",
            # "6,500 hogs were culled")
            r"ducks?|chickens?|poultry|hens?|geese|goose|turkeys?|fowls?|hogs?|swine|piglets?|bees?|rats?|mice)")
# ... and those killed, a herd too ("killed three cattle"; a herd is no killer: "gunmen who stole 200 cattle killed
# three herders")
# (a herd, counted by the head or not: "40 head of cattle", "oxen"; see _HERD_KILLED)
_HERD = r"(?:head\s+of\s+)?(?:cattle|livestock|oxen)"
_ANIMALS = r"(?:" + _BEASTS + r"|" + _HERD + r")"
_ANIMAL_WORD = re.compile(r"\b" + _ANIMALS + r"\b", re.IGNORECASE)
_ANIMAL_JUST_BEFORE = re.compile(r"\b" + _ANIMALS + r"\s+$", re.IGNORECASE)
# an animal told just before a passive killing: "millions of infected birds have been slaughtered", "300,000 birds,
# sheep and goats were ritually slaughtered" (a cull, no victim); a herd then the verb: "cattle slaughtered in Canada"
_ANIMALS_KILLED_BEFORE = re.compile(r"\b" + _ANIMALS + r"(?:\s*,\s*[\w-]+|\s+(?:and|or)\s+[\w-]+)*\s+"
                                    r"(?:(?:have|has|had)\s+been|(?:was|were|are|is|being))\s+(?:\w+ly\s+)*$",
                                    re.IGNORECASE)
# what is killed or executed and is no person: a bill, a plan, a warrant, an animal ("An amendment was killed by Senate
# Republicans", "A search warrant was executed at a home", "A bear was killed by hunters")
_NOT_A_PERSON = (r"(?:bills?|amendments?|measures?|motions?|proposals?|plans?|projects?|deals?|agreements?|contracts?|"
                 r"orders?|warrants?|searches|search|programs?|programmes?|schemes?|ideas?|stor(?:y|ies)|characters?|"
                 r"engines?|strateg(?:y|ies)|operations?|coups?|putsch(?:es)?|transactions?|trades?|moves?|policy|policies|laws?|reforms?|"
                 + _ANIMALS + r")")
# an animal, the only one a killing struck: "villagers killed a leopard that had attacked their goats", "hunters shot
# dead two hyenas", "a crocodile was killed by fishermen" (not a person named by the beasts he tends: "a camel herder")
# (a word before the beast its kind, not a preposition: "farmers and herders clash over livestock" is a fight of people)
_ANIMAL_OBJECT = re.compile(r"(?:\s+dead)?\s+(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?"
                            r"(?:(?!(?:over|about|for|with|on|in|at|of|near|from|to|into|after|against)\b)[\w-]+\s+)?"
                            + _ANIMALS + r"(?!\s*(?:herders?|breeders?|owners?|traders?|keepers?|handlers?|rangers?|"
                            r"drivers?|riders?|thie(?:f|ves)|rustlers?|raiders?|rustling|farmers?|dealers?|merchants?|sellers?))\b(?![\w-])"
                            # (the only victim: "killed two goats and their herder" struck a man too)
                            r"(?!\s*(?:,|and\b|as well as\b))", re.IGNORECASE)
# an animal the subject of the deed, in its own case ("a leopard killed two children"; not the object of another verb,
# "militants riding several horses attacked", nor a name, "the Tamil Tigers attacked"), after another deed of the
# beast's as well ("a stray elephant trampled and killed a farmer", "a lion mauled and killed a herder")
# (or a bare plural opening the sentence: "Elephants killed a farmer", "Stray dogs attacked a boy"; not a name, "Tamil
# Tigers attacked")
_ANIMAL_SUBJECT_BEFORE = re.compile(r"(?:(?<!ing )(?<!for )(?<!with )(?<!on )(?<!of )(?<!by )(?<!from )"
                                    r"\b(?:a|an|the|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+)?(?-i:" + _BEASTS + ")"
                                    + r"|^\s*(?:(?-i:[A-Z])[\w-]*\s+(?-i:" + _BEASTS + r")|(?=(?-i:[A-Z]))" + _BEASTS + r"))"
                                    + r"\s+(?:(?:was|were|has been|have been|had been)\s+)?(?:\w+ly\s+)?"
                                    r"(?:[a-z][\w-]*ed,?\s+and\s+)?$", re.IGNORECASE)
# the beast named again by "it" in a clause after it: "the dog was shot dead by police after it attacked a child",
# "rangers killed the elephant when it charged" (not a group: "Boko Haram said it attacked the base" names no beast)
# (within the clause and near: "the militia stole a camel from the herders ... before it attacked the village" is the
# militia's deed)
_ANIMAL_IT_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?-i:" + _BEASTS + r")\b[^.;,]{0,50}?"
                               r"\b(?:after|when)\s+it\s+(?:had\s+)?(?:\w+ly\s+)?$"
                               # (or in a relative clause: "villagers killed a crocodile that had attacked fishermen")
                               r"|\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?-i:" + _BEASTS + r")\s+(?:that|which)\s+"
                               r"(?:had\s+|has\s+)?(?:\w+ly\s+)?$",
                               re.IGNORECASE)
# a death told as what others believe or report: "a local chief is believed to have been killed", "the commander was
# reported to have been shot dead" (ACLED counts the dead so reported)
_SAID_TO_HAVE_BEEN = (r"(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:believed|thought|said|reported|presumed|understood)\s+"
                      r"to\s+have\s+been\s+(?:\w+ly\s+)?")
# one person told by any noun, the subject of a passive killing verb ("An Italian tourist was killed by an unknown
# group", "a member of the MNLA was assassinated"): only people are assassinated, killed or executed
_ANY_ONE_KILLED = re.compile(r"\b(?:a|an)\s+(?!(?:number|total|dozen|few|handful|couple|series|group|family|crowd)\b)"
                             r"(?:" + _NOT_JOINED + r"[\w'-]+\s+){0,4}?(?!" + _NOT_A_PERSON + r"\b)([A-Za-z][\w'-]+)"
                             # (what was done to him before, a relative clause: "A Tuareg who was kidnapped by AQIM
                             # last week was found beheaded")
                             r"(?:\s+who\s+(?:was|had been)\s+[^,.;]{1,60}?)?\s+(?:(?:was|has been|had been)\s+"
                             r"(?:\w+ly\s+)?(?:found\s+)?|" + _SAID_TO_HAVE_BEEN + r")"
                             # (after what was done to him first: "a worker was tortured and killed by police")
                             r"(?:(?:kidnapped|abducted|seized|tortured|beaten|attacked|ambushed|raped|robbed),?\s+"
                             r"(?:and\s+)?(?:then\s+|later\s+)?)?"
                             r"(?:killed|shot dead|gunned down|assassinated|executed|murdered|beheaded|lynched)\b",
                             re.IGNORECASE)
# a reduced passive after a comma: "attacked the village, the village chief killed and others wounded" (not an active
# verb with a second verb: "On 3 March, a gunman killed and wounded several people")
# (or with no article, as a note is written: "Teacher and his wife injured, driver killed")
_REDUCED_KILLED = re.compile(r",\s+(?:(?:the|a|an|one)\s+(?:[\w'-]+\s+){0,2}?|(?=(?-i:[a-z])))" + _VICTIM + r"\s+(?:killed|shot dead|"
                             r"assassinated|executed|beheaded)(?=\s+and\s+(?![\w-]+(?:ed|en)\b)|"
                             r"\s+(?:by|in|at|near|on|when|while|during)\b|"
                             r"\s*[,.;]|\s*$)", re.IGNORECASE)
# killed by a manner of death told after the object: "beat a presumed thief to death", "burned the man alive"
_KILLED_BY_MANNER = re.compile(r"\b(?:beat|beaten|tortured|stoned|burned|burnt|lynched|hacked|stabbed|clubbed)\s+"
                               r"(?:a|an|the|one)\s+(?:[\w'-]+\s+){0,3}?([A-Za-z][\w'-]+)\s+(?:to death|alive)\b",
                               re.IGNORECASE)
# the rule names of those, for the evidence
_SINGLE_RULES = {_ANY_ONE_KILLED: "one-person-passive", _REDUCED_KILLED: "one-person-reduced-passive",
                 _KILLED_BY_MANNER: "one-person-to-death"}
# what kills by mishap, not by a hand: "found in his car, killed by carbon monoxide", "killed in a fire"
_MISHAP = (r"(?:fires?|blaze|flames|smoke|carbon monoxide|gas|fumes|crash|collision|accident|fall|flood\w*|storm|"
           r"lightning|landslide|avalanche|collapse|overdose|heat|cold|exposure|drowning|electrocution|explosion of a "
           r"gas)\b")
# "was also", "also was": one told dead besides (see _ALSO_DEAD_AFTER)
_ALSO_AUX = r"(?:(?:was|has been|had been)\s+also|also\s+(?:was|has been|had been))"
# a strong killing verb and a bare name (see _SINGLE_KILLED; not a group's name: "gunned down Boko Haram in Borno",
# checked in _single)
_NAME_KILLED = re.compile(r"\b(?:shot dead|gunned down|assassinated|murdered|beheaded|lynched|stabbed to death|"
                          r"hacked to death)\s+(?-i:(?:de|du|des|ag|ould|ben|bin|el|al)\s+)?()(" + _NAME_RX + r")"
                          r"(?=\s*[,.;]|\s+(?:in|at|on|near|and|who|while|from|outside|inside|after|before|during)\b|"
                          r"\s*$)", re.IGNORECASE)
# a kinsman or companion of one told before (see _SINGLE_KILLED)
_KIN = r"(son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|driver|bodyguard|companion)"
# the armed men the forces say they neutralised or eliminated, one told without a number (`_SINGLE_KILLED`)
_NEUTRALISED = (r"(militant|terrorist|jihadi(?:st)?|insurgent|fighter|assailant|gunman|rebel|bandit|attacker|"
                r"kidnapper|extremist|(?-i:[A-Z])[\w'-]+\s+member)")
_SINGLE_KILLED = (
    # "police found the body of a 15-year-old boy lying on the sidewalk", "found the corpse of an individual"
    # (or left where it was thrown: "soldiers killed and dumped the body of a young herder in the yard", "gunmen
    # abandoned the corpse of a trader by the road")
    re.compile(r"\b(?:found|discovered|recovered|dumped|dumping|abandoned|abandoning|threw|throwing)\s+the\s+(?:body|corpse|remains)\s+of\s+(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?()" + _VICTIM +
               r"\b", re.IGNORECASE),
    # "his body was found the next day", "the corpse was discovered five days later"
    re.compile(r"\b(?:his|her)\s+()(body|corpse|remains)\s+(?:was|were|has been)\s+(?:\w+\s+){0,2}?(?:found|discovered|"
               r"recovered)\b", re.IGNORECASE),
    re.compile(r"\bthe\s+()(body|corpse)\s+(?:was|has been)\s+(?:\w+\s+){0,2}?(?:found|discovered|recovered)\b",
               re.IGNORECASE),
    # "the body of a health worker from Arbinda was found riddled with bullets": one dead, the noun after "of"
    # (or with no article, as a note is written: "body of one assailant was found in the morning")
    re.compile(r"\b(?:(?<=\bthe )|(?<![\w'’]\s))(?:body|corpse)\s+of\s+(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?()" + _VICTIM +
               r"\b[^.;]{0,60}?\b(?:was|has been)\s+(?:\w+\s+)?(?:found|discovered|recovered)\b", re.IGNORECASE),
    # "a health worker was found in Gorgadji, shot dead by unknown gunmen": found, then how they died
    re.compile(_ONE_VICTIM + r"\s+(?:was|has been|had been)\s+(?:\w+\s+)?(?:found|discovered)\b[^.;]{0,80}?"
               r"(?:,\s*|\s+)(?:shot dead|killed(?!\s+(?:by|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?" + _MISHAP + r")|executed|"
               r"murdered|beheaded|riddled with bullets)\b", re.IGNORECASE),
    # (also "killed and buried a Fulani herder", "killed a GATIA (Plateforme) officer")
    re.compile(r"\b" + _KILL_VERB + r"(?:,?\s+and\s+[\w-]+ed)?\s+(?:a|an|the|one|his|her|their|another)\s+"
               r"(?:\([^()]{1,30}\)\s+)?(?:" + _NOT_JOINED + r"[\w'-]+\s+(?:\([^()]{1,30}\)\s+)?){0,4}?" + _VICTIM + r"\b", re.IGNORECASE),
    # one armed man put out of action, the forces' word for killing him: "soldiers neutralised a single militant",
    # "a jihadist was neutralised by the army" (not a faction, "neutralised a rebel faction", nor a bomb)
    re.compile(r"\b(?:neutrali[sz]ed|eliminated)\s+(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?()" + _NEUTRALISED +
               r"\b(?!['’]|\s+(?:faction|group|movement|leader|cell|base|camp)\b)(?!\s+from\b)", re.IGNORECASE),
    re.compile(r"\b(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?()" + _NEUTRALISED + r"\s+(?:was|has been|had been)\s+"
               r"(?:\w+ly\s+)?(?:neutrali[sz]ed|eliminated)\b(?!\s+from\b)", re.IGNORECASE),
    # the victim between the verb and "dead": "a gunman shot a store clerk dead"
    re.compile(r"\bshot\s+(?:a|an|the|one|his|her|their|another)\s+(?:[\w'-]+\s+){0,3}?()" + _VICTIM + r"\s+dead\b",
               re.IGNORECASE),
    # a headline's present tense, a second verb joined to the first: "Gunmen attack and kill a French tourist"
    re.compile(r"\b(?:attack|ambush|abduct|kidnap|rob|shoot)\s+and\s+kill\s+(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?()"
               + _VICTIM + r"\b", re.IGNORECASE),
    # one taken away "who was executed", "who was later killed", "who after his arrest was extrajudicially executed"
    re.compile(r"\b(?:a|an|the|one)\s+(?:[\w'-]+\s+){0,4}?()" + _VICTIM + r"\b[^.;]{0,60}?\bwho\s+"
               r"(?:(?:later|then|subsequently|summarily)\s+|after\s+(?:his|her|their)\s+[\w-]+\s+)?was\s+"
               r"(?:later\s+|then\s+|subsequently\s+|summarily\s+|\w+ly\s+)?(?:executed|killed|shot dead|murdered|"
               r"beheaded|burn(?:ed|t) alive|lynched|stabbed to death|hacked to death)\b", re.IGNORECASE),
    # one shot or wounded who died of it: "a student was allegedly shot by police and later died in hospital"
    # (or whose body is told next with what was done with it: "a herder was shot near the camp and his body taken to
    # the morgue"; not "his body camera captured the exchange", "the body of" another, nor body armour)
    re.compile(_ONE_VICTIM + r"\s+(?:was|had been)\s+(?:\w+ly\s+)?(?:shot|wounded|injured|stabbed|beaten)\b[^.;]{0,60}?"
               r"\band\s+(?:(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:died|succumbed)\b|"
               r"(?:his|her|the)\s+(?:body|corpse|remains)\s+(?:(?:was|were|had been|has been)\s+)?(?:(?:later|then|\w+ly)\s+)?"
               r"(?:found|taken|dumped|recovered|discovered|buried|brought|carried|handed|returned|transported|thrown|"
               r"abandoned|deposited|dropped|placed|laid|left\s+(?:at|in|on|near|by|outside|behind))\b)", re.IGNORECASE),
    re.compile(_ONE_VICTIM + r"\s+(?:(?:was|has been|had been|is)\s+(?:\w+\s+)?|" + _SAID_TO_HAVE_BEEN + r")" + _KILL_VERB +
               r"\b", re.IGNORECASE),
    # one victim and a relative clause of what he did, told before the passive: "a suspected individual who pushed
    # a gendarme during his arrest was shot dead" (the clause tells no one else harmed: no verb of killing or harm)
    re.compile(r"\b(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?()" + _VICTIM + r"\s+who\s+(?!(?:was|were|is|had|has)\b)"
               r"(?:(?!\b(?:kill\w*|shot|shoot\w*|wound\w*|injur\w*|dead|died|who|and|but)\b)[^.;,]){1,100}?\s+"
               r"(?:was|has been|had been)\s+(?:\w+ly\s+)?" + _KILL_VERB + r"\b", re.IGNORECASE),
    # one victim and what he was doing, told before the passive: "a mechanic cycling in the city was killed", "a
    # woman walking to the market was shot dead"
    re.compile(r"\b(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?()" + _VICTIM + r"\s+[a-z]+ing\s+(?:[\w'-]+\s+){0,5}?"
               r"(?:was|has been|had been)\s+(?:\w+ly\s+)?" + _KILL_VERB + r"\b", re.IGNORECASE),
    # one victim named by his people or group and no article: "executed Imouchag notable", "killed Malian soldier"
    re.compile(r"\b" + _KILL_VERB + r"\s+(?-i:[A-Z][\w'-]+)\s+()" + _VICTIM + r"\b(?!\s+(?:and|&)\b)"),
    # "broke into the house of a trader, robbing and killing him"
    # (or a distance after: "abducted the chief and executed him a few kilometres from the village")
    re.compile(r"\b" + _KILL_VERB + r"\s+()(him|her)(?=\s*(?:[,.;]|and\b|in\b|on\b|at\b|near\b|$)|"
               r"\s+(?:a\s+few|some|several|about|\d+|two|three|four|five|ten)\s+"
               r"(?:kilometres|kilometers|km|metres|meters|miles)\b)", re.IGNORECASE),
    # "arrested one armed bandit and killed another in a shootout"
    re.compile(r"\band\s+" + _KILL_VERB + r"\s+()(another)\b(?!\s+(?:[\w-]+\s+)?" + _HAPPENING_NOUN + ")", re.IGNORECASE),
    # (the words between are not another victim joined on: "wounding a young girl and a gendarme who later died")
    re.compile(_ONE_VICTIM + r",?\s+(?:(?!and\s+(?:a|an|the|one|another|his|her|their)\b)\w+\s+){0,6}?" + _DIE_VERB +
               r"\b", re.IGNORECASE),
    # a kinsman or companion of one told before, told dead besides ("killed the chief; his son was also killed"), or
    # told alone after the attack ("Gunmen raided the village. His son was killed."; beside a toll, only "also" adds
    # him)
    # (or found dead: "abducted a trader; his driver was found dead")
    re.compile(r"\b(?:his|her|their)\s+(?:[\w'-]+\s+){0,2}?()" + _KIN + r"\s+(?:" + _ALSO_AUX + r"|was|has been|had been)\s+"
               r"(?:\w+ly\s+)?(?:(?:later|subsequently)\s+)?"
               r"(?:" + _KILL_VERB + r"|found\s+dead)\b", re.IGNORECASE),
    # the same in a note's reduced passive, found dead: "a mayor abducted and his bodyguard found dead near the road"
    re.compile(r"\band\s+(?:his|her|their)\s+(?:[\w'-]+\s+){0,2}?()" + _KIN + r"\s+found\s+dead\b"
               r"(?=\s*[,.;]|\s+(?:in|at|on|near|outside|inside|later|the)\b|\s*$)", re.IGNORECASE),
    # "left a soldier dead", "attacked a convoy, leaving the driver dead"
    re.compile(r"\b(?:left|leaving)\s+(?:(?:a|an|the|one)\s+(?:[\w'-]+\s+){0,3}?" + _VICTIM + r")\s+dead\b", re.IGNORECASE),
    _HEADLINE_KILLED,
    _ANY_ONE_KILLED, _REDUCED_KILLED, _KILLED_BY_MANNER,
    # a role as a title before a name: "shot dead MOC commander Saloum Ould Mbegui", "killed village chief Amadou Ba"
    # (not a killing others are held for: "accused of killing journalist Norbert Zongo")
    re.compile(r"(?<!\bof )(?<!\bfor )(?<!\bover )\b" + _KILL_VERB + r"\s+(?:[\w'-]+\s+){0,2}?()" + _VICTIM + r"\s+" + _NAME_RX + r"\b", re.IGNORECASE),
    # a strong killing verb and "a"/"an" with a noun phrase of any noun ("shot dead a veterinarian", "executed a
    # Dozo"): one person, whatever the word for them, unless the phrase is a quantity ("killed a number of")
    re.compile(r"\b(?:shot dead|gunned down|assassinated|beheaded|decapitated|executed|murdered|stabbed to death|"
               r"hacked to death|lynched|killed)\s+(?:a|an)\s+(?!(?:number|total|estimated|further|dozen|few|handful|"
               r"couple|lot|series|score|group|family|crowd)\b)"
               r"(?!(?:[\w'-]+\s+){0,2}?(?:warrant|plan|order|operation|search|raid|coup|putsch|contract|deal|strategy|attack|"
               r"assault|ambush|strike|mission|program|programme|manoeuvre|maneuver|move|turn|play)\b)"
               r"(?:[\w'-]+\s+){0,2}?([A-Za-z][\w'-]+)"
               r"(?=\s+(?:in|at|on|near|and|who|from|outside|inside|while|during|after|before|between|along)\b|"
               r"\s*[,.;]|$)",
               re.IGNORECASE),
    # a strong killing verb and a bare name, a particle before it or not: "gunmen assassinated Adama Kone in his
    # shop", "shot dead de Yehiya Toure", "gunned down Ag Ahmed Ali near the well" (not a group named before what it
    # counts: "gunned down Boko Haram fighters")
    _NAME_KILLED,
    # a note written as a headline, the victim opening the sentence and the participle with no auxiliary or one far
    # from him: "Herdsman named as X reportedly beheaded in public", "The secretary general at the mayor's office,
    # assassinated at his home", "The village chief of X (Y) accused of collaborating, was assassinated" (no other
    # victim joined on, no verb of his own between: "A herder and his son killed by gunmen" is a pair, "A soldier
    # killed two bandits" is the soldier's deed)
    re.compile(r"^\W*(?:On\s+[^,.;]{3,30},\s*)?(?:(?:a|an|the|one)\s+)?(?:(?!(?:a|an|the|one)\b|[\w'-]+ed\b)[\w'-]+\s+){0,3}?()" + _VICTIM + r"(?![\w'-])"
               # (nor a speaker who tells another's deed: "The mayor of Djibo said jihadists killed traders")
               r"(?:(?!\b(?:was|were|is|are|has|have|had|and|or|who|which|whose|but|while|when|said|says|told|tells|"
               r"reported|stated|added|that)\b|[\d.;:])"
               r"[^.;]){0,120}?\s(?:(?:was|has\s+been)\s+)?(?:\w+ly\s+)?(?:assassinated|beheaded|executed|killed|"
               r"shot\s+dead|murdered|gunned\s+down|slain)\b"
               r"(?!\s+(?:a|an|the|one|two|three|\d+|his|her|their|him|them|several|some|and|or)\b)", re.IGNORECASE),
)
# two victims named together: "a woman and a child were found dead", "Kelso and Lum were shot and killed"
_NOUNS = _VICTIM[1:-1]  # the victim nouns, ungrouped
_ONE_OF_TWO = (r"(?:(?:(?:a|an|another|the|her|his|their)\s+)?(?:[\w'-]+\s+){0,2}?(?:" + _NOUNS + r")"
               r"|(?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+)){0,2})")
# (an object: a determiner and a noun, or a name: not "killing a woman and wounding her son")
_ONE_OF_TWO_OBJ = (r"(?:(?:a|an|the|her|his|their)\s+(?:(?!wounding|injuring|shooting)[\w'-]+\s+){0,2}?(?:" + _NOUNS + r")"
                   r"|(?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+)){0,2})")
# (what the two were doing or belonged to may come between: "a soldier and a gendarme belonging to special units and
# traveling together on a motorbike were killed")
_PAIR_PARTICIPLE = (r"(?:\s+(?:belonging|travel(?:l)?ing|riding|serving|working|based|stationed|posted|assigned)\b"
                    r"(?:(?!\b(?:who|which|that|was|were|and\s+(?:a|an|the)|wounded|injured)\b)[^.;,]){0,100}?)?")
_PAIR_KILLED = re.compile(r"\b" + _ONE_OF_TWO + r"\s+and\s+" + _ONE_OF_TWO + _PAIR_PARTICIPLE +
                          # (or told in a relative clause: "tied up the chief and his son who were burned alive")
                          r"\s+(?:(?:who\s+)?(?:were|have been|had been|are|both)"
                          r"\s+(?:\w+\s+){0,2}?(?:found dead|dead|killed|shot dead|shot and killed|fatally shot|"
                          r"shot to death|assassinated|executed|murdered|beheaded|gunned down|slain|burn(?:ed|t) alive|"
                          r"lynched|stabbed to death|hacked to death)|dead"
                          # (a headline's participle with no auxiliary: "Forest guard and his guide killed by gunmen")
                          r"|(?:\w+ly\s+)?(?:killed|shot dead|assassinated|executed|murdered|beheaded|gunned down|slain)"
                          r"\s+(?:by|in|at|near|on)\b)\b"
                          # "shot and killed Veondus Dennis and Antwan Wheeler" (not "killed a man and a woman was hurt")
                          r"|\b" + _KILL_VERB + r"\s+" + _ONE_OF_TWO_OBJ + r"\s+and\s+" + _ONE_OF_TWO_OBJ +
                          r"\b(?!\s+(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt|shot))", re.IGNORECASE)
# two people named as the objects of a verb of hurting, not told dead after ("shot her husband and their son",
# "injuring Leanne Smith and Dustin Grey"; not "shot a clerk and his customer dead", nor "shot him and his son in the
# head", as often a killing)
_PAIR_HURT_OBJ = r"\s+" + _ONE_OF_TWO_OBJ + r"\s+and\s+" + _ONE_OF_TWO_OBJ + r"\b(?!\s+(?:dead|to death|in the head)\b)"
# two people shot and not said to have died: "a woman and a child were shot outside a home", "a woman shot her
# husband and their son"
_PAIR_WOUNDED = re.compile(r"\b" + _ONE_OF_TWO + r"\s+and\s+" + _ONE_OF_TWO + _PAIR_PARTICIPLE +
                           r"\s+(?:(?:were|have been|had been|are|both)"
                           r"\s+(?:\w+\s+){0,2}?(?:shot|wounded|injured|hurt|hospitali[sz]ed)\b"
                           r"|(?:wounded|injured|hurt|shot)\s+by\s+(?:gunfire|a\s+gunman|bullets?|shots?)\b)"
                           r"(?!\s+(?:and\s+)?(?:killed|dead|to death))"
                           r"|\b(?:shot|wounded|injured)" + _PAIR_HURT_OBJ, re.IGNORECASE)
# two hurt as the objects of a participle after a death ("fired multiple shots, killing a woman at the scene and
# injuring Leanne Smith and Dustin Grey"): the death is told apart, the pair is the hurt
_PAIR_WOUNDED_AFTER_DEAD = re.compile(r"\b(?:injuring|wounding)" + _PAIR_HURT_OBJ, re.IGNORECASE)
_BODY_PART = (r"(?:arm|arms|leg|legs|hand|foot|feet|shoulder|chest|back|stomach|abdomen|face|neck|hip|thigh|knee|"
              r"buttocks?|side|cheek|torso|wrist|ankle|jaw|groin|elbow)")
_SINGLE_WOUNDED = (
    re.compile(r"\b(?:shot|struck|hit|grazed)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,3}?" + _VICTIM +
               r"\s+(?:[\w-]+\s+){0,3}?in\s+the\s+(?:\w+\s+)?" + _BODY_PART + r"\b", re.IGNORECASE),
    re.compile(r"\b(?:shot|shoots|wounded)\s+(?:him|her)(self)\s+(?:\w+\s+)?in\s+the\s+(?:\w+\s+)?" + _BODY_PART + r"\b",
               re.IGNORECASE),
    re.compile(r"\b(?:shot|wounded|injured|wounding|injuring|grazed)\s+(?:a|an|one|another|his|her|their)\s+"
               r"(?:[\w'-]+\s+){0,3}?" + _VICTIM + r"\b(?!\s+(?:to death|dead)\b)", re.IGNORECASE),
    # "another woman who was shot in the buttocks went to a hospital"
    re.compile(r"\b(?:another|a second|a third|a fourth)\s+(?:[\w'-]+\s+){0,2}?" + _VICTIM + r"\s+(?:who\s+)?"
               r"(?:was|were)\s+(?:also\s+)?(?:shot|wounded|injured|hurt|grazed)\b", re.IGNORECASE),
    # "found the boy bleeding from a gunshot wound"
    re.compile(_ONE_VICTIM + r"\s+(?:[\w-]+\s+){0,3}?from (?:a |an )?(?:[\w-]+\s+)?(?:gunshot|bullet) wound",
               re.IGNORECASE),
    re.compile(_ONE_VICTIM + r"\s+(?:was|has been|had been|is|got)\s+(?:\w+\s+){0,2}?" + _HARM_VERB + r"\b",
               re.IGNORECASE),
    re.compile(_ONE_VICTIM + r"\s+(?:\w+ly\s+)?shot (?:himself|herself)\b", re.IGNORECASE),
    # a reduced relative: "An 11-year-old boy shot Monday initially thought ..."
    re.compile(_ONE_VICTIM + r"\s+shot\s+(?:early |late |last )?(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
               r"Saturday|Sunday|overnight|last night)\b", re.IGNORECASE),
    re.compile(r"\b(?:bullets?|gunfire)\s+(?:hit|struck|grazed)\s+()(him|her)\b", re.IGNORECASE),
    re.compile(_ONE_VICTIM + r"\s+(?:[\w-]+\s+){0,8}?with (?:a |an )?(?:[\w-]+\s+)?(?:gunshot|bullet) wound",
               re.IGNORECASE),
    # one hurt told after the dead of a "left" ("a shooting that left a boy dead and a woman wounded")
    re.compile(r"\bleft\s+[^.;]{1,60}?\s(?:dead|killed)\s+and\s+(?:a|an|one|another|his|her|their)\s+(?:[\w'-]+\s+){0,3}?" + _VICTIM +
               r"\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE),
    re.compile(_ONE_VICTIM + r"\s+(?:\w+\s+)?(?:suffered|sustained|received|was treated for)\s+(?:a |an )?"
               r"(?:[\w-]+\s+){0,2}?(?:gunshot wound|bullet wound|wound|injur)", re.IGNORECASE),
)


# a killing that did not happen: "a mob nearly lynched a priest", "a trader was almost killed"
_NEAR_MISS = re.compile(r"\b(?:nearly|almost|narrowly)\s+(?:been\s+)?(?:lynched|killed|executed|beaten|stoned|"
                        r"burned|burnt|shot|murdered)\b", re.IGNORECASE)


def _single(article: Article, sent: Sentence, patterns: tuple[re.Pattern[str], ...]) -> NumberMention | None:
    for rx in patterns:
        m = next((m for m in rx.finditer(sent.text) if not _EARLIER_KILLER_BEFORE.search(
            sent.text, max(0, m.start() - 60), m.start()) and not _NEAR_MISS.search(
            sent.text, max(0, m.start() - 10), m.end()) and not (rx is _NAME_KILLED and any(
            a.inter != 7 and a.start <= sent.start + m.start(2) < a.end for a in article.actors))), None)
        if m:
            g = 1 if m.group(1) else 2
            start, end = sent.start + m.start(g), sent.start + m.end(g)
            noun = m.group(g).lower()
            return NumberMention(start, end, article.text[start:end], 1.0,
                                 counted=None if g == 2 or noun.endswith("-year-old") else noun,
                                 counted_start=start, counted_end=end)
    return None


# Every pattern of one death (_SINGLE_KILLED, _PAIR_KILLED) needs one of these words, every pattern of one
# wounded (_SINGLE_WOUNDED) one of the second: a sentence without them is not searched (the patterns open with
# a victim phrase tried at every word, ~20 µs a sentence each).
_KILL_GATE = re.compile(r"kill|kil(?:ed|ing)|dead|death|died|dies|shot|gunned|" + ASSASSINAT + r"|behead|decapitat|execut|murder|stabbed|hacked|lynch|"
                        r"fatal|life|succumb|body|corpse|remains|slay|alive|throat|neutrali|eliminat|not survive", re.IGNORECASE)
_WOUND_GATE = re.compile(r"shot|wound|injur|hurt|hospital|condition|bullet|gunfire|graz", re.IGNORECASE)


def _single_victim(article: Article, sent: Sentence) -> NumberMention | None:
    """'gunmen shot dead a village chief', 'a soldier was killed', 'the boy died at the hospital': one death
    the text does not write as a number. The victim noun is the counted thing, so the evidence points at it.
    Two victims named together ("a woman and a child were found dead") are two."""
    memo = _by_sentence(article).single_victim
    if sent.index not in memo:
        memo[sent.index] = _find_single_victim(article, sent) if _KILL_GATE.search(sent.text) else None
    return memo[sent.index]


# a married pair the subject of a passive of death: "a couple were stoned to death", "an unmarried couple, accused of
# adultery, were tied together and stoned to death" (not "a couple of", nor a verb of another subject after "and",
# nor the passive of another subject: "a couple's son was shot dead", "the couple said their son was killed")
# (a relative clause set off by commas is skipped: "the couple, whose son was abducted last year, were killed")
_COUPLE_KILLED = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?couple\b(?!\s+of\b|['’]s\b)"
                            r"(?:\s*,\s*(?:whose|who)\b[^,.;]{0,80},)?"
                            r"(?:(?!\b(?:said|says|told|tells|whose|their|his|her|its)\b)[^.;]){0,100}?\s(?:were|was|have been|"
                            r"had been)\s+(?:(?!and\s+(?:a|an|the|his|her|their|\d+)\b)[^.;]){0,80}?\b(?:killed|shot dead|"
                            r"gunned down|executed|murdered|beheaded|lynched|assassinated|" + STONED + r" to death|"
                            r"(?:burned|burnt) alive|(?:hacked|stabbed|beaten) to death|found dead)\b", re.IGNORECASE)
# two dead told as a pair by a noun: "the murders of Heather Kelso and Kaden Lum", "both men were killed" (or
# by a verb of dying, or the deaths themselves: "both men died at the scene", "both deaths were ruled homicides")
_PAIR_NOMINAL = re.compile(r"\b(?:deaths|killings|murders|slayings|shooting deaths)\s+of\s+" + _NAME_RX + r"\s+and\s+"
                           r"(?:(?:her|his|their)\s+(?:[\w'-]+\s+){0,3}?)?" + _NAME_RX +
                           r"|\bboth\s+(?:[\w-]+\s+){0,4}?(?:were|have been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|"
                           r"found dead|dead|shot to death|fatally shot)\b"
                           r"|\bboth\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:(?:later|also|eventually|then)\s+)?(?:died|succumbed|perished)\b"
                           r"|\bboth\s+(?:deaths|killings|murders|slayings|homicides)\b", re.IGNORECASE)


# a death told by a noun: "the shooting death of a Houston man", "the fatal shooting of Detavious Milner", "announced
# the execution of an Algerian diplomat" (not one attempted: "the attempted assassination of a mayor")
_NOMINAL_KILLED = (
    re.compile(r"(?<!attempted )(?<!failed )(?<!foiled )\b(?:shooting\s+death|death|killing|murder|slaying|fatal\s+shooting|"
               r"execution|assassination|beheading)\s+of\s+(?:a|an|the|his|her|their)\s+"
               r"(?:[\w'-]+\s+){0,3}?" + _VICTIM + r"\b", re.IGNORECASE),
    re.compile(r"\b(?:shooting\s+death|death|killing|murder|slaying|fatal\s+shooting)\s+of\s+"
               r"(?:(?:a\s+)?\d+-year-old\s+)?()(" + _NAME_RX + r")\b"),  # ("the death of 17-year-old Ann Ross")
)
# a death the crowd or the article answers to, not one of the happening: "angry over the death of Justin Zongo"
_ANSWERS_A_DEATH = re.compile(r"\b(?:over|against|after|following|in response to|in reaction to|related to|linked to|"
                              r"sparked by|triggered by|protest(?!ant)\w*|mourn\w*|"
                              r"condemn\w*|denounc\w*|commemorat\w*|anniversary of|justice for|investigation into|demand\w*|about|for)\s+"
                              r"(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _find_single_victim(article: Article, sent: Sentence) -> NumberMention | None:
    m = _PAIR_KILLED.search(sent.text) or _COUPLE_KILLED.search(sent.text)
    if m is None:
        m = _PAIR_NOMINAL.search(sent.text)
        if m is not None and _ANSWERS_A_DEATH.search(sent.text, max(0, m.start() - 40), m.start()):
            m = None
    if m:
        return _pair(article, sent, m)
    one = _single(article, sent, _SINGLE_KILLED)
    if one is not None:
        return one
    for rx in _NOMINAL_KILLED:
        m = rx.search(sent.text)
        if m is not None and not _ANSWERS_A_DEATH.search(sent.text, max(0, m.start() - 40), m.start()):
            return _single(article, Sentence(sent.index, sent.start + m.start(), sent.end,
                                              sent.text[m.start():]), (rx,))
    return None


# a victim who died of the wound: "a man died from a gunshot wound", "she succumbed to her injuries"
_DIED_OF = re.compile(r"\s+(?:later\s+|then\s+)?(?:died|dies|succumbed|passed away)\s+(?:\w+\s+){0,3}?(?:from|of|to)\s+"
                      r"(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+|multiple\s+)?(?:[\w-]+\s+)?(?:wounds?|injur\w+)",
                      re.IGNORECASE)


# one more wounded beside the others: "three people were shot to death and another was injured"
# (one told by age, "Another 5-year-old was hurt", or where he was, "Another man in the home was wounded")
_ANOTHER_WOUNDED = re.compile(r"\banother(?:\s+(?:[\w-]+\s+){0,2}?(?:victim|man|woman|person|boy|girl|teen|one|"
                              r"\w+-(?:year|month)-old))?(?:\s+(?:in|at|inside|outside|near)\s+(?:the\s+|a\s+)?[\w-]+)?\s+"
                              r"(?:was|is|remains|remained)\s+(?:\w+\s+){0,2}?(?:" + _HARM_VERB[3:-1] + r")\b",
                              re.IGNORECASE)


def _single_wounded(article: Article, sent: Sentence) -> NumberMention | None:
    """'a man was shot in the leg', 'she suffered a gunshot wound', 'gunmen wounded a farmer': one wounded; two
    named together ('a woman and a child were shot'): two."""
    if not _WOUND_GATE.search(sent.text):
        return None
    m = _PAIR_WOUNDED.search(sent.text)
    if m is not None:
        pair = _pair(article, sent, m)
        if not _KILLED.search(sent.text) or (not _KILLED.search(sent.text, m.start())
                                             and _PAIR_AFTER_DEAD.search(sent.text, 0, pair.start - sent.start)):
            return pair  # (or told after the dead: "two people were killed and a man and a woman were injured")
    m = _PAIR_WOUNDED_AFTER_DEAD.search(sent.text)
    if m is not None:
        return _pair(article, sent, m)
    if _KILLING_THAT_ONE.search(sent.text):
        return None  # "accidentally shot another teen, killing him": the one shot is the one dead
    return _single(article, sent, _SINGLE_WOUNDED)


# the clause of the dead closed before a pair told hurt: "two were killed| and |a man and a woman were injured" (or
# any clause closed by a comma or a semicolon before it, the dead told only before: "one man was killed; |a man and a
# woman were wounded")
_JOINER = re.compile(r"(?:(?:and|while|but)\s+)?", re.IGNORECASE)  # (the pair's words may open with the "and")
_PAIR_AFTER_DEAD = re.compile(r"\b(?:killed|dead|died)\s*(?:,\s*|;\s*)?(?:and|while|but)\s+$|[,;]\s+$", re.IGNORECASE)


# the one harmed, then dead: "shot another teen, killing him"
_KILLING_THAT_ONE = re.compile(r",\s*(?:killing|fatally wounding)\s+(?:him|her)\b", re.IGNORECASE)


# people listed by name and hurt together: "Ralph Robinson, Shekirrah Thomas, Demereay Doe, and Bryant Turner all
# suffered injuries from being shot"
_NAMED_WOUNDED = re.compile(r"\b(" + _NAME_RX + r"(?:\s*,\s*" + _NAME_RX + r"){1,8}\s*,?\s+and\s+" + _NAME_RX +
                            r")\s+(?:all\s+|both\s+)?(?:were\s+(?:all\s+|both\s+)?(?:shot|wounded|injured|hurt)|"
                            r"(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds))\b")


def _named_wounded(article: Article, sent: Sentence) -> NumberMention | None:
    m = _NAMED_WOUNDED.search(sent.text) if _WOUND_GATE.search(sent.text) else None
    if m is None or _KILLED.search(sent.text):
        return None
    n = len(re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)))
    start, end = sent.start + m.start(1), sent.start + m.end(1)
    return NumberMention(start, end, article.text[start:end], float(n), counted_start=start, counted_end=end)


def _pair(article: Article, sent: Sentence, m: re.Match[str]) -> NumberMention:
    """Two people told together (a match in the sentence's text) as a figure of 2 (from the first of them, not an
    "and" the match took as a word before it: "... killed |and a man and a woman| were injured")."""
    start, end = sent.start + m.start() + len(_JOINER.match(m.group()).group()), sent.start + m.end()
    return NumberMention(start, end, article.text[start:end], 2.0, counted_start=start, counted_end=end)


# a number that is a person's age ("Shane Simpson, 16, was killed", "a 13-year-old died") counts one person;
# a number of minutes, miles or rounds counts no one
_AGE_AFTER = re.compile(r"(?:-|\s)?(?:years?|yrs?)(?:-|\s)old\b|\s*y\.?o\b|\s*[,)]|\s+[—–]|"
                        r"-\s+(?:and|or|to)\s+\d+-(?:years?|yrs?)-old\b", re.IGNORECASE)  # "his 12- and 10-year-old sons"
_AGE_BEFORE = re.compile(r"(?:[A-Za-z]\.?\s*,|\()\s*$")
_AGE_WOUNDED = re.compile(r"\W{0,3}\s*(?:(?:was|is|were|has been|had been)\s+(?:\w+\s+){0,2}?"
                          r"(?:shot|wounded|injured|hurt|hospitali[sz]ed|grazed)|suffered)\b", re.IGNORECASE)
# a distance or length written short, which the counted noun does not hold ("at Abalbod, 30 km NE of Almoustarast:
# one dead")
_MEASURE_AFTER = re.compile(r"\s*(?:km|kms|mi|m|ft)\b")
_NOT_COUNTED = frozenset("""second minute hour day night week month year decade time mile kilometre kilometer km
    foot feet yard block round shot bullet percent inch caliber calibre mm shooting gang incident car vehicle house
    home location street gun weapon hospital count charge rifle arm ammunition cartridge magazine motorbike
    motorcycle bike tricycle truck lorry tanker bus boat canoe head cattle cow goat sheep donkey camel horse hut shop
    granary school church mosque village hamlet metre meter tonne ton kilogram kg bag sack litre liter""".split())


_AGE_AND = re.compile(r"^\W{0,2}\s*(?:and\s+|,\s*)(?:[A-Z][\w'.-]*\s*){1,4},?\s*$")


_PERSON_COMMA_BEFORE = re.compile(r"\b(?:man|woman|boy|girl|teen|teenager|son|daughter|mother|father|victim)\s*,\s*$",
                                  re.IGNORECASE)


def _age(text: str, num: NumberMention) -> bool:
    if not 0 < num.value < 110 or num.value != int(num.value):
        return False
    m = _AGE_AFTER.match(text, num.end)
    if m is None:
        # "kills man, 18" (a headline): the age of the person just named
        return num.counted is None and _PERSON_COMMA_BEFORE.search(text, max(0, num.start - 20), num.start) is not None
    if m.group(0).strip() in (",", ")", "—", "–"):  # an apposition: "Name, 16," or "Name (16)" or "Name, 51 —"
        return num.counted is None and bool(_AGE_BEFORE.search(text[max(0, num.start - 4):num.start]))
    return True  # "a 17 year old male": whatever noun follows


_DEFINITE = re.compile(r"\bthe\s+(?:other\s+)?$", re.IGNORECASE)
# a sentence that opens on one of the happenings a toll told before sums ("killed 30 militants over three days. In one
# encounter, 10 militants were killed"): its figure is a part of that toll, told again
# (not "the second", "the third": one more after one told with its own toll, "attacked Tin, killing five civilians. In
# the second attack, seven villagers were killed" are twelve)
_ONE_OF_THEM_OPENS = re.compile(r"\s*(?:In|During)\s+(?:one|the\s+(?:first|last|heaviest|deadliest))\s+"
                                r"(?:of\s+(?:them|these|those|the(?:se|m)?\s+\w+)|encounter|clash|attack|ambush|raid|"
                                r"operation|incident|battle|skirmish|strike|airstrike)\s*,?\s*(?:at\s+least\s+|some\s+)?",
                                re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"\s+others\b", re.IGNORECASE)


def _the_rest(text: str, num: NumberMention) -> bool:
    """Is a definite figure told as the rest of a set ("the four others", "the other four")?"""
    return bool(_OTHERS_AFTER.match(text, num.end) or _OTHER_BEFORE.search(text, max(0, num.start - 12), num.start))


def _a_name(text: str, num: NumberMention, sent: Sentence) -> bool:
    """'Six Flags', 'Seven Oaks': a number word in capitals within a sentence, before a capitalised word (not one
    that opens a clause after a colon, a bracket or a quotation mark: "Detonation: Three Boko Haram militants died")."""
    return num.start > sent.start + 2 and num.text.isalpha() and num.text[:1].isupper() and \
        text[num.end:num.end + 2][1:2].isupper() and text[sent.start:num.start].rstrip()[-1:] not in _OPENS_CLAUSE


# what opens a clause, right before a capitalised number word (a dateline's dash too: "BAMAKO (AFP) - Five Malian
# soldiers were killed")
_OPENS_CLAUSE = frozenset(':(["“‘-—–')


# a figure in a name or an address: "Club 108", "Route 66", "2517 Shasta Avenue", "Station 4", "NewsChannel 15"
_NAME_BEFORE = re.compile(r"\b(?-i:[A-Z][a-z]+(?:[A-Z][a-z]+)*)\s+$")  # (and "NewsChannel 15", "WeatherNation 7")
_STREET_AFTER = re.compile(r"\s+(?:(?-i:[NSEW])\.?\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?:St|Street|Ave|"
                           r"Avenue|Road|Rd|Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|"
                           r"Parkway|Pkwy|Circle|Terrace|Trail)\b\.?|\s+(?-i:[A-Z][a-z]+)\s*,\s*near\b")


def _address_or_name(article: Article, sent: Sentence, n: NumberMention) -> bool:
    """A figure in a name or an address: "at Club 108", "on Route 66", "2517 Shasta Avenue"."""
    text = article.text
    if not text[n.start:n.start + 1].isdigit():
        return False
    before = text[max(sent.start, n.start - 20):n.start]
    if _NAME_BEFORE.search(before) and not _MONTH_BEFORE.search(before) and \
            before.strip() != text[sent.start:n.start].strip():
        return True  # not the sentence's first word: "Police 3" is no name
    return bool(_STREET_AFTER.match(text, n.end))
# ages told together: "those injured were 28 and 31 years old"
_AGES_LIST = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+or\s+)\d{1,2}(?:\s*(?:,\s*|\s+and\s+)\d{1,2})*\s*(?:years?[- ]old|yrs?\b|y\.o\.)",
                        re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b" + _MONTH_ABBR + r"\s*$")
_MONTH_AFTER = re.compile(r"\s*(?:(?:-|–|and|to)\s*\d{1,2}\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
# "killed four construction workers and a teacher": one more victim joined to a figure
_AND_ONE_MORE = re.compile(r"\s*(?:,\s*)?and\s+(?:a|an|one|the)\s+((?:[\w-]+\s+){0,2}?" + _VICTIM + r")\b",
                           re.IGNORECASE)
# the time told between a figure and the people listed after it: "killed two civilians |overnight|, a passenger and an
# official", "killed three soldiers |on Monday|, a guard and a civilian"
_LIST_TIME_SKIP = re.compile(r"\s+(?:overnight|yesterday|today|last\s+night|(?:on|late on|early on)\s+(?:Monday|Tuesday|"
                             r"Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?)"
                             r"(?=\s*,\s*(?:a|an|one|the)\s)", re.IGNORECASE)
# one more victim listed before the last of `_AND_ONE_MORE`: "Two militiamen|, the village chief| and a child"
_ONE_LISTED = re.compile(r"\s*,\s*(?:a|an|one|the)\s+((?:[\w-]+\s+){0,2}?" + _VICTIM + r")\b(?=\s*,|\s+and\b)",
                         re.IGNORECASE)
# one of the wounded who died later, told without the wounds again: "one of the wounded succumbed" (a further death
# beside a toll, _A_FURTHER_DEATH; the one dead of the wounded told, _ONE_DIED_OF_WOUNDS)
_ONE_OF_THE_WOUNDED_DIED = (r"\bone\s+of\s+(?:the|those)\s+(?:wounded|injured)\s+(?:later\s+|subsequently\s+)?"
                            r"(?:succumbed|died)\b|"
                            # (the one told wounded before: "the national guard who was wounded later succumbed")
                            r"\bthe\s+(?:[\w-]+\s+){1,3}?who\s+(?:was|had been)\s+(?:\w+ly\s+)?(?:wounded|injured)\s+"
                            r"(?:later|subsequently|eventually)\s+(?:succumbed|died)\b|"
                            # (or told by where one died, a sentence of its own: "One died later in hospital", "1
                            # died on 5 December at the hospital")
                            r"^(?:one|1)\s+(?:(?:later|subsequently|then)\s+)?(?:died|succumbed|passed away)\b"
                            r"(?:\s+(?!(?:of|from|to)\b)[\w,-]+){0,4}?\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
                            r"hospital\b")
# the ordinals of one more told alone ("a third corpse", "a sixth has died"), and the count each says
_ORDINAL_NUMBERS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_ORDINALS = "|".join(_ORDINAL_NUMBERS)
# one more death told after a figure: "a third national guard ... was later found dead", "another died in hospital"
# (not a toll added as a figure: "another 34 people were killed" is read as 34)
_A_FURTHER_DEATH = re.compile(r"\b(?:another|a\s+(?:" + _ORDINALS + r"))\s+(?!\d|" + NUMBER_WORD_PATTERN +
                              r"\b|dozen|several|few)"
                              r"(?!" + _HAPPENING_NOUN + r")(?:[\w-]+\s+){0,3}?"
                              r"(?:(?:who|which)\s+[^,.;]{0,40}?)?(?:was|were|is|has|had)?\s*(?:\w+\s+){0,3}?"
                              r"(?:killed|found dead|died|succumbed|shot dead|later died)\b|"
                              # one of the wounded, or the last of those taken, who died later: "wounding three
                              # others, one of the wounded succumbed", "two were killed while the third survived but
                              # later succumbed to his wounds"
                              + _ONE_OF_THE_WOUNDED_DIED + r"|"
                              r"\bthe\s+(?:second|third|fourth|fifth)\b(?:\s+[\w-]+){0,3}?\s+(?:later\s+|subsequently\s+)?"
                              r"(?:succumbed|died\s+(?:of|from))\b|"
                              # one more told by a noun, who died of the wounds later: "two soldiers were killed and
                              # ten wounded, a militant commander later succumbed to his wounds" (cas14)
                              r"\b(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:later|subsequently|eventually)\s+(?:succumbed|died)\s+"
                              r"(?:of|from|to)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:wounds?|injur(?:y|ies))\b",
                              re.IGNORECASE)
# one more told by "another" or an ordinal, up to its verb: "another soldier has |died", "a sixth victim later |died"
_ONE_MORE_WHO = (r"\b(?:another|a\s+(?:" + _ORDINALS + r"))(?:\s+(?!\d|" + NUMBER_WORD_PATTERN + r"\b|" + _HAPPENING_NOUN
                 + r")[\w-]+){0,2}?\s+(?:(?:has|had|later|subsequently|also)\s+)*")
# one more body found: "a third corpse was found nearby", "another body was later recovered"
_ONE_MORE_BODY = (r"\b(?:another|a\s+(?:" + _ORDINALS + r"))\s+(?:corpse|body)\s+(?:was|has been|had been)\s+"
                  r"(?:later\s+|also\s+)?(?:found|discovered|recovered)\b")
# one more dead told alone, beside others not killed or a toll told before: "A sixth has died", "another soldier was
# killed" (not one told alive or as a fear: "another child was not killed", "before another teen is killed"; nor
# another killer: "another shooter killed him")
_ONE_MORE_DIED = re.compile(_ONE_MORE_WHO + r"(?:died|succumbed|(?:was|has been|had been)\s+"
                            r"(?:later\s+|also\s+)?(?:killed|found dead|shot dead))\b"
                            # (or the body found: "a third corpse was found nearby")
                            r"|" + _ONE_MORE_BODY, re.IGNORECASE)
# one more told dead or found after the toll, not killed (_ONE_MORE_DIED): the happening's toll whatever the day
_LATER_DEATH = re.compile(_ONE_MORE_WHO + r"(?:died|succumbed)\b"
                          r"(?!\s+(?:\w+\s+){0,3}?(?:of|from|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?" + _HAZARD + r"\b)|" + _ONE_MORE_BODY, re.IGNORECASE)
# a victim told by a pronoun, who may be the one told before ("he was also killed")
_HE_OR_SHE = frozenset({"he", "she", "him", "her"})
# "the", "these" or "those" right before a victim or a side: "the officer was also killed", who may be the one
# told before
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
_ORDINAL_WORD = re.compile(r"\b(" + _ORDINALS + r")\b", re.IGNORECASE)
# (a death of a disease or an accident is none of the happening's: "Another patient died of coronavirus", "a second
# man was killed in a road accident")
_HAZARD_CAUSE_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:of|from|in|by|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                                 + _HAZARD + r"\b", re.IGNORECASE)


def _ordinal_next(sent: Sentence, m: re.Match[str], singles: list["_Count"]) -> bool:
    """Is the one more dead told by an ordinal the next after the dead its sentence told before it ("executed the
    president and the treasurer, a third corpse was found nearby": three; not "a man and a second man were killed")?"""
    o = _ORDINAL_WORD.search(m.group(0))
    before = [c for c in singles if c.what == "killed" and sent.start <= c.number.start
              and max(c.number.end, c.number.counted_end) <= sent.start + m.start()]
    return o is not None and bool(before) and \
        sum(c.number.value for c in before) + 1 == _ORDINAL_NUMBERS[o.group(1).lower()]


def _ordinal_told(article: Article, sent: Sentence, m: re.Match[str], before: list["_Count"]) -> bool:
    """Is the one more dead told by an ordinal one of the dead told in earlier sentences ("killing seven people. A
    seventh body was recovered on Tuesday": seven, not eight)?"""
    o = _ORDINAL_WORD.search(m.group(0))
    told = sum(c.number.value for c in before if c.what == "killed" and c.number.start < sent.start)
    return o is not None and 0 < _ORDINAL_NUMBERS[o.group(1).lower()] <= told


def _one_more_died(text: str) -> re.Match[str] | None:
    """One more dead told alone (_ONE_MORE_DIED), not of a disease or in an accident."""
    m = _ONE_MORE_DIED.search(text)
    return None if m is None or _HAZARD_CAUSE_AFTER.match(text, m.end()) else m


# one of the wounded who died of the wounds later: "One of the wounded later succumbed to his wounds", "including one
# severely who later succumbed to his wounds", "Another soldier later died of his injuries"
# (also "the third survived but later succumbed to his wounds", "with one later dying from his injuries", and told
# of the wounded without the wounds again: "one of the wounded succumbed")
_ONE_DIED_OF_WOUNDS = re.compile(r"\b(?:(?:one|another)\b(?:\s+of\s+(?:the|them|those|these)(?:\s+[\w-]+){0,2}?)?|"
                                 r"(?:the|a)\s+(?:second|third|fourth|fifth)\b)"
                                 r"(?:\s+[\w-]+){0,2}?\s+(?:who\s+)?(?:later\s+|subsequently\s+|then\s+)?"
                                 r"(?:succumb(?:ed|ing|s)|died|dies|dying|passed away)\s+(?:\w+\s+){0,3}?(?:of|from|to)\s+"
                                 r"(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:wounds?|injur(?:y|ies))\b|"
                                 + _ONE_OF_THE_WOUNDED_DIED, re.IGNORECASE)
# the one wounded just before told dead later, opening a sentence: "He later died on his way to hospital", "She
# succumbed to her wounds the next day"
_HE_LATER_DIED = re.compile(r"\s*(?:he|she)\s+(?:(?:later|subsequently|eventually|then)\s+)?(?:died|succumbed|passed away)\b",
                            re.IGNORECASE)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_AND_RELATIVES = re.compile(r"(?:\s+[\w-]+){0,2}?\s*,?\s+and\s+(?:(one|two|three|four|five)\s+of\s+)?(?:his|her|their)\s+"
                            r"(?:(two|three|four|five|six|seven|eight)\s+)?"
                            r"((?:[\w-]+\s+)?(?:sons?|daughters?|brothers?|sisters?|wi(?:fe|ves)|husband|child(?:ren)?|"
                            r"friends?|nephews?|nieces?|father|mother|relatives?|grandsons?|cousins?|companions?|"
                            r"bodyguards?|drivers?|associates?|colleagues?|aides?|deput(?:y|ies)|lieutenants?))\b"
                            r"(?!\s+(?:\w+\s+){0,2}?(?:(?:was|were)\s+)?(?:\w+\s+)?(?:injured|wounded|hurt|"
                            r"shot|grazed|hospitali[sz]ed|taken|abducted|kidnapped)\b)", re.IGNORECASE)
# one more victim after the first: ", his son", " and a passenger" (not one who was only wounded or taken)
# (after a comma only a relative: ", a 24-year-old father of three" is the same person)
_ONE_MORE_VICTIM = re.compile(r"(?:\s*,\s*(?:and\s+)?(?:his|her|their)\s+|\s*,?\s+and\s+(?:also\s+)?(?:a|an|one|his|her|"
                              r"their|the)\s+)"
                              r"(?:[\w-]+\s+){0,3}?" + _VICTIM + r"\b(?!\s+(?:was|were)\s+(?:\w+\s+)?(?:wounded|"
                              r"injured|hurt|abducted|kidnapped|arrested|taken|missing))", re.IGNORECASE)
# one more victim of a killing verb of its own in the same sentence, a new person ("a"/"an"): "slit the throat of a
# student, killed a merchant and seized his belongings", "killed a teacher and beheaded a herder" (not a killing others
# are held for or answer: "accused of killing a soldier", "in revenge for the killing of a herder")
_ANOTHER_ONE_KILLED = re.compile(r"(?<!\bof )(?<!\bfor )(?<!\bover )\b" + _KILL_VERB + r"\s+(?:a|an)\s+"
                                 r"(?!(?:number|total|dozen|few|handful|couple|series|group|family|crowd)\b)"
                                 r"(?:[\w'-]+\s+){0,3}?" + _VICTIM + r"\b", re.IGNORECASE)
# "killed a retired catechist and three other worshippers": the one before the number too
_ONE_AND_BEFORE = re.compile(r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,3}?" + _VICTIM + r"\s+and\s+$", re.IGNORECASE)
_OTHER_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)
_OTHER_NOUN = re.compile(r"\s+other\s+([a-z][\w-]*)", re.IGNORECASE)  # "2 other militants"
# the places a figure of "other" ones counts, no people: "in Gao and three other towns", "two other villages"
_PLACES_COUNTED = re.compile(r"(?:towns?|villages?|hamlets?|localit(?:y|ies)|communes?|cities|city|districts?|regions?|"
                             r"provinces?|areas?|sites?|places?|locations?|countries|states?|camps?|markets?)", re.IGNORECASE)
# the named group or place a victim belongs to, told after the noun: "a member |of Dan Na Ambassagou|, his son"
_OF_GROUP_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
# a verb of its own before the one: "killed |a soldier| and two civilians were wounded"
_VERB_BEFORE_ONE = re.compile(r"\b(?:killed|killing|shot|shooting|wounded|wounding|injured|injuring|hit|struck|"
                              r"abducted|abducting|kidnapped|kidnapping|executed|murdered|attacked|beat|beating)\s+$",
                              re.IGNORECASE)
# one victim told without a number and joined to a figure under its verb: "a woman and |two children| were killed",
# "killed the driver and |two passengers|" (the one's words hold no preposition or article: not "an attack on the
# soldier and two ..."; not after a bare comma, a clause's end: "a dispute over the local imam, two people were killed")
_ONE_JOINED_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:(?!(?:of|on|in|at|by|for|with|from|to|and|or|the|a|an|his|her|"
                                r"their|its|was|were|is|who|that|which)\b)[\w-]+\s+){0,3}?" + _VICTIM +
                                # (where the one is from, a name: "a peacekeeper from Togo and |two civilians|")
                                r"(?:\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
                                r"\s*,?\s+and\s+(?:at least\s+)?$", re.IGNORECASE)
# a figure of a people or group the reader has no noun for, then "and" one more: "three |Koglweogo| and a villager"
_GROUP_NAME_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]+){1,2}(?=\s*,?\s+and\s+(?:a|an|one|the)\s)")
_ONE_AND_RELATIVES_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|civilian|villager|herder|farmer|"
                                       r"trader|merchant|chief|teacher|imam|official|councill?or|notable|mayor|driver|"
                                       r"person|individual|resident|IDP|refugee|displaced person|student|pupil|"
                                       r"worker|shepherd|pastor|priest|soldier|policeman|gendarme|nurse|doctor|"
                                       r"journalist|leader|member)\s+and\s+(?:his|her|their)\s+$", re.IGNORECASE)
# a group taken and then killed: "arrested seventeen traders and summarily executed them", "arrested three herders and
# burned them alive" (the manner after the object)
_THEN_KILLED = re.compile(r"[^.;]{0,80}?(?:\b(?:and|then|before|later|who were)|,)\s+(?:(?:later|subsequently|summarily|"
                          r"reportedly|allegedly)\s+)*(?:(?:executed|killed|murdered|shot dead|beheaded|slaughtered)\s+"
                          r"(?:them|all of them|all)\b|(?:burned|burnt|beat|stoned|hacked|stabbed|tortured)\s+"
                          r"(?:them|all of them)\s+(?:alive|to death)\b)", re.IGNORECASE)
# one victim the object of a killing verb of its own: "shot dead a woman", "killing a merchant" (not "a number of")
_ONE_OF_ITS_OWN = re.compile(r"\b" + _KILL_VERB + r"\s+(?:a|an|one)\s+(?!(?:number|total|dozen|few|handful|couple|"
                             r"series|group|family|crowd)\b)((?:[\w'-]+\s+){0,3}?" + _VICTIM + r")\b"
                             # (not one more victim of the verb joined on; a figure of the wounded may follow: "killing
                             # an assailant, and two others wounded")
                             r"(?!\s*,?\s+and\s+(?:a|an|one|the|his|her|their|\d+|" + NUMBER_WORD_PATTERN + r")\b"
                             r"(?!\s+(?:others?\s+|more\s+)?(?:were\s+)?(?:wounded|injured)\b))",
                             re.IGNORECASE)
# one more victim joined on after a figure's "including" aside closed by a comma ("killing four people, including a
# chief, and a child"), not the subject of a verb of its own ("..., and a soldier was wounded")
_ONE_AFTER_ASIDE = re.compile(r"\s*,\s*(?:including|among\s+them|among\s+whom)\s+[^,.;()]{1,60},\s+(?:and|as\s+well\s+as)\s+"
                              r"((?:a|an|one)\s+(?:[\w'-]+\s+){0,2}?" + _VICTIM + r")\b"
                              r"(?!\s+(?:(?:was|were|is|has been)\s+)?(?:\w+\s+)?(?:wounded|injured|hurt|abducted|"
                              r"kidnapped|arrested|taken|missing|shot|escaped|survived|fled|"
                              # (nor a speaker: "..., and an official said the attackers fled")
                              r"said|says|told|added|reported|confirmed)\b)", re.IGNORECASE)
# one person taken by a verb of his own and told killed in a relative clause ("killed one man and abducted a herdsman
# who was later executed"): another victim than a figure's, the object of another verb (the victim phrase group 1)
_TAKEN_ONE_THEN_KILLED = re.compile(r"\b(?:abducted|abducting|kidnapped|kidnapping|arrested|arresting|seized|seizing|"
                                    r"captured|capturing|detained|detaining)\s+(?:a|an|one)\s+((?:[\w'-]+\s+){0,3}?" +
                                    _VICTIM + r")\s*,?\s+(?:who|that)\s+(?:\w+ly\s+)?(?:was|had been)\s+(?:\w+ly\s+)?"
                                    r"(?:(?:later|then|eventually)\s+)?(?:killed|executed|shot dead|murdered|beheaded|"
                                    r"found dead|assassinated)\b", re.IGNORECASE)
# one victim the subject of a passive killing verb of its own: "a soldier was killed", "a senior leader of Ansar Dine
# was killed" (the victim phrase group 1, its noun group 2); or an office that one person holds, told with "the" ("the
# mayor was killed in the attack, leaving six soldiers dead")
_ONE_HOLDER_OFFICE = r"(?:(?:deputy|village|town)\s+)?(?:mayor|prefect|sub-prefect|governor|chief|imam|emir)\b"
# the civil ones among them (a chief of a village, not an army's; an imam, not a group's emir): a civilian when told dead
_CIVIL_OFFICE = r"(?:(?:deputy|village|town)\s+)?(?:mayor|prefect|sub-prefect|governor|imam)\b|(?:village|customary|traditional)\s+chief\b"
_ONE_PASSIVE_OF_ITS_OWN = re.compile(r"\b(?:a|an|the(?=\s+" + _ONE_HOLDER_OFFICE + r"))\s+(?!(?:number|total|dozen|few|handful|couple|series|group|family|"
                                     r"crowd)\b)((?:[\w'-]+\s+){0,3}?" + _VICTIM + r"(?:\s+(?:of|from)\s+(?:the\s+)?"
                                     r"[\w'-]+(?:\s+[\w'-]+){0,2}?)?)\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?"
                                     r"(?:killed|shot dead|executed|assassinated|murdered|beheaded)\b", re.IGNORECASE)
# a figure told as more people than the one before it: "two of his bodyguards were also killed", "others were killed"
_WHILE_BEFORE = re.compile(r"\b(?:while|whereas)\s+$", re.IGNORECASE)
_BESIDES_ONE = re.compile(r"\b(?:also|others?|another|as well)\b", re.IGNORECASE)
_FIGURE_CLAUSE_END = re.compile(r"[,;.]")
_INCLUDING = re.compile(r"\s*(?:including|among them|among whom)\b", re.IGNORECASE)
# the dead told killing someone before they died: "(one youth) was killed after killing (an assailant)"
_KILLED_AFTER_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:killed|shot dead)\s+(?:after|while)\s+"
                                  r"(?:(?:he|she|they)\s+)?$", re.IGNORECASE)
# a person named, then "and" a figure of others (the name set off by an aside or not): "Amadou Kone and three others",
# "Ali Sow, the mayor of the town, and two other men" (the name group 1, the figure group 2)
_NAME_AND_OTHERS = re.compile(r"(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bnear )(?<!\bfrom )(" + _NAME_RX + r")"
                              r"(?:\s*,\s*(?:a|an|the)\s+[^,;.()]{1,60}?,)?\s+and\s+(?:at\s+least\s+)?"
                              r"(\d+|" + NUMBER_WORD_PATTERN + r")\s+others?\b")
# a second deed of the same subject, after a figure's, joined on by "and": "killed two soldiers| and |executed a guide"
_AND_SECOND_DEED = re.compile(r"(?<![,;])\s+and\s+(?:(?:then|also|later)\s+)?$", re.IGNORECASE)
# one victim's own verb of death told as on top of others: "(a civilian) was also killed", "also died"
_ALSO_DEAD_AFTER = re.compile(r"\s+" + _ALSO_AUX + r"\s+(?:\w+ly\s+)?"
                              # ("An adult was also shot and killed")
                              r"(?:(?:shot|stabbed)\s+and\s+killed|shot\s+to\s+death|fatally\s+shot|killed|shot dead|"
                              r"executed|murdered|gunned down|assassinated|beheaded|found dead)\b"
                              r"|\s+also\s+(?:died|perished|succumbed)\b"
                              # (or "too", "as well" after the verb: "The mayor was killed too")
                              r"|\s+(?:(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:killed|shot dead|executed|murdered|"
                              r"gunned down|assassinated|beheaded|found dead)|died|perished|succumbed)\s+(?:too|as well)\b",
                              re.IGNORECASE)


# one hurt told as more than those told before: "A woman was also shot", "his son was also wounded"
_ALSO_HURT_AFTER = re.compile(r"\s+(?:(?:was|were|has been|had been)\s+also|also\s+(?:was|were|has been|had been))\s+"
                              r"(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|grazed)\b(?!\s+(?:and\s+killed|dead|to death))",
                              re.IGNORECASE)
# the sex a victim noun tells ("a man", "his daughter"); None for one that tells none ("a student", "the victim")
_MALE_NOUNS = frozenset({"man", "boy", "father", "son", "husband", "brother", "grandfather", "grandson", "nephew",
                         "uncle", "boyfriend", "stepfather", "stepson", "male", "councilman", "policeman", "fisherman",
                         "herdsman", "gunman", "guardsman", "militiaman"})
_FEMALE_NOUNS = frozenset({"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "granddaughter",
                           "niece", "aunt", "girlfriend", "stepdaughter", "female", "councilwoman"})


def _sex_of(noun: str | None) -> str | None:
    n = (noun or "").lower()
    return "m" if n in _MALE_NOUNS else "f" if n in _FEMALE_NOUNS else None


def _besides_the_one(text: str, n: NumberMention, after: int) -> bool:
    """The figure `n` told as people besides one told before (ending at `after`): the word that says so in the
    figure's own clause, just before it or up to its verb ("another two soldiers were killed", "two of his bodyguards
    were also killed"), not in a clause between ("A soldier was killed and another was wounded in the attack, which
    killed three people": the three count the soldier)."""
    comma = text.rfind(",", after, n.start)
    start = max(after, n.start - 12, comma + 1)
    if comma >= 0 and _INCLUDING.match(text, comma + 1):
        # a figure set off by "including" belongs to the clause before it: "others were killed in the convoy,
        # including his two young sons"
        start = max(after, text.rfind(",", after, comma) + 1, text.rfind(";", after, comma) + 1)
    end = max(n.end, n.counted_end)
    stop = _FIGURE_CLAUSE_END.search(text, end, min(end + 40, len(text)))
    return _BESIDES_ONE.search(text, start, stop.start() if stop else min(end + 40, len(text))) is not None


# -- the dead listed one by one -----------------------------------------------------------------------------
# "killing two gendarmes, a customs agent, and four civilians", "killed a municipal councilor and his son, the
# president of the committee, another civilian", "2 children, 2 older men and a woman were killed": each item a
# figure of people or one person, the list closed by "and" (A, B and C), its sum the toll when the figures and
# single victims read one by one come to less. The victim nouns of `_VICTIM` (and their plurals) are people; a
# figure of other things ("two soldiers and 30 cattle") ends the list.
_LIST_VICTIMS = frozenset(w for alt in _VICTIM[1:-1].split("|") if re.fullmatch(r"[a-z -]+", alt)
                          for w in [alt.split()[-1]]) | {"other", "people", "person", "associate", "companion",
                                                          "relative", "colleague", "bodyguard", "provider", "couple",
                                                          # (spelled with an optional letter in _VICTIM)
                                                          "neighbour", "neighbor"}
# who may be executed: the victims of a list, and the held ("the execution of four hostages")
_EXECUTABLE = _LIST_VICTIMS | {"hostage", "prisoner", "captive", "detainee", "inmate"}
# the things a list's first item names as a whole, the rest its parts: "two people, a bodyguard and a guardsman"
_LIST_WHOLE = frozenset({"people", "person", "individual", "victim", "civilian", "other"})
_LIST_HEAD = re.compile(r"\b(?:killed|killing|kills|shot dead|shooting dead|gunned down|assassinated|assassinating|"
                        r"executed|executing|murdered|murdering|beheaded|beheading|slaughtered|massacred|"
                        # (a death as a noun only as a result: "the operation resulted in the killing of ...", not
                        # a death a crowd answers, "in reaction to the murder of a colleague")
                        r"(?:result(?:ed|ing)\s+in|led\s+to|leading\s+to)\s+the\s+(?:killing|deaths?)\s+of)\s+",
                        re.IGNORECASE)
_LIST_TAIL = re.compile(r"\s+(?:were|was|have been|had been|are)\s+(?:(?:all|also|both|reportedly|allegedly|"
                        r"subsequently|later|summarily)\s+)*(?:killed|executed|shot dead|found dead|murdered|"
                        r"assassinated|beheaded|slain|gunned down)\b"
                        # (or a verb of dying: "a guard, 3 bandits and 6 villagers died")
                        r"|\s+(?:(?:all|also|both|reportedly|allegedly|later)\s+)*(?:died|perished|lost their lives)\b",
                        re.IGNORECASE)
_LIST_START = re.compile(r"\b(?:a|an|one|another|the|his|her|their|\d+|" + NUMBER_WORD_PATTERN + r")\b", re.IGNORECASE)
# a hedge before a list's first figure, where a figure read there starts: "at least two soldiers and seven militants"
_HEDGE_WORDS = r"at least|about|around|some|nearly|almost|more than|over|up to"  # words before a figure it hedges
_LIST_HEDGE = re.compile(r"\b(?:" + _HEDGE_WORDS + r")\s+$", re.IGNORECASE)
_ITEM_END = (r"(?=\s*[,.;:()]|\s+(?:and|with|in|at|on|near|while|during|who|when|before|after|from|between|by|"
             r"including|among|as|were|was|had|have|has|reportedly|all|belonging|travelling|traveling|aboard|inside|"
             r"outside|along|across|around|whom|whose|to|for|but|died|perished|lost|overnight|yesterday|today|last)\b|\s*$)")
_OF_PHRASE = r"(?:\s+of\s+(?:[\w'’()-]+\s+){0,7}?[\w'’()-]+)?"
# where an item's victims died, told before the next item: "four men in the village of Inata| and five others at ..."
_ITEM_PLACE = r"(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
# a word before an item's noun: not a verb of a clause of its own ("two were taken prisoner")
_ITEM_WORD = r"(?:(?!(?:were|was|are|is|had|have|has|been|being|taken|held|who|which|that)\b)[\w'’()-]+\s+)"
# (a figure after the first may be hedged too: "a guard, 3 bandits, and at least 6 villagers")
_ITEM_FIGURE = re.compile(r"(?:(?:his|her|their)\s+)?(?:(?:" + _HEDGE_WORDS + r")\s+)?(\d+|" + NUMBER_WORD_PATTERN +
                          r")\s+(?:of\s+(?:his|her|their|the|them)\s+)?" + _ITEM_WORD + r"{0,2}?([\w'’-]+)" + _OF_PHRASE + _ITEM_PLACE + _ITEM_END,
                          re.IGNORECASE)
_ITEM_ONE = re.compile(r"(?:a|an|one|another|the|his|her|their)\s+" + _ITEM_WORD + r"{0,3}?([\w'’-]+)" + _OF_PHRASE +
                       _ITEM_PLACE + _ITEM_END, re.IGNORECASE)
# (after "and" the determiner may be left out: "a woman, her baby, and young man", "his driver and bodyguard")
_ITEM_BARE = re.compile(r"(?:(?!(?:[\w-]+(?:ed|ing)|\d+|" + NUMBER_WORD_PATTERN + r")\b)" + _ITEM_WORD + r"){0,2}?"
                        r"(?!\d|" + NUMBER_WORD_PATTERN + r"\b)([\w'’-]+)" + _ITEM_END, re.IGNORECASE)
_ITEM_SEP = re.compile(r"\s*,\s*(and\s+)?|\s+(and|with)\s+(?=(?:his|her|their|a|an|one|the|\d|" + NUMBER_WORD_PATTERN +
                       r")\b)|\s+(and)\s+", re.IGNORECASE)


# an item's own verb of a harm other than death, which ends the list of the dead before it
_ITEM_OWN_HARM = re.compile(r"\s+(?:was|were|had been|have been)\s+(?:\w+\s+)?(?:wounded|injured|hurt|abducted|kidnapped|"
                            r"arrested|taken|missing|rescued|spared)\b", re.IGNORECASE)
_PARTS_CLOSED = re.compile(r"\s*,")  # the comma closing the parts set off after a whole
# one person told again between commas after a single victim, by what he is of something: "killed a trader, |the
# owner of a shop|, and three others" (four), "a woman, the mother of two, and her son"
_APPOSITIVE = re.compile(r"the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+of\s+", re.IGNORECASE)


def _list_item(article: Article, pos: int, bare: bool) -> tuple[int, int, str] | None:
    """One item of a list of victims at `pos`: (how many, where it ends, its noun), or None."""
    text = article.text
    m = _ITEM_FIGURE.match(text, pos)
    if m is not None and _HERD_HEAD.match(text, m.start(2)):
        # a herd's size, no one's death, an item that adds none: "killed 40 head of cattle and a herder" (one dead)
        return 0, m.end(), "cattle"
    if m is not None and singular(_IN_LAW.sub("", m.group(2))) in _LIST_VICTIMS:
        word = m.group(1).lower()
        num = next((n for n in article.numbers if n.start <= m.start(1) < n.end), None)  # (a hedged one starts before)
        value = int(num.value) if num is not None else _WORD_NUMBERS.get(word, 0)
        return (value, m.end(), singular(_IN_LAW.sub("", m.group(2)))) if value > 0 else None
    for rx in (_ITEM_ONE, _ITEM_BARE) if bare else (_ITEM_ONE,):
        m = rx.match(text, pos)
        noun = _IN_LAW.sub("", m.group(1)) if m is not None else ""
        if m is not None and singular(noun) in _LIST_VICTIMS and not noun.lower().endswith("s"):
            return (2 if m.group(1).lower() == "couple" else 1), m.end(), m.group(1).lower()
    return None


# a kinsman by marriage is a kinsman: "his two brothers-in-law", "a son-in-law"
_IN_LAW = re.compile(r"-in-laws?$", re.IGNORECASE)
# a herd counted by the head: "40 head of cattle", "200 head of livestock" (not a village's head: "the head of Tinfa")
_HERD_HEAD = re.compile(r"head\s+of\s+(?:(?:their|his|her|the)\s+)?(?:[\w-]+\s+)?" + _ANIMALS + r"\b", re.IGNORECASE)


# a list that starts with someone's own: "his mother, stepfather, and grandmother", "their son, daughter and nephew"
_KIN_LIST_START = re.compile(r"(?:his|her|their)\s", re.IGNORECASE)
# an aside in brackets in an item's words, and the word it runs on to, before the next item
_ITEM_ASIDE = re.compile(r"\s*\([^()]{1,40}\)(?:\s+(?-i:[a-z])[\w'-]*)?(?=\s*,|\s+and\b)")


def _victim_list(article: Article, pos: int, limit: int) -> tuple[int, int, int] | None:
    """The sum and the end of a list of two or more victims starting at `pos` (`_LIST_VICTIMS`), closed by "and",
    and where the parts of a whole told first begin (the whole's end; -1 where the list is no whole's parts)."""
    first = _list_item(article, pos, bare=False)
    if first is None:
        return None
    total, end, noun = first
    # a list of someone's kin may leave the determiner out after a comma too ("killed his mother, stepfather, and
    # grandmother": three), as after "and"; the list still has to close with "and"
    kin = _KIN_LIST_START.match(article.text, pos) is not None
    first_end = end  # (where the parts of a whole told first begin)
    items, closed, last_end, whole = 1, False, end, None
    nouns: list[str] = []  # the parts' nouns, after the first
    head = 0  # the first figure, set off by a comma: its parts may follow ("two soldiers, a sergeant and ...")
    last_value, last_noun = total, noun  # (the last item: one told again after it adds none, `_APPOSITIVE`)
    while True:
        if (aside := _ITEM_ASIDE.match(article.text, end)) is not None:
            end = aside.end()  # "the head of the Tinfa| (Bella) clan| and his two brothers"
        if items == 1 and (when := _LIST_TIME_SKIP.match(article.text, end)) is not None:
            end = when.end()  # "killed two civilians| overnight|, a passenger and an official"
        sep = _ITEM_SEP.match(article.text, end)
        if sep is None or sep.end() >= limit:
            break
        joined = bool(sep.group(1) or sep.group(2) or sep.group(3))
        item = _list_item(article, sep.end(), bare=joined or kin)
        if item is not None and item[1] <= limit and _ITEM_OWN_HARM.match(article.text, item[1]):
            # not one with a verb of harm of its own ("killing a woman, and two others were wounded"); the "and"
            # before it closes the list of the dead ("killed a woman, a child and two men were wounded": two)
            closed = closed or joined
            break
        if item is None or item[1] > limit:
            break
        if not joined and last_value == 1 and item[0] == 1 and _APPOSITIVE.match(article.text, sep.end()) \
                and _PARTS_CLOSED.match(article.text, item[1]) and _side_of(item[2]) in ("unknown", _side_of(last_noun)):
            item = (0, item[1], item[2])  # the one before told again: "a trader, |the owner of a shop|, and two others"
        if items == 1 and noun in _LIST_WHOLE and not joined:
            whole = total  # "two people, a bodyguard and a guardsman, were killed": the whole, then its parts
        if items == 1 and not joined and total > 1:
            head = total
        nouns.append(item[2])
        total, end, items, closed, last_end = total + item[0], item[1], items + 1, joined, item[1]
        last_value, last_noun = item[0], item[2]
    if items < 2 or not closed:
        return None
    if whole is None and items > 2 and head > 0 and total == 2 * head \
            and _PARTS_CLOSED.match(article.text, last_end) and all(
                _side_of(p) in ("unknown", _side_of(noun)) for p in nouns):
        # the parts of a figure set off between commas, as many as it counts and of no other side: "two soldiers,
        # a sergeant and a corporal, were killed", "killed two civilians, a driver and a trader," (two, not four;
        # but "killed two soldiers, a civilian and a policeman": four, another side listed)
        whole = head
    if whole is not None:
        comma = _PARTS_CLOSED.match(article.text, last_end)
        return whole, comma.end() if comma else last_end, first_end
    return total, last_end, -1


def _listed_dead(article: Article, sent: Sentence) -> list[tuple[int, int, int, int, int]]:
    """The lists of victims in a sentence, after a verb of killing or before its passive: (where a figure of it read
    may start, where its first item starts, its end, its sum, where the parts of a whole told first begin or -1)."""
    found: list[tuple[int, int, int, int, int]] = []
    for m in _LIST_HEAD.finditer(article.text, sent.start, sent.end):
        got = _victim_list(article, m.end(), sent.end)
        if got is not None:
            found.append((m.start(), m.end(), got[1], got[0], got[2]))  # (a single victim read at the verb starts there)
    for m in _LIST_TAIL.finditer(article.text, sent.start, sent.end):
        for st in _LIST_START.finditer(article.text, max(sent.start, m.start() - 160), m.start()):
            if any(a <= st.start() < b for a, _, b, _, _ in found):
                break
            got = _victim_list(article, st.start(), m.start())
            if got is not None and got[1] == m.start():
                hedge = _LIST_HEDGE.search(article.text, sent.start, st.start())
                found.append((hedge.start() if hedge else st.start(), st.start(), got[1], got[0], got[2]))
                break
    return found


# people named by sex or age: a later figure of them is part of an earlier toll of them ("Four men were wounded ...
# officers found three men suffering from gunshot wounds")
_PERSON_NOUNS = frozenset({"men", "women", "teens", "teenagers", "adults", "juveniles", "children", "boys", "girls",
                           "males", "females", "victims",
                           # (NumberMention.counted holds the singular: "four men" counts "man")
                           "man", "woman", "teen", "teenager", "adult", "juvenile", "child", "boy", "girl", "male",
                           "female", "victim"})
_GENERAL_VICTIMS = frozenset({"people", "person", "persons", "victim", "victims", "individual", "individuals", "civilian",
                              "civilians"})
# a number that labels rather than counts: "geoprecision 2", "phase 3", "route N1", "level 4"
_LABEL_BEFORE = re.compile(r"\b(?:precision|geoprecision|level|phase|grade|category|article|number|no\.?|chapter|page|"
                           r"route|road|highway|RN|N|section|zone|sector|stage|step|item|paragraph|resolution|point|"
                           r"code|class|type|size|tier|alert)\s*[=:#]?\s*$", re.IGNORECASE)  # ("[size=eight]": a crowd's size)


_DECADE_AFTER = re.compile(r"['’′]?s\b")  # "men in their 20's", "in the 1990s": a decade, no one counted
_IN_THEIR_DECADE = re.compile(r"\bin\s+(?:their|his|her)\s+(?:early\s+|mid-?\s*|late\s+)?\d+['’′]?s\b", re.IGNORECASE)
_AGES_BEFORE = re.compile(r"\b(?:men|women|people|persons|teens|teenagers|boys|girls|victims|brothers|sisters|friends)"
                          r"\s*,\s*(?:\d{1,2}\s*(?:,\s*(?:and\s+)?|and\s+))*$", re.IGNORECASE)
_AGES_AFTER = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d{1,2})*\s*,", re.IGNORECASE)
# (also who the people are, told between commas: "9 traders, most of whom were from the Bozo ethnic group, were
# killed", "ten other people, all women and children, were injured")
_APPOSITION = re.compile(r",\s*(?:including|identified\s+(?:only\s+)?as|ages?|among them|who|whose|"
                         r"(?:all|most|mostly|mainly|many|some|both)(?:\s+of\s+(?:whom|them))?)\b[^,;]{1,80},|"
                         r",\s*\d{1,2}(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d{1,2})*\s*,", re.IGNORECASE)
# the parts of a toll named without commas before its verb: "35 civilians| including 31 women| were killed"
# (the parts a figure: not "details about his statement, including that Taylor was shot")
# (or people told one by one after a comma: "9 gendarmes and 6 civilians, including an aid worker, ambulance driver
# and a nurse were killed")
_INCLUDING_BEFORE_VERB = re.compile(r",?\s+(?:including|among them)\s+(?:(?:at least\s+)?" + _NUMWORD + r"\b[^,;]{1,60}?|"
                                    r"(?:a|an|one|the|his|her|their)\s+(?!(?:fact|news|report|claim)\b)[^;]{1,80}?|"
                                    # (or a bare plural: "fourteen people including drivers of the tricycles were
                                    # killed", "including women and children")
                                    r"(?-i:[a-z])[\w'-]*s\b[^,;]{0,60}?)"
                                    r"(?=\s+(?:were|was|have been|had been|are|is)\b)", re.IGNORECASE)
# a number written as a word between a figure and its verb: the verb is that number's ("two suspects in a shooting
# that left four people wounded"), unless set off as the figure's parts ("six people, including four children and two
# men, were injured")
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(w for w in _WORD_NUMBERS if w != "one") +
                          r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                          r"dozens?|hundreds?)\b", re.IGNORECASE)
# "one" opening a clause of its own right before the verb: "nine wounded including two in a critical state, |one|
# succumbed to his wounds" (the verb is the one's, not the two's; not "two brothers, one a teacher, were killed");
# or with its own auxiliary after "and": "20 prisoners escaped, 9 were recaptured and |one was| killed"
_ONE_OWN_SUBJECT = re.compile(r"(?:[,;]\s*(?:and\s+|but\s+|while\s+)?|\s(?:and|but|while)\s+)one\s+"
                              r"(?:(?:was|has been|had been)\s+)?(?:(?:later|subsequently|eventually|then|also)\s+)?$",
                              re.IGNORECASE)
_APPOSED = re.compile(r"[,—–(]|\bincluding\b|\bamong\b", re.IGNORECASE)
_ANOTHER_VICTIM = re.compile(r"\b(?:second|other|another|third|surviving)\s+(?:victim|person|man|woman|boy|girl|teen|"
                             r"teenager|child)\b", re.IGNORECASE)
_OTHER_VICTIMS = re.compile(r"\s+other\s+(?:victims|people|persons|men|women)\b", re.IGNORECASE)
# (or "while": "a boy was shot, while a 4-year-old girl was grazed by a bullet")
_AND_ANOTHER = re.compile(r"[^.;]{0,50}?,?\s+(?:and|while)\s+(?:a|an|another|the|his|her|their)\s+", re.IGNORECASE)
_PARTS_FIRST = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:[\w-]+\s*)?[,—–(:]\s*(?:including\s+|among (?:them|whom)\s+|"
                          r"of whom\s+|with\s+)?|\s*(?:[\w-]+\s+){0,3}?(?:including|among them|among whom|of whom)\s+",
                          re.IGNORECASE)
# the next part, after the words that describe the one before ("two with injuries not considered life-threatening
# and one who was in critical condition")
_PARTS_NEXT = re.compile(r"(?:\s+[\w'-]+){0,8}?\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)
# a married pair told as one victim: "a couple on a motorbike was killed", "an elderly couple" (not "a couple of")
# (not the couple's own relative, nor a couple that tells: "a couple's son", "the couple said their son was killed")
_A_COUPLE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?couple\b(?!\s+of\b|['’]s\b|\s+(?:said|says|told|tells)\b)",
                       re.IGNORECASE)
# a figure that is the subject of its own verb of death ("15 were killed by summary execution", "4 succumbed")
_OWN_DEATH_VERB = re.compile(r"\s+(?:(?:were|was|had been|have been|are)\s+)?(?:\w+ly\s+)?(?:killed|executed|died|"
                             r"succumbed|shot dead|slain|murdered|assassinated|beheaded|burned alive|perished)\b",
                             re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|other|others|additional)\b", re.IGNORECASE)
# a figure added to a toll told before ("2 dead ... 2 more died at the hospital"): never that toll said again
_MORE_DEAD = re.compile(r"\s+(?:more|additional)\b(?!\s+than\b)", re.IGNORECASE)
# the wounded who died later ("the two wounded later succumbed to their wounds", "two of the injured later died",
# "with later two soldiers succumbing to their wounds"): dead, and more than the toll told before
_DIED_OF_WOUNDS_AFTER = re.compile(r"(?:\s+of\s+(?:the|them|those|these))?(?:\s+[\w-]+){0,2}?\s+(?:(?:later|subsequently|"
                                   r"eventually)\s+(?:succumbed|died)|succumb(?:ed|ing|s)\s+to|died\s+(?:of|from)\s+"
                                   r"(?:their|his|her|the)\s+(?:wounds|injuries)"
                                   # ("Eleven people who were wounded died in hospital", "two of the injured died")
                                   r"|(?:(?:who|that)\s+(?:were|was|had\s+been)\s+)?(?:wounded|injured)\s+"
                                   r"(?:(?:later|subsequently|eventually|then)\s+)?(?:died|succumbed))\b", re.IGNORECASE)


# the set a part is taken from: "One of |the three soldiers| succumbed to his wounds"
_SET_BEFORE = re.compile(r"\bof\s+(?:the|these|those)\s+$", re.IGNORECASE)


def _added(text: str, num: NumberMention) -> bool:
    """Is a figure one added to a toll told before ("2 more", "the two wounded later succumbed", a party's own dead
    it acknowledges)?"""
    return bool(_MORE_DEAD.match(text, num.end) or _DIED_OF_WOUNDS_AFTER.match(text, num.end)
                or _ANOTHER_BEFORE.search(text, max(0, num.start - 12), num.start)) or \
        _own_losses(text, num) is not None


def _beside_the_told(text: str, num: NumberMention) -> bool:
    """Is a figure one of people besides those told before ("eight others", "four other soldiers", "another six",
    "two more")? A total of them ("Eight others, including two children, were killed") holds only its own parts."""
    return bool(_MORE_AFTER.match(text, num.end) or _ANOTHER_BEFORE.search(text, max(0, num.start - 12), num.start))


def _more_people(text: str, num: NumberMention) -> bool:
    """Is a figure told with no noun as more people than those told before ("eight others", "another six", "two
    more")?"""
    return bool(_OTHERS_AFTER.match(text, num.end) or _MORE_DEAD.match(text, num.end)
                or _ANOTHER_BEFORE.search(text, max(0, num.start - 12), num.start))


def _more_dead(text: str, num: NumberMention) -> bool:
    """Is a figure of dead told as more than a toll ("2 more died", "the two wounded later succumbed")?"""
    return bool(_MORE_DEAD.match(text, num.end) or _DIED_OF_WOUNDS_AFTER.match(text, num.end))


# "another four were detained before being executed": more people, never the toll told again
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.IGNORECASE)


# a party owning up to dead of its own ("JNIM claimed responsibility and acknowledged one dead in its ranks", "admits 1
# dead in own ranks"): a loss a side tells against itself, added to the toll (ACLED counts it), not a rival claim
_OWN_LOSSES = re.compile(r"\b(?:acknowledg\w*|admit\w*|conced\w*|recogni[sz]\w*)\s+(?:the\s+(?:loss|death)\s+of\s+|"
                         r"having\s+lost\s+|losing\s+)?(?:at\s+least\s+)?(?P<n>" + _NUMWORD + r")\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:dead|killed|deaths?|fatalit(?:y|ies)|martyrs?)\s+(?:in|among|within|from)\s+"
                         r"(?:(?:its|their|his)\s+)?(?:own\s+)?ranks\b", re.IGNORECASE)
# the armed forces as the party owning up to its dead ("the army acknowledged two dead in its ranks"); else an armed group
_FORCES_OWNING = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:army|armed forces|military|government|ministry|FAMa|FDS|"
                            r"gendarmerie|police|soldiers|troops)\b", re.IGNORECASE)


def _own_losses(text: str, num: NumberMention) -> re.Match[str] | None:
    """The words of a party owning up to dead of its own whose figure `num` is, or None."""
    for m in _OWN_LOSSES.finditer(text, max(0, num.start - 60), num.end + 80):
        if m.start("n") == num.start:
            return m
    return None


_RIVAL_CLAIM = re.compile(r"\b(?:claimed|claims|(?:said|says|stated|added)\s+(?:in\s+a\s+(?:claim|statement|communiqu[ée])"
                          r"(?:\s+of\s+responsibility)?\s+)?that|according to (?:a |the |an )?(?:\w+ )?"
                          r"(?:statement|communiqu[ée]|report)|described (?:it|them|the \w+) as)", re.IGNORECASE)
_SELF_TOO = re.compile(r"\b(?:and then|and|then|before|after)\s+(?:(?:later|subsequently|eventually|fatally)\s+)?"
                       r"(?:killing|killed|shooting|shot)\s+(?:himself|herself)\b|\b(?:before|then|and then|and)\s+turn(?:ed|ing)\s+the\s+gun\s+on\s+"
                       r"(?:himself|herself)\b|\b(?:before|then|and then|and)\s+(?:taking|took)\s+(?:his|her)\s+own\s+"
                       r"life\b|\b(?:and then|then)\s+(?:himself|herself)\b|"
                       # the bomber among the dead he made: "a suicide attacker killed himself and two soldiers"
                       r"\b(?:killed|killing|kills|blew up|blowing up)\s+(?:himself|herself)\s+(?:and|along with|as well as)\s+"
                       r"(?=\d|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|a|an|the)\b", re.IGNORECASE)
# the bomber told dead besides a toll, in a sentence of its own or not: "4 peacekeepers were killed when a car bomb
# exploded ... 10 people were wounded and the bomber was also killed" (ACLED counts the bomber among the dead)
_BOMBER_TOO = re.compile(r"\bthe\s+(?:suicide\s+)?bomber\s+(?:was\s+also\s+killed|also\s+died|was\s+also\s+dead)\b",
                         re.IGNORECASE)
# all the attackers told dead with no figure, after a figure that counted them: "four militants attacked the town
# ..., all assailants killed" (ACLED counts the four among the dead)
_ALL_ATTACKERS_KILLED = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+)?(?:assailants|attackers|militants|gunmen|insurgents|"
                                   r"jihadi(?:st)?s|terrorists|fighters)\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
                                   r"(?:\w+ly\s+)?(?:killed|shot dead|dead|neutrali[sz]ed)\b", re.IGNORECASE)
_MOST_ATTACKERS = 30  # the most attackers a figure before "all assailants killed" may count (not a whole force)


def _all_attackers(article: Article, sent: Sentence) -> _Count | None:
    """The attackers told all killed with no figure ("all assailants killed"): as many as the last figure of
    attackers before it in the text ("four ISWAP militants attacked ..."), or None where none was told."""
    m = _ALL_ATTACKERS_KILLED.search(sent.text)
    if m is None:
        return None
    st, en = sent.start + m.start(), sent.start + m.end()
    told = [n for n in article.numbers if n.end <= st and n.counted and n.unit is None
            and _side_of(singular(n.counted)) == "attackers" and 1 < n.value <= _MOST_ATTACKERS]
    if not told:
        return None
    return _Count("killed", "attackers", NumberMention(st, en, article.text[st:en], told[-1].value,
                                                       counted_start=st, counted_end=en), rule="all-attackers")


# a party owning up to dead among its own men, told as a part of them ("JNIM acknowledged in a claim of responsibility
# that one of its fighters was killed", "the army admitted that two of its soldiers died"): dead of that side, besides
# the toll (ACLED counts them; see `_OWN_LOSSES` for "acknowledged one dead in its ranks")
_OWN_MEN_KILLED = re.compile(r"\b(?:acknowledg\w*|admit\w*|conced\w*|recogni[sz]\w*)\s+(?:[^.;]{0,50}?\s+)?that\s+"
                             r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+"
                             r"(?:its|their|his)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:fighters|men|members|militants|soldiers|"
                             r"combatants|elements|troops|militiamen)\s+(?:(?:was|were|had been|have been|has been)\s+"
                             r"(?:\w+ly\s+)?(?:killed|martyred)|died|(?:was|were)\s+dead)\b", re.IGNORECASE)


def _own_men_killed(article: Article, sent: Sentence, counts: list[_Count]) -> _Count | None:
    """The dead a party owns up to among its men with no figure read ("acknowledged that one of its fighters was
    killed"), of the armed forces where the sentence opens with them, else of the attackers; None where no such words
    or where a figure read there already counts them."""
    m = _OWN_MEN_KILLED.search(sent.text)
    if m is None:
        return None
    st, en = sent.start + m.start("n"), sent.start + m.end()
    n = _head_number(m.group("n"))
    if n <= 0 or any(st <= c.number.start < en for c in counts):
        return None
    side = "state" if _FORCES_OWNING.match(sent.text) else "attackers"
    return _Count("killed", side, NumberMention(st, en, article.text[st:en], float(n), counted_start=st,
                                                counted_end=en, sentence=sent.index), rule="added")


# the shooter who then tried to kill himself, and lived (GVA counts him among the injured)
_SELF_HARM_SURVIVED = re.compile(r"\b(?:tried|attempted|attempting|trying)\s+to\s+(?:kill|shoot)\s+(?:him|her)self\b|"
                                 r"\b(?:tried|attempted|attempting|trying)\s+to\s+take\s+(?:his|her)\s+own\s+life\b|"
                                 r"\battempted\s+suicide\b", re.IGNORECASE)
_DIED_LATER = re.compile(r"\b(?:died|dies|dead|succumbed|killed)\b", re.IGNORECASE)
# the toll of many happenings summed, told beside one of them: "one of 28 incidents since January that killed 43
# people", "a string of attacks which have killed more than 100 civilians this year" (no toll of this one)
_MANY_EVENTS = r"(?:incidents|attacks|events|explosions|raids|ambushes|blasts|bombings|clashes)\b"
# (set off by commas too: "28 separate events, occurring since January, that killed ...")
_EVENTS_SPAN = (r"(?:,?\s*(?:occurring|recorded|reported|registered|carried\s+out)\s+|\s+)(?:since|this\s+year|so\s+far|"
                r"in\s+the\s+past|over\s+the\s+past|in\s+recent)\b[^.;,]{0,30}?")
_MANY_EVENTS_TOLL = re.compile(r"\b(?:(?:one\s+of\s+(?:the\s+)?(?:\d+|" + NUMBER_WORD_PATTERN + r")|(?P<vague>several|many|multiple|"
                               r"numerous|dozens\s+of|hundreds\s+of|a\s+(?:string|series|wave|spate)\s+of))\s+"
                               r"(?:[\w-]+\s+){0,2}?" + _MANY_EVENTS + r"(?P<span>" + _EVENTS_SPAN + r")?|"
                               # (a figure of them only over a span: "12 attacks since January that killed 43"; not
                               # "two attacks that killed 12 soldiers")
                               r"(?:\d+|" + NUMBER_WORD_PATTERN + r")\s+(?:[\w-]+\s+){0,2}?" + _MANY_EVENTS + _EVENTS_SPAN + r")"
                               r",?\s+(?:that|which)\s+(?P<perfect>have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:killed|left|claimed)\s+"
                               r"(?:the\s+lives\s+of\s+)?(?:(?:at least|more than|over|about|around|some|nearly|"
                               r"almost)\s+)?$", re.IGNORECASE)
_ONE_OF_MANY_BEFORE = re.compile(r"\b(?:one\s+of|(?:the\s+)?latest\s+(?:in|of)|another\s+(?:in|of))\s+$", re.IGNORECASE)


def _many_events_toll(text: str, start: int, end: int) -> bool:
    """A toll of many happenings summed (`_MANY_EVENTS_TOLL`), told beside one of them: "one of 28 incidents since
    January that killed 43"; of ones told vaguely ("several", "a series of") only over a span, as a running total
    ("which have killed") or after "one of" ("one of a series of attacks that killed 40"), not one report of several
    on a day ("a series of attacks that killed 40 people in Gao on Sunday")."""
    m = _MANY_EVENTS_TOLL.search(text, start, end)
    return m is not None and (not m.group("vague") or bool(m.group("span") or m.group("perfect"))
                              or _ONE_OF_MANY_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None)


# the toll of earlier protests the happening followed, told in a relative clause of them: "the governor was sacked
# following protests in which four students were killed", "students rioted a week after demonstrations during which two
# were shot dead": that unrest's dead, not this happening's (only unrest: "after an ambush in which four soldiers were
# killed, the militants withdrew" tells the ambush itself)
_EARLIER_UNREST_TOLL = re.compile(r"\b(?:following|after|in\s+the\s+wake\s+of)\s+(?:(?:the|a|an|last\s+\w+['’]s|"
                                  r"days\s+of|weeks\s+of)\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|riots?|"
                                  r"unrest|marches)\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:in|during)\s+which\s+"
                                  r"(?:(?:at\s+least|about|some|nearly|around|up\s+to)\s+)?$", re.IGNORECASE)


_ROUNDUP = re.compile(r"\b(?:shootings|attacks|incidents|violence)\s+(?:\w+\s+){0,2}?(?:across|throughout|citywide|"
                      r"around the city|across the city)\b|\bin (?:several |multiple |a string of |a series of |\w+ )?"
                      r"separate (?:shootings|incidents|attacks)\b|\bweekend (?:shootings|gunfire|violence)\b|\bshootings since\b|"
                      r"\bin incidents spanning\b|\b(?:two|three|several|multiple) separate shootings?\b|\bacross the (?:city|\w+ boroughs|five boroughs)\b|\bcitywide\b|"
                      r"\bshot\b[^.;|]{0,40}\bsince\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m\b|p\.?m\b)|"
                      r"\bshot\b[^.;|]{0,40},\s*including\s+\d+\s+(?:at|in)\b|"
                      # "shot in the District in five incidents", "wounded in shootings from Sunday to early Monday"
                      r"\bin (?!the\b)(?:\w+ ){0,2}?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d) "
                      r"(?:separate |different |unrelated )?(?:shootings|incidents)\b|"
                      r"\b(?:wounded|shot|killed|injured) in (?:\w+ )?shootings (?:from|between|over|since|on|across|in)\b",
                      re.IGNORECASE)
_NOT_VIOLENT_DEATH = re.compile(r"[^.;]{0,30}?\b(?:killed|died|dead)\s+(?:in|from|of)\s+(?:\w+\s+){0,2}?(?:crash(?:es)?|"
                                r"accidents?|collisions?|overdoses?|drownings?|fires?|floods?|storms?)\b", re.IGNORECASE)
_UNVERIFIED = re.compile(r"\b(?:could not be|cannot be|were not|was not|has not been|have not been)\s+(?:independently\s+)?"
                         r"(?:verified|confirmed)\b|\bunverified\b|\bunconfirmed\b|"
                         r"\b(?:some|other|several|unofficial)\s+(?:\w+\s+)?(?:reports|sources|accounts)\s+(?:indicate|suggest|say|"
                         r"said|claim|put|mention)", re.IGNORECASE)  # ("Some reports indicate that the ranger was killed")
# a higher toll told after a hedge: "some sources indicate a significantly higher death toll"
_HIGHER_TOLL = re.compile(r"\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:\w+ly\s+)?(?:higher|larger|greater|heavier)\b", re.IGNORECASE)
# a report of the sentence taken back: "an elderly man was reportedly killed, although this was formally denied by
# the police", "two gendarmes were initially reported killed, but this information was later retracted"
_RETRACTED = re.compile(r"\b(?:although|but|however)\s+(?:this|that|it|th(?:is|e)\s+(?:reports?|information|claims?|"
                        r"figures?|toll))\s+(?:was|were|has been|had been|is)\s+(?:(?:later|subsequently|formally|"
                        r"officially|since)\s+)*(?:denied|retracted|refuted|contradicted|withdrawn)\b"
                        # ("it was denied that the police were involved": something else denied, not the report)
                        r"(?!\s+(?:by\s+(?:[\w-]+\s+){1,3})?that\b)", re.IGNORECASE)
# (not the reporter's own hedge: "Seventeen ISGS and seven JNIM militants were reportedly killed. ISGS claimed to have
# killed 30 JNIM fighters, which could not be verified": the first toll is the report, the second the party's claim)
_PARTY_CLAIM = re.compile(r"\b(?:said|says|claimed|claims|statements?|communiqu[ée]s?|announced|"
                          r"reported(?!\s+(?:to\s+have\s+been\s+)?(?:killed|dead|wounded|injured|missing)\b))\b",
                          re.IGNORECASE)


# a party's claim of its own killing, told as the happening: "ISGS claimed to have killed six JNIM fighters", "the
# group claimed that it had killed ten soldiers" (not a claim of the attack: "JNIM claimed responsibility")
_CLAIMED_TO_HAVE_KILLED = re.compile(r"\bclaim(?:ed|s)\s+(?:that\s+)?(?:(?:it|they|he)\s+(?:had\s+|has\s+|have\s+)?|"
                                     r"to\s+have\s+)(?:killed|executed|shot dead)\b", re.IGNORECASE)


_HEDGE = re.compile(r"\b(?:possibly|perhaps|maybe|some sources|other sources|some reports|other reports|unconfirmed|"
                    r"according to|reportedly|allegedly|claimed|estimates?)\b", re.IGNORECASE)


# people of no side told by a word of any side's ("five people, including two soldiers")
_ANYONE = frozenset({"people", "person", "persons", "individual", "individuals", "victim", "victims"})


# a toll told again as revised or updated ("the toll later rose to 14", "revised the death toll down from 77 to 54",
# "according to a new toll, 12 civilians were killed", "the death toll has climbed to 30", "two more died, bringing
# the toll to 20", "raising the deaths at 20" (French "portant le bilan à 20")): the latest figure (ACLED codes the
# latest report); the figure it was revised from ("from 77") is no count
_TOLL_NOUN = (r"(?:(?:(?:death|casualty|human|fatality)\s+)?(?:toll|number\s+of\s+(?:dead|deaths|victims|fatalities))|"
              r"(?:death|casualty|fatality|body)\s+count)")  # ("the final fatality count was 21")
_REVISED_TOLL = re.compile(
    # (the toll's complement may come between: "the death toll from Monday's attack on a camp near Diffa has risen
    # to 25")
    r"\b" + _TOLL_NOUN + r"(?:\s+(?:from|of|in)\s+[^.;:]{1,120}?)?"
    r"\s+(?:(?:later|then|eventually|since|subsequently|has|had|was|been|now)\s+)*"
    r"(?:rose|risen|climbed|increased|jumped|grew|gone\s+up|went\s+up|(?:revised|raised|lowered|updated|reduced|"
    r"brought|corrected)(?:\s+(?:up|down)(?:wards?)?)?)\s+(?:from\s+(?P<from1>[^.;]{1,30}?)\s+)?to\b"
    r"|\b(?:revised|raised|lowered|updated|reduced|corrected|adjusted|brought)\s+(?:the|its|their|this|that)\s+"
    + _TOLL_NOUN + r"\s+(?:(?:up|down)(?:wards?)?\s+)?(?:from\s+(?P<from2>[^.;]{1,30}?)\s+)?to\b"
    r"|\b(?:a|the)\s+(?:new|latest|updated|revised|final|later)\s+" + _TOLL_NOUN + r"\b"
    # (a heading with no article: "Updated toll: 13 dead, 5 wounded")
    r"|\b(?:new|latest|updated|revised|final)\s+" + _TOLL_NOUN + r"\s*:"
    r"|\b(?:raising|bringing|taking|pushing|elevating|increasing)\s+(?:the|its|their)\s+(?:" + _TOLL_NOUN +
    r"|deaths|dead)\s+(?:(?:up\s+)?to|at)\b"
    # (from a figure told, maybe after what the toll is of: "elevating the death toll of the attack from eleven to
    # fifteen")
    r"|\b(?:raising|bringing|taking|pushing|elevating|increasing)\s+(?:the|its|their)\s+(?:" + _TOLL_NOUN +
    r"|deaths|dead)\s+(?:[^.;]{1,40}?\s+)?from\s+(?P<from3>[^.;]{1,30}?)\s+to\b",
    re.IGNORECASE)
# a toll told as a first account ("An initial toll gave nine dead", "a provisional toll of six", "nine people were
# initially reported killed"): a later figure of the same dead replaces it
_INITIAL_TOLL = re.compile(r"\b(?:initial|first|provisional|preliminary)\s+(?:(?:death|casualty|human|fatality)\s+)?"
                           r"(?:toll|reports?|figures?|count|assessment)\b|\binitially\b", re.IGNORECASE)


# an armed side that lost its own men lost them dead ("losing 5 soldiers", "the army lost two militiamen"; ACLED counts
# them; not a family's loss: "having lost three sons to violence")
_LOST_BEFORE = re.compile(r"\b(?:lost|losing|loses|lose)\s+(?:at least\s+|about\s+|some\s+|around\s+)?$", re.IGNORECASE)
_FIGURE_HEDGE = re.compile(r"\s*(?:(?:" + _HEDGE_WORDS + r")\s+)?$", re.IGNORECASE)


def _revised_to(text: str, num: NumberMention, sent: Sentence) -> bool:
    """Is a figure the one a revised toll came to ("revised the death toll down from 77 to 54", "the toll rose to
    at least 14")?"""
    return any(m.group(0).lower().endswith(("to", "at")) and _FIGURE_HEDGE.fullmatch(text, m.end(), num.start)
               for m in _REVISED_TOLL.finditer(text, sent.start, num.start))


def _told_before_revision(c: _Count, counts: list[_Count], revision: int) -> bool:
    """Is a figure told before the revision of its own sentence, which comes to a later figure ("18 people were
    killed, the toll later rose to 20", "two wounded died, raising the toll to 20")? The old figure, not the new."""
    return c.number.start < revision and any(
        d is not c and d.what == c.what and d.number.sentence == c.number.sentence and d.number.start > revision
        for d in counts)


_FOUND_VERB = re.compile(r"\b(?:found|discovered|recovered|exhumed)\b", re.IGNORECASE)


def _rise_told(text: str, c: _Count, counts: list[_Count], revision: int, old: str) -> bool:
    """Is a revised toll's new figure the old one plus dead found, told before the revision in its sentence ("the
    corpses of four civilians were found, elevating the death toll from eleven to fifteen")? The report is of the
    bodies found: the toll is the whole story's, the figure it rose by this report's. Not where the text told the
    earlier dead itself: then the new toll is the text's."""
    if any(d.what == c.what and d.number.sentence < c.number.sentence for d in counts):
        return False
    m = re.fullmatch(r"(?:\w+\s+)?(\d{1,4}|" + "|".join(_WORD_NUMBERS) + r")", old.strip(), re.IGNORECASE)
    if m is None:
        return False
    before = _head_number(m.group(1))
    return before > 0 and any(
        d is not c and d.what == c.what and d.number.sentence == c.number.sentence and d.number.start < revision
        and before + int(d.number.value) == int(c.number.value) and _FOUND_VERB.search(text, d.number.end, revision)
        for d in counts)


def _latest_toll(article: Article, counts: list[_Count]) -> list[_Count]:
    """The counts less the tolls a later report replaces: a figure a revision names as the old one ("revised the
    toll from 77 to 54"), an earlier figure of the same people beside a revised or updated one ("... killing 9
    people. The toll later rose to 14"), and a first account beside a later figure ("An initial toll gave nine dead.
    AFP reported 10 dead"). Figures told as more dead ("two more died") add to a toll, never replace it."""
    revised: list[_Count] = []
    initial: list[_Count] = []
    dropped: set[int] = set()
    for c in counts:
        if c.what not in ("killed", "wounded"):
            continue
        s_c = article.sentence_at(c.number.start)
        if s_c is None:
            continue
        m = _REVISED_TOLL.search(s_c.text)
        if m is not None:
            old = next((g for g in ("from1", "from2", "from3") if m.group(g) is not None), None)
            if old is not None and s_c.start + m.start(old) <= c.number.start < s_c.start + m.end(old):
                dropped.add(id(c))  # "from 77": the old figure
            elif old is not None and _rise_told(article.text, c, counts, s_c.start + m.start(), m.group(old)):
                dropped.add(id(c))  # "the corpses of four civilians were found, elevating the toll from 11 to 15": 4
            elif _told_before_revision(c, counts, s_c.start + m.start()) and not (old is not None and any(
                    _rise_told(article.text, d, counts, s_c.start + m.start(), m.group(old))
                    for d in counts if d.number.sentence == c.number.sentence)):
                dropped.add(id(c))  # "two wounded died, raising the toll to 20": in the new figure
            elif not _added(article.text, c.number):
                revised.append(c)
        elif _INITIAL_TOLL.search(s_c.text):
            initial.append(c)

    def _replaces(new: _Count, old: _Count) -> bool:
        return (new.what == old.what and new.number.start > old.number.start and new is not old
                and not _sides_apart(new, old) and not _added(article.text, old.number))

    for old in counts:
        if id(old) in dropped or old in revised:
            continue
        if old.what == "killed" and any(
                r.what == "killed" and r.number.sentence < old.number.sentence and id(r) not in dropped
                for r in revised) and _DIED_OF_WOUNDS_AFTER.match(article.text, old.number.end) \
                and not (_MORE_DEAD.match(article.text, old.number.end)
                         or _ANOTHER_BEFORE.search(article.text, max(0, old.number.start - 12), old.number.start)):
            # wounded who died, told after the revised toll ("The toll has risen to 25, up from 14 ... Eleven people
            # who were wounded died in hospital overnight"): the rise told, in the new toll, not added to it (not
            # "two more of the wounded died")
            dropped.add(id(old))
            continue
        if any(_replaces(new, old) for new in revised):
            dropped.add(id(old))
        elif old in initial and any(
                _replaces(new, old) and new not in initial and id(new) not in dropped
                and new.number.sentence != old.number.sentence and not _added(article.text, new.number)
                for new in counts):
            dropped.add(id(old))
    return [c for c in counts if id(c) not in dropped]


def _own_side(c: _Count) -> str:
    """The side a figure's own noun names ("six civilians", "4 soldiers"), or "unknown" for people of any side."""
    return "unknown" if (c.number.counted or "").lower() in _ANYONE else c.side


def _sides_apart(a: _Count, b: _Count) -> bool:
    """Do two figures count people of two known sides ("two soldiers", "the two militants")?"""
    return "unknown" not in (_own_side(a), _own_side(b)) and _own_side(a) != _own_side(b)


def _bracket_at(text: str, pos: int) -> str | None:
    """The text of the ( ) or [ ] group `pos` lies in, on its line and within 200 characters; None outside one."""
    lo = max(0, pos - 200)
    for open_, close in (("(", ")"), ("[", "]")):
        i = text.rfind(open_, lo, pos)
        if i < 0 or text.rfind(close, i, pos) >= 0 or "\n" in text[i:pos]:
            continue
        j = text.find(close, pos, pos + 200)
        if j >= 0 and "\n" not in text[pos:j]:
            return text[i + 1:j]
    return None


# the nouns of "N other people" that take in people of any side besides one told before
_ANYONE_NOUNS = frozenset({"people", "persons", "individuals", "victims"})


# a death told with a time of its own, weeks away from the happening: "He died in a second attack two months later", "a
# notable was killed in this area last 10/12", "journalist Norbert Zongo, who was killed in 12/98" (not a death of the
# wounds, "died of his wounds two weeks later", nor a time of the victim's taking: "who had been abducted a month
# earlier was found dead")
_ANOTHER_TIME = re.compile(r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
                           r"(?:(?:weeks?|months?|years?)\s+(?:later|earlier|before|prior)|(?:months?|years?)\s+ago)|in\s+\d{1,2}/\d{2,4}|last\s+\d{1,2}/\d{1,2})\b", re.IGNORECASE)
_NOT_THE_DEATHS_TIME = re.compile(r"\b(?:abduct\w*|kidnapp?\w*|arrest\w*|captur\w*|taken|seized|held|missing|"
                                  r"disappear\w*|wound\w*|injur\w*|shot|since|after|hospital\w*)\b", re.IGNORECASE)


# the happening told as coming some time after another, whose dead the rest of the sentence tells: "The shooting comes
# just one week after a fatal shooting at a party where ... a 12-year-old girl did not survive her injuries"
_COMES_AFTER = re.compile(r"\b(?:comes|came|happened|occurred)\s+(?:just\s+|only\s+|barely\s+|less than\s+|about\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?)\s+(?:after|since)\b", re.IGNORECASE)


def _told_at_another_time(text: str, single: NumberMention, sent: Sentence) -> bool:
    """Is one victim's death told with a time weeks away from the happening?"""
    if _COMES_AFTER.search(text, sent.start, single.start):
        return True
    end = single.counted_end if single.counted_end > 0 else single.end
    stop = text.find(";", end, sent.end)
    t = _ANOTHER_TIME.search(text, end, stop if stop >= 0 else sent.end)
    return t is not None and not _NOT_THE_DEATHS_TIME.search(text, sent.start, sent.end)


# a killing someone is held or sought for, told before: "arrested a man accused of killing a nurse"
_HELD_FOR_BEFORE = re.compile(r"\b(?:accused|suspected|charged|convicted|arrested|wanted)\b[^.;]*$", re.IGNORECASE)


def _other_single_victims(article: Article, sent: Sentence, single: NumberMention) -> NumberMention:
    """One victim, and one more for each other killing verb of the sentence with a new person of its own ("slit the
    throat of a student, killed a merchant")."""
    hi = max(single.end, single.counted_end)
    others = [m for m in _ANOTHER_ONE_KILLED.finditer(sent.text)
              if not (sent.start + m.start() <= single.start < sent.start + m.end() or single.start <= sent.start
                      + m.start() < hi)
              and not _EARLIER_KILLER_BEFORE.search(sent.text, max(0, m.start() - 60), m.start())
              and not _NEAR_MISS.search(sent.text, max(0, m.start() - 10), m.end())
              and not _ANSWERS_A_DEATH.search(sent.text, max(0, m.start() - 40), m.start())
              and not _HELD_FOR_BEFORE.search(sent.text, max(0, m.start() - 60), m.start())]
    if not others or not _ANOTHER_ONE_KILLED.search(sent.text, max(0, single.start - sent.start - 60), hi - sent.start):
        return single  # (only beside a single told by such a verb: not "a soldier was killed ... killing a herder")
    return dataclasses.replace(single, value=single.value + len(others))


# the whole a part of it is taken from: "two of his three sons", "four of the six soldiers" (the part the dead, the
# whole no more dead)
_WHOLE_AFTER_PART = re.compile(r"\s+of\s+(?:the|his|her|their|its|these|those)\s+$", re.IGNORECASE)


def _whole_of_a_part(article: Article, num: NumberMention) -> bool:
    """Is a figure the whole after a figure of a part of it ("two of his three sons": the three)?"""
    return any(_WHOLE_AFTER_PART.fullmatch(article.text, n.end, num.start) is not None
               for n in article.numbers if num.start - 30 <= n.end < num.start)


# two accounts of the same dead in one sentence, each of its own speaker ("The army said one soldier was killed, while a
# rebel spokesman said three rebels and two soldiers died"): the account after "while/but/whereas ... said", beside one told before it
_SECOND_SPEAKER = re.compile(r",?\s+(?:while|but|whereas)\s+(?:(?!(?:in|at|near|on)\b)[\w'’-]+\s+){1,5}?(?:said|says|claimed|claims)\b",
                             re.IGNORECASE)
_FIRST_SPEAKER = re.compile(r"\b(?:said|says|claimed|claims|according to)\b", re.IGNORECASE)


def _lower_account(sent: Sentence, counts: list[_Count]) -> list[_Count]:
    """The counts of a sentence with two speakers' accounts of the dead ("The army said one soldier was killed, while a
    rebel spokesman said 3 rebels and 9 soldiers died"): those of the account with fewer dead (ACLED takes the most
    conservative of conflicting reports); all of them where the sentence holds one account, or two of the dead of
    different known sides."""
    split = _SECOND_SPEAKER.search(sent.text)
    if split is None or _FIRST_SPEAKER.search(sent.text, 0, split.start()) is None:
        return counts
    cut = sent.start + split.start()
    first = [c for c in counts if c.what == "killed" and c.number.start < cut]
    second = [c for c in counts if c.what == "killed" and c.number.start >= cut]
    if not first or not second:
        return counts
    sides_first, sides_second = {c.side for c in first}, {c.side for c in second}
    if "unknown" not in sides_first | sides_second and not sides_first & sides_second:
        return counts  # each speaker's dead of the other side are no conflict: "the army said it killed 10 militants,
        #               but the group said it killed 15 soldiers" (25)
    keep_first = sum(c.number.value for c in first) <= sum(c.number.value for c in second)
    return [c for c in counts if c.what not in ("killed", "wounded") or (c.number.start < cut) == keep_first]


# two deaths told by a noun after "both": a toll of two (see `_PAIR_NOMINAL`)
_BOTH_DEATHS = re.compile(r"both\s+(?:deaths|killings|murders|slayings|homicides)\b", re.IGNORECASE)


def _casualties(article: Article, sentence_ids: list[int]) -> list[_Count]:
    counts: list[_Count] = []
    singles: list[_Count] = []  # one victim told without a number
    more: list[_Count] = []  # one more: "another was injured"
    ages: list[_Count] = []  # one victim told by name and age
    age_keys: list[tuple[str, float]] = []
    # a party's own toll that the text says could not be verified ("the army said 47 militants were killed ... The
    # figures could not be independently verified"): a claim, not a count of the happening
    unverified: bool | None = None  # (read from the whole text only when a later sentence is a party's claim)
    for si in sentence_ids:
        sent = article.sentences[si]
        # a later sentence giving a party's own figures ("ISWAP claimed responsibility and said that it killed three
        # policemen") tells the same dead again when they are of a side already counted: the lower, reported toll
        # stands (ACLED's rule for conflicting reports); "described it as" is another account of the same dead
        rival = None if si == sentence_ids[0] else _RIVAL_CLAIM.search(sent.text)
        counted_sides = {c.side for c in counts if c.what in ("killed", "wounded")} if rival else set()
        n_before = len(counts)
        if (_PARTY_CLAIM.search(sent.text) if si != sentence_ids[0] else _CLAIMED_TO_HAVE_KILLED.search(sent.text)):
            # (the happening told by the claim itself, and the claim said unverified after it: "On 17 November,
            # ISGS claimed to have killed six JNIM fighters in clashes near X. The information could not be
            # independently verified": ACLED codes no dead it cannot verify)
            if unverified is None:
                unverified = bool(_UNVERIFIED.search(article.text))
            if unverified:
                continue
        if si != sentence_ids[0] and (uv := _UNVERIFIED.search(sent.text)) and not (
                _HIGHER_TOLL.match(sent.text, uv.end()) and _KILLED.search(sent.text, 0, uv.start())):
            # "Additional unconfirmed reports indicated that 29 more corpses had been found": not counted (but "38
            # were killed, some sources indicate a higher death toll": the toll told stands, the lowest figure)
            continue
        if _ROUNDUP.search(sent.text):
            continue  # "8 killed, 46 wounded in shootings across Chicago over the weekend": many happenings' sum
        if _RETRACTED.search(sent.text):
            continue  # "a man was reportedly killed, although this was formally denied": a report taken back
        nums = [n for n in article.numbers if sent.start <= n.start < sent.end and n.unit is None
                and n.counted not in _NOT_COUNTED and not _a_name(article.text, n, sent)
                and not (n.counted is None and _LABEL_BEFORE.search(article.text, max(sent.start, n.start - 25), n.start))
                and not (n.counted is None and (_MONTH_AFTER.match(article.text, n.end) or _MONTH_BEFORE.search(
                    article.text, max(sent.start, n.start - 12), n.start)))
                and not (n.counted is None and _address_or_name(article, sent, n))
                and not _AGES_LIST.match(article.text, n.end) and not _MEASURE_AFTER.match(article.text, n.end)
                and not _whole_of_a_part(article, n)
                and not _many_events_toll(article.text, max(sent.start, n.start - 120), n.start)
                and not _EARLIER_UNREST_TOLL.search(article.text, max(sent.start, n.start - 100), n.start)]
        kinds = {_count_kind(article.text, n, sent) for n in nums}
        if "killed" not in kinds:
            single = _single_victim(article, sent)
            if single is not None and _told_at_another_time(article.text, single, sent):
                single = None  # "He died in a second attack two months later": another happening's death
            if single is not None:
                rel = _AND_RELATIVES.match(article.text, single.counted_end if single.counted_end > 0 else single.end)
                if rel is not None and single.value == 1.0:
                    # "killed an elderly man and his son", "a civilian and his two children": the relatives too
                    # ("shot dead a mayor and one of his bodyguards": the one of them)
                    n = _WORD_NUMBERS.get((rel.group(1) or rel.group(2) or "").lower(), 1)
                    single = dataclasses.replace(single, value=1.0 + n, counted_end=rel.end())
                # (the couple in the victim's clause: not "robbed a couple in Kano; a man was killed")
                clause = article.text.rfind(";", sent.start, single.start) + 1
                if single.value == 1.0 and _A_COUPLE.search(article.text, max(sent.start, clause, single.start - 40),
                                                             max(single.end, single.counted_end)):
                    single = dataclasses.replace(single, value=2.0)  # "a couple on a motorbike was killed": two
                if single.value == 1.0 or rel is not None:
                    # more victims listed one by one: "a village chief, his son and a militiaman", "the driver and
                    # a passenger"
                    end, extra = (single.counted_end if single.counted_end > 0 else single.end), 0
                    if (group := _OF_GROUP_NAME.match(article.text, end)) is not None:
                        end = group.end()  # "a member of Dan Na Ambassagou, his son": past the victim's group
                    while (more_one := _ONE_MORE_VICTIM.match(article.text, end)) is not None and more_one.end() <= sent.end:
                        extra, end = extra + 1, more_one.end()
                    if extra:
                        single = dataclasses.replace(single, value=single.value + extra, counted_end=end)
                    elif rel is None:
                        single = _other_single_victims(article, sent, single)
                rule = next((name for rx, name in _SINGLE_RULES.items() if (sm := rx.search(sent.text)) is not None
                             and sent.start + sm.start() <= single.start < sent.start + sm.end()), "")
                side = _side_of(single.counted)
                if side == "unknown" and single.value == 1.0 and single.counted and re.fullmatch(
                        _CIVIL_OFFICE, single.counted, re.IGNORECASE):
                    # a civil office of one holder told dead in a sentence of its own ("The mayor was killed ...
                    # A force sent to the site was also ambushed, leaving 6 soldiers dead"): no one of the soldiers
                    side = "civilians"
                singles.append(_Count("killed", side, single, rule=rule))
        else:
            # one victim of a verb of its own beside a figure of another ("killing a merchant, ... villagers killed
            # three assailants", "villagers killed two policemen who shot dead a woman"): one more where of another
            # side (read below, `_of_another_side`); not one the figure's verb takes with it ("killed three
            # soldiers and a civilian", read with the figure)
            toll = [n for n in nums if _count_kind(article.text, n, sent) == "killed"]
            for n in toll:
                # one more object of the figure's verb after its "including" aside ("killed four civilians, including
                # two women, and a soldier": five; not "including a chief and a child", the aside's own list)
                if (m1 := _ONE_AFTER_ASIDE.match(article.text, n.counted_end if n.counted_end > 0 else n.end,
                                                 sent.end)) is not None:
                    st, en = m1.start(1), m1.end(1)
                    one = NumberMention(st, en, article.text[st:en], 1.0, counted=m1.group(2).lower(),
                                        counted_start=st, counted_end=en, sentence=si)
                    singles.append(_Count("killed", _side_of(one.counted), one, rule="one-after-the-aside"))
            for m1 in _TAKEN_ONE_THEN_KILLED.finditer(sent.text):
                st, en = sent.start + m1.start(1), sent.start + m1.end(1)
                if not any(st <= n.start < en for n in toll):
                    one = NumberMention(st, en, article.text[st:en], 1.0, counted=m1.group(1).split()[-1].lower(),
                                        counted_start=st, counted_end=en, sentence=si)
                    singles.append(_Count("killed", _side_of(one.counted), one, rule="one-besides-a-figure"))
            for m1 in _NAME_AND_OTHERS.finditer(sent.text):
                # one named beside a figure of others ("Amadou Kone and three others were killed"): one more, a
                # person (not a group or a place: "Boko Haram and two other groups", "Gao and three other towns")
                st, en = sent.start + m1.start(1), sent.start + m1.end(1)
                if not any(sent.start + m1.start(2) <= n.start < sent.start + m1.end() for n in toll) or any(
                        a.start < en and st < a.end for a in article.actors if a.inter != 7) or any(
                        p.start < en and st < p.end for p in article.places):
                    continue
                one = NumberMention(st, en, article.text[st:en], 1.0, counted=None, counted_start=st,
                                    counted_end=en, sentence=si)
                singles.append(_Count("killed", "unknown", one, rule="one-besides-a-figure"))
            for m1 in _ONE_OF_ITS_OWN.finditer(sent.text):
                st, en = sent.start + m1.start(1), sent.start + m1.end(1)
                if any(sent.start + m1.start() <= n.start < en for n in toll) or _EARLIER_KILLER_BEFORE.search(
                        sent.text, max(0, m1.start() - 60), m1.start()):
                    continue
                one = NumberMention(st, en, article.text[st:en], 1.0, counted=m1.group(1).split()[-1].lower(),
                                    counted_start=st, counted_end=en, sentence=si)
                # (one the dead killed before dying is always another: "one youth was killed after killing an
                # assailant")
                besides = _KILLED_AFTER_BEFORE.search(sent.text, max(0, m1.start() - 40), m1.start()) is not None
                # (nor one of a second deed of the figure's subject joined on by "and": "shot dead two farmers and
                # assassinated a village chief" are three)
                besides = besides or (_AND_SECOND_DEED.search(sent.text, max(0, m1.start() - 20), m1.start()) is not None
                                      and any(n.start < sent.start + m1.start() for n in toll))
                singles.append(_Count("killed", _side_of(one.counted), one,
                                      rule="one-besides-a-figure" if besides else "one-of-its-own-verb"))
            # the same for one victim the subject of a passive of his own ("a soldier was killed and three
            # militants were killed"); one more too where the figure after it is told as others besides him ("a
            # commander was killed ...; two of his bodyguards were also killed")
            for m1 in _ONE_PASSIVE_OF_ITS_OWN.finditer(sent.text):
                st, en = sent.start + m1.start(1), sent.start + m1.end(1)
                if any(sent.start + m1.start() <= n.start < sent.start + m1.end() for n in toll):
                    continue
                one = NumberMention(st, en, article.text[st:en], 1.0, counted=m1.group(2).lower(),
                                    counted_start=st, counted_end=en, sentence=si)
                besides = any(n.start >= sent.start + m1.end() and _besides_the_one(article.text, n, sent.start + m1.end())
                              for n in toll) or (
                    # (or told in contrast after the figure: "killed two of them, while a tribal gunman was killed")
                    _WHILE_BEFORE.search(sent.text, max(0, m1.start() - 12), m1.start()) is not None
                    and any(n.start < sent.start + m1.start() for n in toll))
                # (a civil office of one holder is no one of a figure of soldiers: "the mayor was killed ..., leaving
                # six soldiers dead" are seven)
                side = _side_of(one.counted)
                if side == "unknown" and re.fullmatch(_ONE_HOLDER_OFFICE, one.counted, re.IGNORECASE):
                    side = "civilians"
                singles.append(_Count("killed", side, one,
                                      rule="one-besides-a-figure" if besides else "one-of-its-own-verb"))
        m = _ANOTHER_WOUNDED.search(sent.text)
        if m and "wounded" not in kinds:
            start, end = sent.start + m.start(), sent.start + m.end()
            more.append(_Count("wounded", "unknown", NumberMention(start, end, article.text[start:end], 1.0,
                                                                   counted_start=start, counted_end=end)))
        elif "wounded" not in kinds:
            single = _named_wounded(article, sent) or _single_wounded(article, sent)
            dead_here = next((c for c in singles if c.what == "killed" and sent.start <= c.number.start < sent.end), None)
            if single is not None and (dead_here is not None and single.start < max(
                    dead_here.number.end, dead_here.number.counted_end) and dead_here.number.start < max(
                    single.end, single.counted_end) or _DIED_OF.match(article.text, max(single.end, single.counted_end),
                                                                     sent.end)):
                single = None  # the one who died of the wound: "a man died from a gunshot wound"
            if single is not None and single.value == 1.0:
                # a second one told after "and" ("A 7-year-old girl was grazed by a bullet, and a man was shot in
                # the leg"): two
                end = (single.counted_end if single.counted_end > 0 else single.end) - sent.start
                rest = Sentence(sent.index, sent.start + end, sent.end, sent.text[end:])
                joined = _AND_ANOTHER.match(rest.text)
                second = _single(article, rest, _SINGLE_WOUNDED) if joined else None
                if second is not None and second.start - rest.start <= 60 and not _KILLED.search(
                        article.text, rest.start, second.end):
                    single = dataclasses.replace(single, value=2.0, counted_end=second.end)
            if single is not None:
                singles.append(_Count("wounded", _side_of(single.counted), single))
        prev_side: str | None = None
        waiting: list[NumberMention] = []  # ages whose verb is further on
        for k, num in enumerate(nums):
            if _age(article.text, num):
                what = _count_kind(article.text, num, sent)
                if what is None and _AGE_WOUNDED.match(article.text, num.counted_end if num.counted_end > 0
                                                       else num.end):
                    what = "wounded"
                if what in ("killed", "wounded", "shot"):
                    # "Antonio Hernandez, 31, and Omero Garcia, 39, were killed": the names before share the verb
                    while waiting and _AGE_AND.match(article.text[waiting[-1].end:num.start]):
                        prev = waiting.pop()
                        ages.append(_Count(what, "unknown", dataclasses.replace(prev, value=1.0), age=prev.value))
                        age_keys.append((what, prev.value))
                    ages.append(_Count(what, "unknown", dataclasses.replace(num, value=1.0), age=num.value))
                    age_keys.append((what, num.value))
                else:
                    waiting.append(num)
                continue
            if any(m.start(1) <= num.start < m.end(1) for m in _CODED_ELSEWHERE.finditer(article.text, sent.start, sent.end)):
                continue  # "(12 fatalities coded in a previous event)": the dead of another event, see `_CODED_ELSEWHERE`
            what = _count_kind(article.text, num, sent)
            if what is not None and num.counted is None and (
                    (other := _OTHER_NOUN.match(article.text, num.end)) is not None
                    and _PLACES_COUNTED.fullmatch(other.group(1))):
                what = None  # a figure of places, not of the dead: "killed 12 people in Gao and |three| other towns"
            if what is None:
                if num.counted:
                    prev_side = _side_of(num.counted)
                continue
            if what == "killed" and _NOT_VIOLENT_DEATH.match(article.text, num.counted_end if num.counted_end > 0
                                                             else num.end):
                continue  # "21,022 passenger vehicle occupants killed in crashes": deaths of no violence
            side = _side_of(num.counted)
            if num.counted is None and prev_side is not None:
                side = prev_side  # "23 soldiers were killed ... and 17 were wounded"
            if what == "killed" and _own_losses(article.text, num) is not None:
                side = "state" if _FORCES_OWNING.match(sent.text) else "attackers"  # the party owning up to them
            after_num = article.text[(num.counted_end if num.counted_end > 0 else num.end):sent.end]
            total = bool(_TOTAL_MARKER.match(after_num)) or bool(
                re.match(r"^\W{0,3}\s*(?:were |was )?(?:killed|dead)\W{0,3}\s*(?:including|among them)", after_num)) or \
                bool(_IN_TOTAL.match(after_num)) or bool(_TOTAL_OF_BEFORE.search(
                    article.text, max(sent.start, num.start - 20), num.start))
            if total and what == "killed" and _own_side(_Count(what, side, num)) == "unknown" and \
                    _listed_whole(article, sent, num, after_num):
                total = False  # (told whole by its parts: a figure of other dead elsewhere is more, see below)
            again = bool(_DEFINITE.search(article.text, max(sent.start, num.start - 16), num.start)) and not \
                _added(article.text, num) or bool(_ONE_OF_THEM_OPENS.fullmatch(article.text, sent.start, num.start))
            if what == "shot" and _MORE_AFTER.match(article.text, num.end) and any(
                    c.what == "killed" for c in [*counts, *singles]):
                what = "wounded"  # "a man was killed and two others were shot": the others are the hurt
            counts.append(_Count(what, side, num, total, again=again,
                                 rule="added" if what == "killed" and (_more_dead(article.text, num) or (
                                     side == "attackers" and si != sentence_ids[0] and _ATTACKERS_ALSO_DEAD.match(
                                         article.text, num.counted_end if num.counted_end > 0 else num.end))) else "",
                                 besides=_beside_the_told(article.text, num)))
            if what == "killed" and (_ONE_AND_RELATIVES_BEFORE.search(article.text, max(sent.start, num.start - 60), num.start)
                                     or (_ONE_AND_BEFORE.search(article.text, max(sent.start, num.start - 60), num.start)
                                         and _OTHER_AFTER.match(article.text, num.end))):
                st = num.start  # "killed a male civilian and his two children": the civilian too
                more.append(_Count("killed", "civilians", NumberMention(st, st, "", 1.0, counted_start=st, counted_end=st)))
            elif what in ("killed", "wounded", "shot") and (one := _ONE_JOINED_BEFORE.search(
                    article.text, max(sent.start, num.start - 60), num.start)) is not None and not any(
                    one.start() <= n.start < num.start for n in article.numbers) and not (
                    # (not the object of a verb of its own: "killed a soldier and two civilians were wounded")
                    what != "killed" and _VERB_BEFORE_ONE.search(article.text, max(sent.start, one.start() - 30),
                                                                 one.start())):
                # "a woman and two children were killed": the woman too (a count of its sentence: a later sentence
                # naming the dead of an earlier toll adds none); the same of the hurt ("a child and two women were
                # grazed by bullets")
                st, en, noun = one.start(), one.start(1) + len(one.group(1)), one.group(1).lower()
                counts.append(_Count(what, _side_of(noun), NumberMention(
                    st, en, article.text[st:en], 1.0, counted=noun, counted_start=st, counted_end=en,
                    sentence=num.sentence)))
            if what in ("arrested", "abducted") and _THEN_KILLED.match(
                    article.text, num.counted_end if num.counted_end > 0 else num.end):
                counts.append(_Count("killed", side, num, total))  # "arrested seventeen traders and executed them"
            prev_side = side
            group = _GROUP_NAME_AFTER.match(article.text, num.end) if num.counted_end <= 0 else None
            if what in ("killed", "wounded") and (num.counted_end > 0 or group is not None):
                # one more of another kind joined to the figure: "killed four workers and a teacher", "three
                # Koglweogo and a villager were killed"
                # (and ones listed before it: "Two militiamen, the village chief and a child were killed")
                pos, listed = num.counted_end if group is None else group.end(), []
                if (when := _LIST_TIME_SKIP.match(article.text, pos)) is not None:
                    pos = when.end()  # "killed two civilians overnight, a passenger and an official": the list after it
                while (one := _ONE_LISTED.match(article.text, pos)) is not None:
                    listed.append(one)
                    pos = one.end()
                one = _AND_ONE_MORE.match(article.text, pos)
                first = listed[0].start() if listed else one.start() if one is not None else 0
                if one is not None and not any(first <= n.start < one.end() for n in nums) and not (
                        listed and len(listed) + 1 == num.value and (
                            (num.counted or "").lower() in _ANYONE | _PERSON_NOUNS
                            or all(_side_of(m1.group(1).split()[-1]) == side for m1 in (*listed, one)))):
                    # (the figure's people named one by one, set off by commas: "Two people, a driver and a guard,
                    # were killed", "killed two civilians, a teacher and a nurse", "Two teens, a girl and a boy, were
                    # injured": two, not four)
                    for m1 in (*listed, one):
                        st, en = m1.start(1), m1.end(1)
                        noun = m1.group(1).split()[-1]
                        counts.append(_Count(what, _side_of(noun), NumberMention(
                            st, en, article.text[st:en], 1.0, counted=noun.lower(), counted_start=st, counted_end=en,
                            sentence=num.sentence)))
        m = _SELF_TOO.search(sent.text)
        if m is not None and ("killed" in kinds or any(c.what == "killed" and c.number.start >= sent.start
                                                       for c in singles)):
            st, en = sent.start + m.start(), sent.start + m.end()  # "... and then killed himself": one more dead
            more.append(_Count("killed", "attackers", NumberMention(st, en, article.text[st:en], 1.0,
                                                                    counted_start=st, counted_end=en)))
        m = _BOMBER_TOO.search(sent.text)
        if m is not None and any(c.what == "killed" for c in [*counts, *singles]) \
                and not any(c.number.counted == "bomber" and sent.start + m.start() <= c.number.start
                            < sent.start + m.end() for c in singles):
            # (not where the bomber is already one victim of its own: "the bomber was also killed", read as the
            # single victim "bomber" since cas39)
            st, en = sent.start + m.start(), sent.start + m.end()
            more.append(_Count("killed", "attackers", NumberMention(st, en, article.text[st:en], 1.0, counted="bomber",
                                                                    counted_start=st, counted_end=en)))
        if (everyone := _all_attackers(article, sent)) is not None:
            more.append(everyone)
        if (own := _own_men_killed(article, sent, counts)) is not None:
            more.append(own)
        m = _SELF_HARM_SURVIVED.search(sent.text)
        if m is not None and ("killed" in kinds or "wounded" in kinds or any(
                c.what in ("killed", "wounded") and c.number.start >= sent.start for c in singles)) \
                and not _DIED_LATER.search(sent.text, m.end()):
            st, en = sent.start + m.start(), sent.start + m.end()  # "... then tried to take her own life": one hurt
            more.append(_Count("wounded", "attackers", NumberMention(st, en, article.text[st:en], 1.0,
                                                                     counted_start=st, counted_end=en)))
        m = _A_FURTHER_DEATH.search(sent.text)
        further = _one_more_died(sent.text)
        if m is not None and "killed" in kinds:
            st, en = sent.start + m.start(), sent.start + m.end()
            more.append(_Count("killed", "unknown", NumberMention(st, en, article.text[st:en], 1.0,
                                                                  counted_start=st, counted_end=en)))
        elif (m := _ONE_DIED_OF_WOUNDS.search(sent.text)) is not None and "killed" not in kinds and not any(
                c.what == "killed" and sent.start <= c.number.start < sent.end
                and not sent.start + m.start() <= c.number.start < sent.start + m.end() for c in singles):
            # one of the wounded who died later ("One of the wounded later succumbed to his wounds", "with one
            # demonstrator later succumbing to his wounds"): one more dead, beside a toll told before (not the one
            # victim told alone: that one is the single dead)
            st, en = sent.start + m.start(), sent.start + m.end()
            singles = [c for c in singles if not (c.what == "killed" and st <= c.number.start < en)]
            more.append(_Count("killed", "unknown", NumberMention(st, en, article.text[st:en], 1.0,
                                                                  counted_start=st, counted_end=en),
                               rule="died-of-wounds"))
        elif (m := _HE_LATER_DIED.match(sent.text)) is not None and "killed" not in kinds and si > 0 and any(
                c.what == "killed" and article.sentences[si - 1].start <= c.number.start < sent.start
                for c in [*counts, *singles]) and any(
                c.what == "wounded" and c.number.value == 1.0 and article.sentences[si - 1].start <= c.number.start
                < sent.start for c in [*counts, *singles]):
            # the one wounded told just before, dead later, beside a toll told in the same sentence ("killing the
            # driver and wounding the mayor. He later died on the way to hospital"): one more dead, not the driver
            # again (not one told dead before, then shot: "A girl has died ... The girl was found shot. She later
            # died")
            st, en = sent.start + m.start(), sent.start + m.end()
            singles = [c for c in singles if not (c.what == "killed" and st <= c.number.start < en)]
            more.append(_Count("killed", "unknown", NumberMention(st, en, article.text[st:en], 1.0,
                                                                  counted_start=st, counted_end=en),
                               rule="died-of-wounds"))
        elif (m := further) is not None and (not any(
                c.what == "killed" and sent.start <= c.number.start < sent.end
                and not sent.start + m.start() <= c.number.start < sent.start + m.end() for c in singles)
                or _ordinal_next(sent, m, singles)) and not _ordinal_told(article, sent, m, [*counts, *singles]):
            # one more dead beside a toll told in an earlier sentence ("gunmen killed five people. A sixth died in
            # hospital"), or beside others who were not killed ("five hostages have been freed, while a sixth has
            # died"): one dead, not the one victim of its sentence again (nor one more beside the victims its
            # sentence names: "a school principal and another teacher were killed" are two)
            st, en = sent.start + m.start(), sent.start + m.end()
            singles = [c for c in singles if not (c.what == "killed" and st <= c.number.start < en)]
            more.append(_Count("killed", "unknown", NumberMention(st, en, article.text[st:en], 1.0,
                                                                  counted_start=st, counted_end=en), rule="added"))
        if rival is not None and counted_sides:
            another_account = rival.group(0).lower().startswith("described")
            # (a toll of no side told before may hold anyone's dead: "At least 20 were killed on both sides. ISGS
            # said that it killed 10 JNIM fighters")
            anyones = any(c.what == "killed" and c.side == "unknown" for c in counts[:n_before])
            counts[n_before:] = [c for c in counts[n_before:] if c.what not in ("killed", "wounded") or (
                c.what == "killed" and _own_losses(article.text, c.number) is not None) or not (
                another_account or c.side in counted_sides or c.side == "unknown" or (anyones and c.what == "killed"))]
    counts = _latest_toll(article, counts)
    # one victim told again and again ("a man was shot ... he died at the hospital") is one; a toll written as
    # a number says it better; a victim who was shot and died is dead, not also wounded
    told = {c.what for c in counts}
    seen_ages: set[tuple[str, float]] = set()
    for c, key in zip(ages, age_keys):
        if c.what in told or key in seen_ages:
            continue
        seen_ages.add(key)
        counts.append(c)
    told |= {c.what for c in counts}
    one_dead = any(c.what == "killed" for c in singles) or \
        sum(c.number.value for c in counts if c.what == "killed") == 1
    # (the dead told, before the singles join the counts below: each once)
    dead_told = sum(k.number.value for k in [*singles, *counts] if k.what == "killed")
    def _beside_the_dead(c: _Count) -> bool:
        # "killed a 2-year-old boy and critically injured an adult man", "One man was killed and a woman was
        # injured": the dead and the wounded told apart in one sentence are two people
        s_c = article.sentence_at(c.number.start)
        if s_c is None:
            return False
        if _ANOTHER_VICTIM.search(article.text, max(s_c.start, c.number.start - 60), c.number.end):
            return True  # "the second victim was a 13-year-old boy who was shot in the arm"
        if any(_later_also_dead(k, s_c) for k in singles):
            return True
        # one hurt told "also" after the dead ("A man was shot dead. A woman was also shot"), or of the other sex than
        # each dead one ("A man was shot dead. A woman was taken to the hospital"): another person
        if _ALSO_HURT_AFTER.match(article.text, max(c.number.end, c.number.counted_end), s_c.end):
            return True
        sex = _sex_of(c.number.counted)
        dead_sexes = {_sex_of(k.number.counted) for k in [*singles, *counts] if k.what == "killed"}
        if sex is not None and dead_sexes and None not in dead_sexes and sex not in dead_sexes:
            return True
        return any(
            k.what == "killed" and k.number.end <= c.number.start and s_c.start <= k.number.start < s_c.end
            and re.search(r"\band\b|\bwhile\b|\balso\b", article.text[k.number.end:c.number.start])
            for k in [*singles, *counts])

    def _dead_told_before_in_its_sentence(c: _Count) -> bool:
        s_c = article.sentence_at(c.number.start)
        return s_c is not None and any(k.what == "killed" and s_c.start <= k.number.start < c.number.start
                                       for k in [*singles, *counts])

    def _later_also_dead(k: _Count, s_c: Sentence) -> bool:
        # one told dead "also" in a later sentence ("A 10-year-old was shot and taken to hospital. An adult was also
        # shot and killed"): another person than the one hurt (not "he", who may be that one)
        s_k = article.sentence_at(k.number.start)
        return k.what == "killed" and s_k is not None and s_k.start >= s_c.end and \
            k.number.text.lower() not in _HE_OR_SHE and _ALSO_DEAD_AFTER.match(
                article.text, max(k.number.end, k.number.counted_end), s_k.end) is not None

    def _of_another_side(c: _Count) -> bool:
        # one victim of a side no figure of its kind counts ("killing a customs officer ... killed three
        # assailants", "killed a soldier. The army said it killed six militants"): one more, not one told again
        return all(_sides_apart(o, c) for o in counts if o.what == c.what)

    def _others_after(c: _Count) -> bool:
        # "X was killed by French forces. 2 other militants died.": a figure of other people of a side, told in a
        # later sentence, counts people besides the one told, never him again (not a bare "four others", who may
        # be others than someone else: "the person who survived a shooting that left four others dead")
        # (a word for anyone holds anyone: "Gunmen shot dead a soldier. Two other people were killed" are three;
        # and so do "others", "another N", "N more" in the very next sentence: "Gunmen killed a trader. Eight others
        # were also killed" are nine, but not far on, where the others may be others than a survivor told between)
        s_c = article.sentence_at(c.number.start)
        return s_c is not None and any(
            o.what == c.what and o.number.start >= s_c.end and ((m1 := _OTHER_NOUN.match(article.text, o.number.end))
            is not None and _side_of(m1.group(1)) != "unknown" and (
                c.side in ("unknown", _side_of(m1.group(1))) or m1.group(1).lower() in _ANYONE_NOUNS)
            or (o.number.sentence == s_c.index + 1 and _more_people(article.text, o.number)))
            for o in counts)

    def _also_dead(c: _Count) -> bool:
        # one victim told dead "also" after a toll told before ("killed 2, injuring four others. A civilian was also
        # killed"): one more, never one of that toll
        s_c = article.sentence_at(c.number.start)
        return c.what == "killed" and s_c is not None and _ALSO_DEAD_AFTER.match(
            article.text, max(c.number.end, c.number.counted_end), s_c.end) is not None and any(
            o.what == "killed" and o.number.end <= s_c.start for o in counts)

    for c in singles:
        if c.what == "killed" and c.number.value == 2.0 and _BOTH_DEATHS.match(c.number.text):
            # "Both deaths were the result of grenade attacks. One of the attackers was killed ...": the toll of two,
            # the parts told apart among them (a total, see `_tally`)
            told.add(c.what)
            counts.append(dataclasses.replace(c, total=True))
            continue
        if c.what == "wounded" and c.number.value == 2.0 and "wounded" not in told and not _beside_the_dead(c) \
                and dead_told == 1:
            # a pair shot, one of whom is the one told dead ("A man and a woman were shot outside a bar. The man died
            # at the scene"): the other is the wounded; a pair told after the dead of its own sentence is two more
            # ("one man was killed; a man and a woman were wounded" are three)
            told.add(c.what)
            counts.append(c if _dead_told_before_in_its_sentence(c) else
                          dataclasses.replace(c, number=dataclasses.replace(c.number, value=1.0)))
            continue
        if (c.what in told and not _of_another_side(c) and not _others_after(c)
                and c.rule not in ("one-besides-a-figure", "one-after-the-aside") and not _also_dead(c)) or (
                c.what == "wounded" and one_dead and not _beside_the_dead(c)):
            continue
        if c.what in told and c.number.text.lower() not in _HE_OR_SHE and not _THE_BEFORE.search(
                article.text, max(0, c.number.start - 8), c.number.start) and _also_dead(c):
            # one more told "also" dead after the dead told before ("militants killed a driver. A passenger was also
            # killed"): another person, never the same one said again (see the figures' dedup below); not "the
            # officer was also ...", who may be the one told before
            c = dataclasses.replace(c, rule="also-dead")
        told.add(c.what)
        counts.append(c)
    # one victim told by age as shot and one told dead ("a 2-year-old boy died Wednesday after he accidentally
    # shot himself"): the same person, unless told apart
    dead = [c for c in counts if c.what == "killed"]
    if sum(c.number.value for c in dead) == 1:
        def _same_one(c: _Count) -> bool:
            if c.age is None or c.what not in ("wounded", "shot") or c.number.value != 1 or _beside_the_dead(c):
                return False
            if any(d.age is not None and d.age != c.age for d in dead):
                return False  # "a 45-year-old man was killed ... a 23-year-old woman was also shot": two people
            s_c = article.sentence_at(c.number.start)
            return not (s_c is not None and re.search(r"\balso\b", article.text[s_c.start:s_c.end]))
        counts = [c for c in counts if not _same_one(c)]
    # "the four victims", "the other two": the toll told again or a part of it, where another figure tells it
    # (not a figure of another side: "Two soldiers were killed ... and the two militants who laid the mine were killed")
    # ("the four others", "the other four" are the rest beside a smaller figure: "one was tortured to death and the four
    # others summarily executed" are five; a part only of a larger one)
    # (a figure of no side told after a figure of armed men dead names no more the same people: "killed the 4
    # aggressors. 6 dead among civilians" are ten; not victims told again, "the three people killed ... the bodies of")
    counts = [c for c in counts if not c.again or not any(
        o.what == c.what and not o.again and not _sides_apart(o, c)
        and not (c.what == "killed" and c.side in ("attackers", "state") and o.side == "unknown"
                 and o.number.start > c.number.start)
        and not (_the_rest(article.text, c.number) and o.number.value < c.number.value) for o in counts)]
    # a figure of no known side said again with the same value is the same figure
    # (not one beside it in its sentence, joined or of other people: "Two Fulani and two Dogon men were killed" are
    # four, "1 gendarme, 1 civilian contractor" two; nor one told "also" dead: "killed the chief. His son was also
    # killed" are two)
    counts = [c for c in counts if c.side != "unknown" or c.age is not None or c.total or c.rule == "also-dead" or not any(
        o.what == c.what and o.side != "unknown" and o.number.value == c.number.value
        and not (o.number.sentence == c.number.sentence >= 0 and (
            _joined_figures(article.text, o.number, c.number)
            or (o.number.counted and c.number.counted and o.number.counted != c.number.counted)))
        for o in counts)]
    counts.extend(more)
    # a figure in brackets beside one outside them is another account ("killed at least twenty villagers (some
    # sources reported between 50 and 100 dead)"), a hedged one a guess ("wounded [possibly killed] several"): the
    # figure the text stands by counts
    aside = [_bracket_at(article.text, c.number.start) for c in counts]
    if any(aside):
        counts = [c for c, br in zip(counts, aside) if br is None or c.rule in _ADDED_RULES or not (
            _HEDGE.search(br) or any(o.what == c.what and ob is None for o, ob in zip(counts, aside)))]
    # a later sentence that names the dead an earlier one counted ("Three people were found shot to death ... the
    # gunman fatally struck the driver and two passengers"): the parts of that toll, not more deaths
    for what in ("killed", "wounded"):
        firsts = [c for c in counts if c.what == what and c.number.counted in _GENERAL_VICTIMS | _PERSON_NOUNS
                  and c.number.sentence >= 0]
        if not firsts:
            continue
        head = min(firsts, key=lambda c: c.number.start)
        # (not the dead of another side: "killed four civilians ... The army said it killed three attackers")
        # (nor more people in the next sentence: "killed four people, including a chief. Three others were killed
        # nearby" are seven)
        later = [c for c in counts if c.what == what and c is not head and c.number.sentence > head.number.sentence
                 and not _added(article.text, c.number) and c.rule != "added" and not (
                     c.number.sentence == head.number.sentence + 1 and not c.number.vague
                     and _more_people(article.text, c.number)) and not _sides_apart(head, c)]
        by_sentence: dict[int, list[_Count]] = {}
        for c in later:
            by_sentence.setdefault(c.number.sentence, []).append(c)
        for group in by_sentence.values():
            if sum(c.number.value for c in group) <= head.number.value:
                counts = [c for c in counts if c not in group]
    # a toll broken down in its own sentence ("Six people, three men and three women, were wounded", "left six
    # people wounded, including two teens"): the parts are the toll again
    def _head_end(c: _Count) -> int:
        """Where a figure of people ends ("six people", "Three other victims"), or -1 for a figure of others."""
        if c.number.counted in _GENERAL_VICTIMS | _PERSON_NOUNS and c.number.counted_end > 0:
            return c.number.counted_end
        m = _OTHER_VICTIMS.match(article.text, c.number.end) if c.number.counted is None else None
        return m.end() if m else -1

    for head in [c for c in counts if c.what in ("killed", "wounded") and _head_end(c) > 0]:
        if head not in counts:
            continue
        parts, end = [], _head_end(head)
        # (a part of a side's toll is of that side: "4 civilians, 2 assailants and 1 soldier dead" are three tolls)
        for c in sorted((o for o in counts if o.what == head.what and o is not head
                         and o.number.sentence == head.number.sentence and o.number.start >= end
                         and _own_side(head) in (o.side, "unknown")),
                        key=lambda o: o.number.start):
            between = article.text[end:c.number.start]
            cue = _PARTS_FIRST if not parts else _PARTS_NEXT
            if not cue.fullmatch(between) or _MORE_AFTER.match(article.text, c.number.end):
                break
            parts.append(c)
            end = c.number.counted_end if c.number.counted_end > 0 else c.number.end
        if parts and sum(c.number.value for c in parts) <= head.number.value:
            counts = [c for c in counts if c not in parts]
    # a toll told again in clauses of their own that add up to it exactly ("killed 19 herders, 15 were killed by
    # summary execution while 4 succumbed from wounds"; or in the next sentence): how they died, not more dead
    for head in [c for c in counts if c.what == "killed" and c.number.sentence >= 0 and c.number.value >= 2]:
        if head not in counts:
            continue
        parts = []
        for c in sorted((o for o in counts if o.what == "killed" and o is not head and not o.total
                         and head.number.sentence <= o.number.sentence <= head.number.sentence + 1
                         and o.number.start > head.number.start), key=lambda o: o.number.start):
            if _sides_apart(head, c) or _MORE_AFTER.match(article.text, c.number.end) or \
                    not _OWN_DEATH_VERB.match(article.text, c.number.counted_end if c.number.counted_end > 0
                                              else c.number.end):
                break
            parts.append(c)
        if len(parts) >= 2 and sum(c.number.value for c in parts) == head.number.value:
            counts = [c for c in counts if c not in parts]
    # the same figure for the same side repeated in later sentences is one report, not two deaths
    # (two figures of one sentence that count different people are two: "two boys and two girls were shot")
    seen: set[tuple[str, str, float, float | None, object]] = set()
    out: list[_Count] = []
    for c in counts:
        same_sentence_other_noun = any(
            o is not c and o.what == c.what and o.side == c.side and o.number.value == c.number.value
            and o.number.sentence == c.number.sentence >= 0 and (
                (o.number.counted and c.number.counted and o.number.counted != c.number.counted)
                or _joined_figures(article.text, o.number, c.number)) for o in counts)
        # (nor one told dead besides the toll: "1 killed and 2 injured. One of the injured died in hospital": two)
        key = (c.what, c.side, c.number.value, c.age, (c.number.counted, c.number.start) if same_sentence_other_noun
               or _added(article.text, c.number) or c.rule in ("died-of-wounds", "also-dead") else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    # the dead listed one by one ("killing two gendarmes, a customs agent, and four civilians"): where the figures
    # and single victims read in the list come to less than its sum, the rest of it (in a sentence whose counts
    # stand, or the event's first: not a party's claim or an unconfirmed report left out above)
    for si in sentence_ids:
        sent = article.sentences[si]
        if not _KILL_GATE.search(sent.text) or (si != sentence_ids[0] and not any(
                c.what == "killed" and sent.start <= c.number.start < sent.end for c in out)):
            continue
        for lo, st, en, total, parts in _listed_dead(article, sent):
            if parts >= 0 and any(c.what == "killed" and lo <= c.number.start < parts for c in out):
                # the whole's figure read, its parts told after it are the same dead ("two soldiers, a sergeant and
                # a corporal, were killed": two)
                out = [c for c in out if not (c.what == "killed" and parts <= c.number.start < en)]
            told = sum(int(c.number.value) for c in out if c.what == "killed" and lo <= c.number.start < en)
            if total > told:
                out.append(_Count("killed", "unknown", NumberMention(
                    st, en, article.text[st:en], float(total - told), counted_start=st, counted_end=en, sentence=si),
                    rule="victim-list"))
    # (the whole a part of it is taken from, however read: "two of his three sons" are two; and the lower of two
    # speakers' accounts of one sentence)
    out = [c for c in out if not _whole_of_a_part(article, c.number)]
    for si in sentence_ids:
        sent = article.sentences[si]
        here = [c for c in out if sent.start <= c.number.start < sent.end]
        kept = _lower_account(sent, here)
        out = [c for c in out if not any(c is h for h in here) or any(c is k for k in kept)]
    return out


# the death a crowd answers: "in protest against the killing of an albino girl", "protested after police killed a man",
# "demanding justice for A and B, two cadres assassinated in May", "protests due to troubles which caused 4 dead":
# its dead are the cause, not the toll of the protest or the riot (ACLED codes that killing as its own event)
_MOURNING = r"in memory of|in hono(?:u)?r of|to commemorate|commemorating|to mourn|mourning|(?:to pay|paying|in) tribute to"
_DEATH_ANSWERED = re.compile(
    r"\b(?:(?:against|over|about|for|after|following|denounc\w*|condemn\w*|in memory of|commemorat\w*|mourn\w*|"
    r"in (?:response|reaction) to)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:the\s+|a\s+|an\s+)?(?:recent\s+|alleged\s+|brutal\s+)?(?:killings?|murders?|deaths?|assassinations?|lynchings?|"
    r"executions?|shootings?|disappearances?)\s+of\b"
    r"|(?:after|following|because)\s+(?:(?!(?:protesters|demonstrators|rioters|they|crowds?)\b)[\w-]+\s+){1,3}?"
    r"(?:had\s+)?(?:killed|shot dead|murdered|assassinated|lynched|beat to death)\b"
    r"|justice for\b|\b(?:" + _MOURNING + r")\b|\b(?:due to|because of|over)\s+(?:[\w-]+\s+){0,3}?(?:which|that)\s+(?:had\s+)?(?:caused|left|killed))",
    re.IGNORECASE)


# the words of a crowd answering a death, whose clause's date is that death's: "in memory of", "justice for"
_DEATH_MOURNED = re.compile(r"\b(?:" + _MOURNING + r"|justice for|in protest (?:against|over|at)|"
                            r"protest(?:ed|ing|s)? (?:against|over))\b", re.IGNORECASE)
# (and the death or the happening answered told between the phrase and the date: "in memory of three youths killed
# by police in 1990", "to protest against the violence used ... in Gao on Tuesday"; not "demanding justice for their
# classmate ... on 28 April", "protested against the junta in Bamako on 28 April")
_DEATH_WORD = re.compile(r"\b(?:killed|killings?|deaths?|died|murder(?:ed|s)?|assassinat\w+|slain|victims|massacre\w*|"
                         r"uprising|lynch\w*|executed|executions?|violence|repression|crackdown|suppress\w*|supress\w*|"
                         r"attacks?|arrests?|abductions?|kidnappings?)\b", re.IGNORECASE)


def _answered_death(article: Article, c: "_Count") -> bool:
    """Whether a count of a protest or riot lies in the clause naming the death the crowd answers (`_DEATH_ANSWERED`,
    up to the clause's end, `_CLAUSE_END`), unless it counts the crowd itself."""
    sent = article.sentence_at(c.number.start)
    if sent is None or (c.number.counted or "").lower() in _CROWD_DEAD:
        return False  # (the crowd's own dead are its toll: "leaving two protesters dead")
    for m in _DEATH_ANSWERED.finditer(article.text, sent.start, sent.end):
        if m.start() <= c.number.start and not _CLAUSE_END.search(article.text, m.end(), c.number.start):
            return True
    return False


_CROWD_DEAD = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                         "rioter", "rioters", "marcher", "marchers"})
# the answered death's clause ends at ";" or at a new clause joined by a comma ("..., and two rioters were shot dead",
# "..., leaving two dead")
_CLAUSE_END = re.compile(r";|,\s*(?:and|but|while|leaving|killing|wounding|injuring|during which|in which)\b|"
                         r"\b(?:clashed|fought|rioted|stormed|burned|marched)\b", re.IGNORECASE)


_JOINED = re.compile(r"(?:\s+[\w'()-]+){0,3}?\s*(?:,\s*)?(?:and|&)\s+")


def _joined_figures(text: str, a: NumberMention, b: NumberMention) -> bool:
    """Two figures joined by "and" under one verb ("One militant and one VDP were killed"): different people."""
    first, second = (a, b) if a.start < b.start else (b, a)
    end = first.counted_end if first.counted_end > 0 else first.end
    return end <= second.start <= end + 80 and _JOINED.fullmatch(text, end, second.start) is not None


# a herd the object of the killing ("killed three cattle", "killing 40 head of livestock"; not "cattle herders")
_HERD_KILLED = re.compile(r"\s+(?:(?:the|some|several|\d+|" + "|".join(_WORD_NUMBERS) + r")\s+)?(?:[\w-]+\s+)?"
                          + _HERD + r"\b(?!\s*(?:herders?|breeders?|owners?|traders?|"
                          r"keepers?|rustlers?|thie(?:f|ves)|raiders?))", re.IGNORECASE)
_DEATH_TOLD = re.compile(r"(?<!attempted )(?<!attempt of )(?<!to )(?<!not )(?<!nearly )(?<!almost )(?<!could have )"
                         r"\b(?:died|dies|dead|death(?! threats?)|killed|killing|murder(?:ed|s)?|homicide|fatal(?:ly)?|"
                         r"slain|manslaughter|pronounced dead)\b", re.IGNORECASE)
# -- the headline's toll ------------------------------------------------------------------------------------
# "Authorities: 2 dead, 3 injured in Newark shooting", "1 Dead, 6 Hurt After Shooting", "Teen dies in accidental
# shooting": a headline states the toll a body may tell only by names. Read when the body gives no figure.
_HEAD_NUM = r"(?:\d+|" + "|".join(_WORD_NUMBERS) + ")"  # a figure in a headline, in digits or words
_HEAD_FIGURE = re.compile(r"\b(" + _HEAD_NUM + r")\s+"
                          # up to two words of who ("people", "federal agents", "partygoers"), not of a measure
                          r"(?:(?!(?:times|rounds|shots|bullets|years?|months?|days?|weeks?|hours?|minutes?|blocks?|"
                          r"miles?|cars?|homes?|houses?|arrested|charged|held|shootings?|incidents?|attacks?|that|who|"
                          r"which)\b)[^\W\d][\w-]*\s+){0,2}?"
                          r"(?:(?:are|were|reported|left|found|remain)\s+)?(?:\w+ly\s+)?(dead|killed|"
                          r"die|dies|died|slain|hurt|injured|wounded|shot|struck|critical|stable|"
                          r"(?:(?-i:[A-Z])[\w-]*\s+)?(?:shooting\s+)?deaths)\b(?!-)",
                          re.IGNORECASE)
# "3 adults, 5 minors shot": a list of figures under one verb
_HEAD_LIST = re.compile(r"\b(" + _HEAD_NUM + r")\s+[^\W\d][\w-]*\s*,\s*(?:and\s+)?"
                        r"(" + _HEAD_NUM + r")\s+[^\W\d][\w-]*\s+(?:shot|wounded|injured|hurt)\b",
                        re.IGNORECASE)
# "Shooting lands four men in hospital", "sends 3 to the hospital"
_HEAD_TO_HOSPITAL = re.compile(r"\b(?:lands?|sends?|sent|puts?)\s+(" + _HEAD_NUM + r")\s+"
                               r"(?:[^\W\d][\w-]*\s+){0,2}?(?:in|to)\s+(?:the\s+)?hospital\b", re.IGNORECASE)
# "Officer, suspect injured in shooting": two hurt named together; "Man, woman killed in Miami shooting": two dead
_HEAD_PAIR_NOUN = (r"(?:officer|deputy|suspect|man|woman|boy|girl|teen|child|mother|father|son|daughter|gunman|"
                   r"bystander|husband|wife|brother|sister|boyfriend|girlfriend)")
_HEAD_PAIR_HURT = re.compile(r"\b" + _HEAD_PAIR_NOUN + r"\s*,\s*(?:and\s+)?(?:an?\s+)?" + _HEAD_PAIR_NOUN +
                             r"\s+(?:injured|wounded|hurt|shot)\b", re.IGNORECASE)
_HEAD_PAIR_DEAD = re.compile(r"\b" + _HEAD_PAIR_NOUN + r"\s*(?:,|and)\s*(?:an?\s+)?" + _HEAD_PAIR_NOUN +
                             r"\s+(?:killed|dead|slain|shot dead|shot to death|found dead)\b", re.IGNORECASE)
# the figure after its verb: "shootings that injured 5 men", "Man shoots 4 relatives, killing 2, then himself"
_HEAD_VERB_FIGURE = re.compile(r"\b(kill(?:s|ed|ing)?|slay(?:s|ing)?|murder(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)|shoots|shooting|"
                               r"shot)\s+(?:at least\s+)?(" + _HEAD_NUM + r")"
                               r"\b(?!-|\s*(?:times|rounds|shots|bullets|a\.?m|p\.?m|years?|months?|days?|weeks?)\b)",
                               re.IGNORECASE)
_HEAD_THEN_SELF = re.compile(r"\b(?:then|and|before)\s+(?:fatally\s+)?(?:(?:shoots?|shooting|kills?|killing|turns? gun on)"
                             r"\s+)?(?:him|her)?self\b", re.IGNORECASE)
_HEAD_VIOLENT = re.compile(r"\b(?:shot|shoots|shooting|shootings|slain|murder\w*|homicides?|kill(?:s|ed|ing)?|gunfire|"
                           r"gunman|gunmen)\b", re.IGNORECASE)
_HEAD_ONE = re.compile(r"\b(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|student|officer|deputy|trooper|"
                       r"person|father|mother|son|daughter|grandfather|grandmother|husband|wife|victim|juvenile|bystander|"
                       r"suspect|agent|\d+-year-old|"
                       r"(?:[a-z]+-)?year-old)\b(?:\s*,\s*\d{1,2}\s*,)?[^,:;|]{0,40}?\b(?:(killed|dies|died|dead|slain|fatally (?:shot|wounded)|"
                       r"shot (?:and killed|dead|to death))|(shot|wounded|injured|hurt|hospitali[sz]ed|in critical "
                       r"condition|critical|suffers (?:a )?gunshot wound|grazed|recovering))\b", re.IGNORECASE)
_HEAD_SHOT_SOME_FATALLY = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?shot\s*,\s*"
                                     r"(\d+|one|two|three|four)\s+(?:fatally|dead|killed|died|dies|die)\b", re.IGNORECASE)
_HEAD_SELF = re.compile(r"\b(?:shoots|shot|wounds|injures)\s+(?:him|her)?self\b(?![^|]*\b(?:dies|dead|killed|fatal))|\b(?:shoots|shot)\s+"
                        r"(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:brother|sister|son|daughter|friend|cousin|father|mother)\b"
                        r"(?![^|]*\b(?:dies|dead|killed|fatal))", re.IGNORECASE)
# one victim as the object: "Teen accidentally shoots 5-year-old boy in leg", "Brother accidentally shot 12-year-old",
# or of a death noun: "charged in shooting death of 17-year-old"
_HEAD_PERSON = (r"(?:\d+-year-old|[a-z]+-year-old|teen|teenager|boy|girl|man|woman|child|toddler|baby|infant|son|"
                r"daughter|brother|sister|father|mother|wife|husband|(?:best )?friend|girlfriend|boyfriend|juvenile)")
_HEAD_ONE_OBJECT = re.compile(r"\b(?:(shooting death|death|killing|murder|slaying|fatal shooting) of|shoots|shoot|shot|wounds|"
                              r"injures|hospitali[sz]es|shooting of|(?:bullet|gunfire)\s+(?:grazes|hits|strikes))\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?" + _HEAD_PERSON +
                              r"(?:\s+(?:boy|girl|man|woman|son|daughter|child|teen))?\b(?!-)|"
                              r"\b((?:accidental |fatal )?shooting death)\b(?!\s+of\b)", re.IGNORECASE)
# several dead told by a word: "Teens ID'd in double fatal shooting", "victims of suspected murder-suicide"
_MULTI = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTI_WORD = "(" + "|".join(_MULTI) + ")"
_HEAD_MULTIPLE = re.compile(r"\b(?:" + _MULTI_WORD + r"\s+(?:fatal\s+shooting|homicide|murder|killing|slaying)|"
                            r"(murder-suicide))\b", re.IGNORECASE)
# "One of two men shot late Monday in Belle Glade dies"
_HEAD_ONE_OF = re.compile(r"\bone of (?:the )?(" + _HEAD_NUM + r")\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:shot|wounded|injured)\b[^|]{0,60}?\b(?:dies|died|dead|killed)\b", re.IGNORECASE)
# a headline's figure of people shot, which counts the dead among them ("Five people shot"; not "6 others shot")
_HEAD_SHOT_FIGURE = re.compile(r"^\S+\s+(?!others?\b|more\b)(?:[\w-]+\s+){0,2}?shot$", re.IGNORECASE)
_HEAD_ONE_BEFORE_FIGURE = re.compile(r"\b" + _HEAD_PAIR_NOUN + r"\s*,\s*(?:and\s+)?(?=" + _HEAD_NUM + r"\s)",
                                     re.IGNORECASE)
_HEAD_ANOTHER_HURT = re.compile(r"\b(?:another|one other|a second)\s+(?:\w+\s+)?(?:injured|wounded|hurt|shot|"
                                r"hospitali[sz]ed)\b|\b(?:shooting|wounding|injuring)\s+another\b", re.IGNORECASE)
# "opens fire near group of children, hitting one"; "accidentally shooting himself and 1-year-old daughter"
_HEAD_HITTING = re.compile(r"\b(?:hitting|wounding|striking)\s+(" + _HEAD_NUM + r")\b(?!-)", re.IGNORECASE)
_HEAD_SELF_AND = re.compile(r"\bshoot(?:s|ing)?\s+(?:him|her)self\s+and\s+(?:his\s+|her\s+|a\s+)?(?:\d+-year-old\s+)?"
                            r"(?:son|daughter|child|wife|husband|friend|brother|sister|girlfriend|boyfriend)\b", re.IGNORECASE)
# "quadruple shooting": that many shot, the dead among them
_HEAD_MULTI_SHOT = re.compile(r"\b" + _MULTI_WORD + r"\s+shooting\b", re.IGNORECASE)
_HEAD_DEATH = re.compile(r"\b(?:dead|dies|died|death|deadly|killed|killing|fatal\w*|slain|murder\w*|homicide)\b", re.IGNORECASE)


def headline_toll(title: str | None) -> dict[str, tuple[int, str]]:
    """The killed and wounded a headline states ({"killed": (2, "2 dead"), ...}); {} when it states none."""
    out: dict[str, tuple[int, str]] = {}
    if not title:
        return out
    in_condition = 0  # "2 critical, 2 stable": wounded told by their condition, summed
    one_before = _HEAD_ONE_BEFORE_FIGURE.search(title)  # "Man, 3 girls shot in southeast DC": 4
    for m in _HEAD_FIGURE.finditer(title):
        n = _head_number(m.group(1))
        if n <= 0 or n > 500:
            continue
        verb = m.group(2).lower()
        if verb in ("critical", "stable"):
            in_condition += n
            continue
        what = "killed" if verb in ("dead", "killed", "die", "dies", "died", "slain") or verb.endswith("deaths") \
            else "wounded"
        if m.group(2).lower() == "shot" and "killed" not in out:
            if _HEAD_DEATH.search(title) and not re.search(r"\b(?:others?|more)\s+shot\b", m.group(0), re.IGNORECASE):
                continue  # "3 shot, one dies": killed or wounded, the figure alone does not say ("6 others shot": hurt)
            what = "wounded"  # "Five people shot at Memphis apartment complex": no death told, the shot are hurt
        if one_before is not None and one_before.end() == m.start() and what == "wounded":
            n += 1
        out.setdefault(what, (n, m.group(0)))
    if in_condition and "wounded" not in out:
        out["wounded"] = (in_condition, title)
    elif in_condition and re.search(r"\b(?:others?|more)\s+(?:\w+\s+)?(?:injured|wounded|hurt|shot)\b", out["wounded"][1],
                                    re.IGNORECASE):
        # "One person in critical condition, three others injured": 4
        out["wounded"] = (out["wounded"][0] + in_condition, title)
    m = _HEAD_LIST.search(title)
    if m is not None and not _HEAD_DEATH.search(title):
        out["wounded"] = (_head_number(m.group(1)) + _head_number(m.group(2)), m.group(0))
    for rx, n_of in ((_HEAD_TO_HOSPITAL, lambda m: _head_number(m.group(1))), (_HEAD_PAIR_HURT, lambda m: 2)):
        m = rx.search(title)
        if m is not None and "wounded" not in out and n_of(m) > 0:
            out["wounded"] = (n_of(m), m.group(0))
    if not out:
        shot_n = 0
        for m in _HEAD_VERB_FIGURE.finditer(title):
            n, verb = _head_number(m.group(2)), m.group(1).lower()
            if n <= 0 or n > 500:
                continue
            if verb.startswith(("shoot", "shot")):
                shot_n = shot_n or n
            else:
                out.setdefault("killed" if verb.startswith(("kill", "slay", "murder")) else "wounded", (n, m.group(0)))
        if "killed" in out and _HEAD_THEN_SELF.search(title):
            n, phrase = out["killed"]
            out["killed"] = (n + 1, phrase)  # "kills two children, then fatally shoots self"
            shot_n += 1 if shot_n else 0
        if shot_n:
            dead = out.get("killed", (0, ""))[0]
            if shot_n > dead and "wounded" not in out:
                out["wounded"] = (shot_n - dead, title)  # "shoots 4 relatives, killing 2"
    m = _HEAD_SHOT_SOME_FATALLY.search(title)
    if m is not None:
        shot, dead = (_head_number(m.group(1)), _head_number(m.group(2)))
        if 0 < dead <= shot:
            out = {"killed": (dead, m.group(0))}
            if shot > dead:
                out["wounded"] = (shot - dead, m.group(0))
    m = _HEAD_ONE_OF.search(title)
    if m is not None and "killed" not in out:
        shot = _head_number(m.group(1))
        if shot > 1:
            out = {"killed": (1, m.group(0)), "wounded": (shot - 1, m.group(0))}
    if not out and not _HEAD_DEATH.search(title):
        m = _HEAD_HITTING.search(title)
        if m is not None:
            out["wounded"] = (_head_number(m.group(1)), m.group(0))
        elif (m := _HEAD_SELF_AND.search(title)) is not None:
            out["wounded"] = (2, m.group(0))
    m = _HEAD_MULTI_SHOT.search(title)
    if m is not None and not out and not _HEAD_DEATH.search(title):
        out["wounded"] = (_MULTI[m.group(1).lower()], m.group(0))  # "Four arrested in quadruple shooting in Norfolk"
    m = _HEAD_PAIR_DEAD.search(title)
    if m is not None and "killed" not in out:
        out["killed"] = (2, m.group(0))
    m = _HEAD_MULTIPLE.search(title)
    if m is not None and "killed" not in out:
        out["killed"] = (_MULTI.get((m.group(1) or "").lower(), 2), m.group(0))  # (murder-suicide: 2)
    if "killed" not in out and "wounded" in out:
        # "13-year-old boy killed, 6 others shot": the one dead beside the figure of the others
        m = _HEAD_ONE.search(title)
        if m is not None and m.group(1) and m.end() <= title.find(out["wounded"][1]):
            out["killed"] = (1, m.group(0))
    if "killed" in out and "wounded" not in out:
        # "3 people found dead inside home, 4th person critically hurt": one hurt beside the figure of the dead
        after = title.find(out["killed"][1]) + len(out["killed"][1])
        hurt = next((o for o in _HEAD_ONE.finditer(title, after) if o.group(2) and o.group(2).lower() != "shot"),
                    None) or _HEAD_ANOTHER_HURT.search(title, after)  # "Murdering 3 People, Shooting Another"
        if hurt is not None:
            out["wounded"] = (1, hurt.group(0))
    if not out:
        # "15-year-old killed, 13-year-old injured in 9th Ward shooting", "Teen killed, another injured", "Pregnant
        # woman shot, unborn baby killed", "Officer shot, suspect killed": one of each
        ones = list(_HEAD_ONE.finditer(title))
        dead = next((o for o in ones if o.group(1)), None)
        # (two clauses: "Child shot by father dies" is one victim)
        hurt = next((o for o in ones if o is not dead and o.group(2) and re.search(
            r",|\band\b", title[min(o.end(), dead.end()):max(o.start(), dead.start())])), None) if dead is not None else None
        if dead is not None and hurt is None:
            hurt = _HEAD_ANOTHER_HURT.search(title, dead.end())
        if dead is not None and hurt is not None:
            out = {"killed": (1, dead.group(0)), "wounded": (1, hurt.group(0))}
        elif dead is None and not _HEAD_DEATH.search(title):
            # "Girl, 7, grazed by bullet; man shot in leg": two hurt in two clauses
            hurt = [o for o in ones if o.group(2)]
            if len(hurt) >= 2 and re.search(r"[;,]|\band\b", title[hurt[0].end():hurt[1].start()]):
                out = {"wounded": (2, title[hurt[0].start():hurt[1].end()])}
    if not out:
        m = _HEAD_ONE.search(title)
        obj = _HEAD_ONE_OBJECT.search(title) if m is None else None
        death = _HEAD_DEATH.search(title)
        if obj is not None:
            out["killed" if obj.group(1) or obj.group(2) or death else "wounded"] = (1, obj.group(0))
        elif m is not None:
            # one victim: dead when the headline says so anywhere ("3-year-old who was shot at home dies"), unless
            # told hurt in so many words ("Child injured in deadly shootings": others died)
            hurt = m.group(2) is not None and m.group(2).lower() != "shot"
            out["killed" if m.group(1) or (death and not hurt) else "wounded"] = (1, m.group(0))
        elif _HEAD_SELF.search(title) and not death:
            out["wounded"] = (1, _HEAD_SELF.search(title).group(0))  # type: ignore[union-attr]
    return out


# a headline's figure of everyone hurt or killed: a number, then no word or words for people in general
_HEAD_EVERYONE = re.compile(_HEAD_NUM + r"\s+(?:(?:people|"
                            r"persons|victims|others|more|men|women|teens|teenagers|children|kids|adults|boys|girls|"
                            r"students|partygoers|minors|juveniles|total)\s+){0,2}?(?:(?:are|were|reported|left|found|"
                            r"remain)\s+)?(?:\w+ly\s+)?(?:dead|killed|die|dies|died|slain|hurt|injured|wounded|shot|"
                            r"struck)$", re.IGNORECASE)


def headline_shot(title: str | None) -> tuple[int, str] | None:
    """How many a headline says were shot when it also tells a death ("4 shot in fatal shooting", "Four Shot, Man
    Dead"): the dead and the hurt together, which headline_toll leaves unsplit; None when it says no such figure."""
    if not title or not _HEAD_DEATH.search(title):
        return None
    for m in _HEAD_FIGURE.finditer(title):
        n = _head_number(m.group(1))
        if m.group(2).lower() == "shot" and 1 < n <= 500 and _HEAD_SHOT_FIGURE.search(m.group(0)):
            return n, m.group(0)
    m = _HEAD_MULTI_SHOT.search(title)  # "One man dead after triple shooting in Buffalo"
    return (_MULTI[m.group(1).lower()], m.group(0)) if m else None


def _head_number(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw, 0)


# the suicide bombers a text names, who died in their attack: "a female suicide bomber", "three presumed Boko Haram
# suicide bombers", "the two suicide bombers" (two), "the bomber" (not "suicide bombers" of no number, nor a "double
# suicide bombing": how many is not told); the attackers of a suicide attack told by their figure ("a suicide attack
# by two women": two)
_SUICIDE_BOMBERS = re.compile(r"\b(?:(?:the\s+)?(a|an|one|the|" + "|".join(_WORD_NUMBERS) + r"|\d{1,2})\s+"
                              r"(?:[\w-]+\s+){0,3}?suicide\s+bombers?|(the)\s+bomber|"
                              r"suicide\s+(?:attack|bombing|blast)s?\s+(?:carried\s+out\s+|perpetrated\s+|committed\s+)?"
                              r"by\s+(a|an|one|" + "|".join(_WORD_NUMBERS) + r"|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:wom[ae]n|m[ae]n|girls?|boys?|teenagers?|females?|males?|attackers?|assailants?|"
                              r"militants?|bombers?|kamikazes?))\b"
                              # (not a body: "by a militant group", "by a group of men")
                              r"(?!\s+(?:groups?|cells?|factions?|organi[sz]ations?|networks?|of)\b)", re.IGNORECASE)
# the bomber already in the toll, or alive
_BOMBER_COUNTED = re.compile(r"\b(?:including|besides|among them|as well as)\s+(?:the|a|an|one|two|three|\d+)\s+"
                             r"(?:[\w-]+\s+){0,2}?bombers?\b|\bbombers?\s+(?:was|were)\s+(?:\w+\s+)?(?:arrested|captured|"
                             r"detained|apprehended|wounded|injured)\b", re.IGNORECASE)


# the bombers told dead by their own blast, whatever the event's sub-type ("two suicide bombers detonated themselves,
# ... 12 people were killed", "four suicide bombers ... killing themselves"): ACLED counts them among the dead
_BOMBERS_BLEW_UP = re.compile(r"\b(?:blew|blowing|blown)\s+(?:themselves|himself|herself)\s+up\b|"
                              r"\b(?:detonated|detonating|exploded|exploding)\s+(?:themselves|himself|herself)\b|"
                              r"\b(?:killed|killing)\s+themselves\b", re.IGNORECASE)


def _suicide_bombers(text: str, counts: list[_Count]) -> tuple[int, str] | None:
    """How many suicide bombers died in a suicide bombing the text tells, where the toll does not count them yet:
    (number, phrase), or None."""
    m = _SUICIDE_BOMBERS.search(text)
    # (a bomber stopped before his blast leaves the others told dead by their own dead: "four suicide bombers ...
    # killing themselves and one officer. A fifth attacker was shot before detonating": the four)
    stopped = _BOMBER_STOPPED.search(text) is not None and not any(
        "themselves" in b.group(0).lower() for b in _BOMBERS_BLEW_UP.finditer(text))
    if m is None or stopped or _BOMBER_COUNTED.search(text) or any(
            (c.number.counted or "").lower() in ("bomber", "bombers") for c in counts):
        return None
    word = (m.group(1) or m.group(2) or m.group(3)).lower()
    n = int(word) if word.isdigit() else _WORD_NUMBERS.get(word, 1)
    return (n, m.group(0)) if 0 < n <= 10 else None


# a suicide car bomb told as set off ("the assault was initiated by the explosion of a suicide car bomb", "one SVBIED
# detonated against the western gate", "triggered the detonation of a suicide car bomb"): its driver died with it,
# and ACLED counts him among a battle's dead; not a car bomb only told as part of the attack ("initiated by a suicide
# car bomb followed by an armed assault", nor "initiated by the detonation of two suicide car bombs followed by an armed
# assault": the bomb told as the opening move of the assault, whose toll ACLED gives without the drivers), one that
# failed to go off, nor a driver told of on his own
_SUICIDE_CAR_BOMB = re.compile(r"\bsuicide\s+(?:car|truck|vehicle)[\s-]+bomb(?:s|ing)?\b|\bS-?VBIEDs?\b", re.IGNORECASE)
_CAR_BOMB_WENT_OFF = re.compile(r"(?<!failed to )(?<!not )(?<!without )\b(?:detonat(?:ed|ion)|explo(?:ded|sion)|blew up|"
                                r"went off)\b", re.IGNORECASE)
_DRIVER_TOLD = re.compile(r"\b(?:driver|bomber)s?\b", re.IGNORECASE)
_FOLLOWED_BY = re.compile(r"[^.;]{0,40}?\bfollow(?:ed)?\s+by\b", re.IGNORECASE)


def _car_bomb_driver(text: str) -> tuple[int, str] | None:
    """The driver of a suicide car bomb told set off in a battle (see `_SUICIDE_CAR_BOMB`): (1, phrase), or None."""
    m = _SUICIDE_CAR_BOMB.search(text)
    if m is None or _DRIVER_TOLD.search(text) or not _CAR_BOMB_WENT_OFF.search(text) or \
            _FOLLOWED_BY.match(text, m.end()):
        return None
    return 1, m.group(0)


# the parts a total lists after "including", to the end of its clause: "killed three people, including |two volunteer
# fighters (VDP) and one civilian|."
_LIST_OPENS = re.compile(r"\W{0,3}\s*(?:(?:were|was)\s+)?(?:(?:killed|dead)\W{0,3}\s*)?(?:including|among them)\b",
                         re.IGNORECASE)
_LIST_ENDS = re.compile(r"[.;]|\band\s+(?:\w+ed|\w+ing)\b|,\s*(?:when|while|after|as)\b", re.IGNORECASE)


def _listed_whole(article: Article, sent: Sentence, num: NumberMention, after_num: str) -> bool:
    """Is a total of people of no side listed whole by figures after "including" that none of its sentence's verbs
    take on their own ("killed three people, including two volunteer fighters and one civilian")? Then it is a
    count like any other, and other dead told elsewhere ("Four militants were killed when the volunteers repulsed the
    assault") are more dead, not among its people."""
    m = _LIST_OPENS.match(after_num)
    if m is None:
        return False
    lo = sent.end - len(after_num) + m.end()
    stop = _LIST_ENDS.search(article.text, lo, sent.end)
    hi = stop.start() if stop else sent.end
    parts = [n for n in article.numbers if lo <= n.start < hi]
    return len(parts) >= 2 and sum(n.value for n in parts) == num.value and all(
        not n.vague and _count_kind(article.text, n, sent) is None for n in parts)


def _unspecified(c: _Count) -> bool:
    return c.number.vague and "number" in c.number.text.lower()


_LISTED_WITHIN = 60  # characters after a total where the parts it lists lie ("34 militants including two commanders")


def _listed_in(total: _Count, part: _Count) -> bool:
    """Is `part` one of the figures a total lists right after it, in its sentence?"""
    end = total.number.counted_end if total.number.counted_end > 0 else total.number.end
    return part.number.sentence == total.number.sentence and 0 <= part.number.start - end <= _LISTED_WITHIN


# the rules of dead told besides a toll, never in it (and one joined on after a total's aside: "killing four people,
# including a chief, and a child")
# the attackers' own dead told "also" killed in a later sentence ("... killing at least 15 people. Five attackers were
# also killed"): on top of the victims' toll, which news tells without the attackers
_ATTACKERS_ALSO_DEAD = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been)\s+also|also\s+(?:were|have\s+been|had\s+been|died))"
                                  r"(?:\s+(?:killed|shot\s+dead|dead|died)\b|(?<=died))", re.IGNORECASE)
_ADDED_RULES = frozenset({"added", "died-of-wounds", "one-after-the-aside"})


def _tally(counts: list[_Count]) -> dict[str, dict[str, int]]:
    """killed/wounded/... by side; a stated total with 'including' parts is not double-counted."""
    res: dict[str, dict[str, int]] = {}
    for what in ("killed", "wounded", "abducted", "arrested", "shot"):
        cs = [c for c in counts if c.what == what]
        # "an unknown number of militants were killed ... fatalities coded as 10": the conventional 3 of an
        # unspecified number stands in only where the text gives no figure for its side ("one soldier was killed,
        # an unspecified number of assailants were also killed": 1 + 3)
        figured = {c.side for c in cs if not _unspecified(c)}
        cs = [c for c in cs if not _unspecified(c) or not (figured & {c.side, "unknown"} or (
            c.side == "unknown" and figured))]
        by_side: dict[str, int] = {"state": 0, "attackers": 0, "civilians": 0, "unknown": 0}
        totals = [c for c in cs if c.total]
        # (the dead told as more than a toll, "the two wounded later succumbed", come on top of a total told before
        # them; a total told after them holds them: "... one soldier succumbing to his wounds. 5 fatalities total")
        extra = [c for c in cs if not c.total and c.rule in _ADDED_RULES
                 and all(t.number.start < c.number.start for t in totals)]
        parts = [c for c in cs if not c.total and c not in extra]
        for c in parts:
            by_side[c.side] += int(c.number.value)
        # a total of others holds its own parts only, and comes on top of the dead told before it ("killed a trader.
        # Eight others, including two children, were also killed": 1 + 8, the two among the eight; like `extra`, a
        # total told after it holds it)
        besides = [t for t in totals if t.besides and all(o.number.start < t.number.start for o in totals if o is not t)]
        totals = [t for t in totals if not any(t is b for b in besides)]
        on_top: dict[str, int] = {}
        # (the parts told after it are its own: "four others, including a woman, were injured. Three were taken to
        # hospital" are four)
        taken: set[int] = set()
        for b in besides:
            own = [c for c in parts if id(c) not in taken and (_listed_in(b, c) or (
                c.number.start > b.number.start and c.side in (_own_side(b), "unknown") and not c.besides))]
            taken |= {id(c) for c in own}
            for c in own:
                by_side[c.side] -= int(c.number.value)
            on_top[_own_side(b)] = on_top.get(_own_side(b), 0) + max(int(b.number.value),
                                                                      sum(int(c.number.value) for c in own))
        # a total of one side holds that side's parts and the figures of no side that it lists ("9 gendarmes and 6
        # civilians, including a nurse", "34 militants including two commanders"; not "killed six militants ...,
        # MSA also acknowledged three dead"); a total of no side, everyone's
        for side in ("state", "attackers", "civilians"):
            own = [t for t in totals if _own_side(t) == side]
            if not own:
                continue
            top = max(own, key=lambda t: t.number.value)
            listed = sum(int(c.number.value) for c in parts if c.side == "unknown" and _listed_in(top, c))
            if top.number.value >= by_side[side] + listed:
                by_side[side], by_side["unknown"] = int(top.number.value), by_side["unknown"] - listed
        totals = [t for t in totals if _own_side(t) == "unknown"]
        if totals:
            total = int(max(t.number.value for t in totals))
            known = sum(by_side.values())
            if total > known:
                by_side["unknown"] += total - known
        for c in extra:
            by_side[c.side] += int(c.number.value)
        for side, n in on_top.items():
            by_side[side] += n
        res[what] = by_side
    # the people shot who did not die were wounded, where the text gives no greater number of wounded
    shot, killed = sum(res.pop("shot").values()), sum(res["killed"].values())
    # (the hurt of the other sex than all those shot are others: "three men were shot, one fatally, and a woman was
    # hurt" are three wounded)
    shot_sexes = {_sex_of(c.number.counted) for c in counts if c.what == "shot"}
    hurt_sexes = {_sex_of(c.number.counted) for c in counts if c.what == "wounded"}
    if shot - killed > 0 and shot_sexes and hurt_sexes and None not in shot_sexes | hurt_sexes \
            and not shot_sexes & hurt_sexes:
        res["wounded"]["unknown"] += shot - killed
    elif shot - killed > sum(res["wounded"].values()):
        res["wounded"]["unknown"] += shot - killed - sum(res["wounded"].values())
    return res


# -- dates ----------------------------------------------------------------------------------------------
def _lead_in(article: Article, draft: _Draft) -> list[int]:
    """The sentences that set the scene of a draft: those before its first sentence back to the previous
    happening's (or the article's) start, nearest first ("On 6 June, bandits entered Kayawa. Villagers
    responded and killed one of them.": the day and the village are told before the trigger)."""
    return list(range(draft.sentences[0] - 1, draft.lead_from - 1, -1))


def _usable_dates(article: Article, sentences: Iterable[int]) -> list[DateMention]:
    wanted = set(sentences)
    cands = [d for d in article.dates if d.sentence in wanted and d.date_start is not None
             and not d.rule.startswith("future") and d.precision <= 3 and
             (d.date_end is None or (d.date_end - d.date_start).days <= 40)]
    if article.published:
        cands = [d for d in cands if d.date_start is not None and d.date_start <= article.published]
    return cands


def _event_date(article: Article, draft: _Draft, *, foreign_trigger: bool = False) -> tuple[DateMention | None, bool]:
    """The date mention of the event, and whether it is only a report/claim date that bounds the event
    (`foreign_trigger`: the draft's trigger word is not the event's own, see `_dates_the_cause`)."""
    # the day the thing happened, not the day someone said so ("said on Monday that ... late on Sunday"), nor a
    # date that names another happening ("the leader of the March 2012 coup")
    cands = [d for d in _usable_dates(article, draft.sentences)
             if not (_DATE_NAMES.match(article.text, d.end) and not _own_day(article, draft, d))
             # (but a date of the happening that is the harm's own: "the Monday attack on Tamou killed five",
             # "five soldiers killed in the Sunday ambush", `_dates_the_harm`)
             and not (_attributive(article.text, d) and not _dates_the_harm(article.text, d))
             and not d.text.lower().startswith("since")  # "submitted since November 23": when a state began
             # (nor an earlier occasion the happening is likened to: "as they had already done in early May")
             and not _compared_occasion(article, d)
             and not _dates_the_cause(article, draft, d, foreign_trigger)]
    if not cands:
        # the day told in the scene-setting sentences before the trigger, nearest first
        for i in _lead_in(article, draft):
            earlier = [d for d in _usable_dates(article, (i,)) if not _is_report_date(article, d)
                       and not _dates_the_cause(article, draft, d, foreign_trigger)]
            if earlier:
                return min(earlier, key=lambda d: (d.precision, d.start)), False
        return None, False
    first_sentence = draft.sentences[0]
    cands = [d for d in cands if not _NAMED_AFTER_DATE.search(article.text, d.start - 20 if d.start >= 20 else 0, d.start)
             ] or cands
    # the sentence's opening date ("On 11 August 2020, ...") tells when; a later one in the clause may be another
    # (but not an opening date of a report that tells the happening's own day after: "On May 3, it was reported that
    # gunmen killed five villagers on April 30", "On Tuesday, police said ... on Saturday")
    told_later = {d.start for d in cands if _report_opening_date(article, d) and any(
        o.sentence == d.sentence and o.start > d.end and o.precision == 1 for o in cands)}
    cands.sort(key=lambda d: (_is_report_date(article, d) or d.start in told_later, d.sentence != first_sentence,
                              not _OPENING_DATE.fullmatch(article.text, article.sentences[d.sentence].start, d.start)
                              # (a possessive opens a noun, not the sentence's time: "Last week's storm destroyed
                              # houses, and on Monday police killed two protesters")
                              or _POSSESSIVE_DATE.search(d.text) is not None,
                              d.precision, d.rule in _RELATIVE_RULES,  # "yesterday [26 April]": the day named
                              abs(d.start - draft.trigger_span[0])))
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


# what opens a clause telling the happening the event answers, or the one its actors are held for ("in response to
# Boko Haram's attack on Gueskerou on June 17", "arrested for involvement in the abduction ... last month")
_CAUSE_STRONG = re.compile(r"\b(?:in\s+response\s+to|in\s+retaliation\s+(?:for|against|to)|(?:in|as\s+(?:a\s+)?)reprisals?"
                           r"\s+(?:for|of|against)|(?:in|as)\s+revenge\s+(?:for|of)|to\s+avenge|responsible\s+for|"
                           r"involvement\s+in|accused\s+of|suspected\s+of|in\s+protest\s+(?:against|over|at))\b",
                           re.IGNORECASE)
# a sentence whose subject is the happening told before it, saying what came first: "This followed the arrest of two
# union leaders on May 10", "It came after an attack on Sunday" (a capital: the sentence's own subject, not "the army
# said it followed the militants on Monday")
_CAUSE_FOLLOWED = re.compile(r"\b(?-i:This|It)\s+(?:(?:came|comes|happened|occurred)\s+(?:just\s+|shortly\s+)?after|"
                             r"follow(?:ed|s))\b", re.IGNORECASE)
# "following violent protests on Apr.10", "after three tourists were killed in February": another happening, unless
# the clause names the harm itself ("killed following an attack on Tuesday": the attack is the event)
_CAUSE_WEAK = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of)\b", re.IGNORECASE)
# ... but a harm told as another one is not the event's own: a time between them ("on Sunday, a week after an attack
# on 8 March", "days after an ambush on Friday") or a word that makes it another ("after a similar attack on Monday",
# "following another raid last week")
_CAUSE_OTHER_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|\d+)?"
                                 r"\s*(?:days?|weeks?|months?|hours?)\s+$", re.IGNORECASE)
_CAUSE_OTHER_AFTER = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:similar|previous|earlier|prior|separate|another)\b",
                                re.IGNORECASE)
# a relative clause told in the passive or the past perfect, or "having been", after the event's own verb: what had
# happened to the people or things before ("demanded the release of two students who were arrested the previous
# week", "the agreement that was signed May 15th", "a Frenchman killed by AQIM, having been kidnapped in April")
# (the participle after an adverb, "who were then executed"; not a word that only ends so: then, seven, children; or
# the plan told of the noun, "a conference that was meant to be held in 2015", "a vote that was due in May")
_CAUSE_RELATIVE = re.compile(r"\b(?:(?:who|whom|which|that|whose\s+[\w-]+)\s+(?:had\s+been|had|was|were|has\s+been|"
                             r"have\s+been)|having\s+been)\s+(?:(?:\w+ly|then|later)\s+)?"
                             r"(?!(?:then|when|even|often|seven|eleven|children|women|men)\b)(?:[a-z]+(?:ed|en)|meant|due)\b",
                             re.IGNORECASE)
# the same told in the active past, a relative pronoun or a pronoun subject right after the noun ("the rebel group
# that assaulted army camps on May 23 signed an accord", "the attack which left 19 people dead in March 2016", "released
# the woman they kidnapped in January"): what the noun's people or things did or underwent before (not a death of the
# event's own: "a man who died on Sunday"; the event's own trigger in the clause keeps the day, `_dates_the_cause`)
# "back in October", "back in 2012": a time the text sets well before its news, an earlier happening's
_LONG_AGO = re.compile(r"\bback\s+$", re.IGNORECASE)
# a clause opened by "since" tells when a state began ("25 fighters, held captive since fighting broke out in Gao last
# week, were released"), not the happening's day (a date phrase that itself opens with "since" is left out before)
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'-]+\s+){1,8}", re.IGNORECASE)
_PERFECT_PARTICIPLE = re.compile(r"having\s+been\b", re.IGNORECASE)
_CAUSE_RELATIVE_ACTIVE = re.compile(r"\b(?:(?:who|which|that)\s+(?:(?:\w+ly|then|later|had)\s+)?|(?-i:[a-z]+)\s+(?:they|he|she)\s+"
                                    r"(?:had\s+)?)(?!(?:died|succumbed|passed|need|seed|feed|speed|bleed|breed)\b)"
                                    r"(?:[a-z]+ed|left|took|hit|struck|fought|shot|led|made)\b", re.IGNORECASE)
# what had happened before to the people or things the event is about, told by a participle right after them or after
# a comma ("released the 32 hostages taken on May 17", "the release of leaders arrested on 11 January", "the new
# government, formed on April 21"), or a happening "of" a day ("the twin suicide attacks of 23 May"): that day, not
# the event's (not the event's own verb: "two soldiers abducted on Monday" keeps its day, `_dates_the_cause`)
_CAUSE_REDUCED = re.compile(r"(?:^|\b(?!(?:and|or|but|then|who|whom|which|that|was|were|been|be|is|are|had|has|have|they|"
                            r"he|she|it|we|also|being|others?|more)\b)[A-Za-z]+\s+)(?:(?:later|first|previously|earlier)\s+)?"
                            r"(?:taken|formed|proclaimed|kidnapped|abducted|detained|arrested|signed|declared|"
                            r"captured)\b|\b(?:attacks|hostilities|events|killings|massacres?|clashes)\s+of\s+(?:the\s+)?$",
                            re.IGNORECASE)
_HARM_WORDS = (r"attack|assault|ambush|raid|clash|fight|explosi|blast|ied|mine|bomb|strike|struck|shoot|shot|gunfire|"
               r"fire|hit")
_CAUSE_HARM = re.compile(r"\b(?:" + _HARM_WORDS + ")", re.IGNORECASE)
# what someone is held for, a strong cause only where the clause names a happening ("arrested for involvement in the
# abduction of two nurses last month"); ties or traits are no happening with a day of their own ("arrested three men
# suspected of links to AQIM in Nouadhibou on Monday": Monday is the arrest's day)
_HELD_FOR = re.compile(r"responsible\s+for|involvement\s+in|accused\s+of|suspected\s+of", re.IGNORECASE)
_HELD_FOR_DEED = re.compile(r"\b(?:kill|murder|abduct|kidnap|assassinat|loot|burn|rob|rap(?:e|ing)|massacre|execut|"
                            r"reprisal|violence|crime|tortur|beat|lynch|" + _HARM_WORDS + ")", re.IGNORECASE)


# a participle with no object after it, a passive one ("two herders kidnapped on 25 December"; not the active "gunmen
# abducted two soldiers on Monday")
# (nor one a finite verb follows: "Those arrested were released Friday", the participle describes the subject)
_NO_OBJECT = re.compile(r"\s*(?:$|(?:on|in|at|near|by|from|during|since|last|this|overnight|yesterday|were|was|are|is|had|"
                        r"have|has|will|would)\b)", re.IGNORECASE)


_MAIN_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:(?:later|then|subsequently|"
                                  r"reportedly|allegedly|found)\s+){0,2}$", re.IGNORECASE)


def _main_verb_after(article: Article, draft: _Draft, d: DateMention) -> bool:
    """Whether the sentence goes on, after the date, with violence told by the subject's own passive verb (the main
    clause after a clause that describes its subject: "... was found beheaded", "... were later executed"; not "in
    an attack on their post", which may be the clause's own happening)."""
    s = article.sentences[d.sentence]
    return any(t.family == "violence" and sp[0] >= d.end
               and _MAIN_PASSIVE_BEFORE.search(article.text, max(d.end, sp[0] - 40), sp[0])
               for t, sp in _sentence_triggers(s))


# a verb that makes the violence before it the subject of a comparison in time ("The attack came a day after an
# assault on 15 March"): the sentence's own violence is the one told before, and the one after is its own happening
_CAME = re.compile(r"\b(?:came|comes|happened|happens|occurred|occurs|took\s+place)\b", re.IGNORECASE)


def _violence_told_before(article: Article, d: DateMention, c0: int) -> bool:
    """Whether the sentence of date `d` tells a happening of its own before `c0` (the start of an "after" clause):
    "Gunmen killed three people on Sunday, a week after ...", "Militants burned a school on Sunday after another
    raid ..." (not "The attack came a day after ...")."""
    s = article.sentences[d.sentence]
    return any(s.start <= sp[0] < c0 and not _CAME.search(article.text, sp[1], c0)
               for t, sp in _sentence_triggers(s))


def _dates_the_cause(article: Article, draft: _Draft, d: DateMention, foreign_trigger: bool = False) -> bool:
    """A date told in the clause of the happening the event answers ("In response to Boko Haram's attack on
    Gueskerou on June 17, the army launched operations from June 18 - 23"), not inside the event's own trigger's
    clause: that happening's day, not the event's. With `foreign_trigger` (a labelled note's kind is not the
    trigger's: "Agreement: the group released the hostages taken on May 17") the trigger word is no event's own, so
    a clause holding it keeps no day for the event."""
    family = None if foreign_trigger else draft.trigger.family
    seg_start = _clause_start(article, d)
    seg = article.text[seg_start:d.start]
    for pat, weak in ((_CAUSE_STRONG, False), (_CAUSE_FOLLOWED, False), (_CAUSE_WEAK, True), (_CAUSE_RELATIVE, False), (_CAUSE_REDUCED, False),
                      (_CAUSE_RELATIVE_ACTIVE, False), (_LONG_AGO, False), (_SINCE_CLAUSE, False)):
        m = None
        for m in pat.finditer(seg):
            pass
        if m is None:
            continue
        c0 = seg_start + m.start()
        if pat is _CAUSE_STRONG and _HELD_FOR.fullmatch(m.group(0)) and not (
                _HELD_FOR_DEED.search(article.text, c0 + len(m.group(0)), d.start)
                or any(c0 <= sp[0] < d.start for _, sp in _sentence_triggers(article.sentences[d.sentence]))):
            continue  # held for ties, not for a happening: "suspected of links to AQIM in Nouadhibou on Monday"
        if pat is _CAUSE_REDUCED and not _NO_OBJECT.match(seg, m.end()):
            continue  # a participle with an object is an active verb: "gunmen abducted two soldiers on Monday"
        # (unless the clause only describes the victim and the main verb after it tells other violence: "a trader who
        # was kidnapped last week was found beheaded", the beheading's day is not the kidnapping's)
        described = pat in (_CAUSE_RELATIVE, _CAUSE_REDUCED) and _main_verb_after(article, draft, d)
        # (a harm told as another one, when the sentence has told its own violence before: "killed three people on
        # Sunday, a week after a similar attack on 8 March", even where "attack" is the word the draft was found by)
        other = weak and (_CAUSE_OTHER_BEFORE.search(article.text, max(0, c0 - 25), c0) is not None
                          or _CAUSE_OTHER_AFTER.match(article.text, seg_start + m.end()) is not None
                          # (or the sentence's own day told before the clause: "killed five militants on Friday
                          # following an attack on their base on 12 March")
                          or any(o.start < c0 and o.start >= article.sentences[d.sentence].start and o is not d
                                 and o.precision == 1 for o in _sentence_dates(article, d.sentence)))
        if other and not _violence_told_before(article, d, c0):
            other = False
        if c0 <= draft.trigger_span[0] < d.start and not described and not foreign_trigger and not other:
            continue  # the event's trigger is in the clause: "accused of ... was kidnapped by armed men on 16 May"
        if weak and _CAUSE_HARM.search(article.text, c0, d.start) and not other:
            continue
        if pat is _CAUSE_RELATIVE and not described and family == "violence" and not _PERFECT_PARTICIPLE.match(
                m.group(0)) and any(rx.search(m.group(0)) for _, rx in _KINDS):
            continue  # the victims of the event itself: "killed a soldier, and two others who were wounded on Sunday"
            # (not "having been kidnapped in April": a perfect participle tells what came before the main verb)
        if pat is _CAUSE_RELATIVE_ACTIVE and family == "violence" and _CAUSE_HARM.match(
                m.group(0).split()[-1]):
            continue  # the event's own violence told of its doers: "repelled militants who attacked their post on 5 March"
        if pat is _CAUSE_RELATIVE and 0 <= c0 - draft.trigger_span[1] <= 20:
            continue  # the clause tells the event's own word: "the peace accord that was signed on 15 May"
        return True
    return False


_POSSESSIVE_DATE = re.compile(r"['’]s?$")
# a reporting clause right after a sentence's opening date: "On May 3, it was reported that", "On Tuesday, police
# said", "On 12 June, the army announced that" (the day of the report, not always of what it tells)
_REPORT_AFTER_DATE = re.compile(r"\s*,\s*(?:it\s+was\s+(?:reported|announced|confirmed|claimed|learned|learnt)|"
                                r"(?:[\w'-]+\s+){1,4}?(?:said|says|reported|announced|confirmed|claimed|told|stated))\b",
                                re.IGNORECASE)


def _own_day(article: Article, draft: _Draft, d: DateMention) -> bool:
    """A day's possessive right before the draft's own trigger names the event's day: "Sunday's attack on the army
    post killed 12 soldiers" (not a year or a month that names another happening: "the March 2012 coup"); so does a
    day before the happening that is the harm's subject or the one it was done in ("the Monday attack on Tamou killed
    five", "soldiers killed in the Sunday ambush", `_dates_the_harm`)."""
    if d.precision == 1 and 0 <= d.sentence < len(article.sentences) \
            and article.sentences[d.sentence].start <= draft.trigger_span[0] < article.sentences[d.sentence].end \
            and _dates_the_harm(article.text, d):
        return True  # (the harm of the draft's own sentence: not "... the Monday attack on Tamou killed three" after it)
    return d.precision == 1 and _POSSESSIVE_DATE.search(d.text) is not None \
        and not article.text[d.end:draft.trigger_span[0]].strip()


def _report_opening_date(article: Article, d: DateMention) -> bool:
    """Whether `d` opens its sentence and a reporting clause follows it ("On Tuesday, police said ...")."""
    return bool(_OPENING_DATE.fullmatch(article.text, article.sentences[d.sentence].start, d.start)
                and _REPORT_AFTER_DATE.match(article.text, d.end))


_RELATIVE_RULES = frozenset({"today", "tonight", "yesterday", "last-night", "overnight", "day-before-yesterday",
                             "weekday-before-published"})
# a date that is part of a name: "the Movement of June 5", "the March 2012 coup", "the 2015 peace agreement"
_NAMED_AFTER_DATE = re.compile(r"\b(?-i:[A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
_DATE_NAMES = re.compile(r"\s*(?:-\s*)?(?:Movement|movement|coup|Coup|Revolution|revolution|accords?|Accords?|"
                         r"agreements?|Agreement|elections?|referendum|massacre|attacks?)\b")
_OPENING_DATE = re.compile(r"\W*(?:(?:On|Around|About|Between|From|Overnight|In|During|Late|Early|By|Since|Starting|"
                           r"Beginning)\b[^,.;]{0,20}?)?\s*", re.IGNORECASE)


# -- actors ---------------------------------------------------------------------------------------------
# an active verb whose object is the violence word, with the other side after it: "the army exchanged gunfire with
# JNIM militants", "traded fire with", "engaged in heavy fighting with" (its subject first, as ACLED orders the sides;
# not "an MSA patrol and ISGS militants exchanged gunfire", where neither side is the subject alone)
_FIRE_TRADED_BEFORE = re.compile(r"\b(?:exchanged|traded|engaged\s+in)\s+(?:(?:heavy|intense|sporadic|brief|small[- ]arms)\s+)?$",
                                 re.IGNORECASE)
_WITH_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)
_ACTIVE_VERB = re.compile(r"^(?:(?-i:[a-z]\w*ed)|fought|overran|stormed|struck|hit|shot|attack(?:s|ing)?|ambush(?:es|ing)?|"
                          r"raid(?:s|ing)?|kill(?:s|ing)?|launched|carried out|opened fire|"
                          # (a town's taking: "FAMa and Wagner forces took control of Kidal")
                          r"(?:re|over)?took|drove|won)\b", re.IGNORECASE)
_AGENT_AFTER = re.compile(r"^\W{0,2}(?:\w+\W+){0,3}?by\s+(?:the\s+)?(?:(?:presumed|suspected|alleged)\s+)?[\"“']?$",
                          re.IGNORECASE)


# an attack the subject underwent, not one it made: "subjected to a complex ambush", "came under heavy fire"
_UNDERGONE_BEFORE = re.compile(r"\b(?:subjected to|(?:c[ao]mes?|coming) under|(?:was|were) the (?:target|victims?) of)\s+(?:an?\s+|the\s+)?"
                               r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# an attack's noun after its article, the kind between or not: "killed in ambush", "following an attack", "killed in a
# gun attack", "an early-morning raid", "a complex ambush" (a noun, not a verb whose subject is before it); or its day
# or time of day between: "killed in the Monday ambush", "in Sunday's raid", "the morning attack", "the 3 March ambush"
_KIND_OF_ATTACK_BEFORE = re.compile(r"\b(?:in|an?|the|during|following|after)\s+(?P<kind>(?:gun|armed|deadly|suicide|rocket|"
                                    r"mortar|coordinated|complex|fresh|new|major|night|dawn|pre-dawn|early-morning|"
                                    r"bomb|grenade|knife|machete|drone|surprise|twin|double|separate|second|third|"
                                    r"similar|failed|foiled|large-scale|massive|brazen|bloody|violent|fierce|heavy|"
                                    r"overnight|(?:" + "|".join(WEEKDAY_NAMES) + r")(?:['’]s)?|morning|"
                                    r"afternoon|evening|night-?time|midnight|weekend|"
                                    r"\d{1,2}\s+(?-i:[A-Z][a-z]+)|(?-i:[A-Z][a-z]+)\s+\d{1,2}|\d{4})\s+){0,2}$",
                                    re.IGNORECASE)


# (the side's gloss or partner and an adverb, before the verb)
_FOUGHT_OFF_LEAD = (r"(?:\s+(?:[\w-]+|\([^()]{1,30}\))){0,4}?\s+(?:(?:reportedly|successfully|later|then|quickly|also)"
                    r"\s+)?")
# what a side did to an attack whose doers come next: "(VDP) repelled an attack by", "(the Dozos) successfully fended
# off a raid by", "(Koglweogo members) thwarted an attempted attack by" (its gloss or partner may come between)
_FOUGHT_OFF_ATTACK_BY = re.compile(_FOUGHT_OFF_LEAD + r"(?:repelled|repulsed|foiled|thwarted|fended\s+off|fought\s+off|"
                                   r"beat\s+back|pushed\s+back|drove\s+(?:back|off))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:attacks?|assaults?|raids?|incursions?|ambush(?:es)?|offensive)\s+(?=by\s)",
                                   re.IGNORECASE)


_FOUGHT_OFF_VERB = re.compile(_FOUGHT_OFF_LEAD + r"(?:repelled|repulsed|fended\s+off|fought\s+off|beat\s+back|pushed\s+back|"
                              r"drove\s+(?:back|off)|chased\s+(?:off|away))\s+", re.IGNORECASE)
_ATTACKERS_QUALIFIERS = re.compile(r"(?:(?:the|some|several|a\s+group\s+of|unknown|unidentified|suspected|presumed|"
                                   r"armed)\s+)*", re.IGNORECASE)
_ATTACKED_WHO_AFTER = re.compile(r"\s*,?\s*(?:who|that)\s+(?:had\s+)?(?:\w+ly\s+)?(?:attacked|raided|stormed|targeted|"
                                 r"tried\s+to|attempted\s+to)\b", re.IGNORECASE)


_OPERATION_VERB_BEFORE = re.compile(r"\b(?:carried out|launched|conducted|staged|mounted|perpetrated)\s+$",
                                    re.IGNORECASE)


def _fought_off(article: Article, draft: _Draft,
                mentions: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """The attackers and the armed group or militia that turned their attack back, where the lead sentence names both
    that way: "Koglweogo members repelled an attack by gunmen on the village" (the gunmen started it, named or not;
    the Koglweogo are the side attacked, not the doers); None otherwise."""
    s = article.sentences[draft.sentences[0]]
    here = sorted((a for a in mentions if a.sentence == s.index and a.inter in (1, 2, 3, 4, 8)), key=lambda a: a.start)
    # (a militia's or a group's: the state's forces that turned an attack back keep the order the rest of the coder
    # gives them, as ACLED's own notes order them either way: "Malian soldiers repelled an attack by JNIM")
    for a in (a for a in here if a.inter in (2, 3, 4)):
        fought_off = _FOUGHT_OFF_ATTACK_BY.match(article.text, a.end, s.end)
        if fought_off is None:
            # ... or the attackers its object, their attack told by a relative clause: "Dozo hunters repelled gunmen
            # who attacked the village"
            verb = _FOUGHT_OFF_VERB.match(article.text, a.end, s.end)
            agent = next((b for b in here if verb is not None and b.start >= verb.end()
                          and _ATTACKERS_QUALIFIERS.fullmatch(article.text, verb.end(), b.start)
                          and _ATTACKED_WHO_AFTER.match(article.text, b.end, s.end)), None)
            if agent is not None and agent.actor != a.actor:
                return agent, _first_of_pair(article, here, a)
            continue
        agent = next((b for b in here if b.start >= fought_off.end()
                      and _BY_WHOM_BEFORE.search(article.text, fought_off.end(), b.start)), None)
        if agent is not None and agent.actor != a.actor:
            return agent, _first_of_pair(article, here, a)
    return None


# a partner named in the phrase a sentence opens with (after a dateline): "In coordination with the Federal Government
# of Somalia, U.S. Africa Command conducted an airstrike", "With the support of French forces, the army ..." (the
# subject comes after it, not the partner)
_ALLY_OPENING = re.compile(r"(?:^|^[^.!?]{0,60}?\s[-—–]\s+)(?:(?i:in)\s+(?:coordination|cooperation|co-operation|"
                           r"collaboration|partnership|conjunction)\s+with|(?i:with)\s+(?:the\s+)?(?:support|help|"
                           r"assistance|backing)\s+(?:of|from)|(?i:backed|supported|assisted)\s+by|(?i:alongside))"
                           r"\s+(?:the\s+)?$")


def _initiator(article: Article, draft: _Draft, mentions: list[ActorMention],
               relatives: bool = False) -> ActorMention | None:
    """Who started it, from the lead sentence's grammar: "in an attack by X" / "X attacked" / "X said they had
    killed"; None when the sentence does not say. Attack words are read before killing words, and a passive
    verb ("were killed") has no subject to read. With `relatives` (of a fight between two sides), a side the main
    clause acts on whose own deed a relative clause tells is no initiator (see below)."""
    s = article.sentences[draft.sentences[0]]
    # (people taken and then killed: the taking tells who did it, "5 men were detained by Malian soldiers")
    families = ("violence", "arrests") if draft.trigger.family == "arrests" else ("violence",)
    hits = [(t, sp) for t, sp in _sentence_triggers(s) if t.family in families]
    hits.sort(key=lambda h: (h[0].name == "massacre", h[1][0]))
    here = sorted((a for a in mentions if a.sentence == s.index and a.inter != 7
                   and not _SOURCE_BEFORE.search(article.text, max(s.start, a.start - 20), a.start)
                   and not _ALLY_OPENING.search(article.text, s.start, a.start)), key=lambda a: a.start)
    # a side the main clause acts on, whose own deed a relative clause tells ("the army routed rebels who had
    # ambushed a patrol", "forces killed two militants who were trying to attack the camp"): the object, not who
    # started this happening
    # (not a passive's agent: "soldiers were killed by assailants who ambushed a convoy")
    here = [a for a in here if not relatives or not _RELATIVE_OBJECT.match(article.text, a.end, s.end)
            or _BY_WHOM_BEFORE.search(article.text, max(s.start, a.start - 40), a.start) is not None
            or not any(b.end <= a.start and not re.search(r"[.;]", article.text[b.end:a.start]) for b in here)]
    # the side that claimed the attack it names, as its subject: "JNIM claimed an ambush against a Dozo convoy, killing
    # several" (not the side the ambush was against)
    claimed = next((a for a in here if _CLAIMED_DEED_AFTER.match(article.text, a.end, s.end)), None)
    if claimed is not None:
        return claimed
    # a headline's doers before its killing verb in the present: "Jihadists kill 15 soldiers in Borno base attack",
    # "Soldiers kill 12 militants in raid" (the attack word after them does not make the ones killed its subject)
    if here and (doers := _HEADLINE_DOERS_AT.match(article.text, here[0].start)) is not None \
            and doers.end() <= here[0].end + 1:
        return here[0]
    # the subject of an operation verb: "French forces conducted an operation ...", "JNIM militants ambushed ..."
    for a in here:
        op = _OPERATION_AFTER.match(article.text, a.end, min(s.end, a.end + 60))
        if op and not _PASSIVE_AFTER.match(article.text, op.end()) and not _BE.search(op.group(0)) \
                and not _REPORTING.search(op.group(0)) and not _OWN_SUBJECT_CLAUSE.search(op.group(0)) \
                and not any(a.end <= b.start < op.end() and b.inter != 7 and _SUBORDINATE.search(article.text, a.end, b.start)
                            for b in here if b is not a):
            # (not the source of a report, nor the subject of a clause before another side's: "The army said
            # militants attacked ...", "the army intervened after Fulani militiamen attacked ..."; an ally or a
            # part between stays the subject's: "the army supported by Dogon militiamen clashed")
            return _first_of_pair(article, here, a)
    for _, (t0, t1) in hits:
        # passive or nominal: "killed in an attack by Islamic State militants", "a drone strike by the army"
        agent = _agent_after(article, t1, here)
        if agent is not None:
            return agent
        before_text = article.text[max(s.start, t0 - 12):t0]
        if re.search(r"\b(?:was|were|been|being|be|is|are)\s+$", before_text):
            continue
        noun = _KIND_OF_ATTACK_BEFORE.search(article.text, max(s.start, t0 - 40), t0)
        if noun and not (noun["kind"] and _OPERATION_VERB_BEFORE.search(article.text, max(s.start, noun.start() - 30),
                                                                          noun.start())):
            continue  # a noun: "killed in ambush", "following an attack", "died in a gun attack" (but the kind of one
            # its doers carried out reads on to them: "militants carried out a complex attack")
        if _UNDERGONE_BEFORE.search(article.text, max(s.start, t0 - 40), t0):
            continue  # what the subject underwent: "a MINUSMA convoy was subjected to a complex ambush"
        if _HARM_PARTICIPLE.fullmatch(article.text, t0, t1) and (re.search(
                r"(?:\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens))\s+$",
                before_text, re.IGNORECASE) or _COUNTED_VICTIM_BEFORE.search(
                article.text, max(s.start, t0 - 40), t0) and not _ACTIVE_OBJECT.match(article.text, t1)):
            continue  # a toll's participle: "Attack on two FAMa checkpoints ... 1 killed and 3 wounded", "1 soldier
            # killed and 4 wounded"
        if _HARM_PARTICIPLE.fullmatch(article.text, t0, t1) and _PASSIVE_AFTER.match(article.text, t1) \
                and not _ACTIVE_OBJECT.match(article.text, t1):
            continue  # "US troops reportedly killed in ambush by ISGS": a participle with no object is passive
        if _ACTIVE_VERB.match(article.text[t0:t1]) or re.search(r"\b(?:had|have|has)\s+$", before_text) \
                or _FIRE_TRADED_BEFORE.search(article.text, max(s.start, t0 - 30), t0) \
                and _WITH_AFTER.match(article.text, t1):
            before = [a for a in here if a.end <= t0 and not re.search(r"[.;]|\bwhen\b|\bafter\b|\bas\b",
                                                                       article.text[a.end:t0])
                      and not (_TARGETED.match(article.text, t0) and (
                          _TARGET_BETWEEN.fullmatch(article.text, a.end, t0)
                          or _POST_END.search(a.text) and not article.text[a.end:t0].strip()))]
            # an object of an earlier verb is not the subject of this one: "an unknown individual entered the
            # gendarmerie in Gazaoua, smashed a brick and wounded the officer" (the individual wounded him)
            subjects = [a for a in before if not _OBJECT_BEFORE.search(article.text, max(s.start, a.start - 40), a.start)]
            if subjects and subjects[-1] is not before[-1] and before[-1].inter == 1:
                before = subjects
            if before:
                return _first_of_pair(article, here, before[-1])
    # a violence noun with its agent, where the verb had none: "6 civilians were reported killed in Timbuktu,
    # reportedly ethnic killings by Malian soldiers"
    for m in _VIOLENCE_NOUN.finditer(s.text):
        at = s.start + m.end()
        agent = _agent_after(article, at, here)  # (as after a verb: "by", "carried out by", "by the presumed")
        if agent is not None:
            return agent
    # the agent of a passive in the draft's next sentence, where the lead names none: "106 bodies ... were found.
    # The bodies were dumped after being killed by police officers."
    for i in draft.sentences[1:2]:
        there = sorted((a for a in mentions if a.sentence == i and a.inter != 7), key=lambda a: a.start)
        for t, (_, t1) in _sentence_triggers(article.sentences[i]):
            agent = _agent_after(article, t1, there) if t.family == "violence" else None
            if agent is not None:
                return agent
    return None


# a sentence claiming the happening told before: "JNIM claimed the attack", "claimed responsibility for the ambush"
_CLAIM_OF_IT = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:the|this|that|these|both)\s+"
                          r"(?:\w+\s+)?(?:attacks?|ambush(?:es)?|killings?|abductions?|bombings?|assaults?|raids?)\b|"
                          r"\bclaimed\s+(?:\w+\s+)?by\b", re.IGNORECASE)
# ... or the group the text suspects of it, right after its name: "Ansar Dine is suspected of planting the explosive",
# "JNIM was believed to have carried out the attack" (ACLED codes the suspected group, as "presumably planted by")
_SUSPECTED_OF_IT = (r"\s+(?:is|are|was|were)\s+(?:also\s+|strongly\s+|widely\s+)?(?:suspected|believed|thought|blamed)\s+"
                    r"(?:of|in|for|to\s+have)\s+(?:been\s+behind|carried\s+out|planted|laid|(?:planting|laying|carrying\s+"
                    r"out|perpetrating|staging)\b|(?:the|this|these)\s+(?:\w+\s+)?(?:attacks?|ambush(?:es)?|killings?|"
                    r"abductions?|bombings?|assaults?|explosions?|blasts?)\b)")
# a claim of responsibility: "Claimed by JNIM", "the attack was claimed by ISGS", "JNIM claimed the ambush"
_CLAIMED_BY = re.compile(r"\bclaimed\s+(?:\w+\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)
# ... or the group a sentence names as the doers: "The perpetrators were Al Mourabitoun", "the attackers are alleged
# to be GATIA militiamen", "the kidnappers were reportedly ISGS fighters"
_DOERS_NAMED_BEFORE = re.compile(r"\b(?:perpetrators?|attackers?|assailants?|kidnappers?|abductors?|culprits?|killers?)\s+"
                                 r"(?:are|were|was|is)\s+(?:(?:allegedly|reportedly|presumably|probably|likely|"
                                 r"believed|thought|said|alleged|suspected|reported|presumed)\s+(?:to\s+(?:be|have\s+been)\s+)?)?"
                                 r"(?:(?:the|presumed|suspected|alleged)\s+)?$", re.IGNORECASE)
_CLAIMS_AFTER = re.compile(r"\s+(?:later\s+|has\s+|have\s+|had\s+)?claimed\s+(?:the\s+)?(?:responsibility|attack|ambush|"
                           r"killing|killings|abduction|bombing|assault|operation)\b|" + _SUSPECTED_OF_IT, re.IGNORECASE)


def _claimant(article: Article, draft: _Draft) -> ActorMention | None:
    """The named armed group that claims the happening in its sentences or the two after the last of them (a claim
    sentence is dated by the claim, and may tell other figures: only its claimant is taken)."""
    last = draft.sentences[-1]
    for a in article.actors:
        if a.sentence < draft.sentences[0] or a.sentence > last + 2 or a.inter not in (2, 3) or not _named_side(a):
            continue
        s = article.sentences[a.sentence]
        if a.sentence not in draft.sentences and _SEPARATE.search(s.text):
            continue  # "In a separate attack, JNIM claimed the ambush of a FAMa convoy": another happening's claim
        if _CLAIMED_BY.search(article.text, max(s.start, a.start - 30), a.start) \
                or _DOERS_NAMED_BEFORE.search(article.text, max(s.start, a.start - 70), a.start) \
                or _CLAIMS_AFTER.match(article.text, a.end, min(s.end, a.end + 50)):
            return a
    return None


def _agent_after(article: Article, at: int, mentions: list[ActorMention]) -> ActorMention | None:
    """The first of `mentions` (in text order) that a verb or noun ending at `at` names as its agent within 40
    characters ("killed ... by Islamic State militants", "ethnic killings by Malian soldiers")."""
    return next((a for a in mentions if at <= a.start <= at + 40 and _AGENT_AFTER.search(article.text[at:a.start])),
                None)


# a happening named by a noun, whose agent may follow
_VIOLENCE_NOUN = re.compile(r"\b(?:killings?|attacks?|ambush(?:es)?|raids?|assaults?|shootings?|abductions?|"
                            r"kidnappings?|executions?|massacres?|bombings?|shelling|air ?strikes?|drone strikes?|"
                            r"violence|abuses?|reprisals?)\b", re.IGNORECASE)


_OBJECT_BEFORE = re.compile(r"\b(?:\w+ed|into|in|at|inside|of|near|from|on)\s+(?:the|a|an|\d+|two|three|four|five|six|"
                            r"seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|several|some|dozens of|"
                            r"scores of|hundreds of)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


_BE = re.compile(r"\b(?:was|were|been|being|is|are)\b", re.IGNORECASE)  # "security forces were ambushed": passive
_HARM_PARTICIPLE = re.compile(r"(?:killed|wounded|injured|hurt|shot dead|shot)", re.IGNORECASE)
# a relative clause opening right after a side's name: "rebels who had ambushed", "militants, who were trying to"
_RELATIVE_OBJECT = re.compile(r"\s*,?\s*(?:who|whom|which|that)\s|"
                              # ... or the deed it was at when struck, told by a phrase, not a relative clause
                              # ("forces killed three militants in the process of carrying out suicide attacks",
                              # "soldiers shot two gunmen as they were trying to storm the post")
                              # (its members' noun between: "ISWAP fighters in the process of"; not a verb of its
                              # own: "JNIM militants attacked while they were patrolling" is the subject's deed)
                              r"(?:\s+(?:fighters|militants|members|elements|men|gunmen|insurgents|jihadists|"
                              r"terrorists|rebels|assailants|soldiers|troops))?\s*,?\s*(?:in\s+the\s+(?:process|course|act)\s+of|while|"
                              r"as\s+they\s+(?:were|tried|attempted))\s",
                              re.IGNORECASE)
# a clause of its own between a side and an operation verb, with its own subject: "killed 19 rebels when it
# intercepted a convoy" (the rebels did not intercept; "it" did)
_OWN_SUBJECT_CLAUSE = re.compile(r"\b(?:when|while|after|before|because|since|as|once)\s+(?:it|they|he|she|we)\b",
                                 re.IGNORECASE)
_BY_QUALIFIER = r"the|presumed|suspected|alleged|armed"  # words between "by" and a side's name
# ("by the alleged", "by some unknown": the words between "by" and the side's name; _BY_BEFORE's and more)
_BY_WHOM_BEFORE = re.compile(r"\bby\s+(?:(?:" + _BY_QUALIFIER + r"|an?|some|unidentified|unknown)\s+)*$", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:after|when|while|before|because|since|that|as)\b", re.IGNORECASE)
# the source of a report, not a side: "According to the army, militants attacked ..."
_SOURCE_BEFORE = re.compile(r"\b(?:according to|quoted by|cited by|told)\s+$", re.IGNORECASE)
_CLAIMED_DEED_AFTER = re.compile(r"\s+(?:later\s+|has\s+|have\s+|had\s+)?claimed\s+(?:responsibility\s+for\s+)?"
                                 r"(?:an?|the|this|these|both)\s+(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|assaults?|"
                                 r"raids?|killings?|abductions?|kidnappings?|bombings?)\b(?!\s+(?:was|were|had|has|is|never)\b)", re.IGNORECASE)
_OPERATION_AFTER = re.compile(r"(?:\s+(?:\w+|\([^)]{1,30}\)))?(?:\s+(?:\w+|\([^)]{1,30}\))){0,3}?\s+(?:reportedly\s+|"
                              r"allegedly\s+)?(?:conducted|carried out|launched|led|intercepted|dismantled|raided|"
                              r"clash(?:ed|es)? with|"
                              r"ambushed|attacked|targeted|pursued|engaged|neutrali[sz]ed|destroyed|struck|shelled|"
                              r"bombed|stormed|overran|opened fire)\b")
# a participle read as the verb: "FAMa camp attacked in Soumpi", "army post attacked by gunmen" (headline style)
# the actor's post between it and the verb: "FAMa camp attacked", "a Malian army patrol ambushed near ..."
_TARGET_BETWEEN = re.compile(r"\s+(?:[\w-]+\s+)?(?:camp|post|checkpoint|patrol|convoy|position|base|station|vehicle|"
                             r"outpost|barracks|detachment)s?\s+", re.IGNORECASE)
# (the post within the actor's name: "Malian army convoy ambushed")
_POST_END = re.compile(r"\b(?:camp|post|checkpoint|patrol|convoy|position|base|station|vehicle|outpost|barracks|"
                       r"detachment)s?$", re.IGNORECASE)
# a victim counted before a participle: "1 soldier killed", "two FAMa soldiers wounded"
_COUNTED_VICTIM_BEFORE = re.compile(r"(?:\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an))\s+"
                                    r"(?:[\w-]+\s+)?[\w-]+\s+$", re.IGNORECASE)
_TARGETED = re.compile(r"(?:attack|ambush|target|struck|strike|raid|storm|hit|shell|bomb|overr[au]n)", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(r"\s*(?:in|by|at|near|on|overnight|tonight|last|this|yesterday|early|late|around|after|when|"
                            r"while|during|following|[,.;:]|$)",
                            re.IGNORECASE)
# (the first subject's head noun may follow its name: "French Operation Barkhane forces and the Nigerien army")
# words between two sides that make the second the first's ally in one subject: "French forces in coordination with
# Malian forces", "the army, supported by VDP,", "soldiers alongside Dozo hunters", "the army with support from
# U.S. forces"
# (a word may tell the unit: "a gendarmerie special unit supported by volunteer fighters")
_ALLY_BETWEEN = re.compile(r"(?:(?:\s+[\w-]+)?\s+(?:forces|troops|soldiers|units?|contingents?|militants|fighters|elements|militiamen))?"
                           r"\s*,?\s*(?:in\s+(?:coordination|cooperation|co-operation|collaboration|conjunction)\s+with|"
                           r"alongside|together\s+with|jointly\s+with|with\s+(?:the\s+)?(?:support|help|assistance|backing)\s+(?:of|from)|"
                           r"(?:supported|backed|assisted|aided|accompanied)\s+by)\s+(?:the\s+)?$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"(?:\s+(?:forces|troops|soldiers|units?|contingents?|militants|fighters|elements|militiamen|"
                          r"members))?\s*(?:,|and|&)\s*(?:(?:the|presumed|suspected|alleged)\s+)?$", re.IGNORECASE)


_POLICE_POST = re.compile(r"\b(?:police (?:station|post|position|checkpoint|officers?|patrol)s?|gendarmerie|gendarmes?|"
                          r"ranger (?:station|post)s?|forest guards?|customs (?:post|station|office|officer|agent|checkpoint)s?)\b",
                          re.IGNORECASE)
_ARMY_POST = re.compile(r"\b(?:(?:army|military) (?:base|camp|post|position|patrol|convoy|checkpoint|detachment|"
                        r"barracks|vehicle)s?|barracks)\b", re.IGNORECASE)


def _state_target(article: Article, draft: _Draft, matcher: ActorMatcher, cc: str | None) -> ActorMention | None:
    """The police or military of the event's country when the lead sentence names one of their posts after the
    trigger; None when it names none or the country is unknown."""
    s = article.sentences[draft.sentences[0]]
    # (not one member told off duty or retired: "attacked the house of an off-duty gendarme")
    after = _NOT_SERVING.sub(lambda w: " " * len(w.group()), _not_serving_again(article.text[:s.end]))[draft.trigger_span[1]:]
    m_pol, m_army = _POLICE_POST.search(after), _ARMY_POST.search(after)
    m = min((x for x in (m_pol, m_army) if x is not None), key=lambda x: x.start(), default=None)
    if m is None:
        return None
    start = draft.trigger_span[1] + m.start()
    return _role(matcher, "police" if m is m_pol else "military", cc, article, m.group(0), start,
                 start + len(m.group(0)))


# a force's post, camp or convoy named by the force: "the MINUSMA camp", "a Barkhane base", "the French forces' convoy"
_HELD_POST_AFTER = re.compile(r"(?:'s?)?\s+(?:[\w-]+\s+){0,2}?(?:camps?|bases?|barracks|posts?|positions?|convoys?|"
                              r"patrols?|compounds?|headquarters)\b", re.IGNORECASE)


def _anaphoric(article: Article, a: ActorMention) -> bool:
    """Unnamed attackers named again ("routed the assailants", "the gunmen fled"): the side told before, not a
    second one."""
    return a.actor.startswith("Unidentified") and _THE_BEFORE.search(article.text, max(0, a.start - 8), a.start) is not None \
        and any(b.start < a.start and (b.actor == a.actor or b.inter in (2, 3))
                for b in article.actors)  # (named before, or a named armed group before: not "Dozos clashed with
    # the gunmen near Djenne", the gunmen's first mention)


_GLOSS = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]")  # a group's gloss: "Katiba Macina (JNIM)"


# a fight's word and "between" before its first side: "clashes between (the army and rebels)", "heavy fighting broke out
# between", "a gun battle between"
_FIGHT_BETWEEN_BEFORE = re.compile(r"\b(?:clash(?:ed|es|ing)?|fight(?:ing|s)?|fought|confrontations?|skirmish(?:es)?|"
                                   r"hostilities|battles?|exchanges?\s+of\s+(?:gun)?fire|shoot-?outs?|gunfights?|"
                                   r"gun\s+battles?)\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?$", re.IGNORECASE)
# ... and the word that joins the second side on: "(the army) and (SPLM-IO)", "(soldiers) and suspected (militants)"
_BETWEEN_AND = re.compile(r"(?:\s+(?:forces|troops|soldiers|units?|militants|fighters|elements|militiamen|members|"
                          r"rebels))?\s*(?:and|&)\s+(?:the\s+)?(?:(?:suspected|presumed|alleged|armed|unidentified)\s+)?$",
                          re.IGNORECASE)


def _told_between(article: Article, draft: _Draft, first: ActorMention, second: ActorMention) -> bool:
    """Whether a sentence of the happening tells its fight as between `first`'s actor and `second`'s, in that order
    ("clashes between the military and SPLA-IO in Mundri")."""
    for f in article.actors:
        if f.actor != first.actor or f.sentence not in draft.sentences:
            continue
        s = article.sentences[f.sentence]
        if _FIGHT_BETWEEN_BEFORE.search(article.text, max(s.start, f.start - 80), f.start) is None:
            continue
        if any(b.actor == second.actor and b.sentence == f.sentence and b.start >= f.end
               and _BETWEEN_AND.fullmatch(article.text, f.end, b.start) for b in article.actors):
            return True
    return False


def _first_of_pair(article: Article, here: list[ActorMention], a: ActorMention) -> ActorMention:
    """The first of subjects joined by "and" ("JNIM and ISGS militants clashed": JNIM, as ACLED orders them), or,
    of two states' forces, by words that make the second the first's ally ("French forces in coordination with
    Malian forces carried out airstrikes": France, Mali's forces its associate; not militias and forces, which
    ACLED orders either way: "MSA and GATIA forces supported by French forces": France); and forces a militia or
    a group only went along with ("the Malian army accompanied by Dozo militiamen attacked the village", "soldiers
    supported by VDP raided the camp": the army, as ACLED codes it, the militia its associate)."""
    i = here.index(a) if a in here else -1
    # (past a group's gloss in parentheses: "Ansaroul Islam (JNIM) and ISGS militants clashed": Ansaroul Islam)
    glossed = lambda j: g.end() if (g := _GLOSS.match(article.text, here[j].end)) else here[j].end  # noqa: E731
    while i > 0 and (_AND_BETWEEN.fullmatch(article.text, glossed(i - 1), here[i].start) is not None
                     or _EITHER_BETWEEN.fullmatch(article.text, here[i - 1].end, here[i].start) is not None
                     or here[i - 1].inter in (1, 8) and here[i].inter in (1, 2, 3, 4, 8)
                     and _ALLY_BETWEEN.fullmatch(article.text, here[i - 1].end, here[i].start) is not None):
        i -= 1  # (and the first of alternatives: "JNIM and/or ISGS militants ambushed", which _either names)
    return here[i] if i >= 0 else a


def _landmark(article: Article, a: ActorMention) -> bool:
    """Whether the mention is a post of the state's or foreign forces named as where something happened ("passing
    near the military camp"); an armed group's base stays a side ("clashed with militants near a JNIM base")."""
    if a.inter not in (1, 8):
        return False
    for m in _LANDMARK_POST.finditer(article.text, max(0, a.start - 40), min(len(article.text), a.end + 40)):
        if m.start() <= a.start and a.end <= m.end():
            return True
    return False


def _named_side(a: ActorMention) -> bool:
    """A side an event can be coded with by name: the state's or foreign forces, a named armed group."""
    return a.inter in (1, 8) or a.inter in (2, 3, 4) and not a.actor.startswith("Unidentified")


_OPEN_PAREN = re.compile(r"\s*\([^()]{0,25}")
_CLOSE_PAREN = re.compile(r"[^()]{0,40}\)")


def _glossed(article: Article, a: ActorMention, here: list[ActorMention]) -> bool:
    """Whether an armed group is named in parentheses after another armed group, as what it belongs to or may be:
    "Katiba Macina (JNIM or ISGS tendency)", "Ansaroul Islam (JNIM)" are one side, not two."""
    if a.inter not in (2, 3, 4):
        return False
    # (a name that glosses unnamed attackers names them: "unknown gunmen (presumably Ansaroul Islam)")
    return any(p.inter in (2, 3, 4) and _named_side(p) and p.end <= a.start
               and p.sentence == a.sentence
               and (_OPEN_PAREN.fullmatch(article.text, p.end, a.start) is not None
                    and _CLOSE_PAREN.match(article.text, a.end) is not None
                    # (or named as the whole its men belong to: "AQIM militants of the JNIM group")
                    or _members_of(article.text, p, a)) for p in here if p is not a)


_MEMBERS = r"(?:militants|fighters|members|elements|combatants|jihadists|insurgents)"
_MEMBERS_END = re.compile(r"\b" + _MEMBERS + r"$", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"(\s+" + _MEMBERS + r")?\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def _members_of(text: str, p: ActorMention, a: ActorMention) -> bool:
    """Whether `a` is named as the whole the men of `p` belong to: "AQIM militants of the JNIM group", "MNLA
    fighters from the CMA" (one side, not two; not "soldiers of the Malian army", who are no armed group)."""
    m = _MEMBERS_OF.fullmatch(text, p.end, a.start)
    return m is not None and (m.group(1) is not None or _MEMBERS_END.search(text, p.start, p.end) is not None)


_SELF_NAMING = re.compile(r"\s*,?\s*(?:who\s+|which\s+)?(?:identif(?:ying|ied|ies)|call(?:ing|ed|s)|"
                          r"present(?:ing|ed|s)|describ(?:ing|ed|es))\s+(?:itself|themselves)\s+(?:as\s+)?"
                          r"(?:the\s+)?[\"“'‘]?",
                          re.IGNORECASE)


# "military" or "army" as the adjective of an operation another force is said to have carried out: "killed in a
# military operation conducted by French forces" (the operation's force is the one named after "by", not the host
# country's army)
_OPERATION_BY_AFTER = re.compile(r"\s+(?:operations?|offensives?|raids?|sweeps?|campaigns?)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:conducted|carried\s+out|led|launched|mounted|undertaken|performed)\s+by\s+"
                                 r"(?:the\s+)?$", re.IGNORECASE)
_OPERATION_ADJECTIVE = re.compile(r"(?:joint\s+)?(?:military|army)", re.IGNORECASE)


def _operation_by_other(a: ActorMention, mentions: list[ActorMention], text: str) -> bool:
    """Whether `a` is the bare "military" of an operation `mentions` say another force carried out (see
    `_OPERATION_BY_AFTER`)."""
    if a.inter != 1 or not _OPERATION_ADJECTIVE.fullmatch(a.text):
        return False
    return any(b is not a and b.inter in (1, 8) and b.actor != a.actor and b.start > a.end
               and _OPERATION_BY_AFTER.fullmatch(text, a.end, b.start) for b in mentions)


# a force that men only claimed to be: "three men identifying themselves as police officers robbed a couple", "gunmen
# dressed as soldiers" (impostors, not the force)
# a force's name that only tells the clothes armed men wore, not the force: "militants wearing Burkinabe army
# fatigues", "gunmen dressed in military uniforms"
_DISGUISE_AFTER = re.compile(r"\s+(?:fatigues|uniforms?|outfits?|clothing|attire|camouflage)\b", re.IGNORECASE)
_POSING_BEFORE = re.compile(r"\b(?:(?:identif(?:ying|ied)|present(?:ing|ed)|describ(?:ing|ed)|call(?:ing|ed))\s+"
                            r"themselves\s+as|posing\s+as|disguised\s+as|dressed\s+(?:up\s+)?as|masquerading\s+as|"
                            r"impersonating|claiming\s+to\s+be)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _self_named(article: Article, a: ActorMention, here: list[ActorMention]) -> bool:
    """Whether unnamed armed men are named by what they call themselves right after: "An armed group identifying
    themselves as 'Signatories in Blood' attacked ...", "gunmen calling themselves Ansaroul Islam": one side."""
    if a.inter not in (2, 3, 4) or _named_side(a):
        return False
    m = _SELF_NAMING.match(article.text, a.end)
    return m is not None and any(p.start == m.end() and p.inter in (2, 3, 4) and _named_side(p) for p in here)


# a side the sentence makes the subject of a passive harm: "JNIM militants were killed", "ISGS fighters had been
# neutralised"
# (the harm may close a list of what was done to them: "three Koglweogo were identified, taken away, and executed")
_PASSIVE_HARM_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:were|was|have been|has been|had been)\s+(?:reportedly\s+|"
                                 r"allegedly\s+)?(?:(?:[\w-]+ed|taken|beaten)(?:\s+away)?\s*,?\s+(?:and\s+|then\s+)?){0,3}?"
                                 r"(?:killed|wounded|injured|neutrali[sz]ed|eliminated|captured|arrested|shot|stabbed|"
                                 r"executed|beheaded|assassinated)\b",
                                 re.IGNORECASE)


# between a side and the verb of an attack on it: "GATIA elements were attacked", "a MSA checkpoint was attacked",
# "the army patrol had been ambushed"
_PASSIVE_SUBJECT_BEFORE = re.compile(r"(?:\s+(?:(?!(?:and|or|but|who|which|that|after|while|when|as|where)\b)"
                                     r"(?![\w-]+ed\b)[\w-]+|\([^()]{1,30}\))){0,6}?\s+(?:was|were|had been|has been|have been)"
                                     r"\s+(?:\w+ly\s+)?", re.IGNORECASE)
# the verbs a side is attacked by, in a passive ("was ambushed", "were fired on")
_ATTACKED_VERBS = r"(?:attacked|ambushed|targeted|raided|stormed|assaulted|fired (?:up)?on|shot at)"
_ATTACKED_PARTICIPLE = re.compile(r"(?:" + _ATTACKED_VERBS + r"|overrun|struck|hit)", re.IGNORECASE)
# the side is the object of a verb or preposition of its own clause ("villagers awaiting security forces were
# ambushed", "the attack on the army convoy was claimed"): not the subject of the passive
_CLAUSE_OBJECT_BEFORE = re.compile(r"\b(?:[\w-]+(?:ed|ing)|of|on|by|with|for|from|to|against|near|at)\s+(?:the\s+|an?\s+)?"
                                   r"(?:[\w-]+\s+)?$|\b(?:[\w-]+(?:ed|ing)|of|on|by|with|for|from|to|against|near|at)\s+"
                                   r"[^,;:.]*$", re.IGNORECASE)


def _passive_victim(article: Article, a: ActorMention) -> bool:
    return _PASSIVE_HARM_AFTER.match(article.text, a.end) is not None


# the side an explosive was set against: "detonated an IED against an MSA vehicle", "struck a French armored vehicle"
_STRUCK_BEFORE = re.compile(r"\b(?:struck|hit|targeted|targeting|against)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)
# the struck side's people told as what the vehicle that hit a mine carried: "a vehicle carrying (MSA militiamen) was
# struck by an IED", "a truck transporting (soldiers) drove over a mine"
_CARRIED_BEFORE = re.compile(r"\b(?:vehicles?|trucks?|convoys?|pick-?ups?|cars?|buses|bus|motorbikes?|boats?)\s+"
                             r"(?:carrying|transporting|with)\s+(?:(?:the|some|several|two|three|four|five|\d+)\s+)?$",
                             re.IGNORECASE)
# an attack verb whose object is the attacked side: "attacked volunteer fighters", "ambushed a GATIA convoy"
_ATTACK_VERB = re.compile(r"(?:attacked|ambushed|targeted|raided|stormed|assaulted|attack|ambush)", re.IGNORECASE)
# the struck side's vehicle or people before the verb: "a GATIA vehicle was struck", "a MINUSMA vehicle struck an IED"
_STRUCK_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:vehicles?|convoys?|patrols?|pick-?ups?|trucks?|motorbikes?|positions?|"
                           r"checkpoints?)\s+(?:\w+\s+){0,2}?(?:was\s+|were\s+)?(?:struck|hit|ran over|drove over|"
                           r"triggered|targeted)\b", re.IGNORECASE)


# a side the sentence says was attacked, its people or its post the subject of a passive attack verb (written out,
# or a headline's bare participle that takes no object): "a FAMa checkpoint in Gossi attacked around 18h20", "a MSA
# checkpoint was attacked by unidentified men", "military convoy came under attack", "Malian army convoy ambushed
# along the axis", "GATIA elements were attacked while ..." (the attacker is another side, or an unidentified one)
_ATTACKED_GAP = (r"(?:,?\s+(?:vehicles?|convoys?|patrols?|checkpoints?|(?:out)?posts?|positions?|camps?|bases?|units?|"
                 r"elements|soldiers|troops|men|members|forces|officers|agents|stations?|barracks|headquarters|"
                 r"detachments?|escorts?|teams?|supply|logistics?|trucks?|pick-?ups?|in|near|at|of|on|the|its|their|"
                 # (where the post stands: "on the outskirts of Timbuktu on road towards Araouane", "in Inata
                 # (gold-mining site)")
                 r"outskirts|entrance|exit|road|axis|towards?|\([^()]{1,40}\)|"
                 r"(?-i:[A-Z][\w'-]*)|\d[\w-]*)){0,10}?")
_ATTACKED_AFTER = re.compile(
    _ATTACKED_GAP + r",?\s+(?:(?:(?:was|were|has been|have been|had been|is|are|being)\s+(?:(?:reportedly|allegedly|"
    r"again|also|once again|briefly)\s+)?" + _ATTACKED_VERBS + r"\b)|(?P<bare>attacked|ambushed|targeted|raided|stormed)(?=\s+(?:by|in|at|near|on|around|along|while|when|"
    r"during|between|outside|overnight|early|late|last|this|yesterday|again|\d)\b|\s+(?:a few |some |about |around )?"
    r"(?:\d+\s*)?(?:km|kilomet(?:er|re)s?|miles?)\b|\s*[.;:(]|\s*$)|came\s+under\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:attack|fire|gunfire)|"
    # ("GATIA was subjected to an ambush", "the unit was subjected to gunfire")
    r"(?:(?:was|were|has been|have been|had been)\s+)?subjected\s+to\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:ambush(?:es)?|attacks?|assaults?|gunfire|fire|raids?)\b)", re.IGNORECASE)

# the side an attack was made on, named after the attack's noun: "killed in a pre-dawn attack against an army
# checkpoint", "an ambush on a FAMa convoy" (the attacker is another side, or an unidentified one)
_ATTACK_ON_BEFORE = re.compile(r"\b(?:attacks?|ambush(?:es)?|assaults?|raids?)\s+(?:on|against)\s+(?:(?:the|an?|its|their)\s+)?"
                               r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# an attack's noun that another happening's words lead to: "reprisals for an attack", "in response to an attack",
# "in conjunction with an attack", "following an attack"
_ATTACK_LINKED = re.compile(r"\b(?:for|to|with|after|following|since|over|of|about)\s+(?:(?:an?|the|its|their|this|that)\s+)?"
                            r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_BY_AGENT_LATER = re.compile(r"[^.;]{0,120}?\bby\b", re.IGNORECASE)
_HELD_THING = re.compile(r"\b(?:vehicles?|convoys?|patrols?|units?|checkpoints?|(?:out)?posts?|positions?|camps?|bases?|"
                         r"stations?|barracks|headquarters|detachments?|escorts?|supply|logistics?|trucks?|pick-?ups?)\b",
                         re.IGNORECASE)
_HELD_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + _HELD_THING.pattern, re.IGNORECASE)  # "(CMA) post", "(GATIA) supply convoy"
# a side that is the object of a verb or preposition, not the subject of what follows: "villagers who pursued the
# assailants while awaiting security forces were ambushed" (the villagers were)
_VERB_OBJECT_BEFORE = re.compile(r"\b(?:\w+ing|(?!(?:presumed|suspected|alleged|reported|armed|combined|unidentified|"
                                 r"joint|mixed|organi[sz]ed)\b)\w+ed|for|with|by|against|to|from|and)\s+(?:(?:the|a|an)\s+)?$",
                                 re.IGNORECASE)


def _attacked_side(article: Article, draft: _Draft, mentions: list[ActorMention]
                   ) -> tuple[ActorMention, ActorMention | None] | None:
    """The side the lead sentence says was attacked (a passive, a headline's participle with no object, or the object
    of an attack's noun: "an attack against an army checkpoint"), with
    the side that attacked it: the agent ("attacked by unidentified men"), else another armed or state side the
    event's sentences name ("..., assailants repelled"), else None (ACLED: an unidentified armed group)."""
    lead = draft.sentences[0]
    # (the attack's noun tells the happening itself only where the sentence names no other side before it, the doer, and
    # links it to nothing else: not "reprisals for an attack against the gendarmerie camp", "the army killed two
    # civilians after an attack on its post")
    # (an armed group's too, where the attack was on a thing it holds: "killed in an attack on a CMA post", "an
    # ambush against a GATIA convoy")
    hit = [a for a in mentions if a.sentence == lead
           and (a.inter in (1, 8) or a.inter in (2, 3, 4) and _named_side(a) and _HELD_AFTER.match(article.text, a.end))
           and (m := _ATTACK_ON_BEFORE.search(article.text, max(0, a.start - 60), a.start)) is not None
           and not _ATTACK_LINKED.search(article.text, max(0, m.start() - 40), m.start())
           and not any(b.sentence == lead and b.end <= m.start() and b.inter in (1, 2, 3, 4, 8) and b.actor != a.actor
                       for b in mentions)]
    hit += [a for a in mentions if a.sentence == lead and a.inter in (1, 2, 3, 4, 8) and not any(a is h for h in hit)
           and (hm := _ATTACKED_AFTER.match(article.text, a.end)) is not None
           # (a bare participle says "attacked" of a thing the side holds: "a FAMa checkpoint ... attacked around
           # 18h20", "army convoy ambushed near Diabaly", or of the side's people when an agent follows: "FAMa
           # (National Guard) ambushed around 18h near Djenne ... presumably by JNIM"; else it is the side's own
           # attack, told without its object or before it: "JNIM militants attacked near Boni, killing three
           # soldiers", "Soldiers attacked at dawn on Sunday a jihadist camp")
           # (the thing may be the mention's own last word: "Malian army convoy" ambushed)
           and (hm.group("bare") is None or _HELD_THING.search(article.text, a.start, hm.start("bare")) is not None
                or _BY_AGENT_LATER.match(article.text, hm.end()) is not None)
           and not _VERB_OBJECT_BEFORE.search(article.text, max(0, a.start - 30), a.start)]
    if not hit:
        return None
    hit.sort(key=lambda a: (_behind_the_mission(a, hit), a.sentence, a.start))
    target = hit[0]
    others = [a for a in mentions if a.actor != target.actor and a.inter in (1, 2, 3, 4, 8)
              and not any(a is h for h in hit)]
    by = [a for a in others if a.start > target.end and a.sentence == lead
          and re.search(r"\bby\b", article.text[target.end:a.start])]
    # (a named group glossing the agent names it: "attacked by unknown gunmen (presumably Ansaroul Islam)")
    armed = [a for a in others if a.inter in (2, 3, 4)]
    ranked = [a for a in by if a.inter in (2, 3, 4) and _named_side(a)] + by \
        + [a for a in armed if _named_side(a)] + armed + others
    return target, ranked[0] if ranked else None


# a force that is the subject of its own fire or attack: "French troops fired rockets at", "soldiers reportedly
# shelled", "French troops assaulted MUJAO militants" (not "peacekeepers were killed in a mortar attack", "French
# troops targeted by a suicide bomber")
_FIRED_AFTER = re.compile(r"\s+(?:(?:reportedly|allegedly|also|then|again)\s+)?(?:fired|launched|shelled|bombed|"
                          r"bombarded|lobbed|assaulted|attacked|targeted|struck|raided|pounded|(?:conducted|carried out)\s+"
                          r"(?:an?\s+|the\s+)?(?:artillery|mortar|rocket|shelling))\b"
                          # (not a headline's passive: "French troops targeted by a suicide bomber")
                          r"(?!\s+by\b)", re.IGNORECASE)
# ... or the agent of its own fire told in the passive: "killed by a rocket fired by |the Nigerien army|", "the village
# was shelled by |soldiers|" (not the side hit: "a shell fired at the army")
_FIRED_BY_BEFORE = re.compile(r"\b(?:fired|launched|lobbed|shelled|bombarded|bombed|pounded)\s+by\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_BY_BEFORE = re.compile(r"\bby\s+(?:(?:" + _BY_QUALIFIER + r")\s+)*$", re.IGNORECASE)
_GLOSS_AFTER = re.compile(r"\s*[(\[][^()\[\]]*$")  # the doer's gloss open before the group: "gunmen [believed to be"
# a group or force named only as what the people harmed were suspected of ties to: "arrested a hundred people on
# suspicion of links to militant groups", "accused of collaborating with jihadists", "accused of being informants of
# the army", "suspected of spying for the French forces" (no side of the happening)
_LINKS_SUSPECTED = re.compile(r"\b(?:suspicion\s+of|suspected\s+of|accused\s+of|alleged(?:ly)?)\s+(?:(?:having|being|their|his|her)\s+)?"
                              r"(?:links?|ties|connections?|collusion|complicity|collaborati(?:on|ng)|colluding|"
                              r"cooperati(?:on|ng)|affiliation|association|sympathi[sz]ing)\s+(?:to|with)\s+"
                              r"(?:(?:the|an?|local|armed|presumed|suspected|alleged)\s+)*$|"
                              # (helping a side: "accused of supporting armed Islamists", "suspected of harbouring
                              # jihadists")
                              r"\b(?:suspicion\s+of|suspected\s+of|accused\s+of)\s+(?:(?:having|being)\s+)?"
                              r"(?:support(?:ing|ed)|aid(?:ing|ed)|help(?:ing|ed)|harbou?r(?:ing|ed)|shelter(?:ing|ed)|"
                              r"financ(?:ing|ed)|fund(?:ing|ed)|supply(?:ing)|supplied)\s+"
                              r"(?:(?:the|an?|local|armed|presumed|suspected|alleged)\s+)*$|"
                              # (serving a side: "informants of", "spying for")
                              r"\b(?:suspected|accused)\s+of\s+(?:being\s+)?(?:an?\s+)?(?:(?:informants?|informers?|spies|"
                              r"spy|collaborators?)\s+(?:of|for)|spying\s+for|informing|working\s+for)\s+"
                              r"(?:(?:the|an?|local|armed|presumed|suspected|alleged)\s+)*$|"
                              # (the victims' side as one party alleges it: "ISWAP claimed responsibility, alleging that
                              # those killed were GATIA fighters")
                              r"\b(?:alleg(?:ing|ed)|claim(?:ing|ed)|assert(?:ing|ed))\s+(?:that\s+)?(?:those\s+killed|"
                              r"the\s+(?:victims|dead|deceased)|they|them)\s+(?:were|as)\s+(?:(?:the|an?|local|armed)\s+)*$",
                              re.IGNORECASE)

# a side that only accuses another of the happening or denounces it: "the CMA accused the Malian army of the
# killings", "a Platform statement accused the CMA of attacking", "CMA officials blamed GATIA", "Platform members
# denounced the attack by gunmen" (the accuser tells; the accused, or the attack's agent, is the doer)
# (not the accused himself: "soldiers accused of killing", "a group accused by the army", "condemned by")
_ACCUSES_AFTER = re.compile(r"(?:'s?)?(?:\s+(?:statement|communiqu[eé]|spokes(?:man|woman|person)|officials?|leaders?|"
                            r"leadership|members|representatives?|also|publicly|later|then|again|has|have|had|"
                            r"strongly|on\s+\w+day))*\s*,?\s+(accus(?:ed|es|ing)|blam(?:ed|es|ing)|denounc(?:ed|es|ing)|"
                            r"condemn(?:ed|s|ing)|deplor(?:ed|es|ing)|decr(?:ied|ies|ying))\b(?!\s+(?:of|by|for|to)\b)",
                            re.IGNORECASE)
_SET_OFF_CLAUSE = re.compile(r"[^,;.]{1,120},")  # the rest of a clause set off by commas


def _accuser(article: Article, a: ActorMention) -> bool:
    """A side that only accuses another of the happening (see `_ACCUSES_AFTER`); not a doer whose accusing is a
    clause set off before its own deed ("soldiers, accusing villagers of collaborating, killed 12 people")."""
    m = _ACCUSES_AFTER.match(article.text, a.end)
    if m is None:
        return False
    if m.group(1).lower().endswith("ing") and (end := _SET_OFF_CLAUSE.match(article.text, m.end())) is not None:
        return _SUSPECTS_ACT_AFTER.match(article.text, end.end()) is None
    return True


# the side accused of the happening ("CMA accused the Malian army of the killings"): a doer if any, never its target
_ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:the\s+)?$", re.IGNORECASE)
_ACCUSED_AFTER = re.compile(r"\s+(?:of|for)\b", re.IGNORECASE)


def _accused(article: Article, a: ActorMention) -> bool:
    """The side another accuses of the happening (see `_ACCUSED_BEFORE`)."""
    return _ACCUSED_BEFORE.search(article.text, max(0, a.start - 20), a.start) is not None \
        and _ACCUSED_AFTER.match(article.text, a.end) is not None


# the verb of the happening right after the group: the suspected are its doers ("gunmen suspected of working for Boko
# Haram killed three villagers"), not the people harmed
_SUSPECTS_ACT_AFTER = re.compile(r"(?:\s+(?:have|has|had|reportedly|allegedly|then|also))*\s+(?:killed|attacked|abducted|"
                                 r"kidnapped|shot|ambushed|stormed|raided|burned|torched|looted|executed|opened\s+fire|"
                                 r"fired|struck|beheaded|massacred)\b", re.IGNORECASE)


def _suspected_link(article: Article, a: ActorMention) -> bool:
    """A group or force named only as what the people harmed were suspected of ties to (see `_LINKS_SUSPECTED`)."""
    return a.inter in (1, 2, 3, 4, 8) and _LINKS_SUSPECTED.search(article.text, max(0, a.start - 80), a.start) is not None \
        and not _SUSPECTS_ACT_AFTER.match(article.text, a.end)


# a group that only describes the place, as the subject of its "where" clause in the perfect or of being active
# there: "in the southeast where Boko Haram Islamists have staged regular attacks", "an area where JNIM is active"
_WHERE_BEFORE = re.compile(r"\bwhere\s+(?:the\s+)?$", re.IGNORECASE)
_ACTIVE_THERE_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:have|has|had)\s+(?:\w+ly\s+)?(?:been\s+(?:active|present|"
                                 r"operating)|staged|carried\s+out|launched|operated|conducted|mounted|waged|increased|"
                                 r"intensified)|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:active|present|operating)|"
                                 r"operates?)\b", re.IGNORECASE)
# a group told only present in a place: "the Islamic State Sahel Province is active in the area", "ISWAP fighters
# operate across the region", "both groups are present there"
_PRESENT_THERE_AFTER = re.compile(r"(?:\s+(?:affiliates?|fighters|militants|groups?|factions?|elements))?\s+(?:(?:is|are|"
                                  r"remains?|has\s+been|have\s+been)\s+(?:also\s+|still\s+|\w+ly\s+)?(?:active|present|"
                                  r"operating)|operates?|roams?)(?:\s+\w+ly)?\s+(?:in|across|throughout|around|there)\b",
                                  re.IGNORECASE)
# ... and the same told in the passive, before the side: "The attack was repelled by MSA fighters", "the assailants
# were pushed back by the villagers' self-defense group"
_REPELLED_BY_BEFORE = re.compile(r"\b(?:attacks?|assaults?|incursions?|raids?|attackers|assailants|gunmen|raiders)\s+"
                                 r"(?:was|were)\s+(?:(?:reportedly|successfully|later|then|quickly|immediately|"
                                 r"eventually)\s+)?(?:repelled|repulsed|pushed\s+back|driven\s+(?:back|off)|fended\s+off|"
                                 r"fought\s+off|foiled|thwarted)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# ... and its deed on the attackers in the passive: "the attackers were later chased by GATIA fighters", "two of the
# assailants were arrested by Dozos"
_ON_THE_ATTACKERS_BY = re.compile(r"\b(?:assailants|attackers|gunmen|raiders|perpetrators|culprits)\s+(?:was|were)\s+"
                                  r"(?:(?:later|then|also|subsequently|reportedly)\s+)?(?:apprehended|arrested|captured|"
                                  r"caught|killed|neutrali[sz]ed|pursued|chased|routed|detained|lynched)\s+by\s+"
                                  r"(?:the\s+)?$", re.IGNORECASE)


_SUSPECTED_LINK = re.compile(r"\b(?:on suspicion|suspected of|suspicion of|accused of|destined (?:to|for)|"
                             r"intended for)\b", re.IGNORECASE)


# after a side, its deed on the attackers told before: "apprehended two of the assailants", "later killed the attackers"
# an armed side a later sentence counts among the victims ("Seven members of the VDP, a militia that fights alongside
# the army, were among the dead", "two Dozo hunters were also killed"): struck by the attack, not its doers
_AMONG_THE_STRUCK = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,.;()]{1,100},)?\s+(?:(?:members?|fighters?|militiam[ae]n|"
                               r"hunters?|volunteers?|elements?|auxiliar(?:y|ies))\s+)?(?:were|was)\s+(?:also\s+)?"
                               r"(?:among\s+(?:the\s+)?(?:dead|killed|victims|wounded|injured|casualties|those\s+(?:killed|"
                               r"wounded|injured|hurt))|killed|shot\s+dead|wounded|injured|abducted|kidnapped)\b",
                               re.IGNORECASE)
_ON_THE_ATTACKERS = re.compile(r"\s+(?:(?:later|then|also|subsequently|reportedly)\s+)?(?:apprehended|arrested|captured|"
                               r"caught|killed|neutrali[sz]ed|repelled|repulsed|pursued|chased|routed|detained|lynched)\s+"
                               r"(?:(?:one|two|three|four|five|\d+|some|several|all)\s+(?:of\s+)?)?(?:the\s+)?"
                               r"(?:assailants|attackers|gunmen|raiders|perpetrators|culprits)\b", re.IGNORECASE)


# after a side, its fighting back an attack told before: "repelled the attack", "repulsed them", "fought back",
# "retaliated" (not its own attack: "repelled an attack by JNIM" names the attackers, who stay the doers)
_REPELLED_AFTER = re.compile(r"(?:\s+(?:fighters|militiamen|members|elements|men|forces|hunters))?(?:\s*\([^()]{1,40}\))?"
                             r"\s+(?:(?:reportedly|successfully|later|then|quickly|immediately|also)\s+)?"
                             r"(?:(?:repelled|repulsed|pushed\s+back|drove\s+back|drove\s+off|fended\s+off|foiled|thwarted)\s+"
                             r"(?:(?:the|this|that)\s+(?:attack|assault|incursion|raid|attackers|assailants|gunmen)\b"
                             r"(?!\s+(?:by|of)\b)|them\b|it\b)|fought\s+back\b|returned\s+fire\b|"
                             # (not a reprisal of its own: "retaliated by attacking a Fulani village")
                             r"retaliated\b(?!\s+(?:by|against|with|on|in)\b))", re.IGNORECASE)


# a deed as the subject of the verb that killed the people named next: "An ambush on Wednesday killed five |VDP",
# "a separate attack killed five volunteers for the defence of the homeland |(VDP)"
_DEED_KILLED_BEFORE = re.compile(r"\s*(?:[^.;]*?(?:[,;]|\s-)\s+)?(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|ambush|raid|"
                                 r"assault|explosion|blast|bombing|strike)\b[^.;]{0,80}?\b(?:killed|wounded|injured|"
                                 r"claimed\s+the\s+lives\s+of)\s+(?:[\w()-]+\s+){0,8}?\(?", re.IGNORECASE)
# the happening's sentence names its doers again by no name, the sentence before by theirs: "French Operation Barkhane
# and the Malian army conducted operations near Gossi. The forces killed several JNIM militants." (the militants named
# after are those struck, not the only side)
_FORCES_AGAIN = re.compile(r"(?:The|These|Both)\s+(?:joint\s+|two\s+|allied\s+)?(?:forces|troops)\s+(?:\w+ly\s+|also\s+)?"
                           r"(?:killed|neutrali[sz]ed|captured|arrested|detained|destroyed|dismantled|seized|clashed|"
                           r"engaged|repelled|repulsed|attacked|raided)\b")
# the forces' deed told as their answer to the group's attack, before them in their sentence: "In response to Boko
# Haram's attack on Gueskerou, the Nigerien military launched operations" (the group started it, as ACLED orders the
# sides; not a deed after another's: "after the attack, the army patrolled")
_RESPONSE_BEFORE = re.compile(r"\b(?:in\s+(?:response|reaction|retaliation|reprisal)\s+(?:to|for)|responding\s+to|"
                              r"retaliating\s+(?:for|against))\s+[^.;]{0,60}?\b(?:attacks?|assaults?|raids?|"
                              r"ambush(?:es)?|incursions?)\b[^.;]{0,60}$", re.IGNORECASE)
# another time told in the answered attack's clause, well before: it was another happening ("in response to a JNIM
# attack on a military post last week, soldiers raided a camp on Monday": the raid is the soldiers' own; the day
# before stays the answer's ground: "In response to Boko Haram's attack on Gueskerou on June 17, the Nigerien
# military launched ground and air operations from June 18 - 23", ACLED's Boko Haram first)
_OTHER_TIME = re.compile(r"\b(?:last|previous|preceding|past)\s+(?:week|month|year|weekend)s?\b|"
                         r"\b(?:weeks?|months?|years?)\s+(?:ago|earlier|before)\b|"
                         r"\bearlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)\b|\brecent(?:ly)?\b", re.IGNORECASE)
# the forces' deed told as a reply to the attack (a fight, a reply or the operations answering it; not a deed of
# their own initiative: "raided a camp", "attacked", "launched an offensive", "struck")
_REPLY_DEED = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:\w+ly|also|then|quickly|immediately|later))?\s+"
                         r"(?:responded|replied|repelled|repulsed|pushed\s+back|drove\s+(?:back|off)|pursued|chased|"
                         r"gave\s+chase|fought\s+(?:back|off)|beat\s+(?:back|off)|retaliated|returned\s+fire|"
                         r"counter-?attacked|clashed|engaged|fought|intervened|reacted|"
                         r"(?:launched|conducted|carried\s+out|mounted)\s+(?:(?!an?\s+offensive)[\w-]+\s+){0,4}?"
                         r"(?:operations?|counter-?offensives?|counter-?attacks?|sweeps?|pursuits?))\b", re.IGNORECASE)


def _response_before(article: Article, who: ActorMention) -> bool:
    """Whether the forces' deed is told, before them in their sentence, as their reply to the group's attack
    (`_RESPONSE_BEFORE`), that attack told with no time of its own and the forces' deed a reply ("In response to
    an attack by ISGS militants on a village, French troops clashed with the militants")."""
    m = _RESPONSE_BEFORE.search(article.text, article.sentences[who.sentence].start, who.start)
    return m is not None and not _OTHER_TIME.search(m.group(0)) \
        and _REPLY_DEED.match(article.text, who.end) is not None


# the happening's sentence names as its doer the operation the sentence before told ("French Barkhane forces conducted
# an operation near Menaka. The operation killed several ISGS militants", "The operations resulted in the killing of
# ..."): the doers are those who conducted it, told there
_OPERATION_AGAIN = re.compile(r"(?:The|These|This|That|Both)\s+(?:joint\s+|military\s+|two\s+|air\s+|ground\s+)?"
                              r"(?:operations?|offensives?|raids?|sweeps?|strikes?|airstrikes?|air\s+strikes?|"
                              r"assaults?|attacks?|ambush(?:es)?|counter-?offensives?|counter-?attacks?)\s+"
                              r"(?:\w+ly\s+|also\s+)?"
                              r"(?:killed|neutrali[sz]ed|resulted\s+in|led\s+to|left|destroyed|dismantled|captured|"
                              r"caused|claimed|targeted|hit|struck)\b")


# the countries whose fights ACLED codes with the state's forces (or a foreign mission's: AMISOM) as actor1 whatever
# side began them, as its 2016 coding of them does (Somalia 84 of 84 such fights in the All-Africa rows read, Sudan
# 38 of 42, Egypt 17 of 17, Libya 13 of 13, Nigeria 11 of 11); elsewhere (the Sahel files, Ethiopia, Burundi,
# Tunisia) the side that began it goes first
_STATE_FIRST_COUNTRIES = frozenset({"SO", "SD", "EG", "LY", "NG"})
# (its coding before its 2019 revision of the event types, which those rows are: no later row tells its order there)
_STATE_FIRST_UNTIL = date(2019, 1, 1)
# (a force of the state's own side, though its dictionary entry is a group's: Sudan's Rapid Support Forces fought
# for the government in Darfur and the Kordofans until 2019, and ACLED lists it first against the rebels)
_STATE_ALIGNED = frozenset({"RSF: Rapid Support Forces"})
# (a group told claiming the deed: "Al Shabaab claimed responsibility"; not a claim of its result, "SPLM-N claim to
# have repulsed the attack", "rebels claim they killed 16 soldiers")
_CLAIMED_AFTER = re.compile(r"[^.;]{0,20}?\bclaim(?:s|ed|ing)?\s+(?:\w+\s+)?responsibility\b", re.IGNORECASE)
# (the state named by its civil organs, not its forces: "authorities estimated 7,000 were displaced")
_STATE_NOT_FORCES = re.compile(r"\b(?:authorit\w*|government|officials?|administration)\b", re.IGNORECASE)


# the armies of the countries whose contingents served in AMISOM, the African Union's mission in Somalia, from when
# each joined it until the mission became ATMIS (April 2022): Uganda from March 2007, Burundi from December 2007,
# Djibouti from December 2011, Kenya from June 2012, Ethiopia from January 2014
_AMISOM_CONTINGENTS = {"Uganda": date(2007, 3, 1), "Burundi": date(2007, 12, 1), "Djibouti": date(2011, 12, 1),
                       "Kenya": date(2012, 6, 2), "Ethiopia": date(2014, 1, 22)}
_AMISOM_END = date(2022, 3, 31)


# the Islamic State's provinces (Libya's and Egypt's Sinai, pledged in November 2014); Libya's by the admin1 units
# they spanned: Cyrenaica ("Wilayat Barqa") and Tripolitania ("Wilayat Tarabulus"); Fezzan's are left to the bare name
_IS_PROVINCES_FROM, _IS_LIBYA_UNTIL = date(2014, 11, 13), date(2018, 12, 31)
_IS_LIBYA_PROVINCE = {
    **dict.fromkeys(("Banghazi", "Darnah", "Al Jabal al Akhdar", "Al Marj", "Al Butnan", "Al Wahat", "Al Kufrah"),
                    "Islamic State (Cyrenaica Province)"),
    **dict.fromkeys(("Tripoli", "Al Jafarah", "Az Zawiyah", "An Nuqat al Khams", "Nalut", "Al Jabal al Gharbi",
                     "Al Marqab", "Misratah", "Surt"), "Islamic State (Tripoli)")}


def _amisom_contingent(m: ActorMention | None, on: date) -> ActorMention | None:
    """`m` as its country's AMISOM contingent where it is the army of a troop-contributing country on a date its
    contingent served in Somalia (the caller knows the event is in Somalia); else `m`."""
    if m is None or not m.actor.startswith("Military Forces of "):
        return m
    country = m.actor[len("Military Forces of "):].split(" (")[0]
    joined = _AMISOM_CONTINGENTS.get(country)
    if joined is None or not joined <= on <= _AMISOM_END:
        return m
    return dataclasses.replace(m, actor=f"AMISOM: African Union Mission in Somalia (2007-) ({country})", inter=8,
                               kind="external")


# two of a state's forces told fighting each other: "a confrontation between soldiers and police", "clashes between
# gendarmes and the police", "soldiers and policemen exchanged fire"
_FEUD_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_FEUD_AND = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
_FEUD_AFTER = re.compile(r"\s+(?:(?:reportedly|allegedly|briefly)\s+)?(?:clashed|fought|exchanged\s+(?:gun)?fire|"
                         r"traded\s+(?:gun)?fire)\b", re.IGNORECASE)


def _state_feud(article: Article, state: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """Two different forces of the state (the army and the police) the text joins as the two sides of a fight, where
    it names no armed group: the first named first (ACLED codes such a fight between them, not with an unidentified
    armed group)."""
    ordered = sorted(state, key=lambda a: a.start)
    for a, b in zip(ordered, ordered[1:]):
        if a.sentence != b.sentence or a.actor == b.actor or a.country_code != b.country_code \
                or not _FEUD_AND.fullmatch(article.text, a.end, b.start):
            continue
        if _FEUD_BEFORE.search(article.text, max(0, a.start - 12), a.start) or _FEUD_AFTER.match(article.text, b.end):
            return a, b
    return None


# the rebels named again by a word of their kind, after "the": "the insurgents attacked a base", "the jihadists
# struck again" (not "the gunmen" or "the attackers": anyone's)
_KIND_AGAIN = re.compile(r"(?:insurgents?|militants?|jihadists?|terrorists?|extremists?|islamists?)", re.IGNORECASE)


def _group_named_before(article: Article, draft: _Draft, a1: ActorMention | None,
                        a2: ActorMention | None) -> ActorMention | None:
    """A happening told after another, its doers only "the insurgents" ("Suspected ISWAP fighters killed nine farmers
    on Sunday ... In a separate incident on Monday night, the insurgents attacked a military base"): the one rebel
    group the sentences before named, as a reader takes it; not where they named two or more."""
    if a1 is None or not a1.actor.startswith("Unidentified Armed Group") or a1.kind.startswith("implied-") \
            or a1.sentence < 0 or a1.sentence != draft.sentences[0] or not _KIND_AGAIN.fullmatch(a1.text) \
            or not _THE_BEFORE.search(article.text, max(0, a1.start - 8), a1.start):
        return a1
    named = {b.actor: b for b in article.actors if b.sentence < a1.sentence and b.inter == 2
             and not b.actor.startswith("Unidentified") and not b.kind.startswith("implied-")}
    if len(named) != 1:
        return a1
    b = next(iter(named.values()))
    if a2 is not None and a2.actor == b.actor:
        return a1
    return ActorMention(a1.start, a1.end, a1.text, b.actor, b.inter, b.kind, b.country_code, a1.sentence)


def _event_actors(article: Article, draft: _Draft, trig: Trigger) -> tuple[ActorMention | None, ActorMention | None]:
    # (shells and rockets that land near a camp were aimed at it: "2 rockets landed near a French military camp"; a
    # mine or a bomb that went off near one was not: "a vehicle hit an explosive device near the MINUSMA camp")
    remote = trig.event_type == "Explosions/Remote violence" and trig.sub_event_type != "Remote explosive/landmine/IED"
    mentions = [a for a in article.actors if a.sentence in draft.sentences and (remote or not _landmark(article, a))]
    mentions = [a for a in mentions if not _glossed(article, a, mentions) and not _self_named(article, a, mentions)
                and not (a.inter in (1, 8) and _serves_a_force(article.text, a.start, a.end))  # "MINUSMA subcontractor"
                and not (a.inter == 1 and _off_duty_mention(article, a))  # "an off-duty gendarme"
                and not (trig.family == "violence" and a.inter in (2, 3, 4)
                         and _former_member(article, a))  # "a former MNLA commander" struck
                and not (a.inter in (1, 8) and _POSING_BEFORE.search(article.text, max(0, a.start - 40), a.start))
                and not (a.inter in (1, 8) and _DISGUISE_AFTER.match(article.text, a.end))  # "in army fatigues"
                and not _operation_by_other(a, article.actors, article.text)
                and not (a.inter != 7 and _MISTAKEN_FOR_BEFORE.search(article.text, max(0, a.start - 40), a.start))
                and not (a.inter in (2, 3, 4) and _WHERE_BEFORE.search(article.text, max(0, a.start - 12), a.start)
                         and _ACTIVE_THERE_AFTER.match(article.text, a.end))
                # (a group a later sentence only says is active there: "No group claimed the attack, but the
                # Islamic State Sahel Province is active in the area": the area's groups, not the doer)
                and not (a.inter in (2, 3, 4) and a.sentence != draft.sentences[0]
                         and _PRESENT_THERE_AFTER.match(article.text, a.end))
                and not (trig.family == "violence" and _police_source(article, a))
                and not _suspected_link(article, a) and not (trig.family == "violence" and _accuser(article, a))
                # (the side accused after the happening was told: "... The CMA accused the army of the killings")
                and not (trig.family == "violence" and a.sentence != draft.sentences[0] and _accused(article, a))]
    # a country's contingent of a mission the sentence names is the mission ("MINUSMA peacekeepers of the
    # Senegalese contingent", "the Chadian contingent of MINUSMA"), not a second force
    mentions = [a for a in mentions if not (a.inter in (1, 8) and a.actor.startswith("Military Forces")
                                           and re.search(r"\bcontingents?$", a.text, re.IGNORECASE)
                                           and any(b.sentence == a.sentence and b.inter == 8
                                                   and not b.actor.startswith("Military Forces") for b in mentions))]
    # the state's soldiers named right after a mission's name are the mission's ("MINUSMA soldiers", "Barkhane troops")
    mentions = [a for a in mentions if not (a.inter == 1 and any(
        b.inter == 8 and b.sentence == a.sentence and b.end < a.start and not article.text[b.end:a.start].strip()
        for b in mentions))]
    if trig.family != "agreement" and (not any(_named_side(a) and not _passive_victim(article, a) for a in mentions)
                                       or _FORCES_AGAIN.match(article.sentences[draft.sentences[0]].text)
                                       or _OPERATION_AGAIN.match(article.sentences[draft.sentences[0]].text)):
        # (an agreement's parties sign; a side the sentence only says was struck is no doer: "An unspecified number
        # of JNIM militants were killed" after "French forces conducted an operation in Bouroy.")
        # the sentence that sets the scene names the sides and the happening's sentence only tells its toll ("the
        # Burkinabe army dismantled a JNIM base near Tongomayel. Two militants were killed"): its sides; not a
        # sentence of history ("The army has been fighting JNIM since 2015.", "… in recent months")
        for j in _lead_in(article, draft)[:1]:
            scene = article.sentences[j]
            if _history_in_main_clause(scene.text.lower()):
                break
            earlier = [a for a in article.actors if a.sentence == j and (remote or not _landmark(article, a))]
            earlier = [a for a in earlier if not _glossed(article, a, earlier)
                       and not (trig.family == "violence" and _police_source(article, a))]
            if any(_named_side(a) for a in earlier):
                mentions = earlier + mentions
                draft = dataclasses.replace(draft, sentences=[j, *draft.sentences])
    if not mentions:
        return None, None
    armed = [a for a in mentions if a.inter in (2, 3, 4)]
    state = [a for a in mentions if a.inter == 1]
    civ = [a for a in mentions if a.inter == 7]
    external = [a for a in mentions if a.inter == 8]
    protesters = [a for a in mentions if a.inter in (5, 6)]
    first = lambda xs: xs[0] if xs else None  # noqa: E731
    # a group a later sentence tells acting on the attackers ("Local Dozos apprehended two of the assailants",
    # "VDP pursued the attackers"): the attackers' foe, never the attackers (an unnamed attacker is not replaced by it)
    responders = [a for a in armed if a.sentence != draft.sentences[0]
                  and (_ON_THE_ATTACKERS.match(article.text, a.end, article.sentences[a.sentence].end)
                       or _ON_THE_ATTACKERS_BY.search(article.text, max(article.sentences[a.sentence].start,
                                                                        a.start - 80), a.start))]
    # a named group a later sentence tells fighting the attack back, where no other side is named
    # ("Unknown gunmen attacked the village. Dan Na Ambassagou militiamen repelled the attack", "VDP fought back"):
    # the side attacked, second; the attackers, unnamed, are ACLED's unidentified armed group
    defenders = [a for a in armed if a.sentence != draft.sentences[0]
                 and (_REPELLED_AFTER.match(article.text, a.end, article.sentences[a.sentence].end)
                      or _REPELLED_BY_BEFORE.search(article.text, max(article.sentences[a.sentence].start,
                                                                      a.start - 80), a.start))]
    unnamed = [a for a in armed if a.actor.startswith("Unidentified")]
    # (a rebel group's own losses told so are the attackers' as often: "Militants attacked a military post. Several
    # JNIM fighters were killed in the counterattack"; counted "among the dead", any group was struck)
    struck = [a for a in armed if a.sentence != draft.sentences[0] and not a.actor.startswith("Unidentified")
              and (hit := _AMONG_THE_STRUCK.match(article.text, a.end, article.sentences[a.sentence].end)) is not None
              and (a.inter != 2 or " among " in hit.group(0).lower())]
    if defenders and trig.event_type in ("Battles", "Violence against civilians") \
            and all(any(a is d for d in defenders) or any(a is u for u in unnamed) for a in armed + state + external):
        return first([a for a in unnamed if a.sentence == draft.sentences[0]]), defenders[0]
    doers = [a for a in armed if a not in responders and not any(a is d for d in defenders)
             and not any(a is x for x in struck)] or armed
    named_armed = [a for a in doers if _named_side(a)] or doers
    # the country's and foreign forces in the order the text names them: of forces attacked together, ACLED names the
    # first ("rockets against the joint MINUSMA and Malian army camp": MINUSMA; "a convoy of French Barkhane forces
    # and the Malian army": France; "a FAMa and MINUSMA convoy": Mali); forces that fight as the host army's
    # auxiliaries come after it, whatever the order ("the Wagner and FAMa base": Mali's, Wagner its associate)
    forces = sorted(state + external, key=lambda a: (_AUXILIARY_FORCES.search(a.actor) is not None,
                                                     _behind_the_mission(a, state + external), a.sentence, a.start))
    if trig.event_type in ("Battles", "Violence against civilians"):
        sides = _fought_off(article, draft, mentions)
        if sides is not None:
            return sides
        attacked = _attacked_side(article, draft, mentions)
        if attacked is not None:
            return attacked[1], attacked[0]  # the attacker first, as ACLED codes it; the attacked side second
    if trig.event_type == "Battles":
        # (an armed group named as the forces' partner, "the Burkinabe army and VDP repelled an attack by JNIM
        # militants", "VDP supported by soldiers attacked a JNIM base", fights on their side: the other named group
        # is the side they fought)
        supported = [a for a in armed if any(_ALLY_BETWEEN.fullmatch(article.text, f.end, a.start)
                                             or _ALLY_BETWEEN.fullmatch(article.text, a.end, f.start)
                                             for f in state + external)]
        allies = supported + [a for a in armed if any(_AND_BETWEEN.fullmatch(article.text, f.end, a.start)
                                                      or _AND_BETWEEN.fullmatch(article.text, a.end, f.start)
                                                      for f in state + external) and not any(a is b for b in supported)]
        foes = [a for a in doers if all(a.actor != b.actor for b in allies)]
        side_a = first([a for a in foes if _named_side(a)]) or first(foes) or first(named_armed) or first(external)
        if side_a is not None and side_a.inter in (2, 3, 4) and not state and not external \
                and len({a.actor for a in armed}) == 1 and side_a.sentence == draft.sentences[0] \
                and _DEED_KILLED_BEFORE.fullmatch(article.text, article.sentences[side_a.sentence].start, side_a.start):
            # the only group named is the object of a deed that killed its men, its doer unnamed ("An ambush on
            # Wednesday killed five VDP near Arbinda"): the side attacked, the attackers an unidentified armed group
            return None, side_a
        if side_a is None and not armed and not external:
            feud = _state_feud(article, state)
            if feud is not None:
                return feud
        # the other side: where the state's forces are named, the first of the forces (the state's or a foreign
        # force named before them, `forces`), else another armed group ("JNIM and ISGS militants clashed", "VDP
        # repelled the attack"), else a second foreign force
        # (not a group joined to the first in one subject where a third named group is their foe: "GATIA and MSA
        # fighters clashed with ISGS militants": ISGS, MSA being GATIA's associate; "JNIM and ISGS militants
        # clashed": ISGS)
        others = [a for a in armed if side_a is None or (a.actor != side_a.actor and not _anaphoric(article, a))]
        # (nor a group the text makes the first group's backer: "Al Mourabitoun fighters backed by AQIM attacked a
        # hotel" is one side, AQIM its associate; with no other side named the victims are the other side)
        others = [a for a in others if side_a is None or side_a.inter not in (2, 3, 4) or not _allied(article, side_a, a)]
        unjoined = [a for a in others if side_a is None or not (
            _AND_BETWEEN.fullmatch(article.text, side_a.end, a.start) or _AND_BETWEEN.fullmatch(article.text, a.end, side_a.start))]
        if side_a is not None and len(unjoined) < len(others) and any(_named_side(a) for a in unjoined):
            others = [a for a in unjoined if _named_side(a)]
        side_b = (next((a for a in forces if side_a is None or a.actor != side_a.actor), None) if state else None) \
            or next(iter(others), None) \
            or next((a for a in external if side_a is None or a.actor != side_a.actor), None)
        if side_b is not None and side_b.actor.startswith("Unidentified") and side_a is not None \
                and _named_side(side_a) and side_a.inter in (2, 3, 4):
            # a foreign force whose post or convoy the named group struck holds the other side, not the unnamed men
            # told after ("JNIM militants shelled the MINUSMA camp, and about ten assailants tried to breach its
            # perimeter": the assailants are JNIM's own; MINUSMA defended the camp)
            held = next((a for a in external if a.actor != side_a.actor and a.sentence == draft.sentences[0]
                         and _HELD_POST_AFTER.match(article.text, a.end)), None)
            if held is not None and held.start < side_b.start:
                side_b = held
        lead_ally = next((a for a in supported if a.sentence == draft.sentences[0]), None)
        if lead_ally is not None and side_b is not None and side_b.inter in (1, 8) and lead_ally.start < side_b.start \
                and lead_ally.sentence == side_b.sentence and (side_a is None or lead_ally.actor != side_a.actor):
            # the group the forces supported, named before them, is the side named first: "VDP supported by the army
            # repelled an attack by JNIM" (VDP, the army its associate, as ACLED orders joint forces by the text; not
            # "clashes between Islamist militants and soldiers")
            side_b = lead_ally
        t1 = draft.trigger_span[1]
        attacked = next((a for a in mentions if a.inter in (1, 2, 3, 4, 8) and 0 <= a.start - t1 <= 30
                         and side_a is not None and a.actor != side_a.actor and a.sentence == draft.sentences[0]
                         and _ATTACK_VERB.fullmatch(article.text, *draft.trigger_span)
                         and not re.search(r"[,;.]|\bby\b", article.text[t1:a.start])), None)
        if attacked is not None and side_b is not None and attacked.actor != side_b.actor and attacked.start < side_b.start:
            # the side named as the attack's object is the other side, not forces that came later ("attacked
            # volunteer fighters (VDP) in Banh. The army intervened and ...")
            side_b = attacked
        who = _initiator(article, draft, mentions, relatives=True)
        if who is not None and (who.inter in (1, 8) or any(who.actor == b.actor for b in allies)) \
                and side_a is not None and who.actor != side_a.actor \
                and (_answered(article.text, who.end) or _response_before(article, who)) \
                and any(a.actor in side_a.actor.split(" and/or ") and a.end <= who.start for a in article.actors):
            # the forces answered the attack of the group named before them: the group started it, as ACLED orders
            # the sides ("suspected JNIM militants made an incursion into Gayeri. Burkinabe forces responded to the
            # incursion and killed three militants": JNIM first)
            return side_a, who
        if who is not None and side_a is not None and who.actor != side_a.actor and side_b is not None \
                and any(who.actor == b.actor for b in allies):
            return who, side_a  # the forces' partner named first started it: "VDP and the army attacked JNIM"
        if who is not None and side_b is not None and who.actor == side_b.actor:
            return side_b, side_a  # the state started it: "the army attacked a JNIM base"
        if who is not None and who.inter in (1, 8) and (side_a is None or who.actor != side_a.actor):
            # another side started it: "French forces conducted an operation against ISGS militants"
            return who, side_a if side_a is not None else side_b
        if side_a is not None and side_b is None and side_a.inter in (1, 8) and (who is None or who.actor != side_a.actor):
            return None, side_a  # only the forces attacked are named: "a MINUSMA vehicle was hit by an IED and gunfire"
        if who is None and side_a is not None and side_b is not None and _told_between(article, draft, side_b, side_a):
            # a fight told as "between" the two sides, none starting it: the side the text names first first
            # ("clashes between the army and SPLA-IO rebels near Yei": the army; "fighting between Al Shabaab and
            # government forces": Al Shabaab, as before)
            return side_b, side_a
        return side_a, side_b
    if trig.event_type == "Violence against civilians":
        who = _initiator(article, draft, mentions)
        if who is not None and who.inter in (2, 3, 4) and _passive_victim(article, who) \
                and any(a.inter in (2, 3, 4) and _named_side(a) and a.sentence == who.sentence and a.end <= who.start
                        and a.actor != who.actor for a in mentions):
            # a group the sentence says was killed after another group it names first is the one struck, not the
            # doer ("JNIM militants entered the village, three Koglweogo were taken away and executed": JNIM)
            who = None
        t0 = draft.trigger_span[0]
        struck = next((a for a in mentions if _named_side(a) and a.sentence == draft.sentences[0] and a.end <= t0
                       and (who is None or a.actor != who.actor)
                       and _ATTACKED_PARTICIPLE.fullmatch(article.text, t0, draft.trigger_span[1])
                       and _PASSIVE_SUBJECT_BEFORE.fullmatch(article.text, a.end, t0)
                       and not _CLAUSE_OBJECT_BEFORE.search(article.text, article.sentences[a.sentence].start, a.start)),
                      None)
        if struck is not None and (who is None or who.inter in (2, 3, 4)):
            # a named armed side the sentence makes the subject of the passive attack ("GATIA elements were attacked
            # while reaching the market", "a MSA checkpoint was attacked by unidentified men"): the side attacked,
            # not the attacker; the attackers are the passive's agent, if named
            return who, struck
        # the state's forces when the sentence makes them the subject ("the Malian army claimed to have killed four
        # militants", "the Burkinabe army raided a Fulani hamlet"), else the armed group it names
        # (a named group the grammar makes the doer goes first too: "an MAA officer was abducted by JNIM")
        a1 = who if who is not None and (who.inter in (1, 8) or who.inter in (2, 3, 4) and who in named_armed
                                         and who.actor != named_armed[0].actor) else \
            first(named_armed) or first(state) or first(external)
        if who is None and a1 is not None:
            # sides joined as one subject the grammar did not read: the first, as ACLED orders them ("combined Malian
            # army and GATIA units entered the village, assaulting the imam": the army)
            a1 = _first_of_pair(article, sorted((a for a in mentions if a.sentence == a1.sentence and a.inter != 7),
                                                key=lambda a: a.start), a1)
        if who is not None and who.inter in (2, 3, 4) and a1 is not None and a1.actor != who.actor and \
                a1.sentence == who.sentence and a1.start >= draft.trigger_span[1] > who.end:
            # unnamed attackers and a named side after the verb, its object: "armed men fired on an MNLA member",
            # "unknown gunmen shot dead a MINUSMA officer" (the named side was attacked)
            return who, a1
        if a1 is not None and a1 is not who and a1.inter in (1, 2, 3, 4, 8) and a1.sentence == draft.sentences[0] \
                and _passive_victim(article, a1) and not _PREMATURE.search(article.sentences[a1.sentence].text):
            # the named side is the passive's subject, the one killed: "a commander of the MNLA was killed by gunmen
            # in Kidal" (the MNLA was struck, not the doer; the doers are the passive's agent, if named; not those
            # their own bomb killed: "militants planting a mine were killed by its premature explosion")
            return (who if who is not None and who.actor != a1.actor else None), a1
        lead = article.sentences[draft.sentences[0]]
        headline = _HEADLINE_KILLED.match(lead.text)
        if a1 is not None and a1.inter in (1, 8) and headline is not None \
                and lead.start <= a1.start < lead.start + headline.end(1):
            return None, a1  # "Police officer stabbed to death in Bamako": a headline's victim, not its doer
        if a1 is not None and a1 is not who and a1.inter == 1 and not armed and a1.start > draft.trigger_span[0] \
                and not _NOT_STRUCK_BEFORE.search(article.text, max(0, a1.start - 40), a1.start) \
                and not _background_target(article.text, a1.start):
            # "an unknown individual stabbed a soldier": the soldier is the one attacked (not the doer a passive
            # names: "two civilians were shot by soldiers", "a journalist was beaten up by a policeman")
            return None, a1
        return a1, first(civ)
    if trig.event_type == "Explosions/Remote violence":
        if trig.sub_event_type == "Air/drone strike":
            # the force the sentence makes the subject strikes, foreign or not ("French forces of Operation Barkhane
            # carried out an airstrike in coordination with the Malian army"); else the state's, else a foreign one
            who = _initiator(article, draft, mentions)
            striker = who if who is not None and who.inter in (1, 8) else first(state) or first(external)
            return striker, first(named_armed) or first(civ)
        if trig.sub_event_type == "Remote explosive/landmine/IED":
            # a named side the text says was struck is the target, not who laid it ("a GATIA vehicle was struck by
            # an IED", "two MSA militiamen including an officer were killed by an IED presumably planted by ISGS", "a
            # vehicle carrying MSA militiamen was struck by an IED")
            struck = [a for a in named_armed + external + state
                      if _passive_victim(article, a) or _STRUCK_AFTER.match(article.text, a.end)
                      or _STRUCK_BEFORE.search(article.text, max(0, a.start - 40), a.start)
                      or _CARRIED_BEFORE.search(article.text, max(0, a.start - 40), a.start)]
            layers = [a for a in named_armed if a not in struck and not any(a.actor == b.actor for b in struck)]
            return first(layers), first(struck) or first(state) or first(external) or first(civ)
        who = next((a for a in state + external if a.sentence == draft.sentences[0]
                    and (_FIRED_AFTER.match(article.text, a.end)
                         or _FIRED_BY_BEFORE.search(article.text, max(0, a.start - 40), a.start))), None)
        if who is not None:
            # the state's or a foreign force's own fire, as the sentence's subject: "French troops fired rockets at
            # Ansar Dine", "soldiers fired RPGs and destroyed the vehicle", "the army reportedly fired artillery
            # targeting the area", "the army conducted an artillery operation against JNIM", "killed by a rocket fired by
            # the army" (not the side it fired at)
            return who, first(named_armed) or first(civ)
        return first(named_armed), first(forces) or first(civ)
    if trig.event_type in ("Protests", "Riots"):
        # the state is a party only when it acted on the crowd (dispersed, arrested, fired tear gas)
        acting = [a for a in state if _POLICE_ACTION.search(article.sentences[a.sentence].text)
                  or not a.actor.startswith("Government of") and (
                      _KEPT_CROWD_AFTER.match(article.text, a.end, article.sentences[a.sentence].end)
                      or _KEPT_CROWD_BY.search(article.text, article.sentences[a.sentence].start, a.start))]
        # the forces before a government the crowd protested against ("a protest against a ban imposed by the
        # government, the demonstration was dispersed by security forces": the forces acted on it)
        acting.sort(key=lambda a: a.actor.startswith("Government of"))
        if not acting and trig.event_type == "Riots":
            # a riot's target: the forces, peacekeepers or militia the crowd stoned, ransacked or blocked ("youths
            # threw stones at Barkhane vehicles", "rioters threw stones at police", "ransacked the prefecture and
            # the Ganda Koy base", "barricaded the road, preventing a MINUSMA patrol"), or foreign forces that fired
            # on it (the state's forces, not its government: "ransacked the governor's office" has no second side)
            own_forces = [a for a in state if not a.actor.startswith("Government of")]
            acting = [a for a in external + own_forces + [x for x in named_armed if _named_side(x)]
                      if _CROWD_TARGET_BEFORE.search(article.text, article.sentences[a.sentence].start, a.start)
                      or a.inter == 8 and _POLICE_ACTION.search(article.sentences[a.sentence].text)]
            acting.sort(key=lambda a: a.start)
        if not acting:
            # an armed group told dispersing the crowd ("MNLA fighters fired in the air to disperse the crowd",
            # "militiamen broke up the march"): the side the crowd faced, as the state's forces would be
            acting = [a for a in named_armed if _named_side(a)
                      and _DISPERSED_AFTER.match(article.text, a.end, article.sentences[a.sentence].end)]
        return first(protesters), first(acting)
    # strategic developments
    ordered = sorted(mentions, key=lambda a: (a.sentence, a.start))
    if trig.family == "arrests":
        # (not the victim of the crime the arrest is told in connection with: "In connection with the murder of a
        # journalist, police detained two men": the police arrested, the journalist is no side)
        ordered = [a for a in ordered if not _background_target(article.text, a.start)] or ordered
    if trig.family == "agreement":
        # the parties: the actors before the signing verb of the lead sentence
        s = article.sentences[draft.sentences[0]]
        m = SIGN.search(s.text)
        if m is not None:
            parties = [a for a in ordered if a.sentence == s.index and a.end <= s.start + m.start()]
            if parties:
                ordered = parties + [a for a in ordered if a not in parties]
    a1 = ordered[0]
    if trig.family in ("arrests", "looting"):
        # the named armed group whose men were arrested or whose goods or camps were seized or destroyed ("the army
        # arrested 13 presumed Katiba Macina militants", "gunmen seized a GATIA vehicle", "JNIM militants destroyed
        # an ISGS base"), whatever its country (a group of several countries has none)
        # (not a gloss or an alternative of the doer: "unknown gunmen [believed to be JNIM militants]", "ISGS or
        # JNIM militants"; not a community's militia nor a group the text only suspects: "detained two Dozo people",
        # "arrested 30 people on suspicion that the supplies were destined to Boko Haram")
        t1 = draft.trigger_span[1]
        named = next((a for a in ordered if a.inter in (2, 3, 4) and _named_side(a) and a.actor != a1.actor
                      and a.start > a1.start and not _anaphoric(article, a)
                      and not _GLOSS_AFTER.match(article.text, a1.end, a.start)
                      and not _EITHER_BETWEEN.fullmatch(article.text, a1.end, a.start)
                      and not _co_doer(article, a1, a, draft.trigger_span[0])
                      and not a.actor.endswith(("Communal Militia", "Ethnic Militia")) and "Militia (" not in a.actor
                      and not (t1 <= a.start and _SUSPECTED_LINK.search(article.text, t1, a.start))), None)
        if named is not None and _BY_BEFORE.search(article.text, max(0, named.start - 40), named.start):
            return named, a1  # the passive's agent did it: "20 women were arrested by Ansar Dine fighters"
        if named is not None:
            return a1, named
        if trig.family == "looting" and (force := _force_robbed(article, draft, a1, ordered)) is not None:
            return a1, force
        if trig.family == "looting" and a1.end <= draft.trigger_span[0]:
            # the passive's agent after the deed did it, the side named before the deed owned what was taken or
            # burned ("trucks chartered by MINUSMA were burned by unidentified gunmen": the gunmen, then MINUSMA)
            agent = next((a for a in ordered if a.sentence == a1.sentence and a.start >= draft.trigger_span[1]
                          and a.inter in (2, 3, 4) and a.actor != a1.actor
                          and _BY_BEFORE.search(article.text, max(0, a.start - 40), a.start)), None)
            if agent is not None:
                return agent, a1
    a2 = next((a for a in ordered if a.actor != a1.actor and not _anaphoric(article, a)
               and (a.country_code is not None and a.country_code != a1.country_code
                    or _other_party(trig, a1, a))), None)
    return a1, a2


def _forces_read_again(article: Article, matcher: ActorMatcher, cc: str) -> list[ActorMention]:
    """The article's actors with the state's forces a bare noun names ("police", "the soldiers", "gendarmes") read
    with `cc` as the hint, where no actor was read at their words: the text named no country for them."""
    have = article.actors
    new = [m for m in matcher.find(article.text, country_hint=cc, on=article.published)
           if m.inter == 1 and not any(o.start < m.end and m.start < o.end for o in have)]
    for m in new:
        m.sentence = next((s.index for s in article.sentences if s.start <= m.start < s.end), -1)
    return sorted(have + new, key=lambda m: m.start) if new else have


def _other_party(trig: Trigger, a1: ActorMention, a: ActorMention) -> bool:
    """Whether `a`, of `a1`'s country or of none, is a development's other side all the same: a second party
    to an agreement that is no arm of the same state ("MNLA, MAA and HCUA agreed on a merger": the MAA; "the
    government signed an accord with the CMA": the CMA), as ACLED names an agreement's second party; not the
    state's own other arm ("the government and the army agreed": one side)."""
    if trig.family != "agreement":
        return False
    # (a party the text names, not a kind of group: "to include self-defense groups in the DDR process")
    return _named_side(a) and _named_side(a1) and not (a.inter == 1 and a1.inter == 1)


def _co_doer(article: Article, a1: ActorMention, a: ActorMention, t0: int) -> bool:
    """Whether `a` is joined to the doer `a1` as one subject before the deed's word: a partner, not the side whose
    men or goods were taken ("the army and Dozo hunters torched Fulani compounds", "the army
    supported by Dozos arrested thirteen men": the civilians are the other side)."""
    return a.end <= t0 and (_AND_BETWEEN.fullmatch(article.text, a1.end, a.start) is not None
                            or _ALLY_BETWEEN.fullmatch(article.text, a1.end, a.start) is not None)


# between a robber and the force it robbed: the same clause, the force its object ("seized a vehicle of the Malian
# National Guard", "intercepted a policeman and seized his weapon"); not a force that came after or fought back
# ("looted shops before soldiers arrived", "stole cattle; the army pursued them", "by soldiers")
_ORGANISATION = re.compile(r"(?:UN|EU|AU|ECOWAS|NATO|AES): ")  # (a UN agency's vehicle is the aid workers', civilians)
_ROBBED_BETWEEN = re.compile(r"[^,;.:]*", re.IGNORECASE)
_NOT_ROBBED = re.compile(r"\b(?:by|before|after|until|when|while|as|then|later|arriv\w*|deploy\w*|search\w*|pursu\w*|"
                         r"hunt\w*|track\w*|chas\w*)\b|" + _INTERVENED.pattern,
                         re.IGNORECASE)


def _force_robbed(article: Article, draft: _Draft, a1: ActorMention, ordered: list[ActorMention]
                  ) -> ActorMention | None:
    """The state's or a foreign force whose goods or men a looting took, named as the deed's object in the lead
    sentence after the robbers ("unknown gunmen seized a vehicle of the Malian National Guard", "gunmen intercepted a
    policeman and seized his service weapon"): ACLED's other side, not civilians. None when the robbers are forces."""
    if a1.inter in (1, 8):
        return None
    lead = draft.sentences[0]
    return next((m for m in ordered if m.sentence == lead and m.inter in (1, 8) and m.start > a1.end
                 and not m.actor.startswith("Government of") and not _ORGANISATION.match(m.actor)
                 and _ROBBED_BETWEEN.fullmatch(article.text, a1.end, m.start)
                 and not _NOT_ROBBED.search(article.text, a1.end, m.start)
                 and not _NOT_ROBBED.search(article.text, m.end, article.sentences[lead].end)), None)


# foreign forces ACLED codes as the associates of the host state's army they fight beside (Russia's contractors and
# their successor unit in the Sahel), not as the side attacked when named with it
_AUXILIARY_FORCES = re.compile(r"^Wagner Group\b|\bAfrica Corps$")
_UN_MISSION = re.compile(r"^MINUSMA\b")


def _behind_the_mission(a: ActorMention, forces: list[ActorMention]) -> bool:
    """Whether `a` is a foreign state's forces attacked together with the UN mission they share a camp with: ACLED
    names the mission ("rockets against the joint Barkhane/MINUSMA base", "the joint camp of French forces and
    MINUSMA": MINUSMA), whatever the order the text names them in."""
    return a.inter == 8 and a.actor.startswith("Military Forces of") \
        and any(_UN_MISSION.search(b.actor) for b in forces if b.sentence == a.sentence)


_COUNTRYLESS_ROLES = frozenset({"protesters", "rioters"})
# the air force of a strike whose maker the text does not tell (data/actors.json "unidentified-military")
_UNIDENTIFIED_MILITARY = "Unidentified Military Forces"


def _role(matcher: ActorMatcher, role: str, cc: str | None, article: Article, text: str,
          start: int, end: int) -> ActorMention | None:
    """A generic actor the text implies but does not name (e.g. 'Unidentified Armed Group (Mali)'); in a text that
    places it in no country, a crowd of no country ('Protesters (Unknown)', as the matcher names a crowd the text
    does name: a protest has its protesters), never a state's forces."""
    if cc is None and role not in _COUNTRYLESS_ROLES:
        return None
    got = matcher.role_actor(role, cc, on=article.published)
    if got is None:
        return None
    name, inter = got
    s = article.sentence_at(start)
    return ActorMention(start, end, text, name, inter, f"implied-{role}", cc, s.index if s else -1)


def _agreement_states(article: Article, draft: _Draft, matcher: ActorMatcher) -> list[ActorMention]:
    """"Niger and Benin signed": countries named before the signing verb are their governments."""
    s = article.sentences[draft.sentences[0]]
    m = SIGN.search(s.text)
    if m is None:
        return []
    out: list[ActorMention] = []
    for p in article.places:
        if p.sentence == s.index and p.feature == "country" and p.end <= s.start + m.start():
            a = _role(matcher, "government", p.country_code, article, p.text, p.start, p.end)
            if a is not None and all(x.actor != a.actor for x in out):
                out.append(a)
    return out


def _interaction(i1: int | None, i2: int | None) -> int | None:
    if i1 is None:
        return None
    if i2 is None:
        return i1 * 10
    a, b = sorted((i1, i2))
    return a * 10 + b


# -- places ---------------------------------------------------------------------------------------------
_RANK = {"place": 0, "admin2": 1, "admin1": 2, "country": 3}


# happenings that take place at a scene (not decisions taken in a capital)
_SCENE_FAMILIES = ("violence", "protest", "looting")


# a destination, not a scene: "in the direction of Ouagadougou", "heading to Gao", "on their way to Mopti", "medical
# evacuation to Gao"
_DESTINATION_BEFORE = re.compile(r"\b(?:in the direction of|towards?|(?:heading|headed) (?:back )?(?:to|for|towards?)|bound for|"
                                 r"en route (?:to|for)|"
                                 r"on (?:its|their|his|her|the) way to|(?:return|returning|returned|go|going|went|"
                                 r"travel(?:l?ing|l?ed)?|fled|fleeing|flee|evacuated|evacuation|medevac|transferred|"
                                 r"transfer|taken) (?:back )?to)\s+"
                                 r"(?:the\s+)?(?:(?:town|city|village|capital) of\s+)?$", re.IGNORECASE)


# a road named by the town it leads to is where things happen on it, not a destination: "abducted on the road towards
# Douentza", "a mine exploded on the road to Tin Zaouatene" (the source codes the town); not "en route to Mopti", a
# destination
_ROAD_TO_BEFORE = re.compile(r"\b(?<!\ben )(?:road|route|highway|axis|track)\s+(?:leading\s+|linking\s+\w+\s+)?(?:to|towards?)\s+"
                             r"(?:the\s+)?(?:(?:town|city|village) of\s+)?$", re.IGNORECASE)


# a place a crowd stands with, not where it marches: "students in the capital marched in solidarity with Koudougou",
# "a sit-in in solidarity with the people of Kidal"
_SOLIDARITY_BEFORE = re.compile(r"\bin\s+solidarity\s+with\s+(?:the\s+)?(?:(?:people|residents|inhabitants|population|"
                                r"victims|students|youths?|protesters|town|city|village)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)


# where the wounded were cared for or died of their wounds, not where they were hurt: "succumbed to his wounds at
# the medical center in Goundam", "were treated at the hospital of Djibo", "died in hospital in Niamey" (not a bare
# "died in Ouallam", which tells the scene as often)
_CARE_PLACE = r"(?:(?:district |regional |military |local |main )?(?:hospital|medical cent(?:er|re)|health cent(?:er|re)|clinic))"
_CARED_FOR_BEFORE = re.compile(r"\b(?:(?:succumbed|died|passed away)(?:\s+(?:later|shortly|subsequently))?(?:\s+(?:to|of)\s+"
                               r"(?:his|her|their)\s+(?:wounds|injuries))?\s+(?:at|in)\s+(?:the\s+|a\s+)?" + _CARE_PLACE +
                               r"|(?:treated|admitted|hospitali[sz]ed|receiving (?:medical )?(?:care|treatment)|taken|evacuated|rushed|"
                               r"transported|transferred|brought|airlifted|flown)\s+(?:at|in|to)"
                               r"\s+(?:the\s+|a\s+)?" + _CARE_PLACE + r")\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:town|city) of\s+)?$",
                               re.IGNORECASE)


# where people went to do what the text tells: "travelled to Paris on Tuesday to protest outside the ministry"
_PURPOSE_AFTER = re.compile(r"[^.;]{0,40}?\bto\s+(?:protest|demonstrate|march|rally|picket|riot|stage|hold|join|attend|"
                            r"take part|sit in|occupy|block|attack|raid|loot)\b", re.IGNORECASE)


# a building, a firm or a city's quarter named after a place ("Mount Sinai Hospital", "the Key Club", "the Austin
# neighborhood", "a Madison apartment complex")
_FACILITY_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’]*)?[ \t]+(?:(?:Hospital|Medical|Clinic|Health|High|Middle|Elementary|"
                             r"School|Academy|College|Club|Apartments|Park|Market|Mall|Hotel|Motel|Inn|Lounge|Bar|Church)"
                             r"(?![\w-])|(?:neighbou?rhoods?|apartments?|apartment complex|nightclub|housing project)\b)")


# "the east Baltimore neighborhood": a part of the city named, not a quarter named after another place
_PART_OF_BEFORE = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
                             r"south-east|south-west|central|downtown|northern|southern|eastern|western)[ \t]+$")


def _named_after(text: str, p: PlaceMention) -> bool:
    """Whether place mention `p` names a building, a quarter or (in an address) a street, not the place itself."""
    m = _FACILITY_AFTER.match(text, p.end)
    if m is not None and m.group(0).strip().lower().startswith("neighbo") \
            and _PART_OF_BEFORE.search(text, max(0, p.start - 20), p.start):
        return False
    return m is not None or in_address(text, p.start, p.end)


# where people travelled from, far off as often as not: "returning to the village from Bamako", "coming from Gao"
_TRAVEL_FROM_BEFORE = re.compile(r"\b(?:coming|returning|fleeing|deported|repatriated|expelled|came|travell?(?:ing|ed)|"
                                 r"arriving|arrived)\b[^.;]{0,30}?\bfrom\s+(?:the\s+)?(?:(?:village|town|city|hamlet)\s+"
                                 r"of\s+)?$", re.IGNORECASE)


# a people's village: "the Dogon village of X", "X, a Bissa village" (the people's name right before "village", or the
# village told after the place by its people)
_PEOPLE_VILLAGE_BEFORE = re.compile(r"\b([\w'’-]+)\s+(?:village|hamlet|settlement)\s+of\s+$", re.IGNORECASE)
_PEOPLE_VILLAGE_AFTER = re.compile(r",?\s+an?\s+([\w'’-]+)\s+(?:village|hamlet|settlement)\b", re.IGNORECASE)


def _village_people_country(article: Article, place: PlaceMention, matcher: ActorMatcher) -> str | None:
    """The one country of the people a village is told to be of ("the Dogon village of Lema", "Kiri, a Bissa
    village"): None when no such people is told, or it lives in several countries (Fulani)."""
    text = article.text
    spans = []
    if (m := _PEOPLE_VILLAGE_BEFORE.search(text, max(0, place.start - 40), place.start)) is not None:
        spans.append((m.start(1), m.end(1)))
    if (m := _PEOPLE_VILLAGE_AFTER.match(text, place.end)) is not None:
        spans.append((m.start(1), m.end(1)))
    # (the peoples of the whole text, scanned once per text by the matcher, that stand in those words)
    peoples = matcher.peoples_country_spans(text) if spans else []
    return next((cc for a, b in spans for st, en, cc in peoples if a <= st and en <= b), None)


def _reference_country(p: PlaceMention, gaz: Gazetteer | None) -> PlaceMention | None:
    """The country of a place that is not the scene but tells where it is (a town people came from or the wounded
    were taken to): the scene, unknown to the gazetteer, most likely lies in that country."""
    country = gaz.country(p.country_code) if gaz is not None else None
    if country is None:
        return None
    return PlaceMention(p.start, p.end, p.text, country.name, country.geonames_id, p.country_code, country.name,
                        None, None, country.latitude, country.longitude, "country", country.population, 0.5,
                        "reference", p.sentence)


# between two names of one list or of a village and its commune: ", ", " and ", " or ", "/", a bracket ("Lema [Lema
# Kanda] (Bankass, Mopti)", "Dala [Dallah] and Nokara"), a stretch the place lies on ("Dounkou, between Tougan and")
_HIERARCHY_LIST_GAP = re.compile(r"[ \t]*(?:\[[^\]\n]{0,40}\])?[ \t]*\]?[ \t]*(?:,[ \t]*)?(?:and[ \t]+|or[ \t]+|between[ \t]+|/[ \t]*|\[[ \t]*)?")


_GLOSS_BETWEEN = re.compile(r"[ \t]*\[[ \t]*")


# a commune named before a written-out hierarchy: "Madougou Commune (Koro, Mopti)"; the farthest a place named
# before it lies from the hierarchy's towns (a cercle's seat to its villages: Ansongo's reach 150 km)
_UNITS_KM = 150.0
# between a place and the place it is told to lie near: the place's noun or the rest of a list it heads ("the
# Tabrichat area near Tessalit", "the villages of Blaharde and Bague near Toumour"), then the cue (NEAR_BETWEEN)
_NEAR_GAP = re.compile(r"(?:[ \t]+(?:area|zone|sector|locality|village|town|region))?"
                       r"(?:[ \t]*(?:,|and|or)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?){0,3}")
# between a unit told with its noun and the wider unit that holds it: "the Bourem district of Gao", "the Djibo
# department of Soum province"
_PART_OF_BETWEEN = re.compile(r"[ \t]+(?i:district|cercle|circle|department|province|commune|county|municipality|"
                              r"sub-?prefecture|prefecture)[ \t]+of[ \t]+(?:the[ \t]+)?")
# (a cue that says near: "near", "close to", "outside", or a distance told; not a bare bearing, "the towns of Dioura
# and Nampala, south of Timbuktu", which can lie 300 km off)
_NEAR_CUE = re.compile(r"[ \t]*,?[ \t]*(?:(?:near|close to|not far from|outside)\b|[^\n]*?\d[ \t-]*(?:km|kilomet|miles))")
# the farthest a village lies from the seat of the commune the text puts it in (as geo.places reads a hierarchy)
_COMMUNE_KM = 75.0
_COMMUNE_AFTER = re.compile(r"[ \t]+(?:Rural[ \t]+|Urban[ \t]+)?(?:[Cc]ommune|[Mm]unicipality)\b")


# a unit the text puts a place in, right after it: "Basnere|, |Soum| Province", "Diaka| in |Tenenkou| Cercle", "Kobou|, in
# the |Mopti| region", "Dinguila| village in the |Soum| province"
_IN_UNIT_BETWEEN = re.compile(r"(?:[ \t]+(?:village|town|hamlet|locality))?"
                              r"(?:[ \t]*,[ \t]*(?:in[ \t]+)?(?:the[ \t]+)?|[ \t]+in[ \t]+(?:the[ \t]+)?)")
_UNIT_WORD_AFTER = re.compile(r"[ \t]+(?:[Pp]rovince|[Rr]egion|[Cc]ercle|[Dd]epartment|[Pp]refecture)\b")
# (a list goes on after the unit: "posts in Djibo, Loroum province and Yatenga province" are three places)
_LIST_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:and|or|&)[ \t]+[A-Z]")


def _namesakes_outside_unit(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places read as a village of another first-level unit (or country) than the unit the text names right
    after it ("in the area of Basnere, Soum Province": the gazetteer's Basnéré lies in Centre-Nord, Soum in Sahel),
    each replaced by that unit (a town the unit is named after read as the unit: "Diaka in Tenenkou Cercle");
    the other places as they are."""
    out: list[PlaceMention] = []
    for p in places:
        u = next((q for q in places if p.feature == "place" and q.start > p.end
                  and _IN_UNIT_BETWEEN.fullmatch(text, p.end, q.start) and (w := _UNIT_WORD_AFTER.match(text, q.end))
                  and not _LIST_GOES_ON.match(text, w.end())
                  and q.feature in ("place", "admin1", "admin2")), None)
        if u is None or (u.country_code, u.admin1) == (p.country_code, p.admin1) or u.admin1 is None:
            out.append(p)
        else:
            out.append(dataclasses.replace(u, context="region") if u.feature == "place" else u)
    return [q for i, q in enumerate(out) if not any(r.start == q.start for r in out[:i])]  # (each unit once)


# a part of a country told: "in northern Burkina Faso", "north-eastern Nigeria", "central Mali"
_PART_OF_COUNTRY_BEFORE = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
                                     r"central)\s+$", re.IGNORECASE)


# the farthest a village told to lie "near" a town, with no distance told, lies from it as the scene: a name read
# farther ("Bodewal, near Mbana" at a Bodewel 62 km off, "In-Khalil, near Tessalit" at 110 km) is a namesake or a
# place too far to be the one the source codes: the town it is told near is, at precision 2 (the recogniser keeps a
# wider reach, `near_reach`, to choose among a name's places); (at 50 km, "the Ighayen area near Agadez", 57 km
# off and coded there by the source, was lost for "Foita, near Lere", 56 km off and coded at Lere: a tie)
_NEAR_SCENE_KM = 60.0


def _scene_reach(text: str, end: int, start: int, p: PlaceMention) -> float:
    """How far a scene `p` may lie from the place told after it (`text[end:start]` between them): the distance told
    and some, else, for a village, `_NEAR_SCENE_KM` (a town, "Aguelhok, near Kidal", is no namesake to fear)."""
    if _TOLD_DISTANCE.search(text, end, start) or (p.population or 0) >= VILLAGE:
        return near_reach(text, end, start)
    return _NEAR_SCENE_KM


_TOLD_DISTANCE = re.compile(r"\d[ \t-]*(?:km|kilomet|miles)", re.IGNORECASE)


def _event_place(article: Article, draft: _Draft, gaz: Gazetteer | None = None) -> PlaceMention | None:
    # where events happen: not a demonym ("French troops"), not a country named as an actor ("US troops"), not a
    # continent ("Africa")
    located = [p for p in article.places if p.context not in ("demonym", "actor") and p.feature in _RANK]
    # a village the gazetteer does not know, told as a place in the event's sentences ("in the village of Boulkessi")
    told = _unknown_place(article, draft) if draft.trigger.family in _SCENE_FAMILIES else None
    # where people come from ("a peacekeeper from Guinea ... near Kidal", "men from Isseye ... executed near Yirma")
    # is not the scene when the text names another place below the country; without one, a village they are from
    # is ("kidnapped four people from Koutou village"), a country they are from is not
    # (nor, when the scene is a village the gazetteer does not know, a place people travelled from: "the village of
    # Boulkessi ... returning to the village from Bamako" did not happen in Bamako; but "villagers from Birga" killed
    # in an unknown village's area were most likely killed near their own)
    travelled = [p for p in located if p.context == "origin" and p.feature != "country" and told is not None
                 and _TRAVEL_FROM_BEFORE.search(article.text, max(0, p.start - 60), p.start)]
    other = bool(travelled) or any(p.context != "origin" and p.feature != "country" for p in located)
    refs = travelled
    located = [p for p in located if p.context != "origin" or not (other or p.feature == "country")]
    filed = {p.country_code for p in located if p.context == "dateline"}
    if filed and (told is not None or any(p.context not in ("dateline", "border", "origin")
                                          and (p.feature != "country" or p.country_code not in filed
                                               or _PART_OF_COUNTRY_BEFORE.search(article.text, max(0, p.start - 30),
                                                                                 p.start))
                                          for p in located)):
        # where the story was filed ("BAMAKO, Nov 18 (Reuters) -") is no scene beside a place the story tells below
        # the country (one the gazetteer lacks too: "seized the town of Rubaya"), another country, or a part of the
        # country ("in northern Burkina Faso"); alone it is one
        located = [p for p in located if p.context != "dateline"]
    coded = [p for p in located if p.context == "coded" and (p.sentence in draft.sentences or len(located) == 1
                                                             or draft.sentences[0] == 0)]
    if coded:
        return coded[0]  # "(coded as Boni at geoprecision 2)": the place the source codes the event at
    places = [p for p in located if p.sentence in draft.sentences and p.context != "border"]
    if draft.trigger.family in _SCENE_FAMILIES:
        # where people were going is not where it happened ("forced the truck to return in the direction of
        # Ouagadougou"), when the text names another place
        # (nor where the wounded were cared for or died of their wounds: "succumbed to his wounds at the medical
        # center in Goundam", "were admitted to the hospital of Djibo")
        # (nor a place a crowd stands with: "marched in solidarity with Koudougou")
        going = [p for p in places if (_DESTINATION_BEFORE.search(article.text, max(0, p.start - 40), p.start)
                                       and not _ROAD_TO_BEFORE.search(article.text, max(0, p.start - 40), p.start)
                                       or _CARED_FOR_BEFORE.search(article.text, max(0, p.start - 80), p.start))
                 and not _PURPOSE_AFTER.match(article.text, p.end)
                 or _SOLIDARITY_BEFORE.search(article.text, max(0, p.start - 60), p.start)]
        if going and (len(going) < len(located) or told is not None):
            places = [p for p in places if p not in going]
            refs += going
        # a building or a quarter named after a place is not that place: "taken to Mount Sinai Hospital", "a party at
        # the State Line Club", "in the Austin neighborhood" (of the city the text names), when the text names another
        # (nor is a street named after one in an address: "the 1900 block of Dover", "at Seventh Street and Broadway")
        named = [p for p in places if p.feature != "country" and _named_after(article.text, p)]
        if named and any(p.feature != "country" and not _named_after(article.text, p) for p in located):
            places = [p for p in places if p not in named]
        # a village known only in another region than the unit the text puts it in is a namesake: the scene is a
        # village of that unit the gazetteer lacks, placed at the unit ("in the area of Basnere, Soum Province")
        places = _namesakes_outside_unit(article.text, places)
        # a unit told as the part of a wider one, "in the Bourem district of Gao", "Niono cercle of Segou region":
        # the wider unit only holds it (read at its chief town, it is no scene beside the part)
        held = {id(q) for p in places for q in places if p.context == "region" and p.feature in ("place", "admin2")
                and q.start > p.end and _PART_OF_BETWEEN.fullmatch(article.text, p.end, q.start)}
        if held:
            places = [p for p in places if id(p) not in held]
    else:
        named = []
    if draft.trigger.family not in _SCENE_FAMILIES:
        # where it was done: "signed in Niamey", "arrived in Ouagadougou"
        for p in sorted(places, key=lambda p: (p.sentence, p.start)):
            if p.feature == "place" and _DONE_IN.search(article.text[max(0, p.start - 60):p.start]):
                return p
        # a strategic development happens where the article's story is, not in every country it names:
        # places of the trigger sentence in the dominant country, else that country itself
        dominant = dominant_country(article.places)
        places = [p for p in places if p.sentence == draft.sentences[0] and p.country_code == dominant]
        if not any(p.feature != "country" for p in places) and gaz is not None and dominant is not None \
                and _unknown_place(article, draft) is None:
            # a national decision with no scene: ACLED codes it at the capital (not a deed told in a village the
            # gazetteer lacks: "the gendarmerie arrested 25 people in Kpenchangou" was not done in the capital)
            capital = _capital(article, gaz, dominant)
            if capital is not None:
                return capital
        if not places:
            places = [p for p in located if p.country_code == dominant and p.feature == "country"][:1]
    if draft.trigger.family in _SCENE_FAMILIES and not any(p.feature != "country" for p in places):
        # the scene told before the trigger sentence, nearest first
        for i in _lead_in(article, draft):
            earlier = [p for p in located if p.sentence == i and p.context != "border" and p.feature != "country"]
            if earlier:
                places = earlier
                break
    if draft.trigger.family in _SCENE_FAMILIES and not any(p.feature != "country" for p in places) and told is None:
        # the scene told right after the trigger sentence, when it is the one place the text names below the country
        # ("Clashes erupted between protesters and police. The protesters opposed a concert to be held in Niamey.")
        # (the first sentence after the trigger's that is not the draft's own: "Clashes erupted ... [the protest
        # told with its place] ... rioters set bars on fire": the scene the next sentence gives)
        after = next(i for i in range(draft.sentences[0] + 1, max(draft.sentences) + 2) if i not in draft.sentences)
        # (in the country the event's sentences name, if they name one: "abducted in Burkina Faso. They were freed
        # in Kidal" was not done in Kidal)
        told_cc = {p.country_code for p in places}
        later = [p for p in located if p.sentence == after and p.context not in ("border", "origin")
                 and p.feature != "country" and (not told_cc or p.country_code in told_cc)
                 # (nor where the wounded were taken: "The wounded were evacuated to Gao")
                 and not ((_DESTINATION_BEFORE.search(article.text, max(0, p.start - 40), p.start)
                           or _CARED_FOR_BEFORE.search(article.text, max(0, p.start - 80), p.start))
                          and not _PURPOSE_AFTER.match(article.text, p.end))]
        # (not a happening told apart: "In a separate incident, protesters marched in Zinder")
        if later and len({(p.name, p.admin1) for p in located if p.feature != "country"}) == 1 \
                and not _SEPARATE.search(article.sentences[after].text):
            places = later[:1]
    if named and not any(p.feature != "country" for p in places):
        # no other scene told near it: the quarter, the building or the street is in the place the text tells of
        # elsewhere ("shot in the Austin neighborhood ... Chicago police said"), else the place it is named after
        elsewhere = [p for p in located if p.feature != "country" and p.context != "border" and p not in named
                     and p.country_code == named[0].country_code and not _named_after(article.text, p)]
        if elsewhere:
            # the place told most often ("Mobile users tap here" once beside the city told three times)
            times = Counter((p.name, p.admin1) for p in elsewhere)
            most = max(times.values())
            elsewhere = [p for p in elsewhere if times[(p.name, p.admin1)] == most]
        places = elsewhere or named
    if not places:
        places = [p for p in located if p.context != "border"]
        places = [p for p in places if p.feature == "country"][:1]
    if not places and refs:
        # the scene unknown to the gazetteer, told only by where people came from or went: that place's country
        return _reference_country(refs[0], gaz)
    if not places:
        return None
    # the most specific place; among equals, one with a "near"/"in" cue, then the earliest
    hier = [p for p in places if p.context == "hierarchy"]
    if hier:
        # "in Mentao (Pobe-Mengao, Soum) that were travelling to Djibo": a place written with its units says where;
        # the scene is that place (the one right before the parentheses) or, unknown to the gazetteer, its units
        lo = min(h.start for h in hier)
        between = lambda p: article.text[p.end:lo]  # noqa: E731
        before = [p for p in places if p.context != "hierarchy"
                  and p.end <= lo and lo - p.end <= 80 and "(" in between(p) and ")" not in between(p)]
        # of the places before the parentheses, the one they follow and those listed with it ("the villages of Yira
        # and Dissa, Baye Commune (Bankass, Mopti)"), not a place told earlier in the clause ("the chief of Taoudenni
        # along with his driver in the area of Dioura (Tenenkou, Mopti)", "the royal family of Gan vandalized
        # churches in Loropeni (Perigban, Poni)")
        kept: list[PlaceMention] = []
        for p in sorted(before, key=lambda p: -p.start):
            if not kept or _HIERARCHY_LIST_GAP.fullmatch(article.text, p.end, kept[-1].start):
                kept.append(p)
        # the units in the parentheses only place the names before them: a commune named there ("Yorou Pen,
        # Madougou Commune (Koro, Mopti)", Yorou Pen unknown) is nearer the scene than the cercle's town, and stands
        # for the village as the units would (precision 2); a name the gazetteer has far from the units is not the
        # one they place ("Tassiga-Boura (Ansongo, Gao)": not Segou's Boura, 600 km off; GeoNames may file a
        # village beside the units under the next region, "Ouattigue (Ouindigui, Loroum)")
        kept = [dataclasses.replace(p, context="hierarchy") if _COMMUNE_AFTER.match(article.text, p.end) else p
                for p in kept if any(h.country_code == p.country_code if h.feature == "country" else
                                     h.admin1 == p.admin1 if h.feature == "admin1" else
                                     haversine_km(h.latitude, h.longitude, p.latitude, p.longitude) <= _UNITS_KM
                                     for h in hier)]
        # (a village named before the commune that holds it, "Tin Ainnor, Tessit Commune (Ansongo, Gao)", read
        # farther from the commune's seat than a commune's villages lie, is another village of the name, though
        # within the cercle's reach: the commune stands for the village, as ACLED codes one it cannot find; the
        # seat is any town of the commune's name in its country, the one read being perhaps a namesake)
        seats = [(c.latitude, c.longitude) for c in kept if c.context == "hierarchy"]
        seats += [(q.latitude, q.longitude) for c in kept if c.context == "hierarchy" and gaz is not None
                  for q in gaz.lookup(c.text) if q.country_code == c.country_code and q.feature in ("place", "admin2")]
        if seats:
            kept = [p for p in kept if p.context == "hierarchy" or p.feature != "place" or any(
                haversine_km(la, lo, p.latitude, p.longitude) <= _COMMUNE_KM for la, lo in seats)]
        places = kept or [p for p in places if p.context == "hierarchy"]
        # (the village the parentheses place is told there as much as with "in": "in the area of Fetonelbi [Feto
        # Nebam], Mondoro Commune (Douentza, Mopti)": Feto Nebam, known, not the commune that stands for an unknown one)
        in_parens = {id(p) for p in kept if p.context != "hierarchy"}
    else:
        in_parens = set()
    # a name in square brackets right after another is the source's own spelling of that place, the one it codes
    # ("near the village of Tonou [Tondo Erkokoni]", "in Domo [Doma]"): it stands for the name before it
    glossed = {id(p) for p in places for q in places if q is not p and q.start > p.end
               and _GLOSS_BETWEEN.fullmatch(article.text, p.end, q.start) and article.text.startswith("]", q.end)}
    if glossed and len(glossed) < len(places):
        places = [p for p in places if id(p) not in glossed]
    # (a region read at the town it is named after, "the Tillabery region", is as wide as the region: a town the
    # text names beside it is the scene, "a protest south of the town Ouallam ... in the Tillabery Region")
    # (a place after a bare "of" qualifies a body or a person, "workers of the regional directory of hydraulics of
    # Tahoua ... in the area of Bagaroua": no more a scene cue than no cue at all)
    # (a place told by another right after it, "recaptured Hombori, some 200 kilometres west of Gao", "Tin-Hama,
    # near Ansongo": the first is the scene, the second only says where it lies, its cue the first's; not a place
    # farther than told, "the axis Menaka-Ansongo, 15km from In-Delimane": the scene is by In-Delimane, not Ansongo)
    told_by = {id(q): p for p in places for q in places if p.feature == "place" and q.feature == "place"
               and p.end <= q.start <= p.end + 80 and NEAR_BETWEEN.fullmatch(article.text, p.end, q.start)
               and haversine_km(p.latitude, p.longitude, q.latitude, q.longitude)
               <= _scene_reach(article.text, p.end, q.start, p)}
    told_scenes = {id(p) for p in told_by.values()}  # (`told` above is the unknown village)
    # (a place told to lie near another but read much farther off than told, "the Tabrichat area near Tessalit" read
    # at a Tabrichat 280 km away, "the villages of Blaharde and Bague near Toumour" at a Bela Harde 230 km off, is a
    # namesake of a village the gazetteer lacks: the place it lies by is the scene, as ACLED codes an unknown village
    # at the town it is told to be near)
    astray = {id(p): q for p in places for q in places if p.feature == "place" and q.feature == "place"
              and id(q) not in told_by and p.end <= q.start <= p.end + 80
              and (gap := _NEAR_GAP.match(article.text, p.end, q.start)) is not None
              and NEAR_BETWEEN.fullmatch(article.text, gap.end(), q.start)
              and _NEAR_CUE.match(article.text, gap.end(), q.start) is not None
              and haversine_km(p.latitude, p.longitude, q.latitude, q.longitude)
              > _scene_reach(article.text, gap.end(), q.start, p)}
    if astray:
        places = [p for p in places if id(p) not in astray]
        told_scenes |= {id(q) for q in astray.values()}
    # (a place named as what was attacked, taken or held, "claimed control over Ansongo", "attacks on Bosso and near
    # Diffa", is told as the scene as much as one told with "in")
    cued = in_parens | {id(p) for p in places if p.context is None
                     and _scene_object_before(article.text, p)}
    places.sort(key=lambda p: (_RANK["admin1"] if p.context == "region" and p.feature == "place"
                               else _RANK.get(p.feature, 4),
                               id(p) not in told_scenes and (id(p) in told_by or p.context is None and id(p) not in cued
                                                      or _qualifier_of(article.text, p)),
                               p.sentence, p.start))
    return places[0]


# what was attacked or taken, named right before a place: "claimed control over Ansongo", "simultaneous attacks on
# Bosso", "the rebels seized Menaka" (`_event_place`); not a bare "attacked" or "raided", which a clause about the
# actor tells as often as the event ("militants who attacked Kidal last year killed two soldiers near Tessalit")
_SCENE_OBJECT_BEFORE = re.compile(r"\b(?:(?:attacks?|raids?|assaults?|offensive|(?:air)?strikes?|incursions?)\s+(?:on|against|"
                                  r"into)|control\s+(?:over|of)|(?:re)?capture\s+of|(?P<verb>(?:re)?captured|seized|overran|"
                                  r"overrun|retook))\s+(?:the\s+)?(?:(?:town|city|village|locality|hamlet)\s+of\s+)?$",
                                  re.IGNORECASE)
# a verb of taking in a relative clause about the actor ("militants who seized Menaka last year killed two soldiers near
# Tessalit"), or whose clause carries its own earlier time: the actor's past, not the event's scene
_RELATIVE_BEFORE_CUE = re.compile(r"\b(?:who|which|that)\s+(?:(?:had|have|has|were|was|also|once|previously|briefly|"
                                  r"first|last\s+year|in\s+\d{4})\s+){0,3}$", re.IGNORECASE)
_EARLIER_TIME_AFTER = re.compile(r"(?:\s+(?:in|on|at|and|of)\s+[\w'’-]+)?\s*,?\s+(?:last\s+(?:year|month|week)|"
                                 r"(?:a\s+few|several|two|three|\d+)\s+(?:years|months)\s+ago|a\s+(?:year|month)\s+ago|"
                                 r"in\s+(?:19|20)\d\d|earlier\s+this\s+year|previously|in\s+the\s+past)\b", re.IGNORECASE)


def _scene_object_before(text: str, p) -> bool:
    """Whether a place is named right after what was attacked, taken or held (`_SCENE_OBJECT_BEFORE`), not as a taking
    told of the actor in a relative clause or at an earlier time."""
    m = _SCENE_OBJECT_BEFORE.search(text, max(0, p.start - 40), p.start)
    if m is None:
        return False
    if m.group("verb") is not None and (_RELATIVE_BEFORE_CUE.search(text, max(0, m.start() - 40), m.start())
                                        or _EARLIER_TIME_AFTER.match(text, p.end)):
        return False
    return True


# "of" before a place's name: a body's or a person's ("the governor of", "the directory of hydraulics of"), unless a
# word for a place or a stretch of land comes before it ("the village of", "the area of", "20 km north of")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_PLACE_OF_BEFORE = re.compile(r"\b(?:areas?|villages?|towns?|city|cities|hamlets?|localit(?:y|ies)|communes?|regions?|"
                              r"provinces?|departments?|districts?|outskirts|vicinity|surroundings|environs|north|south|"
                              r"east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
                              r"south-west|km|kilomet\w+|miles|sites?|camps?|forests?|axis|road|border|periphery|"
                              r"entrance|exit|center|centre|heart|market|part|neighbou?rhoods?|quarters?|suburbs?|sectors?|"
                              # (where a crowd walks or gathers: "marched through the streets of Niamey")
                              r"streets?|roads|avenues?|squares?|capital|downtown|rest|"
                              # (a place taken or held: "regain control of Anefis, 100km from Kidal", "the capture of
                              # Konna")
                              r"control|capture|recapture|seizure|siege|liberation|fall|takeover)\s+of\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)


def _qualifier_of(text: str, p: PlaceMention) -> bool:
    lo = max(0, p.start - 40)
    return _OF_BEFORE.search(text, lo, p.start) is not None and _PLACE_OF_BEFORE.search(text, lo, p.start) is None


def _actor_region(article: Article, draft: _Draft, sides: tuple[ActorMention | None, ActorMention | None],
                  cc: str | None, matcher: ActorMatcher, gaz: Gazetteer | None, *, people: bool = True
                  ) -> PlaceMention | None:
    """With no place below the country known, the first-level region the event's named armed groups are known to
    fight in (the actor dictionary's "regions"), when in the event's country (or in the one country they fight in)
    that is one region: "ISWAP militants abducted three people in the village of Maldjori" in Niger, Maldjori not
    in the gazetteer -> Diffa, at region precision (UCDP where_prec 4). Only groups that are a side of the event
    count ("protesters marched against Boko Haram" is not in Diffa). Without one, the people its sentences name
    when they live in one known area ("seized livestock in the Dogon village of Orossagou" -> Mopti). The
    evidence is the group's or the people's mention."""
    if gaz is None:
        return None
    spans = [(a.start, a.end) for a in sides if a is not None and a.start < a.end]
    # (start, end, sentence, units) of each clue
    clues = [(m.start, m.end, m.sentence, gaz.admin1_codes(matcher.regions([m]))) for m in article.actors
             if m.sentence in draft.sentences and any(m.start < e and s < m.end for s, e in spans)]
    if people and not any(u for *_, u in clues):
        for i in draft.sentences:
            sent = article.sentences[i]
            clues += [(sent.start + st, sent.start + en, i, gaz.admin1_codes(units))
                      for st, en, units in matcher.peoples_in(sent.text)]
    units = frozenset(u for *_, us in clues for u in us if cc is None or u[0] == cc)
    if len(units) != 1:
        return None
    ((ucc, code),) = units
    unit = gaz.admin1_place(ucc, code)
    country = gaz.country(ucc)
    anchor = next((c for c in clues if (ucc, code) in c[3]), None)
    if unit is None or anchor is None:
        return None
    start, end, sentence, _ = anchor
    return PlaceMention(start, end, article.text[start:end], unit.name, unit.geonames_id, ucc,
                        country.name if country else ucc, unit.admin1, None, unit.latitude, unit.longitude, "admin1",
                        unit.population, 0.3, "actor-region", sentence)


# "in the capital", "the Malian capital", "the capital city": the country's capital, named by its role (not "the
# economic capital", "the regional capital", "the capital of the region", "capital punishment")
_NOT_THE_CITY = r"(?!\s+(?:of\b|fund|punishment|gain|market|expenditure|investment|flight|letter))"
_THE_CAPITAL = re.compile(r"\b(?i:the)\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?capital(?:\s+city)?\b" + _NOT_THE_CITY)


# "Burkina Faso's capital", "Niger's capital city" (the apostrophe may be dropped: "Nigers capital"): after a
# country's name, its capital
_POSSESSIVE_CAPITAL = re.compile(r"['’]?s\s+capital(?:\s+city)?\b" + _NOT_THE_CITY)


def _possessive_capital(text: str, p: PlaceMention, gaz: Gazetteer) -> int | None:
    """The end of "'s capital" after a country's mention `p`, read from the end of the country's full name (the
    mention may hold the "'s": "Burkina Faso's capital"; or hold less than the name, when the possessive's apostrophe
    is lost: "Burkina Fasos capital", where the recogniser reads "Burkina"); None when no capital follows."""
    name = gaz.country_name(p.country_code) if p.country_code else None
    ends = {p.end}
    if name and fold(text[p.start:p.start + len(name)]).lower() == fold(name).lower():
        ends.add(p.start + len(name))
    if p.text.endswith(("'s", "’s")):
        ends.add(p.end - 2)
    for e in sorted(ends):
        got = _POSSESSIVE_CAPITAL.match(text, e)
        if got is not None:
            return got.end()
    return None


def _named_capital(article: Article, draft: _Draft, cc: str | None, gaz: Gazetteer | None) -> PlaceMention | None:
    """The capital where a scene's sentence names it by its role ("took to the streets in the Malian capital"), of the
    country a demonym before it gives, else of the event's country; or after a country's name ("marched through
    Burkina Faso's capital"), of that country."""
    if gaz is None:
        return None
    for i in draft.sentences:
        sent = article.sentences[i]
        m = _THE_CAPITAL.search(sent.text)
        if m is None:
            own, end = None, 0
            for p in article.places:
                if p.sentence == i and p.feature == "country" and p.context not in ("demonym", "actor") \
                        and (got := _possessive_capital(article.text, p, gaz)) is not None:
                    own, end = p, got
                    break
            cap = _capital(article, gaz, own.country_code) if own is not None else None
            if own is None or cap is None:
                continue
            return dataclasses.replace(cap, start=own.start, end=end, text=article.text[own.start:end],
                                       context="capital-named", sentence=i)
        country = cc
        if m.group("dem"):
            dem = next((p for p in article.places if p.context == "demonym" and p.start == sent.start + m.start("dem")),
                       None)
            if dem is None:
                continue  # "the Ouaga capital": not a people's
            country = dem.country_code
        if not country:
            return None
        cap = _capital(article, gaz, country)
        if cap is None:
            return None
        start, end = sent.start + m.start(), sent.start + m.end()
        return dataclasses.replace(cap, start=start, end=end, text=article.text[start:end], context="capital-named",
                                   sentence=i)
    return None


# an event told at the level of the whole country: "a nationwide strike", "sit-ins across the country", "a general
# strike", "in several cities of the country"; and "across Niger", "throughout Burkina Faso" before the country's name
_NATIONWIDE = re.compile(r"\b(?:nation-?wide|country-?wide|general strike|(?:across|throughout|all over|around) the "
                         r"(?:whole\s+|entire\s+)?(?:country|nation)|in (?:several|many|various|all|most) "
                         r"(?:(?:major|big|large|other)\s+)?(?:cities|towns|regions|localities) of the country)\b",
                         re.IGNORECASE)
_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?$", re.IGNORECASE)


def _nationwide_capital(article: Article, draft: _Draft, cc: str | None, gaz: Gazetteer | None) -> PlaceMention | None:
    """The capital, for an event its sentences tell at the level of the whole country ("teachers across Niger began
    a strike", "a nationwide sit-in") where the text names no place below the country: ACLED codes it at the capital
    (geo_precision 3)."""
    if cc is None or gaz is None or any(p.feature != "country" and p.context not in ("demonym", "actor")
                                        for p in article.places):
        return None
    text = article.text
    told = any(_NATIONWIDE.search(article.sentences[i].text) for i in draft.sentences) or any(
        p.feature == "country" and p.country_code == cc and p.sentence in draft.sentences
        and _ACROSS_BEFORE.search(text, max(0, p.start - 20), p.start) for p in article.places)
    if not told and any(not _ACCORDING_BEFORE.search(article.sentences[i].text, 0, m.start())
                        for i in draft.sentences for m in _NATIONAL_SEAT.finditer(article.sentences[i].text)):
        told = True  # "rioters burned the National Assembly", "attacked the state television building": the capital's
    cap = _capital(article, gaz, cc) if told else None
    return dataclasses.replace(cap, context="nationwide") if cap is not None else None


# a building of the state's that stands in the capital: "the National Assembly", "the presidential palace", "the
# state television building", "the army headquarters" (not a source, "the army headquarters said", "according to",
# nor a member: "a National Assembly deputy was abducted in ...")
_NATIONAL_SEAT = re.compile(r"\b(?:National\s+Assembly|Assembl[ée]e\s+Nationale|[Pp]residential\s+[Pp]alace|"
                            r"[Ss]tate\s+(?i:television|tv|radio)\s+(?i:building|station|headquarters|premises|offices)|"
                            r"(?i:army|military)\s+(?i:headquarters))\b(?!\s+(?:said|says|reported|announced|stated|confirmed|"
                            r"claimed|told|members?|deput(?:y|ies)|elections?|candidates?|speaker)\b)")
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _capital(article: Article, gaz: Gazetteer, cc: str) -> PlaceMention | None:
    info = gaz.countries.get(cc) or {}
    name = info.get("capital") if isinstance(info, dict) else None
    if not name:
        return None
    hits = [p for p in gaz.lookup(str(name)) if p.country_code == cc and p.feature == "place"]
    if not hits:
        return None
    p = max(hits, key=lambda p: p.population)
    country = gaz.country(cc)
    # the evidence points at the country's mention: the text says the state acted, the rule says where
    anchor = next((m for m in article.places if m.country_code == cc), None)
    start, end = (anchor.start, anchor.end) if anchor else (0, 0)
    return PlaceMention(start, end, article.text[start:end], p.name, p.geonames_id, cc,
                        country.name if country else cc, p.admin1, p.admin2, p.latitude, p.longitude, "place",
                        p.population, 0.5, "capital", anchor.sentence if anchor else -1)


_DONE_IN = re.compile(r"\b(?:sign\w*|conclud\w*|arrived|landed|deployed|held|met|handed over|hand over|"
                      r"withdr\w*|announc\w*|inked|agreed|enterr?ed|arriving|stationed|based)\b[^.;]{0,40}?\bin\s+$|"
                      r"\b(?:enterr?ed|entering|moved into|moving into)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$",
                      re.IGNORECASE)


def _geo_precision(p: PlaceMention | None) -> tuple[int | None, int | None]:
    """ACLED geo_precision (1-3) and UCDP where_prec (1-7)."""
    if p is None:
        return None, None
    if p.context == "nationwide":
        return 3, 6  # told of the whole country, coded at its capital
    if p.feature == "place":
        # "near X"; or "Dan Dela (Guidan Sori, Maradi)" with Dan Dela unknown: coded at the town that names its
        # unit, as ACLED codes a village it cannot find at a nearby town
        if p.context == "region":
            # "in the Tillabery region" read at the town the region is named after: not the town itself. ACLED's
            # own rows code such a region at its seat with precision 2 (Mali monadic export: 21 rows of 28 whose
            # location is the "X region" of the note; 4 with 3, 3 with 1); UCDP: a first-order unit
            return 2, 4
        return (2, 2) if p.context in ("near", "hierarchy") else (1, 1)
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
        # "protesters (Niger)": the crowd's noun in lower case, the country as written
        crowd = a1[0].lower() + a1[1:] if a1.startswith(("Protesters", "Rioters")) else a1
        s = f"{_fmt_date(ev)}, {crowd} {verb}{where}."
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


_MUTINY = re.compile(r"\b(?:mutin(?:ied|y|ies|ous|eers?|ying)|mutinous|" + REVOLT_FIRING + r"|"
                     # soldiers who rose against their own command: "soldiers rebelled and assassinated the president"
                     r"(?:soldiers|troops|servicemen|gendarmes|policemen)\s+(?:who\s+)?(?:rebelled|revolted))\b",
                     re.IGNORECASE)


def _forces_of(m: ActorMention, matcher: ActorMatcher, article: Article) -> ActorMention:
    """The military forces of the government an actor mention names (unchanged when unknown)."""
    got = matcher.role_actor("military", m.country_code, on=article.published) if m.country_code else None
    return dataclasses.replace(m, actor=got[0], inter=got[1]) if got is not None else m


# a strike told right before as made by a country: "airstrikes (likely) by France", "strikes carried out by the United
# States" (not a place it came from or struck: "strikes on Mali", "from Niger")
_STRIKE_BY_BEFORE = re.compile(r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|drone\s+strikes?|strikes?|bombings?|raids?)"
                               r"\s+(?:(?:were|was)\s+)?(?:(?:likely|probably|reportedly|allegedly|presumably|"
                               r"conducted|carried\s+out|launched|made)\s+){0,2}by\s+(?:the\s+)?$", re.IGNORECASE)


def _default_actors(article: Article, draft: _Draft, trig: Trigger, a1: ActorMention | None,
                    a2: ActorMention | None, cc: str | None, matcher: ActorMatcher,
                    focus: frozenset[str] = frozenset()) -> tuple[ActorMention | None, ActorMention | None]:
    """The actors the text implies when it names none: ACLED's 'Unidentified Armed Group (X)' for unnamed
    perpetrators, 'Protesters (X)' / 'Rioters (X)' for a crowd, the governments of countries that sign."""
    t0, t1 = draft.trigger_span
    trig_text = article.text[t0:t1]
    # (with its lead-in sentences that are not background: "Soldiers mutinied over unpaid wages. They took over ...";
    # not "The army has been reorganised since the 2012 mutiny. On 3 May, soldiers attacked ...")
    lead_in = [i for i in range(draft.lead_from, draft.sentences[0]) if _MUTINY.search(article.sentences[i].text)]
    scene = list(draft.sentences) + [i for i in lead_in if not _background(
        article, article.sentences[i], _history_in_main_clause(article.sentences[i].text.lower()))]
    if _MUTINY.search(" ".join(article.sentences[i].text for i in scene)) and (
            a1 is None or a1.actor.startswith(("Unidentified Armed Group", "Military Forces of", "Police Forces of"))):
        # "Soldiers mutinied over unpaid wages and took over the towns": the mutineers, ACLED's "Mutiny of ...";
        # a mutiny that fights no one is a riot, and its mutineers rioters as ACLED codes them ("Firing by mutinying
        # police was reported in Fada": Rioters (Burkina Faso))
        country = (a1.country_code if a1 is not None else None) or cc
        role = "rioters" if trig.event_type == "Riots" else "mutiny"
        got = matcher.role_actor(role, country, on=article.published) if country else None
        if got is not None:
            a1 = ActorMention(t0, t1, trig_text, got[0], got[1], "rioters" if role == "rioters" else "state", country,
                              article.sentences[draft.sentences[0]].index) if a1 is None else \
                dataclasses.replace(a1, actor=got[0], inter=got[1])
            if role == "rioters" and a2 is not None and a2.inter == 1 and a2.country_code == country:
                a2 = None  # ("mutinying soldiers fired in the air": the mutineers, not a second side)
    if trig.event_type in ("Battles", "Explosions/Remote violence"):
        # a government fights with its forces: "Government forced to retreat after a night of fighting"
        a1, a2 = (_forces_of(m, matcher, article) if m is not None and m.actor.startswith("Government of") else m
                  for m in (a1, a2))
    if trig.name == "disarm" and a1 is not None and a1.inter in (2, 3, 4) and a2 is None:
        # fighters who laid down their arms or rejoined the army, no receiving side named ("140 MJRN rebels laid down
        # their arms during a ceremony in Dirkou", "MNLA deserters arrived in Timbuktu to rejoin the army"): they
        # gave them up to the state's forces of the country, ACLED's other side of such an agreement
        a2 = _role(matcher, "military", cc, article, trig_text, t0, t1)
    if trig.family == "agreement":
        states = _agreement_states(article, draft, matcher)
        s0 = article.sentences[draft.sentences[0]]
        m = SIGN.search(s0.text)
        named_party = m is not None and any(a.sentence == s0.index and a.end <= s0.start + m.start()
                                            for a in article.actors)
        if states and not named_party:
            a1 = states[0]
            rest = [x for x in states[1:] if x.actor != a1.actor]
            a2 = rest[0] if rest else (a2 if a2 is not None and a2.actor != a1.actor else None)
        return a1, a2
    if trig.event_type in ("Protests", "Riots"):
        if a2 is not None and a2.inter == 1 and a2.actor.startswith("Military Forces") and _CROWD_CONTROL.fullmatch(a2.text):
            # "security forces fired teargas to disperse the crowd": the police, as ACLED codes crowd control
            police = matcher.role_actor("police", a2.country_code, on=article.published)
            if police is not None:
                a2 = dataclasses.replace(a2, actor=police[0], inter=police[1])
        # a crowd the text names by its country ("Sudanese refugees staged a sit-in in Agadez", "a sit-in by
        # Sudanese refugees"): that country's protesters or rioters, as ACLED codes them
        crowd = _crowd_country(article, draft, cc, matcher) if a1 is None or a1.country_code in (None, cc) else None
        if trig.event_type == "Riots" and (a1 is None or a1.inter == 6):
            a1 = _role(matcher, "rioters", crowd or (a1.country_code if a1 else None) or cc, article, trig_text,
                       t0, t1) or a1
        elif a1 is None:
            a1 = _role(matcher, "protesters", crowd or cc, article, trig_text, t0, t1)
        if trig.event_type == "Riots" and a2 is not None and a2.inter == 1 and _custodian(article, a2):
            a2 = None  # "beat two suspected thieves and handed them over to the gendarmerie": not the mob's target
        if a2 is not None and a2.inter in (1, 8) and _force_held(article, a2):
            a2 = None  # "rioted for the arrest of six presidential guards ... police fired teargas": the guards are the
            # crowd's cause, the police its other side
        if a2 is None:
            text = " ".join(article.sentences[i].text for i in draft.sentences)
            if any(not _arrest_protested(text, m) and not (m.group(0).lower().endswith(("intervened", "responded"))
                                                           and _CALMING_PURPOSE.match(text, m.end()))
                   for m in _FORCE_ON_CROWD.finditer(text)):
                # the crowd was dispersed or arrested, by forces the text does not name: the police of the country;
                # so too forces told only as having stepped in ("rioters torched cars. Police responded.")
                a2 = _role(matcher, "police", cc, article, trig_text, t0, t1)
            elif trig.event_type == "Riots" and (armed := next((
                    m for m in article.actors if m.sentence in draft.sentences and m.inter in (2, 3, 4)
                    and m.start >= t1 and _CROWD_OBJECT.fullmatch(article.text, t1, m.start)), None)) is not None:
                # the armed men the crowd turned on ("residents beat up two presumed JNIM militants", "lynched two
                # armed robbers", "assaulted the gunman"): that group, as ACLED codes it
                a2 = armed
            elif trig.event_type == "Riots" and _POLICE_PROPERTY.search(text):
                # the crowd burned or ransacked the police's own ("set fire to police stations", "ransacking police
                # vehicles"): the police are the other side, as ACLED codes it
                a2 = _role(matcher, "police", cc, article, trig_text, t0, t1)
            elif trig.event_type == "Riots" and _CROWD_AND_FORCES.search(text):
                # "clashes broke out between them and the security agents": the police, as ACLED codes crowd control
                a2 = _role(matcher, "police", cc, article, trig_text, t0, t1)
            elif trig.event_type == "Riots" and _CROWD_FOUGHT_ARMED.search(text):
                # a crowd that fought armed men ("a mob fought with an unidentified armed group"): the armed side,
                # the group the text names or an armed group unnamed; the crowd's rioters when the group came first
                # ("clashes between JNIM militants and locals": JNIM, then the rioters)
                if a1 is not None and a1.inter in (2, 3, 4):
                    a2 = _role(matcher, "rioters", cc, article, trig_text, t0, t1)
                else:
                    a2 = next((m for m in article.actors if m.sentence in draft.sentences and m.inter in (2, 3, 4)),
                              None) or _role(matcher, "armed-group", cc, article, trig_text, t0, t1)
            elif trig.event_type == "Riots" and _TWO_SIDES.search(text) and not _FORCES_WORD.search(text):
                a2 = _role(matcher, "rioters", cc, article, trig_text, t0, t1)  # two groups fought
            elif trig.event_type == "Riots" and (not _DEMONSTRATION.search(text) and (
                    _mob_victims_harmed(text) or _MOB_PERSON_HARMED.search(text))
                    or not _FORCES_WORD.search(text) and _MOB_PERSON_HARMED.search(text)):
                # a mob's violence on people or their property ("vandalized two churches", "beat a suspected thief");
                # a demonstration's on people, with no force facing it ("protesters burned tires and attacked
                # supporters of the ruling party": civilians; its damage alone names no other side)
                a2 = _role(matcher, "civilians", cc, article, trig_text, t0, t1)
        return a1, a2
    if trig.event_type == "Battles" and a1 is not None and a2 is None and a1.actor.startswith("Unidentified") \
            and a1.inter in (2, 3, 4):
        text = " ".join(article.sentences[i].text for i in draft.sentences)
        if _TWO_SIDES.search(text) and not _FORCES_WORD.search(text):
            # two unnamed sides of one kind fought each other ("two armed groups clashed over a drug cargo",
            # "clashes broke out between two communities"): ACLED codes the same actor on both sides
            a2 = a1
    if trig.event_type == "Battles" and a1 is not None and a2 is None and a1.inter in (1, 2, 3, 4) and _named_side(a1) \
            and _INFIGHTING.search(" ".join(article.sentences[i].text for i in draft.sentences)):
        # a group's men who fought each other ("ISGS fighters clashed with each other over a mining site",
        # "JNIM militants clashed among themselves"): ACLED codes the group on both sides; so too a state's own men
        # ("two soldiers opened fire on each other at the camp": the military on both sides)
        a2 = a1
    if trig.sub_event_type == "Armed clash" and a1 is not None and a2 is None \
            and not a1.actor.startswith("Unidentified Armed Group") \
            and _CLASH_WORD.search(" ".join(article.sentences[i].text for i in draft.sentences)):
        # a clash has two sides; the one the text does not name is, as ACLED codes it, an unidentified armed group
        # ("Attack or clash reported involving Boko Haram", "forest guards and herdsmen clashed"); not an attack on
        # a place ("Diguel was attacked by Ansaroul Islam fighters": its people)
        a2 = _role(matcher, "armed-group", _side_country(article, a1, cc, focus), article, trig_text, t0, t1)
    if trig.sub_event_type == "Disrupted weapons use" and a1 is not None and a1.kind == "civilians":
        # no civilians disrupt arms (ACLED codes them as victims alone): "deminers found two IEDs at the site of a
        # blast that killed two civilians" names the dead of the blast, not those who found the devices; the forces
        # the event's sentences name did it ("a resident found an IED ... soldiers came and detonated it"), else no one
        # ("a farmer found an IED near Gao": none of ACLED's disrupted weapons uses has civilians as actor1)
        a1 = next((m for m in article.actors if m.sentence in draft.sentences and m.inter in (1, 8)), None)
    if trig.sub_event_type == "Disrupted weapons use" and a1 is not None and a2 is None:
        # the arms defused or seized are a named armed group's, the other side: "the army dismantled an IED. The
        # device was likely planted by JNIM militants", "seized arms ... that belonged to GATIA militiamen"
        a2 = _either(article, _weapons_owner(article, draft, a1), matcher)  # ("assumed JNIM or ISGS": both)
        if a2 is None and a1.inter in (1, 8):
            # arms or explosives the forces seized or defused whose owners the text does not name ("the army
            # defused an IED near Saba", "the police seized twenty firearms during a control"): an unidentified
            # armed group's, as ACLED codes the other side (dev rows read: 5 of 8 such, the rest a named group)
            a2 = _role(matcher, "armed-group", _side_country(article, a1, cc, focus), article, trig_text, t0, t1)
    if trig.family == "security-measure" and a1 is None:
        # a curfew, a state of emergency or a ban no side is named as imposing ("a nightly curfew was imposed in the
        # Soum province", "the governor extended the curfew", "the ministerial council extended the state of
        # emergency"): the state's own measure, its government's, as ACLED codes it (Sahel files: 16 of 16 such
        # changes of activity); none where the text places it in no country
        a1 = _role(matcher, "government", cc, article, trig_text, t0, t1)
    if trig.family == "intimidation" and a2 is None:
        a2 = _role(matcher, "civilians", cc, article, trig_text, t0, t1)  # "threatened locals and election workers"
        if a1 is None:
            a1 = _role(matcher, "armed-group", cc, article, trig_text, t0, t1)
        return a1, a2
    if trig.sub_event_type == "Other" and trig.family != "intimidation" and a2 is None and a1 is not None \
            and a1.inter in (2, 3, 4) and _DEMANDS_ON_PEOPLE.search(" ".join(article.sentences[i].text
                                                                         for i in draft.sentences)) \
            and any(m.sentence in draft.sentences and m.inter == 7 for m in article.actors):
        # an armed group's non-violent deed that threatened or ordered the people it names ("militants visited the
        # schools and threatened to close them if the teachers did not teach in Arabic", "demanded that teachers
        # stop teaching French"): those people, civilians, are its other side, as the threats carried out are
        # (Burkina Faso and Niger files: 7 of 8 such 'Other' notes name civilians)
        a2 = _role(matcher, "civilians", cc, article, trig_text, t0, t1)
    if trig.family in ("violence", "looting") and a1 is None:
        # a people's men who did it ("members of the Soninke community attacked two families", "Arabs assaulted a
        # herder"): that people's militia, as ACLED names communal attackers
        a1 = _people_doers(article, draft, matcher, cc)
    if trig.sub_event_type == "Air/drone strike" and a1 is None:
        # strikes told as a country's ("airstrikes likely by France were reported", "drone strikes carried out by
        # the United States"): that country's air force, its military, as ACLED codes it; a strike whose maker is
        # not told stays unattributed (no armed group flies)
        by = next((p for p in article.places if p.feature == "country" and p.sentence in draft.sentences
                   and _STRIKE_BY_BEFORE.search(article.text, max(0, p.start - 60), p.start)), None)
        if by is not None:
            a1 = _role(matcher, "military", by.country_code, article, article.text[by.start:by.end], by.start, by.end)
        else:
            # no maker told ("A drone strike killed eight al Shabaab fighters near Jilib"): ACLED's unidentified
            # military forces (an event always has its first side; no armed group flies)
            s_ = article.sentence_at(t0)
            a1 = ActorMention(t0, t1, trig_text, _UNIDENTIFIED_MILITARY, 8, "implied-military", None,
                              s_.index if s_ else -1)
    if trig.family == "violence" and a1 is None and trig.sub_event_type != "Air/drone strike":
        a1 = _role(matcher, "armed-group", cc, article, trig_text, t0, t1)
    if trig.family == "looting" and a1 is None:
        a1 = _role(matcher, "armed-group", cc, article, trig_text, t0, t1)
    if trig.sub_event_type == "Armed clash" and a2 is None and (a1 is None or a1.kind == "implied-armed-group") \
            and _STUDENT_SIDES.search(" ".join(article.sentences[i].text for i in draft.sentences)):
        # armed students of rival camps who fought each other ("two student factions clashed with machetes", "armed
        # students clashed over the post of general secretary"): ACLED's "Militia (Students)" on both sides
        s = article.sentence_at(t0)
        a1 = a2 = ActorMention(t0, t1, trig_text, _STUDENT_MILITIA, 3, "political-militia", cc, s.index if s else -1)
    if trig.sub_event_type == "Armed clash" and a1 is not None and a2 is None and a1.kind == "implied-armed-group":
        told_here = " ".join(article.sentences[i].text for i in draft.sentences)
        if _CLASH_WORD.search(told_here) and not _FORCES_WORD.search(told_here):
            # a fight of which the text names neither side ("clashes were reported between unknown parties near
            # Tessit", "an exchange of fire was heard in Kidal"): unidentified armed men on both sides, as ACLED codes
            # it (Sahel dyadic files: every armed clash has a second side)
            a2 = a1
    if trig.event_type == "Violence against civilians" and a1 is not None and a1.inter == 1 \
            and a1.actor.startswith("Military Forces") and _BARE_SECURITY_FORCES.fullmatch(a1.text) \
            and not any(m.inter == 1 and m.actor != a1.actor for m in article.actors if m.sentence in draft.sentences):
        # forces that harmed civilians the text calls only 'security forces' ("security forces shot dead a woman in
        # Diffa", "Malian security forces killed one civilian in Bamako"): the police, as ACLED codes unnamed forces
        # policing people (Sahel files, such notes naming no other force: 7 of 10 police, 3 army); soldiers, the
        # army, gendarmes keep their name
        police = matcher.role_actor("police", a1.country_code, on=article.published)
        if police is not None:
            a1 = dataclasses.replace(a1, actor=police[0], inter=police[1])
    if trig.event_type == "Violence against civilians" and a2 is not None and a2.actor.startswith("Government of"):
        a2 = None  # a government's officials attacked ("killed a senior government official"): civilians (ACLED)
    if trig.event_type == "Violence against civilians" and a2 is not None and a1 is not None \
            and a1.inter in (2, 3, 4) and _lone_leader(article, a2):
        a2 = None  # one group's officer attacked alone by another group ("shot dead a CMA official"): a civilian (ACLED)
    if (trig.event_type == "Violence against civilians" or trig.family in ("looting", "arrests")) and a2 is None:
        # violence against civilians has civilians on the other side, named or not ("killed two herders"); so do
        # looting and arrests when no armed side is named (ACLED: "Civilians (X)"); civilians the happening's
        # sentence names with their country are those ("killed a French tourist in northern Niger": Civilians
        # (International); "arrested two Nigerien youths near Matiakoali": Civilians (Niger))
        a2 = _civilians_named(article, draft, cc) or _role(matcher, "civilians", cc, article, trig_text, t0, t1)
        if a2 is None and cc is None and any(p.context == "demonym" and p.country_code and p.country_code not in AFRICA
                                             and p.sentence == draft.sentences[0] for p in article.places):
            # a text placed nowhere whose victims' nation is outside the continent ("gunmen abducted two Indian
            # engineers"): foreigners harmed in Africa (ACLED: "Civilians (International)")
            a2 = ActorMention(t0, t1, trig_text, "Civilians (International)", 7, "implied-civilians", None,
                              draft.sentences[0])
    told = " ".join(article.sentences[i].text for i in draft.sentences)
    if trig.sub_event_type in ("Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Suicide bomb",
                               "Grenade", "Air/drone strike") \
            and a2 is None and not _MILITARY_TARGET.search(told) \
            and _PEOPLE_STRUCK.search(_ANIMALS_KILLED.sub(" ", _NO_HARM.sub(" ", told))) \
            and not (trig.sub_event_type == "Suicide bomb" and _BOMBER_ALONE.search(told)):
        # a bus, a passenger, "two people"; not a bridge blown up or a blast that struck no one ("an IED detonated
        # near Toumour, no casualties reported": ACLED names no second side); so too shells or rockets that struck
        # people and no force's post ("militants shelled Gao, killing one", "a woman was wounded by mortar fire"),
        # and a suicide bomber who killed people at no force's post ("blew herself up in a market, killing five"), or
        # a grenade that did ("threw a grenade into a bar, wounding three"), or bombs from the air that killed people
        # at no force's post ("SAF bomb X. 3 killed": Civilians (Sudan), as ACLED codes them)
        a2 = _role(matcher, "civilians", cc, article, trig_text, t0, t1)
    if _OWN_DEVICE.search(told) and not any(m is not None and m.inter in (1, 8) for m in (a1, a2)):
        # militants killed by their own explosive ("killed while planting an IED", "when a bomb they were
        # transporting exploded"): the group alone, no side attacked (ACLED names no actor2); not when forces
        # killed them at it ("soldiers killed two militants while they were planting an IED")
        planters = next((m for m in (a2, a1) if m is not None and m.inter in (2, 3, 4)
                         and not m.actor.startswith("Unidentified")), None) \
            or (a1 if a1 is not None and a1.inter in (2, 3, 4) and _MILITANT_WORDS.search(told) else None)
        # (an unnamed group only when the text tells of militants: "a deminer was killed while handling a
        # landmine" keeps the civilians hit)
        if planters is not None:
            return planters, None
    return a1, a2


# a suicide bomber who struck no one but himself: "killing only himself", "no one else was hurt", "only the bomber died"
# (not "no other casualties", which follows a toll as often: "wounding four people. No other casualties were reported")
_BOMBER_ALONE = re.compile(r"\b(?:only|but)\s+(?:himself|herself|themselves)\b|\b(?:no\s+one|nobody)\s+else\b|"
                           r"\bonly\s+the\s+"
                           r"(?:suicide\s+)?(?:bombers?|attackers?|assailants?)\s+(?:was|were)?\s*(?:killed|died|dead)\b",
                           re.IGNORECASE)


def _side_country(article: Article, a1: ActorMention, cc: str | None, focus: frozenset[str]) -> str | None:
    """The country of the unnamed armed group `a1` fought or whose arms it seized: the event's `cc` for a foreign
    force abroad, one outside the region the user follows (`focus`), or placed nowhere in a text that names the
    event's country ("French troops clashed with gunmen near Menaka", "French forces defused an IED near Gossi,
    Mali": Mali's unidentified armed group, as ACLED codes where it happened, not France's); else `a1`'s own ("the
    Malian army defused an IED between Saba and Dialloube": Mali's, whichever Saba the place resolver chose). In a
    text that places the event nowhere, none but a force of the followed region's own: the side a force fought
    abroad is no countryman of it ("the US Navy shot down a drone": no "Unidentified Armed Group (United States)")."""
    own = a1.country_code
    placed = {p.country_code for p in article.places if p.context not in ("demonym", "actor") and p.country_code}
    if own is not None and (cc is None or own == cc) and own not in placed and own not in focus:
        return None  # (the event's country told by the force alone: "the US Navy" placed nowhere else)
    if own is None or cc is None or own == cc or own in focus:
        return own or cc
    if focus:
        return cc
    named = {p.country_code for p in article.places if p.feature == "country" and p.context != "demonym"}
    return cc if own not in placed and cc in named else own


# the holders of a place told as leaving it: "after the withdrawal of CSP-PSD rebels", "after Malian forces withdrew",
# "the post abandoned by the soldiers"
_LEFT_BEFORE = re.compile(r"\b(?:withdrawal|departure|retreat|pull-?out)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$|"
                          r"\b(?:abandoned|vacated|deserted|left)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_LEFT_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:had\s+)?(?:withdrew|withdrawn|left|abandoned|vacated|pulled\s+out|"
                         r"evacuated|deserted)\b", re.IGNORECASE)


def _left_by(article: Article, m: ActorMention) -> bool:
    """Whether the text tells the side `m` names as leaving the place (the holders of a place taken without a
    fight, whom ACLED codes as its second side)."""
    return bool(_LEFT_BEFORE.search(article.text[max(0, m.start - 60):m.start])
                or _LEFT_AFTER.match(article.text, m.end))


# students named as the armed sides of a fight among themselves: "armed students", "two student factions", "students
# from rival camps"
_STUDENT_SIDES = re.compile(r"\b(?:armed\s+students|student\s+(?:factions|camps|groups|militias?|militiamen)|"
                            r"students\s+(?:from|of)\s+(?:two\s+)?(?:rival|opposing|opposed)\s+(?:camps|factions|groups|"
                            r"unions|associations))\b", re.IGNORECASE)
_STUDENT_MILITIA = "Militia (Students)"  # ACLED's actor for armed student groups (no country in its name)


# an explosive that went off in its own handlers' hands: "killed while planting an IED", "while in the process of
# laying mines", "when an IED exploded while being planted", "a bomb they were transporting exploded"
_OWN_DEVICE = re.compile(r"\b(?:while|when|as)\s+(?:(?:they|he)\s+(?:was|were)\s+)?(?:(?:in\s+the\s+process\s+of|trying\s+to|"
                         r"attempting\s+to)\s+)?(?:plant|lay|laid|plac|handl|transport|manipulat|assembl|rigg)\w*\s+"
                         r"(?:(?:an?|the|their|his|some|two|several)\s+)?(?:IEDs?|(?:land)?mines?|bombs?|explosives?|devices?|"
                         r"explosive\s+devices?)\b|\bwhile\s+being\s+(?:planted|laid|placed|handled|transported)\b|"
                         r"\b(?:bombs?|IEDs?|devices?|explosives?|(?:land)?mines?)\s+(?:that\s+)?(?:they|he|she)\s+(?:was|were|had\s+been)\s+"
                         r"(?:planting|laying|placing|transporting|carrying|handling|making|manufacturing|assembling)\b",
                         re.IGNORECASE)


def _crowd_country(article: Article, draft: _Draft, cc: str | None, matcher: ActorMatcher) -> str | None:
    """The country of the crowd a protest's first sentence names by its nationality, other than the event's `cc`:
    civilians named before the happening's word, its subject ("Sudanese refugees protested in Agadez"), or right
    after it with 'by' ("a sit-in by Sudanese refugees"); None for civilians the crowd spoke for ("protested the
    expulsion of Nigerien migrants"), and for a crowd whose words name no nationality ("teachers", whose country
    the article's other places gave: the event's place says whose they are)."""
    t0, t1 = draft.trigger_span
    s = draft.sentences[0]
    for a in article.actors:
        if a.sentence != s or a.inter != 7 or a.kind != "civilians" or a.country_code in (None, cc):
            continue
        if cc is not None and matcher.in_country(article.text, a, cc, on=article.published).country_code == cc:
            continue  # (its country came from the article's hint, not from its words)
        if a.end <= t0 and not re.search(r"\b(?:against|over|for|about|of|with)\b|[,;]",
                                           article.text[a.end:t0]) and not _CLAUSE_OBJECT_BEFORE.search(
                article.text, article.sentences[s].start, a.start):
            return a.country_code
        if a.start >= t1 and re.fullmatch(r"\s+(?:[\w-]+\s+){0,6}?by\s+(?:(?:some|about|around|dozens of|hundreds of|"
                                          r"thousands of|several|\d+)\s+)?", article.text[t1:a.start]):
            return a.country_code
        if a.end <= t0 and _SUBJECT_LEAD.fullmatch(article.text, article.sentences[s].start, a.start) \
                and not _NOT_THE_DOER.search(article.text, a.end, t0):
            # the sentence's subject, whatever comes between it and the happening's word ("Sudanese asylum seekers
            # including men, women, and children demonstrated", "Sudanese asylum seekers burned the reception
            # center, following several days of demonstrations"); not one things were done to ("Malian refugees
            # were attacked ...; residents protested")
            return a.country_code
    return None


# between a crowd's violence and the people it was done to: "beat up two presumed", "lynched the"
_CROWD_OBJECT = re.compile(r"(?:\s+(?:up|down))?\s+(?:(?:the|a|an|one|two|three|four|five|several|some|\d+|presumed|"
                           r"suspected|alleged)\s+)*", re.IGNORECASE)
# between a sentence's subject and a protest's word: a passive or another clause, the subject not the crowd
_NOT_THE_DOER = re.compile(r";|\b(?:was|were|been|being)\b", re.IGNORECASE)
# what may open a sentence before its subject: a date or time phrase and a quantity ("On 4 May 2023, hundreds of")
_SUBJECT_LEAD = re.compile(r"\W*(?:(?:on|around|between|overnight|during|since|from|late|early)\b[^,.;]{0,60},\s*)?"
                           r"(?:(?:the|some|about|around|several|many|(?:hundreds|dozens|thousands|scores) of|"
                           r"a (?:group|number|crowd) of|\d[\d,]*)\s+)*", re.IGNORECASE)


# a people's men named as a sentence's subject: "members of the Soninke community", "predominantly Songhai youth",
# "Fulani herders", "Bambara villagers"; a people's name alone ("Arabs", "the Fulani") only right before the deed
_PEOPLE_MEMBERS = re.compile(r"(?i:(?:predominantly|mostly|suspected|presumed|alleged|armed)\s+)?(?:(?i:members\s+of\s+the)\s+"
                             r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+communit(?:y|ies)|([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                             r"\s+(?:community\s+members|youths?|young\s+men|men|villagers|herders|herdsmen|farmers|"
                             r"pastoralists|tribesmen|hunters(?!\s*\())\b)")
_PEOPLE_ALONE = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+)\s+(?:(?:reportedly|allegedly|then|also)\s+)?$")
# after a passive deed, its agent: "was attacked |by alleged |Fulani in ..." (a people's name alone only before a
# clause's end or a place or time word: not "by Fulani militiamen", which the dictionary names)
_BY_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?by\s+(?:(?i:suspected|alleged|allegedly|presumed|presumably|armed)\s+)?")
_PEOPLE_AGENT_ALONE = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+)(?=\s*(?:[.,;:]|$)|\s+(?:in|at|near|on|from|and|after|during|"
                                 r"between|around|close)\b)")


def _people_doers(article: Article, draft: _Draft, matcher: ActorMatcher, cc: str | None) -> ActorMention | None:
    """The people's militia ("Soninke Ethnic Militia (Mali)") whose men the happening's lead sentence makes the
    subject of its deed ("members of the Soninke community equipped with knives attacked two families", "Arabs
    assaulted a Fulani man"); None when the subject is not a people the dictionary knows, or is acted on ("members
    of the Fulani community were attacked")."""
    t0, _ = draft.trigger_span
    sent = article.sentences[draft.sentences[0]]
    if not sent.start <= t0 <= sent.end:
        return None
    lead = _SUBJECT_LEAD.match(article.text, sent.start, t0)
    at = lead.end() if lead else sent.start
    m = _PEOPLE_MEMBERS.match(article.text, at, t0)
    by = _BY_AGENT.match(article.text, draft.trigger_span[1], sent.end)
    if m is not None:
        word = m.group(1) or m.group(2)
        if _NOT_THE_DOER.search(article.text, m.end(), t0) or len(article.text[m.end():t0]) > 80:
            return None
        start, end = m.start(), m.end()
    elif (m := _PEOPLE_ALONE.fullmatch(article.text, at, t0)) is not None:
        word, start, end = m.group(1), m.start(1), m.end(1)
    elif by is not None and (m := _PEOPLE_MEMBERS.match(article.text, by.end(), sent.end)
                             or _PEOPLE_AGENT_ALONE.match(article.text, by.end(), sent.end)) is not None:
        # the agent of the deed told in the passive: "an Imghad camp was attacked by alleged Fulani", "killed by
        # members of the Bambara community"
        word = next(g for g in m.groups() if g)
        start, end = m.start(), m.end()
    else:
        return None
    ethnic = matcher.ethnic_names.get(word.lower()) or (
        matcher.ethnic_names.get(word.lower()[:-1]) if word.lower().endswith("s") else None)
    if ethnic is None:
        return None
    got = matcher.role_actor("ethnic-militia", cc, on=article.published, ethnic=ethnic)
    if got is None:
        return None
    return ActorMention(start, end, article.text[start:end], got[0], got[1], "identity-militia", cc, sent.index)


def _civilians_named(article: Article, draft: _Draft, cc: str | None) -> ActorMention | None:
    """The first civilians the happening's first sentence names by their country, of another country than the
    event's `cc` ("a French tourist", "Nigerian refugees", "two Nigerien Tuareg youths"); None when it names none,
    or only civilians of no known country ("a hostage") or of the event's own."""
    s = draft.sentences[0]
    return next((a for a in article.actors if a.sentence == s and a.inter == 7 and a.kind == "civilians"
                 and a.country_code is not None and a.country_code != cc), None)


# a sentence after the happening's that tells whose the arms were: "The device was likely planted by JNIM militants"
_WEAPONS_OWNER = re.compile(r"\b(?:planted|placed|laid|belong(?:ed|ing|s)?|owned|destined)\b", re.IGNORECASE)


def _weapons_owner(article: Article, draft: _Draft, a1: ActorMention) -> ActorMention | None:
    """The named armed group (not the one that disrupted them) whose weapons or explosives a "Disrupted weapons use"
    happening took: named in the happening's sentences, or in the next one when it says whose they were; None when
    the text names no group."""
    where = set(draft.sentences)
    nxt = max(draft.sentences) + 1
    if nxt < len(article.sentences) and _WEAPONS_OWNER.search(article.sentences[nxt].text):
        where.add(nxt)
    return next((m for m in article.actors if m.sentence in where and m.inter in (2, 3, 4) and m.actor != a1.actor
                 and m.kind in _ARMED_KINDS and not m.actor.startswith(("Unidentified", "Islamist Militia"))), None)


_CLASH_WORD = re.compile(r"\b(?:clash\w*|fight(?:ing|s)?|fought|gun ?fights?|gun ?battles?|battle[ds]?|skirmish\w*|"
                         r"combats?|exchanged? (?:of )?(?:fire|gunfire|shots)|exchanges? of (?:fire|gunfire))\b", re.IGNORECASE)
# forces named by no more than 'security forces' and their country ("the security forces", "Malian security forces")
_BARE_SECURITY_FORCES = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]+\s+)?security\s+forces?", re.IGNORECASE)
_CROWD_CONTROL = re.compile(r"(?:the\s+)?(?:security forces|forces of order|law enforcement(?: officers)?|"
                            r"anti-?riot (?:police|forces|units?)|(?:defen[cs]e and )?security forces)", re.IGNORECASE)
_FORCE_ON_CROWD = re.compile(r"\b(?:were|was|been)\s+(?:\w+\s+)?(?:arrested|detained|dispersed|tear-?gassed|rounded up|cleared)\b|"
                             r"\bheld for questioning\b|\b(?:security forces|police|gendarmes)\s+(?:intervened|responded)\b|"
                             r"\b(?:tear ?gas|teargas|rubber bullets|water cannons?|stun grenades?)\b", re.IGNORECASE)
_POLICE_PROPERTY = re.compile(r"\b(?:police|gendarmerie)\s+(?:stations?|posts?|vehicles?|cars?|headquarters|offices?|"
                              r"checkpoints?|commissariats?)\b|\bcommissariats?\b", re.IGNORECASE)
_MOB_VICTIMS = re.compile(r"\b(?:churche?s?|chapels?|mosques?|shops?|stores?|bars?|homes?|houses?|huts?|a (?:man|woman|boy|girl)|"
                          r"(?:suspected |alleged )?(?:thief|thieves|robbers?|witch(?:es)?)|christians|muslims|members of|"
                          # a person by office: "kidnapped their headmaster", "attacked the newly elected mayor"
                          # (not a journalist or an official, who more often tell it: "an AFP journalist reported")
                          r"mayors?|headm(?:aster|istress)s?|principals?|teachers?|council(?:l)?ors?|imams?|priests?|"
                          r"pastors?|individuals)\b",
                          re.IGNORECASE)
# ... as the object of the crowd's deed or the subject of a passive one: "vandalized two| churches", "looted| shops and
# burned| houses", "the mosque| was set on fire" (not people or goods only told beside it: "closed down shops", "burned
# tires in support of teachers")
_MOB_HARM = (r"(?:attack\w*|assault\w*|beat(?:en)?|burn(?:ed|t|ing)|torch\w*|loot\w*|ransack\w*|vandali[sz]\w*|"
             r"destroy\w*|ston(?:ed|ing)|set\s+fire\s+to|set\s+ablaze|lynch\w*|stabb\w*|kill\w*|injur\w*|wound\w*|"
             r"damag\w*|smash\w*|pillag\w*|raid\w*|target\w*|hack\w*|club\w*|kidnap\w*|abduct\w*|threaten\w*|"
             r"harass\w*|chas\w*|expell?\w*|sacked|burgl\w*|rob(?:bed)?)")
_MOB_HARM_BEFORE = re.compile(r"\b" + _MOB_HARM + r"(?:\s+(?!(?:in|of|for|to|over|against|about|on|at|with|after|before|"
                              r"while|during|support)\b)[\w,'-]+){0,4}?\s+$", re.IGNORECASE)
_MOB_HARMED_AFTER = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                               r"(?:set\s+(?:on\s+fire|ablaze)|" + _MOB_HARM + r")", re.IGNORECASE)


def _mob_victims_harmed(text: str) -> bool:
    """Whether people or goods a mob may harm (`_MOB_VICTIMS`) are told harmed: its deed's object or a passive's
    subject, not only named beside the crowd's deed."""
    return any(_MOB_HARM_BEFORE.search(text, max(0, m.start() - 60), m.start())
               or _MOB_HARMED_AFTER.match(text, m.end())
               for m in _MOB_VICTIMS.finditer(text))


# a person a mob harmed, the object of its deed or the subject of a passive one: "lynched a prisoner", "beat two youths",
# "attacked and wounded a fisherman", "a suspected thief was beaten to death" (not the crowd itself: "youths beat ...")
_MOB_PERSON = (r"(?:(?:suspected|alleged|presumed|young|old|elderly|local|\w+-year-old)\s+)?(?:prisoners?|detainees?|"
               r"inmates?|suspects?|thie(?:f|ves)|robbers?|youths?|boys?|girls?|m[ae]n|wom[ae]n|child(?:ren)?|persons?|"
               r"people|individuals?|fisherm[ae]n|farmers?|herders?|herdsm[ae]n|traders?|drivers?|motorcyclists?|"
               r"students?|villagers?|residents?|civilians?|witch(?:es)?|sorcerers?|"
               # the people a rioting crowd turns on: "striking pupils assaulted two teachers", "hurled stones at
               # party supporters", "beat a journalist" (ACLED: civilians, the riot's other side)
               r"teachers?|headm(?:aster|istress)(?:es|s)?|principals?|journalists?|reporters?|cameram[ae]n|"
               r"supporters|worshippers|passers-?by|shopkeepers?|merchants?|"
               # a workplace's people a striking crowd turns on: "the strikers assaulted the staff chief", "threw stones
               # at aid workers", "beat the mine's manager"
               r"(?:(?:aid|humanitarian|NGO|health|mine|factory|company)\s+)?workers?|employees?|"
               r"(?:staff\s+|village\s+|traditional\s+)?chiefs?|managers?|directors?)")
_MOB_PERSON_HARMED = re.compile(
    r"\b(?:(?:lynched|beat(?:en|ing)?|assault(?:ed|ing)|stoned|clubbed|hacked|stabbed|thrashed|manhandled|molested|"
    r"attack(?:ed|ing)|(?:threw|throwing|hurled|hurling)\s+(?:stones|rocks)\s+(?:at|on|against))"
    r"(?:\s+(?:up|to\s+death|and\s+(?:wounded|injured|killed)))?"
    r"\s+(?:(?:the|a|an|one|two|three|four|five|several|some|\d+)\s+)*" + _MOB_PERSON + r"\b|"
    + _MOB_PERSON + r"\s+(?:was|were)\s+(?:reportedly\s+|allegedly\s+)?(?:lynched|beaten|stoned|clubbed|assaulted)\b)",
    re.IGNORECASE)
_FORCES_WORD = re.compile(r"\b(?:police|policemen|security forces|gendarmes?|gendarmerie|soldiers|troops|army)\b",
                          re.IGNORECASE)  # (a crowd that clashed with them did not clash with another crowd)
_CROWD_AND_FORCES = re.compile(r"\b(?:clash\w*|fought|fighting|confrontations?)\b[^.;]{0,40}\bbetween\b[^.;]{0,40}\band\s+(?:the\s+)?"
                               r"(?:security|police|gendarmes?|gendarmerie|anti-?riot|forces of (?:law and )?order|"
                               r"law enforcement)\b", re.IGNORECASE)
# two sides of one kind that fought each other, neither named: "violence between farmers and pastoralists",
# "intra-communal violence", "farmers against herders", "two armed groups clashed", "students from rival camps clashed"
# one side that fought itself: "clashed with each other", "among themselves", "infighting", "internal clashes", "a
# shootout over an internal dispute", "a gunfight between rival factions of the group"
_INFIGHTING = re.compile(r"\b(?:with|against)\s+each\s+other\b|\bamong\s+themselves\b|\bin-?fighting\b|"
                         r"\binternal\s+(?:clash\w*|fighting|feud\w*|disputes?|quarrels?|rivalr(?:y|ies)|power\s+struggles?)|"
                         r"\brival\s+factions\b", re.IGNORECASE)
_TWO_SIDES = re.compile(r"\b(?:clash\w*|fought|fighting|violence|confrontations?|skirmish\w*|fights?|brawls?)\b[^.;]{0,60}?"
                        r"\bbetween\b|\band\b[^.;]{1,60}\b(?:clash(?:ed)?|fought)\b|\b(?:inter|intra)-?(?:communal|ethnic|"
                        r"tribal|clan|community)\b|\bcommunal\s+(?:violence|clash\w*|fighting|confrontations?)|\bpitting\b"
                        r"[^.;]{1,60}\bagainst\b|\b(?:two|rival)\s+(?:[\w-]+\s+)?(?:groups|camps|factions|families|clans|"
                        r"communities|villages|brotherhoods|gangs|militias)\b[^.;]{0,40}?\b(?:clash\w*|fought|fight\w*)",
                        re.IGNORECASE)
_EITHER_BETWEEN = re.compile(r"\s*(?:and\s*/\s*or|or|/)\s*(?:(?:the|presumed|suspected|alleged)\s+)?",
                             re.IGNORECASE)


_ARMED_KINDS = ("rebel", "political-militia", "identity-militia")
_IN_PARENS = re.compile(r"\s*\(\s*")


def _by_name(name: str) -> Trigger:
    return _TRIGGER_BY_NAME[name]


# the object of a search, up to a few words before the side: "looking for members of the self-defence group",
# "in search of soldiers", "searching for the village's militiamen"
_SOUGHT_BEFORE = re.compile(r"\b(?:(?:looking|searching|hunting|asking)\s+for|in\s+search\s+of|seeking|in\s+pursuit\s+of)\s+"
                            r"(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)


def _allied(article: Article, a: ActorMention, b: ActorMention) -> bool:
    """Whether the text joins the two mentions as allies in one subject, either way round ("Al Mourabitoun
    fighters backed by AQIM", "VDP alongside the army"): the second fought on the first's side, not against it."""
    return _ALLY_BETWEEN.fullmatch(article.text, a.end, b.start) is not None \
        or _ALLY_BETWEEN.fullmatch(article.text, b.end, a.start) is not None


def _armed_other_side(article: Article, draft: _Draft, a1: ActorMention,
                      a2: ActorMention | None) -> ActorMention | None:
    """An armed actor (state forces, a rebel group, a militia) on the receiving side of an attack: named in the
    happening's sentences, not the attacker, not one of the attacker's alternatives ("JNIM or ISGS") nor its
    movement in parentheses."""
    if a2 is not None and a2.inter in (1, 2, 3, 4, 8) and a2.actor != a1.actor and not a2.actor.startswith("Government of") \
            and not (a1.inter in (2, 3, 4) and _lone_leader(article, a2)) and not _background_target(article.text, a2.start) \
            and not _allied(article, a1, a2):
        return a2
    lead = draft.sentences[0]
    # (the first violence word of the lead: the draft's trigger may be a later one, "attempted to attack the village,
    # peacekeepers intervened and routed the assailants")
    verb = min((sp[0] for t, sp in _sentence_triggers(article.sentences[lead]) if t.family == "violence"),
               default=draft.trigger_span[0])
    has_parent = _parent_group(article, a1) is not None
    for m in article.actors:
        if m.sentence not in draft.sentences or m.inter not in (1, 2, 3, 4, 8) or m.actor == a1.actor \
                or _police_source(article, m):
            continue
        if (m.inter == 8 or m.sentence != lead) and not _INTERVENED.search(article.sentences[m.sentence].text) \
                and not (m.sentence == lead and 0 <= m.start - draft.trigger_span[1] <= 30):
            continue  # a side named in passing; not "MINUSMA peacekeepers intervened and routed the assailants", nor
            # the object of the attack ("shot dead a Nigerien MINUSMA officer")
        if m.actor.startswith("Government of"):
            continue  # a government's officials ("a government councilor", "senior government officials") are civilians
        if m.actor.startswith("Unidentified") or (m.inter == 1 and a1.inter == 1):
            continue  # "militants ... assailants ... reinforcements": the attackers again; the state's own units
        if m.sentence == lead and m.start < verb or _allied(article, a1, m):
            continue  # a co-attacker: "volunteer fighters supported by soldiers killed ...", also where the lead
            # tells the toll first ("30 killed when Al Mourabitoun fighters backed by AQIM attacked a hotel")
        if a1.start - 3 <= m.start <= a1.end + 3 or (m.start <= a1.start and m.end >= a1.start):
            continue  # a part of the attacker's own mention
        if has_parent and m.start <= a1.end + 8:
            continue  # its movement in parentheses: "Katiba Macina (JNIM)"
        if _off_duty_mention(article, m) or _serves_a_force(article.text, m.start, m.end) or _suspected_link(article, m) \
                or _accuser(article, m) or _accused(article, m):
            continue  # "a retired soldier", "an off-duty gendarme", "a police interpreter", "a National Guard on a
            # family visit", "accused of being informants of the army", "the CMA accused the army (of)": not a fighting side
        if m.inter == 1 and _FORCES_KIN_BEFORE.search(article.text, max(0, m.start - 50), m.start):
            continue  # the forces' kin struck, not the forces: "killed 12 people including family members of gendarmes"
        if _NOT_STRUCK_BEFORE.search(article.text, max(0, m.start - 40), m.start):
            continue  # the passive's doer, a finder, a custodian, a goal: "beaten by a policeman", "found by the police"
        if _background_target(article.text, m.start):
            continue  # the target of an earlier attack told as the ground or the background: "arrested in connection
            # with an attack on MINUSMA soldiers", "in the wake of an ambush against the army"
        if _CLAIMS_AFTER.match(article.text, m.end, min(len(article.text), m.end + 50)):
            continue  # a group that claims the deed did it: "ISWAP claimed responsibility" is no side struck
        if a1.inter in (2, 3, 4) and _lone_leader(article, m):
            continue  # one group's leader attacked by another: "militants attempted to assassinate CMA coordinator X"
        return m
    return None


# the target of an attack told as this happening's ground or background (`_ANSWERED_BEFORE` before the attack's noun):
# "(arrested) in connection with an attack on MINUSMA soldiers", "in the wake of an ambush against the army"
_DEED_NOUNS = r"(?:attacks?|ambush(?:es)?|assaults?|raids?|killings?|murders?|abductions?|kidnappings?)"
_DEED_ON_BEFORE = re.compile(r"\b" + _DEED_NOUNS + r"\s+(?:on|against|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$",
                             re.IGNORECASE)
# ... or its doer named as its qualifier: "a militant attack", "a jihadist raid"
_DEED_AFTER = re.compile(r"[\w-]*\s+" + _DEED_NOUNS + r"\b", re.IGNORECASE)


def _background_target(text: str, start: int) -> bool:
    """Whether the mention at `start` is the target of an attack the sentence tells as its ground or background."""
    if _in_later_by_span(text, start):
        return True  # a side of the earlier happening the sentence dates it by: ", a week after jihadists killed 20 soldiers"
    deed = _DEED_ON_BEFORE.search(text, max(0, start - 60), start)
    if deed is not None and _ANSWERED_BEFORE.search(text, max(0, deed.start() - 80), deed.start()) is not None:
        return True
    # ... or its doer, named as the attack's qualifier: "in the wake of a militant attack", "in connection with a
    # jihadist raid"
    return _DEED_AFTER.match(text, start) is not None \
        and _ANSWERED_BEFORE.search(text, max(0, start - 80), start) is not None


# one leader of a group, whom the group's name only qualifies: "CMA coordinator Ahmed Ag Ali", "the leader of the Ganda
# Izo militia", "the founder of a self-defense group" (another group that kills or takes him alone attacks a civilian,
# as ACLED codes it; not its fighters: "leaders and fighters", "two GATIA commanders")
_LEADER_WORD = r"(?:founder|co-founder|leader|coordinator|president|head|chief)"
_LEADER_OF_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his)\s+(?:former\s+|local\s+|self-proclaimed\s+|regional\s+)?"
                               + _LEADER_WORD + r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_LEADER_AFTER = re.compile(r"(?:\s+(?:local|regional|military|political))?\s+" + _LEADER_WORD +
                           r"(?!s\b)(?!\s+and\b)\b(?!\s+of\b)", re.IGNORECASE)


# one office-holder of a group, told alone: "the MSA deputy chief of staff", "a CMA official", "its spokesman"
# (another armed group that shoots or kills him alone attacks a civilian, as ACLED codes it; not its fighters nor their
# ranks: "executed a JNIM member", "fired on an MNLA member", "killed an MNLA officer", "two CMA officials", a commander:
# ACLED codes a battle with the group)
_ONE_BEFORE = re.compile(r"\b(?:a|an|the|one)\s+(?:former\s+|senior\s+|local\s+)?$", re.IGNORECASE)
_MEMBER_AFTER = re.compile(r"(?:-[\w]+)?\s+(?:(?:deputy|assistant|vice)[\s-]+)?(?:official|cadre|spokesman|"
                           r"chief\s+of\s+staff)\b(?!-)", re.IGNORECASE)

def _lone_leader(article: Article, m: ActorMention) -> bool:
    """Whether a group's mention only says whose leader or officer one person is ("CMA coordinator X", "the founder
    of the Y militia", "the MSA deputy chief of staff"), not a side of fighters."""
    text = article.text
    return m.inter in (2, 3, 4) and (_LEADER_AFTER.match(text, m.end) is not None
                                     or _LEADER_OF_BEFORE.search(text, max(0, m.start - 50), m.start) is not None
                                     or (_MEMBER_AFTER.match(text, m.end) is not None
                                         and _ONE_BEFORE.search(text, max(0, m.start - 20), m.start) is not None))


# the words before a force that make it no target of the attack: the passive's agent or a finder ("was beaten up by a
# policeman", "the victim was found by the police"), the people's custodian ("while in detention of the police"),
# where the victims were going ("failed to be recruited into the army"), an escort told as a convoy's feature ("a
# civilian convoy with military escort": ACLED codes the attack on the civilians; not a fight's other side: "clashed
# with Dan Na Ambassagou militiamen")
_NOT_STRUCK_BEFORE = re.compile(r"\b(?:by|into|in\s+(?:the\s+)?(?:custody|detention|hands)\s+of|"
                                r"(?<!clashed )(?<!clashes )(?<!clash )(?<!clashing )(?<!fought )(?<!fighting )(?<!fight )"
                                r"(?<!fights )(?<!battle )(?<!battled )(?<!battling )(?<!skirmished )(?<!skirmishes )"
                                r"(?<!confrontation )(?<!confrontations )(?<!engaged )(?<!fire )(?<!gunfire )with)\s+"
                                r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


# the people of a place who took up arms: "village self-defence responded", "were repelled by villagers", "clashed
# with armed villagers", "villagers in Kiki killed three militants"
_SELF_DEFENCE = re.compile(r"\b(?:(?:the\s+)?(?:village|local|communal)\s+)?self-defen[cs]e(?:\s+(?:group|militia|force|"
                           r"committee)s?)?(?:\s+(?:members?|militiam[ae]n))?\b|"
                           # ... or its defence without the "self-": "village defense responded", "communal defence groups"
                           # (not "the defense and security forces", "the ministry of defence")
                           r"\b(?:the\s+)?(?:village|communal)\s+defen[cs]es?(?:\s+(?:group|militia|force|committee)s?)?"
                           r"(?:\s+(?:members?|militiam[ae]n))?\b|\barmed\s+(?:villagers|residents|youths?)\b",
                           re.IGNORECASE)
_LOCALS = r"(?:villagers|residents|inhabitants|locals|youths?|(?:the\s+)?(?:local\s+)?population)"
# the verbs of attackers turned back, in the passive before their "by" ("repelled by", "fought off by", "driven off by")
_TURNED_BACK = r"(?:repel\w*|repuls\w*|fended\s+off|fought\s+off|routed|chased|driven\s+(?:off|back|away))"
_NOT_PASSIVE = r"(?:(?!(?:were|was|been|being|are|is|had|have|has)\b)[\w-]+\s+)"
_LOCALS_ANSWER = re.compile(
    rf"\b{_LOCALS}\s+{_NOT_PASSIVE}{{0,3}}?(?:respond\w*|repel\w*|repuls\w*|fend\w*\s+off|fended\s+off|fought\s+(?:off|"
    rf"back)|resist\w*|rout\w*|chased\s+(?:off|away|the)|drove\s+(?:off|back|away)|counter-?attack\w*|retaliat\w*|"
    rf"overpower\w*|killed|lynched|returned\s+(?:the\s+)?fire(?!-)|fired\s+back|exchanged\s+(?:gun)?fire)\b"
    rf"|\b{_TURNED_BACK}\s+by\s+(?:the\s+)?(?:\w+\s+)?{_LOCALS}\b"
    rf"|\b(?:clash\w*|exchang\w*\s+(?:gun)?fire|fight\w*|fought)\s+(?:\w+\s+)?with\s+(?:the\s+)?(?:\w+\s+)?{_LOCALS}\b",
    re.IGNORECASE)
# what an armed side that turned an attack back did, right after its name: "(Dogon militiamen) repelled the attack",
# "(the soldiers) repulsed the assaults", "(VDP) fought off the assailants"
# ... or pushed them back with the object in between: "(policemen and gendarmes) reportedly pushed the militants back"
# ... or the attackers told by a pronoun: "(Niger troops) successfully repelled them"
_REPULSED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:repelled|repulsed|fended\s+off|fought\s+off|pushed\s+back)\s+"
                             r"(?:them\b|(?:the|an|their|this|these)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|assailants|attackers|"
                             r"incursions?|raids?|militants|gunmen|raiders|jihadi(?:st)?s|terrorists)\b)|(?:pushed|drove|forced)\s+"
                             r"(?:them|(?:the|these)\s+(?:[\w-]+\s+)?(?:assailants|attackers|militants|gunmen|raiders|"
                             r"jihadi(?:st)?s|terrorists))\s+back\b)", re.IGNORECASE)

# forces that answered an attack, right after their name: "(Burkinabe forces) responded to the incursion", "(the army)
# reacted", "(soldiers) retaliated"
_ANSWERED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:responded|reacted|retaliated|riposted|fought\s+back)\b",
                             re.IGNORECASE)

# a side's gloss and its partner between its name and what it did: "Volunteer fighters (VDP) and defense and security
# forces (FDS) responded"
_PARTNER_AFTER = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:forces|soldiers|troops|"
                            r"army|gendarmes|police|volunteers|VDP)(?:\s*\([^()\n]{1,30}\))?)?", re.IGNORECASE)


def _answered(text: str, end: int) -> bool:
    """Whether the side whose name ends at `end` (with its gloss and partner) answered an attack: "Burkinabe forces
    responded to the incursion", "the soldiers repulsed the assault", "VDP and the army repelled the attack"."""
    at = _PARTNER_AFTER.match(text, end).end()  # type: ignore[union-attr]
    return _REPULSED_AFTER.match(text, at) is not None or _ANSWERED_AFTER.match(text, at) is not None


# ... or routed them, drove them off, thwarted the attack, or intervened against them: "the army intervened and routed
# the militants", "a military unit intervened and forced the assailants to flee", "a patrol intervened against unknown
# gunmen", "gendarmes thwarted a militant attack" (whole Sahel files: 'routed the militants/assailants...' 21 of 26
# notes are Battles; not forces that only intervened: "police intervened and no one was hurt")
_ROUTED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:intervened|responded|reacted)\s+(?:and\s+)?)?"
    r"(?:routed|drove\s+(?:off|back|away)|chased\s+(?:off|away)|thwarted|forced|intervened\s+against)\s+"
    r"(?:them\s+(?:to|away|off|back)\b|(?:(?:the|an?|their|this|these|unknown|unidentified|suspected|presumed)\s+)?"
    r"(?:[\w-]+\s+)?(?:attacks?|assaults?|assailants|attackers|aggressors|incursions?|raids?|militants|gunmen|"
    r"raiders|jihadi(?:st)?s|terrorists|bandits|insurgents)\b)", re.IGNORECASE)

# the armed escort of the people attacked: "merchants escorted by (Koglweogo volunteer fighters)", "donkey carts
# escorted by (Dogon militiamen)" (ACLED: a battle with the escort in 14 of the 16 Sahel notes with an escort named)
_ESCORTED_BEFORE = re.compile(r"\bescorted\s+by\s+(?:the\s+|a\s+|an\s+|some\s+)?$", re.IGNORECASE)
# ... not people taken somewhere after the happening: "the wounded were escorted by soldiers to the hospital", "the
# suspect was escorted by police officers to the county jail"
_ESCORTED_TO = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:back\s+)?(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?"
                          r"(?:hospitals?|clinics?|health (?:cent(?:re|er)|post)s?|jails?|prisons?|cells?|custody|"
                          r"(?:police )?stations?|courts?|courthouses?|morgues?|safety|headquarters)\b", re.IGNORECASE)


# what forces answered that makes them a side of the fight, not its source: "gendarmes responded to the gunfire",
# "the policemen responded to the attack" (not "police responded to the scene", "the army responded to the call",
# "police responded to the shooting": they came after it)
_TO_THE_ATTACK = (r"\s+(?:immediately\s+)?to\s+(?:(?:the|an?|this|that|their|these)\s+)?(?:[\w-]+\s+)?(?:attacks?|assaults?|"
                  r"gunfire|gun\s+fire|fire|incursions?|ambush(?:es)?|raids?|aggression)\b")
# ... or answered it in arms: "(gendarmes) responded to the gunfire and the militants withdrew", "(the soldiers)
# reacted to the assault", "(VDP) retaliated with gunfire", "(the VDP) fought back" (Sahel files, notes where forces
# or militiamen "responded": 45 battles, 2 attacks)
_ANSWERED_ATTACK_AFTER = re.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+(?:[\w-]+\s+){0,2}?(?:(?:responded|reacted|retaliated|"
                                    r"riposted)(?:" + _TO_THE_ATTACK + r"|\s+with\s+(?:(?:heavy|automatic|their)\s+)?"
                                    r"(?:gun)?fire\b)|fought\s+back|returned\s+fire)", re.IGNORECASE)


def _repulsing_side(article: Article, draft: _Draft, a1: ActorMention | None) -> ActorMention | None:
    """The armed actor (state forces, a militia, a rebel group) the happening's sentences say turned the attack
    back or escorted the people attacked, not the attacker itself; None if none."""
    for m in article.actors:
        if m.sentence not in draft.sentences or m.inter not in (1, 2, 3, 4, 8) or m.actor.startswith("Unidentified"):
            continue
        if a1 is not None and m.actor == a1.actor:
            continue
        if _REPULSED_AFTER.match(article.text, m.end) or _ROUTED_AFTER.match(article.text, m.end) \
                or _ANSWERED_ATTACK_AFTER.match(article.text, m.end) or (
                _ESCORTED_BEFORE.search(article.text, max(0, m.start - 20), m.start)
                and not _ESCORTED_TO.match(article.text, m.end)):
            return m
    return None


# an attack turned back by no one named: the place defended itself ("the attack was repelled")
_REPELLED = re.compile(r"\b(?:attacks?|assaults?|raids?|incursions?)\s+(?:was|were)\s+(?:\w+\s+)?(?:repelled|repulsed|"
                       r"fended off|pushed back|foiled)\b(?!\s+by\b)", re.IGNORECASE)
_REPELLED_BY = re.compile(r"\b(?:" + _TURNED_BACK + r"|pushed\s+back|foiled|thwarted)\s+by\s+", re.IGNORECASE)
_FOREST_AGENTS = r"(?:forest(?:ry)?|water and forest)\s+agents?"  # the forest service's armed agents
# the dead, wounded or taken were armed: soldiers, police, guards, militiamen
_ARMED_VICTIM = re.compile(r"\b(?:militiam[ae]n|militia\s+members?|self-defen[cs]e|dozos?|koglweogo|vdp|volunteers?|"
                           r"(?:forest|eco-?|national|park|border)\s*guards?|(?<!civilian )(?<!private )guards?|"
                           r"(?:national\s+)?guardsm[ae]n|rangers?|soldiers?|troops?|"
                           + _FOREST_AGENTS + r"|"
                           r"gendarmes?|police(?:m[ae]n|\s+officers?|\s+agents?)|customs\s+(?:officers?|agents?)|"
                           r"servicem[ae]n|peacekeepers?|fighters?|combatants?)\b", re.IGNORECASE)
# a guard no state employs: "a security guard", "private guards", "a guard at a gold mine", "the mine's guards"
_PRIVATE_GUARD = re.compile(r"\b(?:(?:private\s+)?security|private)\s+guards?\b|"
                            r"\bguards?\s+(?:at|of|for|working\s+for|employed\s+by)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:mines?|company|companies|bank|site|factory|firm|hotel|compound|project|(?:sub)?contractor|"
                            r"NGO|warehouse|plant)\b|"
                            r"\b(?:mine|mining|company|bank|hotel|site)\s+guards?\b", re.IGNORECASE)
# the state's forces among the victims told ("soldiers and security guards"): not private guards alone
_STATE_FORCE_VICTIM = re.compile(r"\b(?:soldiers?|troops?|gendarmes?|police\w*|servicem[ae]n|(?:forest|national|border|"
                                 r"park|prison|republican|presidential)\s+guards?|guardsm[ae]n)\b", re.IGNORECASE)
# victims the text itself says were not fighting: off duty, retired, only suspected or described as members
# (away from duty: "on leave", "on a family visit"; the words of _OFF_DUTY_AFTER)
# (at home: "a gendarme at his home", "a soldier shot outside his house")
_AT_HOME = r"(?:at|outside|in\s+front\s+of|inside|in)\s+(?:his|her|their)\s+(?:own\s+)?(?:homes?|houses?|residences?)"
_ON_LEAVE = (r"on\s+(?:leave|holiday|vacation|(?:a\s+)?(?:family\s+|private\s+)?visit)|"
             r"visiting\s+(?:his|her|their)\s+famil(?:y|ies)|off[- ]duty")
_AWAY_FROM_DUTY = _ON_LEAVE + "|" + _AT_HOME
_NOT_SERVING_BEFORE = r"(?:off[- ]duty|retired|former|ex-)"  # the words before a force's noun that make it no force
_UNARMED_VICTIM = re.compile(r"\b(?:" + _AWAY_FROM_DUTY + r"|" + _NOT_SERVING_BEFORE + r"|accused|described as|"
                             r"suspected of|alleged|"
                             r"partisans?|sympathi[sz]ers?|relatives?|famil(?:y|ies)|wife|wives|sons?|daughters?|"
                             r"interpreters?|including|"
                             # (a guard or agent the text calls civilian: "shot dead a civilian school guard",
                             # "abducted a civilian forest guard")
                             r"civilian\s+(?:[\w-]+\s+)?(?:guards?|agents?|watchm[ae]n))\b", re.IGNORECASE)
_CIVILIAN_ROLE_AFTER = re.compile(r"\s+(?:interpreters?|translators?|spokes(?:man|woman|person)|informants?|informers?|"
                                  r"guides?|collaborators?|chaplains?|"
                                  r"(?:sub-?)?contractors?'?|suppliers?|"
                                  r"doctors?|nurses?|drivers?|cooks?|wi(?:fe|ves)|famil(?:y|ies)|relatives?|children)\b",
                                  re.IGNORECASE)
# the police who tell, investigate or answer a happening are its source, not a side of it: "police said",
# "Metro police are investigating the shooting", "identified by Roanoke police", "according to San Antonio police",
# "the police came to the scene"
# (police who fought say what they did: "police said they shot the gunman" keeps them, by the verb after "they";
# and "gendarmes arrested and executed 18 people" are the doers)
# (the words skipped before the source's verb are not the police's own deed: "Police shot a suspect", "police killed
# two suspects" tell what the police did, where "suspect" is the one shot, not what they believe)
_POLICE_DEED = r"(?:shot|shoot|shoots|killed|kill|kills|wounded|injured|fired|gunned|stabbed|beat|tortured|executed)"
_POLICE_SOURCE_AFTER = re.compile(
    r"(?:\s+(?:(?!" + _POLICE_DEED + r"\b)[\w.'’-]+\s+){0,2}?)?\s*(?:,\s*)?(?:said|say|says|saying|stated|tell|told|(?:are|were|is) (?:also )?"
    r"investigating|investigat(?:e|ed|es|ion)|(?:are|were|have been) (?:called|searching|looking|asking|seeking|trying|"
    r"notified|sent|dispatched|alerted)|responded(?!" + _TO_THE_ATTACK + r")|respond|arrived|identified|have identified|charged|"
    r"(?:have |has )?made (?:an |two |several )?arrests?|"
    # (who came after it: "the police came to the scene", "gendarmes rushed to the site")
    r"(?:came|went|rushed|hurried|headed|raced|returned)\s+(?:later\s+|quickly\s+|immediately\s+)?to\s+the\s+(?:scene|site)|"
    r"believe|believed|suspect|suspects|suspected|fear|fears|feared|"
    r"determined|concluded|ruled|confirmed|released|"
    r"declined|did not (?:say|"
    r"release)|found|recovered|reported|received|got a call|look(?:ed)? (?:for|at|into)|searched|(?:are |were )?on "
    r"(?:the )?scene|apprehended|interviewed|(?:are |were )?(?:still )?questioning|(?:are |were )?examining|"
    r"(?:chief|commissioner|superintendent|lt|lieutenant|sgt|sergeant|capt|captain|det|car|cruiser|"
    r"spokes(?:man|woman|person)|officials?|sources|department'?s?|dept\.?|report|records|tape|scanner|dispatch(?:ers?)?|"
    r"statement|affidavit|documents?|homicide unit|detectives?)\b)\b"
    # (also after a title and its name: "Police Commissioner John Doe said officers returned fire")
    r"(?!(?:\s+[\w.'’-]+){0,4}?\s+(?:that\s+)?(?:they|officers|policemen|its men|their men)\s+(?:had\s+|have\s+)?"
    r"(?:shot|fired|killed|returned fire|exchanged|repelled|repulsed|engaged|neutrali[sz]ed|gunned))"
    # (nor police who came and then fought: "police arrived and shot the robber"; but what they said is another's
    # deed: "Police said Smith shot and killed his mother")
    r"(?:(?<=\bsaid)|(?<=\bsay)|(?<=\bsays)|(?<=\bsaying)|(?<=\bstated)|(?<=\btold)|"
    r"(?!\s+(?:\w+\s+){0,3}?and\s+(?:then\s+)?(?:executed|killed|shot|beat|tortured|fired|opened fire|exchanged|"
    r"returned fire|engaged|clashed|fought|gunned|neutrali[sz]ed|repelled|repulsed)))", re.IGNORECASE)
# a place told by the police station whose area it lies in ("under the Naubatpur police station", "in nine police
# station areas", "within the Kotwali police station limits")
_STATION_AFTER = re.compile(r"\s+stations?\b", re.IGNORECASE)
_STATION_AREA_AFTER = re.compile(r"(?:\s+stations?)?\s+(?:areas?|limits|jurisdictions?)\b", re.IGNORECASE)
_JURISDICTION_BEFORE = re.compile(r"\bunder\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_POLICE_SOURCE_BEFORE = re.compile(r"\b(?:according to|told|tell|lodged with|filed with|registered with|complained to|(?:identified|charged|arrested|detained|questioned|"
                                   r"interviewed|released|confirmed|reported|informed) by|called|contacted|notified|"
                                   r"word from|known to|investigation by|wanted by|warned by|call|calling|"
                                   r"flagged down|"
                                   # (police that were not there or did not act: "complained about the absence of
                                   # the police", "the inaction of the local police")
                                   r"(?:absence|inaction|failure|lack|apathy|indifference|negligence|passivity) of)\s+"
                                   r"(?:the\s+)?"
                                   # (between them only the force's place or rank: "according to Kano State police",
                                   # "told county police"; not a clause: "told AFP that police opened fire")
                                   r"(?:(?-i:[A-Z])[\w.'’-]*\s+|(?:local|state|city|county|metro|federal|regional|"
                                   r"municipal|traffic|transit|campus)\s+){0,2}?$", re.IGNORECASE)

# (whatever came before them, police who then fought are a side: "called the police, who shot dead two robbers")
_POLICE_FOUGHT_AFTER = re.compile(r"\s*,?\s+(?:who|and)\s+(?:then\s+|later\s+|also\s+)?(?:shot|fired|killed|opened fire|"
                                  r"exchanged|returned fire|engaged|clashed|fought|gunned|repelled|neutrali[sz]ed)\b",
                                  re.IGNORECASE)

# police who were struck in what they tell: "officers were ambushed", "killing an officer", "were fired upon",
# "opened fire on them"
_OFFICERS = r"(?:officers?|policem[ae]n|policewom[ae]n|constables?|deput(?:y|ies)|troopers?|patrolm[ae]n)"
_POLICE_STRUCK = re.compile(
    r"\b" + _OFFICERS + r"\s+(?:\w+\s+){0,2}?(?:were|was|had been|have been|has been|got)\s+(?:\w+ly\s+)?(?:killed|"
    r"wounded|injured|shot|ambushed|attacked|hurt|hit|stabbed|fired (?:up)?on|targeted)\b"
    r"|\b(?:killing|wounding|injuring|killed|wounded|injured|ambushed|attacked|shot)\s+(?:an?\s+|one\s+|two\s+|three\s+|"
    r"several\s+|\d+\s+)?(?:[\w-]+\s+)?" + _OFFICERS + r"\b"
    r"|\b(?:were|was)\s+(?:fired|shot)\s+(?:up)?on\b|\b(?:fired|opened fire)\s+(?:up)?on\s+them\b", re.IGNORECASE)


def _police_source(article: Article, a: ActorMention) -> bool:
    """A police force (or the authorities) that tells, investigates or answers the happening (see
    `_POLICE_SOURCE_AFTER`, `_POLICE_SOURCE_BEFORE`); not one that then fought, nor one whose sentence tells of
    officers struck (`_POLICE_FOUGHT_AFTER`, `_POLICE_STRUCK`)."""
    if not a.actor.startswith(("Police Forces", "Forest Guards", "Government of")):
        return False
    if _POLICE_FOUGHT_AFTER.match(article.text, a.end):
        return False  # "residents called the police, who shot dead two robbers"
    sentence = article.sentences[a.sentence] if 0 <= a.sentence < len(article.sentences) else None
    if sentence is not None and _POLICE_STRUCK.search(sentence.text):
        return False  # "Police said officers were ambushed by gunmen": the police tell of their own, a side
    start = sentence.start if sentence is not None else 0  # (a cue before them in their own sentence)
    if (_STATION_AFTER.match(article.text, a.end) or a.text.lower().endswith(("station", "stations"))) and (
            _JURISDICTION_BEFORE.search(article.text, max(start, a.start - 40), a.start)
            or _STATION_AREA_AFTER.match(article.text, a.end)):
        return True  # a police station's area names a place: "shot dead at X village under the Y police station"
    return _POLICE_SOURCE_AFTER.match(article.text, a.end) is not None or \
        _POLICE_SOURCE_BEFORE.search(article.text, max(start, a.start - 60), a.start) is not None


# soldiers told as away from duty after the name: "a soldier on leave", "a National Guard on a family visit", "a gendarme
# visiting his family" (ACLED codes an attack on them as violence against civilians: both such notes of the Sahel files)
_HARMED_AT = (r"\s+(?:who\s+(?:was|were)\s+|while\s+|(?:was|were)\s+(?:shot|killed|stabbed|attacked|assassinated|murdered|"
              r"wounded|abducted|kidnapped)(?:\s+dead)?\s+)?")
_OFF_DUTY_AFTER = re.compile(_HARMED_AT + r"(?:" + _AWAY_FROM_DUTY + r")\b", re.IGNORECASE)
# (at home strikes out a force's own word only: "a civilian at his home" stays a civilian)
_NOT_SERVING = re.compile(r"\b" + _NOT_SERVING_BEFORE + r"\s*(?:[\w-]+\s+)?[\w-]+|\b[\w-]+(?=" + _HARMED_AT + r"(?:" +
                          _ON_LEAVE + r")\b)|" + _ARMED_VICTIM.pattern + r"(?=" + _HARMED_AT + _AT_HOME + r"\b)|"
                          r"\b(?:gendarmerie|police|army|officers?|sergeants?|commanders?)\b(?=" + _HARMED_AT + _AT_HOME +
                          r"\b)", re.IGNORECASE)


# the one force member the text told as off duty or retired, named again by his noun: "attacked the house of an off-duty
# policeman ... and shot dead the policeman" (ACLED: violence against a civilian; not another unit: "the policemen who
# came to help", the plural, stays a side)
_NOT_SERVING_NOUN = re.compile(r"\b" + _NOT_SERVING_BEFORE + r"\s+(?:[\w-]+\s+)?(gendarme|police(?:man|woman|\s+officer)|"
                               r"soldier|officer|sergeant|guard|customs\s+officer|serviceman)\b", re.IGNORECASE)


def _not_serving_again(text: str) -> str:
    """`text` with "the <noun>" blanked out after an off-duty or retired one of that noun (see `_NOT_SERVING_NOUN`;
    the same length, so that offsets hold)."""
    low = text.lower()
    if "duty" not in low and "retired" not in low and "former" not in low and "ex-" not in low:
        return text  # (none of _NOT_SERVING_BEFORE's words: the common case, found without a regex scan)
    for m in _NOT_SERVING_NOUN.finditer(text):
        noun = re.escape(m.group(1))
        text = text[:m.end()] + re.sub(r"\b(?:the|this|that)\s+" + noun + r"\b", lambda w: " " * len(w.group()),
                                       text[m.end():], flags=re.IGNORECASE)
    return text


def _off_duty_mention(article: Article, a: ActorMention) -> bool:
    """A force's mention that is one member told as off duty or retired: "an off-duty gendarme", or the same man named
    again ("... and shot dead the gendarme")."""
    if _OFF_DUTY.search(article.text, max(0, a.start - 25), a.start):
        return True
    told = [m.group(1) for m in _NOT_SERVING_NOUN.finditer(article.text, 0, a.start)]
    if not told:
        return False
    span = article.text[max(0, a.start - 5):a.end]
    return re.search(r"\b(?:the|this|that)\s+" + re.escape(told[-1]) + r"$", span, re.IGNORECASE) is not None


# one former member of an armed group, told by its name: "a former MNLA commander", "an ex-GATIA fighter", "a former
# member of the MNLA" (ACLED: a former combatant is a civilian; an attack on him is violence against civilians)
_ONE_MEMBER = r"(?:commander|member|fighter|combatant|leader|official|officer|chief|militant|rebel|militiaman|cadre)"
_FORMER_BEFORE = re.compile(r"\b(?:an?|the|one|his|their)\s+(?:former|ex-)\s*(?:" + _ONE_MEMBER +
                            r"\s+(?:of|in|with)\s+(?:the\s+)?)?$", re.IGNORECASE)
_FORMER_ONE = re.compile(r"\b(?:former|ex-)\s*(?:[\w-]+\s+){0,2}?" + _ONE_MEMBER + r"s?\b", re.IGNORECASE)
_FORMER_OF_BEFORE = re.compile(r"(?:of|in|with)\s+(?:the\s+)?$", re.IGNORECASE)
_ONE_MEMBER_AFTER = re.compile(r"\s+" + _ONE_MEMBER + r"\b", re.IGNORECASE)


def _former_member(article: Article, a: ActorMention) -> bool:
    """An armed group's mention that is one of its former members (`_FORMER_BEFORE`): no side, a civilian."""
    before = _FORMER_BEFORE.search(article.text, max(0, a.start - 40), a.start)
    if before is None:
        return False
    # (the member's noun told before the group, or within its mention or right after: "a former MNLA commander")
    return _FORMER_OF_BEFORE.search(before.group()) is not None \
        or re.search(_ONE_MEMBER + r"$", a.text, re.IGNORECASE) is not None \
        or _ONE_MEMBER_AFTER.match(article.text, a.end) is not None


def _no_side_after(text: str, end: int) -> bool:
    """Whether the words after a force's name make it no fighting side: a civilian role ("a police interpreter",
    "a MINUSMA subcontractor") or away from duty ("a soldier on leave", "a National Guard on a family visit")."""
    return _CIVILIAN_ROLE_AFTER.match(text, end) is not None or _OFF_DUTY_AFTER.match(text, end) is not None


# a civilian who serves a force, told before the force's name: "a resource person of the FDS", "an informant for the
# army", "a guide working for the soldiers", "a civilian driver of the military convoy" (the man is the one struck,
# a civilian, as ACLED codes him; not the force's own men: "a member of the army", "a commander of the FDS")
_CIVILIAN_ROLE_BEFORE = re.compile(r"\b(?:(?:" + _SERVING_ROLE + r"|civilian\s+(?:[\w-]+\s+)?(?:drivers?|employees?|staff|"
                                   r"workers?))" + _SERVING_LINK + r"|"
                                   # civilians or their vehicles that travelled in a force's convoy: "a civilian driver
                                   # part of an army logistics convoy", "three civilians travelling aboard an army
                                   # convoy" (ACLED: civilians struck, where none of the force's men is told hurt; not
                                   # a truck the force hired, which ACLED codes as the force's: "a MINUSMA-chartered
                                   # truck was attacked")
                                   r"civilians?\s+(?:[\w-]+\s+)?(?:drivers?|vehicles?|trucks?|buses?|cars?)?\s*"
                                   r"(?:(?:who\s+(?:was|were)\s+)?part\s+of|travell?ing\s+(?:aboard|with|in)|aboard)\s+"
                                   r"(?:the\s+|an?\s+))$", re.IGNORECASE)


def _serves_a_force(text: str, start: int, end: int) -> bool:
    """Whether a force's mention only says whom a civilian served: a civilian role after it ("an army informant",
    `_no_side_after`) or before it ("a resource person of the FDS", `_CIVILIAN_ROLE_BEFORE`)."""
    return _no_side_after(text, end) or _CIVILIAN_ROLE_BEFORE.search(text, max(0, start - 60), start) is not None
# a convoy of civilians, not of a force: "ambushed a civilian convoy", "a mining company convoy", "an international NGO
# convoy", "the convoy of the electoral campaign", "a convoy of transport vehicles" (ACLED: an attack on civilians, 10
# of the 12 dev notes that name one; the two battles: a convoy escorted by forces, a convoy of MINUSMA vehicles)
# (not a force's: "a military transport convoy", "a convoy of army supply trucks")
_FORCE_WORD = r"(?:military|army|armou?red|FAMa|MINUSMA|Barkhane|UN|police|gendarmerie|security|troops?|soldiers?|forces?)"
_CIVILIAN_CONVOY = re.compile(r"(?<!military )(?<!army )(?<!FAMa )(?<!MINUSMA )"
                              r"\b(?:civilian|NGO|humanitarian|commercial|mining|company|trade|traders?'?|merchants?'?|"
                              r"electoral|campaign|transport|passenger|aid|relief|"
                              # (an aid body's own: "attacked a Red Cross convoy", "an ICRC convoy")
                              r"Red\s+Cross|Red\s+Crescent|ICRC|WFP|UNICEF|UNHCR|MSF)\s+(?:[\w-]+\s+)?convoys?\b|"
                              r"\bconvoys?\s+of\s+(?:the\s+)?(?:(?!" + _FORCE_WORD + r"\b)[\w-]+\s+){0,3}?"
                              r"(?:traders|merchants|trucks|transport\s+"
                              r"vehicles|civilians|passengers|electoral|campaign|buses|transporters|displaced|IDPs|"
                              r"refugees|"
                              # (a local office-holder's: "ambushed the convoy of a prefect and his driver")
                              r"(?:deputy\s+)?mayors?|councill?ors?|(?:sub-?)?prefects?|village\s+chiefs?|imams?|"
                              # (or a national one's: "opened fire on the convoy of a parliament member")
                              r"parliament(?:ary)?\s+members?|members?\s+of\s+parliament|MPs?|lawmakers?|"
                              r"candidates?|politicians?|ministers?)\b",
                              re.IGNORECASE)
# a convoy whose only people told are civilians and where no force is named at all: "gunmen attacked a supply convoy
# near Gao, killing two drivers", "a logistics convoy was ambushed, a transporter wounded" (ACLED: an attack on
# civilians; a convoy that forces escorted or whose soldiers were hit is a force's: "a supply convoy escorted by the
# army", "attacked a convoy, killing two soldiers and a driver"; so is one named for its force: "a MINUSMA convoy")
_CONVOY = re.compile(r"\bconvoys?\b", re.IGNORECASE)
_CONVOY_CIVILIANS = re.compile(r"\b(?:drivers?|traders?|merchants?|transporters?|passengers?|travell?ers?|"
                               r"(?:civilian\s+)?contractors?|civilians?|truckers?)\b", re.IGNORECASE)
_CONVOY_FORCE = re.compile(r"\b(?:military|army|armed\s+forces|forces?|troops?|soldiers?|servicem[ae]n|peacekeepers?|"
                           r"gendarm\w*|police\w*|escort\w*|patrols?|FAMa|FDS|MINUSMA|MINUSCA|MONUSCO|UN|Barkhane|"
                           r"Takuba|G5|ECOWAS|AMISOM|guards?|VDP|volunteers|militia\w*|self-defen[cs]e|dozos?)\b", re.IGNORECASE)

# (armed men among the dead tell a fight: "killing two drivers and three militants", "two assailants were killed")
_CONVOY_ARMED = r"(?:militants?|assailants?|attackers?|gunm[ae]n|fighters?|jihadists?|terrorists?|insurgents?|bandits?)"
_ARMED_DEAD = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\b[^.;]{0,60}?\b(?:and|as\s+well\s+as)\s+"
                         r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|an?)\s+(?:of\s+the\s+)?"
                         + _CONVOY_ARMED + r"\b|\b" + _CONVOY_ARMED + r"\s+(?:were|was)\s+(?:also\s+)?(?:killed|wounded|injured|"
                         r"neutrali[sz]ed)\b", re.IGNORECASE)


def _drivers_convoy(text: str) -> str:
    """The text with its convoys told as civilians' vehicles where the convoy's only people told are civilians and
    no force is named anywhere ("ambushed a supply convoy, killing two drivers"); otherwise the text as it was."""
    if not _CONVOY.search(text) or _CONVOY_FORCE.search(text) or not _CONVOY_CIVILIANS.search(text) \
            or _ARMED_DEAD.search(text):
        return text
    return _CONVOY.sub(" civilian vehicles ", text)


_OFF_DUTY = re.compile(r"\b" + _NOT_SERVING_BEFORE + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_VICTIM_VERB = re.compile(r"\b(?:executed|abducted|kidnapped|attacked|targeted|ambushed|shot|stabbed|captured|took)\b",
                          re.IGNORECASE)
_MILITIA_VICTIM = re.compile(r"\b(?:militiam[ae]n|militia\s+members?|self-defen[cs]e|armed\s+villagers)\b", re.IGNORECASE)
_POLICE_VICTIM = re.compile(r"\b(?:gendarmes?|police\w*|customs|(?:forest|eco-?|park)\s*guards?|rangers?|"
                            + _FOREST_AGENTS + r")\b", re.IGNORECASE)
_VILLAGE_OF = re.compile(r"\b(?:village|hamlet|town|locality|(?:villagers|residents|inhabitants|self-defen[cs]e(?:\s+"
                         r"group|\s+militia)?)\s+(?:of|in|from))\s+(?:of\s+)?([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})")
# (a people's name of two words, a tribe's "Kel" or "Oulad" before it: "an Oulad Aich camp", "the Kel Ansar camp")
_PEOPLE_PLACE = re.compile(r"\b((?:Kel|Oulad|Ouled)\s+[A-Z][\w-]+|[A-Z][\w-]+)\s+"
                           r"(?:village|villages|villagers|hamlet|community|camp|self-defen[cs]e|"
                           r"youths?|farmers|herders|residents|inhabitants)\b")

# a people's persons, read only where told as the dead or wounded: "two Dogon men were killed", "killing a Fulani woman"
_PEOPLE_HIT = re.compile(r"\b([A-Z][\w-]+)\s+(?:men|man|women|woman|civilians|people|persons)\b")

# the people's men told as the attack's dead or wounded: "killing two Fulani herders", "three Fulani herders were
# killed" (the victims, not the village's defenders who fought back)
_PEOPLE_TOLD_DEAD = re.compile(r"\b(?:" + _KILL_VERB + r"|wounded|wounding|injured|injuring)\s+(?:[\w-]+\s+){0,2}$",
                               re.IGNORECASE)
_PEOPLE_DEAD_AFTER = re.compile(r"\s+(?:were|was|had been|have been)\s+(?:\w+ly\s+)?(?:" + _KILL_VERB +
                                r"|wounded|injured)\b", re.IGNORECASE)


def _told_dead(text: str, m: re.Match[str]) -> bool:
    """Whether a people's men (`_PEOPLE_PLACE`) are told as the attack's dead or wounded."""
    return _PEOPLE_TOLD_DEAD.search(text, max(0, m.start() - 60), m.start()) is not None \
        or _PEOPLE_DEAD_AFTER.match(text, m.end()) is not None


def _people_word(matcher: ActorMatcher, name: str) -> str | None:
    """The people a word names, or a village name ends with: "Fulani", "Dogon", and the twin villages of central
    Mali named by their people ("Lessagou-Peuhl", "Tagourou-Dogon": the Fulani and the Dogon quarter)."""
    return matcher.ethnic_names.get(name.lower()) or (
        matcher.ethnic_names.get(name.rsplit("-", 1)[1].lower()) if "-" in name.strip("-") else None)


def _local_militia(article: Article, draft: _Draft, a1: ActorMention | None, place: PlaceMention | None,
                   cc: str | None, matcher: ActorMatcher, start: int, end: int) -> ActorMention | None:
    """The armed people of the place attacked, as ACLED names them: the people's militia when the text names them
    ("the Dogon village of Gandaga" -> "Dogon Ethnic Militia (Mali)"), else the place's ("the village of Batourou"
    -> "Batourou Communal Militia (Mali)"), else "Unidentified Communal Militia (X)"."""
    named = next((m for m in article.actors if m.end <= start and not article.text[m.end:start].strip()
                  and m.inter in (3, 4) and not m.actor.startswith("Unidentified")
                  and (a1 is None or m.actor != a1.actor)), None)
    if named is not None:
        # a group's own name on the self-defence that answered ("with Dozo self-defense responding", "Koglweogo
        # self-defence repelled them"): that group, as ACLED names it, not the village's militia
        return dataclasses.replace(named, start=start, end=end, text=article.text[start:end])
    text = " ".join(article.sentences[i].text for i in draft.sentences)
    village_of = _VILLAGE_OF.search(text)
    # a people's men told as the dead are the victims, not the defenders ("JNIM militants ... killing two Fulani
    # herders; village self-defense fought back": the village's militia); but when a people's militia attacked, the
    # people it struck are the other side of that communal fight ("Fulani militiamen attacked the village, village
    # self-defense responded, two Dogon men were killed": the Dogon's militia, as ACLED codes intercommunal fights)
    communal = a1 is not None and " Ethnic Militia (" in a1.actor
    peoples = [m.group(1) for m in _PEOPLE_PLACE.finditer(text) if communal or not _told_dead(text, m)] \
        + ([m.group(1) for m in _PEOPLE_HIT.finditer(text) if _told_dead(text, m)] if communal else []) \
        + ([village_of.group(1)] if village_of else [])
    for word in peoples:
        ethnic = _people_word(matcher, word)
        if ethnic and (a1 is None or ethnic not in a1.actor):
            got = matcher.role_actor("ethnic-militia", cc, on=article.published, ethnic=ethnic)
            if got is not None:
                s = article.sentence_at(start)
                return ActorMention(start, end, article.text[start:end], got[0], got[1], "identity-militia", cc,
                                    s.index if s else -1)
    got = matcher.role_actor("communal-militia", cc, on=article.published)
    if got is None:
        return None
    name = got[0]
    # the text's own word for the village first; then the place the event is coded at
    village = village_of.group(1) if village_of else None
    if village is None:
        # a place's name before its people's word: "Yoro self-defense militiamen", "Kiki villagers" (a place the
        # text names, not a people's or a country's word: "Dogon villagers", "Malian villagers")
        names = {p.text for p in article.places if p.feature == "place" and p.context != "demonym"}
        village = next((m.group(1) for m in _PEOPLE_PLACE.finditer(text)
                        if m.group(1) in names and not matcher.ethnic_names.get(m.group(1).lower())), None)
    if village is None and place is not None and place.feature == "place" and place.context not in ("hierarchy", "near"):
        village = place.text
    if village and name.startswith("Unidentified "):
        name = f"{village} {name[len('Unidentified '):]}"
    s = article.sentence_at(start)
    return ActorMention(start, end, article.text[start:end], name, got[1], "identity-militia", cc, s.index if s else -1)


def _victim_window(article: Article, c: _Count) -> tuple[int, int]:
    """The noun phrase of a count: "one member of the village self-defense", "a Koglweogo member"."""
    n = c.number
    sent = article.sentence_at(n.start)
    lo = max(sent.start if sent else 0, n.start - 20)
    hi = min(sent.end if sent else len(article.text), max(n.end, n.counted_end) + 35)
    before = article.text[lo:n.start]
    and_at = before.rfind(" and ")
    cut = max(before.rfind(","), before.rfind(";"), and_at + 4 if and_at >= 0 else -1)
    for rx in (_KILLED, _WOUNDED, _ABDUCTED, _ARRESTED, _VICTIM_VERB):
        for m in rx.finditer(before):
            cut = max(cut, m.end() - 1)  # the words before the verb are who did it: "militiamen killed a member"
    if cut >= 0:
        lo += cut + 1
    after = article.text[n.start:hi]
    m = re.search(r"[,;.]|\s(?:and|who|which|while|after|before|when|in|near|at|by)\s", after[max(n.counted_end, n.end) - n.start:])
    if m:
        hi = max(n.counted_end, n.end) + m.start()
    return lo, hi


# a word that makes the people named fighters, not merely of a group's people: "two Dozo militiamen", "a VDP member"
_FIGHTER_VICTIM = re.compile(r"\b(?:fighters?|combatants?|militiam[ae]n|militia\s+members?|members?|elements)\b",
                             re.IGNORECASE)


def _own_kind_victim(article: Article, phrase: str, lo: int, a1: ActorMention | None) -> bool:
    """Whether the victims are named only by the attackers' own kind, with no fighter word: "Dozo militiamen killed a
    Dozo chief" (a person of their own people, whom ACLED codes as civilians; not the army, and not a second armed
    side as in "Dozo militiamen killed two Dozo militiamen"). The attackers must be named before the victims in
    their sentence: not a side read from the victims themselves ("7 Dozos were killed in an ambush") or from
    another clause ("Dozo militiamen responded. One Dozo was injured")."""
    s = article.sentence_at(lo)
    if a1 is None or s is None or a1.sentence != s.index or a1.end > lo or _FIGHTER_VICTIM.search(phrase):
        return False
    own = f"{a1.actor} {a1.text}"
    words = [w.group(0) for w in _ARMED_VICTIM.finditer(phrase)]
    return bool(words) and all(re.search(r"\b" + re.escape(w.rstrip("sS")), own, re.IGNORECASE) for w in words)


# the doer's own comrades, right after what he did to them: "shot dead two colleagues", "opened fire on his
# colleagues", "killed his brother in arms", "wounded three fellow soldiers" (not "colleagues of the journalist")
_COMRADES_AFTER = re.compile(r"(?:\s+(?:on|at|against|upon|dead|down))?(?:\s+(?:his|her|their|its|two|three|four|five|"
                             r"several|a|an|one|\d+))*\s+(?:colleagues?|comrades?(?:[\s-]+in[\s-]+arms)?|"
                             r"brothers?[\s-]+in[\s-]+arms|fellow\s+(?:soldiers?|troops|gendarmes?|police\s*(?:men|officers)|"
                             r"officers?|fighters?|militiam[ae]n|militants?|peacekeepers?|servicem[ae]n|guards?))\b"
                             r"(?!\s+(?:of|from)\b)", re.IGNORECASE)


# a clause's opening word right before its subject: "... after police beat a colleague"
_CLAUSE_OPENS_BEFORE = re.compile(r"\b(?:after|when|because|as|since|while|until|before|once)\s+(?:the\s+)?$",
                                  re.IGNORECASE)


def _comrades_struck(article: Article, draft: _Draft, a1: ActorMention) -> bool:
    """Whether an armed doer struck his own comrades: a force's or a group's man ("a soldier", "a Chadian
    peacekeeper", "a GATIA militiaman") and his colleagues right after the violence's verb in the lead sentence."""
    if a1.inter not in (1, 2, 3, 4, 8):
        return False
    lead = article.sentences[draft.sentences[0]]
    armed_doer = a1.inter in (1, 8) or not a1.actor.startswith("Unidentified") or \
        _ARMED_VICTIM.search(article.text, lead.start, a1.end + 1) is not None
    if not armed_doer:
        return False  # "a gunman shot dead two colleagues": a workplace shooting, his colleagues civilians
    opens = _CLAUSE_OPENS_BEFORE.search(article.text, lead.start, a1.start)
    if opens and re.search(r"\w", article.text[lead.start:opens.start()]):
        return False  # a doer in a clause after the sentence's own subject, whose colleague it is: "teachers went on
        # strike after police beat a colleague"
    return any(t.family == "violence" and _COMRADES_AFTER.match(article.text, sp[1])
               for t, sp in _sentence_triggers(lead))


def _armed_victims(article: Article, draft: _Draft, a1: ActorMention | None, counts: list[_Count],
                   place: PlaceMention | None, cc: str | None, matcher: ActorMatcher
                   ) -> tuple[bool, ActorMention | None]:
    """The armed side among the victims counted: soldiers, police or guards of the event's country, a named group's
    fighters ("two GATIA militiamen"), a village's self-defence ("a member of the village self-defense"). (True, None)
    when the victims were armed but whose they were is unknown (no country)."""
    for c in counts:
        if c.what not in ("killed", "wounded", "abducted") or c.side == "attackers":
            continue
        lo, hi = _victim_window(article, c)
        phrase = article.text[lo:hi]
        if not _ARMED_VICTIM.search(_not_serving_again(article.text[:hi])[lo:]) or _UNARMED_VICTIM.search(phrase):
            continue  # (not "the gendarme" after "an off-duty gendarme")
        sources = [m for m in article.actors if m.start < hi and m.end > lo and _police_source(article, m)]
        if sources and all(any(x.start <= lo + w.start() < x.end for x in sources) for w in _ARMED_VICTIM.finditer(phrase)):
            continue  # "left two people dead, police said": the police tell the toll, they are not in it
        served = [m for m in article.actors if m.inter == 1 and m.start < hi and m.end > lo
                  and _serves_a_force(article.text, m.start, m.end)]
        if served and all(any(x.start <= lo + w.start() < x.end for x in served) for w in _ARMED_VICTIM.finditer(phrase)):
            continue  # "killed a resource person of the FDS": the man served the forces, he was none of them
        named = next((m for m in article.actors if m.inter in (1, 2, 3, 4) and m.start < hi and m.end > lo
                      and m not in sources and m not in served
                      and (a1 is None or (m.actor != a1.actor and m.actor not in a1.actor))
                      and not m.actor.startswith(("Unidentified", "Government of")) and not _landmark(article, m)),
                     None)
        if named is not None:
            return True, named
        if _own_kind_victim(article, phrase, lo, a1):
            continue  # "Dozo militiamen killed a Dozo chief": one of their own people, no second armed side
        if _MILITIA_VICTIM.search(phrase):
            return True, _local_militia(article, draft, a1, place, cc, matcher, lo, hi)
        if re.search(r"\b(?:fighters?|combatants?|militiam[ae]n)\b", phrase, re.IGNORECASE):
            continue  # whose fighters the text does not say
        s_v = article.sentence_at(lo)
        if _PRIVATE_GUARD.search(article.text, lo, min(hi + 40, s_v.end if s_v else hi)) \
                and not _STATE_FORCE_VICTIM.search(phrase):
            # a guard of a firm, a mine or a bank ("killed a security guard at a gold mine"): ACLED's private
            # security forces, not the army (Sahel files: security guards attacked are Private Security Forces)
            got = _role(matcher, "private-security", cc, article, phrase, lo, hi)
            if got is not None:
                return True, got
        return True, _role(matcher, "police" if _POLICE_VICTIM.search(phrase) else "military", cc, article,
                           phrase, lo, hi)
    # a named group's member taken or struck: "abducted a HCUA commander", "killed a GATIA chief"
    t1 = draft.trigger_span[1]
    for m in article.actors:
        if m.inter in (1, 2, 3, 4) and t1 <= m.start <= t1 + 25 and not _police_source(article, m) \
                and not (m.inter == 1 and _serves_a_force(article.text, m.start, m.end)) \
                and (a1 is None or (m.actor != a1.actor and m.actor not in a1.actor)) \
                and not m.actor.startswith(("Unidentified", "Government of")) and m.kind != "civilians" \
                and not _landmark(article, m) \
                and not (a1 is not None and a1.inter in (2, 3, 4) and _lone_leader(article, m)) \
                and not re.search(r"[,;.]|\bby\b", article.text[t1:m.start]) \
                and not _UNARMED_VICTIM.search(article.text[t1:m.end + 25]):
            return True, m
    return False, None


_MILITANT_WORDS = re.compile(r"\b(?:militants?|jihadi(?:sts?|s)|terrorists?|insurgents?|assailants?|attackers?|rebels?|"
                             r"islamists?|extremists?|fighters|gunmen|bandits|armed men|elements)\b", re.IGNORECASE)
_CIVILIAN_WORDS = re.compile(r"\b(?:civilians?|villagers?|residents?|people|persons|men|women|children|herders?|"
                             r"farmers?|traders?|pastoralists?|youths?|individuals?|members\s+of\s+the\s+\w+\s+community)\b",
                             re.IGNORECASE)


_DISPUTED_VICTIMS = re.compile(r"\b(?:denounc\w*|suspects?|unarmed|described (?:the victims|them) as|(?:were|was) (?:in fact |actually )?"
                               r"civilians|extra-?judicial|summar\w+|execut(?:ed|ions?)|civil society|suspected|"
                               r"alleged|accused)\b", re.IGNORECASE)


def _militants_struck(article: Article, draft: _Draft, counts: list[_Count], text: str) -> bool:
    """Whether the happening's victims are militants the text says were struck: a count of the attackers' side
    killed or wounded and none of civilians, or militants right after the trigger ("eliminated a number of
    militants"); not when the text disputes who they were ("although civil society denounced the events as
    executions", "suspected militants", "executed")."""
    if _DISPUTED_VICTIMS.search(text):
        return False
    if any(c.side == "attackers" and c.what in ("killed", "wounded") for c in counts):
        return not any(c.side in ("civilians", "unknown") and c.what == "killed" for c in counts)
    t0, t1 = draft.trigger_span
    window = article.text[t0:t1 + 50]
    m = _MILITANT_WORDS.search(window)
    if m is None or _background_target(article.text, t0 + m.start()):
        return False  # (not the doers of an attack told as the background: "arrests in the wake of a militant attack")
    c = _CIVILIAN_WORDS.search(window)
    return c is None or c.start() > m.start()


def _without(article: Article, draft: _Draft, a1: ActorMention | None) -> str:
    """The happening's sentences with the first side's own mentions blanked ("the army killed a man": the army is
    who struck, not a military target), and the sides the victims were mistaken for ("two herders mistaken for
    militants")."""
    parts = []
    for i in draft.sentences:
        s = article.sentences[i]
        t = s.text
        for m in article.actors:
            if m.sentence == i and _MISTAKEN_FOR_BEFORE.search(article.text, max(0, m.start - 40), m.start):
                a, b = m.start - s.start, m.end - s.start
                t = t[:a] + " " * (b - a) + t[b:]
        if a1 is not None:
            for m in article.actors:
                # (the state's forces are one side: "soldiers or gendarmes shot dead a man", "a patrol of soldiers
                # and police opened fire" name no military target beside the doer)
                if m.sentence == i and (m.actor == a1.actor or a1.inter == 1 and m.inter == 1
                                        and m.country_code == a1.country_code):
                    a, b = m.start - s.start, m.end - s.start
                    t = t[:a] + " " * (b - a) + t[b:]
        t = _HELD_CHECKPOINT.sub(lambda m: " " * len(m.group(0)), t)
        parts.append(_LANDMARK_POST.sub(lambda m: " " * len(m.group(0)), t))
    return " ".join(parts)


# a checkpoint the doers themselves held, where they stopped their victims: "assaulted two road users while holding a
# checkpoint", "ambushed at an illegal checkpoint", "set up a fake checkpoint and abducted a driver" (no force's post
# struck; not "attacked a gendarmerie checkpoint", nor the gendarmes "manning the checkpoint")
_HELD_CHECKPOINT = re.compile(r"\b(?:illegal|makeshift|fake|false|improvised|impromptu)\s+checkpoints?\b|"
                              r"\b(?:set(?:ting)?\s+up|erect(?:ed|ing)|mount(?:ed|ing)|h[eo]ld(?:ing)?|establish(?:ed|ing)|"
                              r"install(?:ed|ing))\s+(?:a\s+|an\s+|their\s+|several\s+|two\s+)?(?:[\w-]+\s+)?checkpoints?\b",
                              re.IGNORECASE)




# a post named as where something happened, not whom it struck: "two women were wounded while passing near the
# military camp", "the corpse was found outside the army base"
_LANDMARK_POST = re.compile(r"\b(?:near|close to|outside|next to|beside|not far from|in front of|opposite|behind|"
                            r"around)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:camp|base|barracks|post|"
                            r"checkpoint|position)s?\b(?!-)", re.IGNORECASE)


# the locals' answer came to no fight, as the same sentence says after it: "village self-defense responded, although
# the assailants escaped without any clash", "the militia deployed but there was no exchange of fire"
_NO_CLASH_AFTER = re.compile(r"\b(?:without\s+(?:any\s+)?|(?:there\s+was\s+)?no\s+)(?:clash(?:es)?|fighting|"
                             r"confrontation|exchange\s+of\s+(?:gun)?fire)\b", re.IGNORECASE)


# the attackers made to leave: "forcing the gunmen to withdraw", "causing the assailants to flee"
_DRIVEN_OFF = re.compile(r"\b(?:forcing|forced|causing|caused|compelling|compelled)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                         r"(?:gunmen|attackers|assailants|militants|jihadi(?:st)?s|raiders|terrorists|bandits|insurgents)\s+"
                         r"to\s+(?:withdraw|retreat|flee|pull\s+back|turn\s+back|fall\s+back|abandon)\b", re.IGNORECASE)


def _local_defenders(article: Article, draft: _Draft, a1: ActorMention | None, place: PlaceMention | None,
                     cc: str | None, matcher: ActorMatcher) -> ActorMention | None:
    """Who fought back, when the text says so: the armed actor after "repelled by" ("repulsed by security forces and
    the local population"), else the people of the place; None when the text tells no resistance."""
    for i in draft.sentences:
        s = article.sentences[i]
        for r in _REPELLED_BY.finditer(s.text):
            at = s.start + r.end()
            m = next((m for m in article.actors if m.sentence == i and at <= m.start <= at + 25 and m.inter in (1, 2, 3, 4)
                      and (a1 is None or m.actor != a1.actor)), None)
            if m is not None:
                return m
    for i in draft.sentences:
        s = article.sentences[i]
        d = _DRIVEN_OFF.search(s.text)
        if d is not None:
            # an armed side the sentence names before it made the attackers leave: "Volunteer fighters (VDP) fired
            # warning shots, forcing the gunmen to withdraw", "before Koglweogo militiamen arrived, causing the
            # gunmen to retreat" (not rain or nightfall that turned them back: no side named, no fight)
            # (the nearest such side before it, none of the attackers' own names: not "ISWAP" of "ISWAP or Boko
            # Haram militants attempted to abduct a merchant, a military unit intervened and forced the militants
            # to flee")
            m = next((m for m in sorted(article.actors, key=lambda m: -m.start) if m.sentence == i
                      and m.start < s.start + d.start() and m.inter in (1, 2, 3, 4, 8)
                      and not m.actor.startswith("Unidentified")
                      and (a1 is None or (m.actor != a1.actor and m.actor not in a1.actor))), None)
            if m is not None:
                return m
    for i in draft.sentences:
        s = article.sentences[i]
        m = _SELF_DEFENCE.search(s.text) or _LOCALS_ANSWER.search(s.text) or _REPELLED.search(s.text)
        if m is not None and not _UNARMED_VICTIM.search(s.text[max(0, m.start() - 35):m.start()]) \
                and not _NO_CLASH_AFTER.search(s.text, m.end()) \
                and not _SOUGHT_BEFORE.search(s.text[max(0, m.start() - 50):m.start()]):
            # (not the ones the attackers came for: "attacked the market, looking for the leaders of the village
            # self-defence group" tells no one who fought back)
            return _local_militia(article, draft, a1, place, cc, matcher, s.start + m.start(), s.start + m.end())
    return None


def _village_side(article: Article, draft: _Draft, a1: ActorMention, a2: ActorMention | None,
                  place: PlaceMention | None, cc: str | None, matcher: ActorMatcher) -> ActorMention | None:
    """The other side of an armed group's fight, when it is the attacked village's own armed men, named as ACLED
    names them: for no side or an unidentified armed group the text does not name apart from the attackers ("ISGS
    militants attacked the village of Amalaoulaou and clashed with armed villagers", "JNIM militants attacked the
    village of Tolle, village self-defense fought back and killed three militants"), the village's militia
    ("Tolle Communal Militia (Mali)"); and unidentified militiamen the text ties to the village ("ambushed Yoro
    self-defense militiamen near Yoro", "gunmen tried to seize livestock in Fafa, local militiamen intervened") are
    that village's ("Yoro Communal Militia (Mali)")."""
    if a2 is None or a2.actor.startswith("Unidentified Armed Group") and (
            a2.kind.startswith("implied-") or _named_side(a1)):
        other = _local_defenders(article, draft, a1, place, cc, matcher)
        return other if other is not None and other.actor != a1.actor else a2
    if a2.actor.startswith("Unidentified Communal Militia") and a2.actor != a1.actor:
        other = _local_militia(article, draft, a1, place, cc, matcher, a2.start, a2.end)
        if other is not None and not other.actor.startswith("Unidentified"):
            return dataclasses.replace(a2, actor=other.actor, inter=other.inter, kind=other.kind)
    return a2


def _parent_group(article: Article, m: ActorMention) -> ActorMention | None:
    """The movement an armed group belongs to, written in parentheses after it: "Katiba Macina (JNIM)",
    "Ansaroul Islam (JNIM)". None when the text does not say so; never a people's militia, which only tells whose
    men the group's are ("Dan Na Ambassagou (Dogon Dozos)": Dan Na Ambassagou)."""
    if m.kind not in _ARMED_KINDS or "(" not in article.text[m.end:m.end + 4]:
        return None
    for n in article.actors:
        if n.start <= m.end or n.start - m.end > 4 or " Ethnic Militia (" in n.actor:
            continue
        if n.kind in _ARMED_KINDS and n.actor != m.actor and _IN_PARENS.fullmatch(article.text, m.end, n.start) \
                and article.text[n.end:n.end + 2].lstrip()[:1] == ")":
            return n
    return None


def _either(article: Article, m: ActorMention | None, matcher: ActorMatcher,
            on: date | None = None, where: str | None = None) -> ActorMention | None:
    """An armed group named with an alternative right after it ("ISWAP or Boko Haram militants", "JNIM and/or
    ISGS", "ISWAP/Boko Haram"): the source does not know which: ACLED's "A and/or B" actor where it has one for the
    pair, else the first named (`ActorMatcher.alternatives`). A faction and the
    movement it is coded as on `on` in country `where` ("IS or Katiba Salaheddine gunmen", "JNIM/AQIM militants"
    in Mali) are one actor: the movement."""
    if m is None or m.inter not in (2, 3):
        return m
    for b in article.actors:
        if b.sentence == m.sentence and b.start >= m.end and b.start - m.end <= 20 and b.actor != m.actor \
                and b.inter in (2, 3) and _EITHER_BETWEEN.fullmatch(article.text[m.end:b.start]):
            span = {"end": b.end, "text": article.text[m.start:b.end]}
            movement = matcher.movement_of(b.actor, on, where)
            if movement is not None and matcher.same_actor(movement[0], m.actor):
                return dataclasses.replace(m, **span)  # type: ignore[arg-type]
            movement = matcher.movement_of(m.actor, on, where)
            if movement is not None and matcher.same_actor(movement[0], b.actor):
                return dataclasses.replace(m, actor=b.actor, inter=b.inter, **span)  # type: ignore[arg-type]
            return dataclasses.replace(m, actor=matcher.alternatives(m.actor, b.actor), **span)  # type: ignore[arg-type]
    return m


_ONE_SIDED = _TRIGGER_BY_NAME["massacre"]


def _country_clue(actor: ActorMention, focus: frozenset[str]) -> tuple[bool, bool]:
    """How weakly an actor's country tells where a text happened, lowest first: outside the region the user follows
    (`focus`), then civilians (victims are often foreigners: "a French tourist", "Chinese workers")."""
    return bool(focus) and actor.country_code not in focus, actor.kind == "civilians"


def _story_country(article: Article, place: PlaceMention | None, matcher: ActorMatcher,
                   focus: frozenset[str] = frozenset(), gaz: Gazetteer | None = None) -> tuple[str | None, tuple[str, str, int, int, str] | None]:
    """The country whose unnamed actors these are: the event's place, else the article's places, else the
    country of the state and national actors it names ("the Nigerien army"), else of the head of state or
    government it names ("protested against President Tandja's plan": Niger; actors.json "leaders"), else the one
    country of the region the user follows (`focus`, the imported gazetteer's) its named armed groups operate in
    ("ISWAP or Boko Haram militants abducted a man" in West Africa without Nigeria: Niger), with the words that
    say so and the rule (the evidence: no place or actor says it)."""
    if place is not None:
        return place.country_code, None
    cc = dominant_country(article.places)
    if cc is None and gaz is not None and (told := unit_noun_countries(article.text, gaz, article.actors)) \
            and len({t[0] for t in told}) == 1:
        # the one country whose own local unit the text names, where no place of the gazetteer says where: "violence
        # in Eleme LGA" is Nigeria's, "a protest in Kofele woreda" Ethiopia's (before the actors: the scene's unit
        # outweighs a foreign force's country)
        st, en = told[0][1], told[0][2]
        return told[0][0], (told[0][0], article.text[st:en], st, en, "country:unit-noun")
    if cc is None:
        # the country its actors name, those of the region the user follows before others, armed and state actors
        # before civilians ("French and Niger troops raided a base": Niger; "gunmen killed an Italian tourist
        # and a Nigerien guide": Niger), the victims' nationality being the weakest clue to the scene
        # (never foreigners from outside that region and Africa harmed in it alone: "gunmen kidnapped a Chinese oil
        # worker" says nothing of where, and its victim is "Civilians (International)", not China's)
        said = [a for a in article.actors if a.country_code
                and not (_country_clue(a, focus) == (True, True) and a.country_code not in AFRICA)]
        top = min((_country_clue(a, focus) for a in said), default=None)
        votes = Counter(a.country_code for a in said if _country_clue(a, focus) == top)
        cc = votes.most_common(1)[0][0] if votes else None
    if cc is None:
        led = matcher.leader_span(article.text, article.published)
        if led is not None:
            return led[0], (*led, "country:leader")
    if cc is None:
        # the one country whose people or things the text names by a demonym, when no place or actor says
        # where: "Thousands of Malian Muslims marched", "The Burkinabe opposition marched" (not two: "Beninese
        # farmers destroyed Nigerien farmers' crops")
        # (of the region the user follows or of Africa, where a region is followed: "gunmen kidnapped a Chinese oil
        # worker" in West Africa names the victim's nation, not the scene's; "a Chadian security guard" still Chad)
        dem = [p for p in article.places if p.context == "demonym" and p.country_code
               and (not focus or p.country_code in focus or p.country_code in AFRICA)]
        if dem and len({p.country_code for p in dem}) == 1:
            p = dem[0]
            return p.country_code, (p.country_code, p.text, p.start, p.end, "country:demonym")
        # the one country of the peoples the text names, where they live (almost) only in one (actors.json's ethnic
        # groups with a "country"): "Oromo people protested in X" places nowhere the gazetteer knows, yet Ethiopia
        peoples = matcher.peoples_country_spans(article.text)
        if peoples and len({c for *_, c in peoples}) == 1:
            st, en, pc = peoples[0]
            return pc, (pc, article.text[st:en], st, en, "country:people")
        # the one country the text's people come from, when nothing says where it happened ("gunmen coming from
        # Nigeria made an incursion into the village of Chirge"): theirs, though it is not the scene
        org = [p for p in article.places if p.context == "origin" and p.feature == "country" and p.country_code]
        if org and len({p.country_code for p in org}) == 1:
            p = org[0]
            return p.country_code, (p.country_code, p.text, p.start, p.end, "country:origin")
    if cc is None and focus:
        armed = [a for a in article.actors if a.inter in (2, 3, 4) and matcher.area([a])]
        home = matcher.home_country(armed, focus=focus) if armed else None
        if home is not None:
            a = next((a for a in armed if home in matcher.area([a])), armed[0])
            return home, (home, a.text, a.start, a.end, "country:group-area")
    return cc, None


# ACLED's sub-types of demonstrations: force used on peaceful protesters, an intervention, or a mob
_INTERVENTION = re.compile(r"\b(?:dispers\w*|tear ?gas|teargas|water cannons?|rubber bullets|stun grenades?|baton\w*|broke up|"
                           r"interven(?:ed|es|e)\b|deterred|interrupt\w*'? (?:the|a) (?:protest|demonstration|march|sit-in|rally|"
                           r"gathering)|"
                           # (not the people held: "relatives of detainees protested outside the prison")
                           r"arrest\w*|detain(?!ees?\b)\w*|"
                           # (one of them too: "residents clashed with a police officer")
                           r"clash\w* with (?:(?:the|a|an|some|several|two|three|four|five|\d+) )?(?:police(?:\s+officers?|"
                           r"men)?|policem[ae]n|security forces|gendarmes?|soldiers?)\b|"
                           # one of the crowd shot or beaten by the forces: "a student was allegedly shot by police"
                           r"(?:shot|shot dead|killed|wounded|injured|beaten)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:security\s+forces|"
                           r"police\w*|gendarmes?|soldiers|troops|(?:anti-riot|riot)\s+police)|"
                           # forces that kept the crowd from its way: "the demonstrators were prevented by security
                           # forces from reaching the governor", "gendarmes blocked them from reaching the ministry"
                           r"(?:prevented|blocked|stopped|barred|held back)\s+by\s+(?:the\s+)?(?:security\s+forces|"
                           r"police\w*|gendarmes?|soldiers|troops|(?:anti-riot|riot)\s+police)|"
                           r"(?:security\s+forces|police\w*|gendarmes?|soldiers|troops)\s+(?:\w+\s+)?(?:prevented|blocked|"
                           r"stopped|barred|held back)\s+(?:them|the\s+(?:protesters|demonstrators|marchers|crowd|"
                           r"students|procession|march))|"
                           # ... or from protesting, or from their places: "Police forces of Mali prevented youths from
                           # protesting", "the police removed or prevented workers from their work places"
                           r"(?:security\s+forces|police\w*|gendarm\w*|soldiers|troops)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:prevented|blocked|stopped|barred|held back|removed|evicted|expelled)\s+(?:[\w-]+\s+){0,4}?"
                           r"from\s+(?:protesting|demonstrating|marching|gathering|rallying|holding|staging|reaching|"
                           r"entering|accessing|their)|"
                           # ... or that took the crowd away from where it sat: "the police removed the workers from
                           # the station", "gendarmes evicted the traders from the square"
                           r"(?:security\s+forces|police\w*|gendarm\w*|soldiers|troops)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:removed|evicted|expelled|dislodged)\s+(?:[\w-]+\s+){0,4}?from\b|"
                           # forces that fired over the crowd's heads or cleared it away: "presidential guards fired
                           # shots in the air", "were quickly cleared by police", "gendarmes chased the protesters away"
                           # (not forces who are the protesters: "soldiers protested and fired into the air")
                           r"(?:security\s+forces|police\w*|gendarm\w*|soldiers|troops|guards?)\s+"
                           r"(?:(?!protest|demonstrat|riot|mutin|march|rall)\w+\s+){0,2}?"
                           r"fired\s+(?:(?:warning|several|some|a\s+few)\s+)?(?:(?:gun)?shots\s+)?in(?:to)?\s+the\s+air|"
                           r"(?:cleared|chased\s+(?:away|off)|driven\s+(?:away|off|back))\s+by\s+(?:the\s+)?(?:security\s+forces|"
                           r"police\w*|gendarmes?|soldiers|troops|(?:anti-riot|riot)\s+police)|"
                           r"(?:security\s+forces|police\w*|gendarm\w*|soldiers|troops)\s+(?:\w+\s+)?(?:cleared|chased)\s+"
                           r"(?:them|the\s+(?:protesters|demonstrators|marchers|crowd|students|sit-in))(?:\s+(?:away|off))?)\b",
                           re.IGNORECASE)
# an arrest the crowd protests is its cause, not an intervention: "protested the arrest of three opposition leaders",
# "call for the release of X who has been detained", "in reaction to the arrest of the Koglweogo chief"
_PROTESTED_CAUSE = re.compile(r"(?:\b(?:against|over|protest(?:ed|ing|s)?|denounc\w*|condemn\w*|in (?:reaction|response) to|"
                           r"in (?:memory|honou?r) of|commemorat\w*|mourn\w*|"
                           r"following|after|release of|to free|demand\w*|because of|(?:who|which) (?:has|had|have) been)"
                           r"\b(?:(?!\b(?:and|but|while|when|whereupon|then|before|until)\b)[^.;,]){0,50})$", re.IGNORECASE)
# (in its clause: not "against taxes, and police arrested", "against the pension reform and police arrested 30")
# a violence only feared or warned of: "organisers feared a violent response", "warned of a brutal crackdown"
_FEARED_BEFORE = re.compile(r"\b(?:fear\w*|warn\w*|risks?|threat\w*|avoid\w*|prevent\w*|possib\w*|could|would|might|"
                            r"no|without)\b[^.;,]{0,30}$", re.IGNORECASE)


_SECURITY_WORD = re.compile(r"\b(?:security|presence of)\b", re.IGNORECASE)  # "deterred by a strong presence of"


# forces told only as receiving the people a crowd seized or as calming it: "handed them over to the gendarmerie",
# "turned the suspect over to police", "police intervened to prevent a lynching", "security forces arrived to calm
# the situation" (ACLED codes a mob's violence with its victims or the crowd it fought, not these: Sahel files, mob
# violence notes telling a handover, none of 5 with the police as actor2)
_HANDED_OVER_BEFORE = re.compile(r"\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?)\s+(?:[\w-]+\s+){0,3}?over\s+to\s+"
                                 r"(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_CALMING_PURPOSE = re.compile(r"\s+to\s+(?:calm|prevent|restore|avert)\b", re.IGNORECASE)
_CALMING_AFTER = re.compile(r"(?:\s+(?:quickly|later|then|had|have|has))*"
                            r"\s+(?:intervened|arrived|came|were\s+deployed)" + _CALMING_PURPOSE.pattern, re.IGNORECASE)


# the words before a force's men held or tried, whose arrest or trial a crowd protests ("demanding the release of two
# gendarmes", "rioted for the arrest of six presidential guards", "after the conviction of a policeman")
_FORCE_HELD_BEFORE = re.compile(r"\b(?:arrests?|arrested|detention|detained|release|freeing|trial|conviction|sentencing)\s+"
                                r"(?:of\s+)?(?:(?:the|a|an|some|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                                r"(?:(?!by\b|of\b)[\w-]+\s+){0,2}?$", re.IGNORECASE)


def _force_held(article: Article, m: ActorMention) -> bool:
    """Whether a force's mention names men the crowd's cause is about, held or tried (see `_FORCE_HELD_BEFORE`), no
    side facing the crowd."""
    return _FORCE_HELD_BEFORE.search(article.text, max(0, m.start - 60), m.start) is not None


def _custodian(article: Article, m: ActorMention) -> bool:
    """Whether a force's mention only receives the people a crowd seized or calms the crowd (see
    `_HANDED_OVER_BEFORE`), no side the crowd struck."""
    return bool(_HANDED_OVER_BEFORE.search(article.text, max(0, m.start - 50), m.start)
                or _CALMING_AFTER.match(article.text, m.end))


def _arrest_protested(text: str, m: re.Match[str]) -> bool:
    """Whether the words `m` found are an arrest, an eviction or a shooting the crowd protests, its cause ("protested
    the arrest of", "protested after the police evicted them from the market", "over the death of a pupil who was shot
    by police")."""
    k = _FORCES_DEED.search(m.group(0))
    if k is None:
        return False
    at = m.start() + k.start()  # (the cause before the arrest word: "... who has been |detained")
    return _PROTESTED_CAUSE.search(text, max(0, at - 60), at) is not None \
        or _KIN_OF_HELD_BEFORE.search(text, max(0, at - 60), at) is not None


# the held are the crowd's kin, named before the deed: "relatives of 300 soldiers |detained after the mutiny protested",
# "families of the students |arrested last week marched" (those people's arrest, not the crowd's)
_KIN_OF_HELD_BEFORE = re.compile(r"\b(?:relatives|famil(?:y|ies)(?:\s+members)?|wives|mothers|parents|kin|loved\s+ones)\s+"
                                 r"of\s+(?:(?:the|some|several|about|over|\d+)\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


# the forces' deeds an intervention names that a crowd may protest instead (see `_arrest_protested`)
_FORCES_DEED = re.compile(r"\b(?:arrest|detain|remov|evict|expel|dislodg|shot|killed|wounded|injured|beaten)", re.IGNORECASE)


# a deed told as not done: "police were present but did not intervene", "never dispersed", "didn't arrest anyone"
# (also "no" or "without" before it, or before a pair it ends: "no violence or arrests were reported", "without
# arrests")
_NOT_DONE_BEFORE = re.compile(r"(?:\bnot|\bnever|n't|\bno|\bwithout)\s+(?:\w+\s+(?:or|and|nor)\s+)?(?:\w+\s+)?$",
                              re.IGNORECASE)


# a force's building, told after its name: "the police station", "police offices", "a gendarmerie post" (property a
# crowd may burn with none of the force's men there; not its vehicles, which its men drive: "ransacking police
# vehicles" faces the police)
_FORCE_PROPERTY_AFTER = re.compile(r"\s+(?:stations?|offices?|headquarters|HQs?|posts?|buildings?|commissariats?|"
                                   r"premises|barracks)\b", re.IGNORECASE)


def _intervened(text: str) -> bool:
    """Whether forces acted on the crowd: dispersed, tear-gassed, arrested it (not an arrest it protests, nor a deed
    told as not done)."""
    for m in _INTERVENTION.finditer(text):
        if _arrest_protested(text, m) or _NOT_DONE_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                or _NOBODY_BEFORE.search(text, max(0, m.start() - 60), m.start()):  # ("and no one was arrested")
            continue
        if m.group(0).lower().startswith(("interven", "deterred", "interrupt")) and not _STATE_FORCES.search(
                text[max(0, m.start() - 60):m.end() + 60]) and not _SECURITY_WORD.search(text[m.start():m.end() + 60]):
            continue  # forces that intervened: not "the minister intervened", "heavy rain deterred the marchers"
        return True
    return False


# (with the forces' gunshots: "soldiers fire gunshots and teargas to disperse the crowd ... One person dead": a death
# of the crowd the forces fired on is excessive force, its toll kept; a crowd's own deaths it answers are not counted)
_EXCESSIVE = re.compile(r"\b(?:live (?:ammunition|rounds|fire|bullets)|opened fire on|fired on|shot (?:dead|and killed)|"
                        r"killed|fatally|fir(?:e|ed|es|ing) (?:live )?(?:gun)?shots(?! (?:in|into) the air)|fired (?:into|at) (?:the )?crowd|"
                        # (people the forces hurt: "seven people were wounded by police forces after police responded
                        # to the march")
                        r"(?:wounded|injured) by (?:the )?(?:[\w-]+ )?(?:police|security|forces|soldiers|troops|gendarmes|"
                        r"gendarmerie|army)|"
                        # (people hurt as the forces acted on the crowd: "several were injured when soldiers responded")
                        r"(?:wounded|injured|killed) when (?:the )?(?:[\w-]+ )?(?:police|security forces|soldiers|troops|"
                        r"gendarmes|army) (?:responded|intervened|charged|fired|moved in|dispersed))\b",
                        re.IGNORECASE)
# one of the crowd shot, told without a count of the hurt: "Police shot a protester during the march", "a student
# was shot by police" (ACLED: excessive force when forces hurt or kill a protester; not shots "in the air")
# (either spelling: "one protestor was shot by soldiers")
_SHOT_IN_CROWD = re.compile(r"\bshot\s+(?:and\s+(?:killed|wounded|injured)\s+)?(?:an?|one|two|three|several|some|\d+)\s+"
                            r"(?:[\w-]+\s+)?(?:protest[eo]rs?|demonstrators?|marchers?|students?)\b|"
                            r"\b(?:protest[eo]rs?|demonstrators?|marchers?|students?)\s+(?:was|were)\s+(?:\w+\s+)?shot\b"
                            r"(?!\s+(?:at|with\s+(?:tear|rubber|water)))", re.IGNORECASE)
# the crowd itself fired on, by whoever: "police opened fire on protesters", "gunmen opened fire on residents
# protesting the occupation of the town", "soldiers fired live rounds into the crowd" (ACLED: lethal force used on a
# peaceful crowd is excessive force, a toll told or not; not shots "in the air", nor tear gas or rubber bullets)
_FIRED_ON_CROWD = re.compile(r"\b(?:open(?:ed|s|ing)?\s+fire|fir(?:e|ed|es|ing)\s+(?:live\s+(?:ammunition|rounds|bullets)\s+)?)"
                             r"\s*(?:on|at|into)\s+(?!the\s+air\b)(?:the\s+|a\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|"
                             r"marchers|crowds?|[\w-]+\s+(?:who\s+were\s+)?"
                             r"(?:protesting|demonstrating|marching))\b(?!\s+with\s+(?:tear|rubber|plastic|water|blank))", re.IGNORECASE)
# the crowd attacked by whoever and hurt: "soldiers attacked protesting students, injuring several", "gunmen attacked a
# group of protesters, killing one" (ACLED 2019: armed groups or rioters who seriously hurt peaceful protesters use
# excessive force; the hurt is read by `_HURT_TOLD`, a charge with no one hurt stays an intervention)
_ATTACKED_CROWD = re.compile(r"\b(?:attack(?:ed|s|ing)|assault(?:ed|s|ing))\s+(?:a\s+group\s+of\s+|the\s+|some\s+)?"
                             r"(?:(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|marchers)|"
                             r"(?:protesting|demonstrating|marching)\s+[\w-]+)\b", re.IGNORECASE)
_HURT_TOLD = re.compile(r"\b(?:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|dead|died)\b", re.IGNORECASE)
# beaten in a game, a vote, a race: "beaten on points", "beaten in the final", "the champion", "a boxer"
_BEATEN_IN_PLAY = re.compile(r"\b(?:on points|in (?:the |a )?(?:final|semi-?final|match|game|race|vote|election|"
                             r"run-?off|round)|champions?|boxers?|boxing|wrestl\w*|players?|teams?|knock-?out|referee)\b", re.IGNORECASE)
# the capitalised agent of a passive: "attacked by Tuaregs who beat them", "beaten by the Fulani"
_BY_WHOM = re.compile(r"\bby\s+(?:the\s+|some\s+|a\s+group\s+of\s+)?([A-Z][\w-]+)")
# harm done with bare hands or stones: "beaten to death", "assaulted a councilor", "stoned", "lynched"
_BARE_HANDS = re.compile(r"\b(?:beat(?:en|ing)?|assault(?:ed|ing)?|lynch\w*|stoned|clubbed|thrashed|manhandled|roughed up|"
                         r"threw stones)\b", re.IGNORECASE)
# a text that tells of arms, armed groups or forces (then the beating is theirs, not a mob's)
_ARMS_TOLD = re.compile(r"\b(?:gun\w*|armed|shot|shoot\w*|fired?|firing|rifles?|weapons?|pistols?|bullets?|militants?|"
                        r"jihadi(?:sts?|s)|islamists?|soldiers?|army|military|police\w*|gendarm\w*|forces|troops|militia\w*|"
                        r"bandits?|rebels?|terrorists?|kidnap\w*|abduct\w*|IEDs?|explosi\w*|guards?|security|knives|knife|"
                        r"machetes?|blades?|customs|officers?|fighters?|insurgents?|hunters?|dozos?|koglweogo|vdp|"
                        # (men who lie in wait or stop road users: "ambushed by an unknown group at an illegal
                        # checkpoint" is an armed group's deed, not a mob's)
                        r"ambush\w*|checkpoints?)\b",
                        re.IGNORECASE)
_STATE_FORCES = re.compile(r"\b(?:police\w*|soldiers?|troops|army|military|gendarm\w*|security forces|national guards?|"
                           r"presidential guards?)\b", re.IGNORECASE)
_BRUTAL = re.compile(r"\b(?:excessive (?:force|violence)|violently (?:repressed|dispersed|suppressed|broken up|put down|"
                     r"crushed|quelled)|"
                     r"brutally (?:repressed|dispersed|suppressed|beaten|beat)|"
                     # the forces' answer told as violence: "were met by violent repression from soldiers", "police
                     # responded violently" (ACLED: excessive force against protesters, not a peaceful protest)
                     r"(?:violent|brutal|heavy-handed) (?:response|repression|crackdown)|"
                     r"(?:responded|reacted) (?:violently|brutally|with (?:violence|brutality|excessive force)))\b",
                     re.IGNORECASE)
_MOB = re.compile(r"\b(?:mobs?|lynch\w*|vigilantes?|mob justice|angry (?:residents|villagers|youths?|crowds?))\b",
                  re.IGNORECASE)
_DEMONSTRATION = re.compile(r"\b(?:protest(?!ant)\w*|demonstrat\w*|(?-i:march(?:ed|es|ers|ing)?)|rall(?:y|ied|ies)|sit-in|"
                            r"strike)\b", re.IGNORECASE)  # (not March the month)


# the sub-types of a crowd that harms no one by ACLED's definitions (Sahel files: none of 1,982 peaceful protests and
# 192 protests with intervention has a fatality)
_DEATHLESS_SUB_TYPES = frozenset({"Peaceful protest", "Protest with intervention"})
# ... unless the text says the deaths happened during the crowd's own happening: "One man was killed and two others
# injured during a march organized to protest ..." (a toll the text gives is kept, whatever the sub-type)
# ... or that the dead were of the crowd: "one protester died" (then not peaceful, but the toll is the text's)
_DIED_DURING = re.compile(r"\b(?:killed|died|dead|deaths?|shot)\b[^.;]{0,60}?\b(?:during|in\s+the\s+course\s+of|amid)\s+"
                          r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:march|protest|demonstration|rally|sit-in|gathering)|"
                          r"\b(?:protesters?|demonstrators?|marchers?)\s+(?:\w+\s+){0,3}?(?:killed|died|dead|succumbed)\b",
                          re.IGNORECASE)
_STRIKE_WORD = STRIKE.pattern  # ("strike", "striking", "strikers")
# a hunger strike is a protest in itself, no work stoppage ("detainees began a hunger strike"): not the strike above
_HUNGER_STRIKE = re.compile(r"\bhunger[\s-]+strik(?:es?|ing|ers?)\b", re.IGNORECASE)
# a gathering: what makes a strike a demonstration too (a picket, a march, a sit-in, people in the streets)
_GATHERING = re.compile(r"\b(?:protest(?!ant)(?:ed|ing|s|ers|ors)?|demonstrat\w*|(?-i:march(?:ed|es|ers|ing)?)|rall(?:y|ied|ies|ying)|"
                        r"(?:filled|flooded|poured into|thronged|packed|lined) (?:the )?(?:streets?|squares?|roads?)|"
                        r"sit-ins?|picket\w*|gathered|gathering|assembled|took to the streets?|in the streets?|"
                        r"in front of|outside the|occup(?:ied|y|ying)|camp(?:ed|ing) out|crowds?|block(?:ed|ing|ade)|"
                        r"barricad\w*)\b", re.IGNORECASE)


# harm done to people held: "tortured", "beaten", "burned them alive", "extrajudicially executed", "caned"
_CUSTODY_ABUSE = re.compile(r"\b(?:beat|beaten|beating|assaulted|tortur\w*|whipped|flogged|caned|raped|mutilated|"
                            r"electrocut\w*|ill-treat\w*|mistreat\w*|maltreat\w*|burn(?:ed|t) (?:\w+ )?alive|"
                            r"extra-?judicial(?:ly)?(?: executed| killed| executions?| killings?)?)\b", re.IGNORECASE)
# the harm is what the arrested are accused of, not what was done to them: "arrested a man accused of beating his wife"
_CHARGED_WITH = re.compile(r"\b(?:accused|suspected|charged|convicted|guilty|wanted|arrested|detained|held)\s+(?:of|for|with|over|"
                           r"in connection with)\s+(?:(?:allegedly|having|being)\s+)?(?:[\w'-]+\s+){0,3}$|"
                           r"\b(?:for|over|after|in)\s+(?:the\s+|a\s+)?(?:allegedly\s+)?(?:having\s+)?$|\bwho\s+(?:had\s+)?(?:allegedly\s+)?$|"
                           # "arrested ... in connection with a brutal beating", "over claims that pupils were caned"
                           r"\bin\s+connection\s+with\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$|"
                           r"\b(?:over|for|after|on|amid)\s+(?:claims|allegations|accusations|suspicions?|charges)\s+that\s+"
                           r"(?:[\w'-]+\s+){0,4}$",
                           re.IGNORECASE)


# torture among the harm done to the held (not a beating, which a fight can tell: "beat back the assault"), and people held
_TORTURE = re.compile(r"(?:tortur|ill-treat|mistreat|maltreat|electrocut)", re.IGNORECASE)
_HELD = re.compile(r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|detainees?|prisoners?|captives?|in (?:\w+ )?(?:custody|detention))\b",
                   re.IGNORECASE)


def _abused_in_custody(text: str, only: re.Pattern[str] | None = None) -> bool:
    """Whether the text tells harm done to the people arrested, not harm they are accused of (of the kinds `only`
    matches at the harm word's start, if given: `_TORTURE`)."""
    return any(not _CHARGED_WITH.search(text, max(0, m.start() - 50), m.start()) for m in _CUSTODY_ABUSE.finditer(text)
               if only is None or only.match(m.group()))


# one of the arrested who died of the harm done: "the woman arrested succumbed to her injuries", "died of his wounds
# in detention" (ACLED codes the violence done to the detained)
_DIED_OF_INJURIES = re.compile(r"\b(?:succumbed|died|dies)\s+(?:\w+\s+){0,2}?(?:from|of|to)\s+(?:his|her|their|the)\s+"
                               r"(?:injuries|wounds)\b", re.IGNORECASE)


_PEOPLE_THREATENED = re.compile(r"\b(?:tied up|locked up|beat(?:en)?|assaulted|"
                                r"intimidat\w*|whipped|terrori[sz]ed)\b", re.IGNORECASE)
# vehicles burned, with the people who drove them: "attacked and burned a fuel tanker", "burned two trucks of a
# construction company", "trucks were set ablaze" (a named armed group that burns a vehicle on the road attacks the
# people aboard: ACLED codes an attack, not property destruction, though no one was hurt; unknown gunmen who did it
# stay a raid for goods, as a village they raid does)
_VEHICLE = r"(?:trucks?|lorr(?:y|ies)|(?:fuel\s+)?tankers?|vehicles?|cars?|bus(?:es)?|minibus(?:es)?)"
_BURNED = r"(?:burn(?:ed|t)|torched|set\s+(?:ablaze|on\s+fire|fire\s+to))"
# (not the forces' own: "burned a police vehicle", "army trucks were torched" are the state's property, no people's; nor
# cars "belonging to" or "parked": property, with no one aboard)
_STATE_OWNED = r"(?:police|military|army|gendarmerie|customs|government|official|state)"
_VEHICLE_BURNED = re.compile(r"\b" + _BURNED + r"\s+(?:(?!" + _STATE_OWNED + r"\b)[\w'-]+\s+){0,4}?" + _VEHICLE +
                             r"\b(?!\s+(?:belonging|owned|parked)\b)|"
                             r"\b(?<!police\s)(?<!military\s)(?<!army\s)(?<!government\s)(?<!official\s)" + _VEHICLE +
                             r"\s+(?:[\w'-]+\s+){0,3}?(?:were|was)\s+(?:\w+ly\s+)?(?:also\s+)?" + _BURNED + r"\b",
                             re.IGNORECASE)
# (the crowd told with an aside: "hundreds of people, angry at the new meters, blocked roads and damaged the
# office")
_CROWD_DAMAGE = re.compile(r"\b(?:youths?|residents|students|pupils|protesters|demonstrators|rioters|mobs?|crowds?|villagers|activists|"
                           r"inhabitants|(?:the )?population|traders|supporters|locals|citizens|people|farmers|herders|"
                           r"workers|women)\b(?:,[^.;,]{0,60},)?[^.;,]{0,40}?\b(?:burn\w*|torch\w*|set fire|"
                           r"set ablaze|ransack\w*|loot\w*|vandali[sz]\w*|destroy\w*|smash\w*|damag(?:ed|ing))", re.IGNORECASE)
# stones thrown, the crowd's arms against the forces it faced ("attacked the gendarmes by throwing stones", "threw
# rocks at police"): a violent demonstration, as ACLED codes a crowd stoning the forces (Burkina Faso and Niger files:
# 23 of the 24 such notes naming the police or gendarmes as the other side); not `_STONES`, the wider reading of
# stones thrown (with an adjective, "pelted") by which `_stone_throwers` tells a crowd
_STONES_THROWN = re.compile(r"\b(?:(?:threw|throwing|hurled|hurling)\s+(?:stones|rocks)|stone-?throw\w*)\b",
                            re.IGNORECASE)
_RIOT_WORDS = re.compile(r"\b(?:riot\w*|mobs?|popular justice|mob justice|jungle justice|angry (?:crowds?|residents|"
                         r"youths?|people|citizens|villagers|inhabitants)|took to the streets)\b|"
                         # stones are a crowd's arms: "miners attacked the gendarmes by throwing stones" (Sahel files:
                         # all 5 notes telling stones thrown or hurled are riots)
                         + _STONES_THROWN.pattern, re.IGNORECASE)
# people of a place, not an armed side, who beat, lynched, caught or burned: popular justice or a crowd's anger
# ("a number of residents beat up two presumed JNIM militants", "locals in Gao beat up two individuals suspected of
# robberies", "citizens responded by burning and ransacking the police station")
_CROWD_DEED = re.compile(r"\b(?:residents|locals|villagers|inhabitants|youths|population|citizens|shopkeepers|traders|"
                         r"passers-by|onlookers|a crowd|the crowd|crowds|an?\s+(?:angry\s+)?mob|the\s+mob)\b"
                         r"(?:\s+[\w,'-]+){0,6}?\s+(?:beat(?:en)?\s+up|"
                         r"beat|assaulted|assaulting|beating|stoning|lynched|lynches|lynching|stoned|captured|apprehended|caught|burned\s+(?:\w+\s+){1,3}?alive|"
                         # (suspects the people turned on: "residents attacked two suspected jihadists")
                         r"attacked\s+(?:(?:the|a|an|two|three|four|five|several|some|\d+)\s+)?(?:suspected|presumed|alleged)|"
                         r"burned\s+to\s+death|"
                         r"(?:by\s+)?burning(?:\s+and\s+ransacking)?|set\s+fire\s+to|torched|ransacked|vandali[sz]ed)\b",
                         re.IGNORECASE)
# students or a party's people who attacked, beat or took someone ("political opponents attacked the newly elected
# mayor", "the students kidnapped their headmaster", "students took the mayor hostage"): a mob, not an armed group
# (ACLED: Riots in 10 of the 11 such Sahel notes with a doer, the other an attack with torture by militants)
_PARTISANS_DEED = re.compile(r"\b(?:students|pupils|schoolchildren|(?:political\s+)?opponents|supporters|partisans|"
                             r"activists|militants\s+of\s+the\s+(?:ruling\s+)?party)\b"
                             # (their own clause: not "students were going home when gunmen attacked")
                             r"(?:\s+(?!(?:when|while|as|after|before|until|but|and|were|was)\b)[\w,'-]+){0,8}?\s+"
                             r"(?:attacked|assaulted|beat(?:\s+up)?|kidnapped|took\s+(?:\w+\s+){0,2}?hostage|"
                             r"held\s+(?:\w+\s+){0,2}?hostage|sequestered|lynched|stoned|manhandled)\b", re.IGNORECASE)
# people who punished a suspect with their hands ("vigilantes beat and whipped two suspected thieves", "arrested and
# beat a presumed thief who later died", "captured two suspected thieves and burned them alive"): popular justice, a
# mob's violence as ACLED codes it (Rioters), when no force or named armed group did it
_PUNISHING = r"(?:beat(?:en)?|beating|whipped|flogged|tortur(?:ed|e|ing)|lynch(?:ed|ing)|stoned|burned\s+(?:\w+\s+){1,3}?alive)"
_SUSPECT = r"(?:suspected|presumed|alleged)\s+(?:[\w-]+\s+)?(?:thie(?:f|ves)|robbers?|burglars?|criminals?)"
_SUSPECT_PUNISHED = re.compile(r"\b" + _PUNISHING + r"\b(?:\s+[\w,'-]+){0,4}?\s+" + _SUSPECT + r"\b|\b" + _SUSPECT +
                               r"\b(?:\s+(?!(?:who|which|after|when|while)\b)[\w,'-]+){0,5}?\s+(?:and|then)\s+(?:beat|whipped|flogged|tortured|"
                               r"lynched|stoned|burned)\s+(?:them|him|her)\b", re.IGNORECASE)
_FIGHT_WORDS = re.compile(r"\b(?:clash\w*|fought|fighting|fights?|violence|scuffles?|brawls?|confrontations?)\b",
                          re.IGNORECASE)
# a mob that fought another crowd, not struck people who did not fight back: "two camps began fighting at a mosque",
# "supporters of the two candidates clashed" (not "mob violence", which names the kind of the deed)
_MOB_FOUGHT = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|fighting|fights?|scuffles?|scuffled|brawls?|"
                         r"confrontations?)\b(?!\s+(?:with|against)\s+(?:the\s+)?(?:police|gendarmes?|soldiers|"
                         r"security|forces))", re.IGNORECASE)
_CROWD_NOUNS = re.compile(r"\b(?:students|pupils|residents|villagers|youths?|farmers|herders|pastoralists|merchants|traders|"
                          r"(?:gold )?miners|gold diggers|communit(?:y|ies)|supporters|opponents|fans|citizens|"
                          r"(?:trade )?unionists|workers|inhabitants|IDPs|displaced|people|locals|families|clans?|"
                          r"drivers|vendors|motorcyclists|taxi-?moto drivers|"
                          # sides that are a quarrel's, no armed group's: "opposing political groups clashed", "two
                          # camps divided over the prayer direction began fighting", "rival factions of the chieftaincy"
                          r"(?:rival|opposing|opposed|two|political)\s+(?:political\s+)?(?:groups|camps|factions|clans|"
                          r"sides|parties))\b", re.IGNORECASE)
_WEAPON_WORDS = re.compile(r"\b(?:gun\w*|armed|arms|militia\w*|firearms?|rifles?|shot|shooting|opened fire|bullets?|"
                           r"militants?|jihadi(?:sts?|s)|terrorists?|bandits?|assailants?|insurgents?|rebels?|soldiers|troops|"
                           r"dozos?|hunters|self-defen[cs]e|kalashnikovs?|AK-?47s?|explosives?|"
                           # (sides named as armed units: "clashes between the town's forces and fighters belonging to
                           # a brigade", no crowd's)
                           r"fighters|brigades?|battalions?)\b", re.IGNORECASE)


# two livelihoods named as the kinds of one word's sides: "pastoralist and farmer militias", "herder and farmer groups"
_LIVELIHOOD = r"(?:farmer|herder|herdsman|pastoralist|agro-?pastoralist|agriculturalist|nomad|fisherman|breeder)s?"
_LIVELIHOOD_PAIR = (r"\b" + _LIVELIHOOD + r"\s+(?:and|&|or)\s+" + _LIVELIHOOD +
                    r"\s+(?:militias?|militiam[ae]n|groups?|communit(?:y|ies)|youths?|men)\b")
# the sides of a fight that are communities, by livelihood, origin or faith (not students, fans or a party's supporters)
_COMMUNITY_SIDES = re.compile(r"\b(?:farmers|herders|herdsmen|pastoralists|agro-?pastoralists|agriculturalists|nomad\w*|"
                              r"ethnic|"
                              r"communit(?:y|ies)|(?:inter|intra)-?communal|villagers|(?:gold )?miners|gold diggers|"
                              r"fishermen|hunters|clans?|tribes?|sunnis?|shiites?|shia|muslims|christians)\b|"
                              + _LIVELIHOOD_PAIR, re.IGNORECASE)
_NOT_COMMUNAL = re.compile(r"\b(?:students|pupils|supporters|opponents|fans|(?:trade )?unionists|part(?:y|ies)|"
                           r"political|elect\w*|campaign\w*|strikers|protest\w*|demonstrat\w*)\b", re.IGNORECASE)
# the people of two places: "residents of Kayobogo and Sirranikoro clashed", "youths from the village of Koumbara
# clashed with villagers from Sanwara" (whole Sahel files: 3 of 3 such notes Battles, as 3 of 3 telling two villages
# fighting)
_TWO_PLACES_PEOPLE = (r"\b(?:residents|inhabitants|youths?|villagers|people|population)\s+(?:of|from)\s+"
                      r"(?:the\s+village\s+of\s+)?(?P<one>(?-i:[A-Z])[\w'-]+)\s+(?:and|clashed\s+with|fought(?:\s+with)?)\s+"
                      r"(?:(?:residents|inhabitants|youths?|villagers|people|population)\s+(?:of|from)\s+"
                      r"(?:the\s+village\s+of\s+)?)?(?P<two>(?-i:[A-Z])[\w'-]+)")
_COMMUNAL_FIGHT = re.compile(r"\b(?:inter-?communal|inter-?ethnic|ethnic|families|clans?|villages|arrows|bows|"
                             r"blade(?:d)? weapons?|machetes?|cutlass\w*|spears?)\b|" + _TWO_PLACES_PEOPLE,
                             re.IGNORECASE)
# two villages named as the sides: "clashes between two villages, Sabere and Gomorou", "fighting between the villages
# of Sabere and Gomorou", "the Sabere and Gomorou villages clashed"
_TWO_VILLAGES = re.compile(r"\bbetween\s+(?:the\s+)?(?:two\s+)?(?:neighbou?ring\s+)?villages\s*(?:of\s+|,\s*|:\s*)"
                           r"(?P<one>(?-i:[A-Z])[\w'-]+)\s+and\s+(?P<two>(?-i:[A-Z])[\w'-]+)", re.IGNORECASE)
_VILLAGES_PAIR = re.compile(r"\b(?P<one>[A-Z][\w'-]+)\s+and\s+(?P<two>[A-Z][\w'-]+)\s+(?i:villages)\b")


def _two_places_fight(text: str) -> re.Match[str] | None:
    """The people of two places who fought, each place's name as group "one" and "two"."""
    for rx in (_TWO_PLACES_FIGHT, _TWO_VILLAGES, _VILLAGES_PAIR):
        if (m := rx.search(text)) is not None:
            return m
    return None


_TWO_PLACES_FIGHT = re.compile(_TWO_PLACES_PEOPLE, re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w-]+")
# the people of one place, wherever the text tells them: "villagers from Boundo attacked fishermen near Ngara.
# Villagers from Ngara responded" (each side told in its own sentence)
_PLACE_PEOPLE = re.compile(r"\b(?i:residents|inhabitants|youths?|villagers|people|population|locals)\s+(?i:of|from)\s+"
                           r"(?:(?i:the)\s+(?i:village|town|locality)\s+of\s+)?(?P<one>[A-Z][\w'-]+)")


# the people of a place told as a side: the subject of a deed of the fight ("villagers from Boundo attacked ...",
# "villagers from Sabce mobilized and fought back"), or named in the fight's own clause ("attacked residents of
# Ngara", "clashed with youths from Ngara"); not its witnesses or those who fled ("residents of Koro said", "people
# from Bankass fled the fighting")
_PEOPLE_DEED = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:who|had|have|has|then|also|later|again|reportedly|"
                          r"allegedly|quickly|subsequently|in\s+turn))*\s+"
                          r"(?:(?:mobili[sz]ed|gathered|regrouped|armed\s+themselves|organi[sz]ed(?:\s+themselves)?)"
                          r"\s+(?:and\s+)?)?(?:attack\w*|clash\w*|fought|fight\w*|"
                          r"raid\w*|respond\w*|retaliat\w*|counter-?attack\w*|stormed|invaded|burn\w*|torched|"
                          r"set\s+fire|kill\w*|shot|opened\s+fire|ambush\w*|assault\w*|struck|hit\s+back|avenged|"
                          r"took\s+up\s+arms|mobili[sz]ed|went\s+to|marched|confronted|engaged)\b", re.IGNORECASE)
_SIDE_PEOPLE_STRUCK = re.compile(r"\b(?:attack\w*|clash\w*|fought|fight\w*|raid\w*|ambush\w*|against|between|with|"
                                 r"confronted|stormed|assault\w*)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_PEOPLE_TOLD = re.compile(r"[\s,]*(?:\w+\s+){0,2}?(?:said|say|says|told|tell|reported|report|fled|flee\w*|"
                          r"according|recount\w*|describ\w*|witness\w*|interview\w*|displaced|took\s+refuge)\b",
                          re.IGNORECASE)


def _people_fought(text: str, m: re.Match[str]) -> bool:
    """Whether the people of a place (`_PLACE_PEOPLE`'s match) are told as a side of the fight, not as its
    witnesses or those who fled it."""
    if _PEOPLE_TOLD.match(text, m.end()):
        return False
    if _PEOPLE_DEED.match(text, m.end()):
        return True
    clause = re.split(r"[.;,:]", text[max(0, m.start() - 80):m.start()])[-1]
    return _SIDE_PEOPLE_STRUCK.search(clause) is not None


def _places_people(text: str) -> tuple[str, str] | None:
    """The first two places whose people the text names as such, in its order (each told in its own clause or
    sentence): "Villagers from Boundo attacked fishermen near Ngara. Villagers from Ngara responded" -> (Boundo,
    Ngara); None where it names fewer than two."""
    names: list[str] = []
    for m in _PLACE_PEOPLE.finditer(text):
        if m.group("one") not in names and m.group("one").lower() not in ("the", "a") and _people_fought(text, m):
            names.append(m.group("one"))
    return (names[0], names[1]) if len(names) >= 2 else None


# families named as the sides of a fight: "clashes between two factions of the Ouare family", "people from the Dabre
# and Zampaligre families clashed", "the Sawadogo family clashed with the Ouedraogo family" (ACLED codes a family's
# fighters as its clan's militia: "Ouare Clan Militia (Burkina Faso)"); the family's name as "one" (and "two")
_FAMILY_SIDES = re.compile(
    r"\b(?i:two|rival)\s+(?:(?i:rival)\s+)?(?i:factions|branches|wings|camps|sides|clans)\s+(?i:of|within)\s+(?i:the)\s+"
    r"(?P<one>[A-Z][\w'-]+)\s+(?i:family)\b"
    r"|\b(?i:the)\s+(?P<a>[A-Z][\w'-]+)\s+(?:and|&)\s+(?:(?i:the)\s+)?(?P<b>[A-Z][\w'-]+)\s+(?i:families)\b"
    r"|\b(?i:the)\s+(?P<c>[A-Z][\w'-]+)\s+(?i:family)\s+(?:and|clashed\s+with|fought(?:\s+with|\s+against)?|"
    r"attacked)\s+(?:(?i:members|people)\s+(?:of|from)\s+)?(?i:the)\s+(?P<d>[A-Z][\w'-]+)\s+(?i:family)\b")


# a clan, tribe or lineage named: a family feud told as such is its clan's fight wherever it is
_CLAN_WORDS = re.compile(r"\b(?:clans?|tribes?|tribal|lineages?|chieftaincy|chiefdom|customary\s+chief\w*)\b",
                         re.IGNORECASE)


def _family_sides(text: str, article: Article | None = None, sentences: Iterable[int] = ()) -> tuple[str, str] | None:
    """The names of the families a text tells fighting each other, first and second (the same name twice for two
    factions of one family), or None. Only in the region followed (ACLED's African countries), told by a place
    of one in the happening's sentences that is not a family's own name, or where the text names a clan, tribe or
    lineage: "a feud between the Smith and Jones families ... in Memphis" is no clan militias' battle (Smith, a
    Liberian village by its name, places nothing)."""
    m = _FAMILY_SIDES.search(text)
    if m is None:
        return None
    names = {g for g in m.groups() if g}
    if article is not None and not _CLAN_WORDS.search(text) \
            and not any(p.sentence in sentences and p.country_code in AFRICA and p.context not in ("actor",)
                        and not (set(p.text.split()) & names) for p in article.places):
        return None
    if m.group("one"):
        return m.group("one"), m.group("one")
    if m.group("a"):
        return m.group("a"), m.group("b")
    return m.group("c"), m.group("d")


# two peoples (or a people and a militia) named as the sides of a fight: "clashes between Fulani and Dogons",
# "Bambara and Fulani ... clashed", "Fulani and Dozo militiamen clashed", "fighting between Imghad and Idnane"
# (or the one people that clashed with the other: "Bissa farmers clashed with Fulani herders", "Dozo hunters clashed
# with Fulani herders")
_SIDES_PAIR = re.compile(r"\b(?:between\s+)?(?:the\s+)?([A-Z][\w'’-]+?)s?(?:\s+(?i:farmers|herders|herdsmen|agriculturalists|"
                         r"pastoralists|(?:cattle\s+)?breeders|villagers|communit(?:y|ies)|youths|residents|people|hunters|"
                         r"militiam[ae]n|militias|tribesmen))?\s+"
                         r"(?:and|&|(?i:clashed\s+with|fought(?:\s+with)?))\s+(?:the\s+)?"
                         r"([A-Z][\w'’-]+?)s?\b")  # (and "Gourmantche agriculturalists and Fulani cattle breeders")
# two sides the text names ("a conflict between farmers and herders"): communities that fought keep their battle though
# no militia can be named (not "one Bambara community member was killed during intercommunal violence": one side
# told, its victim; ACLED codes the attack on him)
# (not figures or days: "between 10 and 15 people", "between Monday and Tuesday", "between 3 and 5 March")
_BETWEEN_SIDES = re.compile(r"\bbetween\s+(?!(?:\d|" + _NUMWORD + r"\b|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
                            r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b))(?:[\w'’-]+\s+){1,4}?(?:and|&)\s+\w", re.IGNORECASE)
# a strife told by its cause between two sides: "a conflict between farmers and herders", "a land dispute between
# locals from Karaboro and ethnic Mossi" (with a toll, communities' militias in battle, as ACLED codes them)
_STRIFE_BETWEEN = re.compile(r"\b(?:conflicts?|disputes?|feuds?|rivalr(?:y|ies))\s+(?:[\w-]+\s+){0,3}?between\b",
                             re.IGNORECASE)
# (or traded fire: "Fulani and Dozo militiamen exchanged gunfire", "a shootout between Fulani and Bambara")
_SIDES_FIGHT = re.compile(r"\b(?:clash(?:ed|es|ing)?|fight(?:ing|s)?|fought|violence|confrontations?|skirmish(?:es)?|"
                          r"hostilities|battled?|exchanged\s+(?:gun)?fire|exchanges?\s+of\s+(?:gun)?fire|shoot-?outs?|"
                          r"gunfights?|gun\s+battles?)\b", re.IGNORECASE)


def _communal_sides(article: Article, draft: _Draft, matcher: ActorMatcher, cc: str | None
                    ) -> tuple[ActorMention, ActorMention] | None:
    """The two sides of a fight between peoples, as ACLED codes it: each people's ethnic militia, in the text's
    order ("clashes between Bambara and Fulani" -> Bambara Ethnic Militia (Mali) vs Fulani Ethnic Militia (Mali));
    a side the dictionary names as an actor stays that actor ("Fulani and Dozo militiamen clashed"). None unless
    one sentence of the happening, or the one that sets its scene, names the pair and the fight ("Renewed violence
    between Dogons & Fulanis in Koro. 1 Dogon killed ..."; not a sentence of history or of an earlier date: "Clashes
    between Fulani and Dogon in 2019 killed hundreds."), and no state force or named group fights in them."""
    scene = [j for j in _lead_in(article, draft)[:1]
             if not _background(article, article.sentences[j], _history_in_main_clause(article.sentences[j].text.lower()))
             and not any(d.date_start is not None and article.published is not None
                         and (article.published - d.date_start).days > 60 for d in _sentence_dates(article, j))]
    told = [*scene, *draft.sentences]
    if any(a.sentence in told and a.inter in (1, 2, 8) for a in article.actors):
        return None
    for i in told:
        sent = article.sentences[i]
        if not (_SIDES_FIGHT.search(sent.text) or _STRIFE_BETWEEN.search(sent.text)):
            continue
        for m in _SIDES_PAIR.finditer(sent.text):
            sides: list[ActorMention] = []
            for g in (1, 2):
                start, end = sent.start + m.start(g), sent.start + m.end(g)
                named = next((a for a in article.actors if a.start <= start < a.end and a.inter in (3, 4)
                              and a.kind == "identity-militia" and not a.actor.startswith("Unidentified")), None)
                ethnic = matcher.ethnic_names.get(m.group(g).lower())
                if named is not None and (ethnic is None or ethnic not in named.actor):
                    sides.append(named)
                    continue
                if ethnic is None:
                    break
                got = matcher.role_actor("ethnic-militia", cc, on=article.published, ethnic=ethnic)
                if got is None:
                    break
                sides.append(ActorMention(start, end, article.text[start:end], got[0], got[1], "identity-militia",
                                          cc, i))
            if len(sides) == 2 and sides[0].actor != sides[1].actor:
                return sides[0], sides[1]
        # violence within one people ("intra-communal violence over a well between Toubou"): that people's militia
        # on both sides, as ACLED codes it; only where the sentence names that one people and no other, and someone
        # died, as for communities fighting (`_deadly_communal_fight`): "three people were wounded amidst
        # intra-communal violence between members of the X community" stays a riot of the community's rioters
        if _INTRA_COMMUNAL.search(sent.text) and _KILLED.search(sent.text):
            named_peoples = {(matcher.ethnic_names[w.lower()], m.start(), m.end())
                             for m in _CAPITALISED_WORD.finditer(sent.text)
                             for w in (m.group(0), m.group(0)[:-1]) if w.lower() in matcher.ethnic_names}
            if len({n for n, _, _ in named_peoples}) == 1:
                ethnic, s0, e0 = min(named_peoples, key=lambda x: x[1])
                got = matcher.role_actor("ethnic-militia", cc, on=article.published, ethnic=ethnic)
                if got is not None:
                    start, end = sent.start + s0, sent.start + e0
                    side = ActorMention(start, end, article.text[start:end], got[0], got[1], "identity-militia",
                                        cc, i)
                    return side, side
    return None


# (a fight within one people: "intra-communal clashes", "intra-ethnic violence")
_INTRA_COMMUNAL = re.compile(r"\bintra-?\s?(?:communal|community|ethnic|clan)\b", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]+")


def _crowd_target(article: Article, draft: _Draft) -> ActorMention | None:
    """The state's or a foreign force a crowd stoned, attacked or ransacked, named as its deed's object ("youths
    attacked the MINUSMA base", "demonstrators stoned a police vehicle"): the other side of the riot; not a
    government, nor a force only named as where it happened ("gathered near the military camp")."""
    return next((a for a in article.actors if a.sentence in draft.sentences and a.inter in (1, 8)
                 and not a.actor.startswith("Government of") and not _landmark(article, a)
                 and _CROWD_TARGET_BEFORE.search(article.text, article.sentences[a.sentence].start, a.start)), None)


# people told as the fighting's refugees, not its sides: "heavy fighting reported, many displaced", "fighting in X;
# thousands of residents fled", "the clashes displaced 500 families" (`_crowd_fight` looks for a crowd without them)
_PEOPLE_DISPLACED = re.compile(r"\b(?:(?:many|thousands|hundreds|dozens|scores|several|some|\d[\d,]*)\s+(?:of\s+)?)?"
                               r"(?:(?:the|local)\s+)?(?:residents|people|villagers|inhabitants|families|locals|persons)?\s*"
                               r"(?:(?:have|had|were|have\s+been|had\s+been|were\s+reportedly)\s+)?(?:fled|displaced)\b|"
                               r"\bdisplac(?:ed|ing)\s+(?:(?:some|about|over|more\s+than|at\s+least)\s+)?(?:[\d,]+\s+|"
                               r"(?:many|thousands|hundreds|dozens)\s+(?:of\s+)?)?(?:residents|people|villagers|inhabitants|"
                               r"families|locals|persons)\b", re.IGNORECASE)


# a raid or an incursion told by whom it sought: "made an incursion into the village, searching for a merchant",
# "carried out a raid in the village in search of gunmen" (`code_events`: with no one harmed, the group's activity)
_HUNTING_RAID = re.compile(r"\b(?:incursions?|raids?|raided|entered|swept|combed)\b[^.;]{0,120}?\b(?:in\s+search\s+(?:of|for)|"
                           r"searching\s+for|looking\s+for|hunting\s+for|to\s+(?:search|look|hunt)\s+for)\b", re.IGNORECASE)
# threats told, which harm no one's body (`_HARMED` counts them): "threatening family members", "urged them to leave"
_THREATS_TOLD = re.compile(r"\bthreaten\w*", re.IGNORECASE)


def _crowd_fight(article: Article, draft: _Draft, text: str, matcher: ActorMatcher) -> str | None:
    """A violent happening that is a crowd's, not an armed group's: the text says riot, mob or popular justice, or
    two groups of people (students, farmers and herders, traders) fought without arms named. The words that say
    so, or None. A named armed group or the state starting it keeps it a battle or an attack."""
    lead = article.sentences[draft.sentences[0]]
    deed = _CROWD_DEED.search(lead.text) or _PARTISANS_DEED.search(lead.text)
    if deed is not None and not any(a.sentence == lead.index and a.inter in (1, 2, 3, 4, 8)
                                    and a.start < lead.start + deed.end() for a in article.actors):
        return deed.group(0)  # (an armed side after the deed is its object: "beat up two presumed JNIM militants")
    punished = _SUSPECT_PUNISHED.search(lead.text)
    if punished is not None and not any(a.sentence == lead.index and a.start < lead.start + punished.end()
                                        and (a.inter in (1, 2, 3, 8) or a.inter == 4 and not a.actor.startswith("Vigilante"))
                                        for a in article.actors):
        return punished.group(0)  # (generic vigilantes are the crowd here; not "Koglweogo militiamen", not police)
    fought = _CROWD_FOUGHT_ARMED.search(lead.text)
    if fought is not None and not any(a.sentence == lead.index and a.inter in (1, 2, 3, 4, 8)
                                      and a.start < lead.start + (fought.start("verb") if fought.group("verb")
                                                                  else fought.start()) for a in article.actors):
        return fought.group(0)  # (no armed side before the verb: "soldiers and locals clashed with gunmen", "a local
        #                          militia clashed with jihadists": the militia's battle)
    armed = [a for a in article.actors if a.sentence in draft.sentences and a.inter in (2, 3, 4)
             and not (a.actor.startswith("Vigilante") and _MOB.search(text))]  # "a vigilante mob": a crowd
    if armed:
        return None
    m = _RIOT_WORDS.search(text)
    if m is not None and not re.search(r"\b(?:gunmen|militants|jihadi(?:st)?s|terrorists|soldiers|troops)\b", text,
                                        re.IGNORECASE):
        return m.group(0)
    forces = _CROWD_CLASHED_FORCES.search(text)
    if forces is not None and not re.search(r"\b(?:armed|gunmen|militants|jihadi(?:st)?s|terrorists|bandits|rebels)\b", text,
                                            re.IGNORECASE):
        return forces.group(0)  # a crowd against the state's forces: its violent demonstration
    stormed = _CROWD_ATTACKED_FORCES.search(text)
    if stormed is not None and not _WEAPON_WORDS.search(text):
        return stormed.group(0)  # a crowd that attacked the forces or their post, no weapon told: a mob
    m = _FIGHT_WORDS.search(text)
    # (or the sentence that set the scene: "A land dispute broke out between two villages: X and Y. The clashes
    # resulted in 16 deaths")
    scene = " ".join(article.sentences[i].text for i in _lead_in(article, draft)[:1])
    if _COMMUNAL_FIGHT.search(text) or _COMMUNAL_FIGHT.search(scene) \
            or len({e.lower() for e in _WORD.findall(text)} & matcher.ethnonyms) >= 2:
        return None  # villages, families or peoples fighting: ACLED codes communal militias in battle
    if m is not None and _CROWD_NOUNS.search(_PEOPLE_DISPLACED.sub(" ", text)) and not _WEAPON_WORDS.search(text) \
            and not any(a.inter == 1 and a.sentence in draft.sentences for a in article.actors):
        if _deadly_communal_fight(article, draft, text):
            return None  # communities fought to the death: a battle of their militias (see code_events)
        return m.group(0)
    return None


# victims told as one community's members: "one Bambara community member was killed during intercommunal violence"
_COMMUNITY_VICTIM = re.compile(r"\bcommunity\s+members?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                               r"(?:\w+\s+)?(?:killed|shot|murdered|wounded|injured|hurt)\b", re.IGNORECASE)


def _deadly_communal_fight(article: Article, draft: _Draft, text: str) -> bool:
    """Whether communities fought each other and someone died ("pastoralists and farmers clashed, one individual was
    killed", "clashes between Malian and Guinean miners, leaving 6 dead"): ACLED codes their communal militias in
    battle. Farmers and herders, villagers, clans or tribes who fought are their militias' battle whatever the
    toll when the text says they clashed or fought ("farmers and herders clashed over pasture, three wounded"; not
    "wounded amid violence between farmers and herders"); other groups (members of a community, miners,
    hunters) only when someone died, and students, fans or a party's supporters fighting are crowds whatever the
    toll."""
    if not ((_FIGHT_WORDS.search(text) or _STRIFE_BETWEEN.search(text))
            and (_COMMUNITY_SIDES.search(text) or _two_places_fight(text)
                 or _family_sides(text, article, draft.sentences))) \
            or _NOT_COMMUNAL.search(text):
        return False
    if any(a.sentence in draft.sentences and a.inter in (1, 2, 3, 4, 8) and not _police_source(article, a)
           for a in article.actors):
        return False  # (not the police that tell it: "... clashed over farmland, police said")
    if _COMMUNITY_VICTIM.search(text) and not (_BETWEEN_SIDES.search(text) or _SIDES_PAIR.search(text)
                                                or _two_places_fight(text)):
        return False  # one community's members harmed, no second side told: the attack on them (see _BETWEEN_SIDES)
    if _two_places_fight(text) and _CLASHED.search(text):
        return True  # the people of two places who fought: their communities' militias ("residents of X and Y clashed")
    if _PEOPLES_SIDES.search(text) and _CLASHED.search(text):
        return True
    return any(c.what == "killed" for c in _casualties(article, draft.sentences))


# an unarmed crowd that clashed with the state's forces: "locals in Magaria clashed with customs officers", "clashes
# between students and police", "violent clashes between security forces and youths" (ACLED: a violent
# demonstration, rioters against the forces; 27 of 27 such notes in the four Sahel files)
_UNARMED_CROWD = (r"(?:students|pupils|youths?|locals|residents|inhabitants|population|traders|merchants|shopkeepers|"
                  r"protesters|demonstrators|marchers|strikers|rioters|supporters|fans|spectators|the crowd|crowds)")
# (a town taken, figuratively, or soldiers driven out by a crowd: see the takeover's words in the coder)
_BY_STORM_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}\s+by\s+storm\b")
_CROWD_DROVE_BEFORE = re.compile(rf"\b{_UNARMED_CROWD}\b(?:\s+[\w,'-]+){{0,4}}?\s+$", re.IGNORECASE)
# people seized by the people of a place, active or passive: "villagers captured two bandits", "the suspects were
# caught by residents" (not by a force: "residents said soldiers arrested two men" names the state's arrest)
_HELD_BY_CROWD = re.compile(
    r"\b(?:(?:captured|caught|seized|arrested|apprehended)\s+by\s+(?:the\s+|angry\s+|local\s+|some\s+)*(?:[\w-]+\s+)?"
    r"(?:villagers|residents|locals|inhabitants|youths|population|mob)\b|(?:villagers|residents|locals|inhabitants|youths)"
    # (the people of a place as the doers, not the ones taken: "three residents were arrested" is the state's)
    r"\s+(?:(?!(?:were|was|are|is|been|being|got|get)\b)\w+\s+)?(?:captured|caught|seized|arrested|apprehended)\s+"
    r"(?!(?:by|that|when)\b))", re.IGNORECASE)
# a passive whose doer, after "by", is an unarmed crowd: "were attacked while eating by students of other
# institutions", "was beaten to death by youths", "were ransacked by angry traders" (not a source: "attacked by gunmen,
# as reported by residents", where another word "by" or a saying verb comes first)
_HARMED_BY_CROWD = re.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:attacked|assaulted|beaten(?:\s+up)?|lynched|stoned|clubbed|"
    r"manhandled|molested|ransacked|looted|vandali[sz]ed|torched|burned|burnt|set\s+ablaze|set\s+on\s+fire)\b"
    r"(?:\s+(?!(?:by|reportedly|reported|said|told|according|confirmed|witnessed|seen|cited|quoted)\b)[\w,'-]+){0,8}?"
    r"\s+by\s+(?:(?:angry|the|some|a\s+group\s+of|groups\s+of|hundreds\s+of|dozens\s+of|local|other)\s+)*"
    r"(?:[\w-]+\s+)?" + _UNARMED_CROWD + r"\b", re.IGNORECASE)
_FORCES_NOUN = (r"(?:police(?:\s+officers?|men)?|policem[ae]n|gendarm\w*|security forces|(?:customs|police) officers?|"
                r"customs(?:\s+agents)?|anti-riot (?:police|forces)|riot police|the CRS|soldiers|troops|the army)")
_CROWD_CLASHED_FORCES = re.compile(
    rf"\b{_UNARMED_CROWD}\b(?:\s+[\w,'-]+){{0,8}}?\s+(?:clashed|clashing|scuffled|fought)\s+with\s+(?:the\s+|a\s+)?"
    rf"(?:\w+\s+){{0,2}}?{_FORCES_NOUN}\b"
    rf"|\b(?:clash(?:es)?|scuffles?|skirmish(?:es)?|confrontations?)\s+(?:[\w,'-]+\s+){{0,6}}?between\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?:{_UNARMED_CROWD}\s+and\s+(?:the\s+)?(?:\w+\s+)?{_FORCES_NOUN}|{_FORCES_NOUN}\s+and\s+(?:the\s+)?"
    rf"(?:\w+\s+)?{_UNARMED_CROWD})\b"
    # the two sides as the subject of the verb: "supporters of the opposition and police clashed"
    rf"|\b(?:{_UNARMED_CROWD}(?:\s+[\w'-]+){{0,5}}?\s+and\s+(?:the\s+)?(?:\w+\s+)?{_FORCES_NOUN}|{_FORCES_NOUN}\s+and\s+"
    rf"(?:the\s+)?(?:\w+\s+)?{_UNARMED_CROWD})\s+(?:\w+\s+)?(?:clashed|clashing|scuffled|fought)\b", re.IGNORECASE)
# a crowd of the place that fought armed men, the crowd the fight's subject: "a mob fought with an unidentified armed
# group", "locals armed with clubs fought with the gunmen", "clashes between jihadists and locals" (ACLED: the
# rioters' mob violence against the armed group; not villagers who fought back, often their own militia; not the
# crowd that only tells of it or saw it: "residents said the militants fought with bandits", "residents fled as
# soldiers clashed with jihadists"; not the armed men's lawyers: "locals fought with the bandits' lawyers")
_ARMED_MEN = (r"(?:gunm[ae]n|militants|jihadi(?:st)?s|bandits|armed\s+(?:groups?|m[ae]n|individuals|bandits)|assailants|"
              r"attackers|terrorists|insurgents|kidnappers|robbers)")
_MOB_CROWD = r"(?:" + _UNARMED_CROWD + r"|(?:an?|the)\s+(?:angry\s+)?mobs?|a\s+(?:citizen|resident|local))"
_CROWD_FOUGHT_ARMED = re.compile(
    rf"\b{_MOB_CROWD}\b(?:\s+(?!(?:said|says|say|told|reported|according|confirmed|explained|that|as|while|when|"
    rf"after|before|where|soldiers|troops|army|police|gendarm\w*|forces|{_ARMED_MEN})\b)[\w,'-]+){{0,8}}?\s+"
    r"(?P<verb>clashed|clashing|scuffled|fought|engaged|confronted)\s+"
    rf"(?:with\s+|against\s+)?(?:the\s+|an?\s+|two\s+|three\s+|several\s+|some\s+)?(?:[\w-]+\s+){{0,2}}?{_ARMED_MEN}\b"
    r"(?!['’])"
    rf"|\b(?:clash(?:es)?|scuffles?|confrontations?)\s+(?:[\w,'-]+\s+){{0,6}}?between\s+(?:the\s+)?(?:[\w\"'-]+\s+)?"
    rf"(?:{_MOB_CROWD}\s+(?:and|&)\s+(?:the\s+)?(?:[\w\"'-]+\s+)?{_ARMED_MEN}|{_ARMED_MEN}\W*\s+(?:and|&)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+)?{_MOB_CROWD})\b", re.IGNORECASE)
# people of a place who attacked or stormed the state's forces or their post: "villagers from X attacked customs where
# a smuggler was held", "residents stormed the police station" (no weapon told: a mob, not an armed group)
_FORCES_POST = (r"(?:(?:police|gendarmerie|customs)\s+(?:stations?|posts?|offices?|headquarters|brigades?|"
                r"checkpoints?)|gendarmerie|commissariats?|prisons?|jails?)")
_CROWD_ATTACKED_FORCES = re.compile(
    rf"\b(?:{_UNARMED_CROWD}|villagers)\b(?:\s+(?!(?:who|when|while|as|after|before|were|was)\b)[\w,'-]+){{0,6}}?"
    rf"\s+(?:attacked|stormed|assaulted|besieged|raided)\s+(?:the\s+|a\s+)?(?:\w+\s+){{0,2}}?"
    rf"(?:{_FORCES_POST}|{_FORCES_NOUN})\b", re.IGNORECASE)
# a demonstration's crowd that clashed ("protesters clashed with police", "clashes erupted with security forces",
# "clashes between protesters and police"; not "no clashes reported", "following clashes in Kidal"): a violent
# demonstration (ACLED codes 38 of the 41 Sahel notes with a protest and a clash so; the three: no clash, or one before)
_PROTEST_CLASH = re.compile(r"(?<!\bno )(?<!\bfollowing )(?<!\bafter )(?<!\bwithout )(?<!\bwithout any )"
                            # (clashes denied, feared or avoided: "passed off without clashes", "no reported
                            # clashes", "deployed to avoid clashes", "amid fears of clashes")
                            r"(?<!\bno reported )(?<!\bno major )(?<!\bno serious )(?<!\bno further )(?<!\bno violent )"
                            r"(?<!\bavoid )(?<!\bprevent )(?<!\bfears of )(?<!\bfear of )(?<!\brisk of )(?<!\bthreat of )"
                            r"\b(?:clash(?:ed|es|ing)|scuffles?|skirmish(?:ed|es)?)\b"
                            r"(?!\s+(?:were|was)\s+(?:not|avoided))", re.IGNORECASE)


_PEOPLES_SIDES = re.compile(r"\b(?:farmers|herders|herdsmen|pastoralists|agro-?pastoralists|agriculturalists|nomad\w*|"
                            r"villagers|clans?|tribes?|(?:inter|intra)-?communal|inter-?ethnic)\b|" + _LIVELIHOOD_PAIR,
                            re.IGNORECASE)
_CLASHED = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|fighting|confrontations?)\b", re.IGNORECASE)


# people hurt or a fight, in a crowd's happening
_CROWD_HARM = re.compile(r"\b(?:attacked|assaulted|beat|beaten|clashed|fought|stabbed|machetes?|"
                         r"(?:riots?|clash(?:es)?|fighting|violence|brawls?|fights?)\s+(?:\w+\s+){0,2}?between)\b",
                         re.IGNORECASE)
# the authorities a crowd may have faced: what makes its violence a demonstration's
_AUTHORITIES = re.compile(r"\b(?:customs|security|(?:sub-?)?prefects?|governors?|mayors?|authorities|officials?|"
                          r"parliament|national assembly)\b", re.IGNORECASE)


# a crowd that wrecked a seat of the state: "youths ransacked the police station", "residents burned the town hall",
# "set fire to the gendarmerie", "the prefecture was vandalised" (ACLED: a violent demonstration, its anger at the
# state, not a mob's; Sahel files, riots that tell it: 28 of 31); not "attacked" alone (a mob that storms a post to
# free a man held there), nor an armed group's or a party's headquarters
_STATE_SEAT = (r"(?:police\s+(?:stations?|posts?|offices?|headquarters)|gendarmerie(?:\s+(?:brigade|post|station)s?)?|"
               r"commissariats?|town\s+halls?|city\s+halls?|mayor'?s?\s+office|mairie|prefecture|high\s+commission\w*|"
               r"governorate|governor'?s\s+office|court\s*houses?|courts?|tribunals?|customs\s+(?:posts?|offices?)|"
               r"(?:local\s+)?(?:electoral|CENI)\s+(?:\w+\s+)?offices?|offices?\s+of\s+the\s+(?:\w+\s+){0,4}?"
               r"(?:electoral\s+commission|CENI))")
_WRECKED = (r"(?:ransack\w*|burn(?:ed|t|ing)|torch\w*|set\s+fire\s+to|set\s+ablaze|vandali[sz]\w*|loot\w*|"
            r"destroy\w*|sacked|stoned|pelted|smash\w*)")
_CROWD_HIT_SEAT = re.compile(
    rf"\b{_WRECKED}\s+(?:and\s+{_WRECKED}\s+)?(?:\w+\s+){{0,3}}?{_STATE_SEAT}\b"
    rf"|\b{_STATE_SEAT}\s+(?:[\w,'-]+\s+){{0,6}}?(?:was|were)\s+(?:\w+\s+)?"
    r"(?:ransack\w*|burn(?:ed|t)|torched|set\s+on\s+fire|set\s+ablaze|vandali[sz]ed|looted|destroyed|sacked|stoned)\b",
    re.IGNORECASE)
# ... unless the crowd is told a mob: "an angry mob ransacked the police station", "lynched"
_MOB_TOLD = re.compile(r"\b(?:an?|the)\s+(?:\w+\s+)?mobs?\b(?!\s+justice)|\blynch\w*", re.IGNORECASE)


# strikers, whose stoppage is their demonstration: "striking students assaulted two teachers", "teachers on strike
# ransacked the office" (Sahel files, riots by strikers: 8 of 9 violent demonstrations)
_STRIKERS = re.compile(r"\b(?:striking|strikers|on\s+strike)\b", re.IGNORECASE)


def _demonstration_told(text: str) -> bool:
    """Whether the text tells a demonstration (`_DEMONSTRATION`) or strikers, whose stoppage is theirs."""
    return _DEMONSTRATION.search(text) is not None or _STRIKERS.search(text) is not None


def _hit_state_seat(text: str) -> bool:
    """Whether a crowd's violence wrecked a seat of the state, with no mob told (a violent demonstration)."""
    return _CROWD_HIT_SEAT.search(text) is not None and _MOB_TOLD.search(text) is None


# people hurt, told without a count: "several injuries on both sides", "injuries reported", "ten people were injured"
_INJURIES = re.compile(r"\b(?:injur(?:ies|ed|ing)|wounded|wounding)\b", re.IGNORECASE)


# ... laid on the forces: "were wounded when policemen chased them", "injured as soldiers fired"
_HURT_BY_FORCES_AFTER = re.compile(r"[^.;]{0,40}?\b(?:by|when|as|after|while)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                   r"(?:police\w*|soldiers?|troops|army|military|gendarm\w*|security forces|guards?)\b",
                                   re.IGNORECASE)


# ... or the crowd alone hurt, by the forces that dispersed it: "two students were injured", "several protesters
# wounded" (an intervention, or the forces' excessive force)
_CROWD_HURT_BEFORE = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|students|pupils|strikers|"
                                r"protester|protestor|demonstrator|marcher|student|pupil|striker)\s+"
                                r"(?:(?:was|were|had\s+been|have\s+been|has\s+been|reportedly|also|seriously|"
                                r"slightly)\s+){0,2}$", re.IGNORECASE)


def _injuries_told(text: str) -> bool:
    """Whether the text tells people hurt, not as what the crowd protests ("protested the wounding of a pupil"), nor
    as none ("no injuries were reported", "without injuring anyone"), nor by the forces ("wounded when policemen
    chased them": the forces' own force), nor the crowd alone ("two students were injured")."""
    return any(not _NOT_DONE_BEFORE.search(text, max(0, m.start() - 20), m.start())
               and not _NOBODY_BEFORE.search(text, max(0, m.start() - 60), m.start())
               and not _PROTESTED_CAUSE.search(text, max(0, m.start() - 60), m.start())
               and not _HURT_BY_FORCES_AFTER.match(text, m.end())
               and not _CROWD_HURT_BEFORE.search(text, max(0, m.start() - 60), m.start())
               and not _FORCES_DEED_INJURING.search(text, max(0, m.start() - 160), m.start())
               for m in _INJURIES.finditer(text))


# the forces' own deed hurting people, told by its participle: "police fired tear gas to disperse them, injuring three"
_FORCES_DEED_INJURING = re.compile(r"\b(?:police\w*|gendarm\w*|soldiers|troops|security forces)\s+"
                                   r"(?:(?:had|have|then|later|also|\w+ly)\s+){0,2}"
                                   r"(?:fired|used|dispersed|charged|beat|shot|opened)\b[^.;]{0,100},\s*$", re.IGNORECASE)


def _crowd_sub_type(article: Article, draft: _Draft, text: str, ev: Event) -> None:
    """ACLED's sub-type of a demonstration from what happened to the crowd: peaceful protesters killed or shot by
    the forces that faced them ("Excessive force against protesters"); dispersed, tear-gassed or arrested
    ("Protest with intervention"); a mob with no demonstration ("Mob violence")."""
    sub, rx = None, None
    if ev.event_type == "Protests":
        # (the forces by their noun too: "killed by soldiers" in a text that names no country)
        state_side = ev.inter2 == 1 or any(a.inter == 1 and a.sentence in draft.sentences for a in article.actors) \
            or _STATE_FORCES.search(text) is not None
        if _EXCESSIVE.search(text) and state_side and (ev.fatalities or 0) + (ev.wounded or 0) > 0:
            sub, rx = "Excessive force against protesters", _EXCESSIVE
        elif any(not _PROTESTED_CAUSE.search(text, max(0, b.start() - 60), b.start())
                 and not _FEARED_BEFORE.search(text, max(0, b.start() - 40), b.start()) for b in _BRUTAL.finditer(text)):
            # "violently repressed", "excessive violence" (not what the crowd protests: "protested following the
            # violent repression in Gao"; nor what is only feared: "feared a violent response, but none came")
            sub, rx = "Excessive force against protesters", _BRUTAL
        elif _SHOT_IN_CROWD.search(text) and state_side:
            sub, rx = "Excessive force against protesters", _SHOT_IN_CROWD  # "police shot a protester", no count
        elif _FIRED_ON_CROWD.search(text):
            sub, rx = "Excessive force against protesters", _FIRED_ON_CROWD  # "gunmen opened fire on protesters"
        elif _ATTACKED_CROWD.search(text) and _HURT_TOLD.search(text):
            sub, rx = "Excessive force against protesters", _ATTACKED_CROWD  # "attacked protesting students, injuring"
        elif _intervened(text):
            sub, rx = "Protest with intervention", _INTERVENTION
        if sub is not None and sub.startswith("Excessive"):
            ev.civilian_targeting = "Civilian targeting"
    elif ev.sub_event_type == "Violent demonstration" and _hit_state_seat(text):
        return  # "youths ransacked the police station": the state's seat wrecked, a demonstration's violence
    elif ev.sub_event_type == "Violent demonstration" and not _demonstration_told(text):
        if _MOB.search(text):
            sub, rx = "Mob violence", _MOB
        elif _CROWD_DEED.search(text):
            sub, rx = "Mob violence", _CROWD_DEED
        elif not _GATHERING.search(text) and _CROWD_HARM.search(text) and not _STATE_FORCES.search(text) \
                and not _AUTHORITIES.search(text):
            # a crowd that attacked, beat or fought people, with no demonstration and no forces or authorities
            # facing it ("villagers armed with sticks attacked and wounded a fisherman", "riots broke out between
            # supporters of two villages"): a mob (whole Sahel files: 50 of 55 such riots are Mob violence)
            sub, rx = "Mob violence", _CROWD_HARM
    if sub is None or rx is None:
        return
    ev.sub_event_type = sub
    _evidence_of_words(article, draft, ev, rx, "sub_event_type", sub, f"crowd:{sub.split()[0].lower()}")


# the forces a crowd faced, by their noun alone: "police fired tear gas", "the gendarmes intervened" (not the army or
# the military, named more often as a place: "gathered at the army headquarters")
_CROWD_FORCES_NOUN = re.compile(r"\b(?:police\w*|gendarm\w*|security forces|forces of (?:law and )?order|"
                                r"anti-?riot (?:police|forces|units?)|riot police)\b", re.IGNORECASE)


def _crowd_forces(article: Article, draft: _Draft, ev: Event, text: str, matcher: ActorMatcher,
                  country: str | None) -> ActorMention | None:
    """The forces that acted on a crowd, when its sub-type says they did (an intervention, excessive force, or a
    violent demonstration they dispersed or arrested) and no second side was chosen: the state's force the event's
    sentences name ("Police forces intervened to remove the protesters": the police; "gendarmes killed two
    marchers": the gendarmerie), else the country's police when the text names them by their noun alone (ACLED codes
    the force a crowd faced as its actor2: "Police Forces of Niger")."""
    if ev.actor2 is not None or _forces_protesting(text):
        return None  # (soldiers who protested are the crowd, not a side facing it)
    if ev.sub_event_type == "Violent demonstration":
        if not _intervened(text):
            return None  # (rioters who burned tyres, no force told acting on them: no second side)
    elif ev.sub_event_type not in ("Protest with intervention", "Excessive force against protesters"):
        return None
    named = next((a for a in article.actors if a.sentence in draft.sentences and a.inter == 1
                  and not a.actor.startswith("Government of") and not _landmark(article, a)
                  and not _force_held(article, a)
                  and (country is None or a.country_code in (None, country))), None)
    if named is not None:
        if named.actor.startswith("Military Forces") and _CROWD_CONTROL.fullmatch(named.text):
            # "security forces dispersed the crowd": the police, as ACLED codes crowd control
            police = matcher.role_actor("police", named.country_code, on=article.published)
            if police is not None:
                return dataclasses.replace(named, actor=police[0], inter=police[1])
        return named
    # (the noun's own words, in the first of the event's sentences that has them: the evidence points at them)
    found = next(((article.sentences[i], m) for i in draft.sentences
                  if (m := _CROWD_FORCES_NOUN.search(article.sentences[i].text)) is not None), None)
    if found is None or country is None:
        return None
    got = matcher.role_actor("police", country, on=article.published)
    if got is None:
        return None
    s, noun = found
    return ActorMention(s.start + noun.start(), s.start + noun.end(), noun.group(0), got[0], got[1], "implied-police",
                        country, s.index)


def _set_actor2(article: Article, ev: Event, actor: str, inter: int, start: int, end: int, rule: str) -> None:
    """The event's second side, the words that name it (its evidence, by `rule`) and the interaction it makes."""
    ev.actor2, ev.inter2 = actor, inter
    ev.evidence.append(_ev(article, "actor2", actor, start, end, rule))
    ev.interaction = _interaction(ev.inter1, ev.inter2)


def _crowd_as_rioters(ev: Event, matcher: ActorMatcher, country: str | None, on: date | None) -> bool:
    """A crowd event's protesters become rioters (inter 6 → 5) once the event is a riot: whether they did."""
    if ev.inter1 != 6:
        return False
    got = matcher.role_actor("rioters", country, on=on)
    if got is not None:
        ev.actor1, ev.inter1 = got
    return got is not None


def _evidence_of_words(article: Article, draft: _Draft, ev: Event, rx: re.Pattern[str], field_: str, value: str,
                       rule: str) -> None:
    """The evidence of a decision: the words `rx` finds, in the first sentence of the draft that has them."""
    for i in draft.sentences:
        st = article.sentences[i]
        hit = rx.search(st.text)
        if hit is not None:
            ev.evidence.append(_ev(article, field_, value, st.start + hit.start(), st.start + hit.end(), rule))
            return


def _learned_type(model: Any, text: str, trig: Trigger, family: str) -> tuple[Trigger, float] | None:
    """The type and sub-type a trained model gives the happening's sentences, when it is confident and the label
    is one the draft's kind of happening can take (a violent draft stays violent or becomes a riot)."""
    from sitrep.coding.learned import MIN_PROBABILITY

    etype, sub, p = model.best(text)
    if p < MIN_PROBABILITY or not sub or (etype, sub) == (trig.event_type, trig.sub_event_type):
        return None
    allowed = {"violence": ("Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"),
               "protest": ("Protests", "Riots")}.get(family, ("Strategic developments",))
    if etype not in allowed:
        return None
    same = next((t for t in TRIGGERS if (t.event_type, t.sub_event_type) == (etype, sub)), None)
    base = same or trig
    return dataclasses.replace(base, event_type=etype, sub_event_type=sub, family=trig.family), p


def _same_coding(a: Event, b: Event) -> bool:
    """Two events of one article told in the same sentence with the same type, sides, place, date and figures."""
    return (a.sentence == b.sentence and a.event_type == b.event_type and a.sub_event_type == b.sub_event_type
            and a.actor1 == b.actor1 and a.actor2 == b.actor2 and a.location == b.location
            and a.event_date == b.event_date and a.fatalities == b.fatalities and a.wounded == b.wounded)


def _source(article: Article) -> Source:
    """The article as an event's source: its id, outlet, URL, date, title and where the user's input had it."""
    return Source(article.id, article.outlet, article.url, article.published, article.title,
                  path=article.path, record_id=article.record_id)


# a harm told in the passive, its victims before it: "they were beaten by soldiers based in the camp" (what follows
# the verb is no target)
_PASSIVE_HARM_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:(?:\w+ly|again|also)\s+)?$",
                                  re.IGNORECASE)


def code_events(article: Article, gaz: Gazetteer, matcher: ActorMatcher | None = None, *,
                type_model: Any = None) -> Article:
    """Fill `article.events`; every field that has a source in the text gets an Evidence. `type_model`: a
    `sitrep.coding.learned.TypeModel` the user trained, consulted on the type of each happening found."""
    matcher = matcher or ActorMatcher.default()
    events: list[Event] = []
    drafts = _drafts(article)
    label = NOTE_LABEL.match(article.text) if article.sentences else None
    if label is not None:
        # a note that states its kind ("Agreement: ...", "Property destruction: ..."): one happening of that kind,
        # told from its first sentence on (a draft of another kind from the same sentence is the same happening)
        head = next((d for d in drafts if d.sentences[0] == 0), None)
        if head is None:
            head = _Draft(NOTE_LABELS[label.group(1).lower()], [0], label.span(1), [])
        drafts = [head] + [d for d in drafts if d.sentences[0] != 0]
    first_violence = next((d for d in drafts if d.trigger.family in ("violence", "protest")), None)
    # one violent happening told: a headline's or lead's toll can be this one's
    alone = sum(1 for d in drafts if d.trigger.family == "violence") == 1
    for n, draft in enumerate(drafts):
        first_violent = draft is first_violence
        text = " ".join(article.sentences[i].text for i in draft.sentences)
        taken_after = False  # the lead's attack on a place typed by the abduction told after it
        if draft.trigger.family == "violence":
            # the lead sentence names the main happening; later sentences add detail ("troops pursued them")
            lead_hits = [(t, sp) for t, sp in _sentence_triggers(article.sentences[draft.sentences[0]])
                         if t.family == "violence"]
            lead = [t for t, _ in lead_hits]
            lead_text = article.sentences[draft.sentences[0]].text
            obj = next((article.text[sp[1]:sp[1] + 50] for t, sp in lead_hits
                        if t.name in ("attack-military", "ambush", "massacre")), None)
            harmed = next((article.text[sp[1]:sp[1] + 50] for t, sp in lead_hits
                           if t.name == "harm" and _ABUSED.match(article.text, sp[0])), None)
            if obj is None and harmed is not None and not _AGENT_FIRST.match(harmed) and not any(
                    t.name == "harm" and _PASSIVE_HARM_BEFORE.search(article.text, max(0, sp[0] - 30), sp[0])
                    for t, sp in lead_hits):
                # the one beaten or tortured, no attack told, is the target, not the soldiers who did it: "soldiers
                # beat a mechanic to death" (someone no force or armed man is a civilian to ACLED)
                obj = harmed if _MILITARY_TARGET.search(harmed) or _ARMED_PEOPLE.search(harmed) \
                    else "civilian " + harmed
            trig = _classify_violence(lead, lead_text, obj) if lead else _classify_violence(draft.kinds, text)
            if trig.name in ("air", "shelling"):
                # the ground fight told after the lead: "The operation began with airstrikes. Soldiers on land then
                # engaged the militants"; or the side shelled that fired back in the next sentence: "Militants
                # launched a rocket attack at the barracks. MINUSMA returned fire." (ACLED: the battle)
                rest = " ".join(article.sentences[i].text for i in draft.sentences[1:])
                nxt = draft.sentences[-1] + 1
                told_next = article.sentences[nxt].text if nxt < len(article.sentences) and \
                    not any(d.sentences[0] == nxt for d in drafts) else ""
                if _ground_fight(rest) or _SHOT_BACK.search(rest) or _SHOT_BACK.search(told_next) or (
                        trig.name == "shelling" and _post_assaulted(rest, text)):
                    trig = _TRIGGER_BY_NAME["ambush"]
            if trig.name == "massacre" and {t.name for t in lead} == {"attack-military"} \
                    and any(t.name == "abduction" for t in draft.kinds):
                # a bare attack on a place in the lead, the people taken told after it ("stormed the village of X.
                # Three men were abducted."): what was done to them decides, as it does in one sentence (ACLED:
                # an abduction unless someone was also killed, hurt or fired on)
                whole = _classify_violence(draft.kinds, text)
                if whole.name == "abduction":
                    trig, taken_after = whole, True
            told = _not_serving_again(article.text)  # (not "the gendarme" after "an off-duty gendarme")
            struck = [told[sp[0]:sp[1]] + _STRUCK_CLAUSE.match(told[sp[1]:sp[1] + 80]).group(0)
                      for t, sp in lead_hits if t.name == "massacre" or (t.name == "attack-military" and
                                                                         _FIRED.match(article.text, sp[0]))]
            # (armed men struck after the killing's verb, or told as its passive subject, unless their own bomb
            # killed them: "two militants were killed while planting an IED" is a disrupted weapons use)
            # (not a former member: "shot dead a former GATIA fighter" struck a civilian, `_former_member`)
            armed_struck = (any(_ARMED_PEOPLE.search(_FORMER_ONE.sub(" ", w)) for w in struck) or not _PREMATURE.search(text) and any(
                _armed_passive(article, sp) for t, sp in lead_hits if t.name == "massacre")) \
                and not any(_CIVILIAN_TARGET.search(_ARMED_NOUN.sub(" ", _NOT_SERVING.sub(" ", w))) for w in struck) \
                and not _IN_CUSTODY.search(text)
            if trig.name == "suicide" and _BOMBER_STOPPED.search(text):
                # a bomber stopped, told after the lead ("Four suicide bombers attacked a convoy ... A fifth attacker
                # was shot before detonating."): the fight with the ones who stopped him
                trig = _TRIGGER_BY_NAME["ambush"]
            if trig.name == "abduction" and any(t.name == "sexual" for t in draft.kinds) \
                    and not _VICTIM_FOUND_DEAD.search(text):
                trig = _TRIGGER_BY_NAME["sexual"]  # "abducted two women ... They were raped": the sexual violence
            elif trig.name == "abduction" and (_VICTIM_FOUND_DEAD.search(text) or _ABUSED.search(text)):
                # "... His body was found two days later", "abducted three civilians, beat and released them": an attack
                trig = _TRIGGER_BY_NAME["massacre"]
            if trig.name == "shelling" and _TARGET_ANSWERED.search(text):
                # the shelled side fired back ("the soldiers responded with rocket fire", "MINUSMA forces responded
                # to the attack"): a fight between two armed sides (ACLED: 6 of 6 such Sahel dev notes a battle)
                trig = _TRIGGER_BY_NAME["ambush"]
            fight_apart = bool(_FIGHT_CODED_APART.search(text))
            if fight_apart and trig.sub_event_type == "Armed clash":
                trig = _TRIGGER_BY_NAME["massacre"]  # (the fight is another event: this one is what was done to people)
        else:
            trig = draft.trigger
            fight_apart = armed_struck = False
        if draft.trigger.family == "protest" and any(t.name == "riot" for t in draft.kinds):
            trig = _TRIGGER_BY_NAME["riot"]
        if trig.family == "looting" and (_PEOPLE_THREATENED.search(text) and any(
                a.sentence in draft.sentences and a.inter in (2, 3, 4) for a in article.actors)
                or _VEHICLE_BURNED.search(text) and any(a.sentence in draft.sentences and a.inter in (2, 3, 4)
                                                        and not _by_unnamed(a) for a in article.actors)):
            # armed men who looted and fired shots, beat, tied up or intimidated people attacked them (ACLED: Attack);
            # so did a named group that burned the vehicles people drove
            trig = _TRIGGER_BY_NAME["massacre"]
        crowd_damage = _CROWD_DAMAGE.search(text) if trig.family == "looting" else None
        if crowd_damage is not None and not any(
                a.sentence in draft.sentences and a.inter in (1, 2, 3, 4) for a in article.actors):
            trig = _TRIGGER_BY_NAME["riot"]  # "youths burned a bar", "residents ransacked the gendarmerie": a crowd's
        else:
            crowd_damage = None
        if trig.family == "arrests" and (_VICTIM_FOUND_DEAD.search(text) or _EXECUTED.search(text)
                                         or re.search(r"\b(?:and|then|later|before)\s+(?:summarily\s+)?executed\b", text)):
            trig = _TRIGGER_BY_NAME["massacre"]  # arrested, then killed: "their bodies were later found in a mass grave"
        elif trig.family == "arrests" and (_abused_in_custody(text) or _DIED_OF_INJURIES.search(text)):
            # arrested and tortured, beaten, burned alive or executed: ACLED codes the violence done to the detained
            # (an attack), as it codes people abducted and beaten ("soldiers arrested three men and burned them alive",
            # "a man arrested ... was subjected to severe torture", "released after being caned")
            trig = _TRIGGER_BY_NAME["massacre"]
        crowd_fight = crowd_damage.group(0).split()[0] if crowd_damage is not None else None
        communal_battle = False
        if draft.trigger.family == "violence" and trig.sub_event_type in ("Armed clash", "Attack",
                                                                          "Abduction/forced disappearance"):
            crowd_fight = _crowd_fight(article, draft, text, matcher)
            if crowd_fight is not None:
                trig = _TRIGGER_BY_NAME["riot"]  # a crowd's violence, or two crowds fighting, unarmed: a riot
            elif _deadly_communal_fight(article, draft, text):
                trig = _TRIGGER_BY_NAME["ambush"]  # communities fought to the death: their militias' battle
                communal_battle = True
        rule = f"trigger:{trig.name}"
        # (a labelled note's happening is told as the text tells it, sides and all; the label gives its type last)
        labelled = label is not None and draft.sentences[0] == 0
        learned = _learned_type(type_model, text, trig, draft.trigger.family) \
            if type_model is not None and not labelled else None
        if learned is not None:
            trig, p = learned
            rule = f"model:{p:.2f}:{rule}"  # the trained model's label, on the happening the trigger found
        ev = Event(event_type=trig.event_type, sub_event_type=trig.sub_event_type,
                   disorder_type=disorder_type_of(trig.event_type), article_id=article.id,
                   sentence=draft.sentences[0])
        ev.evidence.append(_ev(article, "event_type", f"{trig.event_type} / {trig.sub_event_type}",
                               draft.trigger_span[0], draft.trigger_span[1], rule))
        if taken_after and trig.name == "abduction":
            _evidence_of_words(article, dataclasses.replace(draft, sentences=draft.sentences[1:]), ev,
                               trig.pattern, "event_type", f"{trig.event_type} / {trig.sub_event_type}",
                               "trigger:abduction:told-after-attack")
        if trig.event_type == "Violence against civilians":
            ev.civilian_targeting = "Civilian targeting"
        revoked = bool(REVOKE.search(text)) if trig.family == "agreement" else False
        announced = bool(_FUTURE.search(text) or re.search(r"\bagreed to|announced|must\b", text)) and not \
            _PAST_DONE.search(text)
        ev.plover_category, ev.plover_mode = plover_of(trig, announced=announced, revoked=revoked)

        # when
        # (a note labelled with a kind of another family, "Agreement: ... released the woman they kidnapped in
        # January": the trigger word is the past of the people the event is about, not the event's own word)
        foreign = labelled and label is not None and NOTE_LABELS[label.group(1).lower()].family != draft.trigger.family
        dm, report_only = _event_date(article, draft, foreign_trigger=foreign)
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
            # a claim's or a report's day stands for the event, at week precision, as ACLED codes "as reported"
            # (and as undated violence takes the publication day below); a range of the text's own: its middle
            # (days the text names as a span, "between 26 and 28 April": ACLED codes the first day, or the report's
            # day where the span holds it, see below); a night told only as "overnight", or by weekdays that end on
            # the report's day, is the one that ended on the report's day, and ACLED dates it on that day (its notes'
            # "attacked overnight" carry the report's date)
            night_before = not report_only and _night_before_report(dm, article.published)
            if night_before:
                de = ev.date_end = ds + timedelta(days=1)  # "on Sunday night": the night runs into the report's day
            runs_to_report = dm.rule in _RUNS_TO_REPORT_RULES and de == article.published
            ev.event_date = de if report_only or night_before or runs_to_report or dm.rule in _NIGHT_BEFORE_RULES else (
                ds if ds == de or dm.rule.startswith("day-range") else ds + (de - ds) / 2)
            if not report_only and ds.day == 1 and (de + timedelta(days=1)).day == 1 and ds.month == de.month:
                ev.event_date = ds.replace(day=15)  # a whole month ("in July"): its 15th, as ACLED dates one
            if not report_only and article.published is not None and (
                    _span_holds_report_day(dm, ds, de, article.published)
                    or (_names_days(dm) and _day_list_holds_report_day(article, dm))):
                # a span of named days that holds the report's day ("between 26 and 28 April" told on the 27th,
                # "on Tuesday and Wednesday" told on the Wednesday), or a list of days that reaches it ("on Monday,
                # Tuesday and Wednesday"): the report's day is one of the happening's own days, the latest it has
                # reached, and the day ACLED's day-by-day rows of a span carry
                ev.event_date = article.published
                ev.date_end = max(ev.date_end or article.published, article.published)
            if article.published is not None and ev.date_end is not None and ev.date_end > article.published:
                # a happening told has not outlasted its report: "this week", told on a Tuesday, is on or before
                # that Tuesday, not the week's Thursday
                ev.date_end = max(ds, article.published)
                ev.event_date = min(ev.event_date, ev.date_end)
            ev.date_phrase = dm.text
        elif article.published is not None:
            ev.date_start, ev.date_end = article.published - timedelta(days=6), article.published
            # no day in the text: the report is the only anchor. News tells undated violence on or just
            # before its publication, so the report day stands for the event, at week precision
            ev.event_date, ev.time_precision = article.published, 2
            ev.date_phrase = None
            ev.evidence.append(Evidence(field="event_date", value=f"on or before {article.published}",
                                        article_id=article.id, sentence=-1, start=-1, end=-1,
                                        text=f"published {article.published}", rule="date:published"))
        # where, then who (unnamed actors take the country of the place)
        place = _event_place(article, draft, gaz)
        if place is not None and place.feature == "place" and place.context not in ("coded", "hierarchy") \
                and (own := _village_people_country(article, place, matcher)) is not None \
                and own != place.country_code:
            # "the Dogon village of Lema": a village of a people who live in one country lies there; a namesake
            # abroad (Léma, Ivory Coast) is not it: the people's region, else their country
            place = _actor_region(article, draft, (None, None), own, matcher, gaz) or \
                _reference_country(dataclasses.replace(place, country_code=own), gaz) or place
        cc, led = _story_country(article, place, matcher, gaz.focus, gaz)
        spelled = False
        if place is None and cc is None and trig.family in _SCENE_FAMILIES \
                and (named := _unknown_place(article, draft)) is not None and not gaz.lookup(named[2]) \
                and (guess := country_from_spelling(gaz, named[2])) is not None:
            # a village no gazetteer knows, in a text that names no country, place, nation or group of one: the
            # country its name is spelled like ("gunmen killed a herder in Tinkarabougou": Bambara "-bougou",
            # Mali), for the actors' and victims' country only; never its point or unit (`_actor_region`)
            cc, spelled = guess[0], True
            led = (cc, named[2], named[0], named[1], f"country:name-spelling:n-gram-model-of-gazetteer-names:p={guess[1]:.2f}")
            # the state's forces named by a bare noun had no country to be named by when the actors were read
            # ("clashes between police and rioters at a mine in Pelegtanga"): read again with that country
            article.actors = _forces_read_again(article, matcher, cc)
        a1, a2 = _event_actors(article, draft, trig)
        a1 = _group_named_before(article, draft, a1, a2)
        # someone shot for not stopping at a force's order, the shooter unnamed: the force whose post or order it was
        # fired, and the one shot is its victim, no armed side ("a man was shot dead at the entrance of the military
        # camp after he failed to stop", "a motorist who refused to stop at the gendarmerie checkpoint was shot")
        not_stopped = trig.name == "massacre" and _shot_for_not_stopping(text)
        if not_stopped and (a1 is None or a1.inter in (2, 3, 4) and a1.actor.startswith("Unidentified")):
            force = next((m for m in article.actors if m.sentence in draft.sentences and m.inter in (1, 8)
                          and not _police_source(article, m)), None)
            if force is not None:
                a1, a2 = force, None
        if communal_battle:
            # each side is a community's militia the text does not name: "Unidentified Communal Militia (Niger)"
            # (the peoples the text names replace them below: "clashes between Lobi and Dogosse")
            span = draft.trigger_span
            a1 = _role(matcher, "communal-militia", cc, article, article.text[slice(*span)], *span) or a1
            a2 = _role(matcher, "communal-militia", cc, article, article.text[slice(*span)], *span) or a2
            two = _two_places_fight(text)
            if two is not None and a1 is not None and a2 is not None and a1.actor == a2.actor \
                    and a1.actor.startswith("Unidentified Communal Militia"):
                # the people of two places who fought: each place's militia, as ACLED names them ("youths from
                # Koumbara clashed with villagers from Sanwara": Koumbara / Sanwara Communal Militia (X))
                rest = a1.actor[len("Unidentified "):]
                a1 = dataclasses.replace(a1, actor=f"{two.group('one')} {rest}")
                a2 = dataclasses.replace(a2, actor=f"{two.group('two')} {rest}")
            families = _family_sides(text, article, draft.sentences)
            if families is not None and a1 is not None and a2 is not None and a1.actor == a2.actor \
                    and a1.actor.startswith("Unidentified Communal Militia"):
                # families that fought each other (or two factions of one): each family's clan militia, as ACLED
                # names them ("clashes between two factions of the Ouare family": Ouare Clan Militia (X), twice)
                country = a1.actor[len("Unidentified Communal Militia"):]
                a1 = dataclasses.replace(a1, actor=f"{families[0]} Clan Militia{country}")
                a2 = dataclasses.replace(a2, actor=f"{families[1]} Clan Militia{country}")
            places = _places_people(text) if two is None else None
            if places is not None and a1 is not None and a2 is not None and a1.actor == a2.actor \
                    and a1.actor.startswith("Unidentified Communal Militia"):
                # the people of two places, each told in its own sentence ("villagers from Boundo attacked fishermen
                # near Ngara. Villagers from Ngara responded"): each place's militia, the first told first
                rest = a1.actor[len("Unidentified "):]
                a1 = dataclasses.replace(a1, actor=f"{places[0]} {rest}")
                a2 = dataclasses.replace(a2, actor=f"{places[1]} {rest}")
        if a1 is not None and a2 is not None:
            joined = _either(article, a1, matcher, ev.event_date, cc)
            if joined is not a1 and (a1.end <= a2.start and a2.end <= joined.end or a2.actor == joined.actor):
                # "ISGS or JNIM militants attacked ...": one side the source cannot name, not two (nor its men named
                # again, "the militants burned a school"); the other side is the next armed one the sentence names
                # ("... ambushed volunteer fighters (VDP)"), if any
                a2 = _armed_other_side(article, draft, joined, None) if trig.family == "violence" else None
        one_sided = False
        counts = _casualties(article, draft.sentences) if trig.family in ("violence", "protest") else []
        if trig.event_type in ("Protests", "Riots"):
            counts = [c for c in counts if not _answered_death(article, c)]
        lone = a2 is not None and a1 is not None and a1.inter in (2, 3, 4) and _lone_leader(article, a2)
        if learned is None and trig.event_type == "Battles" and (a2 is None or lone) \
                and not (a1 is not None and a1.inter == 7) and trig.name not in ("takeover", "retake") and not (communal_battle and _BETWEEN_SIDES.search(text)) \
                and not _MILITARY_TARGET.search(_without(article, draft, a1)) and not _TWO_SIDED.search(text) \
                and not _BOMBER_STOPPED.search(text) \
                and not armed_struck and not (trig.name == "ambush" and _ARMED_TAKEN.search(text)):
            # (someone stopped the bomber: a fight; armed men struck or taken, their side named or not: "opened fire
            # against suspected ISWAP militants", "abducted a MOC officer")
            # a battle needs a second armed side; with none named, the other side are the victims
            # ("gunmen attacked and wounded two merchants", "soldiers shot dead two individuals")
            # (so is one group's officer told alone: "opened fire against a CMA official" attacks a civilian)
            trig = _retype(ev, _ONE_SIDED, announced, revoked)
            one_sided = True
        a1, a2 = _either(article, a1, matcher, ev.event_date, cc), _either(article, a2, matcher, ev.event_date, cc)
        if trig.event_type == "Battles" and a2 is None and a1 is not None and a1.inter != 1:
            # the state's forces named by their post ("attacked a police position", "the gendarmerie in Siniena",
            # "an army base"): the other side is that force of the event's country
            a2 = _state_target(article, draft, matcher, cc) or a2
        civilians_named = a2 is not None and a2.inter == 7  # "killed 6 civilians described as partisans"
        a1, a2 = _default_actors(article, draft, trig, a1, a2, cc, matcher, gaz.focus)
        if learned is None and trig.event_type == "Battles" and not communal_battle and a1 is not None \
                and a1.inter in (2, 3, 4):
            a2 = _village_side(article, draft, a1, a2, place, cc, matcher)
        claimant = _claimant(article, draft) if trig.family == "violence" else None
        if claimant is not None and (a1 is None or a1.actor.startswith("Unidentified")) \
                and (a2 is None or claimant.actor != a2.actor):
            # attackers the happening's sentences do not name, that a claim right after names: "Complex ambush
            # against a Malian army convoy near Hombori ... Claimed by JNIM on January 30."
            a1 = claimant
        elif claimant is not None and a2 is not None and claimant.actor == a2.actor \
                and (a1 is None or a1.actor != claimant.actor):
            # the group that claims it did it, read as the side attacked: the doer, and the side attacked the forces
            # (or the named group) the other side was ("National guard camp in Menaka attacked ... JNIM claimed the
            # attack": JNIM v. the forces; "a MINUSMA vehicle was struck by an IED ... JNIM claimed responsibility")
            force = next((m for m in article.actors if m.sentence in draft.sentences and m.inter in (1, 8)
                          and not _landmark(article, m)), None)
            if a1 is not None and a1.inter in (2, 3, 4) and _named_side(a1):
                # a named group the sentence makes the doer keeps it, and the forces it fought are the other side
                # ("ISGS militants clashed with French forces ... ISWAP claimed responsibility": ISGS v. the French;
                # "JNIM and ISGS militants clashed ... ISGS claimed responsibility": JNIM v. ISGS, as it was)
                # (a claimant named only in the claim's sentence, with no force beside it, is no side that was
                # struck: "ISGS militants killed seven members of the X community. ISWAP claimed responsibility")
                in_lead = any(m.actor == claimant.actor and m.sentence == draft.sentences[0] for m in article.actors)
                a2 = force or (a2 if in_lead else None)
            else:
                a1, a2 = claimant, force if force is not None else a1 if a1 is not None and _named_side(a1) else None
        else:
            claimant = None
        sides = _communal_sides(article, draft, matcher, cc) \
            if learned is None and trig.family in ("violence", "protest") and trig.event_type != "Protests" else None
        if sides is not None:
            # peoples fighting each other ("clashes between Fulani and Dogons in Dioungani"): a battle of their
            # militias, whatever the words for it (ACLED)
            a1, a2 = sides
            if trig.event_type != "Battles":
                trig = _retype(ev, _by_name("ambush"), announced, revoked)
            civilians_named = one_sided = False
        # (a captive killed was no fighter when he died: "abducted a HCUA commander ... the abductee was subsequently
        # executed" is an attack on a defenceless man, as ACLED codes it, whatever side he belonged to)
        captive_harmed = trig.family == "violence" and _CAPTIVE_KILLED.search(text) is not None
        # (so were people held and tortured: "soldiers carried out torture on three prisoners of war", "arrested two
        # youths on suspicion of being militants ... signs of torture": an attack on the defenceless, ACLED's
        # violence against civilians, whatever side they were said to be on)
        captive_harmed = captive_harmed or (trig.family == "violence" and _HELD.search(text) is not None
                                            and _abused_in_custody(text, only=_TORTURE))
        if learned is None and not one_sided and not civilians_named and not fight_apart and not captive_harmed \
                and not not_stopped \
                and trig.event_type == "Violence against civilians" and trig.sub_event_type == "Attack" and a1 is not None:
            other = _armed_other_side(article, draft, a1, a2)
            if other is not None:
                # the victims were armed ("killed five Dan Na Ambassagou militiamen", "stabbed a soldier", "village
                # self-defence responded"): ACLED codes a fight with an armed side as a battle
                trig = _retype(ev, _by_name("ambush"), announced, revoked)
                a2 = other
        if learned is None and trig.family == "violence" and ev.event_type == "Violence against civilians" and \
                ev.sub_event_type in ("Attack", "Abduction/forced disappearance") and not fight_apart \
                and not captive_harmed and not not_stopped:
            armed, other = _armed_victims(article, draft, a1, counts, place, cc, matcher)
            if not armed and ev.sub_event_type == "Attack":
                other = _local_defenders(article, draft, a1, place, cc, matcher)
                armed = other is not None
            if armed and (a1 is None or other is None or other.actor != a1.actor):
                # the other side was armed: soldiers or militiamen among the victims, villagers who fought back
                # ("killed a customs officer", "village self-defence repelled the attack"): ACLED codes a battle
                trig = _retype(ev, _by_name("ambush"), announced, revoked)
                lead = article.sentences[draft.sentences[0]]
                if a1 is not None and other is not None and other.sentence == lead.index and other.start < a1.start \
                        and other.kind == "identity-militia" and any(c.side == "attackers" for c in counts):
                    a1, a2 = other, a1  # "villagers in Kiki killed three militants": the villagers struck
                elif other is not None or (a2 is not None and a2.inter == 7):
                    a2 = other
                if a1 is None:
                    a1 = _role(matcher, "armed-group", cc, article, article.text[slice(*draft.trigger_span)],
                               *draft.trigger_span)
        if learned is None and trig.family == "violence" and ev.event_type == "Violence against civilians" and \
                ev.sub_event_type == "Attack" and _SHOT_BACK.search(text) and not fight_apart:
            # the attacked shot back ("his guard returned fire", "the two groups exchanged gunfire"): two armed sides
            # fought, a battle (ACLED), whoever the text names on the other side
            trig = _retype(ev, _by_name("ambush"), announced, revoked)
            other = next((m for m in article.actors if m.sentence in draft.sentences and m.inter in (1, 2, 3, 4, 8)
                          and (a1 is None or m.actor != a1.actor)), None)
            a2 = _either(article, other, matcher, ev.event_date, cc) if other is not None else None
        repulser = _repulsing_side(article, draft, a1) if learned is None and trig.family == "violence" and \
            ev.event_type == "Violence against civilians" and ev.sub_event_type == "Attack" and not fight_apart else None
        if repulser is not None:
            # an armed side turned the attack back ("Dogon militiamen repelled the attack", "the volunteer fighters
            # repulsed the assault") or escorted its targets: two armed sides fought, a battle (ACLED: 86 of 89 such
            # notes in the Sahel files)
            trig = _retype(ev, _by_name("ambush"), announced, revoked)
            a2 = _either(article, repulser, matcher, ev.event_date, cc)
        if learned is None and trig.family == "violence" and a1 is not None and not fight_apart and \
                ((ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack") or
                 (ev.event_type == "Battles" and a2 is None)) and _comrades_struck(article, draft, a1):
            # a soldier or fighter who turned his weapon on his own side ("a soldier shot dead two colleagues", "a
            # peacekeeper opened fire on his colleagues", "a militiaman killed his brother in arms"): the victims
            # were armed men of the same force, a battle within it (ACLED: the force on both sides)
            trig = _retype(ev, _by_name("ambush"), announced, revoked)
            a2 = a1
        if learned is None and armed_struck and not captive_harmed and ev.event_type == "Violence against civilians" \
                and ev.sub_event_type == "Attack" and not fight_apart:
            # armed men the killing or the shooting struck, named in its clause ("soldiers killed the leader of a
            # small militant group in the village of X"), that no rule above made the other side: a battle, the
            # struck an armed group
            trig = _retype(ev, _by_name("ambush"), announced, revoked)
            if a2 is None or a2.inter == 7:
                # (the armed side the sentences name, other than the doer, or an armed group unnamed)
                sides = (_either(article, m, matcher, ev.event_date, cc) for m in article.actors
                         if m.sentence in draft.sentences and m.inter in (1, 2, 3, 4)
                         and (a1 is None or not (a1.start <= m.start < a1.end or m.start <= a1.start < m.end)))
                a2 = next((m for m in sides if a1 is None or m.actor != a1.actor), None) or _role(
                    matcher, "armed-group", cc, article, article.text[slice(*draft.trigger_span)], *draft.trigger_span)
        if learned is None and trig.family == "violence" and _PREMATURE.search(text):
            # "an IED exploded while being planted", "the rocket launch failed": ACLED's disrupted weapons use
            # (the type only: the dead, their own fighters, are still counted)
            _retype(ev, _WEAPONS_DISRUPTED, announced, revoked)
            _evidence_of_words(article, draft, ev, _PREMATURE, "event_type", f"{ev.event_type} / {ev.sub_event_type}",
                               "trigger:weapons:premature")
            if a2 is not None and a1 is not None and a1.inter in (2, 3, 4) and not a1.kind.startswith("implied-") \
                    and (a2.inter == 7 or a2.inter in (1, 8) and not _LAUNCHED.search(text)):
                # the device killed the armed men who made it: no civilians were struck, and the post it was planted
                # near was not attacked ("militants planting a mine near the police station were killed when it went
                # off": no second side, as ACLED codes 4 of 5 such notes in the Sahel files); a failed launch still
                # had its target, and a deminer killed handling a mine is a civilian struck
                a2 = None
        if learned is None and trig.name in ("takeover", "retake"):
            # who took it decides: the state's forces take a town back ("the army took control of Boni"), anyone
            # else overtakes it
            if a1 is not None and a1.inter in (1, 8) and not a1.actor.startswith("Mutiny of"):
                trig = _by_name("retake")  # (mutineers taking towns overtake them, as ACLED codes it)
            elif trig.name == "retake" and a2 is not None and a2.inter in (1, 8):
                a1, a2 = a2, a1  # "Boni was retaken by the army from the militants"
            elif trig.name == "retake" and a1 is None:
                pass  # "Government regained territory taken by mutinous soldiers": no one else to have taken it
            else:
                trig = _by_name("takeover")
            after = draft.sentences[-1] + 1  # (or the sentence right after says so: "No clashes were reported.")
            if _NO_FIGHT.search(text) or (after < len(article.sentences) and _NO_FIGHT.match(
                    article.sentences[after].text, _THERE_WAS.match(article.sentences[after].text).end())):
                trig = TRANSFER  # handed over or taken without a fight
            elif _CONTROL_TAKEN.search(article.text, *draft.trigger_span) \
                    and not _TAKEN_FROM.match(article.text, draft.trigger_span[1]) \
                    and not _ARMED_INTERACTION.search(text) and not any(c.what in ("killed", "wounded") for c in counts):
                # control taken or a place retaken with no fighting, shot or casualty told, and no side it was taken
                # from ("Malian troops regain control of X, held by Islamists since 5 February", "militants took
                # control of the village and raised a black banner"): ACLED's battle sub-types need armed
                # interaction; a place acquired without it is a non-violent transfer (not "captured", "overtook",
                # "seized X from the MNLA": ACLED codes those as taken by force)
                trig = TRANSFER
            trig = _retype(ev, trig, announced, revoked)
        if learned is None and trig.family == "violence" and ev.event_type == "Violence against civilians" and \
                ev.sub_event_type == "Attack" and a1 is not None and a1.inter in (1, 8) and \
                _militants_struck(article, draft, counts, text):
            # the state's forces killed militants: a battle with the militants' group ("the army killed 30 Boko
            # Haram members", "a military operation neutralised ten terrorists", "eliminated a number of militants")
            other = next((m for m in article.actors if m.sentence in draft.sentences and m.inter in (2, 3)
                          and m.actor != a1.actor), None) or _role(matcher, "armed-group", cc, article,
                                                                  article.text[slice(*draft.trigger_span)],
                                                                  *draft.trigger_span)
            trig = _retype(ev, _by_name("ambush"), announced, revoked)
            a2 = _either(article, other, matcher, ev.event_date, cc) if other is not None else a2
        if learned is None and ev.sub_event_type == "Arrests" and a1 is not None and a1.inter in (2, 3) and \
                (a2 is None or a2.inter == 7) and _armed_group_detained(article, draft, a1, text):
            # a rebel or militant group that detained people ("ISGS militants tied up and detained all men in the
            # hamlet", "unknown gunmen ... detained villagers"): arrests are the state's; an armed group's are
            # abductions, as ACLED codes them
            trig = _retype(ev, _by_name("abduction"), announced, revoked)
            _evidence_of_words(article, draft, ev, _DETAINED, "sub_event_type", ev.sub_event_type,
                               "trigger:abduction:detained-by-armed-group")
        if learned is None and ev.sub_event_type == "Arrests" and _HELD_BY_CROWD.search(text):
            # people seized by the people of a place, no force named as doing it ("three Boko Haram members were
            # captured by villagers", "residents caught two thieves and handed them to the police"): arrests are the
            # state's; ACLED codes the crowd's seizing as mob violence, rioters against those seized
            trig = _retype(ev, dataclasses.replace(_TRIGGER_BY_NAME["riot"], sub_event_type="Mob violence"),
                           announced, revoked)
            _evidence_of_words(article, draft, ev, _HELD_BY_CROWD, "event_type", "Riots / Mob violence",
                               "crowd:seized-people")
            got = matcher.role_actor("rioters", next((m.country_code for m in (a1, a2) if m is not None
                                                      and m.country_code), None) or cc, on=article.published)
            if got is not None:
                # (the seized side, named by the passive as actor1 or by the active as actor2, is the second side)
                a2 = next((m for m in (a1, a2) if m is not None and m.inter != 7), a2 or a1)
                a1 = None
                ev.actor1, ev.inter1 = got
                ev.evidence = [e for e in ev.evidence if e.field not in ("actor1", "actor2")]
                ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and trig.name == "security-measure" and _EPIDEMIC.search(text) \
                and not _INSECURITY.search(text):
            # a curfew, a state of emergency or a closing of borders against an epidemic ("imposed a nightly curfew in
            # response to the coronavirus crisis"): no change in any conflict actor's activity; ACLED codes it Other
            # (4 of 4 such notes of the Sahel files; the curfews for insecurity are Change to group/activity)
            trig = _retype(ev, NON_VIOLENT, announced, revoked)
        if learned is None and ev.sub_event_type == "Air/drone strike" \
                and _FORCE_BOMBED.search(article.sentences[draft.sentences[0]].text) and not _AIRCRAFT.search(text):
            # ground forces told as having bombed a place, with no aircraft, air or bombs dropped named ("French
            # troops bombed Islamist positions in Gao"): the text does not say the bombs fell from the air, and
            # ACLED codes such a bombing as a remote explosive (9 of 9 such notes in the Sahel files); the sides
            # stay the striker and its target
            _retype(ev, _by_name("ied"), announced, revoked)
        if (place is not None or spelled) and cc is not None:
            # unnamed sides ("soldiers", "villagers") are of the event's place's country, where the article's other
            # places voted for another one; not where the text names their country as a place ("Kani in Mopti,
            # Mali": Mali's, whatever other Kani the place resolver chose); so are they of the country an unknown
            # village's spelling gives ("gunmen killed two herders in Tinkarabougou": no country told, Mali's)
            named = {p.country_code for p in article.places if p.feature == "country" and p.context not in NOT_SCENE}
            a1, a2 = (matcher.in_country(article.text, m, cc, on=article.published)
                      if m is not None and m.country_code not in named else m for m in (a1, a2))
        elif cc is not None and cc in AFRICA:
            # no place coded, yet the text says the country (a force it names, a demonym, a local unit's noun): the
            # sides its words leave of no country are that country's ("gunmen shot dead two members of Egypt's
            # security forces": Unidentified Armed Group (Egypt), not (Unknown)); sides with a country keep it
            # (not an army's from outside Africa, which fights abroad: "Spanish troops exchanged fire with gunmen")
            a1, a2 = (matcher.in_country(article.text, m, cc, on=article.published)
                      if m is not None and not m.country_code else m for m in (a1, a2))
        state_cc = place.country_code if place is not None and place.country_code else cc
        if state_cc == "SO" and ev.event_date is not None:
            # an army of a country that sent troops to the African Union's mission, fighting in Somalia while its
            # contingent served there ("KDF fighter jets attacked al Shabaab bases in X", "an IED struck an ENDF
            # convoy"): that contingent of AMISOM, as ACLED names it
            a1, a2 = (_amisom_contingent(m, ev.event_date) for m in (a1, a2))
        if state_cc == "EG" and ev.event_date is not None and ev.event_date >= _IS_PROVINCES_FROM:
            # the Islamic State in Egypt: its Sinai province ("Wilayat Sinai", pledged in November 2014), as ACLED names
            # it, wherever in Egypt it struck
            a1, a2 = (dataclasses.replace(m, actor="State of Sinai") if m is not None and m.actor == "Islamic State"
                      else m for m in (a1, a2))
        if state_cc == "LY" and place is not None and place.admin1 and ev.event_date is not None \
                and _IS_PROVINCES_FROM <= ev.event_date <= _IS_LIBYA_UNTIL:
            # the Islamic State in Libya by its province where the event was: Cyrenaica's ("Wilayat Barqa") in the
            # east, Tripoli's ("Wilayat Tarabulus", Sirte its stronghold) in the west, as ACLED names them
            a1, a2 = (dataclasses.replace(m, actor=_IS_LIBYA_PROVINCE[place.admin1])
                      if m is not None and m.actor == "Islamic State" and place.admin1 in _IS_LIBYA_PROVINCE else m
                      for m in (a1, a2))
        if state_cc in _STATE_FIRST_COUNTRIES and ev.event_type in ("Battles", "Explosions/Remote violence") \
                and ev.event_date is not None and ev.event_date < _STATE_FIRST_UNTIL \
                and a1 is not None and a2 is not None and a1.inter in (2, 3, 4) and a2.inter in (1, 8) \
                and (claimant is None or a1.actor != claimant.actor) and a1.actor not in _STATE_ALIGNED \
                and not any(m.actor == a1.actor and _CLAIMED_AFTER.match(article.text, m.end) for m in article.actors) \
                and not a2.actor.startswith("Government of") and not a2.kind.startswith("implied-") \
                and a2.sentence in draft.sentences and not _STATE_NOT_FORCES.search(a2.text):
            # where ACLED lists the state's (or a foreign mission's) forces first in a fight with an armed group,
            # whoever started it ("Al Shabaab fighters attacked an AMISOM base": AMISOM, then Al Shabaab; "an IED
            # struck an SNA vehicle": the army, then the unidentified group), the forces are actor1 (not a group a
            # claim names as the doer, nor the state named by its civil organs, "authorities", nor a force that
            # fought on the state's side)
            a1, a2 = a2, a1
        if ev.sub_event_type == "Non-violent transfer of territory" and a2 is not None and not _left_by(article, a2):
            # a place taken without a fight has one side, the one that took it: those said to have fled or fallen
            # back ("Islamists fled into the mountains"), or an ally that took it along ("French and Malian troops
            # recapture Hombori") are no second side; the holders the text says withdrew before it was taken stay
            # ("took control of Sokolo after Malian forces withdrew") (ACLED: 23 of 27 such events in the dev rows
            # read have no actor2, 3 of the other 4 tell the holders' withdrawal)
            a2 = None
        for slot, m in (("actor1", a1), ("actor2", a2)):
            if m is None:
                continue
            rule = f"actor:{m.kind}" + (":claimant" if slot == "actor1" and m is claimant else "")
            parent = _parent_group(article, m)
            if parent is not None and matcher.is_coalition(parent.actor):
                parent = None  # an alliance's member keeps its own name: "CMFPR1 (Plateforme)" is CMFPR1
            if parent is not None and ev.event_date is not None and matcher.is_faction(m.actor) \
                    and matcher.movement_of(m.actor, ev.event_date, anywhere=True) is None:
                # "Katiba Macina (JNIM)" after March 2020: ACLED codes the faction itself again, its movement
                # as associated actor (not a faction coded as its movement only in some countries, told with it
                # where no country is known: "presumed AQIM militants (JNIM) burned a school" is JNIM's)
                assoc = "assoc_actor_1" if slot == "actor1" else "assoc_actor_2"
                setattr(ev, assoc, parent.actor)
                ev.evidence.append(_ev(article, assoc, parent.actor, parent.start, parent.end, f"{rule}:movement"))
                parent = None
            movement = matcher.movement_of(m.actor, ev.event_date, cc) if parent is None else None
            if movement is not None and not any(movement[0] in n.actor for n in article.actors):
                # a faction told alone, where ACLED names it by its own name from some date ("suspected Katiba
                # Macina militants" in January 2020: Katiba Macina; "Katiba Macina, a JNIM unit": JNIM)
                movement = matcher.movement_of(m.actor, ev.event_date, cc, movement_named=False)
            if parent is not None:
                # "Katiba Macina (JNIM)": the faction is coded as its movement, the faction as associated actor
                assoc = "assoc_actor_1" if slot == "actor1" else "assoc_actor_2"
                setattr(ev, assoc, m.actor)
                ev.evidence.append(_ev(article, assoc, m.actor, m.start, m.end, f"{rule}:faction"))
                m = dataclasses.replace(m, actor=parent.actor, inter=parent.inter, end=parent.end + 1)
                rule += ":part-of"
            elif movement is not None:
                # a faction of a movement on that date (Katiba Macina of JNIM since March 2017), as ACLED codes it
                assoc = "assoc_actor_1" if slot == "actor1" else "assoc_actor_2"
                setattr(ev, assoc, m.actor)
                ev.evidence.append(_ev(article, assoc, m.actor, m.start, m.end, f"{rule}:faction"))
                m = dataclasses.replace(m, actor=movement[0], inter=movement[1])
                rule += ":part-of-movement"
            elif " and/or " not in m.actor and (either := matcher.ambiguous_name(
                    m.actor, ev.event_date, article.text[m.start:m.end + 30])):  # ("Boko Haram faction of Shekau")
                # "Boko Haram" alone after the 2016 split: either faction, as ACLED codes it
                m = dataclasses.replace(m, actor=either[0], inter=either[1])
                rule += ":either-faction"
            setattr(ev, slot, m.actor)
            setattr(ev, "inter1" if slot == "actor1" else "inter2", m.inter)
            setattr(ev, f"{slot}_text", m.text)
            ev.evidence.append(_ev(article, slot, m.actor, m.start, m.end, rule))
            if led is not None and m.kind.startswith("implied-") and m.country_code == led[0]:
                # the country in the implied actor's name comes from a leader the text names, or from the one
                # followed country its armed groups operate in
                ev.evidence.append(_ev(article, f"{slot}_country", led[0], led[2], led[3], led[4]))
        ev.interaction = _interaction(ev.inter1, ev.inter2)
        claim = re.search(r"claim(?:ed|s)? responsibility", text, re.IGNORECASE)
        if claim and a1 is not None:
            ev.claim = a1.actor
            cs = next(article.sentences[i] for i in draft.sentences if claim.group(0) in article.sentences[i].text)
            off = cs.start + cs.text.find(claim.group(0))
            ev.evidence.append(_ev(article, "claim", a1.actor, off, off + len(claim.group(0)), "claim-of-responsibility"))
        # (a country guessed from a name's spelling places nothing: "the capital" is no city of a guess)
        scene_cc = None if spelled else cc
        if (place is None or place.feature == "country") and trig.family in _SCENE_FAMILIES:
            country = place.country_code if place else scene_cc
            place = _named_capital(article, draft, country, gaz) or _nationwide_capital(article, draft, country, gaz) \
                or place
        replaced: PlaceMention | None = None
        if place is None or place.feature == "country":
            place = _actor_region(article, draft, (a1, a2), place.country_code if place else scene_cc, matcher, gaz) \
                or place
        elif place.feature == "place" and not place.population and place.context not in ("coded", "hierarchy"):
            # a village the gazetteer knows only outside the one region the event's group fights in in that country
            # is more likely an unknown village of that region
            region = _actor_region(article, draft, (a1, a2), place.country_code, matcher, gaz, people=False)
            if region is not None and region.admin1 != place.admin1:
                replaced, place = place, region
        if place is not None and place.feature in ("admin1", "admin2"):
            # a unit only: a village the text names, found inside it by a looser reading, is the place
            place = _namesake_in_unit(article, draft, place, gaz, replaced) or place
        ev.geo_precision, ev.where_prec = _geo_precision(place)
        if (place is None or ev.geo_precision != 1) and (told := _unknown_place(article, draft)) is not None:
            # a place the gazetteer does not know is kept as written (`location_text`), so that the reader sees it
            # and two villages' reports placed at one province are not one event; with no place the gazetteer
            # knows, not even a country, it is the location too (no coordinates, no precision)
            ev.location_text = told[2]
            ev.evidence.append(_ev(article, "location_text", told[2], told[0], told[1], "place:not-in-gazetteer"))
            if place is None:
                ev.location = told[2]
                ev.evidence.append(_ev(article, "location", told[2], told[0], told[1], "place:not-in-gazetteer"))
        if place is not None:
            _set_place(ev, place, gaz)
            ev.evidence.append(_ev(article, "location", place.name, place.start, place.end,
                                   f"place:{place.feature}:{place.context or 'mention'}"))
            if ev.location_text and place.feature == "place" and (told := _unknown_place(article, draft)) is not None \
                    and told[1] <= place.start \
                    and (point := told_offset(article.text, told[1], place.start, place.latitude,
                                              place.longitude)) is not None:
                # the unknown village told by its distance and bearing from the town ("Tindandan, about 28km west
                # of Timbuktu"): where it lies, as evidence of the location; the event keeps the town's point at
                # precision 2, as ACLED codes a village it cannot find (on fresh rows, moving the point to the told
                # spot put 7 events farther from ACLED's point than it brought 6 nearer)
                ev.evidence.append(_ev(article, "location", f"told point {point[0]:.4f}, {point[1]:.4f}", told[0],
                                       place.end, "place:told-distance-and-bearing"))
            guess = gaz.inferred_admin.get(place.geonames_id) if place.geonames_id is not None else None
            if guess is not None and place.admin1 == guess[1]:
                # GeoNames files the place under no unit: the unit is its nearest places' (a guess, said so)
                ev.evidence.append(_ev(article, "admin1", place.admin1, place.start, place.end,
                                       f"gazetteer:admin1-of-nearest-places:{guess[0]:g}km"))
        elif cc is not None and (cc in gaz.focus or any(
                p.country_code == cc and (p.context == "dateline" or p.feature == "country" and p.context == "actor")
                for p in article.places)) and not any(
                p.country_code == cc and p.context in ("origin", "border") for p in article.places):
            # (not the country the people came from or a border: "gunmen coming from Nigeria" did not act in Nigeria;
            # only a country of the region the user follows, its import, the one the story was filed from, or one
            # named by its name as a side's ("Nigeria's air force struck hideouts in the Sambisa forest"): French
            # troops and hostages are often abroad, and in general news a victim's nationality, "an Italian tourist
            # was shot", is no place)
            _set_story_country(ev, article, cc, led, gaz)
        # how many
        if trig.family in ("violence", "protest"):
            tally = _tally(counts)
            k = tally["killed"]
            ev.fatalities = sum(k.values())
            # (a foreign state's forces or unidentified military forces, inter 8, are a state's side too: "A drone
            # strike killed eight al Shabaab fighters" lost no soldiers)
            state_is_a = ev.inter1 in (1, 8) or ev.inter2 in (1, 8)
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
            death = None
            if first_violent and ev.fatalities == 0 and ev.wounded == 1 and alone \
                    and not any(c.what in ("killed", "wounded") and c.number.value > 1 for c in counts):
                # (a sentence of unconfirmed reports tells no death: "Some reports indicate that the ranger was killed")
                lead = " ".join(s.text for s in article.sentences[:3] if not _UNVERIFIED.search(s.text))
                # (not a death of beasts: "wounded a civilian and killed three cattle" told no one dead)
                told = f"{article.title or ''} {lead}"
                death = next((m for m in _DEATH_TOLD.finditer(told) if not _ANIMAL_OBJECT.match(told, m.end())
                              and not _HERD_KILLED.match(told, m.end())), None)
            if death is not None:
                # one victim shot, and the headline or the lead (three sentences) says someone died ("Teen charged
                # with murder in accidental shooting", "Shooting death of 3-year-old ruled accidental"): the one shot
                # is the one dead. (Anywhere in the text it read deaths of other stories: "a man killed last year")
                ev.fatalities, ev.wounded = 1, 0
                ev.low = ev.best = ev.high = 1
                ev.deaths_unknown = 1
                ev.evidence.append(Evidence(field="fatalities", value="1 (unknown)", article_id=article.id, sentence=-1,
                                            start=-1, end=-1, text=death.group(0), rule="count:killed:the-one-shot-died"))
            if first_violent and article.title and not _ROUNDUP.search(article.title):
                # the headline's toll where the body gives none ("2 dead, 3 injured in Newark shooting"), or where
                # it gives more than the body tells: a headline sums up, a body often names only some of the dead
                # or wounded ("3 dead in west Baltimore quadruple shooting" over a body naming one)
                toll = headline_toll(article.title)
                # (over a body's figure only where the body tells one violent happening, `alone`: a headline's
                # total of several is no toll of the first)
                for what, (figure, phrase) in toll.items():
                    told = ev.fatalities if what == "killed" else ev.wounded
                    if what == "wounded" and "killed" not in toll and _HEAD_SHOT_FIGURE.search(phrase):
                        figure -= ev.fatalities or 0  # "Five people shot" over a body telling two of them dead
                    # a body that counts more than the headline's figure of everyone hurt ("Deputies: 4 wounded in
                    # drive-by shooting" over "Five people were wounded ... one man was shot ...") has counted some
                    # twice: the headline's figure stands. Not a figure of one side ("20 soldiers killed" over a body
                    # that also counts the attackers)
                    cap = told and alone and 0 < figure < told and _HEAD_EVERYONE.match(phrase) is not None
                    if not cap and (figure <= told or (told and not alone) or (
                            what == "wounded" and figure == 1 and ev.fatalities == 1 and "killed" not in toll)):
                        continue  # ("Boy shot in Midvale Park" over a body telling he died: the one shot is dead)
                    if what == "killed":
                        if cap:  # the sides the body told no longer add up: the headline gives none
                            ev.deaths_a = ev.deaths_b = ev.deaths_civilians = 0
                            ev.deaths_unknown = figure
                        else:
                            ev.deaths_unknown = (ev.deaths_unknown or 0) + figure - told
                        ev.fatalities = ev.low = ev.best = ev.high = figure
                    else:
                        ev.wounded = figure
                    rule = f"count:{what}:headline{'-over-body' if told else ''}{'-caps-body' if cap else ''}:" \
                           f"{article.title.find(phrase)}"
                    ev.evidence.append(_headline_evidence(article, {"killed": "fatalities"}.get(what, what),
                                                          f"{figure} (unknown)" if not told else
                                                          f"{figure} (the headline's; the body tells {told})", rule))
                shot = headline_shot(article.title) if "wounded" not in toll else None
                if shot is not None and alone and 0 < ev.fatalities < shot[0] and ev.wounded < shot[0] - ev.fatalities:
                    # "NOPD: 4 shot in Gert Town fatal shooting" over a body telling one dead: the others are hurt
                    ev.wounded = shot[0] - ev.fatalities
                    ev.evidence.append(_headline_evidence(
                        article, "wounded", f"{ev.wounded} (the headline's {shot[0]} shot less the dead)",
                        f"count:wounded:headline-shot-less-dead:{article.title.find(shot[1])}"))
            for c in counts:
                ev.evidence.append(_ev(article, {"killed": "fatalities"}.get(c.what, c.what),
                                       f"{int(c.number.value)} ({c.side})", c.number.start,
                                       c.number.counted_end if c.number.counted_end > 0 else c.number.end,
                                       f"count:{c.what}:{c.side}{':total' if c.total else ''}"
                                       f"{':' + c.rule if c.rule else ''}"))
            bombers = _suicide_bombers(text, counts) if ev.sub_event_type == "Suicide bomb" or \
                _BOMBERS_BLEW_UP.search(text) else None
            if bombers is None and ev.event_type == "Battles":
                bombers = _car_bomb_driver(text)  # the driver of a suicide car bomb set off in a battle
            if bombers is not None:
                # ACLED counts the suicide bombers among the dead: "a female suicide bomber ... killing one
                # civilian" is two fatalities
                died, bm = bombers
                ev.fatalities += died
                ev.low, ev.best, ev.high = ev.low + died, ev.best + died, ev.high + died
                if state_is_a:
                    ev.deaths_b = (ev.deaths_b or 0) + died
                else:
                    ev.deaths_a = (ev.deaths_a or 0) + died
                ev.evidence.append(Evidence(field="fatalities", value=f"{died} (attackers)", article_id=article.id,
                                            sentence=-1, start=-1, end=-1, text=bm, rule="count:killed:suicide-bombers"))
            coded = _search_article(_CODED_AS, article.text) or _search_article(_CODED_AS_VAGUE, article.text) or \
                _search_article(_CODED_AS_TOLL, article.text)
            if coded is not None:
                # the source's own figure for a toll it cannot count: "Fatalities coded as 0" (an uncorroborated
                # claim) is the toll; "unknown fatalities coded as 10" stands for the deaths it could not count (the
                # vague ones: "several killed"), beside those it could ("and one soldier were killed": 11)
                counted = sum(int(c.number.value) for c in counts if c.what == "killed" and not c.number.vague)
                known = min(ev.fatalities, counted) \
                    if "unknown" in coded.group(0).lower() or coded.re is _CODED_AS_VAGUE else 0
                ev.fatalities = ev.low = ev.best = ev.high = int(coded.group(1)) + known
                ev.evidence.append(_ev(article, "fatalities", f"{ev.fatalities} (as the source codes it)",
                                       coded.start(), coded.end(), "count:killed:coded-as"))
            elsewhere = _search_article(_CODED_ELSEWHERE, article.text) if coded is None else None
            if elsewhere is not None and ev.fatalities:
                # (each figure, whatever noun it counts: "7 soldier and 38 Boko Haram fatalities"; not a date's day
                # or year: "(on 4 May 2016, 12 fatalities coded in a previous event)")
                note = elsewhere.group(1)
                told = sum(int(w.group(1)) if w.group(1).isdigit() else _WORD_NUMBERS[w.group(1).lower()]
                           for w in re.finditer(r"\b(\d{1,3}|" + "|".join(_WORD_NUMBERS) + r")\b", note, re.IGNORECASE)
                           if not _MONTH_AFTER.match(note, w.end()) and not _MONTH_BEFORE.search(note, 0, w.start()))
                if 0 < told < ev.fatalities:
                    # the dead the note gives to other events leave this one's toll: "38 fighters were killed ...
                    # (30 fatalities coded in a previous event)" are 8 here
                    ev.fatalities = ev.low = ev.best = ev.high = ev.fatalities - told
                    ev.evidence.append(_ev(article, "fatalities", f"{ev.fatalities} (less {told} coded elsewhere)",
                                           elsewhere.start(), elsewhere.end(), "count:killed:coded-elsewhere"))
            share = _split_share(article, ev.fatalities, place) if ev.fatalities else None
            if share is not None:
                # the text itself shares its toll among several events ("Fatalities split between three events:
                # Bombou (3), Materou (3), Bore (1)"; "split across 3 events"): this event's part
                n_share, (s0, s1), how = share
                civ = k["civilians"]
                if how == "1/2" and 0 < civ < ev.fatalities and ev.event_type in ("Violence against civilians",
                                                                                   "Battles"):
                    # two events of no number, each its own dead: "seven militiamen were killed in battle before
                    # the militants executed eighteen civilians. Fatalities split between events" codes the battle
                    # with the fighters' dead and the attack on civilians with theirs, not half of the whole
                    n_share, how = (civ if ev.event_type == "Violence against civilians" else ev.fatalities - civ), \
                        "own-dead"
                ev.evidence.append(_ev(article, "fatalities", f"{n_share} (share of {ev.fatalities})", s0, s1,
                                       f"count:killed:split:{how}"))
                ev.fatalities = ev.low = ev.best = ev.high = n_share
        if learned is None and trig.family == "violence" and ev.event_type == "Violence against civilians" and \
                ev.sub_event_type == "Attack" and not (ev.fatalities or ev.wounded or ev.abducted) and \
                not any(c.what in ("killed", "wounded", "abducted", "shot") for c in counts) and \
                not _HARMED.search(_SETTLEMENT_EMPTY.sub(" ", text)) and \
                not (_VEHICLE_BURNED.search(text) and a1 is not None and not _by_unnamed(a1)) and \
                (not _SETTLEMENT_ATTACKED.search(text) or _SETTLEMENT_EMPTY.search(text) or _by_unnamed(a1)
                 or _PLUNDERED.search(text)):
            # (a settlement attacked, its goods taken or burned, is an attack on its people, as ACLED codes it:
            # "Fulani militiamen attacked the village of X and seized livestock"; so is a truck a named group burned,
            # see _VEHICLE_BURNED; a school attacked and burned is property; a settlement its people had already fled
            # is property too: "the villagers had already fled, but the assailants set houses ablaze"; so is one
            # plundered, see _PLUNDERED: "attacked the village and looted shops"; and a raid by
            # gunmen no group is named for, who harmed no one, is a raid for goods: "unknown gunmen attacked the
            # village of X and seized livestock")
            loot = _TRIGGER_BY_NAME["looting"].pattern.search(text)
            if loot is not None:
                # an attack that harmed no one and looted or burned: ACLED codes the property (Looting/property
                # destruction), "attacked the village and seized the livestock, no casualties reported"
                trig = _retype(ev, _TRIGGER_BY_NAME["looting"], announced, revoked)
                _evidence_of_words(article, draft, ev, trig.pattern, "event_type",
                                   f"{trig.event_type} / {trig.sub_event_type}", "trigger:looting:no-harm")
        if learned is None and trig.family == "violence" and (ev.event_type, ev.sub_event_type) in (
                ("Violence against civilians", "Attack"), ("Battles", "Armed clash")) and \
                not (ev.fatalities or ev.wounded or ev.abducted) and \
                not any(c.what in ("killed", "wounded", "abducted", "shot") for c in counts) and \
                (hunt := _HUNTING_RAID.search(text)) is not None and \
                not _HARMED.search(_THREATS_TOLD.sub(" ", text)) and not _TWO_SIDED.search(text) and \
                not _TRIGGER_BY_NAME["looting"].pattern.search(text):
            # armed men or forces who came into a place looking for someone and harmed no one ("made an incursion
            # into the village, searching for a local merchant", "carried out a raid in the village in search of
            # gunmen"): ACLED codes the group's activity (Change to group/activity), no attack on anyone
            trig = _retype(ev, _TRIGGER_BY_NAME["movement"], announced, revoked)
            _evidence_of_words(article, draft, ev, _HUNTING_RAID, "event_type",
                               f"{trig.event_type} / {trig.sub_event_type}", "trigger:movement:search-raid")
            if ev.inter2 == 7:
                ev.actor2, ev.inter2, ev.actor2_text = None, None, None
                ev.evidence = [e for e in ev.evidence if e.field != "actor2"]
                ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and trig.family == "violence" and ev.event_type == "Battles" and \
                ev.sub_event_type == "Armed clash" and not (ev.fatalities or ev.wounded or ev.abducted) and \
                not any(c.what in ("killed", "wounded", "abducted", "shot") for c in counts) and \
                _UNMANNED.search(text) and not _TWO_SIDED.search(text):
            # a post attacked while no one held it ("attacked the police station in Yamba while it was unmanned,
            # causing material losses"): no one fought; ACLED codes the damage (Looting/property destruction)
            trig = _retype(ev, _TRIGGER_BY_NAME["looting"], announced, revoked)
            _evidence_of_words(article, draft, ev, _UNMANNED, "event_type",
                               f"{trig.event_type} / {trig.sub_event_type}", "trigger:looting:unmanned")
        if learned is None and ev.event_type in ("Riots", "Strategic developments") and \
                ev.sub_event_type in ("Mob violence", "Violent demonstration", "Looting/property destruction") and \
                _FACTIONS_FOUGHT.search(text) and _CHIEFTAINCY.search(text):
            # the two camps of a chieftaincy dispute that fought ("clashes between the followers of one pretender
            # and those of the other over the succession to the chieftaincy"): organised sides, ACLED's communal
            # militias, so a battle, not a mob's riot nor the damage it left
            trig = _retype(ev, _TRIGGER_BY_NAME["ambush"], announced, revoked)
            _evidence_of_words(article, draft, ev, _FACTIONS_FOUGHT, "event_type",
                               f"{trig.event_type} / {trig.sub_event_type}", "trigger:ambush:chieftaincy-factions")
        if learned is None and ev.event_type == "Protests" and _CROWD_VIOLENCE.search(text) is None \
                and _forces_protesting(text) and _shots_fired(
                    " ".join(article.sentences[i].text for i in _lead_in(article, draft)[:1] + draft.sentences)):
            # soldiers or police who protested and fired their weapons ("soldiers protested and fired into the air",
            # "gunfire ... in what an army source said was a protest by soldiers"): a violent demonstration
            _evidence_of_words(article, dataclasses.replace(draft, sentences=_lead_in(article, draft)[:1] + draft.sentences),
                               ev, _SHOTS_FIRED, "event_type", "Riots / Violent demonstration", "crowd:forces-fired")
            trig = _retype(ev, _TRIGGER_BY_NAME["riot"], announced, revoked)
            _crowd_as_rioters(ev, matcher, a1.country_code if a1 is not None else cc, article.published)
            if ev.inter2 == 1 and not _intervened(text):
                # the forces named are the rioters themselves, not forces that faced them
                ev.actor2, ev.inter2, ev.actor2_text = None, None, None
                ev.evidence = [e for e in ev.evidence if e.field != "actor2"]
            ev.interaction = _interaction(ev.inter1, ev.inter2)
        cv_rx = _CROWD_VIOLENCE if _CROWD_VIOLENCE.search(text) else _PROTEST_CLASH
        if learned is None and ev.event_type == "Protests" and cv_rx.search(text) is not None:
            # the crowd burned, stormed or attacked, or clashed ("protesters clashed with police"): a violent
            # demonstration
            _evidence_of_words(article, draft, ev, cv_rx, "event_type", "Riots / Violent demonstration",
                               "crowd:violent" if cv_rx is _CROWD_VIOLENCE else "crowd:clashed")
            trig = _retype(ev, _TRIGGER_BY_NAME["riot"], announced, revoked)
            if _crowd_as_rioters(ev, matcher, a1.country_code if a1 is not None else cc, article.published):
                ev.interaction = _interaction(ev.inter1, ev.inter2)
            target = _crowd_target(article, draft) if ev.actor2 is None else None
            if target is not None:  # "youths attacked the MINUSMA base": the force the crowd struck faces it
                _set_actor2(article, ev, target.actor, target.inter, target.start, target.end, "actor:crowd-target")
            elif ev.actor2 is None and ev.actor1 is not None and not _FORCES_WORD.search(text) \
                    and _MOB_PERSON_HARMED.search(text) is not None:
                # a demonstration whose crowd turned on people, with no force facing it ("striking students
                # assaulted two teachers", "the marchers beat a journalist"): those people, civilians of the crowd's
                # country, are its other side, as ACLED codes a riot's victims (a riot that only burned or
                # blocked has none)
                got = matcher.role_actor("civilians", matcher.actor_country(ev.actor1) or cc, on=article.published)
                if got is not None:
                    _set_actor2(article, ev, got[0], got[1], *draft.trigger_span, "actor:crowd-harmed-people")
        if learned is None and ev.event_type == "Protests" and any(
                c.side == "state" and c.what in ("killed", "wounded") for c in counts):
            # the forces facing a demonstration were hurt ("Protest in front of the camp. 2 French soldiers
            # injured"): the crowd was violent, a riot
            ev.evidence.append(next(_ev(article, "event_type", "Riots / Violent demonstration", c.number.start,
                                        c.number.counted_end if c.number.counted_end > 0 else c.number.end,
                                        "crowd:forces-hurt") for c in counts if c.side == "state"))
            trig = _retype(ev, _TRIGGER_BY_NAME["riot"], announced, revoked)
            _crowd_as_rioters(ev, matcher, a1.country_code if a1 is not None else cc, article.published)
            if ev.actor2 is None:  # the forces hurt face them
                hurt = next((m for m in article.actors if m.sentence in draft.sentences and m.inter in (1, 8)
                             and not _custodian(article, m)), None)
                if hurt is not None:
                    _set_actor2(article, ev, hurt.actor, hurt.inter, hurt.start, hurt.end, f"actor:{hurt.kind}")
            ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and ev.sub_event_type == "Violent demonstration" and ev.actor2 is None \
                and not _forces_protesting(text) and any(c.side == "state" and c.what in ("killed", "wounded")
                                                         for c in counts):
            # a riot the forces facing it were hurt in ("a policeman and three others were killed in violent protests
            # in Zinder"): the force hurt is its other side (Sahel files: 8 of 9 violent demonstrations telling
            # policemen or soldiers killed or hurt name the police as actor2)
            hurt = next((m for m in article.actors if m.sentence in draft.sentences and m.inter in (1, 8)
                         and not _custodian(article, m) and not _landmark(article, m)), None)
            if hurt is not None:
                _set_actor2(article, ev, hurt.actor, hurt.inter, hurt.start, hurt.end, f"actor:{hurt.kind}:hurt")
                ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and ev.event_type == "Protests" and _intervened(text) and not _forces_protesting(text) \
                and not (_EXCESSIVE.search(text) or _BRUTAL.search(text) or _SHOT_IN_CROWD.search(text)) \
                and _injuries_told(text):
            # a crowd the forces dispersed or arrested, with people hurt the text does not lay on the forces ("Police
            # fired tear gas to disperse the marchers; several people were injured", "security forces dispersed
            # them; injuries on both sides"): the crowd fought, a violent demonstration (Sahel files, protests and
            # riots telling an intervention and the hurt: 44 of 60 are violent demonstrations, 5 interventions)
            _evidence_of_words(article, draft, ev, _INJURIES, "event_type", "Riots / Violent demonstration",
                               "crowd:hurt-in-intervention")
            trig = _retype(ev, _TRIGGER_BY_NAME["riot"], announced, revoked)
            _crowd_as_rioters(ev, matcher, a1.country_code if a1 is not None else cc, article.published)
            ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and ev.event_type == "Violence against civilians" and ev.sub_event_type == "Attack" \
                and _by_unnamed(a1) and _BARE_HANDS.search(text) and not _ARMS_TOLD.search(article.text) \
                and not _BEATEN_IN_PLAY.search(article.text) \
                and not any(w.lower() in matcher.ethnic_names or w.lower()[:-1] in matcher.ethnic_names
                            for w in _BY_WHOM.findall(article.text)):
            # people beaten, assaulted or stoned by people no weapon, armed group or force is told of ("the sons of
            # the mayor assaulted a councilor at the morgue", "a man accused of sorcery was beaten to death"): mob
            # violence by rioters, as ACLED codes it (Sahel files, notes telling a beating and no arms: 20 Riots of
            # 24 with an unnamed doer), not an armed group's attack; not a people's men ("attacked by Tuaregs who
            # beat them")
            trig = _retype(ev, dataclasses.replace(_TRIGGER_BY_NAME["riot"], sub_event_type="Mob violence"),
                           announced, revoked)
            _evidence_of_words(article, draft, ev, _BARE_HANDS, "event_type", "Riots / Mob violence", "crowd:beating")
            got = matcher.role_actor("rioters", a1.country_code or cc, on=article.published)
            if got is not None:
                ev.actor1, ev.inter1 = got
                ev.evidence = [e for e in ev.evidence if e.field != "actor1"]
                ev.evidence.append(_ev(article, "actor1", got[0], a1.start, a1.end, "actor:implied-rioters"))
                ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and ev.event_type == "Violence against civilians" and (a1 is None or _by_unnamed(a1)) \
                and _HARMED_BY_CROWD.search(text):
            # people or property harmed by a crowd named as the doer of a passive ("students were attacked by
            # students of another school carrying clubs", "shops were attacked by local merchants", "a thief was
            # beaten by youths"): mob violence by rioters, not an unnamed armed group's attack
            trig = _retype(ev, dataclasses.replace(_TRIGGER_BY_NAME["riot"], sub_event_type="Mob violence"),
                           announced, revoked)
            _evidence_of_words(article, draft, ev, _HARMED_BY_CROWD, "event_type", "Riots / Mob violence",
                               "crowd:passive-doer")
            got = matcher.role_actor("rioters", (a1.country_code if a1 is not None else None) or cc,
                                     on=article.published)
            if got is not None:
                ev.actor1, ev.inter1 = got
                ev.evidence = [e for e in ev.evidence if e.field != "actor1"]
                ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and ev.event_type in ("Protests", "Riots"):
            _crowd_sub_type(article, draft, text, ev)
            forces = _crowd_forces(article, draft, ev, text, matcher,
                                   (a1.country_code if a1 is not None else None) or cc)
            if forces is not None:
                _set_actor2(article, ev, forces.actor, forces.inter, forces.start, forces.end, "actor:crowd-forces")
            if ev.sub_event_type == "Peaceful protest" and _STRIKE_WORD.search(_HUNGER_STRIKE.sub("", text)) \
                    and not _GATHERING.search(text):
                # a strike with no gathering told ("teachers began observing a 72-hour strike"): a work stoppage,
                # which ACLED codes as a strategic development, not a protest
                trig = _retype(ev, STRIKE, announced, revoked)
                _evidence_of_words(article, draft, ev, _STRIKE_WORD, "event_type", "Strategic developments / Other",
                                   "trigger:strike-without-gathering")
            if crowd_fight is not None and ev.sub_event_type == "Violent demonstration" and \
                    not _demonstration_told(text) and \
                    not _CROWD_CLASHED_FORCES.search(text) and \
                    not (ev.inter2 == 1 and _STONES_THROWN.search(text)) and \
                    not _hit_state_seat(text):
                ev.sub_event_type = "Mob violence"  # a crowd's violence with no demonstration told
                s0 = article.sentences[draft.sentences[0]]
                at = s0.text.find(crowd_fight)
                if at >= 0:
                    ev.evidence.append(_ev(article, "sub_event_type", "Mob violence", s0.start + at,
                                           s0.start + at + len(crowd_fight), "crowd:mob"))
        if learned is None and ev.sub_event_type == "Violent demonstration" and ev.inter2 in (1, 8) \
                and not _intervened(text) and not _CROWD_AND_FORCES.search(text) \
                and not any(c.side == "state" for c in counts):
            forces = [m for m in article.actors if m.sentence in draft.sentences and m.inter in (1, 8)]
            if forces and all(_FORCE_PROPERTY_AFTER.match(article.text, m.end) for m in forces):
                # a crowd that only burned or ransacked the forces' buildings or vehicles, none of their men told
                # facing it ("students burned the police station", "police stations were attacked by student
                # demonstrators"): no other side, as ACLED codes a riot that met no force (Sahel dyadic files: 13 of
                # 17 such notes name none)
                ev.actor2, ev.inter2, ev.actor2_text = None, None, None
                ev.evidence = [e for e in ev.evidence if e.field != "actor2"]
                ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and ev.sub_event_type == "Mob violence" and ev.actor2 is None and ev.actor1 is not None \
                and not any(m.sentence in draft.sentences and m.actor.startswith("Government of") for m in article.actors):
            # a mob's violence has another side even where the text names none: the people or property it struck
            # ("two youths suspected of theft were lynched by a mob", "residents torched a detention centre"),
            # civilians of the mob's country; or another crowd it fought ("activists of two parties fought at a
            # polling station"): rioters on both sides (Sahel files: every mob violence row has an actor2, civilians
            # first, rioters next); not the state's own ("ransacked the offices of the government"), no civilians'
            role = "rioters" if _MOB_FOUGHT.search(text) else "civilians"
            got = matcher.role_actor(role, matcher.actor_country(ev.actor1) or cc, on=article.published)
            if got is not None:
                _set_actor2(article, ev, got[0], got[1], *draft.trigger_span, f"actor:implied-{role}")
        if ev.event_type == "Explosions/Remote violence" and ev.actor2 is None and ev.actor1 is not None \
                and ev.deaths_civilians and not (ev.deaths_a or ev.deaths_b) and (ev.country_code or cc):
            # a strike or a blast that struck no side the text names and killed civilians ("An air strike on a
            # crowded market killed at least 40 people"): the civilians are its target, as ACLED codes them
            got = matcher.role_actor("civilians", ev.country_code or cc, on=article.published)
            if got is not None:
                _set_actor2(article, ev, got[0], got[1], *draft.trigger_span, "actor:implied-civilians")
        if labelled and label is not None:
            named = NOTE_LABELS[label.group(1).lower()]
            if (ev.event_type, ev.sub_event_type) != (named.event_type, named.sub_event_type):
                # the note says what kind of happening it records: that type, the sides as the text tells them
                _retype(ev, named, announced, revoked)
                ev.evidence = [e for e in ev.evidence if e.field != "event_type"]
                ev.evidence.append(_ev(article, "event_type", f"{named.event_type} / {named.sub_event_type}",
                                       label.start(1), label.end(1), f"label:{label.group(1)}"))
        if ev.sub_event_type == "Peaceful protest" and ev.actor2 is not None:
            # a peaceful protest has no second side: forces that faced the crowd make it an intervention, and
            # the ones merely told beside it are none ("a sit-in ... under a heavy police presence", "there were
            # interactions with police but no violence", "protested the arrest of a colleague by gendarmes");
            # Sahel files: none of 1,078 peaceful protests has an actor2
            ev.actor2, ev.inter2, ev.actor2_text, ev.assoc_actor_2 = None, None, None, None
            ev.evidence = [e for e in ev.evidence if e.field != "actor2"]
            ev.interaction = _interaction(ev.inter1, ev.inter2)
        if learned is None and ev.sub_event_type == "Abduction/forced disappearance" and ev.fatalities \
                and (ev.deaths_a or 0) < ev.fatalities:
            # people taken, and the happening's toll holds dead ("a sixth hostage died after being shot by the
            # kidnappers", "the group said it had executed one of the hostages"): ACLED's abduction is the taking
            # alone, a killing makes the happening an attack (Sahel files: none of 1,025 abductions has a death); not
            # where the dead are the kidnappers' own ("one of the kidnappers was killed when soldiers intervened")
            trig = _retype(ev, _TRIGGER_BY_NAME["massacre"], announced, revoked)
        if ev.actor2 is not None and (ev.sub_event_type == "Headquarters or base established" or (
                ev.sub_event_type == "Change to group/activity" and ev.inter2 == 7)):
            # a base set up has no second side ("French forces installed a base in Gossi, at the site the UN used":
            # the former holders are told, not faced); nor are the people among whom a group moved its men ("militants
            # entered the village looking for its chief", "an incursion in which gunmen fired in the air") a side
            # of that movement (Sahel dyadic files: no base established has an actor2; 2 of 101 changes to a group's
            # activity name civilians)
            ev.actor2, ev.inter2, ev.actor2_text, ev.assoc_actor_2 = None, None, None, None
            ev.evidence = [e for e in ev.evidence if e.field != "actor2"]
            ev.interaction = _interaction(ev.inter1, ev.inter2)
        if ev.sub_event_type in _DEATHLESS_SUB_TYPES and ev.fatalities and not _DIED_DURING.search(text):
            # the dead told beside a peaceful crowd are those it answers ("protested the killing of a miner by a
            # gendarme", "arrived with the corpses of three fighters"): a protest with deaths of its own is a riot or
            # excessive force, so ACLED codes none here
            ev.fatalities = ev.low = ev.best = ev.high = 0
            ev.deaths_a = ev.deaths_b = ev.deaths_civilians = ev.deaths_unknown = 0
            ev.evidence = [e for e in ev.evidence if e.field != "fatalities"]
        _settle_type_evidence(ev)
        ev.notes = _notes(ev, article.sentences[draft.sentences[0]].text)
        ev.sources = [_source(article)]
        ev.number_of_sources = 1
        ev.confidence = _confidence(ev)
        ev.event_id = hashlib.sha1(f"{article.id}:{n}:{ev.event_type}:{ev.sub_event_type}".encode()).hexdigest()[:12]
        twin = next((o for o in events if _same_coding(o, ev)), None)
        if twin is None and (parts := _toll_by_place(article, draft, ev, gaz)):
            events.extend(parts)  # "killing 22 people: 10 in Pissila, 8 in Barsalogho and 4 in Kaya": one a place
            continue
        if twin is not None:
            # two drafts of one sentence coded alike ("residents ransacked the gendarmerie ... and attacked shops":
            # the riot and the attack it retyped to a riot): one event, with the evidence of both
            seen = {(v.field, v.start, v.end) for v in twin.evidence}
            twin.evidence.extend(v for v in ev.evidence if (v.field, v.start, v.end) not in seen)
            continue
        events.append(ev)
    if article.title and not any(e.event_type not in ("Strategic developments",) for e in events):
        headline = _headline_event(article, gaz, len(events))
        if headline is not None:
            events.append(headline)
    article.events = events
    return article


def _headline_event(article: Article, gaz: Gazetteer, n: int) -> Event | None:
    """The happening a headline tells when the body tells none ("4 people shot in southeast Atlanta" over a
    paywall page): only a violent headline that states its toll; the evidence is the headline, the date the
    publication's week (the body dates nothing)."""
    title = article.title or ""
    toll = headline_toll(title)
    hits = [t for t, _ in _triggers_in(title) if t.family == "violence"]
    if not toll or not (hits or _HEAD_VIOLENT.search(title)):
        return None
    trig = _classify_violence(hits, title) if hits else _TRIGGER_BY_NAME["massacre"]
    ev = Event(event_type=trig.event_type, sub_event_type=trig.sub_event_type,
               disorder_type=disorder_type_of(trig.event_type), article_id=article.id, sentence=-1)
    _retype(ev, trig, announced=False, revoked=False)
    ev.evidence.append(_headline_evidence(article, "event_type", f"{trig.event_type} / {trig.sub_event_type}", f"headline:trigger:{trig.name}"))
    if article.published is not None:
        ev.date_start, ev.date_end = article.published - timedelta(days=6), article.published
        ev.event_date, ev.time_precision = article.published, 2
        ev.evidence.append(_headline_evidence(article, "event_date", f"on or before {article.published}",
                                              "headline:date:published"))
    places = [p for p in find_places(title, gaz) if p.context not in ("demonym", "actor", "origin")]
    place = min(places, key=lambda p: (_RANK.get(p.feature, 4), p.start), default=None)
    if place is not None:
        _set_place(ev, place, gaz)
        ev.evidence.append(_headline_evidence(article, "location", place.name, f"headline:place:{place.feature}"))
    killed = toll.get("killed", (0, ""))[0]
    ev.fatalities = ev.low = ev.best = ev.high = killed
    ev.deaths_unknown = killed
    ev.wounded = toll.get("wounded", (0, ""))[0]
    for what, (k, phrase) in toll.items():
        ev.evidence.append(_headline_evidence(article, {"killed": "fatalities"}.get(what, what), f"{k} (unknown)",
                                              f"count:{what}:headline"))
    ev.notes = f"(from the headline) {title}"
    ev.sources = [_source(article)]
    ev.number_of_sources = 1
    ev.confidence = round(_confidence(ev) * 0.6, 3)  # a headline alone: less sure than a told happening
    ev.event_id = hashlib.sha1(f"{article.id}:{n}:headline:{ev.event_type}".encode()).hexdigest()[:12]
    return ev


_PREMATURE = re.compile(r"\b(?:while (?:being )?(?:planted|planting|placed|placing|laying|handling|manipulating|assembling|"
                        r"making|setting up)|"
                        r"in the process of (?:planting|placing|laying|making|setting up)|"
                        # the bomb went off in its makers' hands: "the bomb they were planting exploded", "exploded as
                        # they were laying it", "blew up in their hands"
                        r"(?:bombs?|devices?|explosives?|IEDs?|mines?|charges?) (?:that |which )?(?:they|he|she|the \w+) "
                        r"(?:were|was|had been) (?:planting|placing|laying|handling|carrying|transporting|making|assembling)|"
                        r"(?:while|as|when) (?:they|he|she) (?:were|was) (?:planting|placing|laying|handling|carrying|"
                        r"transporting|making|assembling) (?:it|them|(?:the|an?) (?:[\w-]+ )?(?:bombs?|devices?|explosives?|"
                        r"IEDs?|mines?|charges?))\b|"
                        r"(?:exploded|went off|blew up|detonated) in (?:their|his|her) (?:own )?hands|"
                        r"(?:launch|detonation) failed|exploded prematurely|premature(?:ly)? (?:detonat|explo)\w*|"
                        r"accidental(?:ly)? (?:detonat|explo)\w*|(?:detonated|exploded) (?:[\w-]+ ){0,3}?at the launch site)",
                        re.IGNORECASE)


# a projectile launched at a target, whose launch failed ("the rocket launch failed", "a shell detonated at the launch site"),
# or a bomb a suicide attacker drove at a target the text names ("it is unclear if the car bomb exploded prematurely;
# JNIM said the attack targeted a French convoy")
_LAUNCHED = re.compile(r"\b(?:rockets?|shells?|mortars?|missiles?|launch\w*|suicide|targeted|targeting)\b", re.IGNORECASE)


# why an event took another type, by the trigger it took it from (the rule of the type's evidence)
_RETYPE_WHY = {"massacre": "no-armed-other-side", "ambush": "armed-other-side", "weapons": "went-off-too-soon",
               "riot": "crowd-violence"}


def _retype(ev: Event, trig: Trigger, announced: bool, revoked: bool) -> Trigger:
    """Give the event another type (a battle found to be one-sided, an attack on an armed side, ...): its type,
    sub-type, disorder type, civilian targeting and PLOVER category follow the trigger, and the type's evidence
    gains the new value on the happening's words (rule `retype:WHY`; a caller with better words adds its own,
    and `_settle_type_evidence` then drops the redundant one). Returns the trigger."""
    if (ev.event_type, ev.sub_event_type) != (trig.event_type, trig.sub_event_type):
        told = next((e for e in ev.evidence if e.field == "event_type"), None)
        if told is not None:
            ev.evidence.append(dataclasses.replace(told, value=f"{trig.event_type} / {trig.sub_event_type}",
                                                   rule=f"retype:{_RETYPE_WHY.get(trig.name, trig.name)}"))
    ev.event_type, ev.sub_event_type = trig.event_type, trig.sub_event_type
    ev.disorder_type = disorder_type_of(trig.event_type)
    ev.civilian_targeting = "Civilian targeting" if trig.event_type == "Violence against civilians" else None
    ev.plover_category, ev.plover_mode = plover_of(trig, announced=announced, revoked=revoked)
    return trig


def _settle_type_evidence(ev: Event) -> None:
    """The type's evidence ends with the type the event has: a retyping's own item is dropped where words that
    say the same type were recorded (the trigger, or the caller's evidence of its decision)."""
    said = {e.value for e in ev.evidence if e.field == "event_type" and not e.rule.startswith("retype:")}
    ev.evidence = [e for e in ev.evidence
                   if not (e.field == "event_type" and e.rule.startswith("retype:") and e.value in said)]
    final = f"{ev.event_type} / {ev.sub_event_type}"
    types = [i for i, e in enumerate(ev.evidence) if e.field == "event_type"]
    last = next((i for i in reversed(types) if ev.evidence[i].value == final), None)
    if last is not None and last != types[-1]:
        ev.evidence.append(ev.evidence.pop(last))  # the final type's item last, after the ones it replaced


# A name the text calls a place ("in the village of Zerma Dare", "near Tampatiga", "In Sabako, ...") that the
# gazetteer does not know: up to three capitalised words after a place cue, in the event's sentences (after a
# people's name before the settlement word: "in the Tuareg village of Tezguene")
_UNKNOWN_PLACE_CUE = re.compile(
    r"\b(?:(?:[Ii]n|[Nn]ear|[Oo]utside)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:village|town|hamlet|locality|commune|area|vicinity|outskirts)s?"
    r"\s+of\s+)?|(?:village|town|hamlet|locality|commune|camp)s?\s+of\s+)"
    r"(" + CUED_NAME + r")")
_NOT_A_PLACE_NAME = frozenset({"ramadan", "islam", "arabic", "english", "french", "hausa", "congress", "parliament",
                             "court", "prison", "jail", "custody", "response", "retaliation", "addition", "total",
                             "st", "ave", "rd", "blvd", "dr", "ln", "hwy", "drive", "lane", "boulevard", "highway",
                             # a headline's happening, title-cased ("7 Injured in DC Shooting")
                             "shooting", "shootings", "attack", "attacks", "ambush", "raid", "clash", "clashes",
                             "blast", "explosion", "bombing", "stabbing", "crash", "fire", "killing", "killings"})


def _unknown_place(article: Article, draft: _Draft) -> tuple[int, int, str] | None:
    """The first name after a place cue in the event's sentences that is no place, actor or date sitrep found
    (start, end, name); None when there is none. Words the gazetteer's recogniser never takes for places ("in
    March", "in Parliament"), all-capital acronyms ("in JNIM's ..."), possessives ("in Sabako's market": a person's
    as often as a village's) and street abbreviations are not taken."""
    taken = [(m.start, m.end) for m in (*article.places, *article.actors, *article.dates)]
    for i in draft.sentences:
        sent = article.sentences[i]
        for m in _UNKNOWN_PLACE_CUE.finditer(sent.text):
            start, end = sent.start + m.start(1), sent.start + m.end(1)
            name = m.group(1)
            words = [fold(w) for w in name.split()]
            if any(a < end and start < b for a, b in taken) or name.isupper() or name.endswith(("'s", "’s")) or \
                    any(w in NOT_PLACES or w in _NOT_A_PLACE_NAME for w in words):
                continue
            return start, end, name
    return None


# how far apart the places one reading finds inside a unit may lie and still be one village's spread ("Baroua Gana"
# and "Baroua Koura", 4 km apart, both "Baroua"); farther, the reading is ambiguous
_UNIT_NAMESAKE_KM = 10.0
_NEAR_WORD_BEFORE = re.compile(r"\b(?:near|outside|around|area|vicinity|outskirts)\b", re.IGNORECASE)


def _unit_places(gaz: Gazetteer, cc: str, code: str) -> list[int]:
    """The settled places (not natural spots) of one admin1 unit of an imported country, built once per unit."""
    memo = gaz.memo.setdefault("unit-places", {})
    assert isinstance(memo, dict)
    if (cc, code) not in memo:
        rows = gaz.places.rows
        memo[(cc, code)] = [i for i, r in enumerate(rows)
                            if r[9] == "place" and r[2] == cc and r[3] == code and r[0] not in gaz.natural]
    return memo[(cc, code)]  # type: ignore[no-any-return]


def _namesake_in_unit(article: Article, draft: _Draft, unit: PlaceMention, gaz: Gazetteer,
                      replaced: PlaceMention | None) -> PlaceMention | None:
    """An event placed at an admin unit only (its seat, geo_precision 3), whose text names a village the gazetteer
    has inside that unit under a looser reading than the recogniser dares across a whole country: the village.
    The names read are the village the unit replaced (`replaced`: "near Baroua", a Zinder village, in an event of a
    group that fights in Diffa) and the first name after a place cue that nothing else took ("the village of Kain
    (Kain, Yatenga)"). Readings, the first that finds a place wins: the name's own keys ("Baroua", an alternate
    name of Baroua Koura), its spelling skeleton of any length ("Kain": GeoNames' Ka I-n, too short for the
    country-wide skeleton index), the first word of a longer name ("Lassa": Lassa Foulbe), the skeleton's
    consonants ("Momene": Momne). A reading whose places lie more than _UNIT_NAMESAKE_KM apart is ambiguous and
    ends the search (several places "Kablewa"'s consonants spell lie far apart in Diffa): the unit's seat stays."""
    if unit.feature not in ("admin1", "admin2") or unit.country_code not in gaz.focus:
        return None
    code = next((r[3] for i in gaz.lookup_ids(fold(str(unit.admin1 or ""))) if (r := gaz.places.rows[i])[9] == "admin1"
                 and r[2] == unit.country_code), None)
    if not code:
        return None
    rows = gaz.places.rows
    ids = _unit_places(gaz, unit.country_code, str(code))
    if unit.feature == "admin2":
        # (inside the second-order unit, or in none GeoNames files it under)
        ids = [i for i in ids if rows[i][5] in (unit.admin2, None, "")]
    names: list[tuple[int, int, str]] = []
    if replaced is not None:
        names.append((replaced.start, replaced.end, replaced.text))
    told = _unknown_place(article, draft)
    if told is not None:
        names.append(told)
    own = spelling_skeleton(fold(unit.name))
    for start, end, name in names:
        key = " ".join(fold(name).split())
        sk = spelling_skeleton(key)
        if len(sk) < 4 or sk == own:
            continue
        bare, plain = bare_skeleton(sk), key.replace(" ", "").replace("-", "")
        readings = (
            lambda r: spelling_skeleton(fold(str(r[1]))) == sk,
            lambda r: " " in str(r[1]).strip() and fold(str(r[1])).split()[0] == key,
            # (the consonants' reading keeps the name's words and is two letters off at most: "Dabougoun" is not
            # Daba Gana, "N'Garoua Gana" not Ngorgana)
            lambda r: len(bare) >= 3 and (rs := spelling_skeleton(fold(str(r[1]))))[:1] == sk[:1]
            and bare_skeleton(rs) == bare and len(fold(str(r[1])).split()) == len(key.split())
            and edit_distance(plain, fold(str(r[1])).replace(" ", "").replace("-", "")) <= 2,
        )
        own_keys = set(gaz.lookup_ids(key))
        for n in range(len(readings) + 1):
            hits = [i for i in ids if i in own_keys] if n == 0 else [i for i in ids if readings[n - 1](rows[i])]
            if not hits:
                continue
            hits.sort(key=lambda i: (-int(rows[i][8] or 0), i))  # type: ignore[call-overload]
            first = rows[hits[0]]
            if any(haversine_km(float(first[6]), float(first[7]), float(rows[i][6]), float(rows[i][7]))  # type: ignore[arg-type]
                   > _UNIT_NAMESAKE_KM for i in hits[1:]):
                return None
            near = _NEAR_WORD_BEFORE.search(article.text, max(0, start - 25), start) is not None
            return PlaceMention(start, end, article.text[start:end], str(first[1]), first[0], unit.country_code,  # type: ignore[arg-type]
                                unit.country, unit.admin1, first[5] or unit.admin2, float(first[6]), float(first[7]),  # type: ignore[arg-type]
                                "place", int(first[8] or 0), 0.4, "near" if near else "unit-namesake",  # type: ignore[call-overload]
                                next((j for j, st in enumerate(article.sentences) if st.start <= start < st.end),
                                     unit.sentence))
    return None


# a toll told place by place: "10 in Pissila, 8 in Barsalogho and 4 in Kaya", "five people were killed in A and
# three in B" (the figure, what it counts, then "in" and the place)
_TOLL_AT_PLACE = re.compile(r"\b(\d{1,4}|" + NUMBER_WORD_PATTERN + r")\s+(?:(?:more\s+)?(?:people|persons|civilians|"
                            r"villagers|soldiers|dead|deaths|victims|of\s+them)\s+)?(?:(?:were|was)\s+(?:killed|"
                            r"dead)\s+)?(?:in|at)\s+(?:the\s+(?:village|town|locality|commune)\s+of\s+)?(?=[A-Z])",
                            re.IGNORECASE)


def _toll_by_place(article: Article, draft: _Draft, ev: Event, gaz: Gazetteer) -> list[Event]:
    """The event told as one toll shared out among places ("Armed men attacked three villages on Sunday, killing 22
    people: 10 in Pissila, 8 in Barsalogho and 4 in Kaya"), one event a place with its own dead, as ACLED codes one
    event a location; [] where the text tells no such list or its figures do not add up to the event's toll."""
    if not ev.fatalities or ev.event_type not in ("Violence against civilians", "Battles", "Explosions/Remote violence"):
        return []
    for si in draft.sentences:
        sent = article.sentences[si]
        parts: list[tuple[int, PlaceMention]] = []
        for m in _TOLL_AT_PLACE.finditer(article.text, sent.start, sent.end):
            place = next((p for p in article.places if p.start == m.end() and p.feature in ("place", "admin2")), None)
            if place is None:
                continue
            w = m.group(1).lower()
            n = int(w) if w.isdigit() else _WORD_NUMBERS.get(w, 0)
            if n > 0 and all(q.name != place.name for _, q in parts):
                parts.append((n, place))
        if len(parts) < 2 or sum(n for n, _ in parts) != ev.fatalities \
                or len({p.country_code for _, p in parts}) != 1:
            continue
        sides = [k for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown") if getattr(ev, k)]
        side = sides[0] if len(sides) == 1 else "deaths_unknown"
        out = []
        for i, (n, place) in enumerate(parts):
            e = dataclasses.replace(ev, evidence=[v for v in ev.evidence if v.field not in ("location", "fatalities")],
                                    sources=list(ev.sources))
            _set_place(e, place, gaz)  # (its precision the place's: a district's is 2)
            e.fatalities = e.low = e.best = e.high = n
            if i > 0:  # (the wounded, abducted and arrested, told for the whole, are counted once: on the first part)
                e.wounded = e.abducted = e.arrested = 0
            e.deaths_a = e.deaths_b = e.deaths_civilians = e.deaths_unknown = 0
            setattr(e, side, n)
            e.evidence.append(_ev(article, "location", place.name, place.start, place.end, "place:toll-by-place"))
            e.evidence.append(_ev(article, "fatalities", n, place.start, place.end, "count:toll-by-place"))
            e.event_id = hashlib.sha1(f"{ev.event_id}:{i}".encode()).hexdigest()[:12]
            e.notes = _notes(e, article.sentences[draft.sentences[0]].text)  # (its own place and toll)
            out.append(e)
        return out
    return []


def _set_place(ev: Event, place: PlaceMention, gaz: Gazetteer) -> None:
    """The event's location fields from the place it happened at."""
    ev.geo_precision, ev.where_prec = _geo_precision(place)
    ev.location, ev.admin1, ev.admin2 = place.name, place.admin1, place.admin2
    ev.country, ev.country_code = place.country, place.country_code
    ev.iso = gaz.country_iso(place.country_code)
    ev.latitude, ev.longitude, ev.geonames_id = place.latitude, place.longitude, place.geonames_id


def _set_story_country(ev: Event, article: Article, cc: str, led: tuple[str, str, int, int, str] | None,
                       gaz: Gazetteer) -> None:
    """The country of an event whose place no gazetteer knows, from the text's other evidence (its actors,
    demonyms, leaders: `_story_country`): the country only, with no point and no precision ("Malian soldiers
    killed two civilians in Zorbatenga": Mali, the village kept as written)."""
    country = gaz.country(cc)
    ev.country, ev.country_code, ev.iso = country.name if country else cc, cc, gaz.country_iso(cc)
    if led is not None:
        ev.evidence.append(_ev(article, "country", ev.country, led[2], led[3], led[4]))
        if led[4].startswith("country:name-spelling"):
            # the country from the spelling of the unknown village's name: country-level precision, no point
            ev.geo_precision, ev.where_prec = 3, 6
        return
    said = next((m for m in [*article.actors, *article.places] if m.country_code == cc), None)
    if said is not None:
        ev.evidence.append(_ev(article, "country", ev.country, said.start, said.end, "country:story"))


def _headline_evidence(article: Article, field_: str, value: object, rule: str) -> Evidence:
    """Evidence from the headline, which is not part of the text (no sentence, no offsets)."""
    return Evidence(field=field_, value=str(value), article_id=article.id, sentence=-1, start=-1, end=-1,
                    text=article.title or "", rule=rule)


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
