"""Subset strings that show one territory on every observatory layer, and the extent to zoom to.

Every value goes through QgsExpression's quoting (createFieldEqualityExpression, quotedValue),
so names and codes with quotes or percent signs filter exactly what they say.
"""
from typing import Dict, Iterable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
)

from ..common.levels import TABLE_OF
from ..indicators.key_figures import Scope
from .qgis_layers import TERRITORY_LAYERS, group_name

NOTHING = "0 = 1"  # a layer with nothing to show in this territory (a région outline in a département view)


def equals(field: str, value) -> str:
    return QgsExpression.createFieldEqualityExpression(field, value)


def one_of(field: str, values: Iterable[str]) -> str:
    values = list(values)
    if not values:
        return NOTHING
    quoted = ", ".join(QgsExpression.quotedValue(value) for value in values)
    return f"{QgsExpression.quotedColumnRef(field)} IN ({quoted})"


def territory_subsets(scope: Scope, epci_departement: Optional[str] = None) -> Dict[str, str]:
    """{layer name: subset string}; "" shows the whole layer (France)."""
    if scope.epci:
        return {"regions": NOTHING,
                "departements": equals("code", epci_departement) if epci_departement else NOTHING,
                "epci": equals("code", scope.epci), "communes": equals("epci", scope.epci)}
    if scope.departement:
        return {"regions": NOTHING, "departements": equals("code", scope.departement),
                "epci": equals("departement", scope.departement),
                "communes": equals("departement", scope.departement)}
    if scope.region:
        return {"regions": equals("code", scope.region), "departements": equals("region", scope.region),
                "epci": equals("region", scope.region), "communes": equals("region", scope.region)}
    return {name: "" for name in TERRITORY_LAYERS}


def outline_layer(scope: Scope) -> Optional[str]:
    """The layer whose filtered extent is the territory's own outline."""
    return TABLE_OF.get(scope.level) if scope.level != "france" else None


def store_layer_name(layer: QgsVectorLayer) -> Optional[str]:
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("layerName") or None


def observatory_layers(project: QgsProject = None) -> Dict[str, QgsVectorLayer]:
    """The territory layers of the plugin's group, by store layer name."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name())
    layers = {}
    if group is None:
        return layers
    for node in group.findLayers():
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer) and store_layer_name(layer) in TERRITORY_LAYERS:
            layers.setdefault(store_layer_name(layer), layer)
    return layers


def apply_subsets(layers: Dict[str, QgsVectorLayer], subsets: Dict[str, str]) -> None:
    for name, layer in layers.items():
        subset = subsets.get(name, "")
        if layer.subsetString() != subset:
            layer.setSubsetString(subset)


def territory_extent(layers: Dict[str, QgsVectorLayer], scope: Scope, crs: QgsCoordinateReferenceSystem,
                     project: QgsProject = None) -> Optional[QgsRectangle]:
    """The filtered territory's extent in `crs`, with a 5 % margin; None when nothing is shown."""
    name = outline_layer(scope)
    source = layers.get(name) if name else None
    if source is None:
        source = next((layers[n] for n in TERRITORY_LAYERS if n in layers), None)
    if source is None or source.featureCount() == 0:
        return None
    project = project or QgsProject.instance()
    transform = QgsCoordinateTransform(source.crs(), crs, project.transformContext())
    extent = transform.transformBoundingBox(source.extent())
    extent.scale(1.05)
    return extent
