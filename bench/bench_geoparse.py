"""Speed of the geoparser and of the gazetteer index.

    .venv/bin/python bench/bench_geoparse.py [--limit N] [--sets geo_lgl,geo_gwn]

Measures, each in a child process of its own (so timings and peak memory are its own):
- the gazetteer's cold build (into an empty temporary cache) and its warm load (from that cache);
- over the texts of the dev geo sets in ../shared/gold: spaCy parsing alone, then the geoparser on the parsed
  documents (toponyms per second, articles per second).
With ``--dump-rows N`` also: a made-up GeoNames dump of N places (random names and positions, for timing only) is
indexed with ``sitroom gazetteer build``, then the gazetteer's build with that index merged in and its warm load.
Prints a table and writes bench/results/geoparse.json. Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
DEFAULT_SETS = ["geo_lgl", "geo_gwn"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_gazetteer() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    t0 = time.perf_counter()
    from sitroom.geo import Gazetteer

    gaz = Gazetteer.load()
    print(json.dumps({"seconds": time.perf_counter() - t0, "places": len(gaz), "peak_mb": peak_mb()}))


def child_parse(sets: list[str], limit: int | None) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from sitroom.geo import Geoparser
    from sitroom.nlp import load_nlp

    texts: list[str] = []
    for name in sets:
        with (GOLD / f"{name}.jsonl").open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if limit is not None and i >= limit:
                    break
                texts.append(json.loads(line)["text"])
    nlp = load_nlp()
    geoparser = Geoparser()
    geoparser.parse(nlp("Warm-up in Nairobi."))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    spacy_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    toponyms = sum(len(geoparser.parse(doc)) for doc in docs)
    geo_s = time.perf_counter() - t1
    print(
        json.dumps(
            {
                "articles": len(texts),
                "toponyms": toponyms,
                "spacy_seconds": spacy_s,
                "geoparse_seconds": geo_s,
                "peak_mb": peak_mb(),
            }
        )
    )


def write_dump(path: Path, rows: int) -> None:
    """A GeoNames-format file of ``rows`` made-up villages in Kenya (for timing only)."""
    import random

    rng = random.Random(14)
    letters = "abcdefghijklmnopqrstuvwxyz"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            name = "".join(rng.choice(letters) for _ in range(rng.randint(4, 9))).title()
            alts = ",".join("".join(rng.choice(letters) for _ in range(6)).title() for _ in range(rng.randint(0, 3)))
            lat, lon = rng.uniform(-4.5, 4.5), rng.uniform(34.0, 41.5)
            a1, a2 = f"{rng.randint(1, 47):02d}", str(rng.randint(1, 290))
            kind = ("P", "PPL") if i % 10 else ("A", "ADM3")
            cells = [str(90_000_000 + i), name, name, alts, f"{lat:.5f}", f"{lon:.5f}", *kind, "KE", "", a1, a2]
            cells += [str(i % 5000), "", str(rng.randint(0, 5000)), "", "1000", "Africa/Nairobi", "2024-01-01"]
            fh.write("\t".join(cells) + "\n")


def child_dump_build(source: str) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    t0 = time.perf_counter()
    from sitroom.geo.geonames import build_index

    _, rows = build_index(Path(source))
    print(json.dumps({"seconds": time.perf_counter() - t0, "places": rows, "peak_mb": peak_mb()}))


def run_child(args: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, *args], env=env, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="at most N records of each set")
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--dump-rows", type=int, default=0, help="also time a made-up GeoNames dump of N places")
    ap.add_argument("--child", choices=["gazetteer", "parse", "dump"], help=argparse.SUPPRESS)
    ap.add_argument("--source", help=argparse.SUPPRESS)
    a = ap.parse_args()
    sets = [s for s in a.sets.split(",") if s]
    if a.child == "gazetteer":
        child_gazetteer()
        return 0
    if a.child == "parse":
        child_parse(sets, a.limit)
        return 0
    if a.child == "dump":
        child_dump_build(a.source)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "SITROOM_CACHE": tmp}
        cold = run_child(["--child", "gazetteer"], env)
        warm = run_child(["--child", "gazetteer"], env)
        warm2 = run_child(["--child", "gazetteer"], env)
        dump: dict[str, object] = {}
        if a.dump_rows:
            source = Path(tmp) / "XX.txt"
            write_dump(source, a.dump_rows)
            index = run_child(["--child", "dump", "--source", str(source)], env)
            merged = run_child(["--child", "gazetteer"], env)
            loads = [run_child(["--child", "gazetteer"], env) for _ in range(2)]
            dump = {
                "dump_rows": a.dump_rows,
                "index_build_seconds": round(index["seconds"], 3),
                "index_mb": round((Path(tmp) / "geonames.idx").stat().st_size / 1e6, 1),
                "merged_build_seconds": round(merged["seconds"], 3),
                "merged_places": merged["places"],
                "merged_warm_load_seconds": round(min(x["seconds"] for x in loads), 3),
                "merged_warm_load_peak_mb": round(loads[0]["peak_mb"], 1),
            }
    rows = [
        ("gazetteer cold build", f"{cold['seconds']:.2f} s", f"{cold['peak_mb']:.0f} MB"),
        ("gazetteer warm load", f"{min(warm['seconds'], warm2['seconds']):.3f} s", f"{warm['peak_mb']:.0f} MB"),
    ]
    result: dict[str, object] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "gazetteer": {
            "places": cold["places"],
            "cold_build_seconds": round(cold["seconds"], 3),
            "cold_build_peak_mb": round(cold["peak_mb"], 1),
            "warm_load_seconds": round(min(warm["seconds"], warm2["seconds"]), 3),
            "warm_load_peak_mb": round(warm["peak_mb"], 1),
        },
    }
    if dump:
        result["gazetteer_with_dump"] = dump
        rows += [
            (f"dump index ({a.dump_rows} rows)", f"{dump['index_build_seconds']:.2f} s", f"{dump['index_mb']} MB"),
            ("merged cold build", f"{dump['merged_build_seconds']:.2f} s", f"{dump['merged_places']} places"),
            ("merged warm load", f"{dump['merged_warm_load_seconds']:.3f} s", f"{dump['merged_warm_load_peak_mb']} MB"),
        ]
    if not GOLD.is_dir():
        print(
            f"bench_geoparse: {GOLD} is absent; skipping the geoparsing throughput (gazetteer figures only)",
            file=sys.stderr,
        )
    else:
        p = run_child(
            ["--child", "parse", "--sets", ",".join(sets)] + (["--limit", str(a.limit)] if a.limit else []),
            dict(os.environ),
        )
        geo_s = p["geoparse_seconds"] or 1e-9
        result["geoparse"] = {
            "sets": sets,
            "articles": p["articles"],
            "toponyms": p["toponyms"],
            "spacy_seconds": round(p["spacy_seconds"], 3),
            "geoparse_seconds": round(geo_s, 3),
            "articles_per_second": round(p["articles"] / geo_s, 1),
            "toponyms_per_second": round(p["toponyms"] / geo_s, 1),
            "articles_per_second_with_spacy": round(p["articles"] / (geo_s + p["spacy_seconds"]), 1),
            "peak_mb": round(p["peak_mb"], 1),
        }
        rows += [
            ("geoparse articles/s", f"{p['articles'] / geo_s:.1f}", f"{p['articles']} articles"),
            ("geoparse toponyms/s", f"{p['toponyms'] / geo_s:.1f}", f"{p['toponyms']} toponyms"),
            ("with spaCy articles/s", f"{p['articles'] / (geo_s + p['spacy_seconds']):.1f}", f"{p['peak_mb']:.0f} MB"),
        ]
    print(f"{'measure':<24} {'value':>12} {'note':>16}")
    for name, value, note in rows:
        print(f"{name:<24} {value:>12} {note:>16}")
    out = ROOT / "bench" / "results" / "geoparse.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
