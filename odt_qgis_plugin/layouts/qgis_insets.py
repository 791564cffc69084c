"""The five DROM as insets of a national page, each in its official projection, or their strip given to the map."""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsRectangle,
    QgsVectorLayer,
)

from ..common.levels import DROM


def zoom(map_item, extent: QgsRectangle) -> None:
    """Show `extent` whole, widened to the item's proportions (zoomToExtent needs a previous extent)."""
    ratio = map_item.rect().width() / map_item.rect().height()
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    center = extent.center()
    map_item.setExtent(QgsRectangle(center.x() - width / 2, center.y() - height / 2,
                                    center.x() + width / 2, center.y() + height / 2))


def drop_insets(layout, map_item) -> None:
    """A territory page has no DROM insets: the map takes their strip (and the scale bar moves with it)."""
    bottom = None
    for code in DROM:
        for item_id in (f"inset_{code}", f"inset_label_{code}"):
            item = layout.itemById(item_id)
            if item is not None:
                rect = item.sceneBoundingRect()
                bottom = max(bottom or rect.bottom(), rect.bottom())
                layout.removeLayoutItem(item)
    if bottom is None:
        return
    grow = bottom - map_item.sceneBoundingRect().bottom()
    size = map_item.sizeWithUnits()
    map_item.attemptResize(QgsLayoutSize(size.width(), size.height() + grow, size.units()))
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        position = scalebar.positionWithUnits()
        scalebar.attemptMove(QgsLayoutPoint(position.x(), position.y() + grow, position.units()))


def fill_insets(layout, layers, region_layer: QgsVectorLayer, project, names) -> list:
    """Point each inset at its DROM (layers top first); returns the inset map items."""
    insets = []
    for code, (name, crs_id) in DROM.items():
        inset = layout.itemById(f"inset_{code}")
        if inset is None:
            continue
        crs = QgsCoordinateReferenceSystem(crs_id)
        inset.setLayers(layers)
        inset.setKeepLayerSet(True)
        inset.setCrs(crs)
        extent = territory_extent(region_layer, code, crs, project)
        if extent is not None:
            zoom(inset, extent)
        caption = layout.itemById(f"inset_label_{code}")
        if caption is not None:
            caption.setText(names.get(("region", code), name))
            caption.setBackgroundEnabled(False)
        insets.append(inset)
    return insets


def territory_extent(layer: QgsVectorLayer, code: str, crs, project) -> QgsRectangle | None:
    request = QgsFeatureRequest().setFilterExpression(QgsExpression.createFieldEqualityExpression("code", code))
    request.setNoAttributes()
    extent = QgsRectangle()
    extent.setMinimal()
    for feature in layer.getFeatures(request):
        extent.combineExtentWith(feature.geometry().boundingBox())
    if extent.isEmpty():
        return None
    transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
    extent = transform.transformBoundingBox(extent)
    extent.scale(1.35)  # room for the inset's caption
    return extent
