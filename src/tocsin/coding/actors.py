"""Finding actors, agents and countries in a sentence: the compiled actor dictionary.

:class:`ActorDictionary` loads ``tocsin/data/actors.json.gz`` (built by
``scripts/build_dictionaries.py`` from the Phoenix actor and agent dictionaries, pycountry
and countryinfo, and ``data/curated_actors.tsv``) and finds every dictionary name in a
tokenised sentence. :meth:`ActorDictionary.match` returns non-overlapping
:class:`ActorMatch` objects, longest first; the coder combines them ("Iraq's prime
minister" = the country IRQ + the agent GOV; "U.S. forces" = USA + MIL).

**Codes.** Each match keeps the dictionary's ``full_code`` and splits it the way the Phoenix
pipeline does: ``code`` is the first three letters (a country, or IGO/NGO/IMG/MNC and the
other CAMEO roots); ``sector`` the first later 3-letter part that is a PLOVER sector code;
``attributes`` the remaining parts. ``USAGOV`` -> USA, GOV; ``IGOUNO`` -> IGO, "",
("UNO",) (PLOVER codes the UN as country "IGO" without a sector); ``PSEREBHMS`` -> PSE,
REB, ("HMS",); ``IMGMUSISI`` -> IMG, "", ("MUS", "ISI"). Codes from TABARI files use CAMEO
sector names, which the split renames to PLOVER's: MED (media) -> JRN, HLH (health) ->
MED, INS and SEP -> REB. ``full_code`` stays as written. Agents keep their ``~``:
``~MIL`` (appended to an actor: code "", sector MIL) or ``NGO~`` (code NGO).

**Kinds.** ``"country"``: the code is a bare country code ("Iraq", "Iraqi", "U.S.",
"Erbil" -- Phoenix lists major cities and regions as country names; :attr:`ActorMatch.place`
marks those). ``"agent"``: a role noun without a country ("militias", "police").
``"actor"``: everything else, with an ``entity`` name ("Kata'ib Hezbollah").

**Dates.** A name may have dated roles; the first role whose range holds the event date
wins, else the undated default; with no date, the most recent role. A name with no role at
that date is not coded. Former office holders from the curated table resolve to the
country with sector ELI outside their terms (Phoenix's convention: ``[USAELI]``).

**Tokens and case.** :meth:`~ActorDictionary.match` takes the sentence's tokens in their
original case (spaCy tokenisation). Tokens and dictionary names are normalised the same
way: lower case, accents and curly quotes folded, hyphens split ("Iran-backed" and
"U.S.-led" give "iran" + "backed", "u.s." + "led"), apostrophes inside words dropped
("Kata'ib" = "Kataib"), possessive "'s" dropped, a leading "the" left out. Actor and
country names only match when one of their tokens is capitalised ("Turkey", not "turkey");
curated names also need the words they capitalise ("Islamic State", not "an Islamic
state"); one-word names that are also common short words ("US", "IS", "UN") only match when
written in capitals. Agents match in any case.

Dictionaries and their precedence: user files given to :meth:`ActorDictionary.load` >
curated table > Phoenix entries that agree with an ISO country name > pycountry /
countryinfo names and demonyms > other Phoenix entries > capitals > agents.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from tocsin.dictionaries.tabari import (
    NULL_CODE,
    ActorEntry,
    AgentEntry,
    parse_actor_file,
    parse_agent_file,
)
from tocsin.errors import DictionaryError

__all__ = [
    "ActorCode",
    "ActorDictionary",
    "ActorMatch",
    "DATA_FORMAT",
    "case_mask",
    "default_actor_dictionary",
    "name_key",
    "pretty_name",
    "split_code",
    "token_pieces",
]

DATA_FORMAT = "tocsin.actors.v1"
DATA_FILE = "actors.json.gz"

# Case rules of a name candidate: any case (agents), one capitalised piece (actors and
# countries), or a bit mask of the pieces that must be capitalised (curated names).
CASE_ANY = -1
CASE_CAPITAL = 0

# Record flags in the compiled file.
FLAG_AGENT = 1
FLAG_PLACE = 2
FLAG_PLOVER = 4  # codes already use PLOVER sector names (curated table)

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                       "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-",
                       "\u2212": "-"})
_LEAD_PUNCT = "([{\"'"
_TRAIL_PUNCT = ")]}\",;:!?"


# ---------------------------------------------------------------------------- tokens


def _fold(text: str) -> str:
    text = text.translate(_FOLD)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    return text


def _pieces(text: str) -> list[tuple[str, str]]:
    """(original, lower) pieces of one token: hyphens split, possessives dropped."""
    out: list[tuple[str, str]] = []
    for part in _fold(text).split("-"):
        low = part.lower()
        if low.endswith("'s") and len(low) > 2:
            part, low = part[:-2], low[:-2]
        if "'" in low:
            part, low = part.replace("'", ""), low.replace("'", "")
        low = _SPELLINGS.get(low, low)
        if low:
            out.append((part, low))
    return out


# British and American spellings of words in organisations' names ("Organisation of
# American States" is the Organization of American States).
_SPELLINGS = {"organisation": "organization", "organisations": "organizations",
              "defence": "defense", "centre": "center", "programme": "program",
              "labour": "labor"}


@lru_cache(maxsize=100_000)
def token_pieces(text: str) -> tuple[tuple[str, bool, bool], ...]:
    """Normalised pieces of one sentence token, each with two flags: does it start with a
    capital letter, and is it all capitals? ``"U.S.-led"`` -> ``(("u.s.", True, True),
    ("led", False, False))``."""
    out: list[tuple[str, bool, bool]] = []
    for orig, low in _pieces(text):
        first = next((c for c in orig if c.isalpha()), "")
        out.append((low, first.isupper(), orig.isupper()))
    return tuple(out)


def _name_pieces(name: str) -> list[tuple[str, str]]:
    """(original, lower) pieces of a dictionary name, punctuation split off as spaCy does,
    without a leading "the"."""
    out: list[tuple[str, str]] = []
    for word in name.replace("_", " ").split():
        lead: list[str] = []
        trail: list[str] = []
        while word and word[0] in _LEAD_PUNCT and len(word) > 1:
            lead.append(word[0])
            word = word[1:]
        while word and word[-1] in _TRAIL_PUNCT and len(word) > 1:
            trail.insert(0, word[-1])
            word = word[:-1]
        for tok in (*lead, word, *trail):
            out.extend(_pieces(tok))
    if len(out) > 1 and out[0][1] == "the":
        del out[0]
    return out


def name_key(name: str) -> tuple[str, ...]:
    """The token key of a dictionary name: ``"aden abyan army (aaia)"`` ->
    ``("aden", "abyan", "army", "(", "aaia", ")")``. A leading "the" is dropped, so that
    "THE_UNITED_NATIONS_" and "United Nations" are one name (matches leave "the" out)."""
    return tuple(low for _, low in _name_pieces(name))


def case_mask(surface: str) -> int:
    """Bit ``i`` set when piece ``i`` of a name written in its usual case is capitalised:
    ``"Islamic State group"`` -> 0b011; such pieces must be capitalised in the text."""
    mask = 0
    for i, (orig, _) in enumerate(_name_pieces(surface)):
        first = next((c for c in orig if c.isalpha()), "")
        if first.isupper():
            mask |= 1 << i
    return mask


_LOWER_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "al",
                          "el", "bin", "ibn", "wal", "da", "van", "von", "der", "du", "y"})


def pretty_name(name: str) -> str:
    """A display form of a normalised name: ``"kata'ib hezbollah"`` -> ``"Kata'ib Hezbollah"``."""
    words = []
    if name.startswith("the ") and len(name) > 4:
        name = name[4:]
    if name.isalpha() and len(name) <= 4:  # "afp", "iaea", "imf"
        return name.upper()
    for i, word in enumerate(name.split()):
        parts = word.split("-")
        for j, part in enumerate(parts):
            if (i or j) and part in _LOWER_WORDS:
                continue
            abbreviation = "." in part and len(part) <= 6  # "u.s.", "w."
            acronym = len(part) <= 3 and part.isalpha() and not set(part) & set("aeiouy")
            if abbreviation or acronym:
                parts[j] = part.upper()
            else:
                k = next((n for n, c in enumerate(part) if c.isalpha()), 0)
                parts[j] = part[:k] + part[k:k + 1].upper() + part[k + 1:]
        words.append("-".join(parts))
    return " ".join(words)


# ---------------------------------------------------------------------------- codes


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A full dictionary code split into PLOVER fields (see the module docstring)."""

    full_code: str
    code: str
    sector: str
    attributes: tuple[str, ...]

    @property
    def null(self) -> bool:
        return self.full_code == NULL_CODE


def split_code(full_code: str, sectors: frozenset[str],
               renames: dict[str, str] | None = None) -> ActorCode:
    """Split ``"PSEREBHMS"`` into PSE / REB / ("HMS",); ``"~GOVMIL"`` into "" / GOV /
    ("MIL",); ``"NGO~"`` into NGO / "" / (). ``renames`` maps CAMEO sector names to
    PLOVER's (MED -> JRN, ...)."""
    if full_code == NULL_CODE or not full_code[:1].isalpha() and full_code[:1] != "~":
        return ActorCode(NULL_CODE, "", "", ())
    core = full_code.split("/")[0]
    if core.startswith("~"):
        root, rest = "", core[1:]
    elif core.endswith("~"):
        root, rest = core[:-1][:3], core[:-1][3:]
    else:
        root, rest = core[:3], core[3:]
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    if root and not core.endswith("~") and (root in sectors or root in (renames or {})):
        chunks.insert(0, root)  # "[ELI]", "[MED]": a sector without a country
        root = ""
    if renames:
        chunks = [renames.get(c, c) for c in chunks]
    sector = next((c for c in chunks if c in sectors), "")
    if sector:
        chunks.remove(sector)
    return ActorCode(full_code, root, sector, tuple(chunks))


# ---------------------------------------------------------------------------- matches


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """One dictionary name found in a sentence: tokens ``[start, end)`` and its codes."""

    start: int
    end: int
    code: str
    sector: str
    entity: str
    kind: str  # "actor" | "agent" | "country"
    full_code: str
    attributes: tuple[str, ...] = ()
    place: bool = False
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "code": self.code,
                "sector": self.sector, "entity": self.entity, "kind": self.kind,
                "full_code": self.full_code, "attributes": list(self.attributes),
                "place": self.place}


class _Record:
    """One coded entity at run time: its dated roles, default role and display name."""

    __slots__ = ("dated", "default", "entity", "flags", "latest", "source")

    def __init__(self, entity: str, flags: int, source: str, default: ActorCode | None,
                 dated: tuple[tuple[int | None, int | None, ActorCode], ...]) -> None:
        self.entity = entity
        self.flags = flags
        self.source = source
        self.default = default
        self.dated = dated
        latest = max(dated, key=lambda r: (r[1] or 10**7, r[0] or 0), default=None)
        self.latest = latest[2] if latest else default

    def resolve(self, day: int | None) -> ActorCode | None:
        if day is None:
            return self.latest
        for start, end, code in self.dated:
            if (start is None or day >= start) and (end is None or day < end):
                return code
        return self.default


def record_json(entity: str, roles: Iterable[tuple[str, date | None, date | None]],
                source: int, flags: int = 0) -> list[Any]:
    """A record in the compiled file's form: ``[entity, flags, source, default, dated]``."""
    default: str | None = None
    dated: list[list[Any]] = []
    for code, start, end in roles:
        if start is None and end is None:
            default = default or code
        else:
            dated.append([code, start.toordinal() if start else None,
                          end.toordinal() if end else None])
    return [entity, flags, source, default, dated]


def strict_words(names: Iterable[tuple[str, ...]], stop_words: Iterable[str]) -> set[str]:
    """Single-word actor names that are also common short words ("us", "who", "un")."""
    stop = set(stop_words)
    return {key[0] for key in names if len(key) == 1 and
            (key[0] in stop or len(key[0].replace(".", "")) <= 2)}


class ActorDictionary:
    """The compiled actor, agent and country dictionary, ready to match sentences.

    Build one with :meth:`load` (or use :func:`default_actor_dictionary`); it keeps no
    state between calls to :meth:`match`.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != DATA_FORMAT:
            raise DictionaryError(str(data.get("path", DATA_FILE)), 0,
                                  f"compiled actor data has format {data.get('format')!r}, "
                                  f"expected {DATA_FORMAT!r}: rebuild it with "
                                  "scripts/build_dictionaries.py")
        self.version: str = data.get("version", "")
        self.sources: list[str] = list(data["sources"])
        self.countries: dict[str, str] = dict(data["countries"])
        self.sectors = frozenset(data["sectors"])
        self.renames: dict[str, str] = dict(data["renames"])
        self.strict = frozenset(data["strict"])
        self.stop_words = frozenset(data.get("stop_words", ()))
        self._codes: dict[tuple[str, bool], ActorCode] = {}
        self._records: list[_Record] = [self._record(r) for r in data["records"]]
        self._index: dict[tuple[str, ...], tuple[tuple[int, int], ...]] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        for name, cands in data["names"].items():
            self._add(tuple(name.split(" ")), [(rec, case) for rec, case in cands])

    # -- building -------------------------------------------------------------------------
    def _code(self, full_code: str, plover: bool) -> ActorCode:
        key = (full_code, plover)
        code = self._codes.get(key)
        if code is None:
            code = split_code(full_code, self.sectors, None if plover else self.renames)
            self._codes[key] = code
        return code

    def _record(self, raw: list[Any]) -> _Record:
        entity, flags, source, default, dated = raw
        plover = bool(flags & FLAG_PLOVER)
        return _Record(entity, flags, self.sources[source],
                       self._code(default, plover) if default else None,
                       tuple((s, e, self._code(c, plover)) for c, s, e in dated))

    def _add(self, key: tuple[str, ...], cands: list[tuple[int, int]], *,
             front: bool = False) -> None:
        if not key:
            return
        old = self._index.get(key, ())
        if front:
            agent_at = next((i for i, (r, _) in enumerate(old)
                             if self._records[r].flags & FLAG_AGENT), len(old))
            is_agent = all(self._records[r].flags & FLAG_AGENT for r, _ in cands)
            at = agent_at if is_agent else 0
            self._index[key] = (*old[:at], *cands, *old[at:])
        else:
            self._index[key] = (*old, *cands)
        for i in range(1, len(key) + 1):
            self._prefixes.add(key[:i])

    def _add_user_entries(self, entries: Sequence[ActorEntry | AgentEntry], path: str) -> None:
        self.sources.append(Path(path).name)
        source = len(self.sources) - 1
        for entry in entries:
            if isinstance(entry, AgentEntry):
                raw = record_json("", [(entry.code, None, None)], source, FLAG_AGENT)
                case = CASE_ANY
            else:
                raw = record_json(pretty_name(entry.primary),
                                  [(r.code, r.start, r.end) for r in entry.roles], source)
                case = CASE_CAPITAL
            self._records.append(self._record(raw))
            rec = len(self._records) - 1
            keys = [name_key(name) for name in entry.names]
            if case == CASE_CAPITAL:
                self.strict = self.strict | strict_words(keys, self.stop_words)
            for key in keys:
                self._add(key, [(rec, case)], front=True)

    @classmethod
    def load(cls, extra_actor_files: Iterable[str | Path] = (),
             extra_agent_files: Iterable[str | Path] = (), *,
             data_path: str | Path | None = None) -> ActorDictionary:
        """Load the packaged dictionary, plus TABARI-format actor and agent files.

        Names in the extra files take precedence over the packaged ones. Raises
        :class:`~tocsin.errors.DictionaryError` for a malformed extra file or compiled file.
        """
        if data_path is None:
            raw = resources.files("tocsin.data").joinpath(DATA_FILE).read_bytes()
            where = f"tocsin/data/{DATA_FILE}"
        else:
            raw = Path(data_path).read_bytes()
            where = str(data_path)
        try:
            data = json.loads(gzip.decompress(raw))
        except (OSError, ValueError) as exc:
            raise DictionaryError(where, 0, f"cannot read compiled actor data ({exc}); "
                                  "rebuild it with scripts/build_dictionaries.py") from None
        data["path"] = where
        actors = cls(data)
        for path in extra_actor_files:
            actors._add_user_entries(parse_actor_file(path), str(path))
        for path in extra_agent_files:
            actors._add_user_entries(parse_agent_file(path), str(path))
        return actors

    # -- matching -------------------------------------------------------------------------
    def __len__(self) -> int:
        """The number of distinct names."""
        return len(self._index)

    def entities(self, source: str | None = None) -> set[str]:
        """Entity names of the named actors, optionally only those from one source file
        (``"curated_actors.tsv"``, ``"Phoenix.Countries.actors.txt"``, a user file's name)."""
        return {r.entity for r in self._records
                if r.entity and (source is None or r.source == source)}

    def _resolve(self, cands: tuple[tuple[int, int], ...], caps: list[bool], ok: bool,
                 i: int, j: int, day: int | None) -> tuple[_Record, ActorCode] | None:
        for rec_id, case in cands:
            if case >= 0:  # an actor or country name: capitals required (module docstring)
                if not ok or not any(caps[i:j]):
                    continue
                if case and not all(caps[i + k] for k in range(j - i) if case >> k & 1):
                    continue
            rec = self._records[rec_id]
            code = rec.resolve(day)
            if code is not None:
                return rec, code
        return None

    def match(self, tokens: Sequence[str], event_date: date | None = None) -> list[ActorMatch]:
        """Every dictionary name in ``tokens`` (a sentence's tokens in original case).

        Matches do not overlap; longer names win. ``start``/``end`` index ``tokens``.
        Roles are resolved at ``event_date`` (``None``: each name's most recent role).
        """
        pieces: list[str] = []
        owner: list[int] = []
        caps: list[bool] = []
        lowered: list[bool] = []  # a strict word ("us", "who") not written in capitals
        strict = self.strict
        for t, tok in enumerate(tokens):
            for low, cap, upper in token_pieces(tok):
                pieces.append(low)
                owner.append(t)
                caps.append(cap)
                lowered.append(not upper and low in strict)
        day = event_date.toordinal() if event_date is not None else None
        found: list[tuple[int, int, int, _Record, ActorCode]] = []
        prefixes, index, n = self._prefixes, self._index, len(pieces)
        for i in range(n):
            key: tuple[str, ...] = (pieces[i],)
            j = i + 1
            while key in prefixes:
                cands = index.get(key)
                if cands:
                    ok = j - i > 1 or not lowered[i]
                    hit = self._resolve(cands, caps, ok, i, j, day)
                    if hit is not None:
                        found.append((i - j, i, j, *hit))
                if j >= n:
                    break
                key = (*key, pieces[j])
                j += 1
        found.sort(key=lambda f: (f[0], f[1]))
        taken = [False] * len(tokens)
        out: list[ActorMatch] = []
        for _, i, j, rec, code in found:
            start, end = owner[i], owner[j - 1] + 1
            if any(taken[start:end]):
                continue
            for k in range(start, end):
                taken[k] = True
            if not code.null:
                out.append(self._match(start, end, rec, code, tokens))
        out.sort(key=lambda m: m.start)
        return out

    def _match(self, start: int, end: int, rec: _Record, code: ActorCode,
               tokens: Sequence[str]) -> ActorMatch:
        if rec.flags & FLAG_AGENT:
            kind, entity = "agent", ""
        elif code.code in self.countries and not code.sector and not code.attributes:
            kind, entity = "country", self.countries[code.code]
        else:
            kind, entity = "actor", rec.entity
        return ActorMatch(start, end, code.code, code.sector, entity, kind, code.full_code,
                          code.attributes, bool(rec.flags & FLAG_PLACE),
                          " ".join(tokens[start:end]))

    def lookup(self, phrase: str, event_date: date | None = None) -> ActorMatch | None:
        """The match covering all of ``phrase`` (split on spaces), if there is one."""
        tokens = phrase.split()
        found = self.match(tokens, event_date)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(tokens):
            return found[0]
        return None


AGENT_SUPPLEMENT = "agents_tocsin.txt"


@cache
def default_actor_dictionary() -> ActorDictionary:
    """The packaged dictionary with tocsin's agent additions, loaded once per process."""
    supplement = resources.files("tocsin.data").joinpath(AGENT_SUPPLEMENT)
    with resources.as_file(supplement) as path:
        return ActorDictionary.load(extra_agent_files=[path])
