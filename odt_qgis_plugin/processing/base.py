"""What every algorithm of the provider shares: group, icon, and turning our errors into Processing's."""
import logging

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterString,
)

from ..common.errors import OdtError
from ..common.i18n import tr

STORE = "STORE"
LOG = logging.getLogger(__name__)


class OdtAlgorithm(QgsProcessingAlgorithm):
    def add_store_parameter(self) -> None:
        """A GeoPackage path or a PostgreSQL location (postgresql://..., service=..., authcfg=...)."""
        from ..common.qgis_preferences import last_store

        self.addParameter(QgsProcessingParameterString(
            STORE, tr("Store (GeoPackage file or PostgreSQL location)"), defaultValue=last_store()))

    def store(self, parameters, context) -> str:
        return self.parameterAsString(parameters, STORE, context).strip()

    @staticmethod
    def settings():
        """The plugin's settings as the desktop resolves them (defaults, options page, environment)."""
        from ..common.qgis_preferences import resolved

        return resolved()

    @staticmethod
    def load_on_completion(layer, context, output: str) -> None:
        """Hand a layer to Processing, which adds it to the project when the algorithm has run."""
        from qgis.core import QgsProcessingContext

        context.temporaryLayerStore().addMapLayer(layer)
        context.addLayerToLoadOnCompletion(
            layer.id(), QgsProcessingContext.LayerDetails(layer.name(), context.project(), output))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..common.qgis_tasks import QgsFeedbackAdapter

        try:
            result, lines = self.work(parameters, context, QgsFeedbackAdapter(feedback))
        except OdtError as error:
            raise QgsProcessingException(error.message) from None
        except QgsProcessingException:
            raise
        except Exception as error:  # noqa: BLE001 - a defect still reaches the user as one line, details in the log
            LOG.error("unexpected error in %s", self.name(), exc_info=True)
            raise QgsProcessingException(tr("Unexpected {kind}: {message} (details in the QGIS message log)")
                                         .format(kind=type(error).__name__, message=str(error)[:300])) from None
        for line in lines:
            feedback.pushInfo(line)
        return result

    def work(self, parameters, context, feedback):
        """Return (outputs dict, summary lines)."""
        raise NotImplementedError

    def helpUrl(self):  # noqa: N802
        from ..common.about import metadata

        return metadata()["homepage"]

    def shortDescription(self):  # noqa: N802
        return self.shortHelpString()
