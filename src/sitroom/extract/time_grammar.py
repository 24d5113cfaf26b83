"""The grammar of time expressions: the patterns that find them and the resolvers that turn them into dates.

Each pattern pairs a compiled regular expression with a resolver ``(match, publication date) -> (date, precision,
end date) | None``; :mod:`sitroom.extract.dates` runs them and decides between overlapping matches. The vocabulary
(month and weekday names, deictic offsets) is data: ``data/time_words.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sitroom.extract.lexicons import word_lists
from sitroom.extract.numbers import parse_number

__all__ = ["FUTURE", "WEEKDAY", "Resolver", "calendar_names", "fixed_offsets", "patterns", "shift", "words"]


def _spellings(table: str) -> tuple[list[str], list[str]]:
    """The full names of ``time_words.json``'s months or weekdays in calendar order (each one's longest spelling,
    capitalised), and their other spellings (abbreviations), longest first within each."""
    by_number: dict[int, list[str]] = {}
    for name, n in word_lists("time_words.json").counts(table).items():
        by_number.setdefault(n, []).append(name.capitalize())
    spellings = [sorted(names, key=len, reverse=True) for _, names in sorted(by_number.items())]
    return [names[0] for names in spellings], [name for names in spellings for name in names[1:]]


_FULL_MONTHS, _ABBR_MONTHS = _spellings("months")
_MON = (
    "(?:" + "|".join([*_FULL_MONTHS, *(m.upper() for m in _FULL_MONTHS)]) + "|(?:" + "|".join(_ABBR_MONTHS) + r")\.?)"
)
_WEEKDAY = "(?:" + "|".join(_spellings("weekdays")[0]) + ")"


def calendar_names() -> frozenset[str]:
    """The full names of the months and weekdays, capitalised ("March", "Sunday")."""
    return frozenset(_FULL_MONTHS) | frozenset(_spellings("weekdays")[0])


WEEKDAY = re.compile(rf"\b{_WEEKDAY}\b", re.IGNORECASE)  # a day's name anywhere in an expression
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_B = r"(?<![\w/.-])"  # left boundary: not inside a word, a number or a numeric date
_E = r"(?![\w/]|-\d|\.\d)"  # right boundary
_DAY_ORD = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
_TO = r"(?:-|–|—|(?i:to|until|till|through))"  # the words that join the two ends of a range
_PREFIX_WD = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"
FUTURE = re.compile(
    r"(?:\b(?:for|ahead of|next|upcoming|coming|scheduled|planned|until)\s+(?:the\s+)?"
    r"|\b(?:will|shall|to be|is expected to|are expected to)\b[^.;:!?,()\-–—]{0,20})$",  # within one clause
    re.I,
)

# a date written without its year within this many days after publication is taken as announced (this year's), not
# as one almost a year old: a writer names the year of a date that far back
ANNOUNCED_DAYS = 31

Resolver = Callable[[re.Match[str], date | None], tuple[date, str, date | None] | None]


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    return word_lists("time_words.json").raw


def _year_nouns() -> str:
    return "|".join(re.escape(w) for w in words()["year_named_events"])


def _month(name: str) -> int:
    return int(words()["months"][name.lower().rstrip(".")])


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def shift(d: date, days: int) -> date:
    """``d`` moved by ``days``, held within the calendar (0001-01-01 to 9999-12-31) instead of overflowing."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _infer_year(m: int, d: int, published: date | None) -> date | None:
    """The date of day ``d`` of month ``m`` nearest before publication (up to ``ANNOUNCED_DAYS`` after it allowed)."""
    if published is None:
        return None
    cand = _safe(published.year, m, d)
    if cand is None:
        return _safe(published.year - 1, m, d)
    if cand > shift(published, ANNOUNCED_DAYS):
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


_YEAR_OFFSETS = word_lists("time_words.json").counts("year_deixis")
# a date whose year is named relative to publication: "Aug. 4 last year", "in March this year"
# (and "March 1 of last year")
_REL_YEAR = r",?\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|this|next))\s+year\b"


def _r_dm_rel(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    if pub is None:
        return None
    y = pub.year + _YEAR_OFFSETS[mt["rel"].lower()]
    if mt.groupdict().get("d"):
        d = _safe(y, _month(mt["m"]), _day(mt["d"]))
        return (d, "day", None) if d else None
    return (date(y, _month(mt["m"]), 1), "month", None)


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
    wd = int(words()["weekdays"][mt["w"].lower()])
    back = (pub.weekday() - wd) % 7
    if back == 0 and (mt.groupdict().get("last") or "").lower().startswith(("last", "past")):
        back = 7
    return (pub - timedelta(days=back), "day", None)


def _r_weekday_week_before(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    """ "a week ago on Friday", "Friday a week ago", "a week last Friday": the day of that name a week before the
    last one on or before publication."""
    if pub is None:
        return None
    wd = int(words()["weekdays"][mt["w"].lower()])
    return (pub - timedelta(days=(pub.weekday() - wd) % 7 + 7), "day", None)


def fixed_holidays() -> dict[str, tuple[int, int]]:
    """Holidays fixed in the calendar ("new year's day") to their (month, day)."""
    return {k: (int(v[:2]), int(v[3:])) for k, v in words()["fixed_holidays"].items()}


def _r_holiday(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    """ "New Year's Day 1994", "on Christmas Eve": the holiday's day of the year written, or else the latest one
    on or before publication (``ANNOUNCED_DAYS`` after it allowed)."""
    name = " ".join(mt["h"].lower().replace("\u2019", "'").split())
    m, d = fixed_holidays()[name]
    day = _safe(int(mt["y"]), m, d) if mt.groupdict().get("y") else _infer_year(m, d, pub)
    return (day, "day", None) if day else None


def _holiday_names() -> str:
    """The holidays' names as a pattern, each word capitalised ("New Year's Day", not "a may day")."""
    return "|".join(
        r"\s+".join(re.escape(w[0].upper() + w[1:]).replace("'", "['\u2019]") for w in name.split())
        for name in fixed_holidays()
    )


def _r_weekday_last_week(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    if pub is None:
        return None
    wd = int(words()["weekdays"][mt["w"].lower()])
    return (_monday(pub) - timedelta(days=7 - wd), "day", None)


def _counted_back(mt: re.Match[str], pub: date | None) -> tuple[int, str] | None:
    """The count and the unit of "two weeks ago", "a year ago today" (no more than 60, and a publication day to count
    back from)."""
    n = parse_number(mt["n"])
    if pub is None or n is None or n > 60:
        return None
    return int(n), mt["u"].lower()


def _r_ago(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    counted = _counted_back(mt, pub)
    if counted is None or pub is None:
        return None
    n, unit = counted
    if unit.startswith("day"):
        return (pub - timedelta(days=n), "day", None)
    if unit.startswith("week"):
        return (_monday(pub - timedelta(days=7 * n)), "week", None)
    if unit.startswith("year"):
        return (date(pub.year - n, 1, 1), "year", None)  # "50 years ago": that year
    m = pub.month - n
    y = pub.year + (m - 1) // 12
    return (date(y, (m - 1) % 12 + 1, 1), "month", None)


def _r_ago_today(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    """ "a week ago today", "a year ago today": the day that many weeks, months or years before publication."""
    counted = _counted_back(mt, pub)
    if counted is None or pub is None:
        return None
    n, unit = counted
    if unit.startswith("week"):
        return (pub - timedelta(days=7 * n), "day", None)
    m = pub.month - n if unit.startswith("month") else pub.month
    y = pub.year + (m - 1) // 12 - (n if unit.startswith("year") else 0)
    day = _safe(y, (m - 1) % 12 + 1, pub.day)
    return (day, "day", None) if day else None


def _r_weekend(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    """A weekend is its Saturday and Sunday: the most recent one that begins on or before publication (week
    precision, dated by the Saturday, the Sunday as its end)."""
    if pub is None:
        return None
    back = (pub.weekday() - 5) % 7
    if back == 0 and "last" in mt.group().lower() and pub.weekday() == 5:
        back = 7
    saturday = pub - timedelta(days=back)
    return (saturday, "week", saturday + timedelta(days=1))


def _r_span(mt: re.Match[str], pub: date | None) -> tuple[date, str, date | None] | None:
    """A range across months ("30 June to 2 July", "July 25-Aug. 1"): the year, when unwritten, puts its end on or
    before publication (``ANNOUNCED_DAYS`` after allowed), and its start before its end."""
    m1, m2 = _month(mt["m1"]), _month(mt["m2"])
    d1, d2 = _day(mt["d1"]), _day(mt["d2"])
    b = _safe(int(mt["y"]), m2, d2) if mt.groupdict().get("y") else _infer_year(m2, d2, pub)
    if b is None:
        return None
    a = _safe(b.year if (m1, d1) <= (m2, d2) else b.year - 1, m1, d1)
    return (a, "day", b) if a and a < b else None


@lru_cache(maxsize=1)
def fixed_offsets() -> dict[str, tuple[str, int]]:
    """Deictic phrases ("yesterday", "last week") to (precision, offset in that unit)."""
    w = words()
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
    kind, offset = fixed_offsets()[" ".join(mt.group().lower().split())]
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
def patterns() -> list[tuple[re.Pattern[str], Resolver]]:
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
        (
            rf"{_B}(?P<m>{_MON})(?:\s+|(?<=\w)\.)(?P<d1>{_DAY})\s*(?:-|–|to)\s*(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
            _r_range,
            0,
        ),
        (  # "September 11th and 12th": two days named with ordinals
            rf"{_B}(?P<m>{_MON})\s+(?P<d1>{_DAY_ORD})\s*(?:and|&)\s*(?P<d2>{_DAY_ORD})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
            _r_range,
            0,
        ),
        (
            rf"{_B}(?:from\s+(?:the\s+)?)?(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})\s*{_TO}\s*(?:the\s+)?"
            rf"(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
            _r_span,
            0,
        ),
        (
            rf"{_B}(?:from\s+)?(?P<m1>{_MON})\s+(?P<d1>{_DAY})\s*{_TO}\s*"
            rf"(?P<m2>{_MON})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
            _r_span,
            0,
        ),
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
        (rf"{_B}{_PREFIX_WD}(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MON}){_REL_YEAR}", _r_dm_rel, 0),
        (rf"{_B}{_PREFIX_WD}(?P<m>{_MON})\s+(?:the\s+)?(?P<d>{_DAY}){_REL_YEAR}", _r_dm_rel, 0),
        (rf"{_B}(?<!\bthe )(?P<m>{_MON}){_REL_YEAR}", _r_dm_rel, 0),
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
            # "the Ogaden war of 1977-78", "in 1992-95": a span of years, dated by its first
            rf"(?i:\b(?:in|during|of|from|throughout)\s+)(?P<y>{_YEAR})(?=[-\u2013](?:\d\d|{_YEAR})\b)",
            _r_year,
            0,
        ),
        (
            # "a 2022 attack", "the 1998 bombings": a year that classifies an event noun dates that event
            rf"(?i:\b(?:a|an|the|its|their)\s+)(?P<y>{_YEAR})(?=\s+(?i:{_year_nouns()})\b)",
            _r_year,
            0,
        ),
        (
            # "during the Monday morning rush hour", "during the Friday prayers": the day's name classifies a time
            rf"(?i:\bduring\s+the\s+)(?P<w>{_WEEKDAY})(?i:\s+(?:morning|afternoon|evening|night))?\b",
            _r_weekday,
            0,
        ),
        (
            # "on the Saturday before last": the one a week before last Saturday
            rf"(?i:\b(?:on\s+)?the\s+)(?P<w>{_WEEKDAY})(?i:\s+(?:morning|afternoon|evening|night))?"
            rf"(?i:\s+before\s+last)\b",
            _r_weekday_week_before,
            0,
        ),
        (
            # "on Thursday last week", "on the Monday of last week": that day of the week before publication's
            rf"(?i:\b(?:on\s+)?(?:the\s+)?)(?P<w>{_WEEKDAY})(?i:\s+(?:morning|afternoon|evening|night))?"
            rf"(?i:\s+(?:of\s+)?(?:last|the\s+previous)\s+week)\b",
            _r_weekday_last_week,
            0,
        ),
        (
            rf"(?<!\bthe )(?i:\b(?:(?:early|late)\s+)?(?:on\s+)?(?:(?:early|late)\s+)?(?P<last>(?:last|this|past)\s+)?)"
            rf"(?P<w>{_WEEKDAY})(?:'s)?(?i:\s+(?:morning|afternoon|evening|night))?\b",
            _r_weekday,
            0,
        ),
        (
            # "a week ago on Friday", "a week ago last Friday", "a week last Friday" (not "a week on Friday", which
            # is still to come)
            rf"(?i:\ba\s+week\s+(?:ago\s+(?:on\s+|last\s+)?|last\s+))(?P<w>{_WEEKDAY})"
            rf"(?i:\s+(?:morning|afternoon|evening|night))?\b",
            _r_weekday_week_before,
            0,
        ),
        (
            rf"(?i:\b(?:on\s+)?)(?P<w>{_WEEKDAY})(?i:\s+(?:morning|afternoon|evening|night))?(?i:\s+a\s+week\s+ago)\b",
            _r_weekday_week_before,
            0,
        ),
        (rf"\b(?P<h>{_holiday_names()})(?:,?\s+(?P<y>{_YEAR}))?{_E}", _r_holiday, 0),
        (
            # "began a week ago today", "two years ago today": the same day of the week, month or year before
            r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u>weeks?|months?|years?)"
            r"\s+ago\s+today\b",
            _r_ago_today,
            0,
        ),
        (
            r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u>days?|weeks?|months?|years?)"
            r"\s+ago\b",
            _r_ago,
            0,
        ),
    ]
    pats.append((r"(?i)\b(?:(?:over|at|in|on|during)\s+)?(?:the|this|last|past)\s+weekend\b", _r_weekend, 0))
    phrases = sorted(fixed_offsets(), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(p) for p in phrase.split()) for phrase in phrases)
    pats.append((rf"(?i)\b(?:{alternation})\b", _r_deictic, 0))
    return [(re.compile(p), r) for p, r, _ in pats]
