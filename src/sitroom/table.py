"""Events as a text table for a terminal: chosen columns, fitted to a width (80 by default), names kept whole.

Each column has a fixed width or a share of what the fixed ones leave (``COLUMNS``). A row is as tall as its
tallest cell: text wraps at spaces, and after a slash or a hyphen ("Air/drone strike"), so that a name is never cut;
only a word longer than its column is cut, and the evidence sentence is clipped to the row's height with an
ellipsis. Every cell goes through :func:`sitroom.terminal.printable`.

Actor names are shortened by one written rule before they wrap (:func:`short_actor`):

1. the country in the name, written "of Azerbaijan" or "(Azerbaijan)", becomes its ISO3 code in brackets;
2. "Military Forces" becomes "Military", "Police Forces" "Police", "Government" "Gov.", "Unidentified" "Unid.";
3. actor 1 and actor 2 are joined by " > " (actor 2 starts a new line when both do not fit on one).

So "Military Forces of Azerbaijan > Protesters (Armenia)" reads "Military (AZE) > Protesters (ARM)".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TextIO

from sitroom.errors import UsageError
from sitroom.terminal import printable

__all__ = ["COLUMNS", "DEFAULT_COLUMNS", "Column", "parse_columns", "render_table", "short_actor"]


@dataclass(frozen=True)
class Column:
    """A table column: its header, a fixed width or a share of the width left, and how a record fills it."""

    name: str
    cell: Callable[[dict[str, Any]], str]
    width: int = 0  # fixed width; 0: a share of what the fixed columns leave
    share: int = 0
    minimum: int = 6
    right: bool = False  # right-aligned (numbers)
    wrap: bool = True  # False: clipped to the row's height (the evidence)
    help: str = ""


def _kind(record: dict[str, Any]) -> str:
    return record.get("acled_sub_event_type") or record.get("non_acled_type") or record.get("plover_event") or "-"


def _place(record: dict[str, Any]) -> str:
    loc = record.get("location") or {}
    name = loc.get("name") or "-"
    if loc.get("admin1") and loc["admin1"] != name:
        name = f"{name}, {loc['admin1']}"
    return name


def _killed(record: dict[str, Any]) -> str:
    killed = (record.get("fatalities") or {}).get("killed")
    return "-" if killed is None else str(killed)


def _actor(record: dict[str, Any], role: str) -> str:
    actor = record.get(role) or {}
    return short_actor(actor.get("name") or actor.get("text") or "", actor.get("country"))


_BREAK = "\x1e"  # in a cell: a line break where the whole does not fit on one line


def _actors(record: dict[str, Any]) -> str:
    names = [n for n in (_actor(record, "actor1"), _actor(record, "actor2")) if n]
    if not names:
        return "-"
    return _BREAK.join([names[0], *(f"> {n}" for n in names[1:])])


COLUMNS: dict[str, Column] = {
    c.name: c
    for c in (
        Column("date", lambda r: r.get("date") or "?", width=10, help="the event's date"),
        Column("type", _kind, share=14, minimum=8, help="ACLED sub-event type, else sitroom's or PLOVER's type"),
        Column("place", _place, share=13, minimum=8, help="the location's name and first-level division"),
        Column("country", lambda r: (r.get("location") or {}).get("country") or "-", width=7, help="ISO3"),
        Column("killed", _killed, width=6, right=True, help="reported deaths"),
        Column("actors", _actors, share=18, minimum=10, help="actor 1 > actor 2, shortened by rule"),
        Column("actor1", lambda r: _actor(r, "actor1") or "-", share=12, minimum=8, help="actor 1, shortened"),
        Column("actor2", lambda r: _actor(r, "actor2") or "-", share=12, minimum=8, help="actor 2, shortened"),
        Column("evidence", lambda r: (r.get("evidence") or {}).get("sentence") or "", share=14, wrap=False),
        Column("id", lambda r: r.get("event_id") or "-", width=16, help="the event id"),
        Column("article", lambda r: r.get("article_id") or "-", share=10, minimum=8, help="the article id"),
        Column("modality", lambda r: r.get("modality") or "-", width=12),
        Column(
            "confidence",
            lambda r: f"{r['confidence']:.2f}" if r.get("confidence") is not None else "-",
            width=10,
            right=True,
        ),
    )
}
DEFAULT_COLUMNS: tuple[str, ...] = ("date", "type", "place", "killed", "actors", "evidence")


def parse_columns(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """Column names from "date,place,actors" (or a list of them); UsageError E030 naming the unknown ones."""
    if value is None:
        return DEFAULT_COLUMNS
    items = value.split(",") if isinstance(value, str) else list(value)
    names = tuple(n.strip().lower() for n in items if n.strip())
    unknown = [n for n in names if n not in COLUMNS]
    if unknown or not names:
        detail = f"unknown column {', '.join(unknown)}; " if unknown else "no column named; "
        raise UsageError("E030", param="columns", detail=detail + f"choose from {', '.join(COLUMNS)}")
    return tuple(dict.fromkeys(names))


_SHORTER = (
    (re.compile(r"\bMilitary Forces\b"), "Military"),
    (re.compile(r"\bPolice Forces\b"), "Police"),
    (re.compile(r"\bGovernment\b"), "Gov."),
    (re.compile(r"\bUnidentified\b"), "Unid."),
)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO3 -> the country's English name, as actor names write it."""
    from sitroom.extract.lexicons import country_names

    return dict(country_names())


def short_actor(name: str, country: str | None = None) -> str:
    """An actor name shortened by the module's written rule: "Military Forces of Azerbaijan" -> "Military (AZE)"."""
    name = " ".join(name.split())
    if country and len(country) == 3 and country.isalpha():
        cname = _country_names().get(country)
        if cname:
            for form in (f" of {cname}", f" ({cname})"):
                if form in name:
                    name = name.replace(form, "", 1) + f" ({country})"
                    break
    for pattern, short in _SHORTER:
        name = pattern.sub(short, name)
    return name


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width``: broken at spaces and after slashes and hyphens; a longer word is cut."""
    lines: list[str] = []
    for para in text.split("\n"):
        pieces = re.findall(r"[^\s/-]*[/-]|[^\s/-]+|\s+", para)
        line = ""
        for piece in pieces:
            if piece.isspace():
                if line:
                    line += " "
                continue
            if len(line) + len(piece) <= width:
                line += piece
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = piece
            while len(line) > width:
                lines.append(line[:width])
                line = line[width:]
        lines.append(line.rstrip())
    return [ln for ln in lines if ln] or [""]


def _cell_text(raw: str, width: int) -> str:
    """A cell's text made printable, its white space collapsed; its parts on lines of their own only when the
    whole is wider than the column."""
    parts = [printable(" ".join(part.split())) for part in raw.split(_BREAK)]
    whole = " ".join(parts)
    return whole if len(whole) <= width else "\n".join(parts)


def _clip(text: str, width: int, height: int) -> list[str]:
    lines = _wrap(text, width)
    if len(lines) <= height:
        return lines
    kept = lines[:height]
    last = kept[-1]
    kept[-1] = (last if len(last) < width else last[: width - 1]) + "\u2026"
    return kept


def _widths(columns: Sequence[Column], width: int) -> list[int]:
    """Fixed widths as given; the rest of ``width`` (less one space between columns) shared by ``share``."""
    fixed = sum(c.width for c in columns if c.width) + len(columns) - 1
    shares = sum(c.share for c in columns if not c.width)
    left = max(0, width - fixed)
    out = []
    for c in columns:
        if c.width:
            out.append(max(c.width, len(c.name)))
        else:
            out.append(max(c.minimum, len(c.name), left * c.share // shares if shares else c.minimum))
    flexible = [i for i, c in enumerate(columns) if not c.width]
    if flexible:  # give the rounding remainder to the widest flexible column
        spare = width - (sum(out) + len(columns) - 1)
        if spare > 0:
            widest = max(flexible, key=lambda i: out[i])
            out[widest] += spare
    return out


def render_table(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    width: int = 80,
    footer: Callable[[int], str] | None = None,
    quote: bool = False,
) -> int:
    """Write ``records`` as a table of ``columns`` fitting ``width`` characters; returns how many rows. ``quote``:
    each row is followed by its evidence sentence, indented and in quotes, clipped to the width."""
    chosen = [COLUMNS[name] for name in parse_columns(list(columns))]
    widths = _widths(chosen, width)

    def emit(cells: list[list[str]]) -> None:
        height = max(len(c) for c in cells)
        for i in range(height):
            parts = []
            for column, w, cell in zip(chosen, widths, cells, strict=True):
                text = cell[i] if i < len(cell) else ""
                parts.append(text.rjust(w) if column.right else text.ljust(w))
            out.write(" ".join(parts).rstrip() + "\n")

    emit([[c.name.upper()] for c in chosen])
    out.write(" ".join("-" * w for w in widths) + "\n")
    n = 0
    for record in records:
        texts = [_cell_text(c.cell(record), w) for c, w in zip(chosen, widths, strict=True)]
        wrapped = [_wrap(t, w) if c.wrap else [] for c, t, w in zip(chosen, texts, widths, strict=True)]
        height = max([len(cell) for cell in wrapped] + [1])
        cells = [
            cell if c.wrap else _clip(t, w, height)
            for c, t, w, cell in zip(chosen, texts, widths, wrapped, strict=True)
        ]
        emit(cells)
        if quote:
            sentence = printable(" ".join(((record.get("evidence") or {}).get("sentence") or "").split()))
            out.write("    \u201c" + _clip(sentence, width - 6, 1)[0] + "\u201d\n")
        n += 1
    if footer is not None:
        out.write(footer(n))
    return n
