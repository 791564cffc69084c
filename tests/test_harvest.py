"""The harvest engine against local fake portals: counts per platform kind, failures, manners."""

import json
import sqlite3
import time
from contextlib import ExitStack

import pytest
from fake_portals import (
    FakeServer,
    always,
    billion_laughs,
    endpoints_file,
    flaky,
    invalid_json,
    make_store,
    not_found,
    oversized,
    portal_routes,
    redirect_loop,
)

from odt_qgis_plugin.common.errors import InputError, StoreError
from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
from odt_qgis_plugin.harvest.results import current_results, latest_counts

pytestmark = pytest.mark.pure

ORG_A, ORG_B = "a" * 24, "b" * 24


@pytest.fixture
def servers():
    with ExitStack() as stack:

        def start(route, delay=0.0):
            server = FakeServer(route, delay).start()
            stack.callback(server.stop)
            return server

        yield start


def _settings(tmp_path, datagouv_url, **kwargs):
    kwargs.setdefault("backoff_base", 0.05)
    kwargs.setdefault("retries", 2)
    kwargs.setdefault("timeout", 5.0)
    return HarvestSettings(endpoints=endpoints_file(tmp_path / "endpoints.json", datagouv_url + "/api/1/"), **kwargs)


def _rows(store):
    connection = sqlite3.connect(store)
    connection.row_factory = sqlite3.Row
    try:
        return {(r["siren"], r["platform"], r["run_id"]): dict(r) for r in connection.execute("SELECT * FROM harvests")}
    finally:
        connection.close()


def _counts(store):
    connection = sqlite3.connect(store)
    try:
        return latest_counts(connection)
    finally:
        connection.close()


def _datagouv_datasets(portal_host: str):
    plain = [{"id": f"p{i}"} for i in range(215)]
    by_url = [
        {"id": f"u{i}", "harvest": {"remote_url": f"http://{portal_host}/explore/dataset/d{i}/"}} for i in range(10)
    ]
    by_domain = [{"id": f"d{i}", "harvest": {"domain": portal_host}} for i in range(10)]
    by_extras = [{"id": f"e{i}", "extras": {"harvest:domain": portal_host}} for i in range(10)]
    elsewhere = [{"id": f"o{i}", "harvest": {"domain": "other.example.org"}} for i in range(5)]
    return plain[:100] + by_url + by_domain + plain[100:] + by_extras + elsewhere  # 250 datasets, 30 federated


def test_counts_every_platform_kind(tmp_path, servers):
    ods = servers(portal_routes(ods={"Commune d'Acigné": 4, "Rennes Métropole": 40, "Ville de Vannes": 7}))
    v1_base = portal_routes(ods={"ADT41": 11, "Autre": 2})
    ods_v1 = servers(lambda p, q, h: not_found(p) if p.startswith("/api/explore") else v1_base(p, q, h))
    ckan = servers(portal_routes(ckan={"avignon": 12, "arsud": 3, "autre": 50}))
    dkan = servers(portal_routes(dcat=["Ville de Baillargues"] * 3 + ["Montpellier Méditerranée Métropole"] * 5))
    hub = servers(portal_routes(dcat=["Département de l'Ain"] * 2 + ["Autre"] * 4))
    gn = servers(portal_routes(csw={"Ville de Bron": 9, "Ville de Lyon": 30}))
    dcat = servers(portal_routes(dcat=["Estuaire"] * 6))
    cms = servers(portal_routes())
    datagouv = servers(portal_routes(datagouv={ORG_A: [{"id": "x"}] * 3, ORG_B: _datagouv_datasets("127.0.0.1")}))
    store = make_store(
        tmp_path / "store.gpkg",
        [
            {
                "siren": "213500010",
                "url_platform": f"{ods.url}/explore/?sort=modified&refine.publisher=Commune+d%27Acign%C3%A9",
                "techno_platform": "OpenDataSoft",
            },
            {
                "siren": "243500139",
                "url_platform": f"{ods.url}/explore/?refine.publisher=Rennes+M%C3%A9tropole",
                "id_datagouv": ORG_B,
                "techno_platform": "OpenDataSoft, DataGouv",
            },
            {
                "siren": "224100012",
                "url_platform": f"{ods_v1.url}/explore/?disjunctive.theme&refine.publisher=ADT41",
                "techno_platform": "OpenDataSoft",
            },
            {"siren": "218400075", "url_platform": f"{ckan.url}/organization/avignon", "techno_platform": "CKAN"},
            {
                "siren": "200000001",
                "url_platform": f"{ckan.url}/fr/dataset?organization=arsud",
                "techno_platform": "CKAN",
            },
            {
                "siren": "213400245",
                "url_platform": f"{dkan.url}/datasets/commune/baillargues",
                "techno_platform": "DKAN",
            },
            {
                "siren": "220100010",
                "url_platform": f"{hub.url}/datasets?source=D%C3%A9partement%20de%20l%27Ain",
                "techno_platform": "ArcGIS, DataGouv",
                "id_datagouv": ORG_A,
            },
            {
                "siren": "216900290",
                "url_platform": f"{gn.url}/geonetwork/recherche?responsibleParty.organisationName=Ville%20de%20Bron",
                "techno_platform": "GeoNetwork",
            },
            {"siren": "200000002", "url_platform": f"{dcat.url}/", "techno_platform": "Spécifique"},
            {"siren": "200000003", "url_platform": f"{cms.url}/index.php?id=618", "techno_platform": "Typo3"},
            {"siren": "200000004", "techno_platform": None},
            {"siren": "200000005", "techno_platform": "DataGouv"},
        ],
    )
    summary = run_harvest(store, _settings(tmp_path, datagouv.url))
    rows = {(s, p): r for (s, p, _), r in _rows(store).items()}
    assert rows[("213500010", "opendatasoft")]["datasets"] == 4  # one publisher of a shared portal
    assert rows[("243500139", "opendatasoft")]["datasets"] == 40
    assert (rows[("243500139", "datagouv")]["datasets"], rows[("243500139", "datagouv")]["federated"]) == (250, 30)
    assert rows[("224100012", "opendatasoft")]["datasets"] == 11  # v1 fallback
    assert rows[("218400075", "ckan")]["datasets"] == 12
    assert rows[("200000001", "ckan")]["datasets"] == 3
    assert rows[("213400245", "dkan")]["datasets"] == 3
    assert rows[("220100010", "arcgis_hub")]["datasets"] == 2
    assert rows[("220100010", "datagouv")]["datasets"] == 3
    assert rows[("216900290", "geonetwork")]["datasets"] == 9
    assert rows[("200000002", "dcat")]["datasets"] == 6
    assert rows[("200000003", "dcat")]["status"] == "unsupported"
    assert rows[("200000004", "none")]["status"] == "no_platform"
    assert rows[("200000005", "datagouv")]["status"] == "no_identifier"
    counts = _counts(store)
    assert counts["243500139"] == (40 + 250 - 30, "ok")  # federated datasets counted once
    assert counts["220100010"] == (5, "ok")  # hub datasets are not on data.gouv.fr as federated
    assert counts["200000003"] == (None, "unsupported")
    assert summary.harvested == 11 and summary.planned == 14
    assert summary.failed == {"unsupported": 1, "no_platform": 1, "no_identifier": 1}
    # every request named the plugin and its version
    assert all(h.get("User-Agent", "").startswith("odt-qgis-plugin/") for _, h in ods.requests + datagouv.requests)
    text = "\n".join(summary.lines())
    assert "unsupported" in text and "Datasets found" in text


def test_failures_end_in_a_status_each(tmp_path, servers):
    ok = portal_routes(ods={"P": 5})
    limited = servers(flaky(ok, failures=1, retry_after="1"))
    broken = servers(always(500))
    slow = servers(ok, delay=3.0)
    garbled = servers(invalid_json)
    looping = servers(redirect_loop)
    huge = servers(oversized(3))
    bomb = servers(billion_laughs)
    gone = servers(always(404, b'{"help": "", "success": false, "error": {"__type": "Not Found Error"}}'))
    closed = FakeServer(ok)
    closed_url = closed.url
    closed.httpd.server_close()  # nothing listens there any more
    datagouv = servers(portal_routes(datagouv={}))
    ods = "/explore/?refine.publisher=P"
    store = make_store(
        tmp_path / "store.gpkg",
        [
            {"siren": "100000001", "url_platform": limited.url + ods, "techno_platform": "OpenDataSoft"},
            {"siren": "100000002", "url_platform": broken.url + ods, "techno_platform": "OpenDataSoft"},
            {"siren": "100000003", "url_platform": slow.url + ods, "techno_platform": "OpenDataSoft"},
            {"siren": "100000004", "url_platform": garbled.url + ods, "techno_platform": "OpenDataSoft"},
            {"siren": "100000005", "url_platform": looping.url + ods, "techno_platform": "OpenDataSoft"},
            {"siren": "100000006", "url_platform": huge.url + ods, "techno_platform": "OpenDataSoft"},
            {
                "siren": "100000007",
                "url_platform": bomb.url + "/geonetwork/srv/fre/catalog.search",
                "techno_platform": "GeoNetwork",
            },
            {"siren": "100000008", "url_platform": gone.url + "/organization/x", "techno_platform": "CKAN"},
            {"siren": "100000009", "url_platform": closed_url + ods, "techno_platform": "OpenDataSoft"},
            {"siren": "100000010", "id_datagouv": "not-an-id", "techno_platform": "DataGouv"},
        ],
    )
    settings = _settings(tmp_path, datagouv.url, timeout=0.5, max_bytes=1024 * 1024)
    summary = run_harvest(store, settings)
    status = {s: r["status"] for (s, _, _), r in _rows(store).items()}
    assert status == {
        "100000001": "ok",
        "100000002": "http_500",
        "100000003": "timeout",
        "100000004": "bad_json",
        "100000005": "redirect_loop",
        "100000006": "too_large",
        "100000007": "bad_xml",
        "100000008": "http_404",
        "100000009": "connection_error",
        "100000010": "http_404",  # not an id: looked up as an organisation slug, unknown
    }
    rows = {s: r for (s, _, _), r in _rows(store).items()}
    assert rows["100000001"]["datasets"] == 5 and rows["100000001"]["duration"] >= 0.9  # waited Retry-After
    assert limited.route.calls["n"] == 3  # 429, the count, then the portal's total for the report
    assert len([p for p, _ in broken.requests if p.startswith("/api/explore")]) == 3  # 1 + 2 retries, then v1
    assert rows["100000002"]["http_status"] == 500
    assert summary.harvested == 1 and sum(summary.failed.values()) == 9


def test_per_host_limit_and_concurrency(tmp_path, servers):
    portal = servers(portal_routes(ods={f"P{i}": i for i in range(24)}), delay=0.2)
    datagouv = servers(portal_routes(datagouv={}))
    store = make_store(
        tmp_path / "store.gpkg",
        [
            {
                "siren": f"3000000{i:02d}",
                "url_platform": f"{portal.url}/explore/?refine.publisher=P{i}",
                "techno_platform": "OpenDataSoft",
            }
            for i in range(24)
        ],
    )
    started = time.monotonic()
    run_harvest(store, _settings(tmp_path, datagouv.url, concurrency=16, per_host=3))
    elapsed = time.monotonic() - started
    assert portal.peak == 3
    assert elapsed < 24 * 0.2 / 2  # parallel, not sequential
    expected = {f"3000000{i:02d}": (i, "ok") for i in range(1, 24)}
    assert _counts(store) == {**expected, "300000000": (None, "no_match")}  # P0 publishes nothing: no match


def test_circuit_breaker_leaves_a_dead_host_alone(tmp_path, servers):
    closed = FakeServer(portal_routes())
    url = closed.url
    closed.httpd.server_close()
    datagouv = servers(portal_routes(datagouv={}))
    store = make_store(
        tmp_path / "store.gpkg",
        [
            {
                "siren": f"40000000{i}",
                "url_platform": f"{url}/explore/?refine.publisher=P{i}",
                "techno_platform": "OpenDataSoft",
            }
            for i in range(6)
        ],
    )
    summary = run_harvest(store, _settings(tmp_path, datagouv.url, concurrency=1, retries=0, breaker_threshold=3))
    # Three requests reach the dead host (the shared portal's survey, then two counts); the rest are refused.
    assert summary.failed == {"connection_error": 2, "circuit_open": 4}


def test_previous_success_stays_visible_and_runs_are_snapshots(tmp_path, servers):
    counts = {"P": 5}
    state = {"down": False}
    base = portal_routes(ods=counts)
    portal = servers(lambda p, q, h: (503, {}, b"") if state["down"] else base(p, q, h))
    datagouv = servers(portal_routes(datagouv={ORG_A: [{"id": "x"}] * 2}))
    store = make_store(
        tmp_path / "store.gpkg",
        [
            {
                "siren": "500000001",
                "url_platform": portal.url + "/explore/?refine.publisher=P",
                "techno_platform": "OpenDataSoft, DataGouv",
                "id_datagouv": ORG_A,
            }
        ],
    )
    settings = _settings(tmp_path, datagouv.url, retries=0)
    first = run_harvest(store, settings)
    assert _counts(store) == {"500000001": (7, "ok")}
    state["down"] = True
    counts["P"] = 99
    second = run_harvest(store, settings)
    assert second.run_id == first.run_id + 1
    assert _counts(store) == {"500000001": (7, "ok")}  # the failed run does not hide the last count
    connection = sqlite3.connect(store)
    connection.row_factory = sqlite3.Row
    try:
        shown = {r["platform"]: r for r in current_results(connection)}
        runs = connection.execute("SELECT * FROM harvest_runs ORDER BY run_id").fetchall()
        in_runs = connection.execute("SELECT run_id, COUNT(*) FROM harvests GROUP BY run_id").fetchall()
    finally:
        connection.close()
    assert shown["opendatasoft"]["status"] == "http_503" and shown["opendatasoft"]["datasets"] == 5
    assert [r["status"] for r in runs] == ["finished", "finished"] and all(r["ended_at"] for r in runs)
    assert json.loads(runs[0]["settings"])["per_host"] == 6
    assert [tuple(r) for r in in_runs] == [(first.run_id, 2), (second.run_id, 2)]


def test_only_stale_and_actor_selection(tmp_path, servers):
    portal = servers(portal_routes(ods={"P": 1, "Q": 2}))
    datagouv = servers(portal_routes(datagouv={}))
    store = make_store(
        tmp_path / "store.gpkg",
        [
            {
                "siren": "600000001",
                "url_platform": portal.url + "/explore/?refine.publisher=P",
                "techno_platform": "OpenDataSoft",
            },
            {
                "siren": "600000002",
                "url_platform": portal.url + "/explore/?refine.publisher=Q",
                "techno_platform": "OpenDataSoft",
            },
            {"siren": "600000003", "techno_platform": "DataGouv"},
        ],
    )
    settings = _settings(tmp_path, datagouv.url)
    first = run_harvest(store, HarvestSettings(**{**settings.__dict__, "actors": ["600000001"]}))
    assert first.harvested == 1 and first.planned == 1
    stale = run_harvest(store, HarvestSettings(**{**settings.__dict__, "only_stale": 1.0}))
    assert stale.skipped == 1 and stale.planned == 2  # the fresh count is kept, failures are asked again
    with pytest.raises(InputError):
        run_harvest(store, HarvestSettings(**{**settings.__dict__, "actors": ["999999999"]}))


def test_bad_inputs(tmp_path):
    with pytest.raises(StoreError):
        run_harvest(tmp_path / "missing.gpkg", HarvestSettings())
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError):
        endpoints.load(str(bad))
    bad.write_text(json.dumps({"format": 1, "platforms": {"gopher": {}}}), encoding="utf-8")
    with pytest.raises(InputError):
        endpoints.load(str(bad))
    store = make_store(tmp_path / "store.gpkg", [])
    sqlite3.connect(store).execute("DROP TABLE actors")
    with pytest.raises(StoreError):
        run_harvest(store, HarvestSettings())


def test_latest_counts_without_harvests_table():
    assert latest_counts(sqlite3.connect(":memory:")) == {}
    assert current_results(sqlite3.connect(":memory:")) == []


def test_cancel_keeps_what_was_written(tmp_path, servers):
    from odt_qgis_plugin.common.errors import Cancelled
    from odt_qgis_plugin.common.progress import Feedback

    portal = servers(portal_routes(ods={f"P{i}": 1 for i in range(40)}), delay=0.1)
    datagouv = servers(portal_routes(datagouv={}))
    store = make_store(
        tmp_path / "store.gpkg",
        [
            {
                "siren": f"7000000{i:02d}",
                "url_platform": f"{portal.url}/explore/?refine.publisher=P{i}",
                "techno_platform": "OpenDataSoft",
            }
            for i in range(40)
        ],
    )

    class CancelSoon(Feedback):
        progress = 0.0

        def set_progress(self, percent):
            self.progress = percent

        def is_canceled(self):
            return self.progress >= 20

    with pytest.raises(Cancelled):
        run_harvest(store, _settings(tmp_path, datagouv.url, per_host=2), feedback=CancelSoon())
    written = len(_rows(store))
    assert 0 < written < 40
    resumed = run_harvest(store, _settings(tmp_path, datagouv.url, resume=True))
    assert resumed.resumed and resumed.skipped == written and len(_rows(store)) == 40
