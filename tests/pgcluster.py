"""A throw-away PostgreSQL cluster in a temporary folder, on a free local port.

The tests (``tests/test_database.py``) and the bench (``bench/database.py``) start one of
these and stop it afterwards. The server refuses to run as root, so as root the cluster
belongs to a system user, ``minshare-pg`` (made with ``useradd`` when it does not
exist), and the server's programs run as that user through ``runuser``. Clients (psql,
minshare) connect over TCP on 127.0.0.1 with a password, as they would to a real server.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SERVER_USER = "minshare-pg"
SUPERUSER = "postgres"
DATABASE = "agency"


def server_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on PATH, else Debian's newest version."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> str | None:
    """The user the server runs as: ``minshare-pg`` as root (made if need be), else ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
             SERVER_USER],
            check=True, capture_output=True,
        )  # fmt: skip
    return SERVER_USER


@dataclass
class Cluster:
    """A running cluster: ``uri()`` names its database, ``psql()`` runs SQL in it."""

    folder: Path
    port: int
    bin: Path
    user: str | None
    password: str = field(repr=False)

    @classmethod
    def create(cls) -> Cluster:
        """initdb, then start; a database ``agency`` owned by the superuser ``postgres``."""
        binary = server_bin()
        if binary is None:
            raise RuntimeError(
                "no PostgreSQL server (initdb, pg_ctl): run tools/system-deps, or apt-get "
                "install postgresql"
            )
        user = _server_user()
        folder = Path(tempfile.mkdtemp(prefix="minshare-pg-"))
        password = secrets.token_hex(12)
        cluster = cls(folder, free_port(), binary, user, password)
        try:
            if user is not None:
                shutil.chown(folder, user)
            pwfile = folder / "pw"
            pwfile.write_text(password + "\n")
            if user is not None:
                shutil.chown(pwfile, user)
            cluster._server(
                "initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "-A", "scram-sha-256",
                f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C", "--no-sync",
            )  # fmt: skip
            pwfile.unlink()
            cluster.start()
            cluster.psql(f"CREATE DATABASE {DATABASE}", database="postgres")
        except BaseException:
            cluster.destroy()
            raise
        return cluster

    def _server(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._server(
            "pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
            "-w", "-o", options, "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._server("pg_ctl", "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        if (self.folder / "data" / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.CalledProcessError):
                self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def uri(self, database: str = DATABASE, *, user: str = SUPERUSER, password: bool = True) -> str:
        """``postgresql://USER[:PASSWORD]@127.0.0.1:PORT/DATABASE``."""
        secret = f":{self.password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def psql(
        self,
        sql: str,
        *,
        database: str = DATABASE,
        stdin: str | None = None,
        cwd: Path | None = None,
    ) -> str:
        """Run SQL (psql's own commands too, such as ``\\copy``) as the superuser; its output."""
        psql = shutil.which("psql") or str(self.bin / "psql")
        result = subprocess.run(
            [psql, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
             "-p", str(self.port), "-U", SUPERUSER, "-d", database, "-c", sql],
            env={**os.environ, "PGPASSWORD": self.password},
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout
