"""The map of a what-if scenario: the territories it changes, drawn over the observed layers.

Why an overlay and not a restyle: the observed layers keep their own styles (resources/styles)
and their fields, and nothing is written to the store while an officer tries scenarios. Each
overlay reads the same store layer through a subset string (`code IN (...)`, QGIS-quoted)
listing the changed territories, so it updates as fast as a filter does, and a hatched fill
shows "what this scenario changes" whatever the observed choropleth below.
"""
from typing import Dict, Optional

from qgis.core import (
    QgsExpression,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsProject,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..core.i18n import tr
from .filters import NOTHING, one_of
from .layers import plain_layer

OVERLAY_LAYERS = ("departements", "epci", "communes")  # drawing order, top first
COLORS = {"departements": "#8e44ad", "epci": "#d35400", "communes": "#c0392b"}


def group_title() -> str:
    return tr("What-if scenario: changed territories")


def _symbol(name: str) -> QgsFillSymbol:
    # communes turned engaged are hatched; EPCI and départements whose figures move are outlined
    return QgsFillSymbol.createSimple({
        "color": COLORS[name], "style": "b_diagonal" if name == "communes" else "no",
        "outline_color": COLORS[name], "outline_width": "0.8" if name == "departements" else "0.5",
        "outline_width_unit": "MM",
    })


def overlay_subset(codes, territory_subset: str = "") -> str:
    subset = one_of("code", codes)
    if territory_subset and subset != NOTHING:
        return f"({territory_subset}) AND {subset}"
    return subset


class ScenarioOverlay:
    """The overlay layers of one store, created on first use and removed by clear()."""

    def __init__(self, store: str, project: QgsProject = None):
        self.store = store
        self.project = project or QgsProject.instance()
        self.layers: Dict[str, QgsVectorLayer] = {}

    def show(self, changed: Dict[str, list], territory_subsets: Optional[Dict[str, str]] = None) -> None:
        if not self.layers:
            self._create()
        for name, layer in self.layers.items():
            layer.setSubsetString(overlay_subset(changed.get(name, ()), (territory_subsets or {}).get(name, "")))
            layer.triggerRepaint()

    def _create(self) -> None:
        root = self.project.layerTreeRoot()
        group = root.findGroup(group_title()) or root.insertGroup(0, group_title())
        for name in OVERLAY_LAYERS:
            layer = plain_layer(self.store, name, f"{group_title()}: {name}")
            layer.setSubsetString(NOTHING)
            layer.setRenderer(QgsSingleSymbolRenderer(_symbol(name)))
            self.project.addMapLayer(layer, False)
            group.addLayer(layer)
            self.layers[name] = layer

    def clear(self) -> None:
        root = self.project.layerTreeRoot()
        for layer in self.layers.values():
            if self.project.mapLayer(layer.id()) is not None:
                self.project.removeMapLayer(layer.id())
        group = root.findGroup(group_title())
        if group is not None:
            root.removeChildNode(group)
        self.layers = {}


def change_expression(values: Dict[str, float]) -> str:
    """`CASE WHEN "code" = '52' THEN 0.05 ... END`: the change per territory as an expression, values quoted."""
    if not values:
        return "NULL"
    whens = " ".join(f"WHEN {QgsExpression.createFieldEqualityExpression('code', code)} THEN {float(value)!r}"
                     for code, value in sorted(values.items()) if value is not None)
    return f"CASE {whens} END" if whens else "NULL"


# Diverging classes of the change of the engaged share (fractions), red = fewer, green = more.
CHANGE_CLASSES = ((-1.0, -0.10, "#b2182b"), (-0.10, -0.02, "#ef8a62"), (-0.02, 0.02, "#f7f7f7"),
                  (0.02, 0.10, "#67a9cf"), (0.10, 1.0, "#2166ac"))


def change_renderer(values: Dict[str, float]) -> QgsGraduatedSymbolRenderer:
    ranges = []
    for low, high, color in CHANGE_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": color, "outline_color": "#555555", "outline_width": "0.2"})
        label = f"{low * 100:+.0f} … {high * 100:+.0f} pts"
        ranges.append(QgsRendererRange(low, high, symbol, label))
    renderer = QgsGraduatedSymbolRenderer(change_expression(values), ranges)
    return renderer


class ChangeOverlay:
    """A diverging map of the change per région or département between two states (core/comparison.py)."""

    def __init__(self, store: str, project: QgsProject = None):
        self.store = store
        self.project = project or QgsProject.instance()
        self.layer: Optional[QgsVectorLayer] = None

    def show(self, layer_name: str, values: Dict[str, float], subset: str = "") -> QgsVectorLayer:
        self.clear()
        layer = plain_layer(self.store, layer_name, tr("Change between two harvests"))
        layer.setSubsetString(subset)
        layer.setRenderer(change_renderer(values))
        self.project.addMapLayer(layer, False)
        self.project.layerTreeRoot().insertLayer(0, layer)
        self.layer = layer
        return layer

    def clear(self) -> None:
        if self.layer is not None and self.project.mapLayer(self.layer.id()) is not None:
            self.project.removeMapLayer(self.layer.id())
        self.layer = None
