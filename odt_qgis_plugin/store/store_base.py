"""What both store backends (GeoPackage, PostgreSQL) do the same way on top of their own connections.

One operation, one connection: inside `session()`, every connect(), transaction() and query() of the
same store on this thread shares one connection (PostgreSQL used to get one per query). A transaction
opened inside another one becomes a savepoint, so an operation that wraps its steps in one
transaction commits all of them or none. `reading()` gives a reader one consistent state of the
store for all its queries, even while a writer commits.
"""
import threading
from contextlib import contextmanager
from typing import Dict, Iterator, Optional

METADATA_TABLE = "odt_metadata"
_local = threading.local()


class Borrowed:
    """A session's connection lent to code that closes what it opened: close() leaves it open."""

    def __init__(self, connection):
        object.__setattr__(self, "_connection", connection)

    def close(self) -> None:
        pass

    def __getattr__(self, name):
        return getattr(self._connection, name)


class _Session:
    def __init__(self, opener):
        self._opener = opener
        self._connection = None
        self.depth = 0
        self.savepoints = 0

    @property
    def connection(self):
        # Opened on first use: a session around a build must not create an empty file before the build.
        if self._connection is None:
            self._connection = self._opener()
        return self._connection

    @property
    def opened(self) -> bool:
        return self._connection is not None


def _sessions() -> Dict[str, _Session]:
    if not hasattr(_local, "sessions"):
        _local.sessions = {}
    return _local.sessions


class StoreBase:
    dialect = ""

    def session_key(self) -> str:
        """What identifies the store across handles: two open_store() of one location share a session."""
        raise NotImplementedError

    def _open(self):
        """A new connection of the backend, in autocommit mode."""
        raise NotImplementedError

    def _begin(self, connection) -> None:
        """Start a write transaction (writers of one store take turns)."""
        raise NotImplementedError

    def _begin_read(self, connection) -> None:
        raise NotImplementedError

    def _current(self) -> Optional[_Session]:
        return _sessions().get(self.session_key())

    def connect(self):
        session = self._current()
        return Borrowed(session.connection) if session is not None else self._open()

    @contextmanager
    def session(self) -> Iterator[None]:
        """Share one connection among everything this thread does on the store until the block ends."""
        sessions = _sessions()
        key = self.session_key()
        session = sessions.get(key)
        owner = session is None
        if owner:
            session = sessions[key] = _Session(self._open)
        session.depth += 1
        try:
            yield
        finally:
            session.depth -= 1
            if owner:
                del sessions[key]
                if session.opened:
                    connection = session.connection
                    try:
                        if connection.in_transaction:
                            connection.execute("ROLLBACK")
                    finally:
                        connection.close()

    @contextmanager
    def transaction(self) -> Iterator[object]:
        """All or nothing: a failure anywhere inside leaves the store as it was."""
        if self._current() is None:
            with self.session():
                with self.transaction() as connection:
                    yield connection
            return
        session = self._current()
        connection = session.connection
        if not connection.in_transaction:
            self._begin(connection)
            try:
                yield Borrowed(connection)
                connection.execute("COMMIT")
            except BaseException:
                _quietly(connection, "ROLLBACK")
                raise
            return
        session.savepoints += 1
        name = f"odt_step_{session.savepoints}"
        connection.execute(f"SAVEPOINT {name}")
        try:
            yield Borrowed(connection)
            connection.execute(f"RELEASE SAVEPOINT {name}")
        except BaseException:
            _quietly(connection, f"ROLLBACK TO SAVEPOINT {name}")
            _quietly(connection, f"RELEASE SAVEPOINT {name}")
            raise

    @contextmanager
    def reading(self) -> Iterator[object]:
        """A connection that sees one committed state of the store for all its queries."""
        with self.session():
            connection = self._current().connection
            if connection.in_transaction:  # inside a write: it already sees one state, its own
                yield Borrowed(connection)
                return
            self._begin_read(connection)
            try:
                yield Borrowed(connection)
            finally:
                _quietly(connection, "ROLLBACK")

    def query(self, sql: str, params=()) -> list:
        connection = self.connect()
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def metadata(self) -> dict:
        return {row["key"]: row["value"] for row in self.query(f"SELECT key, value FROM {METADATA_TABLE}")}


def _quietly(connection, sql: str) -> None:
    """Roll back on the way out of a failure, which must stay the error the user sees."""
    try:
        if connection.in_transaction:
            connection.execute(sql)
    except Exception:  # noqa: BLE001 - the connection may be gone; the original error matters
        pass
