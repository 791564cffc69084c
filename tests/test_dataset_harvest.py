"""The dataset-level harvest: each portal kind's records, their lenient reading, paging, filters, and the engine.

Every expected value below is read by hand off the fake records of this file.
"""
import json
import sqlite3

import pytest
from fake_portals import FakeServer, always, catalogue_routes, endpoints_file, make_store, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
from odt_qgis_plugin.harvest.portals import arcgis_hub, ckan, datagouv, dcat, dkan, geonetwork, opendatasoft
from odt_qgis_plugin.harvest.portals.portal_base import Target
from odt_qgis_plugin.network.gateway import RequestsTransport

pytestmark = pytest.mark.pure

ORG = "a" * 24
DELIB_CSV = "https://static.data.gouv.fr/resources/delib-2024.csv"
DELIBERATION_FIELDS = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                       "DELIB_MATIERE_NOM", "DELIB_OBJET"]


def ods_records(site):
    return [
        {"dataset_id": "deliberations-2024", "has_records": True, "features": ["analyze"],
         "fields": [{"name": name, "type": "text"} for name in DELIBERATION_FIELDS],
         "metas": {"default": {"title": "Délibérations du conseil", "publisher": "Ville de Vannes",
                               "theme": ["Administration"], "keyword": ["conseil", "délibérations"],
                               "license": "Licence Ouverte v2.0", "modified": "2024-05-02T08:12:44+00:00"},
                   "explore": {"download_count": 30, "api_call_count": 400}}},
        {"dataset_id": "pistes", "has_records": False, "features": [],
         "metas": {"default": {"title": "Pistes", "publisher": "Ville de Vannes", "theme": None, "license": None,
                               "modified": "pas une date", "explore.download_count": 5}}},
        {"dataset_id": "autre-1", "has_records": True, "features": ["geo"],
         "metas": {"default": {"title": "Autre", "publisher": "Autre"}}},
        {"metas": {"default": {"title": "Sans identifiant", "publisher": "Ville de Vannes"}}},
    ]


def datagouv_records(own_site):
    return {ORG: [
        {"id": "d1", "title": "Délibérations 2024", "page": "https://www.data.gouv.fr/datasets/delib-2024/",
         "tags": ["conseil"], "license": "lov2", "created_at": "2023-01-15T10:00:00+00:00",
         "last_update": "2024-03-12T09:41:22+00:00",
         "resources": [{"format": "pdf", "schema": {}, "url": "https://static.data.gouv.fr/delib.pdf"},
                       {"format": "CSV", "schema": {"name": "scdl/deliberations", "version": "2.1.3"},
                        "url": DELIB_CSV}],
         "metrics": {"views": 120, "resources_downloads": 45, "reuses": 2}, "quality": {"score": 0.78},
         "harvest": {"remote_url": own_site + "/explore/dataset/deliberations-2024/"},
         "organization": {"name": "Ville de Vannes"}},
        {"id": "d2", "title": "Sans date", "created_at": "hier", "last_update": "2024-13-45", "license": None,
         "resources": [{"format": None, "url": "https://static.data.gouv.fr/d2.csv"}],
         "metrics": {"views": "beaucoup"}},
        {"title": "Sans identifiant"},
    ]}


CKAN_ROWS = [
    {"id": "uuid-1", "name": "budget-2024", "title": "Budget 2024", "license_id": "fr-lo",
     "license_title": "Licence Ouverte", "metadata_created": "2023-02-01T08:00:00.000000",
     "metadata_modified": "2024-03-12T09:41:22.512345", "tags": [{"name": "finances", "display_name": "finances"}],
     "groups": [{"name": "economie", "title": "Économie", "display_name": "Économie"}],
     # an FTP file is no download for the validation service; the first CSV over http(s) is
     "resources": [{"format": "CSV", "url": "ftp://files.rennes.fr/budget.csv"},
                   {"format": "XLSX", "url": "https://files.rennes.fr/budget.xlsx"},
                   {"format": "csv", "url": "https://files.rennes.fr/budget-2024.csv"}],
     "organization": {"name": "rennes-metropole", "title": "Rennes Métropole"}},
    {"id": "uuid-2", "name": "vide", "license_id": "", "license_title": None, "metadata_created": None,
     "metadata_modified": "2024-02-30T00:00:00", "tags": None, "resources": [{"format": ""}],
     "organization": {"name": "rennes-metropole"}},
    {"id": "uuid-3", "name": "autre", "organization": {"name": "autre"}},
    {"title": "Sans identifiant", "organization": {"name": "rennes-metropole"}},
]

DCAT_FEED = {"@type": "dcat:Catalog", "dataset": [
    {"identifier": "https://geo.example.fr/datasets/ab12", "title": "Pistes cyclables",
     "publisher": {"name": "Ville de Lorient"}, "theme": ["Transport"], "keyword": ["vélo"],
     "license": "https://www.etalab.gouv.fr/licence-ouverte-open-licence", "issued": "2022-06-01T00:00:00.000Z",
     "modified": "2024-11-18T14:22:05.000Z", "landingPage": "https://geo.example.fr/datasets/ab12",
     "distribution": [{"format": "GeoJSON", "mediaType": "application/vnd.geo+json",
                       "downloadURL": "https://geo.example.fr/ab12.geojson"},
                      {"mediaType": "text/csv", "accessURL": "https://geo.example.fr/ab12.csv"}]},
    {"@id": "urn:x:2", "dct:title": {"@value": "Arbres"}, "dct:publisher": "Ville de Lorient",
     "dct:modified": "n/a",
     "dcat:distribution": [{"dct:format": {"@id": "http://publications.europa.eu/resource/authority/file-type/CSV"},
                            "dcat:downloadURL": {"@id": "https://geo.example.fr/arbres.csv"}}]},
    {"identifier": "x-3", "title": "Autre", "publisher": {"name": "Autre"}},
    {"title": "Sans identifiant", "publisher": {"name": "Ville de Lorient"}},
]}

CSW = {"Ville de Lorient": [
    {"identifier": "gn-1", "title": "PLU", "subject": ["urbanisme", "PLU"], "format": ["SHP"],
     "modified": "2024-01-10", "rights": "Licence Ouverte"},
    {"identifier": "gn-2", "title": "Sans date", "modified": "jamais"},
    {"title": "Sans identifiant"},
], "Autre": [{"identifier": "gn-9", "title": "Autre"}]}


@pytest.fixture
def portal():
    """One fake host serving every kind (the ODS records name their own site in their harvest origin)."""
    routes = {}
    server = FakeServer(lambda path, query, headers: routes["now"](path, query, headers)).start()
    routes["now"] = catalogue_routes(ods=ods_records(server.url), ckan=CKAN_ROWS, dcat=DCAT_FEED, csw=CSW,
                                     datagouv=datagouv_records(server.url))
    server.routes = routes
    yield server
    server.stop()


def _target(kind, url, config=None, hosts=()):
    module = {"opendatasoft": opendatasoft, "ckan": ckan, "dcat": dcat, "arcgis_hub": arcgis_hub, "dkan": dkan,
              "geonetwork": geonetwork, "datagouv": datagouv}[kind]
    chosen = module.read_filter(url, {}) if kind != "datagouv" else None
    return Target(kind, url, chosen, hosts, config=config if config is not None else endpoints.load())


def _by_id(listing):
    return {record.dataset_id: record for record in listing.records}


def test_datagouv_records_schema_origin_usage_and_unknowns(portal):
    config = {"platforms": {"datagouv": {"api": portal.url + "/api/1/", "page_size": 2}}}
    listing = datagouv.datasets(RequestsTransport(timeout=5), _target("datagouv", ORG, config), 100)
    found = _by_id(listing)
    assert listing.complete is True and sorted(found) == ["d1", "d2"]  # the record without id is skipped
    d1, d2 = found["d1"], found["d2"]
    assert (d1.title, d1.url, d1.keywords, d1.formats, d1.licence, d1.created, d1.modified) == (
        "Délibérations 2024", "https://www.data.gouv.fr/datasets/delib-2024/", ("conseil",), ("pdf", "csv"), "lov2",
        "2023-01-15", "2024-03-12")
    assert (d1.schema_name, d1.schema_version, d1.downloads, d1.views, d1.quality) == (
        "scdl/deliberations", "2.1.3", 45, 120, 0.78)
    assert d1.origin == "127.0.0.1" and d1.publisher == "Ville de Vannes"
    # The resource declaring the schema, though the PDF comes first; d2's only file has no format: none.
    assert (d1.resource_url, d2.resource_url) == (DELIB_CSV, "")
    assert (d2.created, d2.modified, d2.licence, d2.formats, d2.views, d2.downloads, d2.quality, d2.origin) == (
        None, None, "", (), None, None, None, "")
    pages = [(path, headers) for path, headers in portal.requests if path.startswith("/api/1/datasets/")]
    assert len(pages) == 2 and "resources{format,schema,url}" in pages[0][1]["X-Fields"]


def test_datagouv_paging_stops_at_the_limit():
    # 5 datasets, 2 per page: a limit of 3 reads two pages and says the listing is partial.
    server = FakeServer(catalogue_routes(datagouv={ORG: [{"id": f"n{i}"} for i in range(5)]})).start()
    try:
        config = {"platforms": {"datagouv": {"api": server.url + "/api/1/", "page_size": 2}}}
        listing = datagouv.datasets(RequestsTransport(timeout=5), _target("datagouv", ORG, config), 3)
    finally:
        server.stop()
    assert [r.dataset_id for r in listing.records] == ["n0", "n1", "n2"] and listing.complete is False
    assert len(server.requests) == 2


def test_opendatasoft_records_of_one_publisher(portal):
    listing = opendatasoft.datasets(RequestsTransport(timeout=5), _target(
        "opendatasoft", portal.url + "/explore/?refine.publisher=Ville%20de%20Vannes"), 100)
    found = _by_id(listing)
    assert listing.complete is True and sorted(found) == ["deliberations-2024", "pistes"]  # not "autre-1"
    delib, pistes = found["deliberations-2024"], found["pistes"]
    assert (delib.title, delib.themes, delib.keywords, delib.licence, delib.modified, delib.publisher) == (
        "Délibérations du conseil", ("Administration",), ("conseil", "délibérations"), "Licence Ouverte v2.0",
        "2024-05-02", "Ville de Vannes")
    assert delib.url == portal.url + "/explore/dataset/deliberations-2024/"
    assert (delib.fields, delib.formats, delib.downloads, delib.api_calls, delib.schema_name) == (
        tuple(DELIBERATION_FIELDS), ("csv", "json"), 30, 400, "")
    assert (pistes.modified, pistes.licence, pistes.themes, pistes.formats, pistes.downloads, pistes.api_calls) == (
        None, "", (), (), 5, None)
    # The platform's CSV export of a dataset with records; attachments only: nothing to validate.
    assert delib.resource_url == portal.url + "/api/explore/v2.1/catalog/datasets/deliberations-2024/exports/csv"
    assert pistes.resource_url == ""


def test_opendatasoft_paging_limit_and_window(monkeypatch):
    records = [{"dataset_id": f"r{i}", "metas": {"default": {"publisher": "P"}}} for i in range(150)]
    server = FakeServer(catalogue_routes(ods=records)).start()
    # A portal whose offset+limit cap is 100 (10,000 on the real ones): asking past it is a 400.
    capping = FakeServer(catalogue_routes(ods=records, ods_window=100)).start()
    try:
        target = _target("opendatasoft", server.url + "/explore/?refine.publisher=P")
        limited = opendatasoft.datasets(RequestsTransport(timeout=5), target, 30)
        every = opendatasoft.datasets(RequestsTransport(timeout=5), target, 1000)
        monkeypatch.setattr(opendatasoft, "WINDOW", 100)
        capped = opendatasoft.datasets(RequestsTransport(timeout=5), _target(
            "opendatasoft", capping.url + "/explore/?refine.publisher=P"), 1000)
    finally:
        server.stop()
        capping.stop()
    assert (len(limited.records), limited.complete) == (30, False)
    assert "limit=30&offset=0" in server.requests[0][0]
    assert (len(every.records), every.complete) == (150, True)  # pages of 100 and 50
    assert len(server.requests) == 3
    assert (len(capped.records), capped.complete) == (100, False)
    assert len(capping.requests) == 1


def test_pages_short_of_the_total_make_a_partial_listing():
    # The count-level fake answers totals with empty result lists: nothing listed, and not "complete".
    server = FakeServer(portal_routes(ods={"P": 4}, ckan={"org": 3})).start()
    try:
        ods = opendatasoft.datasets(RequestsTransport(timeout=5), _target(
            "opendatasoft", server.url + "/explore/?refine.publisher=P"), 100)
        rows = ckan.datasets(RequestsTransport(timeout=5), _target("ckan", server.url + "/organization/org"), 100)
    finally:
        server.stop()
    assert (ods.records, ods.complete) == ([], False)
    assert (rows.records, rows.complete) == ([], False)


def test_ckan_rows_of_one_organisation_paged(portal, monkeypatch):
    monkeypatch.setattr(ckan, "PAGE", 1)
    listing = ckan.datasets(RequestsTransport(timeout=5), _target(
        "ckan", portal.url + "/dataset?organization=rennes-metropole"), 100)
    found = _by_id(listing)
    assert listing.complete is True and sorted(found) == ["uuid-1", "uuid-2"]
    budget, empty = found["uuid-1"], found["uuid-2"]
    assert (budget.title, budget.url, budget.themes, budget.keywords, budget.formats, budget.licence) == (
        "Budget 2024", portal.url + "/dataset/budget-2024", ("Économie",), ("finances",), ("csv", "xlsx"), "fr-lo")
    assert (budget.created, budget.modified, budget.publisher) == ("2023-02-01", "2024-03-12", "Rennes Métropole")
    assert (empty.licence, empty.created, empty.modified, empty.formats, empty.keywords) == ("", None, None, (), ())
    assert (budget.resource_url, empty.resource_url) == ("https://files.rennes.fr/budget-2024.csv", "")
    searches = [path for path, _headers in portal.requests if "package_search" in path]
    assert len(searches) == 3 and all("rows=1" in path for path in searches)  # three rows of rennes-metropole


@pytest.mark.parametrize("kind, path", [("dcat", "/data.json?publisher=Ville%20de%20Lorient"),
                                        ("arcgis_hub", "/?source=Ville%20de%20Lorient"),
                                        ("dkan", "/datasets/commune/lorient")])
def test_dcat_feeds_of_one_publisher(portal, kind, path):
    module = {"dcat": dcat, "arcgis_hub": arcgis_hub, "dkan": dkan}[kind]
    listing = module.datasets(RequestsTransport(timeout=5), _target(kind, portal.url + path), 100)
    found = _by_id(listing)
    assert listing.complete is True and sorted(found) == ["https://geo.example.fr/datasets/ab12", "urn:x:2"]
    pistes, arbres = found["https://geo.example.fr/datasets/ab12"], found["urn:x:2"]
    assert (pistes.title, pistes.themes, pistes.keywords, pistes.formats, pistes.created, pistes.modified) == (
        "Pistes cyclables", ("Transport",), ("vélo",), ("geojson", "csv"), "2022-06-01", "2024-11-18")
    assert (pistes.licence, pistes.url) == ("https://www.etalab.gouv.fr/licence-ouverte-open-licence",
                                            "https://geo.example.fr/datasets/ab12")
    assert (arbres.title, arbres.formats, arbres.modified, arbres.licence, arbres.url) == ("Arbres", ("csv",), None,
                                                                                           "", "")
    # downloadURL, else accessURL, of the first CSV distribution
    assert (pistes.resource_url, arbres.resource_url) == ("https://geo.example.fr/ab12.csv",
                                                          "https://geo.example.fr/arbres.csv")


def test_geonetwork_records_of_one_organisation_paged(portal):
    config = endpoints.load()
    config = {**config, "platforms": {**config.get("platforms", {}), "geonetwork": {"page_size": 1}}}
    url = portal.url + "/geonetwork/srv/fre/catalog.search#/search?responsibleParty.organisationName=Ville de Lorient"
    listing = geonetwork.datasets(RequestsTransport(timeout=5), _target("geonetwork", url, config), 100)
    found = _by_id(listing)
    assert listing.complete is True and sorted(found) == ["gn-1", "gn-2"]
    plu = found["gn-1"]
    assert (plu.title, plu.keywords, plu.formats, plu.licence, plu.modified) == (
        "PLU", ("urbanisme", "PLU"), ("shp",), "Licence Ouverte", "2024-01-10")
    assert plu.url == portal.url + "/geonetwork/srv/fre/catalog.search#/metadata/gn-1"
    assert found["gn-2"].modified is None
    assert sum("GetRecords" in path for path, _h in portal.requests) == 3  # one record per page


# The engine: two actors sharing the ODS portal, the first one also on data.gouv.fr.
VANNES, AUTRE = "111111111", "222222222"


def _store(tmp_path, url):
    return make_store(tmp_path / "store.gpkg", [
        {"siren": VANNES, "url_platform": url + "/explore/?refine.publisher=Ville%20de%20Vannes", "id_datagouv": ORG,
         "techno_platform": "OpenDataSoft, DataGouv"},
        {"siren": AUTRE, "url_platform": url + "/explore/?refine.publisher=Autre", "techno_platform": "OpenDataSoft"},
    ])


def _rows(store, sql, params=()):
    connection = sqlite3.connect(store)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _settings(tmp_path, portal, **values):
    return HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", portal.url + "/api/1/"), retries=0,
                           **values)


def test_harvest_lists_each_pairs_datasets_with_detected_schema(tmp_path, portal):
    store = _store(tmp_path, portal.url)
    summary = run_harvest(store, _settings(tmp_path, portal, datasets=True))
    rows = _rows(store, "SELECT siren, platform, dataset_id, schema_name, detected_schema, origin FROM datasets"
                        " ORDER BY siren, platform, dataset_id")
    assert rows == [
        (VANNES, "datagouv", "d1", "scdl/deliberations", None, "127.0.0.1"),  # declared: nothing to detect
        (VANNES, "datagouv", "d2", "", None, ""),
        (VANNES, "opendatasoft", "deliberations-2024", "", "scdl/deliberations", ""),
        (VANNES, "opendatasoft", "pistes", "", None, ""),
        (AUTRE, "opendatasoft", "autre-1", "", None, ""),
    ]
    # Counts are the portals' own (the records without id count there), federated copies as before.
    assert _rows(store, "SELECT siren, platform, datasets, federated, status, error FROM harvests"
                        " ORDER BY siren, platform") == [(VANNES, "datagouv", 3, 1, "ok", ""),
                                                         (VANNES, "opendatasoft", 3, None, "ok", ""),
                                                         (AUTRE, "opendatasoft", 1, None, "ok", "")]
    assert "Datasets listed: 5 (0 listings stopped at the limit, 0 listings failed)." in summary.lines()
    # Each listed pair says how many records it wrote (a listing of none would say 0, not NULL).
    assert _rows(store, "SELECT siren, platform, listed FROM harvests ORDER BY siren, platform") == [
        (VANNES, "datagouv", 2), (VANNES, "opendatasoft", 2), (AUTRE, "opendatasoft", 1)]
    # Lists are JSON arrays in the store.
    assert json.loads(_rows(store, "SELECT fields FROM datasets WHERE dataset_id = 'deliberations-2024'")[0][0]) == (
        DELIBERATION_FIELDS)


def test_a_count_only_harvest_lists_nothing(tmp_path, portal):
    store = _store(tmp_path, portal.url)
    summary = run_harvest(store, _settings(tmp_path, portal))
    assert _rows(store, "SELECT COUNT(*) FROM datasets") == [(0,)]
    assert _rows(store, "SELECT COUNT(*) FROM harvests WHERE listed IS NOT NULL") == [(0,)]
    assert not any(line.startswith("Datasets listed") for line in summary.lines())


def test_the_limit_keeps_the_first_datasets_and_says_so(tmp_path, portal):
    store = _store(tmp_path, portal.url)
    summary = run_harvest(store, _settings(tmp_path, portal, datasets=True, max_datasets=1))
    listed = _rows(store, "SELECT siren, platform, COUNT(*) FROM datasets GROUP BY siren, platform ORDER BY 1, 2")
    assert listed == [(VANNES, "datagouv", 1), (VANNES, "opendatasoft", 1), (AUTRE, "opendatasoft", 1)]
    errors = dict(((s, p), e) for s, p, e in _rows(store, "SELECT siren, platform, error FROM harvests"))
    assert errors[(VANNES, "opendatasoft")].startswith("listing incomplete: ")
    assert errors[(AUTRE, "opendatasoft")] == ""  # one dataset, all of it listed
    assert (summary.listed, summary.listings_incomplete) == (3, 2)


def test_a_failing_listing_keeps_the_count(tmp_path, portal):
    good = portal.routes["now"]

    def counts_only(path, query, headers):  # counts ask limit=1; listings ask more and get a 500
        if path.endswith("/catalog/datasets") and query.get("limit") != ["1"]:
            return always(500)(path, query, headers)
        return good(path, query, headers)

    portal.routes["now"] = counts_only
    store = _store(tmp_path, portal.url)
    summary = run_harvest(store, _settings(tmp_path, portal, datasets=True))
    rows = _rows(store, "SELECT siren, datasets, status, error FROM harvests WHERE platform = 'opendatasoft'"
                        " ORDER BY siren")
    assert [(siren, n, status) for siren, n, status, _error in rows] == [(VANNES, 3, "ok"), (AUTRE, 1, "ok")]
    assert all(error.startswith("listing failed: ") for *_rest, error in rows)
    assert _rows(store, "SELECT COUNT(*) FROM datasets WHERE platform = 'opendatasoft'") == [(0,)]
    assert _rows(store, "SELECT listed FROM harvests WHERE platform = 'opendatasoft'") == [(None,), (None,)]
    assert (summary.harvested, summary.listings_failed, summary.listed) == (3, 2, 2)  # data.gouv.fr still listed


def test_resume_keeps_the_datasets_setting(tmp_path, portal):
    store = _store(tmp_path, portal.url)
    run_harvest(store, _settings(tmp_path, portal, datasets=True, max_datasets=7))
    # As if the run had been cancelled before its data.gouv.fr pair.
    connection = sqlite3.connect(store)
    connection.execute("UPDATE harvest_runs SET status = 'cancelled'")
    connection.execute("DELETE FROM harvests WHERE platform = 'datagouv'")
    connection.execute("DELETE FROM datasets WHERE platform = 'datagouv'")
    connection.commit()
    connection.close()
    resumed = run_harvest(store, HarvestSettings(resume=True))
    assert resumed.resumed and resumed.harvested == 1 and resumed.listed == 2
    assert _rows(store, "SELECT dataset_id FROM datasets WHERE platform = 'datagouv' ORDER BY 1") == [("d1",), ("d2",)]
    recorded = json.loads(_rows(store, "SELECT settings FROM harvest_runs")[0][0])
    assert (recorded["datasets"], recorded["max_datasets"]) == (True, 7)


def test_a_whole_feed_is_downloaded_once_for_count_and_listing(tmp_path):
    server = FakeServer(catalogue_routes(dcat=DCAT_FEED)).start()
    try:
        store = make_store(tmp_path / "store.gpkg", [
            {"siren": VANNES, "url_platform": server.url + "/data.json?publisher=Ville%20de%20Lorient"}])
        run_harvest(store, HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", server.url + "/api/1/"),
                                           datasets=True, retries=0))
    finally:
        server.stop()
    assert _rows(store, "SELECT datasets, status FROM harvests") == [(3, "ok")]
    assert _rows(store, "SELECT COUNT(*) FROM datasets") == [(2,)]
    assert [path for path, _h in server.requests if path.startswith("/data.json")] == ["/data.json"]


def test_the_catalogue_path_lists_datasets_and_the_bounds_are_checked():
    assert HarvestSettings(datagouv_catalog="/tmp/exports").datasets is True
    assert HarvestSettings().datasets is False
    with pytest.raises(Exception, match="max_datasets"):
        HarvestSettings(max_datasets=0).check()

