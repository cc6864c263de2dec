"""Where articles, sentences, events and ingest failures are kept.

Open a store with :func:`open_store` and write one batch at a time::

    with open_store("events.duckdb") as store:  # or "postgresql://user@host/db"
        result = store.ingest_batch([(article, sentences, events)], failures)
        rows = store.events(dyad="USA-IRN", since=date(2024, 1, 1))

Each batch is one transaction: it is stored whole or not at all. After ingesting,
:meth:`Store.link` groups new articles into stories and new event mentions into events
(:mod:`tocsin.store.linking`). Ingesting is idempotent:
an article whose id, or whose text, is already stored is skipped and reported in
:attr:`BatchResult.skipped`. The tables are described in :mod:`tocsin.store.schema`.

A store (and its connection) belongs to one thread; open another store per thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from tocsin.errors import StoreError
from tocsin.model import Article, Event, IngestFailure, Sentence

if TYPE_CHECKING:
    from tocsin.store.linking import LinkSummary

__all__ = ["BatchResult", "Store", "open_store"]

BatchItem = tuple[Article, list[Sentence], list[Event]]
"""One article with its sentences and coded events, as :meth:`Store.ingest_batch` takes it."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one :meth:`Store.ingest_batch` call wrote.

    ``skipped`` lists ``(article_id, reason)`` for articles not stored: ``"already stored"``,
    ``"duplicate text of <id>"`` or ``"invalid: ..."``. ``duplicate_events`` counts events
    dropped because an earlier event of the same batch had the same :attr:`Event.id`;
    ``errors`` counts the ingest failures recorded.
    """

    stored: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    sentences: int = 0
    duplicate_events: int = 0
    errors: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "skipped": [list(s) for s in self.skipped],
            "events": self.events,
            "sentences": self.sentences,
            "duplicate_events": self.duplicate_events,
            "errors": self.errors,
        }


class Store(Protocol):
    """What every store backend offers; :func:`open_store` returns one."""

    url: str

    def ingest_batch(self, items: list[BatchItem], failures: list[IngestFailure],
                     copies: Sequence[tuple[Article, str]] = ()) -> BatchResult:
        """Store a batch of articles and ingest failures in one transaction; ``copies``
        (an article and the stored article whose text it repeats) are recorded too."""
        ...

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        ...

    def text_owner(self, text_hash: str) -> str | None:
        """The id of the stored article with this text hash, or None."""
        ...

    def has_text(self, text_hash: str) -> bool:
        """Whether an article with this :func:`~tocsin.model.text_hash` is stored."""
        ...

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
        """Stored events matching every filter given, as ``Event.to_dict()`` dicts with
        their ``cluster``; ``unique=True``: one row per event, not per mention."""
        ...

    def clusters(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored events merged across their reports, with every mention."""
        ...

    def link(self, *, progress: Callable[[str, int], None] | None = None) -> LinkSummary:
        """Link new articles into stories and new events into clusters."""
        ...

    def errors(self) -> list[dict[str, Any]]:
        """Recorded ingest failures: ``origin``, ``reason``, ``kind``, ``seen_at``."""
        ...

    def stats(self) -> dict[str, int]:
        """Row counts per table."""
        ...

    def close(self) -> None:
        """Close the connection; further calls raise :class:`StoreError`."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def open_store(url: str | os.PathLike[str], *, read_only: bool = False) -> Store:
    """Open (creating it when missing) the store at ``url``.

    ``url`` is a DuckDB file path (``"events.duckdb"``, optionally written
    ``"duckdb:///abs/path.duckdb"``), ``":memory:"``, or a PostgreSQL URL
    (``"postgresql://user@host:5432/db"``; the database must exist, the tables are created).
    Missing parent directories of a DuckDB file are created. ``read_only=True`` opens an
    existing store without writing to it, so that other processes may read a DuckDB file
    too. Several processes may ingest into one PostgreSQL database at once.

    Raises :class:`~tocsin.errors.StoreError` when the store cannot be opened or reached,
    is not a tocsin store, or was written by a newer tocsin (its schema version is too new).
    """
    text = os.fspath(url)
    if text.startswith("duckdb://"):
        text = text.removeprefix("duckdb://") or ":memory:"
    elif text.startswith(("postgres://", "postgresql://")):
        from tocsin.store.postgres_store import PostgresStore

        return PostgresStore(text, read_only=read_only)
    elif "://" in text:
        raise StoreError(
            f"{text}: unknown store URL; give a .duckdb file path, ':memory:' or a "
            "postgresql://user@host:port/db URL"
        )
    from tocsin.store.duckdb_store import DuckDBStore

    return DuckDBStore(text, read_only=read_only)
