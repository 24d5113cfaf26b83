"""Where ``sitroom watch`` stopped: one JSON file, rewritten atomically (a new file, flushed to disk, renamed over the
old one), so that a kill at any moment leaves either the old checkpoint or the new one, never half of one.

For each source it keeps the validators of the last answer read through (``ETag``, ``Last-Modified``) and the keys
of the items it has finished (stored, skipped or rejected for good), newest last, up to ``KEEP`` of them. The
checkpoint saves work; the store is what makes storing exactly-once: an item whose key is not here yet is looked up
in the store before it is extracted (see :mod:`sitroom.watch.watcher`).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sitroom.errors import UsageError

__all__ = ["KEEP", "Checkpoint"]

KEEP = 20_000  # keys kept per source: more than any feed lists at once
VERSION = 1


class Checkpoint:
    """The watch state of every source, in the file at ``path`` (created on the first save)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._sources: dict[str, dict[str, Any]] = {}
        self._done: dict[str, set[str]] = {}
        if self.path.exists():
            self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("version") != VERSION:
                raise ValueError(f"not a version {VERSION} checkpoint")
            sources = data["sources"]
            if not isinstance(sources, dict):
                raise ValueError("'sources' is not an object")
            for name, state in sources.items():
                if not isinstance(state, dict) or not isinstance(state.get("done", []), list):
                    raise ValueError(f"source {name!r} is not an object with a 'done' list")
                self._sources[name] = state
                self._done[name] = set(state.setdefault("done", []))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UsageError("E042", path=str(self.path), detail=str(exc)) from None

    def _state(self, source: str) -> dict[str, Any]:
        if source not in self._sources:
            self._sources[source] = {"done": []}
            self._done[source] = set()
        return self._sources[source]

    def is_done(self, source: str, key: str) -> bool:
        return key in self._done.get(source, ())

    def mark_done(self, source: str, key: str) -> None:
        """Record ``key`` as finished and save at once."""
        state = self._state(source)
        if key not in self._done[source]:
            state["done"].append(key)
            self._done[source].add(key)
            if len(state["done"]) > KEEP:
                for old in state["done"][: len(state["done"]) - KEEP]:
                    self._done[source].discard(old)
                del state["done"][: len(state["done"]) - KEEP]
        self.save()

    def validators(self, source: str) -> dict[str, str]:
        """Conditional GET headers for ``source`` from its last answer read through."""
        state = self._sources.get(source, {})
        headers = {}
        if state.get("etag"):
            headers["If-None-Match"] = str(state["etag"])
        if state.get("last_modified"):
            headers["If-Modified-Since"] = str(state["last_modified"])
        return headers

    def set_validators(self, source: str, etag: str | None, last_modified: str | None) -> None:
        state = self._state(source)
        state["etag"], state["last_modified"] = etag, last_modified
        self.save()

    def save(self) -> None:
        """Write the whole checkpoint to a new file beside the old one, flush it to disk, rename it over the old."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"version": VERSION, "sources": self._sources}, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        try:
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
        finally:
            os.close(dir_fd)
