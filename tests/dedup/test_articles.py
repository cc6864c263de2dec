"""StoryIndex: exact and near-duplicate articles share a story id."""

from __future__ import annotations

import pickle

import pytest

from tocsin.dedup.articles import StoryIndex, normalise_text, shingles

WIRE = (
    "Protesters stormed Kenya's parliament in Nairobi on Tuesday and set part of the building "
    "on fire as lawmakers passed a finance bill that raises taxes on bread, fuel and mobile "
    "money.\n\nPolice fired tear gas and live ammunition at crowds outside the complex, and a "
    "witness saw at least three bodies lying on the pavement near the gates.\n\nLawmakers were "
    "evacuated through an underground tunnel, opposition members said."
)
OTHER = (
    "Kenyan police fired tear gas at protesters in Nairobi on Thursday as demonstrations "
    "against police brutality resumed after the death of a blogger in custody, his family said."
)


def test_articles_normalise_text_drops_case_and_punctuation():
    assert normalise_text("  Hello,\nWORLD!  it's ") == "hello world it s"


def test_articles_shingles_short_text_is_one_shingle():
    assert shingles("two words") == {b"two words"}
    assert shingles("") == set()


def test_articles_exact_duplicate_shares_story():
    index = StoryIndex()
    assert index.add("a", WIRE) == "a"
    assert index.add("b", WIRE.upper().replace("\n\n", " ")) == "a"
    assert index.story_of("b") == "a"


def test_articles_syndicated_copy_shares_story():
    index = StoryIndex()
    index.add("wire", WIRE)
    copy = "NAIROBI (Gazette) - " + WIRE.replace("three bodies", "four bodies")
    assert index.add("copy", copy) == "wire"


def test_articles_reordered_paragraphs_share_story():
    index = StoryIndex()
    index.add("wire", WIRE)
    paras = WIRE.split("\n\n")
    assert index.add("re", "\n\n".join(reversed(paras))) == "wire"


def test_articles_same_topic_different_story_stays_apart():
    index = StoryIndex()
    index.add("wire", WIRE)
    assert index.add("other", OTHER) == "other"
    assert index.stories() == {"wire": ["wire"], "other": ["other"]}


def test_articles_readding_an_id_returns_its_story():
    index = StoryIndex()
    index.add("a", WIRE)
    assert index.add("a", OTHER) == "a"
    assert len(index) == 1 and "a" in index


def test_articles_unknown_id_has_no_story():
    assert StoryIndex().story_of("nope") is None


@pytest.mark.parametrize("roundtrip", ["bytes", "pickle"])
def test_articles_index_survives_serialisation(roundtrip):
    index = StoryIndex()
    index.add("wire", WIRE)
    index.add("dup", WIRE)
    index.add("other", OTHER)
    if roundtrip == "bytes":
        restored = StoryIndex.from_bytes(index.to_bytes())
    else:
        restored = pickle.loads(pickle.dumps(index))
    assert restored.stories() == index.stories()
    assert restored.add("copy", WIRE + " Updated.") == "wire"
    assert restored.add("dup2", WIRE) == "wire"


def test_articles_from_bytes_rejects_garbage():
    with pytest.raises(ValueError):
        StoryIndex.from_bytes(b"not an index")


def test_articles_threshold_must_be_a_fraction():
    with pytest.raises(ValueError):
        StoryIndex(threshold=0)
