"""Processing algorithm: copy a store between a GeoPackage and PostgreSQL/PostGIS, with a count check."""
from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterString

from ..common.errors import StoreError
from ..common.i18n import tr
from .base import OdtAlgorithm


class CopyStoreAlgorithm(OdtAlgorithm):
    SOURCE, TARGET, FORCE = "SOURCE", "TARGET", "FORCE"

    def name(self) -> str:
        return "copy_store"

    def displayName(self) -> str:  # noqa: N802
        return tr("Copy the store (GeoPackage / PostGIS)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Copies every layer and table of a store into another store, which it replaces, then compares "
                  "the row counts of each table. A store is a .gpkg path or a PostgreSQL location: "
                  "postgresql://host/db?schema=odt, service=NAME schema=odt, with authcfg=ID for a QGIS "
                  "authentication configuration.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.SOURCE, tr("Store to copy")))
        self.addParameter(QgsProcessingParameterString(self.TARGET, tr("Store to write")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FORCE, tr("Replace even a newer store, another program's file, or tables the source lacks"),
            defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber("TABLES", tr("Tables")))

    def work(self, parameters, context, feedback):
        from ..store.qgis_copy import copy_store

        report = copy_store(self.parameterAsString(parameters, self.SOURCE, context),
                            self.parameterAsString(parameters, self.TARGET, context), feedback,
                            force=self.parameterAsBool(parameters, self.FORCE, context))
        if report.mismatches():
            raise StoreError(tr("The copy differs for {tables}").format(tables=", ".join(report.mismatches())))
        return {"TABLES": len(report.counts)}, report.lines()


ALGORITHM = CopyStoreAlgorithm
