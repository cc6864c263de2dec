"""Tests of :mod:`tocsin.ontology.scores` against the PLOVER manual's score table."""

from __future__ import annotations

import pytest

from tocsin.ontology.plover import CATEGORIES
from tocsin.ontology.scores import goldstein, plover_score, plover_score_table


@pytest.mark.parametrize(("event", "mode", "score"), [
    ("ASSAULT", "", -9.0),
    ("ASSAULT", "aerial", -9.5),
    ("ASSAULT", "Suicide-attack", -9.5),
    ("ASSAULT", "unconventional", -10.0),
    ("COERCE", "martial-law", -7.5),
    ("CONSULT", "third-party", 1.0),
    ("RETREAT", "disarm", 10.0),
    ("REQUEST", "change", -1.0),
    ("PROTEST", "riot", -7.0),
    ("AID", "", 10.0),
    ("ACCUSE", "", 3.0),  # as printed in the manual
    ("ACCUSE", "allege", -3.5),
    ("fight", "", -9.0),  # old gold-standard name
    ("PROTEST", "vandalize", -5.0),  # a mode without a score takes the category's
])
def test_scores_plover_match_manual(event, mode, score):
    assert plover_score(event, mode) == score


def test_scores_plover_table_covers_every_category():
    table = plover_score_table()
    assert all((c, "") in table for c in CATEGORIES)
    assert len(table) == 82
    with pytest.raises(KeyError):
        plover_score("DANCE")


@pytest.mark.parametrize(("cameo", "score"), [
    ("01", 0.0), ("042", 1.9), ("057", 8.0), ("0211", 3.4), ("0874", 10.0),
    ("130", -4.4), ("163", -8.0), ("1823", -10.0), ("195", -10.0), ("2042", -10.0),
])
def test_scores_goldstein_by_code_and_parent(cameo, score):
    assert goldstein(cameo) == score


def test_scores_goldstein_unknown_is_none():
    assert goldstein("") is None
    assert goldstein("99") is None
    assert goldstein("x19") is None
