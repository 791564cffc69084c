"""The publication fields of the territory layers and the SCDL coverage style, on the hand-made store."""
import sqlite3

import pytest
from publication_store import E1, E2, make_publication_store

from odt_qgis_plugin.common.paths import resource
from odt_qgis_plugin.maps import classes
from odt_qgis_plugin.maps.publication_fields import write_publication_fields
from odt_qgis_plugin.registry.engagement import load

FIELDS = ("pub_datasets", "pub_open_licence", "pub_open_format", "pub_fresh", "scdl_share_bloc",
          "scdl_bloc_publishing", "scdl_bloc_known", "scdl_bloc_unknown")


def fields_of(connection, layer, code):
    return tuple(connection.execute(f"SELECT {', '.join(FIELDS)} FROM {layer} WHERE code = ?", (code,)).fetchone())


def test_fields_written_on_regions_departements_and_epci(tmp_path):
    connection = sqlite3.connect(make_publication_store(tmp_path / "p.gpkg"), isolation_level=None)
    connection.row_factory = sqlite3.Row
    try:
        assert write_publication_fields(connection, load(connection))
        # région 52: N1, N2, N3, NG2, E1A, P1. Licence 3 of 4 known; format N1, E1A, P1 of 5 known (N3 none);
        # fresh N1, E1A, P1 of 4 dated. Bloc: Nantes publishes, Nantes Métropole not, Angers unknown, its EPCI not.
        assert fields_of(connection, "regions", "52") == (6, 0.75, 0.6, 0.75, pytest.approx(1 / 3), 1, 3, 1)
        assert fields_of(connection, "regions", "53") == (1, 1.0, 1.0, 1.0, 0.5, 1, 2, 0)  # Rennes (detected)
        # nothing listed in Maine-et-Loire: no dataset share; its bloc: Angers unknown, its EPCI (no actor) not
        assert fields_of(connection, "departements", "49") == (None, None, None, None, 0.0, 0, 1, 1)
        assert fields_of(connection, "epci", E1) == (5, 0.75, 0.5, pytest.approx(2 / 3), 0.5, 1, 2, 0)
        assert fields_of(connection, "epci", E2)[4:] == (0.0, 0, 1, 1)
    finally:
        connection.close()


def test_no_field_is_written_before_any_listing(tmp_path):
    path = make_publication_store(tmp_path / "p.gpkg")
    connection = sqlite3.connect(path, isolation_level=None)
    connection.row_factory = sqlite3.Row
    try:
        connection.execute("DELETE FROM datasets")
        assert not write_publication_fields(connection, load(connection))
        assert "scdl_share_bloc" not in [row[1] for row in connection.execute("PRAGMA table_info(regions)")]
    finally:
        connection.close()


def test_the_scdl_style_draws_unknown_grey_and_labels_it_inconnu(qgis_app):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    from odt_qgis_plugin.maps.qgis_styles import relabel

    fields = QgsFields()
    fields.append(QgsField("scdl_share_bloc", QVariant.Type.Double))
    expression = QgsExpression(classes.SCDL_EXPRESSION)
    found = []
    for value in (None, 0.0, 0.05, 0.1, 0.2, 0.5, 0.51, 1.0):
        feature = QgsFeature(fields)
        feature.setAttributes([value])
        context = QgsExpressionContext()
        context.setFeature(feature)
        found.append(expression.evaluate(context))
    assert found == ["unknown", "none", "to10", "to10", "10_25", "25_50", "over50", "over50"]
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=scdl_share_bloc:double", "epci", "memory")
    _message, ok = layer.loadNamedStyle(str(resource("styles", "epci_scdl_bloc.qml")))
    assert ok
    relabel(layer.renderer(), "epci", "scdl_bloc", "fr")
    categories = {category.value(): category for category in layer.renderer().categories()}
    assert categories["unknown"].label() == "inconnu"
    assert categories["unknown"].symbol().color().name() == "#bdbdbd"
    assert categories["to10"].label() == "jusqu'à 10\u202f%"
