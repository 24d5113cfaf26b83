"""Regenerate the README's CLI reference (from --help) and schema table (from data/event.schema.json).

.venv/bin/python scripts/gen_docs.py          # rewrite README.md in place
.venv/bin/python scripts/gen_docs.py --check  # exit 1 when README.md is out of date (tests/test_docs.py)
"""

from __future__ import annotations

import json
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import click

from sitroom.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def cli_reference() -> str:
    parts = []
    ctx = click.Context(cli, info_name="sitroom", max_content_width=100, terminal_width=100)
    parts.append("```\n$ sitroom --help\n" + cli.get_help(ctx) + "\n```")
    for name in sorted(cli.commands):  # type: ignore[attr-defined]
        command = cli.commands[name]  # type: ignore[attr-defined]
        sub = click.Context(command, info_name=name, parent=ctx, max_content_width=100, terminal_width=100)
        parts.append(f"#### `sitroom {name}`\n\n```\n{command.get_help(sub)}\n```")
    return "\n\n".join(parts)


def _type(spec: dict[str, Any]) -> str:
    if "enum" in spec:
        return "one of " + ", ".join("null" if v is None else f"`{v}`" for v in spec["enum"])
    if "$ref" in spec:
        return "actor object or null"
    t = spec.get("type", "")
    return " or ".join(t) if isinstance(t, list) else str(t)


def schema_table() -> str:
    schema = json.loads((resources.files("sitroom") / "data" / "event.schema.json").read_text(encoding="utf-8"))
    rows = ["| field | type | meaning |", "|---|---|---|"]

    def add(prefix: str, props: dict[str, Any], required: list[str]) -> None:
        for name, spec in props.items():
            req = " (required)" if name in required else ""
            desc = (spec.get("description") or "").replace("|", "\\|")
            rows.append(f"| `{prefix}{name}`{req} | {_type(spec)} | {desc} |")
            if isinstance(spec.get("properties"), dict):
                add(f"{prefix}{name}.", spec["properties"], spec.get("required", []))

    add("", schema["properties"], schema["required"])
    add("actor.", schema["$defs"]["actor"]["properties"], schema["$defs"]["actor"]["required"])
    return "\n".join(rows)


def render(readme: str) -> str:
    for marker, body in (("CLI", cli_reference()), ("SCHEMA", schema_table())):
        pattern = re.compile(rf"(<!-- BEGIN {marker} -->\n).*?(\n<!-- END {marker} -->)", re.S)
        if not pattern.search(readme):
            raise SystemExit(f"README.md lacks the <!-- BEGIN {marker} --> ... <!-- END {marker} --> markers")
        readme = pattern.sub(lambda m, b=body: m.group(1) + b + m.group(2), readme)
    return readme


def main() -> int:
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in sys.argv:
        if wanted != current:
            print("README.md is out of date: run .venv/bin/python scripts/gen_docs.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
