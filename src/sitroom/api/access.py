"""Serialised access to one store from the API's worker threads, and the articles of a JSON request body."""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from fastapi import Request

from sitroom.agreements.model import AgreementState, ArticleOutcome, Violation
from sitroom.api.params import ApiError
from sitroom.errors import Errors, InputError, RecordError
from sitroom.model import Article, Event, Rejection
from sitroom.readers import article_from_record
from sitroom.store.base import EventQuery, Store

__all__ = ["MAX_ARTICLES", "LockedStore", "articles_from_body", "authorise"]

MAX_ARTICLES = 1000


class LockedStore:
    """A Store whose every call holds one lock: an embedded DuckDB connection is not shared between threads.

    ``events`` is read whole under the lock, so that no cursor stays open while another request runs. The NLP
    pipeline of an ingest runs outside the lock: only the store calls between articles take it.
    """

    def __init__(self, store: Store) -> None:
        self.inner = store
        self.url = store.url
        self.lock = threading.Lock()

    # agreement tables (sitroom.store.agreements.AgreementStore): read whole under the lock
    def agreement_state(self) -> tuple[list[AgreementState], list[Violation]]:
        with self.lock:
            return self.inner.agreement_state()  # type: ignore[attr-defined, no-any-return]

    def add_agreement_outcome(self, article: Article, outcome: ArticleOutcome) -> None:
        with self.lock:
            self.inner.add_agreement_outcome(article, outcome)  # type: ignore[attr-defined]

    def untracked_articles(self, hashes: Sequence[str] | None = None) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
        with self.lock:
            return iter(list(self.inner.untracked_articles(hashes)))  # type: ignore[attr-defined]

    def agreements_out_of_order(self, first: date | None = None) -> bool:
        with self.lock:
            return self.inner.agreements_out_of_order(first)  # type: ignore[attr-defined, no-any-return]

    def clear_agreements(self) -> None:
        with self.lock:
            self.inner.clear_agreements()  # type: ignore[attr-defined]

    def agreement_records(self) -> Iterator[dict[str, Any]]:
        with self.lock:
            return iter(list(self.inner.agreement_records()))  # type: ignore[attr-defined]

    def agreements_summary(self) -> list[dict[str, Any]]:
        with self.lock:
            return self.inner.agreements_summary()  # type: ignore[attr-defined, no-any-return]

    def agreement_violations(self, agreement_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return self.inner.agreement_violations(agreement_id)  # type: ignore[attr-defined, no-any-return]

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

    def fused_event(self, fused_id: str) -> dict[str, Any] | None:
        with self.lock:
            return self.inner.fused_event(fused_id)

    def stale_articles(self) -> list[str]:
        with self.lock:
            return self.inner.stale_articles()

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


def authorise(request: Request) -> None:
    """A write's permission: the server's SITROOM_TOKEN as a bearer token (E063 when the server has none, E064 when
    the request does not carry it)."""
    token = os.environ.get("SITROOM_TOKEN", "")
    if not token:
        raise ApiError(403, Errors.E063, "set SITROOM_TOKEN on the server to enable writes", code="E063")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, Errors.E064, "send Authorization: Bearer <SITROOM_TOKEN>", code="E064")


def articles_from_body(body: object) -> tuple[list[Article], list[RecordError]]:
    """The articles of a JSON object or a list of them, read by the readers' rules (``article_from_record``), and a
    coded error for every record that breaks them; ``ValueError`` when the body as a whole is not a batch."""
    records = body if isinstance(body, list) else [body]
    if not records:
        raise ValueError("no articles in the body")
    if len(records) > MAX_ARTICLES:
        raise ValueError(f"at most {MAX_ARTICLES} articles per request")
    articles: list[Article] = []
    errors: list[RecordError] = []
    for index, record in enumerate(records):
        try:
            articles.append(article_from_record(record, "api", None))
        except InputError as exc:
            rid = record.get("id") if isinstance(record, dict) else None
            errors.append(RecordError(index, _short(rid), exc))
    return articles, errors


def _short(value: object) -> str | None:
    """A client's record id as it may be echoed back: text, at most 200 characters, no control characters."""
    if value is None or isinstance(value, dict | list):
        return None
    text = "".join(c if c.isprintable() else "\ufffd" for c in str(value)[:200])
    return text
