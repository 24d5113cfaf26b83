"""Streaming readers: files, directories and standard input in, ``Article`` or ``Rejection`` out.

Formats: the seed's plain text (optional white space, ``date YYYY-MM-DD``, then the text), plain ``.txt`` with a
publication date given by the caller, JSONL (one record a line), a JSON array or object, CSV with the same columns,
directories (recursively, in name order) and ``-`` for standard input. Nothing is loaded whole except a single
``.json`` document: a 1 GB JSONL file streams line by line. A bad file or record yields a ``Rejection`` and the rest
goes on. A record's ``published`` is read as feeds write it (:mod:`sitroom.pubdate`); one that cannot be read leaves
the article without a date and with a ``Notice``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sitroom.errors import InputError
from sitroom.model import Article, Rejection
from sitroom.pubdate import Reference, read_published

__all__ = ["MAX_ARTICLE_BYTES", "MAX_JSON_BYTES", "article_from_record", "parse_published", "read_paths"]

MAX_ARTICLE_BYTES = 5_000_000
MAX_JSON_BYTES = MAX_ARTICLE_BYTES * 4  # a .json document is read whole: larger files go in JSONL
SUFFIXES = {".txt", ".jsonl", ".ndjson", ".json", ".csv"}
_HEADER = re.compile(r"\A\s*date\s+(\S+)\s*", re.IGNORECASE)
_SNIFF = 8192

Item = Article | Rejection


def parse_published(value: object) -> date | None:
    """A publication date from ``YYYY-MM-DD`` or an ISO date-time; None when absent; InputError when impossible."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InputError("E006", value=value, detail="expected a string such as 2023-11-09")
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise InputError("E006", value=value, detail=str(exc)) from None


def _rejection(origin: str, where: str, error: InputError) -> Rejection:
    return Rejection(origin=origin, where=where, reason=error.reason, code=error.code)


def _json_error(exc: ValueError | RecursionError) -> InputError:
    """The reason a JSON text does not parse, without repeating the decoder's own trailing "at"."""
    if isinstance(exc, RecursionError):
        return InputError("E004", detail="nested too deeply")
    if isinstance(exc, json.JSONDecodeError):
        return InputError("E004", detail=f"{exc.msg} (line {exc.lineno}, column {exc.colno})")
    return InputError("E004", detail=str(exc))


def _decode(data: bytes, origin: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("E003", pos=exc.start) from None


def article_from_record(record: object, origin: str, fallback_id: str | None, reference: Reference = None) -> Article:
    """The article of one JSON or CSV record, by the rules every reader and the API share; ``InputError`` with its
    code when the record cannot be taken. ``fallback_id`` names a record without an id (None: the id is required).
    ``reference`` completes a publication date without a year or a day (:func:`sitroom.pubdate.read_published`)."""
    if not isinstance(record, dict):
        raise InputError("E010")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("E005")
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise InputError("E007", size=len(text.encode("utf-8")), limit=MAX_ARTICLE_BYTES)
    published, notice = read_published(record.get("published"), reference)
    rid = _opt_str(record, "id")
    if rid is None or not rid.strip():
        if fallback_id is None:
            raise InputError("E017")
        rid = fallback_id
    return Article(
        id=rid,
        text=text,
        published=published,
        title=_opt_str(record, "title"),
        url=_opt_str(record, "url"),
        source=_opt_str(record, "source"),
        origin=origin,
        notices=(notice,) if notice is not None else (),
    )


def _opt_str(record: dict[Any, Any], field: str) -> str | None:
    """A text field: a string (a number is taken as its digits); absent or empty is None; anything else E016."""
    value = record.get(field)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError("E016", field=field, kind=_json_kind(value))
    return str(value)


def _json_kind(value: object) -> str:
    kinds = {bool: "a boolean", list: "a list", dict: "an object"}
    return next((name for kind, name in kinds.items() if isinstance(value, kind)), type(value).__name__)


def _where(record: object, lineno: int) -> str:
    if isinstance(record, dict) and record.get("id") not in (None, ""):
        return f"line {lineno} (id {record['id']})"
    return f"line {lineno}"


def _read_jsonl(stream: IO[bytes], origin: str, stem: str, reference: Reference) -> Iterator[Item]:
    seen_any = False
    for lineno, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        seen_any = True
        if len(raw) > MAX_ARTICLE_BYTES * 2:
            yield _rejection(origin, f"line {lineno}", InputError("E007", size=len(raw), limit=MAX_ARTICLE_BYTES))
            continue
        record: object = None
        try:
            line = _decode(raw, origin)
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as exc:
                raise _json_error(exc) from None
            yield article_from_record(record, f"{origin}:{lineno}", f"{stem}-{lineno}", reference)
        except InputError as exc:
            yield _rejection(origin, _where(record, lineno), exc)
    if not seen_any:
        yield _rejection(origin, "", InputError("E001"))


def _read_json(data: bytes, origin: str, stem: str, reference: Reference) -> Iterator[Item]:
    if len(data) > MAX_JSON_BYTES:
        yield _rejection(origin, "", InputError("E007", size=f"over {MAX_JSON_BYTES}", limit=MAX_JSON_BYTES))
        return
    try:
        doc = json.loads(_decode(data, origin))
    except (ValueError, RecursionError) as exc:
        yield _rejection(origin, "", _json_error(exc))
        return
    except InputError as exc:
        yield _rejection(origin, "", exc)
        return
    records = doc if isinstance(doc, list) else [doc]
    for i, record in enumerate(records, start=1):
        try:
            fallback = f"{stem}-{i}" if len(records) > 1 else stem
            yield article_from_record(record, f"{origin}#{i}", fallback, reference)
        except InputError as exc:
            yield _rejection(origin, f"record {i}", exc)


def _read_csv(stream: IO[bytes], origin: str, stem: str, reference: Reference) -> Iterator[Item]:
    # a field longer than an article may be is that row's error (E007); the reader goes on with the next row
    csv.field_size_limit(MAX_ARTICLE_BYTES)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    consumed = 0  # physical lines read: a row's error names its last line, and the loop stops if none are read

    def lines() -> Iterator[str]:
        nonlocal consumed
        for line in text:
            consumed += 1
            yield line

    try:
        reader = csv.DictReader(lines())
        if reader.fieldnames is None:
            yield _rejection(origin, "", InputError("E001"))
            return
        if "text" not in reader.fieldnames:
            yield _rejection(origin, "", InputError("E011"))
            return
        while True:
            before = consumed
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield _rejection(origin, f"line {consumed}", _csv_error(exc))
                if consumed == before:  # nothing consumed: the same error would come again
                    return
                continue
            lineno = reader.line_num
            try:
                yield article_from_record(dict(row), f"{origin}:{lineno}", f"{stem}-{lineno}", reference)
            except InputError as exc:
                yield _rejection(origin, _where(row, lineno), exc)
    except UnicodeDecodeError as exc:
        yield _rejection(origin, "", InputError("E003", pos=exc.start))
    except csv.Error as exc:
        yield _rejection(origin, "", InputError("E013", detail=str(exc)))
    finally:
        text.detach()


def _csv_error(exc: csv.Error) -> InputError:
    if "field limit" in str(exc):
        return InputError("E007", size=f"over {MAX_ARTICLE_BYTES}", limit=MAX_ARTICLE_BYTES)
    return InputError("E013", detail=str(exc))


def _read_text(data: bytes, origin: str, stem: str, published: date | None) -> Iterator[Item]:
    try:
        text = _decode(data, origin)
        match = _HEADER.match(text)
        if match:
            published = parse_published(match.group(1))
            text = text[match.end() :]
        elif published is None:
            raise InputError("E009")
        if not text.strip():
            raise InputError("E005")
        yield Article(id=stem, text=text.strip(), published=published, origin=origin)
    except InputError as exc:
        yield _rejection(origin, "", exc)


def _check_bytes(head: bytes, records: bool) -> InputError | None:
    """E001 for an empty stream, E002 for a binary one. A NUL byte makes a file binary unless the file holds records
    (CSV, JSON, JSON Lines) and reads as UTF-8 text: there a stray NUL is one record's content, read like any other
    character (the store keeps it as U+FFFD), and the rest of the file is not lost over it."""
    if not head.strip():
        return InputError("E001")
    if b"\x00" in head and (not records or not _utf8_so_far(head)):
        return InputError("E002")
    return None


def _utf8_so_far(head: bytes) -> bool:
    """Whether ``head`` is UTF-8, allowing a character cut at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def read_stream(stream: IO[bytes], origin: str, stem: str, suffix: str, published: date | None) -> Iterator[Item]:
    """Read one byte stream whose format is given by ``suffix`` (``""``: sniffed). ``published`` dates plain text
    without a date line, and is the reference of records whose date has no year or no day."""
    buffered: io.BufferedReader = (
        stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    )
    head = buffered.peek(_SNIFF)[:_SNIFF]
    if not suffix:
        first = head.lstrip()[:1]
        suffix = ".jsonl" if first in (b"{", b"[") else ".txt"
        if first == b"[":
            suffix = ".json"
    problem = _check_bytes(head, records=suffix in (".jsonl", ".ndjson", ".csv", ".json"))
    if problem is not None:
        yield _rejection(origin, "", problem)
        return
    if suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(buffered, origin, stem, published)
    elif suffix == ".csv":
        yield from _read_csv(buffered, origin, stem, published)
    else:
        data = buffered.read(MAX_JSON_BYTES + 1)
        if suffix == ".txt" and len(data) > MAX_ARTICLE_BYTES:
            yield _rejection(origin, "", InputError("E007", size=len(data), limit=MAX_ARTICLE_BYTES))
            return
        if suffix == ".json":
            yield from _read_json(data, origin, stem, published)
        else:
            yield from _read_text(data, origin, stem, published)


def _read_file(path: Path, published: date | None) -> Iterator[Item]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield _rejection(origin, "", InputError("E012", suffix=suffix or "(none)"))
        return
    try:
        size = path.stat().st_size
        limit = {".txt": MAX_ARTICLE_BYTES, ".json": MAX_JSON_BYTES}.get(suffix)
        if limit is not None and size > limit:
            yield _rejection(origin, "", InputError("E007", size=size, limit=limit))
            return
        with path.open("rb") as stream:
            yield from read_stream(stream, origin, path.stem, suffix, published)
    except OSError as exc:
        yield _rejection(origin, "", InputError("E013", detail=exc.strerror or str(exc)))


def read_paths(paths: Sequence[str], published: date | None = None, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Articles and rejections from every path, in order; directories recursively, ``-`` for standard input.
    ``published``: the date of plain text without a date line, and the reference that completes a record's date
    written without a year or a day."""
    for name in paths:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_stream(stream, "-", "stdin", "", published)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            files = [p for p in files if not any(part.startswith(".") for part in p.relative_to(path).parts)]
            for file in files:
                yield from _read_file(file, published)
        elif path.is_file():
            yield from _read_file(path, published)
        else:
            yield _rejection(name, "", InputError("E008"))
