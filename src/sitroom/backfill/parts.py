"""One backfill partition: extracted on a Dask worker, written as one Parquet file, read back by the loader.

A partition file holds one row per input of the partition, in input order (``seq``): an article with its events
(``events``: a JSON list of event records, each with the ``trigger_start`` its id is made from), or an article the
pipeline could not process (``code`` and ``reason`` of its E015 rejection). It is written under a temporary name and
renamed, so a file that exists is complete: a task run twice (Dask retrying it after its worker died) writes the same
file again, and the loader never sees half of one.

The spaCy pipeline is loaded once per worker process, on the first partition it extracts (:func:`worker_pipeline`).
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sitroom.model import Actor, Article, Casualties, Event, Evidence, Location, Rejection

if TYPE_CHECKING:
    from sitroom.pipeline import Pipeline

__all__ = [
    "PartRow",
    "PartSummary",
    "event_from_record",
    "extract_partition",
    "part_path",
    "read_partition",
    "worker_pipeline",
    "write_partition",
]

COLUMNS: tuple[tuple[str, str], ...] = (
    ("seq", "INTEGER"),
    ("content_hash", "VARCHAR"),
    ("id", "VARCHAR"),
    ("published", "DATE"),
    ("title", "VARCHAR"),
    ("url", "VARCHAR"),
    ("source", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("text", "VARCHAR"),
    ("events", "VARCHAR"),  # JSON; NULL for a rejected article
    ("code", "VARCHAR"),  # the rejection's code and reason; NULL for an extracted article
    ("reason", "VARCHAR"),
)

_running = threading.Lock()  # a worker with several threads runs its one pipeline one partition at a time


@dataclass
class PartRow:
    """One input of a partition: an article with its events, or the rejection of an article that failed."""

    article: Article
    events: list[Event] = field(default_factory=list)
    rejection: Rejection | None = None


@dataclass
class PartSummary:
    """What a task reports back: where its file is and, for progress, each article's event count."""

    index: int
    path: str
    events: list[int]  # per extracted article, in order
    rejected: int
    worker: str = ""


def part_path(directory: str, run: str, index: int) -> str:
    return os.path.join(directory, f"{run}-part-{index:06d}.parquet")


@lru_cache(maxsize=1)
def worker_pipeline() -> Pipeline:
    """The pipeline of this process, loaded on first use (a worker loads spaCy once, not once a partition)."""
    from sitroom.pipeline import Pipeline

    return Pipeline()


def extract_partition(index: int, articles: list[Article], directory: str, run: str) -> PartSummary:
    """The Dask task: extract ``articles`` and write partition ``index`` of run ``run`` into ``directory``.

    An article whose extraction raises is rejected alone (E015) and the partition goes on, as in ``sitroom ingest``.
    """
    from sitroom.core import each_article

    rows: dict[int, PartRow] = {}
    position = {id(a): n for n, a in enumerate(articles)}
    failed: list[Rejection] = []
    with _running:
        pipeline = worker_pipeline()
        for article, events in each_article(pipeline.run_many, articles, failed.append):
            rows[position[id(article)]] = PartRow(article, events)
    extracted = set(rows)
    missing = iter(n for n in range(len(articles)) if n not in extracted)
    for rejection, n in zip(failed, missing, strict=True):
        rows[n] = PartRow(articles[n], rejection=rejection)
    path = part_path(directory, run, index)
    write_partition(path, [rows[n] for n in range(len(articles))])
    counts = [len(rows[n].events) for n in range(len(articles)) if rows[n].rejection is None]
    return PartSummary(index, path, counts, len(failed), _worker_name())


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return ""


def write_partition(path: str, rows: list[PartRow]) -> None:
    """Write ``rows`` as the Parquet file ``path``, atomically (a temporary name in the same directory, then a
    rename)."""
    import duckdb

    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    con = duckdb.connect()
    try:
        con.execute(f"CREATE TABLE part ({', '.join(f'{name} {kind}' for name, kind in COLUMNS)})")
        con.executemany(
            f"INSERT INTO part VALUES ({', '.join('?' * len(COLUMNS))})", [_row(n, r) for n, r in enumerate(rows)]
        )
        quoted = tmp.replace("'", "''")
        con.execute(f"COPY (SELECT * FROM part ORDER BY seq) TO '{quoted}' (FORMAT parquet)")
    finally:
        con.close()
    with open(tmp, "rb") as written:
        os.fsync(written.fileno())
    os.replace(tmp, path)


def _row(seq: int, row: PartRow) -> tuple[Any, ...]:
    a = row.article
    events = None
    if row.rejection is None:
        events = json.dumps([{"trigger_start": e.trigger_start, "record": e.to_dict()} for e in row.events])
    code, reason = (row.rejection.code, row.rejection.reason) if row.rejection else (None, None)
    return (seq, a.content_hash, a.id, a.published, a.title, a.url, a.source, a.origin, a.text, events, code, reason)


def read_partition(path: str) -> list[PartRow]:
    """The rows of a partition file, in input order."""
    import duckdb

    con = duckdb.connect()
    try:
        names = ", ".join(name for name, _ in COLUMNS)
        rows = con.execute(f"SELECT {names} FROM read_parquet(?) ORDER BY seq", [path]).fetchall()
    finally:
        con.close()
    out = []
    for _, key, aid, published, title, url, source, origin, text, events, code, reason in rows:
        article = Article(
            id=aid, text=text, published=published, title=title, url=url, source=source, origin=origin or ""
        )
        if article.content_hash != key:
            raise ValueError(f"{path}: article {aid} does not match its content hash")
        if events is None:
            rejection = Rejection(origin=origin or aid, where=f"id {aid}", reason=reason or "", code=code or "E015")
            out.append(PartRow(article, rejection=rejection))
        else:
            out.append(PartRow(article, [_event(item, path) for item in json.loads(events)]))
    return out


def _event(item: dict[str, Any], path: str) -> Event:
    event = event_from_record(item["record"], item["trigger_start"])
    if event.event_id != item["record"]["event_id"]:
        raise ValueError(f"{path}: event {item['record']['event_id']} does not read back as itself")
    return event


def event_from_record(record: dict[str, Any], trigger_start: int | None) -> Event:
    """The ``Event`` whose ``to_dict`` is ``record`` (``trigger_start`` is not in the record; the id needs it)."""
    loc = record.get("location")
    evidence = record["evidence"]
    return Event(
        article_id=record["article_id"],
        plover_event=record["plover_event"],
        evidence=Evidence(evidence["sentence"], evidence["start"], evidence["end"]),
        salience_rank=record["salience_rank"],
        plover_mode=record.get("plover_mode"),
        cameo_root=record.get("cameo_root"),
        acled_event_type=record.get("acled_event_type"),
        acled_sub_event_type=record.get("acled_sub_event_type"),
        non_acled_type=record.get("non_acled_type"),
        actor1=_actor(record.get("actor1")),
        actor2=_actor(record.get("actor2")),
        other_actors=[a for a in map(_actor, record.get("other_actors") or []) if a is not None],
        date=date.fromisoformat(record["date"]) if record.get("date") else None,
        date_precision=record.get("date_precision"),
        date_text=record.get("date_text"),
        location=Location(**loc) if loc else None,
        fatalities=Casualties(**record.get("fatalities") or {}),
        confidence=record.get("confidence", 0.5),
        modality=record.get("modality", "asserted"),
        trigger=record.get("trigger"),
        trigger_start=trigger_start,
        mentions=[Evidence(m["sentence"], m["start"], m["end"]) for m in record.get("mentions") or []],
        date_anchor=record.get("date_anchor"),
    )


def _actor(record: dict[str, Any] | None) -> Actor | None:
    return Actor(**record) if record else None
