"""Throughput of `sitroom backfill` on a Dask LocalCluster beside a plain `sitroom ingest`, over the same corpus.

    .venv/bin/python bench/bench_backfill.py [--sets geo_lgl,plover_gsr] [--limit N] [--workers 1,2]
                                             [--partition-size 25]

The corpus is the texts of gold sets in ../shared/gold (skipped, saying so, when it is absent), written to one
JSON Lines file. Each run goes into a fresh DuckDB store: first `Sitroom.ingest` (what `sitroom ingest` runs), then
`Sitroom.backfill` on a LocalCluster of N worker processes for each N of --workers (what `sitroom backfill --local N`
runs). The fixed start-up (loading the pipeline; starting the cluster and loading every worker's pipeline) is timed
apart from the work (reading, extracting, storing, fusing), whose articles per second are the figure to quote.
Writes bench/results/backfill.json, with the machine's CPU count and load average (other work on the machine slows
every run). Each backfilled store is checked against the ingested one: the same article, report and fused event
counts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
RESULTS = ROOT / "bench" / "results" / "backfill.json"
sys.path.insert(0, str(ROOT / "src"))


def write_corpus(sets: list[str], limit: int, out: Path) -> int:
    """Up to ``limit`` articles of ``sets`` (in turn) as JSON Lines; the number written."""
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for name in sets:
            for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                if n >= limit:
                    return n
                r = json.loads(line)
                if not r.get("text"):
                    continue
                record = {"id": f"{name}-{r['id']}", "published": r.get("published"), "text": r["text"]}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
    return n


def measure(mode: str, workers: int, corpus: Path, db: str, partition_size: int) -> dict[str, Any]:
    """One run: the fixed start-up (the pipeline, or the cluster with every worker's pipeline) timed apart from
    the work (reading, extracting, storing, fusing)."""
    from sitroom.backfill import dask_client
    from sitroom.backfill.parts import worker_pipeline
    from sitroom.core import Sitroom

    t0 = time.perf_counter()
    core = Sitroom(db)
    try:
        if mode == "ingest":
            core.pipeline  # noqa: B018 (load it now)
            startup = time.perf_counter() - t0
            t1 = time.perf_counter()
            result = core.ingest(core.read([str(corpus)]))
            return {"startup_s": startup, "seconds": time.perf_counter() - t1, "stored": result.articles_new}
        with dask_client(local=workers) as client:
            client.wait_for_workers(workers)
            addresses = list(client.scheduler_info()["workers"])
            warm = [client.submit(worker_pipeline, workers=[w], pure=False) for w in addresses]
            _wait(warm)  # each worker has loaded its pipeline (the result stays there)
            startup = time.perf_counter() - t0
            t1 = time.perf_counter()
            result = core.backfill(core.read([str(corpus)]), client, partition_size=partition_size)
            return {
                "startup_s": startup,
                "seconds": time.perf_counter() - t1,
                "stored": result.articles_new,
                "extract_s": round(result.extract_seconds, 2),
                "load_s": round(result.load_seconds, 2),
            }
    finally:
        core.close()


def counts(db: str) -> dict[str, int]:
    from sitroom.store import open_store
    from sitroom.store.base import EventQuery

    store = open_store(db, create=False)
    try:
        return {**store.counts(), "fused_events": store.count_events(EventQuery(fused=True))}
    finally:
        store.close()


def _wait(futures: list[Any]) -> None:
    from distributed import wait

    wait(futures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="geo_lgl,plover_gsr")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--partition-size", type=int, default=25)
    args = parser.parse_args()
    sets = args.sets.split(",")
    if not all((GOLD / f"{s}.jsonl").exists() for s in sets):
        print(f"bench_backfill: skipped, the gold sets {sets} are not all in {GOLD}")
        return
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-backfill-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        articles = write_corpus(sets, args.limit, corpus)
        plans = [("ingest", 0)] + [("backfill", int(w)) for w in args.workers.split(",")]
        reference: dict[str, int] | None = None
        for label, workers in plans:
            db = str(Path(tmp) / f"{len(results)}.duckdb")
            load = os.getloadavg()[0]
            timing = measure(label, workers, corpus, db, args.partition_size)
            stored = counts(db)
            reference = reference or stored
            same = all(stored[k] == reference[k] for k in ("articles", "events", "fused_events"))
            row = {
                "mode": label if label == "ingest" else f"backfill --local {workers}",
                "articles": articles,
                "startup_s": round(timing["startup_s"], 2),
                "seconds": round(timing["seconds"], 2),
                "articles_per_s": round(articles / timing["seconds"], 2),
                "events": stored["events"],
                "fused_events": stored["fused_events"],
                "same_store_as_ingest": same,
                "load_average_before": round(load, 2),
                **{k: timing[k] for k in ("extract_s", "load_s") if k in timing},
            }
            results.append(row)
            print(
                f"{row['mode']:<20} {articles} articles in {row['seconds']:7.1f}s  {row['articles_per_s']:6.2f} "
                f"articles/s (start-up {row['startup_s']:.1f}s)  {row['events']} events, {row['fused_events']} fused"
                f"  (load {load:.1f})"
                + (f"; extract {timing['extract_s']}s, load {timing['load_s']}s" if workers else "")
            )
    base = results[0]["articles_per_s"]
    for row in results:
        row["speedup_vs_ingest"] = round(row["articles_per_s"] / base, 2)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "sets": sets,
                "partition_size": args.partition_size,
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "note": "seconds: reading, extracting, storing and fusing; startup_s (the pipeline, or the cluster "
                "with each worker's pipeline loaded) apart",
                "runs": results,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"written {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
