"""The Python API that mirrors the command line.

>>> import tocsin
>>> events = tocsin.code_text("Iran threatened to close the Strait of Hormuz.")
>>> with tocsin.EventStore("news.duckdb") as store:
...     summary = store.ingest(["articles/"])
...     rows = store.events(dyad="USA-IRN")

Library code never prints: progress goes to an optional callback and results come back
as objects (:class:`IngestSummary`, :class:`~tocsin.model.Event`, dicts of stored events).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tocsin.coding.coder import Coder
from tocsin.ingest import read_inputs
from tocsin.model import Article, Event, IngestFailure
from tocsin.pipeline import CodedArticle, code_articles
from tocsin.store import open_store

if TYPE_CHECKING:
    from tocsin.alarm.series import DyadFilter, DyadSeries

STORE_BATCH = 50


@dataclass
class IngestSummary:
    """What one ingest run did."""

    read: int = 0
    stored: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    sentences: int = 0
    events: int = 0
    linked_articles: int = 0
    linked_events: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "stored": self.stored,
            "skipped": [{"id": i, "reason": r} for i, r in self.skipped],
            "failed": [{"input": o, "reason": r} for o, r in self.failed],
            "sentences": self.sentences, "events": self.events,
            "linked_articles": self.linked_articles, "linked_events": self.linked_events,
            "seconds": round(self.seconds, 2),
        }


def code_files(inputs: Iterable[str | os.PathLike], *, date: date | None = None,
               coder: Coder | None = None, workers: int = 1
               ) -> Iterator[CodedArticle | IngestFailure]:
    """Read and code files, directories or ``-`` (stdin); yields results in input order."""
    return code_articles(read_inputs(inputs, date=date), coder=coder, workers=workers)


class EventStore:
    """A tocsin store (DuckDB file or ``:memory:``) with ingest and queries."""

    def __init__(self, db: str, *, coder: Coder | None = None) -> None:
        self._store = open_store(db)
        self._coder = coder
        self._copies: list[tuple[Article, str]] = []

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._store.close()

    def _fresh(self, items: Iterable[Article | IngestFailure], summary: IngestSummary,
               on_item: Callable[[str], None] | None
               ) -> Iterator[Article | IngestFailure]:
        for item in items:
            if isinstance(item, IngestFailure):
                yield item
                continue
            summary.read += 1
            if on_item:
                on_item(item.origin or item.id)
            if self._store.has_article(item.id):
                summary.skipped.append((item.id, "already stored"))
            elif (owner := self._store.text_owner(item.text_hash)) is not None:
                summary.skipped.append((item.id, f"duplicate text of {owner}"))
                self._copies.append((item, owner))  # stored with the next batch
            else:
                yield item

    def ingest(self, inputs: Iterable[str | os.PathLike], *, date: date | None = None,
               on_item: Callable[[str], None] | None = None, workers: int = 1,
               link: bool = True) -> IngestSummary:
        """Read, code and store ``inputs``; articles already stored are skipped.

        Then (unless ``link=False``) new articles are linked into stories and new events
        into clusters with the events already stored (:meth:`link`).
        """
        started = time.perf_counter()
        summary = IngestSummary()
        coder = self._coder
        batch: list[tuple[Article, list, list[Event]]] = []
        failures: list[IngestFailure] = []

        def flush() -> None:
            if not batch and not failures and not self._copies:
                return
            result = self._store.ingest_batch(list(batch), list(failures), list(self._copies))
            self._copies.clear()
            summary.stored += result.stored
            summary.skipped.extend(result.skipped)
            batch.clear()
            failures.clear()

        fresh = self._fresh(read_inputs(inputs, date=date), summary, on_item)
        for result in code_articles(fresh, coder=coder, workers=workers):
            if isinstance(result, IngestFailure):
                if result.kind == "skipped":
                    summary.skipped.append((result.origin, result.reason))
                else:
                    summary.failed.append((result.origin, result.reason))
                failures.append(result)
            else:
                batch.append((result.article, result.sentences, result.events))
                summary.sentences += len(result.sentences)
                summary.events += len(result.events)
            if len(batch) >= STORE_BATCH:
                flush()
        flush()
        if link:
            linked = self._store.link()
            summary.linked_articles, summary.linked_events = linked.articles, linked.events
        summary.seconds = time.perf_counter() - started
        return summary

    def link(self) -> dict[str, Any]:
        """Link stored articles into stories and event mentions into clusters, where not
        done yet; returns the counts (see :mod:`tocsin.store.linking`)."""
        return self._store.link().to_dict()

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored events; filters as in :meth:`tocsin.store.Store.events`."""
        return self._store.events(**filters)

    def clusters(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored events merged across their reports, with every mention (filters as in
        :meth:`events`)."""
        return self._store.clusters(**filters)

    # -- the alarm (tocsin.alarm) -------------------------------------------------------

    def dyads(self, *, since: date | None = None, until: date | None = None,
              top: int = 20) -> list[dict[str, Any]]:
        """The most active dyads, by conflict intensity, with their escalation ratio."""
        from tocsin.alarm.alerts import top_dyads

        return top_dyads(self._store, since=since, until=until, top=top)

    def series(self, dyad: str, *, since: date | None = None, until: date | None = None,
               weekly: bool = False, where: DyadFilter | None = None) -> DyadSeries:
        """The daily (or weekly) series of ``dyad`` (``"USA-IRN"``, ``"IRN~USA"``,
        ``"USAMIL-IRQ"``), see :mod:`tocsin.alarm.series`."""
        from tocsin.alarm.series import DyadFilter, load_series
        from tocsin.alarm.series import weekly as to_weeks

        daily = load_series(self._store, dyad, since=since, until=until,
                            where=where or DyadFilter())
        return to_weeks(daily) if weekly else daily

    def alerts(self, *, since: date | None = None, until: date | None = None,
               scan: bool = True) -> list[dict[str, Any]]:
        """Scan the store for alerts raised ``since``..``until`` and remember them
        (``scan=False``: only read the stored ones); returns the stored alerts raised since
        ``since``, oldest first."""
        from tocsin.alarm.alerts import save_alerts, stored_alerts
        from tocsin.alarm.alerts import scan as find

        if scan:
            save_alerts(self._store, find(self._store, since=since, until=until))
        return [a.to_dict() for a in stored_alerts(self._store, since=since)
                if until is None or a.raised_on <= until]

    def send_alerts(self, url: str, *, since: date | None = None) -> dict[str, Any]:
        """POST stored alerts not sent yet to a webhook (see
        :func:`tocsin.alarm.alerts.send_alerts`); returns the ids sent and failed."""
        from tocsin.alarm.alerts import send_alerts

        result = send_alerts(self._store, url, since=since)
        return {"sent": result.sent, "failed": [list(f) for f in result.failed]}

    def timeline(self, dyad: str, path: str | os.PathLike[str], *,
                 since: date | None = None, until: date | None = None) -> Path:
        """Draw ``dyad``'s timeline chart (``.png`` or ``.svg``) with its stored alerts
        shaded and its most conflictual events annotated; return the file written."""
        from tocsin.alarm.timeline import timeline_chart

        return timeline_chart(self._store, dyad, path, since=since, until=until)

    def errors(self) -> list[dict[str, Any]]:
        return self._store.errors()
