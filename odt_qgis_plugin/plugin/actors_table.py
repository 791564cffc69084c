"""The actors table: sortable, searchable, filtered to the territory; platforms are clickable links."""
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor, QDesktopServices, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..common.i18n import tr
from ..registry.resolution import label
from ..registry.territory_search import fold

COLUMNS = ("name", "category", "territory", "identified", "platform", "technology", "datasets", "status")
PLATFORM = COLUMNS.index("platform")
IDENTIFIED = COLUMNS.index("identified")


def column_titles():
    return [tr("Actor"), tr("Category"), tr("Territory"), tr("Identified"), tr("Platform"), tr("Technology"),
            tr("Datasets"), tr("Last harvest")]


def actor_rows(observed) -> list:
    """One dict per registry actor, from the observed snapshot and the latest harvest statuses."""
    rows = []
    for actor in observed.snapshot.actors:
        level, code = actor.territory_level, actor.territory_code
        status = observed.statuses.get(actor.siren) if observed.snapshot.harvested else None
        rows.append({
            "name": actor.name, "siren": actor.siren, "category": actor.category,
            "territory": observed.names.get((level, code), "") if level else "",
            # how it was identified (a successor of an old SIREN, a located partner...), and why, as a tooltip
            "identified": label(actor.resolution), "reason": actor.reason,
            "platform": actor.host, "technology": actor.technology,
            "datasets": actor.datasets, "status": _status_text(observed.snapshot.harvested, status),
            "level": level, "code": code, "region": actor.region, "departements": actor.departements,
            "search": fold(f"{actor.name} {actor.siren} {actor.host}"),
        })
    return rows


def _status_text(harvested: bool, status) -> str:
    """An actor without a count reads "unknown" with its reason, never an empty 0."""
    if not harvested or not status:
        return tr("not harvested")
    if status[0] is None:
        return tr("unknown ({status})").format(status=status[1])
    return status[1]


class ActorsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.titles = column_titles()

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

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
            return scope.departement in row["departements"] and row["category"] != "region"
        return row["region"] == scope.region


class ActorsTable(QWidget):
    actorActivated = pyqtSignal(str, str)  # territory level, code

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
        self.view.clicked.connect(self._clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    def row_at(self, proxy_row: int) -> dict:
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()]

    def selected_rows(self) -> list:
        return [self.model.rows[self.proxy.mapToSource(index).row()]
                for index in self.view.selectionModel().selectedRows()]

    def _current(self, current, _previous):
        if current.isValid():
            row = self.row_at(current.row())
            if row["level"] and row["code"]:
                self.actorActivated.emit(row["level"], row["code"])

    def _clicked(self, index):
        if index.column() == PLATFORM:
            host = self.row_at(index.row())["platform"]
            if host:
                QDesktopServices.openUrl(QUrl("https://" + host))
