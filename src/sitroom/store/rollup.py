"""The daily counts of fused events (``stats_daily``, migration 009) that ``/api/stats`` reads when it can.

A row per (event_date, plover_event, acled_event_type, acled_sub_event_type, non_acled_type, country) that fused
events have, with their number and summed toll. The stats of a query whose filters are only dates, countries and
types (the columns kept) are the same sums over these rows as over the fused events themselves, and a window of
months is thousands of rows rather than a million. Kept exact by every write to fused_events, in its transaction:
the counts of the fused events it rewrites or deletes are read before (``_rollup_counts``) and after, and the rows
of the days touched are changed by the difference (``_rollup_write``). The bulk loader of the benchmark
(``sitroom.testing.bulk``) fills it as migration 009 does, from the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sitroom.store.base import EventQuery

__all__ = ["KEYS", "ROLLUP_SCHEMA", "StatsRollup"]

ROLLUP_SCHEMA = 9  # the migration that brought stats_daily
KEYS = ("event_date", "plover_event", "acled_event_type", "acled_sub_event_type", "non_acled_type", "country")
CHUNK = 500  # fused ids per statement
FILL = (
    f"INSERT INTO stats_daily SELECT {', '.join(KEYS)}, count(*), coalesce(sum(killed), 0) FROM fused_events "
    f"GROUP BY {', '.join(KEYS)}"
)
_PLAIN = EventQuery(fused=True)  # what a query may differ from in dates, countries and types only

Key = tuple[Any, ...]


class StatsRollup:
    """The rollup for a ``SqlStore`` (uses its ``_execute``, ``_fetch`` and ``_insert``)."""

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

    def _rollup_counts(self, fused_ids: Sequence[str]) -> dict[Key, tuple[int, int]]:
        """The number and summed toll of the fused events ``fused_ids`` (those stored now), by key."""
        out: dict[Key, tuple[int, int]] = {}
        if not fused_ids or not self._has_rollup():
            return out
        keys = ", ".join(KEYS)
        for i in range(0, len(fused_ids), CHUNK):
            chunk = list(fused_ids[i : i + CHUNK])
            marks = ", ".join("?" * len(chunk))
            sql = (
                f"SELECT {keys}, count(*), coalesce(sum(killed), 0) FROM fused_events "
                f"WHERE fused_id IN ({marks}) GROUP BY {keys}"
            )
            for *key, n, killed in self._fetch(sql, chunk):
                was = out.get(tuple(key), (0, 0))
                out[tuple(key)] = (was[0] + int(n), was[1] + int(killed))
        return out

    def _rollup_write(self, before: dict[Key, tuple[int, int]], after: dict[Key, tuple[int, int]]) -> None:
        """Fused events counted ``before`` a change are counted ``after`` it now: the rows of each day touched are
        read, changed by the difference and written afresh."""
        delta: dict[Key, list[int]] = {}
        for counts, sign in ((before, -1), (after, 1)):
            for key, (n, killed) in counts.items():
                entry = delta.setdefault(key, [0, 0])
                entry[0] += sign * n
                entry[1] += sign * killed
        delta = {k: v for k, v in delta.items() if v != [0, 0]}
        if not delta:
            return
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
        sql = f"SELECT {', '.join(KEYS)}, events, killed FROM stats_daily WHERE {where}"
        for *stored, n, killed in self._fetch(sql, params):
            rows[tuple(stored)] = [int(n), int(killed)]
        for key, (dn, dkilled) in delta.items():
            entry = rows.setdefault(key, [0, 0])
            entry[0] += dn
            entry[1] += dkilled
        self._execute(f"DELETE FROM stats_daily WHERE {where}", params)
        kept = [(*key, n, killed) for key, (n, killed) in sorted(rows.items(), key=_order) if n != 0]
        self._insert("stats_daily", (*KEYS, "events", "killed"), kept)

    def _rollup_clear(self) -> None:
        """Every fused event is about to go (fusing everything afresh)."""
        if self._has_rollup():
            self._execute("DELETE FROM stats_daily")

    def _rollup_serves(self, query: EventQuery) -> bool:
        """Whether the stats of ``query`` (limit, offset and order aside) can be read from the rollup."""
        plain = replace(query, since=None, until=None, countries=(), types=(), limit=None, offset=0, order="date_desc")
        return plain == _PLAIN and self._has_rollup()


def _order(item: tuple[Key, list[int]]) -> tuple[Any, ...]:
    return tuple((v is None, v if v is not None else (date.min if i == 0 else "")) for i, v in enumerate(item[0]))
