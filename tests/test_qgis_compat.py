"""The moved QGIS enums resolve in this QGIS to the values its own API uses."""
import pytest
from qgis.core import Qgis, QgsGeometry, QgsVectorLayer

from odt_qgis_plugin.common import qgis_compat as compat


def test_values_work_where_qgis_uses_them(qgis_app):
    points = QgsVectorLayer("Point?crs=EPSG:4326", "p", "memory")
    assert points.wkbType() == compat.WKB_POINT
    polygons = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "p", "memory")
    assert polygons.wkbType() == compat.WKB_MULTIPOLYGON
    assert QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 0))").type() == compat.POLYGON_GEOMETRY
    from odt_qgis_plugin.processing.export_layout import ExportLayoutAlgorithm

    # layouts draw HTML labels on the main thread only: Processing must not run the export in a thread
    assert ExportLayoutAlgorithm().flags() & compat.NO_THREADING


def test_the_new_name_wins_when_this_qgis_has_it():
    assert compat.resolve("Qgis.MessageLevel.Critical", "Nothing.Here") == Qgis.MessageLevel.Critical
    assert compat.resolve("Qgis.NotYetThere.Value", "Qgis.MessageLevel.Info") == Qgis.MessageLevel.Info
    with pytest.raises(AttributeError):
        compat.resolve("Qgis.NotThere.A", "Qgis.NotThere.B")
