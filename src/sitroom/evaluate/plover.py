"""PLOVER sets (gold key ``plover_event``): the main event's PLOVER type and its actors' countries."""

from __future__ import annotations

from typing import Any

from sitroom.evaluate.common import Record, coverage, label_scores, main_event, ratio, rounded, sub
from sitroom.evaluate.registry import register

__all__ = ["score_plover"]


def _countries(actors: list[Record] | None) -> set[str]:
    return {a["country"] for a in actors or [] if a.get("country")}


@register("plover")
def score_plover(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    main = main_event(events)
    pairs: list[tuple[str, str]] = []
    source_ok = source_n = target_ok = target_n = 0
    for g in gold_records:
        gold = g["gold"]
        predicted = main.get(g["id"]) or {}
        pairs.append((gold["plover_event"], predicted.get("plover_event") or "NONE"))
        wanted = _countries(gold.get("source_actors"))
        if wanted:
            source_n += 1
            source_ok += sub(predicted, "actor1").get("country") in wanted
        wanted = _countries(gold.get("target_actors"))
        if wanted:
            target_n += 1
            target_ok += sub(predicted, "actor2").get("country") in wanted
    scores = label_scores(pairs)
    return rounded(
        {
            "n": len(gold_records),
            "coverage": coverage(gold_records, main),
            "plover_acc": scores["accuracy"],
            "plover_macro_f1": scores["macro_f1"],
            "source_country_acc": ratio(source_ok, source_n),
            "target_country_acc": ratio(target_ok, target_n),
        }
    )
