"""Behaviour every store backend shares, run on DuckDB and on PostgreSQL.

The ``store`` fixture (``conftest.py``) is parametrised over both backends; the PostgreSQL
cases skip when no PostgreSQL server can be started.
"""

from __future__ import annotations

from datetime import date

import pytest
from store_items import make_article, make_event, make_item

from tocsin.errors import StoreError
from tocsin.model import ActorRef, Event, IngestFailure, Sentence
from tocsin.store import BatchResult, open_store
from tocsin.store.queries import parse_dyad


def test_store_round_trip_all_fields(store):
    art, sents, events = make_item("a1")
    result = store.ingest_batch([(art, sents, events)], [])
    assert result == BatchResult(stored=1, skipped=[], events=1, sentences=2)
    [got] = store.events()
    cluster = got.pop("cluster")
    assert got == events[0].to_dict()
    assert cluster == {"id": got["id"], "mentions": 1, "sources": 1, "articles": 1}
    assert got["confidence"] == 0.877
    assert got["claimed_by"] == [{"text": "Iran", "code": "IRN", "sector": "GOV", "entity": ""}]
    assert got["article"] == art.to_dict()
    assert store.has_article("a1") and not store.has_article("a2")
    assert store.has_text(art.text_hash) and not store.has_text("0" * 40)
    assert store.stats() == {
        "articles": 1,
        "sentences": 2,
        "events": 1,
        "event_actors": 3,
        "errors": 0,
        "alerts": 0,
        "copies": 0,
    }


def test_store_round_trip_sparse_event(store):
    art = make_article("a1")
    ev = Event(event="PROTEST", cameo="14", text="People protested.")  # no article set
    store.ingest_batch([(art, [], [ev])], [])
    [got] = store.events()
    expected = ev.to_dict() | {"article": art.to_dict(), "id": got["id"]}
    assert got.pop("cluster")["id"] == got["id"]
    assert got == expected
    assert got["location"] is None and got["actor"] == [] and got["date"] is None
    # The id is the one the event has once attached to its article.
    ev.article = art
    assert got["id"] == ev.id


def test_store_spans_and_summary_columns(store):
    art, sents, events = make_item("a1")
    store.ingest_batch([(art, sents, events)], [])
    con = store._conn
    row = con.execute(
        "SELECT actor_code, recipient_code, location_start, location_end FROM events"
    ).fetchone()
    assert row == ("USA", "IRQ", 48, 55)
    spans = con.execute(
        "SELECT role, position, span_start, span_end FROM event_actors ORDER BY role"
    ).fetchall()
    assert spans == [
        ("actor", 0, 0, 9),
        ("claimed_by", 0, None, None),
        ("recipient", 0, None, None),
    ]
    assert con.execute("SELECT idx, start FROM sentences ORDER BY idx").fetchall() == [
        (0, 0),
        (1, 12),
    ]


def test_store_reingest_is_idempotent(store):
    batch = [make_item("a1", 2), make_item("a2", 1)]
    first = store.ingest_batch(batch, [])
    assert (first.stored, first.events, first.sentences) == (2, 3, 4)
    before = store.stats()
    again = store.ingest_batch(batch, [])
    assert again.stored == 0 and again.events == 0 and again.sentences == 0
    assert again.skipped == [("a1", "already stored"), ("a2", "already stored")]
    assert store.stats() == before


def test_store_duplicate_text_under_other_id_skipped(store):
    a1 = make_article("a1", text="Same  text here.")
    a2 = make_article("a2", text="same text HERE.")  # same hash after normalisation
    a3 = make_article("a3", text="Same text here.")
    store.ingest_batch([(a1, [], [])], [])
    result = store.ingest_batch([(a2, [], []), (a3, [], [])], [])
    assert result.stored == 0
    assert result.skipped == [("a2", "duplicate text of a1"), ("a3", "duplicate text of a1")]
    # Not stored again, but remembered as copies (who else ran it) and known by id.
    assert store.stats()["articles"] == 1 and store.stats()["copies"] == 2
    assert store.has_article("a2") and store.text_owner(a1.text_hash) == "a1"
    again = store.ingest_batch([(a2, [], [])], [])
    assert again.skipped == [("a2", "duplicate text of a1")] and store.stats()["copies"] == 2


def test_store_duplicates_within_one_batch(store):
    a1 = make_article("a1", text="One text.")
    twin = make_article("a2", text="One text.")
    result = store.ingest_batch([(a1, [], []), (a1, [], []), (twin, [], [])], [])
    assert result.stored == 1
    assert result.skipped == [("a1", "already stored"), ("a2", "duplicate text of a1")]


def test_store_invalid_items_skipped(store):
    art, _s, events = make_item("a1")
    bad_sents = [Sentence(0, "x"), Sentence(0, "y")]
    other, _s2, foreign = make_item("other")
    result = store.ingest_batch([(art, bad_sents, events), (make_article("a2"), [], foreign)], [])
    assert result.stored == 0
    assert [r for _id, r in result.skipped] == [
        "invalid: sentence index 0 appears twice",
        "invalid: an event belongs to article 'other'",
    ]


def test_store_duplicate_event_ids_dropped(store):
    art, sents, _e = make_item("a1")
    ev = make_event(art)
    twin = make_event(art, actor="GBR")  # same article, sentence, trigger, category, text
    assert ev.id == twin.id
    result = store.ingest_batch([(art, sents, [ev, twin])], [])
    assert (result.events, result.duplicate_events) == (1, 1)
    assert store.events()[0]["actor"][0]["code"] == "USA"


@pytest.fixture
def filled(store):
    items = []
    specs = [
        # id, event, actor, recipient, day, location country
        ("e1", "ASSAULT", "USA", "IRN", 5, "SYR"),
        ("e2", "ASSAULT", "IRN", "USA", 3, "IRQ"),
        ("e3", "PROTEST", "IRQ", "USA", 7, "IRQ"),
        ("e4", "Coerce", "USA", "IRN", 9, "IRN"),
        ("e5", "ASSAULT", "ISR", "LBN", 1, ""),
    ]
    for art_id, event, actor, recipient, day, country in specs:
        art = make_article(art_id)
        ev = make_event(
            art, event=event, actor=actor, recipient=recipient, day=day, country=country
        )
        items.append((art, [], [ev]))
    store.ingest_batch(items, [])
    return store


def _arts(rows):
    return [r["article"]["id"] for r in rows]


def test_store_filter_dyad_directed(filled):
    assert _arts(filled.events(dyad="USA-IRN")) == ["e1", "e4"]
    assert _arts(filled.events(dyad="irn-usa")) == ["e2"]
    assert _arts(filled.events(dyad="*-USA")) == ["e2", "e3"]
    assert _arts(filled.events(dyad="ISR-*")) == ["e5"]
    with pytest.raises(ValueError):
        filled.events(dyad="USA")
    with pytest.raises(ValueError):
        filled.events(dyad="USA-IRN-IRQ")


def test_store_dyad_matches_any_listed_actor(store):
    art = make_article("a1")
    ev = make_event(art, actor="USA", recipient="IRN")
    ev.actor.append(ActorRef("British forces", "GBR", "MIL"))
    store.ingest_batch([(art, [], [ev])], [])
    assert len(store.events(dyad="GBR-IRN")) == 1
    assert store.events(dyad="IRN-GBR") == []


def test_store_filter_event_case_insensitive(filled):
    assert _arts(filled.events(event="assault")) == ["e5", "e2", "e1"]
    assert _arts(filled.events(event="COERCE")) == ["e4"]
    assert filled.events(event="AID") == []


def test_store_filter_country(filled):
    # e2: IRN-USA in IRQ; e3: IRQ-USA; e1 (USA-IRN in SYR) does not match.
    assert _arts(filled.events(country="irq")) == ["e2", "e3"]
    assert _arts(filled.events(country="SYR")) == ["e1"]
    assert _arts(filled.events(country="LBN")) == ["e5"]


def test_store_filter_dates_inclusive_and_limit(filled):
    assert _arts(filled.events(since=date(2024, 1, 3), until=date(2024, 1, 7))) == [
        "e2",
        "e1",
        "e3",
    ]
    assert _arts(filled.events(since=date(2024, 1, 8))) == ["e4"]
    assert _arts(filled.events(limit=2)) == ["e5", "e2"]
    assert filled.events(limit=0) == []
    assert _arts(filled.events(event="ASSAULT", dyad="USA-*", since=date(2024, 1, 2))) == ["e1"]
    with pytest.raises(ValueError):
        filled.events(limit=-1)


def test_store_order_undated_last(store):
    art = make_article("a1")
    dated = make_event(art, trigger=1)
    undated = make_event(art, trigger=2, sentence=0)
    undated.date = None
    store.ingest_batch([(art, [], [undated, dated])], [])
    rows = store.events()
    assert [r["date"] for r in rows] == ["2024-01-03", None]
    assert store.events(since=date(2000, 1, 1)) == rows[:1]


def test_store_errors_table_not_duplicated(store):
    failures = [
        IngestFailure("bad.bin", "binary input"),
        IngestFailure("feed.jsonl:7", "malformed JSON", "skipped"),
        IngestFailure("bad.bin", "binary input"),
    ]
    result = store.ingest_batch([], failures)
    assert result.errors == 2
    store.ingest_batch([make_item("a1")], failures[:1])
    errors = store.errors()
    assert len(errors) == 2
    assert {(e["origin"], e["reason"], e["kind"]) for e in errors} == {
        ("bad.bin", "binary input", "failed"),
        ("feed.jsonl:7", "malformed JSON", "skipped"),
    }
    assert all(e["seen_at"].endswith("+00:00") for e in errors)
    assert store.stats()["errors"] == 2


def test_store_rollback_on_constraint_violation(store):
    store.ingest_batch([make_item("a1")], [IngestFailure("x", "y")])
    before = store.stats()
    good = make_item("a2")
    bad = make_item("a3", factuality="rumoured")  # violates the CHECK on factuality
    with pytest.raises(StoreError):
        store.ingest_batch([good, bad], [IngestFailure("z", "w")])
    assert store.stats() == before
    assert not store.has_article("a2") and not store.has_article("a3")
    # The store is still usable, and the earlier batch intact.
    assert store.ingest_batch([good], []).stored == 1
    assert _arts(store.events()) == ["a1", "a2"]


def test_store_rollback_on_crash_mid_batch(store, monkeypatch):
    store.ingest_batch([make_item("a1")], [])
    before = store.stats()
    backend = type(store)
    real_insert = backend._insert

    def crash_on_events(self, table, rows, **kw):
        if table.name == "events":
            raise RuntimeError("simulated crash")
        return real_insert(self, table, rows, **kw)

    monkeypatch.setattr(backend, "_insert", crash_on_events)
    with pytest.raises(RuntimeError):
        store.ingest_batch([make_item("a2"), make_item("a3")], [IngestFailure("o", "r")])
    monkeypatch.undo()
    assert store.stats() == before
    assert store.has_article("a1") and not store.has_article("a2")


def _downgrade_to_version_1(s) -> None:
    """Turn a current store back into a schema version 1 store."""
    later = {"articles": ("story_id", "minhash"),
             "events": ("location_admin1", "location_lat", "location_lon",
                        "location_precision", "quad_class", "plover_score", "goldstein",
                        "cluster_id", "cluster_mentions", "cluster_sources",
                        "cluster_articles", "location_basis", "cluster_dead")}
    for index in ("articles_date", "events_date", "articles_text_hash"):
        s._conn.execute(f"DROP INDEX IF EXISTS {index}")  # DuckDB keeps columns with indexes
    s._conn.execute("DROP TABLE copies")
    for table, columns in later.items():
        for col in columns:
            s._conn.execute(f"ALTER TABLE {table} DROP COLUMN {col}")
    s._conn.execute("CREATE INDEX articles_text_hash ON articles (text_hash)")
    s._conn.execute("DROP TABLE alerts")
    s._conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")


def test_store_migrates_version_1(store_url):
    s = open_store(store_url)
    s.ingest_batch([make_item("a1")], [])
    _downgrade_to_version_1(s)
    s.close()
    with open_store(store_url) as s:
        [old] = s.events()
        assert old["location"]["name"] == "Baghdad"
        assert old["location"]["lat"] is None and old["location"]["precision"] == ""
        s.ingest_batch([make_item("a2")], [])
        new = next(e for e in s.events() if e["article"]["id"] == "a2")
        assert new["location"]["lat"] == 33.3406 and new["location"]["admin1"] == "07"
        assert s.stats()["alerts"] == 0
        # The linking pass gives the old event the scores a new one is stored with.
        assert s.link().scored == 1
        scores = s._fetchall("SELECT quad_class, plover_score, goldstein FROM events"
                             " ORDER BY article_id")
        assert scores[0] == scores[1] and scores[0][0] is not None
    with open_store(store_url) as s:  # migrated once; the version is now current
        assert len(s.events()) == 2


def test_store_closed(store_url):
    s = open_store(store_url)
    s.close()
    s.close()
    with pytest.raises(StoreError):
        s.stats()


def test_parse_dyad():
    assert parse_dyad(" usa-IRN ") == ("USA", "IRN")
    assert parse_dyad("*-IRN") == (None, "IRN")
    with pytest.raises(ValueError):
        parse_dyad("-IRN")
