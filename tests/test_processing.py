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
                           "datasets_volume", "platforms", "no_boundary", "population_coverage"}


def test_bad_input_is_a_processing_error(provider, store_copy, tmp_path):
    import processing

    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(b"\x00\x01\x02 not a csv")
    with pytest.raises(QgsProcessingException):
        processing.run("odt:import_actors", {"STORE": str(store_copy), "REGISTRY": str(garbage)})
