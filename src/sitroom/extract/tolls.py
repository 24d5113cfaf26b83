"""Counts that are not one event's toll: running and period totals, and a coder's pools shared among events.

"bringing the death toll to 8,525", "more than 24,000 killed since the war began", "reported 8525 fatalities
between 7 October - 30 October" are cumulative: the ACLED Codebook (2023, 'Fatalities') gives an event only the
deaths of that event. A coder's note may also pool deaths it cannot attribute ("489 fatalities not attributed to
specific events", "split across 8 events") and then state this event's part ("40 fatalities coded to this event"):
the part is the event's toll. The cue words are in ``data/casualty_lexicon.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitroom.extract._casualty_lexicon import lexicon

__all__ = ["bodies_found", "coded_to_event", "cumulative_count", "pooled_count"]

_WINDOW = 45  # characters on either side of a count that its cue words may take


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    before = re.compile(r"\b(?:" + _alternation(lex["cumulative_before"]) + r")\b[^.;!?,]*$", re.I)
    after = re.compile(r"^[^.;!?,]*?\b(?:" + _alternation(lex["cumulative_after"]) + r")\b", re.I)
    pooled = re.compile(r"^[^.;!?,]*?\b(?:" + _alternation(lex["pooled"] + lex["period_after"]) + r")\b", re.I)
    coded = re.compile(
        r"\b(\d[\d,]*)\s+(?:\w+\s+){0,2}?(?:fatalities|deaths|dead|killed)?\s*(?:were\s+|was\s+|are\s+|is\s+)?"
        r"(?:" + _alternation(lex["coded_to_event"]) + r")\b"
        r"|\bcoded as (\d[\d,]*)\b(?!\s*(?:fatalities\s+)?(?:split|distributed))",
        re.I,
    )
    return before, after, coded, pooled


@lru_cache(maxsize=1)
def _bodies() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    nouns = _alternation(lex["bodies_nouns"])
    after = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b", re.I)
    before = re.compile(r"\b(?:" + nouns + r")\s+of\s+(?:at least |about |some |around |more than )?$", re.I)
    found = re.compile(
        r"\b(?:" + _alternation(lex["bodies_found"]) + r")\b|\b(?:" + _alternation(lex["bodies_found_later"]) + r")\b"
        r".*\b(?:" + _alternation(lex["bodies_later_cues"]) + r")",
        re.I,
    )
    return after, before, found


def bodies_found(sentence: str, start: int, end: int) -> bool:
    """Is the count at ``sentence[start:end]`` one of bodies found, recovered or handed over ("409 bodies were
    recovered", "the bodies of 88 people were returned")? Those deaths belong to the events that caused them."""
    after, before, found = _bodies()
    named = after.search(sentence[end : end + 40]) or before.search(sentence[max(0, start - 40) : start])
    return bool(named and found.search(sentence))


def cumulative_count(sentence: str, start: int, end: int) -> bool:
    """Is the count at ``sentence[start:end]`` a running total ("bringing the toll to 8,525", "since the war
    began")?"""
    before, after, _, _ = _patterns()
    return bool(before.search(sentence[max(0, start - _WINDOW) : start]) or after.search(sentence[end : end + _WINDOW]))


def pooled_count(sentence: str, start: int, end: int) -> bool:
    """Is the count at ``sentence[start:end]`` a total over a stated period or a coder's pool shared among events
    ("8525 fatalities between 7 October - 30 October", "489 fatalities not attributed to specific events")?"""
    return bool(_patterns()[3].search(sentence[end : end + _WINDOW]))


def coded_to_event(sentence: str) -> int | None:
    """The figure a coder's note gives this event ("40 fatalities coded to this event", "were coded as 30")."""
    found = _patterns()[2].search(sentence)
    if found is None:
        return None
    figure = found.group(1) or found.group(2)
    return int(figure.replace(",", ""))
