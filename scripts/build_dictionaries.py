"""Compile tocsin's actor dictionary into package data (``src/tocsin/data/actors.json.gz``).

Reads, in full:

* the Phoenix actor files (``Phoenix.Countries.actors.txt``,
  ``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``) and
  ``Phoenix.agents.txt`` from PETRARCH2 (``../shared/data/petrarch2`` by default);
* every country in pycountry (name, official and common names) with countryinfo's name,
  alternative spellings, demonym (and its plural) and capital;
* ``src/tocsin/data/curated_actors.tsv`` (leaders, ministers and armed groups since 2015).

and writes one gzipped JSON file that :class:`tocsin.coding.actors.ActorDictionary` loads.
Output is deterministic (sorted, gzip without a timestamp); its ``version`` is a hash of the
content. Run from the repository root::

    .venv/bin/python scripts/build_dictionaries.py

How the sources are merged (first candidate that resolves at the event date wins):

0. curated rows, and every synonym of a Phoenix entry that shares a name with a curated
   entity (so "President Obama" follows the curated dates of "Barack Obama");
1. Phoenix entries whose code agrees with the ISO country a name denotes;
2. pycountry / countryinfo country names and demonyms;
3. all other Phoenix entries, in file order;
4. capitals (countryinfo), flagged as places;
5. curated generic agents, then Phoenix agents (later lines first, as in PETRARCH).

Phoenix names that are suppressed by a curated ``---`` row, or single words that are also
Phoenix agents ("Senate"), are dropped. Malformed lines of the Phoenix files are reported and
skipped; a malformed curated row stops the build.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:  # run from a checkout without installing tocsin
    sys.path.insert(0, str(ROOT / "src"))

from tocsin.coding.actors import (  # noqa: E402
    CASE_ANY,
    CASE_CAPITAL,
    DATA_FORMAT,
    FLAG_AGENT,
    FLAG_PLACE,
    FLAG_PLOVER,
    case_mask,
    name_key,
    pretty_name,
    record_json,
    split_code,
    strict_words,
)
from tocsin.dictionaries.tabari import (  # noqa: E402
    NULL_CODE,
    ActorEntry,
    AgentEntry,
    normalise_name,
    parse_actor_file,
    parse_agent_file,
)
from tocsin.errors import DictionaryError  # noqa: E402

PHOENIX_ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                       "Phoenix.MilNonState.actors.txt")
PHOENIX_AGENT_FILE = "Phoenix.agents.txt"

# PLOVER manual, "Sector Codes" table (plus the CAMEO/Phoenix sectors it keeps).
SECTORS = ("AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "JRN", "JUD", "LAB", "LEG",
           "MED", "MIL", "OPP", "PRE", "PRM", "PTY", "REB", "REF", "REL", "SOC", "SPY", "UAF",
           "UNK")
# CAMEO sector names that PLOVER renamed or dropped (PLOVER manual, sector code notes 3-4).
RENAMES = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB"}
# Country codes the Phoenix files use besides ISO 3166 (Phoenix.Countries.actors.txt).
HISTORICAL_COUNTRIES = {"KSV": "Kosovo", "USR": "Soviet Union", "SUN": "Soviet Union",
                        "YUG": "Yugoslavia", "CSK": "Czechoslovakia", "DDR": "East Germany",
                        "SCG": "Serbia and Montenegro", "TMP": "East Timor"}
# Short names whose country changed: since Zaire became the Democratic Republic of the
# Congo (17 May 1997) wire style (AP, Reuters) writes "Congo" for it, and "Republic of
# Congo" or "Congo-Brazzaville" for its neighbour, which "Congo" meant before.
NEWS_SHORT_NAMES = {"Congo": (("COG", None, date(1997, 5, 16)),
                              ("COD", date(1997, 5, 17), None))}
# countryinfo also lists GBR as "Wales" and MMR as "Burma": the shortest name is not the
# one to show for these two.
DISPLAY_NAMES = {"GBR": "United Kingdom", "MMR": "Myanmar"}
# Forms of a country's name that neither pycountry nor countryinfo lists: a constituent
# country whose name would otherwise match its neighbour ("Northern Ireland" is not
# Ireland) and the short name news uses for the Emirates.
EXTRA_FORMS = {"GBR": ("Northern Ireland", "Northern Irish"), "ARE": ("Emirates",)}
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# Words that do not make a name country-specific when deciding whether a synonym of a
# Phoenix country entry is a form of the country's name or a place within it.
GENERIC_WORDS = frozenset({
    "of", "the", "and", "republic", "state", "states", "democratic", "people", "peoples",
    "islamic", "kingdom", "united", "federal", "federation", "union", "commonwealth",
    "socialist", "arab", "popular", "plurinational", "bolivarian", "principality", "grand",
    "duchy", "sultanate", "emirates", "territory", "territories", "islands", "island", "saint",
    "st.", "new", "great", "south", "north", "east", "west", "central", "equatorial",
    "independent", "cooperative", "special", "administrative", "region", "sar", "da", "do",
    "de", "la", "el", "al", "(", ")", ",", "city"})
CURATED_COLUMNS = ["name", "entity", "code", "sector", "start", "end", "source"]
MAX_TAKEOVER_NAMES = 20  # a larger entry bundles several bodies (US military: Pentagon, CENTCOM...)

TIER_CURATED, TIER_AGREES, TIER_COUNTRY, TIER_PHOENIX, TIER_CAPITAL = 0, 1, 2, 3, 4
TIER_CURATED_AGENT, TIER_AGENT = 5, 6

Key = tuple[str, ...]


@dataclass
class CuratedEntity:
    """The rows of curated_actors.tsv that share one entity name."""

    entity: str
    names: list[str] = field(default_factory=list)
    roles: list[tuple[str, date | None, date | None]] = field(default_factory=list)
    agent: bool = False
    suppress: bool = False


@dataclass
class Builder:
    """Collects records and name candidates, then writes the compiled file."""

    sources: list[str] = field(default_factory=list)
    records: list[list[object]] = field(default_factory=list)
    candidates: dict[Key, list[tuple[int, int, int, int]]] = field(
        default_factory=lambda: defaultdict(list))
    counts: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(
        lambda: defaultdict(int)))
    _seq: int = 0

    def source(self, name: str) -> int:
        if name not in self.sources:
            self.sources.append(name)
        return self.sources.index(name)

    def record(self, raw: list[object]) -> int:
        self.records.append(raw)
        self.counts[self.sources[raw[2]]]["records"] += 1  # type: ignore[index]
        return len(self.records) - 1

    def add(self, key: Key, rec: int, tier: int, case: int = CASE_CAPITAL) -> None:
        if not key:
            return
        self._seq += 1
        self.candidates[key].append((tier, self._seq, rec, case))
        self.counts[self.sources[self.records[rec][2]]]["names"] += 1  # type: ignore[index]

    def names_json(self, curated_names: set[Key]) -> dict[str, list[list[int]]]:
        """Candidates per name, best first. A name from the curated table is curated only:
        the Phoenix and country entries it shares a name with are dropped."""
        out: dict[str, list[list[int]]] = {}
        for key in sorted(self.candidates, key=lambda k: " ".join(k)):
            seen: dict[int, list[int]] = {}
            cands = []
            for tier, _, rec, case in sorted(self.candidates[key]):
                if key in curated_names and TIER_CURATED < tier < TIER_CURATED_AGENT:
                    continue
                if rec in seen:  # "Kim Jong Un" and "Kim Jong-un": "un" may be lower case
                    seen[rec][1] &= case
                else:
                    seen[rec] = [rec, case]
                    cands.append(seen[rec])
            out[" ".join(key)] = cands
        return out


# ---------------------------------------------------------------------------- countries


@dataclass
class Countries:
    names: dict[str, str]  # code -> display name
    forms: dict[str, set[Key]]  # code -> name/demonym keys (records)
    owner: dict[Key, str]  # key -> the one code it denotes
    capitals: dict[str, set[Key]]
    hints: dict[str, set[str]]  # code -> loose strings for place classification


def _ascii_name(text: str) -> str:
    return normalise_name(text.replace(",", " , "))


def _demonym_forms(demonym: str) -> list[str]:
    """"Iraqi" -> ["Iraqi", "Iraqis"]; "French", "Swiss", "Chinese" have no plural."""
    if not demonym:
        return []
    if demonym.endswith(("s", "sh", "ch", "ese")):
        return [demonym]
    return [demonym, demonym + "s"]


def load_countries() -> Countries:
    """Country names, official and common names, demonyms and capitals."""
    import pycountry
    from countryinfo import CountryInfo

    infos: dict[str, list[dict]] = defaultdict(list)
    for _, value in sorted(CountryInfo.all().items()):
        if value.get("ISO", {}).get("alpha3"):
            infos[value["ISO"]["alpha3"]].append(value)
    names: dict[str, str] = dict(HISTORICAL_COUNTRIES)
    forms: dict[str, set[Key]] = defaultdict(set)
    capitals: dict[str, set[Key]] = defaultdict(set)
    hints: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        code = country.alpha_3
        shown = [getattr(country, "common_name", ""), country.name,
                 *(i.get("name", "") for i in infos.get(code, []))]
        names[code] = DISPLAY_NAMES.get(code) or min(
            (n for n in shown if n and "," not in n), key=len,
            default=country.name)  # "Turkey", "North Macedonia", "Palestine"
        texts = [country.name, getattr(country, "official_name", ""),
                 getattr(country, "common_name", ""), *EXTRA_FORMS.get(code, ())]
        alt: list[str] = []
        for entry in infos.get(code, []):  # GBR also has "Wales", MMR "Burma"
            texts.append(entry.get("name", ""))
            alt += entry.get("altSpellings", [])
            texts += _demonym_forms(entry.get("demonym") or "")
        texts += [s for s in alt if len(s) > 3 or not s.isupper()]
        for text in texts:
            if not text or "," in text:
                continue
            key = name_key(_ascii_name(text))
            if key and all(t.isascii() for t in key):
                forms[code].add(key)
        hints[code] = {" ".join(k) for k in forms[code]}
        hints[code] |= {s.lower() for s in alt if len(s) <= 3}
        hints[code] |= {country.alpha_2.lower(), code.lower()}
        for entry in infos.get(code, []):
            capital = entry.get("capital") or []
            for city in [capital] if isinstance(capital, str) else capital:
                key = name_key(_ascii_name(city))
                if city.lower().startswith("the ") and len(key) == 1:
                    continue  # "The Valley" (Anguilla): the bare "Valley" names no capital
                capitals[code].add(key)
    # A form shared by several countries ("American": USA and its minor outlying islands)
    # goes to the most populous one.
    population = {code: max((i.get("population") or 0 for i in infos.get(code, [])), default=0)
                  for code in forms}
    owner: dict[Key, str] = {}
    for code in sorted(forms, key=lambda c: (population[c], c)):
        for key in forms[code]:
            owner[key] = code
    for text in NEWS_SHORT_NAMES:  # dated names get their own record (see below)
        owner[name_key(text)] = ""
    for code in forms:
        forms[code] = {k for k in forms[code] if owner[k] == code}
    return Countries(names, forms, owner, capitals, hints)


def _is_country_form(key: Key, codes: Iterable[str], countries: Countries) -> bool:
    """Is ``key`` a form of one of these countries' names rather than a place in them?"""
    text = " ".join(key)
    letters = text.replace(".", "").replace(" ", "")
    for code in codes:
        hints = countries.hints.get(code, set())
        if text in hints or letters in hints:
            return True
        distinctive = {t for h in hints for t in h.split()} - GENERIC_WORDS
        if set(key) & distinctive:
            return True
        if any(difflib.SequenceMatcher(None, letters, h.replace(" ", "")).ratio() >= 0.8
               for h in hints if len(h) > 3):
            return True
    return False


# ---------------------------------------------------------------------------- curated


def _curated_date(text: str, path: str, line: int, column: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DictionaryError(path, line, f"{column} {text!r} is not YYYY-MM-DD") from None


def read_curated(path: Path) -> list[CuratedEntity]:
    """Read curated_actors.tsv; a malformed row raises :class:`DictionaryError`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    if not rows or rows[0][1].split("\t") != CURATED_COLUMNS:
        raise DictionaryError(str(path), rows[0][0] if rows else 1,
                              "header must be: " + "\t".join(CURATED_COLUMNS))
    entities: dict[str, CuratedEntity] = {}
    for number, line in rows[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) != len(CURATED_COLUMNS):
            raise DictionaryError(str(path), number, f"expected {len(CURATED_COLUMNS)} "
                                  f"tab-separated columns, found {len(cells)}")
        name, entity, code, sector, start_s, end_s, source = (c.strip() for c in cells)
        if not name or not entity or not source:
            raise DictionaryError(str(path), number, "name, entity and source are required")
        start = _curated_date(start_s, str(path), number, "start")
        end = _curated_date(end_s, str(path), number, "end")
        if start and end and end <= start:
            raise DictionaryError(str(path), number, "end must be after start")
        if code not in ("", "---") and not (len(code) == 3 and code.isalpha() and code.isupper()):
            raise DictionaryError(str(path), number, f"code {code!r} is not a 3-letter code")
        if sector and (len(sector) % 3 or not sector.isalpha() or not sector.isupper()):
            raise DictionaryError(str(path), number, f"sector {sector!r} is not 3-letter parts")
        if code == "" and sector[:3] not in SECTORS:
            raise DictionaryError(str(path), number, "an agent row (no code) needs a sector")
        ent = entities.setdefault(entity, CuratedEntity(entity, agent=code == "",
                                                         suppress=code == "---"))
        if (ent.agent, ent.suppress) != (code == "", code == "---"):
            raise DictionaryError(str(path), number, f"entity {entity!r} mixes actor, agent "
                                  "(no code) and suppressed (---) rows")
        if name not in ent.names:
            ent.names.append(name)
        full = "~" + sector if ent.agent else code + sector
        if (full, start, end) not in ent.roles:
            ent.roles.append((full, start, end))
    return list(entities.values())


def _with_default(ent: CuratedEntity) -> list[tuple[str, date | None, date | None]]:
    """An office holder with only dated state roles is <country>ELI outside them."""
    roles = list(ent.roles)
    if any(s is None and e is None for _, s, e in roles):
        return roles
    if all(code[3:6] in STATE_SECTORS and len(code) == 6 for code, _, _ in roles):
        latest = max(roles, key=lambda r: (r[2] or date.max, r[1] or date.min))
        roles.append((latest[0][:3] + "ELI", None, None))
    return roles


# ---------------------------------------------------------------------------- build


@dataclass
class Sources:
    """Everything the build reads, parsed."""

    builder: Builder
    countries: Countries
    phoenix: list[tuple[int, ActorEntry]]  # (source index, entry)
    agents: list[AgentEntry]
    agent_source: int
    curated: list[CuratedEntity]
    curated_source: int
    errors: list[DictionaryError]
    curated_keys: dict[Key, CuratedEntity] = field(default_factory=dict)
    suppressed: set[Key] = field(default_factory=set)

    def __post_init__(self) -> None:
        for ent in self.curated:
            for n in ent.names:
                if ent.suppress:
                    self.suppressed.add(name_key(n))
                elif not ent.agent:
                    self.curated_keys.setdefault(name_key(n), ent)


def read_sources(phoenix_dir: Path, curated_path: Path) -> Sources:
    b = Builder()
    errors: list[DictionaryError] = []
    phoenix: list[tuple[int, ActorEntry]] = []
    for name in PHOENIX_ACTOR_FILES:
        src = b.source(name)
        entries = parse_actor_file(phoenix_dir / name, errors=errors)
        b.counts[name]["entries"] = len(entries)
        phoenix += [(src, e) for e in entries]
    agent_src = b.source(PHOENIX_AGENT_FILE)
    agents = parse_agent_file(phoenix_dir / PHOENIX_AGENT_FILE, errors=errors)
    b.counts[PHOENIX_AGENT_FILE]["entries"] = len(agents)
    curated = read_curated(curated_path)
    cur_src = b.source(curated_path.name)
    b.counts[curated_path.name]["entries"] = len(curated)
    return Sources(b, load_countries(), phoenix, agents, agent_src, curated, cur_src, errors)


def add_curated(s: Sources) -> str:
    """Tier 0: curated entities, with the synonyms of Phoenix entries that share a name."""
    b, keys_of = s.builder, s.curated_keys
    takeover: dict[str, list[Key]] = defaultdict(list)
    for _, entry in s.phoenix:
        keys = [name_key(n) for n in entry.names]
        owners = {keys_of[k].entity for k in keys if k in keys_of}
        bare = all(len(r.code) == 3 for r in entry.roles)
        same = keys[0] in keys_of  # the entry's primary name is a curated name
        if len(owners) == 1 and not bare and (same or len(keys) <= MAX_TAKEOVER_NAMES):
            takeover[owners.pop()] += [k for k in keys if k not in keys_of]
    null = b.record(record_json("", [(NULL_CODE, None, None)], s.curated_source))
    for ent in s.curated:
        if ent.suppress:
            # A suppressed name of several words is kept as a null record, so that it
            # also hides the shorter names inside it ("Central American" is not "American").
            for n in ent.names:
                if len(name_key(n)) > 1:
                    b.add(name_key(n), null, TIER_CURATED, case_mask(n))
            continue
        flags = FLAG_PLOVER | (FLAG_AGENT if ent.agent else 0)
        rec = b.record(record_json("" if ent.agent else ent.entity, _with_default(ent),
                                   s.curated_source, flags))
        tier = TIER_CURATED_AGENT if ent.agent else TIER_CURATED
        for n in ent.names:
            b.add(name_key(n), rec, tier, CASE_ANY if ent.agent else case_mask(n))
        for key in takeover.get(ent.entity, ()):
            if key not in s.suppressed:
                b.add(key, rec, TIER_CURATED)
    return (f"curated: {sum(len(v) for v in takeover.values())} Phoenix synonyms follow "
            f"{len(takeover)} curated entities")


def add_phoenix(s: Sources) -> str:
    """Tiers 1 and 3: Phoenix actor entries; country entries split into names and places."""
    b, countries = s.builder, s.countries
    sectors = frozenset(SECTORS)
    agent_keys = {name_key(n) for a in s.agents for n in a.names}
    dropped: set[Key] = set()
    for src, entry in s.phoenix:
        splits = [split_code(r.code, sectors, RENAMES) for r in entry.roles]
        roots = {c.code for c in splits if c.code}
        bare = all(c.code in countries.names and not c.sector for c in splits if not c.null)
        keys = []
        for n in entry.names:
            key = name_key(n)
            if len(key) == 1 and key in agent_keys:
                dropped.add(key)
            elif key not in s.suppressed:
                keys.append(key)
        groups: dict[bool, list[Key]] = defaultdict(list)
        for key in keys:
            place = bare and (any(key in countries.capitals.get(c, ()) for c in roots) or
                              not _is_country_form(key, roots, countries))
            groups[place].append(key)
        roles = [(r.code, r.start, r.end) for r in entry.roles]
        for place, group in sorted(groups.items()):
            rec = b.record(record_json(pretty_name(entry.primary), roles, src,
                                       FLAG_PLACE if place else 0))
            for key in group:
                agrees = countries.owner.get(key) in roots
                b.add(key, rec, TIER_AGREES if agrees else TIER_PHOENIX)
    return (f"phoenix: dropped {len(dropped)} one-word names that are agents: "
            + ", ".join(sorted(" ".join(k) for k in dropped)))


def add_countries_and_agents(s: Sources) -> None:
    """Tiers 2 and 4 (country names and capitals) and 6 (Phoenix agents)."""
    b, countries = s.builder, s.countries
    src = b.source("pycountry+countryinfo")
    b.counts["pycountry+countryinfo"]["entries"] = len(countries.forms)
    for code in sorted(countries.forms):
        rec = b.record(record_json(countries.names[code], [(code, None, None)], src))
        for key in sorted(countries.forms[code]):
            if key not in s.suppressed:
                b.add(key, rec, TIER_COUNTRY)
        caps = sorted(k for k in countries.capitals.get(code, ()) if k not in s.suppressed)
        if caps:
            cap = b.record(record_json(countries.names[code], [(code, None, None)], src,
                                       FLAG_PLACE))
            for key in caps:
                b.add(key, cap, TIER_CAPITAL)
    for text, roles in NEWS_SHORT_NAMES.items():
        b.add(name_key(text), b.record(record_json(text, roles, src)), TIER_COUNTRY)
    # later lines first: in PETRARCH a later line overwrites an earlier one
    for agent in reversed(s.agents):
        rec = b.record(record_json("", [(agent.code, None, None)], s.agent_source,
                                   FLAG_AGENT))
        for n in agent.names:
            b.add(name_key(n), rec, TIER_AGENT, CASE_ANY)


def build(phoenix_dir: Path, curated_path: Path) -> tuple[dict[str, object], list[str]]:
    """Merge every source; return the compiled data and the report lines."""
    from spacy.lang.en.stop_words import STOP_WORDS

    s = read_sources(phoenix_dir, curated_path)
    b = s.builder
    report = [add_curated(s), add_phoenix(s)]
    add_countries_and_agents(s)
    strict = sorted(_strict_words(b, s.curated, s.curated_source, STOP_WORDS))
    report.append("only in capitals: " + ", ".join(strict))
    report += [f"skipped malformed line {err}" for err in s.errors]
    data: dict[str, object] = {
        "format": DATA_FORMAT,
        "sources": b.sources,
        "countries": dict(sorted(s.countries.names.items())),
        "sectors": list(SECTORS),
        "renames": RENAMES,
        "strict": strict,
        "stop_words": sorted(STOP_WORDS),
        "records": b.records,
        "names": b.names_json(set(s.curated_keys)),
    }
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data["version"] = "actors-" + hashlib.sha1(body.encode()).hexdigest()[:12]
    counts = [f"{name:36} entries {b.counts[name]['entries']:6}  records "
              f"{b.counts[name]['records']:6}  names {b.counts[name]['names']:6}"
              for name in b.sources]
    counts.append(f"{'total':36} records {len(b.records)}  distinct names {len(b.candidates)}")
    return data, counts + report


def _strict_words(b: Builder, curated: list[CuratedEntity], cur_src: int,
                  stop_words: Iterable[str]) -> set[str]:
    """Words that only match in capitals: one-word actor names that are common short words.

    TABARI names are upper case, so every short one counts ("UN", "US"); a curated name
    counts when it is written in capitals ("IS", "AU"), not when it is a name ("Xi").
    """
    curated_only = {k for k, cands in b.candidates.items()
                    if all(b.records[c[2]][2] == cur_src for c in cands)}
    others = [k for k, cands in b.candidates.items()
              if k not in curated_only and any(c[3] != CASE_ANY for c in cands)]
    strict = strict_words(others, stop_words)
    capitals = [name_key(n) for ent in curated if not ent.agent
                for n in ent.names if n.isupper()]
    return strict | strict_words(capitals, stop_words)


def write(data: dict[str, object], output: Path) -> int:
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    packed = gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0)
    output.write_bytes(packed)
    return len(packed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phoenix-dir", type=Path,
                        default=ROOT.parent / "shared" / "data" / "petrarch2")
    parser.add_argument("--curated", type=Path,
                        default=ROOT / "src" / "tocsin" / "data" / "curated_actors.tsv")
    parser.add_argument("--output", type=Path,
                        default=ROOT / "src" / "tocsin" / "data" / "actors.json.gz")
    args = parser.parse_args(argv)
    try:
        data, report = build(args.phoenix_dir, args.curated)
    except (DictionaryError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    size = write(data, args.output)
    for line in report:
        print(line)
    print(f"wrote {args.output} ({size / 1e6:.2f} MB, {data['version']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
