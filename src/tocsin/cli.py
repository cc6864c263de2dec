"""The ``tocsin`` command line: parses arguments, calls the library, renders results.

Exit codes (set only here): 0 everything went well; 1 some inputs failed (each failure
is reported on stderr and kept in the store's errors table); 2 usage errors (bad
options, unreadable gold file, unknown store).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from tocsin import __version__
from tocsin.errors import TocsinError

EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(help="tocsin: political event data from raw news, and alerts when a "
                       "conflict escalates.", no_args_is_help=True, add_completion=False)
# Tables stay readable when piped: rich would otherwise fold them to 80 columns.
out = Console(width=None if sys.stdout.isatty() else 180)
err = Console(stderr=True)


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD",
                                 param_hint=option) from exc


def _usage_error(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(EXIT_USAGE)


def _actors_text(actors: list[dict[str, Any]]) -> str:
    parts = []
    for a in actors:
        code = (a.get("code") or "") + (a.get("sector") or "")
        name = a.get("entity") or a.get("text") or ""
        parts.append(f"{code or '?'} {name}".strip())
    return "; ".join(parts)


def _events_table(events: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("date", "event", "actor", "recipient", "factuality", "place", "sentence"):
        table.add_column(col, overflow="fold", no_wrap=col in ("date", "event"),
                         ratio=4 if col == "sentence" else None)
    for e in events:
        loc = e.get("location") or {}
        place = loc.get("name") or ""
        if loc.get("country"):
            place = f"{place} ({loc['country']})"
        table.add_row(e.get("date") or "", f"{e['event']} {e.get('cameo', '')}".strip(),
                      _actors_text(e.get("actor", [])), _actors_text(e.get("recipient", [])),
                      e.get("factuality", ""), place, e.get("text", ""))
    return table


ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", help="Extra actor dictionary (PETRARCH/TABARI format); repeatable.")]
AgentsOpt = Annotated[list[Path] | None, typer.Option(
    "--agents", help="Extra agent dictionary (PETRARCH/TABARI format); repeatable.")]
VerbsOpt = Annotated[list[Path] | None, typer.Option(
    "--verbs", help="Extra verb-pattern dictionary (PETRARCH/TABARI format); repeatable.")]


WorkersOpt = Annotated[int, typer.Option(
    "--workers", min=1, help="Processes that parse and code (default 1).")]


def _coder(actors: list[Path] | None, agents: list[Path] | None, verbs: list[Path] | None):
    from tocsin.coding.coder import Coder

    for path in [*(actors or []), *(agents or []), *(verbs or [])]:
        if not path.is_file():
            raise _usage_error(f"{path}: no such dictionary file")
    try:
        return Coder.with_dictionaries(actors=actors or (), agents=agents or (),
                                       verbs=verbs or ())
    except TocsinError as exc:
        raise _usage_error(str(exc)) from exc


def _report_failure(origin: str, reason: str) -> None:
    err.print(f"[red]failed:[/red] {origin}: {reason}", highlight=False, soft_wrap=True)


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    day: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of events.")] = False,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
    workers: WorkersOpt = 1,
) -> None:
    """Code the inputs and print their events."""
    from tocsin.api import code_files
    from tocsin.model import IngestFailure

    coder = _coder(actors, agents, verbs)
    events: list[dict[str, Any]] = []
    failed = 0
    for result in code_files(inputs, date=_parse_day(day, "--date"), coder=coder,
                             workers=workers):
        if isinstance(result, IngestFailure):
            failed += result.kind == "failed"
            _report_failure(result.origin, result.reason)
            continue
        events.extend(e.to_dict() for e in
                      sorted(result.events, key=lambda e: e.sentence_index))
    if as_json:
        sys.stdout.write(json.dumps(events, indent=1, ensure_ascii=False) + "\n")
    else:
        out.print(_events_table(events, f"{len(events)} events"))
    raise typer.Exit(EXIT_FAILED_INPUTS if failed else EXIT_OK)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: Annotated[str, typer.Option(
        "--db", help="DuckDB file (created if missing) or postgresql:// URL.")],
    day: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD.")] = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
    workers: WorkersOpt = 1,
) -> None:
    """Code the inputs and store articles, sentences and events."""
    from tocsin.api import EventStore

    coder = _coder(actors, agents, verbs)
    try:
        store = EventStore(db, coder=coder)
    except TocsinError as exc:
        raise _usage_error(str(exc)) from exc
    with store, Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                         TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                         console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_item(name: str) -> None:
            progress.update(task, advance=1, description=f"ingesting {Path(name).name[:40]}")

        summary = store.ingest(inputs, date=_parse_day(day, "--date"), on_item=on_item,
                               workers=workers)
    for origin, reason in summary.failed:
        _report_failure(origin, reason)
    table = Table(title="ingest summary", show_header=False)
    table.add_row("articles read", str(summary.read))
    table.add_row("stored", str(summary.stored))
    reasons: dict[str, int] = {}
    for _, reason in summary.skipped:
        reasons[reason] = reasons.get(reason, 0) + 1
    table.add_row("skipped", f"{len(summary.skipped)}" + (
        " (" + ", ".join(f"{n} {r}" for r, n in reasons.items()) + ")" if reasons else ""))
    table.add_row("failed", str(len(summary.failed)))
    table.add_row("sentences", str(summary.sentences))
    table.add_row("events", str(summary.events))
    table.add_row("linked", f"{summary.linked_articles} articles into stories, "
                  f"{summary.linked_events} events into clusters")
    table.add_row("seconds", f"{summary.seconds:.1f}")
    err.print(table)
    raise typer.Exit(EXIT_FAILED_INPUTS if summary.failed else EXIT_OK)


def _csv(events: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    cols = ["id", "date", "event", "cameo", "mode", "actor", "recipient", "factuality",
            "location", "location_country", "dead", "injured", "confidence", "url", "text"]
    writer.writerow(cols)
    for e in events:
        loc = e.get("location") or {}
        art = e.get("article") or {}
        writer.writerow([e.get("id"), e.get("date"), e.get("event"), e.get("cameo"),
                         e.get("mode"), ";".join(f"{a['code']}{a['sector']}" for a in e["actor"]),
                         ";".join(f"{a['code']}{a['sector']}" for a in e["recipient"]),
                         e.get("factuality"), loc.get("name", ""), loc.get("country", ""),
                         e.get("dead"), e.get("injured"), e.get("confidence"), art.get("url"),
                         e.get("text")])
    return buf.getvalue()


@app.command()
def events(
    db: Annotated[str, typer.Option("--db", help="The store to read.")],
    dyad: Annotated[str | None, typer.Option(help="Directed pair, e.g. USA-IRN.")] = None,
    event: Annotated[str | None, typer.Option(help="PLOVER category, e.g. ASSAULT.")] = None,
    country: Annotated[str | None, typer.Option(help="Actor, recipient or place country.")
                       ] = None,
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    clusters: Annotated[bool, typer.Option(
        "--clusters", help="One row per event reported by many sentences, not per mention."
    )] = False,
) -> None:
    """List stored events (mentions, or with --clusters deduplicated events), filtered."""
    from tocsin.store import open_store

    if fmt not in ("table", "json", "csv"):
        raise _usage_error(f"--format must be table, json or csv, not {fmt!r}")
    if dyad is not None and (len(dyad.split("-")) != 2 or not all(dyad.split("-"))):
        raise _usage_error(f"--dyad {dyad!r}: use two codes joined by '-', e.g. USA-IRN")
    if not db.startswith(":") and "://" not in db and not Path(db).exists():
        raise _usage_error(f"--db {db}: no such store")
    try:
        store = open_store(db)
    except TocsinError as exc:
        raise _usage_error(str(exc)) from exc
    filters = {"dyad": dyad.upper() if dyad else None, "event": event,
               "country": country.upper() if country else None,
               "since": _parse_day(since, "--since"), "until": _parse_day(until, "--until")}
    with store:
        if clusters:
            rows = [_cluster_row(c) for c in store.clusters(**filters)]
        else:
            rows = store.events(**filters)
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, indent=1, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        sys.stdout.write(_csv(rows))
    else:
        out.print(_events_table(rows, f"{len(rows)} {'clusters' if clusters else 'events'}"))


def _cluster_row(cluster: dict[str, Any]) -> dict[str, Any]:
    """A cluster shaped like an event row (its first mention's fields, merged sides and
    counts), with every mention kept under ``mentions``."""
    first = cluster["mentions"][0] if cluster["mentions"] else {}
    row = {**first, **{k: v for k, v in cluster.items() if k != "mentions"}}
    row["mentions"] = [m.get("id") for m in cluster["mentions"]]
    return row


@app.command("export")
def export_cmd(
    db: Annotated[str, typer.Option("--db", help="The store to read.")],
    parquet: Annotated[Path | None, typer.Option(
        "--parquet", help="Write a Parquet dataset partitioned by year and month to this "
        "directory (an earlier export there is replaced).")] = None,
    csv_file: Annotated[Path | None, typer.Option(
        "--csv", help="Write GDELT-like tab-separated values to this file.")] = None,
    jsonl: Annotated[Path | None, typer.Option(
        "--jsonl", help="Write one PLOVER JSON event per line to this file.")] = None,
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
    mentions: Annotated[bool, typer.Option(
        "--mentions", help="One row per mention (every sentence reporting an event), not "
        "one per event.")] = False,
) -> None:
    """Export stored events, with PLOVER and Goldstein scores, as Parquet, CSV or JSONL."""
    from tocsin.export import export_events
    from tocsin.store import open_store

    targets = [(fmt, path) for fmt, path in
               (("parquet", parquet), ("csv", csv_file), ("jsonl", jsonl)) if path is not None]
    if len(targets) != 1:
        raise _usage_error("give exactly one of --parquet DIR, --csv FILE or --jsonl FILE")
    [(fmt, target)] = targets
    first, last = _parse_day(since, "--since"), _parse_day(until, "--until")
    if first and last and first > last:
        raise _usage_error(f"--since {since} is after --until {until}")
    if not db.startswith(":") and "://" not in db and not Path(db).exists():
        raise _usage_error(f"--db {db}: no such store")
    try:
        with open_store(db, read_only=True) as store:
            count = export_events(store, fmt, target, since=first, until=last,
                                  unique=not mentions)
    except TocsinError as exc:
        raise _usage_error(str(exc)) from exc
    unit = "mentions" if mentions else "events"
    err.print(f"exported {count} {unit} to {target} ({fmt})", highlight=False)


@app.command("eval")
def evaluate_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold records (JSON list) or PETRARCH XML.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")
                       ] = False,
    errors: Annotated[Path | None, typer.Option("--errors", help="Write every miss here.")
                      ] = None,
    petrarch: Annotated[bool, typer.Option(
        "--petrarch", help="GOLD is a PETRARCH unit-test XML file; unless --actors, --agents "
        "or --verbs is given, code it with the validation dictionaries next to it.")
                        ] = False,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
) -> None:
    """Score the coder on gold records."""
    from tocsin.coding.coder import Coder
    from tocsin.evaluation import evaluate, format_report, read_gold, write_errors
    from tocsin.pipeline import code_text

    if petrarch:
        _evaluate_petrarch(gold, errors, actors, agents, verbs)
        return
    coder = _coder(actors, agents, verbs) or Coder()

    def code(text: str, day: date | None) -> list:
        return code_text(text, date=day, coder=coder)

    try:
        records = read_gold(gold)
    except TocsinError as exc:
        raise _usage_error(str(exc)) from exc
    with Progress(TextColumn("scoring"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=err, transient=True) as progress:
        task = progress.add_task("eval", total=len(records))
        report = evaluate(records, code,
                          progress=lambda n: progress.update(task, completed=n))
    if errors is not None:
        write_errors(report, errors)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=1) + "\n")
    else:
        out.print(format_report(report))


def _evaluate_petrarch(gold: Path, errors: Path | None, actors: list[Path] | None,
                       agents: list[Path] | None, verbs: list[Path] | None) -> None:
    """``eval --petrarch``: code the unit-test records with the validation dictionaries
    (or the ones given) and its discards, and print the figures as JSON."""
    from tocsin.coding.coder import Coder
    from tocsin.coding.discards import DiscardList
    from tocsin.evaluation.petrarch import (
        ValidationDictionaries,
        code_petrarch,
        find_validation_dictionaries,
        read_petrarch_records,
        score_petrarch,
        write_petrarch_errors,
    )
    from tocsin.pipeline import code_text

    try:
        records = read_petrarch_records(gold)
        if actors or agents or verbs:
            found = ValidationDictionaries(actors=tuple(actors or ()),
                                           agents=tuple(agents or ()),
                                           verbs=tuple(verbs or ()))
        else:
            found = find_validation_dictionaries(gold)
        coder = _coder(list(found.actors), list(found.agents), list(found.verbs)) or Coder()
        if found.discards:
            coder.discards = DiscardList.load(list(found.discards))
    except TocsinError as exc:
        raise _usage_error(str(exc)) from exc
    if not (found.actors or found.agents or found.verbs):
        err.print(f"[yellow]note:[/yellow] no validation dictionaries next to {gold}; "
                  "coding with tocsin's own", highlight=False)

    def code(text: str, day: date | None) -> list:
        return code_text(text, date=day, coder=coder)

    with Progress(TextColumn("coding"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=err, transient=True) as progress:
        task = progress.add_task("eval", total=len(records))
        outcomes = code_petrarch(records, code,
                                 progress=lambda n: progress.update(task, completed=n))
    if errors is not None:
        write_petrarch_errors(outcomes, errors)
    result = {**score_petrarch(outcomes), "dictionaries": found.to_dict()}
    sys.stdout.write(json.dumps(result, indent=1) + "\n")


@app.command()
def version() -> None:
    """Print tocsin's version."""
    out.print(__version__)


import tocsin.cli_alarm  # noqa: E402,F401  (registers dyads, timeline and alerts on app)


def main() -> None:  # pragma: no cover - console entry point
    app()
