"""Agreement tracking (issue 12, item 4): reading one article, tracking story lines, storing on DuckDB and
PostgreSQL, the CLI and the API. The story lines are written for these tests (not the dev gold's)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from sitroom.agreements import AgreementBook, find_actors, read_article
from sitroom.agreements.ingest import note_article, track_stored
from sitroom.agreements.model import AgreementState
from sitroom.agreements.track import add_period
from sitroom.agreements.violations import link_violation
from sitroom.api import create_app
from sitroom.cli import main
from sitroom.core import Sitroom
from sitroom.model import Article
from sitroom.store import open_store
from sitroom.testing.live import AsgiClient

# A truce story: concluded with mediators and a period, breached, renewed from the end of its period, expired,
# and an article that repeats the expiry.
SUDAN = [
    (
        "sd-1",
        "2023-05-20",
        "JEDDAH, May 20 - Sudan's army and the paramilitary Rapid Support Forces signed a week-long ceasefire "
        "agreement on Saturday in talks brokered by Saudi Arabia and the United States, the two mediators said. The "
        "truce will take effect at 9:45 p.m. on Monday, May 22, and will be monitored by a mechanism including "
        "representatives of both sides. The parties committed to allow humanitarian aid deliveries and to withdraw "
        "from hospitals and other civilian facilities.",
    ),
    (
        "sd-2",
        "2023-05-25",
        "KHARTOUM, May 25 - Sudan's army said fighters of the Rapid Support Forces attacked its positions in "
        "Omdurman on Wednesday, killing four soldiers, in a breach of the week-long truce. There was no comment from "
        "the RSF.",
    ),
    (
        "sd-3",
        "2023-05-29",
        "JEDDAH, May 29 - Sudan's army and the Rapid Support Forces agreed on Monday to extend the ceasefire for five "
        "days, Saudi Arabia and the United States said.",
    ),
    (
        "sd-4",
        "2023-06-03",
        "JEDDAH, June 3 - The ceasefire between Sudan's army and the Rapid Support Forces expired on Saturday "
        "evening after the mediators failed to secure another extension.",
    ),
    (
        "sd-5",
        "2023-06-05",
        "KHARTOUM, June 5 - The truce between Sudan's army and the Rapid Support Forces lapsed on Saturday without "
        "being renewed, diplomats said.",
    ),
]

# A peace deal and, ten days on, a declaration on implementing it: two agreements of one story line.
ETHIOPIA = [
    (
        "et-1",
        "2022-11-02",
        "PRETORIA, Nov 2 - Ethiopia's government and the Tigray People's Liberation Front signed a peace agreement "
        "on Wednesday to end two years of war, the African Union said. Under the deal, Tigrayan forces will disarm "
        "and federal authority will be restored in the regional capital Mekelle. The agreement also provides for "
        "humanitarian access and the restoration of services such as electricity and banking.",
    ),
    (
        "et-2",
        "2022-11-12",
        "NAIROBI, Nov 12 - Ethiopian and Tigrayan military commanders signed a declaration on Saturday on how to "
        "implement the peace agreement, the African Union said.",
    ),
]


# A truce named by its sides ("between X and Y"), in force from a day already past, renewed, then broken off by
# strikes on one side and accusations against the other.
GAZA = [
    (
        "gz-1",
        "2023-11-25",
        "A four-day truce between Israel and Hamas took effect in Gaza at 7 a.m. local time on Friday, and the first "
        "hostages were freed in exchange for Palestinian prisoners. The deal, mediated by Qatar with Egypt and the "
        "United States, can be extended by a day for every further ten hostages freed.",
    ),
    (
        "gz-2",
        "2023-11-27",
        "GAZA, Nov 27 - Israel and Hamas agreed on Monday to extend their truce by two days, Qatar said.",
    ),
    (
        "gz-3",
        "2023-12-01",
        "GAZA, Dec 1 - The truce between Israel and Hamas collapsed on Friday as Israeli air strikes killed at least "
        "178 people in Gaza, the Gaza health ministry said. Israel accused Hamas of firing rockets at Israel early on "
        "Friday in violation of the truce.",
    ),
]


def _book(story: list[tuple[str, str, str]]) -> tuple[AgreementBook, list[dict[str, Any]]]:
    book = AgreementBook()
    for article_id, published, text in story:
        book.add(article_id, text, date.fromisoformat(published))
    return book, book.records()


def _of(records: list[dict[str, Any]], article_id: str, kind: str) -> list[dict[str, Any]]:
    return [r for r in records if r["article_id"] == article_id and r["type"] == kind]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Sudan's army and the Rapid Support Forces agreed.", ["SDN", "RSF"]),
        ("the Iran-aligned Houthi movement said", ["IRN", "Houthis"]),
        ("the U.N. envoy and the UN said", ["UN", "UN"]),
        ("let us go to the un office", []),
        ("Ethnic Armenian forces in Nagorno-Karabakh", ["NKR"]),
    ],
)
def test_agreements_find_actors_codes(text: str, codes: list[str]) -> None:
    assert [a.code for a in find_actors(text)] == codes


def test_agreements_read_kind_act_dates_and_terms() -> None:
    _, published, text = SUDAN[0]
    reading = read_article(text, date.fromisoformat(published))
    assert [m.kind for m in reading.mentions if m.kind] == ["ceasefire", "truce"]
    facts = {(f.what, f.when) for f in reading.facts}
    assert ("act", date(2023, 5, 20)) in facts
    assert ("effective", date(2023, 5, 22)) in facts
    assert {str(f.value) for f in reading.facts if f.what == "mediator"} == {"SAU", "USA"}
    assert {f.value for f in reading.facts if f.what == "duration"} == {(1, "week")}
    terms = {f.value for f in reading.facts if f.what == "term"}
    assert {"ceasefire", "monitoring mechanism", "humanitarian access", "withdrawal from facilities"} <= terms


def test_agreements_read_a_proposal_is_no_act_and_no_renewal() -> None:
    text = "The envoy put to the parties a proposal to extend the truce for six months and release detainees."
    reading = read_article(text, date(2022, 10, 2))
    assert not [f for f in reading.facts if f.what in ("act", "extended", "term")]


def test_agreements_track_truce_story_line() -> None:
    _, records = _book(SUDAN)
    first = _of(records, "sd-1", "agreement")[0]
    assert first["parties"] == ["SDN", "RSF"] and first["mediators"] == ["SAU", "USA"]
    assert (first["signed"], first["effective"], first["expires"]) == ("2023-05-20", "2023-05-22", "2023-05-29")
    statuses = [_of(records, a, "agreement")[0]["status"] for a, _, _ in SUDAN]
    assert statuses == ["in force", "violated", "extended", "expired", "expired"]
    assert len({r["agreement_id"] for r in records if r["type"] == "agreement"}) == 1
    assert _of(records, "sd-3", "agreement")[0]["expires"] == "2023-06-03"  # May 29 + five days
    breach = _of(records, "sd-2", "violation")[0]
    assert (breach["date"], breach["by"], breach["killed"], breach["alleged"]) == ("2023-05-24", ["RSF"], 4, True)
    assert breach["place"] == "Omdurman"
    assert [_of(records, a, "article")[0]["stale"] for a, _, _ in SUDAN] == [False, False, False, False, True]


def test_agreements_track_implementation_declaration_is_its_own_agreement() -> None:
    _, records = _book(ETHIOPIA)
    deal = _of(records, "et-1", "agreement")[0]
    assert deal["kind"] == "peace agreement" and deal["mediators"] == ["AU"]
    assert {"disarmament", "federal authority restored", "restoration of services"} <= set(deal["terms"])
    second = {r["kind"]: r for r in _of(records, "et-2", "agreement")}
    assert set(second) == {"implementation agreement", "peace agreement"}
    assert second["peace agreement"]["agreement_id"] == deal["agreement_id"]
    assert second["implementation agreement"]["parties"] == ["ETH", "TPLF"]


def test_agreements_track_truce_named_by_its_sides() -> None:
    _, records = _book(GAZA)
    first = _of(records, "gz-1", "agreement")[0]
    assert first["parties"] == ["ISR", "Hamas"] and first["mediators"] == ["EGY", "QAT", "USA"]
    # took effect on the Friday before publication, four days; "can be extended" is no renewal
    assert (first["signed"], first["effective"], first["expires"], first["status"]) == (
        "2023-11-24",
        "2023-11-24",
        "2023-11-28",
        "in force",
    )
    assert "prisoner exchange" in first["terms"]
    assert _of(records, "gz-2", "agreement")[0]["expires"] == "2023-11-30"  # two days from the end of the period
    assert _of(records, "gz-3", "agreement")[0]["status"] == "collapsed"
    breaches = {tuple(v["by"]): v for v in _of(records, "gz-3", "violation")}
    assert breaches[("ISR",)]["killed"] == 178 and not breaches[("ISR",)]["alleged"]
    assert breaches[("Hamas",)]["alleged"]  # Israel's word only


def test_agreements_track_other_agreements_are_not_this_one() -> None:
    text = (
        "Sudan's army and the Rapid Support Forces signed an agreement on Saturday for a seven-day ceasefire. Unlike "
        "earlier truces announced by the warring parties, which collapsed within hours, it will be monitored."
    )
    outcome = AgreementBook().add("x", text, date(2023, 5, 21))
    (agreement,) = outcome.agreements
    assert agreement.status == "in force" and agreement.parties == ["SDN", "RSF"]


def test_agreements_track_wounded_only_is_zero_killed_and_the_accusers_word_stays_alleged() -> None:
    story = [
        (
            "kt-1",
            "2022-09-16",
            "BISHKEK, Sept 16 - Kyrgyzstan and Tajikistan agreed on Friday to a ceasefire along their disputed "
            "border after two days of clashes, Kyrgyzstan's security service said.",
        ),
        (
            "kt-2",
            "2022-09-17",
            "BISHKEK, Sept 17 - Kyrgyzstan's border service said Tajik forces shelled Kyrgyz positions near the "
            "village of Kapchygai in the Batken region on Saturday morning, violating the ceasefire agreed a day "
            "earlier. Tajikistan blamed Kyrgyz forces for the shooting. Two Kyrgyz border guards were wounded, the "
            "border service said.",
        ),
    ]
    _, records = _book(story)
    (breach,) = _of(records, "kt-2", "violation")
    assert (breach["date"], breach["by"], breach["killed"], breach["alleged"]) == ("2022-09-17", ["TJK"], 0, True)
    assert breach["place"] == "Batken"


def test_agreements_track_the_army_is_the_state_party() -> None:
    """ "The army" is the agreement's one state party; the accuser's word stays alleged."""
    story = [
        SUDAN[0],
        (
            "sd-x",
            "2023-05-25",
            "KHARTOUM, May 25 - The RSF accused the army of shelling its positions in Omdurman on Wednesday, killing "
            "three fighters, in violation of the truce.",
        ),
    ]
    _, records = _book(story)
    (breach,) = _of(records, "sd-x", "violation")
    assert (breach["by"], breach["killed"], breach["alleged"]) == (["SDN"], 3, True)


def test_agreements_track_a_planned_end_passed_is_an_expiry_and_later_fighting_no_breach() -> None:
    story = [
        *SUDAN[:2],
        (
            "sd-y",
            "2023-06-14",
            "KHARTOUM, June 14 - The army said Rapid Support Forces fighters attacked its base in Omdurman on "
            "Tuesday, two weeks after the week-long ceasefire ran its course.",
        ),
    ]
    _, records = _book(story)
    (state,) = _of(records, "sd-y", "agreement")
    assert state["status"] == "expired" and state["expires"] == "2023-05-29"
    assert _of(records, "sd-y", "violation") == []


def test_agreements_track_a_new_truce_after_one_collapsed_is_another_agreement() -> None:
    story = [
        (
            "m-1",
            "2020-10-10",
            "Armenia and Azerbaijan agreed on Saturday to a humanitarian ceasefire in Nagorno-Karabakh, Russia said.",
        ),
        (
            "m-2",
            "2020-10-17",
            "Armenia and Azerbaijan agreed on Saturday to a new humanitarian ceasefire from midnight, a week after "
            "the first one collapsed.",
        ),
    ]
    _, records = _book(story)
    assert len({r["agreement_id"] for r in records if r["type"] == "agreement"}) == 2
    assert [r["signed"] for r in _of(records, "m-2", "agreement")] == ["2020-10-17"]


def test_agreements_track_reingestion_gives_the_same_ids() -> None:
    _, first = _book(SUDAN)
    _, second = _book(SUDAN)
    assert first == second


def test_agreements_link_violation_needs_a_party_and_the_agreement_in_force() -> None:
    a = AgreementState("agr-x", "ceasefire", ["ARM", "AZE"], effective=date(2020, 11, 10))
    assert link_violation(date(2020, 11, 9), {"AZE"}, set(), [a]) is None  # before it took effect
    assert link_violation(date(2020, 12, 1), {"RUS"}, set(), [a]) is None  # not a party
    found = link_violation(date(2020, 12, 1), set(), {"AZE"}, [a])  # victims only: their adversary is accused
    assert found is not None and found[1] == {"ARM"}
    a.ended = date(2020, 11, 20)
    assert link_violation(date(2020, 12, 1), {"AZE"}, set(), [a]) is None  # after it ended


@pytest.mark.parametrize(
    ("start", "span", "end"),
    [(date(2022, 4, 2), (2, "month"), date(2022, 6, 2)), (date(2023, 1, 31), (1, "month"), date(2023, 2, 28))],
)
def test_agreements_add_period(start: date, span: tuple[int, str], end: date) -> None:
    assert add_period(start, span) == end


def _store_story(url: str, story: list[tuple[str, str, str]]) -> None:
    store = open_store(url)
    try:
        for article_id, published, text in story:
            article = Article(article_id, text, date.fromisoformat(published))
            assert store.add_article(article, [])
            assert note_article(store, article, []) is not None
    finally:
        store.close()


def test_agreements_store_round_trip(store_url: str) -> None:
    """The same records from the store as from memory, on DuckDB and on PostgreSQL; reopening keeps them."""
    _store_story(store_url, SUDAN)
    _, expected = _book(SUDAN)
    core = Sitroom(store_url, create=False)
    try:
        assert list(core.agreement_records()) == expected
        (summary,) = core.agreements()
        assert (summary["status"], summary["violations_alleged"], summary["violations_confirmed"]) == ("expired", 1, 0)
        assert [r["status"] for r in summary["reports"]] == ["in force", "violated", "extended", "expired", "expired"]
        detail = core.agreement(summary["agreement_id"])
        assert detail is not None and detail["violations"][0]["reports"] == ["sd-2"]
    finally:
        core.close()


def test_agreements_track_stored_reads_older_articles(tmp_path: Any) -> None:
    """A store ingested before agreements were tracked: ``track_stored`` reads its articles in publication order."""
    url = str(tmp_path / "old.duckdb")
    store = open_store(url)
    try:
        for article_id, published, text in reversed(SUDAN):
            store.add_article(Article(article_id, text, date.fromisoformat(published)), [])
        assert track_stored(store) == len(SUDAN)
        assert track_stored(store) == 0
        records = list(store.agreement_records())  # type: ignore[attr-defined]
    finally:
        store.close()
    _, expected = _book(SUDAN)
    assert records == expected


def test_agreements_ingest_in_any_order_tracks_in_publication_order(tmp_path: Any) -> None:
    """Articles stored newest first are tracked in publication order; one older than those tracked arriving later
    makes the tracker read everything again: the records are those of ingesting in order."""
    url = str(tmp_path / "order.duckdb")
    store = open_store(url)
    try:
        for article_id, published, text in reversed(SUDAN[1:]):
            store.add_article(Article(article_id, text, date.fromisoformat(published)), [])
        track_stored(store)
        article_id, published, text = SUDAN[0]
        store.add_article(Article(article_id, text, date.fromisoformat(published)), [])
        assert store.agreements_out_of_order()  # type: ignore[attr-defined]
        track_stored(store)
        records = list(store.agreement_records())  # type: ignore[attr-defined]
    finally:
        store.close()
    _, expected = _book(SUDAN)
    assert records == expected


def test_agreements_issue12_a_failing_read_is_recorded_and_the_ingest_goes_on(tmp_path: Any) -> None:
    """Reading one article for agreements raises: it is recorded (E019), marked read, and the next ones are read."""

    def broken(names: Any, countries: Any) -> None:
        raise RuntimeError("gazetteer unavailable")

    store = open_store(str(tmp_path / "e019.duckdb"))
    try:
        for article_id, published, text in SUDAN[:3]:
            store.add_article(Article(article_id, text, date.fromisoformat(published)), [])
        assert track_stored(store, locate=broken) == 2  # sd-2 reports a breach: placing it fails
        assert [r["code"] for r in store.rejections()] == ["E019"]
        assert "gazetteer unavailable" in store.rejections()[0]["reason"]
        records = list(store.agreement_records())  # type: ignore[attr-defined]
        assert [r["stale"] for r in records if r["type"] == "article"] == [False, False, False]
        assert track_stored(store) == 0
    finally:
        store.close()


def test_agreements_cli_jsonl_and_table(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.duckdb")
    _store_story(db, ETHIOPIA)
    assert main(["agreements", "--db", db, "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["type"] for x in lines] == ["agreement", "article", "agreement", "agreement", "article"]
    assert main(["agreements", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "implementation" in table and "ETH, TPLF (AU)" in table


def test_agreements_api(tmp_path: Any) -> None:
    db = str(tmp_path / "api.duckdb")
    _store_story(db, SUDAN)
    client = AsgiClient(create_app(Sitroom(db)))
    try:
        body = client.get("/api/agreements").json()
        (agreement,) = body["agreements"]
        assert agreement["violations_alleged"] == 1
        records = client.get("/api/agreements", params={"format": "records"}).json()["records"]
        assert sum(r["type"] == "article" for r in records) == len(SUDAN)
        one = client.get(f"/api/agreements/{agreement['agreement_id']}").json()
        assert one["violations"][0]["date"] == "2023-05-24"
        assert client.get("/api/agreements/nope").status_code == 404
        assert client.get("/api/agreements", params={"format": "xml"}).status_code == 422
    finally:
        client.close()
