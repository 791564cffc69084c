"""A throwaway PostgreSQL + PostGIS cluster for the tests and benchmarks.

Debian's server binaries live in /usr/lib/postgresql/<major>/bin. The cluster lives in a
temporary folder, listens on a free port of 127.0.0.1 and on a unix socket in that folder,
trusts local connections, and is stopped (then deleted) by `stop()`. initdb refuses to run
as root, so as root it runs as the `postgres` user that the Debian package creates.
"""

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Optional


class ServerUnavailable(RuntimeError):
    """Why no PostgreSQL could be started here (the tests skip with this message)."""


def _bin_dir() -> Path:
    root = Path("/usr/lib/postgresql")
    versions = (
        sorted((p for p in root.glob("*/bin/initdb")), key=lambda p: int(p.parent.parent.name)) if root.is_dir() else []
    )
    if not versions:
        raise ServerUnavailable("PostgreSQL server binaries not found in /usr/lib/postgresql (run `make setup`)")
    return versions[-1].parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PgServer:
    def __init__(self):
        self.bin = _bin_dir()
        self.major = self.bin.parent.name
        if not Path(f"/usr/share/postgresql/{self.major}/extension/postgis.control").is_file():
            raise ServerUnavailable(
                f"the PostGIS extension for PostgreSQL {self.major} is not installed (run `make setup`)"
            )
        self.root = Path(tempfile.mkdtemp(prefix="odt-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "postgres"
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args, check=True) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if check and done.returncode != 0:
            raise ServerUnavailable(f"{args[0]} failed: {(done.stderr or done.stdout).strip()[-500:]}")
        return done

    def start(self) -> "PgServer":
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        else:
            self.user = os.environ.get("USER") or "postgres"
        self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = (
            f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB"
            " -c max_connections=60"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        return self

    def create_database(self, name: str, postgis: bool = True) -> str:
        self._run("createdb", "-h", str(self.root), "-p", str(self.port), "-U", self.user, name)
        if postgis:
            self._run(
                "psql",
                "-h",
                str(self.root),
                "-p",
                str(self.port),
                "-U",
                self.user,
                "-d",
                name,
                "-v",
                "ON_ERROR_STOP=1",
                "-q",
                "-c",
                "CREATE EXTENSION postgis",
            )
        return self.uri(name)

    def uri(self, database: str, schema: Optional[str] = None) -> str:
        uri = f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"
        return uri + (f"?schema={schema}" if schema else "")

    def stop(self) -> None:
        if self.data.is_dir():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PgServer:
    server = PgServer()
    try:
        return server.start()
    except (ServerUnavailable, OSError, subprocess.SubprocessError):
        server.stop()
        raise
