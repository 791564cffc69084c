"""What the store tests check after a command: its exit and one-line message, and that no data was lost."""
import hashlib
import os
import re
import sqlite3
import subprocess
import sys

from data_paths import ROOT

from odt_qgis_plugin.store import db

BUSY = re.compile(r"^Error: Store busy: ([\w-]+) started at [\d: -]+ by PID (\d+) on \S+; try again when it ends\.$")


def cli(*args, wait=None, timeout=600):
    return subprocess.run(command(*args), cwd=ROOT, env=environment(wait), capture_output=True, text=True,
                          timeout=timeout)


def command(*args):
    return [sys.executable, "-m", "odt_qgis_plugin", *[str(arg) for arg in args]]


def environment(wait=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ODT_LOCALE": "en", "NO_PROXY": "127.0.0.1,localhost"}
    if wait is not None:
        env["ODT_LOCK_WAIT"] = str(wait)
    return env


def one_error(result) -> str:
    """The command failed with one error line, no traceback (progress lines may come before it); that line."""
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert result.returncode == 1 and len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().splitlines()[-1] == errors[0], result.stderr
    return errors[0]


def fingerprint(location) -> dict:
    """{table: (rows, checksum)} of every table and view of a store, GeoPackage machinery aside.

    Geometries are compared as standard WKB, so that a GeoPackage and its PostGIS copy give the same prints.
    """
    store = db.open_store(location, must_exist=False)
    postgres = store.dialect == db.POSTGRESQL
    if postgres:
        names = [row[0] for row in store.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", (store.schema,))]
        geometry = {(row[0], row[1]) for row in store.query(
            "SELECT f_table_name, f_geometry_column FROM geometry_columns WHERE f_table_schema = ?", (store.schema,))}
    else:
        names = [row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
                 if not row[0].startswith(("gpkg_", "rtree_", "sqlite_"))]
        geometry = {(row[0], row[1])
                    for row in store.query("SELECT table_name, column_name FROM gpkg_geometry_columns")}
    prints = {}
    for name in names:
        columns = sorted(_columns(store, name))  # GDAL puts geom last in PostGIS, second in a GeoPackage
        selected = ", ".join(
            (f"ST_AsBinary({db.quote_identifier(c)})" if postgres else db.quote_identifier(c))
            if (name, c) in geometry else db.quote_identifier(c) for c in columns)
        rows = []
        for row in store.query(f"SELECT {selected} FROM {db.quote_identifier(name)}"):
            values = [_wkb(value, postgres) if (name, column) in geometry else value
                      for column, value in zip(columns, row)]
            rows.append(repr(tuple(values)))
        rows.sort()
        prints[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return prints


def _columns(store, name):
    connection = store.connect()
    try:
        found = db.table_columns(connection, name)
        if not found:  # a view
            cursor = connection.execute(f"SELECT * FROM {db.quote_identifier(name)} LIMIT 0")
            found = [column[0] for column in cursor.description]
        return found
    finally:
        connection.close()


def _wkb(value, postgres):
    from odt_qgis_plugin.store import gpkg_sql

    if value is None:
        return None
    return bytes(value).hex() if postgres else (gpkg_sql.wkb(value) or b"").hex()


def integrity(path) -> str:
    """SQLite's integrity check, and the spatial indexes' own ("ok" when all agree)."""
    connection = sqlite3.connect(str(path))
    try:
        found = connection.execute("PRAGMA integrity_check").fetchone()[0]
        rtrees = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING rtree%'")]
        for rtree in rtrees:
            checked = connection.execute("SELECT rtreecheck(?)", (rtree,)).fetchone()[0]
            if checked != "ok":
                found = f"{rtree}: {checked}"
        return found
    finally:
        connection.close()
