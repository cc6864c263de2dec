"""Reading TABARI/PETRARCH actor and agent dictionaries (``*.actors.txt``, ``*.agents.txt``).

Actor files, as written for the Phoenix dictionaries that ship with PETRARCH2::

    IRAQ_  [IRQ]                     a name and its code on one line
    UNITED_STATES_OF_AMERICA_        a name block: a primary name,
    +AMERICAN_                       synonyms ("+"; several may share a line),
    +U.S.                            ... then one or more code lines
        [USA]
    BARACK_OBAMA                     dated roles: "yymmdd" or "yyyymmdd";
        [USAELI 780101-000101]         "a-b" from a (inclusive) to b (exclusive),
        [USAGOV >090120]               ">d" from d on, "<d" before d,
        [USAELI]                       no date: the default outside every dated role
    SAM_GAMGEE [HOB] [HOBGOV 121109-130119]   several blocks may share a line

``_`` and spaces both separate words. A name that ends in ``_`` is "stopped": TABARI read a
name without it as a stem ("ARGENTIN" matching "Argentina"); the names are kept as words
and :attr:`ActorEntry.stems` records which were written as stems. ``#`` starts a comment
anywhere on a line, and ``<!-- ... -->`` comments may span lines. A run of name lines
without codes shares the code block that follows it (the Phoenix files list spelling
variants this way, e.g. ``LEONID_BREZHNEV_`` / ``LEONID_ILYICH_BREZHNEV`` / ``[...]``).
``[---]`` is the null code: the name is known and must not be coded.

Dates follow PETRARCH's ``dstr_to_ordate``: up to seven digits are read as ``yymmdd`` (the
first six; ``yy`` 00-30 is 20yy, else 19yy), longer strings as ``yyyymmdd`` (the first
eight). A bare date with neither ``<``, ``>`` nor a range is read as a start date.

Agent files::

    !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution set
    POLICE {} [~COP]                 "{}": no plural; "{A_B C}": these plurals
    CONGRESS!PERSON! [~LEG]          every member of the set, no plurals
    TROOP [~MIL]                     "~XXX": the code goes after the actor's
    HUMAN_RIGHTS_BODY [NGO~]         "XXX~": the code goes before it

Regular plurals are generated for agents (PETRARCH 0.5+ does the same: the Phoenix agents
file lists singulars only).

Public API: :func:`parse_actor_file`, :func:`parse_agent_file`, :class:`ActorEntry`,
:class:`AgentEntry`, :class:`CodeRole`. A malformed line raises
:class:`~tocsin.errors.DictionaryError` with the file and line number; pass a list as
``errors`` to collect such lines (and skip them) instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tocsin.errors import DictionaryError

__all__ = [
    "ActorEntry",
    "AgentEntry",
    "CodeRole",
    "normalise_name",
    "parse_actor_file",
    "parse_agent_file",
    "parse_code_block",
    "parse_dict_date",
    "plural_forms",
]

NULL_CODE = "---"
_CODE_RE = re.compile(r"^(?:[A-Z][A-Z0-9]*(?:/[A-Z][A-Z0-9]*)*|-{3}|\+{3})$")
_AGENT_CODE_RE = re.compile(r"^(?:~[A-Z][A-Z0-9]*|[A-Z][A-Z0-9]*~)$")
_BLOCK_RE = re.compile(r"\[([^\[\]]*)\]")
_MARKER_RE = re.compile(r"!([A-Za-z0-9_]+)!")
_MARKER_DEF_RE = re.compile(r"^!([A-Za-z0-9_]+)!\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class CodeRole:
    """One code of an actor, valid from ``start`` (inclusive) to ``end`` (exclusive).

    ``code`` is the full CAMEO/Phoenix code as written, upper-cased ("USAGOV",
    "IGOUNO", ``"---"`` for the null code). Both dates ``None``: the entry's default code.
    """

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: date) -> bool:
        """True when ``day`` falls in this role's date range."""
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(slots=True)
class ActorEntry:
    """One actor: its names (primary first), its coded roles in file order, and origin.

    ``names`` are normalised: lower case, words separated by single spaces ("u.s.",
    "kata'ib hezbollah"). ``stems`` holds the names written without a trailing ``_``.
    """

    names: list[str]
    roles: list[CodeRole]
    source: str
    line: int
    stems: set[str] = field(default_factory=set)

    @property
    def primary(self) -> str:
        return self.names[0]


@dataclass(slots=True)
class AgentEntry:
    """One agent line: its names (singular, plurals or substitutions) and its code.

    ``code`` is as written ("~MIL", "~GOVMIL", "NGO~"); :attr:`agent_code` drops the
    ``~`` and :attr:`prefix` tells whether it goes before the actor's code.
    """

    names: list[str]
    code: str
    source: str
    line: int

    @property
    def prefix(self) -> bool:
        return self.code.endswith("~")

    @property
    def agent_code(self) -> str:
        return self.code.strip("~")


# ---------------------------------------------------------------------------- helpers


def normalise_name(raw: str) -> str:
    """``"KATA'IB_HEZBOLLAH_"`` -> ``"kata'ib hezbollah"``: lower case, single spaces."""
    return " ".join(raw.replace("_", " ").lower().split())


def parse_dict_date(text: str) -> date:
    """Read a dictionary date (``yymmdd`` or ``yyyymmdd``, PETRARCH's rules); ``ValueError``
    when it is not a valid calendar date."""
    if not text.isdigit() or len(text) < 6:
        raise ValueError(f"date {text!r} is not yymmdd or yyyymmdd")
    if len(text) <= 7:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {text!r} is not a calendar date ({exc})") from None


def parse_code_block(content: str) -> CodeRole:
    """Read the inside of one ``[...]`` block: ``"USAGOV 170120-210120"`` and the like.

    Raises ``ValueError`` with the reason when the block cannot be read.
    """
    parts = content.split()
    if not parts:
        raise ValueError("empty code block []")
    code = parts[0].upper()
    if not _CODE_RE.match(code):
        raise ValueError(f"{parts[0]!r} is not an actor code (letters and digits, or ---)")
    spec = "".join(parts[1:])
    if not spec:
        return CodeRole(code)
    if spec[0] in "<>":
        day = parse_dict_date(spec[1:])
        return CodeRole(code, end=day) if spec[0] == "<" else CodeRole(code, start=day)
    if "-" in spec:
        first, _, second = spec.partition("-")
        start, end = parse_dict_date(first), parse_dict_date(second)
        if end < start:
            raise ValueError(f"date range {spec!r} ends before it starts")
        return CodeRole(code, start=start, end=end)
    return CodeRole(code, start=parse_dict_date(spec))


def plural_forms(name: str) -> list[str]:
    """Regular plurals of a normalised agent phrase (its last word inflects).

    PETRARCH's rules (``Y`` -> ``IES``, ``S`` -> ``ES``, else ``S``) with the usual English
    refinements: a vowel before ``y`` takes ``s``; ``x``/``z``/``ch``/``sh`` take ``es``;
    ``-man`` becomes ``-men``.
    """
    head, _, last = name.rpartition(" ")
    if not last or not last[-1].isalpha():
        return []
    if last.endswith("man") and not last.endswith("human"):
        forms = [last[:-3] + "men"]
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        forms = [last + "es"]
    else:
        forms = [last + "s"]
    return [f"{head} {f}" if head else f for f in forms]


def _strip_comments(lines: list[str], path: str) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, text)`` for lines with content, comments removed."""
    in_comment = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if in_comment:
            if "-->" not in line:
                continue
            line = line[line.index("-->") + 3:]
            in_comment = 0
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" in after:
                line = before + after[after.index("-->") + 3:]
            else:
                line, in_comment = before, number
        if line.lstrip().startswith("<!"):
            if "-->" not in line and not in_comment:
                in_comment = number
            continue
        if "#" in line:
            line = line[: line.index("#")]
        if line.strip():
            yield number, line
    if in_comment:
        raise DictionaryError(path, in_comment, "comment <!-- is never closed with -->")


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise DictionaryError(str(path), 0, f"not UTF-8 text ({exc.reason}); re-save it "
                                             "as UTF-8") from None


def _split_blocks(text: str) -> tuple[str, list[str]]:
    """Split ``"NAME [A] [B 120101-]"`` into the name part and the block contents."""
    first = text.find("[")
    head = text if first < 0 else text[:first]
    tail = "" if first < 0 else text[first:]
    blocks = _BLOCK_RE.findall(tail)
    leftover = _BLOCK_RE.sub("", tail).strip()
    if leftover or "]" in head:
        raise ValueError("unbalanced [ ] or text after a code block")
    return head, blocks


# ---------------------------------------------------------------------------- actors


class _ActorReader:
    """State of one pass over an actor file."""

    def __init__(self, path: str, errors: list[DictionaryError] | None) -> None:
        self.path = path
        self.errors = errors
        self.entries: list[ActorEntry] = []
        self.names: list[str] = []
        self.stems: set[str] = set()
        self.roles: list[CodeRole] = []
        self.first_line = 0

    def fail(self, line: int, reason: str) -> None:
        error = DictionaryError(self.path, line, reason)
        if self.errors is None:
            raise error
        self.errors.append(error)

    def add_name(self, raw: str, line: int) -> None:
        raw = raw.strip()
        name = normalise_name(raw)
        if not name:
            self.fail(line, "empty actor name")
            return
        if not raw.endswith("_"):
            self.stems.add(name)
        if name not in self.names:
            self.names.append(name)
        if not self.first_line:
            self.first_line = line

    def add_blocks(self, blocks: list[str], line: int) -> None:
        for block in blocks:
            try:
                self.roles.append(parse_code_block(block))
            except ValueError as exc:
                self.fail(line, f"bad code block [{block}]: {exc}")

    def flush(self) -> None:
        if self.names and self.roles:
            self.entries.append(ActorEntry(self.names, self.roles, self.path,
                                           self.first_line, self.stems))
            self.names, self.stems, self.roles, self.first_line = [], set(), [], 0

    def read(self, number: int, line: str) -> None:
        text = line.strip()
        try:
            head, blocks = _split_blocks(text)
        except ValueError as exc:
            self.fail(number, f"{exc}: {text!r}")
            return
        if text.startswith("["):
            if not self.names:
                self.fail(number, "code block without a name before it")
                return
            self.add_blocks(blocks, number)
            return
        if text.startswith("+"):
            if not self.names:
                self.fail(number, "synonym (+) without a name before it")
                return
        elif self.roles:
            self.flush()
        for part in re.split(r"(?:^|\s)\+", head):
            if part.strip():
                self.add_name(part, number)
        self.add_blocks(blocks, number)


def parse_actor_file(path: str | Path, *,
                     errors: list[DictionaryError] | None = None) -> list[ActorEntry]:
    """Read a TABARI/PETRARCH actor dictionary into :class:`ActorEntry` objects.

    Raises :class:`DictionaryError` (file, line, reason) on a malformed line; when
    ``errors`` is a list, such lines are appended to it and skipped instead.
    """
    path = Path(path)
    reader = _ActorReader(str(path), errors)
    for number, line in _strip_comments(_read_lines(path), str(path)):
        reader.read(number, line)
    if reader.names and not reader.roles:
        reader.fail(reader.first_line, f"actor {reader.names[0]!r} has no code block")
    reader.flush()
    return reader.entries


# ---------------------------------------------------------------------------- agents


def _agent_names(phrase: str, plural: str | None, sets: dict[str, list[str]]) -> list[str]:
    """All names of one agent line; ``plural`` is the ``{...}`` content or None."""
    markers = _MARKER_RE.findall(phrase)
    if markers:
        forms = [phrase]
        for marker in markers:
            if marker not in sets:
                raise ValueError(f"substitution set !{marker}! is not defined above")
            forms = [f.replace(f"!{marker}!", sub, 1) for f in forms for sub in sets[marker]]
        names = [normalise_name(f) for f in forms]
    else:
        name = normalise_name(phrase)
        names = [name]
        if plural is None:
            names += plural_forms(name)
        else:
            names += [normalise_name(p) for p in plural.split()]
    out: list[str] = []
    for name in names:
        if name and name not in out:
            out.append(name)
    if not out:
        raise ValueError("empty agent phrase")
    return out


def _read_agent_line(text: str, sets: dict[str, list[str]]) -> tuple[list[str], str]:
    if "[" not in text:
        raise ValueError("no [code]: agents need one, e.g. TROOP [~MIL]")
    head, blocks = _split_blocks(text)
    if len(blocks) != 1:
        raise ValueError("an agent line takes exactly one [code]")
    code = "".join(blocks[0].split()).upper()
    if not _AGENT_CODE_RE.match(code):
        raise ValueError(f"agent code [{blocks[0].strip()}] needs a ~ before or after it")
    plural: str | None = None
    if "{" in head or "}" in head:
        match = re.fullmatch(r"([^{}]*)\{([^{}]*)\}\s*", head)
        if not match:
            raise ValueError("plural braces { } are not closed or not at the end")
        head, plural = match.group(1), match.group(2)
    return _agent_names(head, plural, sets), code


def parse_agent_file(path: str | Path, *,
                     errors: list[DictionaryError] | None = None) -> list[AgentEntry]:
    """Read a TABARI/PETRARCH agent dictionary into :class:`AgentEntry` objects.

    Raises :class:`DictionaryError` on a malformed line (no code, a code without ``~``,
    unclosed braces, an undefined ``!SET!``); with an ``errors`` list they are collected
    and skipped instead.
    """
    path = Path(path)
    sets: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for number, line in _strip_comments(_read_lines(path), str(path)):
        text = line.strip()
        try:
            definition = _MARKER_DEF_RE.match(text)
            if definition:
                members = [m.strip() for m in definition.group(2).split(",") if m.strip()]
                if not members:
                    raise ValueError(f"substitution set !{definition.group(1)}! is empty")
                sets[definition.group(1)] = members
                continue
            names, code = _read_agent_line(text, sets)
        except ValueError as exc:
            error = DictionaryError(str(path), number, f"{exc}: {text!r}")
            if errors is None:
                raise error from None
            errors.append(error)
            continue
        entries.append(AgentEntry(names, code, str(path), number))
    return entries
