"""Menu actions on the actors: import a registry, harvest their platforms, both as background tasks."""
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QFileDialog

from .. import settings as settings_module
from ..core.i18n import tr
from ..gis.tasks import CoreTask
from .current_store import current_store
from .messages import show_error, show_summary

_RUNNING = []  # Python references to the tasks QGIS runs, so that they are not collected


def _start(iface, description, work, after=None):
    def done(summary, error):
        _RUNNING.remove(task)
        if error is not None:
            show_error(iface, error)
            return
        show_summary(iface, summary.lines())
        if after:
            after()

    task = CoreTask(description, work, done)
    _RUNNING.append(task)
    QgsApplication.taskManager().addTask(task)


def import_registry(iface, refresh_layers=None):
    from ..core.actors import import_registry as run_import

    store = current_store(iface.mainWindow())
    if not store:
        return
    path, _ = QFileDialog.getOpenFileName(iface.mainWindow(), tr("Registry of actors (CSV)"),
                                          settings_module.load().actors_csv, "CSV (*.csv *.txt)")
    if not path:
        return
    threshold = settings_module.load().obligated_threshold
    _start(iface, tr("Importing the registry of actors"),
           lambda feedback: run_import(store, path, feedback, threshold=threshold), refresh_layers)


def harvest(iface, refresh_layers=None):
    from ..core.harvest import HarvestSettings, run_harvest
    from ..gis.qgis_transport import QgisTransport

    store = current_store(iface.mainWindow())
    if not store:
        return
    defaults = settings_module.load()
    settings = HarvestSettings(concurrency=defaults.harvest_concurrency, per_host=defaults.harvest_per_host,
                               timeout=defaults.harvest_timeout, threshold=defaults.obligated_threshold)
    transport = QgisTransport(timeout=defaults.harvest_timeout)
    _start(iface, tr("Harvesting the actors' platforms"),
           lambda feedback: run_harvest(store, settings, transport=transport, feedback=feedback), refresh_layers)
