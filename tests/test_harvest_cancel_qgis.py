"""A cancelled or failed harvest changes no map, panel figure, indicator or comparison (real store, QGIS)."""
import csv
import json
import shutil
import sqlite3

import pytest
from data_paths import ACTORS_2022
from fake_portals import FakeServer, endpoints_file, portal_routes
from qgis.core import QgsProject

from odt_qgis_plugin.common.errors import Cancelled
from odt_qgis_plugin.common.progress import Feedback
from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.engine import HarvestSettings
from odt_qgis_plugin.harvest.results import figures_run
from odt_qgis_plugin.indicators.comparison import REGISTRY, compare_runs, list_runs
from odt_qgis_plugin.indicators.indicator_tables import compute_indicators, load_snapshot
from odt_qgis_plugin.maps.qgis_layers import group_name, load_store_layers
from odt_qgis_plugin.maps.qgis_observations import harvest
from odt_qgis_plugin.plugin.panel import ObservatoryPanel


def _communes_on_datagouv(n=24):
    """Communes of the 2022 registry publishing on data.gouv.fr only: (siren, organisation id)."""
    with open(ACTORS_2022, encoding="utf-8") as stream:
        rows = [r for r in csv.DictReader(stream) if r["techno_platform"] == "DataGouv" and r["id_datagouv"]
                and not r["url_platform"] and r["siren"].startswith("21")]
    return [(r["siren"], r["id_datagouv"]) for r in rows[:n]]


class CancelAfter(Feedback):
    def __init__(self, n):
        self.n, self.seen = n, 0

    def set_text(self, text):
        self.seen += ":" in text

    def is_canceled(self):
        return self.seen >= self.n


def _state(store, panel):
    connection = sqlite3.connect(store)
    try:
        layers = {table: connection.execute(
            f"SELECT actor_siren, engaged, datasets FROM {table} WHERE actor_siren IS NOT NULL ORDER BY code"
        ).fetchall() for table in ("communes", "epci", "departements", "regions")}
        layers["regions_counts"] = connection.execute(
            "SELECT code, actors_engaged, actors_datasets, rate_collectivities FROM regions ORDER BY code").fetchall()
        layers["points"] = connection.execute("SELECT siren, engaged, datasets FROM actor_points ORDER BY siren"
                                              ).fetchall()
    finally:
        connection.close()
    panel.set_store(store, background=False)
    return {"layers": layers, "indicators": json.dumps(compute_indicators(load_snapshot(store)), sort_keys=True),
            "panel": panel.figure_cards.texts(), "run": panel.run_label.text(),
            "comparison": compare_runs(store, REGISTRY, list_runs(store)[-1]["run_id"])}


@pytest.fixture
def env(qgis_app, qgis_iface, maps_store, tmp_path):
    store = str(tmp_path / "store.gpkg")
    shutil.copyfile(maps_store, store)
    load_store_layers(store)
    panel = ObservatoryPanel(qgis_iface)
    yield store, panel
    panel.close_overlays()
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name())
    if group is not None:
        for layer_id in group.findLayerIds():
            project.removeMapLayer(layer_id)
        project.layerTreeRoot().removeChildNode(group)
    panel.deleteLater()


def test_cancelled_and_failed_runs_leave_every_figure_as_the_last_complete_run(env, tmp_path):
    store, panel = env
    actors = _communes_on_datagouv()
    datasets = {org: [{"id": f"{org}-{i}"} for i in range(3)] for _siren, org in actors}
    server = FakeServer(portal_routes(datagouv=datasets), delay=0.05).start()
    try:
        config = endpoints.load(endpoints_file(tmp_path / "e.json", server.url + "/api/1/"))
        settings = HarvestSettings(actors=[siren for siren, _ in actors], per_host=2)
        harvest(store, settings, config=config)
        before = _state(store, panel)
        assert before["run"].startswith("Datasets: harvest 1 of ")
        ours = {siren for siren, _ in actors}
        assert [row[1:] for row in before["layers"]["communes"] if row[0] in ours] == [(1, 3)] * len(actors)
        # The portal now answers nothing for anyone: a cancelled run must not show it.
        server.route = portal_routes(datagouv={org: [] for org in datasets})
        with pytest.raises(Cancelled):
            harvest(store, settings, config=config, feedback=CancelAfter(4))
        assert _state(store, panel) == before
    finally:
        server.stop()
    # No network at all: the run ends "failed" and nothing moves either.
    summary = harvest(store, HarvestSettings(actors=[siren for siren, _ in actors], retries=0,
                                             breaker_threshold=1000), config=config).report
    assert summary.harvested == 0 and sum(summary.failed.values()) == len(actors)
    assert _state(store, panel) == before
    assert figures_run(store)["run_id"] == 1 and [r["run_id"] for r in list_runs(store)] == [1]
