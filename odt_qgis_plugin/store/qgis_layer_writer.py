"""Writing a layer: into a new GeoPackage file with QGIS's own writer, or into a store atomically.

A store's layer is replaced in one transaction (the operation's, when one is open): readers see the
old layer or the new one, and a failure anywhere leaves the old one. In a GeoPackage store the
features go through a scratch file (store/gpkg_swap.py); in PostGIS they are inserted as WKB.
"""
import os
import tempfile
from typing import Iterable, List, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..common import qgis_compat as compat
from ..common.errors import StoreError
from ..common.i18n import tr
from ..common.qgis_fields import make_fields
from . import db, gpkg_swap, pg_schemas, store_design

Row = Tuple[list, QgsGeometry]
_PG_TYPES = {"string": "VARCHAR", "int": "BIGINT", "real": "DOUBLE PRECISION"}


def write_layer(
    store, name: str, spec: List[Tuple[str, str]], rows: Iterable[Row], crs: str = "EPSG:4326",
    description: str = "", geometry_type=compat.WKB_MULTIPOLYGON,
) -> int:
    """Create or replace one layer of a store; returns the number of features written."""
    target = db.open_store(store)
    if target.dialect == db.POSTGRESQL:
        with target.transaction() as connection:
            return _write_postgres(connection, name, spec, rows, crs, description, geometry_type)
    with tempfile.TemporaryDirectory(prefix="odt-layer-") as folder:
        scratch = os.path.join(folder, "layer.gpkg")
        count = write_new_layer(scratch, name, spec, rows, crs, description, geometry_type)
        source = gpkg_swap.open_source(scratch)
        try:
            with target.transaction() as connection:
                gpkg_swap.replace(connection, source, [name])
        finally:
            source.close()
    return count


def write_new_layer(
    path: str, name: str, spec: List[Tuple[str, str]], rows: Iterable[Row], crs: str = "EPSG:4326",
    description: str = "", geometry_type=compat.WKB_MULTIPOLYGON,
) -> int:
    """Create (or overwrite) one layer in a GeoPackage file nobody else uses (a build's, a scratch one)."""
    fields = make_fields(spec)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.layerOptions = ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"]
    if description:
        options.layerOptions.append(f"DESCRIPTION={description}")
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if os.path.exists(path)
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    writer = QgsVectorFileWriter.create(
        str(path),
        fields,
        geometry_type,
        QgsCoordinateReferenceSystem(crs),
        QgsCoordinateTransformContext(),
        options,
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise StoreError(tr("Cannot write layer {name}: {reason}").format(name=name, reason=writer.errorMessage()))
    count = 0
    batch = []
    for attributes, geometry in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        feature.setGeometry(geometry)
        batch.append(feature)
        if len(batch) >= 2000:
            count += _flush(writer, batch, name)
    count += _flush(writer, batch, name)
    del writer  # closes the file; the GeoPackage is complete only after this
    return count


def _flush(writer, batch, name) -> int:
    if not batch:
        return 0
    if not writer.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
        raise StoreError(tr("Cannot write layer {name}: {reason}").format(name=name, reason=writer.errorMessage()))
    written = len(batch)
    batch.clear()
    return written


def _write_postgres(connection, name, spec, rows, crs, description, geometry_type) -> int:
    """The layer as GDAL would have made it (fid serial, VARCHAR, BIGINT, geom typed), in the open transaction."""
    srid = int(crs.split(":")[-1])
    multi = QgsWkbTypes.isMultiType(geometry_type)
    kind = QgsWkbTypes.displayString(geometry_type)
    table = db.quote_identifier(name)
    blocking = pg_schemas.dependents(connection, connection.schema, [name])
    if blocking:
        raise StoreError(tr("The layer {name} cannot be rewritten: it is used by {objects}, which the plugin did not "
                            "make; remove them first").format(name=name, objects=", ".join(blocking)))
    views = store_design.views_over(name)
    for view in views:  # PostgreSQL binds a view to its tables: it is made again below
        store_design.drop_view(connection, view)
    connection.execute(f"DROP TABLE IF EXISTS {table}")
    columns = ", ".join(f"{db.quote_identifier(field)} {_PG_TYPES[field_kind]}" for field, field_kind in spec)
    connection.execute(f"CREATE TABLE {table} (fid SERIAL PRIMARY KEY, {columns}, geom geometry({kind}, {srid}))")
    if description:
        connection.execute(f"COMMENT ON TABLE {table} IS ?", (description,))
    names = ", ".join(db.quote_identifier(field) for field, _ in spec)
    insert = (f"INSERT INTO {table} ({names}, geom) VALUES ({', '.join('?' for _ in spec)},"
              f" ST_GeomFromWKB(?, {srid}))")
    count, batch = 0, []
    for attributes, geometry in rows:
        geometry = QgsGeometry(geometry)
        if multi:
            geometry.convertToMultiType()
        batch.append(tuple(attributes) + (bytes(geometry.asWkb()) if not geometry.isNull() else None,))
        if len(batch) >= 2000:
            connection.executemany(insert, batch)
            count, batch = count + len(batch), []
    if batch:
        connection.executemany(insert, batch)
        count += len(batch)
    connection.execute(f"CREATE INDEX {db.quote_identifier(name + '_geom_geom_idx')} ON {table} USING GIST (geom)")
    for view in views:
        store_design.make_view(connection, view)
    return count
