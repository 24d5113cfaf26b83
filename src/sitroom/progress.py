"""Progress on standard error: a live counter on a terminal, nothing otherwise, and a summary line."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from sitroom.terminal import printable

__all__ = ["Progress"]


@dataclass
class Progress:
    """Counts articles, events, rejections and warnings; redraws at most ten times a second when ``stream`` is a
    terminal."""

    label: str
    quiet: bool = False
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    articles: int = 0
    events: int = 0
    rejected: int = 0
    skipped: int = 0
    warned: int = 0
    _started: float = field(default_factory=time.monotonic)
    _drawn: float = 0.0

    @property
    def live(self) -> bool:
        return not self.quiet and self.stream.isatty()

    def article(self, events: int = 0) -> None:
        self.articles += 1
        self.events += events
        self._draw()

    def skip(self) -> None:
        self.skipped += 1
        self._draw()

    def reject(self, message: str) -> None:
        """A rejected input: always one line on standard error, even when quiet."""
        self.rejected += 1
        if self.live:
            self.stream.write("\r\x1b[K")
        self.stream.write(f"sitroom: rejected {printable(message)}\n")
        self.stream.flush()

    def warn(self, message: str) -> None:
        """An input taken with a reservation (a ``Notice``): one line on standard error, even when quiet."""
        self.warned += 1
        if self.live:
            self.stream.write("\r\x1b[K")
        self.stream.write(f"sitroom: warning {printable(message)}\n")
        self.stream.flush()

    def _draw(self) -> None:
        if not self.live:
            return
        now = time.monotonic()
        if now - self._drawn < 0.1:
            return
        self._drawn = now
        rate = self.articles / max(now - self._started, 1e-9)
        self.stream.write(f"\r\x1b[K{printable(self.label)}: {self.summary_counts()} ({rate:.1f} articles/s)")
        self.stream.flush()

    def summary_counts(self) -> str:
        parts = [f"{self.articles} articles read", f"{self.events} events found", f"{self.rejected} inputs rejected"]
        if self.skipped:
            parts.insert(1, f"{self.skipped} already stored")
        if self.warned:
            parts.append(f"{self.warned} warnings")
        return ", ".join(parts)

    def finish(self) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
        if not self.quiet:
            seconds = time.monotonic() - self._started
            self.stream.write(f"{printable(self.label)}: {self.summary_counts()} in {seconds:.1f}s\n")
            self.stream.flush()
