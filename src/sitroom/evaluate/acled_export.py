"""ACLED exports: the CSV files ACLED's export tool writes, one coded event a row, read as ACLED-notes gold.

Each row becomes an article (its ``notes``, published on its ``event_date``) and a gold record of the ``acled``
format with the same id (``event_id_cnty``), so that the events sitroom finds in a row's notes are scored against
that row. Inter codes may be numbers (``1``) or the names recent exports print (``State forces``); the names come
from the taxonomy that extraction uses (``data/taxonomy.json``). Dates may be ISO (``2023-09-19``) or written out
(``19 September 2023``). A row that cannot be read is rejected on its own, with its line and reason.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitroom.errors import InputError
from sitroom.evaluate.common import Record
from sitroom.evaluate.registry import GoldExport
from sitroom.model import AcledInter, Article, Rejection
from sitroom.readers import MAX_ARTICLE_BYTES

__all__ = ["parse_event_date", "parse_inter", "read_acled_export"]

# ACLED writes ISO dates or the day, the month's name and the year; 03/04/2024 is not read (day or month first?)
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%B %d, %Y")


@lru_cache(maxsize=1)
def _inter_codes() -> dict[str, AcledInter]:
    """Lower-case actor type names (and their forms with or without a plural s) -> inter code."""
    codes: dict[str, AcledInter] = {}
    for inter in AcledInter:
        key = inter.label.lower()
        codes[key] = inter
        codes[key[:-1] if key.endswith("s") else key + "s"] = inter
    return codes


def _whole(text: str) -> int:
    """A whole number, also as a spreadsheet or pandas writes it after a blank in the column (``3.0``)."""
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise
        return int(number)


def parse_inter(value: str, column: str) -> AcledInter | None:
    """An inter code from a number or an actor type name; None when empty or 0 (no actor)."""
    text = " ".join(value.split())
    try:
        number: int | None = _whole(text) if text else None
    except ValueError:
        number = None
    if not text or number == 0:
        return None
    if number is not None and 1 <= number <= 8:
        return AcledInter(number)
    code = None if number is not None else _inter_codes().get(text.lower())
    if code is None:
        names = ", ".join(inter.label for inter in AcledInter)
        raise InputError("E014", detail=f"{column} {value!r} is not an ACLED actor type (1-8 or {names})")
    return code


def parse_event_date(value: str) -> date:
    text = value.strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise InputError("E006", value=value, detail="expected a date such as 2023-09-19 or 19 September 2023")


def _number(row: dict[str, str], column: str, kind: Callable[[str], Any]) -> Any:
    text = (row.get(column) or "").strip()
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        whole = "whole " if kind is _whole else ""
        raise InputError("E014", detail=f"{column} {text!r} is not a {whole}number") from None


def _text(row: dict[str, str], column: str) -> str | None:
    text = (row.get(column) or "").strip()
    return text or None


def _actor(row: dict[str, str], number: str) -> Record | None:
    name = _text(row, f"actor{number}")
    inter = parse_inter(row.get(f"inter{number}") or "", f"inter{number}")
    if name is None and inter is None:
        return None
    return {"name": name, "inter": inter}


def _gold(row: dict[str, str], day: date) -> Record:
    event_type = _text(row, "event_type")
    if event_type is None:
        raise InputError("E014", detail="the row has no event_type")
    return {
        "acled_event_type": event_type,
        "acled_sub_event_type": _text(row, "sub_event_type"),
        "actor1": _actor(row, "1"),
        "actor2": _actor(row, "2"),
        "date": day.isoformat(),
        "time_precision": _number(row, "time_precision", _whole),
        "location": {
            "name": _text(row, "location"),
            "admin1": _text(row, "admin1"),
            "country": _text(row, "country"),
            "lat": _number(row, "latitude", float),
            "lon": _number(row, "longitude", float),
            "geo_precision": _number(row, "geo_precision", _whole),
        },
        "fatalities": _number(row, "fatalities", _whole),
    }


def _rows(path: Path, spec: GoldExport) -> Iterator[tuple[int, dict[str, str]]]:
    csv.field_size_limit(MAX_ARTICLE_BYTES * 2)
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None:
            raise ValueError("the file is empty")
        missing = [c for c in spec.required_columns if c not in reader.fieldnames]
        if missing:
            raise ValueError(f"not an {spec.title}: it has no {', '.join(missing)} column{'s' * (len(missing) > 1)}")
        for row in reader:
            yield reader.line_num, row


def read_acled_export(
    path: str | Path, spec: GoldExport, on_reject: Callable[[Rejection], None]
) -> tuple[list[Record], list[Article]]:
    """Gold records and their articles, one of each a readable row; every other row goes to ``on_reject``."""
    path = Path(path)
    records: list[Record] = []
    articles: list[Article] = []
    seen: set[str] = set()
    try:
        for line, row in _rows(path, spec):
            rid = _text(row, "event_id_cnty") or f"{path.stem}-{line}"
            where = f"line {line} (event {rid})"
            if rid in seen:
                rid = f"{rid}-line{line}"
            try:
                notes = _text(row, "notes")
                if notes is None:
                    raise InputError("E005")
                day = parse_event_date(row.get("event_date") or "")
                gold = _gold(row, day)
            except InputError as exc:
                on_reject(Rejection(str(path), where, exc.reason, exc.code))
                continue
            seen.add(rid)
            records.append({"id": rid, "published": day.isoformat(), "text": notes, "gold": gold})
            articles.append(
                Article(id=rid, text=notes, published=day, source=_text(row, "source"), origin=f"{path}:{line}")
            )
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid UTF-8 (byte {exc.start})") from None
    except csv.Error as exc:
        raise ValueError(f"cannot read the CSV: {exc}") from None
    return records, articles
