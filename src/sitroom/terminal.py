"""Text from inputs made safe to print on a terminal.

An article id, a file name or an evidence sentence can hold control characters (ESC starts a terminal escape
sequence; a newline would forge a second message line; bidirectional overrides reorder what is shown). Everything
the CLI prints from an input goes through :func:`printable`, which writes such characters as Python escapes
(``\\x1b``, ``\\n``, ``\\u202e``), as ``repr`` does, and leaves every other character alone.
"""

from __future__ import annotations

import re

__all__ = ["printable"]

# C0 controls, DEL, C1 controls, and the bidirectional marks, embeddings, overrides and isolates
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control and bidirectional-control characters escaped (``"a\\x1b[2Jb"`` for ESC)."""
    return _UNSAFE.sub(_escape, text)
