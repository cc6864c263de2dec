"""Choosing the PLOVER mode of an event.

Mode names are the manual's (the modes table of each category in PLOVER_MANUAL.tex);
categories without modes (AGREE, SUPPORT, CONCEDE, COOPERATE, AID) get none. The rules
are data in ``data/modes.tsv``; this module applies them in order, the first that
decides wins:

1. *priority* cues and *priority* object rules near the trigger (tear gas is
   crowd-control whatever else is fired; "killed Hezbollah leader Hassan Nasrallah in an
   air strike" is targeted), and a strong table mode that names the act itself
   (:data:`ACT_MODES`: "gunmen seized 21 tourists" is abduct, not firearms);
2. *first* cues in the trigger's phrase, the one nearest its start winning ("drones and
   missiles" -> drone, "pounding positions with artillery and drones" -> heavy-weapons,
   "lodged a complaint" -> disapprove); in a statement, a cue in the speaker's name gives
   way to one in what is said ("a commission of inquiry accused ..." -> allege);
3. a *strong* mode from the CAMEO->PLOVER table (it speaks for the verb: "kidnap" ->
   abduct);
4. *late* cues near the trigger and *weak* object rules;
5. the same cues anywhere else in the sentence;
6. for CONSULT, the place: a meeting in one side's country is a visit, one elsewhere has a
   third-party host;
7. a *weak* table mode (the table's weapon modes follow the verb's CAMEO code, not the
   weapon);
8. the category's *fallback* mode (REQUEST/REJECT change, THREATEN violence, ...).

"Near the trigger" is the trigger's phrase: its subject, objects, "with"/"in a ... strike"
phrases and clauses of manner or result ("..., killing 12"), and for a trigger that depends
on another verb ("fired water cannon to disperse ...") that verb's subject and objects.
Conditions, reasons, other times and relative clauses are left out ("if ...", "after ...",
"in response to ...", "citing ...", "anyone who attacks ... would be arrested"). A cue
that only modifies another cue gives way to it ("ceasefire talks" is about talks, "war
crimes investigation" an investigation). In a deployment the army that deploys is left
out ("the army deployed tanks" deploys weapons); in an ultimatum the act demanded is
("48 hours to leave or face military action" threatens violence).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

from spacy.tokens import Span, Token

from tocsin.coding.actors import default_actor_dictionary
from tocsin.coding.conventions import deadline_demand, of_objects
from tocsin.coding.places import find_location
from tocsin.errors import DictionaryError
from tocsin.ontology.plover import QUAD_CLASS

RULES_FILE = "modes.tsv"
ROW_FIELDS = {"modes": 1, "table": 3, "cue": 3, "object": 4}  # fields after the category

# Clauses and phrases that are about something other than the act itself.
BACKGROUND_MARKS = frozenset({"if", "unless", "after", "before", "since", "because",
                              "although", "though", "while", "until", "once", "whether"})
BACKGROUND_PREPS = frozenset({"after", "before", "since", "despite", "until", "following",
                              "amid", "ahead"})
BACKGROUND_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "protest"})
ASIDE_VERBS = frozenset({"cite", "say", "add", "warn", "describe", "call", "claim",
                         "insist", "note", "accuse", "blame", "deny", "vow"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "prep", "dative", "prt"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue: its words (each "lemma" or "lemma/POS")."""

    words: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Cue:
        # the tokenizer splits "fact-finding" into "fact", "-", "finding"
        return cls(tuple(text.replace("-", " ").split()))

    def matches_at(self, tokens: list[Token], k: int) -> bool:
        """The cue's words are ``tokens[k:]``, consecutive in the sentence but for
        hyphens (left out of the phrase as punctuation)."""
        if k + len(self.words) > len(tokens):
            return False
        if not _word_matches(self.words[0], tokens[k]):
            return False
        for j in range(1, len(self.words)):
            prev, tok = tokens[k + j - 1], tokens[k + j]
            gap = tok.i - prev.i
            if not (gap == 1 or gap == 2 and prev.nbor(1).text == "-") or \
                    not _word_matches(self.words[j], tok):
                return False
        return True


@dataclass(slots=True)
class CategoryRules:
    """The rules of one category, in file order."""

    modes: frozenset[str] = frozenset()
    table: dict[str, tuple[str, bool]] = field(default_factory=dict)  # -> (mode, strong)
    cues: dict[str, list[tuple[str, list[Cue]]]] = field(default_factory=dict)  # kind ->
    objects: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] = field(
        default_factory=dict)  # kind -> [(mode, triggers, objects)]


@cache
def mode_rules() -> dict[str, CategoryRules]:
    """The rules of ``data/modes.tsv`` by category."""
    text = resources.files("tocsin.data").joinpath(RULES_FILE).read_text("utf-8")
    rules: dict[str, CategoryRules] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, cats, *rest = [*(part.strip() for part in line.split("\t")), ""]
        rest = rest[:-1]
        if ROW_FIELDS.get(kind) != len(rest):
            raise DictionaryError(f"tocsin/data/{RULES_FILE}", number,
                                  f"expected a {'/'.join(ROW_FIELDS)} row with tab-separated "
                                  f"fields as its header comment describes: {line!r}")
        for cat in cats.split(","):
            _add_rule(rules.setdefault(cat.strip(), CategoryRules()), kind, rest)
    return rules


def _add_rule(rule: CategoryRules, kind: str, rest: list[str]) -> None:
    if kind == "modes":
        rule.modes = frozenset(_split(rest[0]))
    elif kind == "table":
        table_mode, mode, strength = rest
        rule.table[table_mode] = ("" if mode == "-" else mode, strength == "strong")
    elif kind == "cue":
        mode, how, words = rest
        rule.cues.setdefault(how, []).append((mode, [Cue.parse(w) for w in _split(words)]))
    else:
        mode, how, triggers, objects = rest
        rule.objects.setdefault(how, []).append(
            (mode, frozenset(_split(triggers)), frozenset(_split(objects))))


def _split(text: str) -> list[str]:
    return [w.strip().lower() for w in text.split(",") if w.strip()]


# Modes that name the act itself, not the weapon it was done with (or, for a verdict,
# not the tariffs or sanctions it is about).
ACT_MODES = frozenset({"abduct", "convict"})
# Categories whose mode is what is moved, not who moves it.
DEPLOYMENTS = frozenset({"MOBILIZE"})


def choose_mode(category: str, table_mode: str, sent: Span, trigger: Token) -> str:
    """The event's PLOVER mode ("" when the category has none or nothing decides)."""
    rule = mode_rules().get(category)
    if rule is None or not rule.modes:
        return ""
    table, strong = _read_table(rule, table_mode.strip().lower())
    near_tokens = _near(trigger)
    if category in DEPLOYMENTS:
        # "the army deployed tanks": what is deployed names the mode, not the army that
        # deploys it (but police deploying armoured vehicles and officers are police)
        mover = _Phrase(t for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree)
        moved = _Phrase(t for c in trigger.children if c.dep_ == "dobj" for t in c.subtree)
        if _first(rule, "first", mover) == "troops" and _any_cue(rule, moved):
            near_tokens = [t for t in near_tokens if t not in mover]
    # "gave him 48 hours to leave or face military action": the penalty is the threat,
    # not the act demanded (which no step reads)
    demand = deadline_demand(trigger) if category == "THREATEN" else set()
    if demand:  # "..., warning that they could use force": the penalty, no aside
        near_tokens = sorted([*near_tokens, *(
            t for c in trigger.children if c.dep_ in ("advcl", "conj")
            and c.lemma_.lower() in ("warn", "threaten") for t in _pruned(c))],
            key=lambda t: t.i)
    near = _Phrase(t for t in near_tokens if t.i not in demand)
    near_ids = {t.i for t in near} | demand

    def elsewhere() -> str:
        wide = _Phrase(t for t in _pruned(sent.root, near=False) if t.i not in near_ids)
        return _priority(rule, wide) or _first(rule, "first", wide) or \
            _first(rule, "late", wide)

    steps = (
        lambda: _priority(rule, near) or _object(rule, "priority", trigger),
        # an act the verb itself names as an abduction outranks the weapon it was done
        # with ("gunmen seized 21 tourists": abduct, not firearms)
        lambda: table if strong and table in ACT_MODES else "",
        lambda: _first(rule, "first", near,
                       trigger if QUAD_CLASS.get(category) in (1, 3) else None),
        lambda: table if strong else "",
        lambda: _first(rule, "late", near) or (
            _object(rule, "weak", trigger) if not _any_cue(rule, near) else ""),
        elsewhere,
        lambda: _host_mode(sent, trigger) if category == "CONSULT" else "",
        lambda: table,
        lambda: _fallback(rule, near),
    )
    for step in steps:
        mode = step()
        if mode:
            return mode
    return ""


def _read_table(rule: CategoryRules, table_mode: str) -> tuple[str, bool]:
    """The table's mode as a manual name, and whether it is strong."""
    if not table_mode:
        return "", False
    if table_mode in rule.table:
        return rule.table[table_mode]
    if table_mode in rule.modes:
        return table_mode, True
    return "", False


# ------------------------------------------------------------------------- token sets
def _pruned(root: Token, *, near: bool = True) -> list[Token]:
    """``root`` and its descendants, leaving out background phrases and clauses (and,
    near the trigger, relative clauses: they describe a participant, not the act)."""
    out = [root]
    for child in root.children:
        if not _background(child) and not (near and child.dep_ == "relcl"):
            out.extend(_pruned(child, near=near))
    return out


def _background(tok: Token) -> bool:
    if tok.dep_ in ("punct", "parataxis"):
        return True
    if tok.dep_ == "prep" and tok.lower_ in BACKGROUND_PREPS:
        return True
    if tok.dep_ == "prep" and any(c.dep_ == "pobj" and c.lemma_.lower() in BACKGROUND_NOUNS
                                  for c in tok.children):
        return True  # "in response to ...", "in retaliation for ..."
    if tok.dep_ == "advcl":
        if tok.lemma_.lower() in ASIDE_VERBS:
            return True  # "..., citing ...", "..., saying ..."
        return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children)
    return False


def _near(trigger: Token) -> list[Token]:
    """The trigger's phrase, in sentence order."""
    found = {t.i: t for t in _pruned(trigger)}
    if trigger.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and not _background(trigger):
        for arg in trigger.head.children:
            if arg.dep_ in ARGUMENTS and arg.i not in found and not _background(arg):
                found.update((t.i, t) for t in _pruned(arg))
        found[trigger.head.i] = trigger.head
    return [found[i] for i in sorted(found)]


# --------------------------------------------------------------------------- matching
def _word_matches(word: str, tok: Token) -> bool:
    text, _, pos = word.partition("/")
    if pos and tok.pos_.lower() != pos:
        return False
    return tok.lemma_.lower() == text or tok.lower_ == text


class _Phrase(list):
    """Tokens in sentence order, with where each lemma and lower-cased form occurs among
    them, found once however many cues are looked up. Not to be changed once looked up."""

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for k, tok in enumerate(self):
            for key in {tok.lemma_.lower(), tok.lower_}:
                index.setdefault(key, []).append(k)
        return index


def _matches(cues: Iterable[tuple[str, list[Cue]]], tokens: _Phrase
             ) -> list[tuple[int, int, str, Token]]:
    """(position, -length, mode, last token) of every cue found in ``tokens``."""
    found = []
    index = tokens.positions
    for mode, cue_list in cues:
        for cue in cue_list:
            if cue.words == ("*",):
                continue
            first = cue.words[0].partition("/")[0]
            for k in index.get(first, ()):
                if cue.matches_at(tokens, k):
                    last = tokens[k + len(cue.words) - 1]
                    found.append((tokens[k].i, -len(cue.words), mode, last))
    return found


def _priority(rule: CategoryRules, tokens: _Phrase) -> str:
    for mode, cues in rule.cues.get("priority", []):
        if _matches([(mode, cues)], tokens):
            return mode
    return ""


def _first(rule: CategoryRules, kind: str, tokens: _Phrase, trigger: Token | None = None
           ) -> str:
    found = _matches(rule.cues.get(kind, []), tokens)
    cue_heads = {last.i for _, _, _, last in _matches(
        rule.cues.get("first", []) + rule.cues.get("late", []), tokens)}
    # A cue that only modifies another cue gives way to it ("ceasefire talks"; in a
    # statement also an adjective: "break off nuclear talks").
    modifiers = ("compound", "amod") if trigger is not None else ("compound",)
    found = [f for f in found if not (f[3].dep_ in modifiers and f[3].head.i in cue_heads)]
    if trigger is not None:
        # In a statement, a cue in who speaks gives way to one in what they say ("a U.N.
        # fact-finding mission accused Israel ...": an allegation; but "drones struck"
        # names the weapon).
        actor = {t.i for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree}
        found = [f for f in found if f[0] not in actor] or found
    return min(found)[2] if found else ""


def _any_cue(rule: CategoryRules, tokens: _Phrase) -> bool:
    return bool(_matches(rule.cues.get("first", []) + rule.cues.get("late", []), tokens))


#: Nouns naming a part of what follows "of", which is the real object.
PARTITIVE_NOUNS = frozenset({"last", "batch", "rest", "bulk", "part", "first", "remainder",
                             "most", "all", "some", "half", "share"})


def _object(rule: CategoryRules, kind: str, trigger: Token) -> str:
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    # "handed over the last of their weapons", "their first batch of 243 weapons"
    objects += [g for o in objects if o.lemma_.lower() in PARTITIVE_NOUNS for g in of_objects(o)]
    lemma = trigger.lemma_.lower()
    for mode, triggers, wanted in rule.objects.get(kind, []):
        if "*" not in triggers and lemma not in triggers and trigger.lower_ not in triggers:
            continue
        if any(_object_words(obj) & wanted for obj in objects):
            return mode
    return ""


def _object_words(obj: Token) -> set[str]:
    """An object's lemma and form, its entity label ("ent:person"), its compounds ("energy
    grid") and, for a name, the title before it ("ambassador Sylvain Itte") or the noun
    after it ("the Daily News, the only independent daily")."""
    words = {obj.lemma_.lower(), obj.lower_, f"ent:{obj.ent_type_.lower()}"}
    words |= {f"{c.lemma_.lower()} {obj.lemma_.lower()}" for c in obj.children
              if c.dep_ in ("compound", "amod")}
    if obj.pos_ == "PROPN":
        words |= {c.lemma_.lower() for c in obj.subtree if c.i < obj.i and
                  c.dep_ == "compound" and c.pos_ == "NOUN"}
        words |= {c.lemma_.lower() for c in obj.children if c.dep_ == "appos"
                  and c.pos_ == "NOUN"}
    return words


def _fallback(rule: CategoryRules, tokens: _Phrase) -> str:
    for mode, cues in rule.cues.get("fallback", []):
        if any(c.words == ("*",) for c in cues) or _matches([(mode, cues)], tokens):
            return mode
    return ""


# ----------------------------------------------------------------------- CONSULT place
def _host_mode(sent: Span, trigger: Token) -> str:
    """"visit" when the meeting is in one side's country, "third-party" when it is in
    a country that neither side comes from; "" when the sentence does not tell."""
    actors = default_actor_dictionary()
    matches = [m for m in actors.match([t.text for t in sent]) if m.code in actors.countries]
    by_token = {sent.start + k: m for m in matches for k in range(m.start, m.end)}

    def country_of(tok: Token) -> str:
        m = by_token.get(tok.i)
        return m.code if m is not None else ""

    place = find_location(sent, trigger, set(), country_of)
    if place is None or not place.country or place.span is None:
        return ""
    start = sent.start_char + place.span.start
    head = next(t for t in sent if t.idx + len(t) > start)
    phrase = {t.i for t in head.subtree}  # "in Doha, Qatar": Qatar is not a side
    sides = {m.code for m in matches if sent.start + m.start not in phrase}
    if not sides:
        return ""
    if place.country not in sides:
        return "third-party"
    return "visit" if len(sides) > 1 else ""
