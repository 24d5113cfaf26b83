"""Reading a gold file for ``sitroom eval``: a JSONL gold set of a format that eval scores."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitroom.evaluate.common import Record, load_jsonl
from sitroom.evaluate.registry import GoldFormat, detect_format, gold_format, scorer_for
from sitroom.model import Article, Rejection
from sitroom.readers import read_paths

__all__ = ["GoldSet", "read_gold"]

_JSONL = (".jsonl", ".ndjson")


@dataclass
class GoldSet:
    format: GoldFormat
    records: list[Record]
    articles: Iterable[Article]  # what sitroom reads: one article a gold record, with the same id


def _articles(path: str, on_reject: Callable[[Rejection], None]) -> Iterator[Article]:
    for item in read_paths([path]):
        if isinstance(item, Rejection):
            on_reject(item)
        else:
            yield item


def read_gold(path: str, on_reject: Callable[[Rejection], None]) -> GoldSet:
    """The gold set at ``path``; ValueError (UnsupportedGoldFormat for known formats eval leaves to score.py)
    when it is not one that ``sitroom eval`` scores. Records that cannot be read as articles go to ``on_reject``."""
    suffix = Path(path).suffix.lower()
    if suffix not in _JSONL:
        raise ValueError(f"expected a gold set (.jsonl), not {suffix or 'a file without suffix'}")
    records = load_jsonl(path)
    name = detect_format(records)
    scorer_for(name)  # refuses a format eval does not score, before any extraction
    return GoldSet(gold_format(name), records, _articles(path, on_reject))
