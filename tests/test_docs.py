"""Docs that cannot rot: the README's CLI reference and schema table are generated, and must be current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_docs_readme_is_generated_from_help_and_schema() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_docs.py"), "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr


def test_docs_every_error_code_is_documented() -> None:
    from sitroom.errors import Errors

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    codes = [name for name in vars(Errors) if name.startswith("E") and name[1:].isdigit()]
    missing = [c for c in codes if c not in readme]
    assert not missing, f"README does not document error codes {missing}"
