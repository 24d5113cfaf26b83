"""The ceiling of the API's varied rotation on PostgreSQL: the SQL the store sends for it, run without the API.

    PYTHONPATH=src .venv/bin/python bench/bench_api_sql.py --events 10000000 --pg-dir /tmp/pg10m \
        [--requests 600] [--processes 4] [--out bench/results/api_10m_postgres_sql.json]

``bench/bench_api.py --varied`` asks 200 clients for queries the server has never answered. This takes the same
requests (``bench_api._request``, varied), records the statements ``sitroom.store`` sends for each (a listing's page,
a stats query's one or two scans; the write-generation reads aside), and runs them on the store kept in ``--pg-dir``
(loaded by ``bench_api.py``; migrated to this code's schema first) with psycopg alone: no HTTP, no JSON, no record
parsed. First one process, each request's statements in turn (the database's time per request of each query shape:
its mean and p95); then ``--processes`` processes at once, for the requests a second the database alone can answer
on this machine and its CPU per request (of every backend, read from /proc). Writes ``--out``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import bench_api  # noqa: E402
from sitroom.api.params import DEFAULT_LIMIT  # noqa: E402
from sitroom.query import event_query  # noqa: E402
from sitroom.store import open_store  # noqa: E402

Statements = list[tuple[str, list[Any]]]


def recorded(url: str, n_requests: int) -> list[tuple[str, Statements]]:
    """(shape, statements) of each of ``n_requests`` varied requests, as the store sends them (not run)."""
    store: Any = open_store(url)
    log: Statements = []

    def fetch(sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        log.append((sql.replace("?", "%s"), list(params)))
        return []

    def stream(sql: str, params: Any = (), large: bool = False) -> Any:
        log.append((sql.replace("?", "%s"), list(params)))
        return iter([])

    out = []
    try:
        store.__dict__["_rollup_schema"] = store._has_rollup()  # read once, before the store's reads are recorded
        store._fetch, store._stream = fetch, stream
        store.generation = lambda: None  # nothing kept: every stats query is sent
        for i in range(n_requests):
            kind, params = bench_api._request(i + 2 * 10**6, varied=True)
            log.clear()
            if kind == "events":
                filters = {k: v for k, v in params.items() if k not in ("limit", "offset", "sort")}
                page = int(params.get("limit", DEFAULT_LIMIT))
                query = event_query(filters, limit=page + 1, offset=int(params["offset"]), order=params.get("sort"))
                list(store._event_rows(query))
            else:
                store.stats(event_query({k: v for k, v in params.items() if k != "interval"}), params["interval"])
            shape = {k: v for k, v in params.items() if k not in ("since", "until", "offset")}
            out.append((f"/api/{kind}?" + "&".join(f"{k}={v}" for k, v in shape.items()), list(log)))
    finally:
        del store._fetch, store._stream, store.generation
        store.close()
    return out


def _run(url: str, requests: list[Statements], queue: Any) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True, options="-c jit=off") as conn:
        cpu = time.process_time()
        for statements in requests:
            for sql, params in statements:
                conn.execute(sql, params).fetchall()
        queue.put(time.process_time() - cpu)


def server_cpu(pid: int) -> float:
    """CPU seconds of the PostgreSQL server: the postmaster, its backends, and the backends that have exited."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return bench_api.cpu_seconds(pid) + (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def measure(url: str, data_dir: str, n_requests: int, processes: int) -> dict[str, Any]:
    import psycopg

    requests = recorded(url, n_requests)
    with psycopg.connect(url, autocommit=True, options="-c jit=off") as conn:
        for _, statements in requests[:40]:  # warm-up
            for sql, params in statements:
                conn.execute(sql, params).fetchall()
        by_shape: dict[str, list[float]] = {}
        for shape, statements in requests:
            t0 = time.perf_counter()
            for sql, params in statements:
                conn.execute(sql, params).fetchall()
            by_shape.setdefault(shape, []).append((time.perf_counter() - t0) * 1000)
    with open(os.path.join(data_dir, "postmaster.pid")) as f:
        postmaster = int(f.readline())
    queue: Any = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=_run, args=(url, [s for _, s in requests[k::processes]], queue))
        for k in range(processes)
    ]
    cpu, t0 = server_cpu(postmaster), time.perf_counter()
    for w in workers:
        w.start()
    client = sum(queue.get() for _ in workers)
    for w in workers:
        w.join()
    wall = time.perf_counter() - t0
    return {
        "one_process_ms_by_shape": {
            shape: {
                "n": len(v),
                "mean_ms": round(statistics.mean(v), 1),
                "p95_ms": round(bench_api.percentile(v, 95), 1),
            }
            for shape, v in sorted(by_shape.items(), key=lambda kv: -statistics.mean(kv[1]))
        },
        "one_process_mean_ms": round(statistics.mean(v for vs in by_shape.values() for v in vs), 2),
        "processes": processes,
        "requests": n_requests,
        "requests_per_s": round(n_requests / wall, 1),
        "database_cpu_ms_per_request": round((server_cpu(postmaster) - cpu) * 1000 / n_requests, 2),
        "client_cpu_ms_per_request": round(client * 1000 / n_requests, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000, help="the events of the kept store (checked)")
    ap.add_argument("--pg-dir", required=True, help="a PostgreSQL data directory loaded by bench_api.py --pg-dir")
    ap.add_argument("--requests", type=int, default=600)
    ap.add_argument("--processes", type=int, default=4)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "api_sql.json"))
    args = ap.parse_args()
    sidecar = Path(args.pg_dir) / "load.json"
    if not sidecar.exists() or json.loads(sidecar.read_text()).get("events") != args.events:
        raise SystemExit(f"{args.pg_dir}: no store of {args.events} events loaded by bench_api.py --pg-dir")
    with bench_api.postgres_server(args.pg_dir) as url:
        if url is None:
            raise SystemExit("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin")
        open_store(url).close()  # migrated to this code's schema
        result = measure(url, os.path.join(os.path.abspath(args.pg_dir), "data"), args.requests, args.processes)
    report = {
        "machine": {"cpus": os.cpu_count(), "load_average_at_end": os.getloadavg()},
        "command": "python bench/bench_api_sql.py " + " ".join(sys.argv[1:]),
        "events": args.events,
        "postgres": result,
    }
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
