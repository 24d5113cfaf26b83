"""Issue 9: the gazetteer cache is versioned and checksummed, and rebuilt (atomically) when damaged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitroom.geo import gazetteer as gz
from sitroom.geo.gazetteer import Gazetteer, read_cache, write_cache


@pytest.fixture()
def built(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[int]:
    """A cache directory of its own, and a count of the builds (the real builder on its real data is slow)."""
    calls: list[int] = []

    def build(_gnc: Path, _text: Any) -> dict[str, Any]:
        calls.append(1)
        return {"marker": len(calls)}

    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path))
    monkeypatch.setattr(gz, "build_tables", build)
    monkeypatch.setattr(Gazetteer, "__init__", lambda self, tables: setattr(self, "_t", tables))
    return calls


def _target(tmp_path: Path) -> Path:
    return tmp_path / f"gazetteer-{gz.input_fingerprint()}.pkl"


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut in half (an interrupted copy, a full disk)
        lambda b: b[:-1],
        lambda b: b[:40],  # inside the header
        lambda b: b"",
        lambda b: b[:-10] + bytes(10),  # altered payload
        lambda b: b.replace(b"cache\n" + gz.INDEX_VERSION.encode(), b"cache\n0", 1),  # another version
    ],
    ids=["half", "last-byte", "header", "empty", "altered", "version"],
)
def test_gazetteer_issue9_damaged_cache_is_rebuilt(built: list[int], tmp_path: Path, damage: Any) -> None:
    assert Gazetteer.load()._t["marker"] == 1
    target = _target(tmp_path)
    target.write_bytes(damage(target.read_bytes()))
    assert Gazetteer.load()._t["marker"] == 2, "rebuilt, not unpickled"
    assert Gazetteer.load()._t["marker"] == 2, "and the rebuilt file is loaded next time"
    assert not list(tmp_path.glob(".gazetteer-*.tmp")), "no temporary file left behind"


def test_gazetteer_issue9_cache_round_trip_and_header(tmp_path: Path) -> None:
    target = tmp_path / "g.pkl"
    write_cache(target, {"a": [1, 2, 3]})
    head = target.read_bytes().split(b"\n", 2)
    assert head[0] == b"sitroom gazetteer cache"
    version, digest, length = head[1].decode().split()
    assert version == gz.INDEX_VERSION and len(digest) == 64 and int(length) == len(head[2])
    assert read_cache(target) == {"a": [1, 2, 3]}
    assert read_cache(tmp_path / "missing.pkl") is None
