"""Per-category accuracy on the dev sets, as a Markdown table for the README (issue 11).

Usage: ``python scripts/category_table.py GOLD.jsonl=EVENTS.jsonl [...]`` where EVENTS is the output of
``sitroom extract GOLD.jsonl --format jsonl``. For each gold category (ACLED sub-event type of the notes sets,
PLOVER event of plover_gsr) it prints how many main events (salience rank 0) carry it, per set. The same figures
are the diagonal of ``sitroom eval``'s confusion tables.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def _main_events(path: Path) -> dict[str, dict[str, object]]:
    best: dict[str, dict[str, object]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            aid = str(e.get("article_id"))
            if aid not in best or int(e.get("salience_rank", 99)) < int(best[aid].get("salience_rank", 99)):  # type: ignore[call-overload]
                best[aid] = e
    return best


def _pairs(gold_path: Path, events_path: Path) -> list[tuple[str, str]]:
    main = _main_events(events_path)
    out = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        gold = g["gold"]
        e = main.get(g["id"], {})
        if "acled_sub_event_type" in gold:
            want = gold["acled_sub_event_type"]
            got = e.get("acled_sub_event_type") or e.get("non_acled_type")
        elif "plover_event" in gold:
            want, got = gold["plover_event"], e.get("plover_event")
        else:
            continue
        if want is None:
            continue  # the set does not label this note's category (acled_africa2016 labels only its battles)
        out.append((str(want), str(got)))
    return out


def main(args: list[str]) -> None:
    sets: dict[str, list[tuple[str, str]]] = {}
    for arg in args:
        gold, _, events = arg.partition("=")
        sets[Path(gold).stem] = _pairs(Path(gold), Path(events))
    categories = sorted({want for pairs in sets.values() for want, _ in pairs})
    print("| category | " + " | ".join(sets) + " |")
    print("|---|" + "---|" * len(sets))
    for cat in categories:
        cells = []
        for pairs in sets.values():
            n = Counter(want for want, _ in pairs)[cat]
            ok = sum(1 for want, got in pairs if want == cat and got == cat)
            cells.append(f"{ok}/{n} ({ok / n:.0%})" if n else "")
        print(f"| {cat} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
