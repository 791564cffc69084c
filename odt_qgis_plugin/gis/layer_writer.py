"""Writing features into a GeoPackage layer with QGIS's own writer."""
import os
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

from ..core.errors import StoreError
from ..core.i18n import tr
from .fields import make_fields

Row = Tuple[list, QgsGeometry]


def write_layer(
    path: str, name: str, spec: List[Tuple[str, str]], rows: Iterable[Row], crs: str = "EPSG:4326", description: str = ""
) -> int:
    """Create (or overwrite) one multipolygon layer; returns the number of features written."""
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
        QgsWkbTypes.Type.MultiPolygon,
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
