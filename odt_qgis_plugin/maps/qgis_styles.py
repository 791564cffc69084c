"""The map styles: built from maps/classes.py, saved as QML, applied by code as named alternative styles.

Each layer gets its styles through its QgsMapLayerStyleManager, so users switch between them in the
Layers panel (right click > Styles) and QGIS saves the choice in the project. The QML files are read
from the user's folder first (<QGIS profile>/odt_qgis_plugin/styles/), then from resources/styles: a
user restyles a layer, saves the QML there under the same name, and that becomes their default.
Legend labels are rewritten in the QGIS locale when a style is applied, so the same QML serves
French and English users.
"""

from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsMapLayerStyle,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..common import qgis_compat as compat
from ..common.errors import InputError
from ..common.i18n import tr
from ..common.paths import resource
from ..indicators.measures import MEASURES
from . import classes
from .classes import Range, StyleDef

# What each graduated style classifies, and on which fields it depends.
SHARE_VALUE = '"rate_collectivities" * 100'
GRADUATED: Dict[Tuple[str, str], Tuple[str, Tuple[Range, ...], bool]] = {
    # (layer, style id): (expression, fixed classes, values are percentages)
    **{(layer, item.id): (f'"{item.rate_field}" * 100', item.breaks, True)
       for item in MEASURES for layer in ("regions", "departements", "epci") if layer != "epci" or item.on_epci},
    ("regions", "actors"): ('"actors_engaged"', classes.ACTOR_COUNT_BREAKS, False),
    ("departements", "actors"): ('"actors_engaged"', classes.ACTOR_COUNT_BREAKS, False),
    ("regions", "datasets"): ('"actors_datasets"', classes.DATASET_BUCKETS, False),
    ("departements", "datasets"): ('"actors_datasets"', classes.DATASET_BUCKETS, False),
    ("epci", "datasets"): ('"datasets"', classes.DATASET_BUCKETS, False),
    ("communes", "datasets"): ('"datasets"', classes.DATASET_BUCKETS, False),
}
# Categorised styles by style id (the communes' population measures: who covers the commune).
CATEGORIZED: Dict[str, Tuple[str, tuple]] = {
    "engagement": (classes.ENGAGEMENT_EXPRESSION, classes.ENGAGEMENT_CATEGORIES),
    "types": ('"type"', classes.FOOTPRINT_TYPES),
    "category": ('"category"', classes.ACTOR_CATEGORIES),
    "scdl_bloc": (classes.SCDL_EXPRESSION, classes.SCDL_CATEGORIES),
    **{item.id: (f'"{item.commune_field}"', item.categories) for item in MEASURES if item.commune_field},
}
# QGIS's Jenks classes at most this many values and samples beyond (QgsClassificationJenks).
JENKS_SAMPLE = 3000
# Actor points: size grows with the datasets published (mm), a fixed size when unknown.
POINT_SIZE = 'CASE WHEN "datasets" IS NULL THEN 1.8 ELSE min(9, 2 + 1.1 * ln(1 + "datasets")) END'


def language() -> str:
    from ..common.qgis_translation import wanted_language

    return wanted_language()


def user_styles_dir() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath()) / "odt_qgis_plugin" / "styles"


def style_file(name: str) -> Path:
    """The user's own QML when they saved one, else the plugin's."""
    own = user_styles_dir() / name
    return own if own.is_file() else resource("styles", name)


def style_title(style: StyleDef, lang: Optional[str] = None) -> str:
    return classes.label(style, lang or language())


# --- building renderers from the definitions (what the shipped QML files hold) -------------------
def _fill(color: str, outline: str = "#7f7f7f", width: str = "0.1", alpha: Optional[int] = None) -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple(
        {"color": color, "outline_color": outline, "outline_width": width, "outline_width_unit": "MM"}
    )
    if alpha is not None:
        fill = QColor(color)
        fill.setAlpha(alpha)
        symbol.symbolLayer(0).setFillColor(fill)
    return symbol


def _ramp(colors) -> QgsGradientColorRamp:
    count = len(colors) - 1
    stops = [QgsGradientStop(index / count, QColor(color)) for index, color in enumerate(colors[1:-1], start=1)]
    return QgsGradientColorRamp(QColor(colors[0]), QColor(colors[-1]), False, stops)


def build_renderer(style: StyleDef):
    """The renderer a style's QML file holds, built from maps/classes.py."""
    lang = "en"
    if (style.layer, style.id) in GRADUATED:
        expression, ranges, _percent = GRADUATED[(style.layer, style.id)]
        outline = "#ffffff" if style.layer in ("regions", "departements") else "#9a9a9a"
        width = "0.3" if style.layer in ("regions", "departements") else "0.05"
        renderer = QgsGraduatedSymbolRenderer(
            expression,
            [
                QgsRendererRange(item.lower, item.upper, _fill(item.color, outline, width), classes.label(item, lang))
                for item in ranges
            ],
        )
        renderer.setSourceColorRamp(_ramp([item.color for item in ranges]))
        return renderer
    expression, categories = CATEGORIZED[style.id]
    items = []
    for item in categories:
        if style.id == "category":
            symbol = QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": item.color, "outline_color": "#ffffff", "outline_width": "0.2", "size": "2"}
            )
            symbol.setDataDefinedSize(QgsProperty.fromExpression(POINT_SIZE))
        elif style.id == "types":
            symbol = _fill(item.color, item.color, "0.6", alpha=70)
        else:
            symbol = _fill(item.color, "#9a9a9a", "0.05")
        items.append(QgsRendererCategory(item.id, symbol, classes.label(item, lang)))
    return QgsCategorizedSymbolRenderer(expression, items)


# --- applying --------------------------------------------------------------------------------------
def style_expression(name: str, style_id: str) -> str:
    """The expression a style classifies on that layer."""
    if (name, style_id) in GRADUATED:
        return GRADUATED[(name, style_id)][0]
    return CATEGORIZED[style_id][0]


def available_styles(layer: QgsVectorLayer, name: str) -> List[StyleDef]:
    """The layer's styles whose fields the store has (a store without actors has no engagement yet)."""
    from qgis.core import QgsExpression

    fields = set(layer.fields().names())
    return [style for style in classes.styles_for(name)
            if QgsExpression(style_expression(name, style.id)).referencedColumns() <= fields]


def relabel(renderer, name: str, style_id: str, lang: str) -> None:
    """Legend labels in the locale for the classes that are ours; a user's own classes keep theirs."""
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        _expression, ranges, _percent = GRADUATED.get((name, style_id), ("", (), False))
        by_bounds = {(item.lower, item.upper): item for item in ranges}
        for index, current in enumerate(renderer.ranges()):
            item = by_bounds.get((current.lowerValue(), current.upperValue()))
            if item is not None:
                renderer.updateRangeLabel(index, classes.fixed_label(item, lang))
    elif isinstance(renderer, QgsCategorizedSymbolRenderer):
        _expression, categories = CATEGORIZED.get(style_id, ("", ()))
        by_id = {item.id: item for item in categories}
        for index, current in enumerate(renderer.categories()):
            item = by_id.get(current.value())
            if item is not None:
                renderer.updateCategoryLabel(index, classes.label(item, lang))


def apply_styles(layer: QgsVectorLayer, name: str, lang: Optional[str] = None) -> List[str]:
    """Load the layer's named styles into its style manager, the first one current; returns their titles.

    A layer with none of its styles' fields keeps the plain style (resources/styles/<name>.qml).
    """
    lang = lang or language()
    styles = available_styles(layer, name)
    if not styles:
        plain = style_file(f"{name}.qml")
        if plain.is_file():
            layer.loadNamedStyle(str(plain))
        return []
    manager = layer.styleManager()
    titles = []
    for style in styles:
        _message, ok = layer.loadNamedStyle(str(style_file(style.qml)))
        if not ok:
            continue
        relabel(layer.renderer(), name, style.id, lang)
        saved = QgsMapLayerStyle()
        saved.readFromLayer(layer)
        title = style_title(style, lang)
        manager.addStyle(title, saved)
        titles.append(title)
    if titles:
        first = titles[0]
        # the manager's initial "default" entry would otherwise stay as a fourth, unnamed choice
        manager.setCurrentStyle(first)
        for old in manager.styles():
            if old not in titles:
                manager.removeStyle(old)
    if name == "actor_points":
        layer.setMapTipTemplate(actor_map_tip(lang))
        layer.setDisplayExpression('"name"')
    elif name == "footprints":
        layer.setMapTipTemplate(footprint_map_tip(lang))
        layer.setDisplayExpression('"platform"')
    return titles


def switch_style(layer: QgsVectorLayer, name: str, style_id: str, lang: Optional[str] = None) -> None:
    for style in classes.styles_for(name):
        if style.id == style_id:
            if not layer.styleManager().setCurrentStyle(style_title(style, lang)):
                raise InputError(
                    tr("Style {style} is not available on layer {layer}").format(style=style_id, layer=name)
                )
            return
    raise InputError(tr("Unknown style: {style}").format(style=style_id))


def classify(
    layer: QgsVectorLayer, name: str, style_id: str, method: str = "fixed", count: int = 5, lang: Optional[str] = None
) -> bool:
    """Re-class the current graduated style: our fixed breaks, or a QGIS method (Jenks, Quantile,
    EqualInterval, Pretty). Returns True when QGIS classed a sample of the values (said on the legend)."""
    lang = lang or language()
    renderer = layer.renderer()
    if not isinstance(renderer, QgsGraduatedSymbolRenderer) or (name, style_id) not in GRADUATED:
        raise InputError(
            tr("Style {style} of layer {layer} has no classes to change").format(style=style_id, layer=name)
        )
    expression, ranges, percent = GRADUATED[(name, style_id)]
    renderer = renderer.clone()
    sampled = False
    # Keep every range and symbol in a variable: SIP frees a temporary's symbol with the temporary.
    first_range = renderer.ranges()[0]
    symbol = (renderer.sourceSymbol() or first_range.symbol()).clone()
    if method == "fixed":
        renderer.deleteAllClasses()
        for item in ranges:
            fill = symbol.clone()
            fill.setColor(QColor(item.color))
            renderer.addClassRange(QgsRendererRange(item.lower, item.upper, fill, classes.fixed_label(item, lang)))
    else:
        qgis_method = QgsApplication.classificationMethodRegistry().method(method)
        if qgis_method is None:
            raise InputError(tr("Unknown classification method: {method}").format(method=method))
        renderer.setSourceSymbol(symbol)
        renderer.setClassAttribute(expression)
        renderer.setClassificationMethod(qgis_method)
        renderer.updateClasses(layer, count)
        sampled = method == "Jenks" and _non_null_count(layer, expression) > JENKS_SAMPLE
        for index, current in enumerate(renderer.ranges()):
            text = classes.range_label(current.lowerValue(), current.upperValue(), lang, percent, first=index == 0)
            if sampled and index == 0:
                text = f"{text} ({classes.SAMPLE_NOTE[lang]})"
            renderer.updateRangeLabel(index, text)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return sampled


def _non_null_count(layer: QgsVectorLayer, expression: str) -> int:
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFilterExpression(f"({expression}) IS NOT NULL")
    request.setFlags(compat.NO_GEOMETRY)
    request.setNoAttributes()
    return sum(1 for _ in layer.getFeatures(request))


def label_case(field: str, items, lang: str) -> str:
    """A QGIS expression giving the label of a category id, in the locale (for map tips)."""
    from qgis.core import QgsExpression

    whens = " ".join(
        f"WHEN {QgsExpression.quotedValue(item.id)} THEN {QgsExpression.quotedValue(classes.label(item, lang))}"
        for item in items
    )
    return f"CASE {QgsExpression.quotedColumnRef(field)} {whens} ELSE {QgsExpression.quotedColumnRef(field)} END"


def actor_map_tip(lang: Optional[str] = None) -> str:
    # QGIS expressions inside [% %]; the texts around are translated once, when the layer opens.
    lang = lang or language()
    return (
        '<b>[% "name" %]</b><br>'
        f"{tr('Category')}: [% {label_case('category', classes.ACTOR_CATEGORIES, lang)} %]<br>"
        f"{tr('Platform')}: [% CASE WHEN \"url_platform\" IS NULL THEN '-' ELSE "
        "'<a href=\"' || \"url_platform\" || '\">' || \"host\" || '</a>' END %]<br>"
        f"{tr('Datasets')}: [% coalesce(to_string(\"datasets\"), '-') %]<br>"
        f'{tr("Actors on the same platform")}: [% "platform_actors" %]'
    )


def footprint_map_tip(lang: Optional[str] = None) -> str:
    lang = lang or language()
    return (
        '<b>[% "platform" %]</b><br>'
        f"{tr('Type')}: [% {label_case('type', classes.FOOTPRINT_TYPES, lang)} %]<br>"
        f"{tr('Carrier')}: [% coalesce(\"carrier\", '-') %]<br>"
        f'{tr("Actors")}: [% "actors" %] ([% "categories" %])'
    )
