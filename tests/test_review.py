"""Human review in the store, on DuckDB and PostgreSQL alike (issue 14 item 2): corrections stand over the machine's
values in every read and export whatever is ingested later, every change is logged, reviews follow merges, and a
split or a conflicting later report is flagged; ``sitroom eval --reviewed`` scores the machine against them."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from sitroom.errors import UsageError
from sitroom.evaluate.reviewed import score_reviewed
from sitroom.export import export_file, write_records
from sitroom.model import Actor, Article, Casualties, Event, Location
from sitroom.review import ReviewDesk, parse_assignments
from sitroom.store import open_store
from sitroom.store.base import EventQuery, Store
from tests.fusion_cases import bridged, one_event_article
from tests.test_schema import shipped_schema

DAY = date(2024, 5, 10)
GUSAU: dict[str, Any] = {
    "location": Location("Gusau", 12.17, 6.66, "NGA", admin1="Zamfara"),
    "actor1": Actor("bandits", "Bandits", "NGA", None, 3),
    "fatalities": Casualties(killed=31),
}


def _wire() -> list[tuple[Article, list[Event]]]:
    """Three reports of one attack in Maiduguri (first 8 dead, then 11, then retold a month later), and a market
    attack in Gusau: two fused events."""
    later = date(2024, 6, 9)
    return [
        one_event_article("first", DAY, "Gunmen killed 8 villagers near Maiduguri.", fatalities=Casualties(killed=8)),
        one_event_article(
            "update",
            date(2024, 5, 11),
            "Toll rises to 11 in the Maiduguri attack.",
            date=DAY,
            fatalities=Casualties(killed=11),
        ),
        one_event_article(
            "retold",
            later,
            "Last month gunmen killed 11 villagers near Maiduguri.",
            date=DAY,
            fatalities=Casualties(killed=11),
        ),
        one_event_article(
            "elsewhere",
            DAY,
            "Bandits stormed a market in Gusau, killing 30.",
            **{**GUSAU, "fatalities": Casualties(killed=30)},
        ),
    ]


@pytest.fixture
def duck(tmp_path: Path) -> Iterator[Store]:
    """A DuckDB store, for what does not depend on the backend (checks, exports, scoring)."""
    s = open_store(str(tmp_path / "review.duckdb"))
    yield s
    s.close()


def _fused(store: Store, article_id: str) -> dict[str, Any]:
    return next(store.events(EventQuery(fused=True, article_id=article_id)))


def test_review_correction_stands_over_every_read(store: Store) -> None:
    wire = _wire()
    store.add_article(*wire[0])
    fused_id = _fused(store, "first")["fused_id"]
    desk = ReviewDesk(store)
    changes = {"fatalities": "9", "sub_type": "Abduction/forced disappearance", "place": "Konduga"}
    desk.act(fused_id, "correct", changes, "ana", "two more bodies found")
    fused = _fused(store, "first")
    report = next(store.events(EventQuery(article_id="first")))
    for record in (fused, report, store.fused_event(fused_id), store.event(report["event_id"])):
        assert record is not None
        assert record["fatalities"]["killed"] == 9
        assert record["acled_sub_event_type"] == "Abduction/forced disappearance"
        assert record["location"]["name"] == "Konduga" and record["location"]["lat"] == 11.85
        assert record["review"]["status"] == "corrected"
        assert record["review"]["corrected"] == ["fatalities", "place", "sub_type"]
    assert fused["review"]["machine"] == {"fatalities": 8, "place": "Maiduguri", "sub_type": "Attack"}
    article = store.article("first")
    assert article is not None and article["events"][0]["review"]["reviewer"] == "ana"
    assert store.machine_record(fused_id)["fatalities"]["killed"] == 8  # type: ignore[attr-defined]
    log = desk.history(report["event_id"])["log"]  # a report's event id names its fused event
    assert [(r["action"], r["field"], r["before"], r["after"], r["reviewer"]) for r in log] == [
        ("correct", "sub_type", "Attack", "Abduction/forced disappearance", "ana"),
        ("correct", "place", "Maiduguri", "Konduga", "ana"),
        ("correct", "fatalities", 8, 9, "ana"),
        ("correct", None, None, "corrected", "ana"),
    ]
    assert log[0]["note"] == "two more bodies found" and log[0]["at"]
    Draft202012Validator(shipped_schema()).validate({k: v for k, v in report.items() if k != "title"})


def test_review_issue14_reingestion_never_overwrites_a_reviewed_field(store: Store) -> None:
    """The same article again changes nothing; a new version is extracted afresh, and the correction stands."""
    first = _wire()[0]
    store.add_article(*first)
    fused_id = _fused(store, "first")["fused_id"]
    ReviewDesk(store).act(fused_id, "correct", {"fatalities": 9, "actor1": "Boko Haram"}, "ana")
    assert not store.add_article(*first)
    again = (dataclasses.replace(first[0], title="Gunmen kill 8 (updated)"), first[1])  # a new version
    assert store.add_article(*again)  # its events replace the old ones
    fused = _fused(store, "first")
    assert fused["fused_id"] == fused_id
    assert (fused["fatalities"]["killed"], fused["actor1"]["name"]) == (9, "Boko Haram")
    history = ReviewDesk(store).history(fused_id)
    assert history["review"]["flags"] == []  # the report came back, repeating the machine's value: no news
    assert [r["after"] for r in history["log"] if r["action"] == "correct" and r["field"]] == ["Boko Haram", 9]


def test_review_accept_pins_every_field_and_flags_a_conflicting_report(store: Store) -> None:
    wire = _wire()
    store.add_article(*wire[0])
    fused_id = _fused(store, "first")["fused_id"]
    desk = ReviewDesk(store)
    desk.act(fused_id, "accept", None, "ana")
    store.add_article(*wire[1])  # the toll rises to 11: the machine would now say 11
    fused = store.fused_event(fused_id)
    assert fused is not None and fused["report_count"] == 2
    assert fused["fatalities"]["killed"] == 8 and fused["review"]["status"] == "accepted"
    (flag,) = fused["review"]["flags"]
    assert (flag["kind"], flag["field"], flag["value"], flag["reviewed"]) == ("conflict", "fatalities", 11, 8)
    assert [r["fused_id"] for r in desk.pending()["flagged"]] == [fused_id]
    desk.act(fused_id, "correct", {"fatalities": 11}, "ben")  # the reviewer resolves it: the machine was right
    assert desk.pending()["flagged"] == []
    assert [r["action"] for r in desk.history(fused_id)["log"]] == ["accept", "flag", "correct", "resolve"]
    assert desk.history(fused_id)["review"]["status"] == "accepted"


def test_review_follows_the_surviving_id_of_a_merge(store: Store) -> None:
    a, b, bridge = bridged(DAY)
    store.add_article(*a)
    store.add_article(*b)
    older, newer = _fused(store, "a")["fused_id"], _fused(store, "b")["fused_id"]
    desk = ReviewDesk(store)
    desk.act(newer, "correct", {"fatalities": 14}, "ana")
    store.add_article(*bridge)
    assert store.count_events(EventQuery(fused=True)) == 1
    merged = store.fused_event(older)
    assert merged is not None and merged["fatalities"]["killed"] == 14
    assert [f["kind"] for f in merged["review"]["flags"]] == ["merged"]
    history = desk.history(newer)  # the merged id answers with the survivor's review and log
    assert history["fused_id"] == older
    assert [r["action"] for r in history["log"]] == ["correct", "correct", "flag"]


def test_review_an_event_merged_into_a_reviewed_one_is_flagged(duck: Store) -> None:
    a, b, bridge = bridged(DAY)
    duck.add_article(*a)
    duck.add_article(*b)
    older, newer = _fused(duck, "a")["fused_id"], _fused(duck, "b")["fused_id"]
    ReviewDesk(duck).act(older, "reject", None, "ana")
    duck.add_article(*bridge)
    flags = ReviewDesk(duck).history(older)["review"]["flags"]
    assert [(f["kind"], f.get("other")) for f in flags] == [("merged", newer)]


def test_review_split_flags_a_report_that_left(store: Store) -> None:
    wire = _wire()
    for item in wire[:2]:
        store.add_article(*item)
    fused_id = _fused(store, "first")["fused_id"]
    ReviewDesk(store).act(fused_id, "reject", None, "ana")
    changed = one_event_article("update", date(2024, 5, 11), "Toll rises to 11 in a Kano attack.", location=None)
    changed[1][0].plover_event = "PROTEST"
    store.add_article(*changed)
    fused = store.fused_event(fused_id)
    assert fused is not None and fused["report_count"] == 1 and fused["review"]["status"] == "rejected"
    (flag,) = fused["review"]["flags"]
    assert (flag["kind"], flag["other"]) == ("split", None)  # the new version no longer reports it
    gusau = _wire()[3]
    store.add_article(*gusau)
    gone = _fused(store, "elsewhere")["fused_id"]
    desk = ReviewDesk(store)
    desk.act(gone, "accept", None, "ana")
    store.add_article(
        *one_event_article("elsewhere", DAY, "Bandits stormed a market in Gusau, killing 31 people.", **GUSAU)
    )
    assert store.fused_event(gone) is None  # all its reports left: the review waits, flagged, under its old id
    assert [f["kind"] for f in desk.history(gone)["review"]["flags"]] == ["split"]
    assert gone in [r["fused_id"] for r in desk.pending()["flagged"]]
    with pytest.raises(UsageError, match="no such event"):
        desk.act(gone, "accept", None, "ana")


BAD_CHANGES: list[tuple[dict[str, Any], str]] = [
    ({"colour": "red"}, "E061"),
    ({"type": "Skirmish"}, "E062"),
    ({"sub_type": "Dance"}, "E062"),
    ({"type": "Battles", "sub_type": "Attack"}, "E062"),
    ({"type": "Battles"}, "E062"),  # the event's sub-type (Attack) is not a Battles one
    ({"date": "2024-02-30"}, "E062"),
    ({"date": "10/05/2024"}, "E062"),
    ({"fatalities": "-3"}, "E062"),
    ({"fatalities": True}, "E062"),
    ({"lat": "95"}, "E062"),
    ({"country": "Nigeria"}, "E062"),
    ({}, "E030"),
]


def test_review_bad_changes_are_coded_one_line_errors(duck: Store) -> None:
    duck.add_article(*_wire()[0])
    fused_id = _fused(duck, "first")["fused_id"]
    for changes, code in BAD_CHANGES:
        with pytest.raises(UsageError) as caught:
            ReviewDesk(duck).act(fused_id, "correct", changes, "ana")
        assert caught.value.code == code and "\n" not in str(caught.value), changes
    assert ReviewDesk(duck).history(fused_id)["log"] == []


def test_review_unknown_event_is_e060(duck: Store) -> None:
    with pytest.raises(UsageError) as caught:
        ReviewDesk(duck).act("fnothing", "accept", None, "ana")
    assert caught.value.code == "E060"


def test_review_parse_assignments() -> None:
    assert parse_assignments(["sub_type=Armed clash", "date=2024-05", "actor2=", "lat=11.5"]) == {
        "sub_type": "Armed clash",
        "type": "Battles",
        "date": "2024-05",
        "actor2": None,
        "lat": 11.5,
    }
    with pytest.raises(UsageError, match="no review field"):
        parse_assignments(["fatalities"])


def test_review_exports_say_which_rows_were_reviewed(duck: Store, tmp_path: Path) -> None:
    for item in _wire():
        duck.add_article(*item)
    desk = ReviewDesk(duck)
    desk.act(_fused(duck, "elsewhere")["fused_id"], "reject", None, "ana")
    desk.act(_fused(duck, "first")["fused_id"], "correct", {"date": "2024-05-09"}, "ana")
    out = io.StringIO()
    write_records(duck.events(EventQuery(fused=True, order="date_asc")), "csv", out)
    rows = {r["article_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["elsewhere"]["review_status"] == "rejected"
    assert (rows["first"]["review_status"], rows["first"]["reviewed_fields"]) == ("corrected", "date")
    assert rows["first"]["date"] == "2024-05-09"
    out = io.StringIO()
    write_records(duck.events(EventQuery()), "acled", out)
    tags = [r["tags"] for r in csv.DictReader(io.StringIO(out.getvalue()))]
    assert sorted(t for t in tags if "reviewed" in t) == ["reviewed: corrected"] * 3 + ["reviewed: rejected"]
    out = io.StringIO()
    write_records(duck.events(EventQuery(article_id="update")), "jsonl", out)
    assert json.loads(out.getvalue())["review"]["fields"] == ["date"]
    duckdb = pytest.importorskip("duckdb")
    export_file(duck.events(EventQuery(fused=True)), "parquet", tmp_path / "e.parquet")
    found = duckdb.sql(f"SELECT review_status FROM '{tmp_path / 'e.parquet'}' ORDER BY 1 NULLS LAST").fetchall()
    assert found == [("corrected",), ("rejected",)]


def test_review_eval_scores_the_machine_against_reviewed_rows(duck: Store) -> None:
    for item in _wire():
        duck.add_article(*item)
    duck.add_article(
        *one_event_article(
            "third",
            date(2024, 6, 1),
            "Soldiers clashed with rebels in Gwoza.",
            location=Location("Gwoza", 11.08, 13.69, "NGA", admin1="Borno"),
            actor1=Actor("soldiers", "Military Forces of Nigeria", "NGA", "MIL", 1),
        )
    )
    desk = ReviewDesk(duck)
    desk.act(_fused(duck, "elsewhere")["fused_id"], "reject", None, "ana")
    desk.act(_fused(duck, "first")["fused_id"], "accept", None, "ana")
    desk.act(_fused(duck, "third")["fused_id"], "correct", {"sub_type": "Armed clash", "place": "gwoza"}, "ana")
    metrics = score_reviewed(duck)  # type: ignore[arg-type]
    assert metrics["reviewed_events"] == 3 and metrics["rejected_false_positives"] == 1
    assert (metrics["accepted"], metrics["corrected"], metrics["precision"]) == (1, 1, 0.667)
    assert metrics["agreement_sub_type"] == "0.500 (1/2)"  # accepted Attack agrees; Armed clash does not
    assert metrics["agreement_type"] == "0.500 (1/2)"  # the sub-type's type, Battles, was corrected too
    assert metrics["agreement_place"] == "1.000 (2/2)"  # case and spacing aside, Gwoza is Gwoza
    assert metrics["agreement_fatalities"] == "1.000 (1/1)"
