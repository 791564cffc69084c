"""Processing algorithm: harvest the actors' platforms through QGIS's network settings."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..common import qgis_compat as compat
from ..common.i18n import tr
from .base import OdtAlgorithm


class HarvestAlgorithm(OdtAlgorithm):
    PER_HOST, TIMEOUT, RESUME, STALE, ACTORS = "PER_HOST", "TIMEOUT", "RESUME", "ONLY_STALE", "ACTORS"

    def name(self) -> str:
        return "harvest"

    def displayName(self) -> str:  # noqa: N802
        return tr("Harvest the actors' platforms")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Counts the datasets each actor publishes on data.gouv.fr, Opendatasoft, CKAN and other "
                  "platforms, through QGIS's proxy settings; results are kept as a dated snapshot.")

    def initAlgorithm(self, config=None):  # noqa: N802
        defaults = self.settings()
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterNumber(self.PER_HOST, tr("Requests at once per host"),
                                                       defaultValue=defaults.harvest_per_host, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(self.TIMEOUT, tr("Timeout (seconds)"),
                                                       compat.NUMBER_DOUBLE,
                                                       defaultValue=defaults.harvest_timeout, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(self.RESUME, tr("Finish the latest unfinished harvest"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(self.STALE, tr("Only results older than (days, 0: all)"),
                                                       compat.NUMBER_DOUBLE, defaultValue=0,
                                                       minValue=0))
        self.addParameter(QgsProcessingParameterString(self.ACTORS, tr("Only these SIREN (comma separated)"),
                                                       optional=True))
        for output in ("HARVESTED", "DATASETS"):
            self.addOutput(QgsProcessingOutputNumber(output, output.title()))

    def work(self, parameters, context, feedback):
        from ..common.errors import Cancelled
        from ..harvest.engine import HarvestSettings
        from ..maps.qgis_observations import harvest
        from ..network.qgis_transport import QgisTransport

        defaults = self.settings()
        stale = self.parameterAsDouble(parameters, self.STALE, context)
        actors = self.parameterAsString(parameters, self.ACTORS, context)
        timeout = self.parameterAsDouble(parameters, self.TIMEOUT, context)
        settings = HarvestSettings(
            concurrency=defaults.harvest_concurrency,
            per_host=self.parameterAsInt(parameters, self.PER_HOST, context),
            timeout=timeout,
            resume=self.parameterAsBool(parameters, self.RESUME, context),
            only_stale=stale or None,
            actors=[s.strip() for s in actors.split(",") if s.strip()] or None,
            threshold=defaults.obligated_threshold,
        )
        try:
            outcome = harvest(self.store(parameters, context), settings,
                              transport=QgisTransport(timeout=timeout), feedback=feedback)
        except Cancelled as error:
            raise Cancelled(error.message + " " + tr("Run it again with “Finish the latest unfinished harvest” "
                                                     "ticked to finish it.")) from None
        return {"HARVESTED": outcome.report.harvested, "DATASETS": outcome.report.datasets}, outcome.lines()


ALGORITHM = HarvestAlgorithm
