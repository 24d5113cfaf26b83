"""Event fusion: reports of one real-world event, across articles and sources, joined as one fused event.

``match`` holds the rule that says two reports are the same event; ``fuse`` the rules that decide a fused event's
date, toll, place and actors from its members. The stores keep an index of every report's matching facts
(``fusion_index``) so that fusing an article's events looks up a handful of candidates instead of the whole store.
"""

from __future__ import annotations

from sitroom.fusion.fuse import fused_record, reported_late_days
from sitroom.fusion.match import Report, match_reason, report_from_record

__all__ = ["Report", "fused_id_for", "fused_record", "match_reason", "report_from_record", "reported_late_days"]


def fused_id_for(event_id: str) -> str:
    """The id of a fused event founded by report ``event_id``: stable, whatever joins it later."""
    return "f" + event_id
