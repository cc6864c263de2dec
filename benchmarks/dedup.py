"""Deduplication accuracy on the labelled corpus ``tests/data/gold/dedup.json``.

Prints, for events (``tocsin.dedup.cluster_events``), pairwise and B-cubed precision,
recall and F1 against the gold ``cluster`` labels, and for articles
(``tocsin.dedup.StoryIndex``) the same scores of near-duplicate detection against the
gold ``story`` labels, plus timings. ``--sweep`` also prints article scores at several
LSH thresholds.

    python benchmarks/dedup.py [--gold PATH] [--json] [--sweep]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold" / "dedup.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--sweep", action="store_true")
    args = ap.parse_args()

    from tocsin.dedup.scoring import score_articles, score_events

    doc = json.loads(args.gold.read_text("utf-8"))
    events, articles = doc["events"], doc["articles"]
    t0 = time.perf_counter()
    ev_scores = score_events(events)
    t1 = time.perf_counter()
    art_scores = score_articles(articles)
    t2 = time.perf_counter()
    report = {
        "events": {"mentions": len(events), "clusters": len({e["cluster"] for e in events}),
                   "seconds": round(t1 - t0, 3), **ev_scores},
        "articles": {"articles": len(articles), "stories": len({a["story"] for a in articles}),
                     "seconds": round(t2 - t1, 3), **art_scores},
    }  # fmt: skip
    if args.sweep:
        report["article_threshold_sweep"] = {
            str(t): score_articles(articles, threshold=t)["pairwise"]
            for t in (0.3, 0.4, 0.5, 0.6, 0.7)
        }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for name, block in report.items():
        print(name)
        for key, value in block.items():
            print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
