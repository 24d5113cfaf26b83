"""Casualty counts: killed, injured, civilians, arrested. (placeholder: owner replaces)"""

from __future__ import annotations

from sitroom.model import Casualties

__all__ = ["find_casualties"]


def find_casualties(sentence: str) -> Casualties:
    """Counts stated in one sentence; empty Casualties when it states none."""
    return Casualties()
