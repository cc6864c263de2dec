"""The reading half of a store, shared by the DuckDB and PostgreSQL backends.

A backend mixes :class:`StoreReads` in and provides ``_fetchall(sql, params)`` (portable
SQL with ``?`` placeholders) and ``close()``; the queries themselves live in
:mod:`tocsin.store.queries`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date
from types import TracebackType
from typing import Any, Self

from tocsin.dedup.events import summarise
from tocsin.store.queries import ACTORS_SQL, EventQuery, assemble_events, build_events_sql
from tocsin.store.schema import DATA_TABLES


class StoreReads:
    """Queries every backend answers the same way."""

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored (or recorded as a copy of one)."""
        return bool(self._fetchall("SELECT 1 FROM articles WHERE id = ? UNION ALL"
                                   " SELECT 1 FROM copies WHERE id = ? LIMIT 1",
                                   [article_id, article_id]))

    def text_owner(self, text_hash: str) -> str | None:
        """The id of the stored article with this :func:`~tocsin.model.text_hash`."""
        rows = self._fetchall("SELECT id FROM articles WHERE text_hash = ?"
                              " ORDER BY ingested_at, id LIMIT 1", [text_hash])
        return rows[0][0] if rows else None

    def has_text(self, text_hash: str) -> bool:
        """Whether an article with this :func:`~tocsin.model.text_hash` is stored."""
        sql = "SELECT 1 FROM articles WHERE text_hash = ? LIMIT 1"
        return bool(self._fetchall(sql, [text_hash]))

    def events(
        self,
        *,
        dyad: str | None = None,
        event: str | None = None,
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        unique: bool = False,
    ) -> list[dict[str, Any]]:
        """Stored events matching every filter given, as ``Event.to_dict()`` dicts plus
        ``cluster``: ``{id, mentions, sources, articles}`` of the event it reports.

        ``dyad="USA-IRN"`` is directed (an actor coded USA, a recipient coded IRN; ``*``
        is a wildcard side); ``event`` is a PLOVER category, any case; ``country`` matches
        an actor, recipient or location country; ``since``/``until`` bound the event date,
        inclusive. ``unique=True`` gives one row per event (the first mention of each
        cluster) instead of every mention. Ordered by event date (undated last), article,
        sentence. Raises ``ValueError`` on a malformed filter.
        """
        query = EventQuery(dyad, event, country, since, until, limit, unique)
        return self._events(query)

    def _events(self, query: EventQuery) -> list[dict[str, Any]]:
        sql, params = build_events_sql(query)
        rows = self._fetchall(sql, params)
        if not rows:
            return []
        actors = self._fetchall(ACTORS_SQL, [[r[0] for r in rows]])
        return assemble_events(rows, actors)

    def clusters(self, **filters: Any) -> list[dict[str, Any]]:
        """Events merged across their reports, as :meth:`tocsin.dedup.EventCluster.to_dict`:
        every stored cluster with a mention matching the filters of :meth:`events`, with
        all its mentions, in the order of its first matching mention."""
        order: dict[str, None] = {}
        for ev in self.events(**filters):
            order.setdefault(ev["cluster"]["id"], None)
        if not order:
            return []
        groups: dict[str, list[dict[str, Any]]] = {}
        for ev in self._events(EventQuery(cluster_ids=list(order))):
            groups.setdefault(ev["cluster"]["id"], []).append(ev)
        return [summarise(groups[cid]).to_dict() for cid in order if cid in groups]

    def errors(self) -> list[dict[str, Any]]:
        """Recorded ingest failures, oldest first: ``origin``, ``reason``, ``kind``, ``seen_at``."""
        rows = self._fetchall(
            "SELECT origin, reason, kind, seen_at FROM errors ORDER BY seen_at, origin, reason"
        )
        return [
            {"origin": o, "reason": r, "kind": k, "seen_at": t.replace(tzinfo=UTC).isoformat()}
            for o, r, k, t in rows
        ]

    def stats(self) -> dict[str, int]:
        """Row counts per table: articles, sentences, events, event_actors, errors, alerts."""
        return {
            table.name: int(self._fetchall(f"SELECT count(*) FROM {table.name}")[0][0])
            for table in DATA_TABLES
        }
