"""Alerts: escalation findings with their evidence, firsts, storage and webhook delivery.

:func:`scan` looks at every dyad active in a period and returns :class:`Alert` objects:

* ``change_point`` / ``anomaly``: :func:`tocsin.alarm.detect.detect` on the dyad's daily
  series (:func:`tocsin.alarm.series.load_series`);
* ``record_high``: a day whose conflict intensity beats the dyad's highest day so far by
  half again (:data:`RECORD_FACTOR`), in a dyad with some history of conflict: the
  "worst day since records began" that an analyst reads first;
* ``first_lethal``: the dyad's first event with deaths;
* ``first_category``: the dyad's first material conflict event of a category that
  escalates beyond everything seen in it before, when the dyad has history (the first
  ASSAULT after only threats and accusations; see :data:`ESCALATION_RANK`), found in SQL;
* ``first_means``: the dyad's first attack by heavier means than any attack in it before
  (the first missile strike after riots and shootings; see :data:`MEANS_RANK`), read
  from every report of an attack, since the report naming the weapon is often not the
  first.

Firsts are looked for between two countries, not within one (``IRQ-IRQ``), where a
country-level dyad lumps together too many actors to have a meaningful first.

Every alert carries its evidence: the dyad's events in the alert's window that drove it
(most conflictual first), each with its id, date, category, sentence, outlet count and
source URL. :func:`save_alerts` keeps alerts in the store's ``alerts`` table (an alert is
stored once: its id hashes the dyad, kind and window start), and :func:`send_alerts` POSTs
each unsent alert to a webhook with retries and exponential backoff, marking it sent so
it is never sent twice.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import httpx

from tocsin.alarm.detect import DetectParams, detect
from tocsin.alarm.series import (
    CONFLICT_SQL,
    HAPPENED_SQL,
    MENTIONS_SQL,
    DyadSeries,
    Fetch,
    date_range,
    load_many,
    load_series,
)
from tocsin.store.rows import now_utc
from tocsin.store.schema import ALERTS

__all__ = ["Alert", "SendResult", "save_alerts", "scan", "send_alerts", "stored_alerts",
           "top_dyads"]

EVIDENCE_EVENTS = 5
"""Events kept as evidence of one alert."""

ESCALATION_RANK = {"SANCTION": 1, "MOBILIZE": 1, "COERCE": 2, "ASSAULT": 3}
"""Material conflict categories by how far they escalate; a dyad's first event of a
category alerts when it ranks above everything the dyad did before (the first ASSAULT
after only threats, accusations or sanctions)."""

SEVERITY_OF_FIRST = {1: "low", 2: "medium", 3: "high"}

MEANS_RANK = {"explosives": 2, "suicide-attack": 2, "drone": 2, "aerial": 3,
              "heavy-weapons": 3, "unconventional": 4}
"""ASSAULT modes (PLOVER) by how far they escalate the means of an attack; other modes
(firearms, crowd-control, abduct, ...) and none rank 1. A dyad's first attack by means
ranking above every earlier attack in it alerts (the first missiles after riots and
rifle fire)."""

RECORD_FACTOR = 1.5
"""A day is a record when its conflict intensity is this many times the dyad's earlier
highest day ..."""

RECORD_MIN_INTENSITY = 9.0
"""... and at least this high (about one armed attack) ..."""

RECORD_MIN_HISTORY = 2
"""... after at least this many earlier days of conflict in the dyad."""

MIN_ACTIVE_EVENTS = 3
"""Dyads with fewer happened conflict events in the scanned period are not scanned for
change points (firsts are still found)."""


@dataclass(frozen=True)
class Alert:
    """One alert: the dyad, the window, a severity, the size of the change against the
    dyad's own baseline, and the events that drove it."""

    dyad: str
    kind: str  # change_point | anomaly | record_high | first_lethal | first_category |
    # first_means
    window_start: date
    window_end: date
    raised_on: date
    severity: str  # low | medium | high
    baseline: float | None = None
    level: float | None = None
    change: float | None = None
    detail: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)
    sent_at: str | None = None

    @property
    def id(self) -> str:
        raw = f"{self.dyad}|{self.kind}|{self.window_start.isoformat()}|{self.detail}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        out = {"id": self.id, **asdict(self)}
        for key in ("window_start", "window_end", "raised_on"):
            out[key] = out[key].isoformat()
        return out


# -- dyads -------------------------------------------------------------------------------

_DYADS_SQL = f"""\
WITH m AS ({MENTIONS_SQL})
SELECT a_code || '-' || r_code AS dyad,
       count(*) FILTER (WHERE {HAPPENED_SQL}) AS events,
       count(*) FILTER (WHERE {CONFLICT_SQL}) AS conflict,
       coalesce(sum(greatest(-plover_score, 0)) FILTER (WHERE {CONFLICT_SQL}), 0) AS intensity,
       coalesce(sum(dead) FILTER (WHERE {HAPPENED_SQL}), 0) AS dead,
       coalesce(sum(greatest(-plover_score, 0))
                FILTER (WHERE {CONFLICT_SQL} AND day > ?), 0) AS recent,
       count(DISTINCT outlet) AS sources
FROM m
WHERE first_mention AND day BETWEEN ? AND ? AND a_code <> '' AND r_code <> ''
GROUP BY 1"""


def top_dyads(store: Any, *, since: date | None = None, until: date | None = None,
              top: int = 20, recent_days: int = 7) -> list[dict[str, Any]]:
    """The most active dyads ``since``..``until`` (default: the store's whole range), by
    conflict intensity, each with ``events, conflict, intensity, dead, sources`` and
    ``escalation``: the intensity of the last ``recent_days`` against the period's daily
    mean before them (1.0 = as usual, above 1 = rising).
    """
    fetch: Fetch = store._fetchall
    bounds = date_range(fetch)
    if bounds is None:
        return []
    first, last = since or bounds[0], until or bounds[1]
    cut = last - timedelta(days=recent_days)
    rows = fetch(_DYADS_SQL, [cut, first, last])
    span_before = max((cut - first).days + 1, 1)
    out = []
    for dyad, events, conflict, intensity, dead, recent, sources in rows:
        before = (float(intensity) - float(recent)) / span_before
        now = float(recent) / recent_days
        escalation = now / before if before > 0 else (float("inf") if now > 0 else 1.0)
        out.append({"dyad": dyad, "events": int(events), "conflict": int(conflict),
                    "intensity": round(float(intensity), 2), "dead": int(dead),
                    "sources": int(sources), "recent_intensity": round(float(recent), 2),
                    "escalation": round(escalation, 2) if escalation != float("inf")
                    else None})
    out.sort(key=lambda r: (-r["intensity"], -r["events"], r["dyad"]))
    return out[:top]


# -- evidence ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EvidenceQuery:
    """Which events prove an alert: the dyad's first mentions ``start``..``end``, only
    lethal ones (``lethal``) or only one PLOVER ``category`` when those are set."""

    dyad: str
    start: date
    end: date
    lethal: bool = False
    category: str | None = None
    mode: str | None = None  # every report, those of this PLOVER mode first


_EVIDENCE_BATCH = 400
"""Evidence queries answered by one SQL statement."""

_EVIDENCE_ROW = "(CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS VARCHAR), " \
                "CAST(? AS DATE), CAST(? AS DATE), CAST(? AS BOOLEAN), CAST(? AS VARCHAR), " \
                "CAST(? AS VARCHAR))"

_EVIDENCE_SQL = f"""\
WITH q(k, a_code, r_code, d0, d1, lethal, category, mode) AS (VALUES {{rows}}),
m AS ({MENTIONS_SQL}),
hit AS (
  SELECT q.k, m.id, m.day, m.event, m.factuality, m.dead, m.plover_score, e.text,
         coalesce(e.cluster_sources, 1) AS sources, ar.url,
         row_number() OVER (PARTITION BY q.k
           ORDER BY CASE WHEN m.mode = q.mode THEN 0 ELSE 1 END,
                    coalesce(m.plover_score, 0), coalesce(m.dead, 0) DESC,
                    coalesce(e.cluster_sources, 1) DESC, m.day, m.id) AS rank
  FROM q JOIN m ON m.a_code = q.a_code AND m.r_code = q.r_code
                AND m.day BETWEEN q.d0 AND q.d1
  JOIN events e ON e.id = m.id LEFT JOIN articles ar ON ar.id = e.article_id
  WHERE (m.first_mention OR q.mode IS NOT NULL) AND m.factuality <> 'negated'
    AND (NOT q.lethal OR m.dead > 0)
    AND (q.category IS NULL OR upper(m.event) = q.category))
SELECT k, id, day, event, factuality, dead, plover_score, text, sources, url
FROM hit WHERE rank <= ? ORDER BY k, rank"""


def evidence_many(fetch: Fetch, queries: Sequence[EvidenceQuery], *,
                  limit: int = EVIDENCE_EVENTS) -> list[list[dict[str, Any]]]:
    """The evidence of each query (most conflictual events first, at most ``limit``), a
    few hundred queries per SQL statement: a scan's alerts cost one round trip, not one
    each."""
    out: list[list[dict[str, Any]]] = [[] for _ in queries]
    for lo in range(0, len(queries), _EVIDENCE_BATCH):
        chunk = queries[lo:lo + _EVIDENCE_BATCH]
        params: list[Any] = []
        for k, q in enumerate(chunk, lo):
            actor, recipient = q.dyad.split("-")
            params += [k, actor, recipient, q.start, q.end, q.lethal, q.category, q.mode]
        sql = _EVIDENCE_SQL.format(rows=", ".join([_EVIDENCE_ROW] * len(chunk)))
        for k, eid, day, event, fact, dead, score, text, sources, url in fetch(
                sql, [*params, limit]):
            out[k].append({"event_id": eid, "date": day.isoformat() if day else None,
                           "event": event, "factuality": fact, "dead": dead,
                           "plover_score": score, "text": text, "sources": int(sources),
                           "url": url or ""})
    return out


def evidence(fetch: Fetch, dyad: str, start: date, end: date, *,
             limit: int = EVIDENCE_EVENTS) -> list[dict[str, Any]]:
    """The dyad's events ``start``..``end`` that drove an alert, most conflictual first."""
    return evidence_many(fetch, [EvidenceQuery(dyad, start, end)], limit=limit)[0]


# -- scanning ----------------------------------------------------------------------------

_FIRSTS_SQL = f"""\
WITH m AS ({MENTIONS_SQL}),
h AS (SELECT * FROM m WHERE first_mention AND {HAPPENED_SQL}
      AND a_code <> '' AND r_code <> '' AND day IS NOT NULL),
firsts AS (SELECT a_code, r_code, upper(event) AS category, min(day) AS day
           FROM h WHERE quad_class IN (3, 4) GROUP BY 1, 2, 3),
lethal AS (SELECT a_code, r_code, min(day) AS day FROM h WHERE dead > 0 GROUP BY 1, 2),
attacks AS (SELECT * FROM m WHERE {HAPPENED_SQL} AND upper(event) = 'ASSAULT'
            AND a_code <> '' AND r_code <> '' AND day IS NOT NULL),
means AS (SELECT a_code, r_code, mode, min(day) AS day FROM attacks WHERE mode <> ''
          GROUP BY 1, 2, 3)
SELECT 'first_category' AS kind, f.a_code, f.r_code, f.category, f.day,
       (SELECT string_agg(DISTINCT upper(p.event), ',') FROM h p
        WHERE p.a_code = f.a_code AND p.r_code = f.r_code AND p.day < f.day) AS before,
       0 AS dead
FROM firsts f WHERE f.day BETWEEN ? AND ?
UNION ALL
SELECT 'first_lethal', l.a_code, l.r_code, '', l.day, '',
       (SELECT max(p.dead) FROM h p
        WHERE p.a_code = l.a_code AND p.r_code = l.r_code AND p.day = l.day)
FROM lethal l WHERE l.day BETWEEN ? AND ?
UNION ALL
SELECT 'first_means', w.a_code, w.r_code, w.mode, w.day,
       (SELECT string_agg(DISTINCT CASE WHEN p.mode = '' THEN 'unspecified' ELSE p.mode END, ',')
        FROM attacks p WHERE p.a_code = w.a_code AND p.r_code = w.r_code AND p.day < w.day),
       0
FROM means w WHERE w.day BETWEEN ? AND ?"""

_Pending = list[tuple["Alert", EvidenceQuery]]
"""Alerts whose evidence is still to be fetched, with the query that fetches it."""


def _firsts(fetch: Fetch, since: date, until: date,
            wanted: set[str] | None = None) -> _Pending:
    pending: _Pending = []
    means: dict[tuple[str, date], tuple[str, list[str]]] = {}
    for kind, actor, recipient, category, day, before, dead in fetch(
            _FIRSTS_SQL, [since, until, since, until, since, until]):
        dyad = f"{actor}-{recipient}"
        if actor == recipient or (wanted is not None and dyad not in wanted):
            continue
        if kind == "first_lethal":
            deaths = int(dead or 0)
            pending.append((Alert(dyad, kind, day, day, day,
                                  "high" if deaths >= 10 else "medium",
                                  detail=f"first lethal event in {dyad} ({deaths} dead)"),
                            EvidenceQuery(dyad, day, day, lethal=True)))
            continue
        if not before:  # the dyad's first event (or attack) of all: nothing to compare with
            continue
        if kind == "first_means":
            rank = MEANS_RANK.get(category, 1)
            earlier = sorted(before.split(","))
            best = means.get((dyad, day))
            if rank < 2 or rank <= max(MEANS_RANK.get(m, 1) for m in earlier) or (
                    best is not None and MEANS_RANK[best[0]] >= rank):
                continue  # one alert a day: the heaviest means
            means[(dyad, day)] = (category, earlier)
            continue
        earlier = sorted(before.split(","))
        rank = ESCALATION_RANK.get(category, 0)
        if rank <= max((ESCALATION_RANK.get(c, 0) for c in earlier), default=0):
            continue
        pending.append((Alert(dyad, kind, day, day, day, SEVERITY_OF_FIRST[rank],
                              detail=f"first {category} in {dyad} after only "
                                     f"{', '.join(earlier)}"),
                        EvidenceQuery(dyad, day, day, category=category)))
    for (dyad, day), (mode, earlier) in sorted(means.items()):
        pending.append((Alert(dyad, "first_means", day, day, day,
                              "high" if MEANS_RANK[mode] >= 3 else "medium",
                              detail=f"first {mode} attack in {dyad} after only "
                                     f"{', '.join(earlier)} attacks"),
                        EvidenceQuery(dyad, day, day, category="ASSAULT", mode=mode)))
    return pending


def _records(series: DyadSeries, since: date) -> _Pending:
    """``record_high`` alerts of one dyad's series raised on or after ``since``. Raw
    intensity is used: a record is a fact about the dyad, whatever else was in the news."""
    pending: _Pending = []
    best, history = 0.0, 0
    for day, value, dead in zip(series.days, series.intensity, series.fatalities,
                                strict=True):
        value = float(value)
        if value <= 0:
            continue
        if (day >= since and history >= RECORD_MIN_HISTORY and value >= RECORD_MIN_INTENSITY
                and value >= RECORD_FACTOR * best):
            pending.append((Alert(
                series.dyad, "record_high", day, day, day,
                "high" if value >= 2 * RECORD_FACTOR * best or dead > 0 else "medium",
                round(best, 3), round(value, 3), round(value / best, 2) if best else None,
                detail=f"most intense day on record in {series.dyad}: {value:.1f} against "
                       f"a previous high of {best:.1f}"),
                EvidenceQuery(series.dyad, day, day)))
        best, history = max(best, value), history + 1
    return pending


def scan(store: Any, *, since: date | None = None, until: date | None = None,
         dyads: Sequence[str] | None = None, params: DetectParams | None = None,
         progress: Callable[[int, int], None] | None = None) -> list[Alert]:
    """Alerts raised ``since``..``until`` (default: the store's whole range) for
    ``dyads`` (directed, ``"USA-IRN"``; default: every dyad with at least
    :data:`MIN_ACTIVE_EVENTS` conflict events in the period), ordered by day raised.

    The detectors read each dyad's whole history up to ``until``, so a baseline is learnt
    from before ``since``. Country-level dyads are loaded in one query and every alert's
    evidence in a few more, so a scan's cost grows with the store, not with its dyads.
    """
    fetch: Fetch = store._fetchall
    bounds = date_range(fetch)
    if bounds is None:
        return []
    first, last = since or bounds[0], until or bounds[1]
    wanted = set(dyads) if dyads is not None else None
    if dyads is None:
        active = top_dyads(store, since=first, until=last, top=10**9)
        dyads = [d["dyad"] for d in active if d["conflict"] >= MIN_ACTIVE_EVENTS]
    pending: _Pending = []
    plain = [d for d in dyads if re.fullmatch(r"[A-Z0-9]{3}-[A-Z0-9]{3}", d)]
    many = load_many(store, plain, since=bounds[0], until=last) if plain else {}
    for n, dyad in enumerate(dyads, 1):
        series = many.get(dyad) or load_series(store, dyad, since=bounds[0], until=last)
        for f in detect(series, since=first, params=params):
            pending.append((Alert(
                dyad, f.kind, f.start, f.end, f.raised_on, f.severity,
                round(f.baseline, 3), round(f.level, 3), round(f.change, 2),
                detail=f"conflict intensity {f.level:.1f} against a baseline of "
                       f"{f.baseline:.1f} ({f.change:+.1f} robust SD)"),
                EvidenceQuery(dyad, f.start, f.end)))
        pending += _records(series, first)
        if progress:
            progress(n, len(dyads))
    pending += _firsts(fetch, first, last, wanted)
    proofs = evidence_many(fetch, [query for _, query in pending])
    for (alert, _), proof in zip(pending, proofs, strict=True):
        alert.evidence.extend(proof)
    alerts = [alert for alert, _ in pending]
    alerts.sort(key=lambda a: (a.raised_on, a.dyad, a.kind, a.detail))
    return alerts


# -- storage -----------------------------------------------------------------------------

_ALERT_COLUMNS = ("id", "dyad", "kind", "window_start", "window_end", "raised_on",
                  "severity", "baseline", "level", "change", "detail", "evidence",
                  "created_at")
"""The columns an alert is stored with; ``sent_at`` and ``sent_to`` come on delivery."""


def save_alerts(store: Any, alerts: Sequence[Alert]) -> int:
    """Store ``alerts`` not stored yet (by id); return how many were new."""
    if not alerts:
        return 0
    now = now_utc()
    unique = {a.id: a for a in alerts}
    rows = [(a.id, a.dyad, a.kind, a.window_start, a.window_end, a.raised_on, a.severity,
             a.baseline, a.level, a.change, a.detail, json.dumps(a.evidence, default=str),
             now) for a in unique.values()]
    sql = ALERTS.insert_sql(_ALERT_COLUMNS, skip_taken=True)

    def write() -> int:
        known = {r[0] for r in store._fetchall(
            "SELECT id FROM alerts WHERE id IN (SELECT unnest(?::TEXT[]))", [list(unique)])}
        store._fetchall(sql, [list(c) for c in zip(*rows, strict=True)])
        return len(unique) - len(known)

    return store._in_transaction(write)


def stored_alerts(store: Any, *, since: date | None = None,
                  unsent: bool = False) -> list[Alert]:
    """Stored alerts raised on or after ``since`` (``unsent``: only those no webhook has
    accepted yet), ordered by day raised."""
    where, params = [], []
    if since is not None:
        where.append("raised_on >= ?")
        params.append(since)
    if unsent:
        where.append("sent_at IS NULL")
    sql = ("SELECT dyad, kind, window_start, window_end, raised_on, severity, baseline,"
           " level, change, detail, evidence, sent_at FROM alerts"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY raised_on, dyad, kind, detail")
    return [Alert(dyad, kind, ws, we, ro, sev, base, level, change, detail or "",
                  json.loads(ev) if ev else [], sent.isoformat() if sent else None)
            for dyad, kind, ws, we, ro, sev, base, level, change, detail, ev, sent
            in store._fetchall(sql, params)]


# -- webhook -----------------------------------------------------------------------------

@dataclass
class SendResult:
    """What :func:`send_alerts` did: alert ids sent, and ``(id, reason)`` of failures."""

    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def send_alerts(store: Any, url: str, *, since: date | None = None, retries: int = 4,
                backoff: float = 0.5, timeout: float = 10.0,
                client: httpx.Client | None = None,
                sleep: Callable[[float], None] = time.sleep) -> SendResult:
    """POST every stored alert not sent yet to ``url`` as JSON, one request per alert.

    A 2xx answer marks the alert sent (``alerts.sent_at``), so it is never sent again.
    Connection errors, timeouts, 429 and 5xx answers are retried up to ``retries`` times,
    waiting ``backoff`` × 2ⁿ seconds; another 4xx answer is a failure at once. Failures
    stay unsent and are tried again by the next call.
    """
    result = SendResult()
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    try:
        for alert in stored_alerts(store, since=since, unsent=True):
            reason = _post(http, url, alert, retries, backoff, sleep)
            if reason:
                result.failed.append((alert.id, reason))
                continue
            store._in_transaction(lambda a=alert: store._fetchall(
                "UPDATE alerts SET sent_at = ?, sent_to = ? WHERE id = ?",
                [now_utc(), url, a.id]))
            result.sent.append(alert.id)
    finally:
        if own:
            http.close()
    return result


def _post(http: httpx.Client, url: str, alert: Alert, retries: int, backoff: float,
          sleep: Callable[[float], None]) -> str:
    """Send one alert; return "" on success, else why it failed."""
    reason = ""
    for attempt in range(retries + 1):
        if attempt:
            sleep(backoff * 2 ** (attempt - 1))
        try:
            response = http.post(url, json=alert.to_dict())
        except httpx.HTTPError as exc:
            reason = f"{type(exc).__name__}: {exc}"
            continue
        if response.is_success:
            return ""
        reason = f"HTTP {response.status_code}"
        if response.status_code != 429 and response.status_code < 500:
            return reason
    return f"{reason} after {retries + 1} attempts"
