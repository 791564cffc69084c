"""The dock's "Over time" box: the territory's two curves, its points, who joined and left, and the alerts.

Self-contained: the dock gives it the store (`set_store`) and the territory (`set_scope`). It stays collapsed,
and reads nothing, until the user opens it; the store's history is then read once in a QgsTask, and switching
territory recomputes from it on the main thread (a few milliseconds). What it shows comes from
evolution/evolution_texts.py `panel_content`, the same texts and charts as the council page.
"""
from typing import Optional

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QByteArray
from qgis.PyQt.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..common.i18n import language, tr
from ..common.qgis_preferences import resolved
from ..common.qgis_tasks import CoreTask, start
from ..evolution.alerts import harvest_alerts
from ..evolution.evolution_texts import panel_content
from ..evolution.history import load_history
from ..indicators.key_figures import Scope
from .chart_view import ChartView
from .messages import show_error


class SvgChart(ChartView):
    """ChartView's drawing and sizing, for any of the plugin's SVG charts."""

    def set_svg(self, svg: str) -> None:
        self.svg = svg
        self.renderer.load(QByteArray(svg.encode("utf-8")))
        self._fit()
        self.update()


class EvolutionView(QgsCollapsibleGroupBox):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Over time"), parent)
        self.iface = iface
        self.store: Optional[str] = None
        self.scope = Scope()
        self.history = None
        self.alerts = []
        self.content: Optional[dict] = None
        self.task = None
        layout = QVBoxLayout(self)
        self.subtitle = QLabel(tr("Open this box to read the store's editions and harvests."))
        self.subtitle.setWordWrap(True)
        self.engaged = SvgChart()
        self.population = SvgChart()
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(90)
        self.movements = QLabel("")
        self.alert_label = QLabel("")
        self.alert_label.setStyleSheet("color: #c0392b")
        self.notes = QLabel("")
        self.notes.setStyleSheet("color: #666")
        for label in (self.movements, self.alert_label, self.notes):
            label.setWordWrap(True)
        for widget in (self.subtitle, self.engaged, self.population, self.table, self.movements, self.alert_label,
                       self.notes):
            layout.addWidget(widget)
        self.setCollapsed(True)
        self.collapsedStateChanged.connect(self._opened)

    def set_store(self, store: Optional[str]) -> None:
        """A new store: forget the history; read it now only if the box is open."""
        self.store = store
        self.history = None
        if not self.isCollapsed():
            self.load()

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope
        if self.history is not None:
            self.refresh()

    def _opened(self, collapsed: bool) -> None:
        if not collapsed and self.history is None and self.task is None:
            self.load()

    def load(self, background: bool = True) -> None:
        if not self.store:
            return
        store = self.store
        threshold = resolved().obligated_threshold

        def work(_feedback):
            return load_history(store, threshold), harvest_alerts(store)

        if not background:
            self._loaded(store, work(None), None)
            return
        self.subtitle.setText(tr("Reading the editions and harvests…"))
        self.task = start(CoreTask(tr("Reading the observatory's history"), work,
                                   lambda result, error: self._loaded(store, result, error)))

    def _loaded(self, store: str, result, error) -> None:
        self.task = None
        if error is not None:
            self.subtitle.setText(error.message)
            if self.iface is not None:
                show_error(self.iface, error)
            return
        if store != self.store:
            return  # the dock moved to another store meanwhile
        self.history, self.alerts = result
        self.refresh()

    def refresh(self) -> None:
        self.show_content(panel_content(self.history, self.scope, language(), self.alerts, narrow=True))

    def show_content(self, content: dict) -> None:
        self.content = content
        self.subtitle.setText(content["subtitle"])
        self.engaged.set_svg(content["charts"]["engaged"])
        self.population.set_svg(content["charts"]["population"])
        header, rows = content["header"], list(reversed(content["rows"]))  # the latest point first
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels(header)
        self.table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        # as tall as its rows (up to eight of them), so that the box does not stretch an empty grid
        shown = sum(self.table.rowHeight(row) for row in range(min(len(rows), 8)))
        self.table.setMaximumHeight(self.table.horizontalHeader().height() + shown + 2 * self.table.frameWidth()
                                    + self.table.horizontalScrollBar().sizeHint().height())
        parts = [content["movements_note"]]
        if content["joined"] or content["left"] or len(content["rows"]) > 1:
            parts.append(tr("Joined ({n}): {names}").format(n=len(content["joined"]),
                                                             names=", ".join(content["joined"]) or "–"))
            parts.append(tr("Left ({n}): {names}").format(n=len(content["left"]),
                                                           names=", ".join(content["left"]) or "–"))
        self.movements.setText("\n".join(part for part in parts if part))
        self.alert_label.setText("\n".join([tr("To check before publishing:")] + content["alerts"])
                                 if content["alerts"] else "")
        self.notes.setText("\n".join(part for part in (content["dates"], content["reference"]) if part))
