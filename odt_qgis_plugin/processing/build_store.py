"""Processing algorithm: build the territory store."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..common.i18n import tr
from .base import OdtAlgorithm


class BuildStoreAlgorithm(OdtAlgorithm):
    REFERENCE, SIRENS, BOUNDARIES, FIELD_MAP, OUTPUT = "REFERENCE", "SIRENS", "BOUNDARIES", "FIELD_MAP", "OUTPUT"
    FORCE = "FORCE"

    def name(self) -> str:
        return "build_store"

    def displayName(self) -> str:  # noqa: N802
        return tr("Build the territory store")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Communes, EPCI, départements and régions with their codes, SIREN, population and "
            "boundaries, reconciled with the current reference, in one GeoPackage."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        defaults = self.settings()
        self.addParameter(
            QgsProcessingParameterString(
                self.REFERENCE, tr("Administrative reference (folder or URL)"), defaultValue=defaults.reference_dir
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SIRENS, tr("SIREN of départements and régions (CSV path or URL)"), defaultValue=defaults.sirens_csv
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.BOUNDARIES, tr("Boundaries (folder, file or URL)"), defaultValue=defaults.boundaries_dir
            )
        )
        self.addParameter(QgsProcessingParameterString(self.FIELD_MAP, tr("Boundary field mapping"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Store"), "GeoPackage (*.gpkg)"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FORCE, tr("Replace even a newer store or another program's file; build even implausible "
                           "territories"), defaultValue=False))

    def work(self, parameters, context, feedback):
        from ..network.qgis_transport import qgis_fetch
        from ..store.qgis_boundaries import parse_field_map
        from ..store.qgis_build import build_store

        summary = build_store(
            self.parameterAsString(parameters, self.REFERENCE, context),
            self.parameterAsString(parameters, self.SIRENS, context),
            self.parameterAsString(parameters, self.BOUNDARIES, context),
            self.parameterAsFileOutput(parameters, self.OUTPUT, context),
            parse_field_map(self.parameterAsString(parameters, self.FIELD_MAP, context)),
            fetch=qgis_fetch(),
            feedback=feedback,
            threshold=self.settings().obligated_threshold,
            force=self.parameterAsBool(parameters, self.FORCE, context),
        )
        return {self.OUTPUT: summary.path}, summary.lines()


ALGORITHM = BuildStoreAlgorithm
