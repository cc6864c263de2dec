"""Deduplication: articles into stories, event mentions into events.

Two independent, store-free stages:

* :class:`~tocsin.dedup.articles.StoryIndex` groups articles that carry one story
  (exact copies by normalised text hash, syndicated copies and rewrites by MinHash LSH).
* :func:`~tocsin.dedup.events.cluster_events` groups event dicts (the shape of
  :meth:`tocsin.model.Event.to_dict`) that report one real-world event.
"""

from __future__ import annotations

from tocsin.dedup.articles import StoryIndex, normalise_text
from tocsin.dedup.events import EventCluster, cluster_events, summarise

__all__ = ["EventCluster", "StoryIndex", "cluster_events", "normalise_text", "summarise"]
