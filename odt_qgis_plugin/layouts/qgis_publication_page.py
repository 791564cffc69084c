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
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsUnitTypes,
)
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
TABLE_POINTS = 9.0


class PublicationPage:
    def __init__(self, layout, data, language: str):
        self.layout = layout
        self.data = data
        self.language = language
        self.index = data.publications
        self.labels, self.tables, self.sizes = {}, {}, {}
        if self.index is None or not self.index.listed:
            self._note()
            return
        size = layout.pageCollection().page(0).pageSize()
        page = QgsLayoutItemPage(layout)
        page.setPageSize(size)
        layout.pageCollection().addPage(page)
        width, height = size.width(), size.height()
        column = (width - 2 * MARGIN - GAP) / 2
        right = MARGIN + column + GAP
        self._label("title", "title", MARGIN, 6, width - 2 * MARGIN, 11)
        self._label("subtitle", "subtitle", MARGIN, 17.5, width - 2 * MARGIN, 6)
        top = 27.0
        middle = top + (height - top - MARGIN) * 0.42
        for name, x, y, bottom in (("summary", MARGIN, top, middle - 2), ("themes", MARGIN, middle, height - MARGIN),
                                   ("checklist", right, top, middle - 2), ("top", right, middle, height - MARGIN)):
            self._label(f"{name}_title", "figures_title", x, y, column, 6)
            self._table(name, x, y + 7, column, bottom - y - 7)

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

    def _label(self, name: str, template_id: str, x: float, y: float, width: float, height: float) -> None:
        template = optional_item(self.layout, template_id, QgsLayoutItemLabel)
        label = QgsLayoutItemLabel(self.layout)
        label.setId(f"publications_{name}")
        if template is not None:
            label.setFont(template.font())
            label.setFontColor(template.fontColor())
        label.attemptResize(QgsLayoutSize(width, height, MM))
        label.attemptMove(QgsLayoutPoint(x, y, MM), True, False, 1)
        self.layout.addLayoutItem(label)
        self.labels[name] = label
        self.sizes[name] = label.font().pointSizeF()

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
        self._fit("subtitle", section.subtitle(found, language))
        self._fit("summary_title", tr("Datasets, licences, formats, freshness"))
        self._fill("summary", *section.summary_table(data, index, level, code, language))
        self._fit("themes_title", tr("Themes"))
        self._fill("themes", *section.themes_table(found, language, self._rows("themes")))
        self._fit("checklist_title", tr("Common local-data schemas (SCDL): obligated collectivities "
                                                 "publishing each"))
        self._fill("checklist", *section.checklist_table(data, index, level, code, language))
        self._fit("top_title", tr("Most used datasets"))
        self._fill("top", *section.top_table(data, found, language, self._rows("top")))

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
