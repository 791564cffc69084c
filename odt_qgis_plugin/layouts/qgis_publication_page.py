"""The section "Ce que publie le territoire" of a council page: a second page of the layout, filled per territory.

Added only when the store holds dataset listings; before, a note on the map of the first page says that
no listing was harvested and which command lists them. Fonts and table style are the template's own
(its title, headings and key-figures table), so that a user's template restyles this page too.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemShape,
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsSimpleFillSymbolLayer,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..common.i18n import tr
from . import publication_section as section
from .qgis_tables import fill, rows_fitting
from .qgis_template import optional_item, table_of_frame
from .qgis_text_fit import fit_text, inner_height, inner_width
from .typography import typeset

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
MARGIN = 10.0
GAP = 8.0
TABLE_POINTS = 11.0  # the page holds three tables and a chart: read at arm's length, larger than page one's
HEADLINE_POINTS = 16.0
BAR_COLOR = "#2c7fb8"  # the "publishes" colour of the maps (maps/classes.py)
THEME_BARS = 6  # themes drawn as bars; the others are summed in the last bar's caption
BAR_HEIGHT = 7.0


class PublicationPage:
    def __init__(self, layout, data, language: str):
        self.layout = layout
        self.data = data
        self.language = language
        self.index = data.publications
        self.labels, self.tables, self.sizes, self.bars = {}, {}, {}, []
        if self.index is None or not self.index.listed:
            self._note()
            return
        size = layout.pageCollection().page(0).pageSize()
        page = QgsLayoutItemPage(layout)
        page.setPageSize(size)
        layout.pageCollection().addPage(page)
        width, height = size.width(), size.height()
        full = width - 2 * MARGIN
        self._label("title", "title", MARGIN, 6, full, 10)
        self._label("headline", "title", MARGIN, 16.5, full, 9, HEADLINE_POINTS)
        self._label("subtitle", "subtitle", MARGIN, 26.5, full, 9)
        # the summary runs across the page (five territories' columns); below, the themes and the most used
        # datasets on the left, the SCDL checklist (twelve schemas) on the right
        top = 37.0
        self._label("summary_title", "figures_title", MARGIN, top, full, 6)
        self._table("summary", MARGIN, top + 7, min(full, 200.0), 40)
        self._label("peer_note", "subtitle", MARGIN, top + 48, full, 6)
        lower = top + 57
        left = full * 0.47
        right = MARGIN + left + GAP
        self._label("themes_title", "figures_title", MARGIN, lower, left, 6)
        bars = lower + 8 + self._theme_bars(MARGIN, lower + 8, left)
        self._label("top_title", "figures_title", MARGIN, bars + 2, left, 6)
        self._table("top", MARGIN, bars + 9, left, height - MARGIN - bars - 9)
        self._label("checklist_title", "figures_title", right, lower, full - left - GAP, 6)
        self._table("checklist", right, lower + 7, full - left - GAP, height - MARGIN - lower - 7)

    # --- building -------------------------------------------------------------------------------------------
    def _note(self) -> None:
        """No listing in the store: one plain sentence on the first page's map, on a white band."""
        map_item = self.layout.itemById("map")
        template = optional_item(self.layout, "subtitle", QgsLayoutItemLabel)
        if map_item is None or template is None:
            return
        label = QgsLayoutItemLabel(self.layout)
        label.setId("publications_note")
        font = template.font()
        label.setFont(font)
        label.setBackgroundEnabled(True)
        label.setBackgroundColor(QColor(255, 255, 255, 225))
        label.setMarginX(1.5)
        label.setMarginY(1)
        rect = map_item.rect()
        label.attemptResize(QgsLayoutSize(rect.width() - 4, 12, MM))
        label.attemptMove(QgsLayoutPoint(map_item.pos().x() + 2, map_item.pos().y() + 2, MM))
        self.layout.addLayoutItem(label)
        self.sizes["note"] = font.pointSizeF()
        self.labels["note"] = label
        self._fit("note", section.no_listing_text())

    def _label(self, name: str, template_id: str, x: float, y: float, width: float, height: float,
               points: float = 0.0) -> QgsLayoutItemLabel:
        template = optional_item(self.layout, template_id, QgsLayoutItemLabel)
        label = QgsLayoutItemLabel(self.layout)
        label.setId(f"publications_{name}")
        if template is not None:
            font = template.font()
            if points:
                font.setPointSizeF(points)
            label.setFont(font)
            label.setFontColor(template.fontColor())
        label.attemptResize(QgsLayoutSize(width, height, MM))
        label.attemptMove(QgsLayoutPoint(x, y, MM), True, False, 1)
        self.layout.addLayoutItem(label)
        self.labels[name] = label
        self.sizes[name] = label.font().pointSizeF()
        return label

    def _theme_bars(self, x: float, y: float, width: float) -> float:
        """Slots of a horizontal bar chart (name, bar, figure), filled or hidden per territory; returns its height."""
        step = BAR_HEIGHT + 1.0
        names = width * 0.36
        self.bar_area = (x + names + 2, width - names - 2 - 24)  # left edge, longest bar (24 mm for the figure)
        for slot in range(THEME_BARS):
            top = y + slot * step
            name = self._label(f"theme_{slot}", "figures_title", x, top, names, BAR_HEIGHT, TABLE_POINTS)
            name.setHAlign(Qt.AlignmentFlag.AlignRight)
            name.setVAlign(Qt.AlignmentFlag.AlignVCenter)
            font = name.font()
            font.setBold(False)
            name.setFont(font)
            bar = QgsLayoutItemShape(self.layout)
            bar.setId(f"publications_theme_{slot}_bar")
            bar.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
            symbol = bar.symbol().clone()
            layer = symbol.symbolLayer(0)
            if isinstance(layer, QgsSimpleFillSymbolLayer):
                layer.setColor(QColor(BAR_COLOR))
                layer.setStrokeStyle(Qt.PenStyle.NoPen)
            bar.setSymbol(symbol)
            self.layout.addLayoutItem(bar)
            bar.attemptMove(QgsLayoutPoint(self.bar_area[0], top + 1, MM), True, False, 1)
            bar.attemptResize(QgsLayoutSize(1, BAR_HEIGHT - 2, MM))
            value = self._label(f"theme_{slot}_value", "figures_title", self.bar_area[0], top, 26, BAR_HEIGHT,
                                TABLE_POINTS)
            value.setVAlign(Qt.AlignmentFlag.AlignVCenter)
            value.setFont(font)
            self.sizes[f"theme_{slot}_value"] = self.sizes[f"theme_{slot}"] = font.pointSizeF()
            self.bars.append((bar, top))
        return THEME_BARS * step

    def _table(self, name: str, x: float, y: float, width: float, height: float) -> None:
        _frame, template = table_of_frame(self.layout, "figures")
        table = QgsLayoutItemTextTable(self.layout)
        if template is not None:
            # the page holds four short tables: larger type than the crowded first page's, read at arm's length
            for getter, setter in ((template.contentTextFormat, table.setContentTextFormat),
                                   (template.headerTextFormat, table.setHeaderTextFormat)):
                text_format = getter()
                text_format.setSize(max(text_format.size(), TABLE_POINTS))
                setter(text_format)
            table.setCellMargin(template.cellMargin())
            table.setGridStrokeWidth(template.gridStrokeWidth())
            table.setGridColor(template.gridColor())
            table.setShowGrid(template.showGrid())
            table.setHorizontalGrid(template.horizontalGrid())
            table.setVerticalGrid(template.verticalGrid())
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        frame.setId(f"publications_{name}")
        frame.attemptResize(QgsLayoutSize(width, height, MM))
        frame.attemptMove(QgsLayoutPoint(x, y, MM), True, False, 1)
        table.addFrame(frame)
        self.tables[name] = (frame, table, width)

    # --- filling --------------------------------------------------------------------------------------------
    def fill(self, page) -> None:
        if not self.tables:
            return
        data, index, language = self.data, self.index, self.language
        level, code = page.level, page.code
        found = index.territory(level, code)
        self._fit("title", section.heading(data, level, code))
        self._fit("headline", section.headline(found, language))
        self._fit("subtitle", section.subtitle(found, language))
        self._fit("peer_note", section.peer_note(index.peers(level), language))
        self._fit("summary_title", tr("Datasets, licences, formats, freshness"))
        self._fill("summary", *section.summary_table(data, index, level, code, language))
        self._fit("themes_title", tr("Themes of the datasets"))
        self._fill_bars(section.theme_bars(found, language, len(self.bars)))
        self._fit("checklist_title", tr("Common local-data schemas (SCDL): obligated collectivities "
                                                 "publishing each"))
        self._fill("checklist", *section.checklist_table(data, index, level, code, language))
        self._fit("top_title", tr("Most used datasets"))
        self._fill("top", *section.top_table(data, found, language, self._rows("top")))

    def _fill_bars(self, bars) -> None:
        left, longest = self.bar_area
        for slot, (bar, top) in enumerate(self.bars):
            shown = slot < len(bars)
            name, fraction, value = bars[slot] if shown else ("", 0.0, "")
            length = max(longest * fraction, 0.6)
            bar.attemptResize(QgsLayoutSize(length, BAR_HEIGHT - 2, MM))
            bar.setVisibility(shown and fraction > 0)
            self._fit(f"theme_{slot}", name)
            caption = self.labels[f"theme_{slot}_value"]
            caption.attemptMove(QgsLayoutPoint(left + length + 1.5, top, MM), True, False, 1)
            self._fit(f"theme_{slot}_value", value)

    def _rows(self, name: str) -> int:
        frame, table, _width = self.tables[name]
        return rows_fitting(table, frame)

    def _fill(self, name: str, header, rows) -> None:
        frame, table, width = self.tables[name]
        fill(table, frame, header, rows, right_aligned=range(1, len(header)) if name != "top" else (2,), width=width)

    def _fit(self, name: str, text: str) -> None:
        label = self.labels.get(name)
        if label is None:
            return
        text = typeset(text, self.language)
        font, fitted = fit_text(label.font(), self.sizes[name], text, inner_width(label), inner_height(label))
        label.setFont(font)
        label.setText(fitted)
