"""The DuckDB store: one file (or ``:memory:``) holding the tables of :mod:`.schema`.

Rows are written column-wise: each column travels as one list parameter and is unnested
into the table (``INSERT ... SELECT unnest(?::TEXT[]), ...``), which is two orders of
magnitude faster in DuckDB than ``executemany`` and is also valid PostgreSQL. Turning model
objects into rows (:mod:`.rows`) does not depend on the backend.

DuckDB lets one process write a file at a time, so planning a batch (which articles are
already stored) and inserting it cannot race with another writer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from tocsin.errors import StoreError
from tocsin.model import Article, IngestFailure
from tocsin.store import BatchItem, BatchResult
from tocsin.store.linking import StoreLinking
from tocsin.store.reading import StoreReads
from tocsin.store.rows import (
    BatchRows,
    Row,
    copy_row,
    now_utc,
    plan_batch,
)
from tocsin.store.schema import (
    ARTICLES,
    EVENT_ACTORS,
    EVENTS,
    SCHEMA_VERSION,
    SENTENCES,
    TABLES,
    Table,
    migration,
)

T = TypeVar("T")

_CHUNK_ROWS = 50_000
"""Rows per INSERT statement, to bound the size of one statement's parameters."""


class DuckDBStore(StoreReads, StoreLinking):
    """A :class:`tocsin.store.Store` kept in a DuckDB file (or in memory).

    Use :func:`tocsin.store.open_store` rather than this class directly.
    """

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.url = path
        self.read_only = read_only
        if path != ":memory:" and not read_only:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"{path}: cannot open the store ({exc}); check that it is a DuckDB file "
                "and that no other process is writing to it"
            ) from exc
        try:
            self._prepare_schema()
        except BaseException:
            self.close()
            raise

    # -- connection and schema -------------------------------------------------------

    @property
    def _conn(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.url}: the store is closed; open it again with open_store()")
        return self._con

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run portable SQL (``?`` placeholders) and return all its rows."""
        return self._conn.execute(sql, list(params)).fetchall()

    def _prepare_schema(self) -> None:
        """Check the schema version of an existing store, or create the tables."""
        con = self._conn
        tables = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema()"
            ).fetchall()
        }
        if "meta" in tables:
            self._check_version()
            return
        if self.read_only:
            raise StoreError(f"{self.url}: not a tocsin store (no meta table); open it writable")
        self._in_transaction(self._create_schema)

    def _check_version(self) -> None:
        row = self._conn.execute(
            "SELECT value FROM meta WHERE key = ?", ["schema_version"]
        ).fetchone()
        try:
            version = int(row[0]) if row is not None else None
        except ValueError:
            version = None
        if version is None:
            raise StoreError(
                f"{self.url}: not a tocsin store (meta has no valid schema_version); "
                "use another file"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.url}: store schema version {version} is newer than this tocsin "
                f"supports ({SCHEMA_VERSION}); upgrade tocsin or use another store file"
            )
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(
                    f"{self.url}: store schema version {version} must be migrated to "
                    f"{SCHEMA_VERSION}; open it writable once"
                )
            self._in_transaction(lambda: self._migrate(version))

    def _migrate(self, version: int) -> None:
        for stmt in migration(version):
            self._conn.execute(stmt)

    def _create_schema(self) -> None:
        for table in TABLES:
            for stmt in table.ddl():
                self._conn.execute(stmt)
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)", ["schema_version", str(SCHEMA_VERSION)]
        )

    def _in_transaction(self, work: Callable[[], T]) -> T:
        """Run ``work()`` in one transaction: commit it whole, or roll it back and raise."""
        con = self._conn
        con.execute("BEGIN TRANSACTION")
        try:
            result = work()
            con.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(duckdb.Error):  # a failed COMMIT has rolled back already
                con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.url}: nothing written, rolled back: {exc}") from exc
            raise
        return result

    def close(self) -> None:
        """Close the connection; further calls raise :class:`StoreError`. Idempotent."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __repr__(self) -> str:
        state = "closed" if self._con is None else "open"
        return f"DuckDBStore({self.url!r}, {state})"

    # -- writing ---------------------------------------------------------------------

    def ingest_batch(self, items: list[BatchItem], failures: list[IngestFailure],
                     copies: Sequence[tuple[Article, str]] = ()) -> BatchResult:
        """Store ``items`` and record ``failures``, all in one transaction.

        Articles already stored (by id, or by text under another id), repeated within the
        batch, or invalid (a repeated sentence index, an event of another article) are
        skipped and listed in the result. A database error rolls the whole batch back and
        raises :class:`StoreError`; earlier batches are untouched.
        """
        if self.read_only:
            raise StoreError(f"{self.url}: opened read-only; open it writable to ingest")
        return self._in_transaction(lambda: self._write_batch(items, failures, copies))

    def _write_batch(self, items: list[BatchItem], failures: list[IngestFailure],
                     copies: Sequence[tuple[Article, str]] = ()) -> BatchResult:
        rows = self._plan_batch(items)
        now = now_utc()
        rows.copies += [copy_row(art, owner, now) for art, owner in copies]
        self._insert(ARTICLES, rows.articles)
        self._insert(SENTENCES, rows.sentences)
        self._insert(EVENTS, rows.events)
        self._insert(EVENT_ACTORS, rows.actors)
        self._write_copies(rows.copies)
        recorded = self._record_failures(failures)
        return BatchResult(
            stored=len(rows.articles),
            skipped=rows.skipped,
            events=len(rows.events),
            sentences=len(rows.sentences),
            duplicate_events=rows.duplicate_events,
            errors=recorded,
        )

    def _plan_batch(self, items: list[BatchItem]) -> BatchRows:
        """Decide which articles to store and build their rows."""
        stored_ids: set[str] = set()
        hash_owner: dict[str, str] = {}
        for art_id, text_hash in self._conn.execute(
            "SELECT id, text_hash FROM articles WHERE id IN (SELECT unnest(?::TEXT[]))"
            " OR text_hash IN (SELECT unnest(?::TEXT[]))",
            [[art.id for art, _s, _e in items], [art.text_hash for art, _s, _e in items]],
        ).fetchall():
            stored_ids.add(art_id)
            hash_owner.setdefault(text_hash, art_id)
        return plan_batch(items, stored_ids, hash_owner)

    def _insert(self, table: Table, rows: list[Row]) -> None:
        """Insert ``rows`` (full rows, in column order) into ``table``, column-wise."""
        if not rows:
            return
        sql = table.insert_sql()
        for start in range(0, len(rows), _CHUNK_ROWS):
            chunk = rows[start : start + _CHUNK_ROWS]
            self._conn.execute(sql, [list(col) for col in zip(*chunk, strict=True)])

    def _record_failures(self, failures: list[IngestFailure]) -> int:
        """Upsert ``failures`` into ``errors``: one row per (origin, reason), latest time."""
        if not failures:
            return 0
        now = now_utc()
        unique = {(f.origin, f.reason): (f.origin, f.reason, f.kind, now) for f in failures}
        origins, reasons, kinds, times = (list(c) for c in zip(*unique.values(), strict=True))
        self._conn.execute(
            "INSERT INTO errors (origin, reason, kind, seen_at)"
            " SELECT unnest(?::TEXT[]), unnest(?::TEXT[]), unnest(?::TEXT[]),"
            " unnest(?::TIMESTAMP[])"
            " ON CONFLICT (origin, reason) DO UPDATE SET kind = excluded.kind,"
            " seen_at = excluded.seen_at",
            [origins, reasons, kinds, times],
        )
        return len(unique)
