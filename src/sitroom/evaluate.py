"""Measure sitroom's events against coded gold data.

:func:`evaluate` computes, for every gold format of ``../shared/gold``, the metrics that the reference scorer
(``shared/tools/score.py``) defines, with the same names and rounding, so that ``sitroom eval`` and the scorer
agree number for number (a test checks it). :func:`confusion` tabulates (gold, predicted) label pairs and
:func:`format_report` renders both as text.

Gold formats, told apart by the keys of the first record's ``gold``:

========== ======================== =================================================================
format     key                      what is compared
========== ======================== =================================================================
acled      ``acled_event_type``     the article's main event: type, sub-type, actor inter codes,
                                    location (25/100 km), date, fatalities
plover     ``plover_event``         main event: PLOVER type, source and target actor countries
case       ``case_subtype``         main event's ACLED sub-type (or non-ACLED type) as a CASE label
ucdp       ``best``                 most killed over the article's events within low..high, date, place
geo        ``toponyms``             toponym spans (overlap) and their resolution (161 km, GeoNames id)
expect     ``events``               hand-made expectations, each to be met by some event
========== ======================== =================================================================

The main event of an article is the one with the lowest ``salience_rank`` (99 when absent; the first wins ties).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sitroom.geo.names import haversine_km

__all__ = [
    "CONFUSION_FIELDS",
    "confusion",
    "confusions_for",
    "detect_format",
    "evaluate",
    "format_report",
    "load_jsonl",
]

Record = dict[str, Any]

# which classification each gold format can tabulate
CONFUSION_FIELDS: dict[str, tuple[str, ...]] = {
    "acled": ("acled_event_type", "acled_sub_event_type"),
    "plover": ("plover_event",),
    "case": ("case_subtype",),
}

# words that say a text reports deaths (UCDP records without them are not scored on deaths)
_DEATH_WORDS = re.compile(
    r"\b(?:kill|killed|dead|die|died|dies|death|deaths|perish|perished|slain|lost (?:their|his|her) lives|bodies)\b",
    re.IGNORECASE,
)
_UNRANKED = 99


def load_jsonl(path: str | Path) -> list[Record]:
    """The records of a JSONL file (blank lines skipped)."""
    return list(iter_jsonl(path))


def iter_jsonl(path: str | Path) -> Iterator[Record]:
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


@lru_cache(maxsize=1)
def _case_labels() -> dict[str, str]:
    with resources.files("sitroom").joinpath("data/case_labels.json").open(encoding="utf-8") as f:
        labels: dict[str, str] = json.load(f)["labels"]
    return labels


def detect_format(gold_records: list[Record]) -> str:
    """``acled``, ``plover``, ``case``, ``ucdp``, ``geo`` or ``expect``, from the first record's gold keys."""
    if not gold_records:
        raise ValueError("no gold records")
    keys = gold_records[0]["gold"]
    for key, name in (
        ("acled_event_type", "acled"),
        ("plover_event", "plover"),
        ("case_subtype", "case"),
        ("best", "ucdp"),
        ("toponyms", "geo"),
        ("events", "expect"),
    ):
        if key in keys:
            return name
    raise ValueError(
        "unknown gold format: expected one of acled_event_type, plover_event, case_subtype, best, "
        "toponyms, events under 'gold'"
    )


def evaluate(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    """The reference scorer's metrics for ``events`` (or toponyms, for geo sets) against ``gold_records``."""
    fmt = detect_format(gold_records)
    scorer = {
        "acled": _acled,
        "plover": _plover,
        "case": _case,
        "ucdp": _ucdp,
        "geo": _geo,
        "expect": _expect,
    }[fmt]
    return scorer(gold_records, events)


# --- shared pieces ---------------------------------------------------------------------------------------------


def _grouped(events: Iterable[Record]) -> dict[str, list[Record]]:
    groups: dict[str, list[Record]] = defaultdict(list)
    for e in events:
        groups[str(e.get("article_id"))].append(e)
    return groups


def _main_event(events: Iterable[Record]) -> dict[str, Record]:
    """Each article's event with the lowest salience rank (the first one on ties)."""
    main: dict[str, Record] = {}
    for e in events:
        key = str(e.get("article_id"))
        rank = e.get("salience_rank", _UNRANKED)
        if key not in main or rank < main[key].get("salience_rank", _UNRANKED):
            main[key] = e
    return main


def _killed(event: Record | None) -> Any:
    if not event:
        return 0
    return (event.get("fatalities") or {}).get("killed") or 0


def _sub(record: Record | None, key: str) -> Record:
    value = (record or {}).get(key)
    return value if isinstance(value, dict) else {}


def _ratio(hits: int | float, total: int) -> float | None:
    return hits / total if total else None


def _rounded(metrics: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in metrics.items()}


def _label_scores(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Accuracy, and F1 macro- and support-weighted-averaged over the gold labels."""
    correct: Counter[str] = Counter()
    wrong_pred: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for gold, pred in pairs:
        if gold == pred:
            correct[gold] += 1
        else:
            missed[gold] += 1
            wrong_pred[pred] += 1
    support = Counter(gold for gold, _ in pairs)
    labels = sorted(support)
    f1: dict[str, float] = {}
    for label in labels:
        tp = correct[label]
        precision = tp / (tp + wrong_pred[label]) if tp + wrong_pred[label] else 0.0
        recall = tp / (tp + missed[label]) if tp + missed[label] else 0.0
        f1[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = len(pairs) or 1
    return {
        "accuracy": sum(correct.values()) / total,
        "macro_f1": sum(f1.values()) / (len(labels) or 1),
        "weighted_f1": sum(f1[label] * support[label] for label in labels) / total,
    }


def _coverage(gold_records: list[Record], found: dict[str, Any]) -> float:
    return len([g for g in gold_records if g["id"] in found]) / (len(gold_records) or 1)


# --- one scorer per gold format ----------------------------------------------------------------------------------


def _acled(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    main = _main_event(events)
    types: list[tuple[str, str]] = []
    subtypes: list[tuple[str, str]] = []
    actor1_ok = actor2_ok = actor2_n = 0
    near25 = near100 = located_n = 0
    dated_ok = dated_n = 0
    fatal_ok = fatal_n = 0
    fatal_abs = 0.0
    for g in gold_records:
        gold = g["gold"]
        e = main.get(g["id"])
        predicted = e or {}
        types.append((gold["acled_event_type"], predicted.get("acled_event_type") or "NONE"))
        if gold.get("acled_sub_event_type"):
            subtypes.append((gold["acled_sub_event_type"], predicted.get("acled_sub_event_type") or "NONE"))
        if _sub(predicted, "actor1").get("acled_inter") == _sub(gold, "actor1").get("inter"):
            actor1_ok += 1
        if gold.get("actor2") and gold["actor2"].get("inter"):
            actor2_n += 1
            actor2_ok += _sub(predicted, "actor2").get("acled_inter") == gold["actor2"]["inter"]
        place = gold.get("location") or {}
        if place.get("lat") is not None:
            located_n += 1
            mine = predicted.get("location")
            if mine and mine.get("lat") is not None:
                km = haversine_km(mine["lat"], mine["lon"], place["lat"], place["lon"])
                near25 += km <= 25
                near100 += km <= 100
        if gold.get("time_precision") == 1:
            dated_n += 1
            dated_ok += predicted.get("date") == gold["date"]
        if gold.get("fatalities") is not None:
            fatal_n += 1
            k = _killed(e)
            fatal_ok += k == gold["fatalities"]
            fatal_abs += abs(k - gold["fatalities"])
    n = len(gold_records)
    type_scores = _label_scores(types)
    metrics: dict[str, Any] = {
        "n": n,
        "coverage": _coverage(gold_records, main),
        "event_type_acc": type_scores["accuracy"],
        "event_type_macro_f1": type_scores["macro_f1"],
        "actor1_type_acc": actor1_ok / (n or 1),
        "actor2_type_acc": _ratio(actor2_ok, actor2_n),
        "loc_acc25km": _ratio(near25, located_n),
        "loc_acc100km": _ratio(near100, located_n),
        "date_acc": _ratio(dated_ok, dated_n),
    }
    if subtypes:
        sub_scores = _label_scores(subtypes)
        metrics["sub_event_acc"] = sub_scores["accuracy"]
        metrics["sub_event_macro_f1"] = sub_scores["macro_f1"]
    if fatal_n:
        metrics["fatalities_exact"] = fatal_ok / fatal_n
        metrics["fatalities_mae"] = fatal_abs / fatal_n
    return _rounded(metrics)


def _countries(actors: list[Record] | None) -> set[str]:
    return {a["country"] for a in actors or [] if a.get("country")}


def _plover(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    main = _main_event(events)
    pairs: list[tuple[str, str]] = []
    source_ok = source_n = target_ok = target_n = 0
    for g in gold_records:
        gold = g["gold"]
        predicted = main.get(g["id"]) or {}
        pairs.append((gold["plover_event"], predicted.get("plover_event") or "NONE"))
        wanted = _countries(gold.get("source_actors"))
        if wanted:
            source_n += 1
            source_ok += _sub(predicted, "actor1").get("country") in wanted
        wanted = _countries(gold.get("target_actors"))
        if wanted:
            target_n += 1
            target_ok += _sub(predicted, "actor2").get("country") in wanted
    scores = _label_scores(pairs)
    return _rounded(
        {
            "n": len(gold_records),
            "coverage": _coverage(gold_records, main),
            "plover_acc": scores["accuracy"],
            "plover_macro_f1": scores["macro_f1"],
            "source_country_acc": _ratio(source_ok, source_n),
            "target_country_acc": _ratio(target_ok, target_n),
        }
    )


def _case_label(event: Record) -> str:
    name = event.get("acled_sub_event_type") or event.get("non_acled_type")
    return _case_labels().get(name, "NONE") if isinstance(name, str) else "NONE"


def _case(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    main = _main_event(events)
    pairs = [(g["gold"]["case_subtype"], _case_label(main.get(g["id"]) or {})) for g in gold_records]
    scores = _label_scores(pairs)
    return _rounded(
        {
            "n": len(gold_records),
            "coverage": _coverage(gold_records, main),
            "case_acc": scores["accuracy"],
            "case_macro_f1": scores["macro_f1"],
            "case_weighted_f1": scores["weighted_f1"],
        }
    )


def _ucdp(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    per_article = _grouped(events)
    in_range = deaths_n = dated_ok = dated_n = near100 = located_n = 0
    for g in gold_records:
        gold = g["gold"]
        mine = per_article.get(g["id"], [])
        top = min(mine, key=lambda x: x.get("salience_rank", _UNRANKED)) if mine else None
        if _DEATH_WORDS.search(g["text"]) and gold.get("low") is not None:
            deaths_n += 1
            most = max((_killed(x) for x in mine), default=0)
            in_range += gold["low"] <= most <= gold["high"]
        if gold.get("date_prec") == 1:
            dated_n += 1
            dated_ok += (top or {}).get("date") == gold["date_start"]
        place = gold["location"]
        if place.get("lat") is not None and (place.get("where_prec") or 9) <= 3:
            located_n += 1
            loc = (top or {}).get("location")
            if loc and loc.get("lat") is not None:
                near100 += haversine_km(loc["lat"], loc["lon"], place["lat"], place["lon"]) <= 100
    return _rounded(
        {
            "n": len(gold_records),
            "coverage": _coverage(gold_records, per_article),
            "deaths_in_range": _ratio(in_range, deaths_n),
            "deaths_n": deaths_n,
            "date_acc": _ratio(dated_ok, dated_n),
            "loc_acc100km": _ratio(near100, located_n),
        }
    )


def _geo(gold_records: list[Record], toponyms: list[Record]) -> dict[str, Any]:
    per_article = _grouped(toponyms)
    gold_n = system_n = matched = within161 = id_ok = id_n = 0
    for g in gold_records:
        found = per_article.get(g["id"], [])
        system_n += len(found)
        taken: set[int] = set()
        for want in g["gold"]["toponyms"]:
            gold_n += 1
            hit = next(
                (
                    i
                    for i, t in enumerate(found)
                    if i not in taken and t.get("start", -1) < want["end"] and t.get("end", -1) > want["start"]
                ),
                None,
            )
            if hit is None:
                continue
            taken.add(hit)
            matched += 1
            got = found[hit]
            if got.get("lat") is not None and haversine_km(got["lat"], got["lon"], want["lat"], want["lon"]) <= 161:
                within161 += 1
            if want.get("geonames_id"):
                id_n += 1
                id_ok += got.get("geonames_id") == want["geonames_id"]
    precision = matched / system_n if system_n else 0.0
    recall = matched / gold_n if gold_n else 0.0
    return _rounded(
        {
            "docs": len(gold_records),
            "gold_toponyms": gold_n,
            "system_toponyms": system_n,
            "detect_precision": precision,
            "detect_recall": recall,
            "detect_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "acc161_of_matched": within161 / matched if matched else 0.0,
            "acc161_of_gold": within161 / gold_n if gold_n else 0.0,
            "geonames_exact_of_matched": _ratio(id_ok, id_n),
        }
    )


def _meets(event: Record, want: Record) -> bool:
    """Does ``event`` satisfy every condition the hand-made expectation ``want`` states?"""
    if "plover_event" in want and event.get("plover_event") not in want["plover_event"]:
        return False
    for role in ("actor1", "actor2"):
        cond = want.get(role)
        if not cond:
            continue
        actor = _sub(event, role)
        if "country" in cond and actor.get("country") not in cond["country"]:
            return False
        if "text_has" in cond:
            said = (actor.get("text") or "").lower() + " " + (actor.get("name") or "").lower()
            if not any(word.lower() in said for word in cond["text_has"]):
                return False
    if "date" in want and (event.get("date") or "")[: len(want["date"])] != want["date"]:
        return False
    if "date_precision" in want and event.get("date_precision") not in want["date_precision"]:
        return False
    if "near" in want:
        loc = _sub(event, "location")
        lat, lon, radius = want["near"]
        if loc.get("lat") is None or haversine_km(loc["lat"], loc["lon"], lat, lon) > radius:
            return False
    counts = _sub(event, "fatalities")
    return all(counts.get(key) == want[key] for key in ("killed", "civilians_killed", "injured") if key in want)


def _expect(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    per_article = _grouped(events)
    total = found = 0
    missing: list[str] = []
    for g in gold_records:
        mine = per_article.get(g["id"], [])
        for want in g["gold"]["events"]:
            total += 1
            if any(_meets(e, want) for e in mine):
                found += 1
            else:
                missing.append(want["label"])
    return {
        "expected": total,
        "found": found,
        "recall": round(found / (total or 1), 4),
        "missing": missing,
        "events_emitted": sum(len(per_article.get(g["id"], [])) for g in gold_records),
    }


# --- confusion tables and the report -----------------------------------------------------------------------------


def confusion(gold_records: list[Record], events: list[Record], field: str) -> dict[tuple[str, str], int]:
    """Counts of (gold label, predicted label) for one classification of the main events.

    ``field``: ``acled_event_type``, ``acled_sub_event_type``, ``plover_event`` or ``case_subtype``. Records whose
    gold label is empty are left out; a missing prediction is ``NONE``.
    """
    main = _main_event(events)
    table: Counter[tuple[str, str]] = Counter()
    for g in gold_records:
        gold_label = g["gold"].get(field)
        if not gold_label:
            continue
        event = main.get(g["id"]) or {}
        pred = _case_label(event) if field == "case_subtype" else (event.get(field) or "NONE")
        table[(str(gold_label), str(pred))] += 1
    return dict(table)


def confusions_for(gold_records: list[Record], events: list[Record]) -> dict[str, dict[tuple[str, str], int]]:
    """The confusion tables that make sense for the gold set's format (none for ucdp, geo and expectations)."""
    fields = CONFUSION_FIELDS.get(detect_format(gold_records), ())
    return {f: confusion(gold_records, events, f) for f in fields}


def _table_lines(field: str, table: dict[tuple[str, str], int], width: int = 14) -> list[str]:
    gold_labels = sorted({g for g, _ in table})
    pred_labels = sorted({p for _, p in table}, key=lambda p: (p not in gold_labels, p))

    def cut(label: str) -> str:
        return label if len(label) <= width else label[: width - 1] + "…"

    if len(pred_labels) > 8:  # too wide for a terminal: per gold label, its count, hits and commonest mistakes
        lines = [f"confusion: {field} (per gold label: total, correct, commonest wrong predictions)"]
        name_w = max(len(g) for g in gold_labels)
        for g in gold_labels:
            counts = {p: c for (gg, p), c in table.items() if gg == g}
            wrong = sorted(((c, p) for p, c in counts.items() if p != g), key=lambda cp: (-cp[0], cp[1]))[:3]
            mistakes = ", ".join(f"{p} {c}" for c, p in wrong) or "-"
            lines.append(f"  {g.ljust(name_w)} {sum(counts.values()):>6} {counts.get(g, 0):>6}   {mistakes}")
        correct = sum(c for (g, p), c in table.items() if g == p)
        lines.append(f"  {correct}/{sum(table.values())} on the diagonal")
        return lines
    name_w = max([len(cut(x)) for x in gold_labels] + [len("gold \\ pred")])
    lines = [f"confusion: {field} (rows gold, columns predicted)"]
    lines.append("  " + "gold \\ pred".ljust(name_w) + "".join(f" {cut(p):>{width}}" for p in pred_labels) + "   total")
    for g in gold_labels:
        row = [table.get((g, p), 0) for p in pred_labels]
        cells = "".join(f" {(str(c) if c else '.'):>{width}}" for c in row)
        lines.append("  " + cut(g).ljust(name_w) + cells + f" {sum(row):>7}")
    correct = sum(c for (g, p), c in table.items() if g == p)
    total = sum(table.values())
    lines.append(f"  {correct}/{total} on the diagonal")
    return lines


def format_report(metrics: dict[str, Any], confusions: dict[str, dict[tuple[str, str], int]] | None = None) -> str:
    """Metrics (one per line) and confusion tables, as plain text."""
    width = max((len(k) for k in metrics), default=0)
    lines = ["metrics"]
    for key, value in metrics.items():
        if isinstance(value, list):
            shown = "; ".join(str(v) for v in value) if value else "(none)"
        elif value is None:
            shown = "n/a"
        else:
            shown = str(value)
        lines.append(f"  {key.ljust(width)}  {shown}")
    for field, table in (confusions or {}).items():
        lines.append("")
        lines.extend(_table_lines(field, table))
    return "\n".join(lines) + "\n"
