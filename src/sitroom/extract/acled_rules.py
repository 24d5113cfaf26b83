"""The ACLED codebook's tie-breaks between sub-event types, over the words around an event.

:func:`acled_sub_type` decides the ACLED sub-event type of an event from the kinds of trigger in its scene (see
``data/event_lexicon.json``), the cue words of its scope and the phrases naming its agent and patient. The rules
follow the definitions of the ACLED Codebook (2023): who the sides are (an organised armed group, the state, a crowd
of ordinary people), what weapons were used, whether a demonstration took place and how it was met, and whether a
place changed hands in a fight.
"""

from __future__ import annotations

import re

from sitroom.extract.lexicons import actor_data, event_lexicon

__all__ = ["acled_sub_type"]

_WEAPON_ONLY_IN_RIOTS = re.compile(
    r"\b(?:petrol|crude|molotov|cocktail|cocktails|hand-made|handmade|home-made|homemade)\b"
)
_BOMB_USED = re.compile(
    r"\b(?:exploded|explodes|explosion|explosions|blast|blasts|went off|goes off|killed|killing|injured|injuring|"
    r"wounded|wounding|dead|died|hurled|threw|thrown|planted|detonated (?:near|at|in|outside))\b"
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
    r"\b(?:demand\w*|against|over|protest(?:s|ed|ing)?|condemn\w*|release of|in protest at)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:arrest\w*|detain\w*|detention|harassment|attacks?|killing|murder|assault\w*|"
    r"custody|abduction|kidnap\w*|disappearance|torture|clash\w*|violence|loot\w*|insecurity|demolition|"
    r"destruction|burn\w*|vandal\w*|crime|theft|robbery|shooting|death)"
)
_ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police officers?|officers|servicem[ae]n|convoy|patrol|military (?:convoy|"
    r"patrol|vehicle|base|camp|post)|police (?:post|station|patrol))\b(?:\s+\w+){0,2}?\s+(?:were\s+|was\s+)?"
    r"(?:killed|wounded|injured|attacked|ambushed|came under|targeted|shot|died|dies|stabbed)"
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
_NO_VIOLENCE = re.compile(
    r"\b(?:no (?:violence|clash\w*|fighting|resistance|casualties)|without (?:a |any )?(?:fight\w*|resistance|"
    r"violence|a shot|clash\w*)|unopposed|peaceful(?:ly)?|abandoned|deserted|vacated)\b"
)
_VIOLENCE = re.compile(
    r"\b(?:clash\w*|fight\w*|battle\w*|attack\w*|kill\w*|dead|died|wound\w*|injur\w*|shell\w*|fired|"
    r"offensive|assault\w*|ambush\w*|air ?strikes?|bomb\w*|gunfire|exchange of fire)\b"
)


def _seized_not_place(patients: list[str]) -> bool:
    """Whether what was captured or seized is people or arms rather than a place."""
    lows = [p.lower() for p in patients]
    return bool(lows) and not any(_PLACE.search(p) for p in lows) and any(_SEIZED.search(p) for p in lows)


def _territory(kinds: set[str], scope: str, patients: list[str], agent: str | None, own: str | None) -> str | None:
    """Control of a place changing hands: by the state (regains), by others (overtakes), or without a fight."""
    if "regain" not in kinds and own != "overtake":
        return None  # "capture" and "seize" take a place only as the event's own verb
    if _seized_not_place(patients):
        return None  # "captured five fighters", "seized weapons": no territory changed hands
    state = "regain" in kinds or (
        agent is not None and bool(event_lexicon().context["state_forces"].search(agent.lower()))
    )
    if _NO_VIOLENCE.search(scope) or (not state and not _VIOLENCE.search(scope)):
        return "Non-violent transfer of territory"  # control acquired without a violent interaction
    return "Government regains territory" if state else "Non-state actor overtakes territory"


def acled_sub_type(
    kinds: set[str],
    scope: str,
    patients: list[str],
    label: str | None = None,
    agent: str | None = None,
    sentence: str | None = None,
    own: str | None = None,
) -> str | None:
    """The ACLED sub-event type from the kinds triggered and the words of the event's scope (lower-cased).

    The codebook's tie-breaks: a weapon decides among explosions, but crude bombs and petrol bombs thrown by a crowd
    are riots; a demonstration is violent when its participants are (rock throwing, arson, barricades), met with
    lethal force when they are killed or shot, with intervention when dispersed or arrested; violence by a crowd of
    ordinary people (not an organised armed group) is mob violence; a fight between two organised armed groups is an
    armed clash, and an organised group's attack on unarmed people is an attack on civilians; a place taken in a
    fight is a territorial battle, a place taken without one a non-violent transfer.
    """
    if label:
        return label
    ctx = event_lexicon().context
    has = {f: bool(p.search(scope)) for f, p in ctx.items()}
    crowd = _crowd(agent)
    riot_weapons = bool(_WEAPON_ONLY_IN_RIOTS.search(scope))
    demo = "protest" in kinds or ("riot" in kinds and has["demonstration"])
    crowd_weapons = riot_weapons and (demo or crowd or bool(kinds & {"riot", "clash"}) or has["mob"])
    weapons = kinds & {"explosive", "grenade", "shell"}
    found = has["weapon_found"] and not _BOMB_USED.search(scope) and "shell" not in kinds  # shells are fired
    if weapons and ("disrupt" in kinds or found):
        return "Disrupted weapons use"
    if "chemical" in kinds:
        return "Chemical weapon"
    if "suicide" in kinds:
        return "Suicide bomb"
    flown = agent is not None and bool(ctx["aircraft"].search(agent.lower()))
    if "air" in kinds or (flown and kinds & {"attack", "shell", "explosive", "clash"}):
        return "Air/drone strike"  # "warplanes struck the town": what flew it makes it an air strike
    if "shell" in kinds and not demo and not (crowd and "clash" in kinds):
        return "Shelling/artillery/missile attack"
    if "grenade" in kinds and not crowd_weapons:
        return "Grenade"
    if "explosive" in kinds and not crowd_weapons:
        return "Remote explosive/landmine/IED"
    if "sexual" in kinds:
        return "Sexual violence"
    if "abduct" in kinds and not demo:
        return "Abduction/forced disappearance"
    if demo:
        calm = _TOPIC.sub(" ", scope)  # "protest against the arrest of ..." names the grievance, not an intervention
        own = _TOPIC.sub(" ", sentence.lower()) if sentence is not None else calm
        violent = riot_weapons or bool(ctx["protester_violence"].search(calm))
        state = agent is not None and bool(ctx["state_forces"].search(agent.lower()))
        if state and not violent and (_EXCESSIVE.search(scope) or _LETHAL.search(own)):
            # the forces are the ones acting, on protesters no one says were violent ("unrest" names the wave)
            return "Excessive force against protesters"
        if "riot" in kinds or violent:
            return "Violent demonstration"
        if _EXCESSIVE.search(scope) or _LETHAL.search(own):
            return "Excessive force against protesters"  # killed, shot or seriously hurt: lethal force on them
        if ctx["intervention"].search(calm) or _FORCE_ON_DEMO.search(calm):
            return "Protest with intervention"
        return "Peaceful protest"
    if "riot" in kinds:  # a riot that is not a demonstration is a mob's violence
        return "Mob violence" if "attack" in kinds or _MOB_WORDS.search(scope) else "Violent demonstration"
    territory = _territory(kinds, scope, patients, agent, own)
    if territory is not None:
        return territory
    unarmed = agent is not None and bool(ctx["unarmed_agent"].search(agent.lower())) and "armed" not in agent.lower()
    if "clash" in kinds:
        sides = [s.lower() for s in (agent, *patients) if s] if own == "clash" else []
        if (
            (crowd or any(_crowd(s) for s in sides))
            and not any(ctx["nonstate_armed"].search(s) for s in sides)
            and not has["nonstate_armed"]
        ):
            return "Mob violence"  # a crowd fighting the police or another crowd riots; it is no armed clash
        if (unarmed or has["mob"]) and not has["armed_actor"]:
            return "Mob violence"
        return "Armed clash"
    armed_crowd = bool(_GUNS.search(sentence.lower() if sentence is not None else scope))
    if "attack" in kinds or (crowd_weapons and weapons):
        if (
            _MOB_WORDS.search(scope)
            or (crowd and not armed_crowd)
            or (crowd_weapons and not (agent and _armed(agent.lower())))
        ):
            return "Mob violence"  # ordinary people beating, stoning or burning: not an organised armed group
        local = sentence.lower() if sentence is not None else scope
        both = bool(ctx["state_forces"].search(local) and ctx["nonstate_armed"].search(local))
        if _patient_armed(patients) or both or _ARMED_VICTIMS.search(local) or "both sides" in scope:
            return "Armed clash"  # both sides armed and organised
        return "Attack"
    if "explosive" in kinds:
        return "Remote explosive/landmine/IED"
    if "abduct" in kinds:
        return "Abduction/forced disappearance"
    if "loot" in kinds and ((crowd and not armed_crowd) or ((unarmed or has["mob"]) and not has["armed_actor"])):
        return "Mob violence"  # crowds wrecking property riot; the codebook's looting is by organised groups
    if own == "overtake" and _seized_not_place(patients):
        if any(_SEIZED_ARMS.search(p.lower()) for p in patients):
            return "Disrupted weapons use"  # "seized a cache of rifles"
        if agent is not None and ctx["state_forces"].search(agent.lower()):
            return "Arrests"  # "troops captured five fighters": the state takes people into custody
        return "Abduction/forced disappearance"  # others seizing people abduct them
    if "overtake" in kinds and agent is not None and ctx["state_forces"].search(agent.lower()):
        return "Government regains territory"  # the state taking control is regaining its territory
    for kind, sub in (
        ("loot", "Looting/property destruction"),
        ("regain", "Government regains territory"),
        ("overtake", "Non-state actor overtakes territory"),
        ("disrupt", "Disrupted weapons use"),
        ("arrest", "Arrests"),
        ("agree", "Agreement"),
        ("transfer", "Non-violent transfer of territory"),
        ("hq", "Headquarters or base established"),
        ("change", "Change to group/activity"),
    ):
        if kind in kinds:
            return sub
    return None
