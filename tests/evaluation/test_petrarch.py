"""Tests for tocsin.evaluation.petrarch: reading PETRARCH2 unit-test records and scoring."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from tocsin.errors import GoldFormatError
from tocsin.evaluation.petrarch import (
    NO_EVENT,
    NO_PLOVER,
    PetrarchOutcome,
    PetrarchRecord,
    actor_full_code,
    as_petrarch_writes,
    evaluate_petrarch,
    find_validation_dictionaries,
    miss_class,
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


def record(rid: str, expected: list[tuple[str, str, str]], **config: str) -> PetrarchRecord:
    return PetrarchRecord(id=rid, text=rid, date=date(1995, 1, 1), expected=expected,
                          config=config)


def test_petrarch_scoring_exact_and_root() -> None:
    records = [
        record("p1", [("USAGOV", "IRN", "173")]),
        record("p2", [("ARN", "GON", "064"), ("GON", "ARN", "064")]),
        record("p3", []),
        record("p4", []),
        record("p5", [('"INJURY TOLL"', "OSG", "223")], new_actor_length="4"),
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
        "miss_classes": {"compound actors partly coded": 1,  # p2
                         "event predicted where none expected": 1,  # p4
                         "expected code has no PLOVER category": 1},  # p6: 223
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


def outcome(expected: list[tuple[str, str, str]], predicted: Iterable[tuple[str, str, str]],
            ) -> PetrarchOutcome:
    got = set(predicted)
    return PetrarchOutcome(record("r", expected), got, len(got))


def test_petrarch_miss_classes() -> None:
    want = [("ARN", "GON", "064")]
    assert miss_class(outcome(want, want)) == ""
    assert miss_class(outcome([("ERI", "OSG", "223")], [])) == NO_PLOVER  # validation-only
    assert miss_class(outcome(want, [])) == NO_EVENT
    assert miss_class(outcome(want, [("GON", "ARN", "064")])) == "source and target swapped"
    assert miss_class(outcome(want, [("ARN", "GONGOV", "064")])) == "wrong sector or agent code"
    assert miss_class(outcome(want, [("ARN", "", "064")])) == "missing target"
    assert miss_class(outcome(want, [('"THE ELVES"', "GON", "064")])) == \
        "source found but not coded"
    assert miss_class(outcome(want, [("ARN", "MOR", "064")])) == "wrong target"
    assert miss_class(outcome(want, [("ARN", "GON", "061")])) == "wrong CAMEO subcode"
    assert miss_class(outcome(want, [("ARN", "GON", "190")])) == "wrong CAMEO root"
    assert miss_class(outcome(want, [("MOR", "", "190")])) == "wrong actors and code"
    two = [("ARN", "GON", "064"), ("---GOV", "", "023")]
    assert miss_class(outcome(two, two[:1])) == "one of several expected events missed"


def test_petrarch_null_codes_and_new_actor_length() -> None:
    assert actor_full_code(ActorRef(text="the government", sector="GOV")) == "---GOV"
    assert actor_full_code(ActorRef(text="Gondor", code="GON", sector="MIL")) == "GONMIL"
    quoted = ('"INJURY TOLL"', '"THE MINISTRY OF SILLY WALKS"', "223")
    assert as_petrarch_writes(quoted, {}) == ("", "", "223")  # PETRARCH's default: ---
    assert as_petrarch_writes(quoted, {"new_actor_length": "4"}) == \
        ('"INJURY TOLL"', "", "223")
    assert as_petrarch_writes(quoted, {"new_actor_length": "5"}) == quoted


def write_dictionaries(folder: Path, names: dict[str, str]) -> None:
    for name, text in names.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_petrarch_finds_validation_dictionaries(tmp_path: Path) -> None:
    xml = tmp_path / "unit.xml"
    xml.write_text(SMALL_XML.replace(
        "<Environment>", "<Environment><Verbfile>my.verbs.txt</Verbfile>"
        "<Actorfile>a1.txt, a2.txt absent.txt</Actorfile>"), encoding="utf-8")
    write_dictionaries(tmp_path, {"my.verbs.txt": "", "a1.txt": "", "a2.txt": "",
                                  "PETR.Validate.verbs.txt": "",
                                  "PETR.Validate.agents.txt": "",
                                  "Phoenix.discards.txt": ""})
    (tmp_path / "PETR_config.ini").write_text(
        "[Dictionaries]\nverbfile_name = CAMEO.2.0.txt\n"
        "discardfile_name = Phoenix.discards.txt  # production\n"
        "#discardfile_name = PETR.Validate.discards.txt\n", encoding="utf-8")
    found = find_validation_dictionaries(xml)
    assert found.verbs == (tmp_path / "my.verbs.txt",)  # <Environment> first
    assert found.actors == (tmp_path / "a1.txt", tmp_path / "a2.txt")
    assert found.agents == (tmp_path / "PETR.Validate.agents.txt",)  # standard name
    assert found.discards == (tmp_path / "Phoenix.discards.txt",)  # config, last resort
    write_dictionaries(tmp_path, {"PETR.Validate.discards.txt": ""})
    assert find_validation_dictionaries(xml).discards == \
        (tmp_path / "PETR.Validate.discards.txt",)
    bare = tmp_path / "elsewhere" / "unit.xml"
    bare.parent.mkdir()
    bare.write_text(SMALL_XML, encoding="utf-8")
    assert find_validation_dictionaries(bare).to_dict() == \
        {"actors": [], "agents": [], "verbs": [], "discards": []}


def small_unit_file(folder: Path, ids: list[str]) -> Path:
    """A unit-test file of the real file's <Environment> and the records ``ids``, with the
    validation dictionaries copied next to it."""
    raw = UNIT_TESTS.read_text(encoding="utf-8", errors="replace")
    env = re.search(r"<Environment>.*?</Environment>", raw, re.S)
    assert env is not None
    blocks = []
    for rid in ids:
        found = re.search(rf'<Sentence[^>]*id="{re.escape(rid)}".*?</Sentence>', raw, re.S)
        assert found is not None, rid
        blocks.append(found.group(0))
    path = folder / "unit.xml"
    path.write_text(f"<Validation>\n{env.group(0)}\n<Sentences>\n" + "\n".join(blocks)
                    + "\n</Sentences>\n</Validation>\n", encoding="utf-8")
    for kind in ("actors", "agents", "verbs", "discards"):
        shutil.copy(UNIT_TESTS.parent / f"PETR.Validate.{kind}.txt", folder)
    return path


FIVE = ["DEMO-00", "DEMO-19", "AGENT-04", "DEMO-22", "FINAL-RECORD"]


@needs_data
def test_petrarch_cli_eval_uses_validation_dictionaries(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tocsin.cli import app

    path = small_unit_file(tmp_path, FIVE)
    errors = tmp_path / "misses.json"
    result = CliRunner().invoke(app, ["eval", "--petrarch", "--errors", str(errors),
                                      str(path)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {"n", "exact", "root", "exact_count", "root_count", "expected_triples",
            "exact_triples_found", "predicted_events", "miss_classes", "missed_ids",
            "dictionaries"} <= set(report)
    assert report["n"] == 5
    assert report["dictionaries"]["actors"] == [str(tmp_path / "PETR.Validate.actors.txt")]
    assert report["dictionaries"]["discards"] == [str(tmp_path / "PETR.Validate.discards.txt")]
    assert "DEMO-00" not in report["missed_ids"]  # ARN -> GON 064, from the validation actors
    misses = json.loads(errors.read_text())
    assert [m["id"] for m in misses] == report["missed_ids"]
    for miss in misses:
        assert set(miss) == {"id", "text", "class", "expected", "predicted", "root_ok"}
    codes = {code for m in misses for t in m["predicted"] for code in t[:2]}
    assert codes & {"GON", "ARN", "ARNGOV", "ERI", "OSG"}  # validation actors are coded


@needs_data
def test_petrarch_cli_eval_explicit_dictionaries_override(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tocsin.cli import app

    path = small_unit_file(tmp_path, ["DEMO-00"])
    actors = tmp_path / "team.actors.txt"
    actors.write_text("ARNOR [XAR]\nGONDOR [XGO]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--petrarch", "--actors", str(actors),
                                      "--errors", str(tmp_path / "m.json"), str(path)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["dictionaries"] == {"actors": [str(actors)], "agents": [], "verbs": [],
                                      "discards": []}
    assert report["missed_ids"] == ["DEMO-00"]
    [miss] = json.loads((tmp_path / "m.json").read_text())
    assert {code for t in miss["predicted"] for code in t[:2]} >= {"XAR", "XGO"}
