"""harvest --validate-schemas: which datasets are sent to the validation service, and what is written back.

The fake portal is test_dataset_harvest's: Vannes declares scdl/deliberations 2.1.3 on data.gouv.fr (d1, its CSV
at DELIB_CSV) and publishes on Opendatasoft a dataset whose fields match scdl/deliberations (detected; the
shipped version is 2.1.5). Every other dataset follows no schema. Expected values are worked out by hand.
"""
import sqlite3
from urllib.parse import parse_qs, urlsplit

import pytest
from fake_portals import FakeServer, as_json, catalogue_routes
from test_dataset_harvest import (
    CKAN_ROWS,
    CSW,
    DCAT_FEED,
    DELIB_CSV,
    _rows,
    _settings,
    _store,
    datagouv_records,
    ods_records,
)

from odt_qgis_plugin.harvest import schema_checks
from odt_qgis_plugin.harvest.engine import run_harvest
from odt_qgis_plugin.harvest.schema_checks import Candidate, candidates, pick, schema_file
from odt_qgis_plugin.store import schema

pytestmark = pytest.mark.pure

SCHEMAS = "https://schema.data.gouv.fr/schemas/"
DECLARED = SCHEMAS + "scdl/deliberations/2.1.3/schema.json"  # d1's declared version
DETECTED = SCHEMAS + "scdl/deliberations/2.1.5/schema.json"  # the shipped version, for a detected schema


@pytest.fixture
def portal():
    routes = {}
    server = FakeServer(lambda path, query, headers: routes["now"](path, query, headers)).start()
    routes["now"] = catalogue_routes(ods=ods_records(server.url), ckan=CKAN_ROWS, dcat=DCAT_FEED, csw=CSW,
                                     datagouv=datagouv_records(server.url))
    yield server
    server.stop()


def validata(path, query, headers):
    """Validata's answer: the Opendatasoft export follows its schema, any other file has 3 errors."""
    url = query.get("url", [""])[0]
    if path != "/validate" or not query.get("schema"):
        return as_json({"message": "bad request"}, 400)
    valid = "/exports/csv" in url
    return as_json({"report": {"valid": valid, "stats": {"errors": 0 if valid else 3}}})


@pytest.fixture
def service():
    server = FakeServer(validata).start()
    yield server
    server.stop()


def _asked(server):
    return sorted((parse_qs(urlsplit(path).query)["url"][0], parse_qs(urlsplit(path).query)["schema"][0])
                  for path, _headers in server.requests)


def _verdicts(store):
    return dict(_rows(store, "SELECT dataset_id, validation FROM datasets"))


def test_on_the_sample_is_sent_and_the_verdicts_written(tmp_path, portal, service):
    store = _store(tmp_path, portal.url)
    summary = run_harvest(store, _settings(tmp_path, portal, datasets=True, validate_schemas=True,
                                           validation_service=service.url + "/validate"))
    export = portal.url + "/api/explore/v2.1/catalog/datasets/deliberations-2024/exports/csv"
    assert _asked(service) == sorted([(DELIB_CSV, DECLARED), (export, DETECTED)])
    assert _verdicts(store) == {"d1": "invalid", "d2": None, "deliberations-2024": "valid", "pistes": None,
                                "autre-1": None}
    assert "Schemas checked online: 1 valid, 1 invalid, 0 unavailable." in summary.lines()


def test_off_nothing_is_sent(tmp_path, portal, service):
    store = _store(tmp_path, portal.url)
    summary = run_harvest(store, _settings(tmp_path, portal, datasets=True,
                                           validation_service=service.url + "/validate"))
    # Only with the listing: the switch alone lists nothing and sends nothing.
    run_harvest(store, _settings(tmp_path, portal, validate_schemas=True,
                                 validation_service=service.url + "/validate"))
    assert service.requests == []
    assert set(_verdicts(store).values()) == {None}
    assert not any(line.startswith("Schemas checked online") for line in summary.lines())


def test_a_service_out_of_reach_makes_unavailable_never_invalid(tmp_path, portal):
    down = FakeServer(validata).start()
    down.stop()  # nothing listens on its port any more
    store = _store(tmp_path, portal.url)
    summary = run_harvest(store, _settings(tmp_path, portal, datasets=True, validate_schemas=True,
                                           validation_service=down.url + "/validate"))
    assert _verdicts(store) == {"d1": "unavailable", "d2": None, "deliberations-2024": "unavailable",
                                "pistes": None, "autre-1": None}
    assert "Schemas checked online: 0 valid, 0 invalid, 2 unavailable." in summary.lines()
    assert summary.cancelled is False


def test_the_sample_size_is_honoured(tmp_path, portal, service):
    store = _store(tmp_path, portal.url)
    run_harvest(store, _settings(tmp_path, portal, datasets=True, validate_schemas=True, validation_sample=1,
                                 validation_service=service.url + "/validate"))
    # One schema, one actor on two platforms: "datagouv" comes before "opendatasoft".
    assert _asked(service) == [(DELIB_CSV, DECLARED)]
    assert _verdicts(store)["d1"] == "invalid" and _verdicts(store)["deliberations-2024"] is None


def test_an_older_datasets_table_gains_the_new_columns(tmp_path, portal):
    before = schema.DATASETS.replace("    resource_url TEXT,\n    validation TEXT,\n", "")
    assert "resource_url" not in before and "validation" not in before
    store = _store(tmp_path, portal.url)
    connection = sqlite3.connect(store)
    connection.execute(f"CREATE TABLE datasets ({before})")
    connection.commit()
    connection.close()
    run_harvest(store, _settings(tmp_path, portal, datasets=True))
    assert _rows(store, "SELECT resource_url, validation FROM datasets WHERE dataset_id = 'd1'") == [
        (DELIB_CSV, None)]


def _candidate(fid, siren, schema, resource, platform="ckan"):
    return Candidate(fid, siren, platform, f"d{fid}", schema, resource, SCHEMAS + schema)


def test_the_sample_takes_schemas_in_turn_then_actors_in_turn():
    found = [
        _candidate(1, "s1", "scdl/budget", "https://a/1"),
        _candidate(2, "s1", "scdl/budget", "https://a/2"),
        _candidate(3, "s1", "scdl/budget", "https://a/3"),
        _candidate(4, "s2", "scdl/budget", "https://b/4"),
        _candidate(5, "s3", "scdl/deliberations", "https://c/5"),
        _candidate(6, "s3", "scdl/deliberations", "https://c/6"),
        _candidate(7, "s4", "scdl/deliberations", "https://c/5"),  # the same file as 5: sent once
    ]
    # budget s1, deliberations s3, budget s2, deliberations s3 (s4's file is 5's), budget s1, budget s1
    assert [c.fid for c in pick(found, 4)] == [1, 5, 4, 6]
    assert [c.fid for c in pick(list(reversed(found)), 10)] == [1, 5, 4, 6, 2, 3]
    assert pick(found, 0) == [] and pick([], 5) == []


def test_which_datasets_can_be_checked():
    rows = [
        (1, "s", "ckan", "a", "scdl/deliberations", "2.1.3", None, "https://x/a.csv"),
        (2, "s", "ckan", "b", "", "", "scdl/budget", "https://x/b.csv"),  # detected: the shipped version
        (3, "s", "ckan", "c", "etalab/schema-irve-statique", "2.3.0", None, "https://x/c.csv"),
        (4, "s", "ckan", "d", "etalab/schema-bal", "1.4", None, "https://x/d.csv"),  # not a Table Schema
        (5, "s", "ckan", "e", "autre/schema", "1.0", "scdl/budget", "https://x/e.csv"),  # declares another one
        (6, "s", "ckan", "f", "scdl/deliberations", "", None, ""),  # no file to send
    ]
    assert [(c.fid, c.schema, c.schema_url) for c in candidates(rows)] == [
        (1, "scdl/deliberations", DECLARED),
        (2, "scdl/budget", SCHEMAS + "scdl/budget/0.8.3/schema.json"),
        (3, "etalab/schema-irve-statique", SCHEMAS + "etalab/schema-irve-statique/2.3.0/schema-statique.json"),
    ]
    assert schema_file("scdl/deliberations@2.1.0") == SCHEMAS + "scdl/deliberations/2.1.0/schema.json"
    assert schema_file("pas un schéma") == ""


def test_a_service_address_other_than_http_is_refused_before_the_run():
    from odt_qgis_plugin.common.errors import InputError
    from odt_qgis_plugin.harvest.engine import HarvestSettings

    with pytest.raises(InputError, match="validation_service"):
        HarvestSettings(datasets=True, validate_schemas=True, validation_service="file:///etc/passwd").check()
    HarvestSettings(validation_service="").check()  # not asked: not looked at


def test_off_the_check_reads_nothing():
    class NoStore:
        def query(self, *args):
            raise AssertionError("the store was read")

    assert schema_checks.check_run(NoStore(), 1, None, schema_checks.ServiceSettings(False, "https://v", 5)) is None
