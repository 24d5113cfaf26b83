"""The fusion state of one write (``FusionBatch``), and the prefilter that picks, among reports already read, those
a new article's reports could match (``near``, ``Pool``): the same superset of ``match_reason``'s matches that
``FusionMixin._candidates`` reads from the index."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitroom.fusion import Report
from sitroom.fusion.match import MAX_SPAN, RECAP_TOLL, SLACK, families_meeting, shift

__all__ = ["FusionBatch", "Pool", "near"]


@dataclass
class FusionBatch:
    """The fusion state of one write: where each new report was filed, and the index rows, history and redirects
    not written yet (written once, at the end of the write, rather than once an article)."""

    filed: dict[str, str] = field(default_factory=dict)  # event id -> fused id
    reports: list[Report] = field(default_factory=list)
    history: list[list[Any]] = field(default_factory=list)
    born: set[str] = field(default_factory=set)  # fused ids created in this write: nothing of them stored yet
    redirects: list[list[Any]] = field(default_factory=list)  # [old id, fused id, merged at] of those merged
    seen: dict[str, Report] = field(default_factory=dict)  # stored reports read in this write, by event id
    moved: dict[str, str] = field(default_factory=dict)  # fused id merged in this write -> the one it joined
    where: dict[str, str] = field(default_factory=dict)  # stored report -> its fused id, as the write read it
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # the new events' records, by event id

    def near(self, reports: Sequence[Report]) -> list[Report]:
        """The batch's reports that could match one of ``reports`` (the same prefilter as ``_candidates``)."""
        return near(reports, self.reports)

    def current(self, fused_id: str) -> str:
        """The fused id ``fused_id`` goes by now (merges of this write followed)."""
        while fused_id in self.moved:
            fused_id = self.moved[fused_id]
        return fused_id

    def rename(self, old: str, new: str) -> None:
        """Fused event ``old`` merged into ``new``."""
        self.moved[old] = new
        for key, value in self.filed.items():
            if value == old:
                self.filed[key] = new
        for entry in self.history:
            if entry[0] == old:
                entry[0] = new
        for entry in self.redirects:
            if entry[1] == old:
                entry[1] = new


def near(reports: Sequence[Report], others: Sequence[Report]) -> list[Report]:
    """Those of ``others`` that could match one of ``reports`` (one article's): a superset of what ``match_reason``
    accepts, as ``FusionMixin._candidates`` selects them (there without a recap's date limits)."""
    reach = _reach(reports)
    if reach is None or not others:
        return []
    families, low, high, tolls, article = reach
    return [
        r
        for r in others
        if r.article_id != article
        and r.day_lo is not None
        and ((r.family in families and low <= r.day_lo <= high) or r.killed in tolls)
    ]


def _reach(reports: Sequence[Report]) -> tuple[set[str], date, date, set[int | None], str] | None:
    """What one article's ``reports`` may match: type families, the days of ``day_lo``, tolls of a recap."""
    dated = [r for r in reports if r.day_lo is not None and r.day_hi is not None]
    if not dated:
        return None
    families = {f for r in dated for f in families_meeting(r.family)}
    low = min(shift(r.day_lo, -SLACK - MAX_SPAN) for r in dated if r.day_lo is not None)
    high = max(shift(r.day_hi, SLACK) for r in dated if r.day_hi is not None)
    tolls: set[int | None] = {r.killed for r in dated if r.killed is not None and r.killed >= RECAP_TOLL}
    return families, low, high, tolls, dated[0].article_id


class Pool:
    """The stored reports a write's articles could match, read at once; ``near`` selects an article's as ``_near``
    does, through their days and tolls (sorted and bucketed) rather than all of them."""

    def __init__(self, reports: Sequence[Report]) -> None:
        dated = sorted(((r.day_lo, r) for r in reports if r.day_lo is not None), key=lambda dr: (dr[0], dr[1].event_id))
        self.days = [day for day, _ in dated]
        self.by_day = [r for _, r in dated]
        self.by_toll: dict[int, list[Report]] = {}
        for r in self.by_day:
            if r.killed is not None and r.killed >= RECAP_TOLL:
                self.by_toll.setdefault(r.killed, []).append(r)

    def near(self, reports: Sequence[Report]) -> list[Report]:
        reach = _reach(reports)
        if reach is None:
            return []
        families, low, high, tolls, article = reach
        window = self.by_day[bisect_left(self.days, low) : bisect_right(self.days, high)]
        found = {r.event_id: r for r in window if r.family in families and r.article_id != article}
        for toll in tolls:
            found.update({r.event_id: r for r in self.by_toll.get(toll or 0, []) if r.article_id != article})
        return list(found.values())
