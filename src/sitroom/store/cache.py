"""Answers of costly reads kept until the events change: the stats and counts the dashboard asks for again and again.

A store at schema 8 or later keeps a generation number (``store_state``) that every write of events raises in its
own transaction. An answer is kept with the generation read just before the query that made it (so a write that
lands between the two makes the answer stale at once, never wrong for long), and given again only while that
generation is still the store's. Reading the generation is one primary-key lookup. The cache holds at most
``SIZE`` answers, least recently used out first, so a server's memory does not grow with the variety of queries.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

__all__ = ["SIZE", "AnswerCache"]

SIZE = 256


class AnswerCache:
    """Answers by key, each valid for one generation of the store; thread-safe."""

    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self._answers: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, generation: int | None, compute: Callable[[], Any]) -> Any:
        """The answer kept for ``key`` at ``generation``, else ``compute()`` (kept for next time). ``generation``
        None (a store without one) computes every time."""
        if generation is None:
            return compute()
        with self._lock:
            kept = self._answers.get(key)
            if kept is not None and kept[0] == generation:
                self._answers.move_to_end(key)
                self.hits += 1
                return kept[1]
            self.misses += 1
        answer = compute()  # outside the lock: other keys are answered meanwhile
        with self._lock:
            self._answers[key] = (generation, answer)
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
        return answer

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
