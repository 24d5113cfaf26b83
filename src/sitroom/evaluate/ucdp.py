"""UCDP GED sets (gold key ``best``): deaths within the coded range, the main event's date and place."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sitroom.evaluate.common import UNRANKED, Record, coverage, grouped, killed, ratio, rounded
from sitroom.evaluate.registry import gold_format, register
from sitroom.geo.names import haversine_km

__all__ = ["score_ucdp"]


@lru_cache(maxsize=1)
def _death_words() -> re.Pattern[str]:
    """The words that make a text count as reporting deaths (records without them are not scored on deaths)."""
    words: list[str] = list(gold_format("ucdp").extra["death_words"])
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@register("ucdp")
def score_ucdp(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    per_article = grouped(events)
    in_range = deaths_n = dated_ok = dated_n = near100 = located_n = 0
    for g in gold_records:
        gold = g["gold"]
        mine = per_article.get(g["id"], [])
        top = min(mine, key=lambda x: x.get("salience_rank", UNRANKED)) if mine else None
        if _death_words().search(g["text"]) and gold.get("low") is not None:
            deaths_n += 1
            most = max((killed(x) for x in mine), default=0)
            in_range += gold["low"] <= most <= gold["high"]
        if gold.get("date_prec") == 1:
            dated_n += 1
            dated_ok += (top or {}).get("date") == gold["date_start"]
        place = gold["location"]
        if place.get("lat") is not None and (place.get("where_prec") or 9) <= 3:
            located_n += 1
            loc = (top or {}).get("location")
            if loc and loc.get("lat") is not None:
                near100 += haversine_km(loc["lat"], loc["lon"], place["lat"], place["lon"]) <= 100
    return rounded(
        {
            "n": len(gold_records),
            "coverage": coverage(gold_records, per_article),
            "deaths_in_range": ratio(in_range, deaths_n),
            "deaths_n": deaths_n,
            "date_acc": ratio(dated_ok, dated_n),
            "loc_acc100km": ratio(near100, located_n),
        }
    )
