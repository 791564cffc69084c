"""Replacing whole tables of a GeoPackage store in place, inside the caller's transaction.

A rebuild, a copy or a map refresh first writes its tables into a scratch GeoPackage; they then go
into the store in one transaction, GeoPackage bookkeeping included (gpkg_contents, geometry columns,
spatial index, feature counts). Readers (QGIS, GDAL, other commands) see the old tables or the new
ones, never a half-written layer; and the store file is never replaced by another file, so no
connection still open on the old one can write where nobody will read.
"""
import sqlite3
from pathlib import Path
from typing import Dict, Iterable, List

from . import db

# Bookkeeping tables of a GeoPackage that name the tables they describe in `table_name`.
_REGISTERS = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents",
              "gpkg_data_columns", "gpkg_metadata_reference")
_MACHINERY = ("gpkg_", "sqlite_", "rtree_")
_COUNT_TRIGGERS = ("trigger_insert_feature_count_", "trigger_delete_feature_count_")
_BATCH = 2000


def open_source(path) -> sqlite3.Connection:
    """A read-only connection on a scratch GeoPackage."""
    connection = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    return connection


def user_objects(connection) -> Dict[str, str]:
    """{name: 'table' or 'view'} of the tables and views that are not the GeoPackage's own machinery."""
    rows = connection.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')").fetchall()
    return {name: kind for name, kind in rows if not name.startswith(_MACHINERY)}


def replace(connection, source: sqlite3.Connection, names: Iterable[str]) -> None:
    """Put the tables `names` of `source` into the store in place of those of the same name."""
    for name in names:
        drop(connection, name)
        copy(connection, source, name)


def drop(connection, name: str) -> None:
    """A table or view of the store, with its spatial index and its lines in the bookkeeping tables."""
    row = connection.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    if row is None:
        return
    quoted = db.quote_identifier(name)
    if row[0] == "view":
        connection.execute(f"DROP VIEW {quoted}")
    else:
        indexes = _spatial_indexes(connection, name)
        connection.execute(f"DROP TABLE {quoted}")  # its triggers and indexes go with it
        for index in indexes:
            connection.execute(f"DROP TABLE IF EXISTS {db.quote_identifier(index)}")
        if _exists(connection, "sqlite_sequence"):
            connection.execute("DELETE FROM sqlite_sequence WHERE name = ?", (name,))
    for register in _REGISTERS:
        if _exists(connection, register):
            connection.execute(f"DELETE FROM {register} WHERE table_name = ?", (name,))


def copy(connection, source: sqlite3.Connection, name: str) -> None:
    """One table or view of `source` into the store, rows, spatial index and bookkeeping included."""
    kind, sql = source.execute("SELECT type, sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    connection.execute(sql)
    if kind == "table":
        _copy_rows(source, connection, name)
        for index in _spatial_indexes(source, name):
            connection.execute(source.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0])
            _copy_rows(source, connection, index)
        counts = _exists(connection, "gpkg_ogr_contents")
        for (statement,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL"
            " ORDER BY type", (name,)
        ).fetchall():
            # Triggers come after the rows: they would index every row again, and count them twice.
            if counts or not any(f'"{prefix}' in statement for prefix in _COUNT_TRIGGERS):
                connection.execute(statement)
        sequence = _exists(source, "sqlite_sequence") and source.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (name,)).fetchone()
        if sequence and _exists(connection, "sqlite_sequence"):
            connection.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, sequence[0]))
    for register in _REGISTERS:
        _copy_register(source, connection, register, name)
    if _exists(source, "gpkg_spatial_ref_sys") and _exists(connection, "gpkg_spatial_ref_sys"):
        for row in source.execute(
            "SELECT * FROM gpkg_spatial_ref_sys"
            " WHERE srs_id IN (SELECT srs_id FROM gpkg_contents WHERE table_name = ?)",
            (name,),
        ).fetchall():
            _insert(connection, "gpkg_spatial_ref_sys", _columns(source, "gpkg_spatial_ref_sys"), [row], "OR IGNORE")


def _spatial_indexes(connection, table: str) -> List[str]:
    if not _exists(connection, "gpkg_geometry_columns"):
        return []
    columns = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,))
    names = [f"rtree_{table}_{column}" for (column,) in columns.fetchall()]
    return [name for name in names if _exists(connection, name)]


def _copy_rows(source, target, table: str) -> None:
    cursor = source.execute(f"SELECT * FROM {db.quote_identifier(table)}")
    width = len(cursor.description)
    insert = f"INSERT INTO main.{db.quote_identifier(table)} VALUES ({', '.join('?' for _ in range(width))})"
    while True:
        rows = cursor.fetchmany(_BATCH)
        if not rows:
            return
        target.executemany(insert, rows)


def _copy_register(source, target, register: str, name: str) -> None:
    if not (_exists(source, register) and _exists(target, register)):
        return
    columns = [column for column in _columns(source, register) if column in set(_columns(target, register))]
    selected = ", ".join(db.quote_identifier(column) for column in columns)
    rows = source.execute(f"SELECT {selected} FROM {register} WHERE table_name = ?", (name,)).fetchall()
    _insert(target, register, columns, rows, "OR REPLACE")


def _insert(connection, table: str, columns, rows, conflict: str) -> None:
    if rows:
        connection.executemany(
            f"INSERT {conflict} INTO {table} ({', '.join(db.quote_identifier(c) for c in columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})", [tuple(row) for row in rows])


def _columns(connection, table: str) -> List[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({db.quote_identifier(table)})")]


def _exists(connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None
