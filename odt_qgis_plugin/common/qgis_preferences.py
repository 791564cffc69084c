"""What the plugin keeps in QGIS's settings, under one QgsSettings group: its settings and what it remembers.

`resolved()` is where the desktop and Processing get their settings: the defaults, then what the user
saved in the options page, then ODT_* environment variables (common/settings.py).
"""
from typing import Dict, Optional, Tuple

from qgis.core import QgsSettings

from . import settings as settings_module

GROUP = "odt_qgis_plugin"
SETTINGS_GROUP = f"{GROUP}/settings"


def stored_settings() -> Dict[str, object]:
    """The settings a user saved (as QgsSettings holds them: text or numbers); missing ones are absent."""
    found = {}
    qsettings = QgsSettings()
    for name in settings_module.EDITABLE:
        key = f"{SETTINGS_GROUP}/{name}"
        if qsettings.contains(key):
            found[name] = qsettings.value(key)
    return found


def save_settings(values: Dict[str, object]) -> None:
    """Save the given settings; a value of None forgets the saved one (back to the default)."""
    qsettings = QgsSettings()
    for name, value in values.items():
        if name not in settings_module.EDITABLE:
            raise KeyError(name)
        key = f"{SETTINGS_GROUP}/{name}"
        if value is None:
            qsettings.remove(key)
        else:
            qsettings.setValue(key, value)


def resolved(**overrides) -> settings_module.Settings:
    return settings_module.load(stored_settings(), **overrides)


def last_store() -> str:
    """The store last built or opened: a GeoPackage path or a PostgreSQL location (never with a password)."""
    return QgsSettings().value(f"{GROUP}/last_store", "", type=str)


def remember_store(location: str, connection: Optional[Tuple[str, str]] = None) -> None:
    """`connection`: (saved QGIS connection name, schema) when the store was picked that way."""
    from ..store.db import store_label

    qsettings = QgsSettings()
    # a postgresql:// location typed with a password is remembered without it
    qsettings.setValue(f"{GROUP}/last_store", store_label(location))
    if connection:
        qsettings.setValue(f"{GROUP}/postgres_connection", connection[0])
        qsettings.setValue(f"{GROUP}/postgres_schema", connection[1])


def postgres_choice() -> Tuple[str, str]:
    """(connection name, schema) last picked in the PostgreSQL dialog, ("", "") if none."""
    qsettings = QgsSettings()
    return (qsettings.value(f"{GROUP}/postgres_connection", "", type=str),
            qsettings.value(f"{GROUP}/postgres_schema", "", type=str))


def panel_remembered() -> bool:
    return QgsSettings().value(f"{GROUP}/panel_visible", False, type=bool)


def remember_panel(visible: bool) -> None:
    QgsSettings().setValue(f"{GROUP}/panel_visible", bool(visible))
