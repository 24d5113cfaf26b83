"""Extraction on several processes of one machine (``sitroom extract --workers N``).

Each worker process loads its own pipeline once (spaCy is not shared between processes) and extracts chunks of
``CHUNK`` articles; the parent hands out at most two chunks per worker ahead of the one it is waiting for, so memory
stays bounded on a long input, and yields the results in input order. An article whose extraction fails is rejected
alone (E015), as on one process. For many machines, see ``sitroom backfill`` (Dask).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context
from typing import TYPE_CHECKING

from sitroom.model import Article, Event, Rejection

if TYPE_CHECKING:
    from sitroom.pipeline import Pipeline

__all__ = ["CHUNK", "extract_parallel"]

CHUNK = 64
_worker_pipeline: Pipeline | None = None


def _init(cascade: bool) -> None:
    global _worker_pipeline
    from sitroom.cascade import Cascade
    from sitroom.pipeline import Pipeline

    _worker_pipeline = Pipeline(cascade=Cascade() if cascade else None)


def _run(chunk: list[Article]) -> tuple[list[tuple[Article, list[Event]]], list[Rejection]]:
    from sitroom.core import each_article

    assert _worker_pipeline is not None, "worker not initialised"
    rejected: list[Rejection] = []
    done = list(each_article(_worker_pipeline.run_many, chunk, rejected.append))
    return done, rejected


def extract_parallel(
    articles: Iterable[Article], workers: int, cascade: bool = True
) -> Iterator[tuple[Article, list[Event]] | Rejection]:
    """Events of each article in input order (and each rejected article's rejection, in its chunk's place), on
    ``workers`` processes."""
    source = iter(articles)
    ctx = get_context("spawn")  # a fresh interpreter: no inherited threads or locks of the parent
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init, initargs=(cascade,)) as pool:
        ahead: deque[Future[tuple[list[tuple[Article, list[Event]]], list[Rejection]]]] = deque()
        while True:
            while len(ahead) < 3 * workers:
                chunk = list(islice(source, CHUNK))
                if not chunk:
                    break
                ahead.append(pool.submit(_run, chunk))
            if not ahead:
                return
            done, rejected = ahead.popleft().result()
            yield from rejected
            yield from done
