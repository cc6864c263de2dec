"""The real scraped sample article: every `must` event, the title once, no boilerplate."""

from __future__ import annotations

import json
from datetime import date

import pytest


@pytest.fixture(scope="module")
def sample(shared, coder):
    from tocsin.api import code_files

    path = shared / "samples" / "us-iran-2020-04-02.txt"
    expected = json.loads((shared / "samples" / "us-iran-2020-04-02.expected.json").read_text())
    [result] = list(code_files([path], date=date(2020, 4, 2), coder=coder))
    return result, expected


def _matches(event, spec) -> bool:
    if spec["sentence_contains"] not in event.text or event.event not in spec["event"]:
        return False
    src = {a.code for a in event.actor if a.code}
    tgt = {a.code for a in event.recipient if a.code}
    return _codes_ok(src, spec["source"]) and _codes_ok(tgt, spec["target"])


def _codes_ok(found: set[str], allowed: list[str]) -> bool:
    """An empty list allows anything; "" in the list allows an uncoded side."""
    if not allowed:
        return True
    if not found:
        return "" in allowed
    return found <= set(allowed)


def test_sample_finds_every_must_event(sample):
    result, expected = sample
    missing = [s["key"] for s in expected["events"] if s["must"]
               and not any(_matches(e, s) for e in result.events)]
    assert missing == []


def test_sample_must_event_dates(sample):
    result, expected = sample
    for spec in expected["events"]:
        if spec["must"] and "date" in spec:
            hits = [e for e in result.events if _matches(e, spec)]
            assert any(str(e.date) == spec["date"] for e in hits), spec["key"]


def test_sample_title_coded_once_and_no_boilerplate(sample):
    result, expected = sample
    title = "Donald Trump warns Iran is planning a 'sneak attack' on U.S"
    assert sum(title in s.text for s in result.sentences) == 1
    for line in expected["no_event_lines"]:
        assert not any(line in s.text for s in result.sentences)
        assert not any(line in e.text for e in result.events)


def test_sample_planned_attack_is_not_an_asserted_assault(sample):
    result, _ = sample
    planned = [e for e in result.events if "preparations of a U.S. attack" in e.text
               and e.event == "ASSAULT" and any(a.code == "USA" for a in e.actor)]
    assert all(e.factuality != "asserted" for e in planned)


def test_sample_finds_at_least_six_optional_events(sample):
    result, expected = sample
    found = [s["key"] for s in expected["events"] if not s["must"]
             and any(_matches(e, s) for e in result.events)]
    assert len(found) >= 6, found
