"""Store fixtures: a throw-away PostgreSQL server for the session, and a fresh store per test.

The server is started from the PostgreSQL binaries found on ``PATH`` or in Debian's
``/usr/lib/postgresql/<version>/bin`` (``apt-get install postgresql``). ``initdb`` refuses
to run as root, so as root the cluster is run by the ``postgres`` user through ``runuser``.
When no binaries are found, or the server does not start, the PostgreSQL tests skip and
say why.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tocsin.store import open_store

_counter = itertools.count()


def _pg_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and Path(found).with_name("initdb").exists():
        return Path(found).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A PostgreSQL cluster in a temporary directory, listening on 127.0.0.1:port."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="tocsin-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "postgres" if os.geteuid() == 0 else None

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self.root)

    def start(self) -> None:
        if self.user:
            if shutil.which("runuser") is None:
                raise RuntimeError("running as root and runuser is missing")
            shutil.chown(self.root, self.user)
        init = self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                         "--encoding=UTF8", "--no-sync")
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip()}")
        opts = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root}"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"),
                            "-o", opts, "-w", "-t", "60", "start")
        if started.returncode != 0:
            log = (self.root / "log").read_text() if (self.root / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()} {log[-500:]}")

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def create_database(self) -> str:
        import psycopg

        name = f"t{os.getpid()}_{next(_counter)}"
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name} TEMPLATE template0")
        return self.url(name)

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A running PostgreSQL server for the session; skips when PostgreSQL is missing."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no initdb/pg_ctl on PATH or in "
                    "/usr/lib/postgresql/*/bin); apt-get install postgresql to run these tests")
    server = PostgresServer(bindir)
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        server.stop()
        pytest.skip(f"could not start a PostgreSQL server from {bindir}: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """The URL of a new, empty database on the session's server."""
    return pg_server.create_database()


@pytest.fixture(params=["duckdb", "postgres"])
def store_url(request, tmp_path) -> str:
    """A URL of a new, empty store: a DuckDB file, or a PostgreSQL database."""
    if request.param == "duckdb":
        return str(tmp_path / "events.duckdb")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url):
    """An open store of each backend."""
    with open_store(store_url) as s:
        yield s
