"""Council layouts: the .qpt templates filled for France, one territory or an atlas, and their export.

How a page is made:
- the template (resources/layouts/<name>.qpt) gives the items, found by id: title, subtitle, map,
  legend, scalebar, north, figures, chart, sources, and inset_<région>/inset_label_<région>;
- the main map shows a store layer with whatever style maps/qgis_layers.py gives it; on a territory
  page that layer is clipped to the territory and the neighbours are drawn in grey below it;
- France gets the five DROM as insets, each in its official projection (common/levels.py);
- a territory page or an atlas is a QGIS atlas over a store layer, and every page's texts,
  figures, chart, projection and extent are written by `_Filler` when the atlas moves to it, so
  that figures are computed by the plugin (indicators/key_figures.py) rather than by expressions.
Texts are shrunk (then wrapped) until they fit their frame, measured in the layout's own units.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import base64
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsFeedback,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsMapClippingRegion,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtXml import QDomDocument

from ..common import levels
from ..common import qgis_compat as compat
from ..common.errors import Cancelled, InputError, OdtError, StoreError
from ..common.i18n import tr
from ..common.levels import DROM, METROPOLE_CRS, crs_for_departement, crs_for_region
from ..common.paths import resource
from ..common.progress import Feedback
from ..common.qgis_translation import wanted_language
from ..indicators.indicator_tables import compute_indicators, load_snapshot
from ..indicators.key_figures import Scope, chart_rows, key_figures
from ..maps.qgis_layers import open_layer
from ..maps.qgis_render import METROPOLE_EXTENT
from ..store.db import open_store
from . import chart as chart_module
from . import layout_texts as texts
from .layout_request import PRESETS, ExportRequest, check, page_files

LOG = logging.getLogger(__name__)

# level of a page -> (layer drawn with its style, layer of the grey neighbours, coverage layer)
PAGE_LAYERS = {
    "france": ("departements", None, None),
    "region": ("departements", "regions", "regions"),
    "departement": ("epci", "departements", "departements"),
    "epci": ("communes", "epci", "epci"),
}
NEIGHBOUR_SYMBOL = {"color": "224,224,224,255", "outline_color": "170,170,170,255", "outline_width": "0.15"}
NORTH_ARROW = "arrows/NorthArrow_02.svg"
MIN_FONT_RATIO = 0.55  # a text may shrink to 55 % of its template size before it wraps


@dataclass
class Page:
    level: str
    code: str | None
    name: str

    @property
    def scope(self) -> Scope:
        return Scope(**({self.level: self.code} if self.level != "france" else {}))


@dataclass
class Built:
    layout: QgsPrintLayout
    pages: list[Page]
    atlas: bool
    filler: "_Filler"
    layers: list[QgsVectorLayer] = field(default_factory=list)


def template_path(name: str) -> Path:
    return resource("layouts", f"{name}.qpt")


# --- public functions ----------------------------------------------------------------------

def export_layout(request: ExportRequest, feedback: Feedback | None = None) -> list[str]:
    """Export the request's layout; returns the files written. Nothing is left behind on failure."""
    feedback = feedback or Feedback()
    check(request)
    open_store(request.store)
    feedback.set_text(tr("Preparing the layout"))
    project = QgsProject()  # private: the export may run in a task, away from the user's project
    built = build_layout(request, project)
    for layer in built.layers:
        project.addMapLayer(layer, False)
    out = Path(request.out).resolve()
    work = Path(tempfile.mkdtemp(prefix=".odt-export-", dir=str(out.parent)))
    try:
        written = _export(built, request, work / out.name, feedback)
        targets = []
        for path in written:
            target = out.parent / Path(path).name
            os.replace(path, target)
            targets.append(str(target))
        return targets
    finally:
        shutil.rmtree(work, ignore_errors=True)
        project.clear()


def add_to_project(request: ExportRequest, project: QgsProject) -> QgsPrintLayout:
    """The same layout in the project's layout manager (first page filled), for the user to edit."""
    built = build_layout(request, project)
    for layer in built.layers:
        project.addMapLayer(layer, False)
    if built.atlas:
        atlas = built.layout.atlas()
        atlas.beginRender()
        atlas.first()
        atlas.endRender()
    manager = project.layoutManager()
    base = built.layout.name()
    name, number = base, 1
    while manager.layoutByName(name) is not None:
        number += 1
        name = f"{base} ({number})"
    built.layout.setName(name)
    manager.addLayout(built.layout)
    return built.layout


def build_layout(request: ExportRequest, project: QgsProject) -> Built:
    check(request)
    language = wanted_language()
    snapshot = load_snapshot(request.store, request.threshold)
    names = _names(request.store)
    pages = _pages(request, names)
    layout = _load_template(request.template, project)
    level = pages[0].level
    styled_name, grey_name, coverage_name = PAGE_LAYERS[level]
    styled = _council_layer(open_layer(request.store, styled_name))
    layers = [styled]
    map_item = _item(layout, "map", QgsLayoutItemMap)
    map_layers = [styled]
    if grey_name:
        grey = _council_layer(open_layer(request.store, grey_name))
        grey.setName(tr("Neighbouring territories"))
        grey.setRenderer(_neighbours_renderer())
        layers.append(grey)
        map_layers.append(grey)
    map_item.setLayers(map_layers)
    map_item.setKeepLayerSet(True)
    _north_arrow(layout, map_item)
    _legend(layout, map_item, styled, language)
    atlas = request.atlas is not None or level != "france"
    if atlas:
        coverage = open_layer(request.store, coverage_name)
        coverage.setSubsetString(_coverage_filter(request, pages))
        layers.append(coverage)
        _setup_atlas(layout, map_item, coverage, styled, request)
        _drop_insets(layout, map_item)
    else:
        _fill_insets(layout, styled, project, names)
        map_item.setCrs(QgsCoordinateReferenceSystem(METROPOLE_CRS))
        _zoom(map_item, METROPOLE_EXTENT)
    members = _members(request.store) if level == "epci" else None
    filler = _Filler(layout, request, snapshot, members, texts.read_sources(request.store), language, pages)
    layout.setName(tr("Observatory – {title}").format(title=pages[0].name if not request.atlas
                                                       else tr("atlas by {level}").format(level=request.atlas)))
    filler.fill(pages[0], _first_feature(layers[-1], pages[0]) if atlas else None)
    return Built(layout, pages, atlas, filler, layers)


# --- pages and territories -----------------------------------------------------------------

def _names(store: str) -> dict[str, dict[str, str]]:
    db = open_store(store)
    return {level: {row[0]: row[1] for row in db.query(f"SELECT code, name FROM {table}")}
            for level, table in (("region", "regions"), ("departement", "departements"), ("epci", "epci"))}


def _members(store: str) -> dict[str, tuple]:
    members: dict[str, list] = {}
    for code, epci in open_store(store).query("SELECT code, epci FROM communes WHERE epci IS NOT NULL"):
        members.setdefault(epci, []).append(code)
    return {key: tuple(sorted(codes)) for key, codes in members.items()}


def _pages(request: ExportRequest, names) -> list[Page]:
    level, code = request.level, request.code
    if code is not None and code not in names[level]:
        raise InputError(tr("Unknown {level} code {code}").format(level=levels.level(level).label(), code=code))
    if request.atlas is None:
        if level == "france":
            return [Page("france", None, tr("France"))]
        return [Page(level, code, names[level][code])]
    db = open_store(request.store)
    table = levels.table_of(request.atlas)
    if level == "france":
        rows = db.query(f"SELECT code, name FROM {table} ORDER BY code")
    else:
        rows = db.query(f"SELECT code, name FROM {table} WHERE {level} = ? ORDER BY code", (code,))
    if not rows:
        raise InputError(tr("No territory to put in the atlas for {territory}").format(territory=request.territory))
    return [Page(request.atlas, row[0], row[1]) for row in rows]


def _first_feature(coverage: QgsVectorLayer, page: Page):
    request = QgsFeatureRequest(QgsExpression(QgsExpression.createFieldEqualityExpression("code", page.code)))
    return next(coverage.getFeatures(request), None)


def _coverage_filter(request: ExportRequest, pages: list[Page]) -> str:
    if request.atlas is None:
        return QgsExpression.createFieldEqualityExpression("code", pages[0].code)
    if request.level == "france":
        return ""
    return QgsExpression.createFieldEqualityExpression(request.level, request.code)


def _page_crs(page: Page, feature) -> str:
    if page.level == "region":
        return crs_for_region(page.code)
    if page.level == "departement":
        return crs_for_departement(page.code)
    return crs_for_departement(str(feature["departement"] or ""))


# --- template and items ------------------------------------------------------------------

def _load_template(name: str, project: QgsProject) -> QgsPrintLayout:
    path = template_path(name)
    document = QDomDocument()
    if not path.is_file() or not document.setContent(path.read_text(encoding="utf-8")):
        raise StoreError(tr("Layout template missing or unreadable: {path}").format(path=path))
    layout = QgsPrintLayout(project)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise StoreError(tr("Layout template missing or unreadable: {path}").format(path=path))
    return layout


def _item(layout, item_id: str, kind):
    item = layout.itemById(item_id)
    if not isinstance(item, kind):
        raise StoreError(tr("The layout template has no item {item}").format(item=item_id))
    return item


def _council_layer(layer: QgsVectorLayer) -> QgsVectorLayer:
    """Opacity and blend modes make PDF engines rasterise the whole map: councils get neither."""
    layer.setOpacity(1.0)
    layer.setBlendMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    layer.setFeatureBlendMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    return layer


def _neighbours_renderer() -> QgsRuleBasedRenderer:
    """Grey for every territory but the page's own (the coverage and this layer share the table)."""
    root = QgsRuleBasedRenderer.Rule(None)
    rule = QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(NEIGHBOUR_SYMBOL))
    rule.setFilterExpression(f"{QgsExpression.quotedColumnRef('code')} <> attribute(@atlas_feature, 'code')")
    root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def _north_arrow(layout, map_item) -> None:
    arrow = _item(layout, "north", QgsLayoutItemPicture)
    arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsProject.instance().pathResolver()),
                         compat.PICTURE_SVG)
    arrow.setLinkedMap(map_item)
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.setLinkedMap(map_item)


def _legend(layout, map_item, styled: QgsVectorLayer, language: str) -> None:
    """The styled layer only, labelled by the plugin from the renderer's classes, filtered by the map."""
    legend = _item(layout, "legend", QgsLayoutItemLegend)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setTitle(tr("Legend"))
    root = legend.model().rootGroup()
    root.removeAllChildren()
    node = root.addLayer(styled)
    items = styled.renderer().legendSymbolItems() if styled.renderer() else []
    if len(items) <= 1:
        # a single symbol: its label says what the layer is, the layer title would repeat it
        QgsLegendRenderer.setNodeLegendStyle(node, compat.LEGEND_HIDDEN)
        QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, styled.name())
    else:
        node.setName(styled.name())
        for index, item in enumerate(items):
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, texts.french_label(item.label(), language))
    legend.model().refreshLayerLegend(node)
    legend.setLegendFilterByMapEnabled(True)
    legend.setLegendFilterOutAtlas(True)


def _setup_atlas(layout, map_item, coverage, styled, request: ExportRequest) -> None:
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(QgsExpression.quotedColumnRef("code"))
    stem = Path(request.out).stem or "page"
    if request.atlas is None:
        atlas.setFilenameExpression(QgsExpression.quotedString(stem))
    else:
        atlas.setFilenameExpression(f"{QgsExpression.quotedString(stem + '-')} || "
                                    f"{QgsExpression.quotedColumnRef('code')}")
    clipping = map_item.atlasClippingSettings()
    clipping.setEnabled(True)
    clipping.setRestrictToLayers(True)
    clipping.setLayersToClip([styled])
    clipping.setFeatureClippingType(QgsMapClippingRegion.FeatureClippingType.ClipToIntersection)


def _drop_insets(layout, map_item) -> None:
    """A territory page has no DROM insets: the map takes their strip."""
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


def _fill_insets(layout, styled: QgsVectorLayer, project: QgsProject, names) -> None:
    for code, (name, crs_id) in DROM.items():
        inset = layout.itemById(f"inset_{code}")
        if inset is None:
            continue
        crs = QgsCoordinateReferenceSystem(crs_id)
        inset.setLayers([styled])
        inset.setKeepLayerSet(True)
        inset.setCrs(crs)
        extent = _territory_extent(styled, "region", code, crs, project)
        if extent is not None:
            _zoom(inset, extent)
        caption = layout.itemById(f"inset_label_{code}")
        if caption is not None:
            caption.setText(names["region"].get(code, name))
            caption.setBackgroundEnabled(True)


def _zoom(map_item, extent: QgsRectangle) -> None:
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


def _territory_extent(layer: QgsVectorLayer, field_name: str, code: str, crs, project) -> QgsRectangle | None:
    request = QgsFeatureRequest().setFilterExpression(QgsExpression.createFieldEqualityExpression(field_name, code))
    request.setNoAttributes()
    extent = QgsRectangle()
    extent.setMinimal()
    for feature in layer.getFeatures(request):
        extent.combineExtentWith(feature.geometry().boundingBox())
    if extent.isEmpty():
        return None
    transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
    extent = transform.transformBoundingBox(extent)
    extent.scale(1.3)  # room for the inset's caption
    return extent


# --- filling a page ------------------------------------------------------------------------

class _Filler:
    """Writes one page's texts, figures, chart, projection and extent; called for every atlas page."""

    def __init__(self, layout, request: ExportRequest, snapshot, members, sources: dict, language: str,
                 pages: list[Page]):
        self.layout = layout
        self.request = request
        self.snapshot = snapshot
        self.members = members
        self.language = language
        self.pages = {page.code: page for page in pages}
        self.count = len(pages)
        self.done = 0
        self.feedback: Feedback | None = None
        self.qgs_feedback: QgsFeedback | None = None
        self.error: OdtError | None = None
        self.labels = {item_id: self._label(item_id) for item_id in ("title", "subtitle", "figures", "sources")}
        self.sizes = {item_id: label.font().pointSizeF() for item_id, label in self.labels.items()}
        self.map = _item(layout, "map", QgsLayoutItemMap)
        self.legend = layout.itemById("legend")
        self.chart = _item(layout, "chart", QgsLayoutItemPicture)
        self._fit("sources", texts.sources_line(sources, language))

    def _label(self, item_id: str) -> QgsLayoutItemLabel:
        return _item(self.layout, item_id, QgsLayoutItemLabel)

    def fill(self, page: Page, feature=None) -> None:
        self._fit("title", texts.title(page.name, self.request.title_prefix))
        self._fit("subtitle", self.request.subtitle if self.request.subtitle is not None
                  else texts.subtitle(texts.today(), self.language))
        cards = self.request.figures(page.scope) if self.request.figures else \
            key_figures(self.snapshot, page.scope, self.members)
        lines = [texts.figures_heading()] + texts.figure_lines(cards, self.language)
        self._fit("figures", "\n".join(lines))
        self._chart(page, cards)
        if feature is not None:
            crs = QgsCoordinateReferenceSystem(_page_crs(page, feature))
            self.map.setCrs(crs)
            geometry = feature.geometry()
            transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                               self.layout.project().transformContext())
            extent = transform.transformBoundingBox(geometry.boundingBox())
            extent.scale(1.1)
            _zoom(self.map, extent)
            if self.legend is not None:
                self.legend.updateFilterByMap()

    def _chart(self, page: Page, cards: dict) -> None:
        kind = self.request.chart if page.level != "epci" else "type"
        if kind == "size":
            scope = page.scope
            table = compute_indicators(self.snapshot, scope.region, scope.departement)["by_commune_size"]
            rows = chart_module.size_rows(table)
        else:
            rows = chart_rows(cards)
        svg = chart_module.bar_chart_svg(rows, chart_module.chart_title(kind), self.language)
        self.chart.setPicturePath("base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii"),
                                  compat.PICTURE_SVG)

    def _fit(self, item_id: str, text: str) -> None:
        label = self.labels[item_id]
        font, fitted = fit_text(label.font(), self.sizes[item_id], text, _inner_width(label), _inner_height(label))
        label.setFont(font)
        label.setText(fitted)

    def on_feature(self, feature) -> None:
        """Slot of the atlas's featureChanged: must not raise (Qt would abort), so errors are kept."""
        if not feature.isValid() or feature.fields().indexOf("code") < 0:
            return  # the atlas ends with an empty feature
        try:
            page = self.pages.get(str(feature["code"]))
            if page is None:
                return
            if self.feedback is not None:
                self.feedback.set_progress(100.0 * self.done / max(self.count, 1))
                self.feedback.check()
            self.fill(page, feature)
            self.done += 1
        except OdtError as error:
            self.error = error
            if self.qgs_feedback is not None:
                self.qgs_feedback.cancel()


def _inner_width(label) -> float:
    return label.rect().width() - 2 * label.marginX()


def _inner_height(label) -> float:
    return label.rect().height() - 2 * label.marginY()


def fit_text(font, size: float, text: str, width: float, height: float):
    """(font, text with line breaks): the largest size down to MIN_FONT_RATIO at which each line
    fits the width, wrapping words only when even the smallest size is too wide, and the
    whole fits the height. Widths in layout millimetres, as QGIS draws labels."""
    font = type(font)(font)
    lowest = size * MIN_FONT_RATIO
    current = size
    while True:
        font.setPointSizeF(current)
        lines = text.split("\n")
        if current <= lowest:
            lines = [wrapped for line in lines for wrapped in _wrap(font, line, width)]
        fits_width = all(QgsLayoutUtils.textWidthMM(font, line) <= width for line in lines)
        fits_height = QgsLayoutUtils.textHeightMM(font, "\n".join(lines)) <= height
        if (fits_width and fits_height) or current <= lowest * 0.6:
            return font, "\n".join(lines)
        current = max(current - 0.5, lowest * 0.6) if current <= lowest else max(current - 0.5, lowest)


def _wrap(font, line: str, width: float) -> list[str]:
    words, lines, current = line.split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and QgsLayoutUtils.textWidthMM(font, candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


# --- export --------------------------------------------------------------------------------

def _export(built: Built, request: ExportRequest, target: Path, feedback: Feedback) -> list[str]:
    preset = PRESETS[request.preset]
    layout = built.layout
    exporter = QgsLayoutExporter(layout)
    qgs_feedback = QgsFeedback()
    built.filler.feedback = feedback
    built.filler.qgs_feedback = qgs_feedback
    text = Qgis.TextRenderFormat.AlwaysText
    if request.fmt == "pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.forceVectorOutput = True
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = text
        settings.simplifyGeometries = preset.simplify
        settings.dpi = preset.dpi
        settings.exportMetadata = True
    elif request.fmt == "svg":
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.forceVectorOutput = True
        settings.textRenderFormat = text
        settings.simplifyGeometries = preset.simplify
        settings.dpi = preset.dpi
        settings.exportMetadata = True
    else:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = preset.dpi
    if not built.atlas:
        feedback.set_progress(10.0)
        method = {"pdf": exporter.exportToPdf, "svg": exporter.exportToSvg, "png": exporter.exportToImage}
        result = method[request.fmt](str(target), settings)
        _check_result(result, "", exporter)
        files = [str(target)]
    else:
        atlas = layout.atlas()
        atlas.featureChanged.connect(built.filler.on_feature)
        try:
            if request.fmt == "pdf":
                result, error = QgsLayoutExporter.exportToPdf(atlas, str(target), settings, qgs_feedback)
                files = [str(target)]
            elif request.fmt == "svg":
                result, error = QgsLayoutExporter.exportToSvg(atlas, str(target), settings, qgs_feedback)
                files = _atlas_files(request, built, target)
            else:
                result, error = QgsLayoutExporter.exportToImage(atlas, str(target), "png", settings, qgs_feedback)
                files = _atlas_files(request, built, target)
        finally:
            atlas.featureChanged.disconnect(built.filler.on_feature)
        if built.filler.error is not None:
            raise built.filler.error
        if feedback.is_canceled():
            raise Cancelled(tr("Operation cancelled by the user."))
        _check_result(result, error, None)
    missing = [path for path in files if not Path(path).is_file()]
    if missing:
        raise InputError(tr("Cannot write {path}").format(path=Path(missing[0]).name))
    feedback.set_progress(100.0)
    return files


def _atlas_files(request: ExportRequest, built: Built, target: Path) -> list[str]:
    if request.atlas is None:
        return [str(target)]
    return page_files(str(target), request.fmt, sorted(page.code for page in built.pages))


def _check_result(result, error: str, exporter) -> None:
    if result == QgsLayoutExporter.ExportResult.Success:
        return
    if result == QgsLayoutExporter.ExportResult.Canceled:
        raise Cancelled(tr("Operation cancelled by the user."))
    reason = error or (exporter.errorFile() if exporter is not None else "")
    raise InputError(tr("The layout could not be exported ({reason})").format(reason=reason or result))


def describe(paths: list[str]) -> list[str]:
    return [tr("Layout written: {path}").format(path=path) for path in paths]

