"""Rendering store layers to a PNG image, for checks, scripts and the demo."""

import os
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from ..common import output_paths
from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import METROPOLE_CRS, crs_for_departement, crs_for_region
from ..common.paths import resource
from .qgis_layers import MAP_LAYERS, TERRITORY_LAYERS, open_layer, store_layer_names

# Layers drawn over département and région outlines, which situate them.
NEEDS_CONTEXT = ("footprints", "actor_points")

# Metropolitan France (with Corsica) in Lambert-93, so that the DROM do not stretch the view.
METROPOLE_EXTENT = QgsRectangle(90000, 6040000, 1250000, 7120000)


def filter_expression(region: Optional[str] = None, departement: Optional[str] = None) -> str:
    """A subset string built with QGIS's quoting, never by pasting values."""
    if departement:
        return QgsExpression.createFieldEqualityExpression("departement", departement)
    if region:
        return QgsExpression.createFieldEqualityExpression("region", region)
    return ""


def check_request(store: str, out_path: Path, names: List[str]) -> List[str]:
    """The one-line reasons a map cannot be drawn (folder, layer names, layers the store lacks); returns the
    store's map layers."""
    if not out_path.parent.is_dir():
        raise InputError(tr("Output folder does not exist: {path}").format(path=out_path.parent))
    unknown = [name for name in names if name not in MAP_LAYERS]
    if unknown:
        raise InputError(tr("Unknown layer: {name}").format(name=", ".join(unknown)))
    present = store_layer_names(store)
    absent = [name for name in names if name not in present]
    if absent:
        raise InputError(
            tr("Layer {name} not found in {store}: refresh the maps first").format(name=", ".join(absent), store=store)
        )
    return present


def render_png(
    store: str,
    out: str,
    layers: Optional[List[str]] = None,
    region: Optional[str] = None,
    departement: Optional[str] = None,
    width: int = 1600,
    height: int = 1200,
) -> str:
    out_path = output_paths.check_output(out)
    names = list(layers or TERRITORY_LAYERS)
    present = check_request(store, out_path, names)
    if not region and not departement and "communes_small" in present:
        # the national view draws the generalised outlines (maps/qgis_generalise.py), with the same style
        names = ["communes_small" if name == "communes" else name for name in names]
    opened = [open_layer(store, name) for name in names]
    if any(name in NEEDS_CONTEXT for name in names):
        for name in [name for name in ("departements", "regions") if name not in names]:
            context = open_layer(store, name)
            context.loadNamedStyle(str(resource("styles", f"{name}.qml")))  # plain outlines
            names.append(name)
            opened.append(context)
    crs = QgsCoordinateReferenceSystem(
        crs_for_departement(departement) if departement else crs_for_region(region or "")
    )
    extent = METROPOLE_EXTENT
    if region or departement:
        extent = _filtered_extent(opened, names, region, departement, crs)
    elif crs.authid() != METROPOLE_CRS:
        extent = opened[0].extent()
    settings = QgsMapSettings()
    settings.setLayers(opened)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    output_paths.clean_partials(out_path)
    temporary = output_paths.partial(out_path)
    try:
        if not image.save(str(temporary), "PNG"):
            raise InputError(tr("Cannot write {path}").format(path=out))
        os.replace(str(temporary), str(out_path))
    finally:
        if temporary.exists():
            temporary.unlink()
    return str(out_path)


def _filtered_extent(layers, names, region, departement, crs) -> QgsRectangle:
    """Filter every layer to the territory; the extent is the territory's own outline."""
    territory_layer = "departements" if departement else "regions"
    code = departement or region
    outline = None
    for name, layer in zip(names, layers):
        if name == territory_layer:
            layer.setSubsetString(QgsExpression.createFieldEqualityExpression("code", code))
            outline = layer
        elif name == "regions":
            layer.setSubsetString("0 = 1")  # a département map has no région outline to show
        elif layer.fields().indexOf("region") >= 0:
            layer.setSubsetString(filter_expression(region, departement))
    source = outline or layers[0]
    if source.featureCount() <= 0:
        raise InputError(tr("No territory with code {code}").format(code=code))
    transform = QgsCoordinateTransform(source.crs(), crs, QgsProject.instance().transformContext())
    extent = transform.transformBoundingBox(source.extent())
    extent.scale(1.05)
    return extent
