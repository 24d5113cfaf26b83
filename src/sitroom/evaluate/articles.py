"""Whole articles (gold key ``articles_events``): every event a coder would code from an article.

Per article, the events an analyst sees (not negated, hypothetical or future, and with an ACLED or a non-ACLED type)
are matched one to one to the gold items, greedily: required items before optional ones, the exact day before the
month, the nearest place first, then salience. A match needs the same type (a gold item may list alternatives), the
same day (the same month for a month-precision gold date) and a place within the gold radius. Recall counts the
required items matched; precision divides the matches by the counted events less those matched to optional items
(background events, statements), so that a second event for one gold item costs precision.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sitroom.evaluate.common import UNRANKED, Record, grouped, rounded, sub
from sitroom.evaluate.registry import register
from sitroom.geo.names import haversine_km

__all__ = ["match_events", "score_articles"]

_NOT_SEEN = ("negated", "hypothetical", "future")  # what the article says did not, or may yet, happen


def _listed(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def _seen(event: Record) -> bool:
    return event.get("modality") not in _NOT_SEEN and bool(event.get("acled_event_type") or event.get("non_acled_type"))


def _same_kind(event: Record, want: Record) -> bool:
    """The same ACLED type; for a gold item without one, a listed non-ACLED type; and any evidence words asked."""
    if event.get("acled_event_type"):
        ok = event["acled_event_type"] in _listed(want.get("acled_event_type"))
    else:
        ok = event.get("non_acled_type") in _listed(want.get("non_acled_type"))
    if ok and want.get("evidence_has"):
        sentence = (sub(event, "evidence").get("sentence") or "").lower()
        ok = any(word.lower() in sentence for word in want["evidence_has"])
    return ok


def _date_rank(event: Record, want: Record) -> int | None:
    """0 for the same day (or no date asked), 1 for the same month of a month-precision gold date, None otherwise."""
    dates = _listed(want.get("date"))
    if not dates:
        return 0
    mine = event.get("date") or ""
    rank = None
    for day in dates:
        if len(day) == 10 and mine == day:
            return 0
        if len(day) < 10 and mine[: len(day)] == day:
            rank = 1
    return rank


def _distance(event: Record, want: Record) -> float | None:
    """Kilometres to the gold place when within its radius (0 when no place is asked), None otherwise."""
    near = want.get("near")
    if not near:
        return 0.0
    loc = sub(event, "location")
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    km = haversine_km(loc["lat"], loc["lon"], near[0], near[1])
    return km if km <= near[2] else None


def match_events(events: list[Record], wanted: list[Record], place: bool = True) -> dict[int, int]:
    """Greedy one-to-one matching: gold item index -> event index."""
    candidates = []
    for i, e in enumerate(events):
        for j, want in enumerate(wanted):
            if not _same_kind(e, want):
                continue
            day = _date_rank(e, want)
            km = _distance(e, want) if place else 0.0
            if day is None or km is None:
                continue
            candidates.append((bool(want.get("optional")), day, km, e.get("salience_rank", UNRANKED), i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for *_, i, j in sorted(candidates):
        if i not in used and j not in pairs:
            used.add(i)
            pairs[j] = i
    return pairs


def _count_ok(event: Record, want: Record, key: str) -> bool:
    got = sub(event, "fatalities").get(key)
    return (got or 0) == 0 if want[key] == 0 else got == want[key]


def _actor_ok(actor: Record, want: Record) -> bool:
    if "country" in want and actor.get("country") not in want["country"]:
        return False
    words = ((actor.get("text") or "") + " " + (actor.get("name") or "")).lower()
    return "text_has" not in want or any(w.lower() in words for w in want["text_has"])


def _type_of(want: Record) -> Any:
    return _listed(want.get("acled_event_type"))[0] if want.get("acled_event_type") else want.get("non_acled_type")


@register("articles")
def score_articles(gold_records: list[Record], events: list[Record]) -> dict[str, Any]:
    per_article = grouped(events)
    required_n = optional_n = system_n = counted_n = hits_n = neutral_n = type_date_n = 0
    c: Counter[str] = Counter()  # checks on matched events: sub-type, killed, injured, actor1 (asked, right)
    by_type: Counter[Any] = Counter()
    hit_type: Counter[Any] = Counter()
    false_type: Counter[Any] = Counter()
    missed: list[str] = []
    lines: list[str] = []
    for g in gold_records:
        wanted = g["gold"]["articles_events"]
        every = per_article.get(g["id"], [])
        seen = [e for e in every if _seen(e)]
        system_n += len(every)
        counted_n += len(seen)
        required = [j for j, want in enumerate(wanted) if not want.get("optional")]
        required_n += len(required)
        optional_n += len(wanted) - len(required)
        pairs = match_events(seen, wanted)
        hits = [j for j in required if j in pairs]
        neutral = len(pairs) - len(hits)
        hits_n += len(hits)
        neutral_n += neutral
        type_date_n += len(match_events(seen, [wanted[j] for j in required], place=False))
        matched = set(pairs.values())
        for i, e in enumerate(seen):
            if i not in matched:
                false_type[e.get("acled_event_type") or e.get("non_acled_type")] += 1
        for j in required:
            want = wanted[j]
            by_type[_type_of(want)] += 1
            if j not in pairs:
                missed.append(f"{g['id']}: {want['label']}")
                continue
            hit_type[_type_of(want)] += 1
            e = seen[pairs[j]]
            subs = _listed(want.get("acled_sub_event_type"))
            if subs:
                c["sub_n"] += 1
                c["sub_ok"] += e.get("acled_sub_event_type") in subs
            for key in ("killed", "injured"):
                if want.get(key) is not None:
                    c[f"{key}_n"] += 1
                    c[f"{key}_ok"] += _count_ok(e, want, key)
            if want.get("actor1"):
                c["actor1_n"] += 1
                c["actor1_ok"] += _actor_ok(sub(e, "actor1"), want["actor1"])
        lines.append(
            f"{g['id']}: {len(hits)}/{len(required)} required found, {neutral} optional, "
            f"{len(seen) - len(hits) - neutral} false of {len(seen)} counted"
        )
    denominator = counted_n - neutral_n
    precision = hits_n / denominator if denominator else None
    recall = hits_n / required_n if required_n else None
    articles = len(gold_records) or 1

    def share(name: str) -> float | None:
        return c[f"{name}_ok"] / c[f"{name}_n"] if c[f"{name}_n"] else None

    metrics = rounded(
        {
            "articles": len(gold_records),
            "gold_required": required_n,
            "gold_optional": optional_n,
            "system_events": system_n,
            "counted_events": counted_n,
            "matched": hits_n,
            "matched_optional": neutral_n,
            "false_positives": denominator - hits_n,
            "precision": precision,
            "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision and recall else 0.0,
            "type_date_recall": type_date_n / required_n if required_n else None,
            "sub_event_acc": share("sub"),
            "sub_event_n": c["sub_n"],
            "killed_exact": share("killed"),
            "killed_n": c["killed_n"],
            "injured_exact": share("injured"),
            "injured_n": c["injured_n"],
            "actor1_acc": share("actor1"),
            "actor1_n": c["actor1_n"],
            "events_per_article": counted_n / articles,
            "gold_per_article": required_n / articles,
        }
    )
    metrics["recall_by_type"] = [
        f"{t}: {hit_type[t]}/{n}" for t, n in sorted(by_type.items(), key=lambda kv: str(kv[0]))
    ]
    metrics["false_positives_by_type"] = [f"{t}: {n}" for t, n in false_type.most_common()]
    metrics["missed"] = missed
    metrics["per_article"] = lines
    return metrics
