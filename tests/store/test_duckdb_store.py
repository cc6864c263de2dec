"""Tests of the DuckDB store: round trip, idempotence, filters, errors, rollback, schema."""

from __future__ import annotations

import time
from datetime import date

import duckdb
import pytest

from tocsin.errors import StoreError
from tocsin.model import (
    ActorRef,
    Article,
    Event,
    Evidence,
    IngestFailure,
    Location,
    Sentence,
    Span,
)
from tocsin.store import BatchResult, open_store
from tocsin.store.duckdb_store import DuckDBStore
from tocsin.store.queries import parse_dyad

SENT = "US forces struck a Kata'ib Hezbollah depot near Baghdad, killing 3, Iran said."


def make_article(art_id: str, text: str | None = None, day: int = 1) -> Article:
    return Article(
        id=art_id,
        text=text if text is not None else f"Article {art_id}. {SENT}",
        title=f"Title {art_id}",
        url=f"https://example.org/{art_id}",
        source="example",
        date=date(2024, 1, day),
        date_guessed=day == 2,
        origin=f"feed.jsonl:{art_id}",
    )


def make_event(
    article: Article | None,
    *,
    event: str = "ASSAULT",
    actor: str = "USA",
    recipient: str = "IRQ",
    day: int = 3,
    sentence: int = 1,
    country: str = "IRQ",
    trigger: int = 10,
    factuality: str = "reported",
) -> Event:
    return Event(
        event=event,
        cameo="190",
        text=SENT,
        actor=[ActorRef("US forces", actor, "MIL", "", Span(0, 9))],
        recipient=[ActorRef("Kata'ib Hezbollah", recipient, "REB", "Kata'ib Hezbollah")],
        mode="aerial",
        context=["military", "terrorism"],
        date=date(2024, 1, day),
        location=Location("Baghdad", country, Span(48, 55)),
        dead=3,
        injured=None,
        factuality=factuality,
        claimed_by=[ActorRef("Iran", "IRN", "GOV")],
        evidence=Evidence(trigger=[Span(trigger, trigger + 6)], actor=[Span(0, 9)]),
        article=article,
        sentence_index=sentence,
        confidence=0.87654,
        coder="tocsin.rules.v1",
    )


def make_item(art_id: str, n_events: int = 1, **kw) -> tuple[Article, list[Sentence], list[Event]]:
    art = make_article(art_id)
    sents = [Sentence(0, f"Article {art_id}.", 0), Sentence(1, SENT, len(art_id) + 10)]
    events = [make_event(art, trigger=10 + i, **kw) for i in range(n_events)]
    return art, sents, events


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "events.duckdb") as s:
        yield s


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
        }
    assert path.exists()


def test_duckdb_store_memory_and_url_forms():
    with open_store(":memory:") as s:
        assert s.stats()["articles"] == 0
    with open_store("duckdb://:memory:") as s:
        assert s.events() == []
    with pytest.raises(StoreError):
        open_store("postgresql://localhost/tocsin")
    with pytest.raises(StoreError):
        open_store("s3://bucket/x.duckdb")


def test_duckdb_store_round_trip_all_fields(store):
    art, sents, events = make_item("a1")
    result = store.ingest_batch([(art, sents, events)], [])
    assert result == BatchResult(stored=1, skipped=[], events=1, sentences=2)
    [got] = store.events()
    assert got == events[0].to_dict()
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
    }


def test_duckdb_store_round_trip_sparse_event(store):
    art = make_article("a1")
    ev = Event(event="PROTEST", cameo="14", text="People protested.")  # no article set
    store.ingest_batch([(art, [], [ev])], [])
    [got] = store.events()
    expected = ev.to_dict() | {"article": art.to_dict(), "id": got["id"]}
    assert got == expected
    assert got["location"] is None and got["actor"] == [] and got["date"] is None
    # The id is the one the event has once attached to its article.
    ev.article = art
    assert got["id"] == ev.id


def test_duckdb_store_spans_and_summary_columns(store):
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


def test_duckdb_store_reingest_is_idempotent(store):
    batch = [make_item("a1", 2), make_item("a2", 1)]
    first = store.ingest_batch(batch, [])
    assert (first.stored, first.events, first.sentences) == (2, 3, 4)
    before = store.stats()
    again = store.ingest_batch(batch, [])
    assert again.stored == 0 and again.events == 0 and again.sentences == 0
    assert again.skipped == [("a1", "already stored"), ("a2", "already stored")]
    assert store.stats() == before


def test_duckdb_store_duplicate_text_under_other_id_skipped(store):
    a1 = make_article("a1", text="Same  text here.")
    a2 = make_article("a2", text="same text HERE.")  # same hash after normalisation
    a3 = make_article("a3", text="Same text here.")
    store.ingest_batch([(a1, [], [])], [])
    result = store.ingest_batch([(a2, [], []), (a3, [], [])], [])
    assert result.stored == 0
    assert result.skipped == [("a2", "duplicate text of a1"), ("a3", "duplicate text of a1")]
    assert not store.has_article("a2")


def test_duckdb_store_duplicates_within_one_batch(store):
    a1 = make_article("a1", text="One text.")
    twin = make_article("a2", text="One text.")
    result = store.ingest_batch([(a1, [], []), (a1, [], []), (twin, [], [])], [])
    assert result.stored == 1
    assert result.skipped == [("a1", "already stored"), ("a2", "duplicate text of a1")]


def test_duckdb_store_invalid_items_skipped(store):
    art, _s, events = make_item("a1")
    bad_sents = [Sentence(0, "x"), Sentence(0, "y")]
    other, _s2, foreign = make_item("other")
    result = store.ingest_batch([(art, bad_sents, events), (make_article("a2"), [], foreign)], [])
    assert result.stored == 0
    assert [r for _id, r in result.skipped] == [
        "invalid: sentence index 0 appears twice",
        "invalid: an event belongs to article 'other'",
    ]


def test_duckdb_store_duplicate_event_ids_dropped(store):
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


def test_duckdb_store_filter_dyad_directed(filled):
    assert _arts(filled.events(dyad="USA-IRN")) == ["e1", "e4"]
    assert _arts(filled.events(dyad="irn-usa")) == ["e2"]
    assert _arts(filled.events(dyad="*-USA")) == ["e2", "e3"]
    assert _arts(filled.events(dyad="ISR-*")) == ["e5"]
    with pytest.raises(ValueError):
        filled.events(dyad="USA")
    with pytest.raises(ValueError):
        filled.events(dyad="USA-IRN-IRQ")


def test_duckdb_store_dyad_matches_any_listed_actor(store):
    art = make_article("a1")
    ev = make_event(art, actor="USA", recipient="IRN")
    ev.actor.append(ActorRef("British forces", "GBR", "MIL"))
    store.ingest_batch([(art, [], [ev])], [])
    assert len(store.events(dyad="GBR-IRN")) == 1
    assert store.events(dyad="IRN-GBR") == []


def test_duckdb_store_filter_event_case_insensitive(filled):
    assert _arts(filled.events(event="assault")) == ["e5", "e2", "e1"]
    assert _arts(filled.events(event="COERCE")) == ["e4"]
    assert filled.events(event="AID") == []


def test_duckdb_store_filter_country(filled):
    # e2: IRN-USA in IRQ; e3: IRQ-USA; e1 (USA-IRN in SYR) does not match.
    assert _arts(filled.events(country="irq")) == ["e2", "e3"]
    assert _arts(filled.events(country="SYR")) == ["e1"]
    assert _arts(filled.events(country="LBN")) == ["e5"]


def test_duckdb_store_filter_dates_inclusive_and_limit(filled):
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


def test_duckdb_store_order_undated_last(store):
    art = make_article("a1")
    dated = make_event(art, trigger=1)
    undated = make_event(art, trigger=2, sentence=0)
    undated.date = None
    store.ingest_batch([(art, [], [undated, dated])], [])
    rows = store.events()
    assert [r["date"] for r in rows] == ["2024-01-03", None]
    assert store.events(since=date(2000, 1, 1)) == rows[:1]


def test_parse_dyad():
    assert parse_dyad(" usa-IRN ") == ("USA", "IRN")
    assert parse_dyad("*-IRN") == (None, "IRN")
    with pytest.raises(ValueError):
        parse_dyad("-IRN")


def test_duckdb_store_errors_table_not_duplicated(store):
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


def test_duckdb_store_rollback_on_constraint_violation(store):
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


def test_duckdb_store_rollback_on_crash_mid_batch(store, monkeypatch):
    store.ingest_batch([make_item("a1")], [])
    before = store.stats()
    real_insert = DuckDBStore._insert

    def crash_on_events(self, table, rows):
        if table.name == "events":
            raise RuntimeError("simulated crash")
        real_insert(self, table, rows)

    monkeypatch.setattr(DuckDBStore, "_insert", crash_on_events)
    with pytest.raises(RuntimeError):
        store.ingest_batch([make_item("a2"), make_item("a3")], [IngestFailure("o", "r")])
    monkeypatch.undo()
    assert store.stats() == before
    assert store.has_article("a1") and not store.has_article("a2")


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


def test_duckdb_store_closed(tmp_path):
    s = open_store(tmp_path / "x.duckdb")
    s.close()
    s.close()
    with pytest.raises(StoreError):
        s.stats()


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
