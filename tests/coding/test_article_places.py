"""Places from an article's dateline or main place, for events whose sentence names none."""

from __future__ import annotations

import pytest

from tocsin.coding.actors import default_actor_dictionary
from tocsin.coding.article_places import (
    dateline_place,
    dictionary_countries,
    fill_article_places,
    main_place,
)
from tocsin.model import ActorRef, Article, Event, Location


@pytest.fixture(scope="module")
def country_of():
    return dictionary_countries(default_actor_dictionary())


@pytest.mark.parametrize(("text", "name", "country"), [
    ("ERBIL, Iraq — Turkish drones struck a village on Monday.", "Erbil", "IRQ"),
    ("KYIV, Ukraine (AP) — Air raid sirens sounded overnight.", "Kyiv", "UKR"),
    ("Strikes resume\nKHARTOUM - Fighting spread to the east of the city.", "Khartoum", "SDN"),
    ("Goma, Congo -- Rebels advanced on the airport.", "Goma", "COD"),
    ("WASHINGTON — The president spoke to reporters.", "Washington", "USA"),
    ("ISLAMABAD, May 9 — Supporters fought police.", "Islamabad", "PAK"),  # a date, no region
])
def test_dateline_place_is_read_and_geolocated(country_of, text, name, country):
    place = dateline_place(text, country_of)
    assert place is not None and (place.name, place.country) == (name, country)
    assert place.basis == "dateline"


@pytest.mark.parametrize("text", [
    "Protesters - who had gathered since dawn - marched on parliament.",
    "The ministry said: talks will resume.",
    "Officials in Baghdad said the attack was repelled.",
    "XYZZY PLUGH — nothing of the kind.",
])
def test_no_dateline_in_prose_or_unknown_names(country_of, text):
    assert dateline_place(text, country_of) is None


def _event(kind: str, actor: str, recipient: str, sentence: int,
           location: Location | None = None) -> Event:
    return Event(event=kind, cameo="", text="...", sentence_index=sentence, location=location,
                 actor=[ActorRef("a", actor, "")] if actor else [],
                 recipient=[ActorRef("r", recipient, "")] if recipient else [])


def test_fill_uses_dateline_only_where_the_event_fits(country_of):
    article = Article(id="a", text="WASHINGTON — U.S. jets struck militia depots in Iraq.")
    statement = _event("ACCUSE", "USA", "IRN", 1)
    strike_abroad = _event("ASSAULT", "USA", "IRQ", 2)
    arrest_at_home = _event("COERCE", "USA", "USA", 3)
    placed = _event("ASSAULT", "USA", "IRQ", 0, Location("Qaim", "IRQ"))
    events = [placed, statement, strike_abroad, arrest_at_home]
    assert fill_article_places(article, events, country_of) == 2
    assert statement.location.name == "Washington" and statement.location.basis == "dateline"
    assert arrest_at_home.location.country == "USA"
    assert strike_abroad.location is None  # not put in Washington
    assert placed.location.name == "Qaim" and placed.location.basis == "sentence"


def test_main_place_needs_two_sentences(country_of):
    mosul = Location("Mosul", "IRQ", lat=36.3, lon=43.1, precision="city")
    once = [_event("ASSAULT", "IRQ", "IRQ", 0, mosul)]
    assert main_place(once) is None
    twice = [*once, _event("ASSAULT", "IRQ", "IRQ", 2, mosul), _event("RETREAT", "", "IRQ", 3)]
    place = main_place(twice)
    assert place is not None and place.name == "Mosul" and place.basis == "article"
    article = Article(id="b", text="No dateline here. Fighting went on.")
    assert fill_article_places(article, twice, country_of) == 1
    assert twice[2].location.name == "Mosul" and twice[2].location.basis == "article"
    assert twice[2].location.span is None
