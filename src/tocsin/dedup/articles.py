"""Group articles into stories: exact copies and near duplicates share a ``story_id``.

An article's *story id* is the id of the first article added of its story. Exact
duplicates are found by a SHA-1 of the normalised text (lower case, letters and digits
only, single spaces). Near duplicates (syndicated copies with small edits, reordered
paragraphs, light rewrites) are found with MinHash LSH over word shingles: an article
joins the story of its most similar earlier article whose estimated Jaccard similarity
of shingle sets reaches ``threshold``.

The index is store-independent. :meth:`StoryIndex.to_bytes` writes a compact,
versioned JSON document (no pickle), so a store can keep it in a blob column and
:meth:`StoryIndex.from_bytes` rebuilds the LSH index from the saved signatures.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

FORMAT = "tocsin.StoryIndex.v1"
NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.4
SEED = 1
SCHEME = "affine32"

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Lower-case ``text`` and keep only its words, separated by single spaces."""
    return " ".join(_WORD.findall(text.lower()))


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Return the set of ``size``-word shingles of the normalised text (UTF-8 bytes).

    A text shorter than ``size`` words gives one shingle holding all its words.
    """
    words = normalise_text(text).split()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class StoryIndex:
    """Assign story ids to articles as they arrive; exact and near duplicates share one.

    ``threshold`` is the MinHash LSH Jaccard threshold on 3-word shingles. The default,
    0.4, was chosen on ``tests/data/gold/dedup.json``: syndicated copies and reordered
    rewrites score 0.55–0.9 against their wire original, word-spun content-farm copies
    0.3–0.7 (each joins the story of its *most similar* earlier article, so one close
    sibling is enough), and different articles on the same topic at most 0.09. 0.5 (the
    figure in DEPENDENCIES.md) misses half of the spun copies. ``shingle`` is the
    shingle length in words (3–5; longer shingles are stricter).
    """

    def __init__(
        self, threshold: float = THRESHOLD, shingle: int = SHINGLE, num_perm: int = NUM_PERM
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.shingle = shingle
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._story: dict[str, str] = {}
        self._by_hash: dict[str, str] = {}
        self._sigs: dict[str, MinHash] = {}
        self._order: list[str] = []
        self._hashes: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._story)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._story

    def add(self, article_id: str, text: str) -> str:
        """Index one article and return its story id. Re-adding an id returns its story."""
        if article_id in self._story:
            return self._story[article_id]
        digest = hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()
        self._hashes[article_id] = digest
        self._order.append(article_id)
        if digest in self._by_hash:
            story = self._story[self._by_hash[digest]]
            self._story[article_id] = story
            return story
        self._by_hash[digest] = article_id
        sig = self._signature(text)
        story = self._nearest_story(sig) or article_id
        self._story[article_id] = story
        self._sigs[article_id] = sig
        self._lsh.insert(article_id, sig)
        return story

    def add_signed(self, article_id: str, story_id: str, signature: bytes) -> None:
        """Index an article linked earlier, from its story id and :meth:`signature`.

        Later :meth:`add` calls can join its story; it is not re-checked itself.
        """
        if article_id in self._story:
            return
        values = np.frombuffer(signature, dtype="<u4")
        if values.size != self.num_perm:
            raise ValueError(f"{article_id}: signature has {values.size} values, "
                             f"expected {self.num_perm}")
        sig = MinHash(num_perm=self.num_perm, seed=SEED, hashvalues=values, scheme=SCHEME)
        self._order.append(article_id)
        self._story[article_id] = story_id
        self._hashes[article_id] = ""
        self._sigs[article_id] = sig
        self._lsh.insert(article_id, sig)

    def signature(self, article_id: str) -> bytes | None:
        """The MinHash signature of an indexed article (little-endian uint32 values), or
        ``None`` for an exact copy of an earlier article (it has none of its own)."""
        sig = self._sigs.get(article_id)
        return None if sig is None else sig.hashvalues.astype("<u4").tobytes()

    def story_of(self, article_id: str) -> str | None:
        """Return the story id of an indexed article, or ``None`` if it was never added."""
        return self._story.get(article_id)

    def stories(self) -> dict[str, list[str]]:
        """Return ``{story_id: [article ids in order added]}``."""
        out: dict[str, list[str]] = {}
        for aid in self._order:
            out.setdefault(self._story[aid], []).append(aid)
        return out

    def similarity(self, text_a: str, text_b: str) -> float:
        """Estimated Jaccard similarity of two texts' shingle sets (for inspection)."""
        return float(self._signature(text_a).jaccard(self._signature(text_b)))

    def _signature(self, text: str) -> MinHash:
        sig = MinHash(num_perm=self.num_perm, seed=SEED, scheme=SCHEME)
        sig.update_batch(sorted(shingles(text, self.shingle)))
        return sig

    def _nearest_story(self, sig: MinHash) -> str | None:
        best: tuple[float, int, str] | None = None
        rank = {aid: i for i, aid in enumerate(self._order)}
        for cand in self._lsh.query(sig):
            score = float(sig.jaccard(self._sigs[cand]))
            if score < self.threshold:
                continue
            key = (-score, rank[cand], cand)
            if best is None or key < best:
                best = key
        return self._story[best[2]] if best else None

    def to_bytes(self) -> bytes:
        """Serialise the index (zlib-compressed JSON; signatures as hex)."""
        doc: dict[str, Any] = {
            "format": FORMAT,
            "threshold": self.threshold,
            "shingle": self.shingle,
            "num_perm": self.num_perm,
            "scheme": SCHEME,
            "articles": [
                {
                    "id": aid,
                    "story": self._story[aid],
                    "hash": self._hashes[aid],
                    "sig": self._sigs[aid].hashvalues.astype("<u4").tobytes().hex()
                    if aid in self._sigs
                    else None,
                }
                for aid in self._order
            ],
        }
        return zlib.compress(json.dumps(doc, separators=(",", ":")).encode("utf-8"))

    @classmethod
    def from_bytes(cls, data: bytes) -> StoryIndex:
        """Rebuild an index written by :meth:`to_bytes`.

        Raises ``ValueError`` when ``data`` is not a serialised StoryIndex of this format.
        """
        try:
            doc = json.loads(zlib.decompress(data).decode("utf-8"))
        except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a serialised StoryIndex: {exc}") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("scheme") != SCHEME:
            raise ValueError(f"not a serialised StoryIndex (expected format {FORMAT!r})")
        index = cls(doc["threshold"], doc["shingle"], doc["num_perm"])
        for rec in doc["articles"]:
            aid = rec["id"]
            index._order.append(aid)
            index._story[aid] = rec["story"]
            index._hashes[aid] = rec["hash"]
            if rec["sig"] is None:
                continue
            index._by_hash[rec["hash"]] = aid
            values = np.frombuffer(bytes.fromhex(rec["sig"]), dtype="<u4")
            sig = MinHash(num_perm=index.num_perm, seed=SEED, hashvalues=values, scheme=SCHEME)
            index._sigs[aid] = sig
            index._lsh.insert(aid, sig)
        return index

    def __getstate__(self) -> bytes:
        return self.to_bytes()

    def __setstate__(self, state: bytes) -> None:
        other = StoryIndex.from_bytes(state)
        self.__dict__.update(other.__dict__)
