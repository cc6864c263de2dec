"""Accuracy gates: the coder must not fall below the floors in accuracy_floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text())


@pytest.fixture(scope="module")
def gsr_report(shared, code):
    from tocsin.evaluation import evaluate, read_gold

    records = read_gold(shared / "data" / "plover" / "gsr_dev.json")
    return evaluate(records, lambda text, day: code(text, day.isoformat() if day else
                                                    "2000-01-01")).to_dict()


@pytest.mark.parametrize("measure", sorted(FLOORS["gsr_dev"]))
def test_accuracy_gsr_dev_floor(gsr_report, measure):
    assert gsr_report[measure] >= FLOORS["gsr_dev"][measure], (measure, gsr_report[measure])
