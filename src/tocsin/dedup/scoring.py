"""Scores for deduplication against gold labels: pairwise and B-cubed.

Both take two mappings from item id to cluster label (gold and predicted) over the same
items. *Pairwise* scores count pairs of items put in one cluster; *B-cubed* scores
(Bagga & Baldwin 1998) average, over items, the precision and recall of the item's
predicted cluster against its gold cluster, so a large cluster does not dominate the
way it does pairwise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}  # fmt: skip


def pairwise_scores(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> Scores:
    """Precision and recall of same-cluster pairs (a pair is counted once)."""
    _check(gold, pred)
    joint = Counter((gold[i], pred[i]) for i in gold)
    both = sum(_pairs(n) for n in joint.values())
    in_pred = sum(_pairs(n) for n in Counter(pred[i] for i in gold).values())
    in_gold = sum(_pairs(n) for n in Counter(gold.values()).values())
    return Scores(both / in_pred if in_pred else 1.0, both / in_gold if in_gold else 1.0)


def bcubed_scores(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> Scores:
    """B-cubed precision and recall, averaged over items."""
    _check(gold, pred)
    joint = Counter((gold[i], pred[i]) for i in gold)
    gsize = Counter(gold.values())
    psize = Counter(pred[i] for i in gold)
    n = len(gold) or 1
    precision = sum(joint[(gold[i], pred[i])] / psize[pred[i]] for i in gold) / n
    recall = sum(joint[(gold[i], pred[i])] / gsize[gold[i]] for i in gold) / n
    return Scores(precision, recall)


def clusters_of(labels: Mapping[str, Hashable]) -> dict[Hashable, list[str]]:
    """Invert ``{item: label}`` into ``{label: [items]}``."""
    out: dict[Hashable, list[str]] = defaultdict(list)
    for item, label in labels.items():
        out[label].append(item)
    return dict(out)


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _check(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> None:
    missing = set(gold) - set(pred)
    if missing:
        raise ValueError(f"{len(missing)} gold items have no prediction, e.g. {min(missing)!r}")


def score_events(events: list[dict]) -> dict[str, dict[str, float]]:
    """Cluster gold event dicts (each with a ``cluster`` label) and score the result."""
    from tocsin.dedup.events import cluster_events

    gold = {e["id"]: e["cluster"] for e in events}
    pred = {m["id"]: c.id for c in cluster_events(events) for m in c.mentions}
    return {"pairwise": pairwise_scores(gold, pred).to_dict(),
            "bcubed": bcubed_scores(gold, pred).to_dict()}  # fmt: skip


def score_articles(articles: list[dict], **options: float) -> dict[str, dict[str, float]]:
    """Index gold articles (each with ``id``, ``text`` and a ``story`` label) and score.

    Articles are added in file order; ``options`` go to :class:`StoryIndex`.
    """
    from tocsin.dedup.articles import StoryIndex

    index = StoryIndex(**options)  # type: ignore[arg-type]
    pred = {a["id"]: index.add(a["id"], a["text"]) for a in articles}
    gold = {a["id"]: a["story"] for a in articles}
    return {"pairwise": pairwise_scores(gold, pred).to_dict(),
            "bcubed": bcubed_scores(gold, pred).to_dict()}  # fmt: skip
