"""Stored events exported for analysis: a Parquet dataset, GDELT-like CSV, or PLOVER JSONL.

::

    with open_store("events.duckdb", read_only=True) as store:
        n = export_events(store, "parquet", "out/", since=date(2020, 1, 1))

Events are read only through :meth:`tocsin.store.Store.events`, so every backend exports
the same way. Each exported event carries its ``quad_class``, ``plover_score`` (PLOVER
manual, by category and mode) and ``goldstein`` (by CAMEO code); see
:mod:`tocsin.ontology.scores`.

* ``parquet``: a hive-partitioned dataset, ``DIR/year=YYYY/month=MM/`` (:mod:`.parquet`).
* ``csv``: tab-separated, one header line, columns :data:`CSV_COLUMNS`.
* ``jsonl``: one ``Event.to_dict()`` object per line, plus the three scores.

Every target is written beside itself and renamed into place when complete.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, Literal

from tocsin.export.files import ExportError, write_csv, write_jsonl
from tocsin.export.parquet import write_parquet
from tocsin.export.rows import CSV_COLUMNS, scored
from tocsin.store import Store

__all__ = [
    "CSV_COLUMNS", "FORMATS", "ExportError", "export_events", "iter_events", "scored",
    "write_csv", "write_jsonl", "write_parquet",
]  # fmt: skip

Format = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl")


def _month_end(day: date) -> date:
    first_next = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_next - timedelta(days=1)


def iter_events(store: Store, *, since: date | None = None, until: date | None = None,
                unique: bool = True) -> Iterator[dict[str, Any]]:
    """Yield the stored events dated ``since``..``until`` (inclusive), in store order:
    one per event (its first mention, with the cluster's counts), or with
    ``unique=False`` every mention.

    With a bound given, events are read one calendar month at a time: each step asks the
    store for the next dated event and then for that event's month, so empty months cost
    nothing and at most a month of events is held at once. Undated events are left out,
    as :meth:`Store.events` leaves them out under a date filter. With neither bound, all
    events, undated ones last, come from a single call: the store API has no other way to
    select undated events.
    """
    if since is None and until is None:
        yield from store.events(unique=unique)
        return
    cursor = since
    while until is None or cursor is None or cursor <= until:
        head = store.events(since=cursor, until=until, limit=1, unique=unique)
        if not head or not head[0].get("date"):
            return
        start = date.fromisoformat(head[0]["date"])
        end = _month_end(start) if until is None else min(_month_end(start), until)
        yield from store.events(since=start, until=end, unique=unique)
        if end == date.max:
            return
        cursor = end + timedelta(days=1)


def export_events(store: Store, fmt: Format, target: str | os.PathLike[str], *,
                  since: date | None = None, until: date | None = None,
                  unique: bool = True) -> int:
    """Export the events dated ``since``..``until`` from ``store`` to ``target`` as ``fmt``.

    ``target`` is a directory for ``parquet`` and a file for ``csv`` and ``jsonl``.
    ``unique=False`` writes every mention instead of one row per event. Returns the
    number of rows written. Raises :class:`ExportError` when the target
    cannot be written or is a directory that is not an earlier tocsin export, and
    ``ValueError`` for an unknown format or ``since`` after ``until``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if since is not None and until is not None and since > until:
        raise ValueError(f"since {since} is after until {until}")
    events = iter_events(store, since=since, until=until, unique=unique)
    if fmt == "parquet":
        meta = {"since": since.isoformat() if since else None,
                "until": until.isoformat() if until else None}
        return write_parquet(events, target, meta=meta)
    if fmt == "csv":
        return write_csv(events, target)
    return write_jsonl(events, target)
