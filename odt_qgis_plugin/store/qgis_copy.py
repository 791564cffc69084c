"""Copying a store between a GeoPackage and a PostgreSQL schema, with a count check.

Feature layers go through GDAL (same column names, same fids, a spatial index); attribute tables
through store/store_tables (same keys and constraints); views are made again from their definition
(store/store_design.py), never copied as tables. A copy never leaves a half-written target: into
PostgreSQL it fills a staging schema that one transaction then swaps in (store/pg_schemas.py); into
a GeoPackage it writes a temporary file whose tables then replace the target's in one transaction.
"""

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from osgeo import gdal

from ..common import output_paths
from ..common.errors import InputError, StoreError
from ..common.i18n import tr
from ..common.progress import Feedback
from . import db, gpkg_swap, pg_schemas, replacement, store_design, store_lock, store_tables
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


def copy_store(source: str, target: str, feedback: Optional[Feedback] = None, force: bool = False) -> CopyReport:
    """Copy every layer and table of `source` into `target` (replaced whole), then compare counts.

    What may be replaced, and `force`: store/replacement.py. The target is written under its lock.
    """
    feedback = feedback or Feedback()
    source_store = db.open_store(source)
    if db.is_postgres(target):
        target_store = PgStore(target, must_exist=False)
    else:
        target_store = None
        output_paths.check_output(target)
        if Path(target).suffix.lower() != ".gpkg":
            raise InputError(tr("The store must be a .gpkg file: {path}").format(path=target))
    if source_store.label() == (target_store.label() if target_store else str(Path(target))):
        raise InputError(tr("Source and target are the same store"))
    feedback.set_text(tr("Copying the store"))
    with store_lock.writing(target_store or target, "copy-store"):
        source_connection = source_store.connect()
        try:
            incoming = (list(store_tables.feature_layers(source_connection))
                        + [table.name for table in store_tables.attribute_tables(source_connection)]
                        + store_tables.views(source_connection))
        finally:
            source_connection.close()
        if target_store is not None:
            mode = replacement.pg_target(target_store, force)
            if mode == replacement.IN_PLACE:
                connection = target_store.connect()
                try:
                    present = pg_schemas.relations(connection, target_store.schema)
                finally:
                    connection.close()
                replacement.check_losses(target_store.label(), present, incoming, force)
            publish(source_store, target_store, keep_user_tables=False, force=force)
        else:
            _copy_to_gpkg(source_store, Path(target), feedback, force, incoming)
        report = CopyReport(source_store.label(), target_store.label() if target_store else str(target))
        check = db.open_store(target)
        source_connection, target_connection = source_store.connect(), check.connect()
        try:
            for name in incoming:
                found = store_tables.count(target_connection, name) if _relation_exists(target_connection, name) else -1
                report.counts[name] = (store_tables.count(source_connection, name), found)
        finally:
            source_connection.close()
            target_connection.close()
    return report


def publish(source, target: PgStore, keep_user_tables: bool, after=None, force: bool = False) -> List[str]:
    """Put a whole store into a PostgreSQL schema, atomically; the caller holds the target's lock.

    Everything is written into a staging schema first; one transaction then replaces the target's
    tables by the staging ones (store/pg_schemas.py), so readers see the old store or the new one,
    never a mix. With `keep_user_tables`, the target's tables the source lacks (actors, harvests,
    scenarios...) stay, and `after(connection)` runs in that transaction too. Without it, the target's
    tables the source lacks are deleted, which the caller has refused unless forced.
    Returns the names of the tables kept.
    """
    connection = target.connect()
    try:
        existed = pg_schemas.check_target(connection, target.schema)
        pg_schemas.ensure_postgis(connection)
        if not existed:
            pg_schemas.create(connection, target.schema, pg_schemas.STORE_MARK)
        for stale in pg_schemas.stale_staging(connection, target.schema):
            pg_schemas.drop_staging(connection, stale)
    finally:
        connection.close()
    staging = target.with_schema(f"{target.schema[:40]}_new_{uuid.uuid4().hex[:8]}")
    source_connection = source.connect()
    try:
        layers = store_tables.feature_layers(source_connection)
        tables = store_tables.attribute_tables(source_connection)
        with staging.session():
            connection = staging.connect()
            pg_schemas.create(connection, staging.schema, pg_schemas.STAGING_MARK.format(schema=target.schema))
            _translate_layers(source, staging, layers, "PostgreSQL", [
                "GEOMETRY_NAME=geom", "FID=fid", "LAUNDER=NO", "SPATIAL_INDEX=GIST", "PRECISION=NO",
                f"SCHEMA={staging.schema}"])
            with staging.transaction() as connection:
                _complete(source_connection, connection, layers, tables)
        with target.transaction() as connection:
            replaced, kept = pg_schemas.plan(connection, target.schema, set(layers) | {t.name for t in tables},
                                             keep_user_tables)
            blocking = pg_schemas.dependents(connection, target.schema, replaced)
            if blocking:
                raise StoreError(tr("{store} cannot be replaced: its tables are used by {objects}, which the "
                                    "plugin did not make; remove them first").format(
                    store=target.label(), objects=", ".join(blocking)))
            pg_schemas.swap_in(connection, target.schema, staging.schema, replaced)
            if after is not None:
                after(connection)
        return kept
    except BaseException:
        _drop_staging(staging)
        raise
    finally:
        source_connection.close()


def _copy_to_gpkg(source, path: Path, feedback: Feedback, force: bool, incoming: List[str]) -> None:
    mode = replacement.gpkg_target(path, force)
    if mode == replacement.IN_PLACE:
        replacement.check_losses(str(path), replacement.gpkg_objects(path), incoming, force)
    replacement.clean_temporaries(path)
    temporary = path.with_name(f"{path.stem}.copying-{output_paths.tag()}.gpkg")
    source_connection = source.connect()
    try:
        layers = store_tables.feature_layers(source_connection)
        tables = store_tables.attribute_tables(source_connection)
        for name, description in layers.items():
            options = ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"]
            if description:
                options.append(f"DESCRIPTION={description}")
            _translate_layers(source, str(temporary), {name: description}, "GPKG", options)
        written = db.StoreDb(temporary, must_exist=False)
        with written.transaction() as connection:
            _complete(source_connection, connection, layers, tables)
            for view in store_tables.views(source_connection):
                if view in store_design.VIEWS:
                    store_design.make_view(connection, view)
        feedback.check()
        if mode == replacement.IN_PLACE:
            _replace_in_place(path, temporary)
        else:
            db.write_ahead_log(temporary)
            _remove(path, main=False)  # a journal left beside the old file would spoil the new one
            os.replace(temporary, path)
    finally:
        source_connection.close()
        _remove(temporary)


def _replace_in_place(path: Path, fresh: Path) -> None:
    """Everything of the store replaced by the fresh copy's, in one transaction (the file itself stays)."""
    store = db.StoreDb(path, must_exist=False)
    source = gpkg_swap.open_source(fresh)
    try:
        with store.transaction() as connection:
            for name in gpkg_swap.user_objects(connection):
                gpkg_swap.drop(connection, name)
            gpkg_swap.replace(connection, source, list(gpkg_swap.user_objects(source)))
    finally:
        source.close()


def _relation_exists(connection, name: str) -> bool:
    return db.table_exists(connection, name) or name in store_tables.views(connection)


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


def _drop_staging(store: PgStore) -> None:
    try:
        connection = store.connect()
    except StoreError:
        return
    try:
        pg_schemas.drop_staging(connection, store.schema)
    except StoreError:
        pass  # the next copy or build of this store removes it (pg_schemas.stale_staging)
    finally:
        connection.close()


def _remove(path: Path, main: bool = True) -> None:
    for suffix in ("", "-journal", "-wal", "-shm")[0 if main else 1:]:
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.unlink()
