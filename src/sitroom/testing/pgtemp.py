"""A throwaway PostgreSQL server for tests and benchmarks, from Debian's ``postgresql`` package.

``TempPostgres`` runs initdb into a temporary directory and starts the server on a free loopback port (127.0.0.1
only, trust authentication, fsync off: for tests, never for data that matters). PostgreSQL refuses to run as root,
so when run as root the server runs as the ``postgres`` user via ``runuser``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from types import TracebackType

from sitroom.testing.ports import free_port

__all__ = ["TempPostgres", "pg_bindir"]


def pg_bindir() -> str | None:
    """The newest /usr/lib/postgresql/*/bin holding pg_ctl, or None when PostgreSQL is not installed."""
    found = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")
    found.sort(key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return os.path.dirname(found[-1]) if found else None


class TempPostgres:
    """``with TempPostgres() as pg: pg.url`` is a database URL; the server and its files go at the end."""

    def __init__(self, database: str = "sitroom", bindir: str | None = None) -> None:
        found = bindir or pg_bindir()
        if found is None:
            raise FileNotFoundError("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin")
        self.bindir = found
        self.database = database
        self.port = 0
        self.root = ""
        self.url = ""

    def _run(self, *cmd: str) -> None:
        argv = [os.path.join(self.bindir, cmd[0]), *cmd[1:]]
        if os.geteuid() == 0:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        subprocess.run(argv, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        self.root = tempfile.mkdtemp(prefix="sitroom-pg-")
        data, sock = os.path.join(self.root, "data"), os.path.join(self.root, "sock")
        os.makedirs(sock)
        if os.geteuid() == 0:
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(sock, "postgres", "postgres")
        self.port = free_port()
        self._run("initdb", "-D", data, "-U", "sitroom", "-A", "trust", "-E", "UTF8", "--no-locale")
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {sock} -c fsync=off -c max_connections=50"
        self._run("pg_ctl", "-D", data, "-l", os.path.join(self.root, "log"), "-o", opts, "-w", "start")
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "sitroom", self.database)
        self.url = f"postgresql://sitroom@127.0.0.1:{self.port}/{self.database}"
        return self.url

    def stop(self) -> None:
        if self.root:
            with contextlib.suppress(subprocess.SubprocessError):
                self._run("pg_ctl", "-D", os.path.join(self.root, "data"), "-m", "fast", "-w", "stop")
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = ""

    def __enter__(self) -> TempPostgres:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
