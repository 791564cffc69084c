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
