"""Counting the dead and injured that a sentence reports.

Reads the dependency parse around casualty words ("killed", "died", "dead", "death toll",
"wounded", "injured") and returns the number attached to them: "killed 12 people",
"at least two soldiers were killed", "left five dead", "the death toll rose to 40"; a
single victim counts one ("a US contractor was killed", "killed Qasem Soleimani").
Vague quantities ("dozens", "scores") give no number rather than a guess.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

DEATH_LEMMAS = frozenset({"kill", "die", "dead", "death", "slay", "massacre", "behead",
                          "execute", "fatality", "assassinate", "murder", "slaughter"})
INJURY_LEMMAS = frozenset({"injure", "wound", "hurt", "injured", "wounded", "injury"})


def parse_number(text: str) -> int | None:
    """Turn "12", "1,200", "two", "twenty-one", "three hundred" into an int; else None."""
    low = text.lower().replace(",", "").strip()
    if low.isdigit():
        return int(low)
    total = 0
    current = 0
    seen = False
    for word in low.replace("-", " ").split():
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES and seen:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total += current
                current = 0
        elif word == "and":
            continue
        else:
            return None
    return total + current if seen else None


COLLECTIVE_NOUNS = frozenset({"family", "group", "crowd", "convoy", "unit", "patrol",
                              "battalion", "brigade", "team", "squad", "couple", "number",
                              "dozen", "score", "toll", "people", "population", "village"})


def _one(tok: Token) -> bool:
    """A single person: "a contractor", "the general", "Qasem Soleimani"."""
    if tok.tag_ == "NNP" or tok.pos_ == "PROPN":
        return tok.ent_type_ == "PERSON"
    return tok.tag_ == "NN" and tok.lemma_.lower() not in COLLECTIVE_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the", "one") for c in tok.children)


def _number_of(tok: Token, *, victim: bool = False) -> int | None:
    """The number that quantifies ``tok`` ("two soldiers", "12"), if any. For a ``victim``
    the conjuncts add up, a single person counting one ("a soldier and a civilian": two;
    "the former prime minister and 14 other people": 15)."""
    value = _quantity(tok)
    if not victim or (value is None and not _one(tok)):
        return value
    total = 0
    for person in (tok, *(c for c in tok.children if c.dep_ == "conj")):
        count = _quantity(person)
        if count is None and not _one(person):
            return value  # "two soldiers and dozens of civilians": the named number
        total += 1 if count is None else count
    return total


def _quantity(tok: Token) -> int | None:
    if tok.like_num:
        words = [t.text for t in tok.subtree if t.like_num or t.lower_ in _SCALES]
        return parse_number(" ".join(words)) if words else parse_number(tok.text)
    for child in tok.children:
        if child.dep_ == "nummod" or (child.like_num and child.dep_ in ("amod", "quantmod")):
            nums = [t.text for t in child.subtree if t.like_num or t.lower_ in _SCALES]
            value = parse_number(" ".join(nums))
            if value is not None:
                return value
    return None


UNREALISED_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should",
                               "must", "'ll"})


def _unrealised(verb: Token) -> bool:
    """A killing only planned or possible: a to-infinitive ("plotted to kill"; not "is
    believed to have killed") or under a modal ("would kill")."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & UNREALISED_MODALS) or ("to" in aux and "have" not in aux)


def _count_for(word: Token) -> int | None:
    """Find the count attached to a casualty word by the usual news constructions."""
    if word.pos_ in ("VERB", "AUX") and _unrealised(word):
        return None  # "plotting to kill a leader", "would kill thousands": no one died
    if word.pos_ in ("VERB", "AUX") or word.dep_ in ("acl", "relcl"):
        roles = ("dobj", "nsubjpass", "nsubj") if word.lemma_ != "die" else ("nsubj",)
        for child in word.children:
            if child.dep_ in roles:
                victim = child.dep_ in ("dobj", "nsubjpass") or word.lemma_ == "die"
                value = _number_of(child, victim=victim)
                if value is not None and child.dep_ == "dobj":
                    # "killing the former prime minister and at least 14 other people",
                    # the second object parsed as the verb's conjunct
                    for extra in word.children:
                        if extra.dep_ == "conj" and extra.pos_ in ("NOUN", "PROPN"):
                            value += _number_of(extra, victim=True) or 0
                if value is not None:
                    return value
        if word.dep_ in ("acl", "amod"):  # "five people killed", "12 killed"
            return _number_of(word.head)
        return None
    if word.lemma_ in ("dead", "injured", "wounded"):
        # "left five dead" / "five dead" / "five people dead"
        for child in word.children:
            value = _number_of(child)
            if value is not None:
                return value
        if word.dep_ == "amod":
            return _number_of(word.head)
        if word.dep_ in ("oprd", "acomp"):  # "left five people dead"
            for sibling in word.head.children:
                if sibling.dep_ == "dobj":
                    return _number_of(sibling)
        return None
    if word.lemma_ in ("death", "fatality", "injury"):
        if word.dep_ == "compound" or any(c.lower_ == "toll" for c in word.head.children):
            head = word.head
            for tok in head.head.subtree if head.dep_ == "nsubj" else head.subtree:
                if tok.like_num and tok.i > word.i:
                    return parse_number(tok.text)
        return _number_of(word)
    return None


def count_casualties(sent: Span, ignore: Callable[[Token], bool] | None = None
                     ) -> tuple[int | None, int | None]:
    """Return ``(dead, injured)`` reported in the sentence; None where not stated. Words for
    which ``ignore`` is true (the tolls of earlier events) do not count."""
    dead: int | None = None
    injured: int | None = None
    for tok in sent:
        lemma = tok.lemma_.lower()
        if ignore is not None and (lemma in DEATH_LEMMAS or lemma in INJURY_LEMMAS) and \
                ignore(tok):
            continue
        if lemma in DEATH_LEMMAS or tok.lower_ in DEATH_LEMMAS:
            value = _count_for(tok)
            if value is not None:
                dead = max(dead or 0, value)
        elif lemma in INJURY_LEMMAS or tok.lower_ in INJURY_LEMMAS:
            value = _count_for(tok)
            if value is not None:
                injured = max(injured or 0, value)
    return dead, injured
