"""Time expressions: find them in text and resolve them against the publication date. (placeholder: owner replaces)"""

from __future__ import annotations

from datetime import date

from sitroom.model import TimeExpression

__all__ = ["event_date", "find_times"]


def find_times(text: str, published: date | None) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``published`` (None: only full dates resolve)."""
    return []


def event_date(
    times: list[TimeExpression], sent_start: int, sent_end: int, trigger_start: int | None, published: date | None
) -> tuple[date | None, str | None, str | None]:
    """The event's (date, precision, date_text) from the expressions in or near its sentence."""
    return (published, "day" if published else None, None)
