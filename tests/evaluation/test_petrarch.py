"""Tests for tocsin.evaluation.petrarch: reading PETRARCH2 unit-test records and scoring."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from tocsin.errors import GoldFormatError
from tocsin.evaluation.petrarch import (
    PetrarchRecord,
    evaluate_petrarch,
    read_petrarch_records,
    root_triple,
)
from tocsin.model import ActorRef, Event

UNIT_TESTS = (
    Path(__file__).resolve().parents[2].parent / "shared/data/petrarch2/PETR.UnitTest.records.xml"
)
needs_data = pytest.mark.skipif(not UNIT_TESTS.exists(), reason="shared PETRARCH data absent")

SMALL_XML = """<Validation>
<Environment><Config option="stop_on_error" value="True"></Config></Environment>
<Sentences>
<!-- <Sentence id="COMMENTED"> is not a record -->
<Sentence date = "19950101" id ="A-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY  toll"' targetcode="OSG" eventcode="0231"></EventCoding>
<Text>
Arnor will abandon full &TIETYPE ties
   with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="bad" id="A-02" category="DEMO" sentence="true">
<EventCoding noevents = "True"> </EventCoding>
<Text>Nothing.</Text>
</Sentence>
<Sentence date="19950102" id="A-03" category="DEMO" sentence="false">
<EventCoding sourcecode="X" targetcode="Y" eventcode="010"></EventCoding>
<Text>Not implemented.</Text>
</Sentence>
<Sentence date="19950103" id="A-04" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- something.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_petrarch_reads_nonstandard_xml(tmp_path: Path) -> None:
    path = tmp_path / "unit.xml"
    path.write_text(SMALL_XML, encoding="utf-8")
    records = read_petrarch_records(path)
    assert [r.id for r in records] == ["A-01", "A-02", "A-04"]
    first, second, error = records
    assert first.text == "Arnor will abandon full &TIETYPE ties with Gondor."
    assert first.date == date(1995, 1, 1)
    assert first.expected == [("ARNGOV", "GON", "064"), ('"INJURY TOLL"', "OSG", "0231")]
    assert first.parse.startswith("(ROOT") and first.category == "DEMO"
    assert first.config == {"stop_on_error": "True"}
    assert second.expected == [] and second.date is None
    assert second.config["new_actor_length"] == "4"
    assert error.expected == [] and error.error == "dateline"
    everything = read_petrarch_records(path, include_inactive=True)
    assert [r.id for r in everything] == ["A-01", "A-02", "A-03", "A-04"]
    assert not everything[2].active


def test_petrarch_unreadable_xml_is_gold_format_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<Sentences><Sentence id='x'><Text>oops</Sentences>", encoding="utf-8")
    with pytest.raises(GoldFormatError):
        read_petrarch_records(path)
    with pytest.raises(GoldFormatError):
        read_petrarch_records(tmp_path / "absent.xml")


@needs_data
def test_petrarch_reads_real_unit_tests() -> None:
    records = read_petrarch_records(UNIT_TESTS)
    assert len(records) == 279
    assert len(read_petrarch_records(UNIT_TESTS, include_inactive=True)) == 284
    by_id = {r.id: r for r in records}
    demo = by_id["DEMO-00"]
    assert demo.expected == [("ARN", "GON", "064")]
    assert demo.date == date(1995, 1, 1)
    assert demo.text.startswith("Arnor is about to restore full diplomatic ties with Gondor")
    assert by_id["DEMO-02"].expected == [("DAGGOV", "GON", "032"), ("GON", "DAGGOV", "033")]
    assert ('"INJURY TOLL"', "OSG", "223") in by_id["DEMO-22"].expected
    assert by_id["FINAL-RECORD"].expected == []
    assert by_id["PATTERN-06"].expected == []  # no <EventCoding> at all
    assert by_id["ERROR-01"].error == "dateline" and by_id["ERROR-01"].expected == []
    assert sum(1 for r in records if not r.expected) == 27
    assert all(r.text and r.date for r in records)


def ev(cameo: str, actor: Iterable[ActorRef] = (), recipient: Iterable[ActorRef] = ()) -> Event:
    return Event(event="X", cameo=cameo, text="", actor=list(actor), recipient=list(recipient))


def a(code: str, sector: str = "", text: str = "") -> ActorRef:
    return ActorRef(text=text or code, code=code, sector=sector)


def record(rid: str, expected: list[tuple[str, str, str]]) -> PetrarchRecord:
    return PetrarchRecord(id=rid, text=rid, date=date(1995, 1, 1), expected=expected)


def test_petrarch_scoring_exact_and_root() -> None:
    records = [
        record("p1", [("USAGOV", "IRN", "173")]),
        record("p2", [("ARN", "GON", "064"), ("GON", "ARN", "064")]),
        record("p3", []),
        record("p4", []),
        record("p5", [('"INJURY TOLL"', "OSG", "223")]),
        record("p6", [("ERI", "OSG", "223")]),
    ]
    predictions = {
        "p1": [ev("173", [a("USA", "GOV")], [a("IRN")])],
        "p2": [ev("064", [a("ARN")], [a("GON")]), ev("061", [a("GON", "MIL")], [a("ARN")])],
        "p4": [ev("010", [a("ARN")])],
        "p5": [ev("223", [ActorRef(text="injury  toll")], [a("OSG")])],
        "p6": [ev("190", [a("ERI")], [a("OSG")])],
    }
    result = evaluate_petrarch(records, lambda text, when: predictions.get(text, []))
    assert result == {
        "n": 6,
        "exact": 0.5,  # p1, p3, p5
        "root": 0.6667,  # p1, p2, p3, p5
        "exact_count": 3,
        "root_count": 4,
        "no_event_records": 2,
        "no_event_correct": 1,
        "expected_triples": 5,
        "exact_triples_found": 3,
        "root_triples_found": 4,
        "predicted_events": 6,
        "missed_ids": ["p2", "p4", "p6"],
    }


def test_petrarch_root_triple_keeps_quoted_actors() -> None:
    assert root_triple(("USAGOVFRM", "IRN", "0231")) == ("USA", "IRN", "02")
    assert root_triple(('"INJURY TOLL"', "OSG", "223")) == ('"INJURY TOLL"', "OSG", "22")


def test_petrarch_uncoded_actor_does_not_match_a_country_code() -> None:
    records = [record("p", [("GON", "ARN", "064")])]
    preds = [ev("064", [ActorRef(text="Gondor")], [a("ARN")])]
    assert evaluate_petrarch(records, lambda t, d: preds)["root"] == 0.0


def test_petrarch_empty_records() -> None:
    result = evaluate_petrarch([], lambda t, d: [])
    assert result["n"] == 0 and result["exact"] is None and result["root"] is None
