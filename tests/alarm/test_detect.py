"""Tests of tocsin.alarm.detect: planted steps, quiet and noisy series, online semantics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from tocsin.alarm.detect import DetectParams, Finding, detect
from tocsin.alarm.series import DyadSeries

START = date(2024, 1, 1)


def make_series(intensity: np.ndarray, *, dyad: str = "USA~IRN",
                volume: np.ndarray | None = None) -> DyadSeries:
    n = len(intensity)
    days = tuple(START + timedelta(days=i) for i in range(n))
    acts = np.ceil(np.asarray(intensity, dtype=float) / 9.0)
    vol = np.full(n, 1000.0) if volume is None else volume
    zeros = np.zeros(n)
    return DyadSeries(dyad, days, events=acts, conflict=acts, threats=zeros,
                      intensity=np.asarray(intensity, dtype=float), fatalities=zeros,
                      sources=acts, volume=vol)


def noisy(n: int, rate: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return 9.0 * rng.poisson(rate, n)


def test_detect_step_within_two_days_with_window_and_severity():
    x = noisy(200, 0.5, seed=1)
    onset = 150
    x[onset:] += 9.0 * 5  # five more assaults a day
    onset_day = START + timedelta(days=onset)
    findings = [f for f in detect(make_series(x)) if f.raised_on >= onset_day]
    assert len(findings) == 1  # one episode, not one alert per day
    f = findings[0]
    assert isinstance(f, Finding)
    assert onset_day <= f.raised_on <= onset_day + timedelta(days=2)
    assert abs((f.start - onset_day).days) <= 1
    assert f.end == f.raised_on
    assert f.severity == "high"
    assert f.level > f.baseline and f.change >= DetectParams().high_change
    assert f.to_dict()["raised_on"] == f.raised_on.isoformat()


def test_detect_ramp_within_two_days():
    x = noisy(200, 0.3, seed=6)
    onset = 150
    x[onset:] += 9.0 * np.minimum(np.arange(1, 51), 10)  # one more assault a day, to ten
    onset_day = START + timedelta(days=onset)
    findings = [f for f in detect(make_series(x)) if f.raised_on >= onset_day]
    assert len(findings) == 1
    assert findings[0].raised_on <= onset_day + timedelta(days=2)
    # The fast path alone (trimmed window, no trend path) is later.
    fast = [f for f in detect(make_series(x), params=DetectParams(trend_days=0))
            if f.raised_on >= onset_day]
    assert fast and fast[0].raised_on >= findings[0].raised_on


def test_detect_cold_start_flags_a_surge_in_a_short_series():
    quiet_then_surge = np.zeros(10)
    quiet_then_surge[7:] = 45.0  # five assaults a day after a quiet week
    findings = detect(make_series(quiet_then_surge))
    assert len(findings) == 1
    assert findings[0].raised_on <= START + timedelta(days=9)
    assert findings[0].start >= START + timedelta(days=6)
    rng = np.random.default_rng(7)
    violent = 9.0 * rng.poisson(5.0, 10)  # violent from the first day: its usual level
    assert detect(make_series(violent)) == []
    too_short = np.zeros(10)
    too_short[3:] = 45.0  # a surge before cold_min_days of history: no baseline at all
    assert detect(make_series(too_short)) == []


def test_detect_flat_and_noisy_series_give_nothing():
    assert detect(make_series(np.zeros(300))) == []
    assert detect(make_series(noisy(365, 1.0, seed=2))) == []


def test_detect_single_event_in_quiet_dyad_gives_nothing():
    x = np.zeros(200)
    x[120] = 9.0
    assert detect(make_series(x)) == []
    x[121] = 7.0  # a second routine act the next day
    assert detect(make_series(x)) == []


def test_detect_one_day_burst_gives_nothing():
    x = noisy(200, 0.3, seed=3)
    x[130] += 9.0 * 5  # a single clash: five assaults on one day
    assert detect(make_series(x)) == []


def test_detect_is_online():
    x = noisy(300, 0.5, seed=4)
    x[120:150] += 45.0
    x[240:] += 60.0
    series = make_series(x)
    full = detect(series)
    assert len(full) == 2
    for t in (121, 125, 160, 241, 260):
        cut = DyadSeries(series.dyad, series.days[:t], *(getattr(series, name)[:t] for name in
                         ("events", "conflict", "threats", "intensity", "fatalities",
                          "sources", "volume")))
        last = series.days[t - 1]
        assert detect(cut) == [f for f in full if f.raised_on <= last]


def test_detect_since_keeps_later_findings():
    x = noisy(300, 0.5, seed=4)
    x[120:150] += 45.0
    x[240:] += 60.0
    series = make_series(x)
    since = START + timedelta(days=200)
    assert detect(series, since=since) == [f for f in detect(series) if f.raised_on >= since]


def test_detect_skips_missing_days():
    x = noisy(200, 0.5, seed=5)
    volume = np.full(200, 1000.0)
    volume[100:103] = 0.0  # an outage: nothing stored
    x[100:103] = 0.0
    assert detect(make_series(x, volume=volume)) == []


def test_detect_bad_input():
    empty = make_series(np.zeros(0))
    assert detect(empty) == []
    assert detect(make_series(np.full(10, 90.0))) == []  # steady since its first day
    x = np.zeros(100)
    x[50] = np.nan
    with pytest.raises(ValueError, match="USA~IRN"):
        detect(make_series(x))
    with pytest.raises(TypeError):
        detect([1, 2, 3])  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        DetectParams(window_days=2, trim_largest=2)
    with pytest.raises(ValueError):
        replace(DetectParams(), min_rise=-1.0)
    with pytest.raises(ValueError):
        DetectParams(trend_days=1)
    with pytest.raises(ValueError):
        DetectParams(trend_days=3, min_elevated_days=4)
