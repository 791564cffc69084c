"""The menu's actions on the store: build, open, import a registry, harvest, refresh the maps.

Each long one runs as a QgsTask; the layers it rewrites leave the project while it runs and come
back, restyled, when it ends, and the observatory panel is told which store to show.
"""
from typing import Callable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
)
from qgis.PyQt.QtWidgets import QFileDialog

from ..common import settings as settings_module
from ..common.errors import InputError, OdtError
from ..common.i18n import tr
from ..common.output_paths import check_output
from ..common.qgis_preferences import last_store, remember_store
from ..common.qgis_tasks import CoreTask, start
from ..store.db import is_postgres, open_store
from . import current_store
from .messages import show_error, show_summary


class StoreActions:
    def __init__(self, iface, on_loaded: Callable[[str], None]):
        self.iface = iface
        self.on_loaded = on_loaded

    # --- the actions ---------------------------------------------------------------------
    def build(self) -> None:
        from ..network.qgis_transport import qgis_fetch
        from ..store.qgis_boundaries import parse_field_map
        from ..store.qgis_build import build_store
        from .build_dialog import BuildStoreDialog

        dialog = BuildStoreDialog(self.iface.mainWindow())
        if dialog.exec() != BuildStoreDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            if not values["out"]:
                raise InputError(tr("Choose where to write the store."))
            if not is_postgres(values["out"]):
                check_output(values["out"])  # before the layers leave the project
            field_map = parse_field_map(values.pop("field_map"))
        except InputError as error:
            show_error(self.iface, error)
            return
        fetch = qgis_fetch()
        self._rewrite(values["out"], tr("Building the territory store"),
                      lambda feedback: build_store(field_map=field_map, fetch=fetch, feedback=feedback, **values))

    def open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Open a store"),
                                              last_store(), "GeoPackage (*.gpkg)")
        if path:
            self.load(path, zoom=True)

    def open_postgres(self) -> None:
        location = current_store.ask_postgres_location(self.iface.mainWindow())
        if location:
            self.load(location, zoom=True)

    def import_registry(self) -> None:
        from ..maps.qgis_observations import import_actors

        store = current_store.current_store(self.iface.mainWindow())
        if not store:
            return
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Registry of actors (CSV)"),
                                              settings_module.load().actors_csv, "CSV (*.csv *.txt)")
        if not path:
            return
        threshold = settings_module.load().obligated_threshold
        self._rewrite(store, tr("Importing the registry of actors"),
                      lambda feedback: import_actors(store, path, feedback, threshold=threshold))

    def harvest(self) -> None:
        from ..harvest.engine import HarvestSettings
        from ..maps.qgis_observations import harvest
        from ..network.qgis_transport import QgisTransport

        store = current_store.current_store(self.iface.mainWindow())
        if not store:
            return
        defaults = settings_module.load()
        settings = HarvestSettings(concurrency=defaults.harvest_concurrency, per_host=defaults.harvest_per_host,
                                   timeout=defaults.harvest_timeout, actor_timeout=defaults.harvest_actor_timeout,
                                   max_retry_after=defaults.harvest_max_retry_after,
                                   threshold=defaults.obligated_threshold)
        transport = QgisTransport(timeout=defaults.harvest_timeout)
        self._rewrite(store, tr("Harvesting the actors' platforms"),
                      lambda feedback: harvest(store, settings, transport=transport, feedback=feedback))

    def refresh_maps(self) -> None:
        from ..maps.qgis_refresh import refresh_maps

        store = current_store.current_store(self.iface.mainWindow())
        if store:
            self._rewrite(store, tr("Refreshing the maps"), lambda feedback: refresh_maps(store, feedback))

    # --- shared ----------------------------------------------------------------------------
    def load(self, path: str, zoom: bool = False) -> bool:
        from ..maps.qgis_layers import load_store_layers
        from ..maps.qgis_render import METROPOLE_EXTENT

        try:
            open_store(path)
            load_store_layers(path)
        except OdtError as error:
            show_error(self.iface, error)
            return False
        remember_store(path)
        if zoom:
            canvas = self.iface.mapCanvas()
            to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                               canvas.mapSettings().destinationCrs(), QgsProject.instance())
            canvas.setExtent(to_canvas.transformBoundingBox(METROPOLE_EXTENT))
        self.iface.mapCanvas().refresh()
        self.on_loaded(path)
        return True

    def _rewrite(self, store: str, description: str, work) -> None:
        """Run `work` in the background on a store whose layers it rewrites, then show the store again."""
        from pathlib import Path

        from ..maps.qgis_layers import remove_group

        existed = is_postgres(store) or Path(store).is_file()
        remove_group()  # QGIS must not read layers while they are being rewritten

        def done(summary, error):
            if error is not None:
                show_error(self.iface, error)
                if existed:
                    self.load(store)  # the store is unchanged: show it again
                return
            self.load(store, zoom=not existed)
            show_summary(self.iface, summary.lines())

        start(CoreTask(description, work, done))
