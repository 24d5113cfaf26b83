"""Time expressions: find them in text and resolve them against the publication date.

:func:`find_times` finds written dates in the usual news formats ("13 December 2022", "December 13, 2022",
"2022-12-13", "13/12/2022" day first, "on 13 December", "15-16 January", "between 3 and 5 May"), month and year
references ("in August", "August 2023", "in 2022", "last month"), weekdays ("on Tuesday", "early on Monday",
"Monday night") and deictic words ("yesterday", "last night", "two days ago", "last week"), each resolved to a
calendar date with a precision (day, week, month, year).

Conventions (each a choice, written down so that it can be argued with):

- a date without a year takes the year that puts it on or before publication, allowing up to a month after it
  (announced events: a writer names the year of a date almost a year back); otherwise the previous year;
- a weekday is the most recent such day on or before publication; the publication weekday itself means the
  publication day ("last Monday" on a Monday means a week before);
- "in August" is the most recent August on or before publication (month precision, first day of the month);
  "in 2022" is 1 January 2022 with year precision; weeks resolve to their Monday with week precision;
- "overnight", "tonight", "this morning" and "in the past 24 hours" are the publication day (the report covers
  the period that ends when it is written); "last night" and "yesterday" are the day before;
- "a day after X" / "the day before" relate an event to the report's own reference point, the publication date:
  the event they point to is one day before it (offsets live in ``data/time_words.json``);
- with no publication date only dates written out in full (with their year) resolve;
- a range ("3-5 May", "1 January to 30 September 2019", "over the weekend") keeps its end; two dates joined by a
  range word ("to", "until", a dash) are one range;
- "since Monday" keeps "since" in its text: it dates the start of a state that lasts until the report (a toll
  counted since then is the report's; an activity going on since then began then).

:func:`event_date` picks the date of one event from the expressions in or near its sentence (the rules are on it).
The patterns and resolvers are in :mod:`sitroom.extract.time_grammar`.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from datetime import date

from sitroom.extract.time_grammar import FUTURE, WEEKDAY, fixed_offsets, patterns, shift
from sitroom.extract.time_grammar import words as time_words
from sitroom.model import TimeExpression

__all__ = ["dependent_spans", "event_date", "find_times"]

_COMPLEMENT = re.compile(r"^(?:a|an|one|two|three|\d+)\b.*\b(?:after|before)$", re.I)  # "a day after" + Y
_RELATIONAL = re.compile(r"\b(?:after|before|earlier|previous|the\s+eve)\b", re.I)  # (not "Christmas Eve")
_SINCE = re.compile(r"(?i)\bsince\s+$")
_SOURCE_DATED = re.compile(
    r"(?i)\b(?:source|report|article|statement|release|bulletin|communiqu[eé])\s+(?:is\s+|was\s+)?dated\s+(?:the\s+)?$"
)
_RANGE_JOIN = re.compile(r"(?i)\s*(?:-|–|—|to|until|till|through)\s*")
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WRITTEN_DATE = re.compile(r"\d")  # a written date has figures ("6 November", "6/11"); a day name has none
_APPOSITION = re.compile(r"[\s,]*")
_COUNT = re.compile(
    r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds?)\b"
)
_LEAD = re.compile(r"\s*(?:[\w /&-]{1,40}:\s*)?")  # nothing, or a coder's label ("Arrests: "), before a fronted date
_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")
_Found = tuple[int, int, date, str, date | None]
_PROBE = date(2000, 6, 15)  # any day: what resolves against it but not without one needs a publication date


def find_times(text: str, published: date | None) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``published`` (None: only full dates resolve).

    A note that gives its source's date ("(source dated 22/06)") is read from that date: "on Monday", "yesterday"
    count from the day the source was written, not from the day the note was."""
    found = _match(text, published)
    reference = next(
        (f[2] for f in found if f[3] == "day" and _SOURCE_DATED.search(text, max(0, f[0] - 40), f[0])), None
    )
    if reference is not None and reference != published and (published is None or reference <= published):
        found = _match(text, reference)
    # overlapping matches: the finer precision wins, then the one that writes its year ("since November 2020" is
    # not "since November" of the publication year), then the longer span, then the earlier one
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    found.sort(key=lambda f: (rank[f[3]], _WRITTEN_YEAR.search(text, f[0], f[1]) is None, -(f[1] - f[0]), f[0]))
    kept: list[_Found] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    # "the September 30 Movement": a group named by a date is no time
    kept = [f for f in kept if not (text[max(0, f[0] - 4) : f[0]].lower() == "the " and _GROUP_NAMED.match(text, f[1]))]
    kept = _join_ranges(text, sorted(kept))
    kept = _that_year(text, sorted(kept + _that_day(text, kept) + _that_month(text, kept)))
    kept = sorted(kept + _blog_stamps(text, published, kept))
    kept = _night_named(text, kept)
    paragraphs = _paragraphs(text)
    firsts = [a for a, _ in paragraphs]
    out: list[TimeExpression] = []
    for start, end, d, precision, end_date in kept:
        since = _SINCE.search(text, max(0, start - 8), start)
        if since is not None:
            start = since.start()  # "since Monday": the state began then; the text says so
        ps, pe = paragraphs[max(0, bisect.bisect_right(firsts, start) - 1)]
        out.append(TimeExpression(start, end, text[start:end], d, precision, end_date, ps, pe))
    return out


# a group's name after a date, with at most one capitalised word between ("the April 6 Youth Movement")
_GROUP_NAMED = re.compile(
    r"(?:th|st|nd|rd)?\s+(?:[A-Z][a-z]+\s+)?(?:" + "|".join(time_words()["date_named_groups"]) + r")\b"
)


# "overnight from Friday to Saturday", "overnight on Tuesday": the night the day after it names
_NIGHT_OF = re.compile(r"\s+(?:from|on|into)\s+$|\s+$", re.IGNORECASE)


def _night_named(text: str, kept: list[_Found]) -> list[_Found]:
    """ "overnight" followed by the day it belongs to ("overnight from Friday to Saturday") is that day's night, not
    the night before the report: the day named keeps the time, the bare word goes."""
    out = []
    for k, f in enumerate(kept):
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        if (
            nxt is not None
            and text[f[0] : f[1]].lower() == "overnight"
            and nxt[3] == "day"
            and nxt[0] - f[1] <= 7
            and _NIGHT_OF.fullmatch(text[f[1] : nxt[0]]) is not None
        ):
            continue
        out.append(f)
    return out


# "A suicide attack on her procession in Karachi that night": the day of the time the text told last
_THAT_DAY = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)|the\s+same\s+(?:night|evening|morning|afternoon))\b",
    re.IGNORECASE,
)


_SPOKEN_ON = re.compile(r"\b(?:said|say|says|told|announced|added|reported)\s+$", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][\"')\u201d]?\s")
_PASSIVE_REPORT = re.compile(r"\b(?:was|were|been|being)\s+reported\s+$", re.IGNORECASE)


def _that_day(text: str, kept: list[_Found]) -> list[_Found]:
    """ "that night", "later that day": the day of the nearest time expression before it (a coder's "On the same day"
    is read by the rules of notes)."""
    out: list[_Found] = []
    for mt in _THAT_DAY.finditer(text):
        if any(not (mt.end() <= k[0] or mt.start() >= k[1]) for k in kept):
            continue
        # (not the day a speaker spoke: "police said on Saturday. On the same night a second gang attacked"; but
        # within what the speaker said, "radio said on Tuesday night that he had been recognised in a street that
        # day", the day of the saying)
        # (nearest by place in the text: the expressions come grouped by kind, "Since Sunday" before "on Monday")
        before = [
            k
            for k in sorted(kept)
            if k[1] <= mt.start()
            and (
                _SPOKEN_ON.search(text[max(0, k[0] - 12) : k[0]]) is None
                # ("Heavy fighting was reported on Monday": a passive report's day is the act's)
                or _PASSIVE_REPORT.search(text[max(0, k[0] - 24) : k[0]]) is not None
                or _SENTENCE_END.search(text, k[1], mt.start()) is None
            )
        ]
        if before and before[-1][3] == "day":
            last = before[-1]
            out.append((mt.start(), mt.end(), last[2], "day", None))
    return out


# "09:10 — Police lift the curfew ...": the time of day a live blog's entry opens with
_BLOG_STAMP = re.compile(r"(?m)^[ \t]*(\d{1,2}[:.]\d{2})(?:\s*(?:GMT|UTC|local))?\s*[\u2014\u2013-]\s")


def _blog_stamps(text: str, published: date | None, kept: list[_Found]) -> list[_Found]:
    """The time of day that opens each entry of a live blog, on the day the blog is published: the entry's acts,
    told in the present, happened then (not a habit the present would tell elsewhere)."""
    if published is None:
        return []
    return [
        (m.start(1), m.end(1), published, "day", None)
        for m in _BLOG_STAMP.finditer(text)
        if all(m.end(1) <= k[0] or m.start(1) >= k[1] for k in kept)
    ]


# "A general strike followed that month", "later the same month": the month of the time the text told last
_THAT_MONTH = re.compile(r"\b(?:(?:later|earlier)\s+)?(?:that\s+(?:same\s+)?month|the\s+same\s+month)\b", re.IGNORECASE)


def _that_month(text: str, kept: list[_Found]) -> list[_Found]:
    """ "that month": the month of the nearest time expression before it told to the day or the month."""
    out: list[_Found] = []
    for mt in _THAT_MONTH.finditer(text):
        if any(not (mt.end() <= k[0] or mt.start() >= k[1]) for k in kept):
            continue
        before = [k for k in sorted(kept) if k[1] <= mt.start() and k[3] in ("day", "month")]
        if before:
            out.append((mt.start(), mt.end(), before[-1][2].replace(day=1), "month", None))
    return out


# "In March of that year", "in June that year": a month of the year the text told last
_THAT_YEAR = re.compile(
    r"\b(?P<m>" + "|".join(sorted(time_words()["months"], key=len, reverse=True)) + r")\.?\s+(?:of\s+)?that\s+year\b",
    re.IGNORECASE,
)


def _that_year(text: str, kept: list[_Found]) -> list[_Found]:
    """A month "of that year" takes the year of the nearest dated expression before it, not the publication's."""
    out = list(kept)
    for mt in _THAT_YEAR.finditer(text):
        before = [k for k in sorted(out) if k[1] <= mt.start()]
        if not before:
            continue
        year = before[-1][2].year
        out = [k for k in out if k[1] <= mt.start() or k[0] >= mt.end()]
        out.append(
            (mt.start(), mt.end(), date(year, int(time_words()["months"][mt.group("m").lower()]), 1), "month", None)
        )
    return sorted(out)


def dependent_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the time expressions of ``text`` that only a publication date resolves ("yesterday", "on Monday",
    "23 November", "last week"). Without a publication date they date nothing; the pipeline's date step keeps a
    sentence that has one of them and no date written in full undated, rather than dated by its neighbours."""
    full = [(f[0], f[1]) for f in _match(text, None)]
    spans = {(f[0], f[1]) for f in _match(text, _PROBE)}
    return sorted(s for s in spans if all(s[1] <= a or s[0] >= b for a, b in full))


def _match(text: str, reference: date | None) -> list[_Found]:
    found: list[_Found] = []
    for pat, resolve in patterns():
        for mt in pat.finditer(text):
            start, end = mt.span("x") if "x" in pat.groupindex else mt.span()
            if end <= start or FUTURE.search(text[max(0, start - 25) : start]):
                continue
            try:
                res = resolve(mt, reference)
            except (OverflowError, ValueError):  # off the calendar ("next year" read from 9999-12-31)
                res = None
            if res is not None:
                found.append((start, end, res[0], res[1], res[2]))
    return found


_OPENS_PHRASE = re.compile(r"(?:on|in|at|by|since|from|until|early|late)\s", re.IGNORECASE)


def _join_ranges(text: str, kept: list[_Found]) -> list[_Found]:
    """Two dates of the same precision joined by a range word ("1 January to 30 September 2019", "November 2020 -
    September 2021") are one range; a start without a written year takes the end's (or the year before)."""
    out: list[_Found] = []
    for f in kept:
        if out:
            a = out[-1]
            joined = a[3] == f[3] and a[3] in ("day", "month") and a[4] is None and f[4] is None
            # (not a dateline's day and the lead's first time: "BOMBAY, Feb 22 - On Thursday morning sailors ...")
            joined = joined and not _OPENS_PHRASE.match(text, f[0])
            if joined and _RANGE_JOIN.fullmatch(text, a[1], f[0]):
                start = a[2]
                if not _WRITTEN_YEAR.search(text, a[0], a[1]):
                    year = f[2].year if (start.month, start.day) <= (f[2].month, f[2].day) else f[2].year - 1
                    if year >= 1 and not (start.month == 2 and start.day == 29):
                        start = start.replace(year=year)
                if start < f[2]:
                    out[-1] = (a[0], f[1], start, a[3], f[2])
                    continue
        out.append(f)
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
    """Does the period of the expression (a range, a week, month or year) contain ``day``?"""
    if t.end_date is not None:
        last = t.end_date
        if t.precision == "month":
            last = last.replace(day=calendar.monthrange(last.year, last.month)[1])
        return t.date <= day <= last
    if t.precision == "week":
        return t.date <= day <= shift(t.date, 6)
    if t.precision == "month":
        return (t.date.year, t.date.month) == (day.year, day.month)
    if t.precision == "year":
        return t.date.year == day.year
    return False


def _is_since(t: TimeExpression) -> bool:
    return t.text[:5].lower() == "since"


def _tally_since(t: TimeExpression, sent_start: int, text: str | None) -> bool:
    """A toll counted "since Monday" ("killing five since Monday") is a sum up to the report, dated by it; an
    activity going on "since 19 June" (a strike) is dated by its start."""
    return _is_since(t) and text is not None and bool(_COUNT.search(text, sent_start, t.start))


def _carries(t: TimeExpression) -> bool:
    """Can this expression date another sentence? Not the relational ones ("a day after", "the day before") nor
    "since Monday"."""
    return not _RELATIONAL.search(t.text) and not _is_since(t)


def _deictic(t: TimeExpression) -> bool:
    """A day word resolved from the publication date ("yesterday", "overnight"), not a written date or day name."""
    words = " ".join(t.text.lower().split())
    return t.precision == "day" and (words in fixed_offsets() or words.endswith(" ago"))


def _relates_trigger(t: TimeExpression, trigger_start: int, text: str | None) -> bool:
    """Does the relational expression ``t`` take the trigger's event as its reference point, so that it dates
    another event? After the trigger it does ("protested against the killing the previous day", "came a day after
    the attack"); before it, "two days before the vote, crowds marched" does (the comma closes its complement)."""
    if not _RELATIONAL.search(t.text):
        return False
    if t.start > trigger_start:
        return True
    return bool(_COMPLEMENT.search(t.text) and text is not None and _CLAUSE_BREAK.search(text, t.end, trigger_start))


def _counted_from_complement(
    sentence: list[TimeExpression], inside: list[TimeExpression], trigger_start: int, text: str | None
) -> TimeExpression | None:
    """The offset that dates a trigger told before it with no break ("The clashes came a day after activists
    attacked protesters on Monday"), when the only other times of the sentence are inside its complement (they
    date the event the offset counts from, from which the offset was resolved); else None."""
    if text is None:
        return None
    rel = [
        t
        for t in sentence
        if _COMPLEMENT.search(t.text)
        and t.precision == "day"
        and t.start > trigger_start
        and not _CLAUSE_BREAK.search(text, trigger_start, t.start)
    ]
    if not rel:
        return None
    inner = [u for u in inside if u.start > rel[0].start]
    if not inner or any(u.start < rel[0].start for u in inside):
        return None
    return rel[0]


def _counts_to_another(t: TimeExpression, inside: list[TimeExpression], trigger_start: int, text: str | None) -> bool:
    """ "came a day after activists attacked protesters on Monday": for "attacked", told inside the complement of
    the offset with a day of its own after it, the offset dates the event it counts to (the subject of "came"), not
    the one it counts from."""
    if text is None or not _COMPLEMENT.search(t.text) or not t.end <= trigger_start:
        return False
    if _CLAUSE_BREAK.search(text, t.end, trigger_start):
        return False
    return any(u.start > trigger_start and u.precision == "day" and not _RELATIONAL.search(u.text) for u in inside)


def counted_offset(text: str | None) -> bool:
    """Is the time expression's text a count of days before or after another event ("two days after")?"""
    return text is not None and _COMPLEMENT.search(text) is not None


def told_day_counted_from(t: TimeExpression, sentence: list[TimeExpression]) -> TimeExpression | None:
    """For an offset that counts from a day its sentence told before it ("broke out on Wednesday, December 17, a day
    after the party chief was replaced"), that day; None for any other expression."""
    return _main_day(t, sentence)


def _main_day(t: TimeExpression, sentence: list[TimeExpression], bare: bool = False) -> TimeExpression | None:
    """For an offset that opens a complement ("a day after", "two days before"), or a ``bare`` one that has none
    ("searched the jungle on Friday for guerrillas who overran the station a day earlier"), the day its sentence
    told before it, from which it counts ("resigned on Tuesday, a day after ..."); None for any other expression."""
    if not (bare or _COMPLEMENT.search(t.text)) or t.precision != "day":
        return None
    told = [u for u in sentence if u.end <= t.start and u.precision == "day" and not _RELATIONAL.search(u.text)]
    return max(told, key=lambda u: u.end) if told else None


def _coarse(t: TimeExpression) -> bool:
    """A week, month or year (a weekend, two days, is not coarse)."""
    return t.precision != "day" and t.end_date is None


def _outranked(t: TimeExpression, cands: list[TimeExpression], text: str | None, counted: bool = False) -> bool:
    """Is the day word ``t`` ("yesterday", "overnight") overruled by a written date in its sentence ("today's
    fighting on 22 June"), or by a day named in apposition to it ("yesterday, Wednesday"; "on 4 May, overnight")?
    The written date is the writer's own reckoning; a day word counts from a moment the reader may not share."""
    if _weekday_elsewhere(t, cands, text):
        return True
    if not _deictic(t) or (counted and _COMPLEMENT.search(t.text)):
        return False  # "on Wednesday, a day after overrunning Mosul": the offset counts from that day, no apposition
    for o in cands:
        if o is t or o.precision != "day" or _deictic(o):
            continue
        if _WRITTEN_DATE.search(o.text):
            return True
        gap = (t.end, o.start) if t.end <= o.start else (o.end, t.start)
        if text is not None and _APPOSITION.fullmatch(text, *gap):
            return True
    return False


_THE_YEAR = re.compile(r"the\s+\d{4}", re.IGNORECASE)
_YEAR_OF_A_THING = re.compile(r"\s+[a-z]")


def _weekday_elsewhere(t: TimeExpression, cands: list[TimeExpression], text: str | None = None) -> bool:
    """A day named only by its weekday ("on Palm Sunday"), reckoned back from publication, that falls outside a
    month or year its sentence names ("in April, ... on Palm Sunday"): the writer's month places it, not the
    reckoning. A year that names a thing ("the 1973 war") dates that thing, not the sentence."""
    if t.precision != "day" or _WRITTEN_DATE.search(t.text) or not WEEKDAY.search(t.text):
        return False
    for o in cands:
        if o is t or o.end_date is not None or o.precision not in ("month", "year") or _is_since(o):
            continue  # "in place since November": the start of a state, not the month of the sentence's events
        if _THE_YEAR.fullmatch(o.text) and text is not None and _YEAR_OF_A_THING.match(text, o.end):
            continue  # "the anniversary of the crossing in the 1973 war": the war's year
        if o.precision == "year" and o.date.year != t.date.year:
            return True
        if o.precision == "month" and (o.date.year, o.date.month) != (t.date.year, t.date.month):
            return True
    return False


def _frames(t: TimeExpression, sent_start: int, trigger_start: int, text: str | None) -> bool:
    """Is ``t`` a fronted time adverbial set off by a comma ("On Friday, the candidate vanished and resurfaced on
    Sunday")? It frames the clause that follows it, the trigger's; later expressions belong to later clauses."""
    return (
        text is not None
        and t.end <= trigger_start
        and _LEAD.fullmatch(text, sent_start, t.start) is not None
        and text.startswith(",", t.end)
    )


# a superlative or an ordinal just before a "since": the event compared with a period ("the deadliest attack since
# 2019", "the first deaths since the group began attacking ships"), not a period the event belongs to
# "the first" of a period ("in the first six months of this year", "the first half") counts over it: no superlative
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|largest|biggest|first(?!\s+(?:\w+\s+)?(?:days|weeks|months|years|"
    r"half|quarter)\b)|most \w+)\b[^,;:]{0,60}$"
)
_SINCE_OPEN = re.compile(r"\bsince\b[^,;:.]*$", re.IGNORECASE)
# "the largest since those of November 2015, when ...": a superlative and what it is measured from
COMPARED_SINCE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|largest|biggest|most\s+\w+)\b[^,;:.]{0,40}?\bsince\b", re.IGNORECASE
)


def _in_comparison(t: TimeExpression, sent_start: int, text: str | None, trigger_start: int | None = None) -> bool:
    """Is ``t`` inside the "since ..." of a comparison ("the deadliest attack since the Taliban took power in
    August")? It dates the start of the period compared with, not the event; it does date an event told in that
    very clause ("the first protest since soldiers opened fire on a crowd in Dili on Nov. 12": the firing)."""
    if text is None:
        return False
    m = _SINCE_OPEN.search(text, sent_start, t.start)
    if m is not None and trigger_start is not None and m.start() < trigger_start < t.start and t.precision == "day":
        return False  # (a day; "since gunmen bombed a quarry in 2014" stays history)
    return m is not None and SUPERLATIVE_BEFORE.search(text[sent_start : m.start()].lower()) is not None


# (a place and its region set off by commas inside it: "who was shot ... near St Paul, Minnesota, on Wednesday")
_ASIDE = re.compile(r",\s+(?:where|which|who|whom|whose)\b(?:[^,;.]|,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,)*$")


def in_passing(text: str, at: int, reach: int) -> bool:
    """Is position ``at`` inside a non-restrictive relative clause opened at most ``reach`` characters before it ("The
    port city, where three protesters were killed on Tuesday, ...")? What it tells is told in passing."""
    return _ASIDE.search(text, max(0, at - reach), at) is not None


_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;]*$")


def relative_clause(text: str, sent_start: int, sent_end: int, trigger_start: int) -> tuple[int, int] | None:
    """The span of the non-restrictive relative clause the trigger is told in ("the Rubymar, which was hit by a
    missile on Feb. 18, sank last Saturday": the hit is Feb. 18), from its "which" to the comma that closes it."""
    m = _RELATIVE_OPEN.search(text, sent_start, trigger_start)
    if m is None:
        return None
    close = text.find(",", trigger_start, sent_end)
    return (m.start(), close if close >= 0 else sent_end)


_COUNT_AFTER = re.compile(
    r",\s*(?:an?|one|two|three|four|five|six|several|some|\d+)\s+(?:hours?|days?|weeks?|months?)\s+"
    r"(?:after|before|later|earlier)\b",
    re.IGNORECASE,
)


def _aside_of_another(t: TimeExpression, sent_start: int, sent_end: int, trigger_start: int, text: str) -> bool:
    """Is ``t`` inside a non-restrictive relative clause (", where ... ,") that does not hold the trigger?"""
    clause = relative_clause(text, sent_start, sent_end, t.start)
    if clause is None or clause[0] <= trigger_start < clause[1]:
        return False
    # (not a day a count of days after the clause counts from: "a ceasefire, which took effect on Wednesday, a day
    # after Azerbaijan launched its offensive")
    if _COUNT_AFTER.match(text, clause[1]) is not None:
        return False
    return not began_when(text, clause, trigger_start)  # (nor the day an operation began, when the act began it)


def began_when(text: str, clause: tuple[int, int], trigger_start: int) -> bool:
    """Is the relative clause ``clause`` the day an operation began, told with the act that began it after it ("Desert
    Storm, which began at 2:40 on Thursday morning, Baghdad time, when waves of bombers struck Baghdad")? Its day is
    that act's."""
    began = _BEGAN.match(text, clause[0]) is not None and clause[1] <= trigger_start
    return began and _WHEN.search(text, clause[1], min(trigger_start, clause[1] + 40)) is not None


_BEGAN = re.compile(r",\s*which\s+(?:began|started|opened)\b", re.IGNORECASE)
_WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)


def _pick(
    cands: list[TimeExpression],
    key: Callable[[TimeExpression], tuple[int, int]],
    text: str | None,
    counted: bool = False,
) -> TimeExpression:
    """The best of the expressions of one sentence: a day word overruled by a written date loses
    (:func:`_outranked`), a week, month or year (the background) loses to a day, then by ``key``."""
    day = any(not _coarse(t) for t in cands)
    return min(cands, key=lambda t: (int(_outranked(t, cands, text, counted)), int(day and _coarse(t)), *key(t)))


_EARLIER = re.compile(r"earlier\b", re.IGNORECASE)


def event_date(
    times: list[TimeExpression],
    sent_start: int,
    sent_end: int,
    trigger_start: int | None,
    published: date | None,
    text: str | None = None,
    *,
    later: bool = False,
    counted: bool = False,
    own_offsets: frozenset[int] = frozenset(),
) -> tuple[date | None, str | None, str | None]:
    """The event's (date, precision, date_text) from the expressions in or near its sentence.

    1. an expression inside the sentence (:func:`_pick`; among equals a fronted one that frames the trigger's
       clause, :func:`_frames`, else the nearest to the trigger, else the first);
       a relational expression that takes the trigger's event as its reference ("protested against the killing
       the previous day") dates the other event, and a toll "since Monday" is summed up to the report: when only
       such expressions are there, the event is at the reference point, the publication date;
    2. else the nearest expression before the sentence in the same paragraph (relational and "since" excepted);
    3. else, with ``later`` (a brief or a coder's note, which often states its date once, anywhere), the first such
       day after the sentence in the same paragraph (a later week or month is background);
    4. else the publication date, with day precision and no text.
    A period (range, week, month, year) that contains the publication date gives the publication date (day
    precision). Expressions more than one day after publication are skipped (events are reported after they happen).
    ``text`` is the article's text (it tells a fronted "two days before the vote," from a complement). ``counted``:
    the trigger is told in a clause a count of days ties to the sentence's event ("on Wednesday, a day after
    overrunning Mosul"), so its offset counts from the day told before it. ``own_offsets``: the starts of counts
    of days without a complement that the trigger's own verb governs ("overran the station a day earlier"): they
    date the trigger, counted from the day told before them.
    """
    limit = shift(published, 1) if published else None

    def usable(t: TimeExpression) -> bool:
        return limit is None or t.date <= limit

    sentence = [t for t in times if sent_start <= t.start and t.end <= sent_end and usable(t)]

    def dated(best: TimeExpression) -> tuple[date | None, str | None, str | None]:
        if published is not None and _covers(best, published) and not _EARLIER.match(best.text):
            # "in August" written in August: the report's day is finer (not "earlier this month": a day before it)
            return (published, "day", best.text)
        main = _main_day(best, sentence, best.start in own_offsets)
        if main is not None and published is not None:
            # "resigned on Tuesday, a day after police shot six people": the offset counts from the main clause's
            # day, told before it in the sentence, not from the report's
            return (main.date + (best.date - published), best.precision, best.text)
        return (best.date, best.precision, best.text)

    inside = [
        t
        for t in sentence
        if not _tally_since(t, sent_start, text) and not _in_comparison(t, sent_start, text, trigger_start)
    ]
    if trigger_start is not None and text is not None:
        # "The port city, where three protesters were killed on Tuesday, saw the fiercest fighting": a day told in a
        # relative clause set off by commas dates what that clause tells, not the sentence's own act
        inside = [t for t in inside if not _aside_of_another(t, sent_start, sent_end, trigger_start, text)]
    if trigger_start is not None:
        inside = [
            t
            for t in inside
            # (the parse ties the trigger's clause to the count: "a day after crowds of students, teachers and
            # workers stormed the palace", whose commas list the crowd)
            if t.start in own_offsets
            or not (_relates_trigger(t, trigger_start, text) and not (counted and t.end <= trigger_start))
        ]
        inside = [t for t in inside if not _counts_to_another(t, inside, trigger_start, text)]
        offset = _counted_from_complement(sentence, inside, trigger_start, text)
        if offset is not None:
            # "The clashes came a day after activists attacked protesters on Monday": Monday dates the attack told
            # in the complement; the clashes are the day the offset counts to
            return (offset.date, offset.precision, offset.text)
    if sentence and not inside:
        return (published, "day" if published else None, None)
    if inside:
        if trigger_start is None:
            return dated(_pick(inside, lambda t: (0, t.start), text))
        pos = trigger_start
        word = _WORD.match(text, pos) if text is not None else None
        pos_end = word.end() if word is not None else pos + 1  # the trigger word's end: "vanished| on Monday"

        own = relative_clause(text, sent_start, sent_end, pos) if text is not None else None

        def nearest(t: TimeExpression) -> tuple[int, int]:
            if own is not None and own[0] <= t.start and t.end <= own[1]:
                return (-2, t.start)  # the trigger's own relative clause dates it, not the main clause's frame
            if _frames(t, sent_start, pos, text):
                return (-1, t.start)
            return (max(0, t.start - pos_end, pos - t.end), t.start)

        return dated(_pick(inside, nearest, text, counted))

    def same_paragraph(t: TimeExpression) -> bool:
        return t.para_start is None or t.para_end is None or t.para_start <= sent_start < t.para_end

    def told_before(t: TimeExpression) -> bool:
        # a past year named in an earlier sentence frames a statistic or history ("8,400 people last year, double
        # the number in 2022"), not the time of the next sentence's event
        past_year = t.precision == "year" and published is not None and t.date.year < published.year
        compared = _in_comparison(t, max(0, t.start - 200), text)  # "the deadliest since ... in August"
        # "The port city, where three protesters were killed on Tuesday, saw the fiercest fighting": a day told in
        # passing, in a relative clause, dates what that clause tells, not the sentences after it
        aside = text is not None and in_passing(text, t.start, 120)
        return (
            t.end <= sent_start
            and usable(t)
            and _carries(t)
            and same_paragraph(t)
            and not past_year
            and not compared
            and not aside
        )

    before = [t for t in times if told_before(t)]
    if before:
        return dated(max(before, key=lambda t: t.end))
    if later:
        after = [
            t
            for t in times
            if t.start >= sent_end and usable(t) and _carries(t) and same_paragraph(t) and t.precision == "day"
        ]
        if after:
            return dated(_pick(after, lambda t: (0, t.start), text))
    return (published, "day" if published else None, None)
