"""Throughput of `sitroom extract` beside plain spaCy `nlp.pipe` over the same texts, in the same run.

    .venv/bin/python bench/bench_extract.py [--limit N] [--sets acled_kenya,plover_gsr,...] [--no-cascade]

Each side runs in its own child process (so peak memory is its own), over the texts of the dev gold sets in
../shared/gold. Prints a table and writes bench/results/extract.json. The figure to quote is the ratio: sitroom's
articles per second over spaCy's, on the same machine. sitroom runs as ``sitroom extract`` does, with the relevance
cascade (:mod:`sitroom.cascade`); ``--no-cascade`` measures it parsing every sentence.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

from _timing import time_spacy, write_result

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
DEFAULT_SETS = ["acled_kenya", "acled_bangladesh", "acled_africa2016", "ucdp_global", "plover_gsr", "geo_lgl"]


def load_texts(sets: list[str], limit: int | None) -> list[dict[str, str | None]]:
    rows: list[dict[str, str | None]] = []
    for name in sets:
        with (GOLD / f"{name}.jsonl").open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if limit is not None and i >= limit:
                    break
                r = json.loads(line)
                rows.append({"id": r["id"], "text": r["text"], "published": r.get("published")})
    return rows


def child(mode: str, sets: list[str], limit: int | None, cascade: bool = True) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from sitroom.model import Article
    from sitroom.readers import parse_published

    rows = load_texts(sets, limit)
    words = sum(len((r["text"] or "").split()) for r in rows)
    events = 0
    if mode == "spacy":
        load_s, seconds = time_spacy(r["text"] or "" for r in rows)
    else:
        t0 = time.perf_counter()
        from sitroom.cascade import Cascade
        from sitroom.pipeline import Pipeline

        pipeline = Pipeline(cascade=Cascade() if cascade else None)
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        articles = (
            Article(id=str(r["id"]), text=str(r["text"]), published=parse_published(r["published"])) for r in rows
        )
        for _, evs in pipeline.run_many(articles):
            events += len(evs)
        seconds = time.perf_counter() - t1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "mode": mode,
                "articles": len(rows),
                "words": words,
                "seconds": seconds,
                "load_s": load_s,
                "events": events,
                "peak_rss_mb": peak_mb,
            }
        )
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="at most N records per set")
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--no-cascade", action="store_true", help="sitroom parses every sentence (no relevance cascade)")
    ap.add_argument("--child", choices=["spacy", "sitroom"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    if not GOLD.exists():
        print(f"bench_extract: skipped: {GOLD} is absent (the dev gold sets live in ../shared/gold)")
        return 0
    if args.child:
        child(args.child, sets, args.limit, not args.no_cascade)
        return 0
    results = {}
    for mode in ("spacy", "sitroom"):
        cmd = [sys.executable, __file__, "--child", mode, "--sets", ",".join(sets)]
        if args.limit is not None:
            cmd += ["--limit", str(args.limit)]
        if args.no_cascade:
            cmd.append("--no-cascade")
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        results[mode] = json.loads(out)
    print(f"{'':10} {'articles':>8} {'words':>9} {'seconds':>8} {'art/s':>8} {'words/s':>9} {'peak MB':>8}")
    for mode, r in results.items():
        r["articles_per_s"] = r["articles"] / r["seconds"]
        r["words_per_s"] = r["words"] / r["seconds"]
        print(
            f"{mode:10} {r['articles']:>8} {r['words']:>9} {r['seconds']:>8.1f} {r['articles_per_s']:>8.1f} "
            f"{r['words_per_s']:>9.0f} {r['peak_rss_mb']:>8.0f}"
        )
    ratio = results["sitroom"]["articles_per_s"] / results["spacy"]["articles_per_s"]
    print(f"sitroom/spaCy throughput ratio: {ratio:.2f} ({results['sitroom']['events']} events)")
    report = {
        "sets": sets,
        "limit": args.limit,
        "cascade": not args.no_cascade,
        "machine": platform.machine(),
        "python": platform.python_version(),
        "results": results,
        "ratio": ratio,
    }
    write_result("extract", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
