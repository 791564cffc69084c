"""The ArcGIS Hub adapter: the DCAT-US feed, filtered by the publisher a `source=` parameter names."""
from urllib.parse import urlsplit

import pytest
from fake_portals import FakeServer, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.portals import arcgis_hub
from odt_qgis_plugin.harvest.portals.portal_base import Target
from odt_qgis_plugin.network.gateway import RequestsTransport

pytestmark = pytest.mark.pure


def test_recognises_and_reads_the_source():
    assert arcgis_hub.recognises(urlsplit("https://torcy-agglo-pvm.opendata.arcgis.com/"))
    assert not arcgis_hub.recognises(urlsplit("https://donneespubliques.niortagglo.fr/search"))
    found = arcgis_hub.read_filter("https://donneespubliques.niortagglo.fr/search?collection=Dataset"
                                   "&source=ville%20de%20niort", {})
    assert (found.values, found.label()) == (("ville de niort",), "source=ville de niort")


def test_counts_the_publisher_whatever_its_case():
    server = FakeServer(portal_routes(dcat=["Ville de Niort"] * 4 + ["Niort Agglo"] * 6)).start()
    try:
        transport = RequestsTransport(timeout=5)
        url = server.url + "/search?source=ville%20de%20niort"
        target = Target("arcgis_hub", url, arcgis_hub.read_filter(url, {}), config=endpoints.load())
        assert arcgis_hub.count(transport, target).datasets == 4
        assert arcgis_hub.survey(transport, target).total == 10
    finally:
        server.stop()
