"""The observatory panel driven offscreen on the real store with the 2022 registry (pytest-qgis)."""
import contextlib
import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsExpressionContextUtils, QgsFeedback, QgsLocatorContext, QgsProject, QgsRenderContext

from odt_qgis_plugin.cli import main as cli_main
from odt_qgis_plugin.indicators.key_figures import Scope, card_text, key_figures
from odt_qgis_plugin.maps.qgis_filters import equals, observatory_layers
from odt_qgis_plugin.maps.qgis_layers import group_name, load_store_layers
from odt_qgis_plugin.plugin.panel import ObservatoryPanel
from odt_qgis_plugin.registry.qgis_locator import TerritoryLocatorFilter
from odt_qgis_plugin.registry.territory_search import load_index, search
from odt_qgis_plugin.scenarios.evaluation import load_observed


def rows(store, sql, params=()):
    connection = sqlite3.connect(store)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def fingerprint(store):
    result = {}
    for table in ("actors", "communes", "epci", "departements", "regions"):
        found = rows(store, f"SELECT * FROM {table} ORDER BY 1")
        result[table] = (len(found), hashlib.sha256(repr(found).encode()).hexdigest())
    return result


@pytest.fixture(scope="module")
def env(qgis_app, qgis_iface, actors_store, tmp_path_factory):
    store = str(tmp_path_factory.mktemp("panel") / "store.gpkg")
    shutil.copyfile(actors_store, store)
    load_store_layers(store)
    panel = ObservatoryPanel(qgis_iface)
    panel.set_store(store, background=False)
    yield panel, store, fingerprint(store)
    panel.close_overlays()
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name())
    for layer_id in group.findLayerIds():
        project.removeMapLayer(layer_id)
    project.layerTreeRoot().removeChildNode(group)
    panel.deleteLater()


def test_region_filters_every_layer_and_shows_its_figures(env):
    panel, store, _ = env
    panel.choose("region", "52")
    layers = observatory_layers()
    assert layers["regions"].subsetString() == equals("code", "52")
    assert layers["communes"].subsetString() == equals("region", "52")
    assert layers["regions"].featureCount() == 1
    assert layers["departements"].featureCount() == 5
    assert layers["communes"].featureCount() == rows(store, "SELECT COUNT(*) FROM communes WHERE region = '52'")[0][0]
    assert layers["epci"].featureCount() == rows(store, "SELECT COUNT(*) FROM epci WHERE region = '52'")[0][0]
    observed = load_observed(store)
    expected = key_figures(observed.snapshot, Scope(region="52"), observed.members)
    shown = panel.figure_cards.texts()
    for card in ("engaged_actors", "engaged_collectivities", "obligated", "rank"):
        assert shown[card][:2] == card_text(card, expected[card])
    assert expected["engaged_collectivities"]["total"] > 1000
    # the actors table keeps the région's actors only
    assert panel.actors.proxy.rowCount() == expected["engaged_actors"]["total"]
    # the map shows the région: its extent lies inside Pays de la Loire's box (Lambert-93 or degrees)
    assert panel.iface.mapCanvas().extent().width() > 0

    panel.clear_territory()
    assert all(layer.subsetString() == "" for layer in layers.values())
    assert panel.actors.proxy.rowCount() == len(observed.snapshot.actors)


def test_datasets_tab_follows_the_actor_and_the_territory(env):
    panel, _store, _ = env
    panel.choose("region", "52")
    actors, box = panel.actors, panel.datasets
    actors.view.setCurrentIndex(actors.proxy.index(0, 0))
    chosen = actors.row_at(0)
    assert box.siren == chosen["siren"]
    assert box.actor_label.text() == f"Datasets: {chosen['name']}"
    # the registry store holds no dataset listing: both parts say how to get one
    assert "harvest --datasets" in box.note.text() and box.view.isHidden()
    assert box.checklist_title.text() == "Common local-data schemas (SCDL): Pays de la Loire"
    assert box.checklist_box.isHidden()
    panel.clear_territory()
    assert box.checklist_title.text() == "Common local-data schemas (SCDL): France"


def test_names_with_quotes_and_percent_signs(env):
    panel, store, _ = env
    communes = observatory_layers()["communes"]
    try:
        for name, code in (("L'Haÿ-les-Roses", "94038"), ("Saint-Ouen-l'Aumône", "95572")):
            communes.setSubsetString(equals("name", name))
            assert communes.featureCount() == 1
            assert next(communes.getFeatures())["code"] == code
        communes.setSubsetString(equals("name", "Saint-Ouen%"))  # no LIKE: a percent sign is a character
        assert communes.featureCount() == 0
    finally:
        communes.setSubsetString("")
    index = load_index(store)
    assert search(index, "l’haÿ les roses")[0].code == "94038"
    assert search(index, "saint-ouen-l'aum")[0].code == "95572"
    # the search bar: from a département view, picking a commune elsewhere shows France and selects it
    panel.choose("departement", "44")
    panel.zoom_to("communes", "95572")
    assert panel.scope == Scope()
    assert [f["code"] for f in communes.selectedFeatures()] == ["95572"]
    panel.actors.search.setText("l'aum")
    assert panel.actors.proxy.rowCount() == len([a for a in load_observed(store).snapshot.actors
                                                 if "l'aum" in a.name.lower()])
    panel.actors.search.setText("")


def test_locator_filter_finds_and_zooms(env):
    _, store, _ = env
    picked = []
    locator = TerritoryLocatorFilter(load_index(store), lambda layer, code: picked.append((layer, code)))
    found = []
    locator.resultFetched.connect(found.append)
    locator.fetchResults("Nantes Métropole", QgsLocatorContext(), QgsFeedback())
    assert found and found[0].displayString == "Nantes Métropole"
    locator.triggerResult(found[0])
    assert picked == [("epci", "244400404")]


def test_scenario_in_the_panel_matches_the_command_and_leaves_observed_data(env):
    panel, store, before = env
    panel.choose("region", "52")
    panel.scenario_name.setText("Grandes communes 52")
    panel.apply_rule("communes-above:5000")
    result = panel.result
    assert result["rules"] == ["communes-above:5000:region=52"]
    changed = result["changes"]["engaged_collectivities"]
    assert changed["delta"] > 0 and "→" in panel.figure_cards.texts()["engaged_collectivities"][2]
    assert panel.overlay.layers["communes"].featureCount() == changed["delta"]
    assert panel.chart.rows[0][2] > panel.chart.rows[0][1]  # communes: the what-if bar is longer

    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        assert cli_main(["whatif", "--store", store, "--scenario", "x", "--rule", "communes-above:5000",
                         "--region", "52", "--format", "json"]) == 0
    printed = json.loads(output.getvalue())
    assert printed["what_if"] == json.loads(json.dumps(result["what_if"]))
    assert printed["observed"] == json.loads(json.dumps(result["observed"]))

    panel.save_scenario()
    panel.reset_scenario()
    assert panel.result is None and panel.overlay is None or not panel.overlay.layers
    panel.load_scenario("Grandes communes 52")
    assert panel.result["what_if"] == result["what_if"]
    panel.reset_scenario()
    assert fingerprint(store) == before


def test_change_between_two_states_is_drawn_with_a_diverging_style(env):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    panel, _, _ = env
    panel.clear_territory()
    rows = panel.show_change(-1, -1)  # the registry against itself: no change anywhere
    assert len(rows) == 18 and {row["change"] for row in rows} == {0.0}
    layer = panel.change_overlay.layer
    assert layer.featureCount() == 18
    expression = QgsExpression(layer.renderer().classAttribute())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(next(layer.getFeatures()))
    assert expression.evaluate(context) == 0.0
    panel.hide_change()
    assert panel.change_overlay.layer is None


@pytest.mark.slow
def test_screenshot_of_the_panel_on_a_region(actors_store, tmp_path):
    """The demo's picture: a real window with a map canvas filtered to région 52 and the panel."""
    import subprocess
    import sys

    from data_paths import ROOT

    out = tmp_path / "panel-region.png"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "panel_screenshot.py"), "--store", str(actors_store),
                           "--region", "52", "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Pays de la Loire" in done.stdout
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(out))
    assert image.width() == 1700 and image.height() == 1000


def test_scenario_layout_export(env, tmp_path):
    from odt_qgis_plugin.maps.qgis_refresh import refresh_maps

    panel, store, _ = env
    refresh_maps(store)  # council pages draw the maps' fields and points, as an import through a shell leaves them
    panel.choose("departement", "44")
    panel.scenario_name.setText("Plateforme 44")
    panel.apply_rule("departement-platform:44:data.loire-atlantique.fr:epci")
    paths = panel.export_layout(str(tmp_path / "scenario.png"))
    assert paths and all(Path(path).stat().st_size > 10000 for path in paths)
    panel.reset_scenario()


def test_scenario_redraws_the_region_choropleth(env):
    panel, _, _ = env
    panel.choose("region", "52")
    panel.apply_rule("communes-above:5000")
    regions = panel.overlay.layers["regions"]
    assert regions.featureCount() == 1  # région 52 only, drawn with its scenario share
    renderer = regions.renderer()
    assert "CASE WHEN" in renderer.classAttribute() and "'52'" in renderer.classAttribute()
    share = panel.result["scenario_rates"]["regions"]["52"]
    assert share == pytest.approx(panel.result["what_if"]["engaged_collectivities"]["rate"])
    feature = next(regions.getFeatures())
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(regions))
    context.expressionContext().setFeature(feature)
    renderer.startRender(context, regions.fields())
    try:
        symbol = renderer.symbolForFeature(feature, context)
    finally:
        renderer.stopRender(context)
    wanted = next(r for r in renderer.ranges() if r.lowerValue() < share * 100 <= r.upperValue())
    assert symbol.color().name() == wanted.symbol().color().name()
