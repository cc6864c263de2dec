"""Finding who acted and on whom: the arguments of an event trigger, resolved to actors.

Given a trigger token, :func:`find_arguments` reads the dependency parse:

* **active voice**: the subject (``nsubj``) acts; the direct object, or the object of
  "against / on / at / with / to / toward / into / over / from", receives;
* **passive voice**: the ``agent`` ("by ...") acts; the passive subject receives;
* **clause chains**: a verb with no subject of its own takes the subject of the verb it
  is coordinated with or controlled by ("agreed to withdraw", "attacked and burned");
  a relative clause takes the noun it modifies ("militias that attacked the base"); a
  participle takes the noun it modifies ("troops stationed there", "militias backed by");
* **nominal triggers**: "the US conducted strikes against X" reads the light verb's
  subject and the noun's own "against / on" phrase; "US airstrikes" reads a possessor
  or compound modifier as the actor.

Each argument phrase is then resolved to actors with the sentence's dictionary matches:
coordinated phrases give compound actors ("the United States and Jordan",
"Hungarian and Romanian officials"); a named actor beats a nationality adjective; an
apposition helps when the head names nobody ("Kenzo Oshima, the UN relief coordinator");
"pro-Iranian" and "Iran-backed" mark allegiance and are only used when nothing else is
known.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Protocol

from spacy.tokens import Span, Token

from tocsin.coding.dates import WEEKDAYS
from tocsin.coding.factuality import load_cues
from tocsin.coding.gazetteer import is_capital
from tocsin.data import read_rows
from tocsin.model import ActorRef
from tocsin.model import Span as CharSpan

RECIPIENT_PREPS = ("against", "on", "at", "with", "to", "toward", "towards", "into", "over",
                   "upon", "from", "for", "of", "between")
STRONG_RECIPIENT_PREPS = frozenset({"against", "on", "at", "upon", "toward", "towards"})
CALL_MEDIA = frozenset({"telephone", "phone", "video", "videoconference", "link", "videolink"})
# Verbs of handing people over: the receiver ("to the United States") is the recipient,
# not the person handed.
HANDOVER_VERBS = frozenset({"hand", "extradite", "transfer", "surrender", "deliver"})
NESTED_PREPS = frozenset(RECIPIENT_PREPS)
NP_STOP_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "ccomp", "xcomp",
                          "parataxis", "appos"})
AFFILIATION_VERBS = frozenset({"affiliate", "belong", "ally", "align"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom", "whose"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them"})
ALLEGIANCE_PREFIXES = frozenset({"pro", "anti"})
ALLEGIANCE_SUFFIXES = frozenset({"backed", "led", "allied", "aligned", "sponsored",
                                 "supported", "funded", "linked", "affiliated"})
MEDIATOR_SUFFIXES = frozenset({"mediated", "brokered", "hosted"})
# "Russian-speaking students": a language, not a nationality
LANGUAGE_SUFFIXES = frozenset({"speaking", "speakers"})
NO_SIDE_SUFFIXES = MEDIATOR_SUFFIXES | LANGUAGE_SUFFIXES
# sectors that make an "alliance" or "coalition" one country's, not a multinational body
DOMESTIC_BLOC_SECTORS = frozenset({"OPP", "REB", "PTY", "GOV", "LEG", "LAB", "EDU"})
LED_FORCES = frozenset({"coalition", "force", "alliance", "troop", "army", "mission",
                        "operation", "military"})


@cache
def legacy_codes() -> dict[str, str]:
    """Era codes of the Phoenix dictionaries → current ISO 3166 alpha-3 codes."""
    return {r[0].strip(): r[1].strip() for r in read_rows("legacy_codes.tsv")}


def current_code(code: str) -> str:
    """The current code of a country (SCG → SRB, ZAR → COD); other codes unchanged."""
    return legacy_codes().get(code, code)


class ActorMatchLike(Protocol):
    start: int
    end: int
    code: str
    sector: str
    entity: str
    kind: str


@dataclass
class SentenceActors:
    """Dictionary matches of one sentence, indexed by the document token they cover."""

    matches: Sequence[ActorMatchLike]
    offset: int  # document index of the sentence's first token
    by_token: dict[int, ActorMatchLike] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for m in self.matches:
            for i in range(m.start, m.end):
                self.by_token[self.offset + i] = m

    def match_at(self, tok: Token) -> ActorMatchLike | None:
        return self.by_token.get(tok.i)


@dataclass
class Arguments:
    """The resolved actor and recipient of a trigger, with the tokens they came from."""

    actor: list[ActorRef]
    recipient: list[ActorRef]
    actor_heads: list[Token]
    recipient_heads: list[Token]


NP_PREPS = frozenset({"of", "in", "from", "at", "for", "including"})
DOCUMENT_NOUNS = frozenset({"accord", "accords", "agreement", "treaty", "protocol",
                            "convention", "declaration", "pact", "deal", "charter",
                            "communique", "memorandum", "format", "process", "framework",
                            "statute"})
SETTING_PREPS = frozenset({"in", "at", "near", "inside", "across", "around", "outside"})


AUTHORED_NOUNS = frozenset({"report", "statement", "study", "letter", "communique",
                            "survey", "audit", "review", "declaration"})


def _keeps(child: Token, parent: Token, with_appos: bool) -> bool:
    if child.dep_ == "prep":
        # "a report by Amnesty International criticised ...": "by" names its author
        return child.lower_ in NP_PREPS or (parent.dep_ == "acl"
                                            and parent.lemma_.lower() in AFFILIATION_VERBS) \
            or (child.lower_ == "by" and parent.lemma_.lower() in AUTHORED_NOUNS)
    if child.dep_ == "conj":  # "Hungarian and Romanian officials", "envoys of X and Y"
        return parent.dep_ in ("amod", "compound", "nmod", "pobj", "conj") or (
            parent.dep_ == "appos" and _listed_name(parent, parent.head))
    if child.dep_ == "appos":
        return with_appos or _listed_name(child, parent)
    if child.dep_ == "acl" and child.lemma_.lower() in AFFILIATION_VERBS:
        return with_appos  # "workers affiliated with the Serbian union": their side
    return child.dep_ not in NP_STOP_DEPS


def _listed_name(appos: Token, parent: Token) -> bool:
    """A name in a list the parser hung as an apposition: "the leaders of Algeria, Libya,
    Mauritania and Tunisia" (Libya under Algeria), "leaders of Fiji, Papua New Guinea, the
    Solomon Islands and Vanuatu" (the Solomon Islands under "leaders")."""
    if appos.pos_ != "PROPN" or not any(c.dep_ == "conj" for c in appos.children):
        return False
    return parent.dep_ == "pobj" and parent.pos_ == "PROPN" or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
        for p in parent.children)


def _np_tokens(head: Token, *, with_appos: bool = False) -> list[Token]:
    """Tokens of the noun phrase headed by ``head``, without clauses and coordinations.

    Prepositional modifiers stay only when they can name who the phrase is ("the foreign
    minister of Iran", "protesters in Baghdad"), not what it did ("an assault by ISIS").
    """
    out = [head]
    stack = [c for c in head.children if _keeps(c, head, with_appos)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if _keeps(c, tok, with_appos))
    return sorted(out, key=lambda t: t.i)


def _depth(tok: Token, head: Token) -> int:
    depth = 0
    while tok != head and tok.head != tok and depth < 12:
        tok = tok.head
        depth += 1
    return depth


def _match_ends(match: ActorMatchLike, sent: Span) -> tuple[Token, Token]:
    """The first and last document tokens of a match (its indexes count from ``sent``)."""
    return sent.doc[sent.start + match.start], sent.doc[sent.start + match.end - 1]


def _names_no_side(match: ActorMatchLike, sent: Span) -> bool:
    """ "EU-mediated talks with Serbia", "Qatar-brokered truce": the go-between is no side
    of the talks or truce; nor is the language of "Russian-speaking students" a side, nor
    the continent of "the Pan-American Highway" or "pan-Arab television"."""
    first, _ = _match_ends(match, sent)
    doc = sent.doc
    if first.i >= 2 and doc[first.i - 1].text == "-" and doc[first.i - 2].lower_ == "pan":
        return True
    return _hyphen_suffix(match, sent, NO_SIDE_SUFFIXES)


def _hyphen_suffix(match: ActorMatchLike, sent: Span, words: frozenset[str]) -> bool:
    """The name is followed by a hyphen and one of ``words`` ("Iran-backed")."""
    doc = sent.doc
    _, last = _match_ends(match, sent)
    return (last.i + 2 < len(doc) and doc[last.i + 1].text == "-"
            and doc[last.i + 2].lower_ in words)


def _is_allegiance(match: ActorMatchLike, sent: Span) -> bool:
    doc = sent.doc
    first, _ = _match_ends(match, sent)
    if first.i >= 2 and doc[first.i - 1].text == "-" and \
            doc[first.i - 2].lower_ in ALLEGIANCE_PREFIXES:
        return True
    if first.i >= 1 and doc[first.i - 1].lower_ in ALLEGIANCE_PREFIXES:
        return True
    return _hyphen_suffix(match, sent, ALLEGIANCE_SUFFIXES)


def _char_span(tokens: Sequence[Token], sent: Span) -> CharSpan:
    start = tokens[0].idx - sent.start_char
    end = tokens[-1].idx + len(tokens[-1].text) - sent.start_char
    return CharSpan(start, end)


class ActorResolver:
    """Resolves noun phrases of one sentence to :class:`ActorRef` objects."""

    def __init__(self, sent: Span, actors: SentenceActors) -> None:
        self.sent = sent
        self.actors = actors
        doc = sent.doc
        self._doc = doc

    def _matches_in(self, tokens: Sequence[Token]) -> list[ActorMatchLike]:
        seen: list[ActorMatchLike] = []
        for tok in tokens:
            m = self.actors.match_at(tok)
            if m is not None and all(m is not s for s in seen):
                seen.append(m)
        return seen

    def _doc_tokens(self, m: ActorMatchLike) -> list[Token]:
        off = self.actors.offset
        return [self._doc[off + i] for i in range(m.start, m.end)]

    def _coordination(self, head: Token, plain: list[ActorMatchLike]) -> list[ActorMatchLike]:
        """Coded names coordinated with each other inside one phrase ("envoys of Britain,
        France and Germany"); a list the parser hung as a modifier on the last name
        ("Arnor, Calenardhon and the evil Gondor") counts with that name."""
        by_token = {t.i: m for m in plain for t in self._doc_tokens(m)}
        group: list[ActorMatchLike] = []
        for m in plain:
            for t in self._doc_tokens(m):
                if t.dep_ != "conj" or t.head.i not in by_token:
                    continue
                root = t.head
                while root.dep_ == "conj" and root.head.i in by_token:
                    root = root.head
                members = [m, by_token[t.head.i], by_token[root.i]]
                if root.dep_ == "appos" and root.head.i in by_token:
                    members.append(by_token[root.head.i])  # "of Algeria, Libya and ..."
                if root.dep_ in ("nmod", "compound") and root.head.i == head.i and \
                        head.i in by_token:
                    members.append(by_token[head.i])
                group.extend(x for x in members if all(x is not g for g in group))
        return sorted(group, key=lambda m: m.start)

    def _coordinated_nouns(self, plain: list[ActorMatchLike]) -> list[ActorMatchLike]:
        """Names modifying nouns coordinated with each other, one per noun ("Sierra
        Leonean and Liberian refugees", parsed as "Leonean and refugees"; "Wagner
        mercenaries and Malian soldiers")."""
        def anchor(m: ActorMatchLike) -> Token:
            tok = self._doc_tokens(m)[-1]
            while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head != tok:
                tok = tok.head
            return tok

        def conj_root(tok: Token) -> Token:
            while tok.dep_ == "conj" and tok.head != tok:
                tok = tok.head
            return tok

        anchors = [(m, anchor(m)) for m in plain]
        out: list[ActorMatchLike] = []
        for m, a in anchors:
            if any(b.i != a.i and conj_root(a).i == conj_root(b).i for _, b in anchors) \
                    and all(a.i != anchor(o).i for o in out):
                out.append(m)
        return sorted(out, key=lambda m: m.start)

    def _is_setting(self, m: ActorMatchLike, head: Token) -> bool:
        """A country or place named only as where the phrase is ("the deployment of U.N.
        peacekeepers in Darfur", "ethnic Hungarians in Transylvania")."""
        if m.kind == "actor" and m.entity:
            return False
        root = max(self._doc_tokens(m), key=lambda t: -_depth(t, head))
        while root != head and root.dep_ == "conj" and root.head != head:
            root = root.head  # "militias in Iraq and Syria" (the phrase itself is no setting)
        return root != head and root.dep_ == "pobj" and root.head.lower_ in SETTING_PREPS

    def _names_a_document(self, m: ActorMatchLike) -> bool:
        """A capital that names a treaty or accord ("the Oslo accords", "the Treaty of
        Rome"): the place it was signed, not a party."""
        toks = self._doc_tokens(m)
        last = toks[-1]
        if not is_capital(" ".join(t.text for t in toks)):
            return False
        holder = last.head
        if last.dep_ == "pobj" and holder.lower_ == "of":
            holder = holder.head if holder.head.pos_ == "PROPN" else last
        elif last.dep_ not in ("compound", "nmod", "amod"):
            return False
        while holder.dep_ == "compound" and holder.head != holder:
            holder = holder.head  # "the Paris climate agreement"
        return holder.lemma_.lower() in DOCUMENT_NOUNS

    def _titled_affiliation(self, person: ActorMatchLike,
                            coded: list[ActorMatchLike]) -> ActorMatchLike | None:
        """A country or international body named in the title just before ``person``
        (only title words between) when it is not the dictionary's side for that name, or
        None. (An armed group's name keeps the person's own entry: "Taliban commander
        Baitullah Mehsud" led Pakistan's Taliban.)"""
        first = self._doc_tokens(person)[0]
        last = self._doc_tokens(person)[-1]
        if any(t.lower_ in ("former", "ex") for t in last.subtree if t.i < first.i):
            return None  # "former Credit Suisse chief Tidjane Thiam": no longer its side
        before = [m for m in coded if m.end <= person.start and not _is_allegiance(m, self.sent)
                  and (m.kind == "country" or current_code(m.code) in ("IGO", "NGO"))]
        for m in sorted(before, key=lambda m: -m.end):
            toks = self._doc_tokens(m)
            between = first.doc[toks[-1].i + 1:first.i]
            if not all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text == "-" for t in between) \
                    or not all(last in t.ancestors for t in toks) or \
                    any(t.dep_ == "poss" for t in between):
                return None
            if current_code(m.code) == current_code(person.code):
                return None  # "Greek Cypriot leader Glafcos Clerides": the nearer agrees
            return m
        return None

    def _named_with_and(self, plain: list[ActorMatchLike]) -> list[ActorMatchLike]:
        """Two names of different countries joined by a bare "and" within one phrase, with
        only names and titles between them."""
        ordered = sorted(plain, key=lambda m: m.start)
        for first, second in pairwise(ordered):
            a, b = self._doc_tokens(first), self._doc_tokens(second)
            between = a[0].doc[a[-1].i + 1:b[0].i]
            if first.code != second.code and any(t.lower_ == "and" for t in between) and \
                    all(t.pos_ in ("CCONJ", "PROPN", "ADJ", "PUNCT", "DET") for t in between):
                return [first, second]
        return []

    def _ref_from(self, head: Token, matches: list[ActorMatchLike]) -> list[ActorRef]:
        """Combine the matches inside one phrase into one or more actors."""
        coded = [m for m in matches if m.code and not _names_no_side(m, self.sent)
                 and not self._names_a_document(m)]
        if any(not self._is_setting(m, head) and not _is_allegiance(m, self.sent)
               for m in coded):
            coded = [m for m in coded if not self._is_setting(m, head)]
        agents = [m for m in matches if not m.code and m.sector]
        named = [m for m in coded if m.kind == "actor" and m.entity]
        plain = [m for m in coded if not _is_allegiance(m, self.sent)]
        countries = [m for m in plain if m.kind != "actor" or not m.entity]

        def distance(m: ActorMatchLike) -> tuple[int, int]:
            toks = self._doc_tokens(m)
            return (min(_depth(t, head) for t in toks),
                    min(abs(t.i - head.i) for t in toks))

        # Coordinated nationality modifiers: "Hungarian and Romanian officials".
        coordinated = [m for m in countries
                       if any(t.dep_ == "conj" for t in self._doc_tokens(m))]
        group = self._coordination(head, plain)
        nouns = self._coordinated_nouns(plain)
        chosen: list[ActorMatchLike]
        title_sector = ""
        forces = head.lemma_.lower() in LED_FORCES or any(
            self._doc_tokens(m)[-1].lemma_.lower() in LED_FORCES for m in matches)
        leaders = [m for m in coded if forces and (
            _hyphen_suffix(m, self.sent, frozenset({"led"}))
            or m.text.lower().endswith("-led"))]
        if leaders and not any(m.kind == "actor" and m.entity and m not in leaders
                               for m in coded):  # "the Russia-led CSTO": the CSTO
            # "the Saudi-led coalition", "Vietnamese-led forces": the leader's forces, as
            # the PLOVER gold standard codes them
            leader = min(leaders, key=distance)
            toks = self._doc_tokens(leader)
            return [ActorRef(text=" ".join(t.text for t in toks), code=current_code(leader.code),
                             sector="MIL", entity=leader.entity,
                             span=_char_span(toks, self.sent))]
        if len(group) > 1:
            # "the ambassadors of Arnor, Osgiliath and Gondor": every conjunct acts
            chosen = group
        elif len(nouns) > 1:
            # "Sierra Leonean and Liberian refugees", "Wagner mercenaries and Malian
            # soldiers": each coordinated noun brings its own name
            chosen = nouns
        elif coordinated and not named:
            chosen = sorted(countries, key=lambda m: m.start)
        elif len(pair := self._named_with_and(plain)) > 1:
            # "Indian Prime Minister Vajpayee and Pakistani Prime Minister Sharif", which
            # the parser may read as one phrase: both act
            chosen = pair
        elif named and (not plain or distance(min(named, key=distance))[0]
                        <= distance(min(plain, key=distance))[0]):
            person = min(named, key=distance)
            # "Saudi King Abdullah", "Arab League chief Amr Moussa": the affiliation the
            # text gives in the name's own title beats the dictionary's for that name (a
            # country keeps the person's sector)
            chosen = [self._titled_affiliation(person, coded) or person]
            if chosen[0].kind == "country" and not chosen[0].sector:
                title_sector = person.sector
        elif plain:
            chosen = [min(plain, key=distance)]
            if chosen[0].kind == "agent" and chosen[0].code == "IGO" and (
                    home := [m for m in plain if m.kind == "country"]):
                # "Niger's main opposition coalition": a coalition of that country, not a
                # multinational one
                chosen = [min(home, key=distance)]
            elif chosen[0].kind == "agent" and chosen[0].code == "IGO" and any(
                    a.sector in DOMESTIC_BLOC_SECTORS for a in agents):
                # "the main opposition alliance", "a rebel coalition": parties or groups of
                # one country, whose code the sentence's country gives
                chosen = []
        elif coded and not (agents and all(a.sector in PROXY_SECTORS for a in agents)):
            chosen = [min(coded, key=distance)]
        else:
            # "an Iran-backed militia", "pro-Russian separatists": an armed group is of the
            # country it fights in, which the place or the other side gives, not its backer's
            chosen = []
        sector = title_sector
        agent_match = min(agents, key=distance) if agents else None
        if agent_match is not None:
            sector = agent_match.sector
        refs: list[ActorRef] = []
        for m in chosen:
            toks = self._doc_tokens(m)
            refs.append(ActorRef(
                text=" ".join(t.text for t in toks) if len(toks) > 1 else toks[0].text,
                code=current_code(m.code),
                sector=m.sector or sector,
                entity=m.entity,
                span=_char_span(toks, self.sent),
            ))
        if not refs and agent_match is not None:
            toks = self._doc_tokens(agent_match)
            refs.append(ActorRef(text=" ".join(t.text for t in toks), code="",
                                 sector=agent_match.sector, entity="",
                                 span=_char_span(toks, self.sent)))
        return refs

    def parties_described_in_object(self, head: Token, own: set[str]) -> list[str]:
        """The countries an act's uncoded object is described by: "rejected a bill that
        would have let Bolivian trucks use the port", "an investigation into subsidies paid
        to Chinese steel makers", "accepted an invitation to visit Hanoi". Only the names
        nearest the object (fewest dependency steps; a conjunct counts at its first
        conjunct's depth) count, and none when one of those is the actor's own country
        ("contracts signed by Nigerian officials with a French firm" for Nigerian
        prosecutors is a domestic matter). A setting ("appealed in Geneva"), a capital
        naming a treaty, a go-between, and the UN or NGOs, which describe many things they
        are not party to, give nothing."""
        objects = [c for c in head.children if c.dep_ == "dobj"] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ not in SETTING_PREPS
            and c.i > head.i  # not a phrase that opens the sentence ("After talks in X, ...")
            for g in c.children if g.dep_ == "pobj"]
        found: list[tuple[int, str]] = []
        for obj in objects:
            for tok in obj.subtree:
                m = self.actors.match_at(tok)
                if m is None or not m.code or m.code in ("IGO", "NGO") or \
                        self._names_a_document(m) or _names_no_side(m, self.sent):
                    continue
                first = tok
                while first.dep_ == "conj" and first.head != first:
                    first = first.head
                found.append((_depth(first, obj), current_code(m.code)))
        if not found:
            return []
        nearest = min(depth for depth, _ in found)
        codes = list(dict.fromkeys(code for depth, code in found if depth == nearest))
        return [] if own & set(codes) else codes

    def names_only_a_setting(self, head: Token) -> bool:
        """The phrase names a party only as where it is ("talks in Doha"), not a ruling
        side placed there, as the object of an act ("gave the junta in Conakry a week")."""
        matches = self._matches_in(_np_tokens(head))
        if head.dep_ in ("dobj", "dative") and any(
                not m.code and m.sector in RULING_SIDES and head in self._doc_tokens(m)
                for m in matches):
            return False
        coded = [m for m in matches if m.code]
        return bool(coded) and all(self._is_setting(m, head) for m in coded)

    def sides(self, head: Token) -> list[ActorRef]:
        """The actors of :meth:`resolve` that name a side: a country or a sector."""
        return [r for r in self.resolve(head) if r.code or r.sector]

    def resolve(self, head: Token) -> list[ActorRef]:
        """Actors named by the phrase headed by ``head`` and its coordinated phrases."""
        refs: list[ActorRef] = []
        for h in [head, *_conjuncts(head)]:
            for part, tokens in _split_misparsed_pair(h):
                matches = self._matches_in(tokens)
                if not any(m.code for m in matches) and part == h:
                    matches = matches + self._matches_in(_np_tokens(h, with_appos=True))
                for ref in self._ref_from(part, matches):
                    if ref.code and ref.sector not in FOLLOWING_SECTORS \
                            and self._followed(ref, part):
                        # "followers of Moqtada al-Sadr": a crowd of the leader's country,
                        # not the leader ("supporters of Iraqi militias", named by their
                        # kind alone, stay the armed men the news often means by it)
                        ref = ActorRef(text=ref.text, code=ref.code, sector="CVL",
                                       entity="", span=ref.span)
                    if all(ref.code != r.code or ref.sector != r.sector for r in refs):
                        refs.append(ref)
        if not any(r.code for r in refs) and _names_a_pair(head):
            refs = self._pair_named_elsewhere(head) or refs
        return refs

    def _followed(self, ref: ActorRef, head: Token) -> bool:
        """``ref`` is named only as whom the crowd the phrase headed by ``head`` follows
        ("thousands of supporters of X"), and by name."""
        if ref.span is None:
            return False
        start = self.sent.start_char + ref.span.start
        tok = next((t for t in head.subtree if t.idx == start), None)
        path: list[Token] = []
        while tok is not None and tok != head:
            path.append(tok)
            tok = tok.head
            if tok.lemma_.lower() in FOLLOWER_NOUNS:
                # the head of the "of" phrase: "of Moqtada al-Sadr", not "of Iraqi militias"
                named = path[-2] if len(path) >= 2 and path[-1].dep_ == "prep" else path[-1]
                return named.pos_ == "PROPN"
        return False

    def _pair_named_elsewhere(self, head: Token) -> list[ActorRef]:
        """The two countries the sentence names outside ``head``'s phrase, for "the two
        countries", "both sides" ("Cuba's flag was raised over its embassy in Washington
        as the two foes restored relations"); none unless there are exactly two."""
        inside = {t.i for t in head.subtree}
        refs: list[ActorRef] = []
        for m in sorted(self.actors.matches, key=lambda m: m.start):
            toks = self._doc_tokens(m)
            if m.kind != "country" or not m.code or any(t.i in inside for t in toks):
                continue
            code = current_code(m.code)
            if all(r.code != code for r in refs):
                refs.append(ActorRef(text=" ".join(t.text for t in toks), code=code, sector="",
                                     entity=m.entity, span=_char_span(toks, self.sent)))
        return refs if len(refs) == 2 else []  # three or more: which two is unclear


PAIR_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor", "side", "foe", "rival",
                        "state", "power", "ally", "enemy", "adversary", "government",
                        "capital"})


PAIR_BACKGROUND_MARKS = frozenset({"since", "after", "before", "until", "when", "while"})
SPEAKING_VERBS = frozenset({"say", "announce", "tell", "add", "state", "confirm", "report"})


def _names_a_pair(head: Token) -> bool:
    """ "the two countries", "both neighbours", "the two Cold War foes": two parties named
    elsewhere in the sentence, when they act in it; not as its speakers ("..., both sides
    said") nor in its background ("since the two countries fought a war")."""
    if head.lemma_.lower() not in PAIR_NOUNS or head.tag_ != "NNS" or not any(
            c.lower_ in ("two", "both") for c in head.children):
        return False
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_.lower() in SPEAKING_VERBS:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in PAIR_BACKGROUND_MARKS
                   for c in verb.children)


def verb_under_noun_root(verb: Token) -> bool:
    """ "Jordanian and U.S. military planes air-dropped meals over Gaza", parsed as one noun
    phrase: the verb hangs as a modifier, past tense or on the object the root noun cannot
    have; the root noun is who acts."""
    root = verb.sent.root
    if verb.dep_ == "acl" and verb.head.i == root.i and root.pos_ in ("NOUN", "PROPN") and \
            verb.tag_ in ("VBD", "VBN") and verb.i > 0 and verb.nbor(-1).text == "," and \
            not any(c.dep_ == "agent" for c in verb.children):
        return True  # "Corsican nationalist leaders, fresh from their victory, called on
        # Paris to open talks": the verb after the aside hung on the root noun
    if verb.dep_ == "acl" and verb.head.i == root.i and root.pos_ in ("NOUN", "PROPN") and \
            verb.tag_ in ("VBD", "VBN") and _weekday_then_object(verb):
        return True  # "Foreign ministers of the Group of Seven condemned on Wednesday
        # Russia's decision": the lead's day before the object, read as a modifier
    return verb.dep_ == "amod" and root.pos_ == "NOUN" and root.i < verb.i and (
        verb.tag_ == "VBD" or verb.tag_ == "VBN" and verb.head.dep_ == "dobj"
        and verb.head.head.i == root.i)


def _weekday_then_object(verb: Token) -> bool:
    """The verb's "on <weekday>" runs into a noun phrase that is not a date ("condemned on
    Wednesday Russia's decision"): the object the parser took for the day's noun."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "on" and prep.i == verb.i + 1:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            day = prep.nbor(1) if prep.i + 1 < len(prep.doc) else None
            if pobj is not None and day is not None and day.lower_ in WEEKDAYS and \
                    pobj.i > day.i and pobj.ent_type_ not in ("DATE", "TIME"):
                return True
    return False


def _split_misparsed_pair(head: Token) -> list[tuple[Token, list[Token]]]:
    """The phrase of ``head`` as (head, tokens) parts. "Sudan's government and southern
    rebels" is parsed as "rebels" modified by "government and southern": the modifier
    with its own "and" is a coordinated phrase of its own."""
    tokens = _np_tokens(head)
    pair = next((c for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                 and any(g.dep_ == "cc" for g in c.children)
                 and any(g.dep_ == "conj" and g.pos_ == "ADJ" for g in c.children)), None)
    if pair is None:
        return [(head, tokens)]
    left = {t.i for t in pair.subtree} - {t.i for c in pair.children
                                          if c.dep_ in ("cc", "conj") for t in c.subtree}
    return [(pair, [t for t in tokens if t.i in left]),
            (head, [t for t in tokens if t.i not in left])]


def has_to_infinitive(verb: Token) -> bool:
    """The verb is a to-infinitive ("to demand", "to help", "to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _conjuncts(tok: Token) -> list[Token]:
    """Nouns coordinated with ``tok``, also after its apposition when that is a title
    ("Soleimani, commander of the Quds Force, and al-Muhandis": the parser hangs the
    second name on the title)."""
    out: list[Token] = []
    appos = [c for c in tok.children if c.dep_ == "appos" and (c.pos_ == "NOUN" or (
        # "Mali, Burkina Faso and Niger": a list of names parsed as an apposition
        tok.pos_ == "PROPN" and c.pos_ == "PROPN" and any(
            g.dep_ == "conj" for g in c.children)))]
    out.extend(c for c in appos if c.pos_ == "PROPN")
    stack = [c for t in (tok, *appos) for c in t.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        if c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
            stack.extend(cc for cc in c.children if cc.dep_ == "conj")
    return out


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


NEIGHBOUR_WORDS = frozenset({"neighbouring", "neighboring", "bordering"})


def _prep_object(prep: Token) -> Token | None:
    """The object of a preposition; for "support for Iraqi forces battling IS", where the
    parser makes a clause of it, the clause's subject."""
    pobj = _child(prep, "pobj")
    if pobj is not None:
        return pobj
    clause = _child(prep, "pcomp")
    if clause is not None and clause.lower_ in NEIGHBOUR_WORDS:
        return _child(clause, "dobj")  # "to neighbouring Kyrgyzstan", parsed as a verb
    return _child(clause, "nsubj") if clause is not None else None


VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
CHARGING_VERBS = frozenset({"charge", "accuse", "allege"})  # said after what they allege


ADOPTED_TEXTS = frozenset({"resolution", "statement", "declaration", "communique", "motion"})
ADOPTING_VERBS = frozenset({"adopt", "pass", "approve", "issue", "unveil", "publish"})


def document_adopted_by(verb: Token) -> Token | None:
    """The verb that adopts, passes or issues the document a participle describes ("adopted
    a resolution demanding that Syria withdraw", "issued a statement urging Israel ..."):
    whoever adopts the document says what it says."""
    doc_noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or \
            doc_noun.lemma_.lower() not in ADOPTED_TEXTS or doc_noun.dep_ != "dobj" or \
            doc_noun.head.lemma_.lower() not in ADOPTING_VERBS:
        return None  # (not "rejected a resolution demanding ...")
    return doc_noun.head


DEMANDING_VERBS = frozenset({"demand", "urge", "call", "request", "appeal", "insist"})


def adopts_a_demand(verb: Token) -> bool:
    """ "adopted a resolution demanding that Syria withdraw", "passed a resolution calling
    for a ceasefire", "... rejecting the creation of a state" (the participle on the
    resolution, or on the verb): adopting the document is how the demand, rejection or
    condemnation is made, not an event of its own."""
    if verb.lemma_.lower() not in ADOPTING_VERBS:
        return False
    documents = [c for c in verb.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in ADOPTED_TEXTS]
    participles = [p for d in documents for p in d.children if p.dep_ == "acl"]
    participles += [p for p in verb.children if p.dep_ == "advcl"] if documents else []
    return any(p.tag_ == "VBG" and p.lemma_.lower() in DOCUMENT_ACTS for p in participles)


# What an adopted text does in its own words: "a resolution ordering Iran to ...",
# "rejecting the creation of a Palestinian state", "condemning the coup".
DOCUMENT_ACTS = DEMANDING_VERBS | frozenset({"order", "reject", "condemn", "denounce",
                                             "deplore", "criticise", "criticize", "accuse",
                                             "recognise", "recognize"})


def charge_after_its_content(verb: Token) -> bool:
    """A charge said after what it alleges, which the parser hangs on the last noun as a
    clause ("Uganda is looting Congo's gold, Congo's government charged on Tuesday";
    "..., Somalia's foreign ministry charged"): a charging verb with no object and no
    "of" or "with" (not "X, the former ruler accused of killings"), after a comma."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBN") or \
            verb.lemma_.lower() not in CHARGING_VERBS or any(
                c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("of", "with"))
                for c in verb.children):
        return False
    speaker = _child(verb, "nsubj")
    if speaker is None and verb.dep_ == "acl" and verb.head.dep_ == "appos":
        speaker = verb.head  # "..., Somalia's foreign ministry charged"
    return speaker is not None and speaker.lower_ not in RELATIVE_PRONOUNS and \
        speaker.left_edge.i > 0 and verb.doc[speaker.left_edge.i - 1].text == ","


def subject_after_opening_phrase(verb: Token) -> Token | None:
    """The subject the parser hung on the last noun of a phrase that opens the sentence:
    "After talks in the town of Naivasha, Sudan's government and the rebels reached a
    deal", with "government" an apposition or conjunct of "Naivasha". It is the noun
    phrase between the comma and the verb, when that phrase lies inside one of the verb's
    own prepositional phrases or clauses standing before it, or inside an opening clause
    the verb was made a conjunct of ("Years after violence forced thousands to flee across
    the Senegal River, Senegal and Mauritania agreed")."""
    doc = verb.doc
    for tok in doc[verb.sent.start:verb.i]:
        if tok.dep_ not in ("appos", "conj") or tok.pos_ not in ("NOUN", "PROPN") or \
                tok.right_edge.i >= verb.i or tok.left_edge.i == 0 or \
                doc[tok.left_edge.i - 1].text != "," or any(
                    t.head != verb or t.dep_ not in VERB_GROUP_DEPS
                    for t in doc[tok.right_edge.i + 1:verb.i]):
            continue  # (only auxiliaries and adverbs between it and the verb: "have agreed")
        node = tok
        while node.head != node and node.head != verb:
            node = node.head
        if node.head == verb and node.dep_ in ("prep", "advcl") and node.i < tok.left_edge.i:
            return tok
        if node == verb.head and verb.dep_ == "conj" and any(
                t.dep_ in ("mark", "prep") and t.lower_ in TEMPORAL_PREPS
                for t in doc[verb.sent.start:node.i]):
            return tok
    return None


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The token that names who performs ``verb``, and whether it came from a passive."""
    agent = _child(verb, "agent")
    active = _child(verb, "nsubj")
    if agent is None and active is None and _child(verb, "nsubjpass") is not None:
        # "were designated a terrorist organisation by the United States": the agent hung
        # on the predicate noun
        agent = next((p for o in verb.children if o.dep_ in ("dobj", "oprd")
                      for p in o.children if p.dep_ == "prep" and p.lower_ == "by"), None)
    if agent is not None and active is None:  # (with a subject, "turned down an offer by
        pobj = _child(agent, "pobj")         # the OSCE" was misread as a passive's agent)
        if pobj is not None:
            return pobj, True
    subj = _child(verb, "nsubj", "csubj")
    if subj is not None and subj.tag_ == "VBG" and (named := _child(subj, "appos")) \
            is not None:
        subj = named  # "Meeting in Tegucigalpa, the foreign ministers ... agreed"
    committed = _child(verb, "nsubjpass")
    if subj is None and committed is not None and verb.lemma_.lower() in STATIVE_PASSIVES \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return committed, False  # "Vietnam is committed to opening up": Vietnam commits
    if subj is not None and (author := _author_of(subj)) is not None:
        return author, False  # "a report released by the Police Ombudsman found that ..."
    if subj is not None:
        if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            if (maker := law_maker(verb.head)) is not None:
                return subject_of(maker)  # "rushed through a law that bars LGBTQ groups
                # from holding marches": the parliament bars them
            return verb.head, False
        return subj, False
    opener = verb.doc[verb.sent.start]
    if opener.dep_ in ("npadvmod", "advmod") and \
            opener.head.i == verb.i and opener.pos_ == "PROPN" and \
            opener.ent_type_ in ("GPE", "ORG", "NORP") and committed is None:
        return opener, False  # "Switzerland froze bank accounts", parsed as an adverb
    if _child(verb, "nsubjpass") is not None:
        return None, True
    if (fronted := subject_after_opening_phrase(verb)) is not None:
        return fronted, False
    if verb.dep_ == "acl" and (maker := law_maker(verb.head)) is not None:
        return subject_of(maker)  # "Putin signed a decree ordering ...": Putin
    copula = verb.head.head
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr" and \
            has_to_infinitive(verb) and copula.lemma_.lower() in COPULAS and \
            copula.tag_ not in ("VBZ", "VBP"):
        # "Iceland became the first country to recognise Lithuania": the copula's subject
        # ("is the first woman to lead the country" describes, and names no actor)
        return subject_of(copula)
    if (adopter := document_adopted_by(verb)) is not None:
        return subject_of(adopter)  # "the Council adopted a resolution demanding ..."
    if verb.dep_ == "acl" and charge_after_its_content(verb):
        return verb.head, False  # "X is arming rebels, Somalia's foreign ministry charged"
    if verb_under_noun_root(verb):
        return verb.sent.root, False
    if verb.dep_ == "acl" and has_to_infinitive(verb) and \
            verb.head.lemma_.lower() in PLAN_NOUNS and verb.head.dep_ == "dobj" and \
            verb.head.head.lemma_.lower() in PLAN_MAKERS:
        return subject_of(verb.head.head)  # "the Pentagon is drawing up plans to pull
        # troops out": the plan's maker (not "rejected a proposal to ...": another's)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        # "militias backed by Iran" has an agent (handled above); "troops stationed there"
        # is passive in meaning; "forces battling extremists" is active.
        if verb.tag_ == "VBN" and not (
                verb.head.lemma_.lower() in ATTACK_NOUNS and _child(verb, "dobj")):
            return None, True  # (but "US airstrikes killed 25 fighters", misread as
            # "airstrikes [that were] killed ...": an attack is killed by no one)
        return verb.head, False
    if verb.dep_ in ("pcomp", "acomp"):
        # "militias are becoming more audacious in attacking": climb to the clause's verb.
        node = verb.head
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") and node.head != node or node.dep_ == "ROOT":
                break
            node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return subject_of(node)
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb:
        head = verb.head
        raised = _child(head, "nsubjpass")
        if verb.dep_ == "xcomp" and raised is not None and \
                head.lemma_.lower() in RAISING_PASSIVES and _child(head, "agent") is None:
            return raised, False  # "Soviet troops were reported moving": the troops move
        if verb.dep_ == "xcomp":
            obj = _child(head, "dobj")
            if obj is not None and head.lemma_ in OBJECT_CONTROL:
                if (is_own_forces(obj) or own_administration(obj)) and \
                        head.lemma_ in COMMAND_VERBS:
                    return subject_of(head)  # "Shoigu ordered troops to withdraw"
                return obj, False
        return subject_of(head)
    return None, False


COPULAS = frozenset({"be", "become", "remain"})
PLAN_NOUNS = frozenset({"plan", "plans", "option", "options", "proposal", "timetable",
                        "blueprint", "scheme"})
PLAN_MAKERS = frozenset({"draw", "unveil", "present", "prepare", "finalise", "finalize",
                         "outline", "draft", "lay", "work", "devise", "submit"})
# Documents that do what their participle says ("a decree recognising X").
DECREE_NOUNS = frozenset({"decree", "order", "law", "bill", "edict", "directive",
                          "legislation"})
# Verbs that make a decree or a law ("signed a decree", "passed a law", "rushed a bill
# through", "rushed through a law").
LAW_MAKING_VERBS = frozenset({"sign", "issue", "pass", "adopt", "approve", "enact", "rush",
                              "push", "ram"})


# Writings whose findings are their authors' ("a report by the ombudsman found ...").
REPORT_NOUNS = frozenset({"report", "study", "review", "audit", "inquiry"})
REPORT_RELEASE_VERBS = frozenset({"release", "publish", "issue", "write", "prepare", "compile"})


def _author_of(noun: Token) -> Token | None:
    """Who wrote the report ``noun`` when a participle of publishing names them ("a report
    released by the Police Ombudsman"; not "an inquiry led by a German prosecutor"), or
    None."""
    if noun.lemma_.lower() not in REPORT_NOUNS:
        return None
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in REPORT_RELEASE_VERBS and \
                (agent := _child(acl, "agent")) is not None:
            return _child(agent, "pobj")
    return None


# Documents signed by the parties, whose content they enact ("signed a communique
# establishing diplomatic relations").
SIGNED_DOCUMENTS = frozenset({"communique", "agreement", "accord", "treaty", "pact",
                              "declaration", "protocol"})


def law_maker(noun: Token) -> Token | None:
    """The verb that made the decree, law or signed document ``noun`` ("signed a decree",
    "rushed through a law", "signed a communique"), or None."""
    if noun.lemma_.lower() not in DECREE_NOUNS | SIGNED_DOCUMENTS:
        return None
    maker = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "through" else \
        noun.head if noun.dep_ == "dobj" else None
    return maker if maker is not None and maker.lemma_.lower() in LAW_MAKING_VERBS else None
# Passives of saying and seeing whose subject does the reported act ("troops were reported
# moving", "rebels were seen entering the town", "he is believed to have fled").
RAISING_PASSIVES = frozenset({"report", "say", "see", "believe", "spot", "observe", "think",
                              "understand", "know", "rumour", "rumor", "allege",
                              # "is expected to vote", "is set to sign": the subject will
                              "expect", "set", "schedule", "slate", "poise"})
# Passive forms that describe their subject's own stance ("is committed to").
STATIVE_PASSIVES = frozenset({"commit", "dedicate", "devote", "oppose"})
COMMAND_VERBS = frozenset({"order", "instruct", "command", "direct", "tell", "pressure",
                           "press", "force", "compel"})
# Armed units that move or are moved ("troops", "warships", "a contingent").
ARMED_UNITS = frozenset({"troop", "soldier", "force", "paratrooper", "marine", "commando",
                         "warship", "submarine", "destroyer", "frigate", "carrier", "bomber",
                         "battalion", "brigade", "contingent", "peacekeeper", "reinforcement",
                         "tank", "battery", "armour", "armor", "artillery", "division",
                         "regiment"})
# Anything a commander commands: the units, and the bodies and ranks they belong to.
FORCE_NOUNS = ARMED_UNITS | {"army", "military", "police", "unit", "navy", "fleet", "group",
                             "reservist", "guard", "commander"}


def is_own_forces(obj: Token) -> bool:
    """A force named without a country ("the army", "troops", "the carrier strike
    group"): the commander's own."""
    if obj.lemma_.lower() not in FORCE_NOUNS:
        return False
    return not any(t.ent_type_ in ("NORP", "GPE") or t.dep_ == "poss"
                   for t in obj.subtree if t.i < obj.i)


ADMINISTRATION_NOUNS = frozenset({"government", "cabinet", "administration", "ministry",
                                  "ministries", "minister", "ministers", "officials"})


def own_administration(obj: Token) -> bool:
    """ "his government", "her ministers": the commander's own administration, which acts
    for him."""
    return obj.lower_ in ADMINISTRATION_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in obj.children)


SENT_FORCES = frozenset({"officer", "personnel", "peacekeeper", "police", "policeman"})
MOVE_VERBS = frozenset({"send", "deploy", "dispatch", "move", "redeploy"})
SENDING_VERBS = MOVE_VERBS | {"station", "lead", "command"}


def _sent_forces(head: Token) -> bool:
    """The object of a verb of sending that names a force ("send 1,000 officers")."""
    return head.dep_ == "dobj" and head.head.lemma_.lower() in SENDING_VERBS and \
        head.lemma_.lower() in FORCE_NOUNS | SENT_FORCES


def _taken_out(head: Token) -> bool:
    """The object of a verb taking it out of something ("pulled the country out of")."""
    return head.dep_ == "dobj" and any(
        c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in head.head.children)


def own_forces_moved(actor: list[ActorRef], recipient: list[ActorRef],
                     heads: list[Token]) -> bool:
    """The recipient is the force the actor moves: its object is a force noun ("sending
    3,000 more soldiers", "deployed its troops") of the actor's own country or of none."""
    homes = {a.code for a in actor if a.code}
    return bool(homes) and bool(heads) and all(
        h.dep_ == "dobj" and h.lemma_.lower() in FORCE_NOUNS for h in heads) and all(
        not r.code or r.code in homes for r in recipient)


OBJECT_CONTROL = frozenset({"urge", "ask", "order", "force", "call", "tell", "persuade",
                            "allow", "invite", "encourage", "pressure", "press", "compel",
                            "request", "demand", "instruct", "warn", "push"})


def _protested(holder: Token) -> list[Token]:
    """The objects of "in protest at/of/against/over X" hanging on ``holder``."""
    out: list[Token] = []
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = _prep_object(prep)
        if noun is None or noun.lemma_.lower() != "protest":
            continue
        for inner in noun.children:
            if inner.dep_ == "prep" and inner.lower_ in ("at", "of", "against", "over"):
                obj = _prep_object(inner)
                if obj is not None:
                    out.append(obj)
    return out


def recipient_heads(trigger: Token, passive: bool, exclude: set[int]) -> list[Token]:
    """Candidate heads naming who the event was done to, best first."""
    found: list[Token] = []
    if passive:
        sp = _child(trigger, "nsubjpass")
        if sp is not None:
            found.append(sp)
        if trigger.dep_ in ("acl",) and trigger.head.pos_ in ("NOUN", "PROPN"):
            found.append(trigger.head)
    for child in trigger.children:
        if child.dep_ in ("dobj", "dative", "attr", "oprd") and child.i not in exclude:
            found.append(child)
    found.extend(o for o in _shared_objects(trigger, passive) if o.i not in exclude)
    strong: list[Token] = []
    weak: list[Token] = []
    grounds: list[Token] = []  # "over X": more often the cause than the party
    has_object = any(c.dep_ == "dobj" for c in trigger.children)
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
            pobj = _prep_object(child)
            if child.lower_ == "with" and _child(child, "pobj") is None and \
                    child.i > 0 and child.nbor(-1).text == ",":
                continue  # "with its vice-president accusing Israel of ...": a clause
                # that goes with the act, not a partner
            if pobj is not None and child.lower_ == "with" and \
                    pobj.lemma_.lower() in HELP_NOUNS:
                continue  # "with Albania's help": a partner, not the target
            if pobj is not None and pobj.lemma_.lower() in INSTIGATION_NOUNS:
                continue  # "on the orders of President X": the actor's own commander
            if pobj is not None and child.lower_ in ("at", "during") and \
                    pobj.lemma_.lower() in VENUE_NOUNS:
                continue  # "at a White House ceremony", "at a meeting in Mecca": a venue
            if pobj is not None and child.i == child.sent.start and pobj.pos_ == "NOUN":
                continue  # "With the signing of an accord in Kenya, X and Y agreed": a
                # phrase that opens the sentence sets the scene
            if pobj is not None and pobj.i not in exclude:
                # "arrested X at a London clinic on a Spanish warrant": with an object,
                # "at" and "on" name a place or a ground, and the object comes first
                is_strong = child.lower_ in STRONG_RECIPIENT_PREPS and not (
                    has_object and child.lower_ in ("at", "on")) or (
                    child.lower_ == "to" and trigger.lemma_.lower() in HANDOVER_VERBS
                    and has_object and not _released_captives(trigger))
                # "hand over bin Laden to the United States" (but hostages handed to the
                # Red Cross are released to their own side)
                (strong if is_strong else grounds if child.lower_ == "over" and has_object
                 else weak).append(pobj)
        if child.dep_ == "prep" and child.lower_ == "by" and (
                medium := _prep_object(child)) is not None and \
                medium.lemma_.lower() in CALL_MEDIA:
            # "spoke by telephone with Putin": the parser hangs the partner on the medium
            strong.extend(o for sub in medium.children if sub.dep_ == "prep"
                          and sub.lower_ == "with" and (o := _prep_object(sub)) is not None)
        if child.dep_ == "prt":  # "pull out of X"
            for sub in child.children:
                if sub.dep_ == "prep":
                    pobj = _prep_object(sub)
                    if pobj is not None:
                        weak.append(pobj)
    # "went on hunger strike in protest at/of X": what is protested names the target
    for holder in (trigger, *found):
        weak.extend(_protested(holder))
    # A nominal object's own phrases, two levels down: "strikes against X", "aid to
    # Mozambique", "a resumption of diplomatic ties with X", "ties between X and Y".
    frontier = list(found)
    for _ in range(2):
        nested: list[Token] = []
        for obj in frontier:
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in NESTED_PREPS:
                    pobj = _prep_object(child)
                    if pobj is not None:
                        (strong if child.lower_ in STRONG_RECIPIENT_PREPS else weak).append(pobj)
                        nested.append(pobj)
                elif child.dep_ == "prep" and child.lower_ == "by" and obj in found:
                    # "condemned an attack by X", "rejected calls by X": the author of
                    # the act or words the event is about
                    pobj = _prep_object(child)
                    if pobj is not None:
                        strong.insert(0, pobj)
                elif child.dep_ == "poss" and obj in found and \
                        trigger.lemma_.lower() in JUDGEMENT_VERBS:
                    strong.insert(0, child)  # "condemned Israel's strike on X": Israel
                elif child.dep_ == "acl" and child.tag_ == "VBN" and \
                        trigger.lemma_.lower() in JUDGEMENT_VERBS:
                    # "rejected a package of incentives offered by Britain and France"
                    # (after the object's own words: "the U.N. plan drawn up by Baker")
                    weak.extend(o for sub in child.children if sub.dep_ == "agent"
                                and (o := _prep_object(sub)) is not None)
        frontier = nested
    # "cut ties with Israel over its offensive": the object's partner before the grounds
    return strong + found + weak + grounds


CAPTIVE_WORDS = frozenset({"hostage", "captive", "prisoner", "soldier", "detainee",
                           "body", "remains"})


def _released_captives(verb: Token) -> bool:
    """The verb's object is a captive or a soldier ("handed Israeli soldier Gilad Shalit to
    Egyptian mediators"): a release, whose recipient is the captive's side."""
    return any(t.lemma_.lower() in CAPTIVE_WORDS for c in verb.children if c.dep_ == "dobj"
               for t in c.subtree)


def _shared_objects(verb: Token, passive: bool) -> list[Token]:
    """The object a verb shares with the next verb of its subject: "rioters looted and
    burned the market" (the parse gives "the market" to "burned" only)."""
    if passive or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "prep", "prt")
                                            for c in verb.children):
        return []
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
        return []
    return [c for c in nxt.children if c.dep_ == "dobj"]


JUDGEMENT_VERBS = frozenset({"condemn", "denounce", "criticise", "criticize", "deplore",
                             "decry", "slam", "blast", "welcome", "praise", "hail",
                             "applaud", "commend", "endorse", "reject"})
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
# "denied any involvement in the blasts", "admitted a role in the killing"
ROLE_NOUNS = frozenset({"involvement", "role", "part", "complicity", "hand"})
PATIENT_OF_NOUNS = frozenset({"blockade", "siege", "occupation", "invasion", "bombardment",
                              "shelling", "expulsion", "arrest", "encirclement"})
HELP_NOUNS = frozenset({"help", "support", "assistance", "backing", "cooperation", "aid"})
VENUE_NOUNS = frozenset({"ceremony", "meeting", "summit", "conference", "session", "forum",
                         "event", "dinner", "lunch", "gathering", "reception", "briefing",
                         "banquet", "signing"})
INSTIGATION_NOUNS = frozenset({"order", "direction", "behest", "instruction", "command",
                               "authorization", "authorisation"})


def claimed_by_responsibility(noun: Token) -> Token | None:
    """The subject of "X claimed responsibility for <noun>", "X claimed <noun>" or "X
    claimed a wave of <noun>", or None."""
    claimed = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if claimed.dep_ == "dobj" and claimed.head.lemma_.lower() == "claim" and \
            claimed.head.pos_ == "VERB" and noun.lemma_.lower() in CLAIMABLE_ACTS:
        return _child(claimed.head, "nsubj")
    verb = part_taken_in(noun)
    return _child(verb, "nsubj") if verb is not None and verb.pos_ == "VERB" else None


def part_taken_in(noun: Token) -> Token | None:
    """The word governing "responsibility for <noun>" or "a role in <noun>"."""
    prep = noun.head
    if noun.dep_ != "pobj" or (prep.lower_, prep.head.lemma_.lower()) not in {
            *(("for", n) for n in RESPONSIBILITY_NOUNS), *(("in", n) for n in ROLE_NOUNS)}:
        return None
    return prep.head.head


# Deeds that are no event nouns of their own ("a blast", "the killing"), but are attacks
# when someone denies, admits or claims a part in them, with their CAMEO codes.
ACTS_OWNED_OR_DISOWNED = {"blast": "183", "explosion": "183", "killing": "190",
                          "murder": "190", "poisoning": "190"}


def role_in_act(noun: Token) -> bool:
    """ "denied any involvement in the blasts", "admitted responsibility for the killing":
    the noun is the deed someone's part in is denied or owned."""
    verb = part_taken_in(noun)
    cues = load_cues()
    return verb is not None and \
        verb.lemma_.lower() in cues.denial_verbs | cues.responsibility_verbs


# Acts whose name as the object of "claim" is a claim of responsibility ("the Taliban
# claimed the attack"), not a claim to something ("China claims the islands").
CLAIMABLE_ACTS = frozenset({"attack", "bombing", "assassination", "killing", "kidnapping",
                            "abduction", "raid", "ambush", "shooting", "blast", "explosion",
                            "strike", "assault", "hijacking"})


def claims_an_act(verb: Token) -> bool:
    """ "The Taliban claimed the attack", "claimed a wave of bomb attacks": the verb claims
    responsibility; the act it names is the event."""
    if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB":
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        named = [obj, *(o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj")]
        if any(n.lemma_.lower() in CLAIMABLE_ACTS for n in named):
            return True
    return False


LAUNCHED_NOUNS = frozenset({"missile", "rocket", "drone", "bomb", "shell", "mortar",
                            "projectile", "grenade", "torpedo", "munition"})
LAUNCH_PLATFORMS = frozenset({"drone", "aircraft", "plane", "jet", "warplane", "helicopter",
                              "gunship", "bomber", "ship", "warship", "submarine", "boat",
                              "vessel", "destroyer", "frigate"})


def launched_by(noun: Token) -> Token | None:
    """Who fired the weapon that is the subject ("a missile fired by a Russian bomber",
    "a drone launched by the Houthis"), or None."""
    if noun.lemma_.lower() not in LAUNCHED_NOUNS:
        return None
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("fire", "launch"):
        verbs.append(noun.head)  # "Missiles fired from a drone hit ...", misparsed
    for acl in verbs:
        agent = _child(acl, "agent")
        if agent is not None and (pobj := _child(agent, "pobj")) is not None:
            return pobj
        for prep in acl.children:  # "missiles fired from a U.S. drone": the platform's
            if prep.dep_ == "prep" and prep.lower_ == "from" and (  # side (not a place's)
                    pobj := _child(prep, "pobj")) is not None and \
                    pobj.lemma_.lower() in LAUNCH_PLATFORMS:
                return pobj
    return None


HEADLINE_PASSIVES = frozenset({"kill", "wound", "injure", "hurt", "harm"})
ATTACK_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "blast", "bombing",
                          "shelling", "ambush", "explosion", "bombardment", "assault"})


def headline_cause(verb: Token) -> Token | None:
    """The attack noun of a headline's passive without "was" ("Iran's Soleimani killed in
    U.S. strike", "3 soldiers wounded in Taliban ambush"), which the parser reads as
    active: a participle with a subject, no object, and "in <attack>"."""
    return attack_causing(verb) if _bare_participle(verb) else None


def _bare_participle(verb: Token) -> bool:
    """A past form with no object and no auxiliary: "killed" in "U.S. contractor killed"."""
    return verb.tag_ in ("VBN", "VBD") and \
        not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)


def headline_harm(verb: Token) -> bool:
    """A death or wound told as a headline's passive without "was" ("U.S. contractor
    killed", "Four U.S. troops wounded ... after barrage"), which the parser reads as
    active: a participle with a subject that is no attack, weapon or relative pronoun, and
    no object."""
    subj = _child(verb, "nsubj")
    return verb.lemma_.lower() in HEADLINE_PASSIVES and _bare_participle(verb) and \
        subj is not None and subj.lemma_.lower() not in ATTACK_NOUNS | LAUNCHED_NOUNS and \
        subj.lower_ not in RELATIVE_PRONOUNS and \
        not any(c.dep_ in ("dative", "prt") or c.dep_ == "conj" and _child(c, "dobj")
                for c in verb.children)


def unexplained_headline_harm(verb: Token) -> bool:
    """A headline's harm that names no attack it happened in: read as active, its victim
    would be the killer, so it is no event of its own (the report's sentences, or an attack
    noun beside it, tell who did it)."""
    return headline_harm(verb) and attack_causing(verb) is None


def attack_causing(verb: Token) -> Token | None:
    """The attack noun that a death or wound happened in ("were killed in an Iranian
    missile attack", "wounded in Taliban ambush"), or None."""
    if verb.lemma_.lower() not in HEADLINE_PASSIVES:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    pobj = _prep_object(prep) if prep is not None else None
    return pobj if pobj is not None and pobj.lemma_.lower() in ATTACK_NOUNS else None


JOINT_WORDS = frozenset({"joint", "mixed", "integrated", "combined"})
TARGET_PREPOSITIONS = frozenset({"of", "on", "upon", "against", "at"})


def attack_owner_heads(subj: Token) -> list[Token]:
    """Who owns an attack or weapon that is a clause's subject, before the noun itself:
    "an air strike by the Saudi-led coalition hit a bus" (the coalition), "a missile
    fired by a Russian bomber" (the bomber). Other subjects, the aircraft and ships that
    fire them among them (the coder reads their kind), are their own actor."""
    if subj.lemma_.lower() not in ATTACK_NOUNS | LAUNCHED_NOUNS:
        return [subj]
    launcher = launched_by(subj)
    owners = [launcher] if launcher is not None else []
    named = nominal_arguments(subj)[0]
    owners += [o for o in named if o.dep_ not in ("compound", "amod")]
    if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS for c in subj.children):
        # not the phrase naming its target ("shelling of the Russian city of Belgorod
        # killed 24"): only its modifiers ("Israeli air strikes on ...")
        return [*owners, *(o for o in named if o.dep_ in ("compound", "amod"))]
    return [*owners, subj]  # its modifiers resolve with it ("A Saudi-led coalition raid")


def causing_clause_subject(verb: Token) -> Token | None:
    """The subject of the "when" clause that tells who caused an agentless passive death
    or wound ("two journalists were killed when an Israeli air strike hit their car",
    "... were wounded as police opened fire"), or None."""
    if verb.lemma_.lower() not in HEADLINE_PASSIVES:
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
                c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as")
                for c in clause.children):
            continue
        subj, passive = subject_of(clause)
        if subj is not None and not passive:
            return subj
    return None


def nominal_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """Actor and recipient heads for a nominal trigger ("US airstrikes on X")."""
    actors: list[Token] = []
    recipients: list[Token] = []
    claimer = claimed_by_responsibility(noun)
    if claimer is not None:  # "IS claimed responsibility for the bombings"
        actors.append(claimer)
    # "the arrest in absentia of X": the parser hangs the patient on "absentia"
    through = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
               for a in c.children if a.lower_ == "absentia"
               for g in a.children if g.dep_ == "prep"]
    for child in [*noun.children, *through]:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            if child.lower_ not in JOINT_WORDS:  # "joint checkpoints" name no one
                actors.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("against", "on", "at", "upon", "toward",
                                                       "towards", "with", "into", "for", "to"):
            pobj = _prep_object(child)
            if pobj is not None:
                recipients.append(pobj)
                if child.lower_ == "on":  # "an embargo on trade with Nicaragua"
                    recipients.extend(o for sub in pobj.children if sub.dep_ == "prep"
                                      and sub.lower_ in ("with", "to")
                                      and (o := _prep_object(sub)) is not None)
        elif child.dep_ == "prep" and child.lower_ == "by":
            pobj = _prep_object(child)
            if pobj is not None:
                actors.insert(0, pobj)
        elif child.dep_ == "prep" and child.lower_ == "of" and \
                noun.lemma_.lower() in PATIENT_OF_NOUNS:
            pobj = _child(child, "pobj")  # "the blockade of Serbia", "the siege of Sarajevo"
            if pobj is not None:
                recipients.append(pobj)
                # "the expulsion of India's envoy by Pakistan": the parser hangs the agent
                # on the patient
                actors.extend(o for sub in pobj.children if sub.dep_ == "prep"
                              and sub.lower_ == "by" and (o := _prep_object(sub)) is not None)
        elif child.dep_ == "prep" and child.lower_ == "of" and \
                (pobj := _child(child, "pobj")) is not None:
            # "a suspension of air links with Serbia": the partner of what is suspended
            recipients.extend(o for sub in pobj.children if sub.dep_ == "prep" and
                              sub.lower_ in ("with", "to", "against")
                              and (o := _prep_object(sub)) is not None)
        elif child.dep_ == "prep" and child.lower_ == "between":
            # "a ceasefire between Israel and Hezbollah": both sides act
            pobj = _prep_object(child)
            if pobj is not None:
                actors.insert(0, pobj)
        elif child.dep_ == "relcl":
            # "airstrikes that targeted X"
            for sub in child.children:
                if sub.dep_ == "dobj":
                    recipients.append(sub)
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            # "a general strike called by the unions", "a march organised by students"
            actors.extend(o for sub in child.children if sub.dep_ == "agent"
                          and (o := _prep_object(sub)) is not None)
    return actors, recipients


def find_arguments(trigger: Token, resolver: ActorResolver, *,
                   nominal: bool = False, light_verb: Token | None = None) -> Arguments:
    """Resolve the actor and recipient of the event triggered by ``trigger``."""
    actor_heads: list[Token] = []
    recipient_cands: list[Token] = []
    if nominal:
        n_actors, n_recips = nominal_arguments(trigger)
        n_recips = [*n_recips, *_protested(trigger)]  # "a hunger strike in protest at X"
        if light_verb is not None:
            subj, passive = subject_of(light_verb)
            if subj is not None:
                actor_heads.append(subj)
            recipient_cands.extend(n_recips)
            recipient_cands.extend(
                h for h in recipient_heads(light_verb, passive, {trigger.i})
                if h.i != trigger.i
            )
        else:
            actor_heads.extend(n_actors)
            recipient_cands.extend(n_recips)
            # "in a rocket attack on a base", "with airstrikes", "began manning joint
            # checkpoints": the governing verb's subject (a joint thing is its subject's)
            if not actor_heads and (trigger.dep_ == "pobj" or trigger.dep_ == "dobj" and any(
                    c.lower_ in JOINT_WORDS for c in trigger.children if c.dep_ == "amod")):
                verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
                # (or "have been on a hunger strike": the copula's)
                if verb.pos_ in ("VERB", "AUX"):
                    subj, passive = subject_of(verb)
                    if subj is not None and not passive and headline_harm(verb):
                        recipient_cands.append(subj)  # "troops wounded after barrage"
                    elif subj is not None and not passive:
                        actor_heads.append(subj)
        if light_verb is not None:
            actor_heads.extend(n_actors)  # "continue the US's support": the possessor
    else:
        subj, passive = subject_of(trigger)
        cause = headline_cause(trigger) if subj is not None and not passive else None
        if cause is not None:
            # "Soleimani killed in U.S. strike": a headline's passive without "was"
            actor_heads.extend(nominal_arguments(cause)[0])
            recipient_cands.append(subj)
        elif subj is not None and not passive:
            actor_heads.extend(attack_owner_heads(subj))
        elif subj is not None:
            actor_heads.append(subj)
        elif passive and (causer := causing_clause_subject(trigger)) is not None:
            actor_heads.extend(attack_owner_heads(causer))
        elif passive and (cause := attack_causing(trigger)) is not None:
            # "five soldiers were killed in an Iranian missile attack": the attack's owner
            actor_heads.extend(nominal_arguments(cause)[0])
        recipient_cands += recipient_heads(trigger, passive, set())
        # "offered to hand over to Britain", "agreed to stop targeting American ships"
        recipient_cands.extend(_clause_chain_recipients(trigger))
        # "sent a rescue team and pledged aid to Myanmar": a verb of the same subject
        recipient_cands.extend(_sibling_destinations(trigger))
        for child in trigger.children:  # "warned that Iran was planning ..."
            if child.dep_ == "ccomp":
                inner, inner_passive = subject_of(child)
                if inner is not None and not inner_passive:
                    recipient_cands.append(inner)
                patient = _child(child, "nsubjpass")  # "warned that X would be hit"
                if patient is not None:
                    recipient_cands.append(patient)
                # "warned that his forces would burn half of Israel": the reported act's
                # own recipients, after its subject (which may be the speaker's own side)
                recipient_cands.extend(recipient_heads(child, inner_passive, set()))
    actor: list[ActorRef] = []
    used_heads: list[Token] = []
    for head in actor_heads:
        actor = resolver.resolve(head)
        if actor:
            used_heads.append(head)
            break
    if not any(a.code for a in actor) and actor_heads and \
            actor_heads[0].lower_ in ANAPHORS:
        # "Ethiopia indicated it would act": the pronoun is the reporting clause's subject
        antecedent = pronoun_antecedent(actor_heads[0], light_verb or trigger)
        refs = resolver.resolve(antecedent) if antecedent is not None else []
        if any(r.code for r in refs):
            actor, used_heads = refs, [antecedent]
    # "Iran told Britain it would quit the treaty": the addressee of the message
    addressee = message_object(light_verb if nominal and light_verb is not None else trigger)
    if addressee is not None:
        recipient_cands.append(addressee)
    if not actor and not nominal:
        # "Sheikh Hasina resigned as Bangladesh's prime minister": the role names the actor
        role = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as"),
                    None)
        role_obj = _prep_object(role) if role is not None else None
        if role_obj is not None and actor_heads:
            actor = resolver.resolve(role_obj)
            if actor:
                used_heads.append(actor_heads[0])
    # The purpose clause names whom the act addresses: "continued their hunger strike to
    # demand the resignation of President X".
    verb = light_verb if nominal and light_verb is not None else trigger
    purposes: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and has_to_infinitive(child):
            purpose = [*recipient_heads(child, False, set()),
                       # "to help Sierra Leone's government hold Freetown": the helped
                       *_let_parties(child)]
            recipient_cands.extend(purpose)
            purposes.update(h.i for h in purpose)
    recipient: list[ActorRef] = []
    rec_heads: list[Token] = []
    own: tuple[list[ActorRef], Token] | None = None
    actor_keys = {(a.code, a.entity, a.text) for a in actor}  # the same words, not the same country
    actor_codes = {a.code for a in actor if a.code}
    for head in recipient_cands:
        if used_heads and head.i == used_heads[0].i:
            continue
        if head.i in purposes and rec_heads and rec_heads[0].dep_ in ("dobj", "dative") \
                and rec_heads[0].head == verb and all(r.sector in RULING_SIDES for r in recipient):
            break  # "gave the junta a week to restore President Bazoum": the party the
            # act is done to, known by its kind alone, before one named in its purpose
        refs = resolver.sides(head)
        if (_sent_forces(head) or _taken_out(head)) and \
                all(not r.code or r.code in actor_codes for r in refs):
            # "to send 1,000 officers to Haiti", "pulled the United States out of the
            # deal": the actor's own, not the recipient
            continue
        refs = [r for r in refs if (r.code, r.entity, r.text) not in actor_keys or not r.code]
        if refs and any(r.code for r in refs):
            reported_subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ccomp"
            if ((head.dep_ == "pobj" or reported_subject)
                    and {r.code for r in refs if r.code} <= actor_codes) \
                    or resolver.names_only_a_setting(head):
                # "lodged a protest with Bucharest over the treatment of ethnic Hungarians",
                # "warned that Belgrade would treat a NATO deployment as aggression", "host
                # talks in Doha between X and Y": a phrase naming the actor's own people, or
                # only a place, gives way to one naming another party
                own = own or (refs, head)
                continue
            recipient = refs
            rec_heads.append(head)
            break
        if refs and not recipient:
            recipient = refs
            rec_heads.append(head)
    if own is not None and not any(r.code for r in recipient):
        recipient, rec_heads = own[0], [own[1]]
    if not any(r.code for r in recipient) and recipient_cands and \
            recipient_cands[0].lower_ in OBJECT_ANAPHORS:
        # "Morales flew to Mexico after its government granted him asylum", "declared 40
        # diplomats undesirable and gave them five days to leave"
        antecedent = earlier_object(recipient_cands[0], verb) or \
            pronoun_antecedent(recipient_cands[0], verb)
        refs = resolver.resolve(antecedent) if antecedent is not None else []
        if any(r.code for r in refs) and not any(h.i == antecedent.i for h in used_heads):
            recipient, rec_heads = refs, [antecedent]
    if not any(a.code for a in actor) and (sides := _between_sides(trigger, resolver)):
        actor, used_heads = sides  # "fighting erupted between the army and the RSF"
        if rec_heads and rec_heads[0].i == used_heads[0].i:
            recipient, rec_heads = [], []  # both sides act: no recipient
    if not nominal and not any(r.code for r in recipient) and (
            used_heads or (actor_heads and actor_heads[0].ent_type_ == "PERSON")):
        # a resolved actor (coded or not: "angry farmers marched against Argentina's ..."),
        # or a person the dictionaries do not place ("Jesse Jackson called for sanctions
        # against Haiti"); every path that sets an actor also sets used_heads
        found = _prepositional_recipient(trigger, resolver, {a.code for a in actor if a.code},
                                         {h.i for h in used_heads})
        if found is not None:
            recipient, rec_heads = found[0], [found[1]]
    return Arguments(actor, recipient, used_heads, rec_heads)


# Armed groups that a state may back: they are of the country they fight in.
PROXY_SECTORS = frozenset({"REB", "UAF", "INS"})
# A leader's or a group's crowd ("supporters of X"): civilians, unless X is a party or the
# opposition, whose supporters are its own.
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "adherent", "devotee"})
FOLLOWING_SECTORS = frozenset({"OPP", "PTY", "CVL"})
# Sides that rule or fight for rule: given an order or an ultimatum, they are its party.
RULING_SIDES = frozenset({"GOV", "REB", "OPP"})
ONSET_VERBS = frozenset({"erupt", "break", "flare", "rage", "escalate", "intensify", "resume",
                         "continue", "spread"})


def _between_sides(trigger: Token, resolver: ActorResolver
                   ) -> tuple[list[ActorRef], list[Token]] | None:
    """Both sides of "fighting erupted between X and Y", "clashes broke out between ...":
    the phrase hangs on the verb or on its (event-noun) subject, or on the trigger itself
    ("Fighting between X and Y raged", with "Fighting" parsed as a verb)."""
    holders = [trigger]
    if trigger.lemma_.lower() in ONSET_VERBS:
        holders += [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            side = _child(prep, "pobj")
            refs = [r for r in resolver.resolve(side) if r.code] if side is not None else []
            if refs:
                return refs, [side]
    return None


TEMPORAL_PREPS = frozenset({"after", "before", "since", "following", "ahead", "until"})
FALLBACK_PREPS = frozenset({"with", "against", "about", "of", "toward", "towards", "by", "at",
                             "from", "to", "on", "into", "between"})
CLAUSE_BREAKS = frozenset({"ccomp", "advcl", "conj", "parataxis", "nsubj", "nsubjpass",
                           "csubj", "relcl", "mark", "punct", "cc"})


def _prepositional_recipient(verb: Token, resolver: ActorResolver, actor_codes: set[str],
                             skip: set[int]) -> tuple[list[ActorRef], Token] | None:
    """A coded party named in the verb's own phrases when nothing else was found: "acted
    on a resolution against Libya", "warned of the Prince of Dol Amroth", "welcomed memos
    sent by Bree", "fired shells near a vessel from South Korea", "mediated between Egypt
    and Sudan". Breadth first, within the verb's clause, the nearest first."""
    frontier = [c for c in verb.children if c.dep_ not in CLAUSE_BREAKS]
    for _ in range(5):
        nxt: list[Token] = []
        for tok in frontier:
            if tok.i in skip or (tok.dep_ == "prep" and tok.lower_ in TEMPORAL_PREPS):
                continue  # "hours after a visit by a U.S. envoy": another event
            if tok.lower_ == "according":
                continue  # "according to rights groups": who reports it, not a party
            if tok.dep_ == "pobj" and tok.lemma_.lower() in INSTIGATION_NOUNS | VENUE_NOUNS:
                continue  # "at the direction of President X", "at a White House ceremony"
            if tok.dep_ == "pobj" and tok.head.lower_ in FALLBACK_PREPS:
                refs = [r for r in resolver.resolve(tok) if r.code]
                if refs and not {r.code for r in refs} <= actor_codes:
                    return refs, tok
            nxt.extend(c for c in tok.children if c.dep_ not in CLAUSE_BREAKS)
        frontier = nxt
    return None


ANAPHORS = frozenset({"it", "they", "he", "she"})
OBJECT_ANAPHORS = {"him": "he", "her": "she", "them": "they"}  # and the subject form
ANTECEDENT_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
MESSAGE_VERBS = frozenset({"tell", "warn", "inform", "assure", "notify", "remind", "promise",
                           "caution", "advise"})


def pronoun_antecedent(pronoun: Token, verb: Token) -> Token | None:
    """The subject of the clause that reports or governs ``verb``, when ``pronoun`` (its
    subject) can refer to it: "Ethiopia indicated it would act" -> Ethiopia. "It" needs a
    singular antecedent, "he" and "she" a person or an office, not a place."""
    word = OBJECT_ANAPHORS.get(pronoun.lower_, pronoun.lower_)
    node = verb
    for _ in range(4):
        if node.dep_ not in ANTECEDENT_DEPS or node.head == node:
            return None
        node = node.head
        subj = _child(node, "nsubj")
        if subj is None or subj.i == pronoun.i:
            continue
        if subj.pos_ == "PRON":
            return None
        if word == "it" and subj.tag_ in ("NNS", "NNPS"):
            return None
        if word in ("he", "she") and subj.ent_type_ in ("GPE", "NORP", "ORG"):
            return None
        return subj
    return None


def earlier_object(pronoun: Token, verb: Token) -> Token | None:
    """The object of the clause ``verb`` is coordinated with, which an object pronoun of
    ``verb`` refers to ("arrested five activists and later freed them", "declared three
    diplomats undesirable and gave them two days to leave"), or None."""
    if pronoun.lower_ not in OBJECT_ANAPHORS or verb.dep_ != "conj":
        return None
    small = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"),
                 None)  # "declared X undesirable", parsed as a clause
    return _child(verb.head, "dobj") or (_child(small, "nsubj") if small is not None
                                         else None)


def message_object(verb: Token) -> Token | None:
    """Whom a message is addressed to, when ``verb`` is its content: "Iran told Britain
    (that) it would quit", "warned foreign aid groups that it would expel ..."."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in MESSAGE_VERBS or \
            verb.i < verb.head.i:
        return None  # "..., survivors told Human Rights Watch": the report's audience
    return _child(verb.head, "dobj", "dative")


LETTING_VERBS = frozenset({"let", "help", "make", "assist", "enable"})


def _let_parties(verb: Token) -> list[Token]:
    """Whom a letting or helping verb lets or helps act: "let U.N. inspectors enter",
    "help Sierra Leone's government hold Freetown" (the subject of its clause)."""
    if verb.lemma_.lower() not in LETTING_VERBS:
        return []
    return [s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
            and (s := _child(c, "nsubj")) is not None]


GIVING_VERBS = frozenset({"pledge", "send", "give", "provide", "offer", "deliver", "ship",
                          "donate", "grant", "promise", "extend", "fly", "airlift", "dispatch",
                          "hand", "cede", "transfer", "return"})


def _sibling_destinations(verb: Token) -> list[Token]:
    """The "to" objects of the giving verbs coordinated with ``verb`` that share its
    subject: "sent a rescue team and pledged aid to Myanmar"."""
    siblings = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        siblings.append(verb.head)
    siblings = [s for s in siblings if s.lemma_.lower() in GIVING_VERBS]
    return [o for sib in siblings
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in sib.children) or sib.i < verb.i
            for prep in sib.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for o in prep.children if o.dep_ == "pobj"]


HELPING_VERBS = frozenset({"help", "assist", "support", "rebuild", "reconstruct", "bolster",
                           "shore", "prop", "stabilise", "stabilize", "ease", "relieve"})


def _clause_chain_recipients(verb: Token) -> list[Token]:
    """Recipient candidates of the clauses a verb controls, down a chain of up to three:
    "agreed to stop targeting American ships" -> ships; below the first, a purpose clause
    too: "pledged to provide $300 million to help rebuild Cambodia's roads"."""
    found: list[Token] = []
    frontier = [c for c in verb.children if c.dep_ == "xcomp"]
    for _ in range(3):
        nxt: list[Token] = []
        for clause in frontier:
            found.extend(recipient_heads(clause, False, set()))
            found.extend(_let_parties(clause))  # "refused to let U.N. inspectors enter"
            nxt.extend(c for c in clause.children if c.dep_ == "xcomp" or (
                c.dep_ == "advcl" and c.lemma_.lower() in HELPING_VERBS
                and has_to_infinitive(c)))
        frontier = nxt
    return found
