"""The harvest algorithm of Processing: catalogue exports for data.gouv.fr and the report, as on the command line."""
import csv

import pytest
from catalog_exports import DATASET_HEADER, ORGANISATION_HEADER, dataset, organisation, write_rows
from fake_portals import FakeServer, catalogue_routes, make_store, portal_routes
from qgis.core import QgsApplication

from odt_qgis_plugin.processing.provider import OdtProvider

ORG = "a" * 24


@pytest.fixture
def provider(qgis_processing):
    provider = OdtProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def test_harvest_with_the_catalogue_and_a_report(provider, tmp_path):
    import processing

    portal = FakeServer(portal_routes(ods={"Ville de A": 4, "B": 2})).start()
    try:
        store = make_store(tmp_path / "store.gpkg", [
            {"siren": "213500135", "name": "A", "id_datagouv": ORG, "techno_platform": "OpenDataSoft, DataGouv",
             "url_platform": portal.url + "/explore/?refine.publisher=Ville+de+A"}])
        folder = tmp_path / "catalogue"
        folder.mkdir()
        write_rows(folder / "export-organization-1.csv", ORGANISATION_HEADER, [organisation(ORG, "Ville de A")])
        write_rows(folder / "export-dataset-1.csv", DATASET_HEADER,
                   [dataset("d0", ORG), dataset("d1", ORG, domain="127.0.0.1")])
        report = tmp_path / "report.csv"
        result = processing.run("odt:harvest", {"STORE": store, "DATAGOUV_CATALOG": str(folder),
                                                "REPORT": str(report)})
    finally:
        portal.stop()
    assert result["HARVESTED"] == 2 and result["DATASETS"] == 6
    with report.open(encoding="utf-8") as stream:
        rows = {row["platform"]: row for row in csv.DictReader(stream)}
    assert (rows["opendatasoft"]["filter"], rows["opendatasoft"]["datasets"]) == ("refine.publisher=Ville de A", "4")
    assert (rows["datagouv"]["status"], rows["datagouv"]["datasets"]) == ("ok", "2")


def test_harvest_lists_datasets_when_asked(provider, tmp_path):
    import sqlite3

    import processing

    records = [{"dataset_id": f"j{i}", "metas": {"default": {"publisher": "Ville de A", "title": f"Jeu {i}"}}}
               for i in range(3)]
    portal = FakeServer(catalogue_routes(ods=records)).start()
    try:
        store = make_store(tmp_path / "store.gpkg", [
            {"siren": "213500135", "name": "A", "techno_platform": "OpenDataSoft",
             "url_platform": portal.url + "/explore/?refine.publisher=Ville+de+A"}])
        result = processing.run("odt:harvest", {"STORE": store, "DATASETS_LIST": True})
    finally:
        portal.stop()
    assert result["DATASETS"] == 3
    connection = sqlite3.connect(store)
    try:
        listed = connection.execute("SELECT dataset_id FROM datasets ORDER BY 1").fetchall()
        assert listed == [("j0",), ("j1",), ("j2",)]
    finally:
        connection.close()
