"""Score the machine against what people reviewed (``sitroom eval --reviewed``): the reviewed rows are the gold.

For every reviewed fused event the machine's own record (as fusion decided it, without the review) is compared with
the reviewed values: a rejected event is a false positive of the machine; for the others, each reviewed field
agrees when the machine gave the same value (text compared without regard to case and spacing, coordinates within
0.0001 degrees). Accepting pins every field, so an accepted event counts as agreement on each of its fields unless
later reports changed the machine's mind; a correction counts as disagreement on the field it corrected.
"""

from __future__ import annotations

from typing import Any

from sitroom.review import FIELDS, ReviewStore, field_value

__all__ = ["agree", "score_reviewed"]


def agree(name: str, machine: Any, reviewed: Any) -> bool:
    """Whether the machine's value of field ``name`` is the reviewed one."""
    if machine is None or reviewed is None:
        return machine is None and reviewed is None
    if name in ("lat", "lon"):
        return abs(float(machine) - float(reviewed)) < 1e-4
    if isinstance(reviewed, str):
        return " ".join(str(machine).split()).casefold() == " ".join(reviewed.split()).casefold()
    return bool(machine == reviewed)


def score_reviewed(store: ReviewStore) -> dict[str, Any]:
    """The metrics: counts by status, the machine's precision over the reviewed events (rejected ones are its false
    positives), and per field the share of reviewed values the machine agreed with."""
    counts = {"accepted": 0, "corrected": 0, "rejected": 0}
    scored = dict.fromkeys(FIELDS, 0)
    agreed = dict.fromkeys(FIELDS, 0)
    gone = 0
    for review in store.reviews():
        machine = store.machine_record(review.fused_id)
        if machine is None:  # its reports left it (flagged): nothing to compare
            gone += 1
            continue
        counts[review.status] = counts.get(review.status, 0) + 1
        if review.status == "rejected":
            continue
        for name, value in review.fields.items():
            if name in scored:
                scored[name] += 1
                agreed[name] += agree(name, field_value(machine, name), value)
    total = sum(counts.values())
    metrics: dict[str, Any] = {
        "reviewed_events": total,
        "accepted": counts["accepted"],
        "corrected": counts["corrected"],
        "rejected_false_positives": counts["rejected"],
        "precision": round((total - counts["rejected"]) / total, 3) if total else None,
    }
    for name in FIELDS:
        metrics[f"agreement_{name}"] = (
            f"{agreed[name] / scored[name]:.3f} ({agreed[name]}/{scored[name]})" if scored[name] else None
        )
    all_scored = sum(scored.values())
    metrics["agreement_all_fields"] = round(sum(agreed.values()) / all_scored, 3) if all_scored else None
    if gone:
        metrics["reviews_without_event"] = gone
    return metrics
