"""Reliability of the HTTP API, by property (issue 9, item 5): schemathesis over the OpenAPI schema of ``serve``.

Every operation the app documents gets requests generated from its schema, valid ones and ones that break it
(schemathesis' positive and negative modes), sent in-process to the ASGI app over a DuckDB store; no answer may be a
5xx, every answer is JSON or the declared export type, and answers with a documented status conform to its schema.
``POST /api/articles`` reads its body by hand, so its OpenAPI entry declares no body: the test adds the article
schema (one article or a list) so that schemathesis generates bodies, and sends the write token on most of them.

Reproduce: ``pytest tests/test_reliability_api.py`` (``--hypothesis-seed=N`` replays one run).
"""

from __future__ import annotations

import copy
import json
import os
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow  # POST runs the NLP pipeline

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a dev extra: pip install -e '.[dev]'")
from schemathesis import checks  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402

from sitroom.api import create_app  # noqa: E402
from sitroom.core import Sitroom  # noqa: E402
from sitroom.testing.live import AsgiClient  # noqa: E402

TOKEN = "reliability-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
OPERATIONS = [
    ("GET", "/health"),
    ("GET", "/api/events"),
    ("GET", "/api/events/{event_id}"),
    ("GET", "/api/fused/{fused_id}"),
    ("GET", "/api/articles/{article_id}"),
    ("GET", "/api/actors"),
    ("GET", "/api/stats"),
    ("GET", "/api/agreements"),
    ("GET", "/api/agreements/{agreement_id}"),
    ("POST", "/api/articles"),
    ("GET", "/api/events/{event_id}/reviews"),
    ("GET", "/api/reviews"),
    ("GET", "/api/reviews/fields"),
    ("POST", "/api/events/{event_id}/review"),
]
EXAMPLES = {"POST": 30, "GET": 20}  # per operation and generation mode

# years 1000-2999: 0001-01-01 and 9999-12-31 are issue 9's known overflow, tested on their own below
_DATE = r"^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$"
ARTICLE = {
    "type": "object",
    "properties": {
        "id": {"anyOf": [{"type": "string", "minLength": 1, "maxLength": 40}, {"type": "integer"}]},
        "published": {"anyOf": [{"type": "string", "pattern": _DATE}, {"type": "string", "maxLength": 30}]},
        "text": {"type": "string", "minLength": 1, "maxLength": 400},
        "title": {"type": "string", "maxLength": 60},
        "url": {"type": "string", "maxLength": 60},
        "source": {"type": "string", "maxLength": 30},
    },
    "required": ["id", "text"],
}
BODY = {"anyOf": [ARTICLE, {"type": "array", "items": ARTICLE, "minItems": 1, "maxItems": 3}]}
SEED = [
    {"id": "seed-1", "published": "2024-03-04", "text": "Police fired on protesters in Nairobi on Monday, killing 3."},
    {"id": "seed-2", "published": "2023-07-01", "text": "Rebels shelled Kharkiv overnight; two soldiers were killed."},
]


def build_app(url: str, pipeline: Any) -> Any:
    """The app over the store at ``url`` with the given pipeline (the one place that knows create_app)."""
    return create_app(Sitroom(url, pipeline=pipeline))


@pytest.fixture(scope="module")
def pipeline(nlp: Any, geoparser: Any) -> Any:
    from sitroom.pipeline import Pipeline

    return Pipeline(nlp=nlp, geoparser=geoparser)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> str:
    """A DuckDB store holding two articles ingested through the API."""
    path = os.fspath(tmp_path_factory.mktemp("api") / "api.duckdb")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SITROOM_TOKEN", TOKEN)
        client = AsgiClient(build_app(path, pipeline))
        assert client.post("/api/articles", json=SEED, headers=AUTH).status_code == 201
        client.close()
    return path


@pytest.fixture
def api(store_path: str, pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The app with writes on. One per test: schemathesis ends an ASGI app's lifespan (closing its store) after
    each test."""
    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    app = build_app(store_path, pipeline)
    yield app
    app.state.sitroom.close()


def end_asgi_threads() -> None:
    """End the event-loop thread through which schemathesis reaches ASGI apps, and the worker threads in which that
    loop ran the app's sync endpoints (the NLP pipeline, DuckDB), and wait for them.

    schemathesis keeps that loop for the whole process and ends it at exit; its pytest plugin, which this project
    turns off (``-p no:schemathesis``), would at least end the apps' lifespans after each test. The threads are
    daemons (the workers are started from the daemon loop thread), and a daemon thread that is inside C++ code
    (DuckDB, spaCy's parser) when the interpreter finalizes is unwound by ``pthread_exit`` and aborts the process:
    "terminate called after throwing an instance of ''" / "FATAL: exception not rethrown"."""
    from schemathesis.python import asgi

    asgi._shutdown()  # what schemathesis registers with atexit: lifespans ended, the loop stopped and joined
    for thread in threading.enumerate():
        if thread.daemon and thread.name.startswith("AnyIO worker thread"):
            thread.join(timeout=30)


@pytest.fixture(scope="module", autouse=True)
def _asgi_threads_end_with_the_module() -> Iterator[None]:
    yield
    end_asgi_threads()


@pytest.fixture
def api_schema(api: Any) -> Any:
    raw = copy.deepcopy(api.openapi())
    raw["paths"]["/api/articles"]["post"]["requestBody"] = {
        "required": True,
        "content": {"application/json": {"schema": BODY}},
    }
    schema = schemathesis.openapi.from_dict(raw)
    schema.app = api
    return schema


def test_reliability_api_schema_lists_the_operations_under_test(api: Any) -> None:
    documented = sorted((m.upper(), p) for p, ops in api.openapi()["paths"].items() for m in ops)
    assert documented == sorted(OPERATIONS), "a new endpoint: add it to OPERATIONS so that it is fuzzed too"


def _header(response: Any, name: str) -> str:
    value = response.headers.get(name)
    return str(value[0] if isinstance(value, list) else value or "")


def _strategy(operation: Any, known: dict[str, str]) -> Any:
    """Requests that fit the schema and, where there is something to break, requests that do not; a path
    parameter also takes a stored article's or event's id, so that lookups find something as well."""
    modes = [operation.as_strategy(generation_mode=GenerationMode.POSITIVE)]
    if operation.method.upper() == "POST" or operation.query:
        modes.append(operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))
    names = [p.name for p in operation.path_parameters]
    if names:
        modes.append(operation.as_strategy(path_parameters={n: known[n] for n in names}))
    return st.one_of(modes)


def _known_ids(api: Any) -> dict[str, str]:
    client = AsgiClient(api)
    event = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    agreements = client.get("/api/agreements").json().get("agreements") or [{}]
    return {
        "article_id": event["article_id"],
        "event_id": event["event_id"],
        "fused_id": event["fused_id"],
        "agreement_id": agreements[0].get("agreement_id") or "no-such-agreement",
    }


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_reliability_api_no_5xx_on_generated_requests(api: Any, api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]
    strategy = _strategy(operation, _known_ids(api))
    seen: dict[int, int] = {}

    @settings(
        max_examples=EXAMPLES[method],
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(case=strategy, auth=st.sampled_from(["token", "token", "token", "none", "wrong"]))
    def run(case: Any, auth: str) -> None:
        headers = {"none": {}, "wrong": {"Authorization": "Bearer nope"}, "token": AUTH}[auth]
        response = case.call(headers=headers)
        seen[response.status_code] = seen.get(response.status_code, 0) + 1
        assert response.status_code < 500, (case.method, case.formatted_path, case.query, case.body, response.text)
        case.validate_response(
            response,
            checks=[checks.not_a_server_error, checks.content_type_conformance, checks.response_schema_conformance],
        )
        if _header(response, "content-type").startswith("application/json"):
            body = json.loads(response.text)
            if response.status_code >= 400:
                assert {"error", "detail"} <= set(body) and isinstance(body["error"], str), body

    run()
    assert seen, "no request was made"
    print(f"{method} {path}: {sum(seen.values())} requests, answers {dict(sorted(seen.items()))}")


def test_reliability_api_no_daemon_thread_outlives_the_fuzzing(api_schema: Any) -> None:
    """After ``end_asgi_threads`` (run when the module ends) no thread that ran the app is left for the interpreter's
    exit to unwind: the native abort seen once after this module and others had run in one process."""
    response = api_schema["/api/events"]["GET"].Case(query={"limit": 1}).call()
    assert response.status_code == 200
    assert any(t.daemon and t.name.startswith("AnyIO worker thread") for t in threading.enumerate())
    end_asgi_threads()
    assert [t.name for t in threading.enumerate() if t.daemon and t.name.startswith(("AnyIO", "asyncio-portal"))] == []


def test_reliability_api_issue9_openapi_documents_the_error_body_it_sends(api: Any) -> None:
    """The documented 422 answer is the ``{"error", "detail"}`` body the API sends, not FastAPI's default shape."""
    from jsonschema import Draft202012Validator

    schema = api.openapi()
    documented = schema["paths"]["/api/events"]["get"]["responses"]["422"]["content"]["application/json"]["schema"]
    assert documented == {"$ref": "#/components/schemas/Error"}
    answer = AsgiClient(api).get("/api/events", params={"bogus": "1"})
    assert answer.status_code == 422
    Draft202012Validator(schema["components"]["schemas"]["Error"]).validate(answer.json())


# -- issue 9's API defects, each a regression test ----------------------------------------------------------------


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_reliability_api_issue9_post_is_whole_or_nothing(api: Any, published: str) -> None:
    """A record that fails in extraction: either every article is stored (201) or none (a 4xx naming the record)."""
    client = AsgiClient(api)
    text = "Shelling killed 4 people in Kharkiv yesterday; a drone hit the town the day after."
    body = [
        # a text of its own per case: the store is shared by the module, and a stored text is not stored twice
        {
            "id": f"whole-{published}",
            "published": "2024-05-06",
            "text": f"Police fired on protesters in Dhaka ({published}).",
        },
        {"id": f"edge-{published}", "published": published, "text": text},
    ]
    answer = client.post("/api/articles", json=body, headers=AUTH)
    assert answer.status_code < 500, answer.text
    stored = client.get(f"/api/articles/whole-{published}").status_code
    if answer.status_code == 201:
        assert stored == 200 and client.get(f"/api/articles/edge-{published}").status_code == 200
    else:
        assert 400 <= answer.status_code < 500 and f"edge-{published}" in answer.text
        assert stored == 404


def test_reliability_api_issue9_deeply_nested_body_is_a_4xx(api: Any) -> None:
    answer = AsgiClient(api).post(
        "/api/articles", content=b"[" * 5000 + b"]" * 5000, headers={**AUTH, "content-type": "application/json"}
    )
    assert 400 <= answer.status_code < 500, answer.text


@pytest.mark.parametrize("path", ["/", "/api/events", "/docs"])
def test_reliability_api_issue9_security_headers(api: Any, path: str) -> None:
    answer = AsgiClient(api).get(path)
    assert answer.status_code == 200
    assert answer.headers.get("x-content-type-options") == "nosniff"
    assert "frame-ancestors" in answer.headers.get("content-security-policy", "")
