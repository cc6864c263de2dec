"""Stored event dicts turned into export rows: scored JSON, flat Parquet rows, CSV fields.

Every writer starts from :func:`scored`, the ``Event.to_dict()`` shape plus
``quad_class``, ``plover_score`` and ``goldstein``. :data:`CSV_COLUMNS` is the CSV
layout, written as data: each column's name, meaning, and how it is read from an event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from tocsin.ontology.plover import QUAD_CLASS, normalise_category
from tocsin.ontology.scores import goldstein, plover_score

__all__ = ["CSV_COLUMNS", "CsvColumn", "csv_fields", "flat_row", "scored"]

Row = dict[str, Any]


def scored(event: Row) -> Row:
    """A copy of a stored event with ``quad_class``, ``plover_score`` and ``goldstein``.

    An event whose category is not PLOVER's gets ``None`` for the first two.
    """
    category = normalise_category(event.get("event") or "")
    known = category in QUAD_CLASS
    return {
        **event,
        "quad_class": QUAD_CLASS[category] if known else None,
        "plover_score": plover_score(category, event.get("mode") or "") if known else None,
        "goldstein": goldstein(event.get("cameo") or ""),
    }


def _name(actor: Row) -> str:
    return actor.get("entity") or actor.get("text") or ""


def _side(event: Row, role: str) -> Row:
    """First-actor fields and aligned lists of every actor of ``role`` (actor, recipient)."""
    actors = event.get(role) or []
    first = actors[0] if actors else None
    return {
        f"{role}_code": first.get("code", "") if first else None,
        f"{role}_sector": first.get("sector", "") if first else None,
        f"{role}_name": _name(first) if first else None,
        f"{role}_codes": [a.get("code", "") for a in actors],
        f"{role}_sectors": [a.get("sector", "") for a in actors],
        f"{role}_names": [_name(a) for a in actors],
    }


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _cluster(event: Row, key: str) -> Any:
    """A field of the event's cluster: its ``id`` (the event's own id for an event not
    read from a store), or its count of ``mentions``, ``sources`` or ``articles`` (1)."""
    cluster = event.get("cluster") or {}
    if key == "id":
        return cluster.get("id") or event.get("id")
    return cluster.get(key, 1)


def flat_row(event: Row) -> Row:
    """One flat row of the Parquet layout (:data:`tocsin.export.parquet.SCHEMA`)."""
    e = scored(event)
    loc = e.get("location") or {}
    art = e.get("article") or {}
    day = _day(e.get("date"))
    return {
        "id": e["id"],
        "date": day,
        "event": e.get("event"),
        "cameo": e.get("cameo"),
        "mode": e.get("mode"),
        "context": list(e.get("context") or []),
        "quad_class": e["quad_class"],
        "plover_score": e["plover_score"],
        "goldstein": e["goldstein"],
        **_side(e, "actor"),
        **_side(e, "recipient"),
        "factuality": e.get("factuality"),
        "confidence": e.get("confidence"),
        "location_name": loc.get("name"),
        "location_country": loc.get("country"),
        "location_admin1": loc.get("admin1") or None,
        "location_lat": loc.get("lat"),
        "location_lon": loc.get("lon"),
        "location_precision": loc.get("precision") or None,
        "location_basis": loc.get("basis") or None,
        "dead": e.get("dead"),
        "injured": e.get("injured"),
        "text": e.get("text"),
        "sentence_index": e.get("sentence_index"),
        "article_id": art.get("id"),
        "article_url": art.get("url"),
        "article_source": art.get("source"),
        "article_date": _day(art.get("date")),
        "coder": e.get("coder"),
        "cluster_id": _cluster(e, "id"),
        "num_mentions": _cluster(e, "mentions"),
        "num_sources": _cluster(e, "sources"),
        "num_articles": _cluster(e, "articles"),
        "year": f"{day.year:04d}" if day else None,
        "month": f"{day.month:02d}" if day else None,
    }


@dataclass(frozen=True, slots=True)
class CsvColumn:
    """One column of the CSV layout: its header, what it holds, and how to read it."""

    name: str
    doc: str
    get: Callable[[Row], Any]


def _first(role: str, key: str) -> Callable[[Row], Any]:
    def get(e: Row) -> Any:
        actors = e.get(role) or []
        if not actors:
            return ""
        a = actors[0]
        if key == "full":
            return (a.get("code") or "") + (a.get("sector") or "")
        return _name(a) if key == "name" else a.get(key, "")

    return get


def _loc(key: str) -> Callable[[Row], Any]:
    return lambda e: (e.get("location") or {}).get(key, "")


def _coordinate(key: str) -> Callable[[Row], Any]:
    def get(e: Row) -> str:  # four decimals (about 10 m), not "%g"'s six digits
        value = (e.get("location") or {}).get(key)
        return "" if value is None else str(round(value, 4))

    return get


CSV_COLUMNS: list[CsvColumn] = [
    CsvColumn("GlobalEventID", "tocsin event id (16 hex digits, stable across runs)",
              lambda e: e["id"]),
    CsvColumn("SQLDATE", "event date as YYYYMMDD (empty when undated)",
              lambda e: (e.get("date") or "").replace("-", "")),
    CsvColumn("EventDate", "event date as YYYY-MM-DD", lambda e: e.get("date") or ""),
    CsvColumn("Actor1Code", "first actor's country code and sector joined (USAGOV)",
              _first("actor", "full")),
    CsvColumn("Actor1Name", "first actor's resolved name, else its text",
              _first("actor", "name")),
    CsvColumn("Actor1CountryCode", "first actor's ISO 3166 alpha-3 or international code",
              _first("actor", "code")),
    CsvColumn("Actor1Type1Code", "first actor's sector (agent) code, e.g. GOV, MIL",
              _first("actor", "sector")),
    CsvColumn("Actor2Code", "first recipient's country code and sector joined",
              _first("recipient", "full")),
    CsvColumn("Actor2Name", "first recipient's resolved name, else its text",
              _first("recipient", "name")),
    CsvColumn("Actor2CountryCode", "first recipient's ISO 3166 alpha-3 or international code",
              _first("recipient", "code")),
    CsvColumn("Actor2Type1Code", "first recipient's sector (agent) code",
              _first("recipient", "sector")),
    CsvColumn("PloverEvent", "PLOVER category, e.g. ASSAULT", lambda e: e.get("event") or ""),
    CsvColumn("PloverMode", "PLOVER mode, e.g. aerial (may be empty)",
              lambda e: e.get("mode") or ""),
    CsvColumn("EventCode", "CAMEO event code", lambda e: e.get("cameo") or ""),
    CsvColumn("QuadClass", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
              "4 material conflict", lambda e: e.get("quad_class")),
    CsvColumn("PloverScore", "PLOVER manual score of the category and mode (-10..+10)",
              lambda e: e.get("plover_score")),
    CsvColumn("GoldsteinScale", "Goldstein score of the CAMEO code (-10..+10)",
              lambda e: e.get("goldstein")),
    CsvColumn("Factuality", "asserted, negated, hypothetical or reported",
              lambda e: e.get("factuality") or ""),
    CsvColumn("ActionGeo_FullName", "place name as the sentence gives it", _loc("name")),
    CsvColumn("ActionGeo_CountryCode", "place's ISO 3166 alpha-3 country code", _loc("country")),
    CsvColumn("ActionGeo_Lat", "latitude in degrees (empty: not in the gazetteer, or a "
              "country)", _coordinate("lat")),
    CsvColumn("ActionGeo_Long", "longitude in degrees (empty as for ActionGeo_Lat)",
              _coordinate("lon")),
    CsvColumn("NumMentions", "sentences reporting the event, in every stored article",
              lambda e: _cluster(e, "mentions")),
    CsvColumn("NumSources", "distinct outlets reporting it", lambda e: _cluster(e, "sources")),
    CsvColumn("NumArticles", "distinct articles reporting it",
              lambda e: _cluster(e, "articles")),
    CsvColumn("ClusterID", "id of the event's first mention, shared by all its mentions "
              "(with --mentions, rows of one event share it)", lambda e: _cluster(e, "id")),
    CsvColumn("SOURCEURL", "URL of the article the event was coded from",
              lambda e: (e.get("article") or {}).get("url") or ""),
]
"""The CSV layout, in column order."""


def _field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).replace("\t", " ").splitlines())


def csv_fields(event: Row) -> list[str]:
    """The CSV fields of a :func:`scored` event, in :data:`CSV_COLUMNS` order.

    Fields are never quoted: tabs and line breaks inside a value become spaces.
    """
    return [_field(c.get(event)) for c in CSV_COLUMNS]
