"""The store the officer works on: the last one built or opened, else one to pick."""
from pathlib import Path
from typing import Optional

from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog

from ..common.i18n import tr
from ..common.qgis_preferences import last_store, remember_store
from ..store.db import is_postgres


def current_store(parent) -> Optional[str]:
    """The remembered store if it still exists (a PostgreSQL one is checked when used), else ask for a file."""
    location = last_store()
    if location and (is_postgres(location) or Path(location).is_file()):
        return location
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open a store"), location, "GeoPackage (*.gpkg)")
    if path:
        remember_store(path)
    return path or None


def ask_postgres_location(parent) -> Optional[str]:
    """A PostgreSQL store: a service name or a postgresql:// URI, with authcfg=ID for QGIS's vault."""
    text, ok = QInputDialog.getText(
        parent, tr("Open a PostgreSQL store"),
        tr("Location, e.g. service=observatoire schema=odt, or postgresql://user@host/db?schema=odt&authcfg=ID"),
        text=last_store() if is_postgres(last_store()) else "service= schema=odt")
    return text.strip() if ok and text.strip() else None
