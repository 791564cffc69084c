"""The items of a page, made from a design: used by the template generator and by the quick PNG maps.

A design gives each item's rectangle in millimetres; items carry the ids the plugin looks for
(layouts/qgis_template.py): title, subtitle, map, scalebar, north, legend, figures_title, figures,
actors_title, actors, platforms_title, platforms, sources, edition, inset_<région>, inset_label_<région>.
"""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..common import qgis_compat as compat
from ..common.levels import DROM, METROPOLE_CRS

FONT = "DejaVu Sans"
CONDENSED = "DejaVu Sans Condensed"
INK = "#1e1e1e"
MUTED = "#555555"


def text_format(family: str, size: float, bold: bool = False) -> QgsTextFormat:
    font = QFont(family)
    font.setBold(bold)
    result = QgsTextFormat.fromQFont(font)
    result.setSize(size)
    result.setSizeUnit(QgsUnitTypes.RenderPoints)
    result.setColor(QColor(INK))
    return result


def label(layout, item_id, rect, size, bold=False, color=INK, italic=False, align=Qt.AlignmentFlag.AlignLeft,
          family=FONT, text=""):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    item.setFont(font)
    item.setFontColor(QColor(color))
    item.setText(text or item_id)
    item.setMargin(0)
    item.setHAlign(align)
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    _place(layout, item, rect)
    return item


def _place(layout, item, rect):
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(rect[0], rect[1], QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(rect[2], rect[3], QgsUnitTypes.LayoutMillimeters))


def text_table(layout, item_id, rect, size, columns):
    table = QgsLayoutItemTextTable(layout)
    table.setColumns([QgsLayoutTableColumn(heading) for heading in columns])
    table.setContentTextFormat(text_format(CONDENSED, size))
    table.setHeaderTextFormat(text_format(CONDENSED, size, bold=True))
    table.setCellMargin(0.8 * size / 7)
    table.setShowGrid(True)
    table.setVerticalGrid(False)
    table.setHorizontalGrid(True)
    table.setGridColor(QColor("#d0d0d0"))
    table.setGridStrokeWidth(0.1)
    table.setBackgroundColor(QColor(255, 255, 255, 0))
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    table.addFrame(frame)  # adds the frame to the layout too
    frame.attemptMove(QgsLayoutPoint(rect[0], rect[1], QgsUnitTypes.LayoutMillimeters))
    frame.attemptResize(QgsLayoutSize(rect[2], rect[3], QgsUnitTypes.LayoutMillimeters))
    return table


def build_page(project, design: dict, kind: str, scale: float = 1.0) -> QgsPrintLayout:
    """A page from a design {item id: (x, y, width, height) in mm, "page": (width, height)}; `kind` is
    "council" (key figures and actors tables), "mutualisation" (platforms table) or "map" (legend only)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    width, height = design["page"]
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    label(layout, "title", design["title"], 20 * scale, bold=True)
    label(layout, "subtitle", design["subtitle"], 9 * scale, color=MUTED)
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#808080"))
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.2))
    map_item.setBackgroundColor(QColor("#ffffff"))
    map_rect = design["map"]
    _place(layout, map_item, map_rect)
    # a map saved without a projection makes PROJ complain on the terminal each time the template loads
    map_item.setCrs(QgsCoordinateReferenceSystem(METROPOLE_CRS))
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setMapUnitsPerScaleBarUnit(1)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(2)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(18 * scale)
    scalebar.setMaximumBarWidth(36 * scale)
    scalebar.setHeight(1.6 * scale)
    scalebar.setTextFormat(text_format(FONT, 6.5 * scale))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 255))
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(map_rect[0] + 3 * scale, map_rect[1] + map_rect[3] - 12 * scale))
    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    _place(layout, north, (map_rect[0] + map_rect[2] - 11 * scale, map_rect[1] + 2 * scale, 8 * scale, 10 * scale))
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("legend")
    legend.setLinkedMap(map_item)
    for style, size, bold in ((compat.LEGEND_TITLE, 9, True), (compat.LEGEND_GROUP, 8, True),
                              (compat.LEGEND_SUBGROUP, 7.5, True), (compat.LEGEND_SYMBOL_LABEL, 7, False)):
        font = QFont(FONT)
        font.setPointSizeF(size * scale)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    # tight spacing: a région page lists up to seven classes beside the kinds of actors and platforms
    legend.setStyleMargin(compat.LEGEND_TITLE, QgsLegendStyle.Side.Bottom, 2.5 * scale)
    legend.setStyleMargin(compat.LEGEND_SUBGROUP, QgsLegendStyle.Side.Top, 1.5 * scale)
    legend.setStyleMargin(compat.LEGEND_SYMBOL, QgsLegendStyle.Side.Top, 1.2 * scale)
    legend.setStyleMargin(compat.LEGEND_SYMBOL_LABEL, QgsLegendStyle.Side.Top, 1.2 * scale)
    legend.setSymbolWidth(6 * scale)
    legend.setSymbolHeight(3.2 * scale)
    legend.setBackgroundEnabled(False)
    legend.setResizeToContents(False)
    # a wide legend puts the measure's classes in one column, actors and platforms in the other
    legend.setColumnCount(2 if design["legend"][2] > 90 * scale else 1)
    legend.setSplitLayer(False)
    legend.setColumnSpace(4 * scale)
    _place(layout, legend, design["legend"])
    if kind == "map":
        pass
    elif kind == "council":
        label(layout, "figures_title", design["figures_title"], 11 * scale, bold=True)
        text_table(layout, "figures", design["figures"], 7 * scale, ["", "", "", ""])
        label(layout, "actors_title", design["actors_title"], 11 * scale, bold=True)
        text_table(layout, "actors", design["actors"], 7 * scale, ["", "", ""])
    else:
        bottom = design["actors"][1] + design["actors"][3]
        label(layout, "platforms_title", design["figures_title"], 11 * scale, bold=True)
        x, y, w, _h = design["figures"]
        text_table(layout, "platforms", (x, y, w, bottom - y), 7 * scale, ["", "", "", ""])
    label(layout, "sources", design["sources"], 6.5 * scale, color=MUTED)
    label(layout, "edition", design["edition"], 6.5 * scale, color=MUTED)
    if "insets" not in design:
        return layout
    x, y, w, h = design["insets"]
    gap = 2 * scale
    inset_width = (w - gap * (len(DROM) - 1)) / len(DROM)
    for index, code in enumerate(DROM):
        left = x + index * (inset_width + gap)
        inset = QgsLayoutItemMap(layout)
        inset.setId(f"inset_{code}")
        inset.setCrs(QgsCoordinateReferenceSystem(DROM[code][1]))
        inset.setFrameEnabled(True)
        inset.setFrameStrokeColor(QColor("#808080"))
        inset.setFrameStrokeWidth(QgsLayoutMeasurement(0.15))
        _place(layout, inset, (left, y, inset_width, h))
        label(layout, f"inset_label_{code}", (left + 0.5, y + 0.5, inset_width - 1, 3.5 * scale), 6 * scale,
              color=INK)
    return layout
