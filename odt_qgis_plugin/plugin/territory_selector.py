"""The territory picker shared by the dock and the export dialog: a level, then a name to type or pick."""
from typing import Dict, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QSizePolicy, QWidget

from ..common.errors import InputError
from ..common.i18n import tr
from ..indicators.key_figures import Scope
from ..scenarios.evaluation import scope_of

ALL_LEVELS = ("france", "region", "departement", "epci")


def level_titles() -> Dict[str, str]:
    return {"france": tr("France"), "region": tr("Region"), "departement": tr("Department"), "epci": tr("EPCI")}


class TerritorySelector(QWidget):
    scopeChosen = pyqtSignal(object)  # Scope, when the user picks France or a territory

    def __init__(self, levels: Sequence[str] = ALL_LEVELS, parent=None):
        super().__init__(parent)
        self.names: Dict[Tuple[str, str], str] = {}
        self._scope = Scope()
        self.level_combo = QComboBox(self)
        titles = level_titles()
        for level in levels:
            self.level_combo.addItem(titles[level], level)
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.territory_combo = QComboBox(self)
        self.territory_combo.setEditable(True)
        self.territory_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.territory_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.territory_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.territory_combo.setMinimumContentsLength(8)
        self.territory_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.territory_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.territory_combo.lineEdit().setPlaceholderText(tr("Type a name or a code"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.level_combo)
        layout.addWidget(self.territory_combo, 1)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.territory_combo.activated.connect(self._territory_chosen)
        self._level_changed()

    def set_names(self, names: Dict[Tuple[str, str], str]) -> None:
        """{(level, code): name} of the store's territories (scenarios.evaluation.Observed.names)."""
        self.names = dict(names)
        self.set_scope(self._scope)

    def scope(self) -> Scope:
        return self._scope

    def set_scope(self, scope: Scope) -> None:
        """Show `scope` in the two lists without telling anyone (a restored or programmatic choice)."""
        self._scope = scope
        self.level_combo.blockSignals(True)
        index = self.level_combo.findData(scope.level)
        self.level_combo.setCurrentIndex(max(index, 0))
        self.level_combo.blockSignals(False)
        self._fill(scope.level)
        if scope.code:
            self.territory_combo.setCurrentIndex(self.territory_combo.findData(scope.code))

    def choose(self, level: str, code: Optional[str] = None) -> Scope:
        """Pick a territory as a user would with the two lists."""
        index = self.level_combo.findData(level)
        if index < 0:
            raise InputError(tr("Unknown territory level {level}").format(level=level))
        self.level_combo.setCurrentIndex(index)
        if level == "france":
            return self._scope
        position = self.territory_combo.findData(code)
        if position < 0:
            raise InputError(tr("Unknown territory {code}").format(code=code))
        self.territory_combo.setCurrentIndex(position)
        self._territory_chosen(position)
        return self._scope

    def _fill(self, level: str) -> None:
        self.territory_combo.blockSignals(True)
        self.territory_combo.clear()
        items = [(name, code) for (kind, code), name in self.names.items() if kind == level]
        items.sort(key=lambda item: item[1] if level == "departement" else item[0])
        for name, code in items:
            self.territory_combo.addItem(f"{name} ({code})", code)
        self.territory_combo.setCurrentIndex(-1)
        self.territory_combo.setEnabled(level != "france" and bool(items))
        self.territory_combo.blockSignals(False)

    def _level_changed(self, *_args) -> None:
        level = self.level_combo.currentData()
        self._fill(level)
        if level == "france" and self._scope.level != "france":
            self._scope = Scope()
            self.scopeChosen.emit(self._scope)

    def _territory_chosen(self, index: int) -> None:
        code = self.territory_combo.itemData(index)
        if code:
            self._scope = scope_of(**{self.level_combo.currentData(): code})
            self.scopeChosen.emit(self._scope)
