"""The daily counts of fused events (migration 009) that ``/api/stats`` reads when its filters allow.

``stats_daily``: a row per (event_date, plover_event, acled_event_type, acled_sub_event_type, non_acled_type,
country) that fused events have, with their number and summed toll (NULL tolls count 0). The stats of a query whose
filters are only dates, countries and types are the same sums over these rows as over the fused events, and a
window of months is thousands of rows rather than a million.

An actor filter (a substring of any of the four actor names and texts) needs the actors kept too; kept with every
other column the table would be nearly as large as the events, so two narrower tables keep what the stats group by
separately: ``stats_daily_actors`` (day, the four actor columns, the four type columns) gives the counts by period,
type and PLOVER type and the totals, ``stats_daily_actor_countries`` (day, the four actor columns, country) those by
country. They serve queries whose filters are only dates and an actor.

Kept exact by every write to fused_events, in its transaction: the counts of the fused events it rewrites or
deletes are read before (``_rollup_counts``) and after, and the rows of the days touched are changed by the
difference (``_rollup_write``). The bulk loader of the benchmark (``sitroom.testing.bulk``) fills them as
migration 009 does, from the table (``FILL``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sitroom.store.base import EventQuery

__all__ = ["FILL", "ROLLUPS", "ROLLUP_SCHEMA", "StatsRollup"]

ROLLUP_SCHEMA = 9  # the migration that brought the daily counts
TYPES = ("plover_event", "acled_event_type", "acled_sub_event_type", "non_acled_type")
ACTORS = ("actor1_name", "actor1_text", "actor2_name", "actor2_text")
ROLLUPS: dict[str, tuple[str, ...]] = {
    "stats_daily": ("event_date", *TYPES, "country"),
    "stats_daily_actors": ("event_date", *ACTORS, *TYPES),
    "stats_daily_actor_countries": ("event_date", *ACTORS, "country"),
}
FINE = ("event_date", *ACTORS, *TYPES, "country")  # every column any of them keeps
CHUNK = 500  # fused ids per statement
FILL = [
    f"INSERT INTO {table} SELECT {', '.join(keys)}, count(*), coalesce(sum(killed), 0) FROM fused_events "
    f"GROUP BY {', '.join(keys)}"
    for table, keys in ROLLUPS.items()
]
_PLAIN = EventQuery(fused=True)

Key = tuple[Any, ...]
Counts = dict[str, dict[Key, tuple[int, int]]]


class StatsRollup:
    """The daily counts for a ``SqlStore`` (uses its ``_execute``, ``_fetch`` and ``_insert``)."""

    if TYPE_CHECKING:

        def _execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...
        def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _insert(
            self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]], returning: str | None = None
        ) -> list[tuple[Any, ...]]: ...
        def schema_version(self) -> int: ...

    def _has_rollup(self) -> bool:
        known = self.__dict__.get("_rollup_schema")
        if known is None:
            known = self.__dict__["_rollup_schema"] = self.schema_version() >= ROLLUP_SCHEMA
        return bool(known)

    def _rollup_counts(self, fused_ids: Sequence[str]) -> Counts:
        """The number and summed toll of the fused events ``fused_ids`` (those stored now), by key of each table."""
        out: Counts = {table: {} for table in ROLLUPS}
        if not fused_ids or not self._has_rollup():
            return out
        fine = ", ".join(FINE)
        where = {table: [FINE.index(k) for k in keys] for table, keys in ROLLUPS.items()}
        for i in range(0, len(fused_ids), CHUNK):
            chunk = list(fused_ids[i : i + CHUNK])
            marks = ", ".join("?" * len(chunk))
            sql = (
                f"SELECT {fine}, count(*), coalesce(sum(killed), 0) FROM fused_events "
                f"WHERE fused_id IN ({marks}) GROUP BY {fine}"
            )
            for *values, n, killed in self._fetch(sql, chunk):
                for table, at in where.items():
                    key = tuple(values[j] for j in at)
                    was = out[table].get(key, (0, 0))
                    out[table][key] = (was[0] + int(n), was[1] + int(killed))
        return out

    def _rollup_write(self, before: Counts, after: Counts) -> None:
        """Fused events counted ``before`` a change are counted ``after`` it now: in each table, the rows of each day
        touched are read, changed by the difference and written afresh."""
        for table, keys in ROLLUPS.items():
            delta: dict[Key, list[int]] = {}
            for counts, sign in ((before.get(table, {}), -1), (after.get(table, {}), 1)):
                for key, (n, killed) in counts.items():
                    entry = delta.setdefault(key, [0, 0])
                    entry[0] += sign * n
                    entry[1] += sign * killed
            delta = {k: v for k, v in delta.items() if v != [0, 0]}
            if delta:
                self._rollup_days(table, keys, delta)

    def _rollup_days(self, table: str, keys: tuple[str, ...], delta: dict[Key, list[int]]) -> None:
        days = sorted({k[0] for k in delta if k[0] is not None})
        conds = []
        params: list[Any] = []
        if days:
            conds.append(f"event_date IN ({', '.join('?' * len(days))})")
            params.extend(days)
        if any(k[0] is None for k in delta):
            conds.append("event_date IS NULL")
        where = " OR ".join(conds)
        rows: dict[Key, list[int]] = {}
        for *stored, n, killed in self._fetch(
            f"SELECT {', '.join(keys)}, events, killed FROM {table} WHERE {where}", params
        ):
            rows[tuple(stored)] = [int(n), int(killed)]
        for key, (dn, dkilled) in delta.items():
            entry = rows.setdefault(key, [0, 0])
            entry[0] += dn
            entry[1] += dkilled
        self._execute(f"DELETE FROM {table} WHERE {where}", params)
        kept = [(*key, n, killed) for key, (n, killed) in sorted(rows.items(), key=_order) if n != 0]
        self._insert(table, (*keys, "events", "killed"), kept)

    def _rollup_clear(self) -> None:
        """Every fused event is about to go (fusing everything afresh)."""
        if self._has_rollup():
            for table in ROLLUPS:
                self._execute(f"DELETE FROM {table}")

    def _rollup_serves(self, query: EventQuery) -> str | None:
        """Which daily counts give the stats of ``query`` (limit, offset and order aside): "plain" (dates,
        countries, types), "actor" (dates and an actor), or None (the fused events themselves)."""
        if not self._has_rollup():
            return None
        bare = replace(query, since=None, until=None, limit=None, offset=0, order="date_desc")
        if replace(bare, countries=(), types=()) == _PLAIN:
            return "plain"
        if bare.actor is not None and replace(bare, actor=None) == _PLAIN:
            return "actor"
        return None


def _order(item: tuple[Key, list[int]]) -> tuple[Any, ...]:
    return tuple((v is None, v if v is not None else (date.min if i == 0 else "")) for i, v in enumerate(item[0]))
