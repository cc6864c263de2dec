"""Places for events whose sentence names none: the article's dateline, else its main place.

The coder finds a place in the event's own sentence (:mod:`.places`). Many sentences name
none ("Protesters stormed the compound on Tuesday"), while the article says where it is
from. After an article is coded, :func:`fill_article_places` gives such events:

* the **dateline** place: a line of the article's opening that starts with a place name
  in capitals or followed by a country, then a dash ("BAGHDAD —", "KYIV, Ukraine (AP) —",
  "Erbil, Iraq -"), resolved in the gazetteer, or in the actor dictionary for a country
  or capital; its ``basis`` is ``"dateline"``;
* else the article's **main place**: the place the most events of the article are located
  at by their own sentences, when two or more sentences name it; ``basis`` ``"article"``.

A place is only given where it fits the event: a verbal act (statements, talks,
demands: PLOVER quad classes 1 and 3) happens where the article was written; a material
act (aid, attacks, arrests, protests: classes 2 and 4) only takes the place when it lies
in the country of the act's recipient, or of its actor when it names no recipient, so a
strike in Iraq reported from Washington is not put in Washington. Evidence spans are not
given: the place is not in the event's sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from tocsin.coding.actors import ActorDictionary
from tocsin.coding.gazetteer import default_gazetteer
from tocsin.model import Article, Event, Location
from tocsin.ontology.plover import QUAD_CLASS, normalise_category

DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.\- ]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][\w.\- ]{1,30}?))?"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|-|:)\s+\S"
)
"""A dateline: a place, optionally ", region", optionally "(agency)", then a dash."""

DATELINE_LINES = 3
"""Lines of the article's opening searched for a dateline (a title may come first)."""

CountryOf = Callable[[str], str]
"""A name → its country code ("" when the name is not a country or capital)."""


def dateline_place(text: str, country_of: CountryOf) -> Location | None:
    """The place of the article's dateline, or None when it has none or it is unknown."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        match = DATELINE.match(line)
        if match is None:
            continue
        name, region = match["place"].strip(), (match["region"] or "").strip()
        if not region and not name.replace(" ", "").replace("-", "").isupper():
            continue  # "Protesters - who ..." is prose, "BAGHDAD -" a dateline
        if len(name.split()) > 4:
            continue
        place = _resolve(name.title() if name.isupper() else name, region, country_of)
        if place is not None:
            return place
    return None


def _resolve(name: str, region: str, country_of: CountryOf) -> Location | None:
    country = country_of(name)
    # "KYIV, Ukraine -": the region's country; "ISLAMABAD, May 9 -": the capital's own.
    prefer = {country_of(region) if region else ""} - {""} or {country} - {""}
    found = default_gazetteer().lookup(name, prefer)
    if found is not None and (not prefer or found.country in prefer):
        return Location(name, found.country, admin1=found.admin1, lat=found.lat,
                        lon=found.lon, precision=found.precision, basis="dateline")
    if country:  # a country ("LEBANON -") or a capital the actor dictionary knows
        return Location(name, country, precision="country", basis="dateline")
    return None


def dictionary_countries(actors: ActorDictionary) -> CountryOf:
    """A :data:`CountryOf` from the actor dictionary: countries and their capitals."""

    def country_of(name: str) -> str:
        match = actors.lookup(name) if name else None
        return match.code if match is not None and match.kind == "country" else ""

    return country_of


def main_place(events: Sequence[Event]) -> Location | None:
    """The place most of the article's events are located at by their own sentence, when
    at least two sentences name it."""
    sentences: dict[str, set[int]] = {}
    first: dict[str, Location] = {}
    for ev in events:
        loc = ev.location
        if loc is None or loc.basis != "sentence" or not loc.country:
            continue
        sentences.setdefault(loc.name, set()).add(ev.sentence_index)
        first.setdefault(loc.name, loc)
    counts = Counter({name: len(s) for name, s in sentences.items()})
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    if n < 2:
        return None
    loc = first[name]
    return Location(loc.name, loc.country, admin1=loc.admin1, lat=loc.lat, lon=loc.lon,
                    precision=loc.precision, basis="article")


def _fits(event: Event, place: Location) -> bool:
    quad = QUAD_CLASS.get(normalise_category(event.event))
    if quad in (1, 3):
        return True
    side = event.recipient or event.actor
    countries = {a.code for a in side if a.code}
    return place.country in countries


def fill_article_places(article: Article, events: Sequence[Event],
                        country_of: CountryOf) -> int:
    """Give each event of ``article`` without a place the dateline or main place where it
    fits (see the module); return how many were given one."""
    missing = [ev for ev in events if ev.location is None]
    if not missing:
        return 0
    candidates = [p for p in (dateline_place(article.text, country_of), main_place(events))
                  if p is not None]
    filled = 0
    for ev in missing:
        for place in candidates:
            if _fits(ev, place):
                ev.location = Location(place.name, place.country, admin1=place.admin1,
                                       lat=place.lat, lon=place.lon,
                                       precision=place.precision, basis=place.basis)
                filled += 1
                break
    return filled
