"""The linking pass: stored articles into stories, stored event mentions into clusters.

Ingesting writes articles and events; :meth:`StoreLinking.link` then links what is new:

* every article without a ``story_id`` joins the story of its most similar article
  dated within :data:`STORY_WINDOW_DAYS` (exact copies and MinHash near duplicates, see
  :class:`tocsin.dedup.StoryIndex`), or starts its own; its signature is kept in
  ``articles.minhash`` so later articles can be compared with it without its text;
* every event without a ``cluster_id`` is clustered again with all stored events dated
  within :data:`CLUSTER_MARGIN_DAYS` of it (and every event already clustered with
  those), with :func:`tocsin.dedup.cluster_events`; each event gets its cluster's id (the
  id of its earliest mention), the cluster's mention, source and article counts (exact
  copies of its articles, kept in ``copies`` rather than stored again, count as more
  outlets and articles), and the largest death toll any mention reports.
  Events with neither an event date nor an article date stay their own cluster.

Each chunk of work is one transaction, so a crash loses at most the chunk in progress and
the next pass does it again; running the pass twice changes nothing. On PostgreSQL one
linking transaction runs at a time (an advisory lock), so concurrent ingests don't race.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from tocsin.dedup import StoryIndex, cluster_events
from tocsin.dedup.events import DATE_WINDOW_DAYS, outlet_of
from tocsin.errors import StoreError
from tocsin.store.queries import ACTORS_SQL, EventQuery, assemble_events, build_events_sql
from tocsin.store.rows import event_scores
from tocsin.store.schema import COPIES

T = TypeVar("T")

STORY_WINDOW_DAYS = 7
"""An article is compared with articles dated at most this many days before or after it."""

STORY_CHUNK = 2000
"""Articles linked per transaction."""

CLUSTER_MARGIN_DAYS = 2 * DATE_WINDOW_DAYS
"""Events dated this close to a new event are clustered again with it."""

CLUSTER_SPAN_DAYS = 31
"""Days of new events clustered per transaction (plus the margins)."""


@dataclass(frozen=True, slots=True)
class LinkSummary:
    """What one linking pass did."""

    articles: int = 0  # articles given a story
    events: int = 0  # events whose cluster was (re)computed
    scored: int = 0  # events of older stores given their scores
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "events": self.events, "scored": self.scored,
                "seconds": round(self.seconds, 2)}


def _spans(days: Sequence[date]) -> list[tuple[date, date]]:
    """Group sorted ``days`` into spans of at most :data:`CLUSTER_SPAN_DAYS` days, joining
    days whose margins overlap."""
    spans: list[tuple[date, date]] = []
    for day in days:
        if spans:
            start, end = spans[-1]
            near = (day - end).days <= 2 * CLUSTER_MARGIN_DAYS
            if near and (day - start).days < CLUSTER_SPAN_DAYS:
                spans[-1] = (start, day)
                continue
        spans.append((day, day))
    return spans


def _unnest_update(table: str, columns: dict[str, str]) -> str:
    """``UPDATE table SET col = m.col ... FROM (SELECT unnest(?::TYPE[]) ...) m`` keyed by
    ``id``; ``columns`` maps each column (``id`` first) to its SQL type."""
    selects = ", ".join(f"unnest(?::{kind}[]) AS {name}" for name, kind in columns.items())
    sets = ", ".join(f"{name} = m.{name}" for name in columns if name != "id")
    return f"UPDATE {table} SET {sets} FROM (SELECT {selects}) m WHERE {table}.id = m.id"


_STORY_UPDATE = _unnest_update("articles", {"id": "TEXT", "story_id": "TEXT",
                                            "minhash": "TEXT"})
_CLUSTER_UPDATE = _unnest_update("events", {
    "id": "TEXT", "cluster_id": "TEXT", "cluster_mentions": "INTEGER",
    "cluster_sources": "INTEGER", "cluster_articles": "INTEGER", "cluster_dead": "INTEGER",
})
_SCORE_UPDATE = _unnest_update("events", {
    "id": "TEXT", "quad_class": "INTEGER", "plover_score": "DOUBLE PRECISION",
    "goldstein": "DOUBLE PRECISION",
})
_EVENT_DAY = "coalesce(e.date, ar.date)"
_EVENT_FROM = "FROM events e LEFT JOIN articles ar ON ar.id = e.article_id"


class StoreLinking:
    """The linking pass, mixed into every backend next to :class:`.reading.StoreReads`."""

    url: str
    read_only: bool

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _in_transaction(self, work: Callable[[], T]) -> T:
        raise NotImplementedError

    def _lock_linking(self) -> None:
        """Serialise linking transactions across processes (PostgreSQL); a no-op where one
        process writes at a time (DuckDB)."""

    def link(self, *, progress: Callable[[str, int], None] | None = None) -> LinkSummary:
        """Link new articles into stories and new events into clusters; see the module.

        ``progress(stage, n)`` is called after each transaction with the stage
        (``"stories"`` or ``"events"``) and how many rows it linked.
        """
        if self.read_only:
            raise StoreError(f"{self.url}: opened read-only; open it writable to link")
        started = time.perf_counter()
        scored = self._in_transaction(self._score_events)
        articles = 0
        while n := self._in_transaction(self._link_story_chunk):
            articles += n
            if progress:
                progress("stories", n)
        clustered: set[str] = set()
        for span in _spans(self._pending_days()):
            ids = self._in_transaction(lambda span=span: self._cluster_span(*span))
            clustered.update(ids)
            if progress:
                progress("events", len(ids))
        events = len(clustered) + self._in_transaction(self._close_undated)
        return LinkSummary(articles, events, scored, time.perf_counter() - started)

    # -- copies ----------------------------------------------------------------------

    def _write_copies(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Record articles whose text is a stored article's (``copies`` rows) and mark the
        stored article's events for re-linking, so their outlet counts include the copy."""
        if not rows:
            return
        self._fetchall(COPIES.insert_sql(skip_taken=True),
                       [list(c) for c in zip(*rows, strict=True)])
        self._fetchall("UPDATE events SET cluster_id = NULL"
                       " WHERE article_id IN (SELECT unnest(?::TEXT[]))",
                       [sorted({r[1] for r in rows})])

    # -- scores of events stored before schema version 3 -----------------------------

    def _score_events(self) -> int:
        rows = self._fetchall("SELECT id, event, mode, cameo FROM events WHERE quad_class IS NULL"
                              " AND plover_score IS NULL AND goldstein IS NULL")
        scores = [(eid, *event_scores(ev, mode or "", cameo or "")) for eid, ev, mode, cameo
                  in rows]
        scores = [s for s in scores if any(v is not None for v in s[1:])]
        if scores:
            self._fetchall(_SCORE_UPDATE, [list(c) for c in zip(*scores, strict=True)])
        return len(scores)

    # -- stories ---------------------------------------------------------------------

    def _link_story_chunk(self) -> int:
        self._lock_linking()
        pending = self._fetchall(
            "SELECT id, date, text FROM articles WHERE story_id IS NULL"
            " ORDER BY date NULLS LAST, id LIMIT ?", [STORY_CHUNK])
        if not pending:
            return 0
        index = StoryIndex()
        dates = [d for _i, d, _t in pending if d is not None]
        if dates:
            window = timedelta(days=STORY_WINDOW_DAYS)
            for aid, story, sig in self._fetchall(
                "SELECT id, story_id, minhash FROM articles WHERE story_id IS NOT NULL"
                " AND minhash IS NOT NULL AND date BETWEEN ? AND ? ORDER BY date, id",
                [min(dates) - window, max(dates) + window],
            ):
                index.add_signed(aid, story, bytes.fromhex(sig))
        updates = []
        for aid, _day, text in pending:
            story = index.add(aid, text)
            sig = index.signature(aid)
            updates.append((aid, story, sig.hex() if sig is not None else None))
        self._fetchall(_STORY_UPDATE, [list(c) for c in zip(*updates, strict=True)])
        return len(pending)

    # -- event clusters --------------------------------------------------------------

    def _pending_days(self) -> list[date]:
        rows = self._fetchall(f"SELECT DISTINCT {_EVENT_DAY} {_EVENT_FROM}"
                              f" WHERE e.cluster_id IS NULL AND {_EVENT_DAY} IS NOT NULL")
        return sorted(r[0] for r in rows)

    def _cluster_span(self, first: date, last: date) -> list[str]:
        self._lock_linking()
        margin = timedelta(days=CLUSTER_MARGIN_DAYS)
        ids = [r[0] for r in self._fetchall(
            f"SELECT e.id {_EVENT_FROM} WHERE {_EVENT_DAY} BETWEEN ? AND ?"
            " UNION SELECT id FROM events WHERE cluster_id IN"
            f" (SELECT e.cluster_id {_EVENT_FROM} WHERE {_EVENT_DAY} BETWEEN ? AND ?)",
            [first - margin, last + margin] * 2)]
        if not ids:
            return []
        sql, params = build_events_sql(EventQuery(ids=ids))
        rows = self._fetchall(sql, params)
        events = assemble_events(rows, self._fetchall(ACTORS_SQL, [ids]))
        copies: dict[str, list[str]] = {}
        for owner, outlet in self._fetchall(
                "SELECT copy_of, coalesce(nullif(source, ''), url, id) FROM copies"
                " WHERE copy_of IN (SELECT unnest(?::TEXT[]))",
                [sorted({e["article"]["id"] for e in events if e.get("article")})]):
            copies.setdefault(owner, []).append(outlet)
        updates = []
        for cluster in cluster_events(events):
            articles = {m["article"]["id"] for m in cluster.mentions if m.get("article")}
            extra = [o for a in sorted(articles) for o in copies.get(a, [])]
            outlets = {outlet_of(m["article"]) for m in cluster.mentions if m.get("article")}
            outlets.discard("")
            counts = (len(cluster.mentions), len(outlets | set(extra)),
                      cluster.num_articles + len(extra), cluster.dead)
            updates += [(m["id"], cluster.id, *counts) for m in cluster.mentions]
        self._fetchall(_CLUSTER_UPDATE, [list(c) for c in zip(*updates, strict=True)])
        return ids

    def _close_undated(self) -> int:
        """Make every event with no date at all its own cluster."""
        rows = self._fetchall(
            f"SELECT e.id, CASE WHEN ar.id IS NULL THEN 0 ELSE 1 END, e.dead {_EVENT_FROM}"
            f" WHERE e.cluster_id IS NULL AND {_EVENT_DAY} IS NULL")
        if rows:
            updates = [(eid, eid, 1, n, n, dead) for eid, n, dead in rows]
            self._fetchall(_CLUSTER_UPDATE, [list(c) for c in zip(*updates, strict=True)])
        return len(rows)
