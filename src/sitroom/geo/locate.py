"""Event location: of the places an article names, the one where a given event happened."""

from __future__ import annotations

from collections import Counter

from sitroom.model import Location, Toponym

__all__ = ["focus_country", "locate_event"]

_SPECIFICITY = {"point": 4.0, "admin2": 3.0, "admin1": 2.0, "region": 1.5, "country": 0.0}
PARAGRAPH_CHARS = 600


def focus_country(toponyms: list[Toponym]) -> str | None:
    """The country the article is mostly about: the most frequent country of its toponyms (demonyms count half)."""
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    for t in toponyms:
        if not t.country:
            continue
        counts[t.country] = counts.get(t.country, 0.0) + (0.5 if t.feature == "demonym" else 1.0)
        first.setdefault(t.country, t.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def locate_event(
    toponyms: list[Toponym], sent_start: int, sent_end: int, trigger_start: int | None, focus_country: str | None
) -> Location | None:
    """The place where the event in [sent_start, sent_end) happened, with a fallback to the article's focus.

    Among the places of the event sentence, the most specific one that the syntax marks as a location ("in X",
    "near X") and nearest the trigger wins; places of other countries than the focus give way to focus-country
    places. Without a place in the sentence: the nearby text (the paragraph), then the article's most named
    specific place, then its focus country.
    """
    placed = [t for t in toponyms if t.lat is not None and t.feature != "demonym"]
    if not placed:
        return None
    in_focus = [t for t in placed if t.country == focus_country] if focus_country else []
    if in_focus and any(_SPECIFICITY.get(t.precision, 0) > 0 for t in in_focus):
        placed = in_focus
    in_sent = [t for t in placed if sent_start <= t.start < sent_end]
    if in_sent:
        return _best(in_sent, placed, trigger_start).to_location()
    near = [t for t in placed if sent_start - PARAGRAPH_CHARS <= t.start < sent_end + PARAGRAPH_CHARS // 3]
    pool = [t for t in near if _SPECIFICITY.get(t.precision, 0) > 0] or [
        t for t in placed if _SPECIFICITY.get(t.precision, 0) > 0
    ]
    if pool:
        return _best(pool, placed, sent_start).to_location()
    return _best(placed, placed, None).to_location()


def _best(pool: list[Toponym], article: list[Toponym], anchor: int | None) -> Toponym:
    mentions = Counter(t.name for t in article)

    def key(t: Toponym) -> float:
        s = _SPECIFICITY.get(t.precision, 0) + 2.0 * t.score + 0.3 * min(mentions[t.name] - 1, 3)
        if anchor is not None:
            s -= min(abs(t.start - anchor), 400) / 400
        return s

    return max(pool, key=key)
