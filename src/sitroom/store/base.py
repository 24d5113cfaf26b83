"""The store interface: what the CLI, the API and the ingest job need from a database.

Two implementations sit behind it: DuckDB (embedded, the default) and PostgreSQL (a shared server). Both keep the
same tables and answer the same queries; every query is parameterised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sitroom.model import Article, Event, Rejection
from sitroom.query import EventQuery  # defined with the query language; re-exported for the stores

__all__ = ["EventQuery", "IngestResult", "Store", "add_counted", "add_many", "unseen"]


@dataclass
class IngestResult:
    articles_new: int = 0
    articles_seen: int = 0  # already stored (same content hash)
    events: int = 0
    rejected: int = 0
    messages: list[str] = field(default_factory=list)


class Store(Protocol):
    """A database of articles, events, actors, places and rejected inputs."""

    url: str

    def migrate(self) -> int:
        """Create or upgrade the tables; returns the schema version now in force."""

    def has_article(self, content_hash: str) -> bool: ...

    def add_article(self, article: Article, events: list[Event]) -> bool:
        """Store an article and its events in one transaction; False when its content hash is already stored."""

    def add_articles(self, items: Sequence[tuple[Article, list[Event]]]) -> list[bool]:
        """Many articles in one transaction, all or none; for each, False when its content hash is already stored."""

    def add_rejection(self, rejection: Rejection) -> None: ...

    def events(self, query: EventQuery) -> Iterator[dict[str, Any]]:
        """Events as schema records (``Event.to_dict`` plus ``published`` and ``title``)."""

    def event_page(self, query: EventQuery) -> list[Any]:
        """``events(query)`` as a list ready for JSON: each record a dict or an ``orjson.Fragment`` of the same
        value (a record's stored text, sent without parsing it)."""

    def count_events(self, query: EventQuery) -> int: ...

    def event(self, event_id: str) -> dict[str, Any] | None: ...

    def fused_event(self, fused_id: str) -> dict[str, Any] | None:
        """A fused event with its reports, conflicts and merge history; an id merged into another redirects."""

    def stale_articles(self) -> list[str]:
        """Ids of the articles whose main news an earlier article had reported."""

    def article(self, article_id: str) -> dict[str, Any] | None:
        """``{"id", "published", "title", "url", "source", "text", "stale", "events": [...]}``."""

    def actors(self, query: EventQuery) -> list[dict[str, Any]]:
        """Actors with event counts: ``{"name", "country", "sector", "acled_inter", "events"}``."""

    def stats(self, query: EventQuery, interval: str = "day") -> dict[str, Any]:
        """Counts by period (day|week|month), by type and by country, and totals (events, killed)."""

    def rejections(self) -> list[dict[str, Any]]: ...

    def generation(self) -> int | None:
        """A number that every write of events (or reviews) raises; None: the store keeps none."""

    def counts(self) -> dict[str, int]:
        """Row counts of each table, for status and tests."""

    def close(self) -> None: ...


def add_many(store: Store, items: Iterable[tuple[Article, list[Event]]], batch: int = 500) -> IngestResult:
    """Store articles with their events, ``batch`` articles a transaction; an article already stored is skipped."""
    result = IngestResult()
    chunk: list[tuple[Article, list[Event]]] = []

    def flush() -> None:
        add_counted(store, chunk, result)
        chunk.clear()

    for item in items:
        chunk.append(item)
        if len(chunk) >= batch:
            flush()
    flush()
    return result


def add_counted(store: Store, items: Sequence[tuple[Article, list[Event]]], result: IngestResult) -> list[str]:
    """Store ``items`` in one transaction (``Store.add_articles``) and count them into ``result``; returns the content
    hashes of the articles stored now. One already stored (before, or by another writer meanwhile) counts as seen."""
    stored: list[str] = []
    for (article, events), added in zip(items, store.add_articles(items), strict=True):
        if added:
            stored.append(article.content_hash)
            result.articles_new += 1
            result.events += len(events)
        else:
            result.articles_seen += 1
    return stored


def unseen(
    store: Store,
    articles: Iterable[Article],
    result: IngestResult,
    on_skip: Callable[[Article], None] | None = None,
) -> Iterator[Article]:
    """The articles not stored yet, each content once, in order; one stored before or repeated in ``articles``
    counts as seen in ``result`` and goes to ``on_skip``."""
    seen: set[str] = set()
    for article in articles:
        key = article.content_hash
        if key in seen or store.has_article(key):
            result.articles_seen += 1
            if on_skip:
                on_skip(article)
            continue
        seen.add(key)
        yield article
