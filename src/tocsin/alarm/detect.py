"""Escalation alerts for one dyad: anomalies and change points in its conflict intensity.

:func:`detect` reads a :class:`~tocsin.alarm.series.DyadSeries` day by day, as an online
monitor would, and returns one :class:`Finding` per escalation episode. A finding raised
on day *t* depends only on data up to *t*, so a backtest measures real delays.

How it works, per observed day (days without any stored news are outages and skipped):

1. **Signal.** Conflict intensity scaled by news volume, like
   :meth:`DyadSeries.normalised_intensity` but with a *trailing* median volume (the
   method's whole-series median would look ahead).
2. **Baseline.** The dyad's own history: median and MAD (``statsmodels.robust.scale.mad``)
   of the ``baseline_days`` observed days before the test window; the scale is floored at
   ``min_scale`` so quiet dyads (mostly zeros) do not have a zero scale.
3. **Cheap online tests**, two speeds. *Fast path* (jumps): over the last ``window_days``
   observed days, the mean without its largest day (so a one-day burst, e.g. a single
   clash, does not fire) must rise ``z_threshold`` robust SDs *and* ``min_rise``
   intensity units above the baseline and beat every past window level. *Trend path*
   (ramps): over the last ``trend_days`` days, the mean weighted 1, 2, 3 (the matched
   filter of a linear rise, which a trimmed mean delays by a day or two) must rise
   ``trend_z`` SDs and ``min_rise`` above its own baseline and past top, with at least
   ``min_elevated_days`` of those days elevated on their own. Both need ``min_acts``
   conflict acts in the window (so a routine event or two in a quiet dyad does not fire).
   **Cold start**: a dyad with at least ``cold_min_days`` but fewer than ``warmup_days``
   observed days is tested against a conservative prior (a quiet dyad, or what the dyad
   did so far when that is more) and needs a rise of ``cold_rise`` (see
   :func:`_baselines`); with fewer than ``cold_min_days`` days nothing is raised.
4. **Change point.** Only when a test fires, ``ruptures.Binseg`` (l2 cost, penalty
   ``penalty`` × scale²) segments the trailing ``context_days``; a break in the last
   ``lookback_days`` after which the mean stays elevated gives the window start and the
   finding is a ``"change_point"``; without one it is an ``"anomaly"`` starting on the
   first elevated day.
5. **Episodes.** After an alert the baseline is frozen and no further alert is raised until
   ``cooldown_days`` observed days in a row fall back below the alert threshold (or
   ``max_episode_days`` pass and the baseline is re-learnt): one sustained escalation is
   one finding.

The defaults of :class:`DetectParams` were chosen on the synthetic backtest
(``benchmarks/backtest_synthetic.py``; the trend path and cold start on seeds 10 and 11,
seeds 0-3 held out).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date

import numpy as np
import pandas as pd
import ruptures as rpt
from numpy.lib.stride_tricks import sliding_window_view
from statsmodels.robust.scale import mad

from tocsin.alarm.series import DyadSeries

__all__ = ["DetectParams", "Finding", "detect"]


@dataclass(frozen=True)
class DetectParams:
    """Detector settings; the defaults were tuned on the synthetic backtest.

    Windows count *observed* days (days with stored news); intensities are in the units of
    the normalised intensity (one ASSAULT is 9, one arrest 7, one accusation 3.5).
    """

    baseline_days: int = 91  # history the baseline is learnt from
    warmup_days: int = 56  # baseline days before the dyad's own history is trusted
    norm_days: int = 56  # trailing days of the news-volume median used to normalise
    window_days: int = 3  # the short test window (fast path)
    z_threshold: float = 5.5  # rise of the window level, in robust SDs of the baseline
    min_rise: float = 6.0  # ... and in intensity units (absolute minimum)
    day_z: float = 2.0  # a day is elevated above baseline + day_z SDs ...
    min_day_rise: float = 7.0  # ... and + min_day_rise units (episode ends, anomaly starts)
    min_acts: int = 3  # conflict acts needed in the window
    min_scale: float = 2.0  # floor of the robust scale
    quantile: float = 1.0  # the window's level must beat this quantile of past ones ...
    top_margin: float = 0.0  # ... by this much
    trim_largest: int = 1  # the window's level leaves out its largest days (bursts)
    trend_days: int = 3  # the trend path's window (0: no trend path)
    trend_z: float = 5.0  # rise of the trend level, in robust SDs of its baseline
    min_elevated_days: int = 2  # days of the trend window elevated on their own
    cold_min_days: int = 5  # cold start: observed days needed before the test window
    cold_rise: float = 20.0  # cold start: rise needed above the prior (intensity units)
    context_days: int = 60  # days ruptures segments when the test fires
    lookback_days: int = 14  # how far back a change point may start the window
    penalty: float = 10.0  # ruptures penalty, in units of the baseline variance
    cooldown_days: int = 7  # days with the level below the alert threshold end an episode
    max_episode_days: int = 90  # an episode longer than this re-learns its baseline
    medium_change: float = 6.0  # severity "medium" from this change (robust SDs) ...
    high_change: float = 15.0  # ... "high" from this one
    medium_dead: int = 3  # or from this many deaths in the window ...
    high_dead: int = 10  # ... and "high" from this many

    def __post_init__(self) -> None:
        for f in fields(self):
            if getattr(self, f.name) < 0:
                raise ValueError(f"DetectParams.{f.name} must be >= 0, "
                                 f"got {getattr(self, f.name)}")
        if self.trim_largest >= self.window_days:
            raise ValueError("DetectParams: need trim_largest < window_days "
                             f"(got {self.trim_largest}, {self.window_days})")
        if not 0 < self.quantile <= 1:
            raise ValueError(f"DetectParams.quantile must be in (0, 1], got {self.quantile}")
        if self.trend_days == 1 or (self.trend_days
                                    and self.min_elevated_days > self.trend_days):
            raise ValueError("DetectParams: need trend_days 0 (off) or >= 2, and "
                             "min_elevated_days <= trend_days (got "
                             f"{self.trend_days}, {self.min_elevated_days})")
        if self.warmup_days < 2 or self.warmup_days > self.baseline_days:
            raise ValueError("DetectParams: need 2 <= warmup_days <= baseline_days "
                             f"(got {self.warmup_days}, {self.baseline_days})")


@dataclass(frozen=True)
class Finding:
    """One escalation episode of a dyad, as known on the day it was raised.

    ``start``–``end`` is the window of elevated activity (``end`` is ``raised_on``: the
    alert is raised while it lasts); ``baseline`` and ``level`` are the mean normalised
    intensity before and in the window; ``change`` is ``level - baseline`` in robust
    standard deviations of the baseline.
    """

    dyad: str
    kind: str  # "change_point" | "anomaly"
    start: date
    end: date
    raised_on: date
    severity: str  # "low" | "medium" | "high"
    baseline: float
    level: float
    change: float
    fatalities: int = 0
    conflict_acts: int = 0

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict (dates as ISO strings)."""
        out = asdict(self)
        for key in ("start", "end", "raised_on"):
            out[key] = out[key].isoformat()
        return out


@dataclass(frozen=True)
class _Signal:
    """The observed days of a series and their signal, as arrays over observed days."""

    where: np.ndarray  # index into series.days of each observed day
    x: np.ndarray  # normalised intensity
    acts: np.ndarray  # conflict acts
    dead: np.ndarray  # fatalities


def _signal(series: DyadSeries, params: DetectParams) -> _Signal:
    volume = np.asarray(series.volume, dtype=float)
    where = np.flatnonzero(volume > 0)
    vol = volume[where]
    ref = pd.Series(vol).rolling(params.norm_days, min_periods=1).median().to_numpy()
    x = np.asarray(series.intensity, dtype=float)[where] * ref / vol
    if not np.all(np.isfinite(x)):
        raise ValueError(f"{series.dyad}: intensity has NaN or infinite values")
    return _Signal(where, x, np.asarray(series.conflict, dtype=float)[where],
                   np.asarray(series.fatalities, dtype=float)[where])


@dataclass(frozen=True)
class _Baseline:
    """Per observed day, the dyad's history before that day's test window (NaN: none yet).

    The history is summarised by the levels of its windows: ``loc`` their median,
    ``scale`` their MAD (floored at ``min_scale``), ``top`` their ``quantile``. ``cold``
    marks days of the cold start (fewer than ``warmup_days`` days of history), whose
    baseline is the conservative prior described in :func:`_baselines`.
    """

    loc: np.ndarray
    scale: np.ndarray
    top: np.ndarray
    cold: np.ndarray

    def day_threshold(self, i: int, params: DetectParams) -> float:
        """The value above which one day counts as elevated."""
        return float(self.loc[i] + max(params.day_z * self.scale[i], params.min_day_rise))

    def alert_threshold(self, i: int, params: DetectParams) -> float:
        """The window level that raises an alert on day ``i`` (the fast path's)."""
        rise = params.cold_rise if self.cold[i] else params.min_rise
        return float(max(self.loc[i] + max(rise, params.z_threshold * self.scale[i]),
                         self.top[i] + params.top_margin))


def _levels(x: np.ndarray, params: DetectParams) -> np.ndarray:
    """Level of each ``window_days`` window: its mean without its ``trim_largest`` days.

    ``levels[j]`` is the level of ``x[j:j+window_days]``; leaving out the largest day keeps
    a one-day burst (a single clash) from raising the level.
    """
    k, trim = params.window_days, params.trim_largest
    if len(x) < k:
        return np.zeros(0)
    wins = np.sort(sliding_window_view(x, k), axis=1)
    return wins[:, : k - trim].mean(axis=1)


def _trend_levels(x: np.ndarray, params: DetectParams) -> np.ndarray:
    """Trend level of each ``trend_days`` window: its mean weighted 1, 2, ... ``trend_days``.

    The weights match a linear rise (the filter that best detects a ramp in white noise),
    so a trend shows up on its second or third day, while the untrimmed mean of a jump
    is no smaller than the fast path's. A one-day burst is kept out by the test's
    ``min_elevated_days`` instead of by trimming.
    """
    k = params.trend_days
    if len(x) < k:
        return np.zeros(0)
    weights = np.arange(1, k + 1, dtype=float)
    return sliding_window_view(x, k) @ (weights / weights.sum())


def _baselines(levels: np.ndarray, x: np.ndarray, k: int, params: DetectParams) -> _Baseline:
    """The baseline of every observed day for windows of ``k`` days with ``levels``.

    The test window ending at day ``i`` has level ``levels[i-k+1]``; its history is the
    ``baseline_days`` days before it, whose windows have ``levels[i-k-b+1 : i-2k+2]``.
    Full histories are vectorised; the warm-up (fewer than ``baseline_days`` days) is
    looped.

    **Cold start.** With at least ``cold_min_days`` but fewer than ``warmup_days`` days of
    history, the dyad's own history is too short to trust, so the baseline is a
    conservative prior: a quiet dyad (level 0, scale ``min_scale``), raised to what the
    dyad did in its observed days when that is more (the median and MAD of their
    levels), the window must beat every one of those days (``top`` is their largest
    value, not a window level) and the alert needs a rise of ``cold_rise`` instead of
    ``min_rise``. A new dyad that surges is flagged; one that has been violent since its
    first day is not.
    """
    n, b, q = len(x), params.baseline_days, params.quantile
    out = np.full((3, n), np.nan)
    cold = np.zeros(n, dtype=bool)
    first_full = k + b - 1
    if n > first_full:
        hist = sliding_window_view(levels, b - k + 1)[: n - first_full]
        out[0, first_full:] = np.median(hist, axis=1)
        out[1, first_full:] = mad(hist, axis=1)
        out[2, first_full:] = np.quantile(hist, q, axis=1)
    warm = k + params.warmup_days - 1
    for i in range(min(params.cold_min_days + k - 1, warm), min(first_full, n)):
        hist = levels[: max(i - 2 * k + 2, 0)]
        if i >= warm:
            out[:, i] = (np.median(hist), mad(hist), np.quantile(hist, q))
            continue
        cold[i] = True
        if hist.size == 0:
            out[:, i] = (0.0, 0.0, float(x[: i - k + 1].max(initial=0.0)))
            continue
        # The prior (a quiet dyad) or the dyad's own first days, whichever is higher.
        out[:, i] = (max(0.0, float(np.median(hist))), mad(hist) if hist.size > 1 else 0.0,
                     float(x[: i - k + 1].max()))
    return _Baseline(out[0], np.maximum(out[1], params.min_scale), out[2], cold)


def _padded(values: np.ndarray, k: int, n: int) -> np.ndarray:
    """Window values indexed by the observed day that ends each window (NaN before)."""
    out = np.full(n, np.nan)
    out[k - 1:k - 1 + len(values)] = values
    return out


def _candidates(sig: _Signal, levels: np.ndarray, base: _Baseline, trend: np.ndarray,
                trend_base: _Baseline, params: DetectParams) -> np.ndarray:
    """Observed-day indices where a cheap online test fires.

    Fast path: the trimmed ``window_days`` level rises ``z_threshold`` SDs and
    ``min_rise`` units (``cold_rise`` in the cold start) above its baseline and beats its
    past top. Trend path: the same for the rise-weighted ``trend_days`` level (with
    ``trend_z``), when at least ``min_elevated_days`` of its days are elevated. Both need
    ``min_acts`` conflict acts in their window.
    """
    k, n = params.window_days, len(sig.x)
    if n < k:
        return np.zeros(0, dtype=int)
    rise_min = np.where(base.cold, params.cold_rise, params.min_rise)
    level = _padded(levels, k, n)
    acts = _padded(sliding_window_view(sig.acts, k).sum(axis=1), k, n)
    with np.errstate(invalid="ignore"):
        rise = level - base.loc
        ok = ((rise >= rise_min) & (rise >= params.z_threshold * base.scale)
              & (level > base.top + params.top_margin) & (acts >= params.min_acts))
        m = params.trend_days
        if m and n >= m:
            t_level = _padded(trend, m, n)
            t_acts = _padded(sliding_window_view(sig.acts, m).sum(axis=1), m, n)
            day_thr = base.loc + np.maximum(params.day_z * base.scale, params.min_day_rise)
            high = np.zeros(n)
            for j in range(m):  # elevated days among the last m
                high[m - 1:] += sig.x[j:n - m + 1 + j] >= day_thr[m - 1:]
            t_rise = t_level - trend_base.loc
            ok |= ((t_rise >= rise_min) & (t_rise >= params.trend_z * trend_base.scale)
                   & (t_level > trend_base.top + params.top_margin)
                   & (high >= params.min_elevated_days) & (t_acts >= params.min_acts))
    return np.flatnonzero(ok)


def _window_start(x: np.ndarray, i: int, loc: float, threshold: float,
                  scale: float, params: DetectParams) -> int | None:
    """Observed index where ruptures starts the change that ends at ``i``, or None."""
    lo = max(0, i - params.context_days + 1)
    context = x[lo:i + 1]
    if len(context) < 4:
        return None
    algo = rpt.Binseg(model="l2", min_size=2, jump=1).fit(context.reshape(-1, 1))
    breaks = algo.predict(pen=params.penalty * scale**2)
    halfway = (loc + threshold) / 2
    bounds = [0, *breaks]
    best, best_jump = None, 0.0
    for before, b, after in zip(bounds, bounds[1:], bounds[2:], strict=False):
        if b < len(context) - params.lookback_days or context[b:].mean() < halfway:
            continue
        jump = context[b:after].mean() - context[before:b].mean()
        if jump > best_jump:
            best, best_jump = lo + b, jump
    return best


def _episode_end(levels: np.ndarray, i: int, threshold: float, params: DetectParams) -> int:
    """Last observed index of the episode alerted at ``i`` (causal: decided on that day).

    The episode ends once the window level stays below ``threshold`` (the frozen level that
    raised the alert) for ``cooldown_days`` days, or after ``max_episode_days``.
    """
    quiet = 0
    k = params.window_days
    for j in range(i + 1, len(levels) + k - 1):
        quiet = quiet + 1 if levels[j - k + 1] < threshold else 0
        if quiet >= params.cooldown_days or j - i >= params.max_episode_days:
            return j
    return len(levels) + k - 1


def _severity(change: float, dead: int, params: DetectParams) -> str:
    if change >= params.high_change or dead >= params.high_dead:
        return "high"
    if change >= params.medium_change or dead >= params.medium_dead:
        return "medium"
    return "low"


def _finding(series: DyadSeries, sig: _Signal, base: _Baseline, i: int,
             params: DetectParams) -> Finding:
    loc, scale = float(base.loc[i]), float(base.scale[i])
    threshold = base.day_threshold(i, params)
    start = _window_start(sig.x, i, loc, threshold, scale, params)
    kind = "change_point"
    if start is None:
        kind = "anomaly"
        k = params.window_days
        first = np.flatnonzero(sig.x[i - k + 1:i + 1] >= threshold)
        start = i - k + 1 + int(first[0]) if first.size else i
    level = float(sig.x[start:i + 1].mean())
    change = (level - loc) / scale
    dead = int(sig.dead[start:i + 1].sum())
    return Finding(
        dyad=series.dyad, kind=kind, start=series.days[sig.where[start]],
        end=series.days[sig.where[i]], raised_on=series.days[sig.where[i]],
        severity=_severity(change, dead, params), baseline=round(loc, 3),
        level=round(level, 3), change=round(change, 2), fatalities=dead,
        conflict_acts=int(sig.acts[start:i + 1].sum()),
    )


def detect(series: DyadSeries, *, since: date | None = None,
           params: DetectParams | None = None) -> list[Finding]:
    """Escalation findings of ``series``, one per episode, in the order raised.

    Online: a finding raised on day *t* uses data up to *t* only, so cutting the series
    after *t* leaves it unchanged. ``since`` keeps findings raised on or after that day
    (the whole history still feeds the baseline). A series with fewer than
    ``cold_min_days`` + ``window_days`` observed days (or empty) has no findings; one
    shorter than the warm-up is judged by the cold-start rule; a series with NaN or
    infinite intensity raises ``ValueError``.
    """
    if not isinstance(series, DyadSeries):
        raise TypeError(f"detect: expected a DyadSeries, got {type(series).__name__}")
    params = params or DetectParams()
    if len(series.days) == 0:
        return []
    sig = _signal(series, params)
    levels = _levels(sig.x, params)
    base = _baselines(levels, sig.x, params.window_days, params)
    trend = _trend_levels(sig.x, params) if params.trend_days else np.zeros(0)
    trend_base = _baselines(trend, sig.x, params.trend_days, params) if params.trend_days \
        else base
    findings: list[Finding] = []
    allowed = 0
    for i in _candidates(sig, levels, base, trend, trend_base, params):
        if i < allowed:
            continue
        finding = _finding(series, sig, base, int(i), params)
        threshold = base.alert_threshold(int(i), params)
        allowed = _episode_end(levels, int(i), threshold, params) + 1
        if since is None or finding.raised_on >= since:
            findings.append(finding)
    return findings
