"""Word lists live in data files that say where their words come from, read through one typed loader.

Issue 10 (item 7): the rules' vocabularies (prepositions of place, verbs of intention, nouns of a toll...) are data,
not literals in code, so that a linguist can read and extend them without reading Python, and each file names its
source. These tests keep it so: a new word table in a module fails here, and so does a listed word list no module
reads.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

import sitroom
from sitroom.extract.lexicons import WordLists, word_lists

SRC = Path(sitroom.__file__).parent
DATA = SRC / "data"
ROOMS = ("extract", "geo", "agreements", "fusion")

# Module-level tables whose strings are sitroom's own keys (event kinds, precisions, feature classes, statuses,
# record fields, the features of the codebook's tie-breaks), not English words: they name what sitroom computes
# and stay with the code that defines them. `_ENDINGS` are letters a transliterated name may end in, and
# `STRONG_LOCATIVE` is the locative prepositions less four named where it is defined.
OWN_KEYS = {
    "agreements/model.py": {"STATUSES", "_RECORD_FIELDS"},
    "agreements/track.py": {"KIND_ORDER", "RANK"},
    "extract/_casualty_lexicon.py": {"KINDS"},
    "extract/acled_rules.py": {"_FEATURES"},
    "extract/coref.py": {"_PRECISION"},
    "extract/detect.py": {
        "WEAPON_KINDS",
        "_FIGHT_KINDS",
        "_TAKING",
        "_GATHERED",
        "_NOT_SCENE",
        "_HARM_KINDS",
        "_CROWD_KINDS",
        "_ELIDED_KINDS",
    },
    "extract/events.py": {"_STRIKING", "INSTRUMENTS", "VIOLENT_KINDS"},
    "extract/rank.py": {"_MODALITY_COST", "_RESPONSES"},
    "extract/reportable.py": {"NOT_HAPPENED", "_ACT_FAMILIES", "_ARMED_KINDS"},
    "extract/senses.py": {"_PLAYED", "_HARMING"},
    "fusion/fuse.py": {"ANCHOR_ORDER", "_PRECISION"},
    "fusion/match.py": {"_FINE"},
    "geo/build.py": {"FEATURES", "_DUMP_FEATURE"},
    "geo/context.py": {"STRONG_LOCATIVE"},
    "geo/gazetteer.py": {"PRECISION_OF_FEATURE"},
    "geo/geonames.py": {"KINDS"},
    "geo/locate.py": {"_SPECIFICITY"},
    "geo/parser.py": {"_FEATURE_OUT"},
    "geo/relative.py": {"_ENDINGS"},
    "geo/resolve.py": {"FEATURE_PRIOR", "AREA_FEATURES"},
}

# spaCy's labels (dependencies, parts of speech, entities) are the parser's vocabulary, not words a rule looks for
_LABELS = set(GLOSSARY)


def _is_word(s: str) -> bool:
    if s in _LABELS or "_" in s:
        return False
    bare = s.replace("-", "").replace(" ", "").replace("'", "").replace(".", "")
    return bare.isalpha() and (s.islower() or s.istitle())


def _word_tables() -> list[tuple[str, str, int]]:
    """(module, name, words) for each module-level assignment holding three or more word literals."""
    found = []
    for room in ROOMS:
        for path in sorted((SRC / room).rglob("*.py")):
            module = path.relative_to(SRC).as_posix()
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
                    continue
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                name = getattr(target, "id", "")
                if name == "__all__":
                    continue
                # a key handed to a call ('word_lists("x.json").words("verbs")') names a list, it is none
                keys = {id(a) for n in ast.walk(node.value) if isinstance(n, ast.Call) for a in n.args}
                words = [
                    n.value
                    for n in ast.walk(node.value)
                    if isinstance(n, ast.Constant)
                    and isinstance(n.value, str)
                    and _is_word(n.value)
                    and id(n) not in keys
                ]
                if len(words) >= 3:
                    found.append((module, name, len(words)))
    return found


def test_no_word_table_is_written_in_code() -> None:
    stray = [(m, n, k) for m, n, k in _word_tables() if n not in OWN_KEYS.get(m, set())]
    assert not stray, f"word lists belong in sitroom/data (read with word_lists): {stray}"


def test_the_own_key_tables_still_exist() -> None:
    # an entry left here after its table moved would let a new table of that name back in unnoticed
    tables = {(m, n) for m, n, _ in _word_tables()}
    stale = [(m, n) for m, names in OWN_KEYS.items() for n in names if (m, n) not in tables]
    assert not stale


def _word_list_files() -> set[str]:
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        names |= set(re.findall(r'word_lists\("([\w.]+)"\)', path.read_text(encoding="utf-8")))
    return names


def test_every_word_list_file_names_its_source() -> None:
    files = _word_list_files()
    assert {"place_words.json", "event_frames.json", "modality.json", "doers.json"} <= files
    for name in sorted(files):
        raw = json.loads((DATA / name).read_text(encoding="utf-8"))
        assert isinstance(raw.get("_source"), str) and len(raw["_source"]) > 80, name


def test_each_noted_list_exists_and_is_read_by_the_module_its_note_names() -> None:
    checked = 0
    for name in sorted(_word_list_files()):
        raw = json.loads((DATA / name).read_text(encoding="utf-8"))
        for key, note in raw.get("_notes", {}).items():
            assert key in raw, f"{name}: a note for {key!r}, which is no list of the file"
            readers = re.findall(r"sitroom/([\w/]+\.py)", note)
            for module in readers:
                text = (SRC / module).read_text(encoding="utf-8")
                assert f'"{key}"' in text, f"{name}: {key!r} is noted as read by {module}, which never names it"
                checked += 1
    assert checked >= 100


def test_the_loader_types_what_it_reads() -> None:
    lists = word_lists("modality.json")
    assert "will" in lists.words("future_auxiliaries")
    assert isinstance(lists.words("future_auxiliaries"), frozenset)
    assert word_lists("place_words.json").ordered("division_units")[0] == "Province"
    assert word_lists("place_words.json").numbers("bearings")["east"] == 90.0
    assert word_lists("number_words.json").counts("tens")["forty"] == 40
    assert word_lists("modality.json") is lists  # read once per process


def test_a_missing_or_misshapen_list_names_the_file_and_the_key() -> None:
    lists = WordLists("test.json", "a test", {"_source": "a test", "verbs": ["go"], "table": {"a": 1}})
    with pytest.raises(KeyError, match=r"data/test\.json: no word list 'nouns'"):
        lists.words("nouns")
    with pytest.raises(KeyError, match="_source"):
        lists.words("_source")
    with pytest.raises(TypeError, match=r"data/test\.json: 'table' is not a list of words"):
        lists.words("table")
    with pytest.raises(TypeError, match=r"'verbs' is not a table of words"):
        lists.mapping("verbs")
    with pytest.raises(TypeError, match=r"'table' is not a table of words"):
        lists.mapping("table")
    assert lists.counts("table") == {"a": 1}
    assert lists.numbers("table") == {"a": 1.0}
