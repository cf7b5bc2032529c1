"""Find place-name candidates in text: gazetteer names, demonyms and US state abbreviations written as names, less
those that are parts of people's, firms' or streets' names. `sitrep.geo.places` resolves what is left.

The words and patterns the decisions rest on are declared here, each list with what it is for."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.geo.gazetteer import (DEMONYMS, Gazetteer, Place, bare_skeleton, edit_distance, fold, haversine_km,
                                  spelling_skeleton)
from sitrep.text.dates import MONTH_NAMES

__all__ = [
    "INSTITUTION_WORDS",
    "ADMIN_AFTER",
    "ADMIN_BEFORE",
    "BORDER_BEFORE",
    "CUE_LAST",
    "CUED_NAME",
    "Candidate",
    "FEATURE_RANK",
    "MODIFIER_AFTER",
    "NOT_PLACES",
    "PLACE_CUE_BEFORE",
    "PRECISE_NEAR",
    "SMALL_CITY",
    "TextView",
    "VILLAGE",
    "VILLAGE_CUE",
    "candidates",
    "has_cue",
    "last_word",
    "part_of_name",
    "text_countries",
]

# Capitalised words that are GeoNames place names somewhere but almost never places in news text.
_STOP = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december said says the a an and or but in on at of for by with from
    as this that these those he she it they we his her its their our president minister ministry ministries
    government army police military state states islamic defense defence security forces force union
    republic post news agency comments comment photo source report reports commander general colonel
    major captain spokesman spokesperson official officials convoy battle attack attacks district region
    province village town city capital north south east west northern southern eastern western central
    mr mrs ms dr col maj gen lt prime national federal council assembly court party people day week
    month year today yesterday tonight more most many much some one two three four five six seven eight
    nine ten hundred thousand million billion saint san santa mount lake river valley island islands
    bay gulf sea ocean desert coast border borders road street avenue airport base camp market mosque
    church school hospital university station office house office al el la le de du des ben bin abu abou
    amaq isis daesh biden trump obama putin macron pentagon kremlin congress senate parliament
    green red blue white black gold golden new old young good best grand victory liberty hope peace
    friendship independence unity progress justice freedom union premier central eagle lion
    can could any all every each other over under after before about above below again also just only
    not no nor yet so if then than when where while who whom whose which what why how here there
    center centre college reservoir reserve bridge corporation secretary commerce christmas easter god
    man woman men women boy girl child war media date time page photo video story article
    northeast northwest southeast southwest hamas hezbollah taliban wal mart islam google
    down
    """.split()
)
NOT_PLACES = _STOP  # (public: sitrep.text.truecase does not capitalise them either)
# stop words that still join the name after them into a longer name ("the Grand Reading Room", as "the Grand Imam")
_STOP_BEFORE_NAMES = frozenset({"grand"})

# Words before a name that make it a place ("near Teguey", "the town of Dori", "in Tillaberi").
PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:near|in|at|outside|around|from|to|towards|toward|between|of|village of|town of|city of|"
    r"commune of|locality of|district of|region of|province of|area of|outskirts of|north of|south of|"
    r"east of|west of|km from|kilometres from|kilometers from|miles from)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
PRECISE_NEAR = re.compile(r"\b(?:near|outside|around|close to|not far from|outskirts of|(?:\d+|a few)\s*(?:km|kilomet\w+|miles)\s+"
                           r"(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.IGNORECASE)
ADMIN_AFTER = re.compile(r"\s*(?:region|province|state|prefecture|department|governorate|district|county|"
                          r"parish)\b", re.IGNORECASE)
_TITLE_ABBREVIATIONS = "Mr Mrs Ms Dr Prof Col Maj Gen Lt Capt Cpt Sgt Cpl Pvt Adm Gov Sen Rep Rev Fr Det Insp Supt".split()
_TITLES = _TITLE_ABBREVIATIONS + (
    "Miss President Minister spokesperson spokesman spokeswoman General Colonel Captain Commander Imam Sheikh Chief "
    "Judge Justice Officer Deputy Sheriff Mayor Governor Senator Representative Councilman Councilwoman Commissioner "
    "Coach Pastor Father Bishop Pope King Queen Prince Princess Sir Lord Lady Trooper Sergeant Lieutenant Detective "
    "Professor Superintendent Principal Attorney Secretary Chairman Director Dean Rabbi Ayatollah Emir Sultan "
    "Reverend Sister Brother Mother").split()  # (a religious order's: "Sister Mary Agnes", not Mary, Turkmenistan)
ADMIN_BEFORE = re.compile(r"\b(?:state|province|region|department|county|prefecture|governorate)\s+of\s+(?:the\s+)?$",
                           re.IGNORECASE)
# a title, then capitalised words or initials on the same line; only an abbreviation takes a dot ("Judge. Columbus"
# is two sentences)
# (and a few titles news writes in lower case before a name: "former prime minister Hama Amadou")
_LOWER_TITLES = ["prime minister", "minister", "president", "opposition leader", "leader", "mayor", "governor",
                 "imam", "general", "colonel", "commander", "spokesman", "spokeswoman", "senator", "chief",
                 "candidate", "actress", "actor", "singer"]  # ("the opposition candidate Seini Oumarou", "actress
# Virginia Madsen")
_PERSON_TITLE_BEFORE = re.compile(r"(?:\b(?:(?:" + "|".join(_TITLE_ABBREVIATIONS) + r")\.?|(?:" + "|".join(_TITLES + _LOWER_TITLES)
                                  + r"))[ \t]+(?:[A-Z][\w.'-]*[ \t]+)*)$")

BORDER_BEFORE = re.compile(r"\b(?:(?:border|borders|frontier)\s+(?:with|of)|(?:which|that)\s+borders|bordering)\s+"
                           r"(?:[\w'’]+,?\s+(?:and\s+)?)*$", re.IGNORECASE)  # (and "the region, which borders Nigeria")
# After a name: a person's age ("Moore, 46,"), a speech verb ("Moore said"), a middle initial ("David A. Ellwood")
_AGE_AFTER = re.compile(r",[ \t]+\d{1,3}(?:,|[ \t]*\))")
# an age written before a name and a surname: "35-year-old Clarence Washington", "a 7-year-old Crystal Bowman" (not
# "a 20-year-old Chicago man", "a 30-year-old Chicago Police officer": the place the person is from)
_AGE_BEFORE = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                         r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ](?:year|month)s?[- ]old[ \t]+$",
                         re.IGNORECASE)
# after a name that an age precedes, what makes it a person's: another name, a comma, "and", a verb ("was", "shot")
# (not a noun: "a 20-year-old Chicago man"; nor a state after a comma: "a 16-year-old Burlington, Wash., boy")
_PERSON_AFTER_AGE = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*|[ \t]*,(?![ \t]*[A-Z])|[ \t]*[;)]|"
                               r"[ \t]+(?:and|was|is|had|has|who|died|shot|said)\b)")
_PERSON_AFTER = re.compile(
    r"^(?:\s+(?:said|says|told|added|explained|noted|wrote|asked|testified|replied|argued|"
    r"stated|recalled|insisted|acknowledged|admitted|announced|declined|did not|didn't|has said|had said)\b)")
_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.\s+[A-Z][a-z]")  # a middle initial and a surname: a person's, even a city's
# name ("Milton J. Little", "Judah P. Benjamin")
# a particle of Arabic, Tuareg and Moorish names ("son of", "of the") between a given name and the next one: "Iyad Ag
# Ghaly", "Ahmed el Tilemsi", "Mohamed Ould Mataly", "Ali ben Salem": the names on either side are a person's
# and the lower-case particles of Dutch and German family names ("Dennis van Engelsdorp", "Ursula von der Leyen": not
# Dennis, Mass.; a place's own name never has them in lower case between capitalised words)
_NAME_PARTICLE = r"(?:el|al|ag|Ag|ould|Ould|ben|Ben|bin|ibn|(?:van|von)(?:[ \t]+(?:der|den|de))?)"
_PARTICLE_AFTER = re.compile(r"[ \t]+" + _NAME_PARTICLE + r"[ \t]+[A-Z][a-z]")
_PARTICLE_BEFORE = re.compile(r"(?:^|[^\w'’-])[A-Z][a-z]+[ \t]+" + _NAME_PARTICLE + r"[ \t]+$")
# A word directly before a name that makes it part of a longer place name, not a person's given name
_MODIFIERS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern greater upper lower downtown uptown upstate downstate
    rural suburban metro metropolitan inner outer old new mid little great coastal west-central east-central
    historic scenic nearby
    in at of from to near and or the for on by via into across through throughout outside inside around
    between within toward towards beyond than with without about against under over
    """.split()
)
# given names whose ending reads like an adverb's or a participle's ("Armed", "Wounded Knee", "Early"), which stay a
# given name before a surname that is also a place's: "Ahmed Hassan" (not Hassan, India), "Mohamed Kano"
_GIVEN_NAMES_LIKE_WORDS = frozenset(
    """
    ahmed mohamed mohammed muhammed mouhamed mahamed hamed saeed sayed zayed rashed majed fahed obed
    fred alfred wilfred winifred mildred jared ted ned reed
    """.split()
)
# Words after a place name that make the pair an institution's name: the place stays a place ("Athens Police"; "the
# Mentao Refugee Camp", "the Inata Mine": the camp and the mine lie there)
_INSTITUTION_WORDS = frozenset(
    """
    police department dept fire high middle elementary school schools county city town township village community
    arts singers senior seniors highway state district regional unified board council university college polytechnic
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
    mine mines refugee refugees camp camps
    """.split()
) | frozenset(t.lower() for t in _TITLES)  # "Fargo Mayor Dennis Walaker": Fargo's mayor
# a day after a name is when, not a longer name: "AQIM attacked Timbuktu Saturday night"
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# a season before a year is when, not a town of the name: "in Spring 2002", "the Summer of 2008"
_SEASONS = frozenset("spring summer autumn fall winter".split())
_MONTHS = r"(?:" + "|".join(MONTH_NAMES) + ")"
# a month and a day, folded: "october 6", "6 october", "6th of october"
_DATE_KEY = re.compile(_MONTHS + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTHS)
_YEAR_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?(?:19|20)\d\d\b")
_MEDIA_WORDS = frozenset("post times journal herald tribune gazette daily press star sun courier dispatch "
                         "chronicle observer examiner register ledger mail telegraph inquirer bulletin".split())
_NAME_WORD = r"[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)*[a-z]"  # "Smith", "McInerney", "DeKalb", "O'Neil"
_CAP_WORD_END = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # a capitalised word directly before
_CAP_WORD_START = re.compile(r"[ \t]+[A-Z]")  # and after
_NEXT_NAMES = re.compile(r"[ \t]+" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")?")
_COMPASS_ABBREVIATIONS = frozenset({"n.e", "n.w", "s.e", "s.w"})  # "S.E. Paris": a quarter, not a person's initials
# the capitalised words after a name, up to four: the head of a town's or a county's public body among them makes
# the name a place's in that body's name ("Springfield Science Museum", "Palestine Independent School District", "Los
# Angeles Superior Court"), as "Athens Police" is (not any institution's: "Human Resources Department", "Law
# Enforcement Center", "Noble Learning Center" name no place)
# a public service named by the things it tends, two capitalised nouns joined by "and" ("a Water and Forest agent",
# "the Eaux et Forêts service", "Fish and Wildlife officers", "the Ministry of Mines and Energy"): a name in it ("Forest",
# a commune of Brussels) is the service's word, no place
_SERVICE_NOUNS = (r"(?:Waters?|Eaux|Forests?|For[eê]ts|Fish|Wildlife|Parks|Game|Environment|Agriculture|Livestock|"
                  r"Mines|Energy|Fisheries|Hunting|Chasse)")
_SERVICE_NOUN = re.compile(_SERVICE_NOUNS)
_SERVICE_PAIR_BEFORE = re.compile(r"\b" + _SERVICE_NOUNS + r"[ \t]+(?:and|et|&)[ \t]+$")
_SERVICE_PAIR_AFTER = re.compile(r"[ \t]+(?:and|et|&)[ \t]+" + _SERVICE_NOUNS + r"\b")
_CAP_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’&-]*\.?){1,4}")
_CIVIC_HEADS = frozenset("court courthouse museum library council commission academy police sheriff jail district "
                         "circuit".split())
# (a French given name may be two joined by a hyphen: "Luc-Adolphe Tiao", "Jean-Pierre Bemba")
_GIVEN_BEFORE = re.compile(r"(?:^|[\s(\"“'])([A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.(?:[A-Z]\.)?)[ \t]+$")

ADMIN_WORDS = frozenset({"region", "province", "state", "district", "department", "prefecture", "commune",
                          "county", "parish", "governorate"})
FEATURE_RANK = {"place": 4, "admin2": 3, "admin1": 2, "country": 1, "continent": 0}
# Villages: GeoNames has no population (0) for most of them, and imported country dumps bring tens of thousands,
# many named like words or like far bigger places ("London", Sierra Leone). One is taken only when the text names
# its country or admin1 unit, or with a strong cue ("in", "near", "the village of"; not a bare "of"/"at"); and it
# beats a city of SMALL_CITY+ people only when the text names its admin1 unit.
VILLAGE = 1000
SMALL_CITY = 100_000
VILLAGE_CUE = re.compile(
    r"(?:\b(?:in|near|outside|around|close to|not far from|outskirts of|(?:village|town|locality|commune|hamlet|settlement)s?\s+of"
    r"|(?:\d+|a few)\s*(?:km|kilomet\w+|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?)$", re.IGNORECASE)

# The last word before a name that a cue pattern can end with ("near", "in", "of" ... [the]): a cheap test run
# before the patterns themselves
CUE_LAST = frozenset("near in at outside around from to towards toward between of".split())
_TITLE_WORDS = frozenset(t.lower() for t in _TITLES) | {t.split()[-1] for t in _LOWER_TITLES}
# a title's "of" and the name of what it heads: "the Mayor of Menaka", "the Emir of Kano", "the Bishop of Sokoto"
_OF_NAME_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def last_word(before: str) -> str:
    """The last word before a name, lower-cased, "the" skipped ("near the" -> "near")."""
    words = before[-30:].split()
    if not words:
        return ""
    last = words[-1].lower()
    if last == "the" and len(words) > 1:
        last = words[-2].lower()
    return last


def has_cue(before: str) -> bool:
    return last_word(before) in CUE_LAST and PLACE_CUE_BEFORE.search(before) is not None


_FEATURE_BEFORE = re.compile(r"\b(?:Lake|lake|Gulf of|gulf of|Bight of|Mount|Mont)\s+$")
# matched at the name's end; a mountain pass is named after a landmark, not a town ("the Salvador Pass" on the
# Niger-Libya border is not Salvador, Brazil; "the Khyber Pass")
_FEATURE_AFTER = re.compile(r"\s+([Rr]iver|[Bb]asin|[Vv]alley|[Dd]elta|Bay|Pass)\b")
# of those, the features a town of the name lies in or on, named as an area where people live: "the Swat Valley",
# "Salinas Valley", "Tampa Bay" (the span takes the word; the referent stays the town, when it lies in the country
# the article is about: not Islington, London, for "Islington Bay" in a New Zealand story; not a state's valley,
# "Ohio Valley", nor a river, which runs far from its namesake town)
_AREA_AFTER = frozenset({"Valley", "Bay"})
# A street, road or building named after a place is not the place ("Wichita Drive", "Richmond Street")
_STREET_AFTER = re.compile(r"[ \t]+(?:Street|St\.|Road|Rd\.|Drive|Dr\.|Avenue|Ave\.|Boulevard|Blvd\.?|Parkway|Pkwy\.?|"
                           r"Lane|Ln\.|Highway|Hwy\.?|Court|Ct\.|Circle|Trail|Pike|Turnpike|Expressway|Freeway|"
                           r"Terrace|Plaza|Square|drive|avenue|boulevard|lane)(?![\w-])")
# a square or a street named after a country is no country ("Congo Square in New Orleans", "Lebanon Street")
_SQUARE_AFTER = re.compile(r"[ \t]+(?:Square|Plaza|Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?)(?![\w-])")
_STREET_WORDS = (r"(?:Street|St\.|Road|Rd\.|Drive|Dr\.|Avenue|Ave\.|Boulevard|Blvd\.?|Lane|Ln\.|Parkway|Pkwy\.?|"
                 r"Court|Ct\.|Circle|Terrace|Way|Place|Pl\.)")
# the far end of a road named by the towns it joins is a town, not a street: "on the Aguelhok to Tessalit Road",
# "the Kano to Maiduguri Highway" (a road word after the name, another name and "to" before it)
_ROAD_TO_BEFORE = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+to[ \t]+$")
_ROAD_AFTER = re.compile(r"[ \t]+(?:Road|Rd\.|Highway|Hwy\.?)(?![\w-])")
# "Florida Highway Patrol", "Ohio Turnpike Commission": a state's name before a road word and a name is a body's
_STATE_BODY_AFTER = re.compile(r"[ \t]+(?:Highway|Hwy\.?|Turnpike|Parkway)[ \t]+[A-Z]")
# a street named by its bare name in an address: "the 1900 block of Dover", "at Seventh Street and Broadway", "near
# Bullard and Cornelia avenues", "near South Van Buren and Elm Street" (a street's name that is also a town's; the
# geoparsing corpora annotate such names as toponyms, so they are kept here and only not taken as an event's scene)
STREET_JOIN_BEFORE = re.compile(r"(?:\bblock\s+of[ \t]+|(?:\b\d+(?:st|nd|rd|th)|(?<![\w.])" + _STREET_WORDS
                                 + r"(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b)?)[ \t]+(?:and|&)[ \t]+)"
                                 r"(?:(?:North|South|East|West|N\.|S\.|E\.|W\.)[ \t]+)?$")
STREET_JOIN_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|N\.|"
                                r"S\.|E\.|W\.)[ \t]+)?(?:[A-Z][\w.'’]*|\d+(?:st|nd|rd|th))(?:[ \t]+[A-Z][\w'’]*)?[ \t]+(?:"
                                + _STREET_WORDS + r"(?![\w-])|(?:streets|avenues|roads|boulevards|Streets|Avenues|Roads)\b)")
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
# (past participles that are adjectives of equipment pass: "a U.S. armored vehicle", "French unmanned aircraft")
MODIFIER_AFTER = re.compile(r"[ \t]+(?:(?:armou?red|unmanned|armed)[ \t]+)?(?!(?:" + "|".join(sorted(_NOT_NOUNS))
                            + r")\b)[a-z]+(?<!ed)(?![\w'’-])")
# Glued to another name: a company or a compound ("Wal-Mart", "Long & Foster", "Helen & Douglas House")
_GLUED_BEFORE = re.compile(r"(?:[A-Z][\w'’]*-|&[ \t]*)$")
_PARTY_TAGS = frozenset({"D", "R", "I", "DFL", "GOP"})  # "Sen. Ray Miller, D-Columbus": his home town
_GLUED_AFTER = re.compile(r"[ \t]*&")
_COMPASS = frozenset({"ouest", "est", "nord", "sud", "west", "east", "north", "south", "centre", "center", "central",
                      "nord-est", "nord-ouest", "sud-est", "sud-ouest"})
_HYPHEN_AFTER = re.compile(r"-([A-Z][\w'’]*)")
# a unit word right after a name: "Far North| region", "Upper East| Region"
# the rest of a hyphenated name before a unit noun: "Mayo|-Sava department", "Haut|-Mbomou prefecture" (not a county:
# "the Springfield-Greene County Health Department", "Paris-Henry County" join a town and its county)
_COMPOUND_UNIT_AFTER = re.compile(r"-[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*[ \t]+(?i:region|province|state|district|department|"
                                  r"division|prefecture|commune|cercle|zone)\b")
_UNIT_WORD_AFTER = re.compile(r"[ \t]+(?:region|province|state|district|department|prefecture|county)\b", re.IGNORECASE)

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


# the abbreviations news outside the United States writes for a state or a province: "NSW", "B.C." (not "300 B.C.");
# a full stop after them may end the sentence ("in regional NSW."), one before a letter joins a longer code
_OTHER_ABBREVIATIONS = {"NSW": ("AU", "02"), "N.S.W.": ("AU", "02"), "B.C.": ("CA", "02")}
_OTHER_ABBREV = re.compile(r"(?<![\w.])(?:NSW|N\.S\.W\.|B\.C\.)(?!\w|\.\w)")


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# the craft a name before it is the make of, alone or in a list of makes: "Tigre and Gazelle helicopters", "Reaper
# drones", "Mirage jets"
_MODEL_AFTER = re.compile(r"(?:\s*(?:,|and|or|&)\s*[A-Z][\w-]*)*\s+(?:attack\s+|combat\s+|fighter\s+)?"
                          r"(?:helicopters?|gunships?|jets?|drones?|aircraft|warplanes?|planes?)\b")
# a name with a regnal numeral is a pope's or a king's, and what is named after him is no place of that name: "Paul
# VI Medical Center", "Mohammed V University", "Pope Benedict XVI" (a village numbered "Karre II" is matched whole
# when the gazetteer has it, and a numbered village is not followed by these words)
_REGNAL = r"\s+(?=[IVX]+\b)X{0,2}(?:IX|IV|V?I{0,3})\b"  # the numeral, a whole word of I, V and X
_REGNAL_AFTER = re.compile(_REGNAL + r"\s+(?:[A-Z][\w'-]*\s+){0,2}(?:Medical|Hospital|"
                           r"Clinic|University|College|School|Stadium|Mosque|Cathedral|Church|Basilica|Avenue|"
                           r"Boulevard|Bridge|Airport|Foundation|Institute|Academy|Cent(?:er|re)|Lyc[eé]e)\b")
# a name followed by another name and a facility is a person's, the facility named after him: "Aden Adde International
# Airport" (Mogadishu's, not Aden, Yemen), "Jomo Kenyatta Stadium" (the words between must be no place: "Bamako
# Senou International Airport" is Bamako's; a word that tells the kind, "Maiduguri International Airport", "Kano
# Municipal Stadium", is no name)
# Only one surname-like word between (the city's own facility names a whole person after it: "the Lagos Murtala
# Muhammed International Airport" is Lagos's), and no common or plural noun ("Kinshasa Martyrs Stadium", "Kano Pillars
# Stadium", "Abuja Unity Stadium" are the city's)
_PERSON_FACILITY_AFTER = re.compile(r"\s+(?!(?:International|National|Regional|Municipal|Military|State|Federal|"
                                    r"Central|City|Air|Old|New|Sports?|Unity|Independence|Liberty|Freedom|Peace|"
                                    r"Friendship|Heroes|Reunification|Olympic|Memorial|Main|General|Township)\b)"
                                    r"([A-Z][a-z'-]*[a-rt-z'-])\s+"
                                    r"(?:International\s+)?(?:Airport|Airfield|Stadium)\b")
_REGNAL_TITLE_BEFORE = re.compile(r"\b(?:Pope|King|Queen|Emperor|Sultan|Prince|Princess|Tsar|Czar|Pharaoh)\s+$")
_REGNAL_NUMERAL = re.compile(_REGNAL)


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
class Candidate:
    start: int
    end: int
    key: str
    ids: list[int]
    kind: str  # "name", "demonym", "abbrev"
    country_code: str | None = None  # demonyms
    best: Place | None = None
    scored: list[tuple[float, int]] | None = None
    guessed: bool = False  # a spelling one letter off a gazetteer name: kept only where the text's frame puts it
    area: bool = False  # a town's name and "Valley"/"Bay" ("Tampa Bay"): the town only in the article's country


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


def _unit_with_region_word(span: str, key: str, gaz: Gazetteer) -> bool:
    """A unit whose name holds the word region, written as news writes it, in lower case: "the Eastern region", "the
    North Central region" (Burkina Faso's East and Centre-Nord regions); not where the name before it already names
    that unit ("the Tillaberi region": the name with its cue, read as before)."""
    if not span.endswith(" region") or not _capitalised(span[:-7]):
        return False
    bare = set(gaz.lookup_ids(key[:-7]))
    rows = gaz.places.rows
    return any(rows[i][9] == "admin1" and i not in bare for i in gaz.lookup_ids(key))


class TextView:
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


class Spans:
    """Character spans (an article's actor names) asked "does any overlap [start, end)?" many times: a binary
    search over the starts and the running maximum of the ends, not a scan of every span per question."""

    __slots__ = ("_starts", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self._max_end.append(top)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans [0, i) start before `end`
        return i > 0 and self._max_end[i - 1] > start


def is_country_level(gaz: Gazetteer, ids: list[int]) -> bool:
    rows = gaz.places.rows
    return any(rows[i][9] in ("country", "continent") for i in ids)


# where a place lies from another: "10 km from", "some 40km northeast of", "southwest of" (the name after it is a
# place's: a scene GeoNames lacks is told by its bearing from a town it has, "Oubey, southwest of In-Deliman")
_BEARING = (r"(?:(?:\d+|a few)\s*(?:km|kilomet\w+|miles)\s+(?:\w+\s+)?(?:of|from)|"
            r"(?:north|south)(?:-?(?:east|west))?\s+of|(?:east|west)\s+of)")
# where the source itself codes the event ("(coded as Kablewa at geo precision 2)"): a place's name, in its spelling
_CODED_AS = r"coded\s+(?:(?:at|as)\s+(?:an?\s+|the\s+)?approximate(?:\s+location)?(?:\s*,|\s+(?:at|in|as|to))?|as|at|to)"
# a name a place cue introduces, as the spelling fallback reads it (and the event coder a village no gazetteer has):
# up to three capitalised words, "Zerma Dare", "In-Ates"
CUED_NAME = r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2}"
# A name after a strong place cue ("in", "near", "the village of", "10 km from"), for the spelling fallback; and the
# first unit of the hierarchy in brackets after a name, the commune or cercle that holds it ("Inekar (Banibangou,
# Tillabery)": GeoNames' Bani Bangou)
_CUED_NAME = re.compile(
    r"(?:\b(?:in|near|outside|around|between|and|village of|villages of|town of|hamlet of|locality of|commune of|"
    r"area of|outskirts of|vicinity of|(?:mining |gold |IDP |displacement )?sites? of|" + _BEARING + "|" + _CODED_AS
    + r")\s+(?:the\s+)?"
    r"(?:(?:village|town|hamlet|locality|commune|area)s?\s+of\s+)?|(?<=[a-z][ \t]\()(?=[^(),]+,[^()]+\))|"
    # (a name the unit it names follows: "the village of Tarzakoli, In-Ates Department", "Dioura Commune")
    # (not a ministry or a service: "the State Department", "the Fire Department", "the Paris Commune")
    r"(?<![\w'’-])(?<!\bthe )(?<!\bThe )(?!(?:The|State|Justice|Police|Fire|Defen[cs]e|Treasury|Homeland|Health|Education|"
    r"Sheriff'?s?|Transportation|Water|Parks)\b)(?=[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?[ \t]+(?:Rural[ \t]+|Urban[ \t]+)?"
    r"(?:Department|Commune|Cercle|Arrondissement|Municipality)\b))"
    r"(" + CUED_NAME + r")")


def _respelled(text: str, gaz: Gazetteer, found: list[Candidate]) -> Iterable[Candidate]:
    """Names after a strong place cue that no gazetteer key spells this way, matched by spelling skeleton to a
    place of the imported countries ("in Balleyara": GeoNames' Baleyara). A plain edit distance would join names
    that differ in one meaningful letter; the skeleton only joins the alternations of French and English
    transliteration (ou/w/u, y/i, doubled letters, dj/j)."""
    index = gaz.skeleton_keys()
    if not index:
        return
    # (a name found only as natural spots does not hold its span: "In-Ates" over "Ates", wadis of Agadez, is the
    # well I-n-Ates spelled another way)
    rows = gaz.places.rows
    spans = [(m.start, m.end) for m in found if not m.ids or not all(rows[i][0] in gaz.natural for i in m.ids)]
    taken = Spans(spans)
    named = {spelling_skeleton(m.key): m.key for m in found if m.kind == "name"}
    for mt in _CUED_NAME.finditer(text):
        start = mt.start(1)
        words = mt.group(1).split()
        spans_ = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
        if "-" in words[0] and words[0].count("-") == 1 and gaz.lookup_ids(fold(words[0].split("-")[1])) \
                and not re.match(r"[ \t]*[(\[]", text[start + len(words[0]):]):
            # a pair of places joined by a hyphen, the first spelled otherwise than GeoNames' ("11 km south of
            # Aguelhoc-Anefis": Aguelhok and Anefis; the second part a place of its own); not a village's name
            # its hierarchy or another spelling follows ("Sagabara-Moriba (Diema, Kayes)": one village)
            spans_.append(words[0].split("-")[0])
        for span in spans_:
            n = len(span.split())
            end = start + len(span)
            if text[start:end] != span:
                continue  # a tab between the words: offsets would not hold
            key = fold(span)
            if key in _STOP or key in DEMONYMS or len(key) < 5 or gaz.lookup_ids(key):
                continue
            over = taken.overlaps(start, end)
            sk = spelling_skeleton(key)
            # (one word holds no other name, unless it is hyphenated and its skeleton is a name's: "In-Kakane" over
            # "Kakane", a village elsewhere, is GeoNames' I-n-Kakane spelled another way; "Sobane-Da" over "Sobane"
            # is no looser guess, "Sebanda")
            if over and (n == 1 and ("-" not in span or sk not in index) or any(
                    s_ <= start and end <= e_ or s_ < start or e_ > end for s_, e_ in spans if s_ < end and start < e_)):
                continue
            # (a longer spelling over names found inside it, "Tin Tam" over "Tin" and "Tam", is a guess: kept only in
            # the text's frame)
            target, guessed = index.get(sk), over
            if target is None and len(sk) >= 6:
                # French spellings write the "j" sound before a vowel "di" as often as "dj" ("Diombolo" and
                # "Djombolo", "Diafarabe" and "Djafarabe"): the other spelling's skeleton
                # (a guess, kept only in the text's frame: "Dogon militiamen ... near Djoulouna" is no village of
                # Burkina Faso spelled Dioulouna)
                target = next((index[v] for v in _di_j_variants(sk) if v in index), None)
                guessed = guessed or target is not None
            if target is None and len(sk) >= 6:
                # a name the text spells one letter off elsewhere is that name ("between Goundam and Tonka (coded
                # as Gondam ...)": Goundam, not a Gondame of Niger)
                target = next((named[e] for e in sorted(_one_letter_edits(sk)) if e in named), None)
            if target is None and len(sk) >= 6:
                # French spellings end many names with a mute e that English ones drop ("In-Delimane", "I-n-Deliman";
                # "Doreye", "Dorey"): a guess too
                target, guessed = index.get(sk[:-1]) if sk.endswith("e") else index.get(sk + "e"), True
            if target is None and len(sk) >= 6 and _strong_cue(text, start):
                countries = text_countries(found, gaz)
                target, guessed = _one_letter_off(sk, index, gaz, countries), True
                # (a French "c" before a, o or u is the "k" of English spellings and of most GeoNames names:
                # "Dambacourou" is one letter off Diamba-Kourou)
                if target is None and (hard := _HARD_C.sub("k", sk)) != sk:
                    target = index.get(hard) or _one_letter_off(hard, index, gaz, countries)
                if target is not None and (units := _units_after(text, end, gaz)) and not any(
                        _within(gaz.places.rows[i], units, _UNIT_REACH_KM) for i in gaz.lookup_ids(target)):
                    # (a hierarchy written out after the name is the nearer evidence: the name one letter off lies
                    # beyond its first unit's reach, "Tomora (Bafoulabe, Kayes)" is no Tomoro of Segou, 670 km off;
                    # the vowels-off reading near the hierarchy's places is tried next. A cercle reaches far from
                    # its seat: "Talataye (Ansongo, Gao)", Telatai, 145 km from Ansongo, is kept)
                    target = None
            if target is None and _strong_cue(text, start) \
                    and not _QUARTER_AFTER.match(text, end):
                target, guessed = _vowels_off(key, gaz, _units_after(text, end, gaz)), True
            if target is None and not _QUARTER_AFTER.match(text, end) and not _ALTERNATIVE_AFTER.match(text, end):
                # (a hierarchy written out after the name is cue enough: "attacked Arbilo (Tongomayel, Soum)"; the
                # spelling in brackets after it is the source's own: "Kolbakoira [Dandakoira] (Ouallam, Tillaberi)")
                target, guessed = _spelled_near(key, gaz, _units_after(text, end, gaz)), True
            if target is not None and _natural_only(gaz, target):
                # a name GeoNames has only for natural spots (a wadi, a dune, a hill) is taken only in the same
                # letters, hyphens and spaces aside ("In-Tamede": I-n-Tamede; not "Amachekk" for a wadi Amachek),
                # and as a guess: many spots share a name
                if _LETTERS_ONLY.sub("", key) != _LETTERS_ONLY.sub("", target):
                    continue
                guessed = True
            if target is not None:
                yield Candidate(start, end, target, gaz.lookup_ids(target), "name", guessed=guessed)
                break


# a hamlet abroad that a name spells exactly is no rival to a village of the text's frame spelled one letter off
# ("JNIM and/or ISGS militants executed the village chief of Kodieri": Niger's Kodiere, not a hamlet of Senegal);
# people at most
_ABROAD_HAMLET = 1000


def respelled_in_frame(text: str, m: Candidate, gaz: Gazetteer, frame: frozenset[str]) -> Candidate | None:
    """A name found exactly only as hamlets outside `frame` (the countries the text's armed groups fight in), after
    a strong place cue, read as the one village of those countries its spelling skeleton is one letter off
    (_one_letter_off, its places in one admin1 unit of the frame); None otherwise. A guess, as every respelling is."""
    if not frame or not gaz.focus or m.kind != "name" or m.guessed or not m.ids or not _strong_cue(text, m.start):
        return None  # (no import, no villages of one's own to respell to: the skeletons are the import's)
    rows = gaz.places.rows
    if any(rows[i][2] in frame or rows[i][9] != "place" or int(rows[i][8]) >= _ABROAD_HAMLET  # type: ignore[call-overload]
           for i in m.ids):
        return None
    sk = spelling_skeleton(m.key)
    if len(sk) < 6:
        return None
    target = _one_letter_off(sk, gaz.skeleton_keys(), gaz, frame)
    if target is None or not all(u[0] in frame for u in _focus_units(gaz, target)):
        return None
    return Candidate(m.start, m.end, target, gaz.lookup_ids(target), "name", guessed=True)


_LETTERS_ONLY = re.compile(r"[^a-z]")
_DI_VOWEL = re.compile(r"di(?=[aeou])")
_J_VOWEL = re.compile(r"j(?=[aeou])")
_HARD_C = re.compile(r"c(?=[aou])")


def _di_j_variants(sk: str) -> list[str]:
    """A skeleton with its "di" before a vowel written "j" (the skeleton's "dj"), or its "j" before a vowel
    written "di": "diombolo" and "jombolo", all at once ("diadiu" and "jaju")."""
    return [v for v in (_DI_VOWEL.sub("j", sk), _J_VOWEL.sub("di", sk)) if v != sk]


def _natural_only(gaz: Gazetteer, key: str) -> bool:
    """Whether every place of a name key is a natural spot (a wadi, a marsh, a hill, a dune)."""
    rows = gaz.places.rows
    return all(rows[i][0] in gaz.natural for i in gaz.lookup_ids(key))


# a name with the possessive "s" and its apostrophe lost, as copied news often writes it ("Kidals military camp",
# "Malis presidential palace", "Nigers Grant Allocation Agency"): the word, then another one
_BARE_POSSESSIVE = re.compile(r"\b([A-Z][\w-]{2,}?)s(?=[ \t]+[\w])")
_BLANKS = re.compile(r"[ \t]*")
_POSSESSIVE_MIN_POP = 10000  # a town at least: a village's name plus "s" is too often a surname or another word


def _bare_possessives(text: str, gaz: Gazetteer, found: list[Candidate]) -> Iterable[Candidate]:
    """The country, first-level unit or town a word names with a possessive "s" and no apostrophe, where the word
    itself is no name: "protest in front of Kidals military camp" is Kidal's camp (not a person's "Williams": the
    stem must be a country, a region or a town of some size). A place it is said of says where ("in Nigers Diffa
    region": Diffa), and is left alone."""
    rows = gaz.places.rows
    taken = Spans([(m.start, m.end) for m in found])
    at = {m.start: m for m in found}
    for mt in _BARE_POSSESSIVE.finditer(text):
        word, stem = text[mt.start():mt.end()], mt.group(1)
        if taken.overlaps(mt.start(), mt.end()) or gaz.lookup_ids(fold(word)) or fold(stem) in _STOP:
            continue
        ids = [i for i in gaz.lookup_ids(fold(stem)) if rows[i][2] in gaz.focus and (
            rows[i][9] in ("country", "admin1") or int(rows[i][8]) >= _POSSESSIVE_MIN_POP)]  # type: ignore[call-overload]
        said = at.get(_BLANKS.match(text, mt.end()).end())  # (the mention right after it; no copy of the text)
        if said is not None and {rows[i][2] for i in said.ids} & {rows[i][2] for i in ids}:
            continue
        if ids:
            yield Candidate(mt.start(1), mt.end(1), fold(stem), ids, "name")


# the cues that say a name is a place ("the village of", "the locality of", "in the area of", "in", "near"): only
# after them is a name one letter off a village of the imported countries taken for it ("ambushed forces at a water
# source in Almoustarat": GeoNames' Almoustarast; "wounded others in Dempare": Dempari; "an IED outside Abeidara":
# Abeibara)
_STRONG_CUE = re.compile(r"(?:\b(?:village|town|hamlet|locality|area|camp)s?\s+of\s+(?:the\s+)?|"
                         r"\b(?:in|near|outside)\s+|\b(?:" + _BEARING + "|" + _CODED_AS + r")\s+(?:the\s+)?)$",
                         re.IGNORECASE)
# a stretch named by its two ends places both ends ("robbed travellers on the road between Gao and Almoustarat":
# GeoNames' Almoustarast; "a checkpoint between Tanwalbougou and Fada N'Gourma": Tanwolbougou), the first after
# "between", the second after "between <name> and"
_BETWEEN_CUE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*[ \t]+){1,3}and[ \t]+)?$")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _strong_cue(text: str, start: int) -> bool:
    """Whether a strong place cue (_STRONG_CUE, or "between" and "between <name> and") stands right before `start`."""
    return _STRONG_CUE.search(text, max(0, start - 30), start) is not None \
        or _BETWEEN_CUE.search(text, max(0, start - 60), start) is not None


def _one_letter_edits(sk: str) -> set[str]:
    """The strings one letter off `sk`: a letter dropped, added, changed or two swapped."""
    edits = {sk[:i] + sk[i + 1:] for i in range(len(sk))}
    edits |= {sk[:i] + sk[i + 1] + sk[i] + sk[i + 2:] for i in range(len(sk) - 1)}
    edits |= {sk[:i] + c + sk[i + 1:] for i in range(len(sk)) for c in _LETTERS}
    edits |= {sk[:i] + c + sk[i:] for i in range(len(sk) + 1) for c in _LETTERS}
    edits.discard(sk)
    return edits


def _focus_units(gaz: Gazetteer, key: str) -> set[tuple[object, object]]:
    """The (country, admin1) units of the imported (focus) countries a name key's places lie in."""
    rows = gaz.places.rows
    return {(rows[i][2], rows[i][3]) for i in gaz.lookup_ids(key) if rows[i][2] in gaz.focus}


def text_countries(found: list[Candidate], gaz: Gazetteer) -> frozenset[str]:
    """The countries the text names, by name or by demonym ("Niger", "the Burkinabe army")."""
    rows = gaz.places.rows
    codes = {m.country_code for m in found if m.kind == "demonym" and m.country_code}
    codes |= {str(rows[i][2]) for m in found if m.kind == "name" for i in m.ids if rows[i][9] == "country"}
    return frozenset(codes)


def _one_letter_off(sk: str, index: dict[str, str], gaz: Gazetteer, countries: frozenset[str] = frozenset()
                    ) -> str | None:
    """The one name of the imported countries whose spelling skeleton is one letter off `sk` (a letter dropped,
    added, changed or two swapped: "Tagarangabot" for GeoNames' "Tagaran Gabout", "Anamoila" for "Anamouila"), when
    its places lie in one admin1 unit; None when there is none or several (a village of another name). Where the
    text names countries, only their places count ("the Burkinabe army ... in the village of Windeboki": a village
    of Burkina Faso, not a camp of Senegal spelt alike)."""
    def in_text(units: set[tuple[object, object]]) -> set[tuple[object, object]]:
        return {u for u in units if u[0] in countries}

    # (a natural spot is taken only in the same letters, so one a letter off is no rival: "Timbutku" is Timbuktu,
    # whatever wadi is spelled one letter from it)
    targets = {index[e] for e in _one_letter_edits(sk) if e in index and not _natural_only(gaz, index[e])}
    if countries and len(targets) > 1:
        targets = {t for t in targets if in_text(_focus_units(gaz, t))} or targets
    if len(targets) > 1:
        # (a vowel added, dropped or changed is nearer than a consonant: transliterations differ in vowels most,
        # "Dambakourou" is Diamba Kourou, not a Sambakourou)
        bare = bare_skeleton(sk)
        targets = {t for t in targets if bare_skeleton(spelling_skeleton(t)) == bare} or targets
    if len(targets) != 1:
        return None
    target = next(iter(targets))
    units = _focus_units(gaz, target)
    units = in_text(units) or units
    return target if len(units) == 1 else None


# a name spelled with other vowels than GeoNames' is taken for its village when no nearer spelling of those
# consonants is known: with this many consonants at least ("Talataye": Telataye; not "Tanouwa", whose t-n a
# hundred villages share, unless a hierarchy after it places it), and at most this many letters off
_BARE_MIN = 3
_BARE_EDITS = 2
# the first unit of a written-out hierarchy after a name and the last ("Tanouwa (Koro, Mopti)"), and how far from
# that unit's places a village it holds may lie (a cercle's seat to its villages)
_UNITS_AFTER = re.compile(r"[ \t]*(?:\[[^\]\n]{1,60}\][ \t]*)?\([ \t]*(" + CUED_NAME + r")[ \t]*,(?:[ \t]*[^,()\n]+,)?"
                          r"[ \t]*(" + CUED_NAME + r")[ \t]*\)")
_HIERARCHY_KM = 100.0
# the farthest a village lies from the seat of the cercle or department it is told in (Ansongo's reach 150 km; the
# events coder's `_UNITS_KM`)
_UNIT_REACH_KM = 200.0
# a quarter of a town ("the Sarakeina quarter of Timbuktu"): a name GeoNames seldom has, not a village spelled otherwise
_QUARTER_AFTER = re.compile(r"[ \t]+(?:quarters?|neighbou?rhoods?|district|suburb)\b")


def _units_after(text: str, end: int, gaz: Gazetteer) -> list[tuple[float, float]]:
    """The points of the places of the region followed named like the first unit of a hierarchy written out after
    a name, those inside the admin1 unit it ends with where it names one ("(Koro, Mopti)": the Koro of Mopti);
    none without a hierarchy."""
    mt = _UNITS_AFTER.match(text, end)
    if mt is None:
        return []
    rows = gaz.places.rows
    ids = [i for i in gaz.lookup_ids(fold(mt.group(1))) if rows[i][2] in gaz.focus and rows[i][9] in ("place", "admin2")]
    regions = {(rows[i][2], rows[i][3]) for i in gaz.lookup_ids(fold(mt.group(2))) if rows[i][9] == "admin1"}
    ids = [i for i in ids if (rows[i][2], rows[i][3]) in regions] or ids
    return [(float(rows[i][6]), float(rows[i][7])) for i in ids]  # type: ignore[arg-type]


def _within(row: tuple[object, ...], points: list[tuple[float, float]], km: float = _HIERARCHY_KM) -> bool:
    """Whether a gazetteer row lies within `km` (_HIERARCHY_KM) of one of `points`."""
    lat, lon = float(row[6]), float(row[7])  # type: ignore[arg-type]
    return any(haversine_km(a, b, lat, lon) <= km for a, b in points)


def _lead(name: str) -> str:
    """A name's first letter after a vowel it starts with."""
    return name[1:2] if name[:1] in "aeiou" else name[:1]


def _vowels_off(key: str, gaz: Gazetteer, units: list[tuple[float, float]]) -> str | None:
    """The name of the imported countries whose skeleton has the consonants of `key`'s in the same order, vowels
    aside (French and English transliterations write a name's vowels differently: "Kelkele" for GeoNames'
    Kelkeli, "Tarkint" for Tarikent, "Tanouwa (Koro, Mopti)" for Tanoa): of those with a place within _HIERARCHY_KM
    of a hierarchy's first unit (`units`, its points) or, without one, of those with _BARE_MIN consonants, the one
    spelled nearest `key` (with its first consonant), _BARE_EDITS letters off at most, when no other is as near;
    without a hierarchy, only when its places lie in one admin1 unit. None otherwise."""
    bare = bare_skeleton(spelling_skeleton(key))
    if not units and len(bare) < _BARE_MIN:
        return None
    rows = gaz.places.rows
    keys = gaz.bare_skeleton_keys().get(bare, ())
    if units:
        keys = tuple(k for k in keys if any(_within(rows[i], units) for i in gaz.lookup_ids(k) if rows[i][2] in gaz.focus))
    plain = key.replace(" ", "").replace("-", "")
    # (the first letter kept, but for a vowel before it, "Ntillit" and I-n-Tillit, "Ingaba" and Ngaba: a glide is a
    # letter, "Yantega" is another name than Ntega)
    spelt = {k: k.replace(" ", "").replace("-", "") for k in keys}
    off = sorted((edit_distance(plain, spelt[k]), k) for k in keys if _lead(spelt[k]) == _lead(plain))
    if not off or off[0][0] > _BARE_EDITS or len(off) > 1 and off[1][0] == off[0][0]:
        return None
    target = off[0][1]
    if not units and len(_focus_units(gaz, target)) != 1:
        return None
    return target


# a name a hierarchy places, spelled with other letters than GeoNames' beyond its vowels ("Kouilpagre (Arbinda,
# Soum)": Koulopagare; "Nongoudoum (Banh, Loroum)": Nogodoum), is the place near the hierarchy's first unit spelled
# nearest it: at most this share of its letters off and one consonant, its first letter kept, no other as near
_NEAR_SHARE = 0.3
_ALTERNATIVE_AFTER = re.compile(r"[ \t]*\[")
_SPELLED_NEAR_KM = 75.0  # (a looser spelling than _vowels_off's: a narrower area round the unit)
_NEAR_MIN = 5  # letters of a skeleton at least: short names are a letter off too many others ("Sela", "Tama")


def _focus_grid(gaz: Gazetteer) -> dict[tuple[int, int], list[tuple[str, str, float, float]]]:
    """The imported countries' settled places by one-degree cell: (name key, its skeleton, latitude, longitude),
    built once per gazetteer."""
    grid = gaz.memo.get("focus grid")
    if grid is None:
        rows = gaz.places.rows
        cells: dict[tuple[int, int], list[tuple[str, str, float, float]]] = {}
        if gaz.focus:
            for sk, key in sorted(gaz.skeleton_keys().items()):
                if len(sk) < _NEAR_MIN:
                    continue
                for i in gaz.lookup_ids(key):
                    r = rows[i]
                    if r[2] in gaz.focus and r[9] == "place" and r[0] not in gaz.natural:
                        lat, lon = float(r[6]), float(r[7])  # type: ignore[arg-type]
                        cells.setdefault((math.floor(lat), math.floor(lon)), []).append((key, sk, lat, lon))
        grid = gaz.memo["focus grid"] = cells
    return grid  # type: ignore[return-value]


def _syllable_added(sk: str, ksk: str, bare: str, kbare: str) -> bool:
    """Does one name add a syllable at the other's end, its consonants the other's and one more, its last letter
    another ("Dourbana" and Dourbanbou are two villages; not "Manterou" and Manteou, one consonant dropped inside)?"""
    return (kbare.startswith(bare) or bare.startswith(kbare)) and sk[-1:] != ksk[-1:]


def _spelled_near(key: str, gaz: Gazetteer, units: list[tuple[float, float]]) -> str | None:
    """The name of a place within _SPELLED_NEAR_KM of a hierarchy's first unit (`units`, its points) whose spelling
    skeleton is nearest `key`'s, _NEAR_SHARE of its letters and one consonant off at most and with its first
    letter, when no other skeleton is as near; None otherwise or without a hierarchy."""
    sk = spelling_skeleton(key)
    bare = bare_skeleton(sk)
    if not units or len(sk) < _NEAR_MIN or len(bare) < _BARE_MIN:
        return None  # (few consonants: "Kayawa" is a letter off Karawa and many more)
    grid = _focus_grid(gaz)
    best: dict[str, tuple[int, str]] = {}
    for la, lo in units:
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for k, ksk, a, b in grid.get((math.floor(la) + dy, math.floor(lo) + dx), ()):
                    limit = int(_NEAR_SHARE * max(len(sk), len(ksk)))
                    if ksk in best or abs(len(ksk) - len(sk)) > limit or _lead(ksk) != _lead(sk) \
                            or haversine_km(la, lo, a, b) > _SPELLED_NEAR_KM:
                        continue
                    d = edit_distance(sk, ksk)
                    # (a name that only adds letters at the other's end is another name: "Boulangouri", Boulangou;
                    # "Dourbana", Dourbanbou;
                    # so is one of other consonants, two off: "Tin Tafagat", Ti-n-Taratas; a consonant off, the
                    # name is two letters off at most: "Manterou", Manteou, not "N'Garoua Gana", Ngarana)
                    kbare = bare_skeleton(ksk)
                    if 0 < d <= limit and not (ksk.startswith(sk) or sk.startswith(ksk)) \
                            and (bare == kbare or d <= 2 and edit_distance(bare, kbare) == 1
                                 and not _syllable_added(sk, ksk, bare, kbare)):
                        best[ksk] = (d, k)
    if not best:
        return None
    off = sorted(best.values())
    if len(off) > 1 and off[1][0] == off[0][0]:
        return None
    return off[0][1]


# "between Kabara &" (a name, then "&"): the names joined by "&" are the two ends of a stretch, not a firm's
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'’-]*[ \t]+){0,2}(?:&[ \t]*)?$")
# a road or an axis named by its two ends: "the Djiandiori-Tenenkou road", "on the axis Tougan-Toueni"
_ROUTE_AFTER = re.compile(r"[ \t]+(?:road|axis|highway|route|corridor)\b", re.IGNORECASE)
_ROUTE_BEFORE = re.compile(r"\b(?:axis|road|highway|route)\s+(?:of\s+|from\s+|between\s+)?$", re.IGNORECASE)


def _on_route(text: str, start: int, end: int) -> bool:
    """Whether the hyphenated pair of names text[start:end] names a road or an axis by its ends."""
    return _ROUTE_AFTER.match(text, end) is not None or _ROUTE_BEFORE.search(text, max(0, start - 20), start) is not None


# the peoples' names (French and Fulfulde) a Sahel village's name ends with, beside a twin of another people
# ("Kologon-Habe", "Tagourou-Peulh", "Lassa-Foulbe", the Yarse quarter of a Mossi village: "Bonam-Yarse"): part
# of the name, never a village of their own
PEOPLE_SUFFIXES = frozenset({"habe", "peul", "peulh", "foulbe", "fulbe", "foube", "bambara", "dogon", "bozo",
                              "marka", "sonrai", "rimaibe", "mossi", "bella", "kado", "yarce", "yarse"})


def _village_of_commune(text: str, m: Candidate, start: int, gaz: Gazetteer) -> bool:
    """Whether the second part of a hyphenated name the gazetteer lacks is a village of the imported countries
    named with its commune or its twin before it, after a place cue ("the weekly market in Gabero-Zinda": Zinda of
    Gabero). Only in the imported countries, whose villages the news writes so; elsewhere a hyphenated name is a
    firm's or a person's ("Harley-Davidson")."""
    if not gaz.focus or text[m.start - 1:m.start] != "-" or gaz.lookup_ids(fold(text[start:m.end])) \
            or m.start - start <= 4 or m.key in PEOPLE_SUFFIXES:
        return False  # (not a prefix, "In-Agar", "Tin-Hamma"; not a people's word, "Kologon-Habe": one name)
    return _focus_village(gaz, m) and VILLAGE_CUE.search(text, max(0, start - 60), start) is not None


def _pair_of_places(gaz: Gazetteer, ids: list[int], other: str) -> bool:
    """Whether a name glued by a hyphen to the other part, `other`, makes a pair of places rather than one longer
    name: the two parts are places of one country, one of them a town or a unit ("Mopti-Sevare", "Dallas-Fort
    Worth"), or both are large places, wherever they are ("Niger-Mali", "Washington-Moscow"). A hamlet's name glued
    to a place of another country is that place's village ("Niono-Were": Niono's, not also a Were of Indonesia)."""
    rows = gaz.places.rows
    others = gaz.lookup_ids(other)
    if not others or not ids or any(rows[i][9] == "country" for i in (*ids, *others)):
        return bool(others)  # (a country glued to a body's name is the country still: "the NATO-Russia Council")

    def size(i: int) -> int:  # 2: a country, a region or a city; 1: a town or a district; 0: a hamlet
        r = rows[i]
        pop = int(r[8])  # type: ignore[call-overload]
        if r[9] in ("country", "admin1") or pop >= 100_000:
            return 2
        return 1 if r[9] != "place" or pop >= 1_000 else 0

    mine = [(rows[i][2], size(i)) for i in ids]
    theirs = [(rows[i][2], size(i)) for i in others]
    if max(s for _, s in mine) == 2 and max(s for _, s in theirs) == 2:
        return True
    return any(c == d and max(s, t) >= 1 for c, s in mine for d, t in theirs)


def _twin_of_people(glued: re.Match[str], m: Candidate, gaz: Gazetteer) -> bool:
    """Whether a village of the imported countries is written with the people of its quarter or twin after a hyphen
    ("the village of Tagourou-Peulh": Tagourou's Fulani twin, at Tagourou)."""
    return bool(gaz.focus) and fold(glued.group(1)) in PEOPLE_SUFFIXES and _focus_village(gaz, m)


# a town of this size or more in the imported countries has quarters the news writes after its name and a hyphen
_QUARTERED_TOWN = 20_000


def _town_quarter(m: Candidate, gaz: Gazetteer) -> bool:
    """Whether a town of the imported countries is written with one of its quarters after a hyphen, a name the
    gazetteer lacks ("a protest in Niamey-Gamkalley", "the market of Kayes-Ndi": a quarter of Niamey, of Kayes):
    the event is in the town. Only a town of some size (a hamlet's name glued to another word is a longer name of
    another village: "Maloum-Djori"), known by this name, not by an alternate one (a "Bobo" of a town of another
    name), and only in the imported countries (not "Harley-Davidson")."""
    rows = gaz.places.rows
    return bool(gaz.focus) and any(rows[i][2] in gaz.focus and rows[i][9] == "place" and fold(str(rows[i][1])) == m.key
                                   and int(rows[i][8]) >= _QUARTERED_TOWN for i in m.ids)  # type: ignore[call-overload]


def _focus_village(gaz: Gazetteer, m: Candidate) -> bool:
    """Whether one of a mention's readings is a town or village of the imported countries."""
    rows = gaz.places.rows
    return any(rows[i][2] in gaz.focus and rows[i][9] == "place" for i in m.ids)


# stop words that are also towns (San, Mali), read as the town after "in", "of", "near" ...
_STOP_TOWNS = frozenset({"san"})
_TOWN_CUE_BEFORE = re.compile(r"\b(?:in|of|near|at|from|to|outside|around)\s+$")


# The names of a list before a plural unit noun are units of that kind, each "X County" though only the last stands
# by the noun ("Eastland and Callahan counties", "Dakota, Otoe and Washington counties"), and so is a name before an
# abbreviated one ("Platte Co."): each is looked up with the unit noun (not Platte, S.D., nor Callahan, Fla.); so is a
# name before the noun written in lower case ("in Nyanza province": Kenya's former province, not Rwanda's town
# Nyanza), the span the name alone, as the list's names are, and the names of a list after the plural noun and "of"
# ("the provinces of Nyanza, Rift Valley and North Eastern")
_LIST_ITEM = r"[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}"
_UNIT_LIST = re.compile(r"(" + _LIST_ITEM + r"(?:[ \t]*,[ \t]*" + _LIST_ITEM + r")*,?[ \t]+(?:and|or|&)[ \t]+" + _LIST_ITEM
                        + r")[ \t]+(counties|parishes|provinces)\b|(" + _LIST_ITEM + r")[ \t]+(Co|Par)\.|(" + _LIST_ITEM
                        + r")[ \t]+(county|parish|province)\b|\b(counties|parishes|provinces)[ \t]+of[ \t]+(" + _LIST_ITEM
                        + r"(?:[ \t]*,[ \t]*" + _LIST_ITEM + r")*,?[ \t]+(?:and|or|&)[ \t]+" + _LIST_ITEM + r")")
_UNIT_NOUN = {"counties": " county", "parishes": " parish", "provinces": " province", "Co": " county",
              "Par": " parish", "county": " county", "parish": " parish", "province": " province"}
# the groups of `_UNIT_LIST`'s four forms: (the names, the unit noun) -- a list before the plural noun, a name before
# "Co."/"Par.", a name before the noun in lower case, the noun and "of" before a list
_UNIT_LIST_GROUPS = ((1, 2), (3, 4), (5, 6), (8, 7))
_LIST_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")


def _unit_lists(text: str, gaz: Gazetteer) -> Iterable[Candidate]:
    """The names of `_UNIT_LIST`, each a candidate for the unit of its name ("Otoe" -> Otoe County); of a longer
    item, its longest tail the gazetteer has as a unit ("Small Hitchcock" -> Hitchcock County)."""
    for mt in _UNIT_LIST.finditer(text):
        group, noun_group = next((g, n) for g, n in _UNIT_LIST_GROUPS if mt.group(g) is not None)
        noun = _UNIT_NOUN[mt.group(noun_group)]
        lo = mt.start(group)
        pos = 0
        items = mt.group(group)
        for sep in [*_LIST_SPLIT.finditer(items), None]:
            end = sep.start() if sep is not None else len(items)
            item = items[pos:end]
            offset = 0
            for word in item.split(" "):
                key = fold(item[offset:]) + noun
                ids = gaz.lookup_ids(key)
                if ids:  # ("Platte Co." whole, as "Platte County" is)
                    yield Candidate(lo + pos + offset, mt.end() if group == 3 else lo + end, key, ids, "name")
                    break
                offset += len(word) + 1
            if sep is not None:
                pos = sep.end()


# an acronym the text defines in brackets after the capitalised words whose initials it spells ("the African
# Leaders Malaria Alliance (ALMA)", "Pan American Health Organization (PAHO)"): a body's name wherever it stands
_ACRONYM_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:of|and|for|the|on|in|&)[ \t]+)*){2,8})\(([A-Z]{3,6})\)")
_ACRONYM_SKIP = frozenset("of and for the on in &".split())


def defined_acronyms(text: str) -> set[str]:
    """The acronyms `text` defines: "(ALMA)" after words whose initials, small words left out, end in A, L, M, A."""
    out: set[str] = set()
    if "(" not in text:
        return out
    for mt in _ACRONYM_DEFINED.finditer(text):
        initials = "".join(w[0] for w in mt.group(1).split() if w not in _ACRONYM_SKIP)
        if initials.upper().endswith(mt.group(2)):
            out.add(mt.group(2))
    return out


# Two-letter names ("Pô", Burkina Faso; "Sa", Mali) are too short for the gazetteer's keys (`name_keys`: three
# letters at least) and read as words or abbreviations in most texts; in the region the user follows they are places
# where the text says so: after "the town of" / "the village of", or after "in", "near", "at" for a town of
# people (GeoNames gives it a population: "in Pô") or when its unit follows ("Pô, in Nahouri province", "Sa (Youwarou,
# Mopti)"); never a word of the stop list ("in Mr", "at No."), nor the first part of a longer name ("in La Paz")
_TWO_LETTER = re.compile(r"(?<![\w'’.-])([A-Z][a-zà-öø-ÿ])(?![\w'’-]|\.\w)")
_TWO_LETTER_CUE = re.compile(r"\b(?:(?P<kind>town|village|city|commune|locality|hamlet)[ \t]+of|[Ii]n|[Nn]ear|[Aa]t)"
                             r"[ \t]+$")
_TWO_LETTER_UNIT = re.compile(r"[ \t]*(?:,[ \t]*(?:in[ \t]+(?:the[ \t]+)?)?|\([ \t]*)([A-Z][\w'’-]+(?:[ \t-][A-Z][\w'’-]+)?)")
_NAME_GOES_ON = re.compile(r"[ \t][A-Z]")  # the first word of a longer name: "in La Paz"
_TWO_LETTER_STOP = frozenset("mr ms dr st mt ft jr sr co no vs ok oz tv id pm am uk us un eu al el la le de du di da "
                             "do go he me my we so or an as at be by if is it of on to up ie eg".split())


def _two_letter_places(text: str, gaz: Gazetteer) -> Iterable[Candidate]:
    """The two-letter places the text names where the context says they are places (`_TWO_LETTER`)."""
    rows = gaz.places.rows
    for m in _TWO_LETTER.finditer(text):
        key = fold(m.group(1))
        if key in _TWO_LETTER_STOP or _NAME_GOES_ON.match(text, m.end()):
            continue
        cue = _TWO_LETTER_CUE.search(text, max(0, m.start() - 20), m.start())
        ids = gaz.two_letter_ids().get(key, []) if cue is not None else []
        if not ids:
            continue
        unit = _TWO_LETTER_UNIT.match(text, m.end())
        units = [rows[i] for i in gaz.lookup_ids(fold(unit.group(1)))] if unit is not None else []
        under = [i for i in ids if any(u[9] in ("admin1", "admin2") and u[2] == rows[i][2]
                                       and u[4] == rows[i][4] for u in units)]
        if under:
            yield Candidate(m.start(), m.end(), key, under, "name")
        elif cue.group("kind") or any(int(rows[i][8]) > 0 for i in ids):  # type: ignore[call-overload]
            yield Candidate(m.start(), m.end(), key, ids, "name")


def candidates(text: str, gaz: Gazetteer, blocked: Spans) -> list[Candidate]:
    rows = gaz.places.rows
    found: list[Candidate] = []
    for start, end, key in gaz.scan(text):
        if not text[start].isupper():  # lower-case words are not names here
            continue
        if not key[-1].isalnum() and key[-1] != ".":
            continue  # a key with stray punctuation ("Malakal,")
        if key.endswith((" city", " town")) and gaz.lookup_ids(key[:-5]) and not any(
                fold(str(rows[i][1])) == key for i in gaz.lookup_ids(key)):
            key, end = key[:-5], end - 5  # "Las Vegas City Marshal": only an alternate name; the city is "Las Vegas"
        if key.startswith("city of ") and (ids_ := gaz.lookup_ids(key)) and gaz.lookup_ids(key[8:]) \
                and all(rows[i][9] == "admin2" or fold(str(rows[i][1])) == key[8:] for i in ids_):
            key, start = key[8:], start + 8  # "the City of Richmond's public works": the city of the name, as
            # "Richmond" alone, not the unit "City of Richmond" (Virginia's independent city) in any story (the
            # names a city or a district has as its own stay: "City of London", "City of Westminster")
        span = text[start:end]
        if not _capitalised(span) and not _unit_with_region_word(span, key, gaz):
            continue
        if len(span) <= 3 and text[end:end + 1] == "-" and text[end + 1:end + 2].isupper() \
                and all(int(rows[i][8]) < VILLAGE for i in gaz.lookup_ids(key)  # type: ignore[call-overload]
                        if fold(str(rows[i][1])) == key):
            continue  # the prefix of a longer name: "Tin-Hamma", "In-Ekar" (not the village of Tin; "Gao-Gossi" is Gao)
        if text[end:end + 1] == "-" and _COMPOUND_UNIT_AFTER.match(text, end):
            continue  # the first half of a unit's compound name: "Mora, Mayo-Sava department" (not Mayo, Ivory
            # Coast), "the Mayo-Tsanaga division" (a road "Gao-Ansongo" is not a unit: Gao stands)
        if key in _STOP and not (key in _STOP_TOWNS and _TOWN_CUE_BEFORE.search(text, max(0, start - 30), start)
                                 and not re.match(r"\s+[A-Z]", text[end:end + 2])):
            continue  # (a stop word that is also a town stands for it after a cue: "the streets of San")
        if key in _SEASONS and _YEAR_AFTER.match(text, end):
            continue
        if _DATE_KEY.fullmatch(key) and not any(fold(str(rows[i][1])) == key for i in gaz.lookup_ids(key)):
            continue  # a date, not a place known by it only as an alternate name: "On October 6, gunmen killed a
            # man" (not 6th of October City, Egypt)
        if key in _TITLE_WORDS and _OF_NAME_AFTER.match(text, end):
            continue  # an office, not a namesake town: "kidnapped the Mayor of Gao", "the Sultan of Sokoto"
        if _ACRONYM_PLURAL.fullmatch(span) and not any(str(rows[i][1]) == span for i in gaz.lookup_ids(key)):
            continue  # things counted by their acronym ("3 AKs were seized", "IEDs"), not an alternate name ("Aks")
        if _MODEL_AFTER.match(text, end) and not any(rows[i][9] == "country" for i in gaz.lookup_ids(key)):
            continue  # a make of aircraft: "supported by Tigre and Gazelle helicopters" (not Tigre, Burkina Faso)
        if _REGNAL_AFTER.match(text, end) or (_REGNAL_NUMERAL.match(text, end) and _REGNAL_TITLE_BEFORE.search(
                text, max(0, start - 12), start)):
            continue  # "Paul VI Medical Center", "Pope Paul VI" (not Paul, Cabo Verde)
        if (pf := _PERSON_FACILITY_AFTER.match(text, end)) is not None and not any(
                gaz.lookup_ids(fold(w)) for w in (pf.group(1), *pf.group(1).split())):
            continue  # "Aden Adde International Airport": a person's name (not Aden, Yemen)
        demonym = DEMONYMS.get(key)
        ids = gaz.lookup_ids(key) if demonym is None else []
        if demonym is None and not ids:
            continue
        if len(span) <= 3 and span.isupper():
            # "US", "UK", "DRC": codes only where they are a country's short name; one that also spells a village
            # ("USA": Usa, Japan; "CAR": Car, China) is the country's in capitals, unless the text defines it as
            # another body's acronym ("Conflict Armament Research (CAR)")
            if demonym is not None or not any(rows[i][9] == "country" for i in ids):
                continue
            if not all(rows[i][9] == "country" for i in ids):
                if span in defined_acronyms(text):
                    continue
                ids = [i for i in ids if rows[i][9] == "country"]
        elif len(key) < 3:
            continue
        elif len(key.replace(".", "")) <= 3 and not span.isupper() and any(rows[i][9] == "country" for i in ids):
            continue  # a country's code written as a word ("Car bombs", "Us"): neither the code nor a namesake
        found.append(Candidate(start, end, key, ids, "demonym" if demonym else "name", demonym))
    if gaz.focus:
        found.extend(_two_letter_places(text, gaz))
        found.extend(_respelled(text, gaz, found))
        # (only the imported countries' names: in general news a name plus "s" is as often a plural or a firm,
        # "Kumamotos and Kushis", "Ozarks Community Hospital", "the Riverbanks zoo")
        found.extend(list(_bare_possessives(text, gaz, found)))
    if "ounties" in text or "arishes" in text or "Co." in text or "Par." in text or " county" in text \
            or " parish" in text or " province" in text or "provinces" in text:
        units = {(u.start, u.end): u for u in _unit_lists(text, gaz)}
        if units:
            found = [m for m in found if (m.start, m.end) not in units] + list(units.values())
    for s_, e_, code in _us_abbreviations(text):
        idx = gaz.admin1_index.get(("US", code))
        if idx is not None:
            found.append(Candidate(s_, e_, fold(text[s_:e_]), [idx], "abbrev"))
    if "NSW" in text or "B.C." in text or "N.S.W." in text:
        for mt in _OTHER_ABBREV.finditer(text):
            idx = gaz.admin1_index.get(_OTHER_ABBREVIATIONS[mt.group(0)])
            if idx is not None and not re.search(r"\d\s*$", text[max(0, mt.start() - 8):mt.start()]):
                found.append(Candidate(mt.start(), mt.end(), fold(mt.group(0)), [idx], "abbrev"))
    # leftmost-longest, non-overlapping: of overlapping hits the longer one
    found.sort(key=lambda m: (m.start, m.start - m.end))
    out: list[Candidate] = []
    for m in found:
        if out and m.start < out[-1].end:
            last = out[-1]
            if m.end - m.start > last.end - last.start and (len(out) < 2 or out[-2].end <= m.start) \
                    and not (m.start > last.start and (u := _UNIT_WORD_AFTER.match(text, last.end)) is not None
                             and u.end() == m.end):
                # (not a shorter name plus the unit word the longer one is followed by: "Cameroon's Far North region"
                # is the Far North, not Burkina Faso's "North Region"; "the Upper East region" is Ghana's Upper East)
                out[-1] = m
            continue
        out.append(m)
    # an actor's name hides the places inside it ("Islamic State"), except a country's ("U.S. military")
    kept: list[Candidate] = []
    acronyms = defined_acronyms(text)
    for m in out:
        if acronyms and m.kind == "name" and text[m.start:m.end] in acronyms and not is_country_level(gaz, m.ids):
            continue  # "(ALMA)": the alliance's acronym, not Alma ("Democratic Republic of Congo (DRC)" stays)
        if blocked and m.kind == "name" and not is_country_level(gaz, m.ids) \
                and blocked.overlaps(m.start, m.end):
            continue
        before = text[max(0, m.start - 12):m.start]
        after = text[m.end:m.end + 2]
        # a physical feature named after a place: "Lake Chad", "the Niger river", "Gulf of Guinea"
        if ("ake" in before or "of" in before or "Mo" in before) and _FEATURE_BEFORE.search(before):
            continue
        spaced = after[:1].isspace()
        if spaced and (fa := _FEATURE_AFTER.match(text, m.end)) is not None:
            if m.kind != "name" or fa.group(1) not in _AREA_AFTER \
                    or rows[max(m.ids, key=lambda i: int(rows[i][8]))][9] not in ("place", "admin2"):  # type: ignore[call-overload]
                continue  # (its most populous reading a unit or a country: "the Ohio Valley", "the Jordan Valley")
            m.end, m.area = fa.end(), True
            after = text[m.end:m.end + 2]
            spaced = after[:1].isspace()
        if m.kind == "abbrev":
            kept.append(m)
            continue
        if after[:1] in ("'", "’") and _CONTRACTION_AFTER.match(text, m.end + 1):
            continue  # a word's contraction, not a name: "\"Don't be stressed\"" (not Don, a town of Tasmania)
        if _credit(text, m.start, m.end):
            continue  # a broadcaster credited, not a place: "LOUISVILLE, KY (WAVE) -", "(Photo: KENS 5)"
        if (after[:1] == "$" or text[m.start - 1:m.start] == "$" or text[m.start - 2:m.start] == "$ ") \
                and text[m.start:m.end].isupper():
            continue  # a currency's code: "US$10 million", "$US 1.5 billion", "NZ$ 40" (whose dollar, not where)
        if (spaced and _PATHOGEN_AFTER.match(text, m.end)) or (after[:1] == "/" and after[1:2].isdigit()
                                                               and _STRAIN_BEFORE.search(before)):
            continue  # a virus or a strain named after where it was first found: "Reston ebolavirus", "A/Victoria/361"
        # a street named after a place, a compound or a firm ("Wichita Drive", "Wal-Mart", "Long & Foster")
        if spaced and after[1:2].isalpha() and _STREET_AFTER.match(text, m.end) \
                and not (is_country_level(gaz, m.ids) and not _SQUARE_AFTER.match(text, m.end)) \
                and not (_STATE_BODY_AFTER.match(text, m.end) and any(rows[i][9] == "admin1" for i in m.ids)) \
                and not (_ROAD_AFTER.match(text, m.end) and _ROAD_TO_BEFORE.search(text, max(0, m.start - 40), m.start)):
            continue  # (not "Florida Highway Patrol"; but "West Manchester Avenue", a parish of Jamaica's name)
        if (after[:1] == "&" or (spaced and "&" in text[m.end:m.end + 3])) and _GLUED_AFTER.match(text, m.end) \
                and not _BETWEEN_BEFORE.search(before):
            continue  # (not "between Kabara & Timbuktu")
        if after[:1] == "-" and after[1:2].isupper():
            glued = _HYPHEN_AFTER.match(text, m.end)
            if glued is not None and not (gaz.lookup_ids(fold(glued.group(1))) or fold(glued.group(1)) in DEMONYMS
                                          or _on_route(text, m.start, glued.end()) or _twin_of_people(glued, m, gaz)
                                          or _town_quarter(m, gaz)):
                continue  # the first part of a longer name ("Maloum-Djori"); not "Niger-Mali", "Washington-Moscow"
        if before[-1:] == "-" and _GLUED_BEFORE.search(before) and fold(text[m.start:m.end]) in _COMPASS:
            continue  # a quarter or a half of the name before: "Kacham-Ouest", "Kaya-Nord"
        if before[-1:] in ("-", "&", " ") and _GLUED_BEFORE.search(before):
            glued = re.search(r"([A-Za-z][\w'’]*)-$", before)
            if glued is None and _BETWEEN_BEFORE.search(text, max(0, m.start - 60), m.start):
                kept.append(m)  # "between Kabara & Timbuktu": two places
                continue
            if glued is None or not (_pair_of_places(gaz, m.ids, fold(glued.group(1)))
                                     or fold(glued.group(1)) in DEMONYMS
                                     or glued.group(1) in _PARTY_TAGS
                                     or _on_route(text, m.start - len(glued.group(0)), m.end)
                                     or _village_of_commune(text, m, m.start - len(glued.group(0)), gaz)):
                # (the second part of a name glued to a place makes a pair of places with it only when they are of
                # one country, one of them a town, or both large: "Mopti-Sevare", "Niger-Mali"; else the name is the
                # first part's village, a quarter or a twin of it: "Niono-Were" is Niono's, not a Were of Indonesia)
                continue  # "Wal-Mart", "Long & Foster"; not "Arab-Israeli", "Washington-Moscow", "D-Raleigh"
        kept.append(m)
    return kept


# the endings of English contractions after an apostrophe: "Don't", "Won't", "Shan't" (not the possessive "'s")
_CONTRACTION_AFTER = re.compile(r"(?:t|ll|re|ve|d)(?![\w'’])")


# a virus named after a place ("Reston ebolavirus", "Marburg virus", "the Hong Kong Flu virus") and a flu strain's
# place of isolation ("A/California/7/2009", "B/Massachusetts/2/2012") name no place the story is about
_PATHOGEN_AFTER = re.compile(r"[ \t]+(?:[Ff]lu[ \t]+)?[A-Za-z]*[Vv]irus\b")
_STRAIN_BEFORE = re.compile(r"(?<![\w/])[AB]/$")


# an outlet credited in capitals in brackets after a dateline ("KNOXVILLE (WATE) –", "HOWLAND, Ohio (WKBN) –"), and a
# North American broadcaster's call sign with its channel ("KENS 5", "WAVE 3 News")
_CREDIT_AFTER = re.compile(r"(?:-?TV|-DT|\.com)?\)[ \t]*(?:--|[-–—:])")
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}")
_CHANNEL_AFTER = re.compile(r"(?:-TV|-DT)?[ \t]+\d{1,2}(?![\d:.,])")


def _credit(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], in capitals, names the outlet that tells the story rather than a place."""
    span = text[start:end]
    if not span.isupper():
        return False
    if text[start - 1:start] == "(" and _CREDIT_AFTER.match(text, end):
        return True
    return _CALL_SIGN.fullmatch(span) is not None and _CHANNEL_AFTER.match(text, end) is not None


def in_address(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is a street's in an address: "the 1900 block of Dover", "at Seventh Street
    and Broadway", "near Bullard and Cornelia avenues" (not "on Elm Street, Dallas" nor "on Elm Street in Dover")."""
    return STREET_JOIN_AFTER.match(text, end) is not None or (
        STREET_JOIN_BEFORE.search(text, max(0, start - 40), start) is not None and text[end:end + 1] != ",")


_TOWN_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*,[ \t]*$")  # a town and a comma: "Rockville, " (Maryland)
# a word after a name an age precedes that makes the name a place's: "a 30-year-old Chicago Police officer"
_NOT_A_SURNAME = _INSTITUTION_WORDS | ADMIN_WORDS | _MEDIA_WORDS


INSTITUTION_WORDS = _INSTITUTION_WORDS  # (for places: the bodies a town gives its name to)


def part_of_name(tx: TextView, m: Candidate, feature: str, city: bool = False) -> str:
    """Why a name is part of a longer name: "person" ('Judge Hoover', 'Darrell L. Marriott', 'Mary Smith ...
    Smith'), "speaker" ('Moore said', 'Moore, 46'), "organisation" ('Lansing State Journal'), or "" when it is not.

    A place named in an institution's name stays a place ("Athens Police", "Laurel County Sheriff"), as the
    geoparsing corpora annotate it."""
    text = tx.text
    start, end = m.start, m.end
    if m.kind == "name" and feature not in ("country", "continent") \
            and _AGE_BEFORE.search(text, max(0, start - 25), start) and (pa := _PERSON_AFTER_AGE.match(text, end)) \
            and pa.group(0).strip().lower() not in _NOT_A_SURNAME:
        return "person"  # "35-year-old Clarence Washington", "daughter 16-year-old Brittany,", "four year old Woodrow"
    after = _NEXT_NAMES.match(text, end)
    if after is not None:
        words = after.group(0).split()
        if any(w.lower() in _MEDIA_WORDS for w in words[:2]):
            return "organisation"
        nxt = words[0]
        low = nxt.lower()
        if m.kind == "name" and feature == "continent" and low not in _DAYS and len(nxt) > 2:
            return "organisation"  # "Pacific Decadal Oscillation", "Atlantic Veterinary College", "Africa Cup"
        if m.kind == "name" and feature in ("place", "admin1") and low not in ADMIN_WORDS \
                and low not in _INSTITUTION_WORDS and low not in _DAYS and len(nxt) > 2:
            # "Mary Smith", "Paul Mifsud": a person when the article uses the next word alone (a surname);
            # "Scott West Panthers", "Lincoln Day Dinner": else an organisation or an event (a state's name
            # stays: "Texas Rangers", "Ohio Valley")
            if tx.used_alone(nxt) and " " not in m.key:
                return "person"  # (a given name is one word: "in Los Angeles Trapani produced" is no person)
            if feature == "place" and not any(w.strip(".").lower() in _CIVIC_HEADS
                                              for w in _CAP_RUN.match(text, end).group(0).split()[1:]):  # type: ignore[union-attr]
                return "organisation"
    if tx.title_before(start):
        return "person"
    if m.kind == "name" and _SERVICE_NOUN.fullmatch(text, start, end) and (
            _SERVICE_PAIR_BEFORE.search(text, max(0, start - 20), start) or _SERVICE_PAIR_AFTER.match(text, end)):
        return "organisation"
    if feature == "continent" and m.kind == "name" and start >= 2 and text[start - 1] == "-" \
            and text[start - 2].islower():
        return "organisation"  # an adjective's part: "euro-Atlantic integration", "mid-Atlantic states"

    if feature in ("country", "continent") or m.kind != "name":
        return ""
    if _AGE_AFTER.match(text, end):
        return "person"  # "Bryan Harman, 28, died"
    if _INITIAL_AFTER.match(text, end, end + 25):
        return "person"  # "Virginia L. Lane"
    if _PARTICLE_AFTER.match(text, end) or _PARTICLE_BEFORE.search(text, max(0, start - 30), start):
        return "person"  # "Hamada Ag Amat", "Ahmed el Tilemsi": a given name and a family name joined by a particle
    if not city and _PERSON_AFTER.match(text[end:end + 25]) and not (
            feature == "admin1" and _TOWN_COMMA_BEFORE.search(text, max(0, start - 40), start)):
        return "speaker"  # "Moore said" (and "Gainesville says no": weaker evidence; not "Rockville, Maryland
        # admitted a patient": the state a town is in)
    if any(w in ADMIN_WORDS for w in m.key.split()):
        return ""
    # a capitalised word or an initial directly before, on the same line ("James Walker", "Darrell L. Marriott")
    if start >= 2 and text[start - 1] in " \t" and text[start - 2].isalpha() or text[start - 2:start - 1] == ".":
        g = _GIVEN_BEFORE.search(text, max(0, start - 25), start)
    else:
        g = None
    if g is not None:
        word = fold(g.group(1).rstrip("."))
        # (each part of a hyphenated one: not "North-East Kidal")
        if word not in _MODIFIERS and word not in _COMPASS_ABBREVIATIONS \
                and not any(w in _STOP and w not in _STOP_BEFORE_NAMES for w in word.replace("-", " ").split()) \
                and not (word.endswith(("ly", "ing", "ed")) and word not in _GIVEN_NAMES_LIKE_WORDS) \
                and not (len(word) > 2 and tx.used_in_lower_case(word)):  # "Rodeo Gainesville": a word, not a name
            return "person"  # "James Walker", "Ben Paul", "Darrell L. Marriott", "Gulf War"
    return ""
