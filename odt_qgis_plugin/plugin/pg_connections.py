"""PostgreSQL stores as QGIS users know them: one of the connections saved in QGIS, plus a schema.

The store location built from a saved connection names its host, database, user or service, and its
authentication configuration (authcfg) when it has one, never a password. A connection that keeps its
password in QGIS's settings instead still works: the password goes only to the plugin's own
connections (in memory) and into QGIS's credential cache for the layers, never into a location the
plugin remembers, a layer source or a project.
"""
from typing import List, Optional, Tuple

from qgis.core import QgsCredentials, QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..common.errors import InputError, StoreError
from ..common.i18n import tr
from ..common.qgis_preferences import last_store, postgres_choice
from ..store.db import open_store, store_label
from ..store.pg_store import DEFAULT_SCHEMA

_SYSTEM_SCHEMAS = ("information_schema", "pg_catalog", "pg_toast", "topology", "tiger", "tiger_data")


def _provider():
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        raise StoreError(tr("This QGIS has no PostgreSQL provider."))
    return metadata


def saved_connections() -> List[str]:
    """Names of the PostgreSQL connections saved in QGIS (Browser › PostgreSQL), sorted."""
    return sorted(_provider().connections(False).keys(), key=str.casefold)


def _connection(name: str):
    found = _provider().connections(False).get(name)
    if found is None:
        raise InputError(tr("No PostgreSQL connection named {name} in QGIS").format(name=name))
    return found


def _quoted(value: str) -> str:
    if value and all(char.isalnum() or char in "._-/:@" for char in value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def connection_location(name: str, schema: str = DEFAULT_SCHEMA) -> str:
    """The store location of a saved connection and a schema (see the module's note on passwords)."""
    uri = QgsDataSourceUri(_connection(name).uri())
    params = [("service", uri.service()), ("host", uri.host()), ("port", uri.port()), ("dbname", uri.database()),
              ("user", uri.username())]
    mode = QgsDataSourceUri.encodeSslMode(uri.sslMode()) if uri.sslMode() != QgsDataSourceUri.SslMode.SslPrefer \
        else ""
    params.append(("sslmode", mode))
    text = " ".join(f"{key}={_quoted(value)}" for key, value in params if value)
    text += f" schema={schema or DEFAULT_SCHEMA}"
    if uri.authConfigId():
        return text + f" authcfg={uri.authConfigId()}"
    if uri.password():
        _share_with_layers(text, uri.username(), uri.password())
        return text + f" password={_quoted(uri.password())}"
    return text


def _share_with_layers(location: str, user: str, password: str) -> None:
    """QGIS's PostgreSQL layers look up a missing password in QGIS's credential cache, by connection info."""
    from ..store.qgis_pg_layers import layer_uri

    realm = QgsDataSourceUri(layer_uri(location, "regions")).connectionInfo(False)
    QgsCredentials.instance().put(realm, user, password)


def schemas(name: str) -> List[str]:
    """The connection's schemas, without PostgreSQL's and PostGIS's own."""
    try:
        found = _connection(name).schemas()
    except QgsProviderConnectionException as error:
        raise StoreError(tr("Cannot list the schemas of {name}: {reason}").format(
            name=name, reason=str(error).splitlines()[0] if str(error) else "")) from None
    return sorted(schema for schema in found if schema not in _SYSTEM_SCHEMAS and not schema.startswith("pg_"))


def remembered_location() -> Optional[str]:
    """The last PostgreSQL store picked from a saved connection, if that connection still says the same."""
    name, schema = postgres_choice()
    if not name:
        return None
    try:
        location = connection_location(name, schema)
    except (InputError, StoreError):
        return None
    return location if store_label(location) == last_store() else None


class PostgresStoreDialog(QDialog):
    """Pick a saved connection and a schema; for building, the schema may be a new one."""

    def __init__(self, parent=None, for_build: bool = False):
        super().__init__(parent)
        self.setWindowTitle(tr("Build the store in PostgreSQL") if for_build else tr("Open a PostgreSQL store"))
        self.for_build = for_build
        self.connection = QComboBox(self)
        self.connection.addItems(saved_connections())
        self.schema = QComboBox(self)
        self.schema.setEditable(True)
        self.info = QLabel("", self)
        self.info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("QGIS connection"), self.connection)
        form.addRow(tr("Schema"), self.schema)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.connection.currentIndexChanged.connect(self._connection_changed)
        if not self.connection.count():
            self.info.setText(tr("No PostgreSQL connection is saved in QGIS. Add one in the Browser panel "
                                 "(PostgreSQL › New Connection…), preferably with an authentication configuration, "
                                 "then come back here."))
            self.ok.setEnabled(False)
            return
        name, schema = postgres_choice()
        if self.connection.findText(name) >= 0:
            self.connection.setCurrentIndex(self.connection.findText(name))
        self._connection_changed()
        if schema:
            self.schema.setCurrentText(schema)

    def choose(self, name: str, schema: str) -> None:
        """Pick a connection by its name and a schema, as a user would."""
        index = self.connection.findText(name)
        if index < 0:
            raise InputError(tr("No PostgreSQL connection named {name} in QGIS").format(name=name))
        self.connection.setCurrentIndex(index)
        self.schema.setCurrentText(schema)

    def _connection_changed(self, *_args) -> None:
        self.schema.clear()
        try:
            found = schemas(self.connection.currentText())
        except StoreError as error:
            self.info.setText(error.message)
            return
        self.schema.addItems(found)
        self.schema.setCurrentText(DEFAULT_SCHEMA if DEFAULT_SCHEMA in found or self.for_build or not found
                                   else found[0])
        self.info.setText("")

    def choice(self) -> Tuple[str, str]:
        return self.connection.currentText(), self.schema.currentText().strip() or DEFAULT_SCHEMA

    def location(self) -> str:
        return connection_location(*self.choice())

    def accept(self) -> None:
        try:
            location = self.location()
            if not self.for_build:
                open_store(location)  # says now, in the dialog, if this schema holds no store
        except (InputError, StoreError) as error:
            self.info.setText(error.message)
            return
        super().accept()
