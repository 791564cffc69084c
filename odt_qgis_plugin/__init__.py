"""QGIS plugin entry point of the Observatoire open data des territoires."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin.odt_plugin import OdtPlugin

    return OdtPlugin(iface)
