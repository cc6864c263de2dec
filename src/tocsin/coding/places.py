"""Finding where an event happened, from the sentence alone.

A place is a proper noun or a place entity (spaCy GPE, LOC, FAC) that is the object of a
locative preposition ("in", "near", "outside", "at", ...). Places attached to the
trigger, or to the trigger's object ("a base in Erbil"), win over places elsewhere in
the sentence. "the town of Samarra" and "the northern city of Mosul" give the named place.
The country comes from the actor dictionary's country names (which include capitals and
major cities) for the place itself or for an "in <country>" phrase that qualifies it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from tocsin.model import Location
from tocsin.model import Span as CharSpan

LOCATIVE_PREPS = frozenset({"in", "near", "outside", "inside", "at", "into", "across",
                            "around", "throughout", "within", "off", "along", "over"})
WEAK_PREPS = frozenset({"into", "off", "along", "over", "across"})
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district",
                         "capital", "port", "area", "governorate", "state", "county",
                         "outskirts", "suburb", "neighbourhood", "neighborhood", "camp",
                         "border", "island", "peninsula", "valley", "enclave"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

CountryOf = Callable[[Token], str]


def _named_place(pobj: Token) -> Token | None:
    """The proper-noun head of a place phrase: "Erbil", or "Mosul" in "the city of Mosul"."""
    if pobj.lemma_.lower() in PLACE_NOUNS:
        for child in pobj.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = next((c for c in child.children if c.dep_ == "pobj"), None)
                if inner is not None and inner.pos_ == "PROPN":
                    return inner
        for child in pobj.children:
            if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN":
                return child
        return None
    if pobj.pos_ == "PROPN" or pobj.ent_type_ in PLACE_LABELS:
        return pobj
    return None


def _place_text(head: Token) -> Span:
    doc = head.doc
    if head.ent_type_ and head.ent_iob_ != "O":
        for ent in head.sent.ents:
            if ent.start <= head.i < ent.end:
                start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
                return doc[start:ent.end]
    left = head.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN":
        left -= 1
    return doc[left : head.i + 1]


def _candidates(root: Token, excluded: set[int]) -> list[tuple[int, Token]]:
    """(rank, place head) pairs from locative phrases under ``root``."""
    found: list[tuple[int, Token]] = []
    for tok in root.subtree:
        if tok.dep_ != "prep" or tok.lower_ not in LOCATIVE_PREPS:
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        place = _named_place(pobj)
        if place is None or place.i in excluded:
            continue
        if place.ent_type_ and place.ent_type_ not in PLACE_LABELS | {"ORG", ""}:
            continue
        depth = 0
        node = tok
        while node != root and depth < 10:
            node = node.head
            depth += 1
        rank = depth + (3 if tok.lower_ in WEAK_PREPS else 0)
        found.append((rank, place))
    return found


def find_location(
    sent: Span, trigger: Token, excluded: set[int], country_of: CountryOf
) -> Location | None:
    """Return the event's place, or None when the sentence names none.

    ``excluded`` holds token indices already used as actor or recipient; ``country_of``
    maps a token to the ISO3 code of a country named by it (or "").
    """
    cands = _candidates(trigger, excluded)
    if not cands:
        cands = [(r + 20, p) for r, p in _candidates(sent.root, excluded)]
    if not cands:
        return None
    cands.sort(key=lambda rp: (rp[0], rp[1].i))
    place = cands[0][1]
    words = _place_text(place)
    country = country_of(place)
    if not country:
        for tok in place.subtree:
            if tok.dep_ in ("pobj", "appos") and tok != place:
                country = country_of(tok)
                if country:
                    break
    if not country:
        for tok in place.children:
            if tok.dep_ in ("compound", "amod", "poss"):
                country = country_of(tok)
                if country:
                    break
    start = words.start_char - sent.start_char
    return Location(name=words.text, country=country,
                    span=CharSpan(start, start + len(words.text)))
