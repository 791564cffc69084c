"""The dock's what-if scenario tab: rules made in words, the list of rules and marks, saved scenarios.

The logic is scenarios/scenario_session.py; this widget shows it and tells the dock when the scenario
changed (`changed`), so that the dock recomputes the figures and redraws the map at once.
"""
from typing import Callable, Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common.errors import InputError
from ..common.i18n import tr
from ..indicators.key_figures import Scope
from ..scenarios.evaluation import Rule, parse_rule
from ..scenarios.rule_sentences import rule_sentence
from ..scenarios.scenario_session import ScenarioSession, mark_summary
from .widgets import population_box

RULE_KINDS = ("communes-above", "epci-members", "departement-platform")
MarksSource = Callable[[], Tuple[List[Tuple[str, str]], Dict[str, int]]]  # (marks, {hidden layer: count})


def rule_kind_titles() -> Dict[str, str]:
    return {"communes-above": tr("Communes above a population"),
            "epci-members": tr("Every commune of an EPCI"),
            "departement-platform": tr("A department's collectivities join a platform")}


class ScenarioBox(QWidget):
    changed = pyqtSignal()  # rules or marks changed: recompute and redraw
    exportRequested = pyqtSignal()  # the scenario's layout

    def __init__(self, session: ScenarioSession, scope: Callable[[], Scope], store: Callable[[], Optional[str]],
                 map_marks: MarksSource, actor_marks: MarksSource, parent=None):
        super().__init__(parent)
        self.session = session
        self.scope = scope
        self.store = store
        self.map_marks = map_marks
        self.actor_marks = actor_marks
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("e.g. Large communes of the region"))
        self.name.editingFinished.connect(lambda: self.session.rename(self.name.text()))
        form.addRow(tr("Scenario name"), self.name)
        self.kind = QComboBox(self)
        for kind, title in rule_kind_titles().items():
            self.kind.addItem(title, kind)
        self._narrow(self.kind)
        form.addRow(tr("Rule"), self.kind)
        layout.addLayout(form)
        # one page of fields per kind of rule, only the chosen one shown (a hidden page takes no room)
        self.pages = [self._population_page(), self._epci_page(), self._platform_page()]
        for page in self.pages:
            layout.addWidget(page)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed(0)
        add = QPushButton(tr("Add the rule"), self)
        add.clicked.connect(lambda: self._guarded(self.add_rule_from_form))
        layout.addWidget(add)

        layout.addWidget(self._wrapped(tr("Rules and marks of the scenario:")))
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.items.setMinimumHeight(90)
        self.items.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.items)
        grid = QGridLayout()
        buttons = ((tr("Remove selected"), self.remove_selected), (tr("Reset"), self.reset),
                   (tr("Mark the map selection"), self.mark_from_map),
                   (tr("Mark the selected actors"), self.mark_from_actors))
        for position, (text, slot) in enumerate(buttons):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, slot=slot: self._guarded(slot))
            if position < 2:
                grid.addWidget(button, 0, position)
            else:
                grid.addWidget(button, position - 1, 0, 1, 2)  # the longer ones on a row of their own
        layout.addLayout(grid)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        layout.addWidget(self._wrapped(tr("Scenarios saved in the store:")))
        self.saved = QComboBox(self)
        self._narrow(self.saved)
        layout.addWidget(self.saved)
        grid = QGridLayout()
        buttons = ((tr("Save"), self.save), (tr("Load"), self.load_chosen), (tr("Delete"), self.delete_chosen),
                   (tr("Figures (CSV)…"), self.export_csv_chosen),
                   (tr("Layout…"), self.exportRequested.emit))
        for position, (text, slot) in enumerate(buttons):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, slot=slot: self._guarded(slot))
            grid.addWidget(button, position // 2, position % 2)
        layout.addLayout(grid)
        layout.addStretch(1)

    # --- the rule form ------------------------------------------------------------------------
    def _population_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        self.population = population_box(page)
        self.population.setValue(5000)
        self.population.setSuffix(" " + tr("inhabitants"))
        form.addRow(tr("From"), self.population)
        form.addRow(self._wrapped(tr("in the territory shown above")))
        return page

    def _epci_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        self.epci = self._searchable_combo(page)
        form.addRow(tr("EPCI"), self.epci)
        return page

    def _platform_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        self.departement = self._searchable_combo(page)
        form.addRow(tr("Department"), self.departement)
        self.platform = QLineEdit(page)
        self.platform.setPlaceholderText(tr("platform address, e.g. data.loire-atlantique.fr"))
        form.addRow(tr("Platform"), self.platform)
        column = QVBoxLayout()
        self.levels = {}
        for level, text in (("commune", tr("communes")), ("epci", tr("EPCI")), ("departement", tr("the department"))):
            box = QCheckBox(text, page)
            box.setChecked(True)
            self.levels[level] = box
            column.addWidget(box)
        form.addRow(tr("Who joins"), column)
        return page

    def _kind_changed(self, index: int) -> None:
        for position, page in enumerate(self.pages):
            page.setVisible(position == index)

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _narrow(combo: QComboBox) -> None:
        """Long entries are elided rather than widening the dock."""
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    @staticmethod
    def _searchable_combo(parent) -> QComboBox:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def set_names(self, names: Dict[Tuple[str, str], str]) -> None:
        """Fill the EPCI and département lists from the store's names."""
        for combo, level in ((self.epci, "epci"), (self.departement, "departement")):
            combo.clear()
            items = sorted(((name, code) for (kind, code), name in names.items() if kind == level),
                           key=lambda item: item[1] if level == "departement" else item[0])
            for name, code in items:
                combo.addItem(f"{name} ({code})", code)
            combo.setCurrentIndex(-1)

    def follow_scope(self, scope: Scope) -> None:
        """Pre-select the territory on screen in the rule form (its EPCI, its département)."""
        for combo, code in ((self.epci, scope.epci), (self.departement, scope.departement)):
            if code and combo.findData(code) >= 0:
                combo.setCurrentIndex(combo.findData(code))

    def rule_from_form(self) -> Rule:
        kind = self.kind.currentData()
        if kind == "communes-above":
            return Rule(kind, str(self.population.value()))
        if kind == "epci-members":
            code = self.epci.currentData() if self.epci.currentIndex() >= 0 else None
            if not code:
                raise InputError(tr("Choose an EPCI in the list."))
            return Rule(kind, code)
        code = self.departement.currentData() if self.departement.currentIndex() >= 0 else None
        host = self.platform.text().strip().lower()
        for prefix in ("https://", "http://"):
            host = host[len(prefix):] if host.startswith(prefix) else host
        host = host.split("/", 1)[0]
        levels = tuple(level for level, box in self.levels.items() if box.isChecked())
        if not code:
            raise InputError(tr("Choose a department in the list."))
        if not host:
            raise InputError(tr("Give the platform's address."))
        if not levels:
            raise InputError(tr("Tick at least one kind of collectivity."))
        return Rule(kind, code, platform=host, levels=() if len(levels) == 3 else levels)

    # --- actions ------------------------------------------------------------------------------
    def _guarded(self, slot):
        try:
            slot()
        except InputError as error:
            self.status.setText(error.message)

    def add_rule_from_form(self) -> None:
        self.add_rule(self.rule_from_form())

    def add_rule(self, rule: Rule) -> None:
        self.session.rename(self.name.text())
        replaced = self.session.add_rule(rule, self.scope())
        observed = self.session.observed
        if replaced is not None:
            names = observed.names if observed is not None else {}
            self.status.setText(tr("Replaced: {old}.").format(old=rule_sentence(replaced, names)))
        else:
            self.status.setText("")
        self._changed()

    def add_rule_text(self, text: str) -> None:
        """A rule in the command line's syntax (scripts, tests and saved scenarios use it)."""
        self.add_rule(parse_rule(text))

    def remove_selected(self) -> None:
        chosen = [item.data(Qt.ItemDataRole.UserRole) for item in self.items.selectedItems()]
        if not chosen:
            raise InputError(tr("Select a rule or a mark in the list first."))
        # rules by index: remove from the end so that the other indexes stay right
        for entry in sorted(chosen, key=lambda e: (e.kind != "rule", -e.key if e.kind == "rule" else 0)):
            self.session.remove(entry)
        self.status.setText("")
        self._changed()

    def reset(self) -> None:
        self.session.reset()
        self.name.clear()
        self.status.setText("")
        self._changed()

    def mark_from_map(self) -> str:
        marks, skipped = self.map_marks()
        return self.mark(marks, skipped)

    def mark_from_actors(self) -> str:
        marks, skipped = self.actor_marks()
        return self.mark(marks, skipped)

    def mark(self, marks, skipped) -> str:
        """Add marks; says what was taken and what was left out (and why)."""
        if not marks and not skipped:
            raise InputError(tr("Nothing is selected: select territories on a visible layer of the map first."))
        self.session.rename(self.name.text())
        report = self.session.add_marks(marks)
        text = mark_summary(report, skipped, self.session.observed)
        self.status.setText(text)
        self._changed()
        return text

    def save(self) -> None:
        store = self._store()
        self.session.rename(self.name.text())
        scenario = self.session.save(store, tr("Scenario"))
        self.name.setText(scenario.name)
        self.refresh_saved(scenario.name)
        self.status.setText(tr("Saved in the store: {name}").format(name=scenario.name))

    def load(self, name: str) -> None:
        scenario = self.session.load(self._store(), name)
        self.name.setText(scenario.name)
        self.status.setText(tr("Loaded: {name}").format(name=scenario.name))
        self._changed()

    def load_chosen(self) -> None:
        if not self.saved.currentText():
            raise InputError(tr("No saved scenario to load."))
        self.load(self.saved.currentText())

    def delete_chosen(self) -> None:
        name = self.saved.currentText()
        if not name:
            raise InputError(tr("No saved scenario to delete."))
        self.session.delete(self._store(), name)
        self.refresh_saved()
        self.status.setText(tr("Deleted from the store: {name}").format(name=name))

    def export_csv_chosen(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the scenarios' figures"), "", "CSV (*.csv)")
        if path:
            self.session.rename(self.name.text())
            self.session.export_csv(self._store(), path, self.scope())
            self.status.setText(tr("Figures written: {path}").format(path=path))

    def refresh_saved(self, current: str = "") -> None:
        self.saved.clear()
        store = self.store()
        for row in self.session.saved(store) if store else ():
            self.saved.addItem(row["name"])
        if current:
            self.saved.setCurrentIndex(self.saved.findText(current))

    def _store(self) -> str:
        store = self.store()
        if not store:
            raise InputError(tr("Open or build a store first."))
        return store

    def show_items(self) -> None:
        self.items.clear()
        for entry in self.session.items():
            item = QListWidgetItem(entry.text, self.items)
            item.setData(Qt.ItemDataRole.UserRole, entry)
        if self.session.scenario.name and self.name.text() != self.session.scenario.name:
            self.name.setText(self.session.scenario.name)

    def _changed(self) -> None:
        self.show_items()
        self.changed.emit()
