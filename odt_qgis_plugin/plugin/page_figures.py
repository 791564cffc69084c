"""The council page's key-figure table in the dock: the same rows, computed by the same code
(layouts/page_tables.py figures_table), so that the dock and the page never disagree."""
from typing import List, Sequence

from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


class PageFigures(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 0, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.rows: List[List[str]] = []

    def show_table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.clear()
        self.rows = [list(row) for row in rows]
        self.setColumnCount(len(header))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(list(header))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.setItem(row, column, QTableWidgetItem(text))
        header_view = self.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(header)):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows: the dock scrolls as a whole, a second scroll bar here would hide rows."""
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._fit()  # the names wrap differently in a wider or narrower dock
