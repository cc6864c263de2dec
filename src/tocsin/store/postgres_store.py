"""The PostgreSQL store: the tables of :mod:`.schema` in one PostgreSQL database.

Open it with ``open_store("postgresql://user@host:5432/db")``; any libpq connection URL
works (``?host=/run/postgresql`` for a unix socket). The SQL is that of the DuckDB store
(:mod:`.queries`, column-wise ``unnest`` inserts) with psycopg's ``%s`` placeholders.

Several processes may ingest into one database at once and nothing is lost or stored
twice. Each batch is one transaction that first takes transaction-level advisory locks on
the ids and text hashes of its articles (in one global order, so two batches cannot
deadlock); a batch that shares an article with another running batch waits for it to
commit, then sees its rows and skips that article as ``"already stored"`` (or as a
duplicate text). Every insert is also ``ON CONFLICT DO NOTHING`` on the primary key, and
only the articles the insert reports back get sentences and events, so a writer that takes
no locks cannot cause duplicates either.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import psycopg

from tocsin.errors import StoreError
from tocsin.model import Article, IngestFailure
from tocsin.store import BatchItem, BatchResult
from tocsin.store.linking import StoreLinking
from tocsin.store.reading import StoreReads
from tocsin.store.rows import BatchRows, Row, copy_row, now_utc, plan_batch
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

_SCHEMA_LOCK = 0x70C5_1000_0001
"""Advisory lock key held while the tables are created, so two first openings don't race."""

_LINK_LOCK = 0x70C5_1000_0002
"""Advisory lock key held by each linking transaction (:mod:`.linking`)."""


def to_pg(sql: str) -> str:
    """Turn the portable SQL of :mod:`.queries` (``?`` placeholders) into psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


def redact(url: str) -> str:
    """Return ``url`` with any password replaced by ``***``, for messages."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def lock_keys(items: Iterable[BatchItem]) -> list[int]:
    """Return the sorted advisory lock keys (signed 64-bit) of the articles' ids and texts."""
    keys = set()
    for article, _s, _e in items:
        for name in (f"id:{article.id}", f"text:{article.text_hash}"):
            digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
            keys.add(int.from_bytes(digest, "big", signed=True))
    return sorted(keys)


class PostgresStore(StoreReads, StoreLinking):
    """A :class:`tocsin.store.Store` kept in a PostgreSQL database.

    Use :func:`tocsin.store.open_store` rather than this class directly.
    """

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        try:
            self._con: psycopg.Connection | None = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(
                f"{redact(url)}: cannot connect to PostgreSQL ({str(exc).strip()}); check that "
                "the server is running, the database exists and the URL's user may log in"
            ) from exc
        try:
            self._prepare_schema()
        except BaseException:
            self.close()
            raise

    # -- connection and schema -------------------------------------------------------

    @property
    def _conn(self) -> psycopg.Connection:
        if self._con is None:
            raise StoreError(
                f"{redact(self.url)}: the store is closed; open it again with open_store()"
            )
        return self._con

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run portable SQL (``?`` placeholders) and return all its rows."""
        cur = self._conn.execute(to_pg(sql), params)
        return cur.fetchall() if cur.description is not None else []

    def _tables(self) -> set[str]:
        return {
            r[0]
            for r in self._fetchall(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema()"
            )
        }

    def _prepare_schema(self) -> None:
        """Check the schema version of an existing store, or create the tables."""
        if "meta" in self._tables():
            self._check_version()
            return
        if self.read_only:
            raise StoreError(
                f"{redact(self.url)}: not a tocsin store (no meta table); open it writable"
            )
        self._in_transaction(self._create_schema)
        self._check_version()

    def _check_version(self) -> None:
        rows = self._fetchall("SELECT value FROM meta WHERE key = ?", ["schema_version"])
        try:
            version = int(rows[0][0]) if rows else None
        except ValueError:
            version = None
        where = redact(self.url)
        if version is None:
            raise StoreError(
                f"{where}: not a tocsin store (meta has no valid schema_version); "
                "use another database"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{where}: store schema version {version} is newer than this tocsin "
                f"supports ({SCHEMA_VERSION}); upgrade tocsin or use another database"
            )
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(
                    f"{where}: store schema version {version} must be migrated to "
                    f"{SCHEMA_VERSION}; open it writable once"
                )
            self._in_transaction(self._migrate)

    def _migrate(self) -> None:
        self._fetchall("SELECT pg_advisory_xact_lock(?)", [_SCHEMA_LOCK])
        rows = self._fetchall("SELECT value FROM meta WHERE key = ?", ["schema_version"])
        for stmt in migration(int(rows[0][0])):  # another process may have migrated it
            self._conn.execute(stmt)

    def _create_schema(self) -> None:
        self._fetchall("SELECT pg_advisory_xact_lock(?)", [_SCHEMA_LOCK])
        if "meta" in self._tables():  # another process created it while we waited
            return
        for table in TABLES:
            for stmt in table.ddl():
                self._conn.execute(stmt)
        self._fetchall(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
            ["schema_version", str(SCHEMA_VERSION)],
        )

    def _in_transaction(self, work: Callable[[], T]) -> T:
        """Run ``work()`` in one transaction: commit it whole, or roll it back and raise."""
        try:
            with self._conn.transaction():
                return work()
        except psycopg.Error as exc:
            raise StoreError(
                f"{redact(self.url)}: nothing written, rolled back: {str(exc).strip()}"
            ) from exc

    def _lock_linking(self) -> None:
        self._fetchall("SELECT pg_advisory_xact_lock(?)", [_LINK_LOCK])

    def close(self) -> None:
        """Close the connection; further calls raise :class:`StoreError`. Idempotent."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __repr__(self) -> str:
        state = "closed" if self._con is None else "open"
        return f"PostgresStore({redact(self.url)!r}, {state})"

    # -- writing ---------------------------------------------------------------------

    def ingest_batch(self, items: list[BatchItem], failures: list[IngestFailure],
                     copies: Sequence[tuple[Article, str]] = ()) -> BatchResult:
        """Store ``items`` and record ``failures``, all in one transaction.

        Articles already stored (by id, or by text under another id, also by another
        process at the same time), repeated within the batch, or invalid are skipped and
        listed in the result. A database error rolls the whole batch back and raises
        :class:`StoreError`; earlier batches are untouched.
        """
        if self.read_only:
            raise StoreError(f"{redact(self.url)}: opened read-only; open it writable to ingest")
        return self._in_transaction(lambda: self._write_batch(items, failures, copies))

    def _write_batch(self, items: list[BatchItem], failures: list[IngestFailure],
                     copies: Sequence[tuple[Article, str]] = ()) -> BatchResult:
        if items:
            # Wait for any running batch that holds one of these articles, then plan.
            self._fetchall(
                "SELECT count(pg_advisory_xact_lock(k)) FROM unnest(?::BIGINT[]) AS k",
                [lock_keys(items)],
            )
        rows = self._plan_batch(items)
        now = now_utc()
        rows.copies += [copy_row(art, owner, now) for art, owner in copies]
        inserted = set(self._insert(ARTICLES, rows.articles, returning="id"))
        if len(inserted) < len(rows.articles):  # stored meanwhile by a writer without locks
            rows = _keep_articles(rows, inserted)
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
        for art_id, text_hash in self._fetchall(
            "SELECT id, text_hash FROM articles WHERE id IN (SELECT unnest(?::TEXT[]))"
            " OR text_hash IN (SELECT unnest(?::TEXT[])) ORDER BY ingested_at, id",
            [[art.id for art, _s, _e in items], [art.text_hash for art, _s, _e in items]],
        ):
            stored_ids.add(art_id)
            hash_owner.setdefault(text_hash, art_id)
        return plan_batch(items, stored_ids, hash_owner)

    def _insert(self, table: Table, rows: list[Row], *, returning: str = "") -> list[Any]:
        """Insert ``rows`` column-wise, skipping rows whose primary key is taken.

        With ``returning`` (a column name), return that column of the rows inserted.
        """
        if not rows:
            return []
        sql = table.insert_sql(skip_taken=True)
        if returning:
            sql += f" RETURNING {returning}"
        out: list[Any] = []
        for start in range(0, len(rows), _CHUNK_ROWS):
            chunk = rows[start : start + _CHUNK_ROWS]
            got = self._fetchall(sql, [list(col) for col in zip(*chunk, strict=True)])
            out += [r[0] for r in got]
        return out

    def _record_failures(self, failures: list[IngestFailure]) -> int:
        """Upsert ``failures`` into ``errors``: one row per (origin, reason), latest time."""
        if not failures:
            return 0
        now = now_utc()
        unique = {(f.origin, f.reason): (f.origin, f.reason, f.kind, now) for f in failures}
        # Sorted, so that two batches upserting the same rows lock them in one order.
        ordered = [unique[k] for k in sorted(unique)]
        origins, reasons, kinds, times = (list(c) for c in zip(*ordered, strict=True))
        self._fetchall(
            "INSERT INTO errors (origin, reason, kind, seen_at)"
            " SELECT unnest(?::TEXT[]), unnest(?::TEXT[]), unnest(?::TEXT[]),"
            " unnest(?::TIMESTAMP[])"
            " ON CONFLICT (origin, reason) DO UPDATE SET kind = excluded.kind,"
            " seen_at = excluded.seen_at",
            [origins, reasons, kinds, times],
        )
        return len(unique)


def _keep_articles(rows: BatchRows, inserted: set[str]) -> BatchRows:
    """Drop from ``rows`` the articles not in ``inserted``; they count as already stored."""
    lost = [row[0] for row in rows.articles if row[0] not in inserted]
    kept = BatchRows(
        articles=[r for r in rows.articles if r[0] in inserted],
        sentences=[r for r in rows.sentences if r[0] in inserted],
        events=[r for r in rows.events if r[1] in inserted],
        skipped=rows.skipped + [(art_id, "already stored") for art_id in lost],
        duplicate_events=rows.duplicate_events,
        copies=rows.copies,
    )
    event_ids = {r[0] for r in kept.events}
    kept.actors = [r for r in rows.actors if r[0] in event_ids]
    return kept
