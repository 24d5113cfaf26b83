"""``sitroom review``: list what waits for a reviewer, accept, reject or correct an event, show its history.

A thin front on :class:`sitroom.review.ReviewDesk`, as the API's review endpoints are.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from sitroom.cli_options import db_option
from sitroom.core import Sitroom
from sitroom.review import ReviewDesk, parse_assignments
from sitroom.terminal import printable

__all__ = ["review"]

_reviewer = click.option(
    "--reviewer",
    envvar="SITROOM_REVIEWER",
    help="Who reviews, for the audit trail (env SITROOM_REVIEWER) [default: the login name].",
)
_note = click.option("--note", help="Why, kept in the audit trail.")
_json = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USER") or "cli"


@contextmanager
def _desk(db: str) -> Iterator[ReviewDesk]:
    """The review desk of the store at ``db``, closed on leaving."""
    core = Sitroom(db, create=False)
    try:
        yield ReviewDesk(core.store)
    finally:
        core.close()


def _acting(func: Callable[..., Any]) -> Callable[..., Any]:
    """The EVENT_ID argument and the options of an action on the event."""
    for decorate in (_note, _reviewer, db_option, click.argument("event_id")):
        func = decorate(func)
    return func


def _show(value: Any) -> str:
    return (
        "-"
        if value is None
        else printable(json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value)
    )


@click.group()
def review() -> None:
    """Human review of fused events: accept, reject or correct one (fields: type, sub_type, actor1, actor2, date,
    place, country, admin1, lat, lon, fatalities). Every change is kept with who, when, before and after; reviewed
    values stand over the machine's in every read and export, whatever is ingested later."""


@review.command("list")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000), help="Unreviewed events shown.")
@_json
def list_(db: str, limit: int, as_json: bool) -> None:
    """What waits for a reviewer: flagged reviews (a split, a conflicting later report, a merge), then the latest
    fused events no one has reviewed."""
    with _desk(db) as desk:
        pending = desk.pending(limit)
    if as_json:
        click.echo(json.dumps(pending, ensure_ascii=False))
        return
    click.echo(f"flagged ({len(pending['flagged'])}):")
    for r in pending["flagged"]:
        kinds = ", ".join(sorted({f.get("kind", "?") for f in r["flags"]}))
        click.echo(f"  {r['fused_id']:<20} {r['status']:<10} {kinds}")
    click.echo(f"unreviewed (latest {len(pending['unreviewed'])}):")
    for e in pending["unreviewed"]:
        kind = e.get("acled_sub_event_type") or e.get("acled_event_type") or e.get("plover_event") or "-"
        place = (e.get("location") or {}).get("name") or "-"
        click.echo(
            f"  {e['fused_id']:<20} {e.get('date') or '-':<10} {printable(kind)[:30]:<30} {printable(place)[:24]}"
        )


def _act(db: str, event_id: str, action: str, changes: dict[str, Any], reviewer: str | None, note: str | None) -> None:
    with _desk(db) as desk:
        event = desk.act(event_id, action, changes, reviewer or _login(), note)
    status = (event.get("review") or {}).get("status")
    click.echo(f"sitroom: {printable(event.get('fused_id') or event_id)} {status}", err=True)


@review.command()
@_acting
def accept(event_id: str, db: str, reviewer: str | None, note: str | None) -> None:
    """Accept an event as it reads: every field is pinned (a later report that disagrees is flagged)."""
    _act(db, event_id, "accept", {}, reviewer, note)


@review.command()
@_acting
def reject(event_id: str, db: str, reviewer: str | None, note: str | None) -> None:
    """Reject an event: not a real event (a false positive); exports mark it rejected."""
    _act(db, event_id, "reject", {}, reviewer, note)


@review.command()
@_acting
@click.argument("assignments", nargs=-1, required=True, metavar="FIELD=VALUE...")
def correct(event_id: str, assignments: tuple[str, ...], db: str, reviewer: str | None, note: str | None) -> None:
    """Correct fields of an event, e.g. fatalities=12 'type=Battles' 'sub_type=Armed clash' date=2024-05-10."""
    _act(db, event_id, "correct", parse_assignments(assignments), reviewer, note)


@review.command()
@click.argument("event_id")
@db_option
@_json
def history(event_id: str, db: str, as_json: bool) -> None:
    """An event's review and every change made to it: when, who, what, before and after."""
    with _desk(db) as desk:
        found = desk.history(event_id)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False))
        return
    state = found["review"]
    click.echo(f"{found['fused_id']}: {state['status'] if state else 'not reviewed'}")
    if state and state["flags"]:
        click.echo(f"  open flags: {len(state['flags'])}")
    for row in found["log"]:
        what = row["action"] + (f" {row['field']}" if row["field"] else "")
        change = f"{_show(row['before'])} -> {_show(row['after'])}"
        note = f"  ({printable(row['note'])})" if row["note"] else ""
        click.echo(f"  {row['at']}  {printable(row['reviewer']):<12} {what:<20} {change}{note}")
