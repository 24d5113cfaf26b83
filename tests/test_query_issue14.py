"""The modality and confidence filters (issue 14, the dashboard's switches) in both stores and through the API: a
report by its own modality and confidence, a fused event by its lead report's (those its record shows)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from sitroom.api import create_app
from sitroom.core import Sitroom
from sitroom.model import Article, Event
from sitroom.query import event_query
from sitroom.store import add_many, open_store
from sitroom.testing.live import AsgiClient
from sitroom.testing.synthetic import synthetic_articles

MODES = ("asserted", "reported", "future", "hypothetical", "negated")


def _articles() -> list[tuple[Article, list[Event]]]:
    """Synthetic articles whose events take each modality in turn."""
    out = []
    for n, (article, events) in enumerate(synthetic_articles(40, seed=14)):
        out.append((article, [replace(e, modality=MODES[(n + i) % len(MODES)]) for i, e in enumerate(events)]))
    return out


@pytest.mark.parametrize("reports", [False, True])
def test_query_issue14_modality_and_confidence_filter_events(store_url: str, reports: bool) -> None:
    store = open_store(store_url)
    try:
        add_many(store, _articles())
        every = list(store.events(event_query({"reports": reports})))

        def ids(params: dict[str, Any]) -> set[str]:
            return {e["event_id"] for e in store.events(event_query({**params, "reports": reports}))}

        for mode in MODES:
            expected = {e["event_id"] for e in every if e["modality"] == mode}
            assert ids({"modality": mode}) == expected and expected, mode
        expected = {e["event_id"] for e in every if e["modality"] in ("future", "negated") and e["confidence"] >= 0.7}
        assert ids({"modality": "future,negated", "min_confidence": "0.7"}) == expected and expected
        assert store.count_events(event_query({"min_confidence": "0.7", "reports": reports})) == len(
            [e for e in every if e["confidence"] >= 0.7]
        )
        stats = store.stats(event_query({"modality": "reported", "reports": reports}))
        assert sum(r["events"] for r in stats["by_period"]) == len([e for e in every if e["modality"] == "reported"])
    finally:
        store.close()


def test_query_issue14_api_modality_and_confidence(tmp_path: Any) -> None:
    url = str(tmp_path / "m.duckdb")
    store = open_store(url)
    add_many(store, _articles())
    store.close()
    client = AsgiClient(create_app(Sitroom(url)))
    try:
        page = client.get("/api/events", params={"modality": "hypothetical", "count": "true", "limit": 1000}).json()
        assert page["total"] == len(page["events"]) > 0
        assert {e["modality"] for e in page["events"]} == {"hypothetical"}
        high = client.get("/api/events", params={"min_confidence": "0.8", "limit": 1000}).json()["events"]
        assert high and min(e["confidence"] for e in high) >= 0.8
        refused = client.get("/api/stats", params={"modality": "sure"})
        assert refused.status_code == 422 and refused.json()["error"].startswith("invalid value for modality:")
    finally:
        client.close()
