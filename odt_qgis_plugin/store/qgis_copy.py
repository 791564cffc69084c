"""Copying a store between a GeoPackage and a PostgreSQL schema, with a count check.

Feature layers go through GDAL (same column names, same fids, a spatial index); attribute tables
through store/store_tables (same keys and constraints). A copy never leaves a half-written target:
into PostgreSQL it fills a staging schema that one transaction then swaps in; into a GeoPackage
it writes a temporary file that then replaces the target.
"""

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from osgeo import gdal

from ..common.errors import InputError, StoreError
from ..common.i18n import tr
from ..common.progress import Feedback
from . import db, store_tables
from .pg_store import PgStore


@dataclass
class CopyReport:
    source: str
    target: str
    counts: Dict[str, Tuple[int, int]] = field(default_factory=dict)  # table: (source rows, target rows)

    def mismatches(self) -> List[str]:
        return [name for name, (a, b) in self.counts.items() if a != b]

    def lines(self) -> List[str]:
        lines = [tr("Copied {source} -> {target}").format(source=self.source, target=self.target)]
        width = max((len(name) for name in self.counts), default=0)
        for name, (a, b) in self.counts.items():
            mark = "" if a == b else "  " + tr("MISMATCH")
            lines.append(f"  {name:<{width}}  {a:>8}  {b:>8}{mark}")
        lines.append(
            tr("Count check: {n} tables, {bad} mismatched").format(n=len(self.counts), bad=len(self.mismatches()))
        )
        return lines


def copy_store(source: str, target: str, feedback: Optional[Feedback] = None) -> CopyReport:
    """Copy every layer and table of `source` into `target` (replaced whole), then compare counts."""
    feedback = feedback or Feedback()
    source_store = db.open_store(source)
    if db.is_postgres(target):
        target_store = PgStore(target, must_exist=False)
    else:
        target_store = None
        if Path(target).suffix.lower() != ".gpkg":
            raise InputError(tr("The store must be a .gpkg file: {path}").format(path=target))
        if not Path(target).parent.is_dir():
            raise InputError(tr("Output folder does not exist: {path}").format(path=Path(target).parent))
    if source_store.label() == (target_store.label() if target_store else str(Path(target))):
        raise InputError(tr("Source and target are the same store"))
    feedback.set_text(tr("Copying the store"))
    if target_store is not None:
        publish(source_store, target_store, keep_user_tables=False)
    else:
        _copy_to_gpkg(source_store, Path(target), feedback)
    report = CopyReport(source_store.label(), target_store.label() if target_store else str(target))
    check = db.open_store(target)
    source_connection, target_connection = source_store.connect(), check.connect()
    try:
        names = list(store_tables.feature_layers(source_connection)) + [
            table.name for table in store_tables.attribute_tables(source_connection)
        ]
        for name in names:
            found = store_tables.count(target_connection, name) if db.table_exists(target_connection, name) else -1
            report.counts[name] = (store_tables.count(source_connection, name), found)
    finally:
        source_connection.close()
        target_connection.close()
    return report


def publish(source, target: PgStore, keep_user_tables: bool, after=None) -> List[str]:
    """Put a whole store into a PostgreSQL schema, atomically.

    Everything is written into a staging schema first; one transaction then drops the old schema
    and renames the staging one, so readers see the old store or the new one, never a mix. With
    `keep_user_tables`, the old schema's tables the source lacks (actors, harvests, scenarios...)
    move into the new schema in that transaction, and `after(connection)` runs in it too.
    Returns the names of the tables kept.
    """
    target.create_schema()
    staging = target.with_schema(f"{target.schema[:40]}_new_{uuid.uuid4().hex[:8]}")
    source_connection = source.connect()
    try:
        layers = store_tables.feature_layers(source_connection)
        tables = store_tables.attribute_tables(source_connection)
        _create_schema(staging)
        _translate_layers(
            source,
            staging,
            layers,
            "PostgreSQL",
            [
                "GEOMETRY_NAME=geom",
                "FID=fid",
                "LAUNDER=NO",
                "SPATIAL_INDEX=GIST",
                "PRECISION=NO",
                f"SCHEMA={staging.schema}",
            ],
        )
        with staging.transaction() as connection:
            _complete(source_connection, connection, layers, tables)
        kept = []
        with target.transaction() as connection:
            current = connection.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", (target.schema,)
            ).fetchall()
            new = set(layers) | {table.name for table in tables}
            if keep_user_tables:
                for (name,) in current:
                    if name not in new:
                        connection.execute(
                            f"ALTER TABLE {_qualified(target.schema, name)} SET SCHEMA "
                            f"{db.quote_identifier(staging.schema)}"
                        )
                        kept.append(name)
            connection.execute(f"DROP SCHEMA IF EXISTS {db.quote_identifier(target.schema)} CASCADE")
            connection.execute(
                f"ALTER SCHEMA {db.quote_identifier(staging.schema)} RENAME TO {db.quote_identifier(target.schema)}"
            )
            if after is not None:
                after(connection)
        return sorted(kept)
    except BaseException:
        _drop_schema(staging)
        raise
    finally:
        source_connection.close()


def replace_layer(gpkg: str, target: PgStore, name: str) -> None:
    """One layer written into a scratch GeoPackage replaces the PostGIS store's table of that name."""
    source = db.StoreDb(gpkg, must_exist=False)
    connection = source.connect()
    try:
        description = store_tables.feature_layers(connection).get(name, "")
    finally:
        connection.close()
    _translate_layers(
        source,
        target,
        {name: description},
        "PostgreSQL",
        [
            "GEOMETRY_NAME=geom",
            "FID=fid",
            "LAUNDER=NO",
            "SPATIAL_INDEX=GIST",
            "PRECISION=NO",
            f"SCHEMA={target.schema}",
        ],
        access_mode="overwrite",
    )


def _copy_to_gpkg(source, path: Path, feedback: Feedback) -> None:
    temporary = path.with_name(path.stem + ".copying.gpkg")
    _remove(temporary)
    source_connection = source.connect()
    try:
        layers = store_tables.feature_layers(source_connection)
        tables = store_tables.attribute_tables(source_connection)
        for name, description in layers.items():
            options = ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"]
            if description:
                options.append(f"DESCRIPTION={description}")
            _translate_layers(source, str(temporary), {name: description}, "GPKG", options)
        target = db.StoreDb(temporary, must_exist=False)
        with target.transaction() as connection:
            _complete(source_connection, connection, layers, tables)
        feedback.check()
        os.replace(temporary, path)
    finally:
        source_connection.close()
        _remove(temporary)


def _translate_layers(
    source,
    destination,
    layers: Dict[str, str],
    driver: str,
    layer_options: List[str],
    access_mode: Optional[str] = None,
) -> None:
    if not layers:
        return
    if isinstance(source, PgStore):
        source_name = source.gdal_source()
    else:
        source_name = str(source.path)
    if isinstance(destination, PgStore):
        destination_name = destination.gdal_source()
    else:
        destination_name = str(destination)
    redact = source.redact if isinstance(source, PgStore) else (lambda text: text)
    if isinstance(destination, PgStore):
        redact = destination.redact
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(source_name, gdal.OF_VECTOR)
        if dataset is None:
            raise StoreError(
                tr("Cannot read the store's layers: {reason}").format(reason=redact(gdal.GetLastErrorMsg()))
            )
        exists = driver == "GPKG" and Path(destination_name).exists()
        options = gdal.VectorTranslateOptions(
            options=["-preserve_fid"],
            format=driver,
            layers=list(layers),
            layerCreationOptions=layer_options,
            accessMode=access_mode or ("update" if (exists or driver == "PostgreSQL") else None),
        )
        result = gdal.VectorTranslate(destination_name, dataset, options=options)
        if result is None:
            raise StoreError(
                tr("Cannot copy the store's layers: {reason}").format(reason=redact(gdal.GetLastErrorMsg()))
            )
        result = None  # flushes and closes
        dataset = None
    finally:
        gdal.PopErrorHandler()


def _complete(source, target, layers, tables) -> None:
    """After GDAL copied the layers: exact reals, the layers' indexes, then the attribute tables."""
    for name in layers:
        _copy_floats(source, target, name)
        for index in _layer_indexes(source, name):
            target.execute(index)
    for table in tables:
        store_tables.create(target, table)
        store_tables.copy_rows(source, target, table)


def _copy_floats(source, target, layer: str) -> None:
    """GDAL writes real numbers with 15 significant digits: copy them again, bit for bit."""
    columns = store_tables.float_columns(source, layer)
    if columns:
        selected = ", ".join(db.quote_identifier(column) for column in columns + ["fid"])
        rows = source.execute(f"SELECT {selected} FROM {db.quote_identifier(layer)}").fetchall()
        db.update_many(target, layer, columns, "fid", [tuple(row) for row in rows])


def _layer_indexes(connection, layer: str) -> List[str]:
    """Plain b-tree indexes of a feature layer (the spatial index is the writer's business)."""
    if db.dialect(connection) == db.POSTGRESQL:
        found = store_tables.pg_indexes(connection, layer)
    else:
        found = [
            row[0]
            for row in connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?", (layer,)
            )
        ]
    return [
        index if "IF NOT EXISTS" in index else index.replace("INDEX ", "INDEX IF NOT EXISTS ", 1) for index in found
    ]


def _qualified(schema: str, name: str) -> str:
    return f"{db.quote_identifier(schema)}.{db.quote_identifier(name)}"


def _create_schema(store: PgStore) -> None:
    connection = store.connect()
    try:
        connection.execute(f"CREATE SCHEMA {db.quote_identifier(store.schema)}")
    finally:
        connection.close()


def _drop_schema(store: PgStore) -> None:
    try:
        connection = store.connect()
    except StoreError:
        return
    try:
        connection.execute(f"DROP SCHEMA IF EXISTS {db.quote_identifier(store.schema)} CASCADE")
    finally:
        connection.close()


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.unlink()
