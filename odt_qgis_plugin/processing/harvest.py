"""Processing algorithm: harvest the actors' platforms through QGIS's network settings."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..common import bounds
from ..common import qgis_compat as compat
from ..common.i18n import tr
from .base import OdtAlgorithm


class HarvestAlgorithm(OdtAlgorithm):
    PER_HOST, TIMEOUT, RESUME, STALE, ACTORS = "PER_HOST", "TIMEOUT", "RESUME", "ONLY_STALE", "ACTORS"
    CATALOG, REPORT, DATASETS = "DATAGOUV_CATALOG", "REPORT", "DATASETS_LIST"
    VALIDATE = "VALIDATE_SCHEMAS"
    ACTOR_TIMEOUT, MAX_RETRY_AFTER = "ACTOR_TIMEOUT", "MAX_RETRY_AFTER"

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
        double = compat.NUMBER_DOUBLE
        self.addParameter(QgsProcessingParameterNumber(self.PER_HOST, tr("Requests at once per host"),
                                                       defaultValue=defaults.harvest_per_host, minValue=1,
                                                       maxValue=bounds.BOUNDS["per_host"].high))
        self.addParameter(QgsProcessingParameterNumber(self.TIMEOUT, tr("Timeout (seconds)"), double,
                                                       defaultValue=defaults.harvest_timeout, minValue=1,
                                                       maxValue=bounds.BOUNDS["timeout"].high))
        self.addParameter(QgsProcessingParameterNumber(
            self.ACTOR_TIMEOUT, tr("Time for one actor on one platform, retries included (seconds)"), double,
            defaultValue=defaults.harvest_actor_timeout, minValue=1, maxValue=bounds.BOUNDS["actor_timeout"].high))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_RETRY_AFTER, tr("Longest Retry-After waited for (seconds)"), double,
            defaultValue=defaults.harvest_max_retry_after, minValue=0,
            maxValue=bounds.BOUNDS["max_retry_after"].high))
        self.addParameter(QgsProcessingParameterBoolean(self.RESUME, tr("Finish the latest unfinished harvest"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(self.STALE, tr("Only results older than (days, 0: all)"),
                                                       double, defaultValue=0,
                                                       minValue=0))
        self.addParameter(QgsProcessingParameterString(self.ACTORS, tr("Only these SIREN (comma separated)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CATALOG, tr("data.gouv.fr catalogue exports (folder or address; empty: one API call per "
                             "organisation)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DATASETS, tr("List datasets (themes, licences, schemas)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.VALIDATE, tr("Check a sample of the listed SCDL datasets with the public validation service "
                              "(sends their addresses)"), defaultValue=defaults.schema_validation))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Harvest report (CSV: filter, count and status per actor, totals per portal)"),
            "CSV (*.csv)", optional=True, createByDefault=False))
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
        # Scripts can pass nan or inf, which the dialog's ranges do not stop: the settings' check() refuses them.
        settings = HarvestSettings(
            concurrency=defaults.harvest_concurrency,
            per_host=self.parameterAsInt(parameters, self.PER_HOST, context),
            timeout=timeout,
            actor_timeout=self.parameterAsDouble(parameters, self.ACTOR_TIMEOUT, context),
            max_retry_after=self.parameterAsDouble(parameters, self.MAX_RETRY_AFTER, context),
            resume=self.parameterAsBool(parameters, self.RESUME, context),
            only_stale=stale or None,
            actors=[s.strip() for s in actors.split(",") if s.strip()] or None,
            datagouv_catalog=self.parameterAsString(parameters, self.CATALOG, context).strip() or None,
            threshold=defaults.obligated_threshold,
            datasets=self.parameterAsBool(parameters, self.DATASETS, context),
            validate_schemas=self.parameterAsBool(parameters, self.VALIDATE, context),
            validation_service=defaults.validation_service,
            validation_sample=defaults.validation_sample,
        )
        settings.check()
        store = self.store(parameters, context)
        try:
            outcome = harvest(store, settings, transport=QgisTransport(timeout=timeout), feedback=feedback)
        except Cancelled as error:
            raise Cancelled(error.message + " " + tr("Run it again with “Finish the latest unfinished harvest” "
                                                     "ticked to finish it.")) from None
        lines = outcome.lines()
        if settings.validate_schemas and not settings.datasets:
            lines.append(tr("Schemas were not checked online: the check needs the dataset listing."))
        results = {"HARVESTED": outcome.report.harvested, "DATASETS": outcome.report.datasets}
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            from ..harvest.harvest_report import write_report

            lines.append(tr("Report: {n} rows in {path}").format(n=write_report(store, report), path=report))
            results[self.REPORT] = report
        return results, lines


ALGORITHM = HarvestAlgorithm
