"""Write permission (the server's token) and the articles of a JSON request body."""

from __future__ import annotations

import hmac
import os

from fastapi import Request

from sitroom.api.params import ApiError
from sitroom.errors import Errors, InputError, RecordError
from sitroom.model import Article
from sitroom.readers import article_from_record

__all__ = ["MAX_ARTICLES", "articles_from_body", "authorise"]

MAX_ARTICLES = 1000


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
