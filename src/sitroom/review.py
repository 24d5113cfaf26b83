"""Human review of fused events: accept, reject or correct one, with every change kept (who, when, before, after).

A review belongs to a fused event (``sitroom.fusion``) and follows the id that survives a merge. It *pins* values:
the fields a reviewer corrected, and on accepting, every reviewable field as it then read. Pinned values are laid
over the machine's whenever the event is read or exported (:func:`apply_review`), so re-ingesting or re-extracting
an article never overwrites them; the machine's own values stay in the store, for ``sitroom eval --reviewed``.

The store keeps the reviews and their log (``sitroom.store.review``); :class:`ReviewDesk` is what the CLI, the API
and the dashboard call. Reviewable fields, by the names a reviewer uses (``field=value`` on the command line):

- ``type``, ``sub_type``: ACLED's event type and sub-event type (a sub-type alone also sets its type);
- ``actor1``, ``actor2``: the actor's name (empty for none);
- ``date``: ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``: the precision follows);
- ``place``, ``country`` (ISO 3166 alpha-3), ``admin1``, ``lat``, ``lon``: the location (give ``lat`` and ``lon``
  with a ``place`` that moves);
- ``fatalities``: the number killed (0 or more).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol, cast

from sitroom.errors import UsageError

__all__ = [
    "ACTIONS",
    "FIELDS",
    "STATUSES",
    "LogEntry",
    "Review",
    "ReviewDesk",
    "ReviewStore",
    "acled_types",
    "apply_review",
    "check_value",
    "field_value",
    "parse_assignments",
]

STATUSES = ("accepted", "corrected", "rejected")
ACTIONS = ("accept", "reject", "correct")
_PLACE_KEYS = {"place": "name", "country": "country", "admin1": "admin1", "lat": "lat", "lon": "lon"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@lru_cache(maxsize=1)
def acled_types() -> dict[str, list[str]]:
    """ACLED's event types and their sub-event types (``data/taxonomy.json``)."""
    text = (resources.files("sitroom") / "data" / "taxonomy.json").read_text(encoding="utf-8")
    types: dict[str, list[str]] = json.loads(text)["acled_sub_types"]
    return types


def _parent(sub_type: str) -> str | None:
    return next((kind for kind, subs in acled_types().items() if sub_type in subs), None)


def _bad(name: str, value: object, why: str) -> UsageError:
    return UsageError("E062", field=name, value=str(value)[:80], detail=why)


def _text(name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise _bad(name, value, "expected text")
    text = " ".join(str(value).split())
    if len(text) > 200:
        raise _bad(name, value, "at most 200 characters")
    return text or None


def _check_type(name: str, value: object) -> str:
    text = _text(name, value)
    if text not in acled_types():
        raise _bad(name, value, "expected one of " + ", ".join(acled_types()))
    return text


def _check_sub_type(name: str, value: object) -> str:
    text = _text(name, value)
    if text is None or _parent(text) is None:
        raise _bad(name, value, "expected an ACLED sub-event type such as 'Armed clash' or 'Attack'")
    return text


def _check_date(name: str, value: object) -> str:
    text = _text(name, value) or ""
    found = _DATE.match(text)
    if not found or (found.group(3) and not found.group(2)):
        raise _bad(name, value, "expected YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = int(found.group(1)), int(found.group(2) or 1), int(found.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError as exc:
        raise _bad(name, value, str(exc)) from None
    return text


def _check_count(name: str, value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    raise _bad(name, value, "expected a whole number, 0 or more")


def _check_degrees(limit: float) -> Callable[[str, object], float | None]:
    def check(name: str, value: object) -> float | None:
        if value is None or value == "":
            return None
        try:
            number = float(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else 1e9
        except ValueError:
            number = float("nan")
        if not -limit <= number <= limit:
            raise _bad(name, value, f"expected a number from {-limit:g} to {limit:g}")
        return round(number, 6)

    return check


def _check_country(name: str, value: object) -> str | None:
    text = _text(name, value)
    if text is not None and not re.fullmatch(r"[A-Z]{3}", text.upper()):
        raise _bad(name, value, "expected an ISO 3166 alpha-3 code such as NGA")
    return text.upper() if text else None


@dataclass(frozen=True)
class Field:
    """A reviewable field: its help, how a value is checked, and where it sits in an event record."""

    help: str
    check: Callable[[str, object], Any]


FIELDS: dict[str, Field] = {
    "type": Field("ACLED event type", _check_type),
    "sub_type": Field("ACLED sub-event type (also sets its type)", _check_sub_type),
    "actor1": Field("name of the actor who acted (empty: none)", _text),
    "actor2": Field("name of the actor acted upon (empty: none)", _text),
    "date": Field("YYYY-MM-DD, YYYY-MM or YYYY", _check_date),
    "place": Field("name of the place", _text),
    "country": Field("ISO 3166 alpha-3 code of the place's country", _check_country),
    "admin1": Field("first-level division of the place", _text),
    "lat": Field("latitude of the place", _check_degrees(90)),
    "lon": Field("longitude of the place", _check_degrees(180)),
    "fatalities": Field("number killed", _check_count),
}


def check_value(name: str, value: object) -> Any:
    """``value`` checked and normalised for field ``name``: ``UsageError`` E061 (no such field), E062 (bad value)."""
    spec = FIELDS.get(name)
    if spec is None:
        raise UsageError("E061", field=str(name)[:80], known=", ".join(FIELDS))
    return spec.check(name, value)


def parse_assignments(pairs: list[str] | tuple[str, ...]) -> dict[str, Any]:
    """``["type=Battles", "fatalities=3"]`` as ``{"type": "Battles", "fatalities": 3}``, each value checked."""
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise UsageError("E061", field=pair[:80], known="FIELD=VALUE with FIELD one of " + ", ".join(FIELDS))
        out[name.strip()] = value
    return checked(out)


def checked(changes: Mapping[str, object]) -> dict[str, Any]:
    """Every value of ``changes`` checked; a sub-type that does not belong to the type given with it is E062."""
    out = {name: check_value(name, value) for name, value in changes.items()}
    sub, kind = out.get("sub_type"), out.get("type")
    if sub is not None:
        parent = _parent(sub)
        if kind is not None and kind != parent:
            raise _bad("sub_type", sub, f"it is a sub-event type of {parent}, not of {kind}")
        out["type"] = parent
    return out


def field_value(record: Mapping[str, Any], name: str) -> Any:
    """The value of reviewable field ``name`` in an event record."""
    if name == "type":
        return record.get("acled_event_type")
    if name == "sub_type":
        return record.get("acled_sub_event_type")
    if name in ("actor1", "actor2"):
        return (record.get(name) or {}).get("name")
    if name == "date":
        return record.get("date")
    if name in _PLACE_KEYS:
        return (record.get("location") or {}).get(_PLACE_KEYS[name])
    if name == "fatalities":
        return (record.get("fatalities") or {}).get("killed")
    raise UsageError("E061", field=name, known=", ".join(FIELDS))


def _set(record: dict[str, Any], name: str, value: Any) -> None:
    if name == "type":
        record["acled_event_type"] = value
        if value is not None:
            record["non_acled_type"] = None
    elif name == "sub_type":
        record["acled_sub_event_type"] = value
    elif name in ("actor1", "actor2"):
        if value is None:
            record[name] = None
        else:
            blank = {"text": value, "name": value, "country": None, "sector": None, "acled_inter": None}
            record[name] = {**(record.get(name) or blank), "name": value}
    elif name == "date":
        record["date"] = None if value is None else date.fromisoformat(_full_date(value)).isoformat()
        record["date_precision"] = {1: "year", 2: "month", 3: "day"}[len(str(value).split("-"))] if value else None
        record["date_end"] = None
    elif name in _PLACE_KEYS:
        record["location"] = {**(record.get("location") or {}), _PLACE_KEYS[name]: value}
    elif name == "fatalities":
        tolls = {"killed": value, "killed_low": value, "killed_high": value}
        record["fatalities"] = {**(record.get("fatalities") or {}), **tolls}


def _full_date(value: str) -> str:
    parts = value.split("-")
    return "-".join([*parts, *["01"] * (3 - len(parts))])


@dataclass
class Review:
    """A fused event's review: its status, the pinned values, which were corrections, and the open flags."""

    fused_id: str
    status: str
    fields: dict[str, Any] = field(default_factory=dict)
    corrected: list[str] = field(default_factory=list)
    basis: dict[str, Any] = field(default_factory=dict)  # the machine's value of each pinned field when pinned
    flags: list[dict[str, Any]] = field(default_factory=list)
    reviewer: str = ""
    reviewed_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(tzinfo=None, microsecond=0))

    def summary(self, machine: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The ``review`` member of an event record; with ``machine`` (the machine's record), the machine's value
        of each corrected field."""
        out: dict[str, Any] = {
            "status": self.status,
            "fields": sorted(self.fields),
            "corrected": sorted(self.corrected),
            "reviewer": self.reviewer,
            "reviewed_at": self.reviewed_at.isoformat(),
            "flags": self.flags,
        }
        if machine is not None:
            out["machine"] = {name: field_value(machine, name) for name in sorted(self.corrected)}
        return out


def apply_review(record: dict[str, Any], review: Review | None) -> dict[str, Any]:
    """``record`` with the review's pinned values laid over the machine's, and a ``review`` member (None when the
    event has not been reviewed). The record is changed in place and returned."""
    if review is None:
        record.setdefault("review", None)
        return record
    machine = {k: record.get(k) for k in ("acled_event_type", "acled_sub_event_type", "actor1", "actor2", "date")}
    machine |= {"location": record.get("location"), "fatalities": record.get("fatalities")}
    for name in FIELDS:  # in FIELDS' order: a type before its sub-type, a place before its coordinates
        if name in review.fields:
            _set(record, name, review.fields[name])
    record["review"] = review.summary(machine)
    return record


class ReviewStore(Protocol):
    """What reviewing needs from a store (``sitroom.store.review.ReviewTables``)."""

    def review(self, fused_id: str) -> Review | None: ...

    def reviews(self) -> list[Review]: ...

    def review_target(self, some_id: str) -> str | None: ...

    def machine_record(self, fused_id: str) -> dict[str, Any] | None: ...

    def unreviewed(self, limit: int = 20) -> list[dict[str, Any]]: ...

    def review_log(self, fused_id: str) -> list[dict[str, Any]]: ...

    def save_review(self, review: Review, log: Sequence[LogEntry]) -> None: ...

    def review_lock(self) -> AbstractContextManager[None]: ...

    def fused_event(self, fused_id: str) -> dict[str, Any] | None: ...


LogEntry = tuple[str, datetime, str, str, str | None, Any, Any, str | None]  # before, after: any JSON value


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class ReviewDesk:
    """Accept, reject or correct fused events, and read their reviews: what the CLI, the API and the dashboard
    call. ``store`` is any store with the review tables; the API's locked wrapper is unwrapped and its lock held for
    each call (a review reads, then writes)."""

    def __init__(self, store: object) -> None:
        inner = getattr(store, "inner", store)
        self.lock: AbstractContextManager[Any] = getattr(store, "lock", None) or nullcontext()
        if not all(hasattr(inner, name) for name in ("save_review", "review_log", "review_target")):
            raise UsageError("E030", param="store", detail="this store keeps no reviews")
        self.store: ReviewStore = cast("ReviewStore", inner)

    def target(self, some_id: str) -> str:
        """The fused id that ``some_id`` (a fused id, merged or not, or a report's event id) goes by; E060."""
        found = self.store.review_target(some_id)
        if found is None:
            raise UsageError("E060", event_id=str(some_id)[:200])
        return found

    def act(
        self, some_id: str, action: str, changes: Mapping[str, object] | None, reviewer: str, note: str | None = None
    ) -> dict[str, Any]:
        """``accept``, ``reject`` or ``correct`` (with ``changes``: field -> value) the event ``some_id``; returns
        the fused event as it now reads, its review included."""
        if action not in ACTIONS:
            raise UsageError("E030", param="action", detail=f"expected one of {', '.join(ACTIONS)}")
        if action == "correct" and not changes:
            raise UsageError("E030", param="changes", detail="a correction needs at least one FIELD=VALUE")
        if action != "correct" and changes:
            raise UsageError("E030", param="changes", detail=f"{action} takes no FIELD=VALUE (use correct)")
        values = checked(changes or {})
        who = _who(reviewer)
        why = _text("note", note) if note else None
        with self.lock, self.store.review_lock():
            fused_id = self.target(some_id)
            machine = self.store.machine_record(fused_id)
            if machine is None:
                raise UsageError("E060", event_id=str(some_id)[:200])
            old = self.store.review(fused_id)
            review = old or Review(fused_id, "accepted", reviewer=who)
            current = apply_review(copy.deepcopy(machine), old)
            now = _now()
            log: list[LogEntry] = []
            if action == "correct":
                _check_sub_type_fits(values, current)
            if action == "accept":
                values = {n: field_value(current, n) for n in FIELDS if n not in review.fields}
            given = set(changes or {})
            for name, value in sorted(values.items(), key=lambda item: list(FIELDS).index(item[0])):
                before = field_value(current, name)
                review.fields[name] = value
                review.basis[name] = field_value(machine, name)
                corrected = set(review.corrected)
                if value != review.basis[name]:
                    corrected.add(name)
                else:
                    corrected.discard(name)
                review.corrected = sorted(corrected)
                if action == "correct" and (name in given or before != value):
                    log.append((fused_id, now, who, "correct", name, before, value, why))
            prior = old.status if old else None
            review.status = "rejected" if action == "reject" else ("corrected" if review.corrected else "accepted")
            if action != "correct" or prior != review.status:
                log.append((fused_id, now, who, action, None, prior, review.status, why))
            if review.flags:
                log.append((fused_id, now, who, "resolve", None, review.flags, [], why))
                review.flags = []
            review.reviewer, review.reviewed_at = who, now
            self.store.save_review(review, log)
            record = self.store.fused_event(fused_id)
        return record or {}

    def history(self, some_id: str) -> dict[str, Any]:
        """The review of event ``some_id`` (None when unreviewed) and every change made to it, oldest first."""
        with self.lock:
            fused_id = self.target(some_id)
            review = self.store.review(fused_id)
            machine = self.store.machine_record(fused_id)
            return {
                "fused_id": fused_id,
                "review": review.summary(machine) if review else None,
                "log": self.store.review_log(fused_id),
            }

    def pending(self, limit: int = 20) -> dict[str, Any]:
        """What waits for a reviewer: reviews with open flags (a split, a conflicting later report, a merge), and
        up to ``limit`` fused events no one has reviewed, the latest first."""
        with self.lock:
            flagged = [r for r in self.store.reviews() if r.flags]
            unreviewed = self.store.unreviewed(limit)
        return {
            "flagged": [{"fused_id": r.fused_id, **r.summary()} for r in flagged],
            "unreviewed": unreviewed,
        }


def _who(reviewer: str) -> str:
    text = " ".join(str(reviewer or "").split())
    if not text or len(text) > 100:
        raise UsageError("E030", param="reviewer", detail="a name of 1 to 100 characters")
    return text


def _check_sub_type_fits(values: dict[str, Any], current: Mapping[str, Any]) -> None:
    """A corrected type keeps the event's sub-type only when it belongs to it."""
    kind, sub = values.get("type"), values.get("sub_type") or field_value(current, "sub_type")
    if kind is not None and sub is not None and "sub_type" not in values and _parent(sub) != kind:
        raise _bad("type", kind, f"the event's sub-type {sub!r} is not one of its sub-types: give sub_type= too")
