"""What a store holds, backend by backend: its feature layers and attribute tables, their DDL, counts.

Used to copy a store between a GeoPackage and PostgreSQL: attribute tables keep their keys and
unique constraints (the upserts need them), their indexes and their descriptions.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..common.errors import StoreError
from ..common.i18n import tr
from . import db

_PG_TO_SQLITE = {
    "bigint": "INTEGER",
    "integer": "INTEGER",
    "smallint": "INTEGER",
    "boolean": "INTEGER",
    "double precision": "REAL",
    "real": "REAL",
    "numeric": "REAL",
    "bytea": "BLOB",
}


@dataclass
class Table:
    name: str
    description: str = ""
    columns: List[str] = field(default_factory=list)
    ddl: str = ""  # column definitions and table constraints, SQLite spelling (translate_ddl for PostgreSQL)
    indexes: List[str] = field(default_factory=list)  # CREATE INDEX statements, unqualified
    serial: Optional[str] = None  # the auto-numbered key column, if any


def feature_layers(connection) -> Dict[str, str]:
    """{layer: description} of the geometry tables (views aside: see views())."""
    if db.dialect(connection) == db.POSTGRESQL:
        rows = connection.execute(
            "SELECT g.f_table_name, obj_description(format('%I.%I', g.f_table_schema, g.f_table_name)::regclass)"
            " FROM geometry_columns g JOIN pg_namespace n ON n.nspname = g.f_table_schema"
            " JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = g.f_table_name"
            " WHERE g.f_table_schema = current_schema() AND c.relkind IN ('r', 'p') ORDER BY g.f_table_name"
        )
    else:
        rows = connection.execute(
            "SELECT c.table_name, c.description FROM gpkg_contents c"
            " JOIN sqlite_master m ON m.name = c.table_name AND m.type = 'table'"
            " WHERE c.data_type = 'features' ORDER BY c.table_name"
        )
    return {row[0]: row[1] or "" for row in rows}


def views(connection) -> List[str]:
    """The store's views (made again from their definition by a copy, never copied as tables)."""
    if db.dialect(connection) == db.POSTGRESQL:
        sql = "SELECT table_name FROM information_schema.views WHERE table_schema = current_schema() ORDER BY 1"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name"
    return [row[0] for row in connection.execute(sql)]


def attribute_tables(connection) -> List[Table]:
    """In creation order: a table another one references comes first."""
    tables = _pg_tables(connection) if db.dialect(connection) == db.POSTGRESQL else _sqlite_tables(connection)
    return sorted(tables, key=lambda table: " REFERENCES " in f" {table.ddl.upper()} ")


def float_columns(connection, table: str) -> List[str]:
    if db.dialect(connection) == db.POSTGRESQL:
        return [
            row[0]
            for row in connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND table_name = ? AND data_type IN ('double precision', 'real') ORDER BY ordinal_position",
                (table,),
            )
        ]
    return [
        row[1]
        for row in connection.execute(f"PRAGMA table_info({db.quote_identifier(table)})")
        if re.search(r"REAL|FLOA|DOUB", row[2] or "", re.I)
    ]


def count(connection, table: str) -> int:
    return connection.execute(f"SELECT COUNT(*) FROM {db.quote_identifier(table)}").fetchone()[0]


def _columns_part(create_sql: str) -> str:
    start, end = create_sql.find("("), create_sql.rfind(")")
    if start < 0 or end < start:
        raise StoreError(tr("Cannot read the definition of a table: {sql}").format(sql=create_sql[:80]))
    return create_sql[start + 1 : end].strip()


def _sqlite_tables(connection) -> List[Table]:
    tables = []
    for name, description, sql in connection.execute(
        "SELECT c.table_name, c.description, m.sql FROM gpkg_contents c"
        " JOIN sqlite_master m ON m.name = c.table_name AND m.type = 'table'"
        " WHERE c.data_type = 'attributes' ORDER BY c.table_name"
    ).fetchall():
        table = Table(name, description or "", db.table_columns(connection, name), _columns_part(sql))
        key = re.search(r"(\w+)\s+INTEGER\s+PRIMARY\s+KEY", table.ddl, re.I)
        table.serial = key.group(1) if key else None
        table.indexes = [
            row[0]
            for row in connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?", (name,)
            )
        ]
        tables.append(table)
    return tables


def _pg_tables(connection) -> List[Table]:
    features = set(feature_layers(connection))
    tables = []
    for name, description in connection.execute(
        "SELECT c.relname, obj_description(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname"
    ).fetchall():
        if name in features:
            continue
        table = Table(name, description or "")
        definitions, serial = [], None
        for column, kind, nullable, default in connection.execute(
            "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (name,),
        ):
            table.columns.append(column)
            definition = f"{db.quote_identifier(column)} {_PG_TO_SQLITE.get(kind, 'TEXT')}"
            if default and default.startswith("nextval("):
                serial = column
            elif default:
                definition += " DEFAULT " + re.sub(r"::[\w ]+", "", default)
            if nullable == "NO":
                definition += " NOT NULL"
            definitions.append(definition)
        for kind, definition in connection.execute(
            "SELECT contype, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid = format('%I.%I', current_schema(), ?::text)::regclass AND contype IN ('p', 'u', 'c', 'f')"
            " ORDER BY contype, conname",
            (name,),
        ):
            if kind == "p" and serial and definition.replace('"', "") == f"PRIMARY KEY ({serial})":
                # An auto-numbered key: written the SQLite way, which PostgreSQL reads as BIGSERIAL.
                index = table.columns.index(serial)
                definitions[index] = f"{db.quote_identifier(serial)} INTEGER PRIMARY KEY"
                continue
            definitions.append(definition)
        table.serial = serial
        table.ddl = ", ".join(definitions)
        table.indexes = pg_indexes(connection, name)
        tables.append(table)
    return tables


def pg_indexes(connection, table: str) -> List[str]:
    """The plain b-tree indexes of a table that no key or unique constraint owns, portable."""
    found = [
        portable_index(row[0])
        for row in connection.execute(
            "SELECT i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = ?"
            " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname"
            " AND k.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = i.schemaname))",
            (table,),
        )
    ]
    return [index for index in found if index]


def portable_index(indexdef: str) -> str:
    """A PostgreSQL index definition as both dialects read it ('' when it is not a plain b-tree)."""
    match = re.fullmatch(r"CREATE (UNIQUE )?INDEX (\S+) ON (?:\S+\.)?(\S+) USING btree \(([^()]*)\)", indexdef.strip())
    if not match:
        return ""
    return f"CREATE {match.group(1) or ''}INDEX IF NOT EXISTS {match.group(2)} ON {match.group(3)} ({match.group(4)})"


def create(connection, table: Table) -> None:
    db.ensure_attribute_table(connection, table.name, table.ddl, table.description)


def copy_rows(source, target, table: Table, batch: int = 5000) -> None:
    """All rows of `table` from one connection to the other, keeping the key values."""
    columns = ", ".join(db.quote_identifier(column) for column in table.columns)
    cursor = source.execute(f"SELECT {columns} FROM {db.quote_identifier(table.name)}")
    insert = (
        f"INSERT INTO {db.quote_identifier(table.name)} ({columns}) VALUES ({', '.join('?' for _ in table.columns)})"
    )
    rows = []
    for row in cursor:
        rows.append(tuple(row))
        if len(rows) >= batch:
            target.executemany(insert, rows)
            rows = []
    if rows:
        target.executemany(insert, rows)
    for index in table.indexes:
        target.execute(index if "IF NOT EXISTS" in index else index.replace("INDEX ", "INDEX IF NOT EXISTS ", 1))
    if table.serial and db.dialect(target) == db.POSTGRESQL:
        # Rows came with their numbers: the sequence must start after them.
        target.execute(
            f"SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX({db.quote_identifier(table.serial)}), 0) + 1,"
            f" false) FROM {db.quote_identifier(table.name)}",
            (table.name, table.serial),
        )
