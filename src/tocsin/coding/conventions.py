"""PLOVER's coding conventions, applied to what the parse says.

The coder (:mod:`tocsin.coding.coder`) finds triggers and their arguments; these rules
decide what the event *is* under PLOVER's conventions and the gold standard's: an
intention is AGREE or THREATEN, "X said Y must ..." is a REQUEST, civilians storming a
building riot, forces capturing a town assault, an attack on a town targets its country,
history and habits are not events, and so on. Each rule is small and named for what it
decides; the word lists are the conventions' vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tocsin.coding.actors import default_actor_dictionary
from tocsin.coding.arguments import (
    ARMED_UNITS,
    CHARGING_VERBS,
    DECREE_NOUNS,
    FORCE_NOUNS,
    HEADLINE_PASSIVES,
    ActorResolver,
    SentenceActors,
    charge_after_its_content,
    earlier_object,
    has_to_infinitive,
    law_maker,
    pronoun_antecedent,
    subject_after_opening_phrase,
    subject_of,
)
from tocsin.coding.article_places import dictionary_countries
from tocsin.coding.dates import (
    NOUN_PREMODIFIERS,
    PAST_EVENT_NOUNS,
    WEEKDAYS,
    dates_a_thing,
    has_recent_date,
    parse_relative,
)
from tocsin.coding.discards import non_actor_heads
from tocsin.coding.factuality import load_cues, misread_frame
from tocsin.coding.gazetteer import default_gazetteer, is_capital
from tocsin.model import ActorRef, Event, Location
from tocsin.ontology.plover import QUAD_CLASS

if TYPE_CHECKING:
    from tocsin.coding.coder import Trigger


DOMESTIC_STATE = frozenset({"GOV", "COP", "JUD", "LEG"})
HOME_SECTORS = DOMESTIC_STATE | {"MIL"}  # a state's own institutions, its army too
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})
PLACE_TARGETED = frozenset({"ASSAULT", "COERCE", "AID", "CONCEDE", "THREATEN", "RETREAT"})
DOMESTIC_ACTS = frozenset({"COERCE", "CONCEDE"})
CESSATION_VERBS = frozenset({"stop", "cease", "halt", "end", "suspend", "quit"})
AGREE_LEMMAS = frozenset({"agree", "pledge", "promise", "commit", "undertake"})
REQUEST_LEMMAS = frozenset({"demand", "urge", "request", "appeal", "implore", "exhort",
                            "insist"})
RESIGN_LEMMAS = frozenset({"resign", "quit", "step", "resignation", "abdicate"})
HISTORICAL_DAYS = 2 * 366


ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "UAF", "PRM", "SPY", "INS"})
NAMED_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per category and pair of sides in a sentence ("storm" and "storming"
    of the same compound): the most confident keeps the others' trigger spans."""
    kept: list[Event] = []
    seen: dict[tuple, Event] = {}
    for e in events:
        # a state's forces and rebels of one country are two sides ("rebels stormed the
        # base after government drones bombed their positions": two events)
        armed = frozenset(a.sector for a in e.actor if a.sector in ("REB", "MIL", "GOV"))
        key = (e.event, frozenset(a.code for a in e.actor), armed,
               frozenset(r.code for r in e.recipient), e.factuality)
        if key in seen:
            seen[key].evidence.trigger.extend(e.evidence.trigger)
            continue
        seen[key] = e
        kept.append(e)
    return kept


def is_history(sent: Span, article_date: date) -> bool:
    """The sentence's main clause is dated years before the article ("North and South
    Yemen were unified in 1990", "Belgium ruled Congo until 1960"). A year that dates
    only a thing the act is about ("charged him over the 1979 coup", "over massacres of
    villagers in the early 1980s") or a point of comparison ("his first visit since 2015",
    "the largest surrender of arms since the 2001 accord") does not."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        when = parse_relative(ent.text, article_date)
        if when is None or (article_date - when).days <= HISTORICAL_DAYS or \
                dates_a_thing(ent.root):
            continue
        node = ent.root
        for _ in range(4):
            if node.dep_ == "ROOT" or node.head == node:
                if ent.root.dep_ in NOUN_PREMODIFIERS and \
                        ent.root.head.lemma_.lower() not in PAST_EVENT_NOUNS and \
                        has_recent_date(sent, misread_frame(node) or node, article_date,
                                        HISTORICAL_DAYS):
                    break  # "exchanged maps on Monday under a 1997 agreement": the year
                    # names the agreement, the act has a date of its own ("marks fifty
                    # years since the 1973 coup" recalls the coup)
                return True
            node = node.head
            if node.pos_ in ("VERB", "AUX") and node.dep_ != "ROOT":
                break
    return False


WEAPON_NOUNS = frozenset({"drone", "missile", "rocket", "bomb", "shell", "explosion", "blast",
                          "mortar", "grenade", "mine", "pager", "strike", "airstrike",
                          "device", "ied", "car", "barrage", "artillery"})


CAPTURED_PLACES = frozenset({"town", "city", "village", "base", "capital", "headquarters",
                             "airport", "port", "district", "region", "position", "outpost",
                             "stronghold", "camp", "province", "territory", "settlement"})


def takes_place(verb: Token) -> bool:
    """The verb's object is a place or a military site ("seized Damascus")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (
        c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in CAPTURED_PLACES)
        for c in verb.children)


def weapon_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in WEAPON_NOUNS
               for c in verb.children)


def names_a_side(refs: list[ActorRef], heads: list[Token]) -> bool:
    """A side counts when it has a country (or IGO/NGO) code, or when it is a sector
    named with a proper noun or nationality ("Vice-President Moody Awori", "Ibo elders",
    "Chechen refugees"), not just "the spokesman" or "officials"."""
    if any(r.code for r in refs):
        return True
    if not any(r.sector for r in refs):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_ENTITIES
               for h in heads for t in h.subtree if t.i <= h.i)


PRESENT_SIMPLE = frozenset({"VBZ", "VBP"})


HELD_STATE_VERBS = frozenset({"control", "hold", "occupy", "rule", "govern", "administer", "run"})


def is_state_or_habit(head: Token, trig: Trigger) -> bool:
    """A present-simple verb states a habit or a state ("the army holds the east",
    "Israel says it takes measures"), not an event; headlines are the exception, and
    tocsin sees a headline as a sentence without final punctuation."""
    if trig.nominal:
        return False
    if head.lemma_.lower() in HELD_STATE_VERBS and head.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        return True  # "the Houthis have controlled Sanaa since 2014": a state, held
    if head.tag_ not in PRESENT_SIMPLE:
        return False
    if head.dep_ in ("relcl", "acl") and law_maker(head.head) is not None:
        return False  # "passed a law that bars ...": what the new law does is the act
    sent = head.sent
    return sent[-1].is_punct and sent[-1].text in ".!?\"'"


STATE_FIRMS = frozenset({"company", "firm", "conglomerate", "airline", "corporation"})


def inanimate_subject(head: Token, trig: Trigger) -> bool:
    """The event's doer is a hazard, a market figure, a sports side or a book."""
    subject, _ = subject_of(head)  # through clause chains: "an aftershock rattled Herat,
    # sending residents fleeing"
    if subject is None and trig.nominal and trig.light_verb is None:
        subject = trig.token
    if subject is None:
        return False
    if subject.lemma_.lower() in ("team", "group", "squad", "contingent") and (
            members := of_objects(subject)):
        subject = members[0]  # "a team of Cuban doctors arrived": the doctors
    words = {c.lower_ for c in subject.children if c.dep_ == "compound"}
    if subject.lemma_.lower() == "team" and (words & WORKING_TEAMS or any(
            c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in subject.children)):
        return False  # "Yushchenko's campaign team demanded ...": no sports side
    if words & TRADE_VEHICLES or subject.lemma_.lower() in \
            PEOPLE_NOUNS | WORKER_NOUNS | ACTIVIST_NOUNS:
        return False  # "train drivers walked off the job", "oil workers went on strike",
        # "Just Stop Oil activists sprayed paint"
    if words & WEAPON_NOUNS or any(c.dep_ == "acl" and c.lemma_.lower() == "blame"
                                   for c in subject.children):
        return False  # "artillery fire blamed on the army killed 378 civilians": a
        # weapon's fire, or one blamed on a party, is no accident
    if subject.lemma_.lower() in STATE_FIRMS and any(
            t.lower_ in ("state", "national", "government") for t in subject.subtree
            if t.i < subject.i):
        return False  # "Russia's state gas company cut off supplies": a state's firm
    if not (subject.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                            for c in subject.children)):
        words |= {subject.lemma_.lower(), subject.lower_}  # a name keeps its head word:
        # "the World Bank" is an actor, "Cyclone Freddy" is not
    # "A magnitude 7.7 earthquake struck": the parser may give the verb two subjects
    # (but not a noun after a preposition of the first subject's phrase, misattached:
    # "crowds angry over a rise in bus fares and petrol prices looted shops")
    phrase = {u.i for u in subject.subtree}
    words |= {c.lemma_.lower() for c in subject.head.children
              if c.dep_ == subject.dep_ and c.i != subject.i and not (
                  c.i > subject.i and any(t.dep_ == "prep" and t.head.i in phrase
                                          for t in subject.doc[subject.i:c.i]))}
    return bool(words & (non_actor_heads() | ACCIDENT_NOUNS))  # "a stampede killed 20"


# Teams that work for a side rather than play: "campaign team", "negotiating team".
WORKING_TEAMS = frozenset({"campaign", "negotiating", "legal", "defence", "defense",
                           "security", "investigating", "inspection", "monitoring",
                           "transition", "mediation", "rescue", "medical"})
WORKER_NOUNS = frozenset({"miner", "employee", "driver", "doctor", "nurse", "pilot", "docker",
                          "trucker", "labourer", "laborer", "steelworker", "dockworker"})
STRIKER_NOUNS = WORKER_NOUNS | frozenset({"worker", "teacher", "union", "staff", "lecturer",
                                          "farmer", "trader", "shopkeeper", "journalist",
                                          "lawyer", "servant", "porter", "crew"})


def labour_strike(verb: Token) -> bool:
    """Workers striking ("taxi drivers plan to strike from Monday"): a strike (PROTEST),
    not an attack, which strikes something."""
    if verb.lemma_.lower() != "strike" or verb.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    subject, _ = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in STRIKER_NOUNS


LIFTING_VERBS = frozenset({"lift", "ease", "end", "scrap", "revoke", "remove", "rescind",
                           "relax", "drop"})
# What easing each measure is in CAMEO: a curfew, an emergency, sanctions, a ban.
EASED_MEASURES = {"curfew": "0813", "emergency": "0814", "law": "0814", "sanction": "085",
                  "embargo": "085", "blockade": "085", "ban": "081", "restriction": "081"}


def lifted_measure(verb: Token) -> tuple[Token, str] | None:
    """A measure lifted in the passive ("sanctions on Iraq were lifted by the Security
    Council", "the curfew was lifted"): the measure's noun and the CAMEO code of easing it;
    the noun alone would read as the measure imposed."""
    if verb.lemma_.lower() not in LIFTING_VERBS or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if noun is None:
        return None
    if noun.lemma_.lower() == "state":  # "the state of emergency was lifted"
        noun = next(iter(of_objects(noun)), noun)
    code = EASED_MEASURES.get(noun.lemma_.lower())
    if noun.lemma_.lower() == "law" and not any(c.lower_ == "martial" for c in noun.children):
        code = None
    return (noun, code) if code else None


TRADE_VEHICLES = frozenset({"train", "bus", "truck", "lorry", "taxi", "tram", "delivery",
                            "ambulance", "tanker", "cab", "rail"})
ACCIDENT_NOUNS = frozenset({"crash", "accident", "collision", "derailment", "stampede", "crush",
                            "capsizing", "shipwreck",
                            # natural disasters
                            "landslide", "mudslide", "avalanche", "flood", "flooding", "storm",
                            "blizzard", "typhoon", "cyclone", "hurricane", "tsunami",
                            "earthquake", "quake", "eruption", "heatwave", "drought"})


ACCIDENT_VERBS = frozenset({"crash", "collide", "derail", "capsize", "sink", "overturn"})
CASUALTY_VERBS = frozenset({"kill", "die", "injure", "wound"})


def accidental(head: Token) -> bool:
    """Deaths in an accident ("63 Canadians were among the 176 people killed in the crash
    of a Ukrainian airliner", "a plane crashed ..., killing all 176 people on board",
    "people killed when an airliner crashed", "35 were killed and 48 injured in a
    stampede"): no one acted on anyone."""
    if head.dep_ in ("advcl", "conj") and head.head.lemma_.lower() in ACCIDENT_VERBS:
        return True
    verbs = [head, *(c for c in head.children if c.dep_ == "conj")]
    if head.dep_ == "conj":
        verbs.append(head.head)
    casualty = head.lemma_.lower() in CASUALTY_VERBS
    return any(casualty and c.dep_ == "advcl" and c.lemma_.lower() in ACCIDENT_VERBS
               or c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                   o.dep_ == "pobj" and o.lemma_.lower() in ACCIDENT_NOUNS
                   and not any(g.lower_ == "operation" for g in o.children)  # "Operation
                   for o in c.children)  # Storm" is a military offensive, not weather
               for v in verbs for c in v.children)


def absolute_toll(verb: Token) -> bool:
    """ "..., with more than 200 injured", "with at least ten people killed": a toll added to
    another event (or accident), not an act of its own."""
    return verb.lemma_.lower() in CASUALTY_VERBS | {"hurt"} and \
        verb.dep_ in ("advcl", "pcomp", "acl") and (
            any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
            or verb.head.lower_ == "with")


DETENTION_VERBS = frozenset({"hold", "detain", "jail", "imprison", "intern"})


def detaining_power(actor_heads: list[Token], resolver: ActorResolver) -> list[ActorRef]:
    """Who holds the protesting prisoners: "Palestinian prisoners held in Israeli jails",
    "detainee Khader Adnan, held by Israel" protest against Israel."""
    for head in [*actor_heads, *(o for h in actor_heads for o in of_objects(h))]:
        for acl in head.children:  # "hundreds of prisoners held in ...": the prisoners
            if acl.dep_ != "acl" or acl.lemma_.lower() not in DETENTION_VERBS:
                continue
            for prep in acl.children:
                if prep.dep_ not in ("agent", "prep") or prep.lower_ not in ("by", "in"):
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    found = [r for r in resolver.resolve(obj) if r.code]
                    if found:
                        return found
    return []


def place_ethnic_groups(sent: Span, refs: list[ActorRef], location: Location | None) -> None:
    """ "ethnic Albanians in Serbia" are coded by the country they live in, as the PLOVER
    gold standard does: the country of the place the sentence names, or else that of the
    one state whose government, army or police the sentence sets against them
    ("Macedonia's army attacked ethnic Albanian rebels")."""
    ethnic = [ref for ref in refs if ref.span is not None and (
        sent.text[:ref.span.start].rstrip().lower().endswith("ethnic")
        or ref.text.lower().startswith("ethnic"))]
    if location is not None and location.country:
        home = location.country
    else:
        states = {r.code for r in refs if r not in ethnic and r.code
                  and r.code not in NON_STATE_CODES and r.sector in HOME_SECTORS}
        home = states.pop() if len(states) == 1 else ""
    for ref in ethnic:
        if home and not (ref.entity and ref.code == home):
            ref.code = home


def international_court(ref: ActorRef, sent: Span) -> bool:
    """A court or tribunal the sentence places in The Hague ("the Hague war crimes
    tribunal", "a Court of Arbitration in The Hague", "an international tribunal's ruling in
    The Hague"): one of the international courts that sit there, not a Dutch court (unless
    the sentence calls it Dutch or a district court)."""
    if ref.code != "NLD" or ref.sector != "JUD":
        return False
    words = {t.lower_ for t in sent}
    return "hague" in words and not words & {"dutch", "district", "netherlands"}


def fill_domestic_countries(category: str, actor: list[ActorRef], recipient: list[ActorRef],
                             location: Location | None) -> None:
    """Give a country to sides known only by their sector ("protesters", "police").

    An uncoded side takes the country of the event's place: "police fired on protesters
    in Dhaka" is BGD police against BGD protesters. An uncoded actor facing a state's own
    government, police or courts is of that state ("students clashed with Iranian
    police"); facing foreign troops it stays uncoded. An uncoded recipient named beside a
    coded one is of that one's country ("urged the Ethiopian government and Tigrayan
    forces"); otherwise of the actor's country ("the Sri Lankan army detained Tamil
    civilians"), unless the actor is no state (a bloc has no people of its own) or the
    recipient is an aircraft or a ship. A protest with no stated target is addressed to
    its country's government.
    """
    place = location.country if location else ""
    first_actor = next((a.code for a in actor if a.code), "")
    home_state = next((r.code for r in recipient if r.code and r.sector in DOMESTIC_STATE), "")
    # A verbal act's place is often a venue abroad ("the government and Renamo rebels
    # agreed in Rome"): a side named beside a coded one there is of that one's country.
    partner = first_actor if QUAD_CLASS.get(category) in (1, 3) else ""
    for ref in actor:
        if not ref.code and ref.sector:
            ref.code = partner or place or home_state
    beside = next((r.code for r in recipient if r.code), "")
    state = first_actor if first_actor not in NON_STATE_CODES else ""
    for ref in recipient:
        if not ref.code and ref.sector and not names_a_craft(ref):
            ref.code = place or beside or state

    if category == "PROTEST" and not recipient:
        country = place or next((a.code for a in actor if a.code), "")
        if country:
            recipient.append(ActorRef(text="", code=country, sector="GOV"))


VENUE_NOUNS = frozenset({"embassy", "consulate", "legation", "mission", "office",
                         "headquarters", "compound", "residence"})
VENUE_PREPS = frozenset({"outside", "at", "near", "before", "around", "in", "inside", "to"})


def venue_owner(verbs: Iterable[Token], resolver: ActorResolver) -> list[ActorRef]:
    """Whose embassy or office an act is done at: "protested outside the Singapore embassy
    in Manila" is aimed at Singapore, "demonstrated outside the U.N. refugee agency's
    office" at the UN, "were given refuge in the U.S. embassy" by the United States; []
    when the place is no one's."""
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ == "front":  # "in front of the embassy"
                obj = next(iter(of_objects(obj)), None)
            if obj is not None and obj.lemma_.lower() in VENUE_NOUNS and (
                    owner := [r for r in resolver.resolve(obj) if r.code]):
                return owner
    return []


CRAFT_WORDS = frozenset({"airliner", "plane", "aircraft", "jet", "jetliner", "ship", "vessel",
                         "tanker", "freighter", "ferry", "boat", "trawler"})


def names_a_craft(ref: ActorRef) -> bool:
    """An aircraft or a ship named without its flag ("shot down the airliner"): whose it is
    is not the attacker's country by default."""
    words = ref.text.lower().split()
    return bool(words) and words[-1].rstrip("s") in CRAFT_WORDS


INTENT_VERBS = frozenset({"plan", "intend", "prepare", "consider", "decide", "aim", "seek",
                          "want", "hope", "expect", "mull", "weigh", "move", "vote"})
DEMAND_MODALS = frozenset({"must", "should"})
# Verbs that put forward a view: with a clause, the view is no act ("argued that ...").
OPINION_VERBS = frozenset({"argue", "contend", "opine"})


@cache
def _country_names() -> Callable[[str], str]:
    return dictionary_countries(default_actor_dictionary())


def _country_named(name: str) -> str:
    """The country the actor dictionary reads ``name`` as ("Madagascar", "Georgians"), or
    ""."""
    return _country_names()(name)


MEMBER_NOUNS = frozenset({"lawmaker", "legislator", "mp", "deputy", "senator", "member",
                          "councillor", "councilor", "judge", "minister", "official"})


LEFT_PACTS = frozenset({"treaty", "pact", "accord", "agreement", "convention", "deal"})


def leaves_a_body(verb: Token) -> bool:
    """ "Burundi became the first country to leave the International Criminal Court", "the
    United States quit the Paris agreement": a state leaving an international body or a
    treaty reduces relations (SANCTION), whatever CAMEO reads in "leave the court"."""
    if verb.lemma_.lower() not in LEAVING_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in LEFT_PACTS:
        return True
    words = [t.text for t in obj.doc[obj.left_edge.i:obj.i + 1] if t.dep_ != "det"]
    match = default_actor_dictionary().lookup(" ".join(words))
    return match is not None and match.code == "IGO"


def suspends_member(verb: Token) -> bool:
    """ "The Commonwealth suspended Fiji", "ECOWAS suspended Niger from the bloc", "the
    speaker suspended 25 opposition lawmakers": a state or people suspended from a body
    (SANCTION), not an activity suspended."""
    if verb.lemma_.lower() != "suspend":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in MEMBER_NOUNS:
        return True
    if obj is None or obj.pos_ != "PROPN":
        return False
    name = obj.doc[obj.left_edge.i:obj.i + 1]  # "Sierra Leone"; "Madagascar", tagged PERSON
    return obj.ent_type_ == "GPE" or bool(_country_named(name.text))


SUPPLY_WORDS = frozenset({"fuel", "electricity", "power", "water", "food", "medicine",
                          "supply", "delivery", "shipment", "goods", "aid", "gas"})


def withheld_from_a_place(verb: Token, heads: list[Token], actors: SentenceActors) -> bool:
    """Goods or utilities cut off from a place that is no country's own name nor a capital
    (the Gaza Strip, Jaffna, a besieged town), as against a state ("gas to Ukraine")."""
    if not any(t.lemma_.lower() in SUPPLY_WORDS for c in verb.children
               if c.dep_ in ("dobj", "nsubjpass", "prt") for t in c.subtree):
        return False
    found = [m for h in heads for t in h.subtree if (m := actors.match_at(t)) is not None
             and m.code]
    return bool(found) and all(m.place and not is_capital(m.text) for m in found)


SILENCING_VERBS = frozenset({"suspend", "ban", "block", "jam", "outlaw", "shut", "close"})


def silences_outlet(verb: Token) -> bool:
    """ "suspended the BBC and Voice of America", "banned Al Jazeera", "shut down CNN
    Turk": a news outlet the dictionary knows, taken off the air or banned, is censored
    (COERCE), whatever the verb's patterns say of other objects."""
    if verb.lemma_.lower() not in SILENCING_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return False
    listed = {t.i for c in obj.children if c.dep_ in ("conj", "cc", "appos", "punct")
              for t in c.subtree}  # "France 24 and RFI": the first name
    words = [t.text for t in obj.subtree if t.i not in listed and t.pos_ in ("PROPN", "NUM")]
    found = default_actor_dictionary().lookup(" ".join(words)) if words else None
    return found is not None and found.sector == "JRN"


RETURN_VERBS = frozenset({"return", "repatriate", "send", "push"})


def forced_return(verb: Token) -> bool:
    """ "4,000 Hmong were forcibly returned to Laos", "forcibly repatriated": people sent
    back against their will are expelled (CAMEO 174), they do not travel."""
    return verb.lemma_.lower() in RETURN_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in ("forcibly", "forcefully") for c in verb.children)


def carried_passenger(verb: Token, cameo: str) -> bool:
    """ "Mladic was flown to the Netherlands": a person carried somewhere makes no visit."""
    return cameo[:2] == "04" and verb.lemma_.lower() in ("fly", "airlift") and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() not in ARMED_UNITS for c in verb.children)


# Verbs by which a body makes a document act: "signed a decree recognising ...", "passed a
# resolution censuring Iran", "adopted a law barring UNRWA".
DECREEING_VERBS = frozenset({"sign", "issue", "pass", "adopt", "enact"})
DECREED_DOCUMENTS = DECREE_NOUNS | {"resolution", "motion"}


def decreed_act(verb: Token) -> Token | None:
    """ "signed decrees recognising the independence of Abkhazia", "issued an order
    mobilising reservists": the act the document does (its participle), which carries
    the event instead of the signing."""
    if verb.lemma_.lower() not in DECREEING_VERBS:
        return None  # withdrawing a bill, or approving one, is not doing what it says
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in DECREED_DOCUMENTS:
            return next((c for c in obj.children if c.dep_ in ("acl", "relcl")
                         and c.pos_ == "VERB"), None) or next(
                (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                 and c.i > obj.i), None)  # "signed decrees on Tuesday recognising ..."
    return None


GRIEVANCE_PREPS = frozenset({"over", "about", "against", "at"})


def complained_about(words: Iterable[Token], resolver: ActorResolver,
                     own: set[str]) -> list[ActorRef]:
    """The party a complaint is about ("complained to the UN over Israeli air raids",
    "lodged a complaint with the Security Council over Azerbaijan's blockade"): the
    accused, not the body that hears the complaint."""
    for word in words:
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in GRIEVANCE_PREPS:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            found = [r for r in resolver.sides(obj) if r.code and r.code != "IGO"
                     and r.code not in own] if obj is not None else []
            if found:
                return found
    return []


def promises_leave(verb: Token) -> bool:
    """ "will allow American forces to use the base", "would let the people choose": leave
    granted for the future, with an object and what it may do."""
    return verb.lemma_.lower() in ("allow", "let", "permit") and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children) and \
        any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


GUEST_WORDS = frozenset({"observer", "monitor", "monitoring", "peacekeeper", "peacekeeping",
                         "inspector", "inspection", "investigator", "aid", "relief",
                         "humanitarian", "cross", "crescent", "journalist", "reporter"})
ACCESS_PREPS = frozenset({"into", "onto", "to", "in", "inside", "back"})


def admits_observers(verb: Token) -> bool:
    """ "allowed a truce monitoring group onto Bougainville", "let the Red Cross visit
    political prisoners", "allowed inspectors back into Iraq": entry granted to observers,
    inspectors, aid workers or reporters, which PLOVER codes as RETREAT (access)."""
    if verb.lemma_.lower() not in ("allow", "let", "permit", "admit"):
        return False
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
    if guest is None and clause is not None:
        guest = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if guest is None or not any(t.lemma_.lower() in GUEST_WORDS for t in guest.subtree) and \
            not (clause is not None and clause.lemma_.lower() in GUEST_WORDS):
        return False  # (the parser may read "a truce monitoring group" as a clause)
    return clause is not None or any(
        c.lower_ in ACCESS_PREPS and c.dep_ in ("prep", "prt", "advmod")
        for c in (*verb.children, *guest.children))


TIME_UNITS = frozenset({"hour", "day", "week", "month"})


def _deadline_for(verb: Token) -> tuple[set[int], Token] | None:
    """For "gave X <time> to <act>": the indices of "give" and of its time phrase (the
    act's infinitive hangs on one of them) and X; None for any other verb."""
    if verb.lemma_.lower() != "give":
        return None
    deadline = [c for c in verb.children if c.lemma_.lower() in TIME_UNITS]
    deadline += [t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("until", "till")
                 for t in (c, *c.children) if t.dep_ in ("prep", "pobj")]  # "until Monday",
    # "until the end of the month to agree ..." (the act hung on "end")
    party = next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                  and c.lemma_.lower() not in TIME_UNITS), None)
    if party is None:
        return None
    if not deadline:  # "gave the officers who seized power in Niger one week to ...": the
        # parser hangs the time and the act on the relative clause
        deadline = [t for t in party.subtree if t.dep_ in ("npadvmod", "dobj")
                    and t.lemma_.lower() in TIME_UNITS and t.head.dep_ in ("relcl", "acl")
                    and not any(c.lower_ in ("ago", "earlier", "later") for c in t.children)
                    and any(a.i > t.i and a.dep_ in ("advcl", "xcomp") and has_to_infinitive(a)
                            for a in (*t.head.children, *verb.children))]
        # ("rebels entrenched in the hills 24 hours to surrender": on a participle too)
        deadline += [t.head for t in deadline]
    if not deadline:
        return None
    return {verb.i} | {t.i for t in deadline}, party


def ordered_out(verb: Token) -> str | None:
    """ "gave the U.S. ambassador 72 hours to leave the country": an expulsion, of a
    diplomat (CAMEO 166, SANCTION) or of people (174, COERCE), not a gift. Returns the
    code, or None. ("Ordered X to leave" is recoded with the other commands.)"""
    given = _deadline_for(verb)
    if given is None:
        return None
    holders, expelled = given
    leave = next((t for t in verb.subtree if t.lemma_.lower() in ("leave", "quit")
                  and t.head.i in holders and has_to_infinitive(t)), None)
    if leave is None or any(c.dep_ == "conj" and c.lemma_.lower() == "face"
                            for c in leave.children):
        return None  # "48 hours to leave Iraq or face military action": an ultimatum
    # "declared 40 diplomats undesirable and gave them five days to leave"
    expelled = earlier_object(expelled, verb) or expelled
    official = any(t.lemma_.lower() in OFFICIAL_NOUNS for t in expelled.subtree)
    return "166" if official else "174"


def deadline_given(verb: Token) -> str | None:
    """ "gave Poland's government one month to reverse the reforms": a deadline set for
    another party's act, a demand (REQUEST 100); with a penalty named ("48 hours to leave
    or face military action", "..., warning that it could use force") an ultimatum
    (THREATEN 139). Deadlines to leave a country are expulsions (:func:`ordered_out`).
    Returns the code, or None."""
    if ordered_out(verb) is not None or (act := _deadline_act(verb)) is None:
        return None
    penalty = or_penalty(act.subtree, PENALTY_VERBS) \
        or any(c.lemma_.lower() in ("warn", "threaten") for c in verb.children
               if c.dep_ in ("advcl", "conj", "xcomp")) \
        or any(c.lemma_.lower() in ("warn", "threaten") and c.tag_ == "VBG" and
               c.dep_ == "advcl" for c in act.subtree) \
        or _or_else_clause(verb)  # "..., warning that it could use force", "..., or the army
    # would impose its own road map"
    return "139" if penalty else "100"


def deadline_demand(verb: Token) -> set[int]:
    """For "gave X 48 hours to leave Iraq or face military action": the indices of what
    X must do ("leave Iraq"), less the penalty joined to it ("or face ..."); empty for
    any other verb. An ultimatum's mode is its penalty, not the act it demands."""
    act = _deadline_act(verb)
    if act is None:
        return set()
    penalty = {t.i for c in act.subtree if c.dep_ == "conj" and c.pos_ == "VERB"
               and c.lemma_.lower() in PENALTY_CLAUSE_VERBS
               for t in c.subtree}  # (the parser may hang "or face" on the act's object;
    # "to surrender or leave the country" is one demand)
    return {t.i for t in act.subtree} - penalty


def _deadline_act(verb: Token) -> Token | None:
    """For "gave X <time> to <act>": the act's infinitive verb; None for any other verb."""
    given = _deadline_for(verb)
    if given is None:
        return None
    holders, _ = given
    return next((t for t in verb.subtree if t.head.i in holders and t.pos_ == "VERB"
                 and has_to_infinitive(t)), None)


def _or_else_clause(verb: Token) -> bool:
    """ "gave Morsi 48 hours to meet the demands, or the army would impose its own road
    map": a clause joined by "or" that says what will happen otherwise."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ in ("would", "will") for a in c.children)
        for c in verb.children)


# "... or face suspension", "... or lose its landing rights", "... or risk sanctions", "... or
# share in their fate"
PENALTY_VERBS = frozenset({"face", "lose", "risk", "suffer", "incur", "forfeit", "share",
                           "bear"})
PENALTY_CLAUSE_VERBS = PENALTY_VERBS | {"be"}  # "... or be expelled"


def or_penalty(tokens: Iterable[Token], lemmas: frozenset[str]) -> bool:
    """One of ``tokens`` is a penalty joined by "or" ("... to leave or face deportation")."""
    return any(t.dep_ == "conj" and t.lemma_.lower() in lemmas and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in t.head.children) for t in tokens)


def asks_to_act(verb: Token) -> bool:
    """ "asked Australia to lead an intervention force", "called on Chile to open talks",
    "told Assad to step down": a request of the party asked, whatever it asks for (not
    "asked about", "asked for comment", which are questions)."""
    lemma = verb.lemma_.lower()
    asked = (lemma in ("ask", "tell") and any(c.dep_ == "dobj" for c in verb.children)) or (
        lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                for c in verb.children))  # "called on Chile to open talks"
    return asked and any(c.dep_ in ("xcomp", "advcl") and has_to_infinitive(c)
                         for c in verb.children)


def is_intent_verb(tok: Token) -> bool:
    """ "plans to withdraw", "voted on Tuesday to withdraw": a verb of intent with its
    infinitive (which the parser may hang as a purpose clause after a time phrase)."""
    children = list(tok.children)
    return tok.lemma_.lower() in INTENT_VERBS and any(
        c.dep_ == "xcomp" or c.dep_ == "advcl" and c.i > tok.i and has_to_infinitive(c)
        and not any(o.dep_ == "dobj" for o in children)  # ("moved brigades to prepare")
        for c in children)


MESSAGE_NOUNS = frozenset({"reminder", "warning", "call", "demand", "message", "ultimatum",
                           "appeal", "letter", "note", "statement"})


def message_sender(verb: Token, resolver: ActorResolver) -> list[ActorRef]:
    """Who sent the message a clause belongs to: "Chirac issued a stern reminder to Iraq
    that it must cooperate" -> Chirac."""
    noun = verb.head
    if verb.dep_ not in ("ccomp", "acl") or noun.lemma_.lower() not in MESSAGE_NOUNS:
        return []
    sender = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return resolver.resolve(sender) if sender is not None else []


def message_addressee(verb: Token, resolver: ActorResolver) -> list[ActorRef]:
    """Whom the message was sent to: "issued a reminder to Iraq that ..." -> Iraq."""
    noun = verb.head
    for holder in (noun, noun.head):
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                target = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if target is not None:
                    return resolver.resolve(target)
    return []


def demands(verb: Token, speaker: list[ActorRef], actor: list[ActorRef]) -> bool:
    """True for an obligation put on someone else: "X said Y must withdraw"."""
    if not speaker or not any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS
                              for c in verb.children):
        return False
    return {a.code for a in speaker if a.code} != {a.code for a in actor if a.code}


CIVIL_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "REF", "MED", "BUS", "AGR",
                           "REB", "INS"})
OBSTRUCTION_VERBS = frozenset({"block", "blockade", "barricade", "stop", "halt", "shut",
                               "occupy", "paralyse", "paralyze", "close"})
OFFICIAL_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "inspector", "observer",
                            "monitor", "peacekeeper", "attache", "consul", "mission",
                            "d'affaires", "d'affaire", "commissioner"})  # (a high commissioner)


def civil_obstruction(verb: Token, actor: list[ActorRef], heads: Iterable[Token] = (),
                      recipient: Iterable[ActorRef] = ()) -> bool:
    """Civilians, workers or opposition blocking or stopping something protest; so does
    anyone described as protesting ("truckers protesting vaccine mandates blocked the
    bridge") or blocking in order to protest. A company stopping supplies to another
    country ("Gazprom shut off gas to Ukraine") does not protest: it embargoes."""
    own = {a.code for a in actor}
    if actor and all(a.sector == "BUS" for a in actor) and any(
            r.code and r.code not in own for r in recipient):
        return False
    protesting = any(c.dep_ == "acl" and c.lemma_.lower() in DEMONSTRATION_VERBS
                     for h in heads for c in h.children) or any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DEMONSTRATION_VERBS
        and has_to_infinitive(c) for c in verb.children)  # "blocked roads to protest"
    return verb.lemma_.lower() in OBSTRUCTION_VERBS and (protesting or any(
        a.sector in CIVIL_SECTORS for a in actor) or crowd_subject(verb)) and not any(
        a.code in ("IGO", "NGO") for a in actor)  # a bloc closing borders sanctions


CIVIL_CROWD = frozenset({"protester", "demonstrator", "rioter", "student", "supporter",
                         "crowd", "mob", "activist", "marcher", "worker", "looter",
                         "youth"})


PROPERTY_VERBS = frozenset({"ransack", "loot", "torch", "vandalise", "vandalize", "trash",
                            "deface", "smash"})


def civil_riot(actor: list[ActorRef], recipient: list[ActorRef], heads: list[Token],
               verb: Token | None = None) -> bool:
    """Civilians or opposition using force against property or the state, not people:
    a riot (PROTEST), as the PLOVER manual codes violent protest. Ransacking or looting
    is against property whoever owns it ("ransacked an army commander's residence")."""
    if any(a.sector in ARMED_SECTORS for a in actor):
        return False  # "clashes between police and protesters": two-sided fighting
    against_people = any(r.sector in ("CVL", "OPP", "REB", "MIL") for r in recipient)
    if verb is not None and _in_protests(verb):  # "Tibetans set fire to shops in protests"
        return not against_people
    if heads and all(h.tag_ in ("NN", "NNP") and h.lemma_.lower() not in ("crowd", "mob")
                     and not of_objects(h) for h in heads):
        return False  # "shot dead by a Jewish law student": one person's attack, no riot
    # a crowd also when counted: "thousands of students hurled firebombs at riot police"
    civil = any(a.sector in ("CVL", "OPP") for a in actor) or any(
        h.lemma_.lower() in CIVIL_CROWD for h in heads) or any(
        o.lemma_.lower() in CIVIL_CROWD for h in heads for o in of_objects(h))
    if civil and verb is not None and verb.lemma_.lower() in PROPERTY_VERBS:
        return True
    return civil and not against_people


PROTEST_SETTINGS = frozenset({"protest", "demonstration", "riot", "rioting", "unrest"})


def _in_protests(verb: Token) -> bool:
    """The act was done "in", "during" or "amid" protests or riots."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "amid") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in PROTEST_SETTINGS for o in c.children)
        for c in verb.children)


GREETING_VERBS = frozenset({"welcome", "greet"})
VISITOR_TITLES = frozenset({"president", "minister", "premier", "chancellor", "king", "queen",
                            "pope", "emir", "sheikh", "prince", "envoy", "ambassador",
                            "delegation", "leader", "counterpart", "secretary"})


def greets_visitor(verb: Token) -> bool:
    """ "Maduro was welcomed by Lula at the Planalto Palace", "Castro greeted the Pope at
    the airport": a person welcomed is a visit hosted (CONSULT), not praise of a move."""
    if verb.lemma_.lower() not in GREETING_VERBS:
        return False
    patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    return patient is not None and (patient.ent_type_ == "PERSON" or
                                    patient.lemma_.lower() in VISITOR_TITLES)


SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "redeploy", "airlift", "fly"})
MISSION_WORDS = frozenset({"peacekeeping", "peacekeeper", "mission", "stabilisation",
                           "stabilization"})
HELP_VERBS = frozenset({"help", "assist", "support", "aid", "protect", "defend", "bolster",
                        "shore", "back", "quell", "crush", "restore", "reinforce"})


def forces_flown(verb: Token) -> bool:
    """ "France flew 300 paratroopers into Bangui": forces moved by air, a deployment
    (which sent_to_help may make AID), not a visit."""
    return verb.lemma_.lower() in ("fly", "airlift") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ARMED_UNITS for c in verb.children)


DEBT_NOUNS = frozenset({"debt", "debts", "loan", "loans", "obligation", "obligations",
                        "arrears"})


def agrees_to_debt_relief(verb: Token) -> bool:
    """ "The Paris Club agreed to cancel 90 percent of Nicaragua's debt": the manual codes
    debt forgiveness as AID, so the agreeing gives way to the cancelling."""
    return verb.lemma_.lower() in ("agree", "decide", "vote") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("cancel", "forgive", "write", "waive")
        and any(t.lower_ in DEBT_NOUNS for t in c.subtree) for c in verb.children)


ADVISER_NOUNS = frozenset({"trainer", "instructor", "adviser", "advisor"})


def going_home(verb: Token) -> bool:
    """ "flew home", "flew out of Luanda", "sailed back to Sevastopol": leaving, not
    arriving."""
    return any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj")
               or c.lower_ in ("out", "back") and c.dep_ in ("prt", "prep", "advmod")
               for c in verb.children)


def sent_to_help(verb: Token, actor: list[ActorRef], recipient: list[ActorRef]) -> bool:
    """Forces sent to another country to help it ("deployed 1,000 troops to Bunia to help
    protect civilians", "sending soldiers to Mozambique ... to help fight an insurgency",
    "sending military trainers to Ukraine"): PLOVER codes sending troops to help another
    state as AID, not MOBILIZE. Without a coded recipient yet, the help must name a
    foreign party ("to help Georgia's army"). Forces arriving as part of a force sent
    that way are that help ("paratroopers arrived in Kazakhstan as part of a force sent
    at President Tokayev's request"), as are forces arriving to help ("arrived in Uganda
    to help government forces hunt down the LRA")."""
    own = {a.code for a in actor if a.code}
    if not own:
        return False
    if verb.lemma_.lower() in ("arrive", "land") and arrives_to_help(verb) and not any(
            r.code in own for r in recipient if r.code):
        return True
    if verb.lemma_.lower() not in SENDING_VERBS:
        verb = next((t for t in verb.subtree if t.dep_ in ("acl", "relcl")
                     and t.lemma_.lower() in SENDING_VERBS), verb)
    if verb.lemma_.lower() not in SENDING_VERBS:
        return False
    helps = _helps(verb)
    if any(r.code for r in recipient):
        if not any(r.code and r.code not in own for r in recipient):
            return False  # not "massed troops on the border ... to support separatists"
        advisers = any(c.dep_ == "dobj" and c.lemma_.lower() in ADVISER_NOUNS
                       for c in verb.children)
        return advisers or bool(helps) or _at_request(verb)
    return any(t.ent_type_ in ("GPE", "NORP") for h in helps for t in h.subtree) or any(
        t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN"
        for r in _requests(verb) for t in r.subtree)  # "at President Tokayev's request"


def _helps(verb: Token) -> list[Token]:
    """The infinitives of helping under ``verb`` ("to help protect civilians")."""
    return [tok for tok in verb.subtree if tok.lemma_.lower() in HELP_VERBS
            and tok.pos_ == "VERB" and has_to_infinitive(tok)]


def arrives_to_help(verb: Token) -> bool:
    """Forces arriving to help ("arrived in Uganda to help government forces hunt down the
    LRA"), or on a mission ("soldiers of a West African peacekeeping force landed",
    "landed in Port-au-Prince to lead a UN-backed multinational force")."""
    subject, _ = subject_of(verb)
    purposes = [t for c in verb.children if c.dep_ in ("advcl", "xcomp")
                and has_to_infinitive(c) for t in c.subtree]
    return any(h.head.i == verb.i for h in _helps(verb)) or any(
        t.lemma_.lower() in MISSION_WORDS | {"force"} for t in purposes) or any(
        t.lemma_.lower() in MISSION_WORDS
        for t in (subject.subtree if subject is not None else ())) or _under_defence_pact(verb)


PACT_KINDS = frozenset({"defence", "defense", "security", "military"})


def _under_defence_pact(verb: Token) -> bool:
    """ "troops arrived in Doha under a defence pact with Qatar": forces the host invited
    by treaty, its protection (AID)."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in {"pact", "agreement", "accord", "treaty"}
        and any(m.lemma_.lower() in PACT_KINDS for m in o.children
                if m.dep_ in ("compound", "amod")) for o in c.children)
        for c in verb.children)


REQUEST_NOUNS = frozenset({"request", "invitation", "behest", "appeal", "plea", "call"})


def _requests(verb: Token) -> list[Token]:
    """The request in "at the request of X", "at X's request" or "in response to an appeal
    from X" under ``verb``."""
    at = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
          for o in p.children
          if o.dep_ == "pobj" and o.lemma_.lower() in ("request", "invitation", "behest")]
    answered = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                for r in p.children if r.dep_ == "pobj" and r.lemma_.lower() == "response"
                for to in r.children if to.dep_ == "prep" and to.lower_ == "to"
                for o in to.children if o.dep_ == "pobj" and o.lemma_.lower() in REQUEST_NOUNS]
    return at + answered


def _at_request(verb: Token) -> bool:
    """ "sent troops into Lesotho at the request of its prime minister": invited help."""
    return bool(_requests(verb))


def joint_exercise(trig: Trigger, actor: list[ActorRef], recipient: list[ActorRef]) -> bool:
    """Drills held by two or more countries together ("the French and Indian navies began
    their annual Varuna exercise", "drills with Egypt"): military cooperation (CAMEO
    062), not a show of force by one side."""
    if not trig.cameo.startswith("152"):
        return False
    if not trig.nominal:  # "Russia and Belarus staged joint exercises near the border"
        return len({a.code for a in actor if a.code}) >= 2 or any(
            m.lower_ == "joint" for o in trig.token.children if o.dep_ == "dobj"
            for m in o.children)
    countries = {a.code for a in actor + recipient if a.code}
    return len(countries) >= 2


STATE_VERBS = frozenset({"be", "remain", "stay"})


def purpose_of_a_state(verb: Token) -> bool:
    """The verb says what someone is somewhere for ("5,000 US troops are in Iraq to train
    Iraqi forces and fight the Islamic State"): background, not an event."""
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node.dep_ == "advcl" and node.head.lemma_.lower() in STATE_VERBS and \
        has_to_infinitive(node)


def object_is_official(verb: Token) -> bool:
    """The one acted on is an official: "expelled two diplomats", "diplomats were ordered
    out", "ordered French ambassador Sylvain Itte to leave" (the title before a name),
    "expelled India's high commissioner and five other diplomats" (one of a list)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [j for c in objects for j in c.conjuncts]
    return any(t.lemma_.lower() in OFFICIAL_NOUNS for c in objects for t in c.subtree
               if t.i == c.i or t.i < c.i and t.dep_ == "compound")


MEMBER_BODIES = frozenset({"party", "organisation", "organization", "movement", "league",
                           "union", "bloc", "alliance", "group", "parliament", "assembly",
                           "congress", "chamber", "senate", "caucus", "coalition", "body",
                           "association", "federation", "council", "club", "ranks"})


# Members of a party or a house (officials ordered out of a country are another matter).
ELECTED_MEMBERS = MEMBER_NOUNS - {"official", "minister", "judge"}


def expels_member(verb: Token) -> bool:
    """An expulsion from a body, not from a country: "expelled Mujuru from the party",
    "the ANC expelled its former youth leader", "expelled an opposition lawmaker"
    (PLOVER SANCTION expel)."""
    if any(p.dep_ == "prep" and p.lower_ == "from" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in MEMBER_BODIES for o in p.children)
            for p in verb.children):
        return True
    return any(c.dep_ == "dobj" and (
        c.lemma_.lower() in ELECTED_MEMBERS or any(  # "expelled opposition lawmaker X"
            m.dep_ == "compound" and m.lemma_.lower() in ELECTED_MEMBERS for m in c.children)
        or any(p.dep_ == "poss" and p.lower_ == "its" for p in c.subtree if p.i < c.i))
        for c in verb.children)


def hosts_forces(verb: Token) -> bool:
    """ "a base that hosts US-led coalition troops", "Germany hosts 35,000 American
    troops": where forces are stationed, a standing fact, not a visit hosted."""
    return verb.lemma_.lower() in ("host", "house") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ARMED_UNITS | {"personnel", "base"}
        for c in verb.children)


def no_one_hurt(verb: Token) -> bool:
    """ "No Americans were harmed in Iran's missile attack", "nobody was hurt": no harm
    done, so the harm is no event; an attack it names is coded from its noun."""
    if verb.lemma_.lower() not in HEADLINE_PASSIVES:
        return False
    victim = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return victim is not None and (victim.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in victim.children))


def body_expels_state(actor: Iterable[ActorRef], recipient: Iterable[ActorRef]) -> bool:
    """An international body expels a state ("the Council of Europe expelled Russia"): a
    member expelled, since a body deports no one."""
    actor, recipient = list(actor), list(recipient)
    return bool(actor) and all(a.code == "IGO" for a in actor) and bool(recipient) and all(
        len(r.code) == 3 and r.code not in ("IGO", "NGO") and not r.sector for r in recipient)


def lifts_member_suspension(verb: Token, actor: Iterable[ActorRef],
                            recipient: Iterable[ActorRef]) -> bool:
    """A bloc ending a member state's suspension readmits it ("the African Union lifted
    Gabon's suspension"), which the manual codes SUPPORT; ending the suspension of a
    broadcaster, a service or aid ("its suspension of aid to Niger") is a concession."""
    if not any(a.code == "IGO" for a in actor) or not any(
            r.code and r.code != "IGO" and not r.sector for r in recipient):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "suspension" and any(
        o.pos_ == "PROPN" for o in [*c.children, *of_objects(c)]
        if o.dep_ in ("poss", "pobj")) for c in verb.children)


FLIGHT_CAUSES = frozenset({"offensive", "attack", "attacks", "fighting", "assault",
                           "bombardment", "shelling", "violence", "crackdown", "advance",
                           "airstrike", "airstrikes", "raid", "raids", "campaign"})


def flight_cause(verb: Token) -> Token | None:
    """Who drove people to flee: "villagers fled into Thailand to escape an offensive by
    the Burmese army", "Armenians fled Nagorno-Karabakh after Azerbaijan's offensive". The
    PLOVER manual codes such flight as SANCTION 'expel' by the causative agent. Returns
    the agent's head, or None when the sentence names none."""
    if verb.lemma_.lower() != "flee" or verb.pos_ != "VERB":
        return None
    causes = [o for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in (
        "escape", "avoid") for o in c.children if o.dep_ == "dobj"]
    causes += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in (
        "from", "since", "after", "amid") for o in c.children if o.dep_ == "pobj"]
    for cause in causes:
        if cause.lemma_.lower() not in FLIGHT_CAUSES and cause.lower_ not in FLIGHT_CAUSES:
            continue
        for node in (cause, cause.head):  # "an offensive by X", "escape ... by X" (parser)
            for child in node.children:
                if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                    return next((o for o in child.children if o.dep_ == "pobj"), None)
        poss = next((c for c in cause.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
    return None


def expelled_from(verb: Token) -> Token | None:
    """The country someone is ordered out of: "ordered out of Britain", "expelled from
    Russia"."""
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt")):
        if prep.lower_ == "from" or (prep.lower_ == "out" and any(
                g.lower_ == "of" for g in prep.children)):
            inner = next((g for g in prep.children if g.lower_ == "of"), prep)
            return next((o for o in inner.children if o.dep_ == "pobj"), None)
    return None


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") for c in verb.children)


SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})


ANAPHORIC_BODIES = frozenset({"group", "movement", "organisation", "organization", "militia",
                              "faction"})


def refers_back(subject: Token) -> bool:
    """"the group", "the movement": a body named again without its name ("a Hamas spokesman
    said the group fired rockets"), which stands for the speaker's side like a pronoun."""
    return subject.lemma_.lower() in ANAPHORIC_BODIES and \
        [c.dep_ for c in subject.children] == ["det"] and \
        next(subject.children).lower_ == "the"


BLAMED_CATEGORIES = frozenset({"ASSAULT", "COERCE"})


def _blamed_head(verb: Token) -> Token | None:
    """Whom a blame verb points at: "blamed X (for ...)", "blaming ... on X", "accusing X
    of ...", "X claimed responsibility"."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "blame":
        on = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "on"), None)
        if on is not None:
            return next((c for c in on.children if c.dep_ == "pobj"), None)
        return next((c for c in kids if c.dep_ == "dobj"), None)
    if lemma == "accuse" and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return next((c for c in kids if c.dep_ == "dobj"), None)
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in
                                ("responsibility", "credit") for c in kids):
        return next((c for c in kids if c.dep_ == "nsubj"), None)
    return None


def blamed_party(head: Token, resolver: ActorResolver) -> list[ActorRef]:
    """The party a sentence blames for the event it reports: "Bombs struck a camp, and
    the army blamed M23 rebels", "..., the ministry said, blaming the militia",
    "...; Islamic State later claimed responsibility". The gold standard codes the blamed
    party as the source when the sentence names no other."""
    for tok in head.sent:
        if tok.i == head.i or tok.pos_ != "VERB":
            continue
        target = _blamed_head(tok)
        if target is None or target.i == head.i or target.lower_ in SPEAKER_PRONOUNS:
            continue
        refs = [r for r in resolver.resolve(target) if r.code]
        if refs:
            return refs
    return []


CONDITION_MARKS = frozenset({"if", "unless"})
# The marks of a statement's conditions, which are not its event ("would accept the plan
# once Addis Ababa pulled back", "would not sit in government until the IRA began handing
# over its weapons").
CONDITION_MARKERS = CONDITION_MARKS | {"once", "provided", "providing", "until"}


THREAT_CONTENT_DEPS = frozenset({"dobj", "pobj", "dative", "nsubjpass", "poss"})


def threatened_party(head: Token, own: set[str], resolver: ActorResolver) -> list[ActorRef]:
    """Whom a threat or a refusal is aimed at when the parser gives only the actor's own
    side: the one warned ("warned India that Pakistanis were ready to ..."), else the first
    other side named in what is threatened or refused ("Iraq would make fire eat up half
    of Israel", "ruled out any summit with Japan's prime minister"); [] when none."""
    warner = next((g for g in [head, *head.ancestors] if g.lemma_.lower() in WARNING_VERBS),
                  None)
    if warner is not None:
        for c in warner.children:
            if c.dep_ in ("dobj", "dative") and (
                    refs := [r for r in resolver.resolve(c) if r.code and r.code not in own]):
                return refs
    for tok in head.subtree:
        if tok.dep_ not in THREAT_CONTENT_DEPS or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            continue  # "extradited to the United States", "talks in Tokyo": a place
        if any(a.dep_ in ("relcl", "acl", "advcl") for a in tok.ancestors
               if a.i != head.i and head in a.ancestors):
            continue  # "for Katumbi, who has been in South Africa": a side clause
        refs = [r for r in resolver.resolve(tok)
                if r.code and r.code not in own and r.code not in NON_STATE_CODES]
        if refs:
            return refs
    return []


PLACE_PREPS = frozenset({"to", "in", "at", "from", "across", "near", "into", "inside",
                         "through", "via", "toward", "towards"})


def conditioned_on(head: Token, actor: list[ActorRef],
                   resolver: ActorResolver) -> list[ActorRef]:
    """The side a threat, offer or refusal is aimed at when the sentence names it only in
    its condition ("warned of a horrible disaster if South Korea flew another drone",
    "would return to the talks if Washington lifted the sanctions", "refused to sign
    unless Ankara opened the border"); [] when none."""
    own = {a.code for a in actor if a.code}
    for tok in head.sent:
        if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                          for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        named = resolver.resolve(subject)
        refs = [r for r in named if r.code and r.code not in own]
        if refs:
            return refs
        if not any(a.sector in HOME_SECTORS for a in actor) and (
                state := [r for r in named if r.code in own and r.sector in
                          HOME_SECTORS]):
            return state  # "... unless President Tinubu's government reverses it": the
            # unions' own government
        home = next((a.code for a in actor if a.code), "")
        if home and (state := [r for r in named if not r.code and r.sector in
                               HOME_SECTORS]):
            # "... a national strike unless the government reversed it", "... resume their
            # armed struggle if the army did not halt ...": its own state
            return [replace(r, code=home) for r in state]
    return []


MEETING_NOUNS = frozenset({"talk", "summit", "meeting", "negotiation", "negotiate", "meet"})


def meeting_partner(head: Token, own: set[str], resolver: ActorResolver) -> list[ActorRef]:
    """The party whose talks with the actor a commitment or refusal came from, when the
    sentence names no other: "pledged to work toward denuclearisation at his summit with
    President Trump", "agreed to suspend enrichment after talks with the foreign ministers
    of Britain, France and Germany"; [] when none."""
    for tok in head.sent:
        if tok.lemma_.lower() not in MEETING_NOUNS:
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for partner in (c for c in prep.children if c.dep_ == "pobj"):
                refs = [r for r in resolver.resolve(partner) if r.code and r.code not in own]
                if refs:
                    return refs
    return []


TRANSFER_VERBS = frozenset({"extradite", "transfer", "repatriate", "hand", "surrender", "turn",
                            "deliver"})


def transfer_destination(verb: Token, actor: list[ActorRef],
                         resolver: ActorResolver) -> list[ActorRef]:
    """The state a suspect is extradited or transferred to ("Italy extradited a Ukrainian
    man to Germany"): the side the cooperation is with, not the person's country."""
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        return []
    own = {a.code for a in actor if a.code}
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree}
    for prep in verb.subtree:  # also where the parser hangs it on the object's clause
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i not in subject:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            refs = [r for r in resolver.resolve(obj) if r.code and r.code not in own] \
                if obj is not None else []
            if refs:
                return refs
    return []


NEAR_PREPS = frozenset({"near", "around", "along", "off", "toward", "towards", "on"})


def closed_to(head: Token, actor: list[ActorRef], country_of: Callable[[Token], str]) -> str:
    """The foreign country a port, border or airspace is closed to, named in the verb's "to"
    phrase ("closed its port of Thessaloniki to all goods bound for Macedonia", "closed its
    airspace to Ukrainian airlines")."""
    own = {a.code for a in actor if a.code}
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for tok in prep.subtree:
                if (code := country_of(tok)) and code not in own:
                    return code
    return ""


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
RIVALRY_NOUNS = frozenset({"tension", "row", "dispute", "standoff", "stand-off", "feud",
                           "confrontation", "spat", "rivalry"})
SIGNAL_NOUNS = frozenset({"message", "warning", "signal"})
HOSTILITY_NOUNS = frozenset({"threat", "aggression", "provocation", "incursion"})


def _rival_named(head: Token, foreign: Callable[[Iterable[Token]], str]) -> str:
    """The foreign party a sentence names as the rival a move answers: "as tensions rose
    with Kosovo", "amid a row with Turkey", "a clear message to Iran", "in response to
    U.S. threats"."""
    for tok in head.sent:
        lemma = tok.lemma_.lower()
        if lemma in RIVALRY_NOUNS | SIGNAL_NOUNS:
            preps = ("with",) if lemma in RIVALRY_NOUNS else ("to",)
            # "tensions rose with X", "called it a message to X": the parse may hang the
            # phrase on the verb
            holders = [tok, tok.head] if tok.dep_ in ("nsubj", "oprd", "dobj") else [tok]
            code = foreign(o for h in holders for p in h.children
                           if p.dep_ == "prep" and p.lower_ in preps
                           for o in p.subtree if o.i > p.i)
        elif lemma in HOSTILITY_NOUNS:
            code = foreign(c for c in tok.children if c.dep_ in ("amod", "compound", "poss"))
        else:
            continue
        if code:
            return code
    return ""


def sent_to_region(pattern_tokens: Iterable[Token], location: Location | None) -> bool:
    """Arms a pattern sends "to" a place that is no state ("sending the aircraft carrier
    to the Middle East"): the sender deploys them, whoever it answers."""
    if location is None or location.span is None or location.country:
        return False
    inside = range(location.span.start, location.span.end)  # characters in the sentence
    return any(t.lower_ in ("to", "into") and any(
        c.dep_ == "pobj" and c.idx - c.sent.start_char in inside for c in t.children)
        for t in pattern_tokens)


def massed_against(head: Token, actor: list[ActorRef],
                   country_of: Callable[[Token], str]) -> str:
    """The foreign country forces are massed or drilled against, named only by where they
    are ("massed troops near its border with Ukraine", "launched drills around Taiwan",
    "along the Peruvian border") or by the move they answer ("rushed soldiers to the
    temple after Thai troops crossed into disputed land")."""
    own = {a.code for a in actor if a.code}

    def foreign(tokens: Iterable[Token]) -> str:
        return next((code for t in tokens if (code := country_of(t)) and code not in own), "")

    for tok in head.subtree:
        if tok.lemma_.lower() in BORDER_NOUNS and (code := foreign(
                c for c in tok.children if c.dep_ in ("amod", "compound", "poss"))):
            return code  # "put its troops along the Peruvian border on alert"
        if tok.dep_ != "pobj":
            continue
        prep = tok.head
        near = prep.lower_ in NEAR_PREPS and tok.pos_ == "PROPN" and prep.head.i in {
            head.i, *(c.i for c in head.children if c.dep_ == "dobj")}
        border = prep.lower_ == "with" and prep.head.lemma_.lower() in BORDER_NOUNS
        # "near its border with Moldova's breakaway Transnistria": the named or owning state
        if (near and (code := foreign([tok]))) or (border and (code := foreign(tok.subtree))):
            return code
    if code := _rival_named(head, foreign):
        return code
    for clause in head.children:  # "... after Thai troops crossed into disputed land"
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "as")
                                          for m in clause.children):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is not None and (code := foreign(
                    t for t in subject.subtree if t.i <= subject.i)):
                return code
    return ""


TRANSNATIONAL_GROUPS = frozenset({"IMG"})


def place_armed_groups(category: str, refs: list[ActorRef], location: Location | None) -> None:
    """Transnational armed groups (Islamic State, al-Qaeda's affiliates: code IMG) take
    the country where they attack, as the gold standard codes armed groups by where they
    operate ("an Islamic State suicide bomber struck crowds outside Kabul airport"); armed
    groups the dictionaries code only by a world region (Phoenix's WAF, MEA, SAS, INT ...)
    take the country where they act, whatever the act ("RUF fighters handed in their
    weapons in Makeni")."""
    if location is None or not location.country:
        return
    countries = default_actor_dictionary().countries
    for ref in refs:
        if ref.code in TRANSNATIONAL_GROUPS and category in ("ASSAULT", "COERCE") or (
                ref.code and ref.code not in countries and ref.code not in NON_STATE_CODES
                and ref.sector in ("REB", "UAF", "INS")):
            ref.code = location.country


PATIENT_CATEGORIES = frozenset({"ACCUSE", "REJECT", "COERCE", "SANCTION", "ASSAULT",
                                "REQUEST", "THREATEN"})


def domestic_patient(category: str, head: Token, actor: list[ActorRef],
                     location: Location | None) -> str:
    """The country of an act's unnamed object: "Serbian prosecutors charged 13 people",
    "the Zambian president reneged on his commitment", "troops executed 500 people in
    Moura". The place's country when the sentence names one, else the actor's own (for an
    attack or threat with no place named, only when the actor is a domestic institution);
    "" when the act has
    no object or the actor no country."""
    if category not in PATIENT_CATEGORIES:
        return ""
    home = next((a.code for a in actor if a.code), "")
    if not home or home in ("IGO", "NGO", "IMG"):
        return ""
    if not any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and any(
            g.dep_ == "pobj" for g in c.children)) for c in head.children):
        return ""
    if location is not None and location.country:
        return location.country
    if location is not None and category in CROSS_BORDER:
        return ""  # a place the gazetteer does not know: maybe abroad
    if location is None and category in CROSS_BORDER and \
            not any(a.sector in DOMESTIC_STATE for a in actor):
        return ""  # "Russian forces shelled a kindergarten": not on Russia
    return home


CROSS_BORDER = frozenset({"ASSAULT", "THREATEN"})
"""Acts an army or armed group often aims abroad: when the sentence names no place at all,
their unnamed object is not taken to be of the actor's own country unless the actor is a
domestic institution (police, courts, government). A named place the gazetteer cannot
place ("a village of Tigray") is more often home ground, so there the rule still holds."""


AUTHOR_CATEGORIES = frozenset({"ASSAULT", "PROTEST", "COERCE"})


def domestic_author(category: str, actor: list[ActorRef], recipient: list[ActorRef],
                    location: Location | None) -> str:
    """The country of an attack's or protest's unnamed author, as the gold standard codes
    it: the place's country ("a roadside bombing near Samarra" -> IRQ, "millions joined a
    general strike across Myanmar" -> MMR); for a named but uncoded armed or civil group
    with no place, the country of the state forces it fights ("jihadists ambushed a
    Nigerien army convoy" -> NER). "" when nothing says."""
    if category not in AUTHOR_CATEGORIES:
        return ""
    if location is not None and location.country:
        return location.country
    if any(a.sector for a in actor):
        return next((r.code for r in recipient if r.code and r.sector in HOME_SECTORS), "")
    return ""


ASPECTUAL_VERBS = frozenset({"begin", "start", "continue", "resume", "keep", "finish", "complete"})


def is_aspectual(verb: Token) -> bool:
    """ "began moving weapons", "continued shelling", "finished delivering missiles": the
    governed verb is the event."""
    clause = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return verb.lemma_.lower() in ASPECTUAL_VERBS and clause is not None and not any(
        c.dep_ == "dobj" and c.i < clause.i for c in verb.children)  # "began a strike to
    # press the king to ...": the infinitive after the object is a purpose


RALLYING_VERBS = frozenset({"call", "urge", "appeal", "exhort", "summon"})
OWN_SIDE_NOUNS = frozenset({"supporter", "follower", "loyalist", "member", "sympathiser",
                            "sympathizer", "activist"})
# What the own side is called to do, and the CAMEO code of the protest it makes.
CALLED_PROTESTS = {"rally": "141", "protest": "141", "march": "141", "demonstrate": "141",
                   "strike": "143", "boycott": "1431"}
STAGED_PROTESTS = {"protest": "141", "protests": "141", "rally": "141", "rallies": "141",
                   "march": "141", "demonstration": "141", "demonstrations": "141",
                   "strike": "143", "strikes": "143", "sit-in": "141", "boycott": "1431"}


def protest_called(verb: Token) -> tuple[Token, str] | None:
    """ "Machado called on supporters to rally in every city", "Odinga urged his supporters
    to stage nationwide protests": a leader calling out their own side makes a protest
    (planned), not a demand of anyone. Returns the called clause and the protest's CAMEO
    code."""
    if verb.lemma_.lower() not in RALLYING_VERBS:
        return None
    sides = [c for c in verb.children if c.dep_ == "dobj"]
    sides += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
              for o in c.children if o.dep_ == "pobj"]
    if not any(s.lemma_.lower() in OWN_SIDE_NOUNS for s in sides):
        return None
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and has_to_infinitive(c)]
    clauses += [c for s in sides for c in s.children if c.dep_ in ("acl", "relcl")
                and has_to_infinitive(c)]  # ("called on supporters to rally", parsed on them)
    clauses += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                for o in c.children if o.dep_ == "pobj" and o.pos_ == "VERB"]  # "to march"
    for clause in clauses:
        if (code := CALLED_PROTESTS.get(clause.lemma_.lower())) is not None:
            return clause, code
        if clause.lemma_.lower() in ("stage", "hold", "join", "launch", "mount"):
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            for obj in [*objects, *(c for o in objects for c in o.conjuncts)]:
                if (code := STAGED_PROTESTS.get(obj.lower_)) is not None:
                    return clause, code
    return None


def no_longer(verb: Token) -> bool:
    """ "would no longer cooperate with the inspectors", "will not abide by the limits any
    longer": an end to cooperation, declared."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "longer" and (
                negated or any(g.lower_ in ("no", "not") for g in c.children)):
            return True
        if c.dep_ == "advmod" and c.lower_ == "anymore" and negated:
            return True
    return False


# What "no longer" turns into a refusal: the cooperative categories of what is ended.
ENDED_COOPERATION = frozenset({"AGREE", "COOPERATE", "CONCEDE", "CONSULT", "SUPPORT"})


RULING_VERBS = frozenset({"govern", "rule", "lead", "run", "administer", "dominate"})


def ruled_for_a_period(verb: Token) -> bool:
    """ "Portugal governed Macau for more than four centuries", "ruled it for two decades":
    a span of history, not an event."""
    return verb.lemma_.lower() in RULING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            t.ent_type_ == "DATE" for t in c.subtree if t.i != c.i)
        for c in verb.children)


ILLNESS_NOUNS = frozenset({"cancer", "illness", "disease", "causes", "complications",
                           "stroke", "pneumonia", "failure", "covid", "covid-19", "age",
                           "infection", "ailment", "condition"})


def natural_death(verb: Token) -> bool:
    """ "died in a London hospital at the age of 77", "died of cancer", "died aged 91": an
    obituary, not a killing."""
    if verb.lemma_.lower() not in ("die", "pass"):
        return False
    for child in verb.children:
        if child.lower_ == "aged":
            return True
        if child.dep_ == "prep" and child.lower_ in ("at", "of", "from", "after") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ILLNESS_NOUNS for g in child.children):
            return True
    return False


def biography_of_the_dead(verb: Token) -> bool:
    """A relative clause on someone who died ("Julius Nyerere, who led Tanzania to
    independence, died in a London hospital"): an obituary's biography, not news."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass") and \
        verb.head.head.lemma_.lower() in ("die", "pass")


def arrest_in_absentia(*tokens: Token) -> bool:
    """An arrest ordered "in absentia" (of someone out of reach): the PLOVER manual codes
    it as a threat of arrest (THREATEN arrest), not an arrest. True when "in absentia"
    qualifies one of ``tokens`` (the arrest noun or verb, or the verb ordering it)."""
    for tok in tokens:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and any(
                    c.lower_ == "absentia" for c in prep.children):
                return True
            if prep.lower_ == "absentia":  # parsed as an adverb or a noun modifier
                return True
    return False


REFUSAL_VERBS = frozenset({"refuse", "decline"})


def rules_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def keeps_option_open(verb: Token) -> bool:
    """ "refused to rule out using military force", "would not rule out military action":
    the option kept open is a threat (THREATEN), not a rejection. True for the verb that
    carries the threat: the refusal, or a negated "rule out"."""
    if verb.lemma_.lower() in REFUSAL_VERBS:
        return any(c.dep_ == "xcomp" and rules_out(c) for c in verb.children)
    return rules_out(verb) and any(c.dep_ == "neg" for c in verb.children)


def option_kept_open_by(verb: Token) -> bool:
    """The "rule out" of "refused to rule out": its refusal carries the event."""
    return rules_out(verb) and verb.dep_ == "xcomp" and \
        verb.head.lemma_.lower() in REFUSAL_VERBS


DELIBERATION_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "debate",
                                "discuss"})


def in_preparation(verb: Token) -> bool:
    """The act is being prepared ("the government is preparing to ban the party", "are
    drawing up plans to halt trade"): a plan under way, reported, not announced to anyone."""
    node = verb.head if verb.dep_ == "xcomp" else None
    if node is not None and node.dep_ == "acl" and node.head.lemma_.lower() == "plan":
        node = node.head.head  # "drawing up plans to halt": the verb holding the plans
    return node is not None and node.tag_ == "VBG" and node.lemma_.lower() in (
        "prepare", "draw") and any(c.dep_ == "aux" and c.lemma_ == "be" for c in node.children)


def deliberates(verb: Token) -> bool:
    """ "is considering cutting its aid", "is weighing sanctions": the act deliberated is
    the event, and only hypothetical (the factuality cues make it so), not a threat, as
    CAMEO's CONSIDER patterns code it."""
    return verb.lemma_.lower() in DELIBERATION_VERBS and verb.tag_ in ("VBG", "VBZ", "VBP") \
        and any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children)


CROWD_VERBS = frozenset({"rally", "gather", "pour", "converge", "flock", "throng",
                         "assemble", "swarm", "flood", "fill", "pack", "mass", "camp"})
# Crowds fill squares for carnivals and matches and camp out for pilgrimages too: these
# need protesters or a protest's purpose.
STREET_VERBS = frozenset({"fill", "pack", "camp"})
PROTEST_CROWD = frozenset({"protester", "demonstrator", "marcher"})
PROTEST_PURPOSES = frozenset({"protest", "oppose", "demand", "denounce", "condemn", "reject",
                              "demonstrate", "call", "decry", "urge", "vow"})
CROWD_NOUNS = frozenset({"ten", "thousand", "hundred", "dozen", "million", "crowd", "protester",
                         "demonstrator", "people", "student", "supporter", "resident",
                         "worker", "activist", "citizen", "marcher", "mourner", "voter",
                         "follower"})
# What a crowd defies when it protests ("defied a shoot-on-sight curfew").
PROTEST_BANS = frozenset({"curfew", "ban", "emergency", "prohibition", "injunction", "order"})


def of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "of" phrases ("hundreds of students": students)."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def crowd_subject(verb: Token, nouns: frozenset[str] = CROWD_NOUNS) -> bool:
    """The verb's subject is a crowd: "tens of thousands of Palestinians gathered",
    "hundreds of thousands of Serbians poured into Belgrade", "students rallied" (with
    ``nouns``, a crowd of those: protesters)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    heads = [subject, *of_objects(subject)]
    return any(h.lemma_.lower() in nouns or (nouns is CROWD_NOUNS and _a_people(h))
               for h in heads)


def protesters_demanding(verb: Token) -> bool:
    """The demand of protesters out in the street ("protesters kept roads blocked for a
    third day, demanding that Beijing allow open nominations"): the topic of their protest,
    which is the event."""
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "..., chanting slogans and demanding ..."
    return verb.tag_ == "VBG" and node.dep_ == "advcl" and crowd_subject(node.head,
                                                                         PROTEST_CROWD)


def _a_people(noun: Token) -> bool:
    """A nation named in the plural ("Georgians", "young Kenyans"), however tagged."""
    if noun.tag_ not in ("NNS", "NNPS") or not noun.text[:1].isupper():
        return False
    return noun.ent_type_ == "NORP" or bool(_country_named(noun.text))


DEMONSTRATION_VERBS = frozenset({"protest", "demonstrate", "march", "riot"})
CROWD_ACTS = CROWD_VERBS | DEMONSTRATION_VERBS
COUNT_NOUNS = frozenset({"ten", "dozen", "hundred", "thousand", "million", "score"})


ACTIVIST_NOUNS = frozenset({"activist", "protester", "protestor", "demonstrator",
                            "campaigner"})
STUNT_VERBS = frozenset({"throw", "hurl", "glue", "chain", "spray", "splash", "daub", "pour",
                         "smear", "unfurl", "handcuff", "padlock", "scale", "climb"})


def protest_stunt(verb: Token) -> bool:
    """Activists throwing soup at a painting, gluing themselves to a road or chaining
    themselves to railings protest, whatever the verb would mean on its own."""
    holder = verb.head if verb.dep_ == "conj" and not any(
        c.dep_ == "nsubj" for c in verb.children) else verb
    return verb.lemma_.lower() in STUNT_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ACTIVIST_NOUNS for c in holder.children)


def _crowd_acting(verb: Token) -> bool:
    """ "Hundreds of students protested in Tehran", parsed as a noun phrase with a reduced
    relative: a crowd noun as the sentence's root and an intransitive crowd verb after it
    (a transitive verb there is a true passive: "Soldiers killed in ambush")."""
    head = verb.head
    if head != verb.sent.root or head.pos_ not in ("NOUN", "PROPN") or \
            verb.lemma_.lower() not in CROWD_ACTS:
        return False
    heads = [head, *of_objects(head)]
    return any(h.lemma_.lower() in CROWD_NOUNS for h in heads)


def _crowd_act(verb: Token) -> bool:
    """A crowd verb whose subject is a crowd (or a crowd misparsed as the root)."""
    return verb.lemma_.lower() in CROWD_ACTS and (crowd_subject(verb) or _crowd_acting(verb))


def crowd_defies_ban(verb: Token) -> bool:
    """ "Tens of thousands of protesters defied a curfew in Kathmandu": a crowd defying a
    curfew or a ban on gatherings demonstrates (a state defying an appeal rejects it)."""
    return verb.lemma_.lower() == "defy" and crowd_subject(verb) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PROTEST_BANS for c in verb.children)


def crowd_demonstrates(verb: Token) -> bool:
    """A crowd takes to the streets: "thousands rallied in Kyiv", "students protested in
    Tehran" (also when the parser made the crowd the root, see :func:`_crowd_acting`). A
    protest with an object or an addressee ("protested the visit", "protested to Tokyo")
    is a statement, not a demonstration."""
    lemma = verb.lemma_.lower()
    if not _crowd_act(verb) or crowd_at_an_occasion(verb):
        return False
    if lemma in STREET_VERBS:
        # "50,000 people filled the square to oppose ...", "..., jingling keys and demanding"
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
        clauses += [g for c in clauses for g in c.children if g.dep_ == "conj"]
        return crowd_subject(verb, PROTEST_CROWD) or any(
            c.lemma_.lower() in PROTEST_PURPOSES or _chants_for_or_against(c)
            for c in clauses)
    return lemma in CROWD_VERBS or not any(
        c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ == "to")
        for c in verb.children)


def _chants_for_or_against(verb: Token) -> bool:
    """ "chanting for the leadership to resign", "chanting slogans against the army"."""
    if verb.lemma_.lower() != "chant":
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for o in verb.children if o.dep_ == "dobj" for p in o.children
              if p.dep_ == "prep"]
    preps += [m for c in verb.children if c.dep_ == "advcl" for m in c.children
              if m.dep_ == "mark"]  # "for the president to resign"
    return any(p.lower_ in ("for", "against") for p in preps)


OCCASION_NOUNS = frozenset({"funeral", "burial", "prayer", "celebration", "concert",
                            "festival", "match", "game", "ceremony", "wedding", "pilgrimage",
                            "holiday", "rite", "service", "parade", "procession", "coffin",
                            "casket", "hearse"})
OCCASION_VERBS = frozenset({"mourn", "celebrate", "watch", "pray", "welcome", "greet",
                            "cheer", "worship", "attend"})


def crowd_at_an_occasion(verb: Token) -> bool:
    """ "crowds gathered in Kerman for the burial of Soleimani", "mourners marched behind the
    coffins", "thousands poured into the streets to celebrate": a crowd at a funeral, a
    feast or a match, no event."""
    if not _crowd_act(verb):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "at", "behind") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in OCCASION_NOUNS for o in c.children):
            return True
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in OCCASION_VERBS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
    return False


STATE_SECTORS = DOMESTIC_STATE | {"", "MIL", "UAF", "SPY"}


def state_protest(verb: Token, actors: list[ActorRef]) -> bool:
    """ "China protested the visit", "Lebanon complained to the UN": a government's protest is
    a statement (the PLOVER manual codes diplomatic protests ACCUSE), unless a crowd
    demonstrates."""
    if verb.lemma_.lower() not in ("protest", "complain") or crowd_demonstrates(verb) or \
            has_to_infinitive(verb):
        return False  # "began a hunger strike to protest ...": the strike is the act
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.head.pos_ == "VERB" and \
            crowd_subject(verb.head.head):
        return False  # "thousands of Sahrawis pitched tents in a protest over jobs"
    coded = [a for a in actors if a.code]
    return bool(coded) and all(a.sector in STATE_SECTORS for a in coded)


CAPTIVE_NOUNS = frozenset({"prisoner", "detainee", "hostage", "captive", "national", "citizen",
                           "journalist", "reporter", "activist", "dissident", "soldier"})


QUANTIFIERS = frozenset({"any", "all", "some", "none", "most", "many", "several", "each"})


def frees_people(verb: Token) -> bool:
    """ "freed Australian economist Sean Turnell", "freed two hostages", "freed them": a
    release of people (CAMEO 0841), not a general concession."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in QUANTIFIERS:  # "has not freed any of the 23 ..."
        obj = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj"), obj)
    return obj is not None and (obj.lemma_.lower() in CAPTIVE_NOUNS or
                                obj.lower_ in PEOPLE_PRONOUNS or any(
        t.ent_type_ == "PERSON" for t in obj.subtree) or counted_people(obj))


WANTED_PEOPLE = frozenset({"suspect", "fugitive", "terrorist", "militant", "warlord",
                           "accused", "defendant", "convict", "indictee"})


# Words that put a person in a state's custody ("jailed cartel figures").
CUSTODY_WORDS = frozenset({"jailed", "imprisoned", "convicted", "wanted", "indicted"})


def in_custody(noun: Token) -> bool:
    """A person wanted or held by the law: "suspects", "29 jailed cartel figures"."""
    return noun.lemma_.lower() in WANTED_PEOPLE or any(
        c.lower_ in CUSTODY_WORDS for c in noun.children if c.dep_ in ("amod", "compound"))


def object_after_weekday(verb: Token) -> Token | None:
    """The object the parser hung on "on" with the day it follows: "handed over to India on
    Wednesday Anup Chetia" (read as "on Wednesday Anup Chetia")."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and any(
                     c.dep_ == "compound" and c.lower_ in WEEKDAYS for c in o.children)), None)


def hands_over_a_person(verb: Token) -> bool:
    """ "handed over Somali pirate leader Ahmed Garaad to the Netherlands": a named person
    handed to another party, which is judicial cooperation (CAMEO 063); not a captive
    ("handed over the kidnapped journalist John Smith": a release)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or \
        object_after_weekday(verb)
    if obj is None or any(t.lemma_.lower() in CAPTURE_WORDS | CAPTIVE_NOUNS
                          for t in obj.subtree):
        return False
    if verb.lemma_.lower() in ("send", "transfer") and not in_custody(obj):
        return False  # "sent 29 jailed cartel figures to the United States", not "sent its
        # envoy John Smith to Moscow"
    if obj.ent_type_ != "PERSON" and not in_custody(obj) and not any(
            c.ent_type_ == "PERSON" and c.dep_ in ("appos", "compound") for c in obj.children):
        return False  # "pirate leader Ahmed Garaad", "the two suspects in the Lockerbie
        # bombing", not "a letter from Kofi Annan"
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children) or \
        any(t.dep_ == "prep" and t.lower_ == "to" and (
            t.head.dep_ == "acl" and t.head.lemma_.lower() in NAMING_VERBS
            or t.head.dep_ == "dep" and t.head.head == verb) for t in verb.subtree)
    # ("the terrorist known as Carlos the Jackal to French agents", "29 jailed cartel
    # figures, among them the veteran trafficker X, to the United States": the parser
    # hangs the receiver on "known", or on the aside)


NAMING_VERBS = frozenset({"know", "name", "call", "nickname", "dub"})


def counted_people(noun: Token) -> bool:
    """A plural noun counted or given a nationality ("three Dutch engineers", "38
    opposition leaders", "10 Americans"), not money or goods ("two billion dollars")."""
    plural = noun.tag_ == "NNS" or (noun.tag_ == "NNPS" and noun.ent_type_ == "NORP")
    return plural and noun.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT") \
        and any(c.dep_ == "nummod" or c.ent_type_ == "NORP" for c in noun.children)


RESCUERS = frozenset({"troop", "soldier", "force", "commando", "police", "policeman",
                      "army", "military", "marine", "officer", "unit", "team", "agent",
                      "paratrooper", "navy", "coastguard", "guard"})
RESCUE_OPERATIONS = frozenset({"raid", "operation", "assault", "rescue", "mission"})


def rescues_captives(verb: Token) -> bool:
    """ "French special forces freed two tourists held hostage in an overnight raid",
    "police freed 10 trafficking victims during an operation": a hostage rescue, which the
    PLOVER manual codes AID; a captor releasing its captives, or the police releasing a
    suspect, stays RETREAT. The freed must be hostages or victims freed by a security
    force, or people freed in a raid or operation."""
    clauses = [verb] + [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "hold"]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and len(clauses) > 1:  # "freed two tourists held hostage", misparsed
        obj = next((c for c in clauses[1].children if c.dep_ == "nsubj"), None)
    if obj is None:
        return False
    if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("they", "it")
                                     for g in c.children) for c in obj.children):
        return False  # "freed the peacekeepers they had been holding hostage": the captor
    captive = obj.lemma_.lower() in ("hostage", "captive", "victim") or any(
        t.lemma_.lower() in CAPTURE_WORDS for c in clauses for t in c.subtree) or any(
        c.dep_ == "acl" and c.lemma_.lower() in ("hold", "keep") and any(
            g.dep_ == "agent" for g in c.children) for c in obj.children)
    # ("freed 59 people held by the Taliban": held by someone other than the freer)
    if not captive and not _names_people(obj):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in RESCUE_OPERATIONS for o in c.children)
           for clause in clauses for c in clause.children):
        return True
    subject, _ = subject_of(verb)
    if subject is not None and subject.pos_ == "PRON":  # "the army said it had freed ..."
        subject = pronoun_antecedent(subject, verb)
    return captive and subject is not None and subject.lemma_.lower() in RESCUERS


CAPTURE_WORDS = frozenset({"hostage", "kidnap", "abduct", "traffic", "captive", "captivity"})


PEOPLE_PRONOUNS = frozenset({"them", "him", "her"})
PEOPLE_NOUNS = frozenset({"people", "girl", "boy", "child", "student", "schoolgirl",
                          "schoolchild", "pupil", "worker", "passenger", "villager",
                          "civilian", "woman", "man", "tourist", "worshipper", "staff",
                          "farmer", "traveller", "traveler", "priest", "teacher",
                          "volunteer", "missionary", "engineer", "nurse", "doctor", "miner",
                          "sailor", "seaman", "crew", "fisherman", "pilgrim", "monk", "nun",
                          "hiker", "employee", "contractor", "driver", "resident",
                          "guard", "official", "diplomat", "politician", "candidate"})


def _names_people(noun: Token) -> bool:
    """The noun names people: "girls", "prisoners", a person's or a nationality's name."""
    return noun.lemma_.lower() in PEOPLE_NOUNS | CAPTIVE_NOUNS or \
        noun.ent_type_ in ("PERSON", "NORP")


def holds_people(verb: Token) -> bool:
    """The verb's object is people ("seized 317 girls", "took 20 passengers"), not goods."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    counted = of_objects(obj) if obj.like_num or obj.lemma_.lower() in COUNT_NOUNS else []
    return any(_names_people(o) for o in (obj, *counted)) or obj.lower_ in PEOPLE_PRONOUNS
    # ("seized dozens of foreign workers": the counted noun says who)


REPORTED_WARNINGS = frozenset({"warn", "caution"})


def _conditioned(clause: Token, marks: frozenset[str] = CONDITION_MARKS) -> bool:
    """The clause carries a condition ("... unless they stepped down", "if it fails"),
    introduced by one of ``marks``."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                         for m in c.children) for c in clause.children)


WARNING_VERBS = frozenset({"warn", "threaten", "caution", "vow"})
# "will blockade the capital unless ...", "would stop every ship until aid is let in"
LASTING_CONDITIONS = CONDITION_MARKS | {"until"}


def protest_threatened(verb: Token) -> bool:
    """A protest announced as a warning or on a condition ("warned it would call a general
    strike if ...", "will blockade the capital unless ..."): a threat. A protest simply
    planned ("plans to hold a rally on Saturday", "are expected to walk out next week") is
    the protest, hypothetical, as the gold sets code it."""
    node = verb
    while True:
        if node.lemma_.lower() in WARNING_VERBS or _conditioned(node, LASTING_CONDITIONS):
            return True
        if node.head == node or node.dep_ in ("relcl", "acl") or (
                node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children)):
            return False  # (an infinitive parsed as an adverbial clause is climbed)
        node = node.head


def _under_condition(tok: Token, top: Token) -> bool:
    """``tok`` sits in a condition ("if evidence showed X was behind it") below ``top``."""
    node = tok
    while node != top and node.head != node:
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in node.children):
            return True
        node = node.head
    return False


def reports_a_fact(verb: Token) -> bool:
    """ "X have massed troops, UN officials warned": the warning reports what happened
    (a clause in the past, with no modal), so it attributes the event, it is no threat."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might",
                                                  "can", "must", "should", "'ll", "to")
               for c in clause.children) or _conditioned(clause):
            return False  # "warned that they faced an invasion unless they stepped down"
        if clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)):
            return True
    return False


FINDING_VERBS = frozenset({"conclude", "determine", "find", "establish", "rule"})
VERDICTS = frozenset({"guilty", "liable"})
# "said the attacks may amount to war crimes", "constitute genocide"
ASSESSMENT_VERBS = frozenset({"amount", "constitute"})
ABUSE_NOUNS = frozenset({"genocide", "crime", "atrocity", "abuse", "cleansing", "massacre",
                         "torture", "murder", "collude", "collusion", "corruption", "fraud",
                         "bribery", "embezzle", "embezzlement", "rig"})
HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})


def finds_wrongdoing(verb: Token, hostile: set[int]) -> bool:
    """ "the watchdog concluded that a helicopter dropped a chlorine cylinder", "determined
    that the RSF had committed genocide": an investigation's finding of blame (ACCUSE).
    ``hostile`` holds the token indices of the sentence's violent or coercive triggers."""
    if verb.pos_ != "VERB":
        return False
    finder = verb.lemma_.lower() in FINDING_VERBS
    if finder and _breach_phrase(verb):
        return True  # "found Iran in breach of its safeguards obligations"
    if not finder and verb.lemma_.lower() not in load_cues().reporting_verbs:
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if in_breach(clause):
            return True
        if committed_a_crime(clause) and verb.lemma_.lower() not in ADMISSION_VERBS:
            return True  # "said Ethiopian troops had committed war crimes" (but "Germany
            # acknowledged that its colonial troops committed genocide" owns up)
        if not finder and clause.lemma_.lower() not in ASSESSMENT_VERBS:
            continue  # a statement accuses only by assessing: "may amount to genocide"
        if clause.lower_ in VERDICTS:
            continue  # "found Taylor guilty of war crimes": a conviction, not a blame
        words = list(clause.subtree)
        if any(t.i in hostile for t in words) or any(
                t.lemma_.lower() in ABUSE_NOUNS for t in words):
            return True
    return False


BREACH_NOUNS = frozenset({"breach", "violation", "contravention"})


def in_breach(clause: Token) -> bool:
    """ "that Iran was in breach of its obligations", "Syria is in violation of", "the
    blockade was a violation of international law": a party found or said to break its
    obligations is blamed (ACCUSE)."""
    return clause.lemma_ == "be" and any(c.dep_ == "nsubj" for c in clause.children) and (
        _breach_phrase(clause) or any(c.dep_ == "attr" and c.lemma_.lower() in BREACH_NOUNS
                                      for c in clause.children))


def _breach_phrase(verb: Token) -> bool:
    """``verb`` has an "in breach of" / "in violation of" phrase."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in BREACH_NOUNS for o in c.children)
        for c in verb.children)


DEAL_PARTICIPLES = frozenset({"reach", "strike", "sign", "conclude", "agree", "broker",
                              "seal", "clinch", "hammer", "negotiate"})


LISTING_VERBS = frozenset({"designate", "proscribe", "list", "add", "put", "place"})
TERROR_WORDS = frozenset({"terrorist", "terrorism", "terror"})


def terror_listing(verb: Token) -> bool:
    """ "designated eight cartels as foreign terrorist organisations", "put the Houthis
    back on its list of specially designated global terrorists", "add two leaders to the
    U.N. sanctions list": a sanction on the listed party (taking it off such a list is a
    concession)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in LISTING_VERBS:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # "the group has been designated a terrorist organisation": a standing
    if lemma in ("add", "put", "place"):
        # ("put the Houthis back on its list", "add two leaders of X's coalition to the
        # U.N. sanctions list": the list hangs on a word of the verb's phrase)
        return any(t.dep_ == "pobj" and t.lemma_.lower() in ("list", "blacklist")
                   and t.head.lower_ in ("to", "on", "onto") and _clause_verb(t) == verb
                   and any(w.lemma_.lower() in TERROR_WORDS | {"sanction", "blacklist"}
                           for w in t.subtree)
                   for t in verb.subtree if t.i > verb.i)
    return any(c.dep_ not in ("nsubj", "nsubjpass", "agent") and c.i > verb.i
               and (lemma != "list" or c.lower_ == "as")
               and any(t.lemma_.lower() in TERROR_WORDS for t in c.subtree)
               for c in verb.children)


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above ``tok``."""
    while tok.head != tok and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok.head


def deal_behind(verb: Token) -> Token | None:
    """The deal a future act is announced under ("Under a deal struck in Beijing, North
    Korea will shut down its reactor", "will start in April under an agreement reached by
    India and Pakistan"): the deal's participle, or None. Such an act is the deal's
    promise (AGREE), whatever the act; unlike :func:`under_agreement`, which recodes a
    coded act whose sentence opens with the deal, it finds the deal wherever it stands and
    serves acts with no code of their own."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children):
        return None
    deal = next(iter(agreements_under(verb)), None)
    return None if deal is None else next(
        (c for c in deal.children if c.dep_ == "acl" and c.lemma_.lower() in DEAL_PARTICIPLES),
        None)


def agreements_under(verb: Token) -> list[Token]:
    """The agreements in the verb's "under" phrases ("under a deal struck in Beijing")."""
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in AGREEMENT_NOUNS]


# What a leader stands or runs for ("would not run for a third term").
OFFICE_WORDS = frozenset({"election", "elections", "re-election", "reelection", "term",
                          "office", "presidency", "vote", "poll", "polls"})


def forgoes_office(verb: Token) -> bool:
    """A leader says he will not stand again ("would not run for a third term", "would not
    stand in September's election", "would not be a candidate"): a concession of power
    (CAMEO 0832), not a denied act."""
    lemma = verb.lemma_.lower()
    if lemma in ("drop", "abandon", "withdraw", "end") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("bid", "candidacy")
            for c in verb.children) and any(
            o.lemma_.lower() in OFFICE_WORDS for c in verb.children
            if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "for" for o in c.subtree):
        return True  # "dropped his bid for a fifth term" (the term may hang on the verb)
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() == "candidate" for c in verb.children)
    if lemma not in ("run", "stand", "seek", "contest"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in OFFICE_WORDS
               for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("for", "in") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in OFFICE_WORDS for o in c.children)
        for c in verb.children) or (
        lemma == "stand" and not any(c.dep_ in ("dobj", "prep") for c in verb.children))


ADMISSION_VERBS = frozenset({"acknowledge", "admit", "concede", "confess", "accept",
                             "recognise", "recognize"})


def committed_a_crime(clause: Token) -> bool:
    """ "(that) Ethiopian troops had committed war crimes": a crime said to be committed,
    an allegation of its speaker."""
    return clause.lemma_.lower() == "commit" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ABUSE_NOUNS for c in clause.children) and \
        not any(c.dep_ == "nsubj" and any(p.dep_ == "poss" and p.lower_ in ("its", "our", "their")
                                          for p in c.children) for c in clause.children)


# What a party can be held responsible for: violence, harm and wrongdoing.
HARM_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "killing", "killings",
                        "death", "deaths", "murder", "assassination", "poisoning", "shooting",
                        "downing", "strike", "strikes", "raid", "massacre", "abduction",
                        "kidnapping", "hijacking", "plot", "violence", "unrest", "riots",
                        "hack", "hacking", "cyberattack", "sabotage", "fire", "crash",
                        "shelling", "ambush", "atrocities", "coup", "invasion",
                        "disappearance", "disappearances", "conspiracy", "interference",
                        "meddling"}) | ABUSE_NOUNS
# Pronouns that, as the responsible party, make a claim of one's own act, not a blame.
_OWN_PRONOUNS = frozenset({"it", "we", "i", "they", "he", "she", "this", "that", "which"})


def parenthetical_charge(verb: Token) -> Token | None:
    """The clause a charge put after it alleges ("The ruling party is buying votes, the
    opposition leader charged"), or None: the parser makes the charge a modifier of the
    clause it reports."""
    if verb.lemma_.lower() not in CHARGING_VERBS or verb.i < verb.head.i \
            or any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return None
    if charge_after_its_content(verb):  # parsed as a clause on the object's last noun
        root = verb.sent.root
        return root if root.i < verb.i and has_subject(root) else None
    if verb.dep_ not in ("advcl", "parataxis") or not has_subject(verb):
        return None
    head = verb.head
    return head if head.dep_ == "ROOT" and has_subject(head) else None


@cache
def _blaming_verbs() -> frozenset[str]:
    return load_cues().reporting_verbs | FINDING_VERBS | {"suspect"}


def held_responsible(verb: Token) -> Token | None:
    """ "Britain said Russia was responsible for the poisoning", "officials believe Iran was
    behind the attacks": the speaker blames (ACCUSE) the party it holds responsible for an
    act of violence or wrongdoing. Returns that party's head, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _blaming_verbs():
        return None
    if verb.lemma_.lower() in CHARGING_VERBS:
        # "Human Rights Watch charged that Russian troops had executed dozens": the charge
        content = [c for c in verb.children if c.dep_ == "ccomp"]
        if (head := parenthetical_charge(verb)) is not None:
            content = [head]  # "Russian troops executed dozens, the group charged"
        for clause in content:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                        None)
            if subj is not None and subj.lower_ not in _OWN_PRONOUNS:
                return subj
    # "told parliament it was highly likely that Russia was responsible": further down
    clauses = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree
               if t.dep_ == "ccomp"]
    for clause in clauses:
        involved = clause.lemma_ == "involve"  # "Russian state bodies were involved in a plot"
        if clause.lemma_ != "be" and not involved or _under_condition(clause, verb):
            continue  # not "would break off relations if evidence showed X was behind it"
        subj = next((c for c in clause.children
                     if c.dep_ == ("nsubjpass" if involved else "nsubj")), None)
        if subj is None or subj.lower_ in _OWN_PRONOUNS:
            continue
        grounds = [p for c in clause.children if c.dep_ == "acomp"
                   and c.lower_ in ("responsible", "culpable")
                   for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
        grounds += [c for c in clause.children if c.dep_ == "prep"
                    and c.lower_ == ("in" if involved else "behind")]
        for prep in grounds:  # "for the poisoning", or "for poisoning him"
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and (obj.lemma_.lower() in HARM_NOUNS
                                    or obj.lower_ in HARM_NOUNS):
                return subj
    return None


CRIME_LABELS = ABUSE_NOUNS | frozenset({"aggression", "terrorism", "provocation",
                                        "murder", "barbarism", "war"})
# Names that insult the party called them ("called Bush the devil", "called Netanyahu a
# war criminal").
INSULT_LABELS = frozenset({"devil", "liar", "terrorist", "criminal", "murderer", "butcher",
                           "thief", "tyrant", "dictator", "fascist", "nazi", "traitor",
                           "puppet", "killer", "gangster", "racist", "hypocrite", "thug"})


def labelled_a_crime(verb: Token) -> Token | None:
    """ "Portugal called the shooting of mourners by Indonesian troops a massacre": naming
    someone's act a crime, or calling someone a criminal ("called Netanyahu a war
    criminal"), accuses them (ACCUSE). Returns the act's or the party's noun, or None."""
    if verb.lemma_.lower() != "call":
        return None
    act = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if act is None:
        return None
    # the label is the verb's predicate, or hung on the object by the parser
    labels = [c for c in verb.children if c.dep_ == "oprd"] + [
        t for t in act.subtree if t.dep_ in ("npadvmod", "appos") and t.i > act.i]
    return act if any(t.lemma_.lower() in CRIME_LABELS | INSULT_LABELS for t in labels) \
        else None


def perpetrator_of(act: Token) -> Token | None:
    """Who did an act named by a noun: "the shooting of mourners by Indonesian troops",
    "China's crackdown"."""
    for child in act.children:
        if child.dep_ in ("agent", "prep") and child.lower_ == "by":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return next((c for c in act.children if c.dep_ == "poss"), None)


def assessed_party(verb: Token) -> Token | None:
    """Whose acts a statement assesses as a crime: "China's treatment of Uyghurs may amount
    to crimes against humanity" (China), "the killing of civilians by the RSF amounted to
    genocide" (the RSF)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in ASSESSMENT_VERBS:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        for tok in subj.subtree:
            if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by"):
                found = next((c for c in tok.children if c.dep_ == "pobj"), None)
                if found is not None:
                    return found
        return next((c for c in subj.children if c.dep_ == "poss"), subj)
    return None


DESCRIPTIVE_PARTICIPLES = frozenset({"link", "ally", "lead", "back", "support", "align",
                                     "affiliate", "associate", "tie", "connect", "sponsor",
                                     "fund", "arm", "train", "include", "loyal"})


def describes_actor(trigger: Token) -> bool:
    """A participle or relative clause that describes a party rather than reporting an
    act: "jihadists linked to al-Qaeda", "allied militias", "rebels led by HTS", "the
    alliance that includes M23"."""
    if trigger.lemma_.lower() not in DESCRIPTIVE_PARTICIPLES:
        return False
    if trigger.dep_ in ("acl", "amod") and trigger.tag_ in ("VBN", "JJ"):
        return True
    if trigger.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in trigger.children) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "with", "by") for c in trigger.children):
        return True  # "Gunmen linked to Islamic State attacked ...", parsed with "linked" as root
    return trigger.dep_ == "relcl" and trigger.tag_ in PRESENT_SIMPLE


MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})
# CAMEO's intents to yield that the manual codes CONCEDE when announced: easing
# administrative or economic sanctions, de-escalating (withdrawing) militarily. An intent
# to release people (0353) stays AGREE, as the PLOVER gold standard codes it.
ANNOUNCED_RETREATS = frozenset({"0351", "0354", "0356"})
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})


def announces_future(verb: Token) -> bool:
    """ "said it would withdraw", "will resign": the actor's own announcement."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def ordered_by_commander(verb: Token, command_verbs: frozenset[str]) -> bool:
    """ "ordered troops to withdraw": an ordered (not yet carried-out) act."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in command_verbs


LEAVING_VERBS = frozenset({"leave", "quit", "exit"})


def leaves_organisation(verb: Token, resolver: ActorResolver) -> list[ActorRef]:
    """The international organisation left ("announced their withdrawal from ECOWAS",
    "withdrew from the bloc", "was leaving the Commonwealth", "pulled out of the Andean
    Community"), or []: leaving one reduces relations (SANCTION), it is no military
    retreat."""
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_.lower() in LEAVING_VERBS:
            place = child  # "it was leaving the Commonwealth"
        elif child.dep_ == "prep" and child.lower_ == "from":
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif (place := _out_of(child)) is None:  # "pulled out of the Andean Community"
            continue
        refs = resolver.resolve(place) if place is not None else []
        if {r.code for r in refs if r.code} == {"IGO"}:
            return refs
    return []


def _out_of(child: Token) -> Token | None:
    """The object of "out of" when ``child`` is its "out" ("pulled out of X")."""
    if child.lower_ != "out" or child.dep_ not in ("prt", "prep", "advmod"):
        return None
    of = next((c for c in (*child.children, *child.head.children)
               if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


WALKOUT_PLACES = frozenset({"parliament", "assembly", "session", "chamber", "hall", "senate",
                            "congress", "ceremony", "hearing", "court", "courtroom"})


def walks_out(verb: Token) -> bool:
    """ "Teachers across Benin walked out on Monday", "opposition lawmakers walked out of
    parliament": a walkout (a protest), when a group walks out, or walks out of a chamber
    or a ceremony ("walked out of the talks" breaks them off)."""
    if verb.lemma_.lower() != "walk" or not any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in verb.children):
        return False
    left = [o for h in (verb, *verb.children) if h.i == verb.i or h.lower_ == "out"
            for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"]
    if left:
        return any(o.lemma_.lower() in WALKOUT_PLACES for o in left)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NNS"


def cancels(verb: Token) -> bool:
    """ "called off a meeting", "cancelled the talks", "postponed the visit": a meeting
    refused (REJECT), which CAMEO's "END * MEETING" codes as the meeting."""
    lemma = verb.lemma_.lower()
    return lemma in ("cancel", "postpone", "scrap") or lemma == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


AGREEMENT_NOUNS = frozenset({"accord", "agreement", "deal", "plan", "treaty", "pact",
                             "framework", "arrangement", "settlement", "compromise",
                             "understanding"})


# Verbs that make a deal: "a deal was reached", "an accord was struck".
DEAL_MAKING_VERBS = frozenset({"reach", "strike", "clinch", "seal", "conclude", "broker",
                               "hammer"})


def deal_made_in_passive(verb: Token) -> bool:
    """ "A deal on constitutional changes was reached by the party leaders", "a truce was
    struck between Russia and Ukraine": the deal, the passive's subject, is the verb's
    pattern word that CAMEO's patterns look for only after the verb."""
    return verb.lemma_.lower() in DEAL_MAKING_VERBS and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in AGREEMENT_NOUNS | {"truce", "ceasefire"}
        for c in verb.children)


def under_agreement(verb: Token) -> bool:
    """ "Under an accord reached in Pretoria, Rwanda will pull its troops out of Congo",
    "under the disengagement plan, Israel will evacuate ...": a commitment made in an
    agreement (AGREE), not the act itself or its announcement. The accord leads the
    sentence; "announced it would withdraw ... under a deal" announces (CONCEDE)."""
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                 for c in verb.children)
    return future and any(deal.head.i < verb.i for deal in agreements_under(verb))


PROSECUTION_VERBS = frozenset({"prosecute", "try", "indict", "charge", "convict"})


def prosecution_for_a_crime(verb: Token) -> bool:
    """The verb, or the clause it asks for, wants someone prosecuted, tried or charged for
    a named offence ("should be prosecuted for genocide", "recommended that he be indicted
    for bribery")."""
    for act in (verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))):
        if act.lemma_.lower() in PROSECUTION_VERBS and any(
                c.dep_ == "auxpass" for c in act.children) and any(
                c.dep_ == "prep" and c.lower_ in ("for", "with") and any(
                    o.dep_ == "pobj" for o in c.children) for c in act.children):
            return True
    return False


ELECTION_WORDS = frozenset({"election", "elections", "vote", "poll", "polls", "ballot",
                            "runoff", "referendum"})


def quits_election(verb: Token) -> bool:
    """ "opposition parties pulled out of Sunday's elections", "withdrew from the runoff":
    a boycott (PROTEST), not a military withdrawal or a journey."""
    if verb.lemma_.lower() not in ("pull", "withdraw", "quit"):
        return False
    for child in verb.children:
        place = next((c for c in child.children if c.dep_ == "pobj"), None) \
            if child.dep_ == "prep" and child.lower_ == "from" else _out_of(child)
        if place is None and child.dep_ == "dobj" and verb.lemma_.lower() == "quit":
            place = child
        if place is not None and place.lower_ in ELECTION_WORDS:
            return True
    return False


RAID_LEMMAS = frozenset({"raid", "storm"})
POLICE_SECTORS = frozenset({"COP", "JUD", "GOV", "SPY"})


# Premises whose raid by police is a search, whoever uses them.
PREMISES = frozenset({"office", "home", "house", "headquarters", "newsroom", "premises",
                      "residence", "studio", "apartment", "flat", "bureau"})


RAID_ARRESTS = frozenset({"arrest", "detain", "round", "apprehend"})
KILLING_WORDS = frozenset({"kill", "dead", "death", "die", "shoot", "wound", "injure"})


def raid_to_arrest(trigger: Token, actor: list[ActorRef]) -> bool:
    """State forces raiding a camp or storming a compound and arresting people there
    ("raided the Jenin camp, arresting 20", "stormed the party's headquarters and
    detained its leader") arrest (COERCE), unless the sentence tells of deaths or wounds;
    gunmen storming a studio attack."""
    if trigger.lemma_.lower() not in RAID_LEMMAS | {"sweep"}:
        return False
    if not any(a.sector in STATE_SECTORS - {""} or (a.code and not a.sector
                                                    and a.code not in NON_STATE_CODES)
               for a in actor) or any(a.sector in ("REB", "UAF") for a in actor):
        return False
    arrests = any(c.dep_ in ("conj", "advcl") and c.lemma_.lower() in RAID_ARRESTS
                  for c in trigger.children)
    return arrests and not any(t.lemma_.lower() in KILLING_WORDS for t in trigger.sent)


def police_raid(trigger: Token, actor: list[ActorRef], recipient: list[ActorRef]) -> bool:
    """Police or prosecutors raiding a newsroom or an office search and seize (COERCE),
    also the offices or homes of an armed group's leaders; so do troops raiding the office
    of an unarmed body where no one is hurt ("troops raided the bureau of Al Jazeera and
    seized equipment"). Raids by armed forces on armed groups stay attacks."""
    if trigger.lemma_.lower() not in RAID_LEMMAS:
        return False
    police = any(a.sector in ("COP", "JUD") for a in actor)  # police, prosecutors
    if not police and not any(a.sector == "MIL" for a in actor):
        return False
    raided = [c for c in trigger.children if c.dep_ == "dobj"]
    raided += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("on", "into")
               for o in p.children if o.dep_ == "pobj"]
    premises = any(r.lemma_.lower() in PREMISES for r in raided)
    if not police:
        return premises and not any(r.sector in ARMED_SECTORS for r in recipient) and \
            not any(t.lemma_.lower() in KILLING_WORDS for t in trigger.sent)
    return premises or not any(r.sector in ARMED_SECTORS for r in recipient)


COLLECTIVE_NOUNS = frozenset({"package", "programme", "program", "round", "wave", "set",
                              "series", "raft", "batch", "slew", "string", "spate"})


# Spans of time whose "of" phrase says what filled them ("began five days of joint drills").
DURATION_NOUNS = TIME_UNITS | {"night"}


def talks_sat_down_to(verb: Token) -> Token | None:
    """The noun of "sat down (in Doha) for talks", "sat down for two days of talks", "sat
    down to negotiations": what the parties sat down to."""
    if verb.lemma_.lower() != "sit" or not any(
            c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return None
    return next((collective_content(o) for c in verb.children
                 if c.dep_ == "prep" and c.lower_ in ("for", "to")
                 for o in c.children if o.dep_ == "pobj"), None)


def collective_content(noun: Token) -> Token:
    """ "adopted its 14th package of sanctions", "adopts 14th sanctions package", "began
    four days of joint drills": the sanctions, the drills are the object."""
    if noun.lemma_.lower() in DURATION_NOUNS:
        return next(iter(of_objects(noun)), noun)
    if noun.lemma_.lower() not in COLLECTIVE_NOUNS:
        return noun
    inner = of_objects(noun)
    if inner:
        return inner[0]
    return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"), noun)


MILITARY_PLACES = frozenset({"town", "city", "village", "base", "capital", "district",
                             "region", "province", "territory", "settlement", "outpost",
                             "position", "stronghold"})


def _institution_name(tok: Token) -> bool:
    """The last word of a named institution ("the Central American University"), which may
    also be some town's name."""
    return tok.ent_type_ in ("ORG", "FAC") and any(c.dep_ == "compound" for c in tok.children)


def state_takes_town(category: str, verb: Token, actor: list[ActorRef]) -> bool:
    """A state seizing or capturing a town ("Russia could try to seize Kharkiv") attacks
    it: a military capture, not a confiscation of property."""
    if category != "COERCE":
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and (
            c.ent_type_ == "GPE" or c.lemma_.lower() in MILITARY_PLACES
            or (c.pos_ == "PROPN" and not _institution_name(c)
                and default_gazetteer().lookup(c.text) is not None))
            for c in verb.children):
        return False
    return any(a.code and a.code not in ("IGO", "NGO") and a.sector in ("", "GOV", "MIL")
               for a in actor)


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "her", "his", "our", "my"})


def infinitive_root(root: Token) -> bool:
    """A sentence whose root is a bare infinitive ("The envoy called on X to free ...",
    parsed with "free" as the root): the parser took the finite verb for a modifier."""
    return root.dep_ == "ROOT" and root.tag_ == "VB" and has_to_infinitive(root)


def misparsed_main_verb(verb: Token) -> Token | None:
    """The finite verb the parser attached as a modifier of the subject of an infinitive
    root ("The envoy called on the junta to free ..."): the root's real governor."""
    if verb.dep_ != "ROOT":
        return None  # (cheap test first: finding the sentence's root walks the sentence)
    root = verb.sent.root
    if verb.i != root.i or not infinitive_root(root):
        return None
    for subj in root.children:
        if subj.dep_ in ("nsubj", "nsubjpass"):
            found = next((c for c in subj.children if c.dep_ == "acl" and
                          c.tag_ in ("VBD", "VBN")), None)
            if found is not None:
                return found
    return None


def misparsed_subject(verb: Token) -> Token | None:
    """A finite past-tense verb parsed as a noun's modifier ("13 allies called on the
    Houthis", with "called" an ``acl`` tagged VBD): the noun is its subject."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    carrier = verb.head.head
    if any(c.dep_ == "dobj" for c in verb.children) and verb.head.dep_ == "pobj" and \
            carrier.dep_ == "prep" and carrier.head.pos_ in ("NOUN", "PROPN"):
        # "gunmen on motorcycles killed 40 villagers": a participle with an object is
        # active, and the noun the phrase describes is its subject
        return carrier.head
    verbless = verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("dobj", "xcomp", "ccomp")
        # "threatened on Saturday to march ...", its infinitive read as "to" + object
        or c.dep_ == "prep" and c.lower_ == "to" and any(g.tag_ == "VB" for g in c.children)
        # "called on President Aristide on Friday to step down", the infinitive an adverbial
        or c.dep_ == "advcl" and c.tag_ == "VB" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children)
    root = verb.sent.root
    # "Hundreds of fighters from Burundi's last rebel group, the FNL, handed in their
    # weapons": a sentence left without a verb, whose participle with an object or a
    # particle, and no agent, is its verb, and the sentence's noun its subject
    rootless = root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and any(
        c.dep_ in ("dobj", "prt") for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)
    if verb.tag_ == "VBN" and not infinitive_root(root) and \
            not _crowd_acting(verb) and not verbless and not rootless:
        return None  # "allies called on to help" is a true reduced relative (but in a
        # sentence the parser left without a verb, "the opposition coalition threatened
        # on Saturday to boycott ...", the participle with an object is the verb)
    noun = root if rootless else verb.head
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    if noun.lemma_.lower() in COUNT_NOUNS:  # "hundreds of students": the students
        return next(iter(of_objects(noun)), noun)
    return noun


DEPLOYMENT_VERBS = frozenset({"send", "deploy", "dispatch", "move", "station", "redeploy"})
DEPLOYMENT_AREAS = frozenset({"water", "sea", "coast", "border", "region", "gulf", "strait",
                              "area", "front", "frontline", "frontier", "channel", "ocean",
                              "shoal", "reef", "crossing", "airspace", "zone", "corridor"})
# Forces sent to do these to someone are deployed against them, not given to them.
DEPLOYMENT_PURPOSES = frozenset({"encircle", "surround", "blockade", "patrol", "guard",
                                 "reinforce", "deter", "intimidate", "confront", "besiege"})


def deployed_to_area(verb: Token) -> bool:
    """ "sent three destroyers to waters off Venezuela", "deployed warships to the Gulf":
    forces moved to an area, not delivered to a state (MOBILIZE, not AID); so are forces
    sent "to encircle Taiwan" or "to patrol the border"."""
    if verb.lemma_.lower() not in DEPLOYMENT_VERBS:
        return False
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in DEPLOYMENT_PURPOSES
           for c in verb.children):
        return True
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "off":
            return True  # "sent warships to the gas block off Kastellorizo"
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "into", "toward", "towards"):
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None and (place.lemma_.lower() in DEPLOYMENT_AREAS or any(
                    c.dep_ == "prep" and c.lower_ == "off" or c.dep_ in ("compound", "amod")
                    and c.lemma_.lower() in ("sea", "maritime") for c in place.children)):
                return True  # ("the Ambalat sea block off Borneo")
    return False


POSSIBILITY_MODALS = frozenset({"could", "may", "might"})


def only_possible(verb: Token) -> bool:
    """The act is only said to be possible ("could normalise relations if ..."), with no
    modal of intention ("will", "would") on it."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    return bool(modals) and modals <= POSSIBILITY_MODALS


EARLIER_MARKS = frozenset({"after", "since", "following"})
DISTANCE_UNITS = frozenset({"day", "week", "month", "year"})


def _distance_before(mark: Token) -> bool:
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in DISTANCE_UNITS
               for c in mark.children)


def earlier_event(tok: Token) -> bool:
    """The event is told as the past of another ("two days after a rocket attack killed an
    American contractor", "a week after the coup", "since the war began"): reported before,
    on its own day, so not an event of this report. Same-day pasts ("hours after") stay."""
    node, came_from = tok, None
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.lower_ in EARLIER_MARKS and \
                _distance_before(node.head):
            return True
        if any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS and (
                _distance_before(c) or _distance_before(node))
               and not _main_clause_before(came_from, c) for c in node.children):
            return True  # the parser hangs "three days" on the mark or on its verb
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                        for c in node.children):
            return True  # "have held the city since the president was killed": the start
        if node.head == node or node.dep_ == "conj" and \
                subject_after_opening_phrase(node) is not None:
            return False  # (the main clause, parsed as a conjunct of the opening one)
        node, came_from = node.head, node
    return False


def grievance_toll(tok: Token) -> bool:
    """A death or wound told of what a protest was against ("stormed the embassy in
    protest at U.S. air strikes that killed 25 fighters"): that attack's toll, not the
    protest's."""
    node = tok
    for _ in range(6):
        if node.head == node:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in ("at", "against", "over") and \
                node.head.head.lemma_.lower() == "protest" and node.head.head.i < tok.i:
            return True
        node = node.head
    return False


def _main_clause_before(clause: Token | None, mark: Token) -> bool:
    """``clause`` is the sentence's main clause that the parser hung under a later "a day
    after ..." clause it made the root ("soldiers fanned out across Quito, ..., a day after
    Noboa declared ...")."""
    return clause is not None and clause.dep_ in ("ccomp", "parataxis") and \
        clause.head.dep_ == "ROOT" and clause.i < mark.i and \
        not any(c.dep_ == "mark" for c in clause.children)


OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters", "gulf", "bay"})


def fired_into_the_sea(verb: Token) -> Token | None:
    """The "into the sea" phrase of missiles fired or launched into the sea (a test or a
    show of force, not an attack on anyone), or None."""
    if verb.lemma_.lower() not in ("fire", "launch", "test"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return None  # "fired missiles at a destroyer in the Red Sea": aimed at someone
    return next((c for c in verb.subtree if c.dep_ in ("prep", "conj") and (
                 c.lower_ == "in" and c.head == verb
                 or c.lower_ == "into" and _in_verb_phrase(c, verb))
                 and any(o.dep_ == "pobj" and _open_water(o) for o in c.children)), None)


def _in_verb_phrase(word: Token, verb: Token) -> bool:
    """The word hangs on the verb through its object and prepositional phrases only ("fired
    a missile over Japan and into the Pacific"), not through another clause."""
    node = word
    while node != verb:
        if node.dep_ not in ("prep", "pobj", "dobj", "conj"):
            return False
        node = node.head
    return True


def _open_water(noun: Token) -> bool:
    """The sea or an ocean, its lanes, or a target zone ("target zones off the ports of
    Keelung", "sea lanes off Taiwan", "into the Pacific")."""
    lemma = noun.lemma_.lower()
    kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    return lemma in OPEN_WATERS or lemma in ("pacific", "atlantic") or (
        lemma == "lane" and bool(kinds & (OPEN_WATERS | {"shipping"}))) or (
        lemma == "zone" and ("target" in kinds or any(
            p.dep_ == "prep" and p.lower_ == "off" for p in noun.children)))


MOVEMENT_VERBS = frozenset({"move", "advance", "head", "roll", "fan", "mass", "rush"})
# Armed men gathering somewhere mass for a fight (MOBILIZE), they do not demonstrate.
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "pour", "flood", "swarm",
                             "mass"})
ARMED_MEN = frozenset({"fighter", "militiaman", "militia", "rebel", "guerrilla", "gunman",
                       "insurgent", "militant", "jihadist"})
POLICE_WORDS = frozenset({"police", "policeman", "officer", "gendarme"})
# Verbs whose passive moves a force somewhere ("2,000 soldiers were sent to Kuwait").
SENDING_PASSIVES = SENDING_VERBS | {"rush"}


AID_GOODS = frozenset({"aid", "food", "supply", "vaccine", "dose", "medicine", "flour",
                       "water", "wheat", "grain", "rice", "fuel", "tent", "blanket", "relief",
                       "drug", "oil", "shot", "equipment", "assistance", "sorghum", "maize",
                       "corn", "seed", "ration"})
ARMS_GOODS = frozenset({"weapon", "arm", "ammunition", "missile", "launcher", "shell",
                        "rocket", "howitzer", "munition", "helicopter", "gunship", "warplane",
                        "jet", "tank", "drone"})
CARRYING_VERBS = frozenset({"ferry", "fly", "truck", "ship", "airlift", "airdrop", "carry",
                            "transport", "deliver", "bring"})
VEHICLE_ARRIVALS = frozenset({"arrive", "land", "dock", "reach", "roll", "touch", "enter",
                              "pull", "cross"})


MEASURE_NOUNS = frozenset({"tonne", "ton", "kilogram", "kg", "crate", "box", "consignment",
                           "bag", "sack", "pallet", "parcel", "package", "carton",
                           "shipment", "load", "cargo", "lorry-load", "truckload",
                           "planeload", "shipload", "boatload"})
# People whose journey is help ("flew 300 doctors and nurses to Haiti").
HELPERS = frozenset({"doctor", "nurse", "medic", "rescuer", "firefighter", "surgeon"})


def _goods_code(noun: Token | None) -> str | None:
    if noun is None:
        return None
    if noun.lemma_.lower() in MEASURE_NOUNS and of_objects(noun):
        noun = of_objects(noun)[0]  # "30 tonnes of tents"
    # the lemmatiser reads "doses" as "dos": try the plain singular too
    forms = {noun.lemma_.lower(), noun.lower_.removesuffix("s")}
    if noun.lemma_.lower() in ("material", "materials", "goods", "item", "items"):
        forms |= {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}  # "relief
        # material", "aid items"
    if forms & ARMS_GOODS:
        return "072"
    return "073" if forms & (AID_GOODS | HELPERS) else None


# Dropping a contested measure concedes a change of policy (CAMEO 0832, PLOVER CONCEDE):
# "Ruto withdrew the finance bill", "scrapped the fuel tax", "announced the withdrawal of
# the extradition bill".
RESCINDING_VERBS = frozenset({"withdraw", "scrap", "drop", "repeal", "shelve", "abandon",
                              "rescind", "retract", "annul", "reverse"})
RESCINDING_NOUNS = frozenset({"withdrawal", "repeal", "scrapping", "cancellation",
                              "revocation", "reversal"})
POLICY_NOUNS = frozenset({"bill", "law", "legislation", "plan", "proposal", "amendment",
                          "decree", "tax", "levy", "reform", "ordinance", "regulation",
                          "hike", "increase", "policy", "measure", "quota", "mandate"})


def rescinds_policy(verb: Token) -> bool:
    """The verb drops a contested measure, or announces that it is dropped."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_.lower() in RESCINDING_VERBS:
        return any(o.lemma_.lower() in POLICY_NOUNS for o in objects)
    return any(o.lemma_.lower() in RESCINDING_NOUNS and any(
        p.lemma_.lower() in POLICY_NOUNS for o2 in o.children
        if o2.dep_ == "prep" and o2.lower_ == "of" for p in o2.children if p.dep_ == "pobj")
        for o in objects)


def delivers_goods(verb: Token) -> str | None:
    """ "helicopters ferried food and water to survivors", "a convoy carrying flour rolled
    into Mekelle", "a plane touched down in Harare carrying 200,000 vaccine doses",
    "dispatched two cargo planes carrying tents": a
    delivery of aid (CAMEO 073) or arms (072), not a visit or a deployment. Returns the
    code, or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    if lemma in CARRYING_VERBS - {"carry"}:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        destination = any(c.dep_ == "prep" and c.lower_ in ("to", "into") or (
            lemma == "airdrop" and c.dep_ == "prep" and c.lower_ == "over")
            for c in [*verb.children, *obj.children])  # "airdropping maize over the region"
        if not destination:
            return None
        # "delivered the first 12 of 24 helicopters to Iraq": the helicopters
        return _goods_in(obj)
    if lemma == "drop" and (obj := next((c for c in verb.children if c.dep_ == "dobj"),
                                        None)) is not None:
        # "planes dropped 300 tonnes of grain to famine victims", "dropped bags of flour
        # over villages": relief dropped from the air (not bombs, not charges)
        dropped_to = any(t.i > obj.i and t.pos_ in ("ADP", "PART") and t.lower_ in (
            "to", "into", "over", "on") for t in verb.subtree)  # however the phrase hangs
        return "073" if dropped_to and _goods_in(obj) == "073" else None
    if lemma == "land" and (obj := next((c for c in verb.children if c.dep_ == "dobj"),
                                        None)) is not None:
        # "navy ships landed tonnes of food and medicine at the port of Galle"
        return _goods_in(obj)
    if lemma in ("send", "dispatch"):
        # "dispatched two cargo planes carrying tents and medicine to Niamey"
        holders = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in VEHICLE_ARRIVALS:
        subject, _ = subject_of(verb)
        holders = [h for h in (subject, verb) if h is not None]
        if subject is not None:  # "a convoy of 20 trucks carrying flour rolled into ..."
            holders += of_objects(subject)
    else:
        return None
    carriers = [c for h in holders for c in h.children
                if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in ("carry", "load", "bear")]
    for carrier in carriers:
        goods = next((c for c in carrier.children if c.dep_ == "dobj"), None)
        if goods is None:  # "loaded with flour"
            goods = next((o for p in carrier.children if p.dep_ == "prep"
                          for o in p.children if o.dep_ == "pobj"), None)
        if goods is not None and (code := _listed_goods_code((goods, *goods.conjuncts))):
            return code
    if lemma in VEHICLE_ARRIVALS:
        # "a transport plane landed in Port-au-Prince with 18 tonnes of food and water"
        for goods in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj"):
            if code := _goods_in(goods):
                return code
    return None


def _goods_in(item: Token) -> str | None:
    """The code of the goods a phrase and its conjuncts name, reading a counted phrase as
    its goods ("the first 12 of 24 helicopters": helicopters)."""
    return _listed_goods_code(of_objects(g)[0] if g.like_num and of_objects(g) else g
                              for g in (item, *item.conjuncts))


def _listed_goods_code(items: Iterable[Token]) -> str | None:
    """The code of the first goods in a list ("flew rescue teams, a field hospital and 15
    tonnes of relief material", "carrying 100 troops and 35 tonnes of equipment")."""
    return next((code for item in items if (code := _goods_code(item)) is not None), None)


COERCION_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict",
                            "charge", "ban", "bar", "fine", "flog", "execute", "punish"})
GROUND_PREPS = frozenset({"for", "on", "over", "after", "at", "during"})


SIDE_CLAUSE_MARKS = frozenset({"after", "before", "since", "because", "although", "though",
                               "while", "whereas", "if", "unless", "until"})


def in_side_clause(word: Token) -> bool:
    """The word sits in a relative clause or a clause of time, cause or condition ("after
    Beijing offered to rebuild the island's cricket stadium, which was wrecked by a
    hurricane", "unless the government tackled highway robbery"): a sport, show or crime
    named there is a detail of the sentence, not its topic."""
    node = word
    while node.head != node:
        if node.dep_ == "relcl" and not has_to_infinitive(node) or node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in SIDE_CLAUSE_MARKS for c in node.children):
            return True
        if node.dep_ == "acl" and node.tag_ in ("VBG", "VBN"):
            return True  # "struck Jeddah, hosting a Formula One race": a reduced relative
        node = node.head
    return False


TITLE_DEPS = frozenset({"compound", "amod", "nmod", "appos"})


def describes_a_person(word: Token) -> bool:
    """A sport or show word in the title of a named person ("former chess champion Garry
    Kasparov", "former cricket star Imran Khan", "Ramzi Yousef, the mastermind of the
    World Trade Center bombing"): who the person is, not what the sentence is about."""
    deps = TITLE_DEPS | {"prep", "pobj"} if any(t.dep_ == "appos" for t in word.ancestors) \
        else TITLE_DEPS
    node = word
    for _ in range(8):
        if node.dep_ not in deps or node.head == node:
            return False
        node = node.head
        if node.pos_ == "PROPN" and node.ent_type_ == "PERSON":
            return True
    return False


PROTEST_WORDS = frozenset({"protest", "demonstration", "rally", "march", "strike",
                           "demonstrate", "riot"})


RESULT_VERBS = frozenset({"beat", "crush", "thrash", "rout", "stun", "edge", "down", "hammer",
                          "whip", "demolish", "overpower", "outplay", "upset", "trounce",
                          "humble", "defeat", "overcome", "draw"})


def is_match_result(sent: Span) -> bool:
    """A team beating a named side by a score ("Nigeria's Super Eagles crushed Ghana 3-1"):
    a match result, whatever the sport. A tally of votes ("rejected the bill 226-44") has
    a common noun for its object and stays an event."""
    for tok in sent:
        if tok.lemma_.lower() not in RESULT_VERBS or tok.pos_ != "VERB" or not any(
                c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children):
            continue
        for c in tok.children:
            if c.tag_ == "CD" and c.dep_ in ("npadvmod", "dobj") and c.i + 2 < len(c.doc) \
                    and c.nbor(1).text in ("-", "–") and c.nbor(2).tag_ == "CD":
                return True
    return False


SPORT_VENUES = frozenset({"stadium", "pitch", "ground", "arena", "field", "fan", "supporter"})


def names_a_venue_or_crowd(word: Token) -> bool:
    """A sport word that only qualifies the place or the people of an act ("rallied at a
    baseball stadium", "fired tear gas at football fans", "a rocket hit a football pitch"):
    the sentence is about the act, not the game."""
    node = word
    while node.dep_ in TITLE_DEPS and node.head != node:
        node = node.head
        if node.lemma_.lower() in SPORT_VENUES:
            return True
    return False


ATTACK_VERBS = frozenset({"attack", "assault", "pelt", "bombard", "shell", "target"})


def weapon_of_an_attack(word: Token) -> bool:
    """A show word as what an attack was made with ("attacked police with fireworks and
    stones"): the weapon, not the topic."""
    node = word
    while node.dep_ in ("conj", "compound", "nmod") and node.head != node:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "with" and \
        node.head.head.lemma_.lower() in ATTACK_VERBS


def what_a_protest_is_against(word: Token) -> bool:
    """A sport or show word in what a protest is against ("marched in protest against the
    billions spent on stadiums for the World Cup"): the sentence reports the protest."""
    return any(a.dep_ == "prep" and a.lower_ in ("against", "over") and
               a.head.lemma_.lower() in PROTEST_WORDS for a in word.ancestors)


def discard_word_is_a_detail(word: Token) -> bool:
    """A sport, show or crime word the discard list found says only something about the
    sentence's event (its grounds, setting, venue, weapon, a person's title or what a
    protest is against), so it does not discard the sentence."""
    return grounds_of_coercion(word) or in_side_clause(word) or \
        what_a_protest_is_against(word) or describes_a_person(word) or \
        names_a_venue_or_crowd(word) or weapon_of_an_attack(word) or \
        names_an_agency(word) or crime_blamed_on_a_group(word)


def crime_blamed_on_a_group(word: Token) -> bool:
    """A crime word in what a named group or state is blamed or accused of ("blamed the
    IRA for the raid on the Northern Bank, the biggest cash robbery in British history"):
    a political accusation, not a crime story."""
    node = word
    for _ in range(8):
        if node.head == node:
            return False
        parent = node.head
        if parent.lemma_.lower() in ("blame", "accuse") and parent.pos_ == "VERB":
            return node.dep_ == "prep" and node.lower_ in ("for", "of") and any(
                c.dep_ == "dobj" and (c.ent_type_ in ("ORG", "GPE", "NORP") or
                                      c.pos_ == "PROPN" and c.ent_type_ != "PERSON")
                for c in parent.children)
        node = parent
    return False


AGENCY_HEADS = frozenset({"squad", "unit", "force", "agency", "commission", "department",
                          "bureau", "court", "division", "brigade", "police", "office",
                          "directorate", "administration", "ministry", "tribunal"})


def names_an_agency(word: Token) -> bool:
    """A crime word in a capitalised agency's name ("the Special Anti-Robbery Squad", "the
    Anti-Narcotics Force"): the agency named, not a crime story."""
    if not word.text[:1].isupper():
        return False
    last = word
    while last.i + 1 < len(last.doc) and (
            last.nbor(1).text[:1].isupper() or last.nbor(1).text == "-"):
        last = last.nbor(1)
    return last.lemma_.lower() in AGENCY_HEADS


def grounds_of_coercion(word: Token) -> bool:
    """A sport, show or other discard word that only says why or where a state coerced
    someone ("jailed 52 members of MASSOB on treason charges for playing in a football
    tournament", "detained women trying to enter a football stadium"): the sentence still
    reports a political event."""
    node = word
    for _ in range(12):
        if node.head == node:
            return False
        parent = node.head
        if parent.lemma_.lower() in COERCION_VERBS and parent.pos_ == "VERB":
            if node.dep_ == "prep" and node.lower_ in GROUND_PREPS or \
                    node.dep_ in ("advcl", "xcomp") and node.i > parent.i:
                return True
            if node.dep_ == "dobj":
                # "arrested fans trying to enter the stadium": it describes the arrested
                return any(t.i == word.i for c in node.children if c.dep_ in ("acl", "relcl")
                           for t in c.subtree)
        node = parent
    return False


ACCUSATION_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion",
                              "suggestion"})
DEMAND_NOUNS = frozenset({"call", "demand", "appeal", "request", "plea", "ultimatum",
                          "proposal", "offer"})
REBUTTAL_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebuff", "rebut", "brush",
                            "shrug", "spurn"})


ELECTION_NOUNS = frozenset({"election", "vote", "poll", "polls", "ballot", "referendum",
                            "count", "runoff", "elections"})
# What a verdict on an election says of it when it condemns it.
FLAWED_WORDS = frozenset({"flaw", "flawed", "mar", "marred", "rig", "rigged", "fraudulent",
                          "unfair", "manipulate", "manipulated", "steal", "stolen", "taint",
                          "tainted", "undemocratic", "sham", "farce", "compromise"})
FAIR_WORDS = frozenset({"free", "fair", "credible", "transparent", "democratic", "reflect",
                        "meet"})
VERDICT_VERBS = frozenset({"say", "declare", "conclude", "find", "report", "state", "judge",
                           "rule", "announce"})


def judged_election(verb: Token) -> Token | None:
    """ "Observers said the election had been severely flawed", "EU monitors said the vote
    was neither free nor fair", "... was marred by violence and did not reflect the will
    of the people": a verdict condemning an election (ACCUSE disapprove) by whoever gives
    it. Returns the clause that states the verdict."""
    if verb.lemma_.lower() not in VERDICT_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lemma_.lower() not in ELECTION_NOUNS:
            continue
        heads = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr", "conj"))]
        words = {w for h in heads for w in (h.lemma_.lower(), h.lower_)}
        negated = any(t.dep_ == "neg" or t.lower_ in ("neither", "nor", "not")
                      for h in heads for t in h.subtree)
        if words & FLAWED_WORDS or negated and words & FAIR_WORDS:
            return clause
    return None


def rejected_claim(verb: Token) -> Token | None:
    """ "Hungary denied Romanian charges that it was interfering", "Syria dismissed as
    baseless U.S. charges that ...", "Nasrallah dismissed U.N. calls for the group to
    disarm", "brushing aside demands that he quit": rejecting an accusation or a demand
    (REJECT; for an accusation, as the PLOVER manual suggests for CAMEO's "deny
    responsibility"), not the act it names. Returns the accusation or demand noun."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REBUTTAL_VERBS:
        return None
    nouns = ACCUSATION_NOUNS | DEMAND_NOUNS
    for child in verb.children:
        noun = child if child.dep_ == "dobj" else next(
            (o for o in child.children if o.dep_ == "pobj"), None) if (
            child.dep_ == "prep" and child.lower_ == "as") else None  # "dismissed as baseless"
        misparsed = child.dep_ == "ccomp" and child.lower_.removesuffix("s") in nouns
        if misparsed:
            noun = child  # "dismissed U.N. calls for ...", parsed as "the U.N. calls"
        if noun is not None and (noun.lemma_.lower() in nouns or misparsed) and \
                noun.i > verb.i:
            return noun  # not "..., allegations the police denied": the act stays reported
    return None


def accuses_a_party(verb: Token) -> bool:
    """ "accused Eritrea of supplying weapons": an accusation of the party named, not a
    report of the act alleged, also when the parser reads "neighbouring" in "accused
    neighbouring Eritrea on Sunday of ..." as a verb and the "of" clause as its complement."""
    return verb.lemma_.lower() in ("accuse", "blame") and (
        any(c.dep_ == "dobj" for c in verb.children)
        or any(t.lower_ == "of" and any(g.dep_ == "pcomp" for g in t.children)
               for t in verb.subtree))


def accuser_of(noun: Token) -> Token | None:
    """Who made an accusation: "Romanian charges", "U.S. charges", "Iran's claims",
    "accusations by the United Nations"."""
    for child in noun.children:
        if child.dep_ == "nsubj" and noun.pos_ == "VERB":
            return child  # "U.N. calls", parsed as a clause
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN" or (
                child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE")):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def deployed_forces(verb: Token, recipient_heads: list[Token]) -> Token | None:
    """The force that a passive of moving names, with no agent ("thousands of riot police
    were deployed across Dhaka"): it is the one that mobilises, not a recipient."""
    if not recipient_heads or any(c.dep_ == "agent" for c in verb.children):
        return None
    head = recipient_heads[-1]  # the phrase the recipient was resolved from
    if head.dep_ != "nsubjpass" or head.head.i != verb.i:
        return None
    words = {w.lemma_.lower() for w in (head, *of_objects(head))}  # "thousands of police"
    return head if words & (POLICE_WORDS | FORCE_NOUNS) else None


def forces_move(verb: Token) -> bool:
    """Forces moving somewhere, or moved by their commander ("Soviet troops were moving
    towards the border", "India moved troops, tanks and missile batteries up to its
    border"): a deployment, which the verb dictionary leaves uncoded."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    moved = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if lemma in MOVEMENT_VERBS and any(c.lower_ == "out" and any(
            g.lower_ == "of" for g in c.children) for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("into", "to", "toward", "towards")
            for c in verb.children):
        return False  # "the last troops rolled out of Lebanon": they left
    if lemma in SENDING_PASSIVES and moved:
        # "2,000 soldiers were sent to Kuwait" (not "sent home": a return)
        if any(c.lower_ in ("home", "back") for c in verb.children):
            return False
        subject, objects = None, moved
    elif lemma in MOVEMENT_VERBS or lemma in GATHERING_VERBS or (lemma == "order" and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards")
            for h in (verb, *(o for o in verb.children if o.dep_ == "dobj"))
            for c in h.children)):  # "ordered ten battalions (...) to the border"
        subject, _ = subject_of(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return False
    heads = [h for h in (subject, *objects) if h is not None]
    # "thousands of troops", "hundreds of riot police": the counted noun is the force
    heads += [inner for h in heads if h.like_num or h.lemma_.lower() in COUNT_NOUNS
              for inner in of_objects(h)]
    if any(t.lemma_.lower() in ARMED_UNITS for h in heads
           for t in (h, *(c for c in h.children if c.dep_ == "compound"))):
        return True  # "the aircraft carrier strike group"
    if any(c.dep_ == "amod" and c.lower_ in ("armoured", "armored") for h in objects
           for c in h.children):
        return True  # "the army moved armoured vehicles onto the roads around Harare"
    if lemma in GATHERING_VERBS and any(h.lemma_.lower() in ARMED_MEN or any(
            c.lower_ == "armed" for c in h.children) for h in heads):
        return True  # "hundreds of rebel fighters gathered on the outskirts of Kidal"
    # police fanning out or massing deploy; police moving or advancing may be charging
    return lemma in ("fan", "mass") and any(h.lemma_.lower() in POLICE_WORDS for h in heads)

