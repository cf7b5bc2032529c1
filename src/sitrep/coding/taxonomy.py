"""ACLED's event types and sub-types, their disorder types and PLOVER categories, and the trigger rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ACLED_TYPES", "ASSASSINAT", "DEMAND", "HANDOVER_OBJECT", "HIERARCHY", "INTERCEPTED", "REVOKE", "NON_VIOLENT", "NOTE_LABEL", "NOTE_LABELS", "REVOLT_FIRING", "SIGN", "STONED", "STRIKE", "TERRITORY_OBJECT",
           "TRANSFER", "TRIGGERS", "TRIGGER_BY_NAME",
           "Trigger", "WITHDRAW_ACT", "disorder_type_of", "plover_of"]

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


# misspellings news and notes write, one consonant single or doubled: "assasinated", "stonned" (the trigger, toll and
# kill-gate patterns share them)
ASSASSINAT = r"as{1,2}as{1,2}inat"
STONED = r"ston{1,2}ed"
# ... and "kill" with one "l" or three: "kiling one civilian", "killling him" (the toll patterns)
KILLED = r"kil{1,3}ed"
KILLING = r"kil{1,3}ing"
# ... and the vowel news writes wrong too: "heavy artillary", "artilery fire"
ARTILLERY = r"artill?[ae]ry"


# a present-tense verb that tells no happening: an intent, a duty or a doubt ("vowed to arrest", "will destroy",
# "could destroy", "did not arrest")
_PRESENT_NOT_MEANT = (r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bcan )(?<!\bshould )(?<!\bmust )"
                      r"(?<!\bmay )(?<!\bmight )(?<!not )(?<!n't )(?<!\blet )(?<!\bhelp )")


# shots fired, told with their count or kind: "several warning shots", "two gun shots", "gunshots"
_SHOTS = r"(?:(?:several |a few |some |many |numerous |multiple |two |three |\d+ )?(?:warning )?(?:gun ?)?shots?)"


# whom a present-tense "arrest" or "detain" takes, told by a count or by who they are: "arrest 12", "detain several",
# "arrest the suspects", "detain a man"
_HELD_COUNT = r"\d+|several|two|three|four|five|six|seven|eight|nine|ten|dozens"
_HELD_WHOM = (r"an?|the|one|some|many|members?|suspect(?:ed|s)?|alleged|presumed|people|men|women|civilians|militants|"
              r"jihadists")


def _p(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)


# the people armed men seize, and the men who seize them (see the "abduction" trigger)
_SEIZED_PERSON = (r"priests?|pastors?|imams?|catechists?|nuns?|missionar(?:y|ies)|teachers?|chiefs?|mayors?|officials?|"
                  r"aid workers?|workers?|doctors?|nurses?|traders?|merchants?|engineers?|journalists?|tourists?|"
                  r"foreigners?|man|woman|men|women|boys?|girls?|child(?:ren)?|civilians?|villagers?|herders?|farmers?")
# men of a force, as those taken by the other side
_FORCE_MEN = (r"(?:soldiers|troops|military|gendarmes|policemen|police officers|servicemen|guards|soldier|gendarme|"
              r"policeman)\b")
_SEIZERS = (r"(?:gunmen|militants|jihadists|kidnappers|armed men|bandits|assailants|attackers|terrorists|insurgents|"
            r"rebels|fighters)")


# what is looted: "seized a large number of ruminants", "a large amount of medicine was seized"
_GOODS = (r"(?:livestock|cattle|animals|goats|sheep|camels|oxen|cows|herds?|ruminants|vehicles?|motorbikes?|"
          r"motorcycles?|goods|belongings|food|cereals?|grain|money|cash|phones|ambulance|trucks?|carts?|medicines?|"
          r"medical supplies|supplies|donkeys?|horses?|camel|cow|goat|ox|bull|tricycles?|bicycles?|fuel|harvests?|"
          r"personal effects|solar panels?|generators?|batteries|millet|rice|maize|sorghum|(?:bags|sacks) of \w+|"
          r"vans?|minibus(?:es)?|pick-?ups?|(?:elections?|electoral|voting) (?:materials?|kits?)|"
          # people's papers taken from them: "seized the voter cards handed out to villagers"
          r"(?:voter|voters'|voting|electoral|identity|ID) cards)")


# bearers of explosives caught before they were set ("arrested two men in the process of planting an IED", "were
# caught while laying mines"): ACLED's disrupted weapons use, the arrest part of it
CAUGHT_PLANTING = (r"\b(?:in the process of|while|as they were|caught) (?:planting|laying|placing|burying) "
                   r"(?:an? |the |two |several )?(?:[\w-]+ )?(?:IEDs?|explosive devices?|(?:land)?mines?|bombs?|explosives)\b")


# forces that fire their weapons in protest or in anger ("troops fired shots in the air in protest", "angry soldiers
# fired their weapons"): a revolt the mutiny trigger and the coder's mutineers both read
REVOLT_FIRING = (r"(?:fired|firing) (?:[\w-]+ ){0,4}?(?:shots?|weapons?|guns?|rifles?|rounds|bullets|volleys?|in the air)"
                 r"(?: [\w-]+){0,4}? in protest|"
                 r"(?:angry|disgruntled|discontented|protesting) (?:soldiers|troops|policemen|police officers|"
                 r"gendarmes|guards) (?:[\w-]+ ){0,8}?(?<!been )(?<!were )(?<!was )(?:fired|firing|rampag\w+|shooting)")


# a drone, a missile or a rocket brought down or intercepted before it struck, the interception ACLED codes as
# disrupted weapons use ("a drone was shot down over the border", "air defences intercepted two missiles"; not a
# crewed aircraft: "shot down a helicopter", a battle); the coder also reads no violence inside it
_WEAPON_FLOWN = r"(?:drones?|UAVs?|missiles?|rockets?)"
INTERCEPTED = (r"(?:(?:shot|shoot|shooting|brought|bring|downed) (?:down )?|intercept(?:ed|s|ing)? )"
               r"(?:a |an |the |two |three |several |\d+ )?(?:[\w-]+ ){0,3}?" + _WEAPON_FLOWN + r"\b|"
               + _WEAPON_FLOWN + r" (?:was|were|had been) (?:\w+ )?(?:shot down|downed|intercepted)")

# who does a deed told as a headline, in the present ("Gunmen kill policeman in X", "Militiamen shoot 2 dead",
# "Kenyan forces kill 5 militants", "SAF bomb Gindi"): armed people, or a force named by its acronym (not a weapon's:
# "IED", "UXO"). The deed's word must follow the doers at once, so "gunmen threaten to kill" is not one.
HEADLINE_DOERS = (r"(?:gunm[ae]n|militiam[ae]n|militias|militants|rebels|insurgents|jihadists|islamists|bandits|assailants|"
                  r"attackers|soldiers|troops|forces|policemen|police|army|military|fighters|herdsmen|raiders|"
                  r"(?-i:(?!(?:IED|VBIED|UXO|ERW|AK|RPG)s?\b)[A-Z]{2,6}s?))(?: (?:reportedly|allegedly))?")
# a deed told as one that recurs or is only feared is no happening: "gunmen kill people every week in X"
HEADLINE_NOT_HABIT = (r"(?![^.;]{0,80}?\b(?:every|each (?:day|week|month|year|night)|regularly|routinely|often|usually|always|"
                      r"frequently|daily|weekly|continue to|unless|if)\b)")

# Trigger words. Whether a hit is an occurrence (not an intention, a negation or background) is decided by the
# coder from its clause; these patterns only say what kind of happening a word points to.
# a closure for a cause that is no one's threat, told after it: "closed schools because of the pandemic", "markets
# were closed for the holidays", "... over the floods" (no armed group's or a crowd's doing: not an event)
_NOT_FOR_FEAR = (r"(?![^.;]{0,80}?\b(?:pandemic|coronavirus|covid(?:-19)?|epidemic|virus|outbreak|cholera|ebola|"
                 r"holidays?|heat ?waves?|heat|floods?|flooding|storms?|rains?|snow|maintenance|renovation)\b)")

# the aircraft a missile was fired by: "by an army helicopter", "by a fighter jet" (an air strike, not shelling)
_FIRED_BY_AIRCRAFT = r"(?:(?:[\w'’-]+ ){0,3}?(?:drones?|helicopters?|gunships?|(?:fighter |war|combat )?jets?|aircrafts?|(?:war)?planes?|warplanes?|UAVs?)\b)"


TRIGGERS: tuple[Trigger, ...] = (
    # (two sides that "battled for control of Kidal", "battled each other": a fight, as "battled with")
    Trigger("ambush", _p(r"ambush(?:ed|es|ing)?|clash(?:ed|es|ing)?|gun ?battles?|firefights?|fighting|fought|"
                         r"battle|battled (?:with|against|for|over|each other|one another)\b|exchange of fire|exchanged fire|repelled|repulsed|counter-?attack(?:ed|s)?|skirmish(?:es)?|"
                         r"offensive|engaged (?:in )?(?:combat|fighting)|gunfight|shoot-?outs?|"
                         # a side that came to the scene and put armed men to flight ("the army intervened and the
                         # assailants fled", "MINUSMA peacekeepers intervened and routed the assailants"; Sahel files:
                         # 14 of 18 such notes are battles; not a crowd dispersed: the fled are armed men)
                         r"intervened,? (?:and )?(?:routed|chased|forced|drove|pushed) (?:away |off |back )?(?:the )?"
                         r"(?:[\w-]+ )?(?:assailants|attackers|militants|gunmen|bandits|jihadi(?:st)?s|terrorists|kidnappers|"
                         r"robbers|militiam[ae]n)\b|"
                         r"intervened(?=(?: [\w,-]+){0,8}? (?:the )?(?:assailants|attackers|militants|gunmen|bandits|"
                         r"jihadi(?:st)?s|terrorists|kidnappers|robbers) (?:\w+ )?(?:fled|retreated|withdrew|were (?:routed|"
                         r"chased|forced|driven)))|"
                         # two sides told by the violence that started between them ("violence erupted between GATIA and
                         # the CMA", "hostilities broke out between the two factions"; crowds or peoples named as the
                         # sides are the coder's to judge, as with "clashes")
                         r"(?:violence|hostilities) (?:(?:has|have|had) )?(?:broke out|broken out|erupted|flared(?: up)?) between|"
                         # armed men or their convoy stopped by the other side ("soldiers intercepted a group of JNIM
                         # militants", "forces intercepted a suspected ISGS convoy"; not "intercepted a truck of fuel")
                         r"intercepted (?:a |an |the |two |several )?(?:group of |convoy of |column of )?(?:suspected |"
                         r"presumed )?(?:[\w-]+ ){0,2}?(?:militants|fighters|jihadi(?:st)?s|rebels|assailants|gunmen|insurgents|"
                         r"terrorists|bandits)\b|intercepted (?:a |an |the )?(?:suspected |presumed |militant |jihadist |"
                         r"terrorist |rebel |armed )(?:[\w-]+ ){0,2}?(?:convoy|column)|"
                         r"routed (?:[\w-]+ ){0,4}?(?:militants|fighters|jihadi(?:st)?s|rebels|assailants|gunmen|attackers|"
                         r"insurgents|terrorists|group|elements)|"
                         # armed men driven back, the verb's particle before or after its object ("MSA militiamen
                         # pushed the militants back", "forces pushed back an advance by the rebels"; not "pushed
                         # back the election")
                         r"push(?:ed|es|ing)? back (?:[\w-]+ ){0,4}?(?:militants|fighters|jihadi(?:st)?s|rebels|assailants|"
                         r"gunmen|attackers|insurgents|terrorists|elements|advances?|attacks?|assaults?|offensives?)|"
                         r"push(?:ed|es|ing)? (?:the |an? )?(?:[\w-]+ ){0,2}?(?:militants|fighters|jihadi(?:st)?s|rebels|"
                         r"assailants|gunmen|attackers|insurgents|terrorists|elements|advances?|attacks?|assaults?) back|"
                         # (a crewed aircraft: "the Islamists shot down a French helicopter"; a drone is a weapon
                         # stopped, `weapons`)
                         r"shot down (?:a |an |the |two )?(?:[\w-]+ ){0,2}?(?:helicopters?|planes?|aircraft|jets?)|"
                         r"engaged (?:[\w/-]+ ){0,6}?(?:militants|fighters|jihadi(?:st)?s|rebels|assailants|gunmen|insurgents|"
                         r"terrorists|elements)|"
                         # armed men who took on a force: "unidentified armed men engaged the army" (not in talks)
                         r"engaged (?:the )?(?:[\w-]+ ){0,2}?(?:army|soldiers|troops|military|gendarmes|patrols?|convoys?)"
                         r"(?=\s*[,.;:]|\s*$|\s+(?:near|at|around|outside|inside|between|during|before|after|and|"
                         r"on the outskirts)\b|\s+in (?!(?:[\w-]+ )?(?:talks|dialogue|discussions?|negotiations|"
                         r"consultations|debates?)\b))|"
                         r"(?:conducted|launched|carried out|led) (?:an? |several |joint |two |three |new )?(?:[\w-]+ ){0,3}?"
                         r"(?<!air )(?<!aerial )(?<!drone )(?<!artillery )(?:operations?|offensives?|sweeps?|raids?) (?:against|targeting|on|"
                         r"to (?:neutrali[sz]e|flush out|"
                         r"track down|dislodge)) (?:[\w/-]+ ){0,4}?(?:militants|fighters|jihadi(?:st)?s|rebels|assailants|"
                         r"gunmen|insurgents|terrorists|elements|positions|bases|hideouts|camps|members|groups?|JNIM|ISGS|"
                         r"ISWAP|Boko Haram)|"
                         # a force's ground operation told by its kind, its target left to the next words or sentence
                         # ("Barkhane forces conducted a combined air-ground operation near X", "carried out a
                         # counter-terrorism operation in the Ifoghas mountains"): ACLED codes the fight it was (not a
                         # search, combing, securing or aerial operation: those are the movement and air rules)
                         r"(?:conducted|carried out|carried|launched|led|undertook) (?:an? |the |several |two |three |"
                         r"new |vast |large-scale |joint |)(?:(?:combined|military|ground|air-ground|air/ground|"
                         r"air-land(?:ed|ing)|air-supported|airborne|heliborne|counter-?terror(?:ism|ist)|"
                         r"counter-?insurgency|anti-?terror(?:ism|ist)) )+operations?"),
            "Battles", "Armed clash", "violence", ("FIGHT", "small arms")),
    # territory: taken by a non-state group, taken back by the state (who took it decides, see the coder)
    Trigger("retake", _p(r"regain(?:ed|s)? (?:full |total )?(?:control|territory|the town|the city|the area|positions)|"
                         # (places held by mutineers or rebels: "the government regained the sites where soldiers mutinied")
                         r"regain(?:ed|s)? (?:the |all )?(?:[\w-]+ )?(?:sites|areas|localities|towns|villages|bases?|camps?|"
                         r"airport|barracks|positions?)|retook|retake|recaptur(?:ed|es|e)|retaken|re-?took|took back|"
                         r"liberated (?:the )?(?:town|city|village|locality|area)|regained (?:the )?(?:town|city|village)|"
                         # a place regained told by its name: "clashed with Ansar Dine and regained Kona"
                         r"(?-i:regain(?:ed|s)? [A-Z][\w'’-]+)"),
            "Battles", "Government regains territory", "violence", ("FIGHT", "occupy territory")),
    # ("gain" with a plural doer: "the rebels gain control of Kona", as "take")
    Trigger("takeover", _p(r"(?:took|seized|taken|take|gain|gained|wrested|seize|claimed|claims|assumed) (?:full |total )?"
                           r"control (?:of|over)"
                           # (not a body, a business, a system or a situation: "the opposition took control of the
                           # region's council", "hackers took control of the city's computer network", "the company
                           # took control of the bank", "the army took control of the situation")
                           r"(?! (?:the |a |an |its |their |his |her )?(?:[\w'’-]+ ){0,2}?(?:council|board|company|firm|"
                           r"banks?|network|systems?|party|parliament|senate|congress|chamber|assembly|legislature|"
                           r"budget|agenda|narrative|situation|debate|game|match|ball|negotiations|talks|process|"
                           r"economy|finances|operations|management|club|team|majority|"
                           r"computers?|servers?|websites?|accounts?)(?=[\s.,;:)]|$)(?! (?:buildings?|offices?|"
                           r"headquarters|premises|compound|barracks)))|under the control of|"
                           r"(?:captured|captures?|seized|seize|seizes) (?:the |a )?(?:[a-z]+ )?(?:town|city|village|"
                           r"locality|base|camp|military camp|military base|localities|towns|airport)(?! (?:market|hall|council))|"
                           # (a headline's present: "Rebel fighters gain control of another northern town", "Rebels
                           # seizes control of the town"; only of a place told by its noun: not "GOP gains control of
                           # the House", "Musk takes control of Twitter", "the president assumes control of the country")
                           r"(?:gains?|takes|seizes|wrests|assumes) (?:full |total )?control (?:of|over) "
                           r"(?:the |a |an |another )?(?:[a-z]+ )?(?:towns?|city|cities|villages?|"
                           r"regions?|localit(?:y|ies)|areas?|military camps?|military bases?|camps?|bases?)\b|"
                           # (a base or camp overrun is held too: "the militants overran the base", "overran and burned
                           # the camp")
                           r"(?:overr?an|overrun|overruns)(?: and (?:burned|looted|destroyed|ransacked))? (?:another |the |a )?"
                           r"(?:[a-z]+ )?(?:town|city|village|military base|military camp|base|camp|barracks)|"
                           # (or a named area: "gunmen occupied the Boni area", not "occupied the town hall")
                           r"occupied (?:the )?(?:(?-i:[A-Z][\w'-]+) )?(?:town|city|village|locality|area|zone|district)"
                           r"(?! (?:halls?|councils?|squares?|markets?))|(?:was|were) occupied by|"
                           # a place taken, told in the passive: "the town of Gao was seized by militants", "the camp
                           # was captured by the rebels" (the doer is armed: not "goods were seized by police"; not a
                           # bare name, which may be a person's: "Smith was captured by rebels"; a camp "overrun" in an
                           # attack is told of the fight, ACLED's clash)
                           r"(?:town|city|village|locality|base|camp|military camp|military base|barracks|airport)"
                           r"(?: of (?-i:[A-Z][\w'-]+))? (?:was|were|has been|had been|have been) "
                           r"(?:seized|captured|taken(?: over)?) by (?:the )?(?:[\w-]+ ){0,2}?(?:militants|"
                           r"jihadi(?:st)?s|islamists|rebels|insurgents|gunmen|fighters|terrorists|armed (?:men|groups?|elements)|"
                           r"assailants|attackers)\b|"
                           r"fell (?:in)?to (?:the )?(?:hands of )?(?:militants|jihadi(?:st)?s|rebels|insurgents|islamists)|"
                           # (not a thing of the town: "has taken over the city's waste collection", "the mayor had
                           # taken over the town hall")
                           r"(?:took|take|takes|taking|taken) over (?:the |a |an )?(?:[a-z]+ )?(?:towns?|city|cities|villages?|"
                           r"localit(?:y|ies)|areas?)(?!['’]s?\b|[- ]?(?:halls?|councils?|councillors?|markets?|hospitals?|"
                           r"administrations?|governments?|management|services?|authorit(?:y|ies)|assembl(?:y|ies)|"
                           r"chiefs?|offices?)\b)|(?:took|take|takes|taking|taken) the (?:[a-z]+ )?(?:town|city|village) of|"
                           # (a headline's object with no name: "Rebel forces take a town following a battle")
                           r"(?:took|take|takes) (?:a|another) (?:[a-z]+ )?(?:town|city|village)(?! (?:halls?|councils?|markets?|bus(?:es)?|roads?|chiefs?|squares?|cent(?:er|re)s?|meetings?|"
                           r"elders?|folk|life|people|schools?|wells?|heads?|doctors?|tours?|walks?))\b|"
                           r"(?-i:seized [A-Z][\w'-]+ from)|"
                           r"(?:overtake|overtakes|overtook|overtaken) (?:a |the |many |several )?(?:[a-z]+ )?(?:towns?|city|"
                           r"village|regions?|military camps?|military bases?|camps?|bases?)|"
                           r"(?:overtake|overtakes|overtook|overtaken) (?:the town of )?(?-i:[A-Z][\w'-]+)|"
                           # (armed men driven out of a town, told by any verb of driving: "drove the soldiers from the
                           # town", "say they have pushed the rebels out of a northern town", "chased the militants out
                           # of the village"; who took it decides the sub-type, see the coder)
                           r"(?:drove|driven|pushed|chased) (?:\w+ ){0,4}?(?:forces|fighters|rebels|militants|troops|soldiers|"
                           r"army) (?:out )?(?:of|from) (?:the |a |an )?(?:[a-z]+ )?(?:towns?|city|village|locality)|"
                           # armed men's ground won, told as advances in a place: "rebels make further advancements
                           # in Kidal", "the jihadists made new gains around Konna" (not "advances in technology": the
                           # doers are armed)
                           r"(?:rebels|militants|jihadi(?:st)?s|islamists|insurgents|fighters)(?:\s+[\w,-]+){0,3}?\s+"
                           r"(?:made|make|makes|making)\s+(?:further\s+|new\s+|more\s+|significant\s+|major\s+)?"
                           r"(?:advances|advancements|gains|territorial\s+gains)\s+(?:in|on|into|towards|around)\s+"
                           r"(?:the\s+(?:town|city|region|north|south|east|west)\s+of\s+)?(?-i:[A-Z][\w'-]+)"),
            "Battles", "Non-state actor overtakes territory", "violence", ("FIGHT", "occupy territory")),
    Trigger("attack-military", _p(r"attack(?:ed|s|ing)?|raid(?:ed|s|ing)?|assault(?:ed|s)?|(?<=, )assaulting|stormed(?! (?:to|out|off|in to)\b)|overran|over-ran|"
                         r"opened fire|fired (?:on|at|upon)|gunfire|shooting|shot at|"
                         # vehicles struck with the armed men in them: the men were attacked ("destroyed two vehicles
                         # carrying JNIM fighters"; not property alone: "destroyed two vehicles")
                         r"destroy(?:ed|s|ing)? (?:[\w-]+ ){0,2}?(?:vehicles?|pick-?ups?|trucks?|motorbikes?|motorcycles?|"
                         r"cars?|boats?|convoys?) (?:carrying|transporting) (?:[\w-]+ ){0,3}?(?:militants|terrorists|"
                         r"jihadi(?:st)?s|fighters|rebels|insurgents|gunmen|assailants|soldiers|troops)\b|"
                         # fire the subject took ("a patrol came under heavy fire", "troops coming under sniper fire";
                         # the coder drops the criticism: "the minister came under fire over his remarks")
                         r"(?:came|come|comes|coming) under (?:[\w-]+ ){0,2}?fire|"
                         # shots told by what they hit or by whom ("gunmen sprayed the bus with bullets", "soldiers
                         # were targeted by snipers", "two policemen caught in the crossfire")
                         r"spray(?:ed|ing|s)? (?:[\w'’-]+ ){0,4}?with (?:bullets|gunfire)|caught in (?:a |the )?cross-?fire"
                         # (not a quarrel's: "caught in the crossfire of a political row")
                         r"(?! of (?:a |the )?(?:[\w-]+ )?(?:row|dispute|debate|feud|rivalry|quarrel|spat|squabble)s?\b)|"
                         r"targeted by (?:[\w-]+ ){0,2}?(?:snipers?|gunmen|militants|jihadi(?:st)?s|insurgents|rebels|"
                         r"terrorists|bandits|assailants|fighters)\b|"
                         # armed men who made their way into a place ("unknown gunmen made an incursion into the village
                         # of X"; ACLED: an attack, or the fight it led to)
                         r"(?:made|carried out|launched|conducted) (?:an? )?(?:armed |new |fresh )?incursions? into|"
                         # forces or their means aimed at ("JNIM targeted a MINUSMA convoy", "claimed to have targeted
                         # French military aircrafts"; not "targeted voters", "targeted ads")
                         r"targeted (?:an? |the |their |its |two |three |several )?(?:[\w'’-]+ ){0,3}?(?:convoys?|"
                         r"patrols?|posts?|positions?|bases?|camps?|checkpoints?|vehicles?|aircrafts?|planes?|"
                         r"helicopters?|troops|soldiers|forces|barracks)\b|"
                         # forces' operation on an armed group's men or camp that took some of them, no one killed
                         # ("Barkhane forces carried out an operation in X, arresting several suspected militants",
                         # "the army dismantled a militant base, two militants were captured": ACLED's armed clash;
                         # not a search that took suspects, "an operation led to the arrest of 15 suspected criminals",
                         # nor a base dismantled and goods seized with no one taken, the damage)
                         r"(?:(?:carried out|conducted|launched|led) (?:an? |joint |several |two |three )?(?:[\w-]+ ){0,3}?"
                         r"operations?|dismantl(?:ed|ing) (?:an? |the |two |three |several )?(?:[\w/-]+ ){0,6}?"
                         r"(?:camps?|bases?|hide-?outs?|strongholds?))\b"
                         # (the armed men the arrest's object, or the ones arrested: not "arrested four people suspected
                         # of recruiting jihadists", "arresting 40 migrants, and said no terrorists were found";
                         # police's operation is no fight: see _POLICE_OPERATION in events.py)
                         r"(?=[^.;]{0,200}?(?:\b(?:arrest(?:ed|ing)|captur(?:ed|ing)|apprehend(?:ed|ing))\s+"
                         r"(?:(?!(?:of|no|for|being|who|that|and|or|people|men|persons|individuals)\b)[\w-]+\s+){0,3}?"
                         r"(?:militants|jihadi(?:st)?s|terrorists|insurgents|islamists|combatants)\b|"
                         r"(?<!\bno )"
                         r"\b(?:militants|jihadi(?:st)?s|terrorists|insurgents|islamists|combatants)\s+"
                         r"(?:(?:were|had been|have been|was) )?(?:(?:killed|neutrali[sz]ed|wounded) and (?:[\w-]+ ){1,2}?)?"
                         r"(?:arrested|captured|apprehended)\b))|"
                         r"(?:fired|firing) " + _SHOTS + r" (?:against|at|on|towards|into (?!the air))"
                         # (not at a goal: "fired two shots at goal")
                         r"(?! (?:the |his |her |their |an? )?(?:goal|net|basket)\b)"),
            "Battles", "Armed clash", "violence", ("FIGHT", "small arms")),
    Trigger("massacre", _p(
                           # a killing told as a headline, its doers first: "Gunmen kill policeman in Wau" (see above)
                           HEADLINE_DOERS + r" (?:(?:arrest|abduct|kidnap|beat|torture|attack|shoot) and )?(?:kill|shoot (?:[\w-]+ ){0,3}?dead|gun down|behead|execute|hack (?:[\w-]+ ){0,3}?to death)"
                           r"\b(?! (?:to|or|if|and (?:are|were|be))\b)" + HEADLINE_NOT_HABIT + r"|"
                           r"massacre(?:d)?|executed(?!\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
                           r"(?:warrants?|orders?|plans?|contracts?|deals?|strateg(?:y|ies)|programs?|programmes?|"
                           r"operations?|raids?|searches|search|transactions?|trades?|moves?))|slaughtered|shot dead|gunned down|killed|killings?|beheaded|"
                           r"murders|slayings?|"
                           # the victims between "shot" and "dead": "a gunman shot a clerk and his customer dead" (not
                           # "shot a film about the dead")
                           r"shot (?:a|an|the|his|her|their|two|three|four|five|six|several|\d+) (?:(?!(?:to|in|at|into|on|for|with|about|"
                           r"a|an|\d+)\b)[\w'’-]+ ){1,5}?(?<!the )dead\b|"
                           # a killing told by its noun, its victim after: "ended with the execution of the civilian",
                           # "the summary execution of two herders" (not "the execution of the plan")
                           r"executions? of (?:a|an|the|two|three|four|five|several|\d+) (?:[\w'-]+ ){0,2}?(?:civilians?|"
                           r"m[ae]n|wom[ae]n|villagers?|residents?|herders?|farmers?|traders?|hostages?|prisoners?|"
                           r"detainees?|suspects?|people|persons?|youths?|boys?|girls?|chiefs?|imams?|teachers?)\b|"
                           r"murdered|murder of|(?:slit|cut|slashed) (?:the|their|his|her) throats?|burned alive|burnt alive|" + ASSASSINAT + r"(?:ed|es|ing|ions?)|lynched|"
                           r"decapitated|"
                           # a person put to death by hanging: "a suspected thief was hanged by vigilantes", "militants
                           # publicly hanged two men accused of spying" (not one who hanged himself, nor a thing hung:
                           # "portraits of the slain soldiers were hanged on the walls")
                           r"(?:was|were|been|being) (?:publicly |summarily |later )?hanged\b(?!\s+(?:up\b|on\s+(?:the\s+)?"
                           r"(?:walls?|doors?|gates?|fa[cç]ades?|fences?|poles?|balcon\w+)\b|in\s+(?:the\s+)?(?:halls?|"
                           r"galler\w+|lobb\w+|offices?|museums?)\b))|"
                           r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )hanged (?:a|an|the|two|three|four|five|six|several|\d+) "
                           r"(?:[\w-]+ ){0,3}?(?:m[ae]n|wom[ae]n|civilians?|villagers?|suspects?|thie(?:f|ves)|youths?|boys?|"
                           r"people|persons?|hostages?|prisoners?|herders?|farmers?|traders?|chiefs?)\b|"
                           # a person strangled by someone, or found so: "was found strangled in his room", "strangled by
                           # unknown assailants" (not "a strangled economy")
                           r"(?:was|were|been|found|being) strangled\b|strangled (?:to death|by|him|her|them)\b|"
                           # people burned by others, not in a fire ("residents burned them alive", "a mob burned to death a
                           # young man"; not "he burned to death in the blaze", "was burned to death")
                           r"(?<!was )(?<!were )(?<!been )(?:burned|burnt) (?:[\w-]+ ){1,3}?(?:alive|to death)|"
                           r"(?<!was )(?<!were )(?<!been )(?:burned|burnt) to death (?=(?:a|an|the|two|three|four|five|\d+) )|"
                           # people burned to death in a fire someone set: "gunmen set fire to the bus; six passengers
                           # burned to death" (not a fire of no one's doing: "six people burned to death in a house fire")
                           r"(?:set fire to|set (?:[\w'’-]+ ){1,3}?(?:ablaze|on fire|alight)|torched|firebombed)\b[^.]{0,80}?"
                           r"\b(?:burned|burnt) to death\b|"
                           # several people found dead: "10 Bambara farmers were found dead in the fields"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of) "
                           r"(?:[\w-]+ ){0,3}?(?:were|have been|had been) found dead|"
                           r"stabbed to death|hacked to death|"
                           # the victims between the verb and "to death": "gunmen hacked three farmers to death", "clubbed
                           # the herder to death"
                           r"(?:stabbed|hacked|clubbed|bludgeoned|macheted|axed) (?:(?!(?:to|in|at|on|with|and|but)\b)"
                           r"[\w'’-]+ ){1,4}?to death|" + STONED + r" to death|fatally (?:shot|wounded|stabbed)|shot (?:and killed|to death)|"
                           r"shooting deaths?|murder-suicide|murder suicide|summary executions?|extrajudicial (?:killings?|"
                           r"executions?)|(?<!to )kills? (?:at least |about |some )?(?:\d+|two|three|four|five|six|"
                           r"seven|eight|nine|ten|several|dozens of|a) |"
                           # (one of them too: "soldiers neutralised an Ansar Dine member")
                           # (the army's word in scare quotes too, 'had "neutralised" about 100 terrorists': the
                           # triggers are read on the text unquoted, text.quotes.unquote_scare_verbs)
                           r"(?:eliminated|neutrali[sz]ed) (?:[\w-]+ ){0,4}?(?:militants?|terrorists?|jihadi(?:st)?s?|insurgents?|"
                           r"fighters?|assailants?|gunm[ae]n|elements|members|(?-i:[A-Z])[\w'-]+ member|rebels?|bandits?|"
                           r"attackers?|kidnappers?)\b(?!['’]|\s+(?:faction|group|movement|leader)\b)|"
                           # the same in the passive, its doers told after it: "three militants were neutralised by
                           # soldiers" (what was neutralised is read by the coder: not "the bomb was neutralised by experts")
                           r"(?:(?<=were )|(?<=was )|(?<=been ))(?:neutrali[sz]ed|eliminated)(?= by )|"
                           # the dead found with the marks of a killing: "were found dead near Kidal bound in a mat",
                           # "bodies that were bullet-ridden and handcuffed were found"
                           r"(?:found|discovered) dead(?=(?:(?!,\s*(?:\w+\s+){0,2}?(?:after|before|while|when|as|since)\b)"
                           r"[^.;]){0,100}?\b(?:bound|handcuffed|blindfolded|bullets?|bullet-ridden|shots?|gunshots?|gunfire|executed|"
                           r"killed|murdered|beheaded|decapitated|stabbed|throats?|mutilated|tortured|slain|riddled)\b)|"
                           r"(?:bullet-ridden|handcuffed|blindfolded|mutilated|beheaded|decapitated)\b[^.;]{0,60}?\b"
                           r"(?:were|was|have been|had been) (?:\w+ )?(?:found|discovered)|"
                           # "the body of a health worker was found riddled with bullets"
                           r"(?:found|discovered) riddled with bullets"),
            "Violence against civilians", "Attack", "violence", ("ASSAULT", "firearms")),
    # an attempt on someone's life is an attack whether or not anyone died
    Trigger("attempt", _p(r"(?:attempted|tried) to (?:assassinate|kill|murder|abduct|kidnap)|assassination attempt|"
                          r"(?:abduction|kidnapping) attempt|attempted (?:abduction|kidnapping)|attempted murder|"
                          r"attempt on (?:his|her|their|the) li(?:fe|ves)"),
            "Violence against civilians", "Attack", "violence", ("ASSAULT", "firearms")),
    Trigger("harm", _p(r"(?<!\bthe )(?:wounded|injured)|"
                       # the harm told after the deed, its victim named: "tried to steal a car, wounding its driver",
                       # "opened fire on the bus, seriously injuring two passengers" (not a body part: "fell,
                       # injuring his ankle"; nor the figurative: "a wounding defeat", "wounding remarks"; an accident's
                       # toll is dropped as "injured" is: "the bus overturned, injuring the driver")
                       r"(?:(?<=, )|(?<=, seriously )|(?<=, critically )|(?<=, severely )|(?<=, badly )|"
                       r"(?<=, slightly )|(?<=, lightly ))(?:wounding|injuring)(?= (?:at least |about |some )?"
                       r"(?:a|an|the|its|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) "
                       r"(?!(?:[\w-]+ ){0,2}(?:ankles?|knees?|legs?|arms?|hands?|feet|foot|shoulders?|backs?|heads?|"
                       r"wrists?|hamstrings?|groins?|ribs?|pride|reputation|feelings|chances|hopes|prospects)\b)[\w-]+)|"
                       # stones thrown at a person: "the pastor's wife was pelted with stones", "youths pelted the
                       # driver with rocks" (not eggs or tomatoes at a singer)
                       r"pelt(?:ed|ing) (?:[\w'’-]+ ){0,3}?with (?:stones|rocks)|"
                       # the headline's present, its doers and toll told: "cattle raiders injure 2 in Magak",
                       # "gunmen on camels wound six herders" (not a purpose: "tried to injure"; nor a mishap's: "fire
                       # injures 3", "bus crash injures 12")
                       + HEADLINE_DOERS + r"[\"'”’]?(?: \([^()]{1,40}\))?(?: [\w'’-]+){0,5}? (?:wound|injure)s? "
                       r"(?=(?:at least |about |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|"
                       r"scores)\b)" + HEADLINE_NOT_HABIT + r"|"
                       r"whipped|flogged|tortured|tortur(?:e|ing)|beat(?:en)? up|beat|beaten|"
                       r"stabbed|mutilated|molested|ill-treated|mistreated|maltreated|lashed|abuses (?:on|against) civilians|"
                       # harm told as what the victims underwent: "villagers were subjected to violence by soldiers",
                       # "detainees subjected to torture and ill-treatment" (not "subjected to an ambush": a fight)
                       # (not the harm of home, school or the stands: "subjected to domestic violence", "to racist abuse")
                       r"subjected to (?!(?:domestic|gender-based|intimate|online|verbal|psychological|racist|racial|"
                       r"sexist|homophobic) )(?:[\w-]+ ){0,2}?(?:violence|abuses?|torture|ill-treatment|mistreatment|beatings?|"
                       r"exactions|reprisals)|"
                       # a flogging told by its count: "received 60 lashes", "sentenced to 40 lashes" is a sentence only
                       r"(?:received|given|inflicted|administered) (?:\d+|[a-z]+(?:-[a-z]+)?) lashes|"
                       r"gave (?:[\w-]+ ){1,4}?(?:\d+|[a-z]+(?:-[a-z]+)?) lashes|"
                       # punishment by mutilation: "cut off a thief's hand", "amputated the foot of 5 suspected
                       # thieves", "carrying out beatings, floggings and amputations", "amputations in the name of
                       # Sharia" (not a surgeon's: "his leg was amputated")
                       r"cut off (?:a |an |the |his |her |their )?(?:[\w'’-]+ ){0,2}?(?:hands?|feet|foot|legs?|arms?|"
                       r"ears?|noses?)\b|amputated (?:the |a )?(?:[\w-]+ ){0,5}?(?:hands?|feet|foot|legs?|arms?) of|"
                       r"carr(?:ied|ying|y) out (?:public )?(?:[\w,-]+ ){0,3}?(?:amputations|floggings|lashings)|"
                       r"amputations? (?:in the name of|as (?:a )?punishment)|"
                       # the part told before its owner: "cut the ear of a shepherd", "cut off the hands of two thieves"
                       r"cut (?:off )?the (?:hands?|feet|foot|legs?|arms?|ears?|noses?|tongues?|lips?) of|"
                       # abuses told by their doing, against whom: "troops committed human rights abuses on civilians",
                       # "perpetrated exactions against herders" (a charge, "accused of having committed", is not; nor
                       # an inquiry or a history with no victims: "whether soldiers committed abuses in the region")
                       r"(?<!having )(?:committed|commits|perpetrated|perpetrates|conducted|conducts|carried out|"
                       r"carries out) (?:[\w-]+ ){0,2}?(?:abuses|atrocities|exactions) (?:against|on|upon) |"
                       r"(?:severe |brutal )?beating (?:by|at the hands of)|"
                       r"burn(?:ed|t) (?:a|an|the|two|three|\d+) (?:[\w-]+ )?(?:civilians?|man|woman|men|women|people|villagers?)|"
                       r"(?:was|were|been|being|got|is|are)\s+(?:\w+ly\s+|found\s+|also\s+)?shot|"
                       r"(?:struck|hit|grazed) (?:in the (?:[\w-]+ ){1,2})?by (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:bullets?|gunfire)|"
                       r"(?:stray )?bullets? (?:hit|struck|grazed)|"
                       # a reduced relative: "An 11-year-old boy shot Monday ...", "A man shot Saturday night ... died"
                       r"(?:man|woman|boy|girl|teen|teenager|child|toddler|\d+-year-old) shot (?:early |late |last )?"
                       r"(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|last night)|shot (?:and (?:wounded|injured)|in the)|"
                       r"shot (?:him|her|them|himself|herself|themselves)|gunshot wounds?|bullet wounds?|"
                       # a blade's wounds told as what the victim bore: "the driver sustained several stab wounds",
                       # "was treated for machete wounds" (no mishap leaves these)
                       r"(?:stab|knife|machete|dagger|blade) wounds?|"
                       r"(?<!out who )(?<!know who )(?<!determine who )(?<!identify who )"
                       r"shot (?:and (?:wounded|injured) )?(?:a|an|the) (?:[\w-]+ ){0,3}?(?:man|woman|boy|girl|civilian|"
                       r"employee|worker|trader|merchant|driver|teacher|student|imam|chief|official|council(?:l)?or|herder|"
                       r"farmer|villager|resident|passenger|person|individual|soldier|gendarme|police(?:man|officer)|officer|"
                       r"guard|fisherman|shepherd|marabout|"
                       # the people police and gunmen shoot in crime news: "police shot a suspect", "an officer shot
                       # a teenager", "the guard shot the robber"
                       r"suspect|teen|teenager|youth|robber|thief|burglar|protester|demonstrator|motorist|pedestrian|"
                       r"journalist|child)"
                       # (the noun ends its phrase: not "shot the official music video", "shot a student film")
                       r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|in|at|on|near|dead|and|who|with|as|after|before|during|while|"
                       r"outside|inside|from|of|to|for|twice|once|several|multiple|because|when|over|through|early|"
                       r"late|last|this|yesterday|overnight|point-blank|repeatedly)\b))|"
                       r"shot (?:his|her|their) (?:[\w-]+ ){0,2}?(?:brother|sister|son|daughter|wife|husband|father|"
                       r"mother|friend|cousin|girlfriend|boyfriend|nephew|niece|uncle|aunt|grandson|granddaughter|"
                       r"grandfather|grandmother|stepfather|stepson|stepdaughter|roommate|neighbou?r)s?|"
                       r"shot (?:at least |about |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
                       r"multiple) (?:[\w-]+ )?(?:people|persons|men|women|teens|teenagers|children|kids|students|"
                       r"victims|others|civilians|villagers|herders|farmers|traders|merchants|soldiers|gendarmes|"
                       r"policemen|police officers|demonstrators|protesters|passengers|fishermen|worshippers)\b(?!['’])"),
            # (not a possessive: "hunters shot several herders' cattle")
            "Violence against civilians", "Attack", "violence", ("ASSAULT", "beat")),
    Trigger("sexual", _p(r"raped|rapes|rape(?! (?:fantas(?:y|ies)|jokes?|culture|kits?|scenes?|myths?))|gang-?raped|"
                         r"sexual(?:ly)? (?:assault(?:ed)?|violence|abused?|molest(?:ed|ing)?|exploit(?:ed|ation))|"
                         # forced nudity is sexual violence to ACLED: "the women were stripped naked and beaten"
                         r"stripped (?:them |her |him |the \w+ )?naked"),
            "Violence against civilians", "Sexual violence", "violence", ("ASSAULT", "sexual")),
    Trigger("abduction", _p(r"kidnap(?:ped|ping|pings|s)?|abduct(?:ed|ion|ions|ing|s)?|taken hostage|took hostage|"
                            r"held hostage|seized \w+ hostages?|hostages?|taken captive|forced disappearances?|"
                            r"disappeared after (?:being )?(?:arrested|taken)|(?:forcibly|forcefully|forcedly) disappeared|"
                            r"(?:took|taken|led|carried) (?:\w+ ){0,3}?to an unknown (?:destination|location|place)|"
                            # a vehicle taken with its people in it: "seized a truck with the drivers aboard",
                            # "hijacked a bus with 30 passengers on board", "took away a car with its occupants
                            # inside" (not a bare "took": "the migrants took a boat with 50 passengers on board")
                            r"(?:seized|hijacked|commandeered|(?:took|taken) away) (?:a |an |the |two |three |their |his |her |its )?(?:[\w-]+ ){0,2}?"
                            r"(?:vehicles?|trucks?|cars?|bus|buses|minibus(?:es)?|ambulances?|lorr(?:y|ies)|boats?) "
                            r"(?:[\w-]+ ){0,3}?with (?:the |its |their |all |his |her )?(?:\d+ |two |three |four |five |several )?"
                            r"(?:[\w-]+ )?(?:drivers?|passengers|occupants|crew|patients?|people|staff) (?:aboard|on board|inside)|"
                            # a person seized by armed men, or armed men who seized one: "a priest was seized by
                            # gunmen", "militants seized two teachers" (not a town: "Gao was seized by militants", nor
                            # a person's goods: "gunmen seized a trader's motorbike", "seized 5 carts from farmers")
                            r"(?:" + _SEIZED_PERSON + r") (?:was |were |had been |has been |have been )?(?:\w+ )?"
                            r"(?:seized|snatched|grabbed) by (?:[\w-]+ ){0,2}?" + _SEIZERS + r"|"
                            + _SEIZERS + r" (?:\w+ ){0,2}?(?:seized|snatched|grabbed) (?:an? |the |two |three |four |five |"
                            r"several |\d+ )?(?:[\w-]+ )?(?:" + _SEIZED_PERSON + r")(?!['’])|"
                            # men of a force taken alive by the other side ("the rebels captured two soldiers"): the
                            # coder makes an armed side's capture the fight ACLED codes
                            r"(?:captured?|captures|capturing) (?:" + _HELD_COUNT + r"|a|an|one) (?:[\w-]+ )?" + _FORCE_MEN),
            "Violence against civilians", "Abduction/forced disappearance", "violence", ("ASSAULT", "abduct")),
    # (not the makings of one, found or seized: "seized IED-making materiel", "IED components")
    Trigger("ied", _p(r"roadside bombs?|roadside explosives?|improvised explosive(?! devices?-making)(?: devices?)?(?!-making)|"
                      r"IEDs?(?!-(?:making|manufactur\w*)| (?:components?|materials?|making|manufactur\w*|factor(?:y|ies)|"
                      r"workshops?))|landmines?|land mines?|"
                      r"(?:struck|hit|destroyed|killed|wounded|injured) by (?:a |an )?(?:exploding |buried |hidden )?(?:land ?)?mines?(?! (?:collapse|owners?|workers?))|"
                      r"(?<!gold )(?<!salt )mines? (?:laid|planted|placed)|"
                      r"explosive devices?(?!-making)|(?:explosive|bomb) charges?|(?:hits?|strikes|struck|stepped on|steps on) (?:an? )?(?:anti-?(?:tank|personnel) )?mine\b(?! (?:workers?|owners?|sites?|shafts?))|"
                      r"mine blast|mine explosion|"
                      r"home-?made bombs?|car bomb(?:s|ings?)?|"
                      # a vehicle made the bomb: "attacked the base by exploding a car near its gate"
                      r"(?:explod(?:ed|ing)|detonat(?:ed|ing)) (?:an? |the )?(?:[\w-]+ )?(?:car|vehicle|truck)\b(?! (?:accident|crash))|"
                      # a vehicle blown up by armed men, a bomb under or in it: "gunmen blew up a car near Gao,
                      # killing two" (ACLED: a remote explosive, as "detonated a car"; not "engineers blew up")
                      r"(?<!engineers )(?<!crews )(?<!workers )(?:blew|blowing) up (?:an? |the |their |its |two )?(?:[\w-]+ )?"
                      r"(?:car|vehicle|truck|bus|minibus|pick-?up)s?\b|"
                      # an attack made with a bomb: "targeted a factory with a bomb"
                      r"(?:attack\w*|target\w*|struck|hit) (?:[\w'’,-]+ ){0,8}?with (?:an? |two |three |several )?(?!(?:petrol|molotov|fire|smoke|stink|stun|paint|gas|tear-?gas) )(?:[\w-]+ )?(?:bombs?|explosives?)\b(?! (?:experts?|specialists?|threats?))|"
                      r"bomb blast|bomb exploded|planted (?:a |an )?(?:bomb|mine|explosive)|"
                      r"(?:hit|struck|triggered|stepped on|ran over|drove over) (?:an? |the )?(?:[\w-]+ )?explosives?(?! (?:experts?|"
                      r"specialists?))|"
                      # ordnance that went off in someone's hands: "killed after picking up a grenade"
                      r"(?:picked up|picking up|handling|handled|played with|playing with|tried to (?:break|open|dismantle)) "
                      r"(?:an? |the )?(?:unexploded )?(?:grenades?|shells?|explosives?|devices?|ordnance|mortars?(?: shells?)?|"
                      r"rockets?|fuzes?)|"
                      # ordnance found, or left unexploded, that went off later: "a herder found a mortar shell, which
                      # exploded as he handled it", "an unexploded rocket went off near a school" (ACLED: a remote
                      # explosive, not an attack; only where it went off, not ordnance cleared or defused)
                      r"(?:(?:found|discovered|picked up|collected) (?:an? |the |some )?(?:[\w-]+ ){0,2}?|unexploded (?:[\w-]+ ){0,2}?)"
                      r"(?:grenades?|shells?|explosives?|devices?|ordnance|mortars?|rockets?|fuzes?|munitions?|bombs?)"
                      # (not a blast told as not made or only as feared: "made sure it did not explode", "a
                      # rocket that failed to explode", "could have exploded"; nor ordnance that deminers, defusers
                      # or a disposal team dealt with, told after it)
                      r"(?=[^.;]{0,80}?(?<!not )(?<!n't )(?<!never )(?<!failed to )(?<!fail to )(?<!fails to )"
                      r"(?<!about to )(?<!threatened to )(?<!likely to )(?<!could )(?<!would )(?<!might )"
                      r"(?<!may )(?<!can )(?<!have )\b(?:explod(?:e|ed|es|ing)|went off|goes off|detonat(?:ed|es|ing)|blew up)\b)"
                      r"(?![^.;]*\b(?:defus\w*|de-?min\w+|disposal|neutrali[sz]\w*|cleared|made safe|safely)\b)|"
                      # the headline's present of a bomb that went off: "Bomb explodes near Gao market"
                      # (not a mine that is dug: "A coal mine explodes in northern China, killing 12 miners")
                      r"(?:bombs?|IEDs?|explosive devices?|explosives?|(?<!coal )(?<!gold )(?<!salt )(?<!copper )"
                      r"(?<!diamond )(?<!tin )(?<!uranium )(?<!iron )(?<!jade )(?<!silver )(?<!zinc )(?<!lithium )"
                      r"(?<!cobalt )(?<!phosphate )(?<!potash )(?<!limestone )(?<!ore )(?:land ?)?mines?) "
                      r"(?:explodes|detonates|goes off)(?![^.;]*\b(?:miners?|mining|colliery|collieries|pits?|shafts?|"
                      r"methane|firedamp)\b)|"
                      r"booby-?trap(?:ped)?|on a (?:land ?)?mine|(?:ran|drove|rolled) over a (?:land ?)?mine|"
                      r"improvised devices?|(?:set|sets|setting) off (?:\w+ ){0,2}?(?:explosives?|bombs?|charges?|devices?)"),
            "Explosions/Remote violence", "Remote explosive/landmine/IED", "violence", ("ASSAULT", "explosion")),
    Trigger("blast", _p(r"explosions?|exploded|blasts?|detonated|detonations?|"
                        # the headline's present, armed men's deed: '"ex-militants" (possibly X) detonate explosives
                        # destroying oil pipelines' (not a controlled detonation: "police detonate a suspicious
                        # device", "quarry workers detonate explosives")
                        r"(?:gunm[ae]n|militants|rebels|insurgents|jihadists|islamists|bandits|assailants|attackers|"
                        r"fighters|(?-i:(?!(?:IED|VBIED|UXO|ERW)s?\b)[A-Z]{2,6}s?))[\"'”’]?(?: \([^()]{1,40}\))?"
                        r"(?: [\w'’-]+){0,5}? detonates? (?:an? |the |two |several |their )?(?:[\w-]+ )?"
                        r"(?:explosives?|bombs?|IEDs?|devices?|charges?|mines?)\b" + HEADLINE_NOT_HABIT + r"|"
                        # a work or a vehicle blown up with explosives: "militants blew up a bridge", "the pylon was
                        # blown up" (not a temper or a deal: "he blew up at reporters", "the talks blew up"; nor a
                        # demolition: "engineers blew up the old bridge", "blown up by demolition crews")
                        r"(?<!engineers )(?<!crews )(?<!workers )(?<!contractors )"
                        r"(?:blew|blow|blows|blowing|blown) up (?:an? |the |two |several |their |its |his )?(?:[\w-]+ ){0,2}?"
                        r"(?:bridges?|culverts?|pylons?|pipelines?|railways?|rail lines?|(?:telecom(?:munications?)? )?"
                        r"(?:towers?|antennas?|masts?)|buildings?|vehicles?|trucks?|cars?|dams?)|"
                        r"(?:bridges?|culverts?|pylons?|pipelines?|railways?|towers?|antennas?|masts?|buildings?|vehicles?|"
                        r"trucks?|cars?|dams?) (?:was |were |had been |has been )?blown up(?! (?:by|in) (?:the |an? )?(?:[\w-]+ ){0,2}?"
                        r"(?:engineers|crews|workers|contractors|demolitions?)\b)"),
            "Explosions/Remote violence", "Remote explosive/landmine/IED", "violence", ("ASSAULT", "explosion")),
    Trigger("air", _p(r"air ?strikes?|drone strikes?|aerial (?:bombardments?|bombings?|bombarding|strikes?|attacks?|raids?)|air raids?|"
                      # a plane told as the bomber ("an unidentified plane bombed a funeral"; only its bombing or
                      # strafing: a plane that "hit" or "struck" may have crashed)
                      r"(?:military |unidentified |unknown |fighter |war ?)?(?:planes?|airplanes?|aeroplanes?)"
                      # (not the plane struck: "the plane carrying the minister was bombed")
                      r"(?:\s+\([^()]{1,60}\))?(?:\s+(?!(?:was|were|been|is|are|being)\b)[\w-]+){0,6}?\s+"
                      r"(?<!was )(?<!were )(?<!been )(?:bombed|bombarded|strafed|dropped bombs)|"
                      r"airstrikes?|bombed from the air|air support strikes?|"
                      # a force's air operation told by its kind or its aircraft ("conducted an aerial operation against
                      # militants", "the helicopter raid destroyed the column", "a strike involving fighter jets and
                      # drones"); with ground troops it is the fight (see _GROUND_FIGHT: "ground and air operations")
                      r"(?:aerial|air) operations? (?=against|targeting|on|in|near|over)|helicopter (?:raids?|strikes?)|"
                      r"strikes? (?:involving|by|using) (?:[\w-]+ ){0,2}?(?:fighter jets?|jets|drones?|aircrafts?|"
                      r"helicopters?|warplanes?)|"
                      r"(?:air force|air forces|aircrafts?|warplanes?|fighter jets?|jets|helicopters?|gunships?|"
                      r"drones?)(?:\s+\([^()]{1,60}\))?(?:\s+[\"“”‘’]?[\w-]+[\"“”‘’]?){0,10}?\s+(?:bombed|bomb|struck|strikes|pounded|hit|targeted|fired on|"
                      r"attacked|shelled|destroyed|neutrali[sz]ed)|"
                      r"(?:troops|forces|army|military|air force)\s+(?:\w+\s+){0,2}?(?:bombed|bomb|bombs)\b(?!\s+(?:squad|disposal))|"
                      # a force named by its acronym that bombs a place, told as a headline: "SAF bomb Gindi", "the NAF bombarded the camp", "SAF bomb
                      # areas around Golo", "SSAF bombed their positions" (a place's name or a target must follow)
                      r"(?-i:(?!(?:IED|VBIED|UXO|ERW)\b)[A-Z]{2,6}) (?:bomb|bombs|bombed|bombard|bombarded)\b"
                      r"(?= (?-i:[A-Z])| (?:and (?:burn|shell)\w* )|(?: (?:their|its|rebel|militant|the))? (?:areas?|villages?|positions?|"
                      r"bases?|towns?|camps?))" + HEADLINE_NOT_HABIT + r"|"
                      # bombs let fall on a target: "dropped four bombs on militant positions"
                      r"dropped (?:[\w-]+ ){0,4}?bombs? (?:on|over)\b|"
                      # an attack made by aircraft, told after its target: "the army attacked rebel positions in two
                      # villages by military aircraft", "attacked the camp with helicopters"
                      r"attack(?:ed|s|ing)? (?:[\w'’/,-]+ ){0,8}?(?:by|with|using) (?:\d+ |two |three |four |five |several )?"
                      r"(?:military |fighter |combat |attack )?(?:aircrafts?|warplanes?|jets|helicopters?|gunships?|drones?)\b|"
                      # a missile an aircraft fired: "killed by a missile fired by an army helicopter", "by a fighter jet"
                      r"missiles? (?:fired|launched) by " + _FIRED_BY_AIRCRAFT + r"|"
                      r"(?:aircrafts?|jets|drones?|helicopters?)(?:\s+[\w-]+){0,4}?\s+(?:carried out|conducted|launched) "
                      r"(?:an? |several |two |three )?(?:[\w-]+ )?(?:strikes?|raids?|bombings?)"),
            "Explosions/Remote violence", "Air/drone strike", "violence", ("ASSAULT", "aerial")),
    Trigger("suicide", _p(r"suicide (?:(?:car|truck|vehicle) )?(?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?)|suicide vests?|"
                          r"blew (?:himself|herself|themselves) up"),
            "Explosions/Remote violence", "Suicide bomb", "violence", ("ASSAULT", "suicide")),
    Trigger("shelling", _p(r"shell(?:ed|ing)|shells? (?:fell|landed|hit)|"
                           # missiles that fell on a place: "a number of missiles landed in Sidi Yunis district"
                           r"missiles? landed (?:in|on|near|inside)\b|"
                           # a force named by its acronym that shells a place, told as a headline: "SPLM-N shell
                           # military base in Abri", "SAF shells Kauda" (a place's name or a target must follow)
                           r"(?-i:(?!(?:IED|VBIED|UXO|ERW)\b)[A-Z]{2,6}(?:-[A-Z]{1,3})?) shells? (?=(?-i:[A-Z])|(?:the |their |its |rebel "
                           r"|militant |military |army )?(?:areas?|villages?|positions?|bases?|towns?|camps?)\b)"
                           + HEADLINE_NOT_HABIT + r"|"
                           # shells told by their participle: "shells fired on Kidal", "two shells fired at the camp"
                           r"shells? fired (?:on|at|upon|into|against|towards?)\b|"
                           # a rocket that fell on a place: "a rocket fired from a plateau overlooking Gao fell on the
                           # camp" (not "fell into the ocean")
                           r"rockets? (?:[\w'’-]+ ){0,8}?fell (?:on|in|near|inside|outside|short of)\b|mortars?(?: fire| rounds?| shells?)?|"
                           # projectiles that fell on or near a place: "the projectiles fired fell outside the camp",
                           # "two projectiles landed near the airport"
                           # (not a crowd's: "supporters threw projectiles that struck the police line", see the coder)
                           r"projectiles? (?:[\w'’-]+ ){0,4}?(?:fell|landed|hit|struck|exploded|impacted) (?:on|in|near|"
                           r"inside|outside|short of|at|the)\b|"
                           r"bombard(?:ed|ing|ments?)?(?! (?:[\w'-]+ ){0,4}?with (?!(?:[\w-]+ ){0,2}?(?:shells|artillery|rockets?|mortars?|"
                           r"fire|bombs?|missiles?|grenades|drones?|heavy weapons)\b))|launched (?:a |an |two |three |several |\d+ )?(?:rockets?|mortars?|missiles?|shells)"
                           # (at a target, or one that fell: not "launched a rocket from Cape Canaveral", "launched two
                           # missiles into the sea")
                           r"(?=(?: [\w/-]+){0,4}? (?:at|on|against|towards?|(?:that|which) (?:fell|landed|hit|struck|exploded)|"
                           r"into (?!(?:the )?(?:sea|ocean|water|orbit|space)\b)))|"
                           + ARTILLERY + r"|rockets? (?:fire|attacks?)|missile strikes?|"
                           r"(?:fired|(?<!the )(?<!\ba )(?<!of )(?<!with )fires?|firing) (?:\w+ ){0,3}?(?:(?<!RPG )(?<!RPG-7 )rockets?|mortars?|mortar shells?|shells|missiles?)|"
                           r"rockets? (?:struck|hit|landed|fell|(?:slammed|smashed) into(?! (?:the )?(?:sea|ocean|water|ground|desert)\b)|fired by|launched by)|rocket (?:barrage|fire|attack)s?|"
                           # (a missile told by who fired it: "killed by a missile fired by the army"; not one an aircraft
                           # fired, "a missile fired by an army helicopter", an air strike)
                           r"missiles? (?:fired|launched) by(?! " + _FIRED_BY_AIRCRAFT + r")|"
                           # a missile that struck its target: "a missile struck a hospital in the city", "a Houthi
                           # missile hit a cargo ship"; not "the missile hit rate")
                           r"missiles? (?:(?:struck|hit|slammed into|landed (?:on|in|near))(?= (?:a|an|the|two|three|several|"
                           r"\d+|its|their|his|her|one)\b))|"
                           r"(?:Grad |Katyusha )?rockets? (?:targeting|against|at) |"
                           r"with (?:\w+ ){0,2}?(?:Grad |Katyusha )?rockets|(?<!armed )(?<!equipped )(?<!loaded )(?<!laden )(?<!cache )with (?:\w+ ){0,2}?(?:shells|mortars?|missiles)\b|fired (?:cannons?|canons?)|cannon fire|"
                           r"(?:rockets?|mortar shells?|shells|missiles?) (?:was|were) (?:fired|shot|launched|lobbed)"),
            "Explosions/Remote violence", "Shelling/artillery/missile attack", "violence", ("ASSAULT", "explosion")),
    Trigger("grenade", _p(r"(?<!stun )grenades?(?: attack)?"),  # (not the police's "stun grenades")
            "Explosions/Remote violence", "Grenade", "violence", ("ASSAULT", "explosion")),
    Trigger("riot", _p(r"riot(?:ed|ers|ing|s)?(?! (?:gear|police|squad|shields?|helmets?|control|units?|act)\b)|(?:threw|hurled|throwing|hurling) (?:stones|rocks)|stone-throwing|stone-?throwers?|pelted|"
                       # (not a symbol burned in protest: "torched images of the president", "set fire to French
                       # flags": ACLED keeps such a demonstration peaceful; the symbol ends its phrase: "set fire to a
                       # photo studio", "poster shops" are buildings)
                       r"(?:torched|set fire to)(?! (?:the |a |an |some |several |two )?(?:[\w'’-]+ ){0,2}?(?:flags?|"
                       r"effig(?:y|ies)|portraits?|pictures?|photos?|photographs?|images?|posters?|banners?|"
                       r"caricatures?|copies)(?=\s*(?:[.,;:!?)]|$)| (?:of|and|in|at|on|during)\b))|"
                       # a brawl between people told as such ("a fight between villagers", "a brawl broke out between
                       # youths of two neighbourhoods"): ACLED's riot (not "the fight against terrorism")
                       r"(?:fight|fights|brawls?|scuffles?|fisticuffs)(?: (?:broke out|erupted))? between (?:[\w-]+ ){0,3}?"
                       r"(?:villagers|residents|youths?|inhabitants|communities|groups|supporters|traders|students|herders|"
                       r"farmers|families|clans|neighbou?rs|locals)\b|"
                       # a crowd's wrecking, its doer first ("a crowd of youths destroyed a kiosk"; "angry residents
                       # destroyed the police station": the coder judges the crowd)
                       r"\b(?:crowds?|mobs?|rioters|protesters|demonstrators)\b,?(?: (?!(?:as|while|when|whilst|after|before|"
                       r"watched|saw|where)\b)[\w(),'-]+){0,14}? (?:destroyed|smashed|"
                       r"wrecked|demolished|vandali[sz]ed)\b|"
                       r"ransacked|looted|(?:burn(?:ed|t|ing)|set fire to|setting fire to|sets fire to|torched) (?:\w+ )?(?:tyres|tires)|"
                       # the crowd's deeds as other English news tells them (South Africa's "service delivery"
                       # protests: "continued to protest and burn tyres", "some tires were burnt", "a government
                       # vehicle was set alight", "a bus terminal was stoned", "petrol bombs were thrown", "taxi
                       # drivers blockaded the N2", "protests and looting continued", "violent service delivery
                       # protests", "went on the rampage")
                       r"(?:burns?|to burn) (?:\w+ )?(?:tyres|tires)|(?:tyres|tires) (?:were|was|had been|have been) (?:\w+ )?"
                       r"(?:burn(?:ed|t)|set alight|set ablaze|set on fire|torched)|(?:was|were|been) (?:\w+ )?"
                       r"(?:set alight|set ablaze|petrol[- ]bombed)|petrol[- ]bombs?|molotov cocktails?|"
                       # (not "looting" alone, armed men's as often as a crowd's, but told with the protest; nor "was
                       # stoned", a punishment too)
                       r"blockad(?:ed|ing)|(?:protests?|demonstrations?|riots?|unrest) and looting|"
                       r"looting and (?:protests?|demonstrations?|riots?|unrest)|violent (?:[\w-]+ ){1,2}?(?:protests?|demonstrations?)|"
                       r"(?:went|go|going|goes) on (?:the |a )?rampage|"
                       # (not barricades the crowd wants gone: "demanding the removal of barricades")
                       r"(?<!removal of )(?<!removal of the )(?<!remove )(?<!remove the )(?<!lifting of )(?<!lifting of the )"
                       r"(?<!dismantling of )(?<!dismantling of the )barricad(?:e|es|ed|ing)|(?:protest\w*|demonstrat\w*) violently|"
                       r"(?:setting|sets) fire to (?:the |a |several )?(?:[\w-]+ ){0,2}?(?:buildings?|offices?|vehicles?|cars?|"
                       r"town hall|police stations?|homes?|houses?|shops?)|"
                       r"forced (?:their way )?(?:through|into|past) (?:the )?(?:police|security|gates?|cordon|lines?|"
                       r"barriers?)|broke through (?:the )?(?:police|security|cordon|lines?|barriers?)|"
                       r"stormed (?:the )?(?:\w+ )?(?:offices?|premises|residence|building|headquarters|police station|"
                       r"gendarmerie|town hall|prefecture|court)|"
                       r"vandali[sz]ed|vandalism|arson|lynch(?:ed|es|ing)?|"
                       # a crowd seen beating people, told by the participle: "found a crowd assaulting two men accused
                       # of theft", "a mob stoning a suspect" (popular justice: the coder tells mob violence)
                       r"(?:crowds?|mobs?) (?:of [\w-]+ )?(?:assaulting|beating|stoning|lynching|attacking)|violent(?:ly)? (?:protest\w*|demonstrat\w*|clash\w*)|"
                       r"destruction of (?:public |private )?property|property damage|"
                       r"(?:armed )?with (?:clubs|machetes|sticks|stones|knives)|(?:turned|became|turning) violent|"
                       r"(?:threw|throwing|hurl(?:ed|ing)|(?:to|began|started) (?:throw|hurl)) (?:[\w-]+ )?(?:stones|rocks|projectiles|objects|bottles|bricks)|street fighting|"
                       r"erected barricades|(?:set up|erected|mounted) (?:\w+ )?road ?-?blocks|"
                       # (an owner's road too: "blocked the city's ring road", "blocked trucks' access to Gao")
                       r"(?:block(?:ed|ing)|" + _PRESENT_NOT_MEANT + r"block) (?:the |a |all |several )?(?:[\w'’-]+ ){0,2}?(?:roads?|"
                       r"traffic|highway|streets?|access|bridge|runway|RN\d+)\b|"
                       # (told in the passive: "the national road was blocked for several hours", "the main road
                       # was blocked and the store plundered")
                       r"(?:roads?|highway|streets?|bridge|RN\d+) (?:was|were|had been|remained) (?!(?:not|never) )(?:\w+ )?blocked"
                       r"(?! (?:off|by (?:the )?(?:police\w*|gendarm\w*|soldiers|troops|army|authorities|security forces|snow|"
                       r"floods?|landslides?|debris)))|"
                       # (a crowd's, see the coder: "villagers prevented a MINUSMA patrol from entering the village";
                       # not traffic held up by a protest, which ACLED codes peaceful as often as not)
                       r"prevent(?:ed|ing) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:patrols?|convoys?)|occupied (?:an? |the )?(?:airport )?runway|"
                       r"burn(?:ed|t|ing) (?:down )?(?:the |a |several )?(?:[\w-]+ ){0,2}?(?:market|vehicles?|cars?|"
                       r"buildings?|offices?|motorbikes?|police stations?|town hall|"
                       # the forces' post ("youths burned the gendarmerie post", "burned down the commissariat")
                       r"(?:police|gendarmerie|customs) (?:posts?|brigades?|checkpoints?)|gendarmerie|commissariats?)|"
                       # the damage told in the passive, its doers a crowd: "the registry was burned down by
                       # demonstrators", "the chief's house burned by the protesters"
                       r"(?:burn(?:ed|t)|torched|set ablaze|set on fire|ransacked|vandali[sz]ed|looted) (?:down )?by "
                       r"(?:the |angry |some |hundreds of |dozens of |a group of )?(?:[\w-]+ )?(?:protesters|protestors|"
                       r"demonstrators|rioters|crowds?|mobs?|marchers|students (?:protesting|demonstrating))|"
                       r"(?:clash(?:ed|es|ing)?|confrontations?|scuffles?|skirmish(?:ed|es)?) with (?:the )?(?:security forces|"
                       r"police|policemen|gendarmes|soldiers|anti-riot|riot police|security agents)|"
                       r"(?:police|policemen|security forces|gendarmes|anti-riot police|riot police) clash(?:ed|es|ing)? with "
                       r"(?:[\w-]+ ){0,3}?(?:protesters|protestors|demonstrators|students|youths?|rioters|crowds?|"
                       r"supporters|residents|marchers)"),
            "Riots", "Violent demonstration", "protest", ("PROTEST", "riot")),
    # soldiers or police in revolt with no fight told: ACLED codes the mutiny as a violent demonstration ("Firing by
    # mutinying police was reported in Fada"); a mutiny that takes towns or fights is the battle its words tell
    # (the revolt told as it happens, not the word: "a law punishing mutiny", "the 2011 mutiny", "Mutiny on the Bounty")
    Trigger("mutiny", _p(r"mutin(?:ied|ying|eers?)|mutinous (?:soldiers|troops|police\w*|officers|gendarmes|guards|"
                         r"units?|army)|mutiny (?:by|of(?!\s+(?:[A-Z]\w+\s+)?\d{4}\b)|launched|broke out|erupted|spread|began|continued|started)|"
                         r"(?:their|ongoing|a new) mutiny|(?:fresh|new|renewed|another|second)\s+(?:[\w-]+\s+)?mutiny|"
                         # (the forces' own: "a police mutiny", "the soldiers' mutiny"; not one of a year past: "the
                         # 2012 army mutiny")
                         r"(?<!\d\d\d\d\s)(?:police|army|military|soldiers['’]?|troops['’]?|gendarmes['’]?)\s+mutiny"
                         r"(?!\s+(?:of|in)\s+(?:[A-Z]\w+\s+)?\d{4}\b)|" + REVOLT_FIRING),
            "Riots", "Violent demonstration", "protest", ("PROTEST", "riot")),
    Trigger("protest", _p(r"protest(?:ed|ers|ors|ing|s)?|demonstrat(?:ed|ion|ions|ors|ing)|rall(?:y|ied|ies)|"
                          # a crowd that set about it, the bare verb ("workers starting to demonstrate in front of the
                          # governorate were cleared by police"; not a showing: "began to demonstrate its resolve")
                          r"(?:start(?:ed|ing|s)?|began|begin(?:s|ning)?|continu(?:ed|ing|es)) to demonstrate"
                          r"(?!\s+(?:its|their|his|her|the|an?|that|how|what|why|some|great|real|strong)\b)|"
                          # (not people made to walk: "marched the congregation into the forest", "marched them off
                          # to their camp", the captives of a raid)
                          r"(?-i:march(?:ed|es|ers)?)(?!\s+(?:them|him|her|(?:the|their|his|all|some|\d+)\s+"
                          r"(?:[\w-]+\s+){0,3}?)(?:into|towards?|off|away|deep)\b)|sit-ins?|picket(?:ed|ing|s)?|took to the streets|went (?:out )?(?:in)?to the streets?|"
                          # the sit-in written apart, told by its verb ("teachers held a sit in to demand their
                          # arrears"; not "sit in silence", "sit in the front row")
                          r"(?:held|hold|holds|holding|staged?|staging|organi[sz]ed|began|started|observed|launched) "
                          r"(?:a |an |their |another )(?:(?!to )[\w-]+ ){0,2}?sit in\b|"
                          # other ways of going out into the streets, told with the demand: "workers walk down to the
                          # street to ask for a raise", "thousands poured into the streets demanding his release" (not
                          # "poured into the streets to celebrate", "came to the streets for the sales")
                          r"(?:walk(?:ed|s|ing)?|poured|pouring|spilled|spilling|came|come|coming) (?:out |down )?"
                          r"(?:in)?to the streets? (?:[\w'’,-]+ ){0,6}?(?:to (?:demand|denounce|protest|ask for(?! help)|call for|"
                          r"condemn|express)|demanding|denouncing|calling for|asking for(?! help))|"
                          r"went on strike|general strike|work stoppages?|"
                          # a hunger strike, begun or kept: the refusal of food is the protest itself, no work stoppage
                          # ("detainees began a hunger strike over their conditions", "prisoners on hunger strike")
                          r"(?:beg[au]n|start(?:ed|s)?|launch(?:ed|es)?|stag(?:ed|es)|(?:went|gone|are|were|is|was|remain\w*) on) "
                          r"(?:an? |their )?(?:[\w-]+ )?hunger strikes?|"
                          # a crowd broken up by forces: "police used teargas to disperse
                          # the crowd", "crowds angry over ... were dispersed by police" (ACLED: a protest the forces
                          # intervened in, or a riot; the coder tells which)
                          r"dispers(?:e|ed|ing) (?:the |a )?(?:[\w-]+ ){0,2}?(?:crowds?|gatherings?)|"
                          r"crowds? (?:[\w'(),-]+ ){0,12}?(?:was|were) dispersed|"
                          # people gathered to make a demand: "workers gathered at the Labour Exchange to demand ..."
                          # (the place told at length between: "gathered at the independence square in the capital
                          # of Bamako (Bamako, Bamako), calling for the resignation of the president")
                          r"gathered (?:[\w'()-]+,? ){0,14}?(?:to (?:demand|denounce|protest|call for|demonstrate|condemn|"
                          r"express|show (?:their )?support)|demanding|denouncing|calling for|chanting)|"
                          # a tribute laid with a demand: "hundreds laid flowers at the tomb of the former president
                          # to demand justice for him", "placed brooms on the grave ... to demand justice" (not a
                          # tribute alone: "laid a wreath at the memorial"; nor a notice: "placed an advert calling for
                          # applications")
                          r"(?:laid|laying|placed|placing|lit|lighting) (?:(?:a|an|the|their|[\w-]+) )?(?:flowers|wreaths?|"
                          r"bouquets|candles|brooms|crosses|portraits|photos) (?:[\w'()-]+,? ){0,20}?(?:to (?:demand|"
                          r"denounce|protest|call for|condemn)|demanding|denouncing|calling for)|"
                          r"took (?:to )?the streets?|went on (?:a |an )?(?:[\w-]+ ){0,2}?strike|on strike|"
                          r"observ\w* (?:a |an )?(?:[\w-]+ ){0,2}?strike|"
                          # a stoppage begun, renewed or called, told by its length or kind ("began a three-day
                          # strike", "launched a 72-hour strike", "renewed a strike action for 15 days", "called an
                          # indefinite strike"; the length or kind must be told: "launched a strike that killed
                          # dozens", "announced the strike killed 20 militants" are air strikes, "the umpire called a
                          # strike" a pitch; nor a military one: "launched a strike on militant positions", "began an
                          # air strike")
                          r"(?:beg[au]n|begins?|beginning|start(?:ed|s|ing)?|launch(?:ed|es|ing)?|renew(?:ed|s|ing)?|"
                          r"resum(?:ed|es|ing)|extend(?:ed|s|ing)|call(?:ed|s|ing)|declar(?:ed|es|ing)|announc(?:ed|es|ing)|"
                          # (staged or held by the strikers themselves: "teachers staged a short strike")
                          r"stag(?:ed|es|e|ing)|held|hold(?:s|ing)?) "
                          r"(?:a |an |the |their |its |another )?(?:new |fresh |second |further )?"
                          r"(?:(?:\w+-(?:hour|day|week|month)s?|\d+ (?:hours?|days?)|general|indefinite|open-ended|unlimited|"
                          r"nationwide|national|partial|total|warning|sit-down|labou?r|teachers['’]?|workers['’]?|short|brief) ){1,2}"
                          r"strike(?: action)?(?!\s+(?:on\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|"
                          r"sep|oct|nov|dec)\w*\b)|against|at|targeting|near|in which|by (?:the )?(?:air|drone|jets?|aircraft)))|"
                          r"strike action|"
                          # the strikers' own misspelt past ("doctors striked on Tuesday"): only a work stoppage
                          r"striked|"
                          r"(?<!drone )(?<!air )(?<!aerial )(?<!missile )(?<!rocket )(?<!military )(?<!-)(?<!\bair)"
                          r"strik(?:e|es) (?:by (?:teachers|workers|students|doctors|unions?|staff|employees|nurses|"
                          r"drivers|traders)|over (?:pay|wages|salar\w+|arrears|bonus\w*)|to demand|in protest)|striking (?:teachers|workers|students|doctors|"
                          r"drivers|staff|employees|nurses|magistrates|traders|transporters)"),
            "Protests", "Peaceful protest", "protest", ("PROTEST", "demonstrate")),
    Trigger("agreement", _p(r"agreements?|accords?|ceasefire|cease-fire|truce|peace deal|deal|"
                            r"memorandum of understanding|pacts?|treaty|"
                            # prisoners traded by the sides, a pledge signed ("signed a commitment to prevent communal
                            # conflicts", "signed a peace charter"): ACLED's agreement
                            r"prisoners? (?:exchanges?|swaps?)|exchanges? of prisoners|(?:exchanged|swapped) (?:[\w-]+ )?prisoners|"
                            r"signed (?:a |an |the )?(?:joint |local |peace |non-aggression )*(?:commitments?|charters?|"
                            r"declarations?|roadmaps?)"),
            "Strategic developments", "Agreement", "agreement", ("AGREE", "agreement")),
    Trigger("withdrawal", _p(r"withdr[ae]w(?:al|n|s|ing)?|pull(?:ed|ing|s)? out|pullout|troop reduction|"
                             r"leave the country|exit of (?:its |their )?troops|departure of (?:its |their |the )?"
                             r"(?:troops|forces|soldiers|contingent)"),
            "Strategic developments", "Other", "withdrawal", ("CONCEDE", "withdraw")),
    Trigger("military-aid", _p(r"(?:sent|send|sends|delivered|deliver|delivers|supplied|supply|supplies|donated|"
                               r"provided|shipped|dispatched|handed over|gave)\b(?:\s+[\w,-]+){0,7}?\s+"
                               r"(?:trainers|instructors|air[- ]defen[cs]e systems?|weapons|arms|drones|helicopters|"
                               r"armou?red vehicles|military equipment|equipment|troops|soldiers|personnel|"
                               r"mercenaries|aircraft|ammunition)|"
                               r"(?:trainers|instructors|troops|soldiers|mercenaries|contingent|personnel|"
                               r"equipment|weapons|drones|helicopters|aircraft)(?:\s+[\w,-]+){0,6}?\s+"
                               r"(?:arrived|landed|were deployed|was deployed)"),
            "Strategic developments", "Other", "military-aid", ("AID", "military")),
    Trigger("handover", _p(r"hand(?:ed|s|ing)? over|handover|handed back|transferr?(?:ed|ing)? control|"
                           r"took over (?:control of )?(?:the )?(?:base|camp)|ceded"),
            "Strategic developments", "Other", "handover", ("RETREAT", "return")),
    Trigger("looting", _p(r"loot(?:ed|ing)|pillag(?:ed|ing)|plunder(?:ed|ing)|ransack(?:ed|ing)|stole|stolen|robbed|"
                          r"car-?jack(?:ed|ing)|hijacked (?:a |an |the |two |three )?(?:[\w-]+ )?(?:vehicles?|trucks?|cars?|ambulances?|"
                          r"buses|bus|minibus(?:es)?|coaches|lorr(?:y|ies)|pick-?ups?|tankers?)|"
                          # the driver put out and the vehicle taken: "removed a driver and a patient from an ambulance
                          # and seized it", "removed the driver of a subcontractor's truck and seized the truck"
                          r"removed (?:the |a |an |its |their |two )?(?:drivers?|passengers?|occupants?)(?: [\w'’-]+){0,8}? "
                          r"(?:and|then|before) (?:seized|stole|took|drove off with|made off with)\b|"
                          r"strip(?:ped|ping) (?:\w+ ){0,3}?of|emptied|extorted|rustled|vandali[sz]ed|carried off|took away|"
                          r"(?:seized|removed) (?:\w+ ){0,4}?" + _GOODS + "|" + _GOODS + r" (?:was|were) (?:\w+ )?(?:seized|"
                          r"stolen|taken away|carried off)|"
                          # (not people burned: "a man burned to death in a house fire", "were burned alive in their hut")
                          # (the headline's present: "militants destroy a mausoleum", not "will destroy" or "floods
                          # destroy crops" unless armed men do it: the actors decide)
                          # (the deed told after the attack by its participle: "attacked the site, burning shops")
                          r"(?:burn(?:ed|t|ing)|torched|set fire to|destroyed|" + _PRESENT_NOT_MEANT + r"destroys?|set ablaze|"
                          r"damaged|vandali[sz](?:ed|ing)|desecrat(?:ed|ing))(?: down)? "
                          r"(?!to death\b|alive\b)(?:[\w'’-]+,? ){0,5}?"
                          r"(?:schools?|houses?|homes?|huts?|granar(?:y|ies)|shops?|stores?|vehicles?|church(?:es)?|fields?|carts?|"
                          r"mosques?|health cent(?:er|re)s?|clinics?|offices?|town hall|markets?|crops|property|"
                          r"antennas?|bridges?|equipment|chapels?|bars?|trucks?|(?:fuel )?tankers?|cars?|"
                          r"motorbikes?|motorcycles?|tricycles?|bicycles?|buses|bus|minibus(?:es)?|ambulances?|"
                          r"buildings?|cent(?:er|re)s?|stations?|facilit(?:y|ies)|warehouses?|"
                          r"pylons?|transmitters?|camps?|bases?|hideouts?|caches?|depots?|installations?|ballots?|"
                          r"ballot boxes|electoral (?:material|kits?)|(?:poll|polling|voting) (?:booths?|stations?)|pirogues?|boats?|canoes?|irrigation|"
                          r"statues?|tombs?|mausoleums?|shrines?|graves?|solar panels?|generators?|pumps?|"
                          r"machines|machinery|tractors?|"
                          # works and stores of a village, and its people's papers ("destroyed a furnace", "burned a
                          # storage of food", "burned the voter cards")
                          r"furnaces?|kilns?|ovens?|mills?|storages?|storehouses?|storerooms?|sheds?|kiosks?|stalls?|"
                          r"wells?|dams?|(?:voter|voters'|voting|electoral|identity|ID) cards|documents|archives)"
                          # (not works cleared for new ones: "destroyed the old shops at the market to make way for a
                          # new one", "demolished homes for the construction of a road": a demolition, no violence)
                          r"(?!\s(?:[\w'’,-]+\s){0,8}?(?:to make (?:way|room)|to (?:re)?build|for (?:the )?(?:re)?construction|"
                          r"for (?:the )?(?:renovation|redevelopment|rebuilding)))|"
                          # villages burned with no attack told ("burned Dogon hamlets and villages"; "attacked and
                          # burned the village of X" is the attack)
                          r"(?<!attacked and )(?<!attacked, )(?:burn(?:ed|t|ing)|torch(?:ed|ing)|set(?:ting)? fire to|destroy(?:ed|ing)|set ablaze)"
                          r"(?: down)? (?:[\w'’-]+ ){0,3}?(?:hamlets?|villages?)|"
                          # the object between the verb and its particle: "set a church ablaze", "set the shops on fire"
                          # (a post or station too, and more than one thing set alight: "set a police station and
                          # the headquarters of the ruling party on fire", "set the former police station facility ablaze")
                          r"set(?:ting)? (?:a |an |the |two |three |several |\w+ )?(?:\w+ ){0,2}?(?:schools?|houses?|homes?|huts?|"
                          r"granar(?:y|ies)|shops?|stores?|vehicles?|church(?:es)?|mosques?|markets?|cars?|trucks?|"
                          r"motorbikes?|buildings?|offices?|town hall|warehouses?|crops|fields?|stations?|posts?|"
                          r"headquarters|facilit(?:y|ies)|premises|residences?|interiors?)(?: (?!(?:ablaze|on|alight)\b)[\w'’-]+){0,8}? "
                          r"(?:ablaze|on fire|alight)|"
                          # the thing named before, set alight as "it": "removed the staff from the ambulance before
                          # setting it ablaze" (not "them", which may be people)
                          r"set(?:ting)? it (?:ablaze|on fire|alight)|"
                          r"(?:were|was|been)\s+(?:\w+\s+)?(?:burn(?:ed|t)|torched|set ablaze|set on fire|looted|"
                          r"ransacked|vandali[sz]ed)\b(?!\s+(?:to death|alive)\b)|(?:church(?:es)?|schools?|mosques?|houses|homes|shops|vehicles?|trucks?|"
                          r"chapels?|huts) (?:burn(?:ed|t)|torched|set ablaze) by|"
                          # money taken by force: racketeering, extortion, a tax an armed group levies ("racketed
                          # pastoralists", "Christians were forced to pay tax (jiziya)", "collected zakat from herders";
                          # ACLED: looting, as the dev notes telling extortion with no one harmed are; not a state's
                          # taxes: "the government collected more taxes")
                          r"racket(?:ed|eered)|extort(?:ing|s)|"
                          # works put out of use: "sabotaged a water station", "sabotaged the telephone antenna"
                          r"sabotag(?:ed|ing) (?:a |an |the |two |several )?(?:[\w-]+ ){0,3}?(?:stations?|antennas?|"
                          r"pylons?|masts?|networks?|lines?|pipelines?|bridges?|pumps?|installations?|equipment|"
                          r"facilit(?:y|ies)|generators?)\b|"
                          r"(?:(?:forced|compelled) (?:[\w-]+ ){0,4}?to pay|exact(?:ed|ing)|extort(?:ed|ing)) "
                          r"(?:[\w()-]+ ){0,3}?(?:zakat|zakkat|jiziya|jizya|taxe?s?|tolls?|levies|dues)|"
                          r"(?:collect(?:ed|ing|s)?|levied|levying|levies|imposed|imposing) (?:[\w()-]+ ){0,3}?"
                          r"(?:zakat|zakkat|jiziya|jizya|(?:illegal|illicit|forced|islamic) (?:taxe?s?|tolls?|levies))"),
            "Strategic developments", "Looting/property destruction", "looting", ("COERCE", "seize")),
    # a government overthrown by its own soldiers, told as done: "soldiers said they had seized power", "staged a coup
    # on Wednesday", "toppled President X", "the president was ousted in a coup" (ACLED codes the coup as a strategic
    # development by the mutiny of the country's forces, "Mutiny of Military Forces of Mali (2013-2020)"); not a plan
    # or a failure ("plotting to seize power", "a coup attempt", "an attempted coup"), nor the leader the coup left
    # ("the ousted president", "former president"), nor the junta's past told in a relative clause ("Captain X, who
    # seized power in 2022, met ...", "the junta, which toppled the government last year, said ...") or after "since"
    # ("led by Captain Traore since he seized power"); a coup told with a past time after it is dropped by the coder
    Trigger("coup", _p(r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bwho had )(?<!\bwhich had )(?<!\bthat had )"
                       r"(?<!\bwho first )(?<!\bsince )(?<!\bsince it )(?<!\bsince they )(?<!\bsince he )(?<!\bsince she )"
                       # (not denied, nor an accusation: "the soldiers had not seized power", "accused former ministers
                       # of having staged a coup")
                       r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bhaving )"
                       r"(?:seiz(?:ed|es|ing) power|(?:took|grabbed|assumed|taken) power in (?:a |an )?(?:military |"
                       r"bloodless |palace )?(?:coup|putsch)|"
                       r"(?:staged|launched|carried out|conducted|mounted) (?:a |an |the )?(?:military |bloodless |"
                       r"palace )?(?:coup(?: d['’][eé]tat)?|putsch)(?! (?:attempt|plot|bid)s?\b)|"
                       # (the past forms are also the ousted leader's adjective, "in support of deposed president X",
                       # "loyal to ousted president X", and are told of lawmakers and crowds too, "lawmakers ousted the
                       # prime minister", "protesters toppled the government": the soldiers who did it are told before)
                       r"(?:soldiers|troops|army|military|junta|officers|guards|mutineers|putschists|forces)"
                       r"(?: (?!(?:to|the|of|that|who|which|whom|loyal|for|against)\b)[\w-]+){0,3}? "
                       r"(?:overthrew|toppled|ousted|deposed) (?:the |its |their )?"
                       r"(?:elected |civilian |democratically[- ]elected |country's |[A-Z]\w+an )?(?:president|government|"
                       r"head of state|prime minister|regime|junta|leader)|"
                       r"(?:was|were|been) (?:overthrown|toppled|ousted|deposed) (?:on \w+ )?(?:in|by) (?:a |an |the )?"
                       r"(?:military |bloodless |palace )?(?:coup|putsch|soldiers|troops|army|military|mutineers)|"
                       # (a deed the coup was made by: "soldiers detained the president at gunpoint, in a coup that drew
                       # condemnation"; not how a ruler came to power or lost it, mostly told as background: "Bazoum,
                       # ousted in a coup last year, remains detained", "Sankara was killed in a coup in 1987")
                       r"(?<!\bpower )(?<!\bpower, )(?<!\bousted )(?<!\boverthrown )(?<!\bdeposed )(?<!\btoppled )"
                       r"(?<!\bremoved )(?<!\binstalled )(?<!\bkilled )(?<!\bassassinated )(?<!\bdied )"
                       r"in an? (?:military |bloodless |palace )?(?:coup(?: d['’][eé]tat)?|"
                       r"putsch)(?! (?:attempt|plot|bid)s?\b))"),
            "Strategic developments", "Other", "coup", ("COERCE", "seize")),
    # security measures: ACLED codes a curfew, a state of emergency or a ban on motorbikes as a change of activity
    Trigger("security-measure", _p(r"curfews?|state of emergency|states of emergency|state of siege|"
                                   r"(?:traffic|circulation|movement) bans?|bans? on (?:the )?(?:use of |circulation of |"
                                   r"movement of |traffic of )?(?:motorbikes?|motorcycles?|motor-?cycles|tricycles|"
                                   r"vehicles|traffic|night traffic|public gatherings|gatherings|demonstrations|protests)|"
                                   r"banned (?:the )?(?:use|circulation|movement|traffic) of"),
            "Strategic developments", "Change to group/activity", "security-measure", ("COERCE", "ban")),
    # threats carried out against people: "gunmen threatened voters", "militants threatened locals"
    Trigger("intimidation", _p(r"threaten(?:ed|ing) (?:the |a |an |their |his )?(?:local |religious |village )?(?:[\w-]+ )?"
                               r"(?:locals|residents|villagers|voters|population|inhabitants|civilians|traders|merchants?|"
                               r"election (?:workers|officials)|teachers|worshippers|chiefs?|leaders?|imams?|family members|"
                               r"families|officials|the village)|intimidated|"
                               # (the people's place in brackets: "ordered residents of Mondoro (Douentza, Mopti) to leave")
                               r"(?:ordered|forced) (?:[\w-]+ ){0,3}?(?:\([^()]{1,60}\) )?"
                               r"(?:to leave|to close|to shut|to abandon|to flee)|(?:gave|issued|delivered) (?:\w+ ){0,6}?"
                               r"ultimatum|closed (?:down )?(?:the |a |several |all )?(?:\w+ )?schools?" + _NOT_FOR_FEAR + r"|"
                               # schools, mines or markets shut by order or by force ("closed down over 20 schools",
                               # "closed the Taoudenni salt mine", "ordered the closure of all mining sites")
                               r"closed (?:down )?(?:[\w-]+ ){0,3}?(?:schools|(?:gold |salt )?mines?|mining sites?|"
                               r"markets?)\b" + _NOT_FOR_FEAR + r"|"
                               # teaching stopped for fear of the armed groups, told after it: "teachers suspended
                               # classes and left the area over the deteriorated security situation" (not for a
                               # strike, a flood, an epidemic or a holiday: "suspended classes over a strike by
                               # lecturers", "... because of the coronavirus pandemic")
                               r"suspend(?:ed|s|ing)? (?:all )?(?:the )?(?:classes|courses|lessons|teaching)\b"
                               r"(?=[^.;]{0,120}?\b(?:security|insecurity|attacks?|threats?|threatened|jihadi\w*|"
                               r"terroris\w*|gunmen|militants|insurgents|armed (?:men|groups?|individuals)|violence)\b)"
                               r"(?![^.;]{0,80}?\b(?:pandemic|coronavirus|covid|epidemic|virus|outbreak|holidays?|heat)\b)|"
                               r"(?:ordered|imposed|forced) (?:the )?(?:temporary |immediate )?closures? of "
                               r"(?:[\w-]+ ){0,3}?(?:schools?|(?:gold |salt )?mines|mining sites?|markets?)\b"
                               + _NOT_FOR_FEAR + r"|"
                               r"imposed on (?:the )?(?:women|men|population|residents|villagers)"),
            "Strategic developments", "Other", "intimidation", ("THREATEN", "general")),
    # weapons found, seized or defused before they were used
    Trigger("weapons", _p(r"defused|(?<!were )(?<!was )(?<!been )disarmed (?:the |some |several |\d+ |two |three |four |five )?(?:[\w-]+ ){0,2}?"
                          r"(?:militants|fighters|jihadi(?:st)?s|combatants|insurgents|rebels|gunmen|elements)\b|(?:dismantled|neutrali[sz]ed|deactivated|disposed of) (?:an? |the |two |several )?(?:[\w-]+ )?"
                          r"(?:IEDs?|explosive devices?|bombs?|mines?)|"
                          # a drone, a missile or a rocket brought down before it struck (`INTERCEPTED`)
                          + INTERCEPTED + r"|"
                          r"(?:discovered|found|seized|recovered|uncovered|destroyed) (?:[\w-]+ ){0,4}?(?:IEDs?|"
                          r"explosive devices?|explosives|weapons caches?|arms caches?|caches? of (?:weapons|arms)|"
                          r"(?<!e-mail )(?<!email )(?<!data )(?<!document )(?<!file )(?<!photo )(?<!browser )caches?|"
                          r"ammunition|munitions|fire ?arms?|rifles|grenades|bombs?|"
                          # (weapons alone, the first of a list of goods: "seized weapons and motorbikes in a hideout")
                          r"weapons(?= (?:and|&) )|"
                          # (a list: "seized arms, ammunition, and IED-making materiel")
                          r"(?:arms|weapons),? (?:and )?(?:ammunition|munitions|explosives)|"
                          r"landmines?)|(?:IEDs?|explosive devices?|bombs?|mines?|explosives) (?:was|were|had been) "
                          r"(?:discovered|found|uncovered|defused|neutrali[sz]ed|dismantled|detected|disposed of)|"
                          # (blown up by those who found it: "the forces detonated it in a controlled explosion")
                          r"controlled (?:detonations?|explosions?)|"
                          + CAUGHT_PLANTING + r"|"
                          r"unexploded (?:rockets?|shells?|devices?|ordnance|mortars?|bombs?)|"
                          r"(?:weapons|arms|ammunition|explosives)(?: (?:&|and) (?:weapons|arms|ammunition|explosives)|"
                          r",? (?:&|and) (?:other |some )?(?:equipment|materiel|supplies))? "
                          r"(?:was|were|had been) (?:\w+ )?(?:discovered|found|seized|recovered|uncovered)|"
                          # the gear of an armed group taken from it: "seizing motorbikes and other equipment suspected
                          # of belonging to JNIM militants", "seized the vehicles of the jihadists"
                          r"seiz(?:ed|ing|es) (?:[\w-]+,? ){0,5}?(?:equipment|materiel|motorbikes|motorcycles|vehicles|"
                          r"arms|weapons) (?:[\w-]+ ){0,3}?(?:belonging to|used by|of|from) (?:the |presumed |suspected |"
                          r"alleged )*(?:[\w()-]+ ){0,3}?(?:militants|jihadi(?:st)?s|terrorists|insurgents|fighters|assailants)\b"),
            "Strategic developments", "Disrupted weapons use", "weapons", ("COERCE", "seize")),
    Trigger("arrests", _p(r"arrest(?:ed|s)|detained|rounded up|taken into custody|apprehended|"
                          # people caught by the people of a place ("three suspects were captured by villagers"): the
                          # coder makes it the crowd's mob violence
                          r"(?:captured|caught|seized) by (?:the |angry |local |some )*(?:[\w-]+ )?(?:villagers|residents|"
                          r"locals|inhabitants|youths|population|mob)\b|"
                          # a capture by the police is an arrest: "the suspect is captured by police in Gao"
                          r"(?:captured|caught|nabbed) by (?:the )?(?:local |national |municipal )?(?:police|policemen|"
                          r"gendarmes|gendarmerie)\b|"
                          r"arrest(?= (?:" + _HELD_COUNT + r"|a number) )|"
                          # people held to be questioned: "the gendarmerie took in several officers for questioning",
                          # "two men were taken in for questioning" (not "took in the view", "taken in by the scam")
                          r"(?:took|taken|taking|takes) in (?:(?!for\b)[\w'’-]+ ){0,5}?for questioning|"
                          r"(?:taken|brought|picked up|held) (?:in )?for questioning|"
                          # the headline's present tense, its object after it: "troops arrest a person in Kidal",
                          # "police arrest the suspects" (not the noun: "made an arrest the same day", "a warrant for
                          # his arrest", "under arrest", "house arrest"; nor one wanted or feared: "vowed to arrest the
                          # killers", "police will arrest anyone who ...")
                          + _PRESENT_NOT_MEANT + r"(?<!\ban )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )"
                          r"(?<!\bno )(?<!\bany )(?<!house )(?<!under )arrest(?= (?:" + _HELD_WHOM + r")\b)|"
                          # (so "detain": "soldiers detain 12 men", "police detain a suspect"; not "vowed to detain")
                          + _PRESENT_NOT_MEANT + r"detain(?= (?:" + _HELD_COUNT + "|" + _HELD_WHOM + r")\b)"),
            "Strategic developments", "Arrests", "arrests", ("COERCE", "arrest")),
    # fighters laying down their arms (a demobilisation, a surrender of a group): ACLED codes it as an agreement
    Trigger("disarm", _p(r"la(?:id|y|ying) down (?:their |its |of )?(?:arms|weapons)|surrender(?:ed|ing)? (?:their |its )?"
                         r"(?:arms|weapons)|disarmament ceremony|were disarmed|demobili[sz]ed|"
                         # deserters or rebels who come back into the state's forces ("ex-deserters reached Gao to
                         # rejoin the Malian army", "600 deserters had returned to the ranks of the armed
                         # forces"): their reintegration, which ACLED codes as an agreement (not the ranks of a party
                         # or an armed group: "returned to the ranks of the ruling party", "rejoined the ranks of JNIM")
                         r"(?:(?:rejoin(?:ed|ing|s)?|re-?integrat(?:ed|ing|es?)(?: into)?|returned to) (?:the )?ranks of "
                         r"(?:the )?|(?:rejoin(?:ed|ing|s)?|re-?integrat(?:ed|ing|es?) into) (?:the )?)(?:[\w-]+ ){0,2}?"
                         r"(?:army|armed forces|military|FAMa|(?:defen[cs]e (?:and |& )?)?security forces|defen[cs]e forces)\b"
                         r"(?! (?:base|camp|barracks|post)s?\b)"),
            "Strategic developments", "Agreement", "disarm", ("CONCEDE", "disarm")),
    # fighters who give themselves up, hostages released by their takers ("released the Australian woman they
    # kidnapped", "released after negotiations"): ACLED codes both as an agreement
    Trigger("surrender", _p(r"surrendered (?:to|themselves)|gave themselves up|turned themselves in|"
                            # (a release won by talks: "the government negotiated the release of three hostages",
                            # "mediators brokered the freedom of the captives"; not a rescue: "troops secured ...")
                            # (the people freed told as held: hostages or captives, or people held, kidnapped or
                            # abducted; not "negotiated the release of five of them", "of the businessman from police
                            # custody": the coder drops custody, arrests and prison)
                            r"(?:negotiated|negotiates|brokered|brokers) (?:the )?(?:[\w-]+ )?(?:release|freedom|liberation) of "
                            r"(?:[\w'-]+ ){0,8}?(?:hostages?|captives?|abductees|kidnap(?:ping)? victims|"
                            r"(?:[\w'-]+ ){0,2}?(?:held|kidnapped|abducted|taken) (?:(?:hostage|captive) )?by)\b|"
                            r"(?:hostages?|captives?|prisoners?|woman|man|fighters|aid workers?|tourists?|"
                            r"(?:[A-Z]\w+ )?(?:citizens?|nationals?)) (?:\w+ ){0,4}?(?:was|were|is|are|have been|has been) "
                            r"(?:\w+ )?(?:released|freed) (?:after|following) (?:\w+ ){0,2}?negotiations|released "
                            r"(?:the |a |an |two |three |\d+ )?(?:[\w-]+ ){0,3}?(?:hostages?|captives?|woman|man|"
                            r"fighters|prisoners?) (?:they|it) (?:had )?(?:kidnapped|abducted|captured|held)|"
                            # a release a deal brought: "were freed as part of a prisoner exchange", "released, likely as
                            # the result of a negotiated settlement", "freed through mediation"
                            # (people released, told by the passive of a named subject or by their noun: not "released
                            # a statement", "they were released" with no one named; not freed by forces, a rescue; not
                            # talks that failed: "after negotiations with the kidnappers failed")
                            r"(?:(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bit )(?:was|were|been) (?:\w+ )?(?:released|freed)|"
                            r"(?:released|freed) (?:the |a |an |two |three |four |five |several |all |\d+ )?(?:[\w-]+ ){0,3}?"
                            r"(?:hostages?|captives?|prisoners?|detainees?|people|persons|women|men|children|students|"
                            r"workers|civilians|passengers|soldiers|fighters))"
                            r"(?: (?!by (?:the )?(?:[\w-]+ )?(?:soldiers|troops|police|forces|army|military|gendarmes?|"
                            r"security|commandos?|special)\b)[\w,-]+){0,10}? (?:as (?:the |a )?results? of|as part of|through|"
                            r"thanks to|following|after|under) (?:a |an |the )?(?:[\w-]+ )?(?:negotiat\w*|mediation|"
                            r"prisoner exchange|exchange of prisoners|swap)"
                            r"(?!(?: [\w,-]+){0,3}? (?:failed|fail|collapsed|broke down|stalled|faltered))"),
            "Strategic developments", "Agreement", "disarm", ("CONCEDE", "release")),
    # a group's birth, split, allegiance or defection: ACLED's change to group/activity
    Trigger("group-change", _p(r"pledged allegiance|declared allegiance|swore allegiance|"
                               r"(?:announced|declared) (?:the |its |their )?(?:founding|creation|formation|birth)|"
                               r"(?:a )?new (?:armed|rebel|militant|jihadist|self-defen[cs]e) (?:group|movement)|"
                               # a place cut off by an armed group: "besieging the village of X", "the village was
                               # besieged by jihadists", "imposed a blockade on the town" (ACLED: change to activity)
                               r"besieg(?:ed|ing)|encircled (?:the )?(?:[\w-]+ )?(?:villages?|towns?|localit(?:y|ies)|"
                               r"hamlets?|mosques?)\b|(?:imposed|maintained|enforced|placed|began|started|launched|set up) (?:a |the |its |their )?"
                               r"(?:[\w-]+ )?(?:blockade|siege)|under (?:a |the )?(?:[\w-]+ )?(?:blockade|siege)|"
                               # a group that joins an alliance: "MSA announced officially joining the Platform
                               # alliance", "the contingent decided to join the MPSA"
                               r"join(?:ed|ing|s)? (?:the )?(?:[\w-]+ ){0,2}?(?:alliance|coalition)\b|"
                               r"(?:decided|agreed|announced|voted) (?:\w+ ){0,5}?to join (?:the )?(?-i:[A-Z]{2,})\b|"
                               r"defected|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\blargely )"
                               r"(?<!\bvirtually )(?<!\balmost )deserted|desertions?|defections?"),
            "Strategic developments", "Change to group/activity", "movement", ("MOBILIZE", "military")),
    # forces that move in, arrive or recruit, with no fight told: ACLED's change of a group's activity
    Trigger("movement", _p(r"(?:troops|forces|soldiers|fighters|militants|jihadi(?:st)?s|islamists|rebels|reinforcements|"
                           r"contingents?|units?|pickups|convoys?)(?:\s+[\w,-]+){0,4}?\s+(?:began\s+|have\s+|has\s+|had\s+)?"
                           r"(?:arriv(?:ed|ing)|enter(?:ed|ing)|enterred|moved (?:into|to|towards)|massed|regrouped)|"
                           r"(?:enlisted|recruited|recruiting|began recruiting) (?:[\w-]+ ){0,3}?(?:fighters|members|"
                           r"recruits|youths?|young men)|sent (?:[\w-]+ ){0,4}?(?:fighters|reinforcements) to|"
                           # an operation told with no fight: "a reinforcement operation to secure the camp", "launched
                           # Operation Ndofou ... aimed at countering the militant threat"
                           r"(?:reinforcement|securing|security|sweeping) operations?|"
                           r"(?:launched|began|started|announced) (?:an? |the |its |their |a joint |a new )?(?:[\w-]+ ){0,3}?"
                           r"operations? (?:[\w-]+ ){0,8}?(?:to secure|aimed at|to counter|to restore|underway)|"
                           r"(?:launched|announced) (?:the )?(?-i:Operation [A-Z][\w-]+)|"
                           # forces sent back to a place they had left: "the army redeployed to the town", "troops were
                           # redeployed in the commune" (not "redeployment of teachers": a state's staff, no force)
                           # (units or contingents only a force's: not "the hospital's intensive care units were
                           # redeployed to the new wing"; not to a venue: "police were redeployed to the stadium")
                           r"(?:army|troops|forces|soldiers|military|gendarmes?|gendarmerie|police|(?:army|military|police|"
                           r"gendarmerie|gendarme|special forces|security forces|armed forces|peacekeeping|UN|MINUSMA)"
                           r"(?:\s+[\w-]+)?\s+(?:units?|contingents?))"
                           # (not a plan: "the soldiers would be redeployed to protect ...", "will be redeployed")
                           r"(?:\s+(?!(?:would|will|could|should|may|might|shall|to|be|been)\b)[\w-]+){0,3}?\s+"
                           r"(?:was\s+|were\s+|has\s+|have\s+|had\s+)?re-?deployed\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:to|in|into|at)(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:stadiums?|"
                           r"match(?:es)?|games?|wings?|hospitals?|wards?|clinics?|schools?|offices?|departments?|"
                           r"headquarters|venues?|arenas?|concerts?|festivals?|polling)\b)"),
            "Strategic developments", "Change to group/activity", "movement", ("MOBILIZE", "military")),
    # weapons fired at no one by armed men or forces, a show of force ("militants fired gunshots in the air as they
    # left the village", "soldiers on patrol fired into the air"): ACLED's change to group activity (a crowd's or a
    # fight's trigger in the sentence wins over it, the shots being theirs: "police fired in the air to disperse the
    # protesters"; a crowd told by no protest word does not: "police fired into the air as fans rushed the gates" stays
    # this; not a celebration, a greeting, a salute or a funeral's honours; not "warning shots" alone, fired as often at
    # a crowd or a brawl)
    Trigger("shots-in-air", _p(r"(?:troops|forces|soldiers|gendarmes|police(?:men)?|guards|fighters|militants|"
                               r"jihadi(?:st)?s|islamists|rebels|insurgents|gunmen|assailants|militiam[ae]n)"
                               r"(?:\s+[\w,/-]+){0,5}?\s+(?:(?:fired|firing|fire) (?:" + _SHOTS + r" |(?:their |his |its )?(?:weapons?|guns?|rifles?|volleys?) |"
                               r"rounds |bullets )?(?:(?:in|into) the air|in the sky))"
                               r"(?![^.;]{0,80}?\b(?:celebrat\w*|weddings?|festiv\w*|jubilat\w*|new year|salutes?|"
                               r"funerals?|honou?rs?|tributes?|greet\w*|welcom\w*)\b)"),
            "Strategic developments", "Change to group/activity", "movement", ("MOBILIZE", "military")),
    # (a headline's or a note's present too: "AQIM establishes a base of operations east of Nara", "set up training
    # camps in Timbuktu")
    Trigger("base", _p(r"(?:establish(?:es|ed|ing)?|sets? up|setting up|install(?:s|ed|ing)?|open(?:s|ed|ing)?|"
                       r"build(?:s|ing)?|built) "
                       r"(?:a |an |the |its |their |new )*(?:forward |military |operating |new |training |logistics? |"
                       r"rear )*(?:bases?|camps?|headquarters|outposts?)"),
            "Strategic developments", "Headquarters or base established", "base", ("MOBILIZE", "military")),
)

# a territory that changed hands without a fight
# (those who held a place and left it: "the army", "the soldiers", "CSP-PSD rebels")
_HOLDERS = r"(?:army|soldiers|troops|forces|gendarmes|police|militants|fighters|rebels)"
TRANSFER = Trigger("transfer", _p(r"without (?:a fight|resistance|violence|firing a (?:single )?shot|clashes|any fighting)|"
                                  r"no shots? (?:was|were) fired|peacefully|no (?:reports? of )?(?:(?:government|armed|military|"
                                  r"major|serious|real) )?(?:fighting|clashes|resistance)(?: (?:was|were) reported)?|"
                                  # the place left by its holders before it was taken: "took control of the town after
                                  # the army withdrew", "occupied the post abandoned by the soldiers"
                                  r"after (?:the )?(?:[\w-]+ )?" + _HOLDERS +
                                  r" (?:had )?(?:withdrew|withdrawn|left|abandoned|vacated|pulled out)|"
                                  r"(?:abandoned|vacated|deserted) by (?:the )?(?:[\w-]+ )?" + _HOLDERS + r"|"
                                  r"after (?:the )?(?:withdrawal|departure|retreat|pull-?out) of (?:the )?(?:[\w-]+ ){0,3}?"
                                  + _HOLDERS + r"\b"),
                   "Strategic developments", "Non-violent transfer of territory", "violence", ("RETREAT", "return"))

# a strike with no demonstration told: a work stoppage, not a gathering; ACLED codes it as a strategic development
# ("On February 20, university teachers began observing a 72-hour strike": Strategic developments / Other)
STRIKE = Trigger("strike", _p(r"strikes?|striking|strikers"), "Strategic developments", "Other", "protest",
                 ("PROTEST", "strike"))

# A note that opens with the kind of development it records, as ACLED's coders write them ("Agreement: ...",
# "Property destruction: ...", "Non-violent activity: ..."): label (folded) -> the trigger of that kind. The label is
# the coder's own statement of the type, read like any other words of the text (in the dev files every note so
# labelled has the label's type, old taxonomy aside).
NON_VIOLENT = Trigger("non-violent", _p(r"non-violent activity"), "Strategic developments", "Other", "non-violent",
                      ("CONSULT", "other"))
TRIGGER_BY_NAME: dict[str, Trigger] = {t.name: t for t in TRIGGERS}
NOTE_LABELS: dict[str, Trigger] = {
    **dict.fromkeys(("property destruction", "looting", "looting/property destruction"), TRIGGER_BY_NAME["looting"]),
    **dict.fromkeys(("non-violent activity", "coup/military takeover", "other"), NON_VIOLENT),
    "strikes": STRIKE,
    "agreement": TRIGGER_BY_NAME["agreement"],
    "arrests": TRIGGER_BY_NAME["arrests"],
    **dict.fromkeys(("movement of forces", "formation of armed group", "security measures", "recruitment",
                     "defection", "change to armed group", "change to group/activity"), TRIGGER_BY_NAME["group-change"]),
    **dict.fromkeys(("defusal", "weapons seizure", "disrupted weapons use"), TRIGGER_BY_NAME["weapons"]),
    "headquarters or base established": TRIGGER_BY_NAME["base"],
}
NOTE_LABEL = re.compile(r"^\s*(" + "|".join(re.escape(k) for k in sorted(NOTE_LABELS, key=len, reverse=True))
                        + r")\s*:\s+", re.IGNORECASE)

# Words around an agreement trigger that say it was revoked/cancelled (PLOVER REJECT) rather than signed.
REVOKE = _p(r"revok(?:e|es|ed|ing)|revocation|terminat(?:e|es|ed|ing)|cancel(?:s|ed|led|ing)?|"
            r"suspend(?:s|ed|ing)?|denounc(?:e|ed|es)|scrap(?:ped|s)?|annul(?:led|s)?|tore up|pull(?:ed)? out of|"
            r"withdr[ae]w from|renounc(?:e|ed|es)|abrogat(?:e|ed|es)")
SIGN = _p(r"sign(?:s|ed|ing)?|agree[ds]?|conclud(?:e|ed)|reach(?:ed)?|struck|seal(?:ed)?|broker(?:ed)?|inked|"
          r"adopted|ratified|concluded")
# A withdrawal that is done or announced (not demanded, not a tactical retreat): a verb with troops as object,
# or the withdrawal announced/ordered/agreed.
WITHDRAW_ACT = re.compile(
    r"\b(?:withdr[ae]w|withdrawn|withdrawing|pull(?:ed|ing|s)? out|pull(?:ed|ing|s)? back|recall(?:ed|s)?)\b"
    r"(?:\s+[\w'’,-]+){0,6}?\s+(?:troops|forces|soldiers|personnel|contingents?|mission|military|staff|"
    r"peacekeepers|trainers|instructors|units?)\b"
    r"|\b(?:withdr[ae]w|withdrawn|withdrawing|pull(?:ed|ing|s)? out)\s+(?:\w+\s+){0,3}?from\s+(?-i:[A-Z])"
    # (or from a place told by its kind: "the police withdrew from the town amid security concerns", "the rebels
    # pulled out of the village", not "withdrew from the talks"; nor the leaving told as what came before another
    # deed: "took control of Kidal after the rebels withdrew from the town")
    r"|^(?:(?!\b(?:after|following|once|when|until|since)\b)[^.;])*?\b(?:withdr[ae]w|withdrawn|withdrawing|pull(?:ed|ing|s)? out)\s+(?:\w+\s+){0,3}?(?:from|of)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+)?(?:town|city|village|locality|area|zone|district|outposts?|posts?|positions?|bases?|camps?|barracks)\b"
    r"|\b(?:announc\w*|order\w*|decid\w*|agree\w*|began|begun|begin\w*|complet\w*|confirm\w*|"
    r"start\w*)\b(?:\s+[\w'’,-]+){0,8}?\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:\w+\s+)?"
    r"(?:withdrawal|pullout|departure|exit)\b"
    r"|\b(?:leave the country|pulled out of)\b",
    re.IGNORECASE,
)
# Asking for a withdrawal is not one.
DEMAND = re.compile(r"\b(?:demand\w*|call(?:ed|ing|s)? for|urg\w*|ask\w* for|push\w* for|insist\w* on|"
                    r"want\w*|chant\w*|slogans?)\b(?:\s+[\w'’-]+){0,4}?\s+(?:withdrawal|departure|exit|pullout)\b",
                    re.IGNORECASE)
# Handing over a base or territory (the object decides Other vs Non-violent transfer of territory).
HANDOVER_OBJECT = re.compile(r"\b(?:camp|base|airbase|air base|barracks|facility|facilities|post|positions?|"
                             r"installations?|outpost|headquarters)\b", re.IGNORECASE)
TERRITORY_OBJECT = re.compile(r"\b(?:town|city|village|territory|district|area|locality|island)\b", re.IGNORECASE)


def plover_of(trigger: Trigger, *, announced: bool, revoked: bool = False) -> tuple[str, str]:
    if trigger.family == "withdrawal":
        return ("CONCEDE", "withdraw") if announced else ("RETREAT", "withdraw")
    if trigger.family == "agreement" and revoked:
        return ("REJECT", "agreement")
    return trigger.plover
