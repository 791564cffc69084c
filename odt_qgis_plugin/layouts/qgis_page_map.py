"""The layers of a page's map: the territory coloured by the measure, names, actors, platforms, neighbours.

What each page level shows (council pages; a scenario page the same, redrawn under the scenario):
- France: départements coloured by the measure, région outlines with their names; DROM in insets;
- a région: its EPCI coloured (its départements when the measure is a share of collectivities),
  the départements' outlines and names, the engaged actors as points, the largest ones labelled,
  the mutualised platforms' footprints as dashed outlines, the neighbouring régions in grey with
  faint names;
- a département: its communes coloured by who covers them, the EPCI outlines and names, actors,
  footprints, grey neighbours;
- an EPCI: its communes coloured and named, actors, footprints, grey neighbours.
The mutualisation page shows the footprints filled by type over the territory, and the carriers.
Renderers are built from the definitions (maps/classes.py) so that legend nodes follow them; a
scenario only changes what the renderers classify (a map of values by code in the expression).
Layers get a subset string for each page (what is inside the territory), set by `show()`.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsNullSymbolRenderer,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont, QPainter

from ..common.errors import InputError
from ..common.i18n import tr
from ..indicators.measures import Measure
from ..maps import classes
from ..maps.classes import StyleDef
from ..maps.qgis_filters import NOTHING, equals, one_of
from ..maps.qgis_layers import plain_layer, store_layer_names
from ..maps.qgis_styles import GRADUATED, build_renderer, style_expression
from . import page_data as pages_data
from .page_data import OBSERVED, SCENARIO, PageData

FONT = "DejaVu Sans"
NEIGHBOUR_FILL = {"color": "232,232,232,255", "outline_color": "181,181,181,255", "outline_width": "0.15"}
CHANGED_COLOR = "#6a1b9a"  # a scenario's changed territories: outlined (hatched for communes) in purple
LABELLED_ACTORS = {"france": 0, "region": 10, "departement": 10, "epci": 12}
# where the sub-territories' outlines and names come from, per page level
OUTLINES = {"france": "regions", "region": "departements", "departement": "epci", "epci": None}
NEIGHBOURS = {"region": "regions", "departement": "departements", "epci": "epci"}
INSIDE_FIELD = {"region": "region", "departement": "departement", "epci": "epci"}


def styled_layer_name(level: str, measure: Measure) -> str:
    """The layer coloured by the measure on a page of that level."""
    if level == "france":
        return "departements"
    if level == "region":
        return "epci" if measure.on_epci else "departements"
    return "communes"


def _text_format(size: float, color: str = "#262626", bold: bool = False, italic: bool = False,
                 buffer: float = 0.7) -> QgsTextFormat:
    font = QFont(FONT)
    font.setBold(bold)
    font.setItalic(italic)
    text = QgsTextFormat.fromQFont(font)
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor(color))
    if buffer:
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(buffer)
        halo.setSizeUnit(QgsUnitTypes.RenderMillimeters)
        halo.setColor(QColor("#ffffff"))
        text.setBuffer(halo)
    return text


def _labels(layer: QgsVectorLayer, expression: str, text: QgsTextFormat, wrap: int = 0, polygon: bool = True,
            show: Optional[str] = None, priority: Optional[str] = None) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text)
    if polygon:
        settings.placement = QgsPalLayerSettings.Horizontal
        settings.centroidInside = True
    else:
        settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        settings.dist = 0.8
    if wrap:
        settings.autoWrapLength = wrap
    properties = settings.dataDefinedProperties()
    if show:
        properties.setProperty(QgsPalLayerSettings.Show, QgsProperty.fromExpression(show))
    if priority:
        properties.setProperty(QgsPalLayerSettings.Priority, QgsProperty.fromExpression(priority))
    settings.setDataDefinedProperties(properties)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _flat(layer: QgsVectorLayer) -> QgsVectorLayer:
    """Opacity and blend modes make PDF engines rasterise the whole map: councils get neither."""
    layer.setOpacity(1.0)
    layer.setBlendMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    layer.setFeatureBlendMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    return layer


def _map_expression(values: Dict[str, object], default: str, key: str = "code") -> str:
    """`coalesce(map_get(map('44109', 'commune', ...), "code"), default)`: values by code, quoted by QGIS."""
    pairs = [f"{QgsExpression.quotedValue(code)}, {QgsExpression.quotedValue(value)}"
             for code, value in sorted(values.items()) if value is not None]
    if not pairs:
        return default
    return f"coalesce(map_get(map({', '.join(pairs)}), {QgsExpression.quotedColumnRef(key)}), {default})"


@dataclass
class PageMap:
    """The layers of a page's map, made once per export; `show()` sets them up for each page."""

    data: Optional[PageData]
    level: str
    measure: Measure
    kind: str = "council"  # "council" or "mutualisation"
    styled_name: str = ""  # the layer coloured by the measure; "" for the page level's own
    points: Optional[bool] = None  # draw the actors (None: on territory pages, not under a scenario)
    footprints: Optional[bool] = None  # draw the footprints' outlines (None: on territory pages)
    layers: Dict[str, QgsVectorLayer] = field(default_factory=dict)
    changed: Dict[str, object] = field(default_factory=dict)  # scenario: code -> value that changed
    values: Dict[str, object] = field(default_factory=dict)  # the styled layer's values inside the page

    @property
    def scenario(self) -> bool:
        return self.data.scenario is not None

    def build(self, store: str) -> "PageMap":
        present = set(store_layer_names(store))
        needed = "footprints" if self.kind == "mutualisation" else "actor_points"
        if needed not in present or "rate_pop_bloc" not in plain_layer(store, "regions").fields().names():
            raise InputError(tr("The store's maps are not up to date: refresh them (in QGIS: Refresh maps; on the "
                                "command line: import-actors or harvest)"))
        if self.kind == "mutualisation":
            self._build_mutualisation(store, present)
            return self
        self.styled_name = self.styled_name or styled_layer_name(self.level, self.measure)
        self.layers["styled"] = self._styled(store)
        outline = OUTLINES.get(self.level)
        if outline and outline != self.styled_name:
            self.layers["outlines"] = self._outlines(store, outline)
            self.layers["names"] = self._names(store, outline)
        if self.level == "epci":
            self.layers["names"] = self._names(store, "communes")
        elif self.styled_name == "regions":  # the régions map of France names them
            self.layers["names"] = self._names(store, "regions")
        territory = self.level in NEIGHBOURS
        if territory:
            self.layers["neighbours"] = self._neighbours(store, NEIGHBOURS[self.level])
        # today's actors would contradict a scenario's map: its pages list who would publish instead
        if "actor_points" in present and (self.points if self.points is not None else territory and not self.scenario):
            self.layers["points"] = self._points(store)
        if "footprints" in present and (self.footprints if self.footprints is not None else territory):
            self.layers["footprints"] = self._footprint_outlines(store)
        if self.scenario:
            self.layers["changed"] = self._changed(store)
        return self

    # --- layers ------------------------------------------------------------------------------------------
    def _style(self) -> StyleDef:
        layer = "communes" if self.styled_name in ("communes", "communes_small") else self.styled_name
        style_id = self.measure.id if (layer, self.measure.id) in GRADUATED or layer == "communes" and \
            self.measure.commune_field else "engagement"
        return StyleDef(style_id, layer, "", "", "")

    def _styled(self, store: str) -> QgsVectorLayer:
        layer = _flat(plain_layer(store, self.styled_name, self.measure.label("en")))
        style = self._style()
        renderer = build_renderer(style)
        expression = style_expression(style.layer, style.id)
        if self.scenario:
            self.changed = self._changed_values(style)
            inner = expression if (style.layer, style.id) not in GRADUATED else expression.replace(" * 100", "")
            expression = _map_expression(self.changed, inner)
            if (style.layer, style.id) in GRADUATED:
                expression = f"({expression}) * 100"
        renderer.setClassAttribute(expression)
        layer.setRenderer(renderer)
        return layer

    def _changed_values(self, style: StyleDef) -> Dict[str, object]:
        """Scenario values of the styled layer's features that differ from the observed ones."""
        codes = pages_data.inside(self.data, self.styled_name, "france", None)
        before = pages_data.layer_values(self.data, self.measure, self.styled_name, codes, OBSERVED)
        after = pages_data.layer_values(self.data, self.measure, self.styled_name, codes, SCENARIO)
        if style.id == "engagement" and style.layer != "communes":
            return {}
        return {code: after[code] for code in codes if after[code] != before[code]}

    def _outlines(self, store: str, name: str) -> QgsVectorLayer:
        layer = _flat(plain_layer(store, name, name))
        france = self.level == "france"
        symbol = QgsFillSymbol.createSimple({
            "style": "no", "outline_color": "#ffffff" if france else "#4d4d4d",
            "outline_width": "0.45" if france else ("0.35" if name == "departements" else "0.2"),
            "outline_width_unit": "MM"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        return layer

    def _names(self, store: str, name: str) -> QgsVectorLayer:
        """Names of the territories inside, on a layer of their own that is not clipped: QGIS labels each
        sliver a clipped polygon leaves along the territory's edge."""
        layer = _flat(plain_layer(store, name, name))
        layer.setRenderer(QgsNullSymbolRenderer())
        size = {"regions": 7.5, "departements": 8, "epci": 6.5, "communes": 6}[name]
        text = _text_format(size, "#404040" if name == "communes" else "#262626", bold=name in ("regions",
                                                                                           "departements"))
        _labels(layer, '"name"', text, wrap={"epci": 16, "communes": 14}.get(name, 0))
        return layer

    def _neighbours(self, store: str, name: str) -> QgsVectorLayer:
        layer = _flat(plain_layer(store, name, tr("Neighbouring territories")))
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(NEIGHBOUR_FILL)))
        _labels(layer, '"name"', _text_format(7, "#8c8c8c", italic=True, buffer=0), wrap=18)
        return layer

    def _points(self, store: str) -> QgsVectorLayer:
        """Actors as dots of their category's colour, one size: a page names them, it does not weigh them."""
        layer = _flat(plain_layer(store, "actor_points", tr("Actors publishing")))
        categories = [QgsRendererCategory(item.id, QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": item.color, "outline_color": "#ffffff", "outline_width": "0.25",
             "size": "2.2"}), item.en) for item in classes.ACTOR_CATEGORIES]
        layer.setRenderer(QgsCategorizedSymbolRenderer('"category"', categories))
        return layer

    def _footprint_outlines(self, store: str) -> QgsVectorLayer:
        layer = _flat(plain_layer(store, "footprints", tr("Mutualised platforms")))
        categories = []
        for item in classes.FOOTPRINT_TYPES:
            symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": item.color, "outline_width": "0.7",
                                                 "outline_style": "dash", "outline_width_unit": "MM"})
            categories.append(QgsRendererCategory(item.id, symbol, item.en))
        layer.setRenderer(QgsCategorizedSymbolRenderer('"type"', categories))
        return layer

    def _changed(self, store: str) -> QgsVectorLayer:
        layer = _flat(plain_layer(store, self.styled_name, tr("Changed in the scenario")))
        hatched = self.styled_name in ("communes", "communes_small")
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
            "color": CHANGED_COLOR, "style": "b_diagonal" if hatched else "no", "outline_color": CHANGED_COLOR,
            "outline_width": "0.3" if hatched else "0.6", "outline_width_unit": "MM"})))
        layer.setSubsetString(NOTHING)
        return layer

    def _build_mutualisation(self, store: str, present: set) -> None:
        base = "departements" if self.level in ("france", "region") else "epci" if self.level == "departement" \
            else "communes"
        self.styled_name = "footprints"
        footprints = _flat(plain_layer(store, "footprints", tr("Mutualised platforms")))
        footprints.setRenderer(build_renderer(StyleDef("types", "footprints", "", "", "")))
        self.layers["styled"] = footprints
        ground = _flat(plain_layer(store, base, base))
        ground.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "#fbfbf8", "outline_color": "#b0b0b0", "outline_width": "0.15", "outline_width_unit": "MM"})))
        self.layers["ground"] = ground
        if self.level in ("france", "region"):
            self.layers["outlines"] = self._outlines(store, "regions" if self.level == "france" else "departements")
            if self.level == "france":
                self.layers["outlines"].renderer().symbol().symbolLayer(0).setStrokeColor(QColor("#7a7a7a"))
            else:
                self.layers["names"] = self._names(store, "departements")
        if self.level in NEIGHBOURS:
            self.layers["neighbours"] = self._neighbours(store, NEIGHBOURS[self.level])
        if "actor_points" in present:
            carriers = _flat(plain_layer(store, "actor_points", tr("Carrier of the platform")))
            star = QgsMarkerSymbol.createSimple({"name": "star", "color": "#1e1e1e", "outline_color": "#ffffff",
                                                 "outline_width": "0.2", "size": "3.2"})
            carriers.setRenderer(QgsSingleSymbolRenderer(star))
            self.layers["carriers"] = carriers

    # --- drawing order and clipping ---------------------------------------------------------------------------
    def drawn(self) -> List[QgsVectorLayer]:
        """The map item's layers, top first."""
        order = ("names", "carriers", "points", "changed", "outlines", "footprints", "styled", "ground",
                 "neighbours")
        return [self.layers[name] for name in order if name in self.layers]

    def clipped(self) -> List[QgsVectorLayer]:
        """Layers cut at the territory's outline (the neighbours and points are filtered instead)."""
        return [self.layers[name] for name in ("styled", "ground", "outlines", "footprints", "changed")
                if name in self.layers]

    # --- each page ---------------------------------------------------------------------------------------------
    def show(self, level: str, code: Optional[str], carriers: Optional[Dict[str, str]] = None) -> None:
        """Filter every layer to the page's territory and label its largest actors."""
        data = self.data
        if self.kind == "mutualisation":
            self._show_mutualisation(level, code, carriers or {})
            return
        inside_codes = pages_data.inside(data, self.styled_name, level, code)
        which = SCENARIO if self.scenario else OBSERVED
        self.values = pages_data.layer_values(data, self.measure, self.styled_name, inside_codes, which)
        field_name = INSIDE_FIELD.get(level)
        styled = self.layers["styled"]
        _subset(styled, equals(field_name, code) if field_name else "")
        outline_field = {"region": "region", "departement": "departement", "epci": "epci"}.get(level)
        for name in ("outlines", "names"):
            if name in self.layers:
                _subset(self.layers[name], equals(outline_field, code) if outline_field else "")
        if "neighbours" in self.layers:
            _subset(self.layers["neighbours"], f"{QgsExpression.quotedColumnRef('code')} <> "
                                               f"{QgsExpression.quotedValue(code)}")
        if "changed" in self.layers:
            _subset(self.layers["changed"], one_of("code", [key for key in inside_codes if key in self.changed]))
        if "points" in self.layers:
            actors = pages_data.actors_inside(data, level, code)
            points = self.layers["points"]
            _subset(points, one_of("siren", [actor.siren for actor in actors]))
            # départements and régions are named on the map already: their actors' points stay unlabelled
            named = [actor for actor in actors if actor.category in ("commune", "epci", "other")]
            top = [actor.siren for actor in named[:LABELLED_ACTORS.get(level, 0)]]
            label_field = "label" if points.fields().indexOf("label") >= 0 else "name"
            _labels(points, QgsExpression.quotedColumnRef(label_field), _text_format(6.5, "#1e1e1e", buffer=0.8),
                    wrap=22, polygon=False, show=one_of("siren", top) if top else "false",
                    priority=self._priority(top))
        if "footprints" in self.layers:
            names = [platform.name for platform in pages_data.platforms_inside(data, level, code)]
            _subset(self.layers["footprints"], one_of("platform", names))

    @staticmethod
    def _priority(top: List[str]) -> str:
        """Label priority 10 for the first actor down to 1: QGIS drops the lower ones when labels collide."""
        if not top:
            return "0"
        whens = " ".join(f"WHEN {equals('siren', siren)} THEN {max(10 - index, 1)}" for index, siren in enumerate(top))
        return f"CASE {whens} ELSE 0 END"

    def _show_mutualisation(self, level: str, code: Optional[str], carriers: Dict[str, str]) -> None:
        data = self.data
        platforms = pages_data.platforms_inside(data, level, code)
        _subset(self.layers["styled"], one_of("platform", [platform.name for platform in platforms]))
        field_name = INSIDE_FIELD.get(level)
        ground_field = {"region": "region", "departement": "departement", "epci": "epci"}.get(level)
        _subset(self.layers["ground"], equals(ground_field, code) if field_name else "")
        for name in ("outlines", "names"):
            if name in self.layers and level == "region":
                _subset(self.layers[name], equals("region", code))
        if "neighbours" in self.layers:
            _subset(self.layers["neighbours"], f"{QgsExpression.quotedColumnRef('code')} <> "
                                               f"{QgsExpression.quotedValue(code)}")
        if "carriers" in self.layers:
            layer = self.layers["carriers"]
            sirens = [platform.carrier.siren for platform in platforms if platform.carrier is not None]
            _subset(layer, one_of("siren", sirens))
            names = {platform.carrier.siren: platform.name for platform in platforms if platform.carrier is not None}
            label = _map_expression(names, "''", key="siren")
            _labels(layer, label, _text_format(6.5, "#1e1e1e", bold=True, buffer=0.8), wrap=24, polygon=False,
                    priority=self._priority(sirens[:10]))
        self.values = {platform.name: platform.type for platform in platforms}


def _subset(layer: QgsVectorLayer, subset: str) -> None:
    if layer.subsetString() != subset:
        layer.setSubsetString(subset)
