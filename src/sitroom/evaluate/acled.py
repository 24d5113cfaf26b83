"""ACLED notes (gold key ``acled_event_type``): one coded event a record, scored on the article's main event."""

from __future__ import annotations

from typing import Any

from sitroom.evaluate.common import Record, coverage, killed, label_scores, main_event, ratio, rounded, sub
from sitroom.evaluate.registry import register
from sitroom.geo.names import haversine_km

__all__ = ["score_acled"]


@register("acled")
def score_acled(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    """Type and sub-type (accuracy, macro F1), actor inter codes, location (25/100 km), date, fatalities."""
    main = main_event(events)
    types: list[tuple[str, str]] = []
    subtypes: list[tuple[str, str]] = []
    actor1_ok = actor2_ok = actor2_n = 0
    near25 = near100 = located_n = 0
    dated_ok = dated_n = 0
    fatal_ok = fatal_n = 0
    fatal_abs = 0.0
    for g in gold_records:
        gold = g["gold"]
        e = main.get(g["id"])
        predicted = e or {}
        types.append((gold["acled_event_type"], predicted.get("acled_event_type") or "NONE"))
        if gold.get("acled_sub_event_type"):
            subtypes.append((gold["acled_sub_event_type"], predicted.get("acled_sub_event_type") or "NONE"))
        if sub(predicted, "actor1").get("acled_inter") == sub(gold, "actor1").get("inter"):
            actor1_ok += 1
        if gold.get("actor2") and gold["actor2"].get("inter"):
            actor2_n += 1
            actor2_ok += sub(predicted, "actor2").get("acled_inter") == gold["actor2"]["inter"]
        place = gold.get("location") or {}
        if place.get("lat") is not None:
            located_n += 1
            mine = predicted.get("location")
            if mine and mine.get("lat") is not None:
                km = haversine_km(mine["lat"], mine["lon"], place["lat"], place["lon"])
                near25 += km <= 25
                near100 += km <= 100
        if gold.get("time_precision") == 1:
            dated_n += 1
            dated_ok += predicted.get("date") == gold["date"]
        if gold.get("fatalities") is not None:
            fatal_n += 1
            k = killed(e)
            fatal_ok += k == gold["fatalities"]
            fatal_abs += abs(k - gold["fatalities"])
    n = len(gold_records)
    type_scores = label_scores(types)
    metrics: dict[str, Any] = {
        "n": n,
        "coverage": coverage(gold_records, main),
        "event_type_acc": type_scores["accuracy"],
        "event_type_macro_f1": type_scores["macro_f1"],
        "actor1_type_acc": actor1_ok / (n or 1),
        "actor2_type_acc": ratio(actor2_ok, actor2_n),
        "loc_acc25km": ratio(near25, located_n),
        "loc_acc100km": ratio(near100, located_n),
        "date_acc": ratio(dated_ok, dated_n),
    }
    if subtypes:
        sub_scores = label_scores(subtypes)
        metrics["sub_event_acc"] = sub_scores["accuracy"]
        metrics["sub_event_macro_f1"] = sub_scores["macro_f1"]
    if fatal_n:
        metrics["fatalities_exact"] = fatal_ok / fatal_n
        metrics["fatalities_mae"] = fatal_abs / fatal_n
    return rounded(metrics)
