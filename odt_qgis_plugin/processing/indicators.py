"""Processing algorithm: the observatory's indicator tables as a JSON or CSV file."""
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..common.i18n import tr
from ..indicators.indicator_files import FORMATS
from .base import OdtAlgorithm


class IndicatorsAlgorithm(OdtAlgorithm):
    REGION, DEPARTEMENT, FORMAT, OUTPUT = "REGION", "DEPARTEMENT", "FORMAT", "OUTPUT"

    def name(self) -> str:
        return "indicators"

    def displayName(self) -> str:  # noqa: N802
        return tr("Indicator tables")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Engaged actors by category and région, engaged shares by type and commune size, the open "
                  "data by default scope, datasets per actor and platforms, for France, a région or a département.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterString(self.REGION, tr("Région code (empty: France)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.DEPARTEMENT, tr("Département code"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, tr("Format"), options=list(FORMATS), defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Output file"),
                                                                "JSON (*.json);;CSV (*.csv)"))

    def work(self, parameters, context, feedback):
        from ..indicators.indicator_files import write_indicators

        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        write_indicators(
            self.store(parameters, context), out,
            FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)],
            region=self.parameterAsString(parameters, self.REGION, context) or None,
            departement=self.parameterAsString(parameters, self.DEPARTEMENT, context) or None,
        )
        return {self.OUTPUT: out}, [tr("Indicators written: {path}").format(path=out)]


ALGORITHM = IndicatorsAlgorithm
