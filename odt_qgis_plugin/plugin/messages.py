"""Showing results and errors in QGIS's message bar."""
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..common.about import PLUGIN_TAG
from ..common.errors import OdtError
from ..common.i18n import tr

_LEVELS = {"critical": Qgis.MessageLevel.Critical, "warning": Qgis.MessageLevel.Warning}


def show_error(iface, error: OdtError) -> None:
    bar = iface.messageBar()
    item = bar.createMessage(PLUGIN_TAG, error.message)
    if error.details:
        button = QPushButton(tr("Details"))
        button.clicked.connect(lambda: QMessageBox.information(iface.mainWindow(), PLUGIN_TAG, error.details))
        item.layout().addWidget(button)
    bar.pushWidget(item, _LEVELS.get(error.severity, Qgis.MessageLevel.Critical))


def show_summary(iface, lines) -> None:
    """A one-line message with the full summary behind a button."""
    lines = list(lines)
    item = iface.messageBar().createMessage(PLUGIN_TAG, lines[0] if lines else "")
    if len(lines) > 1:
        button = QPushButton(tr("Details"))
        button.clicked.connect(lambda: QMessageBox.information(iface.mainWindow(), PLUGIN_TAG, "\n".join(lines)))
        item.layout().addWidget(button)
    iface.messageBar().pushWidget(item, Qgis.MessageLevel.Success)
