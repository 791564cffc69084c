"""The menu's actions on the store: build, open, import a registry, harvest, refresh the maps.

Each long one runs as a QgsTask. The layers stay in the project and keep drawing meanwhile (on a
GeoPackage they read a copy of the store until the task ends, maps/qgis_layers.py HeldStore); when the
task ends the group is reloaded from the rewritten store, keeping its checked layers and filters, and
the observatory panel is told which store to show. Building into another file than the open store asks
first whether the new store should replace it in the project.
"""
from pathlib import Path
from typing import Callable, Optional

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from ..common.errors import Cancelled, InputError, OdtError
from ..common.i18n import tr
from ..common.output_paths import check_output
from ..common.qgis_preferences import remember_store, resolved
from ..common.qgis_tasks import CoreTask, start
from ..store.db import is_postgres, open_store, store_label
from . import current_store
from .messages import show_error, show_summary


class StoreActions:
    def __init__(self, iface, on_loaded: Callable[[str], None], shown_store: Callable[[], Optional[str]] = None):
        """`shown_store()`: the store the project shows now (the panel's), if any."""
        self.iface = iface
        self.on_loaded = on_loaded
        self.shown_store = shown_store or (lambda: None)

    # --- the actions ---------------------------------------------------------------------
    def build(self) -> None:
        from .build_dialog import BuildStoreDialog

        dialog = BuildStoreDialog(self.iface.mainWindow())
        if dialog.exec() != BuildStoreDialog.DialogCode.Accepted:
            return
        self.build_with(dialog.values(), dialog.postgres_choice if dialog.kind.currentData() == "postgres" else None)

    def build_with(self, values: dict, connection=None) -> Optional[CoreTask]:
        """Build the store `values` describe; `connection`: (name, schema) of the QGIS connection it goes to."""
        from ..network.qgis_transport import qgis_fetch
        from ..store.qgis_boundaries import parse_field_map
        from ..store.qgis_build import build_store

        values = dict(values)
        try:
            if not values["out"]:
                raise InputError(tr("Choose where to write the store."))
            if not is_postgres(values["out"]):
                check_output(values["out"])  # before the layers leave the project
            field_map = parse_field_map(values.pop("field_map"))
        except InputError as error:
            show_error(self.iface, error)
            return None
        out = values["out"]
        shown = self.shown_store()
        switch = True
        if shown and store_label(shown) != store_label(out):
            answer = QMessageBox.question(
                self.iface.mainWindow(), tr("Build the territory store"),
                tr("The project shows the store {shown}. Once {new} is built, show it instead?").format(
                    shown=store_label(shown), new=store_label(out)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Cancel:
                return None
            switch = answer == QMessageBox.StandardButton.Yes
        fetch = qgis_fetch()
        threshold = resolved().obligated_threshold
        return self._rewrite(out, tr("Building the territory store"),
                             lambda feedback: build_store(field_map=field_map, fetch=fetch, feedback=feedback,
                                                          threshold=threshold, **values),
                             show_after=switch, connection=connection)

    def open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Open a store"),
                                              current_store.start_folder(), "GeoPackage (*.gpkg)")
        if path:
            self.load(path, zoom=True)

    def open_postgres(self) -> None:
        from .pg_connections import PostgresStoreDialog

        dialog = PostgresStoreDialog(self.iface.mainWindow())
        if dialog.exec() == PostgresStoreDialog.DialogCode.Accepted:
            self.load(dialog.location(), zoom=True, connection=dialog.choice())

    def import_registry(self) -> None:
        from ..maps.qgis_observations import import_actors

        store = self.store()
        if not store:
            return
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Registry of actors (CSV)"),
                                              resolved().actors_csv, "CSV (*.csv *.txt)")
        if not path:
            return
        threshold = resolved().obligated_threshold
        self._rewrite(store, tr("Importing the registry of actors"),
                      lambda feedback: import_actors(store, path, feedback, threshold=threshold))

    def harvest(self) -> None:
        from ..harvest.engine import HarvestSettings
        from ..maps.qgis_observations import harvest
        from ..network.qgis_transport import QgisTransport

        store = self.store()
        if not store:
            return
        defaults = resolved()
        settings = HarvestSettings(concurrency=defaults.harvest_concurrency, per_host=defaults.harvest_per_host,
                                   timeout=defaults.harvest_timeout, actor_timeout=defaults.harvest_actor_timeout,
                                   max_retry_after=defaults.harvest_max_retry_after,
                                   threshold=defaults.obligated_threshold, datasets=defaults.harvest_datasets,
                                   validate_schemas=defaults.harvest_datasets and defaults.schema_validation,
                                   validation_service=defaults.validation_service,
                                   validation_sample=defaults.validation_sample)
        transport = QgisTransport(timeout=defaults.harvest_timeout)

        def work(feedback):
            try:
                return harvest(store, settings, transport=transport, feedback=feedback)
            except Cancelled as error:
                raise Cancelled(error.message + " " + tr(
                    "To finish it: Processing toolbox › Observatoire open data › Harvest the actors' platforms, "
                    "with “Finish the latest unfinished harvest” ticked.")) from None

        self._rewrite(store, tr("Harvesting the actors' platforms"), work, resumable=True)

    def refresh_maps(self) -> Optional[CoreTask]:
        """Engagement fields with the threshold of the settings, then what the maps read."""
        from ..maps.qgis_refresh import refresh_maps
        from ..registry.engagement import refresh_engagement

        store = self.store()
        if not store:
            return None
        threshold = resolved().obligated_threshold

        def work(feedback):
            refresh_engagement(store, threshold)
            return refresh_maps(store, feedback)

        return self._rewrite(store, tr("Refreshing the maps"), work)

    # --- shared ----------------------------------------------------------------------------
    def store(self) -> Optional[str]:
        """The store the project shows, else the last one, else one to pick."""
        return self.shown_store() or current_store.current_store(self.iface.mainWindow())

    def load(self, location: str, zoom: bool = False, connection=None) -> bool:
        """Show the store's layers (replacing the group) and tell the panel; `connection`: (name, schema)
        of the saved QGIS connection it was picked from."""
        from ..maps.qgis_layers import load_store_layers

        try:
            open_store(location)
            load_store_layers(location)
        except OdtError as error:
            show_error(self.iface, error)
            return False
        remember_store(location, connection)
        self._first_view(zoom)
        # QGIS gives an empty project the CRS (and the full extent) of the first layer added, a moment later:
        # the first view is set again once it has
        QTimer.singleShot(0, lambda: self._first_view(zoom))
        self.on_loaded(location)
        return True

    def _first_view(self, zoom: bool) -> None:
        """Lambert-93 for a project in degrees, and (`zoom`) metropolitan France on screen."""
        from qgis.core import QgsProject

        from ..indicators.key_figures import Scope
        from ..maps.qgis_filters import territory_extent
        from ..maps.qgis_layers import use_projected_crs

        canvas = self.iface.mapCanvas()
        changed = use_projected_crs()
        if canvas.mapSettings().destinationCrs() != QgsProject.instance().crs():
            canvas.setDestinationCrs(QgsProject.instance().crs())
        if zoom or changed:
            canvas.setExtent(territory_extent({}, Scope(), canvas.mapSettings().destinationCrs()))
        canvas.refresh()

    def _rewrite(self, store: str, description: str, work, show_after: bool = True,
                 resumable: bool = False, connection=None) -> CoreTask:
        """Run `work` in the background on a store whose layers it rewrites, then show the store again."""
        from ..maps.qgis_layers import hold_store

        existed = is_postgres(store) or Path(store).is_file()
        held = hold_store(store)  # the layers keep drawing, from a copy, while the store is rewritten

        def done(summary, error):
            held.release()
            if error is not None:
                show_error(self.iface, error)  # the store is as it was (or keeps what a harvest counted)
                if isinstance(error, Cancelled) and resumable:
                    self.load(store)  # what a cancelled harvest counted is on the maps
                return
            if show_after:
                self.load(store, zoom=not existed and not self.shown_store(), connection=connection)
            show_summary(self.iface, summary.lines())

        return start(CoreTask(description, work, done))
