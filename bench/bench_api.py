"""Latency of the HTTP API on 100,000 synthetic events, on DuckDB and (when Debian's PostgreSQL is installed) on
PostgreSQL.

    .venv/bin/python bench/bench_api.py [--events 100000] [--requests 400] [--stores duckdb,postgres] [--clients 4]

For each store: load the synthetic events (sitroom.testing.synthetic) into a fresh database, start a
``sitroom serve`` process on a free loopback port, warm it up, then send a fixed number of requests, one after
another over one keep-alive connection (httpx), or shared among ``--clients`` threads each with its own connection:
``GET /api/events`` with a rotation of filters (country, type, dates, actor, near, text, sort, offset) and
``GET /api/stats`` by day, week and month with and without filters.
Reports p50 and p95 latency per endpoint against the targets (events p95 < 100 ms, stats p95 < 300 ms; they are
set for one client) and requests per second, and writes bench/results/api.json.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402

from sitroom.errors import SitroomError  # noqa: E402
from sitroom.store import add_many, open_store  # noqa: E402
from sitroom.testing.live import live_server  # noqa: E402
from sitroom.testing.synthetic import synthetic_articles  # noqa: E402

TARGETS_MS = {"events": 100.0, "stats": 300.0}
EVENT_QUERIES: list[dict[str, Any]] = [
    {},
    {"country": "UKR"},
    {"country": "SDN,ETH", "sort": "fatalities_desc"},
    {"type": "ASSAULT", "since": "2023-01-01"},
    {"type": "Protests", "country": "KEN"},
    {"since": "2022-06-01", "until": "2022-08-31"},
    {"actor": "police", "limit": 50},
    {"near": "50.45,30.52,100"},
    {"text": "convoy", "country": "AZE"},
    {"offset": 5000, "sort": "date_asc"},
    {"country": "BGD", "limit": 1000},
    {"reports": "true", "sort": "rank", "limit": 20},
]
STATS_QUERIES: list[dict[str, Any]] = [
    {"interval": "day"},
    {"interval": "week", "country": "UKR"},
    {"interval": "month"},
    {"interval": "day", "type": "ASSAULT", "since": "2023-01-01"},
    {"interval": "month", "actor": "rebel"},
]


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return os.path.dirname(found[-1]) if found else None


def _as_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """A throw-away PostgreSQL server on a free loopback port (None when the binaries are absent)."""
    bindir = _pg_bin()
    if bindir is None:
        yield None
        return
    root = tempfile.mkdtemp(prefix="sitroom-bench-pg-")
    data, sock = os.path.join(root, "data"), os.path.join(root, "sock")
    os.makedirs(sock)
    if os.geteuid() == 0:
        os.chmod(root, 0o755)
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(sock, "postgres", "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run: dict[str, Any] = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(
        _as_user([f"{bindir}/initdb", "-D", data, "-U", "sitroom", "-A", "trust", "-E", "UTF8", "--no-locale"]), **run
    )
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off"
    subprocess.run(
        _as_user([f"{bindir}/pg_ctl", "-D", data, "-l", os.path.join(root, "log"), "-o", opts, "-w", "start"]), **run
    )
    try:
        subprocess.run(
            _as_user([f"{bindir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "sitroom", "bench"]), **run
        )
        yield f"postgresql://sitroom@127.0.0.1:{port}/bench"
    finally:
        subprocess.run(
            _as_user([f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "-w", "stop"]),
            capture_output=True,
            timeout=120,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


def load(url: str, n_events: int) -> float:
    t0 = time.perf_counter()
    store = open_store(url)
    try:
        result = add_many(store, synthetic_articles(n_events, seed=1, per_article=20, days=1095))
    finally:
        store.close()
    assert result.events == n_events, result
    return time.perf_counter() - t0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def drive(base: str, n_requests: int, clients: int = 1) -> dict[str, Any]:
    """Send ``n_requests`` requests from ``clients`` threads, each one after another on its own keep-alive client."""
    timings: dict[str, list[float]] = {"events": [], "stats": []}
    by_query: dict[str, list[float]] = {}
    with httpx.Client(base_url=base, timeout=60) as http:
        for i in range(20):  # warm-up: first queries compile plans and fill caches
            http.get("/api/events", params=EVENT_QUERIES[i % len(EVENT_QUERIES)]).raise_for_status()
            http.get("/api/stats", params=STATS_QUERIES[i % len(STATS_QUERIES)]).raise_for_status()

    def client(first: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as http:
            for i in range(first, n_requests, clients):
                kind = "stats" if i % 4 == 3 else "events"
                queries = STATS_QUERIES if kind == "stats" else EVENT_QUERIES
                params = queries[i % len(queries)]
                t0 = time.perf_counter()
                r = http.get(f"/api/{kind}", params=params)
                ms = (time.perf_counter() - t0) * 1000
                timings[kind].append(ms)
                by_query.setdefault(f"/api/{kind}?" + urlencode(params), []).append(ms)
                r.raise_for_status()

    t_start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for done in [pool.submit(client, k) for k in range(clients)]:
            done.result()
    wall = time.perf_counter() - t_start
    out: dict[str, Any] = {}
    for kind, values in timings.items():
        p95 = percentile(values, 95)
        out[kind] = {
            "requests": len(values),
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(p95, 1),
            "max_ms": round(max(values), 1),
            "target_p95_ms": TARGETS_MS[kind],
            "meets_target": p95 < TARGETS_MS[kind],
        }
    out["clients"] = clients
    out["requests_per_s"] = round(n_requests / wall, 1)
    out["median_ms_by_query"] = {q: round(statistics.median(v), 1) for q, v in by_query.items()}
    return out


def bench_store(name: str, url: str, n_events: int, n_requests: int, clients: int) -> dict[str, Any]:
    load_s = load(url, n_events)
    print(f"{name}: loaded {n_events} events in {load_s:.1f} s", file=sys.stderr)
    with live_server(url, timeout=120) as base:
        result = drive(base, n_requests, clients)
    return {"events_loaded": n_events, "load_seconds": round(load_s, 1), **result}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--stores", default="duckdb,postgres")
    ap.add_argument("--clients", type=int, default=1, help="concurrent clients (default 1: one after another)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "api.json"))
    args = ap.parse_args()
    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    results: dict[str, Any] = {}
    if "duckdb" in stores:
        with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as tmp:
            db = os.path.join(tmp, "bench.duckdb")
            results["duckdb"] = bench_store("duckdb", db, args.events, args.requests, args.clients)
    if "postgres" in stores:
        with postgres_server() as url:
            if url is None:
                results["postgres"] = {"skipped": "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"}
            else:
                try:
                    results["postgres"] = bench_store("postgres", url, args.events, args.requests, args.clients)
                except (RuntimeError, SitroomError) as exc:
                    results["postgres"] = {"error": str(exc)}
    report = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "command": "python bench/bench_api.py " + " ".join(sys.argv[1:]),
        "event_queries": EVENT_QUERIES,
        "stats_queries": STATS_QUERIES,
        "results": results,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n")
    print(f"{'store':10} {'endpoint':8} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'target':>7}  ok  (clients, req/s)")
    for store, res in results.items():
        for kind in ("events", "stats"):
            if kind in res:
                r = res[kind]
                print(
                    f"{store:10} {kind:8} {r['requests']:>5} {r['p50_ms']:>8} {r['p95_ms']:>8} "
                    f"{r['target_p95_ms']:>7}  {'yes' if r['meets_target'] else 'NO '} "
                    f"({res['clients']}, {res['requests_per_s']})"
                )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
