"""Forwarding the plugin's Python logging to QGIS's message log under one tag."""
import logging

from qgis.core import Qgis, QgsApplication

from .about import PLUGIN_TAG

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.NOTSET, Qgis.MessageLevel.Info),
)


class QgisLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        level = next(qgis_level for threshold, qgis_level in _LEVELS if record.levelno >= threshold)
        QgsApplication.messageLog().logMessage(self.format(record), PLUGIN_TAG, level)


def install(logger_name: str = "odt_qgis_plugin") -> QgisLogHandler:
    handler = QgisLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def uninstall(handler: QgisLogHandler, logger_name: str = "odt_qgis_plugin") -> None:
    logging.getLogger(logger_name).removeHandler(handler)
