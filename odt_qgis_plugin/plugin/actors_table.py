"""The actors table: sortable, searchable, filtered to the territory; platforms are clickable links.

Codes are shown in words of the interface's language (categories as the map legend names them); a click
selects the actor's territory on the map, a double-click zooms to it.
"""
from qgis.PyQt.QtCore import (
    QSortFilterProxyModel,
    Qt,
    QUrl,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor, QDesktopServices, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..common.i18n import language, tr
from ..maps import classes
from ..registry.resolution import label
from ..registry.territory_search import fold
from .table_model import RowsModel

COLUMNS = ("name", "category", "territory", "identified", "platform", "technology", "datasets", "status")
PLATFORM = COLUMNS.index("platform")
IDENTIFIED = COLUMNS.index("identified")


def column_titles():
    return [tr("Actor"), tr("Category"), tr("Territory"), tr("Identified"), tr("Platform"), tr("Technology"),
            tr("Datasets"), tr("Last harvest")]


def category_label(category: str) -> str:
    """The actor category as the map legend says it ("EPCI", "autre organisme"...)."""
    item = next((item for item in classes.ACTOR_CATEGORIES if item.id == category), None)
    return classes.label(item, language()) if item else category


def status_label(harvested: bool, status) -> str:
    """The latest harvest of an actor in words: without a count it reads "unknown" with its reason, never an
    empty 0; a status this version does not know is shown as it is."""
    if not harvested or not status:
        return tr("not harvested")
    words = {"ok": tr("counted"), "failed": tr("failed")}
    if status[0] is None:
        return tr("unknown ({status})").format(status=words.get(status[1], status[1]))
    return words.get(status[1], status[1])


def actor_rows(observed) -> list:
    """One dict per registry actor, from the observed snapshot and the latest harvest statuses."""
    rows = []
    for actor in observed.snapshot.actors:
        level, code = actor.territory_level, actor.territory_code
        status = observed.statuses.get(actor.siren) if observed.snapshot.harvested else None
        rows.append({
            "name": actor.name, "siren": actor.siren, "category": category_label(actor.category),
            "category_id": actor.category,
            "territory": observed.names.get((level, code), "") if level else "",
            # how it was identified (a successor of an old SIREN, a located partner...), and why, as a tooltip
            "identified": label(actor.resolution), "reason": actor.reason,
            "platform": actor.host, "technology": actor.technology,
            "datasets": actor.datasets, "status": status_label(observed.snapshot.harvested, status),
            "level": level, "code": code, "region": actor.region, "departements": actor.departements,
            "search": fold(f"{actor.name} {actor.siren} {actor.host}"),
        })
    return rows


class ActorsModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(column_titles(), parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        value = row[COLUMNS[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else value
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers as numbers, empty last
            return -1 if value is None else value
        if index.column() == IDENTIFIED and role == Qt.ItemDataRole.ToolTipRole:
            return row["reason"] or None
        if index.column() == PLATFORM and value:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#1a5fb4")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return "https://" + value
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "name":
            return tr("{name}, SIREN {siren}: double-click to zoom to its territory").format(
                name=row["name"], siren=row["siren"])
        return None


class ActorsProxy(QSortFilterProxyModel):
    """Rows of the territory whose name, SIREN or platform contains the text typed (as typed, no pattern)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scope = None
        self.epci_keys = frozenset()
        self.text = ""
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_scope(self, scope, epci_keys=frozenset()) -> None:
        self.scope, self.epci_keys = scope, frozenset(epci_keys)
        self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self.text = fold(text).strip()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        row = self.sourceModel().rows[source_row]
        if self.text and self.text not in row["search"]:
            return False
        scope = self.scope
        if scope is None or scope.level == "france":
            return True
        if scope.epci:
            return (row["level"], row["code"]) in self.epci_keys
        if scope.departement:
            return scope.departement in row["departements"] and row["category_id"] != "region"
        return row["region"] == scope.region


class ActorsTable(QWidget):
    actorActivated = pyqtSignal(str, str)  # territory level, code: the current row changed
    actorZoomRequested = pyqtSignal(str, str)  # the same, double-clicked
    actorChosen = pyqtSignal(str, str)  # SIREN, name of the current row (the Datasets tab lists its datasets)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ActorsModel(self)
        self.proxy = ActorsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search actors by name, SIREN or platform"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.clicked.connect(self._clicked)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        self.model.modelReset.connect(self.fit_columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    def fit_columns(self) -> None:
        """Widths that show names: the actor's name up to about 30 characters (a longer one ends in "…" and is
        whole in its tooltip), the rest to their content."""
        self.view.resizeColumnsToContents()
        widest = self.view.fontMetrics().averageCharWidth() * 30
        for column in range(len(COLUMNS)):
            if self.view.columnWidth(column) > widest:
                self.view.setColumnWidth(column, widest)

    def row_at(self, proxy_row: int) -> dict:
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()]

    def selected_rows(self) -> list:
        return [self.model.rows[self.proxy.mapToSource(index).row()]
                for index in self.view.selectionModel().selectedRows()]

    def _current(self, current, _previous):
        if current.isValid():
            row = self.row_at(current.row())
            self.actorChosen.emit(row["siren"], row["name"])
            if row["level"] and row["code"]:
                self.actorActivated.emit(row["level"], row["code"])

    def _double_clicked(self, index):
        row = self.row_at(index.row())
        if index.column() != PLATFORM and row["level"] and row["code"]:
            self.actorZoomRequested.emit(row["level"], row["code"])

    def _clicked(self, index):
        if index.column() == PLATFORM:
            host = self.row_at(index.row())["platform"]
            if host:
                QDesktopServices.openUrl(QUrl("https://" + host))
