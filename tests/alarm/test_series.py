"""Dyad series computed in SQL from a store, on DuckDB and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from tocsin.alarm.series import DyadFilter, load_many, load_series, parse_dyad_name, weekly
from tocsin.model import ActorRef, Article, Event, Sentence

CAMEO = {"ASSAULT": "195", "THREATEN": "138", "CONSULT": "040", "AID": "073"}


def _event(article: Article, day: int, kind: str, actor: str, recipient: str, *,
           text: str, factuality: str = "asserted", dead: int | None = None,
           mode: str = "", sector: str = "") -> Event:
    return Event(event=kind, cameo=CAMEO[kind], text=text, mode=mode, factuality=factuality,
                 date=date(2020, 1, day), dead=dead, article=article,
                 actor=[ActorRef("a", actor, sector)], recipient=[ActorRef("r", recipient, "")])


def _store_events(store) -> None:
    """Jan 2020: USA→IRN events, one strike reported by two outlets, a hypothetical and a
    negated strike, an IRN→USA threat, and other dyads' news that make up the volume."""
    items = []
    rows = [
        # (article, outlet, day, category, actor, recipient, text, factuality, dead, mode)
        ("a1", "wire", 3, "ASSAULT", "USA", "IRN", "A drone strike killed a general.",
         "asserted", 10, "aerial"),
        ("a2", "daily", 3, "ASSAULT", "USA", "IRN", "A drone strike killed the general.",
         "asserted", 12, "aerial"),
        ("a3", "post", 4, "ASSAULT", "USA", "IRN", "Jets may strike cultural sites.",
         "hypothetical", None, "aerial"),
        ("a4", "post", 5, "ASSAULT", "USA", "IRN", "Washington denied striking a tanker.",
         "negated", None, "aerial"),
        ("a5", "wire", 5, "THREATEN", "IRN", "USA", "Tehran vowed harsh revenge.",
         "hypothetical", None, ""),
        ("a6", "wire", 6, "CONSULT", "FRA", "DEU", "Paris and Berlin held talks.",
         "asserted", None, ""),
        ("a7", "wire", 6, "AID", "JPN", "PHL", "Japan sent typhoon relief.", "asserted",
         None, ""),
    ]
    for aid, outlet, day, kind, actor, recipient, text, fact, dead, mode in rows:
        art = Article(id=aid, text=text, source=outlet, url=f"https://{outlet}.example/{aid}",
                      date=date(2020, 1, day))
        ev = _event(art, day, kind, actor, recipient, text=text, factuality=fact, dead=dead,
                    mode=mode, sector="MIL" if actor == "USA" else "")
        items.append((art, [Sentence(0, text)], [ev]))
    store.ingest_batch(items, [])
    store.link()


def test_series_counts_each_event_once_and_by_factuality(store):
    _store_events(store)
    s = load_series(store, "USA-IRN", since=date(2020, 1, 1), until=date(2020, 1, 7))
    assert len(s.days) == 7 and s.days[2] == date(2020, 1, 3)
    assert s.events.tolist() == [0, 0, 1, 0, 0, 0, 0]  # two reports, one strike
    assert s.conflict.tolist() == [0, 0, 1, 0, 0, 0, 0]
    assert s.threats.tolist() == [0, 0, 0, 1, 0, 0, 0]  # the hypothetical strike
    assert s.fatalities[2] == 12  # the largest toll any report gives
    assert s.sources[2] == 2
    assert s.intensity[2] == pytest.approx(9.5)  # -(PLOVER score of aerial ASSAULT)
    assert s.volume.tolist() == [0, 0, 1, 1, 2, 2, 0]
    reverse = load_series(store, "IRN-USA", since=date(2020, 1, 1), until=date(2020, 1, 7))
    assert reverse.threats.tolist() == [0, 0, 0, 0, 1, 0, 0] and reverse.conflict.sum() == 0
    either = load_series(store, "usa~irn", since=date(2020, 1, 1), until=date(2020, 1, 7))
    assert either.threats.sum() == 2 and either.conflict.sum() == 1


def test_series_sector_and_filters(store):
    _store_events(store)
    assert load_series(store, "USAMIL-IRN").conflict.sum() == 1
    assert load_series(store, "USAGOV-IRN").events.sum() == 0
    only_talks = DyadFilter(categories=("consult",))
    assert load_series(store, "FRA~DEU", where=only_talks).events.sum() == 1
    assert load_series(store, "USA-IRN", where=DyadFilter(quad_classes=(1, 2))).events.sum() == 0
    assert load_series(store, "USA-IRN", where=DyadFilter(place="IRQ")).events.sum() == 0


def test_series_default_range_and_weekly(store):
    _store_events(store)
    s = load_series(store, "USA-IRN")
    assert (s.days[0], s.days[-1]) == (date(2020, 1, 3), date(2020, 1, 6))
    w = weekly(load_series(store, "USA~IRN", since=date(2019, 12, 30),
                           until=date(2020, 1, 12)))
    assert w.days == (date(2019, 12, 30), date(2020, 1, 6)) and w.step_days == 7
    assert w.conflict.tolist() == [1, 0] and w.threats.tolist() == [2, 0]
    # Volume 4 then 2 deduplicated events: the busier week is scaled by median 3 / 4.
    assert w.volume.tolist() == [4, 2]
    assert np.isclose(w.normalised_intensity()[0], 9.5 * 3 / 4)


def test_series_empty_store_and_bad_dyads(store):
    assert load_series(store, "USA-IRN").days == ()
    for bad in ("USA", "USA-IRN-IRQ", "US-IR", ""):
        with pytest.raises(ValueError, match="dyad"):
            parse_dyad_name(bad)
    assert parse_dyad_name("usamil~irn") == (("USA", "MIL"), ("IRN", ""), True)


def test_load_many_equals_one_query_per_dyad(store):
    _store_events(store)
    first, last = date(2020, 1, 1), date(2020, 1, 7)
    many = load_many(store, ["USA-IRN", "IRN-USA", "FRA-DEU", "CHN-IND"], since=first,
                     until=last)
    for dyad, series in many.items():
        alone = load_series(store, dyad, since=first, until=last)
        for name in ("events", "conflict", "threats", "intensity", "fatalities", "sources",
                     "volume"):
            assert getattr(series, name).tolist() == getattr(alone, name).tolist(), name
    assert many["CHN-IND"].events.sum() == 0 and len(many["CHN-IND"].days) == 7


def test_series_scores_and_counts_by_category_and_quad_class(store):
    _store_events(store)
    s = load_series(store, "USA~IRN", since=date(2020, 1, 1), until=date(2020, 1, 7))
    # Only the strike happened: one event, however many reports; the hypothetical strike
    # and the threat are not counted as events, the denied strike nowhere.
    assert list(s.categories) == ["ASSAULT"] and s.categories["ASSAULT"].tolist() == [
        0, 0, 1, 0, 0, 0, 0]
    assert list(s.quad_classes) == [4] and s.quad_classes[4].sum() == 1
    assert s.plover.tolist() == [0, 0, -9.5, 0, 0, 0, 0]
    assert s.goldstein.tolist() == [0, 0, -10, 0, 0, 0, 0]  # CAMEO 195, aerial weapons
    talks = load_series(store, "FRA-DEU")
    assert list(talks.categories) == ["CONSULT"] and list(talks.quad_classes) == [1]
    assert talks.plover.sum() > 0 and talks.goldstein.sum() == 1  # CAMEO 040
    w = weekly(s)  # Wednesday 1 to Tuesday 7 January: two weeks
    assert w.categories["ASSAULT"].tolist() == [1, 0] and w.plover.tolist() == [-9.5, 0]
    assert w.goldstein.tolist() == [-10, 0] and w.quad_classes[4].tolist() == [1, 0]


def test_series_rejects_arrays_of_the_wrong_length(store):
    _store_events(store)
    s = load_series(store, "USA-IRN", since=date(2020, 1, 1), until=date(2020, 1, 7))
    with pytest.raises(ValueError, match=r"categories\['ASSAULT'\] has 3 values for 7 days"):
        replace(s, categories={"ASSAULT": np.zeros(3)})
