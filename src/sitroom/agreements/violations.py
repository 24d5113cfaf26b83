"""Breaches: the dated incidents of an article, placed, merged, and linked to the agreement they break.

Linking is its own step (:func:`link_violation`) over plain values (a date, a point, who is said to be behind it),
so that it runs the same on an article's report events and, later, on fused events.

- Place: the first name of the incident's clause (then of its sentence) found in the gazetteer within the
  countries of the agreements' parties, the finest first; else the location of an extracted event of the same
  sentence; else the article's most frequent event location.
- One breach per article for incidents one day apart or less, 30 km apart or less (or one of them a region), by the
  same side (or one side unknown). An undated clause about the same side ("Six Armenian servicemen were wounded")
  adds its toll to such a breach (when it has none), never a breach of its own.
- A breach belongs to the agreement in force on its date (effective on or before it, not ended or past its planned
  end before it) that has the accused among its parties; the latest such agreement. With no accused named, the
  victims' adversaries are.
- Alleged: the accused never owns the action in the article, and the attribution rests on an accusation or on
  the other side's word. Confirmed otherwise (the narrator states it, or the actor acknowledges it).
- Identity: a breach already known for the agreement (a day apart or less, 30 km or less, the same side) keeps its
  id: a later article that repeats it reports the same breach.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitroom.agreements.lexicon import resolve_state, state_codes
from sitroom.agreements.model import AgreementState, Violation, stable_id
from sitroom.agreements.read import Incident, Reading

__all__ = ["Locate", "Located", "link_incidents", "link_violation", "locate_incidents"]

Locate = Callable[[Sequence[str], set[str]], "tuple[float, float, str, str] | None"]
NEAR_KM = 30.0
SAME_KM = 60.0  # a repeated report may place a breach at the district rather than the village
COARSE = ("region", "admin1", "country")


@dataclass
class Located:
    incident: Incident
    when: date | None
    lat: float | None
    lon: float | None
    place: str | None
    precision: str | None
    by: set[str]
    how: str
    source: set[str]
    victims: set[str]
    killed: int | None
    hurt: bool
    event_ids: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _states(agreements: Sequence[AgreementState]) -> set[str]:
    return {p for a in agreements for p in a.parties} & state_codes()


def locate_incidents(
    reading: Reading, events: Sequence[dict[str, Any]], agreements: Sequence[AgreementState], locate: Locate
) -> list[Located]:
    named = {x.code for s in reading.sentences for x in s.actors} & state_codes()
    countries = (
        _states(agreements)
        | named
        | {str(e["location"]["country"]) for e in events if (e.get("location") or {}).get("country")}
    )
    spots = Counter(
        (loc["lat"], loc["lon"], loc.get("name"), loc.get("precision"))
        for e in events
        if (loc := e.get("location") or {}).get("lat") is not None and loc.get("country") in countries
    )
    common = spots.most_common(1)[0][0] if spots else None
    out: list[Located] = []
    for inc in reading.incidents:
        s = reading.sentences[inc.sentence]
        here = [e for e in events if s.start <= int((e.get("evidence") or {}).get("start", -1)) < s.end]
        point = locate(inc.places, countries)
        if point is None:
            loc = next((e["location"] for e in here if (e.get("location") or {}).get("lat") is not None), None)
            if loc is not None:
                point = (loc["lat"], loc["lon"], loc.get("name") or "", loc.get("precision") or "point")
            elif common is not None:
                point = (common[0], common[1], common[2] or "", common[3] or "point")
        violent = [str(e["event_id"]) for e in here if _violent(e)]
        out.append(
            Located(
                inc,
                inc.when,
                point[0] if point else None,
                point[1] if point else None,
                point[2] if point else None,
                point[3] if point else None,
                set(inc.by),
                inc.by_how,
                set(inc.source),
                set(inc.victims),
                inc.killed,
                inc.hurt,
                violent,
                [inc.text.strip(" ,;:")],
            )
        )
    return out


def _violent(e: dict[str, Any]) -> bool:
    return e.get("plover_event") in ("ASSAULT", "COERCE") or e.get("acled_event_type") in (
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
    )


def _close(a: Located, b: Located) -> bool:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return True
    if a.precision in COARSE or b.precision in COARSE:
        return True
    return km((a.lat, a.lon), (b.lat, b.lon)) <= NEAR_KM


def _merge_into(target: Located, other: Located, dated: bool) -> None:
    if not dated and not other.by:  # a toll told apart ("Six soldiers were wounded"): its toll only, not its source
        if other.killed is not None and target.killed is None:
            target.killed = other.killed
        target.hurt |= other.hurt
        target.evidence += [t for t in other.evidence if t not in target.evidence]
        return
    if not target.by and other.by:
        target.by, target.how = set(other.by), other.how
    if other.how == "accused" and other.by == target.by and not target.source:
        target.how = "accused"  # known only from an accusation
    target.source |= other.source
    target.victims |= other.victims
    if other.killed is not None and (target.killed is None or (dated and other.killed > target.killed)):
        target.killed = other.killed
    target.hurt |= other.hurt
    target.event_ids += [e for e in other.event_ids if e not in target.event_ids]
    target.evidence += [t for t in other.evidence if t not in target.evidence]
    if dated and other.when and target.when and other.when < target.when:
        target.when = other.when
    if target.precision in COARSE and other.precision not in COARSE and other.lat is not None:
        target.lat, target.lon, target.place, target.precision = other.lat, other.lon, other.place, other.precision


def merge_incidents(located: list[Located]) -> list[Located]:
    """One breach per real incident of the article (see the module's rules)."""
    dated: list[Located] = []
    for x in (x for x in located if x.when is not None):
        for y in dated:
            assert x.when is not None and y.when is not None
            if abs((x.when - y.when).days) <= 1 and _close(x, y) and (not x.by or not y.by or x.by == y.by):
                _merge_into(y, x, True)
                break
        else:
            dated.append(x)
    for x in (x for x in located if x.when is None):
        same = [y for y in dated if x.by and y.by == x.by and _close(x, y)]
        if not same and not x.by and x.victims:
            same = [y for y in dated if not (y.by & x.victims) and _close(x, y)]
        if same:
            nearest = min(same, key=lambda y: abs(y.incident.sentence - x.incident.sentence))
            _merge_into(nearest, x, False)
    for y in dated:
        if y.killed is None and y.hurt:
            y.killed = 0
    return dated


def link_violation(
    when: date, by: set[str], victims: set[str], agreements: Sequence[AgreementState]
) -> tuple[AgreementState, set[str]] | None:
    """The agreement a breach on ``when`` by ``by`` (or against ``victims``) breaks, and the accused."""
    best: tuple[AgreementState, set[str]] | None = None
    for a in agreements:
        if a.effective is None or a.effective > when or (a.ended is not None and a.ended < when):
            continue
        if a.expires is not None and a.expires < when and (a.ended is None or a.ended < when):
            continue  # past its planned end, not renewed as far as known, and not said to end later
        parties = set(a.parties)
        accused = resolve_state(by, parties) & parties
        victims = resolve_state(victims, parties)
        if not by and victims & parties:
            accused = parties - victims
        if not accused:
            continue
        if best is None or (a.effective or date.min) > (best[0].effective or date.min):
            best = (a, accused)
    return best


def link_incidents(
    located: list[Located],
    reading: Reading,
    agreements: Sequence[AgreementState],
    breaches: Sequence[Violation],
) -> tuple[list[tuple[Violation, bool]], bool]:
    """The breaches the article reports, each with whether it is new; and whether any is."""
    out: list[tuple[Violation, bool]] = []
    any_new = False
    for x in merge_incidents(located):
        assert x.when is not None
        link = link_violation(x.when, x.by, x.victims, agreements)
        if link is None:
            continue
        agreement, accused = link
        parties = set(agreement.parties)
        source = resolve_state(x.source, parties)
        alleged = not (accused & resolve_state(reading.acknowledged, parties)) and (
            x.how == "accused" or bool(source and not (source & accused))
        )
        known = next((v for v in breaches if v.agreement_id == agreement.agreement_id and _same(v, x, accused)), None)
        if known is None:
            known = next((v for v, _ in out if v.agreement_id == agreement.agreement_id and _same(v, x, accused)), None)
            if known is not None:
                continue
        vid = (
            known.violation_id
            if known
            else stable_id(
                "vio",
                agreement.agreement_id,
                x.when,
                round(x.lat or 0, 1),
                round(x.lon or 0, 1),
                ",".join(sorted(accused)),
            )
        )
        v = Violation(
            vid,
            agreement.agreement_id,
            x.when,
            None,
            x.lat,
            x.lon,
            x.place,
            sorted(accused),
            x.killed,
            alleged,
            list(x.event_ids),
            " ".join(x.evidence)[:1000],
        )
        if known is not None and v.killed is None:
            v.killed = known.killed
        out.append((v, known is None))
        any_new |= known is None
    return out, any_new


def _same(v: Violation, x: Located, accused: set[str]) -> bool:
    if x.when is None or abs((v.date - x.when).days) > 1 or set(v.by) != accused:
        return False
    if v.lat is None or x.lat is None or v.lon is None or x.lon is None:
        return True
    return km((v.lat, v.lon), (x.lat, x.lon)) <= SAME_KM
