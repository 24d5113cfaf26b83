"""Human review through the HTTP API and ``sitroom review`` (issue 14 item 2): the done-when test (an edit through the
API stands when the article is ingested again, and the audit trail shows it), the write token, coded errors, and
the CLI's list, accept, reject, correct, history and ``eval --reviewed``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitroom.api import create_app
from sitroom.cli import main
from sitroom.core import Sitroom
from sitroom.store import open_store
from sitroom.store.base import EventQuery
from sitroom.testing.live import AsgiClient
from tests.test_review import _wire

TOKEN = "review-token"
AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
ARTICLE = {
    "id": "maiduguri-1",
    "published": "2024-05-10",
    "title": "Gunmen kill eight in Maiduguri",
    "text": "Gunmen killed eight villagers in Maiduguri, Borno State, on Friday, police said.",
}


@pytest.mark.slow
def test_review_api_issue14_edit_stands_after_reingestion(
    store_url: str, monkeypatch: pytest.MonkeyPatch, nlp: Any, geoparser: Any
) -> None:
    """Done when: a test edits an event through the API, re-ingests the article, and the edit stands; the audit
    trail shows it."""
    from sitroom.pipeline import Pipeline

    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    client = AsgiClient(create_app(Sitroom(store_url, pipeline=Pipeline(nlp, geoparser))))
    try:
        assert client.post("/api/articles", content=json.dumps(ARTICLE), headers=AUTH).status_code == 201
        (event,) = client.get("/api/events").json()["events"]
        fused_id = event["fused_id"]
        assert event["review"] is None and event["fatalities"]["killed"] == 8
        edit = {"action": "correct", "changes": {"fatalities": 9, "actor1": "Boko Haram"}, "reviewer": "ana"}
        r = client.post(f"/api/events/{fused_id}/review", content=json.dumps(edit), headers=AUTH)
        assert r.status_code == 200, r.text
        assert r.json()["review"]["status"] == "corrected" and r.json()["event"]["fatalities"]["killed"] == 9
        again = client.post("/api/articles", content=json.dumps(ARTICLE), headers=AUTH).json()
        assert again["articles_seen"] == 1
        version = {**ARTICLE, "title": "Gunmen kill eight in Maiduguri (updated)"}  # extracted and stored afresh
        assert client.post("/api/articles", content=json.dumps(version), headers=AUTH).json()["articles_new"] == 1
        for path in (f"/api/fused/{fused_id}", f"/api/events/{event['event_id']}"):
            body = client.get(path).json()
            record = body.get("event", body)
            assert (record["fatalities"]["killed"], record["actor1"]["name"]) == (9, "Boko Haram"), path
        export = client.get("/api/events", params={"format": "csv"}).text
        (row,) = csv.DictReader(io.StringIO(export))
        assert (row["killed"], row["review_status"], row["reviewed_fields"]) == ("9", "corrected", "actor1; fatalities")
        trail = client.get(f"/api/events/{fused_id}/reviews").json()
        changes = [(e["reviewer"], e["field"], e["before"], e["after"]) for e in trail["log"] if e["field"]]
        assert ("ana", "fatalities", 8, 9) in changes and (
            "ana",
            "actor1",
            event["actor1"]["name"],
            "Boko Haram",
        ) in changes
        assert all(e["at"] for e in trail["log"]) and trail["review"]["flags"] == []
    finally:
        client.close()


def _store_of_wire(path: str) -> str:
    """A DuckDB store holding the hand-made reports of ``test_fusion_store``: two fused events."""
    store = open_store(path)
    try:
        for item in _wire():
            store.add_article(*item)
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One store for the tests that only read it or fail before writing."""
    return _store_of_wire(str(tmp_path_factory.mktemp("review") / "shared.duckdb"))


@pytest.fixture
def db(tmp_path: Path) -> str:
    return _store_of_wire(str(tmp_path / "review.duckdb"))


def _fused_id(db: str, article_id: str) -> str:
    store = open_store(db)
    try:
        return str(next(store.events(EventQuery(fused=True, article_id=article_id)))["fused_id"])
    finally:
        store.close()


@pytest.fixture
def client(db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[AsgiClient]:
    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    c = AsgiClient(create_app(Sitroom(db)))
    yield c
    c.close()


API_ERRORS: list[tuple[str, Any, dict[str, str], int, str]] = [
    ("first", {"action": "accept"}, {}, 401, "E064"),
    ("first", {"action": "accept"}, {"Authorization": "Bearer nope"}, 401, "E064"),
    ("fnothing", {"action": "accept"}, AUTH, 404, "E060"),
    ("first", {"action": "correct", "changes": {"colour": "red"}}, AUTH, 422, "E061"),
    ("first", {"action": "correct", "changes": {"fatalities": -1}}, AUTH, 422, "E062"),
    ("first", {"action": "correct", "changes": {"date": "yesterday"}}, AUTH, 422, "E062"),
    ("first", {"action": "approve"}, AUTH, 422, "E030"),
    ("first", {"action": "accept", "by": "x"}, AUTH, 422, "E030"),
    ("first", [1], AUTH, 422, "E030"),
]


def test_review_api_errors_are_coded(shared_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _fused_id(shared_db, "first")
    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    client = AsgiClient(create_app(Sitroom(shared_db)))
    try:
        for path, body, headers, status, code in API_ERRORS:
            event_id = first if path == "first" else path
            r = client.post(f"/api/events/{event_id}/review", content=json.dumps(body), headers=headers)
            assert (r.status_code, r.json().get("code")) == (status, code), r.text
            assert "\n" not in r.json()["error"]
        assert client.get(f"/api/events/{first}/reviews").json()["log"] == []
        monkeypatch.delenv("SITROOM_TOKEN")
        r = client.post(f"/api/events/{first}/review", content='{"action": "accept"}', headers=AUTH)
        assert (r.status_code, r.json()["code"]) == (403, "E063")
    finally:
        client.close()


def test_review_api_reject_then_pending_and_history(client: AsgiClient, db: str) -> None:
    fused_id = _fused_id(db, "elsewhere")
    body = {"action": "reject", "reviewer": "ben", "note": "a market fire, not an attack"}
    assert client.post(f"/api/events/{fused_id}/review", content=json.dumps(body), headers=AUTH).status_code == 200
    listed = client.get("/api/events", params={"article_id": "elsewhere"}).json()["events"]
    assert listed[0]["review"]["status"] == "rejected"
    pending = client.get("/api/reviews").json()
    assert pending["flagged"] == [] and [e["fused_id"] for e in pending["unreviewed"]] == [_fused_id(db, "first")]
    (entry,) = client.get(f"/api/events/{fused_id}/reviews").json()["log"]
    assert (entry["reviewer"], entry["action"], entry["before"], entry["after"]) == ("ben", "reject", None, "rejected")
    assert entry["note"] == "a market fire, not an attack"
    assert client.get("/api/events/fnothing/reviews").status_code == 404


def test_review_cli_commands(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    first, elsewhere = _fused_id(db, "first"), _fused_id(db, "elsewhere")
    assert main(["review", "list", "--db", db]) == 0
    assert first in capsys.readouterr().out
    assert (
        main(["review", "correct", first, "fatalities=12", "sub_type=Armed clash", "--db", db, "--reviewer", "ana"])
        == 0
    )
    assert "corrected" in capsys.readouterr().err
    assert main(["review", "reject", elsewhere, "--db", db, "--reviewer", "ana", "--note", "duplicate"]) == 0
    assert main(["review", "accept", elsewhere, "--db", db, "--reviewer", "ben"]) == 0
    capsys.readouterr()
    assert main(["review", "history", first, "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"{first}: corrected" in out and "correct fatalities   11 -> 12" in out
    assert main(["review", "history", elsewhere, "--db", db, "--json"]) == 0
    log = json.loads(capsys.readouterr().out)["log"]
    assert [(e["reviewer"], e["action"], e["after"]) for e in log] == [
        ("ana", "reject", "rejected"),
        ("ben", "accept", "accepted"),
    ]
    assert main(["eval", "--reviewed", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "reviewed_events           2" in out and "agreement_sub_type        0.500 (1/2)" in out


CLI_ERRORS = [
    (["review", "accept", "fnothing"], "E060"),
    (["review", "correct", "FIRST", "colour=red"], "E061"),
    (["review", "correct", "FIRST", "fatalities"], "E061"),
    (["review", "correct", "FIRST", "type=War"], "E062"),
    (["eval"], "E030"),
]


def test_review_cli_errors_are_one_line(shared_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    first = _fused_id(shared_db, "first")
    for args, code in CLI_ERRORS:
        assert main([first if a == "FIRST" else a for a in args] + ["--db", shared_db]) == 1, args
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and f"[{code}]" in err and "Traceback" not in err, err
