"""data.gouv.fr's catalogue exports as the national baseline: same results as the API, candidates, bad files."""
import sqlite3
import sys

import pytest
from catalog_exports import DATASET_HEADER, ORGANISATION_HEADER, dataset, organisation, write_rows
from fake_portals import FakeServer, as_json, endpoints_file, make_store, portal_routes

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.datagouv_catalog import candidate_actor, read_catalog, stored_candidates
from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest

pytestmark = pytest.mark.pure

ORG_A, ORG_B, ORG_C, ORG_D = "a" * 24, "b" * 24, "c" * 24, "d" * 24
SIREN_C = "213500135"  # a collectivity publishing on data.gouv.fr that the registry lacks
# Organisation A: 5 datasets, one archived -> 4. B: 6, three harvested from its own portal data.b.invalid
# (a name that never resolves, RFC 6761: the harvest asks it, and tests/local_network.py answers it locally).
# C: 2 (a candidate). The id of D is in no export.
DATASETS = (
    [dataset(f"a{i}", ORG_A) for i in range(4)] + [dataset("a-old", ORG_A, archived="2024-05-02T10:00:00+00:00")]
    + [dataset("b0", ORG_B, remote_url="https://data.b.invalid/explore/dataset/x/"),
       dataset("b1", ORG_B, remote_url="https://www.data.b.invalid/explore/dataset/y/"),
       dataset("b2", ORG_B, domain="data.b.invalid"), dataset("b3", ORG_B, domain="other.example.org"),
       dataset("b4", ORG_B, description='Multi-line ; "quoted"\ndescription ; with separators'),
       dataset("b5", ORG_B)]
    + [dataset("c0", ORG_C), dataset("c1", ORG_C), dataset("orphan", "")])
ORGANISATIONS = [organisation(ORG_A, "Commune A", "21350099900011", 5, "commune-a"),
                 organisation(ORG_B, "Ville de B", "21350023400012", 6),
                 organisation(ORG_C, "Commune de Bain-de-Bretagne", SIREN_C + "00013", 2),
                 organisation("e" * 24, "Association E", "", 1)]
ACTORS = [
    {"siren": "213500135", "name": "A", "id_datagouv": "commune-a", "techno_platform": "DataGouv"},  # a slug
    {"siren": "213500234", "name": "B", "id_datagouv": ORG_B, "techno_platform": "OpenDataSoft, DataGouv",
     "url_platform": "https://data.b.invalid/explore/?refine.publisher=B"},
    {"siren": "213500333", "name": "D", "id_datagouv": ORG_D, "techno_platform": "DataGouv"},
    {"siren": "213500432", "name": "No id", "techno_platform": "DataGouv"},
]


@pytest.fixture
def exports(tmp_path):
    folder = tmp_path / "catalogue"
    folder.mkdir()
    write_rows(folder / "export-organization-20261130-000000.csv", ORGANISATION_HEADER, [])  # an older export
    write_rows(folder / "export-organization-20261201-041500.csv", ORGANISATION_HEADER, ORGANISATIONS)
    write_rows(folder / "export-dataset-20261201-041500.csv", DATASET_HEADER, DATASETS)
    return folder


def test_reads_counts_archived_federated_and_slugs(exports):
    catalog = read_catalog(str(exports), ACTORS, endpoints.load())
    assert catalog.rows == len(DATASETS)
    assert catalog.counts[ORG_A] == 4 and catalog.counts[ORG_B] == 6 and catalog.counts[ORG_C] == 2
    assert catalog.federated[(ORG_B, "data.b.invalid")] == 3
    assert catalog.organisation_id("commune-a") == ORG_A
    same = read_catalog(str(exports / "export-dataset-20261201-041500.csv"), ACTORS, endpoints.load())
    assert same.counts == catalog.counts  # a file names its folder's latest organisation export


def _harvest(tmp_path, store_name, catalog=None, api_url="http://127.0.0.1:9/api/1/"):
    store = make_store(tmp_path / store_name, ACTORS)
    settings = HarvestSettings(endpoints=endpoints_file(tmp_path / f"{store_name}.json", api_url), retries=0,
                               datagouv_catalog=catalog, actors=[a["siren"] for a in ACTORS])
    run_harvest(store, settings)
    connection = sqlite3.connect(store)
    try:
        return store, {r[0]: r[1:] for r in connection.execute(
            "SELECT siren, status, datasets, federated FROM harvests WHERE platform = 'datagouv'")}
    finally:
        connection.close()


def test_same_results_as_the_api(tmp_path, exports):
    by_api = {ORG_A: [{"id": d["id"]} for d in DATASETS[:4]],
              ORG_B: [{"id": d["id"], "harvest": {"remote_url": d["harvest.remote_url"], "domain": d["harvest.domain"]}}
                      for d in DATASETS[5:11]]}
    base = portal_routes(datagouv=by_api)

    def route(path, query, headers):
        if path == "/api/1/organizations/commune-a/":
            return as_json({"id": ORG_A})
        if path == "/api/1/datasets/" and query.get("organization", [""])[0] == ORG_D:
            return as_json({"message": "Organization does not exist"}, 404)
        return base(path, query, headers)

    server = FakeServer(route).start()
    try:
        _store, api = _harvest(tmp_path, "api.gpkg", api_url=server.url + "/api/1/")
    finally:
        server.stop()
    store, exported = _harvest(tmp_path, "catalogue.gpkg", catalog=str(exports))
    assert exported["213500135"] == api["213500135"] == ("ok", 4, None)
    assert exported["213500234"] == api["213500234"] == ("ok", 6, 3)
    assert exported["213500432"] == api["213500432"] == ("no_identifier", None, None)
    assert exported["213500333"] == ("no_match", None, None)  # not in the organisation export


def test_candidates_and_accepting_one(tmp_path, exports):
    store = make_store(tmp_path / "store.gpkg", ACTORS)
    connection = sqlite3.connect(store, isolation_level=None)
    connection.execute("CREATE TABLE collectivities (siren TEXT PRIMARY KEY, level TEXT, code TEXT, name TEXT,"
                       " departements TEXT)")
    connection.execute("INSERT INTO collectivities VALUES ('213500234', 'commune', '35023', 'B', '35')")
    connection.execute("INSERT INTO collectivities VALUES (?, 'commune', '35013', 'Bain-de-Bretagne', '35')",
                       (SIREN_C,))
    connection.execute("UPDATE actors SET siren = '213500199' WHERE siren = ?", (SIREN_C,))  # C is not an actor
    connection.close()
    settings = HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", "http://127.0.0.1:9/api/1/"),
                               datagouv_catalog=str(exports), retries=0)
    run_harvest(store, settings)
    found = stored_candidates(store)
    # B is already an actor; E has no SIRET; C's SIRET names the commune of Bain-de-Bretagne
    assert found == [{"siren": SIREN_C, "name": "Commune de Bain-de-Bretagne", "organization_id": ORG_C,
                      "level": "commune", "code": "35013", "territory": "Bain-de-Bretagne", "datasets": 2}]
    assert candidate_actor(store, SIREN_C) == {"name": "Commune de Bain-de-Bretagne", "id_datagouv": ORG_C,
                                               "techno_platform": "DataGouv"}
    with pytest.raises(InputError):
        candidate_actor(store, "213500234")


def test_bad_exports_are_refused(tmp_path, exports):
    with pytest.raises(InputError, match="not found"):
        read_catalog(str(tmp_path / "missing"), ACTORS, endpoints.load())
    (exports / "export-dataset-20261201-041500.csv").write_text('"id";"title"\n"x";"y"\n', encoding="utf-8")
    with pytest.raises(InputError, match="organization_id, archived"):
        read_catalog(str(exports), ACTORS, endpoints.load())
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="export-organization"):
        read_catalog(str(empty), ACTORS, endpoints.load())
    with pytest.raises(InputError):
        read_catalog("ftp://example.org/catalogue", ACTORS, endpoints.load())


def test_the_catalogue_dataset_address_resolves_its_resources(tmp_path, exports):
    files = {p.name: p.read_bytes() for p in exports.iterdir()}

    def route(path, query, headers):
        if path == "/api/1/datasets/5d13a8b6634f41070a43dff3/":
            return as_json({"resources": [
                {"title": "export-dataset-20261201-041500.csv", "url": holder["url"] + "/f/d.csv"},
                {"title": "export-organization-20261201-041500.csv", "url": holder["url"] + "/f/o.csv"}]})
        name = {"/f/d.csv": "export-dataset-20261201-041500.csv",
                "/f/o.csv": "export-organization-20261201-041500.csv"}.get(path)
        return (200, {"Content-Type": "text/csv"}, files[name]) if name else as_json({}, 404)

    holder = {}
    server = FakeServer(route).start()
    holder["url"] = server.url
    try:
        catalog = read_catalog(server.url + "/api/1/datasets/5d13a8b6634f41070a43dff3/", ACTORS, endpoints.load())
    finally:
        server.stop()
    assert catalog.counts[ORG_B] == 6 and catalog.rows == len(DATASETS)


def test_without_pandas_the_csv_module_gives_the_same_counts(exports, monkeypatch):
    with_pandas = read_catalog(str(exports), ACTORS, endpoints.load())
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now fails
    without = read_catalog(str(exports), ACTORS, endpoints.load())
    assert (without.counts, without.federated, without.rows) == (with_pandas.counts, with_pandas.federated,
                                                                   with_pandas.rows)


def test_the_catalogue_harvest_writes_each_organisation_s_datasets(tmp_path, exports):
    store = make_store(tmp_path / "listed.gpkg", ACTORS)
    settings = HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", "http://127.0.0.1:9/api/1/"), retries=0,
                               datagouv_catalog=str(exports), actors=["213500135"])
    summary = run_harvest(store, settings)
    assert summary.listed == 4  # A's five datasets less the archived one, listed without any option
    connection = sqlite3.connect(store)
    try:
        assert sorted(r[0] for r in connection.execute("SELECT dataset_id FROM datasets")) == ["a0", "a1", "a2", "a3"]
        assert connection.execute("SELECT listed FROM harvests WHERE siren = '213500135'").fetchall() == [(4,)]
    finally:
        connection.close()
