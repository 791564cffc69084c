"""The QGIS transport (QgsBlockingNetworkRequest) against local servers, also from worker threads."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from fake_portals import FakeServer, as_json, oversized, portal_routes, redirect_to


@pytest.fixture
def transport(qgis_app):
    from odt_qgis_plugin.network.qgis_transport import QgisTransport

    return QgisTransport(timeout=2, max_bytes=512 * 1024)


@pytest.fixture
def servers():
    started = []

    def start(route, delay=0.0):
        started.append(FakeServer(route, delay).start())
        return started[-1]

    yield start
    for server in started:
        server.stop()


def test_answers_statuses_and_headers(transport, servers):
    server = servers(
        lambda p, q, h: as_json(
            {"ua": h.get("User-Agent"), "x": h.get("X-Fields")}, 200 if p == "/ok" else 404, {"Retry-After": "7"}
        )
    )
    response = transport.get(server.url + "/ok", {"X-Fields": "total"})
    assert response.status == 200 and response.header("retry-after") == "7"
    assert b"odt-qgis-plugin/" in response.body and b'"x": "total"' in response.body
    assert transport.get(server.url + "/missing").status == 404


def test_refuses_what_requests_refuses(transport, servers):
    from odt_qgis_plugin.network.gateway import BadScheme, ConnectionFailed, RedirectLoop, RequestTimeout, TooLarge

    holder = {}
    loop = servers(lambda p, q, h: (302, {"Location": holder["url"] + ("/b" if p == "/a" else "/a")}, b""))
    holder["url"] = loop.url
    with pytest.raises(RedirectLoop):
        transport.get(loop.url + "/a")
    with pytest.raises(BadScheme):
        transport.get(servers(redirect_to("file:///etc/hostname")).url + "/x")
    with pytest.raises(TooLarge):
        transport.get(servers(oversized(2)).url + "/big")
    with pytest.raises(RequestTimeout):
        transport.get(servers(portal_routes(), delay=4).url + "/slow")
    closed = FakeServer(portal_routes())
    closed.httpd.server_close()
    with pytest.raises(ConnectionFailed):
        transport.get(closed.url + "/x")


def test_harvest_through_qgis_from_worker_threads(transport, servers):
    server = servers(portal_routes(ods={f"P{i}": i for i in range(12)}), delay=0.05)
    urls = [f"{server.url}/api/explore/v2.1/catalog/datasets?limit=1&refine=publisher:P{i}" for i in range(12)]
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda u: transport.get(u).status, urls))
    assert answers == [200] * 12 and server.peak > 1


def test_run_harvest_with_the_qgis_transport(transport, servers, tmp_path):
    import sqlite3

    from fake_portals import endpoints_file, make_store

    from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
    from odt_qgis_plugin.harvest.results import latest_counts

    portal = servers(portal_routes(ods={"P": 3}, datagouv={"d" * 24: [{"id": "x"}] * 4}))
    store = make_store(
        tmp_path / "store.gpkg",
        [
            {
                "siren": "900000001",
                "url_platform": portal.url + "/explore/?refine.publisher=P",
                "id_datagouv": "d" * 24,
                "techno_platform": "OpenDataSoft, DataGouv",
            }
        ],
    )
    settings = HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", portal.url + "/api/1/"))
    summary = run_harvest(store, settings, transport=transport)
    assert summary.harvested == 2
    assert latest_counts(sqlite3.connect(store)) == {"900000001": (7, "ok")}


def test_hostile_answers_through_qgis_are_statuses(transport, servers, tmp_path):
    """The deadline covers headers and body in QGIS too, from the harvest's worker threads, several at once."""
    import sqlite3

    from fake_portals import (
        always,
        deep_json,
        endpoints_file,
        make_store,
        reset_connection,
        slow_loris,
        unresolvable_url,
    )

    from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest

    hostile = {
        "910000001": servers(portal_routes(ods={"P": 3})).url,
        "910000002": servers(slow_loris(0.4)).url,  # 33 bytes at 0.4 s each: 13 s if never cut
        "910000003": servers(slow_loris(0.4, in_headers=True)).url,
        "910000004": servers(slow_loris(0.4)).url,
        "910000005": servers(slow_loris(0.4, in_headers=True)).url,
        "910000006": servers(reset_connection).url,
        "910000007": servers(deep_json()).url,
        "910000008": servers(always(429, headers={"Retry-After": "86400"})).url,
        "910000009": unresolvable_url(),
    }
    store = make_store(tmp_path / "store.gpkg", [
        {"siren": siren, "url_platform": url + "/explore/?refine.publisher=P", "techno_platform": "OpenDataSoft"}
        for siren, url in hostile.items()])
    settings = HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", hostile["910000001"] + "/api/1/"),
                               timeout=1.5, backoff_base=0.05)
    summary = run_harvest(store, settings, transport=transport)
    connection = sqlite3.connect(store)
    try:
        statuses = dict(connection.execute("SELECT siren, status FROM harvests"))
        runs = connection.execute("SELECT status FROM harvest_runs").fetchall()
    finally:
        connection.close()
    assert statuses == {"910000001": "ok", "910000002": "timeout", "910000003": "timeout", "910000004": "timeout",
                        "910000005": "timeout", "910000006": "connection_error", "910000007": "bad_json",
                        "910000008": "rate_limited", "910000009": "dns_error"}
    assert summary.harvested == 1 and runs == [("finished",)]
