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
from functools import cache, cached_property, lru_cache

from sitroom.extract.lexicons import actor_data, event_lexicon, load_data

__all__ = ["CodebookRule", "acled_sub_type", "codebook_rule", "codebook_rules"]

_WEAPON_ONLY_IN_RIOTS = re.compile(
    r"\b(?:petrol|crude|molotov|cocktail|cocktails|hand-made|handmade|home-made|homemade)\b"
)
_BOMB_USED = re.compile(
    r"\b(?:exploded|explodes|explosion|explosions|blast|blasts|went off|goes off|killed|killing|injured|injuring|"
    r"wounded|wounding|dead|died|hurled|threw|thrown|detonated (?:near|at|in|outside))\b"
)
_ARMED_PATIENT = frozenset(
    [
        "police",
        "policeman",
        "policemen",
        "officer",
        "officers",
        "soldier",
        "soldiers",
        "troops",
        "army",
        "military",
        "militia",
        "militias",
        "militiamen",
        "militiaman",
        "combatants",
        "jihadists",
        "militants",
        "militant",
        "gunmen",
        "gunman",
        "rebels",
        "rebel",
        "forces",
        "fighters",
        "insurgents",
        "jihadists",
        "guards",
        "kdf",
        "gsu",
        "camp",
        "base",
        "station",
        "post",
        "patrol",
        "convoy",
        "reservists",
        "rangers",
        "bandits",
        "raiders",
        "warriors",
        "herders",
        "morans",
        "shabaab",
        "peacekeeper",
        "peacekeepers",
        "positions",
        "position",
        "checkpoint",
        "barracks",
    ]
)
_TOPIC = re.compile(
    r"\b(?:demand\w*|against|over|amid|protest(?:s|ed|ing)?|condemn\w*|release of|in protest at)\s+"
    r"(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:arrest\w*|detain\w*|detention|harassment|attacks?|killing|murder|assault\w*|"
    r"custody|abduction|kidnap\w*|disappearance|torture|clash\w*|violence|loot\w*|insecurity|demolition|"
    r"destruction|burn\w*|vandal\w*|crime|theft|robbery|shooting|death)"
)
_ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police officers?|officers|servicem[ae]n|convoy|patrol|military (?:convoy|"
    r"patrol|vehicle|base|camp|post)|police (?:post|station|patrol))\b(?:\s+\w+){0,2}?\s+"
    r"(?:(?:were|was|have been|had been|has been|got)\s+(?:killed|wounded|injured|attacked|ambushed|targeted|shot|"
    r"stabbed)|(?:killed|wounded|injured|shot|attacked|ambushed|targeted)\s+(?:in|by|when|during|after|while|at|on)\b|"
    r"came under|died|dies)"
)  # the forces suffer it: "soldiers were killed", "troops killed in an ambush" (not "a soldier shot a man")
_GROUND_FIGHT = re.compile(
    r"\b(?:ambush\w*|firearms?|gunfire|gunfight|exchanged? (?:of )?fire|exchanges of fire|firefights?|gun ?battles?|"
    r"snipers?|sniped|small arms|machine ?guns?|engaged)\b"
)
_LETHAL = re.compile(
    r"\b(?:shot|shot dead|killed|killing|died|death|deaths|dead|live fire|live bullets|live ammunition|opened fire|"
    r"open fire|opens fire|wounded|wounding|gunshot|gunshots|bullet wounds?)\b"
)
_FORCE_ON_DEMO = re.compile(r"\b(?:attack\w*|assault\w*|arrest\w*|detain\w*|clash\w*|disrupt\w*|obstruct\w*)\b")
_EXCESSIVE = re.compile(
    r"\b(?:police|policemen|officers?|security (?:forces|personnel|officers)|soldiers|troops|army|askaris|gsu|rab|bgb)"
    r"\b[^.;]{0,50}?\b(?:shot|shoots?|shooting|killed|kills?|killing|open(?:ed)? fire|opens fire|"
    r"fired (?:live|at|on|bullets)|live fire|live bullets|beat|beats|beaten|clobber\w*|injur\w*|wound\w*|maim\w*|"
    r"hack\w*)\b"
    r"|\b(?:shot|killed|injured|wounded|beaten|shot dead)\b[^.;]{0,40}?\bby (?:the )?"
    r"(?:police|security|soldiers|army|officers)"
    r"|\b(?:protesters?|demonstrators?|protestors?|students?|mourners)\b[^.;]{0,25}?\b(?:shot|killed|shot dead)\b"
)


def _patient_armed(patients: list[str]) -> bool:
    groups = actor_data()["groups"]
    for p in patients:
        low = p.lower().replace("-", " ")
        if any(w in _ARMED_PATIENT for w in low.split()) or any(g in low for g in groups if len(g) > 3):
            return True
    return False


def _armed(text: str) -> bool:
    ctx = event_lexicon().context
    return bool(
        ctx["armed_actor"].search(text)
        or ctx["state_forces"].search(text)
        or ctx["nonstate_armed"].search(text)
        or _GUNS.search(text)
    )


def _crowd(text: str | None) -> bool:
    """A side made of ordinary people (youths, residents, supporters, a group of people), not an armed group."""
    if not text:
        return False
    low = text.lower()
    return bool(event_lexicon().context["unarmed_agent"].search(low) or _PEOPLE.search(low)) and not _armed(low)


_MOB_WORDS = re.compile(r"\b(?:mob|mobs|lynch\w*|vigilante\w*|stoned to death|stoning to death|jungle justice)\b")
_GUNS = re.compile(r"\b(?:guns?|rifles?|firearms?|pistols?|ak-?47s?|machetes?|pangas?|wielding)\b")
_PEOPLE = re.compile(r"\b(?:people|persons|group of|groups of)\b")
_PLACE = re.compile(
    r"\b(?:town|towns|village|villages|city|district|districts|area|areas|zone|region|territory|base|bases|camp|"
    r"camps|position|positions|stronghold|strongholds|hill|hills|airport|port|headquarters|outpost|post|posts|"
    r"station|barracks|neighbourhood|neighborhood|locality|county|province|island|bridge|border crossing|road|"
    r"highway|sector|quarter|suburb|building|buildings|offices|compound|mine|site)\b"
)
_ARMS = r"weapons?|arms|guns?|rifles?|firearms?|ammunition|rounds|explosives?|bombs?|grenades?|cache|caches"
_SEIZED_ARMS = re.compile(rf"\b(?:{_ARMS})\b")
_SEIZED = re.compile(  # what a "capture" or "seizure" takes when it takes no place: people, arms, vehicles, herds
    rf"\b(?:{_ARMS}|people|persons|civilians|hostages?|men|women|children|boys?|girls?|staff|crew|workers?|tourists?|"
    r"passengers?|fighters?|militants?|rebels?|soldiers?|officers?|policem[ae]n|members?|suspects?|traders?|"
    r"herders?|officials?|leaders?|vessel|ship|boat|vehicles?|trucks?|cattle|livestock)\b"
)
_ARMED_FORCE = re.compile(r"\b(?:gunfire|used force|stormed|shelled|exchange of fire|fought|fighting)\b")
_NO_VIOLENCE = re.compile(
    r"\b(?:no (?:violence|clash\w*|fighting|resistance|casualties)|without (?:a |any )?(?:fight\w*|resistance|"
    r"violence|a shot|clash\w*)|unopposed|peaceful(?:ly)?|abandoned|deserted|vacated)\b"
)
_VIOLENCE = re.compile(
    r"\b(?:clash\w*|fight\w*|battle\w*|attack\w*|kill\w*|dead|died|wound\w*|injur\w*|shell\w*|fired|"
    r"offensive|assault\w*|ambush\w*|air ?strikes?|bomb\w*|gunfire|exchange of fire)\b"
)


def _named_non_state(low: str) -> bool:
    """The phrase names a catalogued armed group that is not a state's forces."""
    groups = actor_data()["groups"]
    return any(g in low and rec[3] != 1 for g, rec in groups.items() if len(g) > 3)


def _seized_not_place(patients: list[str]) -> bool:
    """Whether what was captured or seized is people or arms rather than a place."""
    lows = [p.lower() for p in patients]
    return bool(lows) and not any(_PLACE.search(p) for p in lows) and any(_SEIZED.search(p) for p in lows)


def _territory(kinds: set[str], scope: str, patients: list[str], agent: str | None, own: str | None) -> str | None:
    """Control of a place changing hands: by the state (regains), by others (overtakes), or without a fight."""
    won = own in ("attack", "clash") and bool(event_lexicon().context["place_taken"].search(scope))
    if "regain" not in kinds and own != "overtake" and not won:
        return None  # "capture" and "seize" take a place only as the event's own verb, or as a fight's outcome
    if not won and _seized_not_place(patients):
        return None  # "captured five fighters", "seized weapons": no territory changed hands
    state = "regain" in kinds or (
        agent is not None
        and bool(event_lexicon().context["state_forces"].search(agent.lower()))
        and not _named_non_state(agent.lower())  # "Arakan Army fighters" are no state's army
    )
    if not won and (  # a place taken in a fight is never a non-violent transfer
        (_NO_VIOLENCE.search(scope) and not _ARMED_FORCE.search(scope)) or (not state and not _VIOLENCE.search(scope))
    ):
        return "Non-violent transfer of territory"  # control acquired without a violent interaction
    return "Government regains territory" if state else "Non-state actor overtakes territory"


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
    def crowd(self) -> bool:
        return _crowd(self.agent)

    @cached_property
    def riot_weapons(self) -> bool:
        return bool(_WEAPON_ONLY_IN_RIOTS.search(self.scope))

    @cached_property
    def calm(self) -> str:
        """The scope without its grievances ("protest against the arrest of ...")."""
        return _TOPIC.sub(" ", self.scope)

    @cached_property
    def without_animals(self) -> str:
        """The scope without animals harmed ("killed two rhinos"): harm is done to people."""
        return _animals_pattern().sub(" ", self.scope)

    @cached_property
    def own_sentence(self) -> str:
        return _TOPIC.sub(" ", self.sentence.lower()) if self.sentence is not None else self.calm

    @cached_property
    def local(self) -> str:
        return self.sentence.lower() if self.sentence is not None else self.scope

    @cached_property
    def unarmed(self) -> bool:
        return self.agent is not None and self.cue("unarmed_agent", self.agent_low) and "armed" not in self.agent_low

    @cached_property
    def armed_crowd(self) -> bool:
        return bool(_GUNS.search(self.local))

    @cached_property
    def territory(self) -> str | None:
        return _territory(self.kinds, self.scope, self.patients, self.agent, self.own)


def _crowd_weapons(s: _Scene) -> bool:
    return s.riot_weapons and (s.has("demonstration") or s.crowd or bool(s.kinds & {"riot", "clash"}) or s.cue("mob"))


def _crowd_side(s: _Scene) -> bool:
    sides = [x.lower() for x in (s.agent, *s.patients) if x] if s.own == "clash" else []
    crowd = s.crowd or any(_crowd(x) for x in sides)
    if crowd and not any(s.cue("nonstate_armed", x) for x in sides) and not s.cue("nonstate_armed"):
        return True
    return (s.unarmed or s.cue("mob")) and not s.cue("armed_actor")


def _weapon_found(s: _Scene) -> bool:
    return s.cue("weapon_found") and not _BOMB_USED.search(s.scope) and "shell" not in s.kinds  # shells are fired


def _armed_target(s: _Scene) -> bool:
    both = s.cue("state_forces", s.local) and s.cue("nonstate_armed", s.local)
    return (
        _patient_armed(s.patients)
        or both
        or bool(_ARMED_VICTIMS.search(s.local))
        or bool(_ARMED_OBJECT.search(s.local))
        or "both sides" in s.scope
    )


# the act's object read from the words when the parse gives another ("killed four Koglweogo militiamen" parsed
# with "February 20" as the object): armed and organised people killed or attacked make a battle
_ARMED_OBJECT = re.compile(
    r"\b(?:kill(?:ed|ing)|attack(?:ed|ing)|ambush(?:ed|ing)|shot|target(?:ed|ing))\s+(?:[\w()/,-]+\s+){0,5}?"
    r"(?:militiam[ae]n|militias|soldiers|troops|militants|fighters|rebels|policem[ae]n|gendarmes|insurgents|"
    r"jihadists|combatants|servicem[ae]n)\b",
    re.IGNORECASE,
)


_BEATEN = re.compile(r"\b(?:beaten|beat|beating|clubbed|stoned)\b(?:\s+\w+){0,2}?\s+to death\b")


def _mob_perpetrator(s: _Scene) -> bool:
    return bool(
        _MOB_WORDS.search(s.scope)
        or (s.agent is None and _BEATEN.search(s.scope))  # beaten to death by no one named: the codebook's mob
        or (s.crowd and not s.armed_crowd)
        or (s.has("crowd_weapons") and not (s.agent and _armed(s.agent_low)))
    )


def _force_on_protesters(s: _Scene) -> bool:
    return bool(_EXCESSIVE.search(s.scope) or _LETHAL.search(s.own_sentence))


def _protester_violence(s: _Scene) -> bool:
    return s.riot_weapons or s.cue("protester_violence", s.calm)


_POLITICAL_ARMED = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|islamists?|terrorists?|militia\w*|separatists?|fighters)\b"
)
_HOSTAGE = re.compile(r"\b(?:took|take|takes|taking|taken|held|hold|holds|holding|seized)\b[^.;]{0,40}?\bhostages?\b")
_PEOPLE_TAKEN = re.compile(
    r"\b(?:people|persons|civilians|hostages?|men|women|children|boys?|girls?|staff|workers?|teachers?|passengers?|"
    r"officials?|nurses?|traders?|herders?|him|her|them)\b"
)


_PATIENT_HEAD = re.compile(r"\s(?:in|at|from|near|on|of|to|belonging|along|between|around|inside|outside)\s")


def _seized_goods(s: _Scene) -> bool:
    """What was seized, up to its first preposition ("livestock [in the village]"), is goods and not people."""
    lows = [_PATIENT_HEAD.split(p.lower(), maxsplit=1)[0] for p in s.patients] or [s.local]
    goods = any(s.cue("seized_goods", p) for p in lows)
    return goods and not any(_PEOPLE_TAKEN.search(p) for p in lows) and not any(_PLACE.search(p) for p in lows)


_TAKE_VERBS = (
    r"(?:seiz\w*|stole|stolen|steal\w*|took|taken|taking|carried off|carted off|made off with|rustl\w*|loot\w*)"
)


@cache
def _goods_taken_pattern() -> re.Pattern[str]:
    goods = event_lexicon().context["seized_goods"].pattern
    return re.compile(r"\b" + _TAKE_VERBS + r"\s+(?:[\w'-]+\s+){0,4}?" + goods)


def _goods_taken(s: _Scene) -> bool:
    """The sentence says goods, and no people, were taken ("attacked the village and seized livestock"; "seized a
    truck" when the parse gives the verb another object)."""
    m = _goods_taken_pattern().search(s.local)
    return m is not None and not _PEOPLE_TAKEN.search(m.group(0))


_HARM_WORD = r"\b(?:killed|killing|kills|shot|shot dead|slaughtered|poached|wounded|injured)\s+(?:[\w-]+\s+){0,2}?"


@cache
def _animals_pattern() -> re.Pattern[str]:
    return re.compile(_HARM_WORD + event_lexicon().context["animals_harmed"].pattern)


def _misparsed_object(s: _Scene) -> bool:
    """The parse gave the act an object that is neither goods, people nor a place (a date: "On August 21, ...")."""
    lows = [_PATIENT_HEAD.split(p.lower(), maxsplit=1)[0] for p in s.patients]
    return bool(lows) and not any(s.cue("seized_goods", p) or _PEOPLE_TAKEN.search(p) or _PLACE.search(p) for p in lows)


def _perpetrator_named(s: _Scene) -> bool:
    if s.agent is None:
        return False
    groups = actor_data()["groups"]
    return _armed(s.agent_low) or s.cue("aircraft", s.agent_low) or any(g in s.agent_low for g in groups if len(g) > 3)


def _political_group(s: _Scene) -> bool:
    groups = actor_data()["groups"]
    return bool(_POLITICAL_ARMED.search(s.local)) or any(g in s.local for g in groups if len(g) > 3)


def _kind(name: str) -> Callable[[_Scene], bool]:
    return lambda s: name in s.kinds


_FEATURES: dict[str, Callable[[_Scene], bool]] = {
    "label": lambda s: bool(s.label),
    "base_established": lambda s: s.cue("base_established", s.local),
    # the violence is what is claimed ("claimed responsibility for the attack"), not told beside the claim
    "claim_made": lambda s: s.cue("claim", s.local) and (s.own == "claim" or "claim" not in s.kinds),
    "no_harm_stated": lambda s: s.cue("no_harm_stated"),
    "property_destroyed": lambda s: s.cue("property_destroyed", s.local),
    "weapon_named": lambda s: s.cue("weapon_named", s.local),
    "hostage_taken": lambda s: bool(_HOSTAGE.search(s.local)),
    "victims_killed": lambda s: s.cue("victims_killed"),
    "scene_battle": lambda s: (
        s.own == "clash"
        or ("clash" in s.kinds and _armed_target(s))
        or ("attack" in s.kinds and bool(_GROUND_FIGHT.search(s.local)) and _armed_target(s))
    ),
    "own_air": lambda s: s.own == "air",
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
        or bool(_GROUND_FIGHT.search(s.local))
    ),
    "heavy_weapon_agent": lambda s: (
        s.agent is not None and s.cue("heavy_weapon", s.agent_low) and bool(s.kinds & {"attack", "shell", "clash"})
    ),
    "accident_cause": lambda s: s.cue("accident", s.local),
    "natural_hazard": lambda s: s.cue("natural_hazard", s.local),
    "perpetrator_named": _perpetrator_named,
    "criminal_agent": lambda s: s.cue("criminal_agent", s.agent_low) if s.agent else s.cue("criminal_agent", s.local),
    "harm": lambda s: s.cue("harm", s.without_animals) and not s.cue("no_harm_stated"),
    "animals_harmed": lambda s: s.without_animals != s.scope,
    "political_group": _political_group,
    "own_seize": lambda s: s.own == "overtake",
    "riot_attack_or_loot": lambda s: bool(s.kinds & {"riot", "attack", "loot"}),
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
            and bool(s.kinds & {"attack", "shell", "explosive", "clash"})
        )
    ),
    "demonstration": lambda s: "protest" in s.kinds or ("riot" in s.kinds and s.cue("demonstration")),
    "crowd_clash": lambda s: s.crowd and "clash" in s.kinds,
    "crowd_weapons": _crowd_weapons,
    "state_agent": lambda s: s.agent is not None and s.cue("state_forces", s.agent_low),
    "force_on_protesters": _force_on_protesters,
    "protester_violence": _protester_violence,
    "riot_or_protester_violence": lambda s: "riot" in s.kinds or _protester_violence(s),
    "intervention": lambda s: (
        s.cue("intervention", s.calm)
        or bool(_FORCE_ON_DEMO.search(s.calm))
        or (s.cue("intervention_by_forces", s.calm) and s.cue("state_forces", s.calm))
    ),
    "mob_attack": lambda s: "attack" in s.kinds or bool(_MOB_WORDS.search(s.scope)),
    "territory_changed": lambda s: s.territory is not None,
    "crowd_side": _crowd_side,
    "attack_or_crowd_weapons": lambda s: "attack" in s.kinds or (s.has("crowd_weapons") and s.has("weapon")),
    "mob_perpetrator": _mob_perpetrator,
    "armed_target": _armed_target,
    "crowd_without_arms": lambda s: (
        (s.crowd and not s.armed_crowd) or ((s.unarmed or s.cue("mob")) and not s.cue("armed_actor"))
    ),
    "seized_not_place": lambda s: s.own == "overtake" and _seized_not_place(s.patients),
    "seized_arms": lambda s: any(_SEIZED_ARMS.search(p.lower()) for p in s.patients),
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
        return _territory(kinds, scope, patients, agent, own)
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
