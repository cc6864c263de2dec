"""Scoring tocsin's coder: PLOVER gold records and PETRARCH2's unit-test records.

:func:`read_gold` reads a JSON list of gold sentences, :func:`evaluate` codes each one
and compares the coder's best event with the gold event, and :func:`format_report` /
:func:`write_errors` show the figures and every miss. :func:`read_petrarch_records` and
:func:`evaluate_petrarch` do the same for PETRARCH2's CAMEO unit tests.
"""

from tocsin.evaluation.gold import GoldRecord, read_gold
from tocsin.evaluation.petrarch import PetrarchRecord, evaluate_petrarch, read_petrarch_records
from tocsin.evaluation.scoring import (
    Coder,
    EvalReport,
    evaluate,
    format_report,
    pick_prediction,
    write_errors,
)

__all__ = [
    "Coder",
    "EvalReport",
    "GoldRecord",
    "PetrarchRecord",
    "evaluate",
    "evaluate_petrarch",
    "format_report",
    "pick_prediction",
    "read_gold",
    "read_petrarch_records",
    "write_errors",
]
