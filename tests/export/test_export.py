"""Tests of ``tocsin export``: Parquet partitions, the CSV layout, JSONL, errors."""

from __future__ import annotations

import json
from datetime import date

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.export import CSV_COLUMNS, ExportError, export_events, iter_events
from tocsin.export.parquet import SCHEMA
from tocsin.model import ActorRef, Article, Event, Evidence, Location, Sentence, Span
from tocsin.store import open_store

runner = CliRunner()
SENT = "US forces struck a Kata'ib Hezbollah depot near Baghdad, killing 3."


def _event(article: Article, day: date | None, *, event: str = "ASSAULT", cameo: str = "190",
           mode: str = "aerial", trigger: int = 10) -> Event:
    return Event(
        event=event, cameo=cameo, text=SENT, mode=mode, context=["military"], date=day,
        actor=[ActorRef("US forces", "USA", "MIL", "", Span(0, 9))],
        recipient=[ActorRef("Kata'ib Hezbollah", "IRQ", "REB", "Kata'ib Hezbollah"),
                   ActorRef("Iraq", "IRQ", "", "")],
        location=Location("Baghdad", "IRQ", admin1="07", lat=33.3406, lon=44.4009,
                          precision="city"), dead=3, factuality="asserted",
        evidence=Evidence(trigger=[Span(trigger, trigger + 6)]), article=article,
        sentence_index=0, confidence=0.8, coder="test.v1",
    )


@pytest.fixture
def db(tmp_path):
    """A store with events in April 2020 (2), May 2020 (1), January 2021 (1), undated (1)."""
    path = tmp_path / "events.duckdb"
    items = []
    for n, (day, events) in enumerate([
        (date(2020, 4, 3), [(date(2020, 4, 3), "ASSAULT", "190", "aerial"),
                            (date(2020, 4, 30), "CONSULT", "042", "visit")]),
        (date(2020, 5, 2), [(date(2020, 5, 2), "REQUEST", "0211", "assist")]),
        (date(2021, 1, 5), [(date(2021, 1, 5), "ACCUSE", "112", "allege"),
                            (None, "PROTEST", "141", "demo")]),
    ]):
        art = Article(id=f"a{n}", text=f"Article {n}. {SENT}", url=f"https://example.org/{n}",
                      source="example", date=day)
        evs = [_event(art, d, event=c, cameo=k, mode=m, trigger=10 + i)
               for i, (d, c, k, m) in enumerate(events)]
        items.append((art, [Sentence(0, SENT)], evs))
    with open_store(path) as store:
        assert store.ingest_batch(items, []).events == 5
    return path


def test_export_iter_events_windows_match_one_query(db):
    with open_store(db, read_only=True) as store:
        whole = store.events(since=date(2020, 1, 1))
        windowed = list(iter_events(store, since=date(2020, 1, 1)))
        assert windowed == whole and len(whole) == 4
        assert [e["date"] for e in iter_events(store, until=date(2020, 4, 30))] == [
            "2020-04-03", "2020-04-30"]
        assert len(list(iter_events(store))) == 5  # undated too


def test_export_parquet_partitions_and_columns(db, tmp_path):
    out = tmp_path / "pq"
    result = runner.invoke(app, ["export", "--db", str(db), "--parquet", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "year=2020" / "month=04").is_dir()
    assert (out / "year=2021" / "month=01").is_dir()
    assert (out / "year=__HIVE_DEFAULT_PARTITION__").is_dir()
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 5
    assert set(SCHEMA.names) <= set(table.column_names)
    rows = {r["event"]: r for r in table.to_pylist()}
    assault = rows["ASSAULT"]
    assert (assault["year"], assault["month"]) == (2020, 4)
    assert assault["date"] == date(2020, 4, 3)
    assert assault["context"] == ["military"]
    assert assault["recipient_codes"] == ["IRQ", "IRQ"]
    assert assault["recipient_name"] == "Kata'ib Hezbollah"
    assert (assault["quad_class"], assault["plover_score"], assault["goldstein"]) == (4, -9.5,
                                                                                     -10.0)
    assert rows["REQUEST"]["goldstein"] == 3.4  # 0211 falls back to 021
    assert (assault["location_lat"], assault["location_lon"]) == (33.3406, 44.4009)
    assert (assault["location_admin1"], assault["location_precision"]) == ("07", "city")
    assert json.loads((out / "_tocsin_export.json").read_text())["events"] == 5


def test_export_parquet_reexport_replaces_the_directory(db, tmp_path):
    out = tmp_path / "pq"
    with open_store(db, read_only=True) as store:
        export_events(store, "parquet", out)
        assert export_events(store, "parquet", out, since=date(2021, 1, 1)) == 1
    assert not (out / "year=2020").exists()
    assert ds.dataset(out, partitioning="hive").count_rows() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.duckdb", "pq"]


def test_export_parquet_refuses_a_foreign_directory(db, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with open_store(db, read_only=True) as store, pytest.raises(ExportError):
        export_events(store, "parquet", tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    result = runner.invoke(app, ["export", "--db", str(db), "--parquet", str(tmp_path / "mine")])
    assert result.exit_code == 2


def test_export_csv_header_and_row(db, tmp_path):
    out = tmp_path / "events.tsv"
    result = runner.invoke(app, ["export", "--db", str(db), "--csv", str(out),
                                 "--since", "2020-04-01", "--until", "2020-04-30"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == [c.name for c in CSV_COLUMNS]
    assert len(lines) == 3
    row = dict(zip(lines[0].split("\t"), lines[1].split("\t"), strict=True))
    assert row["SQLDATE"] == "20200403" and row["EventDate"] == "2020-04-03"
    assert row["Actor1Code"] == "USAMIL" and row["Actor1CountryCode"] == "USA"
    assert row["Actor1Type1Code"] == "MIL" and row["Actor1Name"] == "US forces"
    assert row["Actor2Code"] == "IRQREB" and row["Actor2Name"] == "Kata'ib Hezbollah"
    assert (row["PloverEvent"], row["EventCode"], row["QuadClass"]) == ("ASSAULT", "190", "4")
    assert (row["PloverScore"], row["GoldsteinScale"]) == ("-9.5", "-10")
    assert (row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == ("Baghdad", "IRQ")
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == ("33.3406", "44.4009")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("1", "1", "1")
    assert row["SOURCEURL"] == "https://example.org/0"


def test_export_jsonl_equals_stored_events(db, tmp_path):
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", "--db", str(db), "--jsonl", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with open_store(db, read_only=True) as store:
        stored = store.events()
    assert len(lines) == len(stored) == 5
    for line, event in zip(lines, stored, strict=True):
        scores = {k: line.pop(k) for k in ("quad_class", "plover_score", "goldstein")}
        assert line == event
        assert scores["quad_class"] in (1, 2, 3, 4)
    assert lines[-1]["date"] is None  # undated last
    assert lines[0]["location"]["lat"] == 33.3406
    assert lines[0]["location"]["precision"] == "city"


@pytest.mark.parametrize("args", [
    [],
    ["--csv", "a.tsv", "--jsonl", "a.jsonl"],
    ["--jsonl", "a.jsonl", "--since", "2021-01-01", "--until", "2020-01-01"],
    ["--jsonl", "a.jsonl", "--since", "April"],
])
def test_export_usage_errors_exit_2(db, tmp_path, args):
    result = runner.invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code == 2
    assert not (tmp_path / "a.tsv").exists()


def test_export_missing_store_exits_2_without_creating_it(tmp_path):
    missing = tmp_path / "missing.duckdb"
    result = runner.invoke(app, ["export", "--db", str(missing), "--jsonl",
                                 str(tmp_path / "a.jsonl")])
    assert result.exit_code == 2
    assert not missing.exists()


def test_export_counts_mentions_of_linked_events(tmp_path):
    """Two outlets report one strike: one exported event with 2 mentions and 2 sources;
    ``--mentions`` writes both rows, which share the ClusterID."""
    path = tmp_path / "linked.duckdb"
    items = []
    for n, outlet in enumerate(("wire", "daily")):
        art = Article(id=f"r{n}", text=f"Report {n}. {SENT}", url=f"https://{outlet}.example/1",
                      source=outlet, date=date(2020, 4, 3))
        items.append((art, [Sentence(0, SENT)], [_event(art, date(2020, 4, 3))]))
    with open_store(path) as store:
        store.ingest_batch(items, [])
        store.link()
    events, mentions = tmp_path / "events.tsv", tmp_path / "mentions.tsv"
    assert runner.invoke(app, ["export", "--db", str(path), "--csv", str(events)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(path), "--csv", str(mentions),
                                 "--mentions"])
    assert result.exit_code == 0 and "2 mentions" in result.output
    header, *rows = (line.split("\t") for line in events.read_text().splitlines())
    [row] = [dict(zip(header, r, strict=True)) for r in rows]
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    assert row["ClusterID"] == row["GlobalEventID"]
    header, *rows = (line.split("\t") for line in mentions.read_text().splitlines())
    both = [dict(zip(header, r, strict=True)) for r in rows]
    assert len(both) == 2 and {r["ClusterID"] for r in both} == {row["ClusterID"]}
