"""A dyad's timeline drawn with matplotlib: conflict intensity, threats, alert windows
shaded, the most conflictual events annotated."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from tocsin.alarm.alerts import Alert  # noqa: E402
from tocsin.alarm.series import DyadSeries  # noqa: E402

FORMATS = (".png", ".svg")
ANNOTATED_EVENTS = 5
_SHADE = {"high": "#d62728", "medium": "#ff7f0e", "low": "#bcbd22"}


def draw_timeline(series: DyadSeries, alerts: Sequence[Alert],
                  events: Sequence[dict[str, Any]], path: str | Path) -> Path:
    """Write the chart of ``series`` to ``path`` (``.png`` or ``.svg``): bars of
    volume-normalised conflict intensity, a line of threats, each alert's window shaded by
    severity, and the top ``events`` (dicts with ``date``, ``event``, ``text``) annotated.

    Raises ``ValueError`` for another file type or an empty series.
    """
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise ValueError(f"{target}: the chart is written as .png or .svg")
    if not series.days:
        raise ValueError(f"{series.dyad}: no events stored for this dyad; nothing to draw")
    fig, ax = plt.subplots(figsize=(11, 4.5), dpi=110)
    width = 0.8 * series.step_days
    ax.bar(series.days, series.normalised_intensity(), width=width, color="#1f77b4",
           label="conflict intensity (normalised by news volume)")
    ax2 = ax.twinx()
    ax2.plot(series.days, series.threats, color="#7f7f7f", linewidth=1, label="threats")
    ax2.set_ylabel("threats")
    for alert in alerts:
        ax.axvspan(mdates.date2num(alert.window_start) - 0.5,
                   mdates.date2num(alert.window_end) + 0.5,
                   color=_SHADE.get(alert.severity, "#bcbd22"), alpha=0.25)
    top = max(float(series.normalised_intensity().max()), 1.0)
    first, last = mdates.date2num(series.days[0]), mdates.date2num(series.days[-1])
    for n, ev in enumerate(events[:ANNOTATED_EVENTS]):
        if not ev.get("date"):
            continue
        x = mdates.datestr2num(ev["date"])
        label = f"{ev['date']} {ev.get('event', '')}: {(ev.get('text') or '')[:44]}"
        right = x > first + 0.5 * (last - first)  # text to the left of late events
        ax.annotate(label, xy=(x, 0), xytext=(x, top * (0.95 - 0.12 * n)),
                    ha="right" if right else "left", fontsize=7,
                    arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.4})
    ax.set_title(f"{series.dyad}: conflict intensity, alerts shaded")
    ax.set_ylabel("intensity")
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target)
    plt.close(fig)
    return target
