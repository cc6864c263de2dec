"""The offline gazetteer: names to countries, disambiguated by context."""

from __future__ import annotations

import pytest

from tocsin.coding.gazetteer import default_gazetteer, name_key


def test_gazetteer_finds_towns_the_actor_dictionary_lacks():
    g = default_gazetteer()
    assert g.lookup("Kramatorsk").country == "UKR"
    assert g.lookup("El Fasher").country == "SDN"
    place = g.lookup("Pahalgam")
    assert place.country == "IND" and place.lat is not None


def test_gazetteer_prefers_the_events_countries():
    g = default_gazetteer()
    assert g.lookup("Tripoli", prefer={"LBN"}).country == "LBN"
    assert g.lookup("Tripoli").country == "LBY"  # the larger one without context


def test_gazetteer_a_places_own_name_beats_an_alternate_name():
    place = default_gazetteer().lookup("Islamabad")  # also an old name of Chittagong
    assert place.country == "PAK" and place.lat == pytest.approx(33.72, abs=0.05)


@pytest.mark.parametrize("name", ["the Middle East", "Asia", "Africa", "Pacific", "Levant"])
def test_gazetteer_world_regions_are_no_towns(name):
    assert default_gazetteer().lookup(name) is None  # not Middle East, Maryland


def test_gazetteer_knows_names_as_english_news_spells_them():
    g = default_gazetteer()
    assert g.lookup("Hodeidah").country == "YEM"  # GeoNames: "El-Hodeidah"
    north_kivu = g.lookup("North Kivu")  # ISO 3166-2: "Nord-Kivu"
    assert north_kivu.country == "COD" and north_kivu.precision == "admin1"


def test_gazetteer_lists_its_regions_and_no_towns():
    regions = {(key, p.country) for key, p in default_gazetteer().regions()}
    assert ("north kivu", "COD") in regions and ("kramatorsk", "UKR") not in regions
    assert all(p.precision == "admin1" for _, p in default_gazetteer().regions())


def test_gazetteer_name_key_folds_accents_and_case():
    assert name_key("Khān Shaykhūn") == "khan shaykhun"
    assert default_gazetteer().lookup("the Unknownplace") is None


def test_coder_uses_the_gazetteer_for_the_recipient(code):
    e = code("Two Russian missiles hit a crowded restaurant in Kramatorsk on Tuesday, "
             "killing 13 people.")[0]
    assert e.location.name == "Kramatorsk" and e.location.country == "UKR"
    assert {r.code for r in e.recipient} == {"UKR"}


def test_gazetteer_apostrophes_left_out_or_kept_find_one_place():
    gazetteer = default_gazetteer()
    assert gazetteer.lookup("Maan").country == "JOR"  # Ma'an, not a Philippine village
    assert gazetteer.lookup("Ma'an").country == "JOR"
    assert gazetteer.lookup("Ba'albek").country == "LBN"  # GeoNames spells it Baalbek
