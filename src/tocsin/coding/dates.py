"""Resolving the date of an event from the words of its sentence.

News dates events relative to the article: "on Wednesday", "yesterday", "last month",
"earlier this month", "three days ago", or absolutely ("December 29", "29 Dec 2019").
:func:`resolve_date` reads the DATE entities that spaCy finds, prefers the one attached
to the event's trigger, and resolves it against the article date. Weekday names refer to
the most recent such day on or before the article date, as they do in news reports.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil import parser as date_parser
from spacy.tokens import Span, Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1,
}  # fmt: skip
_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
                  r"(day|week|month|year)s?\s+ago\b")
_YEAR = re.compile(r"\b((?:1[89]|20)\d{2})s?\b")
_MONTHS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE
)


def _first_of_month(d: date, back: int) -> date:
    month = d.month - back
    year = d.year
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


def parse_relative(expr: str, anchor: date) -> date | None:
    """Resolve one date expression against ``anchor`` (the article date); None if unknown."""
    low = expr.lower().strip()
    if not low:
        return None
    if "yesterday" in low or "last night" in low:
        return anchor - timedelta(days=1)
    if "tomorrow" in low:
        return anchor + timedelta(days=1)
    if low in {"today", "tonight", "this morning", "this evening", "this afternoon"}:
        return anchor
    ago = _AGO.search(low)
    if ago:
        n = _NUMBER_WORDS.get(ago.group(1)) or int(ago.group(1))
        unit = ago.group(2)
        if unit == "day":
            return anchor - timedelta(days=n)
        if unit == "week":
            return anchor - timedelta(weeks=n)
        if unit == "month":
            return _first_of_month(anchor, n)
        return date(anchor.year - n, 1, 1)
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            back = (anchor.weekday() - i) % 7
            if "last" in low.split() and back == 0:
                back = 7
            return anchor - timedelta(days=back)
    if "last week" in low:
        return anchor - timedelta(days=7)
    if "last month" in low:
        return _first_of_month(anchor, 1)
    if "last year" in low:
        return date(anchor.year - 1, 1, 1)
    if "this month" in low or "this week" in low or "this year" in low:
        if "earlier" in low and "month" in low:
            return _first_of_month(anchor, 0)
        return anchor
    if _MONTHS.search(low) or re.search(r"\b\d{4}-\d{2}-\d{2}\b", low):
        return _parse_absolute(expr, anchor)
    year = _YEAR.search(low)
    if year:  # "in 1998", "between 1998 and 2000", "the early 1980s": the first year
        return date(int(year.group(1)), 1, 1)
    return None


def _parse_absolute(expr: str, anchor: date) -> date | None:
    has_year = re.search(r"\b(1[89]|20)\d{2}\b", expr) is not None
    has_day = re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", expr) is not None
    try:
        parsed = date_parser.parse(
            expr, default=datetime(anchor.year, anchor.month, 1), fuzzy=True
        ).date()
    except (ValueError, OverflowError):
        return None
    if not has_day:
        parsed = parsed.replace(day=1)
    if not has_year and parsed > anchor + timedelta(days=2):
        try:
            parsed = parsed.replace(year=parsed.year - 1)
        except ValueError:
            return None
    return parsed


NOUN_PREMODIFIERS = frozenset({"nummod", "compound", "amod", "poss", "nmod"})


def _attached_to(tok: Token, trigger: Token) -> bool:
    """True when ``tok`` hangs from ``trigger`` without crossing another clause's verb.

    A date premodifying another noun ("over the 1979 coup", "last year's election") dates
    that noun, not the trigger.
    """
    if tok.dep_ in NOUN_PREMODIFIERS and tok.head != trigger \
            and tok.head.pos_ in ("NOUN", "PROPN"):
        return False
    node = tok
    for _ in range(12):
        if node == trigger:
            return True
        if node.head == node:
            return False
        node = node.head
        if node != trigger and node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            return node == trigger
    return False


def resolve_date(sent: Span, trigger: Token, anchor: date | None
                 ) -> tuple[date | None, Span | None]:
    """Return the event's date and the DATE entity it came from (None: the article date)."""
    if anchor is None:
        return None, None
    candidates = [ent for ent in sent.ents if ent.label_ in ("DATE", "TIME")
                  and (trigger.pos_ != "VERB" or not dates_a_thing(ent.root))]
    attached = [e for e in candidates if _attached_to(e.root, trigger)]
    for ent in attached + [e for e in candidates if e not in attached]:
        resolved = parse_relative(ent.text, anchor)
        if resolved is not None:
            absolute = _MONTHS.search(ent.text) or _YEAR.search(ent.text.lower())
            if ent not in attached and (absolute or _in_modifier_clause(ent.root, trigger)):
                continue  # an absolute date elsewhere in the sentence, or one in a clause
                # on the act's arguments or of its time ("freed schoolgirls kidnapped
                # three years ago"), dates something else
            return resolved, ent
    return anchor, None


MODIFIER_CLAUSES = frozenset({"acl", "relcl", "advcl"})


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` stands in."""
    for node in tok.ancestors:
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            return node
    return None


ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "dative", "attr"})


def _in_modifier_clause(tok: Token, trigger: Token) -> bool:
    """``tok`` stands in an adverbial clause of ``trigger`` or in a relative or participial
    clause on one of its arguments ("freed 82 schoolgirls kidnapped three years ago"), not
    in one on the medium of the act ("in a tweet posted on Tuesday, X compared ...")."""
    verb = _clause_verb(tok)
    if verb is None or verb == trigger or verb.dep_ not in MODIFIER_CLAUSES:
        return False
    if verb.dep_ == "advcl":
        return verb.head == trigger
    return any(c.dep_ in ARGUMENT_DEPS and verb.head in c.subtree for c in trigger.children)


def has_recent_date(sent: Span, verb: Token, anchor: date, days: int) -> bool:
    """A date within ``days`` of the article hangs on ``verb`` ("exchanged maps on Monday
    under a 1997 agreement")."""
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME") and _attached_to(ent.root, verb):
            when = parse_relative(ent.text, anchor)
            if when is not None and abs((anchor - when).days) <= days:
                return True
    return False


TIME_PREPS = frozenset({"since", "after", "before", "until", "till", "during", "in", "on",
                        "by", "from", "following"})
# Prepositions that name what an act is about ("charged over", "an inquiry into").
ABOUT_PREPS = frozenset({"over", "for", "into", "about", "of", "against"})
# Past events an act can be about ("charged over massacres in the early 1980s").
PAST_EVENT_NOUNS = frozenset({"massacre", "genocide", "coup", "war", "killing", "uprising",
                              "crackdown", "invasion", "atrocity", "bombing", "purge",
                              "crime", "murder", "torture", "abuse"})


def dates_a_thing(date_root: Token) -> bool:
    """The date belongs to a thing the act is about or is compared with, not to the act
    ("charged him over the 1979 coup", "an inquiry into the killing of X in 1973", "his
    first visit since 2015"); "the 1994 genocide killed ...", "fought a war between 1998
    and 2000" and "under the memorandum of 1994, Ukraine gave up ..." date the act."""
    anchor = date_root
    if date_root.dep_ in ("compound", "nummod", "amod") and date_root.head.dep_ == "pobj":
        anchor = date_root.head  # "during the 1971 war"
    prep = anchor if anchor.dep_ == "prep" else anchor.head  # "1991 to 1995"
    if anchor.dep_ in ("pobj", "prep") and prep.head.pos_ == "VERB" and \
            prep.i > prep.head.i and any(t.lemma_.lower() in PAST_EVENT_NOUNS
                                         and t.dep_ == "pobj"
                                         for t in prep.doc[prep.head.i + 1:prep.i]):
        return True  # "charged him over massacres of villagers in the early 1980s",
        # "accused Yugoslavia of genocide during the war of 1991 to 1995", "indicted him on
        # counts of murder during the 1971 war", where the parser hangs the date on the verb
    if date_root.dep_ == "pobj" and _present_perfect(prep.head) and \
            _YEAR.search(" ".join(t.text for t in date_root.subtree)):
        return True  # "have opened an inquiry into an abduction in 2003": a past year
        # cannot date a present perfect, so the parser hung it on the wrong word
    noun = date_root.head
    if date_root.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and \
            noun.pos_ in ("NOUN", "PROPN") and (noun.dep_ == "dobj" or (
                noun.dep_ == "pobj" and noun.head.lower_ not in TIME_PREPS | {"under"})):
        return True  # "violated the 1994 accord", "over the 1979 coup"
    if date_root.dep_ in ("compound", "nummod", "amod", "poss") and noun.dep_ == "pobj" and \
            noun.head.lower_ in ("after", "following") and noun.head.head.pos_ == "VERB" and \
            noun.head.i > noun.head.head.i:
        return True  # "lifted sanctions imposed after their 1998 nuclear tests": what the
        # act followed ("After the 1967 war, Israel occupied ..." dates the act)
    for node in date_root.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.lower_ == "since" and node.head.pos_ in ("NOUN", "ADJ"):
            return True
        if node.pos_ in ("NOUN", "PROPN") and node.dep_ == "pobj" and \
                node.head.lower_ in ABOUT_PREPS and node.head.head.pos_ in ("VERB", "NOUN"):
            return True
    return False


def _present_perfect(verb: Token) -> bool:
    """ "have opened", "has agreed": a tense English does not date with a past year."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ")
        for c in verb.children)
