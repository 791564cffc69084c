"""Transactional access to the store's tables: a GeoPackage (an SQLite file) or a PostgreSQL schema.

`open_store(location)` gives either backend behind one interface (connect, session, transaction,
reading, query, get_meta, metadata, has_table: store/store_base.py). The SQL the modules write is the
part both dialects share (ON CONFLICT upserts included); the few differences live in the helpers
below, and nowhere else.
"""

import os
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Dict, Sequence

from ..common.errors import StoreError
from ..common.i18n import tr
from . import gpkg_sql
from . import pg_store as pg
from .store_base import METADATA_TABLE, StoreBase

SCHEMA_VERSION = 1
# {version: function(connection)} bringing a store of that version to the next one.
MIGRATIONS: Dict[int, Callable] = {}
SQLITE = "sqlite"
POSTGRESQL = pg.DIALECT


def open_store(location, must_exist: bool = True):
    """The store at a GeoPackage path or a PostgreSQL location (postgresql://..., service=..., authcfg=...)."""
    if pg.is_location(location):
        return pg.PgStore(location, must_exist)
    return StoreDb(location, must_exist)


def is_postgres(location) -> bool:
    return pg.is_location(location)


def store_label(location) -> str:
    """What messages may show of a location: never a password."""
    return pg.Location(location).label() if pg.is_location(location) else str(location)


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def quote_identifier(name: str) -> str:
    """Table and column names cannot be bound as parameters; quote them the SQL way."""
    return '"' + name.replace('"', '""') + '"'


def check_store(store) -> None:
    """Refuse what is not a store or is newer than this plugin; bring an older one up to date."""
    try:
        version = store.get_meta("schema_version")
    except sqlite3.DatabaseError:
        raise StoreError(tr("{path} is not an observatory store").format(path=store.path)) from None
    if version is None:
        raise StoreError(tr("{path} is not an observatory store").format(path=store.path))
    if int(version) > SCHEMA_VERSION:
        raise StoreError(
            tr(
                "{path} was written by a newer version of the plugin (schema {found} > {known}); update the plugin."
            ).format(path=store.path, found=version, known=SCHEMA_VERSION)
        )
    if int(version) < SCHEMA_VERSION:
        migrate(store, int(version))


def migrate(store, found: int) -> None:
    with store.transaction() as connection:
        # Another officer may have migrated it meanwhile: read the version again under the write lock.
        row = connection.execute(f"SELECT value FROM {METADATA_TABLE} WHERE key = 'schema_version'").fetchone()
        for version in range(int(row[0]) if row else found, SCHEMA_VERSION):
            step = MIGRATIONS.get(version)
            if step is None:
                raise StoreError(
                    tr("{path} has schema {found}, which this plugin cannot update: rebuild the store.").format(
                        path=store.path, found=version
                    )
                )
            step(connection)
        set_meta(connection, {"schema_version": SCHEMA_VERSION})


class StoreDb(StoreBase):
    """One GeoPackage store file (open_store picks the backend). Values always go through bound parameters."""

    dialect = SQLITE

    def __init__(self, path, must_exist: bool = True):
        self.path = Path(path)
        if must_exist:
            self._check()

    def label(self) -> str:
        return str(self.path)

    def session_key(self) -> str:
        return "gpkg:" + os.path.realpath(str(self.path))

    def _check(self) -> None:
        if not self.path.is_file():
            raise StoreError(tr("Store not found: {path}").format(path=self.path))
        check_store(self)

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        connection.row_factory = sqlite3.Row
        gpkg_sql.register(connection)
        return connection

    def _begin(self, connection) -> None:
        _write_ahead_log(connection)
        connection.execute("BEGIN IMMEDIATE")

    def _begin_read(self, connection) -> None:
        connection.execute("BEGIN")

    def get_meta(self, key: str, default=None):
        connection = self.connect()
        try:
            row = connection.execute(f"SELECT value FROM {METADATA_TABLE} WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return default
        finally:
            connection.close()
        return row[0] if row else default

    def contents(self) -> list:
        """Names of the layers and tables the store declares (gpkg_contents)."""
        return [row[0] for row in self.query("SELECT table_name FROM gpkg_contents")]

    def has_table(self, name: str) -> bool:
        connection = self.connect()
        try:
            return table_exists(connection, name)
        finally:
            connection.close()


def write_ahead_log(path) -> None:
    """A finished file, before it becomes a store: in WAL mode from its first reader on."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        _write_ahead_log(connection)
    finally:
        connection.close()


def _write_ahead_log(connection) -> None:
    """Writers put the store in WAL mode: readers (QGIS, GDAL, other commands) then read the last
    committed state while a write runs, instead of failing on a locked or half-written file."""
    if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return
    # The switch needs the file to itself for an instant: never wait for it, try again next time.
    connection.execute("PRAGMA busy_timeout = 100")
    try:
        connection.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:
        pass
    finally:
        connection.execute("PRAGMA busy_timeout = 30000")


def set_meta(connection, values: dict) -> None:
    upsert(connection, METADATA_TABLE, ("key", "value"), ("key",), [(key, str(value)) for key, value in values.items()])


# --- The dialect differences, in one place. `connection` is a sqlite3 or a pg.Connection. ---


def dialect(connection) -> str:
    return getattr(connection, "dialect", SQLITE)


def upsert(connection, table: str, columns: Sequence[str], key: Sequence[str], rows) -> None:
    """Insert rows, or update the other columns of the row with the same key (no delete, no lost update)."""
    others = [column for column in columns if column not in key]
    action = (
        "DO UPDATE SET " + ", ".join(f"{quote_identifier(c)} = excluded.{quote_identifier(c)}" for c in others)
        if others
        else "DO NOTHING"
    )
    connection.executemany(
        _insert_sql(table, columns) + f" ON CONFLICT ({', '.join(map(quote_identifier, key))}) " + action, rows
    )


def update_many(connection, table: str, columns: Sequence[str], key: str, rows) -> None:
    """UPDATE table SET columns = values WHERE key = last value, for each row (one statement per page
    of rows on PostgreSQL, where one per row costs a round trip each)."""
    if dialect(connection) == POSTGRESQL:
        connection.update_many(table, columns, key, rows)
        return
    assignments = ", ".join(f"{quote_identifier(column)} = ?" for column in columns)
    connection.executemany(
        f"UPDATE {quote_identifier(table)} SET {assignments} WHERE {quote_identifier(key)} = ?", rows
    )


def insert_ignore(connection, table: str, columns: Sequence[str], rows) -> None:
    """Insert rows, skipping those that break a unique constraint."""
    connection.executemany(_insert_sql(table, columns) + " ON CONFLICT DO NOTHING", rows)


def insert_returning_id(connection, table: str, values: dict, id_column: str) -> int:
    sql = _insert_sql(table, list(values))
    if dialect(connection) == POSTGRESQL:
        return connection.execute(sql + f" RETURNING {quote_identifier(id_column)}", list(values.values())).fetchone()[
            0
        ]
    return connection.execute(sql, list(values.values())).lastrowid


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return (
        f"INSERT INTO {quote_identifier(table)} ({', '.join(map(quote_identifier, columns))})"
        f" VALUES ({', '.join('?' for _ in columns)})"
    )


def table_exists(connection, name: str) -> bool:
    if dialect(connection) == POSTGRESQL:
        sql = "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
    else:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return connection.execute(sql, (name,)).fetchone() is not None


def table_columns(connection, name: str) -> list:
    if dialect(connection) == POSTGRESQL:
        return [
            row[0]
            for row in connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND table_name = ? ORDER BY ordinal_position",
                (name,),
            )
        ]
    return [row[1] for row in connection.execute(f"PRAGMA table_info({quote_identifier(name)})")]


def add_column(connection, table: str, name: str, kind: str) -> None:
    connection.execute(
        f"ALTER TABLE {quote_identifier(table)} ADD COLUMN {quote_identifier(name)} "
        + translate_ddl(kind, dialect(connection))
    )


def add_missing_columns(connection, table: str, columns) -> None:
    """Add the (name, type) `columns` that `table` lacks: stores made by an older version gain them."""
    present = set(table_columns(connection, table))
    for name, kind in columns:
        if name not in present:
            add_column(connection, table, name, kind)


_PG_TYPES = (
    (re.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b", re.I), "BIGSERIAL PRIMARY KEY"),
    (re.compile(r"\bREAL\b", re.I), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b", re.I), "BYTEA"),
    (re.compile(r"\bDATETIME\b", re.I), "TEXT"),
)


def translate_ddl(ddl: str, to_dialect: str) -> str:
    """Column definitions written for SQLite, as PostgreSQL reads them (the same for SQLite)."""
    if to_dialect != POSTGRESQL:
        return ddl
    for pattern, replacement in _PG_TYPES:
        ddl = pattern.sub(replacement, ddl)
    return ddl


def ensure_attribute_table(connection, name: str, columns_ddl: str, description: str = "") -> None:
    """Create a plain table once (unless `columns_ddl` is empty: it exists) and declare it with its description
    (gpkg_contents in a GeoPackage, a table comment in PostgreSQL)."""
    if dialect(connection) == POSTGRESQL:
        if columns_ddl and not table_exists(connection, name):
            connection.execute(
                f"CREATE TABLE IF NOT EXISTS {quote_identifier(name)} ({translate_ddl(columns_ddl, POSTGRESQL)})"
            )
            if description:
                connection.execute(f"COMMENT ON TABLE {quote_identifier(name)} IS ?", (description,))
        return
    if columns_ddl:
        connection.execute(f"CREATE TABLE IF NOT EXISTS {quote_identifier(name)} ({columns_ddl})")
    has_contents = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'"
    ).fetchone()
    if has_contents:
        connection.execute(
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
            " VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
            (name, name, description),
        )
