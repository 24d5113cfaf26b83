"""Store load rate and query latency on synthetic events, on DuckDB and (when installed) PostgreSQL.

    .venv/bin/python bench/bench_store.py [--n 100000] [--repeat 30] [--stores duckdb,postgres] [--postgres URL]

For each store: generate ``--n`` synthetic events (sitroom.testing.synthetic; 5 an article, 1 in 10 without a
place), load them into a fresh database with ``add_many`` (500 articles a transaction) and report events per
second; then time each query ``--repeat`` times: ``events()`` with a limit of 50 under a rotation of filters (none,
country, type, actor, near, text, a date window, all combined), ``count_events`` of the same, and ``stats()`` by
day, week and month. Prints p50/p95 in milliseconds and writes bench/results/store.json. PostgreSQL is a throwaway
server started from /usr/lib/postgresql/*/bin unless ``--postgres URL`` names one (its tables must be empty).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import duckdb  # noqa: E402

from sitroom.store import open_store  # noqa: E402
from sitroom.store.base import EventQuery, Store, add_many  # noqa: E402
from sitroom.testing.pgtemp import TempPostgres, pg_bindir  # noqa: E402
from sitroom.testing.synthetic import synthetic_articles  # noqa: E402

QUERIES: dict[str, EventQuery] = {
    "none": EventQuery(limit=50),
    "country": EventQuery(countries=("UKR",), limit=50),
    "type": EventQuery(types=("Protests",), limit=50),
    "actor": EventQuery(actor="rebel", limit=50),
    "near": EventQuery(near=(50.4, 30.5, 100.0), limit=50),
    "text": EventQuery(text="killing 12 people", limit=50),
    "dates": EventQuery(since=date(2021, 3, 1), until=date(2021, 3, 31), limit=50),
    "combined": EventQuery(
        countries=("SDN",),
        types=("ASSAULT",),
        since=date(2021, 1, 1),
        actor="forces",
        order="fatalities_desc",
        limit=50,
    ),
    "offset": EventQuery(limit=50, offset=5000),
}


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


def _time(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    fn()  # warm up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return _percentiles(samples)


def bench_store(url: str, n: int, repeat: int) -> dict[str, Any]:
    store: Store = open_store(url)
    start = time.perf_counter()
    result = add_many(
        store, synthetic_articles(n, per_article=5, seed=1, start=date(2020, 1, 1), days=1500, unlocated=0.1)
    )
    load = time.perf_counter() - start
    out: dict[str, Any] = {
        "events": result.events,
        "load_s": round(load, 2),
        "load_events_per_s": round(result.events / load),
        "queries": {},
    }
    for name, query in QUERIES.items():
        out["queries"][f"events[{name}]"] = _time(lambda q=query: list(store.events(q)), repeat)  # type: ignore[misc]
        out["queries"][f"count[{name}]"] = _time(lambda q=query: store.count_events(q), repeat)  # type: ignore[misc]
    for interval in ("day", "week", "month"):
        out["queries"][f"stats[{interval}]"] = _time(lambda i=interval: store.stats(EventQuery(), i), repeat)  # type: ignore[misc]
    out["queries"]["stats[month,UKR]"] = _time(lambda: store.stats(EventQuery(countries=("UKR",)), "month"), repeat)
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="synthetic events to load")
    parser.add_argument("--repeat", type=int, default=30, help="timings per query")
    parser.add_argument("--stores", default="duckdb,postgres")
    parser.add_argument("--postgres", help="an empty PostgreSQL database to use instead of a throwaway server")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "store.json"))
    args = parser.parse_args()
    results: dict[str, Any] = {
        "command": "python bench/bench_store.py " + " ".join(sys.argv[1:]),
        "n": args.n,
        "repeat": args.repeat,
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "cpus": os.cpu_count(),
        "stores": {},
    }
    stores = args.stores.split(",")
    if "duckdb" in stores:
        with tempfile.TemporaryDirectory() as tmp:
            results["stores"]["duckdb"] = bench_store(os.path.join(tmp, "bench.duckdb"), args.n, args.repeat)
    if "postgres" in stores:
        if args.postgres:
            results["stores"]["postgres"] = bench_store(args.postgres, args.n, args.repeat)
        elif pg_bindir() is not None:
            with TempPostgres("sitroom_bench") as server:
                results["stores"]["postgres"] = bench_store(server.url, args.n, args.repeat)
        else:
            print("postgres: skipped (no /usr/lib/postgresql/*/bin and no --postgres URL)", file=sys.stderr)
    _report(results)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.output}")


def _report(results: dict[str, Any]) -> None:
    names = list(results["stores"])
    print(f"{results['n']} synthetic events, {results['repeat']} timings per query, {results['cpus']} CPUs")
    print(f"{'load (events/s)':<24}" + "".join(f"{results['stores'][s]['load_events_per_s']:>22}" for s in names))
    print(f"{'query (ms)':<24}" + "".join(f"{s + ' p50 / p95':>22}" for s in names))
    for key in results["stores"][names[0]]["queries"] if names else []:
        cells = [results["stores"][s]["queries"][key] for s in names]
        print(f"{key:<24}" + "".join(f"{c['p50_ms']:>13.1f} / {c['p95_ms']:>6.1f}" for c in cells))


if __name__ == "__main__":
    main()
