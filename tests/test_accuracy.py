"""Accuracy gates: the coder must not fall below the floors in accuracy_floors.json.

The sets: the dev half of the PLOVER gold standard (../shared) and tocsin's own sets in
tests/data/gold (see the README there for how they were written and labelled).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text())
GOLD = Path(__file__).parent / "data" / "gold"


def _report(path: Path, code) -> dict:
    from tocsin.evaluation import evaluate, read_gold

    records = read_gold(path)
    return evaluate(records, lambda text, day: code(text, day.isoformat() if day else
                                                    "2000-01-01")).to_dict()


@pytest.fixture(scope="module")
def reports(shared, code):
    return {
        "gsr_dev": _report(shared / "data" / "plover" / "gsr_dev.json", code),
        "no_event": _report(GOLD / "no_event.json", code),
        "factuality": _report(GOLD / "factuality.json", code),
        "events": _report(GOLD / "events.json", code),
        "locations": _report(GOLD / "locations.json", code),
        "locations_holdout": _report(GOLD / "locations_holdout.json", code),
        "events_holdout": _report(GOLD / "events_holdout.json", code),
        "events_holdout2": _report(GOLD / "events_holdout2.json", code),
        "events_holdout3": _report(GOLD / "events_holdout3.json", code),
        "events_holdout4": _report(GOLD / "events_holdout4.json", code),
        "events_holdout5": _report(GOLD / "events_holdout5.json", code),
        "events_holdout6": _report(GOLD / "events_holdout6.json", code),
        "events_holdout7": _report(GOLD / "events_holdout7.json", code),
        "events_holdout8": _report(GOLD / "events_holdout8.json", code),
        "events_holdout9": _report(GOLD / "events_holdout9.json", code),
        "events_holdout10": _report(GOLD / "events_holdout10.json", code),
        "events_holdout11": _report(GOLD / "events_holdout11.json", code),
        "events_holdout12": _report(GOLD / "events_holdout12.json", code),
        "events_holdout13": _report(GOLD / "events_holdout13.json", code),
        "events_holdout14": _report(GOLD / "events_holdout14.json", code),
        "events_holdout15": _report(GOLD / "events_holdout15.json", code),
        "events_holdout16": _report(GOLD / "events_holdout16.json", code),
        "events_holdout17": _report(GOLD / "events_holdout17.json", code),
        "events_holdout18": _report(GOLD / "events_holdout18.json", code),
        "events_holdout19": _report(GOLD / "events_holdout19.json", code),
        "events_holdout20": _report(GOLD / "events_holdout20.json", code),
        "events_holdout21": _report(GOLD / "events_holdout21.json", code),
        "events_holdout22": _report(GOLD / "events_holdout22.json", code),
        "events_holdout23": _report(GOLD / "events_holdout23.json", code),
        "events_holdout24": _report(GOLD / "events_holdout24.json", code),
        "events_holdout25": _report(GOLD / "events_holdout25.json", code),
        "events_holdout26": _report(GOLD / "events_holdout26.json", code),
        "events_holdout27": _report(GOLD / "events_holdout27.json", code),
        "events_holdout28": _report(GOLD / "events_holdout28.json", code),
        "events_holdout29": _report(GOLD / "events_holdout29.json", code),
        "events_holdout30": _report(GOLD / "events_holdout30.json", code),
        "events_holdout31": _report(GOLD / "events_holdout31.json", code),
        "events_holdout32": _report(GOLD / "events_holdout32.json", code),
        "events_holdout33": _report(GOLD / "events_holdout33.json", code),
        "events_holdout34": _report(GOLD / "events_holdout34.json", code),
        "events_holdout35": _report(GOLD / "events_holdout35.json", code),
        "events_holdout36": _report(GOLD / "events_holdout36.json", code),
        "events_holdout37": _report(GOLD / "events_holdout37.json", code),
        "events_holdout38": _report(GOLD / "events_holdout38.json", code),
        "events_holdout39": _report(GOLD / "events_holdout39.json", code),
        "events_holdout40": _report(GOLD / "events_holdout40.json", code),
        "events_holdout41": _report(GOLD / "events_holdout41.json", code),
        "events_holdout42": _report(GOLD / "events_holdout42.json", code),
        "events_holdout43": _report(GOLD / "events_holdout43.json", code),
        "events_holdout44": _report(GOLD / "events_holdout44.json", code),
        "events_holdout45": _report(GOLD / "events_holdout45.json", code),
        "events_holdout46": _report(GOLD / "events_holdout46.json", code),
        "events_holdout47": _report(GOLD / "events_holdout47.json", code),
        "events_holdout48": _report(GOLD / "events_holdout48.json", code),
        "events_holdout49": _report(GOLD / "events_holdout49.json", code),
        "events_holdout50": _report(GOLD / "events_holdout50.json", code),
        "events_holdout51": _report(GOLD / "events_holdout51.json", code),
        "events_holdout52": _report(GOLD / "events_holdout52.json", code),
        "events_holdout53": _report(GOLD / "events_holdout53.json", code),
        "events_holdout54": _report(GOLD / "events_holdout54.json", code),
        "events_holdout55": _report(GOLD / "events_holdout55.json", code),
        "events_holdout56": _report(GOLD / "events_holdout56.json", code),
        "events_holdout57": _report(GOLD / "events_holdout57.json", code),
        "events_holdout58": _report(GOLD / "events_holdout58.json", code),
        "events_holdout59": _report(GOLD / "events_holdout59.json", code),
        "events_holdout60": _report(GOLD / "events_holdout60.json", code),
    }


CASES = [(s, m) for s, floors in FLOORS.items() if not s.startswith("_") for m in floors]


@pytest.mark.parametrize(("gold_set", "measure"), CASES)
def test_accuracy_floor(reports, gold_set, measure):
    limit = FLOORS[gold_set][measure]
    if measure.endswith("_max"):
        value = reports[gold_set][measure.removesuffix("_max")]
        assert value <= limit, (gold_set, measure, value)
    else:
        value = reports[gold_set][measure]
        assert value >= limit, (gold_set, measure, value)
