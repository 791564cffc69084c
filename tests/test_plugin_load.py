"""Loading, unloading and loading the plugin again leaves exactly one of each thing it adds."""
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

import odt_qgis_plugin
from odt_qgis_plugin.gui.plugin import MENU_OBJECT, TOOLBAR_OBJECT
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
        assert len(our_menus(qgis_iface)[0].menu().actions()) == len(again.actions)
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
