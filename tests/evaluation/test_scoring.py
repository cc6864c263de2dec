"""Tests for tocsin.evaluation.scoring: the arithmetic of every reported figure.

The coder is a fake that returns preset events per sentence: these tests check the
scoring, not the coding.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table

from tocsin.evaluation.gold import GoldRecord, parse_gold_record
from tocsin.evaluation.scoring import (
    EvalReport,
    distance_km,
    evaluate,
    format_report,
    location_matches,
    macro_f1,
    pick_prediction,
    write_errors,
)
from tocsin.model import ActorRef, Event, Location

KEYS = {
    "n", "event_accuracy", "event_macro_f1", "source_accuracy", "target_accuracy",
    "none_false_positive_rate", "per_category", "mode_accuracy", "dead_accuracy",
    "location_accuracy", "location_country_accuracy", "factuality_accuracy",
}  # fmt: skip


def ev(
    event: str,
    conf: float = 0.5,
    *,
    actor: Iterable[str] = (),
    recipient: Iterable[str] = (),
    cameo: str = "",
    **kw: object,
) -> Event:
    """An event whose actors are given as codes such as "USAGOV" (country + sector)."""
    return Event(
        event=event,
        cameo=cameo,
        text="",
        actor=[ActorRef(text=c, code=c[:3], sector=c[3:]) for c in actor],
        recipient=[ActorRef(text=c, code=c[:3], sector=c[3:]) for c in recipient],
        confidence=conf,
        **kw,  # type: ignore[arg-type]
    )


def fake_coder(table: dict[str, list[Event]]):
    def code(text: str, when: date | None) -> list[Event]:
        return list(table.get(text, []))

    return code


GOLD = [
    {"text": "A", "event": "DEMAND", "source": [{"actorText": "US", "code": "usa"}],
     "target": [{"actorText": "Iran", "code": "IRNGOV", "sector": ""}],
     "factuality": "hypothetical-consequence-threatened"},
    {"text": "B", "event": "FIGHT", "source": [{"actorText": "army", "code": "SYR",
     "sector": "MIL"}], "target": "", "dead": "2", "eventLoc": {"name": "Aleppo"},
     "mode": "heavy-weapons"},
    {"id": "n1", "text": "C", "event": "NONE"},
    {"id": "n2", "text": "D", "event": "NONE"},
    {"text": "E", "event": "DISAPPROVE", "source": [{"actorText": "x", "code": "ISR"}],
     "target": [{"actorText": "y", "code": "PSE"}], "factuality": "negated"},
    {"text": "F", "event": "AGREE", "target": [{"actorText": "x", "code": ""}], "dead": 0},
    {"id": "g6", "text": "G", "event": "ASSAULT", "source": [{"code": "AFG"}],
     "eventLoc": {"name": "Kabul"}, "dead": 3, "factuality": "asserted"},
]  # fmt: skip

PREDICTIONS = {
    # tie at 0.8: the first event is the prediction
    "A": [ev("REQUEST", 0.8, actor=["USAGOV"], recipient=["IRN"], factuality="hypothetical"),
          ev("ASSAULT", 0.8, actor=["IRN"])],
    "B": [ev("ASSAULT", 0.1), ev("ASSAULT", 0.7, actor=["SYRREB"], mode="explosives", dead=2,
          location=Location("the  ALEPPO"))],
    "D": [ev("PROTEST", 0.3, cameo="14")],
    "E": [ev("REJECT", 0.9, actor=["ISR"], recipient=["PSE", "EGY"], factuality="asserted")],
    "G": [ev("ASSAULT", 0.6, location=Location("Kandahar"), dead=3, factuality="reported",
             cameo="190")],
}  # fmt: skip


@pytest.fixture()
def gold() -> list[GoldRecord]:
    return [parse_gold_record(raw, i) for i, raw in enumerate(GOLD)]


@pytest.fixture()
def report(gold: list[GoldRecord]) -> EvalReport:
    return evaluate(gold, fake_coder(PREDICTIONS))


def test_scoring_to_dict_has_exactly_the_documented_keys(report: EvalReport) -> None:
    assert set(report.to_dict()) == KEYS
    json.dumps(report.to_dict())  # JSON-ready


def test_scoring_headline_figures(report: EvalReport) -> None:
    d = report.to_dict()
    assert d["n"] == 7
    assert d["event_accuracy"] == 0.5714  # A, B, C, G of 7
    assert d["event_macro_f1"] == 0.5  # REQUEST 1, ASSAULT 1, NONE .5, ACCUSE 0, AGREE 0
    assert d["source_accuracy"] == 0.75  # A, B, E right; G wrong; F has no prediction
    assert d["target_accuracy"] == 0.5  # A right; E wrong ({EGY, PSE})
    assert d["none_false_positive_rate"] == 0.5  # D of C, D


def test_scoring_field_figures_need_a_correct_category(report: EvalReport) -> None:
    d = report.to_dict()
    assert d["mode_accuracy"] == 0.0  # B: explosives vs heavy-weapons
    assert d["dead_accuracy"] == 1.0  # B, G; F's 0 is not scored (wrong category)
    assert d["location_accuracy"] == 0.5  # B ("the ALEPPO") right, G wrong
    assert d["factuality_accuracy"] == 0.5  # A (prefix) right, G wrong; E not scored


def test_scoring_per_category(report: EvalReport) -> None:
    assert report.to_dict()["per_category"] == {
        "ACCUSE": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1},
        "AGREE": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1},
        "ASSAULT": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 2},
        "NONE": {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2},
        "PROTEST": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0},
        "REJECT": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0},
        "REQUEST": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1},
    }


def test_scoring_per_category_rounds_uneven_ratios() -> None:
    gold = [parse_gold_record({"text": t, "event": "AGREE"}, i) for i, t in enumerate("abc")]
    gold.append(parse_gold_record({"text": "d", "event": "REJECT"}, 3))
    preds = {"a": [ev("AGREE")], "b": [ev("AGREE")], "d": [ev("AGREE")]}
    d = evaluate(gold, fake_coder(preds)).to_dict()
    agree = d["per_category"]["AGREE"]
    assert (agree["precision"], agree["recall"], agree["f1"]) == (0.6667, 0.6667, 0.6667)
    assert d["event_macro_f1"] == 0.3333  # (2/3 + 0) / 2
    assert d["none_false_positive_rate"] is None


def test_scoring_macro_f1_does_not_depend_on_category_order() -> None:
    # Rounded F1s whose float sum rounds to 0.4916 or 0.4917 depending on the order of the
    # additions; the order of a set of category names changes with Python's hash seed.
    f1s = {"AGREE": 0.6915, "ASSAULT": 0.0475, "COERCE": 0.8644, "REJECT": 0.3632}
    table = {cat: {"f1": f1} for cat, f1 in f1s.items()}
    results = {macro_f1(table, order) for order in itertools.permutations(f1s)}
    assert results == {0.4916}  # the exact sum 1.9666 / 4, whose float lies just under 0.49165


def test_scoring_errors_list_every_miss(report: EvalReport) -> None:
    wrong = {e["index"]: e["wrong"] for e in report.errors}
    assert wrong == {
        1: ["mode"],
        3: ["event"],
        4: ["event", "target"],
        5: ["event"],
        6: ["source", "location", "factuality"],
    }
    miss = next(e for e in report.errors if e["index"] == 3)
    assert miss["id"] == "n2" and miss["text"] == "D"
    assert miss["gold"] == {
        "event": "NONE", "source": [], "target": [], "mode": "", "dead": None,
        "location": "", "factuality": "",
    }  # fmt: skip
    assert miss["predicted"] == {
        "event": "PROTEST", "source": [], "target": [], "mode": "", "dead": None,
        "location": "", "factuality": "asserted", "confidence": 0.3, "cameo": "14",
    }  # fmt: skip
    no_pred = next(e for e in report.errors if e["index"] == 5)
    assert no_pred["predicted"]["event"] == "NONE"
    assert no_pred["predicted"]["confidence"] is None
    target_miss = next(e for e in report.errors if e["index"] == 4)
    assert target_miss["gold"]["target"] == ["PSE"]
    assert target_miss["predicted"]["target"] == ["EGY", "PSE"]


def test_scoring_pick_prediction_takes_highest_confidence_first_on_ties() -> None:
    a, b, c = ev("AGREE", 0.4), ev("REJECT", 0.9), ev("ASSAULT", 0.9)
    assert pick_prediction([a, b, c]) is b
    assert pick_prediction([]) is None


def test_scoring_passes_text_and_date_and_reports_progress() -> None:
    gold = [
        parse_gold_record({"text": "x", "event": "AGREE", "date": "2001-02-03"}, 0),
        parse_gold_record({"text": "y", "event": "NONE"}, 1),
    ]
    calls: list[tuple[str, date | None]] = []
    done: list[int] = []

    def code(text: str, when: date | None) -> list[Event]:
        calls.append((text, when))
        return []

    evaluate(gold, code, progress=done.append)
    assert calls == [("x", date(2001, 2, 3)), ("y", None)]
    assert done == [1, 2]


def test_scoring_empty_records_give_nulls() -> None:
    d = evaluate([], fake_coder({})).to_dict()
    assert d["n"] == 0 and d["per_category"] == {}
    assert all(d[k] is None for k in KEYS - {"n", "per_category"})


def test_scoring_write_errors_round_trips(report: EvalReport, tmp_path: Path) -> None:
    path = tmp_path / "out" / "errors.json"
    write_errors(report, path)
    assert json.loads(path.read_text(encoding="utf-8")) == report.errors


def test_scoring_format_report_is_a_table(report: EvalReport) -> None:
    table = format_report(report)
    assert isinstance(table, Table)
    assert table.row_count == 10 + len(report.per_category)
    console = Console(record=True, width=120)
    console.print(table)
    text = console.export_text()
    assert "event accuracy" in text and "0.5714" in text and "REQUEST" in text


def _located(loc: dict) -> GoldRecord:
    return parse_gold_record({"text": "t", "event": "ASSAULT", "eventLoc": loc}, 0)


@pytest.mark.parametrize(("gold", "pred", "ok"), [
    ({"name": "Kyiv"}, Location("kyiv"), True),  # by name, as before
    ({"name": "town of Rafah"}, Location("Rafah"), True),  # generic words around a name
    ({"name": "the Jaffna peninsula"}, Location("Jaffna"), True),
    ({"name": "Rafah"}, Location("Rafah camp"), True),
    ({"name": "the town of"}, Location("town"), False),
    ({"name": "Gaza City"}, Location("Gaza"), True),
    ({"name": "Rafah"}, Location("Khan Younis"), False),
    ({"name": "Kyiv", "lat": 50.45, "lon": 30.52}, Location("Kiev", lat=50.4547,
                                                             lon=30.5238), True),
    ({"name": "Kyiv", "lat": 50.45, "lon": 30.52}, Location("Brovary", lat=50.51,
                                                             lon=30.79), True),  # 20 km
    ({"name": "Kyiv", "lat": 50.45, "lon": 30.52}, Location("Fastiv", lat=50.08,
                                                             lon=29.92), False),  # 60 km
    ({"name": "Kyiv", "lat": 50.45, "lon": 30.52}, Location("Kyivska", country="UKR"), False),
    ({"name": "Saada province", "country": "YEM", "admin1": "Saada"},
     Location("Saada", "YEM", precision="admin1"), True),
    ({"name": "Saada province", "country": "YEM", "admin1": "15"},
     Location("Dahyan", "YEM", admin1="15", precision="city"), True),
    ({"name": "Saada province", "country": "YEM", "admin1": "15"},
     Location("Sanaa", "YEM", admin1="26", precision="city"), False),
    ({"name": "the north", "country": "MLI"}, Location("Gao", "MLI"), True),
    ({"name": "the north", "country": "MLI"}, Location("Niamey", "NER"), False),
])
def test_scoring_location_by_name_distance_or_region(gold, pred, ok):
    assert location_matches(_located(gold), Event(event="ASSAULT", cameo="190", text="t",
                                                        location=pred)) is ok


def test_scoring_distance_km():
    assert distance_km(48.8534, 2.3488, 51.5085, -0.1257) == pytest.approx(343.5, abs=1)


def test_scoring_location_country_counts_missing_places_as_wrong() -> None:
    raws = [
        {"text": "P", "event": "ASSAULT", "eventLoc": {"name": "Erbil", "country": "IRQ"}},
        {"text": "Q", "event": "ASSAULT", "eventLoc": {"name": "Tripoli", "country": "LBN"}},
        {"text": "R", "event": "ASSAULT", "eventLoc": {"name": "Goma", "country": "COD"}},
        {"text": "S", "event": "ASSAULT", "eventLoc": {"name": "Gao"}},  # no country: unscored
    ]
    preds = {
        "P": [ev("ASSAULT", location=Location("Erbil", "IRQ"))],
        "Q": [ev("ASSAULT", location=Location("Tripoli", "LBY"))],
        "R": [ev("ASSAULT")],
        "S": [ev("ASSAULT", location=Location("Gao", "MLI"))],
    }
    records = [parse_gold_record(raw, i) for i, raw in enumerate(raws)]
    d = evaluate(records, fake_coder(preds)).to_dict()
    assert d["location_country_accuracy"] == 0.3333


def test_scoring_kosovo_codes_are_one_country() -> None:
    """Kosovo has no ISO 3166 code: gold sets write XKX (GeoNames, EU), KOS or CAMEO's
    KSV; each names the same country, as actor and as place."""
    raws = [
        {"text": "K1", "event": "ACCUSE", "source": [{"actorText": "Pristina", "code": "KOS"}],
         "target": [{"actorText": "Belgrade", "code": "SRB"}]},
        {"text": "K2", "event": "PROTEST", "source": [{"actorText": "x", "code": "KSVCVL"}],
         "eventLoc": {"name": "Mitrovica", "country": "KOS"}},
        {"text": "K3", "event": "ACCUSE", "source": [{"actorText": "Serbia", "code": "SRB"}],
         "target": [{"actorText": "Kosovo", "code": "XKX"}]},
    ]  # fmt: skip
    preds = {
        "K1": [ev("ACCUSE", actor=["XKXGOV"], recipient=["SRB"])],
        "K2": [ev("PROTEST", actor=["XKX"], location=Location("Mitrovica", "XKX"))],
        "K3": [ev("ACCUSE", actor=["SRB"], recipient=["ALB"])],
    }
    records = [parse_gold_record(raw, i) for i, raw in enumerate(raws)]
    d = evaluate(records, fake_coder(preds)).to_dict()
    assert d["source_accuracy"] == 1.0
    assert d["target_accuracy"] == 0.5  # K3's Albania is still wrong
    assert d["location_country_accuracy"] == 1.0
