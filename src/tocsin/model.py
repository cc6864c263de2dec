"""The document and event model shared by every stage of tocsin.

An :class:`Article` goes in (from :mod:`tocsin.ingest`), the NLP stage splits it into
:class:`Sentence` objects, and the coder emits :class:`Event` objects that point back to
the sentence and to the character spans that justify them. All classes are plain
dataclasses with ``to_dict()`` so that they serialise to the PLOVER-style JSON that the
CLI prints and the store keeps.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Factuality = Literal["asserted", "negated", "hypothetical", "reported"]
FACTUALITY_VALUES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "reported")


def text_hash(text: str) -> str:
    """Return the hex SHA-1 of whitespace-normalised, lower-cased ``text``."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Article:
    """One news article after reading and cleaning.

    ``date_guessed`` is true when the date came from the file time rather than from the
    user or from the article's own metadata. ``origin`` names where it was read from
    (a path, plus ``:line`` or ``#record`` for multi-article files).
    """

    id: str
    text: str
    title: str = ""
    url: str = ""
    source: str = ""
    date: date | None = None
    date_guessed: bool = False
    origin: str = ""

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
        }


@dataclass(slots=True)
class Sentence:
    """One sentence of an article: its position, text and character offset in the article."""

    index: int
    text: str
    start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "start": self.start}


@dataclass(slots=True, frozen=True)
class Span:
    """A character span ``[start, end)`` within a sentence's text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(slots=True)
class ActorRef:
    """An actor or recipient as coded: country code, sector (agent) code, entity name.

    ``code`` is an ISO 3166 alpha-3 country or an international code (``IGO``, ``NGO``,
    ``MNC``, ...); ``sector`` a CAMEO/Phoenix agent code such as ``GOV`` or ``MIL``;
    ``entity`` the resolved name ("Kata'ib Hezbollah"), empty when only a country or
    sector is known.
    """

    text: str
    code: str = ""
    sector: str = ""
    entity: str = ""
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "sector": self.sector, "entity": self.entity}


@dataclass(slots=True)
class Location:
    """Where an event happened, as far as the sentence says."""

    name: str
    country: str = ""
    span: Span | None = None
    admin1: str = ""  # first-level subdivision code, e.g. "LB-AS"
    lat: float | None = None
    lon: float | None = None
    precision: str = ""  # "city" | "admin1" | "country"; "" when the gazetteer has no entry
    basis: str = "sentence"  # "sentence" | "dateline" | "article": where the place was read

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1,
                "lat": self.lat, "lon": self.lon, "precision": self.precision,
                "basis": self.basis,
                "evidence": self.span.to_dict() if self.span is not None else None}


@dataclass(slots=True)
class Evidence:
    """Character spans (within :attr:`Event.text`) that justify an event."""

    trigger: list[Span] = field(default_factory=list)
    actor: list[Span] = field(default_factory=list)
    recipient: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "trigger": [s.to_dict() for s in self.trigger],
            "actor": [s.to_dict() for s in self.actor],
            "recipient": [s.to_dict() for s in self.recipient],
        }


@dataclass(slots=True)
class Event:
    """One coded event: who did what to whom, when, where, and how sure we are."""

    event: str
    cameo: str
    text: str
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    mode: str = ""
    context: list[str] = field(default_factory=list)
    date: date | None = None
    location: Location | None = None
    dead: int | None = None
    injured: int | None = None
    factuality: str = "asserted"
    claimed_by: list[ActorRef] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)
    article: Article | None = None
    sentence_index: int = 0
    confidence: float = 0.5
    coder: str = ""

    @property
    def id(self) -> str:
        """A stable id from the article, sentence, trigger and category."""
        art = self.article.id if self.article else ""
        trig = self.evidence.trigger[0].start if self.evidence.trigger else -1
        raw = f"{art}|{self.sentence_index}|{trig}|{self.event}|{self.text}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "date": self.date.isoformat() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "dead": self.dead,
            "injured": self.injured,
            "factuality": self.factuality,
            "claimed_by": [a.to_dict() for a in self.claimed_by],
            "evidence": self.evidence.to_dict(),
            "text": self.text,
            "sentence_index": self.sentence_index,
            "article": self.article.to_dict() if self.article else None,
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }


@dataclass(slots=True)
class IngestFailure:
    """An input that could not be read: where, and why. Kept, counted, never fatal."""

    origin: str
    reason: str
    kind: Literal["failed", "skipped"] = "failed"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
