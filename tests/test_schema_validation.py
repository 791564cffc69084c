"""Online schema validation against a fake Validata API on 127.0.0.1: off by default, never "valid" without a check."""
from urllib.parse import parse_qs, urlsplit

import pytest
from fake_portals import FakeServer, as_json

from odt_qgis_plugin.common import settings as settings_module
from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.network.gateway import RequestsTransport
from odt_qgis_plugin.publications import scdl
from odt_qgis_plugin.publications import schema_validation as sv

pytestmark = pytest.mark.pure

SCHEMA = "https://schema.data.gouv.fr/schemas/scdl/deliberations/2.1.5/schema.json"


def _validata(path, query, headers):
    """Answers as Validata's GET /validate does, by the resource's name."""
    if path != "/validate" or "schema" not in query or "url" not in query:
        return as_json({"message": 'Missing or empty "url" parameter'}, status=400)
    resource = query["url"][0]
    if resource.endswith("/ok.csv"):
        return as_json({"_meta": {"version": "0.2.0"}, "report": {"valid": True, "error-count": 0, "tables": []}})
    if resource.endswith("/bad.csv"):
        return as_json({"report": {"valid": False, "stats": {"errors": 3}, "tasks": []}})
    if resource.endswith("/unreadable.csv"):
        return as_json({"message": "Unsupported format error"}, status=400)
    if resource.endswith("/crash.csv"):
        return 500, {}, b"Internal Server Error"
    if resource.endswith("/garbage.csv"):
        return 200, {"Content-Type": "application/json"}, b"{not json"
    if resource.endswith("/deep.csv"):
        return 200, {"Content-Type": "application/json"}, b"[" * 100000 + b"]" * 100000
    if resource.endswith("/shapeless.csv"):
        return as_json({"report": {"valid": "yes"}})
    return as_json({"report": {"valid": True}})


@pytest.fixture
def service():
    server = FakeServer(_validata).start()
    yield server
    server.stop()


def _settings(service_url, on=True, sample=20):
    return settings_module.load(schema_validation=on, validation_service=service_url + "/validate",
                                validation_sample=sample)


def test_off_by_default_and_nothing_is_sent_when_off_or_offline(service):
    assert settings_module.defaults().schema_validation is False
    pairs = [("https://data.example.fr/ok.csv", SCHEMA)]
    off = _settings(service.url, on=False)
    assert sv.validate_sample(pairs, RequestsTransport(timeout=5), off) == ()
    assert sv.validate_sample(pairs, None, _settings(service.url)) == ()
    assert service.requests == []


def test_valid_invalid_and_unavailable_per_pair(service):
    base = "https://data.example.fr/"
    pairs = [(base + name, SCHEMA) for name in ("ok.csv", "bad.csv", "unreadable.csv", "crash.csv", "garbage.csv",
                                                 "deep.csv", "shapeless.csv")]
    checks = sv.validate_sample(pairs, RequestsTransport(timeout=5), _settings(service.url))
    assert [(check.status, check.errors, check.reason) for check in checks] == [
        (sv.VALID, 0, ""), (sv.INVALID, 3, ""), (sv.UNAVAILABLE, None, "refused"),
        (sv.UNAVAILABLE, None, "http_500"), (sv.UNAVAILABLE, None, "bad_answer"),
        (sv.UNAVAILABLE, None, "bad_answer"), (sv.UNAVAILABLE, None, "bad_answer")]
    # The service received the schema and the resource as query parameters.
    path, headers = service.requests[0]
    query = parse_qs(urlsplit(path).query)
    assert query == {"schema": [SCHEMA], "url": [base + "ok.csv"]}


def test_bad_addresses_are_unavailable_without_a_request(service):
    pairs = [("ftp://data.example.fr/ok.csv", SCHEMA), ("file:///etc/passwd", SCHEMA), ("http://", SCHEMA),
             ("https://data.example.fr/ok.csv", ""), ("https://data.example.fr/ok.csv", "javascript:alert(1)"),
             None, ("https://data.example.fr/ok.csv",)]
    checks = sv.validate_sample(pairs, RequestsTransport(timeout=5), _settings(service.url))
    assert [check.status for check in checks] == [sv.UNAVAILABLE] * 5 + [sv.UNAVAILABLE]
    assert {check.reason for check in checks} == {"bad_url"}
    assert service.requests == []


def test_the_sample_is_capped_and_pairs_counted_once(service):
    pairs = [("https://data.example.fr/ok.csv", SCHEMA)] * 3 + [
        (f"https://data.example.fr/{index}.csv", SCHEMA) for index in range(10)]
    checks = sv.validate_sample(pairs, RequestsTransport(timeout=5), _settings(service.url, sample=4))
    assert [check.resource_url for check in checks] == ["https://data.example.fr/ok.csv"] + [
        f"https://data.example.fr/{index}.csv" for index in range(3)]
    assert len(service.requests) == 4


def test_an_unreachable_service_makes_every_pair_unavailable():
    server = FakeServer(_validata).start()
    url = server.url
    server.stop()
    checks = sv.validate_sample([("https://data.example.fr/ok.csv", SCHEMA)], RequestsTransport(timeout=5),
                                _settings(url))
    assert [check.status for check in checks] == [sv.UNAVAILABLE]
    assert checks[0].reason == "connection_error"


def test_a_service_address_that_is_not_http_is_refused():
    settings = settings_module.load(schema_validation=True, validation_service="file:///tmp/validate")
    with pytest.raises(InputError):
        sv.validate_sample([("https://data.example.fr/ok.csv", SCHEMA)], RequestsTransport(timeout=5), settings)


def test_the_setting_is_read_from_words_and_bounded(monkeypatch):
    monkeypatch.setenv("ODT_SCHEMA_VALIDATION", "false")
    assert settings_module.load().schema_validation is False
    monkeypatch.setenv("ODT_SCHEMA_VALIDATION", "true")
    assert settings_module.load().schema_validation is True
    assert settings_module.load({"schema_validation": "false"}, schema_validation=None).schema_validation is True
    monkeypatch.delenv("ODT_SCHEMA_VALIDATION")
    assert settings_module.load({"schema_validation": "false"}).schema_validation is False
    monkeypatch.setenv("ODT_SCHEMA_VALIDATION", "maybe")
    with pytest.raises(InputError):
        settings_module.load()
    monkeypatch.delenv("ODT_SCHEMA_VALIDATION")
    monkeypatch.setenv("ODT_VALIDATION_SAMPLE", "0")
    with pytest.raises(InputError):
        settings_module.load()


def test_offline_the_plugin_says_declared_or_detected_never_valid():
    assert sv.conformance(True, False) == scdl.DECLARED
    assert sv.conformance(False, True) == scdl.DETECTED
    assert sv.conformance(False, False) == ""
    unavailable = sv.Check("https://a.fr/x.csv", SCHEMA, sv.UNAVAILABLE, reason="refused")
    assert sv.conformance(True, False, unavailable) == scdl.DECLARED
    assert sv.conformance(True, False, sv.Check("https://a.fr/x.csv", SCHEMA, sv.INVALID, 2)) == sv.INVALID
    assert sv.conformance(False, True, sv.Check("https://a.fr/x.csv", SCHEMA, sv.VALID, 0)) == sv.VALID


def test_schema_url_for_prefers_the_declared_one():
    irve = scdl.known("etalab/schema-irve-statique")
    assert sv.schema_url_for(irve).startswith("https://schema.data.gouv.fr/schemas/etalab/schema-irve-statique/")
    assert sv.schema_url_for(irve, SCHEMA) == SCHEMA
    assert sv.schema_url_for(scdl.known("scdl/budget")) == ""
    assert sv.schema_url_for(None, "ftp://x/schema.json") == ""
    assert sv.request_url("https://v.fr/validate", SCHEMA, "https://d.fr/a b.csv").endswith(
        "url=https%3A%2F%2Fd.fr%2Fa+b.csv")
