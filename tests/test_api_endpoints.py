"""The read endpoints of the HTTP API, in-process, on DuckDB and on PostgreSQL (same tests, same data)."""

from __future__ import annotations

import csv
import io
import json
import math
import os
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from sitroom.api import create_app
from sitroom.core import Sitroom
from sitroom.export import FLAT_COLUMNS
from sitroom.store import add_many, open_store
from sitroom.testing.live import AsgiClient
from sitroom.testing.synthetic import synthetic_articles

N_EVENTS = 240


def _load(url: str) -> None:
    store = open_store(url)
    try:
        add_many(store, synthetic_articles(N_EVENTS, seed=11))
    finally:
        store.close()


@pytest.fixture(scope="module", params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AsgiClient]:
    """A client of an app over a store holding N_EVENTS synthetic events, once per backend."""
    if request.param == "duckdb":
        url = os.path.join(os.fspath(tmp_path_factory.mktemp("api")), "api.duckdb")
    else:
        import psycopg

        base: str = request.getfixturevalue("postgres_url")
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS sitroom_api_read")
            admin.execute("CREATE DATABASE sitroom_api_read")
        url = base.rsplit("/", 1)[0] + "/sitroom_api_read"
    _load(url)
    c = AsgiClient(create_app(Sitroom(url)))
    yield c
    c.close()


def _events(client: AsgiClient, **params: Any) -> dict[str, Any]:
    r = client.get("/api/events", params={"count": "true", **params})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_api_health_counts_the_store(client: AsgiClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["counts"]["events"] == N_EVENTS
    assert body["store"] in ("duckdb", "postgresql")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "UKR"}, {"UKR"}),
        ({"country": "sdn"}, {"SDN"}),
        ({"country": "UKR,SDN"}, {"UKR", "SDN"}),
        ({"country": ["AZE", "ARM"]}, {"AZE", "ARM"}),
    ],
)
def test_api_events_filter_by_country(client: AsgiClient, params: dict[str, Any], expected: set[str]) -> None:
    body = _events(client, limit=1000, **params)
    found = {e["location"]["country"] for e in body["events"]}
    assert found == expected
    assert body["total"] == len(body["events"])


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "PROTEST"}, lambda e: e["plover_event"] == "PROTEST"),
        ({"type": "Riots"}, lambda e: e["acled_event_type"] == "Riots"),
        ({"actor": "police"}, lambda e: "Police" in (e["actor1"]["name"], e["actor2"]["name"])),
        ({"text": "KILLING"}, lambda e: "killing" in e["evidence"]["sentence"]),
        ({"since": "2023-01-01", "until": "2023-03-31"}, lambda e: "2023-01-01" <= e["date"] <= "2023-03-31"),
        ({"near": "15.5,32.56,60"}, lambda e: e["location"]["country"] == "SDN"),
    ],
)
def test_api_events_filters_hold_for_every_result(client: AsgiClient, params: dict[str, Any], check: Any) -> None:
    events = _events(client, limit=1000, **params)["events"]
    assert events, f"no events for {params}"
    assert all(check(e) for e in events)
    assert len(events) < N_EVENTS


@pytest.mark.parametrize("page", [7, 50])
def test_api_events_cursor_walks_every_event_once(client: AsgiClient, page: int) -> None:
    seen: list[str] = []
    params: dict[str, Any] = {"limit": page, "sort": "rank", "reports": "true"}
    while True:
        body = _events(client, **params)
        seen += [e["event_id"] for e in body["events"]]
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    assert len(seen) == len(set(seen)) == N_EVENTS


@pytest.mark.parametrize(
    ("sort", "key", "descending"),
    [
        ("date_desc", lambda e: e["date"], True),
        ("date_asc", lambda e: e["date"], False),
        ("fatalities_desc", lambda e: e["fatalities"]["killed"] or -1, True),
    ],
)
def test_api_events_sort_orders(client: AsgiClient, sort: str, key: Any, descending: bool) -> None:
    events = _events(client, limit=1000, sort=sort)["events"]
    values = [key(e) for e in events]
    assert values == sorted(values, reverse=descending)


def test_api_events_limit_default_is_100(client: AsgiClient) -> None:
    body = _events(client, reports="true")
    assert len(body["events"]) == body["limit"] == 100
    assert body["total"] == N_EVENTS


@pytest.mark.parametrize("fmt", ["csv", "geojson", "jsonl"])
def test_api_events_export_formats(client: AsgiClient, fmt: str) -> None:
    r = client.get("/api/events", params={"format": fmt, "country": "UKR"})
    assert r.status_code == 200
    total = _events(client, country="UKR", limit=1)["total"]
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(r.text))
        assert tuple(reader.fieldnames or ()) == FLAT_COLUMNS  # the same columns as `sitroom export --format csv`
        rows = list(reader)
        assert len(rows) == total and {row["country"] for row in rows} == {"UKR"}
        assert "text/csv" in r.headers["content-type"]
    elif fmt == "geojson":
        doc = r.json()
        assert doc["type"] == "FeatureCollection" and len(doc["features"]) == total
        lon, lat = doc["features"][0]["geometry"]["coordinates"]
        assert 20 < lon < 42 and 44 < lat < 53
    else:
        lines = [json.loads(line) for line in r.text.splitlines()]
        assert len(lines) == total and all(e["location"]["country"] == "UKR" for e in lines)


def test_api_event_detail_offsets_point_at_the_evidence(client: AsgiClient) -> None:
    for event in _events(client, limit=20)["events"]:
        body = client.get(f"/api/events/{event['event_id']}").json()
        ev = body["evidence"]
        assert body["event"]["event_id"] == event["event_id"]
        assert body["article"]["text"][ev["start"] : ev["end"]] == ev["sentence"]
        assert "events" not in body["article"]


def test_api_article_has_text_and_events(client: AsgiClient) -> None:
    event = _events(client, limit=1)["events"][0]
    body = client.get(f"/api/articles/{event['article_id']}").json()
    assert body["id"] == event["article_id"]
    assert event["event_id"] in {e["event_id"] for e in body["events"]}
    assert event["evidence"]["sentence"] in body["text"]


@pytest.mark.parametrize("path", ["/api/events/0000000000000000", "/api/articles/no-such-article"])
def test_api_unknown_ids_are_404(client: AsgiClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert set(r.json()) == {"error", "detail"}


def test_api_actors_counts(client: AsgiClient) -> None:
    body = client.get("/api/actors", params={"limit": 5, "country": "UKR"}).json()
    assert 0 < len(body["actors"]) <= 5
    counts = [a["events"] for a in body["actors"]]
    assert counts == sorted(counts, reverse=True)
    assert all(a["country"] == "UKR" for a in body["actors"])


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_api_stats_periods_add_up(client: AsgiClient, interval: str) -> None:
    body = client.get("/api/stats", params={"interval": interval, "reports": "true"}).json()
    assert body["interval"] == interval
    assert sum(p["events"] for p in body["by_period"]) == body["totals"]["events"] == N_EVENTS
    assert sum(c["events"] for c in body["by_country"]) == N_EVENTS
    periods = [date.fromisoformat(p["period"]) for p in body["by_period"]]
    if interval == "month":
        assert all(d.day == 1 for d in periods)
    if interval == "week":
        assert all(d.weekday() == 0 for d in periods)


def test_api_issue12_fused_events_by_default(client: AsgiClient) -> None:
    """Listings show fused events unless asked for reports; each fused event counts its reports, which add up to
    every stored event."""
    fused = _events(client, limit=1000)["events"]
    assert all(e["fused_id"] and e["report_count"] >= 1 for e in fused)
    assert sum(e["report_count"] for e in fused) == N_EVENTS
    assert len({e["fused_id"] for e in fused}) == len(fused) <= N_EVENTS
    one = client.get(f"/api/fused/{fused[0]['fused_id']}").json()
    assert one["fused_id"] == fused[0]["fused_id"] and one["history"][0]["action"] == "created"
    assert client.get("/api/fused/nope").status_code == 404


def test_api_stats_follow_filters(client: AsgiClient) -> None:
    ukr = client.get("/api/stats", params={"country": "UKR"}).json()
    assert [c["key"] for c in ukr["by_country"]] == ["UKR"]
    assert ukr["totals"]["events"] == _events(client, country="UKR", limit=1)["total"]


def test_api_near_radius_is_great_circle(client: AsgiClient) -> None:
    lat, lon, km = 50.45, 30.52, 120.0
    for e in _events(client, near=f"{lat},{lon},{km}", limit=1000)["events"]:
        la, lo = math.radians(e["location"]["lat"]), math.radians(e["location"]["lon"])
        la0, lo0 = math.radians(lat), math.radians(lon)
        h = math.sin((la - la0) / 2) ** 2 + math.cos(la) * math.cos(la0) * math.sin((lo - lo0) / 2) ** 2
        d = 2 * 6371.0088 * math.asin(math.sqrt(h))
        assert d <= km + 0.01


@pytest.mark.parametrize(("limit", "more"), [(N_EVENTS - 1, True), (N_EVENTS, False), (1000, False)])
def test_api_events_next_cursor_without_count(client: AsgiClient, limit: int, more: bool) -> None:
    body = client.get("/api/events", params={"limit": limit, "reports": "true"}).json()
    assert body["total"] is None
    assert len(body["events"]) == min(limit, N_EVENTS)
    assert (body["next_cursor"] is not None) is more
