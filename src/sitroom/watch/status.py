"""The status of a watch on standard error: a live line on a terminal, and one line per poll otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.progress import Progress
from sitroom.terminal import printable

__all__ = ["WatchStatus"]


@dataclass
class WatchStatus(Progress):
    """``Progress`` counts (articles, events, already stored, rejected, warnings) plus polls and source errors."""

    polls: int = 0
    errors: int = 0
    unchanged: int = 0  # sources that answered 304 Not Modified

    def error(self, message: str) -> None:
        """A source that could not be read this time: one line, even when quiet."""
        self.errors += 1
        if self.live:
            self.stream.write("\r\x1b[K")
        self.stream.write(f"sitroom: watch: {printable(message)}\n")
        self.stream.flush()

    def not_modified(self) -> None:
        self.unchanged += 1

    def summary_counts(self) -> str:
        parts = [f"poll {self.polls}", super().summary_counts()]
        if self.unchanged:
            parts.append(f"{self.unchanged} sources unchanged")
        if self.errors:
            parts.append(f"{self.errors} source errors")
        return ", ".join(parts)

    def begin_poll(self) -> None:
        self.polls += 1
        self._draw()

    def polled(self, next_in: float | None) -> None:
        """A poll is over: its line (a terminal keeps it live), and when the next one comes."""
        if self.quiet:
            return
        after = f"; next poll in {next_in:.0f} s" if next_in is not None else ""
        if self.live:
            self.stream.write("\r\x1b[K")
        self.stream.write(f"{printable(self.label)}: {self.summary_counts()}{after}\n")
        self.stream.flush()
