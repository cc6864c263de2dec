"""The spaCy pipeline as tocsin loads it: same annotations as spaCy's own, only faster."""

from __future__ import annotations

import pytest
import spacy

from tocsin.nlp.pipeline import MODEL_NAME, AttributeRuleIndex, load_pipeline, split_paragraphs

TEXTS = [
    "Rebels attacked a police post in Mali on Tuesday, killing five soldiers.",
    "Iran's foreign minister said Tehran would not negotiate with Washington.",
    "I ain't gonna let 'em go, y'all know it, c'mon.",
    "There were protests in Bamako; it is what it is, and did they?",
    "The   ministry  \t said\n\nthat talks   will resume.",
    "",
    "But that which you gave him was not enough, but he got it anyway.",
]


def _annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_iob_,
             t.ent_type_, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def reference():
    return spacy.load(MODEL_NAME)


def test_nlp_pipeline_annotations_match_plain_spacy(reference):
    nlp = load_pipeline()
    ours = [_annotations(d) for d in nlp.pipe(TEXTS)]
    theirs = [_annotations(d) for d in reference.pipe(TEXTS)]
    assert ours == theirs


def test_nlp_pipeline_attribute_rule_index_finds_the_matchers_matches(reference):
    ruler = reference.get_pipe("attribute_ruler")
    index = AttributeRuleIndex.build(ruler)
    assert index is not None
    before = reference.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"])
    for doc in before:
        assert index(doc) == ruler.match(doc)
        assert index(doc) == ruler.match(doc)  # again, from its cache


def test_nlp_pipeline_attribute_rule_index_refuses_unknown_tests(reference):
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN", "OP": "+"}]], {"POS": "NOUN"})
    assert AttributeRuleIndex.build(ruler) is None
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["gon"]}}, {"IS_SPACE": False, "DEP": "aux"}]], {"LEMMA": "go"})
    assert AttributeRuleIndex.build(ruler) is not None


def test_nlp_pipeline_split_paragraphs_keeps_offsets():
    text = "  Title\n\nFirst line.\n   Second line.  \n"
    parts = split_paragraphs(text)
    assert [p for _, p in parts] == ["Title", "First line.", "Second line."]
    assert all(text[start:start + len(p)] == p for start, p in parts)


def test_nlp_pipeline_verbs_the_lemma_rules_cut_short_keep_their_lemma():
    doc = load_pipeline()("Dockers staged a walkout, the court fined their union, rebels "
                          "were waging war and the army readied its reserves.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert [lemmas[w] for w in ("staged", "fined", "waging", "readied")] == [
        "stage", "fine", "wage", "ready"]
    assert load_pipeline()("The fines were paid.")[1].lemma_ == "fine"
