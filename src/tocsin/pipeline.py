"""The end-to-end path: articles in, sentences and coded events out.

:func:`code_articles` streams articles through spaCy in batches (paragraphs of many
articles share one ``nlp.pipe`` call) and through the :class:`~tocsin.coding.coder.Coder`,
yielding one :class:`CodedArticle` per article in input order. A failure while coding
one article becomes an :class:`~tocsin.model.IngestFailure` for that article; the batch
goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from tocsin.coding.coder import Coder
from tocsin.model import Article, Event, IngestFailure, Sentence
from tocsin.nlp.pipeline import load_pipeline, split_paragraphs

ARTICLES_PER_CHUNK = 64


@dataclass
class CodedArticle:
    """An article with its sentences and the events coded from them."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class _Chunk:
    articles: list[Article]
    paragraphs: list[tuple[str, tuple[int, int]]]  # (text, (article position, offset))


def _chunks(articles: Iterable[Article | IngestFailure], size: int
            ) -> Iterator[list[Article | IngestFailure]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def _code_chunk(items: list[Article], coder: Coder) -> list[CodedArticle | IngestFailure]:
    nlp = load_pipeline()
    coded: list[CodedArticle] = [CodedArticle(a) for a in items]
    seen: list[set[str]] = [set() for _ in items]
    failed: dict[int, IngestFailure] = {}
    paragraphs = [(text, (pos, offset)) for pos, art in enumerate(items)
                  for offset, text in split_paragraphs(art.text)]
    for doc, (pos, offset) in nlp.pipe(paragraphs, as_tuples=True, batch_size=256):
        if pos in failed:
            continue
        out = coded[pos]
        art = out.article
        try:
            for sent in doc.sents:
                text = sent.text.strip()
                key = " ".join(text.lower().split())
                if not text or key in seen[pos]:
                    continue
                seen[pos].add(key)
                index = len(out.sentences)
                out.sentences.append(Sentence(index, text, offset + sent.start_char))
                out.events.extend(coder.code_sentence(
                    sent, article_date=art.date, article=art, sentence_index=index))
        except Exception as exc:  # one broken article never stops a batch
            failed[pos] = IngestFailure(art.origin or art.id,
                                        f"coding failed: {type(exc).__name__}: {exc}")
    return [failed.get(i, c) for i, c in enumerate(coded)]


def code_articles(articles: Iterable[Article | IngestFailure], *, coder: Coder | None = None,
                  chunk_size: int = ARTICLES_PER_CHUNK
                  ) -> Iterator[CodedArticle | IngestFailure]:
    """Code a stream of articles (failures from reading pass straight through)."""
    coder = coder or Coder()
    for chunk in _chunks(articles, chunk_size):
        arts = [a for a in chunk if isinstance(a, Article)]
        results = iter(_code_chunk(arts, coder)) if arts else iter(())
        for item in chunk:
            yield next(results) if isinstance(item, Article) else item


def code_text(text: str, *, date: date | None = None, coder: Coder | None = None
              ) -> list[Event]:
    """Code a piece of text (one or more sentences) and return its events."""
    article = Article(id="text", text=text, date=date, origin="<text>")
    result = next(code_articles([article], coder=coder))
    if isinstance(result, IngestFailure):
        raise RuntimeError(result.reason)
    return result.events
