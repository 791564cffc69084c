"""Loading, unloading and loading the plugin again leaves exactly one of each thing it adds."""
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

import odt_qgis_plugin
from odt_qgis_plugin.plugin.odt_plugin import MENU_OBJECT, TOOLBAR_OBJECT
from odt_qgis_plugin.processing.provider import PROVIDER_ID


def our_menus(iface):
    return [a for a in iface.mainWindow().menuBar().actions() if a.menu() and a.menu().objectName() == MENU_OBJECT]


def our_toolbars(iface):
    return [t for t in iface.mainWindow().findChildren(QToolBar) if t.objectName() == TOOLBAR_OBJECT]


def our_providers():
    return [p for p in QgsApplication.processingRegistry().providers() if p.id() == PROVIDER_ID]


def test_load_unload_load(qgis_app, qgis_iface):
    plugin = odt_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    assert len(our_menus(qgis_iface)) == 1
    assert len(our_toolbars(qgis_iface)) == 1
    assert len(our_providers()) == 1
    assert our_menus(qgis_iface)[0].menu().actions()

    plugin.unload()
    assert our_menus(qgis_iface) == []
    assert our_toolbars(qgis_iface) == []
    assert our_providers() == []

    again = odt_qgis_plugin.classFactory(qgis_iface)
    again.initGui()
    try:
        assert len(our_menus(qgis_iface)) == 1
        assert len(our_toolbars(qgis_iface)) == 1
        assert len(our_providers()) == 1
        entries = [a for a in our_menus(qgis_iface)[0].menu().actions() if not a.isSeparator()]
        assert len(entries) == len(again.actions)
    finally:
        again.unload()


def test_provider_lists_the_build_algorithm(qgis_app, qgis_iface):
    plugin = odt_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        ids = [a.id() for a in our_providers()[0].algorithms()]
        assert "odt:build_store" in ids
    finally:
        plugin.unload()


def our_docks(iface):
    from qgis.gui import QgsDockWidget

    from odt_qgis_plugin.plugin.panel import OBJECT_NAME

    return [d for d in iface.mainWindow().findChildren(QgsDockWidget) if d.objectName() == OBJECT_NAME]


def test_panel_and_locator_are_not_duplicated(qgis_app, qgis_iface):
    # the stub records registerLocatorFilter/deregisterLocatorFilter calls on MagicMocks
    registered = qgis_iface.registerLocatorFilter
    deregistered = qgis_iface.deregisterLocatorFilter
    live = lambda: registered.call_count - deregistered.call_count  # noqa: E731
    before = live()
    plugin = odt_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    assert len(our_docks(qgis_iface)) == 1 and live() == before + 1
    plugin.unload()
    assert our_docks(qgis_iface) == [] and live() == before
    again = odt_qgis_plugin.classFactory(qgis_iface)
    again.initGui()
    try:
        assert len(our_docks(qgis_iface)) == 1 and live() == before + 1
        assert deregistered.call_args[0][0] is not again.locator
    finally:
        again.unload()
    assert our_docks(qgis_iface) == [] and live() == before


def test_every_action_has_its_own_icon_and_words(qgis_app, qgis_iface):
    """Distinct icons (two toolbar buttons once shared one), and no command-line syntax in the menu."""
    plugin = odt_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        pictures = [bytes(a.icon().pixmap(32, 32).toImage().constBits().asstring(32 * 32 * 4)) for a in plugin.actions]
        assert all(not a.icon().isNull() for a in plugin.actions)
        assert len(set(pictures)) == len(plugin.actions)
        assert not any("--" in a.text() or ":" in a.text() for a in plugin.actions)
    finally:
        plugin.unload()


def test_options_page_and_project_hook_come_and_go(qgis_app, qgis_iface):
    from qgis.core import QgsProject

    registered = qgis_iface.registerOptionsWidgetFactory
    unregistered = qgis_iface.unregisterOptionsWidgetFactory
    before = registered.call_count - unregistered.call_count
    plugin = odt_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    factory = plugin.options_factory
    assert registered.call_count - unregistered.call_count == before + 1
    assert registered.call_args[0][0] is factory and factory.title() == "Observatoire open data"
    receivers = QgsProject.instance().receivers(QgsProject.instance().readProject)
    plugin.unload()
    assert registered.call_count - unregistered.call_count == before
    assert unregistered.call_args[0][0] is factory
    assert QgsProject.instance().receivers(QgsProject.instance().readProject) == receivers - 1
