"""The Python API mirrors the CLI: code_text, code_files, EventStore."""

from __future__ import annotations

from datetime import date

import tocsin


def test_api_code_text_returns_typed_events():
    events = tocsin.code_text("Iran threatened to attack American bases in the region.",
                              date=date(2020, 1, 5))
    assert isinstance(events[0], tocsin.Event)
    d = events[0].to_dict()
    assert d["event"] == "THREATEN" and d["date"] == "2020-01-05"


def test_api_event_store_ingest_and_query(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a1", "date": "2021-02-01", "text": "Myanmar soldiers shot '
                   'dead five protesters in Mandalay on Sunday."}\n')
    with tocsin.EventStore(str(tmp_path / "s.duckdb")) as store:
        summary = store.ingest([src])
        assert (summary.read, summary.stored, summary.failed) == (1, 1, []), summary.failed
        assert summary.linked_articles == 1 and summary.linked_events >= 1
        rows = store.events(event="ASSAULT")
        assert rows and rows[0]["date"] == "2021-01-31"
        assert rows[0]["cluster"]["mentions"] == 1 and rows[0]["cluster"]["sources"] == 0
        relinked = store.link()  # nothing new to link; its timing is not compared
        assert {k: v for k, v in relinked.items() if k != "seconds"} == {
            "articles": 0, "events": 0, "scored": 0}
        again = store.ingest([src])
        assert again.stored == 0 and again.skipped == [("a1", "already stored")]
