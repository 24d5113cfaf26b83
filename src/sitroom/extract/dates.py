"""Time expressions: find them in text and resolve them against the publication date.

:func:`find_times` finds written dates in the usual news formats ("13 December 2022", "December 13, 2022",
"2022-12-13", "13/12/2022" day first, "on 13 December", "15-16 January", "between 3 and 5 May"), month and year
references ("in August", "August 2023", "in 2022", "last month"), weekdays ("on Tuesday", "early on Monday",
"Monday night") and deictic words ("yesterday", "last night", "two days ago", "last week"), each resolved to a
calendar date with a precision (day, week, month, year).

Conventions (each a choice, written down so that it can be argued with):

- a date without a year takes the year that puts it on or before publication, allowing up to 7 days after it
  (announced events); otherwise the previous year;
- a weekday is the most recent such day on or before publication; the publication weekday itself means the
  publication day ("last Monday" on a Monday means a week before);
- "in August" is the most recent August on or before publication (month precision, first day of the month);
  "in 2022" is 1 January 2022 with year precision; weeks resolve to their Monday with week precision;
- "overnight", "tonight", "this morning" and "in the past 24 hours" are the publication day (the report covers
  the period that ends when it is written); "last night" and "yesterday" are the day before;
- "a day after X" / "the day before" relate an event to the report's own reference point, the publication date:
  the event they point to is one day before it (offsets live in ``data/time_words.json``);
- with no publication date only dates written out in full (with their year) resolve.

:func:`event_date` picks the date of one event from the expressions in or before its sentence.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from sitroom.extract.numbers import parse_number
from sitroom.model import TimeExpression

__all__ = ["event_date", "find_times"]

_FULL_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ABBR_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_MON = (
    "(?:" + "|".join([*_FULL_MONTHS, *(m.upper() for m in _FULL_MONTHS)]) + "|(?:" + "|".join(_ABBR_MONTHS) + r")\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_B = r"(?<![\w/.-])"  # left boundary: not inside a word, a number or a numeric date
_E = r"(?![\w/]|-\d|\.\d)"  # right boundary
_PREFIX_WD = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"
_FUTURE = re.compile(
    r"(?:\b(?:for|ahead of|next|upcoming|coming|scheduled|planned|until)\s+(?:the\s+)?"
    r"|\b(?:will|shall|to be|is expected to|are expected to)\b[^.;:!?]{0,20})$",
    re.I,
)
_COMPLEMENT = re.compile(r"^(?:a|an|one|two|three|\d+)\b.*\b(?:after|before)$", re.I)
_RELATIONAL = re.compile(r"\b(?:after|before|earlier|previous|eve)\b", re.I)

Resolver = Callable[[re.Match[str], date | None], tuple[date, str, date | None] | None]


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    with resources.files("sitroom").joinpath("data/time_words.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _month(name: str) -> int:
    return int(_words()["months"][name.lower().rstrip(".")])


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, published: date | None) -> date | None:
    """The date of day ``d`` of month ``m`` nearest before publication (up to 7 days after it allowed)."""
    if published is None:
        return None
    cand = _safe(published.year, m, d)
    if cand is None:
        return _safe(published.year - 1, m, d)
    if cand > published + timedelta(days=7):
        return _safe(published.year - 1, m, d)
    return cand


def _recent_month(m: int, published: date | None) -> date | None:
    if published is None:
        return None
    return date(published.year if m <= published.month else published.year - 1, m, 1)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _r_dmy(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    d = _safe(int(mt["y"]), _month(mt["m"]), _day(mt["d"]))
    return (d, "day", None) if d else None


def _r_dm(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    if mt.groupdict().get("y"):
        return _r_dmy(mt, pub)
    d = _infer_year(_month(mt["m"]), _day(mt["d"]), pub)
    return (d, "day", None) if d else None


def _r_range(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    m = _month(mt["m"])
    d1, d2 = _day(mt["d1"]), _day(mt["d2"])
    if d2 <= d1:
        return None
    if mt.groupdict().get("y"):
        a, b = _safe(int(mt["y"]), m, d1), _safe(int(mt["y"]), m, d2)
    else:
        a = _infer_year(m, d1, pub)
        b = _safe(a.year, m, d2) if a else None
    return (a, "day", b) if a and b else None


def _r_iso(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    d = _safe(int(mt["y"]), int(mt["m"]), int(mt["d"]))
    return (d, "day", None) if d else None


def _r_numeric(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    a, b = int(mt["a"]), int(mt["b"])
    y = int(mt["y"]) if mt.groupdict().get("y") else None
    if y is not None and y < 100:
        y += 2000 if y < 50 else 1900
    day, mon = (a, b) if b <= 12 else (b, a)  # day first, unless that cannot be
    d = _infer_year(mon, day, pub) if y is None else _safe(y, mon, day)
    return (d, "day", None) if d else None


def _r_month_year(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    return (date(int(mt["y"]), _month(mt["m"]), 1), "month", None)


def _r_month(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    d = _recent_month(_month(mt["m"]), pub)
    return (d, "month", None) if d else None


def _r_year(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    return (date(int(mt["y"]), 1, 1), "year", None)


def _r_weekday(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    if pub is None:
        return None
    wd = int(_words()["weekdays"][mt["w"].lower()])
    back = (pub.weekday() - wd) % 7
    if back == 0 and (mt.groupdict().get("last") or "").lower().startswith(("last", "past")):
        back = 7
    return (pub - timedelta(days=back), "day", None)


def _r_ago(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    n = parse_number(mt["n"])
    if pub is None or n is None or n > 60:
        return None
    unit = mt["u"].lower()
    if unit.startswith("day"):
        return (pub - timedelta(days=n), "day", None)
    if unit.startswith("week"):
        return (_monday(pub - timedelta(days=7 * n)), "week", None)
    m = pub.month - n
    y = pub.year + (m - 1) // 12
    return (date(y, (m - 1) % 12 + 1, 1), "month", None)


def _r_weekend(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    """A weekend is dated by its Saturday: the most recent one on or before publication (week precision)."""
    if pub is None:
        return None
    back = (pub.weekday() - 5) % 7
    if back == 0 and "last" in mt.group().lower() and pub.weekday() == 5:
        back = 7
    return (pub - timedelta(days=back), "week", None)


@lru_cache(maxsize=1)
def _fixed_offsets() -> dict[str, tuple[str, int]]:
    """Deictic phrases ("yesterday", "last week") to (precision, offset in that unit)."""
    w = _words()
    out: dict[str, tuple[str, int]] = {}
    for group, kind in (
        ("day_offsets", "day"),
        ("week_offsets", "week"),
        ("month_offsets", "month"),
        ("year_offsets", "year"),
    ):
        for phrase, offset in w[group].items():
            out[phrase] = (kind, int(offset))
    return out


def _r_deictic(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    if pub is None:
        return None
    kind, offset = _fixed_offsets()[" ".join(mt.group().lower().split())]
    if kind == "day":
        return (pub + timedelta(days=offset), "day", None)
    if kind == "week":
        return (_monday(pub) + timedelta(days=7 * offset), "week", None)
    if kind == "month":
        m = pub.month + offset
        y = pub.year + (m - 1) // 12
        return (date(y, (m - 1) % 12 + 1, 1), "month", None)
    return (date(pub.year + offset, 1, 1), "year", None)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], Resolver]]:
    pats: list[tuple[str, Resolver, int]] = [
        (
            rf"{_B}(?:from\s+(?:the\s+)?)?(?P<d1>{_DAY})\s*(?:-|–|to)\s*(?P<d2>{_DAY})\s+(?:of\s+)?"
            rf"(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
            _r_range,
            0,
        ),
        (
            rf"(?i:\bbetween\s+(?:the\s+)?)(?P<d1>{_DAY})\s*(?:-|–|and|&)\s*(?P<d2>{_DAY})\s+(?:of\s+)?"
            rf"(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
            _r_range,
            0,
        ),
        (rf"{_B}(?P<m>{_MON})\s+(?P<d1>{_DAY})\s*(?:-|–|to)\s*(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?{_E}", _r_range, 0),
        (rf"{_B}{_PREFIX_WD}(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MON}),?\s+(?P<y>{_YEAR}){_E}", _r_dmy, 0),
        (rf"{_B}{_PREFIX_WD}(?P<m>{_MON})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR}){_E}", _r_dmy, 0),
        (rf"{_B}(?P<y>{_YEAR})-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01]){_E}", _r_iso, 0),
        (rf"{_B}(?P<y>{_YEAR})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01]){_E}", _r_iso, 0),
        (rf"{_B}(?P<a>[0-3]?\d)([/.\-])(?P<b>[0-3]?\d)\2(?P<y>{_YEAR}|\d\d){_E}", _r_numeric, 0),
        # day/month without a year only after a word that introduces a date ("on 05/09", "the night of 18/06")
        (
            rf"(?i:\b(?:on|of|in|dated|since|until|late|early|from|between)\s+(?:the\s+)?)"
            rf"(?P<x>(?P<a>[0-3]?\d)/(?P<b>[01]?\d)){_E}",
            _r_numeric,
            0,
        ),
        (rf"{_B}{_PREFIX_WD}(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MON}){_E}", _r_dm, 0),
        (
            rf"{_B}{_PREFIX_WD}(?P<m>{_MON})\s+(?:the\s+)?(?P<d>{_DAY}){_E}(?!\s*(?:people|persons|men|women|\d))",
            _r_dm,
            0,
        ),
        (
            rf"{_B}(?<!\bthe )(?:(?:early|late|mid|the end of|the beginning of)[\s-]+)?"
            rf"(?P<m>{_MON}),?\s+(?P<y>{_YEAR}){_E}",
            _r_month_year,
            0,
        ),
        (
            rf"(?i:\b(?:in|during|since|until|by|through|throughout|from|last|this|"
            rf"(?:end|beginning|start|middle) of)\s+"
            rf"(?:(?:early|late|mid)[\s-]+)?)"
            rf"(?P<m>{_MON}){_E}",
            _r_month,
            0,
        ),
        (rf"(?i:\b(?:early|late|mid)[\s-]+)(?P<m>{_MON}){_E}", _r_month, 0),
        (
            rf"(?i:\b(?:in|during|throughout)\s+(?:(?:early|late|mid)[\s-]+)?)(?P<y>{_YEAR}){_E}(?![\s-]*(?:\d|per))",
            _r_year,
            0,
        ),
        (
            rf"(?<!\bthe )(?i:\b(?:(?:early|late)\s+)?(?:on\s+)?(?:(?:early|late)\s+)?(?P<last>(?:last|this|past)\s+)?)"
            rf"(?P<w>{_WEEKDAY})(?:'s)?(?i:\s+(?:morning|afternoon|evening|night))?\b",
            _r_weekday,
            0,
        ),
        (
            r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u>days?|weeks?|months?)"
            r"\s+ago\b",
            _r_ago,
            0,
        ),
    ]
    pats.append((r"(?i)\b(?:(?:over|at|in|on|during)\s+)?(?:the|this|last|past)\s+weekend\b", _r_weekend, 0))
    phrases = sorted(_fixed_offsets(), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(p) for p in phrase.split()) for phrase in phrases)
    pats.append((rf"(?i)\b(?:{alternation})\b", _r_deictic, 0))
    return [(re.compile(p), r) for p, r, _ in pats]


def find_times(text: str, published: date | None) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``published`` (None: only full dates resolve)."""
    found: list[tuple[int, int, date, str, date | None]] = []
    for pat, resolve in _patterns():
        for mt in pat.finditer(text):
            start, end = mt.span("x") if "x" in pat.groupindex else mt.span()
            if end <= start or _FUTURE.search(text[max(0, start - 25) : start]):
                continue
            res = resolve(mt, published)
            if res is not None:
                found.append((start, end, res[0], res[1], res[2]))
    # overlapping matches: the finer precision wins, then the longer span, then the earlier one
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    found.sort(key=lambda f: (rank[f[3]], -(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, date, str, date | None]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    kept.sort()
    paragraphs = _paragraphs(text)
    firsts = [a for a, _ in paragraphs]
    out: list[TimeExpression] = []
    for start, end, d, precision, end_date in kept:
        ps, pe = paragraphs[max(0, bisect.bisect_right(firsts, start) - 1)]
        out.append(TimeExpression(start, end, text[start:end], d, precision, end_date, ps, pe))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of ``text``: separated by blank lines, or by line breaks in a text that
    has no blank line (one paragraph a line)."""
    spans = []
    pos = 0
    separator = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    for m in re.finditer(separator, text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _covers(t: TimeExpression, day: date) -> bool:
    """Does the period of a coarse expression (week, month, year) contain ``day``?"""
    if t.precision == "week":
        return t.date <= day < t.date + timedelta(days=7)
    if t.precision == "month":
        return (t.date.year, t.date.month) == (day.year, day.month)
    if t.precision == "year":
        return t.date.year == day.year
    return False


def _carries(t: TimeExpression) -> bool:
    """Can this expression date a later sentence? Not the relational ones ("a day after", "the day before")."""
    return not _RELATIONAL.search(t.text)


def event_date(
    times: list[TimeExpression], sent_start: int, sent_end: int, trigger_start: int | None, published: date | None
) -> tuple[date | None, str | None, str | None]:
    """The event's (date, precision, date_text) from the expressions in or near its sentence.

    1. an expression inside the sentence, the nearest to the trigger (the first one when there is no trigger);
       "a day after Y" dates Y, not an event named before it ("the truce came a day after the attack");
    2. else the nearest expression before the sentence in the same paragraph (relational ones excepted);
    3. else the publication date, with day precision and no text.
    A week, month or year that contains the publication date gives the publication date (day precision).
    Expressions more than one day after publication are skipped (events are reported after they happen).
    """
    limit = published + timedelta(days=1) if published else None

    def usable(t: TimeExpression) -> bool:
        return limit is None or t.date <= limit

    inside = [t for t in times if sent_start <= t.start and t.end <= sent_end and usable(t)]
    if trigger_start is not None:
        # "X happened a day after Y": the offset dates Y (the complement), X is at the report's reference point
        inside = [t for t in inside if not (_COMPLEMENT.search(t.text) and trigger_start < t.start)]
        if not inside and any(sent_start <= t.start and t.end <= sent_end for t in times):
            return (published, "day" if published else None, None)
    if inside:
        if trigger_start is None:
            best = inside[0]
        else:
            pos = trigger_start

            def distance(t: TimeExpression) -> tuple[int, int]:
                gap = 0 if t.start <= pos < t.end else min(abs(t.start - pos), abs(t.end - pos))
                return (gap, t.start)

            best = min(inside, key=distance)
        if published is not None and _covers(best, published):
            return (published, "day", best.text)  # "in August" written in August: the report's day is finer
        return (best.date, best.precision, best.text)
    before = [
        t
        for t in times
        if t.end <= sent_start
        and usable(t)
        and _carries(t)
        and (t.para_start is None or t.para_end is None or t.para_start <= sent_start < t.para_end)
    ]
    if before:
        best = max(before, key=lambda t: t.end)
        return (best.date, best.precision, best.text)
    return (published, "day" if published else None, None)
