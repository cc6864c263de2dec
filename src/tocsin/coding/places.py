"""Finding where an event happened, from the sentence alone.

**Candidates.** A place is a proper noun or place entity (spaCy GPE, LOC, FAC) reached in
one of these ways:

* the object of a locative preposition. "in", "near", "at", "outside", "into", "across",
  "off", "out of" ... count (not "at" after words of aiming or anger: "lashed out at
  Washington"); "on", "over" and "toward" only after a word of attack or movement or
  before a place noun ("strikes on Lebanon", "on the outskirts of Goma", not "sanctions on
  Iran", "talks on Ukraine" or "on Monday"); "to" only after a word of movement or before a
  place noun ("sent troops to the city of Mahabad", not "aid to Ukraine"); "from" is the
  origin when a destination is named beside it ("stormed into Israel from Gaza") and weak
  otherwise ("freed prisoners from Ofer prison"); "of" after a noun of capture or attack
  ("the takeover of Wad Madani", "shelling of Belgorod") or of people ("Residents of
  Paris, Texas, marched");
  "including" after a place noun ("two air bases, including Ain al-Asad");
* the direct object of a verb of attack, capture or movement ("stormed the village of
  Al-Sireha", "entered Kherson", "reopened the Adre crossing"), or a sizeable town the
  gazetteer knows however spaCy tags it ("shelled Timbuktu", "shelled El Fasher's
  hospital"; not an organisation: "struck Hamas");
* a settlement or region noun naming its place anywhere ("the Armenian towns of Jermuk
  and Goris").

Proper nouns that spaCy tags as something else ("Kramatorsk" as PRODUCT, "Tabatol" as ORG)
count after the strong prepositions. Tokens of the actor or recipient (``excluded``) are
skipped unless they are plainly a place: a place that is attacked is still where the attack
happened ("missiles slammed into Kyiv", "fired at Israel"). Places inside "according to"
phrases never count. Only when nothing else is found does a domestic institution's place
count ("Hong Kong police arrested ..."), or the actor country of a "nationwide" act.

**Place phrases and names.** "the town of X", "X village", "the outskirts of X", "the
centre of X", "Beirut's southern suburbs" and "Iran's Natanz enrichment site" give the
named place; "into Hong Kong's Legislative Council" gives Hong Kong. The name is written as
news writes it: the entity span for multiword names ("Gaza Strip", "Gulf of Aden", "Deir
al-Balah"), without a leading "the", adjectives or a direction ("central Kyiv" -> "Kyiv",
"Western Cambodia" -> "Cambodia", but "North Darfur", "South Sudan"); facilities whose
names include their noun keep it ("Kabul airport", "Evin prison", "Kerch bridge",
"Netzarim corridor"); other place nouns are dropped ("Pazigyi village" -> "Pazigyi",
"Russia's Bryansk region" -> "Bryansk", "the Shayrat air base" -> "Shayrat").

**Choice.** Candidates are ranked first by how they attach to the trigger: (A) inside the
trigger's own phrase; (B) a phrase of a word above the trigger ("vowed in Goma to keep
marching"); (C) inside the actor's phrase ("militants in Gaza fired ..."); (D) anywhere
else, including clauses about another time or reason inside the trigger's phrase ("a day
after arresting him in Manila", "..., citing the situation in northern Mali"). For a verbal
act (accuse, urge, warn, deny, ...) the places in what is said, asked or condemned never
count, as the gold sets' convention asks: "Moscow accused Kyiv of shelling the
Zaporizhzhia plant" names no place of the accusation; but the venue where it was said
counts ("accused X of stonewalling at a hearing in Washington"). Within a
group the most specific place wins (a town, camp or named facility over a region, a
building or an organisation, over a country: "a market in Dahyan, in Saada province" gives
Dahyan, "the Shayrat air base in Syria" Shayrat), weighed against its distance from the
trigger and the weakness of its preposition (a place inside a weak phrase shares its
weakness); then the first. Only the first of coordinated places counts ("sites in
Pakistan and Kashmir" -> Pakistan).

**Country.** From ``country_of`` (the actor dictionary's country names, which include
capitals and major cities) for the place itself, or for an "in <country>" phrase,
apposition, compound or possessive that qualifies it; a country owning a region goes before
the region's namesake ("Nigeria's Niger state" is in Nigeria). An "in" phrase right after
the place phrase on the same word says where it is ("attacked the town of Palma in northern
Mozambique"). A place that nothing else places takes the one country the sentence names
outside the trigger's subject ("a strike in Nabatieh ..., Lebanon's news agency said").
The actor dictionary's own entries
also tell a country name ("Lebanon") from a place within one ("Kyiv", "West Bank").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from tocsin.coding.actors import default_actor_dictionary
from tocsin.coding.gazetteer import UNSUPPORTED_MIN_POPULATION, capital_of, default_gazetteer
from tocsin.coding.gazetteer import Place as GazetteerPlace
from tocsin.coding.given_names import followed_by_surname
from tocsin.model import Location
from tocsin.model import Span as CharSpan

CountryOf = Callable[[Token], str]

# Prepositions and the penalty that ranks their places below "in"/"at"/"near" phrases.
STRONG_PREPS = frozenset({"in", "near", "outside", "inside", "at", "into", "across",
                          "around", "throughout", "within", "off", "through", "onto",
                          "beside"})
PORTION_WORDS = frozenset({"much", "most", "part", "parts", "rest", "swathes", "swaths",
                           "areas", "all", "half", "large"})
PLACE_ONLY_PREPS = {"on": 1, "over": 2, "along": 2, "toward": 2, "towards": 2, "to": 3,
                    "from": 7, "of": 0, "including": 0}
FROM_ALONE = 2  # "from" with no destination beside it
DESTINATION_PREPS = frozenset({"into", "to", "toward", "towards", "onto", "at", "on"})
# A place in a phrase or clause about another time ("a day after arresting him in
# Manila", "before talks in Doha") is not where this event happened.
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "until", "despite",
                              "ahead"})
BACKGROUND_MARKS = frozenset({"after", "before", "since", "until", "because", "if",
                              "unless", "although", "though", "while", "once"})
# Words of movement after which "to <place>" is a destination where the event happens.
MOTION_WORDS = frozenset({"send", "move", "deploy", "redeploy", "dispatch", "travel",
                          "fly", "arrive", "return", "trip", "journey", "visit", "take",
                          "transfer", "head", "rush", "pour", "flock", "sail", "airlift",
                          "evacuate", "deport", "extradite", "deployment", "march",
                          "patrol", "overflight", "sortie"})
# Words of attack after which "on", "over" and "toward" name the place hit ("strikes on
# Lebanon", "a barrage on Kyiv", "dropped bombs on Fordow"), not a topic or a target of
# words ("sanctions on Iran", "talks on Ukraine", "policy toward Iran").
ATTACK_WORDS = frozenset({"strike", "strikes", "attack", "raid", "assault", "barrage",
                          "bombardment", "bombing", "shelling", "fire", "rain", "drop",
                          "launch", "march", "advance", "offensive", "push", "bomb",
                          "shell", "rocket", "missile", "airstrike", "descend", "converge",
                          "land", "fly", "airdrop", "swoop", "charge", "hit", "slam",
                          "shoot", "down", "intercept", "crash", "salvo", "volley"})
# "at" names a target, not a place, after these ("lashed out at Washington", "aimed at").
AT_TARGET_WORDS = frozenset({"aim", "direct", "point", "level", "angry", "anger",
                             "furious", "fury", "swipe", "jab", "dig", "poke", "laugh",
                             "look", "glance", "outrage", "frustration"})
# Verbs of speech and other verbal acts: the places in what is said, demanded, condemned
# or denied are not where the act happened ("Moscow accused Kyiv of shelling the
# Zaporizhzhia plant", "vowed in Goma to march to Kinshasa"). Not "declare", "announce"
# or "order", whose objects are measures taken where they apply ("declared a curfew in
# Dhaka", "ordered the deployment of troops across the country").
SPEECH_VERBS = frozenset({"accuse", "allege", "blame", "condemn", "criticise", "criticize",
                          "denounce", "decry", "deplore", "urge", "demand", "call", "ask",
                          "appeal", "press", "insist", "warn", "threaten", "vow", "pledge",
                          "promise", "offer", "say", "deny", "reject", "refuse", "dismiss",
                          "rebuff", "veto", "welcome", "praise", "endorse", "charge",
                          "indict", "sue", "complain", "tell", "request", "invite",
                          "propose", "claim", "report", "state", "confirm", "acknowledge",
                          "admit", "hail"})
# Venues of a verbal act: an "at" phrase naming one, and the place it is in, say where the
# act happened, even when the parser hangs them on what is said ("accused X of stonewalling
# at a hearing in Washington").
VENUE_NOUNS = frozenset({"hearing", "court", "summit", "meeting", "conference", "session",
                         "briefing", "rally", "forum", "assembly", "tribunal", "trial",
                         "debate", "event", "ceremony", "gathering"})
# A speech verb's children that hold what is said.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "oprd", "acomp"})
CONTENT_PREPS = frozenset({"of", "for", "over", "against", "about", "on", "to", "into",
                           "with", "toward", "towards"})
# Nouns of buildings whose possessor is the place ("outside Kenya's parliament").
BUILDING_NOUNS = frozenset({"parliament", "office", "offices", "residence", "embassy",
                            "consulate", "headquarters", "building", "hospital", "school",
                            "university", "palace", "ministry", "court", "mosque",
                            "church", "market", "stadium", "house", "airport", "port"})
# Premises a town's name can precede as a plain modifier ("raided the Harare offices of the
# MDC", "at his Kuala Lumpur home"); an embassy so named is the named country's.
SEAT_NOUNS = frozenset({"office", "offices", "home", "residence", "headquarters", "clinic",
                        "hospital", "prison", "jail", "airport", "stadium", "hotel"})
# Nouns of capture or attack whose "of" phrase is the place acted on.
ACTION_NOUNS = frozenset({"takeover", "capture", "seizure", "siege", "shelling",
                          "bombing", "bombardment", "occupation", "invasion", "fall",
                          "recapture", "liberation", "storming", "blockade", "sack",
                          "evacuation", "encirclement"})
# People of a place: "Residents of X marched ..." names where they act.
RESIDENT_NOUNS = frozenset({"resident", "residents", "inhabitant", "inhabitants",
                            "citizen", "citizens", "townspeople", "local", "locals",
                            "villager", "villagers"})
# Verbs of attack, capture or movement whose direct object is where the event happens.
PLACE_VERBS = frozenset({"storm", "enter", "seize", "capture", "overrun", "shell", "bomb",
                         "strike", "hit", "attack", "raid", "besiege", "occupy", "invade",
                         "pound", "bombard", "target", "visit", "surround", "encircle",
                         "retake", "recapture", "reach", "liberate", "blockade", "block",
                         "leave", "tour", "cross", "infiltrate", "hammer", "rampage",
                         "sweep", "barricade", "open", "reopen", "close", "shut",
                         "pack", "fill", "throng", "jam"})  # crowds packing a square
# Verbs of taking or entering ground: their proper-noun objects are places even when the
# actor dictionary and spaCy do not know them ("troops entered Kherson").
TERRITORY_VERBS = frozenset({"storm", "enter", "seize", "capture", "overrun", "retake",
                             "recapture", "occupy", "invade", "visit", "reach", "liberate",
                             "besiege", "encircle", "surround"})
# Last resort: a domestic institution named with its place ("Hong Kong police arrested
# ...", "Hong Kong's High Court sentenced ...") acts where it sits.
INSTITUTION_NOUNS = frozenset({"police", "court", "authorities", "authority", "government",
                               "cabinet", "parliament", "prosecutor", "prosecutors",
                               "judge", "judges", "council", "tribunal", "ministry",
                               "legislature", "assembly"})
# Offices of a town or province: "Istanbul Mayor Ekrem Imamoglu", "Kandahar's governor".
LOCAL_OFFICES = frozenset({"mayor", "governor", "municipality"})
# Participles that report or explain rather than describe the act ("..., citing the
# situation in northern Mali"): their places belong elsewhere.
ASIDE_VERBS = frozenset({"cite", "say", "accuse", "blame", "add", "warn", "describe",
                         "call", "claim", "deny", "insist", "note"})

# Place nouns. Settlements and facilities are as specific as a town; "X region" is a
# region; part nouns ("the centre of X", "the outskirts of X") take the level of X.
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "capital", "port", "suburb",
                              "suburbs", "neighbourhood", "neighborhood", "township",
                              "camp", "hamlet", "hometown", "municipality", "enclave", "settlement",
                              "base", "airbase", "site", "plant", "facility", "depot",
                              "refinery", "oilfield", "station", "crossing", "airport",
                              "prison", "bridge", "corridor", "compound", "complex", "harbour",
                              "harbor", "garrison", "outpost", "stronghold", "bastion", "mine",
                              "terminal", "dam"})
REGION_NOUNS = frozenset({"province", "region", "state", "governorate", "county",
                          "oblast", "territory", "area", "valley", "peninsula",
                          "district", "border", "highlands", "desert",
                          "front", "island", "islands", "strip", "mountains", "hills",
                          "jungle", "forest", "forests"})
PART_NOUNS = frozenset({"centre", "center", "heart", "outskirts", "outskirt", "street",
                        "streets", "edge", "part", "parts", "hall", "halls", "coast",
                        "coastline", "shore", "shores", "waters", "environs", "vicinity",
                        "countryside", "west", "east", "north", "south", "rest",
                        "sector", "zone", "zones", "districts", "entrance", "entrances",
                        "gate", "gates", "quarter", "seafront", "waterfront", "square"})
# Facilities whose names are written with their noun ("Kabul airport"); and "X region".
KEEP_NOUNS = frozenset({"airport", "prison", "bridge", "corridor"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
SETTLEMENT_OR_REGION = SETTLEMENT_NOUNS | REGION_NOUNS
PLACE_NOUNS = SETTLEMENT_OR_REGION | PART_NOUNS
# Last words of region names, and modifiers that make a name a region ("southern Israel").
REGION_NAME_WORDS = frozenset({"bank", "strip", "state", "province", "region", "heights",
                               "valley", "peninsula", "coast", "sea", "gulf", "ocean",
                               "strait", "desert", "mountains", "corridor", "delta",
                               "basin", "territories"})
DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "north", "south",
                        "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "northeastern", "northwestern", "southeastern", "southwestern",
                        "upper", "lower"})

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels that are never places. spaCy's small model tags some town names NORP,
# PERSON, PRODUCT or even LANGUAGE ("in Odesa"), so those count when the word is a proper
# noun (a LANGUAGE only when the actor dictionary knows the place).
NOT_PLACES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                        "CARDINAL", "EVENT"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})

TOWN, REGION, COUNTRY = 0, 1, 2
LEVEL_WEIGHT = 4
TIER_OWN, TIER_ABOVE, TIER_ACTOR, TIER_ELSEWHERE, TIER_CONTENT = range(5)


@dataclass(frozen=True, slots=True)
class _Place:
    """A place phrase: its proper-noun head, the place noun whose name it is ("village"
    in "Pazigyi village"), its name, its level, and whether a place noun framed it."""

    head: Token
    noun: Token | None
    name: Span
    level: int
    framed: bool = False
    alias: str = ""  # the place's own name when the phrase does not say it ("the capital")


@dataclass(frozen=True, slots=True)
class _Candidate:
    place: _Place
    attach: Token  # the preposition or object that ties the place to the sentence
    penalty: int


def find_location(
    sent: Span, trigger: Token, excluded: set[int], country_of: CountryOf
) -> Location | None:
    """Return the event's place, or None when the sentence names none.

    ``excluded`` holds token indices already used as actor or recipient; ``country_of``
    maps a token to the ISO3 code of a country named by it (or "").
    """
    cands = _without_locators(_candidates(sent, excluded, country_of)) or \
        _home_of_institution(trigger, country_of)
    if not cands:
        return None
    ranked = sorted((_rank(c, trigger, excluded), k) for k, c in enumerate(cands))
    if ranked[0][0][0] == TIER_CONTENT:
        return None
    chosen = cands[ranked[0][1]]
    place = chosen.place
    country = (place.level != COUNTRY and _located_in(chosen, country_of)) or \
        _country(place, country_of)
    location = Location(name=place.alias or place.name.text, country=country,
                        span=_char_span(place.name, sent))
    _geolocate(location, place, sent, country_of)
    if not location.country:
        location.country = _sentence_country(place, sent, trigger, country_of)
    return location


# ------------------------------------------------------------------------ candidates
def _candidates(sent: Span, excluded: set[int], country_of: CountryOf) -> list[_Candidate]:
    found: list[_Candidate] = []
    for tok in sent:
        cand = _from_token(tok, excluded, country_of)
        if cand is not None and not _attributed(cand.attach):
            found.append(cand)
    return found


def _without_locators(cands: list[_Candidate]) -> list[_Candidate]:
    """Drop places that only say where a named place is: those inside an apposition to a
    proper noun ("Kutum, a town of 30,000 people in North Darfur", "Vuhledar, a mining
    town in the Donetsk region"), unless nothing else is left."""
    if len(cands) < 2:
        return cands
    doc = cands[0].attach.doc
    inside = {t.i for tok in doc if tok.dep_ == "appos" and tok.head.pos_ == "PROPN"
              for t in tok.subtree}
    kept = [c for c in cands if c.attach.i not in inside or c.place.head.i not in inside]
    return kept or cands


def _from_token(tok: Token, excluded: set[int], country_of: CountryOf) -> _Candidate | None:
    """The candidate that ``tok`` (a preposition's object, a verb's object or a place
    noun) brings, if any."""
    portion = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if portion is not None and portion.lower_ in PORTION_WORDS and portion.dep_ == "pobj" \
            and portion.head.lower_ in STRONG_PREPS:
        # "across much of Iran", "in parts of Darfur": the place of the outer phrase
        return _prep_candidate(tok, portion.head, excluded, country_of)
    if portion is not None and portion.lower_ in PORTION_WORDS and portion.dep_ == "dobj":
        # "looted much of Honiara's Chinatown", "seized parts of Kherson": the place acted on
        place = _place_phrase(tok, country_of)
        return _Candidate(place, tok, 1) if place is not None else None
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
        return _prep_candidate(tok, tok.head, excluded, country_of)
    if tok.dep_ == "dobj":
        particle = next((c for c in tok.head.children if c.dep_ == "prt" and c.i < tok.i
                         and c.lower_ in STRONG_PREPS), None)
        if particle is not None:  # "held a drill off Limassol", parsed as a particle
            return _prep_candidate(tok, particle, excluded, country_of)
        if tok.head.lemma_.lower() in PLACE_VERBS:
            place = _place_phrase(tok, country_of)
            if place is None:
                return None
            if _plainly_place(place, country_of) or (_known_town(place.head) and (
                    place.head.ent_type_ not in ("ORG", "NORP") or place.head != tok)) or (
                    tok.head.lemma_.lower() in TERRITORY_VERBS and tok.pos_ == "PROPN"
                    and tok.i not in excluded):
                return _Candidate(place, tok, 1)
            return None
    if _is(tok, SETTLEMENT_OR_REGION) and tok.dep_ != "pobj":
        place = _place_phrase(tok, country_of)
        if place is not None and place.noun is not None:
            return _Candidate(place, tok, 4)
    return None


def _prep_candidate(pobj: Token, prep: Token, excluded: set[int],
                    country_of: CountryOf) -> _Candidate | None:
    word = prep.lower_
    governor = prep.head.lemma_.lower()
    place = _place_phrase(pobj, country_of)
    if place is None or place.head.ent_type_ in NOT_PLACES or _person(place):
        return None
    if place.head.ent_type_ == "LANGUAGE" and not country_of(place.head):
        return None  # "in English"
    plain = _plainly_place(place, country_of) or (
        place.head.i not in excluded and _known_town(place.head))  # "from Hama", tagged ORG
    if word == "of" and governor == "out":  # "pulled out of Kidal"
        word = "in"
    if word == "of" and prep.head.lower_ in DIRECTIONS:  # "positions south of Orikhiv"
        word = "near"
    acted_on = word == "of" and _is(prep.head, ACTION_NOUNS)
    listed = word == "including" and _is(prep.head, SETTLEMENT_OR_REGION)
    if word == "of" and _is(prep.head, RESIDENT_NOUNS):  # "Residents of Paris, Texas"
        acted_on = True
    hit = word in ("on", "over") and _is(prep.head, ATTACK_WORDS)
    if acted_on or listed or hit:  # "the takeover of Wad Madani", "air bases, including
        plain = plain or place.head.pos_ == "PROPN"  # X", "an assault on El Obeid"
    if word == "at" and (_is(prep.head, AT_TARGET_WORDS) or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in prep.head.children)):
        return None  # "lashed out at Washington"
    if word in STRONG_PREPS:
        penalty = 0
    elif word in PLACE_ONLY_PREPS and plain:
        if word == "of" and not acted_on:
            return None
        if word == "to" and not (governor in MOTION_WORDS or place.framed):
            return None
        if word in ("on", "over", "toward", "towards") and not (
                place.framed or _is(prep.head, ATTACK_WORDS | MOTION_WORDS)):
            return None
        if word == "including" and not listed:
            return None
        penalty = PLACE_ONLY_PREPS[word]
        if word == "from" and not _has_destination(prep.head):
            penalty = FROM_ALONE  # "freed prisoners from Ofer prison"
    else:
        return None
    if not plain and (place.head.pos_ != "PROPN" or place.head.i in excluded):
        return None
    return _Candidate(place, prep, penalty)


def _has_destination(governor: Token) -> bool:
    """A "from" phrase is the origin when a destination is named too ("stormed into
    southern Israel from Gaza")."""
    for prep in governor.children:
        if prep.dep_ in ("prep", "prt") and prep.lower_ in DESTINATION_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in NOT_PLACES:
                return True  # not "on Monday"
    return False


def _home_of_institution(trigger: Token, country_of: CountryOf) -> list[_Candidate]:
    """The place that names the trigger's subject when that is a domestic institution
    ("Hong Kong police", "Hong Kong's High Court"), or the country itself when the act is
    "nationwide" ("Bangladesh imposed a nationwide curfew")."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        words = {t.lower_ for t in trigger.subtree}
        if "nationwide" in words and subject.pos_ == "PROPN" and country_of(subject):
            return [_Candidate(_named(subject, None, country_of), subject, 0)]
    # "Hong Kong police arrested ...", "police detained Istanbul Mayor X": a local office
    # or institution is where it acts or is acted on
    sides = [(subject, INSTITUTION_NOUNS | LOCAL_OFFICES)] if subject is not None else []
    sides += [(c, LOCAL_OFFICES) for c in trigger.children if c.dep_ == "dobj"]
    for side, nouns in sides:
        # the office may be a title before the name ("Istanbul Mayor Ekrem Imamoglu")
        office = side if _is(side, nouns) else next(
            (c for c in side.children if c.dep_ == "compound" and _is(c, LOCAL_OFFICES)),
            None)
        if office is None:
            continue
        for mod in office.children:
            if mod.dep_ in ("compound", "poss", "nmod") and mod.text[:1].isupper() and (
                    mod.ent_type_ in PLACE_LABELS or country_of(mod)):
                return [_Candidate(_named(mod, None, country_of), office, 0)]
    return []


def _attributed(tok: Token) -> bool:
    """Inside an "according to ..." phrase."""
    return any(a.lower_ == "according" for a in tok.ancestors)


# --------------------------------------------------------------------- place phrases
def _place_phrase(tok: Token, country_of: CountryOf) -> _Place | None:
    """The place that the noun phrase headed by ``tok`` names, if any."""
    if tok.pos_ != "PROPN" and _is(tok, PLACE_NOUNS):
        inner = _of_object(tok)
        if inner is not None and inner.pos_ != "PROPN" and _is(inner, PLACE_NOUNS):
            return _place_phrase(inner, country_of)  # "the southern sector of the Jaffna
            # peninsula", "the outskirts of the city of X"
        name = _framed_name(tok)
        if name is None or name.dep_ == "poss":  # "the Afghan capital", "Sudan's capital"
            capital = _capital(tok, country_of)
            if capital is not None or name is None:
                return capital
        noun = None if _is(tok, PART_NOUNS) else tok
        return _named(name, noun, country_of, framed=True)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and (c.ent_type_ in PLACE_LABELS or country_of(c)
                       or (_is(tok, BUILDING_NOUNS) and _known_town(c)))), None) or next(
        (c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
         and _is(tok, SEAT_NOUNS) and _known_town(c)), None)  # "the Harare offices of"
    if owner is not None and tok.ent_type_ not in PLACE_LABELS and (
            tok.pos_ == "PROPN" or _is(tok, BUILDING_NOUNS)):
        return _named(owner, None, country_of)  # "into Hong Kong's Legislative Council",
        # not "in China's internal affairs"
    if tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS):
        return _named(tok, None, country_of)  # not "the west bank of the Dnipro"
    return None


def _capital(noun: Token, country_of: CountryOf) -> _Place | None:
    """The capital a phrase names by its country ("the Congolese capital", "Sudan's
    capital"), with the capital's own name as its alias."""
    if noun.lemma_.lower() != "capital":
        return None
    for mod in noun.children:
        if mod.dep_ in ("amod", "poss", "compound") and (country := country_of(mod)):
            capital = capital_of(country)
            if capital:
                return _Place(noun, None, noun.doc[min(mod.i, noun.i):noun.i + 1], TOWN,
                              framed=True, alias=capital)
    return None


def _is(tok: Token, words: frozenset[str]) -> bool:
    """The word's lemma or its lower-cased form is one of ``words`` ("bases" is lemmatised
    "basis")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _of_object(noun: Token) -> Token | None:
    """X in "<noun> of X"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _framed_name(noun: Token) -> Token | None:
    """The proper noun that a place noun frames: "the city of X", "X village",
    "Beirut's suburbs", "the X air base"."""
    inner = _of_object(noun)
    if inner is not None:
        return inner if inner.pos_ == "PROPN" else None
    named = [t for t in noun.lefts if t.dep_ in ("compound", "appos", "nmod", "amod")
             and _proper(t)]
    if not named:  # "the Shayrat air base": the name may hang on a compound noun
        named = [t for c in noun.lefts if c.dep_ == "compound" for t in c.lefts
                 if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if named:
        return named[-1]
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
    return None


def _proper(tok: Token) -> bool:
    """A proper noun, or a capitalised word the tagger missed ("Sagaing region" tagged
    VERB); not a nationality ("a Kurdish city")."""
    if tok.pos_ == "PROPN":
        return not (tok.text.islower() and tok.lower_ in DIRECTIONS)  # "its east coast"
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ != "NORP" \
        and tok.pos_ in ("NOUN", "VERB")


def _named(head: Token, noun: Token | None, country_of: CountryOf, *,
           framed: bool = False) -> _Place:
    name = _name_span(head, noun)
    return _Place(head, noun, name, _level(head, noun, name, country_of), framed)


def _name_span(head: Token, noun: Token | None) -> Span:
    doc = head.doc
    ent = _entity(head)
    lo, hi = (ent.start, ent.end) if ent is not None and ent.label_ not in NOT_PLACES \
        else (head.i, head.i + 1)
    inside = {t.i for t in head.subtree}

    def joins(tok: Token) -> bool:  # a word of the name, not "Yemen's" or "on Palm Sunday"
        if tok.dep_ in ("poss", "case"):
            return False
        if tok.i in inside:
            return lo <= tok.i < hi or (tok.dep_ == "compound" and tok.pos_ == "PROPN")
        # "Ben Gurion airport": the names may both hang on the noun
        return noun is not None and tok.head == noun and tok.dep_ == "compound" \
            and tok.pos_ == "PROPN"

    start, end = head.i, head.i + 1
    while start > 0 and joins(doc[start - 1]):
        start -= 1
    while end < len(doc) and end < max(hi, head.i + 1) and joins(doc[end]):
        end += 1
    if noun is not None and noun.i >= head.i and head.dep_ != "poss":
        word = noun.lemma_.lower()  # "Kabul airport", but "Manila's airport" is Manila
        if word in KEEP_NOUNS:
            end = noun.i + 1
    while start < end - 1 and doc[start].pos_ in ("DET", "ADJ", "PUNCT", "NUM"):
        start += 1  # "the", "central", "upper", "occupied"; not "North" in "North Darfur"
    if end - start > 1 and doc[start].lower_ in DIRECTIONS and \
            _is_country(doc[start + 1:end]) and not _is_country(doc[start:end]):
        start += 1  # "Western Cambodia", but "South Sudan", "North Korea"
    return doc[start:end]


def _entity(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of (read from the IOB tags, not ``doc.ents``,
    which makes a span of every entity of the document)."""
    if tok.ent_iob_ == "O" or not tok.ent_type_:
        return None
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def _level(head: Token, noun: Token | None, name: Span, country_of: CountryOf) -> int:
    """How wide the place is: a town, camp or named facility; a region (or a building or
    organisation, which give way to the town they are in); or a country."""
    if noun is not None:
        return REGION if _is(noun, REGION_NOUNS) else TOWN
    if name[-1].lower_ in REGION_NAME_WORDS or head.ent_type_ == "LOC":
        return REGION
    if _is_country(name):
        return COUNTRY
    if any(c.lower_ in DIRECTIONS and c.pos_ != "PROPN" for c in head.children):
        return REGION  # "southern Gaza", "northern Shan State"
    if head.ent_type_ in ("ORG", "FAC") and len(name) > 1 and not country_of(head):
        return REGION  # "Rustaveli Avenue in central Tbilisi", "Columbia University in
        # New York": the town wins
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in
           SETTLEMENT_OR_REGION for c in head.children):
        return REGION  # "Okhmatdyt, Ukraine's largest children's hospital"
    return TOWN


def _person(place: _Place) -> bool:
    """A person whose given name is a country's ("at Jordan Bardella")."""
    first = place.name[0]
    return len(place.name) == 2 and _is_country(place.name[:1]) and followed_by_surname(first)


def _is_country(name: Span) -> bool:
    return _names_a_country(name.text)


@lru_cache(maxsize=65536)
def _names_a_country(text: str) -> bool:
    match = default_actor_dictionary().lookup(text)
    return match is not None and match.kind == "country" and not match.place


def _known_town(head: Token) -> bool:
    """A proper noun that names a sizeable town in the gazetteer ("El Fasher", tagged ORG;
    "Zaporizhzhia", tagged PERSON)."""
    if head.pos_ != "PROPN":
        return False
    return any(p.precision == "city" and p.population >= UNSUPPORTED_MIN_POPULATION
               for p in default_gazetteer().places(_name_span(head, None).text))


def _plainly_place(place: _Place, country_of: CountryOf) -> bool:
    head = place.head
    return place.framed or head.ent_type_ in PLACE_LABELS or bool(country_of(head)) or any(
        c.dep_ == "appos" and _is(c, SETTLEMENT_NOUNS) for c in head.children)  # "X, a town"


# --------------------------------------------------------------------------- ranking
def _rank(cand: _Candidate, trigger: Token, excluded: set[int]) -> tuple[int, int, int]:
    tier, distance = _attachment(cand.attach, trigger, excluded)
    # A place inside a weaker phrase shares its weakness: "from Ofer prison in the West
    # Bank" ranks the West Bank as a "from" place too.
    penalty = max([cand.penalty] + [PLACE_ONLY_PREPS.get(a.lower_, 0) for a in
                                    cand.attach.ancestors if a.dep_ == "prep"])
    return (tier, LEVEL_WEIGHT * cand.place.level + distance + penalty, cand.place.head.i)


def _attachment(att: Token, trigger: Token, excluded: set[int]) -> tuple[int, int]:
    """(tier, distance) of a place's attachment token relative to the trigger."""
    chain = [att, *att.ancestors]
    if trigger in chain:
        steps = chain.index(trigger)
        between = chain[1:steps]
        if steps and trigger.lemma_.lower() in SPEECH_VERBS and _content(chain[steps - 1]) \
                and not _at_venue(chain[:steps]):
            return TIER_CONTENT, steps
        if any(_aside(t) for t in between):
            return TIER_ELSEWHERE, steps
        if any(t.dep_ in SUBJECTS and (t.i in excluded or any(
                c.i in excluded for c in t.children)) for t in between):
            return TIER_ACTOR, steps
        return TIER_OWN, steps
    above = [trigger, *trigger.ancestors]
    if att.head in above[1:]:
        return TIER_ABOVE, above.index(att.head) + 1
    common = next((t for t in chain if t in above), None)
    if common is None:
        return TIER_ELSEWHERE, 20
    return TIER_ELSEWHERE, chain.index(common) + above.index(common)


def _at_venue(chain: list[Token]) -> bool:
    """The place is in an "at <venue>" phrase, or in an "in" phrase just after one on the
    same word ("of genocide at the International Court of Justice in The Hague")."""
    for tok in chain:
        if tok.dep_ == "prep" and tok.lower_ == "at" and any(
                c.dep_ == "pobj" and _is(c, VENUE_NOUNS) for c in tok.children):
            return True
        if tok.dep_ == "prep" and tok.lower_ == "in":
            before = [c for c in tok.head.children if c.dep_ == "prep" and c.i < tok.i]
            if before and before[-1].lower_ == "at" and _at_venue([before[-1]]):
                return True
    return False


def _content(child: Token) -> bool:
    """A speech verb's child that holds what is said, asked or condemned."""
    return child.dep_ in CONTENT_DEPS or (child.dep_ == "prep"
                                          and child.lower_ in CONTENT_PREPS)


def _aside(tok: Token) -> bool:
    """A phrase or clause on the way to the trigger that is about something else: a
    participle of speech ("citing ..."), another time ("after ...", "if ...")."""
    if tok.dep_ == "prep" and tok.lower_ in BACKGROUND_PREPS:
        return True
    if tok.dep_ in ("advcl", "pcomp") and tok.lemma_.lower() in ASIDE_VERBS:
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS
                                       for c in tok.children)


# --------------------------------------------------------------------------- country
def _country(place: _Place, country_of: CountryOf) -> str:
    head = place.head
    if place.noun is not None:  # "Nigeria's Niger state": the owner, not the namesake
        for tok in place.noun.children:
            if tok.dep_ in ("poss", "compound") and tok != head and tok.pos_ == "PROPN" \
                    and _is_country(_name_span(tok, None)) and country_of(tok):
                return country_of(tok)
    country = country_of(head)
    if country:
        return country
    for tok in head.subtree:
        if tok.dep_ in ("pobj", "appos") and tok != head and not _beside(tok):
            country = country_of(tok)
            if country:
                return country
    frames = [head] if place.noun is None else [head, place.noun]
    for frame in frames:
        for tok in frame.children:
            if tok.dep_ in ("compound", "amod", "poss", "appos") and tok != head:
                country = country_of(tok)
                if country:
                    return country
    if place.noun is not None:  # "the Chiapas village of Acteal": a region names it
        for tok in place.noun.children:
            if tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok != head and (
                    country := _region_country(_name_span(tok, None).text)):
                return country
    return ""


def _region_country(name: str) -> str:
    """The country of the first-level region called ``name`` when only one country has
    one ("Sagaing", "Chiapas"), else ""."""
    if not name or name.split()[-1].lower() in ("sea", "ocean"):
        return ""  # "the Red Sea ports": water, not Sudan's Red Sea state
    regions = {p.country for p in default_gazetteer().places(name) if p.precision == "admin1"}
    return regions.pop() if len(regions) == 1 else ""


def _beside(tok: Token) -> bool:
    """The object of a phrase that places something next to a country, not in it ("a
    town near the border with Niger", "close to Syria")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    return prep.lower_ in ("with", "near", "to", "from") or _is(prep.head, BORDER_NOUNS)


def _located_in(cand: _Candidate, country_of: CountryOf) -> str:
    """The country of an "in" phrase that follows the place phrase on the same word
    ("attacked the town of Palma in northern Mozambique", "freed prisoners from Ofer
    prison in the occupied West Bank"): it says where the place is."""
    place = cand.place
    for frame in (place.head, place.noun):  # "Palma in Mozambique's Cabo Delgado province"
        for prep in (frame.children if frame is not None else ()):
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > frame.i:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and (country := _country_in(obj, country_of)):
                    return country
    root = cand.attach
    governor = root.head
    if governor == root:
        return ""
    end = max(t.i for t in root.subtree)
    doc = root.doc
    for prep in governor.children:
        if prep.i <= end or prep.dep_ != "prep":
            continue
        if prep.lower_ != "in" or any(not doc[i].is_punct for i in range(end + 1, prep.i)):
            return ""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return _country_in(obj, country_of) if obj is not None else ""
    return ""


def _country_in(obj: Token, country_of: CountryOf) -> str:
    """The country an "in" phrase names: a country ("in Mozambique"), a country's region
    ("in Mozambique's Cabo Delgado province"), or a region of one country only ("in
    Sagaing region")."""
    if obj.pos_ == "PROPN" and (country := country_of(obj)):
        return country
    if obj.pos_ == "PROPN" or _is(obj, REGION_NOUNS):
        for tok in obj.subtree:
            if tok.pos_ == "PROPN" and tok.i != obj.i and (country := country_of(tok)):
                return country  # "Mozambique's Cabo Delgado province"
        name = _name_span(obj, None).text if obj.pos_ == "PROPN" else " ".join(
            t.text for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN")
        return _region_country(name)
    return ""


def _sentence_country(place: _Place, sent: Span, trigger: Token,
                      country_of: CountryOf) -> str:
    """The one country the sentence names by its name, outside the place and the
    trigger's subject (and the speaker's, when the subject is a pronoun for the speaker),
    for a place whose country nothing else tells ("a strike in Nabatieh ..., Lebanon's
    state news agency reported"); "" when none or several."""
    subjects = [c for c in trigger.children if c.dep_ in SUBJECTS]
    verbs = [trigger]
    if any(t.pos_ == "PRON" for c in subjects for t in c.subtree):
        # "Russia's defence ministry denied that its aircraft had bombed a market in ...":
        # the speaker is the actor, not the host ("..., Lebanon's health ministry said")
        verbs += list(trigger.ancestors)
    actor = {t.i for v in verbs for c in v.children if c.dep_ in SUBJECTS for t in c.subtree}
    found = set()
    for ent in sent.ents:
        words = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        if ent.label_ != "GPE" or words.root.i in actor or words.root.pos_ != "PROPN" or (
                place.name.start <= words.root.i < place.name.end):
            continue
        if _is_country(words) and (country := country_of(words.root)):
            found.add(country)
    return found.pop() if len(found) == 1 else ""


# --------------------------------------------------------------------------- coordinates
def _geolocate(location: Location, place: _Place, sent: Span, country_of: CountryOf) -> None:
    """Fill the location's admin1, coordinates and precision from the gazetteer.

    A known country is preferred and required ("Lebanon" is not Lebanon, Tennessee).
    Otherwise the entry must be in a country the sentence names ("Tripoli" beside
    "Lebanese") or the name's only country; it then gives the country too. A name of
    several countries that the sentence does not settle is left for the coder, which
    weighs the actors' countries, and gets no coordinates. A facility named after a town
    ("Kabul airport") takes the town's coordinates, but not its country. A country's own
    name with no town of that name in it is country-level, without coordinates.
    """
    gazetteer = default_gazetteer()
    words = location.name.split()
    name = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in KEEP_NOUNS \
        else location.name  # "Kabul airport" is at Kabul
    named = {c for tok in sent if tok.i not in range(place.name.start, place.name.end)
             and (c := country_of(tok))}
    found = _qualified(place, name, country_of, named, location.country)
    if found is not None:
        location.country = found.country
    known = location.country
    prefer = {known} if known else named
    found = found or gazetteer.lookup(name, prefer)
    if found is not None and found.country not in prefer and (known or len(
            {p.country for p in gazetteer.places(name)}) > 1):
        found = None
    if (found is None or found.precision != "city") and _is_country(place.name) \
            and country_of(place.head) and place.noun is None:
        location.country = location.country or country_of(place.head)
        location.precision = "country"
        return
    if found is None:
        return
    if name == location.name:  # "Kerch bridge": Kerch's coordinates, not its country
        location.country = location.country or found.country
    location.admin1 = found.admin1
    location.lat, location.lon = found.lat, found.lon
    location.precision = found.precision


def _qualified(place: _Place, name: str, country_of: CountryOf, named: set[str],
               known: str) -> GazetteerPlace | None:
    """The gazetteer entry that a qualifier picks out: an apposition or "in" phrase naming
    a region or a country ("Paris, Texas", "Tripoli, Lebanon's second city", "Palma in
    northern Mozambique"), or, for a city the actor
    dictionary places in one country, a sizeable namesake in the one other country the
    sentence names ("Venezuelan police ... in Valencia", "Lebanese protesters ... in
    Tripoli"). None when nothing qualifies the name."""
    gazetteer = default_gazetteer()
    entries = [p for p in gazetteer.places(name) if p.precision == "city"]
    frames = [place.head] if place.noun is None else [place.head, place.noun]
    for child in (c for frame in frames for c in frame.children):
        tok = next((c for c in child.children if c.dep_ == "pobj"), None) \
            if child.dep_ == "prep" and child.lower_ == "in" else child
        if tok is None or tok.dep_ not in ("appos", "pobj"):
            continue
        regions = [r for r in gazetteer.places(_name_span(tok, None).text)
                   if r.precision == "admin1"]
        within = [p for r in regions for p in entries
                  if (p.country, p.admin1) == (r.country, r.admin1)]
        countries = {c for t in tok.subtree if (c := country_of(t))}
        within = within or [p for p in entries if p.country in countries]
        if within:
            return max(within, key=lambda p: p.population)
    if not known or country_of(place.head) != known or len(named - {known}) != 1:
        return None
    home = max((p.population for p in entries if p.country == known), default=0)
    other = [p for p in entries if p.country in named and p.population * 10 >= home]
    return max(other, key=lambda p: p.population) if home and other else None


def _char_span(words: Span, sent: Span) -> CharSpan:
    start = words.start_char - sent.start_char
    return CharSpan(start, start + len(words.text))
