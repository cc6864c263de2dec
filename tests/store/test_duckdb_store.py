"""Tests of what only the DuckDB store does: files, ``:memory:``, read-only, bulk speed.

Behaviour both backends share is in ``test_store.py``.
"""

from __future__ import annotations

import time

import duckdb
import pytest
from store_items import SENT, make_article, make_event, make_item

from tocsin.errors import StoreError
from tocsin.model import IngestFailure, Sentence
from tocsin.store import open_store
from tocsin.store.duckdb_store import DuckDBStore


def test_duckdb_store_creates_file_and_tables(tmp_path):
    path = tmp_path / "sub" / "new.duckdb"
    with open_store(str(path)) as s:
        assert isinstance(s, DuckDBStore)
        assert s.stats() == {
            "articles": 0,
            "sentences": 0,
            "events": 0,
            "event_actors": 0,
            "errors": 0,
            "alerts": 0,
            "copies": 0,
        }
    assert path.exists()


def test_duckdb_store_memory_and_url_forms():
    with open_store(":memory:") as s:
        assert s.stats()["articles"] == 0
    with open_store("duckdb://:memory:") as s:
        assert s.events() == []
    with pytest.raises(StoreError):
        open_store("s3://bucket/x.duckdb")


def test_duckdb_store_reopen_keeps_data(tmp_path):
    path = tmp_path / "events.duckdb"
    with open_store(path) as s:
        s.ingest_batch([make_item("a1", 2)], [IngestFailure("bad.bin", "binary")])
        expected = s.events()
    with open_store(path) as s:
        assert s.events() == expected
        assert len(s.errors()) == 1
        assert s.ingest_batch([make_item("a1", 2)], []).skipped == [("a1", "already stored")]
    with open_store(path, read_only=True) as s:
        assert s.events() == expected
        with pytest.raises(StoreError):
            s.ingest_batch([make_item("a9")], [])


def test_duckdb_store_schema_too_new(tmp_path):
    path = tmp_path / "events.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert info.value.code == "E300"
    assert "99" in str(info.value)


def test_duckdb_store_not_a_store(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database at all " * 100)
    with pytest.raises(StoreError):
        open_store(junk)
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing.duckdb", read_only=True)


@pytest.mark.slow
def test_duckdb_store_bulk_speed(tmp_path, request):
    """1,000 articles x 20 sentences x 3 events per sentence in a few seconds."""
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("slow: run with -m slow")
    items = []
    for i in range(1000):
        art = make_article(f"bulk{i}", text=f"Article number {i}. {SENT}")
        sents = [Sentence(j, f"Sentence {j} of {i}.", j * 30) for j in range(20)]
        events = [
            make_event(art, sentence=j, trigger=k, event=("ASSAULT", "PROTEST", "AID")[k])
            for j in range(20)
            for k in range(3)
        ]
        items.append((art, sents, events))
    with open_store(tmp_path / "bulk.duckdb") as s:
        t0 = time.perf_counter()
        result = s.ingest_batch(items, [])
        elapsed = time.perf_counter() - t0
        assert (result.stored, result.sentences, result.events) == (1000, 20_000, 60_000)
        t1 = time.perf_counter()
        assert len(s.events(dyad="USA-IRQ", limit=100)) == 100
        query = time.perf_counter() - t1
    print(f"stored 1000 articles in {elapsed:.2f}s; dyad query {query:.3f}s")
    assert elapsed < 10
