"""What every algorithm of the provider shares: group, icon, and turning our errors into Processing's."""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.errors import OdtError
from ..core.i18n import tr


class OdtAlgorithm(QgsProcessingAlgorithm):
    def createInstance(self):  # noqa: N802
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..gis.tasks import QgsFeedbackAdapter

        try:
            result, lines = self.work(parameters, context, QgsFeedbackAdapter(feedback))
        except OdtError as error:
            raise QgsProcessingException(error.message) from None
        for line in lines:
            feedback.pushInfo(line)
        return result

    def work(self, parameters, context, feedback):
        """Return (outputs dict, summary lines)."""
        raise NotImplementedError

    def helpUrl(self):  # noqa: N802
        from ..about import metadata

        return metadata()["homepage"]

    def shortDescription(self):  # noqa: N802
        return tr(self.shortHelpString())
