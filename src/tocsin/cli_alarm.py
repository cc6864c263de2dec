"""The alarm's commands: ``tocsin dyads``, ``tocsin timeline`` and ``tocsin alerts``.

Registered on the main app by :mod:`tocsin.cli`; the work is done by :mod:`tocsin.alarm`.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from tocsin.cli import EXIT_OK, _parse_day, _usage_error, app, err, out
from tocsin.errors import TocsinError

DbOpt = Annotated[str, typer.Option("--db", help="The store to read.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD.")]
BARS = " ▁▂▃▄▅▆▇█"


def _open(db: str, *, writable: bool = False) -> Any:
    from tocsin.store import open_store

    if not db.startswith(":") and "://" not in db and not Path(db).exists():
        raise _usage_error(f"--db {db}: no such store")
    try:
        return open_store(db, read_only=not writable)
    except TocsinError as exc:
        raise _usage_error(str(exc)) from exc


def _days(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    first, last = _parse_day(since, "--since"), _parse_day(until, "--until")
    if first and last and first > last:
        raise _usage_error(f"--since {since} is after --until {until}")
    return first, last


@app.command()
def dyads(
    db: DbOpt,
    top: Annotated[int, typer.Option("--top", min=1, help="How many dyads to list.")] = 20,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The most active and the fastest-escalating dyads."""
    from tocsin.alarm.alerts import top_dyads

    first, last = _days(since, until)
    with _open(db) as store:
        rows = top_dyads(store, since=first, until=last, top=10**9)
    active = rows[:top]
    rising = sorted((r for r in rows if r["recent_intensity"] > 0),
                    key=lambda r: (-(r["escalation"] or float("inf")) if r["escalation"]
                                   is not None else float("-inf"), r["dyad"]))[:top]
    if as_json:
        sys.stdout.write(json.dumps({"active": active, "escalating": rising}, indent=1) + "\n")
        return
    cols = ("dyad", "events", "conflict", "intensity", "dead", "sources", "recent_intensity",
            "escalation")
    for title, data in (("most active dyads", active), ("fastest-escalating dyads", rising)):
        table = Table(title=title)
        for col in cols:
            table.add_column(col.replace("_", " "), justify="left" if col == "dyad" else "right")
        for r in data:
            esc = r["escalation"]
            table.add_row(*(str(r[c]) for c in cols[:-1]),
                          "new" if esc is None else f"{esc:.2f}×")
        out.print(table)


@app.command()
def timeline(
    dyad: Annotated[str, typer.Argument(help="USA-IRN (directed), IRN~USA (both ways), "
                                             "USAMIL-IRQ (with a sector).")],
    db: DbOpt,
    since: SinceOpt = None,
    until: UntilOpt = None,
    png: Annotated[Path | None, typer.Option("--png", help="Draw the chart to this PNG file."
                                             )] = None,
    svg: Annotated[Path | None, typer.Option("--svg", help="Draw the chart to this SVG file."
                                             )] = None,
    weekly: Annotated[bool, typer.Option("--weekly", help="Text or JSON by week.")] = False,
    category: Annotated[list[str] | None, typer.Option(
        "--category", help="Only this PLOVER category (repeat for more).")] = None,
    quad: Annotated[list[int] | None, typer.Option(
        "--quad", min=1, max=4, help="Only this quad class, 1-4 (repeat for more).")] = None,
    place: Annotated[str | None, typer.Option(
        "--place", help="Only events placed in this country (ISO3).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the series as JSON.")] = False,
) -> None:
    """A dyad's intensity over time, alerts and top events: a chart, or text."""
    from tocsin.alarm.chart import draw_timeline
    from tocsin.alarm.series import DyadFilter
    from tocsin.alarm.series import weekly as to_weeks
    from tocsin.alarm.timeline import load_timeline
    from tocsin.ontology.plover import QUAD_CLASS

    if png and svg:
        raise _usage_error("give one of --png FILE or --svg FILE")
    unknown = sorted({c.upper() for c in category or ()} - set(QUAD_CLASS))
    if unknown:
        raise _usage_error(f"--category {', '.join(unknown)}: not a PLOVER category "
                           f"(one of {', '.join(sorted(QUAD_CLASS))})")
    if place is not None and not (len(place) == 3 and place.isalpha()):
        raise _usage_error(f"--place {place}: give a country's ISO3 code, such as IRQ")
    where = DyadFilter(tuple(category or ()), tuple(quad or ()), place)
    first, last = _days(since, until)
    with _open(db) as store:
        try:
            line = load_timeline(store, dyad, since=first, until=last, where=where)
        except ValueError as exc:
            raise _usage_error(str(exc)) from exc
    if not line.series.days:
        raise _usage_error(f"{dyad}: no events stored for this dyad in that period")
    target = png or svg
    if target is not None:
        path = draw_timeline(line.series, line.alerts, line.events, target)
        err.print(f"timeline of {dyad} written to {path}", highlight=False)
        return
    series = to_weeks(line.series) if weekly else line.series
    if as_json:
        sys.stdout.write(json.dumps(_series_json(series, line), indent=1, default=str) + "\n")
        return
    _print_timeline(series, f"{dyad}, {'weekly' if weekly else 'daily'}")
    for alert in line.alerts:
        out.print(f"[bold]{alert.raised_on}[/bold] {alert.severity} {alert.kind}: "
                  f"{alert.detail}", highlight=False)
    for ev in line.events:
        out.print(f"  {ev['date']} {ev['event']}: {ev['text']}", highlight=False)


def _series_json(series: Any, line: Any) -> dict[str, Any]:
    """A series as JSON: its days, each array, counts by category and quad class, the
    normalised intensity, and the timeline's alerts and top events."""
    from tocsin.alarm.series import SERIES_ARRAYS

    def values(array: Any) -> list[float]:
        return [round(float(v), 3) for v in array]

    doc: dict[str, Any] = {"dyad": series.dyad, "step_days": series.step_days,
                           "days": [d.isoformat() for d in series.days]}
    doc.update({name: values(getattr(series, name)) for name in SERIES_ARRAYS})
    doc["normalised_intensity"] = values(series.normalised_intensity())
    doc["categories"] = {k: values(v) for k, v in series.categories.items()}
    doc["quad_classes"] = {str(k): values(v) for k, v in series.quad_classes.items()}
    doc["alerts"] = [a.to_dict() for a in line.alerts]
    doc["top_events"] = line.events
    return doc


def _print_timeline(series: Any, title: str) -> None:
    """The series as a table: one row per day (or week) with events or threats."""
    intensity = series.normalised_intensity()
    peak = max(float(intensity.max()), 1e-9)
    table = Table(title=title)
    for col in ("day", "intensity", "", "conflict", "threats", "dead", "sources", "PLOVER",
                "Goldstein", "categories"):
        table.add_column(col, justify="left" if col in ("day", "", "categories") else "right")
    for i, day in enumerate(series.days):
        if not (series.events[i] or series.threats[i]):
            continue
        bar = BARS[int(round(intensity[i] / peak * (len(BARS) - 1)))]
        kinds = sorted(((int(v[i]), k) for k, v in series.categories.items() if v[i]),
                       key=lambda kv: (-kv[0], kv[1]))
        table.add_row(day.isoformat(), f"{intensity[i]:.1f}", bar * 3,
                      f"{series.conflict[i]:.0f}", f"{series.threats[i]:.0f}",
                      f"{series.fatalities[i]:.0f}", f"{series.sources[i]:.0f}",
                      f"{series.plover[i]:.1f}", f"{series.goldstein[i]:.1f}",
                      ", ".join(f"{k} {n}" for n, k in kinds))
    out.print(table)


@app.command()
def alerts(
    db: DbOpt,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the alerts as JSON.")] = False,
    webhook: Annotated[str | None, typer.Option(
        "--webhook", help="POST each alert not sent yet to this URL (JSON), with retries.")
    ] = None,
) -> None:
    """Scan for escalations, firsts and lethal events; list the alerts, optionally send."""
    from tocsin.alarm.alerts import save_alerts, scan, send_alerts, stored_alerts

    first, last = _days(since, until)
    with _open(db, writable=True) as store:
        with Progress(TextColumn("scanning dyads"), BarColumn(),
                      TextColumn("{task.completed}/{task.total}"), console=err,
                      transient=True) as progress:
            task = progress.add_task("scan", total=None)
            found = scan(store, since=first, until=last,
                         progress=lambda n, total: progress.update(task, completed=n,
                                                                   total=total))
        new = save_alerts(store, found)
        shown = [a for a in stored_alerts(store, since=first)
                 if last is None or a.raised_on <= last]
        sent = send_alerts(store, webhook, since=first) if webhook else None
    if as_json:
        sys.stdout.write(json.dumps([a.to_dict() for a in shown], indent=1, default=str)
                         + "\n")
    else:
        table = Table(title=f"{len(shown)} alerts ({new} new)")
        for col in ("raised", "dyad", "kind", "severity", "what", "evidence"):
            table.add_column(col)
        for a in shown:
            proof = a.evidence[0]["text"][:80] if a.evidence else ""
            table.add_row(a.raised_on.isoformat(), a.dyad, a.kind, a.severity, a.detail,
                          proof)
        out.print(table)
    if sent is not None:
        err.print(f"webhook: {len(sent.sent)} sent, {len(sent.failed)} failed", highlight=False)
        for alert_id, reason in sent.failed:
            err.print(f"[red]not sent[/red] {alert_id}: {reason}", highlight=False)
        if sent.failed:
            raise typer.Exit(1)
    raise typer.Exit(EXIT_OK)
