"""CASE 2021 sets (gold key ``case_subtype``): the main event's sub-type as a CASE label (``data/case_labels.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from sitroom.evaluate.common import Record, coverage, label_scores, main_event, rounded
from sitroom.evaluate.registry import register

__all__ = ["case_label", "score_case"]


@lru_cache(maxsize=1)
def _case_labels() -> dict[str, str]:
    with resources.files("sitroom").joinpath("data/case_labels.json").open(encoding="utf-8") as f:
        labels: dict[str, str] = json.load(f)["labels"]
    return labels


def case_label(event: Record, field_name: str = "case_subtype") -> str:
    """The CASE label of an event's ACLED sub-type (or non-ACLED type); NONE for anything else."""
    name = event.get("acled_sub_event_type") or event.get("non_acled_type")
    return _case_labels().get(name, "NONE") if isinstance(name, str) else "NONE"


@register("case", label=case_label)
def score_case(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    main = main_event(events)
    pairs = [(g["gold"]["case_subtype"], case_label(main.get(g["id"]) or {})) for g in gold_records]
    scores = label_scores(pairs)
    return rounded(
        {
            "n": len(gold_records),
            "coverage": coverage(gold_records, main),
            "case_acc": scores["accuracy"],
            "case_macro_f1": scores["macro_f1"],
            "case_weighted_f1": scores["weighted_f1"],
        }
    )
