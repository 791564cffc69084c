"""The GeoNetwork adapter: organisations from the query or the `#` fragment; datasets and series, not services."""
from urllib.parse import urlsplit

import pytest
from fake_portals import FakeServer, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.portals import geonetwork
from odt_qgis_plugin.harvest.portals.portal_base import Target
from odt_qgis_plugin.network.gateway import RequestsTransport

pytestmark = pytest.mark.pure


def test_read_filter_from_query_and_fragment():
    lyon = geonetwork.read_filter("https://data.grandlyon.com/jeux-de-donnees?responsibleParty.organisationName="
                                  "Commune%20de%20Limonest,Ville%20de%20Limonest", {})
    assert lyon.values == ("Commune de Limonest", "Ville de Limonest")
    fragment = geonetwork.read_filter("https://x.fr/geonetwork/srv/fre/catalog.search#/search?"
                                      "responsibleParty.organisationName=Ville%20de%20X&facet.q=type%2Fdataset", {})
    assert fragment.values == ("Ville de X",)
    assert geonetwork.read_filter("http://data.airbreizh.asso.fr/geonetwork/srv/fre/catalog.search"
                                  "#/search?facet.q=type%2Fdataset", {}) is None
    assert geonetwork.read_filter("https://www.datara.gouv.fr/accueil/recherche?producteur", {}) is None
    assert geonetwork.recognises(urlsplit("https://x.fr/geonetwork/srv/fre/catalog.search#/home"))


def test_counts_datasets_and_series_only():
    server = FakeServer(portal_routes(csw={"Ville de Bron": {"dataset": 7, "series": 2, "service": 5},
                                           "Ville de Lyon": {"dataset": 30, "service": 10}})).start()
    try:
        transport = RequestsTransport(timeout=5)
        config = endpoints.load()
        url = server.url + "/geonetwork/srv/fre/catalog.search"
        bron = Target("geonetwork", url + "?responsibleParty.organisationName=Ville%20de%20Bron",
                      geonetwork.read_filter(url + "?responsibleParty.organisationName=Ville%20de%20Bron", {}),
                      config=config)
        assert geonetwork.count(transport, bron).datasets == 9  # the 5 services are not datasets
        whole = Target("geonetwork", url, config=config)
        assert geonetwork.count(transport, whole).datasets == 39
        survey = geonetwork.survey(transport, whole, publishers=True)
        assert survey.total == 39
        assert {p.value: p.count for p in survey.publishers} == {"Ville de Bron": 14, "Ville de Lyon": 40}
        assert "type" in server.requests[0][0] and "dataset" in server.requests[0][0]
    finally:
        server.stop()


def test_csw_address_per_host_rule():
    config = {"hosts": {"www.pigma.org": {"kind": "geonetwork", "csw": "https://www.pigma.org/geonetwork/srv/fre/csw"}}}
    assert geonetwork.csw_url("https://www.pigma.org/portail/fr/recherche", config, {}) == \
        "https://www.pigma.org/geonetwork/srv/fre/csw"
    assert geonetwork.csw_url("https://geo.x.fr/sig/geonetwork/srv/fre/catalog.search", {}, geonetwork.SETTINGS) == \
        "https://geo.x.fr/sig/geonetwork/srv/fre/csw"
    assert endpoints.load()["hosts"]["www.pigma.org"]["kind"] == "geonetwork"
