"""The store the officer works on: the one the project shows or was last opened, else one to pick."""
from pathlib import Path
from typing import Optional

from qgis.PyQt.QtWidgets import QFileDialog

from ..common.i18n import tr
from ..common.qgis_preferences import last_store, remember_store
from ..store.db import is_postgres


def remembered() -> Optional[str]:
    """The last store, if it is still there: a GeoPackage file, or a PostgreSQL store (checked when used),
    resolved again from its saved QGIS connection when it was picked from one."""
    location = last_store()
    if location and is_postgres(location):
        from .pg_connections import remembered_location

        return remembered_location() or location
    return location if location and Path(location).is_file() else None


def start_folder() -> str:
    """Where a file dialog opens: beside the last GeoPackage store."""
    location = last_store()
    return "" if not location or is_postgres(location) else str(Path(location).parent)


def current_store(parent) -> Optional[str]:
    """The remembered store if it is still there, else a GeoPackage to pick."""
    location = remembered()
    if location:
        return location
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open a store"), start_folder(), "GeoPackage (*.gpkg)")
    if path:
        remember_store(path)
    return path or None
