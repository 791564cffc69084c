"""User name and password of a PostgreSQL store from a QGIS authentication configuration.

The password stays inside QGIS's encrypted database: it is read when a connection opens and
handed to libpq only, never written into a location, a project, a log or a message.
"""
from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..common.errors import StoreError
from ..common.i18n import tr
from . import pg_store as pg


def credentials(authcfg: str):
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if manager is None or not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid():
        raise StoreError(tr("No QGIS authentication configuration {id} (or the master password was not given)")
                         .format(id=authcfg))
    return config.config("username", ""), config.config("password", "")


def install() -> None:
    pg.set_credentials_resolver(credentials)
