"""Deciding whether an event was asserted, negated, only hypothetical, or reported.

The rules walk the dependency path from the event's trigger up to the root of the
sentence and look at what governs it:

* **negated**: a negator on the trigger or on a verb that governs it ("did not fire",
  "never attacked"), a determiner "no" on a nominal trigger, or a denial verb above it
  ("denied carrying out the attack");
* **hypothetical**: a modal auxiliary ("will strike"), a verb or noun of intention or
  threat above it ("plans to attack", "preparations of an attack", "threatened to"),
  a modifier such as "possible", a conditional clause ("if ... attacks"), and every
  THREATEN event, since what is threatened has not happened;
* **reported**: the event sits under an attribution ("X said", "according to X") and the
  attributor is a party to it, uses a claim verb ("claimed", "alleged") or is an
  unconfirmed source ("media reports", "witnesses"), or an adverb such as "reportedly"
  qualifies it;
* otherwise **asserted**, with the attributor still returned as ``claimed_by``.

The cue words are data (``data/factuality_cues.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp",
                          "parataxis", "csubj", "dobj", "pobj", "prep", "nsubj",
                          "nsubjpass", "attr", "oprd", "appos", "compound", "amod", "npadvmod"})


@dataclass(frozen=True)
class Cues:
    negators: frozenset[str]
    denial_verbs: frozenset[str]
    modal_aux: frozenset[str]
    hypothetical_verbs: frozenset[str]
    anticipation_verbs: frozenset[str]  # "braced for attacks": feared, not intended
    deliberation_verbs: frozenset[str]  # "is weighing sanctions": weighed, not intended
    hypothetical_nouns: frozenset[str]
    hypothetical_adjs: frozenset[str]
    conditional_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    claim_adverbs: frozenset[str]
    seeming_verbs: frozenset[str]  # "appeared to show": what is seen, not confirmed
    unconfirmed_sources: frozenset[str]
    responsibility_nouns: frozenset[str]
    responsibility_verbs: frozenset[str]  # "took responsibility for": the act is claimed
    admission_verbs: frozenset[str]  # "admitted shooting down": the admitted act is the event


@cache
def load_cues() -> Cues:
    """Load the packaged cue lists once."""
    raw = json.loads(
        resources.files("tocsin.data").joinpath("factuality_cues.json").read_text("utf-8")
    )
    return Cues(**{k: frozenset(v) for k, v in raw.items() if not k.startswith("_")})


@dataclass
class Attribution:
    """Who a sentence attributes an event to, and how."""

    speaker: Token | None
    verb: Token | None
    is_claim: bool


@dataclass
class Factuality:
    """The factuality value, the attribution, and for hypotheticals the kind of cue:
    ``"intent"`` (a modal or a verb of intention: "will", "plans to"), ``"conditional"``
    ("if ..."), or ``"possible"`` ("a possible attack", "preparations of")."""

    value: str
    attribution: Attribution | None
    cue: str = ""


def _has_negator(tok: Token, cues: Cues) -> bool:
    if any(c.dep_ == "neg" or (c.lower_ in cues.negators and c.dep_ in (
            "advmod", "det", "preconj")) for c in tok.children):
        return True  # "did not attack", "neither accepted ..."
    return tok.dep_ == "conj" and neither_nor(tok)  # "... nor recognised"


def neither_nor(verb: Token) -> bool:
    """``verb`` is one of a "neither ... nor" pair ("neither accepted nor recognised")."""
    first = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children) and \
        any(c.dep_ == "cc" and c.lower_ == "nor" for c in (*first.children, *verb.children))


# Nouns of evidence that "no" empties: "no reports of fighting", "no sign of troops".
EVIDENCE_NOUNS = frozenset({"report", "sign", "indication", "evidence", "word", "trace"})


def none_reported(trigger: Token) -> bool:
    """ "with no reports of fighting", "there was no sign of a pullback": no one reports the
    event, which is no event and no denial either."""
    prep = trigger.head
    if trigger.dep_ not in ("pobj", "pcomp") or prep.lower_ != "of":
        return False
    noun = prep.head
    return noun.lemma_.lower() in EVIDENCE_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _has_modal(tok: Token, cues: Cues) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in cues.modal_aux for c in tok.children)


def _is_conditional(tok: Token, cues: Cues) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in tok.children)


def find_attribution(trigger: Token) -> Attribution | None:
    """The reporting clause or "according to" phrase that governs ``trigger``, if any."""
    cues = load_cues()
    node = trigger
    for _ in range(10):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                obj = next((t for t in child.subtree if t.dep_ == "pobj"), None)
                return Attribution(obj, child, False)
        if node.head == node:
            break
        parent = node.head
        # a denial is attributed like a report: "X denied that its aircraft had bombed"
        if (parent.lemma_.lower() in cues.reporting_verbs | cues.denial_verbs
                and node.dep_ in ("ccomp", "parataxis", "conj", "advcl", "xcomp", "dobj")
                and node.i != parent.i):
            speaker = next((c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            is_claim = parent.lemma_.lower() in cues.claim_verbs
            return Attribution(speaker, parent, is_claim)
        if node.dep_ == "ccomp" and parent.lemma_.lower() in cues.reporting_verbs:
            break
        node = parent
    # Reporting clause after a quote: the root is the reporting verb and the trigger is
    # its ccomp anywhere below it.
    sent = trigger.sent
    root = sent.root
    if root != trigger and root.lemma_.lower() in cues.reporting_verbs and \
            root.is_ancestor(trigger):
        speaker = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return Attribution(speaker, root, root.lemma_.lower() in cues.claim_verbs)
    # A quotation closed before "..., X said." even where the parse went astray.
    quote_end = next((t.i for t in sent if t.i > trigger.i and t.is_quote), None)
    if quote_end is not None:
        for tok in sent.doc[quote_end:sent.end]:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in cues.reporting_verbs:
                speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if speaker is not None:
                    return Attribution(speaker, tok, tok.lemma_.lower() in cues.claim_verbs)
    return None


def misread_frame(verb: Token) -> Token | None:
    """The clause the parser hung before a verb with no subject ("Renamo handed over its
    weapons, completing a programme agreed under a 2019 accord", with "agreed" the root):
    the verb is a modifier misread, and that clause is the sentence's main one."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and
                 any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def _subject_of(tok: Token, verb: Token) -> bool:
    """``tok`` is in ``verb``'s subject ("a truce appeared to be holding")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and tok in c.subtree for c in verb.children)


def _governors(trigger: Token) -> list[Token]:
    """Tokens on the path from the trigger to the root, stopping at a reporting verb."""
    cues = load_cues()
    chain: list[Token] = []
    node = trigger
    for _ in range(10):
        if node.head == node or node.dep_ not in _CLAUSE_DEPS:
            break
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break  # a coordinated clause with its own subject has its own modality
        if node.dep_ == "ccomp" and misread_frame(node.head) == node:
            break
        node = node.head
        if node.lemma_.lower() in cues.reporting_verbs and node.pos_ == "VERB":
            break
        chain.append(node)
    return chain


def _denied(trigger: Token, chain: list[Token], cues: Cues) -> bool:
    """A denial verb governs the event as its content ("denied shelling the plant"), not
    as a clause beside it ("dismissed the terms, vowing to press on with the war")."""
    return _denial_in(trigger, chain, cues) is not None


def _denial_in(trigger: Token, chain: list[Token], cues: Cues) -> Token | None:
    node = trigger
    for gov in chain:
        if node.dep_ in ("advcl", "conj"):
            return None
        if gov.pos_ == "VERB" and gov.lemma_.lower() in cues.denial_verbs:
            return gov
        node = gov
    return None


def denial_of(trigger: Token) -> Token | None:
    """The denial verb whose content the event is ("the ministry **denied** that police
    had detained ..."), or None."""
    return _denial_in(trigger, _governors(trigger), load_cues())


EPISTEMIC_MODALS = frozenset({"may", "might", "could", "can", "ca"})


def _modal_kind(verb: Token, cues: Cues) -> str:
    """ "will"/"would" announce an intention; "may"/"might"/"could" only a possibility,
    unless a condition makes it a warning ("may halt mediation if ...")."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in cues.modal_aux}
    if modals and modals <= EPISTEMIC_MODALS and not any(
            c.dep_ == "advcl" and _is_conditional(c, cues) for c in verb.children):
        return "possible"
    return "intent"


def _announced_plan(noun: Token) -> bool:
    """ "North Korea said it was drawing up plans to fire missiles toward Guam": a plan its
    maker makes public (not "the Pentagon is drawing up plans ..., officials said")."""
    maker = noun.head
    return noun.lemma_.lower() == "plan" and noun.dep_ == "dobj" and \
        maker.lemma_.lower() in ("draw", "prepare", "finalise", "finalize") and \
        maker.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we")
                                      for c in maker.children)


def _hypothetical_cue(trigger: Token, chain: list[Token], cues: Cues) -> str:
    """Why the event is only hypothetical ("intent", "conditional", "possible"), or ""."""
    if _is_conditional(trigger, cues) or any(_is_conditional(g, cues) for g in chain):
        return "conditional"
    light = any(c.dep_ == "dobj" for c in trigger.children)
    if trigger.lemma_.lower() in cues.deliberation_verbs or \
            trigger.lemma_.lower() == "prepare" and light:
        return "possible"  # the light verb of "is weighing sanctions", "is preparing an
        # offensive": an act under consideration or in preparation, announced to no one
    if trigger.lemma_.lower() == "plan" and light:
        return "intent"  # the light verb of "is planning a mass rally"
    if _has_modal(trigger, cues):
        return _modal_kind(trigger, cues)
    for g in chain:
        if g.pos_ in ("VERB", "AUX", "ADJ") and g.lemma_.lower() in cues.hypothetical_verbs:
            return "intent"
        if g.pos_ == "VERB" and g.lemma_.lower() in cues.anticipation_verbs | \
                cues.deliberation_verbs:
            return "possible"
        if g.pos_ in ("VERB", "AUX", "ADJ") and _has_modal(g, cues):
            return _modal_kind(g, cues)
        if g.pos_ == "NOUN" and g.lemma_.lower() in cues.hypothetical_nouns:
            return "intent" if _announced_plan(g) else "possible"
    if any(c.lemma_.lower() in cues.hypothetical_adjs and c.dep_ == "amod"
           for c in trigger.children):
        return "possible"
    return ""


def _conditioned(trigger: Token, chain: list[Token], cues: Cues) -> bool:
    """An "if"/"unless" clause hangs on the act or what governs it ("would accept a truce
    if Israel withdrew")."""
    return any(c.dep_ == "advcl" and _is_conditional(c, cues)
               for g in (trigger, *chain[:2]) for c in g.children)


def _counterfactual(chain: list[Token]) -> bool:
    """ "would be willing to resume talks", "would be prepared to": a stance held open,
    not a promise."""
    return any(g.lemma_.lower() in ("willing", "prepared", "ready") and any(
        c.lower_ == "would" for h in (g, g.head) for c in h.children) for g in chain[:3])


def assess_factuality(trigger: Token, *, category: str, party_speaker: bool) -> Factuality:
    """Classify the factuality of the event triggered by ``trigger``.

    ``party_speaker`` tells whether the attributed speaker was found to be a party to the
    event (the caller compares actor codes); it only matters for "reported".
    """
    cues = load_cues()
    chain = _governors(trigger)
    attribution = find_attribution(trigger)
    if _has_negator(trigger, cues) or any(
        _has_negator(g, cues) and g.pos_ in ("VERB", "AUX") and trigger.dep_ == "xcomp"
        for g in chain[:1]
    ):
        intent = _has_modal(trigger, cues) or any(
            g.lemma_.lower() in cues.hypothetical_verbs for g in chain[:1])
        return Factuality("negated", attribution, "intent" if intent else "")
    if _denied(trigger, chain, cues):
        return Factuality("negated", attribution)
    if category == "THREATEN":
        return Factuality("hypothetical", attribution)
    cue = _hypothetical_cue(trigger, chain, cues)
    # "Japan will lend Indonesia $1 billion, the minister said": a promise made is the act,
    # its "will" is what it promises, and its own side's saying so is the making of it (a
    # condition, a "could" or a stance held open still make it hypothetical)
    promise = category == "AGREE" and cue == "intent" and not _counterfactual(chain) and \
        not _conditioned(trigger, chain, cues)
    if cue and not promise:
        return Factuality("hypothetical", attribution, cue)
    if any(c.lower_ in cues.claim_adverbs for c in trigger.children) or any(
        c.lower_ in cues.claim_adverbs for g in chain[:2] for c in g.children
    ) or any(g.lemma_.lower() in cues.seeming_verbs and not _subject_of(trigger, g)
             for g in chain[:3]):
        return Factuality("reported", attribution)
    if attribution is not None:
        speaker = attribution.speaker
        unconfirmed = speaker is not None and (
            speaker.lemma_.lower() in cues.unconfirmed_sources
            or speaker.lower_ in cues.unconfirmed_sources
        )
        if attribution.is_claim or unconfirmed or party_speaker and not promise:
            return Factuality("reported", attribution)
    if any(g.lemma_.lower() in cues.responsibility_nouns for g in chain[:2]):
        return Factuality("reported", attribution)
    return Factuality("asserted", attribution)
