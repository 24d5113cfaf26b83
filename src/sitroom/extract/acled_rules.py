"""The ACLED codebook's tie-breaks between sub-event types, over the words around an event.

:func:`acled_sub_type` decides the ACLED sub-event type of an event from the kinds of trigger in its scene (see
``data/event_lexicon.json``), the cue words of its scope and the phrases naming its agent and patient. The rules
follow the definitions of the ACLED Codebook (2023): who the sides are (an organised armed group, the state, a crowd
of ordinary people), what weapons were used, whether a demonstration took place and how it was met, and whether a
place changed hands in a fight.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from sitroom.extract._codebook_words import (
    ARMED_OBJECT,
    ARMED_VICTIMS,
    BEATEN,
    BOMB_USED,
    CAPTORS_HIT,
    CIVIL_CAMP_NAMED,
    CIVIL_CONVOY,
    EXCESSIVE,
    EXPLOSIVE_DEVICE,
    FORCE_ON_DEMO,
    GROUND_FIGHT,
    GUNS,
    HOSTAGE,
    MOB_WORDS,
    MOVEMENT_ARMY,
    PATIENT_HEAD,
    PEOPLE_TAKEN,
    PLACE,
    POLITICAL_ARMED,
    RETOLD_DEATH,
    SEIZED_ARMS,
    SYMBOLIC_BURNING,
    THROWN,
    TOPIC,
    WEAPON_ONLY_IN_RIOTS,
    animals_pattern,
    body_members,
    goods_taken_pattern,
    is_armed,
    is_crowd,
    lethal_here,
    names_group,
    one_person,
    patient_armed,
    seized_not_place,
    territory_change,
)
from sitroom.extract.lexicons import event_lexicon, load_data, word_lists

__all__ = ["CodebookRule", "acled_sub_type", "codebook_rule", "codebook_rules"]


@dataclass(frozen=True)
class CodebookRule:
    """One row of ``data/codebook.json``: the sub-event type ``sub`` when every ``when`` feature holds and no
    ``unless`` feature does; ``cite`` names the codebook section it implements."""

    id: str
    sub: str
    when: tuple[str, ...]
    unless: tuple[str, ...]
    cite: str


@lru_cache(maxsize=1)
def codebook_rules() -> tuple[CodebookRule, ...]:
    """The decision table of ``data/codebook.json``, in the order its rules are tried."""
    raw = load_data("codebook.json")
    known = set(raw["features"])
    rules = []
    for r in raw["rules"]:
        unknown = [f for f in (*r["when"], *r["unless"]) if f not in known or f not in _FEATURES]
        if unknown:
            raise ValueError(f"codebook.json rule {r['id']}: unknown features {unknown}")
        rules.append(CodebookRule(r["id"], r["sub"], tuple(r["when"]), tuple(r["unless"]), r["cite"]))
    return tuple(rules)


class _Scene:
    """The features of one event's scene that the codebook's rules test, each computed once when first asked."""

    def __init__(
        self,
        kinds: set[str],
        scope: str,
        patients: list[str],
        label: str | None,
        agent: str | None,
        sentence: str | None,
        own: str | None,
    ) -> None:
        self.kinds, self.scope, self.patients, self.label = kinds, scope, patients, label
        self.agent, self.sentence, self.own = agent, sentence, own
        self.ctx = event_lexicon().context
        self.cache: dict[str, bool] = {}

    def has(self, feature: str) -> bool:
        if feature not in self.cache:
            self.cache[feature] = _FEATURES[feature](self)
        return self.cache[feature]

    def cue(self, name: str, text: str | None = None) -> bool:
        return bool(self.ctx[name].search(self.scope if text is None else text))

    @cached_property
    def agent_low(self) -> str:
        return (self.agent or "").lower()

    @cached_property
    def lone(self) -> bool:
        """The doer is one person ("a 17-year-old youth"), no crowd (:func:`one_person`)."""
        return one_person(self.agent_low, self.local)

    @cached_property
    def crowd(self) -> bool:
        return is_crowd(self.agent) and not self.lone

    @cached_property
    def riot_weapons(self) -> bool:
        return bool(WEAPON_ONLY_IN_RIOTS.search(self.scope))

    @cached_property
    def calm(self) -> str:
        """The scope without its grievances ("protest against the arrest of ...") and its symbols burned ("burned
        effigies of the president")."""
        return SYMBOLIC_BURNING.sub(" ", TOPIC.sub(" ", RETOLD_DEATH.sub(" ", self.scope)))

    @cached_property
    def without_animals(self) -> str:
        """The scope without animals harmed ("killed two rhinos"): harm is done to people."""
        return animals_pattern().sub(" ", self.scope)

    @cached_property
    def own_sentence(self) -> str:
        if self.sentence is None:
            return self.calm
        return TOPIC.sub(" ", RETOLD_DEATH.sub(" ", self.sentence.lower()))

    @cached_property
    def local(self) -> str:
        return self.sentence.lower() if self.sentence is not None else self.scope

    @cached_property
    def unarmed(self) -> bool:
        return (
            self.agent is not None
            and self.cue("unarmed_agent", self.agent_low)
            and "armed" not in self.agent_low
            and not body_members(self.agent_low)
            and not self.lone
        )

    @cached_property
    def armed_crowd(self) -> bool:
        if GUNS.search(self.local):
            return True
        # "members of the Afrikaner Resistance Movement drove through Mmabatho in a convoy, firing at people on the
        # streets": a band that fires at people carries guns (not "stoned police, who fired at them")
        # (nor "opened fire on a crowd that blocked his car": the crowd fired on)
        fired = _FIRED_AT.search(self.local)
        return (
            fired is not None
            and not self.cue("state_forces", self.local[: fired.start()])
            and not _A_CROWD.match(self.local, fired.end())
        )

    @cached_property
    def territory(self) -> str | None:
        return territory_change(self.kinds, self.scope, self.patients, self.agent, self.own)


_A_CROWD = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:crowds?|mobs?|protesters|demonstrators|marchers|rioters)\b")
_FIRED_AT = re.compile(r"\b(?:firing|fired|opened fire|opening fire)\s+(?:at|on|into)\b")
_HUMAN = re.compile(r"\b(?:suicide|his|her|himself|herself|he|she|detonated|detonates|blew|set off|vest)\b")


def _human_bomber(s: _Scene) -> bool:
    """ "The bomber detonated his vest", "the bomber detonated explosives among worshippers": a person who bombs, not
    a bomber aircraft (aircraft drop bombs; people detonate, blow up and set off)."""
    return "bomber" in s.agent_low and _HUMAN.search(s.local) is not None


def _crowd_weapons(s: _Scene) -> bool:
    thrown = s.agent is None and THROWN.search(s.scope) is not None  # "petrol bombs were thrown": by no one named
    return s.riot_weapons and (
        s.has("demonstration") or s.crowd or bool(s.kinds & {"riot", "clash"}) or s.cue("mob") or thrown
    )


_LOOTING = re.compile(r"\bloot(?:ing|ed|ers?)\b")  # "Looting and clashes with police broke out"
_ETHNIC = re.compile(r"\b(?:ethnic|tribal)\b")
# what a crowd throws: stones, bricks, bottles
_STONES = re.compile(r"\b(?:" + "|".join(sorted(word_lists("event_frames.json").words("stones_thrown"))) + r")\b")


# armed with firearms (not with machetes or clubs, a mob's weapons)
_ARMED_WITH_FIREARMS = re.compile(
    r"\barmed\s+with\s+(?:[\w-]+\s+){0,2}(?:guns|shotguns|rifles|firearms|pistols|ak-?47s|automatic weapons)\b"
)


def _crowd_side(s: _Scene) -> bool:
    sides = [x.lower() for x in (s.agent, *s.patients) if x] if s.own == "clash" else []
    crowd = s.crowd or any(is_crowd(x) for x in sides)
    if not crowd and (s.riot_weapons or _STONES.search(s.local)) and not GUNS.search(s.local):
        # "ethnic Albanian and Macedonian youths fought with stones, bottles and metal bars": youths of two
        # communities armed only with what a crowd throws are a crowd (ACLED: a riot), not identity militias
        crowd = any(is_crowd(_ETHNIC.sub(" ", x)) for x in sides)
    if crowd and _ARMED_WITH_FIREARMS.search(s.local):
        crowd = False  # "police beat off a band of youths armed with shotguns and home-made bombs": an armed band
    if crowd and not any(s.cue("nonstate_armed", x) for x in sides) and not s.cue("nonstate_armed"):
        return True
    looted = _LOOTING.search(s.scope) is not None and s.cue("state_forces")
    if looted and not s.cue("nonstate_armed"):
        return True  # "looting and clashes with police broke out in Valencia": looters fought the forces, a riot
    return (s.unarmed or s.cue("mob")) and not s.cue("armed_actor")


def _weapon_found(s: _Scene) -> bool:
    return s.cue("weapon_found") and not BOMB_USED.search(s.scope) and "shell" not in s.kinds  # shells are fired


def _civil_convoy(text: str) -> bool:
    """ "a convoy of aid trucks was ambushed": the convoy the sentence names carries no forces."""
    m = re.search(r"\bconvoy\b(?:\s+\w+){0,4}", text)
    return m is not None and CIVIL_CONVOY.search(text[max(0, m.start() - 30) : m.end()]) is not None


_HELD_TOWN = re.compile(r"\b(?:town|city|stronghold)\b")


def _forces_on_town(s: _Scene) -> bool:
    """ "North Vietnamese troops attacked this town": a state's forces attacking a town, with no civilians named as
    their target, fight whoever holds it (a battle), not its people."""
    return (
        s.agent is not None
        and s.cue("state_forces", s.agent_low)
        and any(_HELD_TOWN.search(p.lower()) for p in s.patients)
        and not s.cue("civilian_victim", s.local)
    )


# what shots were aimed at: "opened fire on people in the streets", "fired into a crowd of shoppers"
_FIRED_ON = re.compile(r"\b(?:opened fire|fired|firing|shooting)\s+(?:\w+\s+){0,2}?(?:on|at|into)\s+([^,.;]{0,40})")


def fired_on_civilians(sentence: str) -> bool:
    """Are the shots told as aimed at civilians ("a gunman opened fire on people in the streets ... before police
    shot him dead")? Then the forces the sentence also names fought the attacker after the attack on them, and the
    people shot at did not fight back."""
    aimed = _FIRED_ON.search(sentence.lower())
    if aimed is None:
        return False
    return bool(event_lexicon().context["civilian_victim"].search(aimed.group(1))) and not ARMED_VICTIMS.search(
        aimed.group(1)
    )


def _inflected(lemma: str) -> str:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    irregular = {"say": "said", "tell": "told"}.get(lemma, "")
    return "|".join(x for x in (lemma, lemma + "s", stem + "ed", irregular) if x)


_SOURCE_VERBS = "|".join(_inflected(v) for v in sorted(word_lists("event_frames.json").words("source_verbs")))
# "an attack police blamed on a feud", "police said", "witnesses told police": forces named as a story's source
_AS_SOURCE = re.compile(
    rf"\b(?:(?:police|army|military)(?:\s+\w+)?\s+(?:{_SOURCE_VERBS})|(?:told|according\s+to)\s+(?:the\s+)?police)\b"
)


def _armed_target(s: _Scene) -> bool:
    told = _BACKED_BY.sub(" ", _SEARCHING.sub(" ", MOVEMENT_ARMY.sub(" ", _AS_SOURCE.sub(" ", s.local))))
    forces = s.cue("state_forces", _UNIFORMED.sub(" ", told))
    both = forces and s.cue("nonstate_armed", s.local) and not fired_on_civilians(s.local)
    # "soldiers killed 40 men, women and children during a sweep against guerrillas": those harmed are civilians;
    # the armed side the sentence names is the sweep's quarry, not who was fought
    both = both and not (civilians_harmed(s.patients) and not _ARMED_PEOPLE.search(s.local))
    # "attacked a camp for displaced people": the camp the patient names is the civilians'
    patients = (
        [p for p in s.patients if not _CAMP.search(p.lower())] if CIVIL_CAMP_NAMED.search(s.local) else s.patients
    )
    return (
        patient_armed(patients)
        or both
        or _forces_on_town(s)
        or (bool(ARMED_VICTIMS.search(s.local)) and not _civil_convoy(s.local))
        or bool(ARMED_OBJECT.search(s.local))
        or "both sides" in s.scope
    )


# "people which they claimed to be armed members of Mungiki": those harmed, said to be armed
_ARMED_PEOPLE = re.compile(
    r"\barmed\s+(?:members?|m[ae]n|gangs?|groups?|youths?|individuals|criminals|robbers|bandits)\b"
)


def civilians_harmed(patients: list[str]) -> bool:
    """Are those the act harmed named as civilians ("40 men, women and children", "villagers"), none of them armed
    (not "people they claimed to be armed members of Mungiki", "a gang member")?"""
    lows = [p.lower() for p in patients]
    ctx = event_lexicon().context
    return bool(lows) and all(
        ctx["civilian_victim"].search(p)
        and "armed" not in p
        and not ctx["nonstate_armed"].search(p)
        and not ARMED_VICTIMS.search(p)
        and not patient_armed([p])
        for p in lows
    )


_CAMP = re.compile(r"\bcamps?\b")
_BEATEN_BY_CROWD = re.compile(r"\b(?:the|a)\s+(?:crowds?|mob)\b[^.;]*\b(?:were|was)\s+(?:beaten|stoned|clubbed)\b")
# "gunmen in army-style uniforms burst into the council chamber": what the gunmen wore, no forces of the state
_UNIFORMED = re.compile(r"\b(?:in|wearing|dressed\s+in)\s+(?:[\w-]+\s+){0,2}?uniforms?\b")
# "columns of militiamen backed by police and soldiers moved into the square and beat the people": the doers' allies,
# no side they fought
_BACKED_BY = re.compile(r"\b(?:backed|supported|aided|assisted|accompanied|escorted)\s+by\s+[^,.;]*")
_RESCUE = re.compile(r"\b(?:storm(?:ed|ing)?|rescu(?:e|ed|ing)|freed|freeing)\b")
# "Police searched the island on Monday for the gunmen who shot dead the governor": forces that hunt the doers
# afterwards are no side of the act
_SEARCHING = re.compile(
    r"[^.;]*?\b(?:search(?:ed|ing|es)?|hunt(?:ed|ing|s)?|comb(?:ed|ing|s)?|scour(?:ed|ing|s)?)\b[^.;]*?\bfor\b"
)


def _mob_perpetrator(s: _Scene) -> bool:
    return bool(
        MOB_WORDS.search(s.scope)
        or (s.agent is None and BEATEN.search(s.scope))  # beaten to death by no one named: the codebook's mob
        # "militiamen who tried to hold back the crowd were beaten": beaten by no one named, the crowd at hand
        or (s.agent is None and s.own == "attack" and _BEATEN_BY_CROWD.search(s.local) is not None)
        or (s.crowd and not s.armed_crowd)
        or (s.has("crowd_weapons") and not (s.agent and is_armed(s.agent_low)))
    )


_PEACEFUL = re.compile(r"\bpeaceful(?:ly)?\b")


def _crowd_takes_place(s: _Scene) -> bool:
    """ "Several thousand people ... seized the regional administration building", "Crowds took over the town
    administration": a crowd with no arms that takes a place is a demonstration (ACLED codes territory taken only by
    armed groups), not a change of territory."""
    if s.own != "overtake" or s.agent is None or not s.patients or seized_not_place(s.patients):
        return False
    crowd = _CROWD_OF_PEOPLE.search(s.agent_low) is not None or s.cue("demonstrating_agent", s.agent_low)
    return crowd and not s.lone and not s.cue("nonstate_armed", s.agent_low) and not s.armed_crowd


# a crowd named as one: "crowds", "a mob", "several thousand people" (not "farmers" or "workers", who may be an
# armed band or a settlers' occupation of land)
_CROWD_OF_PEOPLE = re.compile(
    r"\b(?:crowds?|mobs?|throngs?)\b|\b(?:hundreds|thousands|dozens|several|many|\d[\d,]*)\b(?:\s+[a-z]+){0,2}\s+people\b"
)


def _force_on_protesters(s: _Scene) -> bool:
    return bool(EXCESSIVE.search(RETOLD_DEATH.sub(" ", s.scope)) or lethal_here(s.own_sentence))


# acts a crowd and armed forces both do to a place ("protesters stormed parliament", "troops stormed the camp")
_RAID_ACTS = re.compile(r"\b(?:stormed|storming|forced their way)\b")


def _protester_violence(s: _Scene) -> bool:
    if s.riot_weapons:
        return True
    calm = s.calm
    if s.has("state_agent"):
        # "security forces killed 30 when they stormed a protest camp": the forces' raid is no violence of the
        # protesters; "police fired on protesters who stormed the building" is (a crowd word just before the act)
        crowd = event_lexicon().context["unarmed_agent"]
        calm = _RAID_ACTS.sub(
            lambda m: m.group(0) if crowd.search(" ".join(calm[: m.start()].split()[-3:])) else " ", calm
        )
    return s.cue("protester_violence", calm)


def _seized_goods(s: _Scene) -> bool:
    """What was seized, up to its first preposition ("livestock [in the village]"), is goods and not people."""
    lows = [PATIENT_HEAD.split(p.lower(), maxsplit=1)[0] for p in s.patients] or [s.local]
    goods = any(s.cue("seized_goods", p) for p in lows)
    return goods and not any(PEOPLE_TAKEN.search(p) for p in lows) and not any(PLACE.search(p) for p in lows)


def _goods_taken(s: _Scene) -> bool:
    """The sentence says goods, and no people, were taken ("attacked the village and seized livestock"; "seized a
    truck" when the parse gives the verb another object)."""
    m = goods_taken_pattern().search(s.local)
    return m is not None and not PEOPLE_TAKEN.search(m.group(0))


def _misparsed_object(s: _Scene) -> bool:
    """The parse gave the act an object that is neither goods, people nor a place (a date: "On August 21, ...")."""
    lows = [PATIENT_HEAD.split(p.lower(), maxsplit=1)[0] for p in s.patients]
    return bool(lows) and not any(s.cue("seized_goods", p) or PEOPLE_TAKEN.search(p) or PLACE.search(p) for p in lows)


def _perpetrator_named(s: _Scene) -> bool:
    if s.agent is None:
        return False
    return is_armed(s.agent_low) or s.cue("aircraft", s.agent_low) or names_group(s.agent_low)


def _political_group(s: _Scene) -> bool:
    return bool(POLITICAL_ARMED.search(s.local)) or names_group(s.local)


def _kind(name: str) -> Callable[[_Scene], bool]:
    return lambda s: name in s.kinds


AT_DEMONSTRATORS = re.compile(
    r"\b(?:threw|hurled|pelted)\b[^.;]{0,60}?\bat\s+(?:the\s+)?(?:demonstrators|protesters|protestors|marchers)\b"
)
# "Coup supporters burned tires in front of the hotel ... and attacked anti-coup protesters": partisans who burn tyres
# or put up barricades demonstrate themselves; their attack is their demonstration's violence
_OWN_BARRICADES = re.compile(r"\b(?:tyres|tires|barricades?)\b")
# "the crowd of about 25,000": a crowd named as such, not as demonstrators
_A_CROWD_DOER = re.compile(r"^(?:the|a|an)\s+(?:\w+\s+)?(?:crowd|mob)\b")
# "several hundred people had been arrested for looting": the looting is the charge, the arrest the act
_ARRESTED_FOR_LOOTING = re.compile(
    r"\b(?:arrested|detained|held|jailed|rounded\s+up|picked\s+up)\s+(?:\w+\s+){0,3}?(?:for|on\s+charges?\s+of"
    r"|on\s+suspicion\s+of|over)\s+(?:\w+\s+)?(?:looting|stealing|theft|robbery|arson|vandalism|pillaging)\b"
)


def _partisans_attack(s: _Scene) -> bool:
    """Is the mention an attack (or a crowd's throwing) on demonstrators by partisans or by a crowd the text sets apart
    from them, who put up no barricades of their own?"""
    if s.own not in ("attack", "riot") or _OWN_BARRICADES.search(s.local):
        return False
    # the doers: supporters, spectators, hecklers (event_lexicon context 'partisans'), or "the crowd of about 25,000"
    # with a target of its own
    if not (s.cue("partisans", s.local) or (_A_CROWD_DOER.search(s.agent_low) is not None and bool(s.patients))):
        return False
    # the targets: demonstrators named as such, or what was thrown "at the demonstrators", or "them" (or no one, in the
    # passive: "demonstrators ... were then set upon by enraged spectators") in a clause that names demonstrators,
    # with partisans as the doers ("As the protesters were led out, groups of spectators punched and kicked them")
    return (
        any(s.cue("demonstrating_agent", p.lower()) for p in s.patients)
        or AT_DEMONSTRATORS.search(s.local) is not None
        or (
            all(p.lower() in ("them", "they") for p in s.patients)
            and s.cue("partisans", s.agent_low)
            and s.cue("demonstrating_agent", s.local)
        )
    )


_FEATURES: dict[str, Callable[[_Scene], bool]] = {
    "label": lambda s: bool(s.label),
    "base_established": lambda s: s.cue("base_established", s.local),
    # the violence is what is claimed ("claimed responsibility for the attack"), not told beside the claim
    "claim_made": lambda s: s.cue("claim", s.local) and (s.own == "claim" or "claim" not in s.kinds),
    "no_harm_stated": lambda s: s.cue("no_harm_stated"),
    "property_destroyed": lambda s: s.cue("property_destroyed", s.local),
    "weapon_named": lambda s: s.cue("weapon_named", s.local),
    "hostage_taken": lambda s: bool(HOSTAGE.search(s.local)),
    "captors_hit": lambda s: bool(CAPTORS_HIT.search(s.local)),
    # "special forces stormed two buildings where the last gunmen had been holding hostages": the state's forces
    # that free hostages by force fight their captors
    "hostages_freed_by_force": lambda s: (
        s.own == "attack" and s.has("state_agent") and bool(HOSTAGE.search(s.local)) and bool(_RESCUE.search(s.local))
    ),
    "victims_killed": lambda s: s.cue("victims_killed"),
    "scene_battle": lambda s: (
        s.own == "clash"
        or ("clash" in s.kinds and _armed_target(s))
        or ("attack" in s.kinds and bool(GROUND_FIGHT.search(s.local)) and _armed_target(s))
    ),
    # "planes fired rockets into the hills as the army pressed an offensive": what the aircraft fired is their strike
    "own_air": lambda s: (
        s.own == "air" or (s.own in ("shell", "explosive") and s.agent is not None and s.cue("aircraft", s.agent_low))
    ),
    "unmanned_target": lambda s: s.cue("unmanned", s.local),
    "demonstrators_violent": lambda s: (
        s.agent is not None
        and s.cue("demonstrating_agent", s.agent_low)
        and not s.cue("state_forces", s.agent_low)
        and s.cue("crowd_violence", s.calm)
    ),
    "security_operation": lambda s: s.cue("security_operation", s.local),
    "raid_search": lambda s: s.cue("raid_search", s.local),
    "fighting": lambda s: (
        bool(s.kinds & {"clash", "shell", "air", "explosive", "grenade", "suicide", "abduct", "loot"})
        or bool(GROUND_FIGHT.search(s.local))
    ),
    # (not tanks that attack an armed enemy, "Syrian tanks attacked Israeli lines": a ground assault, a battle)
    "heavy_weapon_agent": lambda s: (
        s.agent is not None
        and s.cue("heavy_weapon", s.agent_low)
        and bool(s.kinds & {"attack", "shell", "clash"})
        and not (s.own == "attack" and "shell" not in s.kinds and _armed_target(s))
    ),
    "accident_cause": lambda s: s.cue("accident", s.local),
    "blast_cause": lambda s: s.cue("blast_cause", s.local),
    "natural_hazard": lambda s: s.cue("natural_hazard", s.local),
    "perpetrator_named": _perpetrator_named,
    "criminal_agent": lambda s: s.cue("criminal_agent", s.agent_low) if s.agent else s.cue("criminal_agent", s.local),
    "harm": lambda s: s.cue("harm", s.without_animals) and not s.cue("no_harm_stated"),
    "animals_harmed": lambda s: s.without_animals != s.scope,
    "political_group": _political_group,
    "own_seize": lambda s: s.own == "overtake",
    # (or what a crowd throws: "protesters hurled petrol bombs at riot police")
    "riot_attack_or_loot": lambda s: bool(s.kinds & {"riot", "attack", "loot"}) or s.has("crowd_weapons"),
    "property_taken": lambda s: "loot" in s.kinds or ("overtake" in s.kinds and (_seized_goods(s) or _goods_taken(s))),
    "demonstrating_agent": lambda s: s.agent is not None and s.cue("demonstrating_agent", s.agent_low),
    "seized_goods": lambda s: _seized_goods(s) or (_misparsed_object(s) and _goods_taken(s)),
    "weapon": lambda s: bool(s.kinds & {"explosive", "grenade", "shell"}),
    "weapon_disrupted": lambda s: "disrupt" in s.kinds or _weapon_found(s),
    "own_clash": lambda s: s.own == "clash",
    "remote_weapon": lambda s: bool(s.kinds & {"explosive", "grenade", "shell", "air"}),
    "air_or_flown": lambda s: (
        "air" in s.kinds
        or (
            s.agent is not None
            and s.cue("aircraft", s.agent_low)
            and bool(s.kinds & {"attack", "shell", "explosive", "clash", "loot"})  # "jets destroyed vehicles"
            and not _human_bomber(s)
        )
    ),
    "demonstration": lambda s: "protest" in s.kinds or ("riot" in s.kinds and s.cue("demonstration")),
    "crowd_clash": lambda s: s.crowd and "clash" in s.kinds,
    "crowd_weapons": _crowd_weapons,
    "state_agent": lambda s: s.agent is not None and s.cue("state_forces", s.agent_low),
    "own_attack": lambda s: s.own == "attack",
    "own_disrupt_of_device": lambda s: (
        s.own in ("disrupt", "loot") and "disrupt" in s.kinds and EXPLOSIVE_DEVICE.search(s.local) is not None
    ),
    "lone_attacker_told": lambda s: s.cue("lone_attacker", s.local),
    # "Thirty-four people were killed when gunmen opened fire on a May Day rally": an armed band's attack on the
    # crowd, not the force of order
    "armed_band_doer": lambda s: s.cue("nonstate_armed", s.agent_low) and not s.has("state_agent"),
    # "commandos of the police beat journalists ... who were filming protesters": force on the press, not on the crowd
    # (at a demonstration: elsewhere the press attacked is typed by who attacked it, a mob's victims are a mob's)
    "press_targets": lambda s: (
        s.own == "attack"
        and bool(s.patients)
        and all(s.cue("press", p.lower()) for p in s.patients)
        and s.cue("demonstrating_agent", s.local)
        # (by the forces of order: demonstrators who assault a journalist make their demonstration violent)
        and s.has("state_agent")
    ),
    "press_scene": lambda s: s.own == "protest" and "attack" in s.kinds and s.cue("press", s.local),
    "arrest_for_looting": lambda s: s.own == "arrest" and _ARRESTED_FOR_LOOTING.search(s.local) is not None,
    # the demonstrators a crowd of partisans attacked, not the forces' intervention
    "partisans_scene": lambda s: (
        (s.cue("partisans", s.local) or AT_DEMONSTRATORS.search(s.local) is not None)
        and not _OWN_BARRICADES.search(s.local)
        and bool({"attack", "riot"} & set(s.kinds))
        and s.cue("demonstrating_agent", s.local)
        and not s.cue("state_forces", s.local)
    ),
    # "several hundred of his supporters ... attacked anti-Shah demonstrators with the wooden poles of their
    # placards": a crowd of partisans on the demonstration
    "partisans_attack": _partisans_attack,
    "lone_doer": lambda s: s.agent_low.startswith(("a ", "an ")) and s.lone and not s.cue("state_forces", s.agent_low),
    "force_on_protesters": _force_on_protesters,
    "protester_violence": _protester_violence,
    "riot_or_protester_violence": lambda s: "riot" in s.kinds or _protester_violence(s),
    # "the unrest began when 10,000 people gathered peacefully": the demonstration is told as peaceful
    "said_peaceful": lambda s: bool(_PEACEFUL.search(s.local)) and not _protester_violence(s),
    # "the police fired CS gas ... and the battle raged all day": riot police's weapons, and no gunfire or armed group
    "crowd_control": lambda s: (
        s.cue("crowd_control", s.local) and not GROUND_FIGHT.search(s.local) and not s.cue("nonstate_armed", s.local)
    ),
    "intervention": lambda s: (
        s.cue("intervention", s.calm)
        or bool(FORCE_ON_DEMO.search(s.calm))
        or (s.cue("intervention_by_forces", s.calm) and s.cue("state_forces", s.calm))
    ),
    "mob_attack": lambda s: "attack" in s.kinds or bool(MOB_WORDS.search(s.scope)),
    "territory_changed": lambda s: s.territory is not None,
    "crowd_takes_place": _crowd_takes_place,
    "crowd_side": _crowd_side,
    "attack_or_crowd_weapons": lambda s: "attack" in s.kinds or (s.has("crowd_weapons") and s.has("weapon")),
    "mob_perpetrator": _mob_perpetrator,
    "armed_target": _armed_target,
    "crowd_without_arms": lambda s: (
        (s.crowd and not s.armed_crowd) or ((s.unarmed or s.cue("mob")) and not s.cue("armed_actor"))
    ),
    "seized_not_place": lambda s: s.own == "overtake" and seized_not_place(s.patients),
    "seized_arms": lambda s: any(SEIZED_ARMS.search(p.lower()) for p in s.patients),
    **{
        k: _kind(k)
        for k in (
            "chemical",
            "suicide",
            "shell",
            "grenade",
            "explosive",
            "sexual",
            "abduct",
            "riot",
            "clash",
            "loot",
            "overtake",
            "regain",
            "disrupt",
            "arrest",
            "agree",
            "transfer",
            "hq",
            "crime",
        )
    },
    "change": lambda s: bool(s.kinds & {"change", "curfew", "surrender", "release"}),
    "disaster": lambda s: bool(s.kinds & {"disaster", "accident"}),
}


def acled_sub_type(
    kinds: set[str],
    scope: str,
    patients: list[str],
    label: str | None = None,
    agent: str | None = None,
    sentence: str | None = None,
    own: str | None = None,
) -> str | None:
    """The ACLED sub-event type from the kinds triggered and the words of the event's scope (lower-cased): the first
    rule of the codebook table (``data/codebook.json``) whose features the scene has.

    The table's tie-breaks: a weapon decides among explosions, but crude bombs and petrol bombs thrown by a crowd
    are riots; a demonstration is violent when its participants are (rock throwing, arson, barricades), met with
    lethal force when they are killed or shot, with intervention when dispersed or arrested; violence by a crowd of
    ordinary people (not an organised armed group) is mob violence; a fight between two organised armed groups is an
    armed clash, and an organised group's attack on unarmed people is an attack on civilians; a place taken in a
    fight is a territorial battle, a place taken without one a non-violent transfer.
    """
    rule = codebook_rule(kinds, scope, patients, label, agent, sentence, own)
    if rule is None:
        return None
    if rule.sub == "@label":
        return label
    if rule.sub == "@territory":
        return territory_change(kinds, scope, patients, agent, own)
    return rule.sub


def codebook_rule(
    kinds: set[str],
    scope: str,
    patients: list[str],
    label: str | None = None,
    agent: str | None = None,
    sentence: str | None = None,
    own: str | None = None,
) -> CodebookRule | None:
    """The codebook rule that decides an event's sub-event type (None: no rule applies)."""
    scene = _Scene(kinds, scope, patients, label, agent, sentence, own)
    for rule in codebook_rules():
        if all(scene.has(f) for f in rule.when) and not any(scene.has(f) for f in rule.unless):
            return rule
    return None
