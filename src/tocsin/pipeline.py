"""The end-to-end path: articles in, sentences and coded events out.

:func:`code_articles` streams articles through spaCy in batches (paragraphs of many
articles share one ``nlp.pipe`` call) and through the :class:`~tocsin.coding.coder.Coder`,
yielding one :class:`CodedArticle` per article in input order. A failure while coding
one article becomes an :class:`~tocsin.model.IngestFailure` for that article; the batch
goes on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import islice

from tocsin.coding.article_places import dictionary_countries, fill_article_places
from tocsin.coding.coder import Coder
from tocsin.coding.gazetteer import default_gazetteer
from tocsin.model import Article, Event, IngestFailure, Sentence
from tocsin.nlp.pipeline import load_pipeline, split_paragraphs

ARTICLES_PER_CHUNK = 64
WORKER_CHUNK = 16


@dataclass
class CodedArticle:
    """An article with its sentences and the events coded from them."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


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
    country_of = dictionary_countries(coder.actors)
    for i, out in enumerate(coded):
        if i not in failed:
            fill_article_places(out.article, out.events, country_of)
    return [failed.get(i, c) for i, c in enumerate(coded)]


def _merge(chunk: list[Article | IngestFailure], coded: list[CodedArticle | IngestFailure]
           ) -> Iterator[CodedArticle | IngestFailure]:
    results = iter(coded)
    for item in chunk:
        yield next(results) if isinstance(item, Article) else item


def _worker_code(arts: list[Article]) -> list[CodedArticle | IngestFailure]:
    """Code a chunk in a worker process, with that process's own default coder."""
    return _code_chunk(arts, _worker_coder())


@cache
def _worker_coder() -> Coder:
    return Coder()


def code_articles(articles: Iterable[Article | IngestFailure], *, coder: Coder | None = None,
                  chunk_size: int = ARTICLES_PER_CHUNK, workers: int = 1
                  ) -> Iterator[CodedArticle | IngestFailure]:
    """Code a stream of articles (failures from reading pass straight through).

    With ``workers > 1`` chunks of articles are parsed and coded in that many processes
    (each loads the pipeline and the default dictionaries once); results still come back
    in input order, and at most two chunks per worker are in flight, so memory stays
    bounded however long the stream. A custom ``coder`` always runs in this process.
    """
    if workers <= 1 or coder is not None:
        coder = coder or Coder()
        for chunk in _chunks(articles, chunk_size):
            arts = [a for a in chunk if isinstance(a, Article)]
            yield from _merge(chunk, _code_chunk(arts, coder) if arts else [])
        return
    chunk_size = min(chunk_size, WORKER_CHUNK)  # small chunks keep both workers busy
    # Fork where the platform allows it: workers inherit the loaded pipeline and
    # dictionaries instead of loading their own.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if context.get_start_method() == "fork":
        load_pipeline()
        _worker_coder()
        default_gazetteer()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[tuple[list[Article | IngestFailure], Future]] = deque()
        for chunk in _chunks(articles, chunk_size):
            arts = [a for a in chunk if isinstance(a, Article)]
            pending.append((chunk, pool.submit(_worker_code, arts)))
            while len(pending) >= 2 * workers:
                done_chunk, future = pending.popleft()
                yield from _merge(done_chunk, future.result())
        while pending:
            done_chunk, future = pending.popleft()
            yield from _merge(done_chunk, future.result())


def code_text(text: str, *, date: date | None = None, coder: Coder | None = None
              ) -> list[Event]:
    """Code a piece of text (one or more sentences) and return its events."""
    article = Article(id="text", text=text, date=date, origin="<text>")
    result = next(code_articles([article], coder=coder))
    if isinstance(result, IngestFailure):
        raise RuntimeError(result.reason)
    return result.events
