"""Bad requests get a 4xx and a one-line JSON error; writes need the token; bodies have a size cap."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import pytest

from sitroom.api import create_app
from sitroom.api.app import MAX_BODY_BYTES
from sitroom.api.params import EVENT_PARAMS, FILTER_PARAMS
from sitroom.core import Sitroom
from sitroom.model import Article, Event, Evidence, Location
from sitroom.store import add_many, open_store
from sitroom.testing.live import AsgiClient
from sitroom.testing.synthetic import synthetic_articles

TOKEN = "s3cret-token-for-tests"


def _client(url: str) -> AsgiClient:
    """The app over a new store at ``url`` holding 40 made-up articles."""
    store = open_store(url)
    add_many(store, synthetic_articles(40, seed=3))
    store.close()
    return AsgiClient(create_app(Sitroom(url, pipeline=FakePipeline())))  # type: ignore[arg-type]


@pytest.fixture
def client(store_url: str) -> Iterator[AsgiClient]:
    """The app over a store of its own, for a test that writes."""
    c = _client(store_url)
    yield c
    c.close()


@pytest.fixture(scope="module", params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def reader(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AsgiClient]:
    """The app over one store per backend for the module's tests that only read (most of them): made once."""
    if request.param == "duckdb":
        c = _client(os.path.join(os.fspath(tmp_path_factory.mktemp("api-errors")), "read.duckdb"))
        yield c
        c.close()
        return
    import psycopg
    from psycopg import sql

    postgres_url: str = request.getfixturevalue("postgres_url")
    name = f"sitroom_api_errors_{os.getpid()}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    c = _client(postgres_url.rsplit("/", 1)[0] + "/" + name)
    yield c
    c.close()
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


class FakePipeline:
    """Stands in for the NLP pipeline: one event per article, on its first sentence, in Kyiv."""

    def run_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            end = article.text.find(".") + 1 or len(article.text)
            event = Event(
                article_id=article.id,
                plover_event="PROTEST",
                evidence=Evidence(sentence=article.text[:end], start=0, end=end),
                date=article.published,
                location=Location(name="Kyiv", lat=50.45, lon=30.52, country="UKR"),
                trigger_start=0,
            )
            yield article, [event]


def _is_error(response: Any, status: int) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert {"error", "detail"} <= set(body) <= {"error", "detail", "code", "record", "id", "stored", "request_id"}
    assert isinstance(body["error"], str) and body["error"] and "\n" not in body["error"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/events", {"since": "2023-02-30"}),
        ("/api/events", {"until": "2023-13-01"}),
        ("/api/events", {"since": "yesterday"}),
        ("/api/events", {"since": "2023-05-01", "until": "2023-04-01"}),
        ("/api/events", {"limit": "10000000"}),
        ("/api/events", {"limit": "0"}),
        ("/api/events", {"limit": "ten"}),
        ("/api/events", {"offset": "-1"}),
        ("/api/events", {"bogus": "1"}),
        ("/api/events", {"sort": "event_id; DROP TABLE events"}),
        ("/api/events", {"format": "xml"}),
        ("/api/events", {"near": "91,0,10"}),
        ("/api/events", {"near": "nan,0,10"}),
        ("/api/events", {"near": "1,2"}),
        ("/api/events", {"country": "UKR'; DROP TABLE events; --"}),
        ("/api/events", {"cursor": "not-a-cursor!"}),
        ("/api/events", {"text": "x" * 5000}),
        ("/api/stats", {"interval": "decade"}),
        ("/api/stats", {"limit": "5"}),
        ("/api/actors", {"limit": "100000"}),
        ("/health", {"verbose": "1"}),
        ("/api/events/abc", {"x": "1"}),
    ],
)
def test_api_errors_bad_params_are_422(reader: AsgiClient, path: str, params: dict[str, str]) -> None:
    _is_error(reader.get(path, params=params), 422)


@pytest.mark.parametrize(
    "params",
    [
        {"text": "'; DROP TABLE events; --"},
        {"actor": "x' OR '1'='1"},
        {"type": "PROTEST') OR 1=1 --"},
        {"article_id": "' UNION SELECT * FROM articles --"},
    ],
)
def test_api_errors_sql_in_values_is_just_text(reader: AsgiClient, params: dict[str, str]) -> None:
    r = reader.get("/api/events", params=params)
    assert r.status_code == 200
    assert r.json()["events"] == []
    assert reader.get("/health").json()["counts"]["events"] == 40


def test_api_errors_unknown_route_is_json_404(reader: AsgiClient) -> None:
    _is_error(reader.get("/api/nothing"), 404)


def _article(i: int = 0) -> dict[str, Any]:
    return {
        "id": f"posted-{i}",
        "published": "2024-03-02",
        "text": f"Crowds marched through the capital on Friday, number {i}. Police watched.",
    }


@pytest.mark.parametrize(
    ("token", "header", "status"),
    [
        (None, f"Bearer {TOKEN}", 403),
        (TOKEN, None, 401),
        (TOKEN, "Bearer wrong", 401),
        (TOKEN, f"Basic {TOKEN}", 401),
        (TOKEN, f"Bearer {TOKEN}x", 401),
    ],
)
def test_api_errors_writes_need_the_token(
    client: AsgiClient, monkeypatch: pytest.MonkeyPatch, token: str | None, header: str | None, status: int
) -> None:
    if token is None:
        monkeypatch.delenv("SITROOM_TOKEN", raising=False)
    else:
        monkeypatch.setenv("SITROOM_TOKEN", token)
    headers = {"Authorization": header} if header else {}
    _is_error(client.post("/api/articles", json=_article(), headers=headers), status)
    assert client.get("/health").json()["counts"]["articles"] == 10


@pytest.mark.parametrize("many", [False, True])
def test_api_post_articles_ingests(client: AsgiClient, monkeypatch: pytest.MonkeyPatch, many: bool) -> None:
    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body: Any = [_article(i) for i in range(3)] if many else _article()
    r = client.post("/api/articles", json=body, headers=auth)
    assert r.status_code == 201, r.text
    n = 3 if many else 1
    assert r.json() == {"articles_new": n, "articles_seen": 0, "events": n, "rejected": 0}
    again = client.post("/api/articles", json=body, headers=auth).json()
    assert again["articles_new"] == 0 and again["articles_seen"] == n
    undated = client.post("/api/articles", json={"id": "undated", "text": "Crowds gathered."}, headers=auth)
    assert undated.status_code == 201 and undated.json()["articles_new"] == 1
    events = client.get("/api/events", params={"article_id": "posted-0"}).json()["events"]
    assert events[0]["date"] == date(2024, 3, 2).isoformat()
    assert events[0]["evidence"]["sentence"].startswith("Crowds marched")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        (b"[]", 422),
        (b'{"id": "a", "published": "2024-02-30", "text": "x."}', 422),
        (b'{"id": "a", "published": 20240203, "text": "a number for a date."}', 422),
        (b'{"id": "a", "published": "2024-02-03", "text": "x.", "title": ["not", "text"]}', 422),
        (b'{"published": "2024-02-03", "text": "no id."}', 422),
        (b'{"id": "a", "published": "2024-02-03", "text": ""}', 422),
        (b'"just a string"', 422),
    ],
)
def test_api_post_bad_bodies(client: AsgiClient, monkeypatch: pytest.MonkeyPatch, body: bytes, status: int) -> None:
    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    _is_error(client.post("/api/articles", content=body, headers=headers), status)


@pytest.mark.parametrize("chunked", [False, True])
def test_api_post_100mb_body_is_413(client: AsgiClient, monkeypatch: pytest.MonkeyPatch, chunked: bool) -> None:
    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    size = 100 * 1024 * 1024
    if chunked:

        def chunks() -> Iterator[bytes]:
            block = b" " * (1024 * 1024)
            for _ in range(size // len(block)):
                yield block

        async def achunks() -> Any:
            for c in chunks():
                yield c

        r = client.post("/api/articles", content=achunks(), headers=headers)
    else:
        r = client.post("/api/articles", content=b" " * size, headers=headers)
    _is_error(r, 413)
    assert r.json()["detail"]["limit_bytes"] == MAX_BODY_BYTES


def test_api_docs_are_served_offline(reader: AsgiClient) -> None:
    page = reader.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page
    assert "cdn." not in page and "https://" not in page
    for path in (
        "/static/vendor/swagger-ui/swagger-ui-bundle.js",
        "/static/vendor/countries-110m.json",
        "/static/vendor/topojson-client.min.js",
        "/static/app.js",
        "/",
    ):
        assert reader.get(path).status_code == 200, path
    assert "/api/events" in reader.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize(
    ("path", "extra"),
    [("/api/events", EVENT_PARAMS - FILTER_PARAMS), ("/api/actors", {"limit"}), ("/api/stats", {"interval"})],
)
def test_api_openapi_documents_every_accepted_parameter(reader: AsgiClient, path: str, extra: set[str]) -> None:
    documented = {p["name"] for p in reader.get("/openapi.json").json()["paths"][path]["get"]["parameters"]}
    assert documented == FILTER_PARAMS | extra


def test_api_static_files_reference_nothing_remote() -> None:
    static = os.path.join(os.path.dirname(__file__), "..", "src", "sitroom", "api", "static")
    for name in ("index.html", "app.js", "style.css"):
        with open(os.path.join(static, name), encoding="utf-8") as f:
            text = f.read()
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "") and "https://" not in text, name
