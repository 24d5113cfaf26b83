"""Backfill on Dask (issue 13, item 5): a LocalCluster of two worker processes on 127.0.0.1 gives the store a plain
``sitroom ingest`` gives, and a worker killed mid-run loses no article and stores none twice."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitroom.backfill import PartRow, PartSummary, dask_client, read_partition, write_partition
from sitroom.backfill.parts import worker_pipeline
from sitroom.cli import main
from sitroom.core import Sitroom, demo_corpus_path
from sitroom.geo import Geoparser
from sitroom.model import Actor, Article, Casualties, Event, Evidence, Location, Rejection
from sitroom.pipeline import Pipeline
from sitroom.readers import read_paths
from sitroom.store.base import EventQuery

pytest.importorskip("distributed", reason="backfill tests need Dask: pip install 'sitroom[dask]'")

DEMO = Path(demo_corpus_path())
SMALLEST = sorted((p for p in DEMO.glob("*.txt")), key=lambda p: (p.stat().st_size, p.name))[:8]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Eight short demo articles, then a JSON Lines file with one of them again, a record without text and one
    with an impossible date: one skip and two rejections on the way."""
    first = next(a for a in read_paths([str(SMALLEST[0])]) if isinstance(a, Article))
    again = {"id": "again", "published": str(first.published), "title": first.title, "text": first.text}
    extra = tmp_path_factory.mktemp("corpus") / "extra.jsonl"
    records = [
        again,
        {"id": "no-text", "published": "2024-01-02"},
        {"id": "bad", "published": "2023-02-30", "text": "x"},
    ]
    extra.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [*map(str, SMALLEST), str(extra)]


def _snapshot(core: Sitroom) -> dict[str, Any]:
    """What must be the same: report events, fused events, rejections (without their times), row counts."""
    store = core.store
    return {
        "events": sorted(json.dumps(e, sort_keys=True) for e in store.events(EventQuery(limit=None))),
        "fused": sorted(json.dumps(e, sort_keys=True) for e in store.events(EventQuery(limit=None, fused=True))),
        "rejections": sorted((r["origin"], r["where"], r["code"], r["reason"]) for r in store.rejections()),
        "counts": store.counts(),
        "stale": store.stale_articles(),
    }


def inputs_digest() -> str:
    """A digest of what extraction reads besides the articles: sitroom's sources and data files, and the gazetteer's
    inputs (its fingerprint: data, builder, a user's GeoNames index if there is one)."""
    import hashlib

    import sitroom
    from sitroom.geo import geonames
    from sitroom.geo.gazetteer import input_fingerprint

    root = Path(sitroom.__file__).parent
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".tsv", ".txt", ".json")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    dump = geonames.index_path()
    h.update(input_fingerprint(dump if dump is not None and dump.is_file() else None).encode())
    return h.hexdigest()


AT_IMPORT = inputs_digest()  # when this process imported sitroom (collection), long before the workers start


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two worker processes, each loading its pipeline at once (while this process ingests). The workers import
    sitroom minutes after this process did: should its files (or the gazetteer's inputs in the shared cache
    directory) change in between, the two would extract with different code, and the stores could differ by an
    event; that is said plainly instead."""
    with dask_client(local=2) as c:
        warming = [c.submit(worker_pipeline, workers=[w], pure=False) for w in c.scheduler_info()["workers"]]
        seen = set(c.run(inputs_digest).values())
        if seen != {AT_IMPORT}:
            pytest.fail(
                "sitroom's sources or the gazetteer's inputs changed on disk while the tests ran", pytrace=False
            )
        yield c
        del warming


@pytest.fixture(scope="module")
def ingested(
    tmp_path_factory: pytest.TempPathFactory, corpus: list[str], nlp: Any, geoparser: Geoparser
) -> dict[str, Any]:
    """The store a plain ingest of the corpus makes."""
    tmp = tmp_path_factory.mktemp("ingest")
    core = Sitroom(str(tmp / "ingest.duckdb"), pipeline=Pipeline(nlp=nlp, geoparser=geoparser))
    try:
        result = core.ingest(core.read(corpus))
        assert (result.articles_new, result.articles_seen, result.rejected) == (8, 1, 2)
        return _snapshot(core)
    finally:
        core.close()


@pytest.mark.slow
def test_backfill_issue13_local_cluster_gives_the_store_ingest_gives(
    tmp_path: Path, corpus: list[str], client: Any, ingested: dict[str, Any]
) -> None:
    core = Sitroom(str(tmp_path / "backfill.duckdb"))
    parts = tmp_path / "parts"
    summaries: list[PartSummary] = []
    try:
        result = core.backfill(core.read(corpus), client, str(parts), 3, on_partition=summaries.append)
        assert (result.articles_new, result.articles_seen, result.rejected, result.partitions) == (8, 1, 2, 3)
        assert _snapshot(core) == ingested
        again = core.backfill(core.read(corpus), client, str(parts), 3)  # all stored already
        assert (again.articles_new, again.articles_seen, again.partitions) == (0, 9, 0)
    finally:
        core.close()
    assert sorted(s.index for s in summaries) == [0, 1, 2]
    assert sorted(p.name.split("-part-")[1] for p in parts.iterdir()) == [f"{n:06d}.parquet" for n in range(3)]


@pytest.mark.slow
def test_backfill_issue13_worker_killed_mid_run_loses_no_article(
    tmp_path: Path, corpus: list[str], client: Any, ingested: dict[str, Any]
) -> None:
    """Once the first partition is written, the worker process running another one is killed (SIGKILL): Dask runs
    that partition again on a worker that lives, and the store is still the one ingest gives."""
    killed: dict[str, Any] = {}

    def kill_one(summary: PartSummary) -> None:
        if killed:
            return
        busy = {w: keys for w, keys in client.processing().items() if keys}
        assert busy, "no partition in flight to kill"
        worker, keys = next(iter(busy.items()))
        pid = client.run(os.getpid, workers=[worker])[worker]
        os.kill(pid, signal.SIGKILL)
        killed.update(worker=worker, keys={str(k) for k in keys}, pid=pid)

    summaries: list[PartSummary] = []

    def on_partition(summary: PartSummary) -> None:
        summaries.append(summary)
        kill_one(summary)

    core = Sitroom(str(tmp_path / "killed.duckdb"))
    try:
        result = core.backfill(core.read(corpus), client, None, 2, on_partition=on_partition)
        assert (result.articles_new, result.articles_seen, result.rejected, result.partitions) == (8, 1, 2, 4)
        assert _snapshot(core) == ingested  # every article once, fused as ingest fuses them
    finally:
        core.close()
    rerun = [s for s in summaries if any(k.endswith(f"-{s.index:06d}") for k in killed["keys"])]
    assert rerun and all(s.worker != killed["worker"] for s in rerun)


def test_backfill_partition_round_trip(tmp_path: Path) -> None:
    """A partition file reads back as the articles, events and rejections written, in input order."""
    published = date(2024, 3, 5)
    article = Article(id="a1", text="Two soldiers were killed in Kharkiv.", published=published, title="T", origin="f")
    event = Event(
        article_id="a1",
        plover_event="ASSAULT",
        evidence=Evidence("Two soldiers were killed in Kharkiv.", 0, 36),
        actor1=Actor("troops", "Russian forces", "RUS", "MIL", 8),
        other_actors=[Actor("police", "Police", None, "COP")],
        date=published,
        date_precision="day",
        location=Location("Kharkiv", 49.98081, 36.25272, "UKR", text="Kharkiv", admin1="Kharkiv", geonames_id=706483),
        fatalities=Casualties(killed=2, qualifier="exact", text="Two soldiers"),
        confidence=0.71234,
        trigger="killed",
        trigger_start=20,
        mentions=[Evidence("Two soldiers were killed in Kharkiv.", 0, 36)],
        date_anchor="publication",
    )
    failed = Article(id="a2", text="Something else.", published=None, origin="g:2")
    rejection = Rejection(origin="g:2", where="id a2", reason="could not be processed: boom", code="E015")
    path = str(tmp_path / "p.parquet")
    write_partition(path, [PartRow(article, [event]), PartRow(failed, rejection=rejection)])
    rows = read_partition(path)
    assert [r.article for r in rows] == [article, failed]
    assert [e.to_dict() for e in rows[0].events] == [event.to_dict()]
    assert rows[0].events[0].event_id == event.event_id
    assert rows[1].rejection == rejection and rows[1].events == []
    assert os.listdir(tmp_path) == ["p.parquet"]  # no temporary file left


def test_backfill_cli_needs_one_of_scheduler_or_local(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.duckdb")
    assert main(["backfill", str(SMALLEST[0]), "--db", db]) == 1
    assert "E030" in capsys.readouterr().err
    assert main(["backfill", str(SMALLEST[0]), "--db", db, "--local", "1", "--scheduler", "tcp://127.0.0.1:1"]) == 1
    assert "give exactly one of them" in capsys.readouterr().err
