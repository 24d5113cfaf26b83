"""Fusion inside the store: each new report joins the fused event of the stored reports it matches.

Runs in the transaction that stores the article, so a report is never stored unfused. A new report's candidates
come from ``fusion_index`` by type family and date window (or, for a recap, by toll): an indexed lookup whose cost
does not grow with the store (a write of many articles over few days reads them once for all: ``fusion_batch``).
Matching reports in several fused events merge them: the oldest fused id survives,
the others redirect to it (``fused_redirects``), and ``fusion_history`` records what joined when, and why.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from sitroom.fusion import Report, fused_id_for, fused_record, match_reason, report_from_record
from sitroom.fusion.match import MAX_SPAN, RECAP_DAYS, RECAP_TOLL, SLACK, families_meeting, shift
from sitroom.store import queries as q
from sitroom.store.fusion_batch import FusionBatch, Pool
from sitroom.store.rollup import StatsRollup

if TYPE_CHECKING:
    from sitroom.model import Article

__all__ = ["FUSED_COLUMNS", "INDEX_COLUMNS", "FusionBatch", "FusionMixin"]

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


class Recorded(Protocol):
    """What fusion needs of an event: its record (``Event.to_dict``)."""

    def to_dict(self) -> dict[str, Any]: ...


MEMBERS = (
    "SELECT e.record, e.published, e.title, a.source, e.fused_id, e.content_hash, f.created_at FROM events e "
    "LEFT JOIN articles a ON a.content_hash = e.content_hash LEFT JOIN fused_events f ON f.fused_id = e.fused_id"
)
HISTORY_COLUMNS = ("fused_id", "logged_at", "action", "event_id", "other", "reason")
POOL_DAYS = 92  # a write whose reports span at most this many days reads its candidates in one query


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


class FusionMixin(StatsRollup):
    """Fusion for a ``SqlStore`` (uses its ``_execute``, ``_fetch`` and ``_insert``); it keeps the daily counts of
    fused events (``StatsRollup``) with every write to them."""

    @property
    def _born(self) -> dict[str, datetime]:
        """Creation times of the fused events of the running write whose records are not written yet."""
        born: dict[str, datetime] = self.__dict__.setdefault("_born_at", {})
        return born

    # the store's _execute, _fetch and _insert are declared (for type checking) by StatsRollup

    # -- fusing new reports ----------------------------------------------------------------------------------------
    def _fuse_articles(self, items: Sequence[tuple[Article, Sequence[Recorded]]], batch: FusionBatch) -> set[str]:
        """``_fuse_article`` for each of ``items``, in order, in one write. When their reports span at most
        POOL_DAYS (a feed, a dump in publication order), the stored reports they could match are read in one
        query rather than one an article."""
        prepared = [self._reports(article, events, batch) for article, events in items]
        dated = [r for reports in prepared for r in reports if r.day_lo is not None and r.day_hi is not None]
        pool: Pool | None = None
        if len(prepared) > 1 and dated:
            days = max(r.day_hi for r in dated if r.day_hi) - min(r.day_lo for r in dated if r.day_lo)
            if days.days <= POOL_DAYS:
                rows = self._candidates(dated, article=None)
                pool = Pool([self._stored(row, batch) for row in rows])
                batch.where.update({str(row[0]): str(row[1]) for row in rows})
        touched: set[str] = set()
        for reports in prepared:
            touched |= self._fuse_reports(reports, batch, pool)
        return touched

    def _fuse_article(self, article: Article, events: Sequence[Recorded], batch: FusionBatch) -> set[str]:
        """File each event of ``article`` under a fused event (new, joined or merged), before the events are
        inserted: ``batch.filed`` (event id -> fused id) gets them, and follows merges; their index rows and history
        wait in ``batch`` until ``_flush``. Returns the fused ids whose records need rebuilding (``_refresh``, once
        the events are in)."""
        return self._fuse_reports(self._reports(article, events, batch), batch, None)

    @staticmethod
    def _reports(article: Article, events: Sequence[Recorded], batch: FusionBatch) -> list[Report]:
        """The reports of ``article``'s events (their records kept in ``batch`` for the events' rows)."""
        published = article.published.isoformat() if article.published else None
        reports = []
        for event in events:
            record = event.to_dict()
            batch.records[str(record["event_id"])] = record
            record = {**record, "published": published, "title": article.title, "source": article.source}
            reports.append(report_from_record(record, article.published))
        return reports

    def _fuse_reports(self, reports: list[Report], batch: FusionBatch, pool: Pool | None) -> set[str]:
        """``_fuse_article`` of one article's ``reports``; their stored candidates from ``pool`` when the write read
        them already, else from the index."""
        if pool is None:
            rows = self._candidates(reports)
            stored = [self._stored(row, batch) for row in rows]
            where = {str(row[0]): str(row[1]) for row in rows}  # stored report -> its fused id
        else:
            stored = pool.near(reports)
            where = {r.event_id: batch.current(batch.where[r.event_id]) for r in stored}
        stored += batch.near(reports)  # reports of this batch, not in the index yet
        where.update({r.event_id: batch.filed[r.event_id] for r in stored if r.event_id not in where})
        now = datetime.now()
        touched: set[str] = set()
        for report in reports:
            matches: dict[str, tuple[str, str]] = {}
            for other in stored:
                reason = match_reason(report, other)
                if reason is not None:
                    matches.setdefault(where[other.event_id], (other.event_id, reason))
            if not matches:
                fused_id = fused_id_for(report.event_id)
                self._born[fused_id] = now
                batch.born.add(fused_id)
                batch.history.append([fused_id, now, "created", report.event_id, None, "no stored report matches"])
            else:
                fused_id = self._merge(sorted(matches), now, batch)
                for old in matches:
                    if old != fused_id:
                        touched.discard(old)
                        batch.rename(old, fused_id)
                        where.update({k: fused_id for k, v in where.items() if v == old})
                        batch.history.append([fused_id, now, "merged", old, matches[old][0], matches[old][1]])
                witness, reason = matches.get(fused_id) or next(iter(matches.values()))
                batch.history.append([fused_id, now, "joined", report.event_id, witness, reason])
            batch.filed[report.event_id] = fused_id
            touched.add(fused_id)
        batch.reports += reports
        return touched

    @staticmethod
    def _stored(row: tuple[Any, ...], batch: FusionBatch) -> Report:
        """The report of an index row, read once a write (the articles of a bulk load share most candidates)."""
        report = batch.seen.get(str(row[0]))
        if report is None:
            report = batch.seen[str(row[0])] = Report.from_row(dict(zip(INDEX_COLUMNS, row, strict=True)))
        return report

    def _flush(self, batch: FusionBatch) -> None:
        """Write the index rows, the history and the redirects that ``batch`` holds."""
        rows = []
        for report in batch.reports:
            row = report.to_row()
            row["fused_id"] = batch.filed[report.event_id]
            rows.append(q.clean(tuple(row[c] for c in INDEX_COLUMNS)))
        self._insert("fusion_index", INDEX_COLUMNS, rows)
        self._insert("fusion_history", HISTORY_COLUMNS, [q.clean(tuple(h)) for h in batch.history])
        self._insert("fused_redirects", ("old_id", "fused_id", "merged_at"), [tuple(r) for r in batch.redirects])
        batch.reports.clear()
        batch.history.clear()
        batch.redirects.clear()

    def _candidates(self, reports: Sequence[Report], article: str | None = "") -> list[tuple[Any, ...]]:
        """Stored reports that could match one of ``reports`` (one article's): a superset of what
        ``match_reason`` accepts. Two plain index ranges, whatever the number of reports: the type families the
        article's reports may meet (``families_meeting``) over the days its windows reach (windows are at most
        MAX_SPAN days long, so ``day_lo`` is bounded on both sides), and, for tolls large enough to recognise a recap
        by, the same toll within RECAP_DAYS. Rows of ``article`` (by default the reports' own) are left out."""
        dated = [r for r in reports if r.day_lo is not None and r.day_hi is not None]
        if not dated:
            return []
        families = sorted({f for r in dated for f in families_meeting(r.family)})
        low = min(shift(r.day_lo, -SLACK - MAX_SPAN) for r in dated if r.day_lo is not None)
        high = max(shift(r.day_hi, SLACK) for r in dated if r.day_hi is not None)
        columns = ", ".join(INDEX_COLUMNS)
        # AND-only conditions: DuckDB pushes them into its scan (an OR would read every column of every row)
        sql = f"SELECT {columns} FROM fusion_index WHERE family IN ({', '.join('?' * len(families))}) AND day_lo >= ? "
        rows = self._fetch(sql + "AND day_lo <= ?", [*families, low, high])
        tolls = sorted({r.killed for r in dated if r.killed is not None and r.killed >= RECAP_TOLL})
        published = [r.published for r in dated if r.published is not None]
        if tolls and published:
            sql = f"SELECT {columns} FROM fusion_index WHERE killed IN ({', '.join('?' * len(tolls))}) AND "
            first, last = min(published), max(published)
            rows += self._fetch(sql + "day_lo >= ? AND day_lo <= ?", [*tolls, shift(first, -RECAP_DAYS), last])
            rows += self._fetch(sql + "published >= ? AND published <= ?", [*tolls, low, shift(high, RECAP_DAYS)])
        article = dated[0].article_id if article == "" else article
        seen: set[str] = set()
        out = []
        for row in rows:
            if row[2] != article and row[0] not in seen:
                seen.add(row[0])
                out.append(row)
        return out

    def _merge(self, fused_ids: list[str], now: datetime, batch: FusionBatch) -> str:
        """Merge fused events into the oldest of them (created first); the others redirect to it. One created in
        this write has nothing stored yet: its redirect waits in ``batch`` with the rest (the caller renames it
        there)."""
        if len(fused_ids) == 1:
            return fused_ids[0]
        born = {f: self._born[f] for f in fused_ids if f in batch.born}
        stored = [f for f in fused_ids if f not in born]
        if stored:
            marks = ", ".join("?" * len(stored))
            sql = f"SELECT fused_id, created_at FROM fused_events WHERE fused_id IN ({marks})"
            born.update(self._fetch(sql, stored))
        survivor = min(fused_ids, key=lambda f: (born[f], f))
        for old in fused_ids:
            if old == survivor:
                continue
            if old in batch.born:
                batch.redirects.append([old, survivor, now])
                self._born.pop(old, None)
                continue
            members = [str(r[0]) for r in self._fetch("SELECT event_id FROM fusion_index WHERE fused_id = ?", (old,))]
            if members:  # by primary key: an update by fused_id would scan the table on DuckDB
                marks = ", ".join("?" * len(members))
                for table in ("fusion_index", "events"):
                    self._execute(f"UPDATE {table} SET fused_id = ? WHERE event_id IN ({marks})", (survivor, *members))
            for table in ("fused_redirects", "fusion_history"):
                self._execute(f"UPDATE {table} SET fused_id = ? WHERE fused_id = ?", (survivor, old))
            self._execute(
                "INSERT INTO fused_redirects (old_id, fused_id, merged_at) VALUES (?, ?, ?)", (old, survivor, now)
            )
            self._rollup_write(self._rollup_counts([old]), {})
            self._execute("DELETE FROM fused_events WHERE fused_id = ?", (old,))
        return survivor

    # -- the decided records ---------------------------------------------------------------------------------------
    def _refresh(self, fused_ids: set[str]) -> None:
        """Rebuild the records of ``fused_ids`` from their members, then the stale flags of their articles."""
        if not fused_ids:
            return
        ids = sorted(fused_ids)
        marks = ", ".join("?" * len(ids))
        members: dict[str, list[dict[str, Any]]] = {}
        hashes: set[str] = set()
        created: dict[str, datetime] = {}
        for row in self._fetch(f"{MEMBERS} WHERE e.fused_id IN ({marks})", ids):
            members.setdefault(str(row[4]), []).append(_member(row))
            hashes.add(str(row[5]))
            if row[6] is not None:
                created[str(row[4])] = row[6]
        created.update({f: self._born.pop(f) for f in ids if f in self._born})
        before = self._rollup_counts(ids)
        self._execute(f"DELETE FROM fused_events WHERE fused_id IN ({marks})", ids)
        rows = [(fid, created[fid], *_fused_row(fused_record(fid, members[fid]))) for fid in ids if fid in members]
        self._insert("fused_events", ("fused_id", "created_at", *FUSED_COLUMNS), rows)
        self._rollup_write(before, self._rollup_counts(ids))
        self._restale(hashes)

    def _restale(self, hashes: set[str]) -> None:
        """Set the stale flag of the articles ``hashes``: their main news (the lead event, or the deadliest) joins a
        fused event that an article published before had reported (for the deadliest: with a toll at least as
        high). Read through the content-hash and fused-id indexes, decided here."""
        if not hashes:
            return
        keys = sorted(hashes)
        marks = ", ".join("?" * len(keys))
        own = self._fetch(
            f"SELECT content_hash, fused_id, salience_rank, killed, published, article_id FROM events "
            f"WHERE content_hash IN ({marks})",
            keys,
        )
        fused = sorted({str(r[1]) for r in own if r[1] is not None})
        others: dict[str, list[tuple[Any, ...]]] = {}
        if fused:
            marks = ", ".join("?" * len(fused))
            for fid, aid, published, killed in self._fetch(
                f"SELECT fused_id, article_id, published, killed FROM events WHERE fused_id IN ({marks})", fused
            ):
                others.setdefault(str(fid), []).append((aid, published, killed))
        deadliest: dict[str, int] = {}
        for key, _, _, killed, _, _ in own:
            if killed is not None:
                deadliest[key] = max(deadliest.get(key, killed), killed)
        stale: set[str] = set()
        for key, fid, rank, killed, published, aid in own:
            main = rank == 0 or (killed is not None and killed == deadliest.get(key))
            if not main or published is None:
                continue
            for other_aid, other_published, other_killed in others.get(str(fid), []):
                earlier = other_aid != aid and other_published is not None and other_published < published
                if earlier and (rank == 0 or (other_killed is not None and other_killed >= killed)):
                    stale.add(key)
        for flag in (True, False):
            group = [k for k in keys if (k in stale) == flag]
            if group:
                marks = ", ".join("?" * len(group))
                self._execute(f"UPDATE articles SET stale = ? WHERE content_hash IN ({marks})", [flag, *group])

    def _unfuse(self, event_ids: list[str]) -> set[str]:
        """Reports about to be deleted (an article's earlier version) leave their fused events; returns the fused
        ids to rebuild once they are gone."""
        if not event_ids:
            return set()
        marks = ", ".join("?" * len(event_ids))
        rows = self._fetch(f"SELECT DISTINCT fused_id FROM fusion_index WHERE event_id IN ({marks})", event_ids)
        self._execute(f"DELETE FROM fusion_index WHERE event_id IN ({marks})", event_ids)
        self._execute(f"UPDATE events SET fused_id = NULL WHERE event_id IN ({marks})", event_ids)
        return {str(r[0]) for r in rows}

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
            "SELECT logged_at, action, event_id, other, reason FROM fusion_history WHERE fused_id = ? "
            "ORDER BY logged_at, action",
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
        from sitroom.model import Article

        self._rollup_clear()
        for table in ("fusion_index", "fused_events", "fused_redirects", "fusion_history"):
            self._execute(f"DELETE FROM {table}")
        articles = self._fetch(
            "SELECT content_hash, id, published, title, source FROM articles WHERE is_current "
            "ORDER BY published NULLS LAST, id"
        )
        for key, aid, published, title, source in articles:
            article = Article(id=aid, text="", published=published, title=title, source=source)
            rows = self._fetch(
                "SELECT record FROM events WHERE content_hash = ? ORDER BY salience_rank, event_id", (key,)
            )
            events = [_StoredEvent(json.loads(r[0])) for r in rows]
            batch = FusionBatch()
            touched = self._fuse_article(article, events, batch)
            self._flush(batch)
            for event_id, fused_id in batch.filed.items():
                self._execute("UPDATE events SET fused_id = ? WHERE event_id = ?", (fused_id, event_id))
            self._refresh(touched)


class _StoredEvent:
    """A stored event record standing in for an ``Event`` where fusion needs only its record."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record
        self.event_id = str(record["event_id"])

    def to_dict(self) -> dict[str, Any]:
        return dict(self.record)
