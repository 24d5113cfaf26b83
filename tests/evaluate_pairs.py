"""Gold records and system output for the evaluation tests: one hand-made pair per gold format, and a fixed,
partly right and partly wrong synthetic output for any gold set."""

from __future__ import annotations

from typing import Any


def _event(aid: str, rank: int = 0, **fields: Any) -> dict[str, Any]:
    return {"article_id": aid, "salience_rank": rank, **fields}


# --- hand-made gold and output, one pair per format --------------------------------------------------------------

ACLED_GOLD = [
    {
        "id": "a1",
        "text": "x",
        "gold": {
            "acled_event_type": "Protests",
            "acled_sub_event_type": "Peaceful protest",
            "actor1": {"inter": 6},
            "actor2": None,
            "date": "2020-01-02",
            "time_precision": 1,
            "location": {"lat": 1.0, "lon": 36.0},
            "fatalities": 0,
        },
    },
    {
        "id": "a2",
        "text": "x",
        "gold": {
            "acled_event_type": "Battles",
            "acled_sub_event_type": "Armed clash",
            "actor1": {"inter": 1},
            "actor2": {"inter": 2},
            "date": "2020-01-03",
            "time_precision": 1,
            "location": {"lat": 2.0, "lon": 37.0},
            "fatalities": 4,
        },
    },
    {
        "id": "a3",
        "text": "x",
        "gold": {
            "acled_event_type": "Riots",
            "acled_sub_event_type": None,
            "actor1": {"inter": 5},
            "actor2": {"inter": 1},
            "date": "2020-01-04",
            "time_precision": 2,
            "location": {"lat": None, "lon": None},
            "fatalities": 1,
        },
    },
    {
        "id": "a4",
        "text": "x",
        "gold": {
            "acled_event_type": "Battles",
            "acled_sub_event_type": "Armed clash",
            "actor1": None,
            "actor2": None,
            "date": "2020-01-05",
            "time_precision": 1,
            "location": {"lat": 0.0, "lon": 0.0},
            "fatalities": None,
        },
    },
]
ACLED_OUT = [
    _event("a1", 1, acled_event_type="Riots"),
    _event(
        "a1",
        0,
        acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest",
        actor1={"acled_inter": 6},
        date="2020-01-02",
        location={"lat": 1.1, "lon": 36.0},
        fatalities={"killed": None},
    ),
    _event(
        "a2",
        0,
        acled_event_type="Battles",
        acled_sub_event_type="Attack",
        actor1={"acled_inter": 1},
        actor2={"acled_inter": 3},
        date="2020-01-01",
        location={"lat": 2.5, "lon": 37.5},
        fatalities={"killed": 4},
    ),
    _event("a3", 0, acled_event_type="Protests", actor1={"acled_inter": 5}, fatalities={"killed": 3}),
]
PLOVER_GOLD = [
    {
        "id": "p1",
        "text": "x",
        "gold": {"plover_event": "AGREE", "source_actors": [{"country": "HUN"}], "target_actors": []},
    },
    {
        "id": "p2",
        "text": "x",
        "gold": {
            "plover_event": "ASSAULT",
            "source_actors": [{"country": None}],
            "target_actors": [{"country": "SYR"}, {"country": "IRQ"}],
        },
    },
    {"id": "p3", "text": "x", "gold": {"plover_event": "PROTEST", "source_actors": [], "target_actors": []}},
]
PLOVER_OUT = [
    _event("p1", 0, plover_event="AGREE", actor1={"country": "HUN"}),
    _event("p2", 0, plover_event="COERCE", actor2={"country": "IRQ"}),
    _event("p2", 3, plover_event="ASSAULT"),
]
CASE_GOLD = [
    {"id": "c1", "text": "x", "gold": {"case_subtype": "ARMED_CLASH"}},
    {"id": "c2", "text": "x", "gold": {"case_subtype": "DIPLO"}},
    {"id": "c3", "text": "x", "gold": {"case_subtype": "PEACE_PROTEST"}},
]
CASE_OUT = [
    _event("c1", 0, acled_sub_event_type="Armed clash"),
    _event("c2", 0, acled_sub_event_type=None, non_acled_type="Diplomatic event"),
    _event("c3", 0, acled_sub_event_type="Something unheard of"),
]
UCDP_GOLD = [
    {
        "id": "u1",
        "text": "Five soldiers were killed.",
        "gold": {
            "best": 5,
            "low": 4,
            "high": 6,
            "date_start": "2015-01-01",
            "date_prec": 1,
            "location": {"lat": 34.0, "lon": 70.0, "where_prec": 1},
        },
    },
    {
        "id": "u2",
        "text": "Clashes went on.",
        "gold": {
            "best": 2,
            "low": 2,
            "high": 2,
            "date_start": "2015-01-02",
            "date_prec": 2,
            "location": {"lat": 34.0, "lon": 70.0, "where_prec": 4},
        },
    },
    {
        "id": "u3",
        "text": "The bodies were found.",
        "gold": {
            "best": 0,
            "low": 0,
            "high": 1,
            "date_start": "2015-01-03",
            "date_prec": 1,
            "location": {"lat": None, "lon": None, "where_prec": 1},
        },
    },
]
UCDP_OUT = [
    _event("u1", 1, fatalities={"killed": 5}),
    _event("u1", 0, date="2015-01-01", location={"lat": 34.5, "lon": 70.0}, fatalities={"killed": 2}),
]
GEO_GOLD = [
    {
        "id": "g1",
        "text": "x",
        "gold": {
            "toponyms": [
                {"start": 0, "end": 5, "lat": 10.0, "lon": 10.0, "geonames_id": 1},
                {"start": 10, "end": 15, "lat": 20.0, "lon": 20.0, "geonames_id": None},
                {"start": 30, "end": 35, "lat": 30.0, "lon": 30.0, "geonames_id": 3},
            ]
        },
    },
    {"id": "g2", "text": "x", "gold": {"toponyms": []}},
]
GEO_OUT = [
    {"article_id": "g1", "start": 1, "end": 4, "lat": 10.5, "lon": 10.0, "geonames_id": 1},
    {"article_id": "g1", "start": 12, "end": 20, "lat": 25.0, "lon": 20.0, "geonames_id": 7},
    {"article_id": "g1", "start": 40, "end": 44, "lat": None, "lon": None},
    {"article_id": "g2", "start": 0, "end": 3, "lat": 1.0, "lon": 1.0},
]
EXPECT_GOLD = [
    {
        "id": "s1",
        "text": "x",
        "gold": {
            "events": [
                {
                    "label": "agreement",
                    "plover_event": ["AGREE"],
                    "actor1": {"text_has": ["rebel"]},
                    "date": "2023-11-09",
                },
                {
                    "label": "assault",
                    "plover_event": ["ASSAULT"],
                    "actor1": {"country": ["AZE"]},
                    "near": [40.0, 47.0, 100],
                    "killed": 200,
                },
                {"label": "year", "date": "2022", "date_precision": ["year"]},
            ]
        },
    },
]
EXPECT_OUT = [
    _event("s1", 0, plover_event="AGREE", actor1={"text": "the rebels", "name": "Rebels"}, date="2023-11-09"),
    _event(
        "s1",
        1,
        plover_event="ASSAULT",
        actor1={"country": "AZE"},
        location={"lat": 40.2, "lon": 47.1},
        fatalities={"killed": 200},
    ),
    _event("s1", 2, plover_event="COERCE", date="2022-01-01", date_precision="month"),
]

ARTICLES_GOLD = [
    {
        "id": "w1",
        "text": "x",
        "gold": {
            "articles_events": [
                {
                    "label": "clash",
                    "acled_event_type": "Battles",
                    "acled_sub_event_type": "Armed clash",
                    "date": "2024-03-02",
                    "near": [10.0, 20.0, 50],
                    "killed": 5,
                    "actor1": {"country": ["NGA"]},
                    "optional": False,
                },
                {
                    "label": "bombing in March",
                    "acled_event_type": ["Explosions/Remote violence"],
                    "date": "2024-03",
                    "near": None,
                    "injured": 0,
                    "optional": False,
                },
                {
                    "label": "statement",
                    "acled_event_type": None,
                    "non_acled_type": ["Diplomatic event"],
                    "evidence_has": ["condemned"],
                    "optional": True,
                },
            ]
        },
    },
    {
        "id": "w2",
        "text": "x",
        "gold": {
            "articles_events": [
                {"label": "missed clash", "acled_event_type": "Battles", "date": "2024-01-01", "near": [0, 0, 25]}
            ]
        },
    },
]
_CLASH = {
    "acled_event_type": "Battles",
    "acled_sub_event_type": "Armed clash",
    "date": "2024-03-02",
    "location": {"lat": 10.1, "lon": 20.0},
    "fatalities": {"killed": 5},
    "actor1": {"country": "NGA"},
}
ARTICLES_OUT = [
    _event("w1", 0, **_CLASH),
    _event("w1", 1, **_CLASH),  # a second event for a gold event already matched: a false positive
    _event("w1", 2, acled_event_type="Explosions/Remote violence", date="2024-03-09", fatalities={"injured": None}),
    _event("w1", 3, non_acled_type="Diplomatic event", evidence={"sentence": "Egypt condemned the raid."}),
    _event("w1", 4, acled_event_type="Protests", modality="negated"),  # not counted
    _event("w1", 5, acled_event_type="Riots", date="2024-03-02"),
    _event("w1", 6),  # no type: not counted
]

HAND_MADE = {
    "articles": (ARTICLES_GOLD, ARTICLES_OUT),
    "acled": (ACLED_GOLD, ACLED_OUT),
    "plover": (PLOVER_GOLD, PLOVER_OUT),
    "case": (CASE_GOLD, CASE_OUT),
    "ucdp": (UCDP_GOLD, UCDP_OUT),
    "geo": (GEO_GOLD, GEO_OUT),
    "expect": (EXPECT_GOLD, EXPECT_OUT),
}


# --- a fixed synthetic output for any gold set (the real dev sets) ----------------------------------------------


def synthetic(fmt: str, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A deterministic, partly right, partly wrong output for every record of a dev set."""
    out: list[dict[str, Any]] = []
    for i, g in enumerate(gold):
        gg = g["gold"]
        if i % 11 == 5:
            continue  # some articles yield nothing
        if fmt == "geo":
            for j, t in enumerate(gg["toponyms"]):
                if (i + j) % 4 == 0:
                    continue
                shift = 0.5 * ((i + j) % 5)
                out.append(
                    {
                        "article_id": g["id"],
                        "start": t["start"] + (j % 2),
                        "end": t["end"],
                        "lat": None if (i + j) % 7 == 0 else t["lat"] + shift,
                        "lon": t["lon"],
                        "geonames_id": t.get("geonames_id") if j % 3 else 0,
                    }
                )
            if i % 3 == 0:
                out.append({"article_id": g["id"], "start": 0, "end": 2, "lat": 0.0, "lon": 0.0})
            continue
        if fmt == "articles":
            out.extend(synthetic_article(i, g))
            continue
        loc = gg.get("location") or {}
        shift = 0.15 * (i % 6)
        event = {
            "article_id": g["id"],
            "salience_rank": 0,
            "acled_event_type": gg.get("acled_event_type") if i % 3 else "Protests",
            "acled_sub_event_type": gg.get("acled_sub_event_type") if i % 4 else "Peaceful protest",
            "non_acled_type": "Diplomatic event" if i % 9 == 0 else None,
            "plover_event": gg.get("plover_event") if i % 3 else "PROTEST",
            "actor1": {
                "acled_inter": (gg.get("actor1") or {}).get("inter") if i % 2 else 1,
                "country": ((gg.get("source_actors") or [{}])[0] or {}).get("country") if i % 5 else "USA",
            },
            "actor2": {
                "acled_inter": (gg.get("actor2") or {}).get("inter") if i % 3 else 7,
                "country": ((gg.get("target_actors") or [{}])[0] or {}).get("country"),
            },
            "date": (gg.get("date") or gg.get("date_start")) if i % 4 else g.get("published"),
            "location": None
            if loc.get("lat") is None or i % 8 == 0
            else {"lat": loc["lat"] + shift, "lon": loc["lon"]},
            "fatalities": {"killed": (gg.get("fatalities") or gg.get("best") or 0) + (i % 3 == 0)},
        }
        out.append(event)
        if i % 5 == 0:
            out.append(
                {
                    **event,
                    "salience_rank": 1,
                    "acled_event_type": "Battles",
                    "plover_event": "ASSAULT",
                    "fatalities": {"killed": 1000},
                }
            )
    return out


def _first(value: Any) -> Any:
    return (value[0] if value else None) if isinstance(value, list) else value


def synthetic_article(i: int, g: dict[str, Any]) -> list[dict[str, Any]]:
    """Events for a whole article: some gold events found, some with a wrong type, date, place or count, some
    twice, plus a false, a negated and an untyped event."""
    out: list[dict[str, Any]] = []
    for j, want in enumerate(g["gold"]["articles_events"]):
        k = i + j
        if k % 4 == 3:
            continue
        acled = _first(want.get("acled_event_type"))
        day = _first(want.get("date"))
        near = want.get("near")
        event = {
            "article_id": g["id"],
            "salience_rank": j,
            "acled_event_type": ("Riots" if k % 5 == 1 else acled) if acled else None,
            "non_acled_type": None if acled else _first(want.get("non_acled_type")),
            "acled_sub_event_type": _first(want.get("acled_sub_event_type")) if k % 3 else "Attack",
            "date": None if day is None else ((day if len(day) == 10 else day + "-15") if k % 6 else "2001-01-01"),
            "location": {"lat": near[0] + 0.04 * (k % 7), "lon": near[1]} if near and k % 8 else None,
            "fatalities": {
                "killed": want.get("killed") if k % 2 else (want.get("killed") or 0) + 1,
                "injured": want.get("injured") if k % 3 else None,
            },
            "actor1": {"country": _first((want.get("actor1") or {}).get("country")) if k % 3 else "USA"},
            "evidence": {"sentence": " ".join(want.get("evidence_has") or []) if k % 2 else "nothing"},
            "modality": "negated" if k % 9 == 4 else "asserted",
        }
        out.append(event)
        if k % 5 == 0:
            out.append({**event, "salience_rank": j + 10})
    published = g.get("published") or "2000-01-01"
    out.append({"article_id": g["id"], "salience_rank": 50, "acled_event_type": "Protests", "date": published})
    out.append({"article_id": g["id"], "salience_rank": 51, "acled_event_type": None, "date": published})
    return out
