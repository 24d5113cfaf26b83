"""Latency, concurrency and memory of the HTTP API on up to 10 million synthetic events, on DuckDB and (when
Debian's PostgreSQL is installed) on PostgreSQL.

    .venv/bin/python bench/bench_api.py [--events 10000000] [--requests 400] [--stores duckdb,postgres]
        [--clients 200] [--concurrent-requests 2000] [--out bench/results/api_10m.json]

For each store: bulk-load the synthetic events (sitroom.testing.bulk: columns computed by DuckDB, inserted in one
statement on DuckDB and by COPY on PostgreSQL; the load time is reported), start a ``sitroom serve`` process on a
free loopback port, then
1. send the first request of each query once, on a server that has answered nothing yet (``cold``);
2. warm up, then send ``--requests`` requests one after another over one keep-alive connection: ``GET /api/events``
   with a rotation of filters (country, type, dates, actor, near, text, sort, offset) and ``GET /api/stats`` by
   day, week and month with and without filters; p50 and p95 latency per endpoint against the target
   (p95 < 250 ms for both);
3. with ``--clients`` > 1 (and ``--serve-workers`` > 1: after the warm-up again from 4 connections a worker at once,
   so that each worker has answered the rotation once), send ``--concurrent-requests`` requests of the same
   rotation from that many clients at once (asyncio, one keep-alive connection each, a minimal HTTP/1.1 client:
   ``RawClient``); counts errors (any answer other than 200, or no answer) and the p95 against the target (< 1 s,
   no error);
4. with ``--varied``, phases 2 and 3 again with queries that vary (a random date window and offset each): answers
   the server keeps (``sitroom.api.answers``) cannot serve these, so they measure the queries themselves.
The resident memory (RSS) of the ``serve`` process is read from /proc after each phase. Writes the results to
``--out`` (default bench/results/api.json). The stores are deleted afterwards, unless ``--store-dir`` keeps the DuckDB
store and ``--pg-dir DIR`` PostgreSQL's data directory for later runs (each is loaded once, by the first run that
names it, and reused by the next ones with the same ``--events``; delete the directory to load again).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import glob
import json
import os
import platform
import random
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
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402

from sitroom.errors import SitroomError  # noqa: E402
from sitroom.store import is_postgres_url  # noqa: E402
from sitroom.testing.bulk import bulk_load  # noqa: E402
from sitroom.testing.live import live_server  # noqa: E402

TARGET_MS = 250.0  # p95 of each endpoint, one client
CONCURRENT_TARGET_MS = 1000.0  # p95 of every request, many clients at once
FIRST_DAY = date(2022, 1, 1)  # the bulk loader's first day (sitroom.testing.bulk.START; three years of events)
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


PG_SETTINGS = "-c fsync=off -c shared_buffers=1GB -c max_wal_size=8GB -c effective_cache_size=8GB"


@contextmanager
def postgres_server(keep: str | None = None) -> Iterator[str | None]:
    """A PostgreSQL server on a free loopback port (None when the binaries are absent): throw-away, or with ``keep``
    (``--pg-dir``) a data directory kept there between runs: made on the first run, started again by later ones."""
    bindir = _pg_bin()
    if bindir is None:
        yield None
        return
    root = os.path.abspath(keep) if keep else tempfile.mkdtemp(prefix="sitroom-bench-pg-")
    data, sock = os.path.join(root, "data"), os.path.join(root, "sock")
    fresh = not os.path.exists(os.path.join(data, "PG_VERSION"))
    os.makedirs(sock, exist_ok=True)
    if os.geteuid() == 0:
        os.chmod(root, 0o755)
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(sock, "postgres", "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run: dict[str, Any] = {"check": True, "capture_output": True, "timeout": 120}
    if fresh:
        shutil.rmtree(data, ignore_errors=True)
        initdb = [f"{bindir}/initdb", "-D", data, "-U", "sitroom", "-A", "trust", "-E", "UTF8", "--no-locale"]
        subprocess.run(_as_user(initdb), **run)
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} {PG_SETTINGS}"
    log = os.path.join(root, "log")
    subprocess.run(_as_user([f"{bindir}/pg_ctl", "-D", data, "-l", log, "-o", opts, "-w", "start"]), **run)
    try:
        if fresh:
            createdb = [f"{bindir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "sitroom", "bench"]
            subprocess.run(_as_user(createdb), **run)
        yield f"postgresql://sitroom@127.0.0.1:{port}/bench"
    finally:
        subprocess.run(
            _as_user([f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "-w", "stop"]),
            capture_output=True,
            timeout=120,
            check=False,
        )
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


def load(url: str, n_events: int, source: str | None = None) -> dict[str, float]:
    seconds = bulk_load(url, n_events, seed=1, source=source)
    return {k: round(v, 1) for k, v in seconds.items()}


def load_kept(url: str, n_events: int, sidecar: Path, source: str | None = None) -> dict[str, float]:
    """A store kept between runs (``--store-dir`` for DuckDB, ``--pg-dir`` for PostgreSQL): loaded once, its load
    times written to ``sidecar`` and reported again by the runs that reuse it. A DuckDB file without its sidecar (a
    load that did not finish) is made again; a PostgreSQL directory without one must be deleted by hand."""
    if sidecar.exists():
        kept: dict[str, Any] = json.loads(sidecar.read_text())
        if kept.get("events", n_events) != n_events:
            raise SystemExit(f"{sidecar}: the kept store holds {kept['events']} events, not {n_events}")
        return {k: v for k, v in kept.items() if k != "events"} | {"reused": 1.0}
    if not is_postgres_url(url) and os.path.exists(url):
        os.remove(url)
    seconds = load(url, n_events, source)
    sidecar.write_text(json.dumps({**seconds, "events": n_events}) + "\n")
    return seconds


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def _request(i: int, varied: bool = False) -> tuple[str, dict[str, Any]]:
    """The i-th request of the rotation: three listings, then a stats query. ``varied``: the same query with a date
    window of 7 to 120 days at a random place in the three years, and listings at a random offset (0-2,000), so
    that nearly every request is one the server has not answered before (no kept answer helps it)."""
    kind = "stats" if i % 4 == 3 else "events"
    queries = STATS_QUERIES if kind == "stats" else EVENT_QUERIES
    params = dict(queries[i % len(queries)])
    if varied:
        rng = random.Random(i * 7919 + 13)
        since = FIRST_DAY + timedelta(days=rng.randrange(1095))
        params["since"] = since.isoformat()
        params["until"] = (since + timedelta(days=rng.randint(7, 120))).isoformat()
        if kind == "events":
            params["offset"] = rng.randrange(0, 2001, 20)
    return kind, params


def _summary(timings: dict[str, list[float]], target: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind, values in timings.items():
        if not values:
            continue
        p95 = percentile(values, 95)
        out[kind] = {
            "requests": len(values),
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(p95, 1),
            "max_ms": round(max(values), 1),
            "target_p95_ms": target,
            "meets_target": p95 < target,
        }
    return out


def cold(base: str) -> dict[str, float]:
    """The first request of each query, each once, before any other: no plan, cache or kept answer helps it."""
    out: dict[str, float] = {}
    with httpx.Client(base_url=base, timeout=600) as http:
        for kind, queries in (("events", EVENT_QUERIES), ("stats", STATS_QUERIES)):
            for params in queries:
                t0 = time.perf_counter()
                http.get(f"/api/{kind}", params=params).raise_for_status()
                out[f"/api/{kind}?" + urlencode(params)] = round((time.perf_counter() - t0) * 1000, 1)
    return out


def sequential(base: str, n_requests: int, varied: bool = False) -> dict[str, Any]:
    """``n_requests`` requests one after another on one keep-alive connection, after a warm-up."""
    timings: dict[str, list[float]] = {"events": [], "stats": []}
    by_query: dict[str, list[float]] = {}
    with httpx.Client(base_url=base, timeout=120) as http:
        for i in range(40):  # warm-up: every query of the rotation runs at least twice
            kind, params = _request(i)
            http.get(f"/api/{kind}", params=params).raise_for_status()
        t_start = time.perf_counter()
        for i in range(n_requests):
            kind, params = _request(i + (10**6 if varied else 0), varied)
            t0 = time.perf_counter()
            r = http.get(f"/api/{kind}", params=params)
            ms = (time.perf_counter() - t0) * 1000
            r.raise_for_status()
            timings[kind].append(ms)
            by_query.setdefault(f"/api/{kind}?" + urlencode(params), []).append(ms)
        wall = time.perf_counter() - t_start
    return {
        **_summary(timings, TARGET_MS),
        "clients": 1,
        "requests_per_s": round(n_requests / wall, 1),
        "median_ms_by_query": {} if varied else {q: round(statistics.median(v), 1) for q, v in by_query.items()},
    }


def warm_workers(base: str, workers: int) -> None:
    """``serve --workers``: the warm-up again from 4 connections a worker at once, so that every worker (each keeps
    its own answers) has answered the rotation once before the clients come, as the one process of a single-worker
    server has after the sequential phase (which connection a worker takes is the kernel's choice)."""

    def rotation(_: int) -> None:
        with httpx.Client(base_url=base, timeout=600) as http:
            for i in range(60):  # the whole rotation: 4 kinds of request x 12 listings x 5 stats queries
                kind, params = _request(i)
                http.get(f"/api/{kind}", params=params).raise_for_status()

    with ThreadPoolExecutor(4 * workers) as pool:
        list(pool.map(rotation, range(4 * workers)))


def concurrent(base: str, n_requests: int, clients: int, varied: bool = False) -> dict[str, Any]:
    """``n_requests`` requests from ``clients`` clients at once, each with one keep-alive connection; every answer
    other than a 200, and every request that got no answer, is an error."""
    timings: dict[str, list[float]] = {"events": [], "stats": []}
    errors: dict[str, int] = {}

    host, port = base.removeprefix("http://").rsplit(":", 1)

    async def client(first: int) -> None:
        conn = RawClient(host, int(port))
        try:
            for i in range(first, n_requests, clients):
                kind, params = _request(i + (2 * 10**6 if varied else 0), varied)
                t0 = time.perf_counter()
                try:
                    status = str(await asyncio.wait_for(conn.get(f"/api/{kind}?{urlencode(params)}"), 120))
                except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
                    status = type(exc).__name__
                    conn.close()
                timings[kind].append((time.perf_counter() - t0) * 1000)
                if status != "200":
                    errors[status] = errors.get(status, 0) + 1
        finally:
            conn.close()

    async def run() -> float:
        t_start = time.perf_counter()
        await asyncio.gather(*(client(k) for k in range(clients)))
        return time.perf_counter() - t_start

    own = time.process_time()
    wall = asyncio.run(run())
    client_cpu = time.process_time() - own
    every = timings["events"] + timings["stats"]
    p95 = percentile(every, 95)
    return {
        **_summary(timings, CONCURRENT_TARGET_MS),
        "all": {"requests": len(every), "p50_ms": round(statistics.median(every), 1), "p95_ms": round(p95, 1)},
        "clients": clients,
        "errors": errors,
        "requests_per_s": round(n_requests / wall, 1),
        "client_cpu_ms_per_request": round(client_cpu * 1000 / n_requests, 2),
        "meets_target": p95 < CONCURRENT_TARGET_MS and not errors,
    }


class RawClient:
    """One keep-alive HTTP/1.1 connection that sends GETs and reads whole answers: a client lighter than httpx's
    (a tenth of its CPU per request), so that 200 of them in one process measure the server, not themselves."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
        if "content-length" in fields:
            await self.reader.readexactly(int(fields["content-length"]))
        elif fields.get("transfer-encoding") == "chunked":
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readuntil(b"\r\n")
        if fields.get("connection") == "close":
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def serve_pid(base: str) -> int | None:
    """The process id of the ``sitroom serve`` listening at ``base`` (found by its command line)."""
    port = base.rsplit(":", 1)[1]
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                args = f.read().split(b"\0")
        except OSError:
            continue
        if b"serve" in args and b"--port" in args and port.encode() in args:
            return int(entry)
    return None


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (``serve --workers``: the supervisor and its worker processes)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def rss_mb(pid: int | None) -> dict[str, float] | None:
    """Resident memory now and at its peak (VmRSS, VmHWM), in MB, summed over the serve process and its workers."""
    if pid is None:
        return None
    out = {"VmRSS": 0.0, "VmHWM": 0.0}
    for p in _tree(pid):
        with contextlib.suppress(OSError), open(f"/proc/{p}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in out:
                    out[key] = round(out[key] + int(value.split()[0]) / 1024, 1)
    return out


def cpu_seconds(pid: int | None) -> float:
    """CPU time (user + system) the serve process (and its workers) has used so far, all threads included."""
    if pid is None:
        return float("nan")
    total = 0.0
    for p in _tree(pid):
        with contextlib.suppress(OSError), open(f"/proc/{p}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def bench_store(name: str, url: str, args: argparse.Namespace, source: str | None = None) -> dict[str, Any]:
    if name == "duckdb" and args.store_dir:
        load_s = load_kept(url, args.events, Path(url + ".json"))
    elif name == "postgres" and args.pg_dir:
        load_s = load_kept(url, args.events, Path(args.pg_dir) / "load.json", source)
    else:
        load_s = load(url, args.events, source)
    print(f"{name}: loaded {args.events} events in {load_s['total']:.1f} s ({load_s})", file=sys.stderr)
    out: dict[str, Any] = {"events_loaded": args.events, "load_seconds": load_s}
    workers = args.serve_workers if name == "postgres" else 1
    out["serve_workers"] = workers
    with live_server(url, timeout=600, workers=workers) as base:
        pid = serve_pid(base)
        out["rss_mb_started"] = rss_mb(pid)
        out["cold_ms_by_query"] = cold(base)
        print(f"{name}: cold {out['cold_ms_by_query']}", file=sys.stderr)
        cpu = cpu_seconds(pid)
        out["sequential"] = sequential(base, args.requests)
        # the server's own CPU per request (warm-up included): what a machine of one's own would need per request
        out["sequential"]["serve_cpu_ms_per_request"] = round((cpu_seconds(pid) - cpu) * 1000 / (args.requests + 40), 1)
        out["rss_mb_sequential"] = rss_mb(pid)
        print(f"{name}: sequential {out['sequential']}", file=sys.stderr)
        if args.clients > 1:
            if workers > 1:
                warm_workers(base, workers)
            cpu = cpu_seconds(pid)
            out["concurrent"] = concurrent(base, args.concurrent_requests, args.clients)
            used = (cpu_seconds(pid) - cpu) * 1000 / args.concurrent_requests
            out["concurrent"]["serve_cpu_ms_per_request"] = round(used, 1)
            out["rss_mb_concurrent"] = rss_mb(pid)
            print(f"{name}: concurrent {out['concurrent']}", file=sys.stderr)
        if args.varied:  # the same rotation with queries that vary: kept answers cannot serve them
            cpu = cpu_seconds(pid)
            out["sequential_varied"] = sequential(base, args.requests, varied=True)
            used = (cpu_seconds(pid) - cpu) * 1000 / (args.requests + 40)
            out["sequential_varied"]["serve_cpu_ms_per_request"] = round(used, 1)
            print(f"{name}: sequential, varied {out['sequential_varied']}", file=sys.stderr)
            if args.clients > 1:
                cpu = cpu_seconds(pid)
                out["concurrent_varied"] = concurrent(base, args.varied_requests, args.clients, varied=True)
                used = (cpu_seconds(pid) - cpu) * 1000 / args.varied_requests
                out["concurrent_varied"]["serve_cpu_ms_per_request"] = round(used, 1)
                print(f"{name}: concurrent, varied {out['concurrent_varied']}", file=sys.stderr)
            out["rss_mb_varied"] = rss_mb(pid)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=400, help="requests sent one after another")
    ap.add_argument("--stores", default="duckdb,postgres")
    ap.add_argument("--clients", type=int, default=1, help="concurrent clients (default 1: no concurrent phase)")
    ap.add_argument("--concurrent-requests", type=int, default=2000, help="requests sent by the concurrent clients")
    ap.add_argument("--dir", default=tempfile.gettempdir(), help="where the DuckDB store is made (and deleted)")
    ap.add_argument("--varied", action="store_true", help="also run the rotation with varying dates and offsets")
    ap.add_argument("--varied-requests", type=int, default=1000, help="requests of the concurrent varied phase")
    ap.add_argument("--store-dir", help="keep the DuckDB store here and reuse it in later runs (not deleted)")
    ap.add_argument("--pg-dir", help="keep the PostgreSQL data directory here and reuse it in later runs (not deleted)")
    ap.add_argument(
        "--serve-workers", type=int, default=1, help="serve --workers N on PostgreSQL (DuckDB is served by one)"
    )
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "api.json"))
    args = ap.parse_args()
    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-", dir=args.dir) as tmp:
        duck = os.path.join(args.store_dir or tmp, f"api_{args.events}.duckdb" if args.store_dir else "bench.duckdb")
        if "duckdb" in stores:
            results["duckdb"] = bench_store("duckdb", duck, args)
        if "postgres" in stores:
            with postgres_server(args.pg_dir) as url:
                if url is None:
                    results["postgres"] = {"skipped": "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"}
                else:
                    try:  # the DuckDB store's rows, when it was made, are copied rather than computed again
                        source = duck if os.path.exists(duck) else None
                        results["postgres"] = bench_store("postgres", url, args, source)
                    except (RuntimeError, SitroomError) as exc:
                        results["postgres"] = {"error": str(exc)}
    report = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "load_average_at_end": os.getloadavg(),
        },
        "command": "python bench/bench_api.py " + " ".join(sys.argv[1:]),
        "event_queries": EVENT_QUERIES,
        "stats_queries": STATS_QUERIES,
        "results": results,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n")
    print(f"{'store':10} {'phase':17} {'endpoint':8} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'target':>7}  ok  req/s")
    for store, res in results.items():
        for phase in ("sequential", "concurrent", "sequential_varied", "concurrent_varied"):
            for kind in ("events", "stats"):
                r = res.get(phase, {}).get(kind)
                if r:
                    print(
                        f"{store:10} {phase:17} {kind:8} {r['requests']:>5} {r['p50_ms']:>8} {r['p95_ms']:>8} "
                        f"{r['target_p95_ms']:>7}  {'yes' if r['meets_target'] else 'NO '} "
                        f"{res[phase]['requests_per_s']}"
                    )
        for phase in ("concurrent", "concurrent_varied"):
            if phase in res:
                print(f"{store:10} {phase} errors: {res[phase]['errors'] or 0}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
