"""One writer at a time per store: the lock every writing command takes, released when its process ends.

A GeoPackage's lock is an OS lock (flock; msvcrt on Windows) on a small file beside it,
`.NAME.gpkg.lock`, which also says who holds it; a PostgreSQL store's is a session advisory lock on
the operation's connection. Both go with the process that held them, however it ended: a lock left
by a killed command is simply taken over. A command that finds the store busy waits a few seconds
(setting `lock_wait`, ODT_LOCK_WAIT) for it, then stops with one line naming the holder.

The thread holding a store's lock may take it again (an import refreshes the maps under the
import's lock); another thread of the same process waits for it like another process would.
"""
import errno
import functools
import json
import logging
import math
import os
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Dict, Iterator, Optional

from ..common import settings as settings_module
from ..common.errors import StoreError
from ..common.i18n import tr
from . import db

LOG = logging.getLogger(__name__)
_POLL = 0.2  # seconds between two attempts while waiting
_NAMING = 1.0  # seconds more, at most, to learn who holds the lock
_WINDOWS_OFFSET = 1 << 30  # Windows locks are mandatory: lock a byte far from the text saying who holds it
_APPLICATION = "odt"  # PostgreSQL application_name prefix of a lock holder: odt:PID:YYYYmmddHHMM:COMMAND


class StoreBusy(StoreError):
    """Another command is writing the store."""


@dataclass
class _Hold:
    thread: int
    depth: int
    info: dict
    release: Callable[[], None]


_registry = threading.Lock()
_held: Dict[str, _Hold] = {}


def lock_path(store_path) -> Path:
    path = Path(os.path.realpath(str(store_path)))  # one lock per file, however it is named
    return path.with_name(f".{path.name}.lock")


@contextmanager
def writing(location, command: str, atomic: bool = False, wait: Optional[float] = None) -> Iterator[None]:
    """Hold the store's writer lock (and one connection) for the block.

    `atomic`: the whole block is one transaction, committed at its end or not at all.
    """
    store = _handle(location)
    with store.session():
        key = store.session_key()
        if db.is_postgres(location):
            try_lock, read_holder = _pg_lock(store)
        else:
            try_lock, read_holder = _file_lock(store.path)
        _acquire(key, command, try_lock, read_holder, _wait(wait))
        try:
            if atomic:
                with store.transaction():
                    yield
            else:
                yield
        finally:
            _release(key)


def writer(command: str, atomic: bool = False):
    """For a function whose first argument is the store: it runs under the store's writer lock."""

    def decorate(function):
        @functools.wraps(function)
        def locked(store, *args, **kwargs):
            with writing(store, command, atomic=atomic):
                return function(store, *args, **kwargs)

        return locked

    return decorate


def busy_message(info: dict) -> str:
    started = _started(info.get("started", ""))
    if not info.get("pid"):
        return tr("Store busy: another command is writing it; try again when it ends.")
    return tr("Store busy: {command} started at {time} by PID {pid} on {host}; try again when it ends.").format(
        command=info.get("command") or "?", time=started, pid=info["pid"], host=info.get("host") or "?")


def _started(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return "?"
    moment = moment.astimezone() if moment.tzinfo else moment
    return moment.strftime("%H:%M") if moment.date() == datetime.now().date() else moment.strftime("%Y-%m-%d %H:%M")


def _wait(wait: Optional[float]) -> float:
    value = settings_module.load().lock_wait if wait is None else wait
    return value if isinstance(value, (int, float)) and math.isfinite(value) and value >= 0 else 0.0


def _handle(location):
    if isinstance(location, db.StoreBase):
        return location
    if db.is_postgres(location):
        return db.pg.PgStore(location, must_exist=False)
    path = Path(location)
    if not path.parent.is_dir():
        raise StoreError(tr("Store not found: {path}").format(path=location))
    return db.StoreDb(path, must_exist=False)


def _acquire(key: str, command: str, try_lock, read_holder, wait: float) -> None:
    deadline = time.monotonic() + wait
    me = threading.get_ident()
    while True:
        with _registry:
            hold = _held.get(key)
            if hold is not None and hold.thread == me:
                hold.depth += 1
                return
            if hold is None:
                info = {"command": command, "pid": os.getpid(), "host": socket.gethostname(),
                        "started": datetime.now().astimezone().isoformat(timespec="seconds")}
                release = try_lock(info)
                if release is not None:
                    _held[key] = _Hold(me, 1, info, release)
                    return
                other = read_holder()
            else:
                other = dict(hold.info)
        now = time.monotonic()
        # A holder that has just taken the lock writes who it is an instant later: wait for that to name it.
        if now >= deadline and (other or now >= deadline + _NAMING):
            raise StoreBusy(busy_message(other or {}))
        time.sleep(min(_POLL, max(0.0, deadline - now)) or _POLL / 4)


def _release(key: str) -> None:
    with _registry:
        hold = _held[key]
        hold.depth -= 1
        if hold.depth:
            return
        del _held[key]
    try:
        hold.release()
    except (OSError, StoreError):  # a connection that broke took its lock with it; the first error matters
        LOG.debug("releasing the store lock failed", exc_info=True)


# --- a GeoPackage: an OS lock on a file beside the store ---------------------------------------------------


def _file_lock(store_path: Path):
    path = lock_path(store_path)

    def try_lock(info: dict):
        while True:
            try:
                fd = os.open(str(path), os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                raise StoreError(tr("Cannot lock the store {path}: {reason}").format(
                    path=store_path, reason=error.strerror)) from None
            if not _os_lock(fd):
                os.close(fd)
                return None
            # The holder we waited for deletes the file as it leaves: the lock must be on the file now there.
            if _same_file(fd, path):
                break
            _os_unlock(fd)
            os.close(fd)
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))

        def release() -> None:
            try:
                if os.name != "nt":  # an open file cannot be deleted there; it stays, empty of a holder
                    os.unlink(str(path))
                else:
                    os.ftruncate(fd, 0)
            except OSError:
                pass
            finally:
                _os_unlock(fd)
                os.close(fd)

        return release

    def read_holder() -> dict:
        try:
            return json.loads(path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    return try_lock, read_holder


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(str(path)))
    except OSError:
        return False


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _os_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _os_unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _os_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# --- PostgreSQL: a session advisory lock on the operation's connection -------------------------------------

def _pg_lock(store):
    keys = ("odt_qgis_plugin", store.schema)

    def try_lock(info: dict):
        connection = store.connect()
        if not connection.execute("SELECT pg_try_advisory_lock(hashtext(?), hashtext(?))", keys).fetchone()[0]:
            return None
        started = datetime.fromisoformat(info["started"]).strftime("%Y%m%d%H%M") if info["started"] else ""
        name = f"{_APPLICATION}:{info['pid']}:{started}:{info['command']}"[:63]
        connection.execute("SELECT set_config('application_name', ?, false)", (name,))

        def release() -> None:
            connection.execute("SELECT pg_advisory_unlock(hashtext(?), hashtext(?))", keys)
            connection.execute("SELECT set_config('application_name', 'odt_qgis_plugin', false)")

        return release

    def read_holder() -> dict:
        rows = store.query(
            "SELECT a.application_name, COALESCE(a.client_hostname, host(a.client_addr), 'local')"
            " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " AND l.classid = (hashtext(?)::bigint & 4294967295)::oid"
            " AND l.objid = (hashtext(?)::bigint & 4294967295)::oid", keys)
        for name, host in rows:
            parts = (name or "").split(":", 3)
            if len(parts) == 4 and parts[0] == _APPLICATION:
                try:
                    started = datetime.strptime(parts[2], "%Y%m%d%H%M").isoformat()
                except ValueError:
                    started = ""
                return {"pid": parts[1], "started": started, "command": parts[3], "host": host}
        return {}

    return try_lock, read_holder
