"""Writing features into a store layer with QGIS's own writer (a PostGIS store gets it through a scratch GeoPackage)."""
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
)

from ..common import qgis_compat as compat
from ..common.errors import StoreError
from ..common.i18n import tr
from ..common.qgis_fields import make_fields

Row = Tuple[list, QgsGeometry]


def write_layer(
    path: str, name: str, spec: List[Tuple[str, str]], rows: Iterable[Row], crs: str = "EPSG:4326",
    description: str = "", geometry_type=compat.WKB_MULTIPOLYGON,
) -> int:
    """Create (or overwrite) one layer; returns the number of features written."""
    from .db import is_postgres

    if is_postgres(path):
        from .db import open_store
        from .qgis_copy import replace_layer

        with tempfile.TemporaryDirectory(prefix="odt-layer-") as folder:
            scratch = os.path.join(folder, "layer.gpkg")
            count = write_layer(scratch, name, spec, rows, crs, description, geometry_type)
            replace_layer(scratch, open_store(path), name)
        return count
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
        path,
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
