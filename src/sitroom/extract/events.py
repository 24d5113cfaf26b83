"""Event triggers and their types: which words of a sentence signal an event, and what kind of event it is.

Triggers come from ``data/event_lexicon.json`` (lemmas and lemma phrases per *kind*); a kind is typed into the
PLOVER event and mode, the CAMEO root code and the ACLED event type and sub-type (or a non-ACLED type) by
:func:`classify`, which applies the ACLED codebook's tie-breaks to the words around the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitroom.extract.lexicons import actor_data, event_lexicon, taxonomy

__all__ = [
    "LIGHT_VERBS",
    "EventType",
    "Trigger",
    "acled_sub_type",
    "classify",
    "demote_speech_acts",
    "find_triggers",
    "label_prefix",
    "shift_for_modality",
]

# Verbs that carry an event noun ("launched an attack", "staged a protest"): the noun is the event.
LIGHT_VERBS = frozenset(
    [
        "launch",
        "hold",
        "stage",
        "carry",
        "conduct",
        "organize",
        "organise",
        "mount",
        "begin",
        "start",
        "take",
        "make",
        "establish",
        "lead",
        "join",
        "continue",
        "resume",
        "wage",
        "commit",
        "perpetrate",
        "do",
        "give",
        "issue",
        "reach",
        "announce",
        "call",
        "erupt",
        "break",
        "occur",
        "happen",
        "witness",
        "see",
        "report",
        "result",
        "cause",
        "face",
        "end",
        "suffer",
        "undertake",
        "sign",
        "engage",
    ]
)
_WEAPON_ONLY_IN_RIOTS = re.compile(r"\b(?:petrol|crude|molotov|cocktail|cocktails|hand-made|handmade)\b")
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
    ]
)
_LABELS = {
    "movement of forces": "Change to group/activity",
    "change to group/activity": "Change to group/activity",
    "non-violent activity": "Other",
    "arrests": "Arrests",
    "arrest": "Arrests",
    "looting": "Looting/property destruction",
    "property destruction": "Looting/property destruction",
    "looting/property destruction": "Looting/property destruction",
    "agreement": "Agreement",
    "disrupted weapons use": "Disrupted weapons use",
    "headquarters or base established": "Headquarters or base established",
    "non-violent transfer of territory": "Non-violent transfer of territory",
    "other": "Other",
    "defusal": "Disrupted weapons use",
    "weapons seizure": "Disrupted weapons use",
    "recruitment": "Change to group/activity",
    "headquarters": "Headquarters or base established",
}
_TOPIC = re.compile(
    r"\b(?:demand\w*|against|over|protest\w*|condemn\w*|release of|in protest at)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:arrest\w*|detain\w*|detention|harassment|attacks?|killing|murder|assault\w*|"
    r"custody|abduction|kidnap\w*|disappearance|torture|clash\w*|violence|loot\w*|insecurity|demolition|"
    r"destruction|burn\w*|vandal\w*|crime|theft|robbery|shooting|death)"
)
_ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police officers?|officers|servicem[ae]n|convoy|patrol|military (?:convoy|"
    r"patrol|vehicle|base|camp|post)|police (?:post|station|patrol))\b(?:\s+\w+){0,2}?\s+(?:were\s+|was\s+)?"
    r"(?:killed|wounded|injured|attacked|ambushed|came under|targeted)"
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


@dataclass
class Trigger:
    kind: str
    i: int  # token index in the doc
    start: int  # character offset in the text
    text: str
    depth: int  # syntactic depth below the sentence root (light verbs lend their depth to their noun)


@dataclass
class EventType:
    plover: str
    mode: str | None
    cameo: str | None
    acled_type: str | None
    acled_sub: str | None
    non_acled: str | None


def _depth(tok: Any) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def find_triggers(sent: Any) -> list[Trigger]:
    """The event triggers of one spaCy sentence span, one per token (phrases first)."""
    lex = event_lexicon()
    toks = list(sent)
    lemmas = [t.lemma_.lower() for t in toks]
    lowers = [t.lower_ for t in toks]
    found: dict[int, Trigger] = {}
    covered: set[int] = set()
    for k in range(len(toks)):
        for words, pkind in lex.phrases.get(lemmas[k], []) + lex.phrases.get(lowers[k], []):
            n = len(words)
            seq_l, seq_w = tuple(lemmas[k : k + n]), tuple(lowers[k : k + n])
            if words in (seq_l, seq_w) and not covered.intersection(range(k, k + n)):
                head = max(toks[k : k + n], key=lambda t: -_depth(t))
                found[head.i] = Trigger(pkind, head.i, head.idx, " ".join(t.text for t in toks[k : k + n]), 0)
                covered.update(range(k, k + n))
                break
    for k, tok in enumerate(toks):
        if k in covered or tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        found_kind = lex.lemma_kinds.get(lemmas[k]) or lex.lemma_kinds.get(lowers[k])
        if found_kind is None:
            continue
        if tok.lower_ in ("according", "accordingly") or (tok.pos_ == "PROPN" and tok.ent_type_):
            continue  # "according to"; names such as "Warsaw Pact"
        kind = found_kind
        if lemmas[k] == "strike" and tok.pos_ == "NOUN":
            kind = "protest"
        if lemmas[k] in ("fire", "mine", "exchange", "back", "gather", "rally") and tok.pos_ not in ("NOUN", "VERB"):
            continue
        if lemmas[k] == "fire" and tok.pos_ == "VERB":
            continue
        if kind == "riot" and (
            (k + 1 < len(toks) and lowers[k + 1] in _RIOT_GEAR) or (k > 0 and lowers[k - 1] in ("anti", "anti-"))
        ):
            continue  # "riot police", "anti-riot gear" name equipment, not a riot
        if tok.pos_ == "ADJ" and lemmas[k] not in ("joint", "humanitarian", "explosive", "willing", "ready"):
            continue
        found[tok.i] = Trigger(kind, tok.i, tok.idx, tok.text, 0)
    for trig in found.values():
        tok = sent.doc[trig.i]
        depth = _depth(tok)
        if tok.dep_ in ("dobj", "attr", "nsubjpass", "pobj") and tok.head.lemma_.lower() in LIGHT_VERBS:
            depth -= 1
        trig.depth = max(0, depth)
    return sorted(found.values(), key=lambda t: t.i)


_RIOT_GEAR = frozenset({"police", "policemen", "gear", "squad", "control", "unit", "officers", "shield", "shields"})
_EMBEDDING = frozenset({"dobj", "ccomp", "xcomp", "prep", "pobj", "advcl", "attr", "acomp", "oprd", "pcomp", "acl"})


def demote_speech_acts(sent: Any, triggers: list[Trigger]) -> None:
    """A statement, demand or denial outranks an ACLED event only when the event is what it is about.

    "condemned the attack" is an accusation (the attack is its object); in "protesters marched, demanding pay" or
    "a protest called for by the opposition" the protest is the event and the speech act its detail.
    """
    kind_map = event_lexicon().kind_map
    acled = [t for t in triggers if kind_map[t.kind][0] == "acled"]
    if not acled:
        return
    doc = sent.doc
    for p in triggers:
        if kind_map[p.kind][0] == "acled":
            continue
        embedded = False
        for a in acled:
            tok = doc[a.i]
            purpose = a.kind == "protest" and tok.dep_ in ("pobj", "advcl", "xcomp")  # "in/to protest"
            for _ in range(20):
                if tok.head.i == tok.i:
                    break
                if tok.head.i == p.i:
                    embedded = tok.dep_ in _EMBEDDING and not purpose
                    break
                tok = tok.head
            if embedded:
                break
        if not embedded:
            p.depth += 10


def label_prefix(text: str) -> str | None:
    """An ACLED sub-event label that opens a coder's note ("Arrests: ...", "Movement of forces: ...")."""
    head, sep, _ = text[:60].partition(":")
    if not sep:
        return None
    return _LABELS.get(head.strip().lower())


def _patient_armed(patients: list[str]) -> bool:
    groups = actor_data()["groups"]
    for p in patients:
        low = p.lower().replace("-", " ")
        if any(w in _ARMED_PATIENT for w in low.split()) or any(g in low for g in groups if len(g) > 3):
            return True
    return False


def acled_sub_type(
    kinds: set[str],
    scope: str,
    patients: list[str],
    label: str | None = None,
    agent: str | None = None,
    sentence: str | None = None,
) -> str | None:
    """The ACLED sub-event type from the kinds triggered and the words of the event's scope (lower-cased).

    The codebook's tie-breaks: a weapon decides among explosions; a demonstration is violent when its participants
    are, met with lethal force when they are killed or shot, with intervention when dispersed or arrested; an
    attack on an armed side is an armed clash, on unarmed people an attack on civilians.
    """
    if label:
        return label
    ctx = event_lexicon().context
    has = {f: bool(p.search(scope)) for f, p in ctx.items()}
    riot_weapons = bool(_WEAPON_ONLY_IN_RIOTS.search(scope))
    demo = "protest" in kinds or ("riot" in kinds and has["demonstration"])
    weapons = kinds & {"explosive", "grenade", "shell"}
    if weapons and ("disrupt" in kinds or (has["weapon_found"] and not _BOMB_USED.search(scope))):
        return "Disrupted weapons use"
    if "suicide" in kinds:
        return "Suicide bomb"
    if "air" in kinds:
        return "Air/drone strike"
    if "shell" in kinds and not demo:
        return "Shelling/artillery/missile attack"
    if "grenade" in kinds and not (demo and riot_weapons):
        return "Grenade"
    if "explosive" in kinds and not (riot_weapons and (demo or "riot" in kinds)):
        return "Remote explosive/landmine/IED"
    if "sexual" in kinds:
        return "Sexual violence"
    if "abduct" in kinds and not demo:
        return "Abduction/forced disappearance"
    if demo:
        calm = _TOPIC.sub(" ", scope)  # "protest against the arrest of ..." names the grievance, not an intervention
        if "riot" in kinds or ctx["protester_violence"].search(calm):
            return "Violent demonstration"
        own = _TOPIC.sub(" ", sentence.lower()) if sentence is not None else calm
        if _EXCESSIVE.search(scope) or _LETHAL.search(own):
            return "Excessive force against protesters"  # killed, shot or seriously hurt: lethal force on them
        if ctx["intervention"].search(calm) or _FORCE_ON_DEMO.search(calm):
            return "Protest with intervention"
        return "Peaceful protest"
    if "riot" in kinds and "attack" in kinds and "protest" not in kinds:
        return "Mob violence"  # rioters turning on people rather than demonstrating
    if "riot" in kinds:  # a riot is a violent demonstration unless a mob turns on people ("lynched", "mob")
        return (
            "Mob violence" if re.search(r"\b(?:mob|mobs|lynch\w*|vigilante\w*)\b", scope) else "Violent demonstration"
        )
    unarmed = agent is not None and bool(ctx["unarmed_agent"].search(agent.lower())) and "armed" not in agent.lower()
    if "clash" in kinds:
        if (unarmed or has["mob"]) and not has["armed_actor"]:
            return "Mob violence"
        return "Armed clash"
    if "attack" in kinds:
        if re.search(r"\b(?:mob|mobs|lynch\w*|vigilante\w*)\b", scope) or (unarmed and not _patient_armed(patients)):
            return "Mob violence"
        local = sentence.lower() if sentence is not None else scope
        both = bool(ctx["state_forces"].search(local) and ctx["nonstate_armed"].search(local))
        if _patient_armed(patients) or both or _ARMED_VICTIMS.search(local) or "both sides" in scope:
            return "Armed clash"  # both sides armed and organised
        return "Attack"
    if "explosive" in kinds:
        return "Remote explosive/landmine/IED"
    if "abduct" in kinds:
        return "Abduction/forced disappearance"
    if "loot" in kinds and (unarmed or has["mob"]) and not has["armed_actor"]:
        return "Mob violence"  # crowds wrecking property riot; the codebook's looting is by organised groups
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


def _parent_type(sub: str) -> str:
    for parent, subs in taxonomy()["acled_sub_types"].items():
        if sub in subs:
            return str(parent)
    raise KeyError(sub)


def classify(kind: str, acled_sub: str | None) -> EventType:
    """The full type of an event of ``kind`` whose ACLED sub-type (if any) was decided by :func:`acled_sub_type`."""
    tax = taxonomy()
    family, label = event_lexicon().kind_map[kind]
    if acled_sub is not None:
        if family == "plover":  # a speech act or policy act keeps its PLOVER type; ACLED types the events it is about
            plover, mode, cameo = label, tax["plover_modes"].get(label), tax["plover_cameo"][label]
        else:  # PLOVER follows the trigger itself ("arrested protesters" is COERCE), ACLED the whole scene
            own = "Violent demonstration" if kind == "riot" else label
            plover, mode, cameo = tax["sub_type_plover"][own] if family == "acled" else tax["non_acled_plover"][own]
        return EventType(plover, mode, cameo, _parent_type(acled_sub), acled_sub, None)
    if family == "non_acled":
        plover, mode, cameo = tax["non_acled_plover"][label]
        return EventType(plover, mode, cameo, None, None, label)
    if family == "plover":
        non_acled = "Diplomatic event" if label in ("CONSULT", "SANCTION", "SUPPORT", "AID", "COOPERATE") else None
        other = "Other" if label in ("COERCE", "MOBILIZE") else None
        return EventType(
            label,
            tax["plover_modes"].get(label),
            tax["plover_cameo"][label],
            "Strategic developments" if other else None,
            other,
            None if other else non_acled,
        )
    plover, mode, cameo = tax["sub_type_plover"][label]
    return EventType(plover, mode, cameo, _parent_type(label), label, None)


_YIELDING = frozenset({"AGREE", "CONCEDE", "COOPERATE", "SUPPORT", "AID", "CONSULT", "RETREAT"})
_COERCIVE = frozenset({"COERCE", "SANCTION", "ASSAULT", "RETREAT", "REJECT", "MOBILIZE"})
_CONDITION = re.compile(r"\b(?:unless|or face|or else|otherwise|if (?:it|they|he|she) (?:does|do|did) not)\b")


def shift_for_modality(etype: EventType, modality: str, tok: Any) -> tuple[EventType, str]:
    """PLOVER codes what a statement does: a refusal to agree is REJECT, an announced coercive step (or one made
    conditional) is THREATEN, an obligation laid on another ("X must ...") is REQUEST. ACLED typing is kept."""
    tax = taxonomy()

    def to(plover: str) -> EventType:
        return EventType(
            plover,
            tax["plover_modes"].get(plover),
            tax["plover_cameo"][plover],
            etype.acled_type,
            etype.acled_sub,
            etype.non_acled,
        )

    sent = tok.sent.text.lower()
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"} | {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
    if modality == "negated" and etype.plover in _YIELDING:
        return to("REJECT"), "asserted"
    if modality == "future" and etype.plover in _YIELDING - {"AGREE", "CONSULT"}:
        return to("AGREE"), "asserted"  # a promise or offer to help is an agreement to (CAMEO 03, intent)
    if aux & {"must", "should"} and etype.plover != "REQUEST":
        return to("REQUEST"), "asserted"
    if modality in ("future", "hypothetical") and (etype.plover in _COERCIVE or _CONDITION.search(sent)):
        return to("THREATEN"), "asserted"
    return etype, modality
