"""Processing algorithm: import a registry of actors into the store."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..common.i18n import tr
from .base import OdtAlgorithm


class ImportActorsAlgorithm(OdtAlgorithm):
    REGISTRY, THRESHOLD, EDITION = "REGISTRY", "THRESHOLD", "EDITION"

    def name(self) -> str:
        return "import_actors"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import the registry of actors")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Reads a registry CSV (SIREN, name, platform), checks each row, identifies each actor by "
                  "its SIREN and updates the engagement fields of the territory layers.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterFile(self.REGISTRY, tr("Registry CSV"), extension="csv"))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, tr("Population from which a commune must open its data"),
            defaultValue=self.settings().obligated_threshold, minValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.EDITION, tr("Keep as the registry's edition of (YYYY-MM-DD; empty: a plain import)"), optional=True))
        for output in ("ACCEPTED", "REJECTED"):
            self.addOutput(QgsProcessingOutputNumber(output, output.title()))

    def work(self, parameters, context, feedback):
        from ..maps.qgis_observations import import_actors

        outcome = import_actors(
            self.store(parameters, context),
            self.parameterAsFile(parameters, self.REGISTRY, context),
            feedback,
            threshold=self.parameterAsInt(parameters, self.THRESHOLD, context),
            edition=self.parameterAsString(parameters, self.EDITION, context).strip() or None,
        )
        return {"ACCEPTED": outcome.report.accepted, "REJECTED": outcome.report.rejected}, outcome.lines()


ALGORITHM = ImportActorsAlgorithm
