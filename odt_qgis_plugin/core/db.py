"""Transactional access to the store's attribute tables (a GeoPackage is an SQLite file)."""
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterator, Optional

from . import gpkg_sql
from .errors import StoreError
from .i18n import tr

SCHEMA_VERSION = 1
METADATA_TABLE = "odt_metadata"


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def quote_identifier(name: str) -> str:
    """Table and column names cannot be bound as parameters; quote them the SQL way."""
    return '"' + name.replace('"', '""') + '"'


class StoreDb:
    """One store file. Values always go through bound parameters, never string formatting."""

    def __init__(self, path, must_exist: bool = True):
        self.path = Path(path)
        if must_exist:
            self._check()

    def _check(self) -> None:
        if not self.path.is_file():
            raise StoreError(tr("Store not found: {path}").format(path=self.path))
        try:
            version = self.get_meta("schema_version")
        except sqlite3.DatabaseError:
            raise StoreError(tr("{path} is not an observatory store").format(path=self.path)) from None
        if version is None:
            raise StoreError(tr("{path} is not an observatory store").format(path=self.path))
        if int(version) > SCHEMA_VERSION:
            raise StoreError(
                tr("{path} was written by a newer version of the plugin (schema {found} > {known}); update the plugin.").format(
                    path=self.path, found=version, known=SCHEMA_VERSION
                )
            )

    def connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        connection.row_factory = sqlite3.Row
        gpkg_sql.register(connection)
        return connection

    @contextmanager
    def transaction(self, attach: Optional[Dict[str, str]] = None) -> Iterator[sqlite3.Connection]:
        """All or nothing: a failure anywhere inside leaves the store as it was.

        `attach` names other database files to read from inside the transaction.
        """
        connection = self.connect()
        try:
            # ATTACH and DETACH are refused inside a transaction, so they wrap it.
            for alias, path in (attach or {}).items():
                connection.execute(f"ATTACH DATABASE ? AS {quote_identifier(alias)}", (str(path),))
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        finally:
            connection.close()

    def query(self, sql: str, params=()) -> list:
        connection = self.connect()
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def get_meta(self, key: str, default=None):
        connection = self.connect()
        try:
            row = connection.execute(
                f"SELECT value FROM {METADATA_TABLE} WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.OperationalError:
            return default
        finally:
            connection.close()
        return row[0] if row else default

    def metadata(self) -> dict:
        return {row["key"]: row["value"] for row in self.query(f"SELECT key, value FROM {METADATA_TABLE}")}

    def has_table(self, name: str) -> bool:
        rows = self.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return bool(rows)


def set_meta(connection: sqlite3.Connection, values: dict) -> None:
    connection.executemany(
        f"INSERT OR REPLACE INTO {METADATA_TABLE} (key, value) VALUES (?, ?)",
        [(key, str(value)) for key, value in values.items()],
    )


def ensure_attribute_table(connection: sqlite3.Connection, name: str, columns_ddl: str, description: str = "") -> None:
    """Create a plain table once (unless `columns_ddl` is empty: it exists) and declare it in gpkg_contents."""
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


def carry_over(old_path, new_path, rebuilt: set) -> list:
    """Copy the user's tables (actors, harvests, scenarios...) from a previous store into a new one.

    A rebuild refreshes the territories; it must not throw away the registry, the harvests
    or the scenarios that officers made on top of them. Returns the names carried over.
    """
    carried = []
    with StoreDb(new_path, must_exist=False).transaction(attach={"previous": old_path}) as connection:
        tables = connection.execute(
            "SELECT c.table_name, c.description, m.sql FROM previous.gpkg_contents c"
            " JOIN previous.sqlite_master m ON m.name = c.table_name AND m.type = 'table'"
            " WHERE c.data_type = 'attributes'"
        ).fetchall()
        for name, description, sql in tables:
            if name in rebuilt:
                continue
            connection.execute(sql)
            connection.execute(
                f"INSERT INTO main.{quote_identifier(name)} SELECT * FROM previous.{quote_identifier(name)}"
            )
            ensure_attribute_table(connection, name, "", description or "")
            indexes = connection.execute(
                "SELECT sql FROM previous.sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?",
                (name,),
            ).fetchall()
            for (index_sql,) in indexes:
                connection.execute(index_sql)
            carried.append(name)
    return carried
