"""One dyad's timeline from a store: its series, its alerts and its top events, as a chart
(:mod:`.chart`) or as rows for a text table."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tocsin.alarm.alerts import Alert, evidence, stored_alerts
from tocsin.alarm.series import DyadFilter, DyadSeries, load_series, parse_dyad_name

TOP_EVENTS = 5


@dataclass(frozen=True)
class Timeline:
    """A dyad's series, the stored alerts of its directed dyads, and its top events."""

    series: DyadSeries
    alerts: list[Alert]
    events: list[dict[str, Any]]


def load_timeline(store: Any, dyad: str, *, since: date | None = None,
                  until: date | None = None, where: DyadFilter | None = None) -> Timeline:
    """Read ``dyad``'s timeline; ``"IRN~USA"`` gathers both directions' alerts and
    events. ``where`` filters the series (its alerts and top events are the dyad's)."""
    first, second, either = parse_dyad_name(dyad)
    series = load_series(store, dyad, since=since, until=until,
                         where=where or DyadFilter())
    if since is None:
        series = _from_first_activity(series)
    directed = {f"{first[0]}-{second[0]}"} | ({f"{second[0]}-{first[0]}"} if either else set())
    alerts = [a for a in stored_alerts(store, since=since) if a.dyad in directed
              and (until is None or a.raised_on <= until)]
    events: list[dict[str, Any]] = []
    if series.days:
        for name in sorted(directed):
            events += evidence(store._fetchall, name, series.days[0], series.days[-1],
                               limit=TOP_EVENTS)
        events.sort(key=lambda e: (e["plover_score"] or 0, -(e["dead"] or 0)))
    return Timeline(series, alerts, events[:TOP_EVENTS])


LEAD_DAYS = 14
"""Days shown before a dyad's first event when no start is given."""


def _from_first_activity(series: DyadSeries) -> DyadSeries:
    """The series from :data:`LEAD_DAYS` before its first day with events or threats."""
    active = [i for i in range(len(series.days)) if series.events[i] or series.threats[i]]
    start = max(active[0] - LEAD_DAYS, 0) if active else 0
    if start == 0:
        return series
    return series.map(series.days[start:], lambda values: values[start:])


def timeline_chart(store: Any, dyad: str, path: str | os.PathLike[str], *,
                   since: date | None = None, until: date | None = None) -> Path:
    """Draw ``dyad``'s timeline to ``path`` (.png or .svg); see :func:`.chart.draw_timeline`."""
    from tocsin.alarm.chart import draw_timeline

    line = load_timeline(store, dyad, since=since, until=until)
    return draw_timeline(line.series, line.alerts, line.events, path)
