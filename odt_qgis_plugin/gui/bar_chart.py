"""A small horizontal bar chart painted with QPainter: engaged share by type of collectivity."""
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core.numbers import percent

OBSERVED = QColor("#2e86c1")
WHAT_IF = QColor("#e67e22")


class BarChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []  # (label, observed rate, what-if rate or None)
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(20 + 24 * max(len(self.rows), 1))
        self.update()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = max([metrics.horizontalAdvance(row[0]) for row in self.rows] + [40]) + 8
        value_width = metrics.horizontalAdvance(percent(1.0)) + 8
        bar_width = max(self.width() - label_width - value_width - 8, 10)
        for index, (label, observed, what_if) in enumerate(self.rows):
            top = 8 + index * 24
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, top, label_width - 4, 20),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            painter.setPen(Qt.PenStyle.NoPen)
            if what_if is not None:
                painter.setBrush(WHAT_IF)
                painter.drawRect(QRectF(label_width, top + 2, bar_width * what_if, 16))
            painter.setBrush(OBSERVED)
            painter.drawRect(QRectF(label_width, top + 5, bar_width * observed, 10))
            painter.setPen(self.palette().windowText().color())
            shown = what_if if what_if is not None else observed
            painter.drawText(QRectF(label_width + bar_width + 4, top, value_width, 20),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), percent(shown))
        painter.end()
