"""Hand-made expectations (gold key ``events``): each expected event must be met by some event of its article."""

from __future__ import annotations

from typing import Any

from sitroom.evaluate.common import Record, grouped, sub
from sitroom.evaluate.registry import register
from sitroom.geo.names import haversine_km

__all__ = ["meets", "score_expect"]


def meets(event: Record, want: Record) -> bool:
    """Does ``event`` satisfy every condition the hand-made expectation ``want`` states?"""
    if "plover_event" in want and event.get("plover_event") not in want["plover_event"]:
        return False
    for role in ("actor1", "actor2"):
        cond = want.get(role)
        if not cond:
            continue
        actor = sub(event, role)
        if "country" in cond and actor.get("country") not in cond["country"]:
            return False
        if "text_has" in cond:
            said = (actor.get("text") or "").lower() + " " + (actor.get("name") or "").lower()
            if not any(word.lower() in said for word in cond["text_has"]):
                return False
    if "date" in want and (event.get("date") or "")[: len(want["date"])] != want["date"]:
        return False
    if "date_precision" in want and event.get("date_precision") not in want["date_precision"]:
        return False
    if "near" in want:
        loc = sub(event, "location")
        lat, lon, radius = want["near"]
        if loc.get("lat") is None or haversine_km(loc["lat"], loc["lon"], lat, lon) > radius:
            return False
    counts = sub(event, "fatalities")
    return all(counts.get(key) == want[key] for key in ("killed", "civilians_killed", "injured") if key in want)


@register("expect")
def score_expect(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    per_article = grouped(events)
    total = found = 0
    missing: list[str] = []
    for g in gold_records:
        mine = per_article.get(g["id"], [])
        for want in g["gold"]["events"]:
            total += 1
            if any(meets(e, want) for e in mine):
                found += 1
            else:
                missing.append(want["label"])
    return {
        "expected": total,
        "found": found,
        "recall": round(found / (total or 1), 4),
        "missing": missing,
        "events_emitted": sum(len(per_article.get(g["id"], [])) for g in gold_records),
    }
