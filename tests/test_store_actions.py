"""The desktop's store actions: a rewrite runs as a task, then the styled group comes back."""
import time

from qgis.core import QgsApplication, QgsProject

from odt_qgis_plugin.common.qgis_preferences import last_store
from odt_qgis_plugin.common.qgis_tasks import running
from odt_qgis_plugin.maps.qgis_layers import group_name
from odt_qgis_plugin.plugin.store_actions import StoreActions


def wait_for_tasks(qgis_app, limit=120):
    start = time.monotonic()
    while running() and time.monotonic() - start < limit:
        qgis_app.processEvents()
        time.sleep(0.02)
    assert not running()


def group_layers():
    group = QgsProject.instance().layerTreeRoot().findGroup(group_name())
    return [node.layer().name() for node in group.findLayers()] if group else []


def test_load_then_refresh_maps_in_the_background(qgis_app, qgis_iface, qgis_new_project, actors_store, tmp_path):
    import shutil

    store = tmp_path / "store.gpkg"
    shutil.copyfile(actors_store, store)
    loaded = []
    actions = StoreActions(qgis_iface, loaded.append)
    assert actions.load(str(store), zoom=True)
    assert loaded == [str(store)] and last_store() == str(store)
    before = group_layers()
    assert len(before) >= 4

    actions.refresh_maps()
    assert group_layers() == []  # out of the project while the task rewrites them
    wait_for_tasks(qgis_app)
    after = group_layers()
    assert len(after) > len(before)  # actor points and footprints now exist
    assert loaded[-1] == str(store)
    assert QgsApplication.taskManager().countActiveTasks() == 0
