"""What the table mixins of :class:`sitroom.store.sql.SqlStore` (agreements, reviews) call on the store they are mixed
into: its transactions, statements, queries and write lock, the same on DuckDB and PostgreSQL."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

__all__ = ["SqlTables"]


class SqlTables:
    """The SQL access a table mixin needs; ``SqlStore`` and its backends provide it."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Any]: ...

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    @abstractmethod
    def _lock_writes(self) -> None: ...
