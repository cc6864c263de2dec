"""Reading gold-standard records: PLOVER GSR-style JSON, normalised for scoring.

A gold file is a JSON list of objects shaped like the PLOVER gold standard
(``gsr_dev.json``)::

    {"id": "...", "text": "...", "date": "2000-01-01", "event": "AGREE",
     "source": [{"actorText": "Libya", "code": "LBY", "sector": "GOV"}],
     "target": [...], "mode": "...", "context": "..." | [...],
     "eventLoc": {"name": "Kabul"}, "dead": "2", "injured": 5,
     "factuality": "asserted"}

Only ``text`` and ``event`` are required. ``event: "NONE"`` marks a sentence with no
event; the old category names DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are mapped to
PLOVER 1.0 (REQUEST, ACCUSE, ACCUSE, ASSAULT). Anything else that cannot be read raises
:class:`~tocsin.errors.GoldFormatError` naming the file, the record and the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tocsin.errors import GoldFormatError
from tocsin.model import FACTUALITY_VALUES, ActorRef
from tocsin.ontology.plover import normalise_category

NO_EVENT = "NONE"


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """``eventLoc`` beyond its name: ISO3 ``country``, ``admin1`` (a first-level region's
    name or gazetteer code) and coordinates in degrees, each optional."""

    country: str = ""
    admin1: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class GoldRecord:
    """One gold sentence with its expected event, normalised.

    ``event`` is an upper-case PLOVER 1.0 category or ``"NONE"``; ``mode`` and
    ``factuality`` are lower-case ("" when absent; factuality keeps any suffix such as
    ``hypothetical-consequence-threatened``); ``location`` is ``eventLoc.name`` and
    ``place`` the rest of ``eventLoc``;
    ``dead``/``injured`` are integers or None.
    """

    index: int
    text: str
    event: str
    id: str = ""
    date: date | None = None
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    mode: str = ""
    context: list[str] = field(default_factory=list)
    location: str = ""
    dead: int | None = None
    injured: int | None = None
    factuality: str = ""
    place: GoldPlace = field(default_factory=GoldPlace)

    @property
    def source_codes(self) -> set[str]:
        """The 3-letter (country or international) codes of the source actors."""
        return actor_codes(self.source)

    @property
    def target_codes(self) -> set[str]:
        """The 3-letter (country or international) codes of the target actors."""
        return actor_codes(self.target)

    @property
    def is_event(self) -> bool:
        """True unless the record is a no-event (``NONE``) sentence."""
        return self.event != NO_EVENT


# Countries without an ISO 3166 code are written several ways; each is scored as the
# first. Kosovo: XKX (GeoNames, the EU, the World Bank), KOS, and CAMEO's KSV.
COUNTRY_SYNONYMS = {"KOS": "XKX", "KSV": "XKX"}


def country_code(code: str) -> str:
    """The 3-letter code ``code`` starts with, upper-cased, one spelling per country."""
    head = code.strip()[:3].upper()
    return COUNTRY_SYNONYMS.get(head, head)


def actor_codes(actors: list[ActorRef]) -> set[str]:
    """Return the set of 3-letter country or international codes of the actors with a
    code (see :func:`country_code`)."""
    return {country_code(a.code) for a in actors if a.code.strip()}


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Read a JSON list of gold records from ``path``.

    Raises :class:`GoldFormatError` (with ``path``, ``index`` and ``reason`` attributes)
    when the file cannot be read, is not a JSON list of objects, or a record lacks
    ``text``/``event`` or has a field of the wrong shape.
    """
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(p, None, f"cannot read the file ({exc})") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _error(
            p, None, f"not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from exc
    if not isinstance(data, list):
        raise _error(p, None, f"expected a JSON list of records, found a {type(data).__name__}")
    return [parse_gold_record(rec, i, origin=p) for i, rec in enumerate(data)]


def parse_gold_record(raw: Any, index: int, *, origin: str | Path = "<gold>") -> GoldRecord:
    """Normalise one raw gold record (a decoded JSON object) into a :class:`GoldRecord`."""
    if not isinstance(raw, dict):
        raise _error(origin, index, f"expected an object, found a {type(raw).__name__}")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _error(origin, index, "missing or empty 'text' (a non-empty string)")
    event = raw.get("event")
    if not isinstance(event, str) or not event.strip():
        raise _error(origin, index, "missing or empty 'event' (a category name or \"NONE\")")
    return GoldRecord(
        index=index,
        id=str(raw.get("id") or ""),
        text=text.strip(),
        event=normalise_category(event),
        date=_read_date(raw.get("date"), origin, index),
        source=_read_actors(raw.get("source"), "source", origin, index),
        target=_read_actors(raw.get("target"), "target", origin, index),
        mode=_read_str(raw.get("mode"), "mode", origin, index).lower(),
        context=_read_context(raw.get("context"), origin, index),
        location=_read_location(raw.get("eventLoc"), origin, index),
        dead=_read_count(raw.get("dead"), "dead", origin, index),
        injured=_read_count(raw.get("injured"), "injured", origin, index),
        factuality=_read_factuality(raw.get("factuality"), origin, index),
        place=_read_place(raw.get("eventLoc"), origin, index),
    )


def _error(origin: str | Path, index: int | None, reason: str) -> GoldFormatError:
    where = f"{origin}" if index is None else f"{origin}: record {index}"
    err = GoldFormatError(f"{where}: {reason}")
    err.path = str(origin)
    err.index = index
    err.reason = reason
    return err


def _read_str(value: Any, name: str, origin: str | Path, index: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _error(origin, index, f"'{name}' must be a string, found {value!r}")
    return value.strip()


def _read_date(value: Any, origin: str | Path, index: int) -> date | None:
    text = _read_str(value, "date", origin, index)
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10] if "-" in text else text)
    except ValueError as exc:
        raise _error(origin, index, f"'date' is not YYYY-MM-DD: {text!r}") from exc


def _read_actors(value: Any, name: str, origin: str | Path, index: int) -> list[ActorRef]:
    if value is None:
        return []
    if isinstance(value, str):
        # A bare string is not a coded actor (gsr_dev.json has target "diplomatic"):
        # keep it as actor text with no code, so it is never scored.
        return [ActorRef(text=value.strip())] if value.strip() else []
    items = [value] if isinstance(value, dict) else value
    if not isinstance(items, list):
        raise _error(origin, index, f"'{name}' must be a list of actor objects, found {value!r}")
    actors = []
    for item in items:
        if not isinstance(item, dict):
            raise _error(
                origin, index, f"'{name}' entries must be objects with actorText/code/sector"
            )
        actors.append(
            ActorRef(
                text=str(item.get("actorText") or ""),
                code=str(item.get("code") or "").strip().upper(),
                sector=str(item.get("sector") or "").strip().upper(),
            )
        )
    return actors


def _read_context(value: Any, origin: str | Path, index: int) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise _error(origin, index, f"'context' must be a string or a list of strings: {value!r}")


def _read_location(value: Any, origin: str | Path, index: int) -> str:
    if value is None or isinstance(value, str):
        return (value or "").strip()
    if isinstance(value, dict):
        return _read_str(value.get("name"), "eventLoc.name", origin, index)
    raise _error(origin, index, f"'eventLoc' must be an object with a 'name': {value!r}")


def _read_place(value: Any, origin: str | Path, index: int) -> GoldPlace:
    if not isinstance(value, dict):
        return GoldPlace()
    lat, lon = (_read_degrees(value.get(k), f"eventLoc.{k}", limit, origin, index)
                for k, limit in (("lat", 90), ("lon", 180)))
    if (lat is None) != (lon is None):
        raise _error(origin, index, "'eventLoc' needs both 'lat' and 'lon', or neither")
    return GoldPlace(
        country=country_code(_read_str(value.get("country"), "eventLoc.country", origin,
                                       index)),
        admin1=_read_str(value.get("admin1"), "eventLoc.admin1", origin, index),
        lat=lat,
        lon=lon,
    )


def _read_degrees(value: Any, name: str, limit: int, origin: str | Path,
                  index: int) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or abs(value) > limit:
        raise _error(origin, index, f"'{name}' must be a number of degrees within "
                                    f"±{limit}: {value!r}")
    return float(value)


def _read_count(value: Any, name: str, origin: str | Path, index: int) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _error(origin, index, f"'{name}' must be a whole number, found {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        digits = value.strip().replace(",", "")
        if digits.isdigit():
            return int(digits)
    raise _error(origin, index, f"'{name}' must be a whole number, found {value!r}")


def _read_factuality(value: Any, origin: str | Path, index: int) -> str:
    text = _read_str(value, "factuality", origin, index).lower()
    if text and factuality_head(text) not in FACTUALITY_VALUES:
        allowed = ", ".join(FACTUALITY_VALUES)
        raise _error(
            origin, index, f"'factuality' must start with one of {allowed}; found {text!r}"
        )
    return text


def factuality_head(value: str) -> str:
    """Return the part of a factuality label before the first "-", lower-cased."""
    return value.strip().lower().split("-", 1)[0]
