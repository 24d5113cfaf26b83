"""The review tables of a store (migration 007): each reviewed fused event's pinned values, and the log of changes.

A mixin of :class:`sitroom.store.sql.SqlStore`, the same SQL on DuckDB and PostgreSQL. Besides reading and writing
reviews, it keeps them right while articles come in: a fused event merged into another takes its review along (the
older id survives, as fusion's does), a report that leaves a reviewed event is flagged (a split), and so is a new
report whose value of a pinned field differs from both the reviewed value and the machine's when it was pinned.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sitroom.review import LogEntry, Review, apply_review, field_value
from sitroom.store.tables import SqlTables

__all__ = ["LOG_COLUMNS", "REVIEW_COLUMNS", "LogEntry", "ReviewTables", "review_from_row"]

REVIEW_COLUMNS = ("fused_id", "status", "fields", "corrected", "basis", "flags", "reviewer", "reviewed_at")
LOG_COLUMNS = ("fused_id", "logged_at", "reviewer", "action", "field", "before", "after", "note")
SYSTEM = "sitroom"  # the reviewer named in log rows that sitroom writes itself (merges, flags)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def review_from_row(row: Sequence[Any]) -> Review:
    """The review of a row of the ``reviews`` table's ``REVIEW_COLUMNS``."""
    fused_id, status, fields, corrected, basis, flags, reviewer, at = row
    return Review(
        fused_id=str(fused_id),
        status=str(status),
        fields=json.loads(fields),
        corrected=json.loads(corrected),
        basis=json.loads(basis),
        flags=json.loads(flags),
        reviewer=str(reviewer),
        reviewed_at=at,
    )


class ReviewTables(SqlTables):
    """Reviews and their log; the review overlay on read records; the checks that follow each write."""

    if TYPE_CHECKING:  # fusion's (``FusionMixin``)

        def resolve_fused_id(self, fused_id: str) -> str | None: ...

        def _bump_generation(self) -> None: ...  # SqlStore's

    # -- reading ---------------------------------------------------------------------------------------------------
    def _reviews(self, fused_ids: Sequence[str] | None = None) -> dict[str, Review]:
        sql = f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews"
        if fused_ids is None:
            rows = self._fetch(sql)
        elif not fused_ids:
            return {}
        else:
            rows = self._fetch(f"{sql} WHERE fused_id IN ({', '.join('?' * len(fused_ids))})", list(fused_ids))
        return {str(r[0]): review_from_row(r) for r in rows}

    def review(self, fused_id: str) -> Review | None:
        """The review of fused event ``fused_id`` (exactly that id), or None."""
        return self._reviews([fused_id]).get(fused_id)

    def reviews(self) -> list[Review]:
        """Every review, those with open flags first, then the latest first."""
        found = list(self._reviews().values())
        return sorted(found, key=lambda r: (not r.flags, -r.reviewed_at.timestamp(), r.fused_id))

    def review_target(self, some_id: str) -> str | None:
        """The fused id that a fused id (merged or not) or a report's event id now goes by, or the id of a review
        whose event is gone (its reports all left it); None when unknown."""
        found = self.resolve_fused_id(some_id)
        if found is not None:
            return found
        rows = self._fetch("SELECT fused_id FROM events WHERE event_id = ?", (some_id,))
        if rows and rows[0][0] is not None:
            return str(rows[0][0])
        return some_id if self._fetch("SELECT 1 FROM reviews WHERE fused_id = ?", (some_id,)) else None

    def machine_record(self, fused_id: str) -> dict[str, Any] | None:
        """A fused event's record as the machine decided it, without its review."""
        rows = self._fetch("SELECT record FROM fused_events WHERE fused_id = ?", (fused_id,))
        if not rows:
            return None
        record: dict[str, Any] = json.loads(rows[0][0])
        return record

    def unreviewed(self, limit: int = 20) -> list[dict[str, Any]]:
        """Fused events no one has reviewed yet, the latest first (by event date), as machine records."""
        rows = self._fetch(
            "SELECT f.record FROM fused_events f WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.fused_id = "
            "f.fused_id) ORDER BY f.event_date DESC NULLS LAST, f.fused_id LIMIT ?",
            (limit,),
        )
        return [json.loads(r[0]) for r in rows]

    def review_log(self, fused_id: str) -> list[dict[str, Any]]:
        """Every change to the review of ``fused_id`` (and of the fused events merged into it), oldest first."""
        rows = self._fetch(
            f"SELECT {', '.join(LOG_COLUMNS)} FROM review_log WHERE fused_id = ? ORDER BY seq",
            (fused_id,),
        )
        return [
            {
                "fused_id": fid,
                "at": at.isoformat(),
                "reviewer": who,
                "action": action,
                "field": name,
                "before": json.loads(before) if before is not None else None,
                "after": json.loads(after) if after is not None else None,
                "note": note,
            }
            for fid, at, who, action, name, before, after, note in rows
        ]

    def _overlay(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Records with their fused event's review laid over them (the reviews of those fused events only, read
        once; listings read theirs with their rows: ``sitroom.store.records``)."""
        found = list(records)
        reviews = self._reviews(sorted({str(r.get("fused_id")) for r in found}))
        return (apply_review(r, reviews.get(str(r.get("fused_id")))) for r in found)

    # -- writing ---------------------------------------------------------------------------------------------------
    @contextmanager
    def review_lock(self) -> Iterator[None]:
        """A write transaction holding the write lock, in which a review is read, decided and written with no other
        writer between (two reviewers of one event, or an ingest that merges it)."""
        with self._transaction():
            self._lock_writes()
            yield

    def save_review(self, review: Review, log: Sequence[LogEntry]) -> None:
        """Write ``review`` (replacing the one of its fused event) and append ``log``, in one transaction."""
        with self._transaction():
            self._lock_writes()
            self._put_review(review)
            self._log(log)

    def _put_review(self, review: Review) -> None:
        self._bump_generation()  # the listings show reviews: answers kept by readers are stale from the commit on
        self._execute("DELETE FROM reviews WHERE fused_id = ?", (review.fused_id,))
        values = (review.fields, review.corrected, review.basis, review.flags)
        self._execute(
            f"INSERT INTO reviews ({', '.join(REVIEW_COLUMNS)}) VALUES ({', '.join('?' * len(REVIEW_COLUMNS))})",
            (review.fused_id, review.status, *(json.dumps(v) for v in values), review.reviewer, review.reviewed_at),
        )

    def _log(self, log: Sequence[LogEntry]) -> None:
        """Append ``log`` in order (inside a write transaction, which holds the write lock)."""
        marks = ", ".join("?" * (len(LOG_COLUMNS) + 1))
        seq = int(self._fetch("SELECT coalesce(max(seq), 0) FROM review_log")[0][0])
        for n, (fid, at, who, action, name, before, after, note) in enumerate(log, seq + 1):
            self._execute(
                f"INSERT INTO review_log (seq, {', '.join(LOG_COLUMNS)}) VALUES ({marks})",
                (n, fid, at, who, action, name, json.dumps(before), json.dumps(after), note),
            )

    def _flag(self, review: Review, flag: dict[str, Any], note: str) -> None:
        """Add an open flag to ``review`` (saved) and log it."""
        flag = {"at": _now().isoformat(), **flag}
        review.flags.append(flag)
        self._put_review(review)
        self._log([(review.fused_id, _now(), SYSTEM, "flag", flag.get("field"), None, flag, note)])

    # -- keeping reviews right as articles come in -----------------------------------------------------------------
    @property
    def _leaving(self) -> list[tuple[str, str]]:
        """(event id, fused id) of the reports of reviewed fused events that the running write took out."""
        leaving: list[tuple[str, str]] = self.__dict__.setdefault("_review_left", [])
        return leaving

    def _review_leaving(self, event_ids: Sequence[str]) -> None:
        """Before reports leave their fused events (an article's new version): note those of reviewed ones."""
        if not event_ids:
            return
        marks = ", ".join("?" * len(event_ids))
        self._leaving.extend(
            (str(e), str(f))
            for e, f in self._fetch(
                f"SELECT i.event_id, i.fused_id FROM fusion_index i JOIN reviews r ON r.fused_id = i.fused_id "
                f"WHERE i.event_id IN ({marks})",
                list(event_ids),
            )
        )

    def _review_after_write(self, merged: Sequence[tuple[str, str]], filed: dict[str, str]) -> None:
        """After a write's reports are fused and stored: move the reviews of merged fused events to the survivors
        (``merged``: (survivor, old) pairs), flag the reports that left reviewed events, and the new reports
        (``filed``: event id -> fused id) that disagree with a reviewed value."""
        leaving = list(self._leaving)
        self._leaving.clear()
        if not merged and not leaving and not filed:
            return
        if not self._fetch("SELECT 1 FROM reviews LIMIT 1"):
            return
        for survivor, old in merged:
            self._review_merged(survivor, old)
        for event_id, fused_id in leaving:
            self._review_split(event_id, fused_id)
        reviews = self._reviews(sorted(set(filed.values())))
        new = sorted(e for e, f in filed.items() if f in reviews)
        if new:
            marks = ", ".join("?" * len(new))
            for event_id, fused_id, record in self._fetch(
                f"SELECT event_id, fused_id, record FROM events WHERE event_id IN ({marks})", new
            ):
                self._review_conflicts(reviews[str(fused_id)], str(event_id), json.loads(record))

    def _review_merged(self, survivor: str, old: str) -> None:
        moved, kept = self.review(old), self.review(survivor)
        note = f"fused event {old} merged into {survivor}"
        if moved is None:  # an unreviewed event joined a reviewed one: its reports are news to the reviewer
            if kept is not None:
                self._flag(kept, {"kind": "merged", "other": old}, note)
            return
        self._execute("UPDATE review_log SET fused_id = ? WHERE fused_id = ?", (survivor, old))
        self._execute("DELETE FROM reviews WHERE fused_id = ?", (old,))
        if kept is None:
            moved.fused_id = survivor
            target = moved
        else:
            target = kept
            for name, value in moved.fields.items():
                if name not in kept.fields:
                    kept.fields[name] = value
                    kept.basis[name] = moved.basis.get(name)
                elif kept.fields[name] != value:
                    flag = {"kind": "conflict", "field": name, "value": value, "reviewed": kept.fields[name]}
                    kept.flags.append({"at": _now().isoformat(), "other": old, **flag})
            kept.corrected = sorted(set(kept.corrected) | set(moved.corrected))
            kept.flags += moved.flags
            if "rejected" in (kept.status, moved.status) and kept.status != moved.status:
                kept.flags.append({"at": _now().isoformat(), "kind": "status", "other": old, "value": moved.status})
        self._flag(target, {"kind": "merged", "other": old}, note)

    def _review_split(self, event_id: str, fused_id: str) -> None:
        now_in = self._fetch("SELECT fused_id FROM fusion_index WHERE event_id = ?", (event_id,))
        current = self.resolve_fused_id(fused_id)
        target = self.review(current or fused_id)
        if target is None or (now_in and str(now_in[0][0]) == current):
            return  # the report came back (the new version of an article reports the event again)
        where = f"it now belongs to {now_in[0][0]}" if now_in else "its article's new version no longer reports it"
        note = f"report {event_id} left the event: {where}"
        self._flag(target, {"kind": "split", "event_id": event_id, "other": now_in[0][0] if now_in else None}, note)

    def _review_conflicts(self, review: Review, event_id: str, report: dict[str, Any]) -> None:
        for name, value in sorted(review.fields.items()):
            said = field_value(report, name)
            if said is None or said == value or said == review.basis.get(name):
                continue
            if any(f.get("event_id") == event_id and f.get("field") == name for f in review.flags):
                continue
            flag = {"kind": "conflict", "field": name, "event_id": event_id, "value": said, "reviewed": value}
            self._flag(review, flag, f"report {event_id} gives {name} {said!r}, reviewed {value!r}")
