"""PETRARCH2's unit-test records as a test suite for tocsin's CAMEO coding.

``PETR.UnitTest.records.xml`` holds ``<Sentence>`` elements, each with a ``<Text>``, a
``<Parse>`` tree and the expected codings::

    <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
    <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
    <Text>Arnor is about to restore full diplomatic ties with Gondor ...</Text>

A record expects no event when it has ``<EventCoding noevents="True">``, no
``<EventCoding>`` at all, or ``<EventCoding error="...">`` (PETRARCH discards or rejects
the sentence). Records marked ``sentence="false"`` are features PETRARCH never implemented
and are skipped unless asked for. An actor PETRARCH could not code is written as its
upper-cased text in double quotes (``sourcecode='"INJURY TOLL"'``); tocsin's uncoded
actors are compared the same way. ``<Config>`` elements between records change
PETRARCH's options from there on; each record keeps the options in force as ``config``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tocsin.errors import GoldFormatError
from tocsin.evaluation.scoring import Coder
from tocsin.model import ActorRef, Event

Triple = tuple[str, str, str]
"""(source code, target code, CAMEO code), e.g. ``("USAGOV", "IRN", "173")``."""

_BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);)")


@dataclass(slots=True)
class PetrarchRecord:
    """One PETRARCH unit-test sentence and the codings it expects (empty: no event)."""

    id: str
    text: str
    date: date | None
    expected: list[Triple] = field(default_factory=list)
    category: str = ""
    active: bool = True
    error: str = ""
    parse: str = ""
    config: dict[str, str] = field(default_factory=dict)


def read_petrarch_records(
    path: str | Path, *, include_inactive: bool = False
) -> list[PetrarchRecord]:
    """Read PETRARCH unit-test records from ``path``, in file order.

    Records marked ``sentence="false"`` are left out unless ``include_inactive``.
    Raises :class:`GoldFormatError` when the file cannot be read or parsed as XML.
    """
    p = Path(path)
    root = _parse_xml(p)
    records: list[PetrarchRecord] = []
    config: dict[str, str] = {}
    for elem in root.iter():
        if elem.tag == "Config" and elem.get("option"):
            config[elem.get("option", "").strip()] = (elem.get("value") or "").strip()
        elif elem.tag == "Sentence":
            rec = _read_sentence(elem, config)
            if rec.active or include_inactive:
                records.append(rec)
    return records


def _parse_xml(path: Path) -> ET.Element:
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise _error(path, f"cannot read the file ({exc})") from exc
    try:
        return ET.fromstring(raw)
    except ET.ParseError:
        pass
    # Second try: escape bare "&" (PETRARCH's synset markers) and wrap stray fragments.
    fixed = _BARE_AMPERSAND.sub("&amp;", raw)
    fixed = re.sub(r"^\s*<\?xml[^>]*\?>", "", fixed)
    try:
        return ET.fromstring(f"<PetrarchRecords>{fixed}</PetrarchRecords>")
    except ET.ParseError as exc:
        raise _error(path, f"not well-formed XML: {exc}") from exc


def _error(path: Path, reason: str) -> GoldFormatError:
    err = GoldFormatError(f"{path}: {reason}")
    err.path = str(path)
    err.index = None
    err.reason = reason
    return err


def _read_sentence(elem: ET.Element, config: dict[str, str]) -> PetrarchRecord:
    expected: list[Triple] = []
    error = ""
    for coding in elem.iter("EventCoding"):
        attrs = {k.strip().lower(): (v or "").strip() for k, v in coding.attrib.items()}
        if attrs.get("error"):
            error = attrs["error"]
        if "eventcode" in attrs and attrs["eventcode"]:
            expected.append(
                (
                    _clean_code(attrs.get("sourcecode", "")),
                    _clean_code(attrs.get("targetcode", "")),
                    attrs["eventcode"],
                )
            )
    return PetrarchRecord(
        id=(elem.get("id") or "").strip(),
        text=" ".join(_child_text(elem, "Text").split()),
        date=_read_date(elem.get("date")),
        expected=expected,
        category=(elem.get("category") or "").strip(),
        active=(elem.get("sentence") or "true").strip().lower() != "false",
        error=error,
        parse=_child_text(elem, "Parse").strip(),
        config=dict(config),
    )


def _child_text(elem: ET.Element, tag: str) -> str:
    child = elem.find(tag)
    return "".join(child.itertext()) if child is not None else ""


def _clean_code(value: str) -> str:
    """Upper-case a code; keep PETRARCH's quotes around uncoded actor text, once."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return f'"{" ".join(value[1:-1].split()).upper()}"'
    return value.upper()


def _read_date(value: str | None) -> date | None:
    text = (value or "").strip()
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def actor_full_code(actor: ActorRef) -> str:
    """PETRARCH's code for an actor: code + sector (``USAGOV``), or its quoted text."""
    full = (actor.code + actor.sector).strip().upper()
    if full:
        return full
    return f'"{" ".join(actor.text.split()).upper()}"' if actor.text.strip() else ""


def event_triples(events: Iterable[Event]) -> set[Triple]:
    """Every (source, target, CAMEO) triple the events state, one per actor × recipient."""
    triples: set[Triple] = set()
    for ev in events:
        sources = [actor_full_code(a) for a in ev.actor] or [""]
        targets = [actor_full_code(a) for a in ev.recipient] or [""]
        cameo = ev.cameo.strip()
        triples.update((s, t, cameo) for s in sources for t in targets)
    return triples


def root_triple(triple: Triple) -> Triple:
    """Reduce a triple to country codes and the CAMEO root (``USAGOV, IRN, 173`` →
    ``USA, IRN, 17``). Quoted, uncoded actors are kept whole."""
    source, target, cameo = triple
    return (_country(source), _country(target), cameo[:2])


def _country(code: str) -> str:
    return code if code.startswith('"') else code[:3]


def evaluate_petrarch(records: list[PetrarchRecord], code: Coder) -> dict[str, Any]:
    """Code each record's text with ``code(text, date)`` and check the expected codings.

    A record passes ``exact`` when every expected (source, target, CAMEO) triple is among
    the triples of its predicted events (extra events are allowed), and ``root`` when
    every expected triple matches on 3-letter source/target codes and CAMEO root. A record
    expecting no event passes both only when nothing is predicted.
    """
    exact = root = no_event = no_event_ok = expected_n = predicted_n = 0
    exact_triples = root_triples = 0
    missed: list[str] = []
    for rec in records:
        events = code(rec.text, rec.date)
        predicted_n += len(events)
        got = event_triples(events)
        got_root = {root_triple(t) for t in got}
        if not rec.expected:
            no_event += 1
            ok_exact = ok_root = not events
            no_event_ok += ok_exact
        else:
            expected_n += len(rec.expected)
            hit_exact = [t in got for t in rec.expected]
            hit_root = [root_triple(t) in got_root for t in rec.expected]
            exact_triples += sum(hit_exact)
            root_triples += sum(hit_root)
            ok_exact, ok_root = all(hit_exact), all(hit_root)
        exact += ok_exact
        root += ok_root
        if not ok_exact:
            missed.append(rec.id)
    n = len(records)
    return {
        "n": n,
        "exact": _ratio(exact, n),
        "root": _ratio(root, n),
        "exact_count": exact,
        "root_count": root,
        "no_event_records": no_event,
        "no_event_correct": no_event_ok,
        "expected_triples": expected_n,
        "exact_triples_found": exact_triples,
        "root_triples_found": root_triples,
        "predicted_events": predicted_n,
        "missed_ids": missed,
    }


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None
