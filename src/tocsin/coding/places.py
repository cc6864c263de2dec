"""Finding where an event happened, from the sentence alone.

**Candidates.** A place is a proper noun or place entity (spaCy GPE, LOC, FAC) reached in
one of three ways:

* the object of a locative preposition. "in", "near", "at", "outside", "into", "across",
  ... always count; "on", "over", "along" and "toward" only when their object is plainly a
  place ("strikes on Lebanon", not "on Monday"); "to" only after a word of movement or
  before a place noun ("sent troops to the city of Mahabad", not "aid to Ukraine"); "from"
  last of all ("withdrew from the town of Walikale"); "of" after a noun of capture or
  attack ("the takeover of Wad Madani", "shelling of Belgorod");
* the direct object of a verb of attack, capture or movement ("stormed the village of
  Al-Sireha", "entered Kherson", "visited Kyiv");
* a settlement noun naming its place anywhere ("the Armenian towns of Jermuk and Goris").

Proper nouns that spaCy tags as something else ("Kramatorsk" as PRODUCT) count after the
strong prepositions. Tokens of the actor or recipient (``excluded``) are skipped unless they
are plainly a place: a place that is attacked is still where the attack happened ("missiles
slammed into Kyiv", "fired at Israel"). Places inside "according to" phrases never count.

**Place phrases and names.** "the town of X", "X village", "the outskirts of X", "the
centre of X", "Beirut's southern suburbs" and "Iran's Natanz enrichment site" give the
named place. The name is written as news writes it: the entity span for multiword names
("Gaza Strip", "Gulf of Aden", "Deir al-Balah"), without a leading "the" or adjectives
("central Kyiv" -> "Kyiv", "Pakistani Kashmir" -> "Kashmir"); facilities whose names
include their noun keep it ("Kabul airport", "Evin prison", "Kerch bridge"), and so does a
directly following "region" ("Bryansk region"); other place nouns are dropped ("Pazigyi
village" -> "Pazigyi", "the Shayrat air base" -> "Shayrat").

**Choice.** Candidates are ranked first by how they attach to the trigger: (A) inside the
trigger's own phrase, (B) a phrase of a word above the trigger ("vowed in Goma to keep
marching"), (C) inside the actor's phrase ("militants in Gaza fired ..."), (D) anywhere
else. Within a group the most specific place wins (a town, camp or facility over a region
over a country, so "a market in Dahyan, in Saada province" gives Dahyan and "the Shayrat
air base in Syria" gives Shayrat), then the place nearest the trigger, then the first.
Only the first of coordinated places counts ("sites in Pakistan and Kashmir" -> Pakistan).

**Country.** From the actor dictionary's country names (which include capitals and major
cities) for the place itself, or for an "in <country>" phrase, apposition, compound or
possessive that qualifies it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tocsin.coding.actors import default_actor_dictionary
from tocsin.model import Location
from tocsin.model import Span as CharSpan

CountryOf = Callable[[Token], str]

# Prepositions and the penalty that ranks their places below "in"/"at"/"near" phrases.
STRONG_PREPS = frozenset({"in", "near", "outside", "inside", "at", "into", "across",
                          "around", "throughout", "within", "off", "through", "onto",
                          "beside", "outside of"})
PLACE_ONLY_PREPS = {"on": 2, "over": 2, "along": 2, "toward": 2, "towards": 2, "to": 3,
                    "from": 5, "of": 0}
# Words of movement after which "to <place>" is a destination where the event happens.
MOTION_WORDS = frozenset({"send", "move", "deploy", "redeploy", "dispatch", "travel",
                          "fly", "arrive", "return", "trip", "journey", "visit", "take",
                          "transfer", "head", "rush", "pour", "flock", "sail", "airlift",
                          "evacuate", "deport", "extradite", "deployment", "march"})
# Nouns of capture or attack whose "of" phrase is the place acted on.
ACTION_NOUNS = frozenset({"takeover", "capture", "seizure", "siege", "shelling",
                          "bombing", "bombardment", "occupation", "invasion", "fall",
                          "recapture", "liberation", "storming", "blockade", "sack",
                          "evacuation", "encirclement"})
# Verbs of attack, capture or movement whose direct object is where the event happens.
PLACE_VERBS = frozenset({"storm", "enter", "seize", "capture", "overrun", "shell", "bomb",
                         "strike", "hit", "attack", "raid", "besiege", "occupy", "invade",
                         "pound", "bombard", "target", "visit", "surround", "encircle",
                         "retake", "recapture", "reach", "liberate", "blockade", "block",
                         "leave", "tour", "cross", "infiltrate", "hammer", "overrun",
                         "rampage", "sweep", "shut", "blockade", "barricade"})

# Place nouns. Settlements and facilities are as specific as a town; "X region" is a
# region; part nouns ("the centre of X", "the outskirts of X") take the level of X.
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "capital", "port", "suburb",
                              "suburbs", "neighbourhood", "neighborhood", "township",
                              "camp", "hamlet", "municipality", "enclave", "settlement",
                              "base", "airbase", "site", "plant", "facility", "depot",
                              "refinery", "oilfield", "station", "crossing", "airport",
                              "prison", "bridge", "compound", "complex", "harbour",
                              "harbor", "garrison", "outpost"})
REGION_NOUNS = frozenset({"province", "region", "state", "governorate", "county",
                          "oblast", "territory", "area", "zone", "valley", "peninsula",
                          "district", "border", "countryside", "highlands", "desert",
                          "front", "island", "islands", "strip"})
PART_NOUNS = frozenset({"centre", "center", "heart", "outskirts", "outskirt", "street",
                        "streets", "edge", "part", "parts", "hall", "halls", "coast",
                        "coastline", "shore", "shores", "waters", "environs", "vicinity",
                        "countryside", "west", "east", "north", "south", "rest"})
# Facilities whose names are written with their noun ("Kabul airport"); and "X region".
KEEP_NOUNS = frozenset({"airport", "prison", "bridge"})
KEEP_ADJACENT = frozenset({"region"})
# Last words of region names, and modifiers that make a name a region ("southern Israel").
REGION_NAME_WORDS = frozenset({"bank", "strip", "state", "province", "region", "heights",
                               "valley", "peninsula", "coast", "sea", "gulf", "ocean",
                               "strait", "desert", "mountains", "corridor", "delta",
                               "basin", "territories", "kivu", "darfur"})
DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "north", "south",
                        "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "northeastern", "northwestern", "southeastern", "southwestern",
                        "upper", "lower"})

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels that are never places.
NOT_PLACES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                        "CARDINAL", "NORP", "LANGUAGE", "LAW", "EVENT"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})

TOWN, REGION, COUNTRY = 0, 1, 2
LEVEL_WEIGHT = 3
TIER_OWN, TIER_ABOVE, TIER_ACTOR, TIER_ELSEWHERE = range(4)


@dataclass(frozen=True, slots=True)
class _Place:
    """A place phrase: its proper-noun head, the place noun that framed it, its name."""

    head: Token
    noun: Token | None
    name: Span
    level: int


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
    cands = _candidates(sent, excluded, country_of)
    if not cands:
        return None
    best = min(cands, key=lambda c: _rank(c, trigger, excluded))
    place = best.place
    return Location(name=place.name.text, country=_country(place, country_of),
                    span=_char_span(place.name, sent))


# ------------------------------------------------------------------------ candidates
def _candidates(sent: Span, excluded: set[int], country_of: CountryOf) -> list[_Candidate]:
    found: list[_Candidate] = []
    seen: set[int] = set()
    for tok in sent:
        cand = _from_token(tok, excluded, country_of)
        if cand is None or cand.place.head.i in seen or _attributed(cand.attach):
            continue
        seen.add(cand.place.head.i)
        found.append(cand)
    return found


def _from_token(tok: Token, excluded: set[int], country_of: CountryOf) -> _Candidate | None:
    """The candidate that ``tok`` (a preposition's object, a verb's object or a place
    noun) brings, if any."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
        return _prep_candidate(tok, tok.head, excluded, country_of)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in PLACE_VERBS:
        place = _place_phrase(tok, country_of)
        if place is not None and _plainly_place(place, country_of):
            return _Candidate(place, tok, 1)
        return None
    if tok.lemma_.lower() in SETTLEMENT_NOUNS | REGION_NOUNS and tok.dep_ not in ("pobj",):
        place = _place_phrase(tok, country_of)
        if place is not None and place.noun is not None:
            return _Candidate(place, tok, 4)
    return None


def _prep_candidate(pobj: Token, prep: Token, excluded: set[int],
                    country_of: CountryOf) -> _Candidate | None:
    word = prep.lower_
    place = _place_phrase(pobj, country_of)
    if place is None:
        return None
    plain = _plainly_place(place, country_of)
    if word in STRONG_PREPS:
        penalty = 0
    elif word in PLACE_ONLY_PREPS:
        if not plain:
            return None
        if word == "of" and prep.head.lemma_.lower() not in ACTION_NOUNS:
            return None
        if word == "to" and not (prep.head.lemma_.lower() in MOTION_WORDS
                                 or place.noun is not None):
            return None
        penalty = PLACE_ONLY_PREPS[word]
    else:
        return None
    head = place.head
    if head.ent_type_ in NOT_PLACES:
        return None
    if (head.i in excluded or head.ent_type_ not in PLACE_LABELS | {""}) and not plain:
        if word not in STRONG_PREPS or head.pos_ != "PROPN" or head.i in excluded:
            return None
    return _Candidate(place, prep, penalty)


def _attributed(tok: Token) -> bool:
    """Inside an "according to ..." phrase."""
    return any(a.lower_ == "according" for a in tok.ancestors)


# --------------------------------------------------------------------- place phrases
def _place_phrase(tok: Token, country_of: CountryOf) -> _Place | None:
    """The place that the noun phrase headed by ``tok`` names, if any."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "PROPN" and (lemma in PART_NOUNS or lemma in SETTLEMENT_NOUNS
                                or lemma in REGION_NOUNS):
        inner = _framed_name(tok)
        if inner is None:
            return None
        if lemma in PART_NOUNS:
            return _named(inner, None, country_of)
        return _named(inner, tok, country_of)
    if tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS:
        return _named(tok, None, country_of)
    return None


def _framed_name(noun: Token) -> Token | None:
    """The proper noun that a place noun frames: "the city of X", "X village",
    "Beirut's suburbs", "the X air base"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None and inner.pos_ == "PROPN" and inner.ent_type_ not in NOT_PLACES:
                return inner
            return None
    named = [t for t in noun.lefts if t.dep_ in ("compound", "appos", "nmod", "amod")
             and t.pos_ == "PROPN" and t.ent_type_ not in NOT_PLACES]
    if not named:  # "the Shayrat air base": the name may hang on a compound noun
        named = [t for c in noun.lefts if c.dep_ == "compound" for t in c.lefts
                 if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if named:
        return named[-1]
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and child.ent_type_ not in NOT_PLACES:
            return child
    return None


def _named(head: Token, noun: Token | None, country_of: CountryOf) -> _Place:
    name = _name_span(head, noun)
    return _Place(head, noun, name, _level(head, noun, name, country_of))


def _name_span(head: Token, noun: Token | None) -> Span:
    doc = head.doc
    start, end = head.i, head.i + 1
    ent = _entity(head)
    if ent is not None and ent.label_ not in NOT_PLACES:
        start, end = ent.start, ent.end
    else:
        while start > 0 and doc[start - 1].dep_ == "compound" and \
                doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= head.i:
            start -= 1
    if noun is not None and noun.i >= head.i:
        end = min(end, noun.i)  # "Pazigyi village" -> "Pazigyi"
        word = noun.lemma_.lower()
        if word in KEEP_NOUNS or (word in KEEP_ADJACENT and noun.i == end):
            end = noun.i + 1
    while start < end - 1 and (doc[start].pos_ in ("DET", "ADJ", "PUNCT")
                               or doc[start].lower_ in DIRECTIONS):
        start += 1
    return doc[start:end]


def _entity(tok: Token) -> Span | None:
    if tok.ent_iob_ == "O" or not tok.ent_type_:
        return None
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _level(head: Token, noun: Token | None, name: Span, country_of: CountryOf) -> int:
    """How wide the place is: a town or facility, a region, or a country."""
    if noun is not None:
        return REGION if noun.lemma_.lower() in REGION_NOUNS else TOWN
    if name[-1].lower_ in REGION_NAME_WORDS or head.ent_type_ == "LOC":
        return REGION
    if any(c.lower_ in DIRECTIONS for c in head.children if c.dep_ in ("amod", "compound")):
        return REGION  # "southern Lebanon", "northern Shan State"
    if _is_country(name):
        return COUNTRY
    if head.ent_type_ not in PLACE_LABELS and not country_of(head):
        return REGION  # named things that are not known places: ORG, PERSON...
    if head.ent_type_ == "FAC":
        return REGION  # "Rustaveli Avenue in central Tbilisi": the town wins
    return TOWN


def _is_country(name: Span) -> bool:
    match = default_actor_dictionary().lookup(name.text)
    return match is not None and match.kind == "country" and not match.place


def _plainly_place(place: _Place, country_of: CountryOf) -> bool:
    head = place.head
    return (place.noun is not None or head.ent_type_ in PLACE_LABELS
            or bool(country_of(head)))


# --------------------------------------------------------------------------- ranking
def _rank(cand: _Candidate, trigger: Token, excluded: set[int]) -> tuple[int, int, int]:
    tier, distance = _attachment(cand.attach, trigger, excluded)
    return (tier, LEVEL_WEIGHT * cand.place.level + distance + cand.penalty,
            cand.place.head.i)


def _attachment(att: Token, trigger: Token, excluded: set[int]) -> tuple[int, int]:
    """(tier, distance) of a place's attachment token relative to the trigger."""
    chain = [att, *att.ancestors]
    if trigger in chain:
        steps = chain.index(trigger)
        between = chain[1:steps]
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


# --------------------------------------------------------------------------- country
def _country(place: _Place, country_of: CountryOf) -> str:
    head = place.head
    country = country_of(head)
    if country:
        return country
    for tok in head.subtree:
        if tok.dep_ in ("pobj", "appos") and tok != head:
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
    return ""


def _char_span(words: Span, sent: Span) -> CharSpan:
    start = words.start_char - sent.start_char
    return CharSpan(start, start + len(words.text))
