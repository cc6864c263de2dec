"""Kill-safe, resumable ingest: ``tocsin ingest`` killed with SIGKILL, then run again.

Each batch is one transaction, so a killed run leaves whole batches only, and the next run
skips what is stored and finishes the rest. The final store must equal that of a run that
was never interrupted, on DuckDB and on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tocsin.store import open_store

ARTICLES = 600
COUNTRIES = ("Iran", "Iraq", "Israel", "Syria", "Turkey", "Russia", "Ukraine", "China")


def _write_articles(path: Path) -> Path:
    with path.open("w") as out:
        for i in range(ARTICLES):
            a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
            text = (f"{a} troops attacked a village in {b} on day {i}. "
                    f"Police in {a} arrested {i + 2} protesters.")
            out.write(json.dumps({"id": f"n{i:03d}", "text": text, "date": "2024-03-01"}) + "\n")
    return path


def _ingest(db: str, inputs: Path, kill_after: float | None = None) -> bool:
    """Run ``tocsin ingest``; with ``kill_after``, SIGKILL it then. True if it finished."""
    cmd = [sys.executable, "-m", "tocsin.cli", "ingest", "--db", db, str(inputs)]
    if Path(sys.executable).with_name("tocsin").exists():
        cmd = [str(Path(sys.executable).with_name("tocsin")), "ingest", "--db", db, str(inputs)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        proc.wait(timeout=kill_after if kill_after is not None else 300)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return False
    finally:
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == 0, err[-2000:]
    return True


def _snapshot(db: str) -> tuple[list[str], list[tuple[str, str]], dict[str, int],
                               list[tuple[str, str]]]:
    """Stored article ids (of events), event ids with their clusters (repeats kept), row
    counts, and every article's story: a kill during the linking pass must not change
    them either."""
    with open_store(db) as s:
        events = s.events()
        stats = s.stats()
        stories = sorted(s._fetchall("SELECT id, story_id FROM articles"))
    return (sorted({e["article"]["id"] for e in events}),
            sorted((e["id"], e["cluster"]["id"]) for e in events), stats, stories)


@pytest.fixture(params=["duckdb", "postgres"])
def two_stores(request, tmp_path):
    if request.param == "duckdb":
        return str(tmp_path / "clean.duckdb"), str(tmp_path / "killed.duckdb")
    server = request.getfixturevalue("pg_server")
    return server.create_database(), server.create_database()


@pytest.fixture(scope="module")
def startup_seconds(tmp_path_factory) -> float:
    """How long ``tocsin ingest`` takes to start and store one article."""
    tmp = tmp_path_factory.mktemp("startup")
    one = tmp / "one.jsonl"
    one.write_text(_write_articles(tmp / "all.jsonl").read_text().splitlines()[0] + "\n")
    t0 = time.perf_counter()
    assert _ingest(str(tmp / "one.duckdb"), one)
    return time.perf_counter() - t0


@pytest.mark.slow
def test_resumable_ingest_after_sigkill_equals_clean_run(two_stores, tmp_path, startup_seconds):
    clean, killed = two_stores
    inputs = _write_articles(tmp_path / "news.jsonl")
    t0 = time.perf_counter()
    assert _ingest(clean, inputs)
    work = time.perf_counter() - t0 - startup_seconds
    expected = _snapshot(clean)
    assert expected[2]["articles"] == ARTICLES and expected[2]["events"] > ARTICLES
    partial = []
    for fraction in (0.25, 0.5, 0.75):
        finished = _ingest(killed, inputs, kill_after=startup_seconds + work * fraction)
        with open_store(killed) as s:
            partial.append((finished, s.stats()["articles"]))
    assert _ingest(killed, inputs)
    assert _snapshot(killed) == expected
    # At least one run was cut short with some, not all, batches stored.
    assert any(not done and 0 < n < ARTICLES for done, n in partial), partial
