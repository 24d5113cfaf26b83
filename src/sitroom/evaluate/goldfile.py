"""Reading a gold file for ``sitroom eval``: a JSONL gold set, or coded data in its publisher's format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitroom.evaluate.acled_export import read_acled_export
from sitroom.evaluate.common import Record, load_jsonl
from sitroom.evaluate.registry import GoldFormat, detect_format, gold_exports, gold_format, scorer_for
from sitroom.model import Article, Rejection
from sitroom.readers import read_paths

__all__ = ["GoldSet", "read_gold"]

_JSONL = (".jsonl", ".ndjson")
_EXPORT_READERS = {"acled_export": read_acled_export}


@dataclass
class GoldSet:
    path: str
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
    when it is not one that ``sitroom eval`` scores. Rows of an export that cannot be read go to ``on_reject``."""
    suffix = Path(path).suffix.lower()
    for spec in gold_exports():
        if suffix == spec.suffix:
            records, articles = _EXPORT_READERS[spec.name](path, spec, on_reject)
            if not records:
                raise ValueError("no row could be read")
            return GoldSet(path, gold_format(spec.format), records, articles)
    if suffix not in _JSONL:
        suffixes = ", ".join(e.suffix for e in gold_exports())
        raise ValueError(
            f"expected a gold set (.jsonl) or an export ({suffixes}), not {suffix or 'a file without suffix'}"
        )
    records = load_jsonl(path)
    name = detect_format(records)
    scorer_for(name)  # refuses a format eval does not score, before any extraction
    return GoldSet(path, gold_format(name), records, _articles(path, on_reject))
