"""The end-to-end pipeline: article order, sentence offsets, and failure isolation."""

from __future__ import annotations

from datetime import date

from tocsin.model import Article, IngestFailure
from tocsin.pipeline import code_articles


def test_pipeline_keeps_order_and_offsets(coder):
    arts = [Article(id=f"a{i}", text=f"Title {i}\nRebels attacked a police post in Mali.\n"
                    "Police arrested ten protesters in Bamako.", date=date(2021, 5, 1))
            for i in range(3)]
    out = list(code_articles(arts, coder=coder, chunk_size=2))
    assert [o.article.id for o in out] == ["a0", "a1", "a2"]
    for o in out:
        for s in o.sentences:
            assert o.article.text[s.start:s.start + len(s.text)] == s.text
        assert {e.event for e in o.events} >= {"ASSAULT", "COERCE"}


def test_pipeline_repeated_sentence_is_coded_once(coder):
    text = "Rebels attacked a police post in Mali.\nRebels attacked a police post in Mali."
    [out] = list(code_articles([Article(id="x", text=text)], coder=coder))
    assert len(out.sentences) == 1


def test_pipeline_one_broken_article_does_not_stop_the_batch(coder, monkeypatch):
    original = coder.code_sentence

    def explode(sent, **kw):
        if "explode" in sent.text:
            raise ValueError("boom")
        return original(sent, **kw)

    monkeypatch.setattr(coder, "code_sentence", explode)
    arts = [Article(id="good", text="Rebels attacked a police post in Mali."),
            Article(id="bad", text="This will explode.", origin="bad.txt"),
            IngestFailure("missing.txt", "E101 empty"),
            Article(id="good2", text="Police arrested ten protesters in Bamako.")]
    out = list(code_articles(arts, coder=coder))
    assert [type(o).__name__ for o in out] == ["CodedArticle", "IngestFailure",
                                               "IngestFailure", "CodedArticle"]
    assert out[1].origin == "bad.txt" and "boom" in out[1].reason


def test_pipeline_workers_give_the_same_events_in_order(coder):
    arts = [Article(id=f"w{i}", text=f"Rebels attacked a police post in Mali on day {i}.\n"
                    "Police arrested ten protesters in Bamako.", date=date(2021, 5, 1))
            for i in range(6)]
    arts.insert(2, IngestFailure("gone.txt", "E101 empty"))
    serial = list(code_articles(arts, coder=coder))
    parallel = list(code_articles(arts, workers=2, chunk_size=2))
    assert [type(o).__name__ for o in parallel] == [type(o).__name__ for o in serial]
    for a, b in zip(serial, parallel, strict=True):
        if isinstance(a, IngestFailure):
            assert a == b
        else:
            assert [e.to_dict() for e in a.events] == [e.to_dict() for e in b.events]
