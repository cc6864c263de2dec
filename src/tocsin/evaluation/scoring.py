"""Scoring a coder against gold records: accuracy, per-category F1, and every miss.

Each gold sentence is coded alone with its date; the coder's prediction for it is its
highest-confidence event (the first one on ties), or no event. The report compares that
one prediction with the gold event category, source and target country codes, mode,
deaths, location and factuality::

    report = evaluate(read_gold("gsr_dev.json"), code)
    report.to_dict()["event_accuracy"]
    write_errors(report, "misses.json")
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rich.table import Table

from tocsin.evaluation.gold import (
    NO_EVENT,
    GoldRecord,
    actor_codes,
    country_code,
    factuality_head,
)
from tocsin.model import Event
from tocsin.ontology.plover import normalise_category

Coder = Callable[[str, date | None], list[Event]]
"""A coder as evaluation sees it: sentence text and date in, tocsin events out."""

FIELDS: tuple[str, ...] = (
    "event", "source", "target", "mode", "dead", "location", "location_country", "factuality",
)  # fmt: skip

_DIGITS = 4


@dataclass(slots=True)
class EvalReport:
    """The figures from :func:`evaluate`; rates are in [0, 1], None where undefined."""

    n: int
    event_accuracy: float | None
    event_macro_f1: float | None
    source_accuracy: float | None
    target_accuracy: float | None
    none_false_positive_rate: float | None
    per_category: dict[str, dict[str, float | int]]
    mode_accuracy: float | None
    dead_accuracy: float | None
    location_accuracy: float | None
    factuality_accuracy: float | None
    location_country_accuracy: float | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data (without :attr:`errors`)."""
        return {
            "n": self.n,
            "event_accuracy": self.event_accuracy,
            "event_macro_f1": self.event_macro_f1,
            "source_accuracy": self.source_accuracy,
            "target_accuracy": self.target_accuracy,
            "none_false_positive_rate": self.none_false_positive_rate,
            "per_category": {k: dict(v) for k, v in self.per_category.items()},
            "mode_accuracy": self.mode_accuracy,
            "dead_accuracy": self.dead_accuracy,
            "location_accuracy": self.location_accuracy,
            "location_country_accuracy": self.location_country_accuracy,
            "factuality_accuracy": self.factuality_accuracy,
        }


def pick_prediction(events: list[Event]) -> Event | None:
    """Return the highest-confidence event, the first one on ties; None for no events."""
    best: Event | None = None
    for ev in events:
        if best is None or ev.confidence > best.confidence:
            best = ev
    return best


_PLACE_KINDS = frozenset({"town", "city", "village", "province", "region", "district",
                          "governorate", "state", "county", "peninsula", "area", "camp"})
"""Generic words around a place's name: "the town of Rafah" and "Rafah" name one place."""


def normalise_location(name: str) -> str:
    """Case-fold a place name, collapse spaces and drop a leading "the" and a generic
    word before ("town of X") or after ("X province") the name itself."""
    words = name.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 2 and words[0] in _PLACE_KINDS and words[1] == "of":
        words = words[2:]
    elif len(words) > 1 and words[-1] in _PLACE_KINDS:
        words = words[:-1]
    return " ".join(words)


def location_matches(rec: GoldRecord, pred: Event) -> bool:
    """Whether the predicted place is the gold ``eventLoc``.

    By name (:func:`normalise_location`); or, when the gold gives coordinates, by a
    predicted place within :data:`MATCH_KM`; or, when the gold is a region or country
    (``admin1`` and/or ``country`` without coordinates), by a prediction in that region
    (its admin1 code, or its name for a region-level prediction) or country.
    """
    loc = pred.location
    if loc is None:
        return False
    if normalise_location(rec.location) == normalise_location(loc.name):
        return True
    gold = rec.place
    if gold.lat is not None and gold.lon is not None:
        return loc.lat is not None and loc.lon is not None and \
            distance_km(gold.lat, gold.lon, loc.lat, loc.lon) <= MATCH_KM
    if gold.country and country_code(loc.country) != gold.country:
        return False
    if gold.admin1:
        region = normalise_location(gold.admin1)
        return region == normalise_location(loc.admin1) or (
            loc.precision == "admin1" and region == normalise_location(loc.name))
    return bool(gold.country)


MATCH_KM = 25.0
"""How near a predicted place must be to the gold coordinates to count."""


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def evaluate(
    records: list[GoldRecord],
    code: Coder,
    *,
    progress: Callable[[int], None] | None = None,
) -> EvalReport:
    """Code every gold record's text with ``code(text, date)`` and score the predictions.

    ``progress``, if given, is called after each record with the number coded so far.
    """
    tally = _Tally()
    for done, rec in enumerate(records, start=1):
        pred = pick_prediction(code(rec.text, rec.date))
        tally.add(rec, pred)
        if progress is not None:
            progress(done)
    return tally.report()


class _Tally:
    """Running counts for :func:`evaluate`; one :meth:`add` per gold record."""

    def __init__(self) -> None:
        self.n = 0
        self.event_hits = 0
        self.pairs: list[tuple[str, str]] = []  # (gold category, predicted category)
        self.hits: Counter[str] = Counter()  # field -> correct
        self.totals: Counter[str] = Counter()  # field -> scored
        self.none_total = 0
        self.none_fp = 0
        self.errors: list[dict[str, Any]] = []

    def add(self, rec: GoldRecord, pred: Event | None) -> None:
        self.n += 1
        got = _predicted_view(pred)
        want = _gold_view(rec)
        self.pairs.append((want["event"], got["event"]))
        if rec.event == NO_EVENT:
            self.none_total += 1
            self.none_fp += pred is not None
        wrong = [] if got["event"] == want["event"] else ["event"]
        self.event_hits += not wrong
        for name in _scored_fields(rec, pred, event_ok=not wrong):
            if name == "location" and pred is not None:
                ok = location_matches(rec, pred)
            elif name == "location_country" and pred is not None:
                ok = pred.location is not None and \
                    country_code(pred.location.country) == rec.place.country
            else:
                ok = _field_matches(name, want[name], got[name])
            self.totals[name] += 1
            self.hits[name] += ok
            if not ok:
                wrong.append(name)
        if wrong:
            self.errors.append(
                {
                    "index": rec.index,
                    "id": rec.id,
                    "text": rec.text,
                    "gold": want,
                    "predicted": got,
                    "wrong": wrong,
                }
            )

    def rate(self, name: str) -> float | None:
        return _ratio(self.hits[name], self.totals[name])

    def report(self) -> EvalReport:
        per_category = _per_category(self.pairs)
        gold_cats = {g for g, _ in self.pairs}
        return EvalReport(
            n=self.n,
            event_accuracy=_ratio(self.event_hits, self.n),
            event_macro_f1=macro_f1(per_category, gold_cats),
            source_accuracy=self.rate("source"),
            target_accuracy=self.rate("target"),
            none_false_positive_rate=_ratio(self.none_fp, self.none_total),
            per_category=per_category,
            mode_accuracy=self.rate("mode"),
            dead_accuracy=self.rate("dead"),
            location_accuracy=self.rate("location"),
            location_country_accuracy=self.rate("location_country"),
            factuality_accuracy=self.rate("factuality"),
            errors=self.errors,
        )


def _scored_fields(rec: GoldRecord, pred: Event | None, *, event_ok: bool) -> list[str]:
    """Which fields besides the category are scored for this record."""
    if pred is None:
        return []
    names = []
    if rec.source_codes:
        names.append("source")
    if rec.target_codes:
        names.append("target")
    if event_ok:
        if rec.mode:
            names.append("mode")
        if rec.dead is not None:
            names.append("dead")
        if rec.location:
            names.append("location")
        if rec.location and rec.place.country:
            names.append("location_country")
        if rec.factuality:
            names.append("factuality")
    return names


def _field_matches(name: str, want: Any, got: Any) -> bool:
    if name == "mode":
        return want.lower() == (got or "").strip().lower()
    if name == "factuality":
        return factuality_head(want) == factuality_head(got or "")
    return want == got


def _gold_view(rec: GoldRecord) -> dict[str, Any]:
    return {
        "event": rec.event,
        "source": sorted(rec.source_codes),
        "target": sorted(rec.target_codes),
        "mode": rec.mode,
        "dead": rec.dead,
        "location": rec.location,
        "factuality": rec.factuality,
    }


def _predicted_view(pred: Event | None) -> dict[str, Any]:
    if pred is None:
        return {
            "event": NO_EVENT,
            "source": [],
            "target": [],
            "mode": "",
            "dead": None,
            "location": "",
            "factuality": "",
            "confidence": None,
            "cameo": "",
        }
    return {
        "event": normalise_category(pred.event) or NO_EVENT,
        "source": sorted(actor_codes(pred.actor)),
        "target": sorted(actor_codes(pred.recipient)),
        "mode": pred.mode,
        "dead": pred.dead,
        "location": pred.location.name if pred.location else "",
        "factuality": pred.factuality,
        "confidence": round(pred.confidence, _DIGITS),
        "cameo": pred.cameo,
    }


def _per_category(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float | int]]:
    gold = Counter(g for g, _ in pairs)
    predicted = Counter(p for _, p in pairs)
    correct = Counter(g for g, p in pairs if g == p)
    table: dict[str, dict[str, float | int]] = {}
    for cat in sorted(gold.keys() | predicted.keys()):
        precision = correct[cat] / predicted[cat] if predicted[cat] else 0.0
        recall = correct[cat] / gold[cat] if gold[cat] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[cat] = {
            "precision": round(precision, _DIGITS),
            "recall": round(recall, _DIGITS),
            "f1": round(f1, _DIGITS),
            "support": gold[cat],
        }
    return table


def macro_f1(
    per_category: dict[str, dict[str, Any]], categories: Iterable[str]
) -> float | None:
    """The mean F1 over ``categories`` (the gold ones), None if there are none.

    The sum is exact (:func:`math.fsum`), so the figure does not change with the order of the
    categories, which for a set of names follows Python's hash seed.
    """
    f1s = [per_category[cat]["f1"] for cat in categories]
    return round(math.fsum(f1s) / len(f1s), _DIGITS) if f1s else None


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, _DIGITS) if total else None


def write_errors(report: EvalReport, path: str | Path) -> None:
    """Write ``report.errors`` (every record with a wrong field) to ``path`` as JSON."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(report.errors, indent=2, ensure_ascii=False) + "\n", "utf-8")


_MAIN_FIGURES: tuple[tuple[str, str], ...] = (
    ("event_accuracy", "event accuracy"),
    ("event_macro_f1", "event macro F1"),
    ("source_accuracy", "source accuracy"),
    ("target_accuracy", "target accuracy"),
    ("none_false_positive_rate", "NONE false-positive rate"),
    ("mode_accuracy", "mode accuracy"),
    ("dead_accuracy", "dead accuracy"),
    ("location_accuracy", "location accuracy"),
    ("location_country_accuracy", "location country accuracy"),
    ("factuality_accuracy", "factuality accuracy"),
)


def format_report(report: EvalReport) -> Table:
    """Render a report as a rich table: the main figures, then one row per category."""
    table = Table(title=f"tocsin evaluation on {report.n} gold records")
    table.add_column("measure")
    table.add_column("score / F1", justify="right")
    table.add_column("precision", justify="right")
    table.add_column("recall", justify="right")
    table.add_column("support", justify="right")
    data = report.to_dict()
    for key, label in _MAIN_FIGURES:
        table.add_row(label, _fmt(data[key]), "", "", "")
    table.add_section()
    for cat, row in report.per_category.items():
        table.add_row(
            cat,
            _fmt(row["f1"]),
            _fmt(row["precision"]),
            _fmt(row["recall"]),
            str(row["support"]),
        )
    return table


def _fmt(value: float | int | None) -> str:
    return "—" if value is None else f"{value:.4f}"
