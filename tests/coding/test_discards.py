"""The discard list: which phrases make a sentence report no political event."""

from __future__ import annotations

from tocsin.coding.discards import DiscardList, default_discards


def test_discards_a_later_file_withdraws_a_phrase_with_a_minus(tmp_path):
    extra = tmp_path / "mine.txt"
    extra.write_text("RUGBY\n-TOURNAMENT  # a tournament can be political\n", "utf-8")
    discards = DiscardList.load([extra])
    assert discards.find(["a", "rugby", "match"]) == ("rugby",)
    assert discards.find(["the", "tournament", "ended"]) is None
    assert default_discards().find(["the", "tournament", "ended"]) == ("tournament",)


def test_discards_natural_disasters_are_withdrawn_from_the_phoenix_list():
    assert default_discards().find(["tsunami", "relief"]) is None
    assert default_discards().find_at(["after", "the", "wimbledon", "final"]) == (
        2, ("wimbledon",))


def test_discards_a_speaker_s_podium_is_no_sport(code):
    e = code("Iran's president called the US leader a liar from the podium of the General "
             "Assembly on Tuesday.")
    assert e and e[0].event == "ACCUSE"
    assert code("The Kenyan runner finished on the podium in the marathon after attacking "
                "on the final climb.") == []


def test_discards_a_crime_word_in_an_agency_s_name_is_no_crime_story(code):
    e = code("Thousands of young Nigerians blocked the Lekki toll gate in Lagos on Wednesday, "
             "demanding that the police's Special Anti-Robbery Squad be abolished.",
             "2020-10-14")
    assert e and e[0].event == "PROTEST"
    assert code("Police said on Sunday the robbery at the Lagos jewellery shop was the "
                "third this month.", "2020-10-14") == []


def test_discards_a_crime_blamed_on_a_named_group_is_an_accusation(code):
    """Blaming an armed group or a state for a robbery is political; blaming a gang or a
    person for one is a crime story."""
    e = code("Spain's interior minister blamed ETA on Monday for the robbery of 350 "
             "pistols from an arms depot in France.", "2006-10-30")
    assert e and e[0].event == "ACCUSE"
    assert code("Police blamed a local gang for the robbery of a jewellery shop in Lyon.",
                "2006-10-30") == []
