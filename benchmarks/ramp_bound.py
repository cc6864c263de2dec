"""How early could *any* detector catch a ramp? An oracle bound on the synthetic backtest.

The ramp (``tocsin.alarm.synthetic``: a linear rise over 7-14 days) adds only a fraction of
its size in its first days, so an alert within 2 days of its onset competes with the
dyad's noise. This script measures what an idealised detector reaches there, to show how
far ``tocsin.alarm.detect`` is from the best possible.

The oracle knows what no real detector does:

* each dyad's true noise model: its routine rate (estimated from all its days outside
  planted escalations, future included), the news cycle of every day (the stream's
  background volume), the gamma over-dispersion and the one-day bursts of the generator;
* the shape of the alternative: a ramp that started 0, 1 or 2 days ago, with a slope
  from a grid covering the generator's range;
* the share of ASSAULTs among routine acts and among escalation acts.

Per observed day it computes the generalised likelihood ratio of "a ramp started in the
last three days" against "routine noise" from the day's conflict acts and how many of
them are ASSAULTs, and alerts above a threshold ``h``. For a range of ``h`` it prints
false alerts per dyad-year (alerts outside every planted escalation, at most one per 14
days) and the recall within 2 days of the onset of ramps and steps; the detector's own
figures come from ``benchmarks/backtest_synthetic.py``.

    python benchmarks/ramp_bound.py [--seed 1] [--dyads 300] [--days 730]
"""

from __future__ import annotations

import argparse

import numpy as np
from scipy import stats

from tocsin.alarm.synthetic import (
    ESCALATION_ACTS,
    FACTUALITY,
    ROUTINE_CONFLICT,
    generate,
    to_series,
)
from tocsin.ontology.plover import QUAD_CLASS

BACKGROUND = 3000.0  # the stream's mean daily background volume (the news cycle's unit)
BURST_RATE = 1 / 120  # generate(): a dyad's daily chance of a one-day burst ...
BURST_SIZES = (2, 3, 4, 5)  # ... of this many escalation acts
GAMMA_SHAPE = 5.0  # generate(): over-dispersion of the routine rate
SLOPES = (0.3, 0.6, 1.2, 2.4, 4.8, 9.6)  # added acts per day and ramp day (grid)
MAX_COUNT = 120  # conflict acts per day the likelihoods cover
ALERT_GAP = 14  # days: alerts closer than this are one alert
TOLERANCE = 2  # days after the onset an alert is on time (as in the backtest)

Planted = dict[str, list[tuple[int, int, str]]]  # per dyad: (onset, end, shape) day indices


def _shares(table: tuple[tuple[str, str, float], ...]) -> tuple[float, float]:
    """(share of a table's events that are happened conflict acts, ASSAULT share of those)."""
    happened = sum(w for f, w in FACTUALITY if f in ("asserted", "reported"))
    conflict = {c: w for c, _, w in table if QUAD_CLASS[c] >= 3 and c != "THREATEN"}
    total = sum(w for _, _, w in table)
    return (happened * sum(conflict.values()) / total,
            conflict.get("ASSAULT", 0.0) / sum(conflict.values()))


def _null_pmf(mu: np.ndarray, burst_conflict: float) -> np.ndarray:
    """Per day, the pmf of conflict acts under routine noise: NB(mu) plus a rare burst."""
    ks = np.arange(MAX_COUNT)
    nb = stats.nbinom.pmf(ks[None, :], GAMMA_SHAPE, (GAMMA_SHAPE / (GAMMA_SHAPE + mu))[:, None])
    burst = np.mean([stats.binom.pmf(ks, k, burst_conflict) for k in BURST_SIZES], axis=0)
    shift = np.zeros((MAX_COUNT, MAX_COUNT))  # nb @ shift = nb convolved with the burst
    for i in range(MAX_COUNT):
        shift[i, i:] = burst[:MAX_COUNT - i]
    return (1 - BURST_RATE) * nb + BURST_RATE * nb @ shift


def _ramp_statistic(counts: np.ndarray, assaults: np.ndarray, cycle: np.ndarray,
                    clean: np.ndarray) -> np.ndarray:
    """Per day, the largest log-likelihood ratio of a ramp begun in the last three days."""
    routine_conflict, routine_assault = _shares(ROUTINE_CONFLICT)
    escalation_conflict, escalation_assault = _shares(ESCALATION_ACTS)
    observed = cycle > 0
    rate = counts[clean & observed].sum() / max(cycle[clean & observed].sum(), 1e-9)
    mu = np.maximum(rate - BURST_RATE * np.mean(BURST_SIZES) * escalation_conflict, 1e-3) \
        * cycle
    c = np.minimum(counts.astype(int), MAX_COUNT - 1)
    h0 = _null_pmf(mu, escalation_conflict)
    p0 = np.maximum(h0[np.arange(len(c)), c], 1e-300)
    k = np.arange(MAX_COUNT)
    best = np.full(len(c), -np.inf)
    for slope in SLOPES:
        llr = []
        for ramp_day in (1, 2, 3):
            added = slope * ramp_day * cycle * escalation_conflict
            # P(count) under noise + Poisson(added): sum over the noise's share k.
            poisson = stats.poisson.pmf(c[:, None] - k[None, :], added[:, None])
            p1 = np.maximum((h0 * poisson).sum(axis=1), 1e-300)
            q1 = (mu * routine_assault + added * escalation_assault) / np.maximum(mu + added,
                                                                               1e-12)
            split = assaults * np.log(np.maximum(q1, 1e-12) / routine_assault) \
                + (counts - assaults) * np.log((1 - q1) / (1 - routine_assault))
            llr.append(np.where(observed, np.log(p1) - np.log(p0) + split, 0.0))
        for back in (0, 1, 2):  # the ramp began ``back`` days before the scored day
            total = np.zeros(len(c))
            for d in range(back + 1):
                lag = back - d
                total[lag:] += llr[d][:len(c) - lag]
            best = np.maximum(best, total)
    best[:3] = -np.inf
    best[~observed] = -np.inf
    return best


def _score(statistics: dict[str, np.ndarray], escalations: Planted, threshold: float,
           n_days: int) -> tuple[float, dict[str, float]]:
    """(false alerts per dyad-year, recall within 2 days of onset by shape) at a threshold."""
    false, hits, planted = 0, {}, {}
    for dyad, stat in statistics.items():
        excused = np.zeros(n_days, dtype=bool)
        for onset, end, _ in escalations[dyad]:
            excused[onset:end + TOLERANCE + 1] = True
        last = -ALERT_GAP
        for t in np.flatnonzero(stat >= threshold):
            if t - last >= ALERT_GAP:
                false += not excused[t]
                last = t
        for onset, _, shape in escalations[dyad]:
            planted[shape] = planted.get(shape, 0) + 1
            on_time = stat[onset:onset + TOLERANCE + 1] >= threshold
            hits[shape] = hits.get(shape, 0) + bool(on_time.any())
    years = len(statistics) * n_days / 365.0
    return false / years, {s: hits[s] / planted[s] for s in planted}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyads", type=int, default=300)
    ap.add_argument("--days", type=int, default=730)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    stream = generate(args.dyads, args.days, args.seed, background=BACKGROUND)
    first = stream.days[0]
    cycle = np.asarray(stream.background, dtype=float) / BACKGROUND
    row = {d: i for i, d in enumerate(stream.dyads)}
    assaults = np.zeros((len(stream.dyads), len(stream.days)))
    seen: set[int] = set()
    for r in stream.reports:  # ASSAULTs per dyad and day, each event once
        if r.cluster not in seen and r.category == "ASSAULT" \
                and r.factuality in ("asserted", "reported"):
            assaults[row[r.dyad], (r.day - first).days] += 1
        seen.add(r.cluster)
    planted: Planted = {d: [] for d in stream.dyads}
    for e in stream.escalations:
        planted[e.dyad].append(((e.onset - first).days, (e.end - first).days, e.shape))
    statistics = {}
    for s in to_series(stream):
        clean = np.ones(len(stream.days), dtype=bool)
        for onset, end, _ in planted[s.dyad]:
            clean[onset:end + 1] = False
        statistics[s.dyad] = _ramp_statistic(np.asarray(s.conflict, dtype=float),
                                             assaults[row[s.dyad]], cycle, clean)
    print(f"seed {args.seed}: oracle ramp detector, {args.dyads} dyads x {args.days} days")
    print(f"{'threshold':>10}{'false/dyad-year':>17}{'ramp recall':>13}{'step recall':>13}")
    for threshold in np.arange(3.0, 8.01, 0.5):
        false, recall = _score(statistics, planted, float(threshold), len(stream.days))
        print(f"{threshold:>10.1f}{false:>17.2f}{recall['ramp']:>13.3f}"
              f"{recall['step']:>13.3f}")


if __name__ == "__main__":
    main()
