"""Pieces every scorer shares: reading gold JSONL, grouping events by article, the main event, label scores."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = [
    "UNRANKED",
    "Record",
    "coverage",
    "grouped",
    "iter_jsonl",
    "killed",
    "label_scores",
    "load_jsonl",
    "main_event",
    "ratio",
    "rounded",
    "sub",
]

Record = dict[str, Any]
UNRANKED = 99  # the salience rank of an event that has none


def load_jsonl(path: str | Path) -> list[Record]:
    """The records of a JSONL file (blank lines skipped)."""
    return list(iter_jsonl(path))


def iter_jsonl(path: str | Path) -> Iterator[Record]:
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def grouped(events: Iterable[Record]) -> dict[str, list[Record]]:
    """Events by article id, in their order."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for e in events:
        groups[str(e.get("article_id"))].append(e)
    return groups


def main_event(events: Iterable[Record]) -> dict[str, Record]:
    """Each article's event with the lowest salience rank (the first one on ties)."""
    main: dict[str, Record] = {}
    for e in events:
        key = str(e.get("article_id"))
        rank = e.get("salience_rank", UNRANKED)
        if key not in main or rank < main[key].get("salience_rank", UNRANKED):
            main[key] = e
    return main


def killed(event: Record | None) -> Any:
    if not event:
        return 0
    return (event.get("fatalities") or {}).get("killed") or 0


def sub(record: Record | None, key: str) -> Record:
    """``record[key]`` when it is an object, else an empty one."""
    value = (record or {}).get(key)
    return value if isinstance(value, dict) else {}


def ratio(hits: int | float, total: int) -> float | None:
    return hits / total if total else None


def rounded(metrics: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in metrics.items()}


def coverage(gold_records: list[Record], found: dict[str, Any]) -> float:
    """The share of gold records whose article has output."""
    return len([g for g in gold_records if g["id"] in found]) / (len(gold_records) or 1)


def label_scores(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Accuracy, and F1 macro- and support-weighted-averaged over the gold labels."""
    correct: Counter[str] = Counter()
    wrong_pred: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for gold, pred in pairs:
        if gold == pred:
            correct[gold] += 1
        else:
            missed[gold] += 1
            wrong_pred[pred] += 1
    support = Counter(gold for gold, _ in pairs)
    labels = sorted(support)
    f1: dict[str, float] = {}
    for label in labels:
        tp = correct[label]
        precision = tp / (tp + wrong_pred[label]) if tp + wrong_pred[label] else 0.0
        recall = tp / (tp + missed[label]) if tp + missed[label] else 0.0
        f1[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = len(pairs) or 1
    return {
        "accuracy": sum(correct.values()) / total,
        "macro_f1": sum(f1.values()) / (len(labels) or 1),
        "weighted_f1": sum(f1[label] * support[label] for label in labels) / total,
    }
