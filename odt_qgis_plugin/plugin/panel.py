"""The observatory dock: a territory, its key figures and actors, what-if scenarios and changes over time.

The dock holds no business logic: figures come from indicators/key_figures.py, the scenario being built
from scenarios/scenario_session.py (shown by plugin/scenario_box.py), filters, projections and the
selection on the map from maps/qgis_filters.py, overlays from scenarios/qgis_scenario_style.py. Loading
a store runs in a QgsTask; switching territory and recomputing a scenario are fast enough
(bench/bench_panel.py) to run on the main thread. Everything sits in a scroll area, so that a narrow
dock scrolls instead of clipping.
"""
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.errors import InputError, OdtError
from ..common.i18n import language, tr
from ..common.levels import BY_TABLE, DROM, TABLE_OF, crs_for_region
from ..common.numbers import number
from ..common.qgis_preferences import last_store, remember_panel, resolved
from ..common.qgis_tasks import CoreTask, start
from ..harvest.results import figures_run
from ..indicators.comparison import compare_runs, list_runs
from ..indicators.key_figures import Scope, chart_rows, key_figures
from ..layouts.layout_texts import long_date
from ..layouts.page_data import load_page_data
from ..layouts.page_tables import figures_table
from ..maps.qgis_filters import (
    apply_subsets,
    equals,
    observatory_layers,
    scope_crs,
    selected_territories,
    show_in_crs,
    territory_extent,
    territory_subsets,
)
from ..registry.territory_search import load_index
from ..scenarios.evaluation import Observed, load_observed
from ..scenarios.qgis_scenario_style import ChangeOverlay, ScenarioOverlay
from ..scenarios.scenario_session import ScenarioSession
from ..store.db import is_postgres, open_store, store_label
from .actors_table import ActorsTable, actor_rows
from .chart_view import ChartView
from .datasets_box import DatasetsBox
from .evolution_view import EvolutionView
from .figure_cards import FigureCards
from .messages import show_error
from .page_figures import PageFigures
from .scenario_box import ScenarioBox
from .territory_selector import TerritorySelector

OBJECT_NAME = "odtObservatoryPanel"
PROJECT_SCOPE = "odt_qgis_plugin"  # the project's entries: the store and territory the dock showed
MINIMUM_WIDTH = 360


def run_text(run) -> str:
    """Which harvest the dataset figures come from: a failed or cancelled run never changes them."""
    if run is None:
        return tr("Datasets: no complete harvest yet (registry only).")
    return tr("Datasets: harvest {run} of {date} (the last complete one).").format(
        run=run["run_id"], date=long_date(run["ended_at"], language()))


def scope_text(scope: Scope) -> str:
    return f"{scope.level}:{scope.code}" if scope.code else "france"


def scope_from_text(text: str) -> Scope:
    level, _, code = (text or "").partition(":")
    if level in ("region", "departement", "epci") and code:
        return Scope(**{level: code})
    return Scope()


class ObservatoryPanel(QgsDockWidget):
    def __init__(self, iface, locator=None, parent=None):
        super().__init__(tr("Observatoire open data"), parent)
        self.setObjectName(OBJECT_NAME)
        self.iface = iface
        self.locator = locator
        self.store: Optional[str] = None
        self.observed: Optional[Observed] = None
        self.page_data = None  # what the council pages print (layouts/page_data.py), read with the store
        self.threshold = resolved().obligated_threshold
        self.scope = Scope()
        self.session = ScenarioSession()
        self.result: Optional[dict] = None
        self.cards: Optional[dict] = None
        self.overlay: Optional[ScenarioOverlay] = None
        self.change_overlay: Optional[ChangeOverlay] = None
        self.task = None
        self._build()
        self.visibilityChanged.connect(self._visibility_changed)
        self.closed.connect(lambda: remember_panel(False))
        QgsProject.instance().cleared.connect(self._project_cleared)

    # --- widgets ---------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.store_label = QLabel(tr("No store loaded"), body)
        self.store_label.setWordWrap(True)
        reload_button = QPushButton(tr("Reload"), body)
        reload_button.setToolTip(tr("Read the store again (after a change made elsewhere)"))
        reload_button.clicked.connect(self._reload)
        row = QHBoxLayout()
        row.addWidget(self.store_label, 1)
        row.addWidget(reload_button)
        layout.addLayout(row)

        self.selector = TerritorySelector(parent=body)
        self.selector.scopeChosen.connect(self.select_territory)
        layout.addWidget(self.selector)
        self.places = QLabel(self._places_text(), body)
        self.places.setWordWrap(True)
        self.places.setToolTip(tr("The map shows metropolitan France; the overseas regions are one click away"))
        self.places.linkActivated.connect(self._place_chosen)
        layout.addWidget(self.places)

        self.title = QLabel("", body)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.map_measure = QLabel("", body)
        self.map_measure.setWordWrap(True)
        self.map_measure.setStyleSheet("color: #444")
        layout.addWidget(self.map_measure)
        self.threshold_note = QLabel("", body)
        self.threshold_note.setWordWrap(True)
        self.threshold_note.setStyleSheet("color: #a05a00")
        self.threshold_note.setVisible(False)
        layout.addWidget(self.threshold_note)
        self.figure_cards = FigureCards(body)
        layout.addWidget(self.figure_cards)
        self.run_label = QLabel("", body)
        self.run_label.setStyleSheet("color: #666")
        self.run_label.setWordWrap(True)
        layout.addWidget(self.run_label)
        self.chart = ChartView(body)
        layout.addWidget(self.chart)
        self.page_caption = QLabel(tr("As on the council page (observed data):"), body)
        self.page_caption.setWordWrap(True)
        layout.addWidget(self.page_caption)
        self.page_figures = PageFigures(body)
        layout.addWidget(self.page_figures)

        self.tabs = QTabWidget(body)
        self.actors = ActorsTable()
        self.actors.actorActivated.connect(self.flash)
        self.actors.actorZoomRequested.connect(lambda level, code: self.zoom_to(TABLE_OF[level], code))
        self.actors.view.setMinimumHeight(300)
        self.tabs.addTab(self.actors, tr("Actors"))
        self.datasets = DatasetsBox()
        self.actors.actorChosen.connect(self.datasets.show_actor)
        self.tabs.addTab(self.datasets, tr("Datasets"))
        self.scenario_box = ScenarioBox(self.session, lambda: self.scope, lambda: self.store, self._map_marks,
                                        self._actor_marks)
        self.scenario_box.changed.connect(self.refresh_figures)
        self.scenario_box.exportRequested.connect(self._export_scenario_layout)
        self.tabs.addTab(self.scenario_box, tr("What-if scenario"))
        self.tabs.addTab(self._comparison_box(), tr("Change over time"))
        layout.addWidget(self.tabs, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(MINIMUM_WIDTH)

    def _comparison_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        explanation = QLabel(tr("Colours the regions (France) or the departments of the territory by the change of "
                                "their engaged share between two states of the store."), box)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.before_combo, self.after_combo = QComboBox(box), QComboBox(box)
        form.addRow(tr("From"), self.before_combo)
        form.addRow(tr("To"), self.after_combo)
        layout.addLayout(form)
        row = QHBoxLayout()
        show = QPushButton(tr("Show on the map"), box)
        show.clicked.connect(lambda: self._guarded(self.show_change))
        hide = QPushButton(tr("Hide"), box)
        hide.clicked.connect(self.hide_change)
        row.addWidget(show)
        row.addWidget(hide)
        layout.addLayout(row)
        self.evolution = EvolutionView(self.iface)  # the store's editions and harvests, read when opened
        layout.addWidget(self.evolution)
        layout.addStretch(1)
        return box

    @staticmethod
    def _places_text() -> str:
        metropole = tr("Metropolitan France")
        links = [f'<a href="france">{metropole}</a>']
        links += [f'<a href="region:{code}">{name}</a>' for code, (name, _crs) in DROM.items()]
        return tr("Show: {places}").format(places=" · ".join(links))

    def _place_chosen(self, link: str) -> None:
        scope = scope_from_text(link)
        self.selector.set_scope(scope)
        self.select_territory(scope)

    def show_overseas(self, region: str) -> None:
        """What a click on an overseas région's name above the figures does."""
        self._place_chosen(f"region:{region}")

    # --- store -----------------------------------------------------------------------------
    def _guarded(self, slot, *args):
        try:
            return slot(*args)
        except OdtError as error:
            show_error(self.iface, error)
            return None

    def _visibility_changed(self, visible: bool) -> None:
        # the remembered state is written by the plugin's action and the close button only: QGIS
        # hides every dock when it quits, and that must not count as "closed by the user"
        if visible and self.observed is None and self.task is None:
            from .current_store import remembered

            location = remembered()
            if location:
                self.set_store(location)

    def _reload(self) -> None:
        from .current_store import remembered

        location = self.store or remembered()
        if location:
            self.set_store(location)
        else:
            show_error(self.iface, InputError(tr("Open or build a store first.")))

    def set_store(self, location: str, background: bool = True) -> None:
        """Read the store's figures (in a task unless `background` is False), then show the territory."""
        if not location or not (is_postgres(location) or Path(location).is_file()):
            show_error(self.iface, InputError(tr("Open or build a store first.")))
            return
        threshold = resolved().obligated_threshold

        def work(_feedback):
            recorded = open_store(location).get_meta("obligated_threshold")
            return (load_observed(location, threshold), load_index(location), threshold, recorded,
                    load_page_data(location, threshold), figures_run(location))

        if not background:
            self._loaded(location, work(None), None, background)
            return
        self.store_label.setText(tr("Loading {store}…").format(store=store_label(location)))
        self.task = start(CoreTask(tr("Loading the observatory panel"), work,
                                   lambda result, error: self._loaded(location, result, error)))

    def _loaded(self, location, result, error, background: bool = True) -> None:
        self.task = None
        if error is not None:
            self.store_label.setText(tr("No store loaded"))
            show_error(self.iface, error)
            return
        # the same store read again (after an import or a harvest): refresh, but leave the map where the user is
        reread = self.store is not None and store_label(self.store) == store_label(location)
        self.store = location
        self.observed, index, self.threshold, recorded, self.page_data, run = result
        self.run_label.setText(run_text(run))
        if self.locator is not None:
            self.locator.index = index
        self.close_overlays()
        self.change_overlay = None
        self.session.observed = self.observed
        label = store_label(location)
        self.store_label.setText(Path(label).name if not is_postgres(location) else label)
        self.store_label.setToolTip(label)
        self._show_threshold_note(recorded)
        self.actors.model.set_rows(actor_rows(self.observed))
        self.selector.set_names(self.observed.names)
        self.scenario_box.set_names(self.observed.names)
        self.scenario_box.refresh_saved()
        self.scenario_box.show_items()
        self._refresh_runs()
        self.evolution.set_store(location)
        self.datasets.set_store(location, background)
        self.selector.set_scope(self.scope)
        self.select_territory(self.scope, zoom=not reread)

    def _show_threshold_note(self, recorded) -> None:
        stale = recorded not in (None, "") and int(recorded) != self.threshold
        self.threshold_note.setVisible(stale)
        if stale:
            self.threshold_note.setText(tr(
                "The maps of this store were drawn for communes from {stored} inhabitants, the figures here for "
                "communes from {current} (the plugin's settings): refresh the maps to draw them the same way."
            ).format(stored=number(int(recorded)), current=number(self.threshold)))

    # --- territory -------------------------------------------------------------------------
    def choose(self, level: str, code: Optional[str] = None) -> None:
        """Select a territory as a user would with the two lists (tests and scripts use it)."""
        if self.observed is None:
            raise InputError(tr("Open or build a store first."))
        self.selector.choose(level, code)

    def _epci_departement(self, scope: Scope) -> Optional[str]:
        return self.observed.epci[scope.epci][2] if scope.epci and self.observed and scope.epci in \
            self.observed.epci else None

    def _subsets(self, scope: Scope) -> Dict[str, str]:
        members = self.observed.members.get(scope.epci, ()) if scope.epci and self.observed else ()
        return territory_subsets(scope, self._epci_departement(scope), members)

    def select_territory(self, scope: Scope, zoom: bool = True) -> None:
        """Filter every observatory layer to the territory, show it in its projection, refresh figures."""
        self.scope = scope
        layers = observatory_layers()
        apply_subsets(layers, self._subsets(scope))
        if zoom or show_in_crs(scope_crs(scope, self._epci_departement(scope))):
            self._zoom(layers, scope)  # a projection changed under the map: the old extent means nothing
        epci_keys = ()
        if scope.epci and self.observed:
            epci_keys = [("epci", scope.epci)] + [("commune", c) for c in self.observed.members.get(scope.epci, ())]
        self.actors.proxy.set_scope(scope, epci_keys)
        name = self.observed.names.get((scope.level, scope.code), scope.code) if self.observed and scope.code else ""
        self.title.setText(name or tr("France"))
        self._show_map_measure(layers)
        self.scenario_box.follow_scope(scope)
        self.evolution.set_scope(scope)
        self.datasets.show_territory(scope.level, scope.code or "", name or tr("France"))
        if self.page_data is not None:
            self.page_figures.show_table(*figures_table(self.page_data, scope.level, scope.code, language()))
        self._remember_in_project()
        self.refresh_figures()

    def _show_map_measure(self, layers) -> None:
        """Which of the layers' named styles the map draws (the user may have picked another in the Layers
        panel), so that the colours are read with the right figure."""
        shown = layers.get("regions") or layers.get("departements")
        style = shown.styleManager().currentStyle() if shown is not None else ""
        self.map_measure.setText(tr("The map shows: {style}").format(style=style) if style else "")
        self.map_measure.setVisible(bool(style))

    def clear_territory(self) -> None:
        self.selector.set_scope(Scope())
        self.select_territory(Scope())

    def _zoom(self, layers, scope: Scope) -> None:
        canvas = self.iface.mapCanvas()
        if show_in_crs(scope_crs(scope, self._epci_departement(scope))) or \
                canvas.mapSettings().destinationCrs() != QgsProject.instance().crs():
            canvas.setDestinationCrs(QgsProject.instance().crs())
        extent = territory_extent(layers, scope, canvas.mapSettings().destinationCrs())
        if extent is not None:
            canvas.setExtent(extent)
        canvas.refresh()

    def _project_cleared(self) -> None:
        """A new project: the overlays' layers went with the old one."""
        self.overlay = None
        self.change_overlay = None

    # --- the project remembers what the dock showed ----------------------------------------
    def _remember_in_project(self) -> None:
        if self.store is None:
            return
        project = QgsProject.instance()
        project.writeEntry(PROJECT_SCOPE, "store", store_label(self.store))
        project.writeEntry(PROJECT_SCOPE, "territory", scope_text(self.scope))

    def restore_from_project(self) -> None:
        """A project was opened: show the store and territory the dock showed when it was saved."""
        project = QgsProject.instance()
        store, found = project.readEntry(PROJECT_SCOPE, "store", "")
        if not found or not store:
            return
        self.scope = scope_from_text(project.readEntry(PROJECT_SCOPE, "territory", "france")[0])
        self.selector.set_scope(self.scope)
        if self.store is not None and store_label(self.store) == store:
            self.select_territory(self.scope)
            return
        from .current_store import remembered

        location = remembered() if is_postgres(store) and store == last_store() else store
        self.set_store(location)

    # --- figures and scenario --------------------------------------------------------------
    def refresh_figures(self) -> None:
        if self.observed is None:
            return
        self.result = self.session.evaluate(self.scope)
        if self.result is not None:
            self.cards = self.result["observed"]
            self.figure_cards.show_cards(self.cards, self.result["what_if"], self.result["changes"],
                                         national=self.scope.level != "france")
            self.chart.set_rows(chart_rows(self.cards, self.result["what_if"]))
            self._show_overlay(self.result["changed_territories"], self.result["scenario_rates"])
        else:
            self.cards = key_figures(self.observed.snapshot, self.scope, self.observed.members)
            self.figure_cards.show_cards(self.cards, national=self.scope.level != "france")
            self.chart.set_rows(chart_rows(self.cards))
            self._clear_overlay()

    def _show_overlay(self, changed: Dict[str, list], rates: Dict[str, Dict[str, float]]) -> None:
        if self.overlay is None:
            self.overlay = ScenarioOverlay(self.store)
        self.overlay.show(changed, self._subsets(self.scope), rates)
        self.iface.mapCanvas().refresh()

    def _clear_overlay(self) -> None:
        if self.overlay is not None and self.overlay.layers:
            self.overlay.clear()
            self.iface.mapCanvas().refresh()  # the hatching goes at once, not at the next redraw

    @property
    def scenario_name(self):
        return self.scenario_box.name

    def apply_rule(self, text: str) -> None:
        """Add a rule given in the command line's syntax (scripts and tests)."""
        self.scenario_box.add_rule_text(text)

    def add_marks(self, marks) -> str:
        return self.scenario_box.mark(list(marks), {})

    def _map_marks(self) -> Tuple[List[Tuple[str, str]], Dict[str, int]]:
        return selected_territories(self.iface.mapCanvas().scale())

    def _actor_marks(self) -> Tuple[List[Tuple[str, str]], Dict[str, int]]:
        return [(row["level"], row["code"]) for row in self.actors.selected_rows()
                if row["level"] in TABLE_OF and row["code"]], {}

    def mark_map_selection(self) -> str:
        return self.scenario_box.mark_from_map()

    def mark_selected_actors(self) -> str:
        return self.scenario_box.mark_from_actors()

    def reset_scenario(self) -> None:
        self.scenario_box.reset()

    def save_scenario(self) -> None:
        self.scenario_box.save()

    def load_scenario(self, name: str) -> None:
        self.scenario_box.load(name)

    def export_csv(self, path: str, names=None) -> None:
        """The figures of the saved scenarios (all, or `names`) in the current territory, as CSV."""
        self.session.export_csv(self.store, path, self.scope, names)

    def export_dialog(self, scenario: bool = False):
        """The export dialog, pre-filled with the dock's territory (and the scenario, when asked)."""
        from ..scenarios.evaluation import layout_fields
        from .export_dialog import ExportLayoutDialog

        if self.store is None or self.observed is None:
            raise InputError(tr("Open or build a store first."))
        fields = None
        if scenario:
            if self.session.empty:
                raise InputError(tr("The scenario has no rule or mark yet."))
            named = self.session.named(tr("Scenario"))
            fields = lambda scope: layout_fields(self.observed, named, scope)  # noqa: E731
        scope, note = self.scope, ""
        if scope.epci:  # layouts stop at départements: start from the EPCI's, whose atlas has a page for it
            scope = Scope(departement=self._epci_departement(scope))
            note = tr("Layouts cover France, a region or a department: an EPCI is shown in the atlas of its "
                      "department.")
        return ExportLayoutDialog(self.store, scope, self.observed.names, self.threshold, fields,
                                  parent=self.iface.mainWindow(), note=note)

    def _export_scenario_layout(self) -> None:
        from ..layouts.qgis_layouts import describe
        from .messages import show_summary

        dialog = self._guarded(self.export_dialog, True)
        if dialog is not None and dialog.exec() == dialog.DialogCode.Accepted:
            show_summary(self.iface, describe(dialog.paths))

    def export_layout(self, path: str, template: str = "a4-portrait") -> List[str]:
        """The scenario's print layout for the territory, on the main thread (layouts/qgis_layouts.py)."""
        from ..layouts.layout_request import ExportRequest
        from ..scenarios.evaluation import layout_fields
        from .export_dialog import export_with_progress

        request = ExportRequest(store=self.store, template=template, out=path,
                                fmt=Path(path).suffix.lstrip(".").lower() or "pdf", threshold=self.threshold,
                                **layout_fields(self.observed, self.session.named(tr("Scenario")), self.scope))
        return export_with_progress(request, self)

    # --- change between two harvests -------------------------------------------------------
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
        rows = compare_runs(self.store, None if before == -1 else before, None if after == -1 else after, level,
                            self.threshold)
        layer_name = TABLE_OF[level]
        subset = self._subsets(self.scope)[layer_name] if level == "departement" else ""
        if self.change_overlay is None:
            self.change_overlay = ChangeOverlay(self.store)
        self.change_overlay.show(layer_name, {row[level]: row["change"] for row in rows}, subset)
        self.iface.mapCanvas().refresh()
        return rows

    def hide_change(self) -> None:
        if self.change_overlay is not None and self.change_overlay.layer is not None:
            self.change_overlay.clear()
            self.iface.mapCanvas().refresh()

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
        """What the search bar and a double-click in the actors table do: show France if the filter hides the
        territory, zoom to it, select and flash it."""
        level = BY_TABLE[layer_name].id if layer_name in BY_TABLE else None
        layer, features = self._features(level, code)
        if layer is not None and not features and self.scope.level != "france":
            self.clear_territory()
            layer, features = self._features(level, code)
        if not features:
            return
        canvas = self.iface.mapCanvas()
        feature = features[0]
        region = feature["code"] if layer_name == "regions" else feature["region"]
        if show_in_crs(crs_for_region(region or "")):  # a commune of La Réunion is shown in its own CRS
            canvas.setDestinationCrs(QgsProject.instance().crs())
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = transform.transformBoundingBox(feature.geometry().boundingBox())
        extent.scale(1.3)
        canvas.setExtent(extent)
        canvas.refresh()
        self.flash(level, code)

    def close_overlays(self) -> None:
        self.hide_change()
        if self.overlay is not None:
            self.overlay.clear()
            self.overlay = None
