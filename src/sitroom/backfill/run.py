"""A backfill on a Dask cluster: partition the inputs, extract on the workers, then load the store once.

1. The inputs are read here, in order. A rejected input is recorded at once (as ``sitroom ingest`` does); an article
   stored before, or repeated in the inputs, is skipped; the others are cut into partitions of ``partition_size``.
2. Each partition is a Dask task (:func:`sitroom.backfill.parts.extract_partition`) that writes one Parquet file.
   At most a few partitions per worker are in flight, so a year of news never sits in memory at once. A worker that
   dies takes its running task with it: the scheduler runs the task again on another worker, and the task, which
   writes its file atomically, gives the same file.
3. Once every partition is written, the loader reads the files in input order and stores them, a partition a
   transaction: fusion runs here, once, over the articles in the order ``sitroom ingest`` would have seen them.
   ``add_articles`` skips an article whose content is stored already, so nothing is stored twice.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sitroom.agreements.ingest import track_stored
from sitroom.backfill.parts import PartSummary, extract_partition, read_partition
from sitroom.errors import SitroomError, UsageError
from sitroom.model import Article, Rejection
from sitroom.store.base import IngestResult, add_counted, unseen

if TYPE_CHECKING:
    from distributed import Client

    from sitroom.store.base import Store

__all__ = ["BackfillResult", "backfill", "dask_client"]

OnReject = Callable[[Rejection], None]
PARTITION_SIZE = 50
IN_FLIGHT_PER_WORKER = 2


@dataclass
class BackfillResult(IngestResult):
    partitions: int = 0
    workers: int = 0
    extract_seconds: float = 0.0  # reading the inputs and extracting on the workers, until the last file is written
    load_seconds: float = 0.0  # storing and fusing the partitions, then reading them for agreements


def _ignore(_: Rejection) -> None:
    return None


def _require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise SitroomError("E070") from None


@contextmanager
def dask_client(scheduler: str | None = None, local: int | None = None, quiet: bool = False) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler`` (``tcp://HOST:PORT``), or of a LocalCluster of ``local`` worker
    processes (one thread each) on 127.0.0.1, closed (with its cluster) on the way out. ``quiet``: only Dask's
    errors are logged here (not a worker restarted, or slow to close)."""
    _require_dask()
    from distributed import Client, LocalCluster

    if quiet:  # after the import: importing distributed sets its loggers' levels
        logging.getLogger("distributed").setLevel(logging.ERROR)

    if (scheduler is None) == (local is None):
        raise UsageError("E030", param="--scheduler/--local", detail="give one of them")
    if local is not None:
        with (
            LocalCluster(
                n_workers=local,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=":0",  # no fixed port to collide on
                memory_limit=0,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    assert scheduler is not None
    try:
        client = Client(scheduler, timeout=15)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SitroomError("E071", address=scheduler, detail=_first_line(exc)) from None
    with client:
        yield client


def backfill(
    store: Store,
    items: Iterable[Article | Rejection],
    client: Client,
    parts: str | None = None,
    partition_size: int = PARTITION_SIZE,
    on_reject: OnReject = _ignore,
    on_partition: Callable[[PartSummary], None] | None = None,
    on_skip: Callable[[Article], None] | None = None,
) -> BackfillResult:
    """Extract ``items`` on ``client``'s workers and store them in ``store``.

    ``parts``: the directory for the Parquet partitions, which every worker and this process must see (a shared
    file system on a real cluster); the files stay there. None: a temporary directory, removed after loading.
    ``on_partition`` hears of each partition as its file is written (in completion order)."""
    result = BackfillResult()
    rejected: list[Rejection] = []

    def reject(rejection: Rejection) -> None:
        store.add_rejection(rejection)
        rejected.append(rejection)
        on_reject(rejection)

    directory = parts if parts is not None else tempfile.mkdtemp(prefix="sitroom-backfill-")
    os.makedirs(directory, exist_ok=True)
    try:
        run = uuid.uuid4().hex[:12]
        started = time.perf_counter()
        chunks = _partitions(store, items, partition_size, reject, result, on_skip)
        paths = _extract(client, chunks, directory, run, on_partition)
        result.partitions = len(paths)
        result.workers = len(client.scheduler_info().get("workers", {}))
        loading = time.perf_counter()
        _load(store, paths, reject, result)
        result.extract_seconds, result.load_seconds = loading - started, time.perf_counter() - loading
    finally:
        if parts is None:
            shutil.rmtree(directory, ignore_errors=True)
    result.rejected = len(rejected)
    result.messages = [r.message() for r in rejected]
    return result


def _partitions(
    store: Store,
    items: Iterable[Article | Rejection],
    size: int,
    reject: OnReject,
    result: IngestResult,
    on_skip: Callable[[Article], None] | None,
) -> Iterator[list[Article]]:
    """The articles to extract, ``size`` at a time; rejections recorded and stored articles skipped on the way."""

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Rejection):
                reject(item)
            else:
                yield item

    chunk: list[Article] = []
    for article in unseen(store, articles(), result, on_skip):
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract(
    client: Client,
    chunks: Iterator[list[Article]],
    directory: str,
    run: str,
    on_partition: Callable[[PartSummary], None] | None,
) -> list[str]:
    """Submit the partitions, a bounded number at a time; the paths of the files written, in partition order."""
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    window = IN_FLIGHT_PER_WORKER * workers + 1
    paths: dict[int, str] = {}
    pending = as_completed()
    in_flight = 0
    index = 0
    try:
        for chunk in chunks:
            key = f"sitroom-backfill-{run}-{index:06d}"
            pending.add(client.submit(extract_partition, index, chunk, directory, run, key=key, retries=2))
            index += 1
            in_flight += 1
            while in_flight >= window:
                _done(next(pending), paths, on_partition)
                in_flight -= 1
        for future in pending:
            _done(future, paths, on_partition)
    except BaseException:
        for future in pending.futures:
            future.cancel()
        raise
    return [paths[n] for n in sorted(paths)]


def _done(future: Any, paths: dict[int, str], on_partition: Callable[[PartSummary], None] | None) -> None:
    try:
        summary: PartSummary = future.result()
    except SitroomError:
        raise
    except Exception as exc:  # the task failed on every try (KilledWorker: its workers kept dying)
        raise SitroomError("E072", part=str(future.key), detail=_first_line(exc)) from None
    paths[summary.index] = summary.path
    if on_partition:
        on_partition(summary)


def _load(store: Store, paths: list[str], reject: OnReject, result: IngestResult) -> None:
    """Store the partitions in input order, one transaction each; then agreements, as ``sitroom ingest`` does."""
    added: list[str] = []
    for path in paths:
        try:
            rows = read_partition(path)
        except (OSError, ValueError, KeyError) as exc:
            raise SitroomError("E072", part=os.path.basename(path), detail=_first_line(exc)) from None
        items = []
        for row in rows:
            if row.rejection is not None:
                reject(row.rejection)
            else:
                items.append((row.article, row.events))
        if not items:
            continue
        added += add_counted(store, items, result)
    track_stored(store, added)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (f"{type(exc).__name__}: {text}" if text else type(exc).__name__).splitlines()[0][:200]
