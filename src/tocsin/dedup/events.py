"""Cluster event mentions that report one real-world event.

Input is a list of event dicts in the shape of :meth:`tocsin.model.Event.to_dict`.
Two mentions may join one cluster only when every *gate* holds, and they are linked
when their sentences are similar enough:

Gates (all must hold, checked for every pair across two clusters before they merge —
complete linkage, so one loose mention cannot chain two events together):

* **Category**: the same PLOVER category, or a pair listed in :data:`CLOSE_CATEGORIES`
  (often confused between outlets: ASSAULT/COERCE, AGREE/SUPPORT, ACCUSE/REJECT,
  THREATEN/ACCUSE, and a ceasefire reported as CONCEDE, AGREE or RETREAT). Close pairs
  need :data:`CLOSE_EXTRA` more similarity.
* **Dyad**: for each side (actor, recipient) the country codes must intersect when both
  mentions name that side; an unnamed side is compatible with anything. Sides are
  compared order-insensitively (union of actor and recipient codes) for the symmetric
  categories in :data:`SYMMETRIC` and whenever a mention is in the two-sided form
  (two or more actor codes, no recipient: "X and Y clashed").
* **Factuality**: an act that happened (asserted or reported, or denied: a denial
  disputes who did it, not that it occurred) is not the same event as one only
  threatened or planned (hypothetical), unless it is a cooperative act scheduled for
  the day it happened (see *Rare acts*).
* **Date**: event dates (falling back to the article date) at most
  :data:`DATE_WINDOW_DAYS` apart; an unknown date is compatible.
* **Place**: when both mentions name a place, the names must match (equal after
  normalisation, or one contained in the other: "Kharkiv" / "Kharkiv region"), or one
  is a country or region containing the other, or one is a site the gazetteer does not
  know and one report names it beside the other's town ("outside Kabul airport's Abbey
  Gate"); two different named places are two events, even in one country. When one side has no
  place name, the countries must agree if both are known.

A same-article gate also applies: two mentions in one article whose sentences are not
alike (cosine below :data:`SAME_ARTICLE_SIM`) are two events. Articles that report a
day's events ("... Russian drones also struck a substation") list distinct events in
distinct sentences; when they repeat one, the sentences share its words.

Similarity: cosine of TF-IDF vectors of the sentences' content words (stop words and
digits dropped, so differing death tolls do not count, light suffix stripping, and each
word of a group of news synonyms in ``data/news_synonyms.txt`` standing for its group:
"troops detained" and "soldiers arrested" share two words). IDF is
computed over the batch with :data:`IDF_PRIOR_DOCS` pseudo-documents, so that words
every mention shares ("said", "killed") weigh little in a large batch while a batch of
three mentions is not reduced to noise. Clustering is centroid linkage: the two clusters
whose summed vectors are most alike merge first, while that cosine reaches
:data:`SIM_THRESHOLD` (plus :data:`CLOSE_EXTRA` for close categories, judged on the
clusters' first mentions). Centroids gather the words that tell two same-day, same-place
events apart ("hospital" vs "substation") as clusters grow.

**Rare acts.** Attacks, arrests and protests happen many times a day between the same
sides in the same place; talks, agreements, sanctions, statements and the other
categories (:data:`RARE_EVENTS`) rarely do. Two reports of one such category that pass
every gate on the same day, one of them naming a country, need no shared word ("the
joint statement signed at Tuesday's summit" / "Trump and Kim shook hands"); so do two
reports a day apart of a cooperative act between the same two named sides. A meeting or
accord announced for a day ("talks on Saturday will be indirect") and reported as held
that day is one event, though the first is hypothetical.

Death and injury tolls vary between reports and never block a merge; a cluster keeps the
maximum. Output is deterministic: mentions are sorted by (date, article id, sentence
index, id) before clustering, and ties break on the smallest mention index.

Tuning: :data:`SIM_THRESHOLD` (0.07) and :data:`IDF_PRIOR_DOCS` were set by a sweep on
``tests/data/gold/dedup.json`` (0.05–0.08 all give pairwise F1 ≥ 0.92 there). The gates
and the window are rules, not fitted values. The threshold is low on purpose: the gates
do most of the work, and the text only has to separate events the gates cannot.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlparse

from tocsin.ontology.plover import QUAD_CLASS, normalise_category

VERSION = "tocsin.EventClusters.v1"
DATE_WINDOW_DAYS = 2
SIM_THRESHOLD = 0.07
SAME_ARTICLE_SIM = 0.5
IDF_PRIOR_DOCS = 50
CLOSE_EXTRA = 0.10

RARE_EVENTS = frozenset(QUAD_CLASS) - {"ASSAULT", "COERCE", "PROTEST"}
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})
COOPERATIVE = frozenset(c for c, quad in QUAD_CLASS.items() if quad in (1, 2))
CLOSE_CATEGORIES = frozenset(
    frozenset(p)
    for p in (("ASSAULT", "COERCE"), ("AGREE", "SUPPORT"), ("ACCUSE", "REJECT"),
              ("THREATEN", "ACCUSE"), ("CONCEDE", "RETREAT"), ("AGREE", "RETREAT"))
)  # fmt: skip

_STOP_WORDS = """a an the of in on at to for from by with and or but as is are was were
    be been being
    has have had it its this that these those their his her they them he she we you i
    said says say saying told according officials official spokesman spokeswoman statement
    on tuesday monday wednesday thursday friday saturday sunday yesterday today late early
    after before during while when where which who whom whose what than then there here
    not no also more most least some about over under into out up down
    would could will may might can should must one two three four five six seven eight nine
    ten dozens dozen hundreds scores several people killed wounded injured dead
    local news agency reported report reports reporters added week day
    night morning evening afternoon"""
# Function words, attribution verbs, days and casualty words: shared by every report.
_STOP = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"[a-z][a-z'\-]+")
_PLACE_NOISE = re.compile(
    r"\b(the|city|town|village|region|province|oblast|governorate|district|state|area|"
    r"county|camp|port|of)\b"
)


@dataclass(slots=True)
class EventCluster:
    """One real-world event and every mention that reports it.

    ``id`` is the id of its earliest mention that does not deny the act (stable while
    that mention stays first);
    ``event`` the most frequent category; ``actor``/``recipient`` those of the mention
    naming most codes; ``date`` the most reported event date; ``location`` the most
    reported place, preferring a town over a region or country; ``dead``/``injured``
    the maximum reported; ``num_sources`` the distinct outlets (article source, else
    URL host); ``first_seen``/``last_seen`` the earliest and latest article dates
    (event date when an article has none).
    """

    id: str
    event: str
    actor: list[dict[str, Any]]
    recipient: list[dict[str, Any]]
    date: str | None
    location: dict[str, Any] | None
    dead: int | None
    injured: int | None
    mentions: list[dict[str, Any]] = field(default_factory=list)
    num_sources: int = 0
    num_articles: int = 0
    first_seen: str | None = None
    last_seen: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The cluster as JSON: the merged event, its counts, then every mention."""
        return {
            "id": self.id,
            "event": self.event,
            "actor": self.actor,
            "recipient": self.recipient,
            "date": self.date,
            "location": self.location,
            "dead": self.dead,
            "injured": self.injured,
            "num_mentions": len(self.mentions),
            "num_sources": self.num_sources,
            "num_articles": self.num_articles,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "mentions": self.mentions,
        }


@dataclass(slots=True)
class _Mention:
    raw: dict[str, Any]
    id: str
    event: str
    actors: frozenset[str]
    recipients: frozenset[str]
    day: date | None
    place: str
    raw_place: str
    country: str
    tokens: Counter[str]
    article_id: str
    outlet: str
    seen: date | None
    happened: str  # "yes" (asserted, reported, negated) or "hypothetical"


def cluster_events(events: list[dict[str, Any]]) -> list[EventCluster]:
    """Group event dicts that report one event; return clusters ordered by first mention."""
    mentions = sorted((_mention(e) for e in events), key=_sort_key)
    vectors = _tfidf([m.tokens for m in mentions])
    links = _candidate_links(mentions, vectors)
    groups = _agglomerate(mentions, vectors, links)
    return [_build([mentions[i] for i in g]) for g in groups]


def summarise(mentions: list[dict[str, Any]]) -> EventCluster:
    """The cluster of ``mentions`` already known to report one event (e.g. read back from
    a store's ``cluster_id``), summarised as :func:`cluster_events` summarises its own."""
    if not mentions:
        raise ValueError("a cluster needs at least one mention")
    return _build(sorted((_mention(e) for e in mentions), key=_sort_key))


def _candidate_links(
    mentions: list[_Mention], vectors: list[dict[str, float]]
) -> dict[int, set[int]]:
    """Return ``{i: {j, ...}}`` for every pair of mentions that passes all gates.

    Mentions are blocked by cooperation (quad classes 1-2) and conflict (3-4), so close
    categories of two quad classes meet, and compared only within the date window, so the
    cost grows with the number of mentions per window, not with the square of the input.
    """
    links: dict[int, set[int]] = {i: set() for i in range(len(mentions))}
    blocks: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        blocks.setdefault((QUAD_CLASS.get(m.event, 0) + 1) // 2, []).append(i)
    for members in blocks.values():
        dated = [i for i in members if mentions[i].day]
        undated = [i for i in members if not mentions[i].day]
        for pos, i in enumerate(dated):
            for j in dated[pos + 1 :]:
                if (mentions[j].day - mentions[i].day).days > DATE_WINDOW_DAYS:
                    break
                _link(mentions, vectors, links, i, j)
            for j in undated:
                _link(mentions, vectors, links, i, j)
        for pos, i in enumerate(undated):
            for j in undated[pos + 1 :]:
                _link(mentions, vectors, links, i, j)
    return links


def _link(
    mentions: list[_Mention],
    vectors: list[dict[str, float]],
    links: dict[int, set[int]],
    i: int,
    j: int,
) -> None:
    a, b = mentions[i], mentions[j]
    if not _compatible(a, b):
        return
    if (
        a.article_id
        and a.article_id == b.article_id
        and (_cosine(vectors[i], vectors[j]) < SAME_ARTICLE_SIM)
    ):
        return
    links[i].add(j)
    links[j].add(i)


def _agglomerate(
    mentions: list[_Mention], vectors: list[dict[str, float]], links: dict[int, set[int]]
) -> list[list[int]]:
    """Centroid-linkage clustering under complete-linkage gates.

    Repeatedly merges the two clusters whose TF-IDF centroids are most similar, provided
    every cross pair of mentions passes the gates and the similarity reaches the pair's
    threshold. Ties break on the smallest mention indices, so the result is deterministic.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
    root = list(range(len(mentions)))
    sums: dict[int, dict[str, float]] = {i: dict(v) for i, v in enumerate(vectors)}

    def score(a: int, b: int) -> float | None:
        if not _all_linked(members[a], members[b], links):
            return None
        sim = _cosine(_unit(sums[a]), _unit(sums[b]))
        return sim if sim >= _needed(mentions[a], mentions[b]) else None

    # A heap of candidate merges, best first (ties on the smallest indices); an entry is
    # stale once either cluster has changed since it was pushed.
    version = [0] * len(mentions)
    heap: list[tuple[float, int, int, int, int]] = []
    for i, near in links.items():
        for j in near:
            if i < j and (sim := score(i, j)) is not None:
                heap.append((-sim, i, j, 0, 0))
    heapq.heapify(heap)
    while heap:
        _neg, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        members[a] = sorted(members[a] + members.pop(b))
        version[a] += 1
        for i in members[a]:
            root[i] = a
        for t, v in sums.pop(b).items():
            sums[a][t] = sums[a].get(t, 0.0) + v
        for c in {root[j] for i in members[a] for j in links[i]} - {a}:
            lo, hi = min(a, c), max(a, c)
            if (sim := score(lo, hi)) is not None:
                heapq.heappush(heap, (-sim, lo, hi, version[lo], version[hi]))
    return [members[k] for k in sorted(members)]


def _all_linked(xs: list[int], ys: list[int], links: dict[int, set[int]]) -> bool:
    return all(y in links[x] for x in xs for y in ys)


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _sort_key(m: _Mention) -> tuple[str, str, int, str]:
    day = (m.day or m.seen or date.max).isoformat()
    return (day, m.article_id, int(m.raw.get("sentence_index") or 0), m.id)


def _mention(ev: dict[str, Any]) -> _Mention:
    art = ev.get("article") or {}
    loc = ev.get("location") or {}
    seen = _parse_date(art.get("date"))
    day = _parse_date(ev.get("date")) or seen
    text = ev.get("text") or ""
    eid = (
        ev.get("id")
        or hashlib.sha1(
            f"{art.get('id', '')}|{ev.get('sentence_index', 0)}|{text}".encode()
        ).hexdigest()[:16]
    )
    return _Mention(
        raw=ev,
        id=str(eid),
        event=normalise_category(ev.get("event") or ""),
        actors=_codes(ev.get("actor")),
        recipients=_codes(ev.get("recipient")),
        day=day,
        place=_norm_place(loc.get("name") or ""),
        raw_place=loc.get("name") or "",
        country=(loc.get("country") or "").upper(),
        tokens=Counter(_tokens(text)),
        article_id=str(art.get("id") or ""),
        outlet=outlet_of(art),
        seen=seen,
        happened=_HAPPENED.get(ev.get("factuality") or "asserted", "yes"),
    )


_HAPPENED = {"asserted": "yes", "reported": "yes", "hypothetical": "hypothetical",
             "negated": "yes"}
"""What a mention says of the act. A denial is a report of the same occurrence (its
claims are disputed, not its existence: "Iran rejected accusations that it carried out
Saturday's strikes"); an act only threatened or planned is another event."""


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _codes(refs: Any) -> frozenset[str]:
    return frozenset((r.get("code") or "").upper() for r in refs or [] if r.get("code"))


def _norm_place(name: str) -> str:
    """Lower case, accents folded, generic words and hyphens dropped ("Pétion-Ville" and
    "Petion Ville" match)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower())
                     if not unicodedata.combining(c))
    return " ".join(_PLACE_NOISE.sub(" ", folded.replace("-", " ")).split())


def outlet_of(art: dict[str, Any]) -> str:
    """The outlet of an article dict: its source, else its URL's host ("" if neither)."""
    if art.get("source"):
        return str(art["source"]).strip().lower()
    host = urlparse(art.get("url") or "").netloc.lower()
    return host.removeprefix("www.")


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _tokens(text: str) -> list[str]:
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    same = synonyms()
    stems = (_stem(w.strip("'-")) for w in words if w.strip("'-") not in _STOP and len(w) > 2)
    return [same.get(s, s) for s in stems]


@cache
def synonyms() -> dict[str, str]:
    """Stem -> the stem standing for its group in ``data/news_synonyms.txt``."""
    out: dict[str, str] = {}
    text = resources.files("tocsin.data").joinpath("news_synonyms.txt").read_text("utf-8")
    for line in text.splitlines():
        words = [_stem(w) for w in line.split()] if not line.startswith("#") else []
        for word in words:
            out.setdefault(word, words[0])
    return out


def _tfidf(docs: list[Counter[str]]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
    n = len(docs)
    out = []
    for doc in docs:
        vec = {t: (1 + math.log(c)) * math.log((n + IDF_PRIOR_DOCS) / (df[t] + 1))
               for t, c in doc.items()}  # fmt: skip
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({t: v / norm for t, v in vec.items()})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _two_sided(m: _Mention) -> bool:
    return not m.recipients and len(m.actors) >= 2


def _sides_match(x: frozenset[str], y: frozenset[str]) -> bool:
    return not x or not y or bool(x & y)


def _dyad_ok(a: _Mention, b: _Mention) -> bool:
    if a.event in SYMMETRIC or _two_sided(a) or _two_sided(b):
        return _sides_match(a.actors | a.recipients, b.actors | b.recipients)
    return _sides_match(a.actors, b.actors) and _sides_match(a.recipients, b.recipients)


def _place_ok(a: _Mention, b: _Mention) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if not (a.place and b.place) or a.place == b.place:
        return True
    sa, sb = set(a.place.split()), set(b.place.split())
    if sa <= sb or sb <= sa:
        return True
    if _is_broad(a.place, a.country or b.country) or _is_broad(b.place,
                                                              b.country or a.country):
        return True
    # A site and a town one report names beside the other ("outside Kabul airport's
    # Abbey Gate" / "the Kabul airport attack"): the site may lie in the town.
    for site, town in ((a, b), (b, a)):
        if _site(site.raw_place, site.country or town.country) and not _site(
                town.raw_place, town.country or site.country) and (
                town.place in _norm_place(site.raw.get("text") or "")
                or site.place in _norm_place(town.raw.get("text") or "")):
            return True
    return False


def _is_broad(place: str, country: str) -> bool:
    """True when ``place`` names a country or a first-level region (of ``country``), also
    by part of the region's name ("Kashmir" for Jammu and Kashmir)."""
    names = broad_places()
    regions = names.get(country, set())
    if place in names.get("", set()) or place in regions:
        return True
    words = set(place.split())
    return len(place) >= 4 and any(len(r.split()) > 1 and words <= set(r.split())
                                   for r in regions)


@cache
def _site(name: str, country: str) -> bool:
    """A place the gazetteer does not know: a site inside some town ("the Amstor shopping
    centre", "Abbey Gate", "the Zobe intersection"), which may lie in the other mention's
    town."""
    if not name:
        return False
    from tocsin.coding.gazetteer import default_gazetteer

    places = default_gazetteer().places(name)
    return not any(p.country == country or not country for p in places) and \
        not _is_broad(_norm_place(name), country)


@cache
def broad_places() -> dict[str, set[str]]:
    """Normalised names of countries (under ``""``) and of first-level regions by country.

    Read from the packaged actor dictionary (country names) and gazetteer (its regions).
    A mention placed at one of these is compatible with any place inside it.
    """
    from tocsin.coding.actors import default_actor_dictionary
    from tocsin.coding.gazetteer import default_gazetteer

    countries = default_actor_dictionary().countries.values()
    names: dict[str, set[str]] = {"": {_norm_place(n) for n in countries}}
    for key, region in default_gazetteer().regions():
        bucket = names.setdefault(region.country, set())
        bucket.update((_norm_place(key), _norm_place(region.name)))
        bucket.update(_english_forms(_norm_place(region.name)))
    names[""].discard("")
    return names


def _english_forms(region: str) -> set[str]:
    """The names English news gives a region known by its adjectival form: "Donetska"
    (oblast) is "Donetsk", "Kharkivska" "Kharkiv"."""
    if " " in region or not region.endswith("ka"):
        return set()
    return {stem for stem in (region[:-1], region.removesuffix("ska"))
            if len(stem) >= 4 and stem != region}


def _compatible(a: _Mention, b: _Mention) -> bool:
    if a.happened != b.happened and not _scheduled(a, b):
        return False
    if a.event != b.event and frozenset((a.event, b.event)) not in CLOSE_CATEGORIES:
        return False
    if a.day and b.day and abs((a.day - b.day).days) > DATE_WINDOW_DAYS:
        return False
    return _place_ok(a, b) and _dyad_ok(a, b)


def _scheduled(a: _Mention, b: _Mention) -> bool:
    """A meeting or accord announced for a day, and reported on that day ("talks with the
    US on Saturday will be indirect" / "held talks in Muscat on Saturday"): one event."""
    return (a.event in COOPERATIVE and b.event in COOPERATIVE and a.day is not None
            and a.day == b.day)


def _dyad_named(a: _Mention, b: _Mention) -> bool:
    """Both mentions name both sides, and the same ones (in either order)."""
    sa, sb = a.actors | a.recipients, b.actors | b.recipients
    return len(sa) >= 2 and len(sb) >= 2 and len(sa & sb) >= 2


def _needed(a: _Mention, b: _Mention) -> float:
    """The similarity a compatible pair needs; none for two reports of a rare act."""
    if a.event == b.event and a.event in RARE_EVENTS and a.day and b.day and (
            a.actors | a.recipients | b.actors | b.recipients):
        gap = abs((a.day - b.day).days)
        if gap == 0 or (gap == 1 and a.event in COOPERATIVE and _dyad_named(a, b)):
            return 0.0
    need = SIM_THRESHOLD
    if a.event != b.event:
        need += CLOSE_EXTRA
    return need


def _build(group: list[_Mention]) -> EventCluster:
    # The earliest mention that does not deny the act speaks for the cluster.
    head = next((m for m in group if m.raw.get("factuality") != "negated"), group[0])
    events = Counter(m.event for m in group)
    category = max(events, key=lambda e: (events[e], e == head.event))
    days = Counter(m.day for m in group if m.day)
    day = min(days, key=lambda d: (-days[d], d)) if days else None
    placed = [m for m in group if m.place]
    places = Counter(m.place for m in placed)
    loc_src = (
        max(placed, key=lambda m: (not _is_broad(m.place, m.country), places[m.place],
                                   len(m.place), -group.index(m)))
        if placed
        else head
    )  # fmt: skip
    seen = sorted(d for m in group if (d := m.seen or m.day))
    deads = [m.raw["dead"] for m in group if isinstance(m.raw.get("dead"), int)]
    hurt = [m.raw["injured"] for m in group if isinstance(m.raw.get("injured"), int)]
    actor_src = max(group, key=lambda m: (len(m.actors) + len(m.recipients), -group.index(m)))
    return EventCluster(
        id=head.id,
        event=category,
        actor=list(actor_src.raw.get("actor") or []),
        recipient=list(actor_src.raw.get("recipient") or []),
        date=day.isoformat() if day else None,
        location=loc_src.raw.get("location"),
        dead=max(deads) if deads else None,
        injured=max(hurt) if hurt else None,
        mentions=[
            {
                "id": m.id,
                "text": m.raw.get("text") or "",
                "event": m.event,
                "date": m.day.isoformat() if m.day else None,
                "dead": m.raw.get("dead"),
                "article": m.raw.get("article"),
            }
            for m in group
        ],
        num_sources=len({m.outlet for m in group if m.outlet}),
        num_articles=len({m.article_id for m in group if m.article_id}),
        first_seen=seen[0].isoformat() if seen else None,
        last_seen=seen[-1].isoformat() if seen else None,
    )
