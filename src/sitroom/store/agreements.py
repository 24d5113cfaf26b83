"""The agreement tables of a store (migration 005): what the tracker knows, and every article's report of it.

A mixin of :class:`sitroom.store.sql.SqlStore`: the same SQL on DuckDB and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol, runtime_checkable

from sitroom.agreements.model import AgreementState, ArticleOutcome, Violation
from sitroom.model import Article
from sitroom.store.tables import SqlTables

__all__ = ["AgreementStore", "AgreementTables"]


@runtime_checkable
class AgreementStore(Protocol):
    """What agreement tracking needs from a store (both SQL stores, and the API's locked wrapper, have it)."""

    def agreement_state(self) -> tuple[list[AgreementState], list[Violation]]: ...

    def add_agreement_outcome(self, article: Article, outcome: ArticleOutcome) -> None: ...

    def untracked_articles(
        self, hashes: Sequence[str] | None = None
    ) -> Iterator[tuple[Article, list[dict[str, Any]]]]: ...

    def agreement_records(self) -> Iterator[dict[str, Any]]: ...

    def agreements_out_of_order(self, first: date | None = None) -> bool: ...

    def clear_agreements(self) -> None: ...

    def agreements_summary(self) -> list[dict[str, Any]]: ...

    def agreement_violations(self, agreement_id: str) -> list[dict[str, Any]]: ...


class AgreementTables(SqlTables):
    """Reading and writing agreements, their per-article states, breaches and stale flags."""

    def agreement_state(self) -> tuple[list[AgreementState], list[Violation]]:
        """Every agreement as last known, and every breach."""
        agreements = [
            AgreementState.from_dict(json.loads(r[0]))
            for r in self._fetch("SELECT record FROM agreements ORDER BY agreement_id")
        ]
        violations = [
            Violation.from_dict(json.loads(r[0]))
            for r in self._fetch("SELECT record FROM violations ORDER BY violation_id")
        ]
        return agreements, violations

    def add_agreement_outcome(self, article: Article, outcome: ArticleOutcome) -> None:
        """Store what one article tells about agreements (once per article version)."""
        key = article.content_hash
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        with self._transaction():
            self._lock_writes()
            if self._fetch("SELECT 1 FROM agreement_articles WHERE content_hash = ?", (key,)):
                return
            seq = int(self._fetch("SELECT coalesce(max(seq), 0) + 1 FROM agreement_articles")[0][0])
            self._execute(
                "INSERT INTO agreement_articles (content_hash, article_id, published, seq, stale) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, article.id, outcome.published, seq, outcome.stale),
            )
            for a in outcome.agreements:
                record = json.dumps(a.to_dict(), ensure_ascii=False)
                self._execute("DELETE FROM agreements WHERE agreement_id = ?", (a.agreement_id,))
                self._execute(
                    "INSERT INTO agreements (agreement_id, kind, status, signed, effective, expires, first_article, "
                    "record, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (a.agreement_id, a.kind, a.status, a.signed, a.effective, a.expires, a.first_article, record, now),
                )
                self._execute(
                    "INSERT INTO agreement_reports (seq, agreement_id, article_id, content_hash, published, status, "
                    "record, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        seq,
                        a.agreement_id,
                        article.id,
                        key,
                        article.published,
                        a.status,
                        json.dumps(a.record(article.id), ensure_ascii=False),
                        json.dumps(outcome.evidence.get(a.agreement_id, []), ensure_ascii=False),
                    ),
                )
            for v, new in outcome.violations:
                if new:
                    self._execute(
                        "INSERT INTO violations (violation_id, agreement_id, event_date, alleged, killed, record) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        (
                            v.violation_id,
                            v.agreement_id,
                            v.date,
                            v.alleged,
                            v.killed,
                            json.dumps(v.to_dict(), ensure_ascii=False),
                        ),
                    )
                self._execute(
                    "INSERT INTO violation_reports (seq, violation_id, agreement_id, article_id, content_hash, "
                    "alleged, record) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (
                        seq,
                        v.violation_id,
                        v.agreement_id,
                        article.id,
                        key,
                        v.alleged,
                        json.dumps(v.record(article.id), ensure_ascii=False),
                    ),
                )

    def untracked_articles(self, hashes: Sequence[str] | None = None) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
        """Current stored articles not read for agreements yet (all, or those of ``hashes``), in publication order
        (ties by id), with their events."""
        sql = (
            "SELECT content_hash, id, published, title, url, source, text, origin FROM articles a WHERE is_current "
            "AND published IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM agreement_articles g WHERE g.content_hash = a.content_hash)"
        )
        params: list[Any] = []
        if hashes is not None:
            sql += " AND content_hash IN (SELECT unnest(CAST(? AS TEXT[])))"
            params.append(list(hashes))
        for key, aid, published, title, url, source, text, origin in self._fetch(
            sql + " ORDER BY published, id", params
        ):
            events = [
                json.loads(r[0])
                for r in self._fetch(
                    "SELECT record FROM events WHERE content_hash = ? ORDER BY salience_rank, event_id", (key,)
                )
            ]
            yield Article(aid, text, published, title, url, source, origin or ""), events

    def agreements_out_of_order(self, first: date | None = None) -> bool:
        """Whether an article to track (published on ``first``; by default the earliest untracked one) was
        published before one already tracked: the tracker reads in publication order, so all is read again."""
        if first is None:
            rows = self._fetch(
                "SELECT min(a.published) FROM articles a WHERE a.is_current AND a.published IS NOT NULL AND NOT "
                "EXISTS (SELECT 1 FROM agreement_articles g WHERE g.content_hash = a.content_hash)"
            )
            first = rows[0][0]
        last = self._fetch("SELECT max(published) FROM agreement_articles")[0][0]
        return first is not None and last is not None and first < last

    def clear_agreements(self) -> None:
        """Forget everything tracked (before reading all stored articles again, in publication order)."""
        with self._transaction():
            self._lock_writes()
            for table in ("agreements", "agreement_reports", "violations", "violation_reports", "agreement_articles"):
                self._execute(f"DELETE FROM {table}")

    def agreement_records(self) -> Iterator[dict[str, Any]]:
        """The tracker's output (gold/AGREEMENTS.md): per article in reading order, the state of each agreement it
        concerns, the breaches it reports and its stale flag."""
        articles = self._fetch("SELECT content_hash, article_id, stale FROM agreement_articles ORDER BY seq")
        states: dict[str, list[dict[str, Any]]] = {}
        for key, record in self._fetch("SELECT content_hash, record FROM agreement_reports ORDER BY seq, agreement_id"):
            states.setdefault(str(key), []).append(json.loads(record))
        breaches: dict[str, list[dict[str, Any]]] = {}
        for key, record in self._fetch("SELECT content_hash, record FROM violation_reports ORDER BY seq, violation_id"):
            breaches.setdefault(str(key), []).append(json.loads(record))
        for key, article_id, stale in articles:
            yield from states.get(str(key), [])
            yield from breaches.get(str(key), [])
            yield {"type": "article", "article_id": article_id, "stale": bool(stale)}

    def agreements_summary(self) -> list[dict[str, Any]]:
        """Every agreement as last known, with its breaches counted (confirmed and alleged apart), the reports that
        support it, and its status over time."""
        counts: dict[str, tuple[int, int]] = {
            str(aid): (int(c), int(al))
            for aid, c, al in self._fetch(
                "SELECT agreement_id, count(*) FILTER (WHERE NOT alleged), count(*) FILTER (WHERE alleged) "
                "FROM violations GROUP BY agreement_id"
            )
        }
        history: dict[str, list[dict[str, Any]]] = {}
        for aid, article_id, published, status in self._fetch(
            "SELECT agreement_id, article_id, published, status FROM agreement_reports ORDER BY seq"
        ):
            history.setdefault(str(aid), []).append(
                {"article_id": article_id, "published": published.isoformat() if published else None, "status": status}
            )
        out = []
        for (record,) in self._fetch("SELECT record FROM agreements ORDER BY signed DESC NULLS LAST, agreement_id"):
            a = json.loads(record)
            confirmed, alleged = counts.get(a["agreement_id"], (0, 0))
            out.append(
                {
                    **{k: v for k, v in a.items() if k not in ("duration", "last_extension")},
                    "violations_confirmed": confirmed,
                    "violations_alleged": alleged,
                    "reports": history.get(a["agreement_id"], []),
                }
            )
        return out

    def agreement_violations(self, agreement_id: str) -> list[dict[str, Any]]:
        """The breaches of one agreement, oldest first, each with the articles that report it."""
        reports: dict[str, list[str]] = {}
        for vid, article_id in self._fetch(
            "SELECT violation_id, article_id FROM violation_reports WHERE agreement_id = ? ORDER BY seq",
            (agreement_id,),
        ):
            reports.setdefault(str(vid), []).append(str(article_id))
        rows = self._fetch(
            "SELECT record FROM violations WHERE agreement_id = ? ORDER BY event_date, violation_id", (agreement_id,)
        )
        return [{**(v := json.loads(r[0])), "reports": reports.get(v["violation_id"], [])} for r in rows]
