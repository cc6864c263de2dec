"""Articles, sentences and events to store, shared by the store tests."""

from __future__ import annotations

from datetime import date

from tocsin.model import ActorRef, Article, Event, Evidence, Location, Sentence, Span

SENT = "US forces struck a Kata'ib Hezbollah depot near Baghdad, killing 3, Iran said."


def make_article(art_id: str, text: str | None = None, day: int = 1) -> Article:
    return Article(
        id=art_id,
        text=text if text is not None else f"Article {art_id}. {SENT}",
        title=f"Title {art_id}",
        url=f"https://example.org/{art_id}",
        source="example",
        date=date(2024, 1, day),
        date_guessed=day == 2,
        origin=f"feed.jsonl:{art_id}",
    )


def make_event(
    article: Article | None,
    *,
    event: str = "ASSAULT",
    actor: str = "USA",
    recipient: str = "IRQ",
    day: int = 3,
    sentence: int = 1,
    country: str = "IRQ",
    trigger: int = 10,
    factuality: str = "reported",
) -> Event:
    return Event(
        event=event,
        cameo="190",
        text=SENT,
        actor=[ActorRef("US forces", actor, "MIL", "", Span(0, 9))],
        recipient=[ActorRef("Kata'ib Hezbollah", recipient, "REB", "Kata'ib Hezbollah")],
        mode="aerial",
        context=["military", "terrorism"],
        date=date(2024, 1, day),
        location=Location("Baghdad", country, Span(48, 55), admin1="07", lat=33.3406,
                          lon=44.4009, precision="city"),
        dead=3,
        injured=None,
        factuality=factuality,
        claimed_by=[ActorRef("Iran", "IRN", "GOV")],
        evidence=Evidence(trigger=[Span(trigger, trigger + 6)], actor=[Span(0, 9)]),
        article=article,
        sentence_index=sentence,
        confidence=0.87654,
        coder="tocsin.rules.v1",
    )


def make_item(art_id: str, n_events: int = 1, **kw) -> tuple[Article, list[Sentence], list[Event]]:
    art = make_article(art_id)
    sents = [Sentence(0, f"Article {art_id}.", 0), Sentence(1, SENT, len(art_id) + 10)]
    events = [make_event(art, trigger=10 + i, **kw) for i in range(n_events)]
    return art, sents, events
