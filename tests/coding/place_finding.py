"""Running :func:`tocsin.coding.places.find_location` on one sentence, for the place tests."""

from __future__ import annotations

from collections.abc import Mapping

from tocsin.coding.places import find_location
from tocsin.model import Location


def locate_in(nlp, text: str, trigger: str, countries: Mapping[str, str],
              excluded_words: tuple[str, ...] = ()) -> Location | None:
    """The place of the event triggered by the word ``trigger`` in ``text``'s first
    sentence; ``countries`` maps words to country codes (the coder's ``country_of``),
    and the words in ``excluded_words`` are the event's actors."""
    sent = next(nlp(text).sents)
    trig = next(t for t in sent if t.text == trigger)
    excluded = {t.i for t in sent if t.text in excluded_words}
    return find_location(sent, trig, excluded, lambda tok: countries.get(tok.text, ""))
