"""The gold formats (described in ``data/gold_formats.json``) and the scorer registered for each one.

A format module registers its scorer with :func:`register`; the data file says which gold key marks the format,
in which order formats are tried, what sitroom produces for it and whether ``sitroom eval`` scores it at all.
Formats that eval does not score are still detected, so that they are refused by name instead of misread.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from sitroom.evaluate.common import Record

__all__ = [
    "GoldExport",
    "GoldFormat",
    "Scorer",
    "UnsupportedGoldFormat",
    "detect_format",
    "gold_exports",
    "gold_format",
    "gold_formats",
    "register",
    "scorer_for",
    "supported_summary",
]

ScoreFn = Callable[[list[Record], list[Record]], dict[str, Any]]
LabelFn = Callable[[Record, str], str]


class UnsupportedGoldFormat(ValueError):
    """A gold format that is known, but that ``sitroom eval`` leaves to the reference scorer."""


@dataclass(frozen=True)
class GoldFormat:
    name: str
    key: str  # the gold key that marks the format
    title: str
    scores: str  # what is compared, in words
    eval: bool  # scored by sitroom eval (else score.py is the only scorer)
    output: str  # "events" or "toponyms"
    confusion: tuple[str, ...]  # classifications of the main event worth a confusion table
    item_key: str | None = None  # a key some item of gold[key] must carry as well
    extra: Mapping[str, Any] = field(default_factory=dict)  # format-specific data (e.g. death_words)

    def matches(self, gold_records: list[Record]) -> bool:
        """Does the set have this format? (Read from the first record's gold keys, as score.py reads it.)"""
        if self.key not in gold_records[0]["gold"]:
            return False
        if self.item_key is None:
            return True
        return any(
            isinstance(item, dict) and self.item_key in item
            for g in gold_records
            for item in (g.get("gold") or {}).get(self.key) or []
        )


@dataclass(frozen=True)
class GoldExport:
    """Coded data as its publisher writes it, read into the records of one gold format."""

    name: str
    suffix: str
    title: str
    format: str
    required_columns: tuple[str, ...]


@dataclass(frozen=True)
class Scorer:
    score: ScoreFn
    label: LabelFn  # the predicted label of an event for one confusion field


_FORMAT_FIELDS = {"name", "key", "title", "scores", "eval", "output", "confusion", "item_key"}
_SCORERS: dict[str, Scorer] = {}


def _field_label(event: Record, field_name: str) -> str:
    return str(event.get(field_name) or "NONE")


def register(name: str, label: LabelFn | None = None) -> Callable[[ScoreFn], ScoreFn]:
    """Register the decorated function as the scorer of gold format ``name``."""

    def add(fn: ScoreFn) -> ScoreFn:
        _SCORERS[name] = Scorer(fn, label or _field_label)
        return fn

    return add


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    with resources.files("sitroom").joinpath("data/gold_formats.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@lru_cache(maxsize=1)
def gold_formats() -> tuple[GoldFormat, ...]:
    """Every format, in detection order."""
    out = []
    for spec in _data()["formats"]:
        out.append(
            GoldFormat(
                name=spec["name"],
                key=spec["key"],
                title=spec["title"],
                scores=spec["scores"],
                eval=bool(spec["eval"]),
                output=spec["output"],
                confusion=tuple(spec["confusion"]),
                item_key=spec.get("item_key"),
                extra={k: v for k, v in spec.items() if k not in _FORMAT_FIELDS},
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def gold_exports() -> tuple[GoldExport, ...]:
    return tuple(
        GoldExport(e["name"], e["suffix"], e["title"], e["format"], tuple(e["required_columns"]))
        for e in _data().get("exports", [])
    )


def gold_format(name: str) -> GoldFormat:
    for fmt in gold_formats():
        if fmt.name == name:
            return fmt
    raise KeyError(name)


def detect_format(gold_records: list[Record]) -> str:
    """The name of the set's format, from its first record's gold keys; ValueError when no format matches."""
    if not gold_records:
        raise ValueError("no gold records")
    first = gold_records[0]
    if not isinstance(first, dict) or not isinstance(first.get("gold"), dict):
        raise ValueError("unknown gold format: the first record has no 'gold' object")
    for fmt in gold_formats():
        if fmt.matches(gold_records):
            return fmt.name
    keys = ", ".join(sorted({f.key for f in gold_formats()}))
    raise ValueError(f"unknown gold format: expected one of {keys} under 'gold'")


def supported_summary() -> str:
    """The formats sitroom eval takes, in words."""
    *sets, last = [f.title for f in gold_formats() if f.eval]
    text = f"JSONL sets of {', '.join(sets)} or {last}" if sets else f"JSONL sets of {last}"
    exports = [f"{e.title}s ({e.suffix})" for e in gold_exports()]
    return " and ".join([*exports, text])


def scorer_for(name: str) -> Scorer:
    """The registered scorer of format ``name``; UnsupportedGoldFormat when eval leaves it to score.py."""
    fmt = gold_format(name)
    if not fmt.eval or name not in _SCORERS:
        marked = f"gold key '{fmt.key}'" + (f" with '{fmt.item_key}'" if fmt.item_key else "")
        raise UnsupportedGoldFormat(
            f"{fmt.title} ({marked}) is not scored by sitroom eval but by the reference scorer "
            f"score.py; eval takes {supported_summary()}"
        )
    return _SCORERS[name]


def registered() -> dict[str, Scorer]:
    """The registered scorers by format name (a test checks them against the data file)."""
    return dict(_SCORERS)
