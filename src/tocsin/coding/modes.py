"""Choosing the PLOVER mode of an event.

The CAMEO→PLOVER table gives a mode for many CAMEO codes ("193" → firearms); where it
gives none, keyword rules in ``data/modes.tsv`` read the words of the sentence.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Span, Token


@cache
def mode_rules() -> list[tuple[str, str, frozenset[str]]]:
    """(category, mode, trigger words) rows of ``data/modes.tsv``, in file order."""
    text = resources.files("tocsin.data").joinpath("modes.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    return [(r[0].strip(), r[1].strip(), frozenset(w.strip() for w in r[2].split(",")))
            for r in rows]


def choose_mode(category: str, table_mode: str, sent: Span, trigger: Token) -> str:
    """The event's mode: the table's, else the first keyword rule that the sentence meets."""
    del trigger  # reserved for rules that look at the trigger's own phrase
    if table_mode:
        return table_mode
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    for cat, mode, keys in mode_rules():
        if cat == category and words & keys:
            return mode
    return ""
