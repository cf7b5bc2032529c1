"""ACLED's event types and sub-types, their disorder types and PLOVER categories, and the trigger rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ACLED_TYPES", "HIERARCHY", "TRIGGERS", "Trigger", "disorder_type_of", "plover_of"]

# ACLED's 6 event types and 25 sub-event types (codebook 2023).
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
        "Other",
    ),
}

# When tactics co-occur in one happening, ACLED codes the higher-ranked type (an ambush with IEDs during
# a ground fight is one Battles event). Lower number wins.
HIERARCHY: dict[tuple[str, str], int] = {
    ("Battles", "Non-state actor overtakes territory"): 0,
    ("Battles", "Government regains territory"): 0,
    ("Battles", "Armed clash"): 1,
    ("Violence against civilians", "Sexual violence"): 2,
    ("Violence against civilians", "Abduction/forced disappearance"): 3,
    ("Violence against civilians", "Attack"): 2,
    ("Explosions/Remote violence", "Suicide bomb"): 4,
    ("Explosions/Remote violence", "Air/drone strike"): 4,
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): 5,
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"): 5,
    ("Explosions/Remote violence", "Grenade"): 5,
    ("Riots", "Violent demonstration"): 6,
    ("Riots", "Mob violence"): 6,
    ("Protests", "Excessive force against protesters"): 6,
    ("Protests", "Protest with intervention"): 7,
    ("Protests", "Peaceful protest"): 8,
}

_POLITICAL = {"Strategic developments"}


def disorder_type_of(event_type: str) -> str:
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type in _POLITICAL:
        return "Strategic developments"
    return "Political violence"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A rule: words that signal an event of a type; `family` groups rules that describe one happening."""

    name: str
    pattern: re.Pattern[str]
    event_type: str
    sub_event_type: str
    family: str  # "violence", "protest", or a strategic kind ("agreement", "withdrawal", "military-aid", ...)
    plover: tuple[str, str]


def _p(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)


TRIGGERS: tuple[Trigger, ...] = (
    Trigger("ambush", _p(r"ambush(?:ed|es|ing)?|clash(?:ed|es)?|gun ?battle|firefight|fighting|fought|"
                         r"battle|exchange of fire|exchanged fire|engaged|repelled|repulsed|counter-?attack(?:ed)?|"
                         r"offensive"),
            "Battles", "Armed clash", "violence", ("FIGHT", "small arms")),
    Trigger("attack-military", _p(r"attack(?:ed|s|ing)?|raid(?:ed|s)?|assault(?:ed)?|stormed|overran"),
            "Battles", "Armed clash", "violence", ("FIGHT", "small arms")),
    Trigger("massacre", _p(r"massacre(?:d)?|executed|slaughtered|shot dead|gunned down|killed|killing"),
            "Violence against civilians", "Attack", "violence", ("ASSAULT", "firearms")),
    Trigger("abduction", _p(r"kidnap(?:ped|ping|pings)?|abduct(?:ed|ion|ions|ing)?|taken hostage|took hostage|"
                            r"held hostage|seized \w+ hostages?|hostages?"),
            "Violence against civilians", "Abduction/forced disappearance", "violence", ("ASSAULT", "abduct")),
    Trigger("ied", _p(r"roadside bomb|improvised explosive(?: device)?|IEDs?|landmines?|land mines?|"
                      r"explosive device|hit a mine|struck a mine|mine blast|bomb blast|explosion|exploded"),
            "Explosions/Remote violence", "Remote explosive/landmine/IED", "violence", ("ASSAULT", "explosion")),
    Trigger("air", _p(r"air ?strikes?|drone strikes?|aerial (?:bombardment|strikes?|attack)|air raids?|"
                      r"airstrike|bombed from the air|(?:drone|aircraft|helicopter|jet)s? (?:struck|bombed|targeted|hit)"),
            "Explosions/Remote violence", "Air/drone strike", "violence", ("ASSAULT", "aerial")),
    Trigger("suicide", _p(r"suicide (?:bomb(?:er|ers|ing)?|attack(?:er)?|vest)"),
            "Explosions/Remote violence", "Suicide bomb", "violence", ("ASSAULT", "suicide")),
    Trigger("shelling", _p(r"shell(?:ed|ing)|mortar(?:s| fire| rounds?)?|artillery|rockets? (?:fire|attack)"),
            "Explosions/Remote violence", "Shelling/artillery/missile attack", "violence", ("ASSAULT", "explosion")),
    Trigger("riot", _p(r"riot(?:ed|ers|ing|s)?|threw stones|hurled stones|torched|set fire to|ransacked|"
                       r"looted|burned tyres|burnt tyres|barricades"),
            "Riots", "Violent demonstration", "protest", ("PROTEST", "riot")),
    Trigger("protest", _p(r"protest(?:ed|ers|ing|s)?|demonstrat(?:ed|ion|ions|ors|ors')|rall(?:y|ied|ies)|"
                          r"marched|sit-in|took to the streets"),
            "Protests", "Peaceful protest", "protest", ("PROTEST", "demonstrate")),
    Trigger("agreement", _p(r"agreements?|accords?|ceasefire|cease-fire|truce|peace deal|memorandum of understanding|"
                            r"pact|treaty"),
            "Strategic developments", "Agreement", "agreement", ("AGREE", "agreement")),
    Trigger("withdrawal", _p(r"withdr[ae]w(?:al|n|s|ing)?|pull(?:ed|ing)? out|pullout|troop reduction|leave the country|"
                             r"exit of (?:its |their )?troops"),
            "Strategic developments", "Other", "withdrawal", ("CONCEDE", "withdraw")),
    Trigger("military-aid", _p(r"(?:sent|send|sends|delivered|deliver|delivers|supplied|supply|deployed|deploys|"
                               r"arrived with|handed over|donated)\b(?:\s+\w+){0,5}\s+(?:trainers|instructors|"
                               r"air[- ]defen[cs]e system|weapons|arms|drones|helicopters|armou?red vehicles|"
                               r"military equipment|troops|soldiers|personnel|mercenaries)"),
            "Strategic developments", "Other", "military-aid", ("AID", "military")),
    Trigger("arrests", _p(r"arrest(?:ed|s)|detained|rounded up"),
            "Strategic developments", "Arrests", "arrests", ("COERCE", "arrest")),
)

# Words around an agreement trigger that say it was revoked/cancelled (PLOVER REJECT) rather than signed.
REVOKE = _p(r"revok(?:e|es|ed|ing)|revocation|terminat(?:e|es|ed|ing)|cancel(?:s|ed|led|ing)?|"
            r"suspend(?:s|ed|ing)?|denounc(?:e|ed|es)|scrap(?:ped|s)?|annul(?:led|s)?|tore up|pull(?:ed)? out of|"
            r"withdr[ae]w from")
SIGN = _p(r"sign(?:s|ed|ing)?|agree[ds]?|conclud(?:e|ed)|reach(?:ed)?|struck|seal(?:ed)?|broker(?:ed)?")


def plover_of(trigger: Trigger, *, announced: bool, revoked: bool = False) -> tuple[str, str]:
    if trigger.family == "withdrawal":
        return ("CONCEDE", "withdraw") if announced else ("RETREAT", "withdraw")
    if trigger.family == "agreement" and revoked:
        return ("REJECT", "agreement")
    return trigger.plover
