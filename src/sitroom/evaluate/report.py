"""Confusion tables of the main events' labels, and the plain-text report ``sitroom eval`` prints."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sitroom.evaluate.common import Record, main_event
from sitroom.evaluate.registry import detect_format, gold_format, gold_formats, registered

__all__ = ["CONFUSION_FIELDS", "confusion", "confusions_for", "format_report"]

# which classifications each gold format tabulates (from data/gold_formats.json)
CONFUSION_FIELDS: dict[str, tuple[str, ...]] = {f.name: f.confusion for f in gold_formats() if f.confusion}


def _field_format(field: str) -> str:
    for name, fields in CONFUSION_FIELDS.items():
        if field in fields:
            return name
    raise ValueError(f"no gold format tabulates {field!r}")


def confusion(gold_records: list[Record], events: list[Record], field: str) -> dict[tuple[str, str], int]:
    """Counts of (gold label, predicted label) for one classification of the main events.

    ``field``: one of :data:`CONFUSION_FIELDS`, e.g. ``acled_event_type`` or ``case_subtype``. Records whose gold
    label is empty are left out; a missing prediction is ``NONE``.
    """
    label = registered()[_field_format(field)].label
    main = main_event(events)
    table: Counter[tuple[str, str]] = Counter()
    for g in gold_records:
        gold_label = g["gold"].get(field)
        if not gold_label:
            continue
        table[(str(gold_label), label(main.get(g["id"]) or {}, field))] += 1
    return dict(table)


def confusions_for(gold_records: list[Record], events: list[Record]) -> dict[str, dict[tuple[str, str], int]]:
    """The confusion tables that the set's format names (none for most formats)."""
    fields = gold_format(detect_format(gold_records)).confusion
    return {f: confusion(gold_records, events, f) for f in fields}


def _cut(label: str, width: int) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _table_lines(field: str, table: dict[tuple[str, str], int], width: int = 14) -> list[str]:
    gold_labels = sorted({g for g, _ in table})
    pred_labels = sorted({p for _, p in table}, key=lambda p: (p not in gold_labels, p))
    correct = sum(c for (g, p), c in table.items() if g == p)
    if len(pred_labels) > 8:  # too wide for a terminal: per gold label, its count, hits and commonest mistakes
        lines = [f"confusion: {field} (per gold label: total, correct, commonest wrong predictions)"]
        name_w = max(len(g) for g in gold_labels)
        for g in gold_labels:
            counts = {p: c for (gg, p), c in table.items() if gg == g}
            wrong = sorted(((c, p) for p, c in counts.items() if p != g), key=lambda cp: (-cp[0], cp[1]))[:3]
            mistakes = ", ".join(f"{p} {c}" for c, p in wrong) or "-"
            lines.append(f"  {g.ljust(name_w)} {sum(counts.values()):>6} {counts.get(g, 0):>6}   {mistakes}")
        lines.append(f"  {correct}/{sum(table.values())} on the diagonal")
        return lines
    name_w = max([len(_cut(x, width)) for x in gold_labels] + [len("gold \\ pred")])
    lines = [f"confusion: {field} (rows gold, columns predicted)"]
    header = "".join(f" {_cut(p, width):>{width}}" for p in pred_labels)
    lines.append("  " + "gold \\ pred".ljust(name_w) + header + "   total")
    for g in gold_labels:
        row = [table.get((g, p), 0) for p in pred_labels]
        cells = "".join(f" {(str(c) if c else '.'):>{width}}" for c in row)
        lines.append("  " + _cut(g, width).ljust(name_w) + cells + f" {sum(row):>7}")
    lines.append(f"  {correct}/{sum(table.values())} on the diagonal")
    return lines


def format_report(metrics: dict[str, Any], confusions: dict[str, dict[tuple[str, str], int]] | None = None) -> str:
    """Metrics (one per line; a list's items on lines of their own) and confusion tables, as plain text."""
    width = max((len(k) for k in metrics), default=0)
    lines = ["metrics"]
    for key, value in metrics.items():
        if isinstance(value, list) and len(value) > 1:
            lines.append(f"  {key}")
            lines.extend(f"    {item}" for item in value)
            continue
        if isinstance(value, list):
            shown = str(value[0]) if value else "(none)"
        elif value is None:
            shown = "n/a"
        else:
            shown = str(value)
        lines.append(f"  {key.ljust(width)}  {shown}")
    for field, table in (confusions or {}).items():
        lines.append("")
        lines.extend(_table_lines(field, table))
    return "\n".join(lines) + "\n"
