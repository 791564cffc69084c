"""The plugin object QGIS loads: one menu, one toolbar, the dock, the options page, Processing, the translator."""
from qgis.core import QgsApplication, QgsProject
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
        self.options_factory = None

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
        from .settings_page import OptionsFactory

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
        self.store_actions = StoreActions(self.iface, self._store_loaded, self._shown_store)
        store = self.store_actions
        self._add_action("panel.svg", tr("Observatory panel"), self.toggle_panel)
        self.menu.addSeparator()
        self._add_action("store-build.svg", tr("Build the territory store…"), store.build)
        self._add_action("store-open.svg", tr("Open a store…"), store.open, toolbar=False)
        self._add_action("store-postgres.svg", tr("Open a PostgreSQL store…"), store.open_postgres, toolbar=False)
        self.menu.addSeparator()
        self._add_action("registry-import.svg", tr("Import a registry of actors…"), store.import_registry,
                         toolbar=False)
        self._add_action("harvest.svg", tr("Harvest the platforms"), store.harvest, toolbar=False)
        self._add_action("refresh.svg", tr("Refresh the maps"), store.refresh_maps, toolbar=False)
        self._add_action("layout-export.svg", tr("Export a layout…"),
                         lambda: export_dialog.export_layout(self.iface, self.panel))
        self.menu.addSeparator()
        self._add_action("settings.svg", tr("Settings…"), self.show_settings, toolbar=False)
        window.menuBar().addMenu(self.menu)
        self.options_factory = OptionsFactory(self._settings_changed)
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self._init_panel()
        QgsProject.instance().readProject.connect(self._project_read)

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

        QgsProject.instance().readProject.disconnect(self._project_read)
        self._remove_panel()
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
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

    def _store_loaded(self, location: str) -> None:
        if self.panel is not None:
            self.panel.set_store(location)

    def _shown_store(self):
        return self.panel.store if self.panel is not None else None

    def _project_read(self, *_args) -> None:
        if self.panel is not None:
            self.panel.restore_from_project()

    def show_settings(self) -> None:
        """Settings › Options on the plugin's page."""
        from .settings_page import PAGE_NAME

        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=PAGE_NAME)

    def _settings_changed(self) -> None:
        """New settings: the dock recomputes its figures with them."""
        if self.panel is not None and self.panel.store:
            self.panel.set_store(self.panel.store)

    def _init_panel(self):
        """The dock and the search-bar filter; the dock opens if it was open when QGIS last closed."""
        from qgis.PyQt.QtCore import Qt

        from ..common.qgis_preferences import panel_remembered
        from ..registry.qgis_locator import TerritoryLocatorFilter
        from .panel import ObservatoryPanel

        self.panel = ObservatoryPanel(self.iface, None, self.iface.mainWindow())
        self.locator = TerritoryLocatorFilter((), self.panel.zoom_to)
        self.panel.locator = self.locator
        self.iface.registerLocatorFilter(self.locator)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.setUserVisible(panel_remembered())

    def toggle_panel(self):
        from ..common.qgis_preferences import remember_panel

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
