"""The plugin's Processing provider."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..paths import resource

PROVIDER_ID = "odt"


class OdtProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Observatoire open data")

    def icon(self) -> QIcon:
        return QIcon(str(resource("icons", "odt.svg")))

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS's name)
        from .build_store import BuildStoreAlgorithm

        for algorithm in (BuildStoreAlgorithm(),):
            self.addAlgorithm(algorithm)
