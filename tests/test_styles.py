"""Map styles: classes and labels from maps/classes.py, the shipped QML, named styles, the styled group, renders."""
import shutil
import sqlite3
import subprocess
import sys

import pytest
from data_paths import ROOT

from odt_qgis_plugin.common.paths import resource
from odt_qgis_plugin.maps import classes
from odt_qgis_plugin.maps.classes import (
    DATASET_BUCKETS,
    NBSP,
    SHARE_BREAKS,
    find_range,
    fixed_label,
    format_number,
    format_percent,
    range_label,
)


# --- pure: classes and labels -----------------------------------------------------------------------
def test_french_and_english_number_formats():
    assert format_number(12345.5, "fr", 1) == f"12{NBSP}345,5"
    assert format_number(12345.5, "en", 1) == "12,345.5"
    assert format_number(10.0, "fr", 1) == "10"  # trailing zeros dropped
    assert format_percent(12.5, "fr") == f"12,5{NBSP}%"
    assert format_percent(12.5, "en") == "12.5%"


def test_fixed_share_labels_in_both_languages():
    assert [fixed_label(item, "fr") for item in SHARE_BREAKS] == [
        f"0{NBSP}%", f"jusqu'à 10{NBSP}%", f"10 à 25{NBSP}%", f"25 à 50{NBSP}%", f"plus de 50{NBSP}%"]
    assert [fixed_label(item, "en") for item in SHARE_BREAKS] == ["0%", "up to 10%", "10–25%", "25–50%", "over 50%"]


def test_computed_class_labels():
    assert range_label(0, 12.345, "fr", True, first=True) == f"0{NBSP}% à 12,3{NBSP}%"
    assert range_label(12.345, 40, "fr", True) == f"plus de 12,3{NBSP}% à 40{NBSP}%"
    assert range_label(1500, 2500.5, "en", False) == "over 1,500 to 2,500.5"


@pytest.mark.parametrize("value, expected", [
    (0, "none"), (0.01, "to10"), (10, "to10"), (10.01, "10_25"), (25, "10_25"), (50, "25_50"), (50.1, "over50"),
    (100, "over50"), (None, None),
])
def test_share_breaks_bounds(value, expected):
    found = find_range(SHARE_BREAKS, value)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize("value, expected", [
    (1, "1_3"), (3, "1_3"), (4, "4_10"), (10, "4_10"), (11, "11_30"), (30, "11_30"), (31, "31_50"), (50, "31_50"),
    (51, "51_100"), (100, "51_100"), (101, "101_more"), (25000, "101_more"), (0, None),
])
def test_dataset_buckets_bounds(value, expected):
    found = find_range(DATASET_BUCKETS, value)
    assert (found.id if found else None) == expected


def test_every_definition_has_both_labels_and_distinct_ids():
    for series in (SHARE_BREAKS, DATASET_BUCKETS, classes.ACTOR_COUNT_BREAKS, classes.ENGAGEMENT_CATEGORIES,
                   classes.FOOTPRINT_TYPES, classes.ACTOR_CATEGORIES, classes.STYLES, classes.POPULATION_BREAKS,
                   classes.ANY_LEVEL_BREAKS, classes.OBLIGATED_BREAKS, classes.COVER_CATEGORIES):
        assert all(item.fr and item.en for item in series)
    for series in (SHARE_BREAKS, DATASET_BUCKETS, classes.ENGAGEMENT_CATEGORIES, classes.FOOTPRINT_TYPES):
        assert len({item.id for item in series}) == len(series)
    assert len({(style.layer, style.id) for style in classes.STYLES}) == len(classes.STYLES)


# --- the QML files hold the definitions ------------------------------------------------------------
@pytest.mark.parametrize("style", classes.STYLES, ids=lambda s: s.qml)
def test_shipped_qml_matches_the_definitions(qgis_app, style):
    from qgis.core import QgsVectorLayer

    from odt_qgis_plugin.maps.qgis_styles import CATEGORIZED, GRADUATED

    geometry = "Point" if style.layer == "actor_points" else "MultiPolygon"
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", "probe", "memory")
    _message, ok = layer.loadNamedStyle(str(resource("styles", style.qml)))
    assert ok
    renderer = layer.renderer()
    if (style.layer, style.id) in GRADUATED:
        expression, ranges, _percent = GRADUATED[(style.layer, style.id)]
        assert renderer.classAttribute() == expression
        assert [(r.lowerValue(), r.upperValue(), r.symbol().color().name()) for r in renderer.ranges()] == [
            (item.lower, item.upper, item.color) for item in ranges]
    else:
        expression, categories = CATEGORIZED[style.id]
        assert renderer.classAttribute() == expression
        assert [c.value() for c in renderer.categories()] == [item.id for item in categories]


def test_engagement_expression_gives_the_categories(qgis_app):
    from qgis.core import (
        QgsExpression,
        QgsExpressionContext,
        QgsFeature,
        QgsField,
        QgsFields,
    )
    from qgis.PyQt.QtCore import QVariant

    fields = QgsFields()
    for name, kind in (("engaged", QVariant.Type.Int), ("obligated", QVariant.Type.Int),
                       ("actor_siren", QVariant.Type.String)):
        fields.append(QgsField(name, kind))
    expression = QgsExpression(classes.ENGAGEMENT_EXPRESSION)
    results = []
    for values in ((1, 1, "1"), (1, 0, "1"), (0, 1, None), (0, 0, None), (None, 1, "2"), (None, None, None)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(values))
        context = QgsExpressionContext()
        context.setFeature(feature)
        results.append(expression.evaluate(context))
    assert results == ["engaged", "engaged", "obligated", "not_obligated", "unknown", "not_obligated"]


# --- named styles on the store's layers --------------------------------------------------------------
def test_named_styles_and_french_legend(maps_store):
    from odt_qgis_plugin.maps.qgis_layers import open_layer
    from odt_qgis_plugin.maps.qgis_styles import switch_style

    layer = open_layer(str(maps_store), "regions", lang="fr")
    manager = layer.styleManager()
    assert sorted(manager.styles()) == sorted([
        "Population couverte par le bloc communal", "Population couverte par un portail local",
        "Population couverte à un niveau quelconque", "Part des collectivités engagées",
        "Part des collectivités soumises à l'obligation qui publient", "Acteurs engagés", "Jeux de données"])
    assert manager.currentStyle() == "Population couverte par le bloc communal"  # the default measure
    assert [r.label() for r in layer.renderer().ranges()] == [fixed_label(item, "fr")
                                                              for item in classes.POPULATION_BREAKS]
    switch_style(layer, "regions", "share", lang="fr")
    assert [r.label() for r in layer.renderer().ranges()] == [fixed_label(item, "fr") for item in SHARE_BREAKS]
    switch_style(layer, "regions", "actors", lang="fr")
    assert layer.renderer().classAttribute() == '"actors_engaged"'
    assert layer.renderer().ranges()[0].label() == "aucun"
    english = open_layer(str(maps_store), "communes", lang="en")
    assert english.styleManager().currentStyle() == "Population covered by the communes and EPCI"
    assert [c.label() for c in english.renderer().categories()] == [c.en for c in classes.COVER_CATEGORIES]
    switch_style(english, "communes", "engagement", lang="en")
    assert [c.label() for c in english.renderer().categories()] == [c.en for c in classes.ENGAGEMENT_CATEGORIES]


def test_a_store_without_actors_keeps_the_plain_styles(national_store):
    from odt_qgis_plugin.maps.qgis_layers import open_layer

    layer = open_layer(str(national_store), "regions")
    assert layer.renderer().type() == "singleSymbol"


def test_qgis_methods_relabel_in_percent(maps_store):
    from odt_qgis_plugin.maps.qgis_layers import open_layer
    from odt_qgis_plugin.maps.qgis_styles import classify, switch_style

    layer = open_layer(str(maps_store), "departements", lang="fr")
    switch_style(layer, "departements", "share", lang="fr")
    assert classify(layer, "departements", "share", "Jenks", 4, lang="fr") is False  # 101 values: no sample
    labels = [r.label() for r in layer.renderer().ranges()]
    assert len(labels) == 4 and all(label.endswith(f"{NBSP}%") for label in labels)
    assert labels[1].startswith("plus de ")
    classify(layer, "departements", "share", "fixed", lang="fr")
    assert [r.label() for r in layer.renderer().ranges()] == [fixed_label(item, "fr") for item in SHARE_BREAKS]


def test_jenks_on_many_values_says_it_used_a_sample(maps_store, tmp_path):
    from odt_qgis_plugin.maps.qgis_layers import open_layer
    from odt_qgis_plugin.maps.qgis_styles import classify, switch_style
    from odt_qgis_plugin.store.gpkg_sql import register

    store = tmp_path / "store.gpkg"
    shutil.copyfile(maps_store, store)
    connection = sqlite3.connect(str(store))
    register(connection)
    with connection:
        connection.execute("UPDATE communes SET datasets = population % 97")  # made-up counts, 35,000 values
    connection.close()
    layer = open_layer(str(store), "communes", lang="en")
    switch_style(layer, "communes", "datasets", lang="en")
    assert classify(layer, "communes", "datasets", "Jenks", 5, lang="en") is True
    assert layer.renderer().ranges()[0].label().endswith("(classes computed on a sample)")


# --- the group and the renders -------------------------------------------------------------------------
def test_styled_group_loads_every_map_layer_from_the_store(qgis_new_project, maps_store):
    from qgis.core import QgsProject

    from odt_qgis_plugin.maps.qgis_layers import MAP_LAYERS, group_name, load_store_layers

    project = QgsProject.instance()
    load_store_layers(str(maps_store), project)
    group = project.layerTreeRoot().findGroup(group_name())
    nodes = group.findLayers()
    assert [node.layer().source().split("|")[1] for node in nodes] == [f"layername={n}" for n in MAP_LAYERS]
    assert all(node.layer().providerType() == "ogr" for node in nodes)  # never memory copies
    visible = [node.layer().source().split("|")[1][10:] for node in nodes if node.isVisible()]
    # each layer shows at its own scales (maps/qgis_layers.py SCALE_BANDS), so all are checked but these two
    assert visible == [name for name in MAP_LAYERS if name not in ("footprints", "communes_small")]
    points = project.mapLayersByName("Open data actors")[0]
    assert points.featureCount() > 800 and "[% \"name\" %]" in points.mapTipTemplate()
    small, full = nodes[-2].layer(), nodes[-1].layer()
    assert small.featureCount() == full.featureCount() == 34868
    assert small.hasScaleBasedVisibility() and full.hasScaleBasedVisibility()


def non_white_share(path):
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    samples = [image.pixelColor(x, y).name() != "#ffffff"
               for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)]
    return sum(samples) / len(samples)


@pytest.mark.slow
def test_render_styled_layers(maps_store, tmp_path):
    for args, name in ((["--layer", "regions"], "regions.png"), (["--layer", "footprints"], "footprints.png"),
                       (["--layer", "communes", "--region", "52"], "c52.png")):
        out = tmp_path / name
        result = subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "render", "--store", str(maps_store),
                                 "--out", str(out), "--width", "400", "--height", "300", *args],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert 0.2 < non_white_share(out) < 0.95, name


@pytest.mark.slow
def test_render_refuses_a_layer_the_store_lacks(national_store, tmp_path):
    result = subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "render", "--store", str(national_store),
                             "--out", str(tmp_path / "x.png"), "--layer", "footprints"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "refresh the maps first" in result.stderr
