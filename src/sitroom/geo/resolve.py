"""Toponym resolution: choosing, for every mention, the gazetteer entry it names.

Evidence combined into one score per candidate (all weights are in units of "one order of magnitude of
population"): the population prior; the kind of feature (countries, capitals and first-level divisions are named
more often than villages of the same size); whether the mention is the entry's own name or only an alternate
spelling; an administrative word in the mention ("Isiolo County", "Feni district"); containment ("Gainesville,
Ga.", "Goris, Armenia", "Feni Sadar, Chittagong"); the document's focus country and first-level division; and
coherence, i.e. nearness to the other places of the article. Resolution runs three passes so that the focus and
the coherence of one pass inform the next.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass

from sitroom.geo.gazetteer import Gazetteer, country_neighbours, data_text
from sitroom.geo.locate import dateline_end
from sitroom.geo.names import fold, haversine_km, in_country, own_form
from sitroom.geo.recognize import NameMention
from sitroom.geo.relative import CONTAINER_GAP, apply_text_geometry

__all__ = ["Candidate", "Resolution", "resolve_mentions"]

MAX_CANDIDATES = 60
MAX_POINTS = 300  # distinct names an article's coherence is measured against
FEATURE_PRIOR = {
    "country": 1.5,
    "admin1": 0.8,
    "continent": 1.0,
    "region": 0.0,
    "sea": 0.0,
    "river": 0.0,
    "feature": 0.0,
    "city": 0.0,
    "admin2": 0.0,
}
W_FOCUS_CC = 3.0
W_FOCUS_A1 = 3.0
W_NAMED_A1 = 3.0
CONTEXT_CAP = 100.0
W_COUNTRY_NAMESAKE = 4.0  # the article can outweigh at most six orders of magnitude of population
FOREIGN_FOCUS = 0.5  # share of its leading country from which an article rejects a division's foreign namesake
W_LOCAL = 4.0  # extra weight of the focus country in local news (counties, towns)
W_BORDER = 4.0  # a town the text says lies near a country's border: its namesakes in that country's neighbours
W_CALLED_CAPITAL = 6.0  # a name the text calls "the capital" right after it: a capital's namesakes give way
W_DATELINE = 8.0  # a dateline's town: the capital or the big city of its name, whatever the story names later
W_CAPITAL_NAMESAKE = 3.0  # a national capital's namesakes give way to it without evidence of their own
W_SENTENCE_COUNTRY = 3.0  # a town's namesake in a country its own sentence names
# the dateline's namesake in the country or division the story's "this Basque city" names: the reporter's own words
# for the town filed from outweigh the bureau's choice of the big namesake
W_DESCRIBED_TOWN = 10.0
W_DATELINE_COUNTRY = 3.0  # the vote of a country a dateline names, against one for each place the text names
W_PAIR = 1.0  # per other place of the article that could lie in the same first-level division
W_INSTITUTION = 3.0  # a town's namesake in the country whose police forces the article names ("state troopers")
AREA_FEATURES = {"country", "continent", "region", "sea", "river", "feature", "site"}


@dataclass(frozen=True)
class Candidate:
    idx: int | None  # gazetteer row (None for a US county placed by its state)
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str
    population: int
    feature: str
    geonames_id: int | None
    own_name: bool  # the mention is the entry's own name, not an alternate spelling
    estimated: bool = False  # put where the text's distance and bearing from a known place say (geo_precision 2)


@dataclass
class Resolution:
    mention: NameMention
    candidate: Candidate | None
    score: float = 0.0


def _candidates(m: NameMention, gaz: Gazetteer) -> list[Candidate]:
    rows = (m.demonym,) if m.demonym is not None else m.candidates
    out: list[Candidate] = []
    ranked = sorted(rows, key=gaz.population, reverse=True)[:MAX_CANDIDATES]
    for r in ranked:
        p = gaz.place(r)
        own = own_form(p.name) in (m.key, f"{m.key} city") or p.feature != "city" or m.demonym is not None
        out.append(Candidate(r, p.name, p.lat, p.lon, p.cc, p.admin1, p.population, p.feature, p.geonames_id, own))
    # a name that is a first-level division's own is that division, not another spelling of a town in its country
    # ("polling was suspended in Sabah and Sarawak": the state, not the town of Sabak Bernam)
    # (but its seat, that often bears its name: "the eastern city of Gedaref" is Al Qadarif)
    divisions = [c for c in out if c.feature == "admin1" and own_form(c.name) == m.key]
    countries = {c.cc for c in divisions}
    seats = {gaz.admin1_seat.get((c.cc, c.admin1)) for c in divisions}
    out = [c for c in out if not (c.feature == "city" and not c.own_name and c.cc in countries and c.idx not in seats)]
    county_key = m.key if m.key in gaz.counties else f"{m.key} county"
    if m.unit == "admin2" and county_key in gaz.counties:
        for state in gaz.counties[county_key]:
            sidx = gaz.admin1_idx.get(("US", state))
            if sidx is None:
                continue
            lat, lon = gaz.coords(sidx)
            name = county_key.title()
            out.append(Candidate(None, name, lat, lon, "US", state, gaz.population(sidx) // 50, "admin2", None, True))
    return out


def _inside(c: Candidate, container: Candidate) -> bool:
    if container.feature == "country":
        return in_country(c.cc, container.cc) and c is not container
    if container.feature == "admin1":
        return c.cc == container.cc and c.admin1 == container.admin1 and c.feature != "admin1"
    if container.feature == "city":
        return (
            c.feature == "city" and c is not container and haversine_km(c.lat, c.lon, container.lat, container.lon) < 60
        )
    if container.feature in ("region", "admin2"):
        return c.cc == container.cc and haversine_km(c.lat, c.lon, container.lat, container.lon) < 250
    return False


def _containers(mentions: list[NameMention], text: str) -> dict[int, int]:
    """m -> n where mention n names the place that contains mention m ("X, Y", "X in Y", "X (Y)")."""
    out: dict[int, int] = {}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end : b.start]
        if len(gap) <= 30 and CONTAINER_GAP.match(gap):
            out[i] = i + 1
    return out


def _base_score(c: Candidate, m: NameMention, gaz: Gazetteer) -> float:
    s = math.log10(c.population + 100)
    s += FEATURE_PRIOR.get(c.feature, 0.0)
    if c.idx is not None and c.idx in gaz.capitals:
        s += 2.0
    if not c.own_name:
        s -= 0.8
    if m.unit in ("admin1", "admin2"):
        s += 3.0 if c.feature in ("admin1", "admin2") else (-3.0 if c.feature in AREA_FEATURES else 0.0)
    elif m.unit == "city":
        s += 2.0 if c.feature == "city" else -1.0
    elif m.unit == "region" and c.feature in ("region", "admin1", "country"):
        s += 1.0
    if c.feature == "admin2" and m.unit is None:
        s -= 1.0
    return s


_CALLED_CAPITAL = re.compile(r",\s+the\s+(?:\w+\s+)?capital\b")


def _as_filed_from(
    mentions: list[NameMention],
    cands: list[list[Candidate]],
    choice: list[int | None],
    contained_by: dict[int, int],
    filed: int,
) -> None:
    """ "GEORGETOWN, June 14 - ... a bomb exploded in a car in Georgetown": the town the story is filed from is the
    town its text names by the same name, unless the text says which other one it means ("Georgetown, Ohio")."""
    lead = next((i for i, m in enumerate(mentions) if m.dateline and m.start < filed and choice[i] is not None), None)
    if lead is None:
        return
    pick = choice[lead]
    town = cands[lead][pick] if pick is not None else None
    if town is None or town.feature != "city" or town.idx is None:
        return
    for i, m in enumerate(mentions):
        if i == lead or m.key != mentions[lead].key or i in contained_by or m.demonym is not None:
            continue
        same = next((k for k, c in enumerate(cands[i]) if c.idx == town.idx), None)
        if same is not None:
            choice[i] = same


@functools.lru_cache(maxsize=1)
def _institutions() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names of ``data/geo/national_bodies.tsv`` as one pattern, and each name's country."""
    rows = [line.split("\t") for line in data_text("national_bodies.tsv").splitlines() if line and line[0] != "#"]
    codes = {r[0]: r[1].strip() for r in rows[1:]}
    return re.compile(r"\b(" + "|".join(re.escape(name) for name in codes) + r")\b"), codes


def _institution_countries(text: str) -> set[str]:
    """The countries whose national institutions the text names ("sent 300 state troopers into the city": the United
    States), from ``data/geo/national_bodies.tsv``."""
    names, codes = _institutions()
    return {codes[m.group(1)] for m in names.finditer(text)}


def resolve_mentions(mentions: list[NameMention], gaz: Gazetteer, text: str) -> list[Resolution]:
    """The chosen candidate of every mention (None when the gazetteer has nothing for it)."""
    memo: dict[tuple[str, str | None, int | None], list[Candidate]] = {}
    cands = []
    for m in mentions:
        key = (m.key, m.unit, m.demonym)
        if key not in memo:
            memo[key] = _candidates(m, gaz)
        cands.append(memo[key])
    contained_by = _containers(mentions, text)
    filed = dateline_end(text)
    cands = _country_stated(mentions, cands, contained_by, gaz)
    base = [[_base_score(c, m, gaz) for c in cs] for m, cs in zip(mentions, cands, strict=True)]
    # the countries whose capitals the article names by their own names (a story of the world's capitals)
    world = {
        c.cc
        for cs in cands
        if not any(x.feature == "country" for x in cs)
        for c in cs
        if c.idx is not None and c.idx in gaz.capitals and c.own_name and c.cc
    }
    institutions = _institution_countries(text)
    described = _described_towns(mentions, cands, text) if filed else set()
    for m_i, (m, cs, bs) in enumerate(zip(mentions, cands, base, strict=True)):
        # a division and its eponymous city ("New York", "Kano", "Isiolo"): the city, unless a unit word says not
        cities = {(c.cc, c.admin1) for c in cs if c.feature == "city" and c.own_name}
        # a town that bears a country's name ("China, Texas", "Lebanon, Indiana") needs strong local evidence
        if any(c.feature == "country" or (c.feature in AREA_FEATURES and c.population >= 1000000) for c in cs):
            for k, c in enumerate(cs):
                if c.feature == "city":
                    bs[k] -= W_COUNTRY_NAMESAKE
        for k, c in enumerate(cs):
            if c.feature == "admin1" and (c.cc, c.admin1) in cities and m.unit is None:
                bs[k] -= 1.5
        capital = {c.cc for c in cs if c.idx is not None and c.idx in gaz.capitals and c.own_name}
        if capital and len(world - capital) >= 2:
            # "marched in Rome", in a story of rallies in London, Berlin and Madrid: a country's capital, not a town
            # named after it, where the article names the capitals of two other countries (local news names its own
            # Paris or Moscow, and rarely two foreign capitals); not where the text names the town's state or
            # country beside it ("Rome, Georgia")
            for k, c in enumerate(cs):
                if c.feature == "city" and not (c.idx is not None and c.idx in gaz.capitals):
                    bs[k] -= W_CAPITAL_NAMESAKE
        # (among namesakes in several countries; not a name that is a country's own, "China")
        abroad = len({c.cc for c in cs if c.feature == "city"}) >= 2 and not any(c.feature == "country" for c in cs)
        named_here = _countries_in_sentence(mentions, cands, m, text) if abroad else set()
        if named_here:
            # "in Australia, where more than 100,000 people marched through Melbourne": the namesake in the country
            # the sentence names
            for k, c in enumerate(cs):
                if c.feature == "city" and c.cc in named_here:
                    bs[k] += W_SENTENCE_COUNTRY
        if abroad and (bodies := institutions & {c.cc for c in cs if c.feature == "city"}):
            # "BIRMINGHAM - ... Sheriff's deputies said ...": the namesake in the country whose institution the article
            # names
            for k, c in enumerate(cs):
                if c.feature == "city" and c.cc in bodies:
                    bs[k] += W_INSTITUTION
        if _CALLED_CAPITAL.match(text, m.end):
            # "came ashore near Stanley, the capital": of its namesakes, the town that is a country's capital
            for k, c in enumerate(cs):
                if c.idx is not None and c.idx in gaz.capitals:
                    bs[k] += W_CALLED_CAPITAL
        border = _border_named(text, m.end, gaz)
        if border is not None:
            # "30 km north of San Carlos, near the Costa Rican border": of the namesakes, one in a country that has
            # that border
            near = country_neighbours().get(border, frozenset())
            for k, c in enumerate(cs):
                if c.cc in near:
                    bs[k] += W_BORDER
        if m.dateline and m_i not in contained_by:
            # "WASHINGTON, April 6 - ": agencies file from cities where they keep a bureau, the capital or the big
            # city of the name, not from the small namesake a state the story names elsewhere would favour ("PARIS,
            # Texas - " names its state)
            towns = [k for k, c in enumerate(cs) if c.feature == "city"]
            # (of the namesakes in the country whose national institutions the story names, when there are any)
            towns = [k for k in towns if cs[k].cc in institutions] or towns
            if towns:
                bs[max(towns, key=lambda k: _filed_from(cs[k], gaz) - (0.0 if cs[k].own_name else 0.8))] += W_DATELINE
            for k in towns:
                if (cs[k].cc, cs[k].admin1) in described:
                    bs[k] += (
                        W_DESCRIBED_TOWN  # "VITORIA - ... in this Basque city": Vitoria-Gasteiz, not Vitoria, Brazil
                    )
    contains: dict[int, list[int]] = {}
    for a, b in contained_by.items():
        contains.setdefault(b, []).append(a)
    pair = _pair_support(mentions, cands)
    first = [[b + p for b, p in zip(bs, ps, strict=True)] for bs, ps in zip(base, pair, strict=True)]
    choice: list[int | None] = [_argmax(sc) for sc in first]
    margins = [_margin(sc) for sc in first]
    # a name found only by another spelling follows the article's places and does not lead them: it casts no vote
    guesses = {i for i, m in enumerate(mentions) if m.source == "variant"}
    for _ in range(3):
        voting = [None if i in guesses else k for i, k in enumerate(choice)]
        focus = _Focus(mentions, cands, voting, margins, filed)
        local = _locality(cands, voting, margins)
        seen: dict[str, tuple[int, Candidate]] = {}
        for i, chosen_k in enumerate(voting):
            if chosen_k is not None:
                seen.setdefault(mentions[i].key, (i, cands[i][chosen_k]))
        points = list(seen.values())[:MAX_POINTS]
        reps = [i for i, _ in points]
        context: dict[tuple[str, str | None, int | None], list[float]] = {}
        named_a1 = {}
        for i, c in points:
            if c.feature == "admin1" and mentions[i].demonym is None:
                named_a1[(c.cc, c.admin1)] = mentions[i].key
        new: list[int | None] = []
        for i, (m, cs) in enumerate(zip(mentions, cands, strict=True)):
            if not cs:
                new.append(None)
                continue
            ckey = (m.key, m.unit, m.demonym)
            if ckey not in context:  # the article's context is the same for every mention of one name
                ctx = []
                for k, c in enumerate(cs):
                    s = pair[i][k]
                    s += (W_FOCUS_CC + W_LOCAL * local) * focus.country(m.key, c.cc)
                    if c.feature in ("city", "admin2", "admin1"):
                        s += W_FOCUS_A1 * focus.admin1(m.key, (c.cc, c.admin1))
                    s += _coherence(c, i, m, points)
                    if c.feature in ("city", "admin2") and named_a1.get((c.cc, c.admin1), m.key) != m.key:
                        s += W_NAMED_A1
                    if c.feature in ("admin1", "country"):
                        s += _support(c, i, mentions, cands, choice, reps)
                    ctx.append(min(s, CONTEXT_CAP))
                context[ckey] = ctx
            scores = []
            for k, c in enumerate(cs):
                s = base[i][k] + context[ckey][k]
                j = contained_by.get(i)
                if j is not None and cands[j]:
                    s += 4.0 if any(_inside(c, x) for x in cands[j]) else -0.5
                for a in contains.get(i, ()):
                    if any(_inside(x, c) for x in cands[a]):
                        s += 2.0
                scores.append(s)
            new.append(_argmax(scores))
            margins[i] = _margin(scores)
        if new == choice:
            break
        choice = new
    _as_filed_from(mentions, cands, choice, contained_by, filed)
    voting = [None if i in guesses else k for i, k in enumerate(choice)]
    focus = _Focus(mentions, cands, voting, margins, filed)
    # the countries the article names, itself or by a division or a demonym
    named_cc = {cands[i][k].cc for i, k in enumerate(voting) if k is not None and cands[i][k].feature != "city"}
    for i, pick in enumerate(choice):
        if pick is None:
            continue
        c = cands[i][pick]
        if i in guesses:
            # a name found only by another spelling ("Tajoura" for Tajura) must lie in the country the article is
            # about: one it names, where most of its other places lie
            share = focus.country(mentions[i].key, c.cc)
            if c.cc not in named_cc or share == 0.0 or share < focus.leader(mentions[i].key):
                choice[i] = None
        elif _foreign_namesake(mentions[i], c, focus) or _section_abroad(mentions[i], c, focus, filed):
            choice[i] = None
        elif (own := _section_own_name(mentions[i], c, cands[i], focus, filed)) is not None:
            choice[i] = own
    picked: list[Candidate | None] = [None if k is None else cands[i][k] for i, k in enumerate(choice)]
    placed = apply_text_geometry(mentions, picked, gaz, text)
    out = []
    for i, m in enumerate(mentions):
        chosen = choice[i]
        if placed[i] is not picked[i]:
            out.append(Resolution(m, placed[i], 0.0))
        elif chosen is None:
            out.append(Resolution(m, None, 0.0))
        else:
            c = _seat(cands[i][chosen], m, cands[i])
            out.append(Resolution(m, _anchor(c, i, mentions, cands, choice, gaz), base[i][chosen]))
    return out


# "near the Costa Rican border", "close to the border with Chad", "on the Syrian frontier": a border the text puts
# right after a town's name
_NEAR_BORDER = re.compile(
    r"[^.;]{0,40}?\b(?:near|on|along|close\s+to|by|at|from)\s+the\s+"
    r"(?:([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:border|frontier)|(?:border|frontier)\s+with\s+"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))"
)


def _border_named(text: str, end: int, gaz: Gazetteer) -> str | None:
    """The country (ISO code) whose border the text names right after a place name, by its name or its adjective."""
    hit = _NEAR_BORDER.match(text, end)
    if hit is None:
        return None
    name = fold(hit.group(1) or hit.group(2))
    dem = gaz.demonyms.get(name)
    if dem is not None:
        return gaz.place(dem).cc
    for r in gaz.lookup(name):
        if gaz.feature(r) == "country":
            return gaz.place(r).cc
    return None


def _filed_from(c: Candidate, gaz: Gazetteer) -> float:
    """How likely an agency files from the town: its size, and more for a country's capital."""
    return math.log10(c.population + 100) + (2.0 if c.idx is not None and c.idx in gaz.capitals else 0.0)


def _country_stated(
    mentions: list[NameMention], cands: list[list[Candidate]], contained_by: dict[int, int], gaz: Gazetteer
) -> list[list[Candidate]]:
    """ "KINGSTON, Jamaica", "Kingston, Jamaica": a name after a town's comma that a country bears, where that town's
    likeliest namesake lies, is that country, and the town and every other mention of either name lie in it (not
    Jamaica, Queens, and Kingston, New York, in a story that names the United States); "Atlanta, Georgia" keeps the
    state, for the likeliest Atlanta is not in the country Georgia."""
    stated: dict[str, str] = {}
    for a, b in contained_by.items():
        countries = [c for c in cands[b] if c.feature == "country"]
        if not countries or not cands[a] or mentions[a].demonym is not None:
            continue
        top = max(cands[a], key=lambda c: _base_score(c, mentions[a], gaz))
        country = countries[0].cc
        if country and top.cc == country:
            stated.setdefault(mentions[b].key, country)
            stated.setdefault(mentions[a].key, country)
    if not stated:
        return cands
    out = []
    for m, cs in zip(mentions, cands, strict=True):
        cc = stated.get(m.key)
        kept = [c for c in cs if c.cc == cc] if cc is not None and m.demonym is None else cs
        out.append(kept or cs)
    return out


def _foreign_namesake(m: NameMention, c: Candidate, focus: _Focus) -> bool:
    """A division named as one ("Soum Province") whose only match is a town of another country than the one the
    rest of the article is in (a village Soum in Senegal): better no place than one in the wrong country."""
    if m.unit not in ("admin1", "admin2") or c.feature != "city" or not c.cc:
        return False
    return focus.country(m.key, c.cc) == 0.0 and focus.leader(m.key) >= FOREIGN_FOCUS


SECTION_TOWN_POP = 100000  # a round-up section's town abroad that small is a namesake of a place the gazetteer lacks
SECTION_ABROAD_SHARE = 0.25  # ... in a country with less than this share of the leading country's votes


def _section_abroad(m: NameMention, c: Candidate, focus: _Focus, filed: int) -> bool:
    """A round-up's section town ("ALDGATE - The first explosion ...", in a story filed from London) whose only
    match is a small town of a country the rest of the article hardly names (an Aldgate in Australia): the section
    names a part of the story's city the gazetteer lacks; better no place than one abroad."""
    if not m.dateline or m.start < filed or c.feature != "city" or not c.cc or c.population >= SECTION_TOWN_POP:
        return False
    leader = focus.leader(m.key)
    return leader >= FOREIGN_FOCUS and focus.country(m.key, c.cc) < SECTION_ABROAD_SHARE * leader


def _section_own_name(m: NameMention, c: Candidate, cs: list[Candidate], focus: _Focus, filed: int) -> int | None:
    """A round-up's section town read as a bigger city abroad that bears its name only as another name ("TALAS - "
    as Taraz, once called Talas, in a story of Kyrgyzstan): a dateline prints a town's own name, and a section tells
    of the story's country; the town of that name in the article's leading country, when there is one."""
    if not m.dateline or m.start < filed or c.own_name or not c.cc:
        return None
    leader = focus.leader(m.key)
    if leader < FOREIGN_FOCUS or focus.country(m.key, c.cc) >= leader:
        return None
    home = [
        k
        for k, x in enumerate(cs)
        if x.feature == "city" and x.own_name and x.cc and focus.country(m.key, x.cc) >= leader
    ]
    return max(home, key=lambda k: cs[k].population) if home else None


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "in this Basque city", "this Ukrainian port": the town the reporter files from, described by its people's name
_THIS_BEFORE = re.compile(r"\bthis\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)
_TOWN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:city|town|port|village|capital)\b", re.IGNORECASE)


def _described_towns(mentions: list[NameMention], cands: list[list[Candidate]], text: str) -> set[tuple[str, str]]:
    """The divisions (ISO2, admin1) whose people's name describes "this city" in the text ("in this Basque city"):
    where the town the article is filed from lies."""
    out: set[tuple[str, str]] = set()
    for o, cs in zip(mentions, cands, strict=True):
        if o.demonym is None or not _THIS_BEFORE.search(text, max(0, o.start - 30), o.start):
            continue
        if not _TOWN_AFTER.match(text, o.end):
            continue
        # (a division's people only: a nation's name tells who lives there, not the state, "this Serb village" in
        # Kosovo)
        out |= {(c.cc, c.admin1) for c in cs if c.cc and c.feature == "admin1"}
    return out


_IN_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _countries_in_sentence(
    mentions: list[NameMention], cands: list[list[Candidate]], m: NameMention, text: str
) -> set[str]:
    """The countries (ISO2) the sentence of mention ``m`` names as a place ("in Australia", "across Spain"): by their
    own name, not a demonym, after "in", "across" or "throughout"; ``m`` itself left out."""
    lo = max((x.end() for x in _SENTENCE_END.finditer(text, 0, m.start)), default=0)
    end = _SENTENCE_END.search(text, m.end)
    hi = end.start() if end is not None else len(text)
    out: set[str] = set()
    for o, cs in zip(mentions, cands, strict=True):
        if o is m or o.demonym is not None or not lo <= o.start < hi or o.key == m.key:
            continue
        countries = [c for c in cs if c.feature == "country" and c.cc and c.own_name]
        # (a country told as a place, "in Australia, where ...", not as whose troops or embassy)
        if len(countries) == 1 and _IN_BEFORE.search(text, max(0, o.start - 8), o.start):
            out.add(countries[0].cc)
    return out


def _margin(scores: list[float]) -> float:
    """How sure a choice is: the lead of the best candidate over the runner-up, capped at 1."""
    if len(scores) < 2:
        return 1.0
    a, b = sorted(scores, reverse=True)[:2]
    return min(1.0, 0.25 + (a - b) / 2)


def _argmax(scores: list[float]) -> int | None:
    if not scores:
        return None
    return max(range(len(scores)), key=scores.__getitem__)


class _Focus:
    """The article's focus country and first-level division, leaving out the mention being resolved.

    Each mention votes for the country (and division) of its current choice, weighted by how sure that choice is;
    a name's own votes are left out when it is resolved, so that "Paris" cannot vote itself into France.
    """

    def __init__(
        self,
        mentions: list[NameMention],
        cands: list[list[Candidate]],
        choice: list[int | None],
        margins: list[float],
        filed: int = 0,
    ) -> None:
        self.cc: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.a1: dict[str, dict[tuple[str, str], float]] = defaultdict(lambda: defaultdict(float))
        self.cc_all: dict[str, float] = defaultdict(float)
        self.a1_all: dict[tuple[str, str], float] = defaultdict(float)
        for m, cs, k, conf in zip(mentions, cands, choice, margins, strict=True):
            if k is None or not cs[k].cc:
                continue
            c = cs[k]
            w = (0.5 if m.demonym is not None else 1.0) * conf
            if m.start < filed and c.feature == "country":
                w = max(w, W_DATELINE_COUNTRY)  # "PORT OF SPAIN, Trinidad, July 30 - ": the story's country
            self.cc[m.key][c.cc] += w
            self.cc_all[c.cc] += w
            if c.feature in ("city", "admin1", "admin2") and c.admin1:
                self.a1[m.key][(c.cc, c.admin1)] += w
                self.a1_all[(c.cc, c.admin1)] += w
        self.cc_total = sum(self.cc_all.values())
        self.a1_total = sum(self.a1_all.values())

    def country(self, key: str, cc: str) -> float:
        own = self.cc.get(key, {})
        total = self.cc_total - sum(own.values())
        return (self.cc_all.get(cc, 0.0) - own.get(cc, 0.0)) / total if total > 1e-9 else 0.0

    def leader(self, key: str) -> float:
        """The share of the article's leading country, leaving out ``key``'s own votes (0 with no other place)."""
        own = self.cc.get(key, {})
        total = self.cc_total - sum(own.values())
        if total <= 1e-9:
            return 0.0
        return max((v - own.get(cc, 0.0)) / total for cc, v in self.cc_all.items())

    def admin1(self, key: str, a1: tuple[str, str]) -> float:
        own = self.a1.get(key, {})
        total = self.a1_total - sum(own.values())
        return (self.a1_all.get(a1, 0.0) - own.get(a1, 0.0)) / total if total > 1e-9 else 0.0


def _pair_support(mentions: list[NameMention], cands: list[list[Candidate]]) -> list[list[float]]:
    """For each candidate, how many other (distinct) mentions could lie in its first-level division (capped at 2)."""
    by_key: dict[str, set[tuple[str, str]]] = {}
    for m, cs in zip(mentions, cands, strict=True):
        by_key.setdefault(m.key, set()).update(
            (c.cc, c.admin1) for c in cs if c.admin1 and c.own_name and c.feature in ("city", "admin2")
        )
    # a mention that could be anywhere ("Washington", "Springfield") says little about where the others are
    weight = {k: 1.0 if len(v) <= 3 else (0.5 if len(v) <= 10 else 0.25) for k, v in by_key.items()}
    totals: dict[tuple[str, str], float] = defaultdict(float)
    for key, a1s in by_key.items():
        for a1 in a1s:
            totals[a1] += weight[key]
    out: list[list[float]] = []
    memo: dict[tuple[str, str | None, int | None], list[float]] = {}
    for m, cs in zip(mentions, cands, strict=True):
        mkey = (m.key, m.unit, m.demonym)
        if mkey in memo:
            out.append(memo[mkey])
            continue
        row: list[float] = []
        memo[mkey] = row
        for c in cs:
            if c.feature not in ("city", "admin2") or not c.admin1 or not c.own_name:
                row.append(0.0)
                continue
            a1 = (c.cc, c.admin1)
            n = totals.get(a1, 0.0) - (weight[m.key] if a1 in by_key[m.key] else 0.0)
            row.append(W_PAIR * min(n, 2.0))
        out.append(row)
    return out


def _locality(cands: list[list[Candidate]], choice: list[int | None], margins: list[float]) -> float:
    """0..1: how much the article reads as local news (counties, small towns), where the focus country rules."""
    n = 0.0
    for cs, k, conf in zip(cands, choice, margins, strict=True):
        if k is None:
            continue
        c = cs[k]
        if c.feature == "admin2" or (c.feature == "city" and c.population < 100000 and conf >= 0.75):
            n += 1.0
    return min(1.0, n / 3)


def _support(
    c: Candidate,
    i: int,
    mentions: list[NameMention],
    cands: list[list[Candidate]],
    choice: list[int | None],
    reps: list[int],
) -> float:
    """A division or country is likelier when other places of the article could lie inside it."""
    could = chosen = False
    for j in reps:
        cs = cands[j]
        if j == i or mentions[j].key == mentions[i].key:
            continue
        k = choice[j]
        if k is not None and _inside(cs[k], c):
            chosen = True
            break
        if not could and any(_inside(x, c) for x in cs):
            could = True
    return 2.0 if chosen else (1.0 if could else 0.0)


def _coherence(c: Candidate, i: int, m: NameMention, points: list[tuple[int, Candidate]]) -> float:
    if c.feature in AREA_FEATURES:
        return 0.0
    best = math.inf
    for j, p in points:
        if j == i or p.feature in AREA_FEATURES or p.name == c.name:
            continue
        best = min(best, haversine_km(c.lat, c.lon, p.lat, p.lon))
    if best < 50:
        return 1.5
    if best < 150:
        return 1.0
    if best < 400:
        return 0.5
    return 0.0


def _seat(c: Candidate, m: NameMention, cs: list[Candidate]) -> Candidate:
    """ "Mandera District", "Lamu County": a division named after its seat is placed at the seat (as event coders
    do), keeping the division's name and precision; a division named on its own keeps its centre."""
    if c.feature != "admin1" or m.unit not in ("admin1", "admin2"):
        return c
    seats = [x for x in cs if x.feature == "city" and x.own_name and (x.cc, x.admin1) == (c.cc, c.admin1)]
    if not seats:
        return c
    seat = max(seats, key=lambda x: x.population)
    return Candidate(c.idx, c.name, seat.lat, seat.lon, c.cc, c.admin1, c.population, c.feature, c.geonames_id, True)


def _anchor(
    c: Candidate,
    i: int,
    mentions: list[NameMention],
    cands: list[list[Candidate]],
    choice: list[int | None],
    gaz: Gazetteer,
) -> Candidate:
    """A US county has no coordinates of its own: the article's places in that state, else a town of its name."""
    if c.idx is not None or c.feature != "admin2":
        return c
    pts = [
        cands[j][k]
        for j, k in enumerate(choice)
        if k is not None
        and j != i
        and cands[j][k].feature == "city"
        and cands[j][k].admin1 == c.admin1
        and cands[j][k].cc == c.cc
    ]
    if pts:
        lat = sum(p.lat for p in pts) / len(pts)
        lon = sum(p.lon for p in pts) / len(pts)
        return Candidate(None, c.name, lat, lon, c.cc, c.admin1, c.population, c.feature, None, True)
    base = mentions[i].key.removesuffix(" county").removesuffix(" parish")
    towns = [r for r in gaz.lookup(base) if gaz.country(r) == c.cc and gaz.admin1_code(r) == c.admin1]
    if towns:
        lat, lon = gaz.coords(max(towns, key=gaz.population))
        return Candidate(None, c.name, lat, lon, c.cc, c.admin1, c.population, c.feature, None, True)
    return c
