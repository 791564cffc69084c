"""The observatory dock: a territory, its key figures and actors, and what-if scenarios on top.

The panel holds no business logic: figures come from indicators/key_figures.py and scenarios/evaluation.py,
filters and map overlays from maps/qgis_filters.py and scenarios/qgis_scenario_style.py. Loading a store runs
in a QgsTask; switching territory and recomputing a scenario are fast enough (see
bench/bench_panel.py) to run on the main thread without a visible pause.
"""
from pathlib import Path
from typing import Dict, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..common import settings as settings_module
from ..common.errors import InputError, OdtError
from ..common.i18n import language, tr
from ..common.levels import BY_TABLE, TABLE_OF, level_of_table
from ..common.qgis_preferences import last_store
from ..common.qgis_tasks import CoreTask, start
from ..harvest.results import figures_run
from ..indicators.comparison import compare_runs, list_runs
from ..indicators.key_figures import Scope, chart_rows, key_figures
from ..layouts.layout_texts import long_date
from ..maps.qgis_filters import apply_subsets, equals, observatory_layers, territory_extent, territory_subsets
from ..registry.territory_search import load_index
from ..scenarios import saved_scenarios as scenario_store
from ..scenarios.evaluation import Observed, Scenario, evaluate, known_marks, load_observed, parse_rule, scope_of
from ..scenarios.qgis_scenario_style import ChangeOverlay, ScenarioOverlay
from .actors_table import ActorsTable, actor_rows
from .chart_view import ChartView
from .evolution_view import EvolutionView
from .figure_cards import FigureCards
from .messages import show_error

OBJECT_NAME = "odtObservatoryPanel"
VISIBLE_KEY = "odt_qgis_plugin/panel_visible"


def run_text(run) -> str:
    """Which harvest the dataset figures come from: a failed or cancelled run never changes them."""
    if run is None:
        return tr("Datasets: no complete harvest yet (registry only).")
    return tr("Datasets: harvest {run} of {date} (the last complete one).").format(
        run=run["run_id"], date=long_date(run["ended_at"], language()))


def panel_remembered() -> bool:
    return QgsSettings().value(VISIBLE_KEY, False, type=bool)


def remember_panel(visible: bool) -> None:
    QgsSettings().setValue(VISIBLE_KEY, bool(visible))


class ObservatoryPanel(QgsDockWidget):
    def __init__(self, iface, locator=None, parent=None):
        super().__init__(tr("Observatoire open data"), parent)
        self.setObjectName(OBJECT_NAME)
        self.iface = iface
        self.locator = locator
        self.store: Optional[str] = None
        self.observed: Optional[Observed] = None
        self.scope = Scope()
        self.scenario = Scenario("")
        self.result: Optional[dict] = None
        self.cards: Optional[dict] = None
        self.overlay: Optional[ScenarioOverlay] = None
        self.change_overlay: Optional[ChangeOverlay] = None
        self.task = None
        self._build()
        self.visibilityChanged.connect(self._visibility_changed)
        self.closed.connect(lambda: remember_panel(False))

    # --- widgets ---------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.store_label = QLabel(tr("No store loaded"))
        self.store_label.setWordWrap(True)
        reload_button = QPushButton(tr("Load the current store"))
        reload_button.clicked.connect(lambda: self.set_store(last_store()))
        row = QHBoxLayout()
        row.addWidget(self.store_label, 1)
        row.addWidget(reload_button)
        layout.addLayout(row)

        self.level_combo = QComboBox()
        for level, text in (("france", tr("France")), ("region", tr("Région")), ("departement", tr("Département")),
                            ("epci", tr("EPCI"))):
            self.level_combo.addItem(text, level)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.territory_combo = QComboBox()
        self.territory_combo.setEditable(True)
        self.territory_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.territory_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.territory_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.territory_combo.activated.connect(self._territory_chosen)
        clear_button = QPushButton(tr("Clear filter"))
        clear_button.clicked.connect(self.clear_territory)
        row = QHBoxLayout()
        row.addWidget(self.level_combo)
        row.addWidget(self.territory_combo, 1)
        row.addWidget(clear_button)
        layout.addLayout(row)

        self.title = QLabel("")
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt")
        layout.addWidget(self.title)
        self.figure_cards = FigureCards()
        layout.addWidget(self.figure_cards)
        self.run_label = QLabel("")
        self.run_label.setStyleSheet("color: #666")
        self.run_label.setWordWrap(True)
        layout.addWidget(self.run_label)
        layout.addWidget(QLabel(tr("Engaged share by type of collectivity")))
        self.chart = ChartView()
        layout.addWidget(self.chart)

        layout.addWidget(self._scenario_box())
        layout.addWidget(self._comparison_box())
        self.evolution = EvolutionView(self.iface)
        layout.addWidget(self.evolution)
        self.actors = ActorsTable()
        self.actors.actorActivated.connect(self.flash)
        self.actors.view.setMinimumHeight(220)
        layout.addWidget(self.actors, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)

    def _scenario_box(self) -> QGroupBox:
        box = QGroupBox(tr("What-if scenario"))
        layout = QVBoxLayout(box)
        self.scenario_name = QLineEdit()
        self.scenario_name.setPlaceholderText(tr("Scenario name"))
        self.rule_edit = QLineEdit()
        self.rule_edit.setPlaceholderText("communes-above:5000")
        self.rule_edit.setToolTip(tr("communes-above:POP, epci-members:SIREN or departement-platform:DEP:HOST"))
        apply_button = QPushButton(tr("Apply rule"))
        apply_button.clicked.connect(lambda: self._guarded(self.apply_rule, self.rule_edit.text()))
        row = QHBoxLayout()
        row.addWidget(self.scenario_name)
        row.addWidget(self.rule_edit, 1)
        row.addWidget(apply_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        for text, slot in ((tr("Mark map selection"), self.mark_map_selection),
                           (tr("Mark selected actors"), self.mark_selected_actors),
                           (tr("Reset"), self.reset_scenario), (tr("Export layout…"), self._export_layout_chosen)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: self._guarded(slot))
            row.addWidget(button)
        layout.addLayout(row)
        self.saved_combo = QComboBox()
        row = QHBoxLayout()
        row.addWidget(self.saved_combo, 1)
        for text, slot in ((tr("Save"), self.save_scenario), (tr("Load"), self._load_chosen),
                           (tr("Delete"), self._delete_chosen), (tr("Export CSV…"), self._export_chosen)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: self._guarded(slot))
            row.addWidget(button)
        layout.addLayout(row)
        self.scenario_label = QLabel("")
        self.scenario_label.setWordWrap(True)
        layout.addWidget(self.scenario_label)
        return box

    def _comparison_box(self) -> QGroupBox:
        box = QGroupBox(tr("Change between two harvests"))
        row = QHBoxLayout(box)
        self.before_combo, self.after_combo = QComboBox(), QComboBox()
        show = QPushButton(tr("Show"))
        show.clicked.connect(lambda: self._guarded(self.show_change))
        hide = QPushButton(tr("Hide"))
        hide.clicked.connect(self.hide_change)
        for widget in (self.before_combo, QLabel("→"), self.after_combo, show, hide):
            row.addWidget(widget)
        return box

    def _refresh_runs(self) -> None:
        for combo in (self.before_combo, self.after_combo):
            combo.clear()
            combo.addItem(tr("Registry"), -1)
            for run in list_runs(self.store):
                combo.addItem(tr("Harvest {run} ({date})").format(run=run["run_id"], date=run["started_at"][:10]),
                              run["run_id"])
        self.after_combo.setCurrentIndex(self.after_combo.count() - 1)

    def show_change(self, before=None, after=None) -> list:
        """Colour the régions (France) or the départements of the territory by the change of engaged share."""
        before = self.before_combo.currentData() if before is None else before
        after = self.after_combo.currentData() if after is None else after
        level = "region" if self.scope.level == "france" else "departement"
        threshold = settings_module.load().obligated_threshold
        rows = compare_runs(self.store, None if before == -1 else before, None if after == -1 else after, level,
                            threshold)
        layer_name = TABLE_OF[level]
        epci_dep = self.observed.epci[self.scope.epci][2] if self.scope.epci else None
        subset = territory_subsets(self.scope, epci_dep)[layer_name] if level == "departement" else ""
        if self.change_overlay is None:
            self.change_overlay = ChangeOverlay(self.store)
        self.change_overlay.show(layer_name, {row[level]: row["change"] for row in rows}, subset)
        return rows

    def hide_change(self) -> None:
        if self.change_overlay is not None:
            self.change_overlay.clear()

    def _guarded(self, slot, *args):
        try:
            return slot(*args)
        except OdtError as error:
            show_error(self.iface, error)
            return None

    def _visibility_changed(self, visible: bool) -> None:
        # the remembered state is written by the plugin's action and the close button only: QGIS
        # hides every dock when it quits, and that must not count as "closed by the user"
        if visible and self.observed is None and self.task is None and last_store():
            self.set_store(last_store())

    # --- store -----------------------------------------------------------------------------
    def set_store(self, path: str, background: bool = True) -> None:
        if not path or not Path(path).is_file():
            show_error(self.iface, InputError(tr("Open or build a store first.")))
            return
        threshold = settings_module.load().obligated_threshold

        def work(_feedback):
            return load_observed(path, threshold), load_index(path), figures_run(path)

        if not background:
            self._loaded(path, work(None), None)
            return
        self.store_label.setText(tr("Loading {path}…").format(path=path))
        self.task = start(CoreTask(tr("Loading the observatory panel"), work,
                                   lambda result, error: self._loaded(path, result, error)))

    def _loaded(self, path, result, error) -> None:
        self.task = None
        if error is not None:
            show_error(self.iface, error)
            return
        self.store = path
        self.observed, index, run = result
        self.run_label.setText(run_text(run))
        if self.locator is not None:
            self.locator.index = index
        self.close_overlays()
        self.change_overlay = None
        self.store_label.setText(Path(path).name)
        self.actors.model.set_rows(actor_rows(self.observed))
        self._refresh_saved()
        self._refresh_runs()
        self.evolution.set_store(path)
        self._level_changed()
        self.select_territory(self.scope)

    # --- territory -------------------------------------------------------------------------
    def _level_changed(self, *_args) -> None:
        level = self.level_combo.currentData()
        self.territory_combo.clear()
        if self.observed is None or level == "france":
            self.territory_combo.setEnabled(False)
            if level == "france" and self.observed is not None and self.scope.level != "france":
                self.select_territory(Scope())
            return
        self.territory_combo.setEnabled(True)
        items = [(name, code) for (kind, code), name in self.observed.names.items() if kind == level]
        items.sort(key=lambda item: item[1] if level == "departement" else item[0])
        for name, code in items:
            self.territory_combo.addItem(f"{name} ({code})", code)
        self.territory_combo.setCurrentIndex(-1)

    def _territory_chosen(self, index: int) -> None:
        code = self.territory_combo.itemData(index)
        level = self.level_combo.currentData()
        if code:
            self.select_territory(scope_of(**{level: code}))

    def choose(self, level: str, code: str) -> None:
        """Select a territory as a user would with the two lists (tests and scripts use it)."""
        self.level_combo.setCurrentIndex(self.level_combo.findData(level))
        index = self.territory_combo.findData(code)
        if index < 0:
            raise InputError(tr("Unknown territory {code}").format(code=code))
        self.territory_combo.setCurrentIndex(index)
        self._territory_chosen(index)

    def select_territory(self, scope: Scope) -> None:
        """Filter every observatory layer to the territory, zoom to it, refresh figures and table."""
        self.scope = scope
        layers = observatory_layers()
        epci_dep = self.observed.epci[scope.epci][2] if scope.epci and self.observed else None
        subsets = territory_subsets(scope, epci_dep)
        apply_subsets(layers, subsets)
        self._zoom(layers, scope)
        epci_keys = ()
        if scope.epci and self.observed:
            epci_keys = [("epci", scope.epci)] + [("commune", c) for c in self.observed.members.get(scope.epci, ())]
        self.actors.proxy.set_scope(scope, epci_keys)
        name = self.observed.names.get((scope.level, scope.code), scope.code) if self.observed and scope.code else ""
        self.title.setText(name or tr("France"))
        self.evolution.set_scope(scope)
        self.refresh_figures()

    def clear_territory(self) -> None:
        self.scope = Scope()  # set first, so that the level list going back to France does not select twice
        self.level_combo.setCurrentIndex(0)
        self.select_territory(Scope())

    def _zoom(self, layers, scope: Scope) -> None:
        canvas = self.iface.mapCanvas()
        extent = territory_extent(layers, scope, canvas.mapSettings().destinationCrs())
        if extent is not None:
            canvas.setExtent(extent)
        canvas.refresh()

    # --- figures and scenario --------------------------------------------------------------
    def refresh_figures(self) -> None:
        if self.observed is None:
            return
        if self.scenario.rules or self.scenario.marked:
            self.result = evaluate(self.observed, self.scenario, self.scope)
            self.cards = self.result["observed"]
            self.figure_cards.show_cards(self.cards, self.result["what_if"], self.result["changes"])
            self.chart.set_rows(chart_rows(self.cards, self.result["what_if"]))
            self._show_overlay(self.result["changed_territories"], self.result["scenario_rates"])
            self.scenario_label.setText(" · ".join(self.result["rules"] + self.result["marked"][:10]))
        else:
            self.result = None
            self.cards = key_figures(self.observed.snapshot, self.scope, self.observed.members)
            self.figure_cards.show_cards(self.cards)
            self.chart.set_rows(chart_rows(self.cards))
            if self.overlay is not None:
                self.overlay.clear()
            self.scenario_label.setText("")

    def _show_overlay(self, changed: Dict[str, list], rates: Dict[str, Dict[str, float]]) -> None:
        if self.overlay is None:
            self.overlay = ScenarioOverlay(self.store)
        epci_dep = self.observed.epci[self.scope.epci][2] if self.scope.epci else None
        self.overlay.show(changed, territory_subsets(self.scope, epci_dep), rates)

    def _named(self) -> Scenario:
        name = self.scenario_name.text().strip() or self.scenario.name or tr("Scenario")
        self.scenario_name.setText(name)
        return Scenario(name, self.scenario.rules, self.scenario.marked)

    def apply_rule(self, text: str) -> None:
        rule = parse_rule(text)
        if rule.kind == "communes-above":
            from ..scenarios.evaluation import bind

            rule = bind(rule, self.scope)  # "above 5,000" means in the territory on screen
        self.scenario = self._named().with_rule(rule)
        self.refresh_figures()

    def add_marks(self, marks) -> int:
        marks = known_marks(self.observed, marks)
        self.scenario = self._named().with_marks(marks)
        self.refresh_figures()
        return len(marks)

    def mark_map_selection(self) -> int:
        marks = []
        for name, layer in observatory_layers().items():
            field = layer.fields().indexOf("code")
            marks += [(level_of_table(name), feature[field]) for feature in layer.selectedFeatures()]
        return self.add_marks(marks)

    def mark_selected_actors(self) -> int:
        return self.add_marks([(row["level"], row["code"]) for row in self.actors.selected_rows()
                               if row["level"] in TABLE_OF and row["code"]])

    def reset_scenario(self) -> None:
        self.scenario = Scenario("")
        self.scenario_name.clear()
        self.refresh_figures()

    def save_scenario(self) -> None:
        self.scenario = self._named()
        scenario_store.save(self.store, self.scenario)
        self._refresh_saved()

    def load_scenario(self, name: str) -> None:
        self.scenario = scenario_store.load(self.store, name)
        self.scenario_name.setText(name)
        self.refresh_figures()

    def _refresh_saved(self) -> None:
        self.saved_combo.clear()
        for row in scenario_store.names(self.store):
            self.saved_combo.addItem(row["name"])

    def _load_chosen(self) -> None:
        if self.saved_combo.currentText():
            self.load_scenario(self.saved_combo.currentText())

    def _delete_chosen(self) -> None:
        if self.saved_combo.currentText():
            scenario_store.delete(self.store, self.saved_combo.currentText())
            self._refresh_saved()

    def _export_chosen(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export scenarios as CSV"), "", "CSV (*.csv)")
        if path:
            self.export_csv(path)

    def export_csv(self, path: str, names=None) -> None:
        """The figures of the saved scenarios (all, or `names`) in the current territory, as CSV."""
        names = names or [row["name"] for row in scenario_store.names(self.store)]
        scenarios = [scenario_store.load(self.store, name) for name in names]
        if self.result is not None and self.scenario.name not in names:
            scenarios.append(self.scenario)
        scenario_store.export_csv([evaluate(self.observed, s, self.scope) for s in scenarios], path)

    def _export_layout_chosen(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the scenario's layout"), "", "PDF (*.pdf)")
        if path:
            self.export_layout(path)

    def export_layout(self, path: str, template: str = "a4-portrait", background: bool = True):
        """The print layout of the territory (layouts/qgis_layouts.py), titled as the scenario, with its figures."""
        from ..layouts.layout_request import ExportRequest
        from ..layouts.qgis_layouts import export_layout
        from ..scenarios.evaluation import layout_fields

        request = ExportRequest(store=self.store, template=template, out=path,
                                fmt=Path(path).suffix.lstrip(".").lower() or "pdf",
                                **layout_fields(self.observed, self._named(), self.scope))
        if not background:
            return export_layout(request)

        def done(_paths, error):
            self.task = None
            if error is not None:
                show_error(self.iface, error)

        self.task = start(CoreTask(tr("Exporting the scenario's layout"),
                                   lambda feedback: export_layout(request, feedback), done))
        return None

    # --- map -------------------------------------------------------------------------------
    def _features(self, level: str, code: str):
        layer = observatory_layers().get(TABLE_OF.get(level, ""))
        if layer is None:
            return None, []
        request = QgsFeatureRequest().setFilterExpression(equals("code", code))
        return layer, list(layer.getFeatures(request))

    def flash(self, level: str, code: str) -> None:
        """Select the actor's territory on the map and flash it."""
        layer, features = self._features(level, code)
        if layer is None:
            return
        ids = [feature.id() for feature in features]
        layer.selectByIds(ids)
        if ids:
            self.iface.mapCanvas().flashFeatureIds(layer, ids)

    def zoom_to(self, layer_name: str, code: str) -> None:
        """What the search bar does with a result: show France if the filter hides it, zoom, flash."""
        level = BY_TABLE[layer_name].id if layer_name in BY_TABLE else None
        layer, features = self._features(level, code)
        if layer is not None and not features and self.scope.level != "france":
            self.clear_territory()
            layer, features = self._features(level, code)
        if not features:
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = transform.transformBoundingBox(features[0].geometry().boundingBox())
        extent.scale(1.3)
        canvas.setExtent(extent)
        canvas.refresh()
        self.flash(level, code)

    def close_overlays(self) -> None:
        self.hide_change()
        if self.overlay is not None:
            self.overlay.clear()
            self.overlay = None
