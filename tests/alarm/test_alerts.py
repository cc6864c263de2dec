"""Alerts from a store: firsts and lethal events with evidence, storage, webhook, CLI."""

from __future__ import annotations

import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from typer.testing import CliRunner

from tocsin.alarm.alerts import save_alerts, scan, send_alerts, stored_alerts, top_dyads
from tocsin.cli import app
from tocsin.model import ActorRef, Article, Event, Sentence
from tocsin.store import open_store

runner = CliRunner()

STORY = [  # day, category, actor, recipient, sentence, dead
    (2, "ACCUSE", "USA", "IRN", "Washington accused Tehran of arming militias.", None),
    (4, "THREATEN", "USA", "IRN", "The president warned Iran of a heavy price.", None),
    (6, "REJECT", "IRN", "USA", "Tehran rejected the warning.", None),
    (9, "ASSAULT", "USA", "IRN", "A US drone strike killed an Iranian general in Baghdad.", 5),
    (9, "ASSAULT", "FRA", "FRA", "Police clashed with strikers in Paris.", None),
]


def _fill(store) -> dict[str, str]:
    items, ids = [], {}
    for n, (day, kind, actor, recipient, text, dead) in enumerate(STORY):
        art = Article(id=f"s{n}", text=text, source=f"outlet{n % 2}",
                      url=f"https://news.example/{n}", date=date(2020, 1, day))
        ev = Event(event=kind, cameo="", text=text, date=date(2020, 1, day), dead=dead,
                   factuality="hypothetical" if kind == "THREATEN" else "asserted",
                   actor=[ActorRef("a", actor, "")], recipient=[ActorRef("r", recipient, "")],
                   article=art, mode="aerial" if kind == "ASSAULT" else "")
        ids[text] = ev.id
        items.append((art, [Sentence(0, text)], [ev]))
    store.ingest_batch(items, [])
    store.link()
    return ids


def test_evidence_queries_are_answered_in_batches_with_their_filters(store, monkeypatch):
    from tocsin.alarm import alerts as module
    from tocsin.alarm.alerts import EvidenceQuery, evidence_many

    ids = _fill(store)
    strike = ids["A US drone strike killed an Iranian general in Baghdad."]
    accusation = ids["Washington accused Tehran of arming militias."]
    threat = ids["The president warned Iran of a heavy price."]
    january = (date(2020, 1, 1), date(2020, 1, 31))
    queries = [
        EvidenceQuery("USA-IRN", *january),
        EvidenceQuery("USA-IRN", *january, lethal=True),
        EvidenceQuery("USA-IRN", *january, category="ACCUSE"),
        EvidenceQuery("IRN-USA", date(2020, 1, 1), date(2020, 1, 5)),  # rejection on day 6
        EvidenceQuery("USA-IRN", *january),
    ]
    calls = []
    fetch = store._fetchall
    monkeypatch.setattr(module, "_EVIDENCE_BATCH", 2)
    got = evidence_many(lambda sql, params=(): calls.append(sql) or fetch(sql, params),
                        queries, limit=2)
    assert len(calls) == 3  # five queries, two per statement
    assert [e["event_id"] for e in got[0]] == [strike, threat]  # most conflictual first
    assert [e["event_id"] for e in got[1]] == [strike]
    assert [e["event_id"] for e in got[2]] == [accusation]
    assert got[3] == [] and got[4] == got[0]


def test_scan_finds_first_assault_and_first_lethal_with_evidence(store):
    ids = _fill(store)
    alerts = scan(store)
    got = {(a.dyad, a.kind): a for a in alerts}
    strike = "A US drone strike killed an Iranian general in Baghdad."
    first = got[("USA-IRN", "first_category")]
    assert first.raised_on == date(2020, 1, 9) and first.severity == "high"
    assert "first ASSAULT in USA-IRN after only ACCUSE, THREATEN" not in first.detail
    assert first.detail == "first ASSAULT in USA-IRN after only ACCUSE"  # threats never happen
    assert [e["event_id"] for e in first.evidence] == [ids[strike]]
    assert first.evidence[0]["url"] == "https://news.example/3"
    lethal = got[("USA-IRN", "first_lethal")]
    assert lethal.evidence[0]["text"] == strike and "5 dead" in lethal.detail
    assert not any(a.dyad == "FRA-FRA" for a in alerts)  # firsts are between countries
    assert not any(a.dyad == "IRN-USA" for a in alerts)  # a rejection is no escalation
    assert scan(store, since=date(2020, 1, 10)) == []


def test_alerts_are_stored_once(store):
    _fill(store)
    alerts = scan(store)
    assert save_alerts(store, alerts) == len(alerts) > 0
    assert save_alerts(store, scan(store)) == 0
    stored = stored_alerts(store)
    assert [a.id for a in stored] == [a.id for a in alerts]
    assert stored[0].evidence == alerts[0].evidence


def test_top_dyads_ranks_by_intensity(store):
    _fill(store)
    rows = top_dyads(store)
    assert rows[0]["dyad"] == "USA-IRN" and rows[0]["dead"] == 5
    assert rows[0]["escalation"] is None or rows[0]["escalation"] > 1


class _Hook(BaseHTTPRequestHandler):
    answers: list[int] = []
    received: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        code = self.answers.pop(0) if self.answers else 200
        if code == 200:
            self.received.append(json.loads(body))
        self.send_response(code)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def hook():
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    _Hook.answers, _Hook.received = [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/alerts", _Hook
    server.shutdown()


def test_webhook_retries_then_sends_each_alert_once(store, hook):
    url, handler = hook
    _fill(store)
    n = save_alerts(store, scan(store))
    handler.answers = [503, 503]  # the first alert gets through on the third try
    waits: list[float] = []
    result = send_alerts(store, url, backoff=0.1, sleep=waits.append)
    assert len(result.sent) == n and result.failed == []
    assert waits == [0.1, 0.2]
    assert sorted(a["id"] for a in handler.received) == sorted(result.sent)
    assert all(a.sent_at for a in stored_alerts(store))
    assert send_alerts(store, url, sleep=waits.append).sent == []  # never twice


def test_webhook_client_error_is_not_retried_and_stays_unsent(store, hook):
    url, handler = hook
    _fill(store)
    save_alerts(store, scan(store))
    handler.answers = [400] * 10
    result = send_alerts(store, url, retries=3, sleep=lambda s: None)
    assert result.sent == [] and all(reason == "HTTP 400" for _, reason in result.failed)
    assert handler.answers == [400] * (10 - len(result.failed))  # one request per alert
    assert len(stored_alerts(store, unsent=True)) == len(result.failed)


def test_webhook_unreachable_fails_after_retries(store):
    _fill(store)
    save_alerts(store, scan(store))
    result = send_alerts(store, "http://127.0.0.1:9/", retries=2, sleep=lambda s: None)
    assert result.failed and all("after 3 attempts" in r for _, r in result.failed)


@pytest.fixture
def filled_db(tmp_path):
    path = tmp_path / "alarm.duckdb"
    with open_store(path) as store:
        _fill(store)
    return str(path)


def test_cli_alerts_dyads_and_timeline(filled_db, tmp_path, hook):
    url, handler = hook
    result = runner.invoke(app, ["alerts", "--db", filled_db, "--json", "--webhook", url])
    assert result.exit_code == 0, result.output
    alerts = json.loads(result.stdout)
    assert {a["kind"] for a in alerts} == {"first_category", "first_lethal"}
    assert len(handler.received) == len(alerts)
    again = runner.invoke(app, ["alerts", "--db", filled_db, "--webhook", url])
    assert again.exit_code == 0 and len(handler.received) == len(alerts)
    dyads = json.loads(runner.invoke(app, ["dyads", "--db", filled_db, "--json"]).stdout)
    assert dyads["active"][0]["dyad"] == "USA-IRN"
    png = tmp_path / "usa-irn.png"
    result = runner.invoke(app, ["timeline", "USA~IRN", "--db", filled_db, "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = runner.invoke(app, ["timeline", "USA-IRN", "--db", filled_db])
    assert text.exit_code == 0 and "first ASSAULT" in text.stdout
    assert runner.invoke(app, ["timeline", "USA", "--db", filled_db]).exit_code == 2
    assert runner.invoke(app, ["timeline", "USA-IRN", "--db", filled_db, "--png", "a.png",
                               "--svg", "a.svg"]).exit_code == 2


def test_cli_timeline_filters_and_json(filled_db):
    def series(*args: str) -> dict:
        result = runner.invoke(app, ["timeline", "USA-IRN", "--db", filled_db, "--json", *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    assert runner.invoke(app, ["alerts", "--db", filled_db]).exit_code == 0  # stores them
    whole = series()
    assert whole["days"][0] <= "2020-01-02" and whole["days"][-1] == "2020-01-09"
    # Accusation and strike happened; the threat is hypothetical, so no event.
    assert sorted(whole["categories"]) == ["ACCUSE", "ASSAULT"]
    assert sum(whole["categories"]["ASSAULT"]) == 1 and sum(whole["fatalities"]) == 5
    assert sum(whole["threats"]) == 1 and {a["kind"] for a in whole["alerts"]} >= {
        "first_lethal"}
    assaults = series("--category", "assault")
    assert list(assaults["categories"]) == ["ASSAULT"] and sum(assaults["threats"]) == 0
    assert list(series("--quad", "3")["quad_classes"]) == ["3"]
    assert sum(series("--place", "FRA")["events"]) == 0
    weeks = series("--weekly")
    assert weeks["step_days"] == 7 and sum(weeks["categories"]["ACCUSE"]) == 1
    text = runner.invoke(app, ["timeline", "USA-IRN", "--db", filled_db])
    assert "ASSAULT 1" in text.stdout and "Goldstein" in text.stdout
    for bad in (["--category", "WAR"], ["--quad", "5"], ["--place", "Iraq"]):
        result = runner.invoke(app, ["timeline", "USA-IRN", "--db", filled_db, *bad])
        assert result.exit_code == 2 and bad[0] in result.output, bad


def test_record_high_needs_history_and_half_again_the_previous_high():
    from datetime import timedelta

    import numpy as np

    from tocsin.alarm.alerts import _records
    from tocsin.alarm.series import DyadSeries

    values = [0, 9.5, 0, 0, 10, 0, 12, 0, 19, 20, 0, 40]  # records: day 8 (19), day 11 (40)
    days = tuple(date(2020, 1, 1) + timedelta(days=i) for i in range(len(values)))
    x = np.array(values, dtype=float)
    zeros = np.zeros(len(values))
    series = DyadSeries("IRN-USA", days, x > 0, x > 0, zeros, x, zeros, zeros, zeros + 5)
    found = [alert for alert, _ in _records(series, days[0])]
    assert [(a.raised_on.day, a.level, a.baseline) for a in found] == [(9, 19.0, 12.0),
                                                                         (12, 40.0, 20.0)]
    assert [a.severity for a in found] == ["medium", "medium"]
    assert [alert for alert, _ in _records(series, days[10])] == [found[1]]


def test_scan_alerts_on_the_first_attack_by_heavier_means(store):
    days = [(3, "firearms", "Militiamen fired rifles at a US patrol near Kirkuk."),
            (5, "aerial", "Iranian jets bombed a US outpost in Syria."),
            (6, "heavy-weapons", "Iranian missiles hit a US base in Iraq."),  # no heavier
            (7, "firearms", "Gunmen fired at a US convoy.")]
    items = []
    for n, (day, mode, text) in enumerate(days):
        art = Article(id=f"m{n}", text=text, source="wire", url=f"https://x.example/{n}",
                      date=date(2020, 2, day))
        ev = Event(event="ASSAULT", cameo="190", text=text, date=date(2020, 2, day),
                   factuality="asserted", mode=mode, actor=[ActorRef("a", "IRN", "")],
                   recipient=[ActorRef("r", "USA", "")], article=art)
        items.append((art, [Sentence(0, text)], [ev]))
    store.ingest_batch(items, [])
    store.link()
    means = [a for a in scan(store) if a.kind == "first_means"]
    assert [(a.dyad, a.raised_on.day, a.severity) for a in means] == [("IRN-USA", 5, "high")]
    assert means[0].detail == "first aerial attack in IRN-USA after only firearms attacks"
    assert means[0].evidence[0]["text"] == "Iranian jets bombed a US outpost in Syria."
