"""The data.gouv.fr adapter: an organisation's total, its federated copies, an organisation page as identity."""
from urllib.parse import urlsplit

import pytest
from fake_portals import FakeServer, as_json, endpoints_file, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.portals import datagouv
from odt_qgis_plugin.harvest.portals.portal_base import NoIdentifier, Target
from odt_qgis_plugin.network.gateway import RequestsTransport

pytestmark = pytest.mark.pure

ORG = "c" * 24


def test_recognises_its_pages_only():
    assert datagouv.recognises(urlsplit("https://www.data.gouv.fr/fr/organizations/ville-de-x/"))
    assert not datagouv.recognises(urlsplit("https://data.gouv.nc/explore/"))
    assert datagouv.organisation_in_url("https://www.data.gouv.fr/fr/organizations/ville-de-x/") == "ville-de-x"


def test_total_federated_and_slug(tmp_path):
    datasets = [{"id": f"d{i}"} for i in range(130)] + [{"id": f"f{i}", "harvest": {"domain": "data.x.fr"}}
                                                         for i in range(20)]
    base = portal_routes(datagouv={ORG: datasets})

    def route(path, query, headers):
        if path == "/api/1/organizations/ville-de-x/":
            return as_json({"id": ORG, "slug": "ville-de-x"})
        return base(path, query, headers)

    server = FakeServer(route).start()
    try:
        config = endpoints.load(endpoints_file(tmp_path / "e.json", server.url + "/api/1/"))
        transport = RequestsTransport(timeout=5)
        assert datagouv.count(transport, Target("datagouv", ORG, config=config)).datasets == 150
        both = datagouv.count(transport, Target("datagouv", ORG, federated_hosts=("www.data.x.fr",), config=config))
        assert (both.datasets, both.federated) == (150, 20)
        assert datagouv.count(transport, Target("datagouv", "ville-de-x", config=config)).datasets == 150
        with pytest.raises(NoIdentifier):
            datagouv.count(transport, Target("datagouv", "", config=config))
    finally:
        server.stop()
