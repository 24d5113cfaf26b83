"""The API over HTTP from a real ``sitroom serve`` process (uvicorn) on a loopback port, on both stores."""

from __future__ import annotations

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
