"""A harvest on the real store rewrites engagement: one dataset or more is engaged, none is not."""
import sqlite3

from data_paths import ACTORS_2022
from fake_portals import FakeServer, endpoints_file, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
from odt_qgis_plugin.indicators.indicator_tables import compute_indicators, load_snapshot
from odt_qgis_plugin.registry.actors import import_registry

BAINS, AHAXE = "213500135", "216400085"  # two communes publishing on data.gouv.fr only in 2022


def test_harvest_updates_layers_and_indicators(store_copy, tmp_path):
    import_registry(store_copy, ACTORS_2022)
    datasets = [{"id": f"d{i}", "harvest": None} for i in range(3)]
    server = FakeServer(portal_routes(datagouv={"5a1d64a3c751df51a9440eae": datasets,
                                                "5f55fc85c2d347d5abab8c57": []})).start()
    try:
        config = endpoints.load(endpoints_file(tmp_path / "endpoints.json", server.url + "/api/1/"))
        summary = run_harvest(store_copy, HarvestSettings(actors=[BAINS, AHAXE]), config=config)
    finally:
        server.stop()
    assert summary.harvested == 2 and summary.datasets == 3
    connection = sqlite3.connect(str(store_copy))
    try:
        rows = dict((siren, (engaged, count)) for siren, engaged, count in connection.execute(
            "SELECT actor_siren, engaged, datasets FROM communes WHERE actor_siren IN (?, ?)", (BAINS, AHAXE)))
    finally:
        connection.close()
    assert rows == {BAINS: (1, 3), AHAXE: (0, 0)}
    tables = compute_indicators(load_snapshot(store_copy))
    volume = {(row["category"], row["bucket"]): row["actors"] for row in tables["datasets_volume"]}
    assert volume[("commune", "1-3")] == 1
    assert sum(volume.values()) == 1
