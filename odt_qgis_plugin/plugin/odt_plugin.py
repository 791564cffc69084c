"""The plugin object QGIS loads: one menu, one toolbar, the Processing provider, the translator."""
from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

from ..common.i18n import tr
from ..common.paths import resource
from . import export_dialog
from .store_actions import StoreActions

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
        self.panel = None
        self.locator = None
        self.store_actions = None

    # QGIS calls initProcessing before initGui when metadata says hasProcessingProvider=yes.
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            from ..processing.provider import OdtProvider

            self.provider = OdtProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        from ..common import qgis_logs as logs
        from ..common.qgis_translation import install_translator
        from ..store import qgis_pg_auth as pg_auth

        self.translator = install_translator()
        self.log_handler = logs.install()
        pg_auth.install()  # PostgreSQL stores named by a QGIS authentication configuration
        self.initProcessing()
        window = self.iface.mainWindow()
        self.menu = QMenu(tr("Observatoire open data"), window)
        self.menu.setObjectName(MENU_OBJECT)
        self.toolbar = QToolBar(tr("Observatoire open data"), window)
        self.toolbar.setObjectName(TOOLBAR_OBJECT)
        self.iface.addToolBar(self.toolbar)
        self.store_actions = StoreActions(self.iface, self._store_loaded)
        store = self.store_actions
        self._add_action("odt.svg", tr("Build the territory store…"), store.build)
        self._add_action("odt.svg", tr("Open a store…"), store.open, toolbar=False)
        self._add_action("odt.svg", tr("Open a PostgreSQL store…"), store.open_postgres, toolbar=False)
        self._add_action("odt.svg", tr("Import a registry of actors…"), store.import_registry, toolbar=False)
        self._add_action("odt.svg", tr("Harvest the platforms"), store.harvest, toolbar=False)
        self._add_action("odt.svg", tr("Refresh maps"), store.refresh_maps, toolbar=False)
        self._add_action("odt.svg", tr("Export a layout…"), lambda: export_dialog.export_layout(self.iface),
                         toolbar=False)
        self._add_action("odt.svg", tr("Observatory panel"), self.toggle_panel)
        window.menuBar().addMenu(self.menu)
        self._init_panel()

    def _add_action(self, icon, text, slot, toolbar=True):
        action = QAction(QIcon(str(resource("icons", icon))), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        from ..common import qgis_logs as logs
        from ..common.qgis_translation import remove_translator

        self._remove_panel()
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
        from ..network.qgis_transport import uninstall_user_agent

        uninstall_user_agent()
        remove_translator(self.translator)
        self.translator = None

    def _store_loaded(self, path: str) -> None:
        if self.panel is not None:
            self.panel.set_store(path)

    def _init_panel(self):
        """The dock and the search-bar filter; the dock opens if it was open when QGIS last closed."""
        from qgis.PyQt.QtCore import Qt

        from ..registry.qgis_locator import TerritoryLocatorFilter
        from .panel import ObservatoryPanel, panel_remembered

        self.panel = ObservatoryPanel(self.iface, None, self.iface.mainWindow())
        self.locator = TerritoryLocatorFilter((), self.panel.zoom_to)
        self.panel.locator = self.locator
        self.iface.registerLocatorFilter(self.locator)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.setUserVisible(panel_remembered())

    def toggle_panel(self):
        from .panel import remember_panel

        visible = not self.panel.isUserVisible()
        self.panel.setUserVisible(visible)
        remember_panel(visible)

    def _remove_panel(self):
        if self.locator is not None:
            self.iface.deregisterLocatorFilter(self.locator)  # QGIS deletes the filter
            self.locator = None
        if self.panel is not None:
            self.panel.visibilityChanged.disconnect(self.panel._visibility_changed)
            self.panel.close_overlays()
            self.iface.removeDockWidget(self.panel)
            self.panel.setParent(None)
            self.panel.deleteLater()
            self.panel = None

