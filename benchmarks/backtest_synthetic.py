"""Backtest of the escalation detector on a synthetic stream with planted escalations.

Generates a stream (``tocsin.alarm.synthetic.generate``), aggregates it into dyad series,
runs ``tocsin.alarm.detect.detect`` on each and prints, per escalation shape, recall within
2 days of onset (and, ``recall@size``, within 2 days of the escalation reaching its planted
size, which for a ramp is some days after its onset), late detections, delays, and overall
precision, false alerts per dyad-year and run times. Targets: recall >= 0.9 for every
shape, <= 1 false alert per dyad-year. ``DetectParams`` defaults were tuned on seeds 0
(fast path), 10 and 11 (trend path, cold start); seeds 1-3 are held out.

    python benchmarks/backtest_synthetic.py [--dyads 300] [--days 730] [--seed 0] [--json]
"""

from __future__ import annotations

import argparse
import json
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyads", type=int, default=300)
    ap.add_argument("--days", type=int, default=730)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args()

    from tocsin.alarm.synthetic import backtest, generate, to_series

    t0 = time.perf_counter()
    stream = generate(args.dyads, args.days, args.seed)
    t1 = time.perf_counter()
    series = to_series(stream)
    t2 = time.perf_counter()
    result = backtest(stream, series=series)
    timings = {"generate_s": round(t1 - t0, 2), "to_series_s": round(t2 - t1, 2),
               "detect_s": result.seconds, "reports": len(stream.reports)}
    if args.json:
        doc = {**{k: v for k, v in result.__dict__.items() if k != "by_shape"},
               "by_shape": {k: v.__dict__ for k, v in result.by_shape.items()}, **timings}
        print(json.dumps(doc, indent=2))
        return
    print(f"seed {args.seed}: {args.dyads} dyads x {args.days} days, "
          f"{len(stream.reports)} reports, {result.planted} planted escalations")
    header = f"{'shape':<14}{'planted':>8}{'on time':>8}{'late':>6}{'missed':>7}" \
             f"{'recall':>8}{'mean delay':>11}{'max delay':>10}{'recall@size':>12}"
    print(header)
    print("-" * len(header))
    for name, s in result.by_shape.items():
        mean = "-" if s.mean_delay is None else f"{s.mean_delay:.2f}"
        worst = "-" if s.max_delay is None else str(s.max_delay)
        print(f"{name:<14}{s.planted:>8}{s.detected:>8}{s.late:>6}{s.missed:>7}"
              f"{s.recall:>8.3f}{mean:>11}{worst:>10}{s.recall_full:>12.3f}")
    print(f"alerts {result.alerts}, false {result.false_alerts}, "
          f"precision {result.precision:.3f}, "
          f"false alerts per dyad-year {result.false_per_dyad_year:.3f}")
    print(f"time: generate {timings['generate_s']} s, to_series {timings['to_series_s']} s, "
          f"detect {timings['detect_s']} s")


if __name__ == "__main__":
    main()
