"""Processing algorithm: a territory's evolution over the registry's editions and the complete harvests."""
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..common import settings as settings_module
from ..common.i18n import tr
from ..evolution.evolution_files import FORMATS
from .base import OdtAlgorithm


class EvolutionAlgorithm(OdtAlgorithm):
    REGION, DEPARTEMENT, EPCI, FORMAT, THRESHOLD, OUTPUT = (
        "REGION", "DEPARTEMENT", "EPCI", "FORMAT", "THRESHOLD", "OUTPUT")

    def name(self) -> str:
        return "evolution"

    def displayName(self) -> str:  # noqa: N802
        return tr("Evolution over time")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Engaged collectivities by type, the open data by default scope, the population covered and the "
                  "datasets at each edition of the registry and each complete harvest, with the changes, who joined "
                  "and who left; as JSON, CSV or a council page (PDF). Leave the codes empty for France.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterString(self.REGION, tr("Région code (empty: France)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.DEPARTEMENT, tr("Département code"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.EPCI, tr("EPCI SIREN"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, tr("Format"), options=list(FORMATS), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, tr("Population from which a commune must open its data"),
            defaultValue=settings_module.load().obligated_threshold, minValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Output file"),
                                                                "JSON (*.json);;CSV (*.csv);;PDF (*.pdf)"))

    def work(self, parameters, context, feedback):
        from ..common.errors import InputError
        from ..evolution.evolution_files import write_evolution
        from ..evolution.qgis_evolution_page import export_page
        from ..indicators.key_figures import Scope

        codes = [self.parameterAsString(parameters, name, context).strip() or None
                 for name in (self.REGION, self.DEPARTEMENT, self.EPCI)]
        if sum(code is not None for code in codes) > 1:
            raise InputError(tr("Give one territory: a région, a département or an EPCI"))
        scope = Scope(*codes)
        store = self.store(parameters, context)
        threshold = self.parameterAsInt(parameters, self.THRESHOLD, context)
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        if fmt == "pdf":
            export_page(store, out, scope, threshold, feedback)
        else:
            write_evolution(store, out, fmt, scope, threshold)
        return {self.OUTPUT: out}, [tr("Evolution written: {path}").format(path=out)]


ALGORITHM = EvolutionAlgorithm
