"""What the plugin remembers between QGIS sessions, under one QgsSettings group."""
from qgis.core import QgsSettings

GROUP = "odt_qgis_plugin"


def last_store() -> str:
    """The store last built or opened: a GeoPackage path or a PostgreSQL location (never with a password)."""
    return QgsSettings().value(f"{GROUP}/last_store", "", type=str)


def remember_store(location: str) -> None:
    from ..store.db import store_label

    # a postgresql:// location typed with a password is remembered without it
    QgsSettings().setValue(f"{GROUP}/last_store", store_label(location))
