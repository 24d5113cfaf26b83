"""The geoparser: recognition, then resolution, then ``Toponym`` records."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitroom.extract.lexicons import event_lexicon, reporting_verbs, word_lists
from sitroom.geo.context import TITLES
from sitroom.geo.gazetteer import PRECISION_OF_FEATURE, Gazetteer
from sitroom.geo.locate import SITE_NOUNS, focus_country
from sitroom.geo.names import fold
from sitroom.geo.recognize import find_mentions
from sitroom.geo.resolve import Candidate, Resolution, resolve_mentions
from sitroom.model import Toponym

__all__ = ["Geoparser"]

EVENT_PREPOSITIONS = word_lists("place_words.json").words("event_prepositions")
PLACE_NOUNS = word_lists("place_words.json").words("place_nouns")
REPORTING_VERBS = reporting_verbs("geoparser")
WEAK_SALIENCE = 0.5
DIRECTIONAL = word_lists("place_words.json").words("directional_prepositions")
_NAMED_SETTLEMENTS = word_lists("place_words.json").words("settlement_nouns")
_FEATURE_OUT = {"sea": "region", "river": "region", "feature": "region", "site": "region"}
# what makes a named place a reference point rather than the event's place (ACLED's geo_precision 2)
_NEAR = re.compile(
    r"\b(?:near|nearby|outside|around|close\s+to|outskirts\s+of|vicinity\s+of|not\s+far\s+from"
    r"|(?:km|kms|kilometres|kilometers|miles)\s+(?:\(\S+\s+miles?\)\s+)?(?:north|south|east|west|north-?east"
    r"|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+|city\s+of\s+)?$",
    re.IGNORECASE,
)

# "the East Coast of Demerara", "the West Coast of Scotland": a side of the place named after it, not the coast of
# the country a gazetteer region of that name lies in
_COMPASS_NAME = re.compile(r"^(?:north|south|east|west)(?:ern)?\s", re.IGNORECASE)
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


# "Via di San Basilio", "Piazza Venezia", "Plaza de Mayo": a street's or a square's name, opened by its word
_STREET_OPENERS = word_lists("place_words.json").words("street_openers")
_STREET_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(_STREET_OPENERS, key=len, reverse=True)) + r")\s+"
    r"(?:(?:di|del|della|dei|degli|de|des|du|la|le|da|do|dos|das)\s+){0,2}\Z"
)


# "the Miraflores district of the Peruvian capital", "a district of the city": a town's name with a district word,
# said to lie in a city
_DISTRICT_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_A_CITY = re.compile(r"\s+of\s+the\s+(?:[\w-]+\s+)?(?:capital|city)\b", re.IGNORECASE)


_FEATURE_HEADS = word_lists("place_words.json").words("feature_heads")
_AGAIN = 0.5  # the least salience that places an event told in its sentence (``locate.locate_event``)


def _described_again(found: list[tuple[Toponym, bool]], doc: Any) -> list[tuple[Toponym, bool]]:
    """Add "the canal", "the strip" told after "the Suez Canal", "the Gaza Strip": a definite description that
    refers back to the one natural feature of its kind the article named (not when it named two canals), in a
    sentence that names no other place ("striking airfields in Sinai and a barrage along the canal" is in Sinai)."""
    text = doc.text
    named: dict[str, list[Toponym]] = {}
    for t, unsure in found:
        last = t.text.split()[-1].lower() if " " in t.text else ""
        if not unsure and last in _FEATURE_HEADS and t.lat is not None and t.feature not in ("city", "demonym"):
            named.setdefault(last, []).append(t)
    added: list[tuple[Toponym, bool]] = []
    for head, ts in named.items():
        if len({t.name for t in ts}) != 1:
            continue
        first = ts[0]
        taken = {(t.start, t.end) for t in ts}
        for m in re.finditer(rf"\bthe ({head})\b", text):
            span = (m.start(1), m.end(1))
            sent = doc.char_span(span[0], span[1], alignment_mode="expand")
            lo_s, hi_s = (sent.sent.start_char, sent.sent.end_char) if sent is not None else span
            if any(lo_s <= t.start < hi_s and t.feature != "demonym" for t, _ in found):
                continue
            if m.start() > first.end and not any(lo <= span[0] < hi for lo, hi in taken):
                again = replace(first, start=span[0], end=span[1], text=m.group(1), score=min(first.score, _AGAIN))
                added.append((again, False))
    return sorted(found + added, key=lambda p: p[0].start) if added else found


def _of_a_city(t: Toponym, found: list[tuple[Toponym, bool]], text: str) -> bool:
    """Is the district ``t`` (a town's name with a district word) said to lie in a capital or a city ("the Miraflores
    district of the Peruvian capital", "the La Paz district of Lima")? Its town, the part of that city, is meant,
    not an administrative division ("the Lice district of the province of Diyarbakir")."""
    if not t.text.lower().endswith(("district", "districts")):
        return False
    if _A_CITY.match(text, t.end):
        return True
    joined = _DISTRICT_OF.match(text, t.end)
    return joined is not None and any(o.start == joined.end() and o.capital for o, _ in found)


# (two names joined, then the plural: not "patrolling London streets", the streets of a town)
_STREETS_NAMED = re.compile(r"\s+and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:streets|avenues|boulevards)\b")
_STREETS_AFTER = re.compile(r"\s+(?:streets|avenues|boulevards)\b")
_NAME_AND = re.compile(r"\b[A-Z][\w'-]+\s+and\s+\Z")
_RITE_AFTER = re.compile(r"\s+(?:procession|processions|feast|pilgrimage)\b")
# the buildings a list names ("eight churches ..., among them San Francisco and Santo Domingo")
_SITES_LISTED = re.compile(
    r"\b(?:churches|mosques|temples|synagogues|cathedrals|monasteries|schools|hospitals|hotels)\b[^.;:]{0,60}?"
    r"\b(?:among them|including|such as)\s+(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*(?:,\s+|\s+and\s+))*\Z"
)
_PLACES_BETWEEN = re.compile(r"\b(?:districts|cities|towns|regions|areas|counties|provinces|states|villages)\b")
_SCHOOL_OF = re.compile(r"\b(?:University|College|Institute|Academy) of\s+(?:the\s+)?\Z")


def _part_of_a_named_place(m: Any, text: str) -> bool:
    if fold(m.text).rstrip(".") in TITLES and re.match(r"\s+[A-Z][a-z]", text[m.end : m.end + 3]):
        return True  # "Trooper Berke Bates", "Sergeant Anton Berger": a rank before a name, not a town called Trooper
    if m.text in _STREET_OPENERS and re.match(r"\s+[A-Z]", text[m.end : m.end + 3]):
        return True  # "Piazza Venezia": the word that opens the square's name, not a town called Piazza
    if _STREET_NAME.search(text, max(0, m.start - 30), m.start):
        return True
    if _RITE_AFTER.match(text, m.end):
        return True  # "turned the Corpus Christi procession into a march": a feast's name, not a town's
    listed = _SITES_LISTED.search(text, max(0, m.start - 120), m.start)
    if listed is not None and not _PLACES_BETWEEN.search(listed.group()):
        # "at least eight churches in the city centre, among them San Francisco": a church's name (not "schools in
        # the state's largest districts remain shut, including Tulsa": districts, named after their towns)
        return True
    if _STREETS_NAMED.match(text, m.end) or (
        _STREETS_AFTER.match(text, m.end) and _NAME_AND.search(text, max(0, m.start - 40), m.start)
    ):
        return True  # "the corner of Arroyo and Suipacha streets": streets of a city named after towns
    return bool(_COMPASS_NAME.match(m.text)) and _OF_A_NAME.match(text, m.end) is not None


def salience(span: Any, feature: str) -> float:
    """How likely the place is where something happened, from its syntax (``Toponym.score``, 0..1).

    1.0: the object of a locative preposition on a verb ("clashed in Isiolo", "near Goris") or after a
    "LOCATION:"-style label; 0.8: on a noun ("officials in Baku"); 0.5: after "to"/"from" ("fled to Goris");
    0.6: other head uses (subject, object, apposition); 0.3: a modifier of another noun ("Kisumu highway",
    "Isiolo bandits", "Kenya Electricity Company"), but 0.8 for a town naming the site a locative preposition
    governs ("at the Addis Ababa headquarters of the network"); 0.1: a demonym.
    """
    if feature == "demonym":
        return 0.1
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.dep_ == "pobj"
        and before.lemma_.lower() in _NAMED_SETTLEMENTS | {"capital"}
        and root.head.i != before.i
    ):
        # "a device was found under an embassy vehicle in the Georgian capital Tbilisi", parsed with the name in
        # apposition to the device: the name of the place the preposition governs, as if hung on its noun
        return salience(span.doc[before.i : before.i + 1], feature)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in EVENT_PREPOSITIONS:
        # "attacked ... near X" (on the verb) rather than "officials in X" (on a noun); "officials in X said":
        # where the speaker is, not where it happened
        noun = head.head
        if noun.dep_ == "nsubj" and noun.head.lemma_ in REPORTING_VERBS:
            return 0.4
        if noun.lemma_ in REPORTING_VERBS and any(c.dep_ in ("ccomp", "parataxis") for c in noun.children):
            # "In Luanda, the Defence Ministry said aircraft had attacked a camp at Cassinga": where it was said
            return 0.4
        if head.lower_ == "to" and head.head.lower_ in ("next", "close"):
            return 1.0  # "a house in Morvant, next to Laventille": near it
        if head.lower_ == "to" and noun.lemma_.lower() in ("spread", "extend"):
            return 1.0  # "Looting spread to neighbouring St Paul": where it went on happening
        if head.lower_ in DIRECTIONAL:  # "travelling to X", "fled from X": where they went or came from
            return 0.5
        return 1.0 if noun.pos_ in ("VERB", "AUX") else 0.8
    if root.dep_ in ("compound", "amod", "nmod", "poss") and head.i >= span.end and head.lower_ not in PLACE_NOUNS:
        site = head.head
        named = _apposed_to(head)
        if named is not None:
            # "on Drottninggatan, Stockholm's busiest street": the town of a site named in apposition to the
            # object of the preposition
            site = named.head
        if (
            feature == "city"
            # a common noun, not the rest of a longer name ("Cairo University Press"), unless that name is a site's
            # ("near Dhaka College", "at Kabul University"): the site lies in the town
            and (head.pos_ == "NOUN" or (head.lower_ in SITE_NOUNS and not _placed_itself(head)))
            and (head.dep_ == "pobj" or named is not None)
            and site.lower_ in EVENT_PREPOSITIONS - DIRECTIONAL
        ):
            return 0.8  # "at the Addis Ababa headquarters", "in a Kabul hospital": the site lies in the town
        if feature == "city" and head.lower_ in SITE_NOUNS and head.dep_ in ("dobj", "nsubjpass"):
            return 0.8  # "attacked the Getafe district prison", "the Kabul hotel was stormed": so does a site acted on
        return 0.3
    if span.start > 0 and span.doc[span.start - 1].text in (":",) and span.start > 1:
        return 1.0
    if root.dep_ == "dobj" and head.lemma_.lower() == "reach" and _acts_spread(head):
        return 1.0  # "the riots reached Tunis": where they went on happening, as "spread to"
    return 0.6


def _acts_spread(verb: Any) -> bool:
    """Is the subject of the verb an act ("the riots", "the fighting"), not people who travel?"""
    kinds = event_lexicon().lemma_kinds
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in kinds for c in verb.children)


def _apposed_to(noun: Any) -> Any | None:
    """The object of a preposition that ``noun`` stands in apposition to, set off by a comma ("on Grafton Street,
    Dublin's busiest shopping street", whichever way the parser attached it), or None."""
    left = noun.left_edge
    if noun.dep_ not in ("appos", "npadvmod") or left.i < 2 or noun.doc[left.i - 1].text != ",":
        return None
    named = noun.doc[left.i - 2]
    while named.dep_ == "compound" and named.head.i > named.i:
        named = named.head
    return named if named.dep_ == "pobj" else None


def _placed_itself(site: Any) -> bool:
    """ "outside Cairo University in Giza": a named site whose own phrase says where it is."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near") for c in site.children)


class Geoparser:
    """Finds and resolves place names in a parsed spaCy ``Doc``.

    Each ``Toponym``'s ``score`` is its salience as an event place (see ``salience``), which ``locate_event`` uses.

    ``gazetteer`` may be handed in (tests build small ones); by default the cached index is loaded on first use.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def parse(self, doc: Any, for_events: bool = False) -> list[Toponym]:
        """Every place name of the document, resolved where the gazetteer knows it, in text order.

        ``for_events`` reads the places as event locations, the way event coders place them: names that only the
        gazetteer supports are added (kept when they lie in the article's focus country, or the article has none,
        with half their salience), a first-level division stands at its capital, and "the Uruguayan capital" is
        that capital city (a geoparser's reader wants the demonym as the country).
        """
        gaz = self.gazetteer
        mentions = [m for m in find_mentions(doc, gaz, weak=for_events) if not _part_of_a_named_place(m, doc.text)]
        found: list[tuple[Toponym, bool]] = []
        text = doc.text  # spaCy joins the tokens again on every access
        for r in resolve_mentions(mentions, gaz, text):
            t = self._toponym(r, gaz)
            if t is None:
                continue
            if (
                for_events
                and t.feature in ("admin1", "country")
                and _SCHOOL_OF.search(text, max(0, t.start - 40), t.start)
            ):
                continue  # "marched across the University of Virginia campus": a school's name, not the state
            t.score = salience(doc[r.mention.token_start : r.mention.token_end], t.feature)
            unsure = r.mention.source == "weak"
            if unsure:
                t.score *= WEAK_SALIENCE
            if for_events and r.candidate is not None:
                seat = self._seat(r.candidate, gaz)
                if seat is not None:
                    t.lat, t.lon = gaz.coords(seat)
            capital = self._capital_named(t, doc, r.mention.token_end, r.candidate, gaz) if for_events else None
            if capital is not None:
                t = capital  # "in the Uruguayan capital": the country's capital city is the event's place
            last = doc[r.mention.token_end - 1]
            t.modifier = last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ in ("NOUN", "PROPN")
            t.near = bool(_NEAR.search(text, max(0, t.start - 60), t.start)) or (
                r.candidate is not None and r.candidate.estimated
            )
            found.append((t, unsure))
        for t, _ in found:
            if t.precision == "admin2" and t.feature == "city" and _of_a_city(t, found, text):
                t.precision = "point"  # "in the Miraflores district of the Peruvian capital": a part of the city
        if for_events:
            found = _described_again(found, doc)
        focus = focus_country([t for t, unsure in found if not unsure], text)
        return [t for t, unsure in found if not unsure or focus is None or t.country == focus]

    def focus_country(self, toponyms: list[Toponym]) -> str | None:
        """The article's main country (ISO3), from its resolved toponyms."""
        return focus_country(toponyms)

    @staticmethod
    def _capital_named(t: Toponym, doc: Any, end: int, c: Candidate | None, gaz: Gazetteer) -> Toponym | None:
        """ "the Uruguayan capital": a country's capital called by its people's adjective, with no name of its own
        after it (not "the Ethiopian capital, Addis Ababa", which names it), is the capital city the text names
        elsewhere (its dateline, as a rule: a capital moved since, "Burundi's capital" in 2015, is not the
        gazetteer's)."""
        if t.feature != "demonym" or c is None or c.feature != "country" or end >= len(doc):
            return None
        word = doc[end]
        named = [w for w in doc[end + 1 : end + 3] if w.text != ","][:1]
        if word.lower_ != "capital" or (named and named[0].pos_ == "PROPN"):
            return None
        row = gaz.capital_of(c.cc)
        if row is None or fold(gaz.primary_name(row)) not in fold(doc.text):
            return None
        lat, lon = gaz.coords(row)
        return replace(
            t,
            end=word.idx + len(word.text),
            text=doc.text[t.start : word.idx + len(word.text)],
            name=gaz.primary_name(row),
            lat=lat,
            lon=lon,
            geonames_id=gaz.place(row).geonames_id,
            admin1=gaz.admin1_name(c.cc, gaz.admin1_code(row)),
            precision="point",
            feature="city",
            score=salience(doc[end : end + 1], "city"),
            capital=True,
        )

    @staticmethod
    def _seat(c: Candidate, gaz: Gazetteer) -> int | None:
        """The capital of a first-level division or of a region with a known seat (its gazetteer row)."""
        if c.feature == "admin1":
            return gaz.admin1_seat.get((c.cc, c.admin1))
        if c.feature == "region" and c.idx is not None:
            return gaz.region_seat.get(c.idx)
        return None

    @staticmethod
    def _toponym(r: Resolution, gaz: Gazetteer) -> Toponym | None:
        c, m = r.candidate, r.mention
        if c is None:
            return None
        feature = "demonym" if m.demonym is not None else _FEATURE_OUT.get(c.feature, c.feature)
        precision = PRECISION_OF_FEATURE.get(c.feature, "region")
        if m.unit == "admin2" and precision == "point":
            precision = "admin2"
        elif m.unit == "admin1" and precision == "point" and c.admin1:
            # "Donetsk Oblast" resolved to its eponymous town: the division is meant, placed at the town
            named = gaz.admin1_name(c.cc, c.admin1)
            if named is not None and fold(named) == m.key:
                precision = "admin1"
        admin1: str | None = None
        if c.feature == "admin1" and c.idx is not None:
            admin1 = c.name
        elif c.admin1 and c.cc:
            # a town, a district, or a region by the division of its seat; also a village the gazetteer lacks, kept
            # at its division's centre ("Kariene, Meru County" is in Meru)
            admin1 = gaz.admin1_name(c.cc, c.admin1)
        local = c.idx is not None and c.feature in ("city", "admin2")
        admin2 = gaz.admin2_name(c.idx) if local and c.idx is not None else None
        admin3 = gaz.admin3_name(c.idx) if local and c.idx is not None else None
        return Toponym(
            start=m.start,
            end=m.end,
            text=m.text,
            name=c.name,
            lat=c.lat,
            lon=c.lon,
            geonames_id=c.geonames_id,
            country=gaz.iso3.get(c.cc) if c.cc else None,
            admin1=admin1,
            precision=precision,
            feature=feature,
            admin2=admin2,
            admin3=admin3,
            capital=c.idx is not None and c.feature == "city" and c.idx in gaz.capitals,
        )
