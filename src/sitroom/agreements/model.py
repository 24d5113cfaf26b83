"""The records of agreement tracking: an agreement's state, a violation, and what one article adds to both."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = ["AgreementState", "ArticleOutcome", "Violation", "stable_id"]

STATUSES = ("in force", "violated", "extended", "expired", "collapsed")


def stable_id(prefix: str, *parts: object) -> str:
    """An id derived from what identifies the record, so that ingesting again gives the same id."""
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# what an "agreement" record carries of the state (gold/AGREEMENTS.md), in this order
_RECORD_FIELDS = ("agreement_id", "kind", "parties", "mediators", "signed", "effective", "expires", "terms", "status")


@dataclass
class AgreementState:
    """An agreement as the tracker knows it after some article."""

    agreement_id: str
    kind: str
    parties: list[str]
    mediators: list[str] = field(default_factory=list)
    signed: date | None = None
    effective: date | None = None
    expires: date | None = None
    duration: tuple[int, str] | None = None  # one period ("two-month truce"), for renewals without a length
    terms: list[str] = field(default_factory=list)
    status: str = "in force"
    ended: date | None = None  # when it expired or collapsed
    last_extension: date | None = None
    first_article: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "agreement_id": self.agreement_id,
            "kind": self.kind,
            "parties": list(self.parties),
            "mediators": list(self.mediators),
            "signed": _iso(self.signed),
            "effective": _iso(self.effective),
            "expires": _iso(self.expires),
            "duration": list(self.duration) if self.duration else None,
            "terms": list(self.terms),
            "status": self.status,
            "ended": _iso(self.ended),
            "last_extension": _iso(self.last_extension),
            "first_article": self.first_article,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AgreementState:
        duration = d.get("duration")
        return cls(
            agreement_id=str(d["agreement_id"]),
            kind=str(d["kind"]),
            parties=list(d.get("parties") or []),
            mediators=list(d.get("mediators") or []),
            signed=_day(d.get("signed")),
            effective=_day(d.get("effective")),
            expires=_day(d.get("expires")),
            duration=(int(duration[0]), str(duration[1])) if duration else None,
            terms=list(d.get("terms") or []),
            status=str(d.get("status") or "in force"),
            ended=_day(d.get("ended")),
            last_extension=_day(d.get("last_extension")),
            first_article=d.get("first_article"),
        )

    def record(self, article_id: str) -> dict[str, Any]:
        """The output record of this state after ``article_id`` (gold/AGREEMENTS.md, type "agreement")."""
        state = self.to_dict()
        return {"type": "agreement", "article_id": article_id, **{k: state[k] for k in _RECORD_FIELDS}}


@dataclass
class Violation:
    """A breach of an agreement: violent events between its parties after it took effect."""

    violation_id: str
    agreement_id: str
    date: dt.date
    date_end: dt.date | None
    lat: float | None
    lon: float | None
    place: str | None
    by: list[str]
    killed: int | None
    alleged: bool
    event_ids: list[str] = field(default_factory=list)
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "violation_id": self.violation_id,
            "agreement_id": self.agreement_id,
            "date": self.date.isoformat(),
            "date_end": _iso(self.date_end),
            "lat": self.lat,
            "lon": self.lon,
            "place": self.place,
            "by": list(self.by),
            "killed": self.killed,
            "alleged": self.alleged,
            "event_ids": list(self.event_ids),
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Violation:
        return cls(
            violation_id=str(d["violation_id"]),
            agreement_id=str(d["agreement_id"]),
            date=dt.date.fromisoformat(d["date"]),
            date_end=_day(d.get("date_end")),
            lat=d.get("lat"),
            lon=d.get("lon"),
            place=d.get("place"),
            by=list(d.get("by") or []),
            killed=d.get("killed"),
            alleged=bool(d.get("alleged")),
            event_ids=list(d.get("event_ids") or []),
            evidence=str(d.get("evidence") or ""),
        )

    def record(self, article_id: str) -> dict[str, Any]:
        """The output record of this breach as ``article_id`` reports it (type "violation")."""
        out = {"type": "violation", "article_id": article_id, **self.to_dict()}
        out.pop("evidence")
        return out


@dataclass
class ArticleOutcome:
    """What one article adds: the states of the agreements it concerns, the breaches it reports, staleness."""

    article_id: str
    published: date
    agreements: list[AgreementState]
    violations: list[tuple[Violation, bool]]  # (breach as this article reports it, new to the tracker)
    stale: bool
    created: list[str] = field(default_factory=list)  # ids of agreements this article introduced
    evidence: dict[str, list[str]] = field(default_factory=dict)  # agreement id -> sentences about it

    def records(self) -> list[dict[str, Any]]:
        out = [a.record(self.article_id) for a in self.agreements]
        out += [v.record(self.article_id) for v, _ in self.violations]
        out.append({"type": "article", "article_id": self.article_id, "stale": self.stale})
        return out
