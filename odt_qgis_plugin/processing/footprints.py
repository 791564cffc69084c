"""Processing algorithm: classify the mutualised platforms and write their footprints layer."""
from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFile

from ..common.i18n import tr
from .base import OdtAlgorithm


class FootprintsAlgorithm(OdtAlgorithm):
    GROUPS = "PLATFORM_GROUPS"

    def name(self) -> str:
        return "footprints"

    def displayName(self) -> str:  # noqa: N802
        return tr("Mutualisation footprints")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Finds the platforms several actors publish on, types them (metropolitan, departmental, "
                  "regional, cross-level) and writes the union of their members' territories as the layer "
                  "footprints of the store.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterFile(self.GROUPS, tr("Platform groups (JSON)"), extension="json",
                                                     optional=True))
        self.addOutput(QgsProcessingOutputNumber("PLATFORMS", tr("Mutualised platforms")))

    def work(self, parameters, context, feedback):
        from ..common.qgis_translation import wanted_language
        from ..footprints.qgis_footprints import write_footprints
        from ..maps.classes import FOOTPRINT_TYPES, label

        groups = self.parameterAsFile(parameters, self.GROUPS, context) or None
        footprints = write_footprints(self.store(parameters, context), groups)
        language = wanted_language()
        types = {item.id: label(item, language) for item in FOOTPRINT_TYPES}
        lines = [f"{', '.join(f.hosts)}: {types[f.type]}, {f.carrier.name if f.carrier else '-'}, {len(f.members)}"
                 for f in footprints]
        return {"PLATFORMS": len(footprints)}, lines


ALGORITHM = FootprintsAlgorithm
