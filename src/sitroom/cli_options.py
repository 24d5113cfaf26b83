"""Options that more than one module of the ``sitroom`` command takes (``sitroom.cli``, ``sitroom.cli_review``)."""

from __future__ import annotations

import click

__all__ = ["db_option"]

db_option = click.option(
    "--db",
    envvar="SITROOM_DB",
    default="sitroom.duckdb",
    show_default=True,
    help="DuckDB file or postgresql:// URL (env SITROOM_DB).",
)
