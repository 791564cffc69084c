"""The store the officer works on: the last one built or opened, remembered across sessions."""
from pathlib import Path
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.i18n import tr

LAST_STORE_KEY = "odt_qgis_plugin/last_store"


def remember(path: str) -> None:
    QgsSettings().setValue(LAST_STORE_KEY, path)


def last_store() -> str:
    return QgsSettings().value(LAST_STORE_KEY, "", type=str)


def current_store(parent) -> Optional[str]:
    """The remembered store if it still exists, else ask for one."""
    path = last_store()
    if path and Path(path).is_file():
        return path
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open a store"), path, "GeoPackage (*.gpkg)")
    if path:
        remember(path)
    return path or None
