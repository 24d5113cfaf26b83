"""Serialised access to one store from the API's worker threads, and articles from JSON request bodies."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any

from sitroom.errors import InputError
from sitroom.model import Article, Event, Rejection
from sitroom.readers import MAX_ARTICLE_BYTES, parse_published
from sitroom.store.base import EventQuery, Store

__all__ = ["LockedStore", "articles_from_body"]

_MAX_ARTICLES = 1000


class LockedStore:
    """A Store whose every call holds one lock: an embedded DuckDB connection is not shared between threads.

    ``events`` is read whole under the lock, so that no cursor stays open while another request runs. The NLP
    pipeline of an ingest runs outside the lock: only the store calls between articles take it.
    """

    def __init__(self, store: Store) -> None:
        self.inner = store
        self.url = store.url
        self.lock = threading.Lock()

    def migrate(self) -> int:
        with self.lock:
            return self.inner.migrate()

    def has_article(self, content_hash: str) -> bool:
        with self.lock:
            return self.inner.has_article(content_hash)

    def add_article(self, article: Article, events: list[Event]) -> bool:
        with self.lock:
            return self.inner.add_article(article, events)

    def add_articles(self, items: Sequence[tuple[Article, list[Event]]]) -> list[bool]:
        with self.lock:
            return self.inner.add_articles(items)

    def add_rejection(self, rejection: Rejection) -> None:
        with self.lock:
            self.inner.add_rejection(rejection)

    def events(self, query: EventQuery) -> Iterator[dict[str, Any]]:
        with self.lock:
            rows = list(self.inner.events(query))
        return iter(rows)

    def count_events(self, query: EventQuery) -> int:
        with self.lock:
            return self.inner.count_events(query)

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self.lock:
            return self.inner.event(event_id)

    def article(self, article_id: str) -> dict[str, Any] | None:
        with self.lock:
            return self.inner.article(article_id)

    def actors(self, query: EventQuery) -> list[dict[str, Any]]:
        with self.lock:
            return self.inner.actors(query)

    def stats(self, query: EventQuery, interval: str = "day") -> dict[str, Any]:
        with self.lock:
            return self.inner.stats(query, interval)

    def rejections(self) -> list[dict[str, Any]]:
        with self.lock:
            return self.inner.rejections()

    def counts(self) -> dict[str, int]:
        with self.lock:
            return self.inner.counts()

    def close(self) -> None:
        with self.lock:
            self.inner.close()


def _opt_str(record: dict[str, Any], key: str, index: int) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"article {index}: {key} must be a string")
    return value


def articles_from_body(body: object) -> list[Article]:
    """Articles from a JSON object or a list of them; ``ValueError`` with a message naming the bad record."""
    records = body if isinstance(body, list) else [body]
    if not records:
        raise ValueError("no articles in the body")
    if len(records) > _MAX_ARTICLES:
        raise ValueError(f"at most {_MAX_ARTICLES} articles per request")
    articles: list[Article] = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise ValueError(f"article {index}: expected a JSON object")
        rid = record.get("id")
        if not isinstance(rid, str | int) or isinstance(rid, bool) or str(rid).strip() == "":
            raise ValueError(f"article {index}: id is required (a string)")
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"article {index} ({rid}): text is required")
        if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
            raise ValueError(f"article {index} ({rid}): text is larger than {MAX_ARTICLE_BYTES} bytes")
        try:
            published = parse_published(record.get("published"))
        except InputError as exc:
            raise ValueError(f"article {index} ({rid}): {exc}") from None
        articles.append(
            Article(
                id=str(rid),
                text=text,
                published=published,
                title=_opt_str(record, "title", index),
                url=_opt_str(record, "url", index),
                source=_opt_str(record, "source", index),
                origin="api",
            )
        )
    return articles
