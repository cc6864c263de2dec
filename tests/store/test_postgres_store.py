"""Tests of what only the PostgreSQL store does: URLs, reopening, and concurrent writers.

Behaviour both backends share is in ``test_store.py``. These tests use the throw-away
server of ``conftest.py`` and skip when PostgreSQL is not installed.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import replace

import psycopg
import pytest
from store_items import make_item

from tocsin.errors import StoreError
from tocsin.model import IngestFailure
from tocsin.store import open_store
from tocsin.store.postgres_store import PostgresStore, redact


def test_postgres_store_url_forms(pg_url):
    with open_store(pg_url) as s:
        assert isinstance(s, PostgresStore)
        assert s.stats()["articles"] == 0
    with open_store(pg_url.replace("postgresql://", "postgres://")) as s:
        assert s.events() == []


def test_postgres_store_unreachable_server_redacts_password(pg_server):
    url = "postgresql://bob:secret@127.0.0.1:1/nowhere?connect_timeout=2"
    with pytest.raises(StoreError) as info:
        open_store(url)
    assert info.value.code == "E300"
    assert "secret" not in str(info.value)
    assert redact(url) == "postgresql://bob:***@127.0.0.1:1/nowhere?connect_timeout=2"


def test_postgres_store_reopen_keeps_data_and_read_only(pg_url):
    with open_store(pg_url) as s:
        s.ingest_batch([make_item("a1", 2)], [IngestFailure("bad.bin", "binary")])
        expected = s.events()
    with open_store(pg_url) as s:
        assert s.events() == expected
        assert len(s.errors()) == 1
        assert s.ingest_batch([make_item("a1", 2)], []).skipped == [("a1", "already stored")]
    with open_store(pg_url, read_only=True) as s:
        assert s.events() == expected
        with pytest.raises(StoreError):
            s.ingest_batch([make_item("a9")], [])


def test_postgres_store_schema_too_new_and_not_a_store(pg_server, pg_url):
    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as info:
        open_store(pg_url)
    assert info.value.code == "E300" and "99" in str(info.value)
    with pytest.raises(StoreError):
        open_store(pg_server.create_database(), read_only=True)


def test_postgres_store_article_inserted_meanwhile_is_skipped(pg_url, monkeypatch):
    """A writer that planned before another stored the article skips it, whole."""
    with open_store(pg_url) as s:
        s.ingest_batch([make_item("a1", 2)], [])
        before = s.stats()
        stale = PostgresStore._plan_batch

        def plan_without_looking(self, items):
            monkeypatch.setattr(self, "_fetchall", lambda sql, params=(): [])
            try:
                return stale(self, items)
            finally:
                monkeypatch.undo()

        monkeypatch.setattr(PostgresStore, "_plan_batch", plan_without_looking)
        result = s.ingest_batch([make_item("a1", 2), make_item("a2")], [])
        assert result.stored == 1 and result.skipped == [("a1", "already stored")]
        assert s.stats()["sentences"] == before["sentences"] + 2
        assert s.stats()["events"] == before["events"] + 1


def _ingest_worker(url: str, ids: list[str], tag: int, start, errors) -> None:
    try:
        start.wait(30)
        with open_store(url) as s:
            for i in range(0, len(ids), 5):
                batch = [make_item(a, 2) for a in ids[i : i + 5]]
                # Overlap on text too: the text of an article of a later batch, another id.
                later = make_item(ids[(i + 7) % len(ids)])[0]
                batch.append((replace(later, id=f"{later.id}-copy{tag}"), [], []))
                s.ingest_batch(batch, [IngestFailure("shared.bin", "binary input")])
    except BaseException as exc:  # reported to the parent, which fails the test
        errors.put(f"{type(exc).__name__}: {exc}")


def test_postgres_store_two_processes_ingest_overlapping_batches(pg_url):
    ids = [f"a{i:03d}" for i in range(120)]
    ctx = multiprocessing.get_context("fork")
    start, errors = ctx.Event(), ctx.Queue()
    # Process one goes forwards, process two backwards through the same 120 articles.
    procs = [
        ctx.Process(target=_ingest_worker, args=(pg_url, order, tag, start, errors))
        for tag, order in enumerate((ids, ids[::-1]))
    ]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert errors.empty(), errors.get()
    with open_store(pg_url) as s:
        stats = s.stats()
    with psycopg.connect(pg_url) as con:
        articles, texts, originals = con.execute(
            "SELECT count(*), count(DISTINCT text_hash),"
            " count(*) FILTER (WHERE id NOT LIKE '%-copy%') FROM articles"
        ).fetchone()
    # Every text exactly once, under its own id or under a copy's.
    assert articles == texts == len(ids)
    # Originals carry 2 sentences and 2 events of 3 actor rows each; copies nothing.
    assert stats["sentences"] == stats["events"] == 2 * originals
    assert stats["event_actors"] == 3 * stats["events"]
    assert stats["errors"] == 1
