"""Country names that are a person's given name: "Jordan Bardella", "Israel Katz".

The actor dictionary matches "Jordan" and "Israel" wherever they stand, so a person whose
first name is a country would be coded as that country (and placed there). A one-word
match of a country's own name (not its adjective: "Russian Iskander missiles") is a given
name when the next word is a capitalised proper noun that ends the name (a surname:
nothing capitalised follows), that the dictionary does not know, and that is not a word
institutions and places are named with ("Jordan Valley", "Kenya Airways", "Georgia Tech",
"Israel Defense Forces").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from tocsin.coding.actors import ActorMatch

NAME_WORDS = frozenset({
    "valley", "river", "basin", "sea", "rift", "airways", "airlines", "air", "tech",
    "times", "post", "today", "daily", "news", "radio", "tv", "television", "telecom",
    "bank", "railways", "defense", "defence", "forces", "army", "navy", "police",
    "state", "university", "college", "cup", "open", "street", "avenue", "square",
    "hotel", "airport", "port", "club", "fc", "united", "city", "town", "dam", "lake",
    "gate", "crossing", "hills", "heights", "highlands", "mountains", "coast", "island",
    "islands", "corridor", "road", "party", "group", "company", "corp", "inc", "ltd",
})  # fmt: skip
"""Words after a country's name that make it the name of a place or an institution."""


def drop_given_names(sent: Span, matches: Sequence[ActorMatch]) -> list[ActorMatch]:
    """``matches`` (indices into ``sent``) without country names used as given names."""
    starts = {m.start for m in matches}
    return [m for m in matches
            if not (m.kind == "country" and m.end - m.start == 1 and m.end not in starts
                    and m.text.casefold() == m.entity.casefold()  # "Jordan", not "Russian"
                    and m.end < len(sent) and followed_by_surname(sent[m.start]))]


def followed_by_surname(tok: Token) -> bool:
    """The word after ``tok`` is a surname: a capitalised proper noun that ends the name
    and is no word of a place's or institution's name."""
    if tok.i + 1 >= len(tok.doc):
        return False
    surname = tok.doc[tok.i + 1]
    word = surname.text
    if surname.pos_ != "PROPN" or not (word[:1].isupper() and word[1:].islower()
                                       and word.isalpha()):
        return False
    if surname.lower_ in NAME_WORDS:
        return False
    following = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    return following is None or not following.text[:1].isupper()
