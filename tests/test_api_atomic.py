"""Issue 9: a POST /api/articles is one transaction (all its articles are stored, or none, and a 4xx names the bad
record), an unexpected failure is a 500 with a request id that the log line carries, and every response has the
security headers. On DuckDB and on PostgreSQL."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import pytest

from sitroom.api import create_app
from sitroom.core import Sitroom
from sitroom.model import Article, Event, Evidence, Location
from sitroom.store import open_store
from sitroom.testing.live import AsgiClient

TOKEN = "atomic-token"
AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


class OnePerArticle:
    """Stands in for the NLP pipeline: one event per article on its first sentence; ``fail`` names the article
    ids to raise on (as the pipeline did on the dates and long texts of issue 9), ``broken`` those whose event is
    one no store can write (a defect that surfaces only when storing)."""

    def __init__(self, fail: dict[str, Exception] | None = None, broken: frozenset[str] = frozenset()) -> None:
        self.fail = fail or {}
        self.broken = broken

    def run_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            if article.id in self.fail:
                raise self.fail[article.id]
            end = article.text.find(".") + 1 or len(article.text)
            event = Event(
                article_id=article.id,
                plover_event="PROTEST",
                evidence=Evidence(sentence=article.text[:end], start=0, end=end),
                date=article.published,
                date_precision="day",
                location=Location(name="Kyiv", lat=50.45, lon=30.52, country="UKR"),
                trigger_start=0,
            )
            if article.id in self.broken:
                event.evidence = None  # type: ignore[assignment]
            yield article, [event]


def _client(url: str, pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> AsgiClient:
    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    return AsgiClient(create_app(Sitroom(url, pipeline=pipeline)))


@pytest.fixture
def client(store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[AsgiClient]:
    c = _client(store_url, OnePerArticle(), monkeypatch)
    yield c
    c.close()


def _good(i: int) -> dict[str, Any]:
    return {"id": f"good-{i}", "published": "2024-03-02", "text": f"Crowds marched in the capital, day {i}. Calm."}


def _counts(client: AsgiClient) -> dict[str, int]:
    counts: dict[str, int] = client.get("/health").json()["counts"]
    return counts


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        ({"id": "bad", "published": "2024-02-30", "text": "An impossible date."}, "E006"),
        ({"id": "bad", "published": "2024-02-03", "text": "   "}, "E005"),
        ({"id": "bad", "published": "2024-02-03", "text": "A list for a title.", "title": ["a"]}, "E016"),
        ({"published": "2024-02-03", "text": "No id at all."}, "E017"),
        ({"id": "bad", "published": "2024-02-03", "text": "x" * 5_000_001}, "E007"),
        (["not", "an", "object"], "E010"),
    ],
)
def test_api_issue9_bad_record_rejects_the_whole_request(client: AsgiClient, bad: Any, code: str) -> None:
    """The readers' rules and codes; the answer names the record; nothing of the request is stored; the same
    request with the record fixed is then stored whole."""
    body = [_good(0), _good(1), bad, _good(3)]
    before = _counts(client)
    r = client.post("/api/articles", content=json.dumps(body), headers=AUTH)
    assert r.status_code == 422, r.text
    answer = r.json()
    assert (answer["code"], answer["record"], answer["stored"]) == (code, 2, 0)
    assert answer["error"].startswith("record 2") and "\n" not in answer["error"]
    assert [d["record"] for d in answer["detail"]] == [2]
    assert _counts(client) == before
    body[2] = _good(2)
    r = client.post("/api/articles", content=json.dumps(body), headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["articles_new"] == 4 and _counts(client)["articles"] == before["articles"] + 4


@pytest.mark.parametrize("together", [True, False])
def test_api_issue9_repeats_within_one_request_are_marked(client: AsgiClient, together: bool) -> None:
    """Fusion sees the request's earlier articles, as it sees those of earlier requests (issue 12: the two reports
    share a fused event, listed once by default and twice with ``reports``)."""
    bodies = [[_good(0), _good(1)]] if together else [[_good(0)], [_good(1)]]
    for body in bodies:
        assert client.post("/api/articles", content=json.dumps(body), headers=AUTH).status_code == 201
    reports = {"reports": "true"}
    first = client.get("/api/events", params={"article_id": "good-0", **reports}).json()["events"][0]
    second = client.get("/api/events", params={"article_id": "good-1", **reports}).json()["events"][0]
    assert first["fused_id"] == second["fused_id"] and first["event_id"] != second["event_id"]
    fused = client.get("/api/events", params={"article_id": "good-1"}).json()["events"]
    assert [f["fused_id"] for f in fused][:1] == [first["fused_id"]] and fused[0]["report_count"] == 2


def test_api_issue9_every_bad_record_is_listed(client: AsgiClient) -> None:
    body = [{"id": "a", "text": ""}, _good(1), {"id": "c", "published": "9999-99-99", "text": "x."}]
    answer = client.post("/api/articles", content=json.dumps(body), headers=AUTH).json()
    assert [(d["record"], d["id"], d["code"]) for d in answer["detail"]] == [(0, "a", "E005"), (2, "c", "E006")]


@pytest.mark.parametrize(
    ("failing", "error"),
    [
        ({"id": "early", "published": "0001-01-01", "text": "Fighting on the day before."}, OverflowError("date")),
        ({"id": "huge", "published": "2024-03-02", "text": "Crowds. " * 125_001}, ValueError("[E088] too long")),
    ],
)
def test_api_issue9_extraction_failure_stores_nothing(
    store_url: str, monkeypatch: pytest.MonkeyPatch, failing: dict[str, Any], error: Exception
) -> None:
    """A record the pipeline fails on is a 422 E018 naming it, and the records before it are not stored."""
    client = _client(store_url, OnePerArticle(fail={failing["id"]: error}), monkeypatch)
    try:
        r = client.post("/api/articles", content=json.dumps([_good(0), _good(1), failing]), headers=AUTH)
        assert r.status_code == 422, r.text
        assert (r.json()["code"], r.json()["record"], r.json()["id"]) == ("E018", 2, failing["id"])
        assert _counts(client)["articles"] == 0
    finally:
        client.close()


def test_api_issue9_unexpected_failure_is_500_with_request_id(
    store_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A failure nobody expected: a 500 JSON with a request id, one log line with the same id and no traceback,
    and nothing of the request stored."""
    client = _client(store_url, OnePerArticle(broken=frozenset({"good-2"})), monkeypatch)
    try:
        with caplog.at_level(logging.INFO, logger="sitroom.api"):
            r = client.post("/api/articles", content=json.dumps([_good(i) for i in range(3)]), headers=AUTH)
        assert r.status_code == 500
        body = r.json()
        assert body["error"] == "internal error" and body["request_id"] == r.headers["x-request-id"]
        lines = [rec for rec in caplog.records if rec.name == "sitroom.api"]
        assert len(lines) == 1 and body["request_id"] in lines[0].getMessage()
        assert lines[0].exc_info is None and "\n" not in lines[0].getMessage()
        assert _counts(client)["articles"] == 0
    finally:
        client.close()


def test_api_issue9_two_versions_in_one_request_are_one_transaction(store_url: str) -> None:
    """``add_articles`` with two versions of an article (taken one at a time) still stores all or nothing."""
    store = open_store(store_url)
    try:
        first = Article("v", "Crowds marched. Calm.", date(2024, 3, 2))
        second = Article("v", "Crowds marched again. Calm.", date(2024, 3, 2))
        event = Event(article_id="v", plover_event="PROTEST", evidence=Evidence("Crowds marched again.", 0, 21))
        event.evidence = None  # type: ignore[assignment]
        with pytest.raises(AttributeError):
            store.add_articles([(first, []), (second, [event])])
        assert store.counts()["articles"] == 0
    finally:
        store.close()


def test_api_issue9_deeply_nested_json_is_a_400(client: AsgiClient) -> None:
    r = client.post("/api/articles", content=b"[" * 1000 + b"]" * 1000, headers=AUTH)
    assert r.status_code == 400 and r.json()["code"] == "E004"
    nested = '{"id": "n", "text": "Crowds.", "title": ' + "[" * 1000 + "]" * 1000 + "}"
    r = client.post("/api/articles", content=nested.encode(), headers=AUTH)
    assert r.status_code == 400 and r.json()["code"] == "E004"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/"),
        ("GET", "/docs"),
        ("GET", "/static/app.js"),
        ("GET", "/api/events"),
        ("GET", "/api/events?near=1,2"),
        ("GET", "/no/such/page"),
        ("GET", "/openapi.json"),
        ("POST", "/api/articles"),
    ],
)
def test_api_issue9_security_headers_on_every_response(client: AsgiClient, method: str, path: str) -> None:
    r = client.request(method, path, content=b"{")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert len(r.headers["x-request-id"]) == 16


_SHELLED = "Troops shelled the town on Friday, killing two."


@pytest.mark.slow
def test_api_issue9_real_pipeline_on_the_issues_records(
    store_url: str, monkeypatch: pytest.MonkeyPatch, nlp: Any, geoparser: Any
) -> None:
    """The records of issue 9 through the real pipeline: each request is stored whole or not at all, never a 5xx."""
    from sitroom.pipeline import Pipeline

    client = _client(store_url, Pipeline(nlp, geoparser), monkeypatch)
    bad = [
        {"id": "first-day", "published": "0001-01-01", "text": "Troops shelled the town yesterday, killing two."},
        {"id": "last-day", "published": "9999-12-31", "text": "Troops shelled the town tomorrow, killing two."},
    ]
    if not store_url.startswith("postgres"):  # the long text's parse (a minute) does not depend on the store
        # over spaCy's 1,000,000 characters: mostly plain sentences, one event
        bad.append({"id": "long", "published": "2024-03-02", "text": "The weather was mild. " * 45_500 + _SHELLED})
    try:
        for record in bad:
            before = _counts(client)["articles"]
            r = client.post("/api/articles", content=json.dumps([_good(len(record["id"])), record]), headers=AUTH)
            assert r.status_code in (201, 422), r.text
            after = _counts(client)["articles"]
            if r.status_code == 201:
                assert after == before + 2
            else:
                assert (r.json()["record"], r.json()["stored"], after) == (1, 0, before)
    finally:
        client.close()
