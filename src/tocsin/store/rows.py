"""Model objects turned into table rows, and the decision which articles of a batch to store.

Nothing here depends on the database: every backend (:mod:`.duckdb_store`,
:mod:`.postgres_store`) asks the database which ids and text hashes are already stored,
then calls :func:`plan_batch` to get the rows to insert and the articles to skip.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from tocsin.model import ActorRef, Article, Event, Sentence
from tocsin.ontology.plover import QUAD_CLASS, normalise_category
from tocsin.ontology.scores import goldstein, plover_score
from tocsin.store import BatchItem

Row = tuple[Any, ...]


def now_utc() -> datetime:
    """The current time as naive UTC, the way the store keeps timestamps."""
    return datetime.now(UTC).replace(tzinfo=None)


def article_row(article: Article, text_hash: str, ingested_at: datetime) -> Row:
    """Return the ``articles`` row of ``article``."""
    return (
        article.id,
        article.url,
        article.source,
        article.title,
        article.date,
        bool(article.date_guessed),
        text_hash,
        article.text,
        article.origin,
        ingested_at,
        None,  # story_id: set by the linking pass
        None,  # minhash
    )


def copy_row(article: Article, copy_of: str, seen_at: datetime) -> Row:
    """Return the ``copies`` row of an article whose text is stored as ``copy_of``."""
    return (article.id, copy_of, article.url, article.source, article.date, article.origin,
            seen_at)


def sentence_rows(article_id: str, sentences: Sequence[Sentence]) -> list[Row]:
    """Return the ``sentences`` rows of one article."""
    return [(article_id, s.index, s.text, s.start) for s in sentences]


def event_row(event_id: str, article_id: str, event: Event) -> Row:
    """Return the ``events`` row of ``event``, stored under ``event_id``."""
    loc = event.location
    loc_span = loc.span if loc is not None else None
    return (
        event_id,
        article_id,
        event.sentence_index,
        event.event,
        event.mode,
        json.dumps(list(event.context)),
        event.cameo,
        event.date,
        loc.name if loc is not None else None,
        loc.country if loc is not None else None,
        loc_span.start if loc_span is not None else None,
        loc_span.end if loc_span is not None else None,
        event.dead,
        event.injured,
        event.factuality,
        float(event.confidence),
        event.coder,
        event.text,
        json.dumps(event.evidence.to_dict()),
        (event.actor[0].code or None) if event.actor else None,
        (event.recipient[0].code or None) if event.recipient else None,
        (loc.admin1 or None) if loc is not None else None,
        loc.lat if loc is not None else None,
        loc.lon if loc is not None else None,
        (loc.precision or None) if loc is not None else None,
        *event_scores(event.event, event.mode, event.cameo),
        None,  # cluster_id and its counts: set by the linking pass
        None,
        None,
        None,
        loc.basis if loc is not None else None,
        None,  # cluster_dead: set by the linking pass
    )


def event_scores(category: str, mode: str, cameo: str) -> tuple[int | None, float | None,
                                                                   float | None]:
    """``(quad_class, plover_score, goldstein)`` of an event; ``None`` where unknown."""
    name = normalise_category(category or "")
    if name not in QUAD_CLASS:
        return None, None, goldstein(cameo or "")
    return QUAD_CLASS[name], plover_score(name, mode or ""), goldstein(cameo or "")


def event_actor_rows(event_id: str, event: Event) -> list[Row]:
    """Return the ``event_actors`` rows of ``event``: its actors, recipients and claimants."""
    roles: tuple[tuple[str, list[ActorRef]], ...] = (
        ("actor", event.actor),
        ("recipient", event.recipient),
        ("claimed_by", event.claimed_by),
    )
    rows = []
    for role, refs in roles:
        for pos, ref in enumerate(refs):
            span = ref.span
            rows.append(
                (
                    event_id,
                    role,
                    pos,
                    ref.text,
                    ref.code,
                    ref.sector,
                    ref.entity,
                    span.start if span is not None else None,
                    span.end if span is not None else None,
                )
            )
    return rows


def invalid_reason(article: Article, sentences: Sequence[Sentence], events: Sequence[Event]) -> str:
    """Return why an item cannot be stored (``""`` when it can)."""
    seen: set[int] = set()
    for s in sentences:
        if s.index in seen:
            return f"invalid: sentence index {s.index} appears twice"
        seen.add(s.index)
    for ev in events:
        if ev.article is not None and ev.article.id != article.id:
            return f"invalid: an event belongs to article {ev.article.id!r}"
    return ""


@dataclass(slots=True)
class BatchRows:
    """The rows one batch will insert, table by table, and the counts for its result."""

    articles: list[Row] = field(default_factory=list)
    sentences: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicate_events: int = 0
    copies: list[Row] = field(default_factory=list)

    def add(
        self,
        article: Article,
        text_hash: str,
        sentences: list[Sentence],
        events: list[Event],
        now: datetime,
    ) -> None:
        """Add one accepted article with its sentences and (de-duplicated) events."""
        self.articles.append(article_row(article, text_hash, now))
        self.sentences += sentence_rows(article.id, sentences)
        event_ids: set[str] = set()
        for ev in events:
            # Event.id hashes the article id, so an event must know its article.
            eid = ev.id if ev.article is not None else replace(ev, article=article).id
            if eid in event_ids:
                self.duplicate_events += 1
                continue
            event_ids.add(eid)
            self.events.append(event_row(eid, article.id, ev))
            self.actors += event_actor_rows(eid, ev)


def plan_batch(
    items: Sequence[BatchItem], stored_ids: set[str], hash_owner: dict[str, str]
) -> BatchRows:
    """Decide which articles of ``items`` to store and build their rows.

    ``stored_ids`` are the ids among the batch's already in the store and ``hash_owner``
    maps each already stored text hash of the batch to its article's id. Both are updated
    as articles are accepted, so repeats within the batch are skipped too.
    """
    rows = BatchRows()
    now = now_utc()
    for article, sentences, events in items:
        text_hash = article.text_hash
        if article.id in stored_ids:
            reason = "already stored"
        elif text_hash in hash_owner:
            reason = f"duplicate text of {hash_owner[text_hash]}"
            rows.copies.append(copy_row(article, hash_owner[text_hash], now))
        else:
            reason = invalid_reason(article, sentences, events)
        if reason:
            rows.skipped.append((article.id, reason))
            continue
        stored_ids.add(article.id)
        hash_owner[text_hash] = article.id
        rows.add(article, text_hash, sentences, events, now)
    return rows
