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
from qgis.PyQt.QtGui import QColor

from ..common.i18n import language, tr
from ..maps.qgis_filters import NOTHING, one_of
from ..maps.qgis_layers import plain_layer, set_scale_band

OVERLAY_LAYERS = ("communes", "epci", "departements", "regions")  # drawing order, top first
COLORS = {"regions": "#8e44ad", "departements": "#8e44ad", "epci": "#d35400", "communes": "#08306b"}
# Under a scenario the changed régions and départements are drawn with their scenario share in the classes of
# the observed choropleth, each at the scales where the observed one shows (so that neither hides the finer
# layers when zoomed in); EPCI whose figures move are outlined, communes turned engaged hatched.
SHARE_LAYERS = ("regions", "departements")


def group_title() -> str:
    return tr("What-if scenario: changed territories")


def _symbol(name: str) -> QgsFillSymbol:
    # communes turned engaged are hatched dark over any choropleth; EPCI whose figures move are outlined
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
        self.ids: Dict[str, str] = {}  # kept apart: a layer object is gone once the project has deleted it

    def show(self, changed: Dict[str, list], territory_subsets: Optional[Dict[str, str]] = None,
             rates: Optional[Dict[str, Dict[str, float]]] = None) -> None:
        """`rates`: the scenario's engaged share per changed département and région (scenarios/evaluation.py)."""
        if not self.layers or not self._still_there():
            self.clear()  # the user (or a new project) removed some: draw them again
            self._create()
        for name, layer in self.layers.items():
            layer.setSubsetString(overlay_subset(changed.get(name, ()), (territory_subsets or {}).get(name, "")))
            if name in SHARE_LAYERS:
                layer.setRenderer(share_renderer(name, (rates or {}).get(name, {})))
            layer.triggerRepaint()

    def _create(self) -> None:
        root = self.project.layerTreeRoot()
        group = root.findGroup(group_title()) or root.insertGroup(0, group_title())
        for name in OVERLAY_LAYERS:
            layer = plain_layer(self.store, name, f"{group_title()}: {name}")
            layer.setSubsetString(NOTHING)
            layer.setRenderer(QgsSingleSymbolRenderer(_symbol(name)))
            if name in SHARE_LAYERS:
                set_scale_band(layer, name)
            self.project.addMapLayer(layer, False)
            group.addLayer(layer)
            self.layers[name] = layer
            self.ids[name] = layer.id()

    def _still_there(self) -> bool:
        return all(self.project.mapLayer(layer_id) is not None for layer_id in self.ids.values())

    def clear(self) -> None:
        """Remove the overlay's layers and group; those already gone (a new project) are skipped."""
        root = self.project.layerTreeRoot()
        for layer_id in self.ids.values():
            if self.project.mapLayer(layer_id) is not None:
                self.project.removeMapLayer(layer_id)
        group = root.findGroup(group_title())
        if group is not None:
            root.removeChildNode(group)
        self.layers = {}
        self.ids = {}


def share_renderer(layer_name: str, rates: Dict[str, float]):
    """The observed share style, fed with the scenario's rates, outlined to tell it from the observed map."""
    from ..maps.classes import styles_for
    from ..maps.qgis_styles import SHARE_VALUE, build_renderer, relabel

    style = next(item for item in styles_for(layer_name) if item.id == "share")
    renderer = build_renderer(style)
    relabel(renderer, layer_name, "share", language())
    renderer.setClassAttribute(f"coalesce(({change_expression(rates)}) * 100, {SHARE_VALUE})")
    for index, item in enumerate(renderer.ranges()):
        symbol = item.symbol().clone()
        symbol.symbolLayer(0).setStrokeColor(QColor(COLORS[layer_name]))
        symbol.symbolLayer(0).setStrokeWidth(0.8)
        renderer.updateRangeSymbol(index, symbol)
    return renderer


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
    """A diverging map of the change per région or département between two states (indicators/comparison.py)."""

    def __init__(self, store: str, project: QgsProject = None):
        self.store = store
        self.project = project or QgsProject.instance()
        self.layer: Optional[QgsVectorLayer] = None
        self.layer_id = ""

    def show(self, layer_name: str, values: Dict[str, float], subset: str = "") -> QgsVectorLayer:
        self.clear()
        layer = plain_layer(self.store, layer_name, tr("Change between two harvests"))
        layer.setSubsetString(subset)
        layer.setRenderer(change_renderer(values))
        self.project.addMapLayer(layer, False)
        self.project.layerTreeRoot().insertLayer(0, layer)
        self.layer = layer
        self.layer_id = layer.id()
        return layer

    def clear(self) -> None:
        if self.layer_id and self.project.mapLayer(self.layer_id) is not None:
            self.project.removeMapLayer(self.layer_id)
        self.layer = None
        self.layer_id = ""
