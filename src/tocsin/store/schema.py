"""The store's tables, written as data, and the schema version.

Every backend builds its DDL from :data:`TABLES`, so DuckDB and (later) PostgreSQL hold the
same columns under the same names. Types are the portable spellings both databases accept
(``TEXT``, ``INTEGER``, ``DOUBLE PRECISION``, ``BOOLEAN``, ``DATE``, ``TIMESTAMP``); JSON is
kept as ``TEXT``. Timestamps are naive UTC.

There are no foreign keys: rows of one article are always written in one transaction, and
DuckDB's foreign keys would forbid later deletes and updates.

Bump :data:`SCHEMA_VERSION` whenever a table changes, and teach the backends to migrate the
older version. A store whose version is newer than :data:`SCHEMA_VERSION` is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.model import FACTUALITY_VALUES

SCHEMA_VERSION = 3
"""The schema version this code writes and understands (2: location admin1, lat, lon and
precision; 3: stories, event clusters, stored scores, alerts, copies)."""

ACTOR_ROLES: tuple[str, ...] = ("actor", "recipient", "claimed_by")
"""Values of ``event_actors.role``: which list of :class:`~tocsin.model.Event` a row is in."""

FAILURE_KINDS: tuple[str, ...] = ("failed", "skipped")
"""Values of ``errors.kind``, as in :class:`~tocsin.model.IngestFailure`."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column: name, portable SQL type, whether it may be NULL, an optional CHECK."""

    name: str
    type: str
    nullable: bool = True
    check: str = ""

    def ddl(self) -> str:
        """Return the column's definition inside ``CREATE TABLE``."""
        parts = [self.name, self.type]
        if not self.nullable:
            parts.append("NOT NULL")
        if self.check:
            parts.append(f"CHECK ({self.check})")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Table:
    """One table: its columns, primary key and secondary indexes (name → columns)."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    indexes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        """Return the column called ``name``; ``KeyError`` when there is none."""
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"table {self.name} has no column {name!r}")

    def insert_sql(self, columns: tuple[str, ...] | None = None, *,
                   skip_taken: bool = False) -> str:
        """``INSERT`` of ``columns`` (default: all), each given as one list parameter and
        unnested with its column's type; ``skip_taken`` adds ``ON CONFLICT DO NOTHING``."""
        cols = columns or self.column_names
        casts = ", ".join(f"unnest(?::{self.column(c).type}[])" for c in cols)
        sql = f"INSERT INTO {self.name} ({', '.join(cols)}) SELECT {casts}"
        return sql + " ON CONFLICT DO NOTHING" if skip_taken else sql

    def ddl(self) -> list[str]:
        """Return the ``CREATE TABLE`` and ``CREATE INDEX`` statements, idempotent."""
        body = [c.ddl() for c in self.columns]
        body.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        stmts = [f"CREATE TABLE IF NOT EXISTS {self.name} (\n    " + ",\n    ".join(body) + "\n)"]
        for index, cols in self.indexes:
            stmts.append(f"CREATE INDEX IF NOT EXISTS {index} ON {self.name} ({', '.join(cols)})")
        return stmts


def _in(column: str, values: tuple[str, ...]) -> str:
    """Return the CHECK expression ``column IN ('a', 'b')`` for constant ``values``."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


META = Table(
    "meta",
    (Column("key", "TEXT", nullable=False), Column("value", "TEXT", nullable=False)),
    primary_key=("key",),
)

ARTICLES = Table(
    "articles",
    (
        Column("id", "TEXT", nullable=False),
        Column("url", "TEXT"),
        Column("source", "TEXT"),
        Column("title", "TEXT"),
        Column("date", "DATE"),
        Column("date_guessed", "BOOLEAN", nullable=False),
        Column("text_hash", "TEXT", nullable=False),
        Column("text", "TEXT", nullable=False),
        Column("origin", "TEXT"),
        Column("ingested_at", "TIMESTAMP", nullable=False),
        # Added in version 3, filled by the linking pass (tocsin.store.linking).
        Column("story_id", "TEXT"),  # id of the story's first article; NULL until linked
        Column("minhash", "TEXT"),  # MinHash signature of the text, hex; NULL until linked
    ),
    primary_key=("id",),
    indexes=(("articles_text_hash", ("text_hash",)), ("articles_date", ("date",))),
)

SENTENCES = Table(
    "sentences",
    (
        Column("article_id", "TEXT", nullable=False),
        Column("idx", "INTEGER", nullable=False),
        Column("text", "TEXT", nullable=False),
        Column("start", "INTEGER", nullable=False),
    ),
    primary_key=("article_id", "idx"),
)

EVENTS = Table(
    "events",
    (
        Column("id", "TEXT", nullable=False),
        Column("article_id", "TEXT", nullable=False),
        Column("sentence_idx", "INTEGER", nullable=False),
        Column("event", "TEXT", nullable=False),
        Column("mode", "TEXT"),
        Column("context", "TEXT"),  # JSON list of strings
        Column("cameo", "TEXT"),
        Column("date", "DATE"),
        Column("location_name", "TEXT"),  # NULL when the event has no location
        Column("location_country", "TEXT"),
        Column("location_start", "INTEGER"),
        Column("location_end", "INTEGER"),
        Column("dead", "INTEGER"),
        Column("injured", "INTEGER"),
        Column("factuality", "TEXT", nullable=False, check=_in("factuality", FACTUALITY_VALUES)),
        Column("confidence", "DOUBLE PRECISION", nullable=False),
        Column("coder", "TEXT"),
        Column("text", "TEXT", nullable=False),
        Column("evidence", "TEXT"),  # JSON: {"trigger": [{start, end}], "actor": ..., ...}
        Column("actor_code", "TEXT"),  # first actor's code, for quick dyad SQL
        Column("recipient_code", "TEXT"),  # first recipient's code
        # Added in version 2; kept last, where ALTER TABLE ... ADD COLUMN puts them.
        Column("location_admin1", "TEXT"),
        Column("location_lat", "DOUBLE PRECISION"),
        Column("location_lon", "DOUBLE PRECISION"),
        Column("location_precision", "TEXT"),  # city | admin1 | country
        # Added in version 3. Scores are written with the event; the cluster columns by
        # the linking pass (NULL until then: the event is its own cluster).
        Column("quad_class", "INTEGER"),
        Column("plover_score", "DOUBLE PRECISION"),
        Column("goldstein", "DOUBLE PRECISION"),
        Column("cluster_id", "TEXT"),  # id of the cluster's first mention
        Column("cluster_mentions", "INTEGER"),
        Column("cluster_sources", "INTEGER"),
        Column("cluster_articles", "INTEGER"),
        Column("location_basis", "TEXT"),  # sentence | dateline | article
        Column("cluster_dead", "INTEGER"),  # largest death toll among the mentions
    ),
    primary_key=("id",),
    indexes=(("events_date", ("date",)),),
)

EVENT_ACTORS = Table(
    "event_actors",
    (
        Column("event_id", "TEXT", nullable=False),
        Column("role", "TEXT", nullable=False, check=_in("role", ACTOR_ROLES)),
        Column("position", "INTEGER", nullable=False),
        Column("text", "TEXT", nullable=False),
        Column("code", "TEXT"),
        Column("sector", "TEXT"),
        Column("entity", "TEXT"),
        Column("span_start", "INTEGER"),
        Column("span_end", "INTEGER"),
    ),
    primary_key=("event_id", "role", "position"),
)

ERRORS = Table(
    "errors",
    (
        Column("origin", "TEXT", nullable=False),
        Column("reason", "TEXT", nullable=False),
        Column("kind", "TEXT", nullable=False, check=_in("kind", FAILURE_KINDS)),
        Column("seen_at", "TIMESTAMP", nullable=False),  # last time this failure was seen
    ),
    primary_key=("origin", "reason"),
)

ALERTS = Table(
    "alerts",
    (
        Column("id", "TEXT", nullable=False),  # stable: dyad, kind and window start
        Column("dyad", "TEXT", nullable=False),
        Column("kind", "TEXT", nullable=False),
        Column("window_start", "DATE", nullable=False),
        Column("window_end", "DATE", nullable=False),
        Column("raised_on", "DATE", nullable=False),
        Column("severity", "TEXT", nullable=False),
        Column("baseline", "DOUBLE PRECISION"),
        Column("level", "DOUBLE PRECISION"),
        Column("change", "DOUBLE PRECISION"),
        Column("detail", "TEXT"),
        Column("evidence", "TEXT"),  # JSON list of {event_id, date, text, sources, ...}
        Column("created_at", "TIMESTAMP", nullable=False),
        Column("sent_at", "TIMESTAMP"),  # when a webhook accepted it; NULL until then
        Column("sent_to", "TEXT"),
    ),
    primary_key=("id",),
)


COPIES = Table(
    "copies",
    (
        Column("id", "TEXT", nullable=False),  # the copy's own article id
        Column("copy_of", "TEXT", nullable=False),  # the stored article with the same text
        Column("url", "TEXT"),
        Column("source", "TEXT"),
        Column("date", "DATE"),
        Column("origin", "TEXT"),
        Column("seen_at", "TIMESTAMP", nullable=False),
    ),
    primary_key=("id",),
)
"""Articles not stored because their text is a stored article's: who else ran it."""


def _add_columns(table: Table, names: tuple[str, ...]) -> tuple[str, ...]:
    columns = {c.name: c for c in table.columns}
    return tuple(f"ALTER TABLE {table.name} ADD COLUMN {columns[n].ddl()}" for n in names)


MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: _add_columns(EVENTS, ("location_admin1", "location_lat", "location_lon",
                             "location_precision")),
    2: (
        *_add_columns(ARTICLES, ("story_id", "minhash")),
        *_add_columns(EVENTS, ("quad_class", "plover_score", "goldstein", "cluster_id",
                               "cluster_mentions", "cluster_sources", "cluster_articles",
                               "location_basis", "cluster_dead")),
        *ALERTS.ddl(),
        *COPIES.ddl(),
        "CREATE INDEX IF NOT EXISTS articles_date ON articles (date)",
        "CREATE INDEX IF NOT EXISTS events_date ON events (date)",
    ),
}
"""Statements that take a store from version ``key`` to ``key + 1``; both backends run them."""


def migration(version: int) -> list[str]:
    """The statements that take a store of ``version`` to :data:`SCHEMA_VERSION`, then
    record the new version; empty when ``version`` is current."""
    stmts = [stmt for v in range(version, SCHEMA_VERSION) for stmt in MIGRATIONS[v]]
    if stmts:
        stmts.append(f"UPDATE meta SET value = '{SCHEMA_VERSION}' WHERE key = 'schema_version'")
    return stmts


TABLES: tuple[Table, ...] = (META, ARTICLES, SENTENCES, EVENTS, EVENT_ACTORS, ERRORS, ALERTS,
                             COPIES)
"""All tables, in creation order."""

DATA_TABLES: tuple[Table, ...] = TABLES[1:]
"""The tables :meth:`Store.stats` counts (everything but ``meta``)."""
