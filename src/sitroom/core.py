"""The core object that the CLI, the HTTP API and the dashboard all call: read, extract, ingest, query.

Like datasette's ``Datasette``, it holds the expensive parts (the NLP pipeline, the store) and opens them lazily,
so that a command that only queries never loads spaCy and one that only extracts never opens a database.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from importlib import resources
from typing import IO, TYPE_CHECKING, Any, TypeVar

from sitroom.agreements.ingest import track_stored
from sitroom.errors import Errors, InputError, RecordError, SitroomError, UsageError
from sitroom.model import Article, Event, Rejection, Toponym
from sitroom.readers import read_paths
from sitroom.store.base import EventQuery, IngestResult, add_counted, unseen

if TYPE_CHECKING:
    from distributed import Client

    from sitroom.backfill import BackfillResult, PartSummary
    from sitroom.evaluate import GoldSet
    from sitroom.pipeline import Pipeline
    from sitroom.store.agreements import AgreementStore
    from sitroom.store.base import Store

__all__ = ["Sitroom", "demo_corpus_path", "each_article", "extract_each", "ingest_articles"]

OnReject = Callable[[Rejection], None]
T = TypeVar("T")


def _ignore(_: Rejection) -> None:
    return None


def only_articles(items: Iterable[Article | Rejection], on_reject: OnReject) -> Iterator[Article]:
    """Pass articles through; hand each rejection to ``on_reject`` as it comes."""
    for item in items:
        if isinstance(item, Rejection):
            on_reject(item)
        else:
            yield item


def failure(article: Article, exc: Exception) -> Rejection:
    """The rejection of an article whose extraction raised (E015); SITROOM_DEBUG=1 prints the traceback."""
    if os.environ.get("SITROOM_DEBUG"):
        traceback.print_exception(exc, file=sys.stderr)
    detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:200] if str(exc) else type(exc).__name__
    return Rejection(
        origin=article.origin or article.id,
        where=f"id {article.id}",
        reason=Errors.E015.format(detail=detail),
        code="E015",
    )


def each_article(
    run: Callable[[Iterable[Article]], Iterator[tuple[Article, T]]],
    articles: Iterable[Article],
    on_reject: OnReject,
) -> Iterator[tuple[Article, T]]:
    """``run`` (a batched pipeline method such as ``Pipeline.run_many``) over ``articles``, where an article whose
    processing raises is rejected alone (E015) and the batch goes on.

    A failure ends ``run``'s generator, and with it the batch it was parsing: the articles of that batch not yet
    returned are run again one at a time, so that only the one that fails is rejected, then the batched run resumes.
    Errors of the input itself (a reader, the store that records rejections) are not an article's and propagate."""
    source = iter(articles)
    pending: deque[Article] = deque()  # handed to ``run`` and not yet returned by it
    upstream: list[BaseException] = []

    def feed() -> Iterator[Article]:
        while True:
            try:
                article = next(source)
            except StopIteration:
                return
            except BaseException as exc:
                upstream.append(exc)
                raise
            pending.append(article)
            yield article

    while True:
        try:
            for article, result in run(feed()):
                pending.popleft()
                yield article, result
            return
        except Exception as exc:
            if upstream or isinstance(exc, SitroomError):
                raise
            suspects = list(pending)
            pending.clear()
        for article in suspects:
            try:
                single = next(iter(run([article])))
            except Exception as exc:
                if isinstance(exc, SitroomError):
                    raise
                on_reject(failure(article, exc))
                continue
            yield single


def ingest_articles(
    store: Store,
    articles: Iterable[Article],
    pipeline: Pipeline,
    on_article: Callable[[Article, int], None] | None = None,
    on_skip: Callable[[Article], None] | None = None,
    on_reject: OnReject = _ignore,
) -> IngestResult:
    """Extract and store every article not stored yet (by content hash); an article stored before is skipped."""
    result = IngestResult()
    added: list[str] = []
    for article, events in each_article(pipeline.run_many, unseen(store, articles, result, on_skip), on_reject):
        if store.add_article(article, events):
            added.append(article.content_hash)
            result.articles_new += 1
            result.events += len(events)
        else:
            result.articles_seen += 1
        if on_article:
            on_article(article, len(events))
    track_stored(store, added)  # agreements, read in publication order
    return result


def extract_each(pipeline: Pipeline, articles: Sequence[Article]) -> list[tuple[Article, list[Event]]]:
    """Events of every article, or ``RecordError`` E018 naming the first article the pipeline fails on."""
    try:
        return list(pipeline.run_many(articles))
    except Exception:  # find which article it was: one at a time, in order
        done: list[tuple[Article, list[Event]]] = []
        for index, article in enumerate(articles):
            try:
                done.extend(pipeline.run_many([article]))
            except Exception as exc:
                detail = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
                raise RecordError(index, article.id, InputError("E018", detail=detail)) from exc
        return done


def demo_corpus_path() -> str:
    """The directory of the bundled demo articles."""
    return str(resources.files("sitroom") / "data" / "demo")


class Sitroom:
    """One sitroom instance: a database location and an NLP pipeline, both opened on first use."""

    def __init__(
        self,
        db: str | None = None,
        *,
        pipeline: Pipeline | None = None,
        store: Store | None = None,
        create: bool = True,
        cascade: bool = True,
    ) -> None:
        """``create=False``: a store that does not exist is an error (E022), not created (read-only commands).
        ``cascade=False``: the pipeline this opens parses every sentence (no relevance cascade)."""
        self.db = db
        self.create = create
        self.cascade = cascade
        self._pipeline = pipeline
        self._store = store
        self._loading = threading.Lock()  # two threads that need the pipeline at once load it once

    @property
    def pipeline(self) -> Pipeline:
        with self._loading:
            if self._pipeline is None:
                from sitroom.cascade import Cascade
                from sitroom.pipeline import Pipeline

                self._pipeline = Pipeline(cascade=Cascade() if self.cascade else None)
            return self._pipeline

    @property
    def store(self) -> Store:
        if self._store is None:
            from sitroom.store import open_store

            self._store = open_store(self.db, create=self.create)
        return self._store

    def use_store(self, store: Store) -> None:
        """Answer from ``store`` from now on."""
        self._store = store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # reading and extracting ----------------------------------------------------------------------------------
    @staticmethod
    def read(
        paths: Sequence[str], published: date | None = None, stdin: IO[bytes] | None = None
    ) -> Iterator[Article | Rejection]:
        return read_paths(paths, published=published, stdin=stdin)

    def extract(
        self, items: Iterable[Article | Rejection], on_reject: OnReject = _ignore, workers: int = 1
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Events of each article in input order, each article's events in salience order; ``workers`` > 1 extracts
        on that many processes (:mod:`sitroom.parallel`), each loading its own pipeline."""
        if workers > 1:
            return self._extract_parallel(only_articles(items, on_reject), on_reject, workers)
        return each_article(self.pipeline.run_many, only_articles(items, on_reject), on_reject)

    def _extract_parallel(
        self, articles: Iterable[Article], on_reject: OnReject, workers: int
    ) -> Iterator[tuple[Article, list[Event]]]:
        from sitroom.parallel import extract_parallel

        for item in extract_parallel(articles, workers, self.cascade):
            if isinstance(item, Rejection):
                on_reject(item)
            else:
                yield item

    def audit(self, items: Iterable[Article | Rejection], on_reject: OnReject = _ignore) -> Iterator[dict[str, Any]]:
        """Each article's raw event mentions, what became of each (kept, merged, dropped) and why, and its
        cumulative toll reports: the records ``sitroom extract --mentions`` prints."""
        for article, ctx in self.pipeline.audit_many(only_articles(items, on_reject)):
            for n, frame in enumerate(ctx.mentions):
                yield {"record": "mention", "article_id": article.id, **frame.audit(n)}
            for toll in ctx.tolls:
                yield {"record": "toll_report", **toll.to_dict()}

    def geoparse(
        self, items: Iterable[Article | Rejection], on_reject: OnReject = _ignore
    ) -> Iterator[tuple[Article, list[Toponym]]]:
        return each_article(self.pipeline.geoparse_many, only_articles(items, on_reject), on_reject)

    # storing --------------------------------------------------------------------------------------------------
    def ingest(
        self,
        items: Iterable[Article | Rejection],
        on_reject: OnReject = _ignore,
        on_article: Callable[[Article, int], None] | None = None,
        on_skip: Callable[[Article], None] | None = None,
    ) -> IngestResult:
        """Store new articles and their events; record each rejected input in the store as well."""
        store = self.store
        rejected: list[Rejection] = []

        def reject(rejection: Rejection) -> None:
            store.add_rejection(rejection)
            rejected.append(rejection)
            on_reject(rejection)

        result = ingest_articles(store, only_articles(items, reject), self.pipeline, on_article, on_skip, reject)
        result.rejected = len(rejected)
        result.messages = [r.message() for r in rejected]
        return result

    def backfill(
        self,
        items: Iterable[Article | Rejection],
        client: Client,
        parts: str | None = None,
        partition_size: int = 50,
        on_reject: OnReject = _ignore,
        on_partition: Callable[[PartSummary], None] | None = None,
        on_skip: Callable[[Article], None] | None = None,
    ) -> BackfillResult:
        """Like :meth:`ingest`, with the extraction on the workers of a Dask ``client`` (``sitroom.backfill``):
        Parquet partitions written under ``parts``, then stored and fused here in input order."""
        from sitroom.backfill import backfill

        return backfill(self.store, items, client, parts, partition_size, on_reject, on_partition, on_skip)

    def ingest_batch(self, articles: Sequence[Article]) -> IngestResult:
        """Store a batch whole or not at all: extract every new article first (``RecordError`` E018 names the first
        one extraction fails on, and nothing is stored), then store them all in one transaction. An article whose
        content is already stored (or repeated in the batch) counts as seen."""
        store = self.store
        result = IngestResult()
        fresh: list[Article] = []
        positions: list[int] = []  # of each fresh article in ``articles``
        hashes: set[str] = set()
        for position, article in enumerate(articles):
            if article.content_hash in hashes or store.has_article(article.content_hash):
                result.articles_seen += 1
            else:
                hashes.add(article.content_hash)
                fresh.append(article)
                positions.append(position)
        if not fresh:
            return result
        try:
            extracted = extract_each(self.pipeline, fresh)
        except RecordError as exc:
            raise RecordError(positions[exc.index], exc.record_id, exc) from exc.__cause__
        track_stored(store, add_counted(store, extracted, result))
        return result

    # querying -------------------------------------------------------------------------------------------------
    def events(self, query: EventQuery) -> Iterator[dict[str, Any]]:
        return self.store.events(query)

    def overview(self, top: int = 5, reports: bool = False) -> dict[str, Any]:
        """What the store holds: totals, events by type and by country, and the top events with their evidence;
        fused events (one per real-world event), or with ``reports`` every report."""
        store = self.store
        stats = store.stats(EventQuery(fused=not reports), interval="month")
        top_events: list[dict[str, Any]] = []
        seen: set[tuple[str, int]] = set()
        for event in store.events(EventQuery(limit=top * 4, order="fatalities_desc", fused=not reports)):
            key = (event["article_id"], event["evidence"]["start"])  # one line per evidence sentence
            if key not in seen and len(top_events) < top:
                seen.add(key)
                top_events.append(event)
        counts = {**store.counts(), "fused_events": store.count_events(EventQuery(fused=True))}
        return {"counts": counts, "stats": stats, "top": top_events}

    # agreements -----------------------------------------------------------------------------------------------
    def _agreement_tables(self) -> AgreementStore | None:
        from sitroom.store.agreements import AgreementStore

        store = self.store
        return store if isinstance(store, AgreementStore) else None

    def agreements(self) -> list[dict[str, Any]]:
        """Every agreement as last known, with its breach counts (confirmed and alleged) and status over time."""
        tables = self._agreement_tables()
        return tables.agreements_summary() if tables else []

    def agreement(self, agreement_id: str) -> dict[str, Any] | None:
        """One agreement with its breaches (oldest first, each with the articles reporting it)."""
        tables = self._agreement_tables()
        found = next((a for a in self.agreements() if a["agreement_id"] == agreement_id), None)
        if tables is None or found is None:
            return None
        return {**found, "violations": tables.agreement_violations(agreement_id)}

    def agreement_records(self) -> Iterator[dict[str, Any]]:
        """The tracker's records per article (agreement states, breaches, stale flags; gold/AGREEMENTS.md)."""
        tables = self._agreement_tables()
        return tables.agreement_records() if tables else iter(())

    def track_agreements(self) -> int:
        """Read the stored articles not read for agreements yet (stores ingested before they were tracked)."""
        return track_stored(self.store)

    # evaluating -----------------------------------------------------------------------------------------------
    def read_gold(self, gold_path: str, on_reject: OnReject = _ignore) -> GoldSet:
        """A gold set (.jsonl) or an ACLED export (.csv), checked before any extraction: a file eval cannot score
        is a UsageError (E014) naming it and the formats eval takes. Export rows that cannot be read go to
        ``on_reject``."""
        from sitroom.evaluate import read_gold

        try:
            return read_gold(gold_path, on_reject)
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError("E014", detail=f"{gold_path}: {exc}") from None

    def evaluate(
        self,
        gold: str | GoldSet,
        output: IO[str] | None = None,
        on_article: Callable[[Article, int], None] | None = None,
        on_reject: OnReject = _ignore,
    ) -> tuple[dict[str, Any], dict[str, dict[tuple[str, str], int]]]:
        """Run extraction (or geoparsing, for toponym sets) over a gold set (a path, or one :meth:`read_gold` read)
        and score it as score.py does: the metrics and the confusion tables."""
        import json

        from sitroom.evaluate import confusions_for, evaluate

        if isinstance(gold, str):
            gold = self.read_gold(gold, on_reject)
        records: list[dict[str, Any]] = []
        if gold.format.output == "toponyms":
            for article, toponyms in self.pipeline.geoparse_many(gold.articles):
                records.extend(t.to_dict(article.id) for t in toponyms)
                if on_article:
                    on_article(article, 0)
        else:
            for article, events in self.pipeline.run_many(gold.articles):
                records.extend(e.to_dict() for e in events)
                if on_article:
                    on_article(article, len(events))
        if output is not None:
            for record in records:
                output.write(json.dumps(record, ensure_ascii=False) + "\n")
        try:
            return evaluate(gold.records, records), confusions_for(gold.records, records)
        except KeyError as exc:
            raise UsageError("E014", detail=f"{gold.path}: a gold record has no {exc}") from None
        except (ValueError, TypeError) as exc:
            raise UsageError("E014", detail=f"{gold.path}: {exc}") from None
