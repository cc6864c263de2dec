"""Counting the dead: numbers, and single victims."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "dead"), [
    ("A US civilian contractor was killed on Friday when rockets struck a base near "
     "Kirkuk.", 1),
    ("A US drone strike killed Quds Force commander Qasem Soleimani in Baghdad.", 1),
    ("A soldier and a civilian were killed in the shelling of Kherson.", 2),
    ("An Israeli air strike on a school killed at least 22 people on Saturday.", 22),
    ("Israeli strikes killed two soldiers and three civilians in Nabatieh.", 5),
    ("A massive bomb tore through a motorcade in Beirut on Monday, killing the former "
     "Lebanese prime minister and at least 14 other people.", 15),
])
def test_fatalities_single_victims_count_one(code, text, dead):
    assert code(text)[0].dead == dead


def test_fatalities_the_attacker_is_no_victim(code):
    # "An air strike killed ...": the subject is the killer; with no victim count, None
    assert code("An Israeli air strike killed dozens of people in Rafah.")[0].dead is None


def test_fatalities_one_death_with_no_weapon_is_no_attack_on_a_country(code):
    assert code("A motorist was killed in a road rage incident on a motorway near Lyon, "
                "according to local officials.") == []


def test_fatalities_accidents_are_not_attacks(code):
    assert code("A passenger plane crashed shortly after taking off from Tehran on "
                "Wednesday, killing all 176 people on board.") == []
    assert code("Officials said 63 Canadians were among the 176 people killed in the "
                "crash of a Ukrainian airliner near Tehran.") == []


def test_fatalities_a_protests_grievance_toll_is_not_the_protests(code):
    """The strikes protested against killed 25; the storming killed no one."""
    events = code("Hundreds of supporters of Iraqi militias broke into the outer compound of "
                  "the U.S. embassy in Baghdad on Tuesday, smashing a gate, in protest at "
                  "U.S. air strikes that killed 25 fighters.", "2019-12-31")
    storming = next(e for e in events if "USA" in {r.code for r in e.recipient})
    assert storming.dead is None
