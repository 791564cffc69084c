"""Processing algorithm: a council layout (page or atlas) exported as PDF, PNG or SVG."""
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..common import qgis_compat as compat
from ..common.i18n import tr
from ..indicators.measures import IDS as MEASURE_IDS
from ..layouts.layout_request import ATLAS_LEVELS, FORMATS, PRESETS, TEMPLATES
from .base import OdtAlgorithm

NO_ATLAS = "-"


class ExportLayoutAlgorithm(OdtAlgorithm):
    TEMPLATE, TERRITORY, ATLAS, FORMAT, PRESET, OUTPUT = "TEMPLATE", "TERRITORY", "ATLAS", "FORMAT", "PRESET", "OUTPUT"
    MEASURE = "MEASURE"

    def name(self) -> str:
        return "export_layout"

    def displayName(self) -> str:
        return tr("Export a council layout")

    def shortHelpString(self) -> str:
        return tr("A4 or A3 page of France (with the overseas regions as insets), a région or a département, or an "
                  "atlas with one page per région, département or EPCI: map coloured by the measure, names, actors, "
                  "legend of the classes present, key figures beside France with the rank, actors, sources; or the "
                  "page of the mutualised platforms.")

    def flags(self):
        # Layouts and their fonts are built and drawn on the thread that runs the algorithm, with
        # layers of their own; nothing is shared with the user's project.
        return super().flags() | compat.NO_THREADING

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterEnum(self.TEMPLATE, tr("Template"), options=list(TEMPLATES),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.TERRITORY, tr("Territory (france, region:CODE or departement:CODE)"), defaultValue="france"))
        self.addParameter(QgsProcessingParameterEnum(self.ATLAS, tr("Atlas: one page per"),
                                                     options=[NO_ATLAS, *ATLAS_LEVELS], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, tr("Format"), options=list(FORMATS), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.PRESET, tr("Preset"), options=list(PRESETS),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.MEASURE, tr("Measure of the map"), options=list(MEASURE_IDS),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Output file"),
                                                                "PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))

    def work(self, parameters, context, feedback):
        from ..layouts.layout_request import ExportRequest
        from ..layouts.qgis_layouts import describe, export_layout

        atlas = [NO_ATLAS, *ATLAS_LEVELS][self.parameterAsEnum(parameters, self.ATLAS, context)]
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        request = ExportRequest(
            store=self.store(parameters, context),
            template=TEMPLATES[self.parameterAsEnum(parameters, self.TEMPLATE, context)],
            territory=self.parameterAsString(parameters, self.TERRITORY, context),
            fmt=FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)],
            out=out,
            atlas=None if atlas == NO_ATLAS else atlas,
            preset=list(PRESETS)[self.parameterAsEnum(parameters, self.PRESET, context)],
            measure=MEASURE_IDS[self.parameterAsEnum(parameters, self.MEASURE, context)],
            threshold=self.settings().obligated_threshold,
        )
        paths = export_layout(request, feedback)
        return {self.OUTPUT: paths[0] if paths else out}, describe(paths)


ALGORITHM = ExportLayoutAlgorithm
