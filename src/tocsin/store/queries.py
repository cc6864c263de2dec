"""Event filters turned into parameterised SQL, and result rows turned back into event dicts.

The SQL here is backend-neutral: ``?`` placeholders (a PostgreSQL backend swaps them for
``%s``), list parameters unnested with ``unnest(?::TEXT[])``, ``NULLS LAST`` spelled out.
Values only ever travel as parameters.

Filter semantics (see :meth:`tocsin.store.Store.events`):

* ``dyad="USA-IRN"`` is *directed*: some actor coded ``USA`` and some recipient coded
  ``IRN``. Either side may be ``*`` (``"USA-*"``: anything ``USA`` did). Codes are
  compared upper-cased, as the coder writes them.
* ``event="assault"`` matches the PLOVER category case-insensitively.
* ``country="IRQ"`` matches an actor or recipient coded ``IRQ`` or a location in ``IRQ``.
* ``since`` / ``until`` bound the event date, inclusive; events without a date are then
  left out.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_EVENT_SELECT = """\
SELECT e.id, e.event, e.mode, e.context, e.cameo, e.date,
       e.location_name, e.location_country, e.dead, e.injured, e.factuality,
       e.evidence, e.text, e.sentence_idx, e.confidence, e.coder,
       ar.id, ar.url, ar.source, ar.date,
       e.location_admin1, e.location_lat, e.location_lon, e.location_precision,
       e.location_start, e.location_end,
       e.cluster_id, e.cluster_mentions, e.cluster_sources, e.cluster_articles,
       e.location_basis
FROM events e
LEFT JOIN articles ar ON ar.id = e.article_id"""

_ORDER = "ORDER BY e.date NULLS LAST, e.article_id, e.sentence_idx, e.id"

_HAS_ROLE_CODE = (
    "EXISTS (SELECT 1 FROM event_actors a"
    " WHERE a.event_id = e.id AND a.role = '{role}' AND a.code = ?)"
)

ACTORS_SQL = """\
SELECT event_id, role, position, text, code, sector, entity
FROM event_actors
WHERE event_id IN (SELECT unnest(?::TEXT[]))
ORDER BY event_id, role, position"""
"""Actor rows of the events whose ids are the one list parameter."""


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The filters of :meth:`tocsin.store.Store.events`; ``None`` means "any"."""

    dyad: str | None = None
    event: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None
    unique: bool = False  # one row per event cluster: its first mention
    ids: Sequence[str] | None = None  # only these event ids
    cluster_ids: Sequence[str] | None = None  # only mentions of these clusters


def parse_dyad(dyad: str) -> tuple[str | None, str | None]:
    """Split ``"USA-IRN"`` into ``("USA", "IRN")``; ``*`` on a side becomes ``None``.

    Raises ``ValueError`` when ``dyad`` is not two codes joined by one ``-``.
    """
    parts = dyad.strip().split("-")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise ValueError(
            f"dyad {dyad!r} is not ACTOR-RECIPIENT; write two codes joined by '-', "
            "e.g. 'USA-IRN' (either side may be '*')"
        )
    actor, recipient = (p.strip().upper() for p in parts)
    return (None if actor == "*" else actor, None if recipient == "*" else recipient)


def _as_date(value: date, name: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise ValueError(f"{name}={value!r} is not a date; pass a datetime.date")
    return value


def build_events_sql(query: EventQuery) -> tuple[str, list[Any]]:
    """Return the SQL and parameters selecting the events that match ``query``.

    Each row holds the event columns of :data:`_EVENT_SELECT`; actors come from a second
    query (:data:`ACTORS_SQL`) and :func:`assemble_events` joins the two.
    """
    where: list[str] = []
    params: list[Any] = []
    if query.dyad is not None:
        actor, recipient = parse_dyad(query.dyad)
        if actor is not None:
            where.append(_HAS_ROLE_CODE.format(role="actor"))
            params.append(actor)
        if recipient is not None:
            where.append(_HAS_ROLE_CODE.format(role="recipient"))
            params.append(recipient)
    if query.event is not None:
        where.append("upper(e.event) = ?")
        params.append(query.event.strip().upper())
    if query.country is not None:
        where.append(
            "(e.location_country = ? OR EXISTS (SELECT 1 FROM event_actors a"
            " WHERE a.event_id = e.id AND a.role IN ('actor', 'recipient') AND a.code = ?))"
        )
        code = query.country.strip().upper()
        params += [code, code]
    if query.since is not None:
        where.append("e.date >= ?")
        params.append(_as_date(query.since, "since"))
    if query.until is not None:
        where.append("e.date <= ?")
        params.append(_as_date(query.until, "until"))
    if query.unique:
        where.append("(e.cluster_id IS NULL OR e.cluster_id = e.id)")
    if query.ids is not None:
        where.append("e.id IN (SELECT unnest(?::TEXT[]))")
        params.append(list(query.ids))
    if query.cluster_ids is not None:
        where.append("coalesce(e.cluster_id, e.id) IN (SELECT unnest(?::TEXT[]))")
        params.append(list(query.cluster_ids))
    sql = _EVENT_SELECT
    if where:
        sql += "\nWHERE " + "\n  AND ".join(where)
    sql += "\n" + _ORDER
    if query.limit is not None:
        if isinstance(query.limit, bool) or not isinstance(query.limit, int) or query.limit < 0:
            raise ValueError(f"limit={query.limit!r} must be a non-negative integer")
        sql += "\nLIMIT ?"
        params.append(query.limit)
    return sql, params


def _actor_dict(row: Sequence[Any]) -> dict[str, Any]:
    _event_id, _role, _pos, text, code, sector, entity = row
    return {"text": text, "code": code or "", "sector": sector or "", "entity": entity or ""}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def assemble_events(
    event_rows: Iterable[Sequence[Any]], actor_rows: Iterable[Sequence[Any]]
) -> list[dict[str, Any]]:
    """Rebuild :meth:`tocsin.model.Event.to_dict` shaped dicts from query rows.

    ``actor_rows`` must be ordered by event, role and position (as :data:`ACTORS_SQL` is).
    """
    roles: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(_no_actors)
    for row in actor_rows:
        roles[row[0]][row[1]].append(_actor_dict(row))
    return [_event_dict(row, roles.get(row[0]) or _no_actors()) for row in event_rows]


def _location_dict(name: str, country: str | None, place: Sequence[Any]) -> dict[str, Any]:
    """:meth:`tocsin.model.Location.to_dict` from the ``location_*`` columns."""
    admin1, lat, lon, precision, start, end = place[:6]
    basis = place[10]
    return {
        "name": name,
        "country": country or "",
        "admin1": admin1 or "",
        "lat": lat,
        "lon": lon,
        "precision": precision or "",
        "basis": basis or "sentence",
        "evidence": None if start is None else {"start": start, "end": end},
    }


def _no_evidence() -> dict[str, list[dict[str, int]]]:
    return {"trigger": [], "actor": [], "recipient": []}


def _no_actors() -> dict[str, list[dict[str, Any]]]:
    return {"actor": [], "recipient": [], "claimed_by": []}


def _event_dict(row: Sequence[Any], actors: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    (eid, event, mode, context, cameo, edate, loc_name, loc_country, dead, injured,
     factuality, evidence, text, sentence_idx, confidence, coder,
     art_id, art_url, art_source, art_date, *place) = row  # fmt: skip
    location = None if loc_name is None else _location_dict(loc_name, loc_country, place)
    cluster_id, mentions, sources, articles = place[6:10]
    article = None
    if art_id is not None:
        article = {
            "id": art_id,
            "url": art_url or "",
            "source": art_source or "",
            "date": _iso(art_date),
        }
    return {
        "id": eid,
        "event": event,
        "mode": mode or "",
        "context": json.loads(context) if context else [],
        "cameo": cameo or "",
        "actor": actors["actor"],
        "recipient": actors["recipient"],
        "date": _iso(edate),
        "location": location,
        "dead": dead,
        "injured": injured,
        "factuality": factuality,
        "claimed_by": actors["claimed_by"],
        "evidence": json.loads(evidence) if evidence else _no_evidence(),
        "text": text,
        "sentence_index": sentence_idx,
        "article": article,
        "confidence": round(confidence, 3),
        "coder": coder or "",
        "cluster": {  # until the linking pass has run, each event is its own cluster
            "id": cluster_id or eid,
            "mentions": mentions or 1,
            "sources": sources if cluster_id else int(bool(art_source or art_url)),
            "articles": articles or 1,
        },
    }
