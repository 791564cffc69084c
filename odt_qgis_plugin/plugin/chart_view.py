"""The layouts' bar chart (layouts/chart.py) shown in the dock: the same SVG, scaled to the dock's width."""
from qgis.PyQt.QtCore import QByteArray, QRectF
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..common.i18n import language
from ..layouts.chart import bar_chart_svg, chart_title


class ChartView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.svg = ""
        self.rows = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_rows([])

    def set_rows(self, rows, kind: str = "type") -> None:
        """rows: (label, observed rate, what-if rate or None), as for the layouts."""
        self.rows = list(rows)
        self.svg = bar_chart_svg(self.rows, chart_title(kind), language())
        self.renderer.load(QByteArray(self.svg.encode("utf-8")))
        self._fit()
        self.update()

    def _drawn_width(self) -> int:
        # Never wider than 1.5 x the drawing, so that its text stays about the size of the dock's own.
        return min(max(self.width(), 200), int(self.renderer.defaultSize().width() * 1.5))

    def _fit(self) -> None:
        size = self.renderer.defaultSize()
        if size.width() > 0:
            self.setFixedHeight(int(self._drawn_width() * size.height() / size.width()))

    def resizeEvent(self, event):  # noqa: N802
        self._fit()
        super().resizeEvent(event)

    def paintEvent(self, event):  # noqa: N802
        size = self.renderer.defaultSize()
        if size.width() <= 0:
            return
        width = self._drawn_width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, QRectF(0, 0, width, width * size.height() / size.width()))
        painter.end()
