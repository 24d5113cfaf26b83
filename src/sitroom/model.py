"""The data that flows through sitroom: articles in, events and toponyms out.

Every step of the pipeline reads and writes these plain dataclasses, so that the CLI, the HTTP API, the store and
the tests all speak one vocabulary. ``Event.to_dict`` gives the record described by ``data/event.schema.json``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any

SCHEMA_VERSION = "1.4"  # 1.1: mentions, date_anchor (issue 10); 1.2: fused_id, reported_late_days (issue 12);
# 1.3: location admin2, admin3, geo_precision (issue 14); 1.4: review (issue 14)

SHORT_DOC_SENTENCES = 6  # a coder's note or a brief: the whole text frames its event
BRIEF_PARAGRAPHS = 2  # a text of more paragraphs is an article, however short: its sentences tell apart


def is_brief(sentences: int, text: str) -> bool:
    """A coder's note or a brief: at most :data:`SHORT_DOC_SENTENCES` sentences in at most :data:`BRIEF_PARAGRAPHS`
    paragraphs (blocks parted by a blank line), whose whole text frames its one event."""
    if sentences > SHORT_DOC_SENTENCES:
        return False
    return sum(1 for block in text.split("\n\n") if block.strip()) <= BRIEF_PARAGRAPHS


__all__ = [
    "SCHEMA_VERSION",
    "SHORT_DOC_SENTENCES",
    "AcledInter",
    "Actor",
    "Article",
    "Casualties",
    "Event",
    "EventType",
    "Evidence",
    "Frame",
    "Location",
    "Notice",
    "Rejection",
    "TimeExpression",
    "TollReport",
    "Toponym",
    "Trigger",
    "is_brief",
]


@dataclass(frozen=True)
class Notice:
    """A warning about an input that was taken all the same (an unreadable publication date: the article is kept
    without one): a code of ``sitroom.errors.Errors`` (Wnnn) and the reason in words."""

    code: str
    reason: str

    def message(self, origin: str) -> str:
        return f"{origin}: {self.reason} [{self.code}]"


@dataclass(frozen=True)
class Article:
    """One dated news article, as a reader yields it."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it was read from: "path:line" or "path"
    notices: tuple[Notice, ...] = ()  # what the reader took with a reservation

    @property
    def content_hash(self) -> str:
        """Identity of the article's content: the same text and date give the same hash."""
        h = hashlib.sha256()
        h.update((self.published.isoformat() if self.published else "").encode())
        h.update(b"\x00")
        h.update((self.title or "").encode())
        h.update(b"\x00")
        h.update(self.text.encode())
        return h.hexdigest()


@dataclass(frozen=True)
class Rejection:
    """An input that could not be read: where it came from and why, in words a person can act on."""

    origin: str  # file path, or "-" for standard input
    where: str  # "line 12", "record abc", "" for a whole file
    reason: str
    code: str = "E000"

    def message(self) -> str:
        place = f"{self.origin}:{self.where}" if self.where else self.origin
        return f"{place}: {self.reason} [{self.code}]"


class AcledInter(IntEnum):
    """ACLED's eight actor types (the "inter" codes of the ACLED Codebook). A member is an ``int``, so JSON, the
    store and the exports keep writing the bare number; ``label`` is the name ACLED's current exports print in
    ``inter1``/``inter2`` (the same names as ``acled_inter`` in ``data/taxonomy.json``)."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER_FORCES = 8

    @property
    def label(self) -> str:
        return _INTER_LABELS[self]


_INTER_LABELS = {
    AcledInter.STATE_FORCES: "State forces",
    AcledInter.REBEL_GROUP: "Rebel group",
    AcledInter.POLITICAL_MILITIA: "Political militia",
    AcledInter.IDENTITY_MILITIA: "Identity militia",
    AcledInter.RIOTERS: "Rioters",
    AcledInter.PROTESTERS: "Protesters",
    AcledInter.CIVILIANS: "Civilians",
    AcledInter.EXTERNAL_OTHER_FORCES: "External/Other forces",
}


@dataclass
class Actor:
    text: str
    name: str
    country: str | None = None  # ISO3, or an IGO code such as "UN", "IGO"
    sector: str | None = None  # CAMEO/PLOVER agent code: GOV, MIL, COP, REB, ...
    acled_inter: AcledInter | None = None  # an int 1..8 given here becomes its member

    def __post_init__(self) -> None:
        if self.acled_inter is not None:
            self.acled_inter = AcledInter(self.acled_inter)

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        record["acled_inter"] = None if self.acled_inter is None else int(self.acled_inter)
        return record


@dataclass
class Location:
    name: str
    lat: float
    lon: float
    country: str | None = None  # ISO3
    precision: str = "point"  # point | admin2 | admin1 | region | country
    text: str | None = None
    admin1: str | None = None
    geonames_id: int | None = None
    admin2: str | None = None  # second- and third-level divisions, where the gazetteer knows them
    admin3: str | None = None
    geo_precision: int | None = None  # ACLED's: 1 the place itself, 2 near it or part of a region, 3 a large region

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "lat": round(self.lat, 5),
            "lon": round(self.lon, 5),
            "geonames_id": self.geonames_id,
            "precision": self.precision,
            "geo_precision": self.geo_precision,
        }


@dataclass
class Toponym:
    """A place name found in an article, with its resolution."""

    start: int
    end: int
    text: str
    name: str
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    precision: str = "point"
    feature: str = "city"  # city | admin1 | admin2 | country | region | continent | demonym
    score: float = 0.0
    admin2: str | None = None
    admin3: str | None = None
    near: bool = False  # named as a reference point ("near X", "outside X", "10 km north of X"), not the place itself
    capital: bool = False  # a country's capital city: a name no namesake in another country stands in for
    # the name modifies a noun ("a U.S. police adviser", "the U.S. State Department"): whose, not where
    modifier: bool = False

    @property
    def geo_precision(self) -> int:
        """ACLED's geo_precision: 1 the town or village itself, 2 near it or a district (admin2), 3 a larger region
        (admin1, a region, a country)."""
        if self.precision == "point":
            return 2 if self.near else 1
        return 2 if self.precision == "admin2" else 3

    def to_location(self) -> Location | None:
        if self.lat is None or self.lon is None:
            return None
        return Location(
            name=self.name,
            lat=self.lat,
            lon=self.lon,
            country=self.country,
            precision=self.precision,
            text=self.text,
            admin1=self.admin1,
            geonames_id=self.geonames_id,
            admin2=self.admin2,
            admin3=self.admin3,
            geo_precision=self.geo_precision,
        )

    def to_dict(self, article_id: str) -> dict[str, Any]:
        return {
            "article_id": article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "lat": None if self.lat is None else round(self.lat, 5),
            "lon": None if self.lon is None else round(self.lon, 5),
            "geonames_id": self.geonames_id,
            "country": self.country,
            "admin1": self.admin1,
            "precision": self.precision,
            "feature": self.feature,
        }


@dataclass
class TimeExpression:
    """A time expression in the text, resolved to a calendar date."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: str  # day | week | month | year
    end_date: dt.date | None = None  # for ranges ("between 3 and 5 May")
    para_start: int | None = None  # the paragraph the expression sits in (character offsets), so that a later
    para_end: int | None = None  # sentence of the same paragraph can inherit the date


@dataclass
class Casualties:
    killed: int | None = None
    killed_low: int | None = None
    killed_high: int | None = None
    civilians_killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    qualifier: str | None = None  # exact | at_least | at_most | about
    text: str | None = None

    def is_empty(self) -> bool:
        return self.killed is None and self.injured is None and self.civilians_killed is None and self.arrested is None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass
class Trigger:
    """The word (or phrase head) that signals an event mention."""

    kind: str
    i: int  # token index in the doc
    start: int  # character offset in the text
    text: str
    depth: int  # syntactic depth below the sentence root (light verbs lend their depth to their noun)


@dataclass
class EventType:
    """An event's type in the three taxonomies at once."""

    plover: str
    mode: str | None
    cameo: str | None
    acled_type: str | None
    acled_sub: str | None
    non_acled: str | None


@dataclass
class TollReport:
    """A cumulative, nationwide or war-long toll ("8,525 killed since 7 October"): article-level context, never the
    ``fatalities`` of an event."""

    article_id: str
    killed: int | None
    injured: int | None
    text: str
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Frame:
    """One event mention as a frame, on its way through the pipeline: its trigger and type, who did it to whom,
    when and where, its toll, who reports it, and what became of it (kept, merged into another mention's event, or
    dropped, and why)."""

    trigger: Trigger
    sentence: int
    sent_start: int
    sent_end: int
    sent_text: str
    modality: str
    etype: EventType
    patient_text: list[str] = field(default_factory=list)
    agent_text: str | None = None
    instrument: str | None = None  # small arms, heavy weapons, artillery, missile, aircraft, drone, IED, ...
    source: str | None = None  # "police said", "according to X": who reports it
    generic: bool = False  # a habitual or class statement: never an event
    anaphoric: bool = False  # refers back ("the attack", "the bomb exploded", "it exploded"): a known event
    hurt_only: bool = False  # a casualty report ("68 people were injured"): who was hurt, no doer
    continues: bool = False  # "fighting continued into the weekend": the event already told, going on
    background: bool = False  # names an antecedent, cause or purpose ("after the raid", "to end the raids")
    clause: int | None = None  # its clause verb, when coordinated clauses of its sentence tell different events
    clause_span: tuple[int, int] | None = None  # that clause's characters (without the clauses joined to it)
    # the characters of the sentence's participle clauses that describe people or things by another act done to them
    # ("a day of mourning for the 13 men shot dead by paratroopers in Londonderry"): their places are not this event's
    asides: list[tuple[int, int]] = field(default_factory=list)
    killed_uncounted: bool = False  # people told killed, in no number ("had killed and mutilated civilians")
    named_victim: bool = False  # its one victim is a person named by name ("after Indira Gandhi was shot dead")
    counted_from: bool = False  # told in a clause a count of days ties to its sentence's event ("a day after ...")
    # told in such a clause, even where its act is the story ("Troops patrolled Aden on Sunday, a day after crowds
    # burned the offices"): dated by the count
    counted_clause: bool = False
    # an act named by a noun a count of days ties to its sentence's event ("a day after the bloodiest clash yet"):
    # the sentence does not place it
    other_day_act: bool = False
    # dated by a count of days from an event its sentence names without a day ("The attack came a day after a
    # man killed three people in Nice"): reckoned from the report's day until the story's day is known
    offset_from_report: bool = False
    course: bool = False  # tells when a series of events began or ended ("the attacks began on Saturday night")
    # a side's account of its force as self-defence ("said officers had fired in self-defence after rioters ..."): it
    # refers to force told and says nothing of what kind of event that was
    justified: bool = False
    # what a change of territory took, when it is a list ("captured Kandahar and Herat"): each town is an event
    taken_span: tuple[int, int] | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    date: tuple[Any, str | None, str | None] = (None, None, None)
    date_anchor: str | None = None  # text | publication | narrative | fallback
    own_time: bool = False  # a time expression in its own sentence dates it
    location: Location | None = None
    fatalities: Casualties = field(default_factory=Casualties)
    rank: int = 0
    decision: str = "kept"  # kept | merged | dropped
    reason: str = ""
    merged_into: int | None = None  # index of the mention whose event this one joined
    members: list[int] = field(default_factory=list)  # for a kept mention: the mentions merged into its event

    def placed_here(self) -> bool:
        """Does the mention's own sentence name its place (not a place found nearby or in the article, nor the
        dateline that opens the lead: "MOGADISHU - Authorities have arrested ..." names where the reporter files; a
        round-up's paragraph that opens with its own town, "HERAT - Gunmen attacked ...", names where it happened)?"""
        text = self.location.text if self.location is not None else None
        if text is None or text == "" or text not in self.sent_text:
            return False
        lead = self.sent_start < 8  # the text's first sentence
        return not (lead and len(text) > 3 and text.isupper() and self.sent_text.lstrip().startswith(text))

    def audit(self, index: int) -> dict[str, Any]:
        """What ``sitroom extract --mentions`` prints for this mention."""
        return {
            "mention": index,
            "trigger": self.trigger.text,
            "kind": self.trigger.kind,
            "sentence": self.sent_text,
            "start": self.sent_start,
            "end": self.sent_end,
            "plover_event": self.etype.plover,
            "acled_sub_event_type": self.etype.acled_sub,
            "non_acled_type": self.etype.non_acled,
            "modality": self.modality,
            "agent": self.agent_text,
            "target": self.patient_text,
            "instrument": self.instrument,
            "source": self.source,
            "generic": self.generic,
            "anaphoric": self.anaphoric,
            "date": self.date[0].isoformat() if self.date[0] else None,
            "date_anchor": self.date_anchor,
            "place": self.location.name if self.location else None,
            "killed": self.fatalities.killed,
            "decision": self.decision,
            "reason": self.reason,
            "merged_into": self.merged_into,
        }


def clauses_apart(frames: list[Frame]) -> dict[int, list[tuple[int, int]]]:
    """Per sentence, the characters of the clauses told apart in it (``Frame.clause_span``): their places and tolls
    are their own events', not the sentence's other mentions'."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for f in frames:
        if f.clause_span is not None:
            spans.setdefault(f.sentence, []).append(f.clause_span)
    return spans


@dataclass
class Event:
    article_id: str
    plover_event: str
    evidence: Evidence
    salience_rank: int = 0
    plover_mode: str | None = None
    cameo_root: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    non_acled_type: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    other_actors: list[Actor] = field(default_factory=list)
    date: date | None = None
    date_precision: str | None = None
    date_text: str | None = None
    location: Location | None = None
    fatalities: Casualties = field(default_factory=Casualties)
    confidence: float = 0.5
    modality: str = "asserted"
    trigger: str | None = None  # the word that signals the event
    trigger_start: int | None = None  # its character offset in the article text
    mentions: list[Evidence] = field(default_factory=list)  # every sentence that reports this event
    date_anchor: str | None = None  # text | publication | narrative | fallback: how the date was found

    @property
    def admin2(self) -> str | None:
        """The second-level division of the event's place (``location.admin2``)."""
        return self.location.admin2 if self.location else None

    @property
    def admin3(self) -> str | None:
        """The third-level division of the event's place (``location.admin3``)."""
        return self.location.admin3 if self.location else None

    @property
    def geo_precision(self) -> int | None:
        """ACLED's geo_precision of the event's place, 1-3 (``location.geo_precision``)."""
        return self.location.geo_precision if self.location else None

    @property
    def event_id(self) -> str:
        """Stable id: the article, the evidence span and the trigger; same text, same id."""
        key = f"{self.article_id}|{self.evidence.start}|{self.evidence.end}|{self.trigger_start}|{self.plover_event}"
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The record of ``event.schema.json``."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "salience_rank": self.salience_rank,
            "plover_event": self.plover_event,
            "plover_mode": self.plover_mode,
            "cameo_root": self.cameo_root,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "non_acled_type": self.non_acled_type,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "other_actors": [a.to_dict() for a in self.other_actors],
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities.to_dict(),
            "evidence": {"sentence": self.evidence.sentence, "start": self.evidence.start, "end": self.evidence.end},
            "confidence": round(self.confidence, 3),
            "modality": self.modality,
            "trigger": self.trigger,
            "duplicate_of": None,  # deprecated in schema 1.2: reports of one event share a fused_id (sitroom.fusion)
            "mentions": [{"sentence": m.sentence, "start": m.start, "end": m.end} for m in self.mentions],
            "date_anchor": self.date_anchor,
            "schema_version": SCHEMA_VERSION,
        }
