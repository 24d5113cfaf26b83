"""Ingest cost per article as the store grows: does fusing a new article rescan what is stored?

    .venv/bin/python bench/bench_fusion.py [--sizes 1000,100000] [--articles 40] [--per-day 60]
                                           [--stores duckdb,postgres] [--postgres URL]

For each store and each size N: a fresh database holding N stored events (synthetic, sitroom.testing.synthetic, 5 an
article) spread at a constant ``--per-day`` events a day, so that a larger store holds a longer history rather than
more events on each day (the number of reports a new one must be compared with, those of its own days, stays the
same; the history behind them grows a hundredfold). The background is written in bulk, in publication order, as it
would stand after ingestion (events, their fusion index rows and one fused event each) so that the benchmark takes
minutes, not hours.
Then ``--articles`` new synthetic articles dated on the last days of that history are ingested one at a time with
``Store.add_article``, the path every ingest takes (one transaction: store the article and its events, find the
candidate reports in the index, match, merge, rebuild the touched fused events and the stale flags), and each is
timed. Prints the median and mean milliseconds per article at each size and their ratio (largest over smallest;
the target is at most 1.5), and writes bench/results/fusion.json. Extraction (spaCy) is not included: its cost per
article does not depend on the store. PostgreSQL is a throwaway server from /usr/lib/postgresql/*/bin unless
``--postgres URL`` names an empty database.
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
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import duckdb  # noqa: E402

from sitroom.fusion import fused_id_for, fused_record, report_from_record  # noqa: E402
from sitroom.store import open_store  # noqa: E402
from sitroom.store import queries as q  # noqa: E402
from sitroom.store.fusion import FUSED_COLUMNS, INDEX_COLUMNS, _fused_row  # noqa: E402
from sitroom.store.sql import SqlStore  # noqa: E402
from sitroom.testing.pgtemp import TempPostgres, pg_bindir  # noqa: E402
from sitroom.testing.synthetic import synthetic_articles  # noqa: E402

START = date(2020, 1, 1)
CHUNK = 5000  # background rows a statement


def _background(store: SqlStore, n: int, per_day: int) -> int:
    """Write ``n`` stored events spread at ``per_day`` a day, as ingestion would leave them; returns the days."""
    days = max(1, n // per_day)
    made = 0
    rows: dict[str, list[tuple[Any, ...]]] = {"articles": [], "events": [], "fusion_index": [], "fused_events": []}
    now = datetime(2026, 1, 1)

    def flush() -> None:
        with store._transaction():
            store._insert("articles", q.ARTICLE_COLUMNS, rows["articles"])
            store._insert("events", q.EVENT_COLUMNS, rows["events"])
            store._insert("fusion_index", INDEX_COLUMNS, rows["fusion_index"])
            store._insert("fused_events", ("fused_id", "created_at", *FUSED_COLUMNS), rows["fused_events"])
        for table in rows.values():
            table.clear()

    stream = sorted(synthetic_articles(n, per_article=5, seed=3, start=START, days=days), key=lambda x: x[0].published)
    for article, events in stream:  # in publication order, as a news feed arrives
        rows["articles"].append(q.article_row(article, True, now))
        for event in events:
            fused_id = fused_id_for(event.event_id)
            record = {**event.to_dict(), "published": article.published.isoformat() if article.published else None}
            rows["events"].append(q.event_row(event, article, fused_id))
            index = report_from_record(record, article.published).to_row()
            index["fused_id"] = fused_id
            rows["fusion_index"].append(q.clean(tuple(index[c] for c in INDEX_COLUMNS)))
            rows["fused_events"].append((fused_id, now, *_fused_row(fused_record(fused_id, [record]))))
        made += len(events)
        if len(rows["events"]) >= CHUNK:
            flush()
    flush()
    return days


def bench_size(url: str, n: int, articles: int, per_day: int) -> dict[str, Any]:
    store = open_store(url)
    assert isinstance(store, SqlStore)
    start = time.perf_counter()
    days = _background(store, n, per_day)
    load = time.perf_counter() - start
    fresh = list(synthetic_articles(articles * 5, per_article=5, seed=99, start=START + timedelta(days - 3), days=3))
    samples = []
    for article, events in fresh:
        begin = time.perf_counter()
        store.add_article(article, events)
        samples.append(time.perf_counter() - begin)
    fused = store.count_events(q.EventQuery(fused=True))
    store.close()
    return {
        "stored_events": n,
        "history_days": days,
        "background_load_s": round(load, 1),
        "articles_timed": len(samples),
        "ms_per_article_p50": round(statistics.median(samples) * 1000, 2),
        "ms_per_article_mean": round(statistics.fmean(samples) * 1000, 2),
        "ms_per_article_max": round(max(samples) * 1000, 2),
        "fused_events_after": fused,
    }


def bench_store(url_for: Any, sizes: list[int], articles: int, per_day: int) -> dict[str, Any]:
    out: dict[str, Any] = {"sizes": {}}
    for n in sizes:
        with url_for(n) as url:
            out["sizes"][str(n)] = bench_size(url, n, articles, per_day)
    p50 = [out["sizes"][str(n)]["ms_per_article_p50"] for n in sizes]
    out["ratio_p50_largest_to_smallest"] = round(p50[-1] / p50[0], 2)
    return out


class _DuckUrl:
    def __init__(self, n: int) -> None:
        self.tmp = tempfile.TemporaryDirectory()
        self.url = os.path.join(self.tmp.name, f"fusion-{n}.duckdb")

    def __enter__(self) -> str:
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.tmp.cleanup()


class _PgUrl:
    def __init__(self, n: int) -> None:
        self.server = TempPostgres(f"sitroom_fusion_{n}")

    def __enter__(self) -> str:
        return str(self.server.__enter__().url)

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(None, None, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,100000", help="stored events before the timed ingests")
    parser.add_argument("--articles", type=int, default=40, help="articles ingested and timed at each size")
    parser.add_argument("--per-day", type=int, default=60, help="stored events a day (the density held constant)")
    parser.add_argument("--stores", default="duckdb,postgres")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "fusion.json"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, Any] = {
        "command": "python bench/bench_fusion.py " + " ".join(sys.argv[1:]),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "cpus": os.cpu_count(),
        "per_day": args.per_day,
        "stores": {},
    }
    stores = args.stores.split(",")
    if "duckdb" in stores:
        results["stores"]["duckdb"] = bench_store(_DuckUrl, sizes, args.articles, args.per_day)
    if "postgres" in stores:
        if pg_bindir() is None:
            print("postgres: skipped (no /usr/lib/postgresql/*/bin)", file=sys.stderr)
        else:
            results["stores"]["postgres"] = bench_store(_PgUrl, sizes, args.articles, args.per_day)
    for name, res in results["stores"].items():
        for n, row in res["sizes"].items():
            print(
                f"{name:<9} {int(n):>8} stored events: {row['ms_per_article_p50']:>8.1f} ms/article p50, "
                f"{row['ms_per_article_mean']:>8.1f} mean (background written in {row['background_load_s']} s)"
            )
        print(f"{name:<9} ratio largest/smallest (p50): {res['ratio_p50_largest_to_smallest']}")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.output}")


if __name__ == "__main__":
    main()
