"""A synthetic event stream with planted escalations, and a backtest of the detector on it.

:func:`generate` writes event-level reports (one :class:`Report` per outlet that reported
an event) for many dyads over consecutive days, with the nuisances real news has:

* a weekly news cycle (fewer events reported at weekends) and a slow drift of volume;
* varying base rates: many quiet dyads (a conflict act every week or two), some moderate
  ones, a few chronically violent ones, all over-dispersed (gamma-Poisson);
* bursty noise: one-day bursts of a few conflict acts (a single clash) that are *not*
  escalations;
* missing days: days on which nothing at all was stored (a feed outage);
* duplicate reports: each event is reported 1–6 times by different outlets, under one
  ``cluster`` id;
* planted escalations of four shapes (:data:`SHAPES`): ``step`` (sustained jump),
  ``ramp`` (linear rise over 7–14 days to a plateau), ``spike_plateau`` (a one-day spike,
  then a plateau) and ``lethal_burst`` (3–7 days of deadly assaults).

:func:`to_series` aggregates reports into :class:`~tocsin.alarm.series.DyadSeries` with
the semantics documented there (each cluster counted once), and :func:`backtest` runs
:func:`tocsin.alarm.detect.detect` over every series and scores the alerts against the
planted ground truth (:class:`BacktestResult`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np

from tocsin.alarm.detect import DetectParams, Finding, detect
from tocsin.alarm.series import DyadSeries
from tocsin.ontology.plover import QUAD_CLASS
from tocsin.ontology.scores import plover_score

__all__ = [
    "SHAPES",
    "BacktestResult",
    "Escalation",
    "Report",
    "ShapeScore",
    "SyntheticStream",
    "backtest",
    "generate",
    "score_findings",
    "to_series",
]

SHAPES: tuple[str, ...] = ("step", "ramp", "spike_plateau", "lethal_burst")

COUNTRIES: tuple[str, ...] = (
    "USA", "IRN", "ISR", "PSE", "LBN", "SYR", "IRQ", "TUR", "RUS", "UKR", "CHN", "TWN",
    "JPN", "PRK", "KOR", "IND", "PAK", "AFG", "SAU", "YEM", "EGY", "LBY", "SDN", "SSD",
    "ETH", "ERI", "SOM", "KEN", "NGA", "MLI", "NER", "TCD", "COD", "RWA", "VEN", "COL",
    "MEX", "ARM", "AZE", "GEO", "SRB", "XKX", "MMR", "BGD", "PHL", "FRA", "GBR", "DEU",
)  # fmt: skip

# (category, mode, weight): routine conflict acts, escalation acts, cooperation, outlets.
ROUTINE_CONFLICT: tuple[tuple[str, str, float], ...] = (
    ("ACCUSE", "allege", 0.30), ("REJECT", "", 0.15), ("PROTEST", "demo", 0.10),
    ("COERCE", "arrest", 0.15), ("ASSAULT", "", 0.15), ("SANCTION", "", 0.05),
    ("MOBILIZE", "troops", 0.05), ("THREATEN", "violence", 0.05),
)  # fmt: skip
ESCALATION_ACTS: tuple[tuple[str, str, float], ...] = (
    ("ASSAULT", "", 0.45), ("COERCE", "seize", 0.20), ("MOBILIZE", "troops", 0.15),
    ("SANCTION", "", 0.05), ("THREATEN", "violence", 0.10), ("ACCUSE", "allege", 0.05),
)  # fmt: skip
LETHAL_ACTS: tuple[tuple[str, str, float], ...] = (("ASSAULT", "", 1.0),)
COOPERATION: tuple[tuple[str, str, float], ...] = (
    ("CONSULT", "phone", 0.35), ("AGREE", "", 0.25), ("COOPERATE", "", 0.15),
    ("AID", "", 0.10), ("REQUEST", "meet", 0.15),
)  # fmt: skip
FACTUALITY: tuple[tuple[str, float], ...] = (
    ("asserted", 0.88), ("reported", 0.06), ("hypothetical", 0.05), ("negated", 0.01),
)
SOURCES: tuple[str, ...] = tuple(f"outlet{i:02d}" for i in range(40))
WEEKDAY_FACTOR: tuple[float, ...] = (1.0, 1.05, 1.05, 1.0, 0.95, 0.65, 0.55)  # Mon..Sun


@dataclass(frozen=True, slots=True)
class Report:
    """One outlet's report of one event; duplicate reports share ``cluster``."""

    dyad: str
    day: date
    category: str
    mode: str
    factuality: str
    dead: int
    source: str
    cluster: int
    intensity: float  # -PLOVER score for a conflict act (quad class 3/4 but THREATEN), else 0


@dataclass(frozen=True, slots=True)
class Escalation:
    """A planted escalation: elevated from ``onset`` to ``end`` (inclusive).

    ``full`` is the first day its added rate reaches ``size``: the onset for every shape
    but the ramp, whose first days add only a fraction of it.
    """

    dyad: str
    onset: date
    end: date
    shape: str
    size: float  # added conflict acts per day at the plateau (a ramp ends 2-3x higher)
    full: date | None = None


@dataclass(frozen=True)
class SyntheticStream:
    """Reports of ``dyads`` over ``days``, the planted ground truth and the outage days.

    ``background`` is, per day, the deduplicated events of dyads outside the stream (the
    rest of the store); it only adds to each day's news volume.
    """

    dyads: tuple[str, ...]
    days: tuple[date, ...]
    reports: list[Report]
    escalations: list[Escalation]
    missing: frozenset[date]
    background: np.ndarray
    seed: int


def _pick(rng: np.random.Generator, table: Sequence[tuple], n: int) -> np.ndarray:
    weights = np.array([row[-1] for row in table], dtype=float)
    return rng.choice(len(table), size=n, p=weights / weights.sum())


def _dyad_names(rng: np.random.Generator, n: int) -> list[str]:
    pairs = [f"{a}~{b}" for i, a in enumerate(COUNTRIES) for b in COUNTRIES[i + 1:]]
    pairs = sorted(pairs)
    if n > len(pairs):
        pairs += [f"A{i:03d}~B{i:03d}" for i in range(n - len(pairs))]
    idx = rng.choice(len(pairs), size=n, replace=False)
    return [pairs[i] for i in sorted(idx)]


def _base_rates(rng: np.random.Generator) -> tuple[float, float]:
    """(conflict acts/day, cooperation events/day) of one dyad on a weekday."""
    kind = rng.random()
    if kind < 0.55:  # quiet
        return rng.uniform(0.02, 0.15), rng.uniform(0.05, 0.5)
    if kind < 0.85:  # moderate
        return rng.uniform(0.3, 1.5), rng.uniform(0.3, 1.5)
    return rng.uniform(2.0, 6.0), rng.uniform(0.5, 2.0)  # chronically violent


def _plan(rng: np.random.Generator, dyad: str, n_days: int, days: Sequence[date],
          base: float, warmup: int) -> list[Escalation]:
    """Zero to two escalations, at least 150 days apart, none in the warm-up."""
    n = rng.choice(3, p=[0.45, 0.4, 0.15])
    onsets: list[int] = []
    for _ in range(n * 20):
        if len(onsets) == n:
            break
        o = int(rng.integers(warmup, n_days - 30))
        if all(abs(o - p) >= 150 for p in onsets):
            onsets.append(o)
    plans = []
    for o in sorted(onsets):
        shape = SHAPES[int(rng.integers(len(SHAPES)))]
        size = max(rng.uniform(4.0, 8.0), rng.uniform(2.0, 3.0) * base)
        low, high = (3, 8) if shape == "lethal_burst" else (21, 61)
        length = int(rng.integers(low, high))
        end = min(o + length - 1, n_days - 1)
        plans.append(Escalation(dyad, days[o], days[end], shape, round(float(size), 2)))
    return plans


def _escalation_rate(esc: Escalation, start: date, n_days: int,
                     rng: np.random.Generator) -> np.ndarray:
    """Added conflict acts per day (before the weekly cycle) of one planted escalation."""
    rate = np.zeros(n_days)
    o = (esc.onset - start).days
    e = (esc.end - start).days
    d = np.arange(e - o + 1, dtype=float)
    if esc.shape == "step" or esc.shape == "lethal_burst":
        shape = np.ones_like(d)
    elif esc.shape == "ramp":  # rises to 2-3x the step size over 7-14 days
        length = int(rng.integers(7, 15))
        shape = rng.uniform(2.0, 3.0) * np.minimum(1.0, (d + 1) / length)
    else:  # spike_plateau: a spike of 3-5x, then a plateau
        shape = np.ones_like(d)
        shape[0] = rng.uniform(3.0, 5.0)
    rate[o:e + 1] = esc.size * shape
    return rate


def _reports_for(rng: np.random.Generator, dyad: str, days: Sequence[date],
                 counts: np.ndarray, table: Sequence[tuple[str, str, float]],
                 lethal: bool, next_cluster: int) -> tuple[list[Report], int]:
    """Expand per-day event counts into events (categories, factuality) and reports."""
    n = int(counts.sum())
    if n == 0:
        return [], next_cluster
    day_idx = np.repeat(np.arange(len(days)), counts)
    cats = _pick(rng, table, n)
    facts = _pick(rng, FACTUALITY, n)
    if lethal:
        facts[:] = 0
    dead = rng.poisson(4.0, n) + 1 if lethal else np.where(
        rng.random(n) < 0.1, rng.poisson(1.5, n), 0)
    # Conflict acts draw more coverage; 1-6 reports per event.
    copies = np.minimum(6, 1 + rng.poisson(1.2 if lethal else 0.8, n))
    reports: list[Report] = []
    for k in range(n):
        category, mode, _ = table[cats[k]]
        factuality = FACTUALITY[facts[k]][0]
        quad = QUAD_CLASS[category]
        score = plover_score(category, mode)
        intensity = -score if quad in (3, 4) and category != "THREATEN" else 0.0
        outlets = rng.choice(len(SOURCES), size=int(copies[k]), replace=False)
        for j, outlet in enumerate(outlets):
            # Later reports sometimes carry a lower (earlier) death toll.
            toll = int(dead[k]) if j == 0 else int(dead[k] * rng.choice([1.0, 1.0, 0.5]))
            reports.append(Report(dyad, days[day_idx[k]], category, mode, factuality, toll,
                                  SOURCES[outlet], next_cluster, float(intensity)))
        next_cluster += 1
    return reports, next_cluster


def generate(n_dyads: int = 300, days: int = 730, seed: int = 0, *,
             start: date = date(2023, 1, 2), missing_rate: float = 0.015,
             burst_rate: float = 1 / 120, background: float = 3000.0,
             warmup: int = 90) -> SyntheticStream:
    """Generate a reproducible stream of ``n_dyads`` dyads over ``days`` days.

    ``missing_rate`` is the share of outage days (nothing stored), ``burst_rate`` the daily
    chance of a one-day noise burst in a dyad, ``background`` the mean daily events of the
    rest of the store (news volume), ``warmup`` the first days without planted escalations
    (the detector's baseline needs history). Escalations: 55% of dyads get one or two.
    """
    if n_dyads < 1 or days < warmup + 60:
        raise ValueError(f"generate: need n_dyads >= 1 and days >= {warmup + 60} "
                         f"(got {n_dyads}, {days})")
    rng = np.random.default_rng(seed)
    calendar = [start + timedelta(days=i) for i in range(days)]
    weekly = np.array([WEEKDAY_FACTOR[d.weekday()] for d in calendar])
    drift = 1.0 + 0.3 * np.sin(np.arange(days) * 2 * np.pi / 365 + rng.uniform(0, 6.3))
    cycle = weekly * drift
    missing_mask = rng.random(days) < missing_rate
    names = _dyad_names(rng, n_dyads)
    reports: list[Report] = []
    escalations: list[Escalation] = []
    cluster = 0
    for dyad in names:
        base, coop = _base_rates(rng)
        plans = _plan(rng, dyad, days, calendar, base, warmup)
        extra, lethal = np.zeros(days), np.zeros(days)
        for n, plan in enumerate(plans):
            rate = _escalation_rate(plan, start, days, rng)
            full = int(np.flatnonzero(rate >= plan.size)[0])
            plans[n] = replace(plan, full=calendar[full])
            if plan.shape == "lethal_burst":
                lethal += rate
            else:
                extra += rate
        gamma = rng.gamma(5.0, 0.2, days)  # over-dispersion of the routine rate
        routine = rng.poisson(base * cycle * gamma)
        bursts = np.where(rng.random(days) < burst_rate, rng.integers(2, 6, days), 0)
        escalated = rng.poisson(extra * cycle)
        deadly = rng.poisson(lethal * cycle)
        cooperation = rng.poisson(coop * cycle * gamma)
        escalations.extend(plans)
        for counts, table, is_lethal in (
            (routine, ROUTINE_CONFLICT, False), (bursts + escalated, ESCALATION_ACTS, False),
            (deadly, LETHAL_ACTS, True), (cooperation, COOPERATION, False),
        ):
            counts = np.where(missing_mask, 0, counts)
            new, cluster = _reports_for(rng, dyad, calendar, counts, table, is_lethal, cluster)
            reports.extend(new)
    bg = np.where(missing_mask, 0, rng.poisson(background * cycle)).astype(float)
    missing = frozenset(d for d, m in zip(calendar, missing_mask, strict=True) if m)
    return SyntheticStream(tuple(names), tuple(calendar), reports, escalations, missing, bg,
                           seed)


def to_series(stream: SyntheticStream) -> list[DyadSeries]:
    """One :class:`DyadSeries` per dyad of ``stream``, each cluster counted once.

    Per cluster the first report gives the category and factuality and the largest
    reported toll gives the deaths; ``sources`` counts distinct outlets per dyad and day;
    ``volume`` is every deduplicated event that day (all dyads, any factuality) plus the
    stream's background.
    """
    n_days = len(stream.days)
    if n_days == 0:
        return []
    first = stream.days[0]
    index = {d: i for i, d in enumerate(stream.dyads)}
    shape = (len(stream.dyads), n_days)
    arrays = {name: np.zeros(shape) for name in
              ("events", "conflict", "threats", "intensity", "fatalities", "sources")}
    volume = np.asarray(stream.background, dtype=float).copy()
    clusters: dict[int, tuple[Report, int]] = {}
    outlets: set[tuple[int, int, str]] = set()
    for r in stream.reports:
        seen = clusters.get(r.cluster)
        if seen is None or r.dead > seen[1]:
            clusters[r.cluster] = (seen[0] if seen else r, r.dead)
        outlets.add((index[r.dyad], (r.day - first).days, r.source))
    for r, dead in clusters.values():
        i, t = index[r.dyad], (r.day - first).days
        volume[t] += 1
        happened = r.factuality in ("asserted", "reported")
        conflict = QUAD_CLASS[r.category] >= 3 and r.category != "THREATEN"
        if happened:
            arrays["events"][i, t] += 1
            arrays["fatalities"][i, t] += dead
        if happened and conflict:
            arrays["conflict"][i, t] += 1
            arrays["intensity"][i, t] += r.intensity
        if r.category == "THREATEN" or (conflict and r.factuality == "hypothetical"):
            arrays["threats"][i, t] += 1
    for i, t, _ in outlets:
        arrays["sources"][i, t] += 1
    return [DyadSeries(dyad, stream.days, **{k: v[i] for k, v in arrays.items()},
                       volume=volume.copy())
            for dyad, i in index.items()]


@dataclass(frozen=True)
class ShapeScore:
    """Recall and delay of one escalation shape (or ``"all"``).

    ``recall_full`` counts an alert within the tolerance of the day the escalation reached
    its planted size (:attr:`Escalation.full`); it differs from ``recall`` for ramps only.
    """

    shape: str
    planted: int
    detected: int  # an alert raised within [onset, onset + tolerance]
    late: int  # first alert later than that but within the elevated period
    missed: int
    recall: float
    mean_delay: float | None  # days from onset to the first on-time alert
    max_delay: int | None
    recall_full: float = 0.0


@dataclass(frozen=True)
class BacktestResult:
    """Scores of a backtest; ``by_shape`` has one :class:`ShapeScore` per shape and "all"."""

    dyads: int
    days: int
    planted: int
    detected: int
    late: int
    recall: float
    precision: float  # alerts matching some planted escalation (on time or late) / alerts
    mean_delay: float | None
    max_delay: int | None
    alerts: int
    false_alerts: int
    false_per_dyad_year: float
    by_shape: dict[str, ShapeScore] = field(default_factory=dict)
    seconds: float = 0.0  # detection time (to_series excluded)


def _score_group(shape: str, delays: list[int | None], late: int,
                 full: list[bool]) -> ShapeScore:
    on_time = [d for d in delays if d is not None]
    planted = len(delays)
    return ShapeScore(
        shape, planted, len(on_time), late, planted - len(on_time) - late,
        len(on_time) / planted if planted else 1.0,
        round(float(np.mean(on_time)), 3) if on_time else None,
        max(on_time) if on_time else None,
        sum(full) / planted if planted else 1.0,
    )


def score_findings(findings: Sequence[Finding], escalations: Sequence[Escalation],
                   n_dyads: int, n_days: int, *, tolerance: int = 2) -> BacktestResult:
    """Score alerts against planted escalations (see :class:`BacktestResult`).

    An escalation is *detected* when an alert of its dyad is raised within ``tolerance``
    days of its onset, *late* when its first alert is raised after that but during its
    elevated period. An alert is true when raised during some planted elevated period of
    its dyad (or its window overlaps one), false otherwise.
    """
    by_dyad: dict[str, list[Finding]] = {}
    for f in findings:
        by_dyad.setdefault(f.dyad, []).append(f)
    delays: dict[str, list[int | None]] = {s: [] for s in SHAPES}
    full: dict[str, list[bool]] = {s: [] for s in SHAPES}
    late: dict[str, int] = dict.fromkeys(SHAPES, 0)
    for esc in escalations:
        raised = sorted(f.raised_on for f in by_dyad.get(esc.dyad, ())
                        if esc.onset <= f.raised_on <= esc.end + timedelta(days=tolerance))
        delay = (raised[0] - esc.onset).days if raised else None
        on_time = delay is not None and delay <= tolerance
        delays.setdefault(esc.shape, []).append(delay if on_time else None)
        sized = (esc.full or esc.onset) + timedelta(days=tolerance)
        full.setdefault(esc.shape, []).append(bool(raised) and raised[0] <= sized)
        if delay is not None and not on_time:
            late[esc.shape] = late.get(esc.shape, 0) + 1
    true = 0
    for f in findings:
        if any(e.dyad == f.dyad and (e.onset <= f.raised_on <= e.end + timedelta(days=tolerance)
                                     or (f.start <= e.end and f.end >= e.onset))
               for e in escalations):
            true += 1
    by_shape = {s: _score_group(s, delays[s], late[s], full[s]) for s in delays}
    overall = _score_group("all", [d for v in delays.values() for d in v], sum(late.values()),
                           [f for v in full.values() for f in v])
    by_shape["all"] = overall
    years = n_dyads * n_days / 365.0
    return BacktestResult(
        n_dyads, n_days, overall.planted, overall.detected, overall.late, overall.recall,
        true / len(findings) if findings else 1.0, overall.mean_delay, overall.max_delay,
        len(findings), len(findings) - true,
        (len(findings) - true) / years if years else 0.0, by_shape,
    )


def backtest(stream: SyntheticStream, params: DetectParams | None = None, *,
             series: Sequence[DyadSeries] | None = None,
             tolerance: int = 2) -> BacktestResult:
    """Detect on every dyad of ``stream`` and score the alerts against its ground truth.

    Pass ``series`` (from :func:`to_series`) to reuse an aggregation, e.g. when tuning.
    """
    if not stream.dyads or not stream.days:
        raise ValueError("backtest: the stream has no dyads or no days; "
                         "generate one with generate(n_dyads >= 1)")
    series = to_series(stream) if series is None else series
    t0 = time.perf_counter()
    findings = [f for s in series for f in detect(s, params=params)]
    seconds = time.perf_counter() - t0
    result = score_findings(findings, stream.escalations, len(stream.dyads),
                            len(stream.days), tolerance=tolerance)
    return BacktestResult(**{**result.__dict__, "seconds": round(seconds, 3)})
