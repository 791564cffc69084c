"""Boundary sources other than the shared folder: a user's OGR file with a field map, and online URLs."""
import json
import subprocess

import pytest
from data_paths import BOUNDARIES, REFERENCE

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.network.gateway import RequestsTransport, fetcher
from odt_qgis_plugin.store.qgis_boundaries import parse_field_map, read_boundaries
from odt_qgis_plugin.store.reference import load_reference


@pytest.fixture(scope="module")
def admin_express_like(tmp_path_factory):
    """Corse's communes as IGN ships them: a Lambert-93 GeoPackage with INSEE_COM / NOM fields."""
    target = tmp_path_factory.mktemp("ign") / "COMMUNE.gpkg"
    for dep in ("2A", "2B"):
        subprocess.run(["ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:2154", "-nln", "COMMUNE",
                        *(["-append"] if dep == "2B" else []),
                        "-sql", "SELECT code AS INSEE_COM, nom AS NOM FROM \"%s\"" % dep,
                        str(target), str(BOUNDARIES / "communes" / f"{dep}.geojson")], check=True)
    return target


def test_ogr_file_with_field_map(qgis_app, admin_express_like):
    result = read_boundaries(str(admin_express_like), parse_field_map("code=INSEE_COM,name=NOM"))
    assert len(result.communes) == 360
    name, geometry = result.communes["2A004"]
    assert name == "Ajaccio"
    centroid = geometry.centroid().asPoint()
    assert 8.5 < centroid.x() < 8.9 and 41.8 < centroid.y() < 42.1  # back in WGS84
    assert result.departements is None  # the build dissolves them from communes


def test_ogr_file_without_the_mapped_field(qgis_app, admin_express_like):
    with pytest.raises(InputError, match="no field 'code'.*INSEE_COM"):
        read_boundaries(str(admin_express_like))


@pytest.mark.parametrize("text", ["code", "code=", "id=INSEE_COM", "code=A,,name=B"])
def test_malformed_field_maps(text):
    with pytest.raises(InputError, match="Wrong field mapping"):
        parse_field_map(text)


def serve_geo_api(httpserver, departements):
    for dep in departements:
        body = (BOUNDARIES / "communes" / f"{dep}.geojson").read_bytes()
        httpserver.expect_request(f"/departements/{dep}/communes",
                                  query_string={"format": "geojson", "geometry": "contour"}).respond_with_data(
            body, content_type="application/geo+json")


def test_geo_api_contours_per_departement(qgis_app, httpserver):
    serve_geo_api(httpserver, ["2A", "2B"])
    result = read_boundaries(httpserver.url_for("/"), departements=["2A", "2B"],
                             fetch=fetcher(RequestsTransport()))
    assert len(result.communes) == 360
    assert result.communes["2B033"][0] == "Bastia"


def test_geo_api_error_is_one_clear_line(qgis_app, httpserver):
    httpserver.expect_request("/departements/01/communes").respond_with_data("down", status=503)
    with pytest.raises(Exception, match="HTTP 503"):
        read_boundaries(httpserver.url_for("/"), departements=["01"], fetch=fetcher(RequestsTransport()))


def test_reference_from_a_url(httpserver):
    for name in ("communes", "epci", "departements", "regions"):
        httpserver.expect_request(f"/npm/data/{name}.json").respond_with_data(
            (REFERENCE / f"{name}.json").read_bytes(), content_type="application/json")
    reference = load_reference(httpserver.url_for("/npm/data"), fetcher(RequestsTransport()))
    assert len(reference.communes) == 34875 and len(reference.epci) == 1255


def test_geojson_bytes_that_are_not_a_collection(qgis_app, httpserver):
    httpserver.expect_request("/departements/01/communes").respond_with_data(json.dumps({"type": "Feature"}))
    with pytest.raises(InputError, match="not a GeoJSON feature collection"):
        read_boundaries(httpserver.url_for("/"), departements=["01"], fetch=fetcher(RequestsTransport()))
