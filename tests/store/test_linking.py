"""The linking pass: stories of stored articles and clusters of stored event mentions."""

from __future__ import annotations

from datetime import date

from tocsin.model import ActorRef, Article, Event, Location, Sentence

WIRE = ("Russian drones struck an energy substation in Kharkiv early on Tuesday, cutting "
        "power to thousands of homes, the regional governor said. Repair crews were sent "
        "to the site and the city's metro ran on backup power for most of the morning.")
COPY = WIRE.replace("early on Tuesday", "on Tuesday morning") + " More to follow."
OTHER = ("Ukrainian forces shelled a Russian ammunition depot in Belgorod region, the "
         "Russian defence ministry said, adding that nobody was hurt in the attack.")


def _article(aid: str, text: str, source: str, day: int) -> Article:
    return Article(id=aid, text=text, title="", url=f"https://{source}.example/{aid}",
                   source=source, date=date(2024, 3, day), origin=aid)


def _strike(article: Article, sentence: str, *, place: str = "Kharkiv", actor: str = "RUS",
            recipient: str = "UKR", day: int | None = 5) -> Event:
    return Event(event="ASSAULT", cameo="195", text=sentence, mode="aerial",
                 actor=[ActorRef("Russian drones", actor, "MIL")],
                 recipient=[ActorRef("substation", recipient, "")],
                 date=date(2024, 3, day) if day else None,
                 location=Location(place, recipient), article=article, sentence_index=0)


def _item(article: Article, *events: Event) -> tuple[Article, list[Sentence], list[Event]]:
    return article, [Sentence(0, article.text.split(". ")[0], 0)], list(events)


def _ingest_reports(store) -> None:
    wire = _article("wire", WIRE, "wire", 5)
    copy = _article("copy", COPY, "daily", 5)
    other = _article("other", OTHER, "post", 6)
    store.ingest_batch([
        _item(wire, _strike(wire, WIRE.split(", cutting")[0])),
        _item(copy, _strike(copy, COPY.split(", cutting")[0])),
        _item(other, _strike(other, OTHER.split(", the")[0], place="Belgorod", actor="UKR",
                             recipient="RUS", day=6)),
    ], [])


def test_link_gives_copies_one_story_and_reports_one_cluster(store):
    _ingest_reports(store)
    summary = store.link()
    assert (summary.articles, summary.events) == (3, 3)
    stories = dict(store._fetchall("SELECT id, story_id FROM articles"))
    # The story is named after its first article by date, then id.
    assert stories == {"wire": "copy", "copy": "copy", "other": "other"}
    by_text = {e["article"]["id"]: e["cluster"] for e in store.events()}
    assert by_text["wire"] == by_text["copy"]
    assert by_text["wire"]["mentions"] == 2 and by_text["wire"]["sources"] == 2
    assert by_text["other"] == {"id": by_text["other"]["id"], "mentions": 1, "sources": 1,
                                "articles": 1}
    unique = store.events(unique=True)
    assert len(unique) == 2 and len(store.events()) == 3
    [kharkiv] = store.clusters(event="ASSAULT", dyad="RUS-UKR")
    assert kharkiv["num_mentions"] == 2 and kharkiv["num_sources"] == 2
    assert {m["article"]["id"] for m in kharkiv["mentions"]} == {"wire", "copy"}


def test_link_is_idempotent_and_incremental(store):
    _ingest_reports(store)
    store.link()
    before = store.events()
    again = store.link()
    assert (again.articles, again.events, again.scored) == (0, 0, 0)
    assert store.events() == before
    # A later report of the Kharkiv strike joins its cluster; the counts of every mention
    # are updated, and the story of a new article is found from stored signatures.
    late = _article("late", WIRE.replace("Russian", "Moscow's"), "gazette", 7)
    store.ingest_batch([_item(late, _strike(late, WIRE.split(", cutting")[0]))], [])
    assert store.link().articles == 1
    assert dict(store._fetchall("SELECT id, story_id FROM articles"))["late"] == "copy"
    clusters = {e["article"]["id"]: e["cluster"] for e in store.events()}
    assert clusters["late"]["id"] == clusters["wire"]["id"]
    assert clusters["wire"]["mentions"] == 3 and clusters["wire"]["sources"] == 3


def test_undated_events_stay_their_own_cluster(store):
    art = Article(id="nodate", text=OTHER, title="", url="", source="", date=None,
                  origin="x")
    store.ingest_batch([_item(art, _strike(art, OTHER, day=None),
                              _strike(art, OTHER + " Again.", day=None))], [])
    assert store.link().events == 2
    clusters = [e["cluster"] for e in store.events()]
    assert {c["id"] for c in clusters} == {e["id"] for e in store.events()}
    assert all(c["mentions"] == 1 for c in clusters)


def test_exact_copies_count_as_outlets_of_the_event(store):
    _ingest_reports(store)
    store.link()
    before = {e["article"]["id"]: e["cluster"] for e in store.events()}["wire"]
    mirror = Article(id="mirror", text=WIRE, title="", url="https://mirror.example/1",
                     source="mirror", date=date(2024, 3, 5), origin="mirror")
    result = store.ingest_batch([(mirror, [], [])], [])
    assert result.stored == 0 and result.skipped == [("mirror", "duplicate text of wire")]
    assert store.link().events >= 2  # the owner's events were linked again
    after = {e["article"]["id"]: e["cluster"] for e in store.events()}["wire"]
    assert after["sources"] == before["sources"] + 1
    assert after["articles"] == before["articles"] + 1
    assert after["mentions"] == before["mentions"]  # no sentence of its own
