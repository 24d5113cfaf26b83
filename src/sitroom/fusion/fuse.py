"""A fused event from its member reports: the rules that decide its date, toll, type, actors and place.

Every rule looks at the set of members only (sorted by a fixed key), never at the order they arrived in, so the same
reports give the same fused event whatever order they were ingested in.

- **Lead report**: a member that reports the event itself before one that only tells of it (a condemnation, a
  claim: ``match.tells``), then the one whose date is best anchored (written in full in its own text, then resolved
  against the publication date, then taken from the narrative, then the publication date itself), then the one with a
  toll, then the earliest published, then the smallest event id. Type, actors and the evidence come from the lead; an
  actor the lead lacks comes from the next member in the same order that names one and reports the event itself.
- **Date**: decided by the *date witnesses*: the members that date the event in their own text (``text``); when
  none does, the members with a relative date published within ``WITNESS_DAYS`` of the first report (a retrospective
  weeks later resolves "a day after" against the wrong day); when none has one, the first reports' publication dates.
  The fused date is the witnesses' earliest date, ``date_end`` their latest.
- **Place**: the most precise place among the members (a point before a district, a region, a country), ties broken
  by the lead order.
- **Toll**: ``killed_low`` and ``killed_high`` are the least and the most any report gives; ``killed`` (the best
  estimate) is the toll of the most recent report that gives one: a rising toll updates it, and tolls are never
  summed.
- **Conflicts**: ``toll`` when reports give tolls more than ``TOLL_CLOSE`` apart, ``date`` when date witnesses are
  more than a day apart, ``perpetrator`` when reports of the event itself name different specific actors as the
  one who acted (the actor of a report that only tells of it is its speaker).
- **Reported late**: a report whose own text dates the event ``LATE_DAYS`` or more before its publication carries
  ``reported_late_days``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sitroom.fusion.match import REPORT_LAG, SLACK, TOLL_CLOSE, shift, specific_actor, tells

__all__ = ["ANCHOR_ORDER", "LATE_DAYS", "WITNESS_DAYS", "fused_record", "lead_order", "reported_late_days"]

ANCHOR_ORDER = {"text": 0, "publication": 1, "narrative": 2, "fallback": 3}
WITNESS_DAYS = REPORT_LAG + SLACK  # days after the first report that a relative date is still first-hand
LATE_DAYS = 7  # a report this many days after the date its text gives is reported late
_PRECISION = {"point": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def reported_late_days(record: dict[str, Any]) -> int | None:
    """Days between the date the report's own text gives the event and its publication, when at least LATE_DAYS."""
    if record.get("date_anchor") != "text":
        return None
    day, published = _day(record.get("date")), _day(record.get("published"))
    if day is None or published is None:
        return None
    late = (published - day).days
    return late if late >= LATE_DAYS else None


def lead_order(record: dict[str, Any]) -> tuple[Any, ...]:
    """The sort key of a member: one that reports the event before one that only tells of it, then best anchored,
    with a toll, earliest published, smallest id first."""
    killed = (record.get("fatalities") or {}).get("killed")
    return (
        tells(record),
        ANCHOR_ORDER.get(str(record.get("date_anchor")), 4) if record.get("date") else 5,
        killed is None,
        str(record.get("published") or "9999"),
        str(record["event_id"]),
    )


def _witnesses(members: list[dict[str, Any]]) -> tuple[date | None, date | None]:
    texted = [d for m in members if m.get("date_anchor") == "text" and (d := _day(m.get("date")))]
    if texted:
        return min(texted), max(texted)
    published = [d for m in members if (d := _day(m.get("published")))]
    first = min(published) if published else None
    fresh = [m for m in members if first is None or (_day(m.get("published")) or first) <= shift(first, WITNESS_DAYS)]
    relative = [d for m in fresh if m.get("date_anchor") in ("publication", "narrative") and (d := _day(m.get("date")))]
    if relative:
        return min(relative), max(relative)
    dated = [d for m in fresh if (d := _day(m.get("date")) or _day(m.get("published")))]
    return (min(dated), max(dated)) if dated else (None, None)


def _toll(members: list[dict[str, Any]]) -> dict[str, int | None]:
    given = [m for m in members if (m.get("fatalities") or {}).get("killed") is not None]
    if not given:
        return {"killed": None, "killed_low": None, "killed_high": None}
    lows = [int(f.get("killed_low") or f["killed"]) for m in given if (f := m["fatalities"])]
    highs = [int(f.get("killed_high") or f["killed"]) for m in given if (f := m["fatalities"])]
    latest = max(given, key=lambda m: (str(m.get("published") or ""), -int(m.get("salience_rank") or 0)))
    return {"killed": int(latest["fatalities"]["killed"]), "killed_low": min(lows), "killed_high": max(highs)}


def _conflicts(
    members: list[dict[str, Any]], reporting: list[dict[str, Any]], witnesses: tuple[date | None, date | None]
) -> list[str]:
    out: list[str] = []
    tolls = [int(k) for m in members if (k := (m.get("fatalities") or {}).get("killed")) is not None]
    if tolls and max(tolls) - min(tolls) > TOLL_CLOSE * max(tolls):
        out.append("toll")
    lo, hi = witnesses
    if lo and hi and (hi - lo).days > 1:
        out.append("date")
    doers = {name for m in reporting if (name := specific_actor(m.get("actor1")))}
    if len(doers) > 1:
        out.append("perpetrator")
    return out


def _report(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": record["event_id"],
        "article_id": record["article_id"],
        "source": record.get("source"),
        "title": record.get("title"),
        "published": record.get("published"),
        "date": record.get("date"),
        "date_anchor": record.get("date_anchor"),
        "killed": (record.get("fatalities") or {}).get("killed"),
        "evidence": record.get("evidence"),
        "reported_late_days": reported_late_days(record),
    }


def fused_record(fused_id: str, members: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The fused event of ``members`` (event records with ``published`` and ``source``): an event record whose
    date, toll, place and actors are decided by the rules above, with the member reports and the conflicts."""
    keyed = sorted(((lead_order(m), m) for m in members), key=lambda km: km[0])
    ordered = [m for _, m in keyed]
    # the members that report the event itself, not only tell of it (a condemnation's actor is its speaker): all
    # of them when none does
    reporting = [m for key, m in keyed if not key[0]] or ordered
    lead = ordered[0]
    record = {k: v for k, v in lead.items() if k not in ("mentions", "title", "published", "source")}
    for role in ("actor1", "actor2"):
        if not record.get(role):
            record[role] = next((m[role] for m in reporting if m.get(role)), None)
    located = [m for m in ordered if m.get("location")]
    if located:
        record["location"] = min(located, key=lambda m: _PRECISION.get(str(m["location"].get("precision")), 5))[
            "location"
        ]
    lo, hi = _witnesses(ordered)
    record["date"] = lo.isoformat() if lo else None
    record["date_end"] = hi.isoformat() if hi and hi != lo else None
    record["fatalities"] = {**(lead.get("fatalities") or {}), **_toll(ordered)}
    published = sorted(str(p) for m in ordered if (p := m.get("published")))
    sources = {str(m.get("source") or m["article_id"]) for m in ordered}
    by_date = sorted(ordered, key=lambda m: (str(m.get("published") or ""), str(m["event_id"])))
    record.update(
        {
            "fused_id": fused_id,
            "lead_event_id": lead["event_id"],
            "report_count": len(ordered),
            "article_count": len({m["article_id"] for m in ordered}),
            "source_count": len(sources),
            "first_reported": published[0] if published else None,
            "last_reported": published[-1] if published else None,
            "conflicts": _conflicts(ordered, reporting, (lo, hi)),
            "reports": [_report(m) for m in by_date],
        }
    )
    return record
