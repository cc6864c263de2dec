"""Reading TABARI/PETRARCH verb-pattern dictionaries (``CAMEO.verbpatterns.*.txt``).

The format, as used by the CAMEO dictionary that ships with PETRARCH2::

    &CEASEFIRE                      a synonym set; "&NAME_" means: generate no plurals
    +TRUCE                          a member ("+CEASE_FIRE" is a two-word phrase;
    +CASH_                          a trailing "_" means: no plural for this member)

    --- PHYSICAL_CONFLICT [190] --- a verb group and its default code ("---" = no event)
    ATTACK                          a verb; its regular forms are implied
    STRIKE {STRIKES STRUCK STRIKING}   irregular forms, all listed
    BLUDGEON [180]                  a verb with its own code
    +WAGE_WAR                       a multi-word verb; "+" marks the word that inflects
    RE_+ARREST                      ... which may also be the last word
    - &MILITARY * &CEASEFIRE [196]  # ATTACK <ab 10 Jul 2003>
                                    a pattern: "*" is the verb, "+" the target, "$" the
                                    source, "^" a skipped phrase, "%" a compound actor,
                                    "&SET" any member, "_" glues neighbours together,
                                    a word without a trailing "_" is a stem
                                    ("PREPAR" matches "prepared"), [---] = no event,
                                    [a:b] a code pair; the comment names the verb(s) the
                                    pattern was written for.

Comments start with ``#`` (or ``;`` on verb lines, or ``<!-- ... -->``). The patterns of a
group apply to every verb of the group, as in PETRARCH.

:func:`parse_verb_file` turns a file into a :class:`VerbDictionary`. Lines that are
irregular but can be read one way only (a code written ``[080!]``, a pattern without a
code, a second ``*``) are kept and reported in :attr:`VerbDictionary.warnings`; with
``strict=True`` they raise. Lines that cannot be read raise :class:`DictionaryError`
with the file and line number.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tocsin.errors import DictionaryError

__all__ = [
    "PatternToken",
    "SynonymSet",
    "VerbDictionary",
    "VerbEntry",
    "VerbGroup",
    "VerbPattern",
    "DictionaryWarning",
    "parse_verb_file",
    "split_code",
    "regular_forms",
    "plural",
    "dictionary_to_data",
    "dictionary_from_data",
    "DATA_FORMAT",
]

DATA_FORMAT = 1
"""Version of the JSON layout written by :func:`dictionary_to_data`."""

TokenKind = Literal["word", "set", "source", "target", "skip", "compound"]

PLACEHOLDERS: dict[str, TokenKind] = {"$": "source", "+": "target", "^": "skip", "%": "compound"}
_PLACEHOLDER_CHAR = {kind: char for char, kind in PLACEHOLDERS.items()}

_WORD_RE = re.compile(r"^[A-Za-z0-9'./\-]+$")
_CODE_RE = re.compile(r"^[^\s\[\]:]+$")
_SET_NAME_RE = re.compile(r"^&[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*_?$")
_HEADER_RE = re.compile(r"^---\s*([^\[\]]*?)\s*((?:\[[^\]]*\]\s*)*)(?:-{2,})?\s*$")
_XML_COMMENT_RE = re.compile(r"<!--.*?-->")


# ---------------------------------------------------------------------------- data model


@dataclass(frozen=True, slots=True)
class PatternToken:
    """One element of a pattern, other than the verb itself.

    ``value`` is the lower-cased word (without its trailing ``_``) or the set name (upper
    case, without ``&``); placeholders have no value. ``exact`` marks a word written with
    a trailing ``_`` (whole word, not a stem). ``glued`` means the token was joined by
    ``_`` to the element before it (the verb, for the first token after ``*``), so the
    two must be adjacent. Placeholders are never glued, nor is a token after one.
    """

    kind: TokenKind
    value: str = ""
    exact: bool = False
    glued: bool = False

    @property
    def is_literal(self) -> bool:
        """True for words and sets: the tokens a sentence must contain."""
        return self.kind in ("word", "set")

    def to_text(self) -> str:
        """Compact text form: ``=`` for glued, then ``word``, ``word_``, ``&SET`` or a
        placeholder character. :meth:`from_text` reads it back."""
        glue = "=" if self.glued else ""
        if self.kind == "word":
            return f"{glue}{self.value}{'_' if self.exact else ''}"
        if self.kind == "set":
            return f"{glue}&{self.value}"
        return _PLACEHOLDER_CHAR[self.kind]

    @classmethod
    def from_text(cls, text: str) -> PatternToken:
        """Inverse of :meth:`to_text`."""
        glued = text.startswith("=")
        if glued:
            text = text[1:]
        if text in PLACEHOLDERS:
            return cls(PLACEHOLDERS[text])
        if text.startswith("&"):
            return cls("set", text[1:], glued=glued)
        exact = text.endswith("_")
        return cls("word", text[:-1] if exact else text, exact=exact, glued=glued)


@dataclass(frozen=True, slots=True)
class SynonymSet:
    """A ``&NAME`` set: lower-case member phrases (space-joined), plurals included."""

    name: str
    members: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """One verb line of a group.

    ``lemma`` is lower case, space-joined for multi-word verbs ("wage war", "re arrest");
    ``head`` is the index in ``lemma.split()`` of the word that inflects. ``forms`` are
    the inflected forms (space-joined like the lemma): the ``{...}`` list when given
    (``irregular``), otherwise the generated regular ones. ``code`` is the verb's own code
    if it has one (``explicit``), else the group default; ``None`` means no event.
    """

    lemma: str
    head: int
    forms: tuple[str, ...]
    irregular: bool
    group: str
    code: str | None
    explicit: bool
    line: int

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.split())

    @property
    def is_multiword(self) -> bool:
        return " " in self.lemma


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A ``- ... * ... [CODE]`` line.

    ``before`` and ``after`` are the tokens on each side of ``*``; ``verb_glued`` means
    the last ``before`` token is joined to the verb (``WILL_NOT_*``). ``verbs`` are the
    group's verbs named in the comment (the verb the pattern was written for), or the
    group's first verb when the comment names none of them; :attr:`verb` is the first.
    ``code`` is ``None`` for ``[---]``.
    """

    group: str
    verbs: tuple[str, ...]
    before: tuple[PatternToken, ...]
    after: tuple[PatternToken, ...]
    verb_glued: bool
    code: str | None
    line: int
    text: str

    @property
    def verb(self) -> str:
        return self.verbs[0] if self.verbs else ""

    @property
    def literal_count(self) -> int:
        """Words and sets in the pattern: how specific it is."""
        return sum(t.is_literal for t in self.before) + sum(t.is_literal for t in self.after)


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A ``--- NAME [CODE] ---`` block: its default code and its verbs' lemmas."""

    name: str
    code: str | None
    line: int
    verbs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DictionaryWarning:
    """An irregular line that was read anyway, and how."""

    line: int
    reason: str


@dataclass(slots=True)
class VerbDictionary:
    """A parsed verb dictionary file."""

    path: str
    sets: dict[str, SynonymSet] = field(default_factory=dict)
    groups: list[VerbGroup] = field(default_factory=list)
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)
    warnings: list[DictionaryWarning] = field(default_factory=list)


# ---------------------------------------------------------------------------- helpers


def split_code(code: str | None) -> tuple[str | None, tuple[str, str] | None]:
    """Split ``"040:043"`` into ``("040", ("040", "043"))``; ``"190"`` into
    ``("190", None)``. A ``---`` half becomes ``None`` (no event) as the first value."""
    if code is None:
        return None, None
    if ":" in code:
        first, second = code.split(":", 1)
        return (None if first == "---" else first), (first, second)
    return code, None


def plural(word: str) -> str:
    """English plural of a (lower-case) noun, for synonym-set members."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def regular_forms(word: str) -> tuple[str, ...]:
    """The ``-s``, ``-ed`` and ``-ing`` forms PETRARCH generates for a regular verb."""
    if word.endswith(("ee", "oe", "ye")):
        return (word + "s", word + "d", word + "ing")
    if word.endswith("e"):
        return (word + "s", word + "d", word[:-1] + "ing")
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return (word[:-1] + "ies", word[:-1] + "ied", word + "ing")
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return (word + "es", word + "ed", word + "ing")
    return (word + "s", word + "ed", word + "ing")


def _strip_comment(text: str, verb_line: bool = False) -> tuple[str, str]:
    """Split a line into its content and its ``#`` comment (and ``;`` on verb lines)."""
    cut = text.find("#")
    while cut >= 0:  # a '#' inside [...] is part of a code, as in [###]
        opening = text.rfind("[", 0, cut)
        if opening < 0 or text.find("]", opening, cut) >= 0:
            break
        closing = text.find("]", cut)
        cut = text.find("#", closing) if closing >= 0 else -1
    if verb_line:
        semi = text.find(";")
        if semi >= 0 and (cut < 0 or semi < cut):
            cut = semi
    if cut < 0:
        return text.strip(), ""
    return text[:cut].strip(), text[cut + 1 :].strip()


def _read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line number, text) with ``<!-- -->`` comments removed, blank lines kept out."""
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        text = path.read_text(encoding="latin-1")
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3 :]
            in_comment = False
        line = _XML_COMMENT_RE.sub(" ", line)
        start = line.find("<!--")
        if start >= 0:
            line = line[:start]
            in_comment = True
        if line.strip():
            yield number, line


# ---------------------------------------------------------------------------- the parser


@dataclass(slots=True)
class _GroupState:
    name: str
    code: str | None
    line: int
    verbs: list[str] = field(default_factory=list)
    forms: dict[str, str] = field(default_factory=dict)  # any form -> lemma


@dataclass(slots=True)
class _RawPattern:
    group: _GroupState
    before: list[PatternToken]
    after: list[PatternToken]
    verb_glued: bool
    code: str | None
    use_default: bool
    line: int
    text: str
    named: list[str]


class _Parser:
    """One pass over a file; collects raw data, then :meth:`finish` resolves names."""

    def __init__(self, path: Path, strict: bool, known_sets: Collection[str]) -> None:
        self.path = path
        self.strict = strict
        self.known_sets = {name.upper().rstrip("_") for name in known_sets}
        self.result = VerbDictionary(path=str(path))
        self.set_defs: dict[str, tuple[int, bool, list[tuple[int, str]]]] = {}
        self.groups: list[_GroupState] = []
        self.patterns: list[_RawPattern] = []
        self.current_set: str | None = None
        self.group: _GroupState | None = None

    # -- reporting

    def error(self, line: int, reason: str) -> DictionaryError:
        return DictionaryError(str(self.path), line, reason)

    def oddity(self, line: int, reason: str) -> None:
        if self.strict:
            raise self.error(line, reason + " (accepted when strict=False)")
        self.result.warnings.append(DictionaryWarning(line, reason))

    # -- line dispatch

    def feed(self, number: int, raw: str) -> None:
        stripped = raw.strip()
        if stripped.startswith("#"):
            return
        if stripped.startswith("&"):
            self.start_set(number, stripped)
        elif stripped.startswith("+") and self.current_set is not None:
            self.add_member(number, stripped)
        elif stripped.startswith("---"):
            self.current_set = None
            self.start_group(number, stripped)
        elif stripped.startswith("-"):
            self.current_set = None
            self.add_pattern(number, stripped)
        else:
            self.current_set = None
            self.add_verb(number, stripped)

    # -- synonym sets

    def start_set(self, number: int, text: str) -> None:
        content, _ = _strip_comment(text)
        if not _SET_NAME_RE.match(content):
            raise self.error(number, f"bad synonym set name {content!r}: use &NAME or &NAME_")
        name = content[1:].upper()
        no_plural = name.endswith("_")
        name = name.rstrip("_")
        if name in self.set_defs:
            raise self.error(
                number, f"synonym set &{name} is already defined (line {self.set_defs[name][0]})"
            )
        self.set_defs[name] = (number, no_plural, [])
        self.current_set = name

    def add_member(self, number: int, text: str) -> None:
        content, _ = _strip_comment(text)
        member = content[1:].strip()
        if not member:
            raise self.error(number, "empty synonym set member: write +WORD")
        assert self.current_set is not None
        self.set_defs[self.current_set][2].append((number, member))

    def member_phrases(self, name: str, seen: tuple[str, ...] = ()) -> list[str]:
        """Expand one set's members (nested sets included) into lower-case phrases."""
        line, no_plural, members = self.set_defs[name]
        if not members:
            raise self.error(line, f"synonym set &{name} has no +MEMBER lines")
        phrases: list[str] = []
        for number, member in members:
            if member.startswith("&"):
                inner = member[1:].upper().rstrip("_")
                if inner not in self.set_defs:
                    raise self.error(number, f"synonym set &{inner} is not defined")
                if inner in seen or inner == name:
                    raise self.error(number, f"synonym set &{inner} contains itself")
                phrases.extend(self.member_phrases(inner, (*seen, name)))
                continue
            exact = member.endswith("_")
            words = member.rstrip("_").replace("_", " ").lower().split()
            if not words or not all(_WORD_RE.match(w) for w in words):
                raise self.error(number, f"bad synonym set member {member!r}: use +WORD_WORD")
            phrases.append(" ".join(words))
            if not (exact or no_plural):
                phrases.append(" ".join([*words[:-1], plural(words[-1])]))
        return phrases

    # -- groups and verbs

    def start_group(self, number: int, text: str) -> None:
        content, _ = _strip_comment(text)
        match = _HEADER_RE.match(content)
        if not match:
            raise self.error(number, f"bad group header {content!r}: use --- NAME [CODE] ---")
        name = "_".join(match.group(1).strip("-").split()).rstrip("_").upper()
        if not name:
            raise self.error(number, "group header without a name: use --- NAME [CODE] ---")
        codes = re.findall(r"\[([^\]]*)\]", match.group(2))
        if len(codes) > 1:
            self.oddity(number, f"group header has {len(codes)} codes; the first is used")
        code = self.parse_code(number, codes[0]) if codes else None
        self.group = _GroupState(name, code, number)
        self.groups.append(self.group)

    def parse_code(self, number: int, raw: str) -> str | None:
        code = raw.strip()
        if code.endswith("!") and len(code) > 1:
            self.oddity(number, f"code [{code}] has a stray '!'; read as [{code[:-1]}]")
            code = code[:-1]
        if code == "---":
            return None
        parts = code.split(":")
        if len(parts) > 2 or not all(p == "---" or _CODE_RE.match(p) for p in parts):
            raise self.error(number, f"bad code [{raw}]: use [CODE], [CODE:CODE] or [---]")
        return code

    def add_verb(self, number: int, text: str) -> None:
        if self.group is None:
            raise self.error(number, f"verb {text!r} before any '--- GROUP [CODE] ---' header")
        content, _ = _strip_comment(text, verb_line=True)
        forms_raw: str | None = None
        code_raw: str | None = None
        if "{" in content:
            start, end = content.find("{"), content.find("}")
            if end < start:
                raise self.error(number, "unclosed '{' in verb forms: use VERB {FORM FORM}")
            forms_raw = content[start + 1 : end]
            content = content[:start] + " " + content[end + 1 :]
        if "[" in content:
            start, end = content.find("["), content.find("]")
            if end < start:
                raise self.error(number, "unclosed '[' in verb code: use VERB [CODE]")
            code_raw = content[start + 1 : end]
            content = content[:start] + " " + content[end + 1 :]
        if "{" in content or "[" in content or "}" in content or "]" in content:
            raise self.error(number, "more than one {forms} or [code] on a verb line")
        words = content.split()
        if not words:
            raise self.error(number, "verb line without a verb")
        if len(words) > 1:
            if "+" in content or "_" in content:
                raise self.error(number, f"bad verb {content!r}: join words with '_'")
            self.oddity(number, f"verb {content!r} has spaces; read as +{'_'.join(words)}")
            words = ["+" + "_".join(words)]
        lemma_words, head = self.verb_words(number, words[0])
        forms = self.verb_forms(number, forms_raw, lemma_words, head)
        own = self.parse_code(number, code_raw) if code_raw is not None else None
        explicit = code_raw is not None
        lemma = " ".join(lemma_words)
        entry = VerbEntry(
            lemma=lemma,
            head=head,
            forms=forms,
            irregular=forms_raw is not None,
            group=self.group.name,
            code=own if explicit else self.group.code,
            explicit=explicit,
            line=number,
        )
        self.result.verbs.append(entry)
        if lemma not in self.group.verbs:
            self.group.verbs.append(lemma)
        for form in (lemma, *forms):
            self.group.forms.setdefault(form, lemma)

    def verb_words(self, number: int, token: str) -> tuple[list[str], int]:
        """``+FIGHT_BACK`` -> (["fight", "back"], 0); ``RE_+ARREST`` -> (["re", "arrest"], 1)."""
        pieces = token.split("_")
        if "_" in token and token.count("+") != 1:
            if "+" not in token:
                self.oddity(number, f"multi-word verb {token!r} has no '+'; first word inflects")
                pieces[0] = "+" + pieces[0]
            else:
                raise self.error(number, f"multi-word verb {token!r} has more than one '+'")
        if "_" not in token:
            if token.startswith("+"):
                token = token[1:]
            if not _WORD_RE.match(token):
                raise self.error(number, f"bad verb {token!r}: letters, digits, ' and - only")
            return [token.lower()], 0
        head = next(i for i, piece in enumerate(pieces) if piece.startswith("+"))
        words = [p.lstrip("+").lower() for p in pieces]
        if "+" in "".join(words) or not all(_WORD_RE.match(w) for w in words):
            raise self.error(number, f"bad multi-word verb {token!r}: use +VERB_WORD")
        return words, head

    def verb_forms(
        self, number: int, raw: str | None, words: list[str], head: int
    ) -> tuple[str, ...]:
        if raw is None:
            generated = regular_forms(words[head])
            return tuple(" ".join([*words[:head], f, *words[head + 1 :]]) for f in generated)
        forms: list[str] = []
        for token in raw.split():
            pieces = token.split("_")
            clean = [p.strip("+").lower() for p in pieces]
            if len(pieces) != len(words):
                raise self.error(number, f"form {token!r} does not have the verb's words")
            if len(words) > 1 and not any(p.startswith("+") for p in pieces):
                self.oddity(number, f"form {token!r} has a misplaced '+'; read as the verb's")
            if not all(_WORD_RE.match(w) for w in clean):
                raise self.error(number, f"bad verb form {token!r}")
            forms.append(" ".join(clean))
        return tuple(forms)

    # -- patterns

    def add_pattern(self, number: int, text: str) -> None:
        if self.group is None:
            raise self.error(number, "pattern before any '--- GROUP [CODE] ---' header")
        content, comment = _strip_comment(text[1:])
        code: str | None = None
        use_default = False
        if content.endswith("]"):
            start = content.rfind("[")
            if start < 0:
                raise self.error(number, "unbalanced ']' in pattern: end it with [CODE]")
            code = self.parse_code(number, content[start + 1 : -1])
            body = content[:start]
        elif "[" in content or "]" in content:
            raise self.error(number, "pattern code must come last: - WORDS * WORDS [CODE]")
        else:
            self.oddity(number, "pattern has no [CODE]; the group's code is used")
            use_default = True
            body = content
        if "[" in body or "]" in body:
            raise self.error(number, "brackets inside a pattern: the [CODE] comes last")
        if "{" in body:
            self.oddity(number, "TABARI {alternatives} in a pattern; use &SET; pattern skipped")
            return
        if "}" in body:
            self.oddity(number, "stray '}' in a pattern; it is ignored")
            body = body.replace("}", " ")
        if '"' in body:
            self.oddity(number, "quotation marks in a pattern; they are ignored")
            body = body.replace('"', "")
        if "*" not in body:
            self.oddity(number, "pattern has no '*' for the verb; it is skipped")
            return
        before, after, verb_glued = self.pattern_tokens(number, body)
        named = self.annotation_verbs(comment)
        text = " ".join(body.split())
        self.patterns.append(
            _RawPattern(self.group, before, after, verb_glued, code, use_default, number, text,
                        named)
        )

    @staticmethod
    def annotation_verbs(comment: str) -> list[str]:
        """Verbs named in a pattern comment: ``PROTEST <oy 12 Nov 2005>  , OPPOSE``."""
        names: list[str] = []
        for chunk in re.sub(r"<[^>]*>", " ", comment).split(","):
            words = chunk.split()
            if words and re.fullmatch(r"[A-Z][A-Z_\-]*", words[0]):
                names.append(words[0].lower().replace("_", " "))
        return names

    def pattern_tokens(
        self, number: int, body: str
    ) -> tuple[list[PatternToken], list[PatternToken], bool]:
        """Split a pattern body on ``*`` into typed tokens with their glue."""
        before: list[PatternToken] = []
        after: list[PatternToken] = []
        side = before
        verb_seen = False
        verb_glued = False
        for chunk in body.split():
            pieces = self.chunk_pieces(number, chunk)
            prev_kind: str | None = None  # kind of the previous piece within this chunk
            for piece, exact in pieces:
                glued = prev_kind is not None
                if piece == "*":
                    if verb_seen:
                        self.oddity(number, "pattern has a second '*'; it is ignored")
                        prev_kind = "extra"
                        continue
                    verb_seen = True
                    verb_glued = glued and prev_kind in ("word", "set")
                    side = after
                    prev_kind = "verb"
                    continue
                token = self.piece_token(number, piece, exact)
                is_literal = token.kind in ("word", "set")
                glue_ok = glued and is_literal and prev_kind in ("word", "set", "verb")
                if glue_ok:
                    token = PatternToken(token.kind, token.value, token.exact, True)
                side.append(token)
                prev_kind = token.kind
        if not verb_seen:
            raise self.error(number, "pattern has no '*' for the verb: - WORDS * WORDS [CODE]")
        return before, after, verb_glued

    def chunk_pieces(self, number: int, chunk: str) -> list[tuple[str, bool]]:
        """``IS_TO_*`` -> [("IS", False), ("TO", False), ("*", False)]; a trailing ``_``
        marks the piece before it exact."""
        pieces: list[tuple[str, bool]] = []
        parts = chunk.split("_")
        for index, part in enumerate(parts):
            if not part:
                if index == len(parts) - 1 and pieces and index > 0:
                    word, _ = pieces[-1]
                    pieces[-1] = (word, True)
                    continue
                raise self.error(number, f"bad '_' in pattern element {chunk!r}")
            if len(part) > 1 and part[0] in "+$^%*":
                self.oddity(number, f"{part!r} joins '{part[0]}' to a word; read as two tokens")
                pieces.append((part[0], False))
                part = part[1:]
            pieces.append((part, False))
        return pieces

    def piece_token(self, number: int, piece: str, exact: bool) -> PatternToken:
        if piece in PLACEHOLDERS:
            return PatternToken(PLACEHOLDERS[piece])
        if piece.startswith("&"):
            name = piece[1:].upper()
            if not re.fullmatch(r"[A-Z0-9]+", name):
                raise self.error(number, f"bad synonym set reference {piece!r}")
            return PatternToken("set", name)
        if not _WORD_RE.match(piece):
            raise self.error(number, f"bad word {piece!r} in pattern")
        return PatternToken("word", piece.lower(), exact=exact)

    # -- resolution

    def finish(self) -> VerbDictionary:
        result = self.result
        for name in sorted(self.set_defs):
            line = self.set_defs[name][0]
            phrases = list(dict.fromkeys(self.member_phrases(name)))
            result.sets[name] = SynonymSet(name, tuple(phrases), line)
        defined = set(result.sets) | self.known_sets
        for group in self.groups:
            result.groups.append(VerbGroup(group.name, group.code, group.line, tuple(group.verbs)))
        for raw in self.patterns:
            before = self.resolve_sets(raw, raw.before, defined)
            after = self.resolve_sets(raw, raw.after, defined)
            code = raw.group.code if raw.use_default else raw.code
            verbs = [raw.group.forms[n] for n in raw.named if n in raw.group.forms]
            if not verbs and raw.group.verbs:
                verbs = [raw.group.verbs[0]]
            result.patterns.append(
                VerbPattern(
                    group=raw.group.name,
                    verbs=tuple(dict.fromkeys(verbs)),
                    before=tuple(before),
                    after=tuple(after),
                    verb_glued=raw.verb_glued,
                    code=code,
                    line=raw.line,
                    text=raw.text,
                )
            )
        return result

    def resolve_sets(
        self, raw: _RawPattern, tokens: list[PatternToken], defined: set[str]
    ) -> list[PatternToken]:
        """Check set references; ``&MILITARY_COUP`` was split into ``&MILITARY`` + ``COUP``
        unless a set ``&MILITARY_COUP`` exists."""
        out: list[PatternToken] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.kind != "set":
                out.append(token)
                index += 1
                continue
            name, end = token.value, index + 1
            # longest defined name made of glued words: &SECURITY_ZONE if defined
            probe = name
            for later in range(index + 1, len(tokens)):
                nxt = tokens[later]
                if not (nxt.glued and nxt.kind == "word"):
                    break
                probe = f"{probe}_{nxt.value.upper()}"
                if probe in defined:
                    name, end = probe, later + 1
            if name not in defined:
                raise self.error(raw.line, f"synonym set &{name} is not defined")
            out.append(PatternToken("set", name, glued=token.glued))
            index = end
        return out


def parse_verb_file(
    path: str | Path, *, strict: bool = False, known_sets: Collection[str] = ()
) -> VerbDictionary:
    """Parse a TABARI/PETRARCH verb dictionary.

    ``known_sets`` names synonym sets defined elsewhere (a user file layered on the
    CAMEO dictionary may use its ``&MILITARY``). Raises :class:`DictionaryError` for a
    line that cannot be read; irregular but readable lines go to ``warnings`` (or raise
    when ``strict``).
    """
    file = Path(path)
    try:
        lines = list(_read_lines(file))
    except OSError as exc:
        raise DictionaryError(str(file), 0, f"cannot read the file: {exc.strerror}") from exc
    parser = _Parser(file, strict, known_sets)
    for number, raw in lines:
        parser.feed(number, raw)
    return parser.finish()


# ---------------------------------------------------------------------------- package data


def dictionary_to_data(dictionary: VerbDictionary, source: str = "") -> dict[str, Any]:
    """A compact, JSON-ready form of a parsed dictionary (tokens in
    :meth:`PatternToken.to_text` form); :func:`dictionary_from_data` reads it back."""
    return {
        "format": DATA_FORMAT,
        "source": source or Path(dictionary.path).name,
        "sets": {name: list(s.members) for name, s in sorted(dictionary.sets.items())},
        "set_lines": {name: s.line for name, s in sorted(dictionary.sets.items())},
        "groups": [[g.name, g.code, g.line, list(g.verbs)] for g in dictionary.groups],
        "verbs": [
            [v.lemma, v.head, list(v.forms), int(v.irregular), v.group, v.code,
             int(v.explicit), v.line]
            for v in dictionary.verbs
        ],
        "patterns": [
            [p.group, list(p.verbs), [t.to_text() for t in p.before],
             [t.to_text() for t in p.after], int(p.verb_glued), p.code, p.line, p.text]
            for p in dictionary.patterns
        ],
        "warnings": [[w.line, w.reason] for w in dictionary.warnings],
    }


def dictionary_from_data(data: dict[str, Any], path: str = "") -> VerbDictionary:
    """Rebuild a :class:`VerbDictionary` from :func:`dictionary_to_data` output."""
    if data.get("format") != DATA_FORMAT:
        raise DictionaryError(
            path or str(data.get("source", "?")), 0,
            f"verb data format {data.get('format')!r} is not {DATA_FORMAT}: rebuild it with "
            "scripts/build_verbs.py",
        )
    memo: dict[str, PatternToken] = {}

    def token(text: str) -> PatternToken:
        found = memo.get(text)
        if found is None:
            found = memo[text] = PatternToken.from_text(text)
        return found

    lines = data.get("set_lines", {})
    return VerbDictionary(
        path=path or data.get("source", ""),
        sets={n: SynonymSet(n, tuple(m), lines.get(n, 0)) for n, m in data["sets"].items()},
        groups=[VerbGroup(n, c, line, tuple(v)) for n, c, line, v in data["groups"]],
        verbs=[
            VerbEntry(lemma, head, tuple(forms), bool(irr), group, code, bool(expl), line)
            for lemma, head, forms, irr, group, code, expl, line in data["verbs"]
        ],
        patterns=[
            VerbPattern(group, tuple(verbs), tuple(map(token, before)),
                        tuple(map(token, after)), bool(glued), code, line, text)
            for group, verbs, before, after, glued, code, line, text in data["patterns"]
        ],
        warnings=[DictionaryWarning(line, reason) for line, reason in data["warnings"]],
    )
