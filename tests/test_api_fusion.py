"""What fusion decides, as the HTTP API shows it (in-process): the conflicts between a fused event's reports, the
reports published late, and stale articles (issue 12, item 3)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from sitroom.api import create_app
from sitroom.core import Sitroom
from sitroom.store import open_store
from sitroom.testing.live import AsgiClient
from tests.test_fusion_store import _wire


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AsgiClient]:
    url = os.path.join(os.fspath(tmp_path_factory.mktemp("api-fusion")), "fusion.duckdb")
    store = open_store(url)
    for item in _wire():  # one attack reported three times (8 killed, then 11, then retold a month on)
        store.add_article(*item)
    store.close()
    c = AsgiClient(create_app(Sitroom(url)))
    yield c
    c.close()


def test_api_fusion_issue12_conflicts_late_reports_and_stale_articles(client: AsgiClient) -> None:
    listed = client.get("/api/events", params={"article_id": "retold"}).json()["events"]
    assert len(listed) == 1 and listed[0]["report_count"] == 3
    assert listed[0]["conflicts"] == ["toll"]  # 8 against 11
    fused = client.get(f"/api/fused/{listed[0]['fused_id']}").json()
    assert fused["conflicts"] == ["toll"]
    late = {r["article_id"]: r["reported_late_days"] for r in fused["reports"]}
    assert late == {"first": None, "update": None, "retold": 30}
    report = client.get("/api/events", params={"article_id": "retold", "reports": "true"}).json()["events"][0]
    assert report["reported_late_days"] == 30
    stale = {a: client.get(f"/api/articles/{a}").json()["stale"] for a in ("first", "update", "retold", "elsewhere")}
    assert stale == {"first": False, "update": True, "retold": True, "elsewhere": False}
