"""When two reports describe the same real-world event: the rule a coder applies, written down.

A report is one stored event of one article. Two reports of different articles are the same event when every one
of these holds (the *conditions*) and at least one further fact ties them together (the *support*):

Conditions
  1. the same type family (``data/fusion.json``: an attack reported as fighting or as a strike is still violence).
     A report of another type that gives a death toll or whose text names a killing, an attack or its dead *tells of
     violence* (family ``told <family>``): a condemnation, a claim, an accusation, a meeting about a massacre, bodies
     found, a flight from an attack. It may be a report of the violent event it speaks of, for UCDP GED's event is the
     incident, whoever reports it and whatever they say of it; and it still matches reports of its own family. A
     protest never tells of violence this way: the killing it protests is what it is about, not what it reports;
  2. their date windows overlap, give or take ``SLACK`` days (time zones, "overnight"). A date the text itself gives
     is the day it names (a week: that week; a month or a year is too vague to match by); a date taken from the
     publication date only says the event happened up to ``REPORT_LAG`` days before publication;
  3. their places agree: places finer than a region are at most ``MAX_KM`` apart, and the countries each report
     involves (its place, its actors) share one;
  4. their named actors do not contradict: when both name a specific actor (an organisation, not a kind such as
     "civilians" or "military forces of X"), they share one;
  5. their tolls do not contradict: a toll may rise between reports, but one more than ``TOLL_RATIO`` times the other
     (and at least ``TOLL_GAP`` apart) is another event; and two reports that each date the event themselves, on
     different days, and give different tolls report two events (a daily toll is not yesterday's toll).

Support (one is enough)
  - the same place: both located finer than a region, at most ``NEAR_KM`` apart;
  - a specific actor in common;
  - the same toll (equal, or within ``TOLL_CLOSE`` of each other);
  - the same kind of event (ACLED sub-event type) in the same first-level region;
  - the headlines or evidence sentences share enough content words (Jaccard >= ``TEXT_SIMILAR``; country adjectives
    count as their country, so "Algerian army" and "army in Algeria" share both words).

A report published after the other's window whose own date is not written in full (resolved against the
publication date, taken from the narrative or from the publication date itself) may be a recap: it matches an
event up to ``RECAP_DAYS`` earlier when both give the same toll of at least ``RECAP_TOLL`` and the same second figure
(civilians killed or injured) in the same country, and nothing else (type family, actors, place) disagrees.

Reports with no country at all (neither place nor actor) need the text support: nothing else ties them down.
Nor does anything but the words tie violence to a report that tells of it while its own event was done rather than
said (an arrest, a flight, a retreat: ``telling`` in ``data/fusion.json``): it needs ``TEXT_TOLD`` of them.
The rule is symmetric and looks only at the two reports, so the fused events it builds (the connected groups of
matching reports) do not depend on the order in which the reports arrived.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from sitroom.geo.names import fold, haversine_km

__all__ = [
    "MAX_KM",
    "MAX_SPAN",
    "NEAR_KM",
    "RECAP_TOLL",
    "REPORT_LAG",
    "TOLD",
    "Report",
    "families_meeting",
    "family_of",
    "match_reason",
    "record_family",
    "report_from_record",
    "shift",
    "specific_actor",
    "tells",
]

MAX_SPAN = 6  # days: the longest window a report is matched by (a week: the day named and six more)
REPORT_LAG = 1  # days: news of an event reaches print the same day or the next
SLACK = 1  # days two windows may miss each other by (time zones, "overnight")
MAX_KM = 100.0  # further apart than this is another place
NEAR_KM = 25.0  # this close is the same place
RECAP_DAYS = 90  # a recap retells an event at most this long after it
RECAP_TOLL = 10  # the smallest toll distinctive enough to recognise an event by
TOLL_RATIO = 5.0
TOLL_GAP = 20
TOLL_CLOSE = 0.2  # relative difference that still counts as the same toll
TEXT_SIMILAR = 0.2  # one content word in five in common (headlines are short)
TEXT_TOLD = 0.3  # the words an arrest or a flight must share with a report of the violence it tells of
VIOLENCE = "violence"
TOLD = "told"  # prefixed to the family of a report of another type that tells of violence
_FINE = ("point", "admin2", "city", "town", "village", "locality")
_WORD = re.compile(r"[a-z][a-z'-]+|\d+")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    with resources.files("sitroom").joinpath("data/fusion.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    data["stop_words"] = frozenset(data["stop_words"]) | {_stem(w) for w in data["stop_words"]}
    data["violence_words"] = frozenset(data["violence_words"])
    data["generic_sectors"] = frozenset(data["generic_sectors"])
    return data


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    from sitroom.extract.lexicons import country_words

    return country_words()


def shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, held within the calendar (date.min .. date.max) rather than overflowing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def family_of(
    plover_event: str | None, acled_event_type: str | None = None, text: str = "", killed: int | None = None
) -> str:
    """The type family of an event: from its ACLED event type when that is one of violence (a claim of
    responsibility for a bombing reports the bombing), else from its PLOVER type (``other`` for none or an unknown
    one); ``TOLD`` before it when the event, of a family that may tell of violence (``telling`` in
    ``data/fusion.json``), gives a death toll (``killed``) or its ``text`` names a killing, an attack or its dead
    ("told statement": a condemnation of a massacre)."""
    data = _data()
    if acled_event_type in data["violent_acled_types"]:
        return VIOLENCE
    family = str(data["families"].get(plover_event or "", "other"))
    if family in data["telling"] and (killed or data["violence_words"] & set(_WORD.findall(fold(text)))):
        return f"{TOLD} {family}"
    return family


def _base(family: str) -> str:
    return family.removeprefix(TOLD + " ")


def _told(family: str) -> bool:
    return family != _base(family)


@lru_cache(maxsize=64)
def families_meeting(family: str) -> tuple[str, ...]:
    """The type families whose reports a report of ``family`` may match: its own and the same told of violence;
    for violence and every report that tells of it, each other."""
    base = _base(family)
    if family != VIOLENCE and not _told(family):
        return (family, f"{TOLD} {family}") if family in _data()["telling"] else (family,)
    told = tuple(f"{TOLD} {f}" for f in sorted(_data()["telling"]))
    return (VIOLENCE, *told, *((base,) if base != VIOLENCE else ()))


def _told_by_deed(a: Report, b: Report) -> bool:
    """One of two reports of different families tells of violence though its event was done, not said (an arrest,
    a flight): it joins the violence only in the words of a report of it."""
    return _base(a.family) != _base(b.family) and any(
        _told(r.family) and _data()["telling"][_base(r.family)] == "done" for r in (a, b)
    )


@dataclass(frozen=True)
class Report:
    """What matching needs of one stored event: a few comparable facts, cheap to keep in an index."""

    event_id: str
    article_id: str
    family: str
    kind: str | None  # the ACLED sub-event type (or non-ACLED type): what exactly happened
    published: date | None
    anchor: str | None  # how the date was found (Event.date_anchor): text | publication | narrative | fallback
    dated: bool  # the text gives the day itself
    region: str | None  # the first-level region (admin1) of its place, when known
    day_lo: date | None  # the window the event happened in (None: undated)
    day_hi: date | None
    countries: frozenset[str]
    lat: float | None  # set only for places finer than a region
    lon: float | None
    killed: int | None
    figures: tuple[int | None, int | None]  # civilians killed, injured: with the toll, an event's fingerprint
    actors: frozenset[str]  # specific actors (organisations), folded names
    words: frozenset[str]  # content words of the evidence (and the title when it is the lead)

    def to_row(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "family": self.family,
            "kind": self.kind,
            "published": self.published,
            "anchor": self.anchor,
            "dated": self.dated,
            "region": self.region,
            "day_lo": self.day_lo,
            "day_hi": self.day_hi,
            "countries": ",".join(sorted(self.countries)),
            "lat": self.lat,
            "lon": self.lon,
            "killed": self.killed,
            "civilians": self.figures[0],
            "injured": self.figures[1],
            "actors": "|".join(sorted(self.actors)),
            "words": " ".join(sorted(self.words)),
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Report:
        return cls(
            event_id=str(row["event_id"]),
            article_id=str(row["article_id"]),
            family=str(row["family"]),
            kind=row["kind"],
            published=row["published"],
            anchor=row["anchor"],
            dated=bool(row["dated"]),
            region=row["region"],
            day_lo=row["day_lo"],
            day_hi=row["day_hi"],
            countries=frozenset(c for c in str(row["countries"] or "").split(",") if c),
            lat=row["lat"],
            lon=row["lon"],
            killed=row["killed"],
            figures=(row["civilians"], row["injured"]),
            actors=frozenset(a for a in str(row["actors"] or "").split("|") if a),
            words=frozenset(str(row["words"] or "").split()),
        )


def _window(record: dict[str, Any], published: date | None) -> tuple[date | None, date | None]:
    raw, precision, anchor = record.get("date"), record.get("date_precision"), record.get("date_anchor")
    if raw and anchor != "fallback":
        day = date.fromisoformat(str(raw)[:10])
        if precision == "week":
            return day, shift(day, MAX_SPAN)
        if precision in ("month", "year"):  # too vague to tell one event from another by its date
            return None, None
        return day, day
    anchor_day = published or (date.fromisoformat(str(raw)[:10]) if raw else None)
    if anchor_day is None:
        return None, None
    return shift(anchor_day, -REPORT_LAG), anchor_day


def specific_actor(actor: dict[str, Any] | None) -> str | None:
    if not actor or not actor.get("name"):
        return None
    data = _data()
    if actor.get("sector") in data["generic_sectors"]:
        return None
    name = fold(str(actor["name"]))
    if any(word in name for word in data["generic_words"]):
        return None
    return name


def _words(text: str) -> frozenset[str]:
    countries, stop = _countries(), _data()["stop_words"]
    out: set[str] = set()
    for word in _WORD.findall(fold(text)):
        word = word.strip("'-")
        if word in countries:
            out.add(countries[word].lower())
        elif len(word) > 2 and word not in stop and not word.isdigit() and (stem := _stem(word)) not in stop:
            out.add(stem)
    return frozenset(out)


def _stem(word: str) -> str:
    """A crude English stem, enough for headlines to share words: "kills", "killed", "killing" -> "kill",
    "executions", "executed" -> "execut", "extrajudicially" -> "extrajudicial", "Saleh's" -> "saleh"."""
    word = word.removesuffix("'s")
    for suffix in ("ions", "ion", "ing", "ed", "ly", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _text(record: dict[str, Any]) -> str:
    """The words a report is matched by: its evidence sentence, and its article's title when it is the main event."""
    text = str((record.get("evidence") or {}).get("sentence") or "")
    if record.get("title") and record.get("salience_rank", 1) == 0:
        text += " " + str(record["title"])
    return text


def record_family(record: dict[str, Any]) -> str:
    """The type family of an event record (``family_of`` its types, its words and its toll)."""
    killed = (record.get("fatalities") or {}).get("killed")
    return family_of(record.get("plover_event"), record.get("acled_event_type"), _text(record), killed)


def tells(record: dict[str, Any]) -> bool:
    """The event record only tells of violence (its family is ``told <family>``)."""
    return _told(record_family(record))


def report_from_record(record: dict[str, Any], published: date | None = None) -> Report:
    """The matching facts of an event record (``Event.to_dict``); ``published`` is its article's date."""
    loc = record.get("location") or {}
    actors = [record.get("actor1"), record.get("actor2"), *(record.get("other_actors") or [])]
    countries = {str(a["country"]) for a in actors if a and a.get("country")}
    if loc.get("country"):
        countries.add(str(loc["country"]))
    fine = loc.get("precision") in _FINE and loc.get("lat") is not None
    text = _text(record)
    day_lo, day_hi = _window(record, published)
    fatalities = record.get("fatalities") or {}
    killed, civilians, injured = fatalities.get("killed"), fatalities.get("civilians_killed"), fatalities.get("injured")
    family = record_family(record)
    return Report(
        event_id=str(record["event_id"]),
        article_id=str(record["article_id"]),
        family=family,
        # a report that tells of violence says nothing of what kind of violence by its own type
        kind=None if _told(family) else record.get("acled_sub_event_type") or record.get("non_acled_type"),
        published=published,
        anchor=record.get("date_anchor"),
        dated=bool(record.get("date"))
        and record.get("date_precision") == "day"
        and record.get("date_anchor") != "fallback",
        region=str(loc["admin1"]) if loc.get("admin1") and loc.get("precision") != "country" else None,
        day_lo=day_lo,
        day_hi=day_hi,
        countries=frozenset(countries),
        lat=float(loc["lat"]) if fine else None,
        lon=float(loc["lon"]) if fine else None,
        killed=int(killed) if killed is not None else None,
        figures=(int(civilians) if civilians is not None else None, int(injured) if injured is not None else None),
        actors=frozenset(name for a in actors if (name := specific_actor(a))),
        words=_words(text),
    )


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _tolls_conflict(a: int | None, b: int | None) -> bool:
    if a is None or b is None:
        return False
    low, high = sorted((a, b))
    return high - low >= TOLL_GAP and high > TOLL_RATIO * max(low, 1)


def _tolls_agree(a: int | None, b: int | None) -> bool:
    if a is None or b is None or max(a, b) == 0:
        return False
    return abs(a - b) <= TOLL_CLOSE * max(a, b)


def _distance(a: Report, b: Report) -> float | None:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _recap(late: Report, early: Report) -> str | None:
    """``late`` retells ``early`` weeks on: a recap. Its own date cannot be trusted (not written in full: "a day
    after", "yesterday" in a retrospective), so the toll stands in for it: the same large toll, in the same country,
    of the same kind of event, with no actor or place against it. A toll alone can repeat by chance, so a second figure
    (civilians killed or injured) must repeat too."""
    if late.anchor == "text" or late.published is None or early.day_lo is None or early.day_hi is None:
        return None
    if not (early.day_hi < late.published and (late.published - early.day_lo).days <= RECAP_DAYS):
        return None
    if late.killed is None or early.killed is None or min(late.killed, early.killed) < RECAP_TOLL:
        return None
    if late.killed != early.killed or not late.countries & early.countries:
        return None
    if not any(x is not None and x == y for x, y in zip(late.figures, early.figures, strict=True)):
        return None
    if late.actors and early.actors and not late.actors & early.actors:
        return None
    distance = _distance(late, early)
    if distance is not None and distance > MAX_KM:
        return None
    return f"recap: toll {late.killed} ~ {early.killed}"


def match_reason(a: Report, b: Report) -> str | None:
    """Why ``a`` and ``b`` report the same event (a short phrase for the merge history), or None when they do not."""
    if a.article_id == b.article_id or b.family not in families_meeting(a.family):
        return None
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return None
    if max((a.day_lo - b.day_hi).days, (b.day_lo - a.day_hi).days) > SLACK:  # days between the windows
        return _recap(a, b) or _recap(b, a)
    distance = _distance(a, b)
    if distance is not None and distance > MAX_KM:
        return None
    if a.countries and b.countries and not a.countries & b.countries:
        return None
    if a.actors and b.actors and not a.actors & b.actors:
        return None
    if _tolls_conflict(a.killed, b.killed):
        return None
    two_days = a.dated and b.dated and a.day_lo != b.day_lo
    if two_days and a.killed is not None and b.killed is not None and not _tolls_agree(a.killed, b.killed):
        return None  # two days, two tolls: two events
    similarity = _similarity(a.words, b.words)
    support = []
    if distance is not None and distance <= NEAR_KM:
        support.append(f"same place ({distance:.0f} km)")
    if _tolls_agree(a.killed, b.killed):
        support.append(f"toll {a.killed} ~ {b.killed}")
    if similarity >= TEXT_SIMILAR:
        support.append(f"text {similarity:.2f}")
    if not (a.countries and b.countries) and similarity < TEXT_SIMILAR:
        return None
    if _told_by_deed(a, b) and similarity < TEXT_TOLD:
        return None
    if a.actors & b.actors:
        support.append("actor " + sorted(a.actors & b.actors)[0])
    if a.kind and a.kind == b.kind and a.region and a.region == b.region:
        support.append(f"{a.kind} in {a.region}")
    return ", ".join(support) or None
