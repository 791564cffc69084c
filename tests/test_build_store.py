"""build-store on the real shared data, and its refusals of bad input."""

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest
from data_paths import BOUNDARIES, REFERENCE, ROOT, SIRENS
from qgis.core import QgsVectorLayer

from odt_qgis_plugin.common.errors import Cancelled, StoreError
from odt_qgis_plugin.common.progress import Feedback
from odt_qgis_plugin.store.db import SCHEMA_VERSION, open_store
from odt_qgis_plugin.store.qgis_build import build_store
from odt_qgis_plugin.store.reference import load_reference


def rows(store, sql):
    connection = sqlite3.connect(str(store))
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_layer_counts(national_store):
    counts = {
        name: rows(national_store, f"SELECT COUNT(*) FROM {name}")[0][0]
        for name in ("communes", "epci", "departements", "regions")
    }
    assert counts == {"communes": 34868, "epci": 1255, "departements": 101, "regions": 18}


def test_every_current_commune_has_a_geometry_or_a_reconciliation_row(national_store):
    current = set(load_reference(str(REFERENCE)).communes)
    assert len(current) == 34875
    in_layer = {code for (code,) in rows(national_store, "SELECT code FROM communes")}
    missing = {
        code
        for (code,) in rows(
            national_store, "SELECT code FROM reconciliation WHERE status = 'no_boundary' AND level = 'commune'"
        )
    }
    assert in_layer | missing == current
    assert in_layer & missing == set()
    assert len(missing) == 7


def test_every_boundary_of_2018_is_used_or_listed(national_store):
    boundary_codes = set()
    for path in (BOUNDARIES / "communes").glob("*.geojson"):
        boundary_codes |= {f["properties"]["code"] for f in json.loads(path.read_text())["features"]}
    assert len(boundary_codes) == 35357
    in_layer = {code for (code,) in rows(national_store, "SELECT code FROM communes")}
    listed = {code for (code,) in rows(national_store, "SELECT code FROM reconciliation WHERE source = 'boundaries'")}
    assert boundary_codes <= in_layer | listed
    merged = rows(national_store, "SELECT COUNT(*) FROM reconciliation WHERE status = 'merged'")[0][0]
    assert merged == 493


def test_geometries_are_valid_multipolygons(qgis_app, national_store):
    for name in ("regions", "departements", "epci"):
        layer = QgsVectorLayer(f"{national_store}|layername={name}", name, "ogr")
        invalid = [f["code"] for f in layer.getFeatures() if f.geometry().isEmpty() or not f.geometry().isGeosValid()]
        assert invalid == [], name
    communes = QgsVectorLayer(f"{national_store}|layername=communes", "c", "ogr")
    assert communes.featureCount() == 34868
    # 14174 is the one commune of 2018 whose simplified geometry is invalid: it must come out repaired
    feature = next(communes.getFeatures("\"code\" = '14174'"))
    assert feature.geometry().isGeosValid()


def test_merged_commune_is_dissolved(qgis_app, national_store):
    # Valserhône (01033) absorbed 01091 and 01205 (Bellegarde-sur-Valserine, Châtillon-en-Michaille) in 2019
    layer = QgsVectorLayer(f"{national_store}|layername=communes", "c", "ogr")
    valserhone = next(layer.getFeatures("\"code\" = '01033'")).geometry()
    assert valserhone.area() > 0.005  # ~ 66 km², far more than the old 01033 alone
    assert valserhone.isGeosValid()


def test_attributes_and_metadata(national_store):
    paris = rows(national_store, "SELECT name, siren, epci, departement, region FROM communes WHERE code = '75056'")
    assert paris == [("Paris", "217500016", "200054781", "75", "11")]
    alsace = rows(national_store, "SELECT code, siren FROM departements WHERE code IN ('67', '68') ORDER BY code")
    assert alsace == [("67", "200094332"), ("68", "200094332")]
    corse = rows(national_store, "SELECT siren FROM regions WHERE code = '94'")
    assert corse == [("200076958",)]
    meta = open_store(national_store).metadata()
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["boundaries_vintage"] == "2018"
    assert meta["reference_version"] == "6.0.0"
    assert meta["count_communes"] == "34868"
    epci_dep = rows(national_store, "SELECT COUNT(*) FROM epci WHERE departements LIKE '% %'")[0][0]
    assert epci_dep == 89


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


class CancelAfter(Feedback):
    def __init__(self, checks):
        self.left = checks

    def is_canceled(self):
        self.left -= 1
        return self.left < 0


def test_cancelled_build_leaves_the_store_untouched(qgis_app, store_copy):
    before = digest(store_copy)
    with pytest.raises(Cancelled):
        build_store(str(REFERENCE), str(SIRENS), str(BOUNDARIES), str(store_copy), feedback=CancelAfter(40))
    assert digest(store_copy) == before
    assert [p.name for p in store_copy.parent.iterdir()] == [store_copy.name]


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "odt_qgis_plugin", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    broken_reference = folder / "reference"
    shutil.copytree(REFERENCE, broken_reference)
    (broken_reference / "regions.json").write_text('[{"code": "11", "nom": ', encoding="utf-8")
    broken_boundaries = folder / "boundaries"
    (broken_boundaries / "communes").mkdir(parents=True)
    (broken_boundaries / "communes" / "01.geojson").write_text(
        '{"type": "FeatureCollection", "features": [', encoding="utf-8"
    )
    no_code = folder / "no_code.geojson"
    no_code.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"insee": "01001", "nom": "A"},
                        "geometry": {"type": "Polygon", "coordinates": [[[5, 46], [5.1, 46], [5.1, 46.1], [5, 46]]]},
                    }
                ],
            }
        )
    )
    return {"reference": broken_reference, "boundaries": broken_boundaries, "no_code": no_code, "folder": folder}


@pytest.mark.slow
@pytest.mark.parametrize(
    "case, extra, expected",
    [
        ("missing file", ["--sirens", "/nowhere/sirens.csv"], "File not found"),
        ("reference JSON does not parse", ["--reference", "{reference}"], "not valid JSON"),
        ("GeoJSON does not parse", ["--boundaries", "{boundaries}"], "Cannot read"),
        ("code field absent", ["--boundaries", "{no_code}"], "no field 'code'"),
        ("wrong mapping", ["--field-map", "code"], "Wrong field mapping"),
        (
            "mapping to an absent field",
            ["--boundaries", "{no_code}", "--field-map", "code=INSEE_COM,name=nom"],
            "no field 'INSEE_COM'",
        ),
        ("not a URL we accept", ["--reference", "ftp://example.org/ref"], "Only http and https"),
    ],
)
def test_bad_input_exits_non_zero_with_one_line_and_keeps_the_store(
    national_store, bad_inputs, tmp_path, case, extra, expected
):
    store = tmp_path / "store.gpkg"
    shutil.copyfile(national_store, store)
    before = digest(store)
    extra = [item.format(**bad_inputs) for item in extra]
    result = run_cli("build-store", "--out", str(store), *extra)
    assert result.returncode != 0, case
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and expected in errors[0], result.stderr
    assert digest(store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.gpkg"]


@pytest.mark.slow
def test_output_folder_must_exist(tmp_path):
    result = run_cli("build-store", "--out", str(tmp_path / "nowhere" / "store.gpkg"))
    assert result.returncode == 1
    assert "Output folder does not exist" in result.stderr


def test_store_check_refuses_foreign_and_newer_files(tmp_path, national_store):
    foreign = tmp_path / "foreign.gpkg"
    foreign.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not an observatory store"):
        open_store(foreign)
    newer = tmp_path / "newer.gpkg"
    shutil.copyfile(national_store, newer)
    connection = sqlite3.connect(str(newer))
    connection.execute("UPDATE odt_metadata SET value = '999' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(newer)


def test_rebuild_keeps_the_registry_and_re_resolves_it(qgis_app, store_copy):
    from data_paths import ACTORS_2022

    from odt_qgis_plugin.registry.actors import import_registry

    import_registry(store_copy, ACTORS_2022)
    before = rows(store_copy, "SELECT COUNT(*), SUM(category = 'commune') FROM actors")[0]
    identified = "SELECT siren, resolution, territory_level, territory_code FROM actors ORDER BY siren"
    resolved = rows(store_copy, identified)
    summary = build_store(str(REFERENCE), str(SIRENS), str(BOUNDARIES), str(store_copy))
    assert "actors" in summary.carried
    assert rows(store_copy, "SELECT COUNT(*), SUM(category = 'commune') FROM actors")[0] == before
    # successors of old SIRENs, located partners and overseas actors survive the rebuild
    assert rows(store_copy, identified) == resolved
    assert rows(store_copy, "SELECT territory_code FROM actors WHERE siren = '214400400'") == [("44005",)]
    engaged = rows(store_copy, "SELECT COUNT(*) FROM communes WHERE engaged = 1")[0][0]
    assert engaged > 500  # the engagement fields were written again on the new layers
