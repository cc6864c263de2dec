"""Names that are part of another person's name: "Jordan Bardella", "Israel Katz",
"Hassan Sheikh Mohamud".

The actor dictionary matches "Jordan" and "Israel" wherever they stand, so a person whose
first name is a country would be coded as that country (and placed there). A one-word
match of a country's own name (not its adjective: "Russian Iskander missiles") is a given
name when the next word is a capitalised proper noun that ends the name (a surname:
nothing capitalised follows), that the dictionary does not know, and that is not a word
institutions and places are named with ("Jordan Valley", "Kenya Airways", "Georgia Tech",
"Israel Defense Forces"). Likewise a one-word name of a person in the dictionary
("Hassan", a Jordanian prince) inside a longer name that the tagger reads as one person
("Hassan Sheikh Mohamud") is someone else; a place in "a Norway-based group" says
where the group sits, not who it is; and a capital or country that names a street, square
or park ("Victoria Park" in Hong Kong, "Wellington Street") is not that country.
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
STREET_WORDS = frozenset({"park", "street", "avenue", "square", "road", "gardens",
                          "boulevard", "lane", "barracks", "embankment", "terrace"})
"""Capitalised words that make the name before them a street's, square's or park's."""


def drop_given_names(sent: Span, matches: Sequence[ActorMatch]) -> list[ActorMatch]:
    """``matches`` (indices into ``sent``) without country names used as given names or
    in a street's or park's name, without "Indians" named by a native people ("Tzotzil
    Indians"), and without one-word names of people that are only part of a longer person's name
    ("Hassan" of Jordan in "Hassan Sheikh Mohamud")."""
    starts = {m.start for m in matches}
    covered = {i for m in matches for i in range(m.start, m.end)}
    return [m for m in matches
            if not _based(sent, m.end)
            and not (m.kind == "country" and _native_people(sent, m, covered))
            and not (m.kind == "country" and _names_a_street(sent, m.end))
            and not (m.kind == "country" and m.end - m.start == 1 and m.end not in starts
                    and (m.text.casefold() == m.entity.casefold()  # "Jordan", not "Russian"
                         or _other_name_begins_a_person(sent, m))  # "Ararat Mirzoyan"
                    and m.end < len(sent) and followed_by_surname(sent[m.start]))
            and not (m.kind == "actor" and m.end - m.start == 1
                     and _part_of_a_longer_name(sent, m.start, covered))]


def _other_name_begins_a_person(sent: Span, m: ActorMatch) -> bool:
    """A word that names a country by another name than the country's own or its
    adjective ("Ararat", a place the dictionary gives to Turkey; not "Rwandan") begins a
    person's name as the tagger reads it ("Ararat Mirzoyan")."""
    if m.text.casefold().startswith(m.entity.casefold()[:4]):
        return False
    tok = sent[m.start]
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1].ent_iob_ == "I"


def _native_people(sent: Span, m: ActorMatch, covered: set[int]) -> bool:
    """ "Tzotzil Indians", "Ngabe-Bugle Indians", "West Indians": a people named before
    "Indians" that the dictionary does not know are the Americas' native peoples (or the
    Caribbean's), not India's."""
    if m.text.lower() not in ("indians", "indian") or m.start == 0:
        return False
    before = sent[m.start - 1]
    return before.text[:1].isupper() and before.pos_ in ("PROPN", "ADJ") and \
        m.start - 1 not in covered


def _based(sent: Span, end: int) -> bool:
    """"a Norway-based rights group", "London-based": where a group sits, not who acts."""
    return end + 1 < len(sent) and sent[end].text == "-" and sent[end + 1].lower_ == "based"


def _names_a_street(sent: Span, end: int) -> bool:
    """"Victoria Park", "Wellington Street": the name is a street's, square's or park's."""
    if end >= len(sent):
        return False
    word = sent[end].text
    return word[:1].isupper() and word.lower() in STREET_WORDS


def _part_of_a_longer_name(sent: Span, index: int, covered: set[int]) -> bool:
    tok = sent[index]
    if tok.ent_type_ != "PERSON":
        return False
    ent = next((e for e in sent.ents if e.start <= tok.i < e.end), None)
    if ent is None or len(ent) < 2:
        return False
    others = [t for t in ent if t.i != tok.i and t.text[:1].isupper()]
    return bool(others) and all(t.i - sent.start not in covered for t in others)


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
