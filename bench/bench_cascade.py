"""The relevance cascade on a mixed news stream: events kept, and speed beside plain spaCy, in the same run.

    .venv/bin/python bench/bench_cascade.py [--limit N] [--seed S]

The stream is built at run time from the gold texts of ../shared/gold (their answers are not read): every article
of the geoparsing corpora (geo_lgl, geo_gwn: local and world news about anything) and, drawn at random (``--seed``)
until they are a fifth of the stream, articles about conflict (the ACLED sets, police_docs_dev, articles_dev).
``--limit N`` takes the first N articles of each geoparsing corpus instead of all of them.

Three child processes run over the same stream, one after another: plain spaCy ``nlp.pipe`` (the reference), sitroom
without the cascade (``Pipeline(cascade=None)``) and sitroom with it. An event is one (article, ACLED event type,
date) triple, counted with multiplicity; the recall of the cascade is the share of the events sitroom finds without
it in the stream's conflict articles that it finds with it (each matched once). The same share over the whole
stream (which counts what sitroom finds in the other articles, mostly misreadings such as "a perfect storm" as an
attack), and over every event (PLOVER type instead of the ACLED type), is printed too. ``--strict`` adds a run of
the strict cascade (``sitroom.cascade.STRICT``). ``--oracle`` adds the ceiling of any sentence filter: a run that parses
only the sentences holding the ACLED events sitroom finds without the cascade (no neighbours, no lead; every other
article skipped), as if a perfect filter had chosen them. Writes bench/results/cascade.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _timing import time_spacy, write_result

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
OTHER_SETS = ["geo_lgl", "geo_gwn"]
CONFLICT_SETS = [
    "acled_kenya",
    "acled_bangladesh",
    "acled_africa2016",
    "acled_gaza",
    "acled_burkina",
    "police_docs_dev",
    "articles_dev",
]


def _read(name: str, limit: int | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with (GOLD / f"{name}.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(rows) >= limit:
                break
            r = json.loads(line)
            rows.append({"id": f"{name}:{r['id']}", "text": r["text"] or "", "published": r.get("published")})
    return rows


def build_stream(limit: int | None, seed: int) -> tuple[list[dict[str, Any]], int]:
    """The mixed stream (shuffled) and how many of its articles are about conflict (a fifth, rounded down)."""
    other = [r for name in OTHER_SETS for r in _read(name, limit)]
    pool = [r for name in CONFLICT_SETS for r in _read(name)]
    rng = random.Random(seed)
    conflict = rng.sample(pool, len(other) // 4)
    stream = other + conflict
    rng.shuffle(stream)
    return stream, len(conflict)


class _Oracle:
    """Cue words that know the answer: a sentence is a cue sentence when it holds the evidence of an event found
    without the cascade (its first 40 characters, as the two sentence splitters may cut a sentence differently)."""

    longest = 1

    def __init__(self, evidence: list[str]) -> None:
        self.heads = sorted({e.strip()[:40] for e in evidence if e.strip()})

    def hit(self, text: str) -> bool:
        return any(h in text for h in self.heads)


def child(mode: str, limit: int | None, seed: int, oracle: str | None = None) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "src"))
    from sitroom.model import Article
    from sitroom.readers import parse_published

    rows, _ = build_stream(limit, seed)
    t0 = time.perf_counter()
    events: list[tuple[str, str | None, str | None, str | None, str]] = []
    plans: Counter[str] = Counter()
    if mode == "spacy":
        load_s, seconds = time_spacy(r["text"] for r in rows)
    else:
        from sitroom.cascade import STRICT, Cascade
        from sitroom.pipeline import Pipeline

        cascade = {"cascade": Cascade(), "strict": STRICT}.get(mode)
        if mode == "oracle" and oracle is not None:
            cues = _Oracle(json.loads(Path(oracle).read_text()))
            cascade = Cascade(neighbours=0, lead=0, short=0, whole_share=1.01, cues=cues)  # type: ignore[arg-type]
        pipeline = Pipeline(cascade=cascade)
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        articles = (
            Article(id=str(r["id"]), text=str(r["text"]), published=parse_published(r["published"])) for r in rows
        )
        for article, evs in pipeline.run_many(articles):
            for e in evs:
                day = e.date.isoformat() if e.date else None
                events.append((article.id, e.acled_event_type, e.plover_event, day, e.evidence.sentence))
        seconds = time.perf_counter() - t1
        if cascade is not None:  # how the cascade planned the stream (not timed)
            plans.update(cascade.plan(str(r["text"])).kind for r in rows)
    return {
        "mode": mode,
        "articles": len(rows),
        "words": sum(len(r["text"].split()) for r in rows),
        "seconds": seconds,
        "load_s": load_s,
        "events": events,
        "plans": dict(plans),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def recall(found: list[list[Any]], reference: list[list[Any]], key: tuple[int, ...]) -> tuple[float, int, int]:
    """Share of ``reference`` events (as ``key`` fields, with multiplicity) that ``found`` has, each matched once."""
    want = Counter(tuple(e[k] for k in key) for e in reference)
    have = Counter(tuple(e[k] for k in key) for e in found)
    matched = sum(min(n, have[k]) for k, n in want.items())
    total = sum(want.values())
    return (matched / total if total else 1.0), matched, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="at most N articles of each geoparsing corpus")
    ap.add_argument("--seed", type=int, default=13, help="seed of the draw and the shuffle")
    ap.add_argument("--strict", action="store_true", help="also run the strict cascade (sitroom.cascade.STRICT)")
    ap.add_argument("--oracle", action="store_true", help="also run the ceiling: a perfect sentence filter")
    ap.add_argument("--child", choices=["spacy", "full", "cascade", "strict", "oracle"], help=argparse.SUPPRESS)
    ap.add_argument("--oracle-file", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not GOLD.exists():
        print(f"bench_cascade: skipped: {GOLD} is absent (the dev gold sets live in ../shared/gold)")
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.limit, args.seed, args.oracle_file)))
        return 0
    stream, n_conflict = build_stream(args.limit, args.seed)
    print(f"stream: {len(stream)} articles, {n_conflict} about conflict ({n_conflict / len(stream):.2f})")
    results: dict[str, dict[str, Any]] = {}
    modes = ["spacy", "full", "cascade"] + (["strict"] if args.strict else []) + (["oracle"] if args.oracle else [])
    answers = Path(tempfile.mkdtemp(prefix="sitroom-bench-")) / "evidence.json"
    for mode in modes:
        cmd = [sys.executable, __file__, "--child", mode, "--seed", str(args.seed)]
        if args.limit is not None:
            cmd += ["--limit", str(args.limit)]
        if mode == "oracle":  # the evidence sentences of the ACLED events found without the cascade
            answers.write_text(json.dumps([e[4] for e in results["full"]["events"] if e[1] is not None]))
            cmd += ["--oracle-file", str(answers)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        results[mode] = json.loads(out)
    print(
        f"{'':8} {'articles':>8} {'words':>8} {'seconds':>8} {'art/s':>7} {'x spaCy':>8} {'events':>7} {'peak MB':>8}"
    )
    base = results["spacy"]["seconds"]
    for mode, r in results.items():
        r["speed_vs_spacy"] = base / r["seconds"]
        n_events = len(r["events"])
        print(
            f"{mode:8} {r['articles']:>8} {r['words']:>8} {r['seconds']:>8.1f} {r['articles'] / r['seconds']:>7.1f} "
            f"{r['speed_vs_spacy']:>8.2f} {n_events:>7} {r['peak_rss_mb']:>8.0f}"
        )
    full = results["full"]["events"]
    figures: dict[str, dict[str, float]] = {}
    for mode in modes[2:]:
        casc = results[mode]["events"]
        acled = [e for e in full if e[1] is not None]
        in_conflict = [e for e in acled if e[0].split(":")[0] in CONFLICT_SETS]
        r_conflict = recall([e for e in casc if e[1] is not None], in_conflict, (0, 1, 3))
        r_acled = recall([e for e in casc if e[1] is not None], acled, (0, 1, 3))
        r_all = recall(casc, full, (0, 2, 3))
        figures[mode] = {
            "recall_conflict_articles": r_conflict[0],
            "recall_acled_stream": r_acled[0],
            "recall_all_events": r_all[0],
            "speed_vs_spacy": results[mode]["speed_vs_spacy"],
        }
        print(f"{mode}: plans {results[mode]['plans']}; {results[mode]['speed_vs_spacy']:.2f}x plain spaCy nlp.pipe")
        print(
            f"  recall of the ACLED events (article, ACLED type, date) found without the cascade in the conflict "
            f"articles: {r_conflict[0]:.4f} ({r_conflict[1]}/{r_conflict[2]})"
        )
        print(f"  ... in the whole stream: {r_acled[0]:.4f} ({r_acled[1]}/{r_acled[2]})")
        print(f"  every event (article, PLOVER type, date), whole stream: {r_all[0]:.4f} ({r_all[1]}/{r_all[2]})")
    report = {
        "limit": args.limit,
        "seed": args.seed,
        "stream_articles": len(stream),
        "conflict_articles": n_conflict,
        "machine": platform.machine(),
        "python": platform.python_version(),
        "results": {
            m: {k: v for k, v in r.items() if k != "events"} | {"events": len(r["events"])} for m, r in results.items()
        },
        "figures": figures,
    }
    write_result("cascade", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
