"""Tests for tocsin.evaluation.gold: reading and normalising gold records."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tocsin.errors import GoldFormatError
from tocsin.evaluation.gold import GoldRecord, parse_gold_record, read_gold

GSR_DEV = Path(__file__).resolve().parents[2].parent / "shared/data/plover/gsr_dev.json"


def write_json(tmp_path: Path, data: object, name: str = "gold.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_gold_reads_and_normalises_fields(tmp_path: Path) -> None:
    path = write_json(
        tmp_path,
        [
            {
                "id": "r0",
                "text": "  Iran's army shelled the town. ",
                "date": "2000-01-31",
                "event": "fight",
                "source": [
                    {"actorText": "Iran", "code": "irn", "sector": "mil"},
                    {"actorText": "Hezbollah", "code": "LBNREB"},
                    {"actorText": "someone", "code": ""},
                ],
                "target": "",
                "mode": "Heavy-Weapons",
                "context": ["military", " "],
                "eventLoc": {"name": "Basra", "country code": "IQ"},
                "dead": "1,200",
                "injured": 3,
                "factuality": "Hypothetical-consequence-threatened",
            },
            {"text": "Nothing happened.", "event": "NONE"},
        ],
    )
    first, second = read_gold(path)
    assert isinstance(first, GoldRecord)
    assert first.index == 0 and first.id == "r0"
    assert first.text == "Iran's army shelled the town."
    assert first.date == date(2000, 1, 31)
    assert first.event == "ASSAULT"
    assert first.source_codes == {"IRN", "LBN"}
    assert first.source[0].sector == "MIL" and first.source[0].text == "Iran"
    assert first.target == [] and first.target_codes == set()
    assert first.mode == "heavy-weapons"
    assert first.context == ["military"]
    assert first.location == "Basra"
    assert (first.dead, first.injured) == (1200, 3)
    assert first.factuality == "hypothetical-consequence-threatened"
    assert first.is_event

    assert second.index == 1 and second.id == ""
    assert second.event == "NONE" and not second.is_event
    assert second.date is None and second.source == [] and second.target == []
    assert (second.mode, second.location, second.factuality) == ("", "", "")
    assert second.dead is None and second.context == []


@pytest.mark.parametrize(
    ("old", "new"),
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"),
     ("FIGHT", "ASSAULT"), ("agree", "AGREE"), ("none", "NONE")],
)  # fmt: skip
def test_gold_maps_old_category_names(old: str, new: str) -> None:
    assert parse_gold_record({"text": "x", "event": old}, 0).event == new


def test_gold_context_string_and_stray_string_actor() -> None:
    rec = parse_gold_record(
        {"text": "x", "event": "AGREE", "context": "refugees", "target": "diplomatic"}, 0
    )
    assert rec.context == ["refugees"]
    assert rec.target_codes == set()  # a bare string is text, never a code


@pytest.mark.parametrize(
    ("content", "index"),
    [
        ("not json at all", None),
        ('{"text": "x", "event": "AGREE"}', None),
        ('[{"text": "x", "event": "AGREE"}, "oops"]', 1),
        ('[{"event": "AGREE"}]', 0),
        ('[{"text": "x", "event": "AGREE"}, {"text": "y"}]', 1),
        ('[{"text": "  ", "event": "AGREE"}]', 0),
        ('[{"text": "x", "event": ""}]', 0),
        ('[{"text": "x", "event": 3}]', 0),
        ('[{"text": "x", "event": "AGREE", "date": "31/01/2000"}]', 0),
        ('[{"text": "x", "event": "AGREE", "dead": "dozens"}]', 0),
        ('[{"text": "x", "event": "AGREE", "source": 5}]', 0),
        ('[{"text": "x", "event": "AGREE", "target": ["USA"]}]', 0),
        ('[{"text": "x", "event": "AGREE", "factuality": "maybe"}]', 0),
        ('[{"text": "x", "event": "AGREE", "context": 7}]', 0),
    ],
)
def test_gold_format_errors_name_file_and_record(
    tmp_path: Path, content: str, index: int | None
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        read_gold(path)
    err = info.value
    assert err.code == "E400"
    assert err.path == str(path) and err.index == index and err.reason
    assert str(path) in str(err)
    if index is not None:
        assert f"record {index}" in str(err)


def test_gold_missing_file_is_gold_format_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError):
        read_gold(tmp_path / "absent.json")


@pytest.mark.skipif(not GSR_DEV.exists(), reason="shared PLOVER data not present")
def test_gold_reads_real_gsr_dev() -> None:
    records = read_gold(GSR_DEV)
    assert len(records) == 161
    assert [r.index for r in records] == list(range(161))
    assert not {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"} & {r.event for r in records}
    first = records[0]
    assert first.id == "PLOVER-GSR01-AGREE-0001"
    assert first.event == "AGREE" and first.date == date(2000, 1, 1)
    assert first.source_codes == {"HUN", "ROU"} and first.target_codes == set()
    assert sum(1 for r in records if r.location) == 24
    assert sum(1 for r in records if r.dead is not None) == 7
    assert all(len(c) == 3 for r in records for c in r.source_codes | r.target_codes)


def test_gold_reads_event_location_detail() -> None:
    rec = parse_gold_record({"text": "t", "event": "ASSAULT", "eventLoc": {
        "name": "Tripoli", "country": "lbn", "lat": 34.43, "lon": 35.84}}, 0)
    assert (rec.location, rec.place.country, rec.place.lat, rec.place.lon) == (
        "Tripoli", "LBN", 34.43, 35.84)
    assert parse_gold_record({"text": "t", "event": "NONE"}, 0).place.lat is None


@pytest.mark.parametrize("loc", [{"name": "X", "lat": 91, "lon": 0}, {"name": "X", "lat": 1},
                                 {"name": "X", "lat": "1", "lon": 2}])
def test_gold_bad_coordinates_are_format_errors(loc: dict) -> None:
    with pytest.raises(GoldFormatError):
        parse_gold_record({"text": "t", "event": "ASSAULT", "eventLoc": loc}, 0)


def test_gold_locations_set_is_located() -> None:
    records = read_gold(Path(__file__).resolve().parents[1] / "data/gold/locations.json")
    assert len(records) >= 200 and all(r.location and r.event != "NONE" for r in records)
    assert sum(r.place.lat is not None for r in records) >= 190
