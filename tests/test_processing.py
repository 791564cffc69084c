"""The Processing algorithms call the same core functions as the command line."""
import json

import pytest
from data_paths import ACTORS_2022
from qgis.core import QgsApplication, QgsProcessingException

from odt_qgis_plugin.processing.provider import ALGORITHM_MODULES, OdtProvider


@pytest.fixture
def provider(qgis_processing):
    provider = OdtProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def test_every_module_gives_one_algorithm(provider):
    assert len(provider.algorithms()) == len(ALGORITHM_MODULES)
    assert all(algorithm.displayName() and algorithm.shortHelpString() for algorithm in provider.algorithms())


def test_import_then_indicators(provider, store_copy, tmp_path):
    import processing

    result = processing.run("odt:import_actors", {"STORE": str(store_copy), "REGISTRY": str(ACTORS_2022)})
    assert result["ACCEPTED"] + result["REJECTED"] == 1060
    out = tmp_path / "r52.json"
    processing.run("odt:indicators", {"STORE": str(store_copy), "REGION": "52", "FORMAT": 0, "OUTPUT": str(out)})
    tables = json.loads(out.read_text(encoding="utf-8"))
    assert set(tables) == {"by_category", "by_region", "by_collectivity_type", "by_commune_size", "obligated",
                           "datasets_volume", "platforms", "no_boundary", "population_coverage",
                           "publication_themes", "publication_openness", "publication_scdl", "publication_top"}


def test_bad_input_is_a_processing_error(provider, store_copy, tmp_path):
    import processing

    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(b"\x00\x01\x02 not a csv")
    with pytest.raises(QgsProcessingException):
        processing.run("odt:import_actors", {"STORE": str(store_copy), "REGISTRY": str(garbage)})


def test_outputs_land_in_the_project(provider, maps_store, tmp_path, qgis_new_project):
    """Indicator tables as tables and the footprints as a styled layer, not only files in a temp folder."""
    import shutil
    import sqlite3

    import processing
    from qgis.core import QgsProject

    store = tmp_path / "store.gpkg"
    shutil.copyfile(maps_store, store)
    project = QgsProject.instance()
    result = processing.runAndLoadResults("odt:indicators", {"STORE": str(store), "REGION": "52",
                                                             "OUTPUT": str(tmp_path / "r52.csv")})
    tables = [project.mapLayer(layer_id) for layer_id in result["TABLES"]]
    with open(tmp_path / "r52.csv", encoding="utf-8") as stream:
        written = {line.split(",", 1)[0] for line in stream} - {"table"}
    assert len(tables) == len(written) >= 7 and all(table is not None for table in tables)
    assert not any(table.isSpatial() for table in tables)
    by_name = {table.name(): table for table in tables}
    regions = by_name["Engaged actors by region (52)"]
    assert regions.featureCount() == len([row for row in open(tmp_path / "r52.csv", encoding="utf-8")
                                          if row.startswith("by_region,")])

    result = processing.runAndLoadResults("odt:footprints", {"STORE": str(store)})
    layer = project.mapLayer(result["FOOTPRINTS"])
    connection = sqlite3.connect(store)
    drawn = connection.execute("SELECT COUNT(*) FROM footprints").fetchone()[0]
    connection.close()
    assert result["PLATFORMS"] >= drawn > 10  # a platform without a collectivity member has no footprint
    assert layer is not None and layer.featureCount() == drawn
    assert layer.renderer().type() == "categorizedSymbol"  # the plugin's style, not QGIS's default
