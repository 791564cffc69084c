"""QGIS enums that moved into the `Qgis` namespace, looked up once: the new name where this QGIS has it.

QGIS 3.30-3.40 moved many enums (the WKB types into Qgis.WkbType, the algorithm flags into
Qgis.ProcessingAlgorithmFlag...) and deprecated the old names, which QGIS 4 (Qt6) drops; 3.22, our
minimum, has only the old ones. Every module takes such a value from here, so that the day the old
names go this file is the only one to change (tests/test_code_layout.py keeps them out of the others).
"""
from qgis import core


def resolve(new: str, old: str):
    """The value under its new dotted name in qgis.core when this QGIS has it, else under its old one."""
    for path in (new, old):
        value = core
        try:
            for part in path.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise AttributeError(f"neither {new} nor {old} in this QGIS")


WKB_POINT = resolve("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
WKB_MULTIPOLYGON = resolve("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")
POLYGON_GEOMETRY = resolve("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
NO_THREADING = resolve("Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading")
NUMBER_DOUBLE = resolve("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")
NO_GEOMETRY = resolve("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")
PICTURE_SVG = resolve("Qgis.PictureFormat.SVG", "QgsLayoutItemPicture.Format.FormatSVG")
LEGEND_HIDDEN = resolve("Qgis.LegendComponent.Hidden", "QgsLegendStyle.Style.Hidden")
LEGEND_TITLE = resolve("Qgis.LegendComponent.Title", "QgsLegendStyle.Style.Title")
LEGEND_GROUP = resolve("Qgis.LegendComponent.Group", "QgsLegendStyle.Style.Group")
LEGEND_SUBGROUP = resolve("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Style.Subgroup")
LEGEND_SYMBOL = resolve("Qgis.LegendComponent.Symbol", "QgsLegendStyle.Style.Symbol")
LEGEND_SYMBOL_LABEL = resolve("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.Style.SymbolLabel")
