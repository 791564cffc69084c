"""The plugin object QGIS loads: one menu, one toolbar, the Processing provider, the translator."""
from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMenu, QToolBar

from ..core.errors import InputError
from ..core.i18n import tr
from ..paths import resource
from . import current_store, registry_actions

MENU_OBJECT = "odtMenu"
TOOLBAR_OBJECT = "odtToolbar"


class OdtPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.provider = None
        self.translator = None
        self.log_handler = None

    # QGIS calls initProcessing before initGui when metadata says hasProcessingProvider=yes.
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            from ..processing.provider import OdtProvider

            self.provider = OdtProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        from ..gis import logs
        from ..gis.translation import install_translator

        self.translator = install_translator()
        self.log_handler = logs.install()
        self.initProcessing()
        window = self.iface.mainWindow()
        self.menu = QMenu(tr("Observatoire open data"), window)
        self.menu.setObjectName(MENU_OBJECT)
        self.toolbar = QToolBar(tr("Observatoire open data"), window)
        self.toolbar.setObjectName(TOOLBAR_OBJECT)
        self.iface.addToolBar(self.toolbar)
        self._add_action("odt.svg", tr("Build the territory store…"), self.build_store)
        self._add_action("odt.svg", tr("Open a store…"), self.open_store, toolbar=False)
        self._add_action("odt.svg", tr("Import a registry of actors…"),
                         lambda: registry_actions.import_registry(self.iface, self._reload), toolbar=False)
        self._add_action("odt.svg", tr("Harvest the platforms"),
                         lambda: registry_actions.harvest(self.iface, self._reload), toolbar=False)
        window.menuBar().addMenu(self.menu)

    def _add_action(self, icon, text, slot, toolbar=True):
        action = QAction(QIcon(str(resource("icons", icon))), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        from ..gis import logs
        from ..gis.translation import remove_translator

        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.log_handler is not None:
            logs.uninstall(self.log_handler)
            self.log_handler = None
        from ..gis.qgis_transport import uninstall_user_agent

        uninstall_user_agent()
        remove_translator(self.translator)
        self.translator = None

    # --- actions -------------------------------------------------------------------------
    def build_store(self):
        from ..gis.boundaries import parse_field_map
        from ..gis.build import build_store
        from ..gis.network import qgis_fetch
        from ..gis.tasks import CoreTask
        from .build_dialog import BuildStoreDialog
        from .messages import show_error

        dialog = BuildStoreDialog(self.iface.mainWindow())
        if dialog.exec() != BuildStoreDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            if not values["out"]:
                raise InputError(tr("Choose where to write the store."))
            field_map = parse_field_map(values.pop("field_map"))
        except InputError as error:
            show_error(self.iface, error)
            return
        fetch = qgis_fetch()

        def work(feedback):
            return build_store(field_map=field_map, fetch=fetch, feedback=feedback, **values)

        self._run(CoreTask(tr("Building the territory store"), work, self._store_built))

    def _store_built(self, summary, error):
        from .messages import show_error, show_summary

        if error is not None:
            show_error(self.iface, error)
            return
        current_store.remember(summary.path)
        self._load(summary.path)
        show_summary(self.iface, summary.lines())

    def open_store(self):
        path, _ = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr("Open a store"), current_store.last_store(),
            "GeoPackage (*.gpkg)",
        )
        if path:
            current_store.remember(path)
            self._load(path)

    def _load(self, path):
        from ..core.db import StoreDb
        from ..core.errors import OdtError
        from ..gis.layers import load_store_layers
        from .messages import show_error

        try:
            StoreDb(path)
            load_store_layers(path)
        except OdtError as error:
            show_error(self.iface, error)
            return
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

        from ..gis.render import METROPOLE_EXTENT

        canvas = self.iface.mapCanvas()
        to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                           canvas.mapSettings().destinationCrs(), QgsProject.instance())
        canvas.setExtent(to_canvas.transformBoundingBox(METROPOLE_EXTENT))
        canvas.refresh()

    def _reload(self):
        """Layers read the store: a repaint shows the fields an import or a harvest rewrote."""
        for layer in self._store_layers():
            layer.dataProvider().reloadData()
            layer.triggerRepaint()

    def _store_layers(self):
        from qgis.core import QgsProject

        from ..gis.layers import group_name

        group = QgsProject.instance().layerTreeRoot().findGroup(group_name())
        return [node.layer() for node in group.findLayers()] if group else []

    def _run(self, task):
        self.task = task  # keep a Python reference while QGIS runs it
        QgsApplication.taskManager().addTask(task)
