"""Processing algorithm: classify the mutualised platforms, write their footprints, show them in the project."""
from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputVectorLayer, QgsProcessingParameterFile

from ..common.i18n import tr
from .base import OdtAlgorithm


class FootprintsAlgorithm(OdtAlgorithm):
    GROUPS, LAYER = "PLATFORM_GROUPS", "FOOTPRINTS"

    def name(self) -> str:
        return "footprints"

    def displayName(self) -> str:  # noqa: N802
        return tr("Mutualisation footprints")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Finds the platforms several actors publish on, types them (metropolitan, departmental, "
                  "regional, cross-level) and writes the union of their members' territories as the layer "
                  "footprints of the store, which is added to the project with its style.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterFile(self.GROUPS, tr("Platform groups (JSON)"), extension="json",
                                                     optional=True))
        self.addOutput(QgsProcessingOutputNumber("PLATFORMS", tr("Mutualised platforms")))
        self.addOutput(QgsProcessingOutputVectorLayer(self.LAYER, tr("Mutualised platforms")))

    def work(self, parameters, context, feedback):
        from ..common.qgis_translation import wanted_language
        from ..footprints.qgis_footprints import write_footprints
        from ..maps.classes import FOOTPRINT_TYPES, label
        from ..maps.qgis_layers import open_layer

        groups = self.parameterAsFile(parameters, self.GROUPS, context) or None
        store = self.store(parameters, context)
        footprints = write_footprints(store, groups)
        language = wanted_language()
        types = {item.id: label(item, language) for item in FOOTPRINT_TYPES}
        lines = [f"{', '.join(f.hosts)}: {types[f.type]}, {f.carrier.name if f.carrier else '-'}, {len(f.members)}"
                 for f in footprints]
        layer = open_layer(store, "footprints")  # the store's own layer, with the plugin's styles
        self.load_on_completion(layer, context, self.LAYER)
        return {"PLATFORMS": len(footprints), self.LAYER: layer.id()}, lines


ALGORITHM = FootprintsAlgorithm
