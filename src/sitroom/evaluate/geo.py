"""Geoparsing sets (gold key ``toponyms``): toponym spans by overlap, and where they were resolved to."""

from __future__ import annotations

from typing import Any

from sitroom.evaluate.common import Record, grouped, ratio, rounded
from sitroom.evaluate.registry import register
from sitroom.geo.names import haversine_km

__all__ = ["score_geo"]


def _overlapping(found: list[Record], want: Record, taken: set[int]) -> int | None:
    """The first system toponym not matched yet whose span overlaps the gold one."""
    for i, t in enumerate(found):
        if i not in taken and t.get("start", -1) < want["end"] and t.get("end", -1) > want["start"]:
            return i
    return None


@register("geo")
def score_geo(gold_records: list[Record], toponyms: list[Record]) -> dict[str, Any]:
    per_article = grouped(toponyms)
    gold_n = system_n = matched = within161 = id_ok = id_n = 0
    for g in gold_records:
        found = per_article.get(g["id"], [])
        system_n += len(found)
        taken: set[int] = set()
        for want in g["gold"]["toponyms"]:
            gold_n += 1
            hit = _overlapping(found, want, taken)
            if hit is None:
                continue
            taken.add(hit)
            matched += 1
            got = found[hit]
            if got.get("lat") is not None and haversine_km(got["lat"], got["lon"], want["lat"], want["lon"]) <= 161:
                within161 += 1
            if want.get("geonames_id"):
                id_n += 1
                id_ok += got.get("geonames_id") == want["geonames_id"]
    precision = matched / system_n if system_n else 0.0
    recall = matched / gold_n if gold_n else 0.0
    return rounded(
        {
            "docs": len(gold_records),
            "gold_toponyms": gold_n,
            "system_toponyms": system_n,
            "detect_precision": precision,
            "detect_recall": recall,
            "detect_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "acc161_of_matched": within161 / matched if matched else 0.0,
            "acc161_of_gold": within161 / gold_n if gold_n else 0.0,
            "geonames_exact_of_matched": ratio(id_ok, id_n),
        }
    )
