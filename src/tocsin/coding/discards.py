"""Discard lists: phrases whose presence means a sentence reports no political event.

tocsin reads the Phoenix discard dictionary of PETRARCH2 (sport, entertainment, disease,
historical years; MIT, Open Event Data Alliance) and its own additions in the same
format (``data/discards_tocsin.txt``). A phrase matches as whole words in any case. In
the Phoenix format a leading ``+`` marks a story-level discard; tocsin codes sentence by
sentence and treats both kinds alike for the sentence that contains them. Phoenix's
year entries ("1914" ... "1973") and "years ago"-style phrases are not used as discards:
tocsin resolves each event's date and drops events dated years before the article
(:data:`tocsin.coding.coder.HISTORICAL_DAYS`), which keeps a news sentence that merely
mentions a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from tocsin.data import read_rows
from tocsin.errors import DictionaryError

PACKAGED = ("discards_phoenix.txt", "discards_tocsin.txt")
TIME_WORDS = frozenset({"ago", "later", "earlier"})


def parse_discards(lines: Iterable[str], origin: str,
                   removed: list[tuple[str, ...]] | None = None) -> list[tuple[str, ...]]:
    """Phrases (lower-case word tuples) from a discard file's lines. A line starting with
    ``-`` (tocsin's extension) withdraws a phrase of an earlier file; such phrases go to
    ``removed`` when it is given, and are ignored otherwise."""
    phrases: list[tuple[str, ...]] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip().lstrip("+").strip()
        if not line:
            continue
        if line.startswith("-"):
            if removed is not None:
                removed.append(tuple(line[1:].lower().replace("_", " ").split()))
            continue
        if "[" in line or "]" in line:
            raise DictionaryError(origin, number, "a discard line holds a phrase, not a code")
        words = tuple(line.lower().replace("_", " ").split())
        if words[-1] in TIME_WORDS or all(w.isdigit() for w in words):
            continue  # years and "weeks ago": tocsin dates events instead (HISTORICAL_DAYS)
        phrases.append(words)
        split = tuple(t for w in words for t in _HYPHEN.split(w) if t)
        if split != words:  # spaCy reads "quarter-final" as "quarter", "-", "final"
            phrases.append(split)
    return phrases


_HYPHEN = re.compile(r"(?<=\w)(-)(?=\w)")


@dataclass(frozen=True)
class DiscardList:
    """Phrases indexed by their first word."""

    index: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> DiscardList:
        phrases: list[tuple[str, ...]] = []
        removed: list[tuple[str, ...]] = []
        data = resources.files("tocsin.data")
        for name in PACKAGED:
            phrases += parse_discards(data.joinpath(name).read_text("utf-8").splitlines(),
                                      f"tocsin.data/{name}", removed)
        for path in extra_files:
            phrases += parse_discards(Path(path).read_text("utf-8").splitlines(), str(path),
                                      removed)
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in (p for p in phrases if p not in set(removed)):
            index.setdefault(phrase[0], []).append(phrase)
        return cls({k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in index.items()})

    def find(self, lowers: Sequence[str]) -> tuple[str, ...] | None:
        """The first discard phrase found in the lower-cased tokens, or None. A phrase after
        "since" is a point of comparison, not the topic ("Russia's first mobilisation since
        World War Two"), and does not discard."""
        found = self.find_at(lowers)
        return found[1] if found is not None else None

    def find_at(self, lowers: Sequence[str]) -> tuple[int, tuple[str, ...]] | None:
        """Like :meth:`find`, with the index of the phrase's first token."""
        return next(self.find_all(lowers), None)

    def find_all(self, lowers: Sequence[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
        """Every discard phrase found, with the index of its first token, in order."""
        for i, word in enumerate(lowers):
            for phrase in self.index.get(word, ()):
                if tuple(lowers[i:i + len(phrase)]) == phrase and "since" not in \
                        lowers[max(0, i - 2):i]:
                    yield i, phrase
                    break


@cache
def default_discards() -> DiscardList:
    return DiscardList.load()


@cache
def non_actor_heads() -> frozenset[str]:
    """Subject nouns that name no political actor (hazards, markets, sport, culture)."""
    return frozenset(row[0].strip() for row in read_rows("non_actor_heads.txt"))
