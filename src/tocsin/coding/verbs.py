"""The CAMEO verb lexicon: which event a verb expresses in its sentence.

:class:`VerbLexicon` holds the PETRARCH2 CAMEO verb dictionary (package data built by
``scripts/build_verbs.py``), optionally with user files in the same format layered on
top, and :meth:`VerbLexicon.match` codes one verb of a spaCy-parsed sentence:

1. The verb is found by its lemma, else by its text among the dictionary's inflected
   forms (so "struck" still finds STRIKE when the lemmatiser misses it). A multi-word
   verb ("pull out", "wage war", "re-arrest") is preferred when the neighbouring tokens,
   or the parser's particle, complete it.
2. Every pattern of the groups the verb belongs to is tried; words before ``*`` must
   appear in order in the :data:`BEFORE_WINDOW` tokens before the verb, words after it
   in the :data:`AFTER_WINDOW` tokens after it. Words match a token's lemma or lower
   form; a dictionary word without a trailing ``_`` is a stem ("PREPAR" matches
   "prepared") when it has at least :data:`MIN_STEM` letters, and a plural stem also
   matches its singular ("BASES" matches "base"). Words joined by ``_`` must be
   adjacent; ``&SET`` matches any member; ``+ $ ^ %`` match anything and are not checked
   here (the actor coder checks the actors).
3. The pattern with the most words and sets matched wins (ties: a user file, then a
   pattern written for this very verb, then the earlier line); patterns made only of
   placeholders are not used, since only actor positions could confirm them. With no
   pattern, the verb's own code or its group's is used. A verb listed in several groups
   ("pull out" is in GO_SOMEWHERE and RETREAT) gets the patterns of all of them, and
   the default code of the group holding most of the patterns written for it.

A ``[---]`` code, from a pattern or as the verb's default, gives ``discard=True``: the
coder emits no event for that verb.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from tocsin.dictionaries.verbs_tabari import (
    PatternToken,
    VerbDictionary,
    VerbPattern,
    dictionary_from_data,
    parse_verb_file,
    split_code,
)

__all__ = ["VerbLexicon", "VerbMatch", "default_verb_lexicon", "DATA_FILE", "VERSION"]

log = logging.getLogger(__name__)

DATA_FILE = "verbs.json.gz"
VERSION = "tocsin.CameoVerbs.v1"
"""Name of this matcher + dictionary; changes whenever the codes it gives can change."""

BEFORE_WINDOW = 8
AFTER_WINDOW = 10
MIN_STEM = 4
# A stem matches a word's inflections and derivations (TABARI's rule), but not the noun for
# the one who does it: "released a report" is no "released a reporter".
AGENT_SUFFIXES = frozenset({"er", "ers", "or", "ors", "r", "rs"})
_KEY = 3  # prefilter: patterns are indexed by the first letters of their words
_NULL = "---"


@dataclass(frozen=True, slots=True)
class VerbMatch:
    """The code of one verb in its sentence.

    ``cameo`` is the CAMEO code (the first half of an ``[a:b]`` pair, which is kept in
    ``pair``), ``"---"`` when ``discard``. ``pattern`` is the pattern text that decided
    (``None`` when the verb's default code did); ``token_indices`` are the verb's tokens
    and the tokens the pattern's words matched. ``group`` and ``line`` point into the
    dictionary.
    """

    cameo: str
    lemma: str
    pattern: str | None
    token_indices: list[int]
    discard: bool
    pair: tuple[str, str] | None = None
    group: str = ""
    line: int = 0


# ---------------------------------------------------------------------------- compiled data

# An atom is one thing to find in the sentence:
#   ("w", glued, text, is_stem, singulars)  a word
#   ("s", glued, members)                    a set: {first word: member phrases (word
#                                            tuples), longest first}
_Atom = tuple
_Members = dict[str, tuple[tuple[str, ...], ...]]


@dataclass(slots=True)
class _Pattern:
    before: tuple[_Atom, ...]
    after: tuple[_Atom, ...]
    verb_glued: bool
    keys: tuple[frozenset[str], ...]  # per literal atom: keys of which one must be present
    literals: int
    code: str | None
    verbs: frozenset[str]
    layer: int
    order: int
    line: int
    group: str
    text: str


@dataclass(slots=True)
class _Group:
    name: str
    index: dict[str, list[_Pattern]] = field(default_factory=dict)


@dataclass(slots=True)
class _Sense:
    """One verb of one group (a verb listed in two groups has two senses)."""

    lemma: str
    words: tuple[str, ...]
    head: int
    code: str | None
    explicit: bool
    group: _Group
    layer: int
    line: int
    own_patterns: int = 0


@dataclass(slots=True)
class _Verb:
    """All senses of a lemma, the default one first."""

    lemma: str
    words: tuple[str, ...]
    head: int
    senses: list[_Sense]
    groups: list[_Group]


def _keys(text: str) -> str:
    return text[:_KEY]


def _singulars(word: str) -> tuple[str, ...]:
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return ()
    out = [word[:-1]]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    return tuple(s for s in out if len(s) >= _KEY)


def _word_atoms(token: PatternToken) -> list[_Atom]:
    """A dictionary word as atoms; "cease-fire" becomes cease, -, fire (spaCy splits it)."""
    parts = token.value.split("-")
    atoms: list[_Atom] = []
    for index, part in enumerate(parts):
        glued = token.glued if not atoms else True
        if index > 0:
            atoms.append(("w", glued, "-", False, ()))
            glued = True
        if not part:
            continue
        last = index == len(parts) - 1
        stem = last and not token.exact and len(part) >= MIN_STEM
        atoms.append(("w", glued, part, stem, _singulars(part) if stem else ()))
    return atoms


def _phrase_words(phrase: str) -> tuple[str, ...]:
    words: list[str] = []
    for word in phrase.split():
        pieces = word.split("-")
        for index, piece in enumerate(pieces):
            if index:
                words.append("-")
            if piece:
                words.append(piece)
    return tuple(words)


def _atom_keys(atom: _Atom) -> frozenset[str]:
    if atom[0] == "w":
        return frozenset({_keys(atom[2]), *(_keys(s) for s in atom[4])})
    return frozenset(_keys(first) for first in atom[2])


# ---------------------------------------------------------------------------- matching


def _word_at(atom: _Atom, lemma: str, lower: str) -> bool:
    text = atom[2]
    if atom[3]:
        if lemma[len(text):] in AGENT_SUFFIXES and lemma.startswith(text):
            return False  # "REPORT" is a report, not a reporter
        return lemma.startswith(text) or lower.startswith(text) or lemma in atom[4]
    return lemma == text or lower == text


def _atom_end(atom: _Atom, pos: int, stop: int, lemmas: Sequence[str],
              lowers: Sequence[str]) -> int:
    """Where ``atom`` ends if it matches at ``pos`` (exclusive), else -1."""
    if atom[0] == "w":
        return pos + 1 if _word_at(atom, lemmas[pos], lowers[pos]) else -1
    members = atom[2]
    lemma, lower = lemmas[pos], lowers[pos]
    phrases = members.get(lower, ())
    if lemma != lower:
        phrases = (*phrases, *members.get(lemma, ()))
    for phrase in phrases:  # longest first
        end = pos + len(phrase)
        if end <= stop and all(
            lemmas[pos + k] == w or lowers[pos + k] == w for k, w in enumerate(phrase)
        ):
            return end
    return -1


def _match_side(atoms: tuple[_Atom, ...], k: int, start: int, stop: int, anchored: bool,
                end_at: int, lemmas: Sequence[str], lowers: Sequence[str]) -> list[int] | None:
    """Match ``atoms[k:]`` in order within ``[start, stop)``; ``anchored`` pins the first
    one to ``start``; ``end_at`` (>= 0) pins the end of the last one."""
    if k == len(atoms):
        return [] if end_at < 0 or start == end_at else None
    atom = atoms[k]
    positions = (start,) if anchored or (k > 0 and atom[1]) else range(start, stop)
    for pos in positions:
        if pos >= stop:
            break
        end = _atom_end(atom, pos, stop, lemmas, lowers)
        if end < 0:
            continue
        rest = _match_side(atoms, k + 1, end, stop, False, end_at, lemmas, lowers)
        if rest is not None:
            return [*range(pos, end), *rest]
    return None


def _match_pattern(p: _Pattern, start: int, end: int, lemmas: Sequence[str],
                   lowers: Sequence[str], reach: int = 0) -> list[int] | None:
    """Token indices the pattern's words matched around the verb ``[start, end)``; the
    words after it may run to ``reach`` when that is beyond the window."""
    low = max(0, start - BEFORE_WINDOW)
    before = _match_side(p.before, 0, low, start, False, start if p.verb_glued else -1,
                         lemmas, lowers)
    if before is None:
        return None
    stop = min(len(lemmas), max(end + AFTER_WINDOW, reach))
    anchored = bool(p.after) and p.after[0][1]
    after = _match_side(p.after, 0, end, stop, anchored, -1, lemmas, lowers)
    if after is None:
        return None
    return before + after


# ---------------------------------------------------------------------------- the lexicon


class VerbLexicon:
    """Verb lemmas, their groups and patterns, indexed for :meth:`match`.

    Build it with :meth:`load` (the packaged CAMEO dictionary plus optional user files)
    or :func:`default_verb_lexicon` (cached, packaged dictionary only).
    """

    def __init__(self, dictionaries: Sequence[VerbDictionary]) -> None:
        """Index ``dictionaries``; later ones are layered on earlier ones and win."""
        self._verbs: dict[str, _Verb] = {}
        self._forms: dict[str, _Verb] = {}
        self._multi: dict[str, list[_Verb]] = {}
        self._build(dictionaries)

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> VerbLexicon:
        """The packaged CAMEO verbs with ``extra_files`` (same format) layered on top.

        Later files win: a verb listed in an extra file leaves its packaged groups for
        the extra file's (its code and patterns); a group header with a packaged name
        (``--- PHYSICAL_CONFLICT [190] ---``) adds the file's patterns to that group,
        where they win ties; a synonym set of the same name replaces the packaged one.
        Extra files may use the packaged sets. Raises
        :class:`~tocsin.errors.DictionaryError` for a malformed extra file; irregular but
        readable lines are logged as warnings.
        """
        layers = [_packaged_dictionary()]
        for path in extra_files:
            known = set().union(*(d.sets for d in layers))
            extra = parse_verb_file(path, known_sets=known)
            for warning in extra.warnings:
                log.warning("%s:%d: %s", path, warning.line, warning.reason)
            layers.append(extra)
        return cls(layers)

    # -- public queries

    def match(self, lemmas: list[str], lowers: list[str], verb_index: int,
              particle: str | None = None, reach: int = 0) -> VerbMatch | None:
        """Code the verb at ``verb_index`` of a sentence given as token lemmas and
        lower-cased texts; ``particle`` is a phrasal particle the parser attached to it
        ("out" in "pulled its troops out"); ``reach`` (exclusive) stretches the words
        after the verb past :data:`AFTER_WINDOW` to the heads of its own phrases (see
        :func:`tocsin.coding.coder.phrase_reach`). ``None`` if the verb is not in the
        lexicon."""
        lemmas = [lemma.lower() for lemma in lemmas]
        lemma, lower = lemmas[verb_index], lowers[verb_index]
        found = self._find_multiword(lemma, lower, lemmas, lowers, verb_index, particle)
        if found is None:
            verb = (self._verbs.get(lemma) or self._forms.get(lower) or self._forms.get(lemma))
            if verb is None:
                return None
            found = (verb, [verb_index])
        verb, verb_tokens = found
        return self._code(verb, verb_tokens, lemmas, lowers, reach)

    def lookup_lemma(self, lemma: str) -> str | None:
        """The default CAMEO code of a verb lemma ("wage war" for multi-word verbs),
        ``"---"`` for a verb that codes no event alone, ``None`` for an unknown verb."""
        verb = self._verbs.get(lemma.lower())
        if verb is None:
            return None
        cameo, _ = split_code(verb.senses[0].code)
        return cameo or _NULL

    def verb_lemmas(self) -> set[str]:
        """Every verb lemma in the lexicon (multi-word ones space-joined)."""
        return {v.lemma for v in self._verbs.values()}

    def __len__(self) -> int:
        return len(self.verb_lemmas())

    # -- matching steps

    def _find_multiword(self, lemma: str, lower: str, lemmas: Sequence[str],
                        lowers: Sequence[str], index: int,
                        particle: str | None) -> tuple[_Verb, list[int]] | None:
        candidates = self._multi.get(lemma, [])
        if lower != lemma and lower in self._multi:
            candidates = [*candidates, *self._multi[lower]]
        for verb in candidates:  # longest first
            tokens = _complete_multiword(verb, lemmas, lowers, index, particle)
            if tokens is not None:
                return verb, tokens
        return None

    def _code(self, verb: _Verb, verb_tokens: list[int], lemmas: Sequence[str],
              lowers: Sequence[str], reach: int = 0) -> VerbMatch:
        start, end = min(verb_tokens), max(verb_tokens) + 1
        stop = min(len(lemmas), max(end + AFTER_WINDOW, reach))
        window = {
            s[:_KEY]
            for i in range(max(0, start - BEFORE_WINDOW), stop)
            if not start <= i < end
            for s in (lemmas[i], lowers[i])
        }
        best: tuple[tuple[int, int, int, int], _Pattern, list[int]] | None = None
        seen: set[int] = set()
        for group in verb.groups:
            for key in window:
                for p in group.index.get(key, ()):
                    if id(p) in seen:
                        continue
                    seen.add(id(p))
                    rank = (p.literals, p.layer, verb.lemma in p.verbs, -p.order)
                    if best is not None and rank <= best[0]:
                        continue
                    if not all(not keys.isdisjoint(window) for keys in p.keys):
                        continue
                    hits = _match_pattern(p, start, end, lemmas, lowers, reach)
                    if hits is not None:
                        best = (rank, p, hits)
        if best is not None:
            _, p, hits = best
            return _result(verb.lemma, p.code, p.text, sorted({*verb_tokens, *hits}), p.group,
                           p.line)
        sense = verb.senses[0]
        return _result(verb.lemma, sense.code, None, verb_tokens, sense.group.name, sense.line)

    # -- building

    def _build(self, dictionaries: Sequence[VerbDictionary]) -> None:
        sets = _compile_sets(dictionaries)
        groups: dict[str, _Group] = {}  # shared by name: a user file can add patterns
        senses: dict[str, list[_Sense]] = {}
        forms: dict[str, set[str]] = {}
        form_lemmas: dict[str, str] = {}
        own: Counter[tuple[str, str]] = Counter()
        memo: dict[PatternToken, _Compiled] = {}
        order = 0
        for layer, dictionary in enumerate(dictionaries):
            defined: dict[str, list[_Sense]] = {}
            for entry in dictionary.verbs:
                group = groups.setdefault(entry.group, _Group(entry.group))
                defined.setdefault(entry.lemma, []).append(
                    _Sense(entry.lemma, entry.words, entry.head, entry.code, entry.explicit,
                           group, layer, entry.line)
                )
                if entry.lemma not in senses or senses[entry.lemma][0].layer < layer:
                    forms[entry.lemma] = set()
                forms[entry.lemma].update(entry.forms)
                for form in () if entry.is_multiword else entry.forms:
                    if layer > 0 or form not in form_lemmas:
                        form_lemmas[form] = entry.lemma
            senses.update(defined)  # a later file's entries replace the earlier ones
            for pattern in dictionary.patterns:
                own.update((pattern.group, verb) for verb in pattern.verbs)
                group = groups.setdefault(pattern.group, _Group(pattern.group))
                compiled = _compile(pattern, sets, layer, order, memo)
                order += 1
                if compiled is not None:
                    _index(group, compiled)
        for lemma, lemma_senses in senses.items():
            for sense in lemma_senses:
                sense.own_patterns = own[(sense.group.name, lemma)]
            self._add_verb(lemma, lemma_senses, forms[lemma])
        self._forms = {form: self._verbs[lemma] for form, lemma in form_lemmas.items()}

    def _add_verb(self, lemma: str, senses: list[_Sense], forms: Iterable[str]) -> None:
        # default: the group with the most patterns written for this verb, then a code
        # given on the verb line, then the first definition
        senses.sort(key=lambda s: (-s.own_patterns, not s.explicit, s.line))
        groups = list({id(s.group): s.group for s in senses}.values())
        first = senses[0]
        verb = _Verb(lemma, first.words, first.head, senses, groups)
        self._verbs[lemma] = verb
        if len(first.words) == 1:
            return
        for alias in ("".join(first.words), "-".join(first.words)):
            self._verbs.setdefault(alias, verb)
        heads = {first.words[first.head], *_multiword_forms(lemma, forms)}
        for head in heads:
            bucket = self._multi.setdefault(head, [])
            bucket.append(verb)
            bucket.sort(key=lambda v: (-len(v.words), v.lemma))


def _multiword_forms(lemma: str, forms: Iterable[str]) -> set[str]:
    """Head words of a multi-word verb's inflected forms."""
    base = lemma.split()
    out: set[str] = set()
    for form in forms:
        words = form.split()
        if len(words) == len(base):
            out.update(w for w, b in zip(words, base, strict=True) if w != b)
    return out


def _complete_multiword(verb: _Verb, lemmas: Sequence[str], lowers: Sequence[str], index: int,
                        particle: str | None) -> list[int] | None:
    """Token indices of the whole multi-word verb around its head at ``index``, if the
    sentence has the other words next to it (or the parser's particle)."""
    words, head = verb.words, verb.head
    tokens = [index]
    pos = index - 1
    for word in reversed(words[:head]):  # "re" in "re-arrest"
        while pos >= 0 and lowers[pos] == "-":
            pos -= 1
        if pos < 0 or (lowers[pos] != word and lemmas[pos] != word):
            return None
        tokens.append(pos)
        pos -= 1
    following = words[head + 1:]
    if not following:
        return sorted(tokens)
    pos = index + 1
    consecutive: list[int] = []
    for word in following:
        if pos < len(lowers) and (lowers[pos] == word or lemmas[pos] == word):
            consecutive.append(pos)
            pos += 1
        else:
            break
    if len(consecutive) == len(following):
        return sorted(tokens + consecutive)
    if particle and len(following) == 1 and particle.lower() == following[0]:
        stop = min(len(lowers), index + 1 + AFTER_WINDOW)
        where = next((i for i in range(index + 1, stop) if lowers[i] == following[0]), None)
        return sorted(tokens + ([where] if where is not None else []))
    return None


_Compiled = tuple[tuple[_Atom, ...], tuple[frozenset[str], ...]]


def _compile_sets(dictionaries: Sequence[VerbDictionary]) -> dict[str, _Members]:
    """Every set by name (a later file's definition wins), members by first word."""
    sets: dict[str, _Members] = {}
    for dictionary in dictionaries:
        for name, synonyms in dictionary.sets.items():
            phrases = sorted({_phrase_words(m) for m in synonyms.members},
                             key=lambda w: (-len(w), w))
            members: _Members = {}
            for phrase in phrases:
                members[phrase[0]] = (*members.get(phrase[0], ()), phrase)
            sets[name] = members
    return sets


def _compile_token(token: PatternToken, sets: dict[str, _Members],
                   memo: dict[PatternToken, _Compiled]) -> _Compiled:
    """A token's atoms and the prefilter keys of its literal atoms (memoised)."""
    done = memo.get(token)
    if done is None:
        if token.kind == "word":
            atoms: tuple[_Atom, ...] = tuple(_word_atoms(token))
        elif token.kind == "set":
            atoms = (("s", token.glued, sets[token.value]),)
        else:
            atoms = ()
        keys = tuple(_atom_keys(a) for a in atoms if not (a[0] == "w" and a[2] == "-"))
        done = memo[token] = (atoms, keys)
    return done


def _compile(pattern: VerbPattern, sets: dict[str, _Members], layer: int,
             order: int, memo: dict[PatternToken, _Compiled]) -> _Pattern | None:
    """Atoms and prefilter keys of a pattern; ``None`` for placeholder-only patterns."""
    sides: list[tuple[_Atom, ...]] = []
    keys: list[frozenset[str]] = []
    for tokens in (pattern.before, pattern.after):
        atoms: list[_Atom] = []
        for token in tokens:
            token_atoms, token_keys = _compile_token(token, sets, memo)
            atoms.extend(token_atoms)
            keys.extend(token_keys)
        sides.append(tuple(atoms))
    if not keys:
        return None
    return _Pattern(
        before=sides[0], after=sides[1], verb_glued=pattern.verb_glued, keys=tuple(keys),
        literals=pattern.literal_count, code=pattern.code, verbs=frozenset(pattern.verbs),
        layer=layer, order=order, line=pattern.line, group=pattern.group, text=pattern.text,
    )


def _index(group: _Group, pattern: _Pattern) -> None:
    """File the pattern under the keys of its most selective atom."""
    anchor = min(pattern.keys, key=lambda keys: (len(keys), -max(map(len, keys))))
    for key in anchor:
        group.index.setdefault(key, []).append(pattern)


def _result(lemma: str, code: str | None, text: str | None, tokens: list[int], group: str,
            line: int) -> VerbMatch:
    cameo, pair = split_code(code)
    return VerbMatch(cameo=cameo or _NULL, lemma=lemma, pattern=text, token_indices=tokens,
                     discard=cameo is None, pair=pair, group=group, line=line)


def _packaged_dictionary() -> VerbDictionary:
    raw = resources.files("tocsin.data").joinpath(DATA_FILE).read_bytes()
    return dictionary_from_data(json.loads(gzip.decompress(raw)), path=f"tocsin.data/{DATA_FILE}")


SUPPLEMENT_FILE = "verbs_tocsin.txt"


@cache
def default_verb_lexicon() -> VerbLexicon:
    """The packaged CAMEO verb lexicon with tocsin's additions, built once per process."""
    supplement = resources.files("tocsin.data").joinpath(SUPPLEMENT_FILE)
    with resources.as_file(supplement) as path:
        return VerbLexicon.load(extra_files=[path])
