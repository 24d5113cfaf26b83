"""Gazetteer and geoparser. (placeholder: owner replaces)"""

from __future__ import annotations

from typing import Any

from sitroom.model import Location, Toponym

__all__ = ["Geoparser", "locate_event"]


class Geoparser:
    """Finds and resolves place names in a parsed spaCy ``Doc``."""

    def __init__(self, gazetteer: Any | None = None) -> None:
        self.gazetteer = gazetteer

    def parse(self, doc: Any) -> list[Toponym]:
        return []

    def focus_country(self, toponyms: list[Toponym]) -> str | None:
        return None


def locate_event(
    toponyms: list[Toponym], sent_start: int, sent_end: int, trigger_start: int | None, focus_country: str | None
) -> Location | None:
    """The place where the event in [sent_start, sent_end) happened, with a fallback to the article's focus."""
    return None
