"""Shared portals against fake servers: each actor credited with its own datasets, never the whole portal.

Every expected figure below is worked out by hand from the catalogues of the fixture.
"""
import csv
import sqlite3
from contextlib import ExitStack

import pytest
from fake_portals import XML, FakeServer, csw_hits, endpoints_file, make_store, portal_routes

from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
from odt_qgis_plugin.harvest.harvest_report import report_rows, write_report
from odt_qgis_plugin.harvest.results import latest_counts

pytestmark = pytest.mark.pure

ORG = "e" * 24
# data.haute-garonne.fr-like: the département publishes 10 datasets, 3 contributed by Castanet and 2 by
# Fonsorbes (facet contributeurs-territoriaux); the tourism board publishes 4. Portal total: 14.
HAUTE_GARONNE = ([{"publisher": "Conseil départemental", "contributeurs-territoriaux": "Commune de Castanet"}] * 3
                 + [{"publisher": "Conseil départemental", "contributeurs-territoriaux": "Commune de Fonsorbes"}] * 2
                 + [{"publisher": "Conseil départemental"}] * 5 + [{"publisher": "CDT31"}] * 4)
# opendata.ha-py.fr-like: custom pages carry no filter. Total 13.
HAUTES_PYRENEES = {"Département des Hautes-Pyrénées": 6, "Mairie de Tarbes": 3, "Mairie de Bagnères-de-Bigorre": 2,
                   "Ville de Lourdes": 1, "Commune de Lourdes": 1}


def overlapping_csw(path, query, headers):
    """Records naming both organisations: each counts 8, the portal holds 10."""
    constraint = query.get("constraint", [""])[0]
    return 200, XML, csw_hits(8 if "OrganisationName" in constraint else 10)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("attribution")
    with ExitStack() as stack:
        def start(route):
            server = FakeServer(route).start()
            stack.callback(server.stop)
            return server

        hg = start(portal_routes(ods=HAUTE_GARONNE))
        hp = start(portal_routes(ods=HAUTES_PYRENEES))
        ck = start(portal_routes(ckan={"ville-de-x": 7, "autre": 5}))
        gn = start(overlapping_csw)
        mtp = start(portal_routes(dcat=["Ville de Baillargues"] * 3 + ["Montpellier Méditerranée Métropole"] * 5))
        corsica = start(portal_routes(ods={"GIP Corse Compétences": 4, "Collectivité de Corse": 9}))
        datagouv = start(portal_routes(datagouv={ORG: [{"id": "a"}, {"id": "b", "harvest": {"domain": "127.0.0.1"}}]}))
        pages = "/pages/{}/"
        actors = [
            {"siren": "223100017", "name": "HAUTE GARONNE",
             "url_platform": hg.url + "/explore/?refine.publisher=Conseil+d%C3%A9partemental", "techno_platform":
                 "OpenDataSoft"},
            {"siren": "213101132", "name": "CASTANET TOLOSAN", "techno_platform": "OpenDataSoft",
             "url_platform": hg.url + "/pages/catalogue/?disjunctive.contributeurs-territoriaux"
                                      "&refine.contributeurs-territoriaux=Commune%20de%20Castanet"},
            {"siren": "213101876", "name": "FONSORBES", "techno_platform": "OpenDataSoft",
             "url_platform": hg.url + "/pages/catalogue/?refine.contributeurs-territoriaux=Commune%20de%20Fonsorbes"},
            {"siren": "327216875", "name": "HAUTE GARONNE TOURISME", "techno_platform": "",
             "url_platform": hg.url + "/explore/?refine.publisher=CDT31"},
            {"siren": "213100332", "name": "AUTERIVE", "techno_platform": "OpenDataSoft",
             "url_platform": hg.url + "/explore/?refine.publisher=Commune%20d%27Auterive"},
            {"siren": "226500015", "name": "HAUTES PYRENEES", "techno_platform": "OpenDataSoft",
             "url_platform": hp.url + "/explore/?refine.publisher=D%C3%A9partement+des+Hautes-Pyr%C3%A9n%C3%A9es"},
            {"siren": "216504407", "name": "TARBES", "techno_platform": "OpenDataSoft",
             "url_platform": hp.url + pages.format("mairie-de-tarbes")},
            {"siren": "216500595", "name": "BAGNERES DE BIGORRE", "techno_platform": "OpenDataSoft",
             "url_platform": hp.url + pages.format("bagneres-de-bigorre")},
            {"siren": "216502864", "name": "LOURDES", "techno_platform": "OpenDataSoft",
             "url_platform": hp.url + pages.format("lourdes")},
            {"siren": "246500482", "name": "CC HAUTE-BIGORRE", "techno_platform": "OpenDataSoft",
             "url_platform": hp.url + pages.format("haute-bigorre")},
            {"siren": "100000001", "name": "X", "techno_platform": "CKAN", "url_platform": ck.url
             + "/organization/ville-de-x"},
            {"siren": "100000002", "name": "SYNDICAT Y", "techno_platform": "CKAN",
             "url_platform": ck.url + "/organization/ville-de-x"},
            {"siren": "216900290", "name": "BRON", "techno_platform": "GeoNetwork",
             "url_platform": gn.url + "/geonetwork/srv/fre/catalog.search#/search?"
                                      "responsibleParty.organisationName=Ville%20de%20Bron"},
            {"siren": "200046977", "name": "METROPOLE DE LYON", "techno_platform": "GeoNetwork",
             "url_platform": gn.url + "/geonetwork/srv/fre/catalog.search?responsibleParty.organisationName="
                                      "M%C3%A9tropole%20de%20Lyon"},
            {"siren": "213400229", "name": "BAILLARGUES", "techno_platform": "DKAN",
             "url_platform": mtp.url + "/datasets/commune/baillargues"},
            {"siren": "213401201", "name": "JACOU", "techno_platform": "DKAN",
             "url_platform": mtp.url + "/datasets/commune/jacou"},
            # "DataGouv" as the technology word, an Opendatasoft portal as the URL: asked on both
            {"siren": "182019208", "name": "CORSE COMPETENCES", "techno_platform": "DataGouv", "id_datagouv": ORG,
             "url_platform": corsica.url + "/explore/?refine.publisher=GIP+Corse+Comp%C3%A9tences"},
            # "ArcGIS" as the word, an Opendatasoft URL: the URL decides
            {"siren": "232000018", "name": "CORSE", "techno_platform": "ArcGIS",
             "url_platform": corsica.url + "/explore/?refine.publisher=Collectivit%C3%A9+de+Corse"},
        ]
        store = make_store(folder / "store.gpkg", actors)
        categories = {"223100017": "departement", "226500015": "departement", "246500482": "epci",
                      "200046977": "epci", "100000001": "commune", "232000018": "region"}
        for actor in actors:  # categories, as the registry import would resolve them
            category = categories.get(actor["siren"], "commune" if actor["siren"].startswith("21") else "other")
            sqlite3.connect(store, isolation_level=None).execute(
                "UPDATE actors SET category = ? WHERE siren = ?", (category, actor["siren"]))
        settings = HarvestSettings(endpoints=endpoints_file(folder / "e.json", datagouv.url + "/api/1/"), retries=0)
        summary = run_harvest(store, settings)
        connection = sqlite3.connect(store)
        connection.row_factory = sqlite3.Row
        rows = {(r["siren"], r["platform"]): dict(r) for r in connection.execute("SELECT * FROM harvests")}
        hosts = {r["host"]: dict(r) for r in connection.execute("SELECT * FROM harvest_hosts")}
        counts = latest_counts(connection)
        report = report_rows(connection)
        connection.close()
        yield {"store": store, "summary": summary, "rows": rows, "hosts": hosts, "counts": counts,
               "report": report, "servers": {"hg": hg, "hp": hp, "ck": ck, "gn": gn, "mtp": mtp}, "folder": folder}


def _row(run, siren, platform="opendatasoft"):
    row = run["rows"][(siren, platform)]
    return row["status"], row["datasets"]


def test_a_facet_other_than_publisher_and_the_publisher_minus_the_contributions(run):
    assert _row(run, "213101132") == ("ok", 3)  # Castanet: its contributions, not the 14 of the portal
    assert _row(run, "213101876") == ("ok", 2)
    assert _row(run, "223100017") == ("ok", 5)  # the département: 10 published, 5 credited to the communes
    assert _row(run, "327216875") == ("ok", 4)
    assert run["rows"][("223100017", "opendatasoft")]["filter"] == "refine.publisher=Conseil départemental"
    assert run["rows"][("213101132", "opendatasoft")]["filter"] == \
        "refine.contributeurs-territoriaux=Commune de Castanet"


def test_a_filter_matching_nothing_is_no_match_not_zero(run):
    assert _row(run, "213100332") == ("no_match", None)
    assert _row(run, "213401201", "dkan") == ("no_match", None)  # a commune that is not a DKAN group
    assert _row(run, "213400229", "dkan") == ("ok", 3)
    assert run["counts"]["213100332"] == (None, "no_match")


def test_unfiltered_actors_of_a_shared_portal_are_found_by_name_or_left_unattributed(run):
    assert _row(run, "226500015") == ("ok", 6)
    tarbes = run["rows"][("216504407", "opendatasoft")]
    assert (tarbes["status"], tarbes["datasets"], tarbes["filter"], tarbes["attribution"]) == (
        "ok", 3, "refine.publisher=Mairie de Tarbes", "name")
    assert _row(run, "216500595") == ("ok", 2)  # "BAGNERES DE BIGORRE" is "Mairie de Bagnères-de-Bigorre"
    lourdes = run["rows"][("216502864", "opendatasoft")]
    assert (lourdes["status"], lourdes["datasets"]) == ("shared_unattributed", None)  # two publishers match
    assert "2 of the portal's publishers" in lourdes["error"]
    assert _row(run, "246500482") == ("shared_unattributed", None)  # none matches
    assert run["counts"]["246500482"] == (None, "shared_unattributed")  # unknown, never the 13 of the portal


def test_one_filter_for_two_actors_goes_to_the_one_it_names(run):
    assert _row(run, "100000001", "ckan") == ("ok", 7)
    assert _row(run, "100000002", "ckan") == ("shared_unattributed", None)


def test_credits_above_the_portal_total_are_overlap(run):
    assert _row(run, "216900290", "geonetwork")[0] == "overlap"  # filter read after `#`
    assert _row(run, "200046977", "geonetwork")[0] == "overlap"
    assert run["hosts"][run["servers"]["gn"].url.split("//")[1]]["datasets"] == 10
    assert "more than the portal's 10" in run["rows"][("216900290", "geonetwork")]["error"]


def test_the_technology_word_does_not_hide_a_platform(run):
    assert _row(run, "182019208") == ("ok", 4)
    assert _row(run, "182019208", "datagouv") == ("ok", 2)
    assert run["counts"]["182019208"] == (4 + 2 - 1, "ok")  # the copy harvested from its portal counted once
    assert _row(run, "232000018") == ("ok", 9)


def test_invariant_credited_never_above_the_portal_total(run):
    credited = {}
    for row in run["rows"].values():
        if row["status"] == "ok" and row["platform"] != "datagouv":
            credited[row["host"]] = credited.get(row["host"], 0) + row["datasets"]
    assert set(credited) <= set(run["hosts"])  # every shared or filtered host was surveyed
    for host, total in credited.items():
        assert total <= run["hosts"][host]["datasets"], host
    hg = run["servers"]["hg"].url.split("//")[1]
    assert (credited[hg], run["hosts"][hg]["datasets"]) == (14, 14)


def test_report_per_actor_and_per_host(run, tmp_path):
    report = {(row["siren"], row["platform"]): row for row in run["report"]}
    hp = run["servers"]["hp"].url.split("//")[1]
    tarbes = report[("216504407", "opendatasoft")]
    assert (tarbes["host"], tarbes["filter"], tarbes["shown_datasets"], tarbes["status"]) == (
        hp, "refine.publisher=Mairie de Tarbes", 3, "ok")
    assert (tarbes["portal_total"], tarbes["host_credited"], tarbes["host_actors"]) == (13, 11, 5)
    path = tmp_path / "report.csv"
    assert write_report(run["store"], path) == len(run["report"]) == len(run["rows"])
    with path.open(encoding="utf-8") as stream:
        lines = list(csv.DictReader(stream))
    lourdes = next(line for line in lines if line["siren"] == "216502864")
    assert (lourdes["status"], lourdes["datasets"], lourdes["portal_total"]) == ("shared_unattributed", "", "13")


def test_summary_counts_each_status(run):
    failed = run["summary"].failed
    assert failed["shared_unattributed"] == 3 and failed["no_match"] == 2 and failed["overlap"] == 2


def test_sharing_is_read_from_the_whole_registry_whatever_the_actors_asked(tmp_path):
    server = FakeServer(portal_routes(ods={"Ville de A": 3, "Autre": 5})).start()
    try:
        store = make_store(tmp_path / "store.gpkg", [
            {"siren": "100000011", "name": "A", "url_platform": server.url + "/explore/?refine.publisher=Ville+de+A",
             "techno_platform": "OpenDataSoft"},
            {"siren": "100000012", "name": "B", "url_platform": server.url + "/explore/",
             "techno_platform": "OpenDataSoft"}])
        settings = HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", server.url + "/api/1/"),
                                   actors=["100000012"])
        run_harvest(store, settings)
        rows = sqlite3.connect(store).execute("SELECT siren, status, datasets FROM harvests").fetchall()
    finally:
        server.stop()
    assert rows == [("100000012", "shared_unattributed", None)]  # alone in this run, not alone on its portal
