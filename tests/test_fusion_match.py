"""The rule that says two reports are one event, and the rules that decide a fused event from its reports."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitroom.fusion import fused_record, match_reason, report_from_record, reported_late_days
from sitroom.fusion.match import Report, families_meeting, family_of, shift, specific_actor


def _record(event_id: str, article_id: str, **kw: Any) -> dict[str, Any]:
    """A report as the store reads it: an event record with its article's date and source."""
    record: dict[str, Any] = {
        "event_id": event_id,
        "article_id": article_id,
        "salience_rank": 0,
        "plover_event": "ASSAULT",
        "acled_sub_event_type": "Attack",
        "actor1": {"text": "gunmen", "name": "Unidentified Armed Group (Nigeria)", "country": "NGA", "sector": "UAG"},
        "actor2": None,
        "other_actors": [],
        "date": "2024-05-10",
        "date_precision": "day",
        "date_anchor": "text",
        "location": {"name": "Maiduguri", "lat": 11.85, "lon": 13.16, "country": "NGA", "precision": "point"},
        "fatalities": {"killed": 12},
        "evidence": {"sentence": "Gunmen killed 12 villagers near Maiduguri on 10 May.", "start": 0, "end": 52},
        "published": "2024-05-11",
        "source": "Wire A",
    }
    record.update(kw)
    return record


def _report(record: dict[str, Any]) -> Report:
    return report_from_record(record, date.fromisoformat(record["published"]))


BASE = _record("e1", "a1")


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({}, True),
        ({"fatalities": {"killed": 14}}, True),  # a rising toll is the same event
        ({"date": "2024-05-11"}, True),  # a day apart: time zones, "overnight"
        ({"date": "2024-05-13"}, False),
        ({"date_anchor": "fallback", "date": "2024-05-11", "published": "2024-05-11"}, True),  # published next day
        ({"plover_event": "PROTEST"}, False),  # another type family
        ({"location": {"name": "Kano", "lat": 12.0, "lon": 8.52, "country": "NGA", "precision": "point"}}, False),
        (  # another country, and nothing else ties them: neither actors nor toll nor words
            {
                "location": {"name": "Niger", "lat": 13.5, "lon": 2.1, "country": "NER", "precision": "country"},
                "actor1": None,
                "fatalities": {"killed": 3},
                "evidence": {"sentence": "Soldiers died in an ambush.", "start": 0, "end": 27},
            },
            False,
        ),
        ({"fatalities": {"killed": 300}}, False),  # more than five times the toll
        ({"actor1": {"name": "Boko Haram", "country": "NGA", "sector": "REB"}}, True),  # a name against a kind
        (  # same day and country, nothing else in common: a coder would not join them
            {
                "location": {"name": "Nigeria", "lat": 9.0, "lon": 8.0, "country": "NGA", "precision": "country"},
                "fatalities": {"killed": None},
                "evidence": {"sentence": "Violence flared again.", "start": 0, "end": 22},
            },
            False,
        ),
    ],
)
def test_fusion_match_rule(change: dict[str, Any], same: bool) -> None:
    other = _record("e2", "a2", **change)
    reason = match_reason(_report(BASE), _report(other))
    assert (reason is not None) is same, reason
    assert (match_reason(_report(other), _report(BASE)) is not None) is same  # symmetric


def test_fusion_match_never_within_one_article() -> None:
    assert match_reason(_report(BASE), _report(_record("e2", "a1"))) is None


def test_fusion_match_specific_actors_must_agree() -> None:
    iswap = {"name": "Islamic State West Africa Province", "country": "NGA", "sector": "REB"}
    boko = {"name": "Boko Haram", "country": "NGA", "sector": "REB"}
    a, b = _record("e1", "a1", actor1=iswap), _record("e2", "a2", actor1=boko)
    assert match_reason(_report(a), _report(b)) is None
    assert match_reason(_report(a), _report(_record("e3", "a3", actor1=iswap))) is not None


def test_fusion_match_daily_tolls_of_two_days_are_two_events() -> None:
    """Two reports that each date the event themselves, a day apart, with different tolls: two days' tolls."""
    a = _record("e1", "a1", date="2014-07-17", fatalities={"killed": 314})
    b = _record("e2", "a2", date="2014-07-18", fatalities={"killed": 396}, published="2014-07-19")
    assert match_reason(_report(a), _report(b)) is None


def test_fusion_match_recap_weeks_later_by_its_figures() -> None:
    """A retrospective that resolves "a day after" against its own publication still joins the event when it
    repeats the toll and a second figure; one figure alone does not."""
    first = _record("e1", "a1", fatalities={"killed": 200, "injured": 400}, date="2023-09-20", published="2023-09-22")
    recap = _record("e2", "a2", fatalities={"killed": 200, "injured": 400}, date="2023-11-08", published="2023-11-09")
    recap["date_anchor"] = "publication"
    assert match_reason(_report(recap), _report(first)) == "recap: toll 200 ~ 200"
    alone = {**recap, "fatalities": {"killed": 200, "injured": 50}}
    assert match_reason(_report(alone), _report(first)) is None


def test_fusion_report_round_trips_through_an_index_row() -> None:
    report = _report(BASE)
    assert Report.from_row(report.to_row()) == report


def test_fusion_shift_stays_within_the_calendar() -> None:
    assert shift(date.max, 3) == date.max and shift(date.min, -3) == date.min
    assert shift(date(2024, 1, 1), -1) == date(2023, 12, 31)


def test_fusion_fused_record_rules() -> None:
    """Date from the reports that date the event in their text; best toll from the latest report (a rising toll,
    never summed), low and high across reports; the place most precise; conflicts flagged; late reports marked."""
    early = _record("e1", "a1", fatalities={"killed": 9}, published="2024-05-10", date="2024-05-10")
    later = _record("e2", "a2", fatalities={"killed": 14}, published="2024-05-12", date="2024-05-11")
    recap = _record(
        "e3",
        "a3",
        fatalities={"killed": 12},
        published="2024-06-30",
        date="2024-06-29",
        date_anchor="publication",
        location={"name": "Borno", "lat": 11.5, "lon": 13.0, "country": "NGA", "precision": "admin1"},
    )
    record = fused_record("fx", [recap, later, early])
    assert record["fatalities"]["killed"] == 12  # the latest report's toll
    assert (record["fatalities"]["killed_low"], record["fatalities"]["killed_high"]) == (9, 14)
    assert (record["date"], record["date_end"]) == ("2024-05-10", "2024-05-11")
    assert record["location"]["name"] == "Maiduguri"
    assert record["conflicts"] == ["toll"]
    assert (record["report_count"], record["source_count"]) == (3, 1)
    assert (record["first_reported"], record["last_reported"]) == ("2024-05-10", "2024-06-30")
    assert [r["event_id"] for r in record["reports"]] == ["e1", "e2", "e3"]
    assert record == fused_record("fx", [early, later, recap])  # whatever order the reports come in


def test_fusion_reported_late_days() -> None:
    assert reported_late_days(_record("e", "a", date="2024-05-01", published="2024-05-20")) == 19
    assert reported_late_days(_record("e", "a", date="2024-05-18", published="2024-05-20")) is None
    assert (
        reported_late_days(_record("e", "a", date="2024-05-01", published="2024-05-20", date_anchor="fallback")) is None
    )


def _said(event_id: str, plover: str, sentence: str, **kw: Any) -> dict[str, Any]:
    """A report of another type than violence, in the same place and days as BASE, naming no toll of its own."""
    change: dict[str, Any] = {
        "plover_event": plover,
        "acled_event_type": None,
        "acled_sub_event_type": None,
        "actor1": {"name": "Government of Nigeria", "country": "NGA", "sector": "GOV"},
        "fatalities": {"killed": None},
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
    }
    return _record(event_id, f"a-{event_id}", **{**change, **kw})


@pytest.mark.parametrize(
    ("report", "same"),
    [
        # a condemnation of the killing, in the same place: a report of the killing
        (_said("s1", "ACCUSE", "The governor condemned the killing of villagers near Maiduguri."), True),
        # a meeting's report that gives the toll (the extractor's type for a headline it could not type)
        (_said("s2", "CONSULT", "Maiduguri elders meet after 12 villagers died", fatalities={"killed": 12}), True),
        # words about something else, in the same place and days: not a report of the killing
        (_said("s3", "ACCUSE", "The governor accused the opposition of lying about Maiduguri."), False),
        # a flight from the attack, in the words of a report of it
        (_said("s4", "MOBILIZE", "Villagers flee Maiduguri after gunmen killed 12 villagers."), True),
        # a flight that names an attack, in the same place, but in other words: it happened on its own
        (_said("s5", "MOBILIZE", "Thousands of families leave camps around Maiduguri as attacks go on."), False),
        # a protest against the killing is a protest: every codebook codes it as an event of its own
        (_said("s6", "PROTEST", "Hundreds protest in Maiduguri over the killing of 12 villagers."), False),
    ],
)
def test_fusion_match_issue12_reports_that_tell_of_violence(report: dict[str, Any], same: bool) -> None:
    reason = match_reason(_report(BASE), _report(report))
    assert (reason is not None) is same, reason
    assert (match_reason(_report(report), _report(BASE)) is not None) is same  # symmetric


def test_fusion_match_issue12_families_meet_both_ways() -> None:
    """The store looks candidates up by ``families_meeting``: one family meets another only if that meets it back
    (else which report came first would decide the fused events)."""
    families = {family_of(p) for p in ("ASSAULT", "PROTEST", "ACCUSE", "CONSULT", "MOBILIZE", "COERCE", None)}
    families |= {family_of(p, text="three killed") for p in ("ACCUSE", "CONSULT", "MOBILIZE", "COERCE", "PROTEST")}
    assert "told statement" in families and "told protest" not in families
    for a in families:
        for b in families:
            assert (b in families_meeting(a)) is (a in families_meeting(b)), (a, b)


def test_fusion_match_issue12_stems_join_word_forms() -> None:
    """A possessive, a noun in -ion and an adverb in -ly share their stem with the verb and the adjective."""
    a, b = (
        _record(f"e{n}", f"a{n}", location=None, actor1=None, evidence={"sentence": sentence, "start": 0, "end": 9})
        for n, sentence in (
            (1, "Saleh's elder brother executed extrajudicially in Panjshir"),
            (2, "Extrajudicial execution of Saleh brother condemned by families"),
        )
    )
    assert match_reason(_report(a), _report(b)) is not None


def test_fusion_fused_record_issue12_a_report_that_tells_is_not_the_lead() -> None:
    """The fused event's type and actors come from a report of the violence, not from one that tells of it; the
    speaker of a condemnation is not a second perpetrator."""
    said = _said(
        "s1",
        "ACCUSE",
        "Rights group condemns the killing of 12 villagers near Maiduguri on 10 May.",
        actor1={"name": "Human Rights Watch", "country": None, "sector": "NGO"},
        fatalities={"killed": 12},
        published="2024-05-10",
    )
    violent = _record("e1", "a1", actor1={"name": "Boko Haram", "country": "NGA", "sector": "REB"})
    record = fused_record("fx", [said, violent])
    assert record["plover_event"] == "ASSAULT" and record["lead_event_id"] == "e1"
    assert "perpetrator" not in record["conflicts"]


def test_fusion_fused_record_issue12_date_and_perpetrator_conflicts() -> None:
    """Reports that date the event days apart in their own text, or name different groups as its perpetrator,
    are flagged on the fused event."""
    boko = _record("e1", "a1", actor1={"name": "Boko Haram", "country": "NGA", "sector": "REB"})
    iswap = _record(
        "e2",
        "a2",
        date="2024-05-08",
        actor1={"name": "Islamic State West Africa Province", "country": "NGA", "sector": "REB"},
    )
    assert fused_record("fx", [boko, iswap])["conflicts"] == ["date", "perpetrator"]
    assert fused_record("fx", [boko, _record("e3", "a3")])["conflicts"] == []


@pytest.mark.parametrize(
    ("actor", "specific"),
    [
        ({"name": "Peacekeepers (Azerbaijan)", "country": "AZE", "sector": "PKO"}, False),  # whichever serve there
        ({"name": "MONUSCO: United Nations Organization Stabilization Mission", "sector": "PKO"}, True),
        ({"name": "Boko Haram", "country": "NGA", "sector": "REB"}, True),
        ({"name": "Military Forces of Nigeria", "country": "NGA", "sector": "MIL"}, False),
    ],
)
def test_fusion_match_issue12_peacekeepers_of_a_country_are_a_kind(actor: dict[str, Any], specific: bool) -> None:
    """Two reports naming the peacekeepers of one country share no actor (the demo's peacekeepers shot at on 20
    September joined the offensive's fused event by them alone)."""
    assert (specific_actor(actor) is not None) is specific
