"""The plugin's Processing provider."""

import importlib

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..common.i18n import tr
from ..common.paths import resource

PROVIDER_ID = "odt"
# One module per algorithm; each defines ALGORITHM, the class to instantiate.
ALGORITHM_MODULES = (
    "build_store",
    "import_actors",
    "indicators",
    "harvest",
    "export_layout",
    "footprints",
    "copy_store",
    "evolution",
)


class OdtProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Observatoire open data")

    def icon(self) -> QIcon:
        return QIcon(str(resource("icons", "odt.svg")))

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS's name)
        for name in ALGORITHM_MODULES:
            module = importlib.import_module(f"{__package__}.{name}")
            self.addAlgorithm(module.ALGORITHM())
