"""The desktop's store actions: a rewrite runs as a task while the layers stay on screen, then the group is
refreshed; building into another file asks first; a PostgreSQL store is chosen by its QGIS connection."""
import shutil
import time

import pytest
from qgis.core import QgsApplication, QgsProject, QgsProviderRegistry
from qgis.PyQt.QtWidgets import QMessageBox

from odt_qgis_plugin.common.qgis_preferences import last_store, postgres_choice
from odt_qgis_plugin.common.qgis_tasks import running
from odt_qgis_plugin.maps.qgis_layers import group_name, store_layer_name
from odt_qgis_plugin.plugin.store_actions import StoreActions


def wait_for_tasks(qgis_app, limit=120):
    start = time.monotonic()
    while running() and time.monotonic() - start < limit:
        qgis_app.processEvents()
        time.sleep(0.02)
    assert not running()


def group_layers():
    group = QgsProject.instance().layerTreeRoot().findGroup(group_name())
    return [node.layer() for node in group.findLayers()] if group else []


def source_path(layer):
    return QgsProviderRegistry.instance().decodeUri("ogr", layer.source())["path"]


def test_layers_stay_on_screen_while_the_maps_are_refreshed(qgis_app, qgis_iface, qgis_new_project, actors_store,
                                                            tmp_path):
    store = tmp_path / "store.gpkg"
    shutil.copyfile(actors_store, store)
    loaded = []
    actions = StoreActions(qgis_iface, loaded.append, lambda: loaded[-1] if loaded else None)
    assert actions.load(str(store), zoom=True)
    assert loaded == [str(store)] and last_store() == str(store)
    before = group_layers()
    assert [store_layer_name(layer) for layer in before] == ["regions", "departements", "epci", "communes"]
    regions = before[0]
    regions.setSubsetString("\"code\" = '52'")  # what the panel does for a région: kept through the task
    QgsProject.instance().layerTreeRoot().findLayer(before[3].id()).setItemVisibilityChecked(False)

    task = actions.refresh_maps()
    # the task has started and the layers are all still there, readable, drawing a copy of the store
    assert task in running()
    during = group_layers()
    assert [layer.id() for layer in during] == [layer.id() for layer in before]
    assert all(layer.isValid() for layer in during)
    assert source_path(regions) != str(store) and regions.featureCount() == 1
    assert during[2].featureCount() == 1255  # EPCI, read from the copy while the store is rewritten

    wait_for_tasks(qgis_app)
    after = group_layers()
    names = [store_layer_name(layer) for layer in after]
    assert names == ["actor_points", "footprints", "regions", "departements", "epci", "communes_small", "communes"]
    assert all(source_path(layer) == str(store) for layer in after)
    by_name = dict(zip(names, after))
    assert by_name["regions"].subsetString() == "\"code\" = '52'"
    root = QgsProject.instance().layerTreeRoot()
    assert not root.findLayer(by_name["communes"].id()).itemVisibilityChecked()  # the user's choice kept
    assert root.findLayer(by_name["epci"].id()).itemVisibilityChecked()
    assert not root.findLayer(by_name["footprints"].id()).itemVisibilityChecked()  # a map of its own
    assert loaded[-1] == str(store)
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_layers_show_each_at_its_scales(qgis_app, qgis_iface, qgis_new_project, maps_store):
    """One fill at a time: régions for France, départements for a région, EPCI for a département, communes
    closer in; actor points once past the national view."""
    StoreActions(qgis_iface, lambda location: None).load(str(maps_store), zoom=True)
    layers = {store_layer_name(layer): layer for layer in group_layers()}
    fills = ("regions", "departements", "epci", "communes")
    shown = {scale: [name for name in fills if layers[name].isInScaleRange(scale)]
             for scale in (5_000_000, 1_500_000, 700_000, 150_000)}
    assert shown == {5_000_000: ["regions"], 1_500_000: ["departements"], 700_000: ["epci"],
                     150_000: ["communes"]}
    assert not layers["actor_points"].isInScaleRange(5_000_000) and layers["actor_points"].isInScaleRange(1_500_000)
    # the first view: Lambert-93, on metropolitan France, at a scale where the régions show
    canvas = qgis_iface.mapCanvas()
    assert QgsProject.instance().crs().authid() == "EPSG:2154"
    assert canvas.mapSettings().destinationCrs().authid() == "EPSG:2154"
    extent = canvas.extent()
    assert extent.xMinimum() < 150_000 and extent.xMaximum() > 1_200_000  # Brittany to Alsace, in metres
    assert extent.yMinimum() < 6_100_000 and extent.yMaximum() > 7_080_000  # Corsica to Dunkirk


@pytest.mark.parametrize("answer, shown", [(QMessageBox.StandardButton.No, "old"),
                                           (QMessageBox.StandardButton.Yes, "new")])
def test_building_into_another_file_asks_first(qgis_app, qgis_iface, qgis_new_project, national_store, tmp_path,
                                               monkeypatch, answer, shown):
    from odt_qgis_plugin.store import qgis_build

    old = tmp_path / "old.gpkg"
    shutil.copyfile(national_store, old)
    new = tmp_path / "new.gpkg"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or answer)

    class Built:
        path = str(new)

        def lines(self):
            return ["built"]

    def fake_build(out, feedback=None, **_kwargs):  # the real build is test_build_store's; here, its outcome
        shutil.copyfile(national_store, out)
        return Built()

    monkeypatch.setattr(qgis_build, "build_store", fake_build)
    loaded = []
    actions = StoreActions(qgis_iface, loaded.append, lambda: loaded[-1] if loaded else None)
    assert actions.load(str(old))
    actions.build_with({"reference": "", "sirens": "", "boundaries": "", "field_map": None, "out": str(new)})
    assert len(asked) == 1 and "old.gpkg" in asked[0] and "new.gpkg" in asked[0]
    assert group_layers() and all(source_path(layer) == str(old) for layer in group_layers())  # meanwhile
    wait_for_tasks(qgis_app)
    assert new.is_file()
    expected = str(old) if shown == "old" else str(new)
    assert all(source_path(layer) == expected for layer in group_layers())
    assert loaded[-1] == expected


def test_rebuilding_the_open_store_does_not_ask(qgis_app, qgis_iface, qgis_new_project, national_store, tmp_path,
                                                monkeypatch):
    from odt_qgis_plugin.store import qgis_build

    store = tmp_path / "store.gpkg"
    shutil.copyfile(national_store, store)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: pytest.fail("asked"))

    class Built:
        def lines(self):
            return ["built"]

    monkeypatch.setattr(qgis_build, "build_store", lambda out, **_kwargs: Built())
    loaded = []
    actions = StoreActions(qgis_iface, loaded.append, lambda: loaded[-1] if loaded else None)
    assert actions.load(str(store))
    actions.build_with({"reference": "", "sirens": "", "boundaries": "", "field_map": None, "out": str(store)})
    wait_for_tasks(qgis_app)
    assert loaded == [str(store), str(store)]


@pytest.fixture
def saved_connection(pg_server, qgis_app):
    """A PostgreSQL connection saved in QGIS's settings, as a user makes it in the Browser, to the tests' cluster."""
    from qgis.core import QgsDataSourceUri

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(pg_server.port), "odt_tests", pg_server.user, "")
    name = "Observatoire (tests)"
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True}), name)
    yield name
    metadata.deleteConnection(name)


def test_postgresql_store_chosen_by_its_qgis_connection(qgis_app, qgis_iface, qgis_new_project, pg_national,
                                                        saved_connection):
    from odt_qgis_plugin.plugin.panel import ObservatoryPanel
    from odt_qgis_plugin.plugin.pg_connections import PostgresStoreDialog

    dialog = PostgresStoreDialog()
    assert saved_connection in [dialog.connection.itemText(i) for i in range(dialog.connection.count())]
    dialog.choose(saved_connection, "national")
    assert "national" in [dialog.schema.itemText(i) for i in range(dialog.schema.count())]
    dialog.accept()
    assert dialog.result() == PostgresStoreDialog.DialogCode.Accepted
    location = dialog.location()
    assert "password" not in location and "schema=national" in location and "dbname=odt_tests" in location

    panel = ObservatoryPanel(qgis_iface)
    actions = StoreActions(qgis_iface, lambda found: panel.set_store(found, background=False), lambda: panel.store)
    try:
        assert actions.load(location, zoom=True, connection=dialog.choice())
        assert postgres_choice() == (saved_connection, "national")
        assert [layer.providerType() for layer in group_layers()] == ["postgres"] * 4
        assert panel.store == location and panel.observed is not None
        assert panel.figure_cards.texts()["engaged_collectivities"][0] != "–"
        panel.choose("region", "52")
        assert group_layers()[0].featureCount() == 1
        # a schema without a store is refused in the dialog, which stays open and says why
        dialog.choose(saved_connection, "public")
        dialog.accept()
        assert dialog.info.text()
    finally:
        panel.close_overlays()
        panel.deleteLater()
