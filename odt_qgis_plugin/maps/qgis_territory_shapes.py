"""Reading a few territories' geometries from the store by code."""
from typing import Dict, Iterable

from qgis.core import QgsFeatureRequest, QgsGeometry

from .qgis_filters import one_of
from .qgis_layers import plain_layer


def geometries(store: str, layer_name: str, codes: Iterable[str]) -> Dict[str, QgsGeometry]:
    """{code: geometry} for the codes found (in the store's CRS, EPSG:4326)."""
    codes = sorted(set(codes))
    if not codes:
        return {}
    layer = plain_layer(store, layer_name)
    index = layer.fields().indexOf("code")
    request = QgsFeatureRequest().setFilterExpression(one_of("code", codes))
    request.setSubsetOfAttributes([index])
    return {feature[index]: QgsGeometry(feature.geometry()) for feature in layer.getFeatures(request)}


def point_inside(geometry: QgsGeometry) -> QgsGeometry:
    """The centroid when it falls inside the territory, else a point surely inside (a crescent-shaped
    commune's centroid may lie in its neighbour)."""
    centroid = geometry.centroid()
    if not centroid.isEmpty() and geometry.contains(centroid):
        return centroid
    return geometry.pointOnSurface()
