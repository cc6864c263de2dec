"""How fast the store summarises dyads: a year of a million events, in DuckDB.

Fills a DuckDB store with synthetic events straight in SQL (1,000,000 events over 365
days among 200 countries, 2 actor rows each, one cluster per 1.5 mentions), then times
``load_series`` for one dyad (daily series over the year), the weekly fold, and
``top_dyads`` over all pairs, and an alarm scan of the 100 most active.
Run:  python benchmarks/series.py [--events N]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

from tocsin.alarm.alerts import scan, top_dyads
from tocsin.alarm.series import load_series, weekly
from tocsin.store import open_store

CATEGORIES = ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "CONSULT", "AID", "PROTEST",
              "SANCTION")


def fill(store, n: int) -> None:
    con = store._conn
    cats = "[" + ", ".join(f"'{c}'" for c in CATEGORIES) + "]"
    con.execute(f"""
        INSERT INTO articles (id, url, source, title, date, date_guessed, text_hash, text,
                              origin, ingested_at, story_id)
        SELECT 'a' || i, 'https://x.example/' || i, 'outlet' || (i % 300), '',
               DATE '2024-01-01' + CAST(i % 365 AS INTEGER), false, md5('a' || i), '', '',
               now(), 'a' || i
        FROM range({n // 3}) t(i)""")
    con.execute(f"""
        INSERT INTO events (id, article_id, sentence_idx, event, factuality, confidence,
                            text, date, quad_class, plover_score, goldstein, dead,
                            cluster_id, cluster_mentions, cluster_sources, cluster_articles)
        SELECT 'e' || i, 'a' || (i // 3), i % 3, {cats}[1 + i % 8],
               CASE WHEN i % 11 = 0 THEN 'hypothetical' ELSE 'asserted' END, 0.8, 'x',
               DATE '2024-01-01' + CAST((i // 3) % 365 AS INTEGER),
               CASE i % 8 WHEN 0 THEN 4 WHEN 1 THEN 4 WHEN 2 THEN 3 WHEN 3 THEN 3
                          WHEN 4 THEN 1 WHEN 5 THEN 2 WHEN 6 THEN 4 ELSE 4 END,
               -5.0 + (i % 8), -3.0, CASE WHEN i % 50 = 0 THEN 2 ELSE NULL END,
               'e' || (i - i % 3 + CASE WHEN i % 3 = 2 THEN 2 ELSE 0 END), 1, 1, 1
        FROM range({n}) t(i)""")
    con.execute("""
        INSERT INTO event_actors (event_id, role, position, text, code, sector)
        SELECT id, 'actor', 0, '', 'C' || lpad(CAST(hash(id) % 200 AS VARCHAR), 2, '0'), ''
        FROM events
        UNION ALL
        SELECT id, 'recipient', 0, '', 'C' || lpad(CAST(hash(id || 'r') % 200 AS VARCHAR),
               2, '0'), '' FROM events""")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        with open_store(path) as store:
            t0 = time.perf_counter()
            fill(store, args.events)
            filled = time.perf_counter() - t0
            dyad = store._fetchall("SELECT a.code || '-' || r.code FROM event_actors a JOIN"
                                   " event_actors r ON r.event_id = a.event_id AND"
                                   " r.role = 'recipient' WHERE a.role = 'actor' LIMIT 1")[0][0]
            t0 = time.perf_counter()
            series = load_series(store, dyad, since=date(2024, 1, 1), until=date(2024, 12, 31))
            one = time.perf_counter() - t0
            t0 = time.perf_counter()
            weekly(series)
            week = time.perf_counter() - t0
            t0 = time.perf_counter()
            rows = top_dyads(store, top=100)
            top = time.perf_counter() - t0
            t0 = time.perf_counter()
            alerts = scan(store, dyads=[r["dyad"] for r in rows])
            scanned = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"events stored            {args.events:>10,} (filled in {filled:.1f} s)")
    print(f"dyad daily series (1 yr) {one:>10.2f} s  ({dyad}, {series.events.sum():.0f} "
          "deduplicated events)")
    print(f"weekly fold              {week:>10.4f} s")
    print(f"top dyads (all pairs)    {top:>10.2f} s  ({len(rows)} listed)")
    print(f"alarm scan of those      {scanned:>10.2f} s  ({len(alerts)} alerts)")
    print(f"peak RSS                 {rss:>10.0f} MB")


if __name__ == "__main__":
    main()
