"""The store's layers in a QGIS project, and the quick PNG render."""
import subprocess
import sys

import pytest
from data_paths import ROOT
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QImage

from odt_qgis_plugin.maps.qgis_layers import TERRITORY_LAYERS, group_name, load_store_layers


def test_layers_load_into_one_group_from_the_store(qgis_app, qgis_new_project, national_store):
    project = QgsProject.instance()
    load_store_layers(str(national_store), project)
    load_store_layers(str(national_store), project)  # loading twice replaces, never duplicates
    groups = [g for g in project.layerTreeRoot().children() if g.name() == group_name()]
    assert len(groups) == 1
    layers = [node.layer() for node in groups[0].findLayers()]
    assert [layer.source().split("|")[1] for layer in layers] == [f"layername={n}" for n in TERRITORY_LAYERS]
    assert all(layer.providerType() == "ogr" and str(national_store) in layer.source() for layer in layers)
    assert len(project.mapLayers()) == 4
    assert layers[-1].featureCount() == 34868


def non_white_share(path):
    image = QImage(str(path))
    assert not image.isNull()
    step = 8
    total = drawn = 0
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            total += 1
            drawn += image.pixelColor(x, y).name() != "#ffffff"
    return drawn / total


@pytest.mark.slow
def test_render_command_draws_france_and_a_region(national_store, tmp_path):
    for extra, name in (([], "france.png"), (["--region", "52"], "r52.png"), (["--departement", "974"], "d974.png")):
        out = tmp_path / name
        result = subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "render", "--store", str(national_store),
                                 "--out", str(out), "--width", "400", "--height", "300", *extra],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        share = non_white_share(out)
        assert 0.2 < share < 0.95, (name, share)


@pytest.mark.slow
def test_render_refuses_an_unknown_region(national_store, tmp_path):
    result = subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "render", "--store", str(national_store),
                             "--out", str(tmp_path / "x.png"), "--region", "99"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == "Error: No territory with code 99"
    assert not (tmp_path / "x.png").exists()
