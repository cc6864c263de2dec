"""Conflict–cooperation scores: PLOVER scores by category and mode, Goldstein by CAMEO code.

Both scales run from −10 (most conflictual) to +10 (most cooperative).

* :func:`plover_score` reads ``data/plover_scores.tsv``, the score table of the PLOVER
  manual (Open Event Data Alliance, CC BY-SA 4.0): a score per category, and for most
  categories a score per mode.
* :func:`goldstein` reads ``data/goldstein.tsv``, Goldstein's (1992) WEIS scale as adapted
  for CAMEO in the CAMEO manual 1.1b3; a code without a row of its own takes its parent's.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from tocsin.ontology.plover import normalise_category

__all__ = ["goldstein", "goldstein_table", "plover_score", "plover_score_table"]


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("tocsin.data").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def plover_score_table() -> dict[tuple[str, str], float]:
    """``{(CATEGORY, mode): score}``; mode ``""`` holds the category's own score."""
    return {(cat, mode): float(score) for cat, mode, score in _data_rows("plover_scores.tsv")}


@cache
def goldstein_table() -> dict[str, float]:
    """``{cameo_code: goldstein_score}`` as listed in the data file (no inherited codes)."""
    return {code: float(score) for code, score in _data_rows("goldstein.tsv")}


def plover_score(event: str, mode: str = "") -> float:
    """The PLOVER score of category ``event`` in ``mode``.

    The category is matched in any case (old gold-standard names such as ``FIGHT`` are
    mapped to PLOVER 1.0); a mode the table has no score for (or none) gives the
    category's score. Raises ``KeyError`` for a name that is not a PLOVER category.
    """
    table = plover_score_table()
    category = normalise_category(event)
    if (category, "") not in table:
        raise KeyError(f"{event!r} is not a PLOVER category")
    return table.get((category, mode.strip().lower()), table[(category, "")])


def goldstein(cameo: str) -> float | None:
    """The Goldstein score of a CAMEO event code, or of its nearest parent code.

    ``goldstein("0211")`` is the score of ``021``; ``None`` when neither the code nor any
    parent is known (an empty or non-CAMEO code).
    """
    code = (cameo or "").strip()
    if not code.isdigit():
        return None
    table = goldstein_table()
    while len(code) >= 2:
        if code in table:
            return table[code]
        code = code[:-1]
    return None
