"""Fusion inside the store: each new report joins the fused event of the stored reports it matches.

Runs in the transaction that stores the article, so a report is never stored unfused. A new report's candidates
come from ``fusion_index`` by type family and date window (or, for a recap, by toll): an indexed lookup whose cost
does not grow with the store. Matching reports in several fused events merge them: the oldest fused id survives,
the others redirect to it (``fused_redirects``), and ``fusion_history`` records what joined when, and why.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sitroom.fusion import Report, fused_id_for, fused_record, match_reason, report_from_record
from sitroom.fusion.match import RECAP_DAYS, SLACK
from sitroom.store import queries as q

if TYPE_CHECKING:
    from sitroom.model import Article, Event

__all__ = ["FUSED_COLUMNS", "INDEX_COLUMNS", "FusionMixin"]

INDEX_COLUMNS: tuple[str, ...] = (
    "event_id",
    "fused_id",
    "article_id",
    "published",
    "family",
    "kind",
    "anchor",
    "dated",
    "region",
    "day_lo",
    "day_hi",
    "countries",
    "lat",
    "lon",
    "killed",
    "civilians",
    "injured",
    "actors",
    "words",
)
FUSED_COLUMNS: tuple[str, ...] = (
    "report_count",
    "source_count",
    "first_reported",
    "last_reported",
    "conflicts",
    "event_id",
    "article_id",
    "salience_rank",
    "plover_event",
    "acled_event_type",
    "acled_sub_event_type",
    "non_acled_type",
    "actor1_name",
    "actor1_text",
    "actor2_name",
    "actor2_text",
    "event_date",
    "country",
    "lat",
    "lon",
    "killed",
    "evidence",
    "published",
    "title",
    "record",
)
MEMBERS = (
    "SELECT e.record, e.published, e.title, a.source FROM events e "
    "LEFT JOIN articles a ON a.content_hash = e.content_hash WHERE e.fused_id = ?"
)


def _member(row: Sequence[Any]) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(row[0])
    record["published"] = row[1].isoformat() if isinstance(row[1], date) else row[1]
    record["title"], record["source"] = row[2], row[3]
    return record


def _fused_row(record: dict[str, Any]) -> tuple[Any, ...]:
    a1, a2, loc = record.get("actor1") or {}, record.get("actor2") or {}, record.get("location") or {}
    lead = next((r for r in record["reports"] if r["event_id"] == record["lead_event_id"]), record["reports"][0])
    return q.clean(
        (
            record["report_count"],
            record["source_count"],
            record["first_reported"],
            record["last_reported"],
            ",".join(record["conflicts"]),
            record["event_id"],
            record["article_id"],
            record.get("salience_rank") or 0,
            record["plover_event"],
            record.get("acled_event_type"),
            record.get("acled_sub_event_type"),
            record.get("non_acled_type"),
            a1.get("name"),
            a1.get("text"),
            a2.get("name"),
            a2.get("text"),
            record.get("date"),
            loc.get("country"),
            loc.get("lat"),
            loc.get("lon"),
            record["fatalities"].get("killed"),
            (record.get("evidence") or {}).get("sentence"),
            lead.get("published"),
            lead.get("title"),
            json.dumps(record, ensure_ascii=False),
        )
    )


class FusionMixin:
    """Fusion for a ``SqlStore`` (uses its ``_execute``, ``_fetch`` and ``_insert``)."""

    if TYPE_CHECKING:

        def _execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...
        def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _insert(
            self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]], returning: str | None = None
        ) -> list[tuple[Any, ...]]: ...

    # -- fusing new reports ----------------------------------------------------------------------------------------
    def _fuse_article(self, article: Article, events: Sequence[Event]) -> None:
        """Fuse the events of ``article`` (just inserted) with the stored reports; rebuild what changed."""
        touched: set[str] = set()
        for event in events:
            record = event.to_dict()
            record.update(published=article.published.isoformat() if article.published else None)
            record.update(title=article.title, source=article.source)
            report = report_from_record(record, article.published)
            touched.add(self._fuse_report(report))
        self._refresh(touched)

    def _fuse_report(self, report: Report) -> str:
        """File ``report`` under its fused event (new, joined or merged); returns that fused id."""
        matches: dict[str, tuple[str, str]] = {}
        for row in self._candidates(report):
            reason = match_reason(report, Report.from_row(dict(zip(INDEX_COLUMNS, row, strict=True))))
            if reason is not None:
                matches.setdefault(str(row[1]), (str(row[0]), reason))
        now = datetime.now()
        if not matches:
            fused_id = fused_id_for(report.event_id)
            self._execute(
                "INSERT INTO fused_events (fused_id, created_at, report_count, source_count, record) "
                "VALUES (?, ?, 1, 1, '{}')",
                (fused_id, now),
            )
            self._log(fused_id, now, "created", report.event_id, None, "no stored report matches")
        else:
            fused_id = self._merge(sorted(matches), now)
            other, reason = matches.get(fused_id) or next(iter(matches.values()))
            self._log(fused_id, now, "joined", report.event_id, other, reason)
            for old in matches:
                if old != fused_id:
                    self._log(fused_id, now, "merged", old, matches[old][0], matches[old][1])
        row = report.to_row()
        row["fused_id"] = fused_id
        self._insert("fusion_index", INDEX_COLUMNS, [q.clean(tuple(row[c] for c in INDEX_COLUMNS))])
        self._execute("UPDATE events SET fused_id = ? WHERE event_id = ?", (fused_id, report.event_id))
        return fused_id

    def _candidates(self, report: Report) -> list[tuple[Any, ...]]:
        """Stored reports that could match ``report``: a superset of what ``match_reason`` accepts."""
        if report.day_lo is None or report.day_hi is None:
            return []
        params: list[Any] = [report.family, report.article_id]
        params += [report.day_hi + timedelta(SLACK), report.day_lo - timedelta(SLACK)]
        recap = ""
        if report.killed is not None and report.published is not None:
            recap = (
                " OR (killed = ? AND day_hi < ? AND day_lo >= ?)"
                " OR (killed = ? AND published > ? AND published <= ?)"
            )
            params += [report.killed, report.published, report.published - timedelta(RECAP_DAYS)]
            params += [report.killed, report.day_hi, report.day_lo + timedelta(RECAP_DAYS)]
        sql = (
            f"SELECT {', '.join(INDEX_COLUMNS)} FROM fusion_index WHERE family = ? AND article_id <> ? "
            f"AND ((day_lo <= ? AND day_hi >= ?){recap})"
        )
        return self._fetch(sql, params)

    def _merge(self, fused_ids: list[str], now: datetime) -> str:
        """Merge fused events into the oldest of them (created first); the others redirect to it."""
        if len(fused_ids) == 1:
            return fused_ids[0]
        marks = ", ".join("?" * len(fused_ids))
        rows = self._fetch(f"SELECT fused_id, created_at FROM fused_events WHERE fused_id IN ({marks})", fused_ids)
        survivor = str(min(rows, key=lambda r: (r[1], str(r[0])))[0])
        for old in fused_ids:
            if old == survivor:
                continue
            for table in ("fusion_index", "events", "fused_redirects", "fusion_history"):
                self._execute(f"UPDATE {table} SET fused_id = ? WHERE fused_id = ?", (survivor, old))
            self._execute(
                "INSERT INTO fused_redirects (old_id, fused_id, merged_at) VALUES (?, ?, ?)", (old, survivor, now)
            )
            self._execute("DELETE FROM fused_events WHERE fused_id = ?", (old,))
        return survivor

    def _log(self, fused_id: str, at: datetime, action: str, event_id: str, other: str | None, reason: str) -> None:
        self._execute(
            "INSERT INTO fusion_history (fused_id, logged_at, action, event_id, other, reason) VALUES (?, ?, ?, ?, ?, ?)",
            q.clean((fused_id, at, action, event_id, other, reason)),
        )

    # -- the decided records ---------------------------------------------------------------------------------------
    def _refresh(self, fused_ids: set[str]) -> None:
        """Rebuild the records of ``fused_ids`` from their members, then the stale flags of their articles."""
        hashes: set[str] = set()
        for fused_id in sorted(fused_ids):
            members = [_member(r) for r in self._fetch(MEMBERS, (fused_id,))]
            if not members:
                self._execute("DELETE FROM fused_events WHERE fused_id = ?", (fused_id,))
                continue
            record = fused_record(fused_id, members)
            sets = ", ".join(f"{c} = ?" for c in FUSED_COLUMNS)
            self._execute(f"UPDATE fused_events SET {sets} WHERE fused_id = ?", (*_fused_row(record), fused_id))
            hashes.update(
                str(r[0]) for r in self._fetch("SELECT DISTINCT content_hash FROM events WHERE fused_id = ?", (fused_id,))
            )
        for key in sorted(hashes):
            self._execute("UPDATE articles SET stale = ? WHERE content_hash = ?", (self._is_stale(key), key))

    def _is_stale(self, content_hash: str) -> bool:
        """The article's main news was reported before: its lead event joins a fused event that an article
        published before it had reported, or its deadliest event does and that article had given the toll already
        (at least as high)."""
        rows = self._fetch(
            "SELECT 1 FROM events e JOIN events o ON o.fused_id = e.fused_id AND o.article_id <> e.article_id "
            "WHERE e.content_hash = ? AND o.published < e.published AND (e.salience_rank = 0 OR (o.killed >= e.killed "
            "AND e.killed = (SELECT max(killed) FROM events WHERE content_hash = ?))) LIMIT 1",
            (content_hash, content_hash),
        )
        return bool(rows)

    def _unfuse(self, event_ids: list[str]) -> None:
        """Reports about to be deleted (an article's earlier version) leave their fused events."""
        if not event_ids:
            return
        marks = ", ".join("?" * len(event_ids))
        rows = self._fetch(f"SELECT DISTINCT fused_id FROM fusion_index WHERE event_id IN ({marks})", event_ids)
        self._execute(f"DELETE FROM fusion_index WHERE event_id IN ({marks})", event_ids)
        self._execute(f"UPDATE events SET fused_id = NULL WHERE event_id IN ({marks})", event_ids)
        self._refresh({str(r[0]) for r in rows})

    # -- reading ---------------------------------------------------------------------------------------------------
    def resolve_fused_id(self, fused_id: str) -> str | None:
        """The id ``fused_id`` now goes by (itself, or the fused event it was merged into); None when unknown."""
        if self._fetch("SELECT 1 FROM fused_events WHERE fused_id = ?", (fused_id,)):
            return fused_id
        rows = self._fetch("SELECT fused_id FROM fused_redirects WHERE old_id = ?", (fused_id,))
        return str(rows[0][0]) if rows else None

    def fused_event(self, fused_id: str) -> dict[str, Any] | None:
        """A fused event with its merge history (``history``), following a redirect from a merged id."""
        current = self.resolve_fused_id(fused_id)
        if current is None:
            return None
        rows = self._fetch("SELECT record FROM fused_events WHERE fused_id = ?", (current,))
        record: dict[str, Any] = json.loads(rows[0][0])
        history = self._fetch(
            "SELECT logged_at, action, event_id, other, reason FROM fusion_history WHERE fused_id = ? ORDER BY logged_at, action",
            (current,),
        )
        record["history"] = [
            {"at": at.isoformat(), "action": action, "event_id": event_id, "other": other, "reason": reason}
            for at, action, event_id, other, reason in history
        ]
        record["redirected_from"] = fused_id if current != fused_id else None
        return record

    def stale_articles(self) -> list[str]:
        """Ids of the current articles flagged stale."""
        return [str(r[0]) for r in self._fetch("SELECT id FROM articles WHERE stale AND is_current ORDER BY id")]

    def refuse_all(self) -> None:
        """Fuse every stored event afresh, articles in publication order (after the migration to schema 4)."""
        self._execute("DELETE FROM fusion_index")
        self._execute("DELETE FROM fused_events")
        self._execute("UPDATE events SET fused_id = NULL")
        articles = self._fetch(
            "SELECT content_hash, id, published, title, source FROM articles WHERE is_current "
            "ORDER BY published NULLS LAST, id"
        )
        for key, _, published, _, source in articles:
            rows = self._fetch(
                "SELECT record, published, title FROM events WHERE content_hash = ? ORDER BY salience_rank, event_id",
                (key,),
            )
            touched = set()
            for row in rows:
                record = _member((*row, source))
                touched.add(self._fuse_report(report_from_record(record, published)))
            self._refresh(touched)
