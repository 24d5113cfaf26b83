"""The shipped event schema agrees with the shared contract: nothing renamed or changed, only fields added."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared" / "schema" / "event.schema.json"


def shipped_schema() -> dict[str, Any]:
    return json.loads((resources.files("sitroom") / "data" / "event.schema.json").read_text(encoding="utf-8"))


def _contains(ours: Any, theirs: Any, path: str) -> None:
    """Every key of ``theirs`` is in ``ours`` with the same value; dicts may gain keys (new fields)."""
    if isinstance(theirs, dict):
        assert isinstance(ours, dict), path
        for key, value in theirs.items():
            if key == "required" and isinstance(value, list):
                assert set(value) <= set(ours.get("required", [])), f"{path}.required"
                continue
            assert key in ours, f"{path}.{key} missing from the shipped schema"
            _contains(ours[key], value, f"{path}.{key}")
    else:
        assert ours == theirs, f"{path} differs: {ours!r} != {theirs!r}"


def test_schema_agrees_with_shared_contract() -> None:
    if not SHARED.exists():
        pytest.skip(f"shared schema not found at {SHARED} (../shared is absent); nothing to compare")
    _contains(shipped_schema(), json.loads(SHARED.read_text(encoding="utf-8")), "$")


def test_schema_is_a_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(shipped_schema())
