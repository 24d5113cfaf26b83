"""Publication dates as feeds, scraped pages and their records write them.

:func:`read_published` reads the ``published`` value of a record or a feed entry:

- ISO 8601 dates and date-times, with or without a zone ("2022-11-23", "2022-11-23T07:58:00-05:00", "20221123");
- the RFC 822 dates of RSS ("Wed, 23 Nov 2022 07:58:00 GMT", "23 Nov 22 07:58 EST") and their relatives on news
  sites ("November 23, 2022 7:58 AM ET", "Wed Nov 23 07:58:00 2022", "7:58 AM ET, Wed November 23, 2022",
  "Updated: 23 November 2022");
- numeric dates whose order shows ("23/11/2022", "11/23/2022", "2022/11/23");
- dates without a year ("Wed Nov 23", "23 November"): the year comes from the *reference* (the date of the feed, of
  the crawl, or ``--published``), the latest that puts the date no more than a day after the reference and, when a
  weekday is written, on that weekday (up to 28 years back, when the calendar repeats);
- times alone ("7:58 AM ET"): the reference's day on the clock of the zone written, or the day before when that
  time has not come yet on the reference's clock (a feed lists what is already published).

The date kept is the date written: a date-time's date in its own zone, not converted to UTC, because that is the day
the article's own "yesterday" counts from.

A value that says a date which cannot exist ("2023-02-30", "31 Nov", "Nov 23 25:10") is an ``InputError`` E006.
Anything else that cannot be read ("n/a", "09/11/2023" where day and month could be either way), and a partial
date with no reference to complete it, gives no date and a :class:`~sitroom.model.Notice` (W001, W002): the article
is kept, and only the dates written in full in its text resolve.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sitroom.errors import Errors, InputError
from sitroom.model import Notice

__all__ = ["Reference", "read_published"]

Reference = date | datetime | None
FEED_SLACK = timedelta(days=1)  # a date this far after the reference is still taken (time zones)
CLOCK_SLACK = timedelta(minutes=15)  # a time this far after the reference's clock is still that day's
CALENDAR_CYCLE = 28  # years after which dates fall on the same weekdays again

_LABEL = re.compile(r"(?i)^(?:last\s+)?(?:updated|published|posted|modified|date)(?:\s+on)?\s*:?\s*")
_TRAIL = re.compile(r"\s*\([^()]*\)\s*$")  # "... +0000 (UTC)"
_ISO = re.compile(r"^(?P<y>\d{4,5})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?P<rest>.*)$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,4})[/.](?P<b>\d{1,2})[/.](?P<c>\d{4}|\d{1,2})(?P<rest>.*)$")
_WD = r"(?:(?P<wd>[a-z]{3,9})\.?,?\s+)?"
_DMY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?[\s-]*(?:of\s+)?(?P<mon>[a-z]{3,9})\.?(?:,?[\s-]+(?P<y>\d{4}|\d{2}))?"
_MDY = r"(?P<mon>[a-z]{3,9})\.?[\s-]+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?"
_TIME = (
    r"(?P<hh>\d{1,2})(?::(?P<mm>\d{2}))?(?::(?P<ss>\d{2})(?:[.,]\d+)?)?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
    r"(?:\s*(?P<zone>[+-]\d{2}:?\d{2}|[a-z]{1,5}\b))?"
)
_JOIN = r"\s*(?:,|\bat\b|-|\bT)?\s*"
_FORMS = [
    re.compile(rf"^{_WD}{date_part}(?:{_JOIN}{_TIME})?(?:\s+(?P<y2>\d{{4}}))?$", re.I) for date_part in (_DMY, _MDY)
] + [re.compile(rf"^{_TIME}\s*(?:,|\bon\b)?\s*{_WD}{date_part}$", re.I) for date_part in (_DMY, _MDY)]
_TIME_ONLY = re.compile(rf"^{_TIME}$", re.I)


class _Unreadable(Exception):
    """The value is not a date sitroom can read: ``detail`` says why (a W001 notice, not an error)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class _Missing(Exception):
    """The value lacks ``what`` (year or date) and there is no reference to take it from (W002)."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    def load(name: str) -> dict[str, object]:
        with resources.files("sitroom").joinpath(f"data/{name}").open(encoding="utf-8") as f:
            data: dict[str, object] = json.load(f)
        return data

    time_words, zones = load("time_words.json"), load("time_zones.json")
    months = {k: int(v) for k, v in dict(time_words["months"]).items()}  # type: ignore[call-overload]
    weekdays = {k: int(v) for k, v in dict(time_words["weekdays"]).items()}  # type: ignore[call-overload]
    return months, weekdays, {k: str(v) for k, v in dict(zones["zones"]).items()}  # type: ignore[call-overload]


def _zone(name: str | None) -> tzinfo | None:
    """The zone of "ET", "GMT", "+0530", "-05:00"; None when there is none; ``_Unreadable`` when unknown."""
    if not name:
        return None
    spec = name if name[0] in "+-" else _words()[2].get(name.lower())
    if spec is None:
        raise _Unreadable(f"unknown time zone {name!r}")
    if spec[0] in "+-":
        digits = spec[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > 23 or minutes > 59:
            raise InputError("E006", value=name, detail="no such UTC offset")
        sign = -1 if spec[0] == "-" else 1
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    try:
        return ZoneInfo(spec)
    except (ZoneInfoNotFoundError, ValueError):
        raise _Unreadable(f"time zone {name!r} is not known on this machine") from None


def _clock(groups: dict[str, str | None], value: str) -> time | None:
    """The time of day written, or None when none is; E006 when it cannot be one ("25:10", "13 PM")."""
    if groups.get("hh") is None:
        return None
    hh, mm, ss, ampm = int(groups["hh"] or 0), groups.get("mm"), groups.get("ss"), groups.get("ampm")
    if mm is None and ampm is None:
        raise _Unreadable("a number where a time or year should be")
    minute, second = int(mm or 0), int(ss or 0)
    if ampm is not None:
        if not 1 <= hh <= 12:
            raise InputError("E006", value=value, detail=f"no hour {hh} on a 12-hour clock")
        hh = hh % 12 + (12 if ampm.lower().startswith("p") else 0)
    if hh > 23 or minute > 59 or second > 60:
        raise InputError("E006", value=value, detail="no such time of day")
    return time(hh, minute, min(second, 59))


def _day(y: int, m: int, d: int, value: str) -> date:
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise InputError("E006", value=value, detail=str(exc)) from None


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:  # RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999
        y += 2000 if y < 50 else 1900
    return y


def _reference_day(reference: date | datetime, zone: tzinfo | None) -> date:
    if isinstance(reference, datetime):
        if zone is not None:
            return (reference if reference.tzinfo else reference.replace(tzinfo=UTC)).astimezone(zone).date()
        return reference.date()
    return reference


def _without_year(m: int, d: int, weekday: int | None, reference: Reference, zone: tzinfo | None, value: str) -> date:
    """The latest date of day ``d`` of month ``m`` on or before the reference (a day later allowed), on ``weekday``."""
    _day(2000, m, d, value)  # a day no year has ("31 Nov", "30 Feb") is impossible
    if reference is None:
        raise _Missing("year")
    day = _reference_day(reference, zone)
    latest = day + FEED_SLACK if day < date.max else date.max
    for y in range(latest.year, max(0, latest.year - CALENDAR_CYCLE - 1), -1):
        try:
            candidate = date(y, m, d)
        except ValueError:
            continue  # 29 February in a common year
        if candidate <= latest and (weekday is None or candidate.weekday() == weekday):
            return candidate
    raise _Unreadable("no year before the reference has that day on that weekday")


def _time_only(clock: time, reference: Reference, zone: tzinfo | None) -> date:
    """The reference's day on the clock of ``zone``, or the day before when ``clock`` is still to come then."""
    if reference is None:
        raise _Missing("date")
    if not isinstance(reference, datetime):
        return reference
    now = reference if reference.tzinfo else reference.replace(tzinfo=UTC)
    now = now.astimezone(zone) if zone is not None else now
    written = datetime.combine(now.date(), clock, tzinfo=now.tzinfo)
    if written > now + CLOCK_SLACK and now.date() > date.min:
        return now.date() - timedelta(days=1)
    return now.date()


def _from_words(groups: dict[str, str | None], value: str, reference: Reference) -> date:
    months, weekdays, _ = _words()
    mon = (groups.get("mon") or "").lower()
    if mon not in months:
        raise _Unreadable(f"{groups.get('mon')!r} is not a month")
    wd = groups.get("wd")
    if wd is not None and wd.lower() not in weekdays:
        raise _Unreadable(f"{wd!r} is not a weekday")
    _clock(groups, value)  # an impossible time is an impossible date-time
    zone_name = groups.get("zone")
    year = groups.get("y") or groups.get("y2")
    m, d = months[mon], int(groups["d"] or 0)
    if year is not None:
        return _day(_year(year), m, d, value)
    zone = _zone(zone_name) if zone_name else None
    return _without_year(m, d, weekdays[wd.lower()] if wd else None, reference, zone, value)


def _numeric(match: re.Match[str], value: str) -> date:
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:  # 2022/11/23
        return _day(int(a), int(b), int(c), value)
    if len(a) == 3 or len(c) not in (2, 4):
        raise _Unreadable("not a date format sitroom reads")
    first, second, y = int(a), int(b), _year(c)
    if first > 12 and second > 12:
        raise InputError("E006", value=value, detail="neither number can be the month")
    if first <= 12 and second <= 12 and first != second:
        raise _Unreadable("day and month could be either way round")
    day, month = (first, second) if first > 12 else (second, first)
    return _day(y, month, day, value)


def _rest_is_time(rest: str, value: str) -> None:
    """What follows a numeric date must be a time of day (and zone), or nothing."""
    rest = rest.strip().lstrip("T,").strip()
    if not rest:
        return
    match = _TIME_ONLY.fullmatch(rest)
    if match is None:
        raise _Unreadable("the date is followed by something that is not a time")
    _clock(match.groupdict(), value)


def _parse(text: str, value: str, reference: Reference) -> date:
    if len(text) > 10 or "-" in text[4:5]:
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
    iso = _ISO.match(text)
    if iso is not None:
        if len(iso["y"]) > 4:
            raise InputError("E006", value=value, detail="year is out of range")
        found = _day(int(iso["y"]), int(iso["m"]), int(iso["d"]), value)
        _rest_is_time(iso["rest"], value)
        return found
    if text.isdigit() and len(text) == 8:  # 20221123
        return _day(int(text[:4]), int(text[4:6]), int(text[6:]), value)
    numeric = _NUMERIC.match(text)
    if numeric is not None:
        found = _numeric(numeric, value)
        _rest_is_time(numeric["rest"], value)
        return found
    for form in _FORMS:
        match = form.fullmatch(text)
        if match is not None:
            return _from_words(match.groupdict(), value, reference)
    only = _TIME_ONLY.fullmatch(text)
    if only is not None:
        clock = _clock(only.groupdict(), value)
        if clock is not None:
            return _time_only(clock, reference, _zone(only["zone"]))
    raise _Unreadable("not a date format sitroom reads")


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:59] + "\u2026"


def read_published(value: object, reference: Reference = None) -> tuple[date | None, Notice | None]:
    """The publication date written in ``value`` and, when there is none to take, a notice saying why.

    ``reference`` completes a date without a year or a time without a date: the date of the feed or of the crawl (a
    date-time, aware or UTC, also decides which day a time alone falls on). ``InputError`` E006 when the value says
    a date that cannot exist, or is not a string at all (a number, a list). None, "" and white space are no date and
    no notice."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if not isinstance(value, str):  # a malformed record, not a date format: rejected as before
        raise InputError("E006", value=value, detail="expected a string such as 2023-11-09")
    text = _TRAIL.sub("", _LABEL.sub("", " ".join(value.split()))).strip()
    try:
        return _parse(text, value, reference), None
    except _Unreadable as exc:
        return None, Notice("W001", Errors.W001.format(value=_shown(value), detail=exc.detail))
    except _Missing as exc:
        return None, Notice("W002", Errors.W002.format(value=_shown(value), missing=exc.what))
