"""cluster_events: mentions of one event merge; hard negatives stay apart."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from tocsin.dedup.events import EventCluster, cluster_events

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "dedup.json"


def ev(text, event="ASSAULT", actor=("RUS",), recipient=("UKR",), day="2024-05-19",
       place=("Kharkiv", "UKR"), source="wire", art=None, dead=None, seen=None):  # fmt: skip
    return {
        "id": f"{source}:{text[:24]}",
        "event": event,
        "actor": [{"code": c, "sector": ""} for c in actor],
        "recipient": [{"code": c, "sector": ""} for c in recipient],
        "date": day,
        "location": {"name": place[0], "country": place[1]} if place else None,
        "text": text,
        "dead": dead,
        "article": {"id": art or f"{source}-{day}", "source": source, "date": seen or day},
    }


HOSPITAL = [
    ev("A Russian missile hit a children's hospital in Kharkiv, killing three people.",
       source="a", dead=3, art="a-roundup"),
    ev("Rescuers searched the ruins of the Kharkiv children's hospital hit by a Russian "
       "missile; the toll rose to four.", source="b", dead=4, day="2024-05-20",
       seen="2024-05-20"),
    ev("Ukraine said Russia deliberately struck a children's hospital in Kharkiv.",
       source="c", place=None),
]  # fmt: skip
SUBSTATION = [
    ev("Russian drones struck an electricity substation in Kharkiv, cutting power to "
       "thousands of homes.", source="a", art="a-roundup"),
    ev("A drone attack on a Kharkiv substation left districts without electricity.",
       source="d"),
]  # fmt: skip


def labels(clusters: list[EventCluster]) -> dict[str, str]:
    return {m["id"]: c.id for c in clusters for m in c.mentions}


def test_events_reports_of_one_attack_merge_and_keep_max_toll():
    clusters = cluster_events(HOSPITAL)
    assert len(clusters) == 1
    c = clusters[0]
    assert c.dead == 4
    assert c.num_sources == 3 and c.num_articles == 3
    assert c.mentions[0]["article"]["id"] == "a-roundup"
    assert (c.first_seen, c.last_seen) == ("2024-05-19", "2024-05-20")
    assert c.location == {"name": "Kharkiv", "country": "UKR"}
    assert len(c.to_dict()["mentions"]) == 3


def test_events_two_strikes_in_one_city_on_one_day_stay_apart():
    clusters = cluster_events(HOSPITAL + SUBSTATION)
    lab = labels(clusters)
    assert len({lab[e["id"]] for e in HOSPITAL}) == 1
    assert len({lab[e["id"]] for e in SUBSTATION}) == 1
    assert lab[HOSPITAL[0]["id"]] != lab[SUBSTATION[0]["id"]]


def test_events_different_named_places_in_one_country_stay_apart():
    a = ev("Russian missiles struck an industrial site, killing five.", place=("Dnipro", "UKR"))
    b = ev("Russian missiles struck an industrial site, killing five.", place=("Sumy", "UKR"),
           source="x")  # fmt: skip
    assert len(cluster_events([a, b])) == 2


def test_events_country_level_place_matches_city_in_that_country():
    a = ev("Protesters stormed parliament in Nairobi over the finance bill.", event="PROTEST",
           actor=("KEN",), recipient=("KEN",), place=("Nairobi", "KEN"))  # fmt: skip
    b = ev("Protesters stormed parliament in Kenya over the finance bill.", event="PROTEST",
           actor=("KEN",), recipient=("KEN",), place=("Kenya", "KEN"), source="x")  # fmt: skip
    assert len(cluster_events([a, b])) == 1


def test_events_outside_date_window_stay_apart():
    a = ev("Protesters marched on parliament in Nairobi against the tax bill.", event="PROTEST",
           actor=("KEN",), recipient=("KEN",), place=("Nairobi", "KEN"))  # fmt: skip
    b = dict(a, id="later", date="2024-05-26", article={"id": "x", "source": "x"})
    assert len(cluster_events([a, b])) == 2


def test_events_different_category_outside_close_pairs_stay_apart():
    a = ev("Police detained the opposition leader in Tbilisi.", event="COERCE",
           actor=("GEO",), recipient=("GEO",), place=("Tbilisi", "GEO"))  # fmt: skip
    b = dict(a, id="b", event="PROTEST", article={"id": "y", "source": "y"})
    assert len(cluster_events([a, b])) == 2


def test_events_symmetric_meeting_matches_reversed_dyad():
    a = ev("Blinken met Wang Yi in Beijing for talks on trade and Taiwan.", event="CONSULT",
           actor=("USA",), recipient=("CHN",), place=("Beijing", "CHN"))  # fmt: skip
    b = ev("Wang Yi held talks with Blinken in Beijing on trade and Taiwan.", event="CONSULT",
           actor=("CHN",), recipient=("USA",), place=("Beijing", "CHN"), source="x")  # fmt: skip
    assert len(cluster_events([a, b])) == 1


def test_events_conflicting_actors_stay_apart():
    a = ev("Air strikes hit the port of Hodeidah.", actor=("USA",), recipient=("YEM",),
           place=("Hodeidah", "YEM"))  # fmt: skip
    b = ev("Air strikes hit the port of Hodeidah.", actor=("ISR",), recipient=("YEM",),
           place=("Hodeidah", "YEM"), source="x")  # fmt: skip
    assert len(cluster_events([a, b])) == 2


def test_events_empty_input_gives_no_clusters():
    assert cluster_events([]) == []


def test_events_mentions_without_ids_get_stable_ids():
    a = ev("A Russian missile hit a children's hospital in Kharkiv.")
    del a["id"]
    first = cluster_events([copy.deepcopy(a)])[0].id
    assert first == cluster_events([copy.deepcopy(a)])[0].id


@pytest.mark.skipif(not GOLD.exists(), reason="gold corpus missing")
def test_events_clustering_is_deterministic_under_input_order():
    events = json.loads(GOLD.read_text("utf-8"))["events"]
    base = [c.to_dict() for c in cluster_events(events)]
    shuffled = list(events)
    random.Random(7).shuffle(shuffled)
    assert [c.to_dict() for c in cluster_events(shuffled)] == base


def test_events_a_threatened_strike_is_not_the_strike():
    """A planned or threatened act is another event than the act; a report and a claim
    of the same act are one."""
    done = ev("Russian drones struck a substation in Kharkiv.", source="a")
    claimed = {**ev("Russia said its drones struck a Kharkiv substation.", source="b"),
               "factuality": "reported"}
    planned = {**ev("Russian drones may strike the Kharkiv substation again.", source="c"),
               "factuality": "hypothetical"}
    got = labels(cluster_events([done, claimed, planned]))
    assert got[done["id"]] == got[claimed["id"]] != got[planned["id"]]


def test_events_a_denial_joins_the_act_it_denies_without_speaking_for_it():
    """A denial disputes who did an act, not that it happened: one event, whose id is
    the first mention that reports the act."""
    denial = {**ev("Russia denied that its drones struck the Kharkiv substation.",
                   source="a"), "factuality": "negated"}
    done = ev("Russian drones struck a substation in Kharkiv, cutting power.", source="b",
              art="z-later")  # sorted after the denial
    clusters = cluster_events([denial, done])
    assert len(clusters) == 1 and clusters[0].id == done["id"]
    assert len(clusters[0].mentions) == 2


def test_events_paraphrases_meet_through_news_synonyms():
    """Reports that share no word but synonyms ("troops detained" / "soldiers arrested")
    are one event; the words stand for their group in the comparison."""
    from tocsin.dedup.events import _tokens

    assert _tokens("Troops detained protesters") == _tokens("soldiers arrested marchers")
    a = ev("Troops detained dozens of protesters outside parliament.", event="COERCE",
           actor=("MLI",), recipient=("MLI",), place=None, source="a")
    b = ev("Soldiers arrested marchers near the legislature, witnesses said.",
           event="COERCE", actor=("MLI",), recipient=("MLI",), place=None, source="b")
    assert len(cluster_events([a, b])) == 1


def test_events_a_ceasefire_agreed_and_a_halt_to_firing_are_one_event():
    agreed = ev("Thailand and Cambodia agreed to an immediate ceasefire along their border.",
                event="AGREE", actor=("THA", "KHM"), recipient=(), place=None, source="a")
    halted = ev("Thai and Cambodian troops halted firing along the border under the "
                "ceasefire.", event="RETREAT", actor=("THA", "KHM"), recipient=(),
                place=None, source="b")
    fighting = ev("Thai and Cambodian troops exchanged fire along the border.",
                  event="ASSAULT", actor=("THA", "KHM"), recipient=(), place=None,
                  source="c")
    clusters = cluster_events([agreed, halted, fighting])
    assert sorted(len(c.mentions) for c in clusters) == [1, 2]
    assert {c.event for c in clusters if len(c.mentions) == 2} <= {"AGREE", "RETREAT"}


def test_events_reports_of_one_summit_need_no_shared_word():
    statement = ev("The declaration signed at the meeting commits Pyongyang to denuclearise.",
                   event="CONSULT", actor=("USA",), recipient=("PRK",), place=None,
                   source="a", day="2018-06-12")
    handshake = ev("Trump and Kim shook hands at a Sentosa hotel.", event="CONSULT",
                   actor=("USA", "PRK"), recipient=(), place=("Singapore", "SGP"),
                   source="b", day="2018-06-12")
    later = ev("Trump and Kim met again in Hanoi.", event="CONSULT", actor=("USA", "PRK"),
               recipient=(), place=("Hanoi", "VNM"), source="c", day="2018-06-14")
    sizes = sorted(len(c.mentions) for c in cluster_events([statement, handshake, later]))
    assert sizes == [1, 2]


def test_events_two_strikes_in_one_city_still_need_shared_words():
    # Attacks are frequent: two reports sharing no word stay apart.
    a = ev("A missile destroyed a shopping centre, officials said.", source="a")
    b = ev("Drones set a fuel depot ablaze overnight.", source="b")
    assert len(cluster_events([a, b])) == 2


def test_events_talks_announced_for_a_day_and_held_that_day_are_one_event():
    planned = ev("Oman says Saturday's talks between Iran and the US will be indirect.",
                 event="CONSULT", actor=("IRN",), recipient=("USA",), place=("Oman", "OMN"),
                 source="a", day="2025-04-12")
    planned["factuality"] = "hypothetical"
    held = ev("Iranian and US envoys held indirect talks in Muscat.", event="CONSULT",
              actor=("USA",), recipient=("IRN",), place=("Muscat", "OMN"), source="b",
              day="2025-04-12")
    assert len(cluster_events([planned, held])) == 1
    threat = ev("Iran will strike back at Israel.", event="ASSAULT", actor=("IRN",),
                recipient=("ISR",), place=None, source="c")
    threat["factuality"] = "hypothetical"
    strike = ev("Iran struck Israel with missiles.", event="ASSAULT", actor=("IRN",),
                recipient=("ISR",), place=None, source="d")
    assert len(cluster_events([threat, strike])) == 2


def test_events_rare_acts_naming_no_country_still_need_shared_words():
    a = ev("The ministry said the talks had been useful.", event="CONSULT", actor=(),
           recipient=(), place=None, source="a")
    b = ev("Delegates met behind closed doors for three hours.", event="CONSULT", actor=(),
           recipient=(), place=None, source="b")
    assert len(cluster_events([a, b])) == 2


def test_events_a_town_and_its_region_by_its_english_or_short_name():
    town = ev("A Russian missile hit the railway station in Sloviansk, killing four.",
              place=("Sloviansk", "UKR"), source="a")
    region = ev("Four people died when a Russian missile struck a railway station in the "
                "Donetsk region.", place=("Donetsk region", "UKR"), source="b")
    assert len(cluster_events([town, region])) == 1
    village = ev("Militants shot dead five pilgrims near Reasi.", actor=(), recipient=("IND",),
                 place=("Reasi", "IND"), source="c")
    state = ev("Five pilgrims were shot dead by militants in Kashmir.", actor=(),
               recipient=("IND",), place=("Kashmir", "IND"), source="d")
    assert len(cluster_events([village, state])) == 1


def test_events_a_site_named_beside_its_town_is_in_it():
    site = ev("Two car bombs exploded at the Sobe junction in Mogadishu, killing dozens.",
              actor=(), recipient=("SOM",), place=("Sobe junction", "SOM"), source="a")
    town = ev("The toll from the twin car bombs in Mogadishu rose to 120.", actor=(),
              recipient=("SOM",), place=("Mogadishu", "SOM"), source="b")
    elsewhere = ev("Israeli strikes set fire to tents in the Tal Umm area, killing 20.",
                   actor=("ISR",), recipient=("PSE",), place=("Tal Umm area", "PSE"),
                   source="c")
    north = ev("Israeli strikes hit homes in Jabalia, killing 20.", actor=("ISR",),
               recipient=("PSE",), place=("Jabalia", "PSE"), source="d")
    sizes = sorted(len(c.mentions) for c in cluster_events([site, town, elsewhere, north]))
    assert sizes == [1, 1, 2]
