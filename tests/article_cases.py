"""Shared helpers for the hand-written whole-article cases (issue 10): run each invented article once through the
pipeline and keep its whole context (mentions, decisions, toll reports, events)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sitroom.model import Article, Event
from sitroom.pipeline import Context, Pipeline

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# four sentences that tell nothing, so that a case is an article (more than six sentences) and not a short note
PAD = (
    " Officials did not give further details. Local radio carried the news. Rainfall has been below average this"
    " season. The town lies on the main road to the coast."
)
# three more such sentences, for cases whose PAD alone leaves them short of an article
MORE = " The region has been tense for months. Schools stayed open. Traffic moved normally on the main roads."


def context_runner(nlp: Any, geoparser: Any, articles: dict[str, tuple[str, str]]) -> Callable[[str], Context]:
    """A function from an article key of ``articles`` ((published, text) pairs) to its context, computed once."""
    pipe = Pipeline(nlp=nlp, geoparser=geoparser)
    done: dict[str, Context] = {}

    def get(key: str) -> Context:
        if key not in done:
            published, text = articles[key]
            article = Article(id=f"issue10-{key}", text=text, published=date.fromisoformat(published))
            done[key] = pipe.context(article, nlp(text))
        return done[key]

    return get


def violent(e: Event) -> bool:
    return e.acled_event_type in VIOLENT or e.plover_event == "ASSAULT"


def events_in(ctx: Context, sentence: str) -> list[Event]:
    """The events whose evidence is ``sentence`` (which must be in the article: a guard against a test typo)."""
    assert sentence in ctx.article.text, f"test data: {sentence!r} is not in the article"
    return [e for e in ctx.events if sentence in e.evidence.sentence]


def acled_in(ctx: Context, sentence: str) -> list[Event]:
    """The ACLED events whose evidence is ``sentence``."""
    return [e for e in events_in(ctx, sentence) if e.acled_event_type]


def supported_by(ctx: Context, sentence: str) -> list[Event]:
    """The ACLED events that any mention in ``sentence`` supports (its evidence or a merged one)."""
    assert sentence in ctx.article.text, f"test data: {sentence!r} is not in the article"
    return [e for e in ctx.events if e.acled_event_type and any(sentence in m.sentence for m in e.mentions or [])]


def told_in(ctx: Context, sentence: str) -> list[Event]:
    """The events and the recalled history (``Context.recalled``) whose evidence is ``sentence``: what the article
    tells there, coded or not."""
    assert sentence in ctx.article.text, f"test data: {sentence!r} is not in the article"
    return [e for e in ctx.events + ctx.recalled if sentence in e.evidence.sentence]


def acled_events(ctx: Context) -> list[Event]:
    """The article's events that carry an ACLED type (no verbal or other non-ACLED event)."""
    return [e for e in ctx.events if e.acled_event_type is not None]


def show_events(ctx: Context) -> str:
    """The article's events, a line each, for an assertion's message."""
    return "\n".join(
        f"  {e.plover_event}/{e.plover_mode}/{e.acled_sub_event_type} {e.actor1 and e.actor1.name} "
        f"{e.evidence.sentence!r}"
        for e in ctx.events
    )


def one_mention(ctx: Any, trigger: str) -> int:
    """The index of the one mention of ``ctx`` whose trigger is ``trigger`` (a test typo or a lost mention fails
    here, listing the mentions)."""
    found = [n for n, m in enumerate(ctx.mentions) if m.trigger.text == trigger]
    assert len(found) == 1, [(m.trigger.text, m.decision, m.reason) for m in ctx.mentions]
    return found[0]
