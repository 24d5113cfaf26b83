"""The API over HTTP from a real ``sitroom serve`` process (uvicorn) on a loopback port, on both stores."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from sitroom.store import add_many, open_store
from sitroom.testing.live import live_server
from sitroom.testing.synthetic import synthetic_articles

TOKEN = "live-token"


def test_api_live_serve_answers_reads_and_guards_writes(store_url: str) -> None:
    store = open_store(store_url)
    add_many(store, synthetic_articles(60, seed=5))
    store.close()
    with live_server(store_url, token=TOKEN) as base, httpx.Client(base_url=base, timeout=30) as http:
        health = http.get("/health").json()
        assert health["counts"]["events"] == 60 and health["writes"] == "enabled"
        page = http.get("/api/events", params={"country": "UKR,SDN", "limit": 1000}).json()
        assert page["events"] and {e["location"]["country"] for e in page["events"]} <= {"UKR", "SDN"}
        assert http.get("/api/stats", params={"interval": "week"}).json()["totals"]["events"] == 60
        assert http.get("/api/events", params={"limit": 10_000_000}).status_code == 422
        assert http.get("/api/events", params={"since": "2021-02-29"}).status_code == 422
        assert http.post("/api/articles", json={"id": "x", "published": "2024-01-01", "text": "t."}).status_code == 401
        big = http.post(
            "/api/articles",
            content=b" " * (100 * 1024 * 1024),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
        assert big.status_code == 413
        assert "swagger-ui-bundle.js" in http.get("/docs").text


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/static/vendor/countries-110m.json"])
def test_api_live_serves_dashboard_files(tmp_path: object, path: str) -> None:
    url = f"{tmp_path}/empty.duckdb"
    with live_server(url) as base:
        r = httpx.get(base + path, timeout=30)
        assert r.status_code == 200 and r.content


@pytest.mark.slow
def test_api_live_issue9_log_has_request_ids_and_no_tracebacks(tmp_path: Path) -> None:
    """A batch the pipeline failed on (issue 9: a date of 0001-01-01) is stored whole or not at all, and whatever
    the server logs about a failed request carries its request id, with no traceback."""
    log = tmp_path / "serve.log"
    records = [
        {"id": "fine", "published": "2024-01-02", "text": "Police fired tear gas at protesters in Nairobi on Tuesday."},
        {"id": "early", "published": "0001-01-01", "text": "Troops shelled the town yesterday, killing two."},
        {"id": "late", "published": "9999-12-31", "text": "Troops shelled the town tomorrow, killing two."},
    ]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with (
        live_server(str(tmp_path / "live.duckdb"), token=TOKEN, log=str(log)) as base,
        httpx.Client(base_url=base, timeout=120) as http,
    ):
        r = http.post("/api/articles", json=records, headers=auth)
        assert r.status_code in (201, 422), r.text
        stored = http.get("/health").json()["counts"]["articles"]
        assert stored == (3 if r.status_code == 201 else 0)
        request_id = r.headers["x-request-id"]
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text
    failures = [line for line in text.splitlines() if "failed" in line]
    assert all(f"request {request_id}" in line for line in failures)
    assert bool(failures) == (r.status_code == 422)
