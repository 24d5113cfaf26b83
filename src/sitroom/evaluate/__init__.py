"""Measure sitroom's events against coded gold data: one registered scorer per gold format.

The formats are described in ``data/gold_formats.json`` (the gold key that marks each, what it scores, whether
``sitroom eval`` takes it); each format module registers its scorer (:func:`register`), computing the metrics of
the reference scorer (``shared/tools/score.py``) with the same names and rounding, so that ``sitroom eval`` and
the reference agree number for number (a test checks it). Formats that eval does not take (agreements, event
fusion, police actions, event location, KAIROS mentions) are detected and refused by name: score.py is their
reference. :func:`read_gold` also reads ACLED exports (CSV) into the ACLED-notes format.

The main event of an article is the one with the lowest ``salience_rank`` (99 when absent; the first wins ties).
"""

from __future__ import annotations

from typing import Any

from sitroom.evaluate import acled, articles, case, expect, geo, plover, ucdp  # noqa: F401  (register the scorers)
from sitroom.evaluate.common import Record, iter_jsonl, load_jsonl
from sitroom.evaluate.goldfile import GoldSet, read_gold
from sitroom.evaluate.registry import (
    GoldExport,
    GoldFormat,
    UnsupportedGoldFormat,
    detect_format,
    gold_exports,
    gold_format,
    gold_formats,
    register,
    scorer_for,
    supported_summary,
)
from sitroom.evaluate.report import CONFUSION_FIELDS, confusion, confusions_for, format_report

__all__ = [
    "CONFUSION_FIELDS",
    "GoldExport",
    "GoldFormat",
    "GoldSet",
    "Record",
    "UnsupportedGoldFormat",
    "confusion",
    "confusions_for",
    "detect_format",
    "evaluate",
    "format_report",
    "gold_exports",
    "gold_format",
    "gold_formats",
    "iter_jsonl",
    "load_jsonl",
    "read_gold",
    "register",
    "scorer_for",
    "supported_summary",
]


def evaluate(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    """The reference scorer's metrics for ``events`` (or toponyms, for geo sets) against ``gold_records``.

    ValueError when the format is unknown; :class:`UnsupportedGoldFormat` when eval leaves it to score.py.
    """
    return scorer_for(detect_format(gold_records)).score(gold_records, events)
