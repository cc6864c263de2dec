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

The records are written for PETRARCH's *validation* dictionaries (fictional actors such
as Gondor and Arnor, and the validation verb file's own WEIS/CAMEO-like codes), named in
the file's ``<Environment>``. :func:`find_validation_dictionaries` finds them next to the
XML file; :func:`code_petrarch` codes every record and :func:`score_petrarch`,
:func:`petrarch_misses` and :func:`miss_class` turn the outcomes into figures and a list
of misses.
"""

from __future__ import annotations

import configparser
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tocsin.errors import GoldFormatError
from tocsin.evaluation.scoring import Coder
from tocsin.model import ActorRef, Event
from tocsin.ontology.plover import cameo_to_plover

Triple = tuple[str, str, str]
"""(source code, target code, CAMEO code), e.g. ``("USAGOV", "IRN", "173")``."""

NULL_CODE = "---"
"""PETRARCH's code for a missing country (``---GOV``) or a missing actor (``---``)."""

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
    """Upper-case a code; keep PETRARCH's quotes around uncoded actor text, once.
    PETRARCH's null actor ``---`` becomes "" (no coded actor), as tocsin writes it."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return f'"{" ".join(value[1:-1].split()).upper()}"'
    return "" if value == NULL_CODE else value.upper()


def _read_date(value: str | None) -> date | None:
    text = (value or "").strip()
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def actor_full_code(actor: ActorRef) -> str:
    """PETRARCH's code for an actor: code + sector (``USAGOV``), ``---`` + sector when
    the country is unknown (``---GOV``), or its quoted text."""
    code, sector = actor.code.strip().upper(), actor.sector.strip().upper()
    if code or sector:
        return (code or NULL_CODE) + sector
    return f'"{" ".join(actor.text.split()).upper()}"' if actor.text.strip() else ""


def as_petrarch_writes(triple: Triple, config: dict[str, str]) -> Triple:
    """A predicted triple as PETRARCH would write it under a record's options: an
    uncoded actor keeps its quoted text only when ``new_actor_length`` allows that many
    words (PETRARCH's default, 0, writes the null actor, compared as "")."""
    try:
        limit = int(config.get("new_actor_length", "0"))
    except ValueError:
        limit = 0

    def side(code: str) -> str:
        if code.startswith('"') and len(code[1:-1].split()) > limit:
            return ""
        return code

    return (side(triple[0]), side(triple[1]), triple[2])


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


@dataclass(slots=True)
class PetrarchOutcome:
    """One record with what the coder predicted: its triples and how many events."""

    record: PetrarchRecord
    predicted: set[Triple]
    events: int

    @property
    def exact(self) -> bool:
        """Every expected triple predicted; for a no-event record, no event predicted."""
        if not self.record.expected:
            return self.events == 0
        return all(t in self.predicted for t in self.record.expected)

    @property
    def root(self) -> bool:
        """Like :attr:`exact` on country codes and CAMEO roots (:func:`root_triple`)."""
        if not self.record.expected:
            return self.events == 0
        got = {root_triple(t) for t in self.predicted}
        return all(root_triple(t) in got for t in self.record.expected)


def code_petrarch(records: Iterable[PetrarchRecord], code: Coder,
                  progress: Callable[[int], None] | None = None) -> list[PetrarchOutcome]:
    """Code each record's text with ``code(text, date)``; ``progress(n)`` after each."""
    outcomes: list[PetrarchOutcome] = []
    for rec in records:
        events = code(rec.text, rec.date)
        triples = {as_petrarch_writes(t, rec.config) for t in event_triples(events)}
        outcomes.append(PetrarchOutcome(rec, triples, len(events)))
        if progress is not None:
            progress(len(outcomes))
    return outcomes


def evaluate_petrarch(records: list[PetrarchRecord], code: Coder) -> dict[str, Any]:
    """Code each record's text with ``code(text, date)`` and check the expected codings.

    A record passes ``exact`` when every expected (source, target, CAMEO) triple is among
    the triples of its predicted events (extra events are allowed), and ``root`` when
    every expected triple matches on 3-letter source/target codes and CAMEO root. A record
    expecting no event passes both only when nothing is predicted. Predicted triples are
    compared as PETRARCH would write them under each record's options
    (:func:`as_petrarch_writes`); PETRARCH's null actor ``---`` is read as "".
    """
    return score_petrarch(code_petrarch(records, code))


def score_petrarch(outcomes: list[PetrarchOutcome]) -> dict[str, Any]:
    """The figures of :func:`evaluate_petrarch` for coded records, with the number of
    misses in each :func:`miss_class`, largest first."""
    n = len(outcomes)
    exact = sum(o.exact for o in outcomes)
    root = sum(o.root for o in outcomes)
    with_events = [o for o in outcomes if o.record.expected]
    no_event = [o for o in outcomes if not o.record.expected]
    classes = Counter(miss_class(o) for o in outcomes if not o.exact)
    return {
        "n": n,
        "exact": _ratio(exact, n),
        "root": _ratio(root, n),
        "exact_count": exact,
        "root_count": root,
        "no_event_records": len(no_event),
        "no_event_correct": sum(o.exact for o in no_event),
        "expected_triples": sum(len(o.record.expected) for o in with_events),
        "exact_triples_found": sum(t in o.predicted for o in with_events
                                   for t in o.record.expected),
        "root_triples_found": sum(root_triple(t) in {root_triple(p) for p in o.predicted}
                                  for o in with_events for t in o.record.expected),
        "predicted_events": sum(o.events for o in outcomes),
        "miss_classes": dict(classes.most_common()),
        "missed_ids": [o.record.id for o in outcomes if not o.exact],
    }


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


# -- misses ---------------------------------------------------------------------------------

NO_PLOVER = "expected code has no PLOVER category"
NO_EVENT = "no event predicted"
FALSE_EVENT = "event predicted where none expected"
COMPOUND = "compound actors partly coded"
OTHER_EVENT = "one of several expected events missed"


def miss_class(outcome: PetrarchOutcome) -> str:
    """Why a record failed ``exact``, judged on its first missed expected triple; "" when
    it passed. The classes, checked in this order: an event where none was expected; an
    expected code tocsin cannot emit (no PLOVER category); nothing predicted; a compound
    coding only partly reproduced; the right code with swapped roles, a wrong sector or
    agent, a missing, uncoded (quoted) or wrong source or target; the right actors with a
    wrong CAMEO subcode or root; another of the record's events missed; nothing in
    common."""
    if outcome.exact:
        return ""
    expected, got = outcome.record.expected, outcome.predicted
    if not expected:
        return FALSE_EVENT
    missed = [t for t in expected if t not in got]
    if any(cameo_to_plover(t[2]) is None for t in missed):
        return NO_PLOVER
    if not got:
        return NO_EVENT
    if len(missed) < len(expected) and len({t[2] for t in expected}) < len(expected):
        return COMPOUND
    return _triple_miss(missed[0], got, partial=len(missed) < len(expected))


def _triple_miss(want: Triple, got: set[Triple], *, partial: bool) -> str:
    source, target, cameo = want
    same_code = [p for p in got if p[2] == cameo]
    if (target, source, cameo) in got:
        return "source and target swapped"
    if any(root_triple(p) == root_triple(want) for p in same_code):
        return "wrong sector or agent code"
    for p in same_code:
        if p[0] == source:
            return _side_miss("target", p[1])
        if p[1] == target:
            return _side_miss("source", p[0])
    if same_code:
        return "wrong source and target"
    same_actors = [p for p in got if root_triple(p)[:2] == root_triple(want)[:2]]
    if any(p[2][:2] == cameo[:2] for p in same_actors):
        return "wrong CAMEO subcode"
    if same_actors:
        return "wrong CAMEO root"
    return OTHER_EVENT if partial else "wrong actors and code"


def _side_miss(side: str, predicted: str) -> str:
    if not predicted:
        return f"missing {side}"
    if predicted.startswith('"'):
        return f"{side} found but not coded"
    return f"wrong {side}"


def petrarch_misses(outcomes: Iterable[PetrarchOutcome]) -> list[dict[str, Any]]:
    """Every record that failed ``exact``: id, text, class, expected and predicted
    triples (as lists), and whether it passed ``root``."""
    return [
        {
            "id": o.record.id,
            "text": o.record.text,
            "class": miss_class(o),
            "expected": [list(t) for t in o.record.expected],
            "predicted": [list(t) for t in sorted(o.predicted)],
            "root_ok": o.root,
        }
        for o in outcomes if not o.exact
    ]


def write_petrarch_errors(outcomes: Iterable[PetrarchOutcome], path: str | Path) -> None:
    """Write :func:`petrarch_misses` to ``path`` as a JSON list."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(petrarch_misses(outcomes), indent=2, ensure_ascii=False) + "\n",
                 "utf-8")


# -- validation dictionaries ----------------------------------------------------------------

DICTIONARY_KINDS: tuple[str, ...] = ("actors", "agents", "verbs", "discards")
STANDARD_NAMES: dict[str, str] = {kind: f"PETR.Validate.{kind}.txt" for kind in DICTIONARY_KINDS}
CONFIG_NAME = "PETR_config.ini"
_ENVIRONMENT_TAGS = {"Actorfile": "actors", "Agentfile": "agents", "Verbfile": "verbs",
                     "Discardfile": "discards"}
_CONFIG_KEYS = {"actorfile_list": "actors", "actorfile_name": "actors",
                "agentfile_name": "agents", "agentfile_list": "agents",
                "verbfile_name": "verbs", "discardfile_name": "discards"}


@dataclass(frozen=True, slots=True)
class ValidationDictionaries:
    """The dictionary files a PETRARCH unit-test file is coded with, by kind."""

    actors: tuple[Path, ...] = ()
    agents: tuple[Path, ...] = ()
    verbs: tuple[Path, ...] = ()
    discards: tuple[Path, ...] = ()

    def to_dict(self) -> dict[str, list[str]]:
        return {kind: [str(p) for p in getattr(self, kind)] for kind in DICTIONARY_KINDS}


def find_validation_dictionaries(xml_path: str | Path) -> ValidationDictionaries:
    """The dictionaries PETRARCH validates ``xml_path`` with, found in its directory.

    For each kind the first of these that names existing files wins: the XML file's own
    ``<Environment>`` (``<Actorfile>PETR.Validate.actors.txt</Actorfile>``, which
    ``petrarch -v`` reads), the standard names ``PETR.Validate.<kind>.txt``, then the
    ``[Dictionaries]`` of a ``PETR_config.ini`` there. The config comes last because the
    released one names the production Phoenix dictionaries and keeps the validation ones
    commented out. A kind with no file is left empty. Raises :class:`GoldFormatError`
    when the XML file cannot be read or parsed.
    """
    path = Path(xml_path)
    folder = path.parent
    sources = [
        _environment_files(_parse_xml(path)),
        {kind: [name] for kind, name in STANDARD_NAMES.items()},
        _config_files(folder / CONFIG_NAME),
    ]
    found: dict[str, tuple[Path, ...]] = {}
    for kind in DICTIONARY_KINDS:
        for names in sources:
            files = tuple(folder / n for n in names.get(kind, []) if (folder / n).is_file())
            if files:
                found[kind] = files
                break
    return ValidationDictionaries(**found)


def _environment_files(root: ET.Element) -> dict[str, list[str]]:
    files: dict[str, list[str]] = {}
    for env in root.iter("Environment"):
        for elem in env:
            kind = _ENVIRONMENT_TAGS.get(elem.tag)
            if kind is not None:
                names = elem.get("name") or "".join(elem.itertext())
                files.setdefault(kind, []).extend(_split_names(names))
    return files


def _config_files(path: Path) -> dict[str, list[str]]:
    if not path.is_file():
        return {}
    parser = configparser.ConfigParser(inline_comment_prefixes=("#", ";"), strict=False,
                                       interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return {}  # an optional fallback: a broken config only means no names from it
    if not parser.has_section("Dictionaries"):
        return {}
    files: dict[str, list[str]] = {}
    for key, value in parser.items("Dictionaries"):
        kind = _CONFIG_KEYS.get(key)
        if kind is not None:
            files.setdefault(kind, []).extend(_split_names(value))
    return files


def _split_names(text: str) -> list[str]:
    return [name for name in re.split(r"[,\s]+", text) if name]
