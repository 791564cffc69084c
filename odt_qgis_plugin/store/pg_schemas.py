"""Which PostgreSQL schemas the plugin may create, fill or empty, and the swap that fills them.

The rules: the plugin writes only into a schema that does not exist yet (it creates it), an empty
one (made for it by an administrator), or one holding an observatory store (odt_metadata with a
schema version). `public` and the schemas of PostgreSQL and PostGIS are never written into. No
statement here ever says CASCADE: a table or view that something else depends on (a colleague's
view in another schema, a foreign key) makes the swap fail, and the store stays as it was.

The swap: a new store is written into a staging schema that the plugin creates (and marks), then
one transaction drops the tables it replaces, moves the new ones in, makes the store's views
again and drops the empty staging schema. The store's schema itself is never dropped, so its
owner and grants stay.
"""
from typing import Dict, Iterable, List, Tuple

from ..common.errors import StoreError
from ..common.i18n import tr
from . import db, store_design

PROTECTED = ("public", "information_schema", "topology", "tiger", "tiger_data")
STORE_MARK = "odt_qgis_plugin store"
STAGING_MARK = "odt_qgis_plugin staging for {schema}"


def check_target(connection, schema: str) -> bool:
    """Refuse a schema the plugin must not write into; True when it exists already."""
    if schema in PROTECTED or schema.startswith("pg_"):
        raise StoreError(tr("The plugin never writes into the schema {schema}, which belongs to the database "
                            "(PostGIS lives there): give the store its own, e.g. ?schema=odt").format(schema=schema))
    postgis = connection.execute(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'"
    ).fetchone()
    if postgis and postgis[0] == schema:
        raise StoreError(tr("The schema {schema} holds the PostGIS extension: give the store its own schema, "
                            "e.g. ?schema=odt").format(schema=schema))
    if not connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = ?", (schema,)).fetchone():
        return False
    if is_store(connection, schema):
        return True
    foreign = objects(connection, schema)
    if foreign:
        raise StoreError(tr("The schema {schema} is not an observatory store and is not empty ({names}): the "
                            "plugin only replaces schemas it made; choose another schema").format(
            schema=schema, names=", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")))
    return True


def is_store(connection, schema: str) -> bool:
    if not connection.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
        (schema, db.METADATA_TABLE),
    ).fetchone():
        return False
    row = connection.execute(
        f"SELECT value FROM {_qualified(schema, db.METADATA_TABLE)} WHERE key = 'schema_version'").fetchone()
    return row is not None and row[0] is not None


def objects(connection, schema: str) -> List[str]:
    """Everything a schema holds, by name: relations, functions, types (a table's own row type aside)."""
    rows = connection.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"
        " UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?"
        " UNION ALL SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
        " WHERE n.nspname = ? AND t.typrelid = 0 AND t.typelem = 0 ORDER BY 1",
        (schema, schema, schema),
    ).fetchall()
    return [row[0] for row in rows]


def relations(connection, schema: str) -> Dict[str, str]:
    """{name: 'table' or 'view'} of a schema."""
    rows = connection.execute(
        "SELECT c.relname, CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm')",
        (schema,),
    ).fetchall()
    return {row[0]: row[1] for row in rows}


def plan(connection, schema: str, incoming: Iterable[str], keep_user_tables: bool) -> Tuple[List[str], List[str]]:
    """(tables replaced, tables kept) when a store with the tables `incoming` comes into the schema."""
    incoming = set(incoming)
    current = [name for name, kind in relations(connection, schema).items() if kind == "table"]
    replaced = sorted(name for name in current if not keep_user_tables or name in incoming
                      or name in store_design.REBUILT)
    return replaced, sorted(set(current) - set(replaced))


def dependents(connection, schema: str, tables: List[str]) -> List[str]:
    """What depends on these tables and would not go with them: views (but the store's own), foreign keys."""
    if not tables:
        return []
    own_views = list(store_design.VIEWS)
    views = connection.execute(
        "SELECT DISTINCT vn.nspname || '.' || v.relname FROM pg_depend d"
        " JOIN pg_rewrite r ON r.oid = d.objid AND d.classid = 'pg_rewrite'::regclass"
        " JOIN pg_class v ON v.oid = r.ev_class JOIN pg_namespace vn ON vn.oid = v.relnamespace"
        " JOIN pg_class t ON t.oid = d.refobjid AND d.refclassid = 'pg_class'::regclass"
        " JOIN pg_namespace tn ON tn.oid = t.relnamespace"
        " WHERE tn.nspname = ? AND t.relname = ANY(?) AND v.oid <> t.oid"
        " AND NOT (vn.nspname = ? AND v.relname = ANY(?))",
        (schema, list(tables), schema, own_views),
    ).fetchall()
    keys = connection.execute(
        "SELECT DISTINCT fn.nspname || '.' || f.relname FROM pg_constraint k"
        " JOIN pg_class f ON f.oid = k.conrelid JOIN pg_namespace fn ON fn.oid = f.relnamespace"
        " JOIN pg_class t ON t.oid = k.confrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace"
        " WHERE k.contype = 'f' AND tn.nspname = ? AND t.relname = ANY(?)"
        " AND NOT (fn.nspname = ? AND f.relname = ANY(?))",
        (schema, list(tables), schema, list(tables)),
    ).fetchall()
    return sorted({row[0] for row in views + keys})


def create(connection, schema: str, mark: str) -> None:
    connection.execute(f"CREATE SCHEMA {db.quote_identifier(schema)}")
    connection.execute(f"COMMENT ON SCHEMA {db.quote_identifier(schema)} IS ?", (mark,))


def ensure_postgis(connection) -> None:
    """PostGIS where PostGIS belongs (public), if the database lacks it (needs the right to create extensions)."""
    if connection.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone():
        return
    try:
        connection.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public")
    except StoreError as error:
        raise StoreError(tr("PostGIS is not enabled in this database and could not be: {reason}")
                         .format(reason=error.message)) from None


def swap_in(connection, schema: str, staging: str, replaced: List[str]) -> None:
    """In the caller's transaction: the replaced tables go, the staging ones come in, views are made again."""
    for view in store_design.VIEWS:
        if relations(connection, schema).get(view) == "view":
            connection.execute(f"DROP VIEW {_qualified(schema, view)}")
    for name in _referencing_first(connection, schema, replaced):
        connection.execute(f"DROP TABLE {_qualified(schema, name)}")
    for name, kind in relations(connection, staging).items():
        if kind == "table":
            connection.execute(f"ALTER TABLE {_qualified(staging, name)} SET SCHEMA {db.quote_identifier(schema)}")
    for view in store_design.VIEWS:
        store_design.make_view(connection, view)
    connection.execute(f"DROP SCHEMA {db.quote_identifier(staging)}")


def drop_staging(connection, staging: str) -> None:
    """A staging schema of the plugin's, whatever its tables (the plugin's, of this run or a killed one)."""
    tables = [name for name, kind in relations(connection, staging).items() if kind == "table"]
    for view in [name for name, kind in relations(connection, staging).items() if kind == "view"]:
        connection.execute(f"DROP VIEW IF EXISTS {_qualified(staging, view)}")
    for name in _referencing_first(connection, staging, tables):
        connection.execute(f"DROP TABLE IF EXISTS {_qualified(staging, name)}")
    connection.execute(f"DROP SCHEMA IF EXISTS {db.quote_identifier(staging)}")


def stale_staging(connection, schema: str) -> List[str]:
    """Staging schemas of this store left by a killed copy or build (called under the store's lock)."""
    rows = connection.execute(
        "SELECT nspname FROM pg_namespace WHERE obj_description(oid, 'pg_namespace') = ? ORDER BY nspname",
        (STAGING_MARK.format(schema=schema),),
    ).fetchall()
    return [row[0] for row in rows]


def _referencing_first(connection, schema: str, tables: List[str]) -> List[str]:
    """Drop order: a table another one of the list references by a foreign key goes after it."""
    pairs = connection.execute(
        "SELECT f.relname, t.relname FROM pg_constraint k JOIN pg_class f ON f.oid = k.conrelid"
        " JOIN pg_class t ON t.oid = k.confrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
        " WHERE k.contype = 'f' AND n.nspname = ? AND f.relnamespace = t.relnamespace",
        (schema,),
    ).fetchall()
    left, ordered = set(tables), []
    while left:
        free = sorted(name for name in left if not any(ref == name and src in left and src != name
                                                       for src, ref in pairs))
        if not free:  # a cycle: PostgreSQL will say which constraint stops the drop
            free = sorted(left)
        ordered += free
        left -= set(free)
    return ordered


def _qualified(schema: str, name: str) -> str:
    return f"{db.quote_identifier(schema)}.{db.quote_identifier(name)}"
